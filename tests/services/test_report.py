"""The report's facts (services/report.py): sessions, masses, adherence, decisions, the card."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from fractions import Fraction
from pathlib import Path

import pytest

from sledplanner.domain.compliance import Compliance
from sledplanner.domain.gear import GearItem, GearKind
from sledplanner.domain.sessions import Activity, Session, SessionLog
from sledplanner.domain.units import Mass
from sledplanner.services.bundle import Services, build_services
from sledplanner.services.report import (
    build_report,
    build_session_card,
    default_period,
    next_planned,
)
from sledplanner.services.workspace import open_workspace

MONDAY = date(2026, 3, 2)
TODAY = MONDAY + timedelta(days=9)  # Wednesday of the second week
SLED = GearItem(kind=GearKind.SLED, name="Prowler", mass=Mass.of("45", "lb"))
PLATE = GearItem(kind=GearKind.PLATE, name="25 lb plate", mass=Mass.of("25", "lb"), quantity=2)
BELL = GearItem(kind=GearKind.KETTLEBELL, name="35 lb bell", mass=Mass.of("35", "lb"))


def _done(day: date, load: str, minutes: int, during: int, morning: int) -> Session:
    return Session(
        day,
        planned_load=Mass.of(load, "lb"),
        sled_id=SLED.id,
    ).done(
        SessionLog(
            minutes=minutes,
            load=Mass.of(load, "lb"),
            pain_during=during,
            pain_next_morning=morning,
        )
    )


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    workspace = open_workspace(tmp_path / "db.json", create=True)
    made = build_services(workspace, today=lambda: TODAY)
    for item in (SLED, PLATE, BELL):
        made.gear.add(item)
    yield made
    workspace.close()


def test_default_period_is_the_last_four_weeks() -> None:
    assert default_period(TODAY) == (TODAY - timedelta(days=27), TODAY)


def test_sessions_masses_and_weekly_adherence(services: Services) -> None:
    sessions = [
        _done(MONDAY, "20", 10, 1, 1),
        _done(MONDAY + timedelta(days=2), "25", 5, 2, 3),  # half the minutes: yellow
        Session(MONDAY + timedelta(days=4), planned_load=Mass.of("25", "lb")).skipped(),
        _done(MONDAY + timedelta(days=7), "25", 10, 0, 0),
        Session(MONDAY + timedelta(days=9), activity=Activity.BACKWARD_WALK, planned_minutes=20),
        Session(MONDAY + timedelta(days=11), planned_load=Mass.of("60", "lb"), sled_id=SLED.id),
        Session(MONDAY + timedelta(days=30), planned_load=Mass.of("70", "lb")),
    ]
    services.schedule.add_many(sessions)
    data = build_report(services, MONDAY, MONDAY + timedelta(days=13))
    assert [row.session.id for row in data.sessions] == [s.id for s in sessions[:6]]
    first = data.sessions[0]
    assert (first.minutes, first.load, first.dragged) == (
        10,
        Mass.of("20", "lb"),
        Mass.of("65", "lb"),
    )
    assert data.sessions[2].dragged is None  # no sled on the skipped one
    assert [
        (w.start, w.done, w.planned, w.minutes_done, w.minutes_planned) for w in data.weeks
    ] == [
        (MONDAY, 2, 3, 15, 30),
        (MONDAY + timedelta(days=7), 1, 3, 10, 40),
    ]
    assert data.weeks[0].colours == {Compliance.GREEN: 1, Compliance.YELLOW: 1, Compliance.RED: 1}
    assert (data.done, data.due) == (3, 5)
    # The next two weeks from today: the planned walk today and the 60 lb drag; not day 30.
    assert [row.session.id for row in data.planned] == [sessions[4].id, sessions[5].id]


def test_decisions_are_worked_out_as_they_stood(services: Services) -> None:
    sessions = [
        _done(MONDAY, "20", 10, 1, 1),
        _done(MONDAY + timedelta(days=2), "20", 10, 1, 1),
        Session(MONDAY + timedelta(days=4), planned_load=Mass.of("20", "lb"), sled_id=SLED.id),
    ]
    services.schedule.add_many(sessions)
    data = build_report(services, MONDAY, MONDAY + timedelta(days=6))
    assert [(d.after.id, d.next_session.id, d.action) for d in data.decisions] == [
        (sessions[0].id, sessions[1].id, "hold"),
        (sessions[1].id, sessions[2].id, "progress"),
    ]
    assert data.decisions[1].proposed.kg > Mass.of("20", "lb").kg
    assert str(data.decisions[1].proposed.value) in data.decisions[1].reason


def test_the_card_stacks_owned_pieces(services: Services) -> None:
    planned = Session(TODAY + timedelta(days=1), planned_load=Mass.of("60", "lb"), sled_id=SLED.id)
    odd = Session(TODAY + timedelta(days=3), planned_load=Mass.of("40", "lb"), sled_id=SLED.id)
    services.schedule.add_many([planned, odd])
    assert next_planned(services, TODAY) == planned
    card = build_session_card(services, planned)
    assert card.exact and card.sled == SLED
    assert sorted((label, used) for label, _mass, used in card.pieces) == [
        ("25 lb plate", 1),
        ("35 lb bell", 1),
    ]
    nearest = build_session_card(services, odd)
    assert not nearest.exact
    assert nearest.built_kg == Mass.of("35", "lb").kg
    assert next_planned(services, TODAY + timedelta(days=4)) is None
    assert isinstance(nearest.built_kg, Fraction)
