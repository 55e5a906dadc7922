"""Undoable gear edits: each one is done through the service first, then put on the undo stack."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from sledplanner.services.errors import DatabaseError

Report = Callable[[str], None]


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

    Doing the edit before pushing means a failed save never leaves a command on the stack.
    """
    try:
        do()
    except DatabaseError as exc:
        report(exc.message)
        return False
    stack.push(ServiceCommand(text, do, undo, report))
    return True
