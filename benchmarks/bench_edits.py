"""Time one edit of a session in the window: how long the GUI thread is blocked, and until disk.

For the "ten-years" (1,560 sessions) and "coach" (50,000 sessions) databases of
generate_databases.py, written into a temporary folder, the script opens a Controller with the
main window shown (settings in that folder, so the user's own are never read), as the app does:
the FileGuard starts the storage's writer thread, which saves in the background. With the
Programme tab selected it makes, one after the other, ``--runs`` edits of each kind:

- add: a new session on the selected day (today);
- edit: a planned session of the shown month gets 1 kg (or lb) more planned load (1 more minute when
  it has no load).

Each edit goes through the Programme tab's undoable command helpers (``ProgrammeTab._perform``
for Add…, ``ProgrammeTab._replace`` for Edit…), which call ScheduleService.add / update and
push the command on the undo stack, followed by the tab's own ``month.select`` and
``day_panel.select_id``: exactly what Add… and Edit… do once their dialog is accepted. The
dialog itself is left out (it waits for the user).

Measured for every edit, on the GUI thread:

- sync: from the call until ``app.processEvents()`` returns, so the refresh the service's
  listeners trigger and the repaint it schedules are included;
- gap: then a 1 ms heartbeat QTimer runs in an event loop until the write is durable; the
  longest gap between beats (from the end of the sync part on) is time the GUI thread could
  not run, e.g. while the writer thread holds the GIL serialising the tables;
- blocked: the larger of sync and gap, the figure held against the target;
- durable: from the call until the writer thread reports the generation of the edit saved
  (written, fsynced and renamed). It is stamped in the writer thread itself (a direct
  connection to the FileGuard's saved signal), so nothing polls;
- after: the longest heartbeat gap in the FileGuard's debounce window after the save (its
  check of the file), as information. The next edit starts only after that window.

One warm-up edit of each kind comes first and is reported but not counted.

Targets (issue): blocked median <= 16 ms (ten-years), <= 50 ms (coach); every edit durable
within 1 s (the max). A missed target is reported, not an error: the exit status is 0 unless
the benchmark itself failed.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_edits.py [--runs N]
[--json OUT] [--profile] (or `make bench`). --profile adds one cProfile'd edit of each kind per
database (GUI thread only) and prints its top 10 functions by cumulative time.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import platform
import pstats
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from generate_databases import generate  # noqa: E402
from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from sledplanner.app.controller import Controller  # noqa: E402
from sledplanner.app.file_guard import FileGuard  # noqa: E402
from sledplanner.app.gui import application  # noqa: E402
from sledplanner.domain.sessions import Activity, Session, SessionStatus  # noqa: E402
from sledplanner.domain.units import Mass  # noqa: E402
from sledplanner.storage.atomic import AtomicJSONStorage  # noqa: E402
from sledplanner.ui.programme.tab import ProgrammeTab  # noqa: E402

DATABASES = ("ten-years", "coach")
KINDS = ("add", "edit")
#: Most allowed median of "blocked", in ms, per database.
BLOCKED_LIMIT_MS = {"ten-years": 16.0, "coach": 50.0}
#: Every edit must be durable within this many ms.
DURABLE_LIMIT_MS = 1000.0
#: Give up on one edit's save after this long.
TIMEOUT_S = 30.0
#: Time watched after the save: the FileGuard's debounce, and a little more for its check.
TAIL_S = FileGuard.DEBOUNCE_MS / 1000 + 0.15


@dataclass
class Edit:
    """The figures of one edit, in ms."""

    sync: float
    gap: float
    durable: float
    after: float
    writes: int
    #: The save was done before the GUI thread was free again (so no heartbeat gap to see).
    saved_in_sync: bool

    @property
    def blocked(self) -> float:
        return max(self.sync, self.gap)


@dataclass
class Series:
    """The measured edits of one kind on one database."""

    warmup: Edit | None = None
    runs: list[Edit] = field(default_factory=list)

    def values(self, name: str) -> list[float]:
        return [getattr(edit, name) for edit in self.runs]

    def median(self, name: str) -> float:
        return statistics.median(self.values(name))

    def max(self, name: str) -> float:
        return max(self.values(name))


class SaveLog:
    """Called in the writer thread with each generation it saved; stamps it."""

    def __init__(self) -> None:
        self.events: list[tuple[int, float]] = []

    def __call__(self, generation: int) -> None:
        self.events.append((generation, time.perf_counter()))

    def saved_at(self, generation: int) -> float | None:
        """When a write holding ``generation`` was done, or None yet."""
        for saved, stamp in list(self.events):
            if saved >= generation:
                return stamp
        return None


class Bench:
    """One database open in the window, ready for edits."""

    def __init__(self, app: QApplication, path: Path, settings: Path) -> None:
        self.app = app
        self.controller = Controller(QSettings(str(settings), QSettings.Format.IniFormat))
        if not self.controller.open_path(path):
            raise RuntimeError(f"could not open {path}")
        window = self.controller.window
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        window.select_tab("programme")
        app.processEvents()
        tab = window.programme_tab
        services = window.services
        workspace = self.controller.workspace
        assert tab is not None and services is not None and workspace is not None
        self.tab: ProgrammeTab = tab
        self.schedule = services.schedule
        self.gear = services.gear
        self.storage: AtomicJSONStorage = workspace.database.storage
        guard = window.pending_saves.saver
        if not isinstance(guard, FileGuard) or not self.storage.writes_behind:
            raise RuntimeError("the window did not start saving in the background")
        self.log = SaveLog()
        # Stamped in the writer thread as it reports the save (the guard queues it for the GUI).
        guard._saved.connect(self.log, Qt.ConnectionType.DirectConnection)
        self.today = self.schedule.today()
        sleds = self.gear.sleds()
        preferences = self.gear.preferences()
        self.sled_id = preferences.default_sled_id or (sleds[0].id if sleds else None)
        self.surface = preferences.default_surface
        self._edited = 0
        self.settle()

    def close(self) -> None:
        window = self.controller.window
        self.controller.close()
        window.close()
        window.deleteLater()
        self.app.processEvents()

    # ------------------------------------------------------------------ the edits
    def prepare(self, kind: str) -> Callable[[], None]:
        """Select what the user would have selected; return the edit to time."""
        tab = self.tab
        if kind == "add":
            tab.month.select(self.today)
            self.app.processEvents()
            session = Session(
                self.today,
                activity=Activity.BACKWARD_DRAG,
                planned_minutes=10,
                planned_load=Mass.of("20", "kg"),
                surface=self.surface,
                sled_id=self.sled_id,
            )

            def add() -> None:
                done = tab._perform(
                    "plan session",
                    lambda: self.schedule.add(session),
                    lambda: self.schedule.remove(session.id),
                )
                assert done, "the add failed"
                tab.month.select(session.day)
                tab.day_panel.select_id(session.id)

            return add
        before = self._next_planned()
        tab.month.select(before.day)
        tab.day_panel.select_id(before.id)
        self.app.processEvents()
        if before.planned_load is not None:
            load = before.planned_load
            after = before.with_changes(planned_load=Mass.of(load.value + 1, load.unit))
        else:
            after = before.with_changes(planned_minutes=before.planned_minutes % 60 + 1)

        def edit() -> None:
            assert tab._replace("edit session", before, after), "the edit failed"
            tab.month.select(after.day)
            tab.day_panel.select_id(after.id)

        return edit

    def _next_planned(self) -> Session:
        """A planned session of the shown month, a different one each time."""
        first, last = self.tab.month.visible_range()
        planned = [
            s
            for s in self.schedule.sessions_between(first, last)
            if s.status is SessionStatus.PLANNED and s.day >= self.today
        ]
        if not planned:
            raise RuntimeError("no planned session in the shown month to edit")
        self._edited += 1
        return planned[self._edited % len(planned)]

    # ------------------------------------------------------------------ measuring
    def measure(self, kind: str) -> Edit:
        """Make one edit of ``kind`` and time it."""
        run = self.prepare(kind)
        self.settle()
        writes_before = len(self.log.events)
        started = time.perf_counter()
        run()
        self.app.processEvents()
        synced = time.perf_counter()
        generation = self.storage.generation
        stamps = self.heartbeat(generation)
        saved = self.log.saved_at(generation)
        if saved is None:
            raise RuntimeError(f"the {kind} was not saved within {TIMEOUT_S:.0f} s")
        before_save, after_save = [], []
        for previous, stamp in zip([synced, *stamps], stamps, strict=False):
            (before_save if previous < saved else after_save).append(stamp - previous)
        return Edit(
            sync=(synced - started) * 1000,
            gap=max(before_save, default=0.0) * 1000,
            durable=(saved - started) * 1000,
            after=max(after_save, default=0.0) * 1000,
            writes=len(self.log.events) - writes_before,
            saved_in_sync=saved <= synced,
        )

    def heartbeat(self, generation: int) -> list[float]:
        """Run the event loop with a 1 ms timer until ``generation`` is saved, plus TAIL_S.

        Returns the perf_counter() of every beat.
        """
        loop = QEventLoop()
        stamps: list[float] = []
        deadline = time.perf_counter() + TIMEOUT_S

        def beat() -> None:
            now = time.perf_counter()
            stamps.append(now)
            saved = self.log.saved_at(generation)
            if (saved is not None and now >= saved + TAIL_S) or now > deadline:
                loop.quit()

        timer = QTimer()
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.setInterval(1)
        timer.timeout.connect(beat)
        timer.start()
        loop.exec()
        timer.stop()
        return stamps

    def settle(self) -> None:
        """Wait until nothing is being written and the window has had a quiet moment."""
        self.storage.wait_until_idle(TIMEOUT_S)
        end = time.perf_counter() + TAIL_S
        while time.perf_counter() < end:
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
            time.sleep(0.002)

    def profile(self, kind: str) -> str:
        """One more edit of ``kind`` under cProfile (GUI thread): top 10 cumulative and own."""
        run = self.prepare(kind)
        self.settle()
        profiler = cProfile.Profile()
        profiler.enable()
        run()
        self.app.processEvents()
        profiler.disable()
        self.heartbeat(self.storage.generation)
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        stats.sort_stats("cumulative").print_stats(10)
        stats.sort_stats("tottime").print_stats(10)
        return out.getvalue()


def measure(
    app: QApplication, name: str, path: Path, work: Path, runs: int, profile: bool
) -> tuple[dict[str, Series], int, dict[str, str]]:
    """Open ``path``, make one warm-up and ``runs`` edits of each kind, interleaved."""
    bench = Bench(app, path, work / f"settings-{name}.ini")
    profiles: dict[str, str] = {}
    try:
        count = bench.schedule.count()
        found = {kind: Series() for kind in KINDS}
        for kind in KINDS:
            found[kind].warmup = bench.measure(kind)
        for number in range(runs):
            for kind in KINDS:
                found[kind].runs.append(bench.measure(kind))
            print(f"  {name}: run {number + 1}/{runs} done", file=sys.stderr, flush=True)
        if profile:
            profiles = {kind: bench.profile(kind) for kind in KINDS}
    finally:
        bench.close()
    return found, count, profiles


def verdicts(results: dict[str, dict[str, Series]]) -> list[dict[str, Any]]:
    """Each target with the measured figure and whether it holds."""
    found = []
    for name, kinds in results.items():
        for kind, series in kinds.items():
            blocked = series.median("blocked")
            found.append(
                {
                    "measure": "blocked median ms",
                    "database": name,
                    "edit": kind,
                    "limit": BLOCKED_LIMIT_MS[name],
                    "value": round(blocked, 2),
                    "pass": blocked <= BLOCKED_LIMIT_MS[name],
                }
            )
            durable = series.max("durable")
            found.append(
                {
                    "measure": "durable max ms",
                    "database": name,
                    "edit": kind,
                    "limit": DURABLE_LIMIT_MS,
                    "value": round(durable, 2),
                    "pass": durable <= DURABLE_LIMIT_MS,
                }
            )
    return found


def table(results: dict[str, dict[str, Series]], counts: dict[str, int]) -> str:
    """The results as a text table: median / max of each figure."""
    lines = [
        f"{'database':10} {'edit':4} | {'blocked ms':>15} | {'sync ms':>13} | {'gap ms':>13} |"
        f" {'durable ms':>15} | {'after ms':>13} | saved   | warm-up ms",
        f"{'':10} {'':4} | {'median    max':>15} | {'median   max':>13} |"
        f" {'median   max':>13} | {'median    max':>15} | {'median   max':>13} | in sync |"
        " blocked/durable",
    ]
    for name, kinds in results.items():
        for kind, series in kinds.items():
            warm = series.warmup
            warm_text = f"{warm.blocked:.1f} / {warm.durable:.1f}" if warm else ""
            in_sync = sum(edit.saved_in_sync for edit in series.runs)
            lines.append(
                f"{name:10} {kind:4} |"
                f" {series.median('blocked'):7.1f} {series.max('blocked'):7.1f} |"
                f" {series.median('sync'):6.1f} {series.max('sync'):6.1f} |"
                f" {series.median('gap'):6.1f} {series.max('gap'):6.1f} |"
                f" {series.median('durable'):7.1f} {series.max('durable'):7.1f} |"
                f" {series.median('after'):6.1f} {series.max('after'):6.1f} |"
                f" {in_sync:3d}/{len(series.runs):<3d} | {warm_text}"
            )
        lines.append(f"{'':10} ({counts[name]:,} sessions)")
    return "\n".join(lines)


def verdict_lines(targets: list[dict[str, Any]]) -> str:
    lines = []
    for target in targets:
        lines.append(
            f"{'PASS' if target['pass'] else 'FAIL'}  {target['database']:10} {target['edit']:4}"
            f" {target['measure']:18} {target['value']:8.1f} <= {target['limit']:.0f}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="measured edits of each kind (9)")
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write the numbers here")
    parser.add_argument(
        "--profile", action="store_true", help="profile one more edit of each kind (cProfile)"
    )
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    import PySide6

    app = application()
    results: dict[str, dict[str, Series]] = {}
    counts: dict[str, int] = {}
    profiles: dict[str, dict[str, str]] = {}
    with tempfile.TemporaryDirectory(prefix="sledplanner-bench-edits-") as folder:
        work = Path(folder)
        databases = generate(work / "data", today=date.today())
        print(
            f"{args.runs} edits of each kind (add, edit) + 1 warm-up, per database; "
            f"QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM')}; Python "
            f"{platform.python_version()}, PySide6 {PySide6.__version__}, {os.cpu_count()} CPUs; "
            f"files in {work}",
            flush=True,
        )
        print(
            "path: ProgrammeTab._perform (Add…) / _replace (Edit…) -> ScheduleService.add / "
            "update, undo stack push, then month.select + day_panel.select_id, as the tab does "
            "after its dialog (the dialog is left out)",
            flush=True,
        )
        try:
            for name in DATABASES:
                found, count, profiled = measure(
                    app, name, databases[name], work, args.runs, args.profile
                )
                results[name], counts[name], profiles[name] = found, count, profiled
        except (RuntimeError, AssertionError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    targets = verdicts(results)
    print()
    print(table(results, counts))
    print(
        "\nblocked = max(sync, gap). sync: the edit call until app.processEvents() returns "
        "(refresh and repaint included);\ngap: longest beat of a 1 ms heartbeat from then until "
        "the save (GUI thread unable to run, e.g. GIL held by the writer);\ndurable: the call "
        "until the writer thread reported the edit's generation written and fsynced;\nafter: "
        f"longest heartbeat gap in the {TAIL_S * 1000:.0f} ms after the save (FileGuard "
        "check);\nsaved in sync: edits whose save was done before the GUI thread was free (no gap "
        "left to see; the writer ran while the GUI thread waited for the GIL)."
    )
    print()
    print(verdict_lines(targets))
    for name, kinds in profiles.items():
        for kind, text in kinds.items():
            print(f"\n--- cProfile, one {kind} on {name} (GUI thread, sync part) ---")
            print(text.strip())
    if args.json is not None:
        report = {
            "runs": args.runs,
            "python": platform.python_version(),
            "pyside6": PySide6.__version__,
            "cpus": os.cpu_count(),
            "databases": {
                name: {
                    "sessions": counts[name],
                    **{
                        kind: {
                            "warmup": vars(series.warmup) if series.warmup else None,
                            **{
                                figure: [round(v, 2) for v in series.values(figure)]
                                for figure in ("blocked", "sync", "gap", "durable", "after")
                            },
                            "writes": series.values("writes"),
                            "saved_in_sync": [e.saved_in_sync for e in series.runs],
                        }
                        for kind, series in kinds.items()
                    },
                }
                for name, kinds in results.items()
            },
            "targets": targets,
        }
        args.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
        print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
