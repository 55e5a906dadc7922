"""A page of a tab widget whose content is built the first time it is needed.

The Equipment tab's side panels other than the first (the purchase planner, the subscriptions)
are not on screen at start-up; building them when first shown keeps them out of the first paint.
The page holds the place of the content in the tab widget and in the keyboard focus order, so
the content, once built, is reached with Tab exactly where it would have been.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPage(QWidget):
    """A tab page that builds its one child with ``build(page)`` on first :meth:`content`."""

    def __init__(self, build: Callable[[QWidget], QWidget], parent: QWidget | None = None) -> None:
        """Hold the place of what ``build`` makes (called with this page as the parent)."""
        super().__init__(parent)
        self._build = build
        self._content: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        """Whether the content exists yet."""
        return self._content is not None

    def content(self) -> QWidget:
        """The content, built now if it was not yet."""
        if self._content is None:
            content = self._build(self)
            self._content = content
            self._layout.addWidget(content)
            if self.isVisible():
                # Shown and laid out at once (the layout would show it at the next turn of the
                # event loop), so that a key pressed now already reaches it.
                content.show()
                self._layout.activate()
            self._take_focus_place(content)
        return self._content

    def _take_focus_place(self, content: QWidget) -> None:
        """Move the controls of ``content`` in the focus chain to right after this page.

        A widget made now joins the end of the window's focus chain; its controls belong where
        they would have been had the content been built with the page. Qt reorders only widgets
        that take focus, hence this page's policy for that moment.
        """
        controls: list[QWidget] = []
        widget = content.nextInFocusChain()
        while content.isAncestorOf(widget):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                controls.append(widget)
            widget = widget.nextInFocusChain()
        policy = self.focusPolicy()
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        previous: QWidget = self
        for control in controls:
            QWidget.setTabOrder(previous, control)
            previous = control
        self.setFocusPolicy(policy)
