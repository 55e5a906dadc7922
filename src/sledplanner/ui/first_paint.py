"""Run work after a window's first paint, so that start-up shows the window before doing it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

#: The dynamic property set on a window once it has painted (see :func:`after_first_paint`).
PAINTED_PROPERTY = "sledplannerPainted"

#: Work waiting for a paint runs after this long even if none came (a window that is shown
#: but never exposed).
FALLBACK_MS = 1000

_WATCHER_NAME = "firstPaintWatcher"


class _PaintWatcher(QObject):
    """Marks ``window`` painted at its first paint event and then runs what waited for it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName(_WATCHER_NAME)
        self._window = window
        self.waiting: list[Callable[[], None]] = []
        window.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._release)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """At the window's first paint, queue the waiting work; never filter anything out."""
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._release()
        return False

    def _release(self) -> None:
        if self._window.property(PAINTED_PROPERTY):
            return
        self._window.removeEventFilter(self)
        self._window.setProperty(PAINTED_PROPERTY, True)
        waiting, self.waiting = self.waiting, []
        for run in waiting:
            # Queued, so that the paint in progress finishes first.
            QTimer.singleShot(0, run)
        self.setObjectName("")
        self.deleteLater()


def after_first_paint(widget: QWidget, run: Callable[[], None]) -> None:
    """Call ``run`` from the event loop once the window of ``widget`` has painted.

    A window that has painted already, or that is not shown (tests, screenshots), runs it on
    the next turn of the event loop, as ``QTimer.singleShot(0, run)`` does.
    """
    window = widget.window()
    if window.property(PAINTED_PROPERTY) or not window.isVisible():
        QTimer.singleShot(0, run)
        return
    watcher = window.findChild(_PaintWatcher, _WATCHER_NAME)
    if not isinstance(watcher, _PaintWatcher):
        watcher = _PaintWatcher(window)
    watcher.waiting.append(run)
