"""Hostile input: every editable field, every stored record and both CSV imports, fuzzed.

The promise (issue 6, "Hostile input"): whatever a person types, a hand-edited file holds or a
CSV file brings, the result is a valid object or a clear error naming the field (and, for a CSV
file, the line); never another exception, and an import that fails leaves the database unchanged.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import tempfile
from collections.abc import Callable, Iterator
from datetime import date, time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.gear import GearItem
from sledplanner.domain.money import Money
from sledplanner.domain.parsing import parse_amount, parse_mass
from sledplanner.domain.preferences import Preferences
from sledplanner.domain.programme import Programme
from sledplanner.domain.sessions import Session, SessionLog
from sledplanner.domain.subscriptions import Subscription
from sledplanner.domain.units import Mass, MassUnit
from sledplanner.services.gear import GearService
from sledplanner.services.gear_csv import GEAR_COLUMNS, import_gear_csv
from sledplanner.services.schedule import ScheduleService
from sledplanner.services.sessions_csv import SESSION_COLUMNS, CsvImportError, import_sessions_csv
from sledplanner.services.workspace import open_workspace

# ------------------------------------------------------------------ hostile values

#: Texts that look like numbers to some reader but are not usable ones.
NUMBER_LIKE = [
    "NaN",
    "nan",
    "-nan",
    "sNaN",
    "inf",
    "-inf",
    "Infinity",
    "-Infinity",
    "1e999999999",
    "1E-999999999",
    "1e999999999999999999999",
    "-0",
    "0",
    "-1",
    "9" * 400,
    "0." + "0" * 400 + "1",
    "1_000",
    "0x10",
    "١٢",  # Arabic-Indic digits
    "½",
    "1,5",
    "1.5.5",
    "",
    " ",
    "\x00",
    "\u202e12",
    "=1+1",
]

CONTROL_TEXT = st.text(
    alphabet=st.characters(categories=["Cc", "Cf", "Zl", "Zp"]), min_size=1, max_size=20
)
LONG_TEXT = st.integers(190, 12_000).map(lambda n: "ẞ" * n)
HUGE_INTS = st.integers(min_value=-(10**400), max_value=10**400) | st.sampled_from(
    [2**63, -(2**63), 10**30, -1, 0, 2**31]
)

#: Anything a caller or a hand-edited file might hand over.
HOSTILE = st.one_of(
    st.none(),
    st.booleans(),
    HUGE_INTS,
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.sampled_from(NUMBER_LIKE),
    st.text(max_size=30),
    CONTROL_TEXT,
    LONG_TEXT,
    st.dates(),
    st.datetimes(),
    st.times(),
    st.lists(st.integers(-3, 10) | st.text(max_size=5), max_size=4),
    st.dictionaries(st.text(max_size=6), st.text(max_size=6) | st.integers(), max_size=3),
    st.binary(max_size=8),
    st.just(Mass.of("20", "kg")),
    st.just(Mass.of("5000", "kg")),
    st.just(Money.of("5", "USD")),
    st.just(Money.of("-5", "EUR")),
    st.just(frozenset({"grass", 3})),
    st.just(object()),
)

#: What a JSON file can hold (json.loads also accepts NaN and Infinity).
JSONISH = st.recursive(
    st.none()
    | st.booleans()
    | HUGE_INTS
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.sampled_from(NUMBER_LIKE)
    | st.text(max_size=20)
    | CONTROL_TEXT
    | LONG_TEXT,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)


def outcome(build: Callable[[], Any]) -> Any:
    """Run ``build``: a ValidationError must name a field; any other exception fails the test."""
    try:
        return build()
    except ValidationError as exc:
        assert isinstance(exc.field, str) and exc.field.strip(), f"no field named: {exc!r}"
        assert isinstance(exc.message, str) and exc.message.strip()
        return None


def assert_storable(record: Any, read: Callable[[dict[str, Any]], Any]) -> None:
    """A built object is valid: its stored form is strict JSON and reads back the same."""
    stored = record.to_dict()
    text = json.dumps(stored, allow_nan=False)
    again = read(json.loads(text))
    assert again.to_dict() == stored


# ------------------------------------------------------------------ valid starting points

GEAR_BASE: dict[str, Any] = {
    "kind": "sled",
    "name": "Prowler",
    "mass": Mass.of("35", "lb"),
    "quantity": 1,
    "brand": "Rogue",
    "unit_price": Money.of("299.00", "USD"),
    "status": "owned",
    "purchased_on": date(2024, 3, 1),
    "surfaces": frozenset({"grass"}),
    "max_load": Mass.of("200", "kg"),
    "notes": "",
    "id": "g1",
}
LOG_BASE: dict[str, Any] = {
    "minutes": 10,
    "load": Mass.of("20", "kg"),
    "distance_m": Decimal("150"),
    "surface": "turf",
    "rpe": 7,
    "pain_during": 1,
    "pain_next_morning": 0,
}
SESSION_BASE: dict[str, Any] = {
    "day": date(2026, 5, 4),
    "activity": "backward_drag",
    "planned_minutes": 10,
    "planned_load": Mass.of("45", "lb"),
    "planned_distance_m": Decimal("100"),
    "surface": "grass",
    "sled_id": "g1",
    "status": "done",
    "start_time": time(7, 30),
    "log": SessionLog(minutes=10),
    "notes": "ok",
    "programme_id": None,
    "original_date": None,
    "id": "s1",
}
SUBSCRIPTION_BASE: dict[str, Any] = {
    "name": "Coaching",
    "monthly_price": Money.of("49.00", "USD"),
    "start": date(2025, 1, 15),
    "first_month_discount": Money.of("10", "USD"),
    "end": date(2026, 1, 15),
    "notes": "",
    "id": "c1",
}
PROGRAMME_BASE: dict[str, Any] = {
    "id": "p1",
    "name": "Knees",
    "template": "progressive",
    "start": date(2026, 5, 4),
    "weekdays": (0, 2, 4),
    "weeks": 6,
    "minutes": 10,
    "start_load": Mass.of("20", "kg"),
    "step": Mass.of("2.5", "kg"),
    "step_percent_body_mass": None,
    "body_mass": Mass.of("80", "kg"),
    "weekly_cap_percent": Decimal(10),
    "surface": "turf",
    "sled_id": "g1",
    "snap_to_gear": False,
    "activity": "backward_drag",
}
PREFERENCES_BASE: dict[str, Any] = {
    "display_unit": MassUnit.LB,
    "currency": "NOK",
    "body_mass": Mass.of("80", "kg"),
    "first_weekday": 6,
    "default_surface": "grass",
    "default_sled_id": "g1",
}


def preferences_from_dict(data: dict[str, Any]) -> Preferences:
    return Preferences.from_dict(data)


# (class, valid keyword arguments, how a stored record is read back)
CASES: dict[str, tuple[Callable[..., Any], dict[str, Any], Callable[[dict[str, Any]], Any]]] = {
    "gear": (GearItem, GEAR_BASE, GearItem.from_dict),
    "session": (Session, SESSION_BASE, Session.from_dict),
    "subscription": (Subscription, SUBSCRIPTION_BASE, Subscription.from_dict),
    "programme": (Programme, PROGRAMME_BASE, Programme.from_dict),
    "preferences": (Preferences, PREFERENCES_BASE, preferences_from_dict),
}


def test_the_starting_points_are_valid() -> None:
    for make, base, read in CASES.values():
        assert_storable(make(**base), read)
    SessionLog(**LOG_BASE)


# ------------------------------------------------------------------ every field, as typed


@pytest.mark.parametrize("case", sorted(CASES))
@settings(max_examples=150)
@given(data=st.data())
def test_any_field_value_gives_a_valid_object_or_an_error_naming_a_field(
    case: str, data: st.DataObject
) -> None:
    make, base, read = CASES[case]
    changes = data.draw(st.dictionaries(st.sampled_from(sorted(base)), HOSTILE, max_size=3))
    built = outcome(lambda: make(**{**base, **changes}))
    if built is not None:
        assert_storable(built, read)


@settings(max_examples=150)
@given(changes=st.dictionaries(st.sampled_from(sorted(LOG_BASE)), HOSTILE, max_size=3))
def test_any_session_log_value_gives_a_log_or_an_error_naming_a_field(
    changes: dict[str, Any],
) -> None:
    log = outcome(lambda: SessionLog(**{**LOG_BASE, **changes}))
    if log is not None:
        session = Session(day=date(2026, 5, 4), status="done", log=log, id="s")
        assert_storable(session, Session.from_dict)


@settings(max_examples=300)
@given(
    text=st.one_of(
        st.sampled_from(NUMBER_LIKE), st.text(max_size=40), CONTROL_TEXT, LONG_TEXT
    ).flatmap(lambda t: st.sampled_from([t, f"{t} kg", f"{t}lb", f"$ {t}", f"{t} NOK"])),
    unit=st.sampled_from(list(MassUnit)),
)
def test_typed_masses_and_amounts_give_a_value_or_an_error_naming_the_field(
    text: str, unit: MassUnit
) -> None:
    mass = outcome(lambda: parse_mass(text, unit, "planned_load"))
    if mass is not None:
        assert isinstance(mass, Mass) and mass.value.is_finite()
    amount = outcome(lambda: parse_amount(text, "unit_price"))
    if amount is not None:
        assert isinstance(amount, Decimal) and amount.is_finite()


# ------------------------------------------------------------- every stored record, hand-edited


@pytest.mark.parametrize("case", sorted(CASES))
@settings(max_examples=150)
@given(data=st.data())
def test_any_hand_edited_record_reads_back_or_names_a_field(case: str, data: st.DataObject) -> None:
    make, base, read = CASES[case]
    stored = json.loads(json.dumps(make(**base).to_dict()))
    keys = sorted(stored) + ["extra"]
    changes = data.draw(st.dictionaries(st.sampled_from(keys), JSONISH, max_size=3))
    dropped = data.draw(st.sets(st.sampled_from(sorted(stored)), max_size=2))
    record = {k: v for k, v in {**stored, **changes}.items() if k not in dropped}
    built = outcome(lambda: read(record))
    if built is not None:
        assert_storable(built, read)


@pytest.mark.parametrize("case", sorted(CASES))
@settings(max_examples=40)
@given(record=JSONISH)
def test_a_record_that_is_not_an_object_names_a_field(case: str, record: Any) -> None:
    read = CASES[case][2]
    built = outcome(lambda: read(record))
    if built is not None:
        assert_storable(built, read)


def test_a_session_naming_an_unhashable_sled_is_invalid_not_a_crash_of_the_check() -> None:
    stored = {**Session(day=date(2026, 5, 4), id="s").to_dict(), "sled_id": ["x"]}
    with pytest.raises(ValidationError) as caught:
        Session.from_dict(stored)
    assert caught.value.field == "sled_id"


def test_a_subscription_price_too_large_to_total_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        Subscription(name="x", monthly_price=Money.of("1e30", "USD"), start=date(2025, 1, 1))
    assert caught.value.field == "monthly_price"


# ------------------------------------------------------------------ both CSV imports

ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1"]

GEAR_CELLS: dict[str, list[str]] = {
    "kind": ["sled", "plate", "SLED", "rocket"],
    "name": ["Prowler", "Müller", "=HYPERLINK(1)", "'+x"],
    "brand": ["", "Rogue", "@sum"],
    "mass": ["35", "22,5", "0.001"],
    "mass_unit": ["kg", "lb", "lbs", "stone"],
    "quantity": ["1", "2", "10000"],
    "unit_price": ["", "89.00", "1E+3"],
    "currency": ["", "USD", "eur"],
    "status": ["owned", "wishlist", "retired"],
    "purchased_on": ["", "2024-03-01", "1899-12-31"],
    "surfaces": ["", "grass", "grass;turf"],
    "notes": ["", "multi\nline", "tab\there"],
}
SESSION_CELLS: dict[str, list[str]] = {
    "date": ["2026-05-04", "2026-02-30", "04/05/2026"],
    "activity": ["backward_drag", "forward_drag", "backward_walk"],
    "status": ["planned", "done", "skipped"],
    "planned_minutes": ["10", "600", "601"],
    "planned_load": ["", "55", "20.5"],
    "actual_minutes": ["", "0", "10"],
    "actual_load": ["", "45"],
    "load_unit": ["", "kg", "lb"],
    "sled": ["", "Prowler", "prowler"],
    "surface": ["", "turf", "ice"],
    "distance_m": ["", "150", "100000"],
    "rpe": ["", "7", "10"],
    "pain_during": ["", "0", "2"],
    "pain_next_morning": ["", "1"],
    "notes": ["", "felt fine", "=1+1", "Ünïcödé"],
}

#: A cell as a hostile file holds it: a plausible value, or a number-like or strange text.
HOSTILE_CELL = st.one_of(
    st.sampled_from(NUMBER_LIKE),
    HUGE_INTS.map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.text(max_size=12),
    CONTROL_TEXT,
)


def csv_text(header: list[str], rows: list[list[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


@st.composite
def hostile_csv(draw: st.DrawFn, cells: dict[str, list[str]]) -> bytes:
    """A CSV file: columns shuffled, some left out or repeated, cells good or hostile."""
    names = list(cells)
    header = draw(st.permutations(names))
    header = header[: draw(st.integers(max(1, len(names) - 3), len(names)))]
    if draw(st.booleans()):
        header.append(draw(st.sampled_from(header)).upper())  # a repeated column, another case
    if draw(st.integers(0, 9)) == 0:
        header.append(draw(st.sampled_from(["", "colour", " Notes "])))
    rows = []
    for _ in range(draw(st.integers(0, 4))):
        row = [
            draw(st.sampled_from(cells[name.strip().lower()]))
            if name.strip().lower() in cells and draw(st.integers(0, 4))
            else draw(HOSTILE_CELL)
            for name in header
        ]
        if draw(st.integers(0, 9)) == 0:
            row = row[:-1]  # a short row
        rows.append(row)
    text = csv_text(header, rows)
    encoding = draw(st.sampled_from(ENCODINGS))
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:
        return codecs.BOM_UTF8 + text.encode("utf-8", "surrogatepass")


def assert_clear_problems(exc: CsvImportError, path: Path, columns: tuple[str, ...]) -> None:
    assert exc.problems
    for problem in exc.problems:
        assert str(problem).startswith(str(path))
        assert problem.message.strip()
        if problem.line > 1 and problem.column:
            assert problem.column in columns, problem  # a row problem names a known column


@pytest.fixture
def folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as name:
        yield Path(name)


@settings(max_examples=120)
@given(content=hostile_csv(GEAR_CELLS))
def test_a_hostile_gear_csv_imports_whole_or_names_line_and_column_and_changes_nothing(
    content: bytes,
) -> None:
    with tempfile.TemporaryDirectory() as name:
        db, source = Path(name, "db.json"), Path(name, "gear.csv")
        source.write_bytes(content)
        workspace = open_workspace(db, create=True)
        try:
            gear = GearService(workspace)
            gear.add(GearItem(kind="sled", name="Mine", mass=Mass.of("30", "lb"), id="mine"))
            before = db.read_bytes()
            try:
                added = import_gear_csv(gear, source)
            except CsvImportError as exc:
                assert_clear_problems(exc, source, GEAR_COLUMNS)
                assert db.read_bytes() == before
                assert [item.id for item in gear.items()] == ["mine"]
            else:
                assert len(gear.items()) == 1 + added
                assert not gear.problems()
        finally:
            workspace.close()


@settings(max_examples=120)
@given(content=hostile_csv(SESSION_CELLS))
def test_a_hostile_sessions_csv_imports_whole_or_names_line_and_column_and_changes_nothing(
    content: bytes,
) -> None:
    with tempfile.TemporaryDirectory() as name:
        db, source = Path(name, "db.json"), Path(name, "sessions.csv")
        source.write_bytes(content)
        workspace = open_workspace(db, create=True)
        try:
            gear, schedule = GearService(workspace), ScheduleService(workspace)
            gear.add(GearItem(kind="sled", name="Prowler", mass=Mass.of("35", "lb"), id="p"))
            schedule.add(Session(day=date(2026, 5, 1), id="kept"))
            before = db.read_bytes()
            try:
                added = import_sessions_csv(schedule, gear, source)
            except CsvImportError as exc:
                assert_clear_problems(exc, source, SESSION_COLUMNS)
                assert db.read_bytes() == before
                assert [session.id for session in schedule.sessions()] == ["kept"]
            else:
                assert len(schedule.sessions()) == 1 + added
                assert not schedule.problems()
        finally:
            workspace.close()


def test_huge_numbers_in_every_numeric_gear_cell_are_named(folder: Path) -> None:
    header = list(GEAR_COLUMNS)
    good = ["plate", "Bumper", "", "20", "kg", "2", "89.00", "USD", "owned", "", "", ""]
    rows = []
    for column in ("mass", "quantity", "unit_price"):
        for value in ("1e999999999", "9" * 400, "NaN", "inf"):
            row = list(good)
            row[header.index(column)] = value
            rows.append(row)
    path = folder / "huge.csv"
    path.write_text(csv_text(header, rows), "utf-8")
    db = folder / "db.json"
    workspace = open_workspace(db, create=True)
    try:
        before = db.read_bytes()
        with pytest.raises(CsvImportError) as caught:
            import_gear_csv(GearService(workspace), path)
        assert db.read_bytes() == before
    finally:
        workspace.close()
    found = [(problem.line, problem.column) for problem in caught.value.problems]
    expected_lines = set(range(2, 2 + len(rows)))
    assert {line for line, _ in found} == expected_lines  # every bad row is named
    assert all(column in {"mass", "quantity", "unit_price"} for _, column in found)


# ------------------------------------------------------------------ a hand-edited file with NaN


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_a_hand_edited_nan_is_reported_as_a_corrupt_file_not_a_crash(
    tmp_path: Path, constant: str
) -> None:
    from sledplanner.services.check import check_database

    path = tmp_path / "nan.json"
    path.write_text(
        '{"meta": {"1": {"schema_version": 1}}, "gear": {"1": {"id": "x", "kind": "sled", '
        f'"name": "a", "mass": {{"value": "1", "unit": "kg"}}, "quantity": {constant}}}}}}}',
        "utf-8",
    )
    before = path.read_bytes()
    report = check_database(path)
    assert not report.ok and report.exit_code == 1
    assert path.read_bytes() == before
