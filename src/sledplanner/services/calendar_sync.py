"""Two-way sync of the plan with a CalDAV calendar: every session is one event there.

A sync has three steps, so that the window can run the middle one in a background thread:

1. :meth:`CalendarSyncService.snapshot` reads the sessions, the inventory and what the last
   sync pushed (the ``calendar_sync`` table) from the database;
2. :func:`exchange` talks to the server only: it reads the SledPlanner events, works out the
   plan (:func:`~sledplanner.domain.calendar_sync.plan_sync`) and writes and deletes events;
3. :meth:`CalendarSyncService.apply` stores, back in the database, the sessions moved in the
   calendar app (through the caller, so the window makes each move undoable) and the new
   states.

When step 2 fails nothing is stored: the local plan is untouched, and the next sync finds what
did reach the server by comparing the events' fingerprints.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sledplanner.domain.calendar_sync import (
    CalendarAccount,
    EventState,
    Fingerprint,
    RemoteEvent,
    plan_sync,
)
from sledplanner.domain.gear import GearItem
from sledplanner.domain.sessions import Session
from sledplanner.services.calendar_server import CalendarServer
from sledplanner.services.gear import GearService
from sledplanner.services.ical import PRODID, event_summary, session_event, utc_stamp
from sledplanner.services.schedule import ScheduleService
from sledplanner.services.workspace import Workspace
from sledplanner.storage.calendar_repository import (
    CalendarAccountRepository,
    CalendarSyncRepository,
)
from sledplanner.storage.repositories import BadRecord

__all__ = [
    "CalendarSyncService",
    "Exchange",
    "SyncReport",
    "SyncSnapshot",
    "exchange",
    "fingerprint",
    "sync_once",
]

log = logging.getLogger(__name__)

#: Stores a move taken back from the calendar: (session before, after); False when refused.
MoveSession = Callable[[Session, Session], bool]


@dataclass(frozen=True)
class SyncSnapshot:
    """What a sync needs from the database, read at one moment (safe to hand to a thread)."""

    calendar_url: str
    sessions: tuple[Session, ...]
    gear: tuple[GearItem, ...]
    states: dict[str, EventState]
    reminder_minutes: int | None


@dataclass
class Exchange:
    """What the server side of a sync did; :meth:`CalendarSyncService.apply` stores it."""

    snapshot: SyncSnapshot
    states: list[EventState] = field(default_factory=list)
    forget: list[str] = field(default_factory=list)
    moves: list[tuple[Session, Session]] = field(default_factory=list)
    added: int = 0
    updated: int = 0
    deleted: int = 0
    overwritten: list[Session] = field(default_factory=list)


@dataclass(frozen=True)
class SyncReport:
    """What a sync changed, for the user."""

    added: int
    updated: int
    deleted: int
    moved_here: list[tuple[Session, Session]]
    overwritten: list[Session]
    at: datetime

    def summary(self) -> str:
        """Return "N added, N updated, N deleted, N moved here"."""
        return (
            f"{self.added} added, {self.updated} updated, {self.deleted} deleted, "
            f"{len(self.moved_here)} moved here"
        )

    def details(self) -> list[str]:
        """Return one line per move taken back and per calendar change replaced."""
        lines = [
            f"moved here: {event_summary(before)} from {before.day.isoformat()} to "
            f"{after.day.isoformat()}"
            for before, after in self.moved_here
        ]
        lines.extend(
            f"changed in the calendar, put back as planned here: {event_summary(session)} "
            f"on {session.day.isoformat()}"
            for session in self.overwritten
        )
        return lines


# ---------------------------------------------------------------------- events
def fingerprint(event: Any) -> dict[str, str]:
    """Return what SledPlanner writes in ``event`` (an icalendar VEVENT), as texts.

    ``day`` is the day the event starts on, in the user's time zone when the event has one.
    """
    start = event.decoded("dtstart", None)
    end = event.decoded("dtend", None)
    alarms = sorted(
        str(int(alarm.decoded("trigger").total_seconds()))
        for alarm in event.walk("VALARM")
        if alarm.get("trigger") is not None and hasattr(alarm.decoded("trigger"), "total_seconds")
    )
    day = _day(start)
    return {
        "day": day.isoformat() if day is not None else "",
        "start": _when(start),
        "end": _when(end),
        "summary": str(event.get("summary", "")),
        "description": str(event.get("description", "")),
        "status": str(event.get("status", "")).upper(),
        "reminders": ",".join(alarms),
    }


def _when(value: object) -> str:
    return value.isoformat() if isinstance(value, date) else ""


def _day(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.astimezone().date() if value.tzinfo is not None else value.date()
    return value if isinstance(value, date) else None


def _event_bytes(event: Any) -> bytes:
    from icalendar import Calendar

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add_component(event)
    payload: bytes = calendar.to_ical()
    return payload


def _read_event(data: str) -> Any:
    from icalendar import Calendar

    for component in Calendar.from_ical(data).walk("VEVENT"):
        return component
    return None


class _Events:
    """The events of a snapshot's sessions, built once each."""

    def __init__(self, snapshot: SyncSnapshot, now: datetime) -> None:
        self._gear = {item.id: item for item in snapshot.gear}
        self._stamp = utc_stamp(now)
        self._reminder = snapshot.reminder_minutes
        self._cache: dict[Session, tuple[Any, dict[str, str]]] = {}

    def event(self, session: Session) -> tuple[Any, dict[str, str]]:
        found = self._cache.get(session)
        if found is None:
            built = session_event(session, self._gear, self._stamp, self._reminder)
            # Read back what is written, so it compares like an event read from the server.
            found = (built, fingerprint(_read_event(_event_bytes(built).decode("utf-8"))))
            self._cache[session] = found
        return found

    def fingerprint(self, session: Session) -> Fingerprint:
        return self.event(session)[1]


# ---------------------------------------------------------------------- the server step
def exchange(
    snapshot: SyncSnapshot, server: CalendarServer, now: datetime | None = None
) -> Exchange:
    """Bring the calendar in line with ``snapshot``; touch no database (runs in any thread).

    Raises:
        CalendarServerError: The server could not be reached or refused; what was already
            written there is found again by the next sync.
    """
    events = _Events(snapshot, now or datetime.now(UTC))
    remote: dict[str, RemoteEvent] = {}
    for found in server.events():
        try:
            event = _read_event(found.data)
        except ValueError:
            event = None
        if event is None or found.session_id in remote:
            continue
        seen = fingerprint(event)
        day = date.fromisoformat(seen["day"]) if seen["day"] else None
        remote[found.session_id] = RemoteEvent(found.session_id, found.href, found.etag, seen, day)
    plan = plan_sync(snapshot.sessions, snapshot.states, remote, events.fingerprint)
    done = Exchange(
        snapshot,
        moves=list(plan.moves),
        added=plan.added,
        updated=plan.updated,
        overwritten=list(plan.overwritten),
    )
    url = server.url
    for adopted in plan.adopted:
        state = EventState(
            adopted.session_id, url, adopted.href, adopted.etag, dict(adopted.fingerprint)
        )
        if snapshot.states.get(adopted.session_id) != state:
            done.states.append(state)
    for put in plan.puts:
        event, wanted = events.event(put.session)
        href = put.href or server.href_for(put.session.id)
        etag = server.put(href, _event_bytes(event), put.if_match)
        done.states.append(EventState(put.session.id, url, href, etag, wanted))
    for remove in plan.removes:
        server.delete(remove.href, remove.if_match)
        done.forget.append(remove.session_id)
        done.deleted += 1
    done.forget.extend(plan.forget)
    log.info(
        "calendar sync with %s: %d added, %d updated, %d deleted, %d moved here",
        url,
        done.added,
        done.updated,
        done.deleted,
        len(done.moves),
    )
    return done


# ---------------------------------------------------------------------- the database steps
class CalendarSyncService:
    """The calendar account of a workspace and the database side of a sync."""

    def __init__(self, workspace: Workspace, schedule: ScheduleService, gear: GearService) -> None:
        """Sync the sessions of ``schedule`` (sleds named from ``gear``) stored in ``workspace``."""
        self._account = CalendarAccountRepository(workspace.database.db)
        self._states = CalendarSyncRepository(workspace.database.db)
        self._schedule = schedule
        self._gear = gear
        self.read_only = workspace.read_only

    def account(self) -> CalendarAccount | None:
        """Return the calendar set up for this database, if any."""
        return self._account.load()

    def set_account(self, account: CalendarAccount | None) -> None:
        """Store ``account`` (never a password: it has none); None forgets the account."""
        if account is None:
            self._account.clear()
        else:
            self._account.save(account)

    def problems(self) -> list[BadRecord]:
        """Return the stored session records that fail validation (no sync while there are)."""
        return self._schedule.problems()

    def snapshot(self, calendar_url: str, reminder_minutes: int | None) -> SyncSnapshot:
        """Read what a sync with the calendar at ``calendar_url`` needs."""
        url = calendar_url if calendar_url.endswith("/") else calendar_url + "/"
        return SyncSnapshot(
            url,
            tuple(self._schedule.sessions()),
            tuple(self._gear.items()),
            self._states.for_calendar(url),
            reminder_minutes,
        )

    def apply(self, done: Exchange, move: MoveSession | None = None) -> SyncReport:
        """Store what the server step did: the moves taken back, then the new states.

        Args:
            done: The server step's outcome.
            move: Stores one move (the window wraps it in an undo command); by default the
                schedule is updated directly. A move is left out when the session changed here
                since the snapshot or ``move`` refuses it: the next sync sees it again.
        """
        store = move or self._store_move
        moved: list[tuple[Session, Session]] = []
        left_out: set[str] = set()
        for before, after in done.moves:
            if self._schedule.session(before.id) == before and store(before, after):
                moved.append((before, after))
            else:
                left_out.add(before.id)
        states = [state for state in done.states if state.session_id not in left_out]
        self._states.store(done.snapshot.calendar_url, states, done.forget)
        return SyncReport(
            done.added,
            done.updated,
            done.deleted,
            moved,
            list(done.overwritten),
            datetime.now().astimezone(),
        )

    def _store_move(self, before: Session, after: Session) -> bool:
        self._schedule.update(after)
        return True


def sync_once(
    service: CalendarSyncService,
    server: CalendarServer,
    reminder_minutes: int | None,
    now: datetime | None = None,
) -> SyncReport:
    """Run a whole sync in this thread (the command line): snapshot, server step, store.

    Raises:
        CalendarServerError: The server step failed; nothing was stored.
    """
    snapshot = service.snapshot(server.url, reminder_minutes)
    done = exchange(snapshot, server, now)
    return service.apply(done)
