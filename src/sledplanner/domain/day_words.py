"""How a day is written in the messages people read.

The command line and files write ISO 8601 ("2026-12-05"). The window writes the user's locale:
at start-up it installs its own writer with :func:`write_days_with`, so that a message from the
rules ("held at 55 lb since 12/3/2026") reads like every table and chip in the window.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

__all__ = ["day_text", "write_days_with"]

_writer: Callable[[date], str] = date.isoformat


def write_days_with(writer: Callable[[date], str] | None) -> None:
    """Write days in messages with ``writer`` from now on; None goes back to ISO 8601."""
    global _writer
    _writer = date.isoformat if writer is None else writer


def day_text(day: date, *, year: bool = True) -> str:
    """Write ``day`` for a message, in the writer installed (ISO 8601 unless the window's).

    ``year`` is kept for the callers that once left the year out: every day is written whole
    now, so that a message never needs the reader to guess the year.
    """
    del year
    return _writer(day)
