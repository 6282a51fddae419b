"""DKIM test support: a test signing key served through dkimpy's DNS hook, and school email signed with it."""
from __future__ import annotations

import base64
import subprocess
from email.message import EmailMessage

import dkim
import pytest

from conftest import FIXTURES
from ieptrail.ingest.dkim_verify import DnsUnavailable

KEY = (FIXTURES / "dkim" / "test-only-rsa.key").read_bytes()
SCHOOL = "shoalcreekisd.org"


def _public_record() -> bytes:
    der = subprocess.run(["openssl", "rsa", "-in", str(FIXTURES / "dkim" / "test-only-rsa.key"), "-pubout",
                          "-outform", "DER"], capture_output=True, check=True).stdout
    return b"v=DKIM1; k=rsa; p=" + base64.b64encode(der)


@pytest.fixture(scope="module")
def published_keys():
    try:
        record = _public_record()
    except (OSError, subprocess.CalledProcessError) as exc:
        pytest.skip(f"openssl is needed to derive the test key's public half: {exc}")
    return {f"s2026._domainkey.{SCHOOL}.".encode(): record, b"gm1._domainkey.gmail.com.": record}


class FakeDns:
    """dkimpy's dnsfunc: answers from a dict and counts the questions."""

    def __init__(self, records: dict[bytes, bytes], down: bool = False):
        self.records, self.down, self.asked = records, down, []

    def __call__(self, name, timeout=5):
        self.asked.append(name)
        if self.down:
            raise DnsUnavailable("no network")
        return self.records.get(name)


def signed(message: bytes, domain: str = SCHOOL, selector: str = "s2026") -> bytes:
    signature = dkim.sign(message, selector.encode(), domain.encode(), KEY,
                          include_headers=[b"from", b"to", b"subject", b"date", b"message-id"])
    return signature + message


def school_email(body: str = "I will send the OT schedule by Friday.", number: int = 1) -> bytes:
    message = EmailMessage()
    message["From"] = f"Priya Natarajan <priya.natarajan@{SCHOOL}>"
    message["To"] = "Rosa Delgado <rosa.delgado@gmail.com>"
    message["Cc"] = "delgado.paper.trail@gmail.com"
    message["Subject"] = f"OT schedule {number}"
    message["Date"] = "Wed, 21 Jan 2026 14:35:00 -0600"
    message["Message-ID"] = f"<ot-{number}@{SCHOOL}>"
    message.set_content(f"Hi Rosa,\n\n{body}\n\nPriya Natarajan\nOccupational Therapist\n")
    return message.as_bytes(policy=message.policy.clone(linesep="\r\n"))
