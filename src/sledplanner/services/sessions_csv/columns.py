"""The columns of the sessions CSV file (the PRODUCT.md contract)."""

from __future__ import annotations

#: The session columns, in the order an export writes them (the PRODUCT.md contract).
SESSION_COLUMNS: tuple[str, ...] = (
    "date",
    "activity",
    "status",
    "planned_minutes",
    "planned_load",
    "actual_minutes",
    "actual_load",
    "load_unit",
    "sled",
    "surface",
    "distance_m",
    "rpe",
    "pain_during",
    "pain_next_morning",
    "notes",
)

#: The columns a file must have; the others may be left out.
REQUIRED_COLUMNS: tuple[str, ...] = ("date", "activity", "status", "planned_minutes")

#: The columns of what was done: they need ``actual_minutes`` in the same row.
LOGGED_COLUMNS: tuple[str, ...] = (
    "actual_load",
    "distance_m",
    "rpe",
    "pain_during",
    "pain_next_morning",
)

#: Larger files are refused before they are read.
MAX_FILE_BYTES = 50 * 1024 * 1024
