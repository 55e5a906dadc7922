"""The team folder in the window: File > Open team folder…, opening an athlete and going back.

Only the athlete open in the tabs is locked for writing (by the controller, as any database);
the team table reads every file read-only. Changes made from the table (a new athlete, a
programme for several) lock each file only while writing it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QToolBar

from sledplanner.app.controller import Controller
from sledplanner.app.lock import DatabaseLock

if TYPE_CHECKING:
    from sledplanner.ui.team.view import TeamView

_T = QCoreApplication.translate


class TeamController(QObject):
    """Adds the team folder to a controller's window and switches between team and athlete."""

    def __init__(self, controller: Controller, today: Callable[[], date] = date.today) -> None:
        """Add the team actions to ``controller``'s window."""
        super().__init__(controller)
        self.controller = controller
        self._today = today
        self.view: TeamView | None = None
        window = controller.window
        self.open_action = QAction(_T("Team", "Open &team folder…"), window)
        self.open_action.setObjectName("openTeamAction")
        self.open_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.open_action.triggered.connect(self.ask_open_team)
        self.back_action = QAction(_T("Team", "◀ Back to team"), window)
        self.back_action.setObjectName("backToTeamAction")
        self.back_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.back_action.triggered.connect(self.back_to_team)
        self.back_action.setVisible(False)
        self._add_to_file_menu()
        window.addActions([self.open_action, self.back_action])
        self.toolbar = QToolBar(_T("Team", "Team"), window)
        self.toolbar.setObjectName("teamToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addAction(self.back_action)
        self.toolbar.hide()
        window.addToolBar(self.toolbar)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)

    def _add_to_file_menu(self) -> None:
        window = self.controller.window
        for action in window.menuBar().actions():
            menu = action.menu()
            if isinstance(menu, QMenu) and menu.objectName() == "fileMenu":
                menu.insertAction(window.restore_action, self.open_action)
                menu.insertAction(window.restore_action, self.back_action)
                return

    # ------------------------------------------------------------------ the team
    def ask_open_team(self) -> None:
        """Ask for a folder and show its athletes."""
        folder = QFileDialog.getExistingDirectory(
            self.controller.window, _T("Team", "Open team folder")
        )
        if folder:
            self.open_team(Path(folder))

    def open_team(self, folder: Path) -> bool:
        """Close the open database and show the athletes of ``folder``; False if the user stays."""
        window = self.controller.window
        question = _T("Team", "Open the team folder without them?")
        if self.controller.workspace is not None and not window.may_discard_waiting(question):
            return False
        self.controller.close()
        window.leave_workspace()
        if self.view is not None:
            self.view.stop()
            self.view.deleteLater()
        from sledplanner.ui.team.view import TeamView  # loaded with the first team folder

        self.view = TeamView(
            Path(folder).absolute(),
            self.controller.undo_stack,
            DatabaseLock,
            window.report_error,
            self._today,
            window,
        )
        self.view.openAthleteRequested.connect(lambda path: self.open_athlete(Path(path)))
        window.show_page(self.view)
        window.setWindowTitle(
            _T("Team", "{folder} (team) — SledPlanner").format(folder=Path(folder).name)
        )
        self.back_action.setVisible(True)
        self.toolbar.hide()
        self.view.load()
        return True

    def open_athlete(self, path: Path) -> bool:
        """Open the athlete at ``path`` in the tabs (locked for writing); True when it opened."""
        opened = self.controller.open_path(path)
        if self.view is not None:
            self.toolbar.show()  # also from the problem panel of a file that did not open
        return opened

    def back_to_team(self) -> None:
        """Close the open athlete (saving it, releasing its lock) and show the team again."""
        view = self.view
        if view is None:
            return
        window = self.controller.window
        question = _T("Team", "Go back to the team without them?")
        if self.controller.workspace is not None and not window.may_discard_waiting(question):
            return
        athlete = self.controller.workspace.path if self.controller.workspace else None
        self.controller.close()
        window.leave_workspace()
        window.show_page(view)
        window.setWindowTitle(
            _T("Team", "{folder} (team) — SledPlanner").format(folder=view.folder.name)
        )
        self.toolbar.hide()
        if athlete is not None and athlete.parent == view.folder:
            view.refresh_path(athlete)

    def close(self) -> None:
        """Stop reading and watching the folder."""
        if self.view is not None:
            self.view.stop()


def attach_team(controller: Controller, today: Callable[[], date] = date.today) -> TeamController:
    """Give ``controller``'s window the team folder actions."""
    team = TeamController(controller, today)
    return team


def run_team(folder: Path) -> int:
    """Open the window on the team folder ``folder`` and run until it closes.

    As :func:`sledplanner.app.gui.run_gui` does for one database: the log starts once the
    window is up, and SIGINT or SIGTERM close the window cleanly.
    """
    from PySide6.QtCore import QEvent, QTimer

    from sledplanner import __version__
    from sledplanner.app import gui
    from sledplanner.services.logs import INFO, log, start_logging
    from sledplanner.services.resources import app_icon_path

    app = gui.application()
    log(__name__, INFO, "SledPlanner %s started on the team folder %s", __version__, folder)
    QTimer.singleShot(1000, lambda: start_logging(gui.data_folder()))
    controller = Controller(QSettings(gui.APP_NAME, gui.APP_NAME), QIcon(str(app_icon_path())))
    team = attach_team(controller)
    controller.window.show()
    team.open_team(folder)
    gui._quit_on_signals(app)  # noqa: SLF001 - the same handling as the one-database window
    try:
        return int(app.exec())
    finally:
        team.close()
        controller.close()
        controller.window.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
