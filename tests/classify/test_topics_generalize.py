"""Topic words read the way other families write them, and the senses in which they are not the topic.

Every sentence is invented for these tests, in the ways parents, teachers, aides and therapists write;
none is taken from a labeled corpus.
"""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from ieptrail.classify import MessageText, Person, Tagger

CHICAGO = ZoneInfo("America/Chicago")
SENT = datetime(2026, 3, 10, 9, 0, tzinfo=CHICAGO)
TEACHER = Person("Ruth Okonkwo", "rokonkwo@lakeside.k12.mn.us")
PARENT = Person("Sam Lindgren", "sam.lindgren@example.com")


@pytest.fixture(scope="module")
def tagger():
    return Tagger(("Iris Lindgren",))


def topics(tagger, text, subject="Iris", author=TEACHER, signature=""):
    recipients = (PARENT,) if author == TEACHER else (TEACHER,)
    message = MessageText(new_text=text, subject=subject, sent=SENT, author=author, recipients=recipients,
                          signature=signature, is_reply=subject.lower().startswith(("re:", "fw")))
    return tagger.tag(message, ()).topic_ids


# ---- text-to-speech is a technology; a toolbar's name is read-aloud only beside reading ----

def test_text_to_speech_is_assistive_technology(tagger):
    found = topics(tagger, "The state approved text-to-speech for her math test.")
    assert "assistive_technology" in found and "read_aloud" in found


def test_a_toolbar_named_for_writing_is_not_read_aloud(tagger):
    writing = topics(tagger, "She drafted her paragraph with speech-to-text in Read&Write today.")
    assert "assistive_technology" in writing and "read_aloud" not in writing
    assert "read_aloud" not in topics(tagger, "His Read&Write license was renewed.")
    assert "read_aloud" in topics(tagger, "Read&Write will read the quiz questions to him.")


def test_a_child_who_reads_to_an_adult_is_not_given_read_aloud(tagger):
    assert "read_aloud" not in topics(tagger, "She reads to me after dinner and she is getting faster.")
    assert "read_aloud" in topics(tagger, "Nobody read to me on the science quiz.", author=PARENT)


# ---- a meeting recalled or named as a deadline is not the meeting the message is about ----

@pytest.mark.parametrize("text", [
    "Could you send the new picture schedule you talked about at the IEP meeting in the fall?",
    "We went over that at his ARD last spring and I still have the paper.",
    "I'll finish the vision assessment before her annual IEP so we have current data.",
    "The transition inventory summary will reach you well before his annual review.",
    "Each student's ARD committee will decide on compensatory services.",
])
def test_meetings_recalled_deadlines_and_other_students(tagger, text):
    assert "iep_meeting" not in topics(tagger, text)


@pytest.mark.parametrize("text", [
    "Can we talk about this at the IEP meeting in the fall?",
    "Please send me any feedback before the annual IEP meeting on May 5.",
    "Here are some dates for his annual review.",
    "Attached is our parent input statement for the annual review.",
])
def test_the_meeting_itself_still_counts(tagger, text):
    assert "iep_meeting" in topics(tagger, text)


# ---- an aide's or teacher's title says whose service a bare "session" or "goal" is, but not always ----

AIDE = "Dee Park\nParaprofessional"
SPED = "Gail Lee\nResource Teacher"


def test_an_aide_writing_of_goals_and_sessions_is_not_their_own_support(tagger):
    found = topics(tagger, "This week she earned 85% of her points and her goal is 80%.", signature=AIDE)
    assert "paraprofessional" not in found
    assert "paraprofessional" not in topics(tagger, "The speech teacher came and got her for her session.", signature=AIDE)
    assert "paraprofessional" in topics(tagger, "They pulled me to cover the office, so I wasn't with her at lunch.",
                                        signature=AIDE)


def test_a_teachers_bare_session_in_a_test_is_not_their_service(tagger):
    assert "specialized_instruction" not in topics(tagger, "He will test with me in short sessions.", signature=SPED)
    assert "specialized_instruction" not in topics(tagger, "IT moved her into the new student group.", signature=SPED)
    assert "specialized_instruction" in topics(tagger, "For our sessions I'm keeping Tuesday in my room.", signature=SPED)


# ---- make-ups: extra sessions and compensation count; a test made up does not ----

def test_extra_sessions_and_compensation(tagger):
    assert "compensatory_services" in topics(tagger, "Speech was cancelled Tuesday. Which day will the extra session be?",
                                             author=PARENT)
    assert "compensatory_services" in topics(tagger, "Two hours is not fair compensation for seven weeks without OT.",
                                             author=PARENT)
    assert "compensatory_services" not in topics(tagger, "He gets extended time, and the testing room is free Tuesday "
                                                         "for the make-up.")


# ---- other senses: consent for a testing agency, headphones to listen, a room an adult was moved to ----

def test_a_consent_for_a_college_board_request_is_not_an_evaluation(tagger):
    assert "evaluation" not in topics(tagger, "I'll submit the College Board request once I have your signed consent form.")
    assert "evaluation" in topics(tagger, "Here is the signed consent form for the reading evaluation.", author=PARENT)


def test_headphones_to_listen_through_are_not_a_sensory_tool(tagger):
    assert "sensory_tools" not in topics(tagger, "They approved the audio format, which she can use with headphones.")
    assert "sensory_tools" in topics(tagger, "He wears his headphones in the cafeteria when it gets loud.")


def test_an_adult_moved_to_a_room_is_not_the_childs_instruction(tagger):
    assert "specialized_instruction" not in topics(tagger, "Mrs. Dale was reassigned to the 8th grade resource room for 3rd period.")
    assert "specialized_instruction" not in topics(tagger, "Is the packet in the Learning Center?", author=PARENT)
    assert "specialized_instruction" in topics(tagger, "He goes to the resource room for math every day.")


def test_a_verb_break_is_not_a_break(tagger):
    assert "breaks" not in topics(tagger, "The organizer breaks a paper into claim and evidence.")


def test_a_reply_about_enlarged_pages_carries_on_in_plain_words(tagger):
    assert "large_print" in topics(tagger, "His pages came home big every day this week.", subject="Re: worksheets not enlarged",
                                   author=PARENT)
    assert "large_print" not in topics(tagger, "Thanks, got it.", subject="Re: worksheets not enlarged", author=PARENT)


# ---- a test taken away at the bell is the time limit extended time lifts ----

@pytest.mark.parametrize("text", [
    "The sub gave the spelling quiz to the whole class and collected every paper at the bell. Iris did not finish.",
    "She says they took a practice test on Monday, and when the bell rang the sub took it up even though she was not done.",
    "Iris took the vocabulary quiz with her calculator, but I had to turn it in when the bell rang.",
])
def test_a_test_taken_away_at_the_bell_is_extended_time(tagger, text):
    assert "extended_time" in topics(tagger, text)


@pytest.mark.parametrize("text", [
    "I picked her up at the bell after the field trip.",
    "We collect the lab notebooks at the bell every Friday.",
    "The bell rang early today because of the fire drill, so I collected the permission slips at lunch.",
])
def test_the_bell_alone_is_not_extended_time(tagger, text):
    assert "extended_time" not in topics(tagger, text)


def test_a_test_untimed_for_everyone_is_not_extended_time(tagger):
    found = topics(tagger, "Her supports are a separate setting and breaks as needed (the state test is untimed).")
    assert "extended_time" not in found and "separate_setting" in found
    assert "extended_time" in topics(tagger, "Iris gets untimed tests in math.")


# ---- a counselor who is the building's test coordinator, or a college or career counselor ----

@pytest.mark.parametrize("text", [
    "Good afternoon, I'm the counselor and building test coordinator at Elm Street Middle.",
    "I'm the college counselor, and I can walk you through the application timeline.",
])
def test_a_counselor_in_another_role_is_not_counseling(tagger, text):
    assert "counseling" not in topics(tagger, text)


def test_the_counselor_who_sees_the_child_still_counts(tagger):
    assert "counseling" in topics(tagger, "Iris will see the school counselor every Tuesday for 30 minutes.")


# ---- a reply to a meeting thread that takes a time, in Spanish; essay checkpoints ----

def test_a_spanish_reply_taking_the_meeting_time(tagger):
    assert "iep_meeting" in topics(tagger, "El martes a las 4:00 está bien.", subject="Re: Reunión ARD para Iris",
                                   author=PARENT)


def test_essay_checkpoints_are_a_reduced_assignment(tagger):
    assert "reduced_assignments" in topics(tagger, "Iris - essay checkpoints", subject="Iris - essay checkpoints")
    assert "reduced_assignments" in topics(tagger, "Here are the checkpoint dates, highlighted in yellow.",
                                           subject="Re: Iris - essay checkpoints")


def test_learning_strategies_as_a_query_is_specialized_instruction(tagger):
    from ieptrail.classify.query_words import topics_for_query
    from ieptrail.classify.topics import query_topics
    assert query_topics(tagger.nlp, "learning strategies") == ("specialized_instruction",)
    assert topics_for_query("learning strategies") == ("specialized_instruction",)


# ---- meetings that are not the child's IEP meeting; a room cleared for setup; an aide standing in on a bus ----

@pytest.mark.parametrize("text", [
    "I'll bring this up at our 4th grade team meeting on Thursday so every teacher knows.",
    "We moved the stop to the corner of Elm and 5th, as the IEP team requested.",
    "Ms. Dale has been posting the notes since that meeting.",
])
def test_other_meetings_and_the_teams_past_requests(tagger, text):
    assert "iep_meeting" not in topics(tagger, text)


def test_a_room_cleared_for_a_setup_is_not_a_room_clear(tagger):
    assert "behavior_support" not in topics(tagger, "I needed the room cleared for the assembly setup by 9.")
    assert "behavior_support" in topics(tagger, "We had to do a room clear after she threw a chair.")


def test_a_substitute_aide_on_a_bus_route_is_the_bus_aide(tagger):
    found = topics(tagger, "Route 9 ran without an aide on Monday. Starting next week a substitute aide will be "
                           "assigned to Route 9 until the new hire starts.", subject="Bus 9")
    assert "paraprofessional" not in found and "transportation" in found
    assert "paraprofessional" in topics(tagger, "Iris's substitute aide will be with her in class tomorrow.")


def test_the_para_desk_is_a_place(tagger):
    assert "paraprofessional" not in topics(tagger, "I print the notes at the para desk every morning.")


# ---- "the break" of a holiday is singular; "the breaks" in a list of supports is the accommodation ----

@pytest.mark.parametrize("text", [
    "I'll look at my calendar after the break.",
    "Hope the break was restful!",
    "I'd be glad to hold a meeting before the break.",
    "I hope you got some rest over the break.",
])
def test_the_holiday_break_is_not_breaks(tagger, text):
    assert "breaks" not in topics(tagger, text)


def test_the_breaks_in_a_list_of_supports_are_breaks(tagger):
    assert "breaks" in topics(tagger, "The noise is a sensory thing for her (it's in her IEP along with the breaks "
                                      "and her headphones).")


# ---- a provider writing of their own make-up, and their weak words ----

SLP_SIGNATURE = "Dana Ruiz, M.A., CCC-SLP\nSpeech-Language Pathologist"


def test_a_providers_own_make_up_is_their_service(tagger):
    found = topics(tagger, "I had to cover a meeting and couldn't see anyone 3rd period. I'll make it up next Tuesday.",
                   signature=SLP_SIGNATURE)
    assert "speech_language_therapy" in found and "compensatory_services" in found


def test_a_providers_extra_session_is_a_make_up(tagger):
    found = topics(tagger, "Iris and I had her extra session this morning. She did great.", signature=SLP_SIGNATURE)
    assert "compensatory_services" in found and "speech_language_therapy" in found


def test_a_make_up_day_of_a_test_is_not_the_providers_service(tagger):
    found = topics(tagger, "If that happens, Iris can take the SAT on the makeup day, April 28.", signature=SLP_SIGNATURE)
    assert "speech_language_therapy" not in found


def test_communication_goals_are_speech_language_goals(tagger):
    assert "speech_language_therapy" in topics(tagger, "Can you send me the data on her communication goals before "
                                                       "the meeting?", author=PARENT)
