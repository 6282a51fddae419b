"""The exact bytes of messages attached to an email (message/rfc822 parts), cut from the raw bytes.

Python's email package can re-serialize an attached message, but not byte for byte (folding and
line ends change), and a DKIM signature only verifies over the bytes its server signed. So the
MIME tree is walked here over the raw bytes, in the order `parse._content` meets attached
messages: depth first, not descending into an attached message.
"""
from __future__ import annotations

import base64
import binascii
import quopri
import re
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import compat32

_BLANK_LINE = re.compile(rb"\r?\n\r?\n")
MAX_PARTS = 1000  # a MIME bomb must not make the walk run forever


def split_head(entity: bytes) -> tuple[bytes, bytes]:
    """(header block, body) of a MIME entity; the body starts after the first empty line."""
    if entity.startswith((b"\r\n", b"\n")):
        return b"", entity[2 if entity.startswith(b"\r\n") else 1:]
    found = _BLANK_LINE.search(entity)
    if found is None:
        return entity, b""
    return entity[:found.start()], entity[found.end():]


def _headers(head: bytes) -> Message:
    return BytesHeaderParser(policy=compat32).parsebytes(head + b"\n\n")


def _body_parts(body: bytes, boundary: str) -> list[bytes]:
    """The parts between a multipart body's delimiter lines; the line break before each delimiter
    belongs to the delimiter (RFC 2046 5.1.1)."""
    delimiter = re.compile(rb"(?:\A|\r?\n)--" + re.escape(boundary.encode("latin-1")) + rb"(--)?[ \t]*(?:\r?\n|\Z)")
    parts: list[bytes] = []
    start = None
    for found in delimiter.finditer(body):
        if start is not None:
            parts.append(body[start:found.start()])
        if found.group(1):  # the close delimiter
            return parts
        start = found.end()
    if start is not None:  # no close delimiter: the last part runs to the end
        parts.append(body[start:])
    return parts


def _decode(body: bytes, transfer_encoding: str) -> bytes | None:
    encoding = transfer_encoding.strip().lower()
    if encoding in ("", "7bit", "8bit", "binary"):
        return body
    try:
        if encoding == "base64":
            return base64.b64decode(body)
        if encoding == "quoted-printable":
            return quopri.decodestring(body)
    except (binascii.Error, ValueError):
        return None
    return None


def attached_message_bytes(raw: bytes) -> list[bytes | None]:
    """The raw bytes of each message attached to `raw`, in the order the parser lists them.
    An entry is None where the bytes could not be cut out exactly (an unknown transfer encoding)."""
    found: list[bytes | None] = []
    budget = [MAX_PARTS]

    def visit(entity: bytes) -> None:
        budget[0] -= 1
        if budget[0] < 0:
            return
        head, body = split_head(entity)
        headers = _headers(head)
        content_type = headers.get_content_type()
        if content_type == "message/rfc822":
            found.append(_decode(body, str(headers.get("Content-Transfer-Encoding", ""))))
            return
        boundary = headers.get_boundary()
        if headers.get_content_maintype() == "multipart" and boundary:
            for part in _body_parts(body, boundary):
                visit(part)

    visit(raw)
    return found
