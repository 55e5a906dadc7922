"""Finding loads: the whole ladder of totals, and the nearest loads to targets."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from fractions import Fraction
from typing import overload

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.loads.pieces import (
    DEFAULT_LADDER_LIMIT,
    Combination,
    Ladder,
    LoadMatch,
    Piece,
)
from sledplanner.domain.loads.table import (
    _best_totals,
    _check_pieces,
    _common_scale,
    _groups,
    _Table,
    _to_units,
)
from sledplanner.domain.units import Mass


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
