"""`import --sessions-csv`, `export --sessions-csv` and `export --ics` from the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar

from sledplanner.app.lock import DatabaseLock
from sledplanner.cli import main
from sledplanner.domain.gear import GearItem
from sledplanner.domain.sessions import Session
from sledplanner.domain.units import Mass
from sledplanner.services.gear import GearService
from sledplanner.services.schedule import ScheduleService
from sledplanner.services.sessions_csv import SESSION_COLUMNS
from sledplanner.services.workspace import open_workspace
from sledplanner.storage.database import create_database

CLI = [sys.executable, "-m", "sledplanner"]
HEADER = ",".join(SESSION_COLUMNS)
GOOD = (
    f"{HEADER}\n"
    '2026-05-04,backward_drag,done,10,55,9,45,lb,Prowler,turf,150,7,2,1,"felt fine, really"\n'
    "2026-05-06,backward_walk,planned,20,,,,,,,,,,,\n"
)
NO_SLED = (
    "date,activity,status,planned_minutes,planned_load,load_unit\n"
    "2026-05-04,backward_drag,planned,10,20,kg\n"
)
BAD = (
    f"{HEADER}\n"
    "2026-05-04,backward_drag,done,10,55,9,45,lb,Prowler,turf,150,7,2,1,\n"
    "2026-05-05,sprint,done,0,,,,,,,,,,,\n"
    "2026-02-30,backward_drag,planned,10,,,,,Rogue,,,11,,,\n"
)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([*CLI, *args], capture_output=True, text=True, env=env, timeout=60)


def csv_file(folder: Path, text: str, name: str) -> Path:
    path = folder / name
    path.write_text(text, "utf-8", newline="")
    return path


@pytest.fixture
def good_csv(tmp_path: Path) -> Path:
    return csv_file(tmp_path, GOOD, "good.csv")


@pytest.fixture
def bad_csv(tmp_path: Path) -> Path:
    return csv_file(tmp_path, BAD, "bad.csv")


@pytest.fixture
def with_sled(db_path: Path) -> Path:
    """A database holding the sled the good file names."""
    workspace = open_workspace(db_path, create=True)
    GearService(workspace).add(GearItem(kind="sled", name="Prowler", mass=Mass.of("35", "lb")))
    workspace.close()
    return db_path


@pytest.fixture
def held_lock(db_path: Path) -> Iterator[DatabaseLock]:
    lock = DatabaseLock(db_path)
    assert lock.acquire()
    yield lock
    lock.release()


def session_days(db_path: Path) -> list[str]:
    workspace = open_workspace(db_path, read_only=True)
    try:
        return [s.day.isoformat() for s in ScheduleService(workspace).sessions()]
    finally:
        workspace.close()


def error_lines(err: str) -> list[str]:
    lines = err.splitlines()
    assert lines and all(line.startswith("error: ") for line in lines), err
    return lines


# ------------------------------------------------------------------ import


def test_import_adds_the_sessions_and_names_the_sled_by_its_gear_item(
    with_sled: Path, good_csv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = with_sled
    assert main(["import", "--db", str(db), "--sessions-csv", str(good_csv)]) == 0
    out, err = capsys.readouterr()
    assert out == f"imported 2 sessions into {db}\n" and err == ""
    workspace = open_workspace(db, read_only=True)
    try:
        (sled,) = GearService(workspace).items()
        done, walk = ScheduleService(workspace).sessions()
    finally:
        workspace.close()
    assert done.sled_id == sled.id and str(done.planned_load) == "55 lb"
    assert done.notes == "felt fine, really" and walk.sled_id is None
    assert not DatabaseLock(db).path.exists(), "the lock is released"


def test_import_creates_a_missing_database_and_its_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "new" / "folder" / "plan.json"
    source = csv_file(tmp_path, NO_SLED, "one.csv")
    assert main(["import", "--db", str(db), "--sessions-csv", str(source)]) == 0
    assert capsys.readouterr().out == f"imported 1 session into {db}\n"
    assert session_days(db) == ["2026-05-04"]


def test_a_sled_name_into_a_missing_database_is_unknown_and_creates_nothing(
    tmp_path: Path, good_csv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "later" / "plan.json"
    assert main(["import", "--db", str(db), "--sessions-csv", str(good_csv)]) == 1
    lines = error_lines(capsys.readouterr().err)
    assert lines == [
        f"error: {good_csv}:2: sled: no sled named 'Prowler': the inventory holds no sled; "
        "add it first",
        f"error: nothing was imported into {db}",
    ]
    assert not (tmp_path / "later").exists()


def test_a_bad_file_lists_every_problem_and_leaves_the_database_bytes_unchanged(
    with_sled: Path, bad_csv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = with_sled
    before = db.read_bytes()
    assert main(["import", "--db", str(db), "--sessions-csv", str(bad_csv)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert error_lines(err) == [
        f"error: {bad_csv}:3: activity: 'sprint' is not one of backward_drag | forward_drag | "
        "backward_walk | lateral_drag",
        f"error: {bad_csv}:3: planned_minutes: must be 1 to 600 minutes, got 0",
        f"error: {bad_csv}:3: actual_minutes: is required when the status is done",
        f"error: {bad_csv}:4: date: '2026-02-30' is not a date written YYYY-MM-DD",
        f"error: {bad_csv}:4: sled: no sled named 'Rogue' in the inventory (its sleds are Prowler)",
        f"error: {bad_csv}:4: rpe: needs actual_minutes: only a logged session has it",
        f"error: {bad_csv}:4: rpe: must be from 0 to 10, got 11",
        f"error: nothing was imported into {db}",
    ]
    assert db.read_bytes() == before


def test_a_latin1_file_is_exit_1_naming_the_file(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    latin = tmp_path / "latin.csv"
    latin.write_bytes(
        "date,activity,status,planned_minutes,notes\n2026-05-04,x,y,1,é\n".encode("latin-1")
    )
    assert main(["import", "--db", str(db_path), "--sessions-csv", str(latin)]) == 1
    assert error_lines(capsys.readouterr().err)[0].startswith(f"error: {latin}:2: not UTF-8")
    assert not db_path.exists()


def test_import_while_another_instance_holds_the_lock_is_exit_3(
    with_sled: Path, good_csv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = with_sled
    before = db.read_bytes()
    lock = DatabaseLock(db)
    assert lock.acquire()
    try:
        assert main(["import", "--db", str(db), "--sessions-csv", str(good_csv)]) == 3
        (line,) = error_lines(capsys.readouterr().err)
        assert line.startswith(f"error: {db}: another SledPlanner has the file open")
        assert db.read_bytes() == before
    finally:
        lock.release()
    assert main(["import", "--db", str(db), "--sessions-csv", str(good_csv)]) == 0
    assert session_days(db) == ["2026-05-04", "2026-05-06"]


def test_a_bad_file_is_reported_before_the_lock_is_looked_at(
    with_sled: Path, bad_csv: Path, held_lock: DatabaseLock, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", "--db", str(with_sled), "--sessions-csv", str(bad_csv)]) == 1


def test_a_locked_missing_database_is_not_created(
    db_path: Path, tmp_path: Path, held_lock: DatabaseLock, capsys: pytest.CaptureFixture[str]
) -> None:
    source = csv_file(tmp_path, NO_SLED, "one.csv")
    assert main(["import", "--db", str(db_path), "--sessions-csv", str(source)]) == 3
    assert not db_path.exists()


def test_import_into_a_corrupt_or_newer_database_is_exit_1_and_changes_nothing(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = csv_file(tmp_path, NO_SLED, "one.csv")
    create_database(db_path)
    raw = db_path.read_bytes()[:-9]
    db_path.write_bytes(raw)
    assert main(["import", "--db", str(db_path), "--sessions-csv", str(source)]) == 1
    (line,) = error_lines(capsys.readouterr().err)
    assert str(db_path) in line and "truncated" in line
    assert db_path.read_bytes() == raw
    newer = json.dumps({"meta": {"1": {"schema_version": 99}}}).encode()
    db_path.write_bytes(newer)
    assert main(["import", "--db", str(db_path), "--sessions-csv", str(source)]) == 1
    assert "newer SledPlanner" in capsys.readouterr().err
    assert db_path.read_bytes() == newer


def test_import_where_the_database_is_a_folder_is_exit_3(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "db.json"
    folder.mkdir()
    source = csv_file(tmp_path, NO_SLED, "one.csv")
    assert main(["import", "--db", str(folder), "--sessions-csv", str(source)]) == 3
    assert str(folder) in capsys.readouterr().err


# ------------------------------------------------------------------ export


@pytest.mark.parametrize("option", ["--sessions-csv", "--ics"])
def test_export_never_creates_a_database(
    db_path: Path, tmp_path: Path, option: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert main(["export", "--db", str(db_path), option, str(out)]) == 3
    (line,) = error_lines(capsys.readouterr().err)
    assert line == f"error: {db_path}: no database file here"
    assert not db_path.exists() and not out.exists()


def test_import_then_export_gives_the_same_rows_and_leaves_the_database_alone(
    with_sled: Path, good_csv: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = with_sled
    assert main(["import", "--db", str(db), "--sessions-csv", str(good_csv)]) == 0
    before = db.read_bytes()
    out = tmp_path / "sessions.csv"
    assert main(["export", "--db", str(db), "--sessions-csv", str(out)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == f"exported 2 sessions to {out}"
    assert out.read_bytes() == GOOD.replace("\n", "\r\n").encode()
    assert db.read_bytes() == before


def test_export_ics_writes_the_planned_sessions_while_the_gui_holds_the_lock(
    with_sled: Path, good_csv: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = with_sled
    assert main(["import", "--db", str(db), "--sessions-csv", str(good_csv)]) == 0
    before = db.read_bytes()
    lock = DatabaseLock(db)
    assert lock.acquire()
    try:
        out = tmp_path / "plan.ics"
        assert main(["export", "--db", str(db), "--ics", str(out)]) == 0
    finally:
        lock.release()
    assert capsys.readouterr().out.splitlines()[-1] == f"exported 1 planned session to {out}"
    (event,) = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Backward walk · 20 min"
    assert db.read_bytes() == before


@pytest.mark.parametrize("option", ["--sessions-csv", "--ics"])
def test_export_over_the_database_itself_is_refused(
    db_path: Path, option: str, capsys: pytest.CaptureFixture[str]
) -> None:
    create_database(db_path)
    before = db_path.read_bytes()
    assert main(["export", "--db", str(db_path), option, str(db_path)]) == 1
    assert "the database itself" in capsys.readouterr().err
    assert db_path.read_bytes() == before


@pytest.mark.parametrize("option", ["--sessions-csv", "--ics"])
def test_export_into_a_missing_folder_is_exit_1(
    db_path: Path, tmp_path: Path, option: str, capsys: pytest.CaptureFixture[str]
) -> None:
    create_database(db_path)
    out = tmp_path / "nowhere" / "file"
    assert main(["export", "--db", str(db_path), option, str(out)]) == 1
    (line,) = error_lines(capsys.readouterr().err)
    assert line.startswith(f"error: {out}: cannot write the file")


@pytest.mark.parametrize("option", ["--sessions-csv", "--ics"])
def test_export_of_a_database_with_an_invalid_session_record_is_exit_1(
    db_path: Path, tmp_path: Path, option: str, capsys: pytest.CaptureFixture[str]
) -> None:
    good = Session(day=date(2026, 5, 4)).to_dict()
    tables = {
        "meta": {"1": {"schema_version": 1}},
        "sessions": {"1": good, "2": {**good, "id": "b", "planned_minutes": 0}},
    }
    db_path.write_text(json.dumps(tables), "utf-8")
    out = tmp_path / "out"
    assert main(["export", "--db", str(db_path), option, str(out)]) == 1
    assert error_lines(capsys.readouterr().err) == [
        f"error: {db_path}: sessions record 2: planned_minutes: must be 1 to 600 minutes, got 0",
        f"error: {out} was not written: fix the invalid session records first "
        "(sledplanner check lists them)",
    ]
    assert not out.exists()
    assert main(["check", "--db", str(db_path)]) == 1


@pytest.mark.parametrize(
    "args",
    [
        ["export", "--sessions-csv", "a.csv", "--ics", "b.ics"],
        ["export", "--ics", "a.ics", "--gear-csv", "b.csv"],
        ["import", "--sessions-csv", "a.csv", "--gear-csv", "b.csv"],
        ["import", "--ics", "a.ics"],
        ["export", "--sessions-csv"],
    ],
)
def test_usage_errors_exit_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(args)
    assert caught.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_the_help_names_the_new_choices(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("export", "import"):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        text = capsys.readouterr().out
        assert "--sessions-csv" in text
        assert ("--ics" in text) is (command == "export")


def test_python_m_sledplanner_round_trip(
    with_sled: Path, good_csv: Path, bad_csv: Path, tmp_path: Path
) -> None:
    done = run("import", "--db", str(with_sled), "--sessions-csv", str(good_csv))
    assert done.returncode == 0, done.stderr
    bad = run("import", "--db", str(with_sled), "--sessions-csv", str(bad_csv))
    assert bad.returncode == 1 and bad.stdout == ""
    assert bad.stderr.splitlines()[-1] == f"error: nothing was imported into {with_sled}"
    out = tmp_path / "plan.ics"
    exported = run("export", "--db", str(with_sled), "--ics", str(out))
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout == f"exported 1 planned session to {out}\n"
    assert out.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")


def test_an_escape_sequence_in_a_csv_cell_is_shown_not_obeyed(tmp_path: Path) -> None:
    """A cell that would retitle and clear the terminal is printed as visible escapes."""
    db = tmp_path / "training.json"
    assert run("demo", str(db)).returncode == 0
    hostile = tmp_path / "hostile.csv"
    cell = "\x1b]0;pwned\x07\x1b[2J\x1b[32mall good\u202e"
    hostile.write_text(
        f"date,activity,planned_minutes,planned_load,status\n2026-01-05,{cell},10,20 lb,planned\n",
        "utf-8",
    )
    result = run("import", "--db", str(db), "--sessions-csv", str(hostile))
    assert result.returncode == 1
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert "\u202e" not in result.stderr
    assert "\\x1b]0;pwned\\x07\\x1b[2J" in result.stderr
    assert "hostile.csv:2" in result.stderr
