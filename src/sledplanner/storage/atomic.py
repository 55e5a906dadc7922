"""Crash-safe file writing and a TinyDB storage that never leaves a half-written file."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from sledplanner.storage.errors import DatabaseReadOnlyError, DatabaseWriteError


def fsync_directory(folder: Path) -> None:
    """Flush a folder's entry table to disk, so a rename inside it survives a power cut.

    Some platforms (Windows) cannot open a folder; there the rename is already durable enough.
    """
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_atomically(path: Path, payload: bytes) -> None:
    """Replace ``path`` with ``payload`` so that readers see the old or the new file, never a mix.

    The bytes go to a temporary file in the same folder, which is flushed and fsynced, then
    renamed over the target with ``os.replace``; finally the folder is fsynced.

    Raises:
        OSError: The write failed (disk full, permission denied...). The target is untouched and
            the temporary file is removed.
    """
    folder = path.parent
    mode = _target_mode(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        os.chmod(tmp, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        _replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_directory(folder)


def _target_mode(path: Path) -> int:
    """Return the permissions the written file should have.

    An existing file keeps its own; a new one gets what ``open()`` would give it (0666 less the
    umask), not the 0600 of a temporary file.

    Raises:
        PermissionError: The existing file is read-only: it must not be replaced behind the
            user's back.
    """
    try:
        mode = path.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
    if os.name != "nt" and not mode & 0o222:
        raise PermissionError(13, "the file is read-only", str(path))
    return mode


def _replace(source: Path, target: Path) -> None:
    """Rename ``source`` over ``target``, retrying briefly where another program holds it open."""
    attempts = 5 if os.name == "nt" else 1
    for attempt in range(attempts):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if attempt == attempts - 1:
                raise
            import time

            time.sleep(0.05 * (attempt + 1))


def serialise(data: dict[str, Any]) -> bytes:
    """Turn the database's tables into the bytes written to disk (UTF-8 JSON)."""
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False, allow_nan=False)
    return (text + "\n").encode("utf-8")


class AtomicJSONStorage(Storage):
    """A TinyDB storage that keeps the tables in memory and writes the file atomically.

    The tables are loaded and checked once, before TinyDB sees them (see
    ``sledplanner.storage.database``), and handed in as ``initial``. Every write serialises first,
    then replaces the file through :func:`write_atomically`. When a write fails, the in-memory
    tables are rolled back to the last state that reached the disk, so memory never claims more
    than the file holds, and the error is raised as :class:`DatabaseWriteError`.
    """

    def __init__(self, path: Path, initial: dict[str, Any], *, read_only: bool = False) -> None:
        """Wrap ``path`` whose current, already validated content is ``initial``."""
        super().__init__()
        self.path = path
        self.read_only = read_only
        self._data = initial
        self._durable = serialise(initial)

    def read(self) -> dict[str, Any]:
        """Return the tables; TinyDB may change them in place before it calls :meth:`write`."""
        return self._data

    def write(self, data: dict[str, Any]) -> None:
        """Write ``data`` durably, or roll memory back and raise."""
        if self.read_only:
            self._rollback()
            raise DatabaseReadOnlyError(self.path)
        try:
            payload = serialise(data)
            write_atomically(self.path, payload)
        except (OSError, ValueError, TypeError) as exc:
            self._rollback()
            raise DatabaseWriteError(self.path, exc) from exc
        self._data = data
        self._durable = payload

    def _rollback(self) -> None:
        self._data = json.loads(self._durable)

    @property
    def durable_bytes(self) -> bytes:
        """The exact bytes of the last successful write (or of the file as loaded)."""
        return self._durable

    def close(self) -> None:
        """Nothing to release: every write is already on disk."""
