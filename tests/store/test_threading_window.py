"""The threader reads stored messages by subject only within the subject window of a batch's dates;
whether a subject is a linked conversation's own still asks of every stored message. (Fictional
people and school; each test stores its mail in two runs, so the second batch reads the first.)"""
from __future__ import annotations

from sqlalchemy import select

from ieptrail.config import load_settings
from ieptrail.store.db import Database
from ieptrail.store.models import Message
from ieptrail.trail.importer import Importer

ENV = {"IEPTRAIL_USER_EMAILS": "nell.okafor@example.com", "IEPTRAIL_TIMEZONE": "America/Chicago",
       "IEPTRAIL_STUDENTS": "Remy Okafor", "IEPTRAIL_DKIM_CHECK": "false"}


def mail(subject: str, date: str, message_id: str, first_word: str, sender: str = "Hal Voss <hvoss@birch.k12.test>",
         to: str = "Nell Okafor <nell.okafor@example.com>", reply_to: str | None = None) -> bytes:
    headers = f"In-Reply-To: <{reply_to}>\nReferences: <{reply_to}>\n" if reply_to else ""
    return (f"From: {sender}\nTo: {to}\nSubject: {subject}\nDate: {date}\nMessage-ID: <{message_id}>\n{headers}"
            f"Content-Type: text/plain; charset=utf-8\n\n{first_word} and a few more words here.\n").encode()


def threads_after_two_runs(tmp_path, first: list[bytes], second: list[bytes]) -> dict[str, int]:
    settings = load_settings({"HOME": str(tmp_path), "IEPTRAIL_DATABASE_URL": f"sqlite:///{tmp_path / 't.db'}", **ENV},
                             env_file="/dev/null")
    db = Database(settings.database_url)
    try:
        for run in (first, second):
            Importer(db, settings).import_many([(f"m{n}", raw) for n, raw in enumerate(run)])
        with db.session_scope() as session:
            return {row.new_text.split()[0]: row.thread_id
                    for row in session.execute(select(Message.new_text, Message.thread_id))}
    finally:
        db.close()


# a conversation opened long ago and retitled since; a newer one under its old title; then a reply to the retitled one
OPENED = mail("Remy - speech minutes", "Mon, 01 Sep 2025 09:00:00 -0500", "open-1@birch.k12.test", "Opening")
RETITLED = mail("Remy - schedule", "Tue, 10 Mar 2026 09:00:00 -0500", "retitled-2@birch.k12.test", "Retitled",
                reply_to="open-1@birch.k12.test")
NEWER = mail("Remy - speech minutes", "Thu, 05 Mar 2026 09:00:00 -0600", "newer-3@birch.k12.test", "Newer")
REPLY = mail("Re: Remy - speech minutes", "Wed, 11 Mar 2026 08:00:00 -0500", "reply-4@example.com", "Replying",
             sender="Nell Okafor <nell.okafor@example.com>", to="Hal Voss <hvoss@birch.k12.test>",
             reply_to="retitled-2@birch.k12.test")


def test_a_subject_its_linked_conversation_carried_long_ago_joins_no_other(tmp_path):
    thread_of = threads_after_two_runs(tmp_path, [OPENED, RETITLED, NEWER], [REPLY])
    assert thread_of["Opening"] == thread_of["Retitled"] == thread_of["Replying"] != thread_of["Newer"]


def test_a_subject_fallback_reaches_a_stored_message_inside_the_window_only(tmp_path):
    inside = mail("Remy - bus stop", "Mon, 02 Feb 2026 09:00:00 -0600", "bus-1@birch.k12.test", "Inside")
    outside = mail("Remy - bus stop", "Mon, 01 Sep 2025 09:00:00 -0500", "bus-0@birch.k12.test", "Outside")
    # an inline-forward-like reply: no Message-ID headers to go by, so only the subject can place it
    later = (b"From: Nell Okafor <nell.okafor@example.com>\nTo: Hal Voss <hvoss@birch.k12.test>\n"
             b"Subject: Re: Remy - bus stop\nDate: Tue, 03 Feb 2026 10:00:00 -0600\n"
             b"Content-Type: text/plain; charset=utf-8\n\nLater and a few more words here.\n")
    thread_of = threads_after_two_runs(tmp_path, [outside, inside], [later])
    assert thread_of["Later"] == thread_of["Inside"] != thread_of["Outside"]
