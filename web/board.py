"""The promises board and what can be done from it: resolve, dismiss, reopen, draft a follow-up.

Decisions are the same records `ieptrail resolve/dismiss/reopen` keeps (trail/decisions.py), made as
of today; so the buttons are offered on the board as of today (or later), not on a past day's.
"""
from __future__ import annotations

import email
from datetime import date
from email import policy

from ieptrail.errors import NotFoundError
from ieptrail.notify.follow_up_draft import save_follow_up_draft
from ieptrail.store.outgoing import stored_email
from ieptrail.trail.decisions import DECISIONS, record_decision
from ieptrail.trail.escalation import Directory, escalation_for
from ieptrail.trail.statuses import promise_statuses
from ieptrail.web.pages import site_of
from ieptrail.web.security import CSRF_FIELD, csrf_failure
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

STATUSES = ("overdue", "open", "fulfilled", "dismissed")
DONE_MESSAGES = {  # after a POST the board says what happened; never echoes what was submitted
    "resolve": "Promise {id} is marked fulfilled.",
    "dismiss": "Promise {id} is dismissed; it stays in the record.",
    "reopen": "Promise {id} is reopened: its status comes from the mail again.",
}


def promises_page(request: Request) -> Response:
    site = site_of(request)
    today = site.today()
    problems = []
    as_of = today
    if request.query_params.get("as_of"):
        try:
            as_of = date_from(request.query_params["as_of"])
        except ValueError:
            problems.append("That is not a date (use YYYY-MM-DD); the board is shown as of today.")
    with site.db.session_scope() as session:
        views = promise_statuses(session, site.settings, as_of)
        directory = Directory(session, site.settings)
        escalations = {view.id: escalation_for(session, site.settings, directory, view, as_of)
                       for view in views if view.status == "overdue"}
    sections = [(status, [view for view in views if view.status == status]) for status in STATUSES]
    for _status, items in sections:
        items.sort(key=lambda view: (-view.extra.get("days_overdue", 0), view.promised_on))
    done = None
    action, _, item = request.query_params.get("done", "").partition("-")
    if action in DONE_MESSAGES and item.isdigit():
        done = DONE_MESSAGES[action].format(id=int(item))
    return site.page(request, "promises.html", {
        "active": "promises", "sections": sections, "escalations": escalations, "as_of": as_of, "today": today,
        "can_decide": as_of >= today, "problems": problems, "done": done,
    })


def date_from(value: str) -> date:
    return date.fromisoformat(value.strip())


async def _checked_form(request: Request):
    form = await request.form()
    failure = csrf_failure(request, form.get(CSRF_FIELD))
    if failure:
        raise HTTPException(403, f"Not done: {failure}.")
    return form


def _board_address(form, done: str) -> str:
    as_of = str(form.get("as_of") or "")
    query = f"?done={done}"
    try:
        query = f"?as_of={date_from(as_of).isoformat()}&done={done}" if as_of else query
    except ValueError:
        pass
    return "/promises" + query


async def decide(request: Request) -> Response:
    site = site_of(request)
    form = await _checked_form(request)
    action = str(form.get("action", ""))
    if action not in DECISIONS:
        raise HTTPException(400, "Not done: unknown action.")
    promise_id = request.path_params["promise_id"]
    note = str(form.get("note", "")).strip()[:2000] or None

    def keep() -> None:
        with site.db.session_scope() as session:
            record_decision(session, site.settings, "promise", promise_id, action, note, site.today())

    try:
        await run_in_threadpool(keep)
    except NotFoundError as exc:
        raise HTTPException(404, str(exc)) from exc
    return RedirectResponse(_board_address(form, f"{action}-{promise_id}") + f"#promise-{promise_id}", status_code=303)


async def follow_up(request: Request) -> Response:
    site = site_of(request)
    form = await _checked_form(request)
    promise_id = request.path_params["promise_id"]
    try:
        day = date_from(str(form.get("as_of") or "")) if form.get("as_of") else site.today()
    except ValueError:
        day = site.today()

    def draft() -> int:
        with site.db.session_scope() as session:
            return save_follow_up_draft(session, site.settings, promise_id, day).id

    try:
        draft_id = await run_in_threadpool(draft)
    except NotFoundError as exc:
        raise HTTPException(404, str(exc)) from exc
    return RedirectResponse(f"/drafts/{draft_id}", status_code=303)


def _stored_draft(request: Request) -> tuple[int, str, bytes]:
    """The draft's id, status and bytes."""
    with site_of(request).db.session_scope() as session:
        found = stored_email(session, request.path_params["draft_id"])
    if found is None:
        raise HTTPException(404, "There is no such draft.")
    return found


def draft_page(request: Request) -> Response:
    draft_id, status, eml = _stored_draft(request)
    message = email.message_from_bytes(eml, policy=policy.default)
    body = message.get_body(preferencelist=("plain",))
    return site_of(request).page(request, "draft.html", {
        "active": "promises", "draft_id": draft_id, "status": status,
        "headers": [(name, str(message[name])) for name in ("From", "To", "Cc", "Subject") if message[name]],
        "body": body.get_content() if body is not None else "",
    })


def draft_download(request: Request) -> Response:
    draft_id, _status, eml = _stored_draft(request)
    return Response(eml, media_type="message/rfc822",
                    headers={"content-disposition": f'attachment; filename="follow-up-{draft_id}.eml"'})
