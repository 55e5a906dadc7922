"""The iCalendar export: one event per planned session, stable UIDs, read back by real parsers."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from icalendar import Calendar

from sledplanner.domain.gear import GearItem
from sledplanner.domain.sessions import Session, SessionLog
from sledplanner.domain.units import Mass
from sledplanner.services import ical
from sledplanner.services.gear import GearService
from sledplanner.services.ical import (
    IcsExportError,
    calendar_bytes,
    event_summary,
    export_ics,
)
from sledplanner.services.schedule import ScheduleService
from sledplanner.services.workspace import Workspace, open_workspace

NOW = datetime(2026, 5, 1, 12, 30, 15, 999, tzinfo=UTC)
PROWLER = GearItem(kind="sled", name="Prowler", mass=Mass.of("35", "lb"), id="prowler")


def planned_week() -> list[Session]:
    return [
        Session(
            day=date(2026, 5, 4),
            start_time=time(7, 0),
            planned_minutes=10,
            planned_load=Mass.of("55", "lb"),
            sled_id=PROWLER.id,
            surface="turf",
            notes="Keep the chest up, short steps",
            id="a1",
        ),
        Session(day=date(2026, 5, 5), activity="backward_walk", planned_minutes=20, id="b2"),
        Session(
            day=date(2026, 5, 6),
            planned_minutes=12,
            planned_load=Mass.of("22.50", "kg"),
            planned_distance_m=Decimal("200"),
            id="c3",
        ),
        Session(day=date(2026, 5, 7), planned_load=Mass.of("0", "kg"), id="d4"),
        Session(day=date(2026, 5, 3), status="done", log=SessionLog(minutes=10), id="e5"),
        Session(day=date(2026, 5, 2), status="skipped", id="f6"),
    ]


def events(payload: bytes) -> dict[str, Calendar]:
    calendar = Calendar.from_ical(payload)
    found = {str(event["UID"]): event for event in calendar.walk("VEVENT")}
    assert len(found) == len(calendar.walk("VEVENT")), "UIDs are unique"
    return found


@pytest.fixture
def workspace(db_path: Path) -> Iterator[Workspace]:
    opened = open_workspace(db_path, create=True)
    GearService(opened).add(PROWLER)
    ScheduleService(opened).add_many(planned_week())
    yield opened
    opened.close()


# ------------------------------------------------------------------ the calendar


def test_the_calendar_says_who_made_it_and_its_version() -> None:
    calendar = Calendar.from_ical(calendar_bytes([], [], NOW))
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]) == "-//SledPlanner//SledPlanner 0.1.0//EN"
    assert calendar.walk("VEVENT") == []


def test_one_event_per_planned_session_with_a_uid_from_its_id() -> None:
    found = events(calendar_bytes(planned_week(), [PROWLER], NOW))
    assert sorted(found) == ["a1@sledplanner", "b2@sledplanner", "c3@sledplanner", "d4@sledplanner"]


def test_uids_are_stable_across_exports_and_dtstamp_is_the_export_time_in_utc() -> None:
    later = datetime(2026, 6, 1, 9, 0, tzinfo=timezone(timedelta(hours=2)))
    first = events(calendar_bytes(planned_week(), [PROWLER], NOW))
    second = events(calendar_bytes(list(reversed(planned_week())), [PROWLER], later))
    assert sorted(first) == sorted(second)
    for uid, event in first.items():
        assert event.decoded("DTSTAMP") == datetime(2026, 5, 1, 12, 30, 15, tzinfo=UTC)
        assert second[uid].decoded("DTSTAMP") == datetime(2026, 6, 1, 7, 0, tzinfo=UTC)
        assert event.decoded("DTSTART") == second[uid].decoded("DTSTART")
    assert b"DTSTAMP:20260501T123015Z" in calendar_bytes(planned_week(), [], NOW)


def test_the_same_sessions_give_the_same_bytes() -> None:
    assert calendar_bytes(planned_week(), [PROWLER], NOW) == calendar_bytes(
        list(reversed(planned_week())), [PROWLER], NOW
    )


def test_a_session_with_a_start_time_is_a_floating_timed_event_of_its_planned_minutes() -> None:
    event = events(calendar_bytes(planned_week(), [PROWLER], NOW))["a1@sledplanner"]
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    assert start == datetime(2026, 5, 4, 7, 0) and start.tzinfo is None
    assert end - start == timedelta(minutes=10)
    raw = calendar_bytes(planned_week(), [PROWLER], NOW)
    assert b"DTSTART:20260504T070000\r\n" in raw


def test_a_session_without_a_start_time_is_an_all_day_event() -> None:
    event = events(calendar_bytes(planned_week(), [PROWLER], NOW))["b2@sledplanner"]
    assert event.decoded("DTSTART") == date(2026, 5, 5)
    assert not isinstance(event.decoded("DTSTART"), datetime)
    assert event.decoded("DTEND") == date(2026, 5, 6)
    assert b"DTSTART;VALUE=DATE:20260505\r\n" in calendar_bytes(planned_week(), [], NOW)


def test_summaries_name_activity_minutes_and_the_added_load_in_its_own_unit() -> None:
    found = events(calendar_bytes(planned_week(), [PROWLER], NOW))
    assert str(found["a1@sledplanner"]["SUMMARY"]) == "Backward sled drag · 10 min · 55 lb"
    assert str(found["b2@sledplanner"]["SUMMARY"]) == "Backward walk · 20 min"
    assert str(found["c3@sledplanner"]["SUMMARY"]) == "Backward sled drag · 12 min · 22.5 kg"
    assert str(found["d4@sledplanner"]["SUMMARY"]) == "Backward sled drag · 10 min"


@pytest.mark.parametrize(
    ("load", "text"),
    [("22.25", "22.25 kg"), ("100", "100 kg"), ("0.50", "0.5 kg"), ("1E+2", "100 kg")],
)
def test_loads_are_never_rounded_in_the_summary(load: str, text: str) -> None:
    session = Session(day=date(2026, 5, 4), planned_load=Mass.of(load, "kg"))
    assert event_summary(session) == f"Backward sled drag · 10 min · {text}"


def test_a_backward_walk_has_no_load_part_even_with_a_load() -> None:
    walk = Session(day=date(2026, 5, 4), activity="backward_walk", planned_load=Mass.of("5", "kg"))
    assert event_summary(walk) == "Backward walk · 10 min"


def test_the_description_gives_sled_load_surface_distance_and_notes() -> None:
    found = events(calendar_bytes(planned_week(), [PROWLER], NOW))
    assert str(found["a1@sledplanner"]["DESCRIPTION"]) == (
        "Sled: Prowler (35 lb)\n"
        "Load added: 55 lb\n"
        "Surface: Artificial turf / gym turf\n"
        "\n"
        "Keep the chest up, short steps"
    )
    assert str(found["c3@sledplanner"]["DESCRIPTION"]) == ("Load added: 22.5 kg\nDistance: 200 m")
    assert str(found["d4@sledplanner"]["DESCRIPTION"]) == ("Load added: none (the empty sled)")
    assert "DESCRIPTION" not in found["b2@sledplanner"]


def test_a_moved_session_says_where_it_came_from_and_an_unknown_sled_is_left_out() -> None:
    moved = Session(day=date(2026, 5, 4), sled_id="deleted", id="m").moved_to(date(2026, 5, 6))
    (event,) = events(calendar_bytes([moved], [PROWLER], NOW)).values()
    assert str(event["DESCRIPTION"]) == "Moved from 2026-05-04"


def test_text_with_commas_semicolons_and_line_breaks_survives() -> None:
    notes = 'a, b; c\\d\n"quoted" · é 😀\nthird line ' + "x" * 200
    session = Session(day=date(2026, 5, 4), notes=notes, id="n")
    raw = calendar_bytes([session], [], NOW)
    assert all(len(line) <= 75 for line in raw.split(b"\r\n")), "long lines are folded"
    (event,) = events(raw).values()
    assert str(event["DESCRIPTION"]) == notes


def test_now_must_carry_a_timezone() -> None:
    with pytest.raises(ValueError, match="timezone"):
        calendar_bytes([], [], datetime(2026, 5, 1, 12, 0))


# ------------------------------------------------------------------ the export


def test_export_writes_the_file_atomically_and_counts_the_events(
    workspace: Workspace, tmp_path: Path
) -> None:
    out = tmp_path / "plan.ics"
    out.write_bytes(b"old")
    schedule, gear = ScheduleService(workspace), GearService(workspace)
    assert export_ics(schedule, gear, out, now=NOW) == 4
    assert out.read_bytes() == calendar_bytes(schedule.sessions(), gear.items(), NOW)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.ics", "training.json"]


def test_two_exports_of_the_same_database_keep_every_uid(
    workspace: Workspace, tmp_path: Path
) -> None:
    schedule, gear = ScheduleService(workspace), GearService(workspace)
    first, second = tmp_path / "1.ics", tmp_path / "2.ics"
    export_ics(schedule, gear, first)
    export_ics(schedule, gear, second)
    assert sorted(events(first.read_bytes())) == sorted(events(second.read_bytes()))
    stamp = Calendar.from_ical(second.read_bytes()).walk("VEVENT")[0].decoded("DTSTAMP")
    assert stamp.tzinfo is not None and stamp.utcoffset() == timedelta(0)
    assert abs(datetime.now(UTC) - stamp) < timedelta(minutes=5)


def test_export_refuses_invalid_session_records(db_path: Path, tmp_path: Path) -> None:
    good = Session(day=date(2026, 5, 4)).to_dict()
    tables = {
        "meta": {"1": {"schema_version": 1}},
        "sessions": {"1": good, "2": {**good, "id": "b", "activity": "sprint"}},
    }
    db_path.write_text(json.dumps(tables), "utf-8")
    workspace = open_workspace(db_path, read_only=True)
    out = tmp_path / "plan.ics"
    try:
        with pytest.raises(IcsExportError) as caught:
            export_ics(ScheduleService(workspace), GearService(workspace), out)
    finally:
        workspace.close()
    assert [record.field for record in caught.value.records] == ["activity"]
    assert not out.exists()


def test_export_into_a_missing_folder_raises_oserror(workspace: Workspace, tmp_path: Path) -> None:
    with pytest.raises(OSError):
        export_ics(ScheduleService(workspace), GearService(workspace), tmp_path / "no" / "plan.ics")


# ------------------------------------------------------------------ a real calendar program

KHAL = shutil.which("khal")


@pytest.mark.skipif(
    KHAL is None,
    reason="the khal command is not installed (pip install khal, or apt-get install khal, "
    "to read the export with a real calendar program)",
)
def test_khal_imports_the_export_and_lists_every_event_once(
    workspace: Workspace, tmp_path: Path
) -> None:
    assert KHAL is not None
    calendar_dir = tmp_path / "calendar"
    calendar_dir.mkdir()
    config = tmp_path / "khal.conf"
    config.write_text(
        "[calendars]\n"
        "[[sled]]\n"
        f"path = {calendar_dir}\n"
        "type = calendar\n"
        "[sqlite]\n"
        f"path = {tmp_path / 'khal.db'}\n"
        "[locale]\n"
        "timeformat = %H:%M\n"
        "dateformat = %Y-%m-%d\n"
        "longdateformat = %Y-%m-%d\n"
        "datetimeformat = %Y-%m-%d %H:%M\n"
        "longdatetimeformat = %Y-%m-%d %H:%M\n"
        "local_timezone = UTC\n"
        "default_timezone = UTC\n"
        "[default]\n"
        "default_calendar = sled\n",
        "utf-8",
    )
    env = {
        **os.environ,
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "LC_ALL": "C.UTF-8",
    }

    def khal(*args: str) -> str:
        done = subprocess.run(
            [KHAL, "-c", str(config), *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    schedule, gear = ScheduleService(workspace), GearService(workspace)
    for name in ("first.ics", "second.ics"):  # the second import must not double the events
        export_ics(schedule, gear, tmp_path / name)
        khal("import", "--batch", "-a", "sled", str(tmp_path / name))
    listed = khal(
        "list", "--day-format", "", "--format", "{start}|{title}|{uid}", "2026-05-01", "10d"
    )
    lines = sorted(line for line in listed.splitlines() if line.strip())
    assert lines == [
        "2026-05-04 07:00|Backward sled drag · 10 min · 55 lb|a1@sledplanner",
        "2026-05-05|Backward walk · 20 min|b2@sledplanner",
        "2026-05-06|Backward sled drag · 12 min · 22.5 kg|c3@sledplanner",
        "2026-05-07|Backward sled drag · 10 min|d4@sledplanner",
    ]


def test_the_module_names_its_uid_domain() -> None:
    assert ical.UID_DOMAIN == "sledplanner"
    assert ical.event_uid(Session(day=date(2026, 5, 4), id="abc")) == "abc@sledplanner"
