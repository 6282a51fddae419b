"""Requests: asks in a message that need an answer from the other side.

Questions ("Could you send me the speech log for January?", "Was that ever done?") and polite
imperatives ("Please send me the consent form", "Please let me know which works best").
Not requests: rhetorical questions ("How is he supposed to make progress if …?"), small talk
("How was your weekend?"), courtesies ("Please let me know if you have any questions",
"Please don't hesitate to reach out"), quoted speech, auto-replies and newsletters.
"""
from __future__ import annotations

import re

from ieptrail.classify.model import MessageText, RequestFound, TopicMention
from ieptrail.classify.sentences import Sentence, mostly_quoted, quoted_spans

_RHETORICAL = re.compile(
    r"^(?:and\s+|but\s+|so\s+)?(?:how|why|what)\b.{0,80}\bsupposed to\b|\b(?:isn't it|aren't they|right|don't you think)\s*\?$|"
    r"^(?:how hard is it|who does that|what else (?:can|am) i|how many (?:more )?times do (?:i|we) have to|why would anyone)|"
    r"^going\s*+(?:\([^)]*\)\s*+)?\?|"  # a calendar invitation's RSVP line: "Going (me@example.com)?   Yes - Maybe - No"
    r"^(?:and\s+|but\s+)?why is (?:it|this|that) so \w+ (?:to|for)\b",
    re.I,
)
_SMALL_TALK = re.compile(
    r"^(?:hi|hello|hey)?[, ]*(?:how are you|how(?:'s| is| was| are)\s+(?:your|the|you)\s*(?:week|weekend|day|break|holiday|"
    r"vacation|summer|doing|things)?|hope (?:you|all) (?:are|is)|how have you been|happy \w+)\b[^?]{0,30}\?$",
    re.I,
)
_POLITE_ASK = re.compile(
    r"^(?:(?:also|and|so|then),?\s+)?(?:please|kindly|pls)\s+(?:could you\s+|can you\s+)?"
    r"(?P<verb>send|let me know|provide|forward|share|tell|confirm|review|sign|return|schedule|call|email|contact|give|"
    r"update|reply|respond|fill out|complete|check|clarify|explain|advise|put|add|include|arrange|set up|get back|"
    r"look into|write|mail|bring|fax|scan|choose|pick)\b(?P<rest>.*)",
    re.I | re.S,
)
_COURTESY = re.compile(
    r"\b(?:let me know if|let us know if|reach out if|don't hesitate|do not hesitate|feel free|if you have any questions|"
    r"if you need anything|if anything (?:changes|comes up)|if i have misunderstood|if you see anything)\b",
    re.I,
)
_CLARIFYING = re.compile(r"^(?:is that|is it|or\b|does that|would that|will that|i mean\b|in other words)", re.I)
_INDIRECT_ASK = re.compile(
    r"^(?:I(?:'d| would) (?:appreciate it if you could|be grateful if you could|like you to)|I am (?:requesting|asking) (?:that )?you|"
    r"I(?:'m| am) writing to (?:request|ask) (?:that )?you|can you please|could you please|would you please|"
    r"I(?:'m| am) (?:formally )?requesting|I (?:formally )?request|I(?:'d| would) like to (?:formally )?request|"
    r"I(?:'m| am) asking for|I(?:'d| would) (?:also )?like (?:a copy|copies|to (?:get|receive|see|have) (?:a )?cop(?:y|ies)))\b",
    re.I,
)


def find_requests(sentences: list[Sentence], message: MessageText, topics: list[TopicMention]) -> list[RequestFound]:
    if message.auto_reply or message.bulk:
        return []
    quotes = quoted_spans(message.new_text)
    found: list[RequestFound] = []
    author = message.author
    previous: RequestFound | None = None
    previous_index = -1
    for sentence in sentences:
        if mostly_quoted(quotes, sentence):
            continue
        text = re.sub(r"^(?:\d{1,2}[.)]|[-*•])\s+", "", sentence.text).strip()
        rule = _rule(text)
        follows_question = previous is not None and previous.end <= sentence.start and sentence.index == previous_index + 1
        if rule is None or (follows_question and _CLARIFYING.match(text)):
            continue  # "Who will do it? Is that Ms. N or Mr. K?": one ask, not two
        sentence_topics = tuple(dict.fromkeys(t.topic for t in topics if sentence.start <= t.start < sentence.end))
        previous = RequestFound(
            sentence=sentence.text, start=sentence.start, end=sentence.end, rule=rule,
            by_name=author.name if author else None, by_email=author.email if author else None, topics=sentence_topics,
        )
        previous_index = sentence.index
        found.append(previous)
    return found


def _rule(text: str) -> str | None:
    question = text.rstrip("\"')” ").endswith("?")
    if question:
        if _RHETORICAL.search(text) or _SMALL_TALK.search(text):
            return None
        if _COURTESY.search(text) and not re.search(r"\b(which|when|whether|what|who|how)\b", text, re.I):
            return None
        return "question"
    polite = _POLITE_ASK.match(text)
    if polite:
        if _COURTESY.search(text):
            return None
        return f"polite-ask:{polite.group('verb').lower()}"
    if _INDIRECT_ASK.match(text):
        return "indirect-ask"
    return None
