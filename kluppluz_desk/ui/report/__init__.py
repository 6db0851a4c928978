"""The annual report page and its wizard."""
