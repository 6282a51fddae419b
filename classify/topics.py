"""Which IEP topics a message's own text is about, each with its evidence."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ieptrail.classify import literals
from ieptrail.classify.model import ALSO_BY_DEVICE, MessageText, TopicMention
from ieptrail.classify.nlp import TopicMatch, doc_text
from ieptrail.classify.nlp import iep_norms, sentence_at, topic_kinds
from ieptrail.classify.roles import spanish_para
from ieptrail.classify.taxonomy import QUERY_FILLERS, search_words, whole_queries

# Words that name a service without saying which ("his sessions", "therapy"): the author's own
# role, read from their signature title ("Speech-Language Pathologist"), says which service.
# ... and so does a provider's own make-up ("I couldn't see anyone 3rd period; I'll make it up next Tuesday")
_GENERIC_SERVICE = re.compile(r"\b(sessions?|therapy|services?|minutes|pull-?outs?|goals?|groups?"
                              r"|make\s(?:it|them|that|those|these|this)\sup|made\s(?:it|them)\sup"
                              r"|(?:make-?ups?|makeups?)(?![- ](?:days?|dates?|exams?|quiz(?:zes)?)\b))\b"
                              r"(?![- ](?:rooms?|setting|testing|tests?|administration|environment|location)\b)", re.I)


def _sentence(doc: Doc, start_char: int) -> tuple[str, int, int]:
    return sentence_at(doc, start_char)


def query_topics(nlp: Language, query: str) -> tuple[str, ...]:
    """The topics a search query names: "extra time" -> extended_time, "OT" -> occupational_therapy.
    A query the taxonomy has no phrase for counts for the topics whose label and `search` words hold
    all its words but fillers ("sensory" -> Sensory tools, "check-in" -> Check-in / check-out,
    "handwriting" -> occupational_therapy); a `search` entry that is not words names its topic as
    the whole query ("1:1" -> paraprofessional)."""
    text = query.strip()
    if not text:
        return ()
    taxonomy = nlp.get_pipe("iep_topics").taxonomy
    lowered = text.lower().replace(" ", "_")
    if lowered in taxonomy:
        return (lowered,)
    doc = nlp(text)
    found = tuple(dict.fromkeys(match.topic for match in doc._.topic_matches))
    if found:
        return found
    whole = whole_queries(taxonomy).get(" ".join(text.lower().split()))
    if whole:
        return tuple(whole)
    words = {token.norm_ for token in doc if token.is_alpha and token.lower_ not in QUERY_FILLERS}
    if not words:
        return ()
    return tuple(topic for topic, label in _label_words(nlp).items() if words <= label)


@lru_cache(maxsize=8)
def _label_words(nlp: Language) -> dict[str, frozenset[str]]:
    """topic -> the words of its label and `search` entries, as the pipeline reads them: read once per
    pipeline (the taxonomy does not change under it, as for topic_kinds), not once per query (running
    every topic's words through spaCy for each query was 97% of a query's time)."""
    taxonomy = nlp.get_pipe("iep_topics").taxonomy
    return {topic: frozenset(token.norm_ for value in search_words(spec) for token in nlp(value or topic)
                             if token.is_alpha)
            for topic, spec in taxonomy.items()}


def author_services(nlp: Language, message: MessageText) -> tuple[str, ...]:
    """Service topics named in the author's signature title: their role, not a mention."""
    if not message.signature:
        return ()
    kinds = topic_kinds(nlp)
    title_lines = "\n".join(message.signature.splitlines()[:4])
    doc = nlp(title_lines)
    # "Learning Center / Testing Coordinator": a room where tests are given names where they work, not a service
    testing = bool(_ROOM_FOR_TESTS.search(title_lines))
    return tuple(dict.fromkeys(m.topic for m in doc._.topic_matches if kinds.get(m.topic) == "service" and not m.weak
                               and not (testing and m.rule in _SPECIAL_ED_ROOMS)))


_NAME_BEFORE_PAREN = re.compile(r"[A-Z][a-z]+\s+[A-Z][\w'’-]+\s*\($")


_NAME_BEFORE_COMMA = re.compile(r"[A-Z][a-z]+\s+[A-Z][\w'’-]+,\s*$")
_TITLE_CASED = re.compile(r"[A-Z][\w&/'’-]*(?:\s+(?:of|the|and|for|with|to|[A-Z][\w&/'’-]*))*")
# "(one of our aides)", "(with Ms. Cole reading the items aloud)": a parenthesis that is a clause of the sentence
_DESCRIBED = re.compile(r"\(\s*(?:one\s+of|with|who|while|because|since|during|when|after|before|as)\b", re.I)


def _is_role_label(text: str, start: int, end: int = -1, rule: str = "") -> bool:
    """"Priya Natarajan (SLP)": a role written after a name, as in an invitation's guest list; and a
    role set off after a name as a title ("from Dana Ruiz, TVI, ...", "Dana Ruiz, Vision Teacher (ESD)"). A parenthesis that
    describes the person in words ("Ms. Cole (one of our aides) will ...") or is a clause of its own ("the
    rating scale (with Ms. Cole reading the items aloud)") is part of the sentence."""
    if end > start and (rule.startswith("abbreviation:") or _TITLE_CASED.fullmatch(text[start:end])) \
            and _NAME_BEFORE_COMMA.search(text[max(0, start - 40):start]) \
            and (end == len(text) or text[end] in ",.;()\n" or text[end:end + 2] == " ("):
        return True
    opening = text.rfind("(", max(0, start - 40), start)
    if opening < 0 or ")" in text[opening:start] or _DESCRIBED.match(text, opening):
        return False
    return bool(_NAME_BEFORE_PAREN.search(text[max(0, opening - 40):opening + 1]))


_AIDE = "paraprofessional"


def _cue_in(doc: Doc, topic: str, start: int, end: int) -> TopicMatch | None:
    """A cue of `topic` ("pulled", "sessions", "with him") between these offsets."""
    return next((cue for cue in (doc._.topic_cues or {}).get(topic, ()) if start <= cue.start_char < end), None)


# the writer was pulled to cover elsewhere and so was not with the child: what only the child's aide writes
# ("they pulled me to cover lunch duty, so he was in the cafeteria without me", "I couldn't go with him to science")
_SELF_PULLED = re.compile(r"\b(?:pulled\s+me|I\s+(?:got|was)\s+pulled)\b", re.I)
_NOT_WITH_CHILD = re.compile(r"\b(?:without\s+me|(?:couldn['’]?t|could\s+not|wasn['’]?t\s+able\s+to)\s+(?:go|be|stay)\s+(?:with|w/?)\s)", re.I)

# ... but a group or session held without the writer is their own service missed, not an aide's absence
_OWN_SERVICE = re.compile(r"\b(?:groups?|sessions?|lessons?|therapy)\b", re.I)
# the cues every service shares (nlp.SERVICE_CUES: "session", "minutes", "goal", "missed") say nothing of an aide
# when the aide writes them: the child's day told by the adult beside them ("his goal is 75%", "Ms. Reyes came and
# got him for his session", "a 15 minute break") names other services, other plans; only an aide's own cues
# (covering, pulled, absent, with him) say their support is the matter
_SESSION_WORDS = re.compile(r"(?:sessions?|minutes?|groups?|therapy|services?|goals?|missed|cancell?ed|make-?\s?ups?|made\s+up)", re.I)


def _named_providers(doc: Doc, message: MessageText, role_services: tuple[str, ...],
                     named_roles: dict[str, set[str]]) -> list[TopicMention]:
    """A service by the person who provides it: "Ms. Pierce wasn't with her" (the aide), "Has her
    Friday group with Ms. Haddad been cancelled?" (the social worker), "they pulled me again"
    (written by the aide). Naming a provider is not enough ("Ms. Haddad will be at the meeting"):
    the sentence must also carry one of the service's cues (nlp.SERVICE_CUES, the topic's `cues`), or
    the next one, when it goes on about them ("... Ms. Haddad? Her group is ...")."""
    found = []
    text = doc_text(doc)
    if _AIDE not in role_services:
        pulled = literals.search(_SELF_PULLED, text)
        apart = pulled and _NOT_WITH_CHILD.search(text)
        sentence, start, end = _sentence(doc, apart.start()) if apart else ("", 0, 0)
        if apart and not _OWN_SERVICE.search(sentence):
            found.append(TopicMention(_AIDE, sentence, apart.start(), apart.end(),
                                      "the author was pulled away and so was not with the child"))
    if _AIDE in role_services:
        for cue in (doc._.topic_cues or {}).get(_AIDE, ()):
            if _SESSION_WORDS.fullmatch(text, cue.start_char, cue.end_char):
                continue  # the aide's own words about the day ("his goal is 75%", "his session with the SLP")
            sentence, start, end = _sentence(doc, cue.start_char)
            found.append(TopicMention(_AIDE, sentence, cue.start_char, cue.end_char, f"role: the author is the aide + {cue.rule}"))
            break
    for key, topics in named_roles.items():
        if key.title() not in text:  # most names are not in a given message: no need to compile and run the search
            continue
        for match in re.finditer(rf"\b{re.escape(key.title())}\b", text):
            sentence, start, end = _sentence(doc, match.start())
            following, next_start, next_end = _next_sentence(doc, end)
            for topic in topics:
                cue = _cue_in(doc, topic, start, end)
                if cue is None and _BY_PRONOUN.match(following):
                    cue = _cue_in(doc, topic, next_start, next_end)
                if cue is not None:
                    found.append(TopicMention(topic, sentence, match.start(), match.end(),
                                              f"named: {key.title()} provides it + {cue.rule}"))
    return found


# the next sentence goes on about the person just named: "Could Ms. Reyes come in person? Her goal is the one we
# most want to talk about."
_BY_PRONOUN = re.compile(r"(?:she|he|her|his|they|their)\b", re.I)


def _next_sentence(doc: Doc, end: int) -> tuple[str, int, int]:
    text = doc_text(doc)
    following = len(text) - len(text[end:].lstrip()) if end < len(text) else end
    if following >= len(text):
        return "", end, end
    return _sentence(doc, following)


# possessive spaces, each run read once: "\s*(\[\d+\])?\s*" let a subject of tabs be split between two quantifiers
_REPLY_PREFIX = re.compile(r"^\s*+((re|fw|fwd|aw|sv)\s*+(?:(\[\d+\])\s*+)?:\s*+)+", re.I)


@lru_cache(maxsize=1024)  # a thread's messages come close together; each entry holds its matches
def _subject_matches(nlp: Language, subject: str) -> tuple[TopicMatch, ...]:
    """Firm topic matches in a subject line: one sentence, so only the words' dictionary forms
    and the taxonomy are needed (a thread's messages share it: read it once)."""
    doc = nlp.make_doc(subject)
    for token in doc:
        token.is_sent_start = token.i == 0  # one sentence
    nlp.get_pipe("iep_topics")(iep_norms(doc))
    return tuple(match for match in doc._.topic_matches if not match.weak)


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


# an aide who stands in for another ("a substitute aide will ride Route 9", "aide coverage") says no more than a bare
# "aide" which aide: on a bus route, the bus aide
_AIDE_STANDING_IN = {"phrase:substitute aide", "phrase:sub aide", "phrase:backup aide", "phrase:back-up aide",
                     "phrase:aide coverage", "phrase:replacement aide"}
_RELATED_SERVICES = {"speech_language_therapy", "occupational_therapy", "physical_therapy", "counseling"}
_DELIVERY_MODEL = {"phrase:pull-out", "phrase:push-in", "phrase:pull out services", "phrase:push in support",
                   "phrase:push in during", "phrase:push in for", "phrase:push into his class", "phrase:push into her class",
                   "phrase:push into the classroom"}
_BUS_CONTEXT = re.compile(r"\b(bus|buses|route|routes|driver|drivers|transportation|van)\b", re.I)
# the bus of a field trip is the outing's, not the transportation service: a bare "bus" in a message
# about a trip counts only beside a firmer transportation word ("the lift bus is confirmed")
# ("his bus trip home" is the ride itself: only an outing's names count)
_TRIP = re.compile(r"\b(?:(?:field|class|school|grade)\s+trips?|outings?|excursions?)\b", re.I)
_BARE_BUS = {"phrase:bus", "phrase:buses"}
# ... and a bare "bus" that is where the child goes at day's end or comes from in the morning ("before he gets on the
# bus", "walks to the bus", "I picked him up from the bus", "he can ride the bus or be picked up") is the day's routine
# told in passing, not the transportation service: what the service's own words (route, stop, driver, aide on the bus) say
_BUS_ROUTINE = re.compile(r"\b(?:gets?|got|getting|walks?|walked|walking|rides?|rode|riding|takes?|took|taking|from|to|off|onto)"
                          r"\s+(?:(?:on|off|to|onto)\s+)?(?:the|his|her|their)\s+(?:activity\s+)?$", re.I)
# ... and so the aide of a message about an outing is not the bus aide for the trip's bus being named
_RIDE_CONTEXT = re.compile(r"\b(route|routes|driver|drivers|transportation|van)\b", re.I)
_CLASS_CONTEXT = re.compile(r"\b(class|classes|classroom|lunch|recess|specials|centers|kindergarten|grade)\b", re.I)
# a special-education room named as where a test is taken or read, or where materials wait, is the
# setting of that accommodation, not the instruction given there
_SPECIAL_ED_ROOMS = {"phrase:resource room", "phrase:learning center", "phrase:learning lab", "phrase:skills lab"}
# "his resource room time", "her learning center minutes": the instruction given there, whatever else the sentence says
_ROOM_AS_INSTRUCTION = re.compile(r"\s+(?:time|minutes|period|block|class|group|session|sessions|services)\b", re.I)
_ROOM_AS_PLACE = re.compile(r"\b(tests?|testing|quiz(zes)?|exams?|retakes?|retook|conference room|calendar|packets?|copies|copier)\b", re.I)
# ... and where extended time is given, that room is a separate setting ("extended time in the Learning
# Center"); a title naming such a room with testing ("Learning Center / Testing Coordinator") is a place too
_ROOM_FOR_TESTS = re.compile(r"\b(tests?|testing|quiz(zes)?|exams?)\b", re.I)
# what someone said at a past meeting is recalled, not the meeting discussed: "at the IEP meeting
# you said", "in the IEP meeting you tell me", "reviewed at his IEP meeting", "as promised at Tuesday's meeting"
_RECALLED_MEETING = re.compile(r"\b(?:at|in|during)\s+(?:(?:the|his|her|your|our|their|\w+['’]s)\s+(?:annual\s+)?"
                               r"(?:IEP|ARD)|\w+day['’]s)\s+meeting\b", re.I)
# a prior written notice is the record of what the IEP team proposed or refused; one sent with an
# evaluation plan or a consent for evaluation is about the evaluation instead
_NOTICE_RULES = {"weak:prior written notice", "weak:prior written notices", "weak:PWN", "weak:PWNs"}
_EVALUATION_NOTICE = re.compile(r"\b(evaluat\w*|re-?eval\w*|consent)\b", re.I)
# evaluations that took a provider away are other students' ("I was pulled to do an evaluation at another school and missed
# his session", "pulled for initial evals this week", "I had initial evaluations scheduled both days"): the provider's own
# schedule, the reason a session was missed, not this child's evaluation
_PULLED_FOR_EVALUATIONS = re.compile(r"\b(?:pulled|called|sent)\s+(?:in\s*)?(?:to|for|into)\b|\bprioriti[sz]e\b"
                                     r"|\b(?:had|have|has)\s+(?:\w+\s+){0,2}eval(?:uation)?s\s+scheduled\b", re.I)
_PLURAL_EVALUATIONS = re.compile(r"(?:initial\s+|re-?)?eval(?:uation)?s", re.I)
_RECALL_VERB = re.compile(r"\b(said|say|told|tell|promised|mentioned|reviewed|decided|agreed)\b", re.I)
# meetings counted or set beside this one are other students' ("three annual IEPs", "because of an IEP meeting
# that ran long", "another IEP meeting"), as are those the writer was pulled into or sat in on ("I got pulled into
# ARDs both days", "I had to sit in on a manifestation determination"): the writer's own schedule, not this child's meeting
_OTHER_MEETINGS = re.compile(r"\b(?:another|other|two|three|four|five|six|several|multiple|many|back-to-back|because\s+of\s+an"
                             r"|(?:each|every)\s+student['’]s|students['’]"
                             r"|(?:pulled|called)\s+in(?:to)?|sit\s+in\s+on\s+an?|sat\s+in\s+on\s+an?)"
                             r"\s+(?:annual\s+)?$", re.I)
# a meeting placed in a past season or year and recalled as where something was said or done ("the core board you
# talked about at the IEP meeting in the fall", "we went over that at her ARD last spring"): the source of a
# decision, not a meeting the message discusses
_PAST_MEETING = re.compile(r"\b(?:at|in|during)\s+(?:the|his|her|your|our|their|\w+['’]s)\s+(?:annual\s+)?(?:IEP|ARD)"
                           r"(?:\s+meeting)?\s+(?:last\s+(?:spring|fall|autumn|winter|summer|year|semester|month)"
                           r"|in\s+the\s+(?:fall|autumn|spring|winter))\b", re.I)
_PAST_RECALL = re.compile(r"\b(?:talked|went\s+over|discussed|covered|said|told|agreed|decided|asked|promised|mentioned"
                          r"|reviewed|showed|gave)\b", re.I)
# the yearly meeting named only as the end of a preparation ("before his annual review", "so we have current data
# for her annual IEP", "before the annual IEP in April"): the message is about what is being prepared; a meeting
# with its day set ("before the annual IEP meeting on May 5") or offered dates is the meeting itself
_BEFORE_ANNUAL = re.compile(r"\b(?:before|for|by|ahead\s+of|prior\s+to)\s+(?:(?:the|his|her|their|your|\w+['’]s)\s+)?"
                            r"(?:next\s+|upcoming\s+)?$", re.I)
_ANNUAL = re.compile(r"\bannual\b", re.I)
_DAY_SET = re.compile(r"(?:\s++(?:IEP|ARD|review|meeting))*+\s++on\s", re.I)
# ... what the family brings or asks there is the meeting itself ("our parent input statement for the annual review")
_SCHEDULING = re.compile(r"\b(?:options?|dates?|meeting\s+times?|schedul\w*|calendar|invit\w*|agenda|attend\w*|works?\s+for"
                         r"|parent\s+input|ask|questions|concerns|bring|discuss|talk)\b", re.I)
# Read&Write is a toolbar of many tools (speech-to-text, word prediction, highlighters): its name is the read-aloud
# accommodation only beside reading, a test or listening ("so Read&Write can read the quiz to him")
_TOOLBARS = {"phrase:Read&Write"}
_READING_CONTEXT = re.compile(r"\b(?:tests?|quiz(?:zes)?|exams?|assessments?|aloud|out\s+loud|listen\w*|text[- ]to[- ]speech"
                              r"|audio\w*|passages?|chapters?|articles?|books?|novels?|word\s+problems?|directions|questions"
                              r"|reads|reading|read(?![&\w]))", re.I)
# a bare "make-up" in a sentence about a test, with no session or service named, is a test taken late
# ("the testing room is free Tuesday for the make-up"), not a service made up
_TEST_WORDS = re.compile(r"\b(?:tests?|testing|quiz(?:zes)?|exams?|(?-i:P?SAT|ACT))\b", re.I)
_SERVICE_MADE_UP = re.compile(r"\b(?:sessions?|services?|minutes|therapy|lessons?|groups?|speech|OT|PT)\b", re.I)
# a consent form for something other than an evaluation: a testing agency's accommodations request ("the College
# Board request, once I have your signed consent form"), a release, a trip; an evaluation word anywhere keeps it
_CONSENT_RULES = {"phrase:signed consent", "phrase:the consent", "phrase:consent form", "phrase:consent paperwork"}
_CONSENT_FOR_OTHER = re.compile(r"\b(?:College\s+Board|(?-i:SSD|P?SAT|ACT|AP)\s+(?:request|exams?|accommodations?|School\s+Day)"
                                r"|release\s+of\s+information|field\s+trip|photo\s+release|medication)\b", re.I)
_EVALUATION_WORDS = re.compile(r"\b(?:evaluat\w*|re-?evals?|assess\w*|testing\s+for|FIE|FIIE|psycho-?educational)\b", re.I)
# headphones to listen through ("the MP3 audio format, which she can use with headphones") are how audio reaches the
# child, not the noise-reducing sensory tool ("noise-cancelling headphones" is its own phrase)
_HEADPHONES = {"phrase:headphones", "phrase:headphone"}
_LISTENING = re.compile(r"\b(?:audio\w*|listen\w*|MP3s?|text[- ]to[- ]speech|read[- ]aloud|videos?|podcasts?|narrat\w*)\b", re.I)
# a staff member moved to a special-education room ("she was reassigned to the 9th grade resource room for 4th
# period") is where that adult went, not the instruction the child gets there
_STAFF_MOVED_TO = re.compile(r"\b(?:reassigned|pulled|moved|sent\s+over)\s+(?:to|into)\s+(?:the|a|another)\s+(?:[\w-]+\s+){0,2}$", re.I)
# a lunch group run by a speech, occupational or physical therapist is that therapy's group, not counseling
_GROUP_FORMATS = {"phrase:lunch bunch", "phrase:lunch group"}
# keyboarding said beside a therapy is a skill that therapy teaches ("30 minutes of OT for handwriting and
# keyboarding"), not a device the child uses
_SKILL_OF_THERAPY = {"phrase:keyboarding"}
# a make-up someone proctors is a test given late, not a service made up: "pulled to proctor the make-up session"
_PROCTORED = re.compile(r"\bproctor(?:s|ed|ing)?\s+(?:the\s+|a\s+)?$", re.I)
# an interpreter of a spoken language is for the family (meetings, documents), not a support beside the
# child as a sign-language interpreter is: "the district interpreter will translate the draft into Spanish"
_INTERPRETER = re.compile(r"\binterpret", re.I)
# ... and so is one a subject line books for a meeting ("Interpreter request - Lee ARD 11/19", "Interpreter
# for Tuesday's IEP meeting"): the family's words at the table, not the child's support in class
_INTERPRETER_FOR_MEETING = re.compile(r"\binterpret\w*\b[^\n]{0,60}?\b(?:ARD|IEP\s+meeting|meeting|conference)s?\b", re.I)
_SIGNED = re.compile(r"\b(sign(ed)?\s+language|signing|ASL|deaf|hard\s+of\s+hearing|DHH|educational\s+interpreters?)\b", re.I)
_SPOKEN_LANGUAGE = re.compile(
    r"\b(translat\w*|traduc\w*|int[ée]rprete|bilingual|language\s+access|language\s+line|interpreter\s+for\s+(you|me|us|the\s+family|"
    r"the\s+parents?|the\s+meeting)|spanish|español|vietnamese|arabic|somali|hmong|mandarin|cantonese|chinese|portuguese|"
    r"russian|ukrainian|haitian|creole|french|korean|tagalog|swahili|amharic|pashto|dari|farsi|urdu|punjabi|"
    r"nepali|burmese|polish)\b", re.I)


def _without_misreadings(mentions: list[TopicMention], subject: str, role_services: tuple[str, ...],
                         kinds: dict[str, str], text: str = "") -> list[TopicMention]:
    """Words whose topic depends on who writes and what else is said:
    - a bare "aide" said about the bus (in its sentence, or under a subject about the bus, with
      nothing about a class) is the bus aide (transportation), not the child's para;
    - "push-in"/"pull-out" said by a therapist, or beside a therapy, is how that therapy is given;
    - "para" in a Spanish sentence is the preposition;
    - "the resource room" in a sentence about a test or another accommodation is where it happens
      (and, beside extended time, the separate setting it is given in);
    - "at the IEP meeting you said ..." recalls what was said there, it does not discuss the meeting;
    - an interpreter in a message about translation or a spoken language interprets for the family;
    - a make-up that someone proctors is a late test, not a compensatory session;
    - a "lunch bunch" written by a therapist is their own group;
    - keyboarding beside a therapy is a skill that therapy works on, not assistive technology;
    - "three annual IEPs", "another IEP meeting": other students' meetings;
    - a bare "bus" in a message about a field trip is the trip's bus, not the transportation service
      (nor does it make an aide for the trip the bus aide); nor is one the child gets on or comes off;
    - evaluations that pulled a provider away from sessions are other students';
    - a meeting recalled from a past season, or the annual meeting named only as a preparation's end;
    - Read&Write away from reading or a test; a bare make-up in a sentence about a test;
    - a consent form for a testing agency's request; headphones to listen through; a room an adult was moved to."""
    para_rules = {m.rule for m in mentions if m.topic == _AIDE}
    bare_aide = {rule for rule in para_rules if rule.endswith(("phrase:aide", "phrase:aides")) or rule in _AIDE_STANDING_IN}
    only_bare = para_rules == bare_aide
    therapist = bool(_RELATED_SERVICES & set(role_services))
    therapy_sentences = {m.sentence for m in mentions if m.topic in _RELATED_SERVICES}
    accommodation_sentences = {m.sentence for m in mentions if kinds.get(m.topic) == "accommodation"}
    timed_sentences = {m.sentence for m in mentions if m.topic == "extended_time"}
    timed_ends = [m.end for m in mentions if m.topic == "extended_time" and m.start >= 0]
    setting_sentences = {m.sentence for m in mentions if m.topic == "separate_setting"}
    instruction_sentences = {m.sentence for m in mentions
                             if m.topic == "specialized_instruction" and m.rule not in _SPECIAL_ED_ROOMS}
    bus_rules = {m.rule for m in mentions if m.topic == "transportation"}
    trip = bool(literals.search(_TRIP, text) or literals.search(_TRIP, subject))
    trip_bus = bool(bus_rules) and bus_rules <= _BARE_BUS and trip
    bus_context = _RIDE_CONTEXT if trip else _BUS_CONTEXT
    spoken_interpreter = bool(literals.search(_SPOKEN_LANGUAGE, text) or literals.search(_SPOKEN_LANGUAGE, subject)
                              or _INTERPRETER_FOR_MEETING.search(subject)) and not _SIGNED.search(text)
    evaluations = [m for m in mentions if m.topic == "evaluation"]
    others_evaluations = {(m.start, m.rule) for m in evaluations if _PULLED_FOR_EVALUATIONS.search(m.sentence)}
    if others_evaluations:  # ... and "once the evals are done" later on names those evaluations again
        others_evaluations |= {(m.start, m.rule) for m in evaluations
                               if m.start >= 0 and _PLURAL_EVALUATIONS.fullmatch(text[m.start:m.end])}
    kept = []
    for mention in mentions:
        if mention.topic == _AIDE and spoken_interpreter and _INTERPRETER.search(mention.rule):
            continue
        if mention.topic == _AIDE and mention.rule in bare_aide and only_bare \
                and (bus_context.search(mention.sentence) or bus_context.search(subject)) \
                and not _CLASS_CONTEXT.search(mention.sentence):
            continue
        if mention.topic == "transportation" and trip_bus:
            continue
        if mention.topic == "transportation" and mention.rule in _BARE_BUS and mention.start > 0 \
                and _BUS_ROUTINE.search(text[max(0, mention.start - 40):mention.start]):
            continue
        if mention.topic == "evaluation" and ((mention.start, mention.rule) in others_evaluations or (
                mention.rule.startswith("reply subject") and _PULLED_FOR_EVALUATIONS.search(subject))):
            continue
        if mention.topic == _AIDE and mention.rule == "phrase:para" and spanish_para(mention.sentence):
            continue
        if mention.topic == "specialized_instruction" and mention.rule in _DELIVERY_MODEL \
                and (therapist or mention.sentence in therapy_sentences):
            continue
        if mention.topic == "specialized_instruction" and mention.rule in _SPECIAL_ED_ROOMS \
                and mention.sentence in instruction_sentences and mention.sentence not in setting_sentences \
                and any(0 <= mention.start - end <= 12 for end in timed_ends):
            # "extended time in the Learning Center" in a sentence that also names the instruction
            setting_sentences.add(mention.sentence)
            kept.append(replace(mention, topic="separate_setting", rule=f"{mention.rule} as where a test is taken"))
            continue
        if mention.topic == "specialized_instruction" and mention.rule in _SPECIAL_ED_ROOMS \
                and mention.sentence not in instruction_sentences \
                and not (mention.start >= 0 and _ROOM_AS_INSTRUCTION.match(text, mention.end)) \
                and (mention.sentence in accommodation_sentences or _ROOM_AS_PLACE.search(mention.sentence)):
            if mention.sentence not in setting_sentences and mention.sentence in timed_sentences:
                setting_sentences.add(mention.sentence)
                kept.append(replace(mention, topic="separate_setting", rule=f"{mention.rule} as where a test is taken"))
            continue
        if mention.topic == "assistive_technology" and mention.rule in _SKILL_OF_THERAPY \
                and mention.sentence in therapy_sentences:
            continue
        if mention.topic == "counseling" and mention.rule in _GROUP_FORMATS and therapist and "counseling" not in role_services:
            continue
        if mention.topic == "compensatory_services" and mention.start > 0 \
                and _PROCTORED.search(text[max(0, mention.start - 24):mention.start]):
            continue
        if mention.topic == "iep_meeting" and mention.start > 0 \
                and mention.rule.startswith(("phrase:", "pattern:", "abbreviation:")) \
                and _OTHER_MEETINGS.search(text[max(0, mention.start - 30):mention.start]):
            continue
        if mention.topic == "iep_meeting" and mention.rule in _NOTICE_RULES and _EVALUATION_NOTICE.search(mention.sentence):
            continue
        if mention.topic == "iep_meeting" and _RECALLED_MEETING.search(mention.sentence) \
                and _RECALL_VERB.search(mention.sentence):
            continue
        if mention.topic == "iep_meeting" and _PAST_MEETING.search(mention.sentence) and _PAST_RECALL.search(mention.sentence):
            continue
        if mention.topic == "iep_meeting" and mention.start > 0 and _ANNUAL.search(text, mention.start, mention.end) \
                and _BEFORE_ANNUAL.search(text, max(0, mention.start - 30), mention.start) \
                and not _DAY_SET.match(text, mention.end) and not _SCHEDULING.search(mention.sentence):
            continue
        if mention.topic == "evaluation" and mention.rule in _CONSENT_RULES \
                and (literals.search(_CONSENT_FOR_OTHER, text) or _CONSENT_FOR_OTHER.search(subject)) \
                and not (literals.search(_EVALUATION_WORDS, text) or _EVALUATION_WORDS.search(subject)):
            continue
        if mention.topic == "sensory_tools" and mention.rule in _HEADPHONES and _LISTENING.search(mention.sentence):
            continue
        if mention.topic == "specialized_instruction" and mention.rule in _SPECIAL_ED_ROOMS and mention.start > 0 \
                and _STAFF_MOVED_TO.search(text, max(0, mention.start - 50), mention.start):
            continue
        if mention.topic == "read_aloud" and mention.rule in _TOOLBARS and not _READING_CONTEXT.search(mention.sentence):
            continue
        if mention.topic == "compensatory_services" and mention.rule.startswith("weak:") \
                and _TEST_WORDS.search(mention.sentence) and not _SERVICE_MADE_UP.search(mention.sentence):
            continue
        kept.append(mention)
    return kept


# an IEP meeting named as the time something else happens by ("at or before the annual IEP meeting", "ahead of
# each IEP meeting"): in a memo to a whole list, a date on every student's calendar, not a meeting it is about
_MEETING_AS_DEADLINE = re.compile(r"\b(?:before|after|by|until|ahead\s+of|prior\s+to)\s+(?:the|each|every|an?|their|your)"
                                  r"\s+(?:annual\s+)?$", re.I)


def _said_to_all(mentions: list[TopicMention], text: str) -> list[TopicMention]:
    """A memo to a staff or parent list speaks of every student at once: words that name this child's
    service or meeting only when said of one child are not read there.
    - "pull-out"/"push-in" is how services are given; in a memo to the building it is the schedule
      of everyone's (their "specials and pull-outs are moved"), not specialized instruction;
    - an IEP meeting named as a deadline ("before the annual IEP meeting") is each student's own."""
    kept = []
    for mention in mentions:
        if mention.topic == "specialized_instruction" and mention.rule in _DELIVERY_MODEL:
            continue
        if mention.topic == "iep_meeting" and mention.start > 0 \
                and _MEETING_AS_DEADLINE.search(text[max(0, mention.start - 30):mention.start]):
            continue
        kept.append(mention)
    return kept


# "small group" as one item of a list of test accommodations ("oral administration, small group, extended time")
# is the small-group testing setting state manuals name; elsewhere it is usually how instruction is given
_SMALL_GROUP = re.compile(r"\bsmall[- ]group\b", re.I)
_ITEM_BEFORE = re.compile(r"(?:[,;:(\n-]|\band)[ \t]*$", re.I)  # read on the few characters before it
_ITEM_AFTER = re.compile(r"[ \t]*+(?:[,;.)\n]|and\b|$)", re.I)
_TEST_ACCOMMODATIONS = {"extended_time", "read_aloud", "calculator", "breaks", "scribe", "large_print"}


def _small_group_setting(doc: Doc, mentions: list[TopicMention]) -> list[TopicMention]:
    if any(m.topic == "separate_setting" for m in mentions):
        return []
    listed = {m.sentence for m in mentions if m.topic in _TEST_ACCOMMODATIONS}
    text = doc_text(doc)
    for match in literals.finditer(_SMALL_GROUP, text):
        start = match.start()
        before = text[max(0, start - 12):start]
        if not ((_ITEM_BEFORE.search(before) or not text[:start].strip()) and _ITEM_AFTER.match(text, match.end())):
            continue
        sentence, _, _ = _sentence(doc, start)
        if sentence in listed:
            return [TopicMention("separate_setting", sentence, start, start + len("small group"),
                                 "small group listed among test accommodations")]
    return []


# "a student group" (of accounts), "a testing group": not a service
_NOT_A_SERVICE_GROUP = re.compile(r"\b(?:student|testing|test)[- ]$", re.I)


def _generic_service_word(doc: Doc, text: str, mentions: list[TopicMention]) -> tuple[re.Match | None, str]:
    """The first word that names a service without saying which ("his sessions", "the group") and is
    not how a test is given: "He will test with me in short sessions with breaks", "small group,
    extended time, calculator" (a roster of test accommodations) name the testing, not the author's service."""
    accommodation_sentences = {m.sentence for m in mentions if m.topic in _TEST_ACCOMMODATIONS}
    for match in literals.finditer(_GENERIC_SERVICE, text):
        sentence, _, _ = _sentence(doc, match.start())
        if sentence in accommodation_sentences or _ROOM_FOR_TESTS.search(sentence) \
                or _NOT_A_SERVICE_GROUP.search(text, max(0, match.start() - 9), match.start()):
            continue
        return match, sentence
    return None, ""


# text-to-speech is the read-aloud accommodation given by a device or an app (state manuals list it beside the
# human reader): a message that names it is about that technology too. Said here, not in the taxonomy, so that a
# search for "text to speech" still names read-aloud alone
_SPOKEN_BY_DEVICE = {"phrase:text to speech", "phrase:text-to-speech", "phrase:text to speech tool", "abbreviation:TTS",
                     "phrase:text-to-speech accommodation"}


def _spoken_by_a_device(mentions: list[TopicMention]) -> list[TopicMention]:
    return [replace(m, topic="assistive_technology", rule=m.rule + ALSO_BY_DEVICE)
            for m in mentions if m.topic == "read_aloud" and m.rule in _SPOKEN_BY_DEVICE]


# a test taken from the child at the bell is the time limit their extended time lifts ("I collected the quizzes at the
# bell", "when the bell rang he took it up even though she was not done"): the accommodation not given, in words
# that never name it. The bell must end the work (a verb of taking it away), and the message must be about a test
_AT_THE_BELL = re.compile(r"\b(?:at|by)\s++the\s++bell\b|\bwhen\s++the\s++bell\s++(?:rang|rings|went)\b"
                          r"|\bthe\s++bell\s++rang\b", re.I)
_WORK_TAKEN = re.compile(r"\b(?:collect(?:s|ed|ing)?|took\s++(?:it|them|\w+['’]s|her\s++\w+|his\s++\w+)\s++up"
                         r"|(?:take|takes|taking)\s++(?:it|them)\s++up|turn(?:s|ed|ing)?\s++(?:it|them)\s++in"
                         r"|(?:had|made)\s++to\s++(?:stop|turn)|stopp?(?:ed|ing)?\s++(?:him|her|them)|pulled\s++(?:him|her)\s++off"
                         r"|pick(?:s|ed)?\s++(?:it|them)\s++up)\b", re.I)
_TIMED_WORK = re.compile(r"\b(?:tests?|quiz(?:zes)?|exams?|essays?|benchmarks?|assessments?|timed\s++writes?|(?-i:DBQ|LEQ))\b",
                         re.I)


# ... said among IEP talk, or of the child's unfinished work (a class's routine told alone is not the accommodation)
_UNFINISHED = re.compile(r"\b(?:(?:was|were|is|wasn['’]t|was\s++not|not)\s++(?:done|finished)|(?:didn['’]t|did\s++not|couldn['’]t)\s++finish"
                         r"|unfinished|half[- ]finished|blank)\b", re.I)


def _stopped_at_the_bell(doc: Doc, text: str, subject: str, mentions: list[TopicMention]) -> list[TopicMention]:
    if any(m.topic == "extended_time" for m in mentions) \
            or not (literals.search(_TIMED_WORK, text) or _TIMED_WORK.search(subject)):
        return []
    for bell in literals.finditer(_AT_THE_BELL, text):
        sentence, _, end = _sentence(doc, bell.start())
        if _WORK_TAKEN.search(sentence) and (mentions or _UNFINISHED.search(sentence)
                                             or _UNFINISHED.search(_next_sentence(doc, end)[0])):
            return [TopicMention("extended_time", sentence, bell.start(), bell.end(),
                                 "timed work taken at the bell")]
    return []


def find_topics(nlp: Language, doc: Doc, message: MessageText, role_services: tuple[str, ...] = (),
                named_roles: dict[str, set[str]] | None = None) -> list[TopicMention]:
    if (message.bulk and not message.list_memo) or message.auto_reply:
        return []  # newsletters and out-of-office replies are not about the child's services
    mentions: list[TopicMention] = []
    weak: list[TopicMention] = []
    text = doc_text(doc)
    for match in doc._.topic_matches:
        if _is_role_label(text, match.start_char, match.end_char, match.rule):
            continue
        sentence, start, end = _sentence(doc, match.start_char)
        mention = TopicMention(match.topic, sentence, match.start_char, match.end_char, match.rule)
        (weak if match.weak else mentions).append(mention)
    if message.subject:
        if not message.is_reply:
            subject_topics = _subject_matches(nlp, _REPLY_PREFIX.sub("", message.subject))
            # a thread's first subject line is its author's own words ("OT yesterday")
            mentions.extend(TopicMention(match.topic, message.subject, -1, -1, "subject " + match.rule)
                            for match in subject_topics)
        elif doc._.topic_cues:
            subject_topics = _subject_matches(nlp, _REPLY_PREFIX.sub("", message.subject))
            mentions.extend(_carried_by_reply(doc, subject_topics, {m.topic for m in mentions}))
    weak_read = bool(mentions)
    if weak_read:
        mentions.extend(weak)  # "make it up" means make-up services only among IEP talk
    mentions.extend(_named_providers(doc, message, role_services, named_roles or {}))
    mentions.extend(_spoken_by_a_device(mentions))
    mentions.extend(_small_group_setting(doc, mentions))
    mentions.extend(_stopped_at_the_bell(doc, text, message.subject, mentions))
    kinds = topic_kinds(nlp)
    mentions = _without_misreadings(mentions, message.subject, role_services, kinds, text)
    if message.list_memo:
        mentions = _said_to_all(mentions, text)
    firm_services = {m.topic for m in mentions if kinds.get(m.topic) == "service"}
    # an aide's title names where they work ("Paraeducator, Learning Center"); their words about the child's
    # goals or sessions are not that room's service (their own support is read from their cues above)
    if role_services and not firm_services and _AIDE not in role_services:
        generic, sentence = _generic_service_word(doc, text, mentions)
        if generic:
            for topic in role_services:
                mentions.append(TopicMention(topic, sentence, generic.start(), generic.end(),
                                             f"role:{generic.group(0).lower()} by the author, whose title names it"))
            if not weak_read:  # a provider writing of their own service is IEP talk too ("his extra session")
                mentions.extend(_without_misreadings(weak, message.subject, role_services, kinds, text))
    mentions.sort(key=lambda m: (m.start, m.topic))
    return mentions
