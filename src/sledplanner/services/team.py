"""A coach's team: one database file per athlete in one folder, summed up one row each.

Every file is opened read-only and never locked, so the overview works while an athlete's
file is open elsewhere (another window, another machine through a synced folder). A file that
cannot be read, is damaged or was written by a newer version is a row that says so. The flags
come from the same rules as the athlete's own tabs: the progression rules' pain decision
(:func:`~sledplanner.domain.progression.decide_next_load`), the training-stress chart's
acute:chronic ratio, the programme–gear feasibility check, and the proposal the Programme tab
offers after a log.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sledplanner.domain import metrics
from sledplanner.domain.day_words import day_text
from sledplanner.domain.feasibility import check_sessions
from sledplanner.domain.progression import decide_next_load
from sledplanner.domain.sessions import Session, SessionStatus, week_start
from sledplanner.domain.units import Mass
from sledplanner.services.bundle import Services, build_services
from sledplanner.services.csv_common import csv_bytes, guard
from sledplanner.services.errors import DatabaseError
from sledplanner.services.progress import ACWR_MIN_DAYS
from sledplanner.services.progression import HISTORY_DAYS
from sledplanner.services.workspace import open_workspace
from sledplanner.storage.athlete_repository import AthleteRepository
from sledplanner.storage.atomic import write_atomically
from sledplanner.storage.sniff import is_other_json

__all__ = [
    "ACWR_HIGH",
    "ACWR_LOW",
    "CSV_COLUMNS",
    "NO_RATIO_YET",
    "AthleteSummary",
    "acwr_zone",
    "athlete_files",
    "file_stamp",
    "summarise",
    "summarise_services",
    "team_csv",
    "write_team_csv",
]

_log = logging.getLogger(__name__)

#: The training-stress chart's band: a ratio from 0.8 to 1.3 is "as usual" (a guide only).
ACWR_LOW = 0.8
ACWR_HIGH = 1.3
#: What the chart says where the ratio has fewer than 28 days of history.
NO_RATIO_YET = "not enough data yet"

#: The columns of ``sledplanner clients --csv``, in order (see docs/csv.md).
CSV_COLUMNS = (
    "athlete",
    "file",
    "last_session",
    "done_this_week",
    "planned_this_week",
    "minutes_this_week",
    "pain_flag",
    "acwr",
    "next_session",
    "next_load",
    "problem",
    "pain_during",
    "pain_next_morning",
    "acwr_zone",
    "gear_problems",
    "progression",
)

#: Names of files in a team folder that are never athletes: temporaries of atomic writes.
_HIDDEN_PREFIX = "."
#: Copies beside an athlete's file, not athletes: Syncthing's conflict copies
#: (``NAME.sync-conflict-20260310-101010-DEVICE.json``), the window's "keep both" and unsaved
#: copies (``NAME.conflict-20260310-101010.json``) and unreadable files moved aside.
_SIDE_COPY = re.compile(
    r"(?P<stem>.+?)\.(?P<kind>sync-conflict|conflict|unsaved|unreadable)-\d{8}[-T]?\d{6}.*\.json"
)
_SIDE_WORDS = {
    "sync-conflict": "a sync conflict copy of {original}; merge it into that file or delete it",
    "conflict": "a conflict copy of {original} kept by SledPlanner; merge it or delete it",
    "unsaved": "unsaved changes to {original} kept by SledPlanner; merge them or delete it",
    "unreadable": "an unreadable file moved aside from {original}",
}


def acwr_zone(ratio: float | None) -> str:
    """Name where an acute:chronic ratio falls against the chart's 0.8–1.3 band."""
    if ratio is None:
        return NO_RATIO_YET
    if ratio < ACWR_LOW:
        return "under 0.8"
    if ratio > ACWR_HIGH:
        return "over 1.3"
    return "0.8–1.3"


@dataclass(frozen=True)
class AthleteSummary:
    """One row of the team table: an athlete's week at a glance, or why the file cannot show it.

    Attributes:
        path: The database file.
        name: The name set in the file (the ``athlete`` table), else the file name's stem.
        stamp: The file's modification time (ns) and size when read: a changed file differs.
        problem: Why the file cannot be summed up (corrupt, newer, unreadable, a conflict
            copy), or None.
        last_session: The day of the last session done.
        done_this_week: Sessions done this week (the week holding today).
        planned_this_week: Sessions on this week's calendar, done, planned or skipped.
        minutes_this_week: Minutes logged this week.
        pain_during: Pain during the latest session that logged pain (0–10).
        pain_next_morning: Its next-morning pain (0–10).
        pain_flag: The progression rules' words when they would step the load back after the
            latest session (as the Programme tab says them), else "".
        acwr: Today's acute:chronic ratio (EWMA 7/28 days), None before 28 days of history.
        acwr_zone: Where the ratio falls (see :func:`acwr_zone`).
        next_session: The day of the next planned session, today or later.
        next_load: Its planned added load.
        gear_problems: The feasibility problems of the planned sessions from today on.
        progression: The open progression decision: the load change the rules propose for
            the next session and why, until the plan holds it; else "".
    """

    path: Path
    name: str
    stamp: tuple[int, int] = (0, 0)
    problem: str | None = None
    last_session: date | None = None
    done_this_week: int = 0
    planned_this_week: int = 0
    minutes_this_week: int = 0
    pain_during: int | None = None
    pain_next_morning: int | None = None
    pain_flag: str = ""
    acwr: float | None = None
    acwr_zone: str = NO_RATIO_YET
    next_session: date | None = None
    next_load: Mass | None = None
    gear_problems: tuple[str, ...] = field(default_factory=tuple)
    progression: str = ""

    def csv_row(self) -> dict[str, str]:
        """The row as ``sledplanner clients --csv`` writes it: ISO dates, empty for none."""

        def text(value: object) -> str:
            if value is None:
                return ""
            if isinstance(value, date):
                return value.isoformat()
            return str(value)

        return {
            "athlete": self.name,
            "file": self.path.name,
            "last_session": text(self.last_session),
            "done_this_week": "" if self.problem else str(self.done_this_week),
            "planned_this_week": "" if self.problem else str(self.planned_this_week),
            "minutes_this_week": "" if self.problem else str(self.minutes_this_week),
            "pain_flag": self.pain_flag,
            "acwr": "" if self.acwr is None else f"{self.acwr:.2f}",
            "next_session": text(self.next_session),
            "next_load": text(self.next_load),
            "problem": self.problem or "",
            "pain_during": text(self.pain_during),
            "pain_next_morning": text(self.pain_next_morning),
            "acwr_zone": "" if self.problem else self.acwr_zone,
            "gear_problems": "; ".join(self.gear_problems),
            "progression": self.progression,
        }


def file_stamp(path: Path) -> tuple[int, int]:
    """Return ``(mtime in ns, size)`` of ``path``; ``(0, 0)`` when it cannot be read."""
    try:
        status = os.stat(path)
    except OSError:
        return (0, 0)
    return (status.st_mtime_ns, status.st_size)


def athlete_files(folder: Path) -> list[Path]:
    """Return the ``*.json`` files of ``folder`` that may be athletes, by name.

    Hidden files (the temporaries of a save) are left out; so are files that are valid JSON
    but plainly not SledPlanner databases (see :func:`summarise`, which drops those).

    Raises:
        OSError: The folder cannot be listed.
    """
    found = []
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.startswith(_HIDDEN_PREFIX) or not entry.name.endswith(".json"):
                continue
            try:
                if entry.is_dir():
                    continue
            except OSError:
                pass  # listed with its problem
            found.append(Path(entry.path))
    return sorted(found, key=lambda path: path.name.casefold())


def summarise(path: Path, today: date | None = None) -> AthleteSummary | None:
    """Read the database at ``path`` read-only and sum it up; the file is never changed.

    Returns:
        The row; a row with ``problem`` set when the file cannot be read, is damaged or is
        newer than this version; None when it is JSON but not a SledPlanner database.
    """
    path = Path(path)
    day = today if today is not None else date.today()
    stamp = file_stamp(path)
    side = _SIDE_COPY.fullmatch(path.name)
    if side is not None:
        words = _SIDE_WORDS[side["kind"]].format(original=side["stem"] + ".json")
        return AthleteSummary(path, path.stem, stamp, problem=f"{path.name}: {words}")
    try:
        workspace = open_workspace(path, read_only=True)
    except DatabaseError as exc:
        if is_other_json(path):
            return None
        return AthleteSummary(path, path.stem, stamp, problem=exc.message)
    try:
        services = build_services(workspace, today=lambda: day)
        return summarise_services(services, stamp)
    except Exception as exc:  # one athlete's odd data must not stop the folder's table
        _log.exception("cannot sum up %s", path)
        return AthleteSummary(
            path, path.stem, stamp, problem=f"{path}: cannot be summed up ({exc!r})"
        )
    finally:
        workspace.close()


#: The days of history a row reads: the pain rules read 8 weeks back and the caps 7; the
#: ratio's chronic average weighs a day a year old less than 10^-11, so older days change
#: none of the figures shown (see :func:`_acwr_today`).
WINDOW_DAYS = 365


def summarise_services(services: Services, stamp: tuple[int, int] = (0, 0)) -> AthleteSummary:
    """Sum up the open workspace of ``services`` as of its ``today``.

    Only the sessions of the last :data:`WINDOW_DAYS` days and later are read (a coach's file
    of ten years holds thousands), unless the athlete has done none in that time.
    """
    workspace = services.workspace
    name = AthleteRepository(workspace.database.db).name() or workspace.path.stem
    schedule, gear = services.schedule, services.gear
    today = schedule.today()
    preferences = gear.preferences()
    window = today - timedelta(days=WINDOW_DAYS)
    sessions = schedule.sessions_between(window, date.max)
    done = [s for s in sessions if s.status is SessionStatus.DONE]
    if not done:
        done = [s for s in schedule.sessions() if s.status is SessionStatus.DONE]
    upcoming = [s for s in sessions if s.status is SessionStatus.PLANNED and s.day >= today]
    ratio = _acwr_today(services, done, window, len(sessions))
    flag, proposal = _progression_words(services, done)
    issues = check_sessions(upcoming, gear.items()) if upcoming else []
    return AthleteSummary(
        path=workspace.path,
        name=name,
        stamp=stamp,
        last_session=done[-1].day if done else None,
        **_this_week(sessions, week_start(today, preferences.first_weekday)),
        **_latest_pain(done),
        pain_flag=flag,
        acwr=ratio,
        acwr_zone=acwr_zone(ratio),
        **_next_session(upcoming),
        gear_problems=tuple(f"{day_text(issue.day)}: {issue.reason}" for issue in issues),
        progression=proposal,
    )


def _this_week(sessions: list[Session], first_day: date) -> dict[str, int]:
    """Sessions done and planned in the week from ``first_day``, and the minutes done."""
    week = [s for s in sessions if first_day <= s.day <= first_day + timedelta(days=6)]
    done = [s for s in week if s.status is SessionStatus.DONE]
    return {
        "done_this_week": len(done),
        "planned_this_week": len(week),
        "minutes_this_week": sum(s.log.minutes for s in done if s.log is not None),
    }


def _latest_pain(done: list[Session]) -> dict[str, int | None]:
    """The pain during and next morning of the latest done session that logged pain."""
    pained = [s for s in done if s.log is not None and s.log.pain_during is not None]
    if not pained or pained[-1].log is None:
        return {"pain_during": None, "pain_next_morning": None}
    log = pained[-1].log
    return {"pain_during": log.pain_during, "pain_next_morning": log.pain_next_morning}


def _next_session(upcoming: list[Session]) -> dict[str, Any]:
    """The day and planned load of the next planned session, or None for both."""
    if not upcoming:
        return {"next_session": None, "next_load": None}
    return {"next_session": upcoming[0].day, "next_load": upcoming[0].planned_load}


def _acwr_today(
    services: Services, done: list[Session], window: date, in_window: int
) -> float | None:
    """Today's ratio as the training-stress chart shows it (EWMA 7/28), or None.

    When the history starts inside the window, this is the chart's own computation. An older
    history is started a year back: the EWMA's weight of what came before is then
    (27/29)^365, below 10^-11. When the window opens with a long break (a first effort more
    than 28 days into it), the chart itself is asked, over the whole history.
    """
    today = services.schedule.today()
    rated = [s for s in done if s.srpe is not None]
    # Records the window did not read: older sessions (or invalid records, which a long
    # history read whole, or started at its true first day, handles alike).
    older = services.schedule.count() > in_window
    if older and (not rated or rated[0].day > window + timedelta(days=ACWR_MIN_DAYS)):
        chart = services.progress.chart("acwr", today, today, "ewma")
        if len(chart.panels) < 2:
            return None
        values = chart.panels[1].series[0].values
        return values[-1] if values else None
    if not rated:
        return None
    start = rated[0].day
    end = max(rated[-1].day, today)
    _, _, ratio = metrics.acwr_ewma(metrics.daily_loads(rated, start, end))
    index = (today - start).days
    if (not older and index < ACWR_MIN_DAYS - 1) or not 0 <= index < len(ratio):
        return None
    return ratio[index]


def _progression_words(services: Services, done: list[Session]) -> tuple[str, str]:
    """The pain flag and the open progression decision after the latest sled session done."""
    logged = next((s for s in reversed(done) if s.activity.uses_sled), None)
    if logged is None:
        return "", ""
    flag = ""
    load = logged.log.load if logged.log is not None else None
    load = load if load is not None else logged.planned_load
    if load is not None:
        progression = services.progression
        since = logged.day - timedelta(days=HISTORY_DAYS)
        history = [  # the range ProgressionService.propose_after reads (read once, shared)
            s
            for s in services.schedule.sessions_between(since, logged.day)
            if s.status is SessionStatus.DONE and s.activity is logged.activity
        ]
        decision = decide_next_load(
            history,
            load,
            progression.step_for(logged),
            services.programmes.settings(),
            last_week_load=progression.last_week_load(logged),
        )
        if decision.action == "reduce":
            flag = decision.reason
    proposal = services.progression.propose_after(logged)
    words = ""
    if proposal is not None and proposal.decision.changed:
        words = f"next session {proposal.session.day.isoformat()}: {proposal.decision.reason}"
    return flag, words


def iter_summaries(
    folder: Path, today: date | None = None, stop: Callable[[], bool] = lambda: False
) -> Iterator[AthleteSummary]:
    """Sum up every athlete file of ``folder`` in name order (see :func:`summarise`)."""
    for path in athlete_files(folder):
        if stop():
            return
        summary = summarise(path, today)
        if summary is not None:
            yield summary


#: Columns that hold free text (names, reasons): guarded against spreadsheet formulas.
_TEXT_COLUMNS = frozenset(
    {"athlete", "file", "pain_flag", "problem", "gear_problems", "progression"}
)


def team_csv(rows: list[AthleteSummary]) -> bytes:
    """Return ``rows`` as a CSV file with :data:`CSV_COLUMNS` (the format of docs/csv.md).

    Text a spreadsheet would run as a formula gets a leading apostrophe, as in every CSV file
    SledPlanner writes.
    """
    cells = []
    for row in rows:
        values = row.csv_row()
        cells.append([guard(values[c]) if c in _TEXT_COLUMNS else values[c] for c in CSV_COLUMNS])
    return csv_bytes(CSV_COLUMNS, cells)


def write_team_csv(rows: list[AthleteSummary], out: Path) -> None:
    """Write ``rows`` as CSV to ``out``, replacing it atomically.

    Raises:
        OSError: The file cannot be written; it is left as it was.
    """
    write_atomically(Path(out), team_csv(rows))
