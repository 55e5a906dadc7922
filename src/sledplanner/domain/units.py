"""Exact masses in kilograms and pounds, for sled loads and gear weights."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import (
    MAX_EMAX,
    MAX_PREC,
    MIN_EMIN,
    Context,
    Decimal,
    Inexact,
    InvalidOperation,
    Overflow,
)
from enum import StrEnum
from fractions import Fraction
from functools import cached_property
from typing import Any

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.numbers import exact_decimal, saved_texts

__all__ = [
    "KG_PER_LB",
    "NEWTONS_PER_LBF",
    "STANDARD_GRAVITY",
    "Mass",
    "MassUnit",
]

#: Kilograms in one avoirdupois pound, exact by definition (1959 international pound).
KG_PER_LB = Fraction("0.45359237")

#: Standard acceleration of gravity in m/s², exact by definition.
STANDARD_GRAVITY = Fraction("9.80665")

#: Newtons in one pound-force, rounded to six decimal places (exactly 4.4482216152605).
NEWTONS_PER_LBF = Decimal("4.448222")

# A context in which addition, subtraction and multiplication never round: the precision is the
# largest the decimal module allows, and any inexact result would raise instead of rounding.
_EXACT = Context(
    prec=MAX_PREC,
    Emax=MAX_EMAX,
    Emin=MIN_EMIN,
    traps=[InvalidOperation, Inexact, Overflow],
)

# Limits on the decimal exponent of a stored value. No real load comes near them; they stop a
# corrupted database entry such as "1E-999999999" from hanging the exact Fraction conversion.
_MIN_EXPONENT = -100
_MAX_ADJUSTED = 100

_UNIT_ALIASES = {
    "kg": "kg",
    "kgs": "kg",
    "lb": "lb",
    "lbs": "lb",
}


class MassUnit(StrEnum):
    """A unit of mass that SledPlanner accepts: kilograms or pounds."""

    KG = "kg"
    LB = "lb"

    @classmethod
    def parse(cls, text: str) -> MassUnit:
        """Read a unit from user or file text.

        Case and surrounding spaces are ignored, and the plurals "kgs" and "lbs" are accepted.

        Args:
            text: The text to read, such as "kg", " LB " or "lbs".

        Returns:
            The matching unit.

        Raises:
            ValidationError: On the field "unit" when the text names no known unit.
        """
        if not isinstance(text, str):
            raise ValidationError(
                "unit", f"a mass unit must be text such as kg or lb, not {type(text).__name__}"
            )
        key = text.strip().lower()
        if key not in _UNIT_ALIASES:
            raise ValidationError("unit", f"unknown mass unit '{text.strip()}': use kg or lb")
        return cls(_UNIT_ALIASES[key])


def _as_unit(unit: MassUnit | str) -> MassUnit:
    """Return ``unit`` as a MassUnit, parsing it when it is plain text."""
    if isinstance(unit, MassUnit):
        return unit
    return MassUnit.parse(unit)


def _exact_decimal(value: Fraction) -> Decimal:
    """Write a Fraction as a Decimal without any rounding.

    Args:
        value: A fraction whose denominator has no prime factors other than 2 and 5.

    Returns:
        The Decimal equal to ``value``, with no trailing zeros after the decimal point.

    Raises:
        ArithmeticError: If ``value`` has no finite decimal expansion.
    """
    denominator = value.denominator
    twos = 0
    while denominator % 2 == 0:
        denominator //= 2
        twos += 1
    fives = 0
    while denominator % 5 == 0:
        denominator //= 5
        fives += 1
    if denominator != 1:
        raise ArithmeticError(f"{value} has no finite decimal expansion")
    places = max(twos, fives)
    scaled = value.numerator * 10**places // value.denominator
    digits = tuple(int(digit) for digit in str(abs(scaled)))
    result = Decimal((1 if scaled < 0 else 0, digits, -places))
    if Fraction(result) != value:
        raise ArithmeticError(f"{value} was not converted to a decimal exactly")
    return result


def _round_half_up(value: Fraction, places: int) -> Decimal:
    """Round a non-negative Fraction half up to ``places`` decimal places.

    Args:
        value: The exact, non-negative amount to round.
        places: How many digits to keep after the decimal point; zero or more.

    Returns:
        A Decimal with exactly ``places`` digits after the decimal point.
    """
    scale = 10**places
    units = math.floor(value * scale + Fraction(1, 2))
    digits = tuple(int(digit) for digit in str(units))
    return Decimal((0, digits, -places))


def _check_places(places: int) -> None:
    """Reject a number of decimal places that is not a whole number of zero or more."""
    if isinstance(places, bool) or not isinstance(places, int) or places < 0:
        raise ValueError(f"places must be a whole number of zero or more, not {places!r}")


#: Masses rebuilt from saved text, by (value, unit) text (see Mass.from_dict).
_SAVED_MASSES: dict[tuple[str, str], Mass] = {}
_SAVED_MASSES_KEPT = 4096


@dataclass(frozen=True, eq=False)
class Mass:
    """A non-negative mass, kept exactly as it was entered.

    The value and unit are stored unchanged: 35 lb stays 35 lb and Decimal("22.50") keeps its
    trailing zero. Conversions return exact Fractions, arithmetic never rounds, and rounding
    happens only in :meth:`display_value` and :meth:`format`. Two masses are equal when they are
    the same physical amount, whatever their units.

    Attributes:
        value: The amount in ``unit``, finite and not negative. A negative zero is stored as zero.
        unit: The unit the amount was entered in.
    """

    value: Decimal
    unit: MassUnit

    def __post_init__(self) -> None:
        """Check the value and unit.

        Raises:
            ValidationError: On the field "mass" for a value that is not a finite, non-negative
                Decimal of sensible size, or on the field "unit" for a unit that is not a
                MassUnit.
        """
        value: object = self.value
        if not isinstance(value, Decimal):
            raise ValidationError(
                "mass",
                f"a mass value must be a Decimal, not {type(value).__name__}: use Mass.of() to "
                "convert text or whole numbers",
            )
        if not value.is_finite():
            raise ValidationError("mass", f"a mass must be a finite number, not {value}")
        if value.is_signed():
            if not value.is_zero():
                raise ValidationError("mass", f"a mass cannot be negative, got {value}")
            object.__setattr__(self, "value", value.copy_abs())
        exponent = value.as_tuple().exponent
        if (
            not isinstance(exponent, int)
            or exponent < _MIN_EXPONENT
            or (value.adjusted() > _MAX_ADJUSTED)
        ):
            raise ValidationError("mass", f"{value} is outside the range a mass can take")
        unit: object = self.unit
        if not isinstance(unit, MassUnit):
            raise ValidationError(
                "unit", f"a mass unit must be a MassUnit, not {type(unit).__name__}: use Mass.of()"
            )

    @classmethod
    def of(cls, value: Decimal | int | str, unit: MassUnit | str) -> Mass:
        """Build a mass from a Decimal, int or text, and a unit or its name.

        Args:
            value: The amount. Text is stripped of surrounding spaces and read as a Decimal.
                Floats are refused because they are not exact; pass them as text instead.
            unit: A MassUnit, or text such as "kg", "LB" or "lbs".

        Returns:
            The mass, with the value kept exactly as given.

        Raises:
            ValidationError: On the field "mass" for a bad amount, or "unit" for a bad unit.
        """
        return cls(exact_decimal(value, "mass", "a mass"), _as_unit(unit))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Mass:
        """Rebuild a mass from the mapping written by :meth:`to_dict`.

        Args:
            data: A mapping with a "value" string and a "unit" string.

        Returns:
            The mass, with the same value text and unit as when it was saved.

        Raises:
            ValidationError: On the field "mass" for a missing, mistyped or bad value, or on
                the field "unit" for a missing, mistyped or unknown unit.
        """
        value, unit = saved_texts(
            data, "mass", "mass", (("value", "mass", "mass value"), ("unit", "unit", "mass unit"))
        )
        # A file repeats the same few loads thousands of times; masses are immutable, so one
        # object serves every record that saved the same text.
        known = _SAVED_MASSES.get((value, unit))
        if known is None:
            known = cls.of(value, unit)
            if len(_SAVED_MASSES) >= _SAVED_MASSES_KEPT:
                _SAVED_MASSES.clear()
            _SAVED_MASSES[value, unit] = known
        return known

    def to_dict(self) -> dict[str, str]:
        """Describe the mass for the JSON database.

        Returns:
            A mapping with the exact value as a string and the unit name, for example
            ``{"value": "22.50", "unit": "kg"}``.
        """
        return {"value": str(self.value), "unit": self.unit.value}

    @cached_property
    def kg(self) -> Fraction:
        """The exact mass in kilograms (worked out once: ladders and checks ask often)."""
        if self.unit is MassUnit.KG:
            return Fraction(self.value)
        return Fraction(self.value) * KG_PER_LB

    @property
    def lb(self) -> Fraction:
        """The exact mass in pounds."""
        if self.unit is MassUnit.LB:
            return Fraction(self.value)
        return Fraction(self.value) / KG_PER_LB

    def in_unit(self, unit: MassUnit | str) -> Fraction:
        """Give the exact mass in the given unit.

        Args:
            unit: A MassUnit, or text such as "kg" or "lb".

        Returns:
            The exact amount in that unit.

        Raises:
            ValidationError: On the field "unit" for an unknown unit.
        """
        if _as_unit(unit) is MassUnit.KG:
            return self.kg
        return self.lb

    def display_value(self, unit: MassUnit | str, places: int = 1) -> Decimal:
        """Round the mass in the given unit for showing it; the stored value is not touched.

        Args:
            unit: The unit to show the mass in.
            places: How many digits to keep after the decimal point; zero or more.

        Returns:
            The amount rounded half up, with exactly ``places`` digits after the decimal point.

        Raises:
            ValidationError: On the field "unit" for an unknown unit.
            ValueError: If ``places`` is not a whole number of zero or more.
        """
        _check_places(places)
        return _round_half_up(self.in_unit(unit), places)

    def format(self, unit: MassUnit | str | None = None, places: int = 1) -> str:
        """Write the mass for people, such as "55 lb" or "24.9 kg".

        A mass that is a whole number in the chosen unit is written without decimals; any other
        mass is rounded half up and written with exactly ``places`` decimals, so a rounded value
        never looks whole ("25.0 kg" for 24.96 kg).

        Args:
            unit: The unit to write the mass in; None means the unit it was entered in.
            places: How many digits to keep after the decimal point; zero or more.

        Returns:
            The amount and the unit name, separated by a space.

        Raises:
            ValidationError: On the field "unit" for an unknown unit.
            ValueError: If ``places`` is not a whole number of zero or more.
        """
        _check_places(places)
        target = self.unit if unit is None else _as_unit(unit)
        exact = self.in_unit(target)
        if exact.denominator == 1:
            return f"{exact.numerator} {target.value}"
        return f"{_round_half_up(exact, places):f} {target.value}"

    def __str__(self) -> str:
        """Write the value and unit exactly as entered, such as "22.50 kg"."""
        return f"{self.value} {self.unit.value}"

    def __add__(self, other: object) -> Mass:
        """Add two masses exactly.

        Masses in the same unit keep that unit; masses in different units give kilograms, which
        are always exact because a pound is a terminating decimal number of kilograms.
        """
        if not isinstance(other, Mass):
            return NotImplemented
        if self.unit is other.unit:
            return Mass(_EXACT.add(self.value, other.value), self.unit)
        return Mass(_exact_decimal(self.kg + other.kg), MassUnit.KG)

    def __radd__(self, other: object) -> Mass:
        """Let ``sum()`` start from the integer 0."""
        if type(other) is int and other == 0:
            return self
        return NotImplemented

    def __sub__(self, other: object) -> Mass:
        """Subtract a mass exactly, keeping the unit when both units are the same.

        Raises:
            ValidationError: On the field "mass" when the result would be negative.
        """
        if not isinstance(other, Mass):
            return NotImplemented
        if self.kg < other.kg:
            raise ValidationError(
                "mass", f"cannot take {other} from {self}: the result would be negative"
            )
        if self.unit is other.unit:
            return Mass(_EXACT.subtract(self.value, other.value), self.unit)
        return Mass(_exact_decimal(self.kg - other.kg), MassUnit.KG)

    def __mul__(self, quantity: object) -> Mass:
        """Multiply by a whole quantity of zero or more, keeping the unit.

        Raises:
            ValidationError: On the field "mass" when the quantity is negative.
        """
        if type(quantity) is not int:
            return NotImplemented
        if quantity < 0:
            raise ValidationError(
                "mass", f"cannot multiply a mass by the negative quantity {quantity}"
            )
        return Mass(_EXACT.multiply(self.value, quantity), self.unit)

    def __rmul__(self, quantity: object) -> Mass:
        """Multiply by a whole quantity written first, as in ``3 * mass``."""
        return self.__mul__(quantity)

    def __eq__(self, other: object) -> bool:
        """Compare physical amounts, so 35 lb equals 15.87573295 kg."""
        if not isinstance(other, Mass):
            return NotImplemented
        return self.kg == other.kg

    def __hash__(self) -> int:
        """Hash the exact amount in kilograms, in step with equality."""
        return hash(self.kg)

    def __lt__(self, other: object) -> bool:
        """Tell whether this mass is physically lighter than ``other``."""
        if not isinstance(other, Mass):
            return NotImplemented
        return self.kg < other.kg

    def __le__(self, other: object) -> bool:
        """Tell whether this mass is physically no heavier than ``other``."""
        if not isinstance(other, Mass):
            return NotImplemented
        return self.kg <= other.kg

    def __gt__(self, other: object) -> bool:
        """Tell whether this mass is physically heavier than ``other``."""
        if not isinstance(other, Mass):
            return NotImplemented
        return self.kg > other.kg

    def __ge__(self, other: object) -> bool:
        """Tell whether this mass is physically no lighter than ``other``."""
        if not isinstance(other, Mass):
            return NotImplemented
        return self.kg >= other.kg
