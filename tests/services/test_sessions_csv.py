"""Sessions CSV import and export: format, sled names, problems, round trip, all or nothing."""

from __future__ import annotations

import csv
import io
import json
import tempfile
from collections.abc import Iterator
from datetime import date, time
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sledplanner.domain.gear import GearItem, GearKind, GearStatus
from sledplanner.domain.preferences import Preferences
from sledplanner.domain.sessions import Activity, Session, SessionLog, SessionStatus
from sledplanner.domain.surfaces import SURFACE_KEYS
from sledplanner.domain.units import Mass, MassUnit
from sledplanner.services import sessions_csv
from sledplanner.services.gear import GearService
from sledplanner.services.schedule import ScheduleService
from sledplanner.services.sessions_csv import (
    MAX_PROBLEMS,
    SESSION_COLUMNS,
    CsvExportError,
    CsvImportError,
    CsvProblem,
    export_sessions_csv,
    import_sessions_csv,
    read_sessions_csv,
)
from sledplanner.services.sessions_csv import reading as sessions_csv_reading
from sledplanner.services.workspace import Workspace, open_workspace

HEADER = ",".join(SESSION_COLUMNS)
GOOD_ROW = "2026-05-04,backward_drag,done,10,55,9,45,lb,Prowler,turf,150,7,2,1,felt fine"

PROWLER = GearItem(kind="sled", name="Prowler", mass=Mass.of("35", "lb"), id="sled-prowler")
OLD_SLED = GearItem(
    kind="sled", name="Old tyre", mass=Mass.of("12", "kg"), status="retired", id="sled-tyre"
)
FORMULA_SLED = GearItem(
    kind="sled", name='=Sled, "big"', mass=Mass.of("20", "kg"), status="wishlist", id="sled-eq"
)
BELL = GearItem(kind="kettlebell", name="Bell", mass=Mass.of("24", "kg"), id="bell")
GEAR = [PROWLER, OLD_SLED, FORMULA_SLED, BELL]


@pytest.fixture
def workspace(db_path: Path) -> Iterator[Workspace]:
    opened = open_workspace(db_path, create=True)
    GearService(opened).add_many(GEAR)
    yield opened
    opened.close()


@pytest.fixture
def gear(workspace: Workspace) -> GearService:
    return GearService(workspace)


@pytest.fixture
def schedule(workspace: Workspace) -> ScheduleService:
    return ScheduleService(workspace)


def write_csv(folder: Path, text: str, name: str = "sessions.csv") -> Path:
    path = folder / name
    path.write_bytes(text.encode("utf-8"))
    return path


def read(path: Path, unit: str = "kg", gear: list[GearItem] | None = None) -> list[Session]:
    return read_sessions_csv(path, GEAR if gear is None else gear, MassUnit(unit))


def problems_of(path: Path, gear: list[GearItem] | None = None) -> list[CsvProblem]:
    with pytest.raises(CsvImportError) as caught:
        read(path, gear=gear)
    assert caught.value.problems, "an import error always names at least one problem"
    return caught.value.problems


def where(problems: list[CsvProblem]) -> list[tuple[int, str]]:
    return [(problem.line, problem.column) for problem in problems]


def row_of(**cells: str) -> str:
    values = dict(zip(SESSION_COLUMNS, next(csv.reader([GOOD_ROW])), strict=True))
    values.update(cells)
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(values.values())
    return out.getvalue()


# ------------------------------------------------------------------ export


def test_export_writes_every_session_in_schedule_order_with_exact_values(
    schedule: ScheduleService, gear: GearService, tmp_path: Path
) -> None:
    schedule.add_many(
        [
            Session(
                day=date(2026, 5, 6),
                activity="backward_walk",
                planned_minutes=20,
                status="skipped",
                notes='said "no", twice\nsecond line',
            ),
            Session(
                day=date(2026, 5, 4),
                planned_minutes=12,
                planned_load=Mass.of("22.50", "kg"),
                sled_id=PROWLER.id,
                surface="turf",
                start_time=time(7, 0),
                status="done",
                log=SessionLog(
                    minutes=11,
                    load=Mass.of("20.0", "kg"),
                    distance_m=Decimal("180.50"),
                    surface="grass",
                    rpe=7,
                    pain_during=0,
                    pain_next_morning=3,
                ),
            ),
            Session(day=date(2026, 5, 5), planned_load=Mass.of("0", "lb"), sled_id="gone"),
        ]
    )
    out = tmp_path / "sessions.csv"
    assert export_sessions_csv(schedule, gear, out) == 3
    assert out.read_bytes() == (
        HEADER.encode() + b"\r\n"
        b"2026-05-04,backward_drag,done,12,22.50,11,20.0,kg,Prowler,turf,180.50,7,0,3,\r\n"
        b"2026-05-05,backward_drag,planned,10,0,,,lb,,,,,,,\r\n"
        b'2026-05-06,backward_walk,skipped,20,,,,,,,,,,,"said ""no"", twice\nsecond line"\r\n'
    )


def test_export_of_no_sessions_is_the_header_alone(
    schedule: ScheduleService, gear: GearService, tmp_path: Path
) -> None:
    out = tmp_path / "sessions.csv"
    assert export_sessions_csv(schedule, gear, out) == 0
    assert out.read_bytes() == HEADER.encode() + b"\r\n"


def test_loads_in_two_units_are_both_written_in_kilograms_exactly(
    schedule: ScheduleService, gear: GearService, tmp_path: Path
) -> None:
    schedule.add(
        Session(
            day=date(2026, 5, 4),
            planned_load=Mass.of("22.50", "kg"),
            status="done",
            log=SessionLog(minutes=10, load=Mass.of("55", "lb")),
        )
    )
    out = tmp_path / "sessions.csv"
    export_sessions_csv(schedule, gear, out)
    (row,) = csv.DictReader(io.StringIO(out.read_text("utf-8"), newline=""))
    assert (row["planned_load"], row["actual_load"], row["load_unit"]) == (
        "22.50",
        "24.94758035",
        "kg",
    )
    (back,) = read(out)
    assert back.log is not None and back.log.load == Mass.of("55", "lb")
    assert back.planned_load is not None and str(back.planned_load) == "22.50 kg"


def test_export_replaces_the_file_atomically_and_leaves_no_temporary_file(
    schedule: ScheduleService, gear: GearService, tmp_path: Path
) -> None:
    out = tmp_path / "sessions.csv"
    out.write_text("old content", "utf-8")
    schedule.add(Session(day=date(2026, 5, 4)))
    export_sessions_csv(schedule, gear, out)
    assert out.read_text("utf-8").startswith("date,activity")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sessions.csv", "training.json"]


def test_export_into_a_missing_folder_raises_and_writes_nothing(
    schedule: ScheduleService, gear: GearService, tmp_path: Path
) -> None:
    with pytest.raises(OSError):
        export_sessions_csv(schedule, gear, tmp_path / "missing" / "sessions.csv")
    assert not (tmp_path / "missing").exists()


def test_export_refuses_a_database_with_invalid_session_records(
    db_path: Path, tmp_path: Path
) -> None:
    good = Session(day=date(2026, 5, 4)).to_dict()
    tables = {
        "meta": {"1": {"schema_version": 1}},
        "sessions": {"1": good, "2": {**good, "id": "b", "rpe": 3, "actual_minutes": 900}},
    }
    db_path.write_text(json.dumps(tables), "utf-8")
    workspace = open_workspace(db_path, read_only=True)
    out = tmp_path / "sessions.csv"
    try:
        with pytest.raises(CsvExportError) as caught:
            export_sessions_csv(ScheduleService(workspace), GearService(workspace), out)
    finally:
        workspace.close()
    assert [str(record) for record in caught.value.records] == [
        "sessions record 2: actual_minutes: must be 0 to 600 minutes, got 900"
    ]
    assert not out.exists()


# ------------------------------------------------------------------ formula guard


@pytest.mark.parametrize(
    ("stored", "written"),
    [
        ("=1+2", "'=1+2"),
        ("-5 kg extra", "'-5 kg extra"),
        ("@coach", "'@coach"),
        ("'=already", "''=already"),
        ("'plain", "'plain"),
        ("a=b", "a=b"),
    ],
)
def test_formula_like_notes_are_guarded_on_export_and_restored_on_import(
    schedule: ScheduleService, gear: GearService, tmp_path: Path, stored: str, written: str
) -> None:
    schedule.add(Session(day=date(2026, 5, 4), notes=stored, sled_id=FORMULA_SLED.id))
    out = tmp_path / "sessions.csv"
    export_sessions_csv(schedule, gear, out)
    (row,) = csv.DictReader(io.StringIO(out.read_text("utf-8"), newline=""))
    assert row["notes"] == written
    assert row["sled"] == "'" + FORMULA_SLED.name
    (back,) = read(out)
    assert back.notes == stored and back.sled_id == FORMULA_SLED.id


# ------------------------------------------------------------------ round trip

texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)
formula_starts = st.sampled_from(["", "=", "+", "-", "@", "'", "'=", "\t", "\r", " '-"])
tricky = st.sampled_from(['"', ",", "\n", "\r\n", "\r", '","', "é", "😀", ";", "'"])


@st.composite
def tricky_text(draw: st.DrawFn) -> str:
    parts = [draw(formula_starts)]
    for _ in range(draw(st.integers(0, 4))):
        parts.append(draw(st.one_of(texts, tricky)))
    return "".join(parts).strip()


def decimal_texts(low: int, high: int) -> st.SearchStrategy[str]:
    fractions = st.none() | st.sampled_from(["0", "5", "50", "25", "05", "125"])
    return st.builds(
        lambda whole, fraction: whole if fraction is None else f"{whole}.{fraction}",
        st.integers(low, high).map(str),
        fractions,
    )


@st.composite
def masses(draw: st.DrawFn, unit: str | None = None) -> Mass:
    unit = unit or draw(st.sampled_from(["kg", "lb"]))
    return Mass.of(draw(decimal_texts(0, 999 if unit == "kg" else 2000)), unit)


scales = st.none() | st.integers(0, 10)


@st.composite
def sessions(draw: st.DrawFn) -> Session:
    status = draw(st.sampled_from(SessionStatus))
    unit = draw(st.sampled_from(["kg", "lb"]))
    mixed = draw(st.booleans())
    log = None
    if status is SessionStatus.DONE or draw(st.booleans()):
        log = SessionLog(
            minutes=draw(st.integers(0, 600)),
            load=draw(st.none() | masses(None if mixed else unit)),
            distance_m=draw(st.none() | decimal_texts(1, 99_999).map(Decimal)),
            surface=draw(st.none() | st.sampled_from(SURFACE_KEYS)),  # has no column
            rpe=draw(scales),
            pain_during=draw(scales),
            pain_next_morning=draw(scales),
        )
    return Session(
        day=draw(st.dates(date(1990, 1, 1), date(2100, 12, 31))),
        activity=draw(st.sampled_from(Activity)),
        planned_minutes=draw(st.integers(1, 600)),
        planned_load=draw(st.none() | masses(unit)),
        planned_distance_m=draw(st.none() | st.just(Decimal("20"))),  # has no column
        surface=draw(st.none() | st.sampled_from(SURFACE_KEYS)),
        sled_id=draw(st.none() | st.sampled_from([PROWLER.id, OLD_SLED.id, FORMULA_SLED.id])),
        status=status,
        start_time=draw(st.none() | st.just(time(7, 30))),  # has no column
        log=log,
        notes=draw(tricky_text()),
        programme_id=draw(st.none() | st.just("programme")),  # has no column
        original_date=draw(st.none() | st.just(date(2000, 1, 1))),  # has no column
    )


def with_columns(session: Session, exact_loads: bool) -> dict[str, Any]:
    """The fields the CSV carries; loads exactly as written, or as the same masses."""
    record = session.to_dict()
    for name in ("id", "time", "planned_distance_m", "actual_surface", "programme_id"):
        del record[name]
    del record["original_date"]
    if not exact_loads:
        for name, mass in (
            ("planned_load", session.planned_load),
            ("actual_load", session.log.load if session.log else None),
        ):
            record[name] = str(Fraction(mass.kg)) if mass is not None else None
    return record


def same_units(session: Session) -> bool:
    loads = [session.planned_load, session.log.load if session.log else None]
    return len({mass.unit for mass in loads if mass is not None}) <= 1


@settings(max_examples=60)
@given(batch=st.lists(sessions(), max_size=6), unit=st.sampled_from(["kg", "lb"]))
def test_export_then_import_into_a_database_with_the_same_gear_gives_back_every_column(
    batch: list[Session], unit: str
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source = open_workspace(Path(folder, "source.json"), create=True)
        GearService(source).add_many(GEAR)
        ScheduleService(source).add_many(batch)
        out = Path(folder, "sessions.csv")
        assert export_sessions_csv(ScheduleService(source), GearService(source), out) == len(batch)
        source.close()

        target = open_workspace(Path(folder, "target.json"), create=True)
        gear = GearService(target)
        gear.add_many(GEAR)
        gear.set_preferences(Preferences(display_unit=MassUnit(unit)))
        schedule = ScheduleService(target)
        assert import_sessions_csv(schedule, gear, out) == len(batch)
        back = schedule.sessions()
        target.close()

    def key(session: Session, exact: bool) -> str:
        return json.dumps(with_columns(session, exact), sort_keys=True)

    # Every column comes back as the same value; loads as the same masses...
    assert sorted(key(s, False) for s in back) == sorted(key(s, False) for s in batch)
    # ...and exactly as written whenever a row's loads share one unit.
    exact_back = {key(s, True) for s in back}
    assert all(key(s, True) in exact_back for s in batch if same_units(s))
    assert len(back) == len(batch)
    assert {s.id for s in back}.isdisjoint({s.id for s in batch})
    for session in back:
        assert session.start_time is None and session.planned_distance_m is None
        assert session.programme_id is None and session.original_date is None
        assert session.log is None or session.log.surface is None


# ------------------------------------------------------------------ reading: what is accepted


def test_only_the_required_columns_in_any_order_and_case(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path,
        " Planned_Minutes ,STATUS,date,activity\n12,planned,2026-05-04,Backward_Walk\n",
    )
    (session,) = read(path)
    assert session.day == date(2026, 5, 4) and session.activity is Activity.BACKWARD_WALK
    assert session.planned_minutes == 12 and session.status is SessionStatus.PLANNED
    assert session.planned_load is None and session.sled_id is None and session.log is None
    assert session.surface is None and session.notes == ""


def test_a_full_row_reads_every_column(tmp_path: Path) -> None:
    path = write_csv(tmp_path, f"{HEADER}\n{GOOD_ROW}\n")
    (session,) = read(path)
    assert session.to_dict() | {"id": "x"} == {
        "id": "x",
        "date": "2026-05-04",
        "time": None,
        "activity": "backward_drag",
        "planned_minutes": 10,
        "planned_load": {"value": "55", "unit": "lb"},
        "planned_distance_m": None,
        "surface": "turf",
        "sled_id": PROWLER.id,
        "status": "done",
        "actual_minutes": 9,
        "actual_load": {"value": "45", "unit": "lb"},
        "distance_m": "150",
        "actual_surface": None,
        "rpe": 7,
        "pain_during": 2,
        "pain_next_morning": 1,
        "notes": "felt fine",
        "programme_id": None,
        "original_date": None,
    }


def test_loads_without_a_unit_take_the_database_display_unit(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path,
        "date,activity,status,planned_minutes,planned_load,load_unit\n"
        "2026-05-04,backward_drag,planned,10,22.50,\n"
        "2026-05-05,backward_drag,planned,10,22.50,KGS\n",
    )
    first, second = read(path, unit="lb")
    assert first.planned_load is not None and str(first.planned_load) == "22.50 lb"
    assert second.planned_load is not None and str(second.planned_load) == "22.50 kg"


def test_a_planned_or_skipped_session_may_carry_a_log_and_zero_minutes_is_a_log(
    tmp_path: Path,
) -> None:
    path = write_csv(
        tmp_path,
        "date,activity,status,planned_minutes,actual_minutes,rpe\n"
        "2026-05-04,forward_drag,skipped,10,0,\n"
        "2026-05-05,lateral_drag,planned,10,5,4\n",
    )
    skipped, planned = read(path)
    assert skipped.log == SessionLog(minutes=0)
    assert planned.log == SessionLog(minutes=5, rpe=4)


def test_sled_names_match_ignoring_case_and_any_status(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path,
        "date,activity,status,planned_minutes,sled\n"
        "2026-05-04,backward_drag,planned,10, prowler \n"
        "2026-05-05,backward_drag,planned,10,OLD TYRE\n"
        "2026-05-06,backward_drag,planned,10,'=Sled\"\n",
    )
    first, second, third = read(
        path, gear=[*GEAR, GearItem(kind="sled", name='=Sled"', mass=Mass.of("1", "kg"), id="q")]
    )
    assert (first.sled_id, second.sled_id, third.sled_id) == (PROWLER.id, OLD_SLED.id, "q")


def test_utf8_with_a_bom_crlf_blank_lines_and_a_multi_line_note(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes(
        b"\xef\xbb\xbfdate,activity,status,planned_minutes,notes\r\n\r\n"
        b'2026-05-04,backward_drag,planned,10,"one\r\ntwo, \xc3\xa9"\r\n,,,,\r\n'
    )
    (session,) = read(path)
    assert session.notes == "one\r\ntwo, é"


def test_a_header_alone_imports_nothing_and_writes_nothing(
    schedule: ScheduleService, gear: GearService, db_path: Path, tmp_path: Path
) -> None:
    before = db_path.read_bytes()
    assert import_sessions_csv(schedule, gear, write_csv(tmp_path, f"{HEADER}\n")) == 0
    assert db_path.read_bytes() == before


# ------------------------------------------------------------------ header problems


def test_unknown_duplicate_unnamed_and_missing_columns_are_all_listed(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path,
        "date,Activity,weight,activity,,planned_minutes\n2026-05-04,x,y,z,,0\n",
    )
    problems = problems_of(path)
    assert where(problems) == [(1, "weight"), (1, "activity"), (1, ""), (1, "status")]
    assert "unknown column; the columns are date, activity, status" in problems[0].message
    assert "appears twice (columns 2 and 4)" in problems[1].message
    assert problems[2].message == "column 5 has no name"
    assert problems[3].message == "required column is missing"


@pytest.mark.parametrize("missing", ["date", "activity", "status", "planned_minutes"])
def test_each_required_column_is_named_when_missing(tmp_path: Path, missing: str) -> None:
    columns = [c for c in SESSION_COLUMNS if c != missing]
    cells = dict(zip(SESSION_COLUMNS, next(csv.reader([GOOD_ROW])), strict=True))
    row = ",".join(cells[c] for c in columns)
    path = write_csv(tmp_path, ",".join(columns) + f"\n{row}\n")
    assert [(p.line, p.column, p.message) for p in problems_of(path)] == [
        (1, missing, "required column is missing")
    ]


def test_a_semicolon_separated_file_gets_a_hint(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "date;activity;status;planned_minutes\n")
    (problem,) = problems_of(path)
    assert "separate the columns with commas" in problem.message


# ------------------------------------------------------------------ value problems


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("date", "", "is required"),
        ("date", "2026-02-30", "'2026-02-30' is not a date written YYYY-MM-DD"),
        ("date", "04/05/2026", "not a date written YYYY-MM-DD"),
        ("activity", "", "is required"),
        ("activity", "sprint", "'sprint' is not one of backward_drag | forward_drag"),
        ("status", "", "is required"),
        ("status", "half", "'half' is not one of planned | done | skipped"),
        ("planned_minutes", "", "is required"),
        ("planned_minutes", "0", "must be 1 to 600 minutes, got 0"),
        ("planned_minutes", "601", "must be 1 to 600 minutes, got 601"),
        ("planned_minutes", "10.5", "'10.5' is not a whole number of minutes"),
        ("planned_minutes", "9" * 5000, "far too large"),
        ("planned_load", "-1", "cannot be negative"),
        ("planned_load", "22,5", "'22,5' is not a decimal number"),
        ("planned_load", "NaN", "not a decimal number"),
        ("planned_load", "2205", "2205 lb is over the 1000 kg limit"),
        ("actual_minutes", "601", "must be 0 to 600 minutes, got 601"),
        ("actual_minutes", "-1", "not a whole number"),
        ("actual_load", "1_000", "not a decimal number"),
        ("load_unit", "stone", "unknown mass unit 'stone': use kg or lb"),
        ("sled", "Sledge", "no sled named 'Sledge' in the inventory"),
        ("sled", "Bell", "'Bell' is a kettlebell, not a sled"),
        ("surface", "ice", "unknown surface 'ice'"),
        ("distance_m", "0", "must be above 0 and at most 100000 m"),
        ("distance_m", "100000.5", "must be above 0 and at most 100000 m"),
        ("distance_m", "1e9", "must be above 0"),
        ("distance_m", "20 m", "not a decimal number"),
        ("rpe", "11", "must be from 0 to 10, got 11"),
        ("rpe", "7.5", "'7.5' is not a whole number of 0 to 10"),
        ("pain_during", "-2", "not a whole number"),
        ("pain_next_morning", "eleven", "not a whole number"),
        ("notes", "n" * 10_001, "at most 10000"),
    ],
)
def test_a_bad_value_is_reported_with_line_and_column(
    tmp_path: Path, column: str, value: str, message: str
) -> None:
    path = write_csv(tmp_path, f"{HEADER}\n{GOOD_ROW}\n" + row_of(**{column: value}))
    (problem,) = problems_of(path)
    assert (problem.line, problem.column) == (3, column)
    assert message in problem.message
    assert str(problem).startswith(f"{path}:3: {column}: ")


def test_a_done_session_needs_its_actual_minutes(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path,
        "date,activity,status,planned_minutes,actual_minutes\n"
        "2026-05-04,backward_drag,done,10,\n"
        "2026-05-05,backward_drag,done,10,10\n",
    )
    assert [(p.line, p.column, p.message) for p in problems_of(path)] == [
        (2, "actual_minutes", "is required when the status is done")
    ]
    absent = write_csv(tmp_path, "date,activity,status,planned_minutes\n2026-05-04,x,done,10\n")
    assert where(problems_of(absent)) == [(2, "activity"), (2, "actual_minutes")]


@pytest.mark.parametrize("column", ["actual_load", "distance_m", "rpe", "pain_during"])
def test_what_was_done_needs_actual_minutes(tmp_path: Path, column: str) -> None:
    cleared = {name: "" for name in ("actual_minutes", *sessions_csv.LOGGED_COLUMNS)}
    path = write_csv(tmp_path, f"{HEADER}\n" + row_of(status="planned", **{**cleared, column: "3"}))
    (problem,) = problems_of(path)
    assert (problem.line, problem.column) == (2, column)
    assert problem.message == "needs actual_minutes: only a logged session has it"


def test_unknown_sled_names_list_the_sleds_or_say_there_are_none(tmp_path: Path) -> None:
    path = write_csv(tmp_path, f"{HEADER}\n" + row_of(sled="Rogue"))
    (problem,) = problems_of(path)
    assert problem.message == (
        "no sled named 'Rogue' in the inventory (its sleds are =Sled, \"big\", Old tyre, Prowler)"
    )
    (problem,) = problems_of(path, gear=[BELL])
    assert (problem.line, problem.column) == (2, "sled")
    assert problem.message == "no sled named 'Rogue': the inventory holds no sled; add it first"


def test_a_name_shared_by_two_sleds_is_an_error_unless_the_case_tells_them_apart(
    tmp_path: Path,
) -> None:
    twins = [
        *GEAR,
        GearItem(kind="sled", name="Prowler", mass=Mass.of("40", "lb"), id="twin"),
        GearItem(kind="sled", name="TYRE", mass=Mass.of("10", "kg"), id="t1"),
        GearItem(kind="sled", name="tyre", mass=Mass.of("10", "kg"), id="t2"),
    ]
    path = write_csv(
        tmp_path,
        "date,activity,status,planned_minutes,sled\n"
        "2026-05-04,backward_drag,planned,10,Prowler\n"
        "2026-05-05,backward_drag,planned,10,tyre\n"
        "2026-05-06,backward_drag,planned,10,Tyre\n",
    )
    problems = problems_of(path, gear=twins)
    assert where(problems) == [(2, "sled"), (4, "sled")]
    assert problems[0].message.startswith("2 sleds of the inventory are named 'Prowler'")
    assert problems[1].message.startswith("2 sleds of the inventory are named 'Tyre'")


def test_every_problem_is_listed_in_file_order_and_cell_order(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path,
        "notes,rpe,sled,planned_minutes,status,activity,date,load_unit,planned_load\n"
        "=x,11,Nope,0,done,jog,2026-13-01,stone,-1\n"
        "ok,,,10,planned,backward_drag,2026-05-04,,\n"
        "\n"
        "ok,,,10,planned,backward_drag,2026-05-04\n",
    )
    problems = problems_of(path)
    assert where(problems) == [
        (2, "rpe"),
        (2, "rpe"),
        (2, "sled"),
        (2, "planned_minutes"),
        (2, "activity"),
        (2, "date"),
        (2, "load_unit"),
        (2, "planned_load"),
        (2, "actual_minutes"),
        (5, ""),
    ]
    assert "7 cells but the header has 9 columns" in problems[-1].message


def test_multi_line_notes_shift_the_line_numbers(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path,
        "date,activity,status,planned_minutes,notes\n"
        '2026-05-04,backward_drag,planned,10,"line one\nline two\r\nline three"\n'
        "2026-05-05,backward_drag,planned,0,\n"
        '2026-05-06,"backward_drag",planned,10,"x\n\ny"\n'
        "2026-05-07,backward_drag,planned,601,ok\n",
    )
    assert where(problems_of(path)) == [(5, "planned_minutes"), (9, "planned_minutes")]


def test_collecting_stops_after_the_problem_limit(tmp_path: Path) -> None:
    rows = "".join("2026-05-04,backward_drag,planned,0\n" for _ in range(MAX_PROBLEMS + 50))
    path = write_csv(tmp_path, "date,activity,status,planned_minutes\n" + rows)
    problems = problems_of(path)
    assert len(problems) == MAX_PROBLEMS + 1
    assert f"stopped after {MAX_PROBLEMS} problems" in problems[-1].message


# ------------------------------------------------------------------ files that are not UTF-8 CSV


def test_a_missing_file_and_a_folder_are_import_errors_naming_them(tmp_path: Path) -> None:
    missing = tmp_path / "missing.csv"
    assert [str(p) for p in problems_of(missing)] == [f"{missing}: no such file"]
    assert [str(p) for p in problems_of(tmp_path)] == [f"{tmp_path}: is a folder, not a CSV file"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "latin-1"])
def test_other_encodings_are_refused(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "wide.csv"
    path.write_bytes(f"{HEADER}\n{GOOD_ROW} é\n".encode(encoding))
    (problem,) = problems_of(path)
    assert "UTF-8" in problem.message and str(problem).startswith(str(path))


def test_a_file_over_the_size_limit_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sessions_csv_reading, "MAX_FILE_BYTES", 300)
    path = write_csv(tmp_path, f"{HEADER}\n" + f"{GOOD_ROW}\n" * 4)
    (problem,) = problems_of(path)
    assert problem.line == 0 and "larger than" in problem.message


@settings(max_examples=150)
@given(
    content=st.binary(max_size=300) | st.text(max_size=300).map(str.encode),
    with_header=st.booleans(),
)
def test_any_bytes_give_sessions_or_an_import_error_never_a_crash(
    content: bytes, with_header: bool
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "any.csv")
        path.write_bytes(HEADER.encode() + b"\n" + content if with_header else content)
        try:
            found = read(path)
        except CsvImportError as exc:
            assert exc.problems
            assert all(str(problem).startswith(str(path)) for problem in exc.problems)
        else:
            assert all(isinstance(session, Session) for session in found)


# ------------------------------------------------------------------ all or nothing


def test_one_bad_row_means_nothing_is_imported_and_the_database_bytes_are_unchanged(
    schedule: ScheduleService, gear: GearService, db_path: Path, tmp_path: Path
) -> None:
    schedule.add(Session(day=date(2026, 5, 1)))
    before = db_path.read_bytes()
    path = write_csv(tmp_path, f"{HEADER}\n{GOOD_ROW}\n{GOOD_ROW}\n" + row_of(sled="Unknown sled"))
    with pytest.raises(CsvImportError) as caught:
        import_sessions_csv(schedule, gear, path)
    assert where(caught.value.problems) == [(4, "sled")]
    assert db_path.read_bytes() == before
    assert len(schedule.sessions()) == 1


def test_a_good_file_is_added_in_one_write(
    schedule: ScheduleService,
    gear: GearService,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    schedule.add(Session(day=date(2026, 5, 1)))
    path = write_csv(tmp_path, f"{HEADER}\n{GOOD_ROW}\n" + row_of(date="2026-05-02"))
    calls: list[int] = []
    real_add_many = schedule.add_many

    def counting_add_many(batch: Any) -> None:
        batch = list(batch)
        calls.append(len(batch))
        real_add_many(batch)

    monkeypatch.setattr(schedule, "add_many", counting_add_many)
    assert import_sessions_csv(schedule, gear, path) == 2
    assert calls == [2]
    assert [s.day.day for s in schedule.sessions()] == [1, 2, 4]
    stored = json.loads(db_path.read_text("utf-8"))["sessions"]
    assert [record["planned_load"] for record in stored.values()][1] == {
        "value": "55",
        "unit": "lb",
    }


def test_the_formula_sled_of_the_inventory_is_named_in_full(
    schedule: ScheduleService, gear: GearService, tmp_path: Path
) -> None:
    assert FORMULA_SLED.kind is GearKind.SLED and FORMULA_SLED.status is GearStatus.WISHLIST
    schedule.add(Session(day=date(2026, 5, 4), sled_id=FORMULA_SLED.id))
    out = tmp_path / "sessions.csv"
    export_sessions_csv(schedule, gear, out)
    assert b'"\'=Sled, ""big"""' in out.read_bytes()
