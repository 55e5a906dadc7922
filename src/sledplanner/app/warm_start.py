"""What a plain start of the window does before Qt is imported (see docs/benchmarks.md).

Two costs of the start-up are not the app's own work, and this module keeps both out:

- **Garbage collection.** Importing Qt and the app creates tens of thousands of objects
  (classes, enums, functions), and Python's collector scans the young ones again and again while
  they pile up: 60–70 collections and 10–15 ms before the first paint, freeing nearly nothing.
  :func:`prepare` pauses it; :func:`resume_collection`, called once the window has painted
  with the data, moves everything alive then out of the collector's sight (:func:`gc.freeze`)
  and turns it back on; :func:`release_frozen` gives those objects back to the collector when
  the first database closes.
- **PySide's import hook.** Once PySide6 is imported, every later import of a new module is
  followed by a look at that module's source for the word "PySide6" (``inspect.getsource``),
  about 0.14 ms a module. The storage, services and domain code that the first open of a
  database needs uses no Qt, so :func:`prepare` imports it before PySide6 is.

A large file is read after the window has appeared (app/gui.py): then that code is imported
after the first paint too, so that the window appears as soon as it can.

Nothing here imports Qt: it runs before Qt is loaded, from ``cli`` (layers: cli, then app).
"""

from __future__ import annotations

import gc
from pathlib import Path

#: Files larger than this are opened after the window has appeared (about 8,000 sessions).
LARGE_FILE_BYTES = 4_000_000

_paused = False  # prepare() turned garbage collection off
_frozen = False  # resume_collection() froze what was alive then


def is_large(path: Path) -> bool:
    """Whether ``path`` is a file big enough to be read after the window appears."""
    try:
        return path.stat().st_size > LARGE_FILE_BYTES
    except OSError:
        return False


def prepare(database: Path | None = None) -> None:
    """Pause garbage collection; import the Qt-free code of the first open of ``database``.

    That code is left for later when ``database`` is large (see the module).
    """
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True
    if database is None or not is_large(database):
        _import_before_qt()


def _import_before_qt() -> None:
    # The roots of what the window's first open of a database imports that needs no Qt; each
    # pulls in its own imports. tests/ui/test_startup.py fails when a Qt-free module of the
    # first paint is imported after PySide6, naming it, so that it can be added here.
    import dataclasses  # noqa: F401
    import datetime  # noqa: F401
    import fractions  # noqa: F401

    import sledplanner.domain.day_words  # noqa: F401
    import sledplanner.domain.money  # noqa: F401
    import sledplanner.domain.parsing  # noqa: F401
    import sledplanner.domain.units  # noqa: F401
    import sledplanner.services.bundle  # noqa: F401
    import sledplanner.services.errors  # noqa: F401
    import sledplanner.services.logs  # noqa: F401
    import sledplanner.services.resources  # noqa: F401
    import sledplanner.services.workspace  # noqa: F401


def resume_collection() -> None:
    """Turn garbage collection back on if :func:`prepare` paused it; else do nothing.

    What is alive now is frozen first (:func:`gc.freeze`), so the collections that follow do
    not scan the whole start-up again. A cycle among those objects that becomes garbage is not
    freed while they are frozen: :func:`release_frozen` hands them back to the collector when
    the first database closes (its workspace and tabs are among them).
    """
    global _paused, _frozen
    if not _paused:
        return
    _paused = False
    gc.freeze()
    _frozen = True
    gc.enable()


def release_frozen() -> None:
    """Let the collector see what :func:`resume_collection` froze again; else do nothing."""
    global _frozen
    if _frozen:
        _frozen = False
        gc.unfreeze()
