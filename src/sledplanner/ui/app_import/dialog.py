"""File > Import from another app…: choose the export, see what it adds, then import.

The preview lists the sessions to be added, the rows skipped and why, and each exercise's
activity, which the user may change; nothing is written until Import is pressed, and the
import is one step on the undo stack. The rules (mapping, grouping, units) are the service's.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sledplanner.domain.app_import import SourceApp
from sledplanner.domain.gear import GearItem
from sledplanner.domain.sessions import Activity
from sledplanner.domain.units import MassUnit
from sledplanner.services.app_import import (
    AppImportPlan,
    AppImportService,
    SledChoiceError,
    read_app_export,
)
from sledplanner.services.app_import.reading import ParsedExport
from sledplanner.services.csv_common import CsvImportError
from sledplanner.services.gear import GearService
from sledplanner.ui.commands import perform
from sledplanner.ui.formatting import format_date, format_mass

__all__ = ["AppImportDialog"]

_SKIP = "skip"


class AppImportDialog(QDialog):
    """Preview and import another app's export (see the module)."""

    def __init__(
        self,
        service: AppImportService,
        gear: GearService,
        stack: QUndoStack,
        report: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        """Import through ``service``; the import is pushed on ``stack``."""
        super().__init__(parent)
        self.setObjectName("appImportDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowTitle(self.tr("Import from another app"))
        self.resize(900, 640)
        self._service = service
        self._gear = gear
        self._stack = stack
        self._report = report
        self._parsed: ParsedExport | None = None
        self._read_path = ""
        self.plan: AppImportPlan | None = None
        self._mapping_choices: dict[str, Activity | None] = {}

        self.app_box = QComboBox(self)
        self.app_box.setObjectName("appChoice")
        for app in SourceApp:
            self.app_box.addItem(app.label, app.value)
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("exportPath")
        self.path_edit.setPlaceholderText(self.tr("Type or paste the export's path, then Return"))
        # A typed or pasted path is read when Return is pressed or the field is left.
        self.path_edit.editingFinished.connect(self._path_typed)
        self.browse_button = QPushButton(self.tr("Choose file…"), self)
        self.browse_button.setObjectName("chooseExportButton")
        self.browse_button.clicked.connect(self.choose_file)
        self.unit_box = QComboBox(self)
        self.unit_box.setObjectName("unitChoice")
        for unit in MassUnit:
            self.unit_box.addItem(unit.value, unit.value)
        self.unit_box.setCurrentIndex(self.unit_box.findData(service.default_unit().value))
        self.unit_box.setToolTip(self.tr("The weight unit of an export that names none"))
        self.sled_box = QComboBox(self)
        self.sled_box.setObjectName("sledChoice")
        self._sleds: list[GearItem] = service.sleds()
        self.sled_box.addItem(self.tr("(no sled)"), "")
        for sled in self._sleds:
            self.sled_box.addItem(sled.name, sled.id)
        self.sled_box.setCurrentIndex(self._default_sled_index())

        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("App:"), self.app_box)
        form.addRow(self.tr("Export file:"), file_row)
        form.addRow(self.tr("Weight unit:"), self.unit_box)
        form.addRow(self.tr("Sled:"), self.sled_box)

        self.mapping_table = QTableWidget(0, 2, self)
        self.mapping_table.setObjectName("mappingTable")
        self.mapping_table.setHorizontalHeaderLabels([self.tr("Exercise"), self.tr("Import as")])
        self.sessions_table = QTableWidget(0, 8, self)
        self.sessions_table.setObjectName("importRowsTable")
        self.sessions_table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Time"),
                self.tr("Exercise"),
                self.tr("Activity"),
                self.tr("Minutes"),
                self.tr("Load"),
                self.tr("Distance (m)"),
                self.tr("RPE"),
            ]
        )
        self.skipped_table = QTableWidget(0, 3, self)
        self.skipped_table.setObjectName("skippedRowsTable")
        self.skipped_table.setHorizontalHeaderLabels(
            [self.tr("Rows of"), self.tr("Rows"), self.tr("Why skipped")]
        )
        for table in (self.mapping_table, self.sessions_table, self.skipped_table):
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        buttons.accepted.connect(self.import_now)
        buttons.rejected.connect(self.reject)
        # Return in the path field reads the file; it must not also press Import or Cancel.
        for button in (*buttons.buttons(), self.browse_button):
            button.setAutoDefault(False)
            button.setDefault(False)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Exercises (change what each one is imported as):")))
        layout.addWidget(self.mapping_table, 3)
        layout.addWidget(QLabel(self.tr("Sessions to import:")))
        layout.addWidget(self.sessions_table, 4)
        layout.addWidget(QLabel(self.tr("Rows skipped:")))
        layout.addWidget(self.skipped_table, 2)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)

        self.app_box.currentIndexChanged.connect(lambda _index: self.read_file())
        self.unit_box.currentIndexChanged.connect(lambda _index: self.read_file())
        self.sled_box.currentIndexChanged.connect(lambda _index: self.refresh())

    # ------------------------------------------------------------------ choices
    def _default_sled_index(self) -> int:
        preferred = self._gear.preferences().default_sled_id
        ids = [sled.id for sled in self._sleds]
        if preferred in ids:
            return ids.index(preferred) + 1
        return 1 if self._sleds else 0

    @property
    def app(self) -> SourceApp:
        """The app chosen."""
        return SourceApp(self.app_box.currentData())

    def _sled(self) -> GearItem | None:
        wanted = self.sled_box.currentData()
        return next((sled for sled in self._sleds if sled.id == wanted), None)

    def choose_file(self) -> None:
        """Ask for the export file, then read it."""
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the export"),
            documents,
            self.tr("CSV files (*.csv);;All files (*)"),
        )
        if path:
            self.set_path(Path(path))

    def _path_typed(self) -> None:
        typed = self.path_edit.text().strip()
        if typed and typed != self._read_path:
            self.set_path(Path(typed).expanduser())

    def set_path(self, path: Path) -> None:
        """Read the export at ``path`` and show what it would import."""
        self.path_edit.setText(str(path))
        self._mapping_choices = {}
        self.read_file()

    def read_file(self) -> None:
        """Read the chosen file again (another app or unit), then refresh the preview."""
        self._parsed = None
        text = self.path_edit.text()
        self._read_path = text
        if not text:
            return
        try:
            self._parsed = read_app_export(
                self.app, Path(text), MassUnit(self.unit_box.currentData())
            )
        except CsvImportError as exc:
            self._show_problems([str(problem) for problem in exc.problems])
            return
        self.refresh()

    # ------------------------------------------------------------------ preview
    def refresh(self) -> None:
        """Work out the import again with the choices made, and show it."""
        if self._parsed is None:
            return
        try:
            self.plan = self._service.plan(
                self.app,
                Path(self.path_edit.text()),
                overrides={name.casefold(): act for name, act in self._mapping_choices.items()},
                sled=self._sled(),
                parsed=self._parsed,
            )
        except CsvImportError as exc:
            self._show_problems([str(problem) for problem in exc.problems])
            return
        except SledChoiceError as exc:
            self._show_problems([str(exc)])
            return
        self._show_plan(self.plan)

    def _show_problems(self, problems: list[str]) -> None:
        self.plan = None
        self.sessions_table.setRowCount(0)
        self.skipped_table.setRowCount(0)
        self.import_button.setEnabled(False)
        shown = problems[:20] + ([f"… {len(problems) - 20} more"] if len(problems) > 20 else [])
        self.summary.setText(
            self.tr("Nothing can be imported from this file:") + "\n" + "\n".join(shown)
        )

    def _show_plan(self, plan: AppImportPlan) -> None:
        self._fill_mapping(plan)
        self.sessions_table.setRowCount(len(plan.sessions))
        for row, item in enumerate(plan.sessions):
            session, log = item.session, item.session.log
            assert log is not None
            cells = [
                format_date(session.day),
                session.start_time.strftime("%H:%M") if session.start_time else "",
                item.source.exercise,
                session.activity.label,
                str(log.minutes),
                format_mass(log.load) if log.load is not None else "",
                f"{log.distance_m.normalize():f}" if log.distance_m is not None else "",
                str(log.rpe) if log.rpe is not None else "",
            ]
            for column, text in enumerate(cells):
                self.sessions_table.setItem(row, column, QTableWidgetItem(text))
        self.skipped_table.setRowCount(len(plan.skipped))
        for row, skipped in enumerate(plan.skipped):
            for column, text in enumerate((skipped.name, str(skipped.rows), skipped.reason)):
                self.skipped_table.setItem(row, column, QTableWidgetItem(text))
        count = len(plan.sessions)
        skipped_rows = sum(item.rows for item in plan.skipped)
        self.summary.setText(
            self.tr("{count} sessions to import; {skipped} rows skipped.").format(
                count=count, skipped=skipped_rows
            )
        )
        self.import_button.setEnabled(count > 0 and not self._service_read_only())

    def _service_read_only(self) -> bool:
        return self._gear.read_only

    def _fill_mapping(self, plan: AppImportPlan) -> None:
        names = list(plan.mapping)
        shown = [self.mapping_table.item(row, 0) for row in range(self.mapping_table.rowCount())]
        if [item.text() for item in shown if item is not None] == names:
            return  # the same exercises: keep the boxes (one of them is being changed)
        self.mapping_table.setRowCount(len(names))
        for row, name in enumerate(names):
            self.mapping_table.setItem(row, 0, QTableWidgetItem(name))
            box = QComboBox(self.mapping_table)
            box.setObjectName(f"mapping:{name}")
            box.addItem(self.tr("Skip"), _SKIP)
            for activity in Activity:
                box.addItem(activity.label, activity.value)
            chosen = plan.mapping[name]
            box.setCurrentIndex(box.findData(chosen.value if chosen is not None else _SKIP))
            box.currentIndexChanged.connect(
                lambda _index, n=name, b=box: self.map_exercise(n, b.currentData())
            )
            self.mapping_table.setCellWidget(row, 1, box)

    def map_exercise(self, name: str, value: str) -> None:
        """Import the exercise ``name`` as the activity ``value`` (or skip it)."""
        self._mapping_choices[name] = None if value == _SKIP else Activity(value)
        self.refresh()

    # ------------------------------------------------------------------ import
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """No default button: the button box makes Import one as it is shown."""
        super().showEvent(event)
        self.import_button.setDefault(False)

    def import_now(self) -> None:
        """Add the previewed sessions: one undoable step; close when done."""
        plan = self.plan
        if plan is None or not plan.sessions:
            return
        if (problem := self._gear.backup_before_import()) is not None:
            self._report(problem)
            return
        ids = [item.session.id for item in plan.sessions]
        done = perform(
            self._stack,
            self.tr("import {count} sessions from {app}").format(
                count=len(ids), app=plan.app.label
            ),
            lambda: self._service.apply(plan) and None,
            lambda: self._service.undo(ids),
            self._report,
        )
        if done:
            self._report(
                self.tr("Imported {count} sessions from {path}").format(
                    count=len(ids), path=plan.path
                )
            )
            self.accept()
