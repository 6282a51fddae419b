"""The words every report format shares: dates, people, statuses and the DKIM sentence."""
from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo

from ieptrail.store.evidence import ArrivalView
from ieptrail.store.tracking import MissedServiceView, PromiseView, RequestView
from ieptrail.trail.ledger import LedgerEvent, TopicTotals, minutes_words
from ieptrail.trail.wording import clock, counted


SUMMARY_CHARACTERS = 400  # a summary table cell; the whole sentence is in its exhibit


def clip(text: str, limit: int = SUMMARY_CHARACTERS) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "\u2026"


def when(moment: datetime | None, zone: tzinfo | None = None) -> str:
    """A message's date as its author's clock showed it, with that clock's zone: Wed 2026-01-21 14:35 CST."""
    return clock(moment, zone, missing="date unknown")


def day(value: date | str | None) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else value.isoformat()


def person(name: str | None, email: str | None) -> str:
    if name and email:
        return f"{name} <{email}>"
    return name or email or "unknown"


def people(items) -> str:
    return ", ".join(person(item.get("name"), item.get("email")) for item in items)


def dkim_sentence(arrival: ArrivalView | None, zone: tzinfo) -> str:
    """What the DKIM check at import showed, in a sentence for a reader who is not technical."""
    if arrival is None or arrival.dkim_result is None:
        return "DKIM not checked (imported before signatures were checked, or checking was switched off)."
    checked = arrival.dkim_checked_at.replace(tzinfo=UTC).astimezone(zone).date().isoformat() \
        if arrival.dkim_checked_at else "import"
    if arrival.dkim_result == "pass":
        return f"DKIM signature verified for {arrival.dkim_domain} on {checked}." + (
            f" ({arrival.dkim_note})" if arrival.dkim_note else "")
    if arrival.dkim_result == "fail":
        return f"DKIM signature of {arrival.dkim_domain or 'the sender'} did NOT verify on {checked}: {arrival.dkim_note}."
    if arrival.dkim_result == "error":
        return f"DKIM signature could not be checked on {checked}: {arrival.dkim_note}."
    if arrival.dkim_note and arrival.dkim_note != "no DKIM signature":
        return f"No DKIM signature of the original: {arrival.dkim_note}."
    return "Not DKIM-signed."


LEDGER_NOTE = ("Each missed session is counted once, however many messages reported it; minutes the mail does not "
               "state are not counted as 0 (with a service grid, the grid's minutes are used and marked). A session "
               "is made up when a message says so or a promise to make it up was kept; a make-up that was itself "
               "cancelled makes nothing up.")


def cover_missed(trail) -> str:
    """The cover's line: "8 sessions missed, 2 made up, 6 owed (300 minutes + 2 sessions without minutes stated)"."""
    services = trail.services
    owed_minutes = sum(line.owed_minutes for line in services)
    not_stated = sum(line.owed_not_stated for line in services)
    line = (f"{sum(line.missed for line in services)} sessions missed, {sum(line.made_up for line in services)} made up, "
            f"{sum(line.owed for line in services)} owed ({owed_minutes} minutes"
            + (f" + {counted(not_stated, 'session')} without minutes stated" if not_stated else "") + ")")
    days = sum(line.missed for line in trail.accommodations)
    return line + (f"; accommodations not provided on {counted(days, 'day')}" if days else "")


def ledger_minutes(minutes: int, not_stated: int, sessions: int) -> str:
    """A count of minutes beside the sessions whose minutes are not known: "60", "60 + 1 not stated", "not stated"."""
    if not sessions:
        return "0"
    if not_stated == sessions:
        return "not stated"
    return str(minutes) + (f" + {not_stated} not stated" if not_stated else "")


def sessions_and_dates(line: TopicTotals) -> str:
    """"3: 2026-01-22, 2026-02-19, 2026-02-24"."""
    return f"{line.missed}: " + ", ".join(day(d) or "date not stated" for d in line.dates)


def made_up_cell(line: TopicTotals) -> str:
    if not line.made_up:
        return "none"
    not_stated = sum(1 for event in line.events if event.made_up and event.minutes is None)
    days = ", ".join(f"{event.day or 'date not stated'} on {event.made_up.on}" for event in line.events if event.made_up)
    return f"{line.made_up} ({ledger_minutes(line.made_up_minutes, not_stated, line.made_up)} min): {days}"


def owed_cell(line: TopicTotals) -> str:
    if not line.owed:
        return "nothing"
    minutes = ledger_minutes(line.owed_minutes, line.owed_not_stated, line.owed)
    return f"{counted(line.owed, 'session')}, {minutes}" + ("" if minutes == "not stated" else " min")


def event_minutes(event: LedgerEvent) -> str:
    return minutes_words(event.minutes, event.minutes_from).replace(" min", "").replace("minutes ", "")


def made_up_of(event: LedgerEvent, trail) -> str:
    """"2026-01-27 (exhibit 12)", or what is left: "owed", "owed; make-up cancelled"."""
    if event.made_up is None:
        return "owed" + ("; make-up cancelled" if event.make_up_cancelled else "")
    number = trail.exhibit_of(event.made_up.message_id)
    return f"{event.made_up.on}" + (f" (exhibit {number})" if number else " (promise marked kept)")


def missed_line(view: MissedServiceView, label) -> str:
    """An exhibit's line for a missed-service report in it."""
    return (f"Missed service: {label(view.topic)}" + (f" on {view.day}" if view.day else "")
            + (f", {view.minutes} minutes" if view.minutes else "")
            + (f" ({view.where})" if view.where else ""))


def promise_status(view: PromiseView) -> str:
    """`overdue by 12 days` / `fulfilled 2026-02-03, 2 days late` / `open, deadline 2026-03-20`."""
    extra = view.extra
    if view.status == "overdue":
        return f"overdue by {counted(extra.get('days_overdue', 0), 'day')}"
    if view.status == "fulfilled":
        late = f", {counted(extra['days_late'], 'day')} late" if extra.get("days_late") else ""
        return f"fulfilled {extra.get('fulfilled_on') or ''}{late}".replace("  ", " ")
    if view.status == "open":
        return f"open, deadline {extra.get('deadline')}" + (" (default)" if extra.get("deadline_is_default") else "")
    decision = extra.get("decision") or {}
    return f"{view.status}: {decision['note']}" if decision.get("note") else view.status


def promise_outcome(view: PromiseView) -> str:
    """The status column of a summary table grouped by status: only what the group heading does not say."""
    extra = view.extra
    if view.status == "fulfilled":
        late = f" ({counted(extra['days_late'], 'day')} late)" if extra.get("days_late") else ""
        return f"{extra.get('fulfilled_on') or 'marked resolved'}{late}"
    if view.status == "dismissed":
        decision = extra.get("decision") or {}
        return decision.get("note") or "dismissed by the parent"
    return ""


def deadline(view: PromiseView) -> str:
    if view.due:
        return view.due.isoformat()
    return f"{view.extra.get('deadline')} (default)" if view.extra.get("deadline") else ""


def request_status(view: RequestView) -> str:
    if view.status == "unanswered":
        waited = view.extra.get("waiting_school_days")
        flag = ", needs follow-up" if view.extra.get("needs_follow_up") else ""
        return f"unanswered, {counted(waited, 'school day')}{flag}" if waited is not None else "unanswered"
    if view.status == "answered" and view.extra.get("answered_on"):
        return f"answered {view.extra['answered_on']}"
    return view.status


ARRIVED_AS = {
    "direct": "sent straight to the trail (or copied to it)",
    "sent": "the parent's own sent mail, copied to the trail",
    "forwarded": "forwarded to the trail",
    "logged": "the parent's own note of a call or meeting, recorded in the trail (not emailed)",
    "observed": "the parent's own dated observation, recorded in the trail (not emailed)",
}


def arrival_line(exhibit) -> str:
    message = exhibit.message
    how = ARRIVED_AS.get(message.arrival, message.arrival)
    if message.arrival == "forwarded" and message.forward_format:
        how += " as an attachment" if message.forward_format == "attachment" else f" ({message.forward_format} forward)"
    more = len(exhibit.arrivals) - 1
    if more > 0:
        how += f"; arrived {counted(more, 'more time')}: " + ", ".join(exhibit.eml_names[1:])
    return how


def folded_line(message) -> str:
    parts = []
    if message.quoted_text:
        parts.append(f"quoted earlier messages ({counted(len(message.quoted_text.splitlines()), 'line')})")
    if message.signature_text:
        parts.append(f"signature ({counted(len(message.signature_text.splitlines()), 'line')})")
    return "Folded away: " + " and ".join(parts) + "; they are in the original email."


def students_line(trail) -> str:
    return ", ".join(trail.students) or "not named (IEPTRAIL_STUDENTS is not set)"


def range_line(trail) -> str:
    scope = trail.scope
    first = scope.since.isoformat() if scope.since else (trail.first_date.date().isoformat() if trail.first_date else "")
    last = scope.last_day.isoformat() if scope.until else (trail.last_date.date().isoformat() if trail.last_date else "")
    if not first and not last:
        return "no messages"
    return f"{first} to {last}"


def generated_line(trail) -> str:
    return trail.generated_at.strftime("%Y-%m-%d %H:%M %Z")


def attachment_line(file, label) -> str:
    """One attachment of an exhibit in words: name, size, what could be read, what it discusses, its SHA-256."""
    read = {"text": f"text read, {file.page_count} page(s)", "empty": "no text in it", "no-ocr": "no text: OCR not installed",
            "failed": "text could not be read", "skipped": "not a kind of file whose text is read"}.get(file.status or "",
                                                                                                     "text not read")
    about = f"; discusses {', '.join(label(topic) for topic in file.topics)}" if file.topics else ""
    return f"{file.filename} ({file.size:,} bytes; {read}{about}) SHA-256 {file.sha256}"
