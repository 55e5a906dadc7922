"""Schedule use cases: the training sessions of a workspace, planned, done and skipped."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Literal

from sledplanner.domain.scheduling import copy_week, next_free_day
from sledplanner.domain.sessions import Session, SessionStatus, week_start
from sledplanner.services.observed import ObservedService
from sledplanner.services.workspace import Workspace
from sledplanner.storage.repositories import BadRecord
from sledplanner.storage.session_repository import SessionRepository

__all__ = ["ChangeKind", "Listener", "ScheduleChange", "ScheduleService", "session_order"]

ChangeKind = Literal["added", "updated", "removed", "reset"]


@dataclass(frozen=True)
class ScheduleChange:
    """What changed in the sessions, for views that follow along.

    ``reset`` (several sessions at once: an import, a copied week, an undo of one) carries no
    ``record_id``; views then reload what they show.
    """

    kind: ChangeKind
    record_id: str | None = None


Listener = Callable[[ScheduleChange], None]


def session_order(session: Session) -> tuple[date, bool, time, str]:
    """Sort key of the schedule: by day, sessions without a start time first, then time, id."""
    start = session.start_time
    return (session.day, start is not None, start or time.min, session.id)


class ScheduleService(ObservedService[ScheduleChange]):
    """The sessions of one workspace. Stored and heard of as :class:`ObservedService` says."""

    def __init__(
        self,
        workspace: Workspace,
        today: Callable[[], date] = date.today,
        show_edit_controls: bool | None = None,
    ) -> None:
        """Serve the sessions of ``workspace``; ``today`` tells the date (tests fix it).

        ``show_edit_controls`` overrides whether views offer editing (screenshots of a database
        opened read-only look like the app); the storage refuses writes either way.
        """
        self._sessions = SessionRepository(workspace.database.db)
        super().__init__(workspace, today, show_edit_controls)

    def reloaded(self) -> None:
        """Tell the views that the sessions may all have changed (a merge, or its undo)."""
        self._tell(ScheduleChange("reset"))

    # ------------------------------------------------------------------ reading
    def sessions(self) -> list[Session]:
        """Return every valid session, by day, then start time (none first), then id."""
        return sorted(self._sessions.all(), key=session_order)

    def sessions_between(self, first: date, last: date) -> list[Session]:
        """Return the sessions dated ``first`` to ``last``, both included, in schedule order.

        Only the records in the range are rebuilt, so showing one month of a large table is
        cheap; an empty list when ``last`` is before ``first``.
        """
        return sorted(self._sessions.between(first, last), key=session_order)

    def date_span(self) -> tuple[date, date] | None:
        """Return the first and last day with a session, or None when there is none."""
        return self._sessions.date_span()

    def session(self, session_id: str) -> Session | None:
        """Return the session with ``session_id``, or None."""
        return self._sessions.get(session_id)

    def count(self) -> int:
        """Return the number of stored session records (invalid ones included)."""
        return self._sessions.count()

    def problems(self) -> list[BadRecord]:
        """Return the stored session records that fail validation, and duplicate ids."""
        return self._sessions.problems()

    # ------------------------------------------------------------------ plans of changes
    def week_of(self, day: date, first_weekday: int = 0) -> list[Session]:
        """Return the sessions of the week holding ``day`` (weeks start on ``first_weekday``)."""
        first = week_start(day, first_weekday)
        return self.sessions_between(first, first + timedelta(days=6))

    def rescheduled(self, session_id: str, first_weekday: int = 0) -> Session | None:
        """Work out where a missed session goes; nothing is stored.

        The session moves to the next free day of its week that keeps a rest day and has not
        passed (see :func:`~sledplanner.domain.scheduling.next_free_day`); a skipped session is
        planned again. Store the result with :meth:`update`.

        Returns:
            The moved session, or None when the id is unknown or no day in the week fits.
        """
        session = self.session(session_id)
        if session is None:
            return None
        day = next_free_day(
            session, self.week_of(session.day, first_weekday), self.today(), first_weekday
        )
        if day is None:
            return None
        reopened = session.reopened() if session.status is SessionStatus.SKIPPED else session
        return reopened.moved_to(day)

    def week_copies(self, day: date, weeks: int, first_weekday: int = 0) -> list[Session]:
        """Copy the plan of the week holding ``day`` into the ``weeks`` weeks after it.

        Nothing is stored: add the copies with :meth:`add_many`. See
        :func:`~sledplanner.domain.scheduling.copy_week` for what a copy keeps.
        """
        first = week_start(day, first_weekday)
        targets = [first + timedelta(days=7 * n) for n in range(1, weeks + 1)]
        return copy_week(self.week_of(day, first_weekday), first, targets)

    # ------------------------------------------------------------------ changes
    def add(self, session: Session) -> None:
        """Add ``session`` (also used to put a deleted session back, with its id).

        Raises:
            KeyError: A session with the same id is stored.
            DatabaseError: The write failed; the database keeps its last saved state.
        """
        self._sessions.add(session)
        self._tell(ScheduleChange("added", session.id))

    def add_many(self, sessions: Iterable[Session]) -> None:
        """Add several sessions in one write: all or none."""
        batch = list(sessions)
        if not batch:
            return
        self._sessions.add_many(batch)
        self._tell(ScheduleChange("reset"))

    def update(self, session: Session) -> None:
        """Replace the stored session that has the same id.

        Raises:
            KeyError: No session has that id.
        """
        self._sessions.update(session)
        self._tell(ScheduleChange("updated", session.id))

    def remove(self, session_id: str) -> None:
        """Delete the session with ``session_id``.

        Raises:
            KeyError: No session has that id.
        """
        self._sessions.remove(session_id)
        self._tell(ScheduleChange("removed", session_id))

    def remove_many(self, session_ids: Iterable[str]) -> None:
        """Delete several sessions in one write: all or none.

        Raises:
            KeyError: One of the ids is not stored; nothing was deleted.
        """
        ids = list(session_ids)
        if not ids:
            return
        self._sessions.remove_many(ids)
        self._tell(ScheduleChange("reset"))
