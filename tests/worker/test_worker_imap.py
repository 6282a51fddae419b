"""The worker against a real Dovecot on loopback: whatever crashes and restarts happen, every
message of the mailbox ends up in the record exactly once (by Message-ID and SHA-256)."""
from __future__ import annotations

import logging
import signal
import subprocess
import sys
import threading
import time

import pytest
from sqlalchemy import func, select

from conftest import FIXTURES, REPO
from dovecot import DovecotUnavailable, ThrowawayDovecot
from imap_trail import FAST_BACKOFF, SAMPLE_EMAILS, Trail, as_served, dovecot  # noqa: F401
from ieptrail.worker import jobs
from ieptrail.store.models import ImapMessage, Message, RawEmail, WorkerProcess, WorkerRun
from ieptrail.store.worker_runs import last_run
from ieptrail.worker.schedule import Worker
from mailgen import school_email


@pytest.fixture
def trail(dovecot, tmp_path):
    made = Trail(dovecot, tmp_path)
    yield made
    made.close()


class SimulatedCrash(BaseException):
    """The process dies here: nothing after this point runs (not even `except Exception`)."""


def after_commits(n: int, action):
    """An on_committed hook that runs `action` once, right after the n-th message is committed."""
    seen = [0]

    def hook(_uid: int) -> None:
        seen[0] += 1
        if seen[0] == n:
            action()
    return hook


def crash() -> None:
    raise SimulatedCrash


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_first_sync_stores_the_sample_mailbox_once_and_moves_it_unread(backend, dovecot, tmp_path, tagger, request):
    url = request.getfixturevalue("postgres_url") if backend == "postgresql" else None
    trail = Trail(dovecot, tmp_path, url, IEPTRAIL_IMAP_BATCH="20")
    trail.wipe()
    trail.append(SAMPLE_EMAILS)
    result = trail.poll(tagger)
    assert (result.imported.new, result.imported.duplicates, result.imported.quarantined) == (63, 0, 0)
    assert result.acknowledged == 63 and result.fetch_commands == 1 + 4  # sizes, then 4 batches of bodies
    trail.assert_exactly_once(SAMPLE_EMAILS)
    assert (trail.count("INBOX"), trail.count("Processed")) == (0, 63)
    with trail.client() as client:
        client.select_folder("Processed", readonly=True)
        flags = client.get_flags(client.search("ALL"))
    assert not any(b"\\Seen" in item for item in flags.values()), "BODY.PEEK[] must leave mail unread"
    with trail.db.session_scope() as session:
        run = last_run(session, "poll")
        tagged = session.scalar(select(func.count(Message.id)).where(Message.tagged_at.is_not(None)))
    assert run.ok and run.summary.startswith("63 new") and tagged == 63
    trail.wipe()
    trail.close()


def test_incremental_poll_fetches_only_the_new_mail(trail):
    trail.append(SAMPLE_EMAILS[:40])
    assert trail.poll().imported.new == 40
    trail.append(SAMPLE_EMAILS[40:])
    sessions_before = len(settled_sessions(trail, 1))
    second = trail.poll()
    assert second.imported.new == 23 and second.imported.duplicates == 0
    assert second.body_bytes == sum(len(raw) for raw in SAMPLE_EMAILS[40:])
    trail.assert_exactly_once(SAMPLE_EMAILS)
    second_sessions = settled_sessions(trail, sessions_before + 1)[sessions_before:]
    assert sum(session["body_count"] for session in second_sessions) == 23


def test_mail_that_arrives_during_a_poll_is_stored_by_that_poll(trail):
    # Its EXISTS is answered to the poll's own commands, so a following IDLE would not hear of it.
    late = school_email(5, tag="late")
    trail.append(SAMPLE_EMAILS[:10])
    result = trail.poll(on_committed=after_commits(3, lambda: trail.append([late])))
    assert result.imported.new == 11
    assert (trail.count("INBOX"), trail.count("Processed")) == (0, 11)
    trail.assert_exactly_once(SAMPLE_EMAILS[:10] + [late])


def settled_sessions(trail: Trail, at_least: int) -> list[dict]:
    """Dovecot's log process writes each logout line a moment after the client has gone (seconds
    later on a loaded machine): wait for at least `at_least` sessions, then until no more appear."""
    deadline = time.monotonic() + 30
    sessions = trail.server.sessions(trail.user)
    quiet_since = time.monotonic()
    while time.monotonic() < deadline:
        time.sleep(0.05)
        now = trail.server.sessions(trail.user)
        if len(now) != len(sessions):
            sessions, quiet_since = now, time.monotonic()
        elif len(sessions) >= at_least and time.monotonic() - quiet_since > 0.5:
            break
    assert len(sessions) >= at_least, f"Dovecot logged {len(sessions)} sessions, expected {at_least}"
    return sessions


def test_a_poll_with_no_new_mail_downloads_no_bodies_however_big_the_folder(trail):
    trail.configure(IEPTRAIL_IMAP_PROCESSED="flag:$IEPTrail", IEPTRAIL_IMAP_BATCH="100")  # mail stays in INBOX
    emails = [school_email(n, tag="quiet") for n in range(300)]
    trail.append(emails)
    sessions_at_start = len(trail.server.sessions(trail.user))
    assert trail.poll().imported.new == 300  # no tagger: this test is about IMAP traffic
    sessions_before = len(settled_sessions(trail, sessions_at_start + 1))  # every logout of the first poll is logged
    quiet = trail.poll()
    assert (quiet.imported.new, quiet.fetch_commands, quiet.body_bytes) == (0, 0, 0)
    quiet_sessions = settled_sessions(trail, sessions_before + 1)[sessions_before:]
    assert sum(session["body_count"] for session in quiet_sessions) == 0, quiet_sessions
    assert sum(session["out"] for session in quiet_sessions) < 2000, quiet_sessions  # LOGIN + SELECT answers only
    assert trail.count("INBOX") == 300  # the time it takes is measured in bench/imap_big_folder.py


def test_a_crash_between_commit_and_move_is_finished_by_the_next_poll(trail, tagger):
    trail.configure(IEPTRAIL_IMAP_BATCH="5")
    trail.append(SAMPLE_EMAILS)
    with pytest.raises(SimulatedCrash):  # 7th message: the 2nd batch has 2 stored, none moved yet
        trail.poll(tagger, on_committed=after_commits(7, crash))
    assert trail.count("INBOX") == 63 - 5
    with trail.db.session_scope() as session:
        waiting = session.scalar(select(func.count(ImapMessage.id)).where(ImapMessage.marked_processed.is_(False)))
    assert waiting == 2
    resumed = trail.poll(tagger)
    assert resumed.imported.new == 63 - 7 and resumed.imported.duplicates == 0
    assert resumed.acknowledged == 63 - 5
    assert (trail.count("INBOX"), trail.count("Processed")) == (0, 63)
    trail.assert_exactly_once(SAMPLE_EMAILS)


def test_dovecot_going_down_during_a_poll_is_retried_with_backoff(trail, tagger):
    trail.configure(IEPTRAIL_IMAP_BATCH="5")
    trail.append(SAMPLE_EMAILS)
    restarter = threading.Timer(0.5, trail.server.start)

    def take_server_down() -> None:
        trail.server.stop()
        restarter.start()  # back in half a second: the reconnects in between are refused

    try:
        result = trail.poll(tagger, on_committed=after_commits(12, take_server_down))
    finally:
        restarter.join()
    assert result.reconnects >= 1
    assert result.imported.new == 63 and result.acknowledged == 63
    assert (trail.count("INBOX"), trail.count("Processed")) == (0, 63)
    trail.assert_exactly_once(SAMPLE_EMAILS)


def test_a_changed_uidvalidity_reads_the_folder_again_without_duplicates(trail):
    trail.configure(IEPTRAIL_IMAP_FOLDER="Trail", IEPTRAIL_IMAP_PROCESSED="flag:$IEPTrail")
    trail.append(SAMPLE_EMAILS, folder="Trail")
    assert trail.poll().imported.new == 63
    with trail.client() as client:
        before = client.folder_status("Trail", ["UIDVALIDITY"])[b"UIDVALIDITY"]
        client.delete_folder("Trail")
        client.create_folder("Trail")
        assert client.folder_status("Trail", ["UIDVALIDITY"])[b"UIDVALIDITY"] != before
    newcomers = [school_email(n, tag="after-move") for n in range(2)]
    trail.append(SAMPLE_EMAILS + newcomers, folder="Trail")
    again = trail.poll()
    assert again.resynced
    assert (again.imported.new, again.imported.duplicates) == (2, 63)
    trail.assert_exactly_once(SAMPLE_EMAILS + newcomers)
    with trail.client() as client:
        client.select_folder("Trail", readonly=True)
        flags = client.get_flags(client.search("ALL"))
    assert all(b"$IEPTrail" in item for item in flags.values())


def test_a_wrong_password_pauses_polling_without_retrying_and_is_never_logged(tmp_path, caplog):
    # Its own server: Dovecot delays every login from an address that just failed one (auth penalty).
    try:
        server = ThrowawayDovecot()
        server.start()
    except DovecotUnavailable as exc:
        pytest.skip(str(exc))
    password = "not-the-password-7431"
    trail = Trail(server, tmp_path, IEPTRAIL_IMAP_PASSWORD=password)
    try:
        caplog.set_level(logging.DEBUG)
        worker = Worker(trail.settings, trail.db, jobs.mail_importer(trail.db, trail.settings, None), FAST_BACKOFF)
        worker.poll_job()
        mismatches = [line for line in server.log_text().splitlines()
                      if f"passwd-file({trail.user}," in line and "Password mismatch" in line]
        with trail.db.session_scope() as session:
            run = last_run(session, "poll")
    finally:
        trail.close()
        server.close()
    assert worker.scheduler.get_job("poll").next_run_time is None, "polling is paused, not retried"
    assert f"IMAP login failed for {trail.user}@127.0.0.1" in worker.note and "IEPTRAIL_IMAP_PASSWORD" in worker.note
    assert len(mismatches) == 1, "one refused login, no retries against the server"
    assert run.ok is False and "login failed" in run.error
    assert password not in caplog.text + worker.note + run.error


def test_a_twenty_megabyte_message_is_stored_whole(trail):
    big = school_email(7, attachment_bytes=15 * 1024 * 1024)
    assert len(big) > 20_000_000
    trail.append([big])
    result = trail.poll()
    assert result.imported.new == 1 and result.body_bytes == len(big)
    trail.assert_exactly_once([big])
    with trail.db.session_scope() as session:
        raw = session.scalar(select(RawEmail))
        assert raw.size == len(big) and raw.raw == big


def test_an_email_that_cannot_be_parsed_is_quarantined_raw_and_marked_processed(trail):
    broken = (FIXTURES / "mime_broken" / "truncated-school-reply.eml").read_bytes()
    trail.append([broken, school_email(3)])
    result = trail.poll()
    assert (result.imported.new, result.imported.quarantined, result.acknowledged) == (1, 1, 2)
    with trail.db.session_scope() as session:
        kept = session.scalar(select(RawEmail).where(RawEmail.status == "quarantined"))
        assert kept.reason == "parse-error" and kept.error and kept.raw == as_served(broken)
        assert kept.origin.startswith(f"imap://{trail.user}@127.0.0.1/INBOX;UIDVALIDITY=")
    assert (trail.count("INBOX"), trail.count("Processed")) == (0, 2)


def test_only_the_user_and_allowed_senders_write_into_the_record(trail):
    stranger = school_email(1, ("Prize Desk", "winner@prizes.example.net"), tag="stranger")
    lookalike = school_email(2, ("Front Office", "office@notshoalcreekisd.org"), tag="lookalike")
    teacher = school_email(3, tag="teacher")
    forwarded_by_user = SAMPLE_EMAILS[0]
    trail.append([stranger, lookalike, teacher, forwarded_by_user])
    result = trail.poll()
    assert (result.imported.new, result.imported.quarantined) == (2, 2)
    with trail.db.session_scope() as session:
        held = session.execute(select(RawEmail.reason, RawEmail.error).where(RawEmail.status == "quarantined")).all()
        senders = set(session.scalars(select(Message.from_email)))
    assert [reason for reason, _ in held] == ["sender-not-allowed"] * 2
    assert "winner@prizes.example.net" in held[0][1]
    assert not any(sender.endswith(("prizes.example.net", "notshoalcreekisd.org")) for sender in senders)
    trail.assert_exactly_once([stranger, lookalike, teacher, forwarded_by_user])  # kept, never dropped


def test_idle_picks_up_new_mail_within_seconds_and_stops_on_request(trail):
    trail.configure(IEPTRAIL_IMAP_IDLE="true")
    stop, failures = threading.Event(), []

    def run() -> None:
        try:
            jobs.poll_then_idle(trail.db, trail.settings, jobs.mail_importer(trail.db, trail.settings, None),
                                stop=stop, until=time.monotonic() + 60, backoff=FAST_BACKOFF)
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            failures.append(exc)

    job = threading.Thread(target=run)
    job.start()
    try:
        wait_until(lambda: runs(trail, "poll") == 1)
        time.sleep(0.3)  # let it enter IDLE
        trail.append([school_email(11, tag="idle")])
        wait_until(lambda: stored(trail) == 1)  # well before the next scheduled poll, 60 s away
    finally:
        stop.set()
        job.join(10)
    assert not job.is_alive() and failures == []
    assert runs(trail, "poll") == 2
    assert trail.count("Processed") == 1


def runs(trail: Trail, job: str) -> int:
    with trail.db.session_scope() as session:
        return session.scalar(select(func.count(WorkerRun.id)).where(WorkerRun.job == job,
                                                                     WorkerRun.finished_at.is_not(None)))


def stored(trail: Trail) -> int:
    with trail.db.session_scope() as session:
        return session.scalar(select(func.count(ImapMessage.id)))


def wait_until(condition, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        time.sleep(0.02)


def test_run_worker_stops_cleanly_on_sigterm_and_loses_nothing_to_sigkill(trail):
    trail.configure(IEPTRAIL_IMAP_BATCH="4")
    emails = SAMPLE_EMAILS + [school_email(n, tag="kill") for n in range(20)]
    trail.append(emails)
    command = [sys.executable, str(REPO / "run_worker.py")]

    worker = subprocess.Popen(command, env=trail.env, stderr=subprocess.PIPE, text=True)
    wait_until(lambda: stored(trail) >= 5, timeout=30)
    worker.send_signal(signal.SIGTERM)
    assert worker.wait(20) == 0
    log = worker.stderr.read()
    assert "SIGTERM received: stopping after the message in hand is stored" in log and "worker stopped" in log
    assert "not-the-password" not in log and trail.settings.imap.password not in log
    with trail.db.session_scope() as session:
        committed = session.scalar(select(func.count(ImapMessage.id)))
        unmoved = session.scalar(select(func.count(ImapMessage.id)).where(ImapMessage.marked_processed.is_(False)))
        process = session.scalar(select(WorkerProcess))
    assert unmoved == 0 and trail.count("Processed") == committed  # stopped after a commit, then moved
    assert process.stopped_at is not None

    once = subprocess.Popen(command + ["--once"], env=trail.env, stderr=subprocess.DEVNULL)
    wait_until(lambda: stored(trail) >= committed + 10, timeout=30)
    once.kill()  # SIGKILL: no clean-up of any kind
    once.wait(10)

    finished = subprocess.run(command + ["--once"], env=trail.env, capture_output=True, text=True, timeout=60)
    assert finished.returncode == 0, finished.stderr
    assert (trail.count("INBOX"), trail.count("Processed")) == (0, len(emails))
    trail.assert_exactly_once(emails)
