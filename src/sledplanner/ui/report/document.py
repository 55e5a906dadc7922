"""The report and the session card as rich text (HTML) in a QTextDocument.

Black on white, with borders and words rather than colours, so that a black-and-white print
reads as well as the screen. Masses are shown in the display unit and dates in the locale.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QFont, QImage, QTextDocument

from sledplanner.domain.compliance import Compliance
from sledplanner.domain.units import Mass, MassUnit
from sledplanner.services.report import ReportData, SessionCard, SessionRow
from sledplanner.ui.formatting import format_date, format_kg_fraction, format_mass
from sledplanner.ui.report.stack_picture import stack_picture

__all__ = ["card_document", "card_html", "report_document", "report_html"]

_STYLE = """
body { color: #000; font-size: 9pt; }
h1 { font-size: 16pt; margin: 0 0 4px 0; }
h2 { font-size: 12pt; margin: 14px 0 4px 0; }
table.grid { border-collapse: collapse; font-size: 8pt; }
table.grid th { background: #e6e6e6; font-weight: bold; text-align: left; }
td.num { text-align: right; }
p.small { font-size: 8pt; }
td.box { font-size: 14pt; }
"""


_CARD_STYLE = """
body { color: #000; font-size: 11pt; }
h1 { font-size: 18pt; margin: 0 0 4px 0; }
h2 { font-size: 13pt; margin: 10px 0 4px 0; }
table.grid { border-collapse: collapse; font-size: 11pt; }
table.grid th { background: #e6e6e6; font-weight: bold; text-align: left; }
td.box { font-size: 15pt; }
p.big { font-size: 14pt; }
"""


def _tr(text: str) -> str:
    return QCoreApplication.translate("Report", text)


def _mass(mass: Mass | None, unit: MassUnit) -> str:
    return format_mass(mass, unit) if mass is not None else "–"


def _scale(value: int | None) -> str:
    return f"{value}/10" if value is not None else "–"


def _table(
    headers: list[str],
    rows: list[list[str]],
    numeric: set[int] | None = None,
    widths: list[int] | None = None,
) -> str:
    numbers = numeric or set()
    head = "".join(
        f'<th width="{widths[column]}%">{escape(text)}</th>'
        if widths
        else f"<th>{escape(text)}</th>"
        for column, text in enumerate(headers)
    )
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="num">{escape(cell)}</td>'
            if column in numbers
            else f"<td>{escape(cell)}</td>"
            for column, cell in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    return (
        '<table class="grid" border="1" cellspacing="0" cellpadding="3" width="100%">'
        f"<thead><tr>{head}</tr></thead>{body}</table>"
    )


def _session_cells(row: SessionRow, unit: MassUnit) -> list[str]:
    session = row.session
    log = session.log
    return [
        format_date(session.day),
        session.activity.label,
        session.status.value,
        str(row.minutes),
        _mass(row.load, unit) if session.activity.uses_sled else "–",
        _mass(row.dragged, unit),
        str(log.rpe) if log is not None and log.rpe is not None else "–",
        _scale(log.pain_during if log is not None else None),
        _scale(log.pain_next_morning if log is not None else None),
        session.notes,
    ]


def _period(first: date, last: date) -> str:
    return f"{format_date(first)} – {format_date(last)}"


def report_html(data: ReportData, charts: Mapping[str, QImage | None]) -> str:
    """The report's rich text; ``charts`` are the images by key ("load", "pain")."""
    unit = data.unit
    parts = [f"<html><head><style>{_STYLE}</style></head><body>"]
    parts.append(f"<h1>{escape(_tr('Sled training report'))}</h1>")
    athlete = escape(data.athlete)
    if data.body_mass is not None:
        athlete += f" · {escape(_tr('body mass'))} {escape(format_mass(data.body_mass, unit))}"
    parts.append(
        f"<p><b>{escape(_tr('Athlete'))}:</b> {athlete}<br/>"
        f"<b>{escape(_tr('Period'))}:</b> {escape(_period(data.first, data.last))}<br/>"
        f"<b>{escape(_tr('Printed'))}:</b> {escape(format_date(data.today))}</p>"
    )
    parts.append(f"<h2>{escape(_tr('Plan and adherence'))}</h2>")
    if data.programmes:
        plan_rows = [
            [
                programme.name,
                format_date(programme.start),
                str(programme.weeks),
                f"{programme.minutes} min",
                _mass(programme.start_load, unit),
                _mass(programme.step, unit) if programme.step is not None else "–",
            ]
            for programme in data.programmes
        ]
        parts.append(
            _table(
                [
                    _tr("Plan"),
                    _tr("From"),
                    _tr("Weeks"),
                    _tr("Minutes"),
                    _tr("Start load"),
                    _tr("Weekly step"),
                ],
                plan_rows,
            )
        )
    else:
        parts.append(f"<p>{escape(_tr('No programme covers this period.'))}</p>")
    parts.append(
        "<p>"
        + escape(
            _tr("{done} of {due} sessions due were done.").format(done=data.done, due=data.due)
        )
        + "</p>"
    )
    week_rows = [
        [
            format_date(week.start),
            f"{week.done} / {week.planned}",
            f"{week.minutes_done} / {week.minutes_planned}",
            str(week.colours.get(Compliance.GREEN, 0)),
            str(week.colours.get(Compliance.YELLOW, 0)),
            str(week.colours.get(Compliance.RED, 0)),
        ]
        for week in data.weeks
    ]
    parts.append(
        _table(
            [
                _tr("Week of"),
                _tr("Done / planned"),
                _tr("Minutes done / planned"),
                _tr("On plan (±20 %)"),
                _tr("Near plan"),
                _tr("Off plan or missed"),
            ],
            week_rows,
            {1, 2, 3, 4, 5},
        )
    )
    parts.append(f"<h2>{escape(_tr('Sessions'))}</h2>")
    if data.sessions:
        parts.append(
            _table(
                [
                    _tr("Date"),
                    _tr("Activity"),
                    _tr("Status"),
                    _tr("Min"),
                    _tr("Load"),
                    _tr("Dragged"),
                    _tr("RPE"),
                    _tr("Pain during"),
                    _tr("Pain next morning"),
                    _tr("Notes"),
                ],
                [_session_cells(row, unit) for row in data.sessions],
                {3, 4, 5, 6, 7, 8},
                [11, 12, 8, 5, 8, 10, 5, 9, 12, 20],
            )
        )
        parts.append(
            '<p class="small">'
            + escape(_tr("Load: the mass added to the sled. Dragged: the load and the sled."))
            + "</p>"
        )
    else:
        parts.append(f"<p>{escape(_tr('No sessions in this period.'))}</p>")
    parts.append(f"<h2>{escape(_tr('Progression decisions'))}</h2>")
    if data.decisions:
        parts.append(
            _table(
                [_tr("After"), _tr("For"), _tr("Decision"), _tr("Load"), _tr("Reason")],
                [
                    [
                        format_date(row.after.day),
                        format_date(row.next_session.day),
                        row.action,
                        _mass(row.proposed, unit),
                        row.reason,
                    ]
                    for row in data.decisions
                ],
            )
        )
    else:
        parts.append(f"<p>{escape(_tr('No load decision in this period.'))}</p>")
    parts.append(
        f'<h2 style="page-break-before: always">{escape(_tr("Charts of the period"))}</h2>'
    )
    for key, title in (("load", _tr("Load")), ("pain", _tr("Knee pain"))):
        parts.append(f"<p><b>{escape(title)}</b></p>")
        if charts.get(key) is not None:
            parts.append(f'<p><img src="chart://{key}" width="660"/></p>')
        else:
            parts.append(f"<p>{escape(_tr('Nothing logged to chart in this period.'))}</p>")
    parts.append(f"<h2>{escape(_tr('Planned for the next two weeks'))}</h2>")
    if data.planned:
        parts.append(
            _table(
                [
                    _tr("Date"),
                    _tr("Activity"),
                    _tr("Minutes"),
                    _tr("Load"),
                    _tr("Dragged"),
                    _tr("Notes"),
                ],
                [
                    [
                        format_date(row.session.day),
                        row.session.activity.label,
                        str(row.minutes),
                        _mass(row.load, unit) if row.session.activity.uses_sled else "–",
                        _mass(row.dragged, unit),
                        row.session.notes,
                    ]
                    for row in data.planned
                ],
                {2, 3, 4},
            )
        )
    else:
        parts.append(f"<p>{escape(_tr('Nothing planned for the next two weeks.'))}</p>")
    parts.append("</body></html>")
    return "".join(parts)


def _document(html: str, images: Mapping[str, QImage | None]) -> QTextDocument:
    document = QTextDocument()
    font = QFont()
    font.setPointSizeF(9)
    document.setDefaultFont(font)
    for key, image in images.items():
        if image is not None:
            document.addResource(
                QTextDocument.ResourceType.ImageResource, QUrl(f"chart://{key}"), image
            )
    document.setHtml(html)
    return document


def report_document(data: ReportData, charts: Mapping[str, QImage | None]) -> QTextDocument:
    """The report as a document to print (its pages are numbered when printed)."""
    return _document(report_html(data, charts), charts)


def card_html(card: SessionCard, unit: MassUnit) -> str:
    """The session card's rich text: the load as the pieces to stack, minutes and tick boxes."""
    session = card.session
    box = "☐"
    parts = [f"<html><head><style>{_CARD_STYLE}</style></head><body>"]
    parts.append(f"<h1>{escape(session.activity.label)} · {escape(format_date(session.day))}</h1>")
    parts.append(
        f'<p class="big"><b>{session.planned_minutes} min</b>'
        + (
            f" · {escape(_tr('sled'))}: {escape(card.sled.name)}"
            if card.sled is not None and session.activity.uses_sled
            else ""
        )
        + "</p>"
    )
    parts.append(f"<h2>{escape(_tr('Load on the sled'))}</h2>")
    if not session.activity.uses_sled:
        parts.append(f"<p>{escape(_tr('No sled: walk backward.'))}</p>")
    elif card.load is None or card.load.kg == 0:
        parts.append(f"<p>{escape(_tr('The empty sled: nothing to stack.'))}</p>")
    elif not card.pieces:
        parts.append(
            "<p>"
            + escape(
                _tr("{load}: your gear cannot build this load.").format(
                    load=format_mass(card.load, unit)
                )
            )
            + "</p>"
        )
    else:
        parts.append(
            f'<p class="big"><b>{escape(format_mass(card.load, unit))}</b>'
            + (
                ""
                if card.exact
                else " · "
                + escape(
                    _tr("nearest lighter load your gear builds: {built}").format(
                        built=format_kg_fraction(card.built_kg or 0, unit)  # type: ignore[arg-type]
                    )
                )
            )
            + "</p>"
        )
        parts.append('<p><img src="chart://stack" width="360"/></p>')
        stack = "".join(
            f'<tr><td class="box">{box}</td><td>{used} ×</td>'
            f"<td><b>{escape(label)}</b></td><td>{escape(format_mass(mass, unit))}</td></tr>"
            for label, mass, used in card.pieces
        )
        parts.append(
            '<table class="grid" border="1" cellspacing="0" cellpadding="3">'
            f"<tr><th></th><th>{escape(_tr('How many'))}</th><th>{escape(_tr('Piece'))}</th>"
            f"<th>{escape(_tr('Each'))}</th></tr>{stack}</table>"
        )
    parts.append(f"<h2>{escape(_tr('Tick as you go'))}</h2>")
    ticks = [
        _tr("Warm-up done"),
        _tr("Sled loaded as above"),
        _tr("{minutes} minutes done").format(minutes=session.planned_minutes),
        _tr("Cool-down done"),
    ]
    rows = "".join(f'<tr><td class="box">{box}</td><td>{escape(text)}</td></tr>' for text in ticks)
    parts.append(f'<table cellpadding="2">{rows}</table>')
    parts.append(f"<h2>{escape(_tr('Afterwards'))}</h2>")
    scale = " ".join(f"{box}{n}" for n in range(11))
    parts.append(
        '<table class="grid" border="1" cellspacing="0" cellpadding="5" width="100%">'
        f"<tr><td>{escape(_tr('Minutes done'))}</td><td>______</td></tr>"
        f"<tr><td>{escape(_tr('RPE (0–10)'))}</td><td>{scale}</td></tr>"
        f"<tr><td>{escape(_tr('Knee pain during (0–10)'))}</td><td>{scale}</td></tr>"
        f"<tr><td>{escape(_tr('Knee pain next morning (0–10)'))}</td><td>{scale}</td></tr>"
        f"<tr><td>{escape(_tr('Notes'))}</td><td><br/><br/><br/></td></tr></table>"
    )
    if session.notes:
        parts.append(f"<p>{escape(session.notes)}</p>")
    parts.append("</body></html>")
    return "".join(parts)


def card_document(card: SessionCard, unit: MassUnit) -> QTextDocument:
    """The session card as a document to print, with the stack drawn."""
    images: dict[str, QImage | None] = {}
    if card.pieces:
        sled = card.sled.name if card.sled is not None else None
        images["stack"] = stack_picture(card.pieces, sled, unit)
    return _document(card_html(card, unit), images)
