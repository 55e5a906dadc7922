"""Generating a programme's weeks of planned sessions (DOMAIN.md §4)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from fractions import Fraction

from sledplanner.domain.day_words import day_text
from sledplanner.domain.errors import ValidationError
from sledplanner.domain.programme.gear_steps import _GearSteps
from sledplanner.domain.programme.model import Programme
from sledplanner.domain.programme.templates import ProgrammeTemplate
from sledplanner.domain.programme.weeks import _snapped, _Week
from sledplanner.domain.programme.words import (
    _WEEKDAY_NAMES,
    LOAD_PRECISION,
    TWO_WEEK_RISE_LIMIT,
    _percent_text,
    _terminating_decimal,
    amount_text,
    mass_text,
    quantise_down,
)
from sledplanner.domain.sessions import (
    MAX_LOAD_KG,
    Session,
    week_start,
)
from sledplanner.domain.units import Mass, MassUnit

# ------------------------------------------------------------------ generation


@dataclass(frozen=True)
class GeneratedPlan:
    """The sessions a programme generates, and what the user must be told about them.

    Attributes:
        sessions: The planned sessions, by day.
        warnings: Plain-words notes: loads changed to fit the gear, fields the template does not
            use, weeks that cannot progress, rises above 30 % in two weeks.
        flagged: ``(day, load)`` for each session whose planned load the gear cannot build
            (only when the buildable totals were given). These loads are kept as planned.
        week_loads: The planned load of each week, week 1 first; None for every week when the
            sessions carry no load (backward walking).
        weeks: Each week's load, minutes and why, week 1 first.
    """

    sessions: list[Session]
    warnings: list[str]
    flagged: list[tuple[date, Mass]]
    week_loads: list[Mass | None]
    weeks: list[PlannedWeek] = field(default_factory=list)


def default_start(day: date) -> date:
    """The day a new plan starts on by default: ``day`` when it is a Monday, else the next Monday.

    Programme weeks run Monday to Sunday (see :func:`generate`), so a plan started late in a
    week would lose that week's earlier training days.
    """
    return day + timedelta(days=(7 - day.weekday()) % 7)


def is_lighter_week(programme: Programme, template: ProgrammeTemplate, day: date) -> bool:
    """Whether ``day`` falls in one of the programme's planned lighter (deload) weeks.

    Week 1 is the Monday-to-Sunday week holding ``programme.start``, as in :func:`generate`;
    every ``template.deload_every``-th week is lighter. Days before week 1 or after the last
    week are never in a lighter week.
    """
    every = template.deload_every
    if every is None:
        return False
    offset = (week_start(day) - week_start(programme.start)).days // 7
    return 0 <= offset < programme.weeks and (offset + 1) % every == 0


@dataclass(frozen=True)
class PlannedWeek:
    """One week of a generated plan, for the preview.

    Attributes:
        number: 1 for the first week.
        load: The planned load of each session, None when none is carried.
        minutes: The planned minutes of each session.
        lighter: Whether it is a planned lighter (deload) week.
        note: Why the week holds, steps or changes time, in plain words; empty for a plain
            progression week.
    """

    number: int
    load: Mass | None
    minutes: int
    lighter: bool
    note: str


def generate(
    programme: Programme,
    template: ProgrammeTemplate,
    buildable: Sequence[Fraction] | None = None,
) -> GeneratedPlan:
    """Generate the planned sessions of a programme.

    **Days.** Week ``k`` (1-based) runs from the Monday of ``programme.start``'s week plus
    ``k − 1`` weeks, for seven days. Each chosen weekday of each week gets one session, except
    days before ``programme.start``. Sessions are planned, carry ``programme_id``, and take the
    activity, minutes, surface and sled of the programme (a backward walk takes no sled).

    **Loads.** A backward walk carries no load (None). An unloaded template with a sled drags
    the empty sled: load 0, written in the start load's unit (kilograms when there is none). A
    loaded template follows these rules, week by week:

    * Week 1 is ``start_load`` exactly as entered.
    * A following week adds the step (``step``, or ``step_percent_body_mass`` % of
      ``body_mass``) to the previous week's load, but the rise never exceeds
      ``weekly_cap_percent`` % of the previous week's load. When the previous week's load is
      0 (the empty sled) no percentage can be taken of it, so the first rise is the step
      itself; the cap applies from the week after.
    * Every ``template.deload_every``-th week (week 4, 8, … for 4) is lighter: the previous
      week's load × ``template.deload_factor``. The week after resumes from the load before
      the lighter week, as if it had not happened: it adds the capped step to that load. So
      the cap above is measured against the previous week that was not a lighter week; the
      return from a lighter week may rise more than the cap over the lighter week itself.
    * Every computed load is rounded down to :data:`LOAD_PRECISION` in the start load's unit
      (:func:`quantise_down`), never up, and never below the previous week's load. When the
      allowed rise is smaller than that precision, the load stays and a warning says so.
    * When ``programme.snap_to_gear`` and ``buildable`` are given, each week's load becomes the
      heaviest buildable total not above it, before the next week is worked out from it, so
      the cap still holds between the loads kept. A week's target is also never above the same
      week of the plan without snapping (after a week snapped to the empty sled the whole step
      would otherwise be allowed). Each changed week is listed in a warning ("week 3: 60.5 lb
      → 55 lb, the nearest load your gear builds"). A week with no buildable total at or below
      its load keeps its load; it is flagged.

    Two-week check (Nielsen et al. 2014, DOMAIN.md §4): from week 3 on, a week whose load is
    more than 30 % above the heaviest load of the weeks up to two weeks before it earns a
    warning; after the empty sled any load counts as such a rise. Comparing with the heaviest
    earlier load, not just the load two weeks before, keeps the planned return from a lighter
    week from being reported as a rise. With a cap of at most about 14 % two capped weeks
    stay within 30 %, so the warning comes from higher caps or from starting near zero.

    Args:
        programme: The user's choices.
        template: The template the programme was made from (its key must match).
        buildable: The exact totals in kilograms that the gear can build, such as the
            ``total_kg`` of every load of the Equipment ladder, or None not to check. A load of
            0 (the empty sled) needs no gear and is never flagged.

    Returns:
        The sessions, warnings, flagged loads and weekly loads.

    Raises:
        ValidationError: On the field "template" when the keys differ, "start_load" when a
            loaded template has no start load, "step" when it has no step or a week would pass
            the 1000 kg limit, or "buildable" for a total that is not an exact amount.
    """
    if programme.template != template.key:
        raise ValidationError(
            "template",
            f"the programme was made from '{programme.template}', not '{template.key}'",
        )
    totals = _check_buildable(buildable)
    warnings: list[str] = []
    if template.loaded and programme.activity.uses_sled:
        weeks = _loaded_weeks(programme, template, totals, warnings)
    else:
        weeks = _unloaded_weeks(programme, template, warnings)
    sessions = _sessions(programme, weeks)
    if not any(session.day < programme.first_week + timedelta(days=7) for session in sessions):
        warnings.insert(
            0,
            f"week 1 has no sessions: the programme starts on "
            f"{_WEEKDAY_NAMES[programme.start.weekday()]} {day_text(programme.start)}, "
            "after the week's last training day",
        )
    flagged: list[tuple[date, Mass]] = []
    if totals is not None:
        known = set(totals)
        flagged = [
            (session.day, session.planned_load)
            for session in sessions
            if session.planned_load is not None
            and session.planned_load.kg > 0
            and session.planned_load.kg not in known
        ]
    planned = [
        PlannedWeek(
            week.number,
            week.load,
            week.minutes if week.minutes is not None else programme.minutes,
            week.deload,
            week.note,
        )
        for week in weeks
    ]
    return GeneratedPlan(sessions, warnings, flagged, [week.load for week in weeks], planned)


def _check_buildable(buildable: Sequence[Fraction] | None) -> list[Fraction] | None:
    """Return the buildable totals sorted and distinct, checking each is an exact amount."""
    if buildable is None:
        return None
    totals: set[Fraction] = set()
    for total in buildable:
        if isinstance(total, bool) or not isinstance(total, Fraction | int):
            raise ValidationError("buildable", f"{total!r} is not an exact amount in kg")
        exact = Fraction(total)
        if exact < 0 or _terminating_decimal(exact) is None:
            raise ValidationError("buildable", f"{total} is not a mass in kg")
        totals.add(exact)
    return sorted(totals)


def _unloaded_weeks(
    programme: Programme, template: ProgrammeTemplate, warnings: list[str]
) -> list[_Week]:
    """Weeks of an unloaded template: no load for a walk, else the empty sled."""
    label = f"the {template.name} template"
    if not programme.activity.uses_sled:
        load: Mass | None = None
        label = f"a {programme.activity.label.lower()}"
        if template.loaded:
            warnings.append(f"{label} carries no load: none is planned")
    else:
        unit = programme.start_load.unit if programme.start_load is not None else MassUnit.KG
        load = Mass.of(0, unit)
        if programme.start_load is not None and programme.start_load.kg > 0:
            warnings.append(
                f"{label} drags the empty sled: the start load "
                f"{mass_text(programme.start_load)} is not used"
            )
    if programme.step is not None or programme.step_percent_body_mass is not None:
        warnings.append(f"{label} keeps the same load every week: the weekly step is not used")
    return [_Week(number, load) for number in range(1, programme.weeks + 1)]


def _loaded_weeks(
    programme: Programme,
    template: ProgrammeTemplate,
    totals: list[Fraction] | None,
    warnings: list[str],
) -> list[_Week]:
    """Work out the load of every week of a loaded template (see :func:`generate`).

    Two tracks are followed side by side: the plan as the rules give it (``wanted``, built on
    its own loads) and the plan that is kept (``base``, built on the loads kept, which snapping
    may have lowered). A kept week is the lesser of the two targets, then snapped; without
    snapping both tracks are the same.
    """
    start = programme.start_load
    if start is None:
        raise ValidationError("start_load", f"the {template.name} template needs a start load")
    step_kg = _step_kg(programme, template)
    unit = start.unit
    cap = Fraction(programme.weekly_cap_percent) / 100
    factor = Fraction(template.deload_factor)
    snap = totals if programme.snap_to_gear else None
    if snap is not None:
        snapped = _GearSteps(programme, template, snap, step_kg, warnings).weeks()
        _check_two_week_rises(snapped, unit, warnings)
        return snapped
    weeks: list[_Week] = []
    wanted = base = start  # the loads of the last week that was not a lighter week
    for number in range(1, programme.weeks + 1):
        deload = template.deload_every is not None and number % template.deload_every == 0
        if number == 1:
            target = wanted_target = start
        elif deload:
            wanted_target = quantise_down(wanted.kg * factor, unit)
            target = min(wanted_target, quantise_down(base.kg * factor, unit))
        else:
            wanted_target, _ = _raised(wanted, step_kg, cap, unit)
            raised, rise = _raised(base, step_kg, cap, unit)
            target = min(wanted_target, raised)
            if rise > 0 and target == base:
                warnings.append(
                    f"week {number}: the rise allowed ({amount_text(rise, unit)}) is less than "
                    f"the {LOAD_PRECISION[unit]} {unit.value} loads are planned in, so the load "
                    f"stays at {mass_text(base, unit)}"
                )
        if wanted_target.kg > MAX_LOAD_KG:
            raise ValidationError(
                "step",
                f"week {number} would plan {mass_text(wanted_target, unit)}, over the "
                f"{MAX_LOAD_KG} kg limit: use a smaller step or fewer weeks",
            )
        load = _snapped(number, target, snap, unit, warnings)
        weeks.append(_Week(number, load, deload))
        if not deload:
            wanted, base = wanted_target, load
    _check_two_week_rises(weeks, unit, warnings)
    return weeks


def _raised(base: Mass, step_kg: Fraction, cap: Fraction, unit: MassUnit) -> tuple[Mass, Fraction]:
    """The load after ``base`` and the exact rise the rules allow (see :func:`generate`).

    The rise is the step, at most ``cap`` times ``base`` (the whole step after 0). The load is
    rounded down to the planning precision, and never below ``base``.
    """
    rise = step_kg if base.kg == 0 else min(step_kg, base.kg * cap)
    raised = quantise_down(base.kg + rise, unit)
    return (raised if raised > base else base), rise


def _step_kg(programme: Programme, template: ProgrammeTemplate) -> Fraction:
    """The weekly step in kilograms, from a mass or from % of body mass."""
    if programme.step is not None:
        return programme.step.kg
    if programme.step_percent_body_mass is not None and programme.body_mass is not None:
        return programme.body_mass.kg * Fraction(programme.step_percent_body_mass) / 100
    raise ValidationError(
        "step",
        f"the {template.name} template needs a weekly step: a mass or a % of body mass",
    )


def _check_two_week_rises(weeks: list[_Week], unit: MassUnit, warnings: list[str]) -> None:
    """Warn about every week more than 30 % above the heaviest load two or more weeks before."""
    peak: _Week | None = None
    for index in range(2, len(weeks)):
        earlier = weeks[index - 2]
        if peak is None or _kg(earlier) > _kg(peak):
            peak = earlier
        week = weeks[index]
        load = _kg(week)
        if load <= _kg(peak) * (1 + TWO_WEEK_RISE_LIMIT):
            continue
        assert week.load is not None and peak.load is not None
        new = mass_text(week.load, unit)
        if _kg(peak) == 0:
            rise = f"{new} after the empty sled in week {peak.number} is"
        else:
            percent = (load / _kg(peak) - 1) * 100
            rise = (
                f"{new} is {_percent_text(percent)} above the {mass_text(peak.load, unit)} "
                f"of week {peak.number},"
            )
        warnings.append(
            f"week {week.number}: {rise} a rise of more than 30 % in two weeks, which was "
            "linked to more knee-pain injuries in runners (Nielsen et al. 2014)"
        )


def _kg(week: _Week) -> Fraction:
    """The load of a week in kilograms (0 when it carries none)."""
    return week.load.kg if week.load is not None else Fraction(0)


def _sessions(programme: Programme, weeks: list[_Week]) -> list[Session]:
    """One planned session per chosen weekday of each week, never before the start."""
    first = programme.first_week
    sled = programme.sled_id if programme.activity.uses_sled else None
    sessions: list[Session] = []
    for week in weeks:
        monday = first + timedelta(days=7 * (week.number - 1))
        for weekday in programme.weekdays:
            day = monday + timedelta(days=weekday)
            if day < programme.start:
                continue
            sessions.append(
                Session(
                    day=day,
                    activity=programme.activity,
                    planned_minutes=week.minutes or programme.minutes,
                    planned_load=week.load,
                    surface=programme.surface,
                    sled_id=sled,
                    programme_id=programme.id,
                )
            )
    return sessions
