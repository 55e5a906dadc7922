"""The purchase planner: target loads in, the cheapest shopping list out."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.gear import GearItem
from sledplanner.domain.parsing import parse_amount, parse_mass
from sledplanner.domain.units import Mass
from sledplanner.services.gear import GearChange, GearService
from sledplanner.services.planner import CatalogueOffer, PlannerService
from sledplanner.ui.formatting import format_kg_fraction, format_mass_both, format_money

if TYPE_CHECKING:
    from sledplanner.domain.planner import PurchasePlan

#: Adds items to the inventory in one undoable step; returns whether it worked.
AddItems = Callable[[list[GearItem]], bool]

NAME, MASS, PRICE, AVAILABLE = range(4)


class PlannerPanel(QWidget):
    """Type target loads, price some catalogue items, and get the cheapest purchases."""

    def __init__(
        self,
        gear: GearService,
        planner: PlannerService,
        add_items: AddItems,
        parent: QWidget | None = None,
    ) -> None:
        """Plan purchases for the inventory of ``gear``; ``add_items`` fills the wishlist."""
        super().__init__(parent)
        self.setObjectName("plannerPanel")
        self._gear = gear
        self._planner = planner
        self._add_items = add_items
        self._entries = planner.loadable_catalogue()
        self.plan: PurchasePlan | None = None
        self._offers: dict[str, CatalogueOffer] = {}

        self.targets = QLineEdit(self)
        self.targets.setObjectName("plannerTargets")
        self.targets.setAccessibleName(self.tr("Target loads"))
        self.targets.setPlaceholderText(self.tr("e.g. 30, 45, 55, 65 lb"))
        self.tolerance = QLineEdit(self)
        self.tolerance.setObjectName("plannerTolerance")
        self.tolerance.setAccessibleName(self.tr("Tolerance"))
        self.tolerance.setPlaceholderText(self.tr("exact"))
        self.wishlist_note = QLabel(self)
        self.wishlist_note.setObjectName("plannerWishlistNote")
        self.wishlist_note.setWordWrap(True)
        self.offers = QTableWidget(len(self._entries), 4, self)
        self.offers.setObjectName("plannerOffers")
        self.offers.setAccessibleName(self.tr("Catalogue items and your prices"))
        # Tab leaves the table (arrows move between cells; Tab in an open editor still moves on).
        self.offers.setTabKeyNavigation(False)
        self.offers.setHorizontalHeaderLabels(
            [self.tr("Catalogue item"), self.tr("Mass"), self.tr("Your price"), self.tr("Up to")]
        )
        self.offers.verticalHeader().hide()
        self.offers.verticalHeader().setDefaultSectionSize(self.offers.fontMetrics().height() + 8)
        self.offers.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for row, entry in enumerate(self._entries):
            name = QTableWidgetItem(entry.name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.offers.setItem(row, NAME, name)
            mass = QTableWidgetItem(entry.mass.format() if entry.mass else "")
            mass.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.offers.setItem(row, MASS, mass)
            self.offers.setItem(row, PRICE, QTableWidgetItem(""))
            self.offers.setItem(row, AVAILABLE, QTableWidgetItem("1"))
        self.offers.setMinimumHeight(120)
        self.offers.setMaximumHeight(260)
        self.plan_button = QPushButton(self.tr("Plan purchases"), self)
        self.plan_button.setObjectName("planButton")
        self.result = QLabel(self)
        self.result.setObjectName("plannerResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.to_wishlist = QPushButton(self.tr("Add the catalogue items to the wishlist"), self)
        self.to_wishlist.setObjectName("planToWishlistButton")
        self.to_wishlist.setEnabled(False)

        form = QFormLayout()
        form.addRow(self.tr("Target loads"), self.targets)
        form.addRow(self.tr("Tolerance"), self.tolerance)
        # One button above the other, so the side panel stays narrow and the gear table wide.
        buttons = QVBoxLayout()
        for button in (self.plan_button, self.to_wishlist):
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch(1)
            buttons.addLayout(row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.wishlist_note)
        hint = QLabel(
            self.tr(
                "Give a price to the catalogue items you could buy (left empty: not "
                "considered). Wishlist items with a price are always considered."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.offers, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addStretch(1)

        self.plan_button.clicked.connect(self.run_plan)
        self.targets.returnPressed.connect(self.run_plan)
        self.to_wishlist.clicked.connect(self.add_to_wishlist)
        self._unsubscribe = gear.subscribe(self._on_change)
        self._show_wishlist_note()
        self.to_wishlist.setEnabled(False)

    def detach(self) -> None:
        """Stop following the service."""
        self._unsubscribe()

    def _on_change(self, change: GearChange) -> None:
        if change.table in ("gear", "preferences"):
            self._show_wishlist_note()

    def _show_wishlist_note(self) -> None:
        wishlist = self._planner.wishlist()
        priced = [item for item in wishlist if item.unit_price is not None]
        if not wishlist:
            text = self.tr("No loadable items on the wishlist.")
        else:
            text = self.tr("{priced} of {count} wishlist item(s) have a price.").format(
                priced=len(priced), count=len(wishlist)
            )
        self.wishlist_note.setText(text)

    def set_price(self, name: str, price: str, available: int = 1) -> None:
        """Type a price (and how many) for the catalogue item called ``name``."""
        for row, entry in enumerate(self._entries):
            if entry.name == name:
                self.offers.item(row, PRICE).setText(price)
                self.offers.item(row, AVAILABLE).setText(str(available))
                return
        raise KeyError(name)

    def _read_offers(self) -> list[CatalogueOffer]:
        offers: list[CatalogueOffer] = []
        for row, entry in enumerate(self._entries):
            text = self.offers.item(row, PRICE).text()
            amount = parse_amount(text, f"price of {entry.name}")
            if amount is None:
                continue
            if amount < 0:
                raise ValidationError(f"price of {entry.name}", "must not be negative")
            available_text = self.offers.item(row, AVAILABLE).text().strip() or "1"
            if not available_text.isdigit() or int(available_text) < 1:
                raise ValidationError(f"'up to' of {entry.name}", "must be a whole number ≥ 1")
            offers.append(CatalogueOffer(entry, amount, int(available_text)))
        return offers

    def _read_targets(self) -> list[Mass]:
        unit = self._gear.preferences().display_unit
        parts = [part for part in self.targets.text().replace(";", ",").split(",") if part.strip()]
        if parts:
            # A unit written once at the end ("30, 45, 55 lb") applies to every bare number.
            unit = parse_mass(parts[-1], unit, "target loads").unit
        return [parse_mass(part, unit, "target loads") for part in parts]

    def run_plan(self) -> None:
        """Plan purchases for the typed targets and show the shopping list."""
        self.plan = None
        self.to_wishlist.setEnabled(False)
        try:
            targets = self._read_targets()
            if not targets:
                raise ValidationError("target loads", "type at least one load")
            tolerance_text = self.tolerance.text().strip()
            unit = self._gear.preferences().display_unit
            tolerance = parse_mass(tolerance_text, unit, "tolerance") if tolerance_text else None
            offers = self._read_offers()
        except ValidationError as exc:
            self.result.setText(f"{exc.field}: {exc.message}")
            return
        plan, planning = self._planner.plan(targets, tolerance, offers)
        self.plan = plan
        self._offers = {offer.entry.key: offer for offer in offers}
        self.result.setText(self._describe(plan, planning.skipped))
        self.to_wishlist.setEnabled(
            not self._gear.read_only
            and any(c.key.startswith("catalogue:") for c, _ in plan.purchases)
        )

    def _describe(self, plan: PurchasePlan, skipped: tuple[str, ...]) -> str:
        unit = self._gear.preferences().display_unit

        def loads(masses: tuple[Mass, ...]) -> str:
            return ", ".join(format_kg_fraction(m.kg, unit, 2) for m in masses)

        lines: list[str] = []
        if plan.purchases:
            lines.append(self.tr("Shopping list:"))
            for candidate, count in plan.purchases:
                unlocked = plan.unlocks.get(candidate.key, ())
                lines.append(
                    self.tr("• {count} × {name} ({mass}) — {price}{unlocks}").format(
                        count=count,
                        name=candidate.label,
                        mass=format_mass_both(candidate.mass, unit),
                        price=format_money(candidate.price * count),
                        unlocks=self.tr(" — unlocks {loads}").format(loads=loads(unlocked))
                        if unlocked
                        else "",
                    )
                )
            lines.append(self.tr("Total: {total}").format(total=format_money(plan.total)))
        elif not plan.unreachable:
            lines.append(self.tr("Nothing to buy: your gear already builds every target."))
        if plan.already_buildable:
            lines.append(
                self.tr("Already buildable: {loads}").format(loads=loads(plan.already_buildable))
            )
        if plan.unreachable:
            lines.append(self.tr("Out of reach even with every priced candidate:"))
            lines.extend(f"• {reason}" for reason in plan.unreachable_reasons)
        if not plan.optimal:
            lines.append(
                self.tr("The search stopped early: this plan works but may not be the cheapest.")
            )
        if skipped:
            lines.append(self.tr("Not considered: {items}").format(items="; ".join(skipped)))
        return "\n".join(lines)

    def add_to_wishlist(self) -> None:
        """Put the plan's catalogue purchases on the wishlist, in one undoable step."""
        if self.plan is None:
            return
        items = self._planner.wishlist_additions(self.plan, self._offers)
        if items and self._add_items(items):
            self.result.setText(
                self.result.text()
                + "\n"
                + self.tr("Added {count} item(s) to the wishlist.").format(count=len(items))
            )
            self.to_wishlist.setEnabled(False)
