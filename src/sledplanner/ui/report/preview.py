"""Print previews of the report and the session card, with Save as PDF.

Qt's :class:`QPrintPreviewDialog` shows the pages and prints them; a "Save as PDF…" entry on
its tool bar writes the same pages with :func:`~sledplanner.ui.report.pdf.write_pdf`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QToolBar,
    QWidget,
)

from sledplanner.ui.dialog_buttons import ok_cancel
from sledplanner.ui.formatting import short_date_format
from sledplanner.ui.report.page import page_layout, print_document
from sledplanner.ui.report.pdf import write_pdf

__all__ = ["DocumentPreview", "PeriodDialog"]


class DocumentPreview(QPrintPreviewDialog):
    """The print preview of one document, with a Save as PDF… entry on its tool bar."""

    def __init__(
        self,
        document: QTextDocument,
        title: str,
        suggested: str,
        report: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        """Preview ``document``; ``suggested`` is the PDF's file name, ``report`` tells the user."""
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setPageLayout(page_layout())
        super().__init__(self.printer, parent)
        self.setObjectName("documentPreview")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowTitle(title)
        self.document = document
        self._title = title
        self._suggested = suggested
        self._report = report
        self.paintRequested.connect(lambda printer: print_document(self.document, printer))
        self.save_action = QAction(self.tr("Save as PDF…"), self)
        self.save_action.setObjectName("savePdfAction")
        self.save_action.triggered.connect(self.save_pdf)
        bar = self.findChild(QToolBar)
        if bar is not None:
            bar.addSeparator()
            bar.addAction(self.save_action)
        else:  # a Qt without the tool bar: keep the entry reachable by its shortcut
            self.addAction(self.save_action)

    @property
    def preview(self) -> QPrintPreviewWidget | None:
        """The page view inside the dialog."""
        return self.findChild(QPrintPreviewWidget)

    def save_pdf(self) -> None:
        """Ask where, then write the pages as a PDF file."""
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save as PDF"),
            str(Path(documents) / self._suggested),
            self.tr("PDF files (*.pdf)"),
        )
        if not path:
            return
        out = Path(path)
        if not out.suffix:
            out = out.with_suffix(".pdf")
        try:
            write_pdf(self.document, out, self._title)
        except OSError as exc:
            self._report(self.tr("{path}: cannot write the PDF: {why}").format(path=out, why=exc))
            return
        self._report(self.tr("Saved {path}").format(path=out))


class PeriodDialog(QDialog):
    """Asks for the report's first and last day."""

    def __init__(self, first: date, last: date, parent: QWidget | None = None) -> None:
        """Start with ``first`` to ``last`` (the last four weeks)."""
        super().__init__(parent)
        self.setObjectName("reportPeriodDialog")
        self.setWindowTitle(self.tr("Report"))
        self.first_edit = QDateEdit(QDate(first.year, first.month, first.day), self)
        self.first_edit.setDisplayFormat(short_date_format())
        self.first_edit.setObjectName("reportFrom")
        self.first_edit.setCalendarPopup(True)
        self.last_edit = QDateEdit(QDate(last.year, last.month, last.day), self)
        self.last_edit.setDisplayFormat(short_date_format())
        self.last_edit.setObjectName("reportTo")
        self.last_edit.setCalendarPopup(True)
        buttons = ok_cancel(self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.first_edit.dateChanged.connect(self._check)
        self.last_edit.dateChanged.connect(self._check)
        self.problem = QLabel(self)
        layout = QFormLayout(self)
        layout.addRow(self.tr("From:"), self.first_edit)
        layout.addRow(self.tr("To:"), self.last_edit)
        layout.addRow(self.problem)
        layout.addRow(buttons)

    def _check(self) -> None:
        ok = self.first_edit.date() <= self.last_edit.date()
        self.ok_button.setEnabled(ok)
        self.problem.setText("" if ok else self.tr("The last day is before the first."))

    @property
    def period(self) -> tuple[date, date]:
        """The chosen first and last day."""
        first, last = self.first_edit.date(), self.last_edit.date()
        return (
            date(first.year(), first.month(), first.day()),
            date(last.year(), last.month(), last.day()),
        )
