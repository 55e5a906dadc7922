"""The Clients view: every athlete file of a folder as a row, read in the background, kept live."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QFileSystemWatcher,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sledplanner.services.errors import DatabaseError
from sledplanner.services.team import AthleteSummary, athlete_files, file_stamp, summarise
from sledplanner.services.team_plans import (
    LockFactory,
    PlanOutcome,
    TemplateChoice,
    apply_template,
    create_athlete,
    default_choice,
    readd_plan,
    remove_new_athlete,
    remove_plan,
    restore_new_athlete,
    template_names,
)
from sledplanner.ui.commands import perform
from sledplanner.ui.team.dialogs import ApplyTemplateDialog, NewAthleteDialog
from sledplanner.ui.team.loader import TeamLoader
from sledplanner.ui.team.model import COLUMNS, PATH_ROLE, SORT_ROLE, TeamTableModel

#: Starting widths of the columns that hold words (the rest fit their figures).
_WIDTHS = {
    "athlete": 150,
    "problem": 180,
    "pain": 150,
    "pain_flag": 260,
    "acwr": 140,
    "progression": 300,
}

#: How often rows read in the background are put in the table (each put repaints it).
FLUSH_MS = 100

#: How long to wait after a change in the folder before reading it (a sync writes in bursts).
SETTLE_MS = 150


class TeamView(QWidget):
    """The team table with its filter and actions.

    Signals:
        openAthleteRequested: The user asked to open the athlete file (a path).
        loaded: Every file listed has been read (after opening, and after each change).
    """

    openAthleteRequested = Signal(str)
    loaded = Signal()

    def __init__(
        self,
        folder: Path,
        undo_stack: QUndoStack,
        lock: LockFactory,
        report: Callable[[str], None],
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        """Show the athletes of ``folder``; edits go on ``undo_stack`` under ``lock``."""
        super().__init__(parent)
        self.setObjectName("teamView")
        self.folder = Path(folder)
        self._undo_stack = undo_stack
        self._lock = lock
        self._report = report
        self._today = today
        self._loader: TeamLoader | None = None
        self._waiting: list[Path] = []
        self._stamps: dict[Path, tuple[int, int]] = {}

        self.model = TeamTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.heading = QLabel(self)
        self.heading.setObjectName("teamHeading")
        self.heading.setText(self.tr("Team folder: {folder}").format(folder=self.folder))
        self.filter = QLineEdit(self)
        self.filter.setObjectName("teamFilter")
        self.filter.setPlaceholderText(self.tr("Filter athletes…"))
        self.filter.setAccessibleName(self.tr("Filter athletes"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.open_button = QPushButton(self.tr("Open athlete"), self)
        self.open_button.setObjectName("teamOpenButton")
        self.open_button.clicked.connect(self.open_selected)
        self.new_button = QPushButton(self.tr("New athlete…"), self)
        self.new_button.setObjectName("teamNewButton")
        self.new_button.clicked.connect(self.ask_new_athlete)
        self.apply_button = QPushButton(self.tr("Apply programme…"), self)
        self.apply_button.setObjectName("teamApplyButton")
        self.apply_button.clicked.connect(self.ask_apply_template)

        self.table = QTableView(self)
        self.table.setObjectName("teamTable")
        self.table.setAccessibleName(self.tr("Athletes"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        for column, width in _WIDTHS.items():
            self.table.setColumnWidth(COLUMNS.index(column), width)
        self.table.activated.connect(self._open_index)  # double-click, or Enter

        self.status = QLabel(self)
        self.status.setObjectName("teamStatus")
        self.report_box = QPlainTextEdit(self)
        self.report_box.setObjectName("teamReport")
        self.report_box.setReadOnly(True)
        self.report_box.setMaximumHeight(120)
        self.report_box.hide()

        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.open_button)
        top.addWidget(self.new_button)
        top.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.report_box)
        layout.addWidget(self.status)

        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._folder_changed)
        self.watcher.fileChanged.connect(self._folder_changed)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.rescan)
        # Rows read on the thread are shown together every FLUSH_MS: one repaint for several.
        self._arrivals: list[tuple[Path, AthleteSummary | None]] = []
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(FLUSH_MS)
        self._flush_timer.timeout.connect(self._flush)

    # ------------------------------------------------------------------ reading
    def load(self) -> None:
        """List the folder at once and read every file in the background."""
        try:
            paths = athlete_files(self.folder)
        except OSError as exc:
            self._report(f"{self.folder}: {exc.strerror or exc}")
            paths = []
        self.watcher.addPath(str(self.folder))
        self.model.set_pending(paths)
        self._read(paths)

    def _read(self, paths: list[Path]) -> None:
        for path in paths:
            if path not in self._waiting:
                self._waiting.append(path)
        self._stamps.update({path: file_stamp(path) for path in paths})
        self._next_batch()

    def _next_batch(self) -> None:
        if self._loader is not None or not self._waiting:
            self._update_status()
            if self._loader is None:
                self.loaded.emit()
            return
        batch, self._waiting = self._waiting, []
        loader = TeamLoader(batch, self._today, self)
        loader.summarised.connect(self._arrived)
        loader.finished.connect(self._batch_done)
        self._loader = loader
        self._update_status()
        loader.start()

    def _batch_done(self) -> None:
        self._flush()
        loader, self._loader = self._loader, None
        if loader is not None:
            loader.deleteLater()
        self._next_batch()

    def _arrived(self, path_text: str, summary: AthleteSummary | None) -> None:
        self._arrivals.append((Path(path_text), summary))
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def _flush(self) -> None:
        self._flush_timer.stop()
        arrivals, self._arrivals = self._arrivals, []
        for path, summary in arrivals:
            self.show_summary(path, summary)

    def show_summary(self, path: Path, summary: AthleteSummary | None) -> None:
        """Show what was read of ``path`` (None: not an athlete file, so no row)."""
        if summary is None:
            self.model.remove_path(path)
        else:
            self.model.set_summary(summary)
            if str(path) not in self.watcher.files():
                self.watcher.addPath(str(path))
        self._update_status()

    def refresh_path(self, path: Path) -> None:
        """Read ``path`` again now (after a change made from this window)."""
        self._stamps[path] = file_stamp(path)
        self.show_summary(path, summarise(path, self._today()))

    def _folder_changed(self, _path: str) -> None:
        self._settle.start()

    def rescan(self) -> None:
        """Read what changed in the folder: new, changed and removed files."""
        try:
            now = athlete_files(self.folder)
        except OSError:
            return
        shown = set(self.model.paths())
        for gone in shown - set(now):
            self.model.remove_path(gone)
            self._stamps.pop(gone, None)
        changed = [p for p in now if p not in shown or self._stamps.get(p) != file_stamp(p)]
        watched = set(self.watcher.files())
        for path in now:  # a file replaced by a save is a new file to the watcher
            if str(path) not in watched:
                self.watcher.addPath(str(path))
        if changed:
            self.model.set_pending([p for p in changed if p not in shown])
            self._read(changed)

    def _update_status(self) -> None:
        total = self.model.rowCount()
        reading = sum(1 for p in self.model.paths() if self.model.summary(p) is None)
        if reading:
            text = self.tr("Reading {done} of {total} athletes…").format(
                done=total - reading, total=total
            )
        else:
            text = self.tr("{total} athlete(s)").format(total=total)
        self.status.setText(text)

    @property
    def busy(self) -> bool:
        """Whether files are still being read."""
        return self._loader is not None or bool(self._waiting)

    def stop(self) -> None:
        """Stop reading and watching (the view is going away)."""
        self._settle.stop()
        self._flush_timer.stop()
        self._arrivals = []
        self._waiting = []
        if self._loader is not None:
            self._loader.summarised.disconnect(self._arrived)
            self._loader.stop()
        paths = self.watcher.files() + self.watcher.directories()
        if paths:
            self.watcher.removePaths(paths)

    # ------------------------------------------------------------------ opening
    def selected_paths(self) -> list[Path]:
        """The files of the selected rows, in table order."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [Path(self.proxy.index(row, 0).data(PATH_ROLE)) for row in rows]

    def _open_index(self, index: QModelIndex) -> None:
        self.openAthleteRequested.emit(str(self.proxy.index(index.row(), 0).data(PATH_ROLE)))

    def open_selected(self) -> None:
        """Open the first selected athlete."""
        chosen = self.selected_paths()
        if chosen:
            self.openAthleteRequested.emit(str(chosen[0]))

    def row_of(self, path: Path) -> int:
        """The table row (as sorted and filtered) of ``path``, or -1."""
        for row in range(self.proxy.rowCount()):
            if Path(self.proxy.index(row, 0).data(PATH_ROLE)) == path:
                return row
        return -1

    def summary_shown(self, path: Path) -> bool:
        """Whether the row of ``path`` shows what was read (not "reading…")."""
        return self.model.summary(path) is not None

    def cell(self, path: Path, column: str) -> str:
        """The text shown for ``path`` in ``column`` (a key of ``COLUMNS``)."""
        row = self.row_of(path)
        if row < 0:
            return ""
        return str(self.proxy.index(row, COLUMNS.index(column)).data() or "")

    # ------------------------------------------------------------------ changes
    def _athletes(self) -> list[tuple[Path, str]]:
        found = []
        for path in self.model.paths():
            summary = self.model.summary(path)
            if summary is not None and not summary.problem:
                found.append((path, summary.name))
        return found

    def ask_new_athlete(self) -> None:
        """Ask for a name and a start, and write the new athlete's file."""
        today = self._today()
        dialog = NewAthleteDialog(
            self._athletes(), template_names(), default_choice("", today).start, self
        )
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            name, gear_from, choice = dialog.name.text(), dialog.gear_from(), dialog.choice()
        finally:
            dialog.deleteLater()
        self.new_athlete(name, gear_from, choice)

    def new_athlete(
        self, name: str, gear_from: Path | None, choice: TemplateChoice | None
    ) -> PlanOutcome | None:
        """Write a new athlete's file as one undoable step; None when it could not be made.

        Undo deletes the file again while it is exactly as made; redo writes it back.
        """
        made: list[tuple[PlanOutcome, bytes]] = []

        def do() -> None:
            if not made:
                outcome = create_athlete(
                    self.folder,
                    name,
                    self._lock,
                    gear_from=gear_from,
                    choice=choice,
                    today=self._today,
                )
                made.append((outcome, outcome.path.read_bytes()))
                self.model.set_pending([outcome.path])
            else:
                restore_new_athlete(made[0][0].path, made[0][1])
            self.refresh_path(made[0][0].path)

        def undo() -> None:
            remove_new_athlete(made[0][0].path, made[0][1], self._lock)
            self.model.remove_path(made[0][0].path)
            self._update_status()

        perform(
            self._undo_stack,
            self.tr("new athlete {name}").format(name=name),
            do,
            undo,
            self._report,
        )
        if not made:
            return None
        self._show_outcomes([made[0][0]])
        return made[0][0]

    def ask_apply_template(self) -> None:
        """Ask for a template and athletes, then plan it for each (one undo step each)."""
        today = self._today()
        dialog = ApplyTemplateDialog(
            self._athletes(),
            self.selected_paths(),
            template_names(),
            default_choice("", today).start,
            self,
        )
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            paths, choice = dialog.chosen_paths(), dialog.choice()
        finally:
            dialog.deleteLater()
        outcomes = [self.apply_to(path, choice) for path in paths]
        self._show_outcomes(outcomes)

    def apply_to(self, path: Path, choice: TemplateChoice) -> PlanOutcome:
        """Plan ``choice`` for the athlete at ``path`` as one undoable step; return what it did."""
        done: list[PlanOutcome] = []

        def do() -> None:
            if not done:
                outcome = apply_template(path, choice, self._lock, self._today)
                done.append(outcome)
                if outcome.programme is None:
                    raise DatabaseError(path, "; ".join(outcome.problems))
            else:
                readd_plan(done[0], self._lock)
            self.refresh_path(path)

        def undo() -> None:
            remove_plan(done[0], self._lock)
            self.refresh_path(path)

        name = self.model.summary(path)
        label = name.name if name is not None else path.stem
        perform(
            self._undo_stack,
            self.tr("plan {template} for {athlete}").format(
                template=choice.template, athlete=label
            ),
            do,
            undo,
            self._report,  # a plan that could not be stored, or an undo that failed
        )
        return done[0] if done else PlanOutcome(path, None, None, ("not changed",))

    def _show_outcomes(self, outcomes: list[PlanOutcome]) -> None:
        lines = []
        for outcome in outcomes:
            summary = self.model.summary(outcome.path)
            name = summary.name if summary is not None else outcome.path.stem
            if outcome.programme is not None and outcome.plan is not None:
                head = self.tr("{name}: planned {count} sessions").format(
                    name=name, count=len(outcome.plan.sessions)
                )
            elif outcome.programme is None and not outcome.problems:
                head = self.tr("{name}: created").format(name=name)
            else:
                head = self.tr("{name}: not changed").format(name=name)
            lines.append(head + ("" if not outcome.problems else ":"))
            lines.extend(f"  • {problem}" for problem in outcome.problems)
        self.report_box.setPlainText("\n".join(lines))
        self.report_box.setVisible(bool(lines))
