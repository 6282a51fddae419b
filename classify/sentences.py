"""Sentences of a message as plain values, with what the rule families share:
quoted speech (someone else's words inside this message), and the people it names."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from ieptrail.classify import literals
from ieptrail.classify.model import MessageText, Person
from ieptrail.classify.nlp import doc_text

_QUOTED = re.compile(r"[\"“]([^\"“”]{12,}?)[\"”]")
# 'single-quoted words' after a verb of saying: "Your note said 'I'll make up all of these in January'"
_SINGLE_QUOTED = re.compile(r"\b(?:said|says|wrote|writes|told me|told us|promised|asked)[,:]?\s+(?P<quote>['‘](?:[^'‘’\n]|(?<=\w)['’](?=\w)){12,}?['’])(?!\w)")
_LIST_MARKER = re.compile(r"^(?:\d{1,2}|[a-hA-H]|[ivx]{1,4})[.)]$")
# free mailbox providers: a sender there writes as a person (a parent, a relative), not for a school or district
_PERSONAL_MAIL = re.compile(
    r"@(?:gmail|googlemail|yahoo|ymail|rocketmail|hotmail|outlook|live|msn|icloud|me|mac|aol|proton|protonmail|pm|gmx|"
    r"mail|email|fastmail|zoho|yandex|hey|comcast|att|sbcglobal|bellsouth|verizon|charter|cox|earthlink|optonline|"
    r"frontier|windstream|juno|netzero|tutanota|duck|optimum|centurylink|embarqmail|mindspring|roadrunner|aim|pacbell|"
    r"swbell)\.|@(?:[\w-]+\.)?rr\.com\b|"
    r"@[\w.-]*(?:advoca|parent|law|legal|attorney|counsel|esq)", re.I)  # advocates and lawyers speak for the family
TITLED_NAME = re.compile(r"\b(?P<title>Mr|Mrs|Ms|Miss|Mx|Dr|Coach|Nurse)\.?\s+(?P<name>[A-Z][\w'’-]+)")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int
    paragraph: int  # sentences of one paragraph share it (blank lines separate paragraphs)
    index: int


def sentences_of(doc: Doc) -> list[Sentence]:
    result: list[Sentence] = []
    paragraph = 0
    text = doc_text(doc)
    for sent in doc.sents:
        raw = text[sent.start_char:sent.end_char]
        if "\n\n" in text[max(0, sent.start_char - 2):sent.start_char + 1] or (
            result and "\n\n" in text[result[-1].end:sent.start_char]
        ):
            paragraph += 1
        stripped = raw.strip()
        if not stripped or not re.search(r"\w", stripped):
            continue
        start = sent.start_char + (len(raw) - len(raw.lstrip()))
        if result and _LIST_MARKER.match(result[-1].text) and result[-1].paragraph == paragraph:
            # "1." split off its item: the item is the sentence (its text starts after the marker)
            result.pop()
        result.append(Sentence(stripped, start, start + len(stripped), paragraph, len(result)))
    return result


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of quoted speech ("…" of a dozen characters or more, or '…' after "said"/"wrote")."""
    return list(_quoted_spans(text))


@lru_cache(maxsize=16)  # the promise, request, make-up and missed-service rules each ask about the same message
def _quoted_spans(text: str) -> tuple[tuple[int, int], ...]:
    spans = [(match.start(), match.end()) for match in _QUOTED.finditer(text)]
    return tuple(spans + [match.span("quote") for match in literals.finditer(_SINGLE_QUOTED, text)])


_QUOTE_LINE = re.compile(r"^[ \t]*>.*$", re.M)


def interleaved_quote_spans(text: str) -> list[tuple[int, int]]:
    """Lines marked ">" that the writer answers below, one by one: the other side's words, quoted to reply to them.
    Only when the writer's own lines follow the quoted ones (a whole forwarded message marked ">" is the record itself)."""
    lines = [(m.start(), m.end()) for m in literals.finditer(_QUOTE_LINE, text)]
    if not lines or not text[lines[-1][1]:].strip():
        return []
    return lines


def writes_for_school(message: MessageText) -> bool:
    """The author writes from an organisation's mailbox (a school, a district, a bus contractor), not a personal one
    nor an advocate's or a lawyer's:
    "the notes will be posted Friday" from there is the school's undertaking, from a parent it is hearsay."""
    author = message.author
    if not (author and author.email and "@" in author.email and not _personal_mail(author.email)):
        return False
    return not (message.from_user and _user_at_other_work(author.email, tuple(p.email for p in message.recipients if p.email)))


# a domain that names a school or district: "…isd.org", "…sd4.org", "…schools.net", "…k12.mn.us", "….edu"
_SCHOOL_DOMAIN = re.compile(r"(?:^|[.@])(?:k12|edu)(?:\.|$)|schools?\b|school|district|academy|"
                            r"(?:isd|usd|sd\d*[a-z]?|ps\d+)\.[a-z.]+$", re.I)


def _organization_of(address: str) -> str:
    """The last two labels of an address's domain ("mail.lincoln.org" -> "lincoln.org")."""
    return ".".join(address.rsplit("@", 1)[-1].lower().split(".")[-2:])


@lru_cache(maxsize=1024)
def _user_at_other_work(address: str, recipients: tuple[str, ...]) -> bool:
    """The user writing from a mailbox of an organisation that is no school (a parent's work address, an internet
    provider not listed as personal) to the school: none of the recipients shares the user's domain, one writes from
    an organisation's mailbox, and the domain names no school. Then the user writes as the family, not for the school.
    (A teacher keeping a trail writes to colleagues at her own domain, or to families at personal addresses.)"""
    if _SCHOOL_DOMAIN.search(address.rsplit("@", 1)[-1]):
        return False
    own = _organization_of(address)
    others = [r for r in recipients if "@" in r and _organization_of(r) != own]
    if len(others) < len([r for r in recipients if "@" in r]):
        return False  # a colleague at the same organisation
    return any(not _personal_mail(r) for r in others)


@lru_cache(maxsize=1024)  # asked for every clause of a message, of the same few writers
def _personal_mail(address: str) -> bool:
    return bool(_PERSONAL_MAIL.search(address))


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in spans)


def mostly_quoted(spans: list[tuple[int, int]], sentence: Sentence) -> bool:
    covered = sum(max(0, min(b, sentence.end) - max(a, sentence.start)) for a, b in spans)
    return covered > 0.5 * (sentence.end - sentence.start)


class People:
    """Names a message uses, resolved to the addresses it carries ("Ms. Pruitt" -> angela.pruitt@…)."""

    def __init__(self, message: MessageText, directory: tuple[Person, ...] = ()):
        self.author = message.author
        self.recipients = message.recipients
        self.known = tuple(p for p in (message.author, *message.recipients, *directory) if p is not None)

    def resolve(self, name: str) -> Person:
        surname = name.split()[-1].strip(".,").lower() if name.split() else ""
        for person in self.known:
            person_words = [w.lower().strip(".,") for w in person.name.split()]
            local = re.split(r"[._\-+]", person.email.split("@")[0].lower()) if person.email else []
            if surname and (surname in person_words or surname in local):
                return Person(person.name or name, person.email)
        return Person(name, "")

    def by_first_name(self, word: str) -> Person | None:
        """The one adult the message or the record knows by this first name ("Matt will send …"), else None
        (a capitalised word that names nobody, or two people)."""
        lowered = word.lower()
        matches = {person.email or person.name: person for person in self.known
                   if person.name.split() and person.name.split()[0].strip(".,").lower() == lowered}
        return next(iter(matches.values())) if len(matches) == 1 else None

    def you(self) -> Person | None:
        """Who "you" is: the first recipient who is not the author."""
        for person in self.recipients:
            if self.author is None or person.email != self.author.email:
                return person
        return None
