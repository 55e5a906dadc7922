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

from collections.abc import Mapping
from pathlib import Path

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
from sledplanner.services.csv_common import (
    FORMULA_STARTS,
    MAX_PROBLEMS,
    WHOLE,
    CsvExportError,
    CsvImportError,
    CsvProblem,
    CsvReader,
    RowFields,
    csv_bytes,
    read_text,
)
from sledplanner.services.csv_common import guard as _guard
from sledplanner.services.csv_common import unguard as _unguard
from sledplanner.services.gear import GearService
from sledplanner.services.logs import INFO, log
from sledplanner.storage.atomic import write_atomically

__all__ = [
    "FORMULA_STARTS",
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

# ValidationError.field -> the CSV column it comes from.
_FIELD_COLUMN = {
    "unit": "mass_unit",
    "amount": "unit_price",
    "surface": "surfaces",
}


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
    text = read_text(path, MAX_FILE_BYTES)
    return _GearReader(path, text, default_currency).read()


class _GearReader(CsvReader[GearItem]):
    """Reads one decoded CSV text into gear items, collecting every problem."""

    columns = GEAR_COLUMNS
    required = REQUIRED_COLUMNS

    def __init__(self, path: Path, text: str, default_currency: str) -> None:
        super().__init__(path, text)
        self.default_currency = default_currency

    def build(self, line: int, cells: Mapping[str, str]) -> GearItem | None:
        return _GearRow(self, line, cells, _FIELD_COLUMN).build(self.default_currency)


class _GearRow(RowFields):
    """Reads the cells of one gear row, recording a problem for each bad column."""

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
        if not WHOLE.fullmatch(text):
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
    log(__name__, INFO, "imported %d gear items from %s", len(items), path)
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
    return csv_bytes(GEAR_COLUMNS, (_row(item) for item in items))


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
