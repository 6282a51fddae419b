"""Every regular expression the project runs over mail text, and inputs built to make each one
backtrack: the growth of its running time from n to 4n characters tells linear from not.

Python's `re` backtracks, so a pattern can take quadratic, cubic or exponential time on text
made for it (a From header of 2,000 "@" took 43 s). Patterns are collected from the source
(module-level compiled patterns, and literal patterns passed to re.match/search/sub/… inside
functions) together with the way they are called (match: anchored at the start; anything else
scans every position). Attack strings follow the classic construction: a prefix the pattern
accepts, then a long run of one character, then a character that makes the match fail. The
prefixes are built from the pattern itself (one string per alternative it accepts, read off its
parse tree), the run characters are the characters of those strings and a fixed alphabet.
"""
from __future__ import annotations

import ast
import importlib
import math
import re
import re._compiler as sre_compiler
import re._constants as sre
import re._parser as sre_parser
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_CALLS = {"match": 2, "fullmatch": 2, "search": 2, "sub": 4, "subn": 4, "findall": 2, "finditer": 2, "split": 3}
ALPHABET = list("aZ0_ \t\n@.,;:-'\"<>()[]/*+!?#&|\\") + ["\xa0", "É", "—", "“", "»", "你"]


@dataclass(frozen=True)
class MailPattern:
    where: str  # module.NAME or module:line
    pattern: re.Pattern
    anchored: bool  # only ever called with .match/.fullmatch


def _methods_used(name: str, source: str) -> set[str]:
    return set(re.findall(rf"\b{re.escape(name)}(?:\[[^\]]*\])?\.(\w+)\(", source)) & set(_CALLS)


def _module_patterns(module_name: str, source: str) -> list[MailPattern]:
    module = importlib.import_module(module_name)
    found = []
    for name, value in vars(module).items():
        items = [(name, value)]
        if isinstance(value, dict):
            items = [(f"{name}[{key!r}]", item) for key, item in value.items()]
        elif isinstance(value, (list, tuple)):
            items = [(f"{name}[{index}]", item) for index, item in enumerate(value)]
        for label, item in items:
            if isinstance(item, re.Pattern):
                used = _methods_used(name, source)
                found.append(MailPattern(f"{module_name}.{label}", item, bool(used) and used <= {"match", "fullmatch"}))
    return found


def _inline_patterns(module_name: str, source: str) -> list[MailPattern]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"
                and node.func.attr in _CALLS and isinstance(node.args[0], ast.Constant)):
            continue
        position = _CALLS[node.func.attr]
        flags_node = node.args[position] if len(node.args) > position else None
        for keyword in node.keywords:
            if keyword.arg == "flags":
                flags_node = keyword.value
        flags = eval(compile(ast.Expression(flags_node), module_name, "eval"), {"re": re}) if flags_node else 0
        found.append(MailPattern(f"{module_name}:{node.lineno}", re.compile(node.args[0].value, flags),
                                 node.func.attr in ("match", "fullmatch")))
    return found


NOT_APPLICATION = {"tests", "bench", "scripts", "sample", "migrations"}


def application_files() -> list[Path]:
    """Every module of the application: the packages (any folder with __init__.py, at any depth,
    but the tests, benchmarks and migrations) and the modules at the top (run_worker.py aside)."""
    files = [path for path in sorted(ROOT.glob("*.py")) if path.name not in ("__init__.py", "run_worker.py")]
    for init in sorted(ROOT.rglob("__init__.py")):
        folder = init.parent
        parts = folder.relative_to(ROOT).parts
        if folder != ROOT and not NOT_APPLICATION.intersection(parts) and not any(p.startswith(".") for p in parts):
            files += sorted(folder.glob("*.py"))
    return files


def mail_patterns(files: list[Path] | None = None) -> list[MailPattern]:
    """Every distinct pattern in these files (default: the whole application), one entry each."""
    files = application_files() if files is None else files
    by_pattern: dict[tuple, MailPattern] = {}
    for path in files:
        module_name = "ieptrail." + ".".join(path.relative_to(ROOT).with_suffix("").parts)
        source = path.read_text(encoding="utf-8")
        for found in _module_patterns(module_name, source) + _inline_patterns(module_name, source):
            key = (found.pattern.pattern, found.pattern.flags)
            earlier = by_pattern.get(key)
            # a pattern called with search anywhere must be linear for search
            if earlier is None or (earlier.anchored and not found.anchored):
                by_pattern[key] = found
    return list(by_pattern.values())


# --- strings the pattern accepts, read off its parse tree ------------------------------------

def _set_members(items, state, flags: int) -> list[str]:
    one_class = sre_compiler.compile(sre_parser.SubPattern(state, [(sre.IN, items)]), flags)
    return [char for char in ALPHABET if one_class.fullmatch(char)]


def _accepted(data, state, flags: int, variant: int) -> str:
    out = []
    for op, av in data:
        if op is sre.LITERAL:
            out.append(chr(av))
        elif op is sre.NOT_LITERAL:
            out.append("a" if av != ord("a") else "b")
        elif op is sre.ANY:
            out.append("a")
        elif op is sre.IN:
            members = _set_members(av, state, flags)
            out.append(members[variant % len(members)] if members else "")
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, high, sub = av
            count = min(max(low, 1), high, 64)
            out.append("".join(_accepted(sub, state, flags, variant + turn) for turn in range(count)))
        elif op is sre.SUBPATTERN:
            out.append(_accepted(av[3], state, flags, variant))
        elif op is sre.ATOMIC_GROUP:
            out.append(_accepted(av, state, flags, variant))
        elif op is sre.BRANCH:
            branches = av[1]
            out.append(_accepted(branches[variant % len(branches)], state, flags, variant))
        elif op is sre.GROUPREF_EXISTS:
            out.append(_accepted(av[1], state, flags, variant))
        # AT (anchors), ASSERT/ASSERT_NOT (lookarounds), GROUPREF: nothing to add
    return "".join(out)


def accepted_strings(pattern: re.Pattern, variants: int = 4) -> list[str]:
    text = pattern.pattern.decode("latin-1") if isinstance(pattern.pattern, bytes) else pattern.pattern
    flags = pattern.flags & ~re.UNICODE if isinstance(pattern.pattern, bytes) else pattern.flags
    parsed = sre_parser.parse(text, flags)
    return sorted({_accepted(parsed.data, parsed.state, parsed.state.flags, variant) for variant in range(variants)})


def attacks(pattern: re.Pattern) -> list[tuple[str, str, str]]:
    """(prefix, run character, tail) triples: prefix + run * n + tail should fail slowly if it can."""
    found = {(prefix, char, tail) for char in ALPHABET for prefix in ("",) for tail in ("", "\x00")}
    for accepted in accepted_strings(pattern):
        for index in range(len(accepted) + 1):
            runs = {" ", accepted[index - 1] if index else " ", accepted[index] if index < len(accepted) else " "}
            for char in runs:
                for tail in ("", "\x00"):
                    found.add((accepted[:index], char, tail))
    return sorted(found)


# --- timing ---------------------------------------------------------------------------------

def _subject(pattern: re.Pattern, text: str):
    return text.encode("utf-8") if isinstance(pattern.pattern, bytes) else text


def cpu_seconds(found: MailPattern, text: str, repeats: int) -> float:
    """The least CPU time of this thread over `repeats` runs (other processes do not count)."""
    subject = _subject(found.pattern, text)
    best = float("inf")
    for _ in range(repeats):
        started = time.thread_time()
        if found.anchored:
            found.pattern.match(subject)
        else:
            for _match in found.pattern.finditer(subject):
                pass
        best = min(best, time.thread_time() - started)
    return best


@dataclass(frozen=True)
class Growth:
    attack: tuple[str, str, str]
    n: int
    factor: int  # the second length is n * factor
    seconds_n: float
    seconds_large: float

    @property
    def exponent(self) -> float:
        """k in time ~ n**k between the two lengths: 1 for a linear pattern, 2 for a quadratic one."""
        return math.log(max(self.seconds_large, 1e-9) / max(self.seconds_n, 1e-9)) / math.log(self.factor)

    def describe(self) -> str:
        prefix, char, tail = self.attack
        return (f"{prefix!r} + {char!r} * n + {tail!r}: {self.seconds_n * 1e3:.2f} ms at n={self.n}, "
                f"{self.seconds_large * 1e3:.2f} ms at n={self.factor * self.n}: time grows as n^{self.exponent:.1f}")


# Linear is n^1, quadratic n^2. Below the floor the clock cannot tell; a super-linear pattern is
# far above it at these lengths (a quadratic one takes milliseconds at a few thousand characters).
MAX_EXPONENT = 1.5
FLOOR_SECONDS = 0.0005
SCREEN_N, CONFIRM_N = 200, 1000


def _growth(found: MailPattern, attack: tuple[str, str, str], n: int, factor: int, repeats: int) -> Growth:
    prefix, char, tail = attack
    return Growth(attack, n, factor, cpu_seconds(found, prefix + char * n + tail, repeats),
                  cpu_seconds(found, prefix + char * n * factor + tail, repeats))


def superlinear_growth(found: MailPattern) -> Growth | None:
    """The first attack whose running time grows faster than linear, or None."""
    for attack in attacks(found.pattern):
        prefix, char, tail = attack
        small = cpu_seconds(found, prefix + char * SCREEN_N + tail, 1)
        if small > 0.02:  # no linear pattern needs 20 ms for a few hundred characters
            return _growth(found, attack, SCREEN_N, 2, 1)
        screen = Growth(attack, SCREEN_N, 4, small, cpu_seconds(found, prefix + char * 4 * SCREEN_N + tail, 1))
        if screen.seconds_large < FLOOR_SECONDS or screen.exponent <= MAX_EXPONENT:
            continue  # fast, or not growing: linear for this attack
        growth = _growth(found, attack, CONFIRM_N, 4, 3)  # a suspect: measure again, longer and best of 3
        if growth.seconds_large >= FLOOR_SECONDS and growth.exponent > MAX_EXPONENT:
            return growth
    return None
