"""Crash-safe file writing and a TinyDB storage that never leaves a half-written file."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from enum import Enum
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from sledplanner.storage.errors import (
    DatabaseChangedOnDiskError,
    DatabaseError,
    DatabaseFileGoneError,
    DatabaseReadOnlyError,
    DatabaseWriteError,
)


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


class DiskState(Enum):
    """How the file on disk compares with what the storage last read or wrote."""

    SAME = "same"
    CHANGED = "changed"
    GONE = "gone"


def _stat_key(st: os.stat_result) -> tuple[int, int, int, int]:
    """The cheap fingerprint of a file: size, modification and change times, inode."""
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


def digest(payload: bytes) -> str:
    """The SHA-256 of ``payload``, as hex."""
    return hashlib.sha256(payload).hexdigest()


class AtomicJSONStorage(Storage):
    """A TinyDB storage that keeps the tables in memory and writes the file atomically.

    The tables are loaded and checked once, before TinyDB sees them (see
    ``sledplanner.storage.database``), and handed in as ``initial``. Every write serialises first,
    then replaces the file through :func:`write_atomically`. When a write fails, the in-memory
    tables are rolled back to the last state that reached the disk, so memory never claims more
    than the file holds, and the error is raised as :class:`DatabaseWriteError`.

    The storage remembers the hash (and size and times) of the bytes it last read or wrote. A
    write first checks the file: if another program changed it, the write is refused with
    :class:`DatabaseChangedOnDiskError` (memory rolled back; the refused tables kept in
    :attr:`refused`), and a file moved or deleted while open raises
    :class:`DatabaseFileGoneError` instead of being recreated.

    While :attr:`deferring` is set (the window does so after a failed save, to keep the user's
    edits), writes only change memory and mark it :attr:`unsaved`; :meth:`flush` writes it.
    """

    def __init__(self, path: Path, initial: dict[str, Any], *, read_only: bool = False) -> None:
        """Wrap ``path`` whose current, already validated content is ``initial``."""
        super().__init__()
        self.path = path
        self.read_only = read_only
        self._data = initial
        self._durable = serialise(initial)
        #: The tables of the last write refused because the file had changed on disk.
        self.refused: dict[str, Any] | None = None
        #: Keep writes in memory only (see the class docstring).
        self.deferring = False
        #: Memory holds changes the file does not have yet (only while deferring).
        self.unsaved = False
        self._known_key: tuple[int, int, int, int] | None = None
        self._known_digest = digest(self._durable)
        if not read_only:
            self._learn_disk(initial)

    def _learn_disk(self, initial: dict[str, Any]) -> None:
        """Remember the file as it is now, if it still holds ``initial`` (else: it changed)."""
        try:
            with self.path.open("rb") as handle:
                st = os.fstat(handle.fileno())
                raw = handle.read()
        except OSError:
            return
        try:
            same = json.loads(raw.decode("utf-8-sig")) == initial
        except (ValueError, RecursionError):
            same = False
        if same:
            self._known_key = _stat_key(st)
            self._known_digest = digest(raw)

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
        except (ValueError, TypeError) as exc:
            self._rollback()
            raise DatabaseWriteError(self.path, exc) from exc
        if self.deferring:
            self._data = data
            self.unsaved = True
            return
        try:
            self._write_checked(payload, data)
        except DatabaseError:
            self._rollback()
            raise
        self._data = data

    def flush(self) -> None:
        """Write the tables held in memory (after writes were deferred); memory is kept on failure.

        Raises:
            DatabaseChangedOnDiskError: Another program changed the file; it is not overwritten.
            DatabaseWriteError: The write failed (disk full, file gone...).
        """
        if not self.unsaved:
            return
        self._write_checked(serialise(self._data), self._data)
        self.unsaved = False

    def discard_unsaved(self) -> None:
        """Forget the changes held in memory only, back to what the file holds."""
        if self.unsaved:
            self._rollback()
        self.unsaved = False
        self.deferring = False

    def _write_checked(self, payload: bytes, data: dict[str, Any]) -> None:
        state = self.disk_state()
        if state is DiskState.GONE:
            raise DatabaseFileGoneError(self.path)
        if state is DiskState.CHANGED:
            self.refused = json.loads(payload)
            raise DatabaseChangedOnDiskError(self.path)
        try:
            write_atomically(self.path, payload)
        except OSError as exc:
            raise DatabaseWriteError(self.path, exc) from exc
        self._durable = payload
        self._remember(payload)

    def _remember(self, payload: bytes) -> None:
        self._known_digest = digest(payload)
        try:
            self._known_key = _stat_key(self.path.stat())
        except OSError:
            self._known_key = None

    def disk_state(self) -> DiskState:
        """Compare the file with what was last read or written: size and times first, then hash.

        A file whose times changed but whose bytes hash the same (a ``touch``, or this storage's
        own write) counts as the same, and its new times are remembered.
        """
        try:
            with self.path.open("rb") as handle:
                st = os.fstat(handle.fileno())
                key = _stat_key(st)
                if key == self._known_key:
                    return DiskState.SAME
                raw = handle.read()
        except FileNotFoundError:
            return DiskState.GONE
        except OSError:
            # Unreadable now (permissions changed): the write itself will say why.
            return DiskState.SAME
        if digest(raw) != self._known_digest:
            return DiskState.CHANGED
        self._known_key = key
        return DiskState.SAME

    def disk_bytes_digest(self) -> str:
        """The hash of the bytes last read or written."""
        return self._known_digest

    def local_tables(self) -> dict[str, Any]:
        """This side of a conflict: the tables of a refused write if there was one, else memory."""
        return self.refused if self.refused is not None else self._data

    def _rollback(self) -> None:
        self._data = json.loads(self._durable)

    @property
    def durable_bytes(self) -> bytes:
        """The exact bytes of the last successful write (or of the file as loaded)."""
        return self._durable

    def close(self) -> None:
        """Nothing to release: every write is already on disk."""
