"""Missed services: statements that a service did not happen as the IEP requires.

"speech was cancelled today", "the para was pulled to cover another class", "the bus never
came this morning", "I wasn't able to see Mateo last Thursday (2/19) or today (2/24)".
One row per service and day, with minutes where the text gives them ("30-minute", "(90 min)",
"an hour and a half", "from 11:45 to 1:15"). A statement needs a day: "his sessions keep
getting cancelled" names none and makes no row. Each sentence is cut into stretches that each
talk about one service, so "the bus never showed up on 1/27 … and his para was pulled on
Wednesday" gives a transportation row and a para row.
"""
from __future__ import annotations

import re
from datetime import date

from ieptrail.classify.model import MessageText, MissedServiceFound, TopicMention
from ieptrail.classify.sentences import Sentence, inside, quoted_spans
from ieptrail.classify.when import find_dates

_NOT_DELIVERED = re.compile(
    r"\b(cancel(?:l?ed|ling|ing|s)?|missed(?!\s+(?:sessions|minutes|services|time)\b)|miss(?:es|ing)?\s+(?:his|her|their)|"
    r"did(?:\s+not|n['’]?t)\s+(?:come|show|receive|happen|see|run|pick)|"
    r"did(?:\s+not|n['’]?t)\s+have\s+(?:(?:his|her|their|a|the|any)\s+)?(?:\w+\s+)?(?:speech|OT|PT|para|aide|session|services?|therapy|support|bus|ride)\b|"
    r"did(?:\s+not|n['’]?t)\s+get\s+(?:his|her|their|any)\s+(?:\w+\s+)?(?:sessions?|services?|minutes|speech|OT|PT|therapy|support)|never\s+(?:came|showed|arrived|happened|got|picked|received)|no-?show(?:ed)?|not\s+(?:come|show(?:n|ed)? up|happen)|"
    r"(?:was|were)(?:\s+not|n['’]?t)\s+(?:able to (?:see|meet|work)|provided|delivered|there|with)|wasn['’]?t with|"
    r"(?:was|were|got|been|being|getting|get|gets)\s+(?:\w+\s+)?pulled\b|pulled\s+(?:me|him|her|them|us)\b|pulled\s+(?:away|out|from|to cover)\b|"
    r"(?:re)?assigned to (?:other duties|lunch|hallway|recess|bus|cafeteria|cover|another|hall)|to cover\b|"
    r"had me cover|without me\b|(?:lunch|recess|hallway|cafeteria|bus) (?:duty|supervision|coverage)|won['’]?t be in|woke up sick|"
    r"without\s+(?:his|her|their|that|the|any)\s+(?:\w+\s+)?(?:support|para|aide|services?|session|minutes)|"
    r"out sick|couldn['’]?t (?:see|make it|meet)|could not (?:see|meet|make it)|had to cancel|skipped|"
    r"not (?:provided|delivered|given|held|served)|(?:wasn['’]?t|was not|weren['’]?t|were not) able to (?:fit|get to|see|do|hold)|"
    r"still owes?|did(?:\s+not|n['’]?t) (?:meet|happen|take place)|was(?:\s+not|n['’]?t) (?:held|there)|"
    r"no\s+(?:speech|OT|PT|para|aide|bus|services?|sessions?)\b)",
    re.I,
)
_MADE_UP_OR_PLANNED = re.compile(r"\b(made up|make-?up session was|might miss|may miss)\b", re.I)
# reports of one concrete event, whose day may be given a sentence earlier ("…today. … was not with Layla")
_EVENT_CUE = re.compile(r"was(?:\s+not|n['’]?t) with|never (?:came|showed)|did(?:\s+not|n['’]?t) (?:come|show)|not provided|"
                        r"assigned to|pulled (?:me|him|her|to cover)|was pulled|were pulled|to cover", re.I)
_GENERIC_DATES = re.compile(r"\b(dates?|list|how often|how many|times|each time|every time|whenever|this year|so far)\b", re.I)
_SPECIFIC_DAY = {"numeric", "month_day", "day_month", "weekday_the_nth", "relative_day", "weekday"}
_CHILD_ABSENT = r"\b(?:{names})\s+(?:was|were)\s+(?:absent|sick|home sick|out sick|at (?:a|an|the) (?:appointment|doctor))\b"
_MINUTES = re.compile(r"\b(?P<n>\d{1,3})\s*+(?:-\s*+)?(?:minutes?|mins?)\b", re.I)
_HOURS = re.compile(r"\b(?P<n>an?|one|two|three|\d(?:\.\d)?)\s+(?:and a half\s+)?hours?(?:\s+and a half)?\b", re.I)
_RANGE = re.compile(r"\bfrom\s+(?P<h1>\d{1,2})(?::(?P<m1>\d{2}))?\s*+(?:(?P<a1>[ap]\.?m\.?)\s*+)?(?<=\s)(?:to|until|-|–)\s+(?P<h2>\d{1,2})(?::(?P<m2>\d{2}))?\s*(?P<a2>[ap]\.?m\.?)?", re.I)
_PAST_TENSE = re.compile(r"\b(was|were|did|had|didn['’]?t|wasn['’]?t|weren['’]?t|never|got|missed|cancel+ed|pulled|"
                         r"came|went|couldn['’]?t|could not|woke|won['’]?t be in)\b", re.I)
_NOT_TIMED = {"transportation"}  # a bus that never came is not minutes of service; waiting times are not
_WORD_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3}


def _minutes(text: str) -> int | None:
    match = _MINUTES.search(text)
    if match:
        return int(match.group("n"))
    match = _HOURS.search(text)
    if match:
        count = match.group("n").lower()
        hours = float(_WORD_NUMBERS.get(count, 0) or count)
        if "half" in match.group(0).lower():
            hours += 0.5
        return int(hours * 60)
    if re.search(r"\bhalf an? hour\b", text, re.I):
        return 30
    match = _RANGE.search(text)
    if match:
        start = int(match.group("h1")) * 60 + int(match.group("m1") or 0)
        end = int(match.group("h2")) * 60 + int(match.group("m2") or 0)
        if end <= start:
            end += 12 * 60  # 11:45 to 1:15 crosses noon
        if 0 < end - start <= 8 * 60:
            return end - start
    return None


def _minutes_after_each(piece: str, mentions) -> dict:
    """"January 6 (about 90 minutes), February 4 (lunch)": minutes written right after a date."""
    found = {}
    for mention in mentions:
        after = re.match(r"\s*\(([^)]{0,40})\)", piece[mention.end:])
        if after:
            value = _minutes(after.group(1))
            if value:
                found[mention.day] = value
    return found


def _days_in(text: str, sent_day: date) -> list:
    return [m for m in find_dates(text, sent_day, prefer="past")
            if m.day <= sent_day and not m.deadline and m.kind in _SPECIFIC_DAY]


def _dates_nearby(sentences: list[Sentence], index: int, sent_day: date, concrete_event: bool) -> list:
    """Days given next to a statement that has none: a list of dates in the following sentence
    ("… the missed aide time. … the dates I have (1/6, 2/4 and 3/3)"), or, for one concrete
    event, the day the story started ("…in the cafeteria today. … was not with Layla")."""
    sentence = sentences[index]
    following = sentences[index + 1] if index + 1 < len(sentences) else None
    if following is not None and following.paragraph == sentence.paragraph and not _NOT_DELIVERED.search(following.text):
        days = _days_in(following.text, sent_day)
        if len({m.day for m in days}) >= 2:  # a list of dates, not a date of something else
            return days
    if not concrete_event or _GENERIC_DATES.search(sentence.text):
        return []
    for previous in reversed(sentences[:index]):
        if previous.paragraph < sentence.paragraph - 1:
            break
        days = [m for m in _days_in(previous.text, sent_day) if m.kind == "relative_day"]
        if days:
            return days[-1:]
    return []


def _named_service(text: str, named_roles: dict[str, set[str]]) -> str | None:
    """"Mr. Sorensen was out": a person named in the sentence whose only service is known."""
    for key, topics in named_roles.items():
        if len(topics) == 1 and re.search(rf"\b{re.escape(key.title())}\b", text):
            return next(iter(topics))
    return None


def _stretches(sentence: Sentence, services: list[TopicMention]) -> list[tuple[str, int, int]]:
    """(service, start, end) stretches of the sentence, cut where another service is named."""
    in_sentence = sorted((m for m in services if sentence.start <= m.start < sentence.end), key=lambda m: m.start)
    stretches: list[tuple[str, int, int]] = []
    for mention in in_sentence:
        if stretches and stretches[-1][0] == mention.topic:
            continue
        if stretches:
            topic, start, _ = stretches[-1]
            stretches[-1] = (topic, start, mention.start)
        stretches.append((mention.topic, mention.start if stretches else sentence.start, sentence.end))
    return stretches


def find_missed_services(
    sentences: list[Sentence], message: MessageText, topics: list[TopicMention], service_topics: set[str],
    role_services: tuple[str, ...], student_names: set[str] = frozenset(),
    named_roles: dict[str, set[str]] | None = None,
) -> list[MissedServiceFound]:
    """The child being absent is not a service the school failed to deliver."""
    if message.auto_reply or message.bulk or message.sent is None:
        return []
    text = message.new_text
    sent_day = message.sent.date()
    quotes = quoted_spans(text)
    services = [t for t in topics if t.topic in service_topics and t.start >= 0]
    message_services = list(dict.fromkeys(t.topic for t in services))
    fallback = message_services[0] if len(message_services) == 1 else (role_services[0] if len(role_services) == 1 else None)
    child_absent = re.compile(_CHILD_ABSENT.format(names="|".join(["he", "she", *map(re.escape, student_names)])), re.I)
    rows: dict[tuple[str, date], MissedServiceFound] = {}
    for index, sentence in enumerate(sentences):
        if _MADE_UP_OR_PLANNED.search(sentence.text) or child_absent.search(sentence.text):
            continue
        stretches = _stretches(sentence, services)
        if not stretches:
            named = _named_service(sentence.text, named_roles or {}) or fallback
            if named:
                stretches = [(named, sentence.start, sentence.end)]
        for topic, start, end in stretches:
            piece = text[start:end]
            cue = next((m for m in _NOT_DELIVERED.finditer(piece) if not inside(quotes, start + m.start(), start + m.end())), None)
            if cue is None:
                continue
            # "by 3/6" is a deadline someone was given, not the day a service was missed
            direction = "past" if _PAST_TENSE.search(piece) else "future"  # "no OT this week, I'm out Wed through Fri"
            mentions = [m for m in find_dates(piece, sent_day, prefer=direction) if m.day <= sent_day
                        and m.kind in _SPECIFIC_DAY and not m.deadline and not inside(quotes, start + m.start, start + m.end)]
            if not mentions and not sentence.text.rstrip().endswith("?"):
                mentions = _dates_nearby(sentences, index, sent_day, bool(_EVENT_CUE.search(piece)))
            if not mentions:
                continue
            days = sorted({m.day for m in mentions})
            minutes = None if topic in _NOT_TIMED else _minutes(piece)
            if minutes is None and len(stretches) == 1 and topic not in _NOT_TIMED:
                # "two 30-minute sessions" is often said elsewhere in the paragraph
                others = [s.text for s in sentences if s.paragraph == sentence.paragraph and s is not sentence]
                minutes = _minutes(" ".join(others))
            own_minutes = {} if topic in _NOT_TIMED else _minutes_after_each(piece, mentions)
            for day in days:
                rows.setdefault((topic, day), MissedServiceFound(
                    topic=topic, day=day, minutes=own_minutes.get(day, minutes), sentence=sentence.text,
                    start=sentence.start, end=sentence.end, rule=f"not-delivered:{cue.group(0).lower()}",
                ))
    return list(rows.values())
