"""The IEP topic taxonomy (data/taxonomy.json), read once: what every part of the project means by
a topic id, its kind (accommodation, service, process) and its label. No spaCy needed to read it."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from ieptrail.errors import ClassifyError

TAXONOMY_PATH = Path(__file__).resolve().parent / "data" / "taxonomy.json"
KINDS = ("accommodation", "service", "process")


def load_taxonomy(path: Path = TAXONOMY_PATH) -> dict[str, dict]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ClassifyError(f"cannot read the topic taxonomy {path}: {exc}") from exc
    return {topic: spec for topic, spec in data.items() if not topic.startswith("_")}


@lru_cache(maxsize=1)
def taxonomy() -> dict[str, dict]:
    """The packaged taxonomy, topic id -> its spec (read once per process; do not modify)."""
    return load_taxonomy()


def kind_of(topic: str) -> str:
    return taxonomy().get(topic, {}).get("kind", "")


def label_of(topic: str) -> str:
    return taxonomy().get(topic, {}).get("label") or topic.replace("_", " ")
