"""A large, realistic trail mailbox for benchmarks, made from the bundled sample.

Each copy of the 63 sample emails is a different "school year": dates move forward a week per
copy, Message-IDs and subjects get the copy number (so nothing is a duplicate), and the
forwarded originals change with them. The people stay the same: only the Message-ID headers are
renumbered (until 2026-12-06 every address in angle brackets was, so each copy had new people, and
the user's own mail was not the user's after the first copy: 1,191 senders in 5,000 messages
instead of 15; figures measured before then were on that mailbox). The result is an mbox file (what a Takeout export is).

    python bench/mailbox_generator.py 20000 bench/data/trail-20k.mbox
"""
from __future__ import annotations

import mailbox
import re
import sys
from datetime import timedelta
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

SAMPLE = Path(__file__).resolve().parent.parent / "sample" / "mailbox"
_MESSAGE_ID = re.compile(rb"<([^<>@\s]+)@([^<>\s]+)>")
# the headers that hold Message-IDs (with folded continuation lines), wherever a message starts:
# the email's own and those of a message attached to it; addresses elsewhere keep their form, so
# the same people write every copy (and the user's own mail stays the user's)
_ID_HEADERS = re.compile(rb"^(?:Message-ID|In-Reply-To|References):.*(?:\r?\n[ \t].*)*", re.M | re.I)
_DATE_HEADER = re.compile(rb"^(Date:\s*)(.+)$", re.M)
_SUBJECT = re.compile(rb"^(Subject:\s*)(.+)$", re.M)
_YEAR = re.compile(rb"\b2026\b")


def _shift_date(header: bytes, weeks: int) -> bytes:
    try:
        moment = parsedate_to_datetime(header.decode("ascii", "replace").strip())
    except (TypeError, ValueError):
        return header
    return format_datetime(moment + timedelta(weeks=weeks)).encode()


def variant(raw: bytes, copy: int) -> bytes:
    """The sample email as copy number `copy`: new ids, shifted dates, numbered subject."""
    if copy == 0:
        return raw
    def renumbered(header: re.Match) -> bytes:
        return _MESSAGE_ID.sub(lambda m: b"<" + m.group(1) + f".c{copy}".encode() + b"@" + m.group(2) + b">",
                               header.group(0))

    raw = _ID_HEADERS.sub(renumbered, raw)
    raw = _DATE_HEADER.sub(lambda m: m.group(1) + _shift_date(m.group(2), copy), raw)
    raw = _SUBJECT.sub(lambda m: m.group(1) + m.group(2) + f" [{copy}]".encode(), raw, count=1)
    # forwarded header blocks carry the original's date and subject as text; a year in the
    # future keeps those originals distinct from the other copies too
    return _YEAR.sub(str(2026 + copy).encode(), raw)


def generate(count: int, target: Path) -> Path:
    emails = [path.read_bytes() for path in sorted(SAMPLE.glob("*.eml"))]
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        target.unlink()
    box = mailbox.mbox(target, create=True)
    box.lock()
    try:
        for index in range(count):
            copy, position = divmod(index, len(emails))
            box.add(variant(emails[position], copy))
        box.flush()
    finally:
        box.unlock()
        box.close()
    return target


def ensure(count: int, folder: Path) -> Path:
    """Reuse bench/data/trail-<count>.mbox when it is there, else make it."""
    target = folder / f"trail-{count}.mbox"
    if not target.exists():
        generate(count, target)
    return target


if __name__ == "__main__":
    wanted = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).resolve().parent / "data" / f"trail-{wanted}.mbox"
    print(generate(wanted, out))
