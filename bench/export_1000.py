#!/usr/bin/env python3
"""How long an export of a 1,000-message record takes, in every format.

Builds the record once (or reuses it) in bench/data/export-1000/trail.db: the 63 sample emails,
plus copies of those the school sent straight to the trail and the parent's own mail, each copy
with its own Message-ID, a subject suffix and a date some weeks earlier, imported and tagged
like real mail until there are 1,000 messages. Then exports it as PDF, HTML, CSV and the ZIP
bundle, verifies the bundle, and prints the times.

    .venv/bin/python bench/export_1000.py [--messages 1000] [--rebuild]

Not part of the test suite (the aim, under a minute for the bundle, is a goal, not a check).
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from datetime import date, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

from ieptrail.classify import Tagger
from ieptrail.config import load_settings
from ieptrail.export.bundle import verify_bundle
from ieptrail.export.record_check import record_checker
from ieptrail.export.signing import record_public_key
from ieptrail.export.record import ExportScope
from ieptrail.export.write import export_record
from ieptrail.ingest.sources import read_local
from ieptrail.trail.importer import Importer
from ieptrail.store.db import Database
from ieptrail.store.queries import counts

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "sample" / "mailbox"
AS_OF = date(2026, 3, 12)
ENV = {"IEPTRAIL_USER_EMAILS": "rosa.delgado@gmail.com", "IEPTRAIL_TIMEZONE": "America/Chicago",
       "IEPTRAIL_STUDENTS": "Mateo Delgado", "IEPTRAIL_TRAIL_ADDRESS": "delgado.paper.trail@gmail.com",
       "IEPTRAIL_DKIM_CHECK": "false"}


def copy_of(raw: bytes, round_number: int) -> bytes | None:
    """The email as if written `round_number` weeks earlier; None for forwards (their original is inside)."""
    head, separator, body = raw.partition(b"\r\n\r\n") if b"\r\n\r\n" in raw else raw.partition(b"\n\n")
    text = head.decode("utf-8", "surrogateescape")
    if re.search(r"^Subject:\s*(fwd?|fw):", text, re.I | re.M) or b"message/rfc822" in raw:
        return None
    date_match = re.search(r"^Date:[ \t]*(.+)$", text, re.M)
    if not date_match:
        return None
    earlier = parsedate_to_datetime(date_match.group(1).strip()) - timedelta(weeks=round_number)
    text = text.replace(date_match.group(0), "Date: " + format_datetime(earlier), 1)
    text = re.sub(r"^(Message-ID:\s*<)", rf"\g<1>bench{round_number}.", text, count=1, flags=re.M | re.I)
    text = re.sub(r"^(Subject:[^\r\n]*)", rf"\g<1> (week -{round_number})", text, count=1, flags=re.M)
    return text.encode("utf-8", "surrogateescape") + separator + body


def build(db: Database, settings, wanted: int) -> None:
    """One import run for all of it: each run ends by re-matching every promise, which is costly."""
    originals = [(path.name, path.read_bytes()) for path in sorted(SAMPLE.glob("*.eml"))]
    importer = Importer(db, settings, tagger=Tagger(settings.students))
    started = time.perf_counter()
    with db.session_scope() as session:
        have = counts(session)["messages"]
    round_number = 0
    while have < wanted:
        planned: list[tuple[str, bytes]] = [] if have else list(read_local([SAMPLE]))
        while have + len(planned) < wanted:
            round_number += 1
            planned += [(f"{name}#{round_number}", copy) for name, raw in originals
                        if (copy := copy_of(raw, round_number)) is not None]
        importer.import_many(planned[: wanted - have])
        with db.session_scope() as session:
            have = counts(session)["messages"]
    print(f"built a record of {have} messages in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    folder = REPO / "bench" / "data" / f"export-{args.messages}"
    folder.mkdir(parents=True, exist_ok=True)
    database = folder / "trail.db"
    if args.rebuild:
        database.unlink(missing_ok=True)
    settings = load_settings({"HOME": str(folder), "IEPTRAIL_DATA_DIR": str(folder),
                              "IEPTRAIL_DATABASE_URL": f"sqlite:///{database}", **ENV}, env_file="/dev/null")
    db = Database(settings.database_url)
    with db.session_scope() as session:
        have = counts(session)["messages"]
    if have < args.messages:
        build(db, settings, args.messages)
    out = REPO / "bench" / "output"
    out.mkdir(parents=True, exist_ok=True)
    scope = ExportScope(as_of=AS_OF)
    timings = {}
    for fmt, target in (("pdf", out / "trail.pdf"), ("html", out / "trail.html"), ("csv", out / "tables"),
                        ("zip", out / "bundle.zip")):
        started = time.perf_counter()
        result = export_record(db, settings, scope, fmt, target)
        timings[fmt] = time.perf_counter() - started
        size = sum(path.stat().st_size for path in result.paths)
        print(f"{fmt:4s} {timings[fmt]:6.1f} s  {result.exhibits} exhibits  {size / 1e6:6.1f} MB  {target}")
    started = time.perf_counter()
    verification = verify_bundle(out / "bundle.zip", [record_public_key(settings.data_dir)],
                                 record_checker(db, settings))
    print(f"verify {time.perf_counter() - started:4.1f} s  {verification.files_checked} files, "
          f"{verification.verdict} ({', '.join(f'{c.name} {c.status}' for c in verification.checks)})")
    print(f"{result.exhibits}-message export: ZIP bundle (PDF + HTML + CSV + every .eml) in {timings['zip']:.1f} s "
          f"(aim: under 60 s)")


if __name__ == "__main__":
    main()
