"""Where the calendar password comes from: an environment variable or the system keyring.

The password is never written to the database or to the settings. The ``keyring`` package is
optional: when it is not installed, the password comes from an environment variable or is
typed in the window and kept in memory while the window is open.
"""

from __future__ import annotations

import logging
import os

__all__ = [
    "KEYRING_SERVICE",
    "keyring_available",
    "password_from_env",
    "password_from_keyring",
    "save_in_keyring",
]

log = logging.getLogger(__name__)

#: The name the passwords are filed under in the system keyring.
KEYRING_SERVICE = "SledPlanner calendar"


def _entry(url: str, username: str) -> str:
    """The keyring's name for the password of ``username`` on the calendar at ``url``."""
    return f"{username} {url}"


def keyring_available() -> bool:
    """Whether the ``keyring`` package is installed."""
    try:
        import keyring  # noqa: F401
    except ImportError:
        return False
    return True


def password_from_env(name: str) -> str | None:
    """Return the password held in the environment variable ``name``, None when unset."""
    return os.environ.get(name) if name else None


def password_from_keyring(url: str, username: str) -> str | None:
    """Return the password stored in the system keyring for ``username`` at ``url``, if any."""
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return None
    try:
        found: str | None = keyring.get_password(KEYRING_SERVICE, _entry(url, username))
    except KeyringError as exc:
        log.info("no password from the system keyring: %s", exc)
        return None
    return found


def save_in_keyring(url: str, username: str, password: str) -> bool:
    """Store the password in the system keyring; False when there is no usable keyring."""
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return False
    try:
        keyring.set_password(KEYRING_SERVICE, _entry(url, username), password)
    except KeyringError as exc:
        log.info("the system keyring did not take the password: %s", exc)
        return False
    return True
