"""Classes of promise and not-promise, and of due dates, that the rules got wrong in general form.

Every sentence is invented for these tests; none comes from a labeled corpus.
"""
from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from ieptrail.classify import MessageText, Person, Tagger

CHICAGO = ZoneInfo("America/Chicago")
TUESDAY_EVENING = datetime(2026, 10, 13, 20, 10, tzinfo=CHICAGO)  # Tuesday, October 13, 2026
TEACHER = Person("Rae Okoye", "rokoye@riverbend.k12.mn.us")
PARENT = Person("Sam Lind", "sam.lind@gmail.com")


@pytest.fixture(scope="module")
def tagger():
    return Tagger(("Ivy Lind",))


def promises(tagger, text, author=TEACHER, subject="Re: Ivy", from_user=None):
    recipients = (PARENT,) if author != PARENT else (TEACHER,)
    message = MessageText(new_text=text, subject=subject, sent=TUESDAY_EVENING, author=author, recipients=recipients,
                          from_user=author == PARENT if from_user is None else from_user, is_reply=True)
    return tagger.tag(message).promises


# ---- one subject, two acts, each with its own day ---------------------------------------------

def test_two_dated_acts_of_one_subject_are_two_promises(tagger):
    found = promises(tagger, "Ms. Kay said she would send the referral by October 20 and get us the summary by "
                             "November 5.", author=PARENT)
    assert [(p.sentence, p.due) for p in found] == [
        ("Ms. Kay said she would send the referral by October 20", date(2026, 10, 20)),
        ("get us the summary by November 5.", date(2026, 11, 5)),
    ]


@pytest.mark.parametrize("text, due", [
    ("I will check with her Monday and send it to you by Friday.", date(2026, 10, 16)),  # a step, then the act
    ("I'll sign it tonight and send it back in her folder tomorrow.", date(2026, 10, 14)),  # the same thing, sent on
    ("I will fill out the form over the weekend and send it back by Monday.", date(2026, 10, 19)),
])
def test_one_undertaking_told_in_two_steps_stays_one_promise(tagger, text, due):
    found, = promises(tagger, text, author=PARENT)
    assert found.due == due


def test_a_named_teachers_leave_to_redo_the_test_is_relayed(tagger):
    found, = promises(tagger, "Ms. Kay said Ivy can take the test again with her calculator.")
    assert found.rule == "relayed:child can"


# ---- the reader's spoken promise, written down by the parent ---------------------------------

def test_you_said_you_would_is_the_readers_promise(tagger):
    found, = promises(tagger, "I believe you said you would check the testing roster.", author=PARENT)
    assert found.by_email == TEACHER.email


@pytest.mark.parametrize("text", [
    "You said you would call me, but you never did.",  # an old promise brought up again
    "I think you said you would be out Friday.",  # not an act
])
def test_you_said_you_would_that_is_no_new_promise(tagger, text):
    assert not promises(tagger, text, author=PARENT)


# ---- the family writing from a work address --------------------------------------------------

def test_the_childs_family_name_marks_the_household_from_any_address(tagger):
    work = Person("Sam Lind", "slind@harborclinic.com")  # an organisation's mailbox, not the school's
    found, = promises(tagger, "I signed the consent tonight and Ivy will hand it to Ms. Okoye in the morning.",
                      author=work, from_user=False)
    assert found.by_email == work.email and found.due == date(2026, 10, 14)


# ---- an invitation the reader may take up, then the writer's part ----------------------------

@pytest.mark.parametrize("text", [
    "Dan, you are welcome to join by Zoom and I will send the link.",
    "Feel free to stop by after school and I'll show you the new seat.",
    "Join us for the first ten minutes and I'll walk you through the data.",
])
def test_what_hangs_on_an_invitation_is_no_promise(tagger, text):
    assert not promises(tagger, text)


# ---- due dates -------------------------------------------------------------------------------

def test_the_week_after_an_event_the_subject_dates(tagger):
    found, = promises(tagger, "I can't move her group on the 23rd. I'll make up her session the week after the trip.",
                      subject="Re: Zoo trip Fri 10/23")
    assert found.due == date(2026, 10, 30)


def test_what_is_brought_is_due_at_the_meeting_the_message_is_about(tagger):
    text = ("Thanks for the draft. Can the reading goal be changed before the meeting?\n\n"
            "I'll bring a short list of what works for her at home.\n\nSee you Thursday,\nSam")
    found, = promises(tagger, text, author=PARENT, subject="Re: Annual IEP meeting")
    assert found.due == date(2026, 10, 15)
    # brought back, not to a meeting: no day of its own
    back, = promises(tagger, "Thanks.\n\nI'll bring the signed form back to you.\n\nSee you Thursday,\nSam", author=PARENT,
                     subject="Re: Annual IEP meeting")
    assert back.due is None
