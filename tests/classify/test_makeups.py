"""Make-ups: a report that a missed session was made up, or that a make-up was cancelled; and who
was responsible for a missed service.

The sentences are written for these tests (not taken from any corpus). The message is sent on
Wednesday 2026-10-14; "Nora Whitaker" is the student.
"""
from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from ieptrail.classify import MessageText, Person, Tagger
from ieptrail.classify.makeups import promises_a_make_up

NEW_YORK = ZoneInfo("America/New_York")
WEDNESDAY = datetime(2026, 10, 14, 16, 30, tzinfo=NEW_YORK)
PARENT = Person("Dana Whitaker", "dana.whitaker@example.com")
SLP = Person("Rhea Okoro", "rokoro@maplegrove.k12.oh.us")
AIDE = Person("Tomas Ruiz", "truiz@maplegrove.k12.oh.us", ("paraprofessional",))
SLP_SIGNATURE = "Rhea Okoro, M.A., CCC-SLP\nSpeech-Language Pathologist\nMaple Grove Elementary"


@pytest.fixture(scope="module")
def tagger():
    return Tagger(("Nora Whitaker",))


def tags(tagger, text, author=SLP, subject="Re: Nora", signature="", directory=()):
    message = MessageText(new_text=text, subject=subject, sent=WEDNESDAY, author=author,
                          recipients=(PARENT,) if author != PARENT else (SLP,), signature=signature,
                          from_user=author == PARENT, is_reply=subject.lower().startswith("re"))
    return tagger.tag(message, directory)


def makeups(tagger, text, **kwargs):
    return {(m.kind, m.topic, m.day, m.replaces_from, m.replaces_to) for m in tags(tagger, text, **kwargs).makeups}


@pytest.mark.parametrize("text, subject, found", [
    ("Just a note that we made up her speech session this morning.", "Re: Nora",
     {("made_up", "speech_language_therapy", date(2026, 10, 14), None, None)}),
    ("The make-up OT session was held 10/9.", "Re: Nora",
     {("made_up", "occupational_therapy", date(2026, 10, 9), None, None)}),
    ("We did her makeup today and she worked hard.", "Speech update",
     {("made_up", "speech_language_therapy", date(2026, 10, 14), None, None)}),
    ("I made up the 10/5 session with her on Monday.", "Speech",
     {("made_up", "speech_language_therapy", date(2026, 10, 12), date(2026, 10, 5), date(2026, 10, 5))}),
    ("Her speech was cancelled twice last month. The September session was made up, the other was not.", "Re: Nora",
     {("made_up", "speech_language_therapy", None, date(2026, 9, 1), date(2026, 9, 30))}),
    ("Tuesday's OT session was made up on Friday.", "Re: Nora",
     {("made_up", "occupational_therapy", date(2026, 10, 9), date(2026, 10, 13), date(2026, 10, 13))}),
    ("I'm sorry, I had to cancel her speech make-up session this afternoon.", "Re: Nora",
     {("cancelled", "speech_language_therapy", date(2026, 10, 14), None, None)}),
    ("The make-up for OT on Friday was cancelled because of the fire drill.", "Re: Nora",
     {("cancelled", "occupational_therapy", date(2026, 10, 9), None, None)}),
])
def test_a_make_up_held_or_cancelled_is_read_with_its_service_and_days(tagger, text, subject, found):
    assert makeups(tagger, text, subject=subject) == found


@pytest.mark.parametrize("text", [
    "I will make up her speech session on Friday.",  # a promise, not a report
    "The speech session will be made up next week.",
    "Has her OT session been made up yet?",  # a question
    "Her speech session from 10/5 was never made up.",  # still owed: a missed-service report, not a make-up
    "Her speech session hasn't been made up.",
    "She made up her mind about the speech group.",  # another sense of the words
    "Ms. Okoro will send a make-up plan for the speech sessions.",
    "If the OT session is made up on Friday, she will miss art.",
    "She has make-up work from the speech session to finish.",
])
def test_plans_questions_negations_and_other_senses_are_not_make_ups(tagger, text):
    assert makeups(tagger, text) == set()


def test_a_make_up_report_in_a_message_about_no_service_names_none(tagger):
    assert makeups(tagger, "We made up the time at lunch.", subject="Re: Friday", author=PARENT) == set()


def test_the_service_comes_from_the_sentence_before_or_the_author_role(tagger):
    text = "Her speech session on 10/5 was cancelled because I was at a training. It was made up on 10/9."
    assert makeups(tagger, text, subject="Re: Nora") == {
        ("made_up", "speech_language_therapy", date(2026, 10, 9), None, None)}
    assert makeups(tagger, "We did her make-up session this morning.", subject="Hi", signature=SLP_SIGNATURE) == {
        ("made_up", "speech_language_therapy", date(2026, 10, 14), None, None)}


@pytest.mark.parametrize("text, expected", [
    ("I'll make it up on Tuesday so she doesn't lose the time.", True),
    ("I will make up both sessions next week.", True),
    ("We will schedule a make-up session for Friday.", True),
    ("The district will provide compensatory sessions in November.", True),
    ("Ms. Okoro will put together a make-up plan for any sessions that were missed.", False),
    ("I'll make sure she gets her breaks.", False),
])
def test_a_promise_to_make_a_session_up_is_told_from_other_promises(text, expected):
    assert promises_a_make_up(text) is expected


# ---- who was responsible -------------------------------------------------------------------

def responsible(tagger, text, **kwargs):
    return {(m.topic, m.responsible, m.responsible_from) for m in tags(tagger, text, **kwargs).missed_services}


def test_responsible_is_the_person_or_role_the_report_names(tagger):
    assert responsible(tagger, "Mr. Ruiz was pulled to cover a kindergarten class on Monday.", author=PARENT,
                       directory=(AIDE,)) == {("paraprofessional", "Tomas Ruiz", "mail")}
    assert responsible(tagger, "The science teacher did not give her extended time on Friday's test.",
                       author=PARENT) == {("extended_time", "the science teacher", "mail")}
    assert responsible(tagger, "The SLP was out sick on Monday, so Nora had no speech.", author=PARENT) == {
        ("speech_language_therapy", "the SLP", "mail")}


def test_responsible_is_the_author_who_provides_it_else_the_directory(tagger):
    assert responsible(tagger, "I was out sick on Monday, so I could not see Nora for speech.",
                       signature=SLP_SIGNATURE) == {("speech_language_therapy", "Rhea Okoro", "mail")}
    assert responsible(tagger, "Nora went without her aide all afternoon on Monday.", author=PARENT,
                       directory=(AIDE,)) == {("paraprofessional", "Tomas Ruiz", "mail")}
    assert responsible(tagger, "Nora did not get her paraprofessional support on Monday.", author=PARENT,
                       directory=(AIDE,)) == {("paraprofessional", "Tomas Ruiz", "directory")}
    assert responsible(tagger, "Nora did not get her extended time on Monday's quiz.", author=PARENT) == {
        ("extended_time", None, None)}
