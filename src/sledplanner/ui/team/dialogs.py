"""The team view's dialogs: a new athlete, and one programme template for several athletes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sledplanner.services.team_plans import TemplateChoice
from sledplanner.ui.dialog_buttons import ok_cancel


def to_qdate(day: date) -> QDate:
    """A date as Qt's."""
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    """Qt's date as a date."""
    return date(value.year(), value.month(), value.day())


_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


class _TemplateFields(QWidget):
    """Template, start, training days, weeks and minutes: a :class:`TemplateChoice`."""

    def __init__(
        self, templates: Sequence[tuple[str, str]], start: date, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.template = QComboBox(self)
        self.template.setObjectName("teamTemplate")
        for key, name in templates:
            self.template.addItem(name, key)
        self.start = QDateEdit(to_qdate(start), self)
        self.start.setObjectName("teamStart")
        self.start.setCalendarPopup(True)
        days = QHBoxLayout()
        self.weekdays: list[QCheckBox] = []
        for number, text in enumerate(_DAYS):
            box = QCheckBox(self.tr(text), self)
            box.setChecked(number in (0, 2, 4))
            self.weekdays.append(box)
            days.addWidget(box)
        self.weeks = QSpinBox(self)
        self.weeks.setObjectName("teamWeeks")
        self.weeks.setRange(1, 104)
        self.weeks.setValue(6)
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("teamMinutes")
        self.minutes.setRange(1, 600)
        self.minutes.setValue(10)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Template:"), self.template)
        form.addRow(self.tr("Start:"), self.start)
        form.addRow(self.tr("Days:"), days)
        form.addRow(self.tr("Weeks:"), self.weeks)
        form.addRow(self.tr("Minutes per session:"), self.minutes)

    def choice(self) -> TemplateChoice:
        """The template as chosen."""
        return TemplateChoice(
            template=str(self.template.currentData()),
            start=from_qdate(self.start.date()),
            weekdays=tuple(n for n, box in enumerate(self.weekdays) if box.isChecked()),
            weeks=self.weeks.value(),
            minutes=self.minutes.value(),
        )


class ApplyTemplateDialog(QDialog):
    """Choose a template and the athletes to plan it for; each is snapped to their own gear."""

    def __init__(
        self,
        athletes: Sequence[tuple[Path, str]],
        chosen: Sequence[Path],
        templates: Sequence[tuple[str, str]],
        start: date,
        parent: QWidget | None = None,
    ) -> None:
        """Offer ``athletes`` (``chosen`` ticked) and ``templates`` from ``start``."""
        super().__init__(parent)
        self.setObjectName("applyTemplateDialog")
        self.setWindowTitle(self.tr("Apply a programme to several athletes"))
        self.fields = _TemplateFields(templates, start, self)
        self.athletes = QListWidget(self)
        self.athletes.setObjectName("teamApplyAthletes")
        for path, name in athletes:
            item = QListWidgetItem(name, self.athletes)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if path in chosen else Qt.CheckState.Unchecked)
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.athletes)
        layout.addWidget(self.buttons)

    def chosen_paths(self) -> list[Path]:
        """The athletes ticked, in list order."""
        found = []
        for row in range(self.athletes.count()):
            item = self.athletes.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                found.append(Path(item.data(Qt.ItemDataRole.UserRole)))
        return found

    def choice(self) -> TemplateChoice:
        """The template as chosen."""
        return self.fields.choice()


class NewAthleteDialog(QDialog):
    """A name, and what to start from: nothing, another athlete's gear, or a template."""

    EMPTY, COPY_GEAR, TEMPLATE, TEMPLATE_ONLY = "empty", "gear", "template", "template only"

    def __init__(
        self,
        athletes: Sequence[tuple[Path, str]],
        templates: Sequence[tuple[str, str]],
        start: date,
        parent: QWidget | None = None,
    ) -> None:
        """Offer the other ``athletes``' gear and the ``templates``."""
        super().__init__(parent)
        self.setObjectName("newAthleteDialog")
        self.setWindowTitle(self.tr("New athlete"))
        self.name = QLineEdit(self)
        self.name.setObjectName("newAthleteName")
        self.start_from = QComboBox(self)
        self.start_from.setObjectName("newAthleteFrom")
        self.start_from.addItem(self.tr("Empty"), self.EMPTY)
        self.start_from.addItem(self.tr("A copy of another athlete's gear"), self.COPY_GEAR)
        self.start_from.addItem(self.tr("Another athlete's gear and a programme"), self.TEMPLATE)
        self.start_from.addItem(self.tr("A programme template, no gear yet"), self.TEMPLATE_ONLY)
        self.gear_of = QComboBox(self)
        self.gear_of.setObjectName("newAthleteGearOf")
        for path, name in athletes:
            self.gear_of.addItem(name, str(path))
        self.fields = _TemplateFields(templates, start, self)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Start from:"), self.start_from)
        form.addRow(self.tr("Gear of:"), self.gear_of)
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.fields)
        layout.addWidget(self.buttons)
        self.start_from.currentIndexChanged.connect(self._update)
        self.name.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        mode = self.start_from.currentData()
        copies = mode in (self.COPY_GEAR, self.TEMPLATE)
        self.gear_of.setEnabled(copies and self.gear_of.count() > 0)
        self.fields.setVisible(mode in (self.TEMPLATE, self.TEMPLATE_ONLY))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name.text().strip()))

    def gear_from(self) -> Path | None:
        """The athlete whose gear is copied, or None."""
        mode = self.start_from.currentData()
        if mode not in (self.COPY_GEAR, self.TEMPLATE) or self.gear_of.count() == 0:
            return None
        return Path(self.gear_of.currentData())

    def choice(self) -> TemplateChoice | None:
        """The template to plan, or None."""
        mode = self.start_from.currentData()
        return self.fields.choice() if mode in (self.TEMPLATE, self.TEMPLATE_ONLY) else None
