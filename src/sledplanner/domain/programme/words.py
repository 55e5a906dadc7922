"""Exact masses and the words of programmes: limits, load precision, mass and day text."""

from __future__ import annotations

import math
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.progression import TWO_WEEK_RISE_PERCENT
from sledplanner.domain.units import Mass, MassUnit

#: The longest programme, in weeks (two years).
MAX_WEEKS = 104

#: The weekly increase cap when none is chosen, in % of the previous week's load (DOMAIN.md §4).
DEFAULT_CAP_PERCENT = Decimal(10)

#: The lowest and highest weekly cap a user may choose, in % (DOMAIN.md §4).
MIN_CAP_PERCENT = Decimal(5)
MAX_CAP_PERCENT = Decimal(20)

#: The largest weekly step in % of body mass.
MAX_STEP_PERCENT = Decimal(20)

#: The heaviest body mass accepted, in kg. Anything above is a typing slip.
MAX_BODY_KG = Fraction(500)

#: A rise over two weeks above this fraction earns a warning (Nielsen et al. 2014, JOSPT
#: 44(10): progressions over 30 % were linked to more injuries; DOMAIN.md §4).
TWO_WEEK_RISE_LIMIT = Fraction(TWO_WEEK_RISE_PERCENT, 100)

#: The grid computed loads are rounded down to, in the unit of the start load. Half a pound and
#: a quarter of a kilogram are the smallest steps common plates, bells and scales resolve.
LOAD_PRECISION: Mapping[MassUnit, Decimal] = {
    MassUnit.LB: Decimal("0.5"),
    MassUnit.KG: Decimal("0.25"),
}

#: The template file format :func:`parse_templates` reads.
TEMPLATES_FORMAT = 1

_WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

# ------------------------------------------------------------------ exact masses and words


def _terminating_decimal(value: Fraction) -> Decimal | None:
    """Write a non-negative Fraction as a Decimal with no trailing zeros, or None if it repeats.

    Args:
        value: The exact amount.

    Returns:
        The equal Decimal, or None when ``value`` has no finite decimal expansion.
    """
    denominator = value.denominator
    twos = fives = 0
    while denominator % 2 == 0:
        denominator //= 2
        twos += 1
    while denominator % 5 == 0:
        denominator //= 5
        fives += 1
    if denominator != 1:
        return None
    places = max(twos, fives)
    scaled = value.numerator * 10**places // value.denominator
    while places and scaled % 10 == 0:
        scaled //= 10
        places -= 1
    digits = tuple(int(digit) for digit in str(abs(scaled)))
    return Decimal((1 if scaled < 0 else 0, digits, -places))


def mass_from_kg(kg: Fraction, unit: MassUnit) -> Mass:
    """Turn an exact amount in kilograms into a Mass without rounding.

    The mass is written in ``unit`` when the amount is a finite decimal there (55 lb stays
    "55 lb"); otherwise in kilograms, where any total of entered masses is a finite decimal.

    Args:
        kg: The exact amount in kilograms, zero or more.
        unit: The unit to prefer.

    Returns:
        The mass, equal to ``kg`` exactly.

    Raises:
        ValidationError: On the field "mass" when the amount is negative or has no finite
            decimal expansion in either unit.
    """
    if kg < 0:
        raise ValidationError("mass", f"a mass cannot be negative, got {kg}")
    amount = kg / Mass.of(1, unit).kg
    value = _terminating_decimal(amount)
    if value is not None:
        return Mass(value, unit)
    value = _terminating_decimal(kg)
    if value is None:
        raise ValidationError("mass", f"{kg} kg has no exact decimal form")
    return Mass(value, MassUnit.KG)


def quantise_down(kg: Fraction, unit: MassUnit) -> Mass:
    """Round an exact computed load down to the planning precision of ``unit``.

    This is the only rounding of a load in SledPlanner's planning: a computed amount becomes the
    largest multiple of :data:`LOAD_PRECISION` (0.5 lb or 0.25 kg) not above it, so the result
    never exceeds what the rules allowed.

    Args:
        kg: The exact amount in kilograms, zero or more.
        unit: The unit of the start load.

    Returns:
        The rounded-down mass, written in ``unit`` without trailing zeros.
    """
    precision = LOAD_PRECISION[unit]
    steps = math.floor(kg / Mass.of(1, unit).kg / Fraction(precision))
    value = _terminating_decimal(Fraction(precision) * max(steps, 0))
    assert value is not None  # a whole number of 0.5 or 0.25 always terminates
    return Mass(value, unit)


def amount_text(kg: Fraction, unit: MassUnit) -> str:
    """Write an exact amount for people in ``unit``: exactly when it has at most two decimals.

    Args:
        kg: The exact amount in kilograms.
        unit: The unit to write it in.

    Returns:
        Text such as "55 lb" or "60.25 kg"; an amount that would need more decimals is rounded
        half up to one and marked, as in "≈ 24.9 kg".
    """
    amount = kg / Mass.of(1, unit).kg
    exact = _terminating_decimal(amount)
    if exact is not None and -int(exact.as_tuple().exponent) <= 2:
        return f"{exact:f} {unit.value}"
    rounded = math.floor(amount * 10 + Fraction(1, 2))
    whole, tenth = divmod(rounded, 10)
    return f"≈ {whole}.{tenth} {unit.value}"


def mass_text(mass: Mass, unit: MassUnit | None = None) -> str:
    """Write a mass for people, in its own unit unless told otherwise (see :func:`amount_text`)."""
    return amount_text(mass.kg, mass.unit if unit is None else unit)


def _percent_text(value: Decimal | Fraction) -> str:
    """Write a percentage with at most one decimal, as in "10 %" or "12.5 %"."""
    tenths = math.floor(Fraction(value) * 10 + Fraction(1, 2))
    whole, tenth = divmod(tenths, 10)
    return f"{whole} %" if tenth == 0 else f"{whole}.{tenth} %"
