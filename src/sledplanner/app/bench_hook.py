"""Start-up measurement for ``make bench`` (benchmarks/bench_startup.py); unused otherwise.

When the environment variable :data:`FIRST_PAINT_VARIABLE` is set, :func:`run_gui` installs
:class:`FirstPaintReporter` on the main window. At the window's first paint it prints one line
to stdout, ``painted <ms> <peak RSS KiB>``, and quits the app the normal way, so the database
is closed and its lock released as on any quit. ``<ms>`` counts from the time.time() the
benchmark passes in :data:`T0_VARIABLE` (from the process start when there is none); the peak
RSS is VmHWM (see :func:`peak_rss_kib`).

This module is imported only when the variable is set.
"""

from __future__ import annotations

import os
import resource
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

#: Set to anything non-empty to report the first paint and quit.
FIRST_PAINT_VARIABLE = "SLEDPLANNER_BENCH_FIRST_PAINT"

#: The benchmark's time.time() just before it started the process.
T0_VARIABLE = "SLEDPLANNER_BENCH_T0"


def process_start_time() -> float:
    """Return when this process started, as a time.time() value.

    From :data:`T0_VARIABLE` when set; else from ``/proc/self/stat`` (Linux, 10 ms steps);
    else now.
    """
    given = os.environ.get(T0_VARIABLE)
    if given:
        return float(given)
    try:
        with (
            open("/proc/self/stat", encoding="ascii") as stat,
            open("/proc/uptime", encoding="ascii") as uptime,
        ):
            # Fields after the command name, which is in parentheses and may hold spaces;
            # starttime is field 22 of the line, so index 19 after the name.
            started_ticks = int(stat.read().rpartition(")")[2].split()[19])
            up = float(uptime.read().split()[0])
        age = up - started_ticks / os.sysconf("SC_CLK_TCK")
        return time.time() - age
    except (OSError, ValueError, IndexError):
        return time.time()


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


class FirstPaintReporter(QObject):
    """An event filter: at the first paint of the widget it watches, print and quit."""

    def __init__(self, app: QCoreApplication, t0: float) -> None:
        """Quit ``app`` after the first paint; times are measured from ``t0``."""
        super().__init__(app)
        self._app = app
        self._t0 = t0
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Report the first paint event; never filter anything out."""
        if not self._seen and event.type() == QEvent.Type.Paint:
            self._seen = True
            print(painted_line(self._t0), flush=True)
            # Quit from the event loop, after this paint has finished.
            QTimer.singleShot(0, self._app.quit)
        return False


def report_first_paint(app: QCoreApplication, window: QWidget) -> None:
    """Print the painted line at ``window``'s first paint, then quit ``app``.

    Install it before the event loop runs: nothing paints before then.
    """
    window.installEventFilter(FirstPaintReporter(app, process_start_time()))
