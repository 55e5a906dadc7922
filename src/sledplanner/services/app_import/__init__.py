"""Importing the history logged in other training apps: Strong, Hevy and FitNotes.

One module reads each app's CSV export into sets; :mod:`.service` turns them into done
sessions (the rules are in :mod:`sledplanner.domain.app_import`) and stores them.
"""

from sledplanner.services.app_import.service import (
    AppImportPlan,
    AppImportService,
    SledChoiceError,
    read_app_export,
)

__all__ = ["AppImportPlan", "AppImportService", "SledChoiceError", "read_app_export"]
