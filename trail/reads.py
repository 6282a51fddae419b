"""The reads statuses and escalations rest on, from either kind of record handle.

A command line `promises` or `requests` is a whole process, and loading SQLAlchemy costs more than
the statuses themselves: over a SQLite record those commands read with store/sqlite_read.py's
`ReadOnlyRecord` (the standard library's sqlite3). Everywhere else (PostgreSQL, the web, the
digest, a record that needs migrating) the same reads go through a unit of work. `reads_of`
gives either the same methods; the ORM modules load only when a session is used.
"""
from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from ieptrail.store.sqlite_read import ReadOnlyRecord
from ieptrail.store.views import CreditView, DecisionView, PromiseView, RequestView, UserMessage

if TYPE_CHECKING:
    from ieptrail.store.db import Session


class SessionReads:
    """ReadOnlyRecord's reads, through a session (any database)."""

    def __init__(self, session: Session):
        self.session = session

    def followups_stale(self) -> bool:
        from ieptrail.store import record_state

        return record_state.followups_stale(self.session)

    def promises(self) -> list[PromiseView]:
        from ieptrail.store import tracking

        return tracking.promises(self.session)

    def requests(self) -> list[RequestView]:
        from ieptrail.store import tracking

        return tracking.requests(self.session)

    def credits(self, kind: str) -> dict[str, CreditView]:
        from ieptrail.store import tracking

        return tracking.credits(self.session, kind)

    def decisions(self, kind: str) -> dict[str, list[DecisionView]]:
        from ieptrail.store import tracking

        return tracking.decisions(self.session, kind)

    def sender_signatures(self):
        from ieptrail.store import queries

        return queries.sender_signatures(self.session)

    def user_messages_between(self, user_emails: tuple[str, ...], start: datetime | None,
                              end: datetime) -> list[UserMessage]:
        from ieptrail.store import queries

        return queries.user_messages_between(self.session, user_emails, start, end)

    def sent_follow_ups(self, item_key: str, before: datetime) -> list[bytes]:
        from ieptrail.store import outgoing

        return outgoing.sent_follow_ups(self.session, item_key, before)


def reads_of(source: Session | ReadOnlyRecord) -> ReadOnlyRecord | SessionReads:
    return source if isinstance(source, ReadOnlyRecord) else SessionReads(source)
