"""The words every report format shares: dates, people, statuses and the DKIM sentence."""
from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo

from ieptrail.store.evidence import ArrivalView
from ieptrail.store.tracking import PromiseView, RequestView
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
