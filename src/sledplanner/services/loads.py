"""Loads use cases: what the owned gear can put on a sled, and the force it takes to drag."""

from __future__ import annotations

from decimal import Decimal

from sledplanner.domain.gear import GearItem, GearStatus
from sledplanner.domain.loads import Ladder, LoadMatch, Piece, build_ladder, find_load
from sledplanner.domain.surfaces import DragForce, drag_force
from sledplanner.domain.units import Mass
from sledplanner.services.gear import GearService


def pieces_of(items: list[GearItem]) -> list[Piece]:
    """Return the owned loadable items as pieces to stack."""
    return [
        Piece(item.id, item.name, item.mass, item.quantity)
        for item in items
        if item.loadable and item.status is GearStatus.OWNED
    ]


class LoadsService:
    """Answers "which loads can I build?" from the owned gear of one workspace."""

    def __init__(self, gear: GearService) -> None:
        """Work from the inventory in ``gear``."""
        self._gear = gear

    def pieces(self) -> list[Piece]:
        """Return the owned loadable pieces."""
        return pieces_of(self._gear.items())

    def ladder(self) -> Ladder:
        """Return every distinct load the owned pieces build, lightest first."""
        return build_ladder(self.pieces())

    def find(self, target: Mass, tolerance: Mass | None = None) -> LoadMatch:
        """Return the exact combination for ``target`` with the fewest pieces, or the nearest."""
        return find_load(self.pieces(), target, tolerance)

    def drag(self, sled: GearItem | None, load: Mass, mu: Decimal) -> DragForce:
        """Return the force to drag ``sled`` (None: no sled) carrying ``load``."""
        sled_mass = sled.mass if sled is not None else Mass.of(0, load.unit)
        return drag_force(sled_mass, load, mu)
