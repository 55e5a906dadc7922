"""Time SledPlanner's start-up and peak memory against a bare PySide6 window (the floor).

Each run starts a fresh process and measures from just before the spawn to the first paint of
the main window, when the process prints ``painted <ms> <peak RSS KiB>``, and to the first
paint with the database shown (``ready``, the same paint unless the file is large enough to be
opened after the window appears), when it quits:

- floor: benchmarks/floor_window.py, a QMainWindow with three empty tabs and nothing else;
- empty, ten-years, coach: ``python -m sledplanner --db PATH`` on the databases of
  generate_databases.py, with SLEDPLANNER_BENCH_FIRST_PAINT set (see sledplanner.app.bench_hook).

Runs are interleaved (floor, empty, ten-years, coach, floor, ...) so a slow spell of the machine
hits every variant alike. One warm-up run of each variant comes first and is not counted: the
first open of a database on a day writes its daily backup into ``backups/`` beside it, which
later opens skip, and the window saves its geometry in the settings of the first run. After
that every run opens the same files with the same settings. Each variant has its own temporary
HOME and XDG folders, so the user's own settings and data are never read or changed.

Targets (ratios of medians to the floor's start-up): the first paint with the data shown
(ready) of ten-years <= 1.6; the first paint of empty <= 1.6 and of coach <= 1.6; coach's data
shown within 1.0 s (an absolute limit); peak memory ten-years <= 1.5. A missed target is
reported, not an error: the exit status is 0 unless a process crashed or did not paint within
the timeout.

Run: .venv/bin/python benchmarks/bench_startup.py [--runs N] [--json OUT] (or `make bench`).
It runs the sledplanner that this Python imports (after `make install`, the installed copy).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import platform
import selectors
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from generate_databases import NAMES, generate

HERE = Path(__file__).resolve().parent
FLOOR = "floor"
VARIANTS = (FLOOR, *NAMES)
TIMEOUT_S = 30.0

#: (measure, variant, limit). startup and ready: the most allowed ratio of the variant's median
#: first paint (ready: with the data shown) to the floor's median; ready_ms: milliseconds;
#: memory: the ratio of the peak memory medians.
TARGETS = (
    ("ready", "ten-years", 1.6),
    ("startup", "empty", 1.6),
    ("startup", "coach", 1.6),
    ("ready_ms", "coach", 1000),
    ("memory", "ten-years", 1.5),
)


class RunFailed(Exception):
    """A process crashed, exited early or did not paint in time."""


@dataclass
class Samples:
    """The measured runs of one variant."""

    startup_ms: list[float] = field(default_factory=list)
    ready_ms: list[float] = field(default_factory=list)
    child_ms: list[float] = field(default_factory=list)
    peak_kib: list[int] = field(default_factory=list)
    warmup_ms: float | None = None

    def median_ms(self) -> float:
        return statistics.median(self.startup_ms)

    def median_ready_ms(self) -> float:
        return statistics.median(self.ready_ms)

    def median_mib(self) -> float:
        return statistics.median(self.peak_kib) / 1024


def command(variant: str, databases: dict[str, Path]) -> list[str]:
    """The command line of one variant."""
    if variant == FLOOR:
        return [sys.executable, str(HERE / "floor_window.py")]
    return [sys.executable, "-m", "sledplanner", "--db", str(databases[variant])]


def home_environment(home: Path) -> dict[str, str]:
    """The environment of a child: offscreen Qt, the hook on, ``home`` for every user folder."""
    folders = {
        "HOME": home,
        "XDG_CONFIG_HOME": home / "config",
        "XDG_DATA_HOME": home / "data",
        "XDG_CACHE_HOME": home / "cache",
        "XDG_STATE_HOME": home / "state",
    }
    for folder in folders.values():
        folder.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env.update({name: str(folder) for name, folder in folders.items()})
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["SLEDPLANNER_BENCH_FIRST_PAINT"] = "1"
    return env


def run_once(argv: list[str], env: dict[str, str], log: Path) -> tuple[float, float, float, int]:
    """Start ``argv`` and wait for its painted and ready lines and its exit.

    Returns:
        The milliseconds from just before the spawn to reading the painted line and to reading
        the ready line, the child's own milliseconds from its T0 to the painted line, and its
        peak RSS in KiB at the ready paint.

    Raises:
        RunFailed: No painted line within the timeout, or a non-zero exit.
    """
    with log.open("wb") as errors:
        env = dict(env, SLEDPLANNER_BENCH_T0=repr(time.time()))
        started = time.perf_counter()
        child = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=errors, env=env)
        assert child.stdout is not None
        line = _line(child, started + TIMEOUT_S, "painted ")
        wall_ms = (time.perf_counter() - started) * 1000
        ready = _line(child, started + TIMEOUT_S, "ready ") if line is not None else None
        ready_ms = (time.perf_counter() - started) * 1000
        try:
            code = child.wait(max(0.1, started + TIMEOUT_S - time.perf_counter()))
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
            raise RunFailed(f"did not quit within {TIMEOUT_S:.0f} s after painting") from None
        finally:
            child.stdout.close()
    if line is None or ready is None:
        raise RunFailed(f"exited with {code} before painting with its data")
    if code != 0:
        raise RunFailed(f"exited with {code} after painting")
    _, child_ms, _ = line.split()
    return wall_ms, ready_ms, float(child_ms), int(ready.split()[2])


_pending: dict[int, bytes] = {}


def _line(child: subprocess.Popen[bytes], deadline: float, prefix: str) -> str | None:
    """Read the child's stdout until a line starting with ``prefix``; None when it ends first."""
    assert child.stdout is not None
    pending = _pending.pop(child.pid, b"")
    with selectors.DefaultSelector() as selector:
        selector.register(child.stdout, selectors.EVENT_READ)
        while True:
            lines = pending.split(b"\n")
            for index, raw in enumerate(lines[:-1]):
                text = raw.decode(errors="replace").strip()
                if text.startswith(prefix):
                    _pending[child.pid] = b"\n".join(lines[index + 1 :])
                    return text
            pending = lines[-1]
            left = deadline - time.perf_counter()
            if left <= 0 or not selector.select(left):
                child.kill()
                child.wait()
                raise RunFailed(f"no '{prefix.strip()}' line within {TIMEOUT_S:.0f} s")
            chunk = os.read(child.stdout.fileno(), 4096)
            if not chunk:
                return None
            pending += chunk


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def measure(runs: int, databases: dict[str, Path], work: Path) -> dict[str, Samples]:
    """Run every variant once to warm up, then ``runs`` times, interleaved."""
    envs = {variant: home_environment(work / f"home-{variant}") for variant in VARIANTS}
    logs = work / "logs"
    logs.mkdir(exist_ok=True)
    samples = {variant: Samples() for variant in VARIANTS}

    def one(variant: str, label: str) -> tuple[float, float, float, int]:
        log = logs / f"{variant}-{label}.stderr"
        try:
            return run_once(command(variant, databases), envs[variant], log)
        except RunFailed as exc:
            tail = log.read_text(errors="replace")[-3000:]
            raise RunFailed(f"{variant} ({label} run): {exc}\n--- its stderr ---\n{tail}") from exc

    for variant in VARIANTS:
        samples[variant].warmup_ms = one(variant, "warm-up")[0]
    before = {name: digest(path) for name, path in databases.items()}
    for number in range(runs):
        for variant in VARIANTS:
            wall_ms, ready_ms, child_ms, peak = one(variant, str(number + 1))
            samples[variant].startup_ms.append(wall_ms)
            samples[variant].ready_ms.append(ready_ms)
            samples[variant].child_ms.append(child_ms)
            samples[variant].peak_kib.append(peak)
        print(f"  run {number + 1}/{runs} done", file=sys.stderr, flush=True)
    for name, path in databases.items():
        if digest(path) != before[name]:
            print(f"note: opening {name} changed the file; runs may differ", file=sys.stderr)
    return samples


def verdicts(samples: dict[str, Samples]) -> list[dict[str, object]]:
    """Each target with the measured ratio and whether it holds."""
    floor = samples[FLOOR]
    found = []
    for what, variant, limit in TARGETS:
        if what == "startup":
            value = samples[variant].median_ms() / floor.median_ms()
        elif what == "ready":
            value = samples[variant].median_ready_ms() / floor.median_ms()
        elif what == "ready_ms":
            value = samples[variant].median_ready_ms()
        else:
            value = samples[variant].median_mib() / floor.median_mib()
        found.append(
            {
                "measure": what,
                "variant": variant,
                "limit": limit,
                # A ratio, or milliseconds for ready_ms.
                "ratio": round(value, 3),
                "pass": value <= limit,
            }
        )
    return found


def table(samples: dict[str, Samples], targets: list[dict[str, object]]) -> str:
    """The results as a text table."""
    floor = samples[FLOOR]
    by_key = {(t["measure"], t["variant"]): t for t in targets}

    def target(*whats: str, variant: str) -> str:
        for what in whats:
            found = by_key.get((what, variant))
            if found is not None:
                unit = " ms" if what == "ready_ms" else ""
                return f"<={found['limit']}{unit} {'PASS' if found['pass'] else 'FAIL'}"
        return ""

    lines = [
        f"{'':10} {'start-up ms':>12} {'min':>7} {'max':>7} {'x floor':>8} {'target':>11}"
        f" {'child ms':>9} {'1st run':>8} {'ready ms':>9} {'x floor':>8} {'target':>14}"
        f" | {'peak MiB':>9} {'x floor':>8} {'target':>11}",
    ]
    for variant, each in samples.items():
        lines.append(
            f"{variant:10} {each.median_ms():12.0f} {min(each.startup_ms):7.0f}"
            f" {max(each.startup_ms):7.0f} {each.median_ms() / floor.median_ms():8.2f}"
            f" {target('startup', variant=variant):>11} {statistics.median(each.child_ms):9.0f}"
            f" {each.warmup_ms or 0:8.0f} {each.median_ready_ms():9.0f}"
            f" {each.median_ready_ms() / floor.median_ms():8.2f}"
            f" {target('ready', 'ready_ms', variant=variant):>14} | {each.median_mib():9.1f}"
            f" {each.median_mib() / floor.median_mib():8.2f}"
            f" {target('memory', variant=variant):>11}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="measured runs of each (default 7)")
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write the numbers here")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    import PySide6

    import sledplanner

    with tempfile.TemporaryDirectory(prefix="sledplanner-bench-") as folder:
        work = Path(folder)
        seconds: dict[str, float] = {}
        databases = generate(work / "data", seconds=seconds)
        sizes = {name: path.stat().st_size for name, path in databases.items()}
        for name in databases:
            print(
                f"{name:10} {sizes[name] / 1024:9,.0f} KiB, generated in {seconds[name]:.1f} s",
                flush=True,
            )
        print(
            f"{args.runs} runs + 1 warm-up of each of {', '.join(VARIANTS)}, QT_QPA_PLATFORM="
            f"offscreen; Python {platform.python_version()}, PySide6 {PySide6.__version__}, "
            f"{os.cpu_count()} CPUs; sledplanner from {Path(sledplanner.__file__).parent}",
            flush=True,
        )
        if not Path(importlib.util.cache_from_source(sledplanner.__file__)).exists():
            print(
                "note: sledplanner has no compiled bytecode here (PYTHONDONTWRITEBYTECODE?), "
                "so every start compiles it; an installed copy has it",
                flush=True,
            )
        try:
            samples = measure(args.runs, databases, work)
        except RunFailed as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    targets = verdicts(samples)
    print()
    print(table(samples, targets))
    print(
        "\nstart-up: spawn to the first paint of the main window, measured by this script "
        "(median, min, max);\nchild ms: the same as the process itself saw it; 1st run: the "
        "warm-up run, which writes the daily backup.\nready: spawn to the first paint with "
        "the database shown (later than start-up only for files opened after the window "
        "appears),\nmedian, and its ratio to the floor's start-up.\npeak MiB: the process's "
        "peak RSS (VmHWM) at the ready paint, median."
    )
    if args.json is not None:
        report = {
            "runs": args.runs,
            "python": platform.python_version(),
            "pyside6": PySide6.__version__,
            "cpus": os.cpu_count(),
            "databases": {
                name: {"bytes": sizes[name], "generate_s": round(seconds[name], 3)}
                for name in databases
            },
            "variants": {
                variant: {
                    "startup_ms": [round(ms, 1) for ms in each.startup_ms],
                    "ready_ms": [round(ms, 1) for ms in each.ready_ms],
                    "child_ms": each.child_ms,
                    "peak_rss_kib": each.peak_kib,
                    "warmup_ms": round(each.warmup_ms or 0, 1),
                    "median_startup_ms": round(each.median_ms(), 1),
                    "median_peak_rss_mib": round(each.median_mib(), 1),
                    "startup_ratio": round(each.median_ms() / samples[FLOOR].median_ms(), 3),
                    "memory_ratio": round(each.median_mib() / samples[FLOOR].median_mib(), 3),
                }
                for variant, each in samples.items()
            },
            "targets": targets,
        }
        args.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
        print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
