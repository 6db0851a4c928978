"""The dashboard's Inzicht tab (issue 14.5): whether complaint handling works, per year,
location and kind, as tiles and painted bars, with an export to Excel or CSV
(panel.py, bars.py), and the room the tab takes on the dashboard (room.py).

Nothing is imported here: the dashboard imports room.py when it is built and panel.py only
when the tab is first opened, so the figures cost nothing at start."""
