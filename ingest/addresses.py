"""Mailbox lists as they appear in headers and in client-written forward blocks."""
from __future__ import annotations

import re
from dataclasses import dataclass
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from email.utils import getaddresses

from ieptrail.config.providers import is_public_mail_domain

# Header text is hostile input: every pattern below runs in time linear in its length. A run of
# address characters is matched whole (possessive ++) from its first character only (the
# lookbehind), and "has an @" is a lookahead, so no run is rescanned from each of its positions.
_ADDRESS_RUN = r"(?=[^<>\s]+@[^<>\s])([^<>\s]++)"  # a@b with nothing but address characters around
_MAILTO_ANGLE = re.compile(rf"<{_ADDRESS_RUN}<mailto:[^<>]*>>", re.I)  # x@y<mailto:x@y> inside <>
_MAILTO_BRACKET = re.compile(r"\[mailto:([^\]\s]+)\]", re.I)  # Outlook 2013: Name [mailto:x@y]
_MAILTO_INLINE = re.compile(rf"(?<![^<>\s]){_ADDRESS_RUN}<mailto:[^<>]*>", re.I)
_MAILTO_ANY = re.compile(r"<mailto:[^<>]*>", re.I)  # John Doe<mailto:j@x> <j@x>: the decoration alone
_ON_BEHALF = re.compile(r"(?<!\s)\s++on behalf of\s.*", re.I | re.S)
_ANGLE = re.compile(rf"<\s*+{_ADDRESS_RUN}\s*+>")
_BARE = re.compile(r"(?<![\w.+'-])[\w.+'-]++@[\w-]+(?:\.[\w-]+)+")


MAX_NAME_CHARS = 256  # a display name longer than this is cut (a hostile From can carry a 1 MB name)
MAX_EMAIL_CHARS = 254  # RFC 5321's longest address; anything longer is not one


@dataclass(frozen=True)
class Address:
    name: str
    email: str  # lower-cased; "" when only a name was written

    def __post_init__(self) -> None:
        if len(self.name) > MAX_NAME_CHARS:
            object.__setattr__(self, "name", self.name[:MAX_NAME_CHARS - 1] + "…")
        if len(self.email) > MAX_EMAIL_CHARS:
            object.__setattr__(self, "email", "")

    def as_dict(self) -> dict[str, str]:
        return {"name": self.name, "email": self.email}

    def __str__(self) -> str:
        if self.name and self.email:
            return f"{self.name} <{self.email}>"
        return self.email or self.name


def decode_words(value: str | None) -> str:
    """RFC 2047 encoded words to text; broken encodings degrade to the raw string."""
    if not value:
        return ""
    try:
        return str(make_header(decode_header(value)))
    except (ValueError, LookupError, UnicodeError, HeaderParseError):  # "=?utf-8?b?=?utf-8?b?…": bad base64
        return value


def _clean_name(name: str) -> str:
    name = name.strip().strip(",;").strip()
    if len(name) >= 2 and name[0] == name[-1] and name[0] in "\"'":
        name = name[1:-1]
    name = name.replace('\\"', '"').strip()
    return name if "@" not in name or " " in name else ""


def _split_outside_quotes(text: str) -> list[str]:
    """Split at commas and semicolons that are not inside double quotes (one pass: linear)."""
    pieces, start, quoted = [], 0, False
    for index, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif char in ",;" and not quoted:
            pieces.append(text[start:index])
            start = index + 1
    pieces.append(text[start:])
    return pieces


def parse_address_list(value: str | None) -> tuple[Address, ...]:
    """Parse `Name <a@b>, "Doe, John" <c@d>; e@f` and the mailto decorations Outlook adds."""
    if not value:
        return ()
    text = " ".join(decode_words(value).split())
    text = _MAILTO_ANGLE.sub(r"<\1>", text)
    text = _MAILTO_BRACKET.sub(r"<\1>", text)
    text = _MAILTO_INLINE.sub(r"\1", text)
    text = _ON_BEHALF.sub("", _MAILTO_ANY.sub("", text))
    found: list[Address] = []
    if "<" in text:
        position = 0
        for match in _ANGLE.finditer(text):
            before = text[position:match.start()]
            # a name runs back to the previous separator that is outside quotes
            name = before
            if before.count('"') % 2 == 0:
                pieces = [piece for piece in _split_outside_quotes(before) if piece.strip()]
                if len(pieces) > 1 and not any("@" in piece for piece in pieces):
                    name = ", ".join(piece.strip() for piece in pieces)  # "Doe, John" written without quotes
                else:
                    name = pieces[-1] if pieces else before
                    for stray in pieces[:-1]:  # bare addresses written between the bracketed ones
                        for bare in _BARE.findall(stray):
                            found.append(Address("", bare.lower()))
            found.append(Address(_clean_name(name), match.group(1).lower()))
            position = match.end()
        for bare in _BARE.findall(text[position:]):
            found.append(Address("", bare.lower()))
        return tuple(found)
    if "@" not in text:  # names only ("John Doe; Jane Roe"), as some clients write them
        return tuple(Address(_clean_name(part) or part.strip(), "") for part in re.split(r"[,;]", text) if part.strip())
    for name, email in getaddresses([text.replace(";", ",")]):
        if "@" in email:
            found.append(Address(_clean_name(name), email.lower()))
        elif name or email:
            found.append(Address((name or email).strip(), ""))
    return tuple(found)


def first_address(value: str | None) -> Address | None:
    addresses = parse_address_list(value)
    return addresses[0] if addresses else None


def colleagues(a: Address | None, b: Address | None) -> bool:
    """Both at the same school or agency: one email domain, and not a provider anyone can sign up at."""
    if a is None or b is None or "@" not in a.email or "@" not in b.email:
        return False
    domain = a.email.rsplit("@", 1)[1]
    return domain == b.email.rsplit("@", 1)[1] and not is_public_mail_domain(domain)
