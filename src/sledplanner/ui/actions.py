"""Tab-local actions with shortcuts, and the text buttons that show them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolButton, QWidget


def tab_action(
    owner: QWidget,
    text: str,
    name: str,
    keys: QKeySequence | QKeySequence.StandardKey | str | None,
    run: Callable[[], None],
) -> QAction:
    """Return an action of ``owner`` whose shortcut works while focus is inside ``owner``."""
    action = QAction(text, owner)
    action.setObjectName(name)
    if keys is not None:
        action.setShortcut(QKeySequence(keys))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(run)
    owner.addAction(action)
    return action


def text_button(owner: QWidget, action: QAction) -> QToolButton:
    """Return a text-only button for ``action``, named after it (``addGearAction`` → Button)."""
    button = QToolButton(owner)
    button.setDefaultAction(action)
    button.setObjectName(action.objectName().replace("Action", "Button"))
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button
