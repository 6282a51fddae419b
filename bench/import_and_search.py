"""Import throughput, peak memory, classification throughput and search latency on a large mailbox.

    .venv/bin/python bench/import_and_search.py               # 20,000 messages
    .venv/bin/python bench/import_and_search.py --count 100000 --database sqlite:////tmp/trail-100k.db

Prints one line per figure. The mailbox is generated once into bench/data/ and reused.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mailbox_generator import ensure  # noqa: E402

from ieptrail.classify import Tagger  # noqa: E402
from ieptrail.config import load_settings  # noqa: E402
from ieptrail.ingest.sources import read_local  # noqa: E402
from ieptrail.store.tags import stored_texts_after  # noqa: E402
from ieptrail.trail.importer import Importer  # noqa: E402
from ieptrail.trail.tagging import text_of_stored  # noqa: E402
from ieptrail.store import queries  # noqa: E402
from ieptrail.trail.followups import refresh_followups  # noqa: E402
from ieptrail.store.db import Database  # noqa: E402
from ieptrail.store.models import Message  # noqa: E402

QUERIES = ["extra time", "speech", "bus", "IEP meeting", "laminated", "compensatory services", "aide",
           "evaluation", "progress report", "sensory tools", "OT", "breaks", "Kowalski", "route sheet"]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=20000)
    parser.add_argument("--database", help="database URL (default: a fresh SQLite file)")
    parser.add_argument("--searches", type=int, default=200)
    args = parser.parse_args()

    mbox = ensure(args.count, Path(__file__).resolve().parent / "data")
    url = args.database or f"sqlite:///{tempfile.mkdtemp(prefix='ieptrail-bench-')}/trail.db"
    settings = load_settings({"HOME": tempfile.gettempdir(), "IEPTRAIL_DATABASE_URL": url,
                              "IEPTRAIL_USER_EMAILS": "rosa.delgado@gmail.com", "IEPTRAIL_TIMEZONE": "America/Chicago",
                              "IEPTRAIL_STUDENTS": "Mateo Delgado"}, env_file=os.devnull)
    db = Database(url)
    tagger = Tagger.from_settings(settings)
    with db.session_scope() as session:
        already = session.query(Message).count()
    if already < args.count:
        started = time.perf_counter()
        summary = Importer(db, settings, tagger=tagger).import_many(read_local([mbox]), batch_size=500)
        elapsed = time.perf_counter() - started
        print(f"import: {summary.new} emails ({summary.messages} messages, {summary.quarantined} quarantined) "
              f"in {elapsed:.1f} s = {summary.new / elapsed:.0f} messages/s (parse, unwrap, tag, store, thread, follow-ups)")
        print(f"peak memory during import: {peak_rss_mb():.0f} MB")
    started = time.perf_counter()
    with db.session_scope() as session:
        counts = refresh_followups(session, settings)
    print(f"follow-up refresh over the whole record: {time.perf_counter() - started:.1f} s "
          f"({counts['fulfilled']} promises fulfilled, {counts['answered']} requests answered); "
          f"peak memory so far {peak_rss_mb():.0f} MB")
    with db.session_scope() as session:
        texts = [text_of_stored(stored, settings) for stored in stored_texts_after(session, 0, 5000)]
    started = time.process_time()
    tagger.tag_many(texts)
    cpu = time.process_time() - started
    print(f"classification: {len(texts)} messages in {cpu:.2f} CPU-s = {len(texts) / cpu:.0f} messages per CPU-second (one core)")

    latencies = []
    with db.session_scope() as session:
        total = session.query(Message).count()
        for index in range(args.searches):
            query = QUERIES[index % len(QUERIES)]
            started = time.perf_counter()
            filters = queries.SearchFilters(query=query, concept_topics=tagger.topics_for_query(query), limit=50)
            queries.search_messages(session, filters, settings.timezone)
            latencies.append((time.perf_counter() - started) * 1000)
    latencies.sort()
    p95 = latencies[int(0.95 * (len(latencies) - 1))]
    print(f"search over {total} messages: median {statistics.median(latencies):.1f} ms, p95 {p95:.1f} ms "
          f"({len(latencies)} searches, concept + full text, 50 results)")


if __name__ == "__main__":
    main()
