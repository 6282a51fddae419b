"""Raw bytes of one arrived email -> ParsedEmail with its original messages unwrapped.

mail-parser reads the headers and reports MIME defects; the part tree is walked here because
mail-parser flattens attached messages into the outer body, and a forwarded-as-attachment
message must stay separate from the forwarder's note.
"""
from __future__ import annotations

import email
import hashlib
import logging
import re
import traceback
from dataclasses import dataclass, replace
from datetime import tzinfo
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import compat32

import mailparser
from ieptrail.errors import UnparseableEmail
from ieptrail.ingest.addresses import (
    Address,
    colleagues,
    decode_words,
    first_address,
    parse_address_list,
)
from ieptrail.ingest.bodysplit import find_quote_start, split_body
from ieptrail.ingest.dates import parse_client_date
from ieptrail.ingest.forwards import (
    ForwardBlock,
    find_forward,
    is_auto_reply_subject,
    quoted_header,
    strip_forward_prefix,
    subject_says_forward,
)
from ieptrail.ingest.htmltext import html_to_text
from ieptrail.ingest.mime_bytes import attached_message_bytes, split_head
from ieptrail.ingest.parsed import AttachmentInfo, OriginalMessage, ParsedEmail

MAX_DEPTH = 5  # forwards of forwards of …; deeper nesting is kept as body text
# A header is read up to this many characters (folded To/Cc lists of a whole school fit): the
# rest of a hostile 1 MB header is not parsed. The bytes as received are kept whole.
MAX_HEADER_CHARS = 64 * 1024
MAX_SUBJECT_CHARS = 998  # RFC 5322's line limit, and the size of the subject column
# Defects that mean the message is cut off or not an email at all; it is quarantined for review.
FATAL_DEFECTS = {"CloseBoundaryNotFoundDefect", "StartBoundaryNotFoundDefect", "MissingHeaderBodySeparatorDefect"}
# mail-parser logs every part type it does not decode ("Email content 'jpeg' not handled"), and
# every header it cannot decode, whole (a hostile header of megabytes into the log): our own
# quarantine reason says what matters
logging.getLogger("mailparser").setLevel(logging.CRITICAL)
_BULK_SENDER = re.compile(
    r"(^|[-_.])(newsletters?|news|announcements?|bulletin|marketing|families|parents|community)([-_.]|$)", re.I)
_LIST_ADDRESS = re.compile(r"@lists?\.|^(all|everyone)[-_.]|[-_.](families|parents|list|all|staff|faculty|teachers|announce)@", re.I)
# a no-reply sender's issue dated by month or week ("Falcon Flyer - February 2026", "Week of March 2"): a school's
# newsletter by its masthead, not a notice about the child (a route change or a new document has no issue date)
_AUTOMATED_SENDER = re.compile(r"^(?:no-?reply|do-?not-?reply)(?:[-_.+]|$)", re.I)
_ISSUE_DATE = re.compile(r"(?:\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
                         r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?[ \t]+(?:19|20)\d\d|\bweek[ \t]+of\b[^\n]{0,30}+"
                         r"|\b(?:issue|vol\.?|volume)[ \t]+\d+)[ \t]*$", re.I)
_NOTICE_WORDS = re.compile(r"\b(?:IEP|504|ARD|progress|reports?|grades?|notices?|alerts?|routes?|bus|attendance|documents?|"
                           r"absen\w*|tardy|meeting|evaluation|services?)\b", re.I)
_BULK_SUBJECT = re.compile(r"\b(newsletter|bulletin|weekly update|weekly news|announcements?|news ?flash|digest)\b", re.I)
# an office's or a system's mailbox, not a person writing to colleagues or families
_ROLE_SENDER = re.compile(r"^(?:info|office|admin\w*|notifications?|notify|alerts?|updates?|messages?|mailer(?:-daemon)?"
                          r"|postmaster|webmaster|system|communications?|comms|district|webteam)(?:[-_.+\d]|$)", re.I)
# a masthead's name before its issue ("Otter Weekly - Oct 5", "Maple Monthly | March")
_MASTHEAD = re.compile(r"\b(?:weekly|monthly)[ \t]*+(?:[-|:\u2013\u2014]|$)", re.I)


@dataclass(frozen=True)
class ParseContext:
    user_emails: tuple[str, ...]
    default_zone: tzinfo

    def is_user(self, address: Address | None) -> bool:
        if not self.user_emails:
            return True  # nobody configured: treat every forward as the user's own
        return bool(address and address.email in self.user_emails)


@dataclass(frozen=True)
class _Content:
    text: str
    attachments: tuple[AttachmentInfo, ...]
    attached_messages: tuple[Message, ...]


def _decode_part(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if payload is None:
        payload = part.get_payload()
        return payload if isinstance(payload, str) else ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, errors="replace")
    except LookupError:  # unknown charset name
        return payload.decode("utf-8", errors="replace")


def _attachment_info(part: Message) -> AttachmentInfo:
    payload = part.get_payload(decode=True) or b""
    filename = decode_words(part.get_filename()) or "unnamed"
    return AttachmentInfo(
        filename=filename,
        content_type=part.get_content_type(),
        size=len(payload),
        sha256=hashlib.sha256(payload).hexdigest(),
        data=payload,
    )


def _content(message: Message) -> _Content:
    plain: list[str] = []
    html: list[str] = []
    attachments: list[AttachmentInfo] = []
    attached: list[Message] = []

    def visit(part: Message) -> None:
        content_type = part.get_content_type()
        if content_type == "message/rfc822":
            inner = part.get_payload()
            if isinstance(inner, list) and inner and isinstance(inner[0], Message):
                attached.append(inner[0])
            return
        if part.is_multipart():
            for child in part.get_payload():
                if isinstance(child, Message):
                    visit(child)
            return
        disposition = (part.get_content_disposition() or "").lower()
        is_attachment = disposition == "attachment" or (part.get_filename() and content_type not in ("text/plain", "text/html"))
        if content_type == "text/plain" and not is_attachment:
            plain.append(_decode_part(part))
        elif content_type == "text/html" and not is_attachment:
            html.append(_decode_part(part))
        elif content_type.startswith("multipart/"):
            return
        elif part.get_payload(decode=True) or part.get_filename():
            attachments.append(_attachment_info(part))

    if message.is_multipart():
        for child in message.get_payload():
            if isinstance(child, Message):
                visit(child)
    else:
        visit(message)
    if plain:
        text = "\n".join(plain)
    else:
        text = "\n".join(html_to_text(chunk) for chunk in html)
    return _Content(text.replace("\r\n", "\n").replace("\r", "\n"), tuple(attachments), tuple(attached))


def _message_ids(value: str | None) -> tuple[str, ...]:
    # at most 998 characters (RFC 5322 line length) and no control characters: PostgreSQL refuses NUL
    return tuple(re.findall(r"<[^<>\s\x00-\x1f\x7f]{1,996}>", value or ""))


def _header(message: Message, name: str) -> str:
    value = message.get(name)
    return decode_words(str(value)[:MAX_HEADER_CHARS]) if value is not None else ""


def _subject(text: str) -> str:
    return " ".join(text[:MAX_HEADER_CHARS].split())[:MAX_SUBJECT_CHARS]


def _is_auto_reply(message: Message, subject: str) -> bool:
    auto_submitted = _header(message, "Auto-Submitted").lower()
    if auto_submitted and auto_submitted != "no":
        return True
    if message.get("X-Autoreply") or message.get("X-Autorespond") or message.get("X-Auto-Response-Suppress") == "All":
        return True
    if _header(message, "Precedence").lower() == "auto_reply":
        return True
    return is_auto_reply_subject(subject)


def _is_bulk(message: Message | None, sender: Address | None, recipients: tuple[Address, ...] = (), subject: str = "") -> bool:
    """Newsletters and list mail (not automated notices about the child, such as a bus-route change)."""
    if recipients and all(_LIST_ADDRESS.search(r.email) for r in recipients if r.email):
        return True
    if _BULK_SUBJECT.search(subject):
        return True
    if message is not None:
        if message.get("List-Unsubscribe") or message.get("List-Id"):
            return True
        if _header(message, "Precedence").lower() in ("bulk", "list", "junk"):
            return True
    local = sender.email.split("@")[0] if sender and sender.email else ""
    return bool(_BULK_SENDER.search(local) or (_AUTOMATED_SENDER.search(local) and _ISSUE_DATE.search(subject)
                                             and not _NOTICE_WORDS.search(subject)))


def forwarded_list_memo(arrival: str, bulk: bool, sender_email: str | None, subject: str) -> bool:
    """List mail a person wrote (a building-wide note, a grade-level team memo) that was forwarded into
    the trail: whoever filed it did so for what it says about the child's services, so its topics are
    read as for any message. It stays list mail for everything else (its "we will", "please" and
    "missed sessions" speak of all students). A newsletter, a masthead's issue, or a no-reply, office
    or system mailbox is not such a memo, forwarded or not."""
    if not bulk or arrival != "forwarded" or not sender_email:
        return False
    local = sender_email.split("@")[0]
    if not local or _BULK_SENDER.search(local) or _AUTOMATED_SENDER.search(local) or _ROLE_SENDER.search(local):
        return False
    return not (_BULK_SUBJECT.search(subject) or _ISSUE_DATE.search(subject) or _MASTHEAD.search(subject))


def _quoted_parent(quoted: str, zone: tzinfo) -> dict:
    """Who wrote the message a reply quotes, and when: what ties a reply to its parent once the
    In-Reply-To header is gone (a reply forwarded inline) or names a message never stored."""
    header = quoted_header(quoted)
    resolved = parse_client_date(header.get("date"), zone) if header else None
    return {"quoted_sender": first_address(header.get("from")) if header else None,
            "quoted_date": resolved.value if resolved else None}


def _as_is(message: Message, content: _Content, arrival: str, context: ParseContext,
           raw: bytes | None) -> OriginalMessage:
    """A message that is its own original: the user's sent mail, or mail sent straight to the trail."""
    sender = first_address(_header(message, "From"))
    subject = _subject(_header(message, "Subject"))
    resolved = parse_client_date(_header(message, "Date"), context.default_zone)
    message_id = (_message_ids(_header(message, "Message-ID")) or (None,))[0]
    in_reply_to = (_message_ids(_header(message, "In-Reply-To")) or (None,))[0]
    parts = split_body(content.text, sender.name if sender else None, sender.email if sender else None)
    return OriginalMessage(
        arrival=arrival,
        forward_format=None,
        message_id=message_id,
        in_reply_to=in_reply_to,
        references=_message_ids(_header(message, "References")),
        sender=sender,
        to=parse_address_list(_header(message, "To")),
        cc=parse_address_list(_header(message, "Cc")),
        date=resolved.value if resolved else None,
        date_inferred=resolved.zone_inferred if resolved else False,
        subject=subject,
        body=content.text,
        parts=parts,
        **_quoted_parent(parts.quoted, context.default_zone),
        attachments=content.attachments,
        auto_reply=_is_auto_reply(message, subject),
        bulk=_is_bulk(message, sender, parse_address_list(_header(message, "To")), subject),
        signed_bytes=raw,
    )


def _from_block(
    block: ForwardBlock, outer_subject: str, attachments: tuple[AttachmentInfo, ...], forwarded_by: str | None,
    context: ParseContext,
) -> OriginalMessage:
    sender = first_address(block.headers.get("from"))
    subject = _subject(block.headers.get("subject") or strip_forward_prefix(outer_subject))
    resolved = parse_client_date(block.headers.get("date"), context.default_zone)
    parts = split_body(block.body, sender.name if sender else None, sender.email if sender else None)
    return OriginalMessage(
        arrival="forwarded",
        forward_format=block.format,
        message_id=None,
        in_reply_to=None,
        references=(),
        sender=sender,
        to=parse_address_list(block.headers.get("to")),
        cc=parse_address_list(block.headers.get("cc")),
        date=resolved.value if resolved else None,
        date_inferred=resolved.zone_inferred if resolved else False,
        subject=subject,
        body=block.body,
        parts=parts,
        **_quoted_parent(parts.quoted, context.default_zone),
        attachments=attachments,
        auto_reply=is_auto_reply_subject(subject),
        bulk=_is_bulk(None, sender, parse_address_list(block.headers.get("to")), subject),
        forward_note=block.note or None,
        forwarded_by=forwarded_by,
    )


def _user_forward_block(text: str, subject: str) -> ForwardBlock | None:
    """The forward block the user made, if any: not one buried in quoted history of a reply."""
    says_forward = subject_says_forward(subject)
    block = find_forward(text, subject_says_forward=says_forward)
    if block is None:
        return None
    note_lines = block.note.split("\n") if block.note else []
    if note_lines and find_quote_start(note_lines) < len(note_lines):
        return None  # a reply header sits above it: the block is part of quoted history
    if not says_forward and len(block.note) > 1500:
        return None
    return block


def _unwrap_inline(
    block: ForwardBlock, subject: str, attachments: tuple[AttachmentInfo, ...], forwarded_by: str | None,
    context: ParseContext, depth: int,
) -> tuple[OriginalMessage, ...]:
    original = _from_block(block, subject, attachments, forwarded_by, context)
    # A layer whose whole text is another forward (no words of its own) only passed the message
    # along: keep unwrapping to the message that was actually written.
    while depth < MAX_DEPTH:
        inner = find_forward(original.body, subject_says_forward=subject_says_forward(original.subject))
        if inner is None:
            break
        note = original.forward_note
        if inner.note.strip():
            passed_on = _user_forward_block(original.body, original.subject)
            if passed_on is None or not subject_says_forward(original.subject):
                break
            if not _files_it(original.sender, forwarded_by, context):
                # Someone else passed it on with words of their own ("Did you get this? I can't do
                # Tuesdays."): both are kept, their message and the school's email they forwarded.
                return _unwrap_inline(passed_on, original.subject, (), forwarded_by, context, depth + 1) + (original,)
            # The filer's own earlier forward, from another of their addresses ("print this at
            # work"): its words are one more note on the message it carries.
            inner = passed_on
            note = "\n\n".join(text for text in (note, passed_on.note.strip()) if text) or None
        original = replace(_from_block(inner, original.subject, attachments, forwarded_by, context), forward_note=note)
        depth += 1
    return (original,)


def _files_it(author: Address | None, forwarded_by: str | None, context: ParseContext) -> bool:
    """Is this layer's author the one who sent the forward to the trail (or the user)?"""
    return context.is_user(author) or bool(author and forwarded_by and author.email == forwarded_by)


def _passes_on(message: Message, forwarder: Address | None, author: Address | None, context: ParseContext) -> bool:
    """Does this forward by `forwarder` of `author`'s message file that message in the trail?

    The user's forwards do, and so do those anyone else sends to the trail mailbox (the user from
    a work address, a spouse, a grandparent, a tutor). A forward to the user from a colleague of
    the author, at one school domain, does not: it is the school writing to the family, a message
    of the conversation itself."""
    if context.is_user(forwarder) or not colleagues(forwarder, author):
        return True
    recipients = parse_address_list(_header(message, "To")) + parse_address_list(_header(message, "Cc"))
    return not any(context.is_user(recipient) for recipient in recipients)


def _has_content(message: Message) -> bool:
    return any(message.get(name) for name in ("From", "Date", "Subject", "Message-ID")) or bool(
        message.get_payload()
    )


def _same_message(attached: Message, raw: bytes | None) -> bool:
    """Do these bytes hold this attached message? (guards the byte walk against a mismatch)"""
    if raw is None:
        return False
    head = BytesHeaderParser(policy=compat32).parsebytes(split_head(raw)[0] + b"\n\n")
    return all(str(head.get(name, "")).split() == str(attached.get(name, "")).split()
               for name in ("From", "Date", "Message-ID", "Subject"))


def _attached_bytes(content: _Content, raw: bytes | None) -> list[bytes | None]:
    if raw is None or not content.attached_messages:
        return [None] * len(content.attached_messages)
    cut = attached_message_bytes(raw)
    if len(cut) != len(content.attached_messages):
        return [None] * len(content.attached_messages)
    return [piece if _same_message(attached, piece) else None for attached, piece in zip(content.attached_messages, cut)]


def originals_of(message: Message, context: ParseContext, depth: int = 0,
                 raw: bytes | None = None) -> tuple[OriginalMessage, ...]:
    """The original messages in `message`; `raw` is its exact bytes, when known."""
    content = _content(message)
    sender = first_address(_header(message, "From"))
    subject = _subject(_header(message, "Subject"))
    by_user = context.is_user(sender)
    forwarded_by = sender.email if sender else None
    # The user's forward is unwrapped whatever its subject; anyone else's only when it says Fwd/FW.
    says_forward = subject_says_forward(subject)
    if (by_user or says_forward) and depth < MAX_DEPTH:
        enclosed = content.attached_messages
        if enclosed and (says_forward or _user_forward_block(content.text, subject) is None) and all(
                _passes_on(message, sender, first_address(_header(m, "From")), context) for m in enclosed):
            originals: list[OriginalMessage] = []
            note = content.text.strip() or None
            pairs = zip(content.attached_messages, _attached_bytes(content, raw))
            for attached, attached_raw in ((m, b) for m, b in pairs if _has_content(m)):
                for inner in originals_of(attached, context, depth + 1, attached_raw):
                    if inner.arrival in ("direct", "sent"):
                        inner = replace(inner, arrival="forwarded", forward_format="attachment",
                                        forward_note=note, forwarded_by=forwarded_by)
                    originals.append(inner)
            if originals:
                return tuple(originals)
        block = _user_forward_block(content.text, subject)
        if block is not None and _passes_on(message, sender, first_address(block.headers.get("from")), context):
            return _unwrap_inline(block, subject, content.attachments, forwarded_by, context, depth)
    if by_user and sender is not None and context.user_emails:
        # the user's own notes, never emailed: `ieptrail log-call` without --send (a conversation) and
        # `ieptrail observe` (what they saw or were told)
        kind = _header(message, "X-IEPTrail-Kind").strip().lower()
        arrival = {"call-log": "logged", "observation": "observed"}.get(kind, "sent")
        return (_as_is(message, content, arrival, context, raw),)
    return (_as_is(message, content, "direct", context, raw),)


def parse_email(raw: bytes, context: ParseContext, *, damaged_ok: bool = False) -> ParsedEmail:
    """Parse one arrived email; raises UnparseableEmail when it cannot become a record.

    With `damaged_ok` (the user accepts it from quarantine, vouching for it) nothing is refused:
    an email cut off, without headers, or with a MIME tree mail-parser gives up on becomes a
    record of what could be read (the bytes as received are kept whole either way)."""
    if not damaged_ok and (not raw or not raw.strip()):
        raise UnparseableEmail("empty message")
    try:
        parsed = mailparser.parse_from_bytes(raw)
        message: Message = parsed.message
        defects = tuple(sorted(parsed.defects_categories))
    except Exception as exc:  # mail-parser gives up on some damaged MIME trees
        if not damaged_ok:
            raise UnparseableEmail(f"the MIME structure cannot be read ({type(exc).__name__}: {exc})") from exc
        message = email.message_from_bytes(raw, policy=compat32)
        defects = tuple(sorted({type(defect).__name__ for defect in message.defects} | {"UnreadableMimeTree"}))
    has_headers = any(message.get(name) for name in ("From", "Date", "Message-ID", "Subject"))
    if not has_headers and not damaged_ok:
        raise UnparseableEmail("no email headers found (not an email, or the header block is damaged)")
    # only the top level decides: a damaged part deep inside a forwarded attachment still leaves
    # a readable email (mail clients show it), a damaged top level means the email is cut off
    fatal = sorted(FATAL_DEFECTS.intersection(type(defect).__name__ for defect in message.defects))
    if fatal and not damaged_ok:
        raise UnparseableEmail("damaged MIME structure (" + ", ".join(fatal) + "): the message looks truncated")
    sender = first_address(_header(message, "From"))
    resolved = parse_client_date(_header(message, "Date"), context.default_zone)
    return ParsedEmail(
        source_message_id=(_message_ids(_header(message, "Message-ID")) or (None,))[0],
        sender=sender,
        subject=_subject(_header(message, "Subject")),
        date=resolved.value if resolved else None,
        originals=originals_of(message, context, raw=raw),
        defects=defects,
    )


@dataclass(frozen=True)
class ParseResult:
    parsed: ParsedEmail | None = None
    error: str | None = None  # why it cannot become a record
    detail: str | None = None  # a traceback when parsing failed unexpectedly


def parse_one(raw: bytes, context: ParseContext) -> ParseResult:
    """parse_email, with every failure turned into the reason the email is quarantined."""
    try:
        return ParseResult(parsed=parse_email(raw, context))
    except UnparseableEmail as exc:
        return ParseResult(error=str(exc))
    except Exception as exc:  # a bug or a message no rule foresaw: the importer keeps it in quarantine
        return ParseResult(error=f"{type(exc).__name__}: {exc}", detail=traceback.format_exc())
