"""Composition root: paths, the database lock, settings, and the main window wired together."""
