"""All the services of one open workspace, built together for the window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from sledplanner.domain.preferences import Preferences
from sledplanner.services.gear import GearService
from sledplanner.services.loads import LoadsService
from sledplanner.services.workspace import Workspace

if TYPE_CHECKING:
    from sledplanner.services.programmes import ProgrammeService
    from sledplanner.services.progress import ProgressService
    from sledplanner.services.progression import ProgressionService
    from sledplanner.services.schedule import ScheduleService


@dataclass(frozen=True)
class Services:
    """What the tabs use: gear, loads, the schedule, programmes, progress and progression.

    The schedule, programme, progress and progression services (and their modules, the
    session code among them) are made the first time they are used: the Equipment tab, shown
    first, needs none of them.
    """

    workspace: Workspace
    gear: GearService
    loads: LoadsService
    today: Callable[[], date] = date.today
    show_edit_controls: bool | None = None

    @cached_property
    def schedule(self) -> ScheduleService:
        """The training sessions."""
        from sledplanner.services.schedule import ScheduleService

        return ScheduleService(
            self.workspace, today=self.today, show_edit_controls=self.show_edit_controls
        )

    @cached_property
    def programmes(self) -> ProgrammeService:
        """Programmes and the progression settings."""
        from sledplanner.services.programmes import ProgrammeService

        return ProgrammeService(self.workspace, self.gear, self.schedule)

    @cached_property
    def progress(self) -> ProgressService:
        """The charts' data."""
        from sledplanner.services.progress import ProgressService

        return ProgressService(
            self.gear, self.schedule, lambda: self.programmes.settings().zones.acceptable_max
        )

    @cached_property
    def progression(self) -> ProgressionService:
        """The next session's load after one is logged."""
        from sledplanner.services.progression import ProgressionService

        return ProgressionService(self.schedule, self.programmes, self.gear)


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
    return Services(workspace, gear, LoadsService(gear), today, show_edit_controls)
