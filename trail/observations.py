"""Your own observations are evidence too ("if it does not happen, document it").

`ieptrail observe --date 2026-03-10 "Mateo said nobody read the math test to him today"` (or the
form on the web page's missed-services page) records a dated note of the user's own: what the child
reported, what the parent saw at pick-up. It goes into the trail like any message, through the
importer, so it is stored, searchable and tagged like one, and a missed service or an
accommodation not provided in it enters the ledger marked as the user's report. It is never shown
as sent mail: it arrives as "observed" (X-IEPTrail-Kind: observation), dated the day observed,
with the moment it was recorded kept beside it (X-IEPTrail-Recorded-At).
"""
from __future__ import annotations

from datetime import date, datetime, time
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid

from ieptrail.config import Settings
from ieptrail.errors import InvalidInput
from ieptrail.trail.importer import Importer

KIND_HEADER = "X-IEPTrail-Kind"
OBSERVATION = "observation"
MAX_CHARACTERS = 20_000


def observation_subject(day: date) -> str:
    return f"My observation, {day:%A, %B} {day.day}, {day.year}"


def observation_email(settings: Settings, day: date, text: str, now: datetime, user_name: str | None = None) -> EmailMessage:
    """The observation as an email from the user to no one, dated the day observed."""
    text = (text or "").strip()
    if not text:
        raise InvalidInput("the observation is empty: write what you saw or what you were told")
    if len(text) > MAX_CHARACTERS:
        raise InvalidInput(f"the observation is longer than {MAX_CHARACTERS} characters; keep a long document as a file")
    user = settings.user_email
    if not user:
        raise InvalidInput("IEPTRAIL_USER_EMAILS is not set: an observation is recorded in your name")
    local_now = now.astimezone(settings.timezone)
    if day > local_now.date():
        raise InvalidInput(f"{day} is after today: an observation records what already happened")
    # the day observed, at the time it is recorded if that is today, else at noon of that day
    moment = local_now if day == local_now.date() else datetime.combine(day, time(12, 0), settings.timezone)
    message = EmailMessage()
    message["From"] = formataddr((user_name or "", user))
    message["Subject"] = observation_subject(day)
    message["Date"] = format_datetime(moment)
    message["Message-ID"] = make_msgid(domain=user.rsplit("@", 1)[-1])
    message[KIND_HEADER] = OBSERVATION
    message["X-IEPTrail-Observation-Date"] = day.isoformat()
    message["X-IEPTrail-Recorded-At"] = local_now.isoformat(timespec="seconds")
    message.set_content(text + "\n", cte="quoted-printable")
    return message


def record_observation(importer: Importer, settings: Settings, day: date, text: str, now: datetime | None = None,
                       user_name: str | None = None) -> tuple[int, ...]:
    """Store the observation in the trail; the new message ids."""
    now = now or datetime.now(settings.timezone)
    message = observation_email(settings, day, text, now, user_name)
    ids: list[int] = []
    importer.import_many([(f"observed:{now.isoformat()}", message.as_bytes())],
                         on_outcome=lambda _origin, outcome: ids.extend(outcome.message_ids))
    return tuple(ids)
