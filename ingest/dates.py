"""Dates as mail clients write them in forward headers, resolved to aware datetimes.

RFC 5322 dates carry their offset. Client-written ones often do not ("Wed, Jan 7, 2026 at
3:52 PM" from Gmail, "Tuesday, January 27, 2026 11:50 AM" from Outlook): those are read in the
user's zone (IEPTRAIL_TIMEZONE), and the result says so (`zone_inferred`). US zone abbreviations
(Apple Mail writes "3:32:00 PM CST") map to their fixed offsets.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
            ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
            ("oct", "october"), ("nov", "november"), ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}

ZONE_ABBREVIATIONS = {
    "UTC": 0, "GMT": 0, "Z": 0, "UT": 0,
    "EST": -5 * 60, "EDT": -4 * 60, "CST": -6 * 60, "CDT": -5 * 60,
    "MST": -7 * 60, "MDT": -6 * 60, "PST": -8 * 60, "PDT": -7 * 60,
    "AKST": -9 * 60, "AKDT": -8 * 60, "HST": -10 * 60,
    "BST": 60, "CET": 60, "CEST": 120, "EET": 120, "EEST": 180, "WET": 0, "WEST": 60,
}

_MONTH_WORD = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_MONTH_FIRST = re.compile(_MONTH_WORD + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})", re.I)
_DAY_FIRST = re.compile(r"(?P<day>\d{1,2})\.?\s+" + _MONTH_WORD + r",?\s+(?P<year>\d{4})", re.I)
_NUMERIC = re.compile(r"\b(?P<a>\d{1,4})[/.-](?P<b>\d{1,2})[/.-](?P<c>\d{2,4})\b")
_TIME = re.compile(
    r"\b(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:[:.](?P<second>\d{2}))?\s*(?P<ampm>[ap]\.?\s?m\.?)?(?![\w])", re.I
)
_OFFSET = re.compile(r"(?:\b(?:GMT|UTC)\s*)?(?P<sign>[+-])(?P<hh>\d{1,2}):?(?P<mm>\d{2})?\b")
_RFC5322 = re.compile(r"^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+(?P<year>\d{2,4})\s+\d{1,2}:\d{2}")
_ABBREVIATION = re.compile(r"\b(" + "|".join(sorted(ZONE_ABBREVIATIONS, key=len, reverse=True)) + r")\b")


# A date outside these years is not believed: "0000" is not 2000 (email.utils reads two-digit
# years, and reads 0000 as one), and 9999 overflows as soon as a zone offset is applied. Such an
# email is kept with its date unknown rather than a wrong one.
FIRST_YEAR, LAST_YEAR = 1970, 2199
MAX_DATE_CHARS = 300  # a date is short; the rest of a hostile header is not read


def plausible_year(year: int) -> bool:
    return FIRST_YEAR <= year <= LAST_YEAR


@dataclass(frozen=True)
class ResolvedDate:
    value: datetime  # always aware
    zone_inferred: bool  # True when the text had no zone and the default zone was applied


def _localize(naive: datetime, zone: tzinfo) -> datetime:
    return naive.replace(tzinfo=zone)


def _explicit_offset(text: str, time_end: int) -> timezone | None:
    rest = text[time_end:]
    match = _OFFSET.search(rest)
    if match and match.start() < 12:
        minutes = int(match["hh"]) * 60 + int(match["mm"] or 0)
        if minutes <= 14 * 60:
            return timezone(timedelta(minutes=minutes if match["sign"] == "+" else -minutes))
    match = _ABBREVIATION.search(rest)
    if match and match.start() < 12:
        return timezone(timedelta(minutes=ZONE_ABBREVIATIONS[match.group(1)]))
    return None


def _calendar_day(text: str) -> tuple[int, int, int, tuple[int, int]] | None:
    """(year, month, day, where the date is written in `text`)."""
    for pattern in (_MONTH_FIRST, _DAY_FIRST):
        match = pattern.search(text)
        if match:
            month = match["month"].lower().rstrip(".")
            return int(match["year"]), MONTHS.get(month) or MONTHS[month[:3]], int(match["day"]), match.span()
    match = _NUMERIC.search(text)
    if match:
        a, b, c = match["a"], match["b"], match["c"]
        if len(a) == 4:  # 2026-01-07
            return int(a), int(b), int(c), match.span()
        year = int(c) + (2000 if len(c) == 2 else 0)
        first, second = int(a), int(b)
        # 27/01/2026, and 10.03.2026 wherever dots are written (German, Russian, Polish, Finnish, …): day first
        if first > 12 or "." in match.group(0):
            return year, second, first, match.span()
        return year, first, second, match.span()  # US order, the clients we see most
    return None


def parse_client_date(text: str | None, default_zone: tzinfo) -> ResolvedDate | None:
    """Resolve a date string from a header or a forward block; None when it holds no date."""
    if not text or not text.strip():
        return None
    text = " ".join(text[:MAX_DATE_CHARS].replace("\u202f", " ").replace("\xa0", " ").split())
    try:
        resolved = _resolve(text, default_zone)
    except OverflowError:
        return None
    if resolved is None or not plausible_year(resolved.value.year):
        return None
    return resolved


def _resolve(text: str, default_zone: tzinfo) -> ResolvedDate | None:
    parsed = None
    rfc5322 = _RFC5322.match(text)
    if rfc5322:
        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            parsed = None
        if parsed is not None and len(rfc5322["year"]) > 2 and parsed.year != int(rfc5322["year"]):
            return None  # "0000" or "0001" read as a two-digit year: 2000, 2001
    if parsed is not None:
        if parsed.tzinfo is not None and re.search(r"[+-]\d{4}|\b[A-Z]{2,4}T?\b|\bUT\b|\bZ\b", text):
            return ResolvedDate(parsed, zone_inferred=False)
        return ResolvedDate(_localize(parsed.replace(tzinfo=None), default_zone), zone_inferred=True)

    day = _calendar_day(text)
    if day is None:
        return _fallback(text, default_zone)
    year, month, dom, (start, end) = day
    if not plausible_year(year):
        return None  # written out, so not for dateparser to reinterpret ("0000" as 2000)
    clock = _TIME.search(text[:start] + " " * (end - start) + text[end:])  # not "10.03" of 10.03.2026
    hour = minute = second = 0
    offset: timezone | None = None
    if clock:
        hour, minute, second = int(clock["hour"]), int(clock["minute"]), int(clock["second"] or 0)
        ampm = (clock["ampm"] or "").lower().replace(".", "").replace(" ", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        offset = _explicit_offset(text, clock.end())
    try:
        naive = datetime(year, month, dom, hour, minute, second)
    except ValueError:
        return _fallback(text, default_zone)
    if offset is not None:
        return ResolvedDate(naive.replace(tzinfo=offset), zone_inferred=False)
    return ResolvedDate(_localize(naive, default_zone), zone_inferred=True)


def _fallback(text: str, default_zone: tzinfo) -> ResolvedDate | None:
    """Other languages ("Donnerstag, 28. Oktober 2021 um 12:46"): dateparser knows their month names."""
    try:
        import dateparser
    except ImportError:  # optional: without it such dates stay unknown rather than wrong
        return None
    parsed = dateparser.parse(text, settings={"RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DAY_OF_MONTH": "first"})
    if parsed is None:
        return None
    if parsed.tzinfo is not None:
        return ResolvedDate(parsed, zone_inferred=False)
    return ResolvedDate(_localize(parsed, default_zone), zone_inferred=True)
