"""The message at the top of a reply's quoted history, read back out of the reply (a reply that never reached
the trail may be there). Text written for these tests."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from ieptrail.ingest.quoted import quoted_reply

CHICAGO = ZoneInfo("America/Chicago")


def test_the_quoted_reply_gives_its_writer_day_and_own_words():
    quoted = ("On Mon, Mar 9, 2026 at 7:31 PM Bea Holm <bea.holm@example.com> wrote:\n\n"
              "> Yes, I can be at the front office at 3:45 on Thursday.\n>\n> Bea\n>\n"
              "> On Mon, Mar 9, 2026 at 4:10 PM Victor Lund <vlund@pinecrest.k12.test> wrote:\n"
              ">> Could you pick him up at the front office at 3:45?\n")
    reply = quoted_reply(quoted, CHICAGO)
    assert reply is not None
    assert reply.sender == "bea.holm@example.com"
    assert reply.sent == datetime(2026, 3, 9, 19, 31, tzinfo=CHICAGO)
    assert reply.new_text.startswith("Yes, I can be at the front office at 3:45 on Thursday.")
    assert "Could you pick him up" not in reply.new_text


def test_an_outlook_header_block_opens_a_quoted_reply_too():
    quoted = ("________________________________\nFrom: Bea Holm <bea.holm@example.com>\n"
              "Sent: Monday, March 9, 2026 7:31 PM\nTo: Victor Lund <vlund@pinecrest.k12.test>\nSubject: Re: pickup\n\n"
              "Yes, Thursday works.\n")
    reply = quoted_reply(quoted, CHICAGO)
    assert reply is not None and reply.sender == "bea.holm@example.com" and reply.new_text == "Yes, Thursday works."


def test_no_quoted_reply_without_a_header_that_opens_the_quote():
    assert quoted_reply("", CHICAGO) is None
    assert quoted_reply("> just some quoted lines\n> with no header", CHICAGO) is None
