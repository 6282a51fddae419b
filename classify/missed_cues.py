"""The phrasings of a missed service or an accommodation not provided, and of what is not one.

Each cue family is a pattern with the words one of which any of its matches holds (a sentence
without them is passed over unread). The vocabulary is general school English, written for
this project: how parents, teachers, therapists and bus offices say a session did not happen,
that a provider was elsewhere, that a child went without something the IEP gives, and the
phrasings that imply an accommodation without naming it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ieptrail.classify.literals import Alternation, Needles, bits

NOT = r"(?:n['’]?t|\s+not)"  # didn't / did not
# used with fullmatch; the possessive "'s" word is tried from a word's start only (linear when searched)
GAP_WORD = re.compile(r"(?i:his|her|their|its|the|a|an|any|that|this|my|your|our|same|usual|regular|own|daily|copy|copies|of|"
                      r"(?<![\w-])[\w-]++['’]s|\d[\w:./-]*)")
ING_NOUNS = {"morning", "evening", "reading", "writing", "speaking", "listening", "testing", "spelling"}
DET = r"(?:(?:his|her|their|its|the|a|an|any|that|this|those|these|my|your|our|another|other)\s+)"
POSTS = (r"(?:class|classes|classroom|classrooms|room|rooms|duty|duties|lunch|recess|grade|kindergarten|para|aide|"
         r"teacher|"
         r"section|period|office|route|bus|hallway|cafeteria)\b")
# the session or the accommodation did not take place (services and accommodations)
EVENT = re.compile(
    r"\b(?:"
    # in Spanish: "no tuvo terapia del habla hoy", "se canceló la sesión", "la terapeuta no vino", "no hubo consejería"
    r"(?<!\bsí\s)no\s+(?:tuvo|ha\s+tenido|recibió|ha\s+recibido|hubo|ha\s+habido|vino|llegó|lo\s+recogieron|la\s+recogieron|"
    r"se\s+(?:dio|dieron|hizo|hicieron|llevó\s+a\s+cabo))(?!\w)|(?<!\bno\s)se\s+cancel(?:ó|aron)(?!\w)|"
    r"(?:fue|fueron)\s+cancelad[oa]s?\b|(?<!\bno\s)(?:le|les|nos|me)\s+cancelaron\b|"
    r"(?<!-)cancel(?:l?ed|l?ing|s)?|called off|(?:got|was|were|been)\s+(?:bumped|scrapped|scratched)|no-?show(?:ed)?|"
    # the child turned away: "he was sent back to class", the slot given away: "his slot was given to another student"
    r"(?:was|were|got)\s+sent\s+back\s+to\s+(?:class|(?:his|her|their|the)\s+(?:[\w-]+\s+)?(?:class(?:room)?|room))\b|"
    r"(?:was|were|got)\s+given\s+(?:away\s+)?to\s+(?:another|a\s+different)\s+(?:student|child|kid|group|class)\b|"
    r"(?:nobody|no\s+one|no-one)\s+was\s+(?:there|in\s+the\s+room)\b|"
    # "skipped suffix -tion", "skipped two words": a reading error, not a session skipped
    r"skipped(?!\s+(?:(?:a|the|one|two|three|\d+|some|several)\s+)?(?:suffix(?:es)?|prefix(?:es)?|words?|lines?|letters?|"
    r"sounds?|syllables?|endings?|questions?|problems?|steps?|items?|numbers?)\b)|"
    r"skip(?:ping)?\s+" + DET + r"|"
    r"did" + NOT + r"\s+(?:happen|meet|take place|occur|run|come|show(?:\s+up)?|go out|arrive|get done)|"
    r"(?:do|does)" + NOT + r"\s+(?:happen|meet)(?!\s+again\b)|"  # not "so it doesn't happen again": a purpose
    r"none\s+of\s+(?:my|his|her|their|our|the)\s+(?:\w+\s+)?(?:groups|sessions|classes|lessons|services)\s+"
    r"(?:met|happened|ran|took\s+place)|"
    r"(?:has|have|had)" + NOT + r"\s+(?:been\s+)?(?:happen(?:ed|ing)|met|meeting|taken\s+place)|"
    r"(?:wo|ca|could|would)" + NOT + r"\s+(?:meet|happen|take place|run)|(?:cannot|can not)\s+(?:meet|run)|"
    r"(?:was|were)" + NOT + r"\s+(?:held|delivered|provided|served|implemented|followed|done|honou?red|applied|in\s+place)|"
    # nobody came for the child; the session given away or cut: "nobody came", "replaced with a class party",
    # "10 minutes of speech instead of 30", "the SLP only saw her for 15 minutes"
    r"(?:nobody|no\s+one|no-one)\s+(?:came|showed(?:\s+up)?|(?:has|had)\s+(?:come|shown\s+up)|"
    r"picked\s+(?:him|her|them|[A-Z][a-z]+)\s+up\s+for)|"
    # "no one met with him for his check-in", "nobody worked with her in reading today"
    r"(?:nobody|no\s+one|no-one)\s+(?:met|worked|checked\s+in)\s+with\s+(?:him|her|them)\b|"
    # what the plan gives, then "but on Thursday nobody did"
    r"(?<=\bbut\s)(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri)day,?\s+|today,?\s+|yesterday,?\s+)?(?:nobody|no\s+one|no-one)\s+did\b|"
    r"(?:nobody|no\s+one|no-one)\s+(?:was\s+(?:there|around|free)\s+|available\s+)?to\s+(?:take|bring|walk)\s+"
    r"(?:him|her|them)\s+to\b|"
    r"(?:was|were|got)\s+replaced\s+(?:with|by)\b|"
    r"\d+\s+min(?:ute)?s?\s+(?:of\s+\w+\s+)?instead\s+of\s+(?:the\s+|her\s+|his\s+)?\d+|"
    # "the OT came once instead of twice"
    r"(?:once|one\s+time|twice|two\s+times|three\s+times|\d\s+times)\s+instead\s+of\s+(?:twice|two|three|four|five|\d|"
    r"the\s+usual)\b|"
    r"only\s+(?:got|had|did|saw\s+(?:him|her|them)\s+for)\s+(?:about\s+|around\s+|maybe\s+)?\d+\s+"
    r"(?:min|of\s+(?:our|her|his|the|their|its)\s+\d+\s*(?:-\s*)?min)|"
    # the child was not taken to the session: "she wasn't pulled for speech", "I didn't see him for OT"
    r"(?:was|were)" + NOT + r"\s+(?:pulled|picked\s+up|taken|seen)\s+for\b|"
    r"did" + NOT + r"\s+get\s+(?:pulled|picked\s+up|taken|seen)\s+for\b|"
    r"did" + NOT + r"\s+(?:see|pull|work\s+with)\s+(?:him|her|them|(?:(?:Mr|Ms|Mrs|Dr|Miss)\.?\s+)?[A-Z][a-z]+)\s+"
    r"(?:at\s+all\s+)?for\b|"
    r"(?:has|have|had)" + NOT + r"\s+(?:seen|worked\s+with|pulled)\s+(?:him|her|them|[A-Z][a-z]+)\s+(?:at\s+all\s+|for\s+\w+\s+)?"
    r"(?:since|for\s+(?:\w+\s+)?(?:weeks?|months?|days?))\b|"
    r"(?:not|never)\s+(?:provided|delivered|given|held|served|offered|followed|implemented)|"
    # "never met" a person is not a session that never met ("she has never met him")
    r"never\s+(?:came|showed|arrived|happened|met(?!\s+(?:him|her|them|me|us|[A-Z]))|got done|picked|dropped)|"
    r"not\s+(?:come|show(?:n|ed)?\s+up|happen)|"
    r"did" + NOT + r"\s+(?:pick|drop)\s+(?:\w+\s+)?(?:up|off)|"
    r"did" + NOT + r"\s+get\s+to\s+(?=(?:it|them|him|her)\b|(?-i:[A-Z][a-z]+\b))|"
    # "I didn't get to pull Maya for her reading group today"
    r"did" + NOT + r"\s+get\s+to\s+(?:pull|see|take|work\s+with)\s+(?=(?:him|her|them|(?-i:[A-Z][a-z]+))\s+for\b)|"
    r"(?<!the )(?<!any )(?<!for )(?<!of )(?<!about )(?<!every )(?<!each )(?<!those )(?<!these )(?<!all )(?<!['’]s )(?<!his )(?<!her )(?<!their )"
    r"missed(?![-\w])(?!\s+(?:(?:the|his|her|their)\s+bus|assignments?|work|homework|class|school|deadline|days?|calls?|emails?|"
    r"messages?|minutes|time|the\s+rest\s+of\s+(?:the\s+)?(?:lesson|class|period|lecture|video|movie)|"
    r"(?:(?:most|much|part|some|all|a\s+lot)\s+of\s+)?(?:the\s+)?(?:\w+\s+)?(?:directions|instructions|"
    r"announcements?|discussion|dialogue|explanation|lecture|point|gist)|(?:[\w.]+\s+)?[\w.]+['’]s\s+(?:in-?service|training|"
    r"workshop|presentation)|(?:the\s+)?(?:in-?service|training|workshop|staff\s+meeting))\b)|"
    r"miss(?:es|ing)?\s+(?:his|her|their|it|them|both|all|two|three|four|five|\d)\b|"
    r"(?:has|have|had)" + NOT + r"\s+(?:had|gotten|got|received|done|been\s+(?:seen|given|offered|to))\b|"
    r"(?:not|never|n['’]t)\s+(?:been\s+|ever\s+)?made\s+up|never\s+(?:been\s+)?made\s+up|"
    r"neither\s+(?:\w+\s+){1,2}?(?:was|were)\s+made\s+up|"
    r"(?:is|are|was|were)\s+(?:still\s+)?owed|still\s+owes?|"
    r"(?:was|were|got|been)\s+cut\b|\bcut\s+(?:\w+\s+){0,3}?(?:short|in\s+half)\b|"
    # part of the session lost: "ended 15 minutes early", "she got there about 20 minutes after it started"
    r"(?:ended|finished|stopped|wrapped\s+up)\s+(?:about\s+|around\s+)?\d{1,3}\s+min(?:ute)?s?\s+early\b|"
    r"(?:started|began|arrived|came|got\s+there|showed\s+up)\s+(?:about\s+|around\s+|almost\s+|nearly\s+)?\d{1,3}\s+"
    r"min(?:ute)?s?\s+(?:late\b|after\s+(?:it|the\s+\w+|class|the\s+session)\s+(?:started|began))|"
    r"(?:wasn['’]?t|was not|weren['’]?t|were not|couldn['’]?t|could not|won['’]?t|will not|am not|I['’]m not|not)\s+"
    r"(?:be\s+)?able\s+to\s+(?:see|meet|work|get\s+to|fit|make\s+it|do|hold|pull|serve|run|take|give|provide)|"
    r"couldn['’]?t\s+(?:see|make\s+it|meet|fit|get\s+to|take|go|pull)|could\s+not\s+(?:see|meet|make\s+it|fit|get\s+to|"
    r"take|go|pull)|"
    # "she didn't go to speech today", "only got one of her two OT sessions", "got 0 of 2 sessions"
    r"did" + NOT + r"\s+go\s+to\b(?!\s+(?:school|class|bed|sleep|the\s+(?:doctor|dentist|nurse|office)))|"
    # over a while: "she hasn't gone to OT at all this month", "he has not been going to his reading group"
    r"(?:has|have|had)" + NOT + r"\s+(?:gone|been\s+going)\s+to\b(?!\s+(?:school|class|bed|sleep|the\s+(?:doctor|dentist|nurse|office)))|"
    r"only\s+(?:got|had|received)\s+(?:one|1|two|2)\s+of\s+(?:her|his|their|the)\s+(?:two|three|four|\d)\b|"
    # minutes counted short: "received 45 of his 90 required minutes", "got only 60 out of the 120 minutes"
    r"(?:received|got|gotten|had|was\s+given)\s+(?:only\s+|just\s+)?\d{1,3}\s+(?:of|out\s+of)\s+(?:the|her|his|their)\s+"
    r"\d{1,3}\s+(?:[\w-]+\s+){0,2}?min(?:ute)?s\b|"
    # the session given up for something else: "instead of going to speech he watched a movie"
    r"(?<![\w,] )instead\s+of\s+(?:going\s+to|attending|having|getting)(?=\s+(?:(?:his|her|their|the)\s|(?-i:[A-Z])|\w+\s*,))|"
    # "the reading specialist didn't pull him at all today"
    r"did" + NOT + r"\s+(?:pull|see|work\s+with|come\s+for|come\s+get|get)\s+(?:him|her|them)\s+(?=at\s+all\b|(?:today|yesterday|this\s+"
    r"(?:morning|afternoon))\b)|"
    # "his resource minutes were not met this week"
    r"(?<=minutes\s)(?:were|was)" + NOT + r"\s+(?:met|fulfilled)\b|"
    r"(?:got|had|received)\s+(?:0|zero|none)\s+of\s+(?:her|his|their|the\s+)?|"
    # a log's count short of the plan: "Speech: 2 of 4 sessions delivered" (not "4 of 4")
    r"(?<![\w.,/])\d{1,2}\s+(?:of|out\s+of)\s+\d{1,2}\s+(?:[\w-]+\s+)?(?:sessions|groups|lessons|visits)\s+"
    r"(?:were\s+)?(?:delivered|held|provided|completed|received|attended)\b|"
    # a log's "Speech 0 of 60 min"
    r"(?<![\w.,/])(?:0|zero)\s+of\s+(?:the\s+|her\s+|his\s+|their\s+)?\d{1,3}\s*(?:-\s*)?min|"
    # "nobody from the reading program has pulled her since October"
    r"(?:nobody|no\s+one)\s+(?:from\s+(?:[\w-]+\s+){1,3})?(?:has|had)\s+(?:pulled|seen|worked\s+with|come\s+for|picked\s+up)\s+"
    r"(?:him|her|them)\b|"
    r"(?:left|drove\s+(?:off|away))\s+without\s+(?:him|her|them)|had to cancel|"
    # a make-up planned for a dated session names it missed: "will make up the 11/13 speech session"
    r"make\s+up\s+(?:the|his|her|their)\s+(?:\d{1,2}/\d{1,2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+"
    r"\d{1,2}(?:st|nd|rd|th)?)\s+(?:[\w-]+\s+){0,2}?session\b|"
    # the group never got there ("we didn't make it to the job site today"), or will not go ("we will not be going
    # to the work site this Thursday", "we won't be going out Friday")
    r"(?:(?<=\bwe\s)|(?<=\bthey\s))(?:did" + NOT + r"|could" + NOT + r"|never)\s+(?:make\s+it|get)\s+(?:out\s+)?to\b|"
    r"(?:(?<=\bwe\s)|(?<=\bthey\s))(?:will" + NOT + r"|wo" + NOT + r"|are" + NOT + r")\s+(?:be\s+)?(?:going|go)\s+(?:out\b|to\b)|"
    # told over a while: "she hasn't seen the OT since break", "hasn't been pulled for speech", "PT has not been
    # provided since the therapist left", "it's been a month since she had OT"
    r"(?:has|have|had)" + NOT + r"\s+seen\s+(?=(?:the|his|her|their|a|an|any)\s)|"
    r"(?:has|have|had)" + NOT + r"\s+been\s+(?:pulled|picked\s+up|taken|seen)\s+for\b|"
    r"(?:has|have|had)" + NOT + r"\s+been\s+(?:held|delivered|provided|served|implemented|followed|honou?red|offered)\b|"
    r"it(?:['’]s|\s+has|\s+had)\s+been\s+(?:(?:over|more\s+than|almost|nearly|about|close\s+to)\s+)?"
    r"(?:a|an|one|two|three|four|five|six|\d{1,2}|several|a\s+few|a\s+couple\s+of)\s+(?:full\s+)?(?:weeks?|months?)\s+since\b|"
    # a log's or a list's shorthand: "Speech - not seen 10/6 (assembly)"
    r"(?<!\bhave\s)(?<!\bhas\s)(?<!\bhad\s)not\s+seen\b(?!\s+(?:before|by\s+(?:the\s+)?(?:nurse|doctor)))|"
    # counts: "only 2 of her 8 speech sessions happened", "has only had speech once this month", "has had OT once since"
    r"(?:only|just)\s+(?:(?:got|had|received|attended|gotten)\s+)?(?:\d{1,2}|one|two|three|four|five|six)\s+(?:of|out\s+of)\s+"
    r"(?:the\s+|her\s+|his\s+|their\s+)?"
    r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?=(?:[\w-]+\s+){0,2}?(?:sessions|visits|lessons|"
    r"groups|times|weeks|days)\b)|"
    r"(?:has|have|had)\s+(?:only|just)\s+(?:had|gotten|got|received|been\s+(?:seen|pulled|picked\s+up))\b"
    r"(?=[^.;!?]{0,40}?\b(?:once|twice|one\s+time|two\s+times)\b(?!\s+(?:a|per|each|every)\b))|"
    r"(?:has|have)\s+(?:had|gotten|got|received|been\s+seen\s+for)\s+(?=\S+(?:\s+\S+)?\s+(?:only\s+)?(?:once|twice)\s+"
    r"(?:since|this|in\s+(?:the\s+)?(?:last|past)|all)\b)|"
    # the session given up: "fell through", "was a no-go", "has been on hold since 9/21", "was paused for testing",
    # "speech got pushed both days" (not "pushed to Thursday": moved, not missed), "never got rescheduled"
    r"(?:session|sessions|group|groups|lesson|lessons|therapy|speech|OT|PT)\s+fell\s+through|"
    r"(?:was|were|is|been)\s+a\s+no[- ]?go\b|"
    # "neither of his PT sessions happened"
    r"neither\s+(?:of\s+)?(?:[\w'’]+\s+){0,3}?(?:sessions?|groups?|lessons?|visits?)\s+(?:happened|took\s+place|met|occurred|ran)\b|(?:was|were|been|got|is|are)\s+(?:put\s+|placed\s+)?on\s+hold\b|"
    r"(?:was|were|been|got)\s+(?:paused|suspended)\b|"
    r"(?<=\w\s)(?:got|was|were|been)\s+pushed(?:\s+(?:back|off|out))?(?!\s+(?:back\s+)?(?:to|until|till)\s+"
    r"(?:mon|tue|wed|thu|fri|tomorrow|later|the\s+afternoon|\d))|"
    r"never\s+(?:got|was|were|been)\s+rescheduled|"
    r"unable\s+to\s+(?:see|meet|work\s+with|get\s+to|fit|make\s+it|pull|serve|hold|run|provide|give|deliver)|"
    # "the behavior specialist hasn't been out to see him in a month"
    r"(?:has|have|had)" + NOT + r"\s+(?:been|come)\s+(?:out\s+|over\s+|in\s+|by\s+)?to\s+(?:see|work\s+with|visit|observe)\s+"
    r"(?:him|her|them|[A-Z][a-z]+)\b|"
    # the provider forgot the child: "the OT forgot about her", "forgot to pick him up for his session"
    r"forgot\s+(?:about\s+(?:him|her|them)\b|to\s+(?:come\s+)?(?:(?:get|pick\s+up|pull|see|come\s+for)\s+(?:him|her|them)|"
    r"pick\s+(?:him|her|them)\s+up)\b)|"
    # "her extended time was ignored", "her plan was disregarded"
    r"(?:was|were|got|been)\s+(?:ignored|disregarded|overlooked)\b|"
    # none at all: "received zero OT minutes", "Speech: 0 sessions in September"
    r"(?:zero|0)\s+(?:[\w-]+\s+)?(?:sessions|minutes)\b|"
    r"(?:was|been)\s+seen\s+(?:only\s+)?(?:once|twice)\s+(?:since|this|in|all|so)\b|"
    # the time given to something else: "picture day took the place of OT", "the assembly ran into her speech time"
    r"took\s+the\s+place\s+of\b|(?:ran|went)\s+(?:over\s+|into\s+)(?:his|her|their|the)\s+(?:[\w-]+\s+)?"
    r"(?:session|time|slot|period|group)\b|"
    # a log's "seen 10/5 but not 10/7"
    r"(?<=\w\s)but\s+not\s+(?:on\s+)?(?=(?:mon|tue|wed|thu|fri)|\d{1,2}/\d)|"
    # "we owe her 90 minutes of OT"
    r"(?<=\bwe\s)(?:still\s+)?owe\s+(?:him|her|them)\b|"
    # "I dropped the ball on her extended time"
    r"dropped\s+the\s+ball\s+(?:on|with)\s+(?=(?:his|her|their|the)\s)|"
    # stopped over a while: "she has stopped going to speech", "she isn't going to OT anymore", "she doesn't get OT
    # anymore", "her counseling just stopped after October"
    r"(?:has|have)\s+stopped\s+(?:going\s+to|getting|having|receiving|attending)\b|"
    r"(?:is|are|was|were)(?:n['’]?t|\s+not)\s+(?:going\s+to|getting|having|receiving)\s+(?=(?:[\w'’-]+\s+){0,3}?any\s?more\b)|"
    r"(?:does|do|did)(?:n['’]?t|\s+not)\s+(?:get|have|go\s+to|receive)\s+(?=(?:[\w'’-]+\s+){0,3}?any\s?more\b)|"
    r"(?<=\w\s)(?:just\s+)?(?:stopped|ended)\s+(?=(?:after|in|at\s+the\s+end\s+of|when|once)\s)|"
    # "the read-aloud for Tuesday's quiz slipped my mind"
    r"slipped\s+(?:my|our|his|her|their)\s+mind|"
    # over a while, a log's or a parent's shorthand: "Speech: none since Oct 20", "OT - none this month"
    r"(?<=[:\-–—]\s)none\s+(?=since\b|(?:this|all|last)\s+(?:week|month|semester|quarter|term|year)\b|so\s+far\b)|"
    # the last session held, told to say none since: "the last time she had OT was October 28"
    r"last\s+time\s+(?:he|she|they|(?-i:[A-Z][a-z]+))\s+(?:had|saw|got|went\s+to|was\s+(?:seen|pulled)\s+for)(?=\s+\S+"
    r"(?:\s+\S+){0,3}?\s+was\s+(?:on\s+|in\s+|back\s+|before\s+|the\s+week|last\s+|\d|(?-i:[A-Z])|(?:two|three|four|a)\s))|"
    # a part of the minutes: "he got maybe half of his OT minutes in October", "only got about half of her session"
    r"(?:got|had|received)\s+(?:only\s+|just\s+|maybe\s+|about\s+|around\s+|barely\s+)*(?:half|a\s+third|a\s+quarter)\s+"
    r"of\s+(?:his|her|their|the)\s+(?=(?:[\w-]+\s+){0,2}?(?:session|sessions|minutes|time|group|services)\b))",
    re.I,
)
# the provider was elsewhere (services only: a pulled SLP is not an accommodation)
PROVIDER = re.compile(
    r"\b(?:out sick|home sick|called (?:out|in)(?: sick)?|(?:was|were|is|are|am|I['’]m|"
    r"been)\s+out\b(?!\s+of\s+(?:the\s+)?(?:room|class|seat))|"
    r"(?:was|were|been|went|had\s+been)\s+(?:out\s+)?on\s+(?:medical\s+|maternity\s+|family\s+|extended\s+)?leave|"
    r"(?:was|were|got|been|being|getting|get|gets)\s+(?:\w+\s+)?pulled\b|pulled\s+(?:me|us)\b|pulled\s+(?:away|from|"
    r"to\s+(?:cover|test|proctor|sub))\b|"
    r"(?:was|were|got|been)\s+reassigned\b|"
    # "she was sent to the resource room during 4th period", "he got sent to cover lunch"
    r"(?:aide|para|paraprofessional)\s+(?:was|were|got|has\s+been|had\s+been)\s+moved\s+to\s+(?:kindergarten|pre-?k|"
    r"(?:\w+\s+)?(?:grade|class(?:room)?|room)\b)|"
    r"(?:was|were|got|been|being|getting)\s+(?:sent|moved)\s+(?:over\s+)?to\s+(?:cover\b|(?:another|a\s+different|the|a)\s+"
    r"(?:\w+\s+){0,2}?" + POSTS + r")|(?:re)?assigned\s+to\s+(?:\w+\s+){0,2}?(?:other\s+duties|duty|lunch|"
    r"recess|hallway|testing|tests?|proctor\w*|cover\w*|another|other|cafeteria|bus)\b|"
    r"(?:was|were|been|is|am)\s+covering\s+(?:for\b|" + DET + r"?(?:\w+\s+){0,2}?" + POSTS + r")|"
    r"to\s+cover\s+(?:for\b|(?:" + DET + r"|\w+['’]s\s+)?(?:\w+\s+){0,3}?" + POSTS + r")|covered\s+for\b|had me cover|"
    r"(?:lunch|recess|hallway|cafeteria|arrival|dismissal)\s+(?:duty|supervision|coverage)|"
    r"(?:was|were|been|I['’]m|am)\s+(?:\w+\s+)?(?:testing|proctoring)\b|ended up testing|"
    r"(?:sub|substitute)\s+(?:did" + NOT + r"|never)\s+(?:show|come|do|run|have)|no\s+(?:sub|substitute)\b|"
    # "the district never sent a sub", "nobody was sent to cover"
    r"(?:never|did" + NOT + r")\s+(?:send|sent)\s+(?:a|an|any|the)\s+(?:\w+\s+)?(?:sub|substitute|replacement|"
    r"interpreter|aide|para|coverage)\b|(?:nobody|no\s+one|no-one)\s+(?:was\s+)?sent\s+to\s+(?:cover|replace)|"
    r"without\s+(?:a\s+)?(?:sub|substitute)\b|"
    # the post is empty: "the OT position is still unfilled", "they haven't been able to hire a new SLP", "we still
    # don't have an OT"
    r"(?:position|job|spot|opening|post|vacancy)\s+(?:is|was|has\s+been|had\s+been|remains)\s+(?:still\s+)?"
    r"(?:unfilled|vacant|open|empty|not\s+(?:been\s+)?filled)\b|"
    r"(?:has|have|had)" + NOT + r"\s+(?:been\s+able\s+to\s+)?(?:hire|hired|fill|filled|find|found|replace|replaced)\s+"
    r"(?:a|an|the|her|his|their)\b|still\s+(?:looking|searching|interviewing)\s+for\s+(?:a|an)\b|"
    r"(?:we|they|the\s+(?:school|district|building))\s+(?:still\s+)?(?:do|does)" + NOT + r"\s+have\s+(?:a|an|any)\s+(?=\S)|"
    r"double[- ]?booked\b|short[- ]?staffed\b|staff(?:ing)?\s+shortage\b|(?:was|were|been)\s+(?:doing|giving|running|administering)\s+(?:\w+\s+)?"
    r"(?:evaluations|evals|assessments|screenings)\b|"
    r"(?:was|were)" + NOT + r"\s+with\s+(?:him|her|them|[A-Z][a-z]+)\b|without me\s*[.,;!]|woke up sick|"
    r"(?:was|were)" + NOT + r"\s+(?:there|on\s+the\s+(?:\w+\s+)?(?:trip|bus|route|outing)|in\s+the\s+building)\b|"
    # "Mrs. Hart hasn't been there", "the aide has not been in class since Monday"
    # "her bus aide has not been on the bus since Monday", "the SLP hasn't been at school since 10/1"
    r"(?:has|have)" + NOT + r"\s+been\s+(?:there|in\s+(?:class|the\s+(?:building|room|classroom)|(?:his|her|their)\s+"
    r"(?:class|classroom|room))|on\s+the\s+(?:\w+\s+)?(?:bus|route)|at\s+school)\b|"
    r"(?:was|were)\s+(?:at|in)\s+(?:a|an|the)\s+(?:\w+\s+){0,2}(?:training|meeting|workshop|conference)|"
    r"called\s+(?:away|to\s+(?:a|an|the)\s+\w+)|"
    # the adult, not the child, was absent ("her aide was absent Monday", "the SLP has been absent since 10/1")
    r"(?:aide|para|paraprofessional|therapist|SLP|OT|PT|counselor|interventionist|specialist|tutor|interpreter|provider|TVI|"
    r"monitor|driver)s?\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+absent|"
    # a log's shorthand: "11/4 - provider absent", "Paraprofessional absent 11/13 - no coverage"
    r"(?<![\w-])(?:provider|therapist|SLP|para|paraprofessional|aide|interventionist|counselor)\s+(?:absent|out\s+sick|"
    r"unavailable)\b|"
    # in a log's parenthesis or after its dash: "(SLP out)", "- counselor pulled for a crisis"
    r"(?<=[(\-–—;]\s)(?:the\s+)?(?:provider|therapist|SLP|OT|PT|para|paraprofessional|aide|interventionist|counselor)\s+"
    r"(?:out|pulled|at\s+(?:a\s+)?(?:training|meeting|conference|PD))\b(?!\s+of\b)|"
    r"(?<=\()(?:the\s+)?(?:provider|therapist|SLP|OT|PT|para|paraprofessional|aide|interventionist|counselor)\s+"
    r"(?:out|pulled|at\s+(?:a\s+)?(?:training|meeting|conference|PD))\b(?!\s+of\b)|"
    r"(?:aide|para|paraprofessional)s?\s+(?:was|were|has|have|had)" + NOT + r"\s+(?:been\s+)?(?:in|at|with)\b|"
    r"\bquit\b(?!\s+(?:working|on\b|responding|loading|charging|running))|\bresigned\b|(?:nobody|no\s+one)\s+(?:has\s+)?(?:replaced|covered\s+for)\s+(?:him|her|them)|"
    # "the para has been gone since Monday"
    r"(?:aide|para|paraprofessional|therapist|SLP|counselor|interventionist|specialist|provider)s?\s+(?:was|were|has\s+been|"
    r"have\s+been|had\s+been)\s+gone\b|"
    r"(?:was|were)\s+in\s+(?:another|a\s+different)\s+(?:room|class|classroom|building)|left\s+(?:him|her|them)\s+alone\b|"
    # "the aide was helping another student the whole period", "spent math with a different class"
    r"(?:was|were|been)\s+(?:\w+ing\s+)?(?:with|helping)\s+(?:another|a\s+different)\s+(?:student|child|kid|class)|"
    # "her para was helping in the office", "the aide was needed in the cafeteria"
    r"(?:aide|para|paraprofessional)\s+(?:was|were|had\s+been)\s+(?:helping|working|needed|busy)\s+(?:out\s+)?(?:in|at)\s+"
    r"(?:the\s+)?(?:front\s+)?(?:office|cafeteria|library|gym|nurse['’]?s?\s+office|another\s+(?:room|class(?:room)?))\b|"
    r"spent\s+(?:\w+['’]?s?\s+){0,4}?(?:with|helping|working\s+with|supporting)\s+(?:another|a\s+different)\s+"
    r"(?:student|child|kid|class))",
    re.I,
)
# the thing itself was not there or not given: its topic is named right after the cue
ITEM = re.compile(
    r"\b(?:no\s+(?:le|les)\s+(?:dieron|dio|leyeron|leyó|permitieron\s+usar|dejaron\s+usar)(?!\w)|sin(?=\s)|"
    r"without\s+(?:thinking\s+(?:about|of)|remembering)|without|with\s+no|no(?!\s+one\b)|"
    r"(?:nobody|no\s+one)\s+(?:read|gave|offered|brought|walked|took|provided|set\s+up|wore|put\s+on|turned\s+on|"
    r"switched\s+on|"
    r"charged|plugged\s+in|handed|helped|sent|picked\s+up|covered|ran|did)|"
    r"(?:nobody|no\s+one)\s+(?:reminded|prompted|let|allowed|offered|told)\s+(?:him|her|them)\s+(?:to\s+)?"
    r"(?:take|use|have|get|go\s+to)|"
    # a failure told again: "the same thing happened again today with the FM system"
    r"(?:same\s+(?:thing|problem|issue)|it|this|that)\s+happened\s+again\s+(?:(?:today|yesterday|this\s+morning|"
    r"on\s+\w+)\s+)?with|"
    # "nobody told the sub about her extended time"
    r"(?:nobody|no\s+one)\s+(?:had\s+)?told\s+(?:the\s+)?(?:sub|substitute|teacher|proctor|driver|aide|para|him|her|them)\s+"
    r"about|"
    # the child made to put the thing away: "she was told to put her fidget away", "asked him to take his headphones off"
    r"(?:(?:was|were)\s+(?:told|asked|made)\s+to\s+|(?:told|asked|ask|made|make)\s+(?:him|her|them)\s+(?:to\s+)?)"
    r"(?:put|take|turn)(?=\s+(?:[\w'’-]+\s+){1,3}?(?:away|off|out)\b)|"
    r"did" + NOT + r"\s+(?:get|receive|have|use|do|give\s+(?:him|her|them)|let\s+(?:him|her|them)\s+(?:use|have|take))|"
    # "the sub didn't follow her behavior plan", "nobody implemented his plan on the trip"
    r"(?:did" + NOT + r"|never)\s+(?:follow|implement|honou?r|apply)|"
    r"would" + NOT + r"\s+let\s+(?:him|her|them)\s+(?:use|have|take|get|(?:leave|go)\s+(?:for|to))|"

    r"(?:did|do|does)" + NOT + r"\s+give\s+to\s+(?:him|her|them)|"
    # the child still goes without ("she still doesn't have the enlarged copy"); "I still don't have it"
    # is a paper the parent is waiting for
    r"(?<!\bI\s)(?<!\bwe\s)still\s+(?:does|do)" + NOT + r"\s+have(?!\s+(?:it|them|that|those|anything)\b)|"
    r"(?<!\bI\s)(?<!\bwe\s)(?:is|are)" + NOT + r"\s+(?:getting|receiving|being\s+given)|"
    r"(?<!\bI\s)(?<!\bwe\s)(?:has|have)" + NOT + r"\s+been\s+(?:getting|receiving|given)|"
    r"(?:would|could)" + NOT + r"\s+give\s+(?:him|her|them)|"
    r"never\s+(?:got|received|had|was\s+given)|(?:was|were)\s+never\s+(?:given|offered|provided(?:\s+with)?)|"
    r"(?:refused|declined)\s+to\s+(?:give|let|allow|provide|"
    r"read)(?:\s+(?:him|her|them))?|"
    r"(?:wasn['’]?t|was not|weren['’]?t|were not)\s+(?:allowed|permitted|able)\s+to\s+(?:use|take|have|get)|"
    r"(?:was|were)" + NOT + r"\s+(?:given|offered|allowed|permitted|read|provided(?:\s+with)?)|"
    r"forgot(?:\s+to\s+(?:give|bring|send|use|read|do|wear|put\s+on|turn\s+on|switch\s+on|charge|plug\s+in|set\s+up|print|"
    r"copy|make|post|upload|email|share))?|"
    # the adult did not wear or switch on the child's device: "the sub never put on the FM mic"
    r"(?:never|did" + NOT + r")\s+(?:put\s+on|wear|wore|turn(?:ed)?\s+on|switch(?:ed)?\s+on|plug(?:ged)?\s+in|charge[ds]?|"
    r"set\s+up)|(?:was|were)" + NOT + r"\s+(?:wearing|using)|took\s+away|(?:was|were)\s+denied|"
    r"(?:was|were)\s+told\s+(?:he|she|they)\s+(?:couldn['’]?t|could\s+not|can['’]?t|cannot|wasn['’]?t\s+allowed\s+to)\s+"
    r"(?:use|have|take|get)|"
    r"(?:was|were)\s+taken\s+away\s+from\s+(?:him|her|them)|"
    r"should\s+have\s+(?:had|gotten|got|been\s+(?:given|offered|allowed|sent|read)|used|received)|"
    r"(?:was|were)\s+supposed\s+to\s+(?:get|have|be\s+given|use|receive)|"
    # the adult in the room did not know the child has it: "the sub didn't know about his calculator"
    r"(?:did|does)" + NOT + r"\s+know\s+(?:about|that\s+(?:he|she|they)\s+(?:has|had|have|gets|got|needs|needed|uses|used)|"
    r"(?:he|she|they)\s+(?:has|had|have|gets|got|needs|needed|uses|used)|"
    # "the sub didn't know she was supposed to test in the small room"
    r"(?:he|she|they)\s+(?:was|were|is|are)\s+supposed\s+to(?:\s+(?:go|be|test|sit|work)\s+(?:to|in|at))?)|"
    r"(?:was|were)" + NOT + r"\s+(?:aware\s+of|told\s+about)|"
    # asked the other way round: "why wasn't Nora given her extra time?", "why didn't he get his breaks?"
    r"(?:was|were)n['’]?t\s+(?:he|she|they|(?-i:[A-Z][a-z]+))\s+(?:given|offered|allowed|provided(?:\s+with)?)|"
    r"did(?:n['’]?t)\s+(?:he|she|they|(?-i:[A-Z][a-z]+))\s+(?:get|receive|have|use)|"
    # "they took the test from her even though she gets extra time", "took his calculator away"
    r"even\s+though\s+(?:he|she|they)\s+(?:gets|get|has|have|had|is\s+supposed\s+to\s+(?:get|have)|should\s+(?:get|have)|"
    r"is\s+allowed)|took(?=\s+(?:his|her|their)\s+(?:[\w-]+\s+){1,3}?away\b))\b",
    re.I,
)
# the thing itself was left behind or taken away: its topic is named right before the cue
LEFT_BEHIND = re.compile(
    r"\b(?:stayed|sat|was\s+left|were\s+left|got\s+left|was\s+forgotten|were\s+forgotten)\s+(?:on|in|at|behind)\b|"
    r"\b(?:got|was|were)\s+taken\s+(?:off|away|down)\b|\bwas(?:n['’]t| not)\s+on\s+(?:his|her|the)\s+desk\b|"
    # "his headphones weren't in the room for the test", "were still in my room" (he tested elsewhere)
    r"\b(?:was|were)(?:n['’]?t|\s+not)\s+in\s+(?:the|his|her|their)\s+(?:\w+\s+)?(?:room|classroom)\b|"
    r"\b(?:was|were)\s+still\s+in\s+(?:my|the|his|her|their|your)\s+(?:\w+\s+)?(?:room|classroom|office)\b|"
    # a device that should travel with the child: "the iPad was not in his backpack again"
    r"\b(?:was|were)(?:n['’]?t|\s+not)\s+in\s+(?:his|her|their)\s+(?:backpack|book\s?bag|bag|case)\b|"
    # "the enlarged sheet was in the wrong folder", "the text-to-speech wasn't turned on"
    r"\b(?:was|were)\s+(?:in|at|on)\s+the\s+wrong\s+(?:folder|place|room|box|bin|pile|envelope|cart|desk|shelf)\b|"
    r"\b(?:was|were)(?:n['’]?t|\s+not)\s+(?:turned\s+on|set\s+up|loaded|enabled|activated|charged|working|plugged\s+in|"
    r"ready|available|printed|copied|enlarged|prepared|made|brought|posted|put\s+up|handed\s+out|sent(?:\s+home)?)\b|"
    # "the shortened spelling list didn't get sent home", "never got printed"
    r"\b(?:did(?:n['’]?t|\s+not)|never)\s+get\s+(?:sent|made|printed|copied|enlarged|posted|put\s+up|handed\s+out)\b|"
    r"\b(?:was|were)\s+(?:entered|set\s+up|turned\s+on|loaded|added|enabled)\s+(?:\w+\s+){0,3}?but\s+not\b|"
    r"\b(?:was|were)(?:n['’]?t|\s+not|\s+never)\s+(?:used|worn)\b(?!\s+(?:to|for)\b)|"
    # "the magnifier is still broken", "her hearing aid died", "went dark and will not power back on"
    r"\b(?:is|was|were|are|has\s+been|have\s+been)\s+(?:still\s+|completely\s+|totally\s+)?(?:broken|dead|out\s+of\s+order|"
    r"not\s+working)\b|\b(?:completely|totally|fully|already)\s+dead\b|"
    # a feature an adult or a setting turned off: "voice typing got switched off", "the reader was disabled"
    r"\b(?:was|were|got|has\s+been|have\s+been|had\s+been)\s+(?:switched|turned|shut)\s+off\b|"
    r"\b(?:was|were|got|has\s+been|have\s+been|had\s+been)\s+(?:disabled|blocked|greyed\s+out|grayed\s+out)\b|"
    r"\b(?:stopped|quit)\s+working\b|\bbroke\b(?!\s+down)|\bwent\s+(?:dark|dead|black)\b|\bdied\b|"
    r"\b(?:wo|would|could|did|does|do)(?:n['’]?t|\s+not)\s+(?:turn|power|switch|boot|start)\s+(?:back\s+)?(?:on|up)\b|"
    r"\b(?:will|would|could)\s+not\s+(?:turn|power|switch|boot|start)\s+(?:back\s+)?(?:on|up)\b",
    re.I,
)
# phrasings that imply one accommodation without naming it: (topic, words one of which it needs, pattern)
IMPLIED: list[tuple[str, tuple[str, ...], re.Pattern]] = [
    # "she got the same amount of time as everyone else", "told her time was up", "instead of time and a half"
    ("extended_time", ("same", "regular", "normal", "usual"), re.compile(
        r"(?<!\bin\s)(?<!\bin\sthe\s)\b(?:same|regular|normal|usual)\s+(?:amount\s+of\s+)?time\s+as\s+(?:everyone|everybody|"
        r"the\s+(?:rest|others|class)|(?:the\s+)?other\s+(?:kids|students))\b(?![^.;]{0,40}\b(?:early|did\s+(?:n['’]?t|not)\s+need|"
        r"chose)\b)", re.I)),
    ("extended_time", ("time was up", "time is up", "time's up"), re.compile(
        r"\b(?:told|said\s+to)\s+(?:her|him|them)\s+(?:that\s+)?(?:time\s+was\s+up|time['’]s\s+up|time\s+is\s+up)\b", re.I)),
    ("extended_time", ("instead of",), re.compile(
        r"\binstead\s+of\s+(?:(?:her|his|their|the)\s+)?(?:time\s+and\s+a\s+half|extended\s+time|extra\s+time|double\s+time|"
        r"1\.5x?\b)", re.I)),
    ("scribe", ("scribed",), re.compile(r"\b(?:nobody|no\s+one|no-one)\s+scribed\b|\b(?:was|were)(?:n['’]?t|\s+not)\s+scribed\b",
                                       re.I)),
    # "the test wasn't given to her in the small group room"
    ("separate_setting", ("small group", "small-group", "separate", "quiet"), re.compile(
        r"\b(?:was|were)(?:n['’]?t|\s+not)\s+(?:given|taken|administered|tested)\s+(?:to\s+(?:her|him|them)\s+)?in\s+"
        r"(?:the|a|her|his|their)\s+(?:small[- ]group|separate|quiet|testing)\b", re.I)),
    ("extended_time", ("regular", "standard", "normal", "usual", "same"), re.compile(
        r"\bwith\s+(?:only\s+)?(?:the\s+)?(?:regular|standard|normal|usual|same)\s+"
        r"(?:\d+\s+minutes|time(?:\s+limit)?|amount\s+of\s+time|period)\b", re.I)),
    ("extended_time", ("bell",), re.compile(
        r"\b(?:collected|took|picked\s+up|had\s+to\s+(?:turn|hand)\s+(?:it\s+)?in|had\s+to\s+stop)\b"
        r"[^.;]{0,60}\b(?:when\s+the\s+bell\s+rang|at\s+the\s+bell)\b|"
        r"\bwhen\s+the\s+bell\s+rang,?\s+(?:he|she|they)\s+had\s+to\b", re.I)),
    # "today's quiz was timed for everyone", "a timed check for the whole class": the same limit as the others
    ("extended_time", ("timed",), re.compile(
        r"\btimed\s+(?:[\w-]+\s+){0,2}?for\s+(?:everyone|everybody|the\s+whole\s+class|all\s+(?:the\s+)?students)\b",
        re.I)),
    # "two hours with no break", "worked the whole block without a break": "break" alone is not tagged a topic
    ("breaks", ("break",), re.compile(
        r"\b(?:with\s+no|without(?:\s+a)?|never\s+(?:got|had|given)\s+a)\s+(?:single\s+)?break\b"
        r"(?!\s+(?:from|in|between|of))", re.I)),
    # "asked for a break and was told to wait until the bell": the break the plan gives, put off
    ("breaks", ("wait",), re.compile(
        r"\basked\s+(?:(?:if\s+(?:he|she|they)\s+could|to)\s+(?:take\s+a\s+break|go\s+(?:to|out)|leave|step\s+out)|"
        r"for\s+(?:a|his|her|their)\s+break)\b[^.;!?]{0,80}?\b(?:told|made)\s+(?:him|her|them)\s+(?:to\s+)?wait\b|"
        r"\b(?:was|were)\s+told\s+to\s+wait\b[^.;!?]{0,40}?\binstead\s+of\s+(?:a|his|her|their)\s+break\b", re.I)),
    # "asked for a break and was told no", "asked to take a break and the teacher said no"
    ("breaks", ("no", "denied", "refused", "allowed"), re.compile(
        r"\basked\s+(?:(?:if\s+(?:he|she|they)\s+could|to)\s+(?:take\s+a\s+break|go\s+(?:to|out)|step\s+out)|"
        r"for\s+(?:a|his|her|their)\s+(?:\w+\s+)?break)\b[^.;!?]{0,60}?\b(?:(?:was|were)\s+told\s+no|said\s+no|"
        r"(?:was|were)\s+(?:denied|refused)|(?:was|were)(?:n['’]?t|\s+not)\s+allowed|told\s+(?:him|her|them)\s+no)\b", re.I)),
    # "walked the hallway with no adult", "at recess without an adult": no one-on-one aide with the child
    ("paraprofessional", ("adult",), re.compile(
        r"\b(?:with\s+no|without\s+(?:an?|any|his|her|their))\s+adult(?!\s+(?:help|supervision\s+at\s+home))\b", re.I)),
    # "he ran out of time - we only had the one period"
    ("extended_time", ("ran out of time",), re.compile(
        r"\bran\s+out\s+of\s+time\b[^.;!?]{0,40}?\b(?:only\s+(?:had|got|gave)|bell\s+rang|period\s+ended|"
        r"class\s+ended)\b", re.I)),
    ("separate_setting", ("rest of",), re.compile(
        r"\bin\s+(?:my|your|the|his|her|their)\s+(?:own\s+)?(?:regular\s+|general[- ]ed\w*\s+)?"
        r"(?:class(?:room)?|room)\s+with\s+the\s+rest\s+of\s+the\s+class\b", re.I)),
    ("separate_setting", ("regular", "general", "homeroom"), re.compile(
        r"\b(?:took|take|taking|had\s+to\s+take)\s+(?:it|the\s+(?:\w+\s+){0,2}?(?:test|quiz|exam|assessment))\s+"
        r"in\s+(?:the|her|his|my|your)\s+(?:regular|general[- ]ed\w*|homeroom)\s+(?:class(?:room)?|room)\b", re.I)),
    ("separate_setting", ("everyone", "everybody", "whole class"), re.compile(
        r"\b(?:took|take|taking|had\s+to\s+take)\s+(?:it|(?:the|[\w-]+['’]s)\s+(?:\w+\s+){0,2}?(?:test|quiz|exam|assessment))\s+"
        r"(?:in\s+(?:class|(?:the|your|my|his|her|their)\s+(?:\w+\s+)?(?:classroom|cafeteria|gym|library|room))|"
        r"at\s+(?:his|her|their|the)\s+(?:regular\s+|usual\s+|own\s+)?(?:desk|seat|table))\s+with\s+"
        r"(?:everyone|everybody|the\s+whole\s+class)\b", re.I)),
    ("preferential_seating", ("back",), re.compile(
        r"\b(?:had\s+to\s+sit|(?:was|were|is|are)\s+(?:now\s+)?(?:seated|moved|put|sitting|placed)|got\s+(?:moved|put)|"
        r"(?:she|he|they|I)\s+(?:is|was|were|are|am)(?:\s+now)?|(?:she|he|they|I)['’](?:s|m|re)(?:\s+now)?|"
        r"(?:she|he|they|I)\s+(?:now\s+)?(?:sits|sit|sat))\s+(?:\w+\s+){0,2}?"
        r"(?:in|at|to)\s+the\s+back\b(?!\s+of\s+(?:the\s+)?(?:line|bus|book|page|packet|building|school|car|van))",
        re.I)),
    # "no one checked in with her this morning"
    ("check_in", ("checked in", "check-in", "check in"), re.compile(
        r"\b(?:nobody|no\s+one|no-one)\s+(?:checked\s+in|did\s+(?:a|the|her|his|their)\s+(?:morning\s+)?check[- ]?in)\s+"
        r"with\s+(?:him|her|them)\b", re.I)),
    # "her test was not in large print", "got the regular-size copy"
    ("large_print", ("large", "big", "enlarged", "size"), re.compile(
        r"\b(?:was|were)(?:n['’]?t|\s+not)\s+(?:in\s+)?(?:large|big|enlarged)\s+(?:print|font|type)\b|"
        r"\b(?:regular|normal|standard)[- ]size[d]?\s+(?:copy|copies|print|test|version|paper|packet|handout)\b", re.I)),
    # "the sub put her in the back row"
    ("preferential_seating", ("back",), re.compile(
        r"\b(?:put|sat|placed|moved|seated)\s+(?:him|her|them)\s+(?:\w+\s+){0,2}?(?:in|at|to)\s+the\s+back\b"
        r"(?!\s+of\s+(?:the\s+)?(?:line|bus|book|page|packet|building|school|car|van))", re.I)),
    # "she was seated in the third row, not up front"
    ("preferential_seating", ("front", "near the"), re.compile(
        r"\b(?:seated|sitting|sat|put|placed|moved)\b[^.;!?]{0,60}?,\s*(?:and\s+)?not\s+(?:up\s+front|in\s+(?:the\s+)?front"
        r"(?:\s+row)?|near\s+the\s+(?:front|board|teacher))\b", re.I)),
    # "took the test in the classroom, not in the testing room"
    ("separate_setting", ("not in", "not the"), re.compile(
        r"\bin\s+(?:the|his|her|my|your|a)\s+(?:\w+\s+)?(?:class(?:room)?|room|gym|cafeteria|library|hallway),?\s+"
        r"(?:and\s+)?not\s+(?:in\s+)?(?:the|a|his|her)\s+(?:small[- ]group|separate|quiet|testing|resource)\b", re.I)),
    # "given the test in the hallway with kids walking by, not in the quiet room"
    ("separate_setting", ("not in",), re.compile(
        r",\s*(?:and\s+)?not\s+in\s+(?:the|a|his|her)\s+(?:small[- ]group|separate|quiet|testing)\s+(?:room|setting|space|"
        r"location)\b", re.I)),
    # "took the test in front of the class instead of in the hall with his aide"
    # "sat with the whole class for the reading test rather than go to the small room"
    ("separate_setting", ("rather than",), re.compile(
        r"\brather\s+than\s+(?:go(?:ing)?\s+to\s+|in\s+)(?:the|a|his|her)\s+(?:small[- ]group|small|separate|quiet|testing|"
        r"resource)\b", re.I)),
    ("separate_setting", ("instead of in",), re.compile(
        r"\binstead\s+of\s+in\s+(?:the|a|his|her)\s+(?:hall(?:way)?|library|office|conference\s+room)\b", re.I)),
    # "gave him the regular version of the test, not the modified one"
    ("reduced_assignments", ("modified", "shortened", "reduced"), re.compile(
        r"\b(?:regular|standard|unmodified|full|same)\s+(?:version|copy|test|quiz|worksheet|assignment)\b[^.;!?]{0,60}?,\s*"
        r"(?:and\s+)?not\s+(?:the|his|her|a)\s+(?:modified|shortened|reduced)\b", re.I)),
    ("separate_setting", ("instead",), re.compile(
        r"\binstead\s+of\s+(?:in\s+)?(?:the|a|his|her)\s+(?:small|separate|quiet|testing|resource|other)\b", re.I)),
    ("assistive_technology", ("hand",), re.compile(
        r"\b(?:had|was\s+required|were\s+required|was\s+made|made\s+(?:him|her))\s+to\s+"
        r"(?:handwrite|hand-write|write\s+(?:it\s+)?by\s+hand)\b", re.I)),
    # "nobody read it to him", "the map test, not read": the reading is the accommodation
    ("read_aloud", ("read",), re.compile(
        r"\b(?:nobody|no\s+one|no-one)\s+read\s+(?:\w+\s+){0,4}?to\s+(?:him|her|them|me)\b|"
        r"\b(?:did" + NOT + r"\s+have|had|was|there\s+was)\s+(?:anyone|anybody|no\s+one|nobody)\s+(?:\w+\s+)?"
        r"(?:available\s+)?to\s+read\b|"
        r"\b(?:could" + NOT + r"|was" + NOT + r"\s+able\s+to)\s+read\s+(?:it|them|the\s+\w+)\s+(?:aloud\s+|out\s+loud\s+)?"
        r"to\s+(?:him|her|them|me)\b|"
        r"\b(?:tests?|quiz(?:zes)?|exams?|assessments?)\b(?:\s*\([^)]*\))?[^.;!?]{0,40}?,\s*(?:was\s+|were\s+)?"
        r"not\s+read\b", re.I)),
    # "nobody gave her the test orally", "the questions weren't given aloud"
    # "the sub didn't read the test to her", "nobody read her the questions", "had to read the test on her own"
    ("read_aloud", ("read",), re.compile(
        r"\bdid" + NOT + r"\s+read\s+(?:it|them|the\s+(?:\w+\s+){0,2}?(?:test|quiz|exam|questions|problems|passages?|"
        r"directions|items))\s+(?:aloud\s+|out\s+loud\s+)?to\s+(?:him|her|them)\b|"
        r"\b(?:nobody|no\s+one|no-one)\s+read\s+(?:him|her|them)\s+(?:the|any|his|her|their)\b|"
        r"\bhad\s+to\s+read\s+(?:it|them|everything|the\s+(?:\w+\s+){0,2}?(?:test|quiz|exam|questions|problems|passages?))\s+"
        r"(?:all\s+)?on\s+(?:his|her|their)\s+own\b", re.I)),
    ("read_aloud", ("orally", "aloud", "out loud"), re.compile(
        r"\b(?:(?:nobody|no\s+one|no-one)\s+(?:gave|read)|(?:was|were)" + NOT + r"\s+(?:given|read))\s+(?:\w+\s+){0,4}?"
        r"(?:orally|aloud|out\s+loud)\b", re.I)),
    ("scribe", ("scribe",), re.compile(
        r"\b(?:nobody|no\s+one|no-one)\s+scribed\b|\b(?:was|were)" + NOT + r"\s+scribed\b|"
        r"\b(?:no\s+one|nobody|no-one)\s+(?:\w+\s+)?(?:available\s+)?to\s+scribe\b", re.I)),
    # "he had to write his whole lab report by himself", "she had to read the test herself"
    ("scribe", ("self", "selves"), re.compile(
        r"\bhad\s+to\s+write\s+(?:\w+\s+){0,5}?(?:by\s+)?(?:him|her|them)sel(?:f|ves)\b", re.I)),
    ("read_aloud", ("self", "selves"), re.compile(
        r"\bhad\s+to\s+read\s+(?:it|them|the\s+(?:\w+\s+){0,2}?(?:test|quiz|exam|questions|problems|passages?))\s+"
        r"(?:by\s+)?(?:him|her|them)sel(?:f|ves)\b|"
        r"\bhad\s+to\s+read\s+(?:everything|all\s+of\s+it|the\s+whole\s+(?:thing|test|quiz|exam))\s+"
        r"(?:by\s+)?(?:him|her|them)sel(?:f|ves)\b", re.I)),
    # "I never got her notes copied Monday": the copy of the class notes was not made
    ("class_notes", ("made", "copied", "printed"), re.compile(
        r"\b(?:never|did" + NOT + r")\s+(?:got|get)\s+(?:[\w'’-]+\s+){0,2}?notes\s+(?:cop(?:y|ies)\s+)?"
        r"(?:made|copied|printed)\b", re.I)),
    # "when the bell rang the sub took it up even though she was not done"
    ("extended_time", ("bell",), re.compile(
        r"\bwhen\s+the\s+bell\s+rang,?\s+(?:he|she|they|the\s+\w+|(?:mr|mrs|ms|dr|coach)\.?\s+[\w'’-]+)\s+"
        r"(?:(?:took|picked)\s+(?:it|them|(?:the|her|his|their)\s+(?:\w+\s+)?(?:test|quiz|exam))\s+up|"
        r"collected\s+(?:it|them|(?:the|her|his|their)\s+(?:\w+\s+)?(?:test|quiz|exam)))\b|"
        # "was made to stop at the bell on the quiz"
        r"\b(?:was|were)\s+(?:\w+\s+)?(?:made|told)\s+to\s+(?:stop|put\s+(?:his|her|their)\s+pencils?\s+down)\s+"
        r"(?:at|when)\s+the\s+bell\b", re.I)),
    # "had to stop when everyone else did", "made to hand in her test with the rest of the class", "turned in his quiz
    # unfinished", "collected her test before she finished": the time the others had
    ("extended_time", ("everyone", "everybody", "rest of", "the class", "the others", "unfinished", "finished", "done"),
     re.compile(
        r"\b(?:had|was\s+made|were\s+made|was\s+told|were\s+told|made\s+(?:him|her|them))\s+to\s+(?:stop|turn\s+in|hand\s+in|"
        r"(?:turn|hand)\s+(?:it|them|(?:his|her|their)\s+(?:\w+\s+)?(?:test|quiz|exam|work|paper))\s+in)\b"
        r"(?:\s+(?:his|her|their|the)\s+(?:\w+\s+)?(?:test|quiz|exam|work|paper))?\s+(?:when|with|at\s+the\s+same\s+time\s+as)\s+"
        r"(?:everyone|everybody|the\s+(?:rest\s+of\s+the\s+)?class|the\s+others|the\s+other\s+(?:kids|students))\b|"
        r"\b(?:had|was\s+made|were\s+made)\s+to\s+(?:turn|hand)\s+in\s+(?:his|her|their)\s+(?:\w+\s+)?(?:test|quiz|exam)\s+"
        r"(?:unfinished|incomplete|half[- ](?:done|finished))\b|"
        r"\b(?:collected|took|picked\s+up)\s+(?:his|her|their|the)\s+(?:\w+\s+)?(?:test|quiz|exam)\s+(?:from\s+(?:him|her|them)\s+)?"
        r"before\s+(?:he|she|they)\s+(?:(?:was|were|had)\s+)?(?:finished|done|could\s+finish)\b", re.I)),
    # "made him finish the quiz in the same time as everyone else"
    ("extended_time", ("same time", "same amount of time"), re.compile(
        r"\b(?:in|with|within)\s+the\s+same\s+(?:amount\s+of\s+)?time\s+as\s+(?:everyone|everybody|the\s+(?:rest|class|"
        r"others|other\s+(?:kids|students))|(?:his|her|their)\s+(?:classmates|peers))\b", re.I)),
    # "nobody shortened it for him", "the worksheet wasn't modified": the reduced assignment not made
    ("reduced_assignments", ("shortened", "modified", "reduced", "cut down"), re.compile(
        r"\b(?:nobody|no\s+one|no-one)\s+(?:had\s+)?(?:shortened|modified|reduced|cut\s+down)\s+(?:it|them|(?:the|his|her|their)\s+"
        r"(?:\w+\s+)?(?:test|quiz|assignment|worksheet|homework|packet|list))\b|"
        r"\b(?:test|quiz|assignment|worksheet|homework|packet|list)s?\s+(?:was|were)(?:n['’]?t|\s+not|\s+never)\s+"
        r"(?:shortened|modified|reduced|cut\s+down)\b", re.I)),
    # "on the unit test he only had the regular 45 minutes"
    ("extended_time", ("regular", "normal", "standard", "usual"), re.compile(
        r"\bonly\s+(?:got|had|was\s+given|were\s+given)\s+(?:the\s+)?(?:regular|normal|standard|usual)\s+\d{1,3}\s+min(?:ute)?s\b",
        re.I)),
    ("extended_time", ("regular time", "normal time", "standard time", "same time"), re.compile(
        r"\bonly\s+(?:got|had|was\s+given|were\s+given)\s+(?:the\s+)?(?:regular|normal|standard|same)\s+(?:amount\s+of\s+)?time\b",
        re.I)),
    # "handed out in regular print", "the reference sheet was the normal size": no enlarged copy
    # "two hours with no break and no schedule", "without his picture schedule"
    ("visual_schedule", ("schedule",), re.compile(
        r"\b(?:with\s+no|without(?:\s+(?:his|her|their|a|the))?)\s+(?:\w+\s+(?:and|or)\s+(?:no\s+)?)?"
        r"(?:visual\s+|picture\s+|mini\s+)?schedule\b", re.I)),
    # "there were no notes in his folder", "she never got the guided notes": the class notes
    ("class_notes", ("notes",), re.compile(
        r"\bno\s+(?:class\s+|guided\s+|printed\s+|lecture\s+)?notes\s+(?:in|for)\s+(?:his|her|their|the)\s+"
        r"(?:folder|binder|backpack|unit|lesson|class)\b|"
        r"\b(?:did" + NOT + r"|never|(?:has|have|had)" + NOT + r")\s+(?:get|receive|have|gotten|got|received|had)\s+"
        r"(?:the|any|his|her)\s+(?:class\s+|guided\s+|printed\s+|lecture\s+|teacher\s+)?notes\b|"
        # "nobody was taking notes for her", "no one took notes in either class"
        r"\b(?:nobody|no\s+one|no-one)\s+(?:was\s+|has\s+been\s+)?(?:taking|took|takes|sent|sending|posted|posting|shared|"
        r"sharing)\s+(?:any\s+|the\s+)?notes\b", re.I)),
    # "the changed directions were never written down for her", "nobody wrote the homework down for him": what was
    # said aloud, not given to the child in writing
    ("class_notes", ("written", "wrote"), re.compile(
        r"\b(?:was|were)(?:n['’]?t|\s+not|\s+never)\s+(?:written\s+(?:down|out)|put\s+in\s+writing)\s+for\s+"
        r"(?:him|her|them)\b|"
        r"\b(?:nobody|no\s+one|no-one)\s+wrote\s+(?:it|them|(?:the|any)\s+(?:\w+\s+)?\w+)\s+(?:down|out)\s+for\s+"
        r"(?:him|her|them)\b", re.I)),
    # "she had to copy the notes off the board herself": no copy of the notes given
    ("class_notes", ("board",), re.compile(
        r"\bhad\s+to\s+copy\s+(?:down\s+)?(?:the\s+|all\s+(?:the\s+)?)?(?:notes|everything|it\s+all)\s+(?:down\s+)?"
        r"(?:from|off)\s+(?:of\s+)?the\s+(?:\w+\s+)?board\b", re.I)),
    # "I didn't have the big packet", "without her enlarged copy": the enlarged material, said plainly
    ("large_print", ("big", "enlarged", "large"), re.compile(
        r"\b(?:did" + NOT + r"\s+(?:have|get)|without|never\s+got)\s+(?:the\s+|my\s+|his\s+|her\s+|an?\s+)?"
        r"(?:big|bigger|enlarged|large)\s+(?:print\s+)?(?:packet|copy|copies|version|book|test|sheet|handout)s?\b", re.I)),
    # "the reference sheet was still the tiny one", "the map was in small print again"
    ("large_print", ("tiny", "small", "little"), re.compile(
        r"\b(?:was|were)\s+(?:still\s+|again\s+|just\s+)?(?:in\s+)?(?:the\s+)?(?:tiny|small|little)\s+"
        r"(?:one|ones|print|font|copy|copies|version|size|type)\b", re.I)),
    # the whole assignment instead of the shortened one: "he's been doing the whole page since then", "everyone
    # has to do all of them", "two hours on the homework, all 30 problems"
    ("reduced_assignments", ("whole", "entire", "full", "all"), re.compile(
        r"\b(?:did|do|does|doing|done|had\s+to\s+do|has\s+to\s+do|have\s+to\s+do|made\s+(?:him|her|them)\s+do|"
        r"assigned\s+(?:him|her|them))\s+(?:the\s+)?(?:whole|entire|full)\s+(?:page|packet|worksheet|assignment|set|"
        r"problem\s+set)\b(?![^.;!?]{0,30}\b(?:by\s+(?:him|her|them)sel(?:f|ves)|on\s+(?:his|her|their)\s+own|"
        r"independently|great|well)\b)|"
        r"\b(?:had\s+to\s+do|has\s+to\s+do|have\s+to\s+do|made\s+(?:him|her|them)\s+do)\s+(?:all|every\s+one)\s+"
        r"(?:of\s+(?:them|the\s+(?:problems|questions))|(?:\d+\s+)?(?:problems|questions))\b|"
        r"\bhomework\b[^.;!?]{0,40}?,\s*all\s+\d+\s+(?:problems|questions)\b", re.I)),
    # "her test wasn't enlarged", "the worksheets were never blown up"
    ("large_print", ("enlarged", "blown up"), re.compile(
        r"\b(?:was|were)(?:n['’]?t|\s+not|\s+never)\s+(?:\w+\s+)?(?:enlarged|blown\s+up)\b|"
        r"\b(?:nobody|no\s+one|no-one)\s+(?:had\s+)?(?:enlarged|blew\s+up)\b|"
        r"\b(?:did" + NOT + r"|never)\s+(?:get\s+)?(?:enlarge|enlarged|blow\s+up|blew\s+up)\b", re.I)),
    # "a math page in regular print", "went out to her on regular paper", "in regular small print again"
    ("large_print", ("regular", "normal", "standard", "small print"), re.compile(
        r"\b(?:in|on)\s+(?:the\s+)?(?:regular|normal|standard)\s+(?:small\s+|size\s+)?(?:print|font|paper)\b|"
        r"\bin\s+small\s+print\b(?!\s+(?:at\s+the\s+bottom|on\s+the\s+back))", re.I)),
    ("large_print", ("regular", "normal", "standard"), re.compile(
        r"\b(?:handed\s+out|given|passed\s+out|printed|copied|came|was|were)\s+(?:\w+\s+){0,2}?"
        r"(?:in\s+)?(?:the\s+)?(?:regular|normal|standard)[- ](?:print|font|size)\b", re.I)),
]
# a session of a compensatory plan, as the subject of "was cancelled" / "did not happen"
COMPENSATORY_SESSION = re.compile(
    r"\b(?:compensatory|comp(?:\s+ed)?|make-?up|makeup)\s+(?:[\w-]+\s+){0,2}?(?:sessions?|minutes|services?|time|"
    r"lessons?|hours?)\b|\b(?:the|his|her|their|this|that|\d{1,2}/\d{1,2})\s+make-?ups?\b", re.I)
# accommodations an adult gives in person: when that adult is pulled away, the child goes without them
GIVEN_BY_A_PERSON = [
    ("read_aloud", re.compile(r"\b(?:read|reads|reading)\s+(?:(?:it|them|the\s+\w+|\w+)\s+){0,3}?"
                              r"(?:aloud\s+|out\s+loud\s+)?to\s+(?:me|him|her|them)\b|"
                              r"\b(?:with|have|has|had|needs?)\s+(?:a|an|her|his|their)\s+"
                              r"(?:human\s+|test\s+)?reader\b|\bread[- ]aloud\b", re.I)),
    ("scribe", re.compile(r"\bscrib(?:e|es|ed|ing)\b|\bwrites?\s+(?:\w+\s+){0,2}?for\s+(?:him|her|them|me)\b", re.I)),
]
# an aide or monitor on the bus is the transportation service, not the classroom para
BUS_STAFF = re.compile(r"\b(?:aide|monitor|attendant|para)s?\s+(?:\w+\s+){0,4}?on\s+(?:the\s+|his\s+|her\s+|that\s+)?(?:bus|route|it)\b|"
                       r"\b(?:bus|route\s*\d+)\b[^.;]{0,40}\b(?:without|no)\s+(?:a\s+|an\s+|any\s+)?(?:bus\s+)?"
                       r"(?:aide|monitor|assistant|attendant)\b|"
                       r"\bno\s+(?:bus\s+)?monitor\b", re.I)
BUS_WORD = re.compile(r"\b(?:bus|buses|route\s*\d+|transportation|driver)\b", re.I)
AIDE_WORD = re.compile(r"\b(?:aides?|monitors?|assistants?|attendants?|paras?)\b", re.I)
COVERAGE = re.compile(r"\bcover(?:ing|ed)?\b|\bpulled\s+(?:from|out\s+of)\b|\bsent\s+(?:over\s+)?to\b|\bduty\b|\bsupervision\b|\bnot\s+with\b|n['’]?t\s+with\b|"
                      r"\bwithout me\b", re.I)
# the child was left without the writer: "so she was at recess without me" (the writer is the child's adult)
WITHOUT_ME = re.compile(r"\bwithout\s+me\b|\bI\s+(?:was|wasn['’]t|was\s+not)\s+(?:not\s+)?with\s+(?:him|her|them)\b", re.I)
CANNOT = re.compile(r"\b(?:can['’]?t|cannot|can\s+not|couldn['’]?t|could\s+not)\b", re.I)
# "no support for Nora", "without services for him": the service itself, not named
# matched after leading whitespace is stripped: a leading \s* would make a search over blanks quadratic
GENERIC_OBJECT = re.compile(r"(?:any\s+)?(?:support|services?|help|coverage|sessions?)\s+(?:for|with)\s+"
                            r"(?:him|her|them|[A-Z][a-z]+)\b|"
                            r"(?:sessions?|groups?)\b(?=\s*(?:[(;,.]|$|today|yesterday|this|last|on\b|mon|tue|wed|thu|fri|\d))|"
                            r"(?:a|any|his|her|their|our|the|that|this)\s+(?:\w+\s+)?session\b"
                            r"(?!\s+(?:log|note|summary))",
                            re.I)
PRONOUN_SUBJECT = re.compile(r"\b(?:she|he|they)\s+(?:\w+\s+){0,2}$", re.I)
# "we did not have a session", "I couldn't see her": the writer says what they did not give
FIRST_PERSON_NOT = re.compile(r"\b(?:I|we)\s+(?:\w+\s+)?(?:did|had|have|has|could|was|were)(?:n['’]?t|\s+not)\b", re.I)
FIRST_PERSON = re.compile(r"\b(?:I|I['’]m|I['’]ve|me|my)\b")
# spaces are read from a run's start only: searching a long run of spaces stays linear
PRONOUN_OBJECT = re.compile(r"(?<!\s)\s*+(?:(?:it|one|them|that|those|any)\b"
                            r"(?!\s+(?:from|of|who|which|else|in|at|has|had|was|is)\b)"
                            # "without it on January 14" is a day; "without it on his desk" a place
                            r"(?!\s+on\b(?!\s+(?:(?:mon|tues|wednes|thurs|fri)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
                            r"nov|dec)[a-z]*\.?\s+\d|\d)))|"
                            # "didn't have any in study hall", "had none at lunch"
                            r"(?:any|none)(?=\s*[.,;!]|\s+(?:in|at|on|during|for|yesterday|today)\b))", re.I)
NEGATED_CUE = re.compile(r"(?:\bnot|\bnever|n['’]t|\bnothing|\bno\s+[\w-]+\s+(?:was|were|is|are))\s+(?:\w+\s+)?$", re.I)
# the sessions a make-up plan is for: "for the four sessions not provided in February, … will provide 240 minutes"
OWED_FOR = re.compile(r"\bfor\s+(?:the|every|each|all|those|these|any|her|his|their)\s+(?:[\w-]+\s+){0,3}?"
                      r"(?:sessions?|minutes|lessons?|services?|hours?)\s+$", re.I)
MAKEUP_PLAN = re.compile(r"\b(?:compensatory|make-?up|makeup|make\s+up|made\s+up)\b", re.I)
SCHOOL_EVENT_AFTER = re.compile(r"(?<!\s)\s+(?:pep\s+)?(?:rally|rallies|assembly|assemblies|celebration|party|parties|fair|"
                                r"carnival|dance|fundraiser)\b", re.I)
STAFFING_CHANGE = re.compile(r"reassigned|resigned|quit|assigned", re.I)
FROM_NOW_ON = re.compile(r"\beffective\b|\bno\s+longer\b|\banymore\b|\bany\s+more\b|\buntil\s+further\s+notice\b|"
                         r"\bpermanently\b", re.I)
# a running count of the days something did not happen: "that is now January 5 and January 23", "that's the only one
# besides Feb 5", "together with February 17"; the days follow the lead
TALLY = re.compile(r"\b(?:(?:that|this)(?:['’]s|\s+is|\s+makes)\s+(?:(?P<now>now)\s+)?(?:the\s+only\s+one\s+besides\s+)?|"
                   r"(?:together|along)\s+with\s+|besides\s+|apart\s+from\s+|on\s+top\s+of\s+)", re.I)
TALLY_FIRST = re.compile(r"(?:the\s+)?", re.I)
# between two listed days: a comma or "and", after a few words on what the day was for ("today for the job site,
# and tomorrow's CBI")
TALLY_NEXT = re.compile(r"(?<!\s)(?:\s++(?:for|at|in|on)(?:\s++[\w'’-]++){1,4})?(?:\s*+,\s*+(?:and\s++|or\s++)?|"
                        r"\s++(?:and|or|&)\s++)(?:the\s++)?", re.I)
# "what was and wasn't provided", "whether it was or was not delivered": both ways, not a report
EITHER_WAY = re.compile(r"\b(?:what|whether)\s+(?:(?:it\s+)?(?:was|were|is|are)\s+)?(?:and|or)\s+(?:was\s+|were\s+)?$", re.I)
# "compensatory services for the time he went without speech-to-text and the missed check-ins": misses told
# elsewhere, named as what a make-up is for
COMPENSATION_FOR = re.compile(r"\bcompensat\w*\s+(?:services?\s+|minutes\s+|time\s+|hours\s+)?for\b[^.;:!?]{0,80}$", re.I)
MISSED_AS_A_NAME = re.compile(r"missed\s+(?:[\w-]+\s+)?(?:sessions|minutes|services|days|time)\b", re.I)
# the adult's absence given as why a paper or an answer is late: "sorry this is late - I was out Friday", "she is out
# testing this week, so I will email you Monday"
LATE_REPLY = re.compile(r"\bsorry\s+(?:this|it)\s+is\s+(?:so\s+)?late\b|\b(?:email|call|write\s+to|get\s+back\s+to)\s+you\b|"
                        r"\bsend\s+(?:it|this|them)\b|\b(?:this|it)\s+would\s+come\b", re.I)
# a leave announced from a day on ("is out on medical leave starting today"): told before its sessions are missed
LEAVE_STARTS = re.compile(r"\bleave\b[^.;]{0,20}?\b(?:starting|beginning|as\s+of|effective)\b", re.I)
# "two of the three he missed were the matching": test items he got wrong
ITEMS_MISSED = re.compile(r"\b(?:ones?|\d+|two|three|four|five|six|questions?|problems?|items?|words?)\s+(?:he|she|they)\s+$",
                          re.I)
# what is to be written down, not what happened: "please keep a log of co-teach minutes not delivered from 10/14"
TO_BE_LOGGED = re.compile(r"\b(?:keep\s+(?:a\s+)?(?:log|record|list|track|tally)\s+of\s+(?:(?:the|any|all|every)\s+)?|"
                          r"(?:please|to|will|can|should|must)\s+(?:document|log|track)\s+(?:the|any|all|every)\s+)"
                          r"(?:(?!that\b)[\w-]+\s+){0,3}$", re.I)  # not "our log shows she missed", "on record that"
# a training for the staff, not a service to the child
STAFF_TRAINING = re.compile(r"\bin-?service\b|\bprofessional\s+development\b|\bstaff\s+training\b", re.I)
# the writer owns what the reader already knows: "I know he has gone a month without …", "I realize her
# sessions haven't happened since …" (a report told before, not a new one)
ACKNOWLEDGED = re.compile(r"\bI\s+(?:know|realize|realise|understand|am\s+aware|['’]m\s+aware)\s+(?:that\s+)?"
                          r"(?:[\w'’-]+\s+){0,6}$", re.I)
NO_SUBJECT = re.compile(r"\b(?:no|nothing|none)\s+(?:[\w-]+\s+)?$", re.I)
BE_FIRST = re.compile(r"(?:is|are|was|were|has|have|had)\b", re.I)
# "I haven't received the draft", "we never got the sensory diet": papers the parent did not get, not a service
RECEIVER = re.compile(r"\b(?:I|we|I['’]ve|we['’]ve|family|parents)\s+(?:\w+\s+)?$", re.I)  # "the family has not received"
# "I didn't get his large print copy made": a thing the writer did not make, not a paper the writer did not receive
MADE_AFTER = re.compile(r"[^.;!?]{0,50}?\b(?:made|copied|printed|enlarged|prepared|ready|done|set\s+up|charged)\b", re.I)
RECEIVING = re.compile(r"\b(?:received|got|gotten|get(?!\s+to\b)|heard|seen)", re.I)  # not "wasn't able to get to her session"
# something about the service, not the service itself ("no behavior sheet in his folder", "didn't get
# the speech log", "no OT goals were met", "no speech concerns")
DOCUMENT = re.compile(r"^[\w\s'’-]{0,25}?\b(?:sheets?|logs?|reports?|forms?|plans?|charts?|data|summary|summaries|"
                      r"paperwork|copy|copies|notes|minutes\s+of|questionnaire|consent|goals?|progress|concerns?|"
                      r"issues?|problems?|changes?|updates?|questions?|evaluation|assessment|referral)\b", re.I)
# "no breaks were needed", "without extra time, which he didn't need": not wanted, so not withheld
NOT_NEEDED = re.compile(r"^[^.;]{0,40}\b(?:needed|necessary|required|wanted|asked\s+for)\b", re.I)
# each family of cues, with words one of which every cue of it holds: a sentence with none of them
# is passed over without running the pattern
NEGATIONS = ("not no never nobody cannot didnt wasnt werent couldnt wont cant hasnt havent hadnt doesnt dont isnt "
             "arent wouldnt")
CUE_PATTERNS = [
    ("event", EVENT, frozenset(f"{NEGATIONS} neither tuvo recibi hubo vino lleg recogieron dio dieron hizo hicieron cancelaron cancelad "
                                "none cancel cancels cancelled canceled cancelling canceling off bumped "
                                "early late after "
                                "nobody replaced instead only "
                                "skip "
                                "skipped skipping missed miss misses missing made owed owes cut left drove going go make get "
                                "just once twice since through hold paused suspended pushed rescheduled unable forgot ignored disregarded "
                                "overlooked zero place ran went owe dropped scrapped scratched back given there received gotten pull met fulfilled "
                                "slipped time half third quarter min delivered held provided completed attended stopped ended anymore more".split())),
    ("provider", PROVIDER, frozenset(f"{NEGATIONS} gone moved helping working needed busy spent out sick leave pulled reassigned assigned covering cover covered sent "
                                      "duty supervision testing proctoring sub substitute training meeting workshop "
                                      "conference called absent unavailable another different quit resigned alone unfilled vacant open empty "
                                      "looking searching interviewing booked staffed shortage "
                                      "evaluations evals assessments screenings".split())),
    ("item", ITEM, frozenset(f"{NEGATIONS} sin without forgot should supposed refused declined took taken denied told happened "
                              "asked ask made make though".split())),
    ("left", LEFT_BEHIND, frozenset(f"{NEGATIONS} stayed sat left forgotten taken still wrong broken dead order "
                                      # "the mic button was greyed out" when the child went to use it; not
                                      # "disabled on 12/22", the day a setting changed (its words are not here)
                                      "stopped quit broke dark black died greyed grayed posted put handed sent get".split())),
]
CUE_WORDS = frozenset().union(*(needs for _, _, needs in CUE_PATTERNS))
CUE_BRANCHES = {kind: Alternation(pattern) for kind, pattern, _ in CUE_PATTERNS}  # the same matches, sooner
WORD = re.compile(r"[a-z]+")
QUESTION = re.compile(r"\?\s*+(?:[\"”')]++\s*+)?$")
# a question that takes the miss as known and asks the reason: "why wasn't she given her extra time on Friday?", "how
# come speech was cancelled again?", "is there a reason he didn't get his breaks?" (a report, asked as a question)
WHY = re.compile(r"(?:^|[.!?]\s+|\b(?:and|but|so)\s+)(?:why|how\s+come)\b|\bis\s+there\s+(?:a|any)\s+reason\b|"
                 r"\b(?:tell|explain(?:\s+to)?)\s+(?:me|us)\s+why\b", re.I)
HYPOTHETICAL = re.compile(r"\b(?:if|whenever|in case|unless|what if|each time|every time|any time|si|cuando)\b|"
                          r"\bwhen\s+(?:\S+\s+){1,3}?(?:is|are|gets?|misses|has|needs)\b", re.I)
HABIT = re.compile(r"\b(?:keeps?|kept)\s+(?:getting|being|missing)|\b(?:always|usually|often|sometimes|typically|"
                   r"generally|normally|regularly|tends?\s+to)\b|\bevery\s+(?:session|day|week|time)\b", re.I)
MADE_UP = re.compile(r"\b(?:made\s+(?:\w+\s+){0,3}?up|(?:(?:was|were)\s+seen|saw\s+(?:him|her|them))\s+(?:on\s+)?(?:\S+\s+){1,3}?instead\b(?!\s+of)|(?:did|had|held)\s+(?:it|the\s+(?:session|group|lesson)|the\s+(?:first|second|third|other)\s+one|(?:his|her|their)\s+(?:session|group|lesson))\s+(?:on\s+)?(?:\S+\s+){1,3}?instead\b(?!\s+of)|make-?up\s+session\s+(?:was|went)|"
                     r"(?:had|did|held|got|received)\s+(?:\w+\s+){0,2}?(?:make-?up|compensatory)\s+session)\b", re.I)
MADE_UP_NEGATED = re.compile(r"(?:\bnot|\bnever|n['’]t|\bneither|\bnor|"
                             r"\bno)\b(?:\W+\w+){0,4}?\W+made\s+(?:\w+\s+)?up|\bever\s+made\s+up", re.I)
PARENTHESIS = re.compile(r"\([^()]*\)")
# the child was not there or would not go: not a service the school failed to give. "he"/"she" count
# only for states a provider would not be in ("the SLP emailed that she was sick" is the provider)
CHILD_AWAY = (r"\b(?:{pronouns})\s+(?:was|were|is|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:absent|home|checked\s+out|"
              r"signed\s+out|picked\s+up\s+early|at\s+(?:a|an|the|his|her)\s+(?:\w+\s+)?(?:appointment|doctor|"
              r"dentist))\b|"
              r"\b(?:{names})\s+(?:was|were|is|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:sick|home\s+sick|out\s+sick|"
              r"out)\b(?!\s+of)|"
              r"\b(?:{pronouns})\s+(?:refused|declined|chose\s+not|did\s*n['’]?o?t\s+want|would\s*n['’]?o?t\s+go)\b|"
              r"\bthe\s+student\s+(?:is|was)\s+absent\b|"
              # the child's own appointment or day at home ("Eli had a dentist appointment", "she was at the
              # orthodontist"); a pronoun that "had an appointment" may be the provider, so names only there
              r"\b(?:{names})\s+(?:had|has)\s+(?:a|an|his|her|their)\s+(?:[\w'’-]+\s+){{0,2}}?appointment\b|"
              r"\b(?:{pronouns})\s+(?:was|were|is)\s+at\s+(?:a|an|the|his|her)\s+(?:[\w'’-]+\s+)?(?:orthodontist|"
              r"pediatrician)\b|"
              r"\b(?:{names})\s+stayed\s+home\b|"
              r"\b(?:él|ella|{names})\s+(?:estaba|estuvo|está|se\s+quedó)\s+(?:enferm[oa]|ausente|en\s+casa)(?!\w)|"
              r"\bfaltó\s+a\s+(?:la\s+)?(?:escuela|clase)\b|\bno\s+fue\s+a\s+(?:la\s+)?escuela\b|"
              # the family kept the child away: "we kept him home", "I picked her up early", "we took him to the doctor"
              r"\b(?:we|I)\s+(?:kept|had\s+to\s+keep)\s+(?:him|her|them|{names})\s+home\b|"
              r"\b(?:we|I)\s+(?:picked|checked|signed)\s+(?:him|her|them|{names})\s+(?:up\s+early|out)\b|"
              r"\b(?:we|I)\s+took\s+(?:him|her|them|{names})\s+to\s+(?:a|an|the|his|her|their)\s+(?:[\w'’-]+\s+)?"
              r"(?:doctor|dentist|orthodontist|appointment|clinic|hospital)\b")
# the adult who was out is someone else's: "a para who was out", "the kindergarten aide was out sick"
OTHER_ADULT = re.compile(r"\b(?:a|an|another|one\s+of\s+the)\s+(?:[\w-]+\s+){0,2}?(?:para(?:professional)?|aide|"
                         r"teacher|sub(?:stitute)?|staff\s+member|colleague|co-?worker)\s+(?:who\s+|that\s+)?$|"
                         r"\b(?:kindergarten|pre-?k|preschool|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
                         r"\d{1,2}(?:st|nd|rd|th))[- ]grade)\s+(?:para(?:professional)?|aide|teacher)s?\s+(?:who\s+|that\s+)?$",
                         re.I)
# another child is who went without: "another student in her class didn't get his extended time either"
OTHER_CHILD = re.compile(r"(?:(?:also|and|but)\s+)?(?:another|other|a\s+different|one\s+of\s+the\s+other)\s+"
                         r"(?:[\w-]+\s+)?(?:students?|child(?:ren)?|kids?|classmates?)\b", re.I)
# the child's absence as someone else's claim: "you said he was checked out", "the office says she was absent"
THEY_SAY = re.compile(r"\b(?:you|they|the\s+(?:\w+\s+)?(?:office|log|records?|nurse))\s+(?:said|says|told\s+me|claimed|claims|"
                      r"shows?|showed)\s+(?:that\s+)?(?:\S+\s+){0,2}$", re.I)
# the child managed or chose to go without: not a failure to provide ("he did great without his fidget")
WENT_WELL = re.compile(r"\b(?:did|does|doing|worked|working|was|were|went)\s+(?:great|well|fine|ok|okay|good|"
                       r"really\s+well)\b|"
                       r"\bindependently\b|\bon\s+(?:his|her|their)\s+own\s+(?:choice|initiative)\b|"
                       r"\b(?:chose|decided|preferred|wanted)\s+to\b", re.I)
# the family's own part: "I forgot to send her headphones"
HOME_TASK = re.compile(r"\b(?:I|we)\s+(?:forgot|did\s*n['’]?o?t|never)\s+(?:to\s+)?(?:send|pack|bring|charge|"
                       r"put)\b", re.I)
NO_SCHOOL = re.compile(r"\bno\s+school\b|\bschool\s+(?:was|is|will\s+be)\s+closed\b|\bsnow\s+day\b|"
                       r"\bschool\s+holiday\b|"
                       r"\bdistrict\s+was\s+closed\b", re.I)


@lru_cache(maxsize=16)
def child_away(student_names: frozenset[str]) -> re.Pattern:
    names = "|".join(re.escape(name) for name in sorted(student_names)) or "(?!)"
    return re.compile(CHILD_AWAY.format(names=names, pronouns=f"he|she|{names}"), re.I)


def _by_word(implied: list[tuple[str, tuple[str, ...], re.Pattern]]) -> dict[str, int]:
    """Each word an implied cue needs -> those cues, as a bit mask of their places in the list."""
    by_word: dict[str, int] = {}
    for index, (_, needs, _) in enumerate(implied):
        for word in needs:
            by_word[word] = by_word.get(word, 0) | 1 << index
    return by_word


IMPLIED_NEEDLES = Needles(_by_word(IMPLIED))  # which implied cues' words a lower-cased sentence holds


# every cue table's needles in one: a sentence's words are read once for the four cue alternations and the implied
# cues (not once for each), and each takes its own bits back out (exactly what its own Needles would give)
CUE_NEEDLES, _PLACES = Needles.side_by_side([*(CUE_BRANCHES[kind].needles for kind, _, _ in CUE_PATTERNS),
                                             IMPLIED_NEEDLES])
_PLACE_OF = dict(zip([kind for kind, _, _ in CUE_PATTERNS] + ["implied"], _PLACES))


def held_by(kind: str, held: int) -> int:
    """Of CUE_NEEDLES(lowered), the bits of one table (a kind of CUE_PATTERNS, or "implied")."""
    shift, width = _PLACE_OF[kind]
    return (held >> shift) & ((1 << width) - 1)


def implied_cues(lowered: str, held: int | None = None) -> list[tuple[str, tuple[str, ...], re.Pattern]]:
    """The implied cues (in IMPLIED's order) one of whose words the lower-cased sentence holds (`held`: what
    CUE_NEEDLES found in it, when already asked)."""
    found = IMPLIED_NEEDLES(lowered) if held is None else held_by("implied", held)
    return [IMPLIED[index] for index in bits(found)]


def may_hold_a_cue(text: str) -> bool:
    """Whether a sentence has a word some cue needs (most sentences have none: no pattern runs on them)."""
    if not CUE_WORDS.isdisjoint(words_of(text)):
        return True
    return IMPLIED_NEEDLES(text.lower()) != 0


@lru_cache(maxsize=256)  # a sentence is asked about as a sentence, as a unit, and for its cues
def words_of(text: str) -> frozenset[str]:
    """The lower-case words of a sentence, apostrophes dropped ("didn't" -> "didnt")."""
    return frozenset(WORD.findall(text.lower().replace("’", "").replace("'", "")))
REDO = re.compile(r"\b(?:redo|re-do|retake|re-take|make-?up\s+(?:session|plan|time|minutes|group)s?)\b", re.I)


def about_a_redo(text: str, cue_at: int) -> bool:
    """"the DBQ redo that was scheduled for 2/3 did not happen": what did not happen was a make-up."""
    return bool(REDO.search(text[max(0, cue_at - 60):cue_at]))
