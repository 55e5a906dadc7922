"""Pieces of gear, the combinations they make, and how those read."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.units import Mass, MassUnit

DEFAULT_LADDER_LIMIT = 20_000

#: How :meth:`Combination.describe` writes the empty sled.
EMPTY_DESCRIPTION = "nothing (empty sled)"


@dataclass(frozen=True)
class Piece:
    """A kind of loadable piece the user has, and how many of it.

    Attributes:
        key: The caller's identifier for the piece, such as a gear item id. Keys must be unique
            among the pieces given to one search.
        label: A name for people, such as "35 lb kettlebell".
        mass: The mass of one piece, more than zero, kept as entered.
        count: How many of the piece there are; a whole number of at least 1.
    """

    key: str
    label: str
    mass: Mass
    count: int = 1

    def __post_init__(self) -> None:
        """Check the fields.

        Raises:
            ValidationError: On the field "key" or "label" for a value that is not text, "mass"
                for a mass that is not a Mass above zero, or "quantity" for a count that is not
                a whole number of at least 1.
        """
        if not isinstance(self.key, str):
            raise ValidationError("key", f"a piece key must be text, not {type(self.key).__name__}")
        if not isinstance(self.label, str):
            raise ValidationError(
                "label", f"a piece label must be text, not {type(self.label).__name__}"
            )
        if not isinstance(self.mass, Mass):
            raise ValidationError("mass", f"must be a Mass, not {type(self.mass).__name__}")
        if self.mass.kg <= 0:
            raise ValidationError("mass", f"a loadable piece must weigh more than zero: {self.key}")
        if isinstance(self.count, bool) or not isinstance(self.count, int):
            raise ValidationError("quantity", "must be a whole number")
        if self.count < 1:
            raise ValidationError("quantity", f"must be at least 1, got {self.count}")


def _part_order(part: tuple[Piece, int]) -> tuple[Fraction, str]:
    """Sort key for a part: heaviest piece first, then by key."""
    return (-part[0].mass.kg, part[0].key)


def _check_places(places: int) -> None:
    """Reject a number of decimal places that is not a whole number of zero or more."""
    if isinstance(places, bool) or not isinstance(places, int) or places < 0:
        raise ValueError(f"places must be a whole number of zero or more, not {places!r}")


def _as_unit(unit: MassUnit | str) -> MassUnit:
    """Return ``unit`` as a MassUnit, reading it when it is text."""
    return unit if isinstance(unit, MassUnit) else MassUnit.parse(unit)


def _exact_text(mass: Mass) -> str:
    """Write a mass exactly in the unit it was entered in, without trailing zeros."""
    value = mass.value
    if value == value.to_integral_value():
        return f"{int(value)} {mass.unit.value}"
    return f"{value.normalize():f} {mass.unit.value}"


def format_amount(amount: Fraction, unit: MassUnit | str, places: int = 1) -> str:
    """Write an exact amount of mass for people, marking it with "≈" when it had to be rounded.

    A whole amount is written without decimals ("55 lb"); any other amount is rounded half up
    to ``places`` decimals, with "≈ " in front when that changed it ("≈ 31.9 kg").

    Args:
        amount: The exact, non-negative amount in ``unit``.
        unit: The unit the amount is in, or its name such as "kg" or "lb".
        places: How many decimals to keep; zero or more.

    Returns:
        The amount and the unit name.

    Raises:
        ValidationError: On the field "unit" for an unknown unit.
        ValueError: If ``places`` is not a whole number of zero or more.
    """
    _check_places(places)
    unit = _as_unit(unit)
    if amount.denominator == 1:
        return f"{amount.numerator} {unit.value}"
    scale = 10**places
    scaled = amount * scale
    rounded = math.floor(scaled + Fraction(1, 2))
    whole, fraction = divmod(rounded, scale)
    text = f"{whole}.{fraction:0{places}d}" if places else f"{whole}"
    prefix = "" if scaled == rounded else "≈ "
    return f"{prefix}{text} {unit.value}"


@dataclass(frozen=True)
class Combination:
    """Some pieces stacked on the sled: which pieces, and how many of each.

    The parts are put in a fixed order when the combination is made: heaviest piece first, then
    by key. Parts that use none of a piece are dropped. The empty combination is the empty sled.

    Attributes:
        parts: Each piece used and how many of it, at least 1 and at most the piece's count.
    """

    parts: tuple[tuple[Piece, int], ...] = ()

    def __post_init__(self) -> None:
        """Check the parts and put them in order.

        Raises:
            ValidationError: On the field "quantity" when a part uses a negative number of a
                piece or more than its count, or on the field "key" when a piece appears twice.
        """
        kept: list[tuple[Piece, int]] = []
        keys: set[str] = set()
        for piece, used in self.parts:
            if not isinstance(piece, Piece):
                raise ValidationError("parts", f"a part must hold a Piece, not {piece!r}")
            if isinstance(used, bool) or not isinstance(used, int) or used < 0:
                raise ValidationError("quantity", f"cannot use {used!r} of {piece.label}")
            if used > piece.count:
                raise ValidationError(
                    "quantity", f"cannot use {used} of {piece.label}: there are {piece.count}"
                )
            if piece.key in keys:
                raise ValidationError("key", f"the piece '{piece.key}' appears twice")
            keys.add(piece.key)
            if used:
                kept.append((piece, used))
        kept.sort(key=_part_order)
        object.__setattr__(self, "parts", tuple(kept))

    @classmethod
    def _ordered(cls, parts: tuple[tuple[Piece, int], ...]) -> Combination:
        """Make a combination from parts already checked and in order, skipping the checks."""
        combination = object.__new__(cls)
        object.__setattr__(combination, "parts", parts)
        return combination

    @property
    def total_kg(self) -> Fraction:
        """The exact total mass in kilograms."""
        return sum((piece.mass.kg * used for piece, used in self.parts), Fraction(0))

    @property
    def piece_count(self) -> int:
        """How many pieces are on the sled."""
        return sum(used for _, used in self.parts)

    def total_in(self, unit: MassUnit | str) -> Fraction:
        """Give the exact total mass in ``unit``.

        Args:
            unit: The unit wanted, or its name such as "kg" or "lb".

        Returns:
            The exact total.

        Raises:
            ValidationError: On the field "unit" for an unknown unit.
        """
        return self.total_kg / Mass.of(1, unit).kg

    def count_of(self, key: str) -> int:
        """Tell how many of the piece with ``key`` are used; 0 when it is not used."""
        return sum(used for piece, used in self.parts if piece.key == key)

    def describe(self, unit: MassUnit | str, places: int = 1) -> str:
        """Describe the pieces for people, heaviest first, such as "2 × 10 kg + 5 kg".

        Each piece is written exactly in the unit it was entered in (never rounded), and
        identical pieces are counted together. When some piece is not in ``unit``, the total in
        ``unit`` follows in brackets, rounded to ``places`` decimals and marked "≈" when the
        rounding changed it, as in "16 kg + 35 lb (≈ 31.9 kg)".

        Args:
            unit: The unit the user reads loads in, or its name such as "kg" or "lb".
            places: Decimals for the bracketed total; zero or more.

        Returns:
            The description; "nothing (empty sled)" for the empty combination.

        Raises:
            ValidationError: On the field "unit" for an unknown unit.
            ValueError: If ``places`` is not a whole number of zero or more.
        """
        _check_places(places)
        unit = _as_unit(unit)
        if not self.parts:
            return EMPTY_DESCRIPTION
        grouped: list[tuple[str, int]] = []
        for piece, used in self.parts:
            text = _exact_text(piece.mass)
            if grouped and grouped[-1][0] == text:
                grouped[-1] = (text, grouped[-1][1] + used)
            else:
                grouped.append((text, used))
        words = [text if used == 1 else f"{used} × {text}" for text, used in grouped]
        description = " + ".join(words)
        if any(piece.mass.unit is not unit for piece, _ in self.parts):
            description += f" ({format_amount(self.total_in(unit), unit, places)})"
        return description

    def __str__(self) -> str:
        """Describe the pieces; the bracketed total, if any, is in kilograms."""
        units = {piece.mass.unit for piece, _ in self.parts}
        unit = units.pop() if len(units) == 1 else MassUnit.KG
        return self.describe(unit)


@dataclass(frozen=True)
class Ladder:
    """Every distinct load that can be built, lightest first.

    Attributes:
        loads: One combination per distinct exact total, sorted by total ascending and starting
            with the empty sled; each is the combination with the fewest pieces for its total.
        truncated: True when there were more distinct totals than the limit, so that only the
            lightest ones are listed.
    """

    loads: Sequence[Combination]
    truncated: bool


@dataclass(frozen=True)
class LoadMatch:
    """What the pieces can do for one target load.

    Attributes:
        target: The load asked for.
        exact: The combination with exactly the target's mass and the fewest pieces, or None.
        below: The heaviest load strictly lighter than the target (fewest pieces), or None when
            there is none, as for a target of zero.
        above: The lightest load strictly heavier than the target (fewest pieces), or None when
            even every piece together is not heavier.
        within_tolerance: Only when a tolerance was given and there is no exact match: whichever
            of ``below`` and ``above`` is closer to the target, if it is within the tolerance
            (the lighter one on a tie); otherwise None.
        tolerance: The tolerance that was given, or None.
    """

    target: Mass
    exact: Combination | None
    below: Combination | None
    above: Combination | None
    within_tolerance: Combination | None = None
    tolerance: Mass | None = None

    @property
    def is_exact(self) -> bool:
        """Whether the target can be built exactly."""
        return self.exact is not None

    @property
    def best(self) -> Combination | None:
        """The exact combination, else the one within tolerance, else None."""
        return self.exact if self.exact is not None else self.within_tolerance
