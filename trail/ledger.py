"""The missed-services ledger: each missed session once, however often it was reported."""
from __future__ import annotations

from datetime import date

from ieptrail.store.tracking import MissedServiceView


def missed_events(rows: list[MissedServiceView]) -> dict[tuple[str, date | None], MissedServiceView]:
    """One entry per service and day: the same missed session is often reported in several messages."""
    events: dict[tuple[str, date | None], MissedServiceView] = {}
    for row in rows:
        key = (row.topic, row.day)
        known = events.get(key)
        if known is None or (row.minutes or 0) > (known.minutes or 0):
            events[key] = row
    return events


def missed_minutes_by_service(rows: list[MissedServiceView]) -> dict[str, int]:
    totals: dict[str, int] = {}
    for (topic, _day), row in missed_events(rows).items():
        totals[topic] = totals.get(topic, 0) + (row.minutes or 0)
    return totals
