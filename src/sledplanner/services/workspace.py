"""An open database as the rest of the app sees it: its path, name, state and use cases."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sledplanner.storage import backups
from sledplanner.storage.atomic import AtomicJSONStorage, real_target, remove_stale_temporaries
from sledplanner.storage.database import Database, create_database, open_database
from sledplanner.storage.migrations import SCHEMA_VERSION
from sledplanner.storage.repositories import MetaRepository

DEFAULT_FILE_NAME = "sledplanner.json"


def default_database_path(data_folder: Path) -> Path:
    """Return the default database file inside the user's data folder."""
    return data_folder / DEFAULT_FILE_NAME


class Workspace:
    """One open database file and what the app knows about it."""

    def __init__(self, database: Database) -> None:
        """Wrap an open ``database``."""
        self._database = database

    @property
    def database(self) -> Database:
        """The open database (for the services; the UI never uses it directly)."""
        return self._database

    @property
    def storage(self) -> AtomicJSONStorage:
        """The file's storage: its writer thread, and what it holds that is not yet on disk.

        The app's file guard watches and drives it; services go through repositories instead.
        """
        return self._database.storage

    @property
    def path(self) -> Path:
        """The database file."""
        return self._database.path

    @property
    def name(self) -> str:
        """The name shown to the user: the file name without its extension."""
        return self.path.stem

    @property
    def read_only(self) -> bool:
        """Whether changes are refused (another instance holds the file, or the user chose so)."""
        return self._database.read_only

    @property
    def schema_version(self) -> int:
        """The schema the data is at now."""
        return MetaRepository(self._database.db).schema_version()

    @property
    def upgraded_from(self) -> int | None:
        """The older schema the file was upgraded from when it was opened, if any."""
        found = self._database.found_version
        return found if found < SCHEMA_VERSION else None

    @property
    def migration_backup(self) -> Path | None:
        """The backup written before the upgrade, if the file was upgraded."""
        return self._database.migration_backup

    def settle(self) -> None:
        """Wait until every change made so far is in the file (when a writer thread saves them).

        Call before anything that copies or reads the file itself (a backup before an import,
        say). Changes a failed save left in memory stay there.
        """
        self.storage.wait_until_idle()

    def close(self) -> None:
        """Write what the writer thread still holds, then release the database."""
        self._database.close()


def open_workspace(
    path: Path,
    *,
    create: bool = False,
    read_only: bool = False,
    device_id: str | Callable[[], str] | None = None,
) -> Workspace:
    """Open the database at ``path`` (see :func:`sledplanner.storage.database.open_database`).

    ``device_id`` names this installation in the revisions of the records it changes.

    Raises:
        DatabaseError: The file is missing, unreadable, corrupt or newer; it is left unchanged.
    """
    workspace = Workspace(
        open_database(Path(path), create=create, read_only=read_only, device_id=device_id)
    )
    if not read_only:
        # Killed writes leave their temporary files beside the database; clear out old ones.
        remove_stale_temporaries(real_target(workspace.path))
    return workspace


def create_workspace_file(path: Path) -> None:
    """Write a new empty database at ``path``; an existing file is never replaced.

    Raises:
        DatabaseExistsError: A file is already there.
        DatabaseWriteError: The file could not be written.
    """
    create_database(Path(path))


def newest_backup(path: Path) -> Path | None:
    """Return the newest backup of the database at ``path``, if any."""
    return backups.newest_backup(Path(path))


def move_aside(path: Path) -> Path:
    """Rename an unreadable database out of the way, keeping its bytes; return the new name."""
    return backups.move_aside(Path(path))


def restore_backup(backup: Path, path: Path) -> None:
    """Put ``backup`` in place of the database at ``path``."""
    backups.restore_backup(Path(backup), Path(path))
