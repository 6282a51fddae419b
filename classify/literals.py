"""The literal words a regex cannot match without, so that text lacking them is passed over.

A long alternation (`\\b(?:cancel…|did not happen|…)`, re.I) is tried branch by branch at every
word of a sentence, and most sentences hold the words of only a few branches. `Alternation` reads,
from the regex itself, the strings one of which each branch's every match contains, and searches a
text with a regex of the branches whose strings the text holds. A branch left out matches nowhere
in that text, so at every position the same branch wins: the matches are the same.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from re import _parser  # the standard library's own parse of a pattern (its literals, groups, repeats)

# characters that re.IGNORECASE takes for an ASCII letter although str.lower() does not give that letter
# (or gives two characters): a text holding one is searched with the whole regex
_UNUSUAL_CASE = re.compile("[\u0130\u0131\u017f\u212a]")


def required(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Lower-case strings one of which every match of `pattern` contains, or None when none is certain."""
    try:
        parsed = _parser.parse(pattern, flags)
    except re.error:
        return None
    return _best(_needs(parsed))


# id(pattern) -> (pattern, its requirements): a pattern's own hash reads its whole compiled program each time
_REQUIREMENTS: dict[int, tuple[re.Pattern, tuple[tuple[str, ...], ...]]] = {}
_LAST: tuple[str | None, str | None] = (None, None)  # the text last lowered (most are asked several patterns)


def lacks(pattern: re.Pattern, text: str) -> bool:
    """Whether `text` lacks every string of one of the requirements of `pattern` (each a set of strings one of which
    every match contains: see `requirements`), so that it matches nowhere in it (search, match, from any position)."""
    known = _REQUIREMENTS.get(id(pattern))
    if known is None or known[0] is not pattern:
        found = requirements(pattern.pattern, pattern.flags) if isinstance(pattern.pattern, str) else None
        known = _REQUIREMENTS[id(pattern)] = (pattern, found or ())
    if not known[1]:
        return False
    lowered = _lowered(text)
    if lowered is None:
        return False
    for strings in known[1]:
        for string in strings:
            if string in lowered:
                break
        else:
            return True
    return False


def may_match(pattern: re.Pattern, text: str) -> bool:
    """Whether `text` may hold a match of `pattern` (it lacks none of the requirements)."""
    return not lacks(pattern, text)


def _lowered(text: str) -> str | None:
    """text.lower(), or None when the text holds a character whose case the regexes read otherwise."""
    global _LAST
    last = _LAST
    if last[0] is not text:
        last = _LAST = (text, None if not text.isascii() and _UNUSUAL_CASE.search(text) else text.lower())
    return last[1]


def search(pattern: re.Pattern, text: str, *bounds: int) -> re.Match | None:
    """pattern.search(text, *bounds), without running it over a text that lacks its literal strings."""
    return None if lacks(pattern, text) else pattern.search(text, *bounds)


def match(pattern: re.Pattern, text: str, *bounds: int) -> re.Match | None:
    return None if lacks(pattern, text) else pattern.match(text, *bounds)


def finditer(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    return iter(()) if lacks(pattern, text) else pattern.finditer(text)


def requirements(pattern: str, flags: int = 0) -> tuple[tuple[str, ...], ...] | None:
    """Every requirement of `pattern`, each a tuple of lower-case strings one of which every match contains (all
    of them hold, unlike `required`, which is the most telling one alone); None when the pattern does not parse.
    A class of a few letters ("[Ww]e", "['’]ll") is read as its letters, so that "we" and "'ll" are asked for, not
    "e" and "ll". The most telling requirement comes first."""
    try:
        parsed = _parser.parse(pattern, flags)
    except re.error:
        return None
    found = {tuple(sorted(strings)) for strings in _needs(parsed, expand=True)}
    return tuple(sorted(found, key=lambda strings: (-min(map(len, strings)), len(strings), strings)))


def _holds(needs: tuple[tuple[str, ...], ...], lowered: str) -> bool:
    """Whether the lower-cased text holds a string of each requirement."""
    for strings in needs:
        for string in strings:
            if string in lowered:
                break
        else:
            return False
    return True


class AnyOf:
    """Several regexes asked at once whether a text may match one of them: `may_match` of each, in one loop (a
    function call per regex cost as much as the checks). Their requirements are read when first asked."""

    def __init__(self, patterns: tuple[re.Pattern, ...]):
        self.patterns = patterns
        self._table: tuple[tuple[tuple[str, ...], ...], ...] | None = None

    def __call__(self, text: str) -> bool:
        table = self._table
        if table is None:
            table = self._table = tuple(
                (requirements(pattern.pattern, pattern.flags) if isinstance(pattern.pattern, str) else None) or ()
                for pattern in self.patterns)
        lowered = _lowered(text)
        if lowered is None:
            return True
        for needs in table:  # a regex with no requirement (or none read) may match anything
            for strings in needs:
                for string in strings:
                    if string in lowered:
                        break
                else:
                    break  # this regex cannot match: the next
            else:
                return True
        return False


def _best(options: list[frozenset[str]]) -> frozenset[str] | None:
    """The most telling of several requirements that all hold: the longest shortest string, then the fewest."""
    return min(options, key=lambda strings: (-min(map(len, strings)), len(strings)), default=None)


def _needs(items, expand: bool = False) -> list[frozenset[str]]:
    """Requirements of a sequence: each a set of strings one of which every match contains.
    With `expand`, a class of a few literal characters is read as those characters (the strings branch on it)."""
    found: list[frozenset[str]] = []
    run: set[str] = {""}  # the literal strings the sequence has read since its last gap
    for op, value in items:
        chars = _literal_chars(op, value, expand)
        if chars is not None and len(run) * len(chars) <= _MOST_STRINGS:
            run = {start + char for start in run for char in chars}
            continue
        if run != {""}:
            found.append(frozenset(run))
            run = {""}
        if chars is not None:  # too many strings: the class is where the run stops and the next begins
            run = set(chars)
            continue
        found += _needs_of(op, value, expand)
    if run != {""}:
        found.append(frozenset(run))
    return found


_MOST_STRINGS = 8  # strings a run of literals and classes may branch into before it is cut


def _literal_chars(op, value, expand: bool) -> set[str] | None:
    """The lower-case characters one item matches, when it is a literal (or, with `expand`, a class of at most four
    literals) whose case str.lower() reads as the regex does; else None."""
    if op is _parser.LITERAL:
        chars = [chr(value)]
    elif expand and op is _parser.IN and 0 < len(value) <= 4 and all(kind is _parser.LITERAL for kind, _ in value):
        chars = [chr(code) for _, code in value]
    else:
        return None
    if not all(char.isascii() or char.lower() == char == char.upper() for char in chars):
        return None  # (a caseless mark such as "’" is read as itself; a non-ASCII letter may fold otherwise)
    return {char.lower() for char in chars}


def _needs_of(op, value, expand: bool = False) -> list[frozenset[str]]:
    if op is _parser.SUBPATTERN:
        return _needs(value[-1], expand)
    if op is _parser.ATOMIC_GROUP:
        return _needs(value, expand)
    if op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT):
        low, _, item = value
        return _needs(item, expand) if low >= 1 else []
    if op is _parser.BRANCH:
        alternatives = [_best(_needs(items, expand)) for items in value[1]]
        return [] if None in alternatives else [frozenset().union(*alternatives)]
    return []  # anchors, lookarounds, classes, any: nothing certain


def _split(source: str) -> tuple[str, list[str], str] | None:
    """The pattern's alternatives: `A|B|…` -> ("", [A, B, …], ""); else, for the first group that holds
    alternatives, `prefix(?:A|B|…)suffix` -> (prefix + "(?:", [A, B, …], ")" + suffix). None when it has none."""
    depth, top, opened, inner, group = 0, [], None, [], None
    i = 0
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = _class_end(source, i)
            continue
        if char == "(":
            depth += 1
            if depth == 1 and group is None and source.startswith("(?:", i):
                opened, inner = i + 3, []
        elif char == ")":
            depth -= 1
            if depth == 0 and opened is not None and group is None:
                if inner:
                    group = (opened, inner, i)
                opened = None
        elif char == "|" and depth == 0:
            top.append(i)
        elif char == "|" and depth == 1 and opened is not None:
            inner.append(i)
        i += 1
    if top:
        cuts = [-1, *top, len(source)]
        return "", [source[a + 1:b] for a, b in zip(cuts, cuts[1:])], ""
    if group is None:
        return None
    opened, bars, closed = group
    cuts = [opened - 1, *bars, closed]
    return source[:opened], [source[a + 1:b] for a, b in zip(cuts, cuts[1:])], source[closed:]


def _class_end(source: str, start: int) -> int:
    """The index after the character class opening at `start`."""
    i = start + 1
    if i < len(source) and source[i] == "^":
        i += 1
    if i < len(source) and source[i] == "]":
        i += 1
    while i < len(source) and source[i] != "]":
        i += 2 if source[i] == "\\" else 1
    return i + 1


_LETTERS = re.compile(r"[a-z]+")
WORDS_REMEMBERED = 20_000  # runs of letters whose needles a Needles keeps (bounded, whatever the mail holds)
_LAST_RUNS: tuple[str | None, frozenset[str]] = (None, frozenset())  # most texts are asked for several sets


def _mask(indices) -> int:
    mask = 0
    for index in indices:
        mask |= 1 << index
    return mask


def bits(mask: int) -> list[int]:
    """The places of the bits set in a mask, lowest first."""
    found = []
    while mask:
        found.append((mask & -mask).bit_length() - 1)
        mask &= mask - 1
    return found


def _letter_runs(lowered: str) -> frozenset[str]:
    """The maximal runs of the letters a-z in a lower-cased text."""
    global _LAST_RUNS
    if _LAST_RUNS[0] is not lowered:
        _LAST_RUNS = (lowered, frozenset(_LETTERS.findall(lowered)))
    return _LAST_RUNS[1]


class Needles:
    """Which of a fixed set of lower-case strings a lower-cased text holds: the union of the bit masks given for
    those it holds. A string of the letters a-z alone is in a text only inside one of its runs of those letters,
    so what each run (a word) holds is worked out once and remembered; the other strings are sought as before."""

    def __init__(self, masks: dict[str, int]):
        self.masks = masks
        self.letters = {needle: mask for needle, mask in masks.items() if _LETTERS.fullmatch(needle)}
        self.others = [(needle, mask) for needle, mask in masks.items() if needle not in self.letters]
        self._in_word: dict[str, int] = {}  # a run of letters -> the union of the masks of the strings it holds

    @classmethod
    def side_by_side(cls, tables: list[Needles]) -> tuple[Needles, list[tuple[int, int]]]:
        """One Needles for several, each table's bits shifted past the ones before (a text's words are read once
        for all of them), and for each table the (shift, width) that takes its own mask back out of the union:
        `(found >> shift) & ((1 << width) - 1)` is what the table alone finds, since a union of masks shifts bit by bit."""
        masks: dict[str, int] = {}
        places = []
        shift = 0
        for table in tables:
            width = max((mask.bit_length() for mask in table.masks.values()), default=0)
            for needle, mask in table.masks.items():
                masks[needle] = masks.get(needle, 0) | mask << shift
            places.append((shift, width))
            shift += width
        return cls(masks), places

    def __call__(self, lowered: str) -> int:
        found = 0
        in_word = self._in_word
        for word in _letter_runs(lowered):
            mask = in_word.get(word)
            found |= self._word(word) if mask is None else mask
        for needle, mask in self.others:
            if needle in lowered:
                found |= mask
        return found

    def _word(self, word: str) -> int:
        if len(self._in_word) >= WORDS_REMEMBERED:
            self._in_word.clear()
        found = 0
        for needle, mask in self.letters.items():
            if needle in word:
                found |= mask
        self._in_word[word] = found
        return found


class Alternation:
    """A compiled `\\b(?:A|B|…)suffix` or `A|B|…`, searched in each text with only the branches it can match.

    Each branch is its own regex, searched from where the last match ended; the leftmost match wins, and
    at one position the first branch in the pattern's order, as in the whole pattern's own search."""

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        parts = None if pattern.flags & re.VERBOSE else _split(pattern.pattern)
        if parts is not None and parts[0] not in ("", "(?:", "\\b(?:"):
            parts = None  # a prefix that may match in several ways would be tried before the branches
        prefix, self.branches, suffix = parts if parts else ("", [], "")
        self.sources = [prefix + branch + suffix for branch in self.branches]
        self.regexes: list[re.Pattern | None] = [None] * len(self.branches)  # compiled when first needed
        self.always: list[int] = []  # branches with no certain string: searched in every text
        self.by_needle: dict[str, list[int]] = {}  # each string of a branch's most telling requirement -> branches
        self.others: list[tuple[tuple[str, ...], ...]] = []  # each branch's other requirements, checked after
        for index, branch in enumerate(self.branches):
            needs = requirements(branch, pattern.flags) or ()
            self.others.append(needs[1:])
            if not needs:
                self.always.append(index)
            for needle in needs[0] if needs else ():
                self.by_needle.setdefault(needle, []).append(index)
        self.needles = Needles({needle: _mask(indices) for needle, indices in self.by_needle.items()})
        self.always_mask = _mask(self.always)

    def kept(self, text: str, lowered: str, held: int | None = None) -> list[int] | None:
        """The branches `text` may match, in order; None when every one is to be tried. `held`: what
        `self.needles(lowered)` gives, when it was worked out already (see Needles.side_by_side)."""
        if not self.branches or (not text.isascii() and _UNUSUAL_CASE.search(text)):
            return None
        found = self.needles(lowered) if held is None else held
        return [index for index in bits(self.always_mask | found) if _holds(self.others[index], lowered)]

    def _regex(self, index: int) -> re.Pattern:
        regex = self.regexes[index]
        if regex is None:
            regex = self.regexes[index] = re.compile(self.sources[index], self.pattern.flags)
        return regex

    def finditer(self, text: str, lowered: str | None = None, held: int | None = None) -> Iterator[re.Match]:
        kept = self.kept(text, text.lower() if lowered is None else lowered, held)
        if kept is None:
            yield from self.pattern.finditer(text)
            return
        ahead = {index: self._regex(index).search(text) for index in kept}  # each branch's next match
        while True:
            found = [(match.start(), index) for index, match in ahead.items() if match is not None]
            if not found:
                return
            match = ahead[min(found)[1]]
            if match.end() == match.start():  # an empty match: the whole pattern's rules for stepping on
                yield from self.pattern.finditer(text, match.start())
                return
            yield match
            for index, other in ahead.items():
                if other is not None and other.start() < match.end():
                    ahead[index] = self._regex(index).search(text, match.end())
