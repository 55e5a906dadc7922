"""The window's calendar sync: the File menu entries, the background runs and the status line.

The server step of a sync (:func:`~sledplanner.services.calendar_sync.exchange`) runs in a
thread of its own pool and touches no database; the snapshot before it and the storing after it
run here, on the GUI thread. A move taken back from the calendar is stored as an undo command,
like a move made in the calendar view. Syncs run on demand, and optionally a few seconds after
each change and every few minutes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow

from sledplanner.ui.commands import perform
from sledplanner.ui.first_paint import after_next_paint
from sledplanner.ui.formatting import format_date

if TYPE_CHECKING:
    from sledplanner.domain.calendar_sync import CalendarAccount
    from sledplanner.domain.sessions import Session
    from sledplanner.services.bundle import Services
    from sledplanner.services.calendar_server import (
        CalendarServer,
        CalendarServerError,
    )
    from sledplanner.services.calendar_sync import (
        CalendarSyncService,
        Exchange,
        SyncReport,
        SyncSnapshot,
    )
    from sledplanner.services.schedule import ScheduleChange
    from sledplanner.ui.calendar_sync_dialog import CalendarSyncDialog

log = logging.getLogger(__name__)


class _Outcome(QObject):
    """Carries a finished server step back to the GUI thread (queued signal)."""

    done = Signal(object, object)  # the run's token, an Exchange or a CalendarServerError


class _ServerStep(QRunnable):
    def __init__(
        self, token: object, snapshot: SyncSnapshot, server: CalendarServer, outcome: _Outcome
    ) -> None:
        super().__init__()
        self._token = token
        self._snapshot = snapshot
        self._server = server
        self._outcome = outcome

    def run(self) -> None:
        from sledplanner.services.calendar_server import CalendarServerError
        from sledplanner.services.calendar_sync import exchange

        result: Exchange | CalendarServerError
        try:
            result = exchange(self._snapshot, self._server)
        except CalendarServerError as exc:
            result = exc
        except Exception as exc:  # a bug must reach the user, not die with the thread
            log.exception("calendar sync failed")
            result = CalendarServerError(f"the calendar sync failed: {exc}", "server")
        finally:
            self._server.close()
        self._outcome.done.emit(self._token, result)


class CalendarSyncControl(QObject):
    """File > Calendar sync… and File > Sync calendar now, for the window's open database."""

    #: A sync finished (with its report) or failed (with the error); for views and tests.
    finished = Signal(object)

    #: Milliseconds between a change and the sync it starts, so a burst of edits makes one sync.
    AFTER_CHANGE_MS = 3000
    #: Milliseconds in a minute of "Sync every N minutes" (tests make minutes short).
    MINUTE_MS = 60_000

    def __init__(
        self, window: QMainWindow, undo_stack: QUndoStack, report: Callable[[str], None]
    ) -> None:
        """Add the status line to ``window``; moves go on ``undo_stack``; errors to ``report``."""
        super().__init__(window)
        #: Seconds to wait for each answer of the server (None: the server module's default).
        self.timeout: float | None = None
        self._window = window
        self._stack = undo_stack
        self._report = report
        self._services: Services | None = None
        self._service: CalendarSyncService | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._passwords: dict[tuple[str, str], str] = {}
        self._token: object | None = None
        self._again = False
        self._storing = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._outcome = _Outcome(self)
        self._outcome.done.connect(self._server_step_done)

        self.setup_action = QAction(self.tr("Ca&lendar sync…"), window)
        self.setup_action.setObjectName("calendarSyncAction")
        self.setup_action.triggered.connect(self.edit_account)
        self.setup_action.setEnabled(False)
        self.sync_action = QAction(self.tr("S&ync calendar now"), window)
        self.sync_action.setObjectName("calendarSyncNowAction")
        self.sync_action.triggered.connect(self.sync_now)
        self.sync_action.setEnabled(False)

        self.status = QLabel(window)
        self.status.setObjectName("calendarSyncStatus")
        self.status.hide()
        window.statusBar().addPermanentWidget(self.status)
        self._after_change = QTimer(self)
        self._after_change.setSingleShot(True)
        self._after_change.setInterval(self.AFTER_CHANGE_MS)
        self._after_change.timeout.connect(self.sync_now)
        self._every = QTimer(self)
        self._every.timeout.connect(self.sync_now)

    # ------------------------------------------------------------------ the open database
    def attach(self, services: Services | None) -> None:
        """Follow the database of ``services`` (None: no database open).

        Its calendar account is read once the window has painted: the sync code is not needed
        to show the window.
        """
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self._token = None  # a run still going on belongs to the database before
        self._again = False
        self._after_change.stop()
        self._every.stop()
        self.status.hide()
        self._services = services
        self._service = None
        if services is None:
            self.setup_action.setEnabled(False)
            self.sync_action.setEnabled(False)
            return
        writable = not services.workspace.read_only
        self.setup_action.setEnabled(writable)
        self.sync_action.setEnabled(False)
        if writable:
            after_next_paint(self._window, lambda: self._start(services))

    def _start(self, services: Services) -> None:
        """Read the account of the database attached, unless another one came meanwhile."""
        if self._services is services and self._service is None:
            self._follow(self._ensure_service().account())

    def _ensure_service(self) -> CalendarSyncService:
        """The sync service of the attached database, made when first needed."""
        if self._service is None:
            from sledplanner.services.calendar_sync import CalendarSyncService

            assert self._services is not None
            services = self._services
            self._service = CalendarSyncService(
                services.workspace, services.schedule, services.gear
            )
            # Changes matter once there is an account to sync to, so only from now on (the
            # schedule's code is not needed to show the window).
            self._unsubscribe = services.schedule.subscribe(self._schedule_changed)
        return self._service

    def _follow(self, account: CalendarAccount | None) -> None:
        self.sync_action.setEnabled(account is not None)
        self._every.stop()
        if account is not None and account.sync_every_minutes:
            self._every.start(account.sync_every_minutes * self.MINUTE_MS)

    def _schedule_changed(self, _change: ScheduleChange) -> None:
        if self._storing or self._service is None:
            return
        account = self._service.account()
        if account is not None and account.sync_after_change:
            self._after_change.start()

    @property
    def running(self) -> bool:
        """Whether a sync is waiting for the server."""
        return self._token is not None

    # ------------------------------------------------------------------ set-up
    def edit_account(self) -> None:
        """Show the set-up dialog; store what was chosen (undoably) and sync when asked."""
        from sledplanner.services.calendar_password import keyring_available
        from sledplanner.ui.calendar_sync_dialog import CalendarSyncDialog

        if self._services is None:
            return
        service = self._ensure_service()
        before = service.account()
        known = before is not None and self._password_for(before) is not None
        dialog = CalendarSyncDialog(self._window, before, keyring_available(), known)
        dialog.accepted.connect(lambda: self._account_chosen(service, before, dialog))
        dialog.open()

    def _account_chosen(
        self,
        service: CalendarSyncService,
        before: CalendarAccount | None,
        dialog: CalendarSyncDialog,
    ) -> None:
        from sledplanner.services.calendar_password import save_in_keyring

        after = dialog.result_account
        dialog.deleteLater()
        if after is None or service is not self._service:
            return
        if dialog.password is not None:
            key = (after.url, after.username)
            if dialog.keep_in_keyring and save_in_keyring(
                after.url, after.username, dialog.password
            ):
                self._passwords.pop(key, None)
            else:
                self._passwords[key] = dialog.password
        if after != before:

            def do() -> None:
                service.set_account(after)
                self._follow(after)

            def undo() -> None:
                service.set_account(before)
                self._follow(before)

            perform(self._stack, self.tr("change calendar sync"), do, undo, self._report)
        if dialog.sync_requested:
            self.sync_now()

    def _password_for(self, account: CalendarAccount) -> str | None:
        from sledplanner.services.calendar_password import password_from_env, password_from_keyring

        if account.password_env:
            return password_from_env(account.password_env)
        typed = self._passwords.get((account.url, account.username))
        if typed is not None:
            return typed
        return password_from_keyring(account.url, account.username) if account.username else None

    # ------------------------------------------------------------------ syncing
    def sync_now(self) -> None:
        """Start a sync in the background (or one more after the one running)."""
        from sledplanner.services.calendar_password import password_from_env
        from sledplanner.services.calendar_server import DEFAULT_TIMEOUT, CalendarServer

        if self._services is None:
            return
        service = self._ensure_service()
        if self.running:
            self._again = True
            return
        account = service.account()
        if account is None:
            return
        if service.problems():
            self._failed(self.tr("fix the invalid session records first (File > Open shows them)"))
            return
        if account.password_env and password_from_env(account.password_env) is None:
            self._failed(
                self.tr("the environment variable {name} holding the password is not set").format(
                    name=account.password_env
                )
            )
            return
        snapshot = service.snapshot(account.url, account.reminder_minutes)
        server = CalendarServer(
            account.url,
            account.username,
            self._password_for(account),
            DEFAULT_TIMEOUT if self.timeout is None else self.timeout,
        )
        self._token = token = object()
        self.status.setText(self.tr("Calendar: syncing…"))
        self.status.show()
        self._pool.start(_ServerStep(token, snapshot, server, self._outcome))

    def _server_step_done(self, token: object, result: Exchange | CalendarServerError) -> None:
        from sledplanner.services.calendar_server import CalendarServerError

        if token is not self._token or self._service is None:
            return  # the database was closed or replaced meanwhile
        self._token = None
        if isinstance(result, CalendarServerError):
            self._failed(result.message)
        else:
            self._storing = True
            try:
                report = self._service.apply(result, self._move)
            finally:
                self._storing = False
            self._synced(report)
        if self._again:
            self._again = False
            self.sync_now()

    def _move(self, before: Session, after: Session) -> bool:
        services = self._services
        if services is None:
            return False
        schedule = services.schedule
        return perform(
            self._stack,
            self.tr("move session to {day} (from the calendar)").format(day=format_date(after.day)),
            lambda: schedule.update(after),
            lambda: schedule.update(before),
            self._report,
        )

    def _synced(self, report: SyncReport) -> None:
        at = report.at.strftime("%H:%M")
        self.status.setText(
            self.tr("Calendar synced at {time}: {summary}").format(
                time=at, summary=report.summary()
            )
        )
        self.status.setToolTip("\n".join(report.details()))
        self.status.show()
        for line in report.details():
            self._report(self.tr("Calendar: {line}").format(line=line))
        self.finished.emit(report)

    def _failed(self, message: str) -> None:
        from sledplanner.services.calendar_server import CalendarServerError

        at = datetime.now().strftime("%H:%M")
        self.status.setText(self.tr("Calendar sync failed at {time}").format(time=at))
        self.status.setToolTip(message)
        self.status.show()
        self._report(self.tr("Calendar sync failed: {message}").format(message=message))
        self.finished.emit(CalendarServerError(message, "local"))

    def wait(self) -> None:
        """Wait for a server step still running (closing the window, tests)."""
        self._pool.waitForDone()
