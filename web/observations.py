"""The form on the missed-services page that records an observation of your own (trail/observations.py)."""
from __future__ import annotations

from datetime import date

from ieptrail.errors import InvalidInput
from ieptrail.web.pages import site_of
from ieptrail.web.security import CSRF_FIELD, csrf_failure
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response


async def observe(request: Request) -> Response:
    site = site_of(request)
    form = await request.form()
    failure = csrf_failure(request, form.get(CSRF_FIELD))
    if failure:
        raise HTTPException(403, f"Not done: {failure}.")
    try:
        day = date.fromisoformat(str(form.get("date") or "").strip()) if form.get("date") else site.today()
    except ValueError:
        raise HTTPException(400, "Not recorded: that is not a date (use YYYY-MM-DD).") from None
    text = str(form.get("text") or "")
    try:
        ids = await run_in_threadpool(site.record_observation, day, text)
    except InvalidInput as exc:
        raise HTTPException(400, f"Not recorded: {exc}.") from None
    return RedirectResponse("/services?done=observed-" + "-".join(map(str, ids)) + "#observe", status_code=303)
