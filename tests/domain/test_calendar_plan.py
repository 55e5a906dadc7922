"""The calendar sync's decisions, without a server: what is pushed, deleted and taken back."""

from __future__ import annotations

from datetime import date

import pytest

from sledplanner.domain.calendar_sync import (
    CalendarAccount,
    EventState,
    RemoteEvent,
    plan_sync,
)
from sledplanner.domain.errors import ValidationError
from sledplanner.domain.sessions import Session

URL = "https://cal.example.org/alice/training/"


def fingerprint(session: Session) -> dict[str, str]:
    return {"day": session.day.isoformat(), "minutes": str(session.planned_minutes)}


def pushed(session: Session, etag: str = '"1"') -> EventState:
    return EventState(session.id, URL, f"{URL}{session.id}.ics", etag, fingerprint(session))


def remote(session: Session, etag: str = '"1"', day: date | None = None) -> RemoteEvent:
    print_ = fingerprint(session)
    if day is not None:
        print_ = {**print_, "day": day.isoformat()}
    return RemoteEvent(session.id, f"{URL}{session.id}.ics", etag, print_, day or session.day)


MONDAY = Session(day=date(2026, 5, 4), id="s1")


def test_a_move_made_in_both_places_keeps_the_one_made_here() -> None:
    here = MONDAY.moved_to(date(2026, 5, 5))
    there = remote(MONDAY, '"2"', day=date(2026, 5, 7))
    plan = plan_sync([here], {"s1": pushed(MONDAY)}, {"s1": there}, fingerprint)
    assert plan.moves == []
    assert plan.overwritten == [here]
    assert [put.session for put in plan.puts] == [here]
    assert plan.puts[0].if_match == '"2"'


def test_a_move_made_there_moves_the_session_keeping_its_original_date() -> None:
    there = remote(MONDAY, '"2"', day=date(2026, 5, 7))
    plan = plan_sync([MONDAY], {"s1": pushed(MONDAY)}, {"s1": there}, fingerprint)
    ((before, after),) = plan.moves
    assert (before, after.day, after.original_date) == (MONDAY, date(2026, 5, 7), MONDAY.day)
    assert plan.adopted == [there], "the event already says what the moved session says"
    assert (plan.added, plan.updated, plan.puts) == (0, 0, [])


def test_sledplanner_events_no_sync_of_this_database_pushed_are_left_alone() -> None:
    stranger = remote(Session(day=date(2026, 5, 6), id="other"))
    plan = plan_sync([], {}, {"other": stranger}, fingerprint)
    assert (plan.removes, plan.puts, plan.forget) == ([], [], [])


def test_a_deleted_session_deletes_the_event_it_pushed_and_forgets_what_is_gone() -> None:
    gone = Session(day=date(2026, 5, 6), id="gone")
    long_gone = Session(day=date(2026, 5, 8), id="long-gone")
    plan = plan_sync(
        [],
        {"gone": pushed(gone), "long-gone": pushed(long_gone)},
        {"gone": remote(gone, '"5"')},
        fingerprint,
    )
    assert [(r.session_id, r.if_match) for r in plan.removes] == [("gone", '"5"')]
    assert plan.forget == ["long-gone"]


def test_an_event_already_as_wanted_is_adopted_without_a_push() -> None:
    plan = plan_sync([MONDAY], {}, {"s1": remote(MONDAY, '"9"')}, fingerprint)
    assert plan.puts == [] and [found.etag for found in plan.adopted] == ['"9"']


def test_a_change_here_is_pushed_over_the_version_read() -> None:
    longer = MONDAY.with_changes(planned_minutes=15)
    plan = plan_sync([longer], {"s1": pushed(MONDAY)}, {"s1": remote(MONDAY, '"3"')}, fingerprint)
    assert (plan.updated, plan.puts[0].if_match, plan.overwritten) == (1, '"3"', [])


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"url": ""}, "url"),
        ({"url": "ftp://example.org/"}, "url"),
        ({"reminder_minutes": -5}, "reminder_minutes"),
        ({"sync_every_minutes": 10_000}, "sync_every_minutes"),
        ({"sync_after_change": "yes"}, "sync_after_change"),
    ],
)
def test_a_bad_account_names_the_field(changes: dict[str, object], field: str) -> None:
    data = {"url": URL, **changes}
    with pytest.raises(ValidationError) as raised:
        CalendarAccount.from_dict(data)
    assert raised.value.field == field


def test_a_state_round_trips_and_a_tampered_id_is_refused() -> None:
    state = pushed(MONDAY)
    assert EventState.from_dict(state.to_dict()) == state
    with pytest.raises(ValidationError) as raised:
        EventState.from_dict({**state.to_dict(), "id": "s2 " + URL})
    assert raised.value.field == "id"
