"""`ieptrail search`, `show`, `status`, `promises` and `requests` over a SQLite record: read-only,
with the standard library's sqlite3 and no ORM.

A command is a whole process: loading SQLAlchemy and the models cost more than the search itself
(0.3 of 0.5 CPU-seconds on a 20,000-message record). This module answers as store/queries.py's
`search_messages`, `topic_phrases`, `thread_messages`, `message_view` and `raw_email` and
store/worker_runs.py's `worker_status`, and store/tracking.py's reads of promises, requests and
their credits and decisions do (the same FTS5 tables, filters, order, limit, snippets,
attachment hits and values; tests/store/test_sqlite_read.py checks it against the ORM on many
requests) from statements written as the ORM writes them, so SQLite plans them alike (the rows a
statement without ORDER BY returns come in its plan's order).

`open_read_only` says None when it cannot promise that: not a plain SQLite URL, no record there,
a record at another schema revision (the normal path migrates it, or says what is wrong). The
file is opened `mode=ro`: a search never writes. PostgreSQL always takes the ORM path.
"""
from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, tzinfo
from pathlib import Path
from types import SimpleNamespace
from typing import TypeVar

from ieptrail.store.revision import FOLLOWUPS_STALE, HEAD_REVISION
from ieptrail.store.search_terms import (
    MAX_RESULTS,
    SearchFilters,
    day_bounds_utc,
    fts_match,
    make_snippet,
    query_terms,
    text_filter,
)
from ieptrail.store.views import (
    AttachmentHit,
    AttachmentView,
    CreditView,
    DecisionView,
    MessageView,
    PromiseView,
    RequestView,
    UserMessage,
    WAITING,
    OutgoingStatus,
    OutgoingView,
    RunView,
    WorkerStatus,
    WorkerView,
    local_day,
    recipients_of,
    utc_aware,
)

LOCK_WAIT_SECONDS = 30  # as store/db.py waits for a writer's lock
SELECTIN_CHUNK = 500  # the ORM loads a relationship for at most this many rows per statement

_MESSAGE_COLUMNS = ("id", "raw_email_id", "arrival", "forward_format", "source_message_id", "message_id", "thread_id",
                    "from_name", "from_email", "to_json", "cc_json", "sent_at", "utc_offset_minutes", "date_inferred",
                    "subject", "body_text", "new_text", "quoted_text", "signature_text", "forward_note",
                    "is_auto_reply", "is_bulk")
# each sender's latest display name and latest signature (latest by sent time): the directory of who
# is who that escalations read, one index entry per sender (ix_messages_from_email_sent_at) instead of
# every message. Named parameters: the same statements run through sqlite3 and through SQLAlchemy.
SENDERS = "SELECT DISTINCT from_email FROM messages WHERE from_email IS NOT NULL AND from_email <> ''"
LATEST_NAME = ("SELECT from_name FROM messages WHERE from_email = :email AND from_name IS NOT NULL AND "
               "from_name <> '' ORDER BY sent_at DESC, id DESC LIMIT 1")
SIGNATURES = ("SELECT sent_at, signature_text FROM messages WHERE from_email = :email AND signature_text IS NOT NULL "
              "AND signature_text <> '' ORDER BY sent_at {order}, id {order} LIMIT 1")


def latest_sender_facts_from(rows: Callable[[str, dict], Sequence[tuple]]) -> list[tuple[str, str, str]]:
    """(from_email, latest display name, latest signature; "" where none) of every sender, in the
    order they first signed (the escalation ladder takes the first on a rung), read with `rows`."""
    found = []
    for (email,) in rows(SENDERS, {}):
        name = rows(LATEST_NAME, {"email": email})
        first = rows(SIGNATURES.format(order="ASC"), {"email": email})
        latest = rows(SIGNATURES.format(order="DESC"), {"email": email}) if first else []
        found.append((str(first[0][0]) if first else "~", email, name[0][0] if name else "",
                      latest[0][1] if latest else ""))
    return [(email, name, signature) for _, email, name, signature in sorted(found)]


_BOOLEANS = {"date_inferred", "is_auto_reply", "is_bulk"}
_OUTGOING_COLUMNS = ("id", "kind", "key", "item_key", "to_addrs", "cc_addrs", "subject", "eml", "status", "attempts",
                     "last_error", "created_at", "sent_at", "next_attempt_at")
Read = TypeVar("Read")


class ReadFailed(Exception):
    """The record could not be read this way (a lock held too long, a damaged file): the caller takes the normal path."""


def _sent_before(before: datetime | None) -> tuple[str, list]:
    return ("", []) if before is None else ("WHERE messages.sent_at < ? ", [_stored_time(before)])


def _stored_time(value: datetime) -> str:
    """A time as SQLAlchemy's SQLite DateTime stores it, for comparing with stored times."""
    return (f"{value.year:04d}-{value.month:02d}-{value.day:02d} {value.hour:02d}:{value.minute:02d}:"
            f"{value.second:02d}.{value.microsecond:06d}")


def _read_time(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def _read_day(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _flag(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def _like(value: str) -> str:
    """`value` for `LIKE '%' || ? || '%' ESCAPE '/'`: its "%" and "_" are letters (SQLAlchemy's autoescape)."""
    return value.replace("/", "//").replace("%", "/%").replace("_", "/_")


def _marks(values: Sequence) -> str:
    return ", ".join("?" * len(values))


def _chunks(values: list, size: int) -> Iterable[list]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _carried(inner: str) -> str:
    """Message ids whose attachments hold the attachment_texts ids `inner` selects."""
    return ("SELECT attachments.message_pk \nFROM attachments JOIN attachment_texts ON attachment_texts.sha256 = "
            f"attachments.sha256 \nWHERE attachment_texts.id IN ({inner})")


def _attachment_text_hit() -> str:
    return _carried("SELECT attachment_pages.text_id \nFROM attachment_pages \nWHERE attachment_pages.id IN "
                    "(SELECT anon_2.id \nFROM (SELECT rowid AS id FROM attachment_pages_fts WHERE attachment_pages_fts "
                    "MATCH ?) AS anon_2)")


def _attachment_topic_hit(count: int) -> str:
    return _carried("SELECT attachment_topic_tags.text_id \nFROM attachment_topic_tags \n"
                    f"WHERE attachment_topic_tags.topic IN ({_marks('?' * count)})")


class ReadOnlyRecord:
    """A SQLite record opened read-only for one command."""

    def __init__(self, connection: sqlite3.Connection):
        self.connection = connection

    def __enter__(self) -> ReadOnlyRecord:
        return self

    def __exit__(self, *exc_info) -> None:
        self.connection.close()

    def _rows(self, statement: str, parameters: Sequence | dict = ()) -> list[tuple]:
        try:
            return self.connection.execute(statement, parameters if isinstance(parameters, dict)
                                           else tuple(parameters)).fetchall()
        except (sqlite3.Error, OverflowError) as exc:  # OverflowError: a number no SQLite integer holds
            raise ReadFailed(str(exc)) from exc

    def search_messages(self, filters: SearchFilters, zone: tzinfo) -> list[MessageView]:
        """As store/queries.py's `search_messages` (its comments say why each condition is there)."""
        member = "messages.id + ?"  # as the ORM writes "id + 0" (keeps the planner on the sent_at index)
        conditions: list[str] = []
        parameters: list = []
        terms = query_terms(filters.query)
        if terms:
            columns = "{new_text attachment_names}" if filters.concept_topics else "{subject new_text attachment_names}"
            text_hit = (f"{member} IN (SELECT anon_1.id \nFROM (SELECT rowid AS id FROM messages_fts WHERE messages_fts "
                        "MATCH ?) AS anon_1)")
            matches = []
            if not (filters.concept_topics and filters.topics_only):
                matches.append(f"{text_hit} AND messages.is_bulk IS 0" if filters.concept_topics else text_hit)
                parameters += [0, fts_match(terms, columns + ": ")]
            if filters.concept_topics:
                matches.append(f"{member} IN (SELECT topic_tags.message_pk \nFROM topic_tags \n"
                               f"WHERE topic_tags.topic IN ({_marks(filters.concept_topics)}))")
                parameters += [0, *filters.concept_topics]
            if filters.attachments:
                attached = f"{member} IN ({_attachment_text_hit()})"
                parameters += [0, fts_match(terms)]
                if filters.concept_topics:
                    attached = (f"({attached} OR {member} IN "
                                f"({_attachment_topic_hit(len(filters.concept_topics))}))")
                    parameters += [0, *filters.concept_topics]
                matches.append(f"{attached} AND messages.is_bulk IS 0")
            conditions.append("(" + " OR ".join(f"({match})" for match in matches) + ")")
        if filters.topic:
            topic = text_filter(filters.topic)
            conditions.append(f"({member} IN (SELECT topic_tags.message_pk \nFROM topic_tags \n"
                              f"WHERE topic_tags.topic = ?) OR {member} IN ({_attachment_topic_hit(1)}))")
            parameters += [0, topic, 0, topic]
        if filters.student:
            conditions.append(f"{member} IN (SELECT student_tags.message_pk \nFROM student_tags \n"
                              "WHERE (lower(student_tags.student) LIKE '%' || ? || '%' ESCAPE '/'))")
            parameters += [0, _like(text_filter(filters.student.lower()))]
        if filters.sender:
            conditions.append("((lower(messages.from_email) LIKE '%' || ? || '%' ESCAPE '/') OR "
                              "(lower(messages.from_name) LIKE '%' || ? || '%' ESCAPE '/'))")
            sender = _like(text_filter(filters.sender.lower()))
            parameters += [sender, sender]
        if filters.since:
            conditions.append("messages.sent_at >= ?")
            parameters.append(_stored_time(day_bounds_utc(filters.since, zone)))
        if filters.until:
            conditions.append("messages.sent_at < ?")
            parameters.append(_stored_time(day_bounds_utc(filters.until, zone, end=True)))
        parameters += [max(1, min(filters.limit, MAX_RESULTS)), 0]
        rows = self._messages(" AND ".join(conditions) or "1 = 1", parameters,
                              " ORDER BY messages.sent_at DESC NULLS LAST, messages.id DESC\n LIMIT ? OFFSET ?")
        topics = [*(filters.concept_topics if filters.attachments else ()), *([filters.topic] if filters.topic else [])]
        hits = self.attachment_hits([row.id for row in rows], terms if filters.attachments else [], topics)
        return self._views(rows, terms, hits)

    def _messages(self, where: str, parameters: Sequence, order: str = "") -> list[SimpleNamespace]:
        return [self._message(row) for row in self._rows(
            f"SELECT {', '.join('messages.' + name for name in _MESSAGE_COLUMNS)} \nFROM messages \nWHERE {where}{order}",
            parameters)]

    def thread_messages(self, thread_id: int) -> list[MessageView]:
        """As store/queries.py's `thread_messages`: the thread's messages, oldest first."""
        return self._views(self._messages("messages.thread_id = ?", [thread_id],
                                          " ORDER BY messages.sent_at NULLS LAST, messages.id"), [], {})

    def message_view(self, message_pk: int) -> MessageView | None:
        """As store/queries.py's `message_view`."""
        rows = self._messages("messages.id = ?", [message_pk])
        return self._views(rows, [], {})[0] if rows else None

    def raw_email(self, raw_email_id: int) -> SimpleNamespace | None:
        """The email as received (its `raw` bytes and `sha256`), as store/queries.py's `raw_email` gives them."""
        rows = self._rows("SELECT raw_emails.sha256, raw_emails.raw \nFROM raw_emails \nWHERE raw_emails.id = ?",
                          [raw_email_id])
        return SimpleNamespace(sha256=rows[0][0], raw=rows[0][1]) if rows else None

    def _message(self, values: tuple) -> SimpleNamespace:
        row = SimpleNamespace(**dict(zip(_MESSAGE_COLUMNS, values, strict=True)))
        row.sent_at = _read_time(row.sent_at)
        for name in _BOOLEANS:
            value = getattr(row, name)
            setattr(row, name, None if value is None else bool(value))
        return row

    def attachment_hits(self, ids: list[int], terms: list[str], topics: Iterable[str]) -> dict[int, tuple[AttachmentHit, ...]]:
        """As store/queries.py's `attachment_hits`."""
        topics = list(topics)
        found: dict[int, list[AttachmentHit]] = defaultdict(list)
        if not ids or not (terms or topics):
            return {}
        carried = ("(SELECT attachments.message_pk AS message_pk, attachments.filename AS filename, attachment_texts.id "
                   "AS text_id \nFROM attachments JOIN attachment_texts ON attachment_texts.sha256 = attachments.sha256 "
                   f"\nWHERE attachments.message_pk IN ({_marks(ids)})) AS anon_1")
        if terms:
            for message_pk, filename, page in self._rows(
                "SELECT anon_1.message_pk, anon_1.filename, min(attachment_pages.page) AS min_1 \n"
                f"FROM {carried} JOIN attachment_pages ON attachment_pages.text_id = anon_1.text_id \n"
                "WHERE attachment_pages.id IN (SELECT anon_2.id \nFROM (SELECT rowid AS id FROM attachment_pages_fts "
                "WHERE attachment_pages_fts MATCH ?) AS anon_2) GROUP BY anon_1.message_pk, anon_1.filename "
                "ORDER BY anon_1.filename", [*ids, fts_match(terms)]
            ):
                found[message_pk].append(AttachmentHit(filename, page, "text"))
        if topics:
            for message_pk, filename, topic, page in self._rows(
                "SELECT anon_1.message_pk, anon_1.filename, attachment_topic_tags.topic, "
                f"min(attachment_topic_tags.page) AS min_1 \nFROM {carried} JOIN attachment_topic_tags ON "
                f"attachment_topic_tags.text_id = anon_1.text_id \nWHERE attachment_topic_tags.topic IN ({_marks(topics)}) "
                "GROUP BY anon_1.message_pk, anon_1.filename, attachment_topic_tags.topic ORDER BY anon_1.filename",
                [*ids, *topics]
            ):
                found[message_pk].append(AttachmentHit(filename, page, topic))
        return {message_pk: tuple(hits) for message_pk, hits in found.items()}

    def _views(self, rows: list[SimpleNamespace], terms: list[str],
               hits: dict[int, tuple[AttachmentHit, ...]]) -> list[MessageView]:
        """As store/queries.py's `views_for` (and the ORM's loading of each message's attachments)."""
        ids = [row.id for row in rows]
        topics: dict[int, list[str]] = defaultdict(list)
        students: dict[int, list[str]] = defaultdict(list)
        evidence: dict[int, list[str]] = defaultdict(list)
        names: dict[int, list[SimpleNamespace]] = defaultdict(list)
        hashes: dict[int, str] = {}
        for chunk in _chunks(ids, SELECTIN_CHUNK):
            for message_pk, _id, filename, *_ in self._rows(
                "SELECT attachments.message_pk, attachments.id, attachments.filename, attachments.content_type, "
                "attachments.size, attachments.sha256 \nFROM attachments \n"
                f"WHERE attachments.message_pk IN ({_marks(chunk)})", chunk
            ):
                names[message_pk].append(SimpleNamespace(filename=filename))
        if ids:
            for message_pk, topic, sentence in self._rows(
                "SELECT topic_tags.message_pk, topic_tags.topic, topic_tags.sentence \nFROM topic_tags \n"
                f"WHERE topic_tags.message_pk IN ({_marks(ids)}) ORDER BY topic_tags.id", ids
            ):
                if topic not in topics[message_pk]:
                    topics[message_pk].append(topic)
                evidence[message_pk].append(sentence)
            for message_pk, student in self._rows(
                "SELECT student_tags.message_pk, student_tags.student \nFROM student_tags \n"
                f"WHERE student_tags.message_pk IN ({_marks(ids)}) ORDER BY student_tags.id", ids
            ):
                if student not in students[message_pk]:
                    students[message_pk].append(student)
            raw_ids = list({row.raw_email_id for row in rows})
            hashes = dict(self._rows(
                f"SELECT raw_emails.id, raw_emails.sha256 \nFROM raw_emails \nWHERE raw_emails.id IN ({_marks(raw_ids)})",
                raw_ids))
        files = self.attachment_views(ids)
        views = []
        for row in rows:
            row.attachments = names[row.id]
            views.append(MessageView.from_row(
                row,  # type: ignore[arg-type]  # a Message's columns, read without the ORM
                topics=tuple(topics[row.id]),
                students=tuple(students[row.id]),
                snippet=make_snippet(row.new_text or row.body_text, terms, evidence[row.id]),
                sha256=hashes.get(row.raw_email_id),
                attachment_files=files.get(row.id, ()),
                attachment_hits=hits.get(row.id, ()),
            ))
        return views

    def attachment_views(self, ids: list[int]) -> dict[int, tuple[AttachmentView, ...]]:
        """As store/attachments.py's `attachment_views`."""
        if not ids:
            return {}
        rows = self._rows(
            "SELECT attachments.id, attachments.message_pk, attachments.filename, attachments.content_type, "
            "attachments.size, attachments.sha256, attachment_texts.id AS id_1, attachment_texts.sha256 AS sha256_1, "
            "attachment_texts.kind, attachment_texts.status, attachment_texts.note, attachment_texts.extractor, "
            "attachment_texts.page_count, attachment_texts.char_count, attachment_texts.extracted_at, "
            "attachment_texts.tagged_at \nFROM attachments LEFT OUTER JOIN attachment_texts ON attachment_texts.sha256 "
            f"= attachments.sha256 \nWHERE attachments.message_pk IN ({_marks(ids)}) "
            "ORDER BY attachments.message_pk, attachments.id", ids)
        text_ids = list({row[6] for row in rows if row[6] is not None})
        topics: dict[int, list[str]] = defaultdict(list)
        if text_ids:
            for text_id, topic in self._rows(
                "SELECT attachment_topic_tags.text_id, attachment_topic_tags.topic \nFROM attachment_topic_tags \n"
                f"WHERE attachment_topic_tags.text_id IN ({_marks(text_ids)}) "
                "ORDER BY attachment_topic_tags.page, attachment_topic_tags.start", text_ids
            ):
                if topic not in topics[text_id]:
                    topics[text_id].append(topic)
        found: dict[int, list[AttachmentView]] = defaultdict(list)
        for (_, message_pk, filename, content_type, size, sha256, text_id, _sha, kind, status, note, _extractor,
             page_count, *_) in rows:
            views = found[message_pk]
            read = text_id is not None
            views.append(AttachmentView(
                message_id=message_pk, index=len(views), filename=filename, content_type=content_type, size=size,
                sha256=sha256, kind=kind if read else None, status=status if read else None,
                note=note if read else None, page_count=page_count if read else 0,
                topics=tuple(topics[text_id]) if read else (),
            ))
        return {message_pk: tuple(views) for message_pk, views in found.items()}

    def topic_phrases(self, ids: list[int], topics: Iterable[str]) -> dict[int, tuple[str, ...]]:
        """As store/queries.py's `topic_phrases`."""
        found: dict[int, list[str]] = defaultdict(list)
        if not ids:
            return {}
        topics = list(topics)
        for message_pk, start, end, new_text in self._rows(
            'SELECT topic_tags.message_pk, topic_tags.start, topic_tags."end", messages.new_text \n'
            "FROM topic_tags JOIN messages ON messages.id = topic_tags.message_pk \n"
            f"WHERE topic_tags.message_pk IN ({_marks(ids)}) AND topic_tags.topic IN ({_marks(topics)}) "
            "AND topic_tags.start >= ?", [*ids, *topics, 0]
        ):
            phrase = new_text[start:end].strip()
            if phrase and phrase not in found[message_pk]:
                found[message_pk].append(phrase)
        return {message_pk: tuple(phrases) for message_pk, phrases in found.items()}

    # ---- `ieptrail status`: as store/worker_runs.py's `worker_status` ----------------------------

    def worker_status(self, now: datetime | None = None) -> WorkerStatus:
        worker = self.latest_worker()
        return WorkerStatus(
            worker=worker,
            running=worker is not None and worker.alive(now),
            last_poll=self.last_run("poll", ok=True),
            last_error=self.last_run(ok=False),
            last_digest=self.last_run("digest"),
            counts=self.counts(),
            outgoing=self.outgoing_status(),
        )

    def latest_worker(self) -> WorkerView | None:
        rows = self._rows("SELECT worker_processes.host, worker_processes.pid, worker_processes.started_at, "
                          "worker_processes.seen_at, worker_processes.stopped_at, worker_processes.next_runs, "
                          "worker_processes.note \nFROM worker_processes ORDER BY worker_processes.id DESC\n LIMIT ? OFFSET ?",
                          [1, 0])
        if not rows:
            return None
        host, pid, started_at, seen_at, stopped_at, next_runs, note = rows[0]
        runs = {job: utc_aware(datetime.fromisoformat(at)) if at else None for job, at in json.loads(next_runs or "{}").items()}
        return WorkerView(host, pid, utc_aware(_read_time(started_at)), utc_aware(_read_time(seen_at)),
                          utc_aware(_read_time(stopped_at)), runs, note)

    def last_run(self, job: str | None = None, *, ok: bool | None = None) -> RunView | None:
        where, parameters = ["worker_runs.finished_at IS NOT NULL"], []
        if job is not None:
            where.append("worker_runs.job = ?")
            parameters.append(job)
        if ok is not None:
            where.append(f"worker_runs.ok IS {int(ok)}")
        rows = self._rows("SELECT worker_runs.job, worker_runs.started_at, worker_runs.finished_at, worker_runs.ok, "
                          "worker_runs.summary, worker_runs.error \nFROM worker_runs \nWHERE " + " AND ".join(where)
                          + " ORDER BY worker_runs.id DESC\n LIMIT ? OFFSET ?", [*parameters, 1, 0])
        if not rows:
            return None
        job_name, started_at, finished_at, succeeded, summary, error = rows[0]
        return RunView(job_name, utc_aware(_read_time(started_at)), utc_aware(_read_time(finished_at)),
                       _flag(succeeded), summary, error)

    def counts(self) -> dict[str, int]:
        """As store/queries.py's `counts`."""
        by_status = dict(self._rows("SELECT raw_emails.status, count(raw_emails.id) AS count_1 \nFROM raw_emails "
                                    "GROUP BY raw_emails.status"))
        return {
            "messages": self._rows("SELECT count(messages.id) AS count_1 \nFROM messages")[0][0] or 0,
            "threads": self._rows("SELECT count(threads.id) AS count_1 \nFROM threads")[0][0] or 0,
            "arrived": sum(by_status.values()),
            "stored": by_status.get("stored", 0),
            "quarantined": by_status.get("quarantined", 0),
            "duplicates": by_status.get("duplicate", 0),
        }

    def outgoing_status(self) -> OutgoingStatus:
        """As store/outgoing.py's `outgoing_status`."""
        columns = ", ".join("outgoing_emails." + name for name in _OUTGOING_COLUMNS)
        waiting = self._rows(f"SELECT {columns} \nFROM outgoing_emails \nWHERE outgoing_emails.status IN "
                             f"({_marks(WAITING)}) ORDER BY outgoing_emails.id", WAITING)
        last_sent = self._rows(f"SELECT {columns} \nFROM outgoing_emails \nWHERE outgoing_emails.status IN (?, ?) "
                               "ORDER BY outgoing_emails.sent_at DESC, outgoing_emails.id DESC\n LIMIT ? OFFSET ?",
                               ["sent", "written", 1, 0])
        return OutgoingStatus(tuple(self._outgoing(row) for row in waiting),
                              self._outgoing(last_sent[0]) if last_sent else None)

    # ---- `ieptrail promises` / `requests`: as store/tracking.py, store/record_state.py, -----------
    # ---- store/queries.py's `sender_signatures` / `user_messages_between`, store/outgoing.py -------

    def followups_stale(self) -> bool:
        return bool(self._rows("SELECT record_state.key \nFROM record_state \nWHERE record_state.key = ?",
                               [FOLLOWUPS_STALE]))

    def promises(self, before: datetime | None = None) -> list[PromiseView]:
        where, parameters = _sent_before(before)
        rows = self._rows(
            "SELECT promises.id, promises.key, messages.id, messages.source_message_id, messages.thread_id, "
            "promises.by_name, promises.by_email, promises.text, promises.due, promises.due_text, promises.rule, "
            "messages.sent_at, messages.utc_offset_minutes, promises.topics \nFROM promises "
            f"JOIN messages ON messages.id = promises.message_pk {where}ORDER BY messages.sent_at, promises.id", parameters)
        return [PromiseView(
            id=pk, key=key, message_id=message_pk, source_message_id=source_id, thread_id=thread_id, by_name=by_name,
            by_email=by_email, text=text, due=_read_day(due), due_text=due_text, rule=rule,
            promised_on=local_day(_read_time(sent_at), offset), topics=tuple((topics or "").split()),
        ) for (pk, key, message_pk, source_id, thread_id, by_name, by_email, text, due, due_text, rule, sent_at, offset,
               topics) in rows]

    def requests(self, before: datetime | None = None) -> list[RequestView]:
        where, parameters = _sent_before(before)
        rows = self._rows(
            "SELECT requests.id, requests.key, messages.id, messages.source_message_id, messages.thread_id, "
            "requests.by_name, requests.by_email, requests.text, requests.rule, messages.sent_at, "
            "messages.utc_offset_minutes \nFROM requests JOIN messages ON messages.id = requests.message_pk "
            f"{where}ORDER BY messages.sent_at, requests.id", parameters)
        return [RequestView(
            id=pk, key=key, message_id=message_pk, source_message_id=source_id, thread_id=thread_id, by_name=by_name,
            by_email=by_email, text=text, rule=rule, asked_on=local_day(_read_time(sent_at), offset),
        ) for pk, key, message_pk, source_id, thread_id, by_name, by_email, text, rule, sent_at, offset in rows]

    def credits(self, kind: str, before: datetime | None = None) -> dict[str, CreditView]:
        rows = self._rows(
            "SELECT fulfillments.item_key, fulfillments.at, messages.id, messages.source_message_id, "
            "fulfillments.sentence, fulfillments.rule \nFROM fulfillments JOIN messages ON messages.id = "
            "fulfillments.message_pk \nWHERE fulfillments.item_kind = ?" + (" AND fulfillments.at < ?" if before else ""),
            [kind, *([_stored_time(before)] if before else [])])
        return {key: CreditView(_read_time(at), message_pk, source_id, sentence, rule)
                for key, at, message_pk, source_id, sentence, rule in rows}

    def decisions(self, kind: str) -> dict[str, list[DecisionView]]:
        found: dict[str, list[DecisionView]] = {}
        for key, action, note, actor, decided_at, effective_on in self._rows(
                "SELECT decisions.item_key, decisions.action, decisions.note, decisions.actor, decisions.decided_at, "
                "decisions.effective_on \nFROM decisions \nWHERE decisions.item_kind = ? "
                "ORDER BY decisions.decided_at, decisions.id", [kind]):
            found.setdefault(key, []).append(DecisionView(action, note, actor, _read_time(decided_at),
                                                          _read_day(effective_on)))
        return found

    def latest_sender_facts(self) -> list[tuple[str, str, str]]:
        """As store/queries.py's `latest_sender_facts` (the same statements)."""
        return latest_sender_facts_from(self._rows)

    def user_messages_between(self, user_emails: tuple[str, ...], start: datetime | None,
                              end: datetime) -> list[UserMessage]:
        emails = user_emails or ("",)
        where = f"messages.from_email IN ({_marks(emails)}) AND messages.sent_at < ?"
        parameters: list = [*emails, _stored_time(end)]
        if start is not None:
            where += " AND messages.sent_at >= ?"
            parameters.append(_stored_time(start))
        rows = self._rows("SELECT messages.id, messages.message_id, messages.thread_id, messages.to_json, "
                          f"messages.cc_json, messages.new_text, messages.sent_at \nFROM messages \nWHERE {where}",
                          parameters)
        return [UserMessage(pk, message_id, thread_id, recipients_of(to_json, cc_json), new_text or "",
                            _read_time(sent_at))
                for pk, message_id, thread_id, to_json, cc_json, new_text, sent_at in rows]

    def sent_follow_ups(self, item_key: str, before: datetime) -> list[bytes]:
        return [eml for (eml,) in self._rows(
            "SELECT outgoing_emails.eml \nFROM outgoing_emails \nWHERE outgoing_emails.kind = ? AND "
            "outgoing_emails.item_key = ? AND outgoing_emails.status = ? AND outgoing_emails.sent_at < ?",
            ["follow-up", item_key, "sent", _stored_time(before)])]

    @staticmethod
    def _outgoing(row: tuple) -> OutgoingView:
        values = dict(zip(_OUTGOING_COLUMNS, row, strict=True))
        for name in ("created_at", "sent_at", "next_attempt_at"):
            values[name] = _read_time(values[name])
        return OutgoingView(**values)


def open_read_only(database_url: str) -> ReadOnlyRecord | None:
    """The SQLite record at `database_url`, opened read-only, if it is there at this code's schema
    revision; None otherwise (another database, no file, a record to migrate, a file that is not a
    record): the normal path then opens, migrates or reports it."""
    prefix = "sqlite:///"
    path_text = database_url[len(prefix):] if database_url.startswith(prefix) else ""
    # a query string, an escape or a "~" is read differently by SQLAlchemy's URL parser: leave it to that
    if not path_text or path_text == ":memory:" or any(mark in path_text for mark in "?%~#"):
        return None
    path = Path(path_text)
    if not path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=LOCK_WAIT_SECONDS)
    except sqlite3.Error:
        return None
    try:
        connection.execute(f"PRAGMA busy_timeout={LOCK_WAIT_SECONDS * 1000}")
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        revision = None
    if revision is None or revision[0] != HEAD_REVISION:
        connection.close()
        return None
    return ReadOnlyRecord(connection)


def read_only(database_url: str, read: Callable[[ReadOnlyRecord], Read]) -> Read | None:
    """`read` over the record opened read-only; None when it cannot be (see `open_read_only`) or
    reading it failed: the caller then reads through a session."""
    record = open_read_only(database_url)
    if record is None:
        return None
    try:
        with record:
            return read(record)
    except ReadFailed:
        return None
