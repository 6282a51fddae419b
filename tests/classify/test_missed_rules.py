"""Missed services and accommodations not provided: which statements are reports, which topic
each is about, on which days and for how many minutes.

The sentences are written for these tests (not taken from any corpus). The message is sent on
Wednesday 2026-10-14; "Nora Whitaker" and "Eli Whitaker" are the students.
"""
from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from ieptrail.classify import MessageText, Person, Tagger

NEW_YORK = ZoneInfo("America/New_York")
WEDNESDAY = datetime(2026, 10, 14, 16, 30, tzinfo=NEW_YORK)
TEACHER = Person("Gail Lee", "glee@maplegrove.k12.oh.us")
PARENT = Person("Dana Whitaker", "dana.whitaker@example.com")
OT = Person("Ines Varga", "ivarga@maplegrove.k12.oh.us")


@pytest.fixture(scope="module")
def tagger():
    return Tagger(("Nora Whitaker", "Eli Whitaker"))


def missed(tagger, text, author=PARENT, subject="Re: Nora", signature="", directory=()):
    recipients = (TEACHER,) if author == PARENT else (PARENT,)
    message = MessageText(new_text=text, subject=subject, sent=WEDNESDAY, author=author, recipients=recipients,
                          signature=signature, from_user=author == PARENT,
                          is_reply=subject.lower().startswith(("re", "fw")))
    return {(m.topic, m.day, m.minutes) for m in tagger.tag(message, directory).missed_services}


# ---- accommodations not provided ----------------------------------------------------------

@pytest.mark.parametrize("text, rows", [
    ("Nora wasn't given her extended time on Monday's spelling test.",
     {("extended_time", date(2026, 10, 12), None)}),
    ("Nobody read the test to her on Friday, so she guessed on the word problems.",
     {("read_aloud", date(2026, 10, 9), None)}),
    ("Yesterday he took the science quiz in the classroom with the rest of the class instead of in the small room.",
     {("separate_setting", date(2026, 10, 13), None)}),
    ("He should have had a scribe for the writing prompt on Tuesday.",
     {("scribe", date(2026, 10, 13), None)}),
    ("During the assembly this morning she had no break card and no visual schedule.",
     {("breaks", date(2026, 10, 14), None), ("visual_schedule", date(2026, 10, 14), None)}),
    ("On Monday the sub made him take the test with the standard time limit.",
     {("extended_time", date(2026, 10, 12), None)}),
    ("They didn't let him use his fidget during the assembly on Monday.",
     {("sensory_tools", date(2026, 10, 12), None)}),
    ("The teacher refused to give him extra time on Friday's test.",
     {("extended_time", date(2026, 10, 9), None)}),
    ("She had to take the unit test in the regular classroom on Tuesday.",
     {("separate_setting", date(2026, 10, 13), None)}),
    ("He wasn't allowed to use his calculator on the quiz yesterday.",
     {("calculator", date(2026, 10, 13), None)}),
])
def test_accommodations_not_provided_are_reported_with_their_day_and_no_minutes(tagger, text, rows):
    assert missed(tagger, text) == rows


def test_an_accommodation_left_behind_then_an_afternoon_without_it(tagger):
    text = "Her picture schedule was left in the art room at lunch. She spent the whole afternoon without it."
    assert missed(tagger, text, author=TEACHER) == {("visual_schedule", date(2026, 10, 14), None)}


def test_the_negation_is_about_the_topic_it_governs(tagger):
    text = "He got his extended time on Monday's quiz, but nobody read the questions to him."
    assert {topic for topic, _, _ in missed(tagger, text)} == {"read_aloud"}


# ---- services not delivered ----------------------------------------------------------------

def test_a_provider_sent_to_cover_a_class_with_a_clock_range(tagger):
    text = "Mr. Diaz was pulled to cover a 4th grade class from 9:00 to 10:30 today, so Eli was without his aide."
    assert missed(tagger, text, author=TEACHER) == {("paraprofessional", date(2026, 10, 14), 90)}


def test_a_report_that_names_no_service_takes_the_one_the_paragraph_is_about(tagger):
    text = ("His aide was with him all morning. After lunch she was sent to cover the front office, "
            "so he was on his own until dismissal.")
    assert missed(tagger, text, author=TEACHER) == {("paraprofessional", date(2026, 10, 14), None)}


def test_a_service_named_only_in_the_subject_line(tagger):
    text = "Both sessions (10/6 and 10/13) were cancelled because the therapist was out."
    assert missed(tagger, text, subject="Re: missed OT sessions") == {
        ("occupational_therapy", date(2026, 10, 6), None), ("occupational_therapy", date(2026, 10, 13), None)}


def test_a_total_over_several_days_is_divided_per_session(tagger):
    text = "Her reading group didn't meet on 10/6 or 10/8, so she lost 60 minutes of intervention."
    assert missed(tagger, text) == {("reading_intervention", date(2026, 10, 6), 30),
                                    ("reading_intervention", date(2026, 10, 8), 30)}


def test_minutes_of_one_session_are_not_divided(tagger):
    text = "To confirm, Nora is owed two 30-minute reading intervention sessions (10/6 and 10/8)."
    assert missed(tagger, text, author=TEACHER) == {("reading_intervention", date(2026, 10, 6), 30),
                                                    ("reading_intervention", date(2026, 10, 8), 30)}


def test_a_list_introduced_by_a_report_gives_one_row_per_line(tagger):
    text = "She has missed three OT sessions this fall:\n\n- 9/30 - the OT was at a training\n- 10/7\n- 10/13 - field day"
    assert missed(tagger, text) == {("occupational_therapy", day, None)
                                    for day in (date(2026, 9, 30), date(2026, 10, 7), date(2026, 10, 13))}


def test_a_session_length_said_after_the_list_applies_to_each_line(tagger):
    text = ("Her counseling group did not meet twice this month:\n\n- 10/2: the counselor was at a training\n"
            "- 10/9: the room was used for picture day\n\nEach of those was a 30-minute session.")
    assert missed(tagger, text, author=TEACHER) == {("counseling", date(2026, 10, 2), 30), ("counseling", date(2026, 10, 9), 30)}


def test_a_weekday_range_is_every_day_of_it(tagger):
    text = "His morning check-ins didn't happen Monday through Wednesday this week."
    assert missed(tagger, text) == {("check_in", date(2026, 10, d), None) for d in (12, 13, 14)}


def test_the_author_who_was_out_provides_the_service_their_signature_names(tagger):
    text = "I was out sick on Monday, so I wasn't able to see Nora for her 30-minute session."
    assert missed(tagger, text, author=OT, signature="Ines Varga, OTR/L\nOccupational Therapist") == {
        ("occupational_therapy", date(2026, 10, 12), 30)}


def test_an_absence_over_weeks_is_a_session_in_each_week_from_its_first_day(tagger):
    rows = missed(tagger, "The OT has been on leave, so there has been no OT for the last two weeks.", author=TEACHER)
    assert rows == {("occupational_therapy", date(2026, 9, 28), None), ("occupational_therapy", date(2026, 10, 5), None)}


def test_an_accommodation_over_weeks_is_one_report(tagger):
    rows = missed(tagger, "Nora has had no break card in science for the last two weeks.")
    assert {row[0] for row in rows} == {"breaks"} and len(rows) == 1


def test_each_line_of_a_list_is_its_own_session_even_on_the_same_day(tagger):
    text = ("I was pulled to cover a third grade class on Monday 10/12. None of my groups met that day:\n\n"
            "- Nora: speech articulation group, 30 min\n- Eli: speech language group, 20 min\n")
    rows = [(r.topic, r.day, r.minutes) for r in tagger_rows(tagger, text)]
    assert sorted(rows) == [("speech_language_therapy", date(2026, 10, 12), 20),
                            ("speech_language_therapy", date(2026, 10, 12), 30)]


def tagger_rows(tagger, text):
    message = MessageText(new_text=text, subject="Re: groups", sent=WEDNESDAY, author=TEACHER, recipients=(PARENT,),
                          signature="", from_user=False, is_reply=True)
    return tagger.tag(message, ()).missed_services


def test_a_list_takes_the_days_of_the_sentence_that_introduces_it(tagger):
    text = ("I was pulled to sub all day Monday 10/12 and Tuesday 10/13. None of my groups met either day:\n\n"
            "- Reading group (Nora + 2 others): 30 min x 2 days\n")
    days = {(r.topic, r.day) for r in tagger_rows(tagger, text) if r.topic == "reading_intervention"}
    assert days == {("reading_intervention", date(2026, 10, 12)), ("reading_intervention", date(2026, 10, 13))}


def test_a_count_of_sessions_over_a_span_is_one_report_on_its_last_day(tagger):
    text = "Our log shows Nora missed 6 speech sessions between 9/8 and 10/6, and 3 OT sessions between 9/15 and 10/9."
    assert missed(tagger, text, author=TEACHER) == {("speech_language_therapy", date(2026, 10, 6), None),
                                                    ("occupational_therapy", date(2026, 10, 9), None)}


def test_a_bus_that_never_picked_her_up(tagger):
    rows = missed(tagger, "The bus never picked Nora up this morning, so I drove her in at 8:10.")
    assert rows == {("transportation", date(2026, 10, 14), None)}


def test_a_bus_aide_is_the_bus_service(tagger):
    rows = missed(tagger, "The bus came this morning with no aide on it, so I drove her myself.")
    assert rows == {("transportation", date(2026, 10, 14), None)}


def test_a_session_bumped_or_a_para_reassigned(tagger):
    assert missed(tagger, "His speech session got bumped this morning for the fire drill.") == {
        ("speech_language_therapy", date(2026, 10, 14), None)}
    assert missed(tagger, "Her para was reassigned for the day yesterday, so Nora was on her own.") == {
        ("paraprofessional", date(2026, 10, 13), None)}


def test_a_past_week_named_without_its_days_is_a_report_without_a_day(tagger):
    assert missed(tagger, "Speech was cancelled twice last week.") == {("speech_language_therapy", None, None)}


def test_sessions_said_to_be_still_owed_without_their_days(tagger):
    rows = missed(tagger, "You're right. Neither session was made up, and I'm sorry.", author=TEACHER,
                  subject="Re: speech make-up sessions")
    assert rows == {("speech_language_therapy", None, None)}


def test_sessions_never_made_up_are_still_missed(tagger):
    assert missed(tagger, "The speech session on 10/7 was never made up.") == {
        ("speech_language_therapy", date(2026, 10, 7), None)}


# ---- not reports of a missed service -------------------------------------------------------

def test_neither_session_is_two_sessions_without_their_days(tagger):
    rows = tagger_rows(tagger, "You're right: neither speech session was made up.")
    assert [(r.topic, r.day) for r in rows] == [("speech_language_therapy", None)] * 2


def test_a_make_up_session_not_got_to_after_one_that_was(tagger):
    text = "Her comp session Tue 10/6 I did do (we did it at 2:15 instead) but Thu 10/8 I didnt get to it."
    assert missed(tagger, text, author=TEACHER) == {("compensatory_services", date(2026, 10, 8), None)}


def test_a_log_line_with_no_session_takes_the_service_the_log_is_for(tagger):
    text = "Speech log for Nora:\n- 10/5: session held\n- 10/7: no session (SLP out)\n- 10/12: session held"
    assert missed(tagger, text, author=TEACHER) == {("speech_language_therapy", date(2026, 10, 7), None)}


@pytest.mark.parametrize("text", [
    "If she misses speech again, I will ask for a meeting.",
    "Did she get her extended time on Friday's test?",
    "I'm not sure whether he got his breaks today.",
    "Speech will be cancelled next Tuesday for the assembly.",
    "Nora was absent on Monday, so she missed OT.",
    "Eli was home sick yesterday and missed his speech session.",
    "Ms. Park made up the missed 10/7 session this morning.",
    "There was no school on Monday for the holiday, so no OT that day.",
    "He finished the quiz on Friday without using his extra time.",
    "He had no problems using his extended time yesterday.",
    "We never got the speech log you mentioned on 10/2.",
    "Her sessions keep getting cancelled.",
    "She has not missed a single speech session since school started.",
    "On 10/2 you wrote: \"speech was cancelled on 10/1 and will be made up next week\"",
    "Nora refused to go on Monday, so she missed speech.",
    "I forgot to send her noise-cancelling headphones on Tuesday.",
    "What is the plan when his aide is out?",
    "Please send me the list of dates her aide was pulled.",
    "He did great without his fidget today!",
    "She chose to work without her wiggle cushion on Monday.",
    "We'll have no speech on Monday due to conferences.",
    "No OT next week, I'm out Wednesday through Friday.",
    "No breaks were needed during the assembly today.",
    "No OT goals were met this grading period, according to the report I got on Monday.",
    "He missed his bus this morning because we overslept.",
])
def test_not_reports(tagger, text):
    assert missed(tagger, text) == set()


def test_an_absence_told_in_the_perfect_is_reported_without_a_day(tagger):
    rows = missed(tagger, "She hasn't had speech since the SLP went on maternity leave.")
    assert rows == {("speech_language_therapy", None, None)}
    assert missed(tagger, "Nora still hasn't received the guided notes for the unit.") == {("class_notes", None, None)}


# ---- told indirectly: what the child got instead, or who was elsewhere ---------------------------

STUDENT = Person("Nora Whitaker", "nwhitaker27@student.maplegrove.k12.oh.us")


@pytest.mark.parametrize("text, rows", [
    ("The chapter test was handed out in regular print yesterday, so she used her phone to zoom in.",
     {("large_print", date(2026, 10, 13), None)}),
    ("The map he got on Monday was the normal size, not the enlarged one.",
     {("large_print", date(2026, 10, 12), None)}),
    ("He had a spelling quiz yesterday and nobody read it to him.",
     {("read_aloud", date(2026, 10, 13), None)}),
    ("Nobody scribed for him on Friday, so he left the short answers blank.",
     {("scribe", date(2026, 10, 9), None)}),
    ("Her morning check-ins haven't happened the last two weeks (10/5 and 10/12).",
     {("check_in", date(2026, 10, 5), None), ("check_in", date(2026, 10, 12), None)}),
    ("The sub wouldn't give him the printed notes today.",
     {("class_notes", date(2026, 10, 14), None)}),
    ("Nora still doesn't have her large print novel.",
     {("large_print", date(2026, 10, 14), None)}),
])
def test_accommodations_told_without_a_plain_not_given(tagger, text, rows):
    assert missed(tagger, text) == rows


@pytest.mark.parametrize("text, topic", [
    ("Monday's sub said he didn't know about his calculator, so Eli did the quiz by hand.", "calculator"),
    ("The music teacher didn't know she has a visual schedule, so nobody showed her the change on Monday.",
     "visual_schedule"),
    ("The test was on paper on Monday, and I didn't have anyone available to read it to her.", "read_aloud"),
    ("The laptop was broken on Monday, so the program couldn't read the test to him.", "read_aloud"),
    ("He ran out of time on the quiz Monday because we only had the one period.", "extended_time"),
    ("He sat through the two-hour assembly on Monday with no break.", "breaks"),
    ("His extended time was not honored on Friday's quiz.", "extended_time"),
    ("Nobody reminded him to take a break during Monday's assembly.", "breaks"),
    ("On Monday he had to take the quiz in class with everyone.", "separate_setting"),
    ("He had to sit at the back during the video on Monday.", "preferential_seating"),
    ("Yesterday in science the teacher do not give to him the calculator.", "calculator"),
    ("The enlarged copy of the map test was in the wrong folder on Monday.", "large_print"),
    ("On Monday his FM system wasn't turned on in science.", "assistive_technology"),
    ("The text-to-speech was set up for reading but not for math on Monday.", "read_aloud"),
    ("He said he had to write the whole lab report by himself on Monday.", "scribe"),
    ("On Monday she had to read the science test herself.", "read_aloud"),
    ("There was no one available to scribe for him on Monday.", "scribe"),
    ("Her large print copy wasn't ready for Monday's test.", "large_print"),
    ("The teacher took away his fidget on Monday.", "sensory_tools"),
    ("She got 10 minutes of speech instead of 30 on Monday.", "speech_language_therapy"),
    ("On Monday the map on the back of the quiz was still the tiny one.", "large_print"),
    ("We read chapter 2 today and I didn't have the big packet, so I just listened.", "large_print"),
    ("He was supposed to get a copy of the class notes Monday and didn't.", "class_notes"),
    ("He was denied his breaks on Monday.", "breaks"),
    ("Eli was told he couldn't use his headphones on Monday.", "sensory_tools"),
    ("She told me nobody gave her the reading test orally on Monday.", "read_aloud"),
    ("Today there was no one to take him to OT.", "occupational_therapy"),
    ("I couldn't pull Nora for speech today because of the assembly.", "speech_language_therapy"),
    ("I wasn't able to get to Nora's OT session on Monday.", "occupational_therapy"),
    ("Nora came home and said she didn't go to speech today.", "speech_language_therapy"),
    ("Nora only got one of her two OT sessions last week.", "occupational_therapy"),
    ("The aide has not been in class with Eli since Monday.", "paraprofessional"),
    ("Her reading intervention teacher quit and nobody has replaced her.", "reading_intervention"),
    ("Speech update: no session Monday (assembly).", "speech_language_therapy"),
    ("The teacher wouldn't let her take a break on Monday.", "breaks"),
    ("The paraprofessional assigned to him was in another room all day Monday.", "paraprofessional"),
    ("On Monday, the aide left him alone at recess.", "paraprofessional"),
    ("He sat through the assembly on Monday with no break and no schedule.", "breaks visual_schedule"),
    ("Eli says there were no notes in his folder on Monday.", "class_notes"),
    ("On Monday they made her take the test in the cafeteria with everybody.", "separate_setting"),
])
def test_accommodations_told_by_what_went_wrong(tagger, text, topic):
    assert {row[0] for row in missed(tagger, text, author=TEACHER)} == set(topic.split())


@pytest.mark.parametrize("text, rows", [
    ("She wasn't pulled for speech on Monday.", {("speech_language_therapy", date(2026, 10, 12), None)}),
    ("I didn't see her for OT on Monday because of testing.", {("occupational_therapy", date(2026, 10, 12), None)}),
    ("Nora's aide was absent Monday and nobody covered.", {("paraprofessional", date(2026, 10, 12), None)}),
    ("The para wasn't in math again today.", {("paraprofessional", date(2026, 10, 14), None)}),
    ("Nora has not had counseling in three weeks.", {("counseling", None, None)}),
    ("The OT hasn't seen her since September.", {("occupational_therapy", None, None)}),
    ("The speech therapist has been out for two weeks.", {("speech_language_therapy", None, None)}),
    ("Nobody picked Eli up for speech on Monday.", {("speech_language_therapy", date(2026, 10, 12), None)}),
    ("Her speech was replaced with a class party on Friday.", {("speech_language_therapy", date(2026, 10, 9), None)}),
    ("The aide was helping another student the whole period Monday.", {("paraprofessional", date(2026, 10, 12), None)}),
])
def test_sessions_told_by_who_did_not_see_the_child(tagger, text, rows):
    assert missed(tagger, text) == rows


def test_a_verbless_line_goes_on_with_the_story_before_it(tagger):
    text = "She came home and went straight to bed. Two hours with no break."
    assert missed(tagger, text) == {("breaks", date(2026, 10, 14), None)}


def test_the_child_writing_about_her_own_extended_time(tagger):
    text = "In class today I only had the regular period, so I didn't get my time and a half."
    assert missed(tagger, text, author=STUDENT) == {("extended_time", date(2026, 10, 14), None)}


@pytest.mark.parametrize("text, topic", [
    ("I was supposed to have the science quiz read to me today, but Ms. Ruiz was covering another class.", "read_aloud"),
    ("Yes, a scribe is in her IEP. Her aide was pulled to cover a kindergarten class today.", "scribe"),
    ("The aide who scribes for him was pulled to cover a class today.", "scribe"),
    ("His aide was pulled to cover another class today.", "paraprofessional"),
    ("The SLP was pulled to cover a class today. The aide read the story to him instead.", "speech_language_therapy"),
])
def test_an_adult_pulled_away_takes_away_what_that_adult_gives(tagger, text, topic):
    assert {row[0] for row in missed(tagger, text, author=TEACHER)} == {topic}


@pytest.mark.parametrize("text", [
    "I asked for her speech log in September and still don't have it.",
    "We still don't have the signed copy of the IEP.",
    "She can read regular print when the font is dark enough.",
    "Nora doesn't have speech on Mondays.",
    "The reading test was not read because reading is the skill being tested, and that is in her IEP?",
    "I didn't get my copy of the progress report.",
])
def test_not_reports_either(tagger, text):
    assert missed(tagger, text) == set()


# ---- compensatory sessions, lists led by dates, lines that introduce a list --------------------

def test_a_session_of_the_compensatory_plan_that_did_not_happen(tagger):
    text = "- Her after-school compensatory sessions were cancelled on 10/2 and 10/6, and the 10/9 make-up didn't happen either."
    assert missed(tagger, text) == {("compensatory_services", date(2026, 10, d), None) for d in (2, 6, 9)}


def test_a_compensatory_plan_mentioned_beside_a_missed_session_does_not_take_it(tagger):
    text = "Her OT session on 10/6 was cancelled; I'd like to talk about compensatory services."
    assert missed(tagger, text) == {("occupational_therapy", date(2026, 10, 6), None)}


def test_lines_led_by_lists_of_dates_written_without_full_stops(tagger):
    text = ("His aide was moved to lunch duty this week, so Eli was again without his aide at recess:\n\n"
            "Mon 10/12, Tue 10/13: 30 min each\n"
            "Tue 10/13: comp ed session with Ms. Lane did not happen (20 min)")
    assert missed(tagger, text, author=TEACHER) == {
        ("paraprofessional", date(2026, 10, 12), 30), ("paraprofessional", date(2026, 10, 13), 30),
        ("compensatory_services", date(2026, 10, 13), 20)}


def test_a_line_that_introduces_a_list_of_services_on_the_days_before_it(tagger):
    text = ("I was pulled to cover a 2nd grade class yesterday, Tuesday 10/13, and again today, Wednesday 10/14. "
            "None of my groups met either day:\n\n"
            "- Reading intervention group: 30 min x 2 days\n"
            "- Counseling group: 20 min Tuesday")
    assert missed(tagger, text, author=TEACHER) == {
        ("reading_intervention", date(2026, 10, 13), 30), ("reading_intervention", date(2026, 10, 14), 30),
        ("counseling", date(2026, 10, 13), 20)}


@pytest.mark.parametrize("text, rows", [
    ("I have to cancel today's O&M lesson; the van is in the shop and I can't do the bus practice without it.",
     {("specialized_instruction", date(2026, 10, 14), None)}),
    ("She hasn't had any vision services since her TVI went out: she missed 10/6 and 10/8, 2 sessions of 30 minutes.",
     {("specialized_instruction", date(2026, 10, 6), 30), ("specialized_instruction", date(2026, 10, 8), 30)}),
])
def test_vision_services(tagger, text, rows):
    assert missed(tagger, text, author=TEACHER) == rows


@pytest.mark.parametrize("text, rows", [
    ("I was out sick yesterday and today, and nobody picked up morning check-in, so Nora didn't check in either day.",
     {("check_in", date(2026, 10, 13), None), ("check_in", date(2026, 10, 14), None)}),
    ("I lost track of the clock yesterday and rushed everyone out without thinking about your extra time.",
     {("extended_time", date(2026, 10, 13), None)}),
    ("I wasnt with Nora at recess Mon 10/12 or Tue 10/13.",  # phone-typed, no apostrophe
     {("paraprofessional", date(2026, 10, 12), None), ("paraprofessional", date(2026, 10, 13), None)}),
])
def test_told_by_the_adult_who_did_not_give_it(tagger, text, rows):
    assert missed(tagger, text, author=TEACHER) == rows


def test_my_last_paragraph_is_not_a_time(tagger):
    text = "In class today I only had the regular period. So I didn't get my time and a half and I didn't finish my last paragraph."
    assert missed(tagger, text, author=STUDENT) == {("extended_time", date(2026, 10, 14), None)}


@pytest.mark.parametrize("text", [
    "Nobody picked up the phone when I called on Monday.",
    "He couldn't have finished the test without his extra time on Monday.",
])
def test_not_reports_of_that_kind(tagger, text):
    assert missed(tagger, text) == set()


def test_she_is_the_provider_the_sentence_before_was_pulled_from(tagger):
    text = ("Since the break her para keeps getting pulled to cover other rooms. On 10/6 she was on lunch duty and "
            "Nora walked out of the cafeteria by herself.")
    assert missed(tagger, text) == {("paraprofessional", date(2026, 10, 6), None)}


def test_she_was_out_and_the_service_named_after(tagger):
    text = "I'm worried about her behavior plan. On 10/6 she was out sick and Nora had no speech."
    assert {topic for topic, _, _ in missed(tagger, text)} == {"speech_language_therapy"}


def test_no_support_for_the_child_is_the_service_the_line_names(tagger):
    text = "Log since my last email:\n\n- 10/5, 10/6 - her aide on lunch, no support for Nora (2 x 30 = 60)"
    assert missed(tagger, text, author=TEACHER) == {("paraprofessional", date(2026, 10, 5), None),
                                                    ("paraprofessional", date(2026, 10, 6), None)}


def test_no_support_needed_is_not_a_report(tagger):
    assert missed(tagger, "Her aide was at lunch on 10/6, but no support was needed for Nora that day.", author=TEACHER) == set()


@pytest.mark.parametrize("text, rows", [
    ("He said his headphones weren't in the room for the reading test on Monday.",
     {("sensory_tools", date(2026, 10, 12), None)}),
    ("He tested in the library on Monday, and his headphones were still in my room.",
     {("sensory_tools", date(2026, 10, 12), None)}),
    ("He says he hasn't had speech all week.", {("speech_language_therapy", None, None)}),
    ("Her OT baseline is attached. We did not have a session on 10/6 because her class was on a field trip.",
     {("occupational_therapy", date(2026, 10, 6), None)}),
])
def test_left_elsewhere_a_week_without_and_a_session_we_did_not_have(tagger, text, rows):
    assert missed(tagger, text, author=TEACHER) == rows


@pytest.mark.parametrize("text", [
    "Her headphones were in the room on Wednesday, so that went fine.",
    "He was still in my room when the bell rang on Monday.",
    "I did not get the session notes from 10/6.",
])
def test_not_left_behind(tagger, text):
    assert missed(tagger, text) == set()


@pytest.mark.parametrize("text, rows", [
    ("On Monday 10/12 she took the science test in her classroom, not in the quiet room.",
     {("separate_setting", date(2026, 10, 12), None)}),
    ("Yesterday she sat the district benchmark in the cafeteria with standard time.",
     {("extended_time", date(2026, 10, 13), None)}),
    ("The class headphones went back to the library on Monday, so she didn't have any in math on Monday or Tuesday.",
     {("sensory_tools", date(2026, 10, 12), None), ("sensory_tools", date(2026, 10, 13), None)}),
    ("Her speech sessions stopped after September 29. Nobody has come for her since: October 6 and October 13.",
     {("speech_language_therapy", date(2026, 10, 6), None), ("speech_language_therapy", date(2026, 10, 13), None)}),
])
def test_a_setting_or_time_told_by_what_was_used_and_none_and_nobody_has_come(tagger, text, rows):
    assert missed(tagger, text, author=TEACHER) == rows


def test_a_tool_gone_since_a_named_day(tagger):
    text = "A software update on October 5 wiped the dictation settings, so Nora hasn't had speech-to-text since then."
    assert {(topic, day) for topic, day, _ in missed(tagger, text, author=TEACHER)} == {
        ("assistive_technology", date(2026, 10, 5))}


def test_the_day_a_session_was_held_instead_is_not_missed(tagger):
    text = "I was out sick on 10/9, so we met this Monday (10/12) instead."
    assert missed(tagger, text, author=OT, signature="Ines Varga, OTR/L\nOccupational Therapist") == {
        ("occupational_therapy", date(2026, 10, 9), None)}


def test_an_aide_pulled_away_is_the_check_in_the_sentence_says_was_lost(tagger):
    text = "I got pulled to cover the front desk on Monday, so she didn't get her morning check-in."
    aide = Person("Pat Lowe", "plowe@maplegrove.k12.oh.us")
    assert missed(tagger, text, author=aide, signature="Pat Lowe\nParaprofessional") == {
        ("check_in", date(2026, 10, 12), None)}


def test_never_met_a_person_is_not_a_session(tagger):
    assert missed(tagger, "The new counselor is covering, but Nora has never met him.", author=TEACHER) == set()


@pytest.mark.parametrize("text, rows", [
    ("He didn't have access to his calculator on the quiz Monday.", {("calculator", date(2026, 10, 12), None)}),
    ("On Monday she waited in class because nobody was there to take her to speech.",
     {("speech_language_therapy", date(2026, 10, 12), None)}),
    ("He was never given the read-aloud version of the test on Monday.", {("read_aloud", date(2026, 10, 12), None)}),
])
def test_no_access_nobody_there_to_take_her_and_never_given(tagger, text, rows):
    assert missed(tagger, text, author=TEACHER) == rows


def test_not_having_to_use_a_tool_is_not_a_report(tagger):
    assert missed(tagger, "He didn't have to use his calculator on the quiz Monday.", author=TEACHER) == set()


# ---- general forms: devices, notes, print, seating, weekday lists, partial sessions (missed3) -----

@pytest.mark.parametrize("text, rows", [
    # an adult did not wear or switch on the child's device
    ("The sub never put on her FM system in science yesterday.", {("assistive_technology", date(2026, 10, 13), None)}),
    # a device broken or dead, an aside between it and the verb
    ("The video magnifier in her room (the one she reads the board with) stopped working this morning.",
     {("assistive_technology", date(2026, 10, 14), None)}),
    ("That is Monday, Tuesday and today with no magnifier.",
     {("assistive_technology", date(2026, 10, 12), None), ("assistive_technology", date(2026, 10, 13), None),
      ("assistive_technology", date(2026, 10, 14), None)}),
    # nobody took the notes the IEP gives her
    ("Nobody took notes for her in history on Monday.", {("class_notes", date(2026, 10, 12), None)}),
    ("There was no one taking notes in chemistry yesterday either.", {("class_notes", date(2026, 10, 13), None)}),
    # handed out in regular print, on regular paper
    ("She came home today with a reading log and two math pages in regular print.",
     {("large_print", date(2026, 10, 14), None)}),
    ("Monday's quiz went out to her on regular paper, my mistake.", {("large_print", date(2026, 10, 12), None)}),
    # placed at the back, said in the first person or in the present
    ("With the new seating chart I'm in the back row by the windows and I can't see the board.",
     {("preferential_seating", date(2026, 10, 14), None)}),
    ("Nora was put in the back corner by the vent on Monday and again today.",
     {("preferential_seating", date(2026, 10, 12), None), ("preferential_seating", date(2026, 10, 14), None)}),
    ("She was seated in the fourth row by the door on Tuesday, not up front.",
     {("preferential_seating", date(2026, 10, 13), None)}),
    # a test taken with everyone else; the place she did not go to
    ("She took Monday's quiz in your room with everyone else.", {("separate_setting", date(2026, 10, 12), None)}),
    ("So she didn't get her time and a half and didn't go to the small group testing room on Tuesday.",
     {("extended_time", date(2026, 10, 13), None), ("separate_setting", date(2026, 10, 13), None)}),
    # a session cut short: the minutes lost
    ("The fire drill cut her speech session in half on Monday.", {("speech_language_therapy", date(2026, 10, 12), None)}),
    ("On Monday we only had 20 of our 45 minutes of OT.", {("occupational_therapy", date(2026, 10, 12), 25)}),
    # the replacement never sent; a device nobody wore; materials not enlarged
    ("The district never sent a sub for her speech session on Tuesday.",
     {("speech_language_therapy", date(2026, 10, 13), None)}),
    ("Nobody wore the FM system in gym yesterday.", {("assistive_technology", date(2026, 10, 13), None)}),
    ("The worksheets were not enlarged yesterday.", {("large_print", date(2026, 10, 13), None)}),
    # part of a session lost at its end or its start
    ("Speech ended 15 minutes early on Monday because of the fire drill.",
     {("speech_language_therapy", date(2026, 10, 12), 15)}),
    ("Speech started 10 minutes late today.", {("speech_language_therapy", date(2026, 10, 14), 10)}),
    # days counted back from the message
    ("Speech didn't happen two days ago.", {("speech_language_therapy", date(2026, 10, 12), None)}),
    ("There was no OT the day before yesterday.", {("occupational_therapy", date(2026, 10, 12), None)}),
    # the whole assignment instead of the shortened one; "last night" is the evening before the message
    ("We switched packets on 10/5 and I forgot to mark his, so he's been doing the whole page since then.",
     {("reduced_assignments", date(2026, 10, 5), None)}),
    ("He spent two hours on the homework last night, all 30 problems.",
     {("reduced_assignments", date(2026, 10, 13), None)}),
    # lists of ordinal days, a count of one weekday back from the message
    ("She missed speech on the 5th, 7th and 12th.",
     {("speech_language_therapy", date(2026, 10, 5), None), ("speech_language_therapy", date(2026, 10, 7), None),
      ("speech_language_therapy", date(2026, 10, 12), None)}),
    ("Speech has not happened the last three Tuesdays.",
     {("speech_language_therapy", date(2026, 9, 29), None), ("speech_language_therapy", date(2026, 10, 6), None),
      ("speech_language_therapy", date(2026, 10, 13), None)}),
    # the adult did not know, nobody told the sub, the child made to put it away, notes copied off the board
    ("The substitute didn't know she needed the FM system on Monday.", {("assistive_technology", date(2026, 10, 12), None)}),
    ("Nobody told the sub about her extended time on Friday's test.", {("extended_time", date(2026, 10, 9), None)}),
    ("She was told to put her fidget away on Monday.", {("sensory_tools", date(2026, 10, 12), None)}),
    ("She had to copy everything off the board herself on Monday.", {("class_notes", date(2026, 10, 12), None)}),
    # fewer sessions than the IEP gives; each weekday of the month so far
    ("Last week the OT came once instead of twice.", {("occupational_therapy", None, None)}),
    ("Every Tuesday this month the para has been pulled to cover recess.",
     {("paraprofessional", date(2026, 10, 6), None), ("paraprofessional", date(2026, 10, 13), None)}),
    # a failure told again, about the thing named after "with"
    ("Same thing happened again today with the FM system.", {("assistive_technology", date(2026, 10, 14), None)}),
    # a log's clauses: only the one that says "not delivered"
    ("Speech on 10/1, 10/6 and 10/8 was delivered; 10/13 was not delivered (provider absent).",
     {("speech_language_therapy", date(2026, 10, 13), None)}),
])
def test_general_forms_of_not_provided(tagger, text, rows):
    assert missed(tagger, text) == rows


@pytest.mark.parametrize("text", [
    "Nora missed the directions in class today because the teacher turned to the board.",
    "We will provide compensatory OT for every missed session.",
    "She does not agree that no make-up is owed for the speech sessions.",
    "For the three speech sessions not provided in September, Ms. Park will provide 90 minutes of compensatory speech.",
    "Ms. Lee had lunch duty during the in-service, so I left her the handout.",
    "Mr. Diaz was reassigned to the middle school effective Monday.",
    "She put on her noise-canceling headphones during the transition on Monday.",
    "He skipped suffix -tion once on 10/6 in reading intervention.",
    "He took a break with his headphones on Monday and missed the rest of the lesson.",
    "Missed OT sessions since 10/1 will be discussed along with the reading sessions.",
    "She is in the back of the line at recess.",
    "Her class was at the PBIS pep rally when I got there on Monday.",
    "I will be about 10 minutes late to our meeting.",
    "He did the whole page by himself today!",
    "I asked her to take her coat off before the test.",
    "The meltdown happened again today with his aide nearby.",
    "The van broke down last night, so the district sent a spare van this morning.",
])
def test_general_forms_that_are_not_reports(tagger, text):
    assert missed(tagger, text) == set()


# ---- transition services, notices in advance, devices and adults elsewhere ----------------------
# (Wednesday 2026-10-14 is the day every message here is sent.)

@pytest.mark.parametrize("text, rows", [
    # transition services are specially designed instruction: job coaching, community-based instruction
    ("Vocational training did not happen on Monday because the job coach was out.",
     {("specialized_instruction", date(2026, 10, 12), None)}),
    ("Community-based instruction did not go out on 10/9 or 10/2 because we had no second driver.",
     {("specialized_instruction", date(2026, 10, 2), None), ("specialized_instruction", date(2026, 10, 9), None)}),
    ("Before break we missed 10/1 (no sub) and 10/8 (the assembly) for job coaching.",
     {("specialized_instruction", date(2026, 10, 1), None), ("specialized_instruction", date(2026, 10, 8), None)}),
    # a session called off in advance is missed on its own day
    ("Also no CBI tomorrow (Thu 10/15), we don't have enough staff.",
     {("specialized_instruction", date(2026, 10, 15), None)}),
    ("We will not be going to the job site this Friday (10/16), two of our coaches are out.",
     {("specialized_instruction", date(2026, 10, 16), None)}),
    ("Because of the fire drill we didn't make it to the job site today.",
     {("specialized_instruction", date(2026, 10, 14), None)}),
    # a device that travels with the child did not come home
    ("Yesterday his AAC device was not in his backpack again.", {("assistive_technology", date(2026, 10, 13), None)}),
    # the bus ran without its assistant
    ("His bus ran without an attendant on Monday and again this morning.",
     {("transportation", date(2026, 10, 12), None), ("transportation", date(2026, 10, 14), None)}),
    # a time of day is one session's length, not a total to share between the days
    ("Job coaching (Mondays, 9:00-11:00) did not happen on 10/5 or 10/12.",
     {("specialized_instruction", date(2026, 10, 5), 120), ("specialized_instruction", date(2026, 10, 12), 120)}),
])
def test_transition_services_and_notices_in_advance(tagger, text, rows):
    assert missed(tagger, text, author=TEACHER) == rows


def test_an_adult_sent_elsewhere_is_the_aide_not_the_room_she_was_sent_to(tagger):
    text = "I checked in with her today and she confirmed she was sent to the resource room during 3rd period on 10/6 and 10/8."
    assert missed(tagger, text, author=TEACHER) == {("paraprofessional", date(2026, 10, 6), None),
                                                    ("paraprofessional", date(2026, 10, 8), None)}


def test_both_days_are_the_days_the_sentence_before_named(tagger):
    text = ("Nora came home on Friday (10/9) and again today upset about art. "
            "It sounds like her aide was pulled from art on both days, after the 5th.")
    assert missed(tagger, text) == {("paraprofessional", date(2026, 10, 9), None),
                                    ("paraprofessional", date(2026, 10, 14), None)}


@pytest.mark.parametrize("text", [
    "Tuesday won't work for a meeting, I'm out with the other group at the library on Tuesdays.",
    "We will be going to the job site this Friday as usual.",
    "If we don't make it to the grocery store tomorrow, we will go next week.",
])
def test_notices_that_are_not_missed_sessions(tagger, text):
    assert missed(tagger, text, author=TEACHER) == set()


# ---- forms seen on first contact with new families (sentences written for these tests) -----

@pytest.mark.parametrize("text, author, rows", [
    # a device that came home or went flat
    ("Eli got off the bus yesterday with his communication device totally dead.", PARENT,
     {("assistive_technology", date(2026, 10, 13), None)}),
    ("No one plugged in her communication device during lunch today, and it was flat by 2nd period.", TEACHER,
     {("assistive_technology", date(2026, 10, 14), None)}),
    # a feature a setting switched off, then the child went without it on named days
    ("Her voice typing was disabled on the school laptops. She wrote the lab report without it on "
     "October 6 and again on October 8.", PARENT,
     {("assistive_technology", date(2026, 10, 6), None), ("assistive_technology", date(2026, 10, 8), None)}),
    # the adult in the room did not know where the child was supposed to test
    ("The substitute didn't know she was supposed to go to the separate setting for the quiz today.", TEACHER,
     {("separate_setting", date(2026, 10, 14), None)}),
    # the break the plan gives, put off
    ("Yesterday Eli asked for a break in reading and the aide told him to wait until recess.", PARENT,
     {("breaks", date(2026, 10, 13), None)}),
    # a one-to-one aide's absence said as "no adult"
    ("On Monday Nora spent recess on the far field with no adult at all.", PARENT,
     {("paraprofessional", date(2026, 10, 12), None)}),
    # a test ended by the bell, told in different orders
    ("Monday was the map quiz, and when the bell rang Mr. Tate collected it even though she was on question 4.", PARENT,
     {("extended_time", date(2026, 10, 12), None)}),
    ("Today Eli was made to stop at the bell on his spelling test.", PARENT,
     {("extended_time", date(2026, 10, 14), None)}),
    # a refusal told in the past with "would not"
    ("On Tuesday the sub would not let her use her calculator.", PARENT,
     {("calculator", date(2026, 10, 13), None)}),
    # the reading done by the child alone, with a part of the test named ("the last page") that is not a time
    ("She had a history test on Friday. Nobody read the questions to her and she left the last page blank.", PARENT,
     {("read_aloud", date(2026, 10, 9), None)}),
    ("Tuesday there was a sub, so she had to read everything herself.", PARENT,
     {("read_aloud", date(2026, 10, 13), None)}),
    # the teacher's own copy of the notes not made
    ("I never got Nora's notes copied Friday (10/9), my apologies.", TEACHER,
     {("class_notes", date(2026, 10, 9), None)}),
])
def test_forms_of_a_missed_accommodation_that_transfer_across_families(tagger, text, author, rows):
    assert missed(tagger, text, author=author) == rows


def test_a_clock_range_without_from_gives_the_minutes(tagger):
    text = "Ms. Pruitt was pulled to cover cafeteria duty 12:05 to 12:50 today, so Eli was without his aide."
    assert missed(tagger, text, author=TEACHER) == {("paraprofessional", date(2026, 10, 14), 45)}


def test_the_aide_pulled_away_and_a_device_left_uncharged_are_both_reported(tagger):
    text = ("I was pulled to cover recess 11:30 to 12:00 today, so Eli was on the playground without me "
            "and nobody charged his talker.")
    assert missed(tagger, text, author=TEACHER) == {("paraprofessional", date(2026, 10, 14), 30),
                                                    ("assistive_technology", date(2026, 10, 14), None)}


def test_a_daily_service_missed_every_school_day_since_a_date(tagger):
    text = "Eli has missed his resource reading block every school day since 10/8, 45 minutes each."
    days = [date(2026, 10, 8), date(2026, 10, 9), date(2026, 10, 12), date(2026, 10, 13), date(2026, 10, 14)]
    assert missed(tagger, text, author=TEACHER) == {("specialized_instruction", day, 45) for day in days}


def test_a_stated_count_of_days_caps_the_span(tagger):
    text = "Nora has gone without her co-taught English every day since 10/7 - 3 days so far."
    assert {day for _, day, _ in missed(tagger, text, author=TEACHER)} == {
        date(2026, 10, 7), date(2026, 10, 8), date(2026, 10, 9)}


@pytest.mark.parametrize("text", [
    "If the bell rings before she is done, she may finish at lunch.",
    "When the bell rang she collected the papers from everyone who was done.",
    "He would not let her have a break if she asks tomorrow, he said.",
    "She left her tablet without it on the desk.",
])
def test_not_missed(tagger, text):
    assert missed(tagger, text) == set()


def test_a_check_in_whose_adult_was_out_then_nobody_came(tagger):
    text = ("Mr. Ruiz was going to do his Thursday check-ins while she is out. Eli said nobody came to get him "
            "yesterday and he sat in the office the whole period.")
    assert missed(tagger, text) == {("check_in", date(2026, 10, 13), None)}


# ---- counts, paragraphs and indirect forms (sentences written for these tests) ---------------

@pytest.mark.parametrize("text, author, rows", [
    # a feature seen greyed out when the child went to use it
    ("She had a science write-up today. When she went to use speech-to-text the microphone icon was grayed out.",
     PARENT, {("assistive_technology", date(2026, 10, 14), None)}),
    # nobody met with the child for the session
    ("Nora says nobody met with her for her check-in on Monday.", PARENT,
     {("check_in", date(2026, 10, 12), None)}),
    # the test collected at the bell, a test timed for the whole class
    ("The class took the fractions quiz and I collected all of them at the bell yesterday.", TEACHER,
     {("extended_time", date(2026, 10, 13), None)}),
    ("Yesterday's vocabulary quiz was timed for everyone, no exceptions.", TEACHER,
     {("extended_time", date(2026, 10, 13), None)}),
    # what was said aloud and not given in writing
    ("On Friday the homework changes were never written down for her.", PARENT,
     {("class_notes", date(2026, 10, 9), None)}),
    # a make-up planned for a dated session names that session missed
    ("Ms. Ruiz will make up the 10/7 speech session next week.", TEACHER,
     {("speech_language_therapy", date(2026, 10, 7), None)}),
    # "that date" points back to the day named before, it is not a list of dates
    ("I am writing about the 10/9 field trip. The aide assigned for that date called out sick.", TEACHER,
     {("paraprofessional", date(2026, 10, 9), None)}),
])
def test_indirect_forms_of_a_missed_session_or_accommodation(tagger, text, author, rows):
    assert missed(tagger, text, author=author) == rows


@pytest.mark.parametrize("text, author, rows", [
    # the count adds the days it lists to the report before it, not a day of the clause after it
    ("Yesterday Eli was made to stop at the bell on his spelling test. That is now October 2 and October 13, and "
     "he says there was a quiz on the 9th where he finished early.", PARENT,
     {("extended_time", date(2026, 10, 2), None), ("extended_time", date(2026, 10, 13), None)}),
    ("Her OT session was cancelled on Monday for a staff meeting. That's the only one besides 9/29 this month.", PARENT,
     {("occupational_therapy", date(2026, 10, 12), None), ("occupational_therapy", date(2026, 9, 29), None)}),
    ("Nobody met with him for his check-in on Monday. Together with October 5 that is two weeks in a row.", PARENT,
     {("check_in", date(2026, 10, 12), None), ("check_in", date(2026, 10, 5), None)}),
    # on its own: "now", two days at least, the service named
    ("I know the storm was nobody's fault. But that's now 10/6, 10/8 and today for the OT group.", PARENT,
     {("occupational_therapy", day, None) for day in (date(2026, 10, 6), date(2026, 10, 8), date(2026, 10, 14))}),
])
def test_a_running_count_lists_the_days_of_a_miss(tagger, text, author, rows):
    assert missed(tagger, text, author=author) == rows


@pytest.mark.parametrize("text", [
    "That is now 10/6 and 10/8 for the parent conferences.",
    "We met about his OT goals. That is now October 2 and October 9 for the team.",
    "That's the only one besides 9/29 this month, right?",
])
def test_counts_that_are_not_of_a_miss(tagger, text):
    assert missed(tagger, text) == set()


def test_it_opening_a_paragraph_is_what_the_paragraph_before_was_about(tagger):
    text = ("Good news: her voice typing works again on the school laptop. She used it in science today.\n\n"
            "For the record, she went without it on October 6 and October 8.")
    assert missed(tagger, text, author=TEACHER) == {("assistive_technology", date(2026, 10, 6), None),
                                                    ("assistive_technology", date(2026, 10, 8), None)}


def test_a_day_after_day_span_said_the_sentence_before_dates_an_absent_teacher(tagger):
    text = ("Eli says his co-taught English has been worksheets every day since last Wednesday. "
            "There's a sub, Mrs. Ortiz hasn't been there.")
    days = [date(2026, 10, 7), date(2026, 10, 8), date(2026, 10, 9), date(2026, 10, 12), date(2026, 10, 13),
            date(2026, 10, 14)]
    assert missed(tagger, text) == {("specialized_instruction", day, None) for day in days}


def test_a_daily_class_missed_since_a_day_is_missed_each_school_day_told(tagger):
    text = "Mrs. Ortiz has been out since 10/8, so Nora has not been getting her co-taught math."
    days = [date(2026, 10, 8), date(2026, 10, 9), date(2026, 10, 12), date(2026, 10, 13), date(2026, 10, 14)]
    assert missed(tagger, text, author=TEACHER) == {("specialized_instruction", day, None) for day in days}
    # sent before school: that day's class is not told of
    early = MessageText(new_text=text, subject="Re: Nora", sent=datetime(2026, 10, 14, 7, 20, tzinfo=NEW_YORK),
                        author=TEACHER, recipients=(PARENT,), is_reply=True)
    assert {row.day for row in tagger.tag(early).missed_services} == set(days) - {date(2026, 10, 14)}


def test_a_service_not_held_daily_missed_since_a_day_is_the_first_day_only(tagger):
    text = "The SLP has been out since 10/8, so Nora has not been getting her speech."
    assert missed(tagger, text, author=TEACHER) == {("speech_language_therapy", date(2026, 10, 8), None)}


def test_the_childs_own_aide_pulled_away_loses_the_aide_time_and_what_she_gives(tagger):
    aide = Person("Tomas Berg", "tberg@maplegrove.k12.oh.us", roles=("paraprofessional",))
    text = ("Yes, a scribe for long writing is in her plan. Tomas was pulled to cover a second grade class "
            "yesterday, so Nora did the lab write-up on her own.")
    assert missed(tagger, text, author=TEACHER, directory=(aide,)) == {
        ("scribe", date(2026, 10, 13), None), ("paraprofessional", date(2026, 10, 13), None)}
    # a para who is nobody's own aide here: only what she gives
    text = ("Yes, a scribe for long writing is in her plan. The para who scribes for my students was pulled to cover a "
            "second grade class yesterday.")
    assert missed(tagger, text, author=TEACHER) == {("scribe", date(2026, 10, 13), None)}


def test_a_listed_miss_the_school_put_down_to_the_child_being_away_is_still_listed(tagger):
    text = ("Nora has missed three OT sessions this month:\n"
            "10/1 - the OT was at a training\n"
            "10/6 - you said she was checked out\n"
            "10/8 - the assembly")
    assert {day for _, day, _ in missed(tagger, text)} == {date(2026, 10, 1), date(2026, 10, 6), date(2026, 10, 8)}
    # told as a fact, not as someone's claim, the child away is not a missed session
    text = ("Nora has missed three OT sessions this month:\n"
            "10/1 - the OT was at a training\n"
            "10/6 - she was checked out early\n"
            "10/8 - the assembly")
    assert {day for _, day, _ in missed(tagger, text)} == {date(2026, 10, 1), date(2026, 10, 8)}


@pytest.mark.parametrize("text", [
    # a purpose, not a habit of a session not meeting
    "Preferential seating is in her plan. I moved her seat today so it doesn't happen again.",
    # both ways at once
    "Her speech group was on Monday 10/12. Once we know what was and wasn't provided we can plan make-up time.",
    # misses told elsewhere, named as what compensatory services are for, no day of their own
    "I asked the team to look at compensatory services for the time Eli went without his talker and the missed "
    "check-ins.",
])
def test_misses_referred_to_but_not_reported(tagger, text):
    assert missed(tagger, text, author=TEACHER) == set()


def test_compensatory_services_for_dated_misses_still_report_them(tagger):
    text = "She will get two extra check-ins for the check-ins that did not take place on October 6 and October 13."
    assert {day for _, day, _ in missed(tagger, text, author=TEACHER)} == {date(2026, 10, 6), date(2026, 10, 13)}


def test_a_paper_the_family_has_not_received_is_not_the_service_before_it(tagger):
    text = ("3. His talker was not charged on Monday 10/12.\n"
            "4. Prior written notice. The family has not received prior written notice after the October 2 meeting.")
    assert missed(tagger, text) == {("assistive_technology", date(2026, 10, 12), None)}


@pytest.mark.parametrize("text", [
    "Sorry this is late - the OT was out sick most of last week and I wanted her to read it first.",
    "I asked the OT for her notes, but she is out at a training this week, so I will email you Monday.",
    "Her OT report: I'm sorry it is a few days after I said it would come - I was out Friday at a workshop.",
    "Speech update: sorry this is late, I was out sick Friday.",
])
def test_an_absence_given_as_why_a_reply_is_late_is_not_a_missed_session(tagger, text):
    assert missed(tagger, text, author=TEACHER) == set()


def test_an_absence_that_cost_a_session_is_reported_even_in_a_late_reply(tagger):
    text = "Sorry this is late - I was out sick Monday, so Nora's OT session did not happen."
    assert missed(tagger, text, author=OT) == {("occupational_therapy", date(2026, 10, 12), None)}


@pytest.mark.parametrize("text, author", [
    # a leave announced from a day on
    ("I wanted to let you know that Ms. Ruiz, her speech therapist, is out on medical leave starting today.", TEACHER),
    # test items got wrong
    ("Her OT goals look good. On the reading quiz Monday she got 8 of 10, and the two she missed were vocabulary.",
     PARENT),
])
def test_notices_and_scores_are_not_missed_sessions(tagger, text, author):
    assert missed(tagger, text, author=author) == set()


def test_it_with_nothing_named_before_is_what_the_subject_line_names(tagger):
    text = "Yes, she uses it in class every day. The sub asked her to put it away during the assembly on Monday."
    assert missed(tagger, text, author=TEACHER, subject="Re: her fidget") == {("sensory_tools", date(2026, 10, 12), None)}



def test_weekdays_dated_by_the_parenthesis_after_them_are_those_dates(tagger):
    text = "My fault - the copier was down last week and I never got Nora's notes copied Monday or Tuesday (10/5, 10/6)."
    assert missed(tagger, text, author=TEACHER) == {("class_notes", date(2026, 10, 5), None),
                                                    ("class_notes", date(2026, 10, 6), None)}


def test_what_is_to_be_logged_is_not_a_report_but_what_is_put_on_record_is(tagger):
    text = "Please keep a log of speech minutes not delivered from 10/5 until the new SLP starts."
    assert missed(tagger, text, author=TEACHER) == set()
    text = "I want it on record that Nora says nobody read the test to her on Monday."
    assert missed(tagger, text) == {("read_aloud", date(2026, 10, 12), None)}


# ---- which day: only the days of the clause that holds the report ---------------------------

@pytest.mark.parametrize("text, author, rows", [
    # the day of a positive clause before "but" is a day it did happen
    ("Her TVI did come on Monday and Nora liked her, but she didn't come Tuesday (10/13) and nobody told Nora.",
     PARENT, {("specialized_instruction", date(2026, 10, 13), None)}),
    # a day after a dash is when it was told, not when the test was given
    ("Nora gets her tests read aloud. The science test Monday was given to her without it - her grandmother wrote "
     "last night.", TEACHER, {("read_aloud", date(2026, 10, 12), None)}),
    # the day of a check with the child, not of the quiz
    ("I checked with Nora today and you're right, Monday's quiz was not read to her.", TEACHER,
     {("read_aloud", date(2026, 10, 12), None)}),
    # days offered in the next sentence for a walk-through still to come are not a list of misses
    ("Hi, sorry about Monday. The sub didnt have her FM system in the sub folder, my fault. Nora can get the notes "
     "from me at lunch wed or thurs.", TEACHER, {("assistive_technology", date(2026, 10, 12), None)}),
])
def test_the_day_is_that_of_the_clause_with_the_report(tagger, text, author, rows):
    assert missed(tagger, text, author=author) == rows


def test_a_period_named_as_what_compensatory_services_are_for_is_not_a_report(tagger):
    text = ("I'd like 6 hours of tutoring to compensate for the period when Nora did not have her text-to-speech "
            "(August 31 through October 2).")
    assert missed(tagger, text) == set()
    # a day of its own, not a period, is still a report
    text = "I'd like tutoring to compensate for the test on October 2 when Nora did not have her text-to-speech."
    assert missed(tagger, text) == {("read_aloud", date(2026, 10, 2), None)}


# ---- whose absence: the child's own day away, another adult, another child -------------------

@pytest.mark.parametrize("text", [
    "Eli had a dentist appointment Tuesday morning and missed his reading group.",
    "We picked her up early on Friday for a family event, so she missed counseling.",
    "We kept him home yesterday with a fever, so no speech.",
    "Nora missed speech on Tuesday because she was at the orthodontist.",
    "I took Nora to the doctor Monday morning so she missed OT.",
    "Nora stayed home sick Monday, so she missed speech.",
    "The kindergarten para was out sick today.",
    "A para who was out on Monday was covered by the office.",
    "Another student in her class didn't get his extended time either.",
])
def test_the_childs_own_absence_and_other_peoples_misses_are_not_reports(tagger, text):
    assert missed(tagger, text) == set()


@pytest.mark.parametrize("text, rows", [
    # the provider's appointment is a miss
    ("Ms. Moss had a doctor's appointment Monday, so she couldn't see Nora for speech.",
     {("speech_language_therapy", date(2026, 10, 12), None)}),
    ("The SLP emailed that she was at the hospital on Monday, so Nora had no speech.",
     {("speech_language_therapy", date(2026, 10, 12), None)}),
    # the child's own aide, named definitely
    ("The 1:1 aide was out sick on Monday, so Nora was without her aide.",
     {("paraprofessional", date(2026, 10, 12), None)}),
    # the child is one of those who went without
    ("Nora and another student didn't get their extended time on Monday's test.",
     {("extended_time", date(2026, 10, 12), None)}),
])
def test_misses_of_the_child_beside_those_words_are_still_found(tagger, text, rows):
    assert missed(tagger, text) == rows
