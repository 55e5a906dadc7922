"""Reading an app's CSV export: the delimiter, the header, the rows and their cell values.

Each format module says which columns it needs; every problem is a
:class:`~sledplanner.services.csv_common.CsvProblem` naming the file, line and column.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TypeVar

from sledplanner.domain.app_import import ExportSet, ImportProblem
from sledplanner.domain.errors import ValidationError
from sledplanner.domain.units import Mass, MassUnit
from sledplanner.services.csv_common import MAX_PROBLEMS, CsvImportError, CsvProblem, read_text

__all__ = [
    "ExportRows",
    "ParsedExport",
    "RowReader",
    "broken_set",
    "distance",
    "mass_unit",
    "metres",
    "missing",
    "read_export_rows",
]

V = TypeVar("V")

#: Metres in one unit of distance, as the apps write the unit.
_METRES = {
    "m": Decimal(1),
    "meters": Decimal(1),
    "metres": Decimal(1),
    "km": Decimal(1000),
    "kms": Decimal(1000),
    "mi": Decimal("1609.344"),
    "mile": Decimal("1609.344"),
    "miles": Decimal("1609.344"),
    "ft": Decimal("0.3048"),
    "feet": Decimal("0.3048"),
    "yd": Decimal("0.9144"),
    "yds": Decimal("0.9144"),
    "yards": Decimal("0.9144"),
}

_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")


def metres(unit: str, column: str) -> Decimal:
    """Return the metres in one ``unit`` of distance (m, km, mi, ft, yd and their plurals)."""
    key = unit.strip().lower()
    if key not in _METRES:
        raise ValidationError(column, f"'{unit}' is not a distance unit (m, km, mi, ft or yd)")
    return _METRES[key]


@dataclass
class ExportRows:
    """The rows of an export: each with its physical line and its cells by column name."""

    path: Path
    delimiter: str
    rows: list[tuple[int, dict[str, str]]]


@dataclass
class ParsedExport:
    """The sets an export holds, and its rows that are not sets counted by what they are."""

    sets: list[ExportSet] = field(default_factory=list)
    not_sets: dict[str, int] = field(default_factory=dict)


def read_export_rows(
    path: Path, required: Sequence[str], app: str, *, any_of: Sequence[Sequence[str]] = ()
) -> ExportRows:
    """Read the CSV export at ``path``; column names are matched ignoring case and spaces.

    Args:
        path: The file.
        required: The columns the export must have.
        app: The app's name, for the message when the header does not fit.
        any_of: Groups of columns of which the export must have at least one each.

    Raises:
        CsvImportError: The file cannot be read, is not CSV, or lacks a required column.
    """
    text = read_text(path)
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[int, dict[str, str]]] = []
    header: list[str] | None = None
    for start, cells in _rows(reader, path):
        if header is None:
            header = [cell.strip().lstrip("\ufeff").strip() for cell in cells]
            problems = _check_header(path, start, header, required, any_of, app)
            if problems:
                raise CsvImportError(problems)
            continue
        if len(cells) < len(header):
            cells = cells + [""] * (len(header) - len(cells))
        elif len(cells) > len(header) and any(cell.strip() for cell in cells[len(header) :]):
            raise CsvImportError(
                [
                    CsvProblem(
                        path,
                        start,
                        "",
                        f"the row has {len(cells)} cells but the header has {len(header)} "
                        "columns (a cell holding the delimiter must be in double quotes)",
                    )
                ]
            )
        rows.append(
            (start, {name.lower(): cell for name, cell in zip(header, cells, strict=False)})
        )
    if header is None:
        raise CsvImportError([CsvProblem(path, 0, "", "the file holds no header row")])
    return ExportRows(path, delimiter, rows)


def _rows(reader: Iterator[list[str]], path: Path) -> Iterator[tuple[int, list[str]]]:
    end = 0
    while True:
        start = end + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise CsvImportError([CsvProblem(path, start, "", f"not valid CSV: {exc}")]) from None
        end = reader.line_num  # type: ignore[attr-defined]
        if any(cell.strip() for cell in row):
            yield start, row


def _check_header(
    path: Path,
    line: int,
    header: Sequence[str],
    required: Sequence[str],
    any_of: Sequence[Sequence[str]],
    app: str,
) -> list[CsvProblem]:
    names = {name.lower() for name in header}
    problems = [
        CsvProblem(path, line, name, f"required column is missing: is this a {app} export?")
        for name in required
        if name.lower() not in names
    ]
    for group in any_of:
        if not any(name.lower() in names for name in group):
            problems.append(
                CsvProblem(
                    path,
                    line,
                    " or ".join(group),
                    f"one of these columns is required: is this a {app} export?",
                )
            )
    return problems


class RowReader:
    """Reads the cells of one row, keeping each problem with its column."""

    def __init__(self, line: int, cells: Mapping[str, str], decimal_comma: bool) -> None:
        """Read ``cells`` of the row at ``line``; ``decimal_comma`` accepts 22,5 for 22.5."""
        self.line = line
        self.cells = cells
        self.decimal_comma = decimal_comma
        self.problems: list[ImportProblem] = []

    def cell(self, column: str) -> str:
        """The stripped cell of ``column`` ("" when the export has no such column)."""
        return self.cells.get(column.lower(), "").strip()

    def attempt(self, column: str, read: Callable[[], V]) -> V | None:
        """Return ``read()``, or keep its problem against ``column`` and give None."""
        try:
            return read()
        except ValidationError as exc:
            self.problems.append(ImportProblem(self.line, column, exc.message))
            return None

    def number(self, column: str, *, low: Decimal = Decimal(0)) -> Decimal | None:
        """The cell of ``column`` as a number of at least ``low``; None when empty."""
        text = self.cell(column)
        if not text:
            return None
        if self.decimal_comma and text.count(",") == 1 and "." not in text:
            text = text.replace(",", ".")
        if not _NUMBER.fullmatch(text) or len(text) > 20:
            raise ValidationError(column, f"'{self.cell(column)}' is not a number such as 22.5")
        try:
            value = Decimal(text)
        except InvalidOperation:
            raise ValidationError(column, f"'{text}' is not a number") from None
        if value < low:
            raise ValidationError(column, f"must be at least {low}, got {text}")
        return value

    def mass(self, column: str, unit: MassUnit | None) -> Mass | None:
        """The cell of ``column`` as a mass in ``unit``; None when empty."""
        value = self.number(column)
        if value is None:
            return None
        if unit is None:
            raise ValidationError(column, "has no unit: give the weight unit")
        try:
            return Mass.of(value, unit)
        except ValidationError as exc:
            raise ValidationError(column, exc.message) from None

    def rpe(self, column: str) -> Decimal | None:
        """The cell of ``column`` as an RPE from 0 to 10; None when empty."""
        value = self.number(column)
        if value is not None and value > 10:
            raise ValidationError(column, f"an RPE is 0 to 10, got {self.cell(column)}")
        return value

    def seconds(self, column: str) -> int | None:
        """The cell of ``column`` as whole seconds; None when empty."""
        value = self.number(column)
        if value is None:
            return None
        if value > 86_400:
            raise ValidationError(column, f"{self.cell(column)} seconds is more than a day")
        return int(value.to_integral_value())


def parse_day(text: str, column: str) -> date:
    """Read a date written YYYY-MM-DD (the start of the cell)."""
    try:
        return date.fromisoformat(text.strip()[:10])
    except ValueError:
        raise ValidationError(column, f"'{text}' is not a date written YYYY-MM-DD") from None


def parse_iso_start(text: str, column: str) -> datetime:
    """Read a start written ``YYYY-MM-DD HH:MM[:SS]``."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            column, f"'{text}' is not a date and time written YYYY-MM-DD HH:MM:SS"
        ) from None
    return value.replace(tzinfo=None)


def workout_key(start: datetime) -> str:
    """The workout's identity in an import source: its start to the minute."""
    return start.strftime("%Y-%m-%dT%H:%M")


def limit_problems(problems: list[CsvProblem]) -> list[CsvProblem]:
    """Keep at most :data:`MAX_PROBLEMS` problems, with a note when more were found."""
    if len(problems) <= MAX_PROBLEMS:
        return problems
    kept = problems[:MAX_PROBLEMS]
    last = kept[-1]
    kept.append(
        CsvProblem(last.path, last.line, "", f"stopped after {MAX_PROBLEMS} problems; fix these")
    )
    return kept


def missing(column: str) -> None:
    """Fail: the cell of ``column`` is required."""
    raise ValidationError(column, "is required")


def broken_set(line: int, exercise: str, row: RowReader) -> ExportSet:
    """A row whose date or exercise cannot be read: it carries its problems only.

    Such a row is a problem whatever exercise it is, so it is never skipped.
    """
    return ExportSet(
        line=line,
        workout="",
        day=date.min,
        exercise=exercise or "?",
        problems=tuple(row.problems),
        broken=True,
    )


def mass_unit(text: str, column: str) -> MassUnit:
    """Read a weight unit as the apps write it (kg, kgs, lb, lbs)."""
    try:
        return MassUnit.parse(text)
    except ValidationError:
        raise ValidationError(column, f"'{text}' is not kg or lbs") from None


def row_weight_unit(row: RowReader, default: MassUnit | None) -> MassUnit | None:
    """The row's "Weight Unit" cell when it has one (a bad one is noted), else ``default``."""
    if not row.cell("Weight Unit"):
        return default
    return row.attempt("Weight Unit", lambda: mass_unit(row.cell("Weight Unit"), "Weight Unit"))


def exercise_or_broken(
    parsed: ParsedExport, line: int, row: RowReader, column: str, when: object
) -> str | None:
    """The row's exercise name; None, with a broken set noted, when it or ``when`` is missing."""
    exercise = row.cell(column)
    if not exercise:
        row.attempt(column, lambda: missing(column))
    if when is None or not exercise:
        parsed.sets.append(broken_set(line, exercise, row))
        return None
    return exercise


def distance(row: RowReader, column: str, unit: str, unit_column: str) -> Decimal | None:
    """The cell of ``column`` in metres, its unit being ``unit``; None when empty or zero."""
    value = row.number(column)
    if value is None or value == 0:
        return None
    return value * metres(unit, unit_column)
