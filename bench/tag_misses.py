"""What the tagger got wrong on one labeled corpus, message by message: for reading misses, not for scoring.

    .venv/bin/python bench/tag_misses.py ../shared/eval/train-c            # topics missed (-) and added (+)
    .venv/bin/python bench/tag_misses.py ../shared/eval/train-e --students # students instead
    .venv/bin/python bench/tag_misses.py CORPUS --topic breaks             # only one topic
    .venv/bin/python bench/tag_misses.py CORPUS --summary                  # counts per topic only
    .venv/bin/python bench/tag_misses.py CORPUS CORPUS ... --per-topic     # P/R/F1 per topic over them all

The corpus is imported through the CLI (in this process) into a temporary SQLite file with the
environment the shared scorer uses; the stored tags are then compared with gold.json. A missed
topic prints the message's own text (so you see the words the taxonomy lacks); an added one prints
the evidence sentence and the rule that fired.
"""
from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
import textwrap
from collections import Counter
from pathlib import Path


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
        "IEPTRAIL_IMAP_HOST": None,
    }
    outcome = CliRunner().invoke(ieptrail_main, ["import", str(corpus / "mailbox")], env=env, catch_exceptions=False)
    if outcome.exit_code:
        raise SystemExit(f"import failed: {outcome.stdout[-500:]}")
    return database


def stored(database: Path) -> dict[str, dict]:
    """source_message_id -> subject, new text, topic tags (topic -> [(rule, sentence)]), students."""
    db = sqlite3.connect(database)
    found: dict[str, dict] = {}
    rows = db.execute("SELECT m.id, r.source_message_id, m.subject, m.new_text, m.from_email FROM messages m "
                      "JOIN arrivals a ON a.message_pk = m.id JOIN raw_emails r ON r.id = a.raw_email_id")
    by_pk = {}
    for pk, source, subject, text, author in rows:
        entry = found.setdefault(source, {"subject": subject, "text": text, "from": author, "topics": {}, "students": {}})
        by_pk.setdefault(pk, []).append(entry)
    for pk, topic, rule, sentence in db.execute("SELECT message_pk, topic, rule, sentence FROM topic_tags"):
        for entry in by_pk.get(pk, []):
            entry["topics"].setdefault(topic, []).append((rule, sentence))
    for pk, student, evidence in db.execute("SELECT message_pk, student, evidence FROM student_tags"):
        for entry in by_pk.get(pk, []):
            entry["students"][student] = evidence
    return found


def show(text: str, width: int = 110, limit: int = 1200) -> str:
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[:limit] + " …"
    return textwrap.indent(textwrap.fill(text, width), "      ")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path, nargs="+")
    parser.add_argument("--students", action="store_true", help="compare student tags instead of topics")
    parser.add_argument("--topic", help="only this topic")
    parser.add_argument("--summary", action="store_true", help="counts per topic, no text")
    parser.add_argument("--only", choices=["missed", "added"], help="only misses or only additions")
    parser.add_argument("--per-topic", action="store_true", help="precision / recall / F1 per topic, no text")
    args = parser.parse_args()
    missed, added, right = Counter(), Counter(), Counter()
    for corpus in args.corpus:
        compare(corpus, args, missed, added, right)
    if args.per_topic:
        print(per_topic_table(missed, added, right))
        return 0
    print("missed:", ", ".join(f"{k} {v}" for k, v in missed.most_common()) or "none")
    print("added: ", ", ".join(f"{k} {v}" for k, v in added.most_common()) or "none")
    return 0


def per_topic_table(missed: Counter, added: Counter, right: Counter) -> str:
    """One line per topic, worst F1 first: the topics whose vocabulary most needs widening."""
    rows = []
    for name in set(missed) | set(added) | set(right):
        tp, fp, fn = right[name], added[name], missed[name]
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        rows.append((f1, name, tp, fp, fn, precision, recall))
    lines = [f"{'topic':26s} {'tp':>4s} {'fp':>4s} {'fn':>4s} {'P':>5s} {'R':>5s} {'F1':>5s}"]
    for f1, name, tp, fp, fn, precision, recall in sorted(rows):
        lines.append(f"{name:26s} {tp:4d} {fp:4d} {fn:4d} {precision:5.2f} {recall:5.2f} {f1:5.2f}")
    return "\n".join(lines)


def compare(corpus: Path, args: argparse.Namespace, missed: Counter, added: Counter, right: Counter) -> None:
    if (corpus / "HELD_OUT").exists():
        raise SystemExit(f"{corpus} is held out: only its aggregate numbers from bench/accuracy.py may be read")
    gold = json.loads((corpus / "gold.json").read_text())
    with tempfile.TemporaryDirectory(prefix="tag-misses-") as work:
        found = stored(import_corpus(corpus, Path(work)))
    field = "students" if args.students else "topics"
    quiet = args.summary or args.per_topic
    for row in gold["messages"]:
        got = found.get(row["source_message_id"])
        if got is None:
            print(f"{row['file']}: not stored")
            continue
        expected = set(row["labels"].get(field) or [])
        tagged = set(got[field])
        if args.topic:
            expected &= {args.topic}
            tagged &= {args.topic}
        lost, extra = sorted(expected - tagged), sorted(tagged - expected)
        if args.only == "missed":
            extra = []
        elif args.only == "added":
            lost = []
        missed.update(lost)
        added.update(extra)
        right.update(expected & tagged)
        if quiet or not (lost or extra):
            continue
        print(f"{row['file']} ({row['role']}, {got['from']}) subject: {got['subject']}")
        for name in lost:
            print(f"  - {name}")
        for name in extra:
            evidence = got[field][name]
            print(f"  + {name}: {evidence if args.students else '; '.join(f'[{r}] {s[:160]!r}' for r, s in evidence[:2])}")
        if lost or args.students:
            print(show(got["text"]))


if __name__ == "__main__":
    sys.exit(main())
