"""Opens databases for the window: takes the lock, handles every problem, switches files."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QObject,
    QSettings,
    QTime,
)
from PySide6.QtGui import QIcon, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox

from sledplanner.app.lock import DatabaseLock
from sledplanner.app.warm_start import release_frozen
from sledplanner.domain.day_words import write_days_with
from sledplanner.services.errors import (
    DatabaseCorruptError,
    DatabaseError,
    DatabaseFileReadOnlyError,
    DatabaseMissingError,
    DatabaseTooNewError,
    DatabaseUnreadableError,
)
from sledplanner.services.logs import INFO, WARNING, log
from sledplanner.ui.first_paint import after_next_paint
from sledplanner.ui.main_window import DATABASE_FILTER, MainWindow
from sledplanner.ui.problem_panel import ProblemAction

if TYPE_CHECKING:
    from sledplanner.app.conflict_merge import ConflictMerge
    from sledplanner.app.file_guard import FileGuard
    from sledplanner.services.workspace import Workspace

# The storage, the services and the Equipment tab are imported at the first open, not with the
# window: a large file is opened after the window's first paint (see app.gui).

LAST_DATABASE_KEY = "database/last"


def _window_day(day: date) -> str:
    """A day as the window writes it (the locale's short form), for the rules' messages."""
    from sledplanner.ui.formatting import format_date

    return format_date(day)


def _when(path: Path) -> str:
    """Return the time ``path`` was last written, in the user's locale."""
    stamp = QDateTime.fromSecsSinceEpoch(int(path.stat().st_mtime))
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


class DatabaseLockedError(DatabaseError):
    """Another running SledPlanner holds the database."""

    exit_code = 3


class Controller(QObject):
    """Owns the open workspace, its lock and the one undo stack, and drives the main window."""

    def __init__(
        self,
        settings: QSettings,
        icon: QIcon | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        """Create the window; ``settings`` remember its geometry and the last database.

        ``today`` tells the date to every service (tests move it on).
        """
        super().__init__()
        # Messages from the rules write days as the window's tables and chips do.
        write_days_with(_window_day)
        self.settings = settings
        self._today = today
        self.undo_stack = QUndoStack(self)
        self.window = MainWindow(self.undo_stack, settings, icon)
        self.window.newDatabaseRequested.connect(lambda p: self.open_other(Path(p), create=True))
        self.window.openDatabaseRequested.connect(lambda p: self.open_other(Path(p)))
        self.window.restoreRequested.connect(self.restore_from_backup)
        self.window.setAsideRequested.connect(self.set_aside_invalid_records)
        self.workspace: Workspace | None = None
        self._lock: DatabaseLock | None = None
        self._guard: FileGuard | None = None
        #: This installation's id in record revisions (read from the data folder when needed).
        self._device_id: str | None = None
        self._conflict_merge: ConflictMerge | None = None
        #: The database the problem panel is about (what Restore from backup… restores).
        self._problem_path: Path | None = None

    @property
    def conflict_merge(self) -> ConflictMerge:
        """Sync conflict copies beside the database: their notice and their merge.

        Made at the first open: it loads the merge code, which the first paint does not need.
        """
        if self._conflict_merge is None:
            from sledplanner.app.conflict_merge import ConflictMerge

            self._conflict_merge = ConflictMerge(self.window, self.undo_stack, self._device)
        return self._conflict_merge

    def _device(self) -> str:
        """This installation's device id (see services.device), read when first needed."""
        if self._device_id is None:
            from sledplanner.app.device import device_id

            self._device_id = device_id()
        return self._device_id

    # ------------------------------------------------------------------ opening
    def open_other(self, path: Path, *, create: bool = False) -> bool:
        """Open another database chosen by the user, asking first about unsaved edits."""
        question = QCoreApplication.translate("Controller", "Open another database without them?")
        if self.workspace is not None and not self.window.may_discard_waiting(question):
            return False
        return self.open_path(path, create=create)

    @property
    def file_guard(self) -> FileGuard | None:
        """The guard of the open file (None when no file is open)."""
        return self._guard

    def open_path(self, path: Path, *, create: bool = False, read_only: bool = False) -> bool:
        """Open the database at ``path`` in the window; True when it opened.

        A problem is shown in the window (at start-up) or in a message (when another database is
        already open, which then stays open). The file is never changed by a failed open.
        """
        from sledplanner.app.file_guard import FileGuard
        from sledplanner.services import workspace as workspaces
        from sledplanner.services.bundle import build_services
        from sledplanner.ui.locale_defaults import locale_preferences

        path = Path(path).absolute()
        lock: DatabaseLock | None = None
        try:
            if not read_only:
                if create:
                    path.parent.mkdir(parents=True, exist_ok=True)
                lock = DatabaseLock(path)
                if not lock.acquire() and not (
                    lock.held_by_another
                    and lock.holder().elsewhere
                    and self._take_over_elsewhere(path, lock)
                ):
                    raise DatabaseLockedError(path, self._locked_message(path, lock))
            opened = workspaces.open_workspace(
                path, create=create, read_only=read_only, device_id=self._device
            )
        except (DatabaseError, OSError) as exc:
            if lock is not None:
                lock.release()
            error = exc if isinstance(exc, DatabaseError) else DatabaseUnreadableError(path, exc)
            self._report(path, error)
            return False
        self._close_current()
        self.workspace, self._lock = opened, lock
        log(__name__, INFO, "opened %s%s", path, " read-only" if read_only else "")
        if opened.upgraded_from is not None:
            log(
                __name__,
                INFO,
                "upgraded %s from schema %s to %s (backup %s)",
                path,
                opened.upgraded_from,
                opened.schema_version,
                opened.migration_backup,
            )
        if not read_only:
            self.settings.setValue(LAST_DATABASE_KEY, str(path))
        self._problem_path = None
        self.window.show_workspace(
            build_services(opened, default_preferences=locale_preferences(), today=self._today)
        )
        if not read_only:
            # After the window shows the file (the first open of a day copies the whole file),
            # and only while it is still the one open here.
            still_open = weakref.ref(opened)
            after_next_paint(
                self.window,
                lambda: self._daily_backup(path) if self.workspace is still_open() else None,
            )
            self._guard = FileGuard(opened, self.window, self.reload, self)
            # The conflict merge's code is loaded when a copy is first looked for.
            self._guard.look_for_conflict_copies = lambda: self.conflict_merge.look()
            self._guard.merge_copy = lambda copy: self.conflict_merge.merge(copy)
            self._guard.start()
        return True

    def reload(self) -> bool:
        """Open the current database again from disk (it changed elsewhere); True when done."""
        if self.workspace is None:
            return False
        self.workspace.settle()  # what this window saved last is read back
        path = self.workspace.path
        if self._lock is not None:  # our own lock would refuse the second open
            self._lock.release()
            self._lock = None
        if self.open_path(path):
            return True
        lock = DatabaseLock(path)
        if lock.acquire() and self.workspace is not None and self._lock is None:
            self._lock = lock
        return False

    def _daily_backup(self, path: Path) -> None:
        """Write today's backup of the opened database; a failure is reported, never raised."""
        from sledplanner.services import backups as backup_service

        try:
            backup_service.daily_backup(path)
        except DatabaseError as exc:
            self.window.report_error(
                QCoreApplication.translate(
                    "Controller", "Today's backup could not be written: {problem}"
                ).format(problem=exc.message)
            )

    def _locked_message(self, path: Path, lock: DatabaseLock) -> str:
        if lock.permission_denied:
            return QCoreApplication.translate(
                "Controller",
                "{path} cannot be locked for writing: the folder is not writable. "
                "You can open it read-only.",
            ).format(path=path)
        if not lock.held_by_another:
            return QCoreApplication.translate(
                "Controller",
                "{path} cannot be locked for writing: {cause}. You can open it read-only.",
            ).format(path=path, cause=lock.cause())
        return QCoreApplication.translate(
            "Controller",
            "{path} is already open in another SledPlanner ({holder}). Only one window may "
            "change a database at a time. Quit, or open it read-only to look without changing it.",
        ).format(path=path, holder=lock.holder().describe())

    def _take_over_elsewhere(self, path: Path, lock: DatabaseLock) -> bool:
        """Offer to take over a lock written on another machine; True when it was taken."""
        holder = lock.holder()
        seen = lock.snapshot()
        answer = QMessageBox.question(
            self.window,
            QCoreApplication.translate("Controller", "Open on another machine?"),
            QCoreApplication.translate(
                "Controller",
                "{error}.\n\nIf SledPlanner is closed there (the machine crashed, or the lock "
                "came with a synced folder), you can take the lock over. If it is still open "
                "on {host}, both would change the file and one machine's changes would be lost. "
                "Take the lock over?",
            ).format(error=lock.error(), host=holder.host),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes and lock.take_over(seen)

    def _close_current(self) -> None:
        if self._guard is not None:
            guard, self._guard = self._guard, None
            guard.stop()
            # Unparented and without connections back to itself, the guard is freed here, in the
            # window's thread, when its last reference goes: no reference cycle is left for
            # Python's collector to free on whichever thread it happens to run (the writer's).
            guard.release()
            guard.setParent(None)
            del guard
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None
            # The first database's objects were frozen at start-up (app/warm_start.py): from
            # now on the collector may free the cycles among them.
            release_frozen()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def close(self) -> None:
        """Close the database and release its lock."""
        self._close_current()

    # ------------------------------------------------------------------ problems
    def _report(self, path: Path, error: DatabaseError) -> None:
        log(__name__, WARNING, "cannot open %s: %s", path, error.message)
        if self.workspace is None:
            self._problem_path = path
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
            from sledplanner.services import backups as backup_service

            actions: list[ProblemAction] = []
            # The newest backup that can be restored (a before-restore copy may be unreadable).
            backup = next(
                (i.path for i in backup_service.list_backup_infos(path) if i.restorable), None
            )
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
        from sledplanner.services import workspace as workspaces

        aside = workspaces.move_aside(path)
        if self.open_path(path, create=True):
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "Controller", "The unreadable file was kept as {aside}"
                ).format(aside=aside)
            )

    def _restore(self, path: Path, backup: Path) -> None:
        from sledplanner.services import workspace as workspaces

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

    # ------------------------------------------------------------------ restore from backup
    def set_aside_invalid_records(self) -> None:
        """Move the invalid records into a side file (after a backup) and reload the database."""
        if self.workspace is None:
            return
        from sledplanner.services.repair import set_aside_invalid_records

        try:
            side = set_aside_invalid_records(self.workspace)
        except (DatabaseError, ValueError) as exc:
            message = exc.message if isinstance(exc, DatabaseError) else str(exc)
            self.window.report_error(message)
            return
        if self.reload():
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "Controller",
                    "The invalid records were moved to {side}; a backup was made first.",
                ).format(side=side)
            )

    def restore_from_backup(self) -> None:
        """Offer the backups of the open database and restore the one the user picks.

        With no database open (the problem panel), the database that failed to open is used.
        """
        path = self.workspace.path if self.workspace is not None else self._problem_path
        if path is None:
            self.window.report_error(
                QCoreApplication.translate("Controller", "No database to restore a backup of.")
            )
            return
        if self.workspace is not None and self.workspace.read_only:
            self.window.report_error(
                QCoreApplication.translate(
                    "Controller", "{path} is open read-only: a backup cannot be restored."
                ).format(path=path)
            )
            return
        from sledplanner.services import backups as backup_service
        from sledplanner.ui.restore_dialog import RestoreDialog

        dialog = RestoreDialog(path, backup_service.list_backup_infos(path), self.window)
        try:
            if dialog.exec() != RestoreDialog.DialogCode.Accepted or dialog.chosen is None:
                return
            chosen = dialog.chosen
        finally:
            dialog.deleteLater()
        question = QCoreApplication.translate("Controller", "Restore the backup without them?")
        if self.workspace is not None and not self.window.may_discard_waiting(question):
            return
        self.restore(path, chosen.path)

    def restore(self, path: Path, backup: Path) -> bool:
        """Put ``backup`` in place of the database at ``path`` and open it; True when done.

        The open database is released first. The file as it was is kept as a ``before-restore``
        backup; the notice bar says where, and offers to undo (restore that copy).
        """
        from sledplanner.services import backups as backup_service

        path = Path(path).absolute()
        self._close_current()
        lock = DatabaseLock(path)
        if not lock.acquire():
            self._restore_failed(path, DatabaseLockedError(path, self._locked_message(path, lock)))
            return False
        try:
            result = backup_service.restore(path, backup)
        except DatabaseError as exc:
            lock.release()
            self._restore_failed(path, exc)
            return False
        lock.release()
        when = _when_made(backup, path)
        if result.before_restore is None:
            text = QCoreApplication.translate(
                "Controller", "Restored the backup of {when} ({backup})."
            ).format(when=when, backup=backup.name)
            actions: list[ProblemAction] = []
        else:
            before = result.before_restore
            text = QCoreApplication.translate(
                "Controller",
                "Restored the backup of {when} ({backup}); the file as it was is kept as "
                "{before}: restore that backup to undo.",
            ).format(when=when, backup=backup.name, before=before)
            actions = [
                ProblemAction(
                    QCoreApplication.translate("Controller", "Undo the restore"),
                    "undoRestoreButton",
                    lambda: self._undo_restore(path, before),
                )
            ]
        actions.append(
            ProblemAction(
                QCoreApplication.translate("Controller", "Dismiss"),
                "dismissNoticeButton",
                self.window.notice_bar.hide_notice,
            )
        )
        opened = self.open_path(path)
        self.window.notice_bar.show_notice(text, actions)
        if opened:
            self.window.statusBar().showMessage(text)
        return opened

    def _undo_restore(self, path: Path, before: Path) -> None:
        self.window.notice_bar.hide_notice()
        if self.workspace is not None and self.workspace.path != path:
            return  # another database was opened since; File > Restore from backup… still works
        self.restore(path, before)

    def _restore_failed(self, path: Path, error: DatabaseError) -> None:
        """Say why a restore did not happen, and open the database again as it is."""
        text = QCoreApplication.translate(
            "Controller", "The backup was not restored: {problem}"
        ).format(problem=error.message)
        self.open_path(path)
        self.window.notice_bar.show_notice(
            text,
            [
                ProblemAction(
                    QCoreApplication.translate("Controller", "Dismiss"),
                    "dismissNoticeButton",
                    self.window.notice_bar.hide_notice,
                )
            ],
        )
        self.window.report_error(text)


def _when_made(backup: Path, database: Path) -> str:
    """Return when ``backup`` was made (from its name, else its file time) in the user's locale."""
    from sledplanner.services import backups as backup_service

    info = backup_service.backup_info(database, backup)
    made = info.made
    stamp = QDateTime(
        QDate(made.year, made.month, made.day), QTime(made.hour, made.minute, made.second)
    )
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)
