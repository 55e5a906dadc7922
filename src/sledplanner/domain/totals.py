"""Cost and mass totals over the inventory and the subscriptions, per currency."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction

from sledplanner.domain.gear import GearItem, GearKind, GearStatus
from sledplanner.domain.money import Money
from sledplanner.domain.subscriptions import Subscription

#: Amounts by ISO 4217 code. Currencies are never converted into each other.
ByCurrency = dict[str, Money]


def _add(into: ByCurrency, amount: Money) -> None:
    into[amount.currency] = into.get(amount.currency, Money.zero(amount.currency)) + amount


@dataclass
class Totals:
    """Everything the totals panel shows."""

    owned: ByCurrency = field(default_factory=dict)
    wishlist: ByCurrency = field(default_factory=dict)
    owned_by_kind: dict[GearKind, ByCurrency] = field(default_factory=dict)
    wishlist_by_kind: dict[GearKind, ByCurrency] = field(default_factory=dict)
    subscriptions_to_date: ByCurrency = field(default_factory=dict)
    subscriptions_per_year: ByCurrency = field(default_factory=dict)
    #: The mass of every owned loadable piece, exact, in kg.
    loadable_owned_kg: Fraction = Fraction(0)
    #: Owned or wished-for items without a price, left out of the sums.
    unpriced: int = 0

    @property
    def both(self) -> ByCurrency:
        """Owned plus wishlist."""
        result: ByCurrency = {}
        for amount in [*self.owned.values(), *self.wishlist.values()]:
            _add(result, amount)
        return result


def compute_totals(
    items: Iterable[GearItem], subscriptions: Iterable[Subscription], today: date
) -> Totals:
    """Add up the inventory and the subscriptions as of ``today``. Retired gear is left out."""
    totals = Totals()
    by_kind: dict[GearStatus, dict[GearKind, ByCurrency]] = {
        GearStatus.OWNED: defaultdict(dict),
        GearStatus.WISHLIST: defaultdict(dict),
    }
    for item in items:
        if item.status is GearStatus.RETIRED:
            continue
        if item.status is GearStatus.OWNED and item.loadable:
            totals.loadable_owned_kg += item.total_mass.kg
        price = item.total_price
        if price is None:
            totals.unpriced += 1
            continue
        _add(totals.owned if item.status is GearStatus.OWNED else totals.wishlist, price)
        _add(by_kind[item.status][item.kind], price)
    totals.owned_by_kind = dict(by_kind[GearStatus.OWNED])
    totals.wishlist_by_kind = dict(by_kind[GearStatus.WISHLIST])
    for subscription in subscriptions:
        _add(totals.subscriptions_to_date, subscription.cost_to_date(today))
        _add(totals.subscriptions_per_year, subscription.cost_per_year(today))
    return totals
