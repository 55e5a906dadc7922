"""The dynamic programme: every total the pieces make, each with its lightest combination."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.loads.pieces import Combination, Piece

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
