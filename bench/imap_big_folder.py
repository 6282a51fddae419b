#!/usr/bin/env python3
"""A poll of a big folder with no new mail: how long it takes and what it downloads.

APPENDs --count messages (default 20,000) to a throwaway Dovecot on loopback, imports them all
through the worker's poll (this is the import throughput over IMAP), then polls again with no
new mail, and finally with 10 new messages. The mailbox marks processed mail with a keyword so
everything stays in the folder. Byte and body counts come from Dovecot's own logout lines.

    .venv/bin/python bench/imap_big_folder.py [--count 20000] [--database-url URL]

Needs `dovecot` (Debian: dovecot-imapd). Not part of the test suite.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from dovecot import ThrowawayDovecot  # noqa: E402
from imap_trail import Trail  # noqa: E402
from mailgen import school_email  # noqa: E402

from ieptrail.classify import Tagger  # noqa: E402


def last_session(trail: Trail, before: int) -> dict[str, int]:
    deadline = time.monotonic() + 5
    while len(sessions := trail.server.sessions(trail.user)) <= before and time.monotonic() < deadline:
        time.sleep(0.02)
    return sessions[-1]


def timed_poll(trail: Trail, tagger=None):
    before = len(trail.server.sessions(trail.user))
    started = time.perf_counter()
    result = trail.poll(tagger)
    return time.perf_counter() - started, result, last_session(trail, before)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=20_000)
    parser.add_argument("--database-url", help="default: a SQLite file in a temp dir")
    parser.add_argument("--quiet-polls", type=int, default=5)
    args = parser.parse_args()

    server = ThrowawayDovecot()
    server.start()
    home = Path(tempfile.mkdtemp(prefix="ieptrail-bench-"))
    trail = Trail(server, home, args.database_url, IEPTRAIL_IMAP_PROCESSED="flag:$IEPTrail", IEPTRAIL_IMAP_BATCH="200")
    tagger = Tagger(("Mateo Delgado",))
    try:
        trail.wipe()
        emails = [school_email(n, tag="bench") for n in range(args.count)]
        started = time.perf_counter()
        trail.append(emails)
        print(f"APPEND {len(emails):,} messages ({sum(map(len, emails)) / 1e6:.1f} MB): "
              f"{time.perf_counter() - started:.1f} s")

        seconds, first, session = timed_poll(trail, tagger)
        print(f"first sync, parse + tag + store over IMAP: {first.imported.new:,} new in {seconds:.1f} s = "
              f"{first.imported.new / seconds:.0f} messages/s; {first.fetch_commands} FETCH commands, "
              f"{session['body_count']:,} bodies / {session['out'] / 1e6:.1f} MB sent by the server")

        quiet = [timed_poll(trail) for _ in range(args.quiet_polls)]
        times = [seconds for seconds, _, _ in quiet]
        _, result, session = quiet[-1]
        print(f"poll with no new mail, folder of {args.count:,}: median {statistics.median(times) * 1000:.0f} ms "
              f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f}, {len(times)} polls, including "
              f"connect + LOGIN + LOGOUT); FETCH commands {result.fetch_commands}, bodies "
              f"{session['body_count']}, bytes sent by the server {session['out']:,}, received {session['in']:,}")

        newcomers = [school_email(n, tag="bench-new") for n in range(10)]
        trail.append(newcomers)
        seconds, result, session = timed_poll(trail, tagger)
        print(f"poll with 10 new messages: {seconds * 1000:.0f} ms; FETCH commands {result.fetch_commands}, "
              f"bodies {session['body_count']}, bytes sent by the server {session['out']:,}")

        trail.assert_exactly_once(emails + newcomers)
        print(f"record: all {len(emails) + len(newcomers):,} messages present exactly once (SHA-256 and Message-ID)")
    finally:
        trail.wipe()
        trail.close()
        server.close()
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
