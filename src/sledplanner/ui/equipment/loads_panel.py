"""Loads you can build: the ladder, a target load, and the drag force on a chosen surface."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.gear import GearItem, GearStatus
from sledplanner.domain.loads import LoadMatch
from sledplanner.domain.parsing import parse_mass
from sledplanner.domain.surfaces import SURFACES, calibrate_mu
from sledplanner.domain.units import Mass, MassUnit
from sledplanner.services.gear import GearChange, GearService
from sledplanner.services.loads import LoadsService
from sledplanner.ui.equipment.ladder_model import LadderModel
from sledplanner.ui.formatting import format_kg_fraction, user_locale

CALIBRATED = "calibrated"


class LoadsPanel(QWidget):
    """The ladder of buildable loads, a target search and the drag force."""

    def __init__(
        self, gear: GearService, loads: LoadsService, parent: QWidget | None = None
    ) -> None:
        """Show what the owned gear of ``gear`` can build."""
        super().__init__(parent)
        self.setObjectName("loadsPanel")
        self._gear = gear
        self._loads = loads
        self._calibrated_mu: Decimal | None = None

        ladder_box = QGroupBox(self.tr("Loads you can build"), self)
        # A view over a model that writes rows only as they are shown: the ladder can have
        # thousands of rows, and a list item per row made start-up and every gear edit slow.
        self.ladder_model = LadderModel(self)
        self.ladder = QListView(ladder_box)
        self.ladder.setObjectName("ladderList")
        self.ladder.setModel(self.ladder_model)
        # Every row is one line of text: measure one, not thousands.
        self.ladder.setUniformItemSizes(True)
        self.ladder.setAccessibleName(self.tr("Loads you can build"))
        self.ladder_note = QLabel(ladder_box)
        self.ladder_note.setObjectName("ladderNote")
        self.ladder_note.setWordWrap(True)
        ladder_layout = QVBoxLayout(ladder_box)
        ladder_layout.addWidget(self.ladder_note)
        ladder_layout.addWidget(self.ladder, 1)

        target_box = QGroupBox(self.tr("Target load"), self)
        self.target = QLineEdit(target_box)
        self.target.setObjectName("targetField")
        self.target.setAccessibleName(self.tr("Target load"))
        self.target.setPlaceholderText(self.tr("e.g. 55 lb"))
        self.target_result = QLabel(target_box)
        self.target_result.setObjectName("targetResult")
        self.target_result.setWordWrap(True)
        target_layout = QVBoxLayout(target_box)
        target_layout.addWidget(self.target)
        target_layout.addWidget(self.target_result)

        drag_box = QGroupBox(self.tr("Sled and surface"), self)
        self.sled = QComboBox(drag_box)
        self.sled.setObjectName("sledCombo")
        self.sled.setAccessibleName(self.tr("Sled"))
        self.surface = QComboBox(drag_box)
        self.surface.setObjectName("surfaceCombo")
        self.surface.setAccessibleName(self.tr("Surface"))
        for preset in SURFACES:
            estimate = self.tr(", estimate") if preset.estimate else ""
            self.surface.addItem(
                self.tr("{name} (μ {mu}{estimate})").format(
                    name=self.tr(preset.name), mu=preset.mu, estimate=estimate
                ),
                preset.key,
            )
            self.surface.setItemData(self.surface.count() - 1, preset.source, 3)
        for combo in (self.sled, self.surface):
            # Long sled names must not widen the panel beyond the window.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        self.load = QLineEdit(drag_box)
        self.load.setObjectName("loadField")
        self.load.setAccessibleName(self.tr("Load on the sled"))
        self.load.setPlaceholderText(self.tr("load on the sled, e.g. 55 lb"))
        self.calibrate_button = QPushButton(self.tr("Calibrate with a luggage scale…"), drag_box)
        self.calibrate_button.setObjectName("calibrateButton")
        self.force_result = QLabel(drag_box)
        self.force_result.setObjectName("forceResult")
        self.force_result.setWordWrap(True)
        drag_form = QFormLayout(drag_box)
        drag_form.addRow(self.tr("Sled"), self.sled)
        drag_form.addRow(self.tr("Surface"), self.surface)
        drag_form.addRow(self.tr("Load"), self.load)
        calibrate_row = QHBoxLayout()
        calibrate_row.addWidget(self.calibrate_button)
        calibrate_row.addStretch(1)
        drag_form.addRow(calibrate_row)
        drag_form.addRow(self.force_result)

        layout = QVBoxLayout(self)
        layout.addWidget(ladder_box, 1)
        layout.addWidget(target_box)
        layout.addWidget(drag_box)

        self.target.textChanged.connect(self._show_target)
        self.sled.currentIndexChanged.connect(self._show_force)
        self.surface.currentIndexChanged.connect(self._show_force)
        self.load.textChanged.connect(self._show_force)
        self.calibrate_button.clicked.connect(self.calibrate)
        self.ladder.selectionModel().currentRowChanged.connect(self._ladder_picked)
        self._unsubscribe = gear.subscribe(self._on_change)
        self.refresh()

    def detach(self) -> None:
        """Stop following the service."""
        self._unsubscribe()

    @property
    def unit(self) -> MassUnit:
        """The display unit."""
        return self._gear.preferences().display_unit

    def _on_change(self, change: GearChange) -> None:
        if change.table in ("gear", "preferences"):
            self.refresh()

    def refresh(self) -> None:
        """Recompute the ladder, the sled list, the target and the force."""
        unit = self.unit
        example = "55 lb" if unit is MassUnit.LB else "25 kg"
        self.target.setPlaceholderText(self.tr("e.g. {load}").format(load=example))
        self.load.setPlaceholderText(self.tr("load on the sled, e.g. {load}").format(load=example))
        ladder = self._loads.ladder()
        # A reset clears the current row without a signal, as clearing the old list did.
        self.ladder_model.set_ladder(ladder.loads, unit)
        count = self.ladder_model.rowCount()
        if count <= 1:
            self.ladder_note.setText(
                self.tr(
                    "Add owned kettlebells, plates, dumbbells or sandbags to see every load "
                    "they can put on the sled."
                )
            )
        elif ladder.truncated:
            self.ladder_note.setText(
                self.tr("{count} lightest loads shown; your gear builds even more.").format(
                    count=count
                )
            )
        else:
            self.ladder_note.setText(
                self.tr("{count} distinct loads from your owned gear.").format(count=count - 1)
            )
        self._fill_sleds()
        self._show_target()
        self._show_force()

    def _fill_sleds(self) -> None:
        chosen = self.sled.currentData()
        self.sled.blockSignals(True)
        self.sled.clear()
        self.sled.addItem(self.tr("No sled (load only)"), "")
        for sled in self._gear.sleds():
            wish = self.tr(" (wishlist)") if sled.status is GearStatus.WISHLIST else ""
            self.sled.addItem(f"{sled.name}{wish}", sled.id)
        index = self.sled.findData(chosen) if chosen else -1
        if index < 0 and self.sled.count() > 1:
            index = 1
        self.sled.setCurrentIndex(max(index, 0))
        self.sled.blockSignals(False)

    def _ladder_picked(self, current: QModelIndex) -> None:
        combination = self.ladder_model.combination(current.row())
        if combination is not None:
            self.load.setText(format_kg_fraction(combination.total_kg, self.unit, 3))

    # ------------------------------------------------------------------ target
    def _show_target(self) -> None:
        text = self.target.text().strip()
        if not text:
            self.target_result.setText(
                self.tr("Type a load to see the fewest pieces that make it.")
            )
            return
        try:
            match = self._loads.find(parse_mass(text, self.unit, "target"))
        except ValidationError as exc:
            self.target_result.setText(exc.message)
            return
        self.target_result.setText(self._describe_match(match))

    def _describe_match(self, match: LoadMatch) -> str:
        unit = self.unit
        target = format_kg_fraction(match.target.kg, unit, 3)
        if match.exact is not None:
            return self.tr("{target} = {pieces} (exact)").format(
                target=target, pieces=match.exact.describe(unit)
            )
        lines = [self.tr("No exact combination makes {target}.").format(target=target)]
        if match.below is not None:
            lines.append(
                self.tr("Nearest below: {total} = {pieces} (not exact)").format(
                    total=format_kg_fraction(match.below.total_kg, unit, 3),
                    pieces=match.below.describe(unit),
                )
            )
        if match.above is not None:
            lines.append(
                self.tr("Nearest above: {total} = {pieces} (not exact)").format(
                    total=format_kg_fraction(match.above.total_kg, unit, 3),
                    pieces=match.above.describe(unit),
                )
            )
        else:
            lines.append(self.tr("Nothing you own reaches it."))
        return "\n".join(lines)

    # ------------------------------------------------------------------ force
    def _mu(self) -> Decimal:
        key = self.surface.currentData()
        if key == CALIBRATED and self._calibrated_mu is not None:
            return self._calibrated_mu
        return next(preset.mu for preset in SURFACES if preset.key == key)

    def _load_mass(self) -> Mass:
        text = self.load.text().strip()
        return parse_mass(text, self.unit, "load") if text else Mass.of(0, self.unit)

    def _sled_and_load(self) -> tuple[GearItem | None, Mass] | None:
        """The chosen sled and the typed load; None (the problem shown) for a bad load."""
        sled = self._gear.item(self.sled.currentData()) if self.sled.currentData() else None
        try:
            return sled, self._load_mass()
        except ValidationError as exc:
            self.force_result.setText(exc.message)
            return None

    def _show_force(self) -> None:
        chosen = self._sled_and_load()
        if chosen is None:
            return
        sled, load = chosen
        if sled is None and load.kg == 0:
            self.force_result.setText(self.tr("Choose a sled or type a load."))
            return
        force = self._loads.drag(sled, load, self._mu())
        unit = self.unit
        lines = [
            self.tr("Dragged mass: {total} ({other})").format(
                total=format_kg_fraction(force.total.kg, unit),
                other=format_kg_fraction(
                    force.total.kg, MassUnit.KG if unit is MassUnit.LB else MassUnit.LB
                ),
            ),
            self.tr("Drag force: {n} N ({lbf} lbf) at μ {mu}").format(
                n=user_locale().toString(float(force.newtons), "f", 1),
                lbf=user_locale().toString(float(force.pounds_force), "f", 1),
                mu=user_locale().toString(float(force.mu), "f", len(str(force.mu).split(".")[-1])),
            ),
        ]
        key = self.surface.currentData()
        if sled is not None and key != CALIBRATED and not sled.suits(key):
            lines.append(
                self.tr("{sled} is not recorded as suiting this surface.").format(sled=sled.name)
            )
        if sled is not None and sled.max_load is not None and load > sled.max_load:
            lines.append(
                self.tr("Over the sled's maximum load of {limit}.").format(
                    limit=format_kg_fraction(sled.max_load.kg, unit)
                )
            )
        self.force_result.setText("\n".join(lines))

    def calibrate(self) -> None:
        """Ask for one luggage-scale reading and use the friction it gives."""
        chosen = self._sled_and_load()
        if chosen is None:
            return
        sled, load = chosen
        text, ok = QInputDialog.getText(
            self,
            self.tr("Calibrate friction"),
            self.tr(
                "Pull the loaded sled at a steady walk with a luggage scale on the rope.\n"
                "What does the scale read (e.g. 25 lb)?"
            ),
        )
        if not ok or not text.strip():
            return
        try:
            reading = parse_mass(text, self.unit, "scale reading")
            sled_mass = sled.mass if sled is not None else Mass.of(0, self.unit)
            mu = calibrate_mu(reading, sled_mass, load)
        except ValidationError as exc:
            self.force_result.setText(exc.message)
            return
        self._calibrated_mu = mu
        index = self.surface.findData(CALIBRATED)
        label = self.tr("Calibrated (μ {mu}, measured)").format(mu=mu)
        if index < 0:
            self.surface.addItem(label, CALIBRATED)
            index = self.surface.count() - 1
        else:
            self.surface.setItemText(index, label)
        self.surface.setCurrentIndex(index)
        self._show_force()
