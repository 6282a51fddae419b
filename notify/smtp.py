"""Sending one email over SMTP with the standard library: implicit TLS, STARTTLS or (loopback only)
plain, a timeout on every operation, and errors that say what to fix. The password is handed to
smtplib and nowhere else: it is never logged and never part of an error message."""
from __future__ import annotations

import logging
import smtplib
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from email import policy
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from email.utils import getaddresses

from ieptrail.config.settings import SmtpSettings
from ieptrail.errors import ConfigError, NotifyError
from ieptrail.signin import SIGN_IN_AGAIN, SignInError, SignInRequired, bearer
from ieptrail.signin.sasl import Exchange, pick_mechanism

log = logging.getLogger(__name__)


class SmtpAuthError(NotifyError):
    """The server refused the user name or password: retrying will not help until the setting changes."""


# Text parts in quoted-printable or base64, never raw 8-bit: any server relays them unchanged.
MAIL_POLICY = policy.default.clone(cte_type="7bit")


def new_email() -> EmailMessage:
    return EmailMessage(policy=MAIL_POLICY)


def wire_bytes(message: EmailMessage) -> bytes:
    """The email as it goes over SMTP (CRLF line ends): stored, sent and recorded as these same bytes."""
    return message.as_bytes(policy=message.policy.clone(linesep="\r\n"))


def recipients_of(headers) -> list[str]:
    fields = [str(value) for name in ("To", "Cc") for value in headers.get_all(name, [])]
    return list(dict.fromkeys(address for _name, address in getaddresses(fields) if address))


def _server_text(exc: smtplib.SMTPResponseException) -> str:
    text = exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) else str(exc.smtp_error)
    return f"{exc.smtp_code} {text}".strip()


def _sign_in_with_token(client: smtplib.SMTP, settings: SmtpSettings, where: str) -> None:
    """AUTH XOAUTH2 or OAUTHBEARER with an OAuth2 access token (refreshed first when it is about to expire)."""
    try:
        token = bearer(settings.oauth)
    except SignInRequired as exc:
        raise SmtpAuthError(f"SMTP sign-in: {exc}") from None
    except SignInError as exc:
        raise NotifyError(f"SMTP sign-in: {exc}") from None
    offered = set((client.esmtp_features.get("auth") or "").upper().split())
    mechanism = pick_mechanism(offered)
    if mechanism is None:
        raise NotifyError(f"the SMTP server {where} offers no OAuth2 sign-in (AUTH XOAUTH2 or OAUTHBEARER)"
                          + ("" if offered else "; many offer it only after STARTTLS"))
    exchange = Exchange(mechanism, settings.user or token.user, token.token)
    try:
        client.auth(mechanism, exchange, initial_response_ok=True)
    except smtplib.SMTPAuthenticationError as exc:
        said = exchange.explain()
        raise SmtpAuthError(f"the SMTP server {where} refused the OAuth2 sign-in for {settings.user}"
                            f"{' (' + said + ')' if said else ''}: {_server_text(exc)}; check IEPTRAIL_SMTP_USER and "
                            f"IEPTRAIL_OAUTH_SCOPES, then {SIGN_IN_AGAIN}") from None


def send_email(settings: SmtpSettings, raw: bytes) -> None:
    """Deliver the email `raw` (from wire_bytes) unchanged to every address in its To and Cc."""
    if not settings.configured:
        raise ConfigError("IEPTRAIL_SMTP_HOST is not set: there is no server to send through")
    if not settings.sender:
        raise ConfigError("IEPTRAIL_SMTP_FROM (or IEPTRAIL_USER_EMAILS) is needed as the sender address")
    headers = BytesHeaderParser(policy=policy.default).parsebytes(raw)
    if headers.get("Bcc"):
        raise NotifyError("an email sent as stored must not carry a Bcc header (every recipient would see it)")
    recipients = recipients_of(headers)
    if not recipients:
        raise NotifyError(f"the email {headers['Subject']!r} has no recipient")
    where = f"{settings.host}:{settings.port}"
    with _signed_in(settings, where) as client:
        client.sendmail(settings.sender, recipients, raw)
    log.info("sent %r to %s through %s", headers["Subject"], ", ".join(recipients), where)


def check_sign_in(settings: SmtpSettings) -> str:
    """Connect, secure and sign in as sending would, then say goodbye without sending (`ieptrail init`)."""
    if not settings.configured:
        raise ConfigError("IEPTRAIL_SMTP_HOST is not set: there is no server to send through")
    where = f"{settings.host}:{settings.port}"
    with _signed_in(settings, where):
        pass
    who = "with OAuth2" if settings.auth == "oauth2" else f"as {settings.user}" if settings.user else None
    return f"SMTP {where}: " + (f"signed in {who}" if who else "connected (the server asks for no sign-in)")


@contextmanager
def _signed_in(settings: SmtpSettings, where: str) -> Iterator[smtplib.SMTP]:
    """An SMTP session, secured and signed in as the settings say; every failure becomes a NotifyError
    that says what to fix (never with the password in it)."""
    context = ssl.create_default_context(cafile=settings.cafile) if settings.tls != "none" else None
    try:
        if settings.tls == "ssl":
            client = smtplib.SMTP_SSL(settings.host, settings.port, timeout=settings.timeout_seconds, context=context)
        else:
            client = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout_seconds)
        with client:
            client.ehlo()
            if settings.tls == "starttls":
                client.starttls(context=context)
                client.ehlo()
            if settings.auth == "oauth2":
                _sign_in_with_token(client, settings, where)
            elif settings.user:
                client.login(settings.user, settings.password or "")
            yield client
    except smtplib.SMTPAuthenticationError as exc:
        raise SmtpAuthError(f"the SMTP server {where} refused the login for {settings.user}: {_server_text(exc)}; "
                            "check IEPTRAIL_SMTP_USER and IEPTRAIL_SMTP_PASSWORD") from exc
    except smtplib.SMTPNotSupportedError as exc:
        hint = ("the server offers no STARTTLS: use IEPTRAIL_SMTP_TLS=ssl (port 465)" if settings.tls == "starttls"
                else "the server offers no login here (many only offer it after STARTTLS)")
        raise NotifyError(f"SMTP {where}: {hint}") from exc
    except smtplib.SMTPRecipientsRefused as exc:
        refused = ", ".join(f"{address} ({code} {text.decode('utf-8', 'replace') if isinstance(text, bytes) else text})"
                            for address, (code, text) in exc.recipients.items())
        raise NotifyError(f"the SMTP server {where} refused the recipient(s) {refused}") from exc
    except smtplib.SMTPSenderRefused as exc:
        hint = "; set IEPTRAIL_SMTP_USER and IEPTRAIL_SMTP_PASSWORD" if exc.smtp_code == 530 else ""
        raise NotifyError(f"the SMTP server {where} refused the sender {settings.sender}: {_server_text(exc)}{hint}") from exc
    except smtplib.SMTPResponseException as exc:
        raise NotifyError(f"the SMTP server {where} answered {_server_text(exc)}") from exc
    except socket.gaierror as exc:
        raise NotifyError(f"cannot find SMTP host {settings.host} — check IEPTRAIL_SMTP_HOST "
                          f"(looking the name up said: {exc.strerror})") from exc
    except ssl.SSLCertVerificationError as exc:
        raise NotifyError(f"the certificate of the SMTP server {where} is not trusted ({exc.verify_message}); "
                          "set IEPTRAIL_SMTP_CAFILE to its CA bundle") from exc
    except (smtplib.SMTPException, OSError) as exc:  # refused, reset, timed out, TLS failure, disconnected
        raise NotifyError(f"cannot send through the SMTP server {where}: {str(exc) or type(exc).__name__}") from exc
