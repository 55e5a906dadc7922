"""Dialogs to plan a session and to log what was done, each checking its fields as typed."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.gear import GearItem
from sledplanner.domain.parsing import distance_text, distance_unit, parse_distance, parse_mass
from sledplanner.domain.sessions import (
    MAX_MINUTES,
    Activity,
    Session,
    SessionLog,
)
from sledplanner.domain.surfaces import SURFACES
from sledplanner.domain.units import Mass, MassUnit
from sledplanner.ui.dialog_buttons import ok_cancel
from sledplanner.ui.formatting import format_date, short_date_format
from sledplanner.ui.left_fields import LeftFields, MessageLine
from sledplanner.ui.qdates import from_qdate, to_qdate


def distance_label(unit: str) -> str:
    """The distance field's label in the unit it is typed in (yards for lb users)."""
    if unit == "yd":
        return QCoreApplication.translate("SessionDialogs", "Distance (yd)")
    return QCoreApplication.translate("SessionDialogs", "Distance (m)")


def _surface_combo(parent: QWidget, name: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.addItem(QCoreApplication.translate("SessionDialogs", "Not set"), "")
    for preset in SURFACES:
        combo.addItem(QCoreApplication.translate("Surfaces", preset.name), preset.key)
    return combo


def _error_label(parent: QWidget, name: str) -> MessageLine:
    return MessageLine(name, parent, lines=2)


class _DistanceField:
    """A distance typed in the user's unit system (yards with pounds, metres with kilograms).

    An untouched field keeps the stored metres exactly; a typed one is read by
    :func:`~sledplanner.domain.parsing.parse_distance` ("300", "330 yd", "0.2 mi").
    """

    def __init__(self, line: QLineEdit, unit: MassUnit, metres: Decimal | None) -> None:
        self.unit = distance_unit(unit)
        self._metres = metres
        self._shown = distance_text(metres, self.unit) if metres is not None else ""
        line.setText(self._shown)
        line.setPlaceholderText(
            QCoreApplication.translate("SessionDialog", "{unit}, optional").format(
                unit="yards" if self.unit == "yd" else "metres"
            )
        )
        self._line = line

    def metres(self, field: str) -> Decimal | None:
        text = self._line.text().strip()
        if not text:
            return None
        if text == self._shown and self._metres is not None:
            return self._metres
        return parse_distance(text, self.unit, field)


def _optional_mass(text: str, unit: MassUnit, field: str) -> Mass | None:
    return parse_mass(text, unit, field) if text.strip() else None


class SessionDialog(QDialog):
    """Plan a new session or change a planned one."""

    def __init__(
        self,
        parent: QWidget | None,
        unit: MassUnit,
        sleds: list[GearItem],
        session: Session | None = None,
        day: date | None = None,
        surface: str | None = None,
        sled_id: str | None = None,
    ) -> None:
        """Edit ``session``, or plan a new one on ``day`` with loads typed in ``unit``.

        A new session starts with the default ``surface`` and ``sled_id`` when given.
        """
        super().__init__(parent)
        self.setObjectName("sessionDialog")
        self.setWindowTitle(self.tr("Edit session") if session else self.tr("Plan a session"))
        self._unit = unit
        self._original = session
        self.result_session: Session | None = None
        self.day = QDateEdit(self)
        self.day.setObjectName("sessionDate")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(short_date_format())
        self.has_time = QCheckBox(self.tr("At"), self)
        self.has_time.setObjectName("sessionHasTime")
        self.start_time = QTimeEdit(QTime(7, 0), self)
        self.start_time.setObjectName("sessionTime")
        self.start_time.setAccessibleName(self.tr("Start time"))
        self.start_time.setEnabled(False)
        self.activity = QComboBox(self)
        self.activity.setObjectName("sessionActivity")
        for activity in Activity:
            self.activity.addItem(self.tr(activity.label), activity.value)
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("sessionMinutes")
        self.minutes.setRange(1, MAX_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.load = QLineEdit(self)
        self.load.setObjectName("sessionLoad")
        self.load.setPlaceholderText(
            self.tr("added load, e.g. 55 ({unit})").format(unit=unit.value)
        )
        self.distance = QLineEdit(self)
        self.distance.setObjectName("sessionDistance")
        self._distance = _DistanceField(self.distance, unit, None)
        self.surface = _surface_combo(self, "sessionSurface")
        self.sled = QComboBox(self)
        self.sled.setObjectName("sessionSled")
        self.sled.addItem(self.tr("No sled"), "")
        for sled in sleds:
            self.sled.addItem(sled.name, sled.id)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("sessionNotes")
        self.notes.setFixedHeight(60)
        self.error = _error_label(self, "sessionError")
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.has_time, self.start_time)
        form.addRow(self.tr("Activity"), self.activity)
        form.addRow(self.tr("Minutes"), self.minutes)
        form.addRow(self.tr("Added load"), self.load)
        form.addRow(distance_label(self._distance.unit), self.distance)
        form.addRow(self.tr("Surface"), self.surface)
        form.addRow(self.tr("Sled"), self.sled)
        form.addRow(self.tr("Notes"), self.notes)
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._fill(session, day or date.today())
        if session is None:
            self.surface.setCurrentIndex(max(0, self.surface.findData(surface or "")))
            self.sled.setCurrentIndex(max(0, self.sled.findData(sled_id or "")))
        self.has_time.toggled.connect(self.start_time.setEnabled)
        for signal in (
            self.day.dateChanged,
            self.has_time.toggled,
            self.start_time.timeChanged,
            self.activity.currentIndexChanged,
            self.minutes.valueChanged,
            self.load.textChanged,
            self.distance.textChanged,
            self.surface.currentIndexChanged,
            self.sled.currentIndexChanged,
            self.notes.textChanged,
        ):
            signal.connect(self._check)
        self.left = LeftFields(
            self,
            {
                self.load: "planned_load",
                self.distance: "planned_distance_m",
                self.notes: "notes",
            },
        )
        self.left.changed.connect(self._check)
        self._check()

    def _fill(self, session: Session | None, day: date) -> None:
        self.day.setDate(to_qdate(session.day if session else day))
        self.minutes.setValue(session.planned_minutes if session else 10)
        if session is None:
            return
        self.activity.setCurrentIndex(self.activity.findData(session.activity.value))
        if session.start_time is not None:
            self.has_time.setChecked(True)
            self.start_time.setEnabled(True)
            self.start_time.setTime(QTime(session.start_time.hour, session.start_time.minute))
        if session.planned_load is not None:
            self.load.setText(str(session.planned_load))
        self._distance = _DistanceField(self.distance, self._unit, session.planned_distance_m)
        self.surface.setCurrentIndex(max(0, self.surface.findData(session.surface or "")))
        self.sled.setCurrentIndex(max(0, self.sled.findData(session.sled_id or "")))
        self.notes.setPlainText(session.notes)

    def _check(self) -> None:
        self.result_session = None
        try:
            qtime = self.start_time.time()
            fields = {
                "day": from_qdate(self.day.date()),
                "start_time": time(qtime.hour(), qtime.minute())
                if self.has_time.isChecked()
                else None,
                "activity": Activity(self.activity.currentData()),
                "planned_minutes": self.minutes.value(),
                "planned_load": _optional_mass(self.load.text(), self._unit, "planned_load"),
                "planned_distance_m": self._distance.metres("planned_distance_m"),
                "surface": self.surface.currentData() or None,
                "sled_id": self.sled.currentData() or None,
                "notes": self.notes.toPlainText(),
            }
            if self._original is not None:
                original = self._original
                changed = original.moved_to(fields.pop("day"))
                self.result_session = changed.with_changes(**fields)
            else:
                self.result_session = Session(**fields)
            self.error.show_error(None)
        except ValidationError as exc:
            # A problem shows once its field has been left or OK pressed, not before.
            message = f"{exc.field.replace('_', ' ')}: {exc.message}"
            self.error.show_error(message if self.left.is_left(exc.field) else None)

    def accept(self) -> None:
        """Close only with a valid session; otherwise say what is wrong."""
        self.left.leave_all()
        self._check()
        if self.result_session is not None:
            super().accept()


class LogDialog(QDialog):
    """Log a session as done: minutes, load, distance, surface, RPE, knee pain and notes."""

    def __init__(
        self,
        parent: QWidget | None,
        unit: MassUnit,
        session: Session,
        today: date | None = None,
    ) -> None:
        """Log ``session``; fields start from its plan (or its earlier log).

        The day it was done starts at the session's day, or at ``today`` for a session still
        ahead; logging it on another day moves it there, as a move does.
        """
        super().__init__(parent)
        self.setObjectName("logDialog")
        self.setWindowTitle(self.tr("Log session"))
        self._unit = unit
        self._session = session
        self._today = today if today is not None else date.today()
        self.result_session: Session | None = None
        log = session.log
        self.day = QDateEdit(to_qdate(min(session.day, self._today)), self)
        self.day.setObjectName("logDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(short_date_format())
        self.day.setAccessibleName(self.tr("Day done"))
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("logMinutes")
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(log.minutes if log else session.planned_minutes)
        self.load = QLineEdit(self)
        self.load.setObjectName("logLoad")
        load = log.load if log else session.planned_load
        self.load.setText(str(load) if load is not None else "")
        self.distance = QLineEdit(self)
        self.distance.setObjectName("logDistance")
        distance = log.distance_m if log else session.planned_distance_m
        self._distance = _DistanceField(self.distance, unit, distance)
        self.surface = _surface_combo(self, "logSurface")
        surface = (log.surface if log else None) or session.surface or ""
        self.surface.setCurrentIndex(max(0, self.surface.findData(surface)))
        self.rpe = self._scale("logRpe", log.rpe if log else None)
        self.pain_during = self._scale("logPainDuring", log.pain_during if log else None)
        self.pain_next_morning = self._scale(
            "logPainNextMorning", log.pain_next_morning if log else None
        )
        self.rpe.setToolTip(
            self.tr(
                "How hard the session felt, 0 (rest) to 10 (maximal): 3 moderate, 5 hard, "
                "7 very hard. Effort × minutes is the session's training load (sRPE), which "
                "the Progress charts add up."
            )
        )
        self.pain_during.setToolTip(
            self.tr(
                "Knee pain during the session, 0–10. Up to 2 is safe, 3–5 acceptable, above 5 "
                "too much (your zones are under Rules). Too much pain steps the next load back."
            )
        )
        self.pain_next_morning.setToolTip(
            self.tr(
                "Knee pain the morning after, 0–10. If it is higher than your usual morning "
                "level, the next load goes down. Fill it in tomorrow."
            )
        )
        self.notes = QPlainTextEdit(session.notes, self)
        self.notes.setObjectName("logNotes")
        self.notes.setFixedHeight(60)
        self.error = _error_label(self, "logError")
        form = QFormLayout()
        form.addRow(self.tr("Done on"), self.day)
        form.addRow(self.tr("Minutes done"), self.minutes)
        form.addRow(self.tr("Added load"), self.load)
        form.addRow(distance_label(self._distance.unit), self.distance)
        form.addRow(self.tr("Surface"), self.surface)
        form.addRow(self.tr("Effort (RPE 0–10)"), self.rpe)
        form.addRow(self.tr("Knee pain during (0–10)"), self.pain_during)
        form.addRow(self.tr("Knee pain next morning (0–10)"), self.pain_next_morning)
        form.addRow(self.tr("Notes"), self.notes)
        hint = QLabel(
            self.tr("Leave next-morning pain on “not yet” and fill it in tomorrow."), self
        )
        hint.setWordWrap(True)
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for widget in (self.minutes, self.rpe, self.pain_during, self.pain_next_morning):
            widget.valueChanged.connect(self._check)
        self.load.textChanged.connect(self._check)
        self.distance.textChanged.connect(self._check)
        self.surface.currentIndexChanged.connect(self._check)
        self.notes.textChanged.connect(self._check)
        self.day.dateChanged.connect(self._check)
        self.left = LeftFields(
            self,
            {self.load: "actual_load", self.distance: "distance_m", self.notes: "notes"},
        )
        self.left.changed.connect(self._check)
        self._check()
        # The plan fills minutes and load: what is left to say is how it felt.
        self.rpe.setFocus()
        self.rpe.selectAll()

    def _scale(self, name: str, value: int | None) -> QSpinBox:
        box = QSpinBox(self)
        box.setObjectName(name)
        box.setRange(-1, 10)
        box.setSpecialValueText(self.tr("not yet"))
        box.setValue(-1 if value is None else value)
        return box

    @staticmethod
    def _value(box: QSpinBox) -> int | None:
        return None if box.value() < 0 else box.value()

    def _check(self) -> None:
        self.result_session = None
        try:
            log = SessionLog(
                minutes=self.minutes.value(),
                load=_optional_mass(self.load.text(), self._unit, "actual_load"),
                distance_m=self._distance.metres("distance_m"),
                surface=self.surface.currentData() or None,
                rpe=self._value(self.rpe),
                pain_during=self._value(self.pain_during),
                pain_next_morning=self._value(self.pain_next_morning),
            )
            day = from_qdate(self.day.date())
            session = self._session.moved_to(day) if day != self._session.day else self._session
            self.result_session = session.done(log).with_changes(notes=self.notes.toPlainText())
            self.error.show_error(None)
        except ValidationError as exc:
            # A problem shows once its field has been left or OK pressed, not before.
            message = f"{exc.field.replace('_', ' ')}: {exc.message}"
            self.error.show_error(message if self.left.is_left(exc.field) else None)

    def accept(self) -> None:
        """Close only with a valid log; a day still ahead is logged only when confirmed."""
        self.left.leave_all()
        self._check()
        if self.result_session is None:
            return
        day = self.result_session.day
        if day > self._today:
            answer = QMessageBox.question(
                self,
                self.tr("Log a day still ahead?"),
                self.tr(
                    "{day} has not come yet. Log this session as done on that day anyway?"
                ).format(day=format_date(day)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().accept()
