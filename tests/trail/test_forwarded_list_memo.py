"""A person's memo to a staff list that the user forwarded is list mail whose topics are read, on
import and again on retag, and whose writer's own dated undertaking is a promise; a no-reply newsletter
forwarded the same way stays without topics."""
from __future__ import annotations

from sqlalchemy import select

from records import sample_settings
from ieptrail.store import tags as tag_store
from ieptrail.store.db import Database
from ieptrail.store.models import Message, MissedService, Promise, TopicTag
from ieptrail.trail.importer import Importer
from ieptrail.trail.tagging import retag, stored_directory

BODY = ("Team, benchmark testing is next Tuesday. Students who get extended time or a reader for tests will test in "
        "the library. Speech sessions did not happen yesterday because of the fire drill. I will post the room list "
        "by Thursday.")


def _forward(number: int, sender: str, to: str, subject: str) -> bytes:
    return (f"From: Rosa Delgado <rosa.delgado@gmail.com>\r\nTo: delgado.paper.trail@gmail.com\r\n"
            f"Subject: Fwd: {subject}\r\nDate: Tue, 3 Feb 2026 19:0{number}:00 -0600\r\n"
            f"Message-ID: <memo{number}@gmail.com>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            "keep this one\r\n\r\n---------- Forwarded message ---------\r\n"
            f"From: {sender}\r\nDate: Mon, Feb 2, 2026 at 4:1{number} PM\r\nSubject: {subject}\r\nTo: {to}\r\n\r\n"
            f"{BODY}\r\n").encode()


def _topics(session, subject: str) -> set[str]:
    return set(session.scalars(select(TopicTag.topic).join(Message, Message.id == TopicTag.message_pk)
                               .where(Message.subject == subject)))


def test_a_forwarded_list_memo_keeps_its_topics_and_nothing_else(tmp_path, tagger):
    url = f"sqlite:///{tmp_path / 'trail.db'}"
    settings = sample_settings(url, tmp_path)
    db = Database(url)
    staff = "Pine Hollow Staff <ph-staff@pinehollow.example.org>"
    Importer(db, settings, tagger=tagger).import_many([
        ("memo.eml", _forward(1, "Ada Brook <abrook@pinehollow.example.org>", staff, "Testing rooms Tuesday")),
        ("news.eml", _forward(2, "Pine Hollow <noreply@notify.example.org>", staff, "Pine Post - February 2026")),
    ])
    with db.session_scope() as session:
        assert all(session.scalars(select(Message.is_bulk)))  # both are list mail
        assert {"extended_time", "read_aloud"} <= _topics(session, "Testing rooms Tuesday")
        assert not _topics(session, "Pine Post - February 2026")
        assert not session.scalars(select(MissedService)).all()
        # only the memo writer's "I will post the room list by Thursday", owed to everyone on the list
        assert [p.text for p in session.scalars(select(Promise))] == ["I will post the room list by Thursday."]
        # retag reads the stored message the same way
        stored = tag_store.stored_texts(session, session.scalars(select(Message.id)).all())
        retag(session, tagger, settings, stored, stored_directory(session))
        assert {"extended_time", "read_aloud"} <= _topics(session, "Testing rooms Tuesday")
        assert not _topics(session, "Pine Post - February 2026")
    db.close()
