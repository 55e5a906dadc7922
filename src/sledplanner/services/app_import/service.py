"""Importing another app's export into a workspace: preview first, then one write.

The command line and the window both go through :class:`AppImportService`: :meth:`plan`
reads and checks the file and works out the sessions (nothing is written), :meth:`apply` adds
them with their sources in one write, and :meth:`undo` takes them out again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from sledplanner.domain.app_import import (
    ImportedSession,
    SetGrouping,
    SkippedExercise,
    SourceApp,
    group_sets,
)
from sledplanner.domain.gear import GearItem, GearKind, GearStatus
from sledplanner.domain.sessions import Activity
from sledplanner.domain.units import MassUnit
from sledplanner.services.app_import.fitnotes import read_fitnotes
from sledplanner.services.app_import.hevy import read_hevy
from sledplanner.services.app_import.reading import ParsedExport, limit_problems
from sledplanner.services.app_import.strong import read_strong
from sledplanner.services.csv_common import CsvImportError, CsvProblem
from sledplanner.services.gear import GearService
from sledplanner.services.logs import INFO, log
from sledplanner.services.schedule import ScheduleService
from sledplanner.services.workspace import Workspace
from sledplanner.storage.import_sources import ImportSourceRepository, one_write

__all__ = ["AppImportPlan", "AppImportService", "SledChoiceError", "read_app_export"]


class SledChoiceError(Exception):
    """The import cannot tell which sled the sessions dragged; the message says what to do."""


def read_app_export(app: SourceApp, path: Path, unit: MassUnit) -> ParsedExport:
    """Read the sets of ``app``'s export at ``path``; ``unit`` where the export gives none.

    Raises:
        CsvImportError: The file cannot be read or is not that app's export.
    """
    if app is SourceApp.STRONG:
        return read_strong(path, unit)
    if app is SourceApp.HEVY:
        return read_hevy(path)
    return read_fitnotes(path, unit)


@dataclass(frozen=True)
class AppImportPlan:
    """What an import would add: sessions, rows skipped (and why), the exercise mapping."""

    app: SourceApp
    path: Path
    grouping: SetGrouping
    sled: GearItem | None

    @property
    def sessions(self) -> tuple[ImportedSession, ...]:
        """The sessions to add, in file order."""
        return self.grouping.sessions

    @property
    def skipped(self) -> tuple[SkippedExercise, ...]:
        """The rows left out, counted by exercise and reason."""
        return self.grouping.skipped

    @property
    def mapping(self) -> Mapping[str, Activity | None]:
        """Every exercise of the export with its activity (None: skipped)."""
        return self.grouping.mapping


def choose_sled(items: Sequence[GearItem], name: str | None) -> GearItem | None:
    """The sled named ``name``, else the only sled owned; None when none is owned.

    Raises:
        SledChoiceError: No sled has that name, or several are owned and none was named.
    """
    sleds = [item for item in items if item.kind is GearKind.SLED]
    if name is not None:
        found = [item for item in sleds if item.name.casefold() == name.strip().casefold()]
        exact = [item for item in found if item.name == name.strip()]
        found = exact or found
        if len(found) == 1:
            return found[0]
        names = ", ".join(sorted({item.name for item in sleds}, key=str.casefold)) or "none"
        if not found:
            raise SledChoiceError(f"no sled named '{name}' (the sleds are: {names})")
        raise SledChoiceError(f"{len(found)} sleds are named '{name}'; rename one of them")
    owned = [item for item in sleds if item.status is GearStatus.OWNED]
    if len(owned) <= 1:
        return owned[0] if owned else None
    names = ", ".join(sorted((item.name for item in owned), key=str.casefold))
    raise SledChoiceError(
        f"{len(owned)} sleds are owned ({names}): say which one the sessions dragged "
        "(--sled NAME on the command line)"
    )


class AppImportService:
    """Imports from Strong, Hevy and FitNotes into one workspace."""

    def __init__(self, workspace: Workspace, schedule: ScheduleService, gear: GearService) -> None:
        """Import into ``workspace``, telling ``schedule``'s views about the new sessions."""
        self._db = workspace.database.db
        self._sources = ImportSourceRepository(self._db)
        self._schedule = schedule
        self._gear = gear

    def sleds(self) -> list[GearItem]:
        """The sleds of the inventory, any status."""
        return [item for item in self._gear.items() if item.kind is GearKind.SLED]

    def default_unit(self) -> MassUnit:
        """The weight unit of an export that gives none: the display unit."""
        return self._gear.preferences().display_unit

    def plan(
        self,
        app: SourceApp,
        path: Path,
        *,
        unit: MassUnit | None = None,
        overrides: Mapping[str, Activity | None] | None = None,
        sled_name: str | None = None,
        sled: GearItem | None = None,
        parsed: ParsedExport | None = None,
    ) -> AppImportPlan:
        """Work out what importing ``path`` would add; nothing is written.

        Args:
            app: The app the export comes from.
            path: The export.
            unit: The weight unit of an export without one (default: the display unit).
            overrides: Activities chosen by exercise name case-folded (None: skip).
            sled_name: The sled's name (default: the only sled owned).
            sled: The sled itself, instead of ``sled_name``.
            parsed: The export already read (the window reads it once, then maps again).

        Raises:
            CsvImportError: The file cannot be read, or rows to import have bad values.
            SledChoiceError: Several sleds are owned and none was chosen, or the name is unknown.
        """
        if parsed is None:
            parsed = read_app_export(app, path, unit or self.default_unit())
        grouping = group_sets(
            app, parsed.sets, overrides or {}, known=self._sources.keys(), not_sets=parsed.not_sets
        )
        if grouping.problems:
            raise CsvImportError(
                limit_problems(
                    [
                        CsvProblem(path, problem.line, problem.column, problem.message)
                        for problem in grouping.problems
                    ]
                )
            )
        needs_sled = any(item.session.activity.uses_sled for item in grouping.sessions)
        if sled is None and needs_sled:
            sled = choose_sled(self._gear.items(), sled_name)
        if sled is not None:
            grouping = group_sets(
                app,
                parsed.sets,
                overrides or {},
                sled_id=sled.id,
                known=self._sources.keys(),
                not_sets=parsed.not_sets,
            )
        return AppImportPlan(app, path, grouping, sled)

    def apply(self, plan: AppImportPlan) -> list[str]:
        """Add the plan's sessions and their sources in one write; return the session ids.

        Raises:
            DatabaseError: The write failed; the database keeps its last saved state.
        """
        sessions = [item.session for item in plan.sessions]
        if not sessions:
            return []
        with one_write(self._db):
            self._schedule.add_many(sessions)
            self._sources.add_many([item.source for item in plan.sessions])
        log(
            __name__,
            INFO,
            "imported %d sessions from %s (%s)",
            len(sessions),
            plan.path,
            plan.app,
        )
        return [session.id for session in sessions]

    def undo(self, session_ids: Sequence[str]) -> None:
        """Take imported sessions and their sources out again, in one write.

        Raises:
            KeyError: A session is gone; nothing was removed.
            DatabaseError: The write failed; the database keeps its last saved state.
        """
        ids = list(session_ids)
        if not ids:
            return
        stored = {source.session_id for source in self._sources.all()}
        with one_write(self._db):
            self._schedule.remove_many(ids)
            self._sources.remove_many([i for i in ids if i in stored])
