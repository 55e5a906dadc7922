"""Writing the report to a PDF file with Qt's own PDF writer (no display needed)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtGui import QImage, QPdfWriter, QTextDocument

from sledplanner.services.bundle import Services
from sledplanner.services.report import build_report
from sledplanner.ui.report.chart_images import chart_image
from sledplanner.ui.report.document import report_document
from sledplanner.ui.report.page import page_layout, print_document

__all__ = ["make_report_document", "write_pdf"]

#: The charts of the report, as the Progress tab names them.
CHARTS = ("load", "pain")


def make_report_document(services: Services, first: date, last: date) -> QTextDocument:
    """Gather the report of ``first`` to ``last`` and lay it out, charts drawn."""
    data = build_report(services, first, last)
    images: dict[str, QImage | None] = {
        key: chart_image(services.progress.chart(key, data.first, data.last)) for key in CHARTS
    }
    return report_document(data, images)


def write_pdf(document: QTextDocument, out: Path, title: str) -> None:
    """Print ``document`` into the PDF file ``out`` (A4 or Letter by locale).

    Raises:
        OSError: The file could not be written.
    """
    writer = QPdfWriter(str(out))
    writer.setPageLayout(page_layout())
    writer.setTitle(title)
    writer.setCreator("SledPlanner")
    print_document(document, writer)
    del writer  # the file is finished when the writer goes
    if not out.is_file() or out.stat().st_size == 0:
        raise OSError(f"{out}: the PDF was not written")
