"""KluppluZ Desk: customer reactions register for the Quality & Safety department."""

__version__ = "0.1.0"
APP_NAME = "KluppluZ Desk"
APP_SLUG = "kluppluz-desk"
