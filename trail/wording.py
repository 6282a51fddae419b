"""How the record is worded wherever it is shown (the command line, the web page, the digest, the
exports): counts with the right plural, a message's time on its author's clock with that clock's
zone, and a tagged sentence quoted on its own.

One clock everywhere: a message is shown at the time its author's clock showed, labelled with that
clock's zone: the zone's abbreviation when the author's offset is the one IEPTRAIL_TIMEZONE had at
that moment ("12:48 PM CST"), else the offset itself ("UTC-05:00"), since an offset alone does
not say which zone it was.
"""
from __future__ import annotations

import re
from datetime import date, datetime, tzinfo

_IRREGULAR = {"child": "children", "person": "people", "is": "are", "was": "were", "has": "have"}
_SIBILANT = re.compile(r"(s|x|z|ch|sh)$")
_CONSONANT_Y = re.compile(r"[^aeiou]y$")


def plural(noun: str) -> str:
    """The plural of an English noun phrase (its last word): process -> processes, reply -> replies."""
    head, _, last = noun.rpartition(" ")
    lower = last.lower()
    if lower in _IRREGULAR:
        many = _IRREGULAR[lower]
        many = many.capitalize() if last[:1].isupper() else many
    elif _SIBILANT.search(lower):
        many = last + "es"
    elif _CONSONANT_Y.search(lower):
        many = last[:-1] + "ies"
    else:
        many = last + "s"
    return f"{head} {many}" if head else many


def counted(count: int, singular: str, many: str | None = None) -> str:
    """`1 day`, `2 days`, `0 follow-ups`, `1 process`, `3 processes`."""
    return f"{count} {singular if count == 1 else many or plural(singular)}"


def zone_label(moment: datetime, zone: tzinfo | None = None) -> str:
    """The zone of the clock `moment` was read from: `CST` when it is IEPTRAIL_TIMEZONE's offset at
    that moment, else `UTC-05:00`."""
    offset = moment.utcoffset()
    if zone is not None and offset is not None:
        local = moment.astimezone(zone)
        name = local.tzname() or ""
        if local.utcoffset() == offset and name and name[0] not in "+-":
            return name
    if offset is None:
        return ""
    minutes = int(offset.total_seconds() // 60)
    if minutes == 0:
        return "UTC"
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


def clock(moment: datetime | None, zone: tzinfo | None = None, missing: str = "(no date)") -> str:
    """A message's time for lists and tables: `Wed 2026-03-04 12:48 CST`."""
    if moment is None:
        return missing
    return f"{moment:%a %Y-%m-%d %H:%M} {zone_label(moment, zone)}".rstrip()


def clock_long(moment: datetime | None, zone: tzinfo | None = None, missing: str = "(no date)") -> str:
    """A message's time for reading: `Wed, Mar 4, 2026, 12:48 PM CST`."""
    if moment is None:
        return missing
    hour = moment.hour % 12 or 12
    return f"{moment:%a, %b} {moment.day}, {moment.year}, {hour}:{moment:%M %p} {zone_label(moment, zone)}".rstrip()


def day_long(value: date | None, missing: str = "(no date)") -> str:
    """`Thu, Mar 12, 2026`."""
    if value is None:
        return missing
    return f"{value:%a, %b} {value.day}, {value.year}"


_LIST_MARKER = re.compile(r"^\s*(?:[-*•·–—]|\d{1,2}[.)]|[a-z][.)])\s+")


def quoted(sentence: str) -> str:
    """A tagged sentence as it reads on its own: one line, without the list marker it had in its message."""
    return _LIST_MARKER.sub("", " ".join(sentence.split()))
