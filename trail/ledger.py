"""The IEP-not-followed ledger: what the IEP owed, what did not happen, what was made up, what is still owed.

The one place these numbers are computed; the command line, the web page, the digest, the export
and the answer by email all show this ledger.

- **One entry per missed session** (per service and day) and per day an accommodation was not
  provided, however often it was reported; every report is kept as evidence (the message, its
  sentence, and where it is: the mail's own words, an attachment's page, or your observation).
  A report that names no day is its own entry, "day not stated", never merged into a dated one
  (the same words reported twice are one entry).
- **Minutes** are the most any report states for that session; not stated is `None`, never 0. With
  a service grid (trail/service_grid.py) a session without stated minutes counts the grid's, marked
  as coming from the grid.
- **Made up**: by a report that the session was made up ("we made up his OT session this
  morning", classify/makeups.py), or by the fulfilment of a promise to make it up ("I'll make it up
  on Tuesday", fulfilled by a later message). A make-up that was itself cancelled makes nothing up.
  Which session a make-up replaces: the one it names ("the 2/10 session", "the January session");
  for a promise, the sessions its own message reported missed; else the earliest session of that
  service still owed before the make-up.
- **Owed**: services missed and not made up. Accommodations are counted in days not provided
  (nothing is "owed" for a test already taken without extended time, but it is the other half of
  "the IEP was not followed").
- **Responsible**: who was to provide it, where the mail says (classify/responsible.py).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from ieptrail.classify.makeups import promises_a_make_up
from ieptrail.classify.taxonomy import kind_of, label_of
from ieptrail.config import Settings
from ieptrail.store.db import Session
from ieptrail.store.tracking import MakeupView, MissedServiceView, PromiseView, makeups, missed_services
from ieptrail.trail.context import today
from ieptrail.trail.service_grid import ServiceGrid, load_service_grid
from ieptrail.trail.statuses import promise_statuses
from ieptrail.trail.wording import counted

SERVICE, ACCOMMODATION = "service", "accommodation"
COMPENSATORY = "compensatory_services"
OBSERVED = "observed"  # the arrival of the user's own observation (`ieptrail observe`)


@dataclass(frozen=True)
class Report:
    """One report of a missed session or an accommodation not provided."""

    id: int  # the stored report (missed_services row)
    message_id: int
    source_message_id: str | None
    sentence: str
    reported_on: date | None
    minutes: int | None
    source: str  # mail | attachment | observation
    attachment: str | None = None
    page: int | None = None

    @property
    def where(self) -> str:
        """Where the report is, in words: "your observation", "in SLP_log.pdf, p. 2"; empty for a message's own words."""
        if self.source == "observation":
            return "your observation"
        if self.attachment is not None:
            return f"in {self.attachment}" + (f", p. {self.page}" if self.page else "")
        return ""

    def as_json(self) -> dict:
        found = {"source_message_id": self.source_message_id, "message": self.message_id, "sentence": self.sentence,
                 "reported_on": self.reported_on.isoformat() if self.reported_on else None, "minutes": self.minutes,
                 "from": self.source, "where": self.where or "the message's own words"}
        if self.attachment is not None:
            found["attachment"] = {"name": self.attachment, "page": self.page}
        return found


@dataclass(frozen=True)
class MadeUp:
    """What says a session was made up: a report of the make-up, or a kept promise to make it up."""

    on: date
    message_id: int | None
    source_message_id: str | None
    sentence: str
    how: str  # report | promise
    promise_id: int | None = None

    def as_json(self) -> dict:
        return {"on": self.on.isoformat(), "message": self.message_id, "source_message_id": self.source_message_id,
                "sentence": self.sentence, "how": self.how, "promise": self.promise_id}


@dataclass(frozen=True)
class Cancelled:
    """A make-up that was itself cancelled: the session it was for stays owed."""

    day: date | None
    message_id: int
    source_message_id: str | None
    sentence: str

    def as_json(self) -> dict:
        return {"date": self.day.isoformat() if self.day else None, "message": self.message_id,
                "source_message_id": self.source_message_id, "sentence": self.sentence}


@dataclass(frozen=True)
class LedgerEvent:
    topic: str
    kind: str  # service | accommodation
    day: date | None
    minutes: int | None
    minutes_from: str | None  # text | grid | None (not stated)
    reports: tuple[Report, ...]
    made_up: MadeUp | None = None
    made_up_evidence: tuple[MadeUp, ...] = ()  # every message that says it was made up, first the one that counts
    make_up_cancelled: tuple[Cancelled, ...] = ()
    make_up_promised: tuple[dict, ...] = ()  # promises to make it up not (yet) kept: {"promise", "status", "due"}
    responsible: str | None = None
    responsible_from: str | None = None  # mail | directory

    @property
    def label(self) -> str:
        return label_of(self.topic)

    @property
    def owed(self) -> bool:
        """A service session missed and not made up (an accommodation is not owed: it was not provided)."""
        return self.kind == SERVICE and self.made_up is None

    @property
    def first_reported(self) -> date | None:
        days = [report.reported_on for report in self.reports if report.reported_on]
        return min(days) if days else None

    @property
    def message_ids(self) -> tuple[int, ...]:
        return tuple(dict.fromkeys(report.message_id for report in self.reports))

    @property
    def from_observation_only(self) -> bool:
        return all(report.source == "observation" for report in self.reports)

    def as_json(self) -> dict:
        return {
            "topic": self.topic, "kind": self.kind, "label": self.label,
            "date": self.day.isoformat() if self.day else None,
            "minutes": self.minutes, "minutes_from": self.minutes_from,
            "made_up_on": self.made_up.on.isoformat() if self.made_up else None,
            "made_up_by": self.made_up.as_json() if self.made_up else None,
            "owed": self.owed,
            "responsible": self.responsible, "responsible_from": self.responsible_from,
            "reports": [report.as_json() for report in self.reports],
            "made_up_evidence": [item.as_json() for item in self.made_up_evidence[1:]],
            "make_up_cancelled": [item.as_json() for item in self.make_up_cancelled],
            "make_up_promised": list(self.make_up_promised),
        }


@dataclass(frozen=True)
class TopicTotals:
    """One service or accommodation's line of the ledger."""

    topic: str
    kind: str
    events: tuple[LedgerEvent, ...]

    @property
    def label(self) -> str:
        return label_of(self.topic)

    @property
    def missed(self) -> int:
        return len(self.events)

    @property
    def missed_minutes(self) -> int:
        return sum(event.minutes or 0 for event in self.events)

    @property
    def missed_not_stated(self) -> int:
        return sum(1 for event in self.events if event.minutes is None)

    @property
    def from_grid(self) -> int:
        return sum(1 for event in self.events if event.minutes_from == "grid")

    @property
    def made_up(self) -> int:
        return sum(1 for event in self.events if event.made_up)

    @property
    def made_up_minutes(self) -> int:
        return sum(event.minutes or 0 for event in self.events if event.made_up)

    @property
    def owed(self) -> int:
        return sum(1 for event in self.events if event.owed)

    @property
    def owed_minutes(self) -> int:
        return sum(event.minutes or 0 for event in self.events if event.owed)

    @property
    def owed_not_stated(self) -> int:
        return sum(1 for event in self.events if event.owed and event.minutes is None)

    @property
    def dates(self) -> tuple[date | None, ...]:
        return tuple(event.day for event in self.events)

    def as_json(self) -> dict:
        found = {"topic": self.topic, "kind": self.kind, "label": self.label, "missed": self.missed,
                 "dates": [day.isoformat() if day else None for day in self.dates]}
        if self.kind == SERVICE:
            found.update(missed_minutes=self.missed_minutes, minutes_not_stated=self.missed_not_stated,
                         minutes_from_grid=self.from_grid, made_up=self.made_up, made_up_minutes=self.made_up_minutes,
                         owed=self.owed, owed_minutes=self.owed_minutes, owed_minutes_not_stated=self.owed_not_stated)
        return found


def totals_of(events: Iterable[LedgerEvent]) -> list[TopicTotals]:
    """Per topic, services first (then accommodations), each in the order of its label."""
    grouped: dict[str, list[LedgerEvent]] = defaultdict(list)
    for event in events:
        grouped[event.topic].append(event)
    lines = [TopicTotals(topic, items[0].kind, tuple(sorted(items, key=_event_order))) for topic, items in grouped.items()]
    return sorted(lines, key=lambda line: (line.kind != SERVICE, line.label.lower()))


def _event_order(event: LedgerEvent) -> tuple:
    return (event.day is None, event.day or date.max, event.first_reported or date.max, event.reports[0].id)


@dataclass(frozen=True)
class Ledger:
    events: tuple[LedgerEvent, ...]
    grid: ServiceGrid | None = None
    unmatched_makeups: tuple[MadeUp, ...] = ()  # make-ups the record reports for no session it lists as missed
    with_attachments: bool = False

    @property
    def services(self) -> list[TopicTotals]:
        return [line for line in totals_of(self.events) if line.kind == SERVICE]

    @property
    def accommodations(self) -> list[TopicTotals]:
        return [line for line in totals_of(self.events) if line.kind == ACCOMMODATION]

    def owed_by_month(self) -> dict[str, dict[tuple[int, int], int]]:
        """Per service, minutes still owed per (year, month) of the missed session (dated sessions with minutes)."""
        months: dict[str, dict[tuple[int, int], int]] = defaultdict(lambda: defaultdict(int))
        for event in self.events:
            if event.owed and event.day and event.minutes:
                months[event.topic][(event.day.year, event.day.month)] += event.minutes
        return {topic: dict(sorted(by_month.items())) for topic, by_month in sorted(months.items())}

    def by_responsible(self) -> list[tuple[str, list[LedgerEvent]]]:
        """The events grouped by who was to provide them ("not said" last)."""
        groups: dict[str, list[LedgerEvent]] = defaultdict(list)
        for event in self.events:
            groups[event.responsible or ""].append(event)
        return sorted(((who, sorted(items, key=lambda e: (e.topic, *_event_order(e)))) for who, items in groups.items()),
                      key=lambda item: (item[0] == "", item[0].lower()))

    def where(self, events: Iterable[LedgerEvent]) -> Ledger:
        return replace(self, events=tuple(events))


# ---- building it -----------------------------------------------------------------------------------

def _source(row: MissedServiceView) -> str:
    if row.attachment is not None:
        return "attachment"
    return "observation" if row.arrival == OBSERVED else "mail"


def _report(row: MissedServiceView) -> Report:
    return Report(row.id, row.message_id, row.source_message_id, row.sentence, row.reported_on, row.minutes,
                  _source(row), row.attachment, row.page)


def _norm(sentence: str) -> str:
    return " ".join(sentence.lower().split())


def _events(rows: list[MissedServiceView], grid: ServiceGrid | None) -> dict[tuple, LedgerEvent]:
    grouped: dict[tuple, list[MissedServiceView]] = defaultdict(list)
    # undated sessions are told apart by their sentence, and by their place among those one message's sentence
    # counts ("missed her last four sessions": four sessions; the same sentence in a later message: the same four)
    counted: Counter = Counter()
    for row in rows:
        if row.day:
            key = (row.topic, row.day)
        else:
            told = (row.message_id, row.topic, _norm(row.sentence))
            key = (row.topic, None, _norm(row.sentence), counted[told])
            counted[told] += 1
        grouped[key].append(row)
    events = {}
    for key, items in grouped.items():
        topic, day = items[0].topic, items[0].day
        kind = ACCOMMODATION if kind_of(topic) == ACCOMMODATION else SERVICE
        stated = [row.minutes for row in items if row.minutes]
        minutes, minutes_from = (max(stated), "text") if stated else (None, None)
        if minutes is None and kind == SERVICE and grid is not None:
            minutes = grid.minutes_of(topic, day)
            minutes_from = "grid" if minutes else None
        said = next((row for row in items if row.responsible and row.responsible_from == "mail"), None)
        said = said or next((row for row in items if row.responsible), None)
        events[key] = LedgerEvent(topic, kind, day, minutes, minutes_from, tuple(_report(row) for row in items),
                                  responsible=said.responsible if said else None,
                                  responsible_from=said.responsible_from if said else None)
    return events


@dataclass
class _Credit:
    """A make-up to place on a missed session."""

    topic: str
    evidence: MadeUp
    targets: tuple[tuple, ...] = ()  # event keys it is for (a promise's own message's sessions)
    span: tuple[date, date] | None = None  # the missed days it names ("the January session")
    day_said: bool = True  # the make-up's own day is given (else it is the day of the message that tells it)


@dataclass
class _Placing:
    made_up: dict[tuple, list[MadeUp]] = field(default_factory=lambda: defaultdict(list))
    unmatched: list[MadeUp] = field(default_factory=list)


def _credits(events: dict[tuple, LedgerEvent], reports: list[MakeupView], promises: list[PromiseView],
             cancelled: list[MakeupView]) -> tuple[list[_Credit], dict[tuple, list[dict]]]:
    credits: list[_Credit] = []
    promised: dict[tuple, list[dict]] = defaultdict(list)
    cancels_in = {(item.message_id, item.topic) for item in cancelled}
    held_in = {(item.message_id, item.topic) for item in reports}
    for item in reports:
        on = item.day or item.reported_on
        if on is None:
            continue
        span = (item.replaces_from, item.replaces_to) if item.replaces_from and item.replaces_to else None
        credits.append(_Credit(item.topic, MadeUp(on, item.message_id, item.source_message_id, item.sentence, "report"),
                               span=span, day_said=item.day is not None))
    for promise in promises:
        if promise.status == "dismissed" or not promises_a_make_up(promise.text):
            continue
        own = [key for key, event in events.items() if event.kind == SERVICE
               and promise.message_id in event.message_ids and (not promise.topics or event.topic in promise.topics)]
        own = own or [key for key, event in events.items() if event.kind == SERVICE and promise.message_id in event.message_ids]
        topics = list(dict.fromkeys(key[0] for key in own)) or [t for t in promise.topics if kind_of(t) == SERVICE]
        if promise.status != "fulfilled":
            for key in own:
                promised[key].append({"promise": promise.id, "status": promise.status, "due": promise.extra.get("deadline"),
                                      "sentence": promise.text})
            continue
        evidence = promise.extra.get("fulfilled_evidence") or {}
        by_message = evidence.get("message")
        on = date.fromisoformat(promise.extra["fulfilled_on"])
        for topic in topics:
            if by_message is not None and (by_message, topic) in cancels_in and (by_message, topic) not in held_in:
                continue  # "delivered" by the message that cancels the make-up: nothing was made up
            credits.append(_Credit(topic, MadeUp(on, by_message, promise.extra.get("fulfilled_by"),
                                                 evidence.get("sentence") or promise.text, "promise", promise.id),
                                   targets=tuple(key for key in own if key[0] == topic)))
    return credits, promised


def _void(credit: _Credit, cancelled: list[MakeupView]) -> bool:
    """A make-up later said to be cancelled, on its day: it did not happen."""
    for item in cancelled:
        if item.topic != credit.topic or item.day is None or item.day != credit.evidence.on:
            continue
        if item.reported_on and credit.evidence.on and item.reported_on >= credit.evidence.on:
            return True
    return False


def _place(events: dict[tuple, LedgerEvent], credits: list[_Credit]) -> _Placing:
    placing = _Placing()
    dated = sorted((key for key in events if len(key) == 2), key=lambda key: key[1])
    for credit in sorted(credits, key=lambda c: (c.evidence.on, c.evidence.how != "report")):
        on = credit.evidence.on
        if credit.targets:
            candidates = sorted(credit.targets, key=lambda key: (len(key) != 2, key[1] or date.max))
        elif credit.span:
            candidates = [key for key in dated if key[0] == credit.topic and credit.span[0] <= key[1] <= credit.span[1]]
        else:
            candidates = [key for key in dated if key[0] == credit.topic and key[1] < on]
        open_ones = [key for key in candidates if not placing.made_up.get(key)]
        told = [key for key in candidates if placing.made_up.get(key)]
        if credit.span and not credit.day_said and told:
            # "the January session was made up", written after a make-up already on record: the same one
            placing.made_up[told[0]].append(credit.evidence)
            continue
        if open_ones:
            placing.made_up[open_ones[0]].append(credit.evidence)
            continue
        # the same make-up told again ("the January session was made up"): more evidence for it
        again = [key for key in candidates if any(item.on == on for item in placing.made_up.get(key, ()))]
        if not again and (credit.targets or credit.span):
            again = candidates
        if again:
            placing.made_up[again[0]].append(credit.evidence)
        else:
            placing.unmatched.append(credit.evidence)
    return placing


def _cancelled_on(events: dict[tuple, LedgerEvent], cancelled: list[MakeupView],
                  promised: dict[tuple, list[dict]]) -> dict[tuple, list[Cancelled]]:
    """Each cancelled make-up beside the session it was for: the one whose make-up was promised for
    that day, else the earliest session of the service before it."""
    found: dict[tuple, list[Cancelled]] = defaultdict(list)
    dated = sorted((key for key in events if len(key) == 2), key=lambda key: key[1])
    for item in cancelled:
        note = Cancelled(item.day, item.message_id, item.source_message_id, item.sentence)
        day = item.day or item.reported_on
        for_day = [key for key, promises in promised.items() if key[0] == item.topic
                   and any(p.get("due") == (day.isoformat() if day else None) for p in promises)]
        before = [key for key in dated if key[0] == item.topic and day is not None and key[1] < day]
        chosen = for_day or before[:1]
        if chosen:
            found[chosen[0]].append(note)
    return found


def build_ledger(rows: list[MissedServiceView], makeup_rows: list[MakeupView], promises: list[PromiseView],
                 grid: ServiceGrid | None = None, attachments: bool = False) -> Ledger:
    """The ledger over these reports, make-ups and promises (with their statuses: trail.statuses)."""
    cancelled = [item for item in makeup_rows if item.kind == "cancelled"]
    held = [item for item in makeup_rows if item.kind == "made_up"]
    # "I had to cancel his make-up speech session": the make-up was cancelled, not a session of the IEP
    # (told as a session of the compensatory plan, it is one of that plan's sessions not given)
    cancel_sentences = {(item.message_id, _norm(item.sentence)) for item in cancelled}
    rows = [row for row in rows if (attachments or row.attachment is None)
            and (row.topic == COMPENSATORY or (row.message_id, _norm(row.sentence)) not in cancel_sentences)]
    events = _events(rows, grid)
    credits, promised = _credits(events, held, promises, cancelled)
    placing = _place(events, [credit for credit in credits if not _void(credit, cancelled)])
    cancels = _cancelled_on(events, cancelled, promised)
    finished = []
    for key, event in events.items():
        evidence = sorted(placing.made_up.get(key, []), key=lambda item: (item.on, item.how != "report"))
        finished.append(replace(event, made_up=evidence[0] if evidence else None, made_up_evidence=tuple(evidence),
                                make_up_cancelled=tuple(cancels.get(key, ())),
                                make_up_promised=tuple(promised.get(key, ())) if not evidence else ()))
    finished.sort(key=lambda event: (event.topic, *_event_order(event)))
    return Ledger(tuple(finished), grid, tuple(placing.unmatched), attachments)


def ledger_of(session: Session, settings: Settings, as_of: date | None = None, message_ids: set[int] | None = None,
              attachments: bool | None = None, topic: str | None = None) -> Ledger:
    """The record's ledger. `as_of`: only what was written by that day, with promise statuses of that
    day (None: everything stored, statuses as of today); `message_ids`: only these messages (an
    export's scope); `attachments`: also the sessions read in attachments (default
    IEPTRAIL_LEDGER_ATTACHMENTS); `topic`: one service or accommodation."""
    with_attachments = settings.ledger_attachments if attachments is None else attachments

    def wanted(item) -> bool:
        return ((message_ids is None or item.message_id in message_ids)
                and (as_of is None or item.reported_on is None or item.reported_on <= as_of))

    rows = [row for row in missed_services(session, topic, attachments=with_attachments) if wanted(row)]
    made = [item for item in makeups(session) if wanted(item) and (topic is None or item.topic == topic)]
    promises = [p for p in promise_statuses(session, settings, as_of or today(settings))
                if message_ids is None or p.message_id in message_ids]
    return build_ledger(rows, made, promises, load_service_grid(settings.service_grid), with_attachments)


# ---- the same words everywhere ---------------------------------------------------------------------

def minutes_words(minutes: int | None, minutes_from: str | None = None) -> str:
    """"30 min", "30 min (service grid)", "minutes not stated" (never "0 min")."""
    if minutes is None:
        return "minutes not stated"
    return f"{minutes} min" + (" (service grid)" if minutes_from == "grid" else "")


def _minutes_part(minutes: int, not_stated: int, sessions: int) -> str:
    if not sessions:
        return ""
    if not_stated == sessions:
        return "minutes not stated"
    return f"{minutes} min" + (f" + {not_stated} not stated" if not_stated else "")


def summary_words(line: TopicTotals) -> str:
    """One line's numbers in words: "3 sessions missed (90 min); 1 made up (30 min); owed: 2 sessions (60 min)"."""
    if line.kind != SERVICE:
        return f"not provided on {counted(line.missed, 'day')}"
    missed = f"{counted(line.missed, 'session')} missed ({_minutes_part(line.missed_minutes, line.missed_not_stated, line.missed)})"
    made_not_stated = sum(1 for event in line.events if event.made_up and event.minutes is None)
    made = f"{line.made_up} made up" + (f" ({_minutes_part(line.made_up_minutes, made_not_stated, line.made_up)})"
                                         if line.made_up else "")
    owed = (f"owed: {counted(line.owed, 'session')} ({_minutes_part(line.owed_minutes, line.owed_not_stated, line.owed)})"
            if line.owed else "nothing owed")
    return f"{missed}; {made}; {owed}"
