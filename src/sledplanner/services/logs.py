"""The log a user attaches to a bug report: one rotating file in the data folder."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

#: The package's logger; modules log through ``logging.getLogger(__name__)`` below it.
LOGGER = "sledplanner"
#: Size of one log file, and how many older ones are kept (about 3 MB in all).
MAX_BYTES = 1_000_000
BACKUPS = 2


def log_folder(data_folder: Path) -> Path:
    """The folder that holds the log files."""
    return data_folder / "logs"


def start_logging(data_folder: Path) -> Path | None:
    """Log INFO and above of the package to ``logs/sledplanner.log``; return the file.

    A folder that cannot be written leaves logging off (None): the app still runs.
    """
    folder = log_folder(data_folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / "sledplanner.log", maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    logger = logging.getLogger(LOGGER)
    logger.setLevel(logging.INFO)
    for old in [h for h in logger.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
        logger.removeHandler(old)
        old.close()
    logger.addHandler(handler)
    return folder / "sledplanner.log"
