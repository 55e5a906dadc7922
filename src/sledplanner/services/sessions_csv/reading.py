"""Reading a sessions CSV file: every row checked, then all sessions added or none."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from pathlib import Path

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.gear import (
    MAX_NOTES,
    GearItem,
    GearKind,
    check_text,
    parse_date,
    parse_enum,
)
from sledplanner.domain.sessions import (
    Activity,
    Session,
    SessionLog,
    SessionStatus,
    check_distance,
    check_load,
    check_minutes,
    check_scale,
)
from sledplanner.domain.surfaces import surface
from sledplanner.domain.units import Mass, MassUnit
from sledplanner.services.csv_common import (
    WHOLE,
    CsvReader,
    RowFields,
    read_text,
    unguard,
)
from sledplanner.services.gear import GearService
from sledplanner.services.logs import INFO, log
from sledplanner.services.schedule import ScheduleService
from sledplanner.services.sessions_csv.columns import (
    LOGGED_COLUMNS,
    MAX_FILE_BYTES,
    REQUIRED_COLUMNS,
    SESSION_COLUMNS,
)

# ValidationError.field -> the CSV column it comes from.
_FIELD_COLUMN = {
    "unit": "load_unit",
}


# ---------------------------------------------------------------------- reading


def read_sessions_csv(
    path: Path, gear_items: Iterable[GearItem], default_unit: MassUnit
) -> list[Session]:
    """Read every session of the CSV file at ``path``.

    Args:
        path: The CSV file.
        gear_items: The inventory the ``sled`` names are looked up in (sleds of any status).
        default_unit: The unit of loads in a row whose ``load_unit`` is empty or absent (the
            database's display unit).

    Returns:
        The sessions, in file order, each with a new id.

    Raises:
        CsvImportError: Anything is wrong: the file cannot be read, is too large, is not UTF-8
            text, has a bad header, or any row has a bad value (an unknown sled included).
            Every problem is listed.
    """
    path = Path(path)
    text = read_text(path, MAX_FILE_BYTES)
    return _SessionReader(path, text, list(gear_items), MassUnit.parse(default_unit)).read()


class _Sleds:
    """Finds a sled of the inventory by its name, as the ``sled`` column gives it."""

    def __init__(self, items: Sequence[GearItem]) -> None:
        self.by_name: dict[str, list[GearItem]] = {}
        for item in items:
            self.by_name.setdefault(item.name.casefold(), []).append(item)
        self.sled_names = sorted(
            {item.name for item in items if item.kind is GearKind.SLED}, key=str.casefold
        )

    def find(self, name: str) -> GearItem:
        """Return the one sled called ``name`` (case ignored when that leaves no doubt)."""
        found = self.by_name.get(name.casefold(), [])
        sleds = [item for item in found if item.kind is GearKind.SLED]
        if len(sleds) > 1:
            exact = [item for item in sleds if item.name == name]
            sleds = exact or sleds
        if len(sleds) == 1:
            return sleds[0]
        if len(sleds) > 1:
            raise ValidationError(
                "sled",
                f"{len(sleds)} sleds of the inventory are named '{name}'; rename one of them so "
                "that the name picks one sled, then import again",
            )
        if found:
            raise ValidationError("sled", f"'{name}' is a {found[0].kind.value}, not a sled")
        if not self.sled_names:
            raise ValidationError(
                "sled", f"no sled named '{name}': the inventory holds no sled; add it first"
            )
        shown = ", ".join(self.sled_names[:10]) + (", ..." if len(self.sled_names) > 10 else "")
        raise ValidationError(
            "sled", f"no sled named '{name}' in the inventory (its sleds are {shown})"
        )


class _SessionReader(CsvReader[Session]):
    """Reads one decoded CSV text into sessions, collecting every problem."""

    columns = SESSION_COLUMNS
    required = REQUIRED_COLUMNS

    def __init__(
        self, path: Path, text: str, gear_items: Sequence[GearItem], default_unit: MassUnit
    ) -> None:
        super().__init__(path, text)
        self.sleds = _Sleds(gear_items)
        self.default_unit = default_unit

    def build(self, line: int, cells: Mapping[str, str]) -> Session | None:
        before = len(self.problems)
        session = _SessionRow(self, line, cells, _FIELD_COLUMN).build(self.sleds, self.default_unit)
        # List the row's problems in the order of its cells (problems of the whole row last).
        order = {column: number for number, column in enumerate(cells)}
        self.problems[before:] = sorted(
            self.problems[before:], key=lambda problem: order.get(problem.column, len(order))
        )
        return session


class _SessionRow(RowFields):
    """Reads the cells of one session row, recording a problem for each bad column."""

    def build(self, sleds: _Sleds, default_unit: MassUnit) -> Session | None:
        day = self.attempt("date", lambda: parse_date(self.required("date"), "date"))
        activity = self.attempt(
            "activity", lambda: parse_enum(Activity, self.required("activity"), "activity")
        )
        status = self.attempt(
            "status", lambda: parse_enum(SessionStatus, self.required("status"), "status")
        )
        planned_minutes = self.attempt(
            "planned_minutes", lambda: self.minutes("planned_minutes", required=True)
        )
        unit: MassUnit | None = default_unit
        if self.cell("load_unit").strip():
            unit = self.attempt("load_unit", self.load_unit)
        planned_load = self.attempt("planned_load", lambda: self.load("planned_load", unit))
        logged = bool(self.cell("actual_minutes").strip())
        actual_minutes = self.attempt(
            "actual_minutes", lambda: self.minutes("actual_minutes", required=False)
        )
        if status is SessionStatus.DONE and not logged:
            self.fail(
                "actual_minutes",
                ValidationError("actual_minutes", "is required when the status is done"),
            )
        for column in LOGGED_COLUMNS:
            if self.cell(column).strip() and not logged:
                self.fail(
                    column,
                    ValidationError(column, "needs actual_minutes: only a logged session has it"),
                )
        actual_load = self.attempt("actual_load", lambda: self.load("actual_load", unit))
        distance = self.attempt("distance_m", self.distance)
        rpe = self.attempt("rpe", lambda: self.scale("rpe"))
        pain_during = self.attempt("pain_during", lambda: self.scale("pain_during"))
        pain_next_morning = self.attempt(
            "pain_next_morning", lambda: self.scale("pain_next_morning")
        )
        sled = self.attempt("sled", lambda: self.sled(sleds))
        surface_key = self.attempt("surface", self.surface)
        notes = self.attempt(
            "notes",
            lambda: check_text(
                unguard(self.cell("notes")), "notes", required=False, limit=MAX_NOTES
            ),
        )
        if self.failed:
            return None
        assert day is not None and activity is not None and status is not None
        assert planned_minutes is not None and notes is not None
        log = (
            self.attempt(
                "",
                lambda: SessionLog(
                    minutes=actual_minutes,
                    load=actual_load,
                    distance_m=distance,
                    rpe=rpe,
                    pain_during=pain_during,
                    pain_next_morning=pain_next_morning,
                ),
            )
            if actual_minutes is not None
            else None
        )
        if self.failed:
            return None
        return self.attempt(
            "",
            lambda: Session(
                day=day,
                activity=activity,
                planned_minutes=planned_minutes,
                planned_load=planned_load,
                surface=surface_key,
                sled_id=sled.id if sled is not None else None,
                status=status,
                log=log,
                notes=notes,
            ),
        )

    def whole(self, column: str, text: str, what: str) -> int:
        if not WHOLE.fullmatch(text):
            raise ValidationError(column, f"'{text}' is not a whole number of {what}")
        if len(text.lstrip("0")) > 6:  # far beyond any limit; int() of it could be slow
            raise ValidationError(column, f"a number of {len(text)} digits is far too large")
        return int(text)

    def minutes(self, column: str, *, required: bool) -> int | None:
        text = self.required(column) if required else self.cell(column).strip()
        if not text:
            return None
        value = self.whole(column, text, "minutes such as 10")
        return check_minutes(value, column, allow_zero=not required)

    def scale(self, column: str) -> int | None:
        text = self.cell(column).strip()
        if not text:
            return None
        return check_scale(self.whole(column, text, "0 to 10"), column)

    def load_unit(self) -> MassUnit:
        try:
            return MassUnit.parse(self.cell("load_unit"))
        except ValidationError as exc:
            raise ValidationError("load_unit", exc.message) from None

    def load(self, column: str, unit: MassUnit | None) -> Mass | None:
        text = self.cell(column).strip()
        if not text:
            return None
        self.decimal(column, text)
        try:
            if unit is None:
                Mass.of(text, MassUnit.KG)  # the number is still checked; the limit needs a unit
                return None
            return check_load(Mass.of(text, unit), column)
        except ValidationError as exc:
            raise ValidationError(column, exc.message) from None

    def distance(self) -> Decimal | None:
        text = self.cell("distance_m").strip()
        if not text:
            return None
        return check_distance(self.decimal("distance_m", text), "distance_m")

    def sled(self, sleds: _Sleds) -> GearItem | None:
        name = unguard(self.cell("sled")).strip()
        return sleds.find(name) if name else None

    def surface(self) -> str | None:
        text = self.cell("surface").strip()
        return surface(text).key if text else None


# ---------------------------------------------------------------------- import


def import_sessions_csv(schedule: ScheduleService, gear: GearService, path: Path) -> int:
    """Add every session of the CSV file at ``path`` to the schedule, or none of them.

    The whole file is read and checked first, its ``sled`` names against the inventory of
    ``gear``; only when no problem was found are the sessions added, in one write. Loads
    without a ``load_unit`` are in the database's display unit.

    Returns:
        The number of sessions added.

    Raises:
        CsvImportError: The file has problems (all listed); the database was not touched.
        DatabaseError: The database could not be written; it keeps its last saved state.
    """
    sessions = read_sessions_csv(path, gear.items(), gear.preferences().display_unit)
    schedule.add_many(sessions)
    log(__name__, INFO, "imported %d sessions from %s", len(sessions), path)
    return len(sessions)
