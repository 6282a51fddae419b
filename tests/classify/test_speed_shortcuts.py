"""The shortcuts that keep tagging fast must never change what is found."""
from __future__ import annotations

import re
from datetime import date

import pytest

from ieptrail.classify import literals
from ieptrail.classify.literals import Alternation, required
from ieptrail.classify.nlp import (
    _REMEMBERED,
    _common_words,
    _varied_words,
    common_chunk,
    _required_words,
    _text_needle,
    build_pipeline,
    doc_of_text,
    remember_common_words,
)
from ieptrail.classify.promises import _THIRD_PERSON, _THIRD_PERSON_MODALS
from ieptrail.classify.sentences import quoted_spans
from ieptrail.classify.when import find_dates


@pytest.mark.parametrize("regex, needle", [
    (r"^(14|16|18)-?pt$", r"(14|16|18)-?pt"),
    (r"^\d+x$", r"\d+x"),
    (r"pt", r"pt"),
])
def test_a_plain_token_regex_is_sought_in_the_text(regex, needle):
    assert _text_needle([{"TEXT": {"REGEX": regex}}]).pattern == needle


@pytest.mark.parametrize("regex", [
    r"^pt\b",  # a word boundary inside a token is no boundary in the text
    r"^(?=1)\d+$",  # lookarounds see past the token
    r"^(?<!x)pt$",
    r"^(?i)pt$",  # flags
    r"^[^a]pt$",  # a negated class (rejected, to stay simple)
    r"^a$|^b",  # an inner anchor
    r"^(a)\1$",  # a back-reference
])
def test_a_regex_whose_meaning_depends_on_its_surroundings_is_not_used(regex):
    assert _text_needle([{"TEXT": {"REGEX": regex}}]) is None


def test_an_optional_token_gives_no_needle():
    assert _text_needle([{"TEXT": {"REGEX": "^pt$"}, "OP": "?"}, {"LOWER": "font"}]) is None


@pytest.mark.parametrize("text, found", [
    ("Please send it in 18pt font.", True),
    ("Please send it in 18-pt font.", True),
    ("Please send it in 18 pt font.", True),
    ("She needs it on 18 sheets.", False),
])
def test_large_print_sizes_are_still_found(text, found):
    doc = build_pipeline()(text)
    assert any(m.topic == "large_print" for m in doc._.topic_matches) is found


@pytest.mark.parametrize("sentence", [
    "Ms. Ruiz will send the schedule.", "She'll call you Friday.", "He’ll bring the chart.",
    "The team is going to meet Monday.", "Mr. Albright plans to share the probes.", "They should have it by Friday.",
    "Our OT has agreed to add a session.", "Dr. Lee is planning to observe.", "The district has committed to pay.",
])
def test_every_third_person_promise_holds_a_modal_word(sentence):
    assert _THIRD_PERSON.search(sentence)
    assert any(word in sentence for word in _THIRD_PERSON_MODALS)


@pytest.mark.parametrize("sentence", ["Thanks for the update.", "Ms. Ruiz was out today.", "They had a good week."])
def test_a_clause_without_a_modal_word_is_no_third_person_promise(sentence):
    assert not any(word in sentence for word in _THIRD_PERSON_MODALS)
    assert not _THIRD_PERSON.search(sentence)


def test_remembered_answers_are_fresh_lists():
    text = 'By Friday, March 6. She said "we will finish the whole report soon".'
    dates = find_dates(text, date(2026, 3, 2))
    dates.clear()
    assert find_dates(text, date(2026, 3, 2))
    spans = quoted_spans(text)
    spans.clear()
    assert quoted_spans(text)


def _tokens(nlp, text):
    with nlp.memory_zone():
        return [(token.text, token.whitespace_, token.norm, token.is_alpha, token.like_num) for token in nlp(text)]


def test_remembered_common_words_split_as_before():
    nlp = build_pipeline()
    text = ("Hi Ms. Kowalczyk, the (extra) time wasn't given today, so he'll need it Friday. "
            "See: https://example.org/iep... e-mail me at 3:15pm, ok?\n\n- OT: 30 min/week")
    before = _tokens(nlp, text)
    remember_common_words(nlp, [text])
    assert {"the", "time", "today,", "Friday.", "See:", "OT:"} <= _REMEMBERED[nlp]
    assert _tokens(nlp, text) == before


def test_only_words_of_the_common_list_are_remembered():
    nlp = build_pipeline()
    remember_common_words(nlp, ["Zxqvbrn plorfed the gwindle."])
    assert "Zxqvbrn" not in _REMEMBERED[nlp] and "gwindle." not in _REMEMBERED[nlp]
    common, varied = _common_words()[0], _varied_words(nlp)
    assert all(common_chunk(chunk, common, varied) for chunk in _REMEMBERED[nlp])
    with nlp.memory_zone():
        remember_common_words(nlp, ["nothing is kept inside a zone: volcano"])
    assert "volcano" in common and "volcano" not in _REMEMBERED[nlp]


@pytest.mark.parametrize("chunk, kept", [
    ("the", True), ("The", True), ("time.", True), ("Friday:", True), ("IEP.", True), ("(extra)", False),
    ("Zxqvbrn.", False), ("the..", False), ("", False),
])
def test_the_forms_remembered_are_those_of_the_lists(chunk, kept):
    nlp = build_pipeline()
    assert common_chunk(chunk, _common_words()[0], _varied_words(nlp)) is kept


def test_only_tokens_a_pattern_cannot_do_without_are_required():
    pattern = [{"LOWER": {"IN": ["take", "took"]}}, {"IS_ALPHA": True, "OP": "?"}, {"NORM": "break", "OP": "+"},
               {"LOWER": "every", "OP": "?"}, {"LOWER": "not", "OP": "!"}, {"ORTH": "OT", "OP": "{0,2}"},
               {"LOWER": "min", "OP": "{,2}"}, {"LOWER": {"NOT_IN": ["a"]}}, {"ORTH": "IEP", "OP": "{1,2}"}]
    assert _required_words(pattern) == [frozenset({"take", "took"}), frozenset({"break"}), frozenset({"iep"})]


@pytest.mark.parametrize("text, found", [
    ("He can take a break every 20 minutes.", True),
    ("She took her break after lunch.", True),
    ("The break was long. Take your time.", False),  # the words in different sentences
])
def test_a_pattern_runs_where_its_sentence_holds_every_word_it_needs(text, found):
    nlp = build_pipeline()
    matcher = nlp.get_pipe("iep_topics")
    assert any(matcher.pattern_names[matcher.pattern_of[key]].startswith("breaks|")
               for key, _, _ in matcher._pattern_matches(nlp(text))) is found


def test_a_dictionary_form_met_in_the_text_is_not_kept_past_its_zone():
    nlp = build_pipeline()
    with nlp.memory_zone():
        nlp("They wade across every day. Yesterday they waded across.")
    with nlp.memory_zone():
        assert [token.norm_ for token in nlp("They waded.")] == ["they", "wade", "."]


@pytest.mark.parametrize("text", [
    "Hi,\r\n\r\nSee you at 3:15.  Thanks!\t\n", "  leading and trailing  ", "a\u00a0b\u2003c \u200b d",
    "emoji 🙂🙂 and e-mail: x@y.org", "", " ", "\n\n\n", "word",
])
def test_a_document_is_told_the_text_it_would_join(text):
    nlp = build_pipeline()
    with nlp.memory_zone():
        doc = doc_of_text(nlp, text)
        assert doc.user_data["text"] == doc.text == text


@pytest.mark.parametrize("regex, needles", [
    (r"\bcancel(?:led|s)?\b", {"cancel"}),
    (r"(?:was|were)\s+not\s+(?:held|given)", {"held", "given"}),  # the longer strings are the telling ones
    (r"(?:a|b)\s+(?:\w+\s+)?session", {"session"}),
    (r"x?y+\w*", {"y"}),
    (r"(?:foo|\w+)bar", {"bar"}),  # a branch with nothing certain leaves the other strings
    (r"(?:foo|\w+)", None),
    (r"\d+\s+min", {"min"}),
])
def test_the_strings_a_regex_cannot_match_without(regex, needles):
    assert required(regex, re.I) == (frozenset(needles) if needles is not None else None)


BRANCHES = re.compile(r"\b(?:cancel(?:l?ed)?|did(?:n['’]?t|\s+not)\s+(?:happen|meet)|(?<!the\s)missed(?!\s+work)|"
                      r"no-?show|x*)", re.I)


@pytest.mark.parametrize("text", [
    "Speech was cancelled and he missed OT; the group didn't meet.",
    "The session did not happen. The no-show was noted. He missed work.",
    "Nothing of note here.", "", "CANCELED. Didn’t happen!", "the missed session, missed, MISSED",
    "Mi\u017f\u017fed (a long s counts as an s when case is ignored): missed",
    "xx cancel xxx",
])
def test_an_alternation_searched_by_its_branches_finds_what_the_whole_pattern_finds(text):
    spans = [(m.span(), m.group(0)) for m in BRANCHES.finditer(text)]
    assert [(m.span(), m.group(0)) for m in Alternation(BRANCHES).finditer(text)] == spans


def test_branches_whose_words_a_text_lacks_are_not_searched():
    alternation = Alternation(BRANCHES)
    assert alternation.kept("He missed OT.", "he missed ot.") == [2, 4]  # "missed", and "x*" needs nothing
    assert alternation.kept("Mi\u017f\u017fed OT.", "mi\u017f\u017fed ot.") is None


def test_a_text_without_the_literal_strings_of_a_pattern_is_not_searched():
    pattern = re.compile(r"\b(?:was|were)\s+(?:cancel+ed|called\s+off)\b", re.I)
    assert literals.lacks(pattern, "The group met on Monday.")
    assert not literals.lacks(pattern, "It was CANCELLED.")
    assert literals.search(pattern, "It was CANCELLED.").group(0) == "was CANCELLED"
    assert literals.search(pattern, "It was cancel") is None
    assert not literals.lacks(pattern, "It was \u212aancelled")  # a character whose case the regex reads otherwise


@pytest.mark.parametrize("text", ["Speech was called off.", "nothing", "WERE CANCELED; was canceled", "was\ncalled   off"])
def test_a_gated_search_finds_what_the_pattern_finds(text):
    pattern = re.compile(r"\b(?:was|were)\s+(?:cancel+ed|called\s+off)\b", re.I)
    assert [m.span() for m in literals.finditer(pattern, text)] == [m.span() for m in pattern.finditer(text)]
    gated, whole = literals.match(pattern, text), pattern.match(text)
    assert (gated and gated.span()) == (whole and whole.span())


def test_needles_finds_the_strings_a_text_holds_as_in_does():
    import random

    from ieptrail.classify.literals import Needles

    needles = ["out", "sick", "out sick", "can", "cancel", "didn", "n't", "’s", "é", "no", "a", "self-", "x2"]
    masks = {needle: 1 << (index % 5) for index, needle in enumerate(needles)}
    found = Needles(masks)
    chance = random.Random(3)
    pieces = ["out", "sick", " ", "can", "cel", "led", "didn't", "’s", "é", "no", "self-", "x2", "a", ".", "Ş", "ı"]
    for _ in range(3000):
        lowered = "".join(chance.choice(pieces) for _ in range(chance.randrange(12))).lower()
        expected = 0
        for needle, mask in masks.items():
            if needle in lowered:
                expected |= mask
        assert found(lowered) == expected, lowered


def test_the_names_given_are_remembered_and_split_as_before():
    nlp = build_pipeline()
    text = "Zorbelina's aide wrote to Ms. Quistova: Zorbelina, (Zorbelina) and ZORBELINA."
    before = _tokens(nlp, text)
    remember_common_words(nlp, [text], names=["Zorbelina Quistova"])
    assert {"Zorbelina,", "Quistova:"} <= _REMEMBERED[nlp]
    assert _tokens(nlp, text) == before


def test_the_weekday_point_ends_where_the_pattern_led_by_the_weekday_did():
    import random
    import re

    from ieptrail.classify.nlp import _WEEKDAY_POINT

    led = re.compile(r"\b(?i:mon|tues?|wed|thu|thurs?|fri|sat|sun)\.[ \t]++(?=(?:1[0-2]|0?[1-9])/\d|"
                     r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?[ \t]++\d)")
    pieces = ["Mon", "tues", "Thur", "THURS", "fri", "xsat", "sun", ".", ". ", ".\t", " ", "10/22", "Oct", "sept.",
              "3", "a", "\n", "Mon.", "the"]
    chance = random.Random(5)
    for _ in range(4000):
        text = "".join(chance.choice(pieces) for _ in range(chance.randrange(14)))
        assert [m.end() for m in _WEEKDAY_POINT.finditer(text)] == [m.end() for m in led.finditer(text)], text


def _battery_texts() -> list[str]:
    """Every string written in the classify test batteries (sentences, messages, subjects), with edge cases of case
    and whitespace: what the shared shortcuts below are checked over."""
    import ast
    from pathlib import Path

    texts = set()
    for path in sorted(Path(__file__).parent.glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.strip():
                texts.add(node.value)
    texts |= {"a\n", "\n", "\n\nb", "x \r\n y", "a\u2028b\nc", " \n \n", "tab\t\n\tx", "word\u00a0\nnext",
              "MI\u017f\u017fED speech", "\u0130t was CANCELLED", "no-show\n\n- 2/5: out sick"}
    return sorted(texts)


def test_each_cue_table_reads_from_the_shared_needles_what_its_own_would_find():
    from ieptrail.classify import missed_cues as cues

    texts = _battery_texts()
    assert len(texts) > 2_000
    for text in texts + [needle for needle in cues.CUE_NEEDLES.masks]:
        lowered = text.lower()
        held = cues.CUE_NEEDLES(lowered)
        for kind, _, _ in cues.CUE_PATTERNS:
            alternation = cues.CUE_BRANCHES[kind]
            assert cues.held_by(kind, held) == alternation.needles(lowered), (kind, text)
            assert alternation.kept(text, lowered, cues.held_by(kind, held)) == alternation.kept(text, lowered)
        assert cues.implied_cues(lowered, held) == cues.implied_cues(lowered), text


def test_the_line_break_tokens_are_the_space_tokens_that_hold_a_newline():
    import numpy
    from spacy.attrs import IS_SPACE

    from ieptrail.classify.nlp import _line_break_tokens

    nlp = build_pipeline()
    for text in _battery_texts():
        if "\n" not in text:
            continue  # (no token holds a line break)
        doc = nlp.make_doc(text)
        if len(doc) < 2:
            continue
        asked = [i for i in numpy.flatnonzero(doc.to_array([IS_SPACE])[:-1]).tolist() if "\n" in doc[i].text]
        assert _line_break_tokens(doc, text) == asked, text


def test_each_word_s_norm_is_its_dictionary_form_also_when_remembered():
    from ieptrail.classify.nlp import dictionary_form

    nlp = build_pipeline()
    texts = _battery_texts()[:600]
    for _ in range(2):  # the second time, every form is remembered
        with nlp.memory_zone():
            for doc in nlp.pipe(texts):
                for token in doc:
                    if token.is_alpha:
                        assert token.norm_ == dictionary_form(token.lower_), (token.text, doc.text)
