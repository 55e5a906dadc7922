"""The inventory as a Qt table model, and the proxy that sorts and filters it."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.gear import GearItem, GearKind, GearStatus, parse_date, parse_enum
from sledplanner.domain.money import Money
from sledplanner.domain.parsing import parse_amount, parse_mass
from sledplanner.domain.surfaces import format_surfaces, surface
from sledplanner.services.gear import GearChange, GearService
from sledplanner.ui.formatting import format_date, format_mass_both, format_money

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class Column(IntEnum):
    """The table's columns, in order."""

    NAME = 0
    KIND = 1
    BRAND = 2
    MASS = 3
    QUANTITY = 4
    UNIT_PRICE = 5
    TOTAL = 6
    STATUS = 7
    PURCHASED = 8
    SURFACES = 9
    NOTES = 10


HEADERS = {
    Column.NAME: QT_TRANSLATE_NOOP("GearTableModel", "Name"),
    Column.KIND: QT_TRANSLATE_NOOP("GearTableModel", "Kind"),
    Column.BRAND: QT_TRANSLATE_NOOP("GearTableModel", "Brand"),
    Column.MASS: QT_TRANSLATE_NOOP("GearTableModel", "Mass"),
    Column.QUANTITY: QT_TRANSLATE_NOOP("GearTableModel", "Qty"),
    Column.UNIT_PRICE: QT_TRANSLATE_NOOP("GearTableModel", "Unit price"),
    Column.TOTAL: QT_TRANSLATE_NOOP("GearTableModel", "Total"),
    Column.STATUS: QT_TRANSLATE_NOOP("GearTableModel", "Status"),
    Column.PURCHASED: QT_TRANSLATE_NOOP("GearTableModel", "Purchased"),
    Column.SURFACES: QT_TRANSLATE_NOOP("GearTableModel", "Surfaces"),
    Column.NOTES: QT_TRANSLATE_NOOP("GearTableModel", "Notes"),
}
EDITABLE = {
    Column.NAME,
    Column.KIND,
    Column.BRAND,
    Column.MASS,
    Column.QUANTITY,
    Column.UNIT_PRICE,
    Column.STATUS,
    Column.PURCHASED,
    Column.NOTES,
}
NUMERIC = {Column.MASS, Column.QUANTITY, Column.UNIT_PRICE, Column.TOTAL}

#: Applies an edited item (through the undo stack); returns False when saving failed.
Commit = Callable[[GearItem, GearItem], bool]


class GearTableModel(QAbstractTableModel):
    """Rows are gear items from the service, kept in step with every change it announces.

    Signals:
        invalidEdit: An inline edit was refused; the text says which field and why.
    """

    invalidEdit = Signal(str)

    def __init__(self, service: GearService, commit: Commit, parent: QObject | None = None) -> None:
        """Show the items of ``service``; ``commit(before, after)`` saves an inline edit."""
        super().__init__(parent)
        self._service = service
        self._commit = commit
        self._items: list[GearItem] = service.items()
        self.display_unit = service.preferences().display_unit
        self.currency = service.preferences().currency
        self._longest: dict[int, int] | None = None  # longest_rows() until the next change
        self._unsubscribe = service.subscribe(self._on_change)

    def detach(self) -> None:
        """Stop following the service (the tab is going away)."""
        self._unsubscribe()

    # ------------------------------------------------------------------ following changes
    def _row_of(self, item_id: str) -> int:
        for row, item in enumerate(self._items):
            if item.id == item_id:
                return row
        return -1

    def _on_change(self, change: GearChange) -> None:
        self._longest = None
        if change.table == "preferences":
            preferences = self._service.preferences()
            self.display_unit, self.currency = preferences.display_unit, preferences.currency
            if self._items:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, 10))
            return
        if change.table != "gear":
            return
        if change.kind == "added" and change.record_id is not None:
            item = self._service.item(change.record_id)
            if item is not None:
                row = len(self._items)
                self.beginInsertRows(QModelIndex(), row, row)
                self._items.append(item)
                self.endInsertRows()
            return
        if change.kind == "updated" and change.record_id is not None:
            row = self._row_of(change.record_id)
            item = self._service.item(change.record_id)
            if row >= 0 and item is not None:
                self._items[row] = item
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
            return
        if change.kind == "removed" and change.record_id is not None:
            row = self._row_of(change.record_id)
            if row >= 0:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._items[row]
                self.endRemoveRows()
            return
        self.beginResetModel()
        self._items = self._service.items()
        self.endResetModel()

    # ------------------------------------------------------------------ reading
    def item_at(self, row: int) -> GearItem:
        """Return the item shown in ``row``."""
        return self._items[row]

    def row_of(self, item_id: str) -> int:
        """Return the row of the item with ``item_id``, or -1."""
        return self._row_of(item_id)

    def longest_rows(self) -> dict[int, int]:
        """Return, for each column with rows, the row whose text there has the most characters.

        The columns are fitted to these cells alone, instead of measuring every cell. Kept
        until the service announces a change (start-up fits the columns twice: when the tab is
        made and when it is first laid out).
        """
        if self._longest is not None:
            return dict(self._longest)
        longest: dict[int, int] = {}
        for column in Column:
            lengths = [len(self._display(item, column)) for item in self._items]
            if lengths:
                longest[column] = max(range(len(lengths)), key=lengths.__getitem__)
        self._longest = longest
        return dict(longest)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Return the number of items (a table has no children)."""
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Return the number of columns."""
        return 0 if parent.isValid() else len(Column)

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Return the column titles."""
        horizontal = orientation is Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(Column):
            return self.tr(HEADERS[Column(section)])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Make the editable columns editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if Column(index.column()) in EDITABLE and not self._service.read_only:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return what a cell shows, edits, sorts by and explains."""
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_text(item, column)
        if role == SORT_ROLE:
            return self._sort_key(item, column)
        if role == ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role == Qt.ItemDataRole.ForegroundRole and item.status is GearStatus.RETIRED:
            return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        return None

    def _display(self, item: GearItem, column: Column) -> str:
        if column is Column.NAME:
            return item.name
        if column is Column.KIND:
            return self.tr(item.kind.value.capitalize())
        if column is Column.BRAND:
            return item.brand
        if column is Column.MASS:
            return format_mass_both(item.mass, self.display_unit)
        if column is Column.QUANTITY:
            return str(item.quantity)
        if column is Column.UNIT_PRICE:
            return format_money(item.unit_price) if item.unit_price is not None else "—"
        if column is Column.TOTAL:
            total = item.total_price
            return format_money(total) if total is not None else "—"
        if column is Column.STATUS:
            return self.tr(item.status.value.capitalize())
        if column is Column.PURCHASED:
            return format_date(item.purchased_on)
        if column is Column.SURFACES:
            return ", ".join(surface(key).name for key in sorted(item.surfaces))
        return item.notes.replace("\n", " ")

    def _edit_text(self, item: GearItem, column: Column) -> str:
        if column is Column.MASS:
            return str(item.mass)
        if column is Column.UNIT_PRICE:
            return str(item.unit_price.amount) if item.unit_price is not None else ""
        if column is Column.PURCHASED:
            return item.purchased_on.isoformat() if item.purchased_on else ""
        if column is Column.KIND:
            return item.kind.value
        if column is Column.STATUS:
            return item.status.value
        if column is Column.SURFACES:
            return format_surfaces(item.surfaces)
        if column is Column.NOTES:
            return item.notes
        return self._display(item, column)

    def _sort_key(self, item: GearItem, column: Column) -> Any:
        if column is Column.MASS:
            return float(item.mass.kg)
        if column is Column.QUANTITY:
            return item.quantity
        if column is Column.UNIT_PRICE:
            return float(item.unit_price.amount) if item.unit_price is not None else -1.0
        if column is Column.TOTAL:
            total = item.total_price
            return float(total.amount) if total is not None else -1.0
        if column is Column.PURCHASED:
            return item.purchased_on.isoformat() if item.purchased_on else ""
        return self._display(item, column).casefold()

    def _tooltip(self, item: GearItem, column: Column) -> str | None:
        if column is Column.NOTES and item.notes:
            return item.notes
        if column is Column.MASS:
            return self.tr("Entered as {mass}").format(mass=item.mass)
        if column is Column.NAME and len(item.name) > 30:
            return item.name
        return None

    # ------------------------------------------------------------------ inline editing
    def setData(  # noqa: N802
        self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        """Check an inline edit and save it through the undo stack; refuse an invalid value."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        before = self._items[index.row()]
        column = Column(index.column())
        try:
            after = before.with_changes(**self._changes(before, column, str(value)))
        except ValidationError as exc:
            self.invalidEdit.emit(f"{self.tr(HEADERS[column])}: {exc.message}")
            return False
        if after == before:
            return False
        return self._commit(before, after)

    def _changes(self, item: GearItem, column: Column, text: str) -> dict[str, Any]:
        if column is Column.NAME:
            return {"name": text}
        if column is Column.BRAND:
            return {"brand": text}
        if column is Column.NOTES:
            return {"notes": text}
        if column is Column.KIND:
            return {"kind": parse_enum(GearKind, text, "kind")}
        if column is Column.STATUS:
            return {"status": parse_enum(GearStatus, text, "status")}
        if column is Column.MASS:
            return {"mass": parse_mass(text, item.mass.unit)}
        if column is Column.QUANTITY:
            if not text.strip().isdigit():
                raise ValidationError("quantity", f"'{text.strip()}' is not a whole number")
            return {"quantity": int(text)}
        if column is Column.UNIT_PRICE:
            amount = parse_amount(text)
            currency = item.unit_price.currency if item.unit_price else self.currency
            return {"unit_price": None if amount is None else Money(amount, currency)}
        if column is Column.PURCHASED:
            return {"purchased_on": parse_date(text, "purchased_on")}
        raise ValidationError(HEADERS[column], "cannot be edited here")


class GearFilterProxy(QSortFilterProxyModel):
    """Sorts by real values (mass in kg, prices) and filters by text, status and kind."""

    def __init__(self, parent: QObject | None = None) -> None:
        """Sort by :data:`SORT_ROLE`, match text without regard to case."""
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._status: GearStatus | None = None
        self._text = ""

    def set_text(self, text: str) -> None:
        """Show only items whose name, brand or notes contain ``text`` (any case)."""
        self._text = text.strip().casefold()
        self.beginFilterChange()
        self.endFilterChange()

    def set_status(self, status: GearStatus | None) -> None:
        """Show only items with ``status`` (None: all)."""
        self._status = status
        self.beginFilterChange()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802
        """Keep rows matching the status and the text in name, brand or notes."""
        model = self.sourceModel()
        if not isinstance(model, GearTableModel):
            return True
        item = model.item_at(source_row)
        if self._status is not None and item.status is not self._status:
            return False
        if not self._text:
            return True
        return any(self._text in text.casefold() for text in (item.name, item.brand, item.notes))
