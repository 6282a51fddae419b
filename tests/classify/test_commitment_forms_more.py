"""More general forms of a commitment and of its date: duties the writer names for themself, assurances, a
statement with a short check on the end, adults the school provides as the subject of a passive, the team that
acts together, and hedges and musings that commit to nothing.

Every sentence is invented for the test; none comes from a labeled corpus.
"""
from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from ieptrail.classify import MessageText, Person, Tagger
from ieptrail.classify.nlp import build_pipeline
from ieptrail.classify.sentences import sentences_of
from ieptrail.classify.when import find_dates

DENVER = ZoneInfo("America/Denver")
WEDNESDAY = datetime(2026, 10, 14, 15, 10, tzinfo=DENVER)  # Wednesday, October 14, 2026
TEACHER = Person("Mo Feldhaus", "mfeldhaus@aspenridge.k12.co.us")
PARENT = Person("Jo Varga", "jo.varga@gmail.com")


@pytest.fixture(scope="module")
def tagger():
    return Tagger(("Tess Varga",))


def tag(tagger, text, author=TEACHER):
    recipients = (PARENT,) if author == TEACHER else (TEACHER,)
    return tagger.tag(MessageText(new_text=text, subject="Re: Tess", sent=WEDNESDAY, author=author,
                                  recipients=recipients, from_user=author == PARENT, is_reply=True)).promises


@pytest.mark.parametrize("text, due", [
    # a duty the writer names for themself, with its day or handed to the reader
    ("I need to send you the updated schedule by Friday.", date(2026, 10, 16)),
    ("I still have to finish her progress report by the 30th.", date(2026, 10, 30)),
    ("I must get the consent form back to you by Monday.", date(2026, 10, 19)),
    # assurances in so many words
    ("I promise you it will be done by Friday.", date(2026, 10, 16)),
    ("Rest assured that the missed sessions will be made up next week.", date(2026, 10, 23)),
    ("I'm committed to getting the bus route fixed by Monday.", date(2026, 10, 19)),
    ("It is my plan to send the draft goals by Tuesday.", date(2026, 10, 20)),
    # the writer's statement before a short check
    ("I'll send the reading log Friday - does that work for you?", date(2026, 10, 16)),
    ("I'll call you tomorrow, okay?", date(2026, 10, 15)),
    ("We will move her seat on Monday, is that alright?", date(2026, 10, 19)),
    # adults the school provides, and the team
    ("An interpreter will be provided at the meeting on October 28.", date(2026, 10, 28)),
    ("Two aides will be assigned to the classroom starting Monday.", date(2026, 10, 19)),
    ("The IEP team will reconvene to settle the compensatory hours by November 6.", date(2026, 11, 6)),
    ("Her teachers will be given a copy of the new accommodations by Friday.", date(2026, 10, 16)),
    ("Let me send you the observation notes tomorrow.", date(2026, 10, 15)),
])
def test_commitment_forms(tagger, text, due):
    promises = tag(tagger, text)
    assert len(promises) == 1, promises
    assert promises[0].due == due


@pytest.mark.parametrize("text", [
    "I need to leave by 3:00 on Friday.",
    "I need to know by Friday which day works for you.",
    "I have to be at a training on Monday.",
    "I need to print the packets Thursday to make the Friday folders.",
    "The form that I need to send you by Friday is attached.",
    "Maybe I'll have time to look at it next week.",
    "Perhaps we will try the new seat next week.",
    "I'll think about it.",
    "I'll consider that and we can talk at the meeting.",
    "We are committed to supporting every student.",
    "I promise it won't happen again.",
    "I can assure you that she was never left alone.",
    "Mr. Ruhl will send the behavior plan by Friday, right?",
    "Her teachers will be at the meeting Thursday.",
    "Let me share a few thoughts below:",
])
def test_not_commitments(tagger, text):
    assert tag(tagger, text) == ()


@pytest.mark.parametrize("text, due", [
    ("I'll send it within 48 hours.", date(2026, 10, 16)),
    ("I'll send it in the next day or so.", date(2026, 10, 15)),
    ("I'll send it within a week or so.", date(2026, 10, 21)),
    ("I'll send it by midweek.", date(2026, 10, 14)),
    ("I'll send it the week of the 26th.", date(2026, 10, 30)),
    ("I'll start it the week we come back from winter break.", date(2027, 1, 8)),
    ("I'll send it by Thurs. 10/22.", date(2026, 10, 22)),
    ("I'll send it Fri. Oct 23 at the latest.", date(2026, 10, 23)),
])
def test_due_forms(tagger, text, due):
    promise, = tag(tagger, text)
    assert promise.due == due


def test_midweek_after_wednesday_is_the_next_one():
    thursday = date(2026, 10, 15)
    assert [m.day for m in find_dates("by midweek", thursday)] == [date(2026, 10, 21)]


def test_a_weekday_abbreviation_before_its_date_ends_no_sentence():
    nlp = build_pipeline()
    assert [s.text for s in sentences_of(nlp("I'll send it Tues. 10/20 after school. Thanks!"))] == [
        "I'll send it Tues. 10/20 after school.", "Thanks!"]
    assert [s.text for s in sentences_of(nlp("I saw him Fri. Mom called later."))] == ["I saw him Fri.", "Mom called later."]


@pytest.mark.parametrize("text, due", [
    # a meeting set up to settle something, someone set to act for the writer, a slot already booked
    ("I'm meeting with the bus supervisor tomorrow to sort out the route.", date(2026, 10, 15)),
    ("I'm meeting with Mr. Okafor on Monday to go over her reading schedule.", date(2026, 10, 19)),
    ("I'm having the front office mail you a copy on Friday.", date(2026, 10, 16)),
    ("I'm scheduled to test her on Tuesday 10/20.", date(2026, 10, 20)),
    ("Ms. Adair is scheduled to observe her in science on Tuesday.", date(2026, 10, 20)),
    ("Our office will be in contact with you next week.", date(2026, 10, 23)),
    ("Ms. Adair said she'd send the schedule by Friday.", date(2026, 10, 16)),
])
def test_arrangements(tagger, text, due):
    promise, = tag(tagger, text)
    assert promise.due == due


@pytest.mark.parametrize("text", ["I'm meeting with her parents on Monday.",
                                  "I'm meeting with my principal tomorrow about something else."])
def test_an_appointment_alone_is_no_arrangement(tagger, text):
    assert tag(tagger, text) == ()


def test_the_child_carrying_it_for_the_parent(tagger):
    promise, = tag(tagger, "He will bring the signed form back tomorrow.", author=PARENT)
    assert promise.due == date(2026, 10, 15) and promise.by_email == PARENT.email


@pytest.mark.parametrize("text", [
    "I will always advocate for her.",
    "We will continue to monitor her progress.",
    "We'll continue to work on her reading fluency.",
    "I'll talk to you soon.",
    "We'll take it one day at a time.",
    "We will get through this together.",
    "We are going to have a great year!",
    "I will be sending good thoughts your way.",
    "I will be in the building until 4.",
    "I will let you know that she did great today.",
    "I'll leave that up to you.",
    "I'll have to check my calendar.",
    "I'm going to guess she was tired.",
    "We will be reviewing her progress at the annual meeting.",
])
def test_stances_wishes_and_agendas_are_not_commitments(tagger, text):
    assert tag(tagger, text) == ()


def test_having_to_check_then_answer_still_promises(tagger):
    promise, = tag(tagger, "I'll have to check with the office and then I'll get back to you by Friday.")
    assert promise.due == date(2026, 10, 16)


@pytest.mark.parametrize("text", [
    "The team will decide whether she needs ESY.",
    "The district will make that decision at the IEP meeting.",
    "I was told the missed sessions will be made up.",
    "According to the district office, her sessions will be made up next week.",
])
def test_decisions_and_hearsay_are_not_the_schools_promise(tagger, text):
    assert tag(tagger, text) == ()


@pytest.mark.parametrize("text, due", [
    ("by the end of the week", date(2026, 10, 23)),
    ("early this week", date(2026, 10, 20)),
    ("next weekend", date(2026, 10, 25)),
])
def test_this_week_written_on_a_weekend_is_the_coming_one(text, due):
    sunday = date(2026, 10, 18)
    assert [m.day for m in find_dates(text, sunday)] == [due]
    assert find_dates("this week", sunday, prefer="past")[0].day == sunday


@pytest.mark.parametrize("when, due", [
    ("sometime between the 20th and the 23rd", date(2026, 10, 23)),
    ("between Monday and Wednesday", date(2026, 10, 21)),
    ("by the beginning of November", date(2026, 11, 1)),
])
def test_ranges_and_month_starts(tagger, when, due):
    promise, = tag(tagger, f"I'll send the revised schedule {when}.")
    assert promise.due == due


def test_a_weekday_list_in_a_report_keeps_its_past_days():
    wednesday = date(2026, 10, 14)
    assert [m.day for m in find_dates("Wednesday and Thursday", wednesday, prefer="past")] == [
        date(2026, 10, 14), date(2026, 10, 8)]


def test_the_meeting_the_subject_dates(tagger):
    message = MessageText(new_text="I'll bring the draft goals to the meeting.", subject="Re: IEP meeting Oct 27",
                          sent=WEDNESDAY, author=TEACHER, recipients=(PARENT,), is_reply=True)
    promise, = tagger.tag(message).promises
    assert promise.due == date(2026, 10, 27)


def _items(tagger, text, author=TEACHER):
    return [(p.sentence.lstrip("-*• "), p.due, p.by_email) for p in tag(tagger, text, author)]


def test_a_list_the_writer_introduces_as_their_own(tagger):
    text = "Here is what I will do:\n- Send the revised goals by Friday\n- Call the bus office tomorrow"
    assert _items(tagger, text) == [("Send the revised goals by Friday", date(2026, 10, 16), TEACHER.email),
                                    ("Call the bus office tomorrow", date(2026, 10, 15), TEACHER.email)]


def test_a_numbered_list_after_i_will(tagger):
    text = "I will:\n1. Email the district about her bus\n2. Update her BIP by 10/30"
    assert [due for _, due, _ in _items(tagger, text)] == [None, date(2026, 10, 30)]


def test_the_schools_list_of_what_it_agrees_to(tagger):
    text = ("The district agrees to:\n- 6 hours of compensatory speech with Ms. Ott. Sessions will begin Monday 10/19.\n"
            "- Mileage for the private evaluation by the end of the month")
    promises = tag(tagger, text)
    assert [p.due for p in promises] == [date(2026, 10, 19), date(2026, 10, 31)]  # one promise per item


@pytest.mark.parametrize("text", [
    "Please do the following:\n- Send the signed consent\n- Call the office",
    "Here is what we discussed:\n- Send the revised goals by Friday\n- Call the bus office tomorrow",
    "Things to bring to the meeting:\n- her work samples\n- the doctor's note",
])
def test_lists_that_are_not_the_writers_to_do(tagger, text):
    assert tag(tagger, text) == ()


@pytest.mark.parametrize("text, due", [
    ("I'll call the bus company. Hopefully tomorrow.", date(2026, 10, 15)),
    ("I'll get you the reading log. Probably Monday.", date(2026, 10, 19)),
    ("I'm going to re-run her reading screener. My goal is next Wednesday.", date(2026, 10, 21)),
    ("I'll put together a new schedule for her. I'm aiming for Monday.", date(2026, 10, 19)),
    ("I will call the bus company. Tomorrow at the latest.", date(2026, 10, 15)),
    ("I will call the bus company. Tomorrow is a half day for students though.", None),
])
def test_the_next_sentence_that_only_says_when(tagger, text, due):
    promise, = tag(tagger, text)
    assert promise.due == due


@pytest.mark.parametrize("text, due", [
    ("I'll send the draft IEP. You should have it by Friday.", date(2026, 10, 16)),
    ("I'll reach out to her OT. I'll do that tomorrow.", date(2026, 10, 15)),
])
def test_the_same_thing_again_with_its_day_is_one_promise(tagger, text, due):
    promise, = tag(tagger, text)
    assert promise.due == due


@pytest.mark.parametrize("text, due", [
    ("A meeting will be scheduled within the next two weeks.", date(2026, 10, 28)),
    ("Her reading testing will be completed by November 13.", date(2026, 11, 13)),
    ("An FBA will be conducted by the end of next month.", date(2026, 11, 30)),
    ("Her seat will be moved to the front of the room tomorrow.", date(2026, 10, 15)),
    ("The bus stop will be moved closer to your house starting Monday.", date(2026, 10, 19)),
])
def test_passive_undertakings_of_the_school(tagger, text, due):
    promise, = tag(tagger, text)
    assert promise.due == due


@pytest.mark.parametrize("text", ["The meeting will be scheduled for Tuesday.", "If needed, a meeting will be scheduled."])
def test_a_set_or_conditional_meeting_is_no_undertaking(tagger, text):
    assert tag(tagger, text) == ()
