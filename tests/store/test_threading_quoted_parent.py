"""Threading by the quoted parent: a reply whose parent we hold under no Message-ID (it arrived as an
inline forward) joins it by the author and minute its quote opens with, whatever the subjects say.
(Fictional people and school.)"""
from __future__ import annotations

from thread_ids import threads_by_first_word

ENV = {"IEPTRAIL_USER_EMAILS": "nora.quist@example.com", "IEPTRAIL_TIMEZONE": "America/Denver",
       "IEPTRAIL_STUDENTS": "Ida Quist", "IEPTRAIL_DKIM_CHECK": "false"}

# The teacher's email reaches the trail only as the user's inline forward: its Message-ID is lost.
TEACHERS_EMAIL = """From: Nora Quist <nora.quist@example.com>
To: quist.file@example.org
Subject: Fwd: Speech group
Date: Tue, 10 Mar 2026 19:00:00 -0600
Message-ID: <fwd-teacher-1@mail.test>
Content-Type: text/plain; charset=utf-8

---------- Forwarded message ---------
From: Ellen Marsh <emarsh@pinecrest.k12.test>
Date: Tue, Mar 10, 2026 at 2:40 PM
Subject: Speech group
To: Nora Quist <nora.quist@example.com>

Ida's speech group did not meet Monday because of the spelling bee.
"""

# Two weeks later the user answers it, retitling the thread; the trail gets it by Bcc. Its
# In-Reply-To names the teacher's real Message-ID, which the trail never saw.
RETITLED_REPLY = """From: Nora Quist <nora.quist@example.com>
To: Ellen Marsh <emarsh@pinecrest.k12.test>
Bcc: quist.file@example.org
Subject: Re: Speech group - skipped twice now
Date: Tue, 24 Mar 2026 20:10:00 -0600
Message-ID: <reply-2@mail.test>
In-Reply-To: <never-seen-teacher@pinecrest.k12.test>
References: <never-seen-teacher@pinecrest.k12.test>
Content-Type: text/plain; charset=utf-8

Ms. Marsh, it was skipped again today for the assembly. Can it move to the afternoon?

On Tue, Mar 10, 2026 at 2:40 PM Ellen Marsh <emarsh@pinecrest.k12.test> wrote:

> Ida's speech group did not meet Monday because of the spelling bee.
"""

# Trap: the same teacher, another of her emails (another minute) that the trail never got, answered
# under a new subject: not the stored email's reply.
ANOTHER_OF_HER_EMAILS = """From: Nora Quist <nora.quist@example.com>
To: Ellen Marsh <emarsh@pinecrest.k12.test>
Bcc: quist.file@example.org
Subject: Re: Picture day
Date: Wed, 25 Mar 2026 07:30:00 -0600
Message-ID: <reply-3@mail.test>
In-Reply-To: <never-seen-picture@pinecrest.k12.test>
Content-Type: text/plain; charset=utf-8

Thanks, we will send the form back tomorrow.

On Tue, Mar 24, 2026 at 2:41 PM Ellen Marsh <emarsh@pinecrest.k12.test> wrote:

> Picture day forms are due Friday.
"""

# A thread known by headers (the user's email and the teacher's reply straight to the trail), and a
# later teacher email under a new subject that reaches the trail only as an inline forward. The
# user's answer to that one names the whole chain in References (so it joins the first thread) and
# quotes the forwarded one in Spanish Gmail's words: both threads are one conversation.
FIRST = """From: Nora Quist <nora.quist@example.com>
To: Ellen Marsh <emarsh@pinecrest.k12.test>
Cc: quist.file@example.org
Subject: Ida - articulation homework
Date: Mon, 02 Mar 2026 08:00:00 -0700
Message-ID: <chain-1@mail.test>
Content-Type: text/plain; charset=utf-8

Is there articulation homework this week?
"""

SECOND = """From: Ellen Marsh <emarsh@pinecrest.k12.test>
To: Nora Quist <nora.quist@example.com>
Cc: quist.file@example.org
Subject: RE: Ida - articulation homework
Date: Mon, 02 Mar 2026 12:00:00 -0700
Message-ID: <chain-2@pinecrest.k12.test>
In-Reply-To: <chain-1@mail.test>
References: <chain-1@mail.test>
Content-Type: text/plain; charset=utf-8

Yes, the /r/ cards in her folder.
"""

RETITLED_BY_THE_TEACHER = """From: Nora Quist <nora.quist@example.com>
To: quist.file@example.org
Subject: Fwd: Out next week - Ida's speech
Date: Thu, 05 Mar 2026 18:00:00 -0700
Message-ID: <fwd-chain-3@mail.test>
Content-Type: text/plain; charset=utf-8

---------- Forwarded message ---------
From: Ellen Marsh <emarsh@pinecrest.k12.test>
Date: Thu, Mar 5, 2026 at 4:45 PM
Subject: Out next week - Ida's speech
To: Nora Quist <nora.quist@example.com>

I will be at a conference next week; a substitute therapist will see Ida on Tuesday.
"""

ANSWER_IN_SPANISH_GMAIL = """From: Nora Quist <nora.quist@example.com>
To: Ellen Marsh <emarsh@pinecrest.k12.test>
Bcc: quist.file@example.org
Subject: Re: Out next week - Ida's speech
Date: Wed, 11 Mar 2026 19:00:00 -0600
Message-ID: <chain-4@mail.test>
In-Reply-To: <chain-3-never-seen@pinecrest.k12.test>
References: <chain-1@mail.test> <chain-2@pinecrest.k12.test> <chain-3-never-seen@pinecrest.k12.test>
Content-Type: text/plain; charset=utf-8

Nobody came for Ida on Tuesday.

El jue, 5 mar 2026 a las 16:45, Ellen Marsh (<emarsh@pinecrest.k12.test>) escribi\u00f3:
> I will be at a conference next week; a substitute therapist will see Ida on Tuesday.
"""


def test_a_retitled_reply_joins_the_inline_forward_it_quotes_and_not_another_email_of_its_author(tmp_path):
    mails = {"1.eml": TEACHERS_EMAIL, "2.eml": RETITLED_REPLY, "3.eml": ANOTHER_OF_HER_EMAILS}
    thread_of = threads_by_first_word(tmp_path, mails, ENV)
    assert thread_of["Ms."] == thread_of["Ida's"]
    assert thread_of["Thanks,"] != thread_of["Ida's"]


def test_a_reply_whose_references_and_quote_point_at_two_threads_joins_them(tmp_path):
    mails = {"1.eml": FIRST, "2.eml": SECOND, "3.eml": RETITLED_BY_THE_TEACHER, "4.eml": ANSWER_IN_SPANISH_GMAIL}
    thread_of = threads_by_first_word(tmp_path, mails, ENV)
    assert thread_of["Is"] == thread_of["Yes,"] == thread_of["Nobody"] == thread_of["I"]


def test_without_the_quote_a_retitled_forward_stays_apart(tmp_path):
    mails = {"1.eml": FIRST, "2.eml": SECOND, "3.eml": RETITLED_BY_THE_TEACHER}
    thread_of = threads_by_first_word(tmp_path, mails, ENV)
    assert thread_of["Is"] == thread_of["Yes,"] != thread_of["I"]
