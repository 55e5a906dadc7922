"""Writing every session to a sessions CSV file."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from pathlib import Path

from sledplanner.domain.gear import (
    GearItem,
)
from sledplanner.domain.sessions import (
    Session,
)
from sledplanner.domain.units import Mass, MassUnit
from sledplanner.services.csv_common import (
    CsvExportError,
    csv_bytes,
    guard,
)
from sledplanner.services.gear import GearService
from sledplanner.services.schedule import ScheduleService
from sledplanner.services.sessions_csv.columns import SESSION_COLUMNS
from sledplanner.storage.atomic import write_atomically

# ---------------------------------------------------------------------- export


def _in_kg(mass: Mass | None) -> Mass | None:
    """Return ``mass`` in kilograms, converted exactly (a kilogram mass is kept as it is)."""
    if mass is None or mass.unit is MassUnit.KG:
        return mass
    return Mass(Decimal(0), MassUnit.KG) + mass


def _loads(session: Session) -> tuple[Mass | None, Mass | None, str]:
    """Return the planned and actual loads and the one unit the row gives them in.

    The row has one ``load_unit``: when the two loads were entered in different units, both
    are written in kilograms, the pound one converted exactly (a pound is 0.45359237 kg).
    """
    planned = session.planned_load
    actual = session.log.load if session.log is not None else None
    units = {mass.unit for mass in (planned, actual) if mass is not None}
    if len(units) > 1:
        planned, actual = _in_kg(planned), _in_kg(actual)
        units = {MassUnit.KG}
    unit = units.pop().value if units else ""
    return planned, actual, unit


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _row(session: Session, gear_by_id: Mapping[str, GearItem]) -> list[str]:
    log = session.log
    planned, actual, unit = _loads(session)
    sled = gear_by_id.get(session.sled_id) if session.sled_id is not None else None
    return [
        session.day.isoformat(),
        session.activity.value,
        session.status.value,
        str(session.planned_minutes),
        _text(planned.value if planned is not None else None),
        _text(log.minutes if log is not None else None),
        _text(actual.value if actual is not None else None),
        unit,
        guard(sled.name) if sled is not None else "",
        session.surface or "",
        _text(log.distance_m if log is not None else None),
        _text(log.rpe if log is not None else None),
        _text(log.pain_during if log is not None else None),
        _text(log.pain_next_morning if log is not None else None),
        guard(session.notes),
    ]


def sessions_csv_bytes(sessions: Iterable[Session], gear_items: Iterable[GearItem]) -> bytes:
    """Return the CSV file (UTF-8, no byte-order mark, CRLF line ends) holding ``sessions``.

    A sled is written by the name of its gear item in ``gear_items``; a session whose sled is
    no longer in the inventory gets an empty ``sled`` cell.
    """
    gear_by_id = {item.id: item for item in gear_items}
    return csv_bytes(SESSION_COLUMNS, (_row(session, gear_by_id) for session in sessions))


def export_sessions_csv(schedule: ScheduleService, gear: GearService, path: Path) -> int:
    """Write every session (all statuses) to the CSV file at ``path``, atomically.

    Sessions are written in schedule order (day, start time, id). An existing file is replaced;
    readers see the old or the new file, never a mix.

    Returns:
        The number of sessions written.

    Raises:
        CsvExportError: Some stored session records are invalid; nothing was written.
        OSError: The file could not be written; an existing file is unchanged.
    """
    bad = schedule.problems()
    if bad:
        raise CsvExportError(bad)
    sessions = schedule.sessions()
    write_atomically(Path(path), sessions_csv_bytes(sessions, gear.items()))
    return len(sessions)
