"""The log a user attaches to a bug report: one rotating file in the data folder.

Python's ``logging`` costs tens of milliseconds to import, so nothing here loads it until the
log starts (a moment after the window first paints): what is said before then waits in memory
and is written when it starts.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

#: The package's logger; :func:`log` names a logger below it.
LOGGER = "sledplanner"
#: Size of one log file, and how many older ones are kept (about 3 MB in all).
MAX_BYTES = 1_000_000
BACKUPS = 2
#: The levels used, as ``logging`` numbers them.
INFO = 20
WARNING = 30

_waiting: list[tuple[str, int, str, tuple[Any, ...]]] = []
_started = False


def log_folder(data_folder: Path) -> Path:
    """The folder that holds the log files."""
    return data_folder / "logs"


def log(name: str, level: int, message: str, *args: Any) -> None:
    """Log ``message % args`` at ``level`` for the module ``name``; kept until the log starts."""
    if not _started:
        _waiting.append((name, level, message, args))
        del _waiting[:-200]
        return
    import logging

    logging.getLogger(name).log(level, message, *args)


def start_logging(data_folder: Path) -> Path | None:
    """Log INFO and above of the package to ``logs/sledplanner.log``; return the file.

    What was logged before is written first. A folder that cannot be written leaves the file
    out (None); the app still runs.
    """
    global _started
    import logging
    import logging.handlers

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
    _log_uncaught(logger)
    _started = True
    waiting, _waiting[:] = list(_waiting), []
    for name, level, message, args in waiting:
        logging.getLogger(name).log(level, message, *args)
    return folder / "sledplanner.log"


def _log_uncaught(logger: Any) -> None:
    """Write every uncaught exception, with its traceback, to the log as well."""
    import sys
    import threading

    if getattr(sys.excepthook, "logs_to", None) is logger:
        return
    previous = sys.excepthook

    def hook(kind: Any, value: Any, trace: Any) -> None:
        logger.error("uncaught exception", exc_info=(kind, value, trace))
        previous(kind, value, trace)

    previous_thread = threading.excepthook

    def thread_hook(args: Any) -> None:
        logger.error(
            "uncaught exception in thread %s",
            args.thread.name if args.thread is not None else "?",
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )
        previous_thread(args)

    hook.logs_to = logger  # type: ignore[attr-defined]
    sys.excepthook = hook
    threading.excepthook = thread_hook
