"""Gear spend over time, and the spend per session done."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sledplanner.domain.gear import GearItem
from sledplanner.domain.metrics.per_session import _SPENT_STATUSES, _is_done
from sledplanner.domain.money import Money
from sledplanner.domain.sessions import Session


# ---------------------------------------------------------------------------- gear spend
@dataclass(frozen=True)
class Spend:
    """Gear spend in one currency over time.

    Attributes:
        points: ``(day, total so far)`` for each purchase day, oldest first; the total
            includes every purchase on that day. Non-decreasing, since prices are never
            negative.
        undated: The total of the priced items with no purchase date (not in ``points``).
        unpriced: How many owned or retired items have no price at all.
    """

    points: list[tuple[date, Money]]
    undated: Money
    unpriced: int

    @property
    def dated_total(self) -> Money:
        """The total of the dated purchases: the last point, or 0."""
        return self.points[-1][1] if self.points else Money.zero(self.undated.currency)


def cumulative_spend(items: Iterable[GearItem], currency: str) -> Spend:
    """Add up what the owned and retired gear cost, by purchase date, in one currency.

    Each item costs its unit price × quantity. Wish-list items were not bought and are left
    out, as are items priced in another currency.

    Args:
        items: The inventory.
        currency: The ISO 4217 code to add up, in any case.

    Returns:
        The running total by purchase date, the undated total and the unpriced count.
    """
    undated = Money.zero(currency)
    by_day: dict[date, Money] = {}
    unpriced = 0
    for item in items:
        if item.status not in _SPENT_STATUSES:
            continue
        price = item.total_price
        if price is None:
            unpriced += 1
            continue
        if price.currency != undated.currency:
            continue
        if item.purchased_on is None:
            undated += price
        else:
            by_day[item.purchased_on] = by_day.get(item.purchased_on, Money.zero(currency)) + price
    points: list[tuple[date, Money]] = []
    running = Money.zero(currency)
    for day in sorted(by_day):
        running += by_day[day]
        points.append((day, running))
    return Spend(points, undated, unpriced)


def cost_per_session(
    items: Iterable[GearItem],
    sessions: Iterable[Session],
    currency: str,
    on: date,
    *,
    include_undated: bool = False,
) -> Money | None:
    """Give the gear spend per done session as of ``on``.

    Spend: owned and retired gear in ``currency`` bought on or before ``on`` (see
    :func:`cumulative_spend`), plus the undated items when ``include_undated``. Sessions: the
    done ones on or before ``on``, of any activity. The quotient is exact (a ``Decimal``
    division at 28 significant digits); round it to the currency's minor unit to show it.

    Args:
        items: The inventory.
        sessions: The sessions.
        currency: The ISO 4217 code of the spend.
        on: The day to work it out for.
        include_undated: Whether to count the priced items that have no purchase date.

    Returns:
        The spend per session, or None when no session was done by ``on``.
    """
    done = sum(1 for session in sessions if session.day <= on and _is_done(session))
    if done == 0:
        return None
    spend = cumulative_spend(items, currency)
    total = spend.undated if include_undated else Money.zero(currency)
    for day, running in reversed(spend.points):
        if day <= on:
            total += running
            break
    return Money(total.amount / done, total.currency)
