"""The reads statuses and escalations rest on, from either kind of record handle.

A command line `promises` or `requests` is a whole process, and loading SQLAlchemy costs more than
the statuses themselves: over a SQLite record those commands read with store/sqlite_read.py's
`ReadOnlyRecord` (the standard library's sqlite3). Everywhere else (PostgreSQL, the web, the
digest, a record that needs migrating) the same reads go through a unit of work. `reads_of`
gives either the same methods; the ORM modules load only when a session is used.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING

from ieptrail.store.sqlite_read import ReadOnlyRecord
from ieptrail.store.views import CreditView, DecisionView, PromiseView, RequestView, UserMessage

if TYPE_CHECKING:
    from ieptrail.store.db import Session


class SessionReads:
    """ReadOnlyRecord's reads, through a session (any database): the store's own functions."""

    def __init__(self, session: Session):
        from ieptrail.store import outgoing, queries, record_state, tracking  # the ORM: a session is open anyway

        self.session = session
        self.followups_stale: Callable[[], bool] = partial(record_state.followups_stale, session)
        self.promises: Callable[..., list[PromiseView]] = partial(tracking.promises, session)
        self.requests: Callable[..., list[RequestView]] = partial(tracking.requests, session)
        self.credits: Callable[..., dict[str, CreditView]] = partial(tracking.credits, session)
        self.decisions: Callable[[str], dict[str, list[DecisionView]]] = partial(tracking.decisions, session)
        self.latest_sender_facts: Callable[[], list[tuple[str, str, str]]] = partial(queries.latest_sender_facts, session)
        self.user_messages_between: Callable[..., list[UserMessage]] = partial(queries.user_messages_between, session)
        self.sent_follow_ups: Callable[[str, datetime], list[bytes]] = partial(outgoing.sent_follow_ups, session)


def reads_of(source: Session | ReadOnlyRecord) -> ReadOnlyRecord | SessionReads:
    return source if isinstance(source, ReadOnlyRecord) else SessionReads(source)
