"""File menu entries for other apps' history and the report, and the session card button.

Each is installed on the window by one line.

The entries read the window's open services when triggered, so they are made once with the
menus; they do nothing without an open database.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton

if TYPE_CHECKING:
    from sledplanner.ui.main_window import MainWindow
    from sledplanner.ui.programme.tab import ProgrammeTab

__all__ = ["add_file_actions", "add_session_card_button"]


def add_file_actions(window: MainWindow, menu: QMenu) -> None:
    """Add File > Import from another app… and File > Report… to ``menu``."""
    menu.addSeparator()
    import_action = QAction(window.tr("Import from &another app…"), window)
    import_action.setObjectName("importFromAppAction")
    import_action.triggered.connect(lambda: open_app_import(window))
    menu.addAction(import_action)
    report_action = QAction(window.tr("&Report…"), window)
    report_action.setObjectName("reportAction")
    report_action.triggered.connect(lambda: open_report_preview(window))
    menu.addAction(report_action)


def open_app_import(window: MainWindow) -> None:
    """Open the import preview on the window's database (not when it is read-only)."""
    services = window.services
    if services is None:
        return
    if services.workspace.read_only:
        window.report_error(window.tr("This database is read-only: nothing can be imported."))
        return
    from sledplanner.services.app_import import AppImportService
    from sledplanner.ui.app_import.dialog import AppImportDialog

    dialog = AppImportDialog(
        AppImportService(services.workspace, services.schedule, services.gear),
        services.gear,
        window.undo_stack,
        window.report_error,
        window,
    )
    dialog.open()


def open_report_preview(window: MainWindow) -> None:
    """Ask for the period, then show the report's print preview."""
    if window.services is None:
        return
    from sledplanner.ui.report.menu import open_report

    open_report(window, window.services, window.report_error)


def add_session_card_button(tab: ProgrammeTab, window: MainWindow) -> None:
    """Put Print session card… under the programme tab's day panel."""
    button = QPushButton(window.tr("Print session card…"), tab.day_panel)
    button.setObjectName("printSessionCardButton")
    button.setToolTip(
        window.tr("A one-page card for the next planned session: the pieces to stack, the minutes")
    )

    def open_card() -> None:
        if window.services is None:
            return
        from sledplanner.ui.report.menu import open_session_card

        open_session_card(window, window.services, tab.selected_day, window.report_error)

    button.clicked.connect(open_card)
    layout = tab.day_panel.layout()
    if layout is not None:
        layout.addWidget(button)
