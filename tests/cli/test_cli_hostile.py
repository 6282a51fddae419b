"""The command line given hostile mail and hostile arguments (issue 13, items 6 and 9)."""
from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from conftest import SAMPLE, SAMPLE_ENV
from ieptrail.cli import main
from ieptrail.store.db import Database
from ieptrail.store.models import Message

HOSTILE = (
    "From: =?utf-8?q?Evil=1B]0;pwned=07_=E2=80=AEtxt.exe?= <evil@shoalcreekisd.org>\n"
    "To: rosa.delgado@gmail.com\nSubject: =?utf-8?b?" + __import__("base64").b64encode(
        "Bus \x1b[2J\x1b[31mcleared\u202eevil\x00 route".encode()).decode() + "?=\n"
    "Date: Mon, 12 Jan 2026 10:00:00 -0600\nMessage-ID: <hostile-1@shoalcreekisd.org>\n"
    "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
    "The bus \x1b[1A\x1b[2Kwill come at 7:10.\u202e Reversed\x07 text\x00 here.\n"
).encode()
UNSAFE = ("\x1b", "\u202e", "\x00", "\x07")


@pytest.fixture
def run(tmp_path):
    env = {"HOME": str(tmp_path), "IEPTRAIL_DATA_DIR": str(tmp_path / "data"), "IEPTRAIL_ENV_FILE": os.devnull,
           "IEPTRAIL_DATABASE_URL": f"sqlite:///{tmp_path / 'trail.db'}", **SAMPLE_ENV}

    def invoke(*args):
        return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)
    (tmp_path / "hostile.eml").write_bytes(HOSTILE)
    assert invoke("import", str(SAMPLE / "mailbox"), str(tmp_path / "hostile.eml")).exit_code == 0
    invoke.url = env["IEPTRAIL_DATABASE_URL"]
    return invoke


def test_search_and_show_never_print_control_or_bidi_characters_from_mail(run):
    found = run("search", "bus", "--limit", "100")
    shown = run("show", str(json.loads(run("search", "--from", "evil@", "--json").output)[0]["id"]))
    for output in (found.output, shown.output, run("threads").output):
        assert not any(char in output for char in UNSAFE)
    assert "\\x1b[2J" in found.output + shown.output and "\\u202e" in shown.output  # shown, visibly
    as_json = run("search", "--from", "evil@", "--json").output
    assert not any(char in as_json for char in UNSAFE)
    # the same value, but for NUL, which no text column holds on any backend (PostgreSQL refuses it);
    # the email's own bytes keep it
    assert json.loads(as_json)[0]["subject"] == "Bus \x1b[2J\x1b[31mcleared\u202eevil route"
    database = Database(run.url)
    with database.session_scope() as session:  # the record keeps the text as received
        subject = session.scalars(select(Message.subject).where(Message.subject.contains("cleared"))).one()
    assert "\x1b[2J" in subject and "\u202e" in subject


def test_search_takes_extreme_arguments_without_a_traceback(run):
    for args in (["--until", "9999-12-31"], ["--since", "0001-01-01", "--until", "9999-12-31"],
                 ["--limit", "99999999999999999999"], ["--from", "\udcff"]):
        result = run("search", *args)
        assert result.exit_code == 0, (args, result.output)
    for query in ("\udcff\udcfe", "\x00"):  # nothing that is a word: a one-line usage error, no traceback
        result = run("search", query)
        assert result.exit_code == 2 and "has no words to search for" in result.output, (query, result.output)
    everything = run("search", "--until", "9999-12-31", "--limit", "99999999999999999999", "--json").output
    assert len(json.loads(everything)) == 64


def test_from_percent_is_a_percent_sign_not_a_wildcard(run):
    assert json.loads(run("search", "--from", "%", "--json").output) == []
    assert json.loads(run("search", "--from", "_", "--json").output) == []
    assert len(json.loads(run("search", "--from", "tony.garza", "--json").output)) == 4
