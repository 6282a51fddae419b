"""Build data/query_index.jsonl from the real pipeline (scripts/build_query_index writes it; a test
checks the shipped file is what this builds from the current taxonomy). What classify.query_words
needs to read a query as the default pipeline does, and nothing else."""
from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

from spacy.attrs import NORM, ORTH
from spacy.language import Language

from ieptrail.classify.nlp import _by_dictionary_form, _variants, build_pipeline, dictionary_form, normalized
from ieptrail.classify.query_words import QueryIndex, index_file_text, unsupported
from ieptrail.classify.taxonomy import TAXONOMY_PATH, load_taxonomy, search_words, whole_queries


def _pattern(search) -> str | None:
    return search.__self__.pattern if search is not None else None


def _tokenizer(nlp: Language) -> dict:
    tokenizer = nlp.tokenizer
    specials = {}
    for string, substrings in sorted(tokenizer.rules.items()):
        parts = []
        for props in substrings:
            parts.append([props.get(ORTH, props.get("ORTH")), props.get(NORM, props.get("NORM"))])
        specials[string] = parts
    return {"prefix": _pattern(tokenizer.prefix_search), "suffix": _pattern(tokenizer.suffix_search),
            "infix": _pattern(tokenizer.infix_finditer), "token_match": _pattern(tokenizer.token_match),
            "url_match": _pattern(tokenizer.url_match), "specials": specials, "faster": tokenizer.faster_heuristics}


def _retokenized(tokenizer_data: dict) -> list[list[str]]:
    """The special cases spaCy applies across tokens after its affix rules (tokenizer.pyx,
    add_special_case): each as the tokens it spans (spaCy's own affix rules, without special cases)."""
    probe = _probe(tokenizer_data)
    found = []
    for string in tokenizer_data["specials"]:
        if not tokenizer_data["faster"] or probe.prefix(string) or probe.suffix(string) or probe.infixes(string) \
                or " " in string:
            found.append([orth for orth, _, _ in probe.tokenize_affixes(string, with_specials=False)])
    return sorted(found)


def _probe(tokenizer_data: dict) -> QueryIndex:
    """A reader with the tokenizer only."""
    probe = QueryIndex.__new__(QueryIndex)
    probe._regex = {}
    probe.load_tokenizer(tokenizer_data)
    return probe


def _trie(entries: dict[str, set]) -> dict:
    root: dict = {}
    for topic, sequences in sorted(entries.items()):
        for sequence in sorted(sequences):
            node = root
            for word in sequence:
                node = node.setdefault(word, {})
            node.setdefault("", []).append(topic)
    return root


def _lemma_words() -> list[str]:
    """Every word spaCy's English lemma table knows (its keys are hashed once loaded: read the file)."""
    import spacy_lookups_data

    path = spacy_lookups_data.get_file("en_lemma_lookup.json.gz")
    with gzip.open(str(path), "rt", encoding="utf-8") as handle:
        return sorted(json.load(handle))


def _fallback_form(lower: str) -> str:
    if len(lower) > 4 and lower.endswith("s") and not lower.endswith(("ss", "us", "is")) and lower[:-1].isalpha():
        return lower[:-1]
    return lower


def build_index(path: Path = TAXONOMY_PATH) -> dict:
    nlp = build_pipeline(None)
    taxonomy = load_taxonomy(path)
    make = nlp.make_doc
    problems: list[str] = []
    phrases: dict[str, set] = {}
    lemma_phrases: dict[str, set] = {}
    abbreviations: dict[str, set] = {}
    exclusions: dict[str, set] = {}
    lemma_exclusions: dict[str, set] = {}
    patterns = []

    def add(exact: dict, by_lemma: dict, topic: str, phrase: str) -> None:  # as nlp.TopicMatcher.add
        for form in _variants(phrase):
            exact.setdefault(topic, set()).add(tuple(token.lower_ for token in make(form)))
        doc = make(phrase)
        if "-" not in phrase and sum(token.is_alpha for token in doc) > 1:
            by_lemma.setdefault(topic, set()).add(tuple(token.norm_ for token in normalized(doc)))

    for topic, spec in taxonomy.items():
        for strength in ("phrases", "weak"):
            for phrase in spec.get(strength, []):
                add(phrases, lemma_phrases, topic, phrase)
        for abbreviation in spec.get("abbreviations", []):
            abbreviations.setdefault(topic, set()).add(tuple(token.text for token in make(abbreviation)))
        for strength in ("patterns", "weak_patterns"):
            for pattern in map(_by_dictionary_form, spec.get(strength, [])):
                problems += [f"{topic}: {problem}" for problem in map(unsupported, pattern) if problem]
                patterns.append([topic, pattern])
        for phrase in spec.get("not", []):
            add(exclusions, lemma_exclusions, topic, phrase)
    labels = {topic: sorted({token.norm_ for value in search_words(spec) for token in nlp(value or topic)
                             if token.is_alpha}) for topic, spec in taxonomy.items()}
    # the dictionary forms that can decide a match: every form some NORM rule or label holds
    decisive = {word for sequences in (*lemma_phrases.values(), *lemma_exclusions.values())
                for sequence in sequences for word in sequence}
    decisive |= {word for words in labels.values() for word in words}
    for _, pattern in patterns:
        for spec in pattern:
            value = spec.get("NORM")
            if isinstance(value, str):
                decisive.add(value)
            elif isinstance(value, dict):
                decisive |= {*value.get("IN", ()), *value.get("NOT_IN", ())}
    forms = {}
    for word in _lemma_words():
        if word != word.lower() or word.endswith(("er", "est")):
            continue
        form, guess = dictionary_form(word), _fallback_form(word)
        if form != guess and (form in decisive or guess in decisive):
            forms[word] = form
    for word in decisive:  # a decisive form that is itself a key of the table with another form
        if dictionary_form(word) != _fallback_form(word):
            forms[word] = dictionary_form(word)
    from spacy.attrs import LIKE_NUM
    from spacy.lang.en.lex_attrs import _num_words, _ordinal_words, like_num
    from spacy.lang.lex_attrs import lower
    from spacy.lang.norm_exceptions import BASE_NORMS

    # query_words reads a word's NORM and LIKE_NUM as these getters do: say so if spaCy changes them
    norm_getter = nlp.vocab.lex_attr_getters[NORM]
    if getattr(norm_getter, "args", None) != (lower, (BASE_NORMS,)):
        problems.append("spaCy's NORM getter is no longer lower() with BASE_NORMS")
    if nlp.vocab.lex_attr_getters[LIKE_NUM] is not like_num:
        problems.append("spaCy's LIKE_NUM getter is no longer spacy.lang.en.lex_attrs.like_num")

    tokenizer = _tokenizer(nlp)
    tokenizer["retokenized"] = _retokenized(tokenizer)
    del tokenizer["faster"]
    # the words of the taxonomy, cut ahead: a query of them compiles none of the affix expressions
    probe = _probe(tokenizer)
    words = {word for topic, spec in taxonomy.items() for value in (topic, spec.get("label", ""), *(
        phrase for key in ("phrases", "weak", "abbreviations", "not", "search") for phrase in spec.get(key, [])))
        for word in value.replace("_", " ").split()}
    words |= {word.lower() for word in words}
    tokenizer["spans"] = {word: [list(part) for part in probe._split(word, True)]
                          for word in sorted(words) if word not in tokenizer["specials"]}
    table = _trie

    return {
        "about": "Made by scripts/build_query_index from taxonomy.json and spaCy's English rules; read by "
                 "classify/query_words.py. Do not edit: run the script.",
        "taxonomy_sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "complete": not problems, "problems": problems,
        "topics": list(taxonomy), "labels": labels, "whole_queries": whole_queries(taxonomy),
        "tokenizer": tokenizer,
        "sentence_punct": sorted(nlp.get_pipe("sentencizer").punct_chars),
        "number_words": sorted({*_num_words, *_ordinal_words}),
        "base_norms": dict(sorted(BASE_NORMS.items())),
        "forms": dict(sorted(forms.items())),
        "phrases": table(phrases), "lemma_phrases": table(lemma_phrases), "abbreviations": table(abbreviations),
        "exclusions": table(exclusions), "lemma_exclusions": table(lemma_exclusions),
        "patterns": patterns,
    }


def index_text(index: dict) -> str:
    return index_file_text(index)
