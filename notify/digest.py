"""The weekly digest email: content (digest_content), text and HTML (templates), the .ics of due dates,
and sending it once per week.

A digest is stored under the key `digest:<its day>` before it is sent, so the same week is never
sent twice, whether the worker restarts, two workers run, or `ieptrail digest --send` is run again;
a failed send keeps its bytes and is retried by the worker until it goes out.
"""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid

from ieptrail.config import Settings
from ieptrail.errors import ConfigError, NotifyError
from ieptrail.notify.digest_content import Digest, build_digest
from ieptrail.notify.ics import due_dates_calendar
from ieptrail.notify.outbox import Delivery, Outbox
from ieptrail.notify.render import month_day, render
from ieptrail.notify.smtp import new_email
from ieptrail.store import outgoing as store
from ieptrail.store.db import Database
from ieptrail.trail.wording import counted

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
CALENDAR_FILE = "iep-paper-trail-due-dates.ics"


def digest_key(as_of: date) -> str:
    return f"digest:{as_of.isoformat()}"


def scheduled_day(now: datetime, digest_day: str) -> date:
    """The digest's day for a scheduled run: the latest IEPTRAIL_DIGEST_DAY up to today. A run that
    starts late (after midnight) still belongs to the week it was due for, and gets the same key."""
    today = now.date()
    return today - timedelta(days=(today.weekday() - WEEKDAYS.index(digest_day)) % 7)


def digest_subject(digest: Digest) -> str:
    news = []
    if digest.overdue_count:
        news.append(counted(digest.overdue_count, "overdue promise"))
    if digest.unanswered_count:
        news.append(counted(digest.unanswered_count, "unanswered request"))
    if not news and digest.coming_due_count:
        news.append(counted(digest.coming_due_count, "promise") + " coming due")
    if not news:
        news.append("a quiet week" if digest.is_empty else "nothing overdue")
    return f"IEP paper trail \N{EM DASH} week of {month_day(digest.week.first)}: {', '.join(news)}"


def digest_email(digest: Digest, settings: Settings, now: datetime) -> EmailMessage:
    """The digest as a multipart email: text and HTML alternatives, plus the .ics when dates are ahead."""
    sender = settings.smtp.sender
    subject = digest_subject(digest)
    calendar = None if digest.is_empty else due_dates_calendar(digest, now.astimezone(UTC))
    values = {"digest": digest, "subject": subject, "calendar_attached": calendar is not None}
    message = new_email()
    message["From"] = formataddr(("IEP Paper Trail", sender or "ieptrail@localhost"))
    if settings.digest_to:
        message["To"] = settings.digest_to
    message["Subject"] = subject
    message["Date"] = format_datetime(now)
    message["Message-ID"] = make_msgid("digest", domain=(sender or "ieptrail.localhost").rsplit("@", 1)[-1])
    message["Auto-Submitted"] = "auto-generated"  # RFC 3834: no vacation replies to it
    message["X-IEPTrail-Kind"] = "digest"
    message["X-IEPTrail-Week"] = f"{digest.week.first.isoformat()}/{digest.week.last.isoformat()}"
    message.set_content(render(settings, "digest.txt", **values), cte="quoted-printable")
    message.add_alternative(render(settings, "digest.html", **values), subtype="html", cte="quoted-printable")
    if calendar is not None:
        message.add_attachment(calendar, maintype="text", subtype="calendar", filename=CALENDAR_FILE,
                               params={"method": "PUBLISH"})
    return message


def compose_digest(db: Database, settings: Settings, as_of: date, now: datetime | None = None) -> EmailMessage:
    now = now or datetime.now(settings.timezone)
    with db.session_scope() as session:
        digest = build_digest(session, settings, as_of)
    return digest_email(digest, settings, now)


def send_digest(db: Database, settings: Settings, as_of: date, now: datetime | None = None) -> Delivery:
    """Send the digest for the week ending `as_of` unless it went out already (then say when)."""
    if not settings.digest_to:
        raise ConfigError("no digest recipient: set IEPTRAIL_DIGEST_TO or IEPTRAIL_USER_EMAILS")
    if settings.smtp.configured and not settings.smtp.sender:
        raise ConfigError("no sender address: set IEPTRAIL_SMTP_FROM or IEPTRAIL_USER_EMAILS")
    outbox = Outbox(db, settings)
    key = digest_key(as_of)
    with db.session_scope() as session:
        earlier = store.outgoing_by_key(session, key)
    if earlier is not None:  # no need to build it again
        return outbox.send_again_if_failed(earlier)
    return outbox.send(compose_digest(db, settings, as_of, now), "digest", key=key)


def send_scheduled_digest(db: Database, settings: Settings, now: datetime) -> str:
    """The worker's weekly job (jobs.weekly_digest): one line saying what happened."""
    as_of = scheduled_day(now.astimezone(settings.timezone), settings.digest_day)
    delivery = send_digest(db, settings, as_of, now.astimezone(settings.timezone))
    if delivery.status == "failed":
        raise NotifyError(f"digest for the week of {month_day(as_of - timedelta(days=6))} {delivery.describe()}")
    what = delivery.subject.split(" \N{EM DASH} ", 1)[-1]  # "week of Mar 9: 2 overdue promises"
    return f"{what}; {delivery.describe()}"
