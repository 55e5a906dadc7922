"""The main window: three tabs, the menus, the status bar, and the problem panel."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sledplanner import __version__
from sledplanner.ui.calendar_sync import CalendarSyncControl
from sledplanner.ui.commands import PendingSaves, perform
from sledplanner.ui.file_menu_extras import add_file_actions, add_session_card_button
from sledplanner.ui.first_paint import after_next_paint
from sledplanner.ui.problem_panel import ProblemAction, ProblemPanel
from sledplanner.ui.theme import THEMES, apply_theme

if TYPE_CHECKING:
    from sledplanner.domain.units import Mass
    from sledplanner.services.bundle import Services
    from sledplanner.services.workspace import Workspace
    from sledplanner.ui.equipment.tab import EquipmentTab
    from sledplanner.ui.programme.tab import ProgrammeTab
    from sledplanner.ui.progress.tab import ProgressTab

DATABASE_FILTER = "SledPlanner database (*.json);;All files (*)"
TAB_NAMES = ("equipment", "programme", "progress")


class NoticeBar(QFrame):
    """A bar above the tabs for what the user must know now, with buttons for the ways out.

    For example: the file changed on disk, or a save failed. Hidden when there is nothing to say.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build the hidden bar."""
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#noticeBar { background: #fdecea; } #noticeBar QLabel { color: #611a15; }"
        )
        self.text = QLabel(self)
        self.text.setObjectName("noticeText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._buttons = QHBoxLayout()
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addLayout(self._buttons)
        self.buttons: dict[str, QPushButton] = {}
        self.hide()

    def show_notice(self, text: str, actions: Sequence[ProblemAction] = ()) -> None:
        """Show ``text`` with one button per action (replacing what was shown)."""
        for button in self.buttons.values():
            self._buttons.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        self.text.setText(text)
        for action in actions:
            button = QPushButton(action.label, self)
            button.setObjectName(action.object_name)
            button.clicked.connect(lambda _checked=False, run=action.run: run())
            self._buttons.addWidget(button)
            self.buttons[action.object_name] = button
        self.show()

    def hide_notice(self) -> None:
        """Hide the bar."""
        self.hide()


class MainWindow(QMainWindow):
    """The SledPlanner window. It shows one workspace, or the problem that kept one from opening.

    Signals:
        newDatabaseRequested: The user chose a path for a new database.
        openDatabaseRequested: The user chose an existing database to open.
    """

    newDatabaseRequested = Signal(str)
    openDatabaseRequested = Signal(str)
    restoreRequested = Signal()
    setAsideRequested = Signal()

    def __init__(
        self,
        undo_stack: QUndoStack,
        settings: QSettings | None,
        icon: QIcon | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Build the window around the app's one ``undo_stack``; ``settings`` keep its geometry.

        Without ``settings`` (screenshots) the geometry is neither restored nor remembered.
        """
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.undo_stack = undo_stack
        self._settings = settings
        self.workspace: Workspace | None = None
        self.services: Services | None = None
        self.equipment_tab: EquipmentTab | None = None
        # Built when first shown or asked for (see the programme_tab property); until then its
        # page in the tabs is an empty container.
        self._programme_tab: ProgrammeTab | None = None
        self._programme_page: QWidget | None = None
        # The same for the Progress tab (see the progress_tab property).
        self._progress_tab: ProgressTab | None = None
        self._progress_page: QWidget | None = None
        if icon is not None:
            self.setWindowIcon(icon)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.tabs)
        self.problem_panel: ProblemPanel | None = None
        self.records_banner = QLabel(self)
        self.records_banner.setObjectName("invalidRecordsBanner")
        self.records_banner.setWordWrap(True)
        self.records_banner.setStyleSheet(
            "background: #fff3cd; color: #5c4400; padding: 6px; border: 1px solid #e0c36a;"
        )
        self.records_banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.records_banner.hide()
        self.set_aside_button = QPushButton(self.tr("Set them aside…"), self)
        self.set_aside_button.setObjectName("setAsideButton")
        self.set_aside_button.setToolTip(
            self.tr(
                "Move the invalid records out of the database into a side file beside it, "
                "after a backup, so you can fix them at leisure"
            )
        )
        self.set_aside_button.clicked.connect(self._ask_set_aside)
        self.set_aside_button.hide()
        self.notice_bar = NoticeBar(self)
        #: Edits whose save failed, kept and retried (see ``sledplanner.ui.commands``).
        self.pending_saves = PendingSaves(
            undo_stack, self.notice_bar.show_notice, self.notice_bar.hide_notice
        )
        central = QWidget(self)
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.addWidget(self.notice_bar)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.records_banner, 1)
        banner_row.addWidget(self.set_aside_button)
        central_layout.addLayout(banner_row)
        central_layout.addWidget(self._stack, 1)
        self.setCentralWidget(central)

        self._status_label = QLabel(self)
        self._status_label.setObjectName("databaseStatus")
        #: Every message of this run, newest last: the status bar shows one line of the newest,
        #: the Messages button lists them all.
        self.messages: list[str] = []
        self.messages_button = QToolButton(self)
        self.messages_button.setObjectName("messagesButton")
        self.messages_button.setAutoRaise(True)
        self.messages_button.setAccessibleName(self.tr("Messages"))
        self.messages_button.clicked.connect(self.show_messages)
        self.messages_button.hide()
        self.statusBar().addPermanentWidget(self.messages_button)
        self.statusBar().addPermanentWidget(self._status_label)

        self._build_menus()
        self.setWindowTitle(self.tr("SledPlanner"))
        self.resize(1100, 720)
        if self.theme != "system":
            apply_theme(self.theme)
        geometry = settings.value("window/geometry") if settings is not None else None
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._fit_screen()

    def _fit_screen(self) -> None:
        """Never open larger than the screen's free area (a 1024×640 screen, a docked laptop)."""
        screen = self.screen()
        if screen is None:
            return
        room = screen.availableGeometry()
        # The window manager adds a frame and a title bar around the window.
        width = min(self.width(), room.width() - 16)
        height = min(self.height(), room.height() - 48)
        if (width, height) != (self.width(), self.height()):
            self.resize(max(width, 320), max(height, 240))

    # ------------------------------------------------------------------ menus
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        self.new_action = self._action(
            self.tr("&New database…"), "newDatabaseAction", QKeySequence.StandardKey.New
        )
        self.new_action.triggered.connect(self._ask_new_database)
        self.open_action = self._action(
            self.tr("&Open database…"), "openDatabaseAction", QKeySequence.StandardKey.Open
        )
        self.open_action.triggered.connect(self._ask_open_database)
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        self.restore_action = self._action(self.tr("&Restore from backup…"), "restoreBackupAction")
        self.restore_action.triggered.connect(self.restoreRequested)
        self.restore_action.setEnabled(False)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        self.import_menu = file_menu.addMenu(self.tr("&Import"))
        self.import_menu.setObjectName("importMenu")
        csv_filter = self.tr("CSV files (*.csv);;All files (*)")
        ics_filter = self.tr("iCalendar files (*.ics);;All files (*)")
        self.import_gear_action = self._file_action(
            self.import_menu,
            self.tr("&Gear CSV…"),
            "importGearCsvAction",
            lambda path: self._tab_call("equipment", "import_csv", path),
            csv_filter,
            save=False,
        )
        self.import_sessions_action = self._file_action(
            self.import_menu,
            self.tr("&Sessions CSV…"),
            "importSessionsCsvAction",
            lambda path: self._tab_call("programme", "import_csv", path),
            csv_filter,
            save=False,
        )
        self.export_menu = file_menu.addMenu(self.tr("&Export"))
        self.export_menu.setObjectName("exportMenu")
        self.export_gear_action = self._file_action(
            self.export_menu,
            self.tr("&Gear CSV…"),
            "exportGearCsvAction",
            lambda path: self._tab_call("equipment", "export_csv", path),
            csv_filter,
            save=True,
            suggested="gear.csv",
        )
        self.export_sessions_action = self._file_action(
            self.export_menu,
            self.tr("&Sessions CSV…"),
            "exportSessionsCsvAction",
            lambda path: self._tab_call("programme", "export_csv", path),
            csv_filter,
            save=True,
            suggested="sessions.csv",
        )
        self.export_png_action = self._file_action(
            self.export_menu,
            self.tr("Current &chart as PNG…"),
            "exportChartPngAction",
            lambda path: self._tab_call("progress", "export_png", path),
            self.tr("PNG images (*.png)"),
            save=True,
            suggested="chart.png",
        )
        self.export_chart_csv_action = self._file_action(
            self.export_menu,
            self.tr("Current chart's &data as CSV…"),
            "exportChartCsvAction",
            lambda path: self._tab_call("progress", "export_csv", path),
            csv_filter,
            save=True,
            suggested="chart.csv",
        )
        self.export_ics_action = self._file_action(
            self.export_menu,
            self.tr("&iCalendar (planned sessions)…"),
            "exportIcsAction",
            lambda path: self._tab_call("programme", "export_ics", path),
            ics_filter,
            save=True,
            suggested="sled-training.ics",
        )
        add_file_actions(self, file_menu)
        self.calendar_sync = CalendarSyncControl(self, self.undo_stack, self.report_error)
        file_menu.addActions([self.calendar_sync.setup_action, self.calendar_sync.sync_action])
        file_menu.addSeparator()
        self.quit_action = self._action(
            self.tr("&Quit"), "quitAction", QKeySequence.StandardKey.Quit
        )
        if self.quit_action.shortcut().isEmpty():  # some platforms define no Quit key
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.setObjectName("editMenu")
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.preferences_action = self._action(
            self.tr("&Preferences…"), "preferencesAction", QKeySequence.StandardKey.Preferences
        )
        if self.preferences_action.shortcut().isEmpty():
            self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(self.edit_preferences)
        self.preferences_action.setEnabled(False)
        edit_menu.addAction(self.preferences_action)
        self.addAction(self.preferences_action)
        # Shortcuts work even when the menu bar is hidden (offscreen, some desktops).
        self.addActions([self.new_action, self.open_action, self.quit_action])
        self.addActions([self.undo_action, self.redo_action])

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        self.about_action = self._action(self.tr("&About SledPlanner"), "aboutAction")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.shortcuts_action = self._action(
            self.tr("&Keyboard shortcuts"), "shortcutsAction", QKeySequence.StandardKey.HelpContents
        )
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.numbers_help_action = self._action(
            self.tr("&Understanding the numbers"), "numbersHelpAction"
        )
        self.numbers_help_action.triggered.connect(self.show_numbers_help)
        self.log_folder_action = self._action(self.tr("Open &log folder"), "logFolderAction")
        self.log_folder_action.setToolTip(
            self.tr("The log to attach to a bug report: what was opened, saved, and what failed")
        )
        self.log_folder_action.triggered.connect(self.open_log_folder)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.numbers_help_action)
        help_menu.addAction(self.log_folder_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        self.addAction(self.shortcuts_action)
        # Tabs by keyboard: Ctrl+Page Up/Down cycle, Ctrl+1…3 pick one.
        self.previous_tab_action = self._action(self.tr("Previous tab"), "previousTabAction")
        self.previous_tab_action.setShortcut(QKeySequence("Ctrl+PgUp"))
        self.previous_tab_action.triggered.connect(lambda: self._step_tab(-1))
        self.next_tab_action = self._action(self.tr("Next tab"), "nextTabAction")
        self.next_tab_action.setShortcut(QKeySequence("Ctrl+PgDown"))
        self.next_tab_action.triggered.connect(lambda: self._step_tab(1))
        self.tab_actions = [self.previous_tab_action, self.next_tab_action]
        labels = (self.tr("Equipment"), self.tr("Programme"), self.tr("Progress"))
        for number, (name, label) in enumerate(zip(TAB_NAMES, labels, strict=True), start=1):
            act = self._action(self.tr("Show {tab}").format(tab=label), f"show{number}Action")
            act.setShortcut(QKeySequence(f"Ctrl+{number}"))
            act.triggered.connect(lambda _checked=False, tab=name: self._pick_tab(tab))
            self.tab_actions.append(act)
        self.addActions(self.tab_actions)

    def _action(
        self, text: str, name: str, shortcut: QKeySequence.StandardKey | None = None
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        return action

    # ------------------------------------------------------------------ content
    def show_workspace(self, services: Services) -> None:
        """Show the tabs for a workspace; the undo history of any earlier one is cleared."""
        self.undo_stack.clear()
        workspace = services.workspace
        self.workspace = workspace
        self.services = services
        self.preferences_action.setEnabled(not workspace.read_only)
        self.restore_action.setEnabled(not workspace.read_only)
        # Loaded with the first database, after the window has appeared: a large file is
        # opened after the window's first paint (see app.gui).
        from sledplanner.ui.equipment.tab import EquipmentTab

        current = self.tabs.currentIndex()
        self._drop_tabs()
        self.calendar_sync.attach(services)
        self.equipment_tab = EquipmentTab(
            services.gear, services.loads, self.undo_stack, self.report_error, self.tabs
        )
        self._programme_page = QWidget(self.tabs)
        # The tab page, named as the contract says; the calendar is built into it when shown.
        self._programme_page.setObjectName("programmeTab")
        QVBoxLayout(self._programme_page).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.equipment_tab, self.tr("Equipment"))
        self._progress_page = QWidget(self.tabs)
        self._progress_page.setObjectName("progressTab")
        QVBoxLayout(self._progress_page).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self._programme_page, self.tr("Programme"))
        self.tabs.addTab(self._progress_page, self.tr("Progress"))
        self.tabs.setCurrentIndex(max(current, 0))
        self._stack.setCurrentWidget(self.tabs)
        self.records_banner.hide()
        self.set_aside_button.hide()
        # Checking every record takes a while on a large file: the window paints first.
        after_next_paint(self, lambda: self._check_records(services))
        for action in (self.import_gear_action, self.import_sessions_action):
            action.setEnabled(not workspace.read_only)
        for action in (
            self.export_gear_action,
            self.export_sessions_action,
            self.export_ics_action,
        ):
            action.setEnabled(True)
        self._drop_problem_panel()
        title = self.tr("{name} — SledPlanner").format(name=workspace.name)
        if workspace.read_only:
            title = self.tr("{name} (read-only) — SledPlanner").format(name=workspace.name)
        self.setWindowTitle(title)
        self.setWindowFilePath(str(workspace.path))
        self._status_label.setText(str(workspace.path))
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        if workspace.read_only:
            self.statusBar().showMessage(
                self.tr("Read-only: changes to this database cannot be saved.")
            )
        elif workspace.upgraded_from is not None:
            self.statusBar().showMessage(
                self.tr("Upgraded from schema {old}; a copy of the old file is in {backup}").format(
                    old=workspace.upgraded_from, backup=workspace.migration_backup
                )
            )
        else:
            self.statusBar().showMessage(self.tr("Opened {path}").format(path=workspace.path), 5000)

    def _check_records(self, services: Services) -> None:
        if self.services is services:  # not replaced by another database meanwhile
            self._show_invalid_records(services)

    def _show_invalid_records(self, services: Services) -> None:
        """Say so when records of the file fail validation (they are kept but not shown)."""
        bad = [*services.gear.problems(), *services.schedule.problems()]
        self.set_aside_button.setVisible(bool(bad) and not services.workspace.read_only)
        if not bad:
            self.records_banner.hide()
            return
        listed = "\n".join(f"• {record}" for record in bad[:8])
        more = self.tr("\n… and {n} more").format(n=len(bad) - 8) if len(bad) > 8 else ""
        self.records_banner.setText(
            self.tr(
                "⚠ {count} record(s) in this file are invalid and are not shown; they stay in "
                "the file untouched. Fix them by hand or in the exported CSV "
                '(sledplanner check --db "{path}" lists them):\n{listed}{more}'
            ).format(count=len(bad), path=services.workspace.path, listed=listed, more=more)
        )
        self.records_banner.show()

    def _ask_set_aside(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Set invalid records aside"),
            self.tr(
                "The invalid records will be moved into a file beside the database (after a "
                "backup of the whole file). Nothing is deleted. Go ahead?"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.setAsideRequested.emit()

    @property
    def programme_tab(self) -> ProgrammeTab | None:
        """The Programme tab, built the first time it is shown or asked for."""
        page = self._programme_page
        if self._programme_tab is None and page is not None and self.services is not None:
            from sledplanner.ui.programme.tab import ProgrammeTab  # loaded with the tab

            services = self.services
            self._programme_tab = ProgrammeTab(
                services.schedule,
                services.gear,
                services.programmes,
                services.progression,
                self.undo_stack,
                self.report_error,
                self.open_planner,
                services.schedule.today,
                page,
            )
            self._programme_tab.calendarExportRequested.connect(self.export_ics_action.trigger)
            add_session_card_button(self._programme_tab, self)
            layout = page.layout()
            assert layout is not None
            layout.addWidget(self._programme_tab)
            if page.isVisible():
                self._programme_tab.show()  # at once, not on the next turn of the event loop
        return self._programme_tab

    @property
    def progress_tab(self) -> ProgressTab | None:
        """The Progress tab, built the first time it is shown or asked for."""
        page = self._progress_page
        if self._progress_tab is None and page is not None and self.services is not None:
            from sledplanner.ui.progress.tab import ProgressTab  # loaded with the tab

            self._progress_tab = ProgressTab(
                self.services.progress, self.report_error, page, self._settings
            )
            self._progress_tab.setObjectName("progressTabContent")
            layout = page.layout()
            assert layout is not None
            layout.addWidget(self._progress_tab)
            if page.isVisible():
                self._progress_tab.show()  # at once, not on the next turn of the event loop
        return self._progress_tab

    def _tab_changed(self, index: int) -> None:
        if self._programme_page is not None and self.tabs.widget(index) is self._programme_page:
            _ = self.programme_tab  # build it now that it is shown
        if self._progress_page is not None and self.tabs.widget(index) is self._progress_page:
            _ = self.progress_tab

    def _drop_tabs(self) -> None:
        self.calendar_sync.attach(None)
        for tab in (self.equipment_tab, self._programme_tab, self._progress_tab):
            if tab is not None:
                tab.detach()
        self.equipment_tab = None
        self._programme_tab = None
        self._programme_page = None
        self._progress_tab = None
        self._progress_page = None
        while self.tabs.count():
            page = self.tabs.widget(0)
            self.tabs.removeTab(0)
            page.deleteLater()

    @property
    def theme(self) -> str:
        """The chosen theme: system, light or dark (remembered in the settings)."""
        value = self._settings.value("ui/theme", "system") if self._settings else "system"
        return value if value in THEMES else "system"

    def edit_preferences(self) -> None:
        """Show the Preferences dialog and apply what changed at once, everywhere."""
        services = self.services
        if services is None:
            return
        from sledplanner.ui.preferences_dialog import PreferencesDialog  # loaded when asked for

        before, rules_before = services.gear.preferences(), services.programmes.settings()
        dialog = PreferencesDialog(self, before, rules_before, services.gear.sleds(), self.theme)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        after, rules_after = dialog.result_preferences, dialog.result_rules
        if (
            after is not None
            and rules_after is not None
            and (after != before or rules_after != rules_before)
        ):

            def do() -> None:
                services.gear.set_preferences(after)
                services.programmes.set_settings(rules_after)

            def undo() -> None:
                services.gear.set_preferences(before)
                services.programmes.set_settings(rules_before)

            perform(self.undo_stack, self.tr("change preferences"), do, undo, self.report_error)
        theme = dialog.chosen_theme
        if theme != self.theme:
            if self._settings is not None:
                self._settings.setValue("ui/theme", theme)
            apply_theme(theme)
            if self._progress_tab is not None:
                self._progress_tab.redraw()

    def open_planner(self, loads: list[Mass]) -> None:
        """Show the Equipment purchase planner with ``loads`` as its targets."""
        if self.equipment_tab is None:
            return
        self.select_tab("equipment")
        self.equipment_tab.plan_for(loads)

    def report_error(self, message: str) -> None:
        """Tell the user something: one line in the status bar, the whole in Messages."""
        self.messages.append(message)
        del self.messages[:-100]
        count = len(self.messages)
        self.messages_button.setText(self.tr("Messages ({count})").format(count=count))
        self.messages_button.setToolTip(self.tr("Show every message of this session"))
        self.messages_button.show()
        bar = self.statusBar()
        room = bar.width() - self._status_label.sizeHint().width()
        room -= self.messages_button.sizeHint().width() + 40
        line = message.splitlines()[0] if message else ""
        shown = bar.fontMetrics().elidedText(line, Qt.TextElideMode.ElideRight, max(room, 80))
        bar.showMessage(shown, 15000)

    def show_messages(self) -> None:
        """List the messages of this session, newest first."""
        box = QMessageBox(self)
        box.setObjectName("messagesDialog")
        box.setWindowTitle(self.tr("Messages"))
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(
            self.tr("{count} message(s) this session, newest first.").format(
                count=len(self.messages)
            )
        )
        box.setDetailedText("\n\n".join(reversed(self.messages)))
        box.exec()

    def show_problem(self, heading: str, message: str, actions: Sequence[ProblemAction]) -> None:
        """Replace the tabs with an explanation of a problem and the ways out of it."""
        self.workspace = None
        self.services = None
        self.records_banner.hide()
        self.set_aside_button.hide()
        self.restore_action.setEnabled(True)
        self.preferences_action.setEnabled(False)
        self.undo_stack.clear()
        self._drop_tabs()
        for action in (
            self.import_gear_action,
            self.import_sessions_action,
            *self._export_actions(),
        ):
            action.setEnabled(False)
        self._drop_problem_panel()
        self.problem_panel = ProblemPanel(heading, message, actions, self._stack)
        self._stack.addWidget(self.problem_panel)
        self._stack.setCurrentWidget(self.problem_panel)
        self.setWindowTitle(self.tr("SledPlanner"))
        self._status_label.setText("")
        self.statusBar().showMessage(heading)

    def show_page(self, page: QWidget) -> None:
        """Show ``page`` (such as the team view) in place of the tabs; it stays until replaced."""
        if self._stack.indexOf(page) < 0:
            self._stack.addWidget(page)
        self._stack.setCurrentWidget(page)

    def leave_workspace(self) -> None:
        """Drop the tabs of the closed workspace, its undo history and its file actions."""
        self.workspace = None
        self.services = None
        self.records_banner.hide()
        self.set_aside_button.hide()
        self.undo_stack.clear()
        self._drop_tabs()
        self.restore_action.setEnabled(False)
        self.preferences_action.setEnabled(False)
        for action in (self.import_gear_action, self.import_sessions_action):
            action.setEnabled(False)
        for action in self._export_actions():
            action.setEnabled(False)
        self.setWindowTitle(self.tr("SledPlanner"))
        self._status_label.setText("")

    def _drop_problem_panel(self) -> None:
        if self.problem_panel is not None:
            self._stack.removeWidget(self.problem_panel)
            self.problem_panel.deleteLater()
            self.problem_panel = None

    def select_tab(self, name: str) -> None:
        """Make the tab called ``name`` (equipment, programme or progress) current."""
        self.tabs.setCurrentIndex(TAB_NAMES.index(name))

    # ------------------------------------------------------------------ actions
    def _ask_new_database(self) -> None:
        start = str(self.workspace.path.parent) if self.workspace else ""
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New database"),
            start,
            DATABASE_FILTER,
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not path:
            return
        chosen = Path(path)
        if not chosen.suffix:
            chosen = chosen.with_suffix(".json")
        if chosen.exists():
            QMessageBox.warning(
                self,
                self.tr("New database"),
                self.tr(
                    "{path} already exists. SledPlanner never replaces a file: choose another "
                    "name, or use Open database… to open it."
                ).format(path=chosen),
            )
            return
        self.newDatabaseRequested.emit(str(chosen))

    def _ask_open_database(self) -> None:
        start = str(self.workspace.path.parent) if self.workspace else ""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), start, DATABASE_FILTER
        )
        if path:
            self.openDatabaseRequested.emit(path)

    def _file_action(
        self,
        menu: QMenu,
        text: str,
        name: str,
        run: Callable[[Path], str | None],
        file_filter: str,
        *,
        save: bool,
        suggested: str = "",
    ) -> QAction:
        """Add a menu entry that asks for a file and hands it to ``run``."""
        action = self._action(text, name)
        action.triggered.connect(
            lambda: self._ask_file(text.replace("&", ""), run, file_filter, save, suggested)
        )
        menu.addAction(action)
        return action

    def _ask_file(
        self,
        title: str,
        run: Callable[[Path], str | None],
        file_filter: str,
        save: bool,
        suggested: str,
    ) -> None:
        if self.workspace is None:
            return
        # Exports and imports start in the user's documents folder, not beside the database
        # (often the hidden app-data folder).
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        folder = Path(documents) if documents else self.workspace.path.parent
        if save:
            path, _ = QFileDialog.getSaveFileName(self, title, str(folder / suggested), file_filter)
        else:
            path, _ = QFileDialog.getOpenFileName(self, title, str(folder), file_filter)
        if not path:
            return
        problems = run(Path(path))
        if not problems:
            return
        heading = self.tr("Nothing imported") if not save else self.tr("Export failed")
        box = QMessageBox(QMessageBox.Icon.Warning, heading, "", parent=self)
        box.setObjectName("fileProblems")
        if save:
            box.setText(self.tr("{path} was not written.").format(path=path))
        else:
            box.setText(
                self.tr(
                    "{path} has problems, so nothing was imported. Fix them and try again."
                ).format(path=path)
            )
        box.setDetailedText(problems)
        box.exec()

    def _export_actions(self) -> tuple[QAction, ...]:
        return (
            self.export_gear_action,
            self.export_sessions_action,
            self.export_png_action,
            self.export_chart_csv_action,
            self.export_ics_action,
        )

    def _tab_call(self, tab: str, method: str, path: Path) -> str | None:
        # Only the tab asked for: reading programme_tab builds that tab.
        target = getattr(self, f"{tab}_tab")
        if target is None:
            return None
        self.select_tab(tab)
        result: str | None = getattr(target, method)(path)
        return result

    def _step_tab(self, step: int) -> None:
        if self.tabs.count() and self._stack.currentWidget() is self.tabs:
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())
            self._focus_page()

    def _pick_tab(self, name: str) -> None:
        if self.tabs.count() and self._stack.currentWidget() is self.tabs:
            self.select_tab(name)
            self._focus_page()

    def _focus_page(self) -> None:
        """Put the keyboard focus on the first control of the current tab, so its shortcuts work."""
        page = self.tabs.currentWidget()
        if page is None:
            return
        widget = page.nextInFocusChain()
        while widget is not None and widget is not page:
            if (
                page.isAncestorOf(widget)
                and widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return
            widget = widget.nextInFocusChain()

    def all_actions(self) -> list[QAction]:
        """Every action of the window and its tabs, menus included."""
        found = list(self.findChildren(QAction))
        return [action for action in found if action.isVisible()]

    def open_log_folder(self) -> bool:
        """Show the folder of the log files in the desktop's file manager."""
        from sledplanner.services.logs import log_folder

        folder = log_folder(
            Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
        )
        folder.mkdir(parents=True, exist_ok=True)
        self.report_error(self.tr("The log is in {folder}").format(folder=folder))
        return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))

    def show_shortcuts(self) -> None:
        """List every keyboard shortcut (Help > Keyboard shortcuts, F1)."""
        from sledplanner.ui.help_dialogs import ShortcutsDialog

        ShortcutsDialog(self, self.all_actions()).exec()

    def show_numbers_help(self) -> None:
        """Explain sRPE, ACWR, fitness and fatigue, the pain zones and the caps."""
        from sledplanner.ui.help_dialogs import NumbersHelpDialog

        NumbersHelpDialog(self).exec()

    def show_about(self) -> None:
        """Show the version and where the data lives."""
        where = str(self.workspace.path) if self.workspace else self.tr("no database open")
        QMessageBox.about(
            self,
            self.tr("About SledPlanner"),
            self.tr(
                "<h3>SledPlanner {version}</h3>"
                "<p>Plan sled-drag gear, training weeks and progress for strong knees.</p>"
                "<p>Data file:<br><code>{path}</code></p>"
            ).format(version=__version__, path=where),
        )

    def may_discard_waiting(self, question: str) -> bool:
        """Before anything that would drop edits not yet saved, try them again, then ask.

        ``question`` ends the message ("Quit without them?", "Open another database without
        them?"). True when nothing is waiting, or the user agreed to go on without them (they
        are then discarded); False when the user chose to stay.
        """
        pending = self.pending_saves
        pending.settle()
        if not pending.count or pending.retry():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Changes not saved"),
            self.tr(
                "{count} change(s) could not be saved to the database file yet. {question}"
            ).format(count=pending.count, question=question),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        pending.discard()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Remember the window's geometry; ask first when edits could not be saved."""
        if not self.may_discard_waiting(self.tr("Quit without them?")):
            event.ignore()
            return
        if self._settings is not None:
            self._settings.setValue("window/geometry", self.saveGeometry())
            self._settings.sync()
        super().closeEvent(event)


__all__ = ["MainWindow", "ProblemAction"]
