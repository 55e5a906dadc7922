"""Limits, problems named by file, line and column, and the guard against spreadsheet formulas."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from sledplanner.domain.parsing import printable
from sledplanner.storage.repositories import BadRecord

T = TypeVar("T")
V = TypeVar("V")

#: Larger files are refused before they are read.
MAX_FILE_BYTES = 50 * 1024 * 1024

#: Reading stops after this many problems (a file that bad is the wrong file).
MAX_PROBLEMS = 1000

#: Characters that make a spreadsheet treat a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

#: A decimal as the CSV holds it: digits, an optional fraction, an optional exponent (the form
#: str(Decimal) writes for very large or small values). No spaces, separators, NaN or infinity.
DECIMAL = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")

#: A whole number as the CSV holds it: digits only.
WHOLE = re.compile(r"[0-9]+")

# Line endings of an export. With a bare "\n" Python's csv writer leaves a cell holding a lone
# "\r" unquoted, and that "\r" would end the row when the file is read back.
_LINE_END = "\r\n"

# A formula-like text as it is stored, optionally behind apostrophes: it gets one more "'".
_NEEDS_GUARD = re.compile(r"'*[=+\-@\t\r]")
# A guarded cell as it is read: one leading "'" is removed.
_GUARDED = re.compile(r"'+[=+\-@\t\r]")


# ---------------------------------------------------------------------- problems


@dataclass(frozen=True)
class CsvProblem:
    """One thing wrong with a CSV file, located by physical line and column name.

    Attributes:
        path: The CSV file.
        line: The line the row starts on (the header is 1); 0 for the file as a whole.
        column: The column name, or "" when the problem is not in one column.
        message: What is wrong, in plain words.
    """

    path: Path
    line: int
    column: str
    message: str

    def __str__(self) -> str:
        """Render as ``path:line: column: message`` (line and column left out when unknown)."""
        where = f"{self.path}:{self.line}" if self.line > 0 else f"{self.path}"
        what = f"{self.column}: {self.message}" if self.column else self.message
        return printable(f"{where}: {what}")


class CsvImportError(Exception):
    """A CSV file that cannot be imported; nothing was written.

    Attributes:
        problems: Every problem found, in file order (at most :data:`MAX_PROBLEMS` and a note).
    """

    def __init__(self, problems: list[CsvProblem]) -> None:
        """Carry ``problems`` (at least one)."""
        super().__init__("\n".join(str(problem) for problem in problems))
        self.problems = problems


class CsvExportError(Exception):
    """The database holds records that fail validation; no file was written.

    Attributes:
        records: The invalid records, as the database check reports them.
    """

    def __init__(self, records: list[BadRecord]) -> None:
        """Carry the invalid ``records``."""
        super().__init__("\n".join(str(record) for record in records))
        self.records = records


def fail(path: Path, message: str, line: int = 0, column: str = "") -> CsvImportError:
    """Return the import error of a file with one problem."""
    return CsvImportError([CsvProblem(path, line, column, message)])


# ---------------------------------------------------------------------- formula guard


def guard(text: str) -> str:
    """Return ``text`` with a leading "'" when a spreadsheet would read it as a formula."""
    return f"'{text}" if _NEEDS_GUARD.match(text) else text


def unguard(text: str) -> str:
    """Undo :func:`guard`: drop one leading "'" in front of a formula-like text."""
    return text[1:] if _GUARDED.match(text) else text
