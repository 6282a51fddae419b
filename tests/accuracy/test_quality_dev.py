"""The numbers the issues ask for, measured on ../shared/eval/dev with the shared scorer.

The scorer drives the real CLI (import, search, promises, requests, services) against a fresh
SQLite file, exactly as it does on the corpora we do not see.
"""
from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import DEV, SHARED, shared_path

# issue 2 (import foundation), issue 3 (tagging), issue 4 (follow-up)
BARS = {
    "stored": 1.0, "orig_from": 0.98, "orig_date": 0.95, "thread_f1": 0.95,
    "topic_f1": 0.90, "search_r": 0.95, "search_p": 0.85, "promise_r": 0.90, "promise_p": 0.85,
    "promise_due_acc": 0.90, "request_f1": 0.80, "missed_r": 0.80,
    "overdue_p": 0.85, "overdue_r": 0.90, "fulfilled_acc": 0.85, "unanswered_p": 0.80, "unanswered_r": 0.80,
}


@pytest.fixture(scope="module")
def dev_run(tmp_path_factory):
    scorer = shared_path(SHARED / "eval" / "score.py")
    shared_path(DEV)
    env = dict(os.environ, IEPTRAIL_VENV=str(Path(sys.executable).parent.parent))
    work = tmp_path_factory.mktemp("score")
    result = subprocess.run([sys.executable, str(scorer), str(DEV), "--keep", str(work)], env=env,
                            capture_output=True, text=True, timeout=900)
    print("\n" + result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr
    scores = {}
    for line in result.stdout.splitlines():
        parts = line.split()
        if len(parts) == 2:
            try:
                scores[parts[0]] = float(parts[1])
            except ValueError:
                pass
    return scores, work, env


@pytest.fixture(scope="module")
def dev_scores(dev_run):
    return dev_run[0]


@pytest.mark.parametrize("metric", sorted(BARS))
def test_dev_corpus_meets_the_bar(dev_scores, metric):
    assert dev_scores[metric] >= BARS[metric], f"{metric} = {dev_scores[metric]:.3f} < {BARS[metric]}"


# Of the promises kept both in gold and here, the share credited to a message gold names (18 of 20 when
# this was written). The scorer checks the status only; a status right for the wrong reason (the promiser's
# next note on something else "keeping" it) is the error that turns into a lost overdue flag elsewhere.
CREDITED_BAR = 0.85


def test_dev_promises_are_credited_to_a_message_that_kept_them(dev_run):
    _, work, env = dev_run
    scorer = _load_scorer()
    env = dict(env, IEPTRAIL_DATABASE_URL=f"sqlite:///{work}/trail.db", HOME=str(work))
    gold = json.loads((DEV / "gold.json").read_text())
    env.update({"IEPTRAIL_USER_EMAILS": gold["user"]["email"], "IEPTRAIL_TIMEZONE": gold["timezone"],
                "IEPTRAIL_STUDENTS": ",".join(gold["students"])})
    ieptrail = Path(sys.executable).parent / "ieptrail"
    result = subprocess.run([str(ieptrail), "promises", "--status", "all", "--as-of", gold["as_of"], "--json"], env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    promises = json.loads(result.stdout)
    used: set[int] = set()
    both = credited = 0
    for item in gold["commitments"]:
        options = [p for p in promises if p.get("source_message_id") == item["source_message_id"] and p["id"] not in used]
        best = max(options, key=lambda p: scorer.overlap(p.get("text"), item["quote"]), default=None)
        if best is None or scorer.overlap(best.get("text"), item["quote"]) < 0.5:
            continue
        used.add(best["id"])
        if item["status_as_of"] == "fulfilled" and best.get("status") == "fulfilled" and item.get("fulfilled_by"):
            both += 1
            credited += best.get("fulfilled_by") in item["fulfilled_by"]
    assert both >= 10, f"only {both} kept promises matched: the scoring run did not give what this test reads"
    assert credited / both >= CREDITED_BAR, f"{credited} of {both} kept promises credited to a message gold names"


def _load_scorer():
    spec = importlib.util.spec_from_file_location("shared_score", shared_path(SHARED / "eval" / "score.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
