"""What every part of the Programme tab reads: the services it was given and the clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtGui import QUndoStack

from sledplanner.domain.units import Mass
from sledplanner.services.gear import GearService
from sledplanner.services.programmes import ProgrammeService
from sledplanner.services.progression import ProgressionService
from sledplanner.services.schedule import ScheduleService

#: Shows a message in the status bar.
Report = Callable[[str], None]
#: Opens the purchase planner with target loads.
OpenPlanner = Callable[[list[Mass]], None]


class TabState:
    """The attributes ProgrammeTab.__init__ sets up, which its parts use."""

    _schedule: ScheduleService
    _gear: GearService
    _programmes: ProgrammeService
    _progression: ProgressionService
    _stack: QUndoStack
    _report: Report
    _open_planner: OpenPlanner
    _today: Callable[[], date]
