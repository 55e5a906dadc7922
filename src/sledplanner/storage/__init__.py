"""Persistence: the only code that knows TinyDB (atomic file storage, migrations, repositories)."""
