"""SIGKILL during an import, a migration, backups and restores: all or nothing, every time.

After every kill the database must load and hold either the state before the operation or the
state after it, completely; a backup listed as such is a whole copy; and the only other files
left behind are temporary files no reader mistakes for the database or for a backup
(``.NAME.XXXX.tmp``). ``make test`` runs a few kills of each; ``make test-slow`` runs enough that,
with test_kill.py, at least 500 kills are made.
"""

from __future__ import annotations

import importlib.util
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from sledplanner.domain.gear import GearItem
from sledplanner.domain.units import Mass
from sledplanner.services.gear import GearService
from sledplanner.services.workspace import open_workspace
from sledplanner.storage.atomic import serialise, write_atomically
from sledplanner.storage.backups import backup_folder, list_backups
from sledplanner.storage.database import open_database

WORKER = Path(__file__).with_name("kill_more_worker.py")
ENV = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "QT_QPA_PLATFORM": "offscreen"}


def _worker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("kill_more_worker", WORKER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _start(args: list[str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV
    )


def _kill_after(proc: subprocess.Popen[bytes], delay: float) -> tuple[list[str], bool]:
    """Kill ``proc`` after ``delay`` seconds unless it ended; return its whole lines, if killed."""
    try:
        proc.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate(timeout=60)
    # The process may finish in the instant between the timeout and the signal: then it was not
    # killed, and it must have ended cleanly.
    killed = proc.returncode == -signal.SIGKILL
    if not killed:
        assert proc.returncode == 0, err.decode()
    return out.decode().split("\n")[:-1], killed  # the last piece may be a cut-off line


def _kill_after_ready(args: list[str], rng: random.Random, most: float) -> list[str]:
    """Start a worker, wait for its ``ready`` line, kill it at a random moment up to ``most``.

    Returns every whole line it printed, ``ready`` first (a worker that ended first is not killed).
    """
    proc = _start(args)
    assert proc.stdout is not None
    first = proc.stdout.readline()
    assert first == b"ready\n", proc.stderr.read().decode() if proc.stderr else "worker died"
    lines, _ = _kill_after(proc, rng.uniform(0.0, most))
    return ["ready", *lines]


def _assert_only_temporaries_left(folder: Path, database: Path, also: tuple[str, ...] = ()) -> None:
    """Besides the database (and ``also``), only ``.NAME.XXXX.tmp`` files may remain."""
    temporary = re.compile(rf"^\.{re.escape(database.name)}\..+\.tmp$")
    for entry in folder.iterdir():
        if entry == database or entry.name in also or entry.name.startswith(also or ("\0",)):
            continue
        if entry.name == backup_folder(database).name:
            continue
        assert temporary.match(entry.name), f"unexpected file {entry.name}"


def _clean_temporaries(folder: Path) -> None:
    for entry in folder.iterdir():
        if entry.is_file() and entry.name.endswith(".tmp"):
            entry.unlink()


# ------------------------------------------------------------------ import


IMPORT_ROWS = 4000
ORIGINAL_GEAR = ["Prowler", "Bell", "Plate"]


def _import_setup(folder: Path) -> tuple[Path, Path, bytes]:
    db, source = folder / "state.json", folder / "gear.csv"
    workspace = open_workspace(db, create=True)
    GearService(workspace).add_many(
        GearItem(kind=kind, name=name, mass=Mass.of("20", "kg"))
        for kind, name in zip(("sled", "kettlebell", "plate"), ORIGINAL_GEAR, strict=True)
    )
    workspace.close()
    rows = "".join(f"plate,Item {i},{1 + i % 40},kg,2,89.00,USD\n" for i in range(IMPORT_ROWS))
    source.write_text("kind,name,mass,mass_unit,quantity,unit_price,currency\n" + rows, "utf-8")
    return db, source, db.read_bytes()


def _import_state(db: Path) -> str:
    """'old' or 'new'; fails on anything in between."""
    workspace = open_workspace(db, read_only=True)
    try:
        gear = GearService(workspace)
        assert not gear.problems()
        names = [item.name for item in gear.items()]
    finally:
        workspace.close()
    if names == ORIGINAL_GEAR:
        return "old"
    assert names == ORIGINAL_GEAR + [f"Item {i}" for i in range(IMPORT_ROWS)], "partial import"
    return "new"


def run_import_kills(folder: Path, kills: int, seed: int) -> Counter[str]:
    rng = random.Random(seed)
    db, source, original = _import_setup(folder)
    args = ["-m", "sledplanner", "import", "--db", str(db), "--gear-csv", str(source)]
    started = time.monotonic()
    _kill_after(_start(args), 120)  # one run to the end: how long an import takes
    whole = time.monotonic() - started
    assert _import_state(db) == "new"
    seen: Counter[str] = Counter()
    for _ in range(kills):
        write_atomically(db, original)
        _, killed = _kill_after(_start(args), rng.uniform(0.3, 1.05) * whole)
        state = _import_state(db)
        seen[state if killed else "finished"] += 1
        json.loads(db.read_text("utf-8"))
        _assert_only_temporaries_left(folder, db, also=(source.name, f"{db.name}.lock"))
        _clean_temporaries(folder)
    return seen


def test_sigkill_during_a_cli_import_adds_all_rows_or_none(tmp_path: Path) -> None:
    run_import_kills(tmp_path, kills=3, seed=61)


@pytest.mark.slow
def test_sigkill_during_a_cli_import_50_times(tmp_path: Path) -> None:
    seen = run_import_kills(tmp_path, kills=50, seed=62)
    assert seen["old"] and seen["new"] + seen["finished"], seen


# ------------------------------------------------------------------ migration

MIGRATION_RECORDS = 15_000


def _migration_setup(db: Path) -> bytes:
    tables = {
        "meta": {"1": {"schema_version": 1, "created": "2026-01-01T00:00:00+00:00"}},
        "items": {str(i + 1): {"n": i, "name": f"item {i}"} for i in range(MIGRATION_RECORDS)},
    }
    write_atomically(db, serialise(tables))
    return db.read_bytes()


def _migration_state(db: Path, original: bytes, worker: ModuleType) -> str:
    raw = db.read_bytes()
    database = open_database(db, read_only=True, migrations=worker.STEPS, target=worker.TARGET)
    database.close()
    for backup in list_backups(db):
        assert backup.read_bytes() == original, f"incomplete backup {backup.name}"
    if raw == original:
        return "old"
    tables = json.loads(raw)
    assert tables["meta"]["1"]["schema_version"] == worker.TARGET
    items = tables["items"]
    assert len(items) == MIGRATION_RECORDS
    for key, record in items.items():
        n = int(key) - 1
        assert record == {"n": n, "label": f"item {n}", "double": 2 * n}, "half-migrated record"
    return "new"


def run_migration_kills(folder: Path, kills: int, seed: int) -> Counter[str]:
    rng = random.Random(seed)
    worker = _worker()
    db = folder / "state.json"
    original = _migration_setup(db)
    args = [str(WORKER), "migrate", str(db)]
    proc = _start(args)
    assert proc.stdout is not None and proc.stdout.readline() == b"ready\n"
    started = time.monotonic()
    _kill_after(proc, 120)
    whole = time.monotonic() - started  # how long the upgrade takes after "ready"
    assert _migration_state(db, original, worker) == "new"
    seen: Counter[str] = Counter()
    for _ in range(kills):
        write_atomically(db, original)
        shutil.rmtree(backup_folder(db), ignore_errors=True)
        lines = _kill_after_ready(args, rng, whole * 1.05)
        state = _migration_state(db, original, worker)
        if "done" in lines:
            assert state == "new", "the upgrade returned but the file is not upgraded"
        seen[state] += 1
        _assert_only_temporaries_left(folder, db)
        _clean_temporaries(folder)
    return seen


def test_sigkill_during_a_migration_leaves_the_old_or_the_upgraded_file(tmp_path: Path) -> None:
    run_migration_kills(tmp_path, kills=3, seed=71)


@pytest.mark.slow
def test_sigkill_during_a_migration_80_times(tmp_path: Path) -> None:
    seen = run_migration_kills(tmp_path, kills=80, seed=72)
    assert seen["old"] and seen["new"], seen


# ------------------------------------------------------------------ backups and restores


def _database_with(db: Path, count: int, label: str) -> bytes:
    tables = {
        "meta": {"1": {"schema_version": 1, "created": "2026-01-01T00:00:00+00:00"}},
        "gear": {
            str(i + 1): GearItem(
                kind="plate", name=f"{label} {i}", mass=Mass.of("20", "kg"), id=f"{label}-{i}"
            ).to_dict()
            for i in range(count)
        },
    }
    write_atomically(db, serialise(tables))
    return db.read_bytes()


def run_backup_kills(folder: Path, kills: int, seed: int) -> int:
    rng = random.Random(seed)
    db = folder / "state.json"
    original = _database_with(db, 1500, "kept")
    written = 0
    for _ in range(kills):
        lines = _kill_after_ready([str(WORKER), "backup", str(db)], rng, 0.25)
        assert db.read_bytes() == original, "a backup changed the database"
        open_database(db, read_only=True).close()
        listed = list_backups(db)
        if len(lines) > 1:  # older ones may have been pruned (the newest event backups are kept)
            assert Path(lines[-1]) in listed, f"a finished backup is not listed: {lines[-1]}"
        for backup in listed:
            assert backup.read_bytes() == original, f"incomplete backup {backup.name}"
            assert not backup.name.startswith(".")
        written += len(lines) - 1
        _assert_only_temporaries_left(folder, db)
        # Keep the folder small between kills. A kill that lands before the first backup has
        # made the folder leaves none to remove.
        if backup_folder(db).exists():
            shutil.rmtree(backup_folder(db))
    return written


def run_restore_kills(folder: Path, kills: int, seed: int) -> None:
    rng = random.Random(seed)
    db = folder / "state.json"
    sources = [folder / "a.json", folder / "b.json"]
    contents = [_database_with(path, 1500, name) for path, name in zip(sources, "ab", strict=True)]
    args = [str(WORKER), "restore", str(db), *map(str, sources)]
    for _ in range(kills):
        write_atomically(db, contents[1])
        lines = _kill_after_ready(args, rng, 0.25)
        raw = db.read_bytes()
        assert raw in contents, "the database is neither backup after a killed restore"
        workspace = open_workspace(db, read_only=True)
        assert len(GearService(workspace).items()) == 1500
        workspace.close()
        if len(lines) > 1:  # restores returned: the file is the last one or the one after it
            last = int(lines[-1])
            assert raw in (contents[last % 2], contents[(last + 1) % 2])
        for source, content in zip(sources, contents, strict=True):
            assert source.read_bytes() == content, "a restore changed its backup"
        _assert_only_temporaries_left(folder, db, also=("a.json", "b.json"))
        _clean_temporaries(folder)
        shutil.rmtree(backup_folder(db), ignore_errors=True)


def test_sigkill_during_backups_leaves_only_whole_backups(tmp_path: Path) -> None:
    assert run_backup_kills(tmp_path, kills=2, seed=81) > 0


def test_sigkill_during_restores_leaves_one_backup_or_the_other(tmp_path: Path) -> None:
    run_restore_kills(tmp_path, kills=2, seed=91)


@pytest.mark.slow
def test_sigkill_during_backups_40_times(tmp_path: Path) -> None:
    run_backup_kills(tmp_path, kills=40, seed=82)


@pytest.mark.slow
def test_sigkill_during_restores_40_times(tmp_path: Path) -> None:
    run_restore_kills(tmp_path, kills=40, seed=92)
