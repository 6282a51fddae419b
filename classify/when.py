"""Dates written in email prose, resolved against the day the message was sent.

"by Friday", "next Tuesday", "3/6", "Friday, February 6", "end of the month", "in March",
"before spring break (March 13)", "today", "yesterday", "last Thursday (2/19)", "within 5
school days". Each mention keeps its character span and whether a deadline word ("by",
"before", "no later than") governs it. Weekday names resolve forward for promises and backward
for reports of what happened ("on Wednesday, Ms. Moore was pulled").
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import lru_cache
from datetime import date, timedelta

WEEKDAYS = {name: index for index, names in enumerate(
    [("monday", "mon"), ("tuesday", "tue", "tues"), ("wednesday", "wed"), ("thursday", "thu", "thur", "thurs"),
     ("friday", "fri"), ("saturday", "sat"), ("sunday", "sun")]) for name in names}
# a parent or teacher writing in Spanish: "el lunes 23" (the weekday with its day of the month)
WEEKDAYS.update({"lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4})
MONTHS = {name: index for index, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
     ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
     ("december", "dec")], start=1) for name in names}
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "a": 1, "an": 1, "a couple of": 2, "a few": 3}

_WEEKDAY = r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri)\b\.?"
_MONTH = r"(?P<month>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?"
# a deadline word, perhaps "the end of", perhaps a short event name ("before spring break (March 13)")
_DEADLINE = re.compile(
    r"\b(by|before|no later than|not later than|prior to|on or before|due|until|till|within)\s+"
    # "before break we missed Dec 11": a new clause (its subject) ends what the deadline word governs
    r"(?!(?!(?:spring|morning|evening)\b)[a-z]+ing\b)(?:the\s+)?(?:end\s+of\s+)?"
    r"(?:(?!(?:i|we|he|she|they|you)\b)[a-z][\w']*\.?\s+){0,3}?\(?$",  # ("by Wed. 10/21": an abbreviation's point)
    re.I,
)
# "put in the back corner by the heating vent on Monday": "by" a place, then the day it happened ("on"); not
# "by the end of the day on Friday", "by noon on Monday"
_BY_A_PLACE = re.compile(r"\bby\s+(?:the\s+|a\s+|her\s+|his\s+|their\s+)(?!(?:[\w']+\s+){0,2}?(?:end|close|start|beginning|time|"
                         r"day|noon|morning|afternoon|evening|night|week|latest|earliest)\b)(?:[a-z][\w']*\s+){1,3}on\s$", re.I)
_DAY_OF_MONTH_BEFORE = re.compile(r"\b(?:by|before|on|until|till|no later than|prior to|after|from|starting|for|between)\s+$|\(\s*$",
                                  re.I)
# "for the 3rd time", "the 2nd grade": an ordinal counting something, not a day of the month
_ORDINAL_NOUN = re.compile(r"\s+(?:grade|graders?|time|times|period|hour|quarter|trimester|semester|place|year|session|"
                           r"percentile|attempt|try|step|round|question|page|lesson|unit|level)\b", re.I)
_SCORE = re.compile(r"\b(got|scored?|score of|out of|earned|averag\w+)\s+$", re.I)

PATTERNS: list[tuple[str, re.Pattern]] = [
    ("numeric", re.compile(r"(?<![\d/:.$])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])(?:/(?P<y>\d{4}|\d{2}))?(?![\d/%])")),
    # "by 10-23", "on 11-2": a hyphen between month and day, read only after a word that takes a date (not "10-15
    # minutes", "3-4 days", "scored 8-10")
    ("numeric", re.compile(r"(?:(?<=\bby\s)|(?<=\bon\s)|(?<=\bbefore\s)|(?<=\bdue\s)|(?<=\buntil\s))"
                           r"(?P<m>1[0-2]|0?[1-9])-(?P<d>3[01]|[12]\d|0?[1-9])(?:-(?P<y>\d{4}|\d{2}))?(?![\d/%-])"
                           r"(?!\s*(?:min|mins|minutes|hours|hrs|days|weeks|wks|months|years|times|points|percent|students|"
                           r"kids|people|questions|problems|pages|sessions|time|basis|ratio|support|aide|instruction|with)\b)", re.I)),
    # a holiday on the same day every year: "by Halloween", "before Veterans Day"
    ("holiday", re.compile(r"\b(?P<holiday>halloween|veterans['’]?\s+day|valentine['’]?s?\s+day|st\.?\s+patrick['’]?s\s+day|"
                           r"new\s+year['’]?s\s+(?:eve|day)|christmas\s+eve)\b", re.I)),
    ("month_day", re.compile(_MONTH + r"\s+(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>20\d\d))?", re.I)),
    ("day_month", re.compile(r"\b(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+(?P<year>20\d\d))?", re.I)),
    ("weekday_the_nth", re.compile(_WEEKDAY + r",?\s+the\s+(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b", re.I)),
    ("weekday_the_nth", re.compile(r"\b(?:el\s+)?(?P<weekday>lunes|martes|mi[ée]rcoles|jueves|viernes)\s+"
                                   r"(?P<day>3[01]|[12]\d|0?[1-9])\b(?![:/.]\d)", re.I)),
    ("relative_day", re.compile(r"\b(?P<word>today|tonight|tonite|this (?:morning|afternoon|evening)|tomorrow|tmrw|tmr|tomorow|"
                                r"tommorow|tommorrow|2morrow|2moro|yesterday|the day after tomorrow)\b|"
                                # "by end of day", "by COB", "by the end of the school day": today, unless a day follows
                                r"(?:(?<=\bby\s)(?:the\s+)?end\s+of\s+(?:the\s+)?(?:school\s+|business\s+|work\s+)?day|"
                                r"\b(?:EOD|COB|EOB|close\s+of\s+business))\b"
                                r"(?![\s,]+(?:(?:this|next|on)\s+)?(?:tomorrow|today|mon|tue|wed|thu|fri|\d))", re.I)),
    ("weekday", re.compile(r"\b(?:(?P<mod>this|next|last|coming|this coming|on)\s+)?" + _WEEKDAY, re.I)),
    ("nth_week", re.compile(r"\b(?P<nth>first|second|third|fourth|last)\s+week\s+(?:of|in)\s+" + _MONTH, re.I)),
    ("weekend", re.compile(r"\b(?P<which>this|next|the|over the)\s+weekend\b", re.I)),
    ("week", re.compile(r"\b(?:(?P<part>early|earlier|mid|middle of|late|later|end of|the end of|(?:the\s+)?(?:beginning|start) of)\s+)?"
                        r"(?P<which>this|next|the following|the|last)\s+(?:week|wk)(?:'s)?\b(?P<after>\s+after\s+next\b)?|"
                        r"\b(?P<bare>end\s+of)\s+week\b|\bweek['’]s\s+end\b|\bEOW\b", re.I)),
    ("month_end", re.compile(r"\bend\s+of\s+(?P<which>the|this|next|each|every)\s+month\b|\bmonth['’]s\s+end\b|\bEOM\b", re.I)),
    # "by the first of the month", "the first of next month", "the first of November"
    ("first_of", re.compile(r"\bthe\s+(?:first|1st)\s+of\s+(?:(?:the|this)\s+month|(?P<next>next)\s+month|" + _MONTH + r")", re.I)),
    ("in_month", re.compile(r"\b(?P<prep>in|during|by|early|mid|late|end of|(?:the\s+)?(?:beginning|start) of)(?:\s+|-)" + _MONTH
                            + r"(?!\s+\d)", re.I)),
    # "by the 30th", "before the 15th": a day of this month, or of the next once it has passed
    ("day_of_month", re.compile(r"\bthe\s+(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b", re.I)),
    # "in a day or two", "within a week or two": the longer
    ("span", re.compile(r"\b(?P<prep>in|within)\s+(?:the\s+next\s+)?(?:a|one)\s+(?P<unit>day|week)\s+or\s+(?P<count>two|three)\b", re.I)),
    ("span", re.compile(r"\b(?P<prep>in|within|over)\s+(?:the\s+)?(?:next\s+)?(?:\d+\s*(?:-|–|to|or)\s*)?(?P<count>\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an|(?:a\s+)?couple(?:\s+of)?|(?:a\s+)?few)\s+(?P<school>school\s+|business\s+|working\s+)?(?P<unit>days?|weeks?|wks?)\b"
                        # (not "within 60 days of receiving consent", "within 10 days after the meeting": counted from an event
                        # to come; "within 10 school days of receipt" counts from now)
                        r"(?!\s+(?:of|after|following|from)\s+(?:(?:the|a|an|his|her|their|our|your|signed|written|parental)\s+)?"
                        r"(?:meeting|conference|referral|evaluation|consent|receiving|getting|signing|IEP|ARD|annual|review|"
                        r"notice|decision|testing|screening|observation|return)\b)", re.I)),
    # "in a day or so", "within a week or so": the day or the week
    ("span", re.compile(r"\b(?P<prep>in|within)\s+(?:the\s+next\s+|(?P<count>a|one)\s+)(?P<unit>day|week)\s+or\s+so\b", re.I)),
    # "within 48 hours": the days those hours reach
    ("hours", re.compile(r"\b(?:in|within)\s+(?:the\s+)?(?:next\s+)?(?P<count>\d{1,3})\s+(?:hours|hrs)\b", re.I)),
    # "by midweek": this week's Wednesday
    ("midweek", re.compile(r"\bmid-?week\b", re.I)),
    # "two weeks from now", "a week from today", "a week from Friday"
    ("from_day", re.compile(r"\b(?P<count>\d+|one|two|three|four|a)\s+(?P<unit>days?|weeks?)\s+from\s+(?:now|today|" + _WEEKDAY + r")", re.I)),
    # "by this time next week": a week from the day it is written
    ("from_day", re.compile(r"\bthis\s+time\s+(?P<unit>next\s+week)\b", re.I)),
    # "the week of February 2" (written before the month-day pattern claims the date): that week's Friday
    ("week_of", re.compile(r"\bthe\s+week\s+of\s+(?:(?:" + _MONTH + r")\s+(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b|"
                           r"(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])\b|"
                           # "the week of the 26th": that day of this month, or of the next once it has passed
                           r"the\s+(?P<dom>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b)", re.I)),
    # "the week we come back from winter break", "the first week back after the holidays": the Friday of January's
    # first school week
    ("after_break", re.compile(r"\b(?:the\s+)?(?:first\s+)?week\s+(?:(?:that\s+)?we(?:['’]re|\s+are|\s+(?:come|get))\s+back|back)\s+"
                               r"(?:from|after)\s+(?:the\s+)?(?:winter|christmas|holiday|december)\s+(?:break|holidays?|vacation)\b",
                               re.I)),
    # "before winter break", "by Thanksgiving break": the last school day before a break every US calendar has
    ("school_break", re.compile(r"\b(?P<prep>before|by|prior to|until|till)\s+(?:the\s+)?(?:(?:(?P<which>thanksgiving|winter|christmas|holiday|"
                                r"december|new year'?s?)\s+)?(?:break|holidays?|vacation)|(?P<thanks>thanksgiving))\b", re.I)),
]
# patterns tried first: their span contains a date another pattern would otherwise claim alone
_FIRST = ("week_of", "from_day", "after_break")


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    day: date
    deadline: bool  # governed by "by", "before", "no later than", …
    kind: str


def _nearest_year(month: int, day: int, anchor: date, prefer: str) -> date | None:
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    nearest = min(candidates, key=lambda c: abs((c - anchor).days))
    if prefer == "future":  # a promise's date is on or after the day it was made (a few days' slack for typos)
        preferred = [c for c in candidates if c >= anchor - timedelta(days=14)]
    else:
        preferred = [c for c in candidates if c <= anchor + timedelta(days=14)]
    best = min(preferred, key=lambda c: abs((c - anchor).days)) if preferred else nearest
    # "April 14" written in March is next month, whichever way the sentence leans
    return best if abs((best - anchor).days) <= 180 else nearest


def _weekday(target: int, anchor: date, modifier: str, prefer: str) -> date:
    monday = anchor - timedelta(days=anchor.weekday())
    if modifier == "next":
        return monday + timedelta(days=7 + target)
    if modifier == "last":
        return monday - timedelta(days=7 - target)
    if modifier in ("this", "coming", "this coming") or prefer == "future":
        return anchor + timedelta(days=(target - anchor.weekday()) % 7)
    return anchor - timedelta(days=(anchor.weekday() - target) % 7)


def _friday_of(day: date) -> date:
    return day + timedelta(days=(4 - day.weekday()) % 7) if day.weekday() <= 4 else day - timedelta(days=day.weekday() - 4)


def add_business_days(start: date, count: int, holidays: frozenset[date] = frozenset()) -> date:
    """`count` school/business days after `start` (weekends and the given holidays skipped)."""
    day = start
    remaining = count
    while remaining > 0:
        day += timedelta(days=1)
        if day.weekday() < 5 and day not in holidays:
            remaining -= 1
    return day


def business_days_between(start: date, end: date, holidays: frozenset[date] = frozenset()) -> int:
    """School days after `start` up to and including `end` (0 when end <= start)."""
    count = 0
    day = start
    while day < end:
        day += timedelta(days=1)
        if day.weekday() < 5 and day not in holidays:
            count += 1
    return count


_HOLIDAYS = {"halloween": (10, 31), "veterans": (11, 11), "valentine": (2, 14), "stpatrick": (3, 17),
             "newyearseve": (12, 31), "newyearsday": (1, 1), "christmaseve": (12, 24)}


def _resolve(kind: str, match: re.Match, anchor: date, prefer: str) -> date | None:
    groups = {k: (v.lower() if isinstance(v, str) else v) for k, v in match.groupdict().items()}
    if kind == "numeric":
        month, day = int(groups["m"]), int(groups["d"])
        if groups["y"]:
            year = int(groups["y"]) + (2000 if len(groups["y"]) == 2 else 0)
            try:
                return date(year, month, day)
            except ValueError:
                return None
        return _nearest_year(month, day, anchor, prefer)
    if kind == "holiday":
        name = re.sub(r"[^a-z]", "", groups["holiday"])
        month, day = next(v for k, v in _HOLIDAYS.items() if name.startswith(k))
        return _nearest_year(month, day, anchor, prefer)
    if kind in ("month_day", "day_month"):
        month, day = MONTHS[groups["month"].rstrip(".")], int(groups["day"])
        if groups.get("year"):
            try:
                return date(int(groups["year"]), month, day)
            except ValueError:
                return None
        return _nearest_year(month, day, anchor, prefer)
    if kind == "weekday_the_nth":
        target, dom = WEEKDAYS[groups["weekday"].rstrip(".").lower()], int(groups["day"])
        for offset in range(0, 70):  # the next day-of-month that falls on that weekday
            candidate = anchor + timedelta(days=offset if prefer == "future" else -offset)
            if candidate.day == dom and candidate.weekday() == target:
                return candidate
        return _nearest_year(anchor.month, dom, anchor, prefer) if dom <= 28 else None
    if kind == "relative_day":
        word = groups["word"] or "today"  # "by end of day": today
        if word in ("tomorrow", "tmrw", "tmr", "tomorow", "tommorow", "tommorrow", "2morrow", "2moro"):
            return anchor + timedelta(days=1)
        if word == "the day after tomorrow":
            return anchor + timedelta(days=2)
        if word == "yesterday":
            return anchor - timedelta(days=1)
        return anchor
    if kind == "weekday":
        modifier = (groups.get("mod") or "").strip()
        return _weekday(WEEKDAYS[groups["weekday"].rstrip(".")], anchor, modifier, prefer)
    if kind == "week":
        which, part = groups["which"] or "this", re.sub(r"^the\s+", "", groups.get("part") or "")  # "end of week": this one
        if which == "last":
            return None  # "last week" names no day
        if groups.get("after"):  # "the week after next": that week's Friday
            friday = _friday_of(anchor + timedelta(days=14))
        elif which in ("next", "the following"):
            friday = _friday_of(anchor + timedelta(days=7))
        elif anchor.weekday() <= 4:
            friday = _friday_of(anchor)
        else:  # written on a weekend, "this week" is the school week coming for a promise, the one past for a report
            friday = anchor + timedelta(days=(4 - anchor.weekday()) % 7) if prefer == "future" else anchor
        if part in ("early", "earlier"):  # "early next week": its Tuesday
            return max(friday - timedelta(days=3), anchor)
        if part.startswith(("beginning", "start")):  # "the beginning of next week": its Monday
            return max(friday - timedelta(days=4), anchor)
        if part in ("mid", "middle of"):
            return max(friday - timedelta(days=2), anchor)
        return friday
    if kind == "weekend":  # its Sunday
        sunday = anchor + timedelta(days=(6 - anchor.weekday()) % 7)
        # "next weekend" is the one after the coming (or present) weekend
        return sunday + timedelta(days=7) if groups["which"] == "next" else sunday
    if kind == "nth_week":  # the Friday of the month's first (second, …) school week
        month = MONTHS[groups["month"].rstrip(".")]
        year = anchor.year + (1 if month < anchor.month - 1 else 0)
        first = date(year, month, 1)
        # the first week with most of its school days in the month: May 1 on a Friday starts it on May 4
        first_weekday = first + timedelta(days=7 - first.weekday()) if first.weekday() >= 3 else first
        if groups["nth"] == "last":
            last = date(year, month, calendar.monthrange(year, month)[1])
            return last - timedelta(days=(last.weekday() - 4) % 7)
        weeks = {"first": 0, "second": 1, "third": 2, "fourth": 3}[groups["nth"]]
        return _friday_of(first_weekday) + timedelta(days=7 * weeks)
    if kind == "day_of_month":
        dom = int(groups["day"])
        step = 1 if prefer == "future" else -1
        month = anchor.replace(day=1)
        for _ in range(3):  # this month, else the nearest one (in the preferred direction) that has that day
            try:
                candidate = month.replace(day=dom)
            except ValueError:
                candidate = None
            if candidate and (candidate >= anchor if prefer == "future" else candidate <= anchor):
                return candidate
            month = (month + timedelta(days=32)).replace(day=1) if step > 0 else (month - timedelta(days=1)).replace(day=1)
        return None
    if kind == "first_of":
        if groups.get("month"):
            return _nearest_year(MONTHS[groups["month"].rstrip(".")], 1, anchor, prefer)
        following = (anchor.replace(day=1) + timedelta(days=32)).replace(day=1)
        return following if groups.get("next") or anchor.day > 1 or prefer == "future" else anchor
    if kind == "from_day":
        if groups["unit"].startswith("next"):
            return anchor + timedelta(days=7)
        number = int(groups["count"]) if groups["count"].isdigit() else NUMBER_WORDS.get(groups["count"], 1)
        start = _weekday(WEEKDAYS[groups["weekday"].rstrip(".")], anchor, "", "future") if groups.get("weekday") else anchor
        return start + timedelta(days=number * (7 if groups["unit"].startswith("week") else 1))
    if kind == "month_end":
        month_anchor = anchor
        if groups["which"] == "next":
            month_anchor = (anchor.replace(day=1) + timedelta(days=32)).replace(day=1)
        return month_anchor.replace(day=calendar.monthrange(month_anchor.year, month_anchor.month)[1])
    if kind == "in_month":
        month = MONTHS[groups["month"].rstrip(".")]
        year = anchor.year + (1 if month < anchor.month - 1 else 0)
        last = calendar.monthrange(year, month)[1]
        prep = groups["prep"].strip("- ")
        if prep == "by" or prep.endswith(("beginning of", "start of")):
            return date(year, month, 1)
        if prep == "early":
            return date(year, month, 10)
        if prep == "mid":
            return date(year, month, 15)
        return date(year, month, last)
    if kind == "span":
        count = re.sub(r"^(?:a\s+)?(couple|few)(?:\s+of)?$", r"a \1", groups["count"] or "a")
        count = "a couple of" if count == "a couple" else count
        number = int(count) if count.isdigit() else NUMBER_WORDS.get(count, 1)
        if groups["unit"].lower().startswith(("week", "wk")):
            if groups["prep"] == "over":  # "over the next two weeks": this week and the next, to its Friday
                return _friday_of(anchor + timedelta(days=7 * (number - 1)))
            return anchor + timedelta(days=7 * number)
        if groups.get("school"):
            return add_business_days(anchor, number, _no_school_days(anchor))
        return anchor + timedelta(days=number)
    if kind == "hours":
        return anchor + timedelta(days=-(-int(groups["count"]) // 24))
    if kind == "midweek":
        wednesday = anchor + timedelta(days=2 - anchor.weekday())
        return wednesday if wednesday >= anchor else wednesday + timedelta(days=7)
    if kind == "after_break":
        new_year = date(anchor.year + (1 if anchor.month >= 9 else 0), 1, 1)
        monday = new_year + timedelta(days=7 - new_year.weekday())  # the first Monday after New Year's Day
        return monday + timedelta(days=4)
    if kind == "week_of":
        if groups.get("dom"):
            day = _resolve("day_of_month", re.match(r"the (?P<day>\d+)", f"the {groups['dom']}"), anchor, prefer)
            return _friday_of(day) if day else None
        if groups.get("month"):
            day = _nearest_year(MONTHS[groups["month"].rstrip(".")], int(groups["day"]), anchor, prefer)
        else:
            day = _nearest_year(int(groups["m"]), int(groups["d"]), anchor, prefer)
        return _friday_of(day) if day else None
    if kind == "school_break":
        return _last_day_before_break(groups.get("which") or groups.get("thanks") or "", anchor)
    return None


def _thanksgiving(year: int) -> date:
    first = date(year, 11, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7 + 21)  # the fourth Thursday


def _winter_break_eve(year: int) -> date:
    """The Friday before the week of Christmas (the last school day before winter break)."""
    christmas = date(year, 12, 25)
    monday = christmas - timedelta(days=christmas.weekday())
    return monday - timedelta(days=3) if christmas.weekday() < 5 else christmas - timedelta(days=christmas.weekday() - 4)


def _no_school_days(anchor: date) -> frozenset[date]:
    """Days every US school calendar closes in the coming months: Thanksgiving Thursday and Friday, and winter break
    (from the week of Christmas through New Year's Day). Spring break and teacher days vary, so they are not guessed."""
    days: set[date] = set()
    for year in (anchor.year, anchor.year + 1):
        thanksgiving = _thanksgiving(year)
        days |= {thanksgiving, thanksgiving + timedelta(days=1)}
        day = _winter_break_eve(year) + timedelta(days=3)
        while day <= date(year + 1, 1, 1):
            days.add(day)
            day += timedelta(days=1)
    return frozenset(days)


def _last_day_before_break(which: str, anchor: date) -> date | None:
    """The last school day before Thanksgiving break (its Tuesday) or winter break (the Friday before Christmas
    week). A bare "break" is the next of the two when one is close; spring and fall breaks vary, so None."""
    year = anchor.year
    thanksgiving_eve = _thanksgiving(year) - timedelta(days=2)
    if which == "thanksgiving":
        return thanksgiving_eve if thanksgiving_eve >= anchor else None
    if which in ("winter", "christmas", "holiday", "december", "new year", "new years", "new year's"):
        day = _winter_break_eve(year)
        return day if day >= anchor else None
    if which == "":
        for day in (thanksgiving_eve, _winter_break_eve(year)):
            if 0 <= (day - anchor).days <= 21:
                return day
    return None


def find_dates(text: str, anchor: date, prefer: str = "future") -> list[DateMention]:
    """Date mentions in `text`, left to right, without overlaps (the more specific one wins)."""
    return list(_dates_in(text, anchor, prefer))


_ORDERED_PATTERNS = sorted(PATTERNS, key=lambda item: item[0] not in _FIRST)


@lru_cache(maxsize=4096)  # promise and missed-service rules ask about the same sentences many times over
def _dates_in(text: str, anchor: date, prefer: str) -> tuple[DateMention, ...]:
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _ORDERED_PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            if kind == "weekday" and re.match(r"\s*+(?:(?:night|morning|afternoon|evening)\s*+)?(?:[,(]\s*+)?\(?\d{1,2}/\d", text[end:end + 20], re.I):
                continue  # "Tuesday (3/3)", "Tuesday 2/10": the numeric date says it
            if kind == "day_of_month" and (not _DAY_OF_MONTH_BEFORE.search(text[max(0, start - 20):start])
                                           or _ORDINAL_NOUN.match(text, end)):
                continue  # "the 2nd grade", "the 3rd time": only "by/before/on the 15th" is a date
            if kind == "week" and (match.group("which") or "").lower() == "the" \
                    and not (match.group("part") or match.group("after")) \
                    and not re.search(r"(?:end\s+of|within)\s+$", text[max(0, start - 8):start], re.I):
                continue  # "the week" alone names nothing; "end of the week", "within the week" do
            day = _resolve(kind, match, anchor, prefer)
            if day is None:
                continue
            before = text[max(0, start - 40):start]
            if kind == "numeric" and (abs((day - anchor).days) > 200 or _SCORE.search(before)):
                continue  # "got 9/10 on Friday's test" is a score, not September 10
            deadline = kind == "school_break" or bool(_DEADLINE.search(before) and not _BY_A_PLACE.search(before + match.group(0)[:3]))
            found.append(DateMention(start, end, match.group(0), day, deadline, kind))
            taken.append((start, end))
    found.extend(_same_month_lists(text, found, anchor, prefer))
    found.sort(key=lambda mention: mention.start)
    # "before winter break (Dec 18)": the date the writer gives beats the calendar's guess
    found = [m for m in found if m.kind != "school_break" or not any(
        other.start > m.end and re.fullmatch(r"\s*\((?:by\s+|on\s+|the\s+)?", text[m.end:other.start], re.I) for other in found)]
    return tuple(_merge_weekday_with_date(_shared_modifier(found, text, anchor, prefer), text))


_WEEKDAY_MOD = re.compile(r"(?i)(?P<mod>next|this|coming|this coming)\s")
_RANGE_JOIN = re.compile(r"(?i)\s*(?:and|to|through|thru|until|till|[-–—])\s*")
_LIST_JOIN = re.compile(r"(?i)\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*|/\s*)")


def _shared_modifier(found: list[DateMention], text: str, anchor: date, prefer: str) -> list[DateMention]:
    """"next Tuesday and Thursday": the later weekday of the list shares the "next" of the first."""
    out: list[DateMention] = []
    carried = None  # the modifier a list of weekdays shares
    for mention in found:
        previous = out[-1] if out else None
        own = _WEEKDAY_MOD.match(mention.text) if mention.kind == "weekday" else None
        if previous is not None and previous.kind == mention.kind == "weekday" and own is None and carried \
                and _LIST_JOIN.fullmatch(text[previous.end:mention.start]):
            weekday = WEEKDAYS.get(mention.text.lower().rstrip(".").removeprefix("on ").strip())
            if weekday is not None:
                day = _weekday(weekday, anchor, carried, prefer)
                mention = DateMention(mention.start, mention.end, mention.text, day, previous.deadline, mention.kind)
        else:
            carried = own.group("mod").lower() if own else None
        if prefer == "future" and previous is not None and previous.kind == mention.kind == "weekday" and mention.day < previous.day \
                and _RANGE_JOIN.fullmatch(text[previous.end:mention.start]):
            # "between Monday and Wednesday", "Monday through Wednesday": the range runs forward
            mention = DateMention(mention.start, mention.end, mention.text, mention.day + timedelta(days=7), mention.deadline,
                                  mention.kind)
        out.append(mention)
    return out


_MORE_DAYS = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*&\s*)(?:the\s+)?(?P<day>3[01]|[12]\d|0?[1-9])(?P<nth>st|nd|rd|th)?\b(?!\s*(?:minutes?|mins?|hours?|am|pm|a\.m|p\.m|%|:|/|-))", re.I)


def _same_month_lists(text: str, found: list[DateMention], anchor: date, prefer: str) -> list[DateMention]:
    """"January 9, 22 and 23": the later days share the first one's month."""
    extra = []
    for mention in found:
        if mention.kind not in ("month_day", "day_of_month") or re.search(r"\d{4}\s*$", mention.text):
            continue
        position = mention.end
        while True:
            more = _MORE_DAYS.match(text, position)
            if not more or (mention.kind == "day_of_month" and not more.group("nth")):
                break  # "the 5th, 7th and 12th": a bare number after "the 5th" is not a day
            try:
                day = _nearest_year(mention.day.month, int(more.group("day")), anchor, prefer)
            except ValueError:
                day = None
            if day is None:
                break
            extra.append(DateMention(more.start("day"), more.end(), more.group("day"), day, mention.deadline, mention.kind))
            position = more.end()
    return extra


def _merge_weekday_with_date(found: list[DateMention], text: str) -> list[DateMention]:
    """"Friday, February 6": one mention, the explicit date, with the weekday's deadline word."""
    merged: list[DateMention] = []
    for mention in found:
        previous = merged[-1] if merged else None
        if (previous is not None and previous.kind == "weekday" and mention.kind in ("month_day", "day_month", "numeric")
                and re.fullmatch(r"[\s,(]*", text[previous.end:mention.start])):
            merged[-1] = DateMention(previous.start, mention.end, text[previous.start:mention.end], mention.day,
                                     previous.deadline or mention.deadline, mention.kind)
            continue
        merged.append(mention)
    return merged
