"""Progression use cases: the next session's load after a log, and the 30 % caution on a change.

The rules themselves are in :mod:`sledplanner.domain.progression`; this module picks what they
are applied to from the stored sessions and programmes: which session comes next, the history
the pain rules read, the weekly step, the week the cap is measured on (what was done, past any
lighter week) and the base of the two-week caution.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

from sledplanner.domain.programme import is_lighter_week, quantise_down
from sledplanner.domain.progression import (
    Decision,
    cap_base,
    decide_next_load,
    rise_base,
    rise_caution,
)
from sledplanner.domain.sessions import Activity, Session, SessionStatus
from sledplanner.domain.units import Mass, MassUnit
from sledplanner.services.gear import GearService
from sledplanner.services.programmes import ProgrammeService, template
from sledplanner.services.schedule import ScheduleService

__all__ = ["HISTORY_DAYS", "LOOKAHEAD_DAYS", "ProgressionService", "Proposal"]

#: How far back the pain rules read the history of done sessions.
HISTORY_DAYS = 56
#: How far ahead the next planned session of the same activity is looked for.
LOOKAHEAD_DAYS = 60


@dataclass(frozen=True)
class Proposal:
    """What to do with the next session's load after a logged one.

    Attributes:
        session: The next planned session of the same activity, as stored now.
        decision: The rule's decision and its reason.
        caution: The 30 % two-week caution for the proposed load, or None.
    """

    session: Session
    decision: Decision
    caution: str | None


class ProgressionService:
    """Decides and checks session loads over the stored schedule."""

    def __init__(
        self, schedule: ScheduleService, programmes: ProgrammeService, gear: GearService
    ) -> None:
        """Read sessions from ``schedule``, plans and rules from ``programmes``."""
        self._schedule = schedule
        self._programmes = programmes
        self._gear = gear

    def _first_weekday(self) -> int:
        return self._gear.preferences().first_weekday

    def next_session(self, logged: Session) -> Session | None:
        """The next planned session with a load and the same activity after ``logged``."""
        for session in self._schedule.sessions_between(
            logged.day, logged.day + timedelta(days=LOOKAHEAD_DAYS)
        ):
            if (
                session.status is SessionStatus.PLANNED
                and session.id != logged.id
                and session.activity is logged.activity
                and session.planned_load is not None
                and (session.day, session.id) > (logged.day, logged.id)
            ):
                return session
        return None

    def propose_next(self, session_id: str) -> Proposal | None:
        """After the session ``session_id`` was logged, decide the next session's load.

        Returns:
            The proposal, or None when the session is unknown, drags no sled, or no later
            planned session of its activity has a load.
        """
        logged = self._schedule.session(session_id)
        return None if logged is None else self.propose_after(logged)

    def propose_after(self, logged: Session) -> Proposal | None:
        """As :meth:`propose_next`, for the stored session ``logged`` already at hand."""
        if not logged.activity.uses_sled:
            return None
        following = self.next_session(logged)
        if following is None or following.planned_load is None:
            return None
        history = [
            s
            for s in self._schedule.sessions_between(
                logged.day - timedelta(days=HISTORY_DAYS), logged.day
            )
            if s.status is SessionStatus.DONE and s.activity is logged.activity
        ]
        decision = decide_next_load(
            history,
            following.planned_load,
            self.step_for(following),
            self._programmes.settings(),
            last_week_load=self.last_week_load(following),
        )
        caution = self.caution(following, decision.proposed) if decision.proposed.kg > 0 else None
        return Proposal(following, decision, caution)

    def step_for(self, session: Session) -> Mass:
        """The weekly step of the session's programme, or 5 lb / 2.5 kg for a hand-made one.

        The default step is in the unit of the session's planned load, else the display unit.
        """
        programme = (
            self._programmes.programme(session.programme_id) if session.programme_id else None
        )
        if programme is not None and programme.step is not None:
            return programme.step
        if (
            programme is not None
            and programme.step_percent_body_mass is not None
            and programme.body_mass is not None
        ):
            kg = programme.body_mass.kg * Fraction(programme.step_percent_body_mass) / 100
            return quantise_down(kg, programme.body_mass.unit)
        current = session.planned_load
        unit = current.unit if current is not None else self._gear.preferences().display_unit
        return Mass.of("5", "lb") if unit is MassUnit.LB else Mass.of("2.5", "kg")

    def _lighter(self, session: Session) -> bool:
        """Whether a session lies in a lighter week of the programme that planned it."""
        if session.programme_id is None:
            return False
        programme = self._programmes.programme(session.programme_id)
        if programme is None:
            return False
        try:
            chosen = template(programme.template)
        except KeyError:
            return False
        return is_lighter_week(programme, chosen, session.day)

    def _around(self, day: date, activity: Activity) -> list[Session]:
        """The sessions of ``activity`` in the weeks the bases look at before ``day``."""
        return [
            s
            for s in self._schedule.sessions_between(day - timedelta(days=7 * 7), day)
            if s.activity is activity
        ]

    def last_week_load(self, session: Session) -> Mass | None:
        """The load the weekly cap is measured on: the last full week's heaviest done load."""
        return cap_base(
            self._around(session.day, session.activity),
            session.day,
            self._first_weekday(),
            self._lighter,
        )

    def caution(self, session: Session, load: Mass) -> str | None:
        """The 30 % two-week caution for giving ``session`` the load ``load``, or None."""
        if not session.activity.uses_sled:
            return None
        base = rise_base(
            [s for s in self._around(session.day, session.activity) if s.id != session.id],
            session.day,
            self._first_weekday(),
            self._lighter,
        )
        return rise_caution(base, load)
