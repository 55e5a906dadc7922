"""Reading masses and amounts typed by a person: "35 lb", "16kg", "22,5", "$49.99"."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.units import Mass, MassUnit

_MASS = re.compile(r"^\s*(?P<number>[0-9]+(?:[.,][0-9]*)?|[.,][0-9]+)\s*(?P<unit>[A-Za-z]*)\s*$")
_AMOUNT = re.compile(r"^[^0-9.,-]*(?P<number>-?[0-9][0-9 ,.]*)[^0-9]*$")


def parse_mass(text: str, default_unit: MassUnit, field: str = "mass") -> Mass:
    """Read a mass such as "35 lb", "16kg" or "22,5" (then in ``default_unit``).

    A comma is read as the decimal mark. The number is kept exactly as typed.

    Raises:
        ValidationError: The text is not a number with an optional kg/lb unit (named ``field``).
    """
    if not text.strip():
        raise ValidationError(field, "is needed: type a number like 35 or 16 kg")
    match = _MASS.match(text)
    if not match:
        raise ValidationError(
            field, f"'{text.strip()}' is not a mass: type a number like 35 or 16 kg"
        )
    number = match.group("number").replace(",", ".")
    if number.startswith("."):
        number = "0" + number
    if number.endswith("."):
        number = number[:-1]
    unit_text = match.group("unit")
    try:
        unit = MassUnit.parse(unit_text) if unit_text else default_unit
    except ValidationError as exc:
        raise ValidationError(field, exc.message) from None
    try:
        return Mass.of(number, unit)
    except ValidationError as exc:
        raise ValidationError(field, exc.message) from None


def parse_amount(text: str, field: str = "unit_price") -> Decimal | None:
    """Read a money amount typed by a person; empty text means no amount.

    Currency signs and spaces are ignored; the last ``.`` or ``,`` followed by one or two digits
    is the decimal mark, other separators group thousands.

    Raises:
        ValidationError: Not an amount (named ``field``).
    """
    stripped = text.strip()
    if not stripped:
        return None
    match = _AMOUNT.match(stripped)
    if not match:
        raise ValidationError(field, f"'{stripped}' is not an amount: type a number like 49.99")
    number = match.group("number").replace(" ", "").rstrip(".,")
    decimal_mark = re.search(r"[.,](\d{1,2})$", number)
    if decimal_mark:
        whole = re.sub(r"[.,]", "", number[: decimal_mark.start()])
        number = f"{whole}.{decimal_mark.group(1)}"
    else:
        number = re.sub(r"[.,]", "", number)
    try:
        amount = Decimal(number)
    except InvalidOperation:
        raise ValidationError(field, f"'{stripped}' is not an amount") from None
    if not amount.is_finite():
        raise ValidationError(field, f"'{stripped}' is not an amount")
    return amount


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    r"""Write the control characters of ``text`` as visible escapes (``\x1b``, ``\u202e``).

    Messages quote what the user's files hold; a cell holding a terminal escape sequence or a
    bidirectional override must be shown, not obeyed. Line feeds and tabs are kept.
    """
    return _CONTROL.sub(lambda found: found.group().encode("unicode_escape").decode("ascii"), text)


#: Metres in one of each distance unit a user may type (exact by definition).
METRES_PER = {
    "m": Decimal(1),
    "km": Decimal(1000),
    "yd": Decimal("0.9144"),
    "ft": Decimal("0.3048"),
    "mi": Decimal("1609.344"),
}
_DISTANCE_WORDS = {
    "metre": "m",
    "metres": "m",
    "meter": "m",
    "meters": "m",
    "yard": "yd",
    "yards": "yd",
    "yds": "yd",
    "foot": "ft",
    "feet": "ft",
    "mile": "mi",
    "miles": "mi",
}
_DISTANCE = re.compile(r"\s*([0-9]+(?:[.,][0-9]+)?)\s*([a-zA-Z]*)\s*")


def distance_unit(mass_unit: MassUnit) -> str:
    """The distance unit that goes with a mass unit: yards with pounds, metres with kilograms."""
    return "yd" if mass_unit is MassUnit.LB else "m"


def parse_distance(text: str, default_unit: str, field: str = "distance_m") -> Decimal:
    """Read a distance such as "300", "300 m", "330 yd" or "0.2 mi" as exact metres.

    A number alone is in ``default_unit``. The result is checked as every stored distance is
    (above 0, at most 100 km).

    Raises:
        ValidationError: On ``field``, naming what was typed.
    """
    found = _DISTANCE.fullmatch(text)
    unit = (found.group(2).lower() if found else "") or default_unit
    unit = _DISTANCE_WORDS.get(unit, unit)
    if found is None or unit not in METRES_PER:
        raise ValidationError(
            field, f"'{text.strip()}' is not a distance: type a number like 300 or 330 yd"
        )
    value = Decimal(found.group(1).replace(",", "."))
    metres = value * METRES_PER[unit]
    from sledplanner.domain.sessions import check_distance  # session code: not at start-up

    # Plain digits, without trailing zeros or an exponent: 274.32, not 274.3200 or 3E+2.
    return check_distance(Decimal(format(metres.normalize(), "f")), field)


def distance_text(metres: Decimal, unit: str) -> str:
    """Write metres in ``unit`` for a field: exact when it is, else to two decimals."""
    value = metres / METRES_PER[unit]
    rounded = value.quantize(Decimal("0.01"))
    shown = value if value == rounded else rounded
    text = f"{shown:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
