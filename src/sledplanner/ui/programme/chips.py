"""How a session reads on the calendar: its chip text, its tooltip and its load."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from sledplanner.domain.compliance import Compliance, compliance
from sledplanner.domain.feasibility import FeasibilityIssue
from sledplanner.domain.sessions import Activity, Session, SessionStatus
from sledplanner.domain.units import Mass, MassUnit
from sledplanner.ui.formatting import (
    format_date,
    format_kg_fraction,
    format_long_date,
    format_mass,
)
from sledplanner.ui.programme.day_panel import compliance_words
from sledplanner.ui.programme.month_view import Chip

SESSION_ROLE = Qt.ItemDataRole.UserRole + 21

#: The words of activities and statuses on chips, for Qt Linguist (the domain writes English).
ACTIVITY_WORDS = {
    Activity.BACKWARD_DRAG: QT_TRANSLATE_NOOP("SessionChip", "Backward sled drag"),
    Activity.FORWARD_DRAG: QT_TRANSLATE_NOOP("SessionChip", "Forward sled drag"),
    Activity.BACKWARD_WALK: QT_TRANSLATE_NOOP("SessionChip", "Backward walk"),
    Activity.LATERAL_DRAG: QT_TRANSLATE_NOOP("SessionChip", "Lateral sled drag"),
}
SHORT_ACTIVITY_WORDS = {
    Activity.FORWARD_DRAG: QT_TRANSLATE_NOOP("SessionChip", "forward"),
    Activity.BACKWARD_WALK: QT_TRANSLATE_NOOP("SessionChip", "walk"),
    Activity.LATERAL_DRAG: QT_TRANSLATE_NOOP("SessionChip", "lateral"),
}
STATUS_WORDS = {
    SessionStatus.PLANNED: QT_TRANSLATE_NOOP("SessionChip", "planned"),
    SessionStatus.DONE: QT_TRANSLATE_NOOP("SessionChip", "done"),
    SessionStatus.SKIPPED: QT_TRANSLATE_NOOP("SessionChip", "skipped"),
}


def _tr(text: str) -> str:
    """Translate one of the chip's words marked above (context "SessionChip")."""
    return QCoreApplication.translate("SessionChip", text)


def load_text(load: Mass | None, unit: MassUnit, *, short: bool = False) -> str:
    """Show an added load in the display unit, or nothing.

    A load entered in the other unit also shows as entered ("9.1 kg (20 lb)"), except in the
    ``short`` form a calendar chip has room for ("9.1 kg"); its tooltip has the long one.
    """
    if load is None:
        return ""
    if load.kg == 0:
        return QCoreApplication.translate("SessionChip", "empty sled")
    if load.unit is unit:
        return format_mass(load)
    shown = format_kg_fraction(load.kg, unit)
    return shown if short else f"{shown} ({format_mass(load)})"


def session_chip(
    session: Session, unit: MassUnit, today: date, issue: FeasibilityIssue | None
) -> Chip:
    """Describe a session for the calendar."""
    log = session.log
    minutes = log.minutes if log is not None else session.planned_minutes
    load = log.load if log is not None else session.planned_load
    parts = [f"{minutes}′"]
    if session.activity in SHORT_ACTIVITY_WORDS:
        parts.append(_tr(SHORT_ACTIVITY_WORDS[session.activity]))
    if load is not None and session.activity.uses_sled:
        parts.append(load_text(load, unit, short=True))
    mark = {SessionStatus.DONE: "✓ ", SessionStatus.SKIPPED: "✗ "}.get(session.status, "")
    state = compliance(session, today)
    translate = QCoreApplication.translate
    lines = [
        translate("SessionChip", "{activity} · {minutes} min planned").format(
            activity=_tr(ACTIVITY_WORDS[session.activity]), minutes=session.planned_minutes
        ),
        translate("SessionChip", "Status: {status}").format(
            status=_tr(STATUS_WORDS[session.status])
        )
        + (f" ({compliance_words(state)})" if state is not Compliance.PLANNED else ""),
    ]
    if session.planned_load is not None:
        lines.append(
            translate("SessionChip", "Planned load: {load}").format(
                load=load_text(session.planned_load, unit)
            )
        )
    if log is not None:
        done = translate("SessionChip", "Done: {minutes} min").format(minutes=log.minutes)
        lines.append(done + (f", {load_text(log.load, unit)}" if log.load else ""))
        if log.rpe is not None:
            lines.append(translate("SessionChip", "RPE {rpe}").format(rpe=log.rpe))
        if log.pain_during is not None or log.pain_next_morning is not None:
            lines.append(
                translate("SessionChip", "Knee pain: during {d}, next morning {m}").format(
                    d="–" if log.pain_during is None else log.pain_during,
                    m=translate("SessionChip", "not yet")
                    if log.pain_next_morning is None
                    else log.pain_next_morning,
                )
            )
    if session.moved and session.original_date is not None:
        lines.append(
            translate("SessionChip", "Moved from {day}").format(
                day=format_date(session.original_date)
            )
        )
    if issue is not None:
        lines.append(issue.reason)
    if session.notes:
        lines.append(session.notes)
    short = mark + parts[-1] if len(parts) > 1 else ""
    return Chip(
        session.id, mark + " · ".join(parts), state, issue is not None, "\n".join(lines), short
    )


def locale_day(day: date) -> str:
    """Write a day as the locale's long date."""
    return format_long_date(day)
