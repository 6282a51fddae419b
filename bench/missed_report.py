"""Missed services and accommodations not provided, corpus by corpus: what gold has that we miss,
what we add that gold lacks, and whether the date and minutes of each found report agree.

    .venv/bin/python bench/missed_report.py                  # every study corpus (held-out ones are never opened)
    .venv/bin/python bench/missed_report.py --only train-c   # one corpus (repeatable)
    .venv/bin/python bench/missed_report.py --summary        # only the per-corpus counts

Each corpus is imported into a fresh SQLite file with the environment the scorer uses; a report
matches gold on (source message, topic), as the shared scorer counts it. For every miss the
message's own new text is printed with the topics tagged in it, so the reason can be read.
"""
from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
import textwrap
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
from accuracy import study_corpora  # noqa: E402


def import_corpus(corpus: Path, work: Path) -> Path:
    from click.testing import CliRunner

    from ieptrail.cli import main as ieptrail_main

    gold = json.loads((corpus / "gold.json").read_text())
    database = work / "trail.db"
    env = {
        "IEPTRAIL_DATABASE_URL": f"sqlite:///{database}",
        "IEPTRAIL_USER_EMAILS": gold["user"]["email"],
        "IEPTRAIL_TIMEZONE": gold["timezone"],
        "IEPTRAIL_STUDENTS": ",".join(gold["students"]),
        "HOME": str(work),
    }
    outcome = CliRunner().invoke(ieptrail_main, ["import", str(corpus / "mailbox")], env=env, catch_exceptions=False)
    if outcome.exit_code != 0:
        raise SystemExit(f"import of {corpus} failed: {outcome.output[-300:]}")
    return database


def read_store(database: Path):
    db = sqlite3.connect(database)
    messages = {}
    for pk, source, new_text, sent_at, from_email in db.execute(
            "select id, source_message_id, new_text, sent_at, from_email from messages"):
        messages.setdefault(source, (pk, new_text, sent_at, from_email))
    topics = defaultdict(set)
    for pk, topic in db.execute("select message_pk, topic from topic_tags"):
        topics[pk].add(topic)
    found = [dict(zip(("pk", "topic", "day", "minutes", "text", "rule"), row))
             for row in db.execute("select message_pk, topic, day, minutes, text, rule from missed_services")]
    return messages, topics, found


def compare(corpus: Path, verbose: bool) -> dict:
    gold = json.loads((corpus / "gold.json").read_text())
    with tempfile.TemporaryDirectory(prefix="missed-") as work:
        messages, topics, found = read_store(import_corpus(corpus, Path(work)))
    source_of = {pk: source for source, (pk, *_rest) in messages.items()}
    for row in found:
        row["source"] = source_of.get(row["pk"])
    unused = list(found)
    missed, matched = [], []
    for row in gold["missed_services"]:
        hit = next((f for f in unused if f["source"] == row["source_message_id"] and f["topic"] == row["topic"]), None)
        if hit is None:
            missed.append(row)
        else:
            unused.remove(hit)
            matched.append((row, hit))
    date_ok = sum(1 for g, f in matched if g["date"] == f["day"])
    minutes_ok = sum(1 for g, f in matched if g["minutes"] == f["minutes"])
    summary = {"gold": len(gold["missed_services"]), "found": len(found), "tp": len(matched), "missed": len(missed),
               "added": len(unused), "date_ok": date_ok, "minutes_ok": minutes_ok}
    if verbose:
        print(f"\n######## {corpus.name}: {summary}")
        by_message = defaultdict(list)
        for row in missed:
            by_message[row["source_message_id"]].append(row)
        for source, rows in by_message.items():
            pk, text, sent_at, author = messages.get(source, (None, "", None, None))
            ours = [f"{f['topic']}@{f['day']}" for f in found if f["source"] == source]
            print(f"\n--- MISSED {[(r['topic'], r['date'], r['minutes']) for r in rows]}  msg {rows[0]['message']} "
                  f"sent {sent_at} by {author}\n    tagged topics: {sorted(topics.get(pk, ()))}  ours here: {ours}")
            print(textwrap.indent(text.strip()[:1500], "    | "))
        for row in unused:
            print(f"\n--- ADDED {row['topic']} {row['day']} {row['minutes']} [{row['rule']}] "
                  f"msg {source_of.get(row['pk'])}\n    {row['text'][:300]}")
        for g, f in matched:
            if g["date"] != f["day"] or g["minutes"] != f["minutes"]:
                print(f"\n--- DATE/MIN {g['topic']} gold {g['date']} {g['minutes']} ours {f['day']} {f['minutes']}"
                      f" msg {g['message']}\n    {f['text'][:300]}")
    return summary


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", action="append", default=[])
    parser.add_argument("--summary", action="store_true")
    args = parser.parse_args()
    results = {c.name: compare(c, not args.summary) for c in study_corpora() if not args.only or c.name in args.only}
    print(f"\n{'corpus':12s} gold found   tp miss  add  recall  prec  date_ok min_ok")
    for name, s in results.items():
        recall = s["tp"] / s["gold"] if s["gold"] else 1.0
        precision = s["tp"] / s["found"] if s["found"] else 1.0
        print(f"{name:12s} {s['gold']:4d} {s['found']:5d} {s['tp']:4d} {s['missed']:4d} {s['added']:4d}   {recall:.2f}  "
              f"{precision:.2f}  {s['date_ok']:3d}/{s['tp']:<3d} {s['minutes_ok']:3d}/{s['tp']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
