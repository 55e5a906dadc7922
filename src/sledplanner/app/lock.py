"""One writer per database: a ``QLockFile`` beside the file."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile


@dataclass(frozen=True)
class LockHolder:
    """Who holds a lock, as far as the lock file tells."""

    pid: int | None
    host: str
    app: str

    def describe(self) -> str:
        """Say in plain words who holds the file."""
        who = f"process {self.pid}" if self.pid else "another process"
        where = f" on {self.host}" if self.host else ""
        return f"{who}{where}"


#: How old a lock file naming no process must be before it is taken over (see acquire).
UNNAMED_GRACE_S = 0.5


def lock_path(database: Path) -> Path:
    """Return the lock file used for ``database``."""
    return database.with_name(database.name + ".lock")


class DatabaseLock:
    """The exclusive right to write one database file, held while it is open."""

    def __init__(self, database: Path) -> None:
        """Prepare (but not take) the lock for ``database``."""
        self.path = lock_path(database)
        self._lock = QLockFile(str(self.path))
        # A lock left by a crashed process on this host is detected by its PID at once; the
        # time limit only matters for locks from other hosts on a shared folder.
        self._lock.setStaleLockTime(0)

    def acquire(self) -> bool:
        """Take the lock; False when another live process holds it.

        A lock file that names no process was left by one killed while writing it (a live
        owner writes its id straight after creating the file). Qt would treat it as held for
        ever; it is taken over once it is :data:`UNNAMED_GRACE_S` old, waiting for that at
        most, in case its owner is alive and about to name itself.
        """
        if self._lock.tryLock(0):
            return True
        while self._lock.error() == QLockFile.LockError.LockFailedError and not self._named():
            try:
                age = time.time() - self.path.stat().st_mtime
            except OSError:
                return bool(self._lock.tryLock(0))  # gone meanwhile
            if age >= UNNAMED_GRACE_S:
                self._lock.removeStaleLockFile()
                return bool(self._lock.tryLock(0))
            time.sleep(UNNAMED_GRACE_S - age)
            if self._lock.tryLock(0):
                return True
        return False

    def _named(self) -> bool:
        return self.holder().pid is not None

    def holder(self) -> LockHolder:
        """Describe the process that holds the lock."""
        info = self._lock.getLockInfo()  # (pid, host, app), or a falsy value when unknown
        if not isinstance(info, tuple) or len(info) != 3:
            return LockHolder(None, "", "")
        pid, host, app = info
        return LockHolder(int(pid) or None, str(host), str(app))

    def error(self) -> str:
        """Explain why the lock could not be taken."""
        error = self._lock.error()
        if error == QLockFile.LockError.PermissionError:
            return f"{self.path}: cannot create the lock file (permission denied)"
        if error == QLockFile.LockError.LockFailedError:
            return f"{self.path}: the file is open in {self.holder().describe()}"
        return f"{self.path}: cannot lock the database"

    @property
    def permission_denied(self) -> bool:
        """Whether the lock failed because the folder cannot be written."""
        return bool(self._lock.error() == QLockFile.LockError.PermissionError)

    def release(self) -> None:
        """Give the lock up."""
        if self._lock.isLocked():
            self._lock.unlock()
