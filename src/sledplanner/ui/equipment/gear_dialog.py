"""The dialog that adds or edits one gear item.

Every field is checked as it is typed; a problem shows once its field has been left or OK pressed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.gear import (
    MAX_QUANTITY,
    GearItem,
    GearKind,
    GearStatus,
    check_item_mass,
    check_text,
)
from sledplanner.domain.money import Money
from sledplanner.domain.parsing import parse_amount, parse_mass
from sledplanner.domain.preferences import check_currency
from sledplanner.domain.surfaces import SURFACES
from sledplanner.domain.units import Mass, MassUnit
from sledplanner.ui.dialog_buttons import ok_cancel
from sledplanner.ui.formatting import short_date_format
from sledplanner.ui.left_fields import LeftFields, MessageLine


class GearDialog(QDialog):
    """Add or edit a gear item. OK with a problem left shows every problem and stays open."""

    def __init__(
        self,
        parent: QWidget | None,
        currency: str,
        unit: MassUnit,
        item: GearItem | None = None,
        title: str | None = None,
    ) -> None:
        """Edit ``item`` (or start a new one in ``unit`` and ``currency``)."""
        super().__init__(parent)
        self.setObjectName("gearDialog")
        self.setWindowTitle(title or (self.tr("Edit gear") if item else self.tr("Add gear")))
        self._original = item
        self.result_item: GearItem | None = None

        self.kind = QComboBox(self)
        self.kind.setObjectName("kindField")
        for kind in GearKind:
            self.kind.addItem(self.tr(kind.value.capitalize()), kind.value)
        self.name = QLineEdit(self)
        self.name.setObjectName("nameField")
        self.name.setPlaceholderText(self.tr("e.g. Kettlebell 16 kg"))
        self.brand = QLineEdit(self)
        self.brand.setObjectName("brandField")
        self.mass = QLineEdit(self)
        self.mass.setObjectName("massField")
        self.mass.setAccessibleName(self.tr("Mass"))
        self.mass.setPlaceholderText(self.tr("e.g. 35"))
        self.unit = QComboBox(self)
        self.unit.setObjectName("unitField")
        self.unit.setAccessibleName(self.tr("Mass unit"))
        for each in MassUnit:
            self.unit.addItem(each.value, each.value)
        self.quantity = QSpinBox(self)
        self.quantity.setObjectName("quantityField")
        self.quantity.setRange(1, MAX_QUANTITY)
        self.price = QLineEdit(self)
        self.price.setObjectName("priceField")
        self.price.setAccessibleName(self.tr("Unit price"))
        self.price.setPlaceholderText(self.tr("unknown"))
        self.currency = QLineEdit(self)
        self.currency.setObjectName("currencyField")
        self.currency.setAccessibleName(self.tr("Currency"))
        self.currency.setMaxLength(3)
        self.currency.setFixedWidth(60)
        self.status = QComboBox(self)
        self.status.setObjectName("statusField")
        for status in GearStatus:
            self.status.addItem(self.tr(status.value.capitalize()), status.value)
        self.has_date = QCheckBox(self.tr("Bought (or to buy) on"), self)
        self.has_date.setToolTip(
            self.tr(
                "For a wishlist item, the day you plan to buy it: from then on the Programme "
                "counts it as available."
            )
        )
        self.has_date.setObjectName("hasDateField")
        self.purchased = QDateEdit(self)
        self.purchased.setObjectName("purchasedField")
        self.purchased.setAccessibleName(self.tr("Purchase date"))
        self.purchased.setCalendarPopup(True)
        self.purchased.setDisplayFormat(short_date_format())
        self.surfaces: dict[str, QCheckBox] = {}
        surfaces_box = QWidget(self)
        surfaces_box.setObjectName("surfacesBox")
        grid = QGridLayout(surfaces_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, preset in enumerate(SURFACES):
            box = QCheckBox(self.tr(preset.name), surfaces_box)
            box.setObjectName(f"surface_{preset.key}")
            self.surfaces[preset.key] = box
            grid.addWidget(box, i // 2, i % 2)
        self.max_load = QLineEdit(self)
        self.max_load.setObjectName("maxLoadField")
        self.max_load.setPlaceholderText(self.tr("no limit"))
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notesField")
        self.notes.setFixedHeight(70)

        self.errors = {
            name: MessageLine(f"{name}Error", self)
            for name in ("name", "brand", "mass", "unit_price", "max_load", "item")
        }

        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Name"), self.name)
        form.addRow("", self.errors["name"])
        form.addRow(self.tr("Brand"), self.brand)
        form.addRow("", self.errors["brand"])
        form.addRow(self.tr("Mass"), self._row(self.mass, self.unit))
        form.addRow("", self.errors["mass"])
        form.addRow(self.tr("Quantity"), self.quantity)
        form.addRow(self.tr("Unit price"), self._row(self.price, self.currency))
        form.addRow("", self.errors["unit_price"])
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.has_date, self.purchased)
        self._surfaces_label = QLabel(self.tr("Suits"), self)
        form.addRow(self._surfaces_label, surfaces_box)
        self._max_label = QLabel(self.tr("Maximum load"), self)
        self._max_label.setBuddy(self.max_load)
        form.addRow(self._max_label, self.max_load)
        form.addRow("", self.errors["max_load"])
        form.addRow(self.tr("Notes"), self.notes)
        self._surfaces_box = surfaces_box

        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors["item"])
        layout.addWidget(self.buttons)

        self._fill(item, currency, unit)
        for line in (self.name, self.brand, self.mass, self.price, self.currency, self.max_load):
            line.textChanged.connect(self._check)
        for combo in (self.kind, self.unit, self.status):
            combo.currentIndexChanged.connect(self._check)
        # Leaving a field (or Return in it) lets its problem show, even when it was left empty.
        fields: dict[QWidget, str] = {
            self.name: "name",
            self.brand: "brand",
            self.mass: "mass",
            self.price: "unit_price",
            self.max_load: "max_load",
        }
        self.left = LeftFields(self, {**fields, self.unit: "mass", self.currency: "unit_price"})
        if item is not None:
            self.left.leave_all()  # an item being edited says at once what is wrong with it
        self.left.changed.connect(self._check)
        self.quantity.valueChanged.connect(self._check)
        self.has_date.toggled.connect(self._check)
        self.has_date.toggled.connect(self.purchased.setEnabled)
        self.purchased.dateChanged.connect(self._check)
        self.notes.textChanged.connect(self._check)
        for box in self.surfaces.values():
            box.toggled.connect(self._check)
        self._check()
        self.name.setFocus()

    def ask_for_mass(self) -> None:
        """Start with the mass empty and in focus, saying nothing until it is left or OK."""
        self.mass.clear()
        self.left.forget()
        self.mass.setFocus()

    def _row(self, first: QWidget, second: QWidget) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(first, 1)
        layout.addWidget(second)
        return row

    def _fill(self, item: GearItem | None, currency: str, unit: MassUnit) -> None:
        self.unit.setCurrentIndex(self.unit.findData(unit.value))
        self.currency.setText(currency)
        self.purchased.setDate(QDate.currentDate())
        self.purchased.setEnabled(False)
        if item is None:
            self.kind.setCurrentIndex(self.kind.findData(GearKind.KETTLEBELL.value))
            return
        self.kind.setCurrentIndex(self.kind.findData(item.kind.value))
        self.name.setText(item.name)
        self.brand.setText(item.brand)
        self.mass.setText(str(item.mass.value))
        self.unit.setCurrentIndex(self.unit.findData(item.mass.unit.value))
        self.quantity.setValue(item.quantity)
        if item.unit_price is not None:
            self.price.setText(str(item.unit_price.amount))
            self.currency.setText(item.unit_price.currency)
        self.status.setCurrentIndex(self.status.findData(item.status.value))
        if item.purchased_on is not None:
            self.has_date.setChecked(True)
            self.purchased.setEnabled(True)
            day = item.purchased_on
            self.purchased.setDate(QDate(day.year, day.month, day.day))
        for key, box in self.surfaces.items():
            box.setChecked(key in item.surfaces)
        if item.max_load is not None:
            self.max_load.setText(str(item.max_load))
        self.notes.setPlainText(item.notes)

    # ------------------------------------------------------------------ checking
    def _check(self) -> None:
        """Check every field, show each problem under its field, and enable OK only if none."""
        is_sled = self.kind.currentData() == GearKind.SLED.value
        for widget in (self._surfaces_label, self._surfaces_box, self._max_label, self.max_load):
            widget.setVisible(is_sled)
        problems: dict[str, str | None] = dict.fromkeys(self.errors)
        unit = MassUnit(self.unit.currentData())
        try:
            check_text(self.name.text(), "name", required=True)
        except ValidationError as exc:
            problems["name"] = self.tr("Name {message}.").format(message=exc.message)
        try:
            check_text(self.brand.text(), "brand", required=False)
        except ValidationError as exc:
            problems["brand"] = self.tr("Brand {message}.").format(message=exc.message)
        mass: Mass | None = None
        try:
            mass = check_item_mass(parse_mass(self.mass.text(), unit))
        except ValidationError as exc:
            problems["mass"] = self.tr("Mass {message}.").format(message=exc.message)
        price: Money | None = None
        try:
            amount = parse_amount(self.price.text())
            if amount is not None:
                price = Money(amount, check_currency(self.currency.text()))
                if price.is_negative:
                    raise ValidationError("unit_price", "must not be negative")
        except ValidationError as exc:
            problems["unit_price"] = self.tr("Price: {message}.").format(message=exc.message)
        max_load: Mass | None = None
        if is_sled and self.max_load.text().strip():
            try:
                max_load = check_item_mass(parse_mass(self.max_load.text(), unit, "max_load"))
            except ValidationError as exc:
                problems["max_load"] = self.tr("Maximum load {message}.").format(
                    message=exc.message
                )
        item: GearItem | None = None
        if mass is not None and not any(problems.values()):
            try:
                item = self._build(mass, price, max_load if is_sled else None, is_sled)
            except ValidationError as exc:
                problems["item"] = f"{exc.field}: {exc.message}"
        for name, label in self.errors.items():
            # A problem shows once its field has been left (or the item is being edited), not
            # while a new item's fields are still empty.
            shown = name == "item" or self.left.is_left(name)
            label.show_error(problems[name] if shown else None)
        self.result_item = item

    def _build(
        self, mass: Mass, price: Money | None, max_load: Mass | None, is_sled: bool
    ) -> GearItem:
        qdate = self.purchased.date()
        purchased = (
            date(qdate.year(), qdate.month(), qdate.day()) if self.has_date.isChecked() else None
        )
        fields = {
            "kind": GearKind(self.kind.currentData()),
            "name": self.name.text(),
            "brand": self.brand.text(),
            "mass": mass,
            "quantity": self.quantity.value(),
            "unit_price": price,
            "status": GearStatus(self.status.currentData()),
            "purchased_on": purchased,
            "surfaces": frozenset(k for k, box in self.surfaces.items() if box.isChecked())
            if is_sled
            else frozenset(),
            "max_load": max_load,
            "notes": self.notes.toPlainText(),
        }
        if self._original is not None:
            return self._original.with_changes(**fields)
        return GearItem(**fields)

    def accept(self) -> None:
        """Close with the item only when it is valid; otherwise show every problem."""
        self.left.leave_all()
        self._check()
        if self.result_item is not None:
            super().accept()


__all__ = ["GearDialog"]
