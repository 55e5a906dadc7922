"""Loads that can be stacked on a sled from the pieces a user owns, and the search for a target.

A load is a multiset of pieces (kettlebells, plates, dumbbells, sandbags) stacked on one side of
the sled, so its mass is the plain sum of the pieces' masses. All arithmetic is exact: masses are
added as integer multiples of a common fraction of a kilogram, derived from the exact
:attr:`Mass.kg` of every piece, so nothing is ever rounded.

The searches are dynamic programmes over the distinct totals that can be reached, keeping for
each total the combination with the fewest pieces. Ties between combinations with as many pieces
are broken the same way every time: the one using more of the heaviest pieces wins (comparing
piece by piece, heaviest first, then by key).
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import overload

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.units import Mass, MassUnit

__all__ = [
    "DEFAULT_LADDER_LIMIT",
    "Combination",
    "Ladder",
    "LoadMatch",
    "Piece",
    "build_ladder",
    "find_load",
    "find_loads",
    "format_amount",
]

#: How many distinct totals :func:`build_ladder` keeps unless told otherwise.
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


# ------------------------------------------------------------------ the dynamic programme


@dataclass(frozen=True)
class _Group:
    """Pieces of one exact mass, merged for the search.

    Attributes:
        units: The mass of one piece in units of 1/scale kg.
        pieces: The pieces of this mass, sorted by key.
        count: How many pieces of this mass there are in all.
    """

    units: int
    pieces: tuple[Piece, ...]
    count: int


def _check_pieces(pieces: Sequence[Piece]) -> list[Piece]:
    """Check that every item is a Piece and that keys are unique; return them as a list."""
    checked: list[Piece] = []
    keys: set[str] = set()
    for piece in pieces:
        if not isinstance(piece, Piece):
            raise ValidationError("pieces", f"expected a Piece, not {type(piece).__name__}")
        if piece.key in keys:
            raise ValidationError("key", f"two pieces have the key '{piece.key}'")
        keys.add(piece.key)
        checked.append(piece)
    return checked


def _common_scale(amounts: Iterable[Fraction]) -> int:
    """The least common denominator of some exact amounts, so they become whole numbers."""
    scale = 1
    for amount in amounts:
        scale = math.lcm(scale, amount.denominator)
    return scale


def _to_units(amount: Fraction, scale: int) -> int:
    """Turn an exact amount into a whole number of 1/scale units; it must divide exactly."""
    scaled = amount * scale
    if scaled.denominator != 1:
        raise ArithmeticError(f"{amount} is not a whole number of 1/{scale}")
    return scaled.numerator


def _groups(pieces: Sequence[Piece], scale: int) -> list[_Group]:
    """Merge pieces of the same exact mass; heaviest group first."""
    by_units: dict[int, list[Piece]] = {}
    for piece in pieces:
        by_units.setdefault(_to_units(piece.mass.kg, scale), []).append(piece)
    groups = [
        _Group(units, tuple(sorted(members, key=lambda p: p.key)), sum(p.count for p in members))
        for units, members in by_units.items()
    ]
    groups.sort(key=lambda group: -group.units)
    return groups


@dataclass
class _Table:
    """The best combination for each reachable total, as found by :func:`_best_totals`.

    Each combination is stored as one integer rank ``pieces * radix - code``, where ``code`` is
    the count of each group written in mixed radix (heaviest group most significant). The lowest
    rank is the preferred combination: fewest pieces, then the most of the heaviest pieces.

    Attributes:
        groups: The piece groups, heaviest first.
        best: Total (in 1/scale kg) to the rank of its best combination.
        radix: The product of (count + 1) over the groups.
        truncated: Whether totals were dropped to respect a limit.
    """

    groups: list[_Group]
    best: dict[int, int]
    radix: int
    truncated: bool

    def combination(self, total: int) -> Combination:
        """Rebuild the best combination for a total that is in the table."""
        rank = self.best[total]
        pieces = -(-rank // self.radix)
        code = pieces * self.radix - rank
        counts: list[int] = []
        for group in reversed(self.groups):
            code, used = divmod(code, group.count + 1)
            counts.append(used)
        counts.reverse()
        parts: list[tuple[Piece, int]] = []
        for group, used in zip(self.groups, counts, strict=True):
            for piece in group.pieces:
                take = min(used, piece.count)
                if take:
                    parts.append((piece, take))
                used -= take
        # Groups are heaviest first and their pieces sorted by key: already in part order.
        return Combination._ordered(tuple(parts))


def _keep_lightest(best: dict[int, int], limit: int) -> dict[int, int]:
    """Keep the ``limit`` lightest totals of a table."""
    kept = sorted(best)[:limit]
    return {total: best[total] for total in kept}


def _best_totals(groups: list[_Group], bound: int | None, limit: int | None) -> _Table:
    """Find the fewest-piece combination for every distinct total, by dynamic programming.

    The groups are added one at a time; after each, the table holds every total that the groups
    so far can make (up to ``bound``), with its best combination. Because masses are positive,
    every partial sum of a combination is no heavier than the combination, so dropping totals
    above ``bound`` never loses a total at or below it. Likewise, the partial totals of any of
    the ``limit`` lightest final totals are among the ``limit`` lightest partial totals (a
    partial total set is a subset of the final one), so keeping only the lightest ``limit`` after
    each step is exact.

    Args:
        groups: The piece groups, heaviest first.
        bound: The heaviest total wanted, or None for no bound.
        limit: The most totals to keep (the lightest), or None for no limit.

    Returns:
        The table of best combinations.
    """
    best: dict[int, int] = {0: 0}
    radix = 1
    truncated = False
    for group in groups:
        digit_base = group.count + 1
        new_radix = radix * digit_base
        step = new_radix - 1
        totals = sorted(best)
        # Totals above `cut` cannot be among the `limit` lightest: the new table holds the old
        # one, which already has `limit` totals no heavier than it. Skipping one truncates.
        cut = totals[-1] if limit is not None and len(totals) >= limit else None
        # Using none of this group: the count digit is 0 and the rank just gains a digit.
        new = {total: rank * digit_base for total, rank in best.items()}
        for used in range(1, group.count + 1):
            shift = used * group.units
            extra = used * step
            stopped = False
            for total in totals:
                reached = total + shift
                if bound is not None and reached > bound:
                    stopped = total == totals[0]
                    break
                if cut is not None and reached > cut:
                    truncated = True
                    stopped = total == totals[0]
                    break
                rank = best[total] * digit_base + extra
                known = new.get(reached)
                if known is None or rank < known:
                    new[reached] = rank
            if stopped:
                break
            if limit is not None and len(new) > 2 * limit:
                new = _keep_lightest(new, limit)
                truncated = True
                cut = max(new)
        if limit is not None and len(new) > limit:
            new = _keep_lightest(new, limit)
            truncated = True
        best = new
        radix = new_radix
    return _Table(groups, best, radix, truncated)


def build_ladder(pieces: Sequence[Piece], limit: int = DEFAULT_LADDER_LIMIT) -> Ladder:
    """List every distinct load the pieces can make, lightest first.

    Each distinct exact total appears once, with the combination that uses the fewest pieces
    (ties: the most of the heaviest pieces). The empty sled (total 0) comes first. Quantities are
    respected: a piece is never used more times than its count.

    When the pieces can make more than ``limit`` distinct totals, only the ``limit`` lightest
    totals are listed, each still with its true best combination, and ``truncated`` is True.

    Args:
        pieces: The pieces owned; keys must be unique.
        limit: The most distinct totals to list; at least 1.

    Returns:
        The ladder of loads.

    Raises:
        ValidationError: On the field "key" for a repeated key, or "pieces" for an item that is
            not a Piece.
        ValueError: If ``limit`` is not a whole number of at least 1.
    """
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ValueError(f"limit must be a whole number of at least 1, not {limit!r}")
    checked = _check_pieces(pieces)
    scale = _common_scale(piece.mass.kg for piece in checked)
    table = _best_totals(_groups(checked, scale), None, limit)
    return Ladder(_Loads(table), table.truncated)


class _Loads(Sequence[Combination]):
    """A ladder's combinations, lightest first, each rebuilt from the table when first read.

    A list shows a few dozen of thousands of rows at a time; rebuilding every combination up
    front was most of the time of building a ladder. Equal to any sequence of the same
    combinations; slices are lists.
    """

    def __init__(self, table: _Table) -> None:
        self._table = table
        self._totals = sorted(table.best)
        self._built: dict[int, Combination] = {}

    def __len__(self) -> int:
        return len(self._totals)

    @overload
    def __getitem__(self, index: int) -> Combination: ...

    @overload
    def __getitem__(self, index: slice) -> list[Combination]: ...

    def __getitem__(self, index: int | slice) -> Combination | list[Combination]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self._totals)))]
        total = self._totals[index]
        built = self._built.get(total)
        if built is None:
            built = self._built[total] = self._table.combination(total)
        return built

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({list(self)!r})"


def find_load(pieces: Sequence[Piece], target: Mass, tolerance: Mass | None = None) -> LoadMatch:
    """Find how to build one target load from the pieces.

    Args:
        pieces: The pieces owned; keys must be unique. Units may be mixed.
        target: The load wanted.
        tolerance: How far from the target a load may be and still count, or None for exact
            only.

    Returns:
        The exact combination if any, the nearest loads below and above, and the closest load
        within the tolerance when there is no exact one.

    Raises:
        ValidationError: On the field "key" for a repeated key, or "pieces", "target" or
            "tolerance" for a value of the wrong type.
    """
    return find_loads(pieces, [target], tolerance)[0]


def find_loads(
    pieces: Sequence[Piece], targets: Sequence[Mass], tolerance: Mass | None = None
) -> list[LoadMatch]:
    """Find how to build each of several target loads, sharing one search.

    The search covers every total up to the heaviest target plus the heaviest piece, so its work
    grows with how many distinct totals the pieces can make in that range.

    Args:
        pieces: The pieces owned; keys must be unique. Units may be mixed.
        targets: The loads wanted.
        tolerance: How far from a target a load may be and still count, or None for exact
            only.

    Returns:
        One :class:`LoadMatch` per target, in the same order.

    Raises:
        ValidationError: On the field "key" for a repeated key, or "pieces", "target" or
            "tolerance" for a value of the wrong type.
    """
    checked = _check_pieces(pieces)
    _check_targets(targets, tolerance)
    if not targets:
        return []
    scale = _common_scale([piece.mass.kg for piece in checked] + [t.kg for t in targets])
    tolerance_units = None if tolerance is None else tolerance.kg * scale
    groups = _groups(checked, scale)
    heaviest = groups[0].units if groups else 0
    target_units = [_to_units(target.kg, scale) for target in targets]
    # The lightest total above a target T never exceeds T + the heaviest piece: take that
    # total's combination and lift off any one piece; what is left is a total at most T (or the
    # total was not the lightest above T), so the total is at most T plus that piece's mass.
    # Every total at or below T is kept too, so the bound loses nothing we report.
    table = _best_totals(groups, max(target_units) + heaviest, None)
    totals = sorted(table.best)
    return [
        _match(table, totals, target, wanted, tolerance, tolerance_units)
        for target, wanted in zip(targets, target_units, strict=True)
    ]


def _check_targets(targets: Sequence[Mass], tolerance: Mass | None) -> None:
    """Raise ValidationError for a target or tolerance that is not a Mass."""
    for target in targets:
        if not isinstance(target, Mass):
            raise ValidationError("target", f"must be a Mass, not {type(target).__name__}")
    if tolerance is not None and not isinstance(tolerance, Mass):
        raise ValidationError("tolerance", f"must be a Mass, not {type(tolerance).__name__}")


def _match(
    table: _Table,
    totals: list[int],
    target: Mass,
    wanted: int,
    tolerance: Mass | None,
    tolerance_units: Fraction | None,
) -> LoadMatch:
    """The exact, nearest and within-tolerance combinations for one target."""
    index = bisect_left(totals, wanted)
    exact_found = index < len(totals) and totals[index] == wanted
    below_total = totals[index - 1] if index > 0 else None
    after = index + 1 if exact_found else index
    above_total = totals[after] if after < len(totals) else None
    exact = table.combination(wanted) if exact_found else None
    below = None if below_total is None else table.combination(below_total)
    above = None if above_total is None else table.combination(above_total)
    within = None
    if tolerance_units is not None and not exact_found:
        closest = _closest_within(wanted, below_total, above_total, tolerance_units)
        if closest is not None:
            within = below if closest == below_total else above
    return LoadMatch(target, exact, below, above, within, tolerance)


def _closest_within(
    wanted: int, below: int | None, above: int | None, tolerance: Fraction
) -> int | None:
    """Pick the total nearest to ``wanted`` within ``tolerance``, the lighter on a tie."""
    below_gap = None if below is None else wanted - below
    above_gap = None if above is None else above - wanted
    if below_gap is not None and below_gap <= tolerance:
        return above if above_gap is not None and above_gap < below_gap else below
    if above_gap is not None and above_gap <= tolerance:
        return above
    return None
