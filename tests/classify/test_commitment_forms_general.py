"""General forms of a commitment in school email, and the deadline words that date them.

Every sentence here is invented for the test from the common ways teachers, case managers, therapists,
administrators and parents write; none comes from a labeled corpus.
"""
from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from ieptrail.classify import MessageText, Person, Tagger
from ieptrail.classify.when import find_dates

CHICAGO = ZoneInfo("America/Chicago")
WEDNESDAY = datetime(2026, 10, 14, 15, 10, tzinfo=CHICAGO)  # Wednesday, October 14, 2026
TEACHER = Person("Lou Brandvold", "lbrandvold@pinecrest.k12.wi.us")
PARENT = Person("Kit Amsel", "kit.amsel@gmail.com")


@pytest.fixture(scope="module")
def tagger():
    return Tagger(("Rory Amsel",))


def tag(tagger, text, author=TEACHER):
    recipients = (PARENT,) if author == TEACHER else (TEACHER,)
    return tagger.tag(MessageText(new_text=text, subject="Re: Rory", sent=WEDNESDAY, author=author,
                                  recipients=recipients, from_user=author == PARENT, is_reply=True)).promises


@pytest.mark.parametrize("text, due", [
    ("Expect an email from me with the new schedule.", None),
    ("You can expect a call from our school psychologist.", None),
    ("On it!", None),
    ("Yes, I'm on it.", None),
    ("Consider it done.", None),
    ("It should be in your inbox by tomorrow.", date(2026, 10, 15)),
    ("The draft should be in your inbox by Friday.", date(2026, 10, 16)),
    ("It'll be in his take-home folder tomorrow.", date(2026, 10, 15)),
    ("That will go home with him on Friday.", date(2026, 10, 16)),
    ("A copy is going home in his folder tomorrow.", date(2026, 10, 15)),
    ("The form is going out in the mail on Monday.", date(2026, 10, 19)),
    ("Going to send it tomorrow.", date(2026, 10, 15)),
    ("Gonna drop it off tomorrow.", date(2026, 10, 15)),
    ("Yes - will forward it to his teachers today.", date(2026, 10, 14)),
    ("I'll need to check with the principal and will let you know by Friday.", date(2026, 10, 16)),
    ("I'd be happy to send you the log by Friday.", date(2026, 10, 16)),
    ("Let me reach out to the bus office.", None),
    ("Let me double-check the schedule and get back to you.", None),
    ("Let me run it by the principal.", None),
    ("Let me see if I can move his session.", None),
    ("Her speech teacher will email you tomorrow.", date(2026, 10, 15)),
    ("Our school psychologist will contact you next week to set up testing.", date(2026, 10, 23)),
    ("The principal said she would call you Friday.", date(2026, 10, 16)),
    ("I have asked the OT to send you her notes by Friday.", date(2026, 10, 16)),
    ("I'm planning on sending the draft Friday.", date(2026, 10, 16)),
    ("He'll be able to retake the quiz Monday with extended time.", date(2026, 10, 19)),
    ("I'll send the revised goals by COB.", date(2026, 10, 14)),
    ("I'll have it to you by close of business Friday.", date(2026, 10, 16)),
    ("I'll send it in the next few days.", date(2026, 10, 17)),
    ("I'll have the data to you in a day or two.", date(2026, 10, 16)),
    ("I'll get the draft to you a week from Friday.", date(2026, 10, 23)),
    ("I'll have the summary to you the first of next month.", date(2026, 11, 1)),
    ("I'm gonna send it tomorrow.", date(2026, 10, 15)),
    ("Can have it to you Friday.", date(2026, 10, 16)),
    ("You'll be getting a copy in the mail next week.", date(2026, 10, 23)),
    ("Keep an eye out for a letter from the district next week.", date(2026, 10, 23)),
    ("His IEP will be amended to add the check-ins by Friday.", date(2026, 10, 16)),
    ("His schedule will be adjusted starting Monday.", date(2026, 10, 19)),
    ("Both documents will be mailed to you next week.", date(2026, 10, 23)),
    ("His make-up session will be Thursday at 2:00.", date(2026, 10, 15)),
    ("His extra speech sessions are next Tuesday and Thursday.", date(2026, 10, 22)),
    ("I will be out Friday, but I'll send the data Monday.", date(2026, 10, 19)),
    ("Ms. Cole will be out next week, but she will send the log when she returns on the 26th.", date(2026, 10, 26)),
])
def test_commitment_forms(tagger, text, due):
    promises = tag(tagger, text)
    assert len(promises) == 1, promises
    assert promises[0].due == due


@pytest.mark.parametrize("text, due", [
    ("It's going back in his folder tomorrow.", date(2026, 10, 15)),
    ("My husband will drop the signed form off tomorrow morning.", date(2026, 10, 15)),
    ("Rory will bring the permission slip back on Friday.", date(2026, 10, 16)),
])
def test_a_parents_household_does_the_parents_part(tagger, text, due):
    promise, = tag(tagger, text, author=PARENT)
    assert promise.due == due and promise.by_email == PARENT.email


@pytest.mark.parametrize("text", [
    "I'd be glad to hold a meeting before the break.",
    "I'd be happy to meet with you Friday.",
    "The district told me the missed sessions will be made up in November.",
    "The new copy is coming home today in his backpack.",
    "Let me know if you have questions.",
    "Let me explain how the schedule works.",
    "Look forward to seeing you.",
    "Expect a busy week.",
    "It will be held in the library on Tuesday.",
    "Rory will be upset if he misses recess tomorrow.",
    "I'll be out tomorrow and I'll be back Monday.",
    "The unit test will be Thursday.",
    "Mr. Hale: schedule the observation by 10/30.",  # no list of who does what around it
    "It will be done in class on Friday.",
    "Let me call out one thing about the schedule.",
])
def test_not_commitments(tagger, text):
    assert tag(tagger, text) == ()


def test_it_after_a_promise_dates_that_promise_and_is_not_a_second_one(tagger):
    promise, = tag(tagger, "I'll print a fresh copy of his schedule. It will go home with him Friday.")
    assert promise.due == date(2026, 10, 16)


@pytest.mark.parametrize("text, day", [
    ("by COB", date(2026, 10, 14)),
    ("by close of business Friday", date(2026, 10, 16)),
    ("by the end of the school day", date(2026, 10, 14)),
    ("by EOD Monday", date(2026, 10, 19)),
    ("in the next few days", date(2026, 10, 17)),
    ("in a couple weeks", date(2026, 10, 28)),
    ("in 2 wks", date(2026, 10, 28)),
    ("in a day or two", date(2026, 10, 16)),
    ("two weeks from now", date(2026, 10, 28)),
    ("a week from today", date(2026, 10, 21)),
    ("a week from Friday", date(2026, 10, 23)),
    ("by this time next week", date(2026, 10, 21)),
    ("the beginning of next week", date(2026, 10, 19)),
    ("by week's end", date(2026, 10, 16)),
    ("next wk", date(2026, 10, 23)),
    ("by month's end", date(2026, 10, 31)),
    ("by the first of the month", date(2026, 11, 1)),
    ("by the first of November", date(2026, 11, 1)),
    ("before Thanksgiving", date(2026, 11, 24)),
    ("tonite", date(2026, 10, 14)),
    ("2moro", date(2026, 10, 15)),
])
def test_deadline_words(text, day):
    mentions = find_dates(text, WEDNESDAY.date())
    assert mentions and mentions[-1].day == day, mentions


def test_a_list_of_who_does_what_gives_each_line_its_promise(tagger):
    text = ("Thanks for meeting today. Next steps:\n"
            "- Ms. Cole: send the reading data to the family by 10/20\n"
            "- Mr. Hale - schedule the observation by 10/30\n"
            "- Me: draft the new goals by Friday")
    promises = tag(tagger, text)
    assert [(p.rule, p.due) for p in promises] == [("recap:action item", date(2026, 10, 20)),
                                                   ("recap:action item", date(2026, 10, 30)),
                                                   ("recap:action item", date(2026, 10, 16))]
    assert promises[2].by_email == TEACHER.email


def test_what_the_child_will_do_in_school_is_not_the_parents_promise(tagger):
    assert tag(tagger, "Rory will take the spelling test on Friday.", author=PARENT) == ()


@pytest.mark.parametrize("text, sent, due", [
    ("I'll drop it off at the front office in the morning.", WEDNESDAY, date(2026, 10, 15)),
    ("I'll call the bus office in the morning.", datetime(2026, 10, 14, 8, 5, tzinfo=CHICAGO), date(2026, 10, 14)),
    ("Will send it first thing.", datetime(2026, 10, 16, 16, 0, tzinfo=CHICAGO), date(2026, 10, 19)),
])
def test_in_the_morning_is_the_next_school_morning_when_written_after_noon(tagger, text, sent, due):
    message = MessageText(new_text=text, subject="Re: Rory", sent=sent, author=TEACHER, recipients=(PARENT,), is_reply=True)
    promise, = tagger.tag(message).promises
    assert promise.due == due


def test_rory_handing_it_over_in_the_morning_is_the_parents_promise(tagger):
    promise, = tag(tagger, "Rory will hand it to Mr. Brandvold in the morning.", author=PARENT)
    assert promise.due == date(2026, 10, 15) and promise.by_email == PARENT.email


@pytest.mark.parametrize("when, due", [("the day after the meeting", date(2026, 10, 28)),
                                       ("the day before the meeting", date(2026, 10, 26)),
                                       ("two school days after the meeting", date(2026, 10, 29))])
def test_a_promise_counted_from_the_meeting(tagger, when, due):
    promise, = tag(tagger, f"His annual meeting is Tuesday, October 27.\n\nI'll send you my notes {when}.")
    assert promise.due == due


def test_the_childs_part_after_the_parents_own_deed_in_one_sentence(tagger):
    promise, = tag(tagger, "I signed the form tonight and Rory will give it to Mr. Brandvold in the morning.", author=PARENT)
    assert promise.due == date(2026, 10, 15)
