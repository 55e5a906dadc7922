"""File > Import from another app: the preview dialog (rows to import, rows skipped, mapping)."""
