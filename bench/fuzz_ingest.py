"""Fuzz the import: mutated and hostile emails through the parser, the forward unwrapper, the
body splitter and the tagger, into a real SQLite record.

    .venv/bin/python bench/fuzz_ingest.py [--examples 400] [--time-limit 5] [--seed 13]

Hypothesis draws each example (deterministically for a seed): one of the project's own emails
(the sample mailbox and the test fixtures: Gmail/Outlook/Apple forwards, broken MIME) and a few
mutations of it: flipped and deleted bytes, cut-off endings, spliced pieces of other emails,
long runs of the characters regexes backtrack on, hostile headers (a megabyte From name, year
9999, a boundary that never closes), mixed line endings. Each email must:
- be imported without an exception escaping the importer (no crash),
- be quarantined, if at all, for a reason the parser gives, not for an exception it did not foresee,
- take at most --time-limit CPU seconds to parse, unwrap, split, tag and store (no hang),
- end up stored or quarantined (never lost),
- and, when quarantined, be accepted by `quarantine accept` with what could be read (never stuck).
It prints what it ran and every finding, and exits 1 when there is any.
"""
from __future__ import annotations

import argparse
import hashlib
import logging
import os
import shutil
import signal
import sys
import tempfile
import time
import traceback
from pathlib import Path

from hypothesis import HealthCheck, given, seed, settings, strategies as st

from ieptrail.classify import Tagger
from ieptrail.config import load_settings
from ieptrail.trail.importer import Importer
from ieptrail.trail.quarantine import accept as accept_quarantined
from ieptrail.store.db import Database
from ieptrail.store.models import RawEmail

REPO = Path(__file__).resolve().parent.parent

SEEDS = sorted((REPO / "sample" / "mailbox").glob("*.eml")) + sorted((REPO / "tests" / "fixtures").rglob("*.eml"))
RUNS = [b"@" * 2000, b" " * 20000, b"A" * 20000, b"> x\n" * 3000, b"\n" * 5000, b"-" * 5000, b"\x00" * 200,
        b"From " * 2000, b"<" * 3000, b"=?utf-8?b?" * 500, b"Rosa\n" * 3000, b"on 1/2/2026 wrote" + b" " * 5000 + b"x"]
HEADERS = [b"From: " + b"A" * 1_000_000 + b" <a@b.c>\n", b"From: " + b"@" * 4000 + b"\n",
           b"Date: Fri, 31 Dec 9999 23:59:59 -1400\n", b"Date: Mon, 01 Jan 0000 00:00:00 +0000\n",
           b"Content-Type: multipart/mixed; boundary=\"never\"\n", b"Content-Transfer-Encoding: base64\n",
           b"Message-ID: <" + b"x" * 5000 + b">\n", b"Subject: =?x-unknown?q?" + b"=FF" * 300 + b"?=\n",
           b"Subject: Fwd: " + b"\x1b[2J\xe2\x80\xae" * 50 + b"\n", b"To: " + b"a@b.c, " * 5000 + b"\n"]


class TooSlow(Exception):
    pass


def _alarm(_signum, _frame):
    raise TooSlow()


def mutate(rng, seeds: list[bytes]) -> tuple[bytes, str]:
    """One email: a seed and one to four mutations of it, all chosen by `rng`."""
    raw = bytearray(rng.choice(seeds))
    steps = []
    for _ in range(rng.randint(1, 4)):
        kind = rng.choice(["flip", "delete", "truncate", "splice", "run", "header", "endings"])
        at = rng.randint(0, max(0, len(raw) - 1))
        if kind == "flip":
            raw[at:at + 1] = bytes([rng.randint(0, 255)])
        elif kind == "delete":
            del raw[at:at + rng.randint(1, 400)]
        elif kind == "truncate":
            del raw[at:]
        elif kind == "splice":
            other = rng.choice(seeds)
            start = rng.randint(0, max(0, len(other) - 1))
            raw[at:at] = other[start:start + rng.randint(1, 2000)]
        elif kind == "run":
            raw[at:at] = rng.choice(RUNS)
        elif kind == "header":
            raw[0:0] = rng.choice(HEADERS)
        else:
            raw = bytearray(bytes(raw).replace(b"\r\n", b"\n").replace(b"\n", rng.choice([b"\r\n", b"\r"])))
        steps.append(kind)
    return bytes(raw), "+".join(steps)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=400)
    parser.add_argument("--time-limit", type=float, default=5.0, help="CPU seconds one email may take")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    logging.disable(logging.ERROR)  # every quarantined mutant would log a line; the findings say what matters
    seeds = [path.read_bytes() for path in SEEDS]
    folder = Path(tempfile.mkdtemp(prefix="ieptrail-fuzz-"))
    environ = {"HOME": str(folder), "IEPTRAIL_DATA_DIR": str(folder / "data"), "IEPTRAIL_ENV_FILE": os.devnull,
               "IEPTRAIL_DATABASE_URL": f"sqlite:///{folder / 'fuzz.db'}",
               "IEPTRAIL_USER_EMAILS": "rosa.delgado@gmail.com", "IEPTRAIL_TIMEZONE": "America/Chicago",
               "IEPTRAIL_STUDENTS": "Mateo Delgado"}
    config = load_settings(environ, env_file=os.devnull)
    db = Database(config.database_url)
    tagger = Tagger.from_settings(config)
    importer = Importer(db, config, tagger=tagger)
    findings: list[str] = []
    counts = {"examples": 0, "stored": 0, "quarantined": 0, "accepted": 0, "duplicates": 0}
    slowest = (0.0, "")
    signal.signal(signal.SIGALRM, _alarm)

    def check(raw: bytes, steps: str) -> None:
        nonlocal slowest
        counts["examples"] += 1
        origin = f"fuzz:{counts['examples']}:{steps}"
        sha = hashlib.sha256(raw).hexdigest()
        started = time.thread_time()
        signal.alarm(int(args.time_limit * 4) + 1)  # a hang is cut off and reported, not waited out
        try:
            summary = importer.import_many([(origin, raw)])
        except TooSlow:
            findings.append(f"HANG {origin}: still importing after {args.time_limit * 4:.0f} s ({len(raw)} bytes)")
            return
        except Exception as exc:  # noqa: BLE001 - any escape is a finding
            findings.append(f"CRASH {origin}: {type(exc).__name__}: {exc}\n{traceback.format_exc(limit=4)}")
            return
        finally:
            signal.alarm(0)
        spent = time.thread_time() - started
        if spent > slowest[0]:
            slowest = (spent, origin)
        if spent > args.time_limit:
            findings.append(f"SLOW {origin}: {spent:.1f} CPU s for {len(raw)} bytes")
        counts["duplicates"] += summary.duplicates
        with db.session_scope() as session:
            row = session.query(RawEmail.id, RawEmail.status, RawEmail.error, RawEmail.error_detail).filter(
                RawEmail.sha256 == sha).one_or_none()
        if row is None:
            findings.append(f"LOST {origin}: neither stored nor quarantined")
            return
        if row.error_detail and not summary.duplicates:  # quarantined by an exception no rule foresaw: a bug
            findings.append(f"PARSE BUG {origin}: {row.error}")
        if summary.duplicates:
            return
        counts[row.status] = counts.get(row.status, 0) + 1
        if row.status == "quarantined":
            try:
                accept_quarantined(db, config, row.id, tagger=tagger)
                counts["accepted"] += 1
            except Exception as exc:  # noqa: BLE001
                findings.append(f"STUCK {origin}: cannot leave quarantine: {type(exc).__name__}: {exc}")

    @seed(args.seed)
    @settings(max_examples=args.examples, database=None, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.randoms(use_true_random=False))  # hypothesis picks (and replays) each example's random stream
    def run(rng):
        check(*mutate(rng, seeds))

    started = time.monotonic()
    run()
    print(f"fuzzed {counts['examples']} emails from {len(seeds)} seeds in {time.monotonic() - started:.0f} s "
          f"(per-email limit {args.time_limit:.0f} CPU s): {counts['stored']} stored, {counts['quarantined']} "
          f"quarantined ({counts['accepted']} of them accepted afterwards), {counts['duplicates']} duplicates")
    print(f"slowest: {slowest[0]:.2f} CPU s ({slowest[1]})")
    for finding in findings:
        print(finding)
    print(f"{len(findings)} finding(s)")
    db.close()
    if findings:
        print(f"the record with every fuzzed email is kept for a look: {folder / 'fuzz.db'}")
        return 1
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
