"""Which IEP topics a message's own text is about, each with its evidence."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ieptrail.classify.model import MessageText, TopicMention
from ieptrail.classify.nlp import doc_text
from ieptrail.classify.nlp import sentence_at, topic_kinds

# Words that name a service without saying which ("his sessions", "therapy"): the author's own
# role, read from their signature title ("Speech-Language Pathologist"), says which service.
_GENERIC_SERVICE = re.compile(r"\b(sessions?|therapy|services?|minutes|pull-?outs?)\b", re.I)


def _sentence(doc: Doc, start_char: int) -> tuple[str, int, int]:
    return sentence_at(doc, start_char)


def author_services(nlp: Language, message: MessageText) -> tuple[str, ...]:
    """Service topics named in the author's signature title: their role, not a mention."""
    if not message.signature:
        return ()
    kinds = topic_kinds(nlp)
    title_lines = "\n".join(message.signature.splitlines()[:4])
    doc = nlp(title_lines)
    return tuple(dict.fromkeys(m.topic for m in doc._.topic_matches if kinds.get(m.topic) == "service" and not m.weak))


_NAME_BEFORE_PAREN = re.compile(r"[A-Z][a-z]+\s+[A-Z][\w'’-]+\s*\($")


def _is_role_label(text: str, start: int) -> bool:
    """"Priya Natarajan (SLP)": a role written after a name, as in an invitation's guest list."""
    opening = text.rfind("(", max(0, start - 40), start)
    if opening < 0 or ")" in text[opening:start]:
        return False
    return bool(_NAME_BEFORE_PAREN.search(text[max(0, opening - 40):opening + 1]))


_AIDE = "paraprofessional"


def _named_aides(doc: Doc, message: MessageText, role_services: tuple[str, ...], named_roles: dict[str, set[str]]) -> list[TopicMention]:
    """The child's aide, by name or as the author: "Ms. Pierce wasn't with her", "they pulled me again"."""
    found = []
    text = doc_text(doc)
    if _AIDE in role_services and text.strip():
        sentence, start, end = _sentence(doc, 0)
        found.append(TopicMention(_AIDE, sentence, start, start, "role: the author is the aide"))
    for key, topics in named_roles.items():
        if _AIDE not in topics:
            continue
        match = re.search(rf"\b{re.escape(key.title())}\b", text)
        if match:
            sentence, start, end = _sentence(doc, match.start())
            found.append(TopicMention(_AIDE, sentence, match.start(), match.end(), f"named: {key.title()} is the aide"))
    return found


def _carried_by_reply(doc: Doc, subject_topics, found: set[str]) -> list[TopicMention]:
    """A reply's subject is inherited, so it says nothing by itself; but a reply to "missed speech"
    that asks for "both sessions made up" is about speech. A subject topic counts when the body
    carries one of that topic's cues (data/nlp.SERVICE_CUES for services, `cues` in the taxonomy)."""
    carried = []
    cues = doc._.topic_cues or {}
    for match in subject_topics:
        if match.topic in found or not cues.get(match.topic):
            continue
        cue = cues[match.topic][0]
        sentence, start, end = _sentence(doc, cue.start_char)
        carried.append(TopicMention(match.topic, sentence, cue.start_char, cue.end_char,
                                    f"reply subject {match.rule} + {cue.rule}"))
        found.add(match.topic)
    return carried


def find_topics(nlp: Language, doc: Doc, message: MessageText, role_services: tuple[str, ...] = (),
                named_roles: dict[str, set[str]] | None = None) -> list[TopicMention]:
    if message.bulk or message.auto_reply:
        return []  # newsletters and out-of-office replies are not about the child's services
    mentions: list[TopicMention] = []
    weak: list[TopicMention] = []
    text = doc_text(doc)
    for match in doc._.topic_matches:
        if _is_role_label(text, match.start_char):
            continue
        sentence, start, end = _sentence(doc, match.start_char)
        mention = TopicMention(match.topic, sentence, match.start_char, match.end_char, match.rule)
        (weak if match.weak else mentions).append(mention)
    if message.subject:
        subject_topics = [match for match in nlp(message.subject)._.topic_matches if not match.weak]
        if not message.is_reply:
            # a thread's first subject line is its author's own words ("OT yesterday")
            mentions.extend(TopicMention(match.topic, message.subject, -1, -1, "subject " + match.rule)
                            for match in subject_topics)
        else:
            mentions.extend(_carried_by_reply(doc, subject_topics, {m.topic for m in mentions}))
    if mentions:
        mentions.extend(weak)  # "make it up" means make-up services only among IEP talk
    mentions.extend(_named_aides(doc, message, role_services, named_roles or {}))
    firm_services = {m.topic for m in mentions if topic_kinds(nlp).get(m.topic) == "service"}
    if role_services and not firm_services:
        generic = _GENERIC_SERVICE.search(text)
        if generic:
            sentence, start, end = _sentence(doc, generic.start())
            for topic in role_services:
                mentions.append(TopicMention(topic, sentence, generic.start(), generic.end(),
                                             f"role:{generic.group(0).lower()} by the author, whose title names it"))
    mentions.sort(key=lambda m: (m.start, m.topic))
    return mentions
