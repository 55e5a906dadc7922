"""How a session reads on the calendar: its chip text, its tooltip and its load."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

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


def load_text(load: Mass | None, unit: MassUnit, *, short: bool = False) -> str:
    """Show an added load in the display unit, or nothing.

    A load entered in the other unit also shows as entered ("9.1 kg (20 lb)"), except in the
    ``short`` form a calendar chip has room for ("9.1 kg"); its tooltip has the long one.
    """
    if load is None:
        return ""
    if load.kg == 0:
        return "empty sled"
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
    if session.activity is Activity.BACKWARD_WALK:
        parts.append("walk")
    elif session.activity is not Activity.BACKWARD_DRAG:
        parts.append(session.activity.label.split()[0].lower())
    if load is not None and session.activity.uses_sled:
        parts.append(load_text(load, unit, short=True))
    mark = {SessionStatus.DONE: "✓ ", SessionStatus.SKIPPED: "✗ "}.get(session.status, "")
    state = compliance(session, today)
    lines = [
        f"{session.activity.label} · {session.planned_minutes} min planned",
        f"Status: {session.status.value}"
        + (f" ({compliance_words(state)})" if state is not Compliance.PLANNED else ""),
    ]
    if session.planned_load is not None:
        lines.append(f"Planned load: {load_text(session.planned_load, unit)}")
    if log is not None:
        lines.append(
            f"Done: {log.minutes} min" + (f", {load_text(log.load, unit)}" if log.load else "")
        )
        if log.rpe is not None:
            lines.append(f"RPE {log.rpe}")
        if log.pain_during is not None or log.pain_next_morning is not None:
            lines.append(
                "Knee pain: during {d}, next morning {m}".format(
                    d="–" if log.pain_during is None else log.pain_during,
                    m="not yet" if log.pain_next_morning is None else log.pain_next_morning,
                )
            )
    if session.moved and session.original_date is not None:
        lines.append(f"Moved from {format_date(session.original_date)}")
    if issue is not None:
        lines.append(issue.reason)
    if session.notes:
        lines.append(session.notes)
    return Chip(session.id, mark + " · ".join(parts), state, issue is not None, "\n".join(lines))


def locale_day(day: date) -> str:
    """Write a day as the locale's long date."""
    return format_long_date(day)
