"""Pure tagging: a message's own text in, topics/students/promises/requests/missed services out.

The plain values (model.py) load at once; the Tagger, which builds a spaCy pipeline, only when
first used, so reading the record never pays for spaCy.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ieptrail.classify.model import (
    MessageText,
    MissedServiceFound,
    Person,
    PromiseFound,
    RequestFound,
    StudentMention,
    Tags,
    TopicMention,
)

if TYPE_CHECKING:
    from ieptrail.classify.tagger import Tagger

__all__ = [
    "MessageText", "MissedServiceFound", "Person", "PromiseFound", "RequestFound", "StudentMention", "Tags",
    "Tagger", "TopicMention",
]


def __getattr__(name: str):
    if name == "Tagger":
        from ieptrail.classify.tagger import Tagger

        return Tagger
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
