"""Each rule family with sentences that should and should not fire, traps included.

The sentences are written for these tests (not taken from the development corpus), in the
ways parents, teachers and therapists write.
"""
from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from ieptrail.classify import MessageText, Person, Tagger
from ieptrail.classify.when import add_business_days, find_dates

NEW_YORK = ZoneInfo("America/New_York")
WEDNESDAY = datetime(2026, 10, 14, 9, 30, tzinfo=NEW_YORK)
TEACHER = Person("Gail Lee", "glee@maplegrove.k12.oh.us")
PARENT = Person("Dana Whitaker", "dana.whitaker@example.com")


@pytest.fixture(scope="module")
def tagger():
    return Tagger(("Nora Whitaker", "Eli Whitaker (Bug)"))


def tag(tagger, text, author=TEACHER, subject="Re: Nora", sent=WEDNESDAY, **kw):
    recipients = (PARENT,) if author == TEACHER else (TEACHER,)
    return tagger.tag(MessageText(new_text=text, subject=subject, sent=sent, author=author, recipients=recipients,
                                  from_user=author == PARENT, is_reply=subject.lower().startswith(("re", "fw")), **kw))


# ---- topics ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, topic", [
    ("She gets time and a half on tests.", "extended_time"),
    ("Can he have 1.5x on the unit test?", "extended_time"),
    ("He used most of his extra time.", "extended_time"),
    ("She uses her break card when she needs a movement break.", "breaks"),
    ("Her picture schedule came off the desk.", "visual_schedule"),
    ("The wiggle cushion and lap pad arrived.", "sensory_tools"),
    ("Mr. K read the questions and answer choices to him.", "read_aloud"),
    ("She took the test in the resource room with two other kids.", "separate_setting"),
    ("Her OT session moved to Thursday.", "occupational_therapy"),
    ("PT is working on stairs.", "physical_therapy"),
    ("His SLP says the articulation goal is close.", "speech_language_therapy"),
    ("She started Wilson sessions today.", "reading_intervention"),
    ("Her 1:1 aide was out.", "paraprofessional"),
    ("The bus was late again.", "transportation"),
    ("Is she eligible for ESY this summer?", "extended_school_year"),
    ("The FBA is done and the BIP draft is attached.", "behavior_support"),
    ("Can we schedule his annual review?", "iep_meeting"),
    ("We need to talk about the ETR and the re-evaluation.", "evaluation"),
    ("His IEP progress report came home today.", "progress_report"),
    ("We will make up the missed session next week with compensatory minutes.", "compensatory_services"),
])
def test_topic_phrasings(tagger, text, topic):
    assert topic in tag(tagger, text).topic_ids


@pytest.mark.parametrize("text, topic", [
    ("I hope you had a restful winter break.", "breaks"),
    ("Extended Day registration closes Friday.", "extended_time"),
    ("She read her report aloud to the class... then read-aloud time on the carpet.", "read_aloud"),
    ("MEET AT THE FRONT OFFICE AT NOON", "assistive_technology"),
    ("She has a speech-to-text app on her iPad.", "speech_language_therapy"),
    ("He did great at morning meeting today.", "iep_meeting"),
])
def test_topic_traps(tagger, text, topic):
    assert topic not in tag(tagger, text).topic_ids


def test_a_title_in_the_signature_is_not_a_mention_but_tells_the_authors_role(tagger):
    tags = tag(tagger, "I wasn't able to see Nora today (10/14); I will make up the session.",
               signature="Omar Reyes, M.A., CCC-SLP\nSpeech-Language Pathologist")
    assert "speech_language_therapy" in tags.topic_ids
    assert all("Pathologist" not in t.sentence for t in tags.topics)
    assert tags.missed_services and tags.missed_services[0].topic == "speech_language_therapy"


def test_a_role_in_a_guest_list_is_not_a_mention(tagger):
    tags = tag(tagger, "Invited: Omar Reyes (SLP); Gail Lee (special education teacher)")
    assert "speech_language_therapy" not in tags.topic_ids


def test_newsletters_and_auto_replies_carry_no_tags(tagger):
    newsletter = tag(tagger, "Extra time is needed in the car line. We will be closed Monday. Please send in box tops!", bulk=True)
    assert not newsletter.topics and not newsletter.promises and not newsletter.requests
    away = tag(tagger, "I am out of the office until Monday and will reply when I return.", auto_reply=True)
    assert not away.promises and not away.requests


def test_students_by_name_nickname_and_roster_form(tagger):
    assert [s.student for s in tag(tagger, "Bug had a good day.", subject="hi").students] == ["Eli Whitaker"]
    assert [s.student for s in tag(tagger, "WHITAKER, NORA  Route 12", subject="Notice").students] == ["Nora Whitaker"]
    assert [s.student for s in tag(tagger, "Nora's schedule is attached.", subject="x").students] == ["Nora Whitaker"]
    assert tag(tagger, "I will be there.", subject="x").students == ()


# ---- promises -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, due, rule_prefix", [
    ("I'll get those data sheets to you by Friday.", date(2026, 10, 16), "first-person"),
    ("Mr. Lee is going to start pulling her for Wilson on Monday.", date(2026, 10, 19), "third-person"),
    ("The aide should be in place next week.", date(2026, 10, 23), "should-by-date"),
    ("Let me check with the district and get back to you.", None, "first-person:let me"),
    ("We will schedule the annual review before Thanksgiving break (November 20).", date(2026, 11, 20), "first-person"),
    ("Our OT, Ms. Park, will reach out to set up a time.", None, "third-person"),
    ("ok thx i will call transportation tmrw and get back to u", date(2026, 10, 15), "first-person"),
    ("I promise to have the schedule to you by 10/23.", date(2026, 10, 23), "first-person"),
    ("I'll send the updated BIP by the end of the month.", date(2026, 10, 31), "first-person"),
    ("I will send it next Tuesday.", date(2026, 10, 20), "first-person"),
    ("The evaluation report will be sent home by October 30.", date(2026, 10, 30), "service-will"),
    ("Our OT team is going to put together a sensory diet for him.", None, "third-person"),
    ("I'm aiming to have it to you before fall break (the 23rd).", date(2026, 10, 23), "first-person"),
    ("Realistically I'd expect to have it to you the first week of November.", date(2026, 11, 6), "first-person"),
    ("Mr. Lee was out Thursday. He's planning to add a make-up session next week.", date(2026, 10, 23), "third-person"),
])
def test_promises_with_due_dates(tagger, text, due, rule_prefix):
    promises = tag(tagger, text).promises
    assert len(promises) == 1, promises
    assert promises[0].due == due
    assert promises[0].rule.startswith(rule_prefix)


@pytest.mark.parametrize("text", [
    "I will be out Friday for a district training, so Ms. Cho will sub.",
    "Will you send me the log?",
    "If he finishes early, I'll let him read.",
    "I'll be in touch if anything changes.",
    "We will be closed Monday for Veterans Day.",
    "She'll be so excited to see the new schedule!",
    "I would like to schedule a meeting.",
    "On 10/2 you wrote, \"I'll send the data sheets by Friday.\" I still have not seen them.",
    "You wrote that the bus stop would be fixed by Monday.",
    "He'll be with two other third graders in the group.",
])
def test_not_promises(tagger, text):
    assert tag(tagger, text).promises == ()


def test_the_parents_own_promise_is_kept_with_the_parent_as_promiser(tagger):
    promise, = tag(tagger, "Thanks! I'll sign the consent tonight and send it back tomorrow.", author=PARENT).promises
    assert promise.by_email == PARENT.email and promise.due == date(2026, 10, 15)


def test_she_will_means_the_staff_member_named_just_before(tagger):
    text = "I passed your request to our diagnostician, Ms. Pruitt. She will send you the consent paperwork."
    message = MessageText(new_text=text, sent=WEDNESDAY, author=TEACHER,
                          recipients=(PARENT, Person("Angela Pruitt", "apruitt@maplegrove.k12.oh.us")))
    promise, = tagger.tag(message).promises
    assert promise.by_email == "apruitt@maplegrove.k12.oh.us"


def test_a_recap_of_a_call_records_each_verbal_promise(tagger):
    text = ("Thank you for meeting with me. Per our conversation today, this is what was agreed:\n\n"
            "1. You said you would send the compensatory OT plan by Friday, October 23.\n"
            "2. You said Mr. Diaz would send the new BIP by 10/30, and that Ms. Park would start OT on 10/20.\n"
            "3. You also said you would email me the progress report by 11/2.\n\n"
            "Please let me know if I misunderstood anything.")
    promises = tag(tagger, text, author=PARENT, subject="Recap of our call").promises
    assert [p.due for p in promises] == [date(2026, 10, 23), date(2026, 10, 30), date(2026, 10, 20), date(2026, 11, 2)]
    assert promises[0].by_email == TEACHER.email


def test_a_parent_restating_what_staff_will_do_outside_a_recap_is_not_a_promise(tagger):
    assert tag(tagger, "Mr. Diaz will send the BIP by Friday, right?", author=PARENT).promises == ()


# ---- requests -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Could you send me the speech log for September?",
    "Please send me a copy of the BIP before the meeting.",
    "Please let me know which of these times works best for you.",
    "Was that ever done?",
    "I am requesting a copy of all of Eli's records.",
    "I'd appreciate it if you could send the OT notes.",
    "I'd also like a copy of his current BIP so I can compare it with the new draft.",
])
def test_requests(tagger, text):
    assert len(tag(tagger, text, author=PARENT).requests) == 1


@pytest.mark.parametrize("text", [
    "How is she supposed to make progress if her sessions keep getting cancelled?",
    "Why is it so hard to get a straight answer?",
    "How was your weekend?",
    "Please let me know if you have any questions.",
    "Please don't hesitate to reach out.",
    "I'd like to understand how many breaks he gets.",
    "On 10/1 she asked, \"Can you send the form back?\" and I did.",
    "How many times do we have to go over this?",
    "Going (pelletier.records@gmail.com)?   Yes - Maybe - No    more options",
])
def test_not_requests(tagger, text):
    assert tag(tagger, text, author=PARENT).requests == ()


def test_a_clarifying_follow_up_question_is_part_of_the_same_ask(tagger):
    requests = tag(tagger, "Who will do the AT part? Is that the district team or Ms. Park?", author=PARENT).requests
    assert len(requests) == 1


# ---- missed services ------------------------------------------------------------------------

def test_each_missed_day_is_its_own_row_with_minutes(tagger):
    tags = tag(tagger, "This is the third time her speech has been cancelled (9/23, 10/7 and today, 30 minutes each).",
               author=PARENT)
    assert [(m.topic, m.day, m.minutes) for m in tags.missed_services] == [
        ("speech_language_therapy", date(2026, 9, 23), 30),
        ("speech_language_therapy", date(2026, 10, 7), 30),
        ("speech_language_therapy", date(2026, 10, 14), 30),
    ]


def test_a_pulled_para_with_a_time_range(tagger):
    missed, = tag(tagger, "On Monday (10/12) Ms. Moore was pulled to cover a kindergarten class from 11:45 to 1:15, "
                          "so Nora didn't have her para during math.").missed_services
    assert (missed.topic, missed.day, missed.minutes) == ("paraprofessional", date(2026, 10, 12), 90)


def test_one_sentence_about_two_services_gives_two_rows(tagger):
    text = ("My worries are the bus (it never showed up on 10/5) and his aide getting pulled for an hour and a half "
            "on Monday to cover another class.")
    rows = {(m.topic, m.day, m.minutes) for m in tag(tagger, text, author=PARENT).missed_services}
    assert rows == {("transportation", date(2026, 10, 5), None), ("paraprofessional", date(2026, 10, 12), 90)}


@pytest.mark.parametrize("text", [
    "Nora missed speech on 10/2 because she was absent.",
    "Speech will be cancelled next Tuesday due to state testing.",
    "The bus was 40 minutes late again today.",
    "Her sessions keep getting cancelled.",
    "The make-up session was made up on 10/9.",
    "Please send the list of dates her aide was pulled by 10/16.",
])
def test_not_missed_services(tagger, text):
    assert tag(tagger, text, author=PARENT).missed_services == ()


# ---- dates ----------------------------------------------------------------------------------

def test_weekday_names_point_forward_for_promises_and_back_for_reports():
    assert find_dates("by Friday", date(2026, 10, 14))[0].day == date(2026, 10, 16)
    assert find_dates("on Monday", date(2026, 10, 14), prefer="past")[0].day == date(2026, 10, 12)
    assert find_dates("last Thursday (10/8)", date(2026, 10, 14), prefer="past")[0].day == date(2026, 10, 8)


@pytest.mark.parametrize("text, written, due", [
    ("an updated draft by the 30th", date(2026, 1, 14), date(2026, 1, 30)),
    ("the draft ready before the 15th", date(2026, 1, 20), date(2026, 2, 15)),  # the 15th has passed: next month's
    ("the notes this weekend", date(2026, 1, 14), date(2026, 1, 18)),
    ("the consent forms early next week", date(2026, 1, 14), date(2026, 1, 20)),
    ("by the end of next week", date(2026, 1, 14), date(2026, 1, 23)),
    ("to you the first week of February", date(2026, 1, 14), date(2026, 2, 6)),  # Feb 1 is a Sunday
    ("during the last week of January", date(2026, 1, 14), date(2026, 1, 30)),
])
def test_looser_deadlines(text, written, due):
    assert find_dates(text, written)[0].day == due


def test_a_new_clause_ends_what_a_deadline_word_governs():
    # "before break" is the deadline phrase; "we missed Oct 2" is a report of a day, not a deadline
    [mention] = find_dates("Before break we missed Oct 2.", date(2026, 10, 14), prefer="past")
    assert (mention.day, mention.deadline) == (date(2026, 10, 2), False)
    assert find_dates("before the meeting on Oct 20", date(2026, 10, 14))[0].deadline


def test_an_ordinal_without_a_preposition_is_not_a_date():
    assert find_dates("she is in the 2nd grade, for the 3rd time", date(2026, 1, 14)) == []


def test_a_score_is_not_a_date():
    assert find_dates("she got 9/10 on Friday's quiz", date(2026, 2, 6), prefer="past")[0].text.lower().startswith("on")


def test_business_days_skip_weekends_and_holidays():
    assert add_business_days(date(2026, 10, 16), 1) == date(2026, 10, 19)
    assert add_business_days(date(2026, 10, 16), 1, frozenset({date(2026, 10, 19)})) == date(2026, 10, 20)


# ---- a person's memo to a list, forwarded into the trail ---------------------------------------

MEMO = ("Team, state testing is next Tuesday and Wednesday. Students who get a reader or extra time on tests will "
        "test in the library, not their homeroom. Speech sessions did not happen yesterday because of the fire drill. "
        "I will send the room list by Thursday. Please send me your rosters by Friday.")


def test_a_forwarded_list_memo_is_read_for_topics_and_nothing_else(tagger):
    assert tag(tagger, MEMO, subject="Testing next week").missed_services  # said to one family: the child's
    memo = tag(tagger, MEMO, subject="Testing next week", bulk=True, list_memo=True)
    assert {"extended_time", "read_aloud"} <= set(memo.topic_ids)
    # its sentences speak of all students: not this child's missed sessions or requests
    assert not memo.missed_services and not memo.requests and not memo.makeups
    # but its writer's own dated undertaking is owed to everyone on the list, the reader too
    assert [p.sentence for p in memo.promises] == ["I will send the room list by Thursday."]
    # the same text as a newsletter: list mail for everything, topics included
    newsletter = tag(tagger, MEMO, subject="Testing next week", bulk=True)
    assert not newsletter.topics and not newsletter.missed_services


@pytest.mark.parametrize("text", [
    "We will test in the library next Tuesday.",  # what all students will do
    "I'll see you all at the assembly on Friday.",  # not an act owed
    "I will send the room list soon.",  # no deadline: a memo's vague intent
    "Students will bring their own headphones by Monday.",
])
def test_a_memo_holds_only_its_writers_dated_undertakings(tagger, text):
    assert not tag(tagger, text, subject="Testing next week", bulk=True, list_memo=True).promises


@pytest.mark.parametrize("text, topic", [
    ("Recess is indoors on Friday, and specials and pull-outs move to the afternoon.", "specialized_instruction"),
    ("Please book a quiet room in the front office ahead of each IEP meeting.", "iep_meeting"),
])
def test_words_a_memo_to_all_says_of_every_student_are_no_topic_there(tagger, text, topic):
    assert topic in tag(tagger, text, subject="Friday").topic_ids  # said to one family: the child's
    assert topic not in tag(tagger, text, subject="Friday", bulk=True, list_memo=True).topic_ids
