"""The tabs as they stand before their features are built: an empty state each."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from sledplanner.ui.tabs.empty_state import EmptyState


def _tr(text: str) -> str:
    return QCoreApplication.translate("Tabs", text)


def programme_tab(parent: QWidget | None = None) -> QWidget:
    """Return the Programme tab."""
    tab = EmptyState(
        _tr("Programme"),
        _tr(
            "Your training calendar will live here: planned sessions, what you did and how "
            "your loads progress. Planning is not available in this version yet."
        ),
        parent,
    )
    tab.setObjectName("programmeTab")
    return tab


def progress_tab(parent: QWidget | None = None) -> QWidget:
    """Return the Progress tab."""
    tab = EmptyState(
        _tr("Progress"),
        _tr(
            "Charts of your loads, training stress, knee pain and spending will appear here "
            "once sessions can be logged. There is nothing to chart in this version yet."
        ),
        parent,
    )
    tab.setObjectName("progressTab")
    return tab
