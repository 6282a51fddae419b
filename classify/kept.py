"""Ways a promise is kept that share few words with it. Pure text patterns for classify.linking.

- A promise to tell someone ("I'll let both families know about the leave by Monday") is kept by the
  promiser's message that is itself the news ("I wanted to let you know that the therapist is on leave").
- A promise to write a letter or a request is kept by the promiser's message that is that letter ("I am writing
  on behalf of the family to request an IEP meeting").
- A promise to send something it does not name ("I'll scan everything and send it to you") is kept by
  the promiser's next message in the thread that hands something over ("Here is his IEP and his BIP.").
- A promise to hand something to the family is kept where the family says it arrived, in any thread
  ("got the letter from the district too", "We received the signed copy").
- A promise to hand something over is kept where the side it was promised to thanks for that thing, in any thread
  ("Thanks for the new sketchbook!" for "I'll send a new sketchbook in with him tomorrow").
- A promise to find something out ("I'll find out exactly which dates he missed", "I'll check with the bus office
  whether…") is kept where the promiser's side, later in its thread, reports the finding ("The agency has confirmed
  that he did not get his sessions on 1/15 and 1/22", "I checked with transportation and…"): what was found may
  well be that something did not happen.
- A promise to send something back ("It's going back in his folder tomorrow", "I'll return the signed page Monday") is
  kept where the side it was promised to says, in any thread, that it came back ("the consent came back signed
  yesterday", "her form was returned today").
- A promise is kept by the promiser's later message that apologizes for being late with something ("Sorry this is
  a day later than I said.", "I'm sorry this took so long. Here is…", "Apologies for the delay in getting this to
  you"): what was owed has come, late.
"""
from __future__ import annotations

import re
from functools import lru_cache

# A promise to inform: "I'll let you know", "we will notify the family", "I'll tell him tomorrow".
_INFORM_PROMISE = re.compile(
    r"\b(?:will|'ll|’ll|going to|plan to|shall)\s+(?:also\s+|then\s+)?(?:let\s+(?:\w+\s+){0,2}know|tell|notify|inform|"
    r"update|give\s+(?:\w+\s+)?a\s+heads[- ]up|reach out to)\b", re.I)
# A message written to inform: "I wanted to let you know…", "I'm writing to let you know…", "I wanted you to hear this
# from me", "This is to inform you…", "Just letting you know…", "FYI".
_INFORMS = re.compile(
    r"\b(?:i|we)\s+(?:just\s+)?(?:wanted|want|wanted you)\s+to\s+(?:let\s+(?:you|everyone|both of you)\s+know|"
    r"(?:make sure\s+)?you\s+(?:know|hear|heard)|tell you|inform you|update you|give you a heads[- ]up)|"
    r"\b(?:i(?:'m|’m| am)|we(?:'re|’re| are))\s+writing\s+to\s+(?:let\s+you\s+know|inform|tell|update)|"
    r"\bwanted you to (?:hear|know)\b|\bthis is to (?:let you know|inform)\b|\b(?:just\s+)?letting you know\b|"
    r"^\W*fyi\b|\bheads[- ]up\b", re.I)
# A promise to write a letter or a request ("I'll draft the meeting request letter and have it out by Monday"), and
# a message that is that letter ("I am writing on behalf of the family to request an IEP meeting").
_LETTER_PROMISE = re.compile(r"\b(?:draft|write|send|put together|get out)\b.{0,40}?\b(?:letter|request|e-?mail|notice|note)\b",
                             re.I)
_IS_A_LETTER = re.compile(r"\b(?:i|we)(?:'m|’m| am|'re|’re| are) writing (?:on behalf of [^.;]{1,80}?,? )?to "
                          r"(?:request|ask|formally|follow up|confirm|notify|inform|let you know)\b", re.I)
# Sending something the promise leaves unnamed: "send it", "scan everything and send it", "get them to you".
_VAGUE_SEND = re.compile(
    r"\b(?:send|e-?mail|forward|mail|scan|share|upload|get)\s+(?:\w+\s+)?(?:it|them|this|that|these|those|everything|"
    r"all of (?:it|them)|the rest)\b(?!\s+(?:done|set up|scheduled|fixed|figured))", re.I)
HANDS_OVER = re.compile(r"\b(?:attached|attaching|enclosed|enclosing|here(?:'s|’s| is| are))\b", re.I)
# The family saying a thing arrived: "got the letter from the district", "we received the signed IEP", "the packet
# came in the mail". Not "haven't received", "never got", "did you get".
_RECEIVED = re.compile(
    r"(?<!n't )(?<!n’t )(?<!not )(?<!never )\b(?:got|received|picked up)\s+(?:the|your|his|her|their|a|an|both|my|our)\b|"
    r"\b(?:arrived|came)\s+(?:in|by)\s+(?:the\s+)?(?:mail|email|today|yesterday)\b", re.I)
# The writer apologizing that what follows comes late: "sorry this is a few days late", "sorry this took so long",
# "apologies for the delay", "sorry for the slow reply", "I meant to write Friday". Not "sorry for the delay in
# services" (the school's loss, not a late message), nor "sorry, I'm running late".
_LATE_APOLOGY = re.compile(
    r"\b(?:sorry|apologies|apologize|apologise)\b[^.!?]{0,30}?\b(?:"
    r"(?:this|it|my (?:reply|answer|response|note|email)) (?:is|was|comes|came|took)\b[^.!?]{0,25}?\b(?:late|later than|so long|"
    r"this long|a while|longer than)|"
    r"(?:for|about) (?:the|my) (?:delay|late (?:reply|response|note|email)|slow (?:reply|response))(?! in (?:services?|\w+ing\b(?! (?:this|these|it|them|back)))))"
    r"|\bi meant to (?:write|send|email|get (?:this|back))\b", re.I)
_DENIED = re.compile(r"\b(?:not|n't|n’t|never|no|yet|still|if|whether|when)\b", re.I)
# What a hand-over promise hands over (so an arrival can name it in its own words: "the letter" for "mail it").
_HANDED_THING = re.compile(
    r"\b(?:send|mail|bring|give|drop off|get)\b.{0,40}?\b(?:to you|to (?:the )?(?:family|parents?|home)|home|to (?:mom|dad))\b|"
    r"\b(?:send|mail|e-?mail|forward|bring|give)\s+(?:you|the family|home|mom|dad|\w+)\b", re.I)
_DOCUMENT_WORDS = re.compile(
    r"\b(?:report|plan|form|copy|copies|draft|summary|notes|log|data|results|letter|list|packet|iep|bip|pwn|notice|"
    r"evaluation|assessment|agenda|worksheet|sheet|schedule|document|paperwork|record|pdf|scan|chart|calendar|goals|"
    r"questionnaire|consent|invitation|"
    # the other papers a school sends home, so a hand-over of one is not read as another's ("Attached is the permission
    # slip" for a promised data sheet)
    r"slip|flyer|flier|handout|brochure|waiver|newsletter|menu|invoice|receipt|rubric|checklist|syllabus|certificate|"
    r"authorization|application|referral|transcript|graph)s?\b", re.I)


# Thanks for a thing itself: "Thanks for the new sketchbook", "thank you for sending in the signed form". Not for a
# deed or an exchange ("thanks for letting me know", "thank you for your patience": the thing must be one the promise names)
_THANKS_FOR_THING = re.compile(r"\bthank(?:s| you)(?: so much| again)? for (?:sending(?: in| over)? )?(?:the|your|his|her|a|an)\s+"
                               r"(?P<thing>[^.,;:!?]{3,60})", re.I)


# A promise to find something out: "I'll find out which dates", "let me check with the office whether", "I will
# confirm the time with her", "I'll look into it". Not "I'll check his folder tonight" (no one asked of, nothing to learn).
_FIND_OUT_PROMISE = re.compile(
    r"\b(?:will|'ll|’ll|going to|let me|plan to)\s+(?:also\s+|first\s+)?(?:find out|figure out|look into|"
    r"(?:double-)?check (?:with|on|into|whether|if|what|which|when|how)|confirm|verify)\b", re.I)
# The finding reported: "Keystone has confirmed that…", "I checked with the office and…", "we found out that…", "I
# confirmed with her that…". Not "we haven't confirmed", "still checking", "I'll confirm".
_FINDING = re.compile(
    r"(?<!n't )(?<!n’t )(?<!not )(?<!never )(?<!yet )\b(?:(?:has|have|had)\s+)?(?:confirmed|verified|found out|figured out|"
    r"checked (?:with|on|into|and)|looked into)\b", re.I)


# A promise to send a thing back: "it's going back in his folder", "I'll send it back tomorrow", "I will return the
# signed page", "I'll turn it in Monday", "Wren will drop it off at the front desk".
_RETURN_PROMISE = re.compile(
    r"\b(?:send(?:ing)?|bring(?:ing)?|go(?:ing)?|com(?:e|ing)|put(?:ting)?|get(?:ting)?)\s+(?:it\s+|them\s+|this\s+|that\s+|"
    r"(?:the|his|her|their|my|our)\s+(?:\w+\s+){0,2})?back\b|\breturn(?:ing)?\b|\bturn(?:ing)?\s+(?:it\s+|them\s+)?in\b|"
    r"\bdrop(?:ping)?\s+(?:it|them)\s+off\b", re.I)
# The thing said to have come back: "the consent came back signed", "it was returned today", "we got the form back".
_CAME_BACK = re.compile(
    r"(?<!n't )(?<!n’t )(?<!not )(?<!never )\b(?:came|has come|have come|got|was|were|has been|have been)\s+back\b|"
    r"(?<!n't )(?<!n’t )(?<!not )(?<!never )\b(?:was|were|has been|have been)\s+(?:returned|turned in|dropped off)\b|"
    r"\b(?:i|we)\s+(?:got|received|have)\s+(?:the|his|her|their|your)\s+(?:[\w-]+\s+){0,3}back\b", re.I)


def promises_return(sentence: str) -> bool:
    return bool(_RETURN_PROMISE.search(sentence))


def says_came_back(sentence: str) -> bool:
    """A statement that a thing came back (not a question: "did the form come back?"; not "it never came back")."""
    found = _CAME_BACK.search(sentence)
    return bool(found) and not sentence.rstrip().endswith("?") and \
        not re.search(r"\b(?:not|never|n't|n’t|yet|if|whether|once|when)\b", sentence[:found.start()][-30:], re.I)


def promises_to_find_out(sentence: str) -> bool:
    return bool(_FIND_OUT_PROMISE.search(sentence))


def reports_finding(sentence: str) -> bool:
    """A statement that something was found out (a question, or a promise to find out, is none)."""
    found = _FINDING.search(sentence)
    if not found or sentence.rstrip().endswith("?"):
        return False
    before = sentence[:found.start()]
    return not re.search(r"\b(?:will|'ll|’ll|going to|to|once|when|if|after|until)\s+(?:\w+\s+)?$", before, re.I)


def thanked_for(sentence: str) -> str | None:
    """What a sentence thanks for, as a thing ("the new sketchbook"), or None (a question thanks for nothing)."""
    found = _THANKS_FOR_THING.search(sentence)
    return found.group("thing") if found and not sentence.rstrip().endswith("?") else None


def promises_to_inform(sentence: str) -> bool:
    return bool(_INFORM_PROMISE.search(sentence))


def informs(sentence: str) -> bool:
    return bool(_INFORMS.search(sentence)) and not sentence.rstrip().endswith("?")


def promises_a_letter(sentence: str) -> bool:
    return bool(_LETTER_PROMISE.search(sentence))


def is_a_letter(sentence: str) -> bool:
    return bool(_IS_A_LETTER.search(sentence))


def vague_send(sentence: str) -> bool:
    return bool(_VAGUE_SEND.search(sentence))


def hands_over(sentence: str) -> bool:
    return bool(HANDS_OVER.search(sentence)) and not sentence.rstrip().endswith("?")


def hands_to_family(sentence: str) -> bool:
    return bool(_HANDED_THING.search(sentence))


def says_arrived(sentence: str) -> bool:
    """A statement that a thing arrived, not a question or a denial ("we never got the form")."""
    received = _RECEIVED.search(sentence)
    if sentence.rstrip().endswith("?") or not received:
        return False
    return not _DENIED.search(sentence[:received.start()][-40:])


def apologizes_for_lateness(sentence: str) -> bool:
    return bool(_LATE_APOLOGY.search(sentence)) and not sentence.rstrip().endswith("?")


@lru_cache(maxsize=4096)  # the linker asks it of each of a promiser's promises for every report it weighs
def documents_named(text: str) -> frozenset[str]:
    return frozenset(match.lower().rstrip("s") for match in _DOCUMENT_WORDS.findall(text))
