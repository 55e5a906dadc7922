"""FitNotes' CSV export.

The header is ``Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time,
Comment``. Units are written ``kgs``/``lbs`` (and m, km, mi… for distances), Time like
``0:10:00``. FitNotes keeps no start time: a day's sets of one exercise are one workout.
"""

from __future__ import annotations

import re
from pathlib import Path

from sledplanner.domain.app_import import ExportSet
from sledplanner.domain.errors import ValidationError
from sledplanner.domain.units import MassUnit
from sledplanner.services.app_import.reading import (
    ParsedExport,
    RowReader,
    distance,
    exercise_or_broken,
    parse_day,
    read_export_rows,
    row_weight_unit,
)

__all__ = ["parse_duration", "read_fitnotes"]

_COLUMNS = {"time": "Time", "weight": "Weight", "distance_m": "Distance", "rpe": ""}
_DURATION = re.compile(r"(?:(\d+):)?(\d{1,2}):(\d{2})")


def parse_duration(text: str, column: str) -> int | None:
    """Read ``H:MM:SS`` or ``MM:SS`` as seconds; None when empty."""
    text = text.strip()
    if not text:
        return None
    match = _DURATION.fullmatch(text)
    if match is None:
        raise ValidationError(column, f"'{text}' is not a time written H:MM:SS such as 0:10:00")
    hours, minutes, seconds = match.groups()
    if int(seconds) > 59 or (hours is not None and int(minutes) > 59):
        raise ValidationError(column, f"'{text}' is not a time written H:MM:SS such as 0:10:00")
    total = int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds)
    if total > 86_400:
        raise ValidationError(column, f"'{text}' is more than a day")
    return total


def read_fitnotes(path: Path, unit: MassUnit) -> ParsedExport:
    """Read the sets of a FitNotes export; ``unit`` is for rows without a Weight Unit.

    Raises:
        CsvImportError: The file cannot be read or lacks FitNotes' columns.
    """
    export = read_export_rows(path, ("Date", "Exercise"), "FitNotes")
    parsed = ParsedExport()
    for line, cells in export.rows:
        row = RowReader(line, cells, decimal_comma=export.delimiter == ";")
        day = row.attempt("Date", lambda r=row: parse_day(r.cell("Date"), "Date"))
        exercise = exercise_or_broken(parsed, line, row, "Exercise", day)
        if exercise is None or day is None:
            continue
        weight_unit = row_weight_unit(row, unit)
        distance_unit = row.cell("Distance Unit") or "m"
        parsed.sets.append(
            ExportSet(
                line=line,
                workout=day.isoformat(),
                day=day,
                exercise=exercise,
                weight=row.attempt("Weight", lambda r=row, u=weight_unit: r.mass("Weight", u)),
                distance_m=row.attempt(
                    "Distance",
                    lambda r=row, d=distance_unit: distance(r, "Distance", d, "Distance Unit"),
                ),
                seconds=row.attempt("Time", lambda r=row: parse_duration(r.cell("Time"), "Time")),
                notes=(row.cell("Comment"),),
                problems=tuple(row.problems),
                columns=_COLUMNS,
            )
        )
    return parsed
