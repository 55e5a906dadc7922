"""The Equipment tab: the inventory table beside the totals, loads, planner and subscriptions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QPalette, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.gear import GearItem, GearKind, GearStatus
from sledplanner.domain.preferences import Preferences, check_currency
from sledplanner.domain.units import Mass, MassUnit
from sledplanner.services.gear import GearChange, GearService, catalogue
from sledplanner.services.loads import LoadsService
from sledplanner.services.logs import INFO, log
from sledplanner.ui.actions import tab_action, text_button
from sledplanner.ui.commands import perform
from sledplanner.ui.equipment.column_fit import NameFirstFit
from sledplanner.ui.equipment.gear_model import (
    Column,
    GearFilterProxy,
    GearTableModel,
)
from sledplanner.ui.equipment.lazy_page import LazyPage
from sledplanner.ui.equipment.loads_panel import LoadsPanel
from sledplanner.ui.equipment.totals_panel import TotalsPanel

if TYPE_CHECKING:
    from sledplanner.domain.catalogue import CatalogueEntry
    from sledplanner.ui.equipment.planner_panel import PlannerPanel
    from sledplanner.ui.equipment.subscriptions_panel import SubscriptionsPanel

Report = Callable[[str], None]


def _viewport() -> QWidget:
    """A viewport for a view, made in Python and set up as a scroll area sets up its own.

    Asked for the viewport Qt made, PySide tries every widget class of QtWidgets to find out
    what it is (about 10 ms of the start-up, building their enums); one made here is known.
    """
    viewport = QWidget()
    viewport.setObjectName("qt_scrollarea_viewport")
    viewport.setBackgroundRole(QPalette.ColorRole.Base)
    viewport.setAutoFillBackground(True)
    return viewport


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a drop-down of fixed values (kind, status)."""

    def __init__(self, values: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        """Offer ``values`` as (label, stored value) pairs."""
        super().__init__(parent)
        self._values = values

    def createEditor(self, parent: QWidget, _option: object, _index: QModelIndex) -> QWidget:  # noqa: N802
        """Return a combo box of the values."""
        combo = QComboBox(parent)
        for label, value in self._values:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        """Select the cell's current value."""
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: object, index: QModelIndex) -> None:  # noqa: N802
        """Write the chosen value back."""
        if isinstance(editor, QComboBox):
            index.model().setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class EquipmentTab(QWidget):
    """Gear inventory with totals, the loads it builds, a purchase planner and subscriptions."""

    def __init__(
        self,
        gear: GearService,
        loads: LoadsService,
        undo_stack: QUndoStack,
        report: Report,
        parent: QWidget | None = None,
    ) -> None:
        """Build the tab on ``gear``; every edit goes on ``undo_stack``; ``report`` shows errors."""
        super().__init__(parent)
        self.setObjectName("equipmentTab")
        self._gear = gear
        self._stack = undo_stack
        self._report = report

        self.model = GearTableModel(gear, self._commit_inline, self)
        self.proxy = GearFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setViewport(_viewport())
        self.table.setObjectName("gearTable")
        self.table.setAccessibleName(self.tr("Gear inventory"))
        self.table.setModel(self.proxy)
        # Unsorted from the start, so that turning sorting on does not sort the rows first.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        # Tab leaves the table (arrows move between cells), so it is no keyboard trap.
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)  # a long name elides on one line (its tooltip is whole)
        self.table.setItemDelegateForColumn(
            Column.KIND,
            ChoiceDelegate([(self.tr(k.value.capitalize()), k.value) for k in GearKind], self),
        )
        self.table.setItemDelegateForColumn(
            Column.STATUS,
            ChoiceDelegate([(self.tr(s.value.capitalize()), s.value) for s in GearStatus], self),
        )
        self.model.invalidEdit.connect(self._show_invalid)

        self.message = QLabel(self)
        self.message.setObjectName("gearMessage")
        self.message.setStyleSheet("color: #c0392b;")
        self.message.setWordWrap(True)
        self.message.hide()
        self.empty = QLabel(
            self.tr(
                "No gear yet. Add your sled and the kettlebells or plates you load it with, "
                "or pick standard items from the catalogue."
            ),
            self,
        )
        self.empty.setObjectName("gearEmpty")
        self.empty.setWordWrap(True)

        self._build_actions()
        toolbar = self._build_toolbar()

        self.totals = TotalsPanel(gear, self)
        self.loads_panel = LoadsPanel(gear, loads, self)
        # The planner and the subscriptions are built when first shown (or asked for).
        self._planner: PlannerPanel | None = None
        self._subscriptions: SubscriptionsPanel | None = None
        # Made in the order the panels were always made, which is their keyboard focus order.
        self._subscriptions_page = LazyPage(self._build_subscriptions, self)
        self._planner_page = LazyPage(self._build_planner, self)
        self.side_tabs = QTabWidget(self)
        self.side_tabs.setObjectName("equipmentSideTabs")
        self.side_tabs.addTab(self.loads_panel, self.tr("Loads"))
        self.side_tabs.addTab(self._planner_page, self.tr("Purchase planner"))
        self.side_tabs.addTab(self._subscriptions_page, self.tr("Subscriptions"))
        self.side_tabs.currentChanged.connect(self._side_tab_shown)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(toolbar)
        left_layout.addWidget(self.message)
        left_layout.addWidget(self.empty)
        left_layout.addWidget(self.table, 1)
        right_content = QWidget(self)
        right_layout = QVBoxLayout(right_content)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.totals)
        right_layout.addWidget(self.side_tabs, 1)
        # On a small screen the side panels scroll instead of forcing a tall window.
        right = QScrollArea(self)
        right.setObjectName("equipmentSide")
        right.setAccessibleName(self.tr("Totals, loads, purchase planner and subscriptions"))
        right.setWidgetResizable(True)
        right.setFrameShape(QFrame.Shape.NoFrame)
        right.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        right.setWidget(right_content)
        right.setMinimumWidth(260)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("equipmentSplitter")
        splitter.addWidget(left)
        splitter.addWidget(right)
        # The table takes what the window gains; the side keeps room for its widest line.
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setChildrenCollapsible(False)
        side = right_content.sizeHint().width() + right.verticalScrollBar().sizeHint().width() + 10
        splitter.setSizes([900, side])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.model.rowsInserted.connect(self._update_empty)
        self.model.rowsRemoved.connect(self._update_empty)
        self.model.modelReset.connect(self._update_empty)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self._unsubscribe = gear.subscribe(self._on_change)
        self._update_empty()
        self._update_actions()
        self.column_fit = NameFirstFit(self.table, Column.NAME, Column.NOTES)

    # ------------------------------------------------------------------ layout
    def _build_actions(self) -> None:
        action = partial(tab_action, self)

        self.add_action = action(self.tr("Add…"), "addGearAction", "Ins", self.add_item)
        self.catalogue_action = action(
            self.tr("From catalogue…"), "catalogueAction", "Ctrl+K", self.open_catalogue
        )
        self.edit_action = action(self.tr("Edit…"), "editGearAction", "Ctrl+E", self.edit_selected)
        self.duplicate_action = action(
            self.tr("Duplicate"), "duplicateGearAction", "Ctrl+D", self.duplicate_selected
        )
        self.delete_action = action(
            self.tr("Delete"),
            "deleteGearAction",
            QKeySequence.StandardKey.Delete,
            self.delete_selected,
        )
        self.filter_action = action(
            self.tr("Filter"), "filterGearAction", QKeySequence.StandardKey.Find, self._focus_filter
        )

    def _build_toolbar(self) -> QVBoxLayout:
        rows = QVBoxLayout()
        row = QHBoxLayout()
        for act in (
            self.add_action,
            self.catalogue_action,
            self.edit_action,
            self.duplicate_action,
            self.delete_action,
        ):
            row.addWidget(text_button(self, act))
        row.addStretch(1)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("gearFilter")
        self.filter.setAccessibleName(self.tr("Filter gear"))
        self.filter.setPlaceholderText(self.tr("Filter by name, brand or notes"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMinimumWidth(120)
        self.filter.textChanged.connect(self.proxy.set_text)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setAccessibleName(self.tr("Show gear with status"))
        self.status_filter.addItem(self.tr("All statuses"), "")
        for status in GearStatus:
            self.status_filter.addItem(self.tr(status.value.capitalize()), status.value)
        self.status_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_status(
                GearStatus(self.status_filter.currentData())
                if self.status_filter.currentData()
                else None
            )
        )
        preferences = self._gear.preferences()
        self.unit_combo = QComboBox(self)
        self.unit_combo.setObjectName("unitCombo")
        self.unit_combo.setAccessibleName(self.tr("Mass unit"))
        self.unit_combo.setToolTip(self.tr("Show masses in"))
        for unit in MassUnit:
            self.unit_combo.addItem(unit.value, unit.value)
        self.unit_combo.setCurrentIndex(self.unit_combo.findData(preferences.display_unit.value))
        self.unit_combo.currentIndexChanged.connect(self._unit_chosen)
        self.currency_field = QLineEdit(preferences.currency, self)
        self.currency_field.setObjectName("currencyField")
        self.currency_field.setAccessibleName(self.tr("Currency"))
        self.currency_field.setToolTip(self.tr("Currency for new prices and totals (ISO code)"))
        self.currency_field.setMaxLength(3)
        self.currency_field.setFixedWidth(56)
        self.currency_field.editingFinished.connect(self._currency_chosen)
        second = QHBoxLayout()
        second.addWidget(self.filter, 1)
        second.addWidget(self.status_filter)
        units_label = QLabel(self.tr("&Units"), self)
        units_label.setBuddy(self.unit_combo)
        currency_label = QLabel(self.tr("Cu&rrency"), self)
        currency_label.setBuddy(self.currency_field)
        second.addWidget(units_label)
        second.addWidget(self.unit_combo)
        second.addWidget(currency_label)
        second.addWidget(self.currency_field)
        rows.addLayout(row)
        rows.addLayout(second)
        return rows

    @property
    def planner(self) -> PlannerPanel:
        """The purchase planner panel (built now if it was not yet)."""
        self._planner_page.content()
        assert self._planner is not None
        return self._planner

    @property
    def subscriptions(self) -> SubscriptionsPanel:
        """The subscriptions panel (built now if it was not yet)."""
        self._subscriptions_page.content()
        assert self._subscriptions is not None
        return self._subscriptions

    def _build_planner(self, page: QWidget) -> QWidget:
        from sledplanner.services.planner import PlannerService
        from sledplanner.ui.equipment.planner_panel import PlannerPanel

        self._planner = PlannerPanel(self._gear, PlannerService(self._gear), self.add_items, page)
        return self._planner

    def _build_subscriptions(self, page: QWidget) -> QWidget:
        from sledplanner.ui.equipment.subscriptions_panel import SubscriptionsPanel

        self._subscriptions = SubscriptionsPanel(self._gear, self._perform, page)
        return self._subscriptions

    def _side_tab_shown(self, index: int) -> None:
        page = self.side_tabs.widget(index)
        if isinstance(page, LazyPage):
            page.content()

    def detach(self) -> None:
        """Stop every part of the tab following the service."""
        built = [panel for panel in (self._subscriptions, self._planner) if panel is not None]
        for part in (self.model, self.totals, self.loads_panel, *built):
            part.detach()
        self._unsubscribe()

    def _on_change(self, change: GearChange) -> None:
        if change.table == "preferences":
            self._sync_preference_widgets()

    # ------------------------------------------------------------------ state
    def _update_empty(self) -> None:
        self.empty.setVisible(self.model.rowCount() == 0)
        self._update_actions()

    def _update_actions(self) -> None:
        writable = not self._gear.read_only
        has_selection = self.selected_item() is not None
        self.add_action.setEnabled(writable)
        self.catalogue_action.setEnabled(writable)
        self.edit_action.setEnabled(writable and has_selection)
        self.duplicate_action.setEnabled(writable and has_selection)
        self.delete_action.setEnabled(writable and has_selection)

    def _show_invalid(self, message: str) -> None:
        self.message.setText(self.tr("Not saved: {message}").format(message=message))
        self.message.show()

    def _clear_message(self) -> None:
        self.message.hide()

    def _focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def selected_item(self) -> GearItem | None:
        """Return the highlighted item, if any."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        source = self.proxy.mapToSource(rows[0])
        return self.model.item_at(source.row())

    def select_item(self, item_id: str) -> None:
        """Highlight the item with ``item_id``."""
        row = self.model.row_of(item_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectionModel().select(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.setCurrentIndex(index)

    # ------------------------------------------------------------------ edits
    def _perform(self, text: str, do: Callable[[], None], undo: Callable[[], None]) -> bool:
        self._clear_message()
        return perform(self._stack, text, do, undo, self._report)

    def _commit_inline(self, before: GearItem, after: GearItem) -> bool:
        return self._perform(
            self.tr("edit {name}").format(name=after.name),
            lambda: self._gear.update(after),
            lambda: self._gear.update(before),
        )

    def add_new(self, item: GearItem) -> bool:
        """Add ``item`` (undoable) and highlight it."""
        done = self._perform(
            self.tr("add {name}").format(name=item.name),
            lambda: self._gear.add(item),
            lambda: self._gear.remove(item.id),
        )
        if done:
            self.select_item(item.id)
        return done

    def plan_for(self, loads: list[Mass]) -> None:
        """Open the purchase planner with ``loads`` as targets and plan at once."""
        planner = self.planner
        self.side_tabs.setCurrentWidget(self._planner_page)
        planner.targets.setText(", ".join(str(load) for load in loads))
        planner.run_plan()

    def add_items(self, items: list[GearItem]) -> bool:
        """Add several items in one undoable step."""
        ids = [item.id for item in items]
        return self._perform(
            self.tr("add {count} items").format(count=len(items)),
            lambda: self._gear.add_many(items),
            lambda: self._gear.remove_many(ids),
        )

    def add_item(self) -> None:
        """Ask for a new item and add it."""
        from sledplanner.ui.equipment.gear_dialog import GearDialog  # loaded when first asked for

        preferences = self._gear.preferences()
        dialog = GearDialog(self, preferences.currency, preferences.display_unit)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_item is not None:
            self.add_new(dialog.result_item)

    def edit_selected(self) -> None:
        """Edit the highlighted item in the dialog."""
        before = self.selected_item()
        if before is None:
            return
        from sledplanner.ui.equipment.gear_dialog import GearDialog

        preferences = self._gear.preferences()
        dialog = GearDialog(self, preferences.currency, preferences.display_unit, before)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_item is None:
            return
        after = dialog.result_item
        if after != before:
            self._commit_inline(before, after)

    def duplicate_selected(self) -> None:
        """Add a copy of the highlighted item."""
        item = self.selected_item()
        if item is not None:
            self.add_new(item.duplicate())

    def delete_selected(self) -> None:
        """Delete the highlighted item (undoable)."""
        item = self.selected_item()
        if item is None:
            return
        self._perform(
            self.tr("delete {name}").format(name=item.name),
            lambda: self._gear.remove(item.id),
            lambda: self._gear.add(item),
        )

    def open_catalogue(self) -> None:
        """Show the catalogue to add standard gear from."""
        from sledplanner.ui.equipment.catalogue_dialog import CatalogueDialog

        dialog = CatalogueDialog(
            catalogue(), self._gear.preferences().display_unit, self.add_from_catalogue, self
        )
        dialog.exec()

    def add_from_catalogue(self, entry: CatalogueEntry, status: GearStatus, quantity: int) -> str:
        """Add a catalogue entry; one without a known mass opens the dialog to weigh it."""
        if entry.mass is None:
            from sledplanner.ui.equipment.gear_dialog import GearDialog

            preferences = self._gear.preferences()
            draft = entry.to_item(status, quantity, mass=_placeholder_mass(preferences))
            dialog = GearDialog(
                self,
                preferences.currency,
                preferences.display_unit,
                draft,
                self.tr("Add {name}: enter its mass").format(name=entry.name),
            )
            dialog.ask_for_mass()
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_item is None:
                return self.tr("Not added: {name} needs its mass.").format(name=entry.name)
            item = dialog.result_item
        else:
            item = entry.to_item(status, quantity)
        if self.add_new(item):
            if item.unit_price is not None:
                return self.tr("Added {name}.").format(name=item.name)
            return self.tr("Added {name}. Enter its price in the table when you know it.").format(
                name=item.name
            )
        return self.tr("Not added: {name} could not be saved.").format(name=entry.name)

    def import_csv(self, path: Path) -> str | None:
        """Add every item of a gear CSV (all or nothing, undoable); return the problems, if any."""
        from sledplanner.services.gear_csv import CsvImportError, read_gear_csv

        try:
            items = read_gear_csv(path, self._gear.preferences().currency)
        except CsvImportError as exc:
            return "\n".join(str(problem) for problem in exc.problems)
        if (problem := self._gear.backup_before_import()) is not None:
            return problem
        self.add_items(items)
        log(__name__, INFO, "imported %d gear items from %s", len(items), path)
        return None

    def export_csv(self, path: Path) -> str | None:
        """Write the inventory to a gear CSV; return a problem message, if any."""
        from sledplanner.services.gear_csv import CsvExportError, export_gear_csv

        try:
            count = export_gear_csv(self._gear, path)
        except CsvExportError as exc:
            return "\n".join(str(record) for record in exc.records)
        except OSError as exc:
            return f"{path}: {exc.strerror or exc}"
        self._report(
            self.tr("Exported {count} gear items to {path}").format(count=count, path=path)
        )
        return None

    def _unit_chosen(self) -> None:
        self._set_preferences(unit=MassUnit(self.unit_combo.currentData()))

    def _currency_chosen(self) -> None:
        try:
            code = check_currency(self.currency_field.text())
        except ValidationError as exc:
            self._show_invalid(exc.message)
            self.currency_field.setText(self._gear.preferences().currency)
            return
        self.currency_field.setText(code)
        self._set_preferences(currency=code)

    def _set_preferences(self, unit: MassUnit | None = None, currency: str | None = None) -> None:
        before = self._gear.preferences()
        after = replace(
            before, display_unit=unit or before.display_unit, currency=currency or before.currency
        )
        if after == before:
            return
        if not self._perform(
            self.tr("change display preferences"),
            lambda: self._gear.set_preferences(after),
            lambda: self._gear.set_preferences(before),
        ):
            self._sync_preference_widgets()

    def _sync_preference_widgets(self) -> None:
        preferences = self._gear.preferences()
        self.unit_combo.blockSignals(True)
        self.unit_combo.setCurrentIndex(self.unit_combo.findData(preferences.display_unit.value))
        self.unit_combo.blockSignals(False)
        self.currency_field.setText(preferences.currency)


def _placeholder_mass(preferences: Preferences) -> Mass:
    """A stand-in mass so a draft item can be made; the dialog clears it for the user."""
    return Mass.of(1, preferences.display_unit)
