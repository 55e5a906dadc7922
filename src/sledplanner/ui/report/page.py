"""Paper: A4 or Letter by the locale, and printing a QTextDocument with page numbers."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QTextDocument

from sledplanner.ui.formatting import user_locale

#: Countries that use Letter paper (the rest of the world uses A4).
_LETTER = {
    QLocale.Country.UnitedStates,
    QLocale.Country.Canada,
    QLocale.Country.Mexico,
    QLocale.Country.Philippines,
    QLocale.Country.Chile,
    QLocale.Country.Colombia,
    QLocale.Country.Venezuela,
    QLocale.Country.Guatemala,
    QLocale.Country.CostaRica,
    QLocale.Country.Panama,
    QLocale.Country.PuertoRico,
}


def page_size(locale: QLocale | None = None) -> QPageSize:
    """Letter where the locale's country uses it, A4 elsewhere."""
    country = (locale or user_locale()).territory()
    letter = country in _LETTER
    return QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)


def page_layout(locale: QLocale | None = None) -> QPageLayout:
    """Portrait, 15 mm margins, on :func:`page_size`."""
    return QPageLayout(
        page_size(locale),
        QPageLayout.Orientation.Portrait,
        # QTextDocument.print_ adds 2 cm of its own around the text (and the page numbers there).
        QMarginsF(5, 5, 5, 5),
        QPageLayout.Unit.Millimeter,
    )


def print_document(document: QTextDocument, device: QPagedPaintDevice) -> None:
    """Print ``document`` on ``device``; Qt numbers the pages at their foot.

    The document must have no page size of its own: QTextDocument then lays it out on the
    device's pages and writes each page's number.
    """
    document.print_(device)
