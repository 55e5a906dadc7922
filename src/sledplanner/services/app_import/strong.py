"""Strong's CSV export: today's comma form without units, and the older semicolon form.

Today's header is ``Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,
Seconds,Notes,Workout Notes,RPE``; weights are in the unit given to the import (``--unit`` or
the display unit) and distances in kilometres with kg, miles with lb. The older form separates
cells with ";", may write decimals with a comma, and has ``Weight Unit`` and ``Distance Unit``
columns. A "Rest Timer" row is not a set; a set order of "W" is a warm-up.
"""

from __future__ import annotations

from pathlib import Path

from sledplanner.domain.app_import import ExportSet
from sledplanner.domain.units import MassUnit
from sledplanner.services.app_import.reading import (
    ParsedExport,
    RowReader,
    distance,
    exercise_or_broken,
    parse_iso_start,
    read_export_rows,
    row_weight_unit,
    workout_key,
)

__all__ = ["read_strong"]

_COLUMNS = {"time": "Seconds", "weight": "Weight", "distance_m": "Distance", "rpe": "RPE"}


def read_strong(path: Path, unit: MassUnit) -> ParsedExport:
    """Read the sets of a Strong export; ``unit`` is the weight unit of the comma form.

    Raises:
        CsvImportError: The file cannot be read or lacks Strong's columns.
    """
    export = read_export_rows(path, ("Date", "Exercise Name", "Set Order"), "Strong")
    parsed = ParsedExport()
    semicolon = export.delimiter == ";"
    for line, cells in export.rows:
        row = RowReader(line, cells, decimal_comma=semicolon)
        order = row.cell("Set Order")
        rest = "resttimer"
        if rest in (
            order.casefold().replace(" ", ""),
            row.cell("Exercise Name").casefold().replace(" ", ""),
        ):
            parsed.not_sets["Rest Timer"] = parsed.not_sets.get("Rest Timer", 0) + 1
            continue
        start = row.attempt("Date", lambda r=row: parse_iso_start(r.cell("Date"), "Date"))
        exercise = exercise_or_broken(parsed, line, row, "Exercise Name", start)
        if exercise is None or start is None:
            continue
        weight_unit = row_weight_unit(row, unit)
        distance_unit = row.cell("Distance Unit") or ("mi" if unit is MassUnit.LB else "km")
        weight = row.attempt("Weight", lambda r=row, u=weight_unit: r.mass("Weight", u))
        metres_done = row.attempt(
            "Distance", lambda r=row, d=distance_unit: distance(r, "Distance", d, "Distance Unit")
        )
        parsed.sets.append(
            ExportSet(
                line=line,
                workout=workout_key(start),
                day=start.date(),
                exercise=exercise,
                start=start,
                warmup=order.upper() == "W",
                weight=weight,
                distance_m=metres_done,
                seconds=row.attempt("Seconds", lambda r=row: r.seconds("Seconds")),
                rpe=row.attempt("RPE", lambda r=row: r.rpe("RPE")),
                notes=(row.cell("Notes"), row.cell("Workout Notes")),
                problems=tuple(row.problems),
                columns=_COLUMNS,
            )
        )
    return parsed
