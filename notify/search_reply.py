"""The answer to a request by email ("search: extended time", "promises", "overdue", "missed services").

The search is the one `ieptrail search` and the web page run (trail/search.py); the lists of promises,
requests and missed services are the weekly digest's, as of today. Text and HTML, with links to
the local page when IEPTRAIL_WEB_BASE_URL is set.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid
from typing import TYPE_CHECKING
from urllib.parse import urlencode

from ieptrail.config import Settings
from ieptrail.ingest.mail_command import REPLY_KIND, MailRequest
from ieptrail.notify.digest_content import Digest, build_digest
from ieptrail.notify.render import render
from ieptrail.notify.smtp import new_email
from ieptrail.store.db import Session
from ieptrail.trail.search import SearchRequest, find_messages

if TYPE_CHECKING:
    from ieptrail.classify import Tagger

SEARCH_LIMIT = 25
TITLES = {"search": "Search", "promises": "Promises", "overdue": "Overdue", "missed-services": "Missed services"}


@dataclass(frozen=True)
class FoundMessage:
    id: int
    sent: datetime | None
    who: str
    subject: str
    topics: tuple[str, ...]
    snippet: str
    link: str | None


@dataclass(frozen=True)
class Answer:
    request: MailRequest
    as_of: date
    found: tuple[FoundMessage, ...] = ()  # search
    more: bool = False  # the search had more results than the reply lists
    concepts: tuple[str, ...] = ()  # topics the search words mean
    digest: Digest | None = None  # promises, overdue, missed services
    link: str | None = None  # the page that shows the whole answer

    @property
    def count(self) -> int:
        if self.request.kind == "search":
            return len(self.found)
        sections = self.digest.sections if self.digest else ()
        if self.request.kind == "promises":
            return sum(len(s.overdue) + len(s.coming_due) + len(s.due_later) for s in sections)
        if self.request.kind == "overdue":
            return sum(len(s.overdue) + sum(1 for r in s.unanswered if r.needs_follow_up) for s in sections)
        return sum(len(s.missed_all) for s in sections)


def answer_request(session: Session, tagger: Tagger | None, settings: Settings, request: MailRequest, as_of: date) -> Answer:
    base = (settings.web_base_url or "").rstrip("/") or None
    if request.kind == "search":
        outcome = find_messages(session, tagger, settings, SearchRequest(query=request.query, limit=SEARCH_LIMIT + 1))
        found = tuple(
            FoundMessage(view.id, view.date, view.from_name or view.from_email or "(unknown)",
                         view.subject or "(no subject)", tuple(view.topics), view.snippet,
                         f"{base}/messages/{view.id}" if base else None)
            for view in outcome.results[:SEARCH_LIMIT])
        link = f"{base}/?{urlencode({'q': request.query})}" if base else None
        return Answer(request, as_of, found=found, more=len(outcome.results) > SEARCH_LIMIT,
                      concepts=tuple(outcome.concepts), link=link)
    page = {"promises": "/promises", "overdue": "/promises", "missed-services": "/services"}[request.kind]
    return Answer(request, as_of, digest=build_digest(session, settings, as_of), link=f"{base}{page}" if base else None)


def reply_subject(request: MailRequest) -> str:
    return request.subject if request.subject.lower().startswith("re:") else f"Re: {request.subject}"


def reply_email(answer: Answer, settings: Settings, now: datetime) -> EmailMessage:
    """The reply, threaded under the request and marked as automatic (RFC 3834), so that mail
    programs and our own poll never take it for a request."""
    request = answer.request
    sender = settings.smtp.sender or settings.trail_address
    values = {"answer": answer, "title": TITLES[request.kind]}
    message = new_email()
    message["From"] = formataddr(("IEP Paper Trail", sender or "ieptrail@localhost"))
    message["To"] = request.sender
    message["Subject"] = reply_subject(request)
    message["Date"] = format_datetime(now)
    message["Message-ID"] = make_msgid("search", domain=(sender or "ieptrail.localhost").rsplit("@", 1)[-1])
    if request.message_id:
        message["In-Reply-To"] = request.message_id
        message["References"] = request.references or request.message_id
    message["Auto-Submitted"] = "auto-replied"
    message["X-IEPTrail-Kind"] = REPLY_KIND
    message.set_content(render(settings, "search_reply.txt", **values), cte="quoted-printable")
    message.add_alternative(render(settings, "search_reply.html", **values), subtype="html", cte="quoted-printable")
    return message
