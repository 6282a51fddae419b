"""Sending over SMTP, against a real aiosmtpd server on 127.0.0.1: plain, STARTTLS with AUTH, implicit
TLS, and the failures a user meets (wrong password, untrusted certificate, no server, a server that
never answers), each with a message that says what to fix and never the password."""
from __future__ import annotations

import logging
import socket
import time

import pytest

from ieptrail.errors import NotifyError
from ieptrail.notify.smtp import SmtpAuthError, new_email, send_email, wire_bytes
from smtp_server import PASSWORD, USER, SmtpServer, free_port, smtp_certificate, smtp_plain, smtp_starttls  # noqa: F401


def a_message(subject: str = "Test from the trail", body: str = "Olá, this is a test.\n") -> bytes:
    message = new_email()
    message["From"] = "Rosa Delgado <rosa.delgado@gmail.com>"
    message["To"] = "Priya Natarajan <priya.natarajan@shoalcreekisd.org>"
    message["Cc"] = "rosa.delgado@gmail.com"
    message["Subject"] = subject
    message.set_content(body, cte="quoted-printable")
    return wire_bytes(message)


def test_a_plain_loopback_server_gets_the_email_for_every_recipient_unchanged(make_settings, smtp_plain):
    settings = make_settings(**smtp_plain.settings_env())
    raw = a_message()
    send_email(settings.smtp, raw)
    [envelope] = smtp_plain.capture.envelopes
    assert envelope.mail_from == "rosa.delgado@gmail.com"
    assert envelope.rcpt_tos == ["priya.natarajan@shoalcreekisd.org", "rosa.delgado@gmail.com"]
    assert envelope.original_content.rstrip(b"\r\n") == raw.rstrip(b"\r\n")
    assert smtp_plain.received[0].get_content() == "Olá, this is a test.\n"


def test_starttls_with_login_sends_and_never_logs_the_password(make_settings, smtp_starttls, caplog):
    caplog.set_level(logging.DEBUG)
    settings = make_settings(**smtp_starttls.settings_env())
    send_email(settings.smtp, a_message())
    assert len(smtp_starttls.received) == 1
    assert PASSWORD not in caplog.text


def test_a_wrong_password_is_a_clear_auth_error_without_the_password(make_settings, smtp_starttls, caplog):
    caplog.set_level(logging.DEBUG)
    settings = make_settings(**{**smtp_starttls.settings_env(), "IEPTRAIL_SMTP_PASSWORD": "not-the-password"})
    with pytest.raises(SmtpAuthError) as raised:
        send_email(settings.smtp, a_message())
    message = str(raised.value)
    assert f"refused the login for {USER}" in message and "535" in message
    assert "IEPTRAIL_SMTP_PASSWORD" in message and "not-the-password" not in message
    assert "not-the-password" not in caplog.text
    assert smtp_starttls.received == []


def test_an_untrusted_certificate_says_to_set_the_ca_file(make_settings, smtp_starttls):
    settings = make_settings(**{**smtp_starttls.settings_env(), "IEPTRAIL_SMTP_CAFILE": None})
    with pytest.raises(NotifyError, match="not trusted.*IEPTRAIL_SMTP_CAFILE"):
        send_email(settings.smtp, a_message())


def test_a_server_that_wants_a_login_says_so_when_no_user_is_set(make_settings, smtp_starttls):
    settings = make_settings(**{**smtp_starttls.settings_env(), "IEPTRAIL_SMTP_USER": None,
                                "IEPTRAIL_SMTP_PASSWORD": None})
    with pytest.raises(NotifyError, match="530.*IEPTRAIL_SMTP_USER"):
        send_email(settings.smtp, a_message())


def test_implicit_tls_works_too(make_settings, smtp_certificate):
    cert, key = smtp_certificate
    server = SmtpServer(free_port(), "ssl", cert, key).start()
    try:
        send_email(make_settings(**server.settings_env()).smtp, a_message())
        assert len(server.received) == 1
    finally:
        server.stop()


def test_no_server_listening_is_an_error_naming_the_server(make_settings):
    port = free_port()
    settings = make_settings(IEPTRAIL_SMTP_HOST="127.0.0.1", IEPTRAIL_SMTP_PORT=str(port), IEPTRAIL_SMTP_TLS="none")
    with pytest.raises(NotifyError, match=f"cannot send through the SMTP server 127.0.0.1:{port}"):
        send_email(settings.smtp, a_message())


def test_a_server_that_never_answers_times_out_after_the_configured_seconds(make_settings):
    with socket.socket() as silent:  # accepts the connection, never sends a greeting
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        port = silent.getsockname()[1]
        settings = make_settings(IEPTRAIL_SMTP_HOST="127.0.0.1", IEPTRAIL_SMTP_PORT=str(port),
                                 IEPTRAIL_SMTP_TLS="none", IEPTRAIL_SMTP_TIMEOUT="1")
        started = time.monotonic()
        with pytest.raises(NotifyError, match="timed out"):
            send_email(settings.smtp, a_message())
        assert time.monotonic() - started < 5
