"""Split a message body into the author's new text, the quoted history and the signature.

Tagging reads only the new text, so the two boundaries matter:
- quoted history starts at the first reply/forward header ("On … wrote:", an Outlook
  From/Sent block, "-----Original Message-----", a forward marker) or at a run of "> " lines;
- the signature starts at "-- ", at a sign-off line that is the author's own name (with titles
  and credentials: "Priya Natarajan, M.S., CCC-SLP"), at "Sent from my iPhone", or at a
  confidentiality notice, provided what follows looks like a signature and not more prose.
All three parts are kept, nothing is dropped: new + signature + quoted is the whole body.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ieptrail.ingest.forwards import _APPLE_MARKER, _DASHED_MARKER, _HEADER_LINE, _LABEL_TO_FIELD, _UNDERSCORES

_WROTE = re.compile(
    r"^\s*(on\b.{4,300}?\b(wrote|writes)|le\b.{4,300}?a écrit|am\b.{4,300}?schrieb|el\b.{4,300}?escribió|"
    r"il\b.{4,300}?ha scritto|op\b.{4,300}?schreef|em\b.{4,300}?escreveu|den\b.{4,300}?skrev)\s*+(?::\s*+)?$",
    re.I | re.S,
)
_SENT_FROM_DEVICE = re.compile(
    r"^\s*(sent from my \w+|sent from (outlook|mail|yahoo mail|gmail)\b|get outlook for (ios|android)|"
    r"sent from the .{1,30} app|sent via .{1,30}|enviado desde mi \w+|von meinem \w+ gesendet)", re.I
)
_NOTICE = re.compile(
    r"^\W*+(confidentiality notice|confidential(ity)? (notice|statement)|disclaimer|privileged and confidential|"
    r"this (e-?mail|message)( message)?(, including any attachments,)? (is|and any|may contain|contains|"
    r"is intended)|the information (contained )?in this (e-?mail|message)|notice: this (e-?mail|message)|"
    r"please consider the environment|ferpa notice)",
    re.I,
)
_CLOSING = re.compile(
    r"^\s*(thanks|thank you|thanks so much|many thanks|best|best regards|kind regards|warm regards|regards|"
    r"sincerely|respectfully|cheers|take care|all the best|warmly|with gratitude|gratefully|appreciatively|"
    r"have a (great|good|nice) (day|evening|weekend|one))\b[^.?]{0,40}[,!.]?\s*$",
    re.I,
)
_TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "coach", "nurse", "sr", "jr"}
_CREDENTIAL = re.compile(
    r"^(m\.?\s?ed|m\.?\s?s|m\.?\s?a|b\.?\s?a|b\.?\s?s|ph\.?\s?d|ed\.?\s?d|ed\.?\s?s|psy\.?\s?d|"
    r"ccc-slp|ccc|slp|otr/?l|otr|cota|pt|dpt|lcsw|lpc|lmft|ncsp|bcba|rbt|rn|bsn|cas|nbct|"
    r"[a-z]{2,5}-[a-z]{2,5}|[a-z]\.)$",
    re.I,
)
_SIGNATURE_DASHES = re.compile(r"^(--|-- |—|__)\s*$")


@dataclass(frozen=True)
class BodyParts:
    new_text: str
    signature: str
    quoted: str


def _quoted_tail_counts(lines: list[str]) -> tuple[list[int], list[int]]:
    """For each index: how many non-blank lines from there to the end, and how many of them
    start with ">" (one backward pass, so a long body costs no more than reading it once)."""
    content, quoted = [0] * (len(lines) + 1), [0] * (len(lines) + 1)
    for index in range(len(lines) - 1, -1, -1):
        stripped = lines[index].strip()
        content[index] = content[index + 1] + (1 if stripped else 0)
        quoted[index] = quoted[index + 1] + (1 if stripped.startswith(">") else 0)
    return content, quoted


def _is_quote_header(lines: list[str], index: int, tail: tuple[list[int], list[int]] | None = None) -> int | None:
    """If a quoted message starts at lines[index], the index where it starts; else None."""
    line = lines[index].strip()
    if not line:
        return None
    if _DASHED_MARKER.match(line) or _APPLE_MARKER.match(line):
        return index
    if _UNDERSCORES.match(line):
        for ahead in lines[index + 1:index + 3]:
            match = _HEADER_LINE.match(ahead.strip())
            if match and _LABEL_TO_FIELD[match.group(1).lower()] == "from":
                return index
        return None
    if re.match(r"^-{3,}\s*original message\s*-{3,}$", line, re.I):
        return index
    header = _HEADER_LINE.match(line)
    if header and _LABEL_TO_FIELD[header.group(1).lower()] == "from" and "@" in line or (
        header and _LABEL_TO_FIELD[header.group(1).lower()] == "from" and line.startswith("*")
    ):
        labels = set()
        for ahead in lines[index + 1:index + 6]:
            match = _HEADER_LINE.match(ahead.strip())
            if match:
                labels.add(_LABEL_TO_FIELD[match.group(1).lower()])
        if "date" in labels and ("subject" in labels or "to" in labels):
            return index
    # "On Tue, Jan 6, 2026 at 7:42 PM Rosa Delgado <rosa@…> wrote:" may wrap over two or three lines
    if re.match(r"^\s*(on|le|am|el|il|op|em|den)\b", line, re.I):
        joined = line
        for extra in range(3):
            if _WROTE.match(joined) and re.search(r"\d", joined):
                return index
            if index + 1 + extra >= len(lines) or not lines[index + 1 + extra].strip():
                break
            joined += " " + lines[index + 1 + extra].strip()
        if _WROTE.match(joined) and re.search(r"\d", joined):
            return index
    if line.startswith(">"):
        # a run of quoted lines to the end (bottom-posting interleaved with replies stays new text)
        content, quoted = tail or _quoted_tail_counts(lines[index:])
        at = index if tail else 0
        if quoted[at] >= max(2, int(0.8 * content[at])):
            return index
    return None


def find_quote_start(lines: list[str]) -> int:
    tail = _quoted_tail_counts(lines) if any(line.lstrip().startswith(">") for line in lines) else None
    for index in range(len(lines)):
        start = _is_quote_header(lines, index, tail)
        if start is not None:
            return start
    return len(lines)


def _name_tokens(name: str | None, email: str | None) -> set[str]:
    tokens: set[str] = set()
    for part in re.split(r"[\s,]+", name or ""):
        cleaned = re.sub(r"[^\w'-]", "", part).lower()
        if len(cleaned) >= 2 and cleaned not in _TITLES:
            tokens.add(cleaned)
    if email:
        for part in re.split(r"[._\-+0-9]+", email.split("@")[0]):
            if len(part) >= 2:
                tokens.add(part.lower())
    return tokens


_NICKNAME = re.compile(r"^[A-Z][a-z'’-]{1,14}$")


def _is_name_line(line: str, name_tokens: set[str]) -> bool:
    """A sign-off line made only of the author's name, titles, initials and credentials."""
    text = line.strip().lstrip("-–—~ ").strip()
    text = re.sub(r"^(thanks|thank you|best|regards|cheers|sincerely|warmly|xo|love)\s*[,!.]\s*", "", text, flags=re.I)
    if not text or len(text) > 90 or not name_tokens:
        return False
    words = [word for word in re.split(r"[\s,|/]+", text) if word]
    matched = nicknames = 0
    for word in words:
        bare = re.sub(r"[^\w'-]", "", word).lower()
        if bare in name_tokens:
            matched += 1
        elif bare in _TITLES or _CREDENTIAL.match(word.strip(".,")) or (len(bare) == 1 and bare.isalpha()):
            continue
        elif _NICKNAME.match(word) and nicknames == 0:
            nicknames += 1  # "Roz Trujillo" signed by Rosalinda Trujillo: the surname is enough beside one other name
        else:
            return False
    return matched >= 1 and (nicknames == 0 or len(words) <= 3)


def _signature_tails(lines: list[str]) -> list[bool]:
    """For each index i: do lines[i:] look like what follows a sign-off (contact details, titles,
    notices, perhaps one line of boilerplate)? A P.S. or several lines of prose mean the sign-off
    was not the end of the author's text. One backward pass over the lines."""
    verdicts = [True] * (len(lines) + 1)
    prose = other = 0
    postscript = False
    for index in range(len(lines) - 1, -1, -1):
        text = lines[index].strip()
        if text and not _NOTICE.match(text) and not _SENT_FROM_DEVICE.match(text):
            if re.match(r"^p\.?\s?s\.?\b", text, re.I):
                postscript = True
            elif len(text) > 110 and len(re.findall(r"[a-z][.?!](\s|$)", text)) >= 2 and not re.search(
                    r"\d{3}[-.) ]\d{3}|@|https?://", text):
                prose += 1
            else:
                other += 1
        verdicts[index] = not postscript and (prose == 0 or (prose == 1 and other >= 2))
    return verdicts


def find_signature_start(lines: list[str], author_name: str | None, author_email: str | None) -> int:
    """Index of the first signature line among `lines` (the part above any quote), or len(lines)."""
    tokens = _name_tokens(author_name, author_email)
    content = [index for index, line in enumerate(lines) if line.strip()]
    if not content:
        return len(lines)
    first_content = content[0]
    tails: list[bool] | None = None  # computed once, on the first name line
    for index in content:
        text = lines[index].strip()
        if index == first_content and len(content) > 1:
            # the first line is a greeting, never a signature, unless it is all there is
            if _SIGNATURE_DASHES.match(text):
                return index
            continue
        if _SIGNATURE_DASHES.match(lines[index].rstrip("\n")) or text in ("--", "-- "):
            return index
        if _SENT_FROM_DEVICE.match(text) or _NOTICE.match(text):
            return index
        if _is_name_line(text, tokens):
            tails = tails or _signature_tails(lines)
            if tails[index + 1]:
                return index
    return len(lines)


def split_body(text: str, author_name: str | None = None, author_email: str | None = None) -> BodyParts:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    quote_start = find_quote_start(lines)
    own = lines[:quote_start]
    signature_start = find_signature_start(own, author_name, author_email)
    new_text = "\n".join(own[:signature_start]).strip()
    signature = "\n".join(own[signature_start:]).strip()
    quoted = "\n".join(lines[quote_start:]).strip()
    return BodyParts(new_text=new_text, signature=signature, quoted=quoted)
