"""Where the follow-up statuses differ from gold: which promise was (not) delivered, which request
(not) answered, by what, and whether the item is one gold knows at all.

    .venv/bin/python bench/followup_report.py                  # every labeled corpus, the differences
    .venv/bin/python bench/followup_report.py --only train-c   # one corpus
    .venv/bin/python bench/followup_report.py --summary        # only the metrics, full and gold-matched

Each corpus is imported (parsed and tagged) once into a cache folder and kept there; each run copies
that record, recomputes the follow-ups with the current code (trail.followups.refresh_followups) and
compares the statuses as of gold's `as_of` with gold. Items are matched to gold as the shared scorer
matches them (same message, word overlap >= 0.5). "gold-matched" metrics count only predicted items
that gold also has: what is left over is the linking's own error, not detection's.
`--reimport` rebuilds the cache (after a change to parsing or tagging).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
from accuracy import study_corpora  # noqa: E402  (held-out families are never opened here)

CACHE = Path(os.environ.get("IEPTRAIL_BENCH_CACHE", Path(tempfile.gettempdir()) / "ieptrail-followup-cache"))


def words(text: str | None) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", (text or "").lower()))


def overlap(a: str | None, b: str | None) -> float:
    wa, wb = words(a), words(b)
    return len(wa & wb) / min(len(wa), len(wb)) if wa and wb else 0.0


MODEL_DIR: dict[str, str] = {}  # corpus -> models built without it (--loco)


def environment(gold: dict, folder: Path) -> dict[str, str]:
    extra = {"IEPTRAIL_MODEL_DIR": MODEL_DIR[gold["corpus"]]} if gold["corpus"] in MODEL_DIR else {}
    return {**extra, "HOME": str(folder), "IEPTRAIL_DATA_DIR": str(folder), "IEPTRAIL_DATABASE_URL": f"sqlite:///{folder / 'trail.db'}",
            "IEPTRAIL_USER_EMAILS": gold["user"]["email"], "IEPTRAIL_TIMEZONE": gold["timezone"],
            "IEPTRAIL_STUDENTS": ",".join(gold["students"]), "IEPTRAIL_DKIM_CHECK": "false"}


def imported(corpus: Path, gold: dict, reimport: bool) -> Path:
    """The corpus's record as imported (cached): parsing and tagging are not what is studied here."""
    from ieptrail.classify import Tagger
    from ieptrail.config import load_settings
    from ieptrail.ingest.sources import read_local
    from ieptrail.trail.importer import Importer
    from ieptrail.store.db import Database

    folder = CACHE / corpus.name
    if (folder / "trail.db").is_file() and not reimport:
        return folder / "trail.db"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    settings = load_settings(environment(gold, folder), env_file=os.devnull)
    db = Database(settings.database_url)
    Importer(db, settings, Tagger.from_settings(settings)).import_many(read_local([corpus / "mailbox"]))
    db.close()
    return folder / "trail.db"


def statuses(corpus: Path, gold: dict, reimport: bool):
    """Promise and request views as of gold's day, with follow-ups recomputed by the current code."""
    from ieptrail.config import load_settings
    from ieptrail.store.db import Database
    from ieptrail.trail.followups import refresh_followups
    from ieptrail.store.models import Message
    from ieptrail.trail.statuses import promise_statuses, request_statuses

    source = imported(corpus, gold, reimport)
    work = Path(tempfile.mkdtemp(prefix="followups-"))
    shutil.copy(source, work / "trail.db")
    settings = load_settings(environment(gold, work), env_file=os.devnull)
    db = Database(settings.database_url)
    as_of = date.fromisoformat(gold["as_of"])
    with db.session_scope() as session:
        refresh_followups(session, settings)
    with db.session_scope() as session:
        promises = promise_statuses(session, settings, as_of)
        requests = request_statuses(session, settings, as_of)
        texts = {m.source_message_id: (m.from_email, m.new_text) for m in session.query(Message)}
    db.close()
    shutil.rmtree(work, ignore_errors=True)
    return promises, requests, texts


def match(gold_items: list[dict], views: list, reuse: bool) -> dict[str, object]:
    """gold id -> predicted view, as the scorer matches them."""
    by_source = defaultdict(list)
    for view in views:
        by_source[view.source_message_id].append(view)
    matched: dict[str, object] = {}
    used: set[int] = set()
    for item in gold_items:
        options = [v for v in by_source.get(item["source_message_id"], []) if reuse or v.id not in used]
        best = max(options, key=lambda v: overlap(v.text, item["quote"]), default=None)
        if best is not None and overlap(best.text, item["quote"]) >= 0.5:
            matched[item["id"]] = best
            used.add(best.id)
    return matched


def ratio(good: int, total: int) -> float:
    return good / total if total else 1.0


def study(corpus: Path, reimport: bool, show: bool) -> dict[str, float]:
    gold = json.loads((corpus / "gold.json").read_text())
    promises, requests, texts = statuses(corpus, gold, reimport)
    by_gold_message = {m["source_message_id"]: m for m in gold["messages"]}
    commitments = [c for c in gold["commitments"] if c["source_message_id"]]
    got = match(commitments, promises, reuse=False)
    asks = gold["requests"]
    answered = match(asks, requests, reuse=True)

    def excerpt(source: str | None, limit: int = 260) -> str:
        author, text = texts.get(source, ("?", ""))
        gm = by_gold_message.get(source)
        return f"[{gm['id'] if gm else '?'} {author}] " + " ".join((text or "").split())[:limit]

    metrics: dict[str, float] = {}
    over_gold = {c["id"] for c in commitments if c["status_as_of"] == "overdue"}
    over_pred = [p for p in promises if p.status == "overdue"]
    matched_ids = {id(v) for v in got.values()}
    over_tp = sum(1 for cid in over_gold if cid in got and got[cid].status == "overdue")
    over_pred_matched = sum(1 for p in over_pred if id(p) in matched_ids)
    metrics["overdue_p"] = ratio(over_tp, len(over_pred))
    metrics["overdue_r"] = ratio(over_tp, len(over_gold))
    metrics["overdue_p_matched"] = ratio(over_tp, over_pred_matched)
    metrics["overdue_r_matched"] = ratio(over_tp, sum(1 for cid in over_gold if cid in got))
    fulfilled = [c for c in commitments if c["id"] in got and c["status_as_of"] == "fulfilled"]
    metrics["fulfilled_acc"] = ratio(sum(1 for c in fulfilled if got[c["id"]].status == "fulfilled"), len(fulfilled))
    # stricter than the status: the delivering (answering) message is one gold names
    both = [c for c in fulfilled if got[c["id"]].status == "fulfilled" and c.get("fulfilled_by")]
    metrics["delivered_by_acc"] = ratio(sum(1 for c in both if got[c["id"]].extra.get("fulfilled_by") in c["fulfilled_by"]),
                                        len(both))
    status_right = sum(1 for c in commitments if c["id"] in got and got[c["id"]].status == c["status_as_of"])
    metrics["promise_status_acc"] = ratio(status_right, len(got))

    un_gold = [q for q in asks if q["status_as_of"] == "unanswered"]
    un_pred = [r for r in requests if r.status == "unanswered"]
    un_tp = sum(1 for q in un_gold if q["id"] in answered and answered[q["id"]].status == "unanswered")
    answered_ids = {id(v) for v in answered.values()}
    metrics["unanswered_p"] = ratio(un_tp, len(un_pred))
    metrics["unanswered_r"] = ratio(un_tp, len(un_gold))
    metrics["unanswered_p_matched"] = ratio(un_tp, sum(1 for r in un_pred if id(r) in answered_ids))
    metrics["unanswered_r_matched"] = ratio(un_tp, sum(1 for q in un_gold if q["id"] in answered))
    metrics["answered_acc"] = ratio(sum(1 for q in asks if q["id"] in answered and q["status_as_of"] == "answered"
                                        and answered[q["id"]].status == "answered"),
                                    sum(1 for q in asks if q["id"] in answered and q["status_as_of"] == "answered"))
    replied = [q for q in asks if q["id"] in answered and q["status_as_of"] == "answered" and q.get("answered_by")
               and answered[q["id"]].status == "answered"]
    metrics["answered_by_acc"] = ratio(sum(1 for q in replied if answered[q["id"]].extra.get("answered_by")
                                           in q["answered_by"]), len(replied))
    metrics["false_overdue_unmatched"] = sum(1 for p in over_pred if id(p) not in matched_ids)
    metrics["false_unanswered_unmatched"] = sum(1 for r in un_pred if id(r) not in answered_ids)
    if not show:
        return metrics

    print(f"\n======== {corpus.name} (as of {gold['as_of']}) ========")
    for c in commitments:
        view = got.get(c["id"])
        if view is None or view.status == c["status_as_of"]:
            continue
        print(f"\n-- PROMISE {c['id']} gold={c['status_as_of']} ours={view.status}  due gold={c['due']} ours={view.due}"
              f" deadline={view.extra.get('deadline')}")
        print(f"   promise: {excerpt(c['source_message_id'], 0)}{c['quote']!r}")
        for source in c.get("fulfilled_by") or []:
            print(f"   gold by: {excerpt(source)}")
        if view.extra.get("fulfilled_evidence"):
            evidence = view.extra["fulfilled_evidence"]
            print(f"   ours by: {excerpt(view.extra['fulfilled_by'], 0)}{evidence['sentence'][:200]!r} ({evidence['rule']})")
    for c in both:
        view = got[c["id"]]
        if view.extra.get("fulfilled_by") not in c["fulfilled_by"]:
            evidence = view.extra.get("fulfilled_evidence") or {}
            print(f"\n-- PROMISE {c['id']} fulfilled, but by another message than gold's")
            print(f"   promise: {excerpt(c['source_message_id'], 0)}{c['quote']!r}")
            for source in c["fulfilled_by"]:
                print(f"   gold by: {excerpt(source)}")
            print(f"   ours by: {excerpt(view.extra.get('fulfilled_by'), 0)}{evidence.get('sentence', '')[:200]!r}"
                  f" ({evidence.get('rule')})")
    for p in over_pred:
        if id(p) not in matched_ids:
            print(f"\n-- NOT A GOLD PROMISE, flagged overdue: {excerpt(p.source_message_id, 0)}{p.text[:200]!r}")
    for q in asks:
        view = answered.get(q["id"])
        if view is None or view.status == q["status_as_of"]:
            continue
        print(f"\n-- REQUEST {q['id']} gold={q['status_as_of']} ours={view.status}")
        print(f"   request: {excerpt(q['source_message_id'], 0)}{q['quote']!r}")
        for source in q.get("answered_by") or []:
            print(f"   gold by: {excerpt(source)}")
        if view.extra.get("answer_evidence"):
            evidence = view.extra["answer_evidence"]
            print(f"   ours by: {excerpt(view.extra['answered_by'], 0)}{evidence['sentence'][:200]!r} ({evidence['rule']})")
    for r in un_pred:
        if id(r) not in answered_ids:
            print(f"\n-- NOT A GOLD REQUEST, flagged unanswered: {excerpt(r.source_message_id, 0)}{r.text[:200]!r}")
    return metrics


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", action="append", default=[])
    parser.add_argument("--reimport", action="store_true")
    parser.add_argument("--summary", action="store_true", help="only the metrics table")
    parser.add_argument("--loco", action="store_true", help="score each corpus with models built without it")
    parser.add_argument("--models", help="use the models in this folder (an empty one: the rules alone)")
    args = parser.parse_args()
    results = {}
    for corpus in study_corpora():
        if args.only and corpus.name not in args.only:
            continue
        name = json.loads((corpus / "gold.json").read_text())["corpus"]
        if args.models:
            MODEL_DIR[name] = args.models
        elif args.loco:
            folder = Path(tempfile.mkdtemp(prefix="loco-models-"))
            subprocess.run([sys.executable, str(REPO / "scripts" / "build_models"), "--exclude", corpus.name, "--out",
                            str(folder)], check=True, capture_output=True)
            MODEL_DIR[name] = str(folder)
        results[corpus.name] = study(corpus, args.reimport, not args.summary)
    columns = ["overdue_p", "overdue_r", "fulfilled_acc", "unanswered_p", "unanswered_r", "overdue_p_matched",
               "overdue_r_matched", "unanswered_p_matched", "unanswered_r_matched", "promise_status_acc", "answered_acc",
               "delivered_by_acc", "answered_by_acc", "false_overdue_unmatched", "false_unanswered_unmatched"]
    short = ["ovdP", "ovdR", "fulf", "unaP", "unaR", "ovdP*", "ovdR*", "unaP*", "unaR*", "pStat", "ansd", "byD", "byA", "xOvd", "xUna"]
    print("\n(* = gold-matched items only; byD / byA = of the promises kept (requests answered) in both, the share"
          " credited to a message gold names; xOvd / xUna = flags on items gold does not have)")
    print(f"{'corpus':11s}" + "".join(f"{s:>7s}" for s in short))
    for name, row in results.items():
        print(f"{name:11s}" + "".join(f"{row[c]:7.2f}" if c not in ("false_overdue_unmatched", "false_unanswered_unmatched")
                                      else f"{int(row[c]):7d}" for c in columns))
    return 0


if __name__ == "__main__":
    sys.exit(main())
