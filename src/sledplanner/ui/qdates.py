"""Days between Python and Qt."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate


def to_qdate(day: date) -> QDate:
    """Convert a date for Qt."""
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    """Convert a Qt date."""
    return date(value.year(), value.month(), value.day())
