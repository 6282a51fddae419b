"""Pure tagging: a message's own text in, topics/students/promises/requests/missed services out."""
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
from ieptrail.classify.tagger import Tagger

__all__ = [
    "MessageText", "MissedServiceFound", "Person", "PromiseFound", "RequestFound", "StudentMention", "Tags",
    "Tagger", "TopicMention",
]
