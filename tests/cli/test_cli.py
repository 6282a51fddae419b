"""The command line as a user meets it."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner

from conftest import FIXTURES, SAMPLE, SAMPLE_ENV
from ieptrail.cli import main


@pytest.fixture
def run(tmp_path):
    env = {"HOME": str(tmp_path), "IEPTRAIL_DATA_DIR": str(tmp_path / "data"), "IEPTRAIL_ENV_FILE": os.devnull,
           "IEPTRAIL_DATABASE_URL": f"sqlite:///{tmp_path / 'trail.db'}", **SAMPLE_ENV}

    def invoke(*args, **extra_env):
        result = CliRunner().invoke(main, list(args), env={**env, **extra_env}, catch_exceptions=False)
        return result
    return invoke


def test_import_search_show_threads(run):
    result = run("import", str(SAMPLE / "mailbox"))
    assert result.exit_code == 0 and "63 new" in result.output
    again = run("import", str(SAMPLE / "mailbox"), "--json")
    assert json.loads(again.output) == {"new": 0, "duplicates": 63, "quarantined": 0, "messages": 0, "skipped": []}
    hits = json.loads(run("search", "extra time", "--json").output)
    assert {hit["from"]["email"] for hit in hits} == {"jessica.tran@shoalcreekisd.org"}
    first = hits[0]
    assert set(first) >= {"id", "source_message_id", "message_id", "thread_id", "arrival", "from", "to", "date",
                          "subject", "students", "topics", "snippet"}
    assert "extended_time" in first["topics"] and first["students"] == ["Mateo Delgado"]
    everything = json.loads(run("search", "--json", "--limit", "1000").output)
    assert len(everything) == 63
    shown = run("show", str(first["id"]))
    assert "SHA-256 of the email as received" in shown.output and "Message-ID" in shown.output
    assert "Thread" not in run("show", f"T{first['thread_id']}", "--no-headers").output.splitlines()[0]
    threads = json.loads(run("threads", "--json").output)
    assert len(threads) == 20 and sum(t["messages"] for t in threads) == 63
    assert run("show", "999999").exit_code != 0


def test_quarantine_list_and_drop(run):
    assert run("import", str(FIXTURES / "mime_broken")).exit_code == 0
    listed = json.loads(run("quarantine", "list", "--json").output)
    assert len(listed) == len(list((FIXTURES / "mime_broken").glob("*.eml")))
    assert all(item["error"] for item in listed)
    dropped = run("quarantine", "drop", str(listed[0]["id"]), "--note", "junk")
    assert dropped.exit_code == 0
    assert len(json.loads(run("quarantine", "list", "--json").output)) == len(listed) - 1


def test_decisions_and_follow_ups_from_the_command_line(run):
    assert run("import", str(SAMPLE / "mailbox")).exit_code == 0
    overdue = json.loads(run("promises", "--status", "overdue", "--as-of", "2026-03-12", "--json").output)
    promise_id = overdue[0]["id"]
    draft = run("follow-up", str(promise_id), "--as-of", "2026-03-12")
    assert draft.exit_code == 0 and "(saved as draft 1;" in draft.output and overdue[0]["text"][:30] in draft.output
    resolved = run("resolve", str(promise_id), "--note", "came on paper")
    assert resolved.exit_code == 0 and resolved.output.startswith(f"resolved promise {promise_id}: ")
    now = {view["id"]: view for view in json.loads(run("promises", "--json").output)}
    assert now[promise_id]["status"] == "fulfilled" and now[promise_id]["decision"]["note"] == "came on paper"
    assert run("reopen", str(promise_id)).exit_code == 0
    assert {view["id"]: view for view in json.loads(run("promises", "--json").output)}[promise_id]["status"] == "overdue"
    missing = run("resolve", "99999")
    assert missing.exit_code == 2 and "no promise with id 99999" in missing.output


def test_decisions_survive_a_second_arrival_of_the_same_mail_and_retagging(run, tmp_path):
    assert run("import", str(SAMPLE / "mailbox")).exit_code == 0
    overdue = json.loads(run("promises", "--status", "overdue", "--as-of", "2026-03-12", "--json").output)
    unanswered = json.loads(run("requests", "--status", "unanswered", "--as-of", "2026-03-12", "--json").output)
    dismissed_id, resolved_id, request_id = overdue[0]["id"], overdue[1]["id"], unanswered[0]["id"]
    assert run("dismiss", str(dismissed_id), "--note", "plan changed at the ARD").exit_code == 0
    assert run("resolve", str(resolved_id), "--note", "handed over in person").exit_code == 0
    assert run("resolve", str(request_id), "--request", "--note", "answered by phone").exit_code == 0

    # the same mail again, as other bytes (another copy, say the user's Bcc'd originals): same
    # Message-IDs, so the same messages; then the rules run again over everything
    again = tmp_path / "again"
    again.mkdir()
    for path in sorted((SAMPLE / "mailbox").glob("*.eml")):
        (again / path.name).write_bytes(b"X-Copied-From: second export\n" + path.read_bytes())
    reimport = run("import", str(again))
    assert reimport.exit_code == 0 and "0 new" in reimport.output
    assert run("retag").exit_code == 0

    promises = {view["text"]: view for view in json.loads(run("promises", "--json").output)}
    requests = {view["text"]: view for view in json.loads(run("requests", "--json").output)}
    assert promises[overdue[0]["text"]]["status"] == "dismissed"
    assert promises[overdue[0]["text"]]["decision"]["note"] == "plan changed at the ARD"
    assert promises[overdue[1]["text"]]["status"] == "fulfilled"
    assert promises[overdue[1]["text"]]["decision"]["note"] == "handed over in person"
    assert requests[unanswered[0]["text"]]["status"] == "answered"
    # and as of the day before the decisions were taken, the mail alone decides
    before = {view["text"]: view for view in json.loads(run("promises", "--as-of", "2026-03-12", "--json").output)}
    assert before[overdue[0]["text"]]["status"] == "overdue"


def test_a_search_of_punctuation_only_says_there_is_nothing_to_search(run):
    assert run("import", str(SAMPLE / "mailbox")).exit_code == 0
    for query in ('"', "*", "-", '" * -'):
        result = run("search", query)
        assert result.exit_code == 2 and "has no words to search for" in result.output, result.output


def test_the_words_are_counted_and_quoted_as_a_person_writes_them(run):
    assert run("import", str(SAMPLE / "mailbox")).exit_code == 0
    shown = run("promises", "--as-of", "2026-03-12").output
    assert "1 follow-up sent" in shown and "0 follow-ups sent" in shown and "follow-up(s)" not in shown
    assert ': "- ' not in shown and "no date (deadline" not in shown
    assert "no due date given; counted due 2026-02-13, 15 school days on" in shown
    today = datetime.now(ZoneInfo(SAMPLE_ENV["IEPTRAIL_TIMEZONE"])).date()
    assert run("promises", "--status", "dismissed").output == f"No dismissed promises as of {today}.\n"
    threads = run("threads").output
    assert " msgs " not in threads and "  6 messages  Route 412" in threads
    topics = run("topics").output
    assert topics.splitlines()[0] == "Accommodations:" and "Processes:" in topics and "processs" not in topics.lower()


def test_the_demo_is_shown_until_it_is_left_and_once_with_demo(run):
    assert run("import", str(SAMPLE / "mailbox" / "0001.eml")).exit_code == 0
    demo = run("demo")
    assert demo.exit_code == 0 and "Promises not kept: 6 overdue promises" in demo.output
    overdue = run("promises", "--status", "overdue", "--json")
    assert "Showing the demo record" in overdue.stderr and "as of Thu, Mar 12, 2026" in overdue.stderr
    assert len(json.loads(overdue.stdout)) == 6  # counted as of the sample's day, not the real one
    own_once = run("search", "--json", IEPTRAIL_PROFILE="own")
    assert len(json.loads(own_once.stdout)) == 1 and "demo" not in own_once.stderr
    refused = run("import", str(SAMPLE / "mailbox" / "0002.eml"))
    assert refused.exit_code == 2 and "the demo is on: leave it first" in refused.output
    assert "Left the demo" in run("demo", "--off").output
    assert len(json.loads(run("search", "--json").stdout)) == 1
    once = run("search", "--json", "--demo", "--limit", "1000")
    assert len(json.loads(once.stdout)) == 63 and "Showing the demo record" in once.stderr
    assert "demo" not in run("threads").stderr


def test_missing_path_and_bad_settings_fail_clearly(run):
    missing = run("import", "/nonexistent/mailbox")
    assert missing.exit_code == 2 and "no such file or folder" in missing.output
    bad_zone = run("search", IEPTRAIL_TIMEZONE="Mars/Olympus")
    assert bad_zone.exit_code == 2 and "IEPTRAIL_TIMEZONE" in bad_zone.output
    clear_imap = run("threads", IEPTRAIL_IMAP_HOST="imap.example.com", IEPTRAIL_IMAP_USER="me", IEPTRAIL_IMAP_TLS="none")
    assert clear_imap.exit_code == 2 and "loopback" in clear_imap.output


def test_demo_runs_with_no_settings_at_all(tmp_path):
    env = {"HOME": str(tmp_path), "PATH": os.environ.get("PATH", ""), "IEPTRAIL_ENV_FILE": os.devnull}
    command = [str(Path(sys.executable).parent / "ieptrail"), "demo"]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "63 original messages" in result.stdout and "(63 imported now)" in result.stdout
    assert "Promises not kept: 6 overdue promises" in result.stdout and "search 'extra time'" in result.stdout
    data = tmp_path / ".local" / "share" / "ieptrail"
    assert (data / "demo" / "ieptrail.db").exists() and (data / "profile").read_text().strip() == "demo"
    assert not (data / "ieptrail.db").exists()  # your own record is not touched


def test_the_help_lists_each_command_with_its_own_short_help():
    """Commands load lazily, so `ieptrail --help` reads a table: it must say what each command says."""
    import click

    from ieptrail.cli import COMMANDS, main

    context = click.Context(main)
    for name, entry in COMMANDS.items():
        command = main.get_command(context, name)
        assert command is not None and command.get_short_help_str(limit=300) == entry.short_help, name
