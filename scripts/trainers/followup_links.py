"""Trainer for model `delivery`: which later message kept a promise (classify/linking.py).

Each corpus is imported without tagging (parse, unwrap, thread: the record the linking reads), and
its gold promises are placed in their messages as gold quotes them, so the model does not depend on
how promises are detected. Every (promise, candidate) pair that classify.linking proposes is an
example (but those whose sentence about the promise says it is still pending: they never deliver),
labeled by gold's `fulfilled_by`. A logistic regression (L2, Newton's method: the same corpora give
the same weights) is fitted with the few gold pairs weighing as much together as the many others,
and its threshold is the one that puts the most promises in their gold state (kept or not) over the
training corpora, the written rules deciding first as they do at run time.

    python scripts/trainers/followup_links.py     # item-level results with each corpus left out in turn, and
                                                  # how many kept promises are credited to a message gold names
"""
from __future__ import annotations

import json
import math
import os
import re
import sys
import tempfile
from datetime import date, datetime, timezone
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import select

from ieptrail.classify.linking import (
    MessageIndex, about_something_else, commitment_in, delivery_features, delivery_options, rule_fired, says_pending, student_words,
)
from ieptrail.config import load_settings
from ieptrail.ingest.sources import read_local
from ieptrail.trail.importer import Importer
from ieptrail.store.db import Database
from ieptrail.trail.followups import read_record
from ieptrail.store.models import Message

L2 = 10.0  # penalty on the weights (not the bias): ~200 promises, noisy labels
THRESHOLDS = [round(0.05 * step, 2) for step in range(2, 19)]


class Item(NamedTuple):  # a NamedTuple: build_models loads trainers without registering them as modules
    corpus: str
    key: str
    kept: bool  # gold: fulfilled
    pairs: list[tuple[dict[str, float], bool]]  # (features, is a gold delivery) per candidate


def _find(text: str, quote: str) -> tuple[int, int]:
    start = text.find(quote)
    if start >= 0:
        return start, start + len(quote)
    match = re.search(r"\s+".join(re.escape(word) for word in quote.split()), text)
    return (match.start(), match.end()) if match else (-1, -1)


def corpus_items(corpus: Path) -> list[Item]:
    """The corpus's gold promises, each with its candidates' features and labels."""
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="followup-links-") as work:
        environ = {"HOME": work, "IEPTRAIL_DATA_DIR": work, "IEPTRAIL_DATABASE_URL": f"sqlite:///{work}/trail.db",
                   "IEPTRAIL_USER_EMAILS": gold["user"]["email"], "IEPTRAIL_TIMEZONE": gold["timezone"],
                   "IEPTRAIL_STUDENTS": ",".join(gold["students"]), "IEPTRAIL_DKIM_CHECK": "false"}
        settings = load_settings(environ, env_file=os.devnull)
        db = Database(settings.database_url)
        Importer(db, settings, tagger=None).import_many(read_local([corpus / "mailbox"]))
        with db.session_scope() as session:
            later, same = read_record(session, settings)
            rows = session.execute(select(Message.id, Message.source_message_id, Message.from_email, Message.sent_at)).all()
        db.close()
    ours: dict[str, int] = {}  # gold message id -> our message: the original with that author, nearest in time
    for row in gold["messages"]:
        original = row["original"]
        sent = datetime.fromisoformat(original["date"]).astimezone(timezone.utc).replace(tzinfo=None)
        options = [(abs((sent_at - sent).total_seconds()), pk) for pk, source, author, sent_at in rows
                   if source == row["source_message_id"] and (author or "").lower() == original["from_email"].lower()
                   and sent_at is not None]
        if options:
            ours[row["id"]] = min(options)[1]
    index = MessageIndex(later.values(), student_words(settings.students), settings.students)
    items = []
    for promise in gold["commitments"]:
        message = later.get(ours.get(promise["message"], -1))
        if message is None:
            continue
        start, end = _find(message.new_text, promise["quote"])
        commitment = commitment_in(message, promise["id"], promise["quote"], start, end, promiser=same(promise["by"]),
                                   made_by_user=settings.is_user(same(promise["by"])),
                                   due=date.fromisoformat(promise["due"]) if promise["due"] else None)
        delivered = {ours.get(gold_id) for gold_id in promise["fulfilled_by_ids"]}
        candidates = sorted(delivery_options(commitment, index), key=lambda m: (m.sent, m.id))  # as at run time
        pairs = [(features, candidate.id in delivered) for candidate in candidates
                 if not about_something_else(commitment, candidate, index)
                 and not says_pending(features := delivery_features(commitment, candidate, index))]
        items.append(Item(corpus.name, promise["id"], promise["status_as_of"] == "fulfilled", pairs))
    return items


def fit(items: list[Item], l2: float = L2) -> tuple[list[str], list[float], float]:
    """Logistic regression over every candidate pair by Newton's method, with an L2 penalty and the
    gold pairs weighing as much together as the others. Plain Python floats in a fixed order, so the
    same corpora give the same weights on any machine (no BLAS threads to reorder the sums)."""
    names = sorted({name for item in items for features, _ in item.pairs for name in features})
    size = len(names) + 1  # the last is the bias
    column = {name: position for position, name in enumerate(names)}
    rows = [([(column[name], value) for name, value in sorted(features.items()) if value] + [(size - 1, 1.0)],
             1.0 if label else 0.0) for item in items for features, label in item.pairs]
    positives = max(1.0, sum(label for _, label in rows))
    ratio = (len(rows) - positives) / positives
    scale = len(rows) / (positives * ratio + (len(rows) - positives))
    w = [0.0] * size
    for _ in range(100):
        gradient = [l2 * value for value in w[:-1]] + [0.0]
        hessian = [[(l2 if i == j and i < size - 1 else 0.0) + (1e-9 if i == j else 0.0) for j in range(size)]
                   for i in range(size)]
        for row, label in rows:
            z = sum(w[i] * value for i, value in row)
            p = 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))
            weight = scale * (ratio if label else 1.0)
            residual, curvature = weight * (p - label), weight * p * (1 - p)
            for i, value in row:
                gradient[i] += residual * value
                line = hessian[i]
                for j, other in row:
                    line[j] += curvature * value * other
        step = _solve(hessian, gradient)
        w = [value - change for value, change in zip(w, step)]
        if max(abs(change) for change in step) < 1e-10:
            break
    return names, [round(value, 6) for value in w[:-1]], round(w[-1], 6)


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the matrix is small: one row per feature)."""
    size = len(vector)
    a = [row[:] + [vector[i]] for i, row in enumerate(matrix)]
    for col in range(size):
        pivot = max(range(col, size), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(col + 1, size):
            factor = a[r][col] / a[col][col]
            if factor:
                for c in range(col, size + 1):
                    a[r][c] -= factor * a[col][c]
    solution = [0.0] * size
    for r in range(size - 1, -1, -1):
        solution[r] = (a[r][size] - sum(a[r][c] * solution[c] for c in range(r + 1, size))) / a[r][r]
    return solution


def probability(weights: dict[str, float], bias: float, features: dict[str, float]) -> float:
    z = bias + sum(weights.get(name, 0.0) * value for name, value in features.items())
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


def item_score(weights: dict[str, float], bias: float, item: Item) -> float:
    """1 when the written rules keep the promise (they decide first), else its best candidate's score."""
    if any(rule_fired(features) for features, _ in item.pairs):
        return 1.0
    return max((probability(weights, bias, features) for features, _ in item.pairs), default=0.0)


def credited_rightly(model: dict, item: Item) -> bool:
    """Whether the message credited as it is at run time (classify.linking.link_promises: the first the rules
    take, unless the model passed an earlier one; then the one the model scores highest) is one gold names."""
    best: tuple[float, bool] | None = None
    for features, label in item.pairs:
        if best is None and rule_fired(features):
            return label
        score = probability(model["weights"], model["bias"], features)
        if score >= model["threshold"] and (best is None or score > best[0]):
            best = (score, label)
    return best is not None and best[1]


def best_threshold(weights: dict[str, float], bias: float, items: list[Item]) -> float:
    """The threshold that puts the most training promises in their gold state, averaged over its
    neighbours (a lone lucky point does not carry to another family); nearest 0.5 among those within
    one promise of the best (a smaller difference is noise, and a looser threshold lets more of the
    promiser's unrelated notes keep promises)."""
    scores = [(item_score(weights, bias, item), item.kept) for item in items]
    right = {t: sum((score >= t) == kept for score, kept in scores) for t in THRESHOLDS}

    def smoothed(t: float) -> float:
        near = [right[u] for u in THRESHOLDS if abs(u - t) <= 0.101]
        return sum(near) / len(near)
    top = max(smoothed(t) for t in THRESHOLDS)
    return min((t for t in THRESHOLDS if smoothed(t) >= top - 1.0), key=lambda t: (abs(t - 0.5), -t))


def train(items: list[Item]) -> dict:
    names, weights, bias = fit(items)
    named = dict(zip(names, weights))
    return {"weights": named, "bias": bias, "threshold": best_threshold(named, bias, items)}


def build(corpora: list[Path], out: Path) -> str:
    items = [item for corpus in corpora for item in corpus_items(corpus)]
    model = train(items)
    model["trained_on"] = sorted(corpus.name for corpus in corpora)
    model["examples"] = sum(len(item.pairs) for item in items)
    (out / "delivery.json").write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return f"followup_links: delivery from {len(items)} promises, {model['examples']} pairs, threshold {model['threshold']}"


def main() -> int:
    repo = Path(__file__).resolve().parent.parent.parent
    shared = Path(os.environ.get("IEPTRAIL_SHARED", repo.parent / "shared"))
    corpora = [p for base in (shared / "eval", repo / "bench" / "corpora") if base.is_dir()
               for p in sorted(base.iterdir()) if (p / "gold.json").is_file() and (p / "mailbox").is_dir()
               and not (p / "HELD_OUT").exists()]
    found = {corpus.name: corpus_items(corpus) for corpus in corpora}
    for left_out, tested in found.items():
        model = train([item for name, items in found.items() if name != left_out for item in items])
        kept = {item.key: item_score(model["weights"], model["bias"], item) >= model["threshold"] for item in tested}
        flagged = [item for item in tested if not kept[item.key]]
        credited = [item for item in tested if item.kept and kept[item.key]]
        rightly = sum(1 for item in credited if credited_rightly(model, item))
        print(f"{left_out:10s} right {sum(kept[i.key] == i.kept for i in tested)}/{len(tested)}, "
              f"kept found {sum(kept[i.key] for i in tested if i.kept)}/{sum(i.kept for i in tested)}, "
              f"not-kept flags precision {sum(not i.kept for i in flagged)}/{len(flagged)} "
              f"recall {sum(not i.kept for i in flagged)}/{sum(not i.kept for i in tested)}, "
              f"credited to a gold delivery {rightly}/{len(credited)} (threshold {model['threshold']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
