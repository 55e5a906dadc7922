"""Gear CSV import and export at the service level: format, problems, round trip, atomicity."""

from __future__ import annotations

import csv
import io
import json
import random
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sledplanner.domain.gear import MIN_ITEM_KG, GearItem, GearKind, GearStatus
from sledplanner.domain.money import Money
from sledplanner.domain.preferences import Preferences
from sledplanner.domain.surfaces import SURFACE_KEYS
from sledplanner.domain.units import Mass
from sledplanner.services import gear_csv
from sledplanner.services.gear import GearService
from sledplanner.services.gear_csv import (
    GEAR_COLUMNS,
    MAX_PROBLEMS,
    CsvExportError,
    CsvImportError,
    CsvProblem,
    export_gear_csv,
    import_gear_csv,
    read_gear_csv,
)
from sledplanner.services.workspace import open_workspace

HEADER = ",".join(GEAR_COLUMNS)
GOOD_ROW = "plate,Bumper,Rogue,20,kg,2,89.00,USD,owned,2024-03-01,,"


@pytest.fixture
def service(db_path: Path) -> Iterator[GearService]:
    workspace = open_workspace(db_path, create=True)
    yield GearService(workspace)
    workspace.close()


def write_csv(folder: Path, text: str, name: str = "gear.csv") -> Path:
    path = folder / name
    path.write_bytes(text.encode("utf-8"))
    return path


def problems_of(path: Path, currency: str = "USD") -> list[CsvProblem]:
    with pytest.raises(CsvImportError) as caught:
        read_gear_csv(path, currency)
    assert caught.value.problems, "an import error always names at least one problem"
    return caught.value.problems


def where(problems: list[CsvProblem]) -> list[tuple[int, str]]:
    return [(problem.line, problem.column) for problem in problems]


def without_id(item: GearItem) -> dict[str, Any]:
    record = item.to_dict()
    del record["id"]
    return record


# ------------------------------------------------------------------ export


def test_export_writes_every_item_in_column_order_with_exact_numbers(
    service: GearService, tmp_path: Path
) -> None:
    service.add_many(
        [
            GearItem(
                kind=GearKind.SLED,
                name="Prowler",
                brand="Rogue",
                mass=Mass.of("35", "lb"),
                unit_price=Money.of("199.90", "usd"),
                purchased_on=date(2024, 5, 17),
                surfaces=frozenset({"turf", "grass"}),
                notes='says "heavy", really\nsecond line',
            ),
            GearItem(
                kind=GearKind.KETTLEBELL,
                name="Bell",
                mass=Mass.of("22.50", "kg"),
                quantity=3,
                status=GearStatus.WISHLIST,
            ),
            GearItem(
                kind=GearKind.HARNESS, name="Old belt", mass=Mass.of("1", "kg"), status="retired"
            ),
        ]
    )
    out = tmp_path / "gear.csv"
    assert export_gear_csv(service, out) == 3
    assert out.read_bytes() == (
        b"kind,name,brand,mass,mass_unit,quantity,unit_price,currency,status,purchased_on,"
        b"surfaces,notes\r\n"
        b'sled,Prowler,Rogue,35,lb,1,199.90,USD,owned,2024-05-17,grass;turf,"says ""heavy"", '
        b'really\nsecond line"\r\n'
        b"kettlebell,Bell,,22.50,kg,3,,,wishlist,,,\r\n"
        b"harness,Old belt,,1,kg,1,,,retired,,,\r\n"
    )


def test_export_of_an_empty_inventory_is_the_header_alone(
    service: GearService, tmp_path: Path
) -> None:
    out = tmp_path / "gear.csv"
    assert export_gear_csv(service, out) == 0
    assert out.read_bytes() == HEADER.encode() + b"\r\n"
    assert read_gear_csv(out, "USD") == []


def test_export_replaces_an_existing_file_and_leaves_no_temporary_file(
    service: GearService, tmp_path: Path
) -> None:
    service.add(GearItem(kind="plate", name="Disc", mass=Mass.of("10", "kg")))
    out = tmp_path / "gear.csv"
    out.write_bytes(b"old content that is longer than the new file " * 100)
    assert export_gear_csv(service, out) == 1
    assert out.read_bytes().startswith(b"kind,name,")
    assert b"old content" not in out.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gear.csv", "training.json"]


def test_export_into_a_missing_folder_raises_and_writes_nothing(
    service: GearService, tmp_path: Path
) -> None:
    out = tmp_path / "no" / "such" / "folder" / "gear.csv"
    with pytest.raises(OSError):
        export_gear_csv(service, out)
    assert not (tmp_path / "no").exists()


def test_export_refuses_a_database_with_invalid_gear_records(db_path: Path, tmp_path: Path) -> None:
    workspace = open_workspace(db_path, create=True)
    GearService(workspace).add(GearItem(kind="plate", name="Good", mass=Mass.of("5", "kg")))
    workspace.close()
    tables = json.loads(db_path.read_text("utf-8"))
    tables["gear"]["2"] = {**tables["gear"]["1"], "id": "x2", "name": "", "kind": "plate"}
    db_path.write_text(json.dumps(tables), "utf-8")
    workspace = open_workspace(db_path, read_only=True)
    out = tmp_path / "gear.csv"
    try:
        with pytest.raises(CsvExportError) as caught:
            export_gear_csv(GearService(workspace), out)
    finally:
        workspace.close()
    assert [str(record) for record in caught.value.records] == [
        "gear record 2: name: must not be empty"
    ]
    assert not out.exists()


@pytest.mark.parametrize(
    ("stored", "written"),
    [
        ("=1+2", "'=1+2"),
        ("+44 plate", "'+44 plate"),
        ("-5 kg disc", "'-5 kg disc"),
        ("@home", "'@home"),
        ("'=already quoted", "''=already quoted"),
        ("''-two", "'''-two"),
        ("'plain apostrophe", "'plain apostrophe"),
        ("a=b", "a=b"),
        ("tab\tinside", "tab\tinside"),
    ],
)
def test_formula_like_text_is_guarded_on_export_and_restored_on_import(
    service: GearService, tmp_path: Path, stored: str, written: str
) -> None:
    item = GearItem(kind="other", name=stored, brand=stored, notes=stored, mass=Mass.of("1", "kg"))
    service.add(item)
    out = tmp_path / "gear.csv"
    export_gear_csv(service, out)
    (row,) = list(csv.DictReader(io.StringIO(out.read_text("utf-8"), newline="")))
    assert (row["name"], row["brand"], row["notes"]) == (written, written, written)
    (back,) = read_gear_csv(out, "USD")
    assert (back.name, back.brand, back.notes) == (stored, stored, stored)


def test_a_guard_apostrophe_typed_by_hand_is_removed_only_before_a_formula_sign(
    tmp_path: Path,
) -> None:
    path = write_csv(
        tmp_path,
        "kind,name,mass,mass_unit,notes\nother,'=A1,1,kg,'-minus\nother,'quoted,1,kg,''@at\n",
    )
    first, second = read_gear_csv(path, "USD")
    assert (first.name, first.notes) == ("=A1", "-minus")
    assert (second.name, second.notes) == ("'quoted", "'@at")


# ------------------------------------------------------------------ round trip

texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)),
    max_size=40,
)
formula_starts = st.sampled_from(["", "=", "+", "-", "@", "'", "'=", "''+", "\t", "\r", " '-"])
tricky = st.sampled_from(['"', ",", "\n", "\r\n", "\r", '","', "é", "😀", ";", "'"])


@st.composite
def tricky_text(draw: st.DrawFn, limit: int, required: bool) -> str:
    parts = [draw(formula_starts)]
    for _ in range(draw(st.integers(0, 4))):
        parts.append(draw(st.one_of(texts, tricky)))
    text = "".join(parts).strip()[:limit].strip()
    if required and not text:
        text = draw(st.sampled_from(["x", "=x", "Bell, 24 kg", '"A"']))
    return text


def decimal_text(draw: st.DrawFn, low: int, high: int) -> str:
    places = draw(st.integers(0, 3))
    value = draw(st.decimals(min_value=low, max_value=high, places=places))
    return str(value)


@st.composite
def gear_items(draw: st.DrawFn) -> GearItem:
    kind = draw(st.sampled_from(GearKind))
    unit = draw(st.sampled_from(["kg", "lb"]))
    mass = "0"
    while Mass.of(mass, unit).kg < MIN_ITEM_KG:  # a gear item weighs at least 1 g
        mass = decimal_text(draw, 0, 500 if unit == "kg" else 1102)
    price = None
    if draw(st.booleans()):
        amount = decimal_text(draw, 0, 100_000)
        price = Money.of(amount, draw(st.sampled_from(["USD", "EUR", "GBP", "JPY"])))
    surfaces: frozenset[str] = frozenset()
    if kind is GearKind.SLED:
        surfaces = frozenset(draw(st.lists(st.sampled_from(SURFACE_KEYS), unique=True)))
    return GearItem(
        kind=kind,
        name=draw(tricky_text(200, True)),
        brand=draw(tricky_text(200, False)),
        mass=Mass.of(mass, unit),
        quantity=draw(st.integers(1, 10_000)),
        unit_price=price,
        status=draw(st.sampled_from(GearStatus)),
        purchased_on=draw(st.none() | st.dates(date(1950, 1, 1), date(2100, 12, 31))),
        surfaces=surfaces,
        notes=draw(tricky_text(10_000, False)),
    )


@settings(max_examples=60)
@given(items=st.lists(gear_items(), max_size=6), currency=st.sampled_from(["USD", "NOK"]))
def test_export_then_import_into_a_fresh_database_gives_back_every_field(
    items: list[GearItem], currency: str
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source = open_workspace(Path(folder, "source.json"), create=True)
        GearService(source).add_many(items)
        out = Path(folder, "gear.csv")
        assert export_gear_csv(GearService(source), out) == len(items)
        source.close()

        target = open_workspace(Path(folder, "target.json"), create=True)
        service = GearService(target)
        service.set_preferences(Preferences(currency=currency))
        assert import_gear_csv(service, out) == len(items)
        back = service.items()
        target.close()
    assert [without_id(item) for item in back] == [without_id(item) for item in items]
    assert {item.id for item in back}.isdisjoint({item.id for item in items})


# ------------------------------------------------------------------ reading: what is accepted


def test_columns_in_any_order_and_optional_columns_left_out_take_their_defaults(
    tmp_path: Path,
) -> None:
    path = write_csv(
        tmp_path,
        "Mass_Unit , NAME,mass,kind\nlb,Prowler,35,sled\nkg,Bell,22.50,KETTLEBELL\n",
    )
    sled, bell = read_gear_csv(path, "EUR")
    assert sled.kind is GearKind.SLED and sled.name == "Prowler"
    assert str(sled.mass) == "35 lb" and str(bell.mass) == "22.50 kg"
    for item in (sled, bell):
        assert item.brand == "" and item.quantity == 1 and item.unit_price is None
        assert item.status is GearStatus.OWNED and item.purchased_on is None
        assert item.surfaces == frozenset() and item.notes == ""


def test_empty_optional_cells_take_the_defaults(tmp_path: Path) -> None:
    path = write_csv(tmp_path, f"{HEADER}\nplate,Disc,,5,kg,,,,,,,\n")
    (item,) = read_gear_csv(path, "USD")
    assert (item.quantity, item.unit_price, item.status) == (1, None, GearStatus.OWNED)


def test_a_price_without_currency_takes_the_database_currency(
    service: GearService, tmp_path: Path
) -> None:
    service.set_preferences(Preferences(currency="EUR"))
    path = write_csv(
        tmp_path,
        "kind,name,mass,mass_unit,unit_price,currency\nplate,A,5,kg,12.50,\nplate,B,5,kg,3,gbp\n",
    )
    assert import_gear_csv(service, path) == 2
    a, b = service.items()
    assert a.unit_price is not None and str(a.unit_price) == "12.50 EUR"
    assert b.unit_price is not None and str(b.unit_price) == "3 GBP"


def test_utf8_with_a_bom_crlf_and_a_multi_line_note(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes(
        "\ufeffkind,name,mass,mass_unit,notes\r\n"
        'sled,Schlitten Müller,40,kg,"Zeile 1\r\nZeile 2, mit Komma"\r\n'.encode()
    )
    (item,) = read_gear_csv(path, "EUR")
    assert item.name == "Schlitten Müller"
    assert item.notes == "Zeile 1\r\nZeile 2, mit Komma"


def test_blank_lines_and_rows_of_empty_cells_are_skipped(tmp_path: Path) -> None:
    path = write_csv(tmp_path, f"\n{HEADER}\n\n{GOOD_ROW}\n,,,,,,,,,,,\n\n{GOOD_ROW}\n")
    assert len(read_gear_csv(path, "USD")) == 2


def test_a_header_alone_gives_no_items_and_import_writes_nothing(
    service: GearService, db_path: Path, tmp_path: Path
) -> None:
    before = db_path.read_bytes()
    assert import_gear_csv(service, write_csv(tmp_path, HEADER + "\n")) == 0
    assert db_path.read_bytes() == before


# ------------------------------------------------------------------ header problems


def test_an_unknown_column_is_named(tmp_path: Path) -> None:
    path = write_csv(tmp_path, f"{HEADER},Weight\n{GOOD_ROW},3\n")
    (problem,) = problems_of(path)
    assert (problem.line, problem.column) == (1, "Weight")
    assert "unknown column" in problem.message and "purchased_on" in problem.message
    assert str(problem) == f"{path}:1: Weight: {problem.message}"


def test_a_duplicate_column_is_an_error_even_in_another_case(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "kind,name,mass,mass_unit,Name\nplate,A,5,kg,B\n")
    (problem,) = problems_of(path)
    assert (problem.line, problem.column) == (1, "name")
    assert "twice" in problem.message and "2 and 5" in problem.message


@pytest.mark.parametrize("missing", ["kind", "name", "mass", "mass_unit"])
def test_a_missing_required_column_is_named(tmp_path: Path, missing: str) -> None:
    columns = [c for c in GEAR_COLUMNS if c != missing]
    path = write_csv(tmp_path, ",".join(columns) + "\n")
    (problem,) = problems_of(path)
    assert (problem.line, problem.column, problem.message) == (
        1,
        missing,
        "required column is missing",
    )


def test_every_header_problem_is_listed_and_rows_are_not_read(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "kind,colour,kind,,size\nsledd,red,x,y,z\n")
    assert where(problems_of(path)) == [
        (1, "colour"),
        (1, "kind"),
        (1, ""),
        (1, "size"),
        (1, "name"),
        (1, "mass"),
        (1, "mass_unit"),
    ]


def test_a_semicolon_separated_file_gets_a_hint(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "kind;name;mass;mass_unit\nplate;A;5;kg\n")
    (problem,) = problems_of(path)
    assert problem.line == 1 and "commas" in problem.message


# ------------------------------------------------------------------ value problems


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("kind", "sledd", "'sledd' is not one of sled | kettlebell"),
        ("kind", "", "is required"),
        ("name", "", "must not be empty"),
        ("name", "   ", "must not be empty"),
        ("name", "x" * 201, "at most 200"),
        ("mass", "", "is required"),
        ("mass", "0", "must be more than zero"),
        ("mass", "-3", "cannot be negative"),
        ("mass", "500.001", "over the 500 kg"),
        ("mass", "22,5", "'22,5' is not a decimal number"),
        ("mass", "NaN", "not a decimal number"),
        ("mass", "1_000", "not a decimal number"),
        ("mass_unit", "stone", "unknown mass unit 'stone'"),
        ("mass_unit", "", "is required"),
        ("quantity", "0", "must be at least 1, got 0"),
        ("quantity", "-2", "not a whole number"),
        ("quantity", "2.5", "not a whole number"),
        ("quantity", "10001", "at most 10000"),
        ("quantity", "9" * 5000, "at most 10000"),
        ("unit_price", "-0.01", "must not be negative"),
        ("unit_price", "$12", "not a decimal number"),
        ("currency", "EURO", "three-letter currency code"),
        ("status", "sold", "'sold' is not one of owned | wishlist | retired"),
        ("purchased_on", "2024-02-30", "not a date written YYYY-MM-DD"),
        ("purchased_on", "17/05/2024", "not a date written YYYY-MM-DD"),
        ("surfaces", "grass;ice", "unknown surface 'ice'"),
        ("notes", "n" * 10_001, "at most 10000"),
    ],
)
def test_a_bad_value_is_reported_with_line_and_column(
    tmp_path: Path, column: str, value: str, message: str
) -> None:
    cells = dict(zip(GEAR_COLUMNS, GOOD_ROW.split(","), strict=True))
    cells["kind"] = "sled"
    cells[column] = value
    row = io.StringIO()
    csv.writer(row, lineterminator="\n").writerow(cells.values())
    path = write_csv(tmp_path, f"{HEADER}\n{GOOD_ROW}\n{row.getvalue()}")
    (problem,) = problems_of(path)
    assert (problem.line, problem.column) == (3, column)
    assert message in problem.message


def test_a_mass_over_500_kg_in_pounds_names_the_pound_limit(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "kind,name,mass,mass_unit\nplate,Big,1102,lb\nplate,Huge,1103,lb\n")
    (problem,) = problems_of(path)
    assert (problem.line, problem.column) == (3, "mass")
    assert "1103 lb is over the 500 kg (1102 lb) limit" in problem.message


def test_surfaces_on_anything_but_a_sled_are_refused(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "kind,name,mass,mass_unit,surfaces\nplate,A,5,kg,grass\n")
    (problem,) = problems_of(path)
    assert (problem.line, problem.column, problem.message) == (
        2,
        "surfaces",
        "only a sled has surfaces",
    )


def test_every_problem_of_every_row_is_listed_in_file_order(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path,
        f"{HEADER}\n"
        f"{GOOD_ROW}\n"
        "sledd,,Rogue,0,kg,0,-1,USD,own,2024-13-01,ice,\n"
        f"{GOOD_ROW}\n"
        "\n"
        "plate,X,,5,stone,1,,EURO,owned,,,\n"
        "plate,Y,,5,kg,1\n",
    )
    problems = problems_of(path)
    assert where(problems) == [
        (3, "kind"),
        (3, "name"),
        (3, "mass"),
        (3, "quantity"),
        (3, "unit_price"),
        (3, "status"),
        (3, "purchased_on"),
        (3, "surfaces"),
        (6, "mass_unit"),
        (6, "currency"),
        (7, ""),
    ]
    assert "6 cells but the header has 12 columns" in problems[-1].message
    assert str(problems[0]).startswith(f"{path}:3: kind: 'sledd'")


def test_multi_line_quoted_cells_shift_the_line_numbers(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path,
        "kind,name,mass,mass_unit,notes\n"
        'plate,A,5,kg,"line one\nline two\r\nline three"\n'
        "plate,B,0,kg,\n"
        '"plate","C\nstill C",5,kg,"x\n\ny"\n'
        "plate,D,5,lbs,ok\n"
        "plate,,5,kg,ok\n",
    )
    assert where(problems_of(path)) == [(5, "mass"), (11, "name")]


def test_a_row_with_too_many_cells_hints_at_quoting(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "kind,name,mass,mass_unit\nplate,Bumper, 20 kg,20,kg\n")
    (problem,) = problems_of(path)
    assert (problem.line, problem.column) == (2, "")
    assert "5 cells but the header has 4" in problem.message and "double quotes" in problem.message


def test_an_unclosed_quote_is_reported_where_its_row_starts(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path,
        'kind,name,mass,mass_unit\nplate,B,0,kg\nplate,"A,5,kg\nplate,C,5,kg\n',
    )
    problems = problems_of(path)
    assert where(problems) == [(2, "mass"), (3, "")]
    assert "never closed" in problems[-1].message


def test_a_stray_character_after_a_closing_quote_is_an_error(tmp_path: Path) -> None:
    path = write_csv(tmp_path, 'kind,name,mass,mass_unit\nplate,"A"B,5,kg\n')
    (problem,) = problems_of(path)
    assert problem.line == 2 and "not valid CSV" in problem.message


def test_collecting_stops_after_the_problem_limit(tmp_path: Path) -> None:
    rows = "".join(f"plate,Row {n},0,kg\n" for n in range(MAX_PROBLEMS + 200))
    path = write_csv(tmp_path, "kind,name,mass,mass_unit\n" + rows)
    problems = problems_of(path)
    assert len(problems) == MAX_PROBLEMS + 1
    assert [p.line for p in problems[:MAX_PROBLEMS]] == list(range(2, MAX_PROBLEMS + 2))
    assert f"stopped after {MAX_PROBLEMS} problems" in problems[-1].message


# ------------------------------------------------------------------ files that are not UTF-8 CSV


def test_a_missing_file_is_an_import_error_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "nope.csv"
    (problem,) = problems_of(path)
    assert problem.line == 0 and str(problem) == f"{path}: no such file"


def test_a_folder_is_an_import_error(tmp_path: Path) -> None:
    (problem,) = problems_of(tmp_path)
    assert str(problem) == f"{tmp_path}: is a folder, not a CSV file"


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"\n \r\n", b",,\r\n ,\n"])
def test_an_empty_file_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    (problem,) = problems_of(path)
    assert "empty" in problem.message and "header" in problem.message


def test_a_file_over_the_size_limit_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(gear_csv, "MAX_FILE_BYTES", 200)
    path = write_csv(tmp_path, f"{HEADER}\n" + f"{GOOD_ROW}\n" * 4)
    assert path.stat().st_size > 200
    (problem,) = problems_of(path)
    assert problem.line == 0 and "larger than" in problem.message


@pytest.mark.parametrize(
    ("encoding", "named"),
    [("utf-16", "UTF-16"), ("utf-16-le", "UTF-16"), ("utf-16-be", "UTF-16"), ("utf-32", "UTF-32")],
)
def test_utf16_and_utf32_files_are_refused_clearly(
    tmp_path: Path, encoding: str, named: str
) -> None:
    path = tmp_path / "wide.csv"
    path.write_bytes(f"{HEADER}\n{GOOD_ROW}\n".encode(encoding))
    (problem,) = problems_of(path)
    assert str(problem).startswith(str(path))
    assert named in problem.message and "save it as CSV in UTF-8" in problem.message


def test_a_latin1_file_is_refused_with_the_line_of_the_first_bad_byte(tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes(f"{HEADER}\n{GOOD_ROW}\nsled,Müller,,40,kg,,,,,,,\n".encode("latin-1"))
    (problem,) = problems_of(path)
    assert problem.line == 3 and "not UTF-8" in problem.message


def test_the_bad_byte_is_counted_from_the_start_of_the_file_with_a_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbfkind,name\nab\n\xff")
    (problem,) = problems_of(path)
    assert problem.line == 3 and "byte 16 " in problem.message


def test_random_bytes_are_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "noise.csv"
    path.write_bytes(random.Random(7).randbytes(4096))
    (problem,) = problems_of(path)
    assert str(problem).startswith(f"{path}:") and "not UTF-8" in problem.message


@settings(max_examples=200)
@given(content=st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_any_bytes_give_items_or_an_import_error_never_a_crash(content: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "any.csv")
        path.write_bytes(content)
        try:
            items = read_gear_csv(path, "USD")
        except CsvImportError as exc:
            assert exc.problems
            assert all(str(problem).startswith(str(path)) for problem in exc.problems)
        else:
            assert all(isinstance(item, GearItem) for item in items)


# ------------------------------------------------------------------ all or nothing


def test_one_bad_row_means_nothing_is_imported_and_the_file_is_unchanged(
    service: GearService, db_path: Path, tmp_path: Path
) -> None:
    service.add(GearItem(kind="sled", name="Mine", mass=Mass.of("30", "lb")))
    before = db_path.read_bytes()
    path = write_csv(
        tmp_path,
        f"{HEADER}\n{GOOD_ROW}\n{GOOD_ROW}\nplate,Bad,,20,kg,2,89,USD,owned,2024-02-31,,\n",
    )
    with pytest.raises(CsvImportError) as caught:
        import_gear_csv(service, path)
    assert where(caught.value.problems) == [(4, "purchased_on")]
    assert db_path.read_bytes() == before
    assert [item.name for item in service.items()] == ["Mine"]


def test_a_good_file_is_added_in_one_write_after_the_existing_items(
    service: GearService, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    service.add(GearItem(kind="sled", name="Mine", mass=Mass.of("30", "lb")))
    path = write_csv(tmp_path, f"{HEADER}\n{GOOD_ROW}\n" + GOOD_ROW.replace("Bumper", "Iron"))
    calls: list[int] = []
    real_add_many = service.add_many

    def counting_add_many(items: Any) -> None:
        batch = list(items)
        calls.append(len(batch))
        real_add_many(batch)

    monkeypatch.setattr(service, "add_many", counting_add_many)
    assert import_gear_csv(service, path) == 2
    assert calls == [2]
    assert [item.name for item in service.items()] == ["Mine", "Bumper", "Iron"]
    stored = json.loads(db_path.read_text("utf-8"))["gear"]
    assert [record["mass"] for record in stored.values()][1] == {"value": "20", "unit": "kg"}
    assert [record["unit_price"] for record in stored.values()][1] == {
        "amount": "89.00",
        "currency": "USD",
    }
