"""The progression rules the user can change: pain zones, weekly cap, step back, settled runs."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.progression import PainZones, ProgressionSettings
from sledplanner.ui.dialog_buttons import ok_cancel


class RulesDialog(QDialog):
    """Edit the pain-monitoring zones and the weekly increase cap."""

    def __init__(self, parent: QWidget | None, settings: ProgressionSettings) -> None:
        """Start from ``settings``."""
        super().__init__(parent)
        self.setObjectName("rulesDialog")
        self.setWindowTitle(self.tr("Progression rules"))
        self.result_settings: ProgressionSettings | None = None
        self.safe = self._spin("rulesSafe", 0, 8, settings.zones.safe_max)
        self.acceptable = self._spin("rulesAcceptable", 1, 9, settings.zones.acceptable_max)
        self.cap = self._spin("rulesCap", 5, 20, int(settings.weekly_cap_percent), " %")
        self.reduction = self._spin("rulesReduction", 10, 20, int(settings.reduction_percent), " %")
        self.sessions = self._spin("rulesSessions", 2, 10, settings.sessions_to_progress)
        self.sessions.setToolTip(
            self.tr(
                "A settled session was done at the current load with pain during in the safe "
                "or acceptable zone and next-morning pain back at your usual level. The load "
                "rises only after this many settled sessions in a row."
            )
        )
        self.safe.setToolTip(self.tr("Pain during exercise up to this is safe (0–2 by default)."))
        self.acceptable.setToolTip(
            self.tr("Pain during exercise up to this is acceptable; above it is too much.")
        )
        self.cap.setToolTip(
            self.tr("The most a load may rise in a week over what you did the week before.")
        )
        explain = QLabel(
            self.tr(
                "Pain during a session up to the safe limit is safe, up to the acceptable limit "
                "acceptable, above it too much (pain-monitoring model; clinics differ). Loads "
                "rise only after enough settled sessions, never by more than the weekly cap "
                "(default 10 %). Rises above 30 % over two weeks are linked to more knee "
                "injuries, so they are always flagged."
            ),
            self,
        )
        explain.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("rulesError")
        self.error.setStyleSheet("color: #c0392b;")
        form = QFormLayout()
        form.addRow(self.tr("Safe pain, up to"), self.safe)
        form.addRow(self.tr("Acceptable pain, up to"), self.acceptable)
        form.addRow(self.tr("Weekly increase cap"), self.cap)
        form.addRow(self.tr("Step back after a flare"), self.reduction)
        form.addRow(self.tr("Settled sessions before a rise"), self.sessions)
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for spin in (self.safe, self.acceptable, self.cap, self.reduction, self.sessions):
            spin.valueChanged.connect(self._check)
        self._check()

    def _spin(self, name: str, low: int, high: int, value: int, suffix: str = "") -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        return spin

    def _check(self) -> None:
        try:
            self.result_settings = ProgressionSettings(
                zones=PainZones(self.safe.value(), self.acceptable.value()),
                weekly_cap_percent=Decimal(self.cap.value()),
                reduction_percent=Decimal(self.reduction.value()),
                sessions_to_progress=self.sessions.value(),
            )
            self.error.setText("")
        except ValidationError as exc:
            self.result_settings = None
            self.error.setText(f"{exc.field}: {exc.message}")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.result_settings is not None)

    def accept(self) -> None:
        """Close only with valid rules."""
        self._check()
        if self.result_settings is not None:
            super().accept()
