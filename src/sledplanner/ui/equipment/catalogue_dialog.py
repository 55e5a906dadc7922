"""The built-in catalogue: standard kettlebells, plates and the blog's gear, added in one click."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sledplanner.domain.catalogue import CatalogueEntry
from sledplanner.domain.gear import GearStatus
from sledplanner.domain.units import MassUnit
from sledplanner.ui.formatting import format_mass_both

#: Adds an entry to the inventory; returns a message to show (what happened).
AddEntry = Callable[[CatalogueEntry, GearStatus, int], str]

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 10


class CatalogueDialog(QDialog):
    """Pick standard gear to add. Prices are left empty: the user enters what they pay."""

    def __init__(
        self,
        entries: Sequence[CatalogueEntry],
        unit: MassUnit,
        add: AddEntry,
        parent: QWidget | None = None,
    ) -> None:
        """List ``entries`` by group, masses in ``unit``; ``add`` puts one in the inventory."""
        super().__init__(parent)
        self.setObjectName("catalogueDialog")
        self.setWindowTitle(self.tr("Add from catalogue"))
        self.resize(620, 560)
        self._add = add
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("catalogueTree")
        self.tree.setAccessibleName(self.tr("Catalogue"))
        self.tree.setHeaderLabels([self.tr("Item"), self.tr("Mass"), self.tr("Notes")])
        self.tree.setRootIsDecorated(True)
        groups: dict[str, QTreeWidgetItem] = {}
        for entry in entries:
            group = groups.get(entry.group)
            if group is None:
                group = QTreeWidgetItem(self.tree, [entry.group])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                groups[entry.group] = group
            if entry.mass is None:
                mass = self.tr("weigh yours")
            else:
                mass = format_mass_both(entry.mass, unit)
                if entry.mass_is_estimate:
                    mass = self.tr("≈ {mass} (estimate)").format(mass=mass)
            name = f"{entry.brand} {entry.name}".strip()
            row = QTreeWidgetItem(group, [name, mass, entry.notes])
            row.setData(0, ENTRY_ROLE, entry)
            row.setToolTip(2, entry.notes)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self.tree.resizeColumnToContents(1)
        self.tree.itemDoubleClicked.connect(lambda *_: self.add_selected())
        self.tree.itemSelectionChanged.connect(self._selection_changed)

        self.status = QComboBox(self)
        self.status.setObjectName("catalogueStatus")
        self.status.setAccessibleName(self.tr("Add as"))
        self.status.addItem(self.tr("Owned"), GearStatus.OWNED.value)
        self.status.addItem(self.tr("Wishlist"), GearStatus.WISHLIST.value)
        self.quantity = QSpinBox(self)
        self.quantity.setObjectName("catalogueQuantity")
        self.quantity.setAccessibleName(self.tr("Quantity"))
        self.quantity.setRange(1, 100)
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.setObjectName("catalogueAddButton")
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self.add_selected)
        self.message = QLabel(self.tr("Prices are left empty: enter what you pay."), self)
        self.message.setObjectName("catalogueMessage")
        self.message.setWordWrap(True)

        row_layout = QHBoxLayout()
        status_label = QLabel(self.tr("Add a&s"), self)
        status_label.setBuddy(self.status)
        quantity_label = QLabel(self.tr("&Quantity"), self)
        quantity_label.setBuddy(self.quantity)
        row_layout.addWidget(status_label)
        row_layout.addWidget(self.status)
        row_layout.addWidget(quantity_label)
        row_layout.addWidget(self.quantity)
        row_layout.addStretch(1)
        row_layout.addWidget(self.add_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row_layout)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def selected_entry(self) -> CatalogueEntry | None:
        """Return the highlighted entry, if an entry (not a group) is highlighted."""
        current = self.tree.currentItem()
        entry = current.data(0, ENTRY_ROLE) if current is not None else None
        return entry if isinstance(entry, CatalogueEntry) else None

    def select(self, name: str) -> None:
        """Highlight the entry called ``name``."""
        for found in self.tree.findItems(
            name, Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchEndsWith
        ):
            if isinstance(found.data(0, ENTRY_ROLE), CatalogueEntry):
                self.tree.setCurrentItem(found)
                return

    def _selection_changed(self) -> None:
        self.add_button.setEnabled(self.selected_entry() is not None)

    def add_selected(self) -> None:
        """Add the highlighted entry with the chosen status and quantity."""
        entry = self.selected_entry()
        if entry is None:
            return
        status = GearStatus(self.status.currentData())
        self.message.setText(self._add(entry, status, self.quantity.value()))
