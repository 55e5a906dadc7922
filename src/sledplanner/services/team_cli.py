"""``sledplanner clients DIR [--csv F]``: the team table on the terminal or as a CSV file."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from sledplanner.services.team import AthleteSummary, athlete_files, summarise, write_team_csv

EXIT_OK, EXIT_PROBLEM, EXIT_UNAVAILABLE = 0, 1, 3

#: The columns printed on the terminal: (header, CSV field).
_SHOWN = (
    ("athlete", "athlete"),
    ("last", "last_session"),
    ("week", "week"),
    ("min", "minutes_this_week"),
    ("pain", "pain"),
    ("acwr", "acwr"),
    ("next", "next_session"),
    ("load", "next_load"),
    ("gear", "gear"),
)


def _cells(row: AthleteSummary) -> dict[str, str]:
    cells = row.csv_row()
    cells["week"] = "" if row.problem else f"{row.done_this_week}/{row.planned_this_week}"
    cells["pain"] = (
        ""
        if row.pain_during is None and row.pain_next_morning is None
        else f"{cells['pain_during'] or '-'}/{cells['pain_next_morning'] or '-'}"
    )
    cells["gear"] = str(len(row.gear_problems)) if row.gear_problems else ""
    return cells


def table_text(rows: list[AthleteSummary]) -> str:
    """The rows as aligned columns, each flag, decision and problem on its own line below."""
    cells = [_cells(row) for row in rows]
    widths = {
        field: max([len(header)] + [len(each[field]) for each in cells]) for header, field in _SHOWN
    }
    lines = ["  ".join(header.ljust(widths[field]) for header, field in _SHOWN).rstrip()]
    for row, each in zip(rows, cells, strict=True):
        lines.append("  ".join(each[field].ljust(widths[field]) for _, field in _SHOWN).rstrip())
        if row.problem:
            lines.append(f"    problem: {row.problem}")
        if row.pain_flag:
            lines.append(f"    pain flag: {row.pain_flag}")
        if row.progression:
            lines.append(f"    progression: {row.progression}")
        lines.extend(f"    gear: {problem}" for problem in row.gear_problems)
    return "\n".join(lines)


def clients(folder: Path, csv_out: Path | None, today: date | None = None) -> int:
    """Sum up every athlete of ``folder``; print the table or write it to ``csv_out``.

    Returns the exit code (see docs/cli.md). No database is ever locked or changed.
    """
    try:
        paths = athlete_files(folder)
    except OSError as exc:
        print(f"error: {folder}: cannot read the folder: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_UNAVAILABLE
    if csv_out is not None and any(_same(csv_out, path) for path in paths):
        print(
            f"error: {csv_out}: this is an athlete's database; choose another file", file=sys.stderr
        )
        return EXIT_PROBLEM
    rows = [row for path in paths if (row := summarise(path, today)) is not None]
    if csv_out is None:
        print(table_text(rows))
        return EXIT_OK
    try:
        write_team_csv(rows, csv_out)
    except OSError as exc:
        print(f"error: {csv_out}: cannot write the file: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_PROBLEM
    print(f"wrote {len(rows)} athlete(s) to {csv_out}")
    return EXIT_OK


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except (OSError, RuntimeError):
        return False
