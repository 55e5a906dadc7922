"""Gear as CSV: reading, importing (all or nothing) and exporting the inventory.

The format is the CSV contract of PRODUCT.md, documented in ``docs/csv.md``:

* a header row naming the columns of :data:`GEAR_COLUMNS`, in any order; ``kind``, ``name``,
  ``mass`` and ``mass_unit`` are required, the others may be left out and take their defaults;
* UTF-8 with or without a byte-order mark; ``,`` between cells; RFC 4180 quoting, so a quoted
  cell may hold commas, quotes and line breaks;
* every problem is reported as ``FILE:LINE: COLUMN: reason``, where LINE is the physical line
  the row starts on (the header is line 1).

Text cells that a spreadsheet would run as a formula are written with a leading apostrophe and
read back without it, so an export followed by an import gives back the same text.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.gear import (
    MAX_NOTES,
    MAX_QUANTITY,
    GearItem,
    GearKind,
    GearStatus,
    check_item_mass,
    check_text,
    parse_date,
    parse_enum,
)
from sledplanner.domain.money import Money
from sledplanner.domain.surfaces import format_surfaces, parse_surfaces
from sledplanner.domain.units import Mass, MassUnit
from sledplanner.services.gear import GearService
from sledplanner.storage.atomic import write_atomically
from sledplanner.storage.repositories import BadRecord

__all__ = [
    "GEAR_COLUMNS",
    "MAX_FILE_BYTES",
    "MAX_PROBLEMS",
    "REQUIRED_COLUMNS",
    "CsvExportError",
    "CsvImportError",
    "CsvProblem",
    "export_gear_csv",
    "gear_csv_bytes",
    "import_gear_csv",
    "read_gear_csv",
]

T = TypeVar("T")

#: The gear columns, in the order an export writes them.
GEAR_COLUMNS: tuple[str, ...] = (
    "kind",
    "name",
    "brand",
    "mass",
    "mass_unit",
    "quantity",
    "unit_price",
    "currency",
    "status",
    "purchased_on",
    "surfaces",
    "notes",
)

#: The columns a file must have; the others take their defaults when absent.
REQUIRED_COLUMNS: tuple[str, ...] = ("kind", "name", "mass", "mass_unit")

#: Larger files are refused before they are read.
MAX_FILE_BYTES = 50 * 1024 * 1024

#: Reading stops after this many problems (a file that bad is the wrong file).
MAX_PROBLEMS = 1000

#: Characters that make a spreadsheet treat a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

#: The text columns protected against formulas.
TEXT_COLUMNS = ("name", "brand", "notes")

# Line endings of an export. With a bare "\n" Python's csv writer leaves a cell holding a lone
# "\r" unquoted, and that "\r" would end the row when the file is read back.
_LINE_END = "\r\n"

# A decimal as the CSV holds it: digits, an optional fraction, an optional exponent (the form
# str(Decimal) writes for very large or small values). No spaces, separators, NaN or infinity.
_DECIMAL = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
_WHOLE = re.compile(r"[0-9]+")
# A formula-like text as it is stored, optionally behind apostrophes: it gets one more "'".
_NEEDS_GUARD = re.compile(r"'*[=+\-@\t\r]")
# A guarded cell as it is read: one leading "'" is removed.
_GUARDED = re.compile(r"'+[=+\-@\t\r]")

# ValidationError.field -> the CSV column it comes from.
_FIELD_COLUMN = {
    "unit": "mass_unit",
    "amount": "unit_price",
    "surface": "surfaces",
}


# ---------------------------------------------------------------------- problems


@dataclass(frozen=True)
class CsvProblem:
    """One thing wrong with a CSV file, located by physical line and column name.

    Attributes:
        path: The CSV file.
        line: The line the row starts on (the header is 1); 0 for the file as a whole.
        column: The column name, or "" when the problem is not in one column.
        message: What is wrong, in plain words.
    """

    path: Path
    line: int
    column: str
    message: str

    def __str__(self) -> str:
        """Render as ``path:line: column: message`` (line and column left out when unknown)."""
        where = f"{self.path}:{self.line}" if self.line > 0 else f"{self.path}"
        what = f"{self.column}: {self.message}" if self.column else self.message
        return f"{where}: {what}"


class CsvImportError(Exception):
    """A CSV file that cannot be imported; nothing was written.

    Attributes:
        problems: Every problem found, in file order (at most :data:`MAX_PROBLEMS` and a note).
    """

    def __init__(self, problems: list[CsvProblem]) -> None:
        """Carry ``problems`` (at least one)."""
        super().__init__("\n".join(str(problem) for problem in problems))
        self.problems = problems


class CsvExportError(Exception):
    """The database holds gear records that fail validation; no file was written.

    Attributes:
        records: The invalid records, as the database check reports them.
    """

    def __init__(self, records: list[BadRecord]) -> None:
        """Carry the invalid ``records``."""
        super().__init__("\n".join(str(record) for record in records))
        self.records = records


# ---------------------------------------------------------------------- formula guard


def _guard(text: str) -> str:
    """Return ``text`` with a leading "'" when a spreadsheet would read it as a formula."""
    return f"'{text}" if _NEEDS_GUARD.match(text) else text


def _unguard(text: str) -> str:
    """Undo :func:`_guard`: drop one leading "'" in front of a formula-like text."""
    return text[1:] if _GUARDED.match(text) else text


# ---------------------------------------------------------------------- reading


def read_gear_csv(path: Path, default_currency: str) -> list[GearItem]:
    """Read every gear item of the CSV file at ``path``.

    Args:
        path: The CSV file.
        default_currency: The currency of a price given without one (the database's).

    Returns:
        The items, in file order, each with a new id.

    Raises:
        CsvImportError: Anything is wrong: the file cannot be read, is too large, is not UTF-8
            text, has a bad header, or any row has a bad value. Every problem is listed.
    """
    path = Path(path)
    text = _read_text(path)
    return _GearReader(path, text, default_currency).read()


def _fail(path: Path, message: str, line: int = 0, column: str = "") -> CsvImportError:
    return CsvImportError([CsvProblem(path, line, column, message)])


def _read_text(path: Path) -> str:
    """Return the file's text, refusing what is too large, unreadable or not UTF-8."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise _fail(path, "no such file") from None
    except IsADirectoryError:
        raise _fail(path, "is a folder, not a CSV file") from None
    except OSError as exc:
        raise _fail(path, f"cannot read the file: {exc.strerror or exc}") from None
    if len(raw) > MAX_FILE_BYTES:
        limit = MAX_FILE_BYTES // (1024 * 1024)
        raise _fail(path, f"the file is larger than {limit} MB; split it into smaller files")
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        raise _fail(path, "the file is UTF-32 text; save it as CSV in UTF-8 and import again")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _fail(path, "the file is UTF-16 text; save it as CSV in UTF-8 and import again")
    bom = len(codecs.BOM_UTF8) if raw.startswith(codecs.BOM_UTF8) else 0
    try:
        text = raw[bom:].decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = bom + exc.start
        line = raw.count(b"\n", 0, offset) + 1
        raise _fail(
            path,
            f"not UTF-8 text (byte {offset} is not valid UTF-8; is it Latin-1, a "
            "spreadsheet or a binary file?): save it as CSV in UTF-8 and import again",
            line,
        ) from None
    if not text.strip():
        raise _fail(path, "the file is empty; a header row naming the columns is required")
    return text


class _GearReader:
    """Reads one decoded CSV text into gear items, collecting every problem."""

    def __init__(self, path: Path, text: str, default_currency: str) -> None:
        self.path = path
        self.text = text
        self.default_currency = default_currency
        self.problems: list[CsvProblem] = []

    def problem(self, line: int, column: str, message: str) -> None:
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

    def read(self) -> list[GearItem]:
        items: list[GearItem] = []
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
                item = self.read_row(line, row, columns)
                if item is not None:
                    items.append(item)
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
        return items

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
            elif name not in GEAR_COLUMNS:
                known = ", ".join(GEAR_COLUMNS)
                self.problem(line, cell.strip(), f"unknown column; the columns are {known}")
            elif name in seen:
                self.problem(
                    line, name, f"the column appears twice (columns {seen[name]} and {number})"
                )
            else:
                seen[name] = number
        for name in REQUIRED_COLUMNS:
            if name not in seen:
                self.problem(line, name, "required column is missing")
        return names

    # ------------------------------------------------------------------ rows
    def read_row(self, line: int, row: list[str], columns: list[str]) -> GearItem | None:
        """Return the item of one row, or None after recording its problems."""
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
        fields = _RowFields(self, line, cells)
        item = fields.build(self.default_currency)
        return item if len(self.problems) == before else None


class _Stop(Exception):
    """The rest of the file cannot be read; carries the problem that says why."""

    def __init__(self, problem: CsvProblem) -> None:
        super().__init__(str(problem))
        self.problem = problem


class _RowFields:
    """Reads the cells of one row, recording a problem for each bad column."""

    def __init__(self, reader: _GearReader, line: int, cells: Mapping[str, str]) -> None:
        self.reader = reader
        self.line = line
        self.cells = cells
        self.failed = False

    def cell(self, column: str) -> str:
        return self.cells.get(column, "")

    def attempt(self, column: str, read: Callable[[], T]) -> T | None:
        """Return ``read()``, or record its ValidationError against ``column`` and give None."""
        try:
            return read()
        except ValidationError as exc:
            self.failed = True
            found = _FIELD_COLUMN.get(exc.field, exc.field)
            if found not in GEAR_COLUMNS and column:
                found = column
            self.reader.problem(self.line, found, exc.message)
            return None

    def required(self, column: str) -> str:
        text = self.cell(column).strip()
        if not text:
            raise ValidationError(column, "is required")
        return text

    def decimal(self, column: str, text: str) -> str:
        if not _DECIMAL.fullmatch(text):
            raise ValidationError(column, f"'{text}' is not a decimal number such as 22.5")
        return text

    def build(self, default_currency: str) -> GearItem | None:
        kind = self.attempt("kind", lambda: parse_enum(GearKind, self.required("kind"), "kind"))
        name = self.attempt(
            "name", lambda: check_text(_unguard(self.cell("name")), "name", required=True)
        )
        brand = self.attempt(
            "brand", lambda: check_text(_unguard(self.cell("brand")), "brand", required=False)
        )
        notes = self.attempt(
            "notes",
            lambda: check_text(
                _unguard(self.cell("notes")), "notes", required=False, limit=MAX_NOTES
            ),
        )
        unit = self.attempt("mass_unit", lambda: self.mass_unit())
        mass = self.attempt("mass", lambda: self.mass(unit))
        quantity = self.attempt("quantity", self.quantity)
        price = self.attempt("unit_price", lambda: self.price(default_currency))
        status = self.attempt(
            "status",
            lambda: parse_enum(GearStatus, self.cell("status").strip() or "owned", "status"),
        )
        purchased_on = self.attempt(
            "purchased_on", lambda: parse_date(self.cell("purchased_on").strip(), "purchased_on")
        )
        surfaces = self.attempt("surfaces", lambda: parse_surfaces(self.cell("surfaces")))
        if self.failed:
            return None
        assert kind is not None and name is not None and mass is not None
        assert brand is not None and notes is not None and quantity is not None
        assert status is not None and surfaces is not None
        return self.attempt(
            "",
            lambda: GearItem(
                kind=kind,
                name=name,
                brand=brand,
                mass=mass,
                quantity=quantity,
                unit_price=price,
                status=status,
                purchased_on=purchased_on,
                surfaces=surfaces,
                notes=notes,
            ),
        )

    def mass_unit(self) -> MassUnit:
        try:
            return MassUnit.parse(self.required("mass_unit"))
        except ValidationError as exc:
            raise ValidationError("mass_unit", exc.message) from None

    def mass(self, unit: MassUnit | None) -> Mass | None:
        text = self.decimal("mass", self.required("mass"))
        if unit is None:
            Mass.of(text, MassUnit.KG)  # the number is still checked; the limit needs the unit
            return None
        return check_item_mass(Mass.of(text, unit))

    def quantity(self) -> int:
        text = self.cell("quantity").strip()
        if not text:
            return 1
        if not _WHOLE.fullmatch(text):
            raise ValidationError("quantity", f"'{text}' is not a whole number such as 2")
        if len(text) > len(str(MAX_QUANTITY)) or int(text) > MAX_QUANTITY:
            raise ValidationError("quantity", f"must be at most {MAX_QUANTITY}, got {text}")
        value = int(text)
        if value < 1:
            raise ValidationError("quantity", f"must be at least 1, got {value}")
        return value

    def price(self, default_currency: str) -> Money | None:
        code = self.cell("currency").strip()
        currency = self.attempt("currency", lambda: Money.zero(code).currency) if code else None
        amount = self.cell("unit_price").strip()
        if not amount:
            return None
        self.decimal("unit_price", amount)
        if code and currency is None:
            return None  # the currency problem is already recorded
        money = Money.of(amount, currency or default_currency)
        if money.is_negative:
            raise ValidationError("unit_price", f"must not be negative, got {money}")
        return money


# ---------------------------------------------------------------------- import


def import_gear_csv(service: GearService, path: Path) -> int:
    """Add every gear item of the CSV file at ``path`` to the inventory, or none of them.

    The whole file is read and checked first; only when no problem was found are the items
    added, in one write. A price without a currency takes the database's currency.

    Returns:
        The number of items added.

    Raises:
        CsvImportError: The file has problems (all listed); the database was not touched.
        DatabaseError: The database could not be written; it keeps its last saved state.
    """
    items = read_gear_csv(path, service.preferences().currency)
    service.add_many(items)
    return len(items)


# ---------------------------------------------------------------------- export


def _row(item: GearItem) -> list[str]:
    return [
        item.kind.value,
        _guard(item.name),
        _guard(item.brand),
        str(item.mass.value),
        item.mass.unit.value,
        str(item.quantity),
        str(item.unit_price.amount) if item.unit_price is not None else "",
        item.unit_price.currency if item.unit_price is not None else "",
        item.status.value,
        item.purchased_on.isoformat() if item.purchased_on is not None else "",
        format_surfaces(item.surfaces),
        _guard(item.notes),
    ]


def gear_csv_bytes(items: list[GearItem]) -> bytes:
    """Return the CSV file (UTF-8, no byte-order mark, CRLF line ends) holding ``items``."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator=_LINE_END)
    writer.writerow(GEAR_COLUMNS)
    writer.writerows(_row(item) for item in items)
    return buffer.getvalue().encode("utf-8")


def export_gear_csv(service: GearService, path: Path) -> int:
    """Write every gear item (all statuses) to the CSV file at ``path``, atomically.

    An existing file is replaced; readers see the old or the new file, never a mix.

    Returns:
        The number of items written.

    Raises:
        CsvExportError: Some stored gear records are invalid; nothing was written.
        OSError: The file could not be written; an existing file is unchanged.
    """
    bad = [record for record in service.problems() if record.table == "gear"]
    if bad:
        raise CsvExportError(bad)
    items = service.items()
    write_atomically(Path(path), gear_csv_bytes(items))
    return len(items)
