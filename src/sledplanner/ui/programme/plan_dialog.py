"""The dialog that generates a programme from a template, with a live preview."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.gear import GearItem
from sledplanner.domain.parsing import parse_mass
from sledplanner.domain.preferences import Preferences
from sledplanner.domain.programme import GeneratedPlan, Programme, ProgrammeTemplate
from sledplanner.domain.surfaces import SURFACES
from sledplanner.domain.units import MassUnit
from sledplanner.ui.formatting import format_date, user_locale
from sledplanner.ui.programme.session_dialogs import from_qdate, to_qdate

#: Generates the sessions of a programme (the service knows the gear for snapping).
Generate = Callable[[Programme, ProgrammeTemplate], GeneratedPlan]


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
    ) -> None:
        """Offer ``templates``; ``generate`` previews the sessions."""
        super().__init__(parent)
        self.setObjectName("planDialog")
        self.setWindowTitle(self.tr("New plan"))
        self._templates = list(templates)
        self._unit = unit
        self._generate = generate
        self.result_programme: Programme | None = None
        self.result_plan: GeneratedPlan | None = None

        self.template = QComboBox(self)
        self.template.setObjectName("planTemplate")
        for template in self._templates:
            self.template.addItem(self.tr(template.name), template.key)
        self.description = QLabel(self)
        self.description.setObjectName("planDescription")
        self.description.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setObjectName("planName")
        self.start = QDateEdit(to_qdate(start), self)
        self.start.setObjectName("planStart")
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
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
        self.preview = QLabel(self)
        self.preview.setObjectName("planPreview")
        self.preview.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Template"), self.template)
        form.addRow("", self.description)
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
        form.addRow(self.tr("Sled"), self.sled)
        form.addRow("", self.snap)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Plan it"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.buttons)

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
            sled_id=self.sled.currentData() or None,
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
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.result_plan is not None and bool(self.result_plan.sessions))

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
