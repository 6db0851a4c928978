"""Dialogs of the main window: about, master data, settings, database connection, first run."""
