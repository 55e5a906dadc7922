"""Hevy's CSV export.

The header is ``title,start_time,end_time,description,exercise_title,superset_id,
exercise_notes,set_index,set_type,weight_lbs|weight_kg,reps,distance_miles|distance_km,
duration_seconds,rpe``: the weight and distance columns name their unit. ``start_time`` is
written like ``2 Mar 2026, 07:31``. A ``warmup`` set counts toward minutes, not the load.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from sledplanner.domain.app_import import ExportSet
from sledplanner.domain.errors import ValidationError
from sledplanner.domain.units import MassUnit
from sledplanner.services.app_import.reading import (
    ParsedExport,
    RowReader,
    distance,
    exercise_or_broken,
    parse_iso_start,
    read_export_rows,
    workout_key,
)

__all__ = ["parse_hevy_time", "read_hevy"]

_MONTHS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
        start=1,
    )
}
_HEVY_TIME = re.compile(
    r"\s*(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*"
)


def parse_hevy_time(text: str, column: str) -> datetime:
    """Read Hevy's ``2 Mar 2026, 07:31`` (English month names); ISO dates are accepted too."""
    match = _HEVY_TIME.fullmatch(text)
    if match is None:
        try:
            return parse_iso_start(text, column)
        except ValidationError:
            raise ValidationError(
                column, f"'{text}' is not a date and time written like 2 Mar 2026, 07:31"
            ) from None
    day, month, year, hour, minute, second = match.groups()
    number = _MONTHS.get(month.lower())
    try:
        if number is None:
            raise ValueError(month)
        return datetime(int(year), number, int(day), int(hour), int(minute), int(second or 0))
    except ValueError:
        raise ValidationError(column, f"'{text}' is not a real date and time") from None


def read_hevy(path: Path) -> ParsedExport:
    """Read the sets of a Hevy export.

    Raises:
        CsvImportError: The file cannot be read or lacks Hevy's columns.
    """
    export = read_export_rows(
        path,
        ("start_time", "exercise_title"),
        "Hevy",
        any_of=(("weight_kg", "weight_lbs"),),
    )
    parsed = ParsedExport()
    for line, cells in export.rows:
        row = RowReader(line, cells, decimal_comma=False)
        weight_column, unit = (
            ("weight_kg", MassUnit.KG) if "weight_kg" in cells else ("weight_lbs", MassUnit.LB)
        )
        distance_column, distance_unit = (
            ("distance_km", "km") if "distance_km" in cells else ("distance_miles", "mi")
        )
        columns = {
            "time": "duration_seconds",
            "weight": weight_column,
            "distance_m": distance_column,
            "rpe": "rpe",
        }
        start = row.attempt(
            "start_time", lambda r=row: parse_hevy_time(r.cell("start_time"), "start_time")
        )
        exercise = exercise_or_broken(parsed, line, row, "exercise_title", start)
        if exercise is None or start is None:
            continue
        parsed.sets.append(
            ExportSet(
                line=line,
                workout=workout_key(start),
                day=start.date(),
                exercise=exercise,
                start=start,
                warmup=row.cell("set_type").lower() in {"warmup", "warm-up", "warm up"},
                weight=row.attempt(
                    weight_column, lambda r=row, c=weight_column, u=unit: r.mass(c, u)
                ),
                distance_m=row.attempt(
                    distance_column,
                    lambda r=row, c=distance_column, d=distance_unit: distance(r, c, d, c),
                ),
                seconds=row.attempt(
                    "duration_seconds", lambda r=row: r.seconds("duration_seconds")
                ),
                rpe=row.attempt("rpe", lambda r=row: r.rpe("rpe")),
                notes=(row.cell("exercise_notes"), row.cell("description")),
                problems=tuple(row.problems),
                columns=columns,
            )
        )
    return parsed
