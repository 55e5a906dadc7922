"""Locks: the real cause when one cannot be made, other machines named, reused process ids seen."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sledplanner.app.lock import DatabaseLock, lock_path

CLI = [sys.executable, "-m", "sledplanner"]
GEAR_CSV = "kind,name,mass,mass_unit\nkettlebell,Kettlebell 20 lb,20,lb\n"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([*CLI, *args], capture_output=True, text=True, env=env, timeout=60)


@pytest.fixture
def csv_file(tmp_path: Path) -> Path:
    path = tmp_path / "gear.csv"
    path.write_text(GEAR_CSV, "utf-8")
    return path


def write_lock(database: Path, pid: int, host: str, age_s: float) -> Path:
    """A lock file as Qt writes it, naming ``pid`` on ``host``, last written ``age_s`` ago."""
    path = lock_path(database)
    path.write_text(f"{pid}\nsledplanner\n{host}\n0000\n0000\n", "utf-8")
    then = time.time() - age_s
    os.utime(path, (then, then))
    return path


def test_a_folder_in_the_locks_place_is_named_as_the_cause(tmp_path: Path, csv_file: Path) -> None:
    db = tmp_path / "training.json"
    lock_path(db).mkdir()
    result = run("import", "--db", str(db), "--gear-csv", str(csv_file))
    assert result.returncode == 3
    assert "a folder has the lock file's name" in result.stderr
    assert "another SledPlanner" not in result.stderr


def test_a_lock_from_another_machine_names_it_and_its_age(tmp_path: Path, csv_file: Path) -> None:
    db = tmp_path / "training.json"
    write_lock(db, 4242, "field-laptop", 30 * 86_400)
    result = run("import", "--db", str(db), "--gear-csv", str(csv_file))
    assert result.returncode == 3
    assert "may be open on another machine, field-laptop (process 4242" in result.stderr
    assert "SledPlanner on field-laptop may have the file open" in result.stderr
    assert "30 days ago" in result.stderr
    assert "offers to take the lock over" in result.stderr
    lock = DatabaseLock(db)
    assert not lock.acquire() and lock.holder().elsewhere
    seen = lock.snapshot()
    write_lock(db, 4243, "field-laptop", 0)  # meanwhile the lock changed: not taken
    assert not lock.take_over(seen)
    assert lock.take_over(lock.snapshot())
    lock.release()


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc start times")
def test_a_lock_naming_a_process_that_started_later_is_taken_over(
    tmp_path: Path, csv_file: Path
) -> None:
    """The id of a killed SledPlanner now belongs to another, younger process."""
    db = tmp_path / "training.json"
    stranger = subprocess.Popen(["sleep", "30"])
    try:
        write_lock(db, stranger.pid, socket.gethostname(), 3600)
        assert "sledplanner" not in Path(f"/proc/{stranger.pid}/cmdline").read_text().lower()
        result = run("import", "--db", str(db), "--gear-csv", str(csv_file))
        assert result.returncode == 0, result.stderr
        assert "1 gear item" in result.stdout
        # The same process named in a lock written after it started is a live owner.
        write_lock(db, stranger.pid, socket.gethostname(), 0)
        again = run("import", "--db", str(db), "--gear-csv", str(csv_file))
        assert again.returncode == 3
        assert f"process {stranger.pid}" in again.stderr
    finally:
        stranger.kill()
        stranger.wait()


def test_a_full_disk_is_named_as_the_cause(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    import errno

    from sledplanner.app import lock as lock_module

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(lock_module.tempfile, "mkstemp", full)
    lock = DatabaseLock(tmp_path / "training.json")
    assert lock.cause() == "the disk is full"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_a_process_running_sledplanner_keeps_its_lock_whatever_the_clocks_say(
    tmp_path: Path, csv_file: Path
) -> None:
    """A lock file with an old time (a clock step, a coarse file system) is not taken over."""
    db = tmp_path / "training.json"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import time; time.sleep(30)", "sledplanner-holder"]
    )
    try:
        write_lock(db, holder.pid, socket.gethostname(), 3600)
        result = run("import", "--db", str(db), "--gear-csv", str(csv_file))
        assert result.returncode == 3
        assert f"process {holder.pid}" in result.stderr
    finally:
        holder.kill()
        holder.wait()


def test_a_linked_database_shares_the_lock_of_its_target(tmp_path: Path) -> None:
    real = tmp_path / "Sync" / "training.json"
    real.parent.mkdir()
    real.write_text("{}", "utf-8")
    link = tmp_path / "training.json"
    link.symlink_to(real)
    assert DatabaseLock(link).path == DatabaseLock(real).path == lock_path(real)
