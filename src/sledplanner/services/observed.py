"""What the gear and schedule services share: the day, whether edits are offered, listeners."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Generic, TypeVar

from sledplanner.services.workspace import Workspace

Change = TypeVar("Change")


class ObservedService(Generic[Change]):
    """A service of one workspace whose views hear of every change, whoever made it.

    A method of such a service returns once its change is stored: on disk when the workspace
    writes in place (the command line, imports), in memory when the window's writer thread
    saves it a moment later (see ``AtomicJSONStorage`` write-behind). Views subscribe with
    :meth:`subscribe` and hear of every change, whoever made it (a tab, the undo stack, an
    import).

    Attributes:
        today: Tells the date (tests fix it).
        read_only: Whether views should offer no editing.
    """

    def __init__(
        self,
        workspace: Workspace,
        today: Callable[[], date],
        show_edit_controls: bool | None,
    ) -> None:
        """``show_edit_controls`` overrides whether views offer editing.

        Screenshots of a database opened read-only look like the app that way; the storage
        refuses writes either way.
        """
        self._listeners: list[Callable[[Change], None]] = []
        self.today = today
        self.read_only = (
            workspace.read_only if show_edit_controls is None else not show_edit_controls
        )

    def subscribe(self, listener: Callable[[Change], None]) -> Callable[[], None]:
        """Call ``listener`` after every change; return a function that unsubscribes it."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _tell(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)
