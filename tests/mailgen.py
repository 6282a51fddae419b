"""Made-up school email for the IMAP tests and bench scripts: CRLF line ends, as IMAP serves them."""
from __future__ import annotations

import base64
import os
from datetime import datetime, timedelta, timezone

TEACHER = ("Priya Natarajan", "priya.natarajan@shoalcreekisd.org")
PARENT = ("Rosa Delgado", "rosa.delgado@gmail.com")
TRAIL = "delgado.paper.trail@gmail.com"
START = datetime(2026, 1, 5, 8, 0, tzinfo=timezone(timedelta(hours=-6)))


def school_email(n: int, sender: tuple[str, str] = TEACHER, *, attachment_bytes: int = 0, tag: str = "gen") -> bytes:
    """Email number `n` from `sender` straight to the trail address; unique Message-ID and text.
    With `attachment_bytes`, a PDF-typed attachment of that many random bytes (base64) is added."""
    name, address = sender
    sent = START + timedelta(minutes=37 * n)
    headers = [
        f"From: {name} <{address}>",
        f"To: {PARENT[0]} <{PARENT[1]}>",
        f"Cc: {TRAIL}",
        f"Subject: Speech session notes, week {n}",
        f"Date: {sent.strftime('%a, %d %b %Y %H:%M:%S %z')}",
        f"Message-ID: <{tag}-{n}@{address.split('@')[1]}>",
        "MIME-Version: 1.0",
    ]
    text = (f"Hi Rosa,\r\n\r\nMateo had his speech session today (note {n}). He worked on /r/ blends for "
            f"{20 + n % 10} minutes and used his visual schedule. I will send the progress report by Friday.\r\n\r\n"
            f"Thanks,\r\n{name}\r\n")
    if not attachment_bytes:
        return ("\r\n".join(headers + ["Content-Type: text/plain; charset=utf-8", "", text])).encode()
    payload = base64.encodebytes(os.urandom(attachment_bytes)).replace(b"\n", b"\r\n")
    parts = [
        "\r\n".join(headers + ['Content-Type: multipart/mixed; boundary="b0undary"', "", "--b0undary",
                              "Content-Type: text/plain; charset=utf-8", "", text, "--b0undary",
                              "Content-Type: application/pdf", 'Content-Disposition: attachment; filename="scan.pdf"',
                              "Content-Transfer-Encoding: base64", "", ""]).encode(),
        payload,
        b"\r\n--b0undary--\r\n",
    ]
    return b"".join(parts)
