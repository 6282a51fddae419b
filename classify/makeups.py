"""Sessions made up, and make-ups that were cancelled: what turns a missed session into one no longer owed.

"Mateo and I made up his OT session this morning", "the make-up speech session was held 2/13",
"we did her makeup today", "the January session was made up", "I made up the 2/10 session on
Thursday"; and the other way: "I had to cancel his make-up session", "the make-up on Friday
didn't happen". One row per sentence: the service, whether the make-up happened or was
cancelled, the day of the make-up where the text gives it, and the missed session it replaces
where the text names it (a day, "Tuesday's session", "the January session", "last week's session").

Not a make-up report: a plan or a promise ("I'll make it up Friday", "a make-up plan", "it will be
made up"), a question, a hypothetical, a negation ("it was never made up": that is a session still
owed, which classify/missed.py reads), quoted speech, and other senses of the words ("made up his
mind", "a made-up story", "make-up work" for a missed assignment).
"""
from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Mapping
from datetime import date, timedelta

from ieptrail.classify import literals
from ieptrail.classify.missed_when import days_in, direction
from ieptrail.classify.model import MakeupFound, MessageText, TopicMention
from ieptrail.classify.sentences import Sentence, inside, quoted_spans
from ieptrail.classify.when import MONTHS, find_dates

MAKE_UP = r"make[- ]?ups?"
# what a session may be called right after "make-up"
SESSION_WORDS = r"(?:sessions?|time|minutes|lessons?|group|appointment|visit|service|therapy)"
# words naming a session (or standing for one) before "was made up"
SESSION_SUBJECT = (r"(?:sessions?|time|minutes|lessons?|group|it|that|this|those|these|they|both|each|one|all|"
                   r"speech|OT|PT|therapy|counseling|services?)")

# a session named as such (no pronoun: "made up his mind about that")
SESSION_NOUN = r"(?:sessions?|time|minutes|lessons?|group|speech|OT|PT|therapy|counseling|services?)"

HELD = {
    # "the January session was made up", "it has been made up", "both were made up on 2/3"
    "was-made-up": re.compile(r"\b" + SESSION_SUBJECT + r"\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been|got|"
                               r"is|are)\s+)(?:(?:all|both|already|now|fully|finally|since)\s+)?made\s+up\b", re.I),
    # "made up his OT session", "made up the missed speech session", "made up both", "made it up"
    "made-up": re.compile(r"\bmade\s+(?:(?:it|them|that|this|both|all)\s+up\b|up\s+(?:both|all\s+of\s+them)\b|"
                           r"up\s+(?:for\s+)?(?:(?:his|her|their|the|a|an|one|both|two|three|that|this|those|these|all|"
                           r"each|[\w/]+['’]s)\s+)?(?:[\w/-]+\s+){0,3}?" + SESSION_NOUN + r"\b)", re.I),
    # "we did his make-up session this morning", "had a make-up today", "she got her makeup minutes"
    "did-make-up": re.compile(r"\b(?:did|had|held|got|received|completed|finished|ran|gave\s+(?:him|her|them))\s+"
                               r"(?:(?:his|her|their|the|a|an|our|my|that|this|both)\s+)?(?:[\w-]+\s+)?"
                               + MAKE_UP + r"\b(?:\s+" + SESSION_WORDS + r")?", re.I),
    # "the make-up OT session was held 2/13", "the makeup session went well", "his make-up is done"
    "make-up-held": re.compile(r"\b" + MAKE_UP + r"\s+(?:[\w-]+\s+)?(?:" + SESSION_WORDS + r"\s+)?"
                                r"(?:was|were|went|is|has\s+been|took)\s+(?:\w+\s+)?(?:held|done|completed|"
                                r"delivered|provided|great|well|fine|place|finished)\b", re.I),
    # "compensatory sessions were provided", "provided his compensatory minutes"
    "compensatory-held": re.compile(r"\bcompensatory\s+(?:[\w-]+\s+)?" + SESSION_WORDS + r"\s+(?:was|were|has\s+been|"
                                     r"have\s+been)\s+(?:held|provided|delivered|completed|done)\b|"
                                     r"\b(?:provided|delivered|completed|held)\s+(?:(?:his|her|their|the|a|an)\s+)?"
                                     r"(?:\w+\s+)?compensatory\s+(?:[\w-]+\s+)?" + SESSION_WORDS + r"\b", re.I),
}
CANCELLED = {
    # "I had to cancel his make-up session", "we cancelled the speech make-up"
    "cancel-make-up": re.compile(r"\b(?:cancel(?:l?ed|l?ing|s)?|called\s+off|call\s+off|skipped|skip)\s+"
                                  r"(?:(?:his|her|their|the|our|my|that|this|today['’]s|tomorrow['’]s|\w+day['’]s)\s+)?"
                                  r"(?:[\w-]+\s+)?" + MAKE_UP + r"\b", re.I),
    # "the make-up session on Friday was cancelled", "his makeup got called off"
    "make-up-cancelled": re.compile(r"\b" + MAKE_UP + r"\s+(?:[\w-]+\s+)?(?:" + SESSION_WORDS + r"\s+)?"
                                     r"(?:(?:on|for|from|scheduled\s+for|set\s+for|planned\s+for)\s+[\w/,.]+"
                                     r"(?:\s+[\w/,.]+){0,2}\s+)?"
                                     r"(?:was|were|is|got|has\s+been|had\s+to\s+be)\s+(?:\w+\s+)?"
                                     r"(?:cancel+ed|called\s+off|scrapped|dropped)\b", re.I),
    # "the make-up didn't happen", "her make-up session never took place"
    "make-up-not-held": re.compile(r"\b" + MAKE_UP + r"\s+(?:[\w-]+\s+)?(?:" + SESSION_WORDS + r"\s+)?"
                                    r"(?:(?:on|for|from|scheduled\s+for|set\s+for|planned\s+for)\s+[\w/,.]+"
                                    r"(?:\s+[\w/,.]+)?\s+)?"
                                    r"(?:did\s*n['’]?o?t|did\s+not|never|was\s*n['’]?t|was\s+not)\s+"
                                    r"(?:happen|take\s+place|get\s+done|occur|held|done)\b", re.I),
    # "we weren't able to do his make-up", "I couldn't get to her make-up session"
    "could-not-make-up": re.compile(r"\b(?:was\s*n['’]?t|was\s+not|were\s*n['’]?t|were\s+not|could\s*n['’]?t|"
                                     r"could\s+not|did\s*n['’]?t|did\s+not)\s+(?:able\s+to\s+|get\s+to\s+)?(?:do|hold|have|get\s+to|fit\s+in|run)\s+"
                                     r"(?:(?:his|her|their|the|our|that|this)\s+)?(?:[\w-]+\s+)?" + MAKE_UP + r"\b",
                                     re.I),
}
# a promise, a plan or a wish, not a report of what happened: "will be made up", "to make up"
NOT_YET = re.compile(r"\b(?:will|would|should|could|can|must|may|might|shall|to|need|needs|going|gonna|plan|plans|"
                     r"hope|hopes|want|wants|supposed|scheduled|be)\b[^.;:!?]{0,12}$|['’]ll\s+(?:\w+\s+)?$", re.I)
NEGATED = re.compile(r"(?:\bnot|\bnever|n['’]t|\bneither|\bnor|\bno)\b(?:\W+\w+){0,3}\W*$", re.I)
HYPOTHETICAL = re.compile(r"\b(?:if|whether|unless|in\s+case|until|whenever)\b[^.;:]{0,60}$", re.I)
# other senses of "made up" and "make-up"
OTHER_SENSE = re.compile(r"\bmade\s+up\s+(?:(?:his|her|their|my|our|your)\s+minds?|(?:a|the)\s+(?:story|excuse|"
                         r"reason|word|rule|game|song)|for\s+(?:lost|it\b))|\bmake[- ]?up\s+(?:work|test|quiz|exam|"
                         r"assignment|homework|plan|day)s?\b|\bmade-up\b", re.I)
MAY_HOLD = re.compile(r"made\s+(?:\w+\s+)?up|make[- ]?up|compensatory", re.I)

# which missed session the make-up replaces: "the 2/10 session", "Tuesday's session", "for the
# session missed on 2/10", "the January session", "last week's session"
_REPLACED_AFTER = re.compile(r"(?:['’]s)?\s++(?:[\w-]++\s++)?(?:missed\s++|cancel+ed\s++)?" + SESSION_WORDS + r"\b", re.I)
_REPLACED_BEFORE = re.compile(r"(?:\b(?:missed|cancel+ed|lost|from|for|of|replac\w*)\s+(?:on\s+|in\s+)?(?:the\s+)?|"
                              r"\bthe\s+)$", re.I)
_MONTH_SESSION = re.compile(r"\b(?:[Tt]he\s+(?P<a>[A-Z][a-z]+)\s+(?:[\w-]+\s+)?sessions?|(?P<b>[A-Z][a-z]+)['’]s\s+"
                            r"(?:[\w-]+\s+)?sessions?|(?:missed|cancel+ed)\s+in\s+(?P<c>[A-Z][a-z]+))\b")
_LAST_WEEK = re.compile(r"\blast\s+week['’]s\s+(?:[\w-]+\s+)?sessions?\b|\b(?:missed|cancel+ed)\s+last\s+week\b", re.I)


def may_hold_a_make_up(text: str) -> bool:
    return bool(literals.search(MAY_HOLD, text))


def _is_question(text: str) -> bool:
    return text.rstrip().rstrip("\"”')").rstrip().endswith("?")


def _clause_before(text: str, position: int) -> str:
    """The words of the clause that lead up to a match (back to the last , ; : or "but")."""
    start = max(text.rfind(mark, 0, position) for mark in (";", ":", ",", " but ", " and "))
    return text[start + 1 if start >= 0 else 0:position]


def statement_kind(text: str) -> tuple[str, re.Match] | None:
    """("made_up" | "cancelled", the match) when the sentence reports a make-up held or cancelled."""
    if _is_question(text) or not literals.search(MAY_HOLD, text):
        return None
    quotes = quoted_spans(text)
    for kind, families in (("cancelled", CANCELLED), ("made_up", HELD)):
        for pattern in families.values():
            for match in pattern.finditer(text):
                if inside(quotes, match.start(), match.end()) or OTHER_SENSE.search(text[match.start():match.end() + 12]):
                    continue
                before = _clause_before(text, match.start())
                if HYPOTHETICAL.search(before):
                    continue
                if kind == "made_up" and (NEGATED.search(before) or NOT_YET.search(before)):
                    continue
                return kind, match
    return None


_MAKE_IT_UP = re.compile(r"\bmake\s+(?:it|them|that|this|those|both|all|(?:his|her|their|the)\s+(?:[\w-]+\s+)?sessions?)"
                         r"\s+up\b", re.I)
_PROMISED_MAKE_UP = re.compile(
    r"\bmake\s+(?:(?:it|them|that|this|those|both|all|(?:his|her|their|the)\s+(?:[\w-]+\s+){0,2}?(?:sessions?|time|"
    r"minutes))\s+up|up\s+(?:for\s+)?(?:(?:his|her|their|the|both|all|that|this|those|these)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:sessions?|time|minutes|both|them|it)\b)|"
    r"\b" + MAKE_UP + r"\s+(?:[\w-]+\s+)?" + SESSION_WORDS + r"\b|\bcompensatory\s+(?:[\w-]+\s+)?" + SESSION_WORDS + r"\b",
    re.I)


def promises_a_make_up(text: str) -> bool:
    """A promise to make a missed session up ("I'll make it up on Tuesday", "we will schedule a
    make-up session"), not a plan to write a plan ("a make-up plan for any sessions missed")."""
    if OTHER_SENSE.search(text) and not _MAKE_IT_UP.search(text):
        return False
    return bool(_PROMISED_MAKE_UP.search(text))


def _month_span(name: str, sent_day: date) -> tuple[date, date] | None:
    month = MONTHS.get(name.lower())
    if month is None:
        return None
    year = sent_day.year if month <= sent_day.month else sent_day.year - 1
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def replaced_span(text: str, sent_day: date, mentions) -> tuple[date, date] | None:
    """The missed session a make-up sentence says it replaces, as a span of days (one day, a month, a week)."""
    for mention in mentions:
        if _REPLACED_AFTER.match(text[mention.end:]) or _REPLACED_BEFORE.search(text[max(0, mention.start - 24):mention.start]):
            return mention.day, mention.day
    match = _MONTH_SESSION.search(text)
    if match:
        span = _month_span(match.group("a") or match.group("b") or match.group("c"), sent_day)
        if span:
            return span
    if _LAST_WEEK.search(text):
        monday = sent_day - timedelta(days=sent_day.weekday() + 7)
        return monday, monday + timedelta(days=4)
    return None


def _days(text: str, sent_day: date, kind: str) -> list:
    if kind == "made_up":
        return days_in(text, sent_day, "past")
    # a cancelled make-up may be told before its day ("Friday's make-up is cancelled")
    return [m for m in find_dates(text, sent_day, prefer="future" if direction(text) == "future" else "past")
            if not m.deadline and m.kind in ("numeric", "month_day", "day_month", "weekday", "relative_day",
                                             "weekday_the_nth")]


def _topic(sentence: Sentence, previous: list[Sentence], mentions: list[TopicMention], kinds: Mapping[str, str],
           subject_topics: Callable[[], tuple[str, ...]], role_services: tuple[str, ...]) -> str | None:
    """The service a make-up is of: named in the sentence, else in the sentences just before it in its
    paragraph, else the subject line, else the author's own service, else the one service the message names."""
    def services_in(start: int, end: int) -> list[str]:
        return list(dict.fromkeys(m.topic for m in mentions if start <= m.start < end and kinds.get(m.topic) == "service"))

    named = services_in(sentence.start, sentence.end)
    if named:
        return named[0]
    for earlier in reversed(previous[-2:]):
        if earlier.paragraph == sentence.paragraph:
            named = services_in(earlier.start, earlier.end)
            if named:
                return named[-1]
    subject = [t for t in dict.fromkeys(subject_topics()) if kinds.get(t) == "service"]
    if len(subject) == 1:
        return subject[0]
    own = [t for t in role_services if kinds.get(t) == "service"]
    if len(own) == 1:
        return own[0]
    anywhere = list(dict.fromkeys(m.topic for m in mentions if kinds.get(m.topic) == "service"))
    return anywhere[0] if len(anywhere) == 1 else None


def find_makeups(sentences: list[Sentence], message: MessageText, topics: list[TopicMention], kinds: Mapping[str, str],
                 role_services: tuple[str, ...] = (), subject_topics: Callable[[], tuple[str, ...]] = tuple,
                 ) -> list[MakeupFound]:
    """Make-ups the message reports as held or as cancelled, one per sentence."""
    if message.auto_reply or message.bulk or message.sent is None:
        return []
    sent_day = message.sent.date()
    quotes = quoted_spans(message.new_text)
    found: list[MakeupFound] = []
    for index, sentence in enumerate(sentences):
        if not literals.search(MAY_HOLD, sentence.text) or inside(quotes, sentence.start, sentence.end):
            continue
        stated = statement_kind(sentence.text)
        if stated is None:
            continue
        kind, match = stated
        topic = _topic(sentence, sentences[:index], topics, kinds, subject_topics, role_services)
        if topic is None:
            continue
        mentions = _days(sentence.text, sent_day, kind)
        replaced = replaced_span(sentence.text, sent_day, mentions)
        own = [m for m in mentions if replaced is None or not (m.day == replaced[0] == replaced[1])]
        found.append(MakeupFound(
            topic=topic, kind=kind, day=own[0].day if own else None,
            replaces_from=replaced[0] if replaced else None, replaces_to=replaced[1] if replaced else None,
            sentence=sentence.text, start=sentence.start, end=sentence.end,
            rule=f"make-up:{kind}:{match.group(0).lower()[:60]}",
        ))
    return found
