"""FIFOs, devices, links to devices and link loops: refused with a message, never read."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

CLI = [sys.executable, "-m", "sledplanner"]

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX FIFOs")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([*CLI, *args], capture_output=True, text=True, env=env, timeout=30)


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    db = tmp_path / "training.json"
    assert run("demo", str(db)).returncode == 0
    return db


def test_a_fifo_as_the_database_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "training.json"
    os.mkfifo(fifo)
    result = run("check", "--db", str(fifo))
    assert result.returncode == 3
    assert "named pipe (FIFO), not a file" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_fifo_as_the_csv_is_refused_and_the_database_kept(demo: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "gear.csv"
    os.mkfifo(fifo)
    before = demo.read_bytes()
    result = run("import", "--db", str(demo), "--gear-csv", str(fifo))
    assert result.returncode == 1
    assert "gear.csv: is a named pipe (FIFO), not a file: choose a CSV file" in result.stderr
    assert demo.read_bytes() == before


def test_a_link_to_dev_zero_is_not_read(tmp_path: Path) -> None:
    link = tmp_path / "training.json"
    link.symlink_to("/dev/zero")
    result = run("check", "--db", str(link))
    assert result.returncode == 3
    assert "character device, not a file" in result.stderr


def test_a_link_loop_is_a_message_not_a_traceback(demo: Path, tmp_path: Path) -> None:
    loop = tmp_path / "loop.csv"
    loop.symlink_to(loop)
    result = run("export", "--db", str(demo), "--gear-csv", str(loop))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "loop.csv" in result.stderr


def test_a_backup_is_never_written_over_a_device(demo: Path) -> None:
    result = run("export", "--db", str(demo), "--backup", "/dev/full")
    assert result.returncode == 1
    assert "/dev/full" in result.stderr and "character device" in result.stderr
    assert Path("/dev/full").is_char_device()
