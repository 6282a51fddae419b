"""What a search asks and how its words are read, with no database library: shared by the ORM
search (store/queries.py) and the read-only SQLite one (store/sqlite_read.py), so both read a
query, a filter and a day the same way and cut the same snippet."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class SearchFilters:
    query: str | None = None
    student: str | None = None
    topic: str | None = None
    sender: str | None = None  # email address or part of a name/address
    since: date | None = None
    until: date | None = None
    limit: int = 50
    concept_topics: tuple[str, ...] = ()  # topics the query text means (resolved by classify/)
    # the query's words are the taxonomy's own phrasing of those topics: the tagger has read them in every
    # message's text already, so a message that holds them untagged used them in another sense ("spring break"
    # for "breaks", "check in with him" for "check-in"): found by its topics only, not by the words
    topics_only: bool = False
    # also find messages by their attachments' text and own topics; a `topic` filter always does
    attachments: bool = False


MAX_RESULTS = 100_000  # a larger --limit means "all of them" (and must still fit a database integer)


def day_bounds_utc(day: date, zone: tzinfo, end: bool = False) -> datetime:
    """Midnight starting (or ending) a local day, as naive UTC for comparing with stored times.
    The first and last days a datetime can hold (0001-01-01, 9999-12-31) mean "no bound"."""
    try:
        moment = datetime.combine(day + timedelta(days=1) if end else day, time(0), tzinfo=zone)
        return moment.astimezone(UTC).replace(tzinfo=None)
    except OverflowError:
        return datetime.max if end else datetime.min


def text_filter(value: str) -> str:
    """Filter text as the database can compare it: no NUL (PostgreSQL refuses it), no lone surrogates."""
    return value.replace("\x00", "").encode("utf-8", "replace").decode("utf-8")


def query_terms(query: str | None) -> list[str]:
    return [term.lower() for term in _WORD.findall(text_filter(query or ""))]


def fts_match(terms: list[str], columns: str = "") -> str:
    """The FTS5 MATCH expression for the terms (SQLite): a phrase when the query is short ("extra
    time" must not match "extra breaks … a hard time"), else all of them."""
    as_phrase = len(terms) <= 4
    return columns + ('"' + " ".join(terms) + '"' if as_phrase else " ".join(f'"{term}"' for term in terms))


def make_snippet(body: str, terms: list[str], evidence: list[str], width: int = 200) -> str:
    """A short excerpt around the first query term (or the first tagged sentence), on one line."""
    flat = " ".join(body.split())
    if not flat:
        return ""
    position = -1
    lowered = flat.lower()
    for term in terms:
        match = re.search(rf"\b{re.escape(term[:6])}", lowered)
        if match:
            position = match.start()
            break
    if position < 0 and evidence:
        position = lowered.find(" ".join(evidence[0].split()).lower()[:40])
    if position < 0:
        position = 0
    start = max(0, position - width // 3)
    if start:
        space = flat.find(" ", start)
        start = space + 1 if 0 <= space < position else start
    excerpt = flat[start:start + width]
    if start + width < len(flat):
        excerpt = excerpt.rsplit(" ", 1)[0] + " …"
    return ("… " if start else "") + excerpt
