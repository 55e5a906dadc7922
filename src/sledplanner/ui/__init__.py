"""The Qt user interface: main window, tabs, models and dialogs."""
