"""The command line: version, check, screenshot, usage errors and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from sledplanner import __version__
from sledplanner.cli import main
from sledplanner.storage.database import create_database

CLI = [sys.executable, "-m", "sledplanner"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([*CLI, *args], capture_output=True, text=True, env=env, timeout=60)


def test_version_from_python_m_and_the_installed_command() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"sledplanner {__version__}"
    command = Path(sys.executable).with_name("sledplanner")
    assert command.exists(), "the gui-scripts entry point is installed"
    direct = subprocess.run([str(command), "--version"], capture_output=True, text=True)
    assert direct.stdout.strip() == f"sledplanner {__version__}"


def test_check_a_sound_database(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    create_database(db_path)
    assert main(["check", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "OK" in out and "schema version 2" in out


def test_check_a_truncated_file_fails_and_changes_nothing(db_path: Path) -> None:
    create_database(db_path)
    raw = db_path.read_bytes()[:-9]
    db_path.write_bytes(raw)
    result = run("check", "--db", str(db_path))
    assert result.returncode == 1
    assert str(db_path) in result.stderr and "truncated" in result.stderr
    assert db_path.read_bytes() == raw
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]


def test_check_a_newer_file_fails_and_changes_nothing(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = json.dumps({"meta": {"1": {"schema_version": 7}}}).encode()
    db_path.write_bytes(raw)
    assert main(["check", "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert "newer SledPlanner" in err and "schema version 7" in err
    assert db_path.read_bytes() == raw


def test_check_never_creates_a_database(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--db", str(db_path)]) == 3
    assert "no database file" in capsys.readouterr().err
    assert not db_path.exists()


def test_check_while_the_gui_holds_the_lock_still_reads(db_path: Path) -> None:
    from sledplanner.app.lock import DatabaseLock

    create_database(db_path)
    lock = DatabaseLock(db_path)
    assert lock.acquire()
    try:
        assert main(["check", "--db", str(db_path)]) == 0
    finally:
        lock.release()


def test_screenshot_renders_the_chosen_tab_at_the_chosen_size(tmp_path: Path) -> None:
    db = tmp_path / "shots.json"
    create_database(db)
    out = tmp_path / "progress.png"
    result = run(
        "screenshot", "--db", str(db), "--tab", "progress", "--out", str(out), "--size", "900x600"
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (900, 600)
    assert len({image.pixel(x, y) for x in range(0, 900, 9) for y in range(0, 600, 9)}) > 3


def test_screenshot_never_creates_a_database(tmp_path: Path) -> None:
    db = tmp_path / "none.json"
    result = run(
        "screenshot", "--db", str(db), "--tab", "equipment", "--out", str(tmp_path / "x.png")
    )
    assert result.returncode == 3
    assert "no database file" in result.stderr
    assert not db.exists() and not (tmp_path / "x.png").exists()


@pytest.mark.parametrize(
    "args",
    [
        ["screenshot", "--tab", "calendar", "--out", "x.png"],
        ["screenshot", "--tab", "equipment"],
        ["screenshot", "--tab", "equipment", "--out", "x.png", "--size", "big"],
        ["frobnicate"],
        ["--colour"],
    ],
)
def test_usage_errors_exit_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(args)
    assert caught.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_demo_writes_the_blog_example_and_never_overwrites(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import date

    from sledplanner.domain.feasibility import check_sessions
    from sledplanner.services.gear import GearService
    from sledplanner.services.schedule import ScheduleService
    from sledplanner.services.workspace import open_workspace

    demo = tmp_path / "demo.json"
    assert main(["demo", str(demo)]) == 0
    workspace = open_workspace(demo, read_only=True)
    gear = GearService(workspace)
    owned_bells = sorted(str(i.mass) for i in gear.owned() if i.kind.value == "kettlebell")
    assert owned_bells == ["20 lb", "35 lb"]
    assert [s.name for s in gear.subscriptions()] == ["ATG Online Coaching"]
    schedule = ScheduleService(workspace)
    sessions = schedule.sessions()
    done = [s for s in sessions if s.status.value == "done"]
    assert done and all(s.day < date.today() for s in done)
    assert {s.activity.value for s in done} == {"backward_walk", "backward_drag"}
    flare = [s for s in done if s.log.pain_next_morning == 3]
    assert len(flare) == 1
    week_after = [
        s
        for s in sessions
        if s.activity.value == "backward_drag" and 7 <= (s.day - flare[0].day).days < 14
    ]
    assert week_after and all(s.planned_load == flare[0].log.load for s in week_after)
    assert check_sessions([s for s in sessions if s.status.value == "planned"], gear.items()), (
        "the demo shows a load the gear cannot build"
    )
    workspace.close()
    before = demo.read_bytes()
    assert main(["demo", str(demo)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert demo.read_bytes() == before
    assert main(["check", "--db", str(demo)]) == 0


def test_check_lists_invalid_hand_edited_records(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    create_database(db_path)
    data = json.loads(db_path.read_text("utf-8"))
    good = {"id": "a", "kind": "kettlebell", "name": "Bell", "mass": {"value": "16", "unit": "kg"}}
    data["gear"] = {
        "1": good,
        "2": {**good, "id": "b", "mass": {"value": "-3", "unit": "kg"}},
        "3": {**good, "id": "c", "quantity": 0},
        "4": {**good},
    }
    db_path.write_text(json.dumps(data), "utf-8")
    raw = db_path.read_bytes()
    assert main(["check", "--db", str(db_path)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert f"error: {db_path}: gear record 2: mass:" in err[0]
    assert f"error: {db_path}: gear record 3: quantity: must be at least 1, got 0" == err[1]
    assert "gear record 4: id: duplicate id a" in err[2]
    assert db_path.read_bytes() == raw


def test_a_header_only_csv_imports_nothing_and_creates_nothing(tmp_path: Path) -> None:
    db = tmp_path / "none.json"
    gear = tmp_path / "gear.csv"
    gear.write_text(
        "kind,name,brand,mass,mass_unit,quantity,unit_price,currency,status,purchased_on,"
        "surfaces,notes\n",
        "utf-8",
    )
    assert main(["import", "--db", str(db), "--gear-csv", str(gear)]) == 0
    assert not db.exists()


def test_a_session_in_year_9999_is_refused_with_its_line(tmp_path: Path, capsys) -> None:
    db = tmp_path / "far.json"
    sessions = tmp_path / "s.csv"
    sessions.write_text(
        "date,activity,status,planned_minutes\n2026-01-05,backward_drag,planned,10\n"
        "9999-12-31,backward_drag,planned,10\n",
        "utf-8",
    )
    assert main(["import", "--db", str(db), "--sessions-csv", str(sessions)]) == 1
    err = capsys.readouterr().err
    assert f"{sessions}:3: date:" in err and "outside 1900–2199" in err
    assert not db.exists()


def test_a_duplicate_gear_id_opens_with_a_banner_instead_of_crashing(
    db_path: Path, tmp_path: Path
) -> None:
    create_database(db_path)
    data = json.loads(db_path.read_text("utf-8"))
    bell = {"id": "a", "kind": "kettlebell", "name": "Bell", "mass": {"value": "16", "unit": "kg"}}
    data["gear"] = {"1": bell, "2": {**bell, "name": "Bell copy"}}
    db_path.write_text(json.dumps(data), "utf-8")
    out = tmp_path / "shot.png"
    result = run("screenshot", "--db", str(db_path), "--tab", "equipment", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert out.is_file()


def test_check_lists_broken_links_and_bad_settings(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    create_database(db_path)
    data = json.loads(db_path.read_text("utf-8"))
    bell = {
        "id": "bell",
        "kind": "kettlebell",
        "name": "Bell",
        "mass": {"value": "16", "unit": "kg"},
    }
    data["gear"] = {"1": bell}
    day = {"date": "2026-01-05", "activity": "backward_drag", "status": "planned"}
    data["sessions"] = {
        "1": {**day, "id": "s1", "sled_id": "gone"},
        "2": {**day, "id": "s2", "sled_id": "bell"},
        "3": {**day, "id": "s3", "programme_id": "deleted-plan"},
        "4": {**day, "id": "s4"},
    }
    data["preferences"] = {"1": {"display_unit": "stone", "currency": "USD"}}
    db_path.write_text(json.dumps(data), "utf-8")
    raw = db_path.read_bytes()
    assert main(["check", "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert "names a sled that does not exist (gone)" in err
    assert "names 'Bell', which is not a sled" in err
    assert "belongs to a programme that no longer exists (deleted-plan)" in err
    assert "preferences record 1: unit:" in err
    assert "(s4)" not in err
    assert db_path.read_bytes() == raw


@pytest.mark.parametrize("folder_form", ["existing", "trailing-slash"])
def test_demo_into_a_folder_is_refused_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], folder_form: str
) -> None:
    target = tmp_path / "examples"
    if folder_form == "existing":
        target.mkdir()
        given = str(target)
    else:
        given = f"{target}/"
    assert main(["demo", given]) == 1
    assert "is a folder; give the file to write" in capsys.readouterr().err
    assert not target.is_file()
    assert list(tmp_path.iterdir()) == ([target] if folder_form == "existing" else [])


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--db", "training.json"],
        ["--db", "demo"],
        ["--db", "a folder/my file.json"],
        ["--db=training.json"],
        ["--db=-odd.json"],
    ],
)
def test_a_plain_window_start_is_read_as_the_full_parser_reads_it(argv: list[str]) -> None:
    from sledplanner.cli import build_parser, window_arguments

    quick = window_arguments(argv)
    assert quick is not None
    assert vars(quick) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize(
    "argv",
    [
        ["--db"],
        ["--db", ""],
        ["--db", "-x"],
        ["--db="],
        ["--d", "training.json"],
        ["--db", "training.json", "check"],
        ["check"],
        ["--help"],
        ["--version"],
        ["--bogus"],
    ],
)
def test_anything_else_goes_to_the_full_parser(argv: list[str]) -> None:
    from sledplanner.cli import window_arguments

    assert window_arguments(argv) is None
