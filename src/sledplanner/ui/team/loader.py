"""Reads athlete files on a background thread and hands each summary to the window's thread."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from sledplanner.services.team import summarise


class TeamLoader(QThread):
    """Sums up a list of files one by one; ``summarised`` fires for each, in the GUI thread.

    Signals:
        summarised: ``(path, summary)``: the summary is None for a file that is not a
            SledPlanner database.
    """

    summarised = Signal(str, object)

    def __init__(self, paths: list[Path], today: Callable[[], date], parent: QObject) -> None:
        """Prepare to read ``paths`` as of ``today()``."""
        super().__init__(parent)
        self._paths = list(paths)
        self._today = today

    def run(self) -> None:
        """Read every file until done or asked to stop."""
        day = self._today()
        for path in self._paths:
            if self.isInterruptionRequested():
                return
            self.summarised.emit(str(path), summarise(path, day))

    def stop(self) -> None:
        """Ask the thread to stop after the current file and wait for it."""
        self.requestInterruption()
        self.wait()
