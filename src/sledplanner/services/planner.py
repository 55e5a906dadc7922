"""Purchase planning: which wishlist or catalogue items to buy so every target load can be built."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from sledplanner.domain.catalogue import CatalogueEntry
from sledplanner.domain.gear import GearItem, GearStatus
from sledplanner.domain.money import Money
from sledplanner.domain.units import Mass
from sledplanner.services.gear import GearService, catalogue
from sledplanner.services.loads import pieces_of

if TYPE_CHECKING:
    # The planner itself is loaded at the first plan: the window opens without it.
    from sledplanner.domain.planner import Candidate, PurchasePlan

CATALOGUE_PREFIX = "catalogue:"


@dataclass(frozen=True)
class CatalogueOffer:
    """A catalogue item the user has priced for planning: price of one, how many they'd buy."""

    entry: CatalogueEntry
    price: Decimal
    available: int = 1


@dataclass(frozen=True)
class PlanningInput:
    """What the planner may choose from, and what was left out and why."""

    candidates: tuple[Candidate, ...]
    skipped: tuple[str, ...]


class PlannerService:
    """Plans purchases against the owned gear of one workspace."""

    def __init__(self, gear: GearService) -> None:
        """Plan with the inventory in ``gear``."""
        self._gear = gear

    def loadable_catalogue(self) -> list[CatalogueEntry]:
        """Return the catalogue entries that are load (kettlebells, plates...) with a mass."""
        return [entry for entry in catalogue() if entry.kind.loadable and entry.mass is not None]

    def wishlist(self) -> list[GearItem]:
        """Return the loadable wishlist items."""
        return [
            item
            for item in self._gear.items()
            if item.loadable and item.status is GearStatus.WISHLIST
        ]

    def candidates(self, offers: Sequence[CatalogueOffer]) -> PlanningInput:
        """Return the candidates: priced wishlist items in the currency, then priced offers."""
        from sledplanner.domain.planner import Candidate

        currency = self._gear.preferences().currency
        chosen: list[Candidate] = []
        skipped: list[str] = []
        for item in self.wishlist():
            if item.unit_price is None:
                skipped.append(f"{item.name}: no price yet")
            elif item.unit_price.currency != currency:
                skipped.append(f"{item.name}: priced in {item.unit_price.currency}, not {currency}")
            else:
                chosen.append(
                    Candidate(item.id, item.name, item.mass, item.unit_price, item.quantity)
                )
        for offer in offers:
            entry = offer.entry
            assert entry.mass is not None
            chosen.append(
                Candidate(
                    CATALOGUE_PREFIX + entry.key,
                    entry.name,
                    entry.mass,
                    Money(offer.price, currency),
                    offer.available,
                )
            )
        return PlanningInput(tuple(chosen), tuple(skipped))

    def plan(
        self,
        targets: Sequence[Mass],
        tolerance: Mass | None,
        offers: Sequence[CatalogueOffer],
    ) -> tuple[PurchasePlan, PlanningInput]:
        """Return the cheapest plan that makes every reachable target buildable."""
        from sledplanner.domain.planner import plan_purchases

        planning = self.candidates(offers)
        plan = plan_purchases(
            pieces_of(self._gear.items()),
            planning.candidates,
            targets,
            tolerance,
            currency=self._gear.preferences().currency,
        )
        return plan, planning

    def wishlist_additions(
        self, plan: PurchasePlan, offers: Mapping[str, CatalogueOffer]
    ) -> list[GearItem]:
        """Return new wishlist items for the plan's catalogue purchases (wishlist ones exist)."""
        currency = self._gear.preferences().currency
        added: list[GearItem] = []
        for candidate, count in plan.purchases:
            if not candidate.key.startswith(CATALOGUE_PREFIX):
                continue
            offer = offers[candidate.key.removeprefix(CATALOGUE_PREFIX)]
            added.append(
                offer.entry.to_item(
                    GearStatus.WISHLIST, count, unit_price=Money(offer.price, currency)
                )
            )
        return added
