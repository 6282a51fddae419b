"""Who is who: everyone who wrote into the record, with the service each provides.

Roles come from signature titles ("Speech-Language Pathologist") and from how others introduce
people in prose ("His aide, Luis, …"); names in prose then resolve against the directory, and
"Luis was pulled today" is about the aide. Built from plain values, one message at a time.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ieptrail.classify.model import Person
from ieptrail.classify.roles import (
    learn_roles,
    name_keys,
    named_beside_aide,
    signature_head,
    signature_roles,
    titled_not_aide,
)


@dataclass(frozen=True)
class AuthorTrace:
    """What one message tells about people: its author, their signature, the names in its text."""

    from_name: str
    from_email: str
    signature: str
    new_text: str
    subject: str


@dataclass(frozen=True)
class TraceFacts:
    """What `PeopleDirectory.add` learns from one trace, worked out apart from any directory (a
    worker process works it out; the importer adds it to its own directory in order)."""

    from_name: str
    from_email: str
    signature_roles: frozenset[str]
    learned: tuple[tuple[str, frozenset[str]], ...]  # name key -> topics, in the order learned
    aide_mentions: tuple[str, ...]
    titled: bool = False  # the signature's title is a staff role other than the aide


def facts_of(trace: AuthorTrace) -> TraceFacts:
    return TraceFacts(
        trace.from_name, trace.from_email,
        frozenset(signature_roles(trace.signature)) if trace.from_email else frozenset(),
        tuple((key, frozenset(topics)) for key, topics in learn_roles(trace.new_text).items()),
        tuple(named_beside_aide(f"{trace.subject}\n\n{trace.new_text}")),
        bool(trace.from_email) and titled_not_aide(trace.signature))


class PeopleDirectory:
    def __init__(self) -> None:
        self.senders: dict[str, tuple[str, set[str]]] = {}
        self.learned: dict[str, set[str]] = {}
        self.aide_mentions: dict[str, int] = {}  # "Ms. Pierce" named beside "aide" (twice makes her the aide)
        self.titled: set[str] = set()  # name keys of senders whose title is not the aide's (never taken for the aide)
        self._people: tuple[Person, ...] | None = None

    @classmethod
    def of(cls, traces) -> PeopleDirectory:
        directory = cls()
        for trace in traces:
            directory.add(trace)
        return directory

    def add(self, trace: AuthorTrace) -> None:
        self.add_facts(facts_of(trace))

    def add_facts(self, facts: TraceFacts) -> None:
        self._people = None
        if facts.from_email:
            name, roles = self.senders.get(facts.from_email, ("", set()))
            roles |= facts.signature_roles
            self.senders[facts.from_email] = (facts.from_name or name, roles)
            if facts.titled and facts.from_name:
                self.titled |= name_keys(facts.from_name)
        for key, topics in facts.learned:
            self.learned.setdefault(key, set()).update(topics)
        for key in facts.aide_mentions:
            self.aide_mentions[key] = self.aide_mentions.get(key, 0) + 1

    def people(self) -> tuple[Person, ...]:
        if self._people is not None:
            return self._people
        for key, count in self.aide_mentions.items():
            if count >= 2 and not self.learned.get(key) and key not in self.titled:
                self.learned[key] = {"paraprofessional"}
        found = []
        named = set()
        for email, (name, roles) in self.senders.items():
            keys = name_keys(name) if name else set()
            learned = set().union(*(self.learned.get(key, set()) for key in keys)) if keys else set()
            found.append(Person(name, email, tuple(sorted(roles | learned))))
            named |= keys
        for key, topics in self.learned.items():
            if key not in named:
                found.append(Person(key.title(), "", tuple(sorted(topics))))
        self._people = tuple(found)
        return self._people


# ---- one person, several addresses -------------------------------------------------------------

_HONORIFICS = frozenset("mr mrs ms miss mx dr prof sr sra srta".split())  # before the name ("Sr." after it is a suffix)
_SUFFIXES = frozenset("jr sr ii iii iv".split())  # kept: "John Smith Jr." is not his father
# letters after a name, "Jane Rivera, M.Ed., CCC-SLP" (public credential abbreviations)
_CREDENTIALS = frozenset("""med ma ms mat mba msw msed mse bs ba bsn phd edd eds psyd nbct rn lpn lsn ncsp lssp lcsw
lmsw lpc lmft bcba bcaba rbt ccc slp cccslp ccc-slp slpa ot otr otrl otr/l cota pt dpt pta ma-ccc atp cbis
edm""".split())
# words of an office's or a service's name, not a person's ("SCISD Transportation", "Jane Rivera (via Google Docs)")
_NOT_PERSON = frozenset("""office team staff school schools district department dept services service transportation
routing families family parents notifications notification noreply no-reply admin administration support center isd usd
pto pta newsletter portal board elementary middle high academy education via group list calendar system
mailer""".split())
_NAME_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _plain(text: str) -> str:
    """Lower case without accents: "Treviño" -> "trevino"."""
    return "".join(char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char)).casefold()


def _credentials(text: str) -> bool:
    words = [re.sub(r"[.\s]", "", word) for word in re.split(r"[,\s]+", _plain(text)) if word.strip(".")]
    return bool(words) and all(word in _CREDENTIALS for word in words)


def person_name(display: str) -> tuple[str, ...] | None:
    """A display name as a person's name, first name first, lower case without accents, middle initials,
    honorifics or credentials: "Rivera, Jane M." -> ("jane", "rivera"); "Dr. José Treviño, Ed.S." ->
    ("jose", "trevino"). None for what is not a first and last name ("SCISD Transportation", "J. Rivera",
    "jrivera@lincoln.org")."""
    if re.search(r"(?i)\bvia\b|\bon behalf of\b", display or ""):
        return None
    # [^()]* and not [^)]*: a run of "(" without ")" must not make each "(" scan to the end (quadratic)
    text = re.sub(r"\([^()]*\)|\[[^\[\]]*\]|<[^<>]*>|[\"“”]", " ", display or "").strip()
    if not text or "@" in text:
        return None
    head, comma, tail = text.partition(",")
    while comma and _credentials(tail.split(",")[0]):  # "Jane Rivera, M.Ed., CCC-SLP"
        rest = tail.split(",", 1)
        tail = rest[1] if len(rest) > 1 else ""
        comma = "," if tail.strip() else ""
    if comma and tail.strip():
        # "Rivera, Jane": a one-word head is the surname (two words are a name and whatever follows it)
        if len(_NAME_TOKEN.findall(head)) != 1 or not _NAME_TOKEN.findall(tail):
            return None
        text = f"{tail} {head}"
    else:
        text = head
    words = [_plain(word) for word in _NAME_TOKEN.findall(text)]
    while words and words[0] in _HONORIFICS:
        words.pop(0)
    suffix = [words.pop()] if len(words) > 2 and words[-1] in _SUFFIXES else []
    words = [words[0]] + [word for word in words[1:-1] if len(word) > 1] + words[-1:] if len(words) > 1 else words
    if len(words) < 2 or len(words) > 4 or len(words[0]) < 2 or len(words[-1]) < 2 or _NOT_PERSON & set(words):
        return None
    return tuple(words + suffix)


def signed_name(display: str, signature: str) -> str:
    """The sender's name: the display name where it is a first and last name, else the name that opens
    the signature ("Talia Quenby, M.Ed." under mail from "tquenby" or "T Quenby"), else the display name."""
    if person_name(display) is not None:
        return display
    for line in signature_head(signature, 2).splitlines():
        words = _NAME_TOKEN.findall(line.split(",")[0])
        if words and all(word[0].isupper() for word in words) and not re.search(r"\d", line) and person_name(line):
            return line.strip()
    return display


def _same_name(one: tuple[str, ...], other: tuple[str, ...], *, nickname: bool) -> bool:
    """First name, surname and suffix agree (a middle name only one of them gives is no disagreement);
    with `nickname`, a first name may be the start of the other ("Kris" and "Kristin", three letters or more)."""
    def parts(name):
        suffix = name[-1] if name[-1] in _SUFFIXES and len(name) > 2 else ""
        core = name[:-1] if suffix else name
        return core[0], core[1:-1], core[-1], suffix
    first, middle, last, suffix = parts(one)
    first2, middle2, last2, suffix2 = parts(other)
    if last != last2 or suffix != suffix2 or (middle and middle2 and middle != middle2):
        return False
    return first == first2 or (nickname and _short_form(first, first2))


def _short_forms(first: str, firsts: list[str], by_first: dict[str, list[str]]) -> list[str]:
    """The addresses under a first name that is a short form of `first` or has it for one (`firsts` sorted)."""
    found = [other for size in range(3, len(first)) if (other := first[:size]) in by_first]
    if len(first) >= 3:
        start = bisect_left(firsts, first)
        for other in firsts[start:]:
            if not other.startswith(first):
                break
            if other != first:
                found.append(other)
    return [address for other in found for address in by_first[other]]


def _short_form(first: str, other: str) -> bool:
    """Is one of two different first names the start of the other ("Kris", "Kristin"; three letters or more)?"""
    short, long = sorted((first, other), key=len)
    return short != long and len(short) >= 3 and long.startswith(short)


def _middle(name: tuple[str, ...]) -> tuple[str, ...]:
    return name[1:-2] if len(name) > 2 and name[-1] in _SUFFIXES else name[1:-1]


def _surname(name: tuple[str, ...]) -> str:
    return name[-2] if len(name) > 2 and name[-1] in _SUFFIXES else name[-1]


def _only_nickname(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    return not _same_name(one, other, nickname=False) and _same_name(one, other, nickname=True)


def same_people(senders: Iterable[tuple[str, str]], *, family_names: Iterable[str] = (),
                first_choice: Callable[[str], bool] = lambda address: False,
                organization: Callable[[str], str | None] = lambda address: None) -> dict[str, str]:
    """Addresses that are one person's, each mapped to the one address that stands for them all.

    `senders` are (address, display name) pairs as the mail gives them. Two addresses are one person
    when their names are the same person's name ("Irene Castellanos" and "Castellanos, Irene" at a
    school and at Gmail). A first name that is the start of the other ("Kris"/"Kristin") joins them
    only when no one else in the record could be meant, and never under a family's surname (a mother
    and a father share it). Under a family's surname no address at the school joins anyone: a parent is
    never taken for staff. An address that has carried two people's names (a service sending "on
    behalf of" many) joins no one. The one that stands for the rest: the first choice (the user's
    own address), else one at an organization where others in the record write too (a school), else
    for the family one at a public mail provider (a parent's own, not his office's) and for anyone else
    one at an organization, else the first seen."""
    names: dict[str, set[tuple[str, ...]]] = {}
    shared: set[str] = set()
    order: dict[str, int] = {}
    for address, display in senders:
        address = (address or "").strip().lower()
        if not address:
            continue
        order.setdefault(address, len(order))
        name = person_name(display) if address not in shared else None
        if name is None:
            continue
        seen = names.setdefault(address, set())
        if any(not _same_name(name, other, nickname=True) for other in seen):  # "Kris" and "Kristin" are one
            shared.add(address)
        seen.add(name)
    family = {_plain(word) for full in family_names for word in full.split()[-1:]}
    by_surname: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for address, found in names.items():
        if address not in shared:
            name = max(found, key=len)  # the fullest form ("Jane M Rivera" over "Jane Rivera")
            by_surname.setdefault(_surname(name), []).append((address, name))
    staff: dict[str | None, int] = {}  # how many addresses each organization has in the record
    for address in order:
        staff[organization(address)] = staff.get(organization(address), 0) + 1

    def at_school(address: str) -> bool:
        """At an organization where others in the record write too (a parent's office is not one)."""
        return organization(address) is not None and staff[organization(address)] >= 2

    parent = {address: address for address in order}
    joined: dict[str, list[tuple[str, ...]]] = {address: [max(found, key=len)] for address, found in names.items()}

    def root(address: str) -> str:
        while parent[address] != address:
            parent[address] = parent[parent[address]]
            address = parent[address]
        return address

    def join(one: str, other: str) -> None:
        """One person, unless someone already taken for one of them is not the other ("Mary Pell" is
        not both "Mary Ann Pell" and "Mary Beth Pell")."""
        first, second = root(one), root(other)
        if first != second and all(_same_name(a, b, nickname=True) for a in joined[first] for b in joined[second]):
            parent[second] = first
            joined[first] = list(dict.fromkeys(joined[first] + joined.pop(second)))  # each name once

    for surname, group in by_surname.items():
        kin = surname in family
        # the family's name at the school is someone else's, or a parent who works there: never one of the family
        group = [(address, name) for address, name in group if not (kin and at_school(address))]
        named = dict(group)
        # exact matches: the same first name and suffix; a middle name only some give is no disagreement, but
        # a name without one that could be either of two ("Mary Pell": "Mary Ann Pell", "Mary Beth Pell") is neither
        same: dict[tuple[str, str], dict[tuple[str, ...], list[str]]] = {}
        for address, name in group:
            same.setdefault((name[0], name[-1]), {}).setdefault(_middle(name), []).append(address)
        for by_middle in same.values():
            middles = [middle for middle in by_middle if middle]
            if len(middles) <= 1:  # all one person
                everyone = [address for addresses in by_middle.values() for address in addresses]
                for other in everyone[1:]:
                    join(everyone[0], other)
            else:  # each middle name its own person; those without one join no one
                for middle in middles:
                    for other in by_middle[middle][1:]:
                        join(by_middle[middle][0], other)
        if kin:
            continue
        by_first: dict[str, list[str]] = {}
        for address, name in group:
            by_first.setdefault(name[0], []).append(address)
        firsts = sorted(by_first)
        for first in firsts:
            # "Kris" could be only one of the others, and that one no one else ("Kristin" and "Kristina" are two people)
            related = _short_forms(first, firsts, by_first)
            if len(by_first[first]) == 1 and len(related) == 1:
                other = related[0]
                if len(_short_forms(named[other][0], firsts, by_first)) == 1 and \
                        _only_nickname(named[by_first[first][0]], named[other]):
                    join(by_first[first][0], other)
    members: dict[str, list[str]] = {}
    for address in order:
        members.setdefault(root(address), []).append(address)
    aliases = {}
    for group in members.values():
        if len(group) < 2:
            continue
        # a school's address stands for its teacher's Gmail; a parent's office, where no one else in the
        # record writes, does not stand for his own Yahoo (he is no one's colleague there)
        family_member = any(_surname(name) in family for a in group for name in names.get(a, ()))
        chosen = min(group, key=lambda a: (not first_choice(a), not at_school(a),
                                           (organization(a) is None) != family_member, order[a]))
        aliases.update({address: chosen for address in group if address != chosen})
    return aliases
