"""Undoable gear edits: each one is done through the service first, then put on the undo stack.

When a save fails for a fault (disk full, read-only folder, file gone), the edit is not dropped:
the :class:`PendingSaves` of the undo stack (when the window installed one) keeps it in memory,
queues later edits behind it, says so in the notice bar, and retries on demand and every 10 s.
A save that fails as the edit is made keeps the edit off the undo stack until it is saved. In
the window a writer thread saves after the edit is done; when that save fails, the edits are
already undoable, and the pending saves count and retry them the same way (failed_behind).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack

from sledplanner.services.errors import (
    DatabaseChangedOnDiskError,
    DatabaseError,
    DatabaseFileGoneError,
)
from sledplanner.ui.problem_panel import ProblemAction

Report = Callable[[str], None]
Notice = Callable[[str, Sequence[ProblemAction]], None]


class SaveControl(Protocol):
    """What the pending saves need from the open file (the app's file guard provides it)."""

    def flush(self) -> None:
        """Write what memory holds, ending the hold; raise DatabaseError when it fails."""

    def discard(self) -> None:
        """Forget the changes held in memory only."""

    def settle(self) -> None:
        """Wait for the background save; report a failure it had that is not shown yet."""

    def changed_on_disk(self) -> None:
        """Both sides changed: keep both copies and tell the user (the pending edits included)."""

    def file_gone(self) -> None:
        """The file was moved or deleted: say so and offer to save it there again."""


@dataclass
class _Pending:
    stack: QUndoStack
    text: str
    do: Callable[[], None]
    undo: Callable[[], None]
    report: Report


class PendingSaves(QObject):
    """Edits kept in memory after their save failed, retried in order until the disk takes them.

    It is a child of the undo stack; :func:`perform` finds it there. Without a :attr:`saver`
    (no file guard), a failed save is reported and the edit dropped, as before.
    """

    RETRY_MS = 10_000

    def __init__(self, stack: QUndoStack, notice: Notice, hide: Callable[[], None]) -> None:
        """Watch over ``stack``; ``notice`` and ``hide`` drive the window's notice bar."""
        super().__init__(stack)
        self.setObjectName("pendingSaves")
        self.saver: SaveControl | None = None
        self._notice = notice
        self._hide = hide
        self._entries: list[_Pending] = []
        # Edits already done and undoable whose background save failed (see failed_behind).
        self._behind = 0
        self._why = ""
        self.timer = QTimer(self)
        self.timer.setInterval(self.RETRY_MS)
        self.timer.timeout.connect(self.retry)

    @property
    def count(self) -> int:
        """How many edits are waiting to be saved."""
        return len(self._entries) + self._behind

    def failed_behind(self, error: DatabaseError, unsaved: int) -> None:
        """The background save of ``unsaved`` edits failed with ``error``; keep them and retry.

        Those edits are already in the window and on the undo stack; memory keeps them (the
        storage holds later writes in memory too) until :meth:`retry` saves them.
        """
        self._behind = max(unsaved, 1)
        self._show(error)
        self.timer.start()

    def settle(self) -> None:
        """Wait for the background save to finish, so :attr:`count` tells the whole story."""
        if self.saver is not None:
            self.saver.settle()

    def queue(self, entry: _Pending) -> bool:
        """Do ``entry`` in memory behind the edits already waiting; False (reported) if it fails."""
        try:
            entry.do()
        except DatabaseError as exc:
            entry.report(exc.message)
            return False
        self._entries.append(entry)
        self._show(None)
        return True

    def retry(self) -> bool:
        """Try to save the waiting edits; True when they are saved (and now undoable)."""
        if not self.count or self.saver is None:
            self.timer.stop()
            return not self.count
        try:
            self.saver.flush()
        except DatabaseChangedOnDiskError:
            self.saver.changed_on_disk()
            return False
        except DatabaseError as exc:
            self._show(exc)
            return False
        saved = self.count
        entries, self._entries = self._entries, []
        self._behind = 0
        self.timer.stop()
        self._hide()
        for entry in entries:
            entry.stack.push(ServiceCommand(entry.text, entry.do, entry.undo, entry.report))
        if entries:
            entries[-1].report(
                QCoreApplication.translate(
                    "PendingSaves", "Saved {count} waiting change(s)."
                ).format(count=saved)
            )
        return True

    def discard(self) -> None:
        """Drop the waiting edits (they were kept elsewhere, or the file was closed)."""
        if self.count and self.saver is not None:
            self.saver.discard()
        self._entries = []
        self._behind = 0
        self.timer.stop()

    def _show(self, error: DatabaseError | None) -> None:
        if isinstance(error, DatabaseFileGoneError) and self.saver is not None:
            self.saver.file_gone()  # retrying cannot help; the guard offers a way out
            return
        if error is not None:
            self._why = _why(error)
        text = QCoreApplication.translate(
            "PendingSaves",
            "Not saved: {reason}. Your change is kept in this window ({count} waiting); "
            "SledPlanner tries again every 10 seconds.",
        ).format(reason=self._why, count=self.count)
        retry = ProblemAction(
            QCoreApplication.translate("PendingSaves", "Retry"), "retrySaveButton", self.retry
        )
        self._notice(text, [retry])


def _why(error: DatabaseError) -> str:
    """The reason of a failed save, with the file named."""
    return error.message.removesuffix(" The file still holds the last saved state.").rstrip(".")


def pending_saves(stack: QUndoStack) -> PendingSaves | None:
    """The pending saves installed on ``stack``, if any."""
    found = stack.findChild(PendingSaves, "pendingSaves")
    return found if isinstance(found, PendingSaves) else None


class ServiceCommand(QUndoCommand):
    """An edit already carried out once; redo and undo repeat or reverse it through the service.

    A failure while undoing or redoing (a full disk, say) is reported, never raised into Qt.
    """

    def __init__(
        self, text: str, do: Callable[[], None], undo: Callable[[], None], report: Report
    ) -> None:
        """Describe the edit as ``text``; ``do`` and ``undo`` call the service."""
        super().__init__(text)
        self._do = do
        self._undo = undo
        self._report = report
        self._first = True

    def redo(self) -> None:
        """Repeat the edit (the first call, made by push, only records it)."""
        if self._first:
            self._first = False
            return
        self._guard(self._do)

    def undo(self) -> None:
        """Reverse the edit."""
        self._guard(self._undo)

    def _guard(self, run: Callable[[], None]) -> None:
        try:
            run()
        except (DatabaseError, KeyError) as exc:
            message = exc.message if isinstance(exc, DatabaseError) else f"record {exc} is gone"
            self._report(message)


def perform(
    stack: QUndoStack,
    text: str,
    do: Callable[[], None],
    undo: Callable[[], None],
    report: Report,
) -> bool:
    """Do an edit now and, when it succeeded, make it undoable; False (reported) when it failed.

    Doing the edit before pushing means a failed edit never leaves a command on the stack.
    A failed save reaches the user by one path only: in the window the writer thread saves,
    and its failure comes back through :meth:`PendingSaves.failed_behind` (the edits stay in
    memory and are retried); later edits queue behind them. An edit that fails here (a
    read-only file, a write refused outside the window) is reported and not done. A file
    changed elsewhere hands over to the saver's conflict handling.
    """
    pending = pending_saves(stack)
    entry = _Pending(stack, text, do, undo, report)
    if pending is not None and pending.count:
        return pending.queue(entry)
    try:
        do()
    except DatabaseChangedOnDiskError as exc:
        report(exc.message)
        if pending is not None and pending.saver is not None:
            pending.saver.changed_on_disk()
        return False
    except DatabaseError as exc:
        report(exc.message)
        return False
    stack.push(ServiceCommand(text, do, undo, report))
    return True
