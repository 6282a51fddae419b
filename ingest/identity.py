"""Who a message is, for deduplication: its Message-ID where the way it arrived kept one, else a
content fingerprint (author, sent minute in UTC, normalized subject, the words of its new text)."""
from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime, timedelta

from ieptrail.ingest.forwards import normalize_subject
from ieptrail.ingest.parsed import MessageIdentity, OriginalMessage

# the same message sent twice is within this of itself; a reused Message-ID usually is not
SAME_MESSAGE_WINDOW = timedelta(days=1)


def content_fingerprint(original: OriginalMessage) -> str:
    sent = original.date.astimezone(UTC).replace(tzinfo=None) if original.date else None
    minute = sent.strftime("%Y-%m-%dT%H:%M") if sent else ""
    words = " ".join(re.findall(r"\w+", original.parts.new_text.lower())[:400])
    sender = original.sender.email if original.sender else ""
    key = "\x1f".join((sender, minute, normalize_subject(original.subject), words))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def identity_of(original: OriginalMessage) -> MessageIdentity:
    return MessageIdentity(
        message_id=original.message_id,
        fingerprint=content_fingerprint(original),
        subject_normalized=normalize_subject(original.subject),
        sender=(original.sender.email if original.sender else "").lower(),
        sent_utc=original.date.astimezone(UTC).replace(tzinfo=None) if original.date else None,
    )


def same_message(identity: MessageIdentity, fingerprint: str, sender: str, subject_normalized: str,
                 sent_utc: datetime | None) -> bool:
    """Is a stored message (its fingerprint, author, subject and time) the one `identity` names?

    Equal fingerprints are the same message. An equal Message-ID is too, unless the author,
    subject or day differ: a Message-ID is chosen by the sender, and a different email reusing
    one (by mistake or on purpose) must not be filed as an arrival of the first."""
    if fingerprint == identity.fingerprint:
        return True
    if (sender or "").lower() != identity.sender or subject_normalized != identity.subject_normalized:
        return False
    if sent_utc is None or identity.sent_utc is None:
        return sent_utc is identity.sent_utc
    return abs(sent_utc - identity.sent_utc) <= SAME_MESSAGE_WINDOW
