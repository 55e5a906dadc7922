"""Checking the planner's inputs and turning them into whole numbers and buyable groups."""

from __future__ import annotations

import math
from collections.abc import Sequence
from fractions import Fraction

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.loads import Piece
from sledplanner.domain.money import Money
from sledplanner.domain.planner.plans import Candidate
from sledplanner.domain.planner.totals import BuyGroup
from sledplanner.domain.units import Mass


def check_inputs(
    owned: Sequence[Piece],
    candidates: Sequence[Candidate],
    targets: Sequence[Mass],
    tolerance: Mass | None,
    currency: str | None,
) -> str:
    """Check the planner's inputs and return the currency of the plan.

    Raises:
        ValidationError: On the fields described in :func:`plan_purchases`.
    """
    keys: set[str] = set()
    for piece in owned:
        if not isinstance(piece, Piece):
            raise ValidationError("pieces", f"expected a Piece, not {type(piece).__name__}")
        if piece.key in keys:
            raise ValidationError("key", f"two pieces have the key '{piece.key}'")
        keys.add(piece.key)
    for candidate in candidates:
        if not isinstance(candidate, Candidate):
            raise ValidationError(
                "candidates", f"expected a Candidate, not {type(candidate).__name__}"
            )
        if candidate.key in keys:
            raise ValidationError(
                "key", f"the key '{candidate.key}' is used twice among owned pieces and candidates"
            )
        keys.add(candidate.key)
    for target in targets:
        if not isinstance(target, Mass):
            raise ValidationError("target", f"must be a Mass, not {type(target).__name__}")
    if tolerance is not None and not isinstance(tolerance, Mass):
        raise ValidationError("tolerance", f"must be a Mass, not {type(tolerance).__name__}")
    codes = {candidate.price.currency for candidate in candidates}
    if currency is not None:
        codes.add(Money.zero(currency).currency)
    if len(codes) > 1:
        raise ValidationError(
            "currency", f"all prices must be in one currency, got {', '.join(sorted(codes))}"
        )
    if not codes:
        raise ValidationError("currency", "give a currency when there are no candidates")
    return codes.pop()


def buy_groups(
    candidates: Sequence[Candidate], scale: int, price_scale: int, cap: int
) -> list[BuyGroup]:
    """Merge candidates of one exact mass into groups of units, cheapest first.

    Buying the cheaper of two same-mass units never builds less, so a group's k units are
    always its k cheapest (ties by key). Units beyond what fits under ``cap`` are dropped, and
    so are groups heavier than ``cap``. Groups come heaviest first.
    """
    by_units: dict[int, list[int]] = {}
    for index, candidate in enumerate(candidates):
        units = whole(candidate.mass.kg * scale)
        if units <= cap:
            by_units.setdefault(units, []).append(index)
    groups: list[BuyGroup] = []
    for units in sorted(by_units, reverse=True):
        members = sorted(
            by_units[units],
            key=lambda index: (candidates[index].price.amount, candidates[index].key),
        )
        prices: list[int] = []
        owners: list[int] = []
        room = cap // units
        for index in members:
            price = whole(Fraction(candidates[index].price.amount) * price_scale)
            for _ in range(min(candidates[index].available, room - len(prices))):
                prices.append(price)
                owners.append(index)
        cumulative = [0]
        for price in prices:
            cumulative.append(cumulative[-1] + price)
        groups.append(BuyGroup(units, prices, owners, cumulative))
    return groups


def whole(amount: Fraction) -> int:
    """An amount that must be a whole number, as an int."""
    if amount.denominator != 1:
        raise ArithmeticError(f"{amount} is not whole")
    return amount.numerator


def scales(
    owned: Sequence[Piece],
    candidates: Sequence[Candidate],
    targets: Sequence[Mass],
    tolerance: Mass | None,
) -> tuple[int, int]:
    """The denominators that make every mass (in kg) and every price whole numbers."""
    masses = [piece.mass for piece in owned] + [candidate.mass for candidate in candidates]
    masses += list(targets)
    if tolerance is not None:
        masses.append(tolerance)
    scale = math.lcm(1, *(mass.kg.denominator for mass in masses))
    price_scale = math.lcm(
        1, *(Fraction(candidate.price.amount).denominator for candidate in candidates)
    )
    return scale, price_scale
