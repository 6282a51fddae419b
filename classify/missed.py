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
  line before when it says "same" ("- 3/3: Same for the assembly").
- a cue says something did not take place: the session (cancelled, didn't meet, missed, was not
  delivered), its provider (out sick, on leave, pulled to cover, on lunch duty; services only),
  or the thing itself (without his…, no…, wasn't given…, nobody read…, should have had…); a few
  phrasings imply the accommodation ("with the regular 55 minutes": extended time; "in my room
  with the rest of the class": a separate setting; "no monitor on the route": transportation).
- scope: a cue about the thing takes the topic named right after it ("didn't get his breaks");
  others take the topic of their stretch of the sentence; with none named, the person named or
  the author ("I was out sick") says which service, then the sentence before, the subject line,
  or the one service the message is about.
- the day: dates in the unit; the dates of a list the unit introduces; a day named just before
  in the paragraph; else the day the message was sent, for a plain past-tense report that names
  no time at all. "Monday through Wednesday" is three days.
- not a missed service: a question, a hypothetical ("if she misses speech"), habits with no day
  ("her sessions keep getting cancelled"), a plan for a later day, a make-up that happened, the
  child absent or checked out, a day without school, quoted speech, and negated cues ("she has
  not missed a session", "never without her voice").
"""
from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from ieptrail.classify.model import MessageText, MissedServiceFound, TopicMention
from ieptrail.classify.sentences import TITLED_NAME, Sentence, inside, quoted_spans
from ieptrail.classify.when import NUMBER_WORDS, WEEKDAYS, find_dates

_N = r"(?:n['’]?t|\s+not)"  # didn't / did not
_GAP_WORD = re.compile(r"(?i:his|her|their|its|the|a|an|any|that|this|my|your|our|same|usual|regular|own|daily|"
                       r"[\w-]+['’]s|\d[\w:./-]*)")
_ING_NOUNS = {"morning", "evening", "reading", "writing", "speaking", "listening", "testing", "spelling"}
_DET = r"(?:(?:his|her|their|its|the|a|an|any|that|this|those|these|my|your|our|another|other)\s+)"
_POSTS = (r"(?:class|classes|classroom|classrooms|room|rooms|duty|duties|lunch|recess|grade|kindergarten|para|aide|teacher|"
          r"section|period|office|route|bus|hallway|cafeteria)\b")

# the session or the accommodation did not take place (services and accommodations)
_EVENT = re.compile(
    r"\b(?:cancel(?:l?ed|l?ing|s)?|called off|(?:got|was|were|been)\s+bumped|no-?show(?:ed)?|skipped|skip(?:ping)?\s+" + _DET + r"|"
    r"did" + _N + r"\s+(?:happen|meet|take place|occur|run|come|show(?:\s+up)?|go out|arrive|get done)|"
    r"(?:do|does)" + _N + r"\s+(?:happen|meet)|"
    r"(?:wo|ca|could|would)" + _N + r"\s+(?:meet|happen|take place|run)|(?:cannot|can not)\s+(?:meet|run)|"
    r"(?:was|were)" + _N + r"\s+(?:held|delivered|provided|served|implemented|followed|done)|"
    r"not\s+(?:provided|delivered|given|held|served|offered|followed|implemented)|"
    r"never\s+(?:came|showed|arrived|happened|met|got done)|not\s+(?:come|show(?:n|ed)?\s+up|happen)|"
    r"(?<!the )(?<!any )(?<!for )(?<!of )(?<!about )(?<!those )(?<!these )(?<!all )(?<!['’]s )(?<!his )(?<!her )(?<!their )"
    r"missed(?![-\w])(?!\s+(?:the\s+bus|assignments?|work|homework|class|school|deadline|days?|calls?|emails?|messages?|minutes|time)\b)|"
    r"miss(?:es|ing)?\s+(?:his|her|their|it|them|both|all|two|three|four|five|\d)\b|"
    r"(?:has|have|had)" + _N + r"\s+(?:had|gotten|got|received|done|been\s+(?:seen|given|offered|to))\b|"
    r"(?:not|never|n['’]t)\s+(?:been\s+|ever\s+)?made\s+up|never\s+(?:been\s+)?made\s+up|neither\s+\w+\s+was\s+made\s+up|"
    r"(?:is|are|was|were)\s+(?:still\s+)?owed|still\s+owes?|"
    r"(?:was|were|got|been)\s+cut\b|"
    r"(?:wasn['’]?t|was not|weren['’]?t|were not|couldn['’]?t|could not|won['’]?t|will not|am not|I['’]m not|not)\s+"
    r"(?:be\s+)?able\s+to\s+(?:see|meet|work|get\s+to|fit|make\s+it|do|hold|pull|serve|run|take|give|provide)|"
    r"couldn['’]?t\s+(?:see|make\s+it|meet|fit|get\s+to|take|go)|could\s+not\s+(?:see|meet|make\s+it|fit|get\s+to|take|go)|"
    r"(?:left|drove\s+(?:off|away))\s+without\s+(?:him|her|them)|had to cancel)",
    re.I,
)
# the provider was elsewhere (services only: a pulled SLP is not an accommodation)
_PROVIDER = re.compile(
    r"\b(?:out sick|home sick|called (?:out|in)(?: sick)?|(?:was|were|is|am|I['’]m|been)\s+out\b(?!\s+of\s+(?:the\s+)?(?:room|class|seat))|"
    r"(?:was|were|been|went|had\s+been)\s+(?:out\s+)?on\s+(?:medical\s+|maternity\s+|family\s+|extended\s+)?leave|"
    r"(?:was|were|got|been|being|getting|get|gets)\s+(?:\w+\s+)?pulled\b|pulled\s+(?:me|us)\b|pulled\s+(?:away|from|to\s+(?:cover|test|proctor|sub))\b|"
    r"(?:was|were|got|been)\s+reassigned\b|(?:re)?assigned\s+to\s+(?:\w+\s+){0,2}?(?:other\s+duties|duty|lunch|recess|hallway|testing|tests?|proctor\w*|cover\w*|another|other|cafeteria|bus)\b|"
    r"(?:was|were|been|is|am)\s+covering\s+(?:for\b|" + _DET + r"?(?:\w+\s+){0,2}?" + _POSTS + r")|"
    r"to\s+cover\s+(?:for\b|(?:" + _DET + r"|\w+['’]s\s+)?(?:\w+\s+){0,3}?" + _POSTS + r")|covered\s+for\b|had me cover|"
    r"(?:lunch|recess|hallway|cafeteria|arrival|dismissal)\s+(?:duty|supervision|coverage)|"
    r"(?:was|were|been|I['’]m|am)\s+(?:\w+\s+)?(?:testing|proctoring)\b|ended up testing|"
    r"(?:sub|substitute)\s+(?:did" + _N + r"|never)\s+(?:show|come|do|run|have)|no\s+(?:sub|substitute)\b|"
    r"without\s+(?:a\s+)?(?:sub|substitute)\b|"
    r"(?:was|were)" + _N + r"\s+with\s+(?:him|her|them|[A-Z][a-z]+)\b|without me\s*[.,;!]|woke up sick|"
    r"(?:was|were)" + _N + r"\s+(?:there|on\s+the\s+(?:\w+\s+)?(?:trip|bus|route|outing)|in\s+the\s+building)\b|"
    r"(?:was|were)\s+(?:at|in)\s+(?:a|an|the)\s+(?:\w+\s+){0,2}(?:training|meeting|workshop|conference)|"
    r"called\s+(?:away|to\s+(?:a|an|the)\s+\w+))",
    re.I,
)
# the thing itself was not there or not given: its topic is named right after the cue
_ITEM = re.compile(
    r"\b(?:without|with\s+no|no|(?:nobody|no\s+one)\s+(?:read|gave|offered|brought|walked|took|provided|set\s+up|charged|handed|helped|sent)|"
    r"did" + _N + r"\s+(?:get|receive|have|use|give\s+(?:him|her|them)|let\s+(?:him|her|them)\s+(?:use|have|take))|"
    r"never\s+(?:got|received|had|was\s+given)|(?:refused|declined)\s+to\s+(?:give|let|allow|provide|read)(?:\s+(?:him|her|them))?|"
    r"(?:wasn['’]?t|was not|weren['’]?t|were not)\s+(?:allowed|permitted|able)\s+to\s+(?:use|take|have|get)|"
    r"(?:was|were)" + _N + r"\s+(?:given|offered|allowed|permitted|read|provided(?:\s+with)?)|"
    r"forgot(?:\s+to\s+(?:give|bring|send|use|read|do))?|"
    r"should\s+have\s+(?:had|gotten|got|been\s+(?:given|offered|allowed|sent|read)|used|received)|"
    r"(?:was|were)\s+supposed\s+to\s+(?:get|have|be\s+given|use|receive))\b",
    re.I,
)
# the thing itself was left behind or taken away: its topic is named right before the cue
_LEFT_BEHIND = re.compile(
    r"\b(?:stayed|sat|was\s+left|were\s+left|got\s+left|was\s+forgotten|were\s+forgotten)\s+(?:on|in|at|behind)\b|"
    r"\b(?:got|was|were)\s+taken\s+(?:off|away|down)\b|\bwas(?:n['’]t| not)\s+on\s+(?:his|her|the)\s+desk\b",
    re.I,
)
# phrasings that imply one accommodation or service without naming it
_IMPLIED: list[tuple[str, tuple[str, ...], re.Pattern]] = [  # (topic, words one of which it needs, pattern)
    ("extended_time", ("regular", "standard", "normal", "usual", "same"), re.compile(r"\bwith\s+(?:only\s+)?the\s+(?:regular|standard|normal|usual|same)\s+"
                                 r"(?:\d+\s+minutes|time(?:\s+limit)?|amount\s+of\s+time|period)\b", re.I)),
    ("extended_time", ("bell",), re.compile(r"\b(?:collected|took|picked\s+up|had\s+to\s+(?:turn|hand)\s+(?:it\s+)?in|had\s+to\s+stop)\b"
                                 r"[^.;]{0,60}\bwhen\s+the\s+bell\s+rang\b|\bwhen\s+the\s+bell\s+rang,?\s+(?:he|she|they)\s+had\s+to\b", re.I)),
    ("separate_setting", ("rest of",), re.compile(r"\bin\s+(?:my|your|the|his|her|their)\s+(?:own\s+)?(?:regular\s+|general[- ]ed\w*\s+)?"
                                    r"(?:class(?:room)?|room)\s+with\s+the\s+rest\s+of\s+the\s+class\b", re.I)),
    ("separate_setting", ("regular", "general", "homeroom"), re.compile(r"\b(?:took|take|taking|had\s+to\s+take)\s+(?:it|the\s+(?:\w+\s+){0,2}?(?:test|quiz|exam|assessment))\s+"
                                    r"in\s+(?:the|her|his|my|your)\s+(?:regular|general[- ]ed\w*|homeroom)\s+(?:class(?:room)?|room)\b", re.I)),
    ("separate_setting", ("instead",), re.compile(r"\binstead\s+of\s+(?:in\s+)?(?:the|a|his|her)\s+(?:small|separate|quiet|testing|resource|other)\b", re.I)),
    ("assistive_technology", ("hand",), re.compile(r"\b(?:had|was\s+required|were\s+required|was\s+made|made\s+(?:him|her))\s+to\s+"
                                        r"(?:handwrite|hand-write|write\s+(?:it\s+)?by\s+hand)\b", re.I)),
]
# an aide or monitor on the bus is the transportation service, not the classroom para
_BUS_STAFF = re.compile(r"\b(?:aide|monitor)s?\s+on\s+(?:the\s+|his\s+|her\s+|that\s+)?(?:bus|route|it)\b|"
                        r"\b(?:bus|route\s*\d+)\b[^.;]{0,40}\b(?:without|no)\s+(?:a\s+|an\s+|any\s+)?(?:aide|monitor)\b|"
                        r"\bno\s+(?:bus\s+)?monitor\b", re.I)
_BUS_WORD = re.compile(r"\b(?:bus|buses|route\s*\d+|transportation|driver)\b", re.I)
_AIDE_WORD = re.compile(r"\b(?:aides?|monitors?)\b", re.I)
_COVERAGE = re.compile(r"\bcover(?:ing|ed)?\b|\bduty\b|\bsupervision\b|\bnot\s+with\b|n['’]t\s+with\b|\bwithout me\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:I|I['’]m|I['’]ve|me|my)\b")
_PRONOUN_OBJECT = re.compile(r"\s*(?:it|one|them|that|those|any)\b(?!\s+(?:from|of|who|which|else|in|at|on|has|had|was|is))", re.I)
_NEGATED_CUE = re.compile(r"(?:\bnot|\bnever|n['’]t|\bnothing|\bno\s+\w+\s+(?:was|were))\s+(?:\w+\s+)?$", re.I)
# "I haven't received the draft", "we never got the sensory diet": papers the parent did not get, not a service
_RECEIVER = re.compile(r"\b(?:I|we|I['’]ve|we['’]ve)\s+(?:\w+\s+)?$", re.I)
_RECEIVING = re.compile(r"received|got|gotten|get|heard|seen", re.I)
# a document, not the service itself ("no behavior sheet in his folder", "didn't get the speech log")
_DOCUMENT = re.compile(r"^[\w\s'’-]{0,25}?\b(?:sheets?|logs?|reports?|forms?|plans?|charts?|data|summary|summaries|"
                       r"paperwork|copy|copies|notes|minutes\s+of|questionnaire|consent)\b", re.I)

# each family of cues, with words one of which every cue of it holds: a sentence with none of them
# is passed over without running the pattern
_NEGATIONS = "not no never nobody cannot didnt wasnt werent couldnt wont cant hasnt havent hadnt doesnt dont isnt"
_CUE_PATTERNS = [
    ("event", _EVENT, frozenset(f"{_NEGATIONS} cancel cancels cancelled canceled cancelling canceling off bumped skip "
                                "skipped skipping missed miss misses missing made owed owes cut left drove".split())),
    ("provider", _PROVIDER, frozenset(f"{_NEGATIONS} out sick leave pulled reassigned assigned covering cover covered "
                                      "duty supervision testing proctoring sub substitute training meeting workshop "
                                      "conference called".split())),
    ("item", _ITEM, frozenset(f"{_NEGATIONS} without forgot should supposed refused declined".split())),
    ("left", _LEFT_BEHIND, frozenset(f"{_NEGATIONS} stayed sat left forgotten taken".split())),
]
_CUE_WORDS = frozenset().union(*(needs for _, _, needs in _CUE_PATTERNS))
_WORD = re.compile(r"[a-z]+")
_QUESTION = re.compile(r"\?\s*[\"”')]*\s*$")
_HYPOTHETICAL = re.compile(r"\b(?:if|whenever|in case|unless|what if|each time|every time|any time)\b|"
                           r"\bwhen\s+(?:\S+\s+){1,3}?(?:is|are|gets?|misses|has|needs)\b", re.I)
_HABIT = re.compile(r"\b(?:keeps?|kept)\s+(?:getting|being|missing)|\b(?:always|usually|often|sometimes|typically|"
                    r"generally|normally|regularly|tends?\s+to)\b|\bevery\s+(?:session|day|week|time)\b", re.I)
_MADE_UP = re.compile(r"\b(?:made\s+(?:\w+\s+){0,3}?up|make-?up\s+session\s+(?:was|went)|"
                      r"(?:had|did|held|got|received)\s+(?:\w+\s+){0,2}?(?:make-?up|compensatory)\s+session)\b", re.I)
_MADE_UP_NEGATED = re.compile(r"(?:\bnot|\bnever|n['’]t|\bneither|\bnor|\bno)\b(?:\W+\w+){0,4}?\W+made\s+(?:\w+\s+)?up|\bever\s+made\s+up", re.I)
_PARENTHESIS = re.compile(r"\([^()]*\)")
# the child was not there or would not go: not a service the school failed to give. "he"/"she" count
# only for states a provider would not be in ("the SLP emailed that she was sick" is the provider)
_CHILD_AWAY = (r"\b(?:{pronouns})\s+(?:was|were|is|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:absent|home|checked\s+out|"
               r"signed\s+out|picked\s+up\s+early|at\s+(?:a|an|the|his|her)\s+(?:\w+\s+)?(?:appointment|doctor|dentist))\b|"
               r"\b(?:{names})\s+(?:was|were|is|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:sick|home\s+sick|out\s+sick|out)\b(?!\s+of)|"
               r"\b(?:{pronouns})\s+(?:refused|declined|chose\s+not|did\s*n['’]?o?t\s+want|would\s*n['’]?o?t\s+go)\b|"
               r"\bthe\s+student\s+(?:is|was)\s+absent\b")
# the child managed or chose to go without: not a failure to provide ("he did great without his fidget")
_WENT_WELL = re.compile(r"\b(?:did|does|doing|worked|working|was|were|went)\s+(?:great|well|fine|ok|okay|good|really\s+well)\b|"
                        r"\bindependently\b|\bon\s+(?:his|her|their)\s+own\s+(?:choice|initiative)\b|"
                        r"\b(?:chose|decided|preferred|wanted)\s+to\b", re.I)
# the family's own part: "I forgot to send her headphones"
_HOME_TASK = re.compile(r"\b(?:I|we)\s+(?:forgot|did\s*n['’]?o?t|never)\s+(?:to\s+)?(?:send|pack|bring|charge|put)\b", re.I)
_NO_SCHOOL = re.compile(r"\bno\s+school\b|\bschool\s+(?:was|is|will\s+be)\s+closed\b|\bsnow\s+day\b|\bschool\s+holiday\b|"
                        r"\bdistrict\s+was\s+closed\b", re.I)
_FUTURE = re.compile(r"\b(?:will|won['’]?t|would|going\s+to|gonna|shall|is\s+to|are\s+to)\b|['’]ll\b", re.I)
# a statement about a list of dates or a log, not of one day ("the list of dates his para was pulled")
_ABOUT_DATES = re.compile(r"\b(?:dates?|list|how\s+often|how\s+many|logs?|records?)\b", re.I)
# "On 11/10 Mr. W informed us that…": the day of the telling, not of the event
_TELLING = re.compile(r"^,?\s*(?:[\w.’']+\s+){0,3}?(?:told|informed|wrote|said|emailed|notified|explained|mentioned|asked|"
                      r"let\s+\w+\s+know|called\s+(?:me|us))\b", re.I)
WEEKDAY_PREFIXES = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
_ATTRIBUTIVE_DAY = re.compile(r"(?:\b(?:his|her|their|its|the|my|our|your|a)|['’]s)\s+$", re.I)
_PAST = re.compile(r"\b(?:was|were|did|had|didn['’]?t|wasn['’]?t|weren['’]?t|hadn['’]?t|never|got|went|came|sat|stayed|"
                   r"left|missed|skipped|cancel+ed|pulled|couldn['’]?t|could\s+not|woke|forgot|collected|took|handed|"
                   r"walked|found|told|said|died|ended|happened|covered|assigned|sent|called)\b", re.I)
_PAST_PARTICIPLE = re.compile(r"\b(?!(?:un|need|schedul|plann|expect|supposed)\w*ed\b)\w{3,}ed\b", re.I)
_PRESENT = re.compile(r"\b(?:am|is|are|I['’]m|it['’]s|he['’]s|she['’]s|there['’]s|we['’]re|they['’]re)\b", re.I)
# words that place a statement in time without naming a day: no default day for those
_VAGUE_TIME = re.compile(r"\b(?:week|weeks|month|months|year|semester|quarter|trimester|since|ago|lately|recently|"
                         r"this\s+(?:fall|spring|winter|term)|before\s+(?:the\s+)?break|last\s+\w+|all\s+(?:week|month|year)|"
                         r"january|february|march|april|may|june|july|august|september|october|november|december|"
                         r"so\s+far|times)\b", re.I)
_SPAN = re.compile(r"\b(?:the\s+)?(?:last|past)\s+(?P<count>two|three|four|five|six|\d|couple\s+of|few)\s+weeks\b|"
                   r"\bsince\s+the\s+(?:beginning|start)\s+of\s+the\s+(?P<unit>month|week)\b", re.I)
# an absence that has lasted a while, told in the perfect: reported even when no day is named
_DURATION = re.compile(r"\b(?:has|have)(?:\s*n['’]?o?t|\s+not)\s+(?:had|gotten|got|received|been\s+(?:seen|to|given))\b[^.;]*?"
                       r"\b(?:since|for\s+(?:\w+\s+){0,2}(?:weeks?|months?|days?))\b|"
                       r"\b(?:has|have)\s+been\s+no\b[^.;]*?\b(?:since|for\s+(?:\w+\s+){0,2}(?:weeks?|months?|days?))\b", re.I)
_MAY_NAME_A_DAY = re.compile(r"\d|\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|tomorrow|tmrw?|yesterday|"
                             r"mon|tue|wed|thu|fri|sat|sun)", re.I)
_SPECIFIC_DAY = {"numeric", "month_day", "day_month", "weekday_the_nth", "relative_day", "weekday", "day_of_month"}
# a past week named without its day: "speech was cancelled twice last week"
_NEXT = re.compile(r"\bnext\s+(?:week|month)\b", re.I)
_PAST_WEEK = re.compile(r"(?<!the\s)\b(?:last|earlier\s+this|this\s+past|over\s+the\s+past)\s+week\b", re.I)
_BULLET_LINE = re.compile(r"^[ \t]*(?:[-*•–—·▪●◦][ \t]+|\d{1,2}[.)][ \t]+|\(\d{1,2}\)[ \t]+|"
                          r"(?=(?:(?:mon|tue|wed|thu|fri)[a-z]*\.?,?[ \t]+)?\d{1,2}/\d{1,2}\b[^\n]{0,3}[-:–)]))", re.I | re.M)
_LEAD_DATE = re.compile(r"^[ \t]*(?:[-*•–—·▪●◦]|\d{1,2}[.)]|\(\d{1,2}\))?[ \t]*(?P<lead>[^:\n]{1,80}?)\s*(?::|\s[-–—]\s)")
_SAME_AS_BEFORE = re.compile(r"^[ \t]*(?:[-*•–—·▪●◦][ \t]*)?[^:]{0,60}:\s*(?:the\s+)?same\b", re.I)
_RANGE = re.compile(r"\b(?P<a>mon|tues?|wed|thur?s?|fri)[a-z]*\.?\s+(?:through|thru|to|until|-|–)\s+"
                    r"(?P<b>mon|tues?|wed|thur?s?|fri)[a-z]*\b", re.I)
_NOT_TIMED_KINDS = {"accommodation"}
_NOT_TIMED = {"transportation"}  # a bus that never came is not minutes of service; waiting times are not

_MINUTES = re.compile(r"\b(?P<n>\d{1,3})\s*-?\s*(?:minutes?|mins?)\b", re.I)
_HOURS = re.compile(r"\b(?P<n>an?|one|two|three|\d(?:\.\d)?)\s+(?:and a half\s+)?hours?(?:\s+and a half)?\b", re.I)
_APPROX = r"(?:(?:about|around|approximately|approx\.?|roughly)\s+)?"
_CLOCK_RANGE = re.compile(
    r"\bfrom\s+" + _APPROX + r"(?P<h1>\d{1,2})(?::(?P<m1>\d{2}))?\s*(?:[ap]\.?m\.?)?\s+(?:to|until|till|-|–)\s+" + _APPROX +
    r"(?P<h2>\d{1,2})(?::(?P<m2>\d{2}))?|\(?\b(?P<h3>\d{1,2}):(?P<m3>\d{2})\s*(?:[ap]\.?m\.?)?\s*[-–]\s*(?P<h4>\d{1,2}):(?P<m4>\d{2})\b",
    re.I)
_PER_SESSION = re.compile(r"\beach\b|\bper\b|\bapiece\b|\d+\s*-\s*minute\s+(?:\w+\s+)?(?:session|group|block)|"
                          r"\ba\s+(?:session|week|day)\b|\bevery\b", re.I)
_WORD_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3}


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


def _minutes(text: str) -> int | None:
    match = _MINUTES.search(text)
    if match:
        return int(match.group("n"))
    match = _HOURS.search(text)
    if match:
        count = match.group("n").lower()
        hours = float(_WORD_NUMBERS.get(count, 0) or count)
        if "half" in match.group(0).lower():
            hours += 0.5
        return int(hours * 60)
    if re.search(r"\bhalf an? hour\b", text, re.I):
        return 30
    match = _CLOCK_RANGE.search(text)
    if match:
        h1, m1, h2, m2 = ((match.group("h1"), match.group("m1"), match.group("h2"), match.group("m2")) if match.group("h1")
                          else (match.group("h3"), match.group("m3"), match.group("h4"), match.group("m4")))
        start = int(h1) * 60 + int(m1 or 0)
        end = int(h2) * 60 + int(m2 or 0)
        if end <= start:
            end += 12 * 60  # 11:45 to 1:15 crosses noon
        if 0 < end - start <= 8 * 60:
            return end - start
    return None


def _minutes_after_each(piece: str, mentions) -> dict:
    """"January 6 (about 90 minutes), February 4 (lunch)": minutes written right after a date."""
    found = {}
    for mention in mentions:
        after = re.match(r"\s*\(([^)]{0,40})\)", piece[mention.end:])
        if after:
            value = _minutes(after.group(1))
            if value:
                found[mention.day] = value
    return found


def _units(sentences: list[Sentence], text: str) -> list[Unit]:
    """Sentences, each knowing the bulleted line it is on and that line's leading dates."""
    bullets = {match.start() for match in _BULLET_LINE.finditer(text)}
    units: list[Unit] = []
    for sentence in sentences:
        line_start = text.rfind("\n", 0, sentence.start) + 1
        if line_start not in bullets:
            units.append(Unit(sentence.text, sentence.start, sentence.end, sentence.paragraph, None, False))
            continue
        head = not units or units[-1].bullet != line_start
        match = _LEAD_DATE.match(sentence.text)
        lead = (match.group("lead") if match else "") if head else units[-1].lead
        units.append(Unit(sentence.text, sentence.start, sentence.end, sentence.paragraph, line_start, head, lead))
    return units


def _days_in(text: str, sent_day: date, prefer: str = "past", offset: int = 0, quotes=()) -> list:
    if not _MAY_NAME_A_DAY.search(text):
        return []  # find_dates runs a dozen patterns; most sentences name no day at all
    return [m for m in find_dates(text, sent_day, prefer=prefer)
            if m.day <= sent_day and not m.deadline and m.kind in _SPECIFIC_DAY
            and not inside(quotes, offset + m.start, offset + m.end)]


def _weekday_ranges(text: str, sent_day: date, direction: str) -> list[date]:
    """"Monday through Wednesday this week": every school day of the range, in the week it names,
    else the nearest one in the direction the sentence points."""
    days = []
    for match in _RANGE.finditer(text):
        first = WEEKDAYS.get(match.group("a").lower().rstrip("."), None)
        last = WEEKDAYS.get(match.group("b").lower().rstrip("."), None)
        if first is None or last is None or last < first:
            continue
        monday = sent_day - timedelta(days=sent_day.weekday())
        named = re.search(r"\b(last|this|next)\s+week\b", text, re.I)
        if named:
            monday += timedelta(days=7 * {"last": -1, "this": 0, "next": 1}[named.group(1).lower()])
        elif direction == "past" and monday + timedelta(days=first) > sent_day:
            monday -= timedelta(days=7)
        elif direction == "future" and monday + timedelta(days=last) < sent_day:
            monday += timedelta(days=7)
        days += [monday + timedelta(days=offset) for offset in range(first, last + 1)]
    return days


class _Finder:
    def __init__(self, message: MessageText, topics: list[TopicMention], kinds: Mapping[str, str],
                 role_services: tuple[str, ...], student_names, named_roles: dict[str, set[str]],
                 subject_topics: Callable[[], tuple[str, ...]]):
        self.text = message.new_text
        self.sent_day = message.sent.date()
        self.kinds = kinds
        self.quotes = quoted_spans(self.text)
        self.role_services = tuple(t for t in role_services if kinds.get(t) == "service")
        self.named_roles = named_roles
        self.subject_topics = subject_topics
        self.subject = message.subject or ""
        self.child_absent = _child_away(frozenset(student_names))
        self.from_user = message.from_user
        self.mentions = self._mentions(topics)
        self._cues: dict[int, list[Cue]] = {}
        self._leads: dict[str, list[date]] = {}
        self._dates: dict[tuple[int, int, str], list] = {}
        self.possible: set[int] = set()  # where the sentences that may hold a cue start

    def _mentions(self, topics: list[TopicMention]) -> list[TopicMention]:
        """Mentions of tracked topics (services, accommodations), an aide on the bus counted as the bus."""
        bus_spans = [m.span() for m in _BUS_STAFF.finditer(self.text)]
        bus_subject = bool(_BUS_WORD.search(self.subject))
        found = []
        for mention in topics:
            if mention.start < 0 or self.kinds.get(mention.topic) not in ("service", "accommodation"):
                continue
            topic = mention.topic
            if topic == "paraprofessional" and _AIDE_WORD.fullmatch(self.text[mention.start:mention.end]):
                if any(a <= mention.start < b for a, b in bus_spans) or bus_subject:
                    topic = "transportation"
            found.append(TopicMention(topic, mention.sentence, mention.start, mention.end, mention.rule))
        for match in _BUS_STAFF.finditer(self.text):
            staff = _AIDE_WORD.search(match.group(0))
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
        words = set(re.findall(r"[a-z]+", unit.text.lower().replace("’", "").replace("'", "")))
        for kind, pattern, needs in _CUE_PATTERNS:
            if not words & needs:
                continue
            for match in pattern.finditer(unit.text):
                start, end = unit.start + match.start(), unit.start + match.end()
                if inside(self.quotes, start, end) or _NEGATED_CUE.search(unit.text[max(0, match.start() - 20):match.start()]):
                    continue
                if self._hypothetical(unit, match.start(), match.end()):
                    continue
                if _RECEIVING.search(match.group(0)) and _RECEIVER.search(unit.text[max(0, match.start() - 12):match.start()]):
                    continue
                if kind == "item" and match.group(0).lower().startswith("without") and _WENT_WELL.search(
                        unit.text[max(0, match.start() - 40):match.start()]):
                    continue
                found.append(Cue(kind, start, end, match.group(0)))
        lowered = unit.text.lower()
        for topic, needs, pattern in _IMPLIED:
            if not any(word in lowered for word in needs):
                continue
            for match in pattern.finditer(unit.text):
                start, end = unit.start + match.start(), unit.start + match.end()
                if not inside(self.quotes, start, end) and not self._hypothetical(unit, match.start(), match.end()):
                    found.append(Cue("implied", start, end, match.group(0), topic))
        return sorted(found, key=lambda cue: cue.start)

    @staticmethod
    def _hypothetical(unit: Unit, position: int, end: int) -> bool:
        """"If she misses speech…", "what happens when the aide is out": the clause up to the cue says so."""
        clause_start = max(unit.text.rfind(mark, 0, position) for mark in (";", ":", " but ", " so ", " and "))
        return bool(_HYPOTHETICAL.search(unit.text[clause_start + 1 if clause_start >= 0 else 0:end]))

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
                     and not (self.kinds.get(m.topic) == "service" and _DOCUMENT.match(self.text[m.start:m.start + 40]))]
            if after:
                return [(topic, unit.start, unit.end) for topic in self._coordinated(after[0], mentions)]
            if _PRONOUN_OBJECT.match(self.text[cue.end:cue.end + 16]) and not re.match(r"(?i)no\s+one$", self.text[cue.start:cue.end + 4]):
                before = [m for m in mentions if m.start < cue.start]
                topic = before[-1].topic if before else (previous[0] if previous else None)
                return [(topic, unit.start, unit.end)] if topic else []
            return []
        if cue.kind == "left":
            before = [m for m in mentions if m.end <= cue.start and len(self.text[m.end:cue.start].split()) <= 5]
            return [(before[-1].topic, unit.start, unit.end)] if before else []
        usable = [m for m in mentions if cue.kind != "provider" or self.kinds.get(m.topic) == "service"]
        if usable:
            return [self._stretch(cue, usable, unit)]
        return [(topic, unit.start, unit.end) for topic in self._unnamed(cue, unit, previous)
                if cue.kind != "provider" or self.kinds.get(topic) == "service"]

    @staticmethod
    def _object_gap(gap: str) -> bool:
        """"didn't get his writing instruction", "did not have Jaylen's 3:15 late pickup": between the
        cue and the topic only determiners, possessives, numbers and one more modifier; not "had no
        problems using his extended time"."""
        if re.search(r"[.;:!?](?:\s|$)|[\"“”]", gap):
            return False
        others = [word for word in gap.split() if not _GAP_WORD.fullmatch(word)]
        return len(others) <= 1 and not any(word.lower().endswith("ing") and word.lower() not in _ING_NOUNS for word in others)

    def _coordinated(self, first: TopicMention, mentions: list[TopicMention]) -> list[str]:
        """"no break and no schedule", "without his headphones or his fidget": each named object."""
        topics = [first.topic]
        position = first.end
        for mention in mentions:
            if mention.start <= position:
                continue
            between = self.text[position:mention.start]
            if re.fullmatch(r"\s*(?:,\s*)?(?:and|or|nor|,)\s+(?:(?:no|his|her|their|the|any|without)\s+){0,2}(?:\w+\s+)?", between):
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

    def _unnamed(self, cue: Cue, unit: Unit, previous: list[str]) -> list[str]:
        """A cue whose sentence names no topic: who was out, what the sentence before was about."""
        for key, topics in self.named_roles.items():
            if len(topics) == 1 and re.search(rf"\b{re.escape(key.title())}\b", unit.text):
                return list(topics)
        if cue.kind == "provider" and _FIRST_PERSON.search(unit.text[:cue.start - unit.start + len(cue.text)]) \
                and len(self.role_services) == 1:
            return [self.role_services[0]]
        if previous:
            return previous[:1]
        if cue.kind == "provider" and _COVERAGE.search(unit.text):
            return ["paraprofessional"]  # an adult sent to cover elsewhere, not with the child: the aide
        subject = list(dict.fromkeys(t for t in self.subject_topics() if self.kinds.get(t) in ("service", "accommodation")))
        if len(subject) == 1:
            return subject
        if _FIRST_PERSON.search(unit.text) and len(self.role_services) == 1:
            return [self.role_services[0]]
        in_message = list(dict.fromkeys(m.topic for m in self.mentions if self.kinds.get(m.topic) == "service"))
        # "Ms. Denise was not on the trip" in a message about one service
        named_before = TITLED_NAME.search(" ".join(unit.text[:cue.start - unit.start].split()[-3:]))
        usable = cue.kind == "event" or (cue.kind == "provider" and named_before)
        return in_message if len(in_message) == 1 and usable else []

    # ---- days ----------------------------------------------------------------------------

    def days_for(self, unit: Unit, piece: str, piece_start: int, units: list[Unit], index: int,
                 cue: Cue) -> tuple[list[date | None], bool]:
        """The days the statement is about, and whether the text says them (False: the day the
        message was sent, assumed for a plain report that names no time)."""
        lead = self._lead_days(unit.lead) if unit.lead else []
        if lead:
            return lead, True
        direction = _direction(unit.text)
        # the sentence's days (read once for all its stretches), without "(made up on 2/3)" asides
        text = _PARENTHESIS.sub(lambda m: " " * len(m.group(0)) if _MADE_UP.search(m.group(0)) else m.group(0), unit.text)
        low, high = piece_start - unit.start, piece_start - unit.start + len(piece)
        mentions = [m for m in self._dates_of(text, unit.start, direction) if low <= m.start < high
                    and not (m.kind != "relative_day" and _TELLING.search(text[m.end:high]))
                    and not _attributive_weekday(text, m)]
        if _NEXT.search(unit.text):  # "no OT next week, I'm out Wednesday through Friday"
            mentions = [m for m in mentions if m.kind != "weekday"]
        days = {m.day for m in mentions} | {d for d in _weekday_ranges(piece, self.sent_day, direction) if d <= self.sent_day}
        if days:
            return sorted(days), True
        if piece != unit.text and self._dates_of(text, unit.start, direction):
            return [], True  # the sentence's dates belong to another of its services
        if _QUESTION.search(unit.text):
            return [], True
        listed = self._listed_days(unit, units, index)
        if listed:
            return listed, True
        span = self._span_start(piece)
        if span is not None:
            return [span], True
        if (_DURATION.search(unit.text) or (_PAST_WEEK.search(piece) and direction == "past")) and not _HABIT.search(unit.text):
            return [None], False  # "she hasn't had speech since the SLP went on leave": missed, day not stated
        before_cue = unit.text[:cue.start - unit.start]
        if _HABIT.search(unit.text) or _VAGUE_TIME.search(unit.text) or _FUTURE.search(before_cue) \
                or _ABOUT_DATES.search(unit.text):
            return [], True
        for earlier in reversed(units[:index]):
            if earlier.paragraph < unit.paragraph - 1:
                break
            found = [m for m in self._dates_of(earlier.text, earlier.start, "past")
                     if earlier.paragraph == unit.paragraph or m.kind == "relative_day"]
            if found:
                return [found[-1].day], True
            if earlier.paragraph == unit.paragraph and _VAGUE_TIME.search(earlier.text):
                return [], True
        if cue.kind != "event" and _PAST.search(unit.text) and not _FUTURE.search(unit.text):
            return [self.sent_day], False  # "He went the whole afternoon without it": told the day it happened
        return [], True

    def _dates_of(self, text: str, start: int, direction: str) -> list:
        """The days named in a stretch of the message (read once per stretch and direction)."""
        key = (start, len(text), direction)
        if key not in self._dates:
            self._dates[key] = _days_in(text, self.sent_day, direction, start, self.quotes)
        return self._dates[key]

    def _lead_days(self, lead: str) -> list[date]:
        """The dates a bulleted line starts with ("- 2/5: …", "- February 5 and March 3: …")."""
        if lead not in self._leads:
            self._leads[lead] = sorted({m.day for m in _days_in(lead, self.sent_day)})
        return self._leads[lead]

    def _span_start(self, piece: str) -> date | None:
        """"no OT push-in the last two weeks", "since the beginning of the month": the span's first school day."""
        match = _SPAN.search(piece)
        if not match:
            return None
        monday = self.sent_day - timedelta(days=self.sent_day.weekday())
        if match.group("count"):
            count = match.group("count").lower()
            weeks = int(count) if count.isdigit() else NUMBER_WORDS.get(count, 2)
            return monday - timedelta(days=7 * (weeks - (1 if self.sent_day.weekday() >= 4 else 0)))
        first = self.sent_day.replace(day=1) if match.group("unit").lower() == "month" else monday
        while first.weekday() >= 5:
            first += timedelta(days=1)
        return first

    def _listed_days(self, unit: Unit, units: list[Unit], index: int) -> list[date]:
        """"… the missed aide time. The dates I have: 1/6, 2/4 and 3/3": a list in the next sentence."""
        following = units[index + 1] if index + 1 < len(units) else None
        if following is None or following.paragraph != unit.paragraph or following.bullet is not None:
            return []
        if self.cues(following):
            return []  # a report of its own
        days = {m.day for m in self._dates_of(following.text, following.start, "past")}
        return sorted(days) if len(days) >= 2 else []

    # ---- minutes -------------------------------------------------------------------------

    def timed(self, topic: str) -> bool:
        return topic not in _NOT_TIMED and self.kinds.get(topic) not in _NOT_TIMED_KINDS

    def minutes_for(self, topic: str, piece: str, days: list[date], paragraph: list[str], only_topic: bool) -> dict:
        if not self.timed(topic):
            return {day: None for day in days}
        stated = _minutes(piece)
        per_session = bool(_PER_SESSION.search(piece))
        if stated is None and only_topic:
            # "two 30-minute sessions" is often said elsewhere in the paragraph
            around = " ".join(paragraph)
            stated = _minutes(around)
            per_session = bool(_PER_SESSION.search(around))
        several = len(_MINUTES.findall(piece)) > 1
        if stated and len(days) > 1 and not per_session and not several and stated % len(days) == 0:
            stated //= len(days)  # "60 minutes total" over two sessions, "another 100 minutes" over two days
        own = _minutes_after_each(piece, _days_in(piece, self.sent_day, "past")) if "(" in piece else {}
        return {day: own.get(day, stated) for day in days}


def _attributive_weekday(text: str, mention) -> bool:
    """"her Friday lunch group", "Rowan's Thursday group": a weekday naming which session, not a day."""
    return (mention.kind == "weekday" and mention.text[:1].isupper() and mention.text.lower()[:3] in WEEKDAY_PREFIXES
            and bool(_ATTRIBUTIVE_DAY.search(text[max(0, mention.start - 8):mention.start]))
            and bool(re.match(r"\s+[a-z]", text[mention.end:mention.end + 3])))


@lru_cache(maxsize=16)
def _child_away(student_names: frozenset[str]) -> re.Pattern:
    names = "|".join(re.escape(name) for name in sorted(student_names)) or "(?!)"
    return re.compile(_CHILD_AWAY.format(names=names, pronouns=f"he|she|{names}"), re.I)


def _may_hold_a_cue(text: str) -> bool:
    """Whether a sentence has a word some cue needs (most sentences have none: no pattern runs on them)."""
    lowered = text.lower()
    if not _CUE_WORDS.isdisjoint(_WORD.findall(lowered.replace("’", "").replace("'", ""))):
        return True
    return any(word in lowered for _, needs, _ in _IMPLIED for word in needs)


def _direction(text: str) -> str:
    """Which way a weekday name points: back for a report ("on Friday nobody read the test to her"),
    forward for a plan or a present-tense notice ("no OT this week, I'm out Wed through Fri")."""
    if _PAST.search(text) or _PAST_PARTICIPLE.search(text):
        return "past"
    return "future" if _FUTURE.search(text) or _PRESENT.search(text) else "past"


def _skip_unit(finder: _Finder, unit: Unit) -> bool:
    text = unit.text
    if _QUESTION.search(text) or _NO_SCHOOL.search(text) or finder.child_absent.search(text):
        return True
    if finder.from_user and _HOME_TASK.search(text):
        return True
    without_asides = _PARENTHESIS.sub("", text)  # "(made up at lunch on 2/3)" beside a missed day
    return bool(_MADE_UP.search(without_asides)) and not _MADE_UP_NEGATED.search(without_asides)


def find_missed_services(
    sentences: list[Sentence], message: MessageText, topics: list[TopicMention], kinds: Mapping[str, str],
    role_services: tuple[str, ...], student_names: set[str] = frozenset(),
    named_roles: dict[str, set[str]] | None = None, subject_topics: Callable[[], tuple[str, ...]] = tuple,
) -> list[MissedServiceFound]:
    """Rows of (topic, day) the message reports as not delivered; `kinds` maps topic ids to
    service / accommodation / process (only the first two are tracked)."""
    if message.auto_reply or message.bulk or message.sent is None:
        return []
    possible = {sentence.start for sentence in sentences if _may_hold_a_cue(sentence.text)}
    if not possible:
        return []
    finder = _Finder(message, topics, kinds, role_services, student_names, named_roles or {}, subject_topics)
    finder.possible = possible
    units = _units(sentences, finder.text)
    rows: dict[tuple[str, date | None], MissedServiceFound] = {}
    assumed: dict[tuple[str, date | None], MissedServiceFound] = {}  # dated by the day the message was sent
    previous: list[str] = []  # what the paragraph was just talking about ("she", "it", "those")
    intro: tuple[Cue, list[str]] | None = None  # a line that introduces a list ("He has missed four sessions:")
    last_head: tuple[Cue, list[str]] | None = None  # the bulleted line before ("- 3/3: Same for the assembly")
    for index, unit in enumerate(units):
        if index and units[index - 1].paragraph != unit.paragraph and unit.bullet is None:
            previous = []
        named = list(dict.fromkeys(m.topic for m in finder.in_unit(unit)))
        if unit.bullet is None:
            last_head = None
        if not finder.cues(unit) and not (unit.head and (intro or last_head)):
            intro = intro if unit.bullet is not None else None
            previous = named[-1:] or previous
            continue
        if _skip_unit(finder, unit):
            previous = named[-1:] or previous
            intro = intro if unit.bullet is not None else None
            continue
        found: list[tuple[Cue, str, int, int]] = []
        for cue in finder.cues(unit):
            for topic, start, end in finder.topics_for(cue, unit, previous):
                if _about_a_redo(unit.text, cue.start - unit.start) and not any(m.topic == topic for m in finder.in_unit(unit)):
                    continue  # "the DBQ redo did not happen": a make-up, not the IEP's own session
                found.append((cue, topic, start, end))
        if not found and unit.head:
            inherited = last_head if _SAME_AS_BEFORE.match(unit.text) else intro
            if inherited is not None:
                found = [(inherited[0], topic, unit.start, unit.end) for topic in inherited[1]]
        if unit.bullet is None:
            intro = None
        if not found:
            previous = named[-1:] or previous
            continue
        topics_found = list(dict.fromkeys(topic for _, topic, _, _ in found))
        paragraph = [u.text for u in units if u.paragraph == unit.paragraph and u is not unit]
        any_day = False
        for cue, topic, start, end in found:
            piece = finder.text[start:end]
            days, stated = finder.days_for(unit, piece, start, units, index, cue)
            any_day = any_day or bool(days)
            timed_here = len({t for t in topics_found if finder.timed(t)}) == 1
            minutes = finder.minutes_for(topic, piece if _minutes(piece) or not timed_here else unit.text, days,
                                         paragraph, len(topics_found) == 1)
            for day in days:
                row = MissedServiceFound(topic=topic, day=day, minutes=minutes[day], sentence=unit.text, start=unit.start,
                                         end=unit.end, rule=f"not-delivered:{cue.kind}:{cue.text.lower()}")
                (rows if stated else assumed).setdefault((topic, day), row)
        if unit.bullet is None and (not any_day or unit.text.rstrip().endswith(":")):
            intro = (found[0][0], topics_found)
        if unit.head:
            last_head = (found[0][0], topics_found)
        previous = topics_found[-1:]
    # a report dated only by the day the message was sent (or not dated), when the message dates that
    # service elsewhere, is most likely the same event told again ("I'm sorry for the gap in service")
    dated = {topic for topic, _ in rows}
    rows.update({key: row for key, row in assumed.items() if key[0] not in dated and key not in rows})
    return list(rows.values())


_REDO = re.compile(r"\b(?:redo|re-do|retake|re-take|make-?up\s+(?:session|plan|time|minutes|group)s?)\b", re.I)


def _about_a_redo(text: str, cue_at: int) -> bool:
    """"the DBQ redo that was scheduled for 2/3 did not happen": what did not happen was a make-up."""
    return bool(_REDO.search(text[max(0, cue_at - 60):cue_at]))
