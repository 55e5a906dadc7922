"""This installation's device id, kept in the user's data folder (see services.device)."""

from __future__ import annotations

from sledplanner.services.device import installation_device_id


def device_id() -> str:
    """The id that names this installation's changes in the record revisions."""
    from sledplanner.app.gui import data_folder

    return installation_device_id(data_folder())
