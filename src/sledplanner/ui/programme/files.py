"""The Programme tab's files: sessions CSV in and out, and the iCalendar export."""

from __future__ import annotations

from pathlib import Path

from sledplanner.services.csv_common import CsvExportError, CsvImportError
from sledplanner.services.ical import IcsExportError, export_ics
from sledplanner.services.logs import INFO, log
from sledplanner.services.sessions_csv import export_sessions_csv, read_sessions_csv
from sledplanner.ui.programme.tab_state import TabState


class SessionFiles(TabState):
    """The part of the Programme tab that reads and writes session files."""

    # ------------------------------------------------------------------ files
    def import_csv(self, path: Path) -> str | None:
        """Add every session of a sessions CSV (all or nothing, undoable); return problems."""
        try:
            sessions = read_sessions_csv(path, self._gear.items(), self.unit)
        except CsvImportError as exc:
            return "\n".join(str(problem) for problem in exc.problems)
        if (problem := self._gear.backup_before_import()) is not None:
            return problem
        ids = [session.id for session in sessions]
        if (
            self._perform(
                self.tr("import {count} sessions").format(count=len(sessions)),
                lambda: self._schedule.add_many(sessions),
                lambda: self._schedule.remove_many(ids),
            )
            and sessions
        ):
            self.month.select(sessions[0].day)
        log(__name__, INFO, "imported %d sessions from %s", len(sessions), path)
        return None

    def export_csv(self, path: Path) -> str | None:
        """Write every session to a sessions CSV; return a problem message, if any."""
        try:
            count = export_sessions_csv(self._schedule, self._gear, path)
        except CsvExportError as exc:
            return "\n".join(str(record) for record in exc.records)
        except OSError as exc:
            return f"{path}: {exc.strerror or exc}"
        self._report(self.tr("Exported {count} sessions to {path}").format(count=count, path=path))
        return None

    def export_ics(self, path: Path) -> str | None:
        """Write the planned sessions to an iCalendar file; return a problem message, if any."""
        try:
            count = export_ics(self._schedule, self._gear, path)
        except IcsExportError as exc:
            return "\n".join(str(record) for record in exc.records)
        except OSError as exc:
            return f"{path}: {exc.strerror or exc}"
        self._report(
            self.tr("Exported {count} planned sessions to {path}").format(count=count, path=path)
        )
        return None
