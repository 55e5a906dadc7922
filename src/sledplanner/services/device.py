"""The device id of this installation: names its changes in the record revisions.

It is kept in the file ``device-id`` in the user's data folder, never in a database: a database
synced between two machines must not give both the same id. It is made on first use.
"""

from __future__ import annotations

import re
from pathlib import Path

from sledplanner.storage.atomic import write_atomically
from sledplanner.storage.revisions import new_device_id, process_device_id

DEVICE_ID_FILE = "device-id"
_VALID = re.compile(r"[0-9a-f]{16}")


def installation_device_id(data_folder: Path) -> str:
    """The id stored in ``data_folder``, made and stored when there is none.

    When the folder cannot be read or written, this process's own id is used: merges stay
    correct (a new id is simply another device).
    """
    path = Path(data_folder) / DEVICE_ID_FILE
    try:
        text = path.read_text("ascii").strip()
    except (OSError, UnicodeDecodeError):
        text = ""
    if _VALID.fullmatch(text):
        return text
    device = new_device_id()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, f"{device}\n".encode("ascii"))
    except OSError:
        return process_device_id()
    return device
