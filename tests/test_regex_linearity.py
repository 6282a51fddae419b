"""Every regular expression that reads mail runs in time linear in the length of the text.

A hostile or broken email must not stall the importer or the worker: a From header of 2,000
"@" once took 43 s (cubic), and a 1 MB name minutes. regex_attack.py builds, for each pattern,
strings that make a backtracking pattern slow, and this test measures how its running time grows
from n to 4n characters.
"""
from __future__ import annotations

import re
import time

import pytest

from regex_attack import Growth, MailPattern, mail_patterns, superlinear_growth

PATTERNS = mail_patterns()  # every module of the application: mail text reaches most of them
# Patterns over the user's own settings (IEPTRAIL_STUDENTS), never over mail text.
NOT_MAIL = {r"\(([^)]*)\)", r"\s*\([^)]*\)"}


def test_the_collector_finds_the_patterns_that_read_mail():
    names = {found.where for found in PATTERNS}
    for expected in ("ieptrail.ingest.addresses._MAILTO_INLINE", "ieptrail.ingest.forwards._CAPITALIZED_RUN",
                     "ieptrail.ingest.bodysplit._NOTICE", "ieptrail.classify.promises._CLAUSE_BREAK"):
        assert expected in names
    assert len(PATTERNS) > 150


def test_the_attack_finds_a_quadratic_and_a_cubic_pattern():
    """The measurement itself: the patterns of issue 13 as they were are caught."""
    cubic = MailPattern("old _MAILTO_INLINE", re.compile(r"([^\s<>]+@[^\s<>]+)<mailto:[^<>]*>", re.I), False)
    quadratic = MailPattern("old _ON_BEHALF", re.compile(r"\s+on behalf of\s+.*$", re.I), False)
    prefixed = MailPattern("old _HEADER_LINE", re.compile(r"^\**\s*(from|to)\s*\**\s*[:]\s*(.*)$", re.I), True)
    for found in (cubic, quadratic, prefixed):
        growth = superlinear_growth(found)
        assert growth is not None and growth.exponent > 1.5, found.where
    assert superlinear_growth(MailPattern("linear", re.compile(r"(?<!\s)\s++on behalf of\s.*", re.I | re.S), False)) is None


@pytest.mark.parametrize("found", [p for p in PATTERNS if p.pattern.pattern not in NOT_MAIL], ids=lambda p: p.where)
def test_pattern_is_linear_on_adversarial_input(found: MailPattern):
    growth: Growth | None = superlinear_growth(found)
    assert growth is None, f"{found.where} {found.pattern.pattern!r} is super-linear: {growth.describe()}"
