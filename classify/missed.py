"""What the IEP required that the mail says did not happen: missed service sessions and
accommodations not provided.

"speech was cancelled today", "the para was pulled to cover another class", "the bus never came
this morning", "he wasn't given his extended time on the unit test", "nobody read the word
problems to her", "he went the whole afternoon without his talker". One row per topic and day,
with minutes where the text gives them for a service ("his 30-minute session", "(90 min)",
"from 11:45 to 1:15", "60 minutes total" over two days); accommodations and transportation are
not counted in minutes.

How a statement is read:
- units: sentences; those on a bulleted line share the line's leading dates ("- 2/5: I was
  assigned to testing. Those sessions aren't made up."); a bulleted line with no cue of its own
  takes the cue of the line that introduces the list ("He has missed four sessions:"), or of the
  line before when it says "same" ("- 3/3: Same for the assembly"). A running count adds its days
  to the report before it ("That is now January 5 and January 23").
- a cue says something did not take place: the session (cancelled, didn't meet, missed, was not
  delivered), its provider (out sick, on leave, pulled to cover, on lunch duty; services only),
  or the thing itself (without his…, no…, wasn't given…, nobody read…, should have had…); a few
  phrasings imply the accommodation ("with the regular 55 minutes": extended time; "in my room
  with the rest of the class": a separate setting; "no monitor on the route": transportation;
  "had to stop when everyone else did": extended time); counts ("only 2 of her 8 sessions", "has
  only had OT once since…"), a post left empty ("the position is still unfilled"), a session put
  on hold, paused or fallen through.
- scope: a cue about the thing takes the topic named right after it ("didn't get his breaks");
  others take the topic of their stretch of the sentence; with none named, the person named or
  the author ("I was out sick") says which service, then the sentence before, the subject line,
  or the one service the message is about. "it" opening a paragraph is what the paragraph before
  was about; with nothing named before it, what the subject line names.
- the day: dates in the unit; the dates of a list the unit introduces; a day named just before
  in the paragraph; else the day the message was sent, for a plain past-tense report that names
  no time at all; no day, for an absence that has lasted ("hasn't seen the OT since break", "three
  weeks in a row", "it's been a month since"), unless the writer only acknowledges it ("I know he
  has gone…"). "Monday through Wednesday" is three days; a class the child has every day,
  missed "since 10/14", is each school day since.
- not a missed service: a question, a hypothetical ("if she misses speech"), habits with no day
  ("her sessions keep getting cancelled"), a plan for a later day, a make-up that happened, the
  child absent or checked out (unless a list of misses gives it as the school's claim), a day
  without school, quoted speech, negated cues ("she has not missed a session", "never without her
  voice"), a leave announced from a day on, an absence given as why a reply is late, what is to be
  logged, and misses named only as what compensatory services are for.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta

from ieptrail.classify import literals
from ieptrail.classify import missed_cues as cues
from ieptrail.classify import missed_when as timing
from ieptrail.classify.model import ALSO_BY_DEVICE, MessageText, MissedServiceFound, TopicMention
from ieptrail.classify.sentences import TITLED_NAME, Sentence, inside, quoted_spans
from ieptrail.classify.when import NUMBER_WORDS

_LINE_DATE = r"(?:(?:mon|tue|wed|thu|fri)[a-z]*\.?,?[ \t]+)?\d{1,2}/\d{1,2}\b"
# a line led by a date or a list of dates ("2/5: …", "Mon 3/23, Tue 3/24 and Wed 3/25: …") is an item of a list
_BULLET_LINE = re.compile(r"^[ \t]*(?:[-*•–—·▪●◦][ \t]+|\d{1,2}[.)][ \t]+|\(\d{1,2}\)[ \t]+|"
                          r"(?=" + _LINE_DATE + r"(?:(?:,|,?[ \t]+(?:and|or|&))[ \t]+" + _LINE_DATE + r")*"
                          r"[^\n]{0,3}[-:–)]))",
                          re.I | re.M)
# indentation and bullet read once (possessive): backtracking into them only ever found a "lead" made of
# a space or the bullet itself, and was cubic on a line of tabs
_LEAD_DATE = re.compile(r"^[ \t]*+(?:[-*•–—·▪●◦]|\d{1,2}[.)]|\(\d{1,2}\))?[ \t]*+"
                        r"(?P<lead>[^:\n]{1,80}?)(?:\s*+:|\s++[-–—]\s)")
_SAME_AS_BEFORE = re.compile(r"^[ \t]*(?:[-*•–—·▪●◦][ \t]*)?[^:]{0,60}:\s*(?:the\s+)?same\b", re.I)
_COORDINATION = re.compile(r"\s*(?:,\s*)?(?:and|or|nor|,)\s+(?:(?:no|his|her|their|the|any|without)\s+){0,2}(?:\w+\s+)?")
COMPENSATORY = "compensatory_services"  # a process topic, tracked only as sessions of a compensatory plan
_COUNTED = re.compile(r"(?:,\s*|\s)(?:and|plus)\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                      r"twelve)\s+$", re.I)
# an accommodation that is a meeting an adult holds: when that adult is out, it does not take place
_HELD_BY_AN_ADULT = {"check_in"}
_NOT_TIMED_KINDS = {"accommodation"}
_NOT_TIMED = {"transportation"}  # a bus that never came is not minutes of service; waiting times are not


@dataclass(frozen=True)
class Unit:
    """A sentence; on a bulleted line, with the line's leading words ("- 2/5: I was out. …")."""

    text: str
    start: int
    end: int
    paragraph: int
    bullet: int | None  # where its bulleted line starts
    head: bool  # the first sentence of its bulleted line
    lead: str = ""  # the words before the bulleted line's colon or dash, where its dates are


@dataclass(frozen=True)
class Cue:
    kind: str  # event | provider | item | left | implied
    start: int  # offsets in the message's new text
    end: int
    text: str
    topic: str | None = None  # implied cues name their topic


def _units(sentences: list[Sentence], text: str) -> list[Unit]:
    """Sentences, each knowing the bulleted line it is on and that line's leading dates."""
    bullets = {match.start() for match in _BULLET_LINE.finditer(text)}
    units: list[Unit] = []
    for sentence in _split_at_bullets(sentences, bullets, text):
        line_start = text.rfind("\n", 0, sentence.start) + 1
        if line_start not in bullets:
            units.append(Unit(sentence.text, sentence.start, sentence.end, sentence.paragraph, None, False))
            continue
        head = not units or units[-1].bullet != line_start
        match = _LEAD_DATE.match(sentence.text)
        lead = (match.group("lead") if match else "") if head else units[-1].lead
        units.append(Unit(sentence.text, sentence.start, sentence.end, sentence.paragraph, line_start, head, lead))
    return units


def _split_at_bullets(sentences: list[Sentence], bullets: set[int], text: str) -> list[Sentence]:
    """A sentence that runs over the start of a bulleted line ("…120 min total\nThu 3/26: …", written
    without a full stop) is cut there: each line is an item of its own."""
    result = []
    for sentence in sentences:
        cuts = sorted(at for at in bullets if sentence.start < at < sentence.end)
        start = sentence.start
        for at in cuts + [sentence.end]:
            piece = text[start:at]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                result.append(Sentence(piece.strip(), start + lead, start + lead + len(piece.strip()),
                                       sentence.paragraph, sentence.index))
            start = at
    return result


class _Finder:
    def __init__(self, message: MessageText, topics: list[TopicMention], kinds: Mapping[str, str],
                 role_services: tuple[str, ...], student_names, named_roles: dict[str, set[str]],
                 subject_topics: Callable[[], tuple[str, ...]], possible: set[int]):
        self.text = message.new_text
        self.sent_day = message.sent.date()
        self.sent = message.sent
        self.kinds = kinds
        self.quotes = quoted_spans(self.text)
        self.role_services = tuple(t for t in role_services if kinds.get(t) == "service")
        self.named_roles = named_roles
        self.subject_topics = subject_topics
        self.subject = message.subject or ""
        self.child_absent = cues.child_away(frozenset(student_names))
        self.from_user = message.from_user
        self.by_student = _written_by_student(message, student_names)
        self.mentions = self._mentions(topics)
        self._cues: dict[int, list[Cue]] = {}
        self._leads: dict[str, list[date]] = {}
        self._dates: dict[tuple[int, int, str], list] = {}
        self.possible = possible  # where the sentences that may hold a cue start
        self.units: list[Unit] = []

    def _mentions(self, topics: list[TopicMention]) -> list[TopicMention]:
        """Mentions of tracked topics (services, accommodations), an aide on the bus counted as the bus."""
        bus_spans = [m.span() for m in literals.finditer(cues.BUS_STAFF, self.text)]
        bus_subject = bool(cues.BUS_WORD.search(self.subject))
        found = []
        for mention in topics:
            if mention.start < 0 or self.kinds.get(mention.topic) not in ("service", "accommodation") \
                    or mention.rule.endswith(ALSO_BY_DEVICE):
                continue  # "she did not have her text-to-speech": the read-aloud not given, said once
            if cues.SCHOOL_EVENT_AFTER.match(self.text, mention.end):
                continue  # "the PBIS pep rally", "the reading night": a school event that took the time, not the service
            topic = mention.topic
            if topic == "paraprofessional" and cues.AIDE_WORD.fullmatch(self.text[mention.start:mention.end]):
                if any(a <= mention.start < b for a, b in bus_spans) or bus_subject:
                    topic = "transportation"
            found.append(TopicMention(topic, mention.sentence, mention.start, mention.end, mention.rule))
        for match in literals.finditer(cues.BUS_STAFF, self.text):
            staff = cues.AIDE_WORD.search(match.group(0))
            start, end = match.start() + staff.start(), match.start() + staff.end()
            if not any(start <= m.start < end for m in found):
                found.append(TopicMention("transportation", "", start, end, "bus staff"))
        return sorted(found, key=lambda m: m.start)

    # ---- cues ----------------------------------------------------------------------------

    def cues(self, unit: Unit) -> list[Cue]:
        known = self._cues.get(unit.start)
        if known is None:
            known = self._cues[unit.start] = self._find_cues(unit) if unit.start in self.possible else []
        return known

    def _find_cues(self, unit: Unit) -> list[Cue]:
        found = []
        lowered = unit.text.lower()
        words = cues.words_of(unit.text)
        held = cues.CUE_NEEDLES(lowered)  # the words of every cue table, read once
        for kind, _, needs in cues.CUE_PATTERNS:
            if not words & needs:
                continue
            for match in cues.CUE_BRANCHES[kind].finditer(unit.text, lowered, cues.held_by(kind, held)):
                start, end = unit.start + match.start(), unit.start + match.end()
                before = unit.text[max(0, match.start() - 20):match.start()]
                if inside(self.quotes, start, end) or cues.NEGATED_CUE.search(before) or (
                        cues.NO_SUBJECT.search(before) and cues.BE_FIRST.match(match.group(0))):
                    continue  # "no make-up is owed": the cue's subject is negated
                if self._hypothetical(unit, match.start(), match.end()) or cues.EITHER_WAY.search(before) \
                        or cues.TO_BE_LOGGED.search(unit.text, max(0, match.start() - 60), match.start()):
                    continue
                if _HELD_OF_PLANNED.match(match.group(0)) and not timing.missed_count(match.group(0)):
                    continue  # "OT: 4 of 4 sessions delivered": none missed
                if cues.COMPENSATION_FOR.search(unit.text, 0, match.start()) \
                        and not _besides_periods(unit.text, self._dates_of(unit.text, unit.start, "past")):
                    continue  # misses named as what compensatory services are for, undated or as a period
                    # ("to compensate for the time he did not have his reader (January 5 through February 20)")
                if cues.OWED_FOR.search(unit.text[:match.start()]) and cues.MAKEUP_PLAN.search(unit.text):
                    continue  # "for the four sessions not provided, she will provide 240 minutes": a make-up plan
                if kind == "provider" and cues.STAFFING_CHANGE.search(match.group(0)) and cues.FROM_NOW_ON.search(unit.text):
                    continue  # "was reassigned effective February 9", "resigned, so I won't be coming anymore": a change
                    # of staff announced, not a session missed (those are told when they happen)
                if kind == "event" and cues.MISSED_AS_A_NAME.match(unit.text, match.start()) \
                        and not unit.text[:match.start()].strip(" -*•–:") \
                        and timing.FUTURE.search(unit.text[match.end():]):
                    continue  # "Missed OT sessions since 12/19 will be discussed": an agenda, not a report
                if kind == "provider" and cues.LEAVE_STARTS.search(unit.text):
                    continue  # "she is out on medical leave starting today": a notice, sessions are told when missed
                if kind == "event" and match.group(0).lower().startswith("miss") and cues.ITEMS_MISSED.search(before):
                    continue  # "the two she missed were vocabulary": test items
                if kind == "provider" and cues.OTHER_ADULT.search(unit.text, max(0, match.start() - 50), match.start()):
                    continue  # "a para who was out", "the kindergarten aide was out sick": not the child's provider
                if kind in ("item", "event") and cues.OTHER_CHILD.match(unit.text, self._subject_start(unit, match.start())):
                    continue  # "another student in her class didn't get his extended time either"
                if kind == "provider" and cues.LATE_REPLY.search(unit.text):
                    continue  # "sorry this is late - I was out Friday at a training": why a reply is late
                if kind == "provider" and cues.STAFF_TRAINING.search(unit.text):
                    continue  # "Ms. W had lunch duty, so I left her the handout": a teacher missing a staff training
                if cues.RECEIVING.search(match.group(0)) and cues.RECEIVER.search(before[-12:]) and not self.by_student \
                        and not cues.MADE_AFTER.match(unit.text, match.end()):
                    continue
                absence = match.group(0).lower()
                if kind == "item" and absence.startswith("without") \
                        and cues.CANNOT.search(self._clause(unit, match.start())):
                    continue  # "I can't do the route practice without it": what cannot be done, not what was missing
                if kind == "item" and (absence in ("no", "with no") or absence.startswith("without")) and (
                        cues.WENT_WELL.search(unit.text[max(0, match.start() - 40):match.start()])
                        or cues.NOT_NEEDED.match(unit.text[match.end():])):
                    continue
                found.append(Cue(kind, start, end, match.group(0)))
        for topic, _, pattern in cues.implied_cues(lowered, held):
            for match in pattern.finditer(unit.text):
                start, end = unit.start + match.start(), unit.start + match.end()
                if not inside(self.quotes, start, end) and not self._hypothetical(unit, match.start(), match.end()):
                    found.append(Cue("implied", start, end, match.group(0), topic))
        return sorted(found, key=lambda cue: cue.start)

    @staticmethod
    def _clause(unit: Unit, position: int) -> str:
        clause_start = max(unit.text.rfind(mark, 0, position) for mark in (";", ":", ",", " but ", " so ", " and "))
        return unit.text[clause_start + 1 if clause_start >= 0 else 0:position]

    @staticmethod
    def _subject_start(unit: Unit, position: int) -> int:
        """Where the clause of a cue starts, "and" kept inside it ("Nora and another student didn't get…")."""
        starts = [unit.text.rfind(mark, 0, position) + len(mark) for mark in (";", ":", ",", " but ", " so ")
                  if unit.text.rfind(mark, 0, position) >= 0]
        start = max(starts, default=0)
        while start < position and not unit.text[start].isalnum():
            start += 1
        return start

    @staticmethod
    def _hypothetical(unit: Unit, position: int, end: int) -> bool:
        """"If she misses speech…", "what happens when the aide is out": the clause up to the cue says so."""
        clause_start = max(unit.text.rfind(mark, 0, position) for mark in (";", ":", " but ", " so ", " and "))
        return bool(cues.HYPOTHETICAL.search(unit.text[clause_start + 1 if clause_start >= 0 else 0:end]))

    # ---- topics --------------------------------------------------------------------------

    def in_unit(self, unit: Unit) -> list[TopicMention]:
        return [m for m in self.mentions if unit.start <= m.start < unit.end]

    def topics_for(self, cue: Cue, unit: Unit, previous: list[str]) -> list[tuple[str, int, int]]:
        """(topic, start, end): each topic the cue is about, with the stretch of text that is about it."""
        mentions = self.in_unit(unit)
        if cue.kind == "implied":
            return [(cue.topic, unit.start, unit.end)]
        if cue.kind == "item":
            after = [m for m in mentions if m.end > cue.end and m.start >= cue.start
                     and self._object_gap(self.text[cue.end:max(cue.end, m.start)])
                     and not (self.kinds.get(m.topic) == "service" and cues.DOCUMENT.match(self.text[m.start:m.start + 40])
                              and not _CARRIED_OUT.search(cue.text))]
            if after:
                return [(topic, unit.start, unit.end) for topic in self._coordinated(after[0], mentions)]
            if cues.GENERIC_OBJECT.match(self.text[cue.end:cue.end + 40].lstrip()):
                # "no support for Nora": the service is who the line names, or what came before
                named_before = [m.topic for m in mentions
                                if m.start < cue.start and self.kinds.get(m.topic) == "service"]
                topics = named_before[-1:] or self._who_or_before(unit, previous)
                return [(topic, unit.start, unit.end) for topic in topics]
            no_one = re.match(r"(?i)no\s+one$", self.text[cue.start:cue.end + 4])  # "no one from the AT team"
            if cues.PRONOUN_OBJECT.match(self.text[cue.end:cue.end + 16]) and not no_one:
                before = [m for m in mentions if m.start < cue.start]
                topic = before[-1].topic if before else (previous[0] if previous else (
                    self._last_of_paragraph_before(unit) or self._what_the_subject_names(cue)))
                return [(topic, unit.start, unit.end)] if topic else []
            return []
        if cue.kind == "left":
            # "the magnifier in her room (the one she reads the board with) went dark": asides do not count
            before = [m for m in mentions if m.end <= cue.start
                      and len(cues.PARENTHESIS.sub("", self.text[m.end:cue.start]).split()) <= 5]
            return [(before[-1].topic, unit.start, unit.end)] if before else []
        if cue.kind == "event":
            owed = self._compensatory_subject(unit, cue)
            if owed is not None:
                return [(COMPENSATORY, owed, unit.end)]
            if _TOWARD.search(cue.text):
                # "didn't go to the Learning Center", "wasn't pulled for speech": the place or session named next
                after = [m for m in mentions if m.start >= cue.end and self._object_gap(self.text[cue.end:m.start])]
                if after:
                    return [(after[0].topic, unit.start, unit.end)]
        if cue.kind == "provider":
            given = self._given_by_the_absent(unit, mentions)
            if given:
                # "Marcus was pulled to cover a class, so no one scribed", Marcus known as the child's aide: the aide's
                # time is lost too (not "the para who scribes for my students", who may be nobody's own aide)
                aide = any(m.topic == "paraprofessional" and m.rule.startswith("named:") and m.end <= cue.start
                           for m in mentions)
                return [(given, unit.start, unit.end)] + ([("paraprofessional", unit.start, unit.end)] if aide else [])
        # "she was sent to the resource room", "pulled to cover the learning center": the post the adult was sent to
        # is not the service the child lost
        usable = [m for m in mentions if cue.kind != "provider" or (
            (self.kinds.get(m.topic) == "service" or m.topic in _HELD_BY_AN_ADULT)
            and not (cue.start < m.start and m.end <= cue.end))]
        if cue.kind == "provider" and previous and self.kinds.get(previous[0]) == "service" and usable \
                and all(m.start >= cue.end for m in usable) \
                and cues.PRONOUN_SUBJECT.search(self.text[unit.start:cue.start]) and self._provider_before(unit):
            # "Her para keeps getting pulled. On 1/21 she was on lunch duty and he walked out": "she" is the
            # provider the sentence before named; what follows the cue tells what came of it
            return [(previous[0], unit.start, unit.end)]
        if usable and cue.kind == "event" and _HEADS_A_LIST.match(self.text, cue.end):
            # "Sessions missed: speech (11/2, 11/9), OT (11/4)": every service the list after the colon names
            after = [m for m in usable if m.start >= cue.end]
            if len({m.topic for m in after}) > 1:
                firsts = list({m.topic: m for m in reversed(after)}.values())[::-1]
                return [self._stretch(Cue(cue.kind, m.start, m.start, ""), after, unit) for m in firsts]
        if usable:
            chosen = self._stretch(cue, usable, unit)
            return [chosen, *self._counted_after(chosen, cue, usable, unit)]
        return [(topic, unit.start, unit.end) for topic in self._unnamed(cue, unit, previous)
                if cue.kind != "provider" or self.kinds.get(topic) == "service"]

    def _what_the_subject_names(self, cue: Cue) -> str | None:
        """"Re: her headphones" - "the librarian asked him to take them off": with nothing named before it in the
        message, "it" or "them" is the one thing the subject line names."""
        if any(m.start < cue.start for m in self.mentions):
            return None
        named = list(dict.fromkeys(t for t in self.subject_topics() if self.kinds.get(t) in ("service", "accommodation")))
        return named[0] if len(named) == 1 else None

    def _last_of_paragraph_before(self, unit: Unit) -> str | None:
        """"…voice typing is working again. He used it today. ¶ For the record, he went without it on January 14":
        "it" opening a paragraph is what the paragraph before was about (the topic it names most; none on a tie)."""
        if any(other.paragraph == unit.paragraph and other.start < unit.start for other in self.units):
            return None
        before = [other for other in self.units if other.paragraph == unit.paragraph - 1]
        counts = Counter(m.topic for m in self.mentions if before and before[0].start <= m.start < before[-1].end)
        ranked = counts.most_common(2)
        if not ranked or len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
            return None
        return ranked[0][0]

    @staticmethod
    def _said_of_self(unit: Unit, cue: Cue) -> bool:
        """The writer is who the cue is about: the last subject before it is "I" or "we" ("I was pulled", "I had
        to sit in on a hearing and couldn't see anyone"), not "I talked with her and she was sent to …"."""
        before = unit.text[:cue.start - unit.start + len(cue.text)]
        subjects = _SUBJECT.findall(before)
        return bool(subjects) and subjects[-1].lower() in ("i", "i'm", "i’m", "we")

    def _provider_before(self, unit: Unit) -> bool:
        """The sentence before, in the same paragraph, says a provider was elsewhere."""
        at = next((number for number, other in enumerate(self.units) if other.start == unit.start), 0)
        before = self.units[at - 1] if at else None
        return bool(before and before.paragraph == unit.paragraph
                    and any(cue.kind == "provider" for cue in self.cues(before)))

    def _compensatory_subject(self, unit: Unit, cue: Cue) -> int | None:
        """"her compensatory sessions were cancelled", "the 4/17 make-up didn't happen": a session of the
        compensatory plan is what did not take place (where its words start), not the service it makes up."""
        before = self.text[unit.start:cue.start]
        last = None
        for match in cues.COMPENSATORY_SESSION.finditer(before):
            last = match
        if last is None or re.search(r"[;!?]|:(?!\d)", before[last.end():]):  # not the colon of "2:15"
            return None
        # "her comp session Tues I did do, but Thurs I didn't get to it": "it" is the session named before
        refers_back = cues.PRONOUN_OBJECT.match(self.text[cue.end:cue.end + 16]) and not any(
            unit.start + last.end() <= m.start < cue.start for m in self.mentions)
        if len(before[last.end():].split()) > (30 if refers_back else 6):
            return None
        turn = before.rfind(" but ", last.end())
        if refers_back and turn >= 0:
            return unit.start + turn + 1  # "…I did do, but Thurs 3/26 I didn't get to it": the days after "but"
        # with the date that leads its line ("Thu 3/26: comp ed …")
        line_start = before.rfind("\n", 0, last.start()) + 1
        clause = max(before.rfind(mark, line_start, last.start()) for mark in (";", ". ", ", and ", " and "))
        return unit.start + (clause + 1 if clause >= 0 else line_start)

    def _given_by_the_absent(self, unit: Unit, mentions: list[TopicMention]) -> str | None:
        """"I was to have the quiz read to me, but she was covering another class": an adult pulled
        away on a test day takes away the reading or scribing that adult gives, said in the sentence or
        the one beside it. Not when the sentence names a service of its own (a pulled SLP is speech)."""
        if any(self.kinds.get(m.topic) == "service" and m.topic != "paraprofessional" for m in mentions):
            return None
        at = next((number for number, other in enumerate(self.units) if other.start == unit.start), None)
        if at is None:
            return None
        beside = [other for other in self.units[max(0, at - 1):at + 2] if other.paragraph == unit.paragraph]
        for other in [unit] + [other for other in beside if other is not unit]:
            text = cues.PARENTHESIS.sub("", other.text)
            for topic, pattern in cues.GIVEN_BY_A_PERSON:
                if pattern.search(text) and not inside(self.quotes, other.start, other.end):
                    return topic
        return None

    @staticmethod
    def _object_gap(gap: str) -> bool:
        """"didn't get his writing instruction", "did not have Jaylen's 3:15 late pickup": between the
        cue and the topic only determiners, possessives, numbers and one more modifier; not "had no
        problems using his extended time"."""
        if re.search(r"[.;:!?](?:\s|$)|[\"“”]", gap):
            return False
        gap = _ACCESS_TO.sub("", gap)  # "didn't have access to his calculator", "no access to her headphones"
        others = [word for word in gap.split() if not cues.GAP_WORD.fullmatch(word)]
        gerund = any(word.lower().endswith("ing") and word.lower() not in cues.ING_NOUNS for word in others)
        return len(others) <= 1 and not gerund

    def _coordinated(self, first: TopicMention, mentions: list[TopicMention]) -> list[str]:
        """"no break and no schedule", "without his headphones or his fidget": each named object."""
        topics = [first.topic]
        position = first.end
        for mention in mentions:
            if mention.start <= position:
                continue
            between = self.text[position:mention.start]
            if _COORDINATION.fullmatch(between):
                topics.append(mention.topic)
                position = mention.end
            else:
                break
        return list(dict.fromkeys(topics))

    @staticmethod
    def _stretch(cue: Cue, mentions: list[TopicMention], unit: Unit) -> tuple[str, int, int]:
        """The stretch of the sentence that holds the cue: stretches start at each mention of a new
        topic, the first at the sentence start ("the bus (it never showed up) and his aide getting pulled")."""
        starts: list[tuple[str, int]] = []
        for mention in mentions:
            if not starts or starts[-1][0] != mention.topic:
                starts.append((mention.topic, mention.start if starts else unit.start))
        chosen = 0
        for number, (_, start) in enumerate(starts):
            if start <= cue.start:
                chosen = number
        end = starts[chosen + 1][1] if chosen + 1 < len(starts) else unit.end
        return starts[chosen][0], starts[chosen][1], end

    def _counted_after(self, chosen: tuple[str, int, int], cue: Cue, mentions: list[TopicMention],
                       unit: Unit) -> list[tuple[str, int, int]]:
        """"missed 12 reading sessions between 12/2 and 2/6, and 5 OT sessions between …": a count of
        sessions of another service joined by "and" is missed too."""
        if cue.kind != "event" or cue.end > chosen[2]:
            return []
        found = []
        end = chosen[2]
        while end < unit.end:
            following = next((m for m in mentions if m.start >= end), None)
            if following is None or following.start != end or not _COUNTED.search(self.text[max(unit.start, end - 24):end]):
                break
            stretch = self._stretch(Cue(cue.kind, following.start, following.start, ""), mentions, unit)
            found.append(stretch)
            end = stretch[2]
        return found

    def _who_or_before(self, unit: Unit, previous: list[str]) -> list[str]:
        if cues.FIRST_PERSON_NOT.search(unit.text) and len(self.role_services) == 1:
            return [self.role_services[0]]  # "we did not have a session on 2/10", from the therapist
        for key, topics in self.named_roles.items():
            if len(topics) == 1 and re.search(rf"\b{re.escape(key.title())}\b", unit.text):
                return list(topics)
        if previous and self.kinds.get(previous[0]) == "service":
            return previous[:1]
        subject = list(dict.fromkeys(t for t in self.subject_topics() if self.kinds.get(t) == "service"))
        if len(subject) == 1:
            return subject
        in_message = list(dict.fromkeys(m.topic for m in self.mentions if self.kinds.get(m.topic) == "service"))
        return in_message if len(in_message) == 1 else []

    def _unnamed(self, cue: Cue, unit: Unit, previous: list[str]) -> list[str]:
        """A cue whose sentence names no topic: who was out, what the sentence before was about."""
        for key, topics in self.named_roles.items():
            if len(topics) == 1 and re.search(rf"\b{re.escape(key.title())}\b", unit.text):
                return list(topics)
        said_by_the_absent = self._said_of_self(unit, cue)
        if cue.kind in ("provider", "event") and said_by_the_absent and len(self.role_services) == 1:
            return [self.role_services[0]]  # "I had a meeting and couldn't see anyone 3rd period", from the therapist
        if previous:
            return previous[:1]
        # "I was pulled to cover Room 204" from a teacher whose mail lists her own groups is not the aide
        others = {m.topic for m in self.mentions if self.kinds.get(m.topic) == "service"} - {"paraprofessional"}
        if cue.kind == "provider" and cues.COVERAGE.search(unit.text) and (
                not said_by_the_absent or "paraprofessional" in self.role_services
                or not (self.role_services or others)
                or (not self.role_services and cues.WITHOUT_ME.search(unit.text))):
            return ["paraprofessional"]  # an adult sent to cover elsewhere, not with the child: the aide
        subject = list(dict.fromkeys(t for t in self.subject_topics() if self.kinds.get(t) in ("service", "accommodation")))
        if len(subject) == 1:
            return subject
        if cues.FIRST_PERSON.search(unit.text) and len(self.role_services) == 1:
            return [self.role_services[0]]
        in_message = list(dict.fromkeys(m.topic for m in self.mentions if self.kinds.get(m.topic) == "service"))
        # "Ms. Denise was not on the trip" in a message about one service
        named_before = TITLED_NAME.search(" ".join(unit.text[:cue.start - unit.start].split()[-3:]))
        usable = cue.kind == "event" or (cue.kind == "provider" and named_before)
        return in_message if len(in_message) == 1 and usable else []

    # ---- days ----------------------------------------------------------------------------

    def days_for(self, unit: Unit, piece: str, piece_start: int, units: list[Unit], index: int,
                 cue: Cue, weekly: bool = False) -> tuple[list[date | None], bool]:
        """The days the statement is about, and whether the text says them (False: the day the
        message was sent, assumed for a plain report that names no time)."""
        lead = self._lead_days(unit.lead) if unit.lead else []
        if lead:
            return lead, True
        if cue.text.lower().startswith("last time") or (
                _STOPPED.match(cue.text) and self.text.startswith("after", cue.end)):
            # "the last time she had OT was October 28", "her sessions stopped after 9/29": none since, the day named is
            # the last held
            return [None], False
        if timing.BOTH_DAYS.search(piece):
            # "… on 2/19 and again today. So she was pulled on both days, after the 16th.": the days said before
            earlier = [u for u in units[max(0, index - 2):index] if u.paragraph == unit.paragraph]
            said = sorted({m.day for u in earlier for m in self._dates_of(u.text, u.start, "past")})
            if len(said) >= 2:
                return said, True
        direction = timing.direction(unit.text)
        # the sentence's days (read once for all its stretches), without "(made up on 2/3)" asides
        text = cues.PARENTHESIS.sub(lambda m: " " * len(m.group(0)) if cues.MADE_UP.search(m.group(0)) else m.group(0),
                                    unit.text)
        low, high = piece_start - unit.start, piece_start - unit.start + len(piece)
        mentions = [m for m in self._dates_of(text, unit.start, direction) if low <= m.start < high
                    and not (m.kind != "relative_day" and timing.TELLING.search(text[m.end:high]))
                    and not timing.attributive_weekday(text, m)
                    and not self._told_on(text, m.start, cue, unit)
                    and not _DONE_INSTEAD.match(text, m.end)]
        if timing.NEXT.search(unit.text):  # "no OT next week, I'm out Wednesday through Friday"
            mentions = [m for m in mentions if m.kind != "weekday"]
        mentions = _without_span_starts(text, _weekdays_dated_beside(text, mentions))
        mentions = _in_the_cues_clause(text, mentions, cue.start - unit.start)
        if cue.text.lower().startswith("but not"):  # "seen on 10/5 but not on 10/7": the days after it
            mentions = [m for m in mentions if m.start >= cue.start - unit.start]
        ranges = timing.weekday_ranges(piece, self.sent_day, direction)
        days = {m.day for m in mentions} | {day for day in ranges if day <= self.sent_day}
        daily = timing.EVERY_DAY_SINCE.search(piece)
        if daily and len(days) == 1:
            # "has missed co-taught math every school day since 10/5": each school day of the span so far
            start = min(days)
            if start < self.sent_day and (self.sent_day - start).days <= 60:
                return timing.school_days_since(start, self.sent_day, piece), True
        if len(mentions) == 1 and timing.SINCE_A_DAY.search(text, 0, mentions[0].start) \
                and timing.DAILY_CLASS.search(piece) and timing.PERFECT.search(unit.text):
            # "Mrs. Hart has been out since 10/14, so he has not been getting his co-taught math": a class he has
            # every school day, missed on each of them so far
            start, last = mentions[0].day, self._last_day_told()
            if start <= last and (last - start).days <= 60:
                return timing.school_days_since(start, last, piece), True
        if days:
            return sorted(days), True
        if cue.kind in ("event", "item"):  # not "I'm out with the other group Tuesdays": a busy adult
            ahead = {m.day for m in timing.days_ahead(text, self.sent_day, unit.start, self.quotes) if low <= m.start < high}
            if ahead:
                return sorted(ahead), True  # called off in advance: "no CBI tomorrow (Fri 2/13)"
        if _SINCE_THEN.search(piece):
            # "the update on 11/9 removed the reader, so he hasn't had it since then": the day named before
            earlier = [m.day for m in self._dates_of(text, unit.start, direction) if m.start < low]
            if earlier:
                return earlier[-1:], True
        if piece != unit.text and self._dates_of(text, unit.start, direction):
            return [], True  # the sentence's dates belong to another of its services
        if cues.QUESTION.search(unit.text) and not cues.WHY.search(unit.text):
            return [], True
        listed = self._listed_days(unit, units, index)
        if listed:
            return listed, True
        span = self._span_days(piece, weekly)
        if span:
            return span, True
        if timing.weeks_named(piece, self.sent_day) and not cues.HABIT.search(unit.text) \
                and not timing.FUTURE.search(unit.text):
            return [None], False  # "no reading intervention the week of 10/5": that week's sessions, days not stated
        lasting = (timing.DURATION.search(unit.text) or timing.STILL_OWED.search(unit.text)
                   or (timing.PAST_WEEK.search(piece) and direction == "past")
                   or (cue.kind in ("event", "item", "provider") and timing.THIS_WEEK.search(piece) and direction == "past"
                       and timing.PAST.search(unit.text) and not timing.FUTURE.search(unit.text)))
        if lasting and cues.ACKNOWLEDGED.search(unit.text, 0, cue.start - unit.start):
            return [], True  # "I know he has gone a month without …": what the reader was already told
        if lasting and not cues.HABIT.search(unit.text):
            return [None], False  # "she hasn't had speech since the SLP went on leave": missed, day not stated
        before_cue = timing.REFUSED.sub(" ", unit.text[:cue.start - unit.start])
        if cues.HABIT.search(unit.text) or timing.VAGUE_TIME.search(unit.text) or timing.FUTURE.search(before_cue) \
                or timing.ABOUT_DATES.search(unit.text):
            return [], True
        for earlier in reversed(units[:index]):
            if earlier.paragraph < unit.paragraph - 1:
                break
            found = [m for m in self._dates_of(earlier.text, earlier.start, "past")
                     if earlier.paragraph == unit.paragraph or m.kind == "relative_day"]
            if found:
                daily = timing.EVERY_DAY_SINCE.search(earlier.text)
                if daily and daily.start() < found[-1].start < daily.end() and found[-1].day < self.sent_day:
                    # "Math has been worksheets every day since last Wednesday. Mrs. Hart hasn't been there."
                    return timing.school_days_since(found[-1].day, self.sent_day, earlier.text), True
                return [found[-1].day], True
            if earlier.paragraph == unit.paragraph and timing.VAGUE_TIME.search(earlier.text):
                return [], True
        told = (timing.PAST.search(unit.text) or timing.STILL_NOT.search(unit.text)  # "she still doesn't have it"
                or timing.REFUSED.search(unit.text)  # "his teacher would not let him take a break"
                or self._fragment_of_a_past_story(unit, units, index)
                # "with the new seating chart I'm in the back row": a state that holds the day it is told
                or (cue.kind == "implied" and timing.PRESENT.search(unit.text[:cue.start - unit.start + len(cue.text)])))
        if cue.kind != "event" and told and not timing.FUTURE.search(timing.REFUSED.sub(" ", unit.text)):
            return [self.sent_day], False  # "He went the whole afternoon without it": told the day it happened
        if cue.kind == "event" and self._called_off_before(unit, cue) and not timing.FUTURE.search(unit.text) \
                and not _MOVED.search(unit.text):
            # "Her speech session was cancelled due to the assembly": a plain past report, the day it was told
            return [self.sent_day], False
        if cue.kind == "event" and self._one_event_told(unit, cue, piece, piece_start):
            # "his extended time was not honored on the history final": told in the past, its day not said
            return [self.sent_day], False
        return [], True

    def _one_event_told(self, unit: Unit, cue: Cue, piece: str, piece_start: int) -> bool:
        """A session or an accommodation named in the cue's own sentence, said in the past not to have taken place,
        passive or with the child as its subject ("his extended time was not honored", "the session did not take
        place"): not a plan, a habit, a rearrangement, a rule ("when transportation was not provided"), the writer
        calling off something of their own ("I've cancelled it"), nor a recap of several things at once."""
        text = timing.REFUSED.sub(" ", unit.text)
        at = cue.start - unit.start
        rest = text[:at] + " " * len(cue.text) + text[at + len(cue.text):]  # "instead of going to speech" is the cue
        if not timing.PAST.search(text) or timing.FUTURE.search(rest) or cues.HABIT.search(text) or _MOVED.search(rest):
            return False
        named = [m for m in self.in_unit(unit) if piece_start <= m.start < piece_start + len(piece)]
        if not named or len({m.topic for m in self.in_unit(unit)}) > 2:
            return False
        if _CALLED_OFF.match(cue.text) and not _PASSIVE_BEFORE.search(unit.text, 0, cue.start - unit.start):
            return False
        clause = self._clause(unit, cue.start - unit.start)
        if not _FINITE.search(clause[-12:] + " " + cue.text) and not cue.text.lower().startswith("instead"):
            return False  # "speech sessions not delivered": a log's or a list's shorthand, not a sentence that tells it
        return not _RULE_WHEN.search(clause) \
            and not cues.MISSED_AS_A_NAME.match(unit.text, cue.start - unit.start)

    @staticmethod
    def _called_off_before(unit: Unit, cue: Cue) -> bool:
        """A session said called off in the past tense, as what happened to it: "her speech session was cancelled",
        "group didn't meet"; not what the writer did to something else ("I've cancelled it")."""
        if _DID_NOT_TAKE_PLACE.match(cue.text):
            return True
        return bool(_CALLED_OFF.match(cue.text)) and bool(_PASSIVE_BEFORE.search(unit.text, 0, cue.start - unit.start))

    @staticmethod
    def _told_on(text: str, at: int, cue: Cue, unit: Unit) -> bool:
        """"I talked with her today and she confirmed…": the day of a conversation about it; not when the
        conversation is what did not happen ("no one checked in with her on Monday")."""
        told = timing.TOLD_ON.search(text, max(0, at - 40), at)
        cue_start, cue_end = cue.start - unit.start, cue.end - unit.start
        return bool(told) and not (told.start() < cue_end and cue_start < told.end())

    def _last_day_told(self) -> date:
        """The last school day a message can tell of: not the day it was sent, when sent before school."""
        day = self.sent_day
        if self.sent.hour < timing.SCHOOL_DAY_STARTS:
            day -= timedelta(days=1)
        while day.weekday() >= 5:
            day -= timedelta(days=1)
        return day

    @staticmethod
    def _fragment_of_a_past_story(unit: Unit, units: list[Unit], index: int) -> bool:
        """"He came home and went straight to his room. Two hours with no break.": a verbless fragment
        goes on with the story the sentence before told."""
        story = [other for other in units[max(0, index - 3):index] if other.paragraph == unit.paragraph]
        return (len(unit.text.split()) <= 8 and unit.bullet is None
                and not (timing.PRESENT.search(unit.text) or timing.FUTURE.search(unit.text)
                         or timing.PAST_PARTICIPLE.search(unit.text))
                and any(timing.PAST.search(other.text) for other in story))

    def _dates_of(self, text: str, start: int, direction: str) -> list:
        """The days named in a stretch of the message (read once per stretch and direction)."""
        key = (start, len(text), direction)
        if key not in self._dates:
            self._dates[key] = timing.days_in(text, self.sent_day, direction, start, self.quotes)
        return self._dates[key]

    def tally_days(self, unit: Unit) -> tuple[list[date], bool]:
        """The days a running count lists right after its lead ("that's now 1/15, 1/29 and today for the job site,
        and tomorrow's CBI"; "besides Feb 5"), and whether it says "now"; not the days of a clause that follows
        ("…January 23, and he tells me there was also a quiz on the 16th")."""
        lead = cues.TALLY.search(unit.text)
        if not lead:
            return [], False
        named = [m for m in self._dates_of(unit.text, unit.start, "past") if m.start >= lead.end()]
        ahead = [m for m in timing.days_ahead(unit.text, self.sent_day, unit.start, self.quotes) if m.start >= lead.end()]
        mentions = sorted(named + [m for m in ahead if not any(n.start == m.start for n in named)], key=lambda m: m.start)
        days, position = [], lead.end()
        for mention in mentions:
            gap = unit.text[position:mention.start]
            if not (cues.TALLY_FIRST if not days else cues.TALLY_NEXT).fullmatch(gap):
                break
            days.append(mention.day)
            position = mention.end
        return sorted(set(days)), bool(lead.group("now"))

    def intro_days(self, units: list[Unit], index: int) -> list[date]:
        """The days a line that introduces a list is about: its own, else those of the sentence before it
        ("… yesterday, Thursday 2/26, and again today, Friday 2/27. None of my groups met either day:")."""
        for unit in (units[index], units[index - 1] if index else None):
            if unit is None or unit.paragraph != units[index].paragraph:
                break
            days = sorted({m.day for m in self._dates_of(unit.text, unit.start, "past")})
            if days:
                return days
        return []

    def _lead_days(self, lead: str) -> list[date]:
        """The dates a bulleted line starts with ("- 2/5: …", "- February 5 and March 3: …")."""
        if lead not in self._leads:
            self._leads[lead] = sorted({m.day for m in timing.days_in(lead, self.sent_day)})
        return self._leads[lead]

    def _span_days(self, piece: str, weekly: bool) -> list[date]:
        """"no OT push-in the last two weeks", "since the beginning of the month": the span's first school day;
        for a service over a count of weeks, the first school day of each of them (a session a week at least)."""
        matches = list(timing.SPAN.finditer(piece))
        match = next((m for m in matches if m.group("count")), matches[0] if matches else None)
        if not match:
            return []
        monday = self.sent_day - timedelta(days=self.sent_day.weekday())
        if match.group("count"):
            count = match.group("count").lower()
            weeks = int(count) if count.isdigit() else NUMBER_WORDS.get(count, 2)
            first = monday - timedelta(days=7 * (weeks - (1 if self.sent_day.weekday() >= 4 else 0)))
            return [first + timedelta(days=7 * week) for week in range(weeks if weekly else 1)]
        first = self.sent_day.replace(day=1) if match.group("unit").lower() == "month" else monday
        while first.weekday() >= 5:
            first += timedelta(days=1)
        return [first]

    def _listed_days(self, unit: Unit, units: list[Unit], index: int) -> list[date]:
        """"… the missed aide time. The dates I have: 1/6, 2/4 and 3/3": a list in the next sentence."""
        following = units[index + 1] if index + 1 < len(units) else None
        if following is None or following.paragraph != unit.paragraph or following.bullet is not None:
            return []
        if self.cues(following):
            return []  # a report of its own
        if timing.OFFERED.search(following.text):
            return []  # "She can get the walk-through at tutorial Wed or Thurs": days offered ahead, not a list of misses
        days = {m.day for m in self._dates_of(following.text, following.start, "past")}
        return sorted(days) if len(days) >= 2 else []

    # ---- minutes -------------------------------------------------------------------------

    def timed(self, topic: str) -> bool:
        return topic not in _NOT_TIMED and self.kinds.get(topic) not in _NOT_TIMED_KINDS

    def minutes_for(self, topic: str, piece: str, days: list[date], paragraph: list[str], only_topic: bool) -> dict:
        if not self.timed(topic):
            return {day: None for day in days}
        stated = timing.minutes(piece)
        per_session = bool(timing.PER_SESSION.search(piece)) or timing.clock_only(piece)
        if stated is None and only_topic:
            # "two 30-minute sessions" is often said elsewhere in the paragraph
            around = " ".join(paragraph)
            stated = timing.minutes(around)
            per_session = bool(timing.PER_SESSION.search(around)) or timing.clock_only(around)
        several = len(timing.MINUTES.findall(piece)) > 1
        if stated and len(days) > 1 and not per_session and not several and stated % len(days) == 0:
            stated //= len(days)  # "60 minutes total" over two sessions, "another 100 minutes" over two days
        own = timing.minutes_after_each(piece, timing.days_in(piece, self.sent_day, "past")) if "(" in piece else {}
        return {day: own.get(day, stated) for day in days}


def _written_by_student(message: MessageText, student_names) -> bool:
    """The child writes ("I didn't get my extra time"): "I" is the one the IEP serves, not a parent
    who did not receive a paper."""
    author = " ".join((message.author.name if message.author else "").lower().split())
    return bool(author) and any(author == " ".join(name.lower().split()) for name in student_names)


def _skip_unit(finder: _Finder, unit: Unit, listed: bool = False) -> bool:
    """`listed`: a line of a list its introduction says are misses ("He has missed four sessions: … - 2/10 - you
    said he was checked out"): the writer counts it missed whatever reason the school gave."""
    text = unit.text
    if cues.QUESTION.search(text) and not cues.WHY.search(text) or cues.NO_SCHOOL.search(text):
        return True
    away = finder.child_absent.search(text)
    if away and not (listed and cues.THEY_SAY.search(text, 0, away.start())):
        return True
    if finder.from_user and cues.HOME_TASK.search(text):
        return True
    without_asides = cues.PARENTHESIS.sub("", text)  # "(made up at lunch on 2/3)" beside a missed day
    return bool(cues.MADE_UP.search(without_asides)) and not cues.MADE_UP_NEGATED.search(without_asides)


def find_missed_services(
    sentences: list[Sentence], message: MessageText, topics: list[TopicMention], kinds: Mapping[str, str],
    role_services: tuple[str, ...], student_names: set[str] = frozenset(),
    named_roles: dict[str, set[str]] | None = None, subject_topics: Callable[[], tuple[str, ...]] = tuple,
) -> list[MissedServiceFound]:
    """Rows of (topic, day) the message reports as not delivered; `kinds` maps topic ids to
    service / accommodation / process (only the first two are tracked)."""
    if message.auto_reply or message.bulk or message.sent is None:
        return []
    holds_a_cue = {text: cues.may_hold_a_cue(text) for text in {sentence.text for sentence in sentences}}
    possible = {sentence.start for sentence in sentences if holds_a_cue[sentence.text]}
    if not possible and not any(cues.TALLY.search(sentence.text) for sentence in sentences):
        return []  # a running count ("that's now 1/15, 1/29 and today for the job site") may stand without a cue
    finder = _Finder(message, topics, kinds, role_services, student_names, named_roles or {}, subject_topics, possible)
    units = _units(sentences, finder.text)
    finder.units = units
    finder.possible = {unit.start for unit in units if unit.start in possible or (  # most units are a sentence, read
        holds_a_cue[unit.text] if unit.text in holds_a_cue else cues.may_hold_a_cue(unit.text))}  # above: not again
    rows: dict[tuple[str, date | None, int], MissedServiceFound] = {}
    assumed: dict[tuple[str, date | None, int], MissedServiceFound] = {}  # dated by the day the message was sent
    lines: dict[tuple[str, date | None], list[int]] = {}  # the bulleted lines that reported each topic and day
    previous: list[str] = []  # what the paragraph was just talking about ("she", "it", "those")
    # a line that introduces a list ("He has missed four sessions:"), with the days it is about
    intro: tuple[Cue, list[str], list[date]] | None = None
    # the bulleted line before ("- 3/3: Same for the assembly")
    last_head: tuple[Cue, list[str], list[date]] | None = None
    reported: tuple[int, list[str]] | None = None  # the last unit that reported a miss, and its topics
    for index, unit in enumerate(units):
        if index and units[index - 1].paragraph != unit.paragraph and unit.bullet is None:
            previous = []
        named = list(dict.fromkeys(m.topic for m in finder.in_unit(unit)))
        if unit.bullet is None:
            last_head = None
        if not finder.cues(unit) and not (unit.head and (intro or last_head)):
            intro = intro if unit.bullet is not None else None
            previous = named[-1:] or previous
            _add_tally(finder, unit, units, index, reported, rows)
            continue
        if _skip_unit(finder, unit, listed=unit.head and intro is not None and not finder.cues(unit)):
            previous = named[-1:] or previous
            intro = intro if unit.bullet is not None else None
            continue
        found: list[tuple[Cue, str, int, int]] = []
        for cue in finder.cues(unit):
            for topic, start, end in finder.topics_for(cue, unit, previous):
                topic_named = any(m.topic == topic for m in finder.in_unit(unit))
                if topic != COMPENSATORY and cues.about_a_redo(unit.text, cue.start - unit.start) and not topic_named:
                    continue  # "the DBQ redo did not happen": a make-up, not the IEP's own session
                found.append((cue, topic, start, end))
        intro_days: list[date] = []
        if not found and unit.head:
            inherited = last_head if _SAME_AS_BEFORE.match(unit.text) else intro
            if inherited is not None:
                # "None of my groups met either day:" over "- Reading group: 30 min x 2 days": each line
                # names its own service, else it is the one the introducing line names
                own = [topic for topic in named if kinds.get(topic) in ("service", "accommodation")]
                found = [(inherited[0], topic, unit.start, unit.end) for topic in own or inherited[1]]
                intro_days = inherited[2] if inherited is intro else []
        if unit.bullet is None:
            intro = None
        if not found:
            if unit.bullet is None and finder.cues(unit) and unit.text.rstrip().endswith(":"):
                intro = (finder.cues(unit)[0], [], finder.intro_days(units, index))
            previous = named[-1:] or previous
            _add_tally(finder, unit, units, index, reported, rows)
            continue
        found = _without_the_absent_adults_guess(found, finder.in_unit(unit), kinds, unit.text)
        topics_found = list(dict.fromkeys(topic for _, topic, _, _ in found))
        paragraph = [u.text for u in units if u.paragraph == unit.paragraph and u is not unit]
        any_day = False
        for cue, topic, start, end in found:
            piece = finder.text[start:end]
            days, stated = finder.days_for(unit, piece, start, units, index, cue, weekly=finder.timed(topic))
            if intro_days and not timing.days_in(unit.text, finder.sent_day, "past"):
                days, stated = intro_days, True
            any_day = any_day or bool(days)
            timed_here = len({t for t in topics_found if finder.timed(t)}) == 1
            minutes = finder.minutes_for(topic, piece if timing.minutes(piece) or not timed_here else unit.text, days,
                                         paragraph, len(topics_found) == 1)
            # "neither session was made up": two sessions, their days not said; "cancelled twice this week",
            # "missed her last four sessions": as many sessions as the report counts (a dozen at most)
            count = 0
            if days == [None] and finder.timed(topic):
                count = 2 if _TWO_SESSIONS.search(unit.text) else min(timing.missed_count(piece) or
                                                                        timing.missed_count(unit.text), 12)
            for number, day in enumerate([None] * count if count > 1 else days):
                row = MissedServiceFound(topic=topic, day=day, minutes=minutes[day], sentence=unit.text, start=unit.start,
                                         end=unit.end, rule=f"not-delivered:{cue.kind}:{cue.text.lower()}")
                kept = rows if stated else assumed
                key = (topic, day, _slot(lines, topic, day, unit.bullet) + (number if day is None else 0))
                if key in kept and kept[key].minutes is None and row.minutes:
                    kept[key] = replace(kept[key], minutes=row.minutes)  # the list says how long it was
                kept.setdefault(key, row)
        if unit.bullet is None and (not any_day or unit.text.rstrip().endswith(":")):
            introducing = unit.text.rstrip().endswith(":")
            intro = (found[0][0], topics_found, finder.intro_days(units, index) if introducing else [])
        if unit.head:
            last_head = (found[0][0], topics_found, [])
        previous = topics_found[-1:]
        reported = (index, topics_found)
    # a report dated only by the day the message was sent (or not dated), when the message dates that
    # service elsewhere, is most likely the same event told again ("I'm sorry for the gap in service")
    _answered_no(finder, units, rows, assumed)
    dated = {topic for topic, _, _ in rows}
    rows.update({key: row for key, row in assumed.items() if key[0] not in dated and key not in rows})
    return _session_length_said_elsewhere(list(rows.values()), units, finder)


# a plan is what one follows: "didn't follow her behavior plan" is the plan not carried out, not a paper not received
_CARRIED_OUT = re.compile(r"\b(?:follow|implement|honou?r|apply)$", re.I)
# an answer written under the question it answers, in a reply ("> Did she get speech on Monday?" - "No, the SLP was
# out"): a yes-or-no question whether she got, had or went to something, answered "no"
_QUOTED_QUESTION = re.compile(r"^[ \t]*+>++[ \t]*+(?P<question>[^\n>?]*+\?)[ \t]*+$")
_ASKED_IF_GIVEN = re.compile(r"^(?:did|was|were|has|had)\s+(?:[\w'’-]+\s+){0,5}?(?:get|have|receive|go\s+to|attend|held|given|"
                             r"read|provided|happen|meet|take\s+place|seen|pulled|picked\s+up|use)\b", re.I)
_NOT_A_SERVICE_QUESTION = re.compile(r"\b(?:problems?|issues?|trouble|concerns?|questions?|need|needs|want|wants|like|enjoy|"
                                     r"homework|fun|chance|time\s+to)\b", re.I)
_CHILDS_CHOICE = re.compile(r"\b(?:need|needs|needed|want|wanted|chose|choose|refused|declined|absent|sick|home|"
                           r"made\s+up|rescheduled|moved|instead|yet|holiday|closed|snow|break|workday)\b", re.I)
_ANSWER_NO = re.compile(r"^(?:no\b(?![-\s]+(?:one|problem|worries)\b)|nope\b|(?:she|he|they)\s+did(?:n['’]?t|\s+not)\b|"
                        r"(?:it|that)\s+(?:was|did)(?:n['’]?t|\s+not)\b)", re.I)


def _answered_no(finder: _Finder, units: list[Unit], rows: dict, assumed: dict) -> None:
    """"> Did Maya get her speech session on Monday? ¶ No, she didn't.": the question's service and day, reported
    missed by the answer written under it."""
    for index, unit in enumerate(units[1:], start=1):
        asked = _QUOTED_QUESTION.match(units[index - 1].text)
        if not asked or not _ANSWER_NO.match(unit.text.lstrip()):
            continue
        question = asked.group("question").strip()
        if not _ASKED_IF_GIVEN.match(question) or _NOT_A_SERVICE_QUESTION.search(question) \
                or _CHILDS_CHOICE.search(unit.text) or finder.child_absent.search(unit.text) \
                or cues.NO_SCHOOL.search(unit.text):
            continue  # "No, she didn't need it", "No, she was home sick", "No - no school Monday"
        before = units[index - 1]
        topics = list(dict.fromkeys(m.topic for m in finder.in_unit(before)
                                    if finder.kinds.get(m.topic) in ("service", "accommodation")))
        if not topics:
            continue
        days = sorted({m.day for m in finder._dates_of(before.text, before.start, "past")})
        for topic in topics:
            for day in days or [finder.sent_day]:
                kept = rows if days else assumed
                kept.setdefault((topic, day, 0), MissedServiceFound(
                    topic=topic, day=day, minutes=None, sentence=before.text + " " + unit.text, start=before.start,
                    end=unit.end, rule="not-delivered:answer:" + unit.text[:20].lower()))


_STOPPED = re.compile(r"(?:just\s+)?(?:stopped|ended)\s*$", re.I)
_HEADS_A_LIST = re.compile(r"[ \t]*:[ \t]*(?=\S)")
_HELD_OF_PLANNED = re.compile(r"\d{1,2}\s+(?:of|out\s+of)\s+\d{1,2}\s", re.I)
_SUBJECT = re.compile(r"\b(?:I['’]m|I|we|she|he|they)\b(?!['’]s)(?=\s)", re.I)
_TOWARD = re.compile(r"\b(?:to|for)$", re.I)
# where a sentence turns to another clause: a semicolon, a contrast ("…, but …"), a spaced dash
_CLAUSE_BREAK = re.compile(r";|(?<!\s)\s++but\s|\s[-–—]\s", re.I)
_ACCESS_TO = re.compile(r"^\s*access\s+to\b", re.I)
# "we did the second one Monday (11/2) instead": the day it was held instead, not a missed one
_DONE_INSTEAD = re.compile(r"\)?[ \t]*+instead\b", re.I)
# a session reported called off in the past tense ("was cancelled", "got skipped", "didn't meet"), and one moved
# rather than lost
_CALLED_OFF = re.compile(r"(?:cancel+ed|called\s+off|skipped)$", re.I)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|got|been)\s+(?:(?:also|again|just|all|both)\s+)?$", re.I)
_DID_NOT_TAKE_PLACE = re.compile(r"did(?:n['’]?t|\s+not)\s+(?:happen|meet|take\s+place|occur)$", re.I)
_MOVED = re.compile(r"\b(?:moved|rescheduled|re-scheduled|pushed|switched|swapped|instead|made\s+up|make\s+(?:it\s+|them\s+)?up|"
                    r"make-?up|postponed)\b", re.I)
# "when transportation was not provided": a rule; not "when I picked him up on Tuesday he said…", a time told
_RULE_WHEN = re.compile(r"\b(?:when|whenever|where)\b(?!\s+(?:I|we|he|she|they|(?-i:[A-Z])\w+)\s+(?:\w+ed|went|came|got|saw|"
                        r"took|was|were)\b)", re.I)
_FINITE = re.compile(r"\b(?:was|were|did|had|has|have|got|been|never|no\s+\w+|fue|fueron|se)(?!\w)|n['’]t\b", re.I)
_SINCE_THEN = re.compile(r"\bsince\s+then\b", re.I)
_TWO_SESSIONS = re.compile(r"\b(?:neither|both)\s+(?:of\s+(?:the|his|her|their|those)\s+)?(?:\w+\s+)?sessions?\b", re.I)
# after a weekday: more weekdays, then a parenthesis of dates ("Monday or Tuesday (11/9, 11/10)")
_DATES_ASIDE = re.compile(r"(?:,?\s++(?:or|and|&)?\s*+(?:mon|tues|wednes|thurs|fri)day)*+\s*+(?P<open>\()[^()]{0,40}\)", re.I)
_SPAN_FROM = re.compile(r"\b(?:between|from)\s+$", re.I)
_SPAN_TO = re.compile(r"\s+(?:and|to|through|thru|until|-|–)\s+", re.I)


def _add_tally(finder: _Finder, unit: Unit, units: list[Unit], index: int, reported: tuple[int, list[str]] | None,
               rows: dict) -> None:
    """"…made to stop at the bell on a quiz. That is now January 5 and January 23.", "Together with February 17
    that is three Tuesdays in a row": a running count that names the days the report before it adds up to; on
    its own, "that's now 1/15, 1/29 and today for the job site" (a count, two days at least, a service named)."""
    if cues.QUESTION.search(unit.text):
        return
    days, now = finder.tally_days(unit)
    if not days:
        return
    after_a_report = (reported is not None and reported[0] == index - 1
                      and units[index - 1].paragraph == unit.paragraph)
    if after_a_report:
        topics = reported[1]
    elif now and len(days) >= 2:
        topics = list(dict.fromkeys(m.topic for m in finder.in_unit(unit)))
    else:
        return
    for topic in topics:
        minutes = finder.minutes_for(topic, unit.text, days, [], len(topics) == 1)
        for day in days:
            rows.setdefault((topic, day, 0), MissedServiceFound(
                topic=topic, day=day, minutes=minutes[day], sentence=unit.text, start=unit.start, end=unit.end,
                rule="not-delivered:tally:" + unit.text[:40].lower()))


def _without_the_absent_adults_guess(found: list, mentions: list[TopicMention], kinds: Mapping[str, str],
                                     text: str = "") -> list:
    """"I got pulled to cover the office, so he didn't get his morning check-in": the sentence names what the
    absence cost him; the service guessed from who was out (the author's role, read off "I got pulled") is not
    a second miss."""
    named = {m.topic for m in mentions}
    told = any(cue.kind in ("item", "implied") and (topic in named or cue.kind == "implied")
               and kinds.get(topic) == "accommodation" for cue, topic, _, _ in found)
    if not told or any(cue.kind == "provider" and topic == "paraprofessional" for cue, topic, *_ in found) \
            and cues.WITHOUT_ME.search(text):
        return found  # "I was pulled to cover lunch, so he was without me and nobody charged his device": both
    providers = [cue for cue, *_ in found if cue.kind == "provider"]
    # the mentions that are words of their own, not the absence the author's role was read into, nor the post
    # the adult was sent to ("was reassigned to cover a one-to-one for another student, so no one took notes")
    first = min((cue.start for cue in providers), default=0)
    own = {m.topic for m in mentions
           if not any(m.start < cue.end and cue.start - 16 < m.end <= cue.end for cue in providers)
           and not m.start >= first}
    return [row for row in found if row[0].kind != "provider" or row[1] in own]


def _in_the_cues_clause(text: str, mentions: list, cue_at: int) -> list:
    """"1/6, 1/8 and 1/13 delivered; 1/27 not delivered": in a sentence of clauses split by semicolons, the
    dates of the clause that holds the cue, where it has any. Likewise across "but" ("she came on Tuesday, but she
    didn't come Thursday (3/5)": Tuesday is the day she came) and a dash ("the test Wednesday was given without it -
    her grandmother wrote last night": the night it was told)."""
    if not mentions or not 0 <= cue_at < len(text):
        return mentions  # a cue of the line that introduces a list, not of this one
    bounds = [0, len(text)]
    for match in _CLAUSE_BREAK.finditer(text):
        bounds += [match.start(), match.end()]
    start = max(at for at in bounds if at <= cue_at)
    end = min(at for at in bounds if at > cue_at) if any(at > cue_at for at in bounds) else len(text)
    own = [m for m in mentions if start <= m.start < end]
    return own or mentions


def _weekdays_dated_beside(text: str, mentions: list) -> list:
    """"Monday or Tuesday (11/9, 11/10)": weekdays dated by the parenthesis right after them are those dates,
    not the nearest such weekdays."""
    kept = []
    for mention in mentions:
        if mention.kind == "weekday":
            aside = _DATES_ASIDE.match(text, mention.end)
            dated = [m.day for m in mentions if aside and aside.end("open") <= m.start < aside.end()]
            if any(day.weekday() == mention.day.weekday() for day in dated) and mention.day not in dated:
                continue
        kept.append(mention)
    return kept


_PERIOD_TO = re.compile(r"\s+(?:to|through|thru|until|-|–)\s+", re.I)


def _besides_periods(text: str, mentions: list) -> list:
    """The days named, without those that only bound a period ("January 5 through February 20")."""
    bounding = set()
    for first, last in zip(mentions, mentions[1:]):
        if _PERIOD_TO.fullmatch(text[first.end:last.start]) and (last.day - first.day).days > 6:
            bounding |= {id(first), id(last)}
    return [m for m in mentions if id(m) not in bounding]


def _without_span_starts(text: str, mentions: list) -> list:
    """"7 sessions between February 10 and March 5": sessions over weeks, reported once, by the span's
    last day (its first is not a session the text says was missed)."""
    dropped = set()
    for first, last in zip(mentions, mentions[1:]):
        if (_SPAN_FROM.search(text[max(0, first.start - 10):first.start]) and _SPAN_TO.fullmatch(text[first.end:last.start])
                and (last.day - first.day).days > 6):
            dropped.add(id(first))
    return [m for m in mentions if id(m) not in dropped]


def _slot(lines: dict[tuple[str, date | None], list[int]], topic: str, day: date | None, bullet: int | None) -> int:
    """Which session of a topic on a day a row is: each line of a list is one ("- Reading group: 30 min",
    "- Writing group: 25 min" are two sessions of the same service that day); the first line's is
    the one a sentence outside the list told."""
    if bullet is None:
        return 0
    seen = lines.setdefault((topic, day), [])
    if bullet not in seen:
        seen.append(bullet)
    return seen.index(bullet)


def _session_length_said_elsewhere(rows: list[MissedServiceFound], units: list[Unit],
                                   finder: _Finder) -> list[MissedServiceFound]:
    """"- 1/9: … - 1/16: … Each of those is a 30-minute session.": a session's length said once, after
    the list, for the one service the message reports."""
    timed = {row.topic for row in rows if finder.timed(row.topic)}
    if len(timed) != 1 or all(row.minutes for row in rows if row.topic in timed):
        return rows
    lengths = {timing.minutes(unit.text) for unit in units if timing.PER_SESSION.search(unit.text)} - {None}
    if len(lengths) != 1:
        return rows
    length = lengths.pop()
    return [replace(row, minutes=length) if row.topic in timed and row.minutes is None else row for row in rows]
