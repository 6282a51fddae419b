"""The worker without a mail server: who may write into the record, batching, backoff, the
schedule, the digest hook and `ieptrail status`."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import types
from datetime import UTC, datetime, timedelta

import pytest
from click.testing import CliRunner
from sqlalchemy import update

from conftest import REPO, SAMPLE_ENV
from ieptrail.worker import jobs
from ieptrail.ingest.admission import is_allowed_sender, sender_admission
from ieptrail.cli import main
from ieptrail.errors import ConfigError
from ieptrail.ingest.addresses import Address
from ieptrail.ingest.parsed import ParsedEmail
from ieptrail.worker.poll import Backoff, plan_batches
from ieptrail.store.db import Database
from ieptrail.store.models import WorkerProcess
from ieptrail.store.worker_runs import last_run, recorded_run, register_worker, worker_seen, worker_stopped
from ieptrail.worker.schedule import Worker

SCHOOL = ("shoalcreekisd.org", "hannah@hcpspeech.com")


@pytest.mark.parametrize("address, allowed", [
    ("priya.natarajan@shoalcreekisd.org", True),
    ("Priya.Natarajan@ShoalCreekISD.org", True),
    ("nurse@mail.shoalcreekisd.org", True),  # a subdomain of an allowed domain
    ("hannah@hcpspeech.com", True),
    ("billing@hcpspeech.com", False),  # only that one address of hcpspeech.com
    ("office@notshoalcreekisd.org", False),  # a look-alike domain
    ("shoalcreekisd.org@evil.example", False),
])
def test_allowed_senders_are_addresses_or_whole_domains(address, allowed):
    assert is_allowed_sender(address, SCHOOL) is allowed


def test_the_users_own_mail_is_admitted_and_strangers_are_held_with_a_reason(make_settings):
    admit = sender_admission(make_settings(IEPTRAIL_ALLOWED_SENDERS="shoalcreekisd.org"))

    def arrived(sender: str) -> ParsedEmail:
        return ParsedEmail(source_message_id=None, sender=Address("", sender), subject="", date=None, originals=())

    assert admit(arrived("rosa.delgado@gmail.com")) is None
    assert admit(arrived("tony.garza@shoalcreekisd.org")) is None
    assert "winner@prizes.example" in admit(arrived("winner@prizes.example"))


def test_the_worker_refuses_to_run_without_knowing_who_may_write(make_settings):
    with pytest.raises(ConfigError, match="IEPTRAIL_USER_EMAILS"):
        sender_admission(make_settings(IEPTRAIL_USER_EMAILS=None))


def test_batches_respect_both_the_count_and_the_size_limit():
    uids = list(range(1, 11))
    assert plan_batches(uids, {}, 4) == [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10]]
    sizes = {3: 30_000_000, 4: 3_000_000}
    assert plan_batches(uids, sizes, 50, max_bytes=32_000_000) == [[1, 2, 3], [4, 5, 6, 7, 8, 9, 10]]
    assert plan_batches([1, 2], {1: 40_000_000, 2: 40_000_000}, 50, max_bytes=32_000_000) == [[1], [2]]


def test_backoff_doubles_up_to_its_ceiling_with_jitter():
    backoff = Backoff(first=1, factor=2, ceiling=10)
    for attempt, base in [(1, 1), (2, 2), (3, 4), (4, 8), (5, 10), (9, 10)]:
        delays = {backoff.delay(attempt) for _ in range(50)}
        assert all(base / 2 <= delay <= base for delay in delays) and len(delays) > 1


def test_the_schedule_polls_every_few_minutes_and_sends_the_digest_in_the_users_zone(make_settings, sqlite_db):
    settings = make_settings(IEPTRAIL_POLL_MINUTES="7", IEPTRAIL_DIGEST_DAY="mon", IEPTRAIL_DIGEST_TIME="06:30")
    worker = Worker(settings, sqlite_db, importer=None)
    poll, digest = worker.scheduler.get_job("poll"), worker.scheduler.get_job("digest")
    assert poll.trigger.interval == timedelta(minutes=7)
    assert (poll.max_instances, poll.coalesce, poll.misfire_grace_time) == (1, True, None)
    wednesday_noon = datetime(2026, 3, 11, 12, 0, tzinfo=settings.timezone)
    due = digest.trigger.get_next_fire_time(None, wednesday_noon)
    assert due == datetime(2026, 3, 16, 6, 30, tzinfo=settings.timezone) and due.utcoffset() == timedelta(hours=-5)
    assert digest.max_instances == 1 and digest.coalesce and digest.misfire_grace_time > 0


def test_the_worker_retries_unsent_mail_every_few_minutes_from_its_start(settings, sqlite_db):
    worker = Worker(settings, sqlite_db, importer=None)
    retry = worker.scheduler.get_job("retry-outgoing")
    assert retry.trigger.interval == timedelta(minutes=5)
    assert (retry.max_instances, retry.coalesce) == (1, True) and retry.next_run_time is not None
    assert jobs.retry_outgoing(sqlite_db, settings, None) is None  # nothing waiting: no run recorded
    with sqlite_db.session_scope() as session:
        assert last_run(session, "retry-outgoing") is None


def test_the_digest_job_without_smtp_writes_the_digest_to_the_data_directory_and_records_it(settings, sqlite_db):
    summary = jobs.weekly_digest(sqlite_db, settings, datetime(2026, 3, 15, 7, 0, tzinfo=settings.timezone))
    assert summary.startswith("week of Mar 9: a quiet week; SMTP is not configured (IEPTRAIL_SMTP_HOST)")
    assert len(list((settings.data_dir / "outbox").glob("*-digest-*.eml"))) == 1
    with sqlite_db.session_scope() as session:
        run = last_run(session, "digest")
    assert run.outcome == "ok" and run.summary == summary


def test_the_digest_job_calls_the_digest_with_the_time_in_the_users_zone(settings, sqlite_db, monkeypatch):
    calls = []

    def send_scheduled_digest(db, given_settings, now):
        calls.append(now)
        return "digest for week 11 sent to rosa.delgado@gmail.com"

    digest = types.ModuleType("ieptrail.notify.digest")
    digest.send_scheduled_digest = send_scheduled_digest
    monkeypatch.setitem(sys.modules, "ieptrail.notify.digest", digest)
    assert jobs.weekly_digest(sqlite_db, settings).startswith("digest for week 11")
    assert calls[0].tzinfo == settings.timezone
    with sqlite_db.session_scope() as session:
        assert last_run(session, "digest").outcome == "ok"


@pytest.fixture
def status(tmp_path):
    env = {"HOME": str(tmp_path), "IEPTRAIL_ENV_FILE": os.devnull, **SAMPLE_ENV,
           "IEPTRAIL_DATABASE_URL": f"sqlite:///{tmp_path / 'trail.db'}", "IEPTRAIL_IMAP_HOST": "imap.example.org",
           "IEPTRAIL_IMAP_USER": "trail@example.org", "IEPTRAIL_IMAP_PASSWORD": "s3cret-pw"}
    db = Database(env["IEPTRAIL_DATABASE_URL"])

    def show(*args: str) -> str:
        result = CliRunner().invoke(main, ["status", *args], env=env, catch_exceptions=False)
        assert result.exit_code == 0
        assert "s3cret-pw" not in result.output
        return result.output
    show.db = db
    yield show
    db.close()


def test_status_says_when_no_worker_has_ever_run(status):
    output = status()
    assert "Worker: not running; no worker (" in output
    assert "Last successful poll: never" in output and "Next runs: none, no worker is running" in output
    assert "Mailbox: trail@example.org@imap.example.org, folder INBOX; stored mail is moved to Processed" in output


def test_status_shows_the_running_worker_its_last_poll_last_error_and_next_runs(status):
    with recorded_run(status.db, "poll") as run:
        run.summary = "3 new, 0 duplicate(s), 1 quarantined, 4 marked processed, 12 kB fetched"
    with pytest.raises(ConfigError), recorded_run(status.db, "poll"):
        raise ConfigError("IMAP login failed for trail@example.org@imap.example.org")
    worker = register_worker(status.db, "nas", 4242)
    next_poll = datetime.now(UTC) + timedelta(minutes=4)
    worker_seen(status.db, worker, {"poll": next_poll, "digest": None}, None)
    output = status()
    assert "Worker: running on nas (pid 4242)" in output
    assert "3 new, 0 duplicate(s), 1 quarantined" in output.split("Last successful poll:")[1].splitlines()[0]
    assert "Last error:" in output and "(poll): IMAP login failed" in output
    assert "Next runs: poll " in output and "digest paused" in output
    as_json = json.loads(status("--json"))
    assert as_json["running"] and as_json["worker"]["pid"] == 4242
    assert as_json["next_runs"]["poll"].startswith(next_poll.strftime("%Y-%m-%dT%H:%M"))
    assert as_json["last_error"]["outcome"] == "failed"

    worker_stopped(status.db, worker)
    assert "Worker: not running (stopped" in status() and "Next runs: none, no worker is running" in status()


def test_status_tells_a_crashed_worker_from_a_stopped_one(status):
    worker = register_worker(status.db, "nas", 4242)
    with status.db.session_scope() as session:
        long_ago = datetime.now(UTC).replace(tzinfo=None) - timedelta(minutes=30)
        session.execute(update(WorkerProcess).where(WorkerProcess.id == worker).values(seen_at=long_ago))
    assert "did not stop cleanly" in status()


def test_the_worker_and_poll_say_clearly_when_there_is_no_mailbox(tmp_path):
    env = {**os.environ, "HOME": str(tmp_path), "IEPTRAIL_ENV_FILE": os.devnull, **SAMPLE_ENV,
           "IEPTRAIL_DATABASE_URL": f"sqlite:///{tmp_path / 'trail.db'}"}
    env.pop("IEPTRAIL_IMAP_HOST", None)
    worker = subprocess.run([sys.executable, str(REPO / "run_worker.py"), "--once"], env=env,
                            capture_output=True, text=True, timeout=60)
    assert worker.returncode == 2 and "IEPTRAIL_IMAP_HOST is not set" in worker.stderr
    poll = CliRunner().invoke(main, ["poll"], env=env)
    assert poll.exit_code == 2 and "IEPTRAIL_IMAP_HOST is not set" in poll.output
