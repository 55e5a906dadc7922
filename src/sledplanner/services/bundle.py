"""All the services of one open workspace, built together for the window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sledplanner.domain.preferences import Preferences
from sledplanner.services.gear import GearService
from sledplanner.services.loads import LoadsService
from sledplanner.services.programmes import ProgrammeService
from sledplanner.services.progress import ProgressService
from sledplanner.services.progression import ProgressionService
from sledplanner.services.schedule import ScheduleService
from sledplanner.services.workspace import Workspace


@dataclass(frozen=True)
class Services:
    """What the tabs use: gear, loads, the schedule, programmes, progress and progression."""

    workspace: Workspace
    gear: GearService
    loads: LoadsService
    schedule: ScheduleService
    programmes: ProgrammeService
    progress: ProgressService
    progression: ProgressionService


def build_services(
    workspace: Workspace,
    default_preferences: Preferences | None = None,
    show_edit_controls: bool | None = None,
    today: Callable[[], date] = date.today,
) -> Services:
    """Build every service on ``workspace`` (see GearService for the arguments)."""
    gear = GearService(
        workspace,
        today=today,
        default_preferences=default_preferences,
        show_edit_controls=show_edit_controls,
    )
    schedule = ScheduleService(workspace, today=today, show_edit_controls=show_edit_controls)
    programmes = ProgrammeService(workspace, gear, schedule)
    return Services(
        workspace,
        gear,
        LoadsService(gear),
        schedule,
        programmes,
        ProgressService(gear, schedule, lambda: programmes.settings().zones.acceptable_max),
        ProgressionService(schedule, programmes, gear),
    )
