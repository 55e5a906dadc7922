"""Moving sessions about the calendar: rescheduling a missed one, copying a week, moving one."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, time, timedelta

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.sessions import Session, SessionStatus, week_start

__all__ = ["copy_week", "move", "next_free_day"]

_ONE_DAY = timedelta(days=1)
_WEEK = timedelta(days=7)


def next_free_day(
    session: Session,
    week_sessions: Sequence[Session],
    today: date,
    first_weekday: int = 0,
) -> date | None:
    """Find where a missed session can go: the next free day of its week that keeps a rest day.

    The answer is the earliest day that

    * lies in the same week as ``session.day`` (the week starting on ``first_weekday``, as in
      :func:`~sledplanner.domain.sessions.week_start`),
    * is on or after ``today`` and after ``session.day``,
    * holds no other session, and
    * has no other session on the day before or the day after, so a rest day stays between
      sessions.

    "Other session" means any session in ``week_sessions`` except ``session`` itself (matched
    by id) and except skipped ones, which were not trained. A session in ``week_sessions`` that
    lies just outside the week (the last day of the week before, the first of the week after)
    still counts as a neighbour, so pass those too to keep rest days across the week boundary.

    Args:
        session: The missed session.
        week_sessions: The other sessions of that week (``session`` may be among them).
        today: Today's date.
        first_weekday: The first day of the week, 0 = Monday … 6 = Sunday.

    Returns:
        The day, or None when no day of the week qualifies.
    """
    first = week_start(session.day, first_weekday)
    busy = _busy_days(other for other in week_sessions if other.id != session.id)
    earliest = max(today, session.day + _ONE_DAY)
    for offset in range(7):
        day = first + timedelta(days=offset)
        if day < earliest:
            continue
        if day in busy or day - _ONE_DAY in busy or day + _ONE_DAY in busy:
            continue
        return day
    return None


def _busy_days(sessions: Iterable[Session]) -> set[date]:
    """The days that hold a session that is planned or done."""
    return {session.day for session in sessions if session.status is not SessionStatus.SKIPPED}


def copy_week(
    sessions: Sequence[Session],
    source_week_start: date,
    target_week_starts: Sequence[date],
) -> list[Session]:
    """Copy the plan of one week into other weeks.

    Every session of the source week (the seven days from ``source_week_start``) is copied,
    whatever its status: a done or skipped session was planned too, and its plan is what is
    repeated. Each copy is a new planned session with a new id and the same plan (activity,
    minutes, load, distance, surface, sled, start time) on the same day of its target week.
    It has no log, no notes (they often record how it went), no ``original_date``, and no
    ``programme_id``: it is the user's own session, not one a programme generated.

    Args:
        sessions: Sessions to copy from; those outside the source week are ignored.
        source_week_start: The first day of the week to copy.
        target_week_starts: The first day of each week to copy into.

    Returns:
        The copies, target week by target week, each week's by day (then start time).

    Raises:
        ValidationError: On the field "target_week" when a target is the source week itself
            or does not start on the same weekday as the source week.
    """
    end = source_week_start + _WEEK
    source = sorted(
        (session for session in sessions if source_week_start <= session.day < end),
        key=lambda session: (session.day, session.start_time or time.min),
    )
    copies: list[Session] = []
    for target in target_week_starts:
        if target == source_week_start:
            raise ValidationError("target_week", "cannot copy a week onto itself")
        if target.weekday() != source_week_start.weekday():
            raise ValidationError(
                "target_week",
                f"{target.isoformat()} does not start on the same weekday as the week copied",
            )
        shift = target - source_week_start
        copies.extend(
            Session(
                day=session.day + shift,
                activity=session.activity,
                planned_minutes=session.planned_minutes,
                planned_load=session.planned_load,
                planned_distance_m=session.planned_distance_m,
                surface=session.surface,
                sled_id=session.sled_id,
                start_time=session.start_time,
            )
            for session in source
        )
    return copies


def move(session: Session, day: date) -> Session:
    """Return ``session`` on ``day``, remembering the day it was first planned for.

    See :meth:`~sledplanner.domain.sessions.Session.moved_to`; moving it back clears the mark.
    """
    return session.moved_to(day)
