"""Sessions and session logs: validation, derived values and the stored form."""

from __future__ import annotations

import json
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.sessions import (
    Activity,
    Session,
    SessionLog,
    SessionStatus,
    week_start,
)
from sledplanner.domain.surfaces import SURFACE_KEYS
from sledplanner.domain.units import Mass


def field_of(make: Any) -> str:
    with pytest.raises(ValidationError) as caught:
        make()
    return caught.value.field


# ------------------------------------------------------------------ strategies


def decimal_texts(low: int, high: int) -> st.SearchStrategy[str]:
    """Decimal numbers as typed, trailing zeros kept: "35", "22.50", "0.05"."""
    fractions = st.none() | st.sampled_from(["0", "5", "50", "25", "05", "125"])
    return st.builds(
        lambda whole, fraction: whole if fraction is None else f"{whole}.{fraction}",
        st.integers(low, high).map(str),
        fractions,
    )


@st.composite
def masses(draw: st.DrawFn) -> Mass:
    unit = draw(st.sampled_from(["kg", "lb"]))
    high = 999 if unit == "kg" else 2000
    text = draw(decimal_texts(0, high))
    return Mass.of(text, unit)


distances = decimal_texts(1, 99_999).map(Decimal)
scales = st.none() | st.integers(0, 10)
ids = st.text("0123456789abcdef", min_size=32, max_size=32)
notes = st.text(
    st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"), max_size=60
).map(str.strip)


@st.composite
def logs(draw: st.DrawFn) -> SessionLog:
    return SessionLog(
        minutes=draw(st.integers(0, 600)),
        load=draw(st.none() | masses()),
        distance_m=draw(st.none() | distances),
        surface=draw(st.none() | st.sampled_from(SURFACE_KEYS)),
        rpe=draw(scales),
        pain_during=draw(scales),
        pain_next_morning=draw(scales),
    )


@st.composite
def sessions(draw: st.DrawFn) -> Session:
    status = draw(st.sampled_from(SessionStatus))
    log = draw(logs()) if status is SessionStatus.DONE else draw(st.none() | logs())
    return Session(
        day=draw(st.dates(date(1990, 1, 1), date(2100, 12, 31))),
        activity=draw(st.sampled_from(Activity)),
        planned_minutes=draw(st.integers(1, 600)),
        planned_load=draw(st.none() | masses()),
        planned_distance_m=draw(st.none() | distances),
        surface=draw(st.none() | st.sampled_from(SURFACE_KEYS)),
        sled_id=draw(st.none() | ids),
        status=status,
        start_time=draw(st.none() | st.builds(time, st.integers(0, 23), st.integers(0, 59))),
        log=log,
        notes=draw(notes),
        programme_id=draw(st.none() | ids),
        original_date=draw(st.none() | st.dates(date(1990, 1, 1), date(2100, 12, 31))),
        id=draw(ids),
    )


# ------------------------------------------------------------------ stored form


@given(session=sessions())
def test_to_dict_then_from_dict_gives_back_the_same_session_through_json(
    session: Session,
) -> None:
    record = json.loads(json.dumps(session.to_dict()))
    again = Session.from_dict(record)
    assert again == session
    assert again.to_dict() == session.to_dict()


def test_the_stored_record_has_every_field_in_its_documented_form() -> None:
    session = Session(
        day=date(2026, 5, 4),
        start_time=time(7, 30),
        planned_minutes=12,
        planned_load=Mass.of("22.50", "kg"),
        planned_distance_m=Decimal("200"),
        surface="Turf",
        sled_id="sled1",
        status="done",
        log=SessionLog(
            minutes=11,
            load=Mass.of("20", "kg"),
            distance_m=Decimal("180.5"),
            surface="grass",
            rpe=7,
            pain_during=2,
            pain_next_morning=1,
        ),
        notes="  felt good  ",
        programme_id="prog1",
        original_date=date(2026, 5, 3),
        id="abc",
    )
    assert session.to_dict() == {
        "id": "abc",
        "date": "2026-05-04",
        "time": "07:30",
        "activity": "backward_drag",
        "planned_minutes": 12,
        "planned_load": {"value": "22.50", "unit": "kg"},
        "planned_distance_m": "200",
        "surface": "turf",
        "sled_id": "sled1",
        "status": "done",
        "actual_minutes": 11,
        "actual_load": {"value": "20", "unit": "kg"},
        "distance_m": "180.5",
        "actual_surface": "grass",
        "rpe": 7,
        "pain_during": 2,
        "pain_next_morning": 1,
        "notes": "felt good",
        "programme_id": "prog1",
        "original_date": "2026-05-03",
    }


def test_a_planned_session_stores_nulls_for_the_log() -> None:
    record = Session(day=date(2026, 5, 4), id="x").to_dict()
    for name in (
        "time",
        "planned_load",
        "actual_minutes",
        "actual_load",
        "distance_m",
        "actual_surface",
        "rpe",
        "pain_during",
        "pain_next_morning",
        "original_date",
    ):
        assert record[name] is None
    assert record["status"] == "planned" and record["notes"] == ""


def test_from_dict_fills_defaults_for_missing_optional_fields() -> None:
    session = Session.from_dict({"id": "x", "date": "2026-05-04"})
    assert session.activity is Activity.BACKWARD_DRAG
    assert session.planned_minutes == 10
    assert session.status is SessionStatus.PLANNED
    assert session.log is None and session.notes == ""


@pytest.mark.parametrize(
    ("record", "field"),
    [
        ([], "session"),
        ({"id": "x"}, "date"),
        ({"id": "x", "date": "2026-02-30"}, "date"),
        ({"id": "x", "date": 20260504}, "date"),
        ({"date": "2026-05-04"}, "id"),
        ({"id": " ", "date": "2026-05-04"}, "id"),
        ({"id": "x", "date": "2026-05-04", "time": "25:00"}, "time"),
        ({"id": "x", "date": "2026-05-04", "time": 730}, "time"),
        ({"id": "x", "date": "2026-05-04", "activity": "sprint"}, "activity"),
        ({"id": "x", "date": "2026-05-04", "status": "maybe"}, "status"),
        ({"id": "x", "date": "2026-05-04", "status": "done"}, "status"),
        ({"id": "x", "date": "2026-05-04", "planned_minutes": "10"}, "planned_minutes"),
        ({"id": "x", "date": "2026-05-04", "planned_load": {"value": 5}}, "planned_load"),
        ({"id": "x", "date": "2026-05-04", "planned_distance_m": "-1"}, "planned_distance_m"),
        ({"id": "x", "date": "2026-05-04", "surface": "ice"}, "surface"),
        ({"id": "x", "date": "2026-05-04", "actual_minutes": 5, "rpe": 11}, "rpe"),
        ({"id": "x", "date": "2026-05-04", "actual_minutes": -1}, "actual_minutes"),
        (
            {"id": "x", "date": "2026-05-04", "actual_minutes": 5, "actual_load": {"unit": "kg"}},
            "actual_load",
        ),
        ({"id": "x", "date": "2026-05-04", "actual_minutes": 5, "distance_m": "x"}, "distance_m"),
        ({"id": "x", "date": "2026-05-04", "original_date": "yesterday"}, "original_date"),
        ({"id": "x", "date": "2026-05-04", "notes": 5}, "notes"),
    ],
)
def test_from_dict_names_the_bad_field(record: Any, field: str) -> None:
    assert field_of(lambda: Session.from_dict(record)) == field


# ------------------------------------------------------------------ validation


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"day": datetime(2026, 5, 4, 7, 0)}, "date"),
        ({"day": "2026-05-04"}, "date"),
        ({"activity": "jog"}, "activity"),
        ({"status": "later"}, "status"),
        ({"planned_minutes": 0}, "planned_minutes"),
        ({"planned_minutes": 601}, "planned_minutes"),
        ({"planned_minutes": True}, "planned_minutes"),
        ({"planned_minutes": 10.0}, "planned_minutes"),
        ({"planned_load": Mass.of("1000.01", "kg")}, "planned_load"),
        ({"planned_load": Mass.of("2205", "lb")}, "planned_load"),
        ({"planned_load": "20 kg"}, "planned_load"),
        ({"planned_distance_m": Decimal(0)}, "planned_distance_m"),
        ({"planned_distance_m": Decimal("100000.1")}, "planned_distance_m"),
        ({"planned_distance_m": 20.5}, "planned_distance_m"),
        ({"planned_distance_m": Decimal("NaN")}, "planned_distance_m"),
        ({"surface": "sand"}, "surface"),
        ({"start_time": "07:00"}, "time"),
        ({"status": "done"}, "status"),
        ({"log": "done"}, "log"),
        ({"notes": "x" * 10_001}, "notes"),
        ({"original_date": "2026-05-01"}, "original_date"),
    ],
)
def test_an_invalid_session_cannot_be_made(changes: dict[str, Any], field: str) -> None:
    fields: dict[str, Any] = {"day": date(2026, 5, 4), **changes}
    assert field_of(lambda: Session(**fields)) == field


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"minutes": -1}, "actual_minutes"),
        ({"minutes": 601}, "actual_minutes"),
        ({"minutes": None}, "actual_minutes"),
        ({"load": Mass.of("1001", "kg")}, "actual_load"),
        ({"distance_m": "0"}, "distance_m"),
        ({"surface": "mud"}, "surface"),
        ({"rpe": 11}, "rpe"),
        ({"rpe": -1}, "rpe"),
        ({"pain_during": 2.5}, "pain_during"),
        ({"pain_next_morning": True}, "pain_next_morning"),
    ],
)
def test_an_invalid_log_cannot_be_made(changes: dict[str, Any], field: str) -> None:
    fields: dict[str, Any] = {"minutes": 10, **changes}
    assert field_of(lambda: SessionLog(**fields)) == field


def test_limits_are_inclusive_and_text_is_normalised() -> None:
    log = SessionLog(minutes=0, load=Mass.of("1000", "kg"), distance_m="100000", surface=" Grass ")
    assert log.distance_m == Decimal("100000") and log.surface == "grass"
    session = Session(
        day=date(2026, 5, 4),
        planned_minutes=600,
        planned_load=Mass.of("0", "lb"),
        activity=" Lateral_Drag ",
        status="SKIPPED",
        notes="  x  ",
    )
    assert session.activity is Activity.LATERAL_DRAG
    assert session.status is SessionStatus.SKIPPED
    assert session.notes == "x"
    assert session.planned_load == Mass.of("0", "kg")


# ------------------------------------------------------------------ behaviour


def test_activity_labels_and_sled_use() -> None:
    assert Activity.BACKWARD_DRAG.label == "Backward sled drag"
    assert Activity.BACKWARD_WALK.label == "Backward walk"
    assert [a for a in Activity if not a.uses_sled] == [Activity.BACKWARD_WALK]
    assert all(activity.label for activity in Activity)


def test_done_as_planned_copies_the_plan_into_the_log() -> None:
    session = Session(
        day=date(2026, 5, 4),
        planned_minutes=15,
        planned_load=Mass.of("55", "lb"),
        planned_distance_m=Decimal("120"),
        surface="turf",
    )
    done = session.done_as_planned()
    assert done.status is SessionStatus.DONE and done.id == session.id
    assert done.log == SessionLog(
        minutes=15, load=Mass.of("55", "lb"), distance_m=Decimal("120"), surface="turf"
    )
    assert done.actual_minutes == 15
    assert done.srpe is None
    rated = done.done(SessionLog(minutes=12, rpe=7))
    assert rated.srpe == 84


def test_skipping_and_reopening_drop_the_log() -> None:
    done = Session(day=date(2026, 5, 4)).done(SessionLog(minutes=10, rpe=5))
    assert done.skipped().log is None and done.skipped().status is SessionStatus.SKIPPED
    assert done.reopened().log is None and done.reopened().status is SessionStatus.PLANNED
    assert done.reopened().actual_minutes is None


def test_moving_remembers_the_first_day_and_moving_back_forgets_it() -> None:
    session = Session(day=date(2026, 5, 4))
    moved = session.moved_to(date(2026, 5, 6))
    assert moved.moved and moved.original_date == date(2026, 5, 4)
    again = moved.moved_to(date(2026, 5, 7))
    assert again.original_date == date(2026, 5, 4)
    back = again.moved_to(date(2026, 5, 4))
    assert not back.moved and back.original_date is None


def test_with_changes_checks_and_keeps_the_id() -> None:
    session = Session(day=date(2026, 5, 4))
    changed = session.with_changes(planned_minutes=20)
    assert changed.id == session.id and changed.planned_minutes == 20
    with pytest.raises(ValidationError):
        session.with_changes(planned_minutes=0)


def test_new_sessions_get_distinct_ids() -> None:
    assert len({Session(day=date(2026, 5, 4)).id for _ in range(50)}) == 50


@given(day=st.dates(), first=st.integers(0, 6))
def test_week_start_is_the_first_weekday_on_or_before_the_day(day: date, first: int) -> None:
    try:
        start = week_start(day, first)
    except (ValueError, OverflowError):
        return  # the week would start before year 1
    assert start.weekday() == first
    assert 0 <= (day - start).days <= 6
