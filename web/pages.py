"""The pages that read the record: search, topics and their timelines, threads, missed services."""
from __future__ import annotations

import email
import re
from collections import defaultdict
from datetime import date
from email import policy
from urllib.parse import quote

from ieptrail.store import queries
from ieptrail.store.attachments import attachment_pages
from ieptrail.store.tracking import missed_services
from ieptrail.trail.attachments import attachment_of, original_file
from ieptrail.trail.ledger import ledger_of, minutes_words, summary_words
from ieptrail.trail.search import SearchRequest, find_messages
from ieptrail.trail.statuses import promise_statuses, request_statuses
from ieptrail.web.markup import EvidenceSpan, clean_email_html, highlight, mark_spans
from ieptrail.web.site import TOPIC_KINDS, Site
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

MAX_RESULTS = 500


def site_of(request: Request) -> Site:
    return request.app.state.site


def day_param(request: Request, name: str, problems: list[str]) -> date | None:
    value = request.query_params.get(name, "").strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        problems.append(f"“{value}” is not a date (use YYYY-MM-DD); the {name} filter was left out.")
        return None


def text_param(request: Request, name: str) -> str | None:
    return request.query_params.get(name, "").strip()[:200] or None


def search_page(request: Request) -> Response:
    site = site_of(request)
    problems: list[str] = []
    try:
        limit = min(max(int(request.query_params.get("limit", 50)), 1), MAX_RESULTS)
    except ValueError:
        limit = 50
    topic = text_param(request, "topic")
    if topic and topic not in site.topics:
        problems.append("That topic is not in the taxonomy; the topic filter was left out.")
        topic = None
    search = SearchRequest(query=text_param(request, "q"), student=text_param(request, "student"), topic=topic,
                           sender=text_param(request, "from"), since=day_param(request, "since", problems),
                           until=day_param(request, "until", problems), limit=limit,
                           attachments=request.query_params.get("attachments") == "1")
    with site.db.session_scope() as session:
        outcome = find_messages(session, site, site.settings, search)
    if outcome.problem:
        problems.append(outcome.problem)
    words = queries.query_terms(search.query)
    results = [
        {"view": view, "snippet": highlight(view.snippet, words, outcome.concept_phrases.get(view.id, ()))}
        for view in outcome.results
    ]
    return site.page(request, "search.html", {
        "active": "search", "search": search, "outcome": outcome, "results": results, "problems": problems,
        "topics_by_kind": _topics_by_kind(site), "students": site.settings.students,
        "more_limit": min(limit * 4, MAX_RESULTS) if len(results) == limit and limit < MAX_RESULTS else None,
    })


def _topics_by_kind(site: Site) -> list[tuple[str, list]]:
    return [(kind, [topic for topic in site.topics.values() if topic.kind == kind]) for kind in TOPIC_KINDS]


def topics_page(request: Request) -> Response:
    site = site_of(request)
    with site.db.session_scope() as session:
        counts = queries.topic_counts(session)
    return site.page(request, "topics.html", {"active": "topics", "topics_by_kind": _topics_by_kind(site), "counts": counts})


def topic_page(request: Request) -> Response:
    site = site_of(request)
    topic = site.topics.get(request.path_params["topic"])
    if topic is None:
        raise HTTPException(404, "There is no such topic.")
    with site.db.session_scope() as session:
        timeline = queries.topic_timeline(session, topic.id)
    entries = []
    for view, mentions in timeline:
        shown = [highlight(m.sentence, phrases=[m.phrase] if m.phrase else ()) for m in mentions if m.sentence]
        entries.append({"view": view, "mentions": list(dict.fromkeys(shown))})
    months: dict[str, list] = defaultdict(list)
    for entry in entries:
        when = entry["view"].date
        months[f"{when.astimezone(site.settings.timezone):%B %Y}" if when else "Undated"].append(entry)
    return site.page(request, "topic.html", {"active": "topics", "topic": topic, "months": list(months.items()),
                                              "count": len(entries)})


def threads_page(request: Request) -> Response:
    site = site_of(request)
    with site.db.session_scope() as session:
        threads = queries.list_threads(session, site.settings.timezone, site.settings.user_emails)
    return site.page(request, "threads.html", {"active": "threads", "threads": threads})


def thread_page(request: Request) -> Response:
    site = site_of(request)
    thread_id = request.path_params["thread_id"]
    today = site.today()
    with site.db.session_scope() as session:
        views = queries.thread_messages(session, thread_id)
        if not views:
            raise HTTPException(404, "There is no such thread.")
        ids = [view.id for view in views]
        spans = queries.tag_spans(session, ids)
        promises = {p.id: p for p in promise_statuses(session, site.settings, today) if p.thread_id == thread_id}
        requests = {r.id: r for r in request_statuses(session, site.settings, today) if r.thread_id == thread_id}
        missed = {m.id: m for m in missed_services(session) if m.message_id in ids}
        originals = {view.raw_email_id: _email_html(queries.raw_email(session, view.raw_email_id).raw)
                     for view in views}
    messages = []
    shown_html: set[int] = set()
    for view in views:
        found = spans.get(view.id, [])
        evidence = [_evidence_span(site, span) for span in found if span.start >= 0]
        html = originals.get(view.raw_email_id) if view.raw_email_id not in shown_html else None
        shown_html.add(view.raw_email_id)
        messages.append({
            "view": view,
            "body": mark_spans(view.new_text, evidence),
            "promises": [promises[s.item_id] for s in found if s.kind == "promise" and s.item_id in promises],
            "requests": [requests[s.item_id] for s in found if s.kind == "request" and s.item_id in requests],
            "missed": [missed[s.item_id] for s in found if s.kind == "missed" and s.item_id in missed],
            "subject_topics": sorted({s.topic for s in found if s.kind == "topic" and s.start < 0}
                                     - {s.topic for s in found if s.kind == "topic" and s.start >= 0}),
            "html": clean_email_html(html) if html else None,
        })
    return site.page(request, "thread.html", {"active": "threads", "messages": messages, "subject": views[0].subject,
                                               "today": today})


def _evidence_span(site: Site, span: queries.TagSpan) -> EvidenceSpan:
    if span.kind == "topic":
        return EvidenceSpan("topic", span.start, span.end, f"topic: {site.label(span.topic)}")
    what = {"promise": "promise", "request": "request", "missed": f"missed {site.label(span.topic or '')}"}[span.kind]
    return EvidenceSpan(span.kind, span.start, span.end, what, anchor=f"{span.kind}-{span.item_id}")


def _email_html(raw: bytes) -> str | None:
    """The HTML part of the email as it arrived, if it has one (shown only after nh3 has cleaned it)."""
    parsed = email.message_from_bytes(raw, policy=policy.default)
    try:
        part = parsed.get_body(preferencelist=("html",))
        return part.get_content() if part is not None else None
    except (LookupError, KeyError, ValueError):  # an unknown charset or a broken part: the text is shown anyway
        return None


def message_page(request: Request) -> Response:
    """A message lives in its thread: /messages/12 goes to its place there."""
    site = site_of(request)
    with site.db.session_scope() as session:
        view = queries.message_view(session, request.path_params["message_id"])
    if view is None:
        raise HTTPException(404, "There is no such message.")
    return RedirectResponse(f"/threads/{view.thread_id}#m{view.id}", status_code=303)


def original_email(request: Request) -> Response:
    """The email exactly as it arrived (the bytes its SHA-256 was computed over), as a download."""
    site = site_of(request)
    message_id = request.path_params["message_id"]
    with site.db.session_scope() as session:
        view = queries.message_view(session, message_id)
        raw = queries.raw_email(session, view.raw_email_id) if view else None
        if raw is None:
            raise HTTPException(404, "There is no such message.")
        body, sha256 = raw.raw, raw.sha256
    return Response(body, media_type="message/rfc822", headers={
        "content-disposition": f'attachment; filename="message-{message_id}-{sha256[:12]}.eml"'})


def services_page(request: Request) -> Response:
    """The ledger: per service, each missed session once (however often it was reported), made up or
    owed; accommodations not provided by day; grouped by service or by who was to provide it."""
    site = site_of(request)
    with_attachments = request.query_params.get("attachments") == "1" or (
        site.settings.ledger_attachments and request.query_params.get("attachments") != "0")
    by_responsible = request.query_params.get("by") == "responsible"
    with site.db.session_scope() as session:
        ledger = ledger_of(session, site.settings, site.today(), attachments=with_attachments)
    done = request.query_params.get("done", "")
    return site.page(request, "services.html", {
        "active": "services", "ledger": ledger, "services": ledger.services, "accommodations": ledger.accommodations,
        "groups": ledger.by_responsible() if by_responsible else None, "by_responsible": by_responsible,
        "with_attachments": with_attachments, "months": ledger.owed_by_month() if ledger.grid else {},
        "summary_words": summary_words, "minutes_words": minutes_words, "today": site.today(),
        "observed": [int(part) for part in done.removeprefix("observed-").split("-") if part.isdigit()]
        if done.startswith("observed-") else [],
    })


def _download_name(filename: str) -> str:
    """A Content-Disposition for a name from mail: an ASCII fallback and the UTF-8 name (RFC 6266)."""
    plain = re.sub(r"[^A-Za-z0-9._ -]", "_", filename)[:150] or "attachment"
    return f"attachment; filename=\"{plain}\"; filename*=UTF-8''{quote(filename[:150], safe='')}"


def attachment_file(request: Request) -> Response:
    """An attachment exactly as the email carried it, as a download (never shown inline: it came from mail)."""
    site = site_of(request)
    with site.db.session_scope() as session:
        found = original_file(session, site.settings, request.path_params["message_id"], request.path_params["index"])
    if found is None:
        raise HTTPException(404, "There is no such attachment.")
    view, data = found
    return Response(data, media_type="application/octet-stream",
                    headers={"content-disposition": _download_name(view.filename)})


def attachment_text_page(request: Request) -> Response:
    """What could be read of an attachment, page by page."""
    site = site_of(request)
    message_id, index = request.path_params["message_id"], request.path_params["index"]
    with site.db.session_scope() as session:
        view = attachment_of(session, message_id, index)
        message = queries.message_view(session, message_id) if view else None
        pages = attachment_pages(session, view.sha256) if view else []
    if view is None or message is None:
        raise HTTPException(404, "There is no such attachment.")
    return site.page(request, "attachment.html", {"active": "threads", "attachment": view, "message": message,
                                                  "pages": pages})
