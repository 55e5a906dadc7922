"""The ladder of buildable loads as a Qt list model that writes each row only when it is shown.

A realistic inventory builds thousands of loads (and mixed kg and lb gear up to the ladder's
20,000-row limit). Writing every row's text up front, or making a list item per row, costs far
more than the ladder itself, and it would be paid at start-up and after every gear edit. This
model keeps only the combinations; a row's text is made the first time a view asks for it (the
rows on screen, and the last one, which a view with uniform item sizes measures) and cached
until the next ladder.
"""

from __future__ import annotations

from collections.abc import MutableSequence, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from sledplanner.domain.loads import Combination
from sledplanner.domain.units import MassUnit
from sledplanner.ui.formatting import format_kg_fraction

AnyIndex = QModelIndex | QPersistentModelIndex

#: Between a row's total and its pieces, as in "55 lb  —  35 lb + 20 lb".
SEPARATOR = "  —  "


def ladder_row_text(combination: Combination, unit: MassUnit) -> str:
    """Write one row of the ladder: the total in ``unit``, then the pieces."""
    total = format_kg_fraction(combination.total_kg, unit)
    return f"{total}{SEPARATOR}{combination.describe(unit)}"


class LadderModel(QAbstractListModel):
    """Read-only rows, one per buildable load, lightest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        """Start with no rows."""
        super().__init__(parent)
        self._combinations: Sequence[Combination] = ()
        self._unit = MassUnit.KG
        self._texts: dict[int, str] = {}

    def set_ladder(self, combinations: Sequence[Combination], unit: MassUnit) -> None:
        """Show ``combinations`` with their totals written in ``unit``, as one model reset."""
        self.beginResetModel()
        # A list may change under the model: keep a copy. A ladder's own sequence is immutable
        # and builds each row when first read, so it is kept as it is.
        self._combinations = (
            tuple(combinations) if isinstance(combinations, MutableSequence) else combinations
        )
        self._unit = unit
        self._texts = {}
        self.endResetModel()

    @property
    def unit(self) -> MassUnit:
        """The unit the totals are written in."""
        return self._unit

    def combination(self, row: int) -> Combination | None:
        """Return the combination on ``row``, or None for a row that is not there."""
        if 0 <= row < len(self._combinations):
            return self._combinations[row]
        return None

    def text(self, row: int) -> str:
        """Return the text shown on ``row`` (which must exist), writing it the first time."""
        text = self._texts.get(row)
        if text is None:
            text = ladder_row_text(self._combinations[row], self._unit)
            self._texts[row] = text
        return text

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Return how many loads there are (none under a row: this is a flat list)."""
        return 0 if parent.isValid() else len(self._combinations)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a row's text for the display role; None for anything else."""
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < len(self._combinations) or index.column() != 0:
            return None
        return self.text(row)
