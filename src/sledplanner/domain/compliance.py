"""Compliance colours: how well a session was done against its plan (DOMAIN.md §5).

The TrainingPeaks convention on duration, with exact ratios of whole minutes:

=========  ==========================================================================
GREEN      done, 80 % to 120 % of the planned minutes (within ±20 %), both ends included
YELLOW     done, 50 % to under 80 %, or over 120 % up to 150 % (both 50 % and 150 % included)
RED        done under 50 % or over 150 %; skipped; or still planned on a day before today
PLANNED    still planned, today or later: nothing to judge yet
=========  ==========================================================================

Every session gets exactly one of these: planned minutes are never zero, so there is no
"cannot tell" case. For 10 planned minutes: 8–12 green, 5–7 and 13–15 yellow, 0–4 and 16 or
more red.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from enum import StrEnum
from fractions import Fraction
from typing import NamedTuple

from sledplanner.domain.sessions import Session, SessionStatus

__all__ = ["Adherence", "Compliance", "compliance", "minutes_compliance", "weekly_adherence"]

_GREEN_LOW = Fraction(4, 5)
_GREEN_HIGH = Fraction(6, 5)
_YELLOW_LOW = Fraction(1, 2)
_YELLOW_HIGH = Fraction(3, 2)


class Compliance(StrEnum):
    """The colour of a session on the calendar."""

    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"
    PLANNED = "planned"


def minutes_compliance(actual: int, planned: int) -> Compliance:
    """Colour a done session by its minutes against the plan.

    Args:
        actual: Minutes done, zero or more.
        planned: Minutes planned, at least 1.

    Returns:
        GREEN, YELLOW or RED.

    Raises:
        ValueError: If ``planned`` is not at least 1 or ``actual`` is negative.
    """
    if planned < 1 or actual < 0:
        raise ValueError(f"cannot compare {actual} minutes done with {planned} planned")
    ratio = Fraction(actual, planned)
    if _GREEN_LOW <= ratio <= _GREEN_HIGH:
        return Compliance.GREEN
    if _YELLOW_LOW <= ratio <= _YELLOW_HIGH:
        return Compliance.YELLOW
    return Compliance.RED


def compliance(session: Session, today: date) -> Compliance:
    """Colour a session as seen on ``today`` (see the module notes for the rules).

    Args:
        session: The session.
        today: Today's date: a planned session before it was missed.

    Returns:
        The colour.
    """
    if session.status is SessionStatus.DONE and session.log is not None:
        return minutes_compliance(session.log.minutes, session.planned_minutes)
    if session.status is SessionStatus.SKIPPED:
        return Compliance.RED
    return Compliance.RED if session.day < today else Compliance.PLANNED


class Adherence(NamedTuple):
    """How many of a week's sessions were done, out of how many were planned."""

    done: int
    planned: int


def weekly_adherence(sessions: Iterable[Session], week_start: date) -> Adherence:
    """Count the sessions of the week starting on ``week_start``, and how many are done.

    Every session of the seven days counts as planned, whatever its status; a done session
    counts as done whatever its minutes (the colours judge the minutes).

    Args:
        sessions: Sessions; those outside the week are ignored.
        week_start: The first day of the week.

    Returns:
        ``(done, planned)``, such as ``(2, 3)`` for "2 of 3 sessions".
    """
    end = week_start + timedelta(days=7)
    week = [session for session in sessions if week_start <= session.day < end]
    done = sum(1 for session in week if session.status is SessionStatus.DONE)
    return Adherence(done, len(week))
