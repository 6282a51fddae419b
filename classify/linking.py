"""Which later message delivered a promise or answered a request. Pure: messages and items in,
evidence out.

Candidates. A promise may be kept by a later message of its own thread or, outside it, by the later
mail (within half a year) of the promiser, of the promise's writer when at the same school, or of
anyone at that school, where it shares the promise's rarer words or says "as promised" / invites to
a meeting. A request may be answered by a later reply in its thread from anyone but the asker, or by
the later mail of the people it was asked of.

Promises. The written rules of classify.followup ("Attached is…", "I've scheduled…") keep a promise
where they see the deed done. Beyond them, a logistic regression (model `delivery`, built from the
labeled corpora by scripts/trainers/followup_links.py) weighs what an advocate looks at: is this the
promiser's next message in the thread, or mail elsewhere; does the sentence that speaks of the promise
report it done, or promise it again, or say it is still pending; does it name the promised deed
("I'll see him Thursday" … "Saw Eli at 2:15 today"); how much does it share with the promise.
Where neither keeps it, the event it promised may be told of by anyone, in few words: someone else saying the
promiser did it (by address or by the first name they sign with), the family saying the thing arrived or thanking for
it, a service reported begun ("we had our first session today", "she has been on the bus every day this week"), a test
reported with its score, a matter promised onto an agenda found on it or in the meeting's summary.

Requests. The written rules answer a request where they see an answer. Beyond them, the first reply
from the other side answers it when it speaks to the request's subject (or the question is too short
to have one: "What happened today?") and does not put it off ("I'll look into it and get back to you").
One message's several asks are answered each on its own: a reply that puts one off by name, a sentence
that speaks only to another, times offered to another, an ask put to someone by name and answered by
someone else, a sentence that opens on another subject ("On the bus, …") or only says the ask arrived
("Got it, thanks") answer none of the others. Mail in another thread answers a request only when it plainly
does: it takes the question up again and names two of its words ("To answer your question about the
reading group…"), or states most of what it asks about (three of its words and more); looser matches
there answered requests that were not, on families the rules were not written for. A meeting's summary ("Here is
my summary of what the team agreed on") answers a question one of its lines restates ("he still gets the full 30
minutes"). A question put again to someone else, naming the one first asked ("I emailed Ms. Lee and got an automatic
reply. Is anyone covering …?"), is answered with the second; a question passed on to another is answered by mail from
anyone that takes it up naming its asker ("Mr. Lee asked a while ago if I want him to wear the mic in labs").
Last, where nothing above answers it, a message's only ask that wants no paper is answered in whatever words by the first
reply from the side it was put to (a reply that only handed it on or put it off does not count as first) when that reply
puts nothing off and opens on neither a courtesy, "got it", a question back, news of its own nor another paper, and
touches the ask at all (a word of it, the child, or an opening that points back: "Yes, …", "That was …"); numbered
answers answer the asks of the same numbers.
A learned model did not beat this on the families it was not trained on; it is not used.
"""
from __future__ import annotations

import heapq
import math
import re
from bisect import bisect_right
from collections import OrderedDict, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import lru_cache
from operator import attrgetter, itemgetter

from ieptrail.classify.followup import (
    own_lines,
    _NUMBER, _QUANTITY, _ACKNOWLEDGED, _ACTION_ASK, _AS_PROMISED, _DEFERRAL, _PROPOSES_TIME, _SETS_UP, STOPWORDS, Ask,
    Commitment, FollowupEvidence, LaterMessage, _marks, answer_candidates, condition_only_words, content_words,
    context_around, sends_a_thing, delivery_candidates,
    MORE_TIME, email_domain, future_after_delivery, not_in_hand_yet, organization, promises_call, same_side, split_sentences, stem,
)
from ieptrail.classify.kept import (
    HANDS_OVER, apologizes_for_lateness, documents_named, hands_over, hands_to_family, informs, is_a_letter,
    promises_a_letter, promises_return, promises_to_find_out, promises_to_inform, reports_finding, says_arrived, says_came_back,
    thanked_for, vague_send,
)
from ieptrail.classify import literals
from ieptrail.classify.learned import LinearModel
from ieptrail.classify.when import MONTHS

OUTSIDE_THREAD_WINDOW = timedelta(days=183)
MAX_OUTSIDE = 12  # candidates kept from other threads per item, best-matching first
POSTING_LIMIT = 300  # a word a party used this often in the window says little about one item: not read

# Pseudo-words indexed with a message's words, so the look-up outside a thread finds them too.
AS_PROMISED, INVITATION, PROPOSES = "#as-promised", "#invitation", "#proposes-time"
ANSWERS_EARLIER = "#answers-earlier"
FORM_DONE = "#form-done"  # a paper reported filled in, signed or handed back

_FUTURE = re.compile(r"\b(?:will|won't|'ll|’ll|going to|plan to|planning to|shall|intend to)\b", re.I)
_INVITATION = re.compile(r"\b(?:has invited you|invited you to|invitation:|calendar invite|meeting invitation|"
                         r"you(?:'ve| have) been invited)\b", re.I)
_DONT_KNOW = re.compile(r"\b(?:i don't know|i do not know|i'm not sure|i am not sure|not sure (?:how|if|whether|what)|"
                        r"no idea|i(?:'ll| will) have (?:an|your) answer|will (?:let you know|get back)|"
                        r"i(?:'ll| will) (?:give you a call|call you)|"
                        # handed on to someone else to answer: "I have forwarded that part of your request to Ms. Lee"
                        r"(?:forwarded|passed|sent) (?:that |this )?(?:part of )?(?:your|this|the) (?:request|question)s? "
                        r"(?:along |on )?to (?!me\b|us\b))", re.I)
# Someone recalling a promise as still owed: "you said I would have it by the 20th", "following up on…",
# "asked me again about…", "we still haven't received…". Said by anyone but its keepers, it is a reminder.
_RECALLS_OWED = re.compile(
    r"\b(?:said|wrote|told (?:me|us)|promised|mentioned|agreed)\b[^.?!]{0,120}?\b(?:would|will|'d|’d|was going to|were going to)\b|"
    r"\bfollowing up\b|\b(?:asked|asking) (?:me |us |you )?(?:again|about (?:it|this|that) again)\b|"
    r"\bstill (?:haven't|have not|hasn't|has not|don't have|do not have|waiting|no sign)\b|"
    r"\b(?:was|were) (?:supposed|going) to\b|\b(?:have|has)n't (?:received|gotten|seen|heard)\b|"
    r"\b(?:have|has) not (?:received|gotten|seen|heard)\b|"
    r"\b(?:just )?checking (?:in )?(?:on|about)\b|\b(?:that |which )?you mentioned\b|"
    r"\bplease (?:\w+ )?(?:send|e-?mail|forward|share|mail|give|return|provide)\b",
    re.I)  # asked for: not had yet
# A reply that is only a report of the thing done: "Done.", "Sent!", "See attached."
_TERSE_DONE = re.compile(r"^\W*(?:(?:it'?s |all )?done|sent|all set|taken care of|see attached|attached|here (?:it is|you go)|"
                         r"(?:it|they|that)(?:'s|’s| is|'re|’re| are) (?:all |now )?(?:(?:in|on|up) )?there(?: now)?(?=\W*$)|"
                         r"finished|completed|signed)\b", re.I)
# A verb said not done: "it never got sent", "I couldn't drive him" (a clause of its own: "…, but I drove him today" is cut off)
_NEGATED_VERB = re.compile(r"\b(?:didn[’']?t|did not|haven[’']?t|have not|hasn[’']?t|has not|hadn[’']?t|had not|wasn[’']?t able to|"
                           r"weren[’']?t able to|couldn[’']?t|could not|never|not yet|forgot to)\s+((?:[a-z’']+\s+){0,2}[a-z]+)", re.I)
_NOT_DONE_PAST = re.compile(r"(?<!\bif )\b(?:didn[’']?t|did not|couldn[’']?t|could not|wasn[’']?t able|weren[’']?t able|not able|"
                            r"unable|never got|hasn[’']?t|haven[’']?t|not yet|no date yet|still waiting|waiting on|in progress|"
                            r"(?:on )?back-?order(?:ed)?|out of stock|"  # "the slant board is on backorder until November"
                            # the work itself under way: "I'm reworking it with our legal team", "we are finalizing the draft"
                            r"(?:i(?:'m|’m| am)|we(?:'re|’re| are)|(?:s?he|it)(?:'s|’s| is)) (?:still |currently |now )?"
                            r"(?:reworking|revising|rewriting|redoing|reviewing|updating|editing|fixing|finishing|finalizing|drafting|compiling|"
                            r"gathering|putting (?:it |them )?together|"
                            r"pulling (?:it |them )?together|working (?:on|through))\b)\b", re.I)
# The deed a promise names and the ways a later message reports it: "I'll send…" is kept by "I sent…",
# "Attached is…"; "I'll set up a meeting" by "I've scheduled…". Word families, not exact words.
_DEED_FAMILIES = {
    "send": r"send|sent|email|e-mail|mail|forward|attach|share|post|upload|get (?:it|them|this|that) to|copy|drop",
    "schedule": r"schedul|set up|calendar|invit|book|arrange|meeting dates|options|times",
    "talk": r"talk|spoke|speak|call|discuss|met|meet|check(?:ed)? (?:in )?with|reach(?:ed)? out|contact|let .{0,20}know|tell|told",
    "make_up": r"mak(?:e|es|ing) (?:it |them |this |that |those |these |the \w+ |\w+ )?up|made (?:it |them |this |that |\w+ )?up|"
               r"make-?ups?|compensatory",
    "start": r"start|began|begin|pull|see him|see her|saw",
    "write": r"write|wrote|written|draft|put together|prepare|type|summar",
    "change": r"change|update|fix|add|revis|correct|move|swap|replac|assign",
    "print": r"print|laminat|copy|copies",
    "check": r"check|look into|find out|look at|review",
}
_DEED_WORDS = re.compile("|".join(rf"\b(?P<{family}>{pattern})" for family, pattern in _DEED_FAMILIES.items()), re.I)
# The verb a promise names ("I'll see him Thursday", "we will scan it and send it"), matched with
# the past that reports it ("Saw Eli at 2:15 today"): irregular pasts mapped to their verb.
_PROMISED_VERB = re.compile(r"\b(?:will|'ll|’ll|going to|plan to|planning to|shall|be able to|would|can)\s+"
                            r"(?:also\s+|still\s+|then\s+|\w+ly\s+)?([a-z]+)(?:[^.;]*?\band\s+(?:then\s+)?([a-z]+))?", re.I)
_IRREGULAR_PAST = {
    "sent": "send", "made": "make", "met": "meet", "spoke": "speak", "spoken": "speak", "wrote": "write", "written": "write",
    "gave": "give", "given": "give", "took": "take", "taken": "take", "brought": "bring", "told": "tell", "began": "begin",
    "begun": "begin", "rode": "ride", "ridden": "ride", "saw": "see", "seen": "see", "left": "leave", "kept": "keep",
    "found": "find", "heard": "hear", "paid": "pay", "taught": "teach", "bought": "buy", "held": "hold", "drove": "drive",
    "driven": "drive", "sat": "sit", "spent": "spend", "built": "build", "came": "come", "caught": "catch", "led": "lead",
    "sold": "sell", "shown": "show", "chose": "choose", "chosen": "choose", "put": "put", "set": "set", "read": "read",
    "ran": "run", "hung": "hang", "fed": "feed", "drew": "draw", "drawn": "draw", "forgot": "forget", "forgotten": "forget",
}
_LIGHT_VERBS = frozenset({"be", "have", "do", "get", "go", "let", "try", "need", "want", "also", "still", "the", "a", "to",
                          "you", "it", "not", "make", "keep", "take", "give", "put", "come",
                          # what follows "and" when no verb does: "…used at home and at school"
                          "at", "in", "on", "for", "with", "from", "of", "by", "as", "an", "his", "her", "their", "my",
                          "our", "your", "him", "them", "me", "us", "we", "i", "he", "she", "they", "that", "this",
                          "then", "so", "if", "all", "some", "more", "other", "one", "two", "when", "what", "how"})


def student_words(students: Iterable[str]) -> frozenset[str]:
    """The words of the students' names: nearly every message names them, so they say nothing about a match."""
    return frozenset(word.lower() for student in students for word in re.findall(r"[A-Za-z'’-]+", student))


@lru_cache(maxsize=16_384)  # the same sentences are asked about for every promise they might keep
def deed_families(text: str) -> frozenset[str]:
    return frozenset(match.lastgroup for match in _DEED_WORDS.finditer(text))


@lru_cache(maxsize=100_000)  # every word of every sentence the linking reads passes here
def verb_stem(word: str) -> str:
    word = word.lower()
    return stem(_IRREGULAR_PAST.get(word, word))


@lru_cache(maxsize=20_000)
def promised_verbs(sentence: str) -> frozenset[str]:
    """The verbs a promise names: "I'll scan everything and send it" -> scan, send."""
    verbs = set()
    for match in _PROMISED_VERB.finditer(sentence):
        verbs.update(verb_stem(word) for word in match.groups() if word and word.lower() not in _LIGHT_VERBS)
    return frozenset(verbs)


def forget_cached_verbs() -> None:
    """Drop the cached promise sentences once a refresh is done (a worker meets new ones for ever)."""
    promised_verbs.cache_clear()
    kept_up_verbs.cache_clear()
    dates_written.cache_clear()
    spelled_out.cache_clear()
    deed_families.cache_clear()
    documents_named.cache_clear()
    names_a_part.cache_clear()
    verb_stem.cache_clear()
    _day_marks.cache_clear()
    _kept_up_in.cache_clear()
    _glossed_marks.cache_clear()


def negated_verbs(text: str) -> frozenset[str]:
    """The verbs `text` says were not done, unless a "but" turns it ("I couldn't call Monday, but I called today")."""
    found = set()
    for sentence in re.split(r"[.;!?]", text):
        clauses = re.split(r"\bbut\b|\bhowever\b", sentence, flags=re.I)
        for position, clause in enumerate(clauses):
            matches = list(literals.finditer(_NEGATED_VERB, clause))
            if not matches:
                continue  # (nothing said undone here: what turns it is not read)
            turned = {verb_stem(word) for later in clauses[position + 1:] for word in re.findall(r"[a-z’']+", later.lower())}
            for match in matches:
                found.update(stem for stem in map(verb_stem, match.group(1).split()) if stem not in turned)
    return frozenset(found)


_CAPITALIZED = re.compile(r"\b[A-Z][a-z]{2,}\b")


def address_name_keys(address: str) -> frozenset[str]:
    """The names a person behind this address may go by: each part of "jane.rivera@…", and for
    "jrivera@…" the surname after an initial or two (four letters or more)."""
    local = address.split("@")[0].lower()
    parts = set(re.split(r"[._\-\d]+", local))
    letters = re.sub(r"[^a-z]", "", local)
    return frozenset(parts | {letters[skip:] for skip in range(3) if len(letters) - skip >= 4})


def address_names(address: str, names: Iterable[str]) -> bool:
    """Is a person of these names behind this address: "jane.rivera@…" (a part of it), "jrivera@…"
    (an initial or two and a surname of four letters or more)?"""
    return not address_name_keys(address).isdisjoint(names)


# An acronym written in capitals ("PWN", "ESY") and the words that spell it out ("prior written notice", "extended
# school year"; "speech-language pathologist" for "SLP": a hyphen parts words).
_ACRONYM = re.compile(r"\b[A-Z]{3,5}\b")  # (two letters, "PE", are spelled by chance: "para ever")
_SPELLING_WORD = re.compile(r"[A-Za-z]+")


def _initials(text: str, length: int) -> frozenset[str]:
    words = [word for word in _SPELLING_WORD.findall(text) if len(word) >= 3 and word.lower() not in STOPWORDS]
    return frozenset("".join(word[0] for word in words[start:start + length]).lower() for start in range(len(words)))


@lru_cache(maxsize=20_000)
def spelled_out(text: str, other: str) -> frozenset[str]:
    """The acronyms one text writes in capitals that the other spells out in words ("the PWN we were promised" …
    "On the prior written notice: …"), in lower case: the same thing named two ways."""
    found = set()
    for first, second in ((text, other), (other, text)):
        for acronym in {match.lower() for match in _ACRONYM.findall(first)}:
            if acronym not in second.lower().split() and acronym in _initials(second, len(acronym)):
                found.add(acronym)
    return frozenset(found)


# Two-letter acronyms of an IEP glossary, which initials alone cannot tell from chance ("the OT evaluation" … "the
# occupational therapy evaluation"; "speech therapy" for "ST")
_GLOSSARY = {"OT": "occupational therap", "PT": "physical therap", "AT": "assistive technology",
             "PE": "physical education", "SPED": "special education", "SLP": "speech language pathologist",
             "SDI": "specially designed instruction", "PWN": "prior written notice", "ESY": "extended school year",
             "FBA": "functional behavior assessment", "BIP": "behavior intervention plan", "IEE": "independent educational evaluation"}
_GLOSSARY_ACRONYM = re.compile(r"\b(?:" + "|".join(_GLOSSARY) + r")\b")
# the shorter ways the same papers are spelled out: "his behavior plan" is his BIP
_GLOSSARY_SHORT = {"BIP": ("behavior plan", "behaviour plan", "behavior support plan", "behaviour intervention plan"),
                   "FBA": ("functional behavioral assessment", "functional behaviour assessment"),
                   "IEE": ("independent evaluation",)}


def glossed(words: frozenset[str], text: str, ignore: frozenset[str] = frozenset()) -> frozenset[str]:
    """A text's content words and a mark for each IEP acronym it writes ("OT") or spells out ("occupational therapy"):
    the same thing named two ways shares that mark. (Not the spelled-out words themselves: "instruction" or "plan"
    alone name many things.)"""
    marks = _glossed_marks(text)
    return words | marks if marks else words


@lru_cache(maxsize=20_000)
def _glossed_marks(text: str) -> frozenset[str]:
    """glossed's marks of a text, worked out once per text (a message's sentences are glossed for every item read
    against it)."""
    found = {acronym for acronym in _GLOSSARY_ACRONYM.findall(text)}
    lowered = text.lower().replace("-", " ")
    found |= {acronym for acronym, meaning in _GLOSSARY.items() if meaning in lowered}
    found |= {mark for mark, pattern in _SAME_THING.items() if literals.search(pattern, lowered)}
    found |= {acronym for acronym, meanings in _GLOSSARY_SHORT.items() if any(meaning in lowered for meaning in meanings)}
    return frozenset(f"#{acronym.lower()}" for acronym in found)


def _glossary_marks(text: str) -> frozenset[str]:
    """The IEP acronyms a text writes or spells out (glossed's marks alone; file names split at "_")."""
    return glossed(frozenset(), _NAME_SEPARATORS.sub(" ", text))


# One role or service named in the words of an IEP glossary: "a one-on-one aide" is "a para"; "transportation" is "the
# bus"; "ESY" is "summer school"
_SAME_THING = {"AIDE": re.compile(r"\b(?:aides?|paras?|paraprofessionals?|paraeducators?|one on one|1:1)\b"),
               "BUS": re.compile(r"\b(?:bus(?:es|ing)?|transportation)\b"),
               "ESY": re.compile(r"\bsummer (?:school|session|program(?:ming)?|services)\b")}


# A numbered part of the school year or of a course: "the Q2 progress report", "the Module 4 test".
_NUMBERED = re.compile(r"\b(?:(q)(\d)|(quarter|unit|module|chapter|trimester|semester|lesson|bus|route) #?(\d{1,4}))\b", re.I)


def numbered_parts(text: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for match in _NUMBERED.finditer(text):
        kind = (match.group(1) or match.group(3)).lower()
        found["quarter" if kind == "q" else kind].add(match.group(2) or match.group(4))
    return found


@lru_cache(maxsize=4096)  # asked of each promise for every message it is read against
def names_a_part(promise: str) -> bool:
    return bool(numbered_parts(promise))


def names_another_part(promise: str, text: str) -> bool:
    """Does `text` name another numbered part of the same kind than the promise, and not the promise's
    ("the corrected Q2 progress report" is not kept by "the Q3 progress report is attached")?"""
    wanted = numbered_parts(promise)
    if not wanted:
        return False
    named = numbered_parts(text)
    return any(named.get(kind) and not (named[kind] & numbers) for kind, numbers in wanted.items())


@dataclass(frozen=True)
class SentenceView:
    text: str
    words: frozenset[str]  # content words, stemmed
    question: bool
    deed: bool  # reports a deed done (outright or in the past tense, not hedged)
    future: bool  # speaks of what will be done, and reports nothing done
    pending: bool  # "still", "in progress", "not yet", "didn't", "had not": not done
    stems: frozenset[str]  # every word, irregular pasts as their verb ("saw" -> "see")
    recalls_owed: bool = False  # "you said you would…", "following up on…": the promise recalled as owed


@dataclass(frozen=True)
class MessageProfile:
    """What the linking reads of a candidate message, worked out once per message."""

    sentences: tuple[SentenceView, ...]
    words: frozenset[str]
    deed_stems: frozenset[str]  # the words of its sentences that report a deed done
    deed_families: frozenset[str]
    negated_stems: frozenset[str]  # the verbs it says were not done ("it didn't get sent" -> get, send)
    terse_done: bool  # a short reply that only reports a thing done ("Done.", "Sent!")
    deferral: bool  # "I'll look into it", "I don't know", "I'll give you a call"
    acknowledges: bool  # "I have your signed consent"
    invitation: bool
    as_promised: bool
    future_stems: frozenset[str] = frozenset()  # the words of its sentences that speak of what will be done
    future_families: frozenset[str] = frozenset()
    attachment_words: frozenset[str] = frozenset()  # the content words of its attachments' names


# A mail footer's legal wording reports nothing done ("If you received it in error, please tell the sender")
_BOILERPLATE = re.compile(r"\bconfidential(?:ity)?\b|\bprivileged\b|\breceived (?:it|this|this (?:e-?mail|message)) in error\b|"
                          r"\bintended (?:only |solely )?for the (?:use|named|individual|addressee|recipient)|\bFERPA\b|"
                          r"\b(?:unauthorized|prohibited) (?:use|review|disclosure|distribution|copying)\b", re.I)
_FILE_TYPE = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|jpe?g|png|heic|gif|txt|rtf|csv|odt)\b", re.I)
_NAME_SEPARATORS = re.compile(r"[_\-.()\[\]]+")


def _stems(text: str) -> frozenset[str]:
    return frozenset(map(verb_stem, set(re.findall(r"[a-z]+", text.lower()))))


def profile(message: LaterMessage, ignore: frozenset[str] = frozenset()) -> MessageProfile:
    own = own_lines(message.new_text)
    views = []
    for text in split_sentences(own):
        marks = _marks(text)
        # (literals.search: each regex is run only over a sentence holding its literal words, the same matches)
        deed = marks.reports_deed and not literals.search(_BOILERPLATE, text)
        pending = marks.negated or (marks.not_done and not marks.strong) or bool(literals.search(_NOT_DONE_PAST, text)) \
            or bool(MORE_TIME.search(text) and not HANDS_OVER.search(text))  # "I started on them but need a few more days"
        views.append(SentenceView(text, content_words(text, ignore), marks.question, deed,
                                  bool(literals.search(_FUTURE, text)) and not deed, pending,
                                  _stems(text),
                                  bool(literals.search(_RECALLS_OWED, text))))
    text = own
    # a delivery that turns to what is still to come ("I've talked with her teacher, and I'm going to re-give it
    # Monday"): the deed done is the part before the turn; the verbs after it are promised again
    done = {view.text: view.text[:cut] for view in views if view.deed and (cut := future_after_delivery(view.text)) is not None}
    tails = [view.text[len(done[view.text]):] for view in views if view.text in done]
    return MessageProfile(
        sentences=tuple(views),
        words=content_words(text, ignore),
        deed_stems=frozenset().union(*(_stems(done[view.text]) if view.text in done else view.stems
                                       for view in views if view.deed and not view.pending)),
        deed_families=deed_families(" ".join(done.get(view.text, view.text) for view in views if view.deed)),
        negated_stems=negated_verbs(text),
        terse_done=bool(_TERSE_DONE.search(text)) and len(text.split()) <= 25,
        deferral=bool(literals.search(_DEFERRAL, text) or literals.search(_DONT_KNOW, text)),
        acknowledges=bool(_ACKNOWLEDGED.search(text)),
        invitation=bool(literals.search(_INVITATION, text)),
        as_promised=bool(literals.search(_AS_PROMISED, text)),
        future_stems=frozenset().union(*(view.stems for view in views if view.future), *map(_stems, tails)),
        future_families=deed_families(" ".join([view.text for view in views if view.future] + tails)),
        attachment_words=content_words(_NAME_SEPARATORS.sub(" ", _FILE_TYPE.sub(" ", message.attachment_names)), ignore),
    )


def abbreviated(names: frozenset[str], words: frozenset[str]) -> frozenset[str]:
    """The papers a file's name writes short ("Psych_Eval_Report.pdf": eval for "the psychological evaluation";
    "Sched_Spring": sched for "schedule"): of `words` (the papers a promise names), those a name's word of four letters
    or more begins."""
    return frozenset(word for word in words for name in names
                     if len(name) >= 4 and len(word) > len(name) + 1 and word.startswith(name))


def _pseudo_words(text: str) -> set[str]:
    """"As promised", a calendar invitation, a proposed meeting time: what the look-up outside a
    thread finds besides words (a cheap look for their letters first: every message passes here)."""
    lower = text.lower()
    found = set()
    if "promised" in lower or "said" in lower:
        if _AS_PROMISED.search(text):
            found.add(AS_PROMISED)
    if "invit" in lower and _INVITATION.search(text):
        found.add(INVITATION)
    if any(cue in lower for cue in ("work", "available", "how about", "invit", "scheduled for", "calendar", "meet")):
        if _PROPOSES_TIME.search(text):
            found.add(PROPOSES)
    if any(cue in lower for cue in ("ask", "question", "answer", "request", "back to you", "wanted to know", "following up",
                                    "circling back", "regarding your", "about your", "re your", "re: your")):
        if _ANSWERS_EARLIER.search(text):
            found.add(ANSWERS_EARLIER)
    if any(cue in lower for cue in ("finish", "complet", "fill", "sign", "return", "submit", "turned", "back", "dropped")):
        if _FORM_DEED_DONE.search(text):
            found.add(FORM_DONE)
    return found


RECENT_MESSAGES = 4096  # what the index works out per message (its profile…) is kept for this many


class Recent(OrderedDict):
    """A dict that keeps only the `size` entries put in last (the cache of a pure function: an entry it drops is
    worked out again, the same, when asked for)."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def __setitem__(self, key, value) -> None:
        super().__setitem__(key, value)
        if len(self) > self.size:
            self.popitem(last=False)


class MessageIndex:
    """The record's dated messages as the linking reads them: each thread in sent order, and the
    messages of each party (an author, or "@domain" for everyone at a school) by word, for the
    look-up outside a thread. Building it reads every message once."""

    def __init__(self, messages: Iterable[LaterMessage], ignore: frozenset[str] = frozenset(), students: Iterable[str] = (),
                 names: Iterable[tuple[str, str]] = ()):
        self.ignore = ignore
        # each student by first name: in a record about several children, mail about one keeps no promise about another
        self.first_names = tuple(dict.fromkeys(name.split()[0].lower() for name in students if name.split()))
        self.common_names = frozenset(self.first_names) | ignore
        # what is worked out per message or per promise is kept for the messages asked about lately, not for every
        # message the record holds: the promises are read in the order they were stored, each against the mail after
        # it, so what one asks about the next asks again (kept for all, the refresh's memory grew with the record)
        self._named: dict[int, frozenset[str]] = Recent(RECENT_MESSAGES)
        # (message, promiser) -> the message's hand-over sentences' words, and the two promises of the promiser made
        # before it that share the most words with one of them (better_kept_by_it asks for every promise in turn;
        # two, not all: a record with thousands of promises by one writer would keep thousands per message)
        self.handed_overlaps: dict[tuple[int, str | None], tuple[list[frozenset[str]], list[tuple[int, str]]]] = Recent(
            RECENT_MESSAGES)
        # id of a promiser's (promise, words) list -> (that list, each word -> the positions of the promises that use it)
        self.promiser_words: dict[int, tuple[Sequence, dict[str, list[int]]]] = {}
        self.by_id: dict[int, LaterMessage] = {}
        self.by_thread: dict[int | None, list[LaterMessage]] = defaultdict(list)
        self.by_author: dict[str, list[LaterMessage]] = defaultdict(list)  # each writer's mail in sent order
        self.postings: dict[tuple[str, str], list[LaterMessage]] = defaultdict(list)
        self._profiles: dict[int, MessageProfile] = Recent(RECENT_MESSAGES)
        self._later: dict[tuple, list[LaterMessage]] = Recent(RECENT_MESSAGES)
        self._taking_up: dict[int, tuple[bool, ...]] = Recent(RECENT_MESSAGES)
        self._may_put_off: dict[int, bool] = Recent(RECENT_MESSAGES)
        # a posting's send times, for bisect without a key function (made for the postings looked up: the look-up
        # outside a thread bisects the same postings for every item)
        self._posting_times: dict[tuple[str, str], list[datetime]] = Recent(16 * RECENT_MESSAGES)
        frequency: dict[str, int] = defaultdict(int)
        self.authors: set[str] = set()
        self.taking_up: list[LaterMessage] = []  # mail that takes an earlier question up ("Good question.", "you asked")
        for message in sorted(messages, key=attrgetter("sent", "id")):
            self.by_id[message.id] = message
            if message.author_email:
                self.authors.add(message.author_email)
            self.by_thread[message.thread_id].append(message)
            self.by_author[message.author_email].append(message)
            if message.auto_reply:
                continue
            words = content_words(message.new_text, ignore)
            for word in words:
                frequency[word] += 1
            terms = set(words) | _pseudo_words(message.new_text)
            if ANSWERS_EARLIER in terms:
                self.taking_up.append(message)
            school = organization(message.author_email)
            for party in (message.author_email, school) if school else (message.author_email,):
                for term in terms:
                    self.postings[(party, term)].append(message)
        # each word's writers (the parties that are authors): a look-up by a name reads only the writers who used it,
        # not every writer's postings in turn
        self.term_authors: dict[str, set[str]] = defaultdict(set)
        for party, term in self.postings:
            if party in self.authors:
                self.term_authors[term].add(party)
        # each writer under every name their address may stand for: a sentence's names are looked up, not compared
        self.authors_by_name: dict[str, set[str]] = defaultdict(set)
        for author in self.authors:
            for key in address_name_keys(author):
                self.authors_by_name[key].add(author)
        self._authors_named: dict[str, frozenset[str]] = Recent(RECENT_MESSAGES)
        # each writer's first name, from a display name whose surname their address holds ("Lorna Kittredge" for
        # lkittredge@…): a parent's "Lorna went over her updated assessments" tells of her (read only where someone
        # else reports a promise kept)
        self.first_names_of: dict[str, set[str]] = defaultdict(set)
        for address, name in names:
            parts = re.findall(r"[A-Za-z][a-z’'-]+", name)
            if len(parts) >= 2 and len(parts[0]) >= 3 and parts[-1].lower() in address_name_keys(address) \
                    and parts[0].lower() not in self.common_names and parts[0].lower() != parts[-1].lower():
                self.first_names_of[address].add(parts[0].lower())
        self.by_first_name: dict[str, set[str]] = defaultdict(set)
        for address, firsts in self.first_names_of.items():
            for first in firsts:
                self.by_first_name[first].add(address)
        self.in_order = list(self.by_id.values())  # every message in sent order (as they were added)
        scale = math.log(len(self.by_id) + 2)
        # 1 for a word one message uses, near 0 for a word every message uses: comparable across record sizes
        self.rarity = {word: math.log((len(self.by_id) + 2) / (1 + seen)) / scale for word, seen in frequency.items()}

    def profile(self, message: LaterMessage) -> MessageProfile:
        found = self._profiles.get(message.id)
        if found is None:
            found = self._profiles[message.id] = profile(message, self.ignore)
        else:  # kept as the one asked for last: what is read again and again stays (the cache drops the oldest)
            self._profiles.move_to_end(message.id)
        return found

    def sentences_taking_up(self, message: LaterMessage) -> tuple[bool, ...]:
        """For each sentence of the message's profile, whether it takes an earlier question up (per message, not per
        request read against it)."""
        found = self._taking_up.get(message.id)
        if found is None:
            found = self._taking_up[message.id] = tuple(bool(literals.search(_ANSWERS_EARLIER, view.text))
                                                        for view in self.profile(message).sentences)
        return found

    def may_put_off(self, message: LaterMessage) -> bool:
        """Whether the message's text holds the literal words of a deferral or an "I don't know" (per message)."""
        found = self._may_put_off.get(message.id)
        if found is None:
            found = self._may_put_off[message.id] = not (literals.lacks(_DEFERRAL, message.new_text)
                                                         and literals.lacks(_DONT_KNOW, message.new_text))
        return found

    def has_colleagues(self, party: str, person: str | None) -> bool:
        """Does anyone besides `person` write from the organization `party` ("@domain")?"""
        return any(author != person and organization(author) == party for author in self.authors)

    def named_authors(self, sentence: str) -> frozenset[str]:
        """The writers in the record a sentence names ("I'll ask Jane to cover it", "Ms. Rivera will
        notify you"), known by the name in their address (jane.rivera@…, jrivera@…)."""
        found = self._authors_named.get(sentence)
        if found is None:
            names = {word.lower() for word in _CAPITALIZED.findall(sentence)} - self.common_names
            found = self._authors_named[sentence] = frozenset(
                author for name in names for author in self.authors_by_name.get(name, ()))
        return found

    def students_named(self, text: str) -> frozenset[str]:
        if len(self.first_names) < 2:
            return frozenset()
        words = set(re.findall(r"[a-z]+", text.lower()))
        return frozenset(name for name in self.first_names if name in words)

    def students_in(self, message: LaterMessage) -> frozenset[str]:
        found = self._named.get(message.id)
        if found is None:
            found = self._named[message.id] = self.students_named(message.new_text)
        return found

    def other_student(self, item_text: str, source_id: int | None, message: LaterMessage) -> bool:
        """Does `message` name only students other than the one the item is about (the item's own words
        first, else its message's)?"""
        named = self.students_in(message)
        if not named:
            return False
        about = self.students_named(item_text)
        if not about and source_id in self.by_id:
            about = self.students_in(self.by_id[source_id])
        return bool(about) and not (about & named)

    def weight(self, words: Iterable[str]) -> float:
        # fsum: the same total whatever order a set yields its words in (the model must rebuild exactly)
        return math.fsum(self.rarity.get(word, 1.0) for word in words)

    def mail_of(self, author: str, after: datetime, until: datetime | None = None) -> list[LaterMessage]:
        """The author's mail sent after `after` (up to and including `until`), in sent order: a slice of their
        mail, not a scan of it (a promise is read against every writer's later mail)."""
        return _sent_between(self.by_author.get(author, ()), after, until)

    def mail_between(self, after: datetime, until: datetime) -> list[LaterMessage]:
        """Every message sent after `after`, up to and including `until`, in sent order."""
        return _sent_between(self.in_order, after, until)

    def later_in_thread(self, thread_id: int | None, source_id: int | None, sent: datetime) -> list[LaterMessage]:
        if thread_id is None:
            return []
        key = (thread_id, source_id, sent)
        found = self._later.get(key)
        if found is None:
            found = self._later[key] = [m for m in self.by_thread.get(thread_id, ())
                                        if m.sent > sent and m.id != source_id and not m.auto_reply]
        return found

    def item_terms(self, sentence: str, context: str) -> dict[str, float]:
        """What to look an item up by outside its thread: its own words, and at half weight the words
        of the sentences around it (what "it" is)."""
        terms = {word: 0.5 for word in content_words(context, self.ignore)}
        terms.update({word: 1.0 for word in content_words(sentence, self.ignore)})
        return terms

    def outside_thread(self, parties: Iterable[str], terms: dict[str, float], thread_id: int | None,
                       sent: datetime) -> list[LaterMessage]:
        """Later messages in other threads from these parties within half a year, scored by the rarity
        of the terms they share with the item (a pseudo-word counts 1); the best MAX_OUTSIDE."""
        scores: dict[int, float] = defaultdict(float)
        found: dict[int, LaterMessage] = {}
        parties = set(parties)
        until = sent + OUTSIDE_THREAD_WINDOW
        for term, factor in sorted(terms.items()):  # in a fixed order: the sums, and so the ranking, repeat exactly
            weight = factor * (1.0 if term.startswith("#") else self.rarity.get(term, 1.0))
            reached: set[int] = set()  # a message indexed under its author and its school counts once
            for party in parties:
                posting = self.postings.get((party, term))
                if not posting:
                    continue
                start, end = self._window(party, term, posting, sent, until)
                if end - start > POSTING_LIMIT:
                    continue
                for message in posting[start:end]:
                    identity = message.id
                    if identity in reached or (thread_id is not None and message.thread_id == thread_id):
                        continue
                    reached.add(identity)
                    found[identity] = message
                    scores[identity] += weight
        # (the same as sorted(…)[:MAX_OUTSIDE], without sorting every message found)
        return heapq.nsmallest(MAX_OUTSIDE, found.values(), key=lambda m: (-scores[m.id], m.sent, m.id))

    def others_using(self, terms: Iterable[str], party: set[str], sent: datetime) -> dict[int, LaterMessage]:
        """The mail of every writer outside `party` sent after `sent` and within OUTSIDE_THREAD_WINDOW that uses one of
        `terms` (by id): read from the writers who used each term, not from every writer's postings."""
        until = sent + OUTSIDE_THREAD_WINDOW
        options: dict[int, LaterMessage] = {}
        for term in terms:
            for author in self.term_authors.get(term, ()):
                if author in party:
                    continue
                posting = self.postings[(author, term)]
                start, end = self._window(author, term, posting, sent, until)
                options.update((message.id, message) for message in posting[start:end])
        return options

    def _window(self, party: str, term: str, posting: list[LaterMessage], after: datetime,
                until: datetime) -> tuple[int, int]:
        """The slice of a posting sent after `after` up to `until`, bisected on its send times (kept per posting)."""
        times = self._posting_times.get((party, term))
        if times is None:
            times = self._posting_times[(party, term)] = [message.sent for message in posting]
        start = bisect_right(times, after)
        return start, bisect_right(times, until, lo=start)

    def best_sentence(self, message: LaterMessage, words: frozenset[str]) -> SentenceView | None:
        """The sentence of `message` that shares most with an item (the first of equals): what it says about it."""
        best, top = None, 0.0
        for view in self.profile(message).sentences:
            score = self.weight(words & view.words)
            if score > top:
                best, top = view, score
        return best


def _sent_between(messages: Sequence[LaterMessage], after: datetime, until: datetime | None) -> list[LaterMessage]:
    """Of messages in sent order, those sent after `after` and (with `until`) not after `until`."""
    sent = attrgetter("sent")
    start = bisect_right(messages, after, key=sent)
    return list(messages[start:bisect_right(messages, until, lo=start, key=sent) if until is not None else len(messages)])


def _gap_days(earlier: datetime, later: datetime) -> float:
    return math.log1p(max(0.0, (later - earlier).total_seconds() / 86400))


# ---- promises ---------------------------------------------------------------------------------

def promise_party(commitment: Commitment) -> set[str]:
    """Who keeps a promise: the promiser, and its writer when at the promiser's school ("Ms. Holcomb
    will notify you", written by her colleague); not a parent or an advocate recapping what the
    school said."""
    promiser, writer = commitment.promiser, commitment.author_email
    if not promiser or writer == promiser or email_domain(writer) == email_domain(promiser):
        return {address for address in (promiser, writer) if address}
    return {promiser}


def delivery_options(commitment: Commitment, index: MessageIndex) -> list[LaterMessage]:
    """Every message that might keep this promise: its thread's later messages, and the best matches
    among its party's (for the school's promises, anyone's at that school) later mail elsewhere."""
    inside = index.later_in_thread(commitment.thread_id, commitment.source_id, commitment.sent)
    parties = promise_party(commitment) | index.named_authors(commitment.sentence)
    # colleagues keep the school's promises; the user's own promise only where the user works there too (a
    # teacher's "he'll test in my room Friday" … the para: "he finished the test in your room"), not at a
    # workplace of a parent's no one else in the record writes from
    parties |= {school for school in map(organization, list(parties))
                if school and (not commitment.made_by_user or index.has_colleagues(school, commitment.promiser))}
    terms = index.item_terms(commitment.sentence, commitment.context)
    terms.update({AS_PROMISED: 1.0, INVITATION: 1.0})
    if _SETS_UP.search(commitment.sentence):
        terms[PROPOSES] = 1.0
    return inside + index.outside_thread(parties, terms, commitment.thread_id, commitment.sent)


def delivery_rule(commitment: Commitment, message: LaterMessage, index: MessageIndex) -> list[FollowupEvidence]:
    """What the written rules (classify.followup) find in `message` for this promise, read from its
    sentence alone (as in training: the promised deed is not split from it). A person the promise names
    keeps it in their own mail as the promiser would ("Ms. Lee's report should be to you by 4/9" … Ms. Lee:
    "Attached is my report"), though the colleague who wrote it is the one answerable."""
    if commitment.action:
        commitment = replace(commitment, action="")
    if message.author_email != commitment.promiser and message.author_email in index.named_authors(commitment.sentence):
        commitment = replace(commitment, promiser=message.author_email)
    return delivery_candidates(commitment, [message], index.ignore)


def delivery_features(commitment: Commitment, message: LaterMessage, index: MessageIndex,
                      rule: list[FollowupEvidence] | None = None) -> dict[str, float]:
    """What says `message` kept `commitment`, as numbers for the learned model. The same evidence
    weighs differently in the promise's own thread ("in:") and outside it ("out:")."""
    facts = index.profile(message)
    own = content_words(commitment.sentence, index.ignore)
    same_thread = commitment.thread_id is not None and message.thread_id == commitment.thread_id
    # in its thread, the sentences around a promise say what "it" is; elsewhere they mostly name other
    # things (a meeting summary lists ten), so only a promise without words of its own borrows them
    around = own | content_words(commitment.context, index.ignore) if same_thread or len(own) < 2 else own
    named = message.author_email in index.named_authors(commitment.sentence)  # "with Mr. Lee scribing" … Mr. Lee writes
    party = promise_party(commitment)
    by_party = message.author_email in party or named
    on_side = same_side(message, commitment) or named
    rank = 0
    if same_thread:  # how many messages from the same people came before this one since the promise
        rank = sum(1 for m in index.later_in_thread(commitment.thread_id, commitment.source_id, commitment.sent)
                   if m.sent < message.sent and (m.author_email in party if by_party else m.author_is_user == message.author_is_user))
    best = index.best_sentence(message, around)
    # "As promised, here is…" from anyone but the promise's keepers reports their own promise kept, not this one
    others_promise = not by_party and bool(best and _AS_PROMISED.search(best.text))
    on_time = commitment.due is not None and message.sent.date() <= commitment.due + timedelta(days=1)
    verbs = promised_verbs(commitment.sentence)
    # the promise recalled as still owed by someone who does not keep it: a reminder, not a delivery
    reminder = not by_party and any(view.recalls_owed and bool(view.words & around) for view in facts.sentences)
    rule = delivery_rule(commitment, message, index) if rule is None else rule
    rule_found = bool(rule)
    # in another thread, a past tense that shares a word or two with the promise ("Route 14 did run yesterday")
    # is evidence for the model to weigh, not the rules' own verdict
    weak_rule = rule_found and not same_thread and not any(rule_decides(evidence) for evidence in rule)
    shared = min(4.0, index.weight(around & facts.words))
    # the promised kind of deed reported done in a sentence about the promise (any, in the promiser's next reply)
    next_reply = same_thread and by_party and rank == 0
    # (but "Attached is his final IEP" hands over something else when it shares no word with the promise)
    near = [view for view in facts.sentences if view.deed and not view.pending
            and (view.words & around or next_reply and not HANDS_OVER.search(view.text))]
    deed_match = bool(deed_families(commitment.sentence) & deed_families(" ".join(view.text for view in near)))
    verb_done = bool(verbs & facts.deed_stems)
    acknowledged = same_thread and not on_side and facts.acknowledges and bool(own & facts.words)
    # a document handed over as an attachment by the promiser's side ("Here is his IEP and his BIP.")
    named_thing = own if len(own) >= 2 else around  # the promise's own words name the document; "it" borrows them
    attached = on_side and bool(facts.attachment_words & named_thing
                                or abbreviated(facts.attachment_words, documents_named(commitment.sentence))
                                or _glossary_marks(commitment.sentence) & _glossary_marks(message.attachment_names)) \
        and promises_a_document(commitment.sentence)
    # the deed promised again rather than reported: "I'll send you the draft goals by Friday"
    again = bool(deed_families(commitment.sentence) & facts.future_families or verbs & facts.future_stems)
    evidence = rule_found or shared > 0 or deed_match or verb_done or facts.as_promised or acknowledged or facts.terse_done \
        or attached
    text = {
        "rule": float(rule_found and not weak_rule),
        "weak_rule": float(weak_rule),
        "best_shared": min(3.0, index.weight(around & best.words)) if best else 0.0,
        "best_deed": float(bool(best and best.deed and not best.pending and not others_promise)),
        "best_future": float(bool(best and best.future)),
        "best_not_done": float(bool(best and best.pending)),
        "deed_family": float(deed_match),
        "verb_done": float(verb_done),
        "shared": shared,
        "on_time": float(on_time),
        "as_promised": float(facts.as_promised and by_party),
        "terse_done": float(facts.terse_done and by_party),
        "named_author": float(named),
        "bare": float(not evidence),  # only its place says anything: the promiser's next message about something else
        "reminder": float(reminder),
        "verb_not_done": float(bool(verbs & facts.negated_stems)),  # "it never got sent"
        "again": float(again),
        "attached": float(attached),
    }
    if same_thread:
        text["acknowledged"] = float(acknowledged)
    else:
        text["invitation"] = float(facts.invitation)
        text["gap"] = _gap_days(commitment.sent, message.sent)
    place = "in" if same_thread else "out"
    return {
        "in_party_first": float(same_thread and by_party and rank == 0),
        "in_party_later": float(same_thread and by_party and rank > 0),
        "in_side_first": float(same_thread and not by_party and on_side and rank == 0),
        "in_side_later": float(same_thread and not by_party and on_side and rank > 0),
        "in_other_side": float(same_thread and not on_side),
        "out_party": float(not same_thread and by_party),
        "out_colleague": float(not same_thread and not by_party),
        "by_promiser": float(message.author_email == (commitment.promiser or (
            commitment.author_email if _FIRST_PERSON.search(commitment.sentence) else None))),
        **{f"{place}:{name}": value for name, value in text.items()},
    }


# What a promise to hand over a document names: it may be kept by the attachment itself ("Here is his IEP.")
_DOCUMENT = re.compile(r"\b(?:reports?|plans?|forms?|cop(?:y|ies)|drafts?|summar(?:y|ies)|notes|logs?|data|results|letters?|"
                       r"lists?|packets?|iep|bip|evaluations?|assessments?|agendas?|worksheets?|sheets?|schedules?|"
                       r"documents?|paperwork|records?|pdf|scans?|charts?|calendars?|goals)\b", re.I)
_HANDING_OVER = frozenset({"send", "write", "print"})


def promises_a_document(sentence: str) -> bool:
    return bool(deed_families(sentence) & _HANDING_OVER) or bool(_DOCUMENT.search(sentence))


_FIRST_PERSON = re.compile(r"\b(?:i|we|me|us|my|our|let me)\b|\b(?:i|we)(?:'|’)", re.I)


def rule_decides(evidence: FollowupEvidence) -> bool:
    """An outright delivery ("Attached is…", "I've scheduled…"), not a past tense that shares words."""
    return not evidence.rule.startswith("reported done")


def rule_fired(features: dict[str, float]) -> bool:
    return bool(features.get("in:rule") or features.get("out:rule"))


def says_pending(features: dict[str, float]) -> bool:
    """No delivery, whatever else the message shares with the promise (the written rules aside): its
    sentence about the promise says it is still to come or not done ("is in progress", "it didn't get
    sent"); someone else recalls it as still owed ("you said I would have it by the 20th"); or nothing
    in it speaks of the promise at all (the promiser's next message, about something else: in the
    labeled corpora, 4 deliveries of 400); or it promises the deed again and reports nothing done
    ("I'll send you the draft goals by Friday", sent before the promised results)."""
    vetoes = ("best_not_done", "reminder", "verb_not_done", "bare")
    for place in ("in", "out"):
        found = [name for name in vetoes if features.get(f"{place}:{name}")]
        # the sentence that shares most with the promise may say another thing is pending ("Still no word from IT on voice
        # typing") while another reports the promised verb done ("he finished the essay by dictating it to me")
        if found == ["best_not_done"] and features.get(f"{place}:verb_done"):
            continue
        if found and not rule_fired(features):
            return True
    # the deed promised again ("I'll send you the draft goals by Friday") and nothing reported done: still to come
    return bool(features.get("in:again") or features.get("out:again")) and not any(
        features.get(f"{place}:{name}") for place in ("in", "out") for name in _DEED_SIGNS)


def promised_again(features: dict[str, float]) -> bool:
    """The sentence that shares most with the promise says it is still to come and the message promises the deed again
    ("Mr. Price couldn't be at the meeting, but he has committed to doing the trial the first week of May"), with no
    rule's delivery: a promised verb another sentence shares ("…covers all timed writing") reports nothing of it. (A veto
    on the learned score only: says_pending, which also picks the model's training pairs, lets that verb through.)"""
    return not rule_fired(features) and any(features.get(f"{place}:best_not_done") and features.get(f"{place}:again")
                                            for place in ("in", "out"))


LATE_NOTE = timedelta(days=7)


# the writer owning that what follows comes late: "I apologize for the silence", "sorry for the wait"
_SORRY_FOR_THE_WAIT = re.compile(r"\b(?:apologi[sz]e|sorry|apologies)\b[^.!?]{0,20}?\b(?:silence|delay|wait|slow|late|long)\b", re.I)


def tells_nothing_of_it(commitment: Commitment, message: LaterMessage, features: dict[str, float],
                        index: MessageIndex) -> bool:
    """Mail that comes more than a week after the promise's day with no sign of the deed (no rule, no deed in its
    sentence nearest the promise, no promised verb or kind of deed done, nothing attached or acknowledged) keeps nothing,
    though it be the promiser's next reply ("We've had our first three days in the new slot" for "I'll give her group an
    extra 15 minutes Tuesday through Thursday this week"): a deed done that late is told as done, or comes attached. (A
    veto on the learned score only.)"""
    if commitment.due is None or message.sent.date() <= commitment.due + LATE_NOTE or message.has_attachment:
        return False
    own = content_words(commitment.sentence, index.ignore)
    if any(_SORRY_FOR_THE_WAIT.search(view.text) or view.words & own and (_HAS_BEGUN.search(view.text) or hands_over(view.text))
           for view in index.profile(message).sentences):
        return False  # "I apologize for the silence. Here is where things are", "he has been posting the slides every morning"
    return not any(features.get(f"{place}:{name}") for place in ("in", "out") for name in (*_DEED_SIGNS, "acknowledged"))


_DEED_SIGNS = ("rule", "weak_rule", "best_deed", "deed_family", "verb_done", "attached", "as_promised", "terse_done")


def colleague_reports_nothing(features: dict[str, float], facts: MessageProfile) -> bool:
    """A colleague's reply in the promise's thread that reports nothing done, in any of its sentences: a question
    back ("does it pair with the board audio?"), times offered for a meeting. (A veto on the learned score only:
    the model's training sees every candidate.)"""
    colleague = features.get("in_side_first") or features.get("in_side_later")
    return bool(colleague) and not any(features.get(f"in:{name}") for name in _DEED_SIGNS) and not any(
        view.deed and not view.pending for view in facts.sentences)


def shares_only_its_condition(commitment: Commitment, message: LaterMessage, index: MessageIndex) -> bool:
    """Mail whose only words in common with the promise are those of what the promise waits on or when it is due
    ("Here is Ms. Ford's schedule for the spring" for "I'll let you know which days he'll test once the schedule is
    set"; "The meeting is on the 10th" for "I'll send the draft before the meeting") tells nothing of the deed, unless
    it was a thing to send and something is attached. (A veto on the learned score only.)"""
    waits_on = condition_only_words(commitment.sentence, index.ignore)
    if not waits_on or message.has_attachment and sends_a_thing(commitment.sentence):  # what is attached may be the deed
        return False
    shared = index.profile(message).words & content_words(commitment.sentence, index.ignore)
    return bool(shared) and shared <= waits_on


def says_not_in_hand(commitment: Commitment, message: LaterMessage, index: MessageIndex) -> bool:
    """The promiser's side saying the promised thing is not in hand yet ("I told you Friday for the revised BIP and I
    don't have it yet. The English version is done…"): whatever part it reports done, the promise is still owed. (A veto
    on the learned score only.)"""
    own = content_words(commitment.sentence, index.ignore)
    return same_side(message, commitment) and any(
        view.words & own and not_in_hand_yet(view.text) for view in index.profile(message).sentences)


def only_asks_after_it(commitment: Commitment, message: LaterMessage, index: MessageIndex) -> bool:
    """Someone who does not keep the promise, whose every sentence about it is a question ("is there any movement on
    the compensatory services form?") and who acknowledges receiving nothing: asking whether it was done keeps
    nothing. (A veto on the learned score only.)"""
    if message.author_email in promise_party(commitment) or message.author_email in index.named_authors(commitment.sentence):
        return False
    facts = index.profile(message)
    if facts.acknowledges:  # "Thank you, we got the plan. Two questions…": the plan came
        return False
    own = content_words(commitment.sentence, index.ignore)
    about = [view for view in facts.sentences if view.words & own]
    return bool(about) and all(view.question for view in about)


def about_something_else(commitment: Commitment, message: LaterMessage, index: MessageIndex) -> bool:
    """Mail about another child, or handing over (or reporting done) another numbered thing, keeps nothing of
    this promise (whatever the written rules see: "her sister's progress report is attached", "the Q3 report is
    attached" for the corrected Q2 one, "Bus 12 is running the route" for "Bus 7 will be back on it")."""
    if index.other_student(commitment.sentence + " " + commitment.context, commitment.source_id, message):
        return True
    if not names_a_part(commitment.sentence):  # (names_another_part's answer: no message read)
        return False
    deeds = [view.text for view in index.profile(message).sentences if view.deed]
    handed_over = " ".join([text for text in deeds if _marks(text).strong] or deeds)  # what it hands over, else reports
    return names_another_part(commitment.sentence, handed_over)


# the promised act is set for a day: "I'll make it up on Tuesday, January 27", "we will meet on 3/4"
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
_ON_A_DAY = re.compile(rf"\bon\s+(?:{_WEEKDAY}|\d{{1,2}}/\d{{1,2}}\b|{_MONTH_WORD}\.?\s+\d)", re.I)


# the act is set for the last days of a week or month: "send you a photo of it at the end of next week"
_AT_THE_END = re.compile(r"\b(?:at|by|toward|towards) the end of (?:the |this |next )?(week|month)\b", re.I)
_END_SPAN = {"week": 4, "month": 7}  # days before the due date that are still "the end of" it
# the act goes on until a day: "I'll meet with him twice a week through the end of March", "daily until 3/20",
# "7 sessions between March 30 and June 12"
_THROUGH = re.compile(r"\b(?:(?:through|thru|until|till)\s+(?:the end of\s+)?|between\s+(?=\S)[^.;]{1,40}?\s+and\s+)"
                      rf"(?:{_WEEKDAY}|\d{{1,2}}/\d{{1,2}}\b|{_MONTH_WORD}\b)", re.I)


@lru_cache(maxsize=4096)  # asked of each promise for every message it is read against
def _day_marks(sentence: str) -> tuple[bool, str | None, bool]:
    """Of a promise: runs until a day (_THROUGH), the end of what it is set for (_AT_THE_END), set on a day (_ON_A_DAY)."""
    end = _AT_THE_END.search(sentence)
    return bool(_THROUGH.search(sentence)), end.group(1).lower() if end else None, bool(_ON_A_DAY.search(sentence))


def still_running(commitment: Commitment, message: LaterMessage) -> bool:
    """An act that runs until a day ("twice a week through the end of March", "7 sessions between March 30 and June 12")
    is not done by mail sent before that day, whatever it says: begun is not done."""
    return commitment.due is not None and message.sent.date() < commitment.due and _day_marks(commitment.sentence)[0]


def before_its_day(commitment: Commitment, message: LaterMessage) -> bool:
    """An act promised for a day ("I'll make it up on Tuesday") is not done by mail sent before that day (the
    other side's "Tuesday at 10:15 is fine" agrees to it), nor one set for the end of a week or month by mail
    sent before those last days. A veto on the learned score only: the written rules still read an early "done"."""
    if commitment.due is None:
        return False
    day = message.sent.date()
    if still_running(commitment, message):
        return True
    _, end, on_a_day = _day_marks(commitment.sentence)
    if end and day < commitment.due - timedelta(days=_END_SPAN[end]):
        return True
    return day < commitment.due and on_a_day


# a paper passing to the reader, in any words: "attached", "here is", "I sent", "it went home in his folder", "is posted"
_PASSES_A_PAPER = re.compile(
    r"\b(?:attach\w*|enclos\w*|here(?:'s|’s| is| are)|sent|e-?mailed|mailed|forwarded|shared|uploaded|posted|faxed|"
    r"dropped|handed|gave|posting|went (?:out|home)|c(?:o|a)me home|coming home|on (?:its|their) way|links?|"
    r"in (?:his|her|their|the|your|\w+(?:'s|’s)) (?:\w+ )?(?:folder|backpack|bag|binder|mailbox|cubby|planner|inbox|portal))\b", re.I)
# the paper a promise sends: what the few words after its verb name ("send home a behavior data sheet every Friday",
# "send the family his regression data"), not a paper its other clauses speak of ("…since schedules change")
_SENDING = re.compile(r"\b(?:send|e-?mail|mail|(?<!look )(?<!looking )(?<!looks )(?<!going )(?<!moving )forward|share|post|upload|fax)\b", re.I)
_SENT_THING = re.compile(_SENDING.pattern + r"((?:\s+[\w'’-]+){1,8})", re.I)


def papers_to_send(sentence: str) -> frozenset[str]:
    return frozenset().union(*(documents_named(found.group(1)) for found in _SENT_THING.finditer(sentence))) - _ANY_PAPER


# what a paper's name says nothing of: any paper may be "a copy", "the PDF", "the scan"
_ANY_PAPER = frozenset({"copy", "copie", "pdf", "scan", "document", "paperwork"})


def passes_no_promised_paper(commitment: Commitment, message: LaterMessage, index: MessageIndex) -> bool:
    """A promise to send a paper ("I'll send his progress report home by Friday", "Ms. Lee will send the family his data
    by the 17th") is kept by a message that passes a paper along ("Attached is…", "Here are…", "it went home in his folder
    today", "I sent it Monday"); not by one that passes nothing along, however it speaks of the matter ("whether he
    qualifies turns on his regression data"), nor by one that hands over only another paper ("Attached is the draft
    BIP" for a behavior data sheet). The side it was promised to saying it came ("Got the report, thanks") keeps it
    too. (A veto on the learned score only.)"""
    promised = papers_to_send(commitment.sentence)
    if not promised:
        return False
    facts = index.profile(message)
    own = content_words(commitment.sentence, index.ignore)
    # passed along in any words, or the sending itself named ("Ms. Ferro asked me to send his attendance: Q2, 41 days…")
    passing = [view.text for view in facts.sentences if not view.pending and not view.question and (
        _PASSES_A_PAPER.search(view.text) or view.words & own and not view.future and _SENDING.search(view.text))]
    names = _NAME_SEPARATORS.sub(" ", _FILE_TYPE.sub(" ", message.attachment_names))
    handed = documents_named(" ".join([*passing, names]))
    if handed:
        # the paper named another way: "his updated BIP" for "the revised behavior plan"
        return not handed & (promised | _ANY_PAPER) and not (
            _glossary_marks(commitment.sentence) & _glossary_marks(" ".join([*passing, names])))
    received = facts.acknowledges and not same_side(message, commitment)  # not the promiser's "I got your message"
    return not (passing or message.has_attachment or received or facts.terse_done or facts.as_promised)


# a sentence whose deed is the writer's own: "I loaded it on his iPad yesterday", "Yesterday I observed him in class"
_WRITERS_DEED = re.compile(r"^\W*(?:(?:also|yesterday|today|this morning|last week|and|so|but|ok(?:ay)?|oh),?\s+)?"
                           r"(?:i|i'(?:ve|m|d)|i’(?:ve|m|d))\s", re.I)
# the writer's own act, told in the first person: "I have contacted IT about it", "after our talk I've set things up so…"
_I_DID = re.compile(r"\bi(?:'ve|’ve| have| had| just| also| then)?\s+(?:[a-z]{2,}ed|went|set|put|met|spoke|got|made|did|took|"
                    r"gave|saw|told|ran|sat|began)\b", re.I)
# what a first-person deed may carry out for another: a hand-over ("I've attached her report"), a receipt
_PASSED_ON = re.compile(r"\b(?:sent|e-?mailed|mailed|forwarded|shared|uploaded|posted|attach\w*|enclos\w*|here(?:'s|’s| is| are)|"
                        r"received|got (?:the|your|his|her|it|them))\b", re.I)
_WE_PROMISE = re.compile(r"\bwe(?:'ll|’ll| will| are going to| can| shall| plan to)\b|\blet(?: us|'s|’s)\b", re.I)


# the deed handed to a colleague named by role: "I'll have our OT check his grip", "I'll ask the nurse to call you"
_TO_A_ROLE = re.compile(r"\b(?:will|'ll|’ll|going to|let me)\s+(?:ask|have|get|remind)\s+(?:our|the|his|her|my|your|a)\s+"
                        r"(?:[\w-]+\s+)?(?:ot|pt|slp|nurse|counsel(?:l)?or|psychologist|aide|para(?:professional)?|case manager|"
                        r"teacher|therapist|specialist|coordinator|principal|interventionist|social worker|coach|evaluator|"
                        r"diagnostician|secretary|office|registrar|librarian|team)\b", re.I)


def handed_to_a_role(commitment: Commitment, writer: str) -> bool:
    """The promise hands the deed to a colleague named by role ("I'll have our OT check his pencil grip"), and `writer`
    is at the promiser's school: what the writer reports doing may be that deed ("I worked with Tobin on his grip")."""
    school = organization(commitment.promiser or commitment.author_email)
    return bool(school) and organization(writer) == school and not commitment.made_by_user \
        and bool(_TO_A_ROLE.search(commitment.sentence))


def made_for_another(commitment: Commitment, writer: str) -> bool:
    """`writer` wrote the promise for someone else to keep: a colleague it names ("she will keep his check-ins going
    while I'm out", Ms. Treadwell's), or a third person ("he'll call you to set that up")."""
    if writer != commitment.author_email:
        return False
    return bool(commitment.promiser and commitment.promiser != writer) or not _FIRST_PERSON.search(commitment.sentence)


def _own_act(sentence: str, own: frozenset[str], words: frozenset[str]) -> bool:
    """The writer's own doing: a first-person act ("I have contacted IT"), an apology for the writer's own lateness
    ("Sorry this took longer than I said"), or a hand-over of something the promise does not name."""
    if HANDS_OVER.search(sentence):  # (first: "So sorry for the delay - his OT report is attached" hands it over)
        return not words & own
    if apologizes_for_lateness(sentence):
        return True
    return bool(_WRITERS_DEED.search(sentence) or _I_DID.search(sentence)) and not _PASSED_ON.search(sentence)


def only_the_writers_own_deeds(commitment: Commitment, message: LaterMessage, index: MessageIndex) -> bool:
    """Mail that reports only its writer's own doings keeps nothing of a promise someone else is to keep: one the writer
    made for someone else ("Starting tomorrow, Mrs. Ames will check his charger at 2:40", "he'll call you to set that
    up") … "I loaded the new board on his iPad yesterday", "Here are the links for the rating scales"; or a colleague's
    own word ("I'll follow up with you by Wednesday") … the colleague: "After our meeting I've set things up so his
    tests go to the Learning Center". (The school's "we will…" may be carried out by any of its staff.) (A veto on the
    learned score only.)"""
    author = message.author_email
    if author == commitment.promiser or author in index.named_authors(commitment.sentence) \
            or handed_to_a_role(commitment, author):
        return False
    for_another = made_for_another(commitment, author)
    anothers_word = author not in promise_party(commitment) and not commitment.made_by_user \
        and not _WE_PROMISE.search(commitment.sentence)
    if not (for_another or anothers_word):
        return False
    own = content_words(commitment.sentence, index.ignore)
    deeds = [view for view in index.profile(message).sentences if view.deed and not view.pending]
    return bool(deeds) and all(_own_act(view.text, own, view.words) for view in deeds)


# a paper handed over for the reader to fill in: "Please complete the attached form and return it to my office."
_TO_FILL_IN = re.compile(r"\b(?:complete|fill (?:out|in)|sign|return|initial)\b", re.I)


def hands_a_form_to_fill(commitment: Commitment, message: LaterMessage, index: MessageIndex) -> bool:
    """A message that hands over only a form for the reader to fill in, another kind of paper than the one promised
    ("Please complete the attached form and return it" for "we will send you a service log"), and reports nothing
    else done in the promise's words: the writer asks something of the reader, and keeps nothing. (A veto on the
    learned score only.)"""
    promised = documents_named(commitment.sentence) if deed_families(commitment.sentence) & _HANDING_OVER else frozenset()
    if not promised:
        return False  # (as below, without reading the message)
    views = index.profile(message).sentences
    handing = [view.text for view in views if HANDS_OVER.search(view.text)]
    handed = documents_named(" ".join(handing))
    if not promised or not handed or promised & handed or not all(_TO_FILL_IN.search(text) for text in handing):
        return False
    own = content_words(commitment.sentence, index.ignore)
    return not any(view.deed and not view.pending and view.words & own and not HANDS_OVER.search(view.text)
                   for view in views)


def better_kept_by_it(commitment: Commitment, message: LaterMessage,
                      promiser_items: Sequence[tuple[Commitment, frozenset[str]]], index: MessageIndex) -> bool:
    """A hand-over in another thread keeps the promise it names: "I have attached the articulation data sheets"
    keeps "I'll send the articulation data sheets", not the same writer's "I'll send the bus route sheet" that
    shares one word with it. `promiser_items`: the promiser's promises with their own words. (A veto on the
    learned score only: the model's training sees every candidate.)"""
    known = index.handed_overlaps.get((message.id, commitment.promiser))
    if known is None:
        handed = [content_words(view.text, index.ignore) for view in index.profile(message).sentences
                  if view.deed and _marks(view.text).strong]
        top = heapq.nlargest(2, _sharing_two(promiser_items, handed, message.sent, index)) if handed else []
        known = index.handed_overlaps[(message.id, commitment.promiser)] = (handed, top)
    handed, top = known
    if not handed:
        return False
    own = content_words(commitment.sentence, index.ignore)  # as in promiser_items
    needed = max(2, max(len(own & words) for words in handed) + 2)
    return any(key != commitment.key and overlap >= needed for overlap, key in top[:2])


def _sharing_two(promiser_items: Sequence[tuple[Commitment, frozenset[str]]], handed: list[frozenset[str]],
                 sent: datetime, index: MessageIndex) -> list[tuple[int, str]]:
    """(overlap, key) of the promiser's promises made by `sent` that share two words or more with one of the `handed`
    sentences (the most with any): only those can pass in better_kept_by_it. Found through a word -> promises index of
    the promiser's list, not by comparing every promise (a promiser may have made thousands)."""
    known = index.promiser_words.get(id(promiser_items))
    if known is None or known[0] is not promiser_items:
        by_word: dict[str, list[int]] = defaultdict(list)
        for position, (_, own) in enumerate(promiser_items):
            for word in own:
                by_word[word].append(position)
        known = index.promiser_words[id(promiser_items)] = (promiser_items, by_word)
    by_word = known[1]
    best: dict[int, int] = {}
    for words in handed:
        counts: dict[int, int] = defaultdict(int)
        for word in words:
            for position in by_word.get(word, ()):
                counts[position] += 1
        for position, count in counts.items():
            if count >= 2 and count > best.get(position, 0):
                best[position] = count
    found = []
    for position, overlap in best.items():
        item = promiser_items[position][0]
        if item.sent <= sent:
            found.append((overlap, item.key))
    return found


def another_paper_kept(commitment: Commitment, evidence: FollowupEvidence, message: LaterMessage,
                       promiser_items: Sequence[tuple[Commitment, frozenset[str]]], index: MessageIndex) -> bool:
    """A sentence that reports one paper done keeps the promiser's promise of that paper, not a second promise of
    another paper that shares fewer words with it: "the new schedule is on his desk" keeps "I'll have a new one on his desk
    by Friday", not "I'll start a tally sheet on his desk and send you a photo of it" from the same email."""
    promised = documents_named(commitment.sentence)
    reported = documents_named(evidence.sentence)
    if not promised or not reported or promised & reported:
        return False
    for other, _ in promiser_items:
        if other is commitment or other.sent > message.sent or documents_named(other.sentence) - reported:
            continue
        if any(found.sentence == evidence.sentence and found.extra.get("score", 0) > evidence.extra.get("score", 0)
               for found in delivery_rule(other, message, index)):
            return True
    return False


_URL = re.compile(r"\bhttps?://\S+|\bwww\.\S+", re.I)
# what a link's own sentence may say of it without naming another thing: "Here's the link", "it should be view-only"
_LINK_WORDS = frozenset(content_words("link url folder file doc docs document view-only view edit access shared drive "
                                      "should work open it click below above"))


# the writer promising (again): "I'll add it to the notice before it goes out", "we will send it Friday"
_PROMISES_IT_AGAIN = re.compile(r"\b(?:i|we)(?:'ll|’ll| will| am going to| are going to|'m going to|’m going to)\b", re.I)


def kept_in_few_words(commitment: Commitment, message: LaterMessage, index: MessageIndex) -> FollowupEvidence | None:
    """A promise kept by the promiser in words it barely shares (classify.kept): the news itself for a promise to
    tell ("I'll let the families know about the leave" … "I wanted to let you know that the therapist is on leave"),
    and for a promise to send something unnamed ("I'll scan everything and send it") the promiser's next message in
    the thread handing something over ("Here is his IEP and his BIP.")."""
    party = promise_party(commitment)
    if not (message.author_email in party or message.author_email in index.named_authors(commitment.sentence)):
        return None
    views = index.profile(message).sentences
    own = content_words(commitment.sentence, index.ignore)
    if promises_to_inform(commitment.sentence) and own:
        opening = views[:3]
        if any(informs(view.text) for view in opening) and own & frozenset().union(*(view.words for view in opening)) \
                and not any(_NOT_DONE_PAST.search(view.text) for view in opening):  # "…that I haven't heard back yet"
            sentence = next(view.text for view in opening if informs(view.text))
            return FollowupEvidence(message.id, sentence, "delivered: the news itself", message.sent, {"score": 1})
    if promises_a_letter(commitment.sentence) and own:
        letter = [view for view in views[:3] if is_a_letter(view.text) and view.words & own]
        if letter:
            return FollowupEvidence(message.id, letter[0].text, "delivered: the letter itself", message.sent, {"score": 1})
    same_thread = commitment.thread_id is not None and message.thread_id == commitment.thread_id
    late = [view for view in views[:4] if apologizes_for_lateness(view.text)]
    # not "sorry, still waiting on IT"; nor "Sorry for the slow reply. I'll add it to the notice before it goes out": owed still
    again = any(view.future and not view.deed and view.words & own and _PROMISES_IT_AGAIN.search(view.text) for view in views)
    # the writer's apology for being late owns up to the writer's own word ("Sorry this took longer than I said"): it keeps
    # a promise made in the first person, not a colleague's arrangement the promise told of ("Starting tomorrow, Mrs. Ames
    # will check his charger at 2:40")
    if late and not again and _FIRST_PERSON.search(commitment.sentence) \
            and not any(_NOT_DONE_PAST.search(view.text) for view in views[:4]):
        # "Sorry this is a day later than I said." in the promise's thread; elsewhere it must hand over the kind of
        # thing promised ("I'm sorry this took so long. Here is the ESY data you asked about")
        about = own | content_words(commitment.context, index.ignore)
        message_words = frozenset().union(*(view.words for view in views)) if views else frozenset()
        handed = documents_named(" ".join(view.text for view in views if hands_over(view.text)))
        if same_thread or len(message_words & about) >= 2 and handed & (
                documents_named(commitment.sentence) or documents_named(commitment.context)):
            return FollowupEvidence(message.id, late[0].text, "delivered: late, with an apology", message.sent,
                                    {"score": 1})
    if same_thread and _URL.search(message.new_text) and promises_a_document(commitment.sentence):
        # a link in the promiser's next reply for a paper promised ("https://… - it should be view-only for you"), unless
        # what it hands over is named as something else ("Here is the link to sign up for conferences: https://…")
        earlier = [m for m in index.later_in_thread(commitment.thread_id, commitment.source_id, commitment.sent)
                   if m.sent < message.sent and m.author_email in party]
        about = own | content_words(commitment.context, index.ignore)
        linking = [view for view in views if _URL.search(view.text) or hands_over(view.text)]
        if not earlier and not any(view.question or view.pending and not _URL.search(view.text) for view in views) and all(
                view.words & about or not (content_words(_URL.sub(" ", view.text), index.ignore) - _LINK_WORDS)
                for view in linking):
            sentence = next(view.text for view in views if _URL.search(view.text))
            return FollowupEvidence(message.id, sentence, "delivered: a link in the next reply", message.sent, {"score": 1})
    if same_thread and vague_send(commitment.sentence):
        earlier = [m for m in index.later_in_thread(commitment.thread_id, commitment.source_id, commitment.sent)
                   if m.sent < message.sent and m.author_email in party]
        handing = [view for view in views if hands_over(view.text) and not view.pending]
        if not earlier and handing:
            return FollowupEvidence(message.id, handing[0].text, "delivered: handed over in the next reply", message.sent,
                                    {"score": 1})
    if same_thread and promises_a_document(commitment.sentence) and (message.has_attachment or _URL.search(message.new_text)):
        handed = handed_in_a_later_reply(commitment, message, views, own, index)
        if handed:
            return FollowupEvidence(message.id, handed, "delivered: handed over in a later reply", message.sent, {"score": 1})
    return None


_PICTURE = re.compile(r"\.(?:jpe?g|png|heic|gif)\b", re.I)
# a hand-over that names nothing: "Here they are.", "Here you go!"
_HERE_IT_IS = re.compile(r"\bhere (?:it is|they are|you go|you are)\b", re.I)


def _hands_over_in(text: str) -> bool:
    """A sentence that hands something over: a link, "Attached is…", "Here they are"."""
    return bool(_URL.search(text) or hands_over(text) or _HERE_IT_IS.search(text))


def _hands_anything_over(message: LaterMessage, index: MessageIndex) -> bool:
    return message.has_attachment or bool(_URL.search(message.new_text)) or any(
        _hands_over_in(view.text) for view in index.profile(message).sentences)


def handed_in_a_later_reply(commitment: Commitment, message: LaterMessage, views: Sequence[SentenceView], own: frozenset[str],
                            index: MessageIndex) -> str | None:
    """A paper promised, handed over by its keepers in the promise's thread, in a reply that is not the first since the
    promise ("I'll send you the progress monitoring sheets by Friday" … a reply on the meeting's time … "Here they are. Let
    me know what you think." with a file attached; "https://… you should have access now"): the first of their replies
    since the promise that hands anything over (a file, a link, "here is"), whose hand-over names nothing else (not
    "Attached is the field trip permission slip"), with no question and nothing said to be still owed. The sentence
    that hands it over, or None."""
    if not deed_families(commitment.sentence) & _HANDING_OVER:
        return None  # a paper only named ("which days … once the schedule is set"), not promised to be sent
    party = promise_party(commitment)
    earlier = [m for m in index.later_in_thread(commitment.thread_id, commitment.source_id, commitment.sent)
               if m.sent < message.sent and m.author_email in party]
    if any(_hands_anything_over(m, index) for m in earlier):
        return None  # an earlier hand-over: that one kept it, or handed another thing, and which this one is, is unclear
    if any(view.question or view.pending and not _URL.search(view.text) for view in views):
        return None
    about = own | content_words(commitment.context, index.ignore)
    handing = [view for view in views if _hands_over_in(view.text)]
    if not handing and message.has_attachment and not _PICTURE.search(message.attachment_names) and views \
            and len(message.new_text.split()) <= 20 and not any(view.deed or view.future or documents_named(view.text)
                                                                for view in views):
        handing = [views[0]]  # a file sent with a covering line naming no paper ("Let me know what you think!"), not a photo
    elif not handing or not all(view.words & about or not (content_words(_URL.sub(" ", view.text), index.ignore) - _LINK_WORDS)
                                for view in handing):
        return None
    if message.has_attachment:  # a file named as another paper ("Field_Trip_Permission_Slip.pdf") hands that one over
        files = _NAME_SEPARATORS.sub(" ", _FILE_TYPE.sub(" ", message.attachment_names))
        named = documents_named(files) - _ANY_PAPER  # ("scan_0042.pdf", "Document1.docx" name no paper)
        if named and not named & (documents_named(commitment.sentence) | documents_named(commitment.context)) \
                and not index.profile(message).attachment_words & about:
            return None
    return handing[0].text


def finding_reported(commitment: Commitment, message: LaterMessage, index: MessageIndex) -> FollowupEvidence | None:
    """A promise to find something out, kept where the promiser's side reports the finding later in the promise's thread
    ("I'll find out exactly which dates he missed" … the coordinator: "The agency has confirmed that he did not receive
    OT on January 15, 22 and 29"), about what the promise or the sentences around it speak of (classify.kept). The
    finding may be a service not given: its "did not" is what was learned, not the deed undone."""
    same_thread = commitment.thread_id is not None and message.thread_id == commitment.thread_id
    if not same_thread or not promises_to_find_out(commitment.sentence) or not same_side(message, commitment) \
            or message.auto_reply:
        return None
    about = content_words(commitment.sentence, index.ignore) | content_words(commitment.context, index.ignore)
    # the colleague the matter was handed to ("I've let Mrs. Stoltz know…") reports on it, whatever words she uses
    handed_to = message.author_email in index.named_authors(commitment.sentence + " " + commitment.context)
    for view in index.profile(message).sentences:
        if (handed_to or view.words & about) and reports_finding(view.text):
            return FollowupEvidence(message.id, view.text, "delivered: the finding reported", message.sent, {"score": 1})
    return None


# a promise to come back with what is decided or found: "I'll talk with the team and let you know what we come up with",
# "I'll look into why his bus is late", "let me check with the office and get back to you"
_TELLS_OUTCOME = re.compile(r"\b(?:let (?:\w+ ){1,2}know|get back to (?:you|them|the family)|circle back|report back|"
                            r"(?:update|tell) (?:you|them|the family)|follow up with (?:you|them|the family))\b", re.I)
# the outcome, opened as news or a decision ("So the big news - we worked it all out", "We decided to…", "Here's the
# plan"), or as the promiser's own asking ("I spoke with transportation", "I checked with the nurse", "I heard back from
# the district")
_ASKED_AROUND = re.compile(r"\bi(?:'ve|’ve| have)? (?:just )?(?:spoke|spoken|talked|checked|met|heard back|followed up) "
                           r"(?:with|to|from)\b|\bi (?:asked|called|emailed|contacted) (?:the|our|his|her|mr|mrs|ms|dr|\w+)\b", re.I)
_OUTCOME_OPENS = re.compile(
    r"\b(?:good|great|big|happy) news\b|"
    r"\b(?:we|they|the team|everyone|i)(?:'ve|’ve| have)? (?:all )?(?:decided|agreed|settled on|came up with|"
    r"worked (?:it|this|that|things|everything) (?:all )?out|figured (?:it|this|that|things) out)\b|"
    r"\bhere(?:'s|’s| is) (?:the plan|what (?:we|i|they))\b|\bthe plan is\b|" + _ASKED_AROUND.pattern, re.I)
# still no outcome: "I'll let you know once I hear", "still waiting", "I don't know yet", "no word yet"
_NO_OUTCOME_YET = re.compile(r"\b(?:i|we)(?:'ll|’ll| will) (?:let (?:\w+ ){1,2}know|get back|follow up|keep you posted|update you)\b|"
                             r"\b(?:still|yet)\b|\bhaven[’']?t heard\b|\bno word\b|\bdon[’']?t know\b|\bnot sure\b", re.I)


def outcome_told(commitment: Commitment, message: LaterMessage, index: MessageIndex) -> FollowupEvidence | None:
    """A promise to come back with what is decided or found, kept by the promiser's first message after it in its thread
    that opens as news, a decision or the promiser's own asking ("So the big news - we got together Tuesday and worked it
    all out. Starting Monday he'll see the reading teacher…"; "I spoke with transportation. The driver's route…"), in
    whatever words, and says nothing is still to come. Told as what will be ("he'll see her Monday"), a decision is the
    news itself, not the deed promised again."""
    if commitment.thread_id is None or message.thread_id != commitment.thread_id or message.auto_reply:
        return None
    if not (_TELLS_OUTCOME.search(commitment.sentence) or promises_to_find_out(commitment.sentence)):
        return None
    party = promise_party(commitment)
    if message.author_email not in party:
        return None
    if any(m.sent < message.sent and m.author_email in party
           for m in index.later_in_thread(commitment.thread_id, commitment.source_id, commitment.sent)):
        return None  # the promiser's first word since, not a later note on other business
    views = index.profile(message).sentences
    if not views or any(_NO_OUTCOME_YET.search(view.text) or view.question for view in views) \
            or about_something_else(commitment, message, index):
        return None
    opening = [view for view in views[:3] if _OUTCOME_OPENS.search(view.text) and not view.pending]
    if not opening:
        return None
    # news or a decision says what it is about in the promise's words ("…he'll see Mrs. Okafor for reading"); the
    # promiser's own asking, for a promise to find out, may not ("I spoke with transportation" for the late bus)
    about = content_words(commitment.sentence, index.ignore) | content_words(commitment.context, index.ignore)
    asked = promises_to_find_out(commitment.sentence) and any(_ASKED_AROUND.search(view.text) for view in opening)
    if not asked and not index.profile(message).words & about:
        return None
    return FollowupEvidence(message.id, opening[0].text, "delivered: the outcome told", message.sent, {"score": 1})


def asked_for(commitment: Commitment, index: MessageIndex) -> str:
    """What a promise that names its object only as "that" or "it" ("I'll pull that together for you") answers: the
    last message in its thread before it from someone else (the ask: "Can you send me the regression data?")."""
    before = [message for message in index.by_thread.get(commitment.thread_id, ()) if commitment.thread_id is not None
              and message.sent < commitment.sent and message.author_email != commitment.author_email and not message.auto_reply]
    return before[-1].new_text if before else ""


_VAGUE_THING = re.compile(r"\b(?:that|it|this|them|those|these)\b", re.I)


def late_elsewhere(commitment: Commitment, index: MessageIndex) -> FollowupEvidence | None:
    """A promise that names its thing only as "that" ("Got it - I'll pull that together for you"), kept by the promiser's
    later message in another thread that apologizes for being late and hands over the paper the ask named ("I'm sorry
    this took so long. Here is the ESY data you asked about"). The ask is the message the promise answered."""
    promiser = commitment.promiser or commitment.author_email
    if not _VAGUE_THING.search(commitment.sentence) or len(content_words(commitment.sentence, index.ignore)) > 3:
        return None
    asked = asked_for(commitment, index)
    papers = documents_named(asked)
    if not papers:
        return None
    about = content_words(asked, index.ignore)
    for message in index.mail_of(promiser, commitment.sent, commitment.sent + OUTSIDE_THREAD_WINDOW):
        if message.thread_id == commitment.thread_id:
            continue
        views = index.profile(message).sentences
        late = [view for view in views[:4] if apologizes_for_lateness(view.text)]
        if not late or any(_NOT_DONE_PAST.search(view.text) for view in views[:4]):
            continue
        handing = [view for view in views if hands_over(view.text) and not view.pending]
        if any(documents_named(view.text) & papers and len(view.words & about) >= 1 for view in handing) \
                and len(frozenset().union(*(view.words for view in views)) & about) >= 2:
            return FollowupEvidence(message.id, late[0].text, "delivered: late, with an apology", message.sent, {"score": 1})
    return None


def arrival_reported(commitment: Commitment, index: MessageIndex) -> FollowupEvidence | None:
    """The family (whom a promise to hand something over was made to) saying it arrived, in any thread: "got the letter
    from the district too", "we received the signed copy". The thing must be named as the promise names it (or a
    document said to come from the promiser's side, for a promise that calls it "it")."""
    if commitment.made_by_user or not hands_to_family(commitment.sentence):
        return None
    source = index.by_id.get(commitment.source_id)  # the family: whoever it was written to from a personal address
    # (and a parent the promise names by first name: "I'll mail it to Travis with the notice today")
    named = {address for word in _CAPITALIZED.findall(commitment.sentence)
             for address in index.by_first_name.get(word.lower(), ())}
    family = {address for address in (source.recipients if source else frozenset()) | {commitment.author_email} | named
              if address and organization(address) is None and email_domain(address) != email_domain(commitment.promiser)}
    if not family:
        return None
    own = content_words(commitment.sentence, index.ignore)
    things = documents_named(commitment.sentence) or documents_named(commitment.context)
    terms = index.item_terms(commitment.sentence, commitment.context)
    inside = [m for m in index.later_in_thread(commitment.thread_id, commitment.source_id, commitment.sent)
              if m.author_email in family]
    options = inside + index.outside_thread(family, terms, commitment.thread_id, commitment.sent)
    # the named parent's every later note (a few: "got the letter from district too" shares no word with the promise)
    options += [message for address in named & family
                for message in index.mail_of(address, commitment.sent, commitment.sent + OUTSIDE_THREAD_WINDOW)]
    for message in sorted(set(options), key=attrgetter("sent", "id")):
        if message.author_email not in family or about_something_else(commitment, message, index):
            continue
        for view in index.profile(message).sentences:
            if not says_arrived(view.text) or view.question:
                continue
            thanked = index.named_authors(view.text)
            if thanked and not thanked & promise_party(commitment):
                continue  # "Thank you Mr. Feeney, we got the plan": his plan came, not the one this promiser owes
            named = documents_named(view.text)
            if named and (view.words & own or named & things) or named and (
                    re.search(r"\bfrom (?:the )?(?:district|school|office|county)\b", view.text, re.I)):
                return FollowupEvidence(message.id, view.text, "delivered: the family says it arrived", message.sent,
                                        {"score": 1})
    return None


RETURN_WINDOW = timedelta(days=30)  # a thing sent back is reported back within weeks, not at the next term's meeting


def return_reported(commitment: Commitment, index: MessageIndex) -> FollowupEvidence | None:
    """A promise to send something back ("It's going back in his folder tomorrow"), kept where someone it was written to
    says, in any thread, that it came back ("Henry's consent came back signed yesterday", written to colleagues), naming
    it as the promise or the sentences around it do ("I signed it" … "came back signed")."""
    if not promises_return(commitment.sentence):
        return None
    source = index.by_id.get(commitment.source_id)
    promisees = {address for address in (source.recipients if source else frozenset()) if address} - {
        commitment.promiser, commitment.author_email}
    about = content_words(commitment.sentence, index.ignore) | content_words(commitment.context, index.ignore)
    if not promisees or not about:
        return None
    for message in sorted((message for address in promisees
                           for message in index.mail_of(address, commitment.sent, commitment.sent + RETURN_WINDOW)
                           if not message.auto_reply),
                          key=attrgetter("sent", "id")):
        if about_something_else(commitment, message, index):
            continue
        for view in index.profile(message).sentences:
            if view.words & about and says_came_back(view.text):
                return FollowupEvidence(message.id, view.text, "delivered: said to have come back", message.sent, {"score": 1})
    return None


def thanks_received(commitment: Commitment, index: MessageIndex) -> FollowupEvidence | None:
    """The side a promise to hand something over was made to thanking for that thing, in any thread: "Thanks for the
    new sketchbook, he has filled four pages already" for the parent's "I'll send a new sketchbook in with him". The
    thing thanked for must be named in the promise's own words."""
    if not hands_to_family(commitment.sentence):
        return None
    source = index.by_id.get(commitment.source_id)
    promisees = {address for address in (source.recipients if source else frozenset()) if address}
    own = content_words(commitment.sentence, index.ignore)
    inside = index.later_in_thread(commitment.thread_id, commitment.source_id, commitment.sent)
    terms = index.item_terms(commitment.sentence, commitment.context)
    for message in sorted(inside + index.outside_thread(promisees, terms, commitment.thread_id, commitment.sent),
                          key=attrgetter("sent", "id")):
        if message.author_email not in promisees or same_side(message, commitment) or \
                about_something_else(commitment, message, index):
            continue
        for view in index.profile(message).sentences:
            thing = thanked_for(view.text)
            if thing and content_words(thing, index.ignore) & own:
                return FollowupEvidence(message.id, view.text, "delivered: thanked for by the other side", message.sent,
                                        {"score": 1})
    return None


def promised_families(sentence: str) -> frozenset[str]:
    """The kinds of deed a promise's verb phrases name ("I'll make up his session" -> make_up; "I'll mail the packet
    before the call" -> send, not the call its purpose names)."""
    return frozenset().union(*(deed_families(sentence[match.start(1):match.start(1) + 30])
                               for match in _PROMISED_VERB.finditer(sentence)))


def _without_words(text: str, words: frozenset[str]) -> str:
    """`text` without the words whose stems are `words`: what is left says what was done to the thing they name."""
    return re.sub(r"[A-Za-z’'-]+", lambda match: " " if stem(match.group(0)) in words else match.group(0), text)


def _done_as_verb(words: Iterable[str], sentence: str) -> bool:
    """Is a thing the promise names said done as a verb of its root ("send the referral" … "referred him to us",
    "the schedule" … "scheduled it")?"""
    return any(len(word) >= 5 and re.search(rf"\b{re.escape(word[:5])}[a-z]*ed\b", sentence, re.I) for word in words)


def _related(words: frozenset[str], others: frozenset[str]) -> frozenset[str]:
    """The words of `words` that `others` also has, or a word of the same root (five letters alike: "referral",
    "referred")."""
    roots = {word[:5] for word in others if len(word) >= 5}
    return frozenset(word for word in words if word in others or (len(word) >= 5 and word[:5] in roots))


# the thing reported come from someone: "Owen picked up the reading pen from Dr. Ames yesterday" (what she was to get
# has reached its end, whatever her deed was called: "request", "order", "get")
_CAME_FROM = re.compile(r"\b(?:picked up|got|received|collected|borrowed|was given|were given)\b[^.!?;]{0,80}?\bfrom\b", re.I)


_PAST_VERB = r"(?:[a-z]{3,}ed|did|had|went|came|got|made|took|gave|sent|began|met|spoke|wrote|set|put|brought|told|saw)\b"


_MERGED = re.compile(r"\b(?:merged|combined|included|incorporated|added|folded)\b", re.I)


def reported_by_others(commitment: Commitment, index: MessageIndex) -> FollowupEvidence | None:
    """Someone else's mail, in any thread, saying the promiser did it: "Ms. Rivera referred him to us" (the agency
    the referral went to), "Mr. Lee went over the plan with us last week" (a colleague). The sentence names the
    promiser, reports a deed done (not pending, not to come, not a question) and names the promised thing."""
    promiser = commitment.promiser
    if not promiser or _DEFERRAL.search(commitment.sentence):  # "I'll look into it and get back to you": kept by the answer
        return None
    party = promise_party(commitment)
    verbs = promised_verbs(commitment.sentence)
    families = promised_families(commitment.sentence)
    keys = {stem(key) for key in address_name_keys(promiser) if len(key) >= 4} - index.common_names
    own = content_words(commitment.sentence, index.ignore) - keys
    if not keys or not own:
        return None
    # by first name only as the one who did it: "Lorna went over her updated FVA" (not "an updated FVA (Lorna)")
    first = sorted(index.first_names_of.get(promiser, ()))
    by_first = re.compile(rf"\b(?:{'|'.join(map(re.escape, first))})\s+(?:[a-z]+\s+)?{_PAST_VERB}", re.I) if first else None
    # the promiser's own paper, named by its writer's name: "Ellen's section", "Ms. Sauer's report"
    papers = bool(documents_named(commitment.sentence)) or "write" in families
    names = sorted({*first, *(key for key in address_name_keys(promiser) if len(key) >= 4 and key not in index.common_names)})
    hands_on = re.compile(rf"\b(?:{'|'.join(map(re.escape, names))})[’']s\s+(?:[\w-]+\s+){{0,2}}?"
                          r"(?:reports?|sections?|notes|summary|evaluation|results|data|write-?up|draft|findings|scores)\b",
                          re.I) if names else None
    options = index.others_using(keys | {stem(name) for name in first}, party, commitment.sent)
    # a sentence can name the promiser (by a name of their address, their first name, or a name's paper) only if it
    # holds one of those names in lower case: the others are passed over unread (exactly: an ASCII text's match in
    # any case is that name in its lower case)
    needles = tuple({*first, *names, *(key for key in address_name_keys(promiser) if key and key not in index.common_names)})
    plain = all(needle.isascii() for needle in needles)

    def names_none(text: str) -> bool:
        return plain and text.isascii() and not any(needle in text.lower() for needle in needles)
    for message in sorted(options.values(), key=attrgetter("sent", "id")):
        if message.auto_reply:
            continue
        if names_none(message.new_text):
            continue  # (its sentences are pieces of its text: a message that holds none of the names is not profiled)
        if about_something_else(commitment, message, index) or before_its_day(commitment, message):
            continue
        for view in index.profile(message).sentences:
            if view.question or view.pending or view.future or not view.deed or view.recalls_owed:
                continue  # ("Mr. Pike asked me again about the visuals from Ms. Hollis": still owed)
            if names_none(view.text):
                continue
            # (a clause's match is one of the whole sentence's: the clauses are split at non-word characters)
            if papers and hands_on and hands_on.search(view.text) and any(hands_on.search(clause) and (_marks(clause).strong or _MERGED.search(clause))
                                           and not _marks(clause).not_done and not _FUTURE.search(clause)
                                           for clause in re.split(r"[;:]|\s[-–—]\s|,\s*(?:but|and|while)\s", view.text)):
                # the promiser's paper passed on by someone else, by name: "I've merged Ellen's speech-language section
                # into the same document" for "My report will be drafted by 3/6"
                return FollowupEvidence(message.id, view.text, "delivered: the promiser's paper passed on", message.sent,
                                        {"score": 1})
            if promiser not in index.named_authors(view.text) and not (by_first and by_first.search(view.text)):
                continue
            related = _related(own, view.words - keys)
            # the deed the promise names, done (its verb or its kind of deed) and the thing it names; or three of its
            # words ("reviewed her auditory skills data sheets" for "will bring her auditory skills data sheets"). Not
            # another deed with the same thing: "she started the 5-point scale goal" for "I'll send home the 5-point scale"
            # (its kind of deed read without the related words: "completed the written expression goal" does not write
            # the notice; read only when it can decide)
            if related and (verbs & view.stems
                            or families and families & deed_families(_without_words(view.text, related))
                            or _done_as_verb(related, view.text) or _CAME_FROM.search(view.text)) \
                    or len(related) >= 3:
                return FollowupEvidence(message.id, view.text, "delivered: reported by someone else", message.sent,
                                        {"score": 1})
    return None


# a promise that something begins: "Sessions will begin Tuesday", "Starting Monday, a substitute aide will be assigned to
# the route", "he'll be on her caseload from day one", "I'll see him every week from now on"
_BEGINS = re.compile(r"\b(?:start(?:s|ing)?|begin(?:s|ning)?|will be assigned|from (?:now on|day one)|"
                     r"(?:beginning|effective) (?:on |this |next )?(?:mon|tues|wednes|thurs|fri)day)\b", re.I)
# a report that it has begun or happens now: "we had our first session today", "she has been on the bus every day this
# week", "he is back with her", "saw him for the first time today"
_HAS_BEGUN = re.compile(
    r"\b(?:had (?:our|his|her|their|the|a) first|(?:for|was) the first time|(?:started|began|begun)\b(?! to\b)|"
    r"(?:has|have|'s|’s|'ve|’ve) been\b[^.!?;]{1,40}?\bevery (?:day|morning|afternoon|week|time|session)|"
    r"(?:is|are|'s|’s) (?:now )?back (?:with|on|in)\b|"
    # "she is now his backup para, starting today"
    r"(?:starting|beginning|effective|as of) (?:today|this morning)\b|"
    # a count of them held so far: "she's had three with her so far", "we've had two sessions"
    r"(?:has|have|'s|’s|'ve|’ve) had (?:two|three|four|five|six|seven|eight|\d{1,2})\b)", re.I)
# the words of a date, which every report of any day shares with a promise dated the same way
_DATE_WORDS = re.compile(rf"^(?:{_WEEKDAY[:-2]}|{_MONTH_WORD}|week|day|today|tomorrow|morning|afternoon|start|begin|"
                         r"assign|first|now|one|soon|\d+(?:st|nd|rd|th)?|.*['’].*)$", re.I)
# the writer only believed it had begun: "I was under the impression the coverage had started"
_ONLY_BELIEVED = re.compile(r"\b(?:impression|thought|assumed|believed|supposed to|expected|should have|would have|"
                            r"was told|were told|if)\b", re.I)


def _lead_in(commitment: Commitment) -> str:
    """The opening phrase of the context sentence that holds the promise, before it ("For the 7 comp sessions, " of
    "For the 7 comp sessions, I'm going to use her study hall"): it names what the promise is about."""
    at = commitment.context.find(commitment.sentence)
    if at <= 0:
        return ""
    before = commitment.context[:at]
    cut = max(before.rfind(". "), before.rfind("! "), before.rfind("? "), before.rfind("\n"))
    return before[cut + 1:] if len(before) - cut <= 80 else ""


def someone_else_begun(commitment: Commitment, message: LaterMessage, sentence: str, index: MessageIndex) -> bool:
    """"I've started using the picture schedule" tells of the writer's own start: it keeps nothing of a promise that
    another, named person begins ("Starting tomorrow, Mrs. Ames will check his charger at 2:40 as the last step on his
    schedule") unless the writer is that person."""
    return bool(_WRITERS_DEED.search(sentence)) and bool(_TITLED_PERSON.search(commitment.sentence)) \
        and message.author_email not in index.named_authors(commitment.sentence)


def begun_reported(commitment: Commitment, index: MessageIndex) -> FollowupEvidence | None:
    """A promise that something begins ("Sessions will begin Tuesday", "Starting Monday, Ms. Lee will be assigned to
    the route") kept by a later message, from either side, that reports it begun in a sentence naming the promise's
    own thing or person ("we had our first session today", "Ms. Lee has been on the bus every day this week"): the
    event was the deed. Not before the day it was to begin, not a question, nor a sentence of what is to come."""
    if not _BEGINS.search(commitment.sentence) or _DEFERRAL.search(commitment.sentence):
        return None
    # its own words, and those of the sentence that leads into it ("For the comp sessions, I'm going to use her study
    # hall, starting Wednesday": the sessions are what begins)
    own = frozenset(word for word in content_words(commitment.sentence, index.ignore) | content_words(
        _lead_in(commitment), index.ignore) if not _DATE_WORDS.match(word))
    if not own:
        return None
    # "his first session" is named by "saw him for the first time" as well
    firsts = bool(re.search(r"\bfirst\b", commitment.sentence, re.I))
    inside = index.later_in_thread(commitment.thread_id, commitment.source_id, commitment.sent)
    source = index.by_id.get(commitment.source_id)  # the other side may tell of it too ("she has been on the bus")
    others = {address for address in (source.recipients if source else ()) if address} - promise_party(commitment)
    terms = index.item_terms(commitment.sentence, commitment.context)
    options = {message.id: message for message in inside + delivery_options(commitment, index)[len(inside):]
               + index.outside_thread(others, terms, commitment.thread_id, commitment.sent)}
    # and whoever writes to them of it: the new therapist's "I saw him for the first time today"
    options.update((message.id, message)
                   for message in index.mail_between(commitment.sent, commitment.sent + OUTSIDE_THREAD_WINDOW)
                   if message.recipients & others and message.author_email not in others)
    for message in sorted(options.values(), key=attrgetter("sent", "id")):
        if commitment.due is not None and message.sent.date() < commitment.due:
            continue
        if message.auto_reply or about_something_else(commitment, message, index):
            continue
        for view in index.profile(message).sentences:
            if view.question or view.future or view.pending or view.recalls_owed:
                continue
            if not view.words & own and not (firsts and re.search(r"\bfirst\b", view.text, re.I)):
                continue
            if someone_else_begun(commitment, message, view.text, index):
                continue
            begun = _HAS_BEGUN.search(view.text)
            if begun and not _ONLY_BELIEVED.search(view.text[:begun.start()]):
                return FollowupEvidence(message.id, view.text, "delivered: reported begun", message.sent, {"score": 1})
    return None


# the promised verb told of as a practice kept up ("Mr. Lee has been circling her problems since March", "I've been
# posting them every morning") or as the manner of a deed ("she redid the lab with me scribing today")
_KEPT_UP = re.compile(r"\b(?:(?:has|have|had)|(?<=\w)['’](?:s|ve|d))\s+(?:also\s+|now\s+|still\s+|always\s+)?been\s+"
                      r"(?P<verb>[a-z]{3,}ing)\b|\bwith\s+(?P<doer>me|us)\s+(?P<manner>[a-z]{3,}ing)\b", re.I)
_FIRST_PERSON_DOER = re.compile(r"\b(?:i|we)(?:['’](?:ve|d)|\s+(?:have|had))\s+(?:also\s+|now\s+|still\s+|always\s+)?been\s+"
                                r"[a-z]+ing\b|\bwith\s+(?:me|us)\s+[a-z]+ing\b", re.I)


@lru_cache(maxsize=20_000)  # asked of every later sentence for each promise still open
def kept_up_verbs(sentence: str) -> frozenset[str]:
    """The verbs a sentence tells of as kept up or as a deed's manner ("has been circling" -> circl)."""
    if "been" not in sentence and "with" not in sentence:
        return frozenset()
    return frozenset(verb_stem(found.group("verb") or found.group("manner")) for found in _KEPT_UP.finditer(sentence))


@lru_cache(maxsize=20_000)  # a message's text: asked for every promise whose later mail it is
def _kept_up_in(text: str) -> frozenset[str]:
    """kept_up_verbs of every sentence of a message (its profile's sentences), at once."""
    return frozenset().union(*map(kept_up_verbs, split_sentences(text)))


def practice_reported(commitment: Commitment, index: MessageIndex) -> FollowupEvidence | None:
    """A promise of a deed ("Going forward I'll circle his problems", "Marcus will scribe for him") kept where a later
    message tells of its verb as done, in the "-ing" of a practice kept up or of the manner of a deed: the promiser's own
    "I've been circling them", "he redid the lab with me scribing today", or anyone's "Mr. Lee has been circling his
    problems since March", naming the promiser. Not a question, a promise, a deed still owed or undone."""
    promiser = commitment.promiser
    verbs = promised_verbs(commitment.sentence) - _LIGHT_VERBS
    if not promiser or not verbs or _DEFERRAL.search(commitment.sentence):
        return None
    own = content_words(commitment.sentence, index.ignore) - verbs
    first = index.first_names_of.get(promiser, set())
    people = _promisees_and_recipients(commitment, index)
    for message in _thread_and_mail_of(commitment, index, people, organization(promiser),
                                       commitment.sent + OUTSIDE_THREAD_WINDOW):
        if message.auto_reply or not _kept_up_in(message.new_text) & verbs or before_its_day(commitment, message):
            continue  # (no sentence of it tells of a promised verb kept up: `told` below would be empty)
        told = [view for view in index.profile(message).sentences if kept_up_verbs(view.text) & verbs]
        if not told or about_something_else(commitment, message, index):
            continue
        # the promiser writing ("with me scribing"), or the person the promise names ("Marcus will scribe" … Marcus)
        by_promiser = message.author_email == promiser or message.author_email in index.named_authors(commitment.sentence)
        for view in told:
            if view.question or view.pending or view.recalls_owed or (view.future and not view.deed):
                continue
            own_report = by_promiser and bool(_FIRST_PERSON_DOER.search(view.text))
            # someone else names the promiser as the doer, and the promised thing too
            told_of = (promiser in index.named_authors(view.text) or any(
                re.search(rf"\b{re.escape(name)}\b", view.text, re.I) for name in first)) and bool(view.words & own)
            if not (own_report or told_of):
                continue
            return FollowupEvidence(message.id, view.text, "delivered: told of as kept up", message.sent, {"score": 1})
    return None


# a promise to tell of an event once it comes: "I'll let you know as soon as she gives me a make-up date", "we will
# tell you when the new schedule is set"
_TELL_WHEN = re.compile(r"\b(?:let (?:\w+ ){1,2}know|tell (?:you|them|the family|\w+)|notify (?:you|them|\w+))\s+"
                        r"(?:as soon as|when|once|the (?:minute|moment|day))\s+(?P<event>[^.;!?]{4,160})", re.I)


def news_of_the_event(commitment: Commitment, index: MessageIndex) -> FollowupEvidence | None:
    """A promise to tell of an event once it comes ("I'll let you know as soon as she gives me a make-up date", said of
    a missed session she plans to make up), kept by the promiser's later mail, in any thread, reporting the event done
    ("Good news: Ms. Hollis made up the missed 12/3 speech session this morning."): the kind of deed the promise and the
    sentences around it speak of, and two of their words."""
    tell = _TELL_WHEN.search(commitment.sentence)
    if not tell:
        return None
    told_of = tell.group("event") + " " + commitment.context
    families = deed_families(tell.group("event")) - {"talk"}  # the event's own kind ("let you know" is the telling)
    about = content_words(told_of, index.ignore) - index.common_names
    if not families or len(about) < 2:
        return None
    for message in _thread_and_mail_of(commitment, index, promise_party(commitment), None,
                                       commitment.sent + OUTSIDE_THREAD_WINDOW):
        if message.author_email not in promise_party(commitment) or message.auto_reply \
                or about_something_else(commitment, message, index):
            continue
        for view in index.profile(message).sentences:
            if view.question or view.pending or view.recalls_owed or not view.deed:
                continue
            if len(view.words & about) >= 2 and deed_families(view.text) & families:
                return FollowupEvidence(message.id, view.text, "delivered: the event told of", message.sent, {"score": 1})
    return None


# something said out of order ("voice typing was disabled for students", "his talker isn't charging"), and said to work
# again ("voice typing is working again on his account", "the device has been fixed")
_OUT_OF_ORDER = re.compile(r"\b(?:disabled|not working|(?:isn|wasn|aren|weren|doesn|don|didn)[’']t (?:working|work|charging|"
                           r"turning on|connecting)|broken|broke|turned off|switched off|blocked|stopped working|not charging|"
                           r"out of order|went dark|(?:will|would|does|did|can)(?: not|n[’']t) (?:power|turn|come|start|boot|charge|"
                           r"connect)(?: back)?(?: on| up)?)\b", re.I)
# a promise about the repair itself: "I'll let you know as soon as it's fixed", "until it's repaired"
_REPAIR = re.compile(r"\b(?:fix(?:ed)?|repair(?:ed)?|working again|replaced?)\b", re.I)
_WORKS_AGAIN = re.compile(r"\b(?:working again|works again|back (?:on|up and running)|(?:been |was |were |is |are )(?:now )?"
                          r"(?:restored|re-?enabled|turned back on|fixed|repaired)|up and running)\b", re.I)


def restored_reported(commitment: Commitment, index: MessageIndex) -> FollowupEvidence | None:
    """A promise made beside a report of something out of order ("Voice typing was disabled for the student accounts…
    An exception for this student is expected to be applied within 5-7 business days."), or about its repair anywhere in
    that message ("The magnifier went dark this morning… I'll let you know as soon as it's fixed"), kept by a later
    message from the school or the people it was written to, saying that thing works again ("as of this morning voice
    typing is working again on his account"): two words of the thing named, in a statement."""
    source = index.by_id.get(commitment.source_id)
    if source is None or commitment.made_by_user:
        return None
    # what stands around the promise; for a promise about the repair itself, what the whole message says broke
    told = source.new_text if _REPAIR.search(commitment.sentence) else context_around(
        source.new_text, *_span_of(source.new_text, commitment.sentence), reach=3)
    broken = frozenset().union(*(content_words(sentence, index.ignore) for sentence in split_sentences(told)
                                 if _OUT_OF_ORDER.search(sentence) and not sentence.rstrip().endswith("?")))
    if len(broken) < 2:
        return None
    school = organization(commitment.promiser or commitment.author_email)
    for message in _thread_and_mail_of(commitment, index, _promisees_and_recipients(commitment, index), school,
                                       commitment.sent + OUTSIDE_THREAD_WINDOW):
        if message.auto_reply or about_something_else(commitment, message, index):
            continue
        for view in index.profile(message).sentences:
            if view.question or view.pending or not _WORKS_AGAIN.search(view.text):
                continue
            if len(view.words & broken) >= 2:
                return FollowupEvidence(message.id, view.text, "delivered: said to work again", message.sent, {"score": 1})
    return None


def _span_of(text: str, sentence: str) -> tuple[int, int]:
    at = text.find(sentence)
    return (at, at + len(sentence)) if at >= 0 else (0, 0)


# thanks given to a third person for what changed: "Thank you to Mrs. Lee.", "thanks to Mr. Ruiz, he has his notes now"
_THANKS_TO = re.compile(r"\bthank(?:s| you)(?: so much| again)?,?\s+to\s+(?:mr|mrs|ms|miss|dr)\.?\s+[A-Z][a-z]+", re.I)


def credited_with_thanks(commitment: Commitment, index: MessageIndex) -> FollowupEvidence | None:
    """The other side crediting the promiser by name with what the promise changed, in any thread: "The homework is so
    much better now, he finishes fast. Thank you to Mrs. Lee." for her "I'll mark only the odd problems from now on"
    (homework, the matter the sentences around the promise name). The thanks or the sentence just before it names the
    matter, as a statement of how things are (not a question, not a deed undone)."""
    promiser = commitment.promiser
    if not promiser or commitment.made_by_user:
        return None
    keys = {stem(key) for key in address_name_keys(promiser) if len(key) >= 4} - index.common_names
    # (the promiser's own name, which the thanks holds, says nothing of the matter)
    about = (content_words(commitment.sentence, index.ignore) | content_words(commitment.context, index.ignore)) - keys
    options = index.others_using(keys, promise_party(commitment), commitment.sent)
    for message in sorted(options.values(), key=attrgetter("sent", "id")):
        if message.auto_reply or organization(message.author_email) == organization(promiser) \
                or literals.lacks(_THANKS_TO, message.new_text) or about_something_else(commitment, message, index):
            continue
        views = index.profile(message).sentences
        for at, view in enumerate(views):
            thanks = literals.search(_THANKS_TO, view.text)
            if not thanks or promiser not in index.named_authors(thanks.group(0)):
                continue
            told = [other for other in views[max(0, at - 1):at + 1] if not other.question and not other.pending]
            if any(other.words & about for other in told):
                return FollowupEvidence(message.id, view.text, "delivered: the promiser thanked for it", message.sent,
                                        {"score": 1})
    return None


# a promise to have someone else make or hand over a paper: "I'll ask him to export the log", "I'll have Ms. Lee send you
# the schedule", "we will get the nurse to fill out the form"
_DELEGATES = re.compile(r"\b(?:will|'ll|’ll|going to)\s+(?:ask|have|get|remind)\s+(?:(?:mr|mrs|ms|dr)\.?\s+)?\w+\s+(?:to\s+)?"
                        r"(?:send|export|print|e-?mail|forward|share|pull|fill|complete|write|copy|scan|upload|mail|give|"
                        r"put together|bring|make)\b", re.I)


def delegated_paper_handed_over(commitment: Commitment, index: MessageIndex) -> FollowupEvidence | None:
    """A promise to have someone else produce a paper ("I'll ask him to export the log for December 17 to present"),
    kept by whoever at the school hands that paper over, in any thread ("Attached are … Mr. Bell's minutes log from
    December 17 through February 6"): the hand-over names the kind of paper and two more words of the promise or of the
    sentences around it (whom it was asked of, what it covers)."""
    promiser = commitment.promiser or commitment.author_email
    papers = documents_named(commitment.sentence)
    school = organization(promiser)
    if commitment.made_by_user or not school or not papers or not _DELEGATES.search(commitment.sentence):
        return None
    about = content_words(commitment.sentence, index.ignore) | content_words(commitment.context, index.ignore)
    about -= {stem(paper) for paper in papers}
    for message in _thread_and_mail_of(commitment, index, promise_party(commitment), school,
                                       commitment.sent + OUTSIDE_THREAD_WINDOW):
        if message.auto_reply or organization(message.author_email) != school or \
                about_something_else(commitment, message, index):
            continue
        views = index.profile(message).sentences
        for at, view in enumerate(views):
            if view.question or view.pending or not hands_over(view.text) or not documents_named(view.text) & papers:
                continue
            # the list of what is handed over may run on past a full stop ("… from English 11 and U.S. History, along with…")
            words = view.words | next((after.words for after in views[at + 1:at + 2] if not after.pending and not after.question),
                                      frozenset())
            if len(words & about) >= 2:
                return FollowupEvidence(message.id, view.text, "delivered: the paper handed over by the school",
                                        message.sent, {"score": 1})
    return None


# a date written out: "4/10", "on April 10th"
_WRITTEN_DATE = re.compile(rf"\b(\d{{1,2}})/(\d{{1,2}})\b(?!/\d)|\b({_MONTH_WORD})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b", re.I)
# the day an act is set for ("Friday morning", "on 3/6"), not a deadline ("by Friday", "no later than 3/6")
_DAY_OF_AN_ACT = re.compile(rf"(?<!\bby )(?<!\bbefore )(?<!\buntil )(?<!\bthan )(?<!\bthrough )(?<!\bby this )(?<!\bby next )"
                            rf"\b(?:{_WEEKDAY}|\d{{1,2}}/\d{{1,2}}\b|{_MONTH_WORD}\.?\s+\d)", re.I)
# a report that it did not happen: "no one met with him on 2/24", "the session on 3/6 was cancelled"
_NOT_HELD = re.compile(r"\b(?:not|no|never|nobody|nothing|none|neither|nor|without|cancel(?:l?ed)?|missed|skipped)\b|n[’']t\b",
                       re.I)
DAY_REPORT_WINDOW = timedelta(days=30)


@lru_cache(maxsize=20_000)  # asked of every later sentence for each promise of a day
def dates_written(text: str) -> frozenset[tuple[int, int]]:
    """(month, day) of each date a text writes out."""
    found = set()
    for match in _WRITTEN_DATE.finditer(text):
        if match.group(1):
            found.add((int(match.group(1)), int(match.group(2))))
        else:
            found.add((MONTHS[match.group(3)[:3].lower()], int(match.group(4))))
    return frozenset(found)


def done_on_its_day(commitment: Commitment, index: MessageIndex) -> FollowupEvidence | None:
    """A promise of an act on a named day ("I'll bring the signature page to the drop-off door at 8:40 Friday"), kept by a
    later report, from its people, that something it names was done on that very date ("Dad signed her IEP at drop-off
    on 4/10"): the act is told of by its day. Not a question, nor a deed undone or still to come."""
    if commitment.due is None or not _DAY_OF_AN_ACT.search(commitment.sentence) or _DEFERRAL.search(commitment.sentence) \
            or promises_to_find_out(commitment.sentence) or promises_to_inform(commitment.sentence):
        return None
    about = frozenset(word for word in content_words(commitment.sentence, index.ignore) | content_words(
        commitment.context, index.ignore) if not _DATE_WORDS.match(word))
    day = (commitment.due.month, commitment.due.day)
    school = organization(commitment.promiser or commitment.author_email)
    end = datetime.combine(commitment.due, datetime.min.time()) + DAY_REPORT_WINDOW
    for message in _thread_and_mail_of(commitment, index, _promisees_and_recipients(commitment, index), school, end):
        if message.sent.date() < commitment.due or message.auto_reply:
            continue
        told = [view for view in index.profile(message).sentences if day in dates_written(view.text)]
        if not told or about_something_else(commitment, message, index):
            continue
        for view in told:
            if not (view.question or view.pending or view.recalls_owed or not view.deed or not view.words & about
                    or _NOT_HELD.search(view.text)):
                return FollowupEvidence(message.id, view.text, "delivered: told of on its day", message.sent, {"score": 1})
    return None


def _promisees_and_recipients(commitment: Commitment, index: MessageIndex) -> set[str]:
    """Everyone the promise was made to or in front of: its parties and the recipients of the mail that holds it."""
    source = index.by_id.get(commitment.source_id)
    return promise_party(commitment) | {address for address in (source.recipients if source else ()) if address}


def _thread_and_mail_of(commitment: Commitment, index: MessageIndex, people: set[str], school: str | None = None,
                        end: datetime | None = None) -> list[LaterMessage]:
    """The promise's later thread, and the mail after it (up to `end`) written by `people` or by anyone at `school`,
    in sent order: read from each writer's own mail, not by scanning the record once per promise."""
    options = {message.id: message for message in index.later_in_thread(commitment.thread_id, commitment.source_id,
                                                                        commitment.sent)}
    for author in index.by_author:
        if author in people or (school and organization(author) == school):
            options.update((message.id, message) for message in index.mail_of(author, commitment.sent, end))
    return sorted(options.values(), key=attrgetter("sent", "id"))


# a call reported held, by anyone who was on it: "notes from our call today", "our call with her yesterday went
# well", "sorry I missed your call", "when we spoke this morning", "I talked with him by phone"
_CALL_HELD = re.compile(
    r"\b(?:notes|summary|recap) (?:from|of) (?:our|the|my|today[’']s|yesterday[’']s) (?:phone )?call\b|"
    r"\b(?:our|the) (?:phone )?call (?:with \w+ )?(?:today|yesterday|this (?:morning|afternoon)|last night)\b|"
    r"\b(?:since|after|during) (?:our|the|my) (?:phone )?call\b|"
    r"\bmissed (?:your|my|the) (?:phone )?call\b|"
    r"\b(?:spoke|talked) (?:with|to) \w+ (?:on the phone|by phone|over the phone)\b|"
    r"\bwhen we (?:spoke|talked)\b|"
    # the one called: "Thanks for talking with me on Monday", "It was good to speak with you today"
    r"\bthank(?:s| you)(?: so much| again)? for (?:talking|speaking|chatting) (?:with|to) (?:me|us)\b|"
    r"\b(?:good|great|nice|helpful) (?:to )?(?:talk|talking|speak|speaking|chat|chatting) (?:with|to) you\b", re.I)
CALL_REPORT_WINDOW = timedelta(days=45)  # a call promised is reported within weeks (a later term's call is another one)


def call_held(commitment: Commitment, index: MessageIndex) -> FollowupEvidence | None:
    """A promise to call ("We will call you Wednesday after school") kept by a later message that reports the call
    held, from whoever was on it: the one called, the promiser, or a colleague who joined it ("Notes from our call
    with her today", "sorry I missed your call, got the voicemail"). Its thread, or the mail of those people
    elsewhere, within weeks; not before the day it was set for, not a question, nor a call still to come."""
    if not promises_call(commitment.sentence):
        return None
    school = organization(commitment.promiser or commitment.author_email)
    end = commitment.sent + CALL_REPORT_WINDOW
    for message in _thread_and_mail_of(commitment, index, _promisees_and_recipients(commitment, index), school, end):
        if message.sent > end or message.auto_reply or message.bulk or before_its_day(commitment, message) \
                or about_something_else(commitment, message, index):
            continue
        if commitment.due is not None and message.sent.date() < commitment.due:
            continue
        for view in index.profile(message).sentences:
            if view.question or view.future or view.recalls_owed or _marks(view.text).negated:
                continue
            if _CALL_HELD.search(view.text):
                return FollowupEvidence(message.id, view.text, "delivered: the call reported held", message.sent,
                                        {"score": 1})
    return None


# an act to be done in person at a meeting: "I'll go over it with you Thursday at the meeting", "I'll bring her
# reading log to the IEP meeting" (not a paper sent before it: "I'll send the draft before the meeting")
_AT_A_MEETING = re.compile(r"\b(?:at|to|during) (?:the |our |his |her |their |this |next |tomorrow[’']s |that )?"
                           r"(?:\w+ ){0,2}(?:meeting|conference)\b", re.I)
# a meeting reported held: "thank you all for meeting today", "at yesterday's meeting", "notes from today's meeting",
# "at the very start of the IEP meeting", "the meeting went well"
_MEETING_HELD = re.compile(
    r"\b(?:thanks?|thank you)(?: all| everyone| so much)? for (?:meeting|coming|attending|a (?:\w+ )?meeting)\b|"
    r"\b(?:at|during|after|from|in) (?:today[’']s|yesterday[’']s|this (?:morning|afternoon)[’']s|last week[’']s) (?:\w+ )?meeting\b|"
    r"\b(?:notes|summary|recap|minutes) (?:from|of) (?:the|our|today[’']s|yesterday[’']s) (?:\w+ )?meeting\b|"
    r"\bat the (?:very )?(?:start|beginning|end) of the (?:\w+ )?meeting\b|"
    r"\bthe (?:\w+ )?meeting (?:went|was held|ran)\b|\b(?:summary|recap|notes) of what we (?:agreed|discussed|decided)\b|"
    r"\bgracias (?:a \w+ )?por (?:venir|la reuni[oó]n|reunirse)\b", re.I)
# a deed reported done at it: "Mr. Lee confirmed at the meeting that…"
_AT_THE_MEETING = re.compile(r"\bat (?:the|our) (?:\w+ )?meeting\b", re.I)
MEETING_REPORT_WINDOW = timedelta(days=7)  # after the meeting's day: a report of it comes within days


def meeting_held(commitment: Commitment, index: MessageIndex) -> FollowupEvidence | None:
    """A promise of an act done in person at a dated meeting ("I'll go over the new schedule with you at Thursday's
    meeting") kept by a later message, from either side, that reports the meeting held ("Thank you all for meeting
    today", "at yesterday's meeting"): the meeting was the deed's occasion, and no mail will say more. Only a promise
    with its day, from its day to a week after; not a paper to send, a question, or a meeting still to come."""
    if commitment.due is None or not _AT_A_MEETING.search(commitment.sentence) \
            or "send" in promised_families(commitment.sentence) or _DEFERRAL.search(commitment.sentence):
        return None
    first = datetime.combine(commitment.due, datetime.min.time())
    last = first + MEETING_REPORT_WINDOW + timedelta(days=1)
    for message in _thread_and_mail_of(commitment, index, _promisees_and_recipients(commitment, index)):
        if not first <= message.sent < last or message.auto_reply or message.bulk \
                or about_something_else(commitment, message, index):
            continue
        for view in index.profile(message).sentences:
            if view.question or view.future or view.recalls_owed or _marks(view.text).negated:
                continue
            if _MEETING_HELD.search(view.text) or (view.deed and not view.pending and _AT_THE_MEETING.search(view.text)):
                return FollowupEvidence(message.id, view.text, "delivered: the meeting reported held", message.sent,
                                        {"score": 1})
    return None


# a promise to send the notice or invitation of a meeting: "I'll send the formal meeting notice once we pick a date",
# "I'll send out the official invitation"
_PROMISES_NOTICE = re.compile(r"\b(?:send|e-?mail|mail|get)\b(?: (?:out|you|her|him|them|the family))? (?:the |a |an |our |your )?"
                              r"(?:formal |official |written |calendar |meeting |iep |\w+ meeting )*(?:notice|invit(?:e|ation))\b", re.I)
# the notice itself, from the school or its records system: "Notice of IEP Team Meeting", "You are invited to a meeting",
# a calendar invitation
_A_NOTICE = re.compile(r"\bnotice of (?:an? |the )?(?:[\w()-]+ ){0,6}meeting\b|\byou are invited to (?:a|an|the)\b", re.I)
NOTICE_WINDOW = timedelta(days=60)


def notice_sent(commitment: Commitment, index: MessageIndex) -> FollowupEvidence | None:
    """A promise to send a meeting's notice or invitation, kept by the first notice of a meeting or calendar
    invitation that reaches the family from the promiser's school (its records system's no-reply address too) or its
    thread, within two months: the notice is the deed, whatever words the promise used."""
    if not _PROMISES_NOTICE.search(commitment.sentence):
        return None
    school = organization(commitment.promiser or commitment.author_email)
    end = commitment.sent + NOTICE_WINDOW
    for message in _thread_and_mail_of(commitment, index, set(), school, end):
        if message.sent > end or message.auto_reply or about_something_else(commitment, message, index):
            continue
        if not same_side(message, commitment) and message.author_email not in promise_party(commitment):
            continue
        for view in index.profile(message).sentences[:12]:  # its heading, not a notice spoken of further down
            if not (view.question or view.future or view.recalls_owed) \
                    and (_A_NOTICE.search(view.text) or _INVITATION.search(view.text)):
                return FollowupEvidence(message.id, view.text, "delivered: the meeting notice sent", message.sent,
                                        {"score": 1})
    return None


# a test or quiz to be taken (again), or its papers sent for it: "I'll let him retake the unit test on Tuesday", "I'll
# send the test and the key down with her"; not its results, scores or data to be sent
_TEST_WORD = re.compile(r"\b(?:re-?take|retook|retest(?:ed)?|redo|redid|make-?up (?:test|quiz)|tests?|quiz(?:zes)?|exams?)\b", re.I)
_TEST_RESULTS = re.compile(r"\b(?:results?|scores?|data|grades?|report|dates?|days?|schedule|which|when)\b", re.I)
# the test taken, with its score: "she made an 84", "was very happy with the 78%", "got 8 of 10"
_A_SCORE = re.compile(r"\b\d{1,3}(?:\.\d)?\s?%|\b(?:got|made|scored|earned|received|with) (?:an? |the |a score of )?\d{1,3}\b(?![/:.]\d)|"
                      r"\b\d{1,2} (?:out )?of \d{1,3}\b", re.I)


def score_reported(commitment: Commitment, index: MessageIndex) -> FollowupEvidence | None:
    """A promise that a test will be taken (again) ("I'll let him retake the unit test on Tuesday", "I'll send the test
    down with her that morning") kept by a later message, from either side, that speaks of the test as taken and gives
    its score ("She retook the unit test with me this morning. She made an 84.", "She was very happy with the 78%"):
    a score is there only once the test was sat. Not before the day it was set for; not another numbered test."""
    if not _TEST_WORD.search(commitment.sentence) or _TEST_RESULTS.search(commitment.sentence) \
            or _DEFERRAL.search(commitment.sentence):
        return None
    source = index.by_id.get(commitment.source_id)
    others = {address for address in (source.recipients if source else ()) if address} - promise_party(commitment)
    inside = index.later_in_thread(commitment.thread_id, commitment.source_id, commitment.sent)
    terms = index.item_terms(commitment.sentence, commitment.context)
    options = {message.id: message for message in inside + delivery_options(commitment, index)[len(inside):]
               + index.outside_thread(others, terms, commitment.thread_id, commitment.sent)}
    for message in sorted(options.values(), key=attrgetter("sent", "id")):
        if commitment.due is not None and message.sent.date() < commitment.due:
            continue
        if message.auto_reply or about_something_else(commitment, message, index):
            continue
        views = index.profile(message).sentences
        for at, view in enumerate(views):
            if view.question or view.future or view.pending or view.recalls_owed or not _TEST_WORD.search(view.text):
                continue
            near = " ".join(other.text for other in views[at:at + 3])
            if names_another_part(commitment.sentence, near):
                continue
            scored = [other for other in views[at:at + 3] if _A_SCORE.search(other.text)
                      and not (other.question or other.future or other.pending)]
            if scored:
                return FollowupEvidence(message.id, view.text, "delivered: the test taken, with its score", message.sent,
                                        {"score": 1})
    return None


# a promise to put a matter on a meeting's agenda: "I'll add it to the agenda for the 29th"
_TO_THE_AGENDA = re.compile(r"\b(?:add|put|include|place)\b[^.!?]{0,40}\bagenda\b", re.I)
_AGENDA_WORDS = re.compile(r"^(?:agenda|add|put|includ|place|meet|ask|iep)$", re.I)
# a meeting's summary: "Below is my summary of what we discussed", "Thank you all for making time yesterday"
_SUMS_UP_A_MEETING = re.compile(r"\b(?:summary|summarize|recap|notes from|minutes from|what we (?:discussed|agreed))\b|"
                                 r"\bthank you (?:all )?for (?:meeting|coming|making time|attending)\b", re.I)


def _mentions(words: frozenset[str], view: SentenceView, text: str) -> int:
    return len(_related(words, view.words)) + len(spelled_out(text, view.text))


def on_the_agenda(commitment: Commitment, index: MessageIndex) -> FollowupEvidence | None:
    """A promise to put a matter on a meeting's agenda ("I'll ask her to add a BIP review to the meeting agenda") kept by
    a later message, from either side, that puts it there ("a review of his behavior intervention plan will also be on
    the agenda") or, from the meeting's day, sums the meeting up and names the matter ("Missed OT sessions will be
    discussed along with the reading sessions"). What "it" is comes from the sentence before."""
    if not _TO_THE_AGENDA.search(commitment.sentence):
        return None
    matter = frozenset(word for word in content_words(commitment.sentence, index.ignore)
                       if not _AGENDA_WORDS.match(word) and not _DATE_WORDS.match(word))
    matter -= frozenset(stem(key) for author in index.named_authors(commitment.sentence) for key in address_name_keys(author))
    text = commitment.sentence
    if not matter:  # "I'll add it to the agenda": the matter is the sentence before
        text = commitment.context.replace(commitment.sentence, " ")
        matter = frozenset(word for word in content_words(text, index.ignore) if not _DATE_WORDS.match(word))
    if not matter:
        return None
    source = index.by_id.get(commitment.source_id)
    others = {address for address in (source.recipients if source else ()) if address} - promise_party(commitment)
    inside = index.later_in_thread(commitment.thread_id, commitment.source_id, commitment.sent)
    terms = index.item_terms(commitment.sentence, commitment.context)
    options = {message.id: message for message in inside + delivery_options(commitment, index)[len(inside):]
               + index.outside_thread(others, terms, commitment.thread_id, commitment.sent)}
    for message in sorted(options.values(), key=attrgetter("sent", "id")):
        if message.auto_reply or about_something_else(commitment, message, index):
            continue
        summary = (commitment.due is None or message.sent.date() >= commitment.due) and bool(
            _SUMS_UP_A_MEETING.search(message.new_text))
        for view in index.profile(message).sentences:
            # (what is to come is what an agenda and a summary's list say: "it will also be on the agenda")
            if view.question or view.recalls_owed or _marks(view.text).negated:
                continue
            if _mentions(matter, view, text) and (summary or re.search(r"\bagenda\b", view.text, re.I)):
                return FollowupEvidence(message.id, view.text, "delivered: on the meeting's agenda", message.sent,
                                        {"score": 1})
    return None


# A promise that something stops or never happens again: "Mrs. Ames will no longer be used for that coverage", "I will
# make sure this does not happen again". Not a purpose ("so he won't miss class"): the promise's own verb is negated.
_STOPS = re.compile(r"\b(?:will|'ll|’ll|is going to|are going to)\s+no longer\b|"
                    r"\b(?:does not|doesn't|doesn’t|won't|won’t|will not|will never|never)\s+happens?\s+again\b", re.I)


def promises_it_stops(sentence: str) -> bool:
    """A promise kept only by what no message reports: a later report of the deed ("she was sent to the resource room on
    2/19") tells that it happened again, the promise broken, so no message is credited with keeping it."""
    return bool(_STOPS.search(sentence))


def stop_held(commitment: Commitment, index: MessageIndex) -> FollowupEvidence | None:
    """A promise that something stops, kept where its side later says it has not happened since ("she hasn't been pulled
    from his room since the new sub started"); a report that it happened ("she was sent to the resource room on 2/19")
    tells it broken, and nothing after keeps it."""
    own = content_words(commitment.sentence, index.ignore)
    for message in sorted(delivery_options(commitment, index), key=attrgetter("sent", "id")):
        if message.auto_reply or not same_side(message, commitment) or about_something_else(commitment, message, index):
            continue
        for view in index.profile(message).sentences:
            if view.question or view.future or len(view.words & own) < 2:
                continue
            if _marks(view.text).negated:  # "has not been pulled since", "hasn't happened again" (not "can't", "didn't get to")
                return FollowupEvidence(message.id, view.text, "delivered: has not happened since", message.sent, {"score": 1})
            if view.deed:
                return None
    return None


def anothers_own_deed(commitment: Commitment, evidence: FollowupEvidence, message: LaterMessage, index: MessageIndex) -> bool:
    """A deed told in the first person by someone who does not keep the promise ("I have contacted IT about the account
    setting", "after my meeting with her I've set things up so…", "I went out to recess with her myself") is that
    writer's own act: it may carry out the school's "we will…", not a promise someone made as their own ("I'll follow up
    with you by Wednesday") or gave to a named colleague ("Ms. Ostrowski will collect the logs"). Hand-overs aside
    ("I've attached her report" may carry out a colleague's word)."""
    author = message.author_email
    if author == commitment.promiser or author in index.named_authors(commitment.sentence) or commitment.made_by_user \
            or handed_to_a_role(commitment, author):
        return False
    # the writer of a promise made for someone else ("Mr. Price will finish the trial by March 20") tells of the
    # writer's own doings too ("I've updated the accommodations page")
    for_another = made_for_another(commitment, author)
    if not for_another and (author in promise_party(commitment) or _WE_PROMISE.search(commitment.sentence)):
        return False
    return bool(_I_DID.search(evidence.sentence) or _WRITERS_DEED.search(evidence.sentence)) \
        and not _PASSED_ON.search(evidence.sentence)


def admits_not_done(commitment: Commitment, message: LaterMessage, index: MessageIndex) -> bool:
    """The promiser's side saying, once its day has come, that the promised deed was not done ("My mistake, it didn't get
    sent down", "I did not send you the note Wednesday and I should have")."""
    return message.author_email in promise_party(commitment) \
        and (commitment.due is None or message.sent.date() >= commitment.due) \
        and bool(promised_verbs(commitment.sentence) & index.profile(message).negated_stems)


# "nobody sent me anything Wednesday", "no one has called", "nothing came home": the deed, said by its subject not done
_NOBODY_DID = re.compile(r"\b(?:nobody|no one|no-one|nothing)\s+(?:has\s+|had\s+|ever\s+|even\s+)?([a-z]+)\b", re.I)


def nobody_did_it(commitment: Commitment, message: LaterMessage, index: MessageIndex) -> bool:
    """Someone who does not keep the promise saying no one did the promised deed ("And nobody sent me anything
    Wednesday like you said"): whatever else the message shares with the promise, it keeps nothing. (A veto on the
    learned score only.)"""
    if message.author_email in promise_party(commitment):
        return False
    verbs = promised_verbs(commitment.sentence)
    return any(verb_stem(found.group(1).lower()) in verbs for found in _NOBODY_DID.finditer(message.new_text))


# a promise that holds every time: "I will make sure captions are on for every video", "from now on I'll…"
_STANDING = re.compile(r"\b(?:every|each|always|whenever|from now on|going forward|each time|any time)\b", re.I)
# the writer owning a lapse: "That is entirely on me", "I told your husband I would be careful about it"
_OWNS_A_LAPSE = re.compile(r"\b(?:(?:is|was|that's|that’s) (?:entirely |completely |all )?on me|"
                           r"(?:i|we) (?:told|promised) (?:you|your \w+|him|her|them)\b[^.!?]{0,30}\b(?:i|we) would)\b", re.I)


def owns_a_lapse_of_a_standing_promise(commitment: Commitment, message: LaterMessage, index: MessageIndex) -> bool:
    """The promiser's side owning a lapse of a promise that holds every time ("I will make sure captions are on for every
    video we watch" … "That is entirely on me, after I told your husband I would be careful"): it is broken, whatever
    the same mail puts right ("Both clips, with captions, are now posted"); only the deed itself keeps it later."""
    return message.author_email in promise_party(commitment) and bool(_STANDING.search(commitment.sentence)) \
        and bool(_OWNS_A_LAPSE.search(message.new_text))


# the deed put off to another day ("Can we push our call to Friday?", "I need to move our meeting to next week", "could we
# reschedule?"), or tried and not done ("I tried calling but got your voicemail", "I couldn't reach you")
_PUTS_OFF = re.compile(r"\b(?:push|move|bump|shift|reschedul\w*|postpon\w*|rain ?check)\b[^.!?]{0,40}?"
                       r"\b(?:to|until|till|back|off|for|another|a different|later)\b|\breschedul\w*|\bpostpon\w*", re.I)
_TRIED_IN_VAIN = re.compile(r"\b(?:tried|attempted|trying) (?:to )?(?:call|calling|reach|reaching|phone|phoning|get (?:a ?hold of|through))\b|"
                            r"\b(?:got|reached|went to) (?:your|the) (?:voice ?mail|machine|answering machine)\b|"
                            r"\b(?:couldn[’']?t|could not|wasn[’']?t able to|was not able to|was unable to) (?:reach|get (?:a ?hold of|through to)) "
                            r"you\b|\bmissed (?:you|your call|each other)\b|\bphone tag\b", re.I)


def puts_it_off(commitment: Commitment, message: LaterMessage, index: MessageIndex) -> bool:
    """The promise's keepers putting the deed off ("Can we push our call to Friday? Something came up") or telling of a try
    that did not reach the family ("I tried calling but got your voicemail. I'll try you again tomorrow"), with no other
    sentence reporting a deed done: the promise is still owed. (A veto on the learned score only: the written rules
    still read a deed done.)"""
    if message.author_email not in promise_party(commitment) | index.named_authors(commitment.sentence):
        return False
    views = index.profile(message).sentences
    off = [view for view in views if literals.search(_PUTS_OFF, view.text) or literals.search(_TRIED_IN_VAIN, view.text)]
    if not off:
        return False
    # (an excuse is no deed of the promise's: "Something came up")
    about = content_words(commitment.sentence, index.ignore) | content_words(commitment.context, index.ignore)
    return not any(view.deed and not view.pending and view not in off and (view.words & about or hands_over(view.text))
                   for view in views)


def keeper_only_asks(commitment: Commitment, message: LaterMessage, index: MessageIndex) -> bool:
    """The keepers' note whose every sentence is a question ("Are you free for a quick call tomorrow at 4?" for "I'll call
    you this week") does not do the deed; it asks about it. (A veto on the learned score only: a time proposed for a
    promise to set up a meeting is kept by the written rules before this is asked.)"""
    if message.author_email not in promise_party(commitment) | index.named_authors(commitment.sentence) \
            or message.has_attachment:
        return False
    views = [view for view in index.profile(message).sentences if view.words]
    if _SETS_UP.search(commitment.sentence) and not promises_call(commitment.sentence) and any(_marks(view.text).proposes_time or _GIVES_TIME.search(view.text)
                                                    for view in views):
        return False  # times offered for a meeting promised: as the written rules read it, the setting up
    return bool(views) and all(view.question for view in views)


def does_the_deed_itself(commitment: Commitment, message: LaterMessage, index: MessageIndex) -> bool:
    """After the promiser's side owned that a promise was not kept, what keeps it late is the promised deed itself, done by
    its keepers ("Here is the note I owed you", "I sent it down this morning"); not what they did instead ("He did the
    retake in the testing room today"), nor a colleague's report of their own arrangements."""
    if message.author_email not in promise_party(commitment) | index.named_authors(commitment.sentence):
        return False
    if promised_verbs(commitment.sentence) & index.profile(message).deed_stems:
        return True
    return any(rule_decides(evidence) for evidence in delivery_rule(commitment, message, index))


def link_promises(commitments: Sequence[Commitment], index: MessageIndex,
                  model: LinearModel | None) -> dict[str, FollowupEvidence]:
    """The message that kept each promise: the earliest where the written rules see the deed done, unless
    the learned score reached the model's threshold on an earlier one; then, of the messages over the
    threshold, the one it scores highest (without a model, the rules alone). Not the first over the
    threshold: a near-miss before the delivery (the promiser's next note, on something else) would take
    the credit the delivery itself earns, and where the delivery never comes, that same note keeps the
    promise."""
    found = {}
    by_promiser: dict[str | None, list[tuple[Commitment, frozenset[str]]]] = defaultdict(list)
    for commitment in commitments:
        by_promiser[commitment.promiser].append((commitment, content_words(commitment.sentence, index.ignore)))
    for commitment in commitments:
        if promises_it_stops(commitment.sentence):
            held = stop_held(commitment, index)  # what a later message reports done of it is the breach, not the promise kept
            if held:
                found[commitment.key] = held
            continue
        notice = notice_sent(commitment, index)  # the notice itself, before any note that only speaks of the meeting
        if notice:
            found[commitment.key] = notice
            continue
        words = content_words(commitment.sentence, index.ignore) | content_words(commitment.context, index.ignore)
        scored: tuple[float, LaterMessage] | None = None  # the model's best so far
        admitted = False  # the promiser's side has said it was not done
        for message in sorted(delivery_options(commitment, index), key=attrgetter("sent", "id")):
            if admitted and not does_the_deed_itself(commitment, message, index):
                continue
            if owns_a_lapse_of_a_standing_promise(commitment, message, index):
                admitted = True
                continue
            admitted = admitted or admits_not_done(commitment, message, index)
            if about_something_else(commitment, message, index) or still_running(commitment, message):
                continue
            # (a past tense the rules read as done keeps no promise of a paper where none passes: "I've passed your
            # questions along to her. His results are attached." for "I'll send you a parent questionnaire")
            rule = [evidence for evidence in delivery_rule(commitment, message, index)
                    if not anothers_own_deed(commitment, evidence, message, index)
                    and (rule_decides(evidence) or not passes_no_promised_paper(commitment, message, index))]
            same_thread = commitment.thread_id is not None and message.thread_id == commitment.thread_id
            best = _by_rule(rule, message) if rule else None
            if best and another_paper_kept(commitment, best, message, by_promiser[commitment.promiser], index):
                rule, best = [], None
            if scored is None and best and (same_thread or any(map(rule_decides, rule))):
                found[commitment.key] = best
                break
            kept = (kept_in_few_words(commitment, message, index) or finding_reported(commitment, message, index)
                    or outcome_told(commitment, message, index)) if scored is None else None
            if kept:
                found[commitment.key] = kept
                break
            if model is None:
                continue
            if not same_thread and better_kept_by_it(commitment, message, by_promiser[commitment.promiser], index):
                continue
            if hands_a_form_to_fill(commitment, message, index) or before_its_day(commitment, message) \
                    or passes_no_promised_paper(commitment, message, index) or only_the_writers_own_deeds(commitment, message, index) \
                    or only_asks_after_it(commitment, message, index) or says_not_in_hand(commitment, message, index) \
                    or nobody_did_it(commitment, message, index) or shares_only_its_condition(commitment, message, index) \
                    or puts_it_off(commitment, message, index) or keeper_only_asks(commitment, message, index):
                continue
            features = delivery_features(commitment, message, index, rule)
            if says_pending(features) or promised_again(features) or colleague_reports_nothing(features, index.profile(message)) \
                    or tells_nothing_of_it(commitment, message, features, index):
                continue
            probability = model.probability(features)
            if probability >= model.threshold and (scored is None or probability > scored[0]):
                scored = (probability, message)
        if commitment.key not in found and scored is not None:
            probability, message = scored
            sentence = _evidence_sentence(index, message, words, promised_verbs(commitment.sentence))
            found[commitment.key] = FollowupEvidence(message.id, sentence, f"learned: delivered ({probability:.2f})",
                                                     message.sent, {"score": probability})
        if commitment.key not in found:
            arrived = reported_by_others(commitment, index) or arrival_reported(commitment, index) \
                or thanks_received(commitment, index) or return_reported(commitment, index) or late_elsewhere(commitment, index) \
                or begun_reported(commitment, index) or practice_reported(commitment, index) \
                or delegated_paper_handed_over(commitment, index) or done_on_its_day(commitment, index) \
                or credited_with_thanks(commitment, index) or restored_reported(commitment, index) \
                or news_of_the_event(commitment, index) \
                or score_reported(commitment, index) or on_the_agenda(commitment, index) or call_held(commitment, index) \
                or meeting_held(commitment, index)
            if arrived:
                found[commitment.key] = arrived
    return found


# ---- requests ---------------------------------------------------------------------------------

def _responds(ask: Ask, message: LaterMessage) -> bool:
    """Could answer: anyone but the asker (for the user's question, someone other than the user)."""
    if message.author_email == ask.asker or message.auto_reply or message.bulk:
        return False
    return not (ask.asked_by_user and message.author_is_user)


def asked_of(ask: Ask) -> set[str]:
    """Who may answer a request outside its thread: the people it was sent to, and for those at a school
    or agency anyone there (a colleague the question was passed on to). A family's question is not answered
    by the family (the other parent copied on it)."""
    people = {address for address in ask.recipients if address and address != ask.asker}
    if organization(ask.asker) is None:
        people = {address for address in people if organization(address) is not None}
    return people | {school for school in map(organization, list(people)) if school}


def answer_options(ask: Ask, index: MessageIndex) -> list[LaterMessage]:
    """Every message that might answer this request: the later replies of its thread, and the best
    matches among the later mail elsewhere of the people it was asked of."""
    inside = [m for m in index.later_in_thread(ask.thread_id, ask.source_id, ask.sent) if _responds(ask, m)]
    terms = index.item_terms(ask.sentence, ask.context)
    terms[ANSWERS_EARLIER] = 1.0
    outside = index.outside_thread(asked_of(ask), terms, ask.thread_id, ask.sent)
    outside += [m for m in relayed_answers(ask, index) if m not in outside]
    if _FORM_DEED_ASK.search(ask.sentence):  # the paper reported done, in whatever words the reply names it
        outside += [m for m in index.outside_thread(asked_of(ask), {FORM_DONE: 1.0}, ask.thread_id, ask.sent) if m not in outside]
    return inside + [m for m in outside if _responds(ask, m)]


def relayed_answers(ask: Ask, index: MessageIndex) -> list[LaterMessage]:
    """Mail from anyone that takes a question up naming the one who asked it: a question passed on answered by the
    person it was for ("Mr. Kealoha asked a while ago if I want him to wear the mic during labs", "Good questions.
    Yes - … and Mr. Kucera's voice still comes through")."""
    start = bisect_right(index.taking_up, ask.sent, key=attrgetter("sent"))
    end = bisect_right(index.taking_up, ask.sent + OUTSIDE_THREAD_WINDOW, key=attrgetter("sent"))
    return [m for m in index.taking_up[start:end] if m.thread_id != ask.thread_id and ask.asker in index.named_authors(m.new_text)]


def answer_rule(ask: Ask, message: LaterMessage, index: MessageIndex) -> list[FollowupEvidence]:
    return answer_candidates(ask, [message], index.ignore) if message.thread_id == ask.thread_id else []


# Words every question about anything uses: "Can you explain what happened?" names no subject of its own.
_GENERIC_ASK_WORDS = frozenset(stem(word) for word in (
    "explain", "happen", "happened", "tell", "know", "think", "mean", "update", "question", "questions", "please", "help"))
# "When will it be fixed?", and a when tacked on: "Who is fixing it, and when?"
# (the lookbehind lets a search start only where a run of spaces starts: linear on long runs)
_WHEN_ASK = re.compile(r"^\W*(?:and\s+|so\s+)?(?:when|what (?:time|day|date))\b|,?(?<!\s)\s+(?:and|or) (?:by )?when\W*$|"
                       r"\b(?:give|tell|send) (?:me|us) (?:a|the|an \w+) (?:date|day|timeline|time ?frame)\b",  # "Can you give me a date?"
                       re.I)
# An ask to pick or confirm a time: "Which day works best for you?", "let me know if that date still works".
_PICK_TIME = re.compile(r"\b(?:which|what|when) (?:\w+ )?works? (?:best |better )?(?:for )?|\b(?:still )?works? for (?:you|your)\b|"
                        r"\bare you (?:both )?(?:available|free)\b|\bwould .{0,40}\bwork\b|\bstill work\b", re.I)
_GIVES_TIME = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\btomorrow\b|\btoday\b|\b\d{1,2}/\d{1,2}\b|"
                         r"\b\d{1,2}:[0-5]\d\b|\bthe \d{1,2}(?:st|nd|rd|th)\b|"  # "at 2:30", "on the 21st"
                         r"\b(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|ma[ñn]ana)\b|\ba las \d|"  # a Spanish reply
                         r"\b\d{1,2}(?::\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?\b",
                         re.I)


# An ask for a meeting ("I'm writing to request an IEP meeting", in Spanish "quisiera pedir una reunión") and a
# reply that offers times for it.
_MEETING_ASK = re.compile(r"\b(?:request|ask for|schedule|set up|have|call|hold)\b.{0,30}\b(?:meeting|conference|(?:phone|video|zoom) call)\b|"
                          r"\b(?:pedir|solicitar|tener|programar)\b.{0,20}\b(?:reuni[oó]n|junta|conferencia)\b", re.I)
_OFFERS_TIME = re.compile(r"\b(?:i|we) (?:can|could) (?:offer|do|meet)\b|\b(?:which|what) (?:one|day|time) works\b|"
                          r"\b(?:works?|would work) (?:best |better )?for (?:you|your|both)\b|\bare you (?:both )?(?:available|free)\b",
                          re.I)
# A meeting set for the asker: "I've scheduled us for…", "the invitation is attached", "it's on the calendar for…"
_MEETING_SET = re.compile(r"\b(?:i|we)(?:'ve|’ve| have)? (?:scheduled|booked|reserved|set (?:it |us |that |one )?up|put (?:us|you|it) "
                          r"(?:down|on the calendar)|sent (?:you |out )?(?:an? )?(?:invitation|invite))\b|\b(?:invitation|invite)\b"
                          r"|\b(?:is|are) (?:now )?(?:on the calendar|scheduled|set) for\b|\bsee you (?:then|there|on)\b", re.I)
# An ask to be told when something is done, and a reply that says it is: "Both done", "All finished - Tuesday and today".
_TELL_WHEN_DONE = re.compile(r"\b(?:let (?:me|us) know|e-?mail (?:me|us)|tell (?:me|us)|text (?:me|us)|send (?:me|us) a note)\b"
                             r".{0,15}\bwhen\b.{0,60}\b(?:done|finished|complete|completed|made up|over)\b", re.I)
_SAYS_DONE = re.compile(r"^\W*(?:(?:both|all|they(?:'re|’re| are)|it(?:'s|’s| is)|we(?:'re|’re| are)) )?(?:all )?"
                        r"(?:done|finished|complete|completed)\b", re.I)
# "Who…?" (or "¿Quién…?") and a statement naming someone by title: "Mr. Ochoa will plug it in".
_WHO_ASK = re.compile(r"^\W*(?:and |so )?(?:who|qui[eé]n)\b", re.I)
_TITLED_PERSON = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sr|Sra|Srta)\.? [A-Z][a-z]+\b")


# An ask to check a summary the asker wrote, and a reply that vouches for it (with or without a correction).
_CHECK_SUMMARY_ASK = re.compile(
    r"\b(?:correct|fix) (?:anything|whatever|what) (?:i|we) (?:got|have) wrong\b|\bif (?:i|we) (?:got|have) anything wrong\b|"
    r"\b(?:let (?:me|us) know|tell (?:me|us)) if (?:this|that|anything|my summary|the summary) (?:is|was|looks|seems) "
    r"(?:wrong|off|inaccurate|incorrect|missing|different)\b|\bif anything (?:here )?(?:is|was) (?:wrong|missing|incorrect)\b|"
    r"\bconfirm (?:that )?(?:this|my|the) (?:summary|notes|list)\b", re.I)
_SUMMARY_CONFIRMED = re.compile(
    r"(?:\b(?:is|was|looks|seems|are)|\w['’]s) (?:all )?(?:accurate|correct|right)\b|\bmatches (?:my|our) (?:notes|understanding|memory)\b|"
    r"^(?:yes,? )?(?:that's|that is|this is) (?:all )?(?:accurate|correct|right)\b", re.I)
# Where a question ends a sentence that first reports something ("I signed the form (attached) with one note: can
# the sessions be in the morning?"), the report before it still speaks.
_QUESTION_AFTER = re.compile(r":\s|;\s|,\s+so\s+(?=(?:can|could|would|will|is|are|do|does)\b)", re.I)


# A sentence that only says the ask arrived: "Got it, thanks!", "Confirming that we received your records request."
_ACKNOWLEDGES_ONLY = re.compile(
    r"^\W*(?:(?:hi|hello|hey)\b[^,.!]{0,30}[,.!]\s*)?(?:ok(?:ay)?|got it|received|noted|thanks?(?: you)?(?: so much)?|thx)"
    r"(?:[,.!]*\s*(?:ok(?:ay)?|got it|thanks?(?: you)?(?: so much)?(?: for (?:letting me know|the (?:note|email|message|reminder)))?|thx))*"
    r"\W*$|\b(?:confirming (?:that )?(?:we|i) (?:have )?(?:received|got)|(?:we|i)(?:'ve| have)? (?:received|got) your "
    r"(?:\w+ )?(?:request|e-?mail|message|note|letter|voicemail))\b", re.I)
_ASKS_RECEIPT = re.compile(r"\b(?:confirm|acknowledge) (?:the )?(?:receipt|that you (?:received|got|have))\b", re.I)


def acknowledges_only(ask: Ask, sentence: str) -> bool:
    """A sentence that only says the request arrived answers no more than an ask to confirm it arrived."""
    return bool(_ACKNOWLEDGES_ONLY.search(sentence)) and not _ASKS_RECEIPT.search(ask.sentence)


def _defers_only_others(ask: Ask, facts: MessageProfile, siblings: Sequence[Ask], ignore: frozenset[str]) -> bool:
    """Does every sentence of the reply that puts something off name another ask of the message, and none of this
    one's words ("On the college question, I've passed it along to the counselor. On DVR: yes!")?"""
    deferring = [view for view in facts.sentences if _DEFERRAL.search(view.text) or _DONT_KNOW.search(view.text)]
    own = ask_subject(ask, ignore)
    return bool(deferring and siblings) and all(
        any(len(view.words & content_words(sibling.sentence, ignore)) >= max(2, len(view.words & own) + 1) for sibling in siblings)
        for view in deferring)


def word_roots(words: Iterable[str]) -> frozenset[str]:
    """Stemmed words with the doer's ending taken off, so that the deed and its doer meet: "co-teaching",
    "co-teacher" -> "co-teach"; "counselor" -> "counsel". (Not an irregular past: "a written plan" is not
    "writing instruction".)"""
    return frozenset(word[:-2] if word.endswith(("er", "or")) and len(word) >= 6 else word for word in words)


def _defers_another_thing(facts: MessageProfile, about: frozenset[str]) -> bool:
    """A reply that states the asked-about thing ("He says he did not take the pass") and puts off only something
    it names none of the ask's words for ("I'll ask the case manager to add it to the agenda") has answered (two of
    its words, or the one it has: "Is he still getting his co-teaching time?" … "He has not been getting his
    co-taught math")."""
    deferring = [view for view in facts.sentences if _DEFERRAL.search(view.text) or _DONT_KNOW.search(view.text)]
    roots = word_roots(about)
    return bool(deferring) and not any(word_roots(view.words) & roots for view in deferring) and any(
        len(word_roots(view.words) & roots) >= min(2, len(roots)) for view in facts.sentences
        if not view.question and view not in deferring)


def _stated_text(view: SentenceView) -> str:
    """The part of a sentence that states something (before a question it ends on), or nothing for a question."""
    if not view.question:
        return view.text
    parts = _QUESTION_AFTER.split(view.text, maxsplit=1)
    return parts[0] if len(parts) > 1 else ""


def _stated_words(view: SentenceView, ignore: frozenset[str]) -> frozenset[str]:
    if not view.question:
        return view.words
    parts = _QUESTION_AFTER.split(view.text, maxsplit=1)
    return content_words(parts[0], ignore) & view.words if len(parts) > 1 else frozenset()


# An ask for the other's own view, in their words: what answers it is whatever they write back (it names nothing the
# ask could be matched on): "send me a few sentences about…", "what are your thoughts?", "any input on…".
_ASKS_INPUT = re.compile(
    r"\b(?:send|tell|give|write|share with)\s+(?:me|us)\s+(?:a (?:few|couple of) (?:sentences|lines|words|thoughts)|"
    r"(?:some|your|any) (?:thoughts|input|ideas|concerns|perspective|feedback)|a (?:little|bit) (?:more )?about)\b|"
    r"\b(?:what are|do you have any|any) (?:your )?(?:thoughts|input|ideas|concerns|feedback)\b", re.I)


def first_reply_answers(ask: Ask, message: LaterMessage, index: MessageIndex, siblings: Sequence[Ask] = ()) -> bool:
    """The first reply from the other side answers a request when it speaks to its subject (a
    question too short to have one, "What happened today?", is answered by the reply itself; an ask
    to send something needs the reply to name it) and does not put it off. Putting off is the answer
    to "When will you call me?" when the reply names the day ("We will call you tomorrow at 3:45"), and
    an ask to pick a time is answered by a reply that names one."""
    if ask.thread_id is None or message.thread_id != ask.thread_id:
        return False
    replies = [m for m in index.later_in_thread(ask.thread_id, ask.source_id, ask.sent) if _responds(ask, m)]
    # a reply before it that only put the question off or handed it on ("I'll let Ms. Lee answer this one") was not
    # the answer: the reply after it is the first that may be
    put_off: set[str] = set()  # the Message-IDs of the replies that put it off: the answer may reply to one of them
    while len(replies) > 1 and replies[0].id != message.id and (
            _only_puts_off(replies[0], index) or puts_this_off(ask, replies[0], index, siblings)):
        if replies[0].message_id:
            put_off.add(replies[0].message_id)
        replies.pop(0)
    if not replies or replies[0].id != message.id:
        return False
    facts = index.profile(message)
    number = _item_number(ask, index)
    if number and siblings and any(item == number and not line.rstrip().endswith("?")
                                   and not (_DEFERRAL.search(line) or _DONT_KNOW.search(line))
                                   for item, line in _NUMBERED_LINE.findall(message.new_text)):
        return True  # "1. When does ESY start? 2. Will he have the same aide?" … "1. June 15. 2. Yes, Ms. Park will."
    names_time = any(not view.question and _GIVES_TIME.search(view.text) for view in facts.sentences)
    if (_WHEN_ASK.search(ask.sentence) or _PICK_TIME.search(ask.sentence)) and names_time:
        return True  # "Which day works best?" … "Thursday at 3:30 is good for us."
    if picks_an_offered_time(ask, facts):
        return True  # "Would Monday or Wednesday be better for the observation?" … "Wednesday works best for us."
    if _GIVES_TIME.search(ask.sentence) and any(_GIVES_TIME.search(view.text) and _COUNTER_OFFER.search(view.text)
                                                for view in facts.sentences):
        return True  # "Would you be able to meet Thursday at 3:30?" … "I can't Thursday, could we do Friday morning instead?"
    statements = [view.text for view in facts.sentences if not view.question]
    offers_in_question = any(view.question and _GIVES_TIME.search(view.text) and _OFFERS_TIME.search(view.text)
                             for view in facts.sentences)  # "Are you available for a call Thursday at 12:30?"
    if _MEETING_ASK.search(ask.sentence) and (names_time or offers_in_question) and any(_OFFERS_TIME.search(view.text) or _MEETING_SET.search(view.text)
                                                                for view in facts.sentences):
        # "I'm writing to request a meeting." … "I can offer Tuesday 11/17 at 3:45 or Thursday at 3:45.", or the meeting
        # set: "I've put us down for Tuesday at 3:15; the invitation is attached"
        return True
    if _TELL_WHEN_DONE.search(ask.sentence) and any(_SAYS_DONE.search(text) for text in statements):
        return True  # "Can you email me when the make-ups are done?" … "Both done - Tuesday and today, 30 min each."
    if _WHO_ASK.search(ask.sentence) and any(_TITLED_PERSON.search(text) for text in statements):
        return True  # "Who charges it at school?" … "Starting tomorrow, Mr. Ochoa will plug it in after lunch."
    if _CHECK_SUMMARY_ASK.search(ask.sentence) and any(not view.question and _SUMMARY_CONFIRMED.search(view.text)
                                                       for view in facts.sentences):
        return True  # "Please correct anything I got wrong." … "It's accurate except for the OT minutes."
    if _QUANTITY.search(ask.sentence) and not any(_NUMBER.search(_stated_text(view)) for view in facts.sentences):
        return False  # "How many times was the break card used?" is not answered by "He used it well"
    own = content_words(ask.sentence, index.ignore)
    about = glossed(ask_subject(ask, index.ignore), ask.sentence, index.ignore)  # "Could you resend it?": what "it" is
    if facts.deferral and not _defers_only_others(ask, facts, siblings, index.ignore) \
            and not _defers_another_thing(facts, about):
        return False
    saying = [view for view in facts.sentences if not acknowledges_only(ask, view.text)]
    wants_delivery = bool(_ACTION_ASK.search(ask.sentence)) and not re.search(r"\blet me know\b", ask.sentence, re.I)
    if any(word_roots(glossed(_stated_words(view, index.ignore), _stated_text(view), index.ignore)
                      - relayed(view, wants_delivery, index.ignore)) & word_roots(about)
           or spelled_out(ask.sentence, _stated_text(view))
           for view in saying if not about_another_thing(ask, view.text, index.ignore)
           and not (wants_delivery and promises_the_ask(ask, view))):
        return True
    if _ASKS_INPUT.search(ask.sentence) and sum(1 for view in saying if not view.question) >= 2:
        return True  # "Could you send me a few sentences about what you see for him?" … "He wants to study science. …"
    if not wants_delivery and answers_its_only_question(ask, message, facts, siblings, index, frozenset(put_off)):
        return True
    return bool(saying) and len(own - _GENERIC_ASK_WORDS) <= 1 and not wants_delivery


# Where a reply's first words only greet, thank or wish well, it has not begun to say anything yet
_COURTESY_OPENING = re.compile(r"^\W*(?:(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^.!?\n]{0,40}[,.!:]?\s*$|"
                               r"(?:(?:mr|mrs|ms|dr|miss)\.?\s+)?[a-z][\w'’.-]{0,30}(?:\s+[a-z][\w'’.-]{0,30}){0,2}\s*,\s*$|"  # "Ms. Delgado," alone
                               r"thanks?\b|thank you\b|(?:i )?hope\b|happy\b|have a (?:great|good|nice)\b|"
                               r"(?:(?:i'?m|i am|we'?re|we are) (?:so |very |really )?)?sorry to hear\b)", re.I)
# A reply that opens on news of its own has not taken the question up: "Just a reminder that picture day is Friday",
# "FYI, the book fair starts Monday", "Quick note about the field trip"
_NEWS_OPENING = re.compile(r"^\W*(?:(?:hi|hello|hey)\b[^,.!:\n]{0,40}[,.!:]\s*)?(?:just |also,? )?(?:a |one )?(?:quick |friendly )?"
                           r"(?:reminder|fyi|heads[- ]up|note|update|announcement)\b|^\W*(?:please )?(?:remember|don'?t forget)\b|"
                           r"^\W*(?:in other news|on another (?:note|topic)|separately|unrelated|also)\b", re.I)
_WH_OPENS = re.compile(r"^\W*(?:(?:and|so|also|ok(?:ay)?|quick question)[,:]?\s+)?(?:what|when|where|who|which|why|how)\b"
                       r"(?! (?:many|much|often|long)\b)", re.I)  # (a count is answered by a number: answer_candidates)
_YES_NO_OPENS = re.compile(r"^\W*(?:(?:and|so|also|ok(?:ay)?|quick question)[,:]?\s+)?(?:is|are|was|were|do|does|did|has|have|"
                           r"had|can|could|will|would|should)\s+(?!you (?:please |kindly )?(?:send|tell|let|give|share|email|forward)\b)\w",
                           re.I)


def answers_its_only_question(ask: Ask, message: LaterMessage, facts: MessageProfile, siblings: Sequence[Ask],
                              index: MessageIndex, put_off: frozenset[str] = frozenset()) -> bool:
    """An ask that is the only one of its message (not to send something: that is answered by the thing) is answered
    by the first reply in its thread from the side it was put to, in whatever words, where that reply puts nothing off
    and the first thing it says is neither a courtesy, nor "got it", nor a question back, nor news of its own, nor
    another paper handed over, nor said to be about another thing; a time to choose needs one named ("Is he still getting his speech sessions while
    she is on leave?" … "A contract therapist has been covering her groups since the 3rd, and he has not missed any").
    Not a reply that opens on other news ("Just a reminder that picture day is Friday")."""
    if siblings or _CHECK_SUMMARY_ASK.search(ask.sentence) or _CHECK_AGAINST_NOTES.search(ask.sentence):
        return False  # (a summary to check is answered by a reply that vouches for it, or corrects it)
    people = asked_of(ask)
    if facts.deferral or not _written_by(message, people):
        return False
    source = index.by_id.get(ask.source_id)
    if source is not None and source.message_id and message.in_reply_to and message.in_reply_to != source.message_id \
            and message.in_reply_to not in put_off:
        return False
    opening = next((view for view in facts.sentences if not _COURTESY_OPENING.match(view.text)
                    and not acknowledges_only(ask, view.text) and not _BOILERPLATE.search(view.text)), None)
    if opening is None or opening.question or _NEWS_OPENING.match(opening.text) or about_another_thing(ask, opening.text, index.ignore):
        return False
    if _HANDS_OVER_OPENING.match(opening.text) and not word_roots(opening.words) & word_roots(ask_subject(ask, index.ignore)):
        return False  # "Attached is the final IEP." to "Has the observation been scheduled?": another thing handed over
    statements = [view for view in facts.sentences if not view.question]
    if _PICK_TIME.search(ask.sentence):  # a time to choose is answered by one
        return any(_GIVES_TIME.search(view.text) for view in statements)
    if _QUANTITY.search(ask.sentence) and not any(_NUMBER.search(view.text) for view in statements):
        return False  # "How many sessions has he missed?" is not answered without a number
    # something ties it to the ask: a word of it or of what leads up to it, the child named (or "he", "her"), or the
    # opening pointing back ("Yes, …", "That was…") (not "The bus has been on time since Monday" to a question about speech)
    subject = word_roots(glossed(ask_subject(ask, index.ignore) | content_words(ask.context + " " + ask.lead_in, index.ignore),
                                 ask.context, index.ignore))
    tied = any(word_roots(glossed(view.words, view.text, index.ignore)) & subject for view in statements)
    said = set(re.findall(r"[a-z'’-]+", " ".join(view.text for view in statements).lower()))
    names_child = bool(said & (set(index.first_names or index.ignore) | _CHILD_PRONOUNS))
    # a what or which answered by a list of its own ("What accommodations will he get?" … "- extended time / - small group")
    listed = _WH_OPENS.match(ask.sentence) and len(_LISTED_LINE.findall(message.new_text)) >= 2
    # a count answered by the number it opens on: "How many hours does he sleep?" … "About 9, lights out at 8:30."
    counted = _QUANTITY.search(ask.sentence) and _OPENS_ON_A_NUMBER.match(_GREETING_WORDS.sub("", opening.text))
    return tied or names_child or bool(listed) or bool(counted) or bool(_REFERS_BACK.match(_GREETING_WORDS.sub("", opening.text)))


_OPENS_ON_A_NUMBER = re.compile(r"^\W*(?:(?:about|around|roughly|maybe|probably|approximately|just|only|at least|almost|nearly)\s+)?"
                                r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
                                r"forty|fifty|sixty|once|twice|none|zero|a few|a couple)\b)", re.I)
_LISTED_LINE = re.compile(r"(?m)^[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]+\S")


_CHILD_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"} | {f"{who}{apostrophe}{rest}" for who in ("he", "she")
                                                                         for apostrophe in "'’" for rest in ("s", "d", "ll")})


# The first thing a reply says, pointing back to what was asked: "Yes, …", "She has…", "That was…"
_REFERS_BACK = re.compile(r"^\W*(?:(?:yes|no|yep|nope|actually|so|well|right|correct|unfortunately|good (?:question|catch)|"
                          r"great question)\b[,.!:;\s-]*)*(?:he|she|they|it|that|this|his|her|their)\b", re.I)
_GREETING_WORDS = re.compile(r"^\W*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^,.!:\n]{0,40}[,.!:]\s*", re.I)


# "…if anything here differs from your notes", "…if this doesn't match what you remember": a summary to check
_CHECK_AGAINST_NOTES = re.compile(r"\b(?:differs?|different) from (?:your|what you)\b|\b(?:doesn'?t|does not|don'?t|do not) "
                                  r"match (?:your|what you)\b|\bif (?:i|we) (?:missed|left out|forgot) (?:anything|something)\b|"
                                  r"\bif anything (?:here |above |below )?(?:is|was|looks|seems) (?:wrong|off|missing|inaccurate|incorrect)\b", re.I)
_HANDS_OVER_OPENING = re.compile(r"^\W*(?:(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))?[^,.!:?\n]{0,40}[,:]\s+)?(?:attached|enclosed|here(?:'s|’s| is| are)\b|i(?:'ve|’ve| have)? (?:attached|enclosed)|"
                                 r"please find|i(?:'m|’m| am) (?:attaching|enclosing|sending))", re.I)


# an item of a numbered list: "1. When does it start?", "2) Yes, she will."
_NUMBERED_LINE = re.compile(r"(?m)^[ \t(]{0,3}(\d{1,2})[.)][ \t]+(\S[^\n]*)$")


def _item_number(ask: Ask, index: MessageIndex) -> str | None:
    """The number of the list item an ask is ("2. Will he have the same aide?"), if it is one."""
    source = index.by_id.get(ask.source_id)
    text = source.new_text if source else ask.context
    at = text.find(ask.sentence)
    if at < 0:
        return None
    line = text[text.rfind("\n", 0, at) + 1:text.find("\n", at) if text.find("\n", at) >= 0 else len(text)]
    match = _NUMBERED_LINE.match(line)
    return match.group(1) if match else None
_HANDS_ON = re.compile(r"\b(?:i'?ll|i will|let me) (?:let|have|ask) (?:(?:mr|mrs|ms|dr)\.? )?\w+ (?:to )?(?:answer|respond|reply|get back|follow up)\b", re.I)


def puts_this_off(ask: Ask, message: LaterMessage, index: MessageIndex, siblings: Sequence[Ask]) -> bool:
    """A reply that puts this request off ("Let me check with the OT and I'll get back to you") and says nothing
    else of its subject: not its answer, and the one who put it off may answer it in their next reply."""
    facts = index.profile(message)
    if not facts.deferral or _defers_only_others(ask, facts, siblings, index.ignore):
        return False
    about = word_roots(glossed(ask_subject(ask, index.ignore), ask.sentence, index.ignore))
    return not any(word_roots(view.words) & about for view in facts.sentences
                   if not view.question and not _COURTESY_OPENING.match(view.text) and not _BOILERPLATE.search(view.text)
                   and not (_DEFERRAL.search(view.text) or _DONT_KNOW.search(view.text)))


def _only_puts_off(message: LaterMessage, index: MessageIndex) -> bool:
    """A short reply that only puts the question off or hands it to someone else ("I'll let Ms. Lee answer this one",
    "Let me check and get back to you")."""
    views = [view for view in index.profile(message).sentences if not _COURTESY_OPENING.match(view.text)]
    return 0 < len(views) <= 2 and all(_DEFERRAL.search(view.text) or _DONT_KNOW.search(view.text) or _HANDS_ON.search(view.text)
                                       for view in views)


# A sentence that passes on what someone else thinks or says of the thing ("she says the point sheet is dumb", "He
# thinks the new chair is weird"): it names the thing, it does not do what was asked with it
_RELAYS_ANOTHERS_VIEW = re.compile(r"^\W*(?:and |but |also,? |oh,? )?(?:she|he|they|[A-Z][a-z]+) "
                                   r"(?:says|said|thinks|thought|told me|tells me|claims|swears|keeps saying|complains)\b")


def relayed(view: SentenceView, wants_deed: bool, ignore: frozenset[str]) -> frozenset[str]:
    """For an ask to do something, the words only a relayed view names ("4/7 works. she says the point sheet is
    dumb lol": typed without capitals, one sentence to the splitter)."""
    if not wants_deed:
        return frozenset()
    parts = re.split(r"(?<=[.!?])\s+", view.text)
    relays = [part for part in parts if _RELAYS_ANOTHERS_VIEW.match(part)]
    if not relays:
        return frozenset()
    rest = content_words(" ".join(part for part in parts if part not in relays), ignore)
    return frozenset().union(*(content_words(part, ignore) for part in relays)) - rest


def promises_the_ask(ask: Ask, view: SentenceView) -> bool:
    """A sentence that promises, for later, the very deed an instruction to send or sign something wants ("Please send
    me the final IEP when it's ready" … "I will send the final IEP to you both by April 1"): a promise, not the thing
    asked for; so too for a question asking for papers ("Could you send me a written plan and his logs by March 20?"
    … "I'll have it to you by March 20"). A question asking for a deed, "Could you sign it and send it back?", is
    answered by "will sign tonight".)"""
    asks_paper_sent = bool(_SENT_TO_ASKER.search(ask.sentence) and documents_named(ask.sentence))
    return (asks_paper_sent or not ask.sentence.rstrip("\"')” ").endswith("?")) and view.future and not view.question \
        and bool(deed_families(ask.sentence) & deed_families(view.text))


_SENT_TO_ASKER = re.compile(r"\b(?:send|e-?mail|mail|forward|give)\s+(?:me|us)\b", re.I)


def terse_reply_answers(ask: Ask, message: LaterMessage, index: MessageIndex) -> bool:
    """A short reply in the thread that only reports the thing done ("Sent!", "See attached.") answers
    an ask to do something (send, sign, add, let us know when it went out)."""
    if message.thread_id != ask.thread_id or not index.profile(message).terse_done:
        return False
    handed = documents_named(message.new_text)
    if handed and documents_named(ask.sentence) and not handed & documents_named(ask.sentence) \
            and not word_roots(glossed(content_words(message.new_text, index.ignore), message.new_text, index.ignore)) \
            & word_roots(glossed(ask_subject(ask, index.ignore), ask.sentence, index.ignore)):
        return False  # "Attached is the permission slip for the trip." to "Could you send me a copy of the FBA?"
    return not ask.sentence.rstrip().endswith("?") or bool(_ASKS_DEED.search(ask.sentence))


_ASKS_DEED = re.compile(r"\b(?:could|can|would|will) you (?:please )?(?:\w+ )?(?:send|add|sign|return|forward|share|"
                        r"let (?:me|us) know when)\b", re.I)


# A sentence that takes up a question asked earlier: "To answer the question you sent in February", "Ms. Lee
# passed along your question about…", "he asked a while ago whether…", "like you asked", "I owe you an answer".
_ANSWERS_EARLIER = re.compile(
    r"\b(?:(?:your|that) (?:[\w-]+ )?question\b|the question (?:you|from|about)\b|questions? you (?:sent|asked|had)|you(?: had)? asked\b|"
    r"(?:like|as) you (?:asked|requested)|asked (?:me |us )?(?:a while (?:ago|back)|earlier|last \w+) (?:if|whether|about)|owe you (?:an|that) answer|"
    r"(?:getting|get|got) back to you (?:on|about)|to answer\b|in answer to|in response to your|you wanted to know|"
    r"(?:as|per your) request(?:ed)?\b|(?:delay|sorry|late) (?:in )?(?:getting )?back to you|"
    r"(?:shared|passed along|passed on|forwarded|sent) your (?:e-?mail|message|note|letter|concerns?)\b|"
    # the asker's own mail taken up: "Following up on your email from Tuesday", "Regarding your voicemail,"
    r"(?:following up|circling back|checking back|getting back) (?:on|about|regarding|to) your (?:\w+ )?(?:e-?mail|message|note|"
    r"voicemail|call|letter)\b|^\W*(?:regarding|about|re:?) your (?:\w+ )?(?:e-?mail|message|note|voicemail|call|letter)\b|^\W*good questions?\b|(?<=\n)good questions?\b)", re.I)  # (or a line's opening: "Hi Erik,\n\nGood questions.")


# A sentence that names the thing asked for as such: "The list of dates you requested is on page 2", "the job log
# Colleen asked her for" (it speaks for itself alone, not for the rest of its message)
_NAMES_THING_ASKED = re.compile(r"\byou(?:'d|’d| had)? requested\b|\basked (?:me|us|her|him|them) for\b", re.I)
# A sentence that says it is the answer: "Here is the plan when his aide is out:", "The reason is…"
_STATES_ANSWER = re.compile(r"^\W*(?:here(?:'s|’s| is) (?:the|our|my)|the (?:plan|reason|answer|short answer) (?:is|for|on)\b)",
                            re.I)


# A question a yes or a no answers ("Will she watch him then too?", "Before she starts, can he …?"), and a sentence
# that opens on one
_YES_NO_ASK = re.compile(r"^\W*(?:[^,?]{3,60},\s+)?(?:and\s+|so\s+|also,?\s+)?(?:is|are|was|were|do|does|did|has|have|can|"
                         r"could|will|would|should|may)\s+(?:i|we|you|he|she|they|it|this|that|there|someone|somebody|anyone)\b",
                         re.I)
_YES_NO_OPENER = re.compile(r"^\W*(?:yes|no|yep|nope|absolutely|of course|definitely|certainly)\b", re.I)


_QUESTION_ABOUT = re.compile(r"\bquestions? (?:about|on|regarding|re:?|concerning|for)\s+([^,;:.!?]{3,60})", re.I)


def _takes_up_another(sentence: str, ask: Ask, ignore: frozenset[str]) -> bool:
    """Does a sentence that takes a question up name what it was about, and none of this ask's words ("Mr. Lee passed
    along your question about the stander" to a question about coverage)?"""
    about = _QUESTION_ABOUT.search(sentence)
    if not about:
        return False
    named = content_words(about.group(1), ignore)
    return bool(named) and not word_roots(named) & word_roots(ask_subject(ask, ignore) | content_words(ask.context, ignore))


def elsewhere_answers(ask: Ask, message: LaterMessage, index: MessageIndex) -> str | None:
    """The sentence of mail in another thread that answers a request: one that takes the question up again
    ("To answer your question about…") and names two of its words, or a statement with three of its words and
    most of them (an ask to send something: the thing handed over, named). Nothing from mail that puts it off
    or is about another child."""
    if message.thread_id == ask.thread_id or index.other_student(ask.sentence + " " + ask.context, ask.source_id, message):
        return None
    own = glossed(content_words(ask.sentence, index.ignore), ask.sentence, index.ignore)
    if not own:
        return None
    wants_delivery = bool(_ACTION_ASK.search(ask.sentence)) and not re.search(r"\blet me know\b", ask.sentence, re.I)
    # the message as a whole takes the request up ("Sorry for the delay in getting back to you. … For the missed
    # sessions, …"): then a sentence naming what the ask names (two of its words and a third of them, or its only
    # one) answers it
    marked = any(word.startswith("#") for word in own)
    views = index.profile(message).sentences
    took_up = index.sentences_taking_up(message)
    message_takes_up = any(took_up)
    papers = papers_meant(ask, index.ignore) if wants_delivery else frozenset()
    yes_no = bool(_YES_NO_ASK.match(ask.sentence)) and ask.sentence.rstrip("\"')” ").endswith("?")
    found = None
    for position, view in enumerate(views):
        # the sentence right after one that takes a question up is its answer ("I owe you an answer from October,
        # sorry! I made up her session with my Thursday group.")
        after_take_up = position > 0 and took_up[position - 1]
        if papers and not found and not view.question and view.deed and not view.pending and _marks(view.text).strong \
                and view.words & papers and not (_DEFERRAL.search(view.text) or _DONT_KNOW.search(view.text)):
            found = view.text  # "We never got the summaries. Can you send anything?" … "I'm attaching a summary of…"
            continue
        if after_take_up and not found and yes_no and _YES_NO_OPENER.match(view.text) and not view.question \
                and ask.asker in message.recipients and index.profile(message).words & ask_subject(ask, index.ignore) \
                and not _takes_up_another(views[position - 1].text, ask, index.ignore):
            found = view.text  # "She also passed along your question. Yes, observing him at other times is part of my plan."
            continue
        # (a mark of glossed's is shared only when the ask has one: else its words alone are what is shared)
        shared = own & glossed(view.words, view.text, index.ignore) if marked else own & view.words
        if not shared or view.question:
            continue
        if _DEFERRAL.search(view.text) or _DONT_KNOW.search(view.text):
            return None  # "On the second session, I'll talk to the director and get back to you"
        if found:
            continue
        takes_up = took_up[position] or bool(_STATES_ANSWER.search(view.text) or _NAMES_THING_ASKED.search(view.text))
        # (a common word will do with the deed asked for: "… to make it up?" … "I made up her session with my group")
        if after_take_up and not wants_delivery and (index.weight(shared) >= 0.5
                                                     or deed_families(ask.sentence) & deed_families(view.text)):
            found = view.text
        elif message_takes_up and not wants_delivery and len(shared) >= min(2, len(own)) and 3 * len(shared) >= len(own) \
                and (takes_up or index.weight(shared) >= 0.5):
            found = view.text
        elif message_takes_up and not wants_delivery and _leads_with(view.text, index.ignore) & own:
            found = view.text  # "Sorry for the delay in getting back to you. … For the missed sessions, our records show …"
        elif wants_delivery:
            # the thing handed over outright, or a deed in the sentence that takes the ask up ("Shonda asked me to pass
            # along the job log you asked her for")
            if view.deed and not view.pending and (_marks(view.text).strong or takes_up) and len(shared) >= 2:
                found = view.text
        elif len(shared) >= 2 and (takes_up or (len(shared) >= 3 and 5 * len(shared) >= 3 * len(own)
                                                and index.weight(shared) >= 1.5)):
            found = view.text
    return found


TIME_SET_WINDOW = timedelta(days=14)  # a time proposed is settled within days, not at the next term's change
_CLOCK = re.compile(r"\b\d{1,2}:\d\d\b")
_PROPOSAL_WORDS = frozenset(stem(word) for word in ("instead", "work", "works", "time", "times", "okay", "possible", "available"))
_PUTS_A_TIME = re.compile(r"\binstead\b|\b(?:could|can|would) (?:you|we|u)\b|\bwork(?:s)? for\b|\bhow about\b|\bis \w+ (?:ok|okay|possible)\b|\?\s*$", re.I)


def _written_by(message: LaterMessage, people) -> bool:
    """The message's author is one of `people`, or writes from a school among them."""
    return message.author_email in people or organization(message.author_email) in people


def time_set_elsewhere(ask: Ask, message: LaterMessage, index: MessageIndex) -> str | None:
    """A time put to someone ("Could you take her at 1:30 instead?") is answered when, within days and in other mail,
    one it was put to states that time for the same child or thing, by name or in a word of the ask ("Her new time is
    1:30-2:00 on Wednesdays"): the time settled is the answer, wherever it was written (a schedule change announced to
    the family answers the colleague who proposed it). Not a question, nothing put off, not another child."""
    times = set(_CLOCK.findall(ask.sentence))
    if not times or message.thread_id == ask.thread_id or not _PUTS_A_TIME.search(ask.sentence) \
            or not ask.sent < message.sent <= ask.sent + TIME_SET_WINDOW \
            or index.other_student(ask.sentence + " " + ask.context, ask.source_id, message):
        return None
    if not _written_by(message, asked_of(ask)):
        return None
    children = index.students_named(ask.sentence)
    # what the time is for, not when: a day's or a proposal's words are shared by any mail naming a time
    own = frozenset(word for word in content_words(_CLOCK.sub(" ", ask.sentence), index.ignore)
                    if not _DATE_WORDS.match(word) and word not in _PROPOSAL_WORDS)
    views = index.profile(message).sentences
    for position, view in enumerate(views):
        if view.question or view.pending or _DEFERRAL.search(view.text) or _DONT_KNOW.search(view.text):
            continue
        if not times & set(_CLOCK.findall(view.text)):
            continue
        # the child or thing named in it or in the sentence before ("Mo's sessions are moving… His new time is 2:00")
        around = " ".join(other.text for other in views[max(0, position - 1):position + 1])
        if children & index.students_named(around) or own & content_words(around, index.ignore):
            return view.text
    return None


# An ask that the reader fill in, sign or hand back a paper ("Please complete these by Friday", "could you sign the
# consent and send it back?"), and a sentence that reports it done ("We finished the rating scales last night", "I
# signed the permission form and dropped it at the office"): the deed is the answer, wherever it is told
_FORM_DEED_ASK = re.compile(r"\b(?:complete|fill (?:it |them |these |those |this |that )?(?:out|in)|sign|return|submit|"
                            r"turn (?:it |them |these |those )?in|send (?:it |them |these |those )?back)\b", re.I)
_FORM_DEED_DONE = re.compile(r"\b(?:finished|completed|filled (?:it |them |these |those |this |that |\w+ )?(?:out|in)|signed|returned|"
                             r"submitted|turned (?:it |them |\w+ )?in|sent (?:it |them |\w+ )?back|dropped (?:it |them |\w+ )?off)\b",
                             re.I)
_FORM_DEED_WORDS = frozenset(stem(word) for word in (
    "complete", "completed", "fill", "filled", "sign", "signed", "return", "returned", "submit", "submitted", "turn",
    "turned", "finish", "finished", "drop", "dropped", "send", "form", "forms", "paper", "papers", "page", "pages"))


def form_done_reported(ask: Ask, message: LaterMessage, index: MessageIndex) -> str | None:
    """The sentence of a later message, from one the ask was put to, that reports done the paper it asked them to fill
    in, sign or hand back: a past deed of that kind ("finished", "signed", "returned", "filled out") naming the paper in
    two of the words the ask's message names it by (the ask may only point back: "Please complete these by Friday"),
    not a question, nothing left undone. Not mail about another child."""
    if not _FORM_DEED_ASK.search(ask.sentence) or ask.asker in (message.author_email,) \
            or index.other_student(ask.sentence + " " + ask.context, ask.source_id, message):
        return None
    source = index.by_id.get(ask.source_id)
    own = content_words(ask.sentence, index.ignore) - _FORM_DEED_WORDS
    leans = len(own) <= 1 or bool(_VAGUE_OBJECT.search(ask.sentence))
    thing = (own | (content_words(source.new_text, index.ignore) if leans and source else frozenset())) - _FORM_DEED_WORDS
    for view in index.profile(message).sentences:
        if view.question or view.pending or not _FORM_DEED_DONE.search(view.text) or _marks(view.text).negated \
                or _DEFERRAL.search(view.text) or _DONT_KNOW.search(view.text):
            continue
        shared = word_roots(view.words - _FORM_DEED_WORDS) & word_roots(thing)
        if len(shared) >= min(2, len(own) if not leans else 2) and index.weight(shared) >= 0.5:
            return view.text
    return None


# The papers an ask to send something may mean: a report, a log, a form (not "the IEP": every mail names it)
_PAPER_STEMS = frozenset(stem(word) for word in (
    "report", "plan", "form", "copy", "draft", "summary", "notes", "log", "data", "results", "letter", "list", "packet",
    "pwn", "notice", "evaluation", "assessment", "agenda", "worksheet", "sheet", "schedule", "document", "paperwork",
    "record", "chart", "questionnaire", "consent", "minutes", "transcript"))
# an ask that names its object only by pointing back: "Can you send anything?", "Could you send them?"
_VAGUE_OBJECT = re.compile(r"\b(?:anything|something|it|them|these|those|that|this|one)\b", re.I)


def papers_meant(ask: Ask, ignore: frozenset[str]) -> frozenset[str]:
    """Where an ask to send something names no paper of its own but points back ("We haven't gotten the summaries
    you mentioned. Is there anything you can send?"), the papers the sentences before it name."""
    if content_words(ask.sentence, ignore) & _PAPER_STEMS or not _VAGUE_OBJECT.search(ask.sentence):
        return frozenset()
    before = ask.context.split(ask.sentence, 1)[0] if ask.sentence in ask.context else ""
    return content_words(before, ignore) & _PAPER_STEMS


# A message that sums up what a meeting settled: "Here's my summary of what the team agreed to", "a recap of where we landed"
_MEETING_SUMMARY = re.compile(r"\b(?:summary|recap|notes?) of (?:what|where|everything) (?:the team|we|everyone|the committee)\b|"
                              r"\bwhat the (?:team|committee|group) (?:agreed|decided|landed)\b", re.I)


# The words of how and when an answer is wanted, not of what it is about: "Please confirm in writing before the
# IEP meeting how the district will make up these minutes"
_HOW_TO_ANSWER = frozenset(stem(word) for word in ("confirm", "writing", "meeting", "iep", "district", "school", "team"))


def summary_answers(ask: Ask, message: LaterMessage, index: MessageIndex) -> str | None:
    """A meeting's summary in other mail answers a question put before it where one of its statements speaks to the
    question's subject: two of the words of the question and of what leads up to it, and half the question's own
    (or it has none: "Why?") ("Will he still get his full 30 minutes those weeks?" … "- on assembly weeks he sees
    him during study hall, so he still gets the full 30 minutes"; a summary's line shares a word or two with many
    questions it does not answer: "how many speech sessions did he attend?" … "Speech stays at two 30-minute
    sessions"). Not an ask to send something: a summary promises papers ("the finalized IEP will follow"), it does
    not hand them over."""
    if message.thread_id == ask.thread_id or not _MEETING_SUMMARY.search(message.new_text) \
            or index.other_student(ask.sentence + " " + ask.context, ask.source_id, message):
        return None
    if _ACTION_ASK.search(ask.sentence):
        return None
    own = content_words(ask.sentence, index.ignore) - _HOW_TO_ANSWER
    subject = ask_subject(ask, index.ignore) | content_words(ask.lead_in, index.ignore)
    lines = [view for view in index.profile(message).sentences if not view.question
             and not (_DEFERRAL.search(view.text) or _DONT_KNOW.search(view.text))
             and len(view.words & subject) >= 2 and 2 * len(view.words & own) >= len(own)]
    best = max(lines, key=lambda view: len(view.words & subject), default=None)  # (the first of equals)
    return best.text if best else None


_LEANS_ON_CONTEXT = re.compile(r"\b(?:it|that|this|they|them|those|these)\b", re.I)


def ask_subject(ask: Ask, ignore: frozenset[str]) -> frozenset[str]:
    """What a request is about: its own words, and where it leans on a pronoun ("Is that something the school
    can refer him to?") or names next to nothing, the words of the sentences just before it."""
    own = content_words(ask.sentence, ignore)
    if len(own) <= 1 or _LEANS_ON_CONTEXT.search(ask.sentence):
        before = ask.context.split(ask.sentence, 1)[0] if ask.sentence in ask.context else ask.context
        if not before.strip() and len(own) <= 2:
            before = ask.lead_in  # a question set apart that names next to nothing: "Who can get this fixed?"
        own |= content_words(before, ignore)
    return frozenset(word for word in own if "'" not in word)  # not "i've", "that's"


def puts_off(ask: Ask, message: LaterMessage, index: MessageIndex) -> bool:
    """Does the message put this request off by name: "On the second session, I'll talk to the director and get
    back to you" (its "Yes." answers another of the questions)?"""
    subject = ask_subject(ask, index.ignore)
    need = min(2, len(subject))
    if need == 0 or not index.may_put_off(message):
        return False  # (no sentence of it can put anything off: its profile is not read)
    asks_when = bool(_WHEN_ASK.search(ask.sentence) or _PICK_TIME.search(ask.sentence))
    return need > 0 and any(
        not view.question and len(view.words & subject) >= need and (_DEFERRAL.search(view.text) or _DONT_KNOW.search(view.text))
        and not (asks_when and _GIVES_TIME.search(view.text))  # "When will you call?" … "I'll call you Friday at 3"
        for view in index.profile(message).sentences)


def _names_what_was_asked(ask: Ask, evidence: FollowupEvidence, ignore: frozenset[str]) -> bool:
    """A thing handed over answers an ask to send something when it is the thing the ask names ("a copy of the
    incident report" is not answered by "I've attached a copy of the consent form")."""
    if not evidence.rule.startswith(("answered: delivered", "answered: refused")):
        return True
    own = content_words(ask.sentence, ignore)
    return not own or bool(own & content_words(evidence.sentence, ignore))


# Times offered to choose from: "Would Tuesday 2/10 at 3:30 or Thursday 2/12 at 7:30 work?"
_OFFERED_TIME = re.compile(r"\b\d{1,2}/\d{1,2}\b|\b\d{1,2}:\d\d\b|\b(?:mon|tues|wednes|thurs|fri)day\b", re.I)


def _times(text: str) -> frozenset[str]:
    return frozenset(match.lower() for match in _OFFERED_TIME.findall(text))


# Another time offered back for the one proposed: "could we do Friday instead?", "how about Monday at 4?"
_COUNTER_OFFER = re.compile(r"\binstead\b|\b(?:how|what) about\b|\b(?:could|can) (?:we|you) (?:do|try|make it|move it to)\b|"
                            r"\b(?:would|does|could) .{0,30}\bwork (?:instead|better)\b|\bworks? better\b", re.I)


def picks_an_offered_time(ask: Ask, facts: MessageProfile) -> bool:
    """Where a request offers times to choose from ("Monday or Wednesday?", "3:15 or 4:00?"), a statement of the reply
    naming one of them has chosen."""
    offered = _times(ask.sentence)
    if len(offered) < 2 or not re.search(r"\bor\b", ask.sentence, re.I):
        return False
    return any(not view.question and _times(view.text) & offered and not (_DEFERRAL.search(view.text) or _DONT_KNOW.search(view.text))
               for view in facts.sentences)


_ANY_OF_THEM = re.compile(r"\b(?:either|both|any) (?:one |day |time |of (?:those|them|these|the \w+) )?(?:is|are|would be|works?|would work)\b|"
                          r"\bany ?(?:day|time) (?:after|before|between|works|is fine)\b", re.I)


def picks_another_time(ask: Ask, message: LaterMessage, siblings: Sequence[Ask]) -> bool:
    """Where a request offers times to choose from, a reply answers it by naming one of them or another time of
    its own; a reply that names none, or only the times another of the message's asks offered ("4/7 works for
    the IEP", when this one offered 2/10 or 2/12), has not chosen."""
    offered = _times(ask.sentence)
    if len(offered) < 2 or not re.search(r"\bor\b", ask.sentence, re.I):
        return False
    if _ANY_OF_THEM.search(message.new_text):
        return False  # "Either is fine with us!": any of them chosen
    named = _times(message.new_text)
    others = frozenset().union(*(_times(sibling.sentence) for sibling in siblings))
    return not (named & offered) and not (named - others)


# A sentence that first says what it is about: "On the slides, I talked to Gary.", "As for the bus, …"
_LEADS = r"on|about|as for|as to|regarding|re:?|with regard to|in terms of"
_TOPIC_LEAD = re.compile(rf"^\W*(?:{_LEADS})\s+([^,:;.!?]{{3,60}})[,:;]\s", re.I)
# In a message that answers several questions, "For the X," leads the answer about X too.
_ANSWER_LEAD = re.compile(rf"^\W*(?:{_LEADS}|for)\s+(?:the\s+)?([^,:;.!?]{{3,60}})[,:;]\s", re.I)


def _leads_with(sentence: str, ignore: frozenset[str]) -> frozenset[str]:
    """The words of what a sentence says first it is about ("For the missed sessions, our records show …")."""
    lead = _ANSWER_LEAD.match(sentence)
    return content_words(lead.group(1), ignore) if lead else frozenset()


def about_another_thing(ask: Ask, sentence: str, ignore: frozenset[str]) -> bool:
    """Does the sentence say it is about something the request does not name ("On the slides, I talked to
    Gary" to a question about a calculator)?"""
    lead = _TOPIC_LEAD.match(sentence)
    if not lead:
        return False
    named = content_words(lead.group(1), ignore)
    return bool(named) and not (named & (ask_subject(ask, ignore) | content_words(ask.context, ignore))) \
        and not spelled_out(ask.context or ask.sentence, lead.group(1))


def _another_asks(ask: Ask, sentence: str, siblings: Sequence[Ask], ignore: frozenset[str]) -> bool:
    """Does the answering sentence speak only to another request of the same message ("A call works." to
    "Can we set up a call?", not to "Can you check whether the calculator came in?")? This request's subject
    is its words and those of the sentences before it that are not themselves the other requests."""
    words = content_words(sentence, ignore)
    if not siblings or not words:
        return False
    before = ask.context.split(ask.sentence, 1)[0] if ask.sentence in ask.context else ""
    for sibling in siblings:
        before = before.replace(sibling.sentence, " ")
    subject = content_words(ask.sentence, ignore) | content_words(before, ignore)
    return not (words & subject) and any(words & content_words(sibling.sentence, ignore) for sibling in siblings)


# "Ms. Greer, can you…", "Lorraine - is there any way…": the person a request is put to by name
_VOCATIVE = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+)?([A-Z][a-z]{2,})(?:\s*,|\s+[-–—])\s+(?=\S)")
_NOT_A_NAME = frozenset("""
also and but so thanks thank yes okay sorry again otherwise now then first second third finally lastly honestly please hello
dear everyone all team folks both guys friends well however instead today tomorrow yesterday tonight meanwhile unfortunately
fortunately anyway luckily sadly currently overall besides plus btw fyi reminder update quick question great perfect good
wow right sure absolutely actually basically separately additionally regardless ideally personally obviously hopefully
monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october
november december after before since when while once here there this that these those what which where why how who
""".split())


def addressee(ask: Ask, index: MessageIndex) -> str | None:
    """The name a request is put to: a vocative opening its sentence, or the nearest sentence before it in its
    paragraph ("Tom, I'm asking that… Can we get that in writing?")."""
    source = index.by_id.get(ask.source_id)
    text = source.new_text if source else ask.context
    start = text.find(ask.sentence)
    if start < 0:
        return None
    paragraph_start = max(text.rfind("\n\n", 0, start) + 2, 0) if "\n\n" in text[:start] else 0
    for sentence in reversed(split_sentences(text[paragraph_start:start + len(ask.sentence)])):
        match = _VOCATIVE.match(sentence.strip())
        if match:
            name = match.group(1).lower()
            return None if name in _NOT_A_NAME or name in index.first_names else name
    return None


def not_the_addressee(ask: Ask, message: LaterMessage, index: MessageIndex) -> bool:
    """A request put to someone by name is not answered by another person's reply ("Ms. Greer, can you…" and the
    case manager answers something else). Whether a writer bears a name is read off the address: the name
    itself in it, or its first letter opening it (jrivera@… may be Jane)."""
    name = addressee(ask, index)
    if name is None or not message.author_email or _ANSWERS_EARLIER.search(message.new_text):
        return False  # (the one asked may have passed it on: "Mrs. Lee passed your question to me")
    local = message.author_email.split("@")[0].lower()
    return name not in address_name_keys(message.author_email) and not local.startswith(name[0])


def answers_the_part_put_to_them(ask: Ask, message: LaterMessage, index: MessageIndex, siblings: Sequence[Ask]) -> bool:
    """Where a message puts one of its asks to someone by name ("Ms. Lee, I'm told you coordinate the state tests.
    What accommodations will he have?") and this one to no one, or to another, a reply from the one named speaks to
    the part put to them: it answers this ask only where a sentence names two words of it the other asks do not
    (or its one: "Why wasn't he sent to the testing room?" is not answered by "the state tests aren't timed")."""
    if message.thread_id != ask.thread_id or not siblings or not message.author_email:
        return False
    author_names = address_name_keys(message.author_email)
    if addressee(ask, index) in author_names:
        return False
    if not any(addressee(sibling, index) in author_names for sibling in siblings):
        return False
    theirs = frozenset().union(*(content_words(sibling.sentence + " " + sibling.context, index.ignore) for sibling in siblings))
    distinct = word_roots(content_words(ask.sentence, index.ignore)) - word_roots(theirs) - word_roots(_GENERIC_ASK_WORDS)
    need = min(2, len(distinct))
    return not any(len(word_roots(view.words) & distinct) >= need for view in index.profile(message).sentences
                   if not view.question)


_QUOTE_MARK = re.compile(r"^[ \t]*>[ \t>]*")


def _squeezed(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def answered_under_its_quote(ask: Ask, message: LaterMessage) -> str | None:
    """A reply that quotes the request (">" lines) and writes its answer right under it ("> When does ESY start?" /
    "June 15th at Lincoln."): the writer's first statement under the quoted ask, where it puts nothing off and does not
    only acknowledge it."""
    if ">" not in message.new_text:
        return None
    lines = message.new_text.split("\n")
    wanted = _squeezed(ask.sentence)
    if len(wanted) < 8:
        return None
    for position, line in enumerate(lines):
        if not _QUOTE_MARK.match(line):
            continue
        # the quoted block the line belongs to, as one text (a long ask may be wrapped over lines)
        end = position
        while end + 1 < len(lines) and _QUOTE_MARK.match(lines[end + 1]):
            end += 1
        if wanted not in _squeezed(" ".join(_QUOTE_MARK.sub("", quoted) for quoted in lines[position:end + 1])):
            continue
        below = []
        for following in lines[end + 1:]:
            if _QUOTE_MARK.match(following):
                break
            below.append(following)
        # answering point by point (two quoted blocks or more, each with lines under it), whatever is under the ask
        # answers it; under a single quoted block, only what takes it up (its words, "Yes, …", "He does…")
        point_by_point = len(_QUOTED_BLOCKS.findall(message.new_text)) >= 2
        for sentence in split_sentences("\n".join(below)):
            text = sentence.strip()
            if not text or text.rstrip("\"')” ").endswith("?") or _COURTESY_OPENING.match(text):
                continue
            if _DEFERRAL.search(text) or _DONT_KNOW.search(text) or _FUTURE_ONLY.match(text) or acknowledges_only(ask, text):
                return None
            if point_by_point or content_words(text) & content_words(ask.sentence) or _REFERS_BACK.match(text) \
                    or _YES_NO_OPENER.match(text):
                return text
            return None
        return None
    return None


# a run of quoted lines followed by the writer's own
_QUOTED_BLOCKS = re.compile(r"(?m)(?:^[ \t]*>.*\n)+(?=(?:[ \t]*\n)*[ \t]*[^>\s])")


# a line under a quoted ask that only promises: "I'll send it Friday", "Will do."
_FUTURE_ONLY = re.compile(r"^\W*(?:(?:i|we)(?:'ll|’ll| will| can| am going to| are going to)|will do\b|on it\b)", re.I)


def link_requests(asks: Sequence[Ask], index: MessageIndex) -> dict[str, FollowupEvidence]:
    """The earliest message that answered each request: where the written rules see an answer, or the
    first reply from the other side that speaks to it without putting it off."""
    found = {}
    by_message: dict[int | None, list[Ask]] = defaultdict(list)
    for ask in asks:
        by_message[ask.source_id].append(ask)
    for ask in asks:
        siblings = [other for other in by_message[ask.source_id] if other.key != ask.key]
        words = content_words(ask.sentence, index.ignore) | content_words(ask.context, index.ignore)
        for message in sorted(answer_options(ask, index), key=attrgetter("sent", "id")):
            if puts_off(ask, message, index) or not_the_addressee(ask, message, index):
                continue
            if message.thread_id == ask.thread_id and picks_another_time(ask, message, siblings):
                continue
            if answers_the_part_put_to_them(ask, message, index, siblings):
                continue
            inline = answered_under_its_quote(ask, message)
            if inline:
                found[ask.key] = FollowupEvidence(message.id, inline, "answered: under the quoted question", message.sent, {})
                break
            rule = [evidence for evidence in answer_rule(ask, message, index)
                    if _names_what_was_asked(ask, evidence, index.ignore)
                    and not _another_asks(ask, evidence.sentence, siblings, index.ignore)
                    and not about_another_thing(ask, evidence.sentence, index.ignore)
                    and not acknowledges_only(ask, evidence.sentence)]
            if rule:
                found[ask.key] = _by_rule(rule, message)
                break
            if first_reply_answers(ask, message, index, siblings):
                found[ask.key] = FollowupEvidence(message.id, _evidence_sentence(index, message, words),
                                                  "answered: the first reply, on its subject", message.sent, {})
                break
            if terse_reply_answers(ask, message, index):
                found[ask.key] = FollowupEvidence(message.id, _evidence_sentence(index, message, words),
                                                  "answered: reported done", message.sent, {})
                break
            done = form_done_reported(ask, message, index)
            if done:
                found[ask.key] = FollowupEvidence(message.id, done, "answered: the paper reported done", message.sent, {})
                break
            elsewhere = elsewhere_answers(ask, message, index) or summary_answers(ask, message, index) \
                or time_set_elsewhere(ask, message, index)
            if elsewhere:
                found[ask.key] = FollowupEvidence(message.id, elsewhere, "answered: in another thread", message.sent, {})
                break
    # the same as trying every ask in `asks` order (`next` over them all): only the asker's own asks sent within
    # REASK_WINDOW after it can be it (asked_again's first test), so only those are tried, still in that order
    by_asker: dict[str, list[tuple[datetime, int, Ask]]] = defaultdict(list)
    for position, ask in enumerate(asks):
        by_asker[ask.asker].append((ask.sent, position, ask))
    for items in by_asker.values():
        items.sort(key=itemgetter(0, 1))
    for ask in asks:
        if ask.key not in found:
            items = by_asker[ask.asker]
            low = bisect_right(items, ask.sent, key=itemgetter(0))
            high = bisect_right(items, ask.sent + REASK_WINDOW, key=itemgetter(0))
            nearby = sorted(items[low:high], key=itemgetter(1))
            again = next((later for _, _, later in nearby if later.key in found and asked_again(ask, later, index)), None)
            if again is not None:
                found[ask.key] = replace(found[again.key], rule="answered: asked again of another")
    return found


REASK_WINDOW = timedelta(days=21)


def asked_again(ask: Ask, later: Ask, index: MessageIndex) -> bool:
    """Is `later` the same question put again by its asker to someone else, naming the one first asked ("I emailed
    Ms. Dunmore Monday and got an automatic reply. Is anyone covering his OT while she's out?" after "Has he had OT
    since the 8th?")? Its answer answers the first."""
    if later.asker != ask.asker or not ask.sent < later.sent <= ask.sent + REASK_WINDOW or later.source_id == ask.source_id:
        return False
    first_asked = {address for address in ask.recipients if address and address != ask.asker}
    if not first_asked or first_asked & later.recipients:
        return False
    source = index.by_id.get(later.source_id)
    if source is None or not index.named_authors(source.new_text) & first_asked:
        return False
    return bool(content_words(ask.sentence, index.ignore) & content_words(later.sentence + " " + later.context, index.ignore))


# ---- evidence and items -----------------------------------------------------------------------

def _by_rule(rule: list[FollowupEvidence], message: LaterMessage) -> FollowupEvidence:
    best = max(rule, key=lambda evidence: evidence.extra.get("score", 0))
    return FollowupEvidence(message.id, best.sentence, best.rule, message.sent, dict(best.extra))


def _evidence_sentence(index: MessageIndex, message: LaterMessage, words: frozenset[str],
                       verbs: frozenset[str] = frozenset()) -> str:
    """The sentence that says most about the item: the promised verb done ("Saw Eli at 2:15 today"),
    shared words, a deed; never a question when another will do."""
    views = index.profile(message).sentences
    best = max(views, key=lambda view: (1.5 if verbs & view.stems else 0.0) + index.weight(words & view.words)
               + (0.5 if view.deed else 0.0) - (1.0 if view.question else 0.0), default=None)
    return best.text if best else message.new_text[:300]


def commitment_in(message: LaterMessage, key: str, sentence: str, start: int, end: int, *, promiser: str | None,
                  made_by_user: bool, due=None) -> Commitment:
    """A promise made in `message` at [start, end) of its new text."""
    return Commitment(
        key=key, thread_id=message.thread_id, sent=message.sent, promiser=promiser, author_email=message.author_email,
        made_by_user=made_by_user, sentence=sentence, context=context_around(message.new_text, start, end),
        source_id=message.id, due=due,
    )


def ask_in(message: LaterMessage, key: str, sentence: str, start: int, end: int, *, asker: str,
           asked_by_user: bool) -> Ask:
    """A request made in `message` at [start, end) of its new text."""
    return Ask(
        key=key, thread_id=message.thread_id, sent=message.sent, asker=asker, asked_by_user=asked_by_user,
        sentence=sentence, context=context_around(message.new_text, start, end, reach=2),
        source_id=message.id, recipients=message.recipients, lead_in=paragraph_above(message.new_text, start),
    )


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def paragraph_above(text: str, start: int) -> str:
    """Where `start` opens a paragraph, the last two sentences of the paragraph above it; else nothing."""
    before = text[:start]
    breaks = list(_PARAGRAPH_BREAK.finditer(before))
    if not breaks or before[breaks[-1].end():].strip():
        return ""
    above = before[:breaks[-1].start()]
    earlier = list(_PARAGRAPH_BREAK.finditer(above))
    return " ".join(split_sentences(above[earlier[-1].end():] if earlier else above)[-2:])
