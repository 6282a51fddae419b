"""Missed services and accommodations told plainly, without a day or with the topic before the cue: a session
"was cancelled" (told the day it happened), a child who "hasn't gone to OT in three weeks", a teacher who "forgot to
give her the calculator", a copy "never provided on Friday"; and what stays out (a change the writer cancelled, a
session still to come, a question).

Every sentence is invented for these tests. Messages are sent on Wednesday 2026-10-14; "Nora Whitaker" is the student.
"""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from ieptrail.classify import MessageText, Person, Tagger

NEW_YORK = ZoneInfo("America/New_York")
WEDNESDAY = datetime(2026, 10, 14, 16, 30, tzinfo=NEW_YORK)
TEACHER = Person("Gail Lee", "glee@maplegrove.k12.oh.us")
PARENT = Person("Dana Whitaker", "dana.whitaker@example.com")


@pytest.fixture(scope="module")
def tagger():
    return Tagger(("Nora Whitaker",))


def missed(tagger, text, by_teacher=False):
    author, reader = (TEACHER, PARENT) if by_teacher else (PARENT, TEACHER)
    message = MessageText(new_text=text, subject="Re: Nora", sent=WEDNESDAY, author=author, recipients=(reader,),
                          signature="", from_user=not by_teacher, is_reply=True)
    return {(m.topic, m.day) for m in tagger.tag(message, ()).missed_services}


@pytest.mark.parametrize("text, topic", [
    ("Unfortunately her counseling session was cancelled due to the assembly.", "counseling"),
    ("Her OT session got cancelled because of the fire drill.", "occupational_therapy"),
    ("The speech group didn't meet because the room was being used for testing.", "speech_language_therapy"),
])
def test_a_session_said_cancelled_without_a_day_is_the_day_it_was_told(tagger, text, topic):
    assert missed(tagger, text, by_teacher=True) == {(topic, WEDNESDAY.date())}


@pytest.mark.parametrize("text, topic", [
    ("Nora hasn't gone to OT in three weeks.", "occupational_therapy"),
    ("Nora hasn't gone to OT at all this month.", "occupational_therapy"),
    ("She has not been going to her reading group since the schedule change.", "reading_intervention"),
])
def test_an_absence_over_weeks_told_as_not_going(tagger, text, topic):
    assert {found for found, _ in missed(tagger, text)} == {topic}


@pytest.mark.parametrize("text, topic", [
    ("I forgot to give her the calculator today.", "calculator"),
    ("I forgot to give Nora her graphic organizer for the essay today.", "graphic_organizers"),
])
def test_a_teacher_who_forgot_to_give_the_accommodation(tagger, text, topic):
    assert {found for found, _ in missed(tagger, text, by_teacher=True)} == {topic}


@pytest.mark.parametrize("text, topic", [
    ("The large print test was never provided on Friday.", "large_print"),
    ("Her read-aloud accommodation was never provided for Monday's quiz.", "read_aloud"),
])
def test_an_accommodation_never_provided_on_a_day(tagger, text, topic):
    assert {found for found, _ in missed(tagger, text)} == {topic}


@pytest.mark.parametrize("text", [
    "That bus change should not have applied to her, so I've cancelled it and she stays at 7:05.",
    "Her speech session will be cancelled if the assembly runs long.",
    "Was her counseling session cancelled?",
    "Nora hasn't gone to school since Monday; she has the flu.",
])
def test_what_is_not_a_plain_report(tagger, text):
    assert missed(tagger, text, by_teacher=True) == set()


@pytest.mark.parametrize("text, topic", [
    ("No reading intervention the week of October 5.", "reading_intervention"),
    ("There was no speech the week of 10/5.", "speech_language_therapy"),
])
def test_a_week_named_by_its_day_without_sessions(tagger, text, topic):
    assert missed(tagger, text) == {(topic, None)}


@pytest.mark.parametrize("text", [
    "There will be no speech the week of 10/26 because of conferences.",
    "There is no speech the week of 10/26.",
])
def test_a_week_still_to_come_is_a_notice(tagger, text):
    assert missed(tagger, text, by_teacher=True) == set()


@pytest.mark.parametrize("text, topic", [
    ("Her bus aide has not been on the bus since Monday.", "transportation"),
    ("The speech therapist hasn't been at school since October 1.", "speech_language_therapy"),
])
def test_a_provider_who_has_not_been_where_the_service_is(tagger, text, topic):
    assert {found for found, _ in missed(tagger, text)} == {topic}


@pytest.mark.parametrize("text", [
    "Nora hasn't been at school since Monday; she has strep.",
    "She has not been on the bus since Monday because I drive her now.",
])
def test_the_child_away_is_no_missed_service(tagger, text):
    assert missed(tagger, text) == set()
