"""File > Report… and the day panel's Print session card…: what the window calls.

Each function reads the window's open services when it runs, so the entries can be made once
with the menus.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QDialog, QWidget

from sledplanner.services.bundle import Services
from sledplanner.services.report import build_session_card, default_period, next_planned
from sledplanner.ui.report.document import card_document
from sledplanner.ui.report.pdf import make_report_document
from sledplanner.ui.report.preview import DocumentPreview, PeriodDialog

__all__ = ["open_report", "open_session_card"]


def open_report(
    parent: QWidget, services: Services, report: Callable[[str], None], *, ask: bool = True
) -> DocumentPreview | None:
    """Ask for the period (the last four weeks by default), then open the report's preview."""
    first, last = default_period(services.schedule.today())
    if ask:
        dialog = PeriodDialog(first, last, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        first, last = dialog.period
    document = make_report_document(services, first, last)
    preview = DocumentPreview(
        document,
        parent.tr("Report {first} – {last}").format(first=first, last=last),
        f"sled-report-{first}-{last}.pdf",
        report,
        parent,
    )
    preview.open()
    return preview


def open_session_card(
    parent: QWidget, services: Services, day: date, report: Callable[[str], None]
) -> DocumentPreview | None:
    """Open the card of the first planned session on ``day`` or after it."""
    session = next_planned(services, day)
    if session is None:
        report(parent.tr("No planned session on or after this day: no card to print."))
        return None
    card = build_session_card(services, session)
    document = card_document(card, services.gear.preferences().display_unit)
    preview = DocumentPreview(
        document,
        parent.tr("Session card {day}").format(day=session.day),
        f"session-card-{session.day}.pdf",
        report,
        parent,
    )
    preview.open()
    return preview
