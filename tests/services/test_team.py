"""The team table's rows, worked out without Qt from athlete files written through the services."""

from __future__ import annotations

import csv
import io
import json
import os
from datetime import timedelta
from pathlib import Path

import pytest

from sledplanner.domain.units import Mass
from sledplanner.services.bundle import build_services
from sledplanner.services.team import (
    CSV_COLUMNS,
    NO_RATIO_YET,
    acwr_zone,
    athlete_files,
    iter_summaries,
    summarise,
    team_csv,
)
from sledplanner.services.workspace import open_workspace
from sledplanner.storage.athlete_repository import AthleteRepository

from .team_data import MONDAY, TODAY, bell, done, planned, sled


def test_a_row_sums_up_the_athletes_week(write_athlete) -> None:
    path = write_athlete(
        "ann",
        [
            done(MONDAY - timedelta(days=5), minutes=12),  # last week
            done(MONDAY, minutes=10, pain=3, morning=2),
            done(MONDAY + timedelta(days=1), minutes=15, pain=1, morning=0),
            planned(TODAY + timedelta(days=2), "35"),
            planned(TODAY + timedelta(days=9), "40"),
        ],
    )
    row = summarise(path, TODAY)
    assert row is not None and row.problem is None
    assert row.name == "ann"
    assert row.last_session == MONDAY + timedelta(days=1)
    assert (row.done_this_week, row.planned_this_week, row.minutes_this_week) == (2, 3, 25)
    assert (row.pain_during, row.pain_next_morning) == (1, 0)
    assert row.next_session == TODAY + timedelta(days=2)
    assert row.next_load == Mass.of("35", "lb")
    assert row.pain_flag == ""


def test_the_name_set_in_the_file_wins_over_the_file_name(write_athlete) -> None:
    path = write_athlete("a-1")
    workspace = open_workspace(path)
    AthleteRepository(workspace.database.db).set_name("  Ann   Smith ")
    workspace.close()
    row = summarise(path, TODAY)
    assert row is not None and row.name == "Ann Smith"


def test_the_pain_flag_uses_the_words_of_the_programme_tab(write_athlete) -> None:
    later = planned(TODAY + timedelta(days=2), "55")
    path = write_athlete("bob", [done(MONDAY, "55", pain=7, morning=2), later])
    row = summarise(path, TODAY)
    assert row is not None
    assert row.pain_flag.startswith("reduced to ")
    assert "pain during was 7, above the acceptable 5" in row.pain_flag
    # The Programme tab proposes the same step back for the next session, in the same words.
    workspace = open_workspace(path, read_only=True)
    proposal = build_services(workspace, today=lambda: TODAY).progression.propose_next(
        next(s.id for s in build_services(workspace).schedule.sessions() if s.day == MONDAY)
    )
    workspace.close()
    assert proposal is not None and proposal.decision.reason == row.pain_flag
    assert row.progression == f"next session {later.day.isoformat()}: {row.pain_flag}"


def test_next_morning_pain_above_the_baseline_is_flagged_too(write_athlete) -> None:
    path = write_athlete(
        "cy", [done(MONDAY - timedelta(days=2), pain=2, morning=0), done(MONDAY, pain=2, morning=3)]
    )
    row = summarise(path, TODAY)
    assert row is not None and "next-morning pain rose from 0 to 3" in row.pain_flag


def test_settled_sessions_raise_no_flag_and_open_a_progression(write_athlete) -> None:
    nxt = planned(TODAY + timedelta(days=1))
    path = write_athlete(
        "dee",
        [done(MONDAY - timedelta(days=2), pain=1, morning=0), done(MONDAY, pain=1, morning=0), nxt],
    )
    row = summarise(path, TODAY)
    assert row is not None and row.pain_flag == ""
    assert row.progression.startswith(f"next session {nxt.day.isoformat()}: progressed to ")


@pytest.mark.parametrize(
    ("ratio", "zone"),
    [
        (None, NO_RATIO_YET),
        (0.79, "under 0.8"),
        (0.8, "0.8–1.3"),
        (1.3, "0.8–1.3"),
        (1.31, "over 1.3"),
    ],
)
def test_acwr_zones_follow_the_charts_band(ratio, zone) -> None:
    assert acwr_zone(ratio) == zone


def test_the_acwr_is_the_training_stress_charts_value_today(write_athlete) -> None:
    sessions = [done(TODAY - timedelta(days=n), rpe=5 + n % 3) for n in range(0, 42, 2)]
    path = write_athlete("eve", sessions)
    row = summarise(path, TODAY)
    workspace = open_workspace(path, read_only=True)
    chart = build_services(workspace, today=lambda: TODAY).progress.chart(
        "acwr", TODAY - timedelta(days=3), TODAY
    )
    workspace.close()
    expected = chart.panels[1].series[0].values[-1]
    assert row is not None and expected is not None
    assert row.acwr == pytest.approx(expected)
    assert row.acwr_zone == acwr_zone(expected)


def test_fewer_than_28_days_give_no_ratio_yet(write_athlete) -> None:
    row = summarise(write_athlete("fay", [done(MONDAY)]), TODAY)
    assert row is not None and row.acwr is None and row.acwr_zone == NO_RATIO_YET


def test_gear_problems_are_the_feasibility_checks_words(write_athlete) -> None:
    path = write_athlete(
        "gus",
        [planned(TODAY + timedelta(days=1), "40"), planned(TODAY - timedelta(days=1), "45")],
        gear=[sled(), bell("20")],
    )
    row = summarise(path, TODAY)
    assert row is not None
    # Only sessions from today on count: the missed one of yesterday is not the gear's fault.
    assert len(row.gear_problems) == 1
    day = TODAY + timedelta(days=1)
    assert row.gear_problems[0].startswith(f"{day.isoformat()}: 40 lb cannot be built")


def test_problem_files_are_rows_other_json_is_not_listed(tmp_path: Path, write_athlete) -> None:
    write_athlete("ann", [done(MONDAY)])
    folder = tmp_path / "team"
    (folder / "broken.json").write_bytes(b'{"meta": {"1": {"schema_ver')
    (folder / "newer.json").write_text('{"meta": {"1": {"schema_version": 99}}}', "utf-8")
    (folder / "settings.json").write_text('{"theme": "dark"}', "utf-8")
    (folder / "list.json").write_text("[1, 2]", "utf-8")
    (folder / ".ann.json.abcdefgh.tmp").write_text("{}", "utf-8")
    (folder / "notes.txt").write_text("hello", "utf-8")
    (folder / "ann.sync-conflict-20260310-101010-ABCDEF.json").write_bytes(
        (folder / "ann.json").read_bytes()
    )
    (folder / "ann.conflict-20260310-101010.json").write_bytes((folder / "ann.json").read_bytes())
    (folder / "ann.unreadable-20260310T101010123456.json").write_bytes(b"{")
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    rows = {row.path.name: row for row in iter_summaries(folder, TODAY)}
    assert sorted(rows) == [
        "ann.conflict-20260310-101010.json",
        "ann.json",
        "ann.sync-conflict-20260310-101010-ABCDEF.json",
        "ann.unreadable-20260310T101010123456.json",
        "broken.json",
        "newer.json",
    ]
    assert rows["ann.json"].problem is None
    assert "truncated" in (rows["broken.json"].problem or "")
    assert "newer SledPlanner" in (rows["newer.json"].problem or "")
    assert "sync conflict copy of ann.json" in (
        rows["ann.sync-conflict-20260310-101010-ABCDEF.json"].problem or ""
    )
    assert "a conflict copy of ann.json kept by SledPlanner" in (
        rows["ann.conflict-20260310-101010.json"].problem or ""
    )
    assert "moved aside from ann.json" in (
        rows["ann.unreadable-20260310T101010123456.json"].problem or ""
    )
    # Read-only: nothing in the folder changed, nothing was added (no lock, no backup).
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_an_unreadable_file_is_a_row_with_its_problem(tmp_path: Path, write_athlete) -> None:
    path = write_athlete("ann")
    if os.geteuid() == 0:
        os.remove(path)
        os.mkfifo(path)  # root reads any file; a FIFO cannot be read as a database either
    else:
        path.chmod(0)
    row = summarise(path, TODAY)
    assert row is not None and row.problem and str(path) in row.problem
    assert [p.name for p in athlete_files(tmp_path / "team")] == ["ann.json"]


def test_the_csv_has_the_promised_columns_iso_dates_and_guarded_text(write_athlete) -> None:
    write_athlete("=cmd", [done(MONDAY), planned(TODAY + timedelta(days=1), "35")])
    rows = list(iter_summaries(write_athlete("zed").parent, TODAY))
    text = team_csv(rows).decode("utf-8")
    assert text.splitlines()[0] == ",".join(CSV_COLUMNS)
    assert CSV_COLUMNS[:11] == (
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
    )
    first, second = list(csv.DictReader(io.StringIO(text)))
    assert first["athlete"] == "'=cmd" and first["file"] == "'=cmd.json"
    assert first["last_session"] == MONDAY.isoformat()
    assert first["next_session"] == (TODAY + timedelta(days=1)).isoformat()
    assert first["next_load"] == "35 lb"
    assert (first["done_this_week"], first["planned_this_week"]) == ("1", "2")
    assert second["athlete"] == "zed" and second["last_session"] == ""
    assert second["acwr_zone"] == NO_RATIO_YET


def test_the_gear_of_the_other_athletes_does_not_leak(write_athlete) -> None:
    # Two athletes planned the same load: only the one without the gear has a problem.
    a = write_athlete("a", [planned(TODAY, "55")], gear=[sled(), bell("20"), bell("35")])
    b = write_athlete("b", [planned(TODAY, "55")], gear=[sled(), bell("20")])
    row_a, row_b = summarise(a, TODAY), summarise(b, TODAY)
    assert row_a is not None and row_a.gear_problems == ()
    assert row_b is not None and len(row_b.gear_problems) == 1


def chart_ratio(path: Path):  # noqa: ANN201
    workspace = open_workspace(path, read_only=True)
    chart = build_services(workspace, today=lambda: TODAY).progress.chart("acwr", TODAY, TODAY)
    workspace.close()
    return chart.panels[1].series[0].values[-1]


def test_a_long_history_gives_the_charts_ratio(write_athlete) -> None:
    # Two years of drags, read by the row from a year back only.
    sessions = [done(TODAY - timedelta(days=n), rpe=4 + n % 5) for n in range(0, 730, 3)]
    path = write_athlete("old", sessions)
    row = summarise(path, TODAY)
    assert row is not None and row.acwr is not None
    assert row.acwr == pytest.approx(chart_ratio(path), rel=1e-9)


def test_a_long_break_is_read_over_the_whole_history(write_athlete) -> None:
    # Trained two years ago, then back ten days ago: the chart has a ratio at once.
    sessions = [done(TODAY - timedelta(days=700 + n), rpe=6) for n in range(0, 60, 2)]
    sessions += [done(TODAY - timedelta(days=n), rpe=5) for n in range(0, 10, 3)]
    path = write_athlete("back", sessions)
    row = summarise(path, TODAY)
    expected = chart_ratio(path)
    assert expected is not None and row is not None
    assert row.acwr == pytest.approx(expected, rel=1e-12)


def test_an_athlete_away_for_over_a_year_keeps_the_last_session_and_pain(write_athlete) -> None:
    path = write_athlete("away", [done(TODAY - timedelta(days=500), pain=8, morning=2)])
    row = summarise(path, TODAY)
    assert row is not None
    assert row.last_session == TODAY - timedelta(days=500)
    assert (row.pain_during, row.pain_next_morning) == (8, 2)
    assert "pain during was 8, above the acceptable 5" in row.pain_flag


def test_an_invalid_record_does_not_give_a_young_history_a_ratio(write_athlete) -> None:
    path = write_athlete("new", [done(TODAY - timedelta(days=n)) for n in range(0, 10, 2)])
    tables = json.loads(path.read_text("utf-8"))
    tables["sessions"]["999"] = {"id": "bad", "date": "not a day"}  # a hand-edited record
    path.write_text(json.dumps(tables), "utf-8")
    row = summarise(path, TODAY)
    assert chart_ratio(path) is None
    assert row is not None and row.problem is None
    assert row.acwr is None and row.acwr_zone == NO_RATIO_YET


@pytest.mark.expected_log
def test_a_file_that_cannot_be_summed_up_is_a_row_with_why(
    write_athlete, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from sledplanner.services import team

    path = write_athlete("odd", [done(MONDAY)])

    def broken(*_args: object) -> None:
        raise ValueError("an unexpected value")

    monkeypatch.setattr(team, "summarise_services", broken)
    row = summarise(path, TODAY)
    assert row is not None and row.name == "odd"
    assert row.problem == f"{path}: cannot be summed up (ValueError('an unexpected value'))"
    assert f"cannot sum up {path}" in caplog.text
