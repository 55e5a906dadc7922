"""Gear items: sleds, kettlebells, plates and the rest, validated at construction."""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction
from typing import Any, TypeVar

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.money import Money
from sledplanner.domain.surfaces import surface
from sledplanner.domain.units import KG_PER_LB, Mass

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")

#: The heaviest single item accepted, in kg. Anything above is a typing slip.
MAX_ITEM_KG = Fraction(500)
MAX_QUANTITY = 10_000
MAX_PRICE = Decimal(10_000_000)
#: The lightest single item accepted, in kg (1 g): anything lighter is a typing slip.
MIN_ITEM_KG = Fraction(1, 1000)
MAX_TEXT = 200
MAX_NOTES = 10_000


class GearKind(StrEnum):
    """What an item is."""

    SLED = "sled"
    KETTLEBELL = "kettlebell"
    PLATE = "plate"
    DUMBBELL = "dumbbell"
    SANDBAG = "sandbag"
    HARNESS = "harness"
    OTHER = "other"

    @property
    def loadable(self) -> bool:
        """Whether items of this kind are stacked on a sled as load."""
        return self in LOADABLE_KINDS


LOADABLE_KINDS = frozenset(
    {GearKind.KETTLEBELL, GearKind.PLATE, GearKind.DUMBBELL, GearKind.SANDBAG}
)


class GearStatus(StrEnum):
    """Where an item stands: owned, wanted, or no longer used."""

    OWNED = "owned"
    WISHLIST = "wishlist"
    RETIRED = "retired"


def parse_enum(kind: type[E], text: object, field_name: str) -> E:
    """Read an enum value from text, naming the field and the allowed values on failure."""
    if isinstance(text, kind):
        return text
    if isinstance(text, str):
        try:
            return kind(text.strip().lower())
        except ValueError:
            pass
    allowed = " | ".join(member.value for member in kind)
    raise ValidationError(field_name, f"'{text}' is not one of {allowed}")


def check_text(value: object, field_name: str, *, required: bool, limit: int = MAX_TEXT) -> str:
    """Return ``value`` stripped, refusing non-text, a missing required text or an overlong one."""
    if not isinstance(value, str):
        raise ValidationError(field_name, "must be text")
    text = value.strip()
    if required and not text:
        raise ValidationError(field_name, "must not be empty")
    if len(text) > limit:
        raise ValidationError(field_name, f"is {len(text)} characters long; at most {limit}")
    return text


def check_item_mass(mass: Mass, field_name: str = "mass") -> Mass:
    """Return ``mass`` when it is above zero and at most 500 kg."""
    if not isinstance(mass, Mass):
        raise ValidationError(field_name, "must be a mass")
    if mass.kg <= 0:
        raise ValidationError(field_name, "must be more than zero")
    if mass.kg < MIN_ITEM_KG:
        raise ValidationError(field_name, f"{mass} is under 1 g: is that a typing slip?")
    if mass.kg > MAX_ITEM_KG:
        limit_lb = math.floor(MAX_ITEM_KG / KG_PER_LB)
        raise ValidationError(
            field_name, f"{mass} is over the 500 kg ({limit_lb} lb) limit for one item"
        )
    return mass


def new_id() -> str:
    """Return a new stable identifier for a record."""
    return uuid.uuid4().hex


@dataclass(frozen=True)
class GearItem:
    """One line of the inventory: a kind of item, how many, what it weighs and costs.

    A sled also records the surfaces it suits and an optional maximum load. Everything is
    checked when the item is made; an invalid item cannot exist.
    """

    kind: GearKind
    name: str
    mass: Mass
    quantity: int = 1
    brand: str = ""
    unit_price: Money | None = None
    status: GearStatus = GearStatus.OWNED
    purchased_on: date | None = None
    surfaces: frozenset[str] = field(default_factory=frozenset)
    max_load: Mass | None = None
    notes: str = ""
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        """Check every field; raise ValidationError naming the first bad one."""
        object.__setattr__(self, "kind", parse_enum(GearKind, self.kind, "kind"))
        object.__setattr__(self, "status", parse_enum(GearStatus, self.status, "status"))
        object.__setattr__(self, "name", check_text(self.name, "name", required=True))
        object.__setattr__(self, "brand", check_text(self.brand, "brand", required=False))
        object.__setattr__(
            self, "notes", check_text(self.notes, "notes", required=False, limit=MAX_NOTES)
        )
        if not isinstance(self.mass, Mass):
            raise ValidationError("mass", "must be a mass")
        check_item_mass(self.mass)
        if isinstance(self.quantity, bool) or not isinstance(self.quantity, int):
            raise ValidationError("quantity", "must be a whole number")
        if self.quantity < 1:
            raise ValidationError("quantity", f"must be at least 1, got {self.quantity}")
        if self.quantity > MAX_QUANTITY:
            raise ValidationError("quantity", f"must be at most {MAX_QUANTITY}")
        if self.unit_price is not None:
            if not isinstance(self.unit_price, Money):
                raise ValidationError("unit_price", "must be an amount of money")
            if self.unit_price.is_negative:
                raise ValidationError("unit_price", f"must not be negative, got {self.unit_price}")
            if self.unit_price.amount > MAX_PRICE:
                raise ValidationError("unit_price", f"{self.unit_price} is over {MAX_PRICE}")
        if self.purchased_on is not None:
            if not isinstance(self.purchased_on, date) or isinstance(self.purchased_on, datetime):
                raise ValidationError("purchased_on", "must be a date")
            check_day(self.purchased_on, "purchased_on")
        if isinstance(self.surfaces, str) or not isinstance(
            self.surfaces, frozenset | set | list | tuple
        ):
            raise ValidationError("surfaces", "must be a set of surface keys")
        surfaces = _field(
            lambda keys: frozenset(surface(key).key for key in keys), self.surfaces, "surfaces"
        )
        object.__setattr__(self, "surfaces", surfaces)
        if self.kind is not GearKind.SLED:
            if surfaces:
                raise ValidationError("surfaces", "only a sled has surfaces")
            if self.max_load is not None:
                raise ValidationError("max_load", "only a sled has a maximum load")
        if self.max_load is not None:
            check_item_mass(self.max_load, "max_load")
        check_id(self.id)

    @property
    def loadable(self) -> bool:
        """Whether the item is stacked on a sled as load."""
        return self.kind.loadable

    @property
    def total_mass(self) -> Mass:
        """The mass of all ``quantity`` pieces."""
        return self.mass * self.quantity

    @property
    def total_price(self) -> Money | None:
        """The price of all ``quantity`` pieces, when a unit price is known."""
        return self.unit_price * self.quantity if self.unit_price is not None else None

    def suits(self, surface_key: str) -> bool:
        """Whether this sled suits the surface (sleds with no surfaces recorded suit none)."""
        return surface_key in self.surfaces

    def with_changes(self, **changes: Any) -> GearItem:
        """Return a copy with ``changes`` applied and checked; the id stays."""
        return replace(self, **changes)

    def duplicate(self) -> GearItem:
        """Return a copy with a new id and " (copy)" after the name."""
        name = self.name if len(self.name) + 7 > MAX_TEXT else f"{self.name} (copy)"
        return replace(self, id=new_id(), name=name)

    # ------------------------------------------------------------------ file form
    def to_dict(self) -> dict[str, Any]:
        """Return the record stored in the database (see docs/data-format.md)."""
        return {
            "id": self.id,
            "kind": self.kind.value,
            "name": self.name,
            "brand": self.brand,
            "mass": self.mass.to_dict(),
            "quantity": self.quantity,
            "unit_price": self.unit_price.to_dict() if self.unit_price is not None else None,
            "status": self.status.value,
            "purchased_on": self.purchased_on.isoformat() if self.purchased_on else None,
            "surfaces": sorted(self.surfaces),
            "max_load": self.max_load.to_dict() if self.max_load is not None else None,
            "notes": self.notes,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GearItem:
        """Rebuild an item from its stored record, checking every field."""
        if not isinstance(data, Mapping):
            raise ValidationError("gear", "record must be an object")
        try:
            kind = data["kind"]
            name = data["name"]
            mass_data = data["mass"]
        except KeyError as missing:
            raise ValidationError(str(missing.args[0]), "is missing") from None
        price = data.get("unit_price")
        max_load = data.get("max_load")
        surfaces = data.get("surfaces") or []
        if not isinstance(surfaces, list) or not all(isinstance(s, str) for s in surfaces):
            raise ValidationError("surfaces", "must be a list of surface keys")
        quantity = data.get("quantity", 1)
        return cls(
            kind=parse_enum(GearKind, kind, "kind"),
            name=name,
            brand=data.get("brand") or "",
            mass=_field(Mass.from_dict, mass_data, "mass"),
            quantity=quantity,
            unit_price=_field(Money.from_dict, price, "unit_price") if price else None,
            status=parse_enum(GearStatus, data.get("status", "owned"), "status"),
            purchased_on=parse_date(data.get("purchased_on"), "purchased_on"),
            surfaces=frozenset(surfaces),
            max_load=_field(Mass.from_dict, max_load, "max_load") if max_load else None,
            notes=data.get("notes") or "",
            id=stored_id(data),
        )


def _field(read: Callable[[Any], T], data: Any, name: str) -> T:
    """Read a nested value, renaming its ValidationError to the outer field."""
    try:
        return read(data)
    except ValidationError as exc:
        raise ValidationError(name, exc.message) from None


def check_id(record_id: object) -> str:
    """Return ``record_id`` when it is a text that is not blank (as :func:`stored_id` reads)."""
    if not isinstance(record_id, str) or not record_id.strip():
        raise ValidationError("id", "must be a non-empty text")
    return record_id


def stored_id(data: Mapping[str, Any]) -> str:
    """Return the ``id`` of a stored record; a record without one is invalid."""
    record_id = data.get("id")
    if not isinstance(record_id, str) or not record_id.strip():
        raise ValidationError("id", "is missing")
    return record_id


#: The days the app accepts: far enough apart for any training history or plan, and far enough
#: from the calendar's ends that date arithmetic (weeks, warm-up windows) cannot overflow.
EARLIEST_DAY = date(1900, 1, 1)
LATEST_DAY = date(2199, 12, 31)


def check_day(day: date, field_name: str) -> date:
    """Return ``day`` when it is a date (not a date-time) between 1900 and 2199."""
    if not isinstance(day, date) or isinstance(day, datetime):
        raise ValidationError(field_name, "must be a date")
    if not EARLIEST_DAY <= day <= LATEST_DAY:
        raise ValidationError(field_name, f"{day.isoformat()} is outside 1900–2199")
    return day


def parse_date(value: object, field_name: str) -> date | None:
    """Read an ISO date (YYYY-MM-DD) between 1900 and 2199; empty or None means no date."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return check_day(value, field_name)
    if not isinstance(value, str):
        raise ValidationError(field_name, "must be a date written YYYY-MM-DD")
    try:
        day = date.fromisoformat(value.strip())
    except ValueError:
        raise ValidationError(field_name, f"'{value}' is not a date written YYYY-MM-DD") from None
    return check_day(day, field_name)
