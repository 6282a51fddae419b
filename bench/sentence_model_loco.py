"""Would a learned sentence classifier beat the promise/request rules on a family it was not trained on?

    .venv/bin/python bench/sentence_model_loco.py

For each labeled corpus in turn: a logistic regression (plain Python, L2) is trained on the sentences
of the other corpora, labeled from gold (a sentence is a promise/request when it overlaps a gold
quote), and the held-out corpus's sentences are scored four ways: the rules alone, the model alone,
the rules filtered by the model (keep a rule hit unless the model gives it < 0.2), and the rules plus
the model's confident extra finds (>= 0.8). Sentence-level precision/recall per corpus.

Caveat that favours the rules: they were written after reading every corpus, so their figures are
in-sample while the model's are held-out. A model that cannot get near them even so does not earn a
place in classify/; run this again when more labeled families arrive.
"""
from __future__ import annotations

import json
import math
import re
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent))
from accuracy import study_corpora  # noqa: E402

from ieptrail.classify import MessageText, Person, Tagger  # noqa: E402
from ieptrail.classify.sentences import sentences_of, writes_for_school  # noqa: E402
from ieptrail.ingest.forwards import normalize_subject  # noqa: E402
from ieptrail.ingest.parse import ParseContext, parse_email  # noqa: E402

_MARKER = re.compile(r"\b(will|'ll|’ll|going to|should|let me|plan(?:ning)? to|expect to|aim(?:ing)? to|promise|"
                     r"scheduled|can|could|would|please|let (?:me|us) know|request|like)\b", re.I)


def _message_text(original, user_email: str) -> MessageText:
    sender = original.sender
    return MessageText(
        new_text=original.parts.new_text, subject=original.subject, sent=original.date,
        author=Person(sender.name or "", sender.email) if sender else None,
        recipients=tuple(Person(a.name or "", a.email) for a in (*original.to, *original.cc)),
        signature=original.parts.signature, from_user=bool(sender and sender.email.lower() == user_email),
        auto_reply=original.auto_reply, bulk=original.bulk,
        is_reply=normalize_subject(original.subject) != " ".join(original.subject.lower().split()))


def labeled_sentences(corpus: Path) -> list[dict]:
    gold = json.loads((corpus / "gold.json").read_text())
    context = ParseContext((gold["user"]["email"],), ZoneInfo(gold["timezone"]))
    tagger = Tagger(tuple(gold["students"]))
    rows = []
    for row in gold["messages"]:
        parsed = parse_email((corpus / "mailbox" / row["file"]).read_bytes(), context)
        original = next((o for o in parsed.originals if o.sender and o.sender.email.lower() == row["original"]["from_email"].lower()),
                        parsed.originals[-1])
        message = _message_text(original, gold["user"]["email"].lower())
        if message.auto_reply or message.bulk:
            continue
        tags = tagger.tag(message)
        spans = {kind: [(message.new_text.find(item["quote"]), len(item["quote"])) for item in row["labels"][key]]
                 for kind, key in (("promise", "commitments"), ("request", "requests"))}
        for sentence in sentences_of(tagger.nlp(message.new_text)):
            def gold_has(kind: str) -> bool:
                return any(at >= 0 and at < sentence.end and sentence.start < at + size for at, size in spans[kind])
            rows.append({
                "features": _features(sentence.text, message),
                "promise": gold_has("promise"), "request": gold_has("request"),
                "rule_promise": any(p.start < sentence.end and sentence.start < p.end for p in tags.promises),
                "rule_request": any(r.start < sentence.end and sentence.start < r.end for r in tags.requests),
            })
    return rows


def _features(text: str, message: MessageText) -> dict[str, float]:
    words = re.findall(r"[a-z']+", text.lower())
    marker = _MARKER.search(text)
    features = {"bias_q": float(text.rstrip("\"')” ").endswith("?")), "school": float(writes_for_school(message)),
                "user": float(message.from_user), "long": float(len(words) > 25)}
    for word in words[:3]:
        features["start=" + word] = 1.0
    if marker:
        features["marker=" + marker.group(0).lower()] = 1.0
        for word in re.findall(r"[a-z']+", text[:marker.start()].lower())[-2:]:
            features["before=" + word] = 1.0
        for word in re.findall(r"[a-z']+", text[marker.end():].lower())[:2]:
            features["after=" + word] = 1.0
    for cue in ("if", "you", "i", "we", "by", "please", "thank", "thanks", "so"):
        if cue in words:
            features["has=" + cue] = 1.0
    return features


def train(rows: list[tuple[dict[str, float], bool]], l2: float = 1.0, steps: int = 300, rate: float = 0.5):
    weights: dict[str, float] = {}
    bias = 0.0
    for _ in range(steps):
        gradient: dict[str, float] = {}
        bias_gradient = 0.0
        for features, label in rows:
            error = _probability(weights, bias, features) - label
            bias_gradient += error
            for name, value in features.items():
                gradient[name] = gradient.get(name, 0.0) + error * value
        n = len(rows)
        bias -= rate * bias_gradient / n
        for name in set(gradient) | set(weights):
            weights[name] = weights.get(name, 0.0) - rate * (gradient.get(name, 0.0) + l2 * weights.get(name, 0.0)) / n
    return weights, bias


def _probability(weights: dict[str, float], bias: float, features: dict[str, float]) -> float:
    z = bias + sum(weights.get(name, 0.0) * value for name, value in features.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _pr(decisions: list[tuple[bool, bool]]) -> str:
    tp = sum(1 for said, truth in decisions if said and truth)
    fp = sum(1 for said, truth in decisions if said and not truth)
    fn = sum(1 for said, truth in decisions if truth and not said)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return f"{precision:.2f}/{recall:.2f}"


def main() -> int:
    found = study_corpora()
    data = {corpus.name: labeled_sentences(corpus) for corpus in found}
    for kind in ("promise", "request"):
        print(f"{kind}s: sentence precision/recall on the corpus left out")
        print(f"{'corpus':11s}{'rules':>12s}{'model':>12s}{'rules&model':>14s}{'rules|model':>14s}")
        for held in data:
            weights, bias = train([(r["features"], r[kind]) for name, rows in data.items() if name != held for r in rows])
            test = data[held]
            score = [(_probability(weights, bias, r["features"]), r[f"rule_{kind}"], r[kind]) for r in test]
            columns = [
                _pr([(rule, truth) for _, rule, truth in score]),
                _pr([(p >= 0.5, truth) for p, _, truth in score]),
                _pr([(rule and p >= 0.2, truth) for p, rule, truth in score]),
                _pr([(rule or p >= 0.8, truth) for p, rule, truth in score]),
            ]
            print(f"{held:11s}" + "".join(f"{c:>12s}" if i < 2 else f"{c:>14s}" for i, c in enumerate(columns)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
