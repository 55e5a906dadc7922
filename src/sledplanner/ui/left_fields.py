"""Which fields of a form a person has left, so that a form says nothing is wrong before then.

A form checks every field as it is typed, but shows a field's problem only once the person has
left that field (Tab, a click elsewhere) or pressed OK. Messages sit in lines kept for them, so
showing one moves nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

#: Red that reads at 4.5:1 or better on the light and on the dark theme's window colour.
ERROR_ON_LIGHT = "#b71c1c"
ERROR_ON_DARK = "#ff8a80"

# Losing the focus because another window or a popup took it is not leaving the field.
_NOT_LEAVING = {Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason}


class LeftFields(QObject):
    """Remembers which watched fields have been left; ``changed`` says when that grows."""

    changed = Signal()

    def __init__(self, parent: QObject, fields: dict[QWidget, str] | None = None) -> None:
        """Watch ``fields`` (widget to the field key its problems are reported under)."""
        super().__init__(parent)
        self._keys: dict[QWidget, str] = {}
        self._left: set[str] = set()
        self._everything = False
        for widget, key in (fields or {}).items():
            self.watch(widget, key)

    def watch(self, widget: QWidget, key: str) -> None:
        """Count ``widget`` as the field ``key``: leaving it lets its problem show."""
        self._keys[widget] = key
        widget.installEventFilter(self)
        if isinstance(widget, QLineEdit):
            # Return in a line edit also finishes it.
            widget.editingFinished.connect(lambda key=key: self.leave(key))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Mark a field as left when the focus moves from it to somewhere else in the form."""
        if (
            event.type() == QEvent.Type.FocusOut
            and isinstance(event, QFocusEvent)
            and event.reason() not in _NOT_LEAVING
            and watched in self._keys
        ):
            self.leave(self._keys[watched])  # type: ignore[index]
        return super().eventFilter(watched, event)

    def leave(self, *keys: str) -> None:
        """Count the fields ``keys`` as left."""
        before = len(self._left)
        self._left.update(keys)
        if len(self._left) != before:
            self.changed.emit()

    def leave_all(self) -> None:
        """Count every field as left (OK was pressed): every problem shows."""
        if not self._everything:
            self._everything = True
            self.changed.emit()

    def forget(self) -> None:
        """Count no field as left, as when the form has just opened."""
        self._left.clear()
        self._everything = False
        self.changed.emit()

    def is_left(self, key: str) -> bool:
        """Whether the problem of field ``key`` may show.

        A problem under a key no field is watched for (one about the fields together) shows
        once any field has been left.
        """
        if self._everything or key in self._left:
            return True
        return key not in self._keys.values() and bool(self._left)

    def any_left(self, keys: Iterable[str]) -> bool:
        """Whether any of ``keys`` may show its problem."""
        return any(self.is_left(key) for key in keys)


class MessageLine(QLabel):
    """A red message line that keeps its height when empty, so showing a message moves nothing."""

    def __init__(self, name: str, parent: QWidget, lines: int = 1) -> None:
        """Create the empty label called ``name`` with room for ``lines`` lines of text."""
        super().__init__(parent)
        self.setObjectName(name)
        self._restyling = False
        self._follow_theme()
        self.setWordWrap(lines > 1)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 2)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Pick the red again when the theme (the palette) changes."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._follow_theme()

    def _follow_theme(self) -> None:
        if self._restyling:
            return
        self._restyling = True
        window = QApplication.palette().color(QPalette.ColorRole.Window)
        red = ERROR_ON_DARK if window.lightness() < 128 else ERROR_ON_LIGHT
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(red))
        self.setPalette(palette)
        self._restyling = False

    def show_error(self, message: str | None) -> None:
        """Show ``message`` (its whole text also as a tooltip), or nothing when it is None."""
        self.setText(message or "")
        self.setToolTip(message or "")


__all__ = ["ERROR_ON_DARK", "ERROR_ON_LIGHT", "LeftFields", "MessageLine"]
