"""A real SMTP server for the tests: aiosmtpd on 127.0.0.1, capturing what it receives.

Plain, STARTTLS with AUTH (a throwaway self-signed certificate; a password, or with
BearerCapture an OAuth2 bearer token over XOAUTH2), or implicit TLS. See
../shared/notes/test-servers.md section 2 for the gotchas this follows (pick the port first,
`handled=False` on a refused login).
"""
from __future__ import annotations

import asyncio
import json
import socket
import ssl
import subprocess
from base64 import b64decode
from collections.abc import Callable
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


class BearerCapture(Capture):
    """Takes mail after SASL XOAUTH2 with a bearer token, which it checks the way Dovecot's oauth2
    passdb does: `introspect(token)` asks the authorization server (RFC 7662), and the token must be
    active, belong to the user named in the exchange, and carry the scope `smtp`."""

    def __init__(self, introspect: Callable[[str], dict], scope: str = "smtp") -> None:
        super().__init__()
        self.introspect, self.scope = introspect, scope
        self.refusals: list[str] = []

    async def auth_XOAUTH2(self, server, args) -> AuthResult:
        blob = await server.challenge_auth("") if len(args) == 1 else _b64decode(args[1])
        fields = dict(part.split("=", 1) for part in blob.decode("utf-8", "replace").split("\x01") if "=" in part)
        user, _, token = fields.get("user", ""), *fields.get("auth", "").partition("Bearer ")[1:]
        answer = await asyncio.get_running_loop().run_in_executor(None, self.introspect, token)
        granted = str(answer.get("scope", "")).split()
        problem = ("token not active" if answer.get("active") is not True else
                   "token of another user" if answer.get("sub") != user else
                   f"scope {self.scope} missing" if self.scope not in granted else None)
        if problem is None:
            return AuthResult(success=True, auth_data=user)
        self.refusals.append(problem)
        # RFC 7628 / Google's XOAUTH2: an error challenge first; the client answers it, then 535.
        await server.challenge_auth(json.dumps({"status": "invalid_token", "schemes": "bearer", "scope": self.scope}))
        return AuthResult(success=False, handled=False)


def _b64decode(text: str) -> bytes:
    return b64decode(text.encode(), validate=True)


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
                if isinstance(self.capture, BearerCapture):  # bearer tokens only, as Outlook.com offers
                    options["auth_exclude_mechanism"] = ["PLAIN", "LOGIN"]
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
