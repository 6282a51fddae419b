"""A reply linked by its headers to one conversation whose "Re: X" names an earlier conversation among
the same people: its author took the two for one, so they are joined. (Fictional people and school.)"""
from __future__ import annotations

from thread_ids import threads_by_first_word

ENV = {"IEPTRAIL_USER_EMAILS": "tess.ruiz@example.com", "IEPTRAIL_TIMEZONE": "America/Chicago",
       "IEPTRAIL_STUDENTS": "Lia Ruiz", "IEPTRAIL_DKIM_CHECK": "false"}

EVALUATION = """From: Dora Pike <dpike@elmwood.k12.test>
To: Tess Ruiz <tess.ruiz@example.com>
Subject: Lia - re-evaluation update
Date: Mon, 02 Mar 2026 09:00:00 -0600
Message-ID: <eval-1@elmwood.k12.test>
Content-Type: text/plain; charset=utf-8

Testing starts this week.
"""

PAPERS = """From: Tess Ruiz <tess.ruiz@example.com>
To: Dora Pike <dpike@elmwood.k12.test>
Subject: evaluation papers
Date: Tue, 10 Mar 2026 18:00:00 -0500
Message-ID: <papers-2@example.com>
Content-Type: text/plain; charset=utf-8

Sending the rating scales back with Lia tomorrow.
"""

# the teacher answers the mother's new email under the evaluation thread's subject
ANSWER = """From: Dora Pike <dpike@elmwood.k12.test>
To: Tess Ruiz <tess.ruiz@example.com>
Subject: RE: Lia - re-evaluation update
Date: Wed, 11 Mar 2026 08:00:00 -0500
Message-ID: <answer-3@elmwood.k12.test>
In-Reply-To: <papers-2@example.com>
References: <papers-2@example.com>
Content-Type: text/plain; charset=utf-8

Got them, thank you.
"""

# trap: the same subject, earlier, among other people (another family's thread forwarded by a friend)
OTHERS = """From: Ana Gil <agil@elmwood.k12.test>
To: Tess Ruiz <tess.ruiz@example.com>
Subject: Lunch duty
Date: Mon, 09 Mar 2026 09:00:00 -0500
Message-ID: <lunch-1@elmwood.k12.test>
Content-Type: text/plain; charset=utf-8

Can you cover Friday?
"""

OTHERS_REPLY = """From: Tess Ruiz <tess.ruiz@example.com>
To: Ana Gil <agil@elmwood.k12.test>
Subject: Re: Lia - re-evaluation update
Date: Mon, 09 Mar 2026 12:00:00 -0500
Message-ID: <lunch-2@example.com>
In-Reply-To: <lunch-1@elmwood.k12.test>
References: <lunch-1@elmwood.k12.test>
Content-Type: text/plain; charset=utf-8

Yes, I can.
"""


def test_a_reply_under_another_conversations_subject_joins_the_two(tmp_path):
    thread_of = threads_by_first_word(tmp_path, {"1.eml": EVALUATION, "2.eml": PAPERS, "3.eml": ANSWER}, ENV)
    assert thread_of["Testing"] == thread_of["Sending"] == thread_of["Got"]


def test_the_subject_alone_joins_nothing_among_other_people(tmp_path):
    thread_of = threads_by_first_word(tmp_path, {"1.eml": EVALUATION, "4.eml": OTHERS, "5.eml": OTHERS_REPLY}, ENV)
    assert thread_of["Can"] == thread_of["Yes,"] != thread_of["Testing"]


def test_a_reply_under_its_own_conversations_subject_changes_nothing(tmp_path):
    thread_of = threads_by_first_word(tmp_path, {"1.eml": EVALUATION, "2.eml": PAPERS, "4.eml": OTHERS}, ENV)
    assert thread_of["Testing"] != thread_of["Sending"] != thread_of["Can"]
