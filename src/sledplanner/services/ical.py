"""The planned sessions as an iCalendar file (RFC 5545), for any calendar app.

Built with the maintained ``icalendar`` library. One event per **planned** session (done and
skipped sessions are left out unless every session is asked for: the calendar shows what is
still to do). Each event's ``UID`` is the session's stable id followed by ``@sledplanner``, so
importing a later export into the same calendar updates the events instead of doubling them, and
its ``STATUS`` tells planned (TENTATIVE), done (CONFIRMED) and skipped (CANCELLED) apart. The
calendar sync (``calendar_sync``) pushes the same events. See ``docs/cli.md``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sledplanner import __version__
from sledplanner.domain.errors import ValidationError
from sledplanner.domain.gear import GearItem
from sledplanner.domain.sessions import Session, SessionStatus
from sledplanner.domain.surfaces import surface
from sledplanner.domain.units import Mass
from sledplanner.services.gear import GearService
from sledplanner.services.schedule import ScheduleService, session_order
from sledplanner.storage.atomic import write_atomically
from sledplanner.storage.repositories import BadRecord

if TYPE_CHECKING:
    from icalendar import Event

__all__ = [
    "PRODID",
    "UID_DOMAIN",
    "IcsExportError",
    "calendar_bytes",
    "event_status",
    "event_uid",
    "event_summary",
    "session_event",
    "export_ics",
    "planned_count",
]

#: Who made the file, as RFC 5545 wants it said.
PRODID = f"-//SledPlanner//SledPlanner {__version__}//EN"

#: The right-hand side of every event's UID.
UID_DOMAIN = "sledplanner"

#: The iCalendar STATUS of each session status.
_STATUS = {
    SessionStatus.PLANNED: "TENTATIVE",
    SessionStatus.DONE: "CONFIRMED",
    SessionStatus.SKIPPED: "CANCELLED",
}

#: What starts the title of a done session.
DONE_MARK = "\u2713 "


class IcsExportError(Exception):
    """The database holds session records that fail validation; no file was written.

    Attributes:
        records: The invalid records, as the database check reports them.
    """

    def __init__(self, records: list[BadRecord]) -> None:
        """Carry the invalid ``records``."""
        super().__init__("\n".join(str(record) for record in records))
        self.records = records


def event_uid(session: Session) -> str:
    """Return the UID of the session's event: the same in every export."""
    return f"{session.id}@{UID_DOMAIN}"


def _mass_text(mass: Mass) -> str:
    """Write a mass exactly, in its own unit, without trailing zeros: "55 lb", "22.5 kg"."""
    return f"{mass.value.normalize():f} {mass.unit.value}"


def event_summary(session: Session) -> str:
    """Return the event's title, such as "Backward sled drag · 10 min · 55 lb".

    The load is the planned mass added to the sled, in the unit it was entered in; there is no
    load part when none is planned, when it is zero (the empty sled), or for a backward walk.
    A done session's title starts with "✓ ".
    """
    parts = [session.activity.label, f"{session.planned_minutes} min"]
    load = session.planned_load
    if session.activity.uses_sled and load is not None and load.value != 0:
        parts.append(_mass_text(load))
    title = " · ".join(parts)
    return DONE_MARK + title if session.status is SessionStatus.DONE else title


def event_status(session: Session) -> str:
    """Return the event's STATUS: TENTATIVE (planned), CONFIRMED (done) or CANCELLED (skipped)."""
    return _STATUS[session.status]


def _description(session: Session, gear_by_id: Mapping[str, GearItem]) -> str:
    lines: list[str] = []
    sled = gear_by_id.get(session.sled_id) if session.sled_id is not None else None
    if sled is not None:
        lines.append(f"Sled: {sled.name} ({_mass_text(sled.mass)})")
    load = session.planned_load
    if session.activity.uses_sled and load is not None:
        added = _mass_text(load) if load.value != 0 else "none (the empty sled)"
        lines.append(f"Load added: {added}")
    if session.surface is not None:
        try:
            lines.append(f"Surface: {surface(session.surface).name}")
        except ValidationError:
            lines.append(f"Surface: {session.surface}")
    if session.planned_distance_m is not None:
        lines.append(f"Distance: {session.planned_distance_m.normalize():f} m")
    if session.moved and session.original_date is not None:
        lines.append(f"Moved from {session.original_date.isoformat()}")
    if session.notes:
        if lines:
            lines.append("")
        lines.append(session.notes)
    return "\n".join(lines)


def session_event(
    session: Session,
    gear_by_id: Mapping[str, GearItem],
    stamp: datetime,
    reminder_minutes: int | None = None,
) -> Event:
    """Return the session's event, as exported and as pushed to a calendar server.

    Args:
        session: The session.
        gear_by_id: The inventory by id, for the sled's name and mass in the description.
        stamp: The DTSTAMP (UTC).
        reminder_minutes: When given, a reminder (VALARM) that many minutes before the start;
            only a session with a start time gets one.
    """
    from icalendar import Alarm, Event  # imported on first use: it takes ~60 ms to load

    event = Event()
    event.add("uid", event_uid(session))
    event.add("dtstamp", stamp)
    if session.start_time is not None:
        # Floating local time: the session is at 07:00 wherever the user is.
        start = datetime.combine(session.day, session.start_time)
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(minutes=session.planned_minutes))
    else:
        event.add("dtstart", session.day)
        event.add("dtend", session.day + timedelta(days=1))
    event.add("summary", event_summary(session))
    event.add("status", event_status(session))
    description = _description(session, gear_by_id)
    if description:
        event.add("description", description)
    if reminder_minutes is not None and session.start_time is not None:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", event_summary(session))
        alarm.add("trigger", timedelta(minutes=-reminder_minutes))
        event.add_component(alarm)
    return event


def calendar_bytes(
    sessions: Iterable[Session],
    gear_items: Iterable[GearItem],
    now: datetime,
    include_all: bool = False,
) -> bytes:
    """Return the iCalendar file holding one event per planned session of ``sessions``.

    Args:
        sessions: The sessions; only the planned ones become events (every one with
            ``include_all``), in schedule order.
        gear_items: The inventory, for the sled's name and mass in the description.
        now: The time of the export (timezone-aware), written as every event's DTSTAMP in UTC.
        include_all: Also the done (CONFIRMED) and skipped (CANCELLED) sessions.

    Raises:
        ValueError: ``now`` has no timezone.
    """
    stamp = utc_stamp(now)
    gear_by_id = {item.id: item for item in gear_items}
    from icalendar import Calendar

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "SledPlanner")
    chosen = sorted(
        (s for s in sessions if include_all or s.status is SessionStatus.PLANNED),
        key=session_order,
    )
    for session in chosen:
        calendar.add_component(session_event(session, gear_by_id, stamp))
    payload: bytes = calendar.to_ical()
    return payload


def utc_stamp(now: datetime) -> datetime:
    """Return ``now`` (timezone-aware) in UTC to the second, as a DTSTAMP.

    Raises:
        ValueError: ``now`` has no timezone.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be a timezone-aware date-time")
    return now.astimezone(UTC).replace(microsecond=0)


def planned_count(sessions: Iterable[Session], include_all: bool = False) -> int:
    """Return how many of ``sessions`` an export turns into events."""
    if include_all:
        return sum(1 for _ in sessions)
    return sum(1 for session in sessions if session.status is SessionStatus.PLANNED)


def export_ics(
    schedule: ScheduleService,
    gear: GearService,
    path: Path,
    now: datetime | None = None,
    include_all: bool = False,
) -> int:
    """Write the planned sessions to the iCalendar file at ``path``, atomically.

    Args:
        schedule: The sessions.
        gear: The inventory, for the sleds' names.
        path: The file to write; an existing one is replaced (readers see old or new).
        now: The export time (tests fix it); the current time when None.
        include_all: Also the done and skipped sessions.

    Returns:
        The number of events written.

    Raises:
        IcsExportError: Some stored session records are invalid; nothing was written.
        OSError: The file could not be written; an existing file is unchanged.
    """
    bad = schedule.problems()
    if bad:
        raise IcsExportError(bad)
    sessions = schedule.sessions()
    stamp = now if now is not None else datetime.now(UTC)
    write_atomically(Path(path), calendar_bytes(sessions, gear.items(), stamp, include_all))
    return planned_count(sessions, include_all)
