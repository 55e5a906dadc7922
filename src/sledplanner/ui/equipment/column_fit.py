"""Column widths for the gear table: short columns fit their contents, the name comes next.

Every column of fixed-form values (kind, mass, price, status, date…) is as wide as its widest
cell or header. The name gets what it needs from the room left, and the notes take the rest;
when the room is short the notes elide first, then the name down to about eighteen
characters; past that the table scrolls sideways. Widths follow the data, the unit
and the window's size as they change, not only at start-up.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView


class NameFirstFit(QObject):
    """Keep ``table``'s columns fitted, ``name`` before ``rest`` (the last column)."""

    def __init__(self, table: QTableView, name: int, rest: int) -> None:
        """Fit ``table`` now and whenever its data or size changes."""
        super().__init__(table)
        self._table = table
        self._name = name
        self._rest = rest
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(name, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(rest, QHeaderView.ResizeMode.Stretch)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        model = table.model()
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
            model.layoutChanged,
            model.headerDataChanged,
        ):
            signal.connect(self._timer.start)
        header.sectionResized.connect(self._other_resized)
        table.viewport().installEventFilter(self)
        self.fit()

    def _other_resized(self, column: int, _old: int, _new: int) -> None:
        if column not in (self._name, self._rest):
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Fit again when the table's visible area changes size."""
        if event.type() == QEvent.Type.Resize:
            self._timer.start()
        return super().eventFilter(watched, event)

    @property
    def pending(self) -> bool:
        """Whether a change has been seen and the columns are about to be fitted to it."""
        return self._timer.isActive()

    def needed(self, column: int) -> int:
        """The width ``column`` needs to show its widest cell and its header whole."""
        header = self._table.horizontalHeader()
        return max(self._table.sizeHintForColumn(column), header.sectionSizeHint(column))

    def fit(self) -> None:
        """Give the name what it needs from the room the fitted columns leave."""
        table = self._table
        header = table.horizontalHeader()
        fixed = sum(
            header.sectionSize(column)
            for column in range(header.count())
            if column not in (self._name, self._rest) and not header.isSectionHidden(column)
        )
        room = table.viewport().width() - fixed
        rest_least = header.sectionSizeHint(self._rest)
        # Below about eighteen characters a name stops being readable ("Kettleb…"): the table
        # scrolls sideways before the name gets narrower than that.
        floor = max(header.sectionSizeHint(self._name), 18 * table.fontMetrics().averageCharWidth())
        width = max(floor, min(self.needed(self._name), room - rest_least))
        if header.sectionSize(self._name) != width:
            header.resizeSection(self._name, width)


__all__ = ["NameFirstFit"]
