"""The live totals: what the gear and subscriptions cost, and the loadable mass owned."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from sledplanner.domain.gear import GearKind
from sledplanner.services.gear import GearChange, GearService
from sledplanner.ui.formatting import format_amounts, format_kg_fraction


class TotalsPanel(QGroupBox):
    """A form of totals that recomputes after every change the service announces."""

    def __init__(self, service: GearService, parent: QWidget | None = None) -> None:
        """Show the totals of ``service``."""
        super().__init__(parent)
        self.setTitle(self.tr("Totals"))
        self.setObjectName("totalsPanel")
        self._service = service
        self._form = QFormLayout(self)
        self.labels: dict[str, QLabel] = {}
        for key, title in (
            ("owned", self.tr("Owned gear")),
            ("wishlist", self.tr("Wishlist")),
            ("both", self.tr("Owned + wishlist")),
            ("by_kind", self.tr("Owned, by kind")),
            ("subscriptions_to_date", self.tr("Subscriptions to date")),
            ("subscriptions_per_year", self.tr("Subscriptions per year")),
            ("loadable", self.tr("Loadable mass owned")),
        ):
            label = QLabel(self)
            label.setObjectName(f"total_{key}")
            label.setWordWrap(True)
            self.labels[key] = label
            self._form.addRow(title, label)
        self.unpriced = QLabel(self)
        self.unpriced.setObjectName("total_unpriced")
        self.unpriced.setWordWrap(True)
        self._form.addRow(self.unpriced)
        self._unsubscribe = service.subscribe(self._on_change)
        self.refresh()

    def detach(self) -> None:
        """Stop following the service."""
        self._unsubscribe()

    def _on_change(self, _change: GearChange) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Recompute and show every total."""
        preferences = self._service.preferences()
        currency, unit = preferences.currency, preferences.display_unit
        totals = self._service.totals()
        self.labels["owned"].setText(format_amounts(totals.owned, currency))
        self.labels["wishlist"].setText(format_amounts(totals.wishlist, currency))
        self.labels["both"].setText(format_amounts(totals.both, currency))
        kinds = [
            f"{self.tr(kind.value.capitalize())}: {format_amounts(amounts, currency)}"
            for kind in GearKind
            if (amounts := totals.owned_by_kind.get(kind))
        ]
        self.labels["by_kind"].setText("\n".join(kinds) if kinds else self.tr("nothing priced"))
        self.labels["subscriptions_to_date"].setText(
            format_amounts(totals.subscriptions_to_date, currency)
        )
        self.labels["subscriptions_per_year"].setText(
            format_amounts(totals.subscriptions_per_year, currency)
        )
        self.labels["loadable"].setText(format_kg_fraction(totals.loadable_owned_kg, unit))
        if totals.unpriced:
            self.unpriced.setText(
                self.tr("{count} item(s) without a price are not in these sums.").format(
                    count=totals.unpriced
                )
            )
        self.unpriced.setVisible(bool(totals.unpriced))
