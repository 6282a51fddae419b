"""When a missed session happened and for how long: the days a report names (weekday ranges,
spans of weeks, which way a weekday points) and the minutes it states (per session or in total).
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from ieptrail.classify import literals
from ieptrail.classify.sentences import inside
from ieptrail.classify.when import NUMBER_WORDS, WEEKDAYS, DateMention, find_dates

FUTURE = re.compile(r"\b(?:will|won['’]?t|would|going\s+to|gonna|shall|is\s+to|are\s+to|(?:va|van|vamos)\s+a|habrá|será|"
                    r"tendrá|próxim[oa])(?!\w)|['’]ll\b", re.I)
# a statement about a list of dates or a log, not of one day ("the list of dates his para was pulled")
# "the sub would not let her use it": a refusal told in the past, not a plan
REFUSED = re.compile(r"\bwould(?:n['’]?t|\s+not)\s+(?=(?:let|allow|give)\b)", re.I)
# ("for that date" points back to a day named before, it is not about a list)
ABOUT_DATES = re.compile(r"\b(?<!that\s)(?<!this\s)(?<!same\s)(?:dates?|list|how\s+often|how\s+many|logs?|records?)\b",
                         re.I)
# "On 11/10 Mr. W informed us that…": the day of the telling, not of the event
TELLING = re.compile(r"^,?\s*(?:[\w.’']+\s+){0,3}?(?:told|informed|wrote|said|emailed|notified|explained|mentioned|"
                     r"confirmed|"
                     r"asked|"
                     r"let\s+\w+\s+know|called\s+(?:me|us))\b", re.I)
# "I talked with her today and she confirmed…": the day of a conversation about it, not of the event
TOLD_ON = re.compile(r"\b(?:talked|spoke|checked(?:\s+in)?)\s+(?:with|to)\s+(?:her|him|them|[A-Z][a-z]+)\s+$|"
                     # "her grandmother wrote last night", "he told me yesterday": the day of the telling
                     r"\b(?:wrote|emailed|e-mailed|texted|called|told\s+(?:me|us)|let\s+(?:me|us)\s+know|mentioned|"
                     r"reported|said)\s+(?:(?:on|this|last)\s+)?$", re.I)
# days offered for something still to come ("she can come to tutorial Wed or Thurs"), not a list of past misses
OFFERED = re.compile(r"\b(?:can|could|may|might)\s+(?:\w+\s+){0,2}?(?:get|come|do|make|have|meet|see|take|stop)\b", re.I)
WEEKDAY_PREFIXES = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
ATTRIBUTIVE_DAY = re.compile(r"(?:\b(?:his|her|their|its|the|my|our|your|a)|['’]s)\s+$", re.I)
PAST = re.compile(r"\b(?:was|were|did|had|didn['’]?t|wasn['’]?t|weren['’]?t|hadn['’]?t|never|got|went|came|sat|stayed|"
                  r"left|missed|skipped|cancel+ed|pulled|couldn['’]?t|could\s+not|woke|forgot|collected|took|handed|"
                  r"walked|found|told|said|died|ended|happened|covered|assigned|sent|called|quit|resigned|refused|declined|denied|"
                  r"moved|placed|seated|fell|watched|received|tested|scribed|"
                  # Spanish: "no tuvo", "no vino", "se canceló", "no le dieron"
                  r"tuvo|recibió|hubo|vino|llegó|canceló|cancelaron|dieron|dio|fue|fueron|estaba|estuvo|leyeron|"
                  r"permitieron|dejaron|recogieron|tomó|hizo)(?!\w)", re.I)
STILL_NOT = re.compile(r"\bstill\s+(?:does|do|is|are)(?:n['’]?t|\s+not)\b|\bstill\s+no\b|\b(?:is|are)(?:n['’]?t|\s+not)\s+getting\b",
                       re.I)
PAST_PARTICIPLE = re.compile(r"\b(?!(?:un|need|schedul|plann|expect|supposed)\w*ed\b)\w{3,}ed\b", re.I)
PRESENT = re.compile(r"\b(?:am|is|are|I['’]m|it['’]s|he['’]s|she['’]s|there['’]s|we['’]re|they['’]re)\b", re.I)
# words that place a statement in time without naming a day: no default day for those
VAGUE_TIME = re.compile(r"\b(?:week|weeks|month|months|year|semester|quarter|trimester|since|ago|lately|recently|"
                        r"this\s+(?:fall|spring|winter|term)|before\s+(?:the\s+)?break|"
                        r"(?<!\bmy\s)(?<!\bhis\s)(?<!\bher\s)(?<!\byour\s)last\s+"
                        # "left the last page blank": a part of the work, not a time
                        r"(?!(?:page|pages|question|questions|problem|problems|part|section|item|items|paragraph|"
                        r"one|two|three|few\s+(?:pages|questions|problems))\b)\w+|all\s+(?:week|"
                        r"month|year)|"
                        r"january|february|march|april|may|june|july|august|september|october|november|december|"
                        r"so\s+far|times)\b", re.I)
SPAN = re.compile(r"\b(?:the\s+)?(?:last|past)\s+(?P<count>two|three|four|five|six|\d|couple\s+of|few)\s+weeks\b|"
                  r"\bsince\s+the\s+(?:beginning|start)\s+of\s+the\s+(?P<unit>month|week)\b", re.I)
# a daily service missed day after day: "every school day since 3/2", "each day since Monday - 6 days so far"
EVERY_DAY_SINCE = re.compile(r"\b(?:every|each)\s+(?:single\s+)?(?:school\s+)?day\s+since\s+(?P<rest>[^.;!?]{0,60})", re.I)
DAYS_SO_FAR = re.compile(r"\b(?P<count>\d{1,2})\s+(?:school\s+)?days\s+(?:so\s+far|in\s+all|total|now)\b", re.I)


# a class the child has every school day: a co-taught or inclusion class, a resource class period
DAILY_CLASS = re.compile(r"\bco-?(?:taught|teach(?:ing)?)\b|\binclusion\s+class(?:es)?\b|\bresource\s+(?:room|class)\b", re.I)
# "has been out since 10/14", "has not been getting it since Monday": a state that has lasted since the day named
SINCE_A_DAY = re.compile(r"\bsince\s+(?:last\s+)?$", re.I)
PERFECT = re.compile(r"\b(?:has|have)(?:n['’]?t|\s+not)?\s+been\b", re.I)
SCHOOL_DAY_STARTS = 9  # a message sent before this hour cannot tell of that day's classes


def school_days_since(first: date, last: date, text: str) -> list[date]:
    """Each weekday from the first day through the last; a count said with it ("11 days so far") caps it."""
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    days = [day for day in days if day.weekday() < 5]
    count = DAYS_SO_FAR.search(text)
    if count and 0 < int(count.group("count")) <= len(days):
        days = days[:int(count.group("count"))]
    return days


# an absence that has lasted a while, told in the perfect: reported even when no day is named
_COUNT_WORD = r"(?:a|an|one|two|three|four|five|six|seven|eight|\d{1,2}|several|a\s+few|a\s+couple\s+of)"
_MONTH_NAME = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
               r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b")
# how long it has lasted: "since …", "in three weeks", "for over a month", "this year", "all semester", "yet"
_LASTED = (r"(?:since|(?:for|in)\s+(?:(?:over|more\s+than|almost|nearly|about|close\s+to)\s+)?(?:\w+\s+){0,2}"
           r"(?:weeks?|months?|days?)|this\s+(?:school\s+)?(?:year|semester|quarter|trimester|month|term|fall|spring|winter)|"
           r"all\s+(?:year|semester|quarter|trimester|month|term|fall|spring|winter)|in\s+" + _MONTH_NAME + r"|"
           r"so\s+far)\b")
DURATION = re.compile(
    r"\bstill\s+(?:has|have)(?:\s*n['’]?o?t|\s+not)\s+(?:had|gotten|got|received|been)\b|"
    r"\b(?:has|have)(?:\s*n['’]?o?t|\s+not)\s+(?:(?:even|really|once|actually)\s+)?(?:had|gotten|got|received|seen|"
    r"worked\s+with|met|happened|come|taken\s+place|gone\s+to|"
    r"been\s+(?:going\s+to|seen|to|given|held|provided|delivered|offered|pulled|picked\s+up|served|in|out\s+to|able\s+to|there))\b"
    r"[^.;]*?\b" + _LASTED + r"|"
    # "she has had no OT since school started", "there has been no speech this month"
    r"\b(?:has|have)\s+(?:had|gotten|got|received|been)\s+no\b[^.;]*?\b" + _LASTED + r"|"
    r"\bthere(?:['’]s|\s+has)\s+been\s+no\b[^.;]*?\b" + _LASTED + r"|"
    r"\b(?:has|have)\s+been\s+(?:out|on\s+leave|absent)\s+(?:since|for\s+(?:\w+\s+){0,2}(?:weeks?|months?|days?))\b|"
    r"\b(?:has|have)\s+been\s+(?:out\s+)?on\s+(?:medical\s+|maternity\s+|paternity\s+|family\s+|extended\s+)?leave\b|"
    # "it's been a month since she had OT", "she's gone three weeks without speech", "another week with no speech"
    r"\bit(?:['’]s|\s+has|\s+had)\s+been\s+(?:(?:over|more\s+than|almost|nearly|about|close\s+to)\s+)?" + _COUNT_WORD +
    r"\s+(?:full\s+)?(?:weeks?|months?)\s+since\b|"
    r"\b(?:gone|went|going)\s+(?:(?:over|more\s+than|almost|nearly|about)\s+)?" + _COUNT_WORD +
    r"\s+(?:full\s+|whole\s+)?(?:weeks?|months?|days?)\s+(?:without|with\s+no)\b|"
    r"\banother\s+(?:whole\s+|full\s+)?(?:week|day|month)\s+(?:without|with\s+no|of\s+no)\b|"
    # put on hold, paused, the post left empty: "counseling has been on hold since the counselor left"
    r"\b(?:has|have|had)\s+been\s+(?:(?:put|placed)\s+)?(?:on\s+hold|paused|suspended|vacant|unfilled)\b|"
    # a count of misses over a while: "cancelled four times since school started", "three weeks in a row",
    # "only once this month", "only 2 of her 8 sessions"
    r"\b(?:(?:" + _COUNT_WORD + r"|twice)\s+(?:times\s+)?(?:weeks?\s+)?in\s+a\s+row|" + _COUNT_WORD +
    r"\s+times\s+(?:since|this|in\s+(?:the\s+)?(?:last|past))|(?:only|just)\s+(?:once|twice|one\s+time|two\s+times)"
    r"(?!\s+(?:a|per|each|every)\b)|(?:once|twice|one\s+time|two\s+times)\s+(?:since|this\s+(?:school\s+)?(?:year|semester|"
    r"quarter|trimester|month|term|fall|spring|winter)|in\s+(?:the\s+)?(?:last|past)|all|so\s+far))\b|"
    r"\b(?:only|just)\s+(?:(?:got|had|received|attended|gotten)\s+)?(?:\d{1,2}|one|two|three|four|five|six)\s+(?:of|out\s+of)\s+"
    r"(?:the\s+|her\s+|his\s+|their\s+)?(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twelve)\b|"
    # "the third speech session this month that didn't happen", "half of her OT sessions were cancelled"
    r"\b(?:second|third|fourth|fifth|sixth|\d{1,2}(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,2}?(?:session|time|week|day)\s+"
    r"(?:this|in\s+a\s+row|since|that|straight)\b|"
    r"\b(?:zero|0)\s+(?:[\w-]+\s+)?(?:sessions|minutes)\b|"
    r"\b(?:half|most|many|several|a\s+lot|more\s+than\s+half|all)\s+of\s+(?:her|his|their|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:sessions|minutes|services|lessons|groups)\b|"
    # a month or a stretch gone without: "for most of October", "we are now into week four with no reading group",
    # "speech: none since Oct 20", "the last time she had OT was October 28"
    r"\b(?:for|during|through(?:out)?|in)\s+(?:most|all|much|the\s+rest)\s+of\s+(?:the\s+)?(?:" + _MONTH_NAME +
    r"|month|semester|quarter|trimester|term|fall|spring|winter)|"
    r"\b(?:into|in)\s+(?:week|month)\s+(?:two|three|four|five|six|\d)\b|\bnone\s+since\b|"
    # "there is still no OT, and it's been a month": the post still empty
    r"\bthere\s+(?:is|was)\s+still\s+no\b|"
    # "she has stopped going to speech", "she isn't going to OT anymore", "counseling just stopped after October"
    r"\b(?:has|have)\s+stopped\s+(?:going|getting|having|receiving|attending)\b|"
    r"\b(?:is|are|does|do)(?:n['’]?t|\s+not)\s+(?:going\s+to|getting|having|receiving|get|have|go\s+to|receive)\b[^.;]{0,40}?"
    r"\bany\s?more\b|"
    r"\b(?:stopped|ended)\s+(?:after|in|at\s+the\s+end\s+of|when|once)\b|"
    r"\b(?:has|have)(?:n['’]?t|\s+not)\s+been\s+(?:getting|receiving|going)\b[^.;]*?\b" + _LASTED + r"|"
    r"\b(?:nobody|no\s+one)\s+(?:[\w-]+\s+){0,4}?(?:has|have)\s+[^.;]*?\b" + _LASTED + r"|"
    r"\blast\s+time\s+(?:he|she|they|(?-i:[A-Z][a-z]+))\s+(?:had|saw|got|went\s+to|was\s+(?:seen|pulled)\s+for)\b|"
    # a count of sessions missed with no day: "missed 6 of his 10 counseling sessions", "missed her last four sessions",
    # "two of his three speech sessions this month were cancelled", "he received only 60 of the 120 minutes"
    r"\b(?:missed|lost)\s+(?:(?:his|her|their|the)\s+)?(?:last\s+)?(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve)\s+(?:of\s+(?:his|her|their|the)\s+"
    r"(?:\d{1,2}|\w+)\s+)?(?:[\w-]+\s+){0,2}?(?:sessions|groups|lessons|visits)\b|"
    r"\b(?:\d{1,2}|two|three|four|five|six)\s+of\s+(?:his|her|their|the)\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|"
    r"nine|ten|twelve)\s+(?:[\w-]+\s+){0,2}?(?:sessions|groups|lessons|visits)\s+(?:[\w-]+\s+){0,3}?(?:were|have\s+been|got)\s+"
    r"(?:cancel+ed|missed|skipped|not\s+(?:held|delivered|provided))|"
    r"\b(?:got|had|received)\s+(?:only|just|maybe|about)\s+(?:\d{1,3}|half)\s+(?:of|out\s+of)\s+(?:his|her|their|the)\b|"
    r"(?<![\w.,/])\d{1,2}\s+(?:of|out\s+of)\s+\d{1,2}\s+(?:[\w-]+\s+)?(?:sessions|groups|lessons|visits)\s+"
    r"(?:were\s+)?(?:delivered|held|provided|completed|received|attended)\b|"
    # the perfect over a while: "his behavior plan has not been implemented since the new teacher started"
    r"\b(?:has|have)(?:\s*n['’]?o?t|\s+not)\s+(?:yet\s+)?been\s+(?:implemented|followed|honou?red|used|in\s+place|able\s+to\s+"
    r"(?:see|meet|serve|provide|deliver))\b[^.;]*?\b(?:" + _LASTED + r"|weekly|sessions)\b|"
    r"\b(?:sessions|services|therapy|groups?|minutes|support)\s+(?:stopped|ceased|ended)\s+(?:in|after|at\s+the\s+end\s+of|"
    r"when|once|since)\b", re.I)

_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "twice": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_N = r"(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_M = r"(?P<m>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# how many sessions a report with no day says were missed: "cancelled twice this week", "three weeks in a row",
# "missed her last four sessions", "6 of his 10 sessions", "only 2 of her 8 sessions happened" (6 missed)
MISSED_COUNT = re.compile(
    r"\b(?:cancel+ed|missed|skipped|no-?show|called\s+off)\b[^.;]{0,40}?\b(?P<twice>twice|(?:two|three|four|five|\d)\s+times)\b|"
    r"\b(?P<row>two|three|four|five|six|\d)\s+(?:(?:straight\s+)?(?:weeks|days|sessions|times|mondays|tuesdays|wednesdays|"
    r"thursdays|fridays)\s+)?in\s+a\s+row\b|"
    r"\b(?P<only>only|just|got|had|received|attended)\s+(?:(?:got|had|received|attended)\s+)?(?:about\s+)?(?P<got>\d{1,2}|one|two|three|"
    r"four|five|six)\s+(?:of|out\s+of)\s+(?:his|her|their|the)\s+" + _M + r"\s+(?:[\w-]+\s+){0,2}?"
    r"(?:sessions|groups|lessons|visits)\b|"
    r"\b(?:missed|lost)\s+(?:(?:his|her|their|the)\s+)?(?:last\s+)?" + _N + r"\s+(?:of\s+(?:his|her|their|the)\s+\w+\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:sessions|groups|lessons|visits)\b|"
    r"(?<![\w.,/])(?P<held>\d{1,2})\s+(?:of|out\s+of)\s+(?P<plan>\d{1,2})\s+(?:[\w-]+\s+)?(?:sessions|groups|lessons|visits)\s+"
    r"(?:were\s+)?(?:delivered|held|provided|completed|received|attended)\b|"
    r"\b(?P<k>\d{1,2}|two|three|four|five|six)\s+of\s+(?:his|her|their|the)\s+(?:\d{1,2}|\w+)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:sessions|groups|lessons|visits)\s+(?:[\w-]+\s+){0,3}?(?:were|have\s+been|got)\s+(?:cancel+ed|missed|skipped|not)",
    re.I)


def missed_count(text: str) -> int:
    """The number of sessions a report that names no day says were missed (0: it does not say)."""
    match = MISSED_COUNT.search(text)
    if not match:
        return 0
    def number(word: str) -> int:
        return int(word) if word.isdigit() else _COUNT.get(word.lower(), 0)
    if match.group("twice"):
        return number(match.group("twice").split()[0])
    if match.group("row"):
        return number(match.group("row"))
    if match.group("got"):
        return max(0, number(match.group("m")) - number(match.group("got")))
    if match.group("held"):
        return max(0, number(match.group("plan")) - number(match.group("held")))
    return number(match.group("n") or match.group("k"))
# sessions said to be still owed: reported even when no day is named ("neither session was made up")
STILL_OWED = re.compile(r"(?:\bnot|\bnever|n['’]t)\s+(?:been\s+|ever\s+)?made\s+up|\bever\s+made\s+up|"
                        r"\bneither\s+(?:\w+\s+){1,2}?(?:was|were)\s+made\s+up|\b(?:is|are|still)\s+owed\b|"
                        r"\bwe\s+(?:still\s+)?owe\s+(?:him|her|them)\b", re.I)
MAY_NAME_A_DAY = re.compile(r"\d|\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|tomorrow|tmrw?|yesterday|ago|last\s+night|"
                            r"mon|tue|wed|thu|fri|sat|sun)", re.I)
SPECIFIC_DAY = {"numeric", "month_day", "day_month", "weekday_the_nth", "relative_day", "weekday", "day_of_month"}
NEXT = re.compile(r"\bnext\s+(?:week|month)\b", re.I)
# a past week named without its day: "speech was cancelled twice last week"
# "no speech again this week": a session of the week so far (not "it quit working this week")
PAST_WEEK = re.compile(r"(?<!the\s)\b(?:last|earlier\s+this|this\s+past|over\s+the\s+past|all)\s+week\b|"
                       r"\b(?:again|at\s+all)\s+this\s+week\b", re.I)
# "speech did not take place this week": a past report of the week so far
THIS_WEEK = re.compile(r"\b(?:this\s+|during\s+(?:the\s+)?(?:[\w-]+\s+)?)week\b", re.I)
RANGE = re.compile(r"\b(?P<a>mon|tues?|wed|thur?s?|fri)[a-z]*\.?\s+(?:through|thru|to|until|-|–)\s+"
                   r"(?P<b>mon|tues?|wed|thur?s?|fri)[a-z]*\b", re.I)
# possessive spaces around an optional hyphen: "\s*-?\s*" split a run of spaces two ways (quadratic)
MINUTES = re.compile(r"\b(?P<n>\d{1,3})\s*+(?:-\s*+)?(?:minutes?|mins?)\b", re.I)
HOURS = re.compile(r"\b(?P<n>an?|one|two|three|\d(?:\.\d)?)\s+(?:and a half\s+)?hours?(?:\s+and a half)?\b", re.I)
APPROX = r"(?:(?:about|around|approximately|approx\.?|roughly)\s++)?"
CLOCK_RANGE = re.compile(
    r"\bfrom\s++" + APPROX + r"(?P<h1>\d{1,2})(?::(?P<m1>\d{2}))?"
    r"\s*+(?:[ap]\.?m\.?\s*+)?(?<=\s)(?:to|until|till|-|–)\s++"  # "3 to", "3pm to": a space before "to", read once
    + APPROX + r"(?P<h2>\d{1,2})(?::(?P<m2>\d{2}))?|"
    # "12:10-12:45", "12:10 to 12:45": both ends written as clock times, with or without "from"
    r"\(?\b(?P<h3>\d{1,2}):(?P<m3>\d{2})\s*+(?:[ap]\.?m\.?\s*+)?(?:[-–]|(?<=\s)(?:to|until|till)(?=\s))\s*+"
    r"(?P<h4>\d{1,2}):(?P<m4>\d{2})\b",
    re.I)
# "30 minutes each", "two 30-minute sessions": the minutes of one session, not a total to divide
PER_SESSION = re.compile(r"\beach\b|\bper\b|\bapiece\b|\b\d++\s*+(?:-\s*+)?minute\b|"
                         r"\ba\s+(?:session|week|day)\b|\bevery\b|\bsessions\s+of\s+\d|\bmin\w*\s*x\s*\d", re.I)
WORD_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3}


# "we only had about 20 of our 45 minutes": the minutes lost are the difference
PART_OF = re.compile(r"\b(?:only\s+(?:got|had|did|received|saw\s+\w+\s+for)|(?:got|had|received)\s+only)\s+(?:about\s+|around\s+|maybe\s+)?(?P<got>\d{1,3})\s+"
                     r"(?:minutes?\s+)?(?:of|out\s+of)\s+(?:our|her|his|the|their|its)\s+(?P<of>\d{1,3})\s*+(?:-\s*+)?"
                     r"(?:minutes?|mins?)\b", re.I)


def minutes(text: str) -> int | None:
    part = literals.search(PART_OF, text)
    if part and int(part.group("of")) > int(part.group("got")):
        return int(part.group("of")) - int(part.group("got"))
    match = literals.search(MINUTES, text)
    if match:
        return int(match.group("n"))
    match = literals.search(HOURS, text)
    if match:
        count = match.group("n").lower()
        hours = float(WORD_NUMBERS.get(count, 0) or count)
        if "half" in match.group(0).lower():
            hours += 0.5
        return int(hours * 60)
    if re.search(r"\bhalf an? hour\b", text, re.I):
        return 30
    match = literals.search(CLOCK_RANGE, text)
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


def clock_only(text: str) -> bool:
    """"Job site (Thursdays, 9:00-11:00) did not happen on …": a time of day is one session's length, not a total."""
    return not literals.search(MINUTES, text) and not literals.search(HOURS, text) and bool(literals.search(CLOCK_RANGE, text))


def minutes_after_each(piece: str, mentions) -> dict:
    """"January 6 (about 90 minutes), February 4 (lunch)": minutes written right after a date."""
    found = {}
    for mention in mentions:
        after = re.match(r"\s*\(([^)]{0,40})\)", piece[mention.end:])
        if after:
            value = minutes(after.group(1))
            if value:
                found[mention.day] = value
    return found


# days counted back from the day of the message: "two days ago", "the day before yesterday"
DAYS_AGO = re.compile(r"\b(?P<count>\d|one|two|three|four|five|six|a)\s+(?P<unit>(?:school\s+)?days?|weeks?)\s+ago\b|"
                      r"\bthe\s+day\s+before\s+yesterday\b|\b(?P<night>last\s+night)\b|"
                      # "the last three Tuesdays": each of them, back from the message
                      r"\b(?:the\s+)?(?:last|past)\s+(?P<times>two|three|four|five|\d)\s+"
                      r"(?P<weekdays>mon|tues|wednes|thurs|fri)days\b|"
                      # "every Tuesday this month": each of them so far
                      r"\bevery\s+(?P<each>mon|tues|wednes|thurs|fri)day\s+this\s+(?P<span>month|week)\b", re.I)


def _days_ago(text: str, sent_day: date) -> list:
    found = []
    for match in DAYS_AGO.finditer(text):
        if match.group("weekdays"):
            count = match.group("times").lower()
            number = int(count) if count.isdigit() else NUMBER_WORDS.get(count, 1)
            weekday = WEEKDAYS.get(match.group("weekdays").lower()[:3])
            if weekday is None:
                continue
            day = sent_day - timedelta(days=(sent_day.weekday() - weekday) % 7)
            for week in range(min(number, 10)):
                found.append(DateMention(match.start(), match.end(), match.group(0), day - timedelta(days=7 * week),
                                         False, "relative_day"))
            continue
        if match.group("each"):
            weekday = WEEKDAYS.get(match.group("each").lower()[:3])
            day = sent_day - timedelta(days=(sent_day.weekday() - weekday) % 7)
            first = sent_day.replace(day=1) if match.group("span").lower() == "month" \
                else sent_day - timedelta(days=sent_day.weekday())
            while day >= first:
                found.append(DateMention(match.start(), match.end(), match.group(0), day, False, "relative_day"))
                day -= timedelta(days=7)
            continue
        if match.group("night"):
            day = sent_day - timedelta(days=1)  # "the homework last night": the evening before the message
        elif not match.group("count"):
            day = sent_day - timedelta(days=2)
        else:
            count = match.group("count").lower()
            number = int(count) if count.isdigit() else NUMBER_WORDS.get(count, 1)
            unit = match.group("unit").lower()
            if unit.startswith("week"):
                day = sent_day - timedelta(days=7 * number)
            elif unit.startswith("school"):
                day = sent_day
                for _ in range(number):
                    day -= timedelta(days=1)
                    while day.weekday() >= 5:
                        day -= timedelta(days=1)
            else:
                day = sent_day - timedelta(days=number)
        found.append(DateMention(match.start(), match.end(), match.group(0), day, False, "relative_day"))
    return found


def days_in(text: str, sent_day: date, prefer: str = "past", offset: int = 0, quotes=()) -> list:
    if not MAY_NAME_A_DAY.search(text):
        return []  # find_dates runs a dozen patterns; most sentences name no day at all
    found = [m for m in find_dates(text, sent_day, prefer=prefer)
             if m.day <= sent_day and not m.deadline and m.kind in SPECIFIC_DAY
             and not inside(quotes, offset + m.start, offset + m.end)]
    lowered = text.lower()
    if "ago" in lowered or "day before" in lowered or "last night" in lowered or "day" in lowered:
        # "the day before yesterday" also holds "yesterday": the longer phrase names the day
        extra = [m for m in _days_ago(text, sent_day) if not inside(quotes, offset + m.start, offset + m.end)]
        found = [m for m in found if not any(e.start <= m.start < e.end for e in extra)] + extra
        found.sort(key=lambda m: m.start)
    return found


def days_ahead(text: str, sent_day: date, offset: int = 0, quotes=()) -> list:
    """The next days a notice names ("no CBI tomorrow (Fri 2/13)", "we will not be going this Thursday"): a
    session called off a day or two ahead, when the staff or the van is already gone, is missed on its own day.
    Not a plan for next week ("speech will be cancelled next Tuesday for the assembly"), which may still change."""
    if not MAY_NAME_A_DAY.search(text) or re.search(r"\bnext\b", text, re.I):
        return []
    return [m for m in find_dates(text, sent_day, prefer="future")
            if sent_day < m.day <= sent_day + timedelta(days=3) and not m.deadline and m.kind in SPECIFIC_DAY
            and not inside(quotes, offset + m.start, offset + m.end)]


# "on both days", "either day": every day the sentence before named
BOTH_DAYS = re.compile(r"\b(?:both|either|those|these)\s+(?:days|dates|times|day)\b", re.I)


def weekday_ranges(text: str, sent_day: date, direction: str) -> list[date]:
    """"Monday through Wednesday this week": every school day of the range, in the week it names,
    else the nearest one in the direction the sentence points."""
    days = []
    for match in RANGE.finditer(text):
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


def attributive_weekday(text: str, mention) -> bool:
    """"her Friday lunch group", "Rowan's Thursday group": a weekday naming which session, not a day."""
    return (mention.kind == "weekday" and mention.text[:1].isupper() and mention.text.lower()[:3] in WEEKDAY_PREFIXES
            and bool(ATTRIBUTIVE_DAY.search(text[max(0, mention.start - 8):mention.start]))
            and bool(re.match(r"\s+[a-z]", text[mention.end:mention.end + 3])))


# "Monday, Tuesday and today": weekdays listed with today or yesterday are days already gone
LISTED_WITH_TODAY = re.compile(r"\b(?:mon|tue|wed|thu|fri)[a-z]*\.?,?\s+(?:(?:and|&)\s+)?(?:(?:mon|tue|wed|thu|fri)[a-z]*\.?,?\s+"
                               r"(?:(?:and|&)\s+)?)*(?:again\s+)?(?:today|yesterday)\b", re.I)


def direction(text: str) -> str:
    """Which way a weekday name points: back for a report ("on Friday nobody read the test to her"),
    forward for a plan or a present-tense notice ("no OT this week, I'm out Wed through Fri")."""
    text = REFUSED.sub(" ", text)  # "would not let her" is told in the past
    if PAST.search(text) or PAST_PARTICIPLE.search(text) or LISTED_WITH_TODAY.search(text):
        return "past"
    return "future" if FUTURE.search(text) or PRESENT.search(text) else "past"


def weeks_named(text: str, sent_day: date, prefer: str = "past") -> list[date]:
    """The last day of each week a text names by one of its days ("the week of 10/5", "the week of October 5"), for
    the weeks already under way when the message was sent."""
    if "week" not in text.lower():
        return []
    return [m.day for m in find_dates(text, sent_day, prefer=prefer)
            if m.kind == "week_of" and m.day - timedelta(days=4) <= sent_day]

