"""SIGKILL a writing process at random moments: the file must load and hold every returned write."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sledplanner.storage.database import open_database

WRITER = Path(__file__).with_name("kill_writer.py")


def _kill_once(db: Path, rng: random.Random, behind: bool) -> list[int]:
    """Start the writer, kill it at a random moment, return the writes it reported done."""
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(db), *(["--behind"] if behind else [])],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()  # the process is writing once the first number arrives
    assert first, proc.stderr.read().decode() if proc.stderr else "writer died"
    time.sleep(rng.uniform(0.0, 0.25))
    proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL, err.decode()
    lines = (first + out).decode().split("\n")
    return [int(line) for line in lines[:-1]]  # the last piece may be a cut-off line


def run_kills(db: Path, kills: int, seed: int, *, behind: bool = False) -> None:
    rng = random.Random(seed)
    confirmed: set[int] = set()
    for kill in range(kills):
        done = _kill_once(db, rng, behind)
        confirmed.update(done)
        json.loads(db.read_text("utf-8"))  # the bytes on disk are whole JSON
        database = open_database(db, read_only=True)
        stored = {doc["i"] for doc in database.db.table("writes").all()}
        missing = confirmed - stored
        assert not missing, f"kill {kill}: returned writes lost: {sorted(missing)[:10]}"
        last = database.db.table("counter").all()[0]["last"]
        assert last >= max((i for i in confirmed if i % 3 == 0), default=-1)
        database.close()
    assert len(confirmed) > kills  # the writer really wrote between kills


def test_sigkill_during_writes_loses_nothing_that_returned(tmp_path: Path) -> None:
    run_kills(tmp_path / "kill.json", kills=20, seed=20261123)


@pytest.mark.slow
def test_sigkill_200_times(tmp_path: Path, torture: dict[str, int]) -> None:
    run_kills(tmp_path / "kill.json", kills=300, seed=7)
    torture["kills"] = torture.get("kills", 0) + 300
    torture["lost"] = torture.get("lost", 0)  # run_kills fails the test on any loss


def test_sigkill_with_a_writer_thread_loses_nothing_it_reported_saved(tmp_path: Path) -> None:
    run_kills(tmp_path / "kill-behind.json", kills=10, seed=20261124, behind=True)


@pytest.mark.slow
def test_sigkill_200_times_with_a_writer_thread(tmp_path: Path, torture: dict[str, int]) -> None:
    run_kills(tmp_path / "kill-behind.json", kills=200, seed=11, behind=True)
    torture["kills"] = torture.get("kills", 0) + 200
    torture["lost"] = torture.get("lost", 0)
