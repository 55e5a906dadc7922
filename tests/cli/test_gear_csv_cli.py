"""`import` and `export` with --gear-csv: exit codes, messages, the lock, no side effects."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from sledplanner import cli
from sledplanner.app.lock import DatabaseLock
from sledplanner.cli import main
from sledplanner.domain.gear import GearItem
from sledplanner.domain.units import Mass
from sledplanner.services.gear import GearService
from sledplanner.services.gear_csv import GEAR_COLUMNS
from sledplanner.services.workspace import open_workspace
from sledplanner.storage.database import create_database

CLI = [sys.executable, "-m", "sledplanner"]
HEADER = ",".join(GEAR_COLUMNS)
GOOD = (
    f"{HEADER}\n"
    'sled,Prowler,Rogue,35,lb,1,199.90,USD,owned,2024-05-17,grass;turf,"pushes, pulls"\n'
    "kettlebell,Bell,,22.50,kg,2,,,wishlist,,,\n"
)
BAD = (
    f"{HEADER}\n"
    "sled,Prowler,Rogue,35,lb,1,199.90,USD,owned,2024-05-17,grass,\n"
    "kettlebel,Bell,,22.50,kg,0,,,wishlist,,,\n"
    "plate,Disc,,5,kg,1,,,owned,2024-02-30,,\n"
)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([*CLI, *args], capture_output=True, text=True, env=env, timeout=60)


@pytest.fixture
def good_csv(tmp_path: Path) -> Path:
    path = tmp_path / "good.csv"
    path.write_text(GOOD, "utf-8", newline="")
    return path


@pytest.fixture
def bad_csv(tmp_path: Path) -> Path:
    path = tmp_path / "bad.csv"
    path.write_text(BAD, "utf-8", newline="")
    return path


@pytest.fixture
def held_lock(db_path: Path) -> Iterator[DatabaseLock]:
    lock = DatabaseLock(db_path)
    assert lock.acquire()
    yield lock
    lock.release()


def gear_names(db_path: Path) -> list[str]:
    workspace = open_workspace(db_path, read_only=True)
    try:
        return [item.name for item in GearService(workspace).items()]
    finally:
        workspace.close()


def error_lines(err: str) -> list[str]:
    lines = err.splitlines()
    assert lines and all(line.startswith("error: ") for line in lines), err
    return lines


# ------------------------------------------------------------------ import


def test_import_creates_a_missing_database(
    db_path: Path, good_csv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", "--db", str(db_path), "--gear-csv", str(good_csv)]) == 0
    out, err = capsys.readouterr()
    assert out == f"imported 2 gear items into {db_path}\n" and err == ""
    assert gear_names(db_path) == ["Prowler", "Bell"]
    assert not DatabaseLock(db_path).path.exists(), "the lock is released"


def test_import_creates_the_database_folder_too(
    tmp_path: Path, good_csv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "new" / "folder" / "gear.json"
    assert main(["import", "--db", str(db), "--gear-csv", str(good_csv)]) == 0
    assert gear_names(db) == ["Prowler", "Bell"]


def test_import_adds_to_an_existing_database_and_says_one_item(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = open_workspace(db_path, create=True)
    GearService(workspace).add(GearItem(kind="sled", name="Mine", mass=Mass.of("30", "kg")))
    workspace.close()
    one = tmp_path / "one.csv"
    one.write_text("kind,name,mass,mass_unit\nplate,Disc,10,kg\n", "utf-8")
    assert main(["import", "--db", str(db_path), "--gear-csv", str(one)]) == 0
    assert capsys.readouterr().out == f"imported 1 gear item into {db_path}\n"
    assert gear_names(db_path) == ["Mine", "Disc"]


def test_db_given_before_the_command_is_used(
    db_path: Path, good_csv: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_default() -> Path:
        raise AssertionError("the default database must not be used")

    monkeypatch.setattr(cli, "_default_database", no_default)
    assert main(["--db", str(db_path), "import", "--gear-csv", str(good_csv)]) == 0
    assert gear_names(db_path) == ["Prowler", "Bell"]


def test_without_db_the_default_database_is_used(
    tmp_path: Path, good_csv: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    default = tmp_path / "data" / "sledplanner.json"
    monkeypatch.setattr(cli, "_default_database", lambda: default)
    assert main(["import", "--gear-csv", str(good_csv)]) == 0
    out = tmp_path / "out.csv"
    assert main(["export", "--gear-csv", str(out)]) == 0
    assert out.read_bytes().count(b"\r\n") == 3


def test_a_bad_file_lists_every_problem_and_leaves_the_database_unchanged(
    db_path: Path, bad_csv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = open_workspace(db_path, create=True)
    GearService(workspace).add(GearItem(kind="sled", name="Mine", mass=Mass.of("30", "kg")))
    workspace.close()
    before = db_path.read_bytes()
    assert main(["import", "--db", str(db_path), "--gear-csv", str(bad_csv)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    lines = error_lines(err)
    assert lines[:3] == [
        f"error: {bad_csv}:3: kind: 'kettlebel' is not one of sled | kettlebell | plate | "
        "dumbbell | sandbag | harness | other",
        f"error: {bad_csv}:3: quantity: must be at least 1, got 0",
        f"error: {bad_csv}:4: purchased_on: '2024-02-30' is not a date written YYYY-MM-DD",
    ]
    assert lines[3:] == [f"error: nothing was imported into {db_path}"]
    assert db_path.read_bytes() == before


def test_a_bad_file_does_not_create_a_missing_database(
    tmp_path: Path, bad_csv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "later" / "gear.json"
    assert main(["import", "--db", str(db), "--gear-csv", str(bad_csv)]) == 1
    assert len(error_lines(capsys.readouterr().err)) == 4
    assert not (tmp_path / "later").exists()


def test_a_missing_csv_file_is_exit_1(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.csv"
    assert main(["import", "--db", str(db_path), "--gear-csv", str(missing)]) == 1
    assert error_lines(capsys.readouterr().err)[0] == f"error: {missing}: no such file"
    assert not db_path.exists()


def test_a_latin1_csv_is_exit_1_naming_the_file(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    latin = tmp_path / "latin.csv"
    latin.write_bytes("kind,name,mass,mass_unit\nsled,Müller,40,kg\n".encode("latin-1"))
    assert main(["import", "--db", str(db_path), "--gear-csv", str(latin)]) == 1
    first = error_lines(capsys.readouterr().err)[0]
    assert first.startswith(f"error: {latin}:2: not UTF-8 text")


def test_import_while_another_instance_holds_the_lock_is_exit_3(
    db_path: Path, good_csv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    create_database(db_path)
    before = db_path.read_bytes()
    lock = DatabaseLock(db_path)
    assert lock.acquire()
    try:
        assert main(["import", "--db", str(db_path), "--gear-csv", str(good_csv)]) == 3
        (line,) = error_lines(capsys.readouterr().err)
        assert line.startswith(f"error: {db_path}: another SledPlanner has the file open")
        assert db_path.read_bytes() == before
    finally:
        lock.release()
    assert main(["import", "--db", str(db_path), "--gear-csv", str(good_csv)]) == 0
    assert gear_names(db_path) == ["Prowler", "Bell"]


def test_a_locked_missing_database_is_not_created(
    db_path: Path, good_csv: Path, held_lock: DatabaseLock, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", "--db", str(db_path), "--gear-csv", str(good_csv)]) == 3
    assert not db_path.exists()


def test_import_into_a_corrupt_database_is_exit_1_and_changes_nothing(
    db_path: Path, good_csv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    create_database(db_path)
    raw = db_path.read_bytes()[:-9]
    db_path.write_bytes(raw)
    assert main(["import", "--db", str(db_path), "--gear-csv", str(good_csv)]) == 1
    (line,) = error_lines(capsys.readouterr().err)
    assert str(db_path) in line and "truncated" in line
    assert db_path.read_bytes() == raw


def test_import_into_a_newer_database_is_exit_1_and_changes_nothing(
    db_path: Path, good_csv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = json.dumps({"meta": {"1": {"schema_version": 99}}}).encode()
    db_path.write_bytes(raw)
    assert main(["import", "--db", str(db_path), "--gear-csv", str(good_csv)]) == 1
    assert "newer SledPlanner" in capsys.readouterr().err
    assert db_path.read_bytes() == raw


def test_import_where_the_database_is_a_folder_is_exit_3(
    tmp_path: Path, good_csv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "db.json"
    folder.mkdir()
    assert main(["import", "--db", str(folder), "--gear-csv", str(good_csv)]) == 3
    assert str(folder) in capsys.readouterr().err


# ------------------------------------------------------------------ export


def test_export_never_creates_a_database(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "gear.csv"
    assert main(["export", "--db", str(db_path), "--gear-csv", str(out)]) == 3
    (line,) = error_lines(capsys.readouterr().err)
    assert line == f"error: {db_path}: no database file here"
    assert not db_path.exists() and not out.exists()


def test_import_then_export_gives_the_same_rows(
    db_path: Path, good_csv: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", "--db", str(db_path), "--gear-csv", str(good_csv)]) == 0
    out = tmp_path / "gear.csv"
    before = db_path.read_bytes()
    assert main(["export", "--db", str(db_path), "--gear-csv", str(out)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == f"exported 2 gear items to {out}"
    assert out.read_bytes() == GOOD.replace("\n", "\r\n").encode()
    assert db_path.read_bytes() == before


def test_export_while_the_gui_holds_the_lock_still_reads(
    db_path: Path, good_csv: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", "--db", str(db_path), "--gear-csv", str(good_csv)]) == 0
    lock = DatabaseLock(db_path)
    assert lock.acquire()
    try:
        out = tmp_path / "gear.csv"
        assert main(["export", "--db", str(db_path), "--gear-csv", str(out)]) == 0
        assert out.read_bytes().count(b"\r\n") == 3
    finally:
        lock.release()


def test_export_over_the_database_itself_is_refused(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    create_database(db_path)
    before = db_path.read_bytes()
    assert main(["export", "--db", str(db_path), "--gear-csv", str(db_path)]) == 1
    assert "the database itself" in capsys.readouterr().err
    assert db_path.read_bytes() == before


def test_export_into_a_missing_folder_is_exit_1(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    create_database(db_path)
    out = tmp_path / "nowhere" / "gear.csv"
    assert main(["export", "--db", str(db_path), "--gear-csv", str(out)]) == 1
    (line,) = error_lines(capsys.readouterr().err)
    assert line.startswith(f"error: {out}: cannot write the file")


def test_export_of_a_database_with_an_invalid_gear_record_is_exit_1(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    create_database(db_path)
    tables = json.loads(db_path.read_text("utf-8"))
    tables["gear"] = {"1": {"id": "a", "kind": "rocket", "name": "X", "mass": {}}}
    db_path.write_text(json.dumps(tables), "utf-8")
    out = tmp_path / "gear.csv"
    assert main(["export", "--db", str(db_path), "--gear-csv", str(out)]) == 1
    lines = error_lines(capsys.readouterr().err)
    assert lines[0].startswith(f"error: {db_path}: gear record 1: kind: 'rocket'")
    assert "was not written" in lines[-1]
    assert not out.exists()


# ------------------------------------------------------------------ usage


@pytest.mark.parametrize(
    "args",
    [
        ["import"],
        ["export"],
        ["import", "--gear-csv"],
        ["export", "--db", "x.json"],
        ["import", "--gear-csv", "a.csv", "--sessions-csv", "b.csv"],
        ["export", "--gear-csv", "a.csv", "--ics", "b.ics"],
        ["import", "--gear-csv", "a.csv", "extra"],
    ],
)
def test_usage_errors_exit_2(
    args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        main(args)
    assert caught.value.code == 2
    assert "usage:" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------ a real process


def test_python_m_sledplanner_import_and_export(
    db_path: Path, good_csv: Path, tmp_path: Path
) -> None:
    result = run("import", "--db", str(db_path), "--gear-csv", str(good_csv))
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"imported 2 gear items into {db_path}\n"
    out = tmp_path / "gear.csv"
    result = run("export", "--db", str(db_path), "--gear-csv", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes() == GOOD.replace("\n", "\r\n").encode()


def test_python_m_sledplanner_import_of_a_bad_file(db_path: Path, bad_csv: Path) -> None:
    create_database(db_path)
    before = db_path.read_bytes()
    result = run("import", "--db", str(db_path), "--gear-csv", str(bad_csv))
    assert result.returncode == 1
    assert result.stdout == ""
    assert len(error_lines(result.stderr)) == 4
    assert f"{bad_csv}:4: purchased_on:" in result.stderr
    assert db_path.read_bytes() == before
