"""Who is who: everyone who wrote into the record, with the service each provides.

Roles come from signature titles ("Speech-Language Pathologist") and from how others introduce
people in prose ("His aide, Luis, …"); names in prose then resolve against the directory, and
"Luis was pulled today" is about the aide. Built from plain values, one message at a time.
"""
from __future__ import annotations

from dataclasses import dataclass

from ieptrail.classify.model import Person
from ieptrail.classify.roles import (
    learn_roles,
    name_keys,
    named_beside_aide,
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
