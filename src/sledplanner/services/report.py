"""What the report for a physio holds: the period's sessions, plan, adherence and decisions.

Qt-free: :func:`build_report` gathers the facts from the services; the window and the
``report`` command lay them out on pages (``sledplanner.ui.report``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

from sledplanner.domain.compliance import Compliance, compliance, weekly_adherence
from sledplanner.domain.gear import GearItem
from sledplanner.domain.programme import Programme
from sledplanner.domain.progression import decide_next_load
from sledplanner.domain.sessions import Session, SessionStatus, week_start
from sledplanner.domain.units import Mass, MassUnit
from sledplanner.services.bundle import Services

__all__ = [
    "DEFAULT_DAYS",
    "PLANNED_AHEAD_DAYS",
    "DecisionRow",
    "ReportData",
    "SessionRow",
    "SessionCard",
    "WeekRow",
    "build_report",
    "build_session_card",
    "default_period",
    "next_planned",
]

#: The default period: the last four weeks, today included.
DEFAULT_DAYS = 28
#: How far ahead the report lists the planned sessions.
PLANNED_AHEAD_DAYS = 14


def default_period(today: date) -> tuple[date, date]:
    """The last four weeks, ending today."""
    return today - timedelta(days=DEFAULT_DAYS - 1), today


@dataclass(frozen=True)
class SessionRow:
    """One session of the period as the report lists it.

    ``load`` is the mass added to the sled (logged, else planned); ``dragged`` adds the
    sled's own mass to it (None without a sled).
    """

    session: Session
    minutes: int
    load: Mass | None
    dragged: Mass | None
    sled: GearItem | None


@dataclass(frozen=True)
class WeekRow:
    """One week of the period: sessions done of planned, minutes, and the colours."""

    start: date
    done: int
    planned: int
    minutes_done: int
    minutes_planned: int
    colours: dict[Compliance, int]


@dataclass(frozen=True)
class DecisionRow:
    """A progression decision taken after a logged session, and its reason."""

    after: Session
    next_session: Session
    action: str
    proposed: Mass
    reason: str


@dataclass(frozen=True)
class ReportData:
    """Everything the report shows."""

    athlete: str
    body_mass: Mass | None
    first: date
    last: date
    today: date
    unit: MassUnit
    programmes: tuple[Programme, ...]
    weeks: tuple[WeekRow, ...]
    sessions: tuple[SessionRow, ...]
    decisions: tuple[DecisionRow, ...]
    planned: tuple[SessionRow, ...]

    @property
    def done(self) -> int:
        """Sessions done in the period."""
        return sum(week.done for week in self.weeks)

    @property
    def due(self) -> int:
        """Sessions of the period that were due (planned, done or skipped, up to today)."""
        return sum(1 for row in self.sessions if row.session.day <= self.today)


def _row(session: Session, sleds: dict[str, GearItem]) -> SessionRow:
    log = session.log
    load = log.load if log is not None and log.load is not None else session.planned_load
    sled = sleds.get(session.sled_id) if session.sled_id else None
    dragged = None
    if sled is not None and session.activity.uses_sled:
        dragged = sled.mass + load if load is not None else sled.mass
    minutes = log.minutes if log is not None else session.planned_minutes
    return SessionRow(session, minutes, load, dragged, sled)


def build_report(services: Services, first: date, last: date) -> ReportData:
    """Gather the report of the days ``first`` to ``last`` (both included).

    The planned sessions listed are those of the two weeks from today.
    """
    if last < first:
        first, last = last, first
    today = services.schedule.today()
    preferences = services.gear.preferences()
    sleds = {item.id: item for item in services.gear.items()}
    sessions = services.schedule.sessions_between(first, last)
    rows = tuple(_row(session, sleds) for session in sessions)
    weeks = _weeks(sessions, first, last, preferences.first_weekday, today)
    programmes = tuple(
        programme
        for programme in services.programmes.programmes()
        if programme.start <= last and programme.start + timedelta(weeks=programme.weeks) > first
    )
    ahead = services.schedule.sessions_between(today, today + timedelta(PLANNED_AHEAD_DAYS - 1))
    planned = tuple(
        _row(session, sleds) for session in ahead if session.status is SessionStatus.PLANNED
    )
    return ReportData(
        athlete=services.workspace.name,
        body_mass=preferences.body_mass,
        first=first,
        last=last,
        today=today,
        unit=preferences.display_unit,
        programmes=programmes,
        weeks=weeks,
        sessions=rows,
        decisions=_decisions(services, sessions),
        planned=planned,
    )


def _weeks(
    sessions: list[Session], first: date, last: date, first_weekday: int, today: date
) -> tuple[WeekRow, ...]:
    weeks: list[WeekRow] = []
    start = week_start(first, first_weekday)
    while start <= last:
        inside = [s for s in sessions if start <= s.day < start + timedelta(7)]
        counted = weekly_adherence(inside, start)
        colours: dict[Compliance, int] = {}
        for session in inside:
            colour = compliance(session, today)
            colours[colour] = colours.get(colour, 0) + 1
        weeks.append(
            WeekRow(
                start=start,
                done=counted.done,
                planned=counted.planned,
                minutes_done=sum(s.log.minutes for s in inside if s.log is not None),
                minutes_planned=sum(s.planned_minutes for s in inside),
                colours=colours,
            )
        )
        start += timedelta(7)
    return tuple(weeks)


def _decisions(services: Services, sessions: list[Session]) -> tuple[DecisionRow, ...]:
    """The load decision the progression rules take after each logged sled session.

    For a session of the past, the decision is worked out again as it stood then: from the
    sessions done up to it, for the next session of its activity that has a planned load.
    """
    settings = services.programmes.settings()
    found: list[DecisionRow] = []
    for logged in sessions:
        if logged.status is not SessionStatus.DONE or not logged.activity.uses_sled:
            continue
        following = _following(services, logged)
        if following is None or following.planned_load is None:
            continue
        history = [
            s
            for s in services.schedule.sessions_between(logged.day - timedelta(56), logged.day)
            if s.status is SessionStatus.DONE
            and s.activity is logged.activity
            and (s.day, s.start_time is not None, s.id) <= (logged.day, True, logged.id)
        ]
        decision = decide_next_load(
            history,
            following.planned_load,
            services.progression.step_for(following),
            settings,
            last_week_load=services.progression.last_week_load(following),
        )
        found.append(
            DecisionRow(logged, following, decision.action, decision.proposed, decision.reason)
        )
    return tuple(found)


def _following(services: Services, logged: Session) -> Session | None:
    for session in services.schedule.sessions_between(logged.day, logged.day + timedelta(60)):
        if (
            session.id != logged.id
            and session.activity is logged.activity
            and session.planned_load is not None
            and (session.day, session.id) > (logged.day, logged.id)
        ):
            return session
    return None


# ---------------------------------------------------------------------- session card


@dataclass(frozen=True)
class SessionCard:
    """A one-page card for one planned session: what to stack on the sled, and the minutes.

    ``pieces`` is the combination of owned pieces that builds the load (exactly when
    ``exact``, else the nearest lighter one); empty for the empty sled or no load.
    """

    session: Session
    sled: GearItem | None
    load: Mass | None
    pieces: tuple[tuple[str, Mass, int], ...]
    built_kg: Fraction | None
    exact: bool


def next_planned(services: Services, day: date) -> Session | None:
    """The first planned session on ``day`` or after it (within a year), or None."""
    for session in services.schedule.sessions_between(day, day + timedelta(366)):
        if session.status is SessionStatus.PLANNED:
            return session
    return None


def build_session_card(services: Services, session: Session) -> SessionCard:
    """What the card of ``session`` shows: the pieces that build its load from the owned gear."""
    sleds = {item.id: item for item in services.gear.items()}
    sled = sleds.get(session.sled_id) if session.sled_id else None
    load = session.planned_load if session.activity.uses_sled else None
    if load is None or load.kg == 0:
        return SessionCard(session, sled, load, (), load.kg if load is not None else None, True)
    match = services.loads.find(load)
    combination = match.exact or match.below
    if combination is None:
        return SessionCard(session, sled, load, (), None, False)
    pieces = tuple((piece.label, piece.mass, used) for piece, used in combination.parts)
    return SessionCard(session, sled, load, pieces, combination.total_kg, match.exact is not None)
