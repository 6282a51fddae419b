"""A hostile IMAP server that echoes our LOGIN command (with the password) in its refusal never
gets the password into status, status --json, the worker-runs table, the log or stderr."""
from __future__ import annotations

import json
import logging
import os
import socketserver
import threading

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from conftest import SAMPLE_ENV
from ieptrail.cli import main
from ieptrail.store.db import Database
from ieptrail.store.models import WorkerRun

PASSWORD = 'hunter2 "quoted" \\ back'


class EchoingServer(socketserver.StreamRequestHandler):
    """Greets, answers CAPABILITY, and refuses LOGIN by quoting the whole command back."""

    def handle(self):
        self.wfile.write(b"* OK hostile IMAP ready\r\n")
        while line := self.rfile.readline(65536):
            tag, _, command = line.rstrip(b"\r\n").partition(b" ")
            verb = command.split(b" ", 1)[0].upper()
            if verb == b"CAPABILITY":
                self.wfile.write(b"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n" + tag + b" OK done\r\n")
            elif verb == b"LOGIN":
                self.wfile.write(tag + b" NO [AUTHENTICATIONFAILED] you sent: " + line.rstrip(b"\r\n") + b"\r\n")
            elif verb == b"LOGOUT":
                self.wfile.write(b"* BYE\r\n" + tag + b" OK bye\r\n")
                return
            else:
                self.wfile.write(tag + b" BAD no\r\n")


@pytest.fixture
def hostile_imap():
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), EchoingServer)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


def _leaks(text: str) -> bool:
    return any(piece in text for piece in ("hunter2", "quoted", PASSWORD))


def test_an_echoed_login_never_shows_the_password(hostile_imap, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    url = f"sqlite:///{tmp_path / 'trail.db'}"
    env = {"HOME": str(tmp_path), "IEPTRAIL_DATA_DIR": str(tmp_path / "data"), "IEPTRAIL_ENV_FILE": os.devnull,
           "IEPTRAIL_DATABASE_URL": url, **SAMPLE_ENV, "IEPTRAIL_IMAP_HOST": "127.0.0.1",
           "IEPTRAIL_IMAP_PORT": str(hostile_imap), "IEPTRAIL_IMAP_USER": "trail", "IEPTRAIL_IMAP_PASSWORD": PASSWORD,
           "IEPTRAIL_IMAP_TLS": "none"}
    runner = CliRunner()
    polled = runner.invoke(main, ["poll"], env=env)
    assert polled.exit_code != 0
    assert "IMAP login failed for trail@127.0.0.1" in polled.output and "[password hidden]" in polled.output
    status = runner.invoke(main, ["status"], env=env, catch_exceptions=False).output
    as_json = runner.invoke(main, ["status", "--json"], env=env, catch_exceptions=False).output
    assert "login failed" in status and "login failed" in json.dumps(json.loads(as_json))
    with Database(url).session_scope() as session:
        errors = " ".join(error or "" for error in session.scalars(select(WorkerRun.error)))
    logged = "\n".join(record.getMessage() + (record.exc_text or "") for record in caplog.records)
    assert "login failed" in errors
    for text in (polled.output, status, as_json, errors, logged):
        assert not _leaks(text), text
