"""Gear use cases: the inventory, subscriptions, preferences, totals and catalogue."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Literal

from sledplanner.domain.gear import GearItem, GearStatus
from sledplanner.domain.preferences import Preferences
from sledplanner.domain.subscriptions import Subscription
from sledplanner.domain.totals import Totals, compute_totals
from sledplanner.services.errors import DatabaseError
from sledplanner.services.observed import ObservedService
from sledplanner.services.resources import resource_path
from sledplanner.services.workspace import Workspace
from sledplanner.storage.repositories import (
    BadRecord,
    GearRepository,
    PreferencesRepository,
    SubscriptionRepository,
)

if TYPE_CHECKING:
    from sledplanner.domain.catalogue import CatalogueEntry

ChangeKind = Literal["added", "updated", "removed", "reset"]


@dataclass(frozen=True)
class GearChange:
    """What changed in the gear or subscriptions, for views that follow along."""

    kind: ChangeKind
    table: Literal["gear", "subscriptions", "preferences"]
    record_id: str | None = None


Listener = Callable[[GearChange], None]


@cache
def catalogue() -> tuple[CatalogueEntry, ...]:
    """Return the built-in catalogue shipped in ``resources/data/catalogue.json``."""
    from sledplanner.domain.catalogue import parse_catalogue  # loaded when first shown

    raw = json.loads(resource_path("data", "catalogue.json").read_text("utf-8"))
    return tuple(parse_catalogue(raw))


class GearService(ObservedService[GearChange]):
    """The inventory of one workspace. Stored and heard of as :class:`ObservedService` says."""

    def __init__(
        self,
        workspace: Workspace,
        today: Callable[[], date] = date.today,
        default_preferences: Preferences | None = None,
        show_edit_controls: bool | None = None,
    ) -> None:
        """Serve the gear of ``workspace``; ``today`` tells the date (tests fix it).

        ``show_edit_controls`` overrides whether views offer editing (screenshots of a database
        opened read-only look like the app); the storage refuses writes either way.
        """
        db = workspace.database.db
        self._workspace = workspace
        self._path = workspace.path
        self._gear = GearRepository(db)
        self._subscriptions = SubscriptionRepository(db)
        self._preferences = PreferencesRepository(db)
        self._defaults = default_preferences or Preferences()
        super().__init__(workspace, today, show_edit_controls)

    def backup_before_import(self) -> str | None:
        """Back up the database before an import; return why that failed, or None when done.

        An import must not go ahead without its backup (see docs/data-format.md).
        """
        from sledplanner.services.backups import backup_before_import  # loaded for imports

        self._workspace.settle()
        try:
            backup_before_import(self._path)
        except DatabaseError as exc:
            return f"{exc.message} Nothing was imported: the backup before the import failed."
        return None

    def reloaded(self) -> None:
        """Tell the views that every table may have changed (a merge, or its undo)."""
        for table in ("gear", "subscriptions", "preferences"):
            self._tell(GearChange("reset", table))

    # ------------------------------------------------------------------ gear
    def items(self) -> list[GearItem]:
        """Return every gear item, oldest first."""
        return self._gear.all()

    def item(self, item_id: str) -> GearItem | None:
        """Return the item with ``item_id``, or None."""
        return self._gear.get(item_id)

    def add(self, item: GearItem) -> None:
        """Add ``item`` (also used to put a deleted item back, with its id)."""
        self._gear.add(item)
        self._tell(GearChange("added", "gear", item.id))

    def add_many(self, items: Iterable[GearItem]) -> None:
        """Add several items in one write: all or none."""
        batch = list(items)
        if not batch:
            return
        self._gear.add_many(batch)
        self._tell(GearChange("reset", "gear"))

    def update(self, item: GearItem) -> None:
        """Replace the stored item that has the same id."""
        self._gear.update(item)
        self._tell(GearChange("updated", "gear", item.id))

    def remove(self, item_id: str) -> None:
        """Delete the item with ``item_id``."""
        self._gear.remove(item_id)
        self._tell(GearChange("removed", "gear", item_id))

    def remove_many(self, item_ids: Iterable[str]) -> None:
        """Delete several items in one write: all or none."""
        ids = list(item_ids)
        if not ids:
            return
        self._gear.remove_many(ids)
        self._tell(GearChange("reset", "gear"))

    def owned(self) -> list[GearItem]:
        """Return the owned items."""
        return [item for item in self.items() if item.status is GearStatus.OWNED]

    def sleds(self) -> list[GearItem]:
        """Return the sleds that are owned or on the wishlist."""
        return [
            item
            for item in self.items()
            if item.kind.value == "sled" and item.status is not GearStatus.RETIRED
        ]

    def problems(self) -> list[BadRecord]:
        """Return stored gear and subscription records that fail validation."""
        return [*self._gear.problems(), *self._subscriptions.problems()]

    # ------------------------------------------------------------------ subscriptions
    def subscriptions(self) -> list[Subscription]:
        """Return every subscription, oldest first."""
        return self._subscriptions.all()

    def add_subscription(self, subscription: Subscription) -> None:
        """Add ``subscription`` (or put a deleted one back)."""
        self._subscriptions.add(subscription)
        self._tell(GearChange("added", "subscriptions", subscription.id))

    def update_subscription(self, subscription: Subscription) -> None:
        """Replace the stored subscription with the same id."""
        self._subscriptions.update(subscription)
        self._tell(GearChange("updated", "subscriptions", subscription.id))

    def remove_subscription(self, subscription_id: str) -> None:
        """Delete the subscription with ``subscription_id``."""
        self._subscriptions.remove(subscription_id)
        self._tell(GearChange("removed", "subscriptions", subscription_id))

    # ------------------------------------------------------------------ preferences
    def preferences(self) -> Preferences:
        """Return the display unit and currency of this database."""
        return self._preferences.load(self._defaults)

    def set_preferences(self, preferences: Preferences) -> None:
        """Store the display unit and currency."""
        self._preferences.save(preferences)
        self._tell(GearChange("updated", "preferences"))

    # ------------------------------------------------------------------ totals
    def totals(self) -> Totals:
        """Return the cost and mass totals as of today."""
        return compute_totals(self.items(), self.subscriptions(), self.today())
