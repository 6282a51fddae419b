#!/usr/bin/env python3
"""How long the web page takes to answer a search, end to end over loopback HTTP.

Imports the dev mailbox (../shared/eval/dev, or the identical bundled sample) into a fresh SQLite
file, serves the page with uvicorn on 127.0.0.1, and GETs the search page for every query of the
dev corpus's gold set, each alone and with filters (topic, student, sender, date range), plus the
empty search (the newest 50 messages, the biggest page). Time is from sending the request to
having read the whole page, on one kept-alive connection, after one warm-up round.

    .venv/bin/python bench/web_search_render.py [--rounds 20] [--mailbox DIR] [--database-url URL]

Not part of the test suite.
"""
from __future__ import annotations

import argparse
import http.client
import json
import math
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from ieptrail.classify import Tagger
from ieptrail.config import load_settings
from ieptrail.ingest.sources import read_local
from ieptrail.trail.importer import Importer
from ieptrail.store.db import Database
from ieptrail.web.serve import WebPage

REPO = Path(__file__).resolve().parent.parent
DEV = REPO.parent / "shared" / "eval" / "dev"
FALLBACK_QUERIES = ["extended time", "extra time", "breaks", "speech", "OT", "bus", "IEP meeting", "progress report"]


def search_paths(queries: list[str]) -> list[str]:
    paths = ["/"]
    for query in queries:
        paths.append("/?" + urlencode({"q": query}))
        paths.append("/?" + urlencode({"q": query, "student": "Mateo Delgado", "since": "2026-01-01",
                                       "until": "2026-03-31"}))
        paths.append("/?" + urlencode({"q": query, "from": "shoalcreekisd.org", "topic": "breaks"}))
    return paths


def timed_get(connection: http.client.HTTPConnection, path: str) -> tuple[float, int, int]:
    started = time.perf_counter()
    connection.request("GET", path)
    response = connection.getresponse()
    body = response.read()
    return time.perf_counter() - started, response.status, len(body)


def percentile(values: list[float], share: float) -> float:
    """Nearest rank: the smallest value with at least `share` of the values at or below it."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--mailbox", type=Path, help="default: ../shared/eval/dev/mailbox, else sample/mailbox")
    parser.add_argument("--database-url", help="default: a SQLite file in a temp dir")
    args = parser.parse_args()

    mailbox = args.mailbox or (DEV / "mailbox" if DEV.exists() else REPO / "sample" / "mailbox")
    gold = DEV / "gold.json"
    queries = [item["q"] for item in json.loads(gold.read_text())["queries"]] if gold.exists() else FALLBACK_QUERIES
    home = Path(tempfile.mkdtemp(prefix="ieptrail-web-bench-"))
    settings = load_settings({
        "HOME": str(home), "IEPTRAIL_DATA_DIR": str(home / "data"),
        "IEPTRAIL_DATABASE_URL": args.database_url or f"sqlite:///{home / 'trail.db'}",
        "IEPTRAIL_USER_EMAILS": "rosa.delgado@gmail.com", "IEPTRAIL_TIMEZONE": "America/Chicago",
        "IEPTRAIL_STUDENTS": "Mateo Delgado",
    }, env_file=os.devnull)
    db = Database(settings.database_url)
    tagger = Tagger(settings.students)
    summary = Importer(db, settings, tagger=tagger).import_many(read_local([mailbox]))
    page = WebPage(settings, db, tagger, host="127.0.0.1", port=0).start()
    parts = urlsplit(page.address)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    paths = search_paths(queries)
    try:
        for path in paths:  # warm-up: first templates compile, caches fill
            timed_get(connection, path)
        timings: list[tuple[float, str, int]] = []
        for _ in range(args.rounds):
            for path in paths:
                seconds, status, size = timed_get(connection, path)
                if status != 200:
                    print(f"{path}: HTTP {status}", file=sys.stderr)
                    return 1
                timings.append((seconds, path, size))
    finally:
        connection.close()
        page.stop()
        db.close()
    values = [seconds * 1000 for seconds, _, _ in timings]
    slowest = max(timings)
    print(f"mailbox {mailbox} ({summary.messages} messages), {len(paths)} search pages x {args.rounds} rounds "
          f"= {len(values)} requests on {settings.database_url.split(':')[0]}")
    print(f"render time ms: p50 {statistics.median(values):.1f}  p95 {percentile(values, 0.95):.1f}  "
          f"p99 {percentile(values, 0.99):.1f}  max {max(values):.1f}")
    print(f"slowest: {slowest[1]} ({slowest[0] * 1000:.1f} ms, {slowest[2]:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
