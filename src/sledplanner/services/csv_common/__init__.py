"""What the CSV files of SledPlanner share: reading, problems, the formula guard and writing.

Both the gear CSV (:mod:`sledplanner.services.gear_csv`) and the sessions CSV
(:mod:`sledplanner.services.sessions_csv`) follow the same rules, documented in ``docs/csv.md``:

* UTF-8 with or without a byte-order mark, nothing else; files over a size limit are refused;
* a header row naming the columns in any order (case and surrounding spaces ignored); an unknown,
  unnamed or repeated column and a missing required column are errors;
* ``,`` between cells and RFC 4180 quoting, so a quoted cell may hold commas, quotes and line
  breaks;
* every problem is reported as ``FILE:LINE: COLUMN: reason``, where LINE is the physical line the
  row starts on (the header is line 1);
* text cells a spreadsheet would run as a formula are written with one more leading apostrophe and
  read back without it.

The package: :mod:`.problems` (limits, problems named by file, line and column, and the
formula guard), :mod:`.reading` (decoding a file and reading its rows) and :mod:`.writing`.
"""

from sledplanner.services.csv_common.problems import (
    DECIMAL,
    FORMULA_STARTS,
    MAX_FILE_BYTES,
    MAX_PROBLEMS,
    WHOLE,
    CsvExportError,
    CsvImportError,
    CsvProblem,
    guard,
    unguard,
)
from sledplanner.services.csv_common.reading import CsvReader, RowFields, read_text
from sledplanner.services.csv_common.writing import csv_bytes

__all__ = [
    "CsvExportError",
    "CsvImportError",
    "CsvProblem",
    "CsvReader",
    "DECIMAL",
    "FORMULA_STARTS",
    "MAX_FILE_BYTES",
    "MAX_PROBLEMS",
    "RowFields",
    "WHOLE",
    "csv_bytes",
    "guard",
    "read_text",
    "unguard",
]
