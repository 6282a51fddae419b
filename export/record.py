"""The exported record as plain values: numbered exhibits and the summaries built over them.

Every format (PDF, HTML, CSV, the ZIP bundle) renders the same `PaperTrail`, so an exhibit
number means the same message everywhere.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from ieptrail.classify.taxonomy import taxonomy
from ieptrail.config import Settings
from ieptrail.errors import InvalidInput
from ieptrail.store.db import Session
from ieptrail.store.evidence import ArrivalView, arrivals_for
from ieptrail.store.queries import SearchFilters, search_messages
from ieptrail.store.tracking import (
    MissedServiceView,
    PromiseView,
    RequestView,
    missed_services,
)
from ieptrail.store.views import MessageView
from ieptrail.trail.ledger import Ledger, LedgerEvent, TopicTotals, ledger_of
from ieptrail.trail.statuses import promise_statuses, request_statuses

PROMISE_STATUS_ORDER = ("overdue", "open", "fulfilled", "dismissed")
ALL_MESSAGES = 10**9  # SearchFilters needs a limit; an export has none


@dataclass(frozen=True)
class ExportScope:
    """Which messages go in, and the day statuses are evaluated on."""

    as_of: date
    student: str | None = None
    topic: str | None = None
    since: date | None = None
    until: date | None = None  # None: up to the as-of day; never after it (no status exists yet)

    def __post_init__(self) -> None:
        if self.until and self.until > self.as_of:
            raise InvalidInput(f"the record cannot run past the day statuses are evaluated on ({self.as_of})")
        if self.since and self.since > self.last_day:
            raise InvalidInput(f"the first day ({self.since}) is after the last ({self.last_day})")

    @property
    def last_day(self) -> date:
        return self.until or self.as_of


@dataclass(frozen=True)
class Exhibit:
    number: int
    message: MessageView
    arrivals: tuple[ArrivalView, ...]  # the one the record was made from first
    eml_names: tuple[str, ...]  # bundle file of each arrival, in the same order
    promises: tuple[PromiseView, ...] = ()
    requests: tuple[RequestView, ...] = ()
    missed: tuple[MissedServiceView, ...] = ()

    @property
    def sha256(self) -> str:
        return self.arrivals[0].sha256 if self.arrivals else (self.message.sha256 or "")

    @property
    def dkim_pass(self) -> ArrivalView | None:
        """An arrival whose DKIM signature verified, if any (a Cc'd copy verifies what a forward cannot)."""
        return next((arrival for arrival in self.arrivals if arrival.dkim_result == "pass"), None)

    @property
    def dkim_summary(self) -> ArrivalView | None:
        """The arrival whose DKIM result says the most: pass, else fail, else error, else none."""
        rank = {"pass": 0, "fail": 1, "error": 2, "none": 3}
        checked = [arrival for arrival in self.arrivals if arrival.dkim_result in rank]
        return min(checked, key=lambda arrival: rank[arrival.dkim_result]) if checked else None


@dataclass(frozen=True)
class PaperTrail:
    scope: ExportScope
    generated_at: datetime  # aware, in the user's zone
    students: tuple[str, ...]
    exhibits: tuple[Exhibit, ...]
    promises: tuple[PromiseView, ...]
    requests: tuple[RequestView, ...]
    missed: tuple[MissedServiceView, ...]  # every report the ledger counts, one per message and session
    ledger: Ledger
    topic_labels: dict[str, str] = field(default_factory=dict)
    exhibit_numbers: dict[int, int] = field(default_factory=dict)  # message id -> exhibit number

    def exhibit_of(self, message_id: int | None) -> int | None:
        return self.exhibit_numbers.get(message_id) if message_id is not None else None

    @property
    def services(self) -> list[TopicTotals]:
        """The compensatory-services table: per service, missed, made up and owed."""
        return self.ledger.services

    @property
    def accommodations(self) -> list[TopicTotals]:
        return self.ledger.accommodations

    @property
    def first_report_ids(self) -> frozenset[int]:
        """The first report of each session (the others are the same session reported again)."""
        return frozenset(event.reports[0].id for event in self.ledger.events)

    def event_exhibits(self, event: LedgerEvent) -> list[int]:
        """The exhibits that report this session missed."""
        return sorted({n for n in (self.exhibit_of(r.message_id) for r in event.reports) if n is not None})

    def evidence_exhibits(self, line: TopicTotals) -> list[int]:
        """Every exhibit a service's line rests on: the reports, and the messages that say a session was made up."""
        found = {n for event in line.events for n in self.event_exhibits(event)}
        found |= {n for event in line.events for item in event.made_up_evidence
                  if (n := self.exhibit_of(item.message_id)) is not None}
        return sorted(found)

    def label(self, topic: str) -> str:
        return self.topic_labels.get(topic, topic.replace("_", " "))

    def promises_by_status(self) -> list[tuple[str, list[PromiseView]]]:
        grouped = [(status, [p for p in self.promises if p.status == status]) for status in PROMISE_STATUS_ORDER]
        return [(status, items) for status, items in grouped if items]

    @property
    def unanswered_requests(self) -> list[RequestView]:
        return [request for request in self.requests if request.status == "unanswered"]

    def topic_index(self) -> list[tuple[str, list[int]]]:
        """Each topic with the exhibits tagged with it, topics in alphabetical order of their label."""
        index: dict[str, list[int]] = defaultdict(list)
        for exhibit in self.exhibits:
            for topic in exhibit.message.topics:
                index[topic].append(exhibit.number)
        return sorted(index.items(), key=lambda item: self.label(item[0]).lower())

    @property
    def first_date(self) -> datetime | None:
        dated = [exhibit.message.date for exhibit in self.exhibits if exhibit.message.date]
        return min(dated) if dated else None

    @property
    def last_date(self) -> datetime | None:
        dated = [exhibit.message.date for exhibit in self.exhibits if exhibit.message.date]
        return max(dated) if dated else None


def eml_name(exhibit_number: int, message: MessageView, copy: int, width: int) -> str:
    day = message.date.date().isoformat() if message.date else "undated"
    suffix = f"_arrival-{copy}" if copy > 1 else ""
    return f"emails/{day}_exhibit-{exhibit_number:0{width}d}{suffix}.eml"


def _chronological(views: list[MessageView]) -> list[MessageView]:
    """Oldest first; undated messages last, in the order they were stored."""
    return sorted(views, key=lambda v: (v.date is None, v.date.astimezone(UTC) if v.date else datetime.min, v.id))


def build_paper_trail(session: Session, settings: Settings, scope: ExportScope, now: datetime | None = None) -> PaperTrail:
    filters = SearchFilters(student=scope.student, topic=scope.topic, since=scope.since, until=scope.last_day,
                            limit=ALL_MESSAGES)
    views = _chronological(search_messages(session, filters, settings.timezone))
    ids = {view.id for view in views}
    arrivals = arrivals_for(session, ids)
    promises = [p for p in promise_statuses(session, settings, scope.as_of) if p.message_id in ids]
    requests = [r for r in request_statuses(session, settings, scope.as_of) if r.message_id in ids]
    ledger = ledger_of(session, settings, scope.as_of, message_ids=ids)
    counted = {report.id for event in ledger.events for report in event.reports}
    missed = [m for m in missed_services(session) if m.id in counted]
    by_message: dict[int, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for kind, items in (("promises", promises), ("requests", requests), ("missed", missed)):
        for item in items:
            by_message[item.message_id][kind].append(item)
    width = max(3, len(str(len(views))))
    exhibits = []
    named: dict[int, str] = {}  # one raw email may carry several messages: one file, named after the first
    for number, view in enumerate(views, start=1):
        its_arrivals = tuple(arrivals.get(view.id, ()))
        names = []
        for copy, arrival in enumerate(its_arrivals, start=1):
            names.append(named.setdefault(arrival.raw_email_id, eml_name(number, view, copy, width)))
        found = by_message[view.id]
        exhibits.append(Exhibit(
            number=number, message=view, arrivals=its_arrivals, eml_names=tuple(names),
            promises=tuple(found["promises"]), requests=tuple(found["requests"]), missed=tuple(found["missed"]),
        ))
    topic_specs = taxonomy()
    return PaperTrail(
        scope=scope,
        generated_at=(now or datetime.now(UTC)).astimezone(settings.timezone),
        students=(scope.student,) if scope.student else tuple(settings.students),
        exhibits=tuple(exhibits),
        promises=tuple(promises),
        requests=tuple(requests),
        missed=tuple(missed),
        ledger=ledger,
        topic_labels={topic: spec.get("label") or topic for topic, spec in topic_specs.items()},
        exhibit_numbers={exhibit.message.id: exhibit.number for exhibit in exhibits},
    )
