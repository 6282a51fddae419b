"""Where promise and request detection goes wrong, corpus by corpus: what to read before changing a rule.

    .venv/bin/python bench/sentence_errors.py                    # every labeled corpus
    .venv/bin/python bench/sentence_errors.py --only train-c     # one corpus (repeatable)
    .venv/bin/python bench/sentence_errors.py --what promises    # promises | requests | due (default: all three)

For each corpus it imports the mailbox through the CLI (as the shared scorer does), reads back
`promises --json` and `requests --json`, matches them to gold with the scorer's rule (same message,
word overlap >= 0.5) and lists: gold items missed, predicted items not in gold, and promises whose
due date differs (gold vs ours, with the message's date). The figures agree with bench/accuracy.py.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from accuracy import study_corpora  # noqa: E402


def _words(text: str | None) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", (text or "").lower()))


def overlap(a: str | None, b: str | None) -> float:
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / min(len(wa), len(wb)) if wa and wb else 0.0


def read_back(corpus: Path, gold: dict) -> tuple[list[dict], list[dict]]:
    from click.testing import CliRunner

    from ieptrail.cli import main as ieptrail_main

    work = Path(tempfile.mkdtemp(prefix="errors-"))
    env = {"IEPTRAIL_DATABASE_URL": f"sqlite:///{work}/trail.db", "IEPTRAIL_USER_EMAILS": gold["user"]["email"],
           "IEPTRAIL_TIMEZONE": gold["timezone"], "IEPTRAIL_STUDENTS": ",".join(gold["students"]), "HOME": str(work)}
    runner = CliRunner()

    def run(*args: str) -> str:
        outcome = runner.invoke(ieptrail_main, list(args), env=env, catch_exceptions=False)
        if outcome.exit_code:
            raise SystemExit(f"ieptrail {' '.join(args)} failed: {outcome.stdout[-300:]}")
        return outcome.stdout

    run("import", str(corpus / "mailbox"))
    promises = json.loads(run("promises", "--status", "all", "--as-of", gold["as_of"], "--json"))
    requests = json.loads(run("requests", "--status", "all", "--as-of", gold["as_of"], "--json"))
    return promises, requests


def report(corpus: Path, what: set[str]) -> None:
    gold = json.loads((corpus / "gold.json").read_text())
    dates = {m["source_message_id"]: m["original"]["date"][:16] for m in gold["messages"]}
    files = {m["source_message_id"]: m["file"] for m in gold["messages"]}
    promises, requests = read_back(corpus, gold)
    print(f"==================== {corpus.name}")
    if what & {"promises", "due"}:
        by_source = defaultdict(list)
        for p in promises:
            by_source[p.get("source_message_id")].append(p)
        used: set[int] = set()
        missed, wrong_due = [], []
        for c in gold["commitments"]:
            if not c["source_message_id"]:
                continue
            candidates = [p for p in by_source.get(c["source_message_id"], []) if id(p) not in used]
            best = max(candidates, key=lambda p: overlap(p.get("text"), c["quote"]), default=None)
            if best is not None and overlap(best.get("text"), c["quote"]) >= 0.5:
                used.add(id(best))
                if c["due"] and str(best.get("due"))[:10] != c["due"]:
                    wrong_due.append((c, best))
            else:
                missed.append((c, best))
        extra = [p for p in promises if id(p) not in used]
        if "promises" in what:
            print(f"--- promises missed ({len(missed)})")
            for c, best in missed:
                near = f"\n      nearest ours: {best.get('text')!r}" if best else ""
                print(f"  {files[c['source_message_id']]} {dates[c['source_message_id']]} by {c['by']}: {c['quote']!r} due {c['due']}{near}")
            print(f"--- promises not in gold ({len(extra)})")
            for p in extra:
                source = p.get("source_message_id")
                print(f"  {files.get(source, '?')} {dates.get(source, '?')} [{p.get('rule', '')}] {p.get('text')!r} due {p.get('due')}")
        if "due" in what:
            print(f"--- due dates that differ ({len(wrong_due)})")
            for c, best in wrong_due:
                source = c["source_message_id"]
                print(f"  {files[source]} sent {dates[source]}: gold {c['due']} ours {best.get('due')} "
                      f"({best.get('due_text') or best.get('extra', {}).get('due_text', '')}): {c['quote']!r}")
    if "requests" in what:
        by_source = defaultdict(list)
        for r in requests:
            by_source[r.get("source_message_id")].append(r)
        hit: set[int] = set()
        missed = []
        for q in gold["requests"]:
            candidates = by_source.get(q["source_message_id"], [])
            best = max(candidates, key=lambda r: overlap(r.get("text"), q["quote"]), default=None)
            if best is not None and overlap(best.get("text"), q["quote"]) >= 0.5:
                hit.add(id(best))
            else:
                missed.append(q)
        print(f"--- requests missed ({len(missed)})")
        for q in missed:
            print(f"  {files[q['source_message_id']]} by {q['by']}: {q['quote']!r}")
        extra = [r for r in requests if id(r) not in hit]
        print(f"--- requests not in gold ({len(extra)})")
        for r in extra:
            source = r.get("source_message_id")
            print(f"  {files.get(source, '?')} {r.get('text')!r}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", action="append", default=[])
    parser.add_argument("--what", action="append", choices=["promises", "requests", "due"], default=[])
    args = parser.parse_args()
    what = set(args.what or ["promises", "requests", "due"])
    for corpus in study_corpora():
        if not args.only or corpus.name in args.only:
            report(corpus, what)
    return 0


if __name__ == "__main__":
    sys.exit(main())
