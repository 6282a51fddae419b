"""The digest's calendar attachment: all-day events for promised deliveries and meetings still ahead.

Each event's UID comes from what it is about (a promise's stable key, a meeting's day), so importing
next week's file updates these events instead of adding copies.
"""
from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from icalendar import Calendar, Event

from ieptrail.notify.digest_content import Digest


def _summary(text: str, limit: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rsplit(" ", 1)[0] + "…"


def due_dates_calendar(digest: Digest, stamp: datetime) -> bytes | None:
    """An iCalendar file, or None when nothing is ahead."""
    calendar = Calendar()
    calendar.add("prodid", "-//IEP Paper Trail//ieptrail//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", "IEP Paper Trail: due dates")
    seen: set[str] = set()
    for section in digest.sections:
        for promise in (*section.coming_due, *section.due_later):
            uid = f"promise-{promise.key}@ieptrail"
            if uid in seen:
                continue
            seen.add(uid)
            expected = "expected (no date was given)" if promise.deadline_is_default else "due"
            calendar.add_component(_event(
                uid, promise.deadline, stamp, f"Due from {promise.who}: {_summary(promise.text)}",
                f"{promise.who} promised on {promise.promised_on}: \"{promise.text}\"\n"
                f"Promise {promise.id}, {expected} {promise.deadline}. If it does not arrive: ieptrail follow-up {promise.id}"))
        for meeting in section.upcoming:
            digest_of_sentence = hashlib.sha1(meeting.sentence.encode("utf-8")).hexdigest()[:12]
            uid = f"{meeting.what.lower().replace(' ', '-')}-{meeting.day.isoformat()}-{digest_of_sentence}@ieptrail"
            if uid in seen:
                continue
            seen.add(uid)
            calendar.add_component(_event(
                uid, meeting.day, stamp, f"{meeting.what}: {_summary(meeting.sentence, 70)}",
                f"Mentioned on {meeting.mentioned_on}: \"{meeting.sentence}\""))
    if not seen:
        return None
    return calendar.to_ical()


def _event(uid: str, day, stamp: datetime, summary: str, description: str) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", day)  # a date: an all-day event
    event.add("dtend", day + timedelta(days=1))
    event.add("summary", summary)
    event.add("description", description)
    event.add("transp", "TRANSPARENT")  # a reminder, not a busy slot
    return event
