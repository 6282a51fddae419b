"""A fourth round of invented reports of missed services and accommodations not provided, by kinds of writer the
first battery has few of: a parent telling it as a story over several sentences, a provider's apology, a teacher's
log or a table pasted as text, an advocate's summary, a short answer in a reply, dates given relatively; and counts
of sessions with no day ("cancelled twice this week", "missed her last four sessions"), which are as many reports.

Traps: a session moved and held, the child absent, no school, a hypothetical, a make-up held, a log or a table whose
every session was held, a complaint with no day or count ("keeps getting cancelled", "several sessions this
winter"), a future change of schedule.

Every sentence is invented for this battery from general knowledge of IEP practice (no corpus text). Messages are
sent on Wednesday 2026-11-18; "Maya Reed" is the student.
"""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from ieptrail.classify import MessageText, Person, Tagger

CHICAGO = ZoneInfo("America/Chicago")
SENT = datetime(2026, 11, 18, 15, 40, tzinfo=CHICAGO)
SCHOOL = Person("Dana Holt", "dholt@cedarvale.k12.wi.us")
PARENT = Person("Jo Reed", "jo.reed@example.com")


@pytest.fixture(scope="module")
def tagger():
    return Tagger(("Maya Reed",))


def rows(tagger, text, school=False, subject="Re: Maya"):
    author, reader = (SCHOOL, PARENT) if school else (PARENT, SCHOOL)
    message = MessageText(new_text=text, subject=subject, sent=SENT, author=author, recipients=(reader,),
                          signature="", from_user=not school, is_reply=True)
    return tagger.tag(message, ()).missed_services


P, S = "parent", "school"
SLT, OT, PT = "speech_language_therapy", "occupational_therapy", "physical_therapy"
COUNSEL, SDI, READ, PARA, BUS = "counseling", "specialized_instruction", "reading_intervention", "paraprofessional", \
    "transportation"

# (voice, text, topics reported missed)
REPORTS = [
    # ---- a parent's story, anchored to a day or a stretch --------------------------------------------------
    (P, "Maya hasn't seen the SLP since the 3rd.", {SLT}),
    (P, "The last time she had OT was October 28.", {OT}),
    (S, "Ms. Greer has been out on medical leave since November 2, and no one has covered her speech caseload.", {SLT}),
    (P, "It's been two weeks since her last counseling session with Mr. Abbott.", {COUNSEL}),
    (P, "Per our records, Maya has received no direct OT since the therapist resigned on October 16.", {OT}),
    (P, "She has not had a single PT session since the therapist went on leave.", {PT}),
    (P, "I wanted to let you know about this week. On Monday Maya came home upset. She said her aide wasn't there and "
        "she had to do the math worksheet by herself.", {PARA}),
    (P, "Maya's OT is supposed to be every Tuesday at 10. She told me she sat in class waiting and nobody came.", {OT}),
    (P, "Thanks for the update on the field trip.\n\nOne other thing: she didn't get her extra time on the reading "
        "test Friday. She said the teacher collected it when the bell rang.", {"extended_time"}),
    (P, "Maya's physical therapy hasn't happened since the week of Oct 26.", {PT}),
    # ---- lists of dates, logs, tables pasted as text -------------------------------------------------------
    (P, "Speech did not happen on these days: 10/27, 10/29, 11/3.", {SLT}),
    (P, "Dates with no para: Nov 2, Nov 4, Nov 9 and Nov 12.", {PARA}),
    (P, "Missed OT dates so far: 10/21, 10/28, 11/4.", {OT}),
    (P, "Here are the days the bus never came: Monday 11/9, Thursday 11/12, and Monday 11/16.", {BUS}),
    (S, "Reading intervention log\nMon 11/9 - group held\nTue 11/10 - no group (interventionist at PD)\n"
        "Wed 11/11 - held", {READ}),
    (S, "11/10 - OT - cancelled (therapist ill)", {OT}),
    (S, "Date | Service | Status\n11/2 | Speech | not held\n11/4 | Speech | held\n11/9 | OT | cancelled", {SLT, OT}),
    (S, "Week of 11/9: Speech 0 of 60 min (SLP out)", {SLT}),
    (S, "Counseling notes: 11/10 no session - counselor pulled for crisis; 11/17 session held.", {COUNSEL}),
    (P, "So far this month she has missed speech on the 2nd, the 4th and the 9th.", {SLT}),
    (S, "The reading specialist was absent on 11/10, 11/11 and 11/12.", {READ}),
    # ---- a provider's apology or notice ---------------------------------------------------------------------
    (S, "I'm so sorry I wasn't able to see Maya for speech this week; I was covering testing.", {SLT}),
    (S, "Please accept my apologies: the read-aloud for Tuesday's science quiz slipped my mind.", {"read_aloud"}),
    (S, "I dropped the ball on her extended time for the vocab quiz yesterday, and I've let her retake it.",
     {"extended_time"}),
    (S, "My apologies - Maya's OT session did not happen Monday because I was out.", {OT}),
    (S, "Unfortunately I was not able to get to Maya's reading group today.", {READ}),
    (S, "We were not able to provide Maya's 1:1 aide on Tuesday due to a staff shortage.", {PARA}),
    (S, "Sorry for the short notice - I'm out sick today, so no OT for Maya.", {OT}),
    (S, "Maya did not receive her social work minutes this week due to my absence.", {COUNSEL}),
    (S, "Maya only got about half of her OT session today because of the fire drill.", {OT}),
    # ---- an advocate's summary ------------------------------------------------------------------------------
    (P, "The team acknowledged that extended time was not provided on the October 14 unit test.", {"extended_time"}),
    (P, "At the meeting the case manager conceded that Maya's counseling minutes were not delivered on 10/20 and "
        "10/27.", {COUNSEL}),
    (P, "Summary of gaps: speech not delivered 10/20 and 10/27; OT not delivered 11/3.", {SLT, OT}),
    (P, "To summarize, Maya went without her para on 11/4 and 11/6, and her test was not read aloud on 11/5.",
     {PARA, "read_aloud"}),
    # ---- the day given relatively ---------------------------------------------------------------------------
    (P, "Yesterday the sub didn't read the test to her.", {"read_aloud"}),
    (P, "Last Tuesday nobody picked her up for OT.", {OT}),
    (P, "This morning her visual schedule wasn't on her desk.", {"visual_schedule"}),
    (P, "The day before yesterday she had no para for the whole afternoon.", {PARA}),
    (S, "Ms. Lyle is out today, so there won't be speech for Maya.", {SLT}),
    (P, "Monday she came home and said there was no OT because the therapist was sick.", {OT}),
    # ---- accommodations on a given day ----------------------------------------------------------------------
    (P, "She had to take today's test at her regular desk with the whole class.", {"separate_setting"}),
    (P, "No visual schedule again today and she melted down at lunch.", {"visual_schedule"}),
    (P, "Her check-in with Mr. Ortiz didn't happen this morning.", {"check_in"}),
    (P, "Her aide left at 11 today and no one replaced her.", {PARA}),
    (S, "I wanted to let you know that the scribe was not available for Maya during Thursday's writing benchmark. "
        "She completed it on her own.", {"scribe"}),
    (P, "She got the same amount of time as everyone else on the history test.", {"extended_time"}),
    (P, "She only had the class period for the test instead of time and a half.", {"extended_time"}),
    (P, "The teacher told her time was up and took her paper.", {"extended_time"}),
    (P, "The test wasn't given to her in the small group room on Friday.", {"separate_setting"}),
    (P, "She tested in the gym with 100 kids instead of her quiet room.", {"separate_setting"}),
    (P, "No one scribed her answers on the science test.", {"scribe"}),
    (P, "Nobody read her the science test today.", {"read_aloud"}),
    (P, "Her schedule cards weren't put up this morning, so she didn't know what was next.", {"visual_schedule"}),
    (P, "Her para called in sick and there was no replacement.", {PARA}),
    (P, "Her morning check-in was skipped again.", {"check_in"}),
    (P, "The worksheet wasn't enlarged, again.", {"large_print"}),
    # ---- stopped over a while ---------------------------------------------------------------------------------
    (P, "Maya has stopped going to speech since Ms. Greer left.", {SLT}),
    (P, "She isn't going to OT anymore and nobody told us why.", {OT}),
    (P, "Her counseling just stopped after October and nobody told us.", {COUNSEL}),
    (P, "She doesn't get OT anymore since the therapist left.", {OT}),
    (P, "She hasn't been getting her reading intervention since the interventionist was moved to testing.", {READ}),
    # ---- short answers in a reply ---------------------------------------------------------------------------
    (P, "No, she did not get speech on Monday.", {SLT}),
    (P, "Correct - there was no OT on 11/10.", {OT}),
    (P, "To answer your question, she hasn't had counseling since the 2nd.", {COUNSEL}),
    (P, "Right, and it happened again today: no extended time on the science quiz.", {"extended_time"}),
    (P, "She told me she sat by herself in the cafeteria because her para was helping in the office.", {PARA}),
    (P, "She had a substitute today who didn't follow her behavior plan at all.", {"behavior_support"}),
    (P, "There's been no counselor at the school for three weeks now.", {COUNSEL}),
    (P, "Concerns since our last meeting:\n- Speech cancelled 11/2 and 11/9\n- No para in science on 11/5\n"
        "- Extended time not given on the 11/6 quiz", {SLT, PARA, "extended_time"}),
    (P, "Here's what I have documented:\nNov 2: no speech (SLP out)\nNov 4: no speech (assembly)\n"
        "Nov 5: no aide in the morning", {SLT, PARA}),
    (S, "No speech today - I'm stuck at the high school for an ARD.", {SLT}),
    (P, "She has gone the past two Mondays without speech.", {SLT}),
    (P, "Sessions missed: speech (11/2, 11/9), OT (11/4)", {SLT, OT}),
    (P, "Not delivered: speech on 11/2 and OT on 11/4.", {SLT, OT}),
    # ---- an answer written under the quoted question it answers ---------------------------------------------
    (P, "> Did Maya get her speech session on Monday?\n\nNo, she didn't. The therapist was out.", {SLT}),
    (P, "> Was her test read aloud on Friday?\nNo.\n\n> Did she have her para in the afternoon?\nNo, the para left "
        "at noon.", {"read_aloud", PARA}),
    # ---- a teacher's or a provider's own notes ----------------------------------------------------------------
    (S, "I didn't get to pull Maya for her reading group today because of the lockdown drill.", {READ}),
    (P, "Her para got moved to kindergarten this week, so Maya has had no one.", {PARA}),
    (P, "The school says there is still no OT, and it's been a month.", {OT}),
    (P, "No PT on Monday, no PT on Wednesday.", {PT}),
    (S, "Maya's counseling has been on hold since the counselor's surgery on 11/2.", {COUNSEL}),
    # ---- counts with no day: as many reports as the count ---------------------------------------------------
    (P, "The reading intervention group has been cancelled twice this week.", {READ}),
    (P, "Speech has been cancelled three weeks in a row.", {SLT}),
    (P, "Maya has missed her last four counseling sessions.", {COUNSEL}),
]

# counts: (voice, text, topic, rows)
COUNTED = [
    (P, "The reading intervention group has been cancelled twice this week.", READ, 2),
    (P, "Speech has been cancelled three weeks in a row.", SLT, 3),
    (P, "Maya has missed her last four counseling sessions.", COUNSEL, 4),
    (P, "By my count she has missed 5 of her 8 OT sessions this semester.", OT, 5),
    (P, "She has only had 2 of her 6 speech sessions this month.", SLT, 4),
    (P, "Maya hasn't seen the SLP since the 3rd.", SLT, 1),
    (S, "Service minutes for November:\nSpeech: 2 of 4 sessions delivered\nOT: 4 of 4 sessions delivered", SLT, 2),
]

# what is not a missed service: (voice, text)
TRAPS = [
    (S, "Maya's speech session was moved from Monday to Tuesday and she was seen for the full 30 minutes."),
    (S, "Maya was absent Monday, so she missed her OT session."),
    (P, "Maya was out sick all last week, so she didn't get speech."),
    (S, "There's no school Monday for the teacher workday, so no OT that day."),
    (S, "If Ms. Greer is still out next week, we will bring in a contract SLP."),
    (P, "Did Maya have her para in art today?"),
    (S, "I made up Maya's missed Monday session on Wednesday."),
    (S, "Maya received speech on 11/2, 11/4, 11/9 and 11/11 as scheduled."),
    (P, "Speech sessions keep getting cancelled and I'm frustrated."),
    (S, "Speech log:\n11/2 - seen\n11/4 - seen\n11/9 - seen"),
    (S, "Date | Service | Status\n11/2 | Speech | held\n11/4 | Speech | held"),
    (S, "We will not have OT next Thursday because of the Thanksgiving break."),
    (S, "Her counselor will be at a conference on 12/2; I will see her 12/3 instead."),
    (S, "Maya's 11/10 OT session was made up on 11/12."),
    (P, "Maya stayed home Tuesday with a stomach bug and missed speech and OT."),
    (S, "OT was on 11/2 and 11/9; both sessions went well."),
    (P, "The school was closed Friday for the snow day, so she had no speech."),
    (S, "Starting next week the speech schedule will change to Mondays and Wednesdays."),
    # vague: no day and no count, as the study gold leaves them
    (P, "Her progress report says she is progressing, but she missed several speech sessions this winter."),
    # the last session held, told as a good thing: no miss
    (P, "The last time she had OT she came home so proud of her handwriting."),
    # held, counted: no miss
    (S, "Maya has had all 4 of her speech sessions this month."),
    # a log whose provider was at a training the day after the session
    (S, "11/10 - OT - seen, 30 min"),
    (S, "OT: 4 of 4 sessions delivered in November."),
    # the same time as the others, when the plan gives none, or when she finished early
    (S, "She finished the quiz early, in the same amount of time as everyone else."),
    (S, "Maya enjoys speech and hasn't missed a session since October."),
    (S, "She stopped going to the sensory room on her own, which is great progress."),
    # a device that quit working is not a provider who quit
    (P, "The reading app on her tablet quit working this week."),
    # answers under a quoted question that are not a miss
    (P, "> Did she use her calculator on the test?\nNo, she didn't need it."),
    (P, "> Did Maya get speech on Monday?\nNo, she was home sick."),
    (S, "> Did Maya get speech on Monday?\nYes, we met for the full 30 minutes."),
    (S, "> Was her OT session made up?\nNo, not yet - I'll do it Friday."),
    (P, "> Do you have any questions about her speech goals?\nNo, thank you."),
    (P, "> Has Maya been having trouble with her headphones?\nNo."),
    (S, "> Did Maya get speech on Monday?\nNo, Monday was a holiday."),
    (S, "> Did Maya get speech on Monday?\nNo, it was moved to Tuesday."),
    (S, "Her para was helping her in the library during the test, as planned."),
]

def _topics(found):
    return {row.topic for row in found}


@pytest.mark.parametrize("voice, text, topics", REPORTS, ids=[f"report-{i}" for i in range(len(REPORTS))])
def test_a_report_by_another_kind_of_writer(tagger, voice, text, topics):
    assert _topics(rows(tagger, text, school=voice == S)) == topics


@pytest.mark.parametrize("voice, text, topic, count", COUNTED, ids=[f"count-{i}" for i in range(len(COUNTED))])
def test_a_count_of_sessions_is_as_many_reports(tagger, voice, text, topic, count):
    found = rows(tagger, text, school=voice == S)
    assert [row.topic for row in found] == [topic] * count


@pytest.mark.parametrize("voice, text", TRAPS, ids=[f"trap-{i}" for i in range(len(TRAPS))])
def test_not_a_missed_service_by_another_kind_of_writer(tagger, voice, text):
    assert rows(tagger, text, school=voice == S) == ()
