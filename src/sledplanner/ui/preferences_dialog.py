"""Preferences: units, currency, body mass, week start, defaults, progression rules, theme."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.gear import GearItem
from sledplanner.domain.parsing import parse_mass
from sledplanner.domain.preferences import Preferences, check_currency
from sledplanner.domain.progression import PainZones, ProgressionSettings
from sledplanner.domain.surfaces import SURFACES
from sledplanner.domain.units import MassUnit
from sledplanner.ui.dialog_buttons import ok_cancel
from sledplanner.ui.field_width import fit_placeholder
from sledplanner.ui.formatting import user_locale
from sledplanner.ui.left_fields import LeftFields, MessageLine


def _line_up(forms: list[QFormLayout]) -> None:
    """Give every form the same label column width, so fields line up across group boxes."""
    labels = [
        item.widget()
        for form in forms
        for row in range(form.rowCount())
        if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
        and item.widget() is not None
    ]
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)
    for form in forms:
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)


class PreferencesDialog(QDialog):
    """Edit every preference at once; OK only when all of them are valid."""

    def __init__(
        self,
        parent: QWidget | None,
        preferences: Preferences,
        rules: ProgressionSettings,
        sleds: list[GearItem],
        theme: str,
    ) -> None:
        """Start from the current ``preferences``, ``rules`` and ``theme``."""
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._before = preferences
        self.result_preferences: Preferences | None = None
        self.result_rules: ProgressionSettings | None = None

        self.unit = QComboBox(self)
        self.unit.setObjectName("prefUnit")
        self.unit.setAccessibleName(self.tr("Display unit"))
        self.unit.addItem(self.tr("Kilograms (kg)"), MassUnit.KG.value)
        self.unit.addItem(self.tr("Pounds (lb)"), MassUnit.LB.value)
        self.unit.setCurrentIndex(self.unit.findData(preferences.display_unit.value))
        self.currency = QLineEdit(preferences.currency, self)
        self.currency.setObjectName("prefCurrency")
        self.currency.setAccessibleName(self.tr("Currency"))
        self.currency.setMaxLength(3)
        self.body_mass = QLineEdit(
            str(preferences.body_mass) if preferences.body_mass else "", self
        )
        self.body_mass.setObjectName("prefBodyMass")
        self.body_mass.setAccessibleName(self.tr("Body mass"))
        self.body_mass.setPlaceholderText(self.tr("for loads as a % of body mass, e.g. 170 lb"))
        fit_placeholder(self.body_mass)
        self.first_weekday = QComboBox(self)
        self.first_weekday.setObjectName("prefFirstWeekday")
        self.first_weekday.setAccessibleName(self.tr("First day of the week"))
        locale = user_locale()
        for weekday in range(7):
            self.first_weekday.addItem(locale.dayName(weekday + 1), weekday)
        self.first_weekday.setCurrentIndex(preferences.first_weekday)
        self.surface = QComboBox(self)
        self.surface.setObjectName("prefSurface")
        self.surface.setAccessibleName(self.tr("Default surface"))
        self.surface.addItem(self.tr("Not set"), "")
        for preset in SURFACES:
            self.surface.addItem(self.tr(preset.name), preset.key)
        self.surface.setCurrentIndex(
            max(0, self.surface.findData(preferences.default_surface or ""))
        )
        self.sled = QComboBox(self)
        self.sled.setObjectName("prefSled")
        self.sled.setAccessibleName(self.tr("Default sled"))
        self.sled.addItem(self.tr("Not set"), "")
        for sled in sleds:
            self.sled.addItem(sled.name, sled.id)
        self.sled.setCurrentIndex(max(0, self.sled.findData(preferences.default_sled_id or "")))
        self.safe = self._spin("prefSafePain", 0, 8, rules.zones.safe_max, "", "Safe pain limit")
        self.acceptable = self._spin(
            "prefAcceptablePain", 1, 9, rules.zones.acceptable_max, "", "Acceptable pain limit"
        )
        self.cap = self._spin(
            "prefWeeklyCap", 5, 20, int(rules.weekly_cap_percent), " %", "Weekly increase cap"
        )
        self._rules = rules
        self.theme = QComboBox(self)
        self.theme.setObjectName("prefTheme")
        self.theme.setAccessibleName(self.tr("Theme"))
        for key, label in (("system", "Follow the system"), ("light", "Light"), ("dark", "Dark")):
            self.theme.addItem(self.tr(label), key)
        self.theme.setCurrentIndex(max(0, self.theme.findData(theme)))
        self.error = MessageLine("prefError", self, lines=2)

        show = QGroupBox(self.tr("Units and money"), self)
        show_form = QFormLayout(show)
        show_form.addRow(self.tr("Show masses in"), self.unit)
        show_form.addRow(self.tr("Currency (ISO code)"), self.currency)
        plan = QGroupBox(self.tr("Planning"), self)
        plan_form = QFormLayout(plan)
        plan_form.addRow(self.tr("Body mass"), self.body_mass)
        plan_form.addRow(self.tr("Weeks start on"), self.first_weekday)
        plan_form.addRow(self.tr("Default surface"), self.surface)
        plan_form.addRow(self.tr("Default sled"), self.sled)
        rules_box = QGroupBox(self.tr("Knee pain and progression"), self)
        rules_form = QFormLayout(rules_box)
        rules_form.addRow(self.tr("Safe pain during, up to"), self.safe)
        rules_form.addRow(self.tr("Acceptable pain during, up to"), self.acceptable)
        rules_form.addRow(self.tr("Weekly increase cap"), self.cap)
        look = QGroupBox(self.tr("Look"), self)
        look_form = QFormLayout(look)
        look_form.addRow(self.tr("Theme"), self.theme)
        self.buttons = ok_cancel(self)
        self.forms = [show_form, plan_form, rules_form, look_form]
        _line_up(self.forms)
        layout = QVBoxLayout(self)
        for box in (show, plan, rules_box, look):
            layout.addWidget(box)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for line in (self.currency, self.body_mass):
            line.textChanged.connect(self._check)
        for combo in (self.unit, self.first_weekday, self.surface, self.sled):
            combo.currentIndexChanged.connect(self._check)
        for spin in (self.safe, self.acceptable, self.cap):
            spin.valueChanged.connect(self._check)
        self.left = LeftFields(self, {self.currency: "currency", self.body_mass: "body_mass"})
        self.left.changed.connect(self._check)
        self._check()

    def _spin(
        self, name: str, low: int, high: int, value: int, suffix: str, accessible: str
    ) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setAccessibleName(self.tr(accessible))
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        return spin

    @property
    def chosen_theme(self) -> str:
        """The theme picked."""
        return str(self.theme.currentData())

    def _check(self) -> None:
        self.result_preferences = None
        self.result_rules = None
        try:
            unit = MassUnit(self.unit.currentData())
            body_text = self.body_mass.text().strip()
            preferences = replace(
                self._before,
                display_unit=unit,
                currency=check_currency(self.currency.text()),
                body_mass=parse_mass(body_text, unit, "body_mass") if body_text else None,
                first_weekday=int(self.first_weekday.currentData()),
                default_surface=self.surface.currentData() or None,
                default_sled_id=self.sled.currentData() or None,
            )
            rules = replace(
                self._rules,
                zones=PainZones(self.safe.value(), self.acceptable.value()),
                weekly_cap_percent=Decimal(self.cap.value()),
            )
        except ValidationError as exc:
            # A problem shows once its field has been left or OK pressed, not before.
            message = f"{exc.field.replace('_', ' ')}: {exc.message}"
            self.error.show_error(message if self.left.is_left(exc.field) else None)
        else:
            self.result_preferences = preferences
            self.result_rules = rules
            self.error.show_error(None)

    def accept(self) -> None:
        """Close only with valid preferences; otherwise say what is wrong."""
        self.left.leave_all()
        self._check()
        if self.result_preferences is not None:
            super().accept()
