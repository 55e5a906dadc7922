"""The printable report for a physio and the session card: laid out with QTextDocument.

:mod:`.document` writes the pages, :mod:`.chart_images` draws the Progress tab's charts to
images for them, :mod:`.pdf` writes a PDF file, and :mod:`.preview` shows the print preview.
"""
