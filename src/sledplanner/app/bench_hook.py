"""Start-up measurement for ``make bench`` (benchmarks/bench_startup.py); unused otherwise.

When the environment variable :data:`FIRST_PAINT_VARIABLE` is set, :func:`run_gui` installs
:class:`StartupReporter` on the application. At the main window's first paint it prints
``painted <ms> <peak RSS KiB>``; at the first paint with the database shown it prints
``ready <ms> <peak RSS KiB>`` and quits the app the normal way, so the database is closed and
its lock released as on any quit. ``<ms>`` counts from the time.time() the
benchmark passes in :data:`T0_VARIABLE` (from the process start when there is none); the peak
RSS is VmHWM (see :func:`peak_rss_kib`).

This module is imported only when the variable is set.
"""

from __future__ import annotations

import os
import resource
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QMainWindow, QWidget

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


class StartupReporter(QObject):
    """An application event filter timing the main window's first paints, then quitting.

    It prints ``painted`` at the first paint of the main window, and ``ready`` at the first
    paint once ``ready()`` says the database is shown (the same paint when it opened before the
    window appeared; later when a large file is opened after the window, see app.gui).
    """

    def __init__(self, app: QCoreApplication, t0: float, ready: Callable[[], bool]) -> None:
        """Quit ``app`` after the ready paint; times are measured from ``t0``."""
        super().__init__(app)
        self._app = app
        self._t0 = t0
        self._ready = ready
        self._painted = False
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Report the paints; never filter anything out."""
        if self._done or event.type() != QEvent.Type.Paint or not isinstance(watched, QWidget):
            return False
        if not isinstance(watched.window(), QMainWindow):
            return False
        if not self._painted and isinstance(watched, QMainWindow):
            self._painted = True
            print(painted_line(self._t0), flush=True)
        if self._painted and self._ready():
            self._done = True
            print("ready" + painted_line(self._t0).removeprefix("painted"), flush=True)
            # Quit from the event loop, after this paint has finished.
            QTimer.singleShot(0, self._app.quit)
        return False


def report_startup(app: QCoreApplication, ready: Callable[[], bool]) -> None:
    """Print the painted and ready lines (see :class:`StartupReporter`), then quit ``app``.

    Install it before the window is shown.
    """
    app.installEventFilter(StartupReporter(app, process_start_time(), ready))
