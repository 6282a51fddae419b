"""What looks like a promise or a request but is not one the writer makes: the other side's lines quoted
with ">" to answer them one by one, a bare "I'll try", and questions that assert, guess or introduce.

Sentences are written for these tests; none is copied from a labeled corpus.
"""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from ieptrail.classify import MessageText, Person, Tagger
from ieptrail.classify.sentences import interleaved_quote_spans

CHICAGO = ZoneInfo("America/Chicago")
TUESDAY = datetime(2026, 3, 10, 16, 0, tzinfo=CHICAGO)
TEACHER = Person("Noor Haddad", "nhaddad@lakeview.k12.wi.us")
PARENT = Person("Pat Olsen", "pat.olsen@gmail.com")


@pytest.fixture(scope="module")
def tagger():
    return Tagger(("Ezra Olsen",))


def tag(tagger, text, author=PARENT):
    recipients = (TEACHER,) if author == PARENT else (PARENT,)
    return tagger.tag(MessageText(new_text=text, subject="Re: Ezra", sent=TUESDAY, author=author, recipients=recipients,
                                  from_user=author == PARENT, is_reply=True))


# ---- the other side's lines, quoted to answer them ----------------------------------------

INLINE = """Thanks, answers below.

> Could you send me a list of the apps he uses at home? I'll pick one for class.

He uses a typing game on the family laptop. Could you tell me which one the class uses?

> I will call the bus office tomorrow about the late pickups.

Thank you.
"""


def test_an_interleaved_quote_is_neither_a_request_nor_a_promise(tagger):
    tags = tag(tagger, INLINE)
    assert [r.sentence for r in tags.requests] == ["Could you tell me which one the class uses?"]
    assert tags.promises == ()


def test_a_forward_marked_quote_with_nothing_after_is_the_record_itself():
    text = "fyi\n\n> I will call the bus office tomorrow.\n> Could you send the form?\n"
    assert interleaved_quote_spans(text) == []


def test_interleaved_spans_cover_the_quoted_lines_only():
    spans = interleaved_quote_spans(INLINE)
    quoted = [INLINE[a:b] for a, b in spans]
    assert all(line.startswith(">") for line in quoted) and len(quoted) == 2


# ---- attempts that name nothing to deliver ------------------------------------------------

@pytest.mark.parametrize("text", [
    "I'm not always that far ahead with the slides but I'll try.",
    "We will do our best!",
])
def test_a_bare_attempt_is_not_a_promise(tagger, text):
    assert tag(tagger, text, author=TEACHER).promises == ()


@pytest.mark.parametrize("text", [
    "I'll try to send the slides by Friday.",
    "I'll do my best to have the draft to you by Friday.",
])
def test_an_attempt_at_something_named_still_promises(tagger, text):
    assert len(tag(tagger, text, author=TEACHER).promises) == 1


# ---- questions that assert, guess or introduce -------------------------------------------

@pytest.mark.parametrize("text", [
    "Isn't that the whole point of a behavior plan?",
    "But wasn't that exactly why we met in January?",
    "Maybe I missed it?",
    "Ezra, have you heard of the summer work program?",
])
def test_questions_that_need_no_answer(tagger, text):
    assert tag(tagger, text).requests == ()


@pytest.mark.parametrize("text", [
    "Isn't he supposed to get a para in science?",
    "Have you heard back from the district about the evaluation?",
    "Maybe I could come in Thursday to sign it?",
    "Did you hear anything from the OT?",
])
def test_questions_that_ask(tagger, text):
    assert len(tag(tagger, text).requests) == 1


# ---- what the writer and the family will do together at a meeting -----------------------

def test_going_through_a_draft_together_is_not_a_promise(tagger):
    text = "Nothing in the draft is set in stone; we'll go through each goal together and change what doesn't fit."
    assert tag(tagger, text, author=TEACHER).promises == ()


def test_going_through_it_with_a_deliverable_still_promises(tagger):
    assert len(tag(tagger, "I'll go through his reading log and send you a summary by Friday.", author=TEACHER).promises) == 1
