"""Promises: sentences in which the sender, or the school through the sender, commits to act.

Rules, each named in the evidence:
- first-person:  "I'll …", "we will …", "I'm going to …", "let me check and get back to you";
- third-person:  "Ms. Natarajan will put together …", "Mr. Lee is going to start …",
                 "she will send you …" (when "she" is a staff member named just before, not the child);
- should-by-date: "the aide should be in place next week", "they should be here by Friday";
- recap:         in a recap of a call or meeting, "you said you would …", "… and that Mr. Garza
                 would email me by Monday" (the written record of a verbal promise).
Not promises: "I will be out Friday", questions, conditionals ("if …"), quoted speech (someone
else's words inside this message), reported written promises ("you wrote that …"), and
anything in auto-replies and newsletters. The due date is resolved from the sent date.
"""
from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc

from ieptrail.classify.model import MessageText, Person, PromiseFound, TopicMention
from ieptrail.classify.sentences import TITLED_NAME, People, Sentence, mostly_quoted, quoted_spans
from ieptrail.classify.when import DateMention, find_dates

_APOSTROPHE = "['’]"
_FIRST_PERSON = re.compile(
    rf"\b(?P<who>I|i(?=\s*(?:{_APOSTROPHE}ll|will|am going))|[Ww]e)\s*(?P<modal>{_APOSTROPHE}ll|will|shall|am going to|{_APOSTROPHE}m going to|are going to|"
    rf"{_APOSTROPHE}re going to|plan to|intend to|promise to|am planning to|{_APOSTROPHE}m planning to|"
    rf"should be able to|should have|will be sure to|am aiming to|{_APOSTROPHE}m aiming to|aim to|"
    rf"{_APOSTROPHE}d expect to have|would expect to have)\b\s*(?P<rest>.*)",
    re.S,
)
_LET_ME = re.compile(
    r"\b[Ll]et me (?P<rest>(?:check|look into|look in to|find out|ask|follow up|talk|confirm|see what|get back|look at|dig into|touch base)\b.*)",
    re.S,
)
_STAFF_NOUN = (r"(?:[Oo]ur|[Tt]he|[Hh]is|[Hh]er)\s+(?:office|team|district|school|department|campus|case manager|"
               r"aide|para|paraprofessional|teacher|bus driver|driver|transportation (?:department|office)|SLP|OT|PT|"
               r"therapist|diagnostician|principal|counselor|front office|dispatch|nurse|coordinator)")
_THIRD_PERSON = re.compile(
    rf"(?P<who>\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Coach|Nurse)\.?\s+[A-Z][\w'’-]+|\b[Ss]he|\b[Hh]e|\b[Tt]hey|"
    rf"{_STAFF_NOUN}(?:\s+(?:team|staff|department|office))?|"
    rf"\bTransportation|\b[A-Z][a-z]+\s+[A-Z][a-z]+)\s*+(?:,\s*+(?:our|the|his|her|their)\s[^,]{{1,40}},)?\s*+,?\s*+"
    rf"(?P<modal>{_APOSTROPHE}ll|will|is going to|are going to|{_APOSTROPHE}s going to|plans to|is planning to|"
    rf"{_APOSTROPHE}s planning to|should)\b\s*(?P<rest>.*)",
    re.S,
)
_PERSON = rf"(?:you|[Ss]he|[Hh]e|[Tt]hey|I|we|(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w'’-]+(?:\s+from\s++\w+(?:[ ]+\w+)*?)?)"
_REPORTED = re.compile(
    rf"\b(?P<speaker>[Yy]ou|[Ss]he|[Hh]e|[Tt]hey|(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w'’-]+)\s+(?:(?:also|then|already|clearly)\s+)?(?:said|agreed|told me|promised|confirmed|offered)\s++"
    rf"(?:that\s++)?(?:(?P<infinitive>to\s+.*)|(?P<who>{_PERSON}|[\w'’ -]{{2,50}}?)"
    rf"\s+(?:would|will|{_APOSTROPHE}d|was going to|were going to|is going to)\s+(?P<rest>.*))",
    re.S,
)
# "My understanding is that you will send …" in a recap
_RECAP_YOU_WILL = re.compile(rf"\b(?P<who>you)\s*(?:{_APOSTROPHE}ll|will|are going to|would)\s+(?P<rest>.*)", re.S)
# "You should receive the consent form by Friday": the sender's side commits to a delivery
_YOU_SHOULD_RECEIVE = re.compile(r"\b[Yy]ou\s+(?:should|will)\s+(?P<rest>(?:receive|get|see|have|hear)\b.*)", re.S)
# "Her speech services will resume Monday": a service as the subject of what the school will do
_SERVICE_WILL = re.compile(
    rf"\b(?P<what>(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Tt]hese|[Tt]hose)?\s*[\w -]{{0,30}}(?:sessions?|services?|therapy|minutes|"
    rf"intervention|support|aide|para|bus|pickup|pick-up|route|plan|schedule|evaluation|observation|meeting|IEP|BIP|"
    rf"report|notes|forms?|paperwork|data|summary|draft|copy|copies|invitation|notice|log|results))\s+"
    rf"(?:will|is going to|are going to|{_APOSTROPHE}ll)\s+(?P<rest>(?:start|begin|resume|restart|continue|be (?:provided|added|made up|"
    rf"scheduled|delivered|back|in place|fixed|updated|sent|mailed|emailed|shared|posted|uploaded|finalized|completed|done|"
    rf"ready|rescheduled|held)|happen|go into effect)\b.*)",
    re.S,
)
_RECAP_WOULD = re.compile(
    rf"^(?:and\s+)?(?:that\s+)?(?P<who>you|[Ss]he|[Hh]e|[Tt]hey|(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w'’-]+)\s+(?:would|will|was going to)\s+(?P<rest>.*)",
    re.S,
)
_RECAP_CONTEXT = re.compile(
    r"\b(per our (?:phone )?(?:call|conversation|meeting|discussion|talk)|recap|to summarize|summary of (?:our|what we)|"
    r"my understanding (?:of what|is that)|as (?:we )?discussed|as agreed|what (?:was|we) agreed|we agreed|"
    r"following up on our (?:call|conversation|meeting)|confirm(?:ing)? (?:what|our) (?:we )?(?:discussed|agreed))\b",
    re.I,
)
# what a first-person "will" is followed by when it is not a commitment to act
_NOT_AN_ACT = re.compile(
    r"^(?:also\s+|still\s+|definitely\s+|probably\s+)?(?:be\s+(?:out|away|off|absent|gone|on (?:leave|vacation|a trip)|"
    r"at (?:a|the|an)\b|in (?:a|the) (?:training|conference|meeting)|unavailable|traveling|travelling|out of (?:the )?office|"
    r"subbing|covering|happy|glad|honest|brief|back in the office|working from|with\b|fine|there\b|in class|teaching|"
    r"closed|open\b|dismissed|released|on (?:a )?field trip)|sub\b|substitute\b|cover for|have (?:an )?early (?:release|dismissal)|"
    r"have limited|not\b|never\b|admit|say\b|need\b|see (?:you|what|if|how|whether|about)\b|keep (?:that|this|you) in (?:mind|my thoughts)|wait\b|"
    r"attend\b|all attend|join (?:us|you|the|in)|be joining|be present|discuss|talk about|go over|look at\b|"
    r"let you know if|be in touch if|miss\b|remember\b|leave it|assume\b|look forward)",
    re.I,
)
_THIRD_PERSON_BE_OK = re.compile(
    r"^be\s+(?:sending|calling|emailing|reaching out|contacting|scheduling|in touch|starting|setting up|putting together|"
    r"providing|making|getting|working on|meeting with|following up|reviewing|updating|bringing|delivering)\b",
    re.I,
)
_SHOULD_OK = re.compile(
    r"^(?:be\s+)?(?:here|in place|ready|available|set up|done|fixed|finished|completed|sent|delivered|added|back|"
    r"arriving|installed|scheduled|resolved|up and running|in (?:his|her|the) (?:classroom|room|schedule)|able to|"
    r"have (?:it|them|that|this|the)|get\b|arrive)",
    re.I,
)
_CONVERSATION_DATE = re.compile(
    r"\b(?:per|during|in|at|after|from|on|since)\s+our\s+(?:phone\s+)?(?:call|conversation|meeting|talk|discussion)"
    r"(?:\s+(?:today|yesterday|this (?:morning|afternoon)|on\s+\S+))?", re.I)
_ANAPHOR = re.compile(r"\b(it|that|then|them|there|this)\b", re.I)
_MONTH_OR_DAY = re.compile(r"^(?:Next|This|Last|On|By|In|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
                           r"February|March|April|May|June|July|August|September|October|November|December)\b")


def is_recap(message: MessageText) -> bool:
    return bool(_RECAP_CONTEXT.search(message.new_text) or re.search(r"\b(recap|summary)\b", message.subject, re.I))


_CLAUSE_BREAK = re.compile(
    rf",?(?<!\s)\s++and that\s+|(?:,\s+and|;)\s+(?=(?:that\s+)?(?:you|[Ss]he|[Hh]e|I|[Ww]e|(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w'’-]+)\s*"
    rf"(?:{_APOSTROPHE}ll|will|would|is going to|are going to|should)\b)"
)


def _clauses(sentence: Sentence) -> list[tuple[str, int]]:
    """A sentence split where another promise begins: ", and that Mr. Garza would …", ", and Ms. X will …"."""
    pieces: list[tuple[str, int]] = []
    position = 0
    for match in _CLAUSE_BREAK.finditer(sentence.text):
        pieces.append((sentence.text[position:match.start()], position))
        position = match.end()
    pieces.append((sentence.text[position:], position))
    return [(text, offset) for text, offset in pieces if text.strip()]


def _antecedent_is_staff(sentences: list[Sentence], index: int, student_names: set[str]) -> str | None:
    """The staff member "he"/"she" points back to, or None when it is (or may be) the child."""
    for previous in reversed(sentences[max(0, index - 2):index + 1]):
        names = [m.group(0) for m in TITLED_NAME.finditer(previous.text)]
        mentions_child = any(re.search(rf"\b{re.escape(n)}\b", previous.text) for n in student_names)
        if names:
            return names[-1]
        if mentions_child:
            return None
    return None


def _choose_due(mentions: list[DateMention], sent_day: date) -> DateMention | None:
    ahead = [m for m in mentions if m.day >= sent_day]
    deadlines = [m for m in ahead if m.deadline]
    if deadlines:
        return deadlines[0]
    return max(ahead, key=lambda m: m.day) if ahead else None


def _action(rest: str) -> str:
    words = re.split(r"\s+", re.split(r"(?<!\s)\s++(?:so that|so|because|since|which|but)\s+|[.;!]", rest.strip(), maxsplit=1)[0])
    return " ".join(words[:14]).strip(" ,")


def _parse_rejects(doc: Doc, sentence: Sentence, student_names: set[str]) -> bool:
    """With a trained parser: the committed-to verb's subject is the child, or it sits in an if-clause."""
    if not doc.has_annotation("DEP"):
        return False
    span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    if span is None:
        return False
    for token in span:
        if token.lower_ in ("will", "'ll", "’ll", "going", "should") and token.dep_ in ("aux", "ROOT", "xcomp"):
            verb = token.head if token.dep_ == "aux" else token
            subjects = [child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")]
            if any(s.text in student_names for s in subjects):
                return True
            if any(child.dep_ == "mark" and child.lower_ in ("if", "unless", "whether") for child in verb.children):
                return True
    return False


def find_promises(
    doc: Doc, sentences: list[Sentence], message: MessageText, topics: list[TopicMention],
    student_names: set[str], directory: tuple[Person, ...] = (),
) -> list[PromiseFound]:
    if message.auto_reply or message.bulk or message.sent is None:
        return []
    sent_day = message.sent.date()
    people = People(message, directory)
    quotes = quoted_spans(message.new_text)
    recap = is_recap(message)
    found: list[PromiseFound] = []
    for sentence in sentences:
        if sentence.text.rstrip("\"')” ").endswith("?") or mostly_quoted(quotes, sentence):
            continue
        for clause, offset in _clauses(sentence):
            hit = _match_clause(clause, message, people, sentences, sentence, student_names, recap, sent_day)
            if hit is None or _parse_rejects(doc, sentence, student_names):
                continue
            rule, by, rest = hit
            start = sentence.start + offset
            text = clause.strip()
            start += len(clause) - len(clause.lstrip())
            # "per our call today, you agreed to …": that "today" dates the call, not the promise
            mentions = find_dates(_CONVERSATION_DATE.sub(lambda m: " " * len(m.group(0)), text), sent_day, prefer="future")
            due = _choose_due(mentions, sent_day)
            if due is None and _ANAPHOR.search(text) and sentence.index > 0:
                previous = sentences[sentence.index - 1]
                if previous.paragraph == sentence.paragraph:
                    due = _choose_due(find_dates(previous.text, sent_day, prefer="future"), sent_day)
            if rule == "should-by-date" and due is None:
                continue
            if _restated_by_user(rule, message, recap):
                continue
            sentence_topics = tuple(dict.fromkeys(t.topic for t in topics if sentence.start <= t.start < sentence.end))
            found.append(PromiseFound(
                sentence=text, start=start, end=start + len(text), rule=rule,
                by_name=by.name if by else None, by_email=by.email if by else None,
                due=due.day if due else None, due_text=due.text if due else None,
                action=_action(rest), topics=sentence_topics,
            ))
    return found


def _restated_by_user(rule: str, message: MessageText, recap: bool) -> bool:
    """A parent restating what staff will do is not the school's promise, unless it records a conversation."""
    return rule.startswith("third-person") and message.from_user and not recap


def _match_clause(
    clause: str, message: MessageText, people: People, sentences: list[Sentence], sentence: Sentence,
    student_names: set[str], recap: bool, sent_day: date,
) -> tuple[str, Person | None, str] | None:
    stripped = clause.strip()
    if re.match(r"^(if|unless|whether)\b", stripped, re.I):
        return None
    if recap:
        reported = _REPORTED.search(stripped)
        if reported:
            speaker = _who(reported.group("speaker"), people, message, sentences, sentence, student_names)
            if reported.group("infinitive"):
                return "recap:agreed to", speaker, reported.group("infinitive")
            who = reported.group("who").strip()
            person = re.fullmatch(_PERSON, who)
            by = _who(who, people, message, sentences, sentence, student_names) if person else speaker
            return "recap:said would", by, reported.group("rest")
        following = _RECAP_WOULD.match(stripped)
        if following and clause is not sentence.text:
            return "recap:and that would", _who(following.group("who"), people, message, sentences, sentence, student_names), following.group("rest")
        you_will = _RECAP_YOU_WILL.search(stripped)
        if you_will and not _NOT_AN_ACT.match(you_will.group("rest")):
            return "recap:you will", people.you(), you_will.group("rest")
    first = _FIRST_PERSON.search(stripped)
    if first and not _NOT_AN_ACT.match(first.group("rest")) and not _in_if_clause(stripped, first.start()):
        modal = first.group("modal").lower()
        if modal.startswith("should"):
            return "should-by-date", message.author, first.group("rest")
        return f"first-person:{first.group('who').lower()} {modal.replace('’', chr(39))}", message.author, first.group("rest")
    let_me = _LET_ME.search(stripped)
    if let_me:
        return "first-person:let me", message.author, let_me.group("rest")
    if not message.from_user:
        receive = _YOU_SHOULD_RECEIVE.search(stripped)
        if receive:
            return "should-by-date", message.author, receive.group("rest")
        service = _SERVICE_WILL.search(stripped)
        if service and not _in_if_clause(stripped, service.start()):
            return "service-will", message.author, service.group("rest")
    third = _THIRD_PERSON.search(stripped)
    if third and not _in_if_clause(stripped, third.start()):
        who_text, modal, rest = third.group("who"), third.group("modal").lower(), third.group("rest")
        if _MONTH_OR_DAY.match(who_text) or who_text.split()[-1] in student_names or who_text in student_names:
            return None
        if modal == "should":
            if not _SHOULD_OK.match(rest):
                return None
            return "should-by-date", message.author, rest
        if rest.lower().startswith("be ") and not _THIRD_PERSON_BE_OK.match(rest):
            return None
        if _NOT_AN_ACT.match(rest):
            return None
        by = _who(who_text, people, message, sentences, sentence, student_names)
        if by is None:
            if who_text.lower() in ("he", "she") and _accommodation_on_a_day(clause, message, sent_day):
                # "She'll finish the test tomorrow … with her full 1.5x": the school arranging the child's service
                return f"child-arrangement:{modal.replace('’', chr(39))}", message.author, rest
            return None
        return f"third-person:{modal.replace('’', chr(39))}", by, rest
    return None


_IEP_SUPPORT = re.compile(
    r"\b(1\.5x|time and a half|extended time|extra time|read[- ]aloud|read to (?:him|her)|small group|separate (?:room|setting)|"
    r"scribe|calculator|chromebook|read&write|read and write|text-to-speech|speech-to-text|break|aide|para|session|"
    r"speech|OT|PT|counseling|bus|accommodations?)\b", re.I)


def _accommodation_on_a_day(clause: str, message: MessageText, sent_day: date) -> bool:
    return not message.from_user and bool(_IEP_SUPPORT.search(clause)) and any(
        m.day >= sent_day for m in find_dates(clause, sent_day, prefer="future"))


def _in_if_clause(text: str, position: int) -> bool:
    """The commitment hangs on a condition: "If he finishes early, I'll …", "Once testing is done I'll …"."""
    before = text[:position]
    return bool(re.search(r"\b(if|unless|whether|once)\b[^,.;]*$", before, re.I))


def _who(who: str, people: People, message: MessageText, sentences: list[Sentence], sentence: Sentence,
         student_names: set[str]) -> Person | None:
    lowered = who.lower()
    if lowered in ("i", "we"):
        return message.author
    if lowered == "you":
        return people.you()
    if lowered in ("he", "she"):
        name = _antecedent_is_staff(sentences, sentence.index - 1 if sentence.index else 0, student_names)
        return people.resolve(name) if name else None
    if lowered == "they" or re.match(r"(?i)(our|the|his|her)\s", who) or lowered == "transportation":
        return message.author
    return people.resolve(re.sub(r"(?<!\s)\s++from\s.*", "", who, flags=re.S))
