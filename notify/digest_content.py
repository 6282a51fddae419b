"""What the weekly digest says, read from the store as plain values (the templates only lay them out).

The week is the seven days ending on the digest's day. Statuses come from store.tracking as of
that day, so the digest lists exactly what `ieptrail promises` and `ieptrail requests` report.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from ieptrail.classify.students import parse_students
from ieptrail.classify.taxonomy import taxonomy
from ieptrail.classify.when import find_dates
from ieptrail.config import Settings
from ieptrail.store.db import Session
from ieptrail.store.views import MessageView
from ieptrail.store.week import messages_between, messages_by_id, topic_sentences
from ieptrail.trail.escalation import Directory, escalation_for
from ieptrail.trail.ledger import Ledger, LedgerEvent, ledger_of, minutes_words, summary_words, totals_of
from ieptrail.trail.statuses import promise_statuses, request_statuses
from ieptrail.trail.wording import quoted

COMING_DUE_DAYS = 7
MEETING_TOPICS = ("iep_meeting", "evaluation")
MEETINGS_LOOKBACK_DAYS = 90  # meeting dates are looked for in mail of this many days
MEETINGS_AHEAD_DAYS = 120
# a sentence that names a meeting or an evaluation as an event, not just the IEP document
_EVENT = re.compile(r"\b(meeting|ARD|conference|observation|evaluation|eval|assessment|testing|hearing|mediation|"
                    r"review|annual)s?\b", re.I)
# "I did get the final IEP on Friday": a report of what happened, whatever the weekday resolves to
_PAST = re.compile(r"\b(did|got|was|were|went|had|received|came|held|met|happened)\b", re.I)


@dataclass(frozen=True)
class Week:
    first: date
    last: date  # the digest's day, included


def week_ending(as_of: date) -> Week:
    return Week(as_of - timedelta(days=6), as_of)


@dataclass(frozen=True)
class PromiseComingDue:
    id: int
    key: str
    who: str
    text: str
    promised_on: date | None
    deadline: date
    deadline_is_default: bool  # no date was given: IEPTRAIL_DEFAULT_DEADLINE_DAYS school days


@dataclass(frozen=True)
class OverduePromise(PromiseComingDue):
    days_overdue: int
    follow_ups_sent: int
    next_step: str
    suggestion: str


@dataclass(frozen=True)
class UnansweredRequest:
    id: int
    asked: str  # "You asked Ms. Ruiz" or "Ms. Ruiz asked you"
    text: str
    asked_on: date | None
    waiting_school_days: int
    needs_follow_up: bool


@dataclass(frozen=True)
class MissedSession:
    """One entry of the ledger (trail/ledger.py): a missed session, or a day an accommodation was not provided."""

    service: str
    day: date | None
    minutes: int | None
    sentence: str
    kind: str = "service"  # service | accommodation
    minutes_from: str | None = None  # text | grid
    made_up_on: date | None = None
    owed: bool = False
    reports: int = 1  # how many messages reported it
    responsible: str | None = None

    @property
    def minutes_words(self) -> str:
        return minutes_words(self.minutes, self.minutes_from)


@dataclass(frozen=True)
class MissedTotal:
    """One service's (or accommodation's) running totals: the ledger's numbers."""

    service: str
    minutes: int  # missed
    sessions: int  # missed
    sessions_without_minutes: int
    kind: str = "service"
    made_up: int = 0
    made_up_minutes: int = 0
    owed: int = 0
    owed_minutes: int = 0
    owed_without_minutes: int = 0
    summary: str = ""  # the ledger's words for these numbers


@dataclass(frozen=True)
class MessageLine:
    id: int
    sent: datetime | None
    sender: str
    subject: str


@dataclass(frozen=True)
class TopicActivity:
    topic: str
    messages: tuple[MessageLine, ...]


@dataclass(frozen=True)
class UpcomingDate:
    day: date
    what: str
    sentence: str
    message_id: int
    mentioned_on: date


@dataclass(frozen=True)
class StudentSection:
    student: str | None  # None: mail not about one of the configured children (or none configured)
    overdue: tuple[OverduePromise, ...]
    coming_due: tuple[PromiseComingDue, ...]
    unanswered: tuple[UnansweredRequest, ...]
    missed_this_week: tuple[MissedSession, ...]
    missed_totals: tuple[MissedTotal, ...]
    topics: tuple[TopicActivity, ...]
    upcoming: tuple[UpcomingDate, ...]
    due_later: tuple[PromiseComingDue, ...]  # open promises due after the coming week (calendar only)
    missed_all: tuple[MissedSession, ...] = ()  # every missed session so far, oldest first

    @property
    def is_empty(self) -> bool:
        return not (self.overdue or self.coming_due or self.unanswered or self.missed_this_week or self.topics
                    or self.upcoming)


@dataclass(frozen=True)
class Digest:
    as_of: date
    week: Week
    sections: tuple[StudentSection, ...]
    several_students: bool
    new_messages: int
    web_base_url: str | None

    def _distinct(self, field_name: str) -> int:
        return len({item.id for section in self.sections for item in getattr(section, field_name)})

    @property
    def overdue_count(self) -> int:
        return self._distinct("overdue")

    @property
    def coming_due_count(self) -> int:
        return self._distinct("coming_due")

    @property
    def unanswered_count(self) -> int:
        return self._distinct("unanswered")

    @property
    def is_empty(self) -> bool:
        return all(section.is_empty for section in self.sections)



def _who(name: str | None, email: str | None) -> str:
    return name or email or "someone at school"


def _label(taxonomy: dict[str, dict], topic: str) -> str:
    return taxonomy.get(topic, {}).get("label") or topic.replace("_", " ")


class _Sorter:
    """Puts each item in the section of every configured child its message is about."""

    def __init__(self, settings: Settings, messages: dict[int, MessageView]):
        self.names = [student.full_name for student in parse_students(settings.students)]
        self.messages = messages

    @property
    def several(self) -> bool:
        return len(self.names) > 1

    def sections_of(self, message_id: int) -> list[str | None]:
        if not self.several:
            return [self.names[0] if self.names else None]
        view = self.messages.get(message_id)
        about = [name for name in self.names if view is not None and name in view.students]
        return about or [None]

    def section_names(self) -> list[str | None]:
        return list(self.names) + [None] if self.several else [self.names[0] if self.names else None]


def build_digest(session: Session, settings: Settings, as_of: date) -> Digest:
    week = week_ending(as_of)
    zone = settings.timezone
    topic_specs = taxonomy()
    promises = promise_statuses(session, settings, as_of)
    requests = [view for view in request_statuses(session, settings, as_of) if view.status == "unanswered"]
    ledger = ledger_of(session, settings, as_of)
    week_messages = messages_between(session, week.first, week.last, zone)
    meeting_sentences = topic_sentences(session, MEETING_TOPICS, as_of - timedelta(days=MEETINGS_LOOKBACK_DAYS), as_of, zone)
    referenced = ({v.message_id for v in promises} | {v.message_id for v in requests}
                  | {r.message_id for event in ledger.events for r in event.reports}
                  | {s.message_id for s in meeting_sentences})
    messages = messages_by_id(session, referenced) | {view.id: view for view in week_messages}
    sorter = _Sorter(settings, messages)
    buckets: dict[str | None, dict[str, list]] = {name: {} for name in sorter.section_names()}

    def put(message_id: int, field_name: str, item) -> None:
        for name in sorter.sections_of(message_id):
            buckets[name].setdefault(field_name, []).append(item)

    directory = Directory(session, settings)
    for view in promises:
        deadline = date.fromisoformat(view.extra["deadline"])
        who = _who(view.by_name, view.by_email)
        if view.status == "overdue":
            escalation = escalation_for(session, settings, directory, view, as_of)
            put(view.message_id, "overdue", OverduePromise(
                view.id, view.key, who, quoted(view.text), view.promised_on, deadline, view.extra["deadline_is_default"],
                view.extra["days_overdue"], escalation.follow_ups_sent, escalation.next_step, escalation.suggestion))
        elif view.status == "open":
            item = PromiseComingDue(view.id, view.key, who, quoted(view.text), view.promised_on, deadline,
                                    view.extra["deadline_is_default"])
            put(view.message_id, "coming_due" if deadline <= as_of + timedelta(days=COMING_DUE_DAYS) else "due_later", item)
    for view in requests:
        put(view.message_id, "unanswered", UnansweredRequest(
            view.id, _asked(view.by_email, view.by_name, messages.get(view.message_id), settings), quoted(view.text),
            view.asked_on, view.extra.get("waiting_school_days") or 0, bool(view.extra.get("needs_follow_up"))))
    _sort_missed(ledger, week, put)
    for message in week_messages:
        for topic in message.topics:
            put(message.id, f"topic:{topic}", MessageLine(message.id, message.date, _sender(message, settings),
                                                         message.subject or "(no subject)"))
    for upcoming in _upcoming_dates(meeting_sentences, as_of, topic_specs):
        put(upcoming.message_id, "upcoming", upcoming)

    sections = tuple(_section(name, bucket, topic_specs) for name, bucket in buckets.items())
    # the catch-all section only when something is in it
    sections = tuple(s for s in sections if s.student is not None or not sorter.several or not s.is_empty)
    return Digest(as_of, week, sections, sorter.several, len(week_messages), settings.web_base_url)


def _section(name: str | None, bucket: dict[str, list], taxonomy: dict[str, dict]) -> StudentSection:
    topics = tuple(TopicActivity(_label(taxonomy, key.split(":", 1)[1]), tuple(lines))
                   for key, lines in sorted(bucket.items(), key=lambda item: (-len(item[1]), item[0]))
                   if key.startswith("topic:"))
    return StudentSection(
        student=name,
        overdue=tuple(sorted(bucket.get("overdue", []), key=lambda p: (-p.days_overdue, p.id))),
        coming_due=tuple(sorted(bucket.get("coming_due", []), key=lambda p: (p.deadline, p.id))),
        unanswered=tuple(bucket.get("unanswered", [])),
        missed_this_week=tuple(bucket.get("missed_this_week", [])),
        missed_totals=_totals(bucket.get("missed_events", [])),
        topics=topics,
        upcoming=tuple(sorted(bucket.get("upcoming", []), key=lambda u: (u.day, u.what))),
        due_later=tuple(sorted(bucket.get("due_later", []), key=lambda p: (p.deadline, p.id))),
        missed_all=tuple(bucket.get("missed_all", [])),
    )


def _asked(by_email: str | None, by_name: str | None, message: MessageView | None, settings: Settings) -> str:
    if not settings.is_user(by_email):
        return f"{_who(by_name, by_email)} asked you"
    recipients = [r for r in (message.to if message else ()) if not settings.is_user(r.get("email"))]
    if not recipients:
        return "You asked"
    first = recipients[0]
    return f"You asked {first.get('name') or first.get('email')}"


def _sender(message: MessageView, settings: Settings) -> str:
    return "You" if settings.is_user(message.from_email) else _who(message.from_name, message.from_email)


def _sort_missed(ledger: Ledger, week: Week, put) -> None:
    """The ledger as of the digest's day, each entry in the section of the child its first report is
    about: in the week's list when it happened, was first reported or was made up this week, and in
    the running totals either way."""
    for event in sorted(ledger.events, key=lambda e: (e.day or e.first_reported or date.min, e.topic)):
        item = MissedSession(event.label, event.day, event.minutes, quoted(event.reports[0].sentence), event.kind,
                             event.minutes_from, event.made_up.on if event.made_up else None, event.owed,
                             len(event.message_ids), event.responsible)
        message_id = event.reports[0].message_id
        put(message_id, "missed_all", item)
        put(message_id, "missed_events", event)
        first = event.first_reported or week.last
        made_up_now = event.made_up is not None and week.first <= event.made_up.on <= week.last
        if (event.day is not None and week.first <= event.day <= week.last) or week.first <= first <= week.last \
                or made_up_now:
            put(message_id, "missed_this_week", item)


def _totals(events: list[LedgerEvent]) -> tuple[MissedTotal, ...]:
    return tuple(MissedTotal(line.label, line.missed_minutes, line.missed, line.missed_not_stated, line.kind,
                             line.made_up, line.made_up_minutes, line.owed, line.owed_minutes, line.owed_not_stated,
                             summary_words(line))
                 for line in totals_of(events))


def _upcoming_dates(sentences, as_of: date, taxonomy) -> list[UpcomingDate]:
    """Meeting and evaluation dates mentioned in recent mail that are still ahead ("the annual ARD is
    this Thursday, 2/12"). Deadlines ("send it by Friday") are promises, not meetings."""
    latest: dict[tuple[date, str], UpcomingDate] = {}
    for item in sentences:
        if item.sentence.rstrip().endswith("?") or not _EVENT.search(item.sentence) or _PAST.search(item.sentence):
            continue
        for mention in find_dates(item.sentence, item.sent_on, prefer="future"):
            if mention.deadline or mention.kind == "span":  # "by Friday", "within 45 school days": deadlines
                continue
            if not as_of <= mention.day <= as_of + timedelta(days=MEETINGS_AHEAD_DAYS):
                continue
            if mention.day < item.sent_on:
                continue
            what = _label(taxonomy, item.topic)
            latest[(mention.day, what)] = UpcomingDate(mention.day, what, quoted(item.sentence), item.message_id,
                                                       item.sent_on)
    return list(latest.values())
