"""The topics a search query names, without spaCy: the same answer as classify.topics.query_topics
over the default pipeline, read from data/query_index.jsonl (prepared ahead by
scripts/build_query_index with the real pipeline: the tokenizer's rules, the taxonomy's phrasings
as token sequences, the dictionary forms that can matter). Loading spaCy costs seconds; a query
is a few words, so `ieptrail search` reads the index instead.

`topics_for_query` returns None where this reader cannot promise spaCy's answer (a line break,
which the pipeline's email_lines reads; an index that says it is incomplete, or was made from
another taxonomy.json than the one installed): the caller then asks the pipeline.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ieptrail.classify import taxonomy

INDEX_PATH = Path(__file__).resolve().parent / "data" / "query_index.jsonl"
FLAGS = ("IS_ALPHA", "IS_PUNCT", "IS_TITLE", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_SPACE", "LIKE_NUM")
STRING_ATTRS = ("ORTH", "TEXT", "LOWER", "NORM")
SETS = ("IN", "NOT_IN")
PLAIN_OPS = {None: (1, 1), "?": (0, 1), "*": (0, None), "+": (1, None)}
_COUNT_OP = re.compile(r"^\{(\d*+)(,?)(\d*+)\}$")
# the token-sequence tries, each stored as one line per first word (index_file_text) and parsed when a query
# starts with that word: a query of a few words touches a few dozen of their 40,000 nodes
LEXICONS = ("phrases", "lemma_phrases", "abbreviations", "exclusions", "lemma_exclusions")


@dataclass(frozen=True)
class Token:
    text: str
    idx: int
    norm: str  # as spaCy's NORM after iep_norms: the dictionary form of a word, else the tokenizer's norm

    @property
    def lower(self) -> str:
        return self.text.lower()


def operator_bounds(op: str | None) -> tuple[int, int | None] | None:
    """(at least, at most; None: no limit) for a Matcher operator this reader supports, else None."""
    if op in PLAIN_OPS:
        return PLAIN_OPS[op]
    match = _COUNT_OP.match(op or "")
    if not match or not (match.group(1) or match.group(3)):
        return None
    low = int(match.group(1) or 0)
    if not match.group(2):
        return low, low
    high = int(match.group(3)) if match.group(3) else None
    return None if high is not None and high < low else (low, high)


def unsupported(spec: dict) -> str | None:
    """What in one Matcher token spec this reader does not do (None: all of it)."""
    for key, value in spec.items():
        if key == "OP":
            if operator_bounds(value) is None:
                return f"OP {value!r}"
        elif key in FLAGS:
            if not isinstance(value, bool):
                return f"{key} {value!r}"
        elif key in STRING_ATTRS:
            if isinstance(value, dict):
                extra = set(value) - {*SETS, "REGEX"}
                if extra or (key == "NORM" and "REGEX" in value):  # a NORM regex could need any word's form
                    return f"{key} {sorted(value)}"
            elif not isinstance(value, str):
                return f"{key} {value!r}"
        else:
            return key
    return None


class LazyTrie:
    """{first word: trie node} over the node's JSON text, each node parsed on its first `get`."""

    def __init__(self, raw: dict[str, bytes]):
        self._raw = raw
        self._parsed: dict[str, dict] = {}

    def get(self, word: str, default=None):
        node = self._parsed.get(word)
        if node is None:
            raw = self._raw.get(word)
            if raw is None:
                return default
            node = self._parsed[word] = json.loads(raw)
        return node

    def items(self):
        """Every (first word, node): all of them parsed."""
        return [(word, self.get(word)) for word in self._raw]


class QueryIndex:
    def __init__(self, data: dict):
        self.complete = data["complete"]
        self.topics: list[str] = data["topics"]
        self.labels = {topic: frozenset(words) for topic, words in data["labels"].items()}
        self.whole_queries: dict[str, list[str]] = data["whole_queries"]
        self.load_tokenizer(data["tokenizer"])
        self.sentence_punct = frozenset(data["sentence_punct"])
        self.numbers = frozenset(data["number_words"])
        self.base_norms: dict[str, str] = data["base_norms"]  # a word's NORM where it is not its lower case
        self.forms: dict[str, str] = data["forms"]
        # token sequence tries: {word: {word: ..., "": [topics a sequence ending here names]}}
        self.lexicons = {name: data[name] for name in LEXICONS}
        self.patterns = [(topic, [(spec, operator_bounds(spec.get("OP"))) for spec in pattern])
                         for topic, pattern in data["patterns"]]
        self._regex: dict[str, re.Pattern] = {}

    # the tokenizer: spaCy's algorithm (tokenizer.pyx) over its own rules, exported into the index

    def load_tokenizer(self, tokenizer: dict) -> None:
        self.rules = {name: tokenizer[name] for name in ("prefix", "suffix", "infix", "token_match", "url_match")}
        self.specials: dict[str, list[list]] = tokenizer["specials"]
        self.known_spans: dict[str, list[list]] = tokenizer.get("spans", {})  # the taxonomy's words, cut ahead
        self.retokenized: dict[str, list[tuple[str, ...]]] = {}  # first token -> special cases found across tokens
        for sequence in tokenizer.get("retokenized", ()):
            self.retokenized.setdefault(sequence[0], []).append(tuple(sequence))

    def _rule(self, name: str) -> re.Pattern | None:
        """spaCy's affix expressions are large: each is compiled when a query first needs it."""
        if name not in self._regex:
            self._regex[name] = re.compile(self.rules[name]) if self.rules[name] else None
        return self._regex[name]

    def prefix(self, string: str) -> int:
        rule = self._rule("prefix")
        match = rule.search(string) if rule else None
        return match.end() - match.start() if match else 0

    def suffix(self, string: str) -> int:
        rule = self._rule("suffix")
        match = rule.search(string) if rule else None
        return match.end() - match.start() if match else 0

    def infixes(self, string: str) -> list[re.Match]:
        rule = self._rule("infix")
        return list(rule.finditer(string)) if rule else []

    def whole(self, string: str) -> bool:
        """spaCy's token_match or url_match: the string is one token."""
        return any(rule is not None and rule.match(string) for rule in map(self._rule, ("token_match", "url_match")))

    def _split(self, span: str, with_specials: bool) -> list[tuple[str, str | None]]:
        prefixes: list[str] = []
        suffixes: list[str] = []
        string = span
        last = 0
        while string and len(string) != last:
            token_match = self._rule("token_match")
            if token_match and token_match.match(string):
                break
            if with_specials and string in self.specials:
                break
            last = len(string)
            pre = self.prefix(string)
            if pre and with_specials and string[pre:] in self.specials:
                prefixes.append(string[:pre])
                string = string[pre:]
                break
            suf = self.suffix(string[pre:])
            if suf and with_specials and string[:-suf] in self.specials:
                suffixes.append(string[-suf:])
                string = string[:-suf]
                break
            if pre and suf and pre + suf <= len(string):
                prefixes.append(string[:pre])
                suffixes.append(string[-suf:])
                string = string[pre:-suf]
            elif pre:
                prefixes.append(string[:pre])
                string = string[pre:]
            elif suf:
                suffixes.append(string[-suf:])
                string = string[:-suf]
        middle: list[tuple[str, str | None]] = []
        if string:
            if with_specials and string in self.specials:
                middle = [(orth, norm) for orth, norm in self.specials[string]]
            elif self.whole(string):
                middle = [(string, None)]
            else:
                start = 0
                for match in self.infixes(string):
                    if match.start() == 0:
                        continue
                    if match.start() != start:
                        middle.append((string[start:match.start()], None))
                    if match.start() != match.end():
                        middle.append((string[match.start():match.end()], None))
                    start = match.end()
                if string[start:]:
                    middle.append((string[start:], None))
        return [(piece, None) for piece in prefixes] + middle + [(piece, None) for piece in suffixes[::-1]]

    def spans(self, text: str) -> list[tuple[int, str]]:
        """The text cut where spaCy cuts it before its rules: at single spaces, and between runs of
        space and non-space (a run of several spaces keeps all but one)."""
        pieces: list[tuple[int, str]] = []
        start = 0
        in_space = text[0].isspace()
        for i, char in enumerate(text):
            if char.isspace() != in_space:
                if start < i:
                    pieces.append((start, text[start:i]))
                start = i + 1 if char == " " else i
                in_space = not in_space
        if start < len(text):
            pieces.append((start, text[start:]))
        return pieces

    def tokenize_affixes(self, text: str, with_specials: bool = True) -> list[tuple[str, str | None, int]]:
        """(text, norm from a special case or None, offset) of each token, before the special cases
        that span tokens."""
        tokens: list[tuple[str, str | None, int]] = []
        for position, span in self.spans(text):
            if with_specials and span in self.specials:
                parts = [(orth, norm) for orth, norm in self.specials[span]]
            elif with_specials and span in self.known_spans:
                parts = [(orth, norm) for orth, norm in self.known_spans[span]]
            else:
                parts = self._split(span, with_specials)
            offset = position
            for orth, norm in parts:
                tokens.append((orth, norm, offset))
                offset += len(orth)
        return tokens

    def tokens(self, text: str) -> list[Token]:
        raw = self.tokenize_affixes(text)
        return [Token(orth, idx, self.word_form(orth) if orth.isalpha() else norm if norm is not None
                      else self.base_norms.get(orth, orth.lower()))
                for orth, norm, idx in self._retokenize(text, raw)]

    def _retokenize(self, text: str, raw: list[tuple[str, str | None, int]]) -> list[tuple[str, str | None, int]]:
        """spaCy's last step (Tokenizer._apply_special_cases): special cases found across the tokens
        the affix rules made, the longest first (then the earliest), replaced by their own tokens."""
        words = [orth for orth, _, _ in raw]
        spans = sorted({(i, i + len(sequence)) for i, word in enumerate(words)
                        for sequence in self.retokenized.get(word, ()) if tuple(words[i:i + len(sequence)]) == sequence},
                       key=lambda span: (span[0] - span[1], span[0]))
        seen: set[int] = set()
        kept = []
        for start, end in spans:
            if start not in seen and end - 1 not in seen:
                kept.append((start, end))
            seen.update(range(start, end))
        for start, end in sorted(kept, reverse=True):
            first, last = raw[start], raw[end - 1]
            special = self.specials.get(text[first[2]:last[2] + len(last[0])])
            if special is None:
                continue
            idx, parts = first[2], []
            for orth, norm in special:
                parts.append((orth, norm, idx))
                idx += len(orth)
            raw[start:end] = parts
        return raw

    def word_form(self, word: str) -> str:
        """classify.nlp.dictionary_form, for the words whose form can decide a match."""
        lower = word.lower()
        if lower.endswith(("er", "est")):
            return lower
        form = self.forms.get(lower)
        if form is not None:
            return form
        if len(lower) > 4 and lower.endswith("s") and not lower.endswith(("ss", "us", "is")) and lower[:-1].isalpha():
            return lower[:-1]
        return lower

    # sentences: the sentencizer's rule (email_lines only acts at line breaks, which go to spaCy)

    def sentence_starts(self, tokens: list[Token]) -> list[bool]:
        starts = [False] * len(tokens)
        if not tokens:
            return starts
        starts[0] = True
        start, seen_period = 0, False
        for i, token in enumerate(tokens):
            in_punct = token.text in self.sentence_punct
            if seen_period and not is_punct(token.text) and not in_punct:
                starts[start] = True
                start, seen_period = i, False
            elif in_punct:
                seen_period = True
        if start < len(tokens):
            starts[start] = True
        return starts

    # matching

    def _lexicon_matches(self, name: str, tokens: list[Token], attr: str) -> list[tuple[str, int, int]]:
        root = self.lexicons[name]
        found = []
        for start in range(len(tokens)):
            node = root
            for end in range(start, len(tokens)):
                node = node.get(getattr(tokens[end], attr))
                if node is None:
                    break
                found += [(topic, start, end + 1) for topic in node.get("", ())]
        return found

    def _fits(self, spec: dict, token: Token) -> bool:
        for key, value in spec.items():
            if key == "OP":
                continue
            if key in FLAGS:
                if flag(key, token.text, self.numbers) != value:
                    return False
                continue
            actual = token.text if key in ("ORTH", "TEXT") else token.lower if key == "LOWER" else token.norm
            if isinstance(value, str):
                if actual != value:
                    return False
                continue
            if "IN" in value and actual not in value["IN"]:
                return False
            if "NOT_IN" in value and actual in value["NOT_IN"]:
                return False
            if "REGEX" in value:
                regex = self._regex.get("REGEX " + value["REGEX"])
                if regex is None:
                    regex = self._regex["REGEX " + value["REGEX"]] = re.compile(value["REGEX"])
                if not regex.search(actual):
                    return False
        return True

    def _pattern_ends(self, pattern: list, tokens: list[Token], position: int, limit: int) -> set[int]:
        """Every end of a match of `pattern` starting at `position` within tokens[:limit]."""
        if not pattern:
            return {position}
        (spec, (low, high)), rest = pattern[0], pattern[1:]
        ends: set[int] = set()
        count = 0
        while True:
            if count >= low:
                ends |= self._pattern_ends(rest, tokens, position + count, limit)
            if (high is not None and count >= high) or position + count >= limit \
                    or not self._fits(spec, tokens[position + count]):
                return ends
            count += 1

    def _pattern_matches(self, tokens: list[Token], starts: list[bool]) -> list[tuple[str, int, int]]:
        sentences = [i for i, start in enumerate(starts) if start] + [len(tokens)]
        found = []
        for first, limit in zip(sentences, sentences[1:]):
            for topic, pattern in self.patterns:
                for start in range(first, limit):
                    found += [(topic, start, end) for end in self._pattern_ends(pattern, tokens, start, limit)
                              if end > start]
        return found

    def topics_for_query(self, query: str) -> tuple[str, ...] | None:
        text = query.strip()
        if not text:
            return ()
        lowered = text.lower().replace(" ", "_")
        if lowered in self.labels:
            return (lowered,)
        if not self.complete or "\n" in text:
            return None
        tokens = self.tokens(text)
        found = self._phrase_topics(text, tokens)
        if found:
            return found
        whole = self.whole_queries.get(" ".join(text.lower().split()))
        if whole:
            return tuple(whole)
        words = {token.norm for token in tokens if token.text.isalpha() and token.lower not in taxonomy.QUERY_FILLERS}
        if not words:
            return ()
        return tuple(topic for topic in self.topics if words <= self.labels[topic])

    def phrase_topics(self, query: str) -> tuple[str, ...] | None:
        """The topics whose taxonomy phrasings (phrases, patterns, abbreviations) match the query, as
        they would in a message: what the tagger has already read in every message's text. None where
        this reader cannot promise spaCy's answer."""
        text = query.strip()
        if not text:
            return ()
        if not self.complete or "\n" in text:
            return None
        return self._phrase_topics(text, self.tokens(text))

    def _phrase_topics(self, text: str, tokens: list[Token]) -> tuple[str, ...]:
        starts = self.sentence_starts(tokens)
        excluded: dict[str, list[tuple[int, int]]] = {}
        for topic, start, end in [*self._lexicon_matches("exclusions", tokens, "lower"),
                                  *self._lexicon_matches("lemma_exclusions", tokens, "norm")]:
            excluded.setdefault(topic, []).append((start, end))
        raw = [(topic, start, end, False) for topic, start, end in [
            *self._lexicon_matches("phrases", tokens, "lower"), *self._lexicon_matches("lemma_phrases", tokens, "norm"),
            *self._pattern_matches(tokens, starts)]]
        raw += [(topic, start, end, True) for topic, start, end in self._lexicon_matches("abbreviations", tokens, "text")]
        found = []
        for topic, start, end, is_abbreviation in raw:
            if any(a <= start and end <= b for a, b in excluded.get(topic, [])):
                continue
            if any(starts[start + 1:end]):
                continue
            if is_abbreviation and shouting(self._sentence_text(text, tokens, starts, tokens[start].idx)):
                continue
            found.append((tokens[start].idx, topic))
        return tuple(dict.fromkeys(topic for _, topic in sorted(found)))

    @staticmethod
    def _sentence_text(text: str, tokens: list[Token], starts: list[bool], char: int) -> str:
        """classify.nlp.sentence_at's text: sentences trimmed of their spaces, found by offset."""
        bounds = []
        first = [i for i, start in enumerate(starts) if start] + [len(tokens)]
        for a, b in zip(first, first[1:]):
            raw = text[tokens[a].idx:tokens[b - 1].idx + len(tokens[b - 1].text)]
            lead = len(raw) - len(raw.lstrip())
            bounds.append((tokens[a].idx + lead, tokens[a].idx + len(raw.rstrip())))
        index = bisect_right([start for start, _ in bounds], char) - 1
        if index < 0:
            return ""
        return text[bounds[index][0]:bounds[index][1]]


def is_punct(text: str) -> bool:
    return all(unicodedata.category(char).startswith("P") for char in text)


def like_num(text: str, number_words: frozenset[str]) -> bool:
    """spaCy's English LIKE_NUM."""
    if text.startswith(("+", "-", "±", "~")):
        text = text[1:]
    text = text.replace(",", "").replace(".", "")
    if text.isdigit():
        return True
    if text.count("/") == 1:
        numerator, denominator = text.split("/")
        if numerator.isdigit() and denominator.isdigit():
            return True
    lower = text.lower()
    return lower in number_words or (lower.endswith(("st", "nd", "rd", "th")) and lower[:-2].isdigit())


def flag(name: str, text: str, number_words: frozenset[str]) -> bool:
    if name == "LIKE_NUM":
        return like_num(text, number_words)
    if name == "IS_PUNCT":
        return is_punct(text)
    return {"IS_ALPHA": text.isalpha, "IS_TITLE": text.istitle, "IS_DIGIT": text.isdigit, "IS_LOWER": text.islower,
            "IS_UPPER": text.isupper, "IS_SPACE": text.isspace}[name]()


def shouting(text: str) -> bool:
    """classify.nlp._shouting."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) > 12 and sum(ch.isupper() for ch in letters) / len(letters) > 0.7


def index_file_text(index: dict) -> str:
    """The index as stored: a first line of JSON with everything but the tries and, for each trie,
    its first words in order; then one line of JSON per first word's node, in that order. Parsing
    all 40,000 nodes took most of a whole-process `ieptrail search`; this way a query parses the
    first line and the few nodes its words start."""
    head = {key: value for key, value in index.items() if key not in LEXICONS}
    head["lexicon_words"] = {name: list(index[name]) for name in LEXICONS}
    lines = [head] + [index[name][word] for name in LEXICONS for word in index[name]]
    return "".join(json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n" for line in lines)


def read_index_file(raw: bytes) -> dict:
    """The index from index_file_text's bytes, its tries as LazyTrie."""
    lines = raw.split(b"\n")
    data = json.loads(lines[0])
    position = 1
    for name in LEXICONS:
        words = data["lexicon_words"][name]
        data[name] = LazyTrie(dict(zip(words, lines[position:position + len(words)])))
        position += len(words)
    if position != len(lines) - 1 or lines[-1]:
        raise ValueError("the query index's lines do not match its first words")
    return data


@lru_cache(maxsize=1)
def query_index() -> QueryIndex | None:
    """The shipped index; None when it is missing or was made from another taxonomy than the one
    installed (scripts/build_query_index not run after a change): the caller then asks spaCy."""
    try:
        data = read_index_file(INDEX_PATH.read_bytes())
        if data["taxonomy_sha256"] != hashlib.sha256(taxonomy.TAXONOMY_PATH.read_bytes()).hexdigest():
            return None
        return QueryIndex(data)
    except (OSError, ValueError, KeyError):
        return None


def topics_for_query(query: str) -> tuple[str, ...] | None:
    """The topics `query` names, as the default pipeline reads it; None: ask the pipeline."""
    index = query_index()
    return index.topics_for_query(query) if index is not None else None


def phrase_topics(query: str) -> tuple[str, ...] | None:
    """The topics whose taxonomy phrasings match `query` itself (QueryIndex.phrase_topics); None: unknown."""
    index = query_index()
    return index.phrase_topics(query) if index is not None else None
