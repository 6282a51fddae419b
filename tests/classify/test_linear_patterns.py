"""The patterns rewritten to run in linear time (tests/test_regex_linearity.py) still read what
they read before, in the phrasings where that rewrite could have changed it: spaces shared by two
parts, a name that gives back its "'ll", an optional am/pm before a required space, a bullet
before the lead. Each expectation is what the pattern gave before the rewrite."""
from __future__ import annotations

import pytest

from ieptrail.classify import missed_cues as cues
from ieptrail.classify import missed_when as timing
from ieptrail.classify.missed import _LEAD_DATE
from ieptrail.classify.promises import _CLAUSE_BREAK, _FIRST_PERSON, _SECOND_OWN_PROMISE, _THIRD_PERSON
from ieptrail.classify.topics import _REPLY_PREFIX
from ieptrail.ingest.attachment_text import clean_text


@pytest.mark.parametrize("pattern, text, groups", [
    (_THIRD_PERSON, "Mr. Smith'll send it Friday", {"who": "Mr. Smith", "modal": "'ll", "rest": "send it Friday"}),
    (_THIRD_PERSON, "Ms. Ruiz (cc'd) , our SLP,  also will call you", {"who": "Ms. Ruiz", "modal": "will", "rest": "call you"}),
    (_THIRD_PERSON, "Our case manager team\tis going to meet",
     {"who": "Our case manager team", "modal": "is going to", "rest": "meet"}),
    (_FIRST_PERSON, "We   are also  going to send it", {"who": "We", "modal": "are also  going to", "rest": "send it"}),
    (_FIRST_PERSON, "we'd  expect to have the draft", {"who": "we", "modal": "'d  expect to have", "rest": "the draft"}),
    (_FIRST_PERSON, "I  expect to get it back", {"who": "I", "modal": "expect to get", "rest": "it back"}),
    (timing.CLOCK_RANGE, "from 3 pm  to about 4:15", {"h1": "3", "m1": None, "h2": "4", "m2": "15"}),
    (timing.CLOCK_RANGE, "(10:15 a.m. - 11:00)", {"h3": "10", "m3": "15", "h4": "11", "m4": "00"}),
    (timing.MINUTES, "a 30 - minute session", {"n": "30"}),
])
def test_the_parts_each_phrasing_is_read_into(pattern, text, groups):
    match = pattern.search(text)
    assert match is not None
    assert {name: match.group(name) for name in groups} == groups


@pytest.mark.parametrize("pattern, text", [
    (timing.CLOCK_RANGE, "from 3pmto 4"),  # "to" needs a space before it, am/pm or not
    (cues.QUESTION, "Why? x"),
    (_FIRST_PERSON, "I  might send it"),
])
def test_what_is_still_not_read(pattern, text):
    assert pattern.search(text) is None


def test_spans_around_spaces_and_punctuation():
    assert timing.PER_SESSION.search("two 30-  minute sessions").group(0) == "30-  minute"
    assert cues.QUESTION.search("Can you send it? ”)  \n").group(0) == "? ”)  \n"
    assert cues.PRONOUN_OBJECT.match(" them.").group(0) == " them"
    assert cues.PRONOUN_OBJECT.match("  it was") is None
    assert [m.group(0) for m in _CLAUSE_BREAK.finditer("She will call , and that  he would come; Mr. Li'll bring it")] \
        == [", and that  ", "; "]
    assert [m.group(0) for m in _SECOND_OWN_PROMISE.finditer("I'll observe Monday,and I'll write it up  and we plan to meet")] \
        == [",and ", "  and "]


def test_words_subjects_leads_and_attachment_lines():
    assert all(cues.GAP_WORD.fullmatch(word) for word in ("Mateo's", "Here's", "2/5", "the"))
    assert cues.GAP_WORD.fullmatch("Here") is None
    assert _REPLY_PREFIX.sub("", "RE: Fwd [2] :  FW:Speech schedule") == "Speech schedule"
    assert _LEAD_DATE.match("- 2/5: I was out").group("lead") == "2/5"
    assert _LEAD_DATE.match("  12) Feb 5 and 6 – no speech").group("lead") == "Feb 5 and 6"
    assert clean_text("a \t\nb  \nc d") == "a\nb\nc d"
