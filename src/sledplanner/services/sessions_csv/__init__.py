"""Training sessions as CSV: reading, importing (all or nothing) and exporting the schedule.

The format is the sessions CSV contract of PRODUCT.md, documented in ``docs/csv.md``; the file
rules (encoding, header, quoting, problems, formula guard) are those of the gear CSV, shared in
:mod:`sledplanner.services.csv_common`.

* ``date``, ``activity``, ``status`` and ``planned_minutes`` are required columns (and cells);
  the other columns may be left out.
* Loads are the mass **added** to the sled, in ``load_unit``, kept exactly as written. The sled
  is named in ``sled`` by the name of a sled of the inventory; the file never holds gear ids.
* A session has a log (what was done) exactly when ``actual_minutes`` is given; the other
  logged columns (``actual_load``, ``distance_m``, ``rpe``, ``pain_during``,
  ``pain_next_morning``) need it, and a ``done`` session must have it.
* ``surface`` is the planned surface; the logged surface, the start time, the planned distance,
  the programme and the original day have no column (an import leaves them empty).

The package: :mod:`.columns` (the contract's columns), :mod:`.reading` (checking and
importing a file) and :mod:`.writing` (exporting one).
"""

from sledplanner.services.csv_common import MAX_PROBLEMS, CsvExportError, CsvImportError, CsvProblem
from sledplanner.services.sessions_csv.columns import (
    LOGGED_COLUMNS,
    MAX_FILE_BYTES,
    REQUIRED_COLUMNS,
    SESSION_COLUMNS,
)
from sledplanner.services.sessions_csv.reading import import_sessions_csv, read_sessions_csv
from sledplanner.services.sessions_csv.writing import export_sessions_csv, sessions_csv_bytes

__all__ = [
    "CsvExportError",
    "CsvImportError",
    "CsvProblem",
    "LOGGED_COLUMNS",
    "MAX_FILE_BYTES",
    "MAX_PROBLEMS",
    "REQUIRED_COLUMNS",
    "SESSION_COLUMNS",
    "export_sessions_csv",
    "import_sessions_csv",
    "read_sessions_csv",
    "sessions_csv_bytes",
]
