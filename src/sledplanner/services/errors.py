"""The database problems the window and command line handle, as raised by the services."""

from sledplanner.storage.errors import (
    DatabaseChangedOnDiskError,
    DatabaseCorruptError,
    DatabaseError,
    DatabaseExistsError,
    DatabaseFileGoneError,
    DatabaseFileReadOnlyError,
    DatabaseMissingError,
    DatabaseReadOnlyError,
    DatabaseTooNewError,
    DatabaseUnreadableError,
    DatabaseWriteError,
    MigrationError,
)

__all__ = [
    "DatabaseChangedOnDiskError",
    "DatabaseCorruptError",
    "DatabaseError",
    "DatabaseExistsError",
    "DatabaseFileGoneError",
    "DatabaseFileReadOnlyError",
    "DatabaseMissingError",
    "DatabaseReadOnlyError",
    "DatabaseTooNewError",
    "DatabaseUnreadableError",
    "DatabaseWriteError",
    "MigrationError",
]
