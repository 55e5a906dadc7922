"""``sledplanner clients DIR [--csv F]``: the team table, read-only, also while a file is open."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from pathlib import Path

import pytest

from sledplanner.app.lock import DatabaseLock
from sledplanner.cli import build_parser, main
from sledplanner.domain.gear import GearItem
from sledplanner.domain.sessions import Session, SessionLog
from sledplanner.domain.units import Mass
from sledplanner.services.bundle import build_services
from sledplanner.services.team import CSV_COLUMNS
from sledplanner.services.workspace import open_workspace

TODAY = date.today()
SLED = GearItem(kind="sled", name="R2", mass=Mass.of("20", "lb"))


def athlete(path: Path, pain: int) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    workspace = open_workspace(path, create=True)
    services = build_services(workspace)
    services.gear.add(SLED)
    day = TODAY - timedelta(days=1)
    services.schedule.add_many(
        [
            Session(day, planned_load=Mass.of("20", "lb"), sled_id=SLED.id).done(
                SessionLog(
                    minutes=12,
                    load=Mass.of("20", "lb"),
                    rpe=5,
                    pain_during=pain,
                    pain_next_morning=1,
                )
            ),
            Session(TODAY + timedelta(days=1), planned_load=Mass.of("25", "lb"), sled_id=SLED.id),
        ]
    )
    workspace.close()
    return path


@pytest.fixture
def team(tmp_path: Path) -> Path:
    folder = tmp_path / "team"
    athlete(folder / "ann.json", 1)
    athlete(folder / "bob.json", 8)
    (folder / "broken.json").write_text("{", "utf-8")
    (folder / "tsconfig.json").write_text('{"compilerOptions": {}}', "utf-8")
    return folder


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


def test_the_table_lists_every_athlete_while_one_is_open_elsewhere(
    team: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lock = DatabaseLock(team / "bob.json")  # a window has Bob open
    assert lock.acquire()
    try:
        before = snapshot(team)
        assert main(["clients", str(team)]) == 0
        assert snapshot(team) == before
    finally:
        lock.release()
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == [
        "athlete",
        "last",
        "week",
        "min",
        "pain",
        "acwr",
        "next",
        "load",
        "gear",
    ]
    ann = next(line for line in out if line.startswith("ann "))
    assert (TODAY - timedelta(days=1)).isoformat() in ann and "25 lb" in ann
    assert any("pain flag: reduced to" in line and "pain during was 8" in line for line in out)
    assert any(line.startswith("broken") for line in out)
    assert any("problem:" in line and "broken.json" in line for line in out)
    assert not any("tsconfig" in line for line in out)


def test_csv_with_the_promised_columns_and_iso_dates(
    team: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "clients.csv"
    before = snapshot(team)
    assert main(["clients", str(team), "--csv", str(out)]) == 0
    assert snapshot(team) == before
    assert capsys.readouterr().out.strip() == f"wrote 3 athlete(s) to {out}"
    text = out.read_text("utf-8")
    header = text.splitlines()[0].split(",")
    required = [
        "athlete",
        "file",
        "last_session",
        "done_this_week",
        "planned_this_week",
        "minutes_this_week",
        "pain_flag",
        "acwr",
        "next_session",
        "next_load",
        "problem",
    ]
    assert header == list(CSV_COLUMNS) and header[: len(required)] == required
    rows = {row["athlete"]: row for row in csv.DictReader(io.StringIO(text))}
    assert sorted(rows) == ["ann", "bob", "broken"]
    assert rows["ann"]["last_session"] == (TODAY - timedelta(days=1)).isoformat()
    assert rows["ann"]["next_session"] == (TODAY + timedelta(days=1)).isoformat()
    assert rows["ann"]["next_load"] == "25 lb" and rows["ann"]["pain_flag"] == ""
    assert rows["bob"]["pain_flag"].startswith("reduced to ")
    assert rows["broken"]["problem"] and rows["broken"]["last_session"] == ""


def test_a_missing_folder_is_exit_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clients", str(tmp_path / "nowhere")]) == 3
    assert "cannot read the folder" in capsys.readouterr().err


def test_the_csv_never_replaces_an_athletes_file(
    team: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(team)
    assert main(["clients", str(team), "--csv", str(team / "ann.json")]) == 1
    assert "this is an athlete's database" in capsys.readouterr().err
    assert snapshot(team) == before


def test_a_csv_that_cannot_be_written_is_exit_1(
    team: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["clients", str(team), "--csv", str(tmp_path / "no" / "such" / "x.csv")]) == 1
    assert "cannot write the file" in capsys.readouterr().err
    assert not (tmp_path / "no").exists()


def test_team_option_names_the_folder(tmp_path: Path) -> None:
    assert build_parser().parse_args(["--team", str(tmp_path)]).team == tmp_path
    assert build_parser().parse_args([]).team is None
