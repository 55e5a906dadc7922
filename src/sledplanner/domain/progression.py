"""Load progression gated by knee pain, with a weekly increase cap, always explained.

The rules follow DOMAIN.md §4, the pain-monitoring model of Silbernagel et al. (2007): pain during
a session is safe (0–2 by default), acceptable (3–5) or too much (above 5); next-morning pain must
be back to baseline; the load goes up only after enough settled sessions, and never by more than
the weekly cap. Every decision carries a plain-words reason that is shown to the user verbatim,
such as "held at 55 lb: next-morning pain rose from 1 to 3".

Masses stay exact. When a load has to be computed (a 10 % reduction, a capped increase, a step
given in the other unit), the result is put on a *grid* in the current load's unit and rounded
down to it, never to the nearest: see :func:`load_grid`. Nothing here rounds a mass silently;
the reason names the load exactly as proposed.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any, Literal

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.sessions import (
    Session,
    SessionLog,
    SessionStatus,
    check_scale,
    week_start,
)
from sledplanner.domain.units import Mass, MassUnit

__all__ = [
    "CAP_PERCENT_RANGE",
    "REDUCTION_PERCENT_RANGE",
    "SESSIONS_TO_PROGRESS_RANGE",
    "TWO_WEEK_RISE_PERCENT",
    "Action",
    "Decision",
    "PainZones",
    "ProgressionSettings",
    "Zone",
    "decide_next_load",
    "explain",
    "cap_base",
    "load_grid",
    "rise_base",
    "rise_caution",
    "two_week_rise_warning",
    "week_load",
]

#: The pain zone a 0–10 rating falls in.
Zone = Literal["safe", "acceptable", "too much"]

#: What a decision does to the next session's load.
Action = Literal["progress", "hold", "reduce"]

_ACTIONS: tuple[Action, ...] = ("progress", "hold", "reduce")

#: The highest a zone limit may be: a pain of 10 must always be "too much".
MAX_ZONE_LIMIT = 9

#: Allowed weekly increase cap, in percent, inclusive (DOMAIN §4: configurable 5–20 %).
CAP_PERCENT_RANGE = (Decimal(5), Decimal(20))

#: Allowed reduction after too much pain, in percent, inclusive (DOMAIN §4: −10 to −20 %).
REDUCTION_PERCENT_RANGE = (Decimal(10), Decimal(20))

#: Allowed number of settled sessions before a load goes up, inclusive (DOMAIN §4: at least 2).
SESSIONS_TO_PROGRESS_RANGE = (2, 10)

#: A rise above this percentage over two weeks draws a caution (Nielsen et al. 2014, JOSPT).
TWO_WEEK_RISE_PERCENT = 30

# The grid sizes are one of these times a power of ten, in the current load's unit.
_GRID_MANTISSAS = (Fraction(5), Fraction(5, 2), Fraction(2))


# ---------------------------------------------------------------------------- settings
@dataclass(frozen=True)
class PainZones:
    """Where pain during a session stops being safe, and stops being acceptable.

    Ratings are on the 0–10 scale. Pain up to ``safe_max`` is safe, up to ``acceptable_max``
    acceptable, and anything above is too much. Clinics draw the lines differently, so both are
    settings.

    Attributes:
        safe_max: The highest safe rating; 0 or more and below ``acceptable_max``.
        acceptable_max: The highest acceptable rating; at most 9.
    """

    safe_max: int = 2
    acceptable_max: int = 5

    def __post_init__(self) -> None:
        """Check both limits.

        Raises:
            ValidationError: On the field "pain zones" unless
                0 <= safe_max < acceptable_max <= 9, with whole numbers.
        """
        for value in (self.safe_max, self.acceptable_max):
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValidationError(
                    "pain zones", f"the zone limits must be whole numbers, not {value!r}"
                )
        if not 0 <= self.safe_max < self.acceptable_max <= MAX_ZONE_LIMIT:
            raise ValidationError(
                "pain zones",
                "the safe limit must be 0 or more and below the acceptable limit, which must be "
                f"at most {MAX_ZONE_LIMIT}; got safe up to {self.safe_max} and acceptable up to "
                f"{self.acceptable_max}",
            )

    def zone(self, pain: int) -> Zone:
        """Tell which zone a pain rating is in.

        Args:
            pain: A whole-number rating from 0 to 10.

        Returns:
            "safe", "acceptable" or "too much".

        Raises:
            ValidationError: On the field "pain" for a rating that is not a whole number 0–10.
        """
        check_scale(pain, "pain")
        if pain <= self.safe_max:
            return "safe"
        if pain <= self.acceptable_max:
            return "acceptable"
        return "too much"

    def to_dict(self) -> dict[str, int]:
        """Describe the zones for the database.

        Returns:
            ``{"safe_max": 2, "acceptable_max": 5}`` for the defaults.
        """
        return {"safe_max": self.safe_max, "acceptable_max": self.acceptable_max}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PainZones:
        """Rebuild the zones from :meth:`to_dict`'s mapping; a missing limit takes its default.

        Args:
            data: The stored mapping.

        Returns:
            The checked zones.

        Raises:
            ValidationError: On the field "pain zones" for a bad mapping or bad limits.
        """
        if not isinstance(data, Mapping):
            raise ValidationError("pain zones", "the saved pain zones must be a mapping")
        default = cls()
        return cls(
            safe_max=data.get("safe_max", default.safe_max),
            acceptable_max=data.get("acceptable_max", default.acceptable_max),
        )


def _percent(value: object, field_name: str, allowed: tuple[Decimal, Decimal]) -> Decimal:
    """Read a percentage given as a Decimal, int or text, and check it is within ``allowed``."""
    low, high = allowed
    words = f"must be a percentage from {_number(low)} to {_number(high)}"
    if isinstance(value, bool | float):
        raise ValidationError(field_name, f"{words} given as text or a whole number, not {value!r}")
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int | str):
        try:
            number = Decimal(str(value).strip())
        except InvalidOperation:
            raise ValidationError(field_name, f"{words}, not '{value}'") from None
    else:
        raise ValidationError(field_name, f"{words}, not {type(value).__name__}")
    if not number.is_finite() or not low <= number <= high:
        raise ValidationError(field_name, f"{words}, got {value}")
    return number


@dataclass(frozen=True)
class ProgressionSettings:
    """The user's progression rules; all of them are visible and editable (DOMAIN §4).

    Attributes:
        zones: The pain zones for pain during a session.
        weekly_cap_percent: The most a load may rise in a week over last week's load, 5–20 %.
            Ints and text are accepted and stored as a Decimal; floats are refused.
        reduction_percent: How much lighter the next session is after too much pain, 10–20 %
            (or one step, whichever is more).
        sessions_to_progress: How many settled sessions in a row at the current load are needed
            before it goes up, 2–10.
    """

    zones: PainZones = field(default_factory=PainZones)
    weekly_cap_percent: Decimal = Decimal(10)
    reduction_percent: Decimal = Decimal(10)
    sessions_to_progress: int = 2

    def __post_init__(self) -> None:
        """Check every field.

        Raises:
            ValidationError: On "pain zones", "weekly cap", "reduction" or "sessions to
                progress", naming the first bad field.
        """
        if not isinstance(self.zones, PainZones):
            raise ValidationError("pain zones", "must be pain zones")
        object.__setattr__(
            self,
            "weekly_cap_percent",
            _percent(self.weekly_cap_percent, "weekly cap", CAP_PERCENT_RANGE),
        )
        object.__setattr__(
            self,
            "reduction_percent",
            _percent(self.reduction_percent, "reduction", REDUCTION_PERCENT_RANGE),
        )
        count: object = self.sessions_to_progress
        low, high = SESSIONS_TO_PROGRESS_RANGE
        if isinstance(count, bool) or not isinstance(count, int) or not low <= count <= high:
            raise ValidationError(
                "sessions to progress", f"must be a whole number from {low} to {high}, got {count}"
            )

    def to_dict(self) -> dict[str, Any]:
        """Describe the settings for the database; percentages are stored as exact text.

        Returns:
            A mapping with "zones", "weekly_cap_percent", "reduction_percent" and
            "sessions_to_progress".
        """
        return {
            "zones": self.zones.to_dict(),
            "weekly_cap_percent": str(self.weekly_cap_percent),
            "reduction_percent": str(self.reduction_percent),
            "sessions_to_progress": self.sessions_to_progress,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ProgressionSettings:
        """Rebuild the settings from :meth:`to_dict`'s mapping; a missing field takes its default.

        Args:
            data: The stored mapping.

        Returns:
            The checked settings.

        Raises:
            ValidationError: On the field of the first bad value, or "progression settings"
                when ``data`` is not a mapping.
        """
        if not isinstance(data, Mapping):
            raise ValidationError("progression settings", "the saved settings must be a mapping")
        default = cls()
        zones = data.get("zones")
        return cls(
            zones=default.zones if zones is None else PainZones.from_dict(zones),
            weekly_cap_percent=data.get("weekly_cap_percent", default.weekly_cap_percent),
            reduction_percent=data.get("reduction_percent", default.reduction_percent),
            sessions_to_progress=data.get("sessions_to_progress", default.sessions_to_progress),
        )


# ---------------------------------------------------------------------------- decision
@dataclass(frozen=True)
class Decision:
    """What to do with the next session's load, and why.

    Attributes:
        action: "progress" (heavier), "hold" (same) or "reduce" (lighter).
        current: The load the next session has now.
        proposed: The load proposed for it.
        reason: Plain words shown to the user as they are, always naming ``proposed``.
    """

    action: Action
    current: Mass
    proposed: Mass
    reason: str

    def __post_init__(self) -> None:
        """Check that the action matches the loads.

        Raises:
            ValidationError: On the field "action" for an unknown action, or one that does not
                fit the loads (a progress must be heavier, a reduce lighter, a hold the same).
        """
        if self.action not in _ACTIONS:
            raise ValidationError("action", f"must be progress, hold or reduce, not {self.action}")
        expected: Action = (
            "progress"
            if self.proposed > self.current
            else "reduce"
            if self.proposed < self.current
            else "hold"
        )
        if self.action != expected:
            raise ValidationError(
                "action",
                f"{self.action} does not fit {self.current} proposed as {self.proposed}",
            )

    @property
    def changed(self) -> bool:
        """Whether the proposed load differs from the current one."""
        return self.proposed != self.current


def explain(decision: Decision) -> str:
    """Give the plain-words reason for a decision (the same as ``decision.reason``).

    Args:
        decision: A decision from :func:`decide_next_load`.

    Returns:
        The reason, such as "held at 55 lb: next-morning pain rose from 1 to 3".
    """
    return decision.reason


def load_grid(step: Mass, unit: MassUnit) -> Decimal:
    """Give the grid a computed load is rounded down to, in ``unit``.

    The grid is one tenth of the step, itself rounded down to 1, 2, 2.5 or 5 times a power of ten:
    0.5 lb for a 5 lb step, 0.25 kg for a 2.5 kg step, 1 lb for a 10 lb step, 0.5 lb for a
    2.5 kg step used on a load in pounds (a tenth of it is 0.55 lb).

    Args:
        step: The usual load increment; above zero.
        unit: The unit of the load being computed.

    Returns:
        The grid size in ``unit``, above zero, without trailing zeros.

    Raises:
        ValidationError: On the field "step" when the step is not a mass above zero.
    """
    if not isinstance(step, Mass) or step.kg <= 0:
        raise ValidationError("step", "must be a mass above zero")
    tenth = step.in_unit(unit) / 10
    power = Fraction(1)
    while power > tenth:
        power /= 10
    while power * 10 <= tenth:
        power *= 10
    for mantissa in _GRID_MANTISSAS:
        if mantissa * power <= tenth:
            return _decimal(mantissa * power)
    return _decimal(power)


def decide_next_load(
    history: Sequence[Session],
    current: Mass,
    step: Mass,
    settings: ProgressionSettings,
    last_week_load: Mass | None = None,
) -> Decision:
    """Decide the next session's load from the sessions done so far, and say why.

    Only sessions that are done and have a log count; the others are ignored. The caller passes
    one activity's sessions; they are put in date order (a stable sort, so sessions on one day
    keep the order given). "Latest" below is the last of them. A session's load is its logged
    load, or its planned load when none was logged; a session with neither has no known load.

    The rules, first match wins (DOMAIN §4):

    1. No logged session: hold ("held at 55 lb: no session logged yet").
    2. Pain during the latest session was too much (above ``acceptable_max``): step back
       ("reduced to 49.5 lb: pain during was 7, above the acceptable 5").
    3. Next-morning pain after the latest session not logged: hold ("held at 55 lb: next-morning
       pain not logged yet"). Higher than the baseline: step back ("reduced to 49.5 lb:
       next-morning pain rose from 1 to 3"). The baseline is the lowest next-morning pain logged
       in the earlier sessions, or the latest session's own value when none of them has one (so
       this rule cannot fire then).
    4. Pain during the latest session not logged: hold ("held at 55 lb: pain during not logged
       yet"). Fewer than ``sessions_to_progress`` settled sessions in a row, counting back from
       the latest: hold ("held at 55 lb: needs 2 settled sessions at this load, 1 so far"). A
       settled session has pain during logged and not too much, next-morning pain logged and at
       or below the baseline, and a load equal to ``current`` (physically: 24.94758035 kg
       equals 55 lb).
    5. Otherwise progress by one step ("progressed to 60 lb: 2 settled sessions at 55 lb"),
       capped so that the new load is at most ``weekly_cap_percent`` above ``last_week_load``
       (above ``current`` when there is no load for last week or it is zero): "progressed to
       55 lb (capped at 10 % a week): 2 settled sessions at 50 lb". When the cap leaves no
       room to go up, hold and say so. From an empty sled (``current`` and the cap's base both
       zero) a percentage of zero is zero, so the cap does not apply and the first step itself
       is allowed.

    Stepping back (rules 2 and 3) starts from the load of the session that hurt (the latest;
    ``current`` when its load is unknown), because "next session lower" means lower than that
    one: it takes off ``reduction_percent`` of it or one step, whichever is more, never going
    below zero. If ``current`` is already at or below that, the decision is a hold with the same
    explanation ("held at 55 lb: next-morning pain rose from 1 to 3"); an empty sled is always
    held.

    Rounding: a step back and a capped increase are rounded DOWN to :func:`load_grid` in
    ``current``'s unit, so a reduction is never smaller than asked and an increase never passes
    the cap. An uncapped step in ``current``'s unit is added exactly; a step in the other unit is
    converted and the sum rounded down to the grid. The proposed load is always in ``current``'s
    unit.

    Args:
        history: The sessions done so far, oldest first.
        current: The load the next session has now (the added load, without the sled).
        step: The usual increment, above zero, such as 5 lb or 2.5 kg.
        settings: The user's progression rules.
        last_week_load: The load of last week, for the weekly cap; None when unknown.

    Returns:
        The decision, with its reason.

    Raises:
        ValidationError: On "history", "current load", "step", "settings" or "last week's load"
            for an argument of the wrong kind, or a step that is not above zero.
    """
    logged = _logged(history)
    _check_arguments(current, step, settings, last_week_load)
    zones = settings.zones
    if not logged:
        return _hold(current, "no session logged yet")
    latest, log = logged[-1]
    if log.pain_during is not None and zones.zone(log.pain_during) == "too much":
        why = f"pain during was {log.pain_during}, above the acceptable {zones.acceptable_max}"
        return _step_back(current, _load(latest, log), step, settings, why)
    morning = log.pain_next_morning
    if morning is None:
        return _hold(current, "next-morning pain not logged yet")
    earlier = [entry.pain_next_morning for _, entry in logged[:-1]]
    baseline = min((pain for pain in earlier if pain is not None), default=morning)
    if morning > baseline:
        why = f"next-morning pain rose from {baseline} to {morning}"
        return _step_back(current, _load(latest, log), step, settings, why)
    if log.pain_during is None:
        return _hold(current, "pain during not logged yet")
    settled = 0
    for session, entry in reversed(logged):
        if not _settled(session, entry, current, zones, baseline):
            break
        settled += 1
    needed = settings.sessions_to_progress
    if settled < needed:
        return _hold(current, f"needs {needed} settled sessions at this load, {settled} so far")
    return _progress(current, step, settings, last_week_load, settled)


def _check_arguments(
    current: object, step: object, settings: object, last_week_load: object
) -> None:
    """Refuse arguments of the wrong kind with a ValidationError naming them."""
    if not isinstance(current, Mass):
        raise ValidationError("current load", "must be a mass")
    if not isinstance(step, Mass) or step.kg <= 0:
        raise ValidationError("step", "must be a mass above zero")
    if not isinstance(settings, ProgressionSettings):
        raise ValidationError("settings", "must be progression settings")
    if last_week_load is not None and not isinstance(last_week_load, Mass):
        raise ValidationError("last week's load", "must be a mass or nothing")


def _logged(history: Sequence[Session]) -> list[tuple[Session, SessionLog]]:
    """Keep the done sessions that have a log, in date order, each with its log."""
    logged: list[tuple[Session, SessionLog]] = []
    for session in history:
        if not isinstance(session, Session):
            raise ValidationError("history", "must hold sessions only")
        if session.status is SessionStatus.DONE and session.log is not None:
            logged.append((session, session.log))
    logged.sort(key=lambda pair: pair[0].day)
    return logged


def _load(session: Session, log: SessionLog) -> Mass | None:
    """Give the load a session was done at: logged, else planned, else unknown."""
    return log.load if log.load is not None else session.planned_load


def _settled(
    session: Session, log: SessionLog, current: Mass, zones: PainZones, baseline: int
) -> bool:
    """Tell whether a session counts towards progressing from ``current``."""
    return (
        log.pain_during is not None
        and zones.zone(log.pain_during) != "too much"
        and log.pain_next_morning is not None
        and log.pain_next_morning <= baseline
        and _load(session, log) == current
    )


def _hold(current: Mass, why: str) -> Decision:
    """Keep the load, saying why."""
    return Decision("hold", current, current, f"held at {_mass_text(current)}: {why}")


def _step_back(
    current: Mass, hurt_at: Mass | None, step: Mass, settings: ProgressionSettings, why: str
) -> Decision:
    """Go lower than the load that hurt, or hold when ``current`` is already low enough."""
    unit = current.unit
    grid = load_grid(step, unit)
    source = (hurt_at if hurt_at is not None else current).in_unit(unit)
    cut = max(source * Fraction(settings.reduction_percent) / 100, step.in_unit(unit))
    target = _floor(max(Fraction(0), source - cut), grid)
    if target >= current.in_unit(unit):
        return _hold(current, why)
    proposed = Mass(_decimal(target), unit)
    return Decision("reduce", current, proposed, f"reduced to {_mass_text(proposed)}: {why}")


def _progress(
    current: Mass,
    step: Mass,
    settings: ProgressionSettings,
    last_week_load: Mass | None,
    settled: int,
) -> Decision:
    """Add one step, capped by the weekly increase limit."""
    unit = current.unit
    grid = load_grid(step, unit)
    now = current.in_unit(unit)
    if step.unit is unit:
        target = now + step.in_unit(unit)
    else:
        target = _floor(now + step.in_unit(unit), grid)
    from_last_week = last_week_load is not None and last_week_load.kg > 0
    base = last_week_load if last_week_load is not None and from_last_week else current
    because = f"{settled} settled sessions at {_mass_text(current)}"
    cap = settings.weekly_cap_percent
    factor = (100 + Fraction(cap)) / 100
    capped = False
    if base.kg > 0:
        limit = base.in_unit(unit) * factor
        if target > limit:
            capped = True
            target = _floor(limit, grid)
        if target <= now:
            over = f"last week's {_mass_text(base)}" if from_last_week else _mass_text(base)
            most = f"{_number(_decimal(Fraction(base.value) * factor))} {base.unit.value}"
            words = f"the {_number(cap)} % weekly cap over {over} allows at most {most}"
            if limit > now:
                words += f", less than one {_number(grid)} {unit.value} increment more"
            return _hold(current, f"{because}, but {words}")
    proposed = Mass(_decimal(target), unit)
    note = f" (capped at {_number(cap)} % a week)" if capped else ""
    return Decision(
        "progress", current, proposed, f"progressed to {_mass_text(proposed)}{note}: {because}"
    )


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
        f"of the week of {first.isoformat()}. Rises of more than {TWO_WEEK_RISE_PERCENT} % "
        "over two weeks have been linked to more knee injuries (Nielsen et al. 2014); a "
        "smaller step may be kinder to your knees."
    )


# ---------------------------------------------------------------------------- exact numbers
def _floor(value: Fraction, grid: Decimal) -> Fraction:
    """Round a non-negative amount down to a whole number of ``grid``."""
    size = Fraction(grid)
    return math.floor(value / size) * size


def _decimal(value: Fraction) -> Decimal:
    """Write a non-negative Fraction with a finite decimal expansion as an exact Decimal.

    Trailing zeros after the decimal point are dropped, and there is never an exponent, so
    ``str()`` of the result reads "60" or "58.5".

    Raises:
        ArithmeticError: If ``value`` is negative or has no short finite decimal expansion.
    """
    if value < 0:
        raise ArithmeticError(f"{value} is negative")
    places = 0
    while (value * 10**places).denominator != 1:
        places += 1
        if places > 200:
            raise ArithmeticError(f"{value} has no short finite decimal expansion")
    scaled = int(value * 10**places)
    while places > 0 and scaled % 10 == 0:
        scaled //= 10
        places -= 1
    return Decimal((0, tuple(int(digit) for digit in str(scaled)), -places))


def _number(value: Decimal, places: int | None = None) -> str:
    """Write a finite Decimal in plain digits without trailing zeros (or with ``places``)."""
    exact = _decimal(Fraction(value))
    if places is None:
        return f"{exact:f}"
    return f"{exact:.{places}f}"


def _mass_text(mass: Mass) -> str:
    """Write a mass exactly in its own unit, such as "55 lb" or "58.25 kg"."""
    return f"{_number(mass.value)} {mass.unit.value}"
