"""Exact numbers for progression: grids, rounding down, and their text."""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

from sledplanner.domain.units import Mass

# The grid sizes are one of these times a power of ten, in the current load's unit.
_GRID_MANTISSAS = (Fraction(5), Fraction(5, 2), Fraction(2))


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
