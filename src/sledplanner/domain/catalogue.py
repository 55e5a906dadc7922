"""The built-in catalogue of standard gear to add from: no prices, masses as sold."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.gear import GearItem, GearKind, GearStatus, parse_enum
from sledplanner.domain.money import Money
from sledplanner.domain.units import Mass


@dataclass(frozen=True)
class CatalogueEntry:
    """One item of the catalogue. ``mass`` is None where no reliable figure exists."""

    group: str
    kind: GearKind
    name: str
    mass: Mass | None
    brand: str = ""
    surfaces: frozenset[str] = frozenset()
    notes: str = ""
    #: True when ``mass`` is a typical figure rather than the maker's.
    mass_is_estimate: bool = False

    @property
    def key(self) -> str:
        """A stable key: the group and the name."""
        return f"{self.group}/{self.name}"

    def to_item(
        self,
        status: GearStatus = GearStatus.OWNED,
        quantity: int = 1,
        unit_price: Money | None = None,
        mass: Mass | None = None,
    ) -> GearItem:
        """Return a new inventory item from this entry.

        Raises:
            ValidationError: The entry has no mass and none was given (field ``mass``).
        """
        chosen = mass if mass is not None else self.mass
        if chosen is None:
            raise ValidationError("mass", f"enter the mass of '{self.name}': it is not known")
        return GearItem(
            kind=self.kind,
            name=self.name,
            brand=self.brand,
            mass=chosen,
            quantity=quantity,
            unit_price=unit_price,
            status=status,
            surfaces=self.surfaces,
            notes=self.notes,
        )


def parse_catalogue(data: Mapping[str, Any]) -> list[CatalogueEntry]:
    """Read the catalogue's JSON form into entries, in file order."""
    entries: list[CatalogueEntry] = []
    for group in data.get("groups", []):
        for raw in group.get("items", []):
            mass = raw.get("mass")
            entries.append(
                CatalogueEntry(
                    group=str(group["name"]),
                    kind=parse_enum(GearKind, raw["kind"], "kind"),
                    name=str(raw["name"]),
                    mass=Mass.from_dict(mass) if mass else None,
                    brand=str(raw.get("brand", "")),
                    surfaces=frozenset(raw.get("surfaces", [])),
                    notes=str(raw.get("notes", "")),
                    mass_is_estimate=bool(raw.get("mass_is_estimate", False)),
                )
            )
    return entries
