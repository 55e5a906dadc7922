"""Loads over weeks: the weekly cap's base, and the caution for a rise over 30 % in two weeks."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from datetime import date, timedelta
from fractions import Fraction

from sledplanner.domain.day_words import day_text
from sledplanner.domain.errors import ValidationError
from sledplanner.domain.progression.exact import (
    _decimal,
    _mass_text,
    _number,
)
from sledplanner.domain.sessions import (
    Session,
    SessionStatus,
    week_start,
)
from sledplanner.domain.units import Mass

#: A rise above this percentage over two weeks draws a caution (Nielsen et al. 2014, JOSPT).
TWO_WEEK_RISE_PERCENT = 30


# ---------------------------------------------------------------------------- two-week rise
def two_week_rise_warning(loads_by_week: Sequence[Mass]) -> list[str]:
    """Caution about every rise of more than 30 % over two weeks.

    Nielsen et al. (2014, JOSPT 44(10)) linked increases above 30 % over two weeks to more
    knee-pain injuries. This is a caution, never a verdict. Weeks are numbered from 1 in the
    order given; each week is compared with the week two before it. A rise from a week with no
    load (zero) has no percentage and draws no caution. The percentage is exact when it has at
    most one decimal, otherwise it is "about" its value rounded to one decimal (or more, so it
    never reads as 30 %).

    Args:
        loads_by_week: One load per week, oldest first; units may be mixed.

    Returns:
        One sentence per rise above 30 %, in week order; empty when there is none.

    Raises:
        ValidationError: On the field "loads" when an item is not a mass.
    """
    for load in loads_by_week:
        if not isinstance(load, Mass):
            raise ValidationError("loads", "must hold masses only")
    warnings: list[str] = []
    for index in range(2, len(loads_by_week)):
        before, after = loads_by_week[index - 2], loads_by_week[index]
        if before.kg == 0:
            continue
        rise = (after.kg - before.kg) / before.kg * 100
        if rise > TWO_WEEK_RISE_PERCENT:
            warnings.append(
                f"Caution: the load rose {_rise_text(rise)} % in two weeks, from "
                f"{_mass_text(before)} in week {index - 1} to {_mass_text(after)} in week "
                f"{index + 1}. Rises of more than {TWO_WEEK_RISE_PERCENT} % over two weeks have "
                "been linked to more knee injuries (Nielsen et al. 2014); a smaller step may be "
                "kinder to your knees."
            )
    return warnings


def _rise_text(percent: Fraction) -> str:
    """Write a percentage exactly, or as "about" a rounding that still reads above 30."""
    if (percent * 10).denominator == 1:
        return _number(_decimal(percent))
    for places in range(1, 7):
        rounded = Fraction(math.floor(percent * 10**places + Fraction(1, 2)), 10**places)
        if rounded > TWO_WEEK_RISE_PERCENT:
            return f"about {_number(_decimal(rounded), places)}"
    return f"just over {TWO_WEEK_RISE_PERCENT}"


# ---------------------------------------------------------------------------- weekly bases
#: How many weeks back the weekly bases look for a full week with a load.
BASE_WEEKS_BACK = 4


def week_load(sessions: Iterable[Session], *, done_only: bool) -> Mass | None:
    """Give the heaviest load of some sessions (one week's, say), or None when none has one.

    A done session counts with its logged load, or its planned load when none was logged. A
    skipped session never counts (it was not done). A planned session counts with its planned
    load unless ``done_only``.
    """
    loads: list[Mass] = []
    for session in sessions:
        if session.status is SessionStatus.SKIPPED:
            continue
        if session.status is SessionStatus.DONE:
            logged = session.log.load if session.log is not None else None
            load = logged if logged is not None else session.planned_load
        elif done_only:
            continue
        else:
            load = session.planned_load
        if load is not None:
            loads.append(load)
    return max(loads, key=lambda mass: mass.kg) if loads else None


def _full_week_load(
    sessions: Sequence[Session],
    newest_week: date,
    lighter: Callable[[Session], bool],
    *,
    done_only: bool,
) -> tuple[date, Mass] | None:
    """The load of the newest full week at or before ``newest_week`` that has one.

    Weeks are seven days from each start. A week holding a session of a planned lighter
    (deload) week does not reset the base, so it is passed over, as is a week with no load;
    at most :data:`BASE_WEEKS_BACK` weeks are looked at.
    """
    for back in range(BASE_WEEKS_BACK):
        first = newest_week - timedelta(days=7 * back)
        week = [s for s in sessions if first <= s.day < first + timedelta(days=7)]
        if any(lighter(s) for s in week):
            continue
        load = week_load(week, done_only=done_only)
        if load is not None:
            return first, load
    return None


def cap_base(
    sessions: Sequence[Session],
    day: date,
    first_weekday: int = 0,
    lighter: Callable[[Session], bool] = lambda _session: False,
) -> Mass | None:
    """Give the load the weekly cap is measured on for a session on ``day`` (DOMAIN §4).

    It is the heaviest load **done** in the last full week before ``day``'s week: skipped and
    missed sessions do not count, and a lighter (deload) week is passed over, so the cap
    compares with the last full week. A week with nothing done is passed over too. None when
    no such week is found within :data:`BASE_WEEKS_BACK` weeks.

    Args:
        sessions: One activity's sessions around ``day``; any order.
        day: The day of the session whose load is being decided.
        first_weekday: The first day of a week, 0 = Monday … 6 = Sunday.
        lighter: Whether a session belongs to a planned lighter week.
    """
    this_week = week_start(day, first_weekday)
    found = _full_week_load(sessions, this_week - timedelta(days=7), lighter, done_only=True)
    return found[1] if found is not None else None


def rise_base(
    sessions: Sequence[Session],
    day: date,
    first_weekday: int = 0,
    lighter: Callable[[Session], bool] = lambda _session: False,
) -> tuple[date, Mass] | None:
    """Give the week and load that a load on ``day`` is compared with for the 30 % caution.

    It is the heaviest load of the last full week that starts two or more weeks before
    ``day``'s week (DOMAIN §4, Nielsen et al. 2014): done sessions with what was done, planned
    ones with their plan (a plan far ahead is checked against the plan before it), skipped
    ones not at all. Lighter weeks and weeks without a load are passed over.
    """
    this_week = week_start(day, first_weekday)
    return _full_week_load(sessions, this_week - timedelta(days=14), lighter, done_only=False)


def rise_caution(base: tuple[date, Mass] | None, load: Mass) -> str | None:
    """Caution when ``load`` is more than 30 % above the two-week base, else None.

    Args:
        base: The week and load from :func:`rise_base`, or None when there is none.
        load: The load being set.

    Returns:
        One sentence naming both loads and the rise, or None. A base of zero (the empty
        sled) has no percentage and draws no caution.
    """
    if base is None or base[1].kg == 0:
        return None
    first, before = base
    rise = (load.kg - before.kg) / before.kg * 100
    if rise <= TWO_WEEK_RISE_PERCENT:
        return None
    return (
        f"Caution: {_mass_text(load)} is {_rise_text(rise)} % above the {_mass_text(before)} "
        f"of the week of {day_text(first)}. Rises of more than {TWO_WEEK_RISE_PERCENT} % "
        "over two weeks have been linked to more knee injuries (Nielsen et al. 2014); a "
        "smaller step may be kinder to your knees."
    )
