"""Column widths for the gear table: short columns fit their contents, the name comes next.

Every column of fixed-form values (kind, mass, price, status, date…) is as wide as its widest
cell or header. The name gets what it needs from the room left, and the notes take the rest;
when the room is short the notes elide first, then the name down to about eighteen
characters; past that the table scrolls sideways. Widths follow the data, the unit
and the window's size as they change, not only at start-up.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt, QTimer
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
        # Fixed widths set by fit(): a header in ResizeToContents mode measures every cell of
        # every column at each layout, which took most of the Equipment tab's start-up.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
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

    def needed(self, column: int, longest_rows: dict[int, int] | None = None) -> int:
        """The width ``column`` needs to show its widest cell and its header whole.

        A model that can tell the row with the longest text of each column
        (``longest_rows()``, as the gear model does) has only that cell measured; otherwise
        every cell is.
        """
        table = self._table
        header = table.horizontalHeader()
        title = header.sectionSizeHint(column)
        model = table.model()
        source = model.sourceModel() if isinstance(model, QSortFilterProxyModel) else model
        longest = getattr(source, "longest_rows", None)
        if longest is None:
            return max(table.sizeHintForColumn(column), title)
        row = (longest() if longest_rows is None else longest_rows).get(column)
        if row is None:
            return title
        index = source.index(row, column)
        if isinstance(model, QSortFilterProxyModel):
            index = model.mapFromSource(index)
        if not index.isValid():  # filtered out: measure what is shown
            return max(table.sizeHintForColumn(column), title)
        grid = 1 if table.showGrid() else 0
        return max(table.sizeHintForIndex(index).width() + grid, title)

    def fit(self) -> None:
        """Fit the short columns, then give the name what it needs from the room they leave."""
        table = self._table
        header = table.horizontalHeader()
        model = table.model()
        source = model.sourceModel() if isinstance(model, QSortFilterProxyModel) else model
        longest = getattr(source, "longest_rows", None)
        rows = longest() if longest is not None else None
        fixed = 0
        for column in range(header.count()):
            if column in (self._name, self._rest) or header.isSectionHidden(column):
                continue
            width = self.needed(column, rows)
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)
            fixed += width
        room = table.viewport().width() - fixed
        rest_least = header.sectionSizeHint(self._rest)
        # Below about eighteen characters a name stops being readable ("Kettleb…"): the table
        # scrolls sideways before the name gets narrower than that.
        floor = max(header.sectionSizeHint(self._name), 18 * table.fontMetrics().averageCharWidth())
        width = max(floor, min(self.needed(self._name, rows), room - rest_least))
        if header.sectionSize(self._name) != width:
            header.resizeSection(self._name, width)


__all__ = ["NameFirstFit"]
