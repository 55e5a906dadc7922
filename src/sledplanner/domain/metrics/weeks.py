"""Weekly figures: minutes done and planned, load, monotony and strain, and adherence."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sledplanner.domain.load_model import (
    monotony,
)
from sledplanner.domain.metrics.daily import daily_loads
from sledplanner.domain.metrics.per_session import _is_done
from sledplanner.domain.sessions import Session, week_start


# ---------------------------------------------------------------------------- weeks
@dataclass(frozen=True)
class WeekMetrics:
    """One week's totals.

    Attributes:
        week_start: The first day of the week.
        minutes_done: Logged minutes of the done sessions.
        minutes_planned: Planned minutes of every session of the week, whatever its status.
        sessions_done: How many sessions are done.
        sessions_planned: How many sessions the week holds, whatever their status (as
            :func:`sledplanner.domain.compliance.weekly_adherence` counts them).
        adherence: ``sessions_done / sessions_planned`` (0–1); None for a week with no session.
        srpe_total: The week's session-RPE load in AU (done sessions logged with an RPE).
        monotony: Mean / population SD of the 7 daily loads (see
            :func:`sledplanner.domain.load_model.monotony`): None without load, capped at
            :data:`MONOTONY_CAP` (so SD = 0 with load gives the cap).
        strain: ``srpe_total × monotony``; 0 for a week without load.
    """

    week_start: date
    minutes_done: int
    minutes_planned: int
    sessions_done: int
    sessions_planned: int
    adherence: float | None
    srpe_total: float
    monotony: float | None
    strain: float


def weekly(sessions: Iterable[Session], first_weekday: int = 0) -> list[WeekMetrics]:
    """Give the totals of every week from the first session's week to the last one's.

    Weeks without any session are included (all zero, adherence and monotony None), so the
    list has no gaps. Each week's monotony and strain come from its 7 daily loads.

    Args:
        sessions: The sessions, in any order.
        first_weekday: The first day of a week, 0 = Monday … 6 = Sunday.

    Returns:
        One :class:`WeekMetrics` per week, oldest first; empty without sessions.

    Raises:
        ValueError: ``first_weekday`` is not 0–6.
    """
    if isinstance(first_weekday, bool) or first_weekday not in range(7):
        raise ValueError(f"first_weekday must be 0 (Monday) to 6 (Sunday), got {first_weekday}")
    listed = list(sessions)
    if not listed:
        return []
    first = week_start(min(session.day for session in listed), first_weekday)
    last = week_start(max(session.day for session in listed), first_weekday)
    week_count = (last - first).days // 7 + 1
    loads = daily_loads(listed, first, first + timedelta(days=7 * week_count - 1))
    counts = [[0, 0, 0, 0] for _ in range(week_count)]
    start = first.toordinal()
    for session in listed:
        week = counts[(session.day.toordinal() - start) // 7]
        week[1] += session.planned_minutes
        week[3] += 1
        if _is_done(session) and session.log is not None:
            week[0] += session.log.minutes
            week[2] += 1
    result: list[WeekMetrics] = []
    for index, (minutes_done, minutes_planned, done, planned) in enumerate(counts):
        daily = loads[7 * index : 7 * index + 7]
        total = sum(daily)
        week_monotony = monotony(daily)
        result.append(
            WeekMetrics(
                week_start=first + timedelta(days=7 * index),
                minutes_done=minutes_done,
                minutes_planned=minutes_planned,
                sessions_done=done,
                sessions_planned=planned,
                adherence=done / planned if planned else None,
                srpe_total=total,
                monotony=week_monotony,
                strain=total * week_monotony if week_monotony is not None else 0.0,
            )
        )
    return result


@dataclass(frozen=True)
class Adherence:
    """How many of the sessions that fell due were done.

    Attributes:
        done: The done sessions among them.
        due: The sessions whose day has come (today included), whatever their status.
    """

    done: int
    due: int

    @property
    def share(self) -> float:
        """``done / due``, 0–1."""
        return self.done / self.due


def adherence_to_date(sessions: Iterable[Session], today: date) -> Adherence | None:
    """Count the sessions done among those whose day has come (on or before ``today``).

    Sessions still ahead are not counted: a plan for next month does not lower today's
    adherence. None when no session has fallen due.
    """
    done = due = 0
    for session in sessions:
        if session.day <= today:
            due += 1
            done += _is_done(session)
    return Adherence(done, due) if due else None
