"""Threading by subject: the author of the message a reply quotes counts among its participants.
(Fictional people and school.)"""
from __future__ import annotations

from sqlalchemy import select

from ieptrail.config import load_settings
from ieptrail.ingest.sources import read_local
from ieptrail.store.db import Database
from ieptrail.store.models import Message
from ieptrail.trail.importer import Importer

ENV = {"IEPTRAIL_USER_EMAILS": "nora.quist@example.com", "IEPTRAIL_TIMEZONE": "America/Denver",
       "IEPTRAIL_STUDENTS": "Ida Quist", "IEPTRAIL_DKIM_CHECK": "false"}

TEACHERS_EMAIL = """From: Nora Quist <nora.quist@example.com>
To: quist.file@example.org
Subject: Fwd: Ida - speech schedule
Date: Tue, 10 Mar 2026 19:00:00 -0600
Message-ID: <fwd-teacher-1@mail.test>
Content-Type: text/plain; charset=utf-8

---------- Forwarded message ---------
From: Ellen Marsh <emarsh@pinecrest.k12.test>
Date: Tue, Mar 10, 2026 at 2:40 PM
Subject: Ida - speech schedule
To: Nora Quist <nora.quist@example.com>

Ida's speech sessions move to Wednesdays at 10:15 starting next week.
"""

# The user's reply went to someone else (the principal), then was forwarded to the trail: no
# In-Reply-To survives and no participant is shared, but its quote names the teacher.
REPLY_TO_THE_PRINCIPAL = """From: Nora Quist <nora.quist@example.com>
To: quist.file@example.org
Subject: Fwd: Re: Ida - speech schedule
Date: Tue, 10 Mar 2026 20:30:00 -0600
Message-ID: <fwd-reply-2@mail.test>
Content-Type: text/plain; charset=utf-8

---------- Forwarded message ---------
From: Nora Quist <nora.quist@example.com>
Date: Tue, Mar 10, 2026 at 8:00 PM
Subject: Re: Ida - speech schedule
To: Victor Lund <vlund@pinecrest.k12.test>

Mr. Lund, Wednesdays at 10:15 is during her reading block. Can we talk?

On Tue, Mar 10, 2026 at 2:40 PM Ellen Marsh <emarsh@pinecrest.k12.test> wrote:

> Ida's speech sessions move to Wednesdays at 10:15 starting next week.
"""

# Trap: the same subject, another conversation (the club's coach), quoting someone not on the first.
OTHER_CONVERSATION = """From: Nora Quist <nora.quist@example.com>
To: quist.file@example.org
Subject: Fwd: Re: Ida - speech schedule
Date: Wed, 11 Mar 2026 09:00:00 -0600
Message-ID: <fwd-other-3@mail.test>
Content-Type: text/plain; charset=utf-8

---------- Forwarded message ---------
From: Nora Quist <nora.quist@example.com>
Date: Wed, Mar 11, 2026 at 8:50 AM
Subject: Re: Ida - speech schedule
To: Pat Oyelaran <coach.pat@example.net>

Fine by us.

On Tue, Mar 10, 2026 at 9:00 PM Pat Oyelaran <coach.pat@example.net> wrote:

> Could Ida's speech practice for the play move to Thursdays?
"""


def test_a_forwarded_reply_joins_the_thread_of_the_message_it_quotes_and_no_other(tmp_path):
    for name, text in (("1.eml", TEACHERS_EMAIL), ("2.eml", REPLY_TO_THE_PRINCIPAL), ("3.eml", OTHER_CONVERSATION)):
        (tmp_path / name).write_text(text)
    settings = load_settings({"HOME": str(tmp_path), "IEPTRAIL_DATABASE_URL": f"sqlite:///{tmp_path / 't.db'}", **ENV},
                             env_file="/dev/null")
    db = Database(settings.database_url)
    try:
        Importer(db, settings).import_many(read_local([tmp_path / name for name in ("1.eml", "2.eml", "3.eml")]))
        with db.session_scope() as session:
            thread_of = {row.new_text.split()[0]: row.thread_id
                         for row in session.execute(select(Message.new_text, Message.thread_id))}
    finally:
        db.close()
    assert thread_of["Ida's"] == thread_of["Mr."]
    assert thread_of["Fine"] != thread_of["Ida's"]
