"""Tests for sledplanner.domain.compliance: TrainingPeaks-style colours and weekly adherence."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sledplanner.domain.compliance import (
    Adherence,
    Compliance,
    compliance,
    minutes_compliance,
    weekly_adherence,
)
from sledplanner.domain.sessions import Session, SessionLog

MONDAY = date(2025, 1, 6)
TODAY = date(2025, 1, 8)


def done(minutes: int, planned: int = 10, day: date = MONDAY) -> Session:
    return Session(day=day, planned_minutes=planned).done(SessionLog(minutes=minutes))


@pytest.mark.parametrize(
    ("minutes", "colour"),
    [
        (0, Compliance.RED),
        (4, Compliance.RED),  # 40 %
        (5, Compliance.YELLOW),  # 50 %, the lowest yellow
        (7, Compliance.YELLOW),  # 70 %
        (8, Compliance.GREEN),  # 80 %, the lowest green
        (10, Compliance.GREEN),
        (12, Compliance.GREEN),  # 120 %, the highest green
        (13, Compliance.YELLOW),  # 130 %
        (15, Compliance.YELLOW),  # 150 %, the highest yellow
        (16, Compliance.RED),  # 160 %
        (60, Compliance.RED),
    ],
)
def test_ten_planned_minutes(minutes: int, colour: Compliance) -> None:
    assert compliance(done(minutes), TODAY) is colour


@pytest.mark.parametrize(
    ("minutes", "planned", "colour"),
    [
        (159, 200, Compliance.YELLOW),  # 79.5 %: under 80 %
        (160, 200, Compliance.GREEN),
        (240, 200, Compliance.GREEN),
        (241, 200, Compliance.YELLOW),  # 120.5 %: over 120 %
        (99, 200, Compliance.RED),  # 49.5 %
        (100, 200, Compliance.YELLOW),
        (300, 200, Compliance.YELLOW),
        (301, 200, Compliance.RED),  # 150.5 %
        (6, 7, Compliance.GREEN),  # 85.7 %
        (5, 7, Compliance.YELLOW),  # 71.4 %
        (3, 7, Compliance.RED),  # 42.9 %
        (1, 1, Compliance.GREEN),
        (2, 1, Compliance.RED),
    ],
)
def test_boundaries_are_exact_ratios(minutes: int, planned: int, colour: Compliance) -> None:
    assert minutes_compliance(minutes, planned) is colour
    assert compliance(done(minutes, planned), TODAY) is colour


def test_a_skipped_session_is_red_even_in_the_future() -> None:
    assert compliance(Session(day=TODAY + timedelta(days=3)).skipped(), TODAY) is Compliance.RED


def test_a_planned_session_is_red_once_its_day_has_passed() -> None:
    assert compliance(Session(day=TODAY - timedelta(days=1)), TODAY) is Compliance.RED
    assert compliance(Session(day=TODAY), TODAY) is Compliance.PLANNED
    assert compliance(Session(day=TODAY + timedelta(days=1)), TODAY) is Compliance.PLANNED


def test_a_session_done_ahead_of_its_day_is_judged_on_its_minutes() -> None:
    assert compliance(done(10, day=TODAY + timedelta(days=2)), TODAY) is Compliance.GREEN


def test_minutes_compliance_refuses_impossible_minutes() -> None:
    with pytest.raises(ValueError):
        minutes_compliance(10, 0)
    with pytest.raises(ValueError):
        minutes_compliance(-1, 10)


@given(st.integers(min_value=1, max_value=600), st.integers(min_value=0, max_value=600))
def test_the_colour_depends_only_on_the_ratio(planned: int, minutes: int) -> None:
    colour = minutes_compliance(minutes, planned)
    for factor in (2, 3, 7):
        assert minutes_compliance(minutes * factor, planned * factor) is colour


@given(st.integers(min_value=1, max_value=600), st.integers(min_value=0, max_value=600))
def test_colours_get_worse_moving_away_from_the_plan(planned: int, minutes: int) -> None:
    rank = {Compliance.GREEN: 0, Compliance.YELLOW: 1, Compliance.RED: 2}
    colour = rank[minutes_compliance(minutes, planned)]
    farther = minutes - 1 if minutes <= planned else minutes + 1
    if farther >= 0:
        assert rank[minutes_compliance(farther, planned)] >= colour
    assert rank[minutes_compliance(planned, planned)] == 0


def test_weekly_adherence_counts_done_out_of_all_sessions_of_the_week() -> None:
    sessions = [
        done(10, day=MONDAY),
        done(4, day=MONDAY + timedelta(days=2)),  # red, but done
        Session(day=MONDAY + timedelta(days=4)).skipped(),
        Session(day=MONDAY + timedelta(days=6)),
        done(10, day=MONDAY - timedelta(days=1)),  # the Sunday before
        done(10, day=MONDAY + timedelta(days=7)),  # the Monday after
    ]
    result = weekly_adherence(sessions, MONDAY)
    assert result == (2, 4)
    assert result == Adherence(done=2, planned=4)
    assert weekly_adherence([], MONDAY) == (0, 0)
