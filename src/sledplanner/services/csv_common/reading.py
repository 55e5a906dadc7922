"""Reading a CSV file: its encoding, its header, and each row's fields."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, Generic

from sledplanner.domain.errors import ValidationError
from sledplanner.services.csv_common.problems import (
    DECIMAL,
    MAX_FILE_BYTES,
    MAX_PROBLEMS,
    CsvImportError,
    CsvProblem,
    T,
    V,
    fail,
)
from sledplanner.storage.atomic import NotRegularFileError, open_regular

# ---------------------------------------------------------------------- reading


def read_text(path: Path, limit: int = MAX_FILE_BYTES) -> str:
    """Return the text of the CSV file at ``path``.

    Raises:
        CsvImportError: The file is missing, a folder, unreadable, larger than ``limit`` bytes,
            UTF-16 or UTF-32, not UTF-8, or empty.
    """
    try:
        with open_regular(path) as handle:
            raw = handle.read(limit + 1)
    except FileNotFoundError:
        raise fail(path, "no such file") from None
    except IsADirectoryError:
        raise fail(path, "is a folder, not a CSV file") from None
    except NotRegularFileError as exc:
        if path.is_dir():
            raise fail(path, "is a folder, not a CSV file") from None
        raise fail(path, f"{exc.strerror}: choose a CSV file") from None
    except OSError as exc:
        raise fail(path, f"cannot read the file: {exc.strerror or exc}") from None
    if len(raw) > limit:
        size = f"{limit // (1024 * 1024)} MB" if limit >= 1024 * 1024 else f"{limit} bytes"
        raise fail(path, f"the file is larger than {size}; split it into smaller files")
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        raise fail(path, "the file is UTF-32 text; save it as CSV in UTF-8 and import again")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise fail(path, "the file is UTF-16 text; save it as CSV in UTF-8 and import again")
    bom = len(codecs.BOM_UTF8) if raw.startswith(codecs.BOM_UTF8) else 0
    try:
        text = raw[bom:].decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = bom + exc.start
        line = raw.count(b"\n", 0, offset) + 1
        raise fail(
            path,
            f"not UTF-8 text (byte {offset} is not valid UTF-8; is it Latin-1, a "
            "spreadsheet or a binary file?): save it as CSV in UTF-8 and import again",
            line,
        ) from None
    if not text.strip():
        raise fail(path, "the file is empty; a header row naming the columns is required")
    return text


class _Stop(Exception):
    """The rest of the file cannot be read; carries the problem that says why."""

    def __init__(self, problem: CsvProblem) -> None:
        super().__init__(str(problem))
        self.problem = problem


class CsvReader(Generic[T]):
    """Reads one decoded CSV text into records, collecting every problem.

    Subclasses name their :attr:`columns` and :attr:`required` columns and build one record
    from the cells of a row in :meth:`build`.
    """

    #: Every column a file may have, in the order an export writes them.
    columns: tuple[str, ...] = ()
    #: The columns a file must have.
    required: tuple[str, ...] = ()

    def __init__(self, path: Path, text: str) -> None:
        """Read ``text``, the content of the file ``path``."""
        self.path = path
        self.text = text
        self.problems: list[CsvProblem] = []

    def problem(self, line: int, column: str, message: str) -> None:
        """Record a problem at ``line`` in ``column``."""
        self.problems.append(CsvProblem(self.path, line, column, message))

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """Yield each non-blank row with the physical line it starts on."""
        reader = csv.reader(io.StringIO(self.text, newline=""), strict=True)
        end = 0
        while True:
            start = end + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                reason = str(exc)
                if reason == "unexpected end of data":
                    reason = "a quoted cell starting in this row is never closed"
                elif "expected after" in reason:
                    reason = f"a closing quote must be followed by a comma or a line end ({exc})"
                elif "field larger than field limit" in reason:
                    reason = f"a cell is far too long ({exc})"
                raise _Stop(CsvProblem(self.path, start, "", f"not valid CSV: {reason}")) from None
            end = reader.line_num
            if any(cell.strip() for cell in row):
                yield start, row

    def read(self) -> list[T]:
        """Return the record of every row, in file order.

        Raises:
            CsvImportError: Any problem in the header or any row; every one is listed.
        """
        records: list[T] = []
        try:
            rows = self.rows()
            header = next(rows, None)
            if header is None:
                raise _Stop(
                    CsvProblem(
                        self.path,
                        0,
                        "",
                        "the file holds only empty cells; a header row naming the columns "
                        "is required",
                    )
                )
            columns = self.read_header(*header)
            if self.problems:
                raise CsvImportError(self.problems)
            for line, row in rows:
                record = self.read_row(line, row, columns)
                if record is not None:
                    records.append(record)
                if len(self.problems) >= MAX_PROBLEMS:
                    del self.problems[MAX_PROBLEMS:]
                    self.problem(
                        line, "", f"stopped after {MAX_PROBLEMS} problems; fix these first"
                    )
                    break
        except _Stop as stop:
            self.problems.append(stop.problem)
        if self.problems:
            raise CsvImportError(self.problems)
        return records

    # ------------------------------------------------------------------ header
    def read_header(self, line: int, cells: list[str]) -> list[str]:
        """Check the header and return the column names (normalised), in file order."""
        names = [cell.strip().lower() for cell in cells]
        if any("\x00" in cell for cell in cells):
            self.problem(
                line,
                "",
                "the header holds NUL characters: the file looks like UTF-16 or a binary "
                "file; save it as CSV in UTF-8 and import again",
            )
            return names
        if len(names) == 1 and ";" in names[0]:
            self.problem(
                line,
                "",
                "the header is one column holding ';': separate the columns with commas",
            )
            return names
        seen: dict[str, int] = {}
        for number, (name, cell) in enumerate(zip(names, cells, strict=True), start=1):
            if not name:
                self.problem(line, "", f"column {number} has no name")
            elif name not in self.columns:
                known = ", ".join(self.columns)
                self.problem(line, cell.strip(), f"unknown column; the columns are {known}")
            elif name in seen:
                self.problem(
                    line, name, f"the column appears twice (columns {seen[name]} and {number})"
                )
            else:
                seen[name] = number
        for name in self.required:
            if name not in seen:
                self.problem(line, name, "required column is missing")
        return names

    # ------------------------------------------------------------------ rows
    def read_row(self, line: int, row: list[str], columns: list[str]) -> T | None:
        """Return the record of one row, or None after recording its problems."""
        if len(row) != len(columns):
            hint = (
                " (a cell holding a comma must be in double quotes)"
                if len(row) > len(columns)
                else ""
            )
            self.problem(
                line,
                "",
                f"the row has {len(row)} cells but the header has {len(columns)} columns{hint}",
            )
            return None
        cells = dict(zip(columns, row, strict=True))
        before = len(self.problems)
        record = self.build(line, cells)
        return record if len(self.problems) == before else None

    def build(self, line: int, cells: Mapping[str, str]) -> T | None:
        """Return the record of the row at ``line``, recording each problem found."""
        raise NotImplementedError


class RowFields:
    """Reads the cells of one row, recording a problem for each bad column.

    ``field_columns`` maps the field a :class:`ValidationError` names to the column it comes
    from, where the two differ.
    """

    def __init__(
        self,
        reader: CsvReader[Any],
        line: int,
        cells: Mapping[str, str],
        field_columns: Mapping[str, str] | None = None,
    ) -> None:
        """Read the ``cells`` of the row at ``line`` of ``reader``'s file."""
        self.reader = reader
        self.line = line
        self.cells = cells
        self.field_columns = field_columns or {}
        self.failed = False

    def cell(self, column: str) -> str:
        """Return the cell of ``column`` as written ("" when the file has no such column)."""
        return self.cells.get(column, "")

    def attempt(self, column: str, read: Callable[[], V]) -> V | None:
        """Return ``read()``, or record its ValidationError against ``column`` and give None."""
        try:
            return read()
        except ValidationError as exc:
            self.fail(column, exc)
            return None

    def fail(self, column: str, exc: ValidationError) -> None:
        """Record ``exc`` against the column it names, else against ``column``."""
        self.failed = True
        found = self.field_columns.get(exc.field, exc.field)
        if found not in self.reader.columns and column:
            found = column
        self.reader.problem(self.line, found, exc.message)

    def required(self, column: str) -> str:
        """Return the stripped cell of ``column``; an empty cell is an error."""
        text = self.cell(column).strip()
        if not text:
            raise ValidationError(column, "is required")
        return text

    def decimal(self, column: str, text: str) -> str:
        """Return ``text`` when it is a plain decimal number such as 22.5."""
        if not DECIMAL.fullmatch(text):
            raise ValidationError(column, f"'{text}' is not a decimal number such as 22.5")
        return text
