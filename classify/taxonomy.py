"""The IEP topic taxonomy (data/taxonomy.json), read once: what every part of the project means by
a topic id, its kind (accommodation, service, process) and its label. No spaCy needed to read it."""
from __future__ import annotations

import json
import re
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


_WORDS = re.compile(r"[A-Za-z]++(?: [A-Za-z]++)*+")
# words a search query may hold beside a topic's own words without naming anything else
# ("time for tests", "the bus"): left out before a query's words are compared with a label
QUERY_FILLERS = frozenset("a an the for on of in to with his her their my our and or at by about is was".split())


def search_words(spec: dict) -> list[str]:
    """A topic's label and its `search` entries: what a query the taxonomy has no phrase for may be
    made of to name the topic ("handwriting" names occupational therapy as a query, not in a message)."""
    return [spec.get("label", ""), *(entry for entry in spec.get("search", []) if _WORDS.fullmatch(entry))]


def whole_queries(data: dict[str, dict]) -> dict[str, list[str]]:
    """`search` entries that are not words ("1:1"): they name their topic as the whole query."""
    found: dict[str, list[str]] = {}
    for topic, spec in data.items():
        for entry in spec.get("search", []):
            if not _WORDS.fullmatch(entry):
                found.setdefault(" ".join(entry.lower().split()), []).append(topic)
    return found
