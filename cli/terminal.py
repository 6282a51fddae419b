"""Text from mail, made safe to print on a terminal.

An email can carry escape sequences (ESC [ … that move the cursor, retitle the window or hide
text), NUL, and bidi overrides such as U+202E that make "exe.txt" show as "txt.exe". Printed as
they are, they let a sender rewrite what `search` and `show` put on the screen. Only the
printing is changed: each such character is shown as a visible escape (\\x1b, \\u202e); the
stored record keeps the bytes as received.
"""
from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, C1 controls, bidi embeddings/overrides/isolates, the
# line and paragraph separators, and lone surrogates (bytes of a file name that were not UTF-8)
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _visible(match: re.Match) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def sanitize_for_terminal(text: str) -> str:
    return _UNSAFE.sub(_visible, text)


def escape_for_json_terminal(json_text: str) -> str:
    """The same characters as JSON escapes (\\u202e): still the same JSON value, safe to print."""
    return _UNSAFE.sub(lambda match: f"\\u{ord(match.group(0)):04x}", json_text)
