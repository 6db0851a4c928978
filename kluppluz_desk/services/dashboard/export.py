"""The dashboard's lists as CSV for the management meeting, made for Excel in Dutch:
UTF-8 with a byte-order mark (so Excel reads the accents), semicolons (Dutch Excel uses the
comma as decimal sign) and dates as dd-mm-jjjj."""

from __future__ import annotations

import csv
import io
from datetime import date

from .model import Dashboard

HEADER = (
    "Lijst",
    "Kenmerk",
    "Locatie",
    "Behandelaar",
    "Wat",
    "Uiterste datum",
    "Dagen over (- = te laat)",
    "Stand",
    "Toelichting",
)


def dutch_date(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


def dashboard_csv(dashboard: Dashboard) -> bytes:
    """Every list of the dashboard, then the workload and the trend, in one sheet."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([f"Termijnenoverzicht per {dutch_date(dashboard.today)}"])
    writer.writerow(HEADER)
    for section in dashboard.sections:
        for item in section.items:
            writer.writerow(
                (
                    section.label,
                    item.reference,
                    item.location,
                    item.handler,
                    item.what,
                    dutch_date(item.due_on),
                    "" if item.days_left is None else item.days_left,
                    item.days_text if item.due_on else "",
                    item.remark,
                )
            )
    writer.writerow([])
    writer.writerow(("Werkvoorraad per behandelaar", "Open", "Waarvan te laat"))
    for row in dashboard.by_handler:
        writer.writerow((row.name, row.open_cases, row.overdue))
    writer.writerow([])
    writer.writerow(("Werkvoorraad per locatie", "Open", "Waarvan te laat"))
    for row in dashboard.by_location:
        writer.writerow((row.name, row.open_cases, row.overdue))
    writer.writerow([])
    writer.writerow(
        (
            "Maand",
            "Ontvangen",
            "Afgesloten",
            "Ontvangst op tijd bevestigd (%)",
            "Oplossing op tijd (%)",
        )
    )
    for month in dashboard.trend:
        writer.writerow(
            (
                month.label,
                month.received,
                month.closed,
                _percent(month.acknowledged_on_time),
                _percent(month.solution_on_time),
            )
        )
    report = dashboard.report
    writer.writerow([])
    writer.writerow((f"Jaarverslag {report.year}", "Stand"))
    writer.writerow(("Verplicht", "ja" if report.required else "nee"))
    writer.writerow(("Uiterste datum", dutch_date(report.due_on)))
    writer.writerow(("Concept begonnen", "ja" if report.drafted else "nee"))
    writer.writerow(("Verslag gemaakt", "ja" if report.generated else "nee"))
    for region in report.regions:
        writer.writerow(
            (f"Verstuurd aan {region.ggd_name or region.region}", _done(region.sent_on))
        )
    writer.writerow(("Besproken met management", _done(report.management_on)))
    writer.writerow(("Besproken met oudercommissie", _done(report.parent_committee_on)))
    return out.getvalue().encode("utf-8-sig")


def _done(on: date | None) -> str:
    return dutch_date(on) if on else "nog niet"


def _percent(share: float | None) -> str:
    # Whole percentages: no decimal separator for Excel to misread.
    return "" if share is None else str(round(share * 100))
