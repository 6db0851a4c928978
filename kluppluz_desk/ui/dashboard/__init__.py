"""The deadline dashboard page: every clock of every open case at a glance."""
