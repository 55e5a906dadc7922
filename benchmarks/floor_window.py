"""The floor for bench_startup.py: the least a PySide6 window like SledPlanner's can cost.

A bare QApplication with a 1280x800 QMainWindow holding a QTabWidget of three empty tabs
(Equipment, Programme, Progress). At the first paint of the main window it prints one line,
``painted <ms since SLEDPLANNER_BENCH_T0> <peak RSS KiB>`` (and the same as ``ready``: it has
nothing more to show), and quits. The start-up and peak
memory of SledPlanner on a database are compared with this window's.

It keeps its own copies of the two small helpers of sledplanner.app.bench_hook (peak memory and
the painted line), so that the floor imports nothing of the app it is the floor for.

Run alone: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/floor_window.py
"""

from __future__ import annotations

import os
import resource
import sys
import time

# Taken before the Qt imports, as the app's process would be: the spawning parent passes its
# own time.time() in SLEDPLANNER_BENCH_T0; alone, the time of this line stands in.
T0 = float(os.environ.get("SLEDPLANNER_BENCH_T0") or time.time())

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget  # noqa: E402


def peak_rss_kib() -> int:
    """Return the peak resident memory of this process so far, in KiB.

    Linux's VmHWM from /proc/self/status; where there is none, ru_maxrss (KiB on Linux).
    ru_maxrss alone would mislead: Linux carries it over from the parent through fork and
    exec, so a child of a large process reports the parent's size.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def painted_line(t0: float) -> str:
    """Return ``painted <ms since t0> <peak RSS KiB>`` for now."""
    elapsed_ms = (time.time() - t0) * 1000
    return f"painted {elapsed_ms:.1f} {peak_rss_kib()}"


class FirstPaint(QObject):
    """Prints the painted line at the first paint of the watched window, then quits the app."""

    def __init__(self, app: QApplication, t0: float) -> None:
        """Quit ``app`` after the first paint; times are measured from ``t0``."""
        super().__init__(app)
        self._app = app
        self._t0 = t0
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Report the first paint event; never filter anything out."""
        if not self._seen and event.type() == QEvent.Type.Paint:
            self._seen = True
            line = painted_line(self._t0)
            print(line, flush=True)
            print("ready" + line.removeprefix("painted"), flush=True)  # nothing more to show
            QTimer.singleShot(0, self._app.quit)
        return False


def main() -> int:
    """Show the floor window and run until its first paint."""
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Floor")
    tabs = QTabWidget(window)
    for name in ("Equipment", "Programme", "Progress"):
        tabs.addTab(QWidget(), name)
    window.setCentralWidget(tabs)
    window.resize(1280, 800)
    window.installEventFilter(FirstPaint(app, T0))
    window.show()
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
