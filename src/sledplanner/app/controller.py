"""Opens databases for the window: takes the lock, handles every problem, switches files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, QSettings
from PySide6.QtGui import QIcon, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox

from sledplanner.app.lock import DatabaseLock
from sledplanner.services import workspace as workspaces
from sledplanner.services.bundle import build_services
from sledplanner.services.errors import (
    DatabaseCorruptError,
    DatabaseError,
    DatabaseFileReadOnlyError,
    DatabaseMissingError,
    DatabaseTooNewError,
    DatabaseUnreadableError,
)
from sledplanner.services.workspace import Workspace
from sledplanner.ui.locale_defaults import locale_preferences
from sledplanner.ui.main_window import DATABASE_FILTER, MainWindow
from sledplanner.ui.problem_panel import ProblemAction

LAST_DATABASE_KEY = "database/last"


def _when(path: Path) -> str:
    """Return the time ``path`` was last written, in the user's locale."""
    stamp = QDateTime.fromSecsSinceEpoch(int(path.stat().st_mtime))
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


class DatabaseLockedError(DatabaseError):
    """Another running SledPlanner holds the database."""

    exit_code = 3


class Controller(QObject):
    """Owns the open workspace, its lock and the one undo stack, and drives the main window."""

    def __init__(self, settings: QSettings, icon: QIcon | None = None) -> None:
        """Create the window; ``settings`` remember its geometry and the last database."""
        super().__init__()
        self.settings = settings
        self.undo_stack = QUndoStack(self)
        self.window = MainWindow(self.undo_stack, settings, icon)
        self.window.newDatabaseRequested.connect(lambda p: self.open_path(Path(p), create=True))
        self.window.openDatabaseRequested.connect(lambda p: self.open_path(Path(p)))
        self.workspace: Workspace | None = None
        self._lock: DatabaseLock | None = None

    # ------------------------------------------------------------------ opening
    def open_path(self, path: Path, *, create: bool = False, read_only: bool = False) -> bool:
        """Open the database at ``path`` in the window; True when it opened.

        A problem is shown in the window (at start-up) or in a message (when another database is
        already open, which then stays open). The file is never changed by a failed open.
        """
        path = Path(path).absolute()
        lock: DatabaseLock | None = None
        try:
            if not read_only:
                if create:
                    path.parent.mkdir(parents=True, exist_ok=True)
                lock = DatabaseLock(path)
                if not lock.acquire():
                    raise DatabaseLockedError(path, self._locked_message(path, lock))
            opened = workspaces.open_workspace(path, create=create, read_only=read_only)
        except (DatabaseError, OSError) as exc:
            if lock is not None:
                lock.release()
            error = exc if isinstance(exc, DatabaseError) else DatabaseUnreadableError(path, exc)
            self._report(path, error)
            return False
        self._close_current()
        self.workspace, self._lock = opened, lock
        if not read_only:
            self.settings.setValue(LAST_DATABASE_KEY, str(path))
        self.window.show_workspace(build_services(opened, default_preferences=locale_preferences()))
        return True

    def _locked_message(self, path: Path, lock: DatabaseLock) -> str:
        if lock.permission_denied:
            return QCoreApplication.translate(
                "Controller",
                "{path} cannot be locked for writing: the folder is not writable. "
                "You can open it read-only.",
            ).format(path=path)
        return QCoreApplication.translate(
            "Controller",
            "{path} is already open in another SledPlanner ({holder}). Only one window may "
            "change a database at a time. Quit, or open it read-only to look without changing it.",
        ).format(path=path, holder=lock.holder().describe())

    def _close_current(self) -> None:
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def close(self) -> None:
        """Close the database and release its lock."""
        self._close_current()

    # ------------------------------------------------------------------ problems
    def _report(self, path: Path, error: DatabaseError) -> None:
        if self.workspace is not None:
            QMessageBox.warning(
                self.window,
                QCoreApplication.translate("Controller", "Cannot open database"),
                error.message,
            )
            return
        heading, actions = self._problem_choices(path, error)
        message = error.message
        if isinstance(error, DatabaseCorruptError):
            message += "\n\n" + QCoreApplication.translate(
                "Controller",
                "SledPlanner has not changed the file. Moving it aside renames it in the same "
                "folder and keeps every byte; restoring a backup also keeps the file aside first.",
            )
        self.window.show_problem(heading, message, actions)

    def _problem_choices(self, path: Path, error: DatabaseError) -> tuple[str, list[ProblemAction]]:
        other = ProblemAction(
            QCoreApplication.translate("Controller", "Open another database…"),
            "openOtherButton",
            self.ask_open,
        )
        quit_ = ProblemAction(
            QCoreApplication.translate("Controller", "Quit"), "quitButton", self.window.close
        )
        retry = ProblemAction(
            QCoreApplication.translate("Controller", "Try again"),
            "retryButton",
            lambda: self.open_path(path, create=False),
        )
        if isinstance(error, DatabaseLockedError | DatabaseFileReadOnlyError):
            read_only = ProblemAction(
                QCoreApplication.translate("Controller", "Open read-only"),
                "openReadOnlyButton",
                lambda: self.open_path(path, read_only=True),
            )
            heading = (
                QCoreApplication.translate("Controller", "This database is in use")
                if isinstance(error, DatabaseLockedError)
                else QCoreApplication.translate("Controller", "This database is read-only")
            )
            return heading, [read_only, quit_, other]
        if isinstance(error, DatabaseCorruptError):
            actions: list[ProblemAction] = []
            backup = workspaces.newest_backup(path)
            if backup is not None:
                actions.append(
                    ProblemAction(
                        QCoreApplication.translate(
                            "Controller", "Restore the newest backup ({when})"
                        ).format(when=_when(backup)),
                        "restoreBackupButton",
                        self._guarded(path, lambda: self._restore(path, backup)),
                    )
                )
            actions.append(
                ProblemAction(
                    QCoreApplication.translate("Controller", "Move the file aside and start empty"),
                    "moveAsideButton",
                    self._guarded(path, lambda: self._start_empty(path)),
                )
            )
            return QCoreApplication.translate("Controller", "This database cannot be read"), [
                *actions,
                other,
                quit_,
            ]
        if isinstance(error, DatabaseTooNewError):
            return QCoreApplication.translate(
                "Controller", "This database needs a newer SledPlanner"
            ), [other, quit_]
        if isinstance(error, DatabaseMissingError | DatabaseUnreadableError):
            return QCoreApplication.translate("Controller", "This database cannot be opened"), [
                retry,
                other,
                quit_,
            ]
        return QCoreApplication.translate("Controller", "This database cannot be opened"), [
            other,
            quit_,
        ]

    def _guarded(self, path: Path, run: Callable[[], None]) -> Callable[[], None]:
        """Run a recovery step, reporting its own failure instead of raising."""

        def guarded() -> None:
            try:
                run()
            except DatabaseError as exc:
                self._report(path, exc)

        return guarded

    def _start_empty(self, path: Path) -> None:
        aside = workspaces.move_aside(path)
        if self.open_path(path, create=True):
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "Controller", "The unreadable file was kept as {aside}"
                ).format(aside=aside)
            )

    def _restore(self, path: Path, backup: Path) -> None:
        aside = workspaces.move_aside(path)
        workspaces.restore_backup(backup, path)
        if self.open_path(path):
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "Controller", "Restored {backup}; the unreadable file was kept as {aside}"
                ).format(backup=backup.name, aside=aside)
            )

    def ask_open(self) -> None:
        """Ask for a database to open, and open it."""
        chosen, _ = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate("Controller", "Open database"),
            "",
            DATABASE_FILTER,
        )
        if chosen:
            self.open_path(Path(chosen))
