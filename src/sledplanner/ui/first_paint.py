"""Run work after a window's next paint, so that the window shows what changed before it.

At start-up that is the first paint: the window appears with the user's data, and only then
are the records checked, the calendar account read and garbage collection resumed. When a
large file is opened after the window has appeared (app/gui.py), it is the paint that shows
the file's data: work queued for the next turn of the event loop instead would run first and
hold that paint back (the record check of a 50,000-session file takes most of a second).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget

#: Work waiting for a paint runs after this long even if none came (a window that is shown
#: but never exposed, or that had nothing to repaint).
FALLBACK_MS = 1000

_WATCHER_NAME = "nextPaintWatcher"


class _PaintWatcher(QObject):
    """Runs what waited once ``window`` paints next (or after :data:`FALLBACK_MS`)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName(_WATCHER_NAME)
        self._window = window
        self._released = False
        self.waiting: list[Callable[[], None]] = []
        window.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._release)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """At the window's paint, queue the waiting work; never filter anything out.

        A repaint of any part of a window starts with an update request to the window itself,
        which paints then, if the window is exposed (before it is, Qt paints nothing); the
        window's own paint event comes when its own area is painted.
        """
        if watched is not self._window:
            return False
        kind = event.type()
        if kind == QEvent.Type.Paint or (kind == QEvent.Type.UpdateRequest and self._exposed()):
            self._release()
        return False

    def _exposed(self) -> bool:
        handle = self._window.windowHandle()
        return handle is not None and handle.isExposed()

    def _release(self) -> None:
        if self._released:
            return
        self._released = True
        self._window.removeEventFilter(self)
        self.setObjectName("")  # later work waits for a paint after this one
        waiting, self.waiting = self.waiting, []
        for run in waiting:
            # Queued, so that the paint in progress finishes first.
            QTimer.singleShot(0, run)
        self.deleteLater()


def after_next_paint(widget: QWidget, run: Callable[[], None]) -> None:
    """Call ``run`` from the event loop once the window of ``widget`` has painted next.

    The work runs after the paint has finished, or after :data:`FALLBACK_MS` when no paint
    comes. A window that is not shown (tests, screenshots) runs it on the next turn of the
    event loop, as ``QTimer.singleShot(0, run)`` does.
    """
    window = widget.window()
    if not window.isVisible():
        QTimer.singleShot(0, run)
        return
    watcher = window.findChild(
        _PaintWatcher, _WATCHER_NAME, Qt.FindChildOption.FindDirectChildrenOnly
    )
    if not isinstance(watcher, _PaintWatcher):
        watcher = _PaintWatcher(window)
    watcher.waiting.append(run)
