"""Values in and out of classify/ (pure: no I/O, no ORM rows)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class Person:
    name: str
    email: str
    roles: tuple[str, ...] = ()  # service topics they provide ("paraprofessional" for the child's aide)


@dataclass(frozen=True)
class MessageText:
    """What tagging reads of one original message."""

    new_text: str
    subject: str = ""
    sent: datetime | None = None  # aware; dates in the text resolve against its local day
    author: Person | None = None
    recipients: tuple[Person, ...] = ()  # To and Cc: who "you" is, and names "she"/"Ms. Pruitt" may refer to
    signature: str = ""  # read only for the author's role, never for mentions
    from_user: bool = False  # written by the user (parent/teacher who keeps the trail)
    auto_reply: bool = False
    bulk: bool = False  # newsletters and list mail
    # list mail a person wrote that was forwarded into the trail (ingest's `forwarded_list_memo`): its
    # topics are read as for any message; it stays list mail (`bulk`) for everything else
    list_memo: bool = False
    is_reply: bool = False  # subject carries Re:/Fwd: (its subject is inherited, not the author's words)


@dataclass(frozen=True)
class Evidence:
    sentence: str
    start: int  # offsets in new_text
    end: int
    rule: str


@dataclass(frozen=True)
class TopicMention:
    topic: str
    sentence: str
    start: int
    end: int
    rule: str


# the rule's ending of a topic read from another one at the same words: text-to-speech named is read-aloud, and the
# assistive technology that reads is said by it too (topics._spoken_by_a_device); a service missed there is read-aloud's
ALSO_BY_DEVICE = " (a device reads it)"


@dataclass(frozen=True)
class StudentMention:
    student: str
    evidence: str


@dataclass(frozen=True)
class PromiseFound:
    sentence: str
    start: int
    end: int
    rule: str
    by_name: str | None
    by_email: str | None
    due: date | None
    due_text: str | None
    action: str
    topics: tuple[str, ...]


@dataclass(frozen=True)
class RequestFound:
    sentence: str
    start: int
    end: int
    rule: str
    by_name: str | None
    by_email: str | None
    topics: tuple[str, ...]


@dataclass(frozen=True)
class MissedServiceFound:
    topic: str
    day: date | None
    minutes: int | None
    sentence: str
    start: int
    end: int
    rule: str
    # who was to provide it, where the mail or the people directory says ("Ms. Moore", "the SLP")
    responsible: str | None = None
    responsible_from: str | None = None  # mail (the report names them, or they wrote it) | directory


@dataclass(frozen=True)
class MakeupFound:
    """A make-up session the message reports as held, or as cancelled (classify/makeups.py)."""

    topic: str
    kind: str  # made_up | cancelled
    day: date | None  # the day of the make-up, where the text gives it
    replaces_from: date | None  # the missed session it replaces, where named: one day, or a span ("the January session")
    replaces_to: date | None
    sentence: str
    start: int
    end: int
    rule: str


@dataclass(frozen=True)
class Tags:
    topics: tuple[TopicMention, ...] = ()
    students: tuple[StudentMention, ...] = ()
    promises: tuple[PromiseFound, ...] = ()
    requests: tuple[RequestFound, ...] = ()
    missed_services: tuple[MissedServiceFound, ...] = ()
    extra: dict = field(default_factory=dict)
    makeups: tuple[MakeupFound, ...] = ()

    @property
    def topic_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(mention.topic for mention in self.topics))


@dataclass(frozen=True)
class PageTags:
    """What one page of an attachment's text discusses (offsets in that page's text)."""

    page: int
    topics: tuple[TopicMention, ...] = ()
    missed_services: tuple[MissedServiceFound, ...] = ()
