"""Where SledPlanner's start-up goes, step by step, inside one process (not a benchmark).

It does what ``sledplanner --db PATH`` does up to the first paint of the main window, timing
each step from the script's own start: the warm start (app/warm_start.py), importing Qt, the
command line, importing the app, the QApplication, the main window, the imports and lock of
the first open, reading the file, the tabs, the checks after it, and the first paint (the paint
is timed with a filter on the main window, as benchmarks/floor_window.py times the floor).
Several runs are made, each in a fresh process, and the median of each step is printed.

Run: env -u PYTHONDONTWRITEBYTECODE QT_QPA_PLATFORM=offscreen \\
    .venv/bin/python benchmarks/startup_steps.py DATABASE [--runs N]

It uses temporary HOME and XDG folders, so the user's settings are never read or changed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

STEPS = (
    "before Qt (warm_start)",
    "import PySide6",
    "command line",
    "import the app",
    "QApplication",
    "main window",
    "show",
    "first open: imports, lock",
    "read the file",
    "services",
    "tabs (Equipment)",
    "backup check, file guard",
    "to the paint",
    "first paint",
)


def child(database: str) -> None:
    """Start up once on ``database`` and print the steps' end times as JSON."""
    start = time.perf_counter()
    ends: list[float] = []

    def mark() -> None:
        ends.append((time.perf_counter() - start) * 1000)

    from sledplanner.app import warm_start  # as cli.main does for a plain start

    warm_start.prepare(Path(database))
    mark()
    import PySide6.QtWidgets  # noqa: F401

    mark()
    from sledplanner import cli

    arguments = ["--db", database]
    if cli.window_arguments(arguments) is None:  # as cli.main reads them
        cli.build_parser().parse_args(arguments)
    mark()
    from sledplanner.app import gui

    mark()
    from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
    from PySide6.QtGui import QIcon

    app = gui.application()
    mark()
    from sledplanner.app.controller import Controller

    controller = Controller(QSettings(gui.APP_NAME, gui.APP_NAME), QIcon(str(gui.app_icon_path())))
    window = controller.window
    mark()

    class FirstPaint(QObject):
        """Marks the paint event, and the end of the paint from a timer queued as it starts.

        The timer is queued at the window's first update request or paint, whichever comes
        first: the work waiting for the paint (ui/first_paint.py) is queued then too, after it.
        """

        queued = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if watched is not window or len(ends) >= len(STEPS):
                return False
            kind = event.type()
            if kind in (QEvent.Type.UpdateRequest, QEvent.Type.Paint) and not self.queued:
                self.queued = True
                QTimer.singleShot(0, lambda: (mark(), app.quit()))
            if kind == QEvent.Type.Paint and len(ends) == len(STEPS) - 2:
                mark()
            return False

    first_paint = FirstPaint(window)
    window.installEventFilter(first_paint)
    window.show()
    mark()
    from sledplanner.services import workspace

    real_open = workspace.open_workspace

    def open_workspace(*args: object, **options: object) -> object:
        mark()
        opened = real_open(*args, **options)  # type: ignore[arg-type]
        mark()
        return opened

    workspace.open_workspace = open_workspace  # type: ignore[assignment]
    real_show = window.show_workspace

    def show_workspace(services: object) -> None:
        mark()
        real_show(services)  # type: ignore[arg-type]
        mark()

    window.show_workspace = show_workspace  # type: ignore[method-assign]
    controller.open_path(Path(database), create=True)
    mark()
    # Installed again, so that it sees the paint before the work waiting for the first paint
    # (ui/first_paint.py), and its end mark is queued before that work, not after it.
    window.removeEventFilter(first_paint)
    window.installEventFilter(first_paint)
    app.exec()
    controller.close()
    print(json.dumps(ends))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", type=Path, help="the database to open")
    parser.add_argument("--runs", type=int, default=5, help="fresh processes (default 5)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="sledplanner-steps-") as home:
        env = dict(os.environ, HOME=home, QT_QPA_PLATFORM="offscreen")
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            env[name] = str(Path(home) / name.lower())
        env.pop("SLEDPLANNER_BENCH_FIRST_PAINT", None)
        runs: list[list[float]] = []
        for _ in range(args.runs + 1):  # the first run writes the daily backup: not counted
            result = subprocess.run(
                [sys.executable, __file__, "--child", str(args.database.absolute())],
                capture_output=True,
                text=True,
                env=env,
                timeout=120,
                check=True,
            )
            runs.append(json.loads(result.stdout.strip().splitlines()[-1]))
    steps = [
        [ends[index] - (ends[index - 1] if index else 0.0) for index in range(len(STEPS))]
        for ends in runs[1:]
    ]
    print(f"{'step':28} {'median ms':>10}   runs")
    for index, name in enumerate(STEPS):
        values = [run[index] for run in steps]
        shown = " ".join(f"{value:6.1f}" for value in values)
        print(f"{name:28} {statistics.median(values):10.1f}   {shown}")
    totals = [run[-1] for run in runs[1:]]
    print(f"{'total':28} {statistics.median(totals):10.1f}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        child(sys.argv[2])
        sys.exit(0)
    sys.exit(main())
