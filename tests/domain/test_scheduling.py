"""Tests for sledplanner.domain.scheduling: rescheduling, copying a week, moving a session."""

from __future__ import annotations

from datetime import date, time, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.scheduling import copy_week, move, next_free_day
from sledplanner.domain.sessions import Activity, Session, SessionLog, SessionStatus
from sledplanner.domain.units import Mass

# The week of Monday 6 January 2025.
MON, TUE, WED, THU, FRI, SAT, SUN = (date(2025, 1, 6) + timedelta(days=n) for n in range(7))
NEXT_MON = date(2025, 1, 13)


def at(day: date, **changes: object) -> Session:
    return Session(day=day, **changes)  # type: ignore[arg-type]


# ------------------------------------------------------------------ next_free_day


def test_a_missed_monday_goes_to_sunday_when_wed_and_fri_are_taken() -> None:
    # Tue touches Wed, Thu sits between Wed and Fri, Sat touches Fri: only Sunday keeps rest days.
    missed = at(MON)
    week = [missed, at(WED), at(FRI)]
    assert next_free_day(missed, week, today=TUE) == SUN


def test_the_earliest_qualifying_day_wins() -> None:
    missed = at(MON)
    week = [missed, at(THU)]
    # Tue is free with rest days on both sides (Mon is the missed session's own day).
    assert next_free_day(missed, week, today=TUE) == TUE
    # From Wednesday on: Wed and Fri touch Thu, so Saturday.
    assert next_free_day(missed, week, today=WED) == SAT


def test_no_day_is_found_when_the_week_is_full() -> None:
    missed = at(MON)
    assert next_free_day(missed, [missed, at(WED), at(FRI), at(SUN)], today=TUE) is None


def test_the_answer_never_leaves_the_week() -> None:
    missed = at(FRI)
    # Sat touches nothing, but today is already past it.
    assert next_free_day(missed, [missed], today=SAT) == SAT
    assert next_free_day(missed, [missed], today=NEXT_MON) is None


def test_a_session_just_after_the_week_still_needs_a_rest_day() -> None:
    missed = at(MON)
    week = [missed, at(WED), at(FRI), at(NEXT_MON)]
    assert next_free_day(missed, week, today=TUE) is None


def test_the_day_comes_after_the_session_even_when_today_is_earlier() -> None:
    planned = at(WED)
    assert next_free_day(planned, [planned], today=MON) == THU


def test_skipped_sessions_do_not_block_days() -> None:
    missed = at(MON)
    skipped = at(WED).skipped()
    assert next_free_day(missed, [missed, skipped], today=TUE) == TUE


def test_done_sessions_block_days() -> None:
    missed = at(MON)
    done = at(WED).done_as_planned()
    assert next_free_day(missed, [missed, done], today=TUE) == FRI


def test_a_week_can_start_on_sunday() -> None:
    sunday_before = date(2025, 1, 5)
    missed = at(sunday_before)
    week = [missed, at(TUE), at(THU)]
    # The week runs Sun 5 – Sat 11: Mon touches Tue, Wed sits between, Fri touches Thu.
    assert next_free_day(missed, week, today=MON, first_weekday=6) == SAT
    # With Monday weeks the session's week is the one before, which is over.
    assert next_free_day(missed, week, today=MON) is None


@st.composite
def weeks_with_a_missed_session(draw: st.DrawFn) -> tuple[Session, list[Session], date, int]:
    first_weekday = draw(st.integers(min_value=0, max_value=6))
    start = MON + timedelta(days=(first_weekday - MON.weekday()) % 7)
    offsets = draw(st.lists(st.integers(min_value=-1, max_value=7), min_size=1, max_size=6))
    statuses = st.sampled_from([SessionStatus.PLANNED, SessionStatus.SKIPPED, "done"])
    sessions = []
    for offset in offsets:
        session = at(start + timedelta(days=offset))
        status = draw(statuses)
        if status == "done":
            session = session.done_as_planned()
        elif status is SessionStatus.SKIPPED:
            session = session.skipped()
        sessions.append(session)
    missed_offset = draw(st.integers(min_value=0, max_value=6))
    missed = at(start + timedelta(days=missed_offset))
    sessions.append(missed)
    today = start + timedelta(days=draw(st.integers(min_value=-2, max_value=9)))
    return missed, sessions, today, first_weekday


@given(weeks_with_a_missed_session())
def test_next_free_day_keeps_rest_days_and_stays_in_the_week(
    case: tuple[Session, list[Session], date, int],
) -> None:
    missed, sessions, today, first_weekday = case
    found = next_free_day(missed, sessions, today, first_weekday)
    trained = {
        s.day for s in sessions if s.id != missed.id and s.status is not SessionStatus.SKIPPED
    }
    week_first = missed.day - timedelta(days=(missed.day.weekday() - first_weekday) % 7)
    week = [week_first + timedelta(days=n) for n in range(7)]

    def fits(day: date) -> bool:
        near = {day - timedelta(days=1), day, day + timedelta(days=1)}
        return day >= today and day > missed.day and not near & trained

    if found is None:
        assert not any(fits(day) for day in week)
    else:
        assert found in week
        assert found >= today and found > missed.day
        assert found not in trained
        assert found - timedelta(days=1) not in trained
        assert found + timedelta(days=1) not in trained
        assert not any(fits(day) for day in week if day < found)


# ------------------------------------------------------------------ copy_week


def test_copy_week_repeats_the_plan_of_every_session_as_new_planned_sessions() -> None:
    done = at(
        MON,
        planned_load=Mass.of(55, "lb"),
        sled_id="r2",
        surface="grass",
        start_time=time(7, 30),
        programme_id="p1",
        notes="felt good",
    ).done(SessionLog(minutes=12, load=Mass.of(55, "lb"), rpe=6))
    skipped = at(WED, activity=Activity.BACKWARD_WALK, planned_minutes=15).skipped()
    planned = at(FRI, planned_distance_m=Decimal(300))
    elsewhere = at(NEXT_MON)
    copies = copy_week(
        [planned, elsewhere, skipped, done], MON, [NEXT_MON, NEXT_MON + timedelta(days=14)]
    )
    assert [c.day for c in copies] == [
        date(2025, 1, 13),
        date(2025, 1, 15),
        date(2025, 1, 17),
        date(2025, 1, 27),
        date(2025, 1, 29),
        date(2025, 1, 31),
    ]
    assert all(c.status is SessionStatus.PLANNED and c.log is None for c in copies)
    assert len({c.id for c in copies} | {done.id, skipped.id, planned.id}) == 9
    first = copies[0]
    assert first.planned_load == Mass.of(55, "lb")
    assert (first.sled_id, first.surface, first.start_time) == ("r2", "grass", time(7, 30))
    assert first.planned_minutes == 10
    assert (first.programme_id, first.notes, first.original_date) == (None, "", None)
    assert (copies[1].activity, copies[1].planned_minutes) == (Activity.BACKWARD_WALK, 15)
    assert copies[2].planned_distance_m == Decimal(300)


def test_copy_week_uses_the_day_a_moved_session_is_on_now() -> None:
    moved = at(MON).moved_to(TUE)
    (copy,) = copy_week([moved], MON, [NEXT_MON])
    assert copy.day == NEXT_MON + timedelta(days=1)
    assert not copy.moved


def test_copying_an_empty_week_gives_nothing() -> None:
    assert copy_week([at(NEXT_MON)], MON, [NEXT_MON + timedelta(days=7)]) == []


@pytest.mark.parametrize("target", [MON, TUE + timedelta(days=7)])
def test_copy_week_refuses_the_source_week_or_a_misaligned_one(target: date) -> None:
    with pytest.raises(ValidationError) as caught:
        copy_week([at(MON)], MON, [target])
    assert caught.value.field == "target_week"


@given(
    st.lists(st.integers(min_value=-3, max_value=10), max_size=8),
    st.lists(st.integers(min_value=-20, max_value=20).filter(bool), min_size=1, max_size=4),
)
def test_copy_week_preserves_weekday_offsets(offsets: list[int], week_shifts: list[int]) -> None:
    sessions = [at(MON + timedelta(days=n)) for n in offsets]
    targets = [MON + timedelta(weeks=shift) for shift in week_shifts]
    copies = copy_week(sessions, MON, targets)
    in_week = sorted(n for n in offsets if 0 <= n < 7)
    assert len(copies) == len(in_week) * len(targets)
    for index, target in enumerate(targets):
        chunk = copies[index * len(in_week) : (index + 1) * len(in_week)]
        assert [(c.day - target).days for c in chunk] == in_week
        assert all(
            c.day.weekday() == (MON + timedelta(days=n)).weekday()
            for c, n in zip(chunk, in_week, strict=True)
        )


# ------------------------------------------------------------------ move


def test_move_remembers_the_first_day_and_moving_back_forgets_it() -> None:
    session = at(MON)
    moved = move(session, WED)
    assert (moved.day, moved.original_date, moved.id) == (WED, MON, session.id)
    again = move(moved, THU)
    assert again.original_date == MON
    back = move(again, MON)
    assert (back.day, back.original_date, back.moved) == (MON, None, False)
