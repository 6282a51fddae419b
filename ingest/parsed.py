"""Frozen values that leave ingest/: one arrived email, the original messages it carries, who each
message is (for deduplication), and what DKIM said."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from ieptrail.ingest.addresses import Address
from ieptrail.ingest.bodysplit import BodyParts


@dataclass(frozen=True)
class AttachmentInfo:
    filename: str
    content_type: str
    size: int
    sha256: str
    # the decoded bytes, for reading the attachment's text at import; the email's raw bytes stay the evidence
    data: bytes = field(default=b"", repr=False, compare=False)


@dataclass(frozen=True)
class PageText:
    number: int  # 1-based: the page of a PDF, the page Word last laid out for a DOCX, 1 for a file without pages
    text: str
    ocr: bool = False  # read from an image of the page by OCR


@dataclass(frozen=True)
class AttachmentText:
    """What could be read of one attachment (its bytes are identified by `sha256`)."""

    sha256: str
    kind: str  # pdf | docx | rtf | html | text | image | other
    status: str  # text | empty | no-ocr | failed | skipped
    note: str | None  # in words, why there is no text (or only part of it)
    extractor: str  # which code and library versions read it: `retag` reads it again when this changes
    pages: tuple[PageText, ...] = ()

    @property
    def text(self) -> str:
        return "\n\n".join(page.text for page in self.pages)


@dataclass(frozen=True)
class OriginalMessage:
    """A message as its author sent it, recovered from whatever wrapping it arrived in."""

    arrival: str  # direct | forwarded | sent | logged (a call or meeting noted by the user, not emailed) | observed
    # (the user's own dated observation, not emailed)
    forward_format: str | None  # gmail | outlook | apple | thunderbird | yahoo | attachment | …
    message_id: str | None
    in_reply_to: str | None
    references: tuple[str, ...]
    sender: Address | None
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    date: datetime | None  # aware
    date_inferred: bool
    subject: str
    body: str
    parts: BodyParts
    attachments: tuple[AttachmentInfo, ...] = ()
    auto_reply: bool = False
    bulk: bool = False
    forward_note: str | None = None
    forwarded_by: str | None = None
    # who wrote the message its quoted history quotes: a reply forwarded inline lost In-Reply-To,
    # and this is what still ties it to the message it answers
    quoted_sender: Address | None = None
    # when that quoted message was sent, as its attribution line or header block gives it (aware; the
    # zone assumed when the client wrote none): with the sender it names the message answered
    quoted_date: datetime | None = None
    # The message's bytes as its sender's server sent them, where they survived the way it arrived
    # (sent straight to the trail, or forwarded as an attachment): what a DKIM signature covers.
    # None for an inline forward, whose original bytes are gone.
    signed_bytes: bytes | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class ParsedEmail:
    """One arrived email: its own envelope plus the originals unwrapped from it."""

    source_message_id: str | None
    sender: Address | None
    subject: str
    date: datetime | None
    originals: tuple[OriginalMessage, ...]
    defects: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class DkimResult:
    result: str  # pass | fail | none | error
    domain: str | None  # the signing domain (d=) that verified, or that was tried
    note: str | None  # why, in words, when not a plain pass
    checked_at: datetime  # naive UTC

    @property
    def verified(self) -> bool:
        return self.result == "pass"


@dataclass(frozen=True)
class MessageIdentity:
    message_id: str | None
    fingerprint: str
    subject_normalized: str
    sender: str  # the author's address, lower case ("" when none)
    sent_utc: datetime | None  # naive UTC
