"""What the planner is given and what it returns: candidates and purchase plans."""

from __future__ import annotations

from dataclasses import dataclass, field

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.loads import Combination, Piece
from sledplanner.domain.money import Money
from sledplanner.domain.units import Mass

#: How many search nodes :func:`plan_purchases` may visit before it settles for the best plan
#: found so far.
DEFAULT_NODE_BUDGET = 10_000


@dataclass(frozen=True)
class Candidate:
    """Something the user could buy: a loadable piece with a price.

    Attributes:
        key: The caller's identifier, such as a wishlist gear item id; unique among the
            candidates and different from every owned piece's key.
        label: A name for people, such as "24 kg kettlebell".
        mass: The mass of one piece, more than zero.
        price: The price of one piece, not negative.
        available: How many of it the user may buy; a whole number of at least 1.
    """

    key: str
    label: str
    mass: Mass
    price: Money
    available: int = 1

    def __post_init__(self) -> None:
        """Check the fields.

        Raises:
            ValidationError: On the field "key" or "label" for a value that is not text,
                "mass" for a mass that is not a Mass above zero, "unit_price" for a price that
                is not a Money of zero or more, or "quantity" for an availability that is not a
                whole number of at least 1.
        """
        if not isinstance(self.key, str):
            raise ValidationError("key", f"must be text, not {type(self.key).__name__}")
        if not isinstance(self.label, str):
            raise ValidationError("label", f"must be text, not {type(self.label).__name__}")
        if not isinstance(self.mass, Mass):
            raise ValidationError("mass", f"must be a Mass, not {type(self.mass).__name__}")
        if self.mass.kg <= 0:
            raise ValidationError("mass", f"a candidate must weigh more than zero: {self.key}")
        if not isinstance(self.price, Money):
            raise ValidationError("unit_price", f"must be Money, not {type(self.price).__name__}")
        if self.price.is_negative:
            raise ValidationError("unit_price", f"must not be negative, got {self.price}")
        if isinstance(self.available, bool) or not isinstance(self.available, int):
            raise ValidationError("quantity", "must be a whole number")
        if self.available < 1:
            raise ValidationError("quantity", f"must be at least 1, got {self.available}")


@dataclass(frozen=True)
class PurchasePlan:
    """What to buy so that the targets can be built, and what each purchase is for.

    Target lists keep the order in which the targets were given, repeats included.

    Attributes:
        purchases: Each candidate to buy and how many, heaviest first, then by key.
        total: The total price of the purchases.
        unlocks: For each bought candidate's key, the targets that the plan can build but that
            it could not build with one fewer of that candidate.
        already_buildable: Targets that owned gear alone can build.
        newly_buildable: Targets that need at least one purchase.
        unreachable: Targets that even owned gear plus every candidate cannot build.
        unreachable_reasons: A plain-words reason for each unreachable target, in the same
            order, naming the nearest loads that could be built.
        builds: For every target, in the order given, the target and the combination of owned
            and bought pieces that builds it (exactly if possible, else the closest within the
            tolerance); None for an unreachable target.
        optimal: True when the plan is proven cheapest; False when the search stopped at its
            node budget and returned the best plan it had found.
    """

    purchases: tuple[tuple[Candidate, int], ...]
    total: Money
    unlocks: dict[str, tuple[Mass, ...]] = field(default_factory=dict)
    already_buildable: tuple[Mass, ...] = ()
    newly_buildable: tuple[Mass, ...] = ()
    unreachable: tuple[Mass, ...] = ()
    unreachable_reasons: tuple[str, ...] = ()
    builds: tuple[tuple[Mass, Combination | None], ...] = ()
    optimal: bool = True

    @property
    def piece_count(self) -> int:
        """How many pieces the plan buys."""
        return sum(count for _, count in self.purchases)

    def bought_pieces(self) -> tuple[Piece, ...]:
        """The purchases as pieces, keyed and labelled like their candidates."""
        return tuple(
            Piece(candidate.key, candidate.label, candidate.mass, count)
            for candidate, count in self.purchases
        )
