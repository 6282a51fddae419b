"""The promise rules are skipped for a clause that holds none of the words they need, with no answer changed.

Every sentence here is invented for the test; none comes from a labeled corpus.
"""
from __future__ import annotations

import re
import types
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from ieptrail.classify import MessageText, Person, literals
from ieptrail.classify import promises
from ieptrail.classify.sentences import People, Sentence

CHICAGO = ZoneInfo("America/Chicago")
TUESDAY = datetime(2026, 3, 10, 9, 30, tzinfo=CHICAGO)
TEACHER = Person("Dana Whitcombe", "dwhitcombe@maplegrove.k12.mn.us")
PARENT = Person("Sam Okafor", "sam.okafor@gmail.com")

# what the rules read only to say no: a clause they veto is no promise whether or not it is read
VETOES = {
    "_HABITUAL", "_NOT_AN_ACT", "_KEPT_OR_NOT", "_PAST_PARTICIPLE", "_YOU_FIRST", "_AND_THEN", "_RAISE_WITH",
    "_CLASSWORK", "_HANDED_OVER", "_WISH", "_JOINED_ON", "_NOT_AN_ARRANGEMENT", "_STARTING_FROM", "_PURPOSE",
    "_CAN_DELIVER", "_ANOTHER_SUBJECT", "_MEETING_OR_DELIVERED", "_EXPECT_WHAT", "_SHOULD_OK", "_ACTION_HEADING",
    "_RELAYED", "_FINISHED", "_CARRIES", "_IN_THE_MORNING", "_SERVICE_BEFORE", "_SERVICE_MEETS",
    "_SAID_SELF_WILL", "_SAID_THING_WILL", "_SAID_CHILD_CAN", "_MAKE_UP", "_THIRD_NOT_AN_ACT", "_HEDGED",
    "_ARRANGED_WITH",  # read only after _PROGRESSIVE has matched
    "_ASKED_TO_ARRANGE",  # read only after _ASKED_TO has matched
    "_CLASS_CALENDAR", "_FOR_THE_CHILD", "_THEN_OWED",  # read only after _FIRST_PERSON has matched
}
RULES = (promises._match_clause, promises._own_undertaking, promises._relayed_commitment)


def _names(code: types.CodeType) -> set[str]:
    found = set(code.co_names)
    for constant in code.co_consts:
        if isinstance(constant, types.CodeType):
            found |= _names(constant)
    return found


def test_every_regex_the_rules_read_is_a_cue_or_a_veto():
    read = {name for rule in RULES for name in _names(rule.__code__)
            if isinstance(getattr(promises, name, None), re.Pattern)}
    gated = {name for name in read if getattr(promises, name) in (*promises._PROMISE_CUES.patterns, *promises._PROMISE_OPENINGS)}
    unknown = read - gated - VETOES
    assert not unknown, f"add these to _PROMISE_CUES (a rule needs their match) or to VETOES here: {sorted(unknown)}"


CLAUSES = [
    "I'll send the new schedule by Friday.", "We will call you Thursday afternoon.", "i will drop it off tomorrow",
    "We're going to meet with the team next week.", "I plan to finish the report by the 20th.",
    "I should have the results by Monday.", "I should have told you sooner.", "Will do, will send it tonight.",
    "ok will check the binder", "ill bring it monday", "Can get it to you tomorrow.", "Happy to send it over today.",
    "Sending it Thursday.", "On it!", "Consider it handled.", "Let me check with the front office.",
    "I'm giving her the reading check next Wednesday.", "I can send the first half by Friday.",
    "I'd be glad to email you the chart by Monday.", "I'd like to ask first and will reply by Friday.",
    "My plan is to share the draft on Monday.", "We'd like to schedule his make-up sessions next week.",
    "I've booked the small room for Thursday 3/12.", "You should receive the packet by Friday.",
    "Expect a letter from our office next week.", "Please look out for the permission form in his folder.",
    "The district proposes 120 minutes of compensatory speech.", "That should be ready by Friday.",
    "- Ms. Varga: send the log by 3/20", "Ms. Varga told me she'll send her notes by Friday.",
    "A new aide, Mr. Tollis, will start on Monday.", "The bus office will call you tomorrow.",
    "She's rescheduling both sessions for next Tuesday.", "Priya will send the consent form tomorrow.",
    "A copy is going home with him Friday.", "My husband will drop the form off tomorrow.",
    "I have asked Mr. Lund to call you by Thursday.", "Her first day with the new aide will be Monday.",
    "His counseling sessions resume next week.", "Starting March 16, his group will meet at 1:15.",
    "The make-up session will be on Thursday.", "It will be in his folder tomorrow.",
    "The revised schedule will be sent home Friday.", "He will retake the quiz Thursday in the resource room.",
    "You can retake the test Friday with extended time.", "le mando la guía el lunes",
    "Mr. Hale said he would share the probes next week.", "and that you would send the forms",
    "Thanks for letting me know.", "The weather was lovely today.", "Her reading has improved a lot.",
    "Great news about the science fair!", "He had a good day.", "Nothing new to report from class.",
    "The meeting went well, and everyone agreed.", "See you at pickup.",
]


def _message(author: Person, from_user: bool, text: str) -> MessageText:
    recipients = (PARENT,) if author == TEACHER else (TEACHER,)
    return MessageText(new_text=text, subject="Re: schedule", sent=TUESDAY, author=author, recipients=recipients,
                       from_user=from_user, is_reply=True)


@pytest.mark.parametrize("author, from_user, recap", [(TEACHER, False, False), (PARENT, True, False),
                                                       (TEACHER, False, True), (PARENT, False, False)])
def test_the_gate_changes_no_answer(monkeypatch, author, from_user, recap):
    answers = {}
    for gated, gate in ((True, promises._may_promise), (False, lambda stripped: True)):
        monkeypatch.setattr(promises, "_may_promise", gate)
        found = []
        for clause in CLAUSES:
            message = _message(author, from_user, clause)
            sentence = Sentence(text=clause, start=0, end=len(clause), index=0, paragraph=0)
            found.append(promises._match_clause(clause, message, People(message), [sentence], sentence, {"Ollie"},
                                                recap, TUESDAY.date()))
        answers[gated] = found
    assert answers[True] == answers[False]
    assert sum(answer is not None for answer in answers[False]) >= 20  # the clauses do reach the rules


@pytest.mark.parametrize("clause", ["Thanks for letting me know.", "The weather was lovely today.",
                                    "Her reading has improved a lot.", "See you at pickup."])
def test_a_clause_without_any_cue_is_passed_over(clause):
    assert not promises._may_promise(clause)


@pytest.mark.parametrize("clause", [c for c in CLAUSES[:48]])
def test_a_clause_with_a_cue_is_read(clause):
    assert promises._may_promise(clause)


def test_a_class_of_a_few_letters_is_read_as_its_letters():
    needs = literals.requirements(r"\b[Ww]e['’]ll\s+(?P<rest>.*)")
    assert needs == (("we'll", "we’ll"),)
    assert literals.requirements(r"[A-Z][a-z]+ will") == ((" will",),)  # a range is no literal


@pytest.mark.parametrize("pattern, text, may", [
    (r"\b(?:I|[Ww]e)\s*['’]ll\s+send", "We’ll send it", True),
    (r"\b(?:I|[Ww]e)\s*['’]ll\s+send", "We will send it", False),  # no "'ll"
    (r"\b(?:I|[Ww]e)\s*['’]ll\s+send", "Ill send it", False),
    (r"(?i)\bcancel(?:l?ed)? (?:the|his) session", "They CANCELLED THE SESSION", True),
    (r"(?i)\bcancel(?:l?ed)? (?:the|his) session", "Mia cancelled our session", False),
    (r"(?i)\bcancel(?:l?ed)? (?:the|his) session", "\u212aeep the session", True),  # a case the regex folds itself
])
def test_a_text_lacking_a_requirement_cannot_match(pattern, text, may):
    regex = re.compile(pattern)
    assert literals.may_match(regex, text) is may
    if regex.search(text):
        assert may


@pytest.mark.parametrize("clause", CLAUSES)
def test_may_match_never_refuses_a_text_a_cue_matches(clause):
    for cue in (*promises._PROMISE_CUES.patterns, *promises._PROMISE_OPENINGS):
        if cue.search(clause):
            assert literals.may_match(cue, clause), cue.pattern[:60]


@pytest.mark.parametrize("text, may", [("We’ll send it", True), ("She is sending it", True), ("We sent it", False),
                                       ("\u212aeep it", True)])
def test_any_of_several_regexes_may_match(text, may):
    either = literals.AnyOf((re.compile(r"\b[Ww]e['’]ll send"), re.compile(r"(?i)\b(?:he|she) is \w+ing")))
    assert either(text) is may
