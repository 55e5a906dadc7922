"""Time the tabs: calendar month switch, first Progress opening, Progress redraw after an edit.

The "ten-years" (1,560 sessions, 50 gear) and "coach" (50,000 sessions) databases of
generate_databases.py are written into a temporary folder; every window gets its own settings
file there, so the user's own settings are never read. Each timed action ends when the widget
it changes has received its paint event and ``app.processEvents()`` has returned, so the paint
is included.

1. Progress first opening, fresh process (the honest figure): ``--fresh-runs`` times (after one
   warm-up run, which writes the daily backup), a new Python process opens the database in the
   window, shows the Programme tab, then times the switch to the Progress tab: the chart module
   and pyqtgraph are imported, the chart view is built and the default chart (Load over time,
   12 weeks) drawn and painted. Median of the runs.
2. In this process, with the window shown on the Programme tab:

   - month switch: ``step_month(-1)`` (the ◀ button) until the month view has repainted; two
     warm-up switches (reported), then ``--switches`` timed ones;
   - Progress first opening in this process (pyqtgraph not imported before), for comparison;
   - redraw after an edit (Progress tab shown): the edit is an undo or redo of a session edit
     made on the Programme tab (Ctrl+Z on the Progress tab: ScheduleService.update, whose
     listener marks the tab dirty and posts a zero-delay redraw). Timed from the undo/redo call
     until the chart has repainted; the redraw itself (ProgressTab.redraw) is timed apart;
   - switch to Progress after an edit made on the Programme tab (the tab redraws on show);
   - pure redraw of each chart for 12 weeks and for the whole range, as information.

On the coach database the whole range is skipped unless asked for (--coach-whole-range N): one
redraw of its "Load over time" takes tens of seconds.

Targets (ten-years): month switch median <= 30 ms; Progress first opening <= 0.5 s (fresh
process median); redraw after an edit <= 50 ms (median, default chart and range). The coach
figures are information only. A missed target is reported, not an error (exit status 0).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_tabs.py [--runs N]
[--fresh-runs N] [--switches N] [--coach-whole-range N] [--json OUT] (or `make bench`).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from generate_databases import generate  # noqa: E402
from PySide6.QtCore import QEvent, QObject, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from sledplanner.app.controller import Controller  # noqa: E402
from sledplanner.app.gui import application  # noqa: E402
from sledplanner.domain.sessions import Session  # noqa: E402
from sledplanner.services.progress import CHARTS  # noqa: E402
from sledplanner.storage.atomic import AtomicJSONStorage  # noqa: E402
from sledplanner.ui.progress.tab import ProgressTab  # noqa: E402

HERE = Path(__file__).resolve().parent
DATABASES = ("ten-years", "coach")
TARGET_DATABASE = "ten-years"
MONTH_SWITCH_MS = 30.0
FIRST_OPEN_MS = 500.0
REDRAW_AFTER_EDIT_MS = 50.0
TIMEOUT_S = 60.0
#: Quiet time between edits: the FileGuard's 250 ms debounce and its check.
SETTLE_S = 0.4
#: The Progress tab's range choices used here (data of its range combo box).
TWELVE_WEEKS, ALL = 84, 0
RANGE_LABELS = {TWELVE_WEEKS: "12 weeks", ALL: "all"}


class PaintWatch(QObject):
    """Counts paint events of the widgets ``wanted`` accepts."""

    def __init__(self, wanted: Callable[[QObject], bool]) -> None:
        super().__init__()
        self.wanted = wanted
        self.painted = 0
        #: perf_counter() as each paint event arrived.
        self.stamps: list[float] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and self.wanted(watched):
            self.painted += 1
            self.stamps.append(time.perf_counter())
        return False


def is_chart_canvas(widget: QObject) -> bool:
    """The viewport of the Progress chart (a pyqtgraph GraphicsLayoutWidget named chartCanvas)."""
    parent = widget.parent() if isinstance(widget, QWidget) else None
    return parent is not None and parent.objectName() == "chartCanvas"


def until_painted(app: QApplication, watch: PaintWatch, action: Callable[[], None]) -> float:
    """Run ``action``, then process events until ``watch`` saw a paint; the ms it all took."""
    watch.painted = 0
    started = time.perf_counter()
    action()
    while True:
        app.processEvents()
        if watch.painted:
            return (time.perf_counter() - started) * 1000
        if time.perf_counter() - started > TIMEOUT_S:
            raise RuntimeError("no paint within the timeout")


def open_window(app: QApplication, path: Path, settings: Path) -> tuple[Controller, float]:
    """Open ``path`` in a shown window on the Programme tab; the ms until it was shown."""
    controller = Controller(QSettings(str(settings), QSettings.Format.IniFormat))
    started = time.perf_counter()
    if not controller.open_path(path):
        raise RuntimeError(f"could not open {path}")
    controller.window.resize(1280, 800)
    controller.window.show()
    app.processEvents()
    opened = (time.perf_counter() - started) * 1000
    controller.window.select_tab("programme")
    app.processEvents()
    return controller, opened


def settle(app: QApplication, storage: AtomicJSONStorage | None = None) -> None:
    """Let the writer thread finish and the window have a quiet moment."""
    if storage is not None:
        storage.wait_until_idle(TIMEOUT_S)
    end = time.perf_counter() + SETTLE_S
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.002)


def close_window(app: QApplication, controller: Controller) -> None:
    window = controller.window
    controller.close()
    window.close()
    window.deleteLater()
    app.processEvents()


def first_open(app: QApplication, controller: Controller) -> tuple[float, bool]:
    """Switch to the Progress tab until its chart is painted; the ms, and pyqtgraph's state."""
    loaded_before = "pyqtgraph" in sys.modules
    watch = PaintWatch(is_chart_canvas)
    app.installEventFilter(watch)
    try:
        ms = until_painted(app, watch, lambda: controller.window.select_tab("progress"))
    finally:
        app.removeEventFilter(watch)
    return ms, loaded_before


# ------------------------------------------------------------------ fresh processes
def child_main(path: Path, settings: Path) -> int:
    """In a fresh process: open ``path`` and print the first Progress opening as JSON."""
    app = application()
    controller, opened = open_window(app, path, settings)
    settle(app)
    ms, loaded_before = first_open(app, controller)
    print(json.dumps({"first_open_ms": ms, "open_ms": opened, "pyqtgraph_before": loaded_before}))
    close_window(app, controller)
    return 0


def fresh_first_open(path: Path, work: Path, runs: int) -> dict[str, Any]:
    """Run the child ``runs`` times after one warm-up; its figures."""
    found: list[dict[str, Any]] = []
    for number in range(runs + 1):
        settings = work / f"fresh-{path.stem}-{number}.ini"
        done = subprocess.run(
            [sys.executable, __file__, "--child", str(path), str(settings)],
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S * 2,
            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        )
        lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
        if done.returncode != 0 or not lines:
            raise RuntimeError(f"the child on {path.name} failed:\n{done.stderr[-3000:]}")
        found.append(json.loads(lines[-1]))
    if any(run["pyqtgraph_before"] for run in found):
        raise RuntimeError("pyqtgraph was imported before the Progress tab was opened")
    times = [run["first_open_ms"] for run in found[1:]]
    return {
        "warmup_ms": found[0]["first_open_ms"],
        "runs_ms": times,
        "median_ms": statistics.median(times),
        "max_ms": max(times),
        "open_window_ms": statistics.median(run["open_ms"] for run in found[1:]),
    }


# ------------------------------------------------------------------ in this process
def median_max(values: list[float]) -> dict[str, Any]:
    return {"median_ms": statistics.median(values), "max_ms": max(values), "runs_ms": values}


def month_switches(app: QApplication, controller: Controller, switches: int) -> dict[str, Any]:
    tab = controller.window.programme_tab
    assert tab is not None
    watch = PaintWatch(lambda widget: widget is tab.month)
    tab.month.installEventFilter(watch)
    try:
        warmups = [until_painted(app, watch, lambda: tab.month.step_month(-1)) for _ in range(2)]
        timed = [
            until_painted(app, watch, lambda: tab.month.step_month(-1)) for _ in range(switches)
        ]
        tab.month.select(tab.month.today)
        app.processEvents()
    finally:
        tab.month.removeEventFilter(watch)
    return {"warmup_ms": warmups, **median_max(timed)}


def session_to_edit(controller: Controller) -> Session:
    """A session near today, which the default 12-week chart shows."""
    services = controller.window.services
    assert services is not None
    today = services.schedule.today()
    near = services.schedule.sessions_between(today - timedelta(days=27), today)
    if not near:
        raise RuntimeError("no session in the last four weeks")
    return near[-1]


class RedrawClock:
    """Wraps ProgressTab.redraw on one tab to stamp when each redraw starts and ends."""

    def __init__(self, progress: ProgressTab) -> None:
        self.spans: list[tuple[float, float]] = []

        def redraw() -> None:
            started = time.perf_counter()
            ProgressTab.redraw(progress)
            self.spans.append((started, time.perf_counter()))

        # _changed's zero-delay timer and showEvent call self.redraw(): this instance attribute.
        progress.redraw = redraw  # type: ignore[method-assign]


def redraws_after_edits(
    app: QApplication, controller: Controller, runs: int, days: int
) -> dict[str, Any]:
    """Undo / redo a session edit with the Progress tab shown; time until the chart repainted."""
    window = controller.window
    progress, tab = window.progress_tab, window.programme_tab
    workspace = controller.workspace
    assert progress is not None and tab is not None and workspace is not None
    storage: AtomicJSONStorage = workspace.database.storage
    choose_range(app, progress, days)
    clock = RedrawClock(progress)
    viewport = progress.view.layout_widget.viewport()
    watch = PaintWatch(lambda widget: widget is viewport)
    viewport.installEventFilter(watch)
    stack = controller.undo_stack
    totals, redraws, calls = [], [], []
    try:
        for number in range(runs + 1):
            settle(app, storage)
            clock.spans.clear()
            watch.stamps.clear()
            started = time.perf_counter()
            (stack.redo if stack.canRedo() else stack.undo)()
            call = (time.perf_counter() - started) * 1000
            # Until the chart is painted after the (posted) redraw ended.
            while not (clock.spans and any(s >= clock.spans[-1][1] for s in watch.stamps)):
                app.processEvents()
                if time.perf_counter() - started > TIMEOUT_S:
                    raise RuntimeError("the Progress tab did not redraw after an edit")
            total = (time.perf_counter() - started) * 1000
            if number == 0:
                continue  # warm-up
            calls.append(call)
            totals.append(total)
            redraws.append((clock.spans[-1][1] - clock.spans[-1][0]) * 1000)
    finally:
        viewport.removeEventFilter(watch)
    return {
        "edit_to_painted": median_max(totals),
        "redraw": median_max(redraws),
        "edit_call": median_max(calls),
    }


def choose_range(app: QApplication, progress: ProgressTab, days: int) -> None:
    progress.range_choice.setCurrentIndex(progress.range_choice.findData(days))
    app.processEvents()


def switch_after_edit(app: QApplication, controller: Controller, runs: int) -> dict[str, Any]:
    """Edit on the Programme tab (undo/redo), then time the switch to Progress (redraw on show)."""
    window = controller.window
    workspace = controller.workspace
    assert workspace is not None
    storage: AtomicJSONStorage = workspace.database.storage
    watch = PaintWatch(is_chart_canvas)
    times = []
    for number in range(runs + 1):
        window.select_tab("programme")
        app.processEvents()
        stack = controller.undo_stack
        (stack.redo if stack.canRedo() else stack.undo)()
        settle(app, storage)
        app.installEventFilter(watch)
        try:
            ms = until_painted(app, watch, lambda: window.select_tab("progress"))
        finally:
            app.removeEventFilter(watch)
        if number:
            times.append(ms)
    return median_max(times)


def pure_redraws(
    app: QApplication, controller: Controller, runs: int, ranges: tuple[int, ...]
) -> dict[str, Any]:
    """ProgressTab.redraw() of each chart for each range in ``ranges``, until painted."""
    progress = controller.window.progress_tab
    assert progress is not None and progress.view is not None
    viewport = progress.view.layout_widget.viewport()
    found: dict[str, Any] = {}
    for days in ranges:
        for index, (key, _title) in enumerate(CHARTS):
            # Chosen without their signals, so only the timed redraws draw.
            for choice, wanted in (
                (progress.range_choice, progress.range_choice.findData(days)),
                (progress.chart_choice, index),
            ):
                choice.blockSignals(True)
                choice.setCurrentIndex(wanted)
                choice.blockSignals(False)
            if runs > 1:  # a warm-up redraw of this chart and range
                progress.redraw()
                app.processEvents()
            target: QObject = viewport
            if progress.view.data is not None and progress.view.data.is_empty:
                target = progress.view.message
            watch = PaintWatch(lambda widget, target=target: widget is target)
            target.installEventFilter(watch)
            try:
                times = [until_painted(app, watch, progress.redraw) for _ in range(runs)]
            finally:
                target.removeEventFilter(watch)
            found[f"{key} {RANGE_LABELS[days]}"] = median_max(times)
            print(f"    pure redraw {key} {RANGE_LABELS[days]} done", file=sys.stderr, flush=True)
    progress.range_choice.blockSignals(True)
    progress.range_choice.setCurrentIndex(progress.range_choice.findData(TWELVE_WEEKS))
    progress.range_choice.blockSignals(False)
    progress.chart_choice.setCurrentIndex(0)
    app.processEvents()
    return found


def in_process(
    app: QApplication, path: Path, work: Path, runs: int, switches: int, whole: int
) -> dict[str, Any]:
    """Everything measured inside this process on one database.

    ``whole``: how many times to time the redraws of the whole range (0: not at all).
    """
    controller, opened = open_window(app, path, work / f"in-process-{path.stem}.ini")
    try:
        settle(app)
        services = controller.window.services
        assert services is not None
        span = services.schedule.date_span()
        found: dict[str, Any] = {
            "open_window_ms": opened,
            "sessions": services.schedule.count(),
            "span_years": (span[1] - span[0]).days / 365.25 if span else 0.0,
        }
        found["month_switch"] = month_switches(app, controller, switches)
        ms, loaded_before = first_open(app, controller)
        found["first_open_in_process"] = {"ms": ms, "pyqtgraph_before": loaded_before}
        settle(app)
        tab = controller.window.programme_tab
        assert tab is not None
        # One edit on the Programme tab, which the undo/redo below repeat and reverse.
        before = session_to_edit(controller)
        after = before.with_changes(planned_minutes=before.planned_minutes % 60 + 1)
        controller.window.select_tab("programme")
        app.processEvents()
        if not tab._replace("edit session", before, after):
            raise RuntimeError("the edit failed")
        controller.window.select_tab("progress")
        settle(app)
        found["redraw_after_edit"] = redraws_after_edits(app, controller, runs, TWELVE_WEEKS)
        if whole > 1:
            found["redraw_after_edit_all"] = redraws_after_edits(app, controller, whole, ALL)
        choose_range(app, controller.window.progress_tab, TWELVE_WEEKS)  # type: ignore[arg-type]
        found["switch_after_edit"] = switch_after_edit(app, controller, runs)
        found["pure_redraw"] = pure_redraws(app, controller, runs, (TWELVE_WEEKS,))
        if whole:
            found["pure_redraw"] |= pure_redraws(app, controller, whole, (ALL,))
    finally:
        close_window(app, controller)
    return found


# ------------------------------------------------------------------ report
def verdicts(results: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    ten = results[TARGET_DATABASE]
    checks = (
        ("month switch median", ten["month_switch"]["median_ms"], MONTH_SWITCH_MS),
        ("Progress first opening (fresh process) median", ten["fresh"]["median_ms"], FIRST_OPEN_MS),
        (
            "Progress redraw after an edit median",
            ten["redraw_after_edit"]["edit_to_painted"]["median_ms"],
            REDRAW_AFTER_EDIT_MS,
        ),
    )
    return [
        {
            "measure": what,
            "database": TARGET_DATABASE,
            "value": round(value, 1),
            "limit": limit,
            "pass": value <= limit,
        }
        for what, value, limit in checks
    ]


def mm(found: dict[str, Any]) -> str:
    return f"median {found['median_ms']:7.1f} ms, max {found['max_ms']:7.1f} ms"


def report(results: dict[str, dict[str, Any]]) -> str:
    lines = []
    for name, found in results.items():
        fresh = found["fresh"]
        month = found["month_switch"]
        first = found["first_open_in_process"]
        after = found["redraw_after_edit"]
        years = found["span_years"]
        lines += [
            f"== {name} ({found['sessions']:,} sessions over {years:.1f} years)"
            + ("" if name == TARGET_DATABASE else ": information, no targets"),
            f"open the database and show the window: {found['open_window_ms']:.0f} ms "
            f"(fresh processes: median {fresh['open_window_ms']:.0f} ms)",
            f"calendar month switch ({len(month['runs_ms'])} switches): {mm(month)}"
            f"   (2 warm-up: {month['warmup_ms'][0]:.1f}, {month['warmup_ms'][1]:.1f} ms)",
            f"Progress first opening, fresh process ({len(fresh['runs_ms'])} runs): {mm(fresh)}"
            f"   (warm-up run {fresh['warmup_ms']:.0f} ms)",
            f"Progress first opening, in this process (after the Programme tab): "
            f"{first['ms']:.0f} ms"
            + (" (pyqtgraph already imported here)" if first["pyqtgraph_before"] else ""),
            f"redraw after an edit, 12 weeks ({len(after['redraw']['runs_ms'])} undo/redo):"
            f" edit -> painted {mm(after['edit_to_painted'])}",
            f"    of which the undo/redo call {mm(after['edit_call'])};"
            f" ProgressTab.redraw {mm(after['redraw'])}",
        ]
        if "redraw_after_edit_all" in found:
            every = found["redraw_after_edit_all"]
            lines += [
                f"redraw after an edit, whole range: edit -> painted "
                f"{mm(every['edit_to_painted'])}",
                f"    ProgressTab.redraw {mm(every['redraw'])}",
            ]
        lines.append(
            f"switch to Progress after an edit on the Programme tab: "
            f"{mm(found['switch_after_edit'])}"
        )
        pure = found["pure_redraw"]
        whole = f"{'whole range':>15}" if f"load {RANGE_LABELS[ALL]}" in pure else ""
        lines.append(f"pure redraw until painted, median / max ms:   {'12 weeks':>15}   {whole}")
        for key, _title in CHARTS:
            cells = [pure.get(f"{key} {RANGE_LABELS[days]}") for days in (TWELVE_WEEKS, ALL)]
            lines.append(
                f"    {key:8}{'':34}"
                + "   ".join(
                    f"{cell['median_ms']:7.1f} / {cell['max_ms']:7.1f}"
                    for cell in cells
                    if cell is not None
                )
            )
        if not whole:
            lines.append("    (whole range skipped: run with --coach-whole-range N)")
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed redraws and edits (7)")
    parser.add_argument(
        "--fresh-runs", type=int, default=5, help="fresh processes for the first opening (5)"
    )
    parser.add_argument("--switches", type=int, default=24, help="timed month switches (24)")
    parser.add_argument(
        "--coach-whole-range",
        type=int,
        default=0,
        metavar="N",
        help="also time the coach redraws of the whole range N times (0: skip; very slow)",
    )
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write the numbers here")
    parser.add_argument(
        "--child", nargs=2, type=Path, metavar=("DB", "SETTINGS"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    if args.child is not None:
        return child_main(*args.child)
    if min(args.runs, args.fresh_runs, args.switches) < 1:
        parser.error("--runs, --fresh-runs and --switches must be at least 1")
    import PySide6

    app = application()
    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="sledplanner-bench-tabs-") as folder:
        work = Path(folder)
        databases = generate(work / "data")
        print(
            f"QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM')}; Python "
            f"{platform.python_version()}, PySide6 {PySide6.__version__}, {os.cpu_count()} CPUs",
            flush=True,
        )
        try:
            for name in DATABASES:
                path = databases[name]
                print(f"  {name}: fresh processes", file=sys.stderr, flush=True)
                fresh = fresh_first_open(path, work, args.fresh_runs)
                print(f"  {name}: in this process", file=sys.stderr, flush=True)
                whole = args.runs if name == TARGET_DATABASE else args.coach_whole_range
                found = in_process(app, path, work, args.runs, args.switches, whole)
                found["fresh"] = fresh
                results[name] = found
        except RuntimeError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    print()
    print(report(results))
    targets = verdicts(results)
    for target in targets:
        print(
            f"{'PASS' if target['pass'] else 'FAIL'}  {target['database']}: {target['measure']}"
            f" {target['value']:.1f} ms <= {target['limit']:.0f} ms"
        )
    if args.json is not None:
        out = {
            "runs": args.runs,
            "fresh_runs": args.fresh_runs,
            "switches": args.switches,
            "python": platform.python_version(),
            "pyside6": PySide6.__version__,
            "cpus": os.cpu_count(),
            "databases": results,
            "targets": targets,
        }
        args.json.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
        print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
