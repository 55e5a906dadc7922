"""The team table as a Qt model: a thin adapter over the services' athlete summaries."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from sledplanner.services.team import AthleteSummary
from sledplanner.ui.formatting import format_date, format_mass

#: Sort keys are given under this role (the proxy sorts by it).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: The file path of a row.
PATH_ROLE = Qt.ItemDataRole.UserRole + 2

_T = QCoreApplication.translate
#: Column keys, in order; the headers are below.
COLUMNS = (
    "athlete",
    "problem",
    "last_session",
    "week",
    "minutes",
    "pain",
    "pain_flag",
    "acwr",
    "next_session",
    "next_load",
    "gear",
    "progression",
)

#: Columns sorted as numbers.
_NUMERIC = frozenset({"week", "minutes", "pain", "acwr", "gear"})
_Index = QModelIndex | QPersistentModelIndex
_WARN = QColor("#fff3cd")
_BAD = QColor("#fdecea")


def _headers() -> tuple[str, ...]:
    return (
        _T("Team", "Athlete"),
        _T("Team", "Problem"),
        _T("Team", "Last session"),
        _T("Team", "This week"),
        _T("Team", "Minutes"),
        _T("Team", "Pain during / morning"),
        _T("Team", "Pain flag"),
        _T("Team", "ACWR"),
        _T("Team", "Next session"),
        _T("Team", "Next load"),
        _T("Team", "Gear"),
        _T("Team", "Progression"),
    )


def _pain(value: int | None) -> str:
    return "–" if value is None else str(value)


class TeamTableModel(QAbstractTableModel):
    """One row per athlete file: its summary, or only its name while it is being read."""

    def __init__(self, parent: Any = None) -> None:
        """Start empty."""
        super().__init__(parent)
        self._rows: list[tuple[Path, AthleteSummary | None]] = []
        self._headers = _headers()

    # ------------------------------------------------------------------ changes
    def set_pending(self, paths: list[Path]) -> None:
        """Show ``paths`` as rows being read (rows already there keep what they show)."""
        known = {path for path, _ in self._rows}
        fresh = [path for path in paths if path not in known]
        if not fresh:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        self._rows.extend((path, None) for path in fresh)
        self.endInsertRows()

    def set_summary(self, summary: AthleteSummary) -> None:
        """Show ``summary`` in its file's row, adding the row when new."""
        for row, (path, _) in enumerate(self._rows):
            if path == summary.path:
                self._rows[row] = (path, summary)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
                return
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append((summary.path, summary))
        self.endInsertRows()

    def remove_path(self, path: Path) -> None:
        """Drop the row of ``path`` (the file is gone, or is not a SledPlanner database)."""
        for row, (known, _) in enumerate(self._rows):
            if known == path:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
                return

    def clear(self) -> None:
        """Drop every row."""
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    # ------------------------------------------------------------------ reading
    def paths(self) -> list[Path]:
        """The files shown, in row order."""
        return [path for path, _ in self._rows]

    def summary(self, path: Path) -> AthleteSummary | None:
        """The summary shown for ``path``, or None while it is read or when not shown."""
        return next((summary for known, summary in self._rows if known == path), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Number of athletes (none under an item)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Number of columns (none under an item)."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if (
            orientation is Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What a cell shows, its tooltip, colour and sort key."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        path, summary = self._rows[index.row()]
        key = COLUMNS[index.column()]
        if role == PATH_ROLE:
            return str(path)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(path, summary, key)
        if role == SORT_ROLE:
            return self._sort_key(path, summary, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(path, summary, key)
        if role == Qt.ItemDataRole.BackgroundRole and summary is not None:
            if summary.problem and key in ("athlete", "problem"):
                return QBrush(_BAD)
            if (key == "pain_flag" and summary.pain_flag) or (
                key == "gear" and summary.gear_problems
            ):
                return QBrush(_WARN)
        return None

    def _text(self, path: Path, summary: AthleteSummary | None, key: str) -> str:
        if key == "athlete":
            return summary.name if summary is not None else path.stem
        if summary is None:
            return _T("Team", "reading…") if key == "problem" else ""
        if summary.problem:
            # The folder is the team's own: the file's name says which file is meant.
            folder = f"{path.parent}{os.sep}"
            return summary.problem.replace(folder, "") if key == "problem" else ""
        shown = _CELL_TEXT.get(key)
        return shown(summary) if shown is not None else ""

    def _tooltip(self, path: Path, summary: AthleteSummary | None, key: str) -> str | None:
        if key == "athlete":
            return str(path)
        if summary is None:
            return None
        if key == "gear" and summary.gear_problems:
            return "\n".join(summary.gear_problems)
        if key == "problem" and summary.problem:
            return summary.problem
        text = self._text(path, summary, key)
        return text or None

    def _sort_key(self, path: Path, summary: AthleteSummary | None, key: str) -> Any:
        """Keys that compare within a column: missing values sort first."""
        if key == "athlete":
            return (summary.name if summary is not None else path.stem).casefold()
        if summary is None or summary.problem:
            if key == "problem":
                return summary.problem if summary is not None and summary.problem else ""
            return -1.0 if key in _NUMERIC else ""
        if key == "pain_flag":
            return f"1 {summary.pain_flag}" if summary.pain_flag else "0"
        if key == "week":
            return float(summary.done_this_week - summary.planned_this_week)
        if key == "minutes":
            return float(summary.minutes_this_week)
        if key == "pain":
            return float(max(summary.pain_during or 0, summary.pain_next_morning or 0))
        if key == "acwr":
            return summary.acwr if summary.acwr is not None else -1.0
        if key == "gear":
            return float(len(summary.gear_problems))
        return self._text(path, summary, key)


def _acwr_text(summary: AthleteSummary) -> str:
    if summary.acwr is None:
        return summary.acwr_zone
    return f"{summary.acwr:.2f} ({summary.acwr_zone})"


def _gear_text(summary: AthleteSummary) -> str:
    count = len(summary.gear_problems)
    return _T("Team", "⚠ {count} session(s)").format(count=count) if count else ""


#: The text of each column of a row whose file was summed up (dates and loads as the window
#: writes them everywhere: the locale's short date, the mass as entered).
_CELL_TEXT: dict[str, Callable[[AthleteSummary], str]] = {
    "last_session": lambda s: format_date(s.last_session) or "–",
    "week": lambda s: _T("Team", "{done} of {planned}").format(
        done=s.done_this_week, planned=s.planned_this_week
    ),
    "minutes": lambda s: str(s.minutes_this_week),
    "pain": lambda s: f"{_pain(s.pain_during)} / {_pain(s.pain_next_morning)}",
    "pain_flag": lambda s: s.pain_flag,
    "acwr": _acwr_text,
    "next_session": lambda s: format_date(s.next_session) or "–",
    "next_load": lambda s: format_mass(s.next_load) if s.next_load is not None else "–",
    "gear": _gear_text,
    "progression": lambda s: s.progression,
}
