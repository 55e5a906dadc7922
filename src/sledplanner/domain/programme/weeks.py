"""A week of a plan while it is worked out, and snapping a load to what the gear builds."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from fractions import Fraction

from sledplanner.domain.programme.words import mass_from_kg, mass_text
from sledplanner.domain.units import Mass, MassUnit


@dataclass
class _Week:
    """One week of a plan while it is worked out."""

    number: int
    load: Mass | None
    deload: bool = False
    #: The minutes of each session that week; None for the programme's own minutes.
    minutes: int | None = None
    #: Why the week is what it is, when that is not plain progression.
    note: str = ""


def _snapped(
    number: int,
    target: Mass,
    totals: list[Fraction] | None,
    unit: MassUnit,
    warnings: list[str],
) -> Mass:
    """Lower ``target`` to the heaviest buildable total not above it, saying so; see generate."""
    if totals is None:
        return target
    index = bisect_right(totals, target.kg) - 1
    if index >= 0 and totals[index] == target.kg:
        return target
    if index < 0:
        warnings.append(
            f"week {number}: your gear builds no load at or below {mass_text(target, unit)}, "
            "so it is kept and marked"
        )
        return target
    snapped = mass_from_kg(totals[index], unit)
    warnings.append(
        f"week {number}: {mass_text(target, unit)} → {mass_text(snapped, unit)}, "
        "the nearest load your gear builds"
    )
    return snapped
