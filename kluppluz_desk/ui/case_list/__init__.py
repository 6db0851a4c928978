"""The list of customer reactions: an SQL-backed table model, its filter bar and the page
that puts the list next to the case editor."""
