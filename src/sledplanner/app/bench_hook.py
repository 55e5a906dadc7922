"""Start-up measurement for ``make bench`` (benchmarks/bench_startup.py); unused otherwise.

When the environment variable :data:`FIRST_PAINT_VARIABLE` is set, :func:`run_gui` installs
:class:`StartupReporter` on the main window before it shows, as benchmarks/floor_window.py does
on its window. (A filter on the whole application, as here before, had every event of every
widget converted for Python, which cost SledPlanner about 25 ms before its first paint that the
floor did not pay.) At the main window's first paint it prints
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


class StartupReporter(QObject):
    """An event filter on the main window timing its first paints, then quitting the app.

    It prints ``painted`` at the first paint of the main window, and ``ready`` at the first
    repaint once ``ready()`` says the database is shown (the same paint when it opened before
    the window appeared; later when a large file is opened after the window, see app.gui). A
    repaint of any part of the window starts with an update request to the window itself.
    """

    def __init__(
        self, app: QCoreApplication, window: QWidget, t0: float, ready: Callable[[], bool]
    ) -> None:
        """Quit ``app`` after the ready paint of ``window``; times are measured from ``t0``."""
        super().__init__(window)
        self._app = app
        self._window = window
        self._t0 = t0
        self._ready = ready
        self._painted = False
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Report the paints; never filter anything out."""
        if self._done or watched is not self._window:
            return False
        kind = event.type()
        if kind == QEvent.Type.Paint and not self._painted:
            self._painted = True
            print(painted_line(self._t0), flush=True)
        elif kind not in (QEvent.Type.Paint, QEvent.Type.UpdateRequest) or not self._painted:
            return False
        if self._ready():
            self._done = True
            print("ready" + painted_line(self._t0).removeprefix("painted"), flush=True)
            # Quit from the event loop, after this paint has finished.
            QTimer.singleShot(0, self._app.quit)
        return False


def report_startup(app: QCoreApplication, ready: Callable[[], bool]) -> Callable[[QWidget], None]:
    """Return what to call with the main window, before it shows, to time its paints.

    The painted and ready lines are printed (see :class:`StartupReporter`), then ``app`` quits.
    """
    t0 = process_start_time()

    def watch(window: QWidget) -> None:
        window.installEventFilter(StartupReporter(app, window, t0, ready))

    return watch
