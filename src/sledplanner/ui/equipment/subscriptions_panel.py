"""Recurring costs: a list of subscriptions with add, edit and delete, each undoable."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.money import Money
from sledplanner.domain.parsing import parse_amount
from sledplanner.domain.preferences import check_currency
from sledplanner.domain.subscriptions import Subscription
from sledplanner.services.gear import GearChange, GearService
from sledplanner.ui.dialog_buttons import ok_cancel
from sledplanner.ui.field_width import fit_placeholder
from sledplanner.ui.formatting import format_date, format_money, short_date_format
from sledplanner.ui.left_fields import LeftFields, MessageLine

#: Runs an undoable change: (description, do, undo) -> whether it succeeded.
Perform = Callable[[str, Callable[[], None], Callable[[], None]], bool]


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class SubscriptionDialog(QDialog):
    """Add or edit a subscription; OK only when it is valid."""

    def __init__(
        self, parent: QWidget | None, currency: str, subscription: Subscription | None = None
    ) -> None:
        """Edit ``subscription`` or start a new one in ``currency``."""
        super().__init__(parent)
        self.setObjectName("subscriptionDialog")
        self.setWindowTitle(
            self.tr("Edit subscription") if subscription else self.tr("Add subscription")
        )
        self._original = subscription
        self.result_subscription: Subscription | None = None
        self.name = QLineEdit(self)
        self.name.setObjectName("subscriptionName")
        self.name.setPlaceholderText(self.tr("e.g. Online coaching"))
        fit_placeholder(self.name)
        self.price = QLineEdit(self)
        self.price.setObjectName("subscriptionPrice")
        self.discount = QLineEdit(self)
        self.discount.setObjectName("subscriptionDiscount")
        self.discount.setPlaceholderText(self.tr("none"))
        self.currency = QLineEdit(currency, self)
        self.currency.setObjectName("subscriptionCurrency")
        self.currency.setMaxLength(3)
        self.start = QDateEdit(QDate.currentDate(), self)
        self.start.setObjectName("subscriptionStart")
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat(short_date_format())
        self.has_end = QCheckBox(self.tr("Ends on"), self)
        self.has_end.setObjectName("subscriptionHasEnd")
        self.end = QDateEdit(QDate.currentDate().addMonths(12), self)
        self.end.setObjectName("subscriptionEnd")
        self.end.setAccessibleName(self.tr("End date"))
        self.end.setCalendarPopup(True)
        self.end.setDisplayFormat(short_date_format())
        self.end.setEnabled(False)
        self.error = MessageLine("subscriptionError", self, lines=2)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Monthly price"), self.price)
        form.addRow(self.tr("First-month discount"), self.discount)
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow(self.tr("Starts on"), self.start)
        form.addRow(self.has_end, self.end)
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if subscription is not None:
            self.name.setText(subscription.name)
            self.price.setText(str(subscription.monthly_price.amount))
            if subscription.first_month_discount is not None:
                self.discount.setText(str(subscription.first_month_discount.amount))
            self.currency.setText(subscription.currency)
            self.start.setDate(_to_qdate(subscription.start))
            if subscription.end is not None:
                self.has_end.setChecked(True)
                self.end.setEnabled(True)
                self.end.setDate(_to_qdate(subscription.end))
        for line in (self.name, self.price, self.discount, self.currency):
            line.textChanged.connect(self._check)
        self.start.dateChanged.connect(self._check)
        self.end.dateChanged.connect(self._check)
        self.has_end.toggled.connect(self.end.setEnabled)
        self.has_end.toggled.connect(self._check)
        self.left = LeftFields(
            self,
            {
                self.name: "name",
                self.price: "monthly_price",
                self.discount: "first_month_discount",
                self.currency: "currency",
                self.start: "end",
                self.end: "end",
            },
        )
        if subscription is not None:
            self.left.leave_all()
        self.left.changed.connect(self._check)
        self._check()

    def _check(self) -> None:
        self.result_subscription = None
        try:
            currency = check_currency(self.currency.text())
            price = parse_amount(self.price.text(), "monthly_price")
            if price is None:
                raise ValidationError("monthly_price", "is needed")
            discount = parse_amount(self.discount.text(), "first_month_discount")
            fields = {
                "name": self.name.text(),
                "monthly_price": Money(price, currency),
                "first_month_discount": Money(discount, currency) if discount else None,
                "start": _to_date(self.start.date()),
                "end": _to_date(self.end.date()) if self.has_end.isChecked() else None,
            }
            if self._original is not None:
                self.result_subscription = self._original.with_changes(**fields)
            else:
                self.result_subscription = Subscription(**fields)
            self.error.show_error(None)
        except ValidationError as exc:
            names = {
                "monthly_price": self.tr("Monthly price"),
                "first_month_discount": self.tr("First-month discount"),
                "name": self.tr("Name"),
                "end": self.tr("End"),
                "currency": self.tr("Currency"),
            }
            # A problem shows once its field has been left or OK pressed, not before.
            message = f"{names.get(exc.field, exc.field)}: {exc.message}"
            self.error.show_error(message if self.left.is_left(exc.field) else None)

    def accept(self) -> None:
        """Close only with a valid subscription; otherwise say what is wrong."""
        self.left.leave_all()
        self._check()
        if self.result_subscription is not None:
            super().accept()


class SubscriptionsPanel(QWidget):
    """The subscriptions with what each has cost to date."""

    def __init__(
        self, service: GearService, perform: Perform, parent: QWidget | None = None
    ) -> None:
        """List the subscriptions of ``service``; edits go through ``perform`` (undoable)."""
        super().__init__(parent)
        self.setObjectName("subscriptionsPanel")
        self._service = service
        self._perform = perform
        self._rows: list[Subscription] = []
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("subscriptionsTable")
        self.table.setAccessibleName(self.tr("Subscriptions"))
        # A read-only table: Tab moves on to the buttons, arrows move between cells.
        self.table.setTabKeyNavigation(False)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Monthly"),
                self.tr("From"),
                self.tr("Until"),
                self.tr("To date"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda *_: self.edit_selected())
        self.empty = QLabel(
            self.tr("No subscriptions. Add coaching or an app you pay for monthly."), self
        )
        self.empty.setObjectName("subscriptionsEmpty")
        self.empty.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.add_button.setObjectName("addSubscriptionButton")
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setObjectName("editSubscriptionButton")
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setObjectName("deleteSubscriptionButton")
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setEnabled(not service.read_only)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._unsubscribe = service.subscribe(self._on_change)
        self.refresh()

    def detach(self) -> None:
        """Stop following the service."""
        self._unsubscribe()

    def _on_change(self, change: GearChange) -> None:
        if change.table == "subscriptions":
            self.refresh()

    def refresh(self) -> None:
        """Show the stored subscriptions."""
        today = self._service.today()
        self._rows = self._service.subscriptions()
        self.table.setRowCount(len(self._rows))
        for row, sub in enumerate(self._rows):
            monthly = format_money(sub.monthly_price)
            if sub.first_month_discount is not None:
                monthly += self.tr(" (first month −{d})").format(
                    d=format_money(sub.first_month_discount)
                )
            cells = [
                sub.name,
                monthly,
                format_date(sub.start),
                format_date(sub.end) if sub.end else self.tr("ongoing"),
                format_money(sub.cost_to_date(today)),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not self._rows)

    def _selected(self) -> Subscription | None:
        row = self.table.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def add(self) -> None:
        """Ask for a new subscription and add it."""
        dialog = SubscriptionDialog(self, self._service.preferences().currency)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_subscription is None:
            return
        new = dialog.result_subscription
        self._perform(
            self.tr("add subscription {name}").format(name=new.name),
            lambda: self._service.add_subscription(new),
            lambda: self._service.remove_subscription(new.id),
        )

    def edit_selected(self) -> None:
        """Edit the highlighted subscription."""
        old = self._selected()
        if old is None:
            return
        dialog = SubscriptionDialog(self, old.currency, old)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_subscription is None:
            return
        new = dialog.result_subscription
        self._perform(
            self.tr("edit subscription {name}").format(name=new.name),
            lambda: self._service.update_subscription(new),
            lambda: self._service.update_subscription(old),
        )

    def delete_selected(self) -> None:
        """Delete the highlighted subscription (undoable)."""
        old = self._selected()
        if old is None:
            return
        self._perform(
            self.tr("delete subscription {name}").format(name=old.name),
            lambda: self._service.remove_subscription(old.id),
            lambda: self._service.add_subscription(old),
        )
