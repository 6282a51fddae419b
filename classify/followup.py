"""Did a later message deliver a promise, or answer a request? Pure text rules.

A promise is fulfilled by a later message from the promiser's side (the promiser, or anyone on
the school's side in the same thread; the user's own promises by the user) with a sentence that
reports the deed done — "Attached are the data sheets", "I've scheduled the meeting for…",
"Nora started Wilson sessions today", "the stop is now on the route sheet" — and that talks
about the same thing (shared content words with the promise and the sentences around it, or a
shared topic). Not a delivery: a reply that only quotes the promise (quotes are not new text),
"still working on it", "is in progress", another promise, a question, or a message that says
it was not done ("no, it had not been added").

A request is answered by a later reply from the other side: for an ask to send or do something,
the delivery itself (a promise to do it later is not an answer); for a question, an informative
sentence on the same subject, "Yes, …", or "To answer your question …" — but not a deferral
("I'll look into it and get back to you").
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from typing import NamedTuple

from ieptrail.classify.kept import documents_named
from ieptrail.config.providers import is_public_mail_domain

# The cheap test first: the lookbehinds for abbreviations run only after a full stop (5x faster).
_SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bMrs\.)(?<!\bSt\.)(?<!\bvs\.)(?<!\be\.g\.)(?<!\bi\.e\.)(?<![ap]\.m\.)"
    r"\s+(?=[\"“(A-Z0-9])|\n\s*\n|\n(?=\s*(?:[-*•]|\d{1,2}[.)])\s)|\n(?=[A-Z][^\n]{0,60}:)"
)
_BLOCK_START = re.compile(r"\n\s*\n|\n(?=\s*(?:[-*•]|\d{1,2}[.)])\s)")
_WORD = re.compile(r"\d{1,2}:\d{2}|[a-z0-9][a-z0-9'’-]*")
STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being below between both but by
can could did do does doing done down during each few for from further had has have having he her here hers herself him
himself his how i if in into is it its itself just let me more most my myself no nor not now of off on once only or other our
ours ourselves out over own same she should so some such than that the their theirs them themselves then there these they
this those through to too under until up very was we were what when where which while who whom why will with would you your
yours yourself yourselves ok okay yes thanks thank please hi hello dear best regards sorry great good really just still
know let get got make made send sent give take put go going want need like see look back today tomorrow yesterday week weeks
day days morning afternoon night time times monday tuesday wednesday thursday friday saturday sunday january february march
april may june july august september october november december mr mrs ms dr miss am pm one two three first last next new
since along within without upon via per across toward towards onto among
""".split())
_GENERIC = frozenset({"student", "child", "son", "daughter", "school", "class", "email", "message", "question", "questions",
                      "thing", "things", "item", "items", "end", "able", "sure", "right", "way", "lot", "copy", "copies"})

# A report of the deed done. Strong: says so outright. Weak: any past tense (needs more overlap).
_DELIVERED = re.compile(
    r"\b(attached (?:is|are|please find|you will find|you'll find)|please find attached|i(?:'ve| have)? attached|"
    r"(?:i'm|i am|we're|we are) (?:also )?(?:attaching|enclosing|including)|as promised|"
    r"(?:is|are) attached|(?<!anything )(?<!something )(?<!nothing )(?<!everything )here(?:'s| is| are)\b|i(?:'ve| have)? (?:sent|emailed|mailed|forwarded|scheduled|set (?:it |them )?up|"
    r"added|fixed|updated|finished|completed|finalized|submitted|uploaded|shared|ordered|delivered|spoke|talked|called|"
    r"reached out|contacted|confirmed|put together|started|made up|met)\b|we(?:'ve| have)? (?:did(?!\s+(?:not|never)\b)|sent|"
    r"scheduled|added|fixed|updated|finished|completed|started|made up|met|set (?:it |them )?up)\b|"
    # not "we did not call you on the 21st": a deed not done
    r"we did(?!\s+(?:not|never)\b)|(?:is|are|was|were) (?:now )?(?:on (?:his|her|the|every)|"
    r"in (?:his|her|the)|done|fixed|ready|scheduled|in place|set up|complete|completed|finished|up and running)\b|"
    r"(?:has|have) (?:now )?been (?:added|updated|fixed|scheduled|sent|completed|done|set up|resolved|approved|ordered|"
    r"put in place|made up|provided|delivered|corrected)|went out|came in|arrived|made up|as of (?:this morning|today)|"
    r"following up as i (?:told|said|promised)|(?:is|are) (?:now )?(?:written|included|listed|on the schedule)|"
    r"(?:is|are) (?:now|all) (?:posted|uploaded|shared|loaded|installed|enabled|turned (?:back )?on|working again|back on|restored)|"
    r"(?:had|did|held|completed|finished)\s+(?:our|his|her|the|their|both|two)\s+(?:\w+\s+)?make-?ups?\b|"
    r"(?:has|have|had) (?:been )?changed|(?:is|are) (?:now )?(?:updated|changed|done)|"
    r"(?:is|are) (?:now )?in(?=\s*(?:[-–—.,;!]|$))|"  # "The referral is in - the ticket number is…", "Grades are in."
    # "Both done - Tuesday and today", "it's done", "Notes for 5.1-5.4 are up on the class page"
    r"(?:^\W*(?:both|all|everything)|\b(?:it|that|this)(?:'s|’s| is))\s+(?:all\s+|now\s+)?done\b|(?:is|are) (?:now )?up on\b|"
    r"(?:did|had|held|completed|finished) (?:the|his|her|our|a|both|two) (?:\w+\s+){0,2}sessions?)\b",
    re.I,
)
# The other side confirms they have it: "I have your signed consent", "thanks for sending the form back".
_ACKNOWLEDGED = re.compile(
    r"\b(?:i|we)(?:'ve| have)? (?:got|received|have)\s+(?:your|the|his|her)\b|\bthank(?:s| you) for (?:sending|returning|"
    r"signing|dropping off|getting)\b|\byou (?:sent|dropped off|turned in|returned)\b|\b(?:got|received) (?:it|them|your)\b",
    re.I,
)
# a promise to phone, and the other side thanking for the call (in English or Spanish, as families write)
_PROMISES_CALL = re.compile(r"\b(?:i|we)(?:'ll|’ll| will| can| am going to|'m going to)\s+(?:also\s+)?(?:give (?:you|him|her|them) a )?"
                            r"(?:call|phone|ring)\b", re.I)
_THANKS_FOR_CALL = re.compile(r"\b(?:thanks?|thank you)(?: so much)? for (?:the (?:phone )?call|calling|the phone call|phoning)\b|"
                              r"\bgracias por (?:la llamada|llamar(?:me|nos)?)\b", re.I)


def promises_call(sentence: str) -> bool:
    """"I'll call you Thursday", "we will give her a call": the deed is a phone call."""
    return bool(_PROMISES_CALL.search(sentence))


# the words of an outright delivery that hand a thing over (not "I've talked", "we met", "is fixed")
_HANDS_OVER_WORDS = re.compile(r"attach|enclos|includ|here|sent|mailed|forwarded|shared|uploaded|posted|went out|arrived|came in|"
                               r"as promised|delivered", re.I)
_TODAY = re.compile(r"\b(?:today|this (?:morning|afternoon))\b", re.I)
_AS_PROMISED = re.compile(r"\b(?:as (?:i )?promised|following up as (?:i )?(?:promised|said))\b", re.I)
_SETS_UP = re.compile(r"\b(set up|schedule|arrange|find a time|get (?:the team |everyone )?together|reach out to schedule|"
                      r"contact you to schedule|call you to (?:set up|schedule))\b", re.I)
_PROPOSES_TIME = re.compile(r"\b(work for you|works for you|are you available|would you be available|how about|does .{0,40} work|"
                            r"invitation|invite|scheduled for|is on the calendar|we can meet|let'?s meet)\b", re.I)
# not "didn't": "if they didn't make it home, let me know" reports nothing
_NEGATED = re.compile(r"\b(had not|hasn[’']?t|has not|have not|haven[’']?t|hadn[’']?t|was not|wasn[’']?t|were not|weren[’']?t|is not|"
                      r"isn[’']?t|never|neither)\b", re.I)
_RECEIPT = re.compile(r"\b(?:got|received|saw|read|have|see)\s+(?:your|the|this)\s+(?:note|email|e-mail|message|letter|voicemail)\b",
                      re.I)
_PAST = re.compile(r"\b(?:[a-z]{3,}ed|did|had|went|came|got|made|took|gave|sent|began|met|spoke|wrote|set|put|brought|told)\b", re.I)
_NOT_DONE = re.compile(
    r"\b(not|(?:is|was|were|are|has|have|had|did|does|do|could|would|should|wo|ca)n[’']?t|never|still|yet|in progress|"
    # "nothing has changed since then", "nobody plugged it in" (not "…, nobody pulling kids out")
    r"(?:nothing|nobody|no one) (?:has|had|have|was|were|is|did|got|[a-z]+ed)|"
    r"working on|will|'ll|going to|should|hope to|plan to|waiting|pending|unable|cannot|fell through|neither|nor|no longer|slipped through|on hold|"
    # a commitment reported, not the deed: "he has committed to doing the trial in May", "I offered to share my data"
    r"committed to (?-i:[a-z]+ing)|(?:agreed|offered|promised|volunteered) to "
    r"(?!(?:the|a|an|this|that|these|those|it|them|his|her|our|their|my|your)\b)(?-i:[a-z]+))\b",
    re.I,
)
_DEFERRAL = re.compile(
    r"\b(look into|looking into|get back to you|let me (?:check|see|find out|ask)|i'll (?:check|find out|ask|see)|"
    r"will (?:check|find out|follow up|ask)|i need to check|checking on (?:it|that|this)|asked (?:her|him|them) to respond|"
    # (handed on to another: not "Ms. Lee forwarded your email to me", the one who then answers)
    r"(?:will|to) respond to you|forwarded (?:your|this) (?:email|message|note)(?! to (?:me|us)\b)|"
    r"passed (?:this|your \w+) (?:along|on)(?! to (?:me|us)\b)|"
    r"i don't know|i do not know|not sure (?:how|if|whether|what|who|when)|(?:i'll|i will) (?:give you a call|call you)|"
    # not known yet: "Unfortunately we don't know yet", "No word yet from the district", "still waiting to hear"
    r"we (?:don't|don’t|do not) (?:know|have (?:an answer|word)) yet|(?:no|not any) (?:word|news|answer|decision) yet|"
    r"(?:haven't|have not|haven’t) heard (?:back )?(?:yet|anything)|still waiting (?:to hear|on (?:an answer|word))|"
    r"(?:i'll|i will) have (?:an|your) answer)\b",
    re.I,
)
_ANSWER_OPENER = re.compile(r"^(?:yes|yep|yeah|sure|absolutely|of course|no|nope|unfortunately|to answer your question|"
                            r"in answer to|good question|great question|that works|works for me|"
                            # the short answer that echoes the question's verb: "He did, Ms. Ortiz saw him at 10", "She
                            # hasn't.", "It is!"; and "not yet" (not one that promises: "Not yet, I'll look this weekend")
                            r"(?:he|she|they|it|we|i) (?:did|does|do|is|was|were|has|have|had|can|will)(?:n't|n’t| not)?(?=\s*(?:[,.!;:]|-\s|$))|"
                            r"not yet(?![^.!?]*\b(?:i|we)(?:'ll|’ll| will)\b)|"
                            # "any…?" answered by none: "None at all", "Nothing that I know of", "Not really"
                            r"none|nothing|not (?:really|at all|that (?:i|we) (?:know|are aware) of|as far as (?:i|we) know))\b", re.I)
_ACCEPTS = re.compile(r"\b(works for me|that works|works great|sounds good|i can make (?:it|that)|i(?:'ll| will) be there|"
                      r"(?:either|both|any) (?:one |day |time |of (?:those|them|these) )?(?:is|are|would be) (?:fine|good|great|ok|okay)|"
                      r"(?:either|both|any) (?:one |day |time |of (?:those|them|these) )?(?:works?|would work)|any ?time (?:after|before|between|works|is fine)\b|"
                      r"see you (?:then|there)|(?:works|is fine|is good|is perfect|is better|is best)(?: for (?:me|us))?\s*[.!]?$)", re.I)
_GREETING = re.compile(r"^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^,.!]{0,30}[,.!]\s*", re.I)
_AGREES = re.compile(r"^(?:yes|sure|of course|absolutely|definitely|happy to|glad to|will do|no problem|got it|done)\b", re.I)
_QUANTITY = re.compile(r"\b(how many|how much|how often|how long|what percentage|number of)\b", re.I)
_NUMBER = re.compile(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|once|twice|none|no sessions?|zero|all)\b", re.I)
_WHAT_HAPPENED = re.compile(r"\b(what happened|why did|why was|why were|why hasn't|why haven't|why isn't|what went wrong)\b", re.I)
_APOLOGY = re.compile(r"^(?:i|we)\s+(?:sincerely\s+)?apologi[sz]e|^(?:my|our)\s+apologies|^(?:i'm|i am|we're|we are)\s+(?:so\s+|very\s+)?sorry", re.I)
# sympathy and nothing more: "I'm so sorry to hear that.", "We are very sorry this happened!"
_SYMPATHY_ONLY = re.compile(r"^(?:i'?m|i am|we'?re|we are)\s+(?:so\s+|very\s+|really\s+|truly\s+)?sorry\s+(?:to hear (?:that|this|about (?:that|this|it))|"
                            r"(?:that|this|it) happened|about (?:that|this|it))\W*$|"
                            # a bare apology: "I'm so sorry.", "We apologize!", "My apologies." (an explanation says why)
                            r"^(?:(?:i'?m|i am|we'?re|we are)\s+(?:so\s+|very\s+|really\s+|truly\s+)?sorry|(?:i|we)\s+(?:sincerely\s+)?"
                            r"apologi[sz]e|(?:my|our)\s+(?:sincere\s+)?apologies)\W*$", re.I)
_REFUSAL = re.compile(r"\b(?:we|i|the district|the school)\s+(?:cannot|can't|won't|will not|are unable to|am unable to|"
                      r"do not|don't)\s+(?:provide|send|give|share|release|do|agree)\b", re.I)
# what an ask to act wants: something sent or made, not just information
_ACTION_ASK = re.compile(
    r"\b(send|re-?send|provide|forward|share|give|email|e-mail|mail|fax|scan|return|sign|write|draft|copy|help me write|put together)\b",
    re.I,
)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    word = word.lower().replace("’", "'").removesuffix("'s")
    if word.endswith("ss"):  # "class", "pass": not a plural
        return word
    if len(word) >= 6 and word.endswith(("ies", "ied")):  # "summaries", "copied": the word is "summary", "copy"
        return word[:-3] + "y"
    for suffix in ("ing", "ed", "es", "s", "e"):
        if len(word) - len(suffix) >= 3 and word.endswith(suffix):
            base = word[: -len(suffix)]
            if suffix in ("ing", "ed") and len(base) >= 4 and base[-1] == base[-2] and base[-1] not in "lsz":
                base = base[:-1]  # "submitted", "stopped": the verb is "submit", "stop"
            return base
    return word


@lru_cache(maxsize=8_192)  # each entry holds a text's word set: 50,000 held every message of a 50,000-email record
def _content_words(text: str, ignore: frozenset[str]) -> frozenset[str]:
    words = set()
    for word in _WORD.findall(text.lower()):
        if word in STOPWORDS or word in _GENERIC or word in ignore or word.isdigit() or len(word) < 2:
            continue
        stemmed = stem(word)
        if stemmed not in ignore and stemmed not in STOPWORDS:
            words.add(stemmed)
    return frozenset(words)


def content_words(text: str, ignore: frozenset[str] = frozenset()) -> frozenset[str]:
    """The meaningful words of a text, stemmed (cached: the same sentences are compared often)."""
    return _content_words(text, ignore)


def forget_cached_words() -> None:
    """Drop the cached texts (a long-running worker should not keep the whole record alive). The
    words go too: every word the record ever held would otherwise stay, up to the cache's bound."""
    _content_words.cache_clear()
    stem.cache_clear()
    sentence_spans.cache_clear()
    _marks.cache_clear()
    _condition_only_words.cache_clear()


@lru_cache(maxsize=1024)  # a message with several promises is split once
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence, by punctuation and the line structure of an email."""
    spans = []
    position = 0
    for boundary in _SENTENCE_END.finditer(text):
        spans.append((position, boundary.start()))
        position = boundary.end()
    spans.append((position, len(text)))
    result = []
    for start, end in spans:
        piece = text[start:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            result.append((start + lead, start + len(piece.rstrip())))
    return tuple(result)


def split_sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]


def context_around(text: str, start: int, end: int, reach: int = 1) -> str:
    """The sentences just before and after [start, end) in the same paragraph or list item:
    what "it", "they" and "one" refer to (another list item is another matter)."""
    block_start = max((m.end() for m in _BLOCK_START.finditer(text, 0, max(start, 0)) if m.end() <= start), default=0)
    following = _BLOCK_START.search(text, max(end, start))
    block_end = following.start() if following else len(text)
    spans = [(a, b) for a, b in sentence_spans(text) if a >= block_start and b <= block_end]
    if not spans:
        return text[start:end]
    index = next((i for i, (a, b) in enumerate(spans) if a <= start < b or a >= start), len(spans) - 1)
    return " ".join(text[a:b] for a, b in spans[max(0, index - reach):index + reach + 1])


@dataclass(frozen=True, slots=True)  # one per message of the record, held through the whole refresh
class LaterMessage:
    """A message that might fulfil a promise or answer a request."""

    id: int
    thread_id: int | None
    sent: datetime  # naive UTC
    author_email: str
    author_is_user: bool
    recipients: frozenset[str]
    new_text: str
    topics_by_sentence: tuple[tuple[str, frozenset[str]], ...] = ()  # (sentence, topics) where known
    auto_reply: bool = False
    bulk: bool = False  # a newsletter or list mail (it can still deliver what its sender promised)
    message_id: str | None = None  # its Message-ID header, and the one it replies to
    in_reply_to: str | None = None
    has_attachment: bool = False
    attachment_names: str = ""  # the names of its attachments ("Q2_Progress_Report.pdf"), as stored


@dataclass(frozen=True)
class Commitment:
    """What is needed to recognise a promise being kept."""

    key: str
    thread_id: int | None
    sent: datetime  # naive UTC
    promiser: str | None  # email of who is responsible
    author_email: str  # who wrote the promise down
    made_by_user: bool  # the user's own promise (the parent's "I'll sign it tonight")
    sentence: str
    context: str  # the sentences around it (what "it" and "they" are)
    topics: frozenset[str] = frozenset()
    named_people: frozenset[str] = frozenset()  # addresses of people the promise names ("email it to Mr. K")
    action: str = ""  # the promised deed itself, without its date or purpose ("send you a draft of his goals")
    source_id: int | None = None  # the message that holds the promise
    due: date | None = None


@dataclass(frozen=True)
class Ask:
    key: str
    thread_id: int | None
    sent: datetime
    asker: str
    asked_by_user: bool
    sentence: str
    context: str
    topics: frozenset[str] = frozenset()
    source_id: int | None = None  # the message that holds the request
    recipients: frozenset[str] = frozenset()  # whom it was asked of (To and Cc of that message)
    lead_in: str = ""  # where it opens a paragraph, the last sentences of the one above (what "this" may point back to)


@dataclass(frozen=True)
class FollowupEvidence:
    message_id: int
    sentence: str
    rule: str
    at: datetime
    extra: dict = field(default_factory=dict)


def _sentences_with_topics(message: LaterMessage) -> Iterable[tuple[str, frozenset[str]]]:
    quoting = replies_inline(message.new_text)
    if message.topics_by_sentence:
        return [pair for pair in message.topics_by_sentence if not (quoting and pair[0].lstrip().startswith(">"))]
    return [(sentence, frozenset()) for sentence in split_sentences(message.new_text)
            if not (quoting and sentence.lstrip().startswith(">"))]


_QUOTED_LINE = re.compile(r"^[ \t]*>.*$", re.M)


def replies_inline(text: str) -> bool:
    """Does the message quote the other's lines (">") and write its own after them? Then the quoted lines are the other
    side's words: they answer nothing and deliver nothing. (A message all of ">" lines is a forward: the record itself.)"""
    if ">" not in text:
        return False
    last = None
    for last in _QUOTED_LINE.finditer(text):
        pass
    return last is not None and bool(text[last.end():].strip())


def own_lines(text: str) -> str:
    """The message's text without the other side's lines it quotes to reply to (see replies_inline)."""
    return _QUOTED_LINE.sub("", text) if replies_inline(text) else text


def same_side(author: LaterMessage, commitment: Commitment) -> bool:
    """Is the author on the promiser's side? The user's side is the user's; beyond it, a school's
    (or an agency's) people share its mail domain, and a family writes from public mail providers.
    (A teacher keeping a trail is on her school's side, and a parent is not, though neither is her.)"""
    promiser = commitment.promiser or commitment.author_email
    if author.author_is_user or commitment.made_by_user:
        return author.author_is_user == commitment.made_by_user or organization(author.author_email) == organization(promiser)
    return organization(author.author_email) == organization(promiser)


def find_fulfillment(commitment: Commitment, later: Sequence[LaterMessage], ignore: frozenset[str] = frozenset()) -> FollowupEvidence | None:
    """The earliest later message that delivers the promise, with the sentence that says so."""
    candidates = delivery_candidates(commitment, later, ignore)
    return candidates[0] if candidates else None


def delivery_candidates(commitment: Commitment, later: Sequence[LaterMessage], ignore: frozenset[str] = frozenset(),
                        rarity: dict[str, float] | None = None) -> list[FollowupEvidence]:
    """Every later sentence that could report this promise kept, earliest first, each with its
    overlap score in `extra["score"]` and what overlapped in `extra["shared"]` (a delivery is
    credited to the promise it matches best). `rarity` weighs words by how few messages use them."""
    rarity = rarity or {}
    found: list[FollowupEvidence] = []
    action, sets_up = promise_needs(commitment, ignore)
    around = content_words(commitment.context, ignore) | content_words(commitment.sentence, ignore)
    # the words that only say when the deed is due ("before the meeting", "by the end of the quarter") name no deed: "The
    # meeting is scheduled for the 10th" does not send the draft IEP promised "before the meeting"; nor do those of what
    # it waits on ("Here is her spring schedule" does not tell which days he tests, promised "once the schedule is set")
    # (a message with something attached may say no more than the occasion: "Out of the kiln!" with the promised photo)
    waits_on = condition_only_words(commitment.sentence, ignore)
    around_any = around - _deadline_only_words(commitment.sentence, ignore)
    for message in sorted(later, key=lambda m: m.sent):
        if message.sent <= commitment.sent or message.auto_reply or message.bulk:
            continue
        around = around_any if message.has_attachment and sends_a_thing(commitment.sentence) else around_any - waits_on
        by_promiser = bool(commitment.promiser) and message.author_email == commitment.promiser
        same_thread = commitment.thread_id is not None and message.thread_id == commitment.thread_id
        if not same_side(message, commitment):
            if same_thread:  # "I have your signed consent": the other side confirms it arrived
                found.extend(_acknowledgements(commitment, message, around, ignore))
            continue
        same_school = bool(commitment.promiser) and email_domain(message.author_email) == email_domain(commitment.promiser) and not message.author_is_user
        if not (by_promiser or same_thread or message.author_email == commitment.author_email or same_school):
            continue
        distant = not (by_promiser or same_thread or message.author_email == commitment.author_email)
        message_words = content_words(message.new_text, ignore)
        message_action = sum(rarity.get(word, 1.0) for word in message_words & action)
        addressed = 1 if commitment.named_people & message.recipients else 0
        # Cheap checks first: none of this message's sentences could pass the rules below.
        if not (same_thread or addressed or message_words & action or (sets_up and by_promiser)):
            continue
        # (or a colleague's file named as the promised paper: "OT_report_Tobin.pdf" for "I'll send the OT report")
        if distant and message_action < 4.0 and not _file_named_as_promised(commitment, message, action, ignore):
            continue
        close = by_promiser and same_thread
        sentences = list(_sentences_with_topics(message))
        if _says_not_done(sentences, action):
            continue
        message_overlap = len(message_words & around)
        for sentence, topics in sentences:
            marks = _marks(sentence)
            if close and _AS_PROMISED.search(sentence) and not marks.question:
                # "Following up as promised." in the promiser's own thread: whatever follows is the delivery
                found.append(FollowupEvidence(message.id, sentence, "delivered: as promised", message.sent,
                                              {"score": 2, "shared": frozenset({"as-promised"})}))
                continue
            if sets_up and marks.proposes_time and (by_promiser or same_thread) and len(
                    content_words(sentence, ignore) & around) + (1 if topics & commitment.topics else 0) >= 1:
                # "Mr. Brandt will set up a meeting" is kept by "Does Tuesday the 17th at 3:15 work for you?"
                found.append(FollowupEvidence(message.id, sentence, "delivered: proposed a time", message.sent,
                                              {"score": 2, "shared": frozenset({"proposed-time"})}))
                continue
            if not marks.reports_deed:
                continue
            if not (by_promiser or message.author_email == commitment.author_email) and _AS_PROMISED.search(sentence):
                continue  # "As promised, here is this week's log" keeps its writer's own promise, not a colleague's
            strong, weak = marks.strong, marks.weak
            if strong and _promised_again_after(sentence, commitment.sentence, ignore):
                continue  # "I've talked with her teacher, and I'm going to re-read it with him Monday": still to come
            words = content_words(sentence, ignore)
            shared = (words & around) | {f"topic:{t}" for t in topics & commitment.topics if strong}
            overlap = len(shared) + addressed  # a shared topic counts only beside an outright delivery
            need = 1 if close and strong else 2
            if not strong and not words & action:
                need += 1
            if not same_thread and not (words & action or addressed):
                continue  # in another thread the sentence must name what was promised (or go to whom it was promised for)
            if distant and not strong:
                continue  # someone else at the school, in another thread: it must plainly be the same thing
            # the promiser saying it is done today, on the day promised ("a paper copy is in his Friday folder today"
            # for "I'll have everything printed and in Friday folders on 12/5"): one shared word names it
            on_the_day = by_promiser and strong and _TODAY.search(sentence) and commitment.due == message.sent.date()
            # the promiser handing over the kind of paper promised ("I'm also attaching a summary of his progress" for
            # "I'll send home a short summary every few weeks")
            same_paper = by_promiser and strong and bool(documents_named(sentence) & documents_named(commitment.sentence)
                                                         & set(shared)) and _paper_kind_named(commitment.sentence, words)
            if overlap >= need or (strong and overlap >= 1 and (message_overlap >= 3 or on_the_day or same_paper)):
                rule = f"{'delivered' if strong else 'reported done'}: {(strong or weak).lower()}"
                found.append(FollowupEvidence(message.id, sentence, rule, message.sent,
                                              {"score": overlap + (1 if strong else 0), "shared": frozenset(shared)}))
    return found


# when a deed is due, said by an event: "before the meeting", "ahead of our conference", "by the end of the quarter",
# "at least five school days prior to the IEP meeting"
_DEADLINE_CLAUSE = re.compile(
    r"\b(?:before|by|ahead of|prior to|in time for|until|after)\s+(?:the\s+end\s+of\s+)?(?:the|our|his|her|your|their|this|"
    r"next|that)\s+(?:[\w-]+\s+){0,2}?(?:meeting|conference|call|review|break|quarter|semester|term|visit|observation)s?\b",
    re.I)


def _deadline_only_words(sentence: str, ignore: frozenset[str]) -> frozenset[str]:
    """The words of a promise that stand only in the clause saying when it is due (not also elsewhere in it)."""
    clauses = [match.group(0) for match in _DEADLINE_CLAUSE.finditer(sentence)]
    if not clauses:
        return frozenset()
    rest = _DEADLINE_CLAUSE.sub(" ", sentence)
    return content_words(" ".join(clauses), ignore) - content_words(rest, ignore)


# what a promise waits on, not what it does: "once the schedule is set", "as soon as I hear back from the district",
# "when consent comes back", "after Ms. Lee finishes her testing" (up to the next comma or the sentence's end)
# (up to the next comma, or to the main clause's subject and modal: "Once we settle it | I'll send the schedule")
_CONDITION_CLAUSE = re.compile(r"\b(?:once|as soon as|when|whenever|after|until|till|if|unless)\s+"
                               r"(?:(?!\b(?:I|we|he|she|they|you|it)(?:\s*['’]ll|\s+will|\s+would|\s+can|\s+am|\s+are|['’]m|['’]re)\b)"
                               r"[^,;:.!?]){1,80}", re.I)


def condition_only_words(sentence: str, ignore: frozenset[str] = frozenset()) -> frozenset[str]:
    """The words of a promise that stand only in what it waits on or when it is due ("I'll let you know which days
    he'll test once the schedule is set": schedule, set), not also in the deed it promises."""
    return _condition_only_words(sentence, frozenset(ignore))


@lru_cache(maxsize=4096)  # asked of each promise for every message it is read against
def _condition_only_words(sentence: str, ignore: frozenset[str]) -> frozenset[str]:
    clauses = [match.group(0) for match in _CONDITION_CLAUSE.finditer(sentence)]
    if not clauses:
        return _deadline_only_words(sentence, ignore)
    rest = content_words(_CONDITION_CLAUSE.sub(" ", sentence), ignore)
    if not {word for word in rest - content_words(_JUST_TELLING, ignore) if word.isalpha()}:
        return frozenset()  # "I'll let you know when the aide is in place": the news of it is the deed
    return (content_words(" ".join(clauses), ignore) - rest) | _deadline_only_words(sentence, ignore)


_SENDS_A_THING = re.compile(r"\b(?:send|sent|sending|e-?mail(?:ed)?|mail(?:ed)?|shared?|forward(?:ed)?|attach(?:ed)?|post(?:ed)?|"
                            r"upload(?:ed)?|scan(?:ned)?)\b", re.I)


def sends_a_thing(sentence: str) -> bool:
    """A promise to send something ("I'll send you a photo of it once it's out of the kiln"), outside what it waits on: an
    attachment may be that thing, whatever few words come with it."""
    return bool(_SENDS_A_THING.search(_CONDITION_CLAUSE.sub(" ", sentence)))


# the words of a promise to tell, which name nothing told: "I'll let you know / get back to you / keep you posted when…"
_JUST_TELLING = "let know tell get back update call email text contact reach out touch base follow hear keep posted send note"


# a deed still to come, later in the sentence that reports something else done: "…, and I'm going to re-give it Monday"
_FUTURE_AFTER = re.compile(r"\b(?:i|we|he|she|they)(?:'ll|’ll| will| am going to|'m going to|’m going to| are going to|'re going to|"
                           r"’re going to| is going to|'s going to| plan to| hope to)\b|\bwill (?:be )?(?=\w)", re.I)


@lru_cache(maxsize=20_000)
def future_after_delivery(sentence: str) -> int | None:
    """Where a sentence that opens with an outright delivery turns to what is still to come ("I've talked with her
    teacher, | and I'm going to re-give it Monday"), or None."""
    strong = _DELIVERED.search(sentence)
    future = _FUTURE_AFTER.search(sentence, strong.end()) if strong else None
    return future.start() if future else None


def _promised_again_after(sentence: str, promise: str, ignore: frozenset[str] = frozenset()) -> bool:
    """Whether a sentence that opens with an outright delivery ("I've talked with…", "Here's…") goes on to say the
    promised deed is still to come: the words it shares with the promise stand after "I'll" / "I'm going to" / "will",
    none before (the deed done is another one: the talk that sets the promised retest up)."""
    cut = future_after_delivery(sentence)
    if cut is None:
        return False
    promised = {word for word in content_words(promise, ignore) if "'" not in word and "’" not in word}  # not "we'll"
    done_part = content_words(sentence[:cut], ignore) & promised
    still_to_come = content_words(sentence[cut:], ignore) & promised
    return bool(still_to_come) and not done_part


# words before a paper's name that say nothing of which paper it is: "a short summary", "the updated list"
_PLAIN_MODIFIERS = frozenset({"a", "an", "the", "his", "her", "their", "your", "my", "our", "short", "brief", "quick", "new",
                              "updated", "final", "full", "written", "signed", "copy", "of", "this", "that", "weekly",
                              "monthly", "daily", "next", "current", "revised", "some", "few"})
_PAPER_KIND = re.compile(r"\b((?:[\w'’-]+\s+){0,2})(?=(?:report|plan|form|summary|notes|log|data|list|sheet|schedule|letter|packet|"
                         r"chart|calendar|agenda|worksheet|record)s?\b)", re.I)


def _paper_kind_named(promise: str, words: frozenset[str]) -> bool:
    """Does a sentence name the kind of paper a promise names, when the promise says which ("the bus route sheet" is not
    "the articulation data sheets"; "a short summary" says no more than "summary")?"""
    for match in _PAPER_KIND.finditer(promise):
        kind = {word for word in match.group(1).lower().split() if word not in _PLAIN_MODIFIERS}
        if kind and not content_words(" ".join(kind)) & words:
            return False
    return True


def _file_named_as_promised(commitment: Commitment, message: LaterMessage, action: frozenset[str], ignore: frozenset[str]) -> bool:
    """A file whose name gives the paper the promise names and another of its words ("OT_report_Tobin.pdf" for "I'll send
    the OT report"): a colleague's mail elsewhere may carry it."""
    if not message.attachment_names or not sends_a_thing(commitment.sentence):
        return False
    names = re.sub(r"[_\-.()\[\]]+|\b(?:pdf|docx?|xlsx?|jpe?g|png)\b", " ", message.attachment_names)
    return bool(documents_named(names) & documents_named(commitment.sentence)) and len(content_words(names, ignore) & action) >= 2


def promise_needs(commitment: Commitment, ignore: frozenset[str] = frozenset()) -> tuple[frozenset[str], bool]:
    """What a message in another thread must offer to deliver this promise: a deed sentence sharing
    one of these words (or a copy to a person the promise names), or, for "I'll set up a meeting",
    a proposed time."""
    return content_words(commitment.action or commitment.sentence, ignore), bool(_SETS_UP.search(commitment.sentence))


def _acknowledgements(commitment: Commitment, message: LaterMessage, around: frozenset[str],
                      ignore: frozenset[str]) -> list[FollowupEvidence]:
    found = []
    promised_call = bool(_PROMISES_CALL.search(commitment.sentence))
    for sentence, _ in _sentences_with_topics(message):
        marks = _marks(sentence)
        if promised_call and not marks.question and _THANKS_FOR_CALL.search(sentence):
            # "I'll call his mom tonight" … the mother: "thank you for calling me last night"
            found.append(FollowupEvidence(message.id, sentence, "acknowledged by the other side: the call", message.sent,
                                          {"score": 2, "shared": frozenset({"call"})}))
            continue
        if marks.question or marks.negated or not _ACKNOWLEDGED.search(sentence):
            continue
        shared = content_words(sentence, ignore) & around
        if len(shared) >= 2:
            found.append(FollowupEvidence(message.id, sentence, "acknowledged by the other side", message.sent,
                                          {"score": len(shared), "shared": frozenset(shared)}))
    return found


class _SentenceMarks(NamedTuple):
    """What the delivery rules ask of a sentence, whatever the promise (computed once per sentence)."""
    question: bool
    proposes_time: bool
    strong: str | None  # the words of an outright delivery ("I've attached")
    weak: str | None  # a past-tense verb ("we met"), unless the sentence only acknowledges a note
    not_done: bool
    not_done_before_strong: bool
    negated: bool  # "had not", "never": a report that something was NOT done

    @property
    def reports_deed(self) -> bool:
        """Could report the deed done: a statement, in the past or an outright delivery, not hedged."""
        if self.question or not (self.strong or self.weak):
            return False
        if self.strong:
            return not self.not_done_before_strong
        return not self.not_done


@lru_cache(maxsize=20_000)
def _marks(sentence: str) -> _SentenceMarks:
    strong = _DELIVERED.search(sentence)
    weak = None if _RECEIPT.search(sentence) else _PAST.search(sentence)  # "I got your note" delivers nothing
    return _SentenceMarks(
        question=sentence.rstrip().endswith("?"),
        proposes_time=bool(_PROPOSES_TIME.search(sentence)),
        strong=strong.group(0) if strong else None,
        weak=weak.group(0) if weak else None,
        not_done=bool(_NOT_DONE.search(sentence)),
        not_done_before_strong=bool(strong and (_NOT_DONE.search(sentence[:strong.start()])
                                                or _NO_ONE_DID.search(sentence[:strong.start()])
                                                or _BEGUN.search(strong.group(0)) and MORE_TIME.search(sentence[strong.end():]))),
        negated=bool(_NEGATED.search(sentence)),
    )


# work begun that needs more time: "I started on the graphs but I need a few more days to finish them" (begun, not done;
# a hand-over that leaves a part for later is another thing: "Here are the data sheets, but I need more time for the rest")
_BEGUN = re.compile(r"\b(?:started|began|begun)\b", re.I)
MORE_TIME = re.compile(r"\bneed(?:s|ed)?\s+(?:a\s+(?:few|couple(?:\s+of)?)\s+|some\s+)?(?:more|extra)\s+(?:days?|time|weeks?)\b|"
                       r"\bneed(?:s|ed)?\s+(?:a\s+(?:bit|little)\s+)?longer\b|\b(?:still|yet)\s+to\s+(?:finish|complete|do)\b|"
                       r"\bnot\s+(?:quite\s+)?(?:finished|done|ready|complete)\b", re.I)
# the deed's subject is no one: "nothing has changed since then", "nobody sent it"
_NO_ONE_DID = re.compile(r"\b(?:nothing|nobody|no one)\s*$", re.I)


def email_domain(address: str | None) -> str:
    return (address or "").rsplit("@", 1)[-1].lower()


@lru_cache(maxsize=10_000)
def organization(address: str | None) -> str | None:
    """The "@domain" of an address at a school or agency; None for a public mail provider (a family's)."""
    domain = email_domain(address)
    return "@" + domain if domain and not is_public_mail_domain(domain) else None


def _says_not_done(sentences: list[tuple[str, frozenset[str]]], action: set[str]) -> bool:
    """"No, it had not been added": the message reports the promise NOT kept (unless another of its
    sentences hands the thing over outright: "The district's decision is attached. […] two
    sessions were not delivered")."""
    # (the words first: most sentences share none with the promised deed, and then neither pattern need be run)
    negated = any(content_words(sentence) & action and (_marks(sentence).negated or _NOT_HAD_YET.search(sentence))
                  for sentence, _ in sentences)
    return negated and not any(_handed_over(sentence, action) for sentence, _ in sentences)


# the writer saying the promised thing is not in hand yet: "I don't have it yet", "it isn't ready yet", "they're not
# finished yet"
_NOT_HAD_YET = re.compile(r"\b(?:(?:don[’']?t|do not|doesn[’']?t|does not)\s+have\s+(?:it|them|this|that|the\s+\w+)|"
                          r"(?:isn[’']?t|is not|aren[’']?t|are not|not)\s+(?:quite\s+)?(?:ready|done|finished|complete))\s+yet\b", re.I)


def not_in_hand_yet(sentence: str) -> bool:
    return bool(_NOT_HAD_YET.search(sentence)) and not sentence.rstrip().endswith("?")


def _handed_over(sentence: str, action: set[str]) -> bool:
    """The thing handed over outright ("is attached", "here is", "I've sent"): not a part said done ("The English version
    is done; the translator has the Spanish one")."""
    marks = _marks(sentence)
    return bool(marks.strong) and bool(_HANDS_OVER_WORDS.search(marks.strong)) and marks.reports_deed and not marks.negated \
        and bool(content_words(sentence) & action)


def find_answer(ask: Ask, later: Sequence[LaterMessage], ignore: frozenset[str] = frozenset()) -> FollowupEvidence | None:
    """The earliest later reply from the other side that answers the request."""
    candidates = answer_candidates(ask, later, ignore)
    return candidates[0] if candidates else None


def answer_candidates(ask: Ask, later: Sequence[LaterMessage], ignore: frozenset[str] = frozenset()) -> list[FollowupEvidence]:
    """Every later sentence that could answer this request, earliest first, scored like deliveries."""
    found: list[FollowupEvidence] = []
    wants_delivery = bool(_ACTION_ASK.search(ask.sentence)) and not re.search(r"\blet me know\b", ask.sentence, re.I)
    wants_paper = wants_delivery and bool(documents_named(ask.sentence))
    own = content_words(ask.sentence, ignore)
    around = own | content_words(ask.context, ignore)
    yes_no = bool(re.search(r"\b(?:whether|let me know if|tell me if)\b", ask.sentence, re.I)) or (bool(re.match(r"^\W*(?:and\s+|so\s+|also,?\s+)?(?:is|are|was|were|do|does|did|has|have|can|could|will|would|should)\b",
                            ask.sentence.strip(), re.I)) or " possible " in f" {ask.sentence.lower()} ") and not re.search(
        r"\b(?:can|could|would|will) you (?:please )?(?:tell|let|send|give|explain|share|describe|list)\b", ask.sentence, re.I)
    for message in sorted(later, key=lambda m: m.sent):
        if message.sent <= ask.sent or message.auto_reply or message.bulk or message.author_email == ask.asker:
            continue
        if ask.asked_by_user and message.author_is_user:
            continue  # the other side answers (for a teacher's trail, a parent's question may be answered by staff)
        if ask.thread_id is not None and message.thread_id != ask.thread_id:
            continue
        for sentence, topics in _sentences_with_topics(message):
            words = content_words(sentence, ignore)
            sentence = _GREETING.sub("", sentence.strip())  # "Hi both, yes, …"
            if _AGREES.match(sentence.strip()) and (wants_delivery or yes_no):
                found.append(FollowupEvidence(message.id, sentence, f"answered: {_AGREES.match(sentence.strip()).group(0).lower()}",
                                              message.sent, {"score": len(words & around) + 2, "shared": frozenset(words & around)}))
                continue
            if _WHAT_HAPPENED.search(ask.sentence) and _APOLOGY.match(sentence.strip()) and not _SYMPATHY_ONLY.match(sentence.strip()):
                found.append(FollowupEvidence(message.id, sentence, "answered: apology and explanation", message.sent,
                                              {"score": len(words & around) + 2}))
                continue
            if _QUANTITY.search(ask.sentence) and not _NUMBER.search(sentence):
                continue  # "how many sessions?" is not answered without a number
            if wants_delivery:  # the thing itself, named: a shared topic is not enough
                strong = _DELIVERED.search(sentence)
                shared = len(words & around)
                if strong and wants_paper and not _HANDS_OVER_WORDS.search(strong.group(0)):
                    strong = None  # "send me the plan and the logs" … "Kyle and I have talked": no paper handed over
                if (strong and shared >= 1 and not _NOT_DONE.search(sentence[:strong.start()])) or (
                        _REFUSAL.search(sentence) and shared >= 1):
                    found.append(FollowupEvidence(message.id, sentence, "answered: delivered" if strong else "answered: refused",
                                                  message.sent, {"score": shared + 1}))
                continue
            if _DEFERRAL.search(sentence):
                continue
            overlap = len(words & around) + (1 if topics & ask.topics else 0)
            opener = _ANSWER_OPENER.match(sentence.strip())
            if opener and (len(words & own) >= 1 or yes_no or opener.group(0).lower().startswith(("to answer", "in answer"))):
                found.append(FollowupEvidence(message.id, sentence, f"answered: {opener.group(0).lower()}", message.sent,
                                              {"score": overlap + 2}))
            elif _ACCEPTS.search(sentence) and (overlap >= 1 or yes_no):
                found.append(FollowupEvidence(message.id, sentence, f"answered: {_ACCEPTS.search(sentence).group(0).lower()}",
                                              message.sent, {"score": overlap + 2}))
            elif sentence.rstrip("\"')” ").endswith("?"):
                continue  # a question back ("Which trip do you mean, the aquarium or the museum?") answers nothing yet
            elif (overlap >= 2 and (words & own or overlap >= 3)) or (
                    yes_no and words & own and not sentence.rstrip().endswith("?")):
                # the question's own words weigh double: "how many sessions?" is not answered by goal talk
                found.append(FollowupEvidence(message.id, sentence, "answered: on the same subject", message.sent,
                                              {"score": overlap + len(words & own)}))
    return found
