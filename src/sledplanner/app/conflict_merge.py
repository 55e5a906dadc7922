"""The window's side of conflict copies: a notice when one is beside the file, and its merge.

The file guard calls :meth:`ConflictMerge.look` when it starts and whenever the folder changes.
A conflict copy not shown before gets a notice with a Merge button. The merge is planned in
memory; records changed on both sides are shown side by side to pick from; the database is
backed up; the merged tables replace the window's in one undoable step; the copy is then moved
into ``backups/`` (never deleted).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from sledplanner.services.bundle import Services
from sledplanner.services.conflict_copies import SLEDPLANNER, find_conflict_copies
from sledplanner.services.errors import DatabaseError
from sledplanner.services.logs import INFO, WARNING, log
from sledplanner.ui.commands import perform
from sledplanner.ui.main_window import MainWindow
from sledplanner.ui.problem_panel import ProblemAction

if TYPE_CHECKING:
    from sledplanner.ui.merge_dialog import MergeDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConflictMerge", text)


class ConflictMerge:
    """Finds conflict copies of the window's database and merges them on request."""

    def __init__(
        self,
        window: MainWindow,
        stack: QUndoStack,
        device_id: Callable[[], str],
        ask: Callable[[MergeDialog], object] | None = None,
    ) -> None:
        """Work in ``window`` on ``stack``; ``device_id`` names this installation."""
        self._window = window
        self._stack = stack
        self._device_id = device_id
        self._ask = ask
        #: Copies the user put off with "Later": not announced again in this session.
        self._later: set[Path] = set()
        #: Copies already logged.
        self._logged: set[Path] = set()

    def look(self) -> None:
        """Announce a conflict copy beside the open database, unless the user put it off.

        The notice waits while the bar shows something else (a reload offer, where a "keep
        both" copy went): the next check after that is dismissed shows it.
        """
        services = self._window.services
        bar = self._window.notice_bar
        if services is None or services.workspace.read_only or bar.isVisible():
            return
        copies = find_conflict_copies(services.workspace.path)
        fresh = [copy for copy in copies if copy.path not in self._later]
        if not fresh:
            return
        copy = fresh[0]
        if copy.path not in self._logged:
            self._logged.add(copy.path)
            log(
                __name__, WARNING, "conflict copy beside %s: %s", services.workspace.path, copy.path
            )

        def later() -> None:
            self._later.add(copy.path)
            bar.hide_notice()

        if copy.tool == SLEDPLANNER:
            text = _tr(
                "Changes of yours were kept in {copy} when the file changed elsewhere. They "
                "are not in this database until you merge them."
            ).format(copy=copy.path)
        else:
            text = _tr(
                "{tool} left a conflict copy of this database: {copy}. The changes made in it "
                "on the other machine are not in this window until you merge it."
            ).format(tool=copy.tool, copy=copy.path)
        bar.show_notice(
            text,
            [
                ProblemAction(_tr("Merge"), "mergeCopyButton", lambda: self.merge(copy.path)),
                ProblemAction(_tr("Later"), "mergeLaterButton", later),
            ],
        )

    def merge(self, other: Path) -> bool:
        """Merge ``other`` into the open database as one undoable step; True when merged."""
        # Loaded when a copy is merged, not when the file is opened and checked for copies.
        from sledplanner.services.merge import (
            SameCopyError,
            backup_for_merge,
            current_tables,
            file_conflict_copy,
            plan_merge,
            replace_tables,
        )
        from sledplanner.ui.merge_dialog import MergeDialog

        services = self._window.services
        if services is None:
            return False
        workspace = services.workspace
        bar = self._window.notice_bar
        try:
            result = plan_merge(workspace, other, self._device_id())
            if result.open_conflicts:
                dialog = MergeDialog(result.open_conflicts, self._window)
                choices = self._ask(dialog) if self._ask is not None else dialog.ask()
                dialog.deleteLater()
                if not isinstance(choices, dict):
                    return False
                result = plan_merge(workspace, other, self._device_id(), choices)
            backup = backup_for_merge(workspace) if result.changed else None
        except (DatabaseError, SameCopyError) as exc:
            message = exc.message if isinstance(exc, DatabaseError) else str(exc)
            self._tell(_tr("Nothing was merged: {why}").format(why=message))
            return False
        if result.changed:
            before = current_tables(workspace)
            after = result.tables

            def do() -> None:
                replace_tables(workspace, after)
                _announce(services)

            def undo() -> None:
                replace_tables(workspace, before)
                _announce(services)

            name = other.name
            if not perform(
                self._stack,
                _tr("Merge {name}").format(name=name),
                do,
                undo,
                self._window.report_error,
            ):
                return False
        try:
            moved = file_conflict_copy(workspace.path, other)
        except DatabaseError as exc:
            moved = None
            self._window.report_error(exc.message)
        log(__name__, INFO, "merged %s into %s (backup %s)", other, workspace.path, backup)
        taken = len(result.taken)
        picked = len(result.settled)
        text = _tr(
            "Merged {copy}: {taken} record(s) taken from it, {picked} picked by you."
        ).format(copy=other.name, taken=taken, picked=picked)
        if moved is not None:
            text += " " + _tr("The copy is kept in {moved}.").format(moved=moved)
        if result.changed:
            text += " " + _tr("Edit > Undo puts the records back.")
        bar.show_notice(
            text, [ProblemAction(_tr("Dismiss"), "dismissNoticeButton", bar.hide_notice)]
        )
        return True

    def _tell(self, text: str) -> None:
        bar = self._window.notice_bar
        bar.show_notice(
            text, [ProblemAction(_tr("Dismiss"), "dismissNoticeButton", bar.hide_notice)]
        )


def _announce(services: Services) -> None:
    """Every view reloads: the merge may have changed any table."""
    services.gear.reloaded()
    services.schedule.reloaded()
