"""The spaCy-free reading of a search query (classify/query_words.py) gives the pipeline's topics
for every query, and the shipped index is what scripts/build_query_index makes of the current
taxonomy."""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from ieptrail.classify.nlp import build_pipeline
from ieptrail.classify.query_index import build_index, index_text
from ieptrail.classify.query_words import (
    INDEX_PATH,
    LEXICONS,
    QueryIndex,
    index_file_text,
    query_index,
    read_index_file,
)
from ieptrail.classify.taxonomy import taxonomy
from ieptrail.classify.topics import query_topics

REPO = Path(__file__).resolve().parents[2]
SHARED_EVAL = REPO.parent / "shared" / "eval"

# queries written for this test: how people type into a search box (and how they mistype)
TYPED = [
    "extra time", "extended time", "therapy", "OT", "ot", "speech", "bus", "sensory", "check-in", "check in",
    "checkin", "child's IEP", "extra  time", "make up sessions", "made-up minutes", "took a break", "took breaks",
    "read the test aloud", "reading aloud", "1:1 aide", "his one-on-one aide", "her 1-1", "A.T.", "AT", "at",
    "seated near the teacher", "IEP mtg", "iep meeting", "annual review", "meeting about his IEP", "PT", "P.T.",
    "SLP", "slps", "BIP", "FBA", "evaluation", "progress report", "progress reports", "ESY", "summer school",
    "calculator", "scribe", "large print", "18 point font", "50% extra time", "1.5x time", "2x on tests",
    "graphic organizer", "visual schedule", "notes", "copy of notes", "posted notes", "route 5", "bus route",
    "para", "paraprofessional", "aide", "aides", "the aide on the bus", "pull-out", "push in", "resource room",
    "small group", "tested in a small group", "test in room B-12", "quiet room", "separate setting",
    "behavior", "ran out of the classroom", "hit a classmate", "compensatory", "comp services", "make-up",
    "makeup sessions", "make them up", "counseling", "social work", "reading intervention", "Orton-Gillingham",
    "Wilson", "OG", "LLI", "iPad", "chromebook", "Read&Write", "text to speech", "speech to text",
    "don't", "can't attend", "won't", "it's", "IEP.", "IEP?", "(OT)", "\"extra time\"", "'speech'", "speech,",
    "OT/PT", "OT-PT", "speech-language", "speech & language", "#iep", "@school", "http://example.com",
    "10am", "3:15pm", "2nd grade", "twenty minutes", "5th", "MEET AT THE OFFICE OT", "PLEASE CALL ME ABOUT OT NOW",
    "ÉCOLE", "niño", "café", "naïve", "½ time", "…", "—", "--", "e.g.", "i.e.", "a.m.", "U.S.", "Mr. Smith",
    "St. Paul", "...", "?!", ":)", ":-)", "<3", "x", "", "   ", "-", "'", "''", "'s", "’s", "goals", "goal",
    "services", "sessions", "minutes", "group", "missed", "cancelled", "handwriting", "1:1", " 1:1 ", "1-on-1",
    "one-on-one", "dyslexia", "missed sessions", "the bus", "time for tests", "co-taught", "inclusion", "sped", "of",
    "the", "his laptop", "special ed", "walk", "reader for the test", "IEP\nmeeting", "extra\ttime",
]


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline(None)


@pytest.fixture(scope="module")
def index():
    built = query_index()
    assert built is not None, f"{INDEX_PATH} is missing: run scripts/build_query_index"
    return built


def _same(nlp, index: QueryIndex, queries) -> tuple[list[str], int]:
    """(the queries read differently, how many were read without spaCy)."""
    wrong, fast = [], 0
    for query in queries:
        ours = index.topics_for_query(query)
        if ours is None:
            continue
        fast += 1
        if ours != query_topics(nlp, query):
            wrong.append(f"{query!r}: {ours} != {query_topics(nlp, query)}")
    return wrong, fast


def _phrasings() -> list[str]:
    found = []
    for topic, spec in taxonomy().items():
        found += [topic, topic.replace("_", " "), spec.get("label", "")]
        for key in ("phrases", "weak", "abbreviations", "not", "cues"):
            found += spec.get(key, [])
    return [phrase for phrase in found if phrase]


def _variants(phrase: str, rng: random.Random) -> list[str]:
    words = phrase.split()
    forms = [phrase.upper(), phrase.title(), phrase.lower(), phrase.replace(" ", "-"), phrase.replace("-", " "),
             phrase + "s", phrase + "'s", phrase + ".", f"({phrase})", f'"{phrase}"', f"his {phrase}",
             f"no {phrase} today", f"{phrase} for tests", f"not {phrase}", phrase + "?", phrase.replace(" ", "  ")]
    if len(words) > 1:
        forms += [" ".join(words[1:]), " ".join(words[:-1]), " ".join(reversed(words)),
                  " ".join(word + "s" for word in words), " ".join(rng.sample(words, len(words)))]
    # two of them, a different two for each phrasing: with 4,000 phrasings, eight each made this the slowest test
    # of the suite (each variant is run through spaCy), and every form is still drawn for hundreds of phrasings
    return rng.sample(forms, 2)


def test_the_index_is_complete(index):
    assert index.complete, "the taxonomy uses a pattern feature classify/query_words.py does not read " \
                           "(see `problems` in data/query_index.jsonl): teach it, or every search asks spaCy"


def test_typed_queries(nlp, index):
    wrong, fast = _same(nlp, index, TYPED)
    assert not wrong, "\n".join(wrong)
    assert fast == len(TYPED) - 1  # only the line break goes to spaCy


def test_a_query_with_a_line_break_goes_to_spacy(index):
    assert index.topics_for_query("IEP\nmeeting") is None


def test_every_taxonomy_phrasing_and_its_variants(nlp, index):
    rng = random.Random(19)
    queries = []
    for phrase in _phrasings():
        queries += [phrase, *_variants(phrase, rng)]
    wrong, fast = _same(nlp, index, queries)
    assert not wrong, f"{len(wrong)} of {len(queries)}:\n" + "\n".join(wrong[:40])
    assert fast == len(queries)


def test_random_combinations(nlp, index):
    rng = random.Random(1919)
    words = [word for phrase in _phrasings() for word in phrase.split()]
    glue = ["", " ", "  ", "-", ".", ". ", ", ", "'s ", "/", " & ", "! ", "? ", " (", ") ", "’s ", ":", "1", "20 ",
            "%", " x ", "\"", "…"]
    queries = []
    for _ in range(2000):
        parts = rng.sample(words, rng.randint(1, 6))
        queries.append("".join(part + rng.choice(glue) for part in parts))
    wrong, fast = _same(nlp, index, queries)
    assert not wrong, f"{len(wrong)} of {len(queries)}:\n" + "\n".join(wrong[:40])
    assert fast == len(queries)


def test_random_characters(nlp, index):
    """Strings no tokenizer rule was written for: the affix rules, exceptions and offsets as spaCy has them."""
    rng = random.Random(7)
    alphabet = "aAbOTtsS'’\".,;:!?-–—()[]$%&/@#*+=1234567890 xyz…éñ½🙂_\\<>~`^|{}"
    queries = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14))) for _ in range(2000)]
    wrong, _ = _same(nlp, index, queries)
    assert not wrong, f"{len(wrong)} of {len(queries)}:\n" + "\n".join(wrong[:40])


def _words_of(trie: dict) -> set[str]:
    return {word for word, below in trie.items() if word for word in (word, *_words_of(below))}


def _norm(norm: str, alpha: bool, decisive: set[str]) -> str:
    """A word's dictionary form as far as it can decide a match: the index keeps only the forms
    some NORM rule or label holds (any other form is as good as another)."""
    return norm if not alpha or norm in decisive else "(a form no rule holds)"


def test_the_tokens_are_spacys(nlp, index):
    decisive = _words_of(index.lexicons["lemma_phrases"]) | _words_of(index.lexicons["lemma_exclusions"])
    decisive |= {word for words in index.labels.values() for word in words}
    decisive |= {word for _, pattern in index.patterns for spec, _ in pattern if isinstance(spec.get("NORM"), dict)
                 for key in ("IN", "NOT_IN") for word in spec["NORM"].get(key, ())}
    rng = random.Random(3)
    alphabet = "aAbOTtsS'’\".,;:!?-–—()[]$%&/@#*+=1234567890 xyz…éñ½🙂_\\<>~`^|{}"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 20))) for _ in range(2000)]
    texts += [phrase for phrase in _phrasings()] + TYPED
    wrong = []
    for text in texts:
        text = text.strip()
        if not text or "\n" in text:  # a line break goes to spaCy (its email_lines component)
            continue
        ours = index.tokens(text)
        if ours is None:
            continue
        doc = nlp(text)
        theirs = [(token.text, token.idx, _norm(token.norm_, token.is_alpha, decisive)) for token in doc]
        if [(token.text, token.idx, _norm(token.norm, token.text.isalpha(), decisive)) for token in ours] != theirs:
            wrong.append(f"{text!r}: {[(t.text, t.idx, t.norm) for t in ours]} != {[t.norm_ for t in doc]}")
        elif index.sentence_starts(ours) != [bool(token.is_sent_start) for token in doc]:
            wrong.append(f"{text!r}: sentence starts differ")
    assert not wrong, f"{len(wrong)}:\n" + "\n".join(wrong[:40])


def test_gold_queries(nlp, index):
    golds = sorted(SHARED_EVAL.glob("*/gold.json")) if SHARED_EVAL.is_dir() else []
    if not golds:
        pytest.skip(f"no shared evaluation corpora at {SHARED_EVAL} (they are in CI)")
    queries = [query["q"] for path in golds for query in json.loads(path.read_text(encoding="utf-8")).get("queries", [])]
    assert queries
    wrong, fast = _same(nlp, index, queries)
    assert not wrong, "\n".join(wrong)
    assert fast == len(queries)


def test_an_index_of_another_taxonomy_is_not_used(tmp_path, monkeypatch):
    from ieptrail.classify import taxonomy as taxonomy_module

    edited = tmp_path / "taxonomy.json"
    edited.write_text(taxonomy_module.TAXONOMY_PATH.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    monkeypatch.setattr(taxonomy_module, "TAXONOMY_PATH", edited)
    query_index.cache_clear()
    try:
        assert query_index() is None  # stale: every query goes to the pipeline until the script is run
    finally:
        monkeypatch.undo()
        query_index.cache_clear()
    assert query_index() is not None


def test_the_shipped_index_is_fresh():
    assert INDEX_PATH.read_text(encoding="utf-8") == index_text(build_index()), \
        "classify/data/query_index.jsonl is stale: run scripts/build_query_index"


def test_the_stored_tries_read_back_whole_and_a_cut_file_is_not_used(tmp_path, monkeypatch):
    from ieptrail.classify import query_words

    index = {"complete": True,
             **{name: {"extra": {"time": {"": ["extended_time"]}}, "iep": {"": ["iep_meeting"]}} for name in LEXICONS}}
    data = read_index_file(index_file_text(index).encode())
    for name in LEXICONS:
        assert dict(data[name].items()) == index[name]
        assert data[name].get("absent") is None
    lines = INDEX_PATH.read_bytes().split(b"\n")
    cut = tmp_path / "query_index.jsonl"
    cut.write_bytes(b"\n".join(lines[:-5]) + b"\n")  # a file cut short: the tries' lines no longer match
    monkeypatch.setattr(query_words, "INDEX_PATH", cut)
    query_index.cache_clear()
    try:
        assert query_index() is None
    finally:
        monkeypatch.undo()
        query_index.cache_clear()
