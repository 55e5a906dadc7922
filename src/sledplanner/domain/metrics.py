"""Training-load metrics over sessions and gear, for the Progress charts (DOMAIN.md §2 and §5).

Pure functions; nothing here is stored. Three kinds of figures:

- per session (:class:`SessionMetrics`): the mass dragged, the drag force, the work and mean
  power, as ``float`` display figures converted explicitly from the exact inputs
  (:class:`Mass`, ``Decimal`` μ and distances); see the class for how.
- the planned and done loads over time: exact ``Fraction`` kg, like every mass in the app.
- series (daily loads, weekly sums, ACWR, fitness/fatigue, pain): plain ``float`` or ``int``
  display figures. The daily load is session RPE (RPE × minutes, Foster 2001), an ``int``
  converted to ``float`` when the series is built. The models over those series live in
  :mod:`sledplanner.domain.load_model` and are re-exported here.

Which sessions count: only **done** sessions carry load, minutes done, pain and RPE. Planned and
skipped sessions count towards what was planned (adherence), never towards load.

Gear spend is exact money (:class:`Money`), one currency at a time; currencies are never
converted into each other.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache

from sledplanner.domain.gear import GearItem, GearStatus
from sledplanner.domain.load_model import (
    ATL_DAYS,
    CTL_DAYS,
    MONOTONY_CAP,
    acwr_ewma,
    acwr_rolling,
    ewma,
    fitness_fatigue,
    monotony,
)
from sledplanner.domain.money import Money
from sledplanner.domain.sessions import Session, SessionStatus, week_start
from sledplanner.domain.surfaces import surface
from sledplanner.domain.units import KG_PER_LB, STANDARD_GRAVITY, Mass, MassUnit

__all__ = [
    "ATL_DAYS",
    "CTL_DAYS",
    "MONOTONY_CAP",
    "POOLED_SURFACE",
    "SessionMetrics",
    "Spend",
    "WeekMetrics",
    "Adherence",
    "acwr_ewma",
    "adherence_to_date",
    "acwr_rolling",
    "cost_per_session",
    "cumulative_spend",
    "daily_loads",
    "ewma",
    "fitness_fatigue",
    "monotony",
    "pain_series",
    "session_metrics",
    "weekly",
]

#: The surface whose μ is used when a session names none: Andre et al. 2013's pooled 0.33.
POOLED_SURFACE = "pooled"

_KG_PER_LB = float(KG_PER_LB)
_GRAVITY = float(STANDARD_GRAVITY)
_SECONDS_PER_MINUTE = 60
_JOULES_PER_KJ = 1000
_SPENT_STATUSES = frozenset({GearStatus.OWNED, GearStatus.RETIRED})


# ---------------------------------------------------------------------------- per session
@dataclass(frozen=True)
class SessionMetrics:
    """What one session asked of the legs, done (from its log) or planned (from its plan).

    The figures are floats, for charts and rounded display: each exact input (a mass's
    ``Decimal`` value, μ, the distance) is converted once with ``float()`` and the formula is
    then worked in floats (relative error around 1e-16). Use
    :func:`sledplanner.domain.surfaces.drag_force` when an exact force is needed.

    Attributes:
        session_id: The session's id.
        day: The session's day.
        done: Whether the figures come from the log (True) or from the plan (False).
        dragged_kg: Sled plus load in kg; None for a backward walk (no sled) and for a sled
            session where neither the sled's mass nor a load is known. An unknown sled mass
            counts as 0, so the figure is then a lower bound.
        mu: The kinetic friction used, exact: the logged surface's, else the planned
            surface's, else the pooled 0.33; None when there is no force.
        force_n: Drag force F = μ · m · g in newtons; None when ``dragged_kg`` is None.
        work_kj: Work W = F · d in kJ when a distance is known (the logged one for a done
            session, the planned one otherwise); else None.
        mean_power_w: Mean power W / t in watts over the session's minutes (logged, else
            planned); None without work or with 0 minutes.
        srpe: Session RPE (RPE × minutes, AU) of a done session logged with an RPE; else None.
    """

    session_id: str
    day: date
    done: bool
    dragged_kg: float | None
    mu: Decimal | None
    force_n: float | None
    work_kj: float | None
    mean_power_w: float | None
    srpe: int | None


def _is_done(session: Session) -> bool:
    """Whether the session is done and has its log (a done session always has one)."""
    return session.status is SessionStatus.DONE and session.log is not None


def _float_kg(mass: Mass | None) -> float:
    """Convert a mass to float kg (None is 0): ``float(value)``, times 0.45359237 for pounds."""
    if mass is None:
        return 0.0
    value = float(mass.value)
    return value * _KG_PER_LB if mass.unit is MassUnit.LB else value


def session_metrics(session: Session, sled_mass: Mass | None) -> SessionMetrics:
    """Work out the figures of one session.

    A done session uses its log: the logged load (else the planned load, as the progression
    rules do), the logged surface (else the planned one), the logged distance and minutes. A
    planned or skipped session uses its plan. A backward walk drags no sled, so it has no mass,
    force, work or power, whatever ``sled_mass`` says.

    Args:
        session: The session.
        sled_mass: The empty mass of the session's sled, or None when unknown.

    Returns:
        The session's figures.
    """
    done = _is_done(session)
    log = session.log if done else None
    if log is not None:
        load = log.load if log.load is not None else session.planned_load
        surface_key = log.surface or session.surface or POOLED_SURFACE
        distance = log.distance_m
        minutes = log.minutes
    else:
        load = session.planned_load
        surface_key = session.surface or POOLED_SURFACE
        distance = session.planned_distance_m
        minutes = session.planned_minutes
    srpe = session.srpe if done else None
    if not session.activity.uses_sled or (sled_mass is None and load is None):
        return SessionMetrics(session.id, session.day, done, None, None, None, None, None, srpe)
    mu = surface(surface_key).mu
    dragged = _float_kg(sled_mass) + _float_kg(load)
    force = float(mu) * dragged * _GRAVITY
    work_kj: float | None = None
    power: float | None = None
    if distance is not None:
        joules = force * float(distance)
        work_kj = joules / _JOULES_PER_KJ
        if minutes > 0:
            power = joules / (minutes * _SECONDS_PER_MINUTE)
    return SessionMetrics(session.id, session.day, done, dragged, mu, force, work_kj, power, srpe)


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


# ---------------------------------------------------------------------------- loads over time
@lru_cache(maxsize=1024)
def _kg(value: Decimal, unit: MassUnit) -> Fraction:
    """Give the exact kg of a mass, cached by its value and unit (a history repeats loads)."""
    return Mass(value, unit).kg


# ---------------------------------------------------------------------------- gear spend
@dataclass(frozen=True)
class Spend:
    """Gear spend in one currency over time.

    Attributes:
        points: ``(day, total so far)`` for each purchase day, oldest first; the total
            includes every purchase on that day. Non-decreasing, since prices are never
            negative.
        undated: The total of the priced items with no purchase date (not in ``points``).
        unpriced: How many owned or retired items have no price at all.
    """

    points: list[tuple[date, Money]]
    undated: Money
    unpriced: int

    @property
    def dated_total(self) -> Money:
        """The total of the dated purchases: the last point, or 0."""
        return self.points[-1][1] if self.points else Money.zero(self.undated.currency)


def cumulative_spend(items: Iterable[GearItem], currency: str) -> Spend:
    """Add up what the owned and retired gear cost, by purchase date, in one currency.

    Each item costs its unit price × quantity. Wish-list items were not bought and are left
    out, as are items priced in another currency.

    Args:
        items: The inventory.
        currency: The ISO 4217 code to add up, in any case.

    Returns:
        The running total by purchase date, the undated total and the unpriced count.
    """
    undated = Money.zero(currency)
    by_day: dict[date, Money] = {}
    unpriced = 0
    for item in items:
        if item.status not in _SPENT_STATUSES:
            continue
        price = item.total_price
        if price is None:
            unpriced += 1
            continue
        if price.currency != undated.currency:
            continue
        if item.purchased_on is None:
            undated += price
        else:
            by_day[item.purchased_on] = by_day.get(item.purchased_on, Money.zero(currency)) + price
    points: list[tuple[date, Money]] = []
    running = Money.zero(currency)
    for day in sorted(by_day):
        running += by_day[day]
        points.append((day, running))
    return Spend(points, undated, unpriced)


def cost_per_session(
    items: Iterable[GearItem],
    sessions: Iterable[Session],
    currency: str,
    on: date,
    *,
    include_undated: bool = False,
) -> Money | None:
    """Give the gear spend per done session as of ``on``.

    Spend: owned and retired gear in ``currency`` bought on or before ``on`` (see
    :func:`cumulative_spend`), plus the undated items when ``include_undated``. Sessions: the
    done ones on or before ``on``, of any activity. The quotient is exact (a ``Decimal``
    division at 28 significant digits); round it to the currency's minor unit to show it.

    Args:
        items: The inventory.
        sessions: The sessions.
        currency: The ISO 4217 code of the spend.
        on: The day to work it out for.
        include_undated: Whether to count the priced items that have no purchase date.

    Returns:
        The spend per session, or None when no session was done by ``on``.
    """
    done = sum(1 for session in sessions if session.day <= on and _is_done(session))
    if done == 0:
        return None
    spend = cumulative_spend(items, currency)
    total = spend.undated if include_undated else Money.zero(currency)
    for day, running in reversed(spend.points):
        if day <= on:
            total += running
            break
    return Money(total.amount / done, total.currency)
