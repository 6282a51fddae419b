#!/usr/bin/env python3
"""Soak: run_worker.py for a long time against a Dovecot that keeps restarting, while mail arrives.

Starts a throwaway Dovecot on loopback and the real worker (`run_worker.py`, IDLE on, polling every
minute). For --duration seconds it then APPENDs mail at about --rate messages a second: school
mail, strangers' mail (to be quarantined) and now and then a 5 MB attachment. Every --restart-every
seconds it appends a burst, so that a poll is running, then stops Dovecot for 0.5 to 3 seconds.
At the end it waits for the worker to catch up, stops it with SIGTERM, and checks the record
against what the server holds: every message exactly once, by SHA-256 and by Message-ID.

    .venv/bin/python bench/imap_soak.py [--duration 3600] [--restart-every 180] [--rate 0.5]

Needs `dovecot` (Debian: dovecot-imapd). Not part of the test suite. The worker's log is written
to bench/output/soak-worker.log.
"""
from __future__ import annotations

import argparse
import hashlib
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent / "tests"))

from dovecot import ThrowawayDovecot  # noqa: E402
from imap_trail import SAMPLE_EMAILS, Trail, header_message_id  # noqa: E402
from mailgen import school_email  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from ieptrail.store.models import ImapMessage, RawEmail, WorkerRun  # noqa: E402


class Appender(threading.Thread):
    """Appends mail until told to stop; an APPEND cut off by a restart is tried again."""

    def __init__(self, trail: Trail, rate: float):
        super().__init__(name="appender", daemon=True)
        self.trail, self.rate = trail, rate
        self.stop = threading.Event()
        self.lock = threading.RLock()  # the restarter appends bursts too
        self.appended_at: dict[str, datetime] = {}  # Message-ID -> when the server said OK
        self.failures = 0
        self.n = 0
        self.sample = list(SAMPLE_EMAILS)

    def next_email(self) -> bytes:
        self.n += 1
        if self.sample and self.n % 7 == 0:
            return self.sample.pop(0)  # the user's own forwards
        if self.n % 41 == 0:
            return school_email(self.n, ("Prize Desk", "winner@prizes.example.net"), tag="soak-stranger")
        if self.n % 97 == 0:
            return school_email(self.n, tag="soak-big", attachment_bytes=5 * 1024 * 1024)
        return school_email(self.n, tag="soak")

    def append(self, raw: bytes) -> None:
        while True:
            try:
                with self.trail.client() as client:
                    client.append("INBOX", raw)
                with self.lock:
                    self.appended_at[header_message_id(raw)] = datetime.now(UTC)
                return
            except Exception:  # the server is restarting: try again in a moment
                self.failures += 1
                time.sleep(0.2)

    def burst(self, count: int) -> None:
        for _ in range(count):
            self.append(self.next_email())

    def run(self) -> None:
        while not self.stop.is_set():
            with self.lock:
                raw = self.next_email()
            self.append(raw)
            self.stop.wait(random.expovariate(self.rate))


def rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def server_emails(trail: Trail) -> list[bytes]:
    """Every distinct email the server holds (an APPEND retried after a restart may have landed twice)."""
    unique: dict[str, bytes] = {}
    with trail.client() as client:
        for folder in ("INBOX", "Processed"):
            if not client.folder_exists(folder):
                continue
            client.select_folder(folder, readonly=True)
            uids = client.search("ALL")
            for start in range(0, len(uids), 200):
                for data in client.fetch(uids[start:start + 200], ["BODY.PEEK[]"]).values():
                    raw = data[b"BODY[]"]
                    unique[hashlib.sha256(raw).hexdigest()] = raw
    return list(unique.values())


def wait_for_drain(trail: Trail, timeout: float) -> float:
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        with trail.db.session_scope() as session:
            unmoved = session.scalar(select(func.count(ImapMessage.id)).where(ImapMessage.marked_processed.is_(False)))
        if unmoved == 0 and trail.count("INBOX") == 0:
            return time.monotonic() - started
        time.sleep(1)
    raise SystemExit(f"the worker did not catch up within {timeout:.0f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=3600, help="seconds of mail and restarts (default 3600)")
    parser.add_argument("--restart-every", type=float, default=180, help="seconds between Dovecot restarts")
    parser.add_argument("--rate", type=float, default=0.5, help="messages a second, on average")
    args = parser.parse_args()

    server = ThrowawayDovecot()
    server.start()
    home = Path(tempfile.mkdtemp(prefix="ieptrail-soak-"))
    trail = Trail(server, home, IEPTRAIL_IMAP_IDLE="true",
                  IEPTRAIL_POLL_MINUTES="1", IEPTRAIL_IMAP_BATCH="10", IEPTRAIL_LOG_LEVEL="info")
    (BENCH / "output").mkdir(exist_ok=True)
    log_path = BENCH / "output" / "soak-worker.log"
    with open(log_path, "w") as log:
        worker = subprocess.Popen([sys.executable, str(BENCH.parent / "run_worker.py")], env=trail.env,
                                  stderr=log, stdout=log)
    appender = Appender(trail, args.rate)
    restarts, downtime, rss = 0, 0.0, []
    began = time.monotonic()
    try:
        time.sleep(4)  # the worker loads spaCy and makes its first poll
        rss.append(rss_kb(worker.pid))
        appender.start()
        next_restart = time.monotonic() + args.restart_every
        while time.monotonic() - began < args.duration:
            time.sleep(1)
            if worker.poll() is not None:
                raise SystemExit(f"the worker exited with {worker.returncode}; see {log_path}")
            if time.monotonic() >= next_restart:
                with appender.lock:
                    appender.burst(20)  # so the restart lands in the middle of a poll
                time.sleep(random.uniform(0.1, 0.6))
                pause = random.uniform(0.5, 3.0)
                server.stop()
                time.sleep(pause)
                server.start()
                restarts, downtime = restarts + 1, downtime + pause
                next_restart = time.monotonic() + args.restart_every
                rss.append(rss_kb(worker.pid))
        appender.stop.set()
        appender.join()
        drained = wait_for_drain(trail, timeout=300)
        rss.append(rss_kb(worker.pid))
        worker.send_signal(signal.SIGTERM)
        exit_code = worker.wait(60)
    finally:
        if worker.poll() is None:
            worker.kill()

    held = server_emails(trail)
    trail.assert_exactly_once(held)  # raises if anything is missing, extra or doubled
    with trail.db.session_scope() as session:
        by_status = dict(session.execute(select(RawEmail.status, func.count()).group_by(RawEmail.status)).all())
        stored_at = dict(session.execute(select(RawEmail.source_message_id, RawEmail.received_at)).all())
        runs = dict(session.execute(select(WorkerRun.ok, func.count()).where(WorkerRun.job == "poll")
                                    .group_by(WorkerRun.ok)).all())
        errors = session.scalars(select(WorkerRun.error).where(WorkerRun.ok.is_(False))).all()
    latencies = sorted((stored_at[mid].replace(tzinfo=UTC) - at).total_seconds()
                       for mid, at in appender.appended_at.items() if mid in stored_at)
    log_text = log_path.read_text()
    print(f"soak: {args.duration / 60:.0f} min of mail at ~{args.rate}/s, Dovecot restarted {restarts} times "
          f"(down {downtime:.0f} s in all); worker exit code {exit_code} after SIGTERM")
    print(f"mail: {len(appender.appended_at)} APPENDs confirmed ({appender.failures} refused during restarts and "
          f"retried), {len(held)} distinct emails on the server")
    print(f"record: {by_status.get('stored', 0)} stored + {by_status.get('quarantined', 0)} quarantined "
          f"+ {by_status.get('duplicate', 0)} duplicates = {sum(by_status.values())}; lost 0, doubled 0 "
          f"(checked by SHA-256 and Message-ID)")
    print(f"pickup after APPEND: median {statistics.median(latencies):.1f} s, 95% {latencies[int(len(latencies) * .95)]:.1f} s, "
          f"max {latencies[-1]:.1f} s; caught up {drained:.0f} s after the last APPEND")
    last_error = f" (last: {errors[-1]})" if errors else ""
    print(f"polls: {runs.get(True, 0)} ok, {runs.get(False, 0)} failed{last_error}; "
          f"log: {log_text.count('retry ')} reconnect waits, {log_text.count('IDLE ended')} IDLE drops, "
          f"{log_text.count('Traceback')} tracebacks")
    print(f"worker memory (RSS, MB) after start, after each restart, at the end: "
          f"{' '.join(str(round(kb / 1024)) for kb in rss)}")
    trail.close()
    server.close()
    shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
