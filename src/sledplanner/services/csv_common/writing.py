"""Writing a CSV file a spreadsheet opens as it should."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from sledplanner.services.csv_common.problems import _LINE_END

# ---------------------------------------------------------------------- writing


def csv_bytes(columns: Sequence[str], rows: Iterable[Sequence[str]]) -> bytes:
    """Return a CSV file (UTF-8, no byte-order mark, CRLF line ends): a header, then ``rows``."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator=_LINE_END)
    writer.writerow(columns)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")
