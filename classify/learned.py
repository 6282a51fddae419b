"""Learned linear models: weights read from JSON, scored in plain Python (no ML library at run time).

Each model is built from the labeled corpora by `scripts/build_models` (one trainer per model in
`scripts/trainers/`), shipped in `classify/data/models/NAME.json`, and loaded offline. A folder
given as IEPTRAIL_MODEL_DIR replaces the packaged one: a leave-one-corpus-out run builds models
without one corpus and scores that corpus with them.
"""
from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ieptrail.errors import ClassifyError

PACKAGED_MODELS = Path(__file__).resolve().parent / "data" / "models"


@dataclass(frozen=True)
class LinearModel:
    """A logistic regression over named features: P(yes) = sigmoid(bias + sum(weight * value))."""

    name: str
    weights: Mapping[str, float]
    bias: float
    threshold: float = 0.5  # the decision point chosen when the model was built

    def probability(self, features: Mapping[str, float]) -> float:
        z = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))

    def decide(self, features: Mapping[str, float]) -> bool:
        return self.probability(features) >= self.threshold


@lru_cache(maxsize=32)
def load_model(name: str, directory: Path | None = None) -> LinearModel | None:
    """The model called `name` from `directory` (default: the packaged models); None when there is none."""
    path = (directory or PACKAGED_MODELS) / f"{name}.json"
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LinearModel(name, dict(data["weights"]), float(data["bias"]), float(data.get("threshold", 0.5)))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ClassifyError(f"cannot read the learned model {path}: {exc}") from exc
