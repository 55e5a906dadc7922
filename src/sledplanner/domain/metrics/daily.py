"""Daily series over a date range: training load (sRPE) and knee pain."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sledplanner.domain.metrics.per_session import _is_done
from sledplanner.domain.sessions import Session


# ---------------------------------------------------------------------------- daily series
def _days(first: date, last: date) -> int:
    """The number of days from ``first`` to ``last``, both included (0 when last < first)."""
    return max((last - first).days + 1, 0)


def daily_loads(sessions: Iterable[Session], first: date, last: date) -> list[float]:
    """Give the daily session-RPE load from ``first`` to ``last``, both included.

    Two sessions on one day add up. Only done sessions logged with an RPE count; every other
    day is 0 (DOMAIN.md: missing days count as 0).

    Args:
        sessions: The sessions; those outside the range are ignored.
        first: The first day of the series.
        last: The last day of the series.

    Returns:
        ``loads[i]`` is the load of day ``first + i``; empty when ``last`` is before ``first``.
    """
    loads = [0.0] * _days(first, last)
    start = first.toordinal()
    for session in sessions:
        index = session.day.toordinal() - start
        if 0 <= index < len(loads) and _is_done(session):
            srpe = session.srpe
            if srpe is not None:
                loads[index] += srpe
    return loads


def pain_series(
    sessions: Iterable[Session], first: date, last: date
) -> tuple[list[int | None], list[int | None]]:
    """Give the pain logged each day from ``first`` to ``last``, both included.

    With two sessions on one day the worse (higher) value is kept. Next-morning pain is listed
    on the session's own day (it is the morning after that session), not on the day after.
    Only done sessions carry pain.

    Args:
        sessions: The sessions; those outside the range are ignored.
        first: The first day of the series.
        last: The last day of the series.

    Returns:
        ``(during, next_morning)``: entry ``i`` is for day ``first + i``, None when no pain
        was logged that day.
    """
    count = _days(first, last)
    during: list[int | None] = [None] * count
    morning: list[int | None] = [None] * count
    start = first.toordinal()
    for session in sessions:
        index = session.day.toordinal() - start
        log = session.log
        if not (0 <= index < count and _is_done(session)) or log is None:
            continue
        during[index] = _worse(during[index], log.pain_during)
        morning[index] = _worse(morning[index], log.pain_next_morning)
    return during, morning


def _worse(current: int | None, new: int | None) -> int | None:
    """Give the higher of two pain ratings, either of which may be missing."""
    if new is None:
        return current
    if current is None:
        return new
    return max(current, new)
