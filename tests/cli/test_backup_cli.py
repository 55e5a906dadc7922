"""`export --backup` and the backup before a command-line import."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sledplanner.app.lock import DatabaseLock
from sledplanner.cli import main
from sledplanner.services.demo import write_demo
from sledplanner.services.gear_csv import GEAR_COLUMNS
from sledplanner.storage.backups import list_backups
from sledplanner.storage.database import create_database
from sledplanner.storage.migrations import SCHEMA_VERSION


def export(db: Path, out: Path) -> int:
    return main(["export", "--db", str(db), "--backup", str(out)])


def test_export_backup_writes_the_exact_bytes(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_demo(db_path)
    before = db_path.read_bytes()
    out = tmp_path / "copy.json"
    out.write_bytes(b"replaced")
    assert export(db_path, out) == 0
    assert out.read_bytes() == before == db_path.read_bytes()
    printed = capsys.readouterr().out
    assert printed.startswith(f"exported a backup of {db_path} (") and printed.rstrip().endswith(
        f"to {out}"
    )
    assert not (db_path.parent / "backups").exists()
    assert not DatabaseLock(db_path).path.exists()


def test_export_backup_works_while_the_database_is_locked(db_path: Path, tmp_path: Path) -> None:
    create_database(db_path)
    lock = DatabaseLock(db_path)
    assert lock.acquire()
    try:
        assert export(db_path, tmp_path / "copy.json") == 0
    finally:
        lock.release()


def test_export_backup_never_creates_the_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "missing.json"
    assert export(db, tmp_path / "copy.json") == 3
    assert "no database file here" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_export_backup_of_a_corrupt_or_newer_database_is_exit_1(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "copy.json"
    db_path.write_bytes(b'{"meta": ')
    assert export(db_path, out) == 1
    assert not out.exists()
    db_path.write_text(json.dumps({"meta": {"1": {"schema_version": SCHEMA_VERSION + 1}}}))
    assert export(db_path, out) == 1
    err = capsys.readouterr().err
    assert "truncated" in err and "newer SledPlanner" in err
    assert not out.exists()


def test_export_backup_over_the_database_or_into_a_missing_folder_is_exit_1(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    create_database(db_path)
    before = db_path.read_bytes()
    assert export(db_path, db_path) == 1
    assert export(db_path, tmp_path / "no" / "such" / "copy.json") == 1
    err = capsys.readouterr().err
    assert "this is the database itself" in err and "cannot write the file" in err
    assert db_path.read_bytes() == before


def test_export_backup_with_another_choice_is_a_usage_error(db_path: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "sledplanner", "export", "--db", str(db_path)]
        + ["--backup", str(tmp_path / "a.json"), "--ics", str(tmp_path / "b.ics")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 2
    assert "not allowed with argument" in result.stderr


def test_import_backs_up_an_existing_database_first(db_path: Path, tmp_path: Path) -> None:
    source = tmp_path / "gear.csv"
    source.write_text(
        ",".join(GEAR_COLUMNS) + "\nkettlebell,Bell,,22.50,kg,1,,,owned,,,\n", "utf-8"
    )
    assert main(["import", "--db", str(db_path), "--gear-csv", str(source)]) == 0
    assert list_backups(db_path) == []  # a new database has nothing to back up
    before = db_path.read_bytes()
    assert main(["import", "--db", str(db_path), "--gear-csv", str(source)]) == 0
    (backup,) = list_backups(db_path)
    assert backup.name.startswith("training-before-import-")
    assert backup.read_bytes() == before != db_path.read_bytes()
