"""A real SMTP server for the tests: aiosmtpd on 127.0.0.1, capturing what it receives.

Plain, STARTTLS with AUTH (a throwaway self-signed certificate), or implicit TLS. See
../shared/notes/test-servers.md section 2 for the gotchas this follows (pick the port first,
`handled=False` on a refused login).
"""
from __future__ import annotations

import socket
import ssl
import subprocess
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

USER, PASSWORD = "trail-sender", "s3cret-Pa55word"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def make_certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for localhost and 127.0.0.1 (cert.pem doubles as the CA file)."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    return cert, key


class Capture:
    def __init__(self) -> None:
        self.envelopes: list = []

    async def handle_DATA(self, server, session, envelope) -> str:
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"


def _authenticator(server, session, envelope, mechanism, auth_data) -> AuthResult:
    ok = auth_data.login == USER.encode() and auth_data.password == PASSWORD.encode()
    return AuthResult(success=ok, handled=False, auth_data=auth_data)  # handled=False: answer 535 on failure


@dataclass
class SmtpServer:
    port: int
    tls: str  # none | starttls | ssl
    cert: Path | None = None
    key: Path | None = None
    capture: Capture = field(default_factory=Capture)
    controller: Controller | None = None

    def start(self) -> SmtpServer:
        options: dict = {}
        if self.tls != "none":
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(self.cert, self.key)
            if self.tls == "starttls":
                options = {"tls_context": context, "require_starttls": True, "authenticator": _authenticator,
                           "auth_required": True}
            else:
                # aiosmtpd does not count implicit TLS as TLS for AUTH: this one takes mail without a login
                options = {"ssl_context": context}
        self.controller = Controller(self.capture, hostname="127.0.0.1", port=self.port, **options)
        self.controller.start()
        return self

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    def settings_env(self) -> dict[str, str]:
        """IEPTRAIL_SMTP_* for sending through this server."""
        env = {"IEPTRAIL_SMTP_HOST": "127.0.0.1", "IEPTRAIL_SMTP_PORT": str(self.port), "IEPTRAIL_SMTP_TLS": self.tls,
               "IEPTRAIL_SMTP_TIMEOUT": "10"}
        if self.tls != "none":
            env.update(IEPTRAIL_SMTP_CAFILE=str(self.cert))
        if self.tls == "starttls":
            env.update(IEPTRAIL_SMTP_USER=USER, IEPTRAIL_SMTP_PASSWORD=PASSWORD)
        return env

    @property
    def received(self) -> list[EmailMessage]:
        """What arrived, parsed (with the wire's CRLF line ends made plain newlines)."""
        return [BytesParser(policy=policy.default).parsebytes(envelope.original_content.replace(b"\r\n", b"\n"))
                for envelope in self.capture.envelopes]


# ---- fixtures (imported by the test modules that send mail) ------------------------------------


@pytest.fixture(scope="session")
def smtp_certificate(tmp_path_factory) -> tuple[Path, Path]:
    return make_certificate(tmp_path_factory.mktemp("smtp-cert"))


@pytest.fixture
def smtp_plain():
    server = SmtpServer(free_port(), "none").start()
    yield server
    server.stop()


@pytest.fixture
def smtp_starttls(smtp_certificate):
    cert, key = smtp_certificate
    server = SmtpServer(free_port(), "starttls", cert, key).start()
    yield server
    server.stop()
