"""Snapping a plan to the gear: weeks that rise by a load the gear can build, or by time."""

from __future__ import annotations

import math
from bisect import bisect_right
from fractions import Fraction

from sledplanner.domain.programme.model import Programme
from sledplanner.domain.programme.templates import ProgrammeTemplate
from sledplanner.domain.programme.weeks import _snapped, _Week
from sledplanner.domain.programme.words import _percent_text, amount_text, mass_from_kg
from sledplanner.domain.sessions import (
    MAX_MINUTES,
)
from sledplanner.domain.units import Mass


class _GearSteps:
    """The weeks of a plan snapped to the loads the gear builds (see :func:`generate`).

    Each load is one the gear builds. A week steps up to the heaviest buildable load within
    the capped step; when there is none, to the next buildable load if it is within the weekly
    cap; otherwise the load holds and the session time rises instead, by at most the cap (10 →
    11 → 12 minutes), up to twice the programme's minutes. When the load steps up again, the
    time goes back to the programme's minutes. A lighter week takes the heaviest buildable
    load at or below its share of the load; when that is more than one step below the share,
    the load holds and the sessions are shortened by the same share instead.
    """

    def __init__(
        self,
        programme: Programme,
        template: ProgrammeTemplate,
        totals: list[Fraction],
        step_kg: Fraction,
        warnings: list[str],
    ) -> None:
        self.programme = programme
        self.template = template
        self.totals = totals
        self.step = step_kg
        self.warnings = warnings
        assert programme.start_load is not None
        self.unit = programme.start_load.unit
        self.cap = Fraction(programme.weekly_cap_percent) / 100
        self.factor = Fraction(template.deload_factor)
        self.most_minutes = min(2 * programme.minutes, MAX_MINUTES)

    def _text(self, kg: Fraction) -> str:
        return amount_text(kg, self.unit)

    def _mass(self, kg: Fraction) -> Mass:
        return mass_from_kg(kg, self.unit)

    def _at_most(self, kg: Fraction) -> Fraction | None:
        index = bisect_right(self.totals, kg) - 1
        return self.totals[index] if index >= 0 else None

    def _above(self, kg: Fraction) -> Fraction | None:
        index = bisect_right(self.totals, kg)
        return self.totals[index] if index < len(self.totals) else None

    def weeks(self) -> list[_Week]:
        assert self.programme.start_load is not None
        start = _snapped(1, self.programme.start_load, self.totals, self.unit, self.warnings)
        base = start.kg
        minutes = self.programme.minutes
        weeks = [_Week(1, start, False, minutes)]
        #: The first week that holds its load (number, load, why), and whether time rose.
        first_held: tuple[int, Fraction, str] | None = None
        time_rose = False
        for number in range(2, self.programme.weeks + 1):
            every = self.template.deload_every
            if every is not None and number % every == 0:
                weeks.append(self._lighter(number, base, minutes))
                continue
            load, rise_note = self._step_up(base)
            if load is not None:
                note = rise_note
                if minutes != self.programme.minutes:
                    note = (note + "; " if note else "") + (
                        f"sessions back to {self.programme.minutes} min"
                    )
                base, minutes = load, self.programme.minutes
                weeks.append(_Week(number, self._mass(base), False, minutes, note))
                continue
            why = self._why_not(base)
            if first_held is None:
                first_held = (number, base, why)
            longer = math.floor(minutes * (1 + self.cap))
            if minutes < longer <= self.most_minutes:
                minutes, time_rose = longer, True
                note = f"time rises: {why}"
            else:
                note = f"holds at {minutes} min, the most planned: {why}"
            weeks.append(_Week(number, self._mass(base), False, minutes, note))
        if first_held is not None:
            self._summarise(weeks, first_held, time_rose)
        return weeks

    def _step_up(self, base: Fraction) -> tuple[Fraction | None, str]:
        """The load after ``base`` when the gear allows a rise within the rules, with a note."""
        allowed = self.step if base == 0 else min(self.step, base * self.cap)
        within = self._at_most(base + allowed)
        if within is not None and within > base:
            return within, ""
        following = self._above(base)
        if following is not None and base > 0 and following <= base * (1 + self.cap):
            return following, (
                f"steps to {self._text(following)}, the next load your gear builds, within the "
                f"{_percent_text(self.cap * 100)} weekly cap"
            )
        return None, ""

    def _why_not(self, base: Fraction) -> str:
        following = self._above(base)
        if following is None:
            return f"your gear builds nothing heavier than {self._text(base)}"
        if base == 0:
            return (
                f"the lightest load your gear builds, {self._text(following)}, is more than "
                f"the {self._text(self.step)} step"
            )
        return (
            f"the next load your gear builds, {self._text(following)}, is more than "
            f"{_percent_text(self.cap * 100)} above {self._text(base)}"
        )

    def _lighter(self, number: int, base: Fraction, minutes: int) -> _Week:
        share = base * self.factor
        lighter = self._at_most(share)
        percent = _percent_text(self.factor * 100)
        if base == 0 or (lighter is not None and lighter > 0 and lighter >= share - self.step):
            assert lighter is not None
            return _Week(number, self._mass(lighter), True, minutes, "lighter week")
        shorter = max(1, math.floor(minutes * self.factor))
        return _Week(
            number,
            self._mass(base),
            True,
            shorter,
            f"lighter week by time ({shorter} min, {percent}): your gear builds nothing "
            f"between {self._text(self._at_most(share) or Fraction(0))} and {self._text(base)}",
        )

    def _summarise(
        self, weeks: list[_Week], first_held: tuple[int, Fraction, str], time_rose: bool
    ) -> None:
        """One warning for the plan: from which week the load holds, and why."""
        number, load, why = first_held
        held = f"from week {number} the load holds at {self._text(load)}"
        if time_rose:
            longest = max(w.minutes or 0 for w in weeks if not w.deload)
            held += (
                f" and the sessions grow longer instead ({self.programme.minutes} → {longest} min)"
            )
        self.warnings.append(f"{held}: {why}")
