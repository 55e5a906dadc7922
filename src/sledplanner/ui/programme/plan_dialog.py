"""The dialog that generates a programme from a template, with a live preview."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.gear import GearItem
from sledplanner.domain.parsing import parse_mass
from sledplanner.domain.preferences import Preferences
from sledplanner.domain.programme import GeneratedPlan, Programme, ProgrammeTemplate
from sledplanner.domain.surfaces import SURFACES
from sledplanner.domain.units import Mass, MassUnit
from sledplanner.ui.formatting import format_date, format_mass, short_date_format, user_locale
from sledplanner.ui.qdates import from_qdate, to_qdate

#: Generates the sessions of a programme (the service knows the gear for snapping).
Generate = Callable[[Programme, ProgrammeTemplate], GeneratedPlan]
#: The loads a snapped plan would rise through if the gear could build them.
Unlock = Callable[[Programme, ProgrammeTemplate], list[Mass]]

#: The dialog's result when the user chose to plan purchases instead of the plan.
PLAN_PURCHASES = 2


class WrappedLabel(QLabel):
    """A word-wrapped label that always keeps the height its whole text needs at its width."""

    def __init__(self, parent: QWidget) -> None:
        """Create the empty label."""
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        """Show ``text`` and take the height it needs."""
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """A new width wraps the text again: take the height that needs."""
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        # The font's own measure of the wrapped text (QLabel's height-for-width overshoots).
        margins = self.contentsMargins()
        width = max(self.width(), 200) - margins.left() - margins.right() - 2 * self.margin()
        box = self.fontMetrics().boundingRect(
            QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), self.text()
        )
        needed = box.height() + margins.top() + margins.bottom() + 2 * self.margin() + 2
        if needed != self.height():
            self.setFixedHeight(needed)


class PlanDialog(QDialog):
    """Choose a template and its parameters; the preview shows what will be planned."""

    def __init__(
        self,
        parent: QWidget | None,
        templates: Sequence[ProgrammeTemplate],
        sleds: Sequence[GearItem],
        unit: MassUnit,
        start: date,
        generate: Generate,
        preferences: Preferences | None = None,
        start_load: Mass | None = None,
        unlock: Unlock | None = None,
    ) -> None:
        """Offer ``templates``; ``generate`` previews the sessions.

        ``start_load`` (the lightest load the gear builds) fills the start load of a loaded
        template; ``unlock`` names the loads to buy for when snapping holds the plan.
        """
        super().__init__(parent)
        self.setObjectName("planDialog")
        self.setWindowTitle(self.tr("New plan"))
        self._templates = list(templates)
        self._unit = unit
        self._generate = generate
        self._unlock = unlock
        self._default_load = start_load
        self.purchase_targets: list[Mass] = []
        self.result_programme: Programme | None = None
        self.result_plan: GeneratedPlan | None = None

        self.template = QComboBox(self)
        self.template.setObjectName("planTemplate")
        for template in self._templates:
            self.template.addItem(self.tr(template.name), template.key)
        self.description = WrappedLabel(self)
        self.description.setObjectName("planDescription")
        self.name = QLineEdit(self)
        self.name.setObjectName("planName")
        self.start = QDateEdit(to_qdate(start), self)
        self.start.setObjectName("planStart")
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat(short_date_format())
        self.weekdays: list[QCheckBox] = []
        days = QWidget(self)
        days_layout = QHBoxLayout(days)
        days_layout.setContentsMargins(0, 0, 0, 0)
        locale = user_locale()
        for weekday in range(7):
            box = QCheckBox(locale.dayName(weekday + 1, locale.FormatType.ShortFormat), days)
            box.setObjectName(f"planWeekday{weekday}")
            self.weekdays.append(box)
            days_layout.addWidget(box)
        self.weeks = QSpinBox(self)
        self.weeks.setObjectName("planWeeks")
        self.weeks.setRange(1, 104)
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("planMinutes")
        self.minutes.setRange(1, 600)
        self.minutes.setSuffix(self.tr(" min"))
        self.start_load = QLineEdit(self)
        self.start_load.setObjectName("planStartLoad")
        self.start_load.setPlaceholderText(self.tr("e.g. 20 ({unit})").format(unit=unit.value))
        self.step = QLineEdit(self)
        self.step.setObjectName("planStep")
        self.step.setPlaceholderText(
            self.tr("e.g. 5 ({unit}) or 2% of body mass").format(unit=unit.value)
        )
        self.body_mass = QLineEdit(self)
        self.body_mass.setObjectName("planBodyMass")
        self.body_mass.setPlaceholderText(self.tr("needed for a % step, e.g. 170 lb"))
        self.cap = QSpinBox(self)
        self.cap.setObjectName("planCap")
        self.cap.setRange(5, 20)
        self.cap.setValue(10)
        self.cap.setSuffix(self.tr(" % a week at most"))
        self.surface = QComboBox(self)
        self.surface.setObjectName("planSurface")
        self.surface.addItem(self.tr("Not set"), "")
        for preset in SURFACES:
            self.surface.addItem(self.tr(preset.name), preset.key)
        self.sled = QComboBox(self)
        self.sled.setObjectName("planSled")
        self.sled.addItem(self.tr("No sled"), "")
        for sled in sleds:
            self.sled.addItem(sled.name, sled.id)
        self.snap = QCheckBox(self.tr("Snap loads to what my gear can build"), self)
        self.snap.setObjectName("planSnap")
        self.snap.setChecked(start_load is not None)
        self.preview = WrappedLabel(self)
        self.preview.setObjectName("planPreview")
        self.weeks_table = QTableWidget(0, 4, self)
        self.weeks_table.setObjectName("planWeeksTable")
        self.weeks_table.setAccessibleName(self.tr("Weekly loads of the plan"))
        self.weeks_table.setHorizontalHeaderLabels(
            [self.tr("Week"), self.tr("Load"), self.tr("Minutes"), self.tr("Why")]
        )
        self.weeks_table.verticalHeader().hide()
        self.weeks_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.weeks_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.weeks_table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.weeks_table.setWordWrap(True)
        self.weeks_table.setMinimumHeight(160)
        self.purchase_button = QPushButton(self)
        self.purchase_button.setObjectName("planPurchaseButton")
        self.purchase_button.setAccessibleName(self.tr("Plan purchases so the load can rise"))
        self.purchase_button.clicked.connect(self._plan_purchases)
        self.purchase_button.setVisible(False)

        form = QFormLayout()
        form.addRow(self.tr("Template"), self.template)
        form.addRow(self.description)  # across both columns: the whole text, however long
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Starts on"), self.start)
        form.addRow(self.tr("Days"), days)
        form.addRow(self.tr("Weeks"), self.weeks)
        form.addRow(self.tr("Session length"), self.minutes)
        self._load_rows = [
            (self.tr("Start load (added)"), self.start_load),
            (self.tr("Weekly step"), self.step),
            (self.tr("Body mass"), self.body_mass),
            (self.tr("Increase cap"), self.cap),
        ]
        self._load_labels: list[QLabel] = []
        for text, widget in self._load_rows:
            label = QLabel(text, self)
            label.setBuddy(widget)
            self._load_labels.append(label)
            form.addRow(label, widget)
        form.addRow(self.tr("Surface"), self.surface)
        self.sled_label = QLabel(self.tr("Sled"), self)
        self.sled_label.setBuddy(self.sled)
        form.addRow(self.sled_label, self.sled)
        form.addRow("", self.snap)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Plan it"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # The choices on the left, what they plan on the right, so a small screen shows both.
        right = QVBoxLayout()
        weeks_label = QLabel(self.tr("Weekly loads"), self)
        weeks_label.setBuddy(self.weeks_table)
        right.addWidget(weeks_label)
        right.addWidget(self.weeks_table, 1)
        right.addWidget(self.preview)
        right.addWidget(self.purchase_button)
        columns = QHBoxLayout()
        columns.addLayout(form, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)
        self.resize(960, 560)

        self.template.currentIndexChanged.connect(self._template_chosen)
        for line in (self.name, self.start_load, self.step, self.body_mass):
            line.textChanged.connect(self._check)
        for spin in (self.weeks, self.minutes, self.cap):
            spin.valueChanged.connect(self._check)
        for box in [*self.weekdays, self.snap]:
            box.toggled.connect(self._check)
        self.start.dateChanged.connect(self._check)
        self.surface.currentIndexChanged.connect(self._check)
        self.sled.currentIndexChanged.connect(self._check)
        if sleds:
            self.sled.setCurrentIndex(1)
        if preferences is not None:
            if preferences.default_sled_id:
                self.sled.setCurrentIndex(max(0, self.sled.findData(preferences.default_sled_id)))
            if preferences.default_surface:
                self.surface.setCurrentIndex(
                    max(0, self.surface.findData(preferences.default_surface))
                )
            if preferences.body_mass is not None:
                self.body_mass.setText(str(preferences.body_mass))
        if sleds:
            # Someone who owns a sled has come to drag it: offer the loaded template first.
            loaded = next(
                (i for i, t in enumerate(self._templates) if t.loaded and t.activity.uses_sled),
                None,
            )
            if loaded is not None:
                self.template.setCurrentIndex(loaded)
        self._template_chosen()

    def template_chosen(self) -> ProgrammeTemplate:
        """Return the selected template."""
        return self._templates[max(0, self.template.currentIndex())]

    def _template_chosen(self) -> None:
        template = self.template_chosen()
        self.description.setText(self.tr(template.description))
        self.name.setText(self.tr(template.name))
        self.weeks.setValue(template.default_weeks)
        self.minutes.setValue(template.minutes)
        every_day = template.sessions_per_week >= 7
        default_days = set(range(7)) if every_day else {0, 2, 4}
        for weekday, box in enumerate(self.weekdays):
            box.blockSignals(True)
            box.setChecked(weekday in default_days)
            box.blockSignals(False)
        for (_, widget), label in zip(self._load_rows, self._load_labels, strict=True):
            widget.setVisible(template.loaded)
            label.setVisible(template.loaded)
        self.snap.setVisible(template.loaded)
        if template.loaded:
            if not self.start_load.text().strip() and self._default_load is not None:
                self.start_load.setText(str(self._default_load))
            if not self.step.text().strip():
                self.step.setText("5 lb" if self._unit is MassUnit.LB else "2.5 kg")
        uses_sled = template.activity.uses_sled
        self.sled.setVisible(uses_sled)
        self.sled_label.setVisible(uses_sled)
        self._check()

    def _programme(self) -> Programme:
        template = self.template_chosen()
        step_text = self.step.text().strip()
        percent: Decimal | None = None
        step = None
        if template.loaded and "%" in step_text:
            number = step_text.split("%")[0].strip().replace(",", ".")
            try:
                percent = Decimal(number)
            except InvalidOperation:
                raise ValidationError("step", f"'{step_text}' is not a percentage") from None
        elif template.loaded and step_text:
            step = parse_mass(step_text, self._unit, "step")
        start_text = self.start_load.text().strip()
        body_text = self.body_mass.text().strip()
        return Programme(
            name=self.name.text(),
            template=template.key,
            start=from_qdate(self.start.date()),
            weekdays=tuple(i for i, box in enumerate(self.weekdays) if box.isChecked()),
            weeks=self.weeks.value(),
            minutes=self.minutes.value(),
            start_load=parse_mass(start_text, self._unit, "start load")
            if template.loaded and start_text
            else None,
            step=step,
            step_percent_body_mass=percent,
            body_mass=parse_mass(body_text, self._unit, "body mass") if body_text else None,
            weekly_cap_percent=Decimal(self.cap.value()),
            surface=self.surface.currentData() or None,
            sled_id=(self.sled.currentData() or None) if template.activity.uses_sled else None,
            snap_to_gear=self.snap.isChecked() and template.loaded,
            activity=template.activity,
        )

    def _check(self) -> None:
        self.result_programme = None
        self.result_plan = None
        try:
            programme = self._programme()
            plan = self._generate(programme, self.template_chosen())
        except ValidationError as exc:
            self.preview.setText(f"⚠ {exc.field.replace('_', ' ')}: {exc.message}")
        else:
            self.result_programme = programme
            self.result_plan = plan
            self.preview.setText(self._describe(plan))
        self._fill_weeks()
        self._offer_purchases()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.result_plan is not None and bool(self.result_plan.sessions))

    def _fill_weeks(self) -> None:
        """Show each week's load, minutes and why, or nothing while the form is not valid."""
        plan = self.result_plan
        weeks = plan.weeks if plan is not None else []
        self.weeks_table.setRowCount(len(weeks))
        for row, week in enumerate(weeks):
            number = str(week.number) + (self.tr(" (lighter)") if week.lighter else "")
            load = format_mass(week.load) if week.load is not None else self.tr("none")
            cells = (number, load, str(week.minutes), week.note)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setToolTip(text)
                self.weeks_table.setItem(row, column, item)

    def _offer_purchases(self) -> None:
        """Offer the purchase planner when snapping holds the plan below what it asks for."""
        self.purchase_targets = []
        if self._unlock is not None and self.result_programme is not None:
            self.purchase_targets = self._unlock(self.result_programme, self.template_chosen())
        if self.purchase_targets:
            loads = ", ".join(format_mass(load) for load in self.purchase_targets[:4])
            more = "…" if len(self.purchase_targets) > 4 else ""
            self.purchase_button.setText(
                self.tr("Plan purchases so the load can rise ({loads}{more})…").format(
                    loads=loads, more=more
                )
            )
        self.purchase_button.setVisible(bool(self.purchase_targets))

    def _plan_purchases(self) -> None:
        """Close and open the purchase planner with the loads the plan wants."""
        if self.purchase_targets:
            self.done(PLAN_PURCHASES)

    def _describe(self, plan: GeneratedPlan) -> str:
        if not plan.sessions:
            return self.tr("No sessions: choose at least one day.")
        first, last = plan.sessions[0].day, plan.sessions[-1].day
        lines = [
            self.tr("{count} sessions from {first} to {last}.").format(
                count=len(plan.sessions), first=format_date(first), last=format_date(last)
            )
        ]
        lines.extend(f"⚠ {warning}" for warning in plan.warnings)
        if plan.flagged:
            lines.append(
                self.tr(
                    "⚠ {count} planned load(s) cannot be built with your gear; they are kept "
                    "and marked in the calendar."
                ).format(count=len(plan.flagged))
            )
        return "\n".join(lines)

    def accept(self) -> None:
        """Close only with a valid plan."""
        self._check()
        if self.result_plan is not None and self.result_plan.sessions:
            super().accept()
