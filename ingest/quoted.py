"""The message a reply quotes first, read back out of the reply: who wrote it, when, and what they wrote
above their own quote. A reply that never reached the trail (the school answered the parent, and only the
parent's next message, quoting that answer, was forwarded) still says what it said."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from ieptrail.ingest.addresses import first_address
from ieptrail.ingest.bodysplit import split_body
from ieptrail.ingest.dates import parse_client_date
from ieptrail.ingest.forwards import MAX_FIELD_CHARS, find_forward

MAX_QUOTED_CHARS = 64 * 1024  # only the top of a long quoted history is read


@dataclass(frozen=True)
class QuotedReply:
    sender: str  # its author's address, lower-case
    sent: datetime | None  # aware, when its header gives a date
    new_text: str  # what its author wrote (not the history it quotes in turn, nor the signature)


def quoted_reply(quoted: str, zone: tzinfo) -> QuotedReply | None:
    """The first message of a reply's quoted history, where a header ("On … Jane Roe <jroe@x> wrote:", an Outlook
    From/Sent block) opens it and names an address; None otherwise."""
    if not quoted or not quoted.strip():
        return None
    block = find_forward(quoted[:MAX_QUOTED_CHARS], subject_says_forward=True)
    if block is None or block.note.strip():
        return None
    sender = first_address(block.headers.get("from", "")[:MAX_FIELD_CHARS])
    if sender is None or not sender.email:
        return None
    resolved = parse_client_date(block.headers.get("date"), zone)
    text = split_body(block.body, sender.name, sender.email).new_text
    if not text.strip():
        return None
    return QuotedReply(sender.email.lower(), resolved.value if resolved else None, text)
