"""The next load after a logged session, held, reduced or raised, always with its reason."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.progression.exact import (
    _GRID_MANTISSAS,
    _decimal,
    _floor,
    _mass_text,
    _number,
)
from sledplanner.domain.progression.settings import _ACTIONS, Action, PainZones, ProgressionSettings
from sledplanner.domain.sessions import (
    Session,
    SessionLog,
    SessionStatus,
)
from sledplanner.domain.units import Mass, MassUnit


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
