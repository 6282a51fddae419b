"""The spaCy pipeline, built in code and loaded once per process.

Default: `spacy.blank("en")` + the rule sentencizer + `email_lines` (an email's line structure:
blank lines, bullets and list items start sentences even without a full stop) + `iep_norms`
(each token's NORM becomes its lower-case dictionary form, from spaCy's English lookup table in
`spacy-lookups-data`: "reading aloud" and "read aloud", "took breaks" and "take a break" meet) +
`iep_topics` (PhraseMatcher and Matcher over the taxonomy in data/taxonomy.json). Nothing is
downloaded.

With IEPTRAIL_SPACY_MODEL set to an installed trained English pipeline (e.g. en_core_web_sm),
its parser is used as well: `email_lines` runs before it, and promise detection checks the
parse (see classify.promises).
"""
from __future__ import annotations

import json
import re
import weakref
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy
import spacy
from spacy.attrs import IDX, IS_ALPHA, LENGTH, LOWER, NORM, SENT_START
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from ieptrail.classify.taxonomy import TAXONOMY_PATH, load_taxonomy
from ieptrail.errors import ClassifyError

_BULLET = re.compile(r"^([-*•–—·▪●◦]|\d{1,2}[.)]|[a-z][.)]|\(\d{1,2}\))$")

if not Doc.has_extension("topic_matches"):
    Doc.set_extension("topic_matches", default=None)
if not Doc.has_extension("topic_cues"):
    Doc.set_extension("topic_cues", default=None)

# Words that carry a service on in a reply whose subject line names it ("Re: missed speech" +
# "I want both sessions made up"); each topic of kind "service" has these as its cues.
SERVICE_CUES = ("session", "sessions", "minutes", "group", "groups", "therapy", "services", "make up", "made up",
                "make-up", "make-ups", "makeup", "missed", "cancelled", "canceled", "goal", "goals",
                "was pulled", "got pulled", "been pulled", "pulled to", "pulled from", "pulled me", "pulled her",
                "pulled him")  # not "pulled" alone: "pull-ups", "pulled over"


def doc_text(doc: Doc) -> str:
    """The document's text, joined once: spaCy's Doc.text rebuilds it from every token on each call."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text


def doc_of_text(nlp: Language, text: str) -> Doc:
    """`nlp.make_doc`, the document told its text: spaCy's tokenizer loses nothing, so Doc.text is the
    text it was given, and `doc_text` need not join it again from every token (to pass to nlp.pipe)."""
    doc = nlp.make_doc(text)
    doc.user_data["text"] = text
    return doc


def sentence_at(doc: Doc, char: int) -> tuple[str, int, int]:
    """The sentence (text, start, end; whitespace trimmed) holding character `char`.

    Span.sent walks the document each time; the sentence boundaries are worked out once per
    document and looked up by bisection."""
    cached = doc.user_data.get("sentence_bounds")
    if cached is None:
        text = doc_text(doc)
        bounds = []
        for sent in doc.sents:
            raw = text[sent.start_char:sent.end_char]
            lead = len(raw) - len(raw.lstrip())
            bounds.append((sent.start_char + lead, sent.start_char + len(raw.rstrip())))
        cached = doc.user_data["sentence_bounds"] = (text, bounds, [start for start, _ in bounds])
    text, bounds, starts = cached
    index = bisect_right(starts, char) - 1
    if index < 0:
        return "", char, char
    start, end = bounds[index]
    return text[start:end], start, end


COMMON_WORDS_PATH = Path(__file__).resolve().parent / "data" / "common_words.json"  # scripts/build_common_words
VARIED_WORDS = 10_000  # the most common words (and the taxonomy's) are also remembered capitalised and as they
# end a clause: "The", "time.", "this,", "Friday:", "IEP." (most chunks the list alone missed were these)
CLAUSE_MARKS = ".,:;?!)"
TOKENIZER_CACHE = 10_000  # spaCy's own bound on what its tokenizer remembers, kept for everything else
_REMEMBERED: weakref.WeakKeyDictionary[Language, set[str]] = weakref.WeakKeyDictionary()
_VARIED: weakref.WeakKeyDictionary[Language, frozenset[str]] = weakref.WeakKeyDictionary()


@lru_cache(maxsize=1)
def _common_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """(the common words, the most common of them first)"""
    words = json.loads(COMMON_WORDS_PATH.read_text(encoding="utf-8"))["words"]
    return frozenset(words), tuple(words[:VARIED_WORDS])


def _varied_words(nlp: Language) -> frozenset[str]:
    """The words whose capitalised and clause-ending forms are remembered too: the most common, the taxonomy's."""
    varied = _VARIED.get(nlp)
    if varied is None:
        taxonomy = nlp.get_pipe("iep_topics").taxonomy if "iep_topics" in nlp.pipe_names else {}
        words = {word for spec in taxonomy.values() for part in ("phrases", "weak", "abbreviations", "cues", "not")
                 for phrase in spec.get(part, []) for word in phrase.split()}
        varied = _VARIED[nlp] = frozenset(_common_words()[1]) | words
    return varied


def common_chunk(chunk: str, common: frozenset[str], varied: frozenset[str]) -> bool:
    """Whether the tokenizer is to remember a whitespace-separated chunk: a common word; or a varied word,
    maybe capitalised, maybe followed by one clause mark. A fixed list's forms: what is kept stays bounded."""
    if chunk in common:
        return True
    core = chunk[:-1] if chunk[-1:] in CLAUSE_MARKS else chunk
    return bool(core) and (core in varied or (core[0].isupper() and core[0].lower() + core[1:] in varied))


def remember_common_words(nlp: Language, texts: Iterable[str], names: Iterable[str] = ()) -> None:
    """Let the tokenizer remember how the common words among `texts` split, before they are tagged.

    Inside a memory zone (where tagging runs) spaCy's tokenizer remembers nothing, so every word
    was split afresh (prefix, suffix and infix regexes, a new lexeme): a fifth of tagging's time.
    A word tokenized alone outside the zone stays in its cache, with the same tokens it gives
    inside a text (its cache is per whitespace-separated chunk). Only forms of fixed lists of words
    (common English words, the taxonomy's) and of `names` (the words of the names of the caseload's
    students and of the people directory: a list the user's record bounds) are kept, so what stays is
    bounded whatever the mail holds."""
    if nlp.vocab.in_memory_zone:
        return
    common, varied = _common_words()[0], _varied_words(nlp)
    names = {word for name in names for word in name.split()} - varied
    if names:
        varied = varied | names
    remembered = _REMEMBERED.setdefault(nlp, set())
    new = {chunk for text in texts for chunk in text.split()} - remembered
    new = {chunk for chunk in new if common_chunk(chunk, common, varied)}
    if not new:
        return
    tokenizer = nlp.tokenizer
    most = len(common) + len(varied) * 2 * (1 + len(CLAUSE_MARKS))  # every form common_chunk accepts
    tokenizer.max_cache_size = max(tokenizer.max_cache_size, most + TOKENIZER_CACHE)
    for chunk in sorted(new):
        tokenizer(chunk)
    remembered |= new


@dataclass(frozen=True)
class TopicMatch:
    topic: str
    start_char: int
    end_char: int
    rule: str
    weak: bool


# "I'll send it Thurs. 10/22", "on Fri. Oct 23": a weekday's abbreviation point before its date ends no sentence.
# Sought from the point, the abbreviation looked behind for (by length): a pattern that opens with "\b" is tried at
# every position of the text, one that opens with a literal only where it is (14 -> 0.9 ms over the study texts).
# Only where each match ends is read.
_WEEKDAY_POINT = re.compile(r"\.(?:(?<=\b(?i:mon|tue|wed|thu|fri|sat|sun)\.)|(?<=\b(?i:tues|thur)\.)|(?<=\b(?i:thurs)\.))"
                            r"[ \t]++(?=(?:1[0-2]|0?[1-9])/\d|"
                            r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?[ \t]++\d)")


def _line_break_tokens(doc: Doc, text: str) -> list[int]:
    """The tokens (but the last) that hold a line break, in order. spaCy's tokenizer puts every whitespace
    character but a word's one trailing space into a token of whitespace alone, so each "\n" of the text is in
    such a token: found from the text and the tokens' offsets (asking each token whether it is space cost more)."""
    if "\n" not in text:
        return []
    starts = doc.to_array([IDX]).tolist()
    last = len(starts) - 1
    found = []
    for at in _NEWLINE.finditer(text):
        index = bisect_right(starts, at.start()) - 1
        if index < last and (not found or found[-1] != index):
            found.append(index)
    return found


_NEWLINE = re.compile("\n")


@Language.component("email_lines")
def email_lines(doc: Doc) -> Doc:
    """Sentence starts from the line structure of an email body."""
    if len(doc) < 2:
        return doc
    text = doc_text(doc)
    for index in _line_break_tokens(doc, text):
        token = doc[index]
        following = doc[index + 1]
        previous = doc[index - 1] if index else None
        line_start = following.idx
        line_end = text.find("\n", line_start)
        line = text[line_start: line_end if line_end >= 0 else len(text)]
        prev_line_start = text.rfind("\n", 0, token.idx) + 1
        prev_line = text[prev_line_start:token.idx].strip()
        starts = (
            token.text.count("\n") >= 2
            or bool(_BULLET.match(following.text))
            or bool(previous is not None and re.search(r"[.!?:;)\]]$|[\U0001F300-\U0001FAFF]$", previous.text))
            or len(prev_line) < 45
            or bool(re.match(r"^[A-Z0-9][A-Za-z ]{0,30}:", line))
        )
        if starts:
            following.is_sent_start = True
    for point in _WEEKDAY_POINT.finditer(text):
        date_span = doc.char_span(point.end(), point.end() + 1, alignment_mode="expand")
        if date_span is not None and date_span.start > 0:
            doc[date_span.start].is_sent_start = False
    return doc


@lru_cache(maxsize=1)
def _lemma_table():
    from spacy.lookups import (
        load_lookups,  # the table ships in the spacy-lookups-data package
    )

    try:
        return load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")
    except (ValueError, OSError) as exc:
        raise ClassifyError(f"spaCy's English lemma table is missing ({exc}); install spacy-lookups-data") from exc


@lru_cache(maxsize=50_000)
def dictionary_form(word: str) -> str:
    """The lower-case dictionary form of one word: "breaks" -> "break", "took" -> "take",
    "meetings" -> "meet" (looked up twice, so a noun in -ing and its plural agree)."""
    lower = word.lower()
    table = _lemma_table()
    if lower.endswith(("er", "est")):
        return lower  # "shorter version" is not "the short version", nor "larger print" "large print"
    form = table.get(lower, lower)
    form = table.get(form, form)
    if form == lower and len(lower) > 4 and lower.endswith("s") and not lower.endswith(("ss", "us", "is")) \
            and lower[:-1].isalpha():
        form = lower[:-1]  # a plural the table lacks: "ipads", "kiddos", "chromebooks"
    return form


_NORM_OF: dict[int, int] = {}  # lower-case form's hash -> dictionary form's hash
# lower-case forms' hashes that are their own dictionary form (most words): a hash names one string, so what
# dictionary_form says of it holds whatever the memory zone did to the string; bounded, whatever the mail holds
_OWN_FORM: set[int] = set()
OWN_FORMS_REMEMBERED = 50_000


@Language.component("iep_norms")
def iep_norms(doc: Doc) -> Doc:
    """Each word's NORM becomes its dictionary form, so phrases match whatever their inflection.
    Done on arrays (a Token object per word costs more than the look-up itself)."""
    if not len(doc):
        return doc
    strings = doc.vocab.strings
    rows = doc.to_array([LOWER, NORM, IS_ALPHA])
    norms = rows[:, 1].tolist()  # a list while it is written (a numpy item set per word cost more)
    for index, (lower, alpha) in enumerate(zip(rows[:, 0].tolist(), rows[:, 2].tolist())):
        if not alpha:
            continue
        if lower in _OWN_FORM:
            norms[index] = lower
            continue
        norm = _NORM_OF.get(lower)
        if norm is None or norm not in strings:  # the cache outlives a pipeline: another vocab may lack the form
            word = strings[lower]
            form = dictionary_form(word)
            if form == word:  # most words: remembered as their own form (not in _NORM_OF, which a zone may not hold)
                if len(_OWN_FORM) >= OWN_FORMS_REMEMBERED:
                    _OWN_FORM.clear()
                _OWN_FORM.add(lower)
                norm = lower
            else:  # a form the lemma table knows (a bounded set): kept, even inside a memory zone,
                # unless the zone's text already holds it: spaCy leaves that string transient, and a kept
                # hash would outlive it (a later `norm_` of "swam" failed after "swim" and "swam" met)
                transient = doc.vocab.in_memory_zone and form in strings
                norm = strings.add(form, allow_transient=False)
                if not transient:
                    _NORM_OF[lower] = norm
        norms[index] = norm
    doc.from_array([NORM], numpy.array(norms, dtype=rows.dtype).reshape(-1, 1))
    return doc


def normalized(doc: Doc) -> Doc:
    """`iep_norms` applied to a document made without the pipeline (a taxonomy phrase)."""
    return iep_norms(doc)


# the one-adult-to-one-child ratio, however it is written ("1:1 aide", "1-on-1 aide", "one to one aide"):
# a phrase written with one of them is matched with each
_ONE_TO_ONE = re.compile(r"(?<![\w:])(?:1:1|1-on-1|1 on 1|1-to-1|one-on-one|one on one|one-to-one|one to one)(?![\w:])",
                         re.I)
_ONE_TO_ONE_FORMS = ("1:1", "1-on-1", "1 on 1", "1-to-1", "one-on-one", "one on one", "one-to-one", "one to one")


def _variants(phrase: str) -> set[str]:
    if _ONE_TO_ONE.search(phrase):
        return {form for ratio in _ONE_TO_ONE_FORMS for form in _written_variants(_ONE_TO_ONE.sub(ratio, phrase))}
    return _written_variants(phrase)


def _written_variants(phrase: str) -> set[str]:
    forms = {phrase}
    words = phrase.split(" ")
    if 1 < len(words) <= 4:
        forms.add(phrase.replace(" ", "-"))
        for i in range(len(words) - 1):  # "reduced-distraction setting", "one-on-one aide"
            forms.add(" ".join(words[:i] + [words[i] + "-" + words[i + 1]] + words[i + 2:]))
    if "-" in phrase:
        forms.add(phrase.replace("-", " "))
        forms.add(phrase.replace("-", ""))
    for form in list(forms):
        last = re.split(r"[\s-]", form)[-1]
        if last.isalpha() and len(last) > 2 and not last.endswith("s"):
            forms.add(form + ("es" if last.endswith(("ch", "sh", "x")) else "s"))
    return forms


def _by_dictionary_form(pattern: list[dict]) -> list[dict]:
    """A token pattern whose NORM words are also given as their dictionary forms: a document's NORM is each
    word's dictionary form (iep_norms), so a NORM written "building" or "sitting" (the lemma table's "build",
    "sit") could never match."""
    changed = []
    for token in pattern:
        value = token.get("NORM")
        if isinstance(value, str) and dictionary_form(value) != value:
            token = {**token, "NORM": {"IN": [value, dictionary_form(value)]}}
        elif isinstance(value, dict) and "IN" in value and any(dictionary_form(word) != word for word in value["IN"]):
            token = {**token, "NORM": {**value, "IN": list(dict.fromkeys(
                [*value["IN"], *(dictionary_form(word) for word in value["IN"])]))}}
        changed.append(token)
    return changed


class TopicMatcher:
    """Finds taxonomy mentions; a match inside one of its topic's `not` phrases does not count."""

    def __init__(self, nlp: Language, taxonomy: dict[str, dict]):
        self.taxonomy = taxonomy
        self.vocab = nlp.vocab
        self.keys: dict[int, tuple[str, str, str]] = {}
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.lemma_phrases = PhraseMatcher(nlp.vocab, attr="NORM")  # several words, any inflection
        self.abbreviations = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.exclusions = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.lemma_exclusions = PhraseMatcher(nlp.vocab, attr="NORM")
        self.patterns: list[tuple[frozenset[int], Matcher]] = []  # (its anchor words, hashed; its matcher)
        self.pattern_names: list[str] = []  # each pattern's match key
        self.pattern_of: dict[int, int] = {}  # match key (hashed) -> the pattern's index in self.patterns
        self.token_patterns: list[list[dict]] = []
        self.requirements: list[tuple[frozenset[int], ...]] = []  # per pattern: its other words it cannot do without
        self.cues = PhraseMatcher(nlp.vocab, attr="NORM")
        make = nlp.make_doc

        def add(exact: PhraseMatcher, by_lemma: PhraseMatcher, key: str, phrase: str) -> None:
            exact.add(key, [make(form) for form in sorted(_variants(phrase))])
            # any inflection only for several words as written: a single word keeps its exact forms
            # ("breaks" is a topic, "break" alone is not) and a hyphenated noun is not its verb
            # ("a check-out sheet", not "he was checked out")
            doc = make(phrase)
            if "-" not in phrase and sum(token.is_alpha for token in doc) > 1:
                by_lemma.add(key, [normalized(doc)])

        for topic, spec in taxonomy.items():
            for strength in ("phrases", "weak"):
                for phrase in spec.get(strength, []):
                    add(self.phrases, self.lemma_phrases, f"{topic}|{'weak' if strength == 'weak' else 'phrase'}|{phrase}", phrase)
            for abbreviation in spec.get("abbreviations", []):
                self.abbreviations.add(f"{topic}|abbreviation|{abbreviation}", [make(abbreviation)])
            for strength in ("patterns", "weak_patterns"):
                for index, pattern in enumerate(spec.get(strength, [])):
                    pattern = _by_dictionary_form(pattern)
                    matcher = Matcher(nlp.vocab)
                    name = f"{topic}|{'weak' if strength == 'weak_patterns' else 'pattern'}|{index}"
                    matcher.add(name, [pattern])
                    self.pattern_names.append(name)
                    self.token_patterns.append(pattern)
                    self.pattern_of[nlp.vocab.strings.add(name)] = len(self.patterns)
                    anchor = frozenset(nlp.vocab.strings.add(word) for word in _anchor(pattern))
                    self.patterns.append((anchor, matcher))
                    self.requirements.append(tuple(frozenset(nlp.vocab.strings.add(word) for word in words)
                                                   for words in _required_words(pattern) if words != _anchor(pattern)))
            for phrase in spec.get("not", []):
                add(self.exclusions, self.lemma_exclusions, f"{topic}|not|{phrase}", phrase)
            cues = [*spec.get("cues", []), *(SERVICE_CUES if spec.get("kind") == "service" else ())]
            if cues:
                self.cues.add(f"{topic}|cue", [normalized(make(cue)) for cue in cues])
        # every word some pattern needs, to find in one pass where a document holds them
        self.patterns_needing: dict[int, set[int]] = {}
        for index, (anchor, _) in enumerate(self.patterns):
            for word in anchor:
                self.patterns_needing.setdefault(word, set()).add(index)
        self.always = {index for index, (anchor, _) in enumerate(self.patterns) if not anchor}
        self.always_needs: dict[int, re.Pattern] = {  # an anchorless pattern's token regex, sought in the text first
            index: needle for index in self.always if (needle := _text_needle(self.token_patterns[index])) is not None}
        self.combined: dict[tuple[int, ...], Matcher] = {}  # the patterns a sentence needs -> one Matcher for them

    def _pattern_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Token patterns, each run only over the sentences that hold its anchor (see _anchor)."""
        if not self.patterns or not len(doc):
            return []
        rows = doc.to_array([LOWER, NORM, SENT_START])
        lowers, norms = rows[:, 0].tolist(), rows[:, 1].tolist()
        needing = self.patterns_needing  # a set look-up per word: numpy's fixed cost per call was more, at ~100 words
        positions = [at for at, (lower, norm) in enumerate(zip(lowers, norms)) if lower in needing or norm in needing]
        text = doc_text(doc)
        found = [match for index in sorted(self.always)
                 if index not in self.always_needs or self.always_needs[index].search(text)
                 for match in self.patterns[index][1](doc)]
        if not positions:
            return found
        starts = [0, *(numpy.flatnonzero(rows[1:, 2] == 1) + 1).tolist()]  # where each sentence starts
        sentences: dict[int, set[int]] = {}  # pattern -> the sentences (by number) holding its anchor
        for position in positions:
            number = bisect_right(starts, position) - 1
            for word in (lowers[position], norms[position]):
                for index in needing.get(word, ()):
                    sentences.setdefault(index, set()).add(number)
        starts.append(len(doc))
        held: dict[int, set[int]] = {}  # sentence -> its words (lower-case and dictionary forms), when asked

        def holds(number: int, words: frozenset[int]) -> bool:
            found = held.get(number)
            if found is None:
                found = held[number] = {*lowers[starts[number]:starts[number + 1]], *norms[starts[number]:starts[number + 1]]}
            return not words.isdisjoint(found)

        needed: dict[int, list[int]] = {}  # sentence -> the patterns whose anchor and other needed words it holds
        for index, numbers in sentences.items():
            for number in numbers:
                if all(holds(number, words) for words in self.requirements[index]):
                    needed.setdefault(number, []).append(index)
        by_pattern: dict[tuple[int, int], list[tuple[int, int, int]]] = {}  # (pattern, sentence) -> its matches
        for number, indices in needed.items():
            start, end = starts[number], starts[number + 1]
            for key, a, b in self._matcher_for(tuple(sorted(indices)))(doc[start:end]):
                by_pattern.setdefault((self.pattern_of[key], number), []).append((key, start + a, start + b))
        for index, numbers in sorted(sentences.items()):  # the order of one Matcher per pattern, as before
            for number in sorted(numbers):
                found += by_pattern.get((index, number), [])
        return found

    def _matcher_for(self, indices: tuple[int, ...]) -> Matcher:
        """One Matcher for the patterns a sentence needs: a Matcher's cost is mostly its walk over the
        tokens, so one walk for several patterns beats one each (all patterns in one Matcher is slower:
        each would be tried at every token). The patterns were validated when their own Matcher was
        made, so a combined one skips spaCy's validation (it costs more than compiling them)."""
        if len(indices) == 1:
            return self.patterns[indices[0]][1]
        matcher = self.combined.get(indices)
        if matcher is None:
            if len(self.combined) >= COMBINED_MATCHERS:
                self.combined.clear()
            matcher = self.combined[indices] = Matcher(self.vocab, validate=False)
            for index in indices:
                matcher.add(self.pattern_names[index], [self.token_patterns[index]])
        return matcher

    def _key(self, key: int) -> tuple[str, str, str]:
        """A match key's (topic, kind, detail), split once."""
        parts = self.keys.get(key)
        if parts is None:
            topic, kind, *detail = self.vocab.strings[key].split("|", 2)
            parts = self.keys[key] = (topic, kind, detail[0] if detail else "")
        return parts

    def __call__(self, doc: Doc) -> Doc:
        excluded: dict[str, list[tuple[int, int]]] = {}
        for key, start, end in [*self.exclusions(doc), *self.lemma_exclusions(doc)]:
            excluded.setdefault(self._key(key)[0], []).append((start, end))
        found: list[TopicMatch] = []
        seen: set[tuple[str, int, int]] = set()
        raw = [(key, start, end, False) for key, start, end in [*self.phrases(doc), *self.lemma_phrases(doc)]]
        raw += [(key, start, end, True) for key, start, end in self.abbreviations(doc)]
        raw += [(key, start, end, False) for key, start, end in self._pattern_matches(doc)]
        if not raw and not len(doc):
            doc._.topic_matches, doc._.topic_cues = [], {}
            return doc
        # offsets from arrays: a Token or Span object per match costs more than the matching
        rows = doc.to_array([IDX, LENGTH, SENT_START])
        offsets, lengths, sentence_starts = rows[:, 0].tolist(), rows[:, 1].tolist(), rows[:, 2].tolist()
        text = doc_text(doc)
        for key, start, end, is_abbreviation in raw:
            topic, kind, detail = self._key(key)
            spans = excluded.get(topic)
            if spans and any(a <= start and end <= b for a, b in spans):
                continue
            if end - start > 1 and 1 in sentence_starts[start + 1:end]:
                continue  # patterns with wildcards must not run across sentences
            start_char, end_char = offsets[start], offsets[end - 1] + lengths[end - 1]
            if is_abbreviation and _shouting(sentence_at(doc, start_char)[0]):
                continue  # "MEET AT THE OFFICE": capitals say nothing there
            if (topic, start_char, end_char) in seen:
                continue
            seen.add((topic, start_char, end_char))
            rule = f"{kind}:{detail}" if kind != "pattern" else f"pattern:{topic}#{detail}"
            found.append(TopicMatch(topic, start_char, end_char, rule, kind in ("weak",)))
        doc._.topic_matches = sorted(found, key=lambda match: (match.start_char, match.topic))
        cues: dict[str, list[TopicMatch]] = {}
        for key, start, end in self.cues(doc):
            topic = self._key(key)[0]
            spans = excluded.get(topic)
            if not (spans and any(a <= start and end <= b for a, b in spans)):
                start_char, end_char = offsets[start], offsets[end - 1] + lengths[end - 1]
                cues.setdefault(topic, []).append(
                    TopicMatch(topic, start_char, end_char, f"cue:{text[start_char:end_char].lower()}", True))
        doc._.topic_cues = cues
        return doc


COMBINED_MATCHERS = 4096  # sets of patterns that share a sentence: ~350 over the 1,600 messages of the study
# corpora and a generated 1,000; a bound of 256 made the cache start over again and again

_COMMON = frozenset("a an the in on to for of with by at and or his her their my our your it is was be 's ’s up "
                    "time that this those these them him me as from all other new no without own next before "
                    "after until since".split())


def _anchor(pattern: list[dict]) -> frozenset[str]:
    """The lower-case words of the rarest token a pattern cannot do without: only sentences that
    hold one of them can match, so the pattern's Matcher runs on those alone (a Matcher walks
    every token it is given, whatever it looks for)."""
    required = []
    for token in pattern:
        if token.get("OP") in ("?", "*") or str(token.get("OP", "")).startswith("{0"):
            continue
        for attr in ("LOWER", "NORM", "ORTH"):
            value = token.get(attr)
            words = [value] if isinstance(value, str) else (value or {}).get("IN") if isinstance(value, dict) else None
            if words:
                required.append(frozenset(word.lower() for word in words))
    return min(required, key=lambda words: (bool(words & _COMMON), len(words)), default=frozenset())


def _required_words(pattern: list[dict]) -> list[frozenset[str]]:
    """Per token the pattern cannot do without, the lower-case words one of which it must be: a
    sentence lacking all the words of any of them cannot match (its other tokens are skipped:
    optional ones, "!" ones that must be absent, and any test other than a word or a list of words)."""
    required = []
    for token in pattern:
        op = str(token.get("OP", ""))
        if op in ("?", "*", "!") or op.startswith(("{0", "{,")):
            continue
        for attr in ("LOWER", "NORM", "ORTH"):
            value = token.get(attr)
            words = [value] if isinstance(value, str) else (value or {}).get("IN") if isinstance(value, dict) else None
            if words:
                required.append(frozenset(word.lower() for word in words))
    return required


_PLAIN_REGEX = re.compile(r"\^?(?P<body>(?:[^\\^$()]|\\[dsw.\-]|\((?!\?)|\))*)\$?")


def _text_needle(pattern: list[dict]) -> re.Pattern | None:
    """For a pattern that cannot do without a token whose TEXT matches a regex: that regex, freed of
    its ^ and $, to search the whole text with (a token's text is part of the document's text, so a
    document where it finds nothing has no such token). None when the regex has anything whose
    meaning could change outside the token (lookarounds, word boundaries, inner anchors)."""
    for token in pattern:
        if token.get("OP") in ("?", "*") or str(token.get("OP", "")).startswith("{0"):
            continue
        regex = token.get("TEXT", {}).get("REGEX") if isinstance(token.get("TEXT"), dict) else None
        plain = _PLAIN_REGEX.fullmatch(regex) if regex else None
        if plain:
            return re.compile(plain.group("body"))
    return None


def _shouting(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) > 12 and sum(ch.isupper() for ch in letters) / len(letters) > 0.7


@Language.factory("iep_topics", default_config={"taxonomy_path": None})
def make_topic_matcher(nlp: Language, name: str, taxonomy_path: str | None) -> TopicMatcher:
    return TopicMatcher(nlp, load_taxonomy(Path(taxonomy_path) if taxonomy_path else TAXONOMY_PATH))


@lru_cache(maxsize=4)
def build_pipeline(model: str | None = None) -> Language:
    """The pipeline for `model` (None: the offline default), built once per process."""
    if model:
        try:
            nlp = spacy.load(model, exclude=["ner", "lemmatizer", "textcat"])
        except OSError as exc:
            raise ClassifyError(
                f"IEPTRAIL_SPACY_MODEL={model!r} is not installed ({exc}); install it or unset the setting"
            ) from exc
        first = "parser" if "parser" in nlp.pipe_names else None
        if first is None:
            nlp.add_pipe("sentencizer")
            nlp.add_pipe("email_lines")
        else:
            nlp.add_pipe("email_lines", before=first)
    else:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("email_lines")
    nlp.add_pipe("iep_norms")
    nlp.add_pipe("iep_topics")
    return nlp


@lru_cache(maxsize=8)
def topic_kinds(nlp: Language) -> dict[str, str]:
    """topic -> kind (accommodation, service, process); read once per pipeline (do not modify)."""
    return {topic: spec.get("kind", "") for topic, spec in nlp.get_pipe("iep_topics").taxonomy.items()}
