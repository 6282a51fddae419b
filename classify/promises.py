"""Promises: sentences in which the sender, or the school through the sender, commits to act.

Rules, each named in the evidence:
- first-person:  "I'll …", "we will …", "I'm also going to …", "I expect to have …", "let me check and
                 get back to you", "Will check." / "ill send it" (phone-typed), "I've scheduled the redo for Tuesday",
                 "I'm giving her the screener next Tuesday" (a progressive with a coming date), "I can send it by
                 Friday" (an offer with its own deadline), "I'd like to … and will reach out";
- third-person:  "Ms. Natarajan will put together …", "Mr. Lee is going to start …", "he has committed
                 to …", "she will send you …" (when "she" is a staff member named just before, not the child),
                 "Matt will send …" (a first name the record knows as exactly one adult), "She's making them up
                 on 4/21" (a colleague's dated arrangement);
- should-by-date: "the aide should be in place next week", "That should be done in two weeks";
- service-will:  from a school's mailbox, a thing it provides as the subject: "Copies of his file will be
                 ready by Friday", "A monitor will be assigned to the route starting Monday", or the adult who
                 will serve the child: "Her first day with Ivy will be Tuesday, March 3";
- child-arrangement: from a school's mailbox, the child's work set up for a coming day with its support:
                 "Kenji will retake the quiz Wednesday with his time and a half";
- relayed:       from a school's mailbox, a named colleague's word passed on, with its day: "Ms. Ruiz told me she'll
                 send her slides every Friday", "Mr. Diaz confirmed that the request will be submitted by the 13th";
- recap:         in a recap of a call or meeting, "you said you would …", "… and that Mr. Garza
                 would email me by Monday" (the written record of a verbal promise), and a list of who does what
                 under "Next steps:" ("- Mr. Hale: schedule the observation by 10/30");
- notices:       "Expect an email from me", "Keep an eye out for a letter from the district next week", "It'll be in
                 his folder tomorrow", "A copy is going home with him Friday", "On it!", "Consider it done";
- household:     from a parent, the family doing the parent's part: "My husband will drop the form off tomorrow",
                 "Rory will bring the slip back Friday".
Not promises: "I will be out Friday", "I'll be at …", attending or joining a meeting, questions, regrets ("I should
have held the test", "… and I should have"), a stance to argue ("I'll be recommending ESY"), what a meeting will take
up ("we'll review his transition plan", in a message about the meeting), what a class will practise ("we'll work on
taking turns", "we'll do our store lesson instead"), what hangs on the reader acting first ("drop the test in my box
the day before, and I'll read it to him"), deferring ("I'll let her answer that"), an out-of-office "I will respond when I return",
standing schedule changes ("starting next week I'm covering …"), what usually happens ("they'll call you, usually
within two weeks"), a purpose ("… so that we can finish testing by April"), conditionals ("if …";
"once …" does not void one), quoted speech (someone else's words inside this message), words relayed
from a third party without a name or a day ("the district told me the sessions will be made up"), relative clauses ("the dates
on which the district will …"), list intros ("Ms. Moss will send:"), and anything in auto-replies and
newsletters. The due date is resolved from the sent date (see `_due`).
"""
from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta

from spacy.tokens import Doc

from ieptrail.classify import literals
from ieptrail.classify.model import MessageText, Person, PromiseFound, TopicMention
from ieptrail.classify.sentences import (
    TITLED_NAME, People, Sentence, interleaved_quote_spans, mostly_quoted, quoted_spans, writes_for_school,
)
from ieptrail.classify.when import NUMBER_WORDS, DateMention, add_business_days, find_dates

_APOSTROPHE = "['’]"
# an adverb between the subject and its modal, or between the modal and the verb: "I'm also going to", "we will definitely"
_ADVERB = r"(?:also|still|definitely|certainly|personally|then|now|just|really|actually|gladly|happily|absolutely)"
# Every run of spaces is possessive, read by one quantifier only: each part after it starts with a letter or an
# apostrophe, so nothing is lost, and a run of spaces split between quantifiers was quadratic (quartic in
# _THIRD_PERSON, 75 s for 400 spaces).
_FIRST_PERSON = re.compile(
    rf"\b(?P<who>I|i(?=\s*+(?:{_APOSTROPHE}ll|will|am|{_APOSTROPHE}m|expect|hope)\b)|[Ww]e)\s*+(?:{_ADVERB}\s++)?"
    rf"(?P<modal>{_APOSTROPHE}ll|will|shall|"
    rf"(?:am|{_APOSTROPHE}m|are|{_APOSTROPHE}re)\s++(?:{_ADVERB}\s++)?(?:(?:going|planning|aiming) to|gonna|planning on(?=\s++[a-z]+ing\b))|"
    rf"plan to|intend to|promise to|should be able to|should have|will be sure to|aim to|"
    # "I'm scheduled to test her Tuesday", "we're set to start the new plan Monday"
    rf"(?:am|{_APOSTROPHE}m|are|{_APOSTROPHE}re)\s++(?:scheduled to|set to|slated to)|"
    rf"(?:{_APOSTROPHE}d|would)?\s*+expect to (?:have|get|send|finish|be able to)|"
    rf"(?:(?:am|{_APOSTROPHE}m)\s++hoping|hope) to (?:have|get|send|finish))\b\s*(?P<rest>.*)",
    re.S,
)
# "I should have held the test", "we should have let you know": a regret, not "we should have it by Friday"
_PAST_PARTICIPLE = re.compile(r"(?:\w+ed|\w+en|put|let|held|sent|told|done|been|gone|made|said|caught|brought|kept|got|set|"
                              r"read|had|thought|known|seen|heard|paid|left|met|run|hit|cut)\b", re.I)
# a present progressive with a coming date is an arrangement already made: "I'm giving her the placement test next
# Wednesday", "we're submitting the form by the 24th" (not states, feelings or being away: "I'm hoping", "I'm leaving")
_PROGRESSIVE = re.compile(
    rf"\b(?P<who>I|[Ww]e)\s*(?:{_APOSTROPHE}m|am|{_APOSTROPHE}re|are)\s+(?:{_ADVERB}\s+)?(?P<rest>(?P<verb>[a-z]+ing)\b.*)", re.S)
_NOT_AN_ARRANGEMENT = re.compile(
    r"(?:go|leav|attend|join|meet|travel|travell|tak|work|hop|wonder|think|writ|reach|follow|check|look|feel|try|wait|"
    r"plann|expect|get|com|hav|be|los|miss|sitt|stay|keep|runn|do|us|see|teach|cover|sub|host|present|out|aim|shoot)ing$", re.I)
# a meeting set up to settle something, or someone set to act for the writer, is an arrangement after all:
# "I'm meeting with the bus supervisor Monday to sort out the route", "I'm having the office mail you a copy Friday"
# (not "I'm meeting with her parents Monday": an appointment, nothing settled or handed over)
_ARRANGED_WITH = re.compile(
    r"(?:meeting|talking|speaking|sitting down)\s++(?:with\s++)?(?:[^.;!?]|(?<=\b(?:Mr|Ms|Dr))\.|(?<=\bMrs)\.){0,60}?\bto\s++(?:go over|sort out|settle|fix|work out|"
    r"finalize|plan|set up|schedule|figure out|straighten out|put together)\b|"
    # "we're working on getting him a new device by next week": the arrangement under way, with its day
    r"working\s++on\s++(?:getting|setting up|scheduling|arranging|finding|putting together|finishing|fixing)\b|"
    r"having\s++(?:(?:Mr|Mrs|Ms|Dr)\.?\s++[A-Z][\w'’-]+|(?:the|our|her|his)\s++(?:[\w-]+\s++){0,2}?(?:office|teacher|aide|nurse|"
    r"counselor|case manager|therapist|SLP|OT|PT|principal|driver|para|staff|coordinator|psychologist|secretary|registrar))"
    r"\s++(?:call|send|mail|email|bring|drop|deliver|contact|reach out|set up|schedule|meet|test|observe|check|fix|order)\b")
# "starting next week I'm covering another building": a standing change of schedule, not one act owed
_STARTING_FROM = re.compile(r"\b(?:starting|beginning|from now on|going forward|for the rest of)\b", re.I)
# "I can send the first set by the end of next week": an offer with its own deadline is an undertaking
_CAN_BY = re.compile(rf"\b(?P<who>I|i(?=\s+can\b)|[Ww]e)\s+can\s+(?:{_ADVERB}\s+)?(?P<rest>(?!do\b|meet\b|talk\b|come\b|be\b|see\b)[a-z]+\b.*)", re.S)
# "I'd be happy to send you the log by Friday": an offer with its own deadline, like "I can …"
_HAPPY_TO = re.compile(rf"\b(?P<who>I|[Ww]e)(?:\s*{_APOSTROPHE}d\s+be|\s+would\s+be|\s*{_APOSTROPHE}m|\s+am|\s*{_APOSTROPHE}re|\s+are)\s+"
                       r"(?:more than\s+)?(?:happy|glad)\s+to\s+(?P<rest>(?!do\b|meet\b|talk\b|come\b|be\b|see\b|help\b|answer\b|hold\b|"
                       r"schedule\b|set up\b|arrange\b|host\b|sit\b|chat\b|discuss\b|go over\b|explain\b|walk\b|join\b|attend\b)[a-z]+\b.*)", re.S)
# (or on its way: "I can send the sheets over tomorrow", "I can send it home with him Friday")
_CAN_DELIVER = re.compile(r"(?:get|send|have|drop|bring|email|mail)\b[^.;!?]{0,40}?\b(?:to\s+you|over|home|your\s+way|off)\b|"
                          r"(?:bring|drop|turn|hand|send)\s+(?:(?:it|them|that|this|those)\s+)?in\b|"
                          r"(?:send|e-?mail|mail|text|forward)\s+you\b", re.I)
# what usually happens, not what this writer undertakes
_HABITUAL = re.compile(r"\b(?:usually|typically|normally|generally|as a rule|in most cases)\b", re.I)
# "… so that we can …", "… so we can …": the purpose of something asked or done, not an offer
_PURPOSE = re.compile(r"\b(?:so(?: that)?|in order that)\s*+$", re.I)
# "I need to get the form back to you by Friday", "I still have to finish her report by the 30th": a duty the writer
# names for themself is an undertaking when it has its own coming day or hands something to the reader
# (not "I need to know", "I have to leave early", "I must say", "we need to meet")
_OWN_DUTY = re.compile(
    rf"\b(?P<who>I)\s*+(?:{_ADVERB}\s++)?(?:need to|have to|must|(?:{_APOSTROPHE}ve|have) got to|"
    rf"(?:{_APOSTROPHE}m|am) supposed to)\s++(?:{_ADVERB}\s++)?"
    r"(?P<rest>(?:send|get|finish|complete|submit|schedule|call|email|e-mail|return|sign|fill out|turn in|mail|drop off|"
    r"bring|write up|update|finalize|file|order|set up|look into|follow up|reach out|contact|share)\b.*)", re.S)
# "I'd like to make it up next week and will reach out to set that up": a second verb of the writer's own
_AND_WILL = re.compile(
    rf"\b(?P<who>I|[Ww]e)(?:\s*{_APOSTROPHE}(?:d|m|ve|ll)|\s+(?:would|am|have|need|want))\b(?P<between>[^.;?!]{{0,100}}?)"
    rf"\s(?:and|but)\s+(?:then\s+|also\s+)?will\s+(?P<rest>[a-z]+\b.*)", re.S)
_ANOTHER_SUBJECT = re.compile(r"\b(?:he|she|they|you|who|which|there|it\s+(?:is|was|has|will|would)|it['’]s|[A-Z][a-z]+\s+(?:is|was|has))\b")
# "yes ill start posting them": "I'll" typed without its apostrophe, at the start of what is said
_TYPED_ILL = re.compile(r"(?:^|[,.!;:]\s*|\b(?:yes|yeah|ok|okay|sure|and|so|then|thanks)\s+)[Ii]ll\s+"
                        r"(?!(?:be|that|and|with|today|since|for|from|all|again|this|at|in|on|the|a|because|so|or|but|enough)\b)"
                        r"(?P<rest>[a-z]+\b.*)", re.S)


def _own_undertaking(clause: str, sent_day: date) -> tuple[str, str] | None:
    """The writer's own dated arrangement or offer, or a second verb they commit to (rule, what is promised)."""
    if re.search(r"\b(?:if|unless|whether)\b", clause, re.I):
        return None  # "I can send it Friday if you'd like": a conditional offer
    progressive = literals.search(_PROGRESSIVE, clause)
    if progressive and (not _NOT_AN_ARRANGEMENT.match(progressive.group("verb")) or _ARRANGED_WITH.match(progressive.group("rest"))) \
            and not _STARTING_FROM.search(clause) \
            and _dated_ahead(progressive.group("rest"), sent_day) and not _in_relative_clause(clause, progressive.start()):
        return "first-person:progressive", progressive.group("rest")
    can = literals.search(_CAN_BY, clause) or literals.search(_HAPPY_TO, clause)
    if can and _PURPOSE.search(clause[:can.start()]):
        can = None  # "Please return the consent by the 13th so that we can finish testing in April": why, not what
    if can and any(m.deadline and m.day > sent_day for m in find_dates(can.group("rest"), sent_day, prefer="future")):
        return "first-person:can by", can.group("rest")
    if can and _CAN_DELIVER.match(can.group("rest")) and _dated_ahead(can.group("rest"), sent_day, or_today=True):
        return "first-person:can by", can.group("rest")  # "I can get that to you tomorrow": an offer to deliver, dated
    duty = _OWN_DUTY.search(clause)
    if duty and not _in_relative_clause(clause, duty.start()) and not _NOT_AN_ACT.match(duty.group("rest")) \
            and not re.search(r"\b(?:that|which|who)\s*$", clause[:duty.start()]) \
            and (_dated_ahead(duty.group("rest"), sent_day) or _CAN_DELIVER.match(duty.group("rest"))):
        return "first-person:need to", duty.group("rest")
    joined = literals.search(_AND_WILL, clause)
    if joined and not _ANOTHER_SUBJECT.search(joined.group("between")) and not _NOT_AN_ACT.match(joined.group("rest")):
        return "first-person:and will", joined.group("rest")
    return None


# "I've scheduled the redo for Tuesday 2/3", "we have set up a meeting for the 24th": a dated arrangement made
_ARRANGED = re.compile(
    rf"\b(?P<who>I|[Ww]e)\s*(?:{_APOSTROPHE}ve|have)\s+(?:also\s+|now\s+|already\s+)?"
    r"(?P<rest>(?:scheduled|rescheduled|set up|arranged|booked|reserved|planned|put (?:in|on) (?:a|the|for))\b.*)",
    re.S,
)
# "My plan is to send the goals by Tuesday", "Our goal is to have the draft to you by the 23rd"
_MY_PLAN = re.compile(r"\b(?:(?:[Mm]y|[Oo]ur)\s+(?:plan|goal|intention|intent)\s+is|[Ii]t\s+is\s+(?:my|our)\s+(?:plan|goal|intention|intent))"
                      r"\s+to\s+(?P<rest>[a-z]+\b.*)", re.S)
# the writer vouching for what will happen, in so many words: "I promise you it will be done by Friday", "Rest assured
# that the sessions will be made up", "You have my word that she'll get her minutes", "I'm committed to getting this
# fixed by Friday"
_ASSURED = re.compile(
    rf"(?:\b(?:I|[Ww]e)\s++(?:can\s++)?(?:promise|guarantee|assure)(?:\s++(?:you|them|the family))?|\b[Yy]ou\s++have\s++(?:my|our)\s++word|"
    rf"\b[Rr]est\s++assured)(?:\s*+,)?\s++(?:that\s++)?"
    rf"(?P<rest>[^.;!?]*?(?:{_APOSTROPHE}ll|\bwill|\bis going to|\bare going to)\s[^.;!?]*)|"
    rf"\b(?:I|[Ww]e)(?:\s*+{_APOSTROPHE}m|\s++am|\s*+{_APOSTROPHE}re|\s++are)\s++(?:fully\s++)?committed\s++to\s++(?P<ing>[a-z]+ing\b.*)", re.S)
# "Expect an email from me by Thursday", "You should expect the report by 10/30" (a school's notice, with its date)
# an undated notice still promises when it names what is handed over or who sends it: "Expect an email from me"
_EXPECT_WHAT = re.compile(r"^(?:an?|the|my|our)\s+(?:\w+\s+){0,2}?(?:e-?mail|call|phone call|letter|copy|packet|invit\w*|"
                          r"update|note|draft|report|form|notice|link|text)s?\b(?=[^.;!?]{0,30}\bfrom\s+(?:me|us|our|the|[A-Z])|"
                          r"[^.;!?]{0,40}\b(?:in (?:your|his|her|their|the) (?:inbox|mail|folder|backpack|binder)|home with))", re.I)
_EXPECT = re.compile(r"(?:^(?:[Pp]lease\s+)?|\b[Yy]ou\s+(?:should|can|may)\s+)(?:[Ee]xpect|[Ll]ook\s+(?:out\s+)?for|[Kk]eep\s+an\s+eye\s+out\s+for|[Ww]atch\s+for|"
                     r"[Pp]lan\s+on)\s+"
                     r"(?P<rest>(?:an?|the|my|our|receiving|getting|hearing\s+from|"
                     r"to\s+(?:receive|get|hear))\b(?!\s+(?:great|good|busy|fun|big|lot|little|change|delay)\b).*)", re.S)
# "The district proposes 210 minutes of compensatory speech", "we are offering 6 hours of make-up sessions"
_PROPOSES = re.compile(r"\b(?:[Tt]he\s+(?:district|school|team|IEP team)|[Ww]e)\s+(?:is\s+|are\s+)?"
                       r"propos(?:es?|ing)\s+(?P<rest>(?:an?\s+|the\s+)?(?:\d+|one|two|three|four|five|six|"
                       r"seven|eight|nine|ten|twelve)\s+(?:[\w-]+\s+){0,2}?(?:minutes|hours|sessions)\b.*)", re.S)
# "I'd like to do his make-up session after school Thursday 2/26": a proposal of the writer's own, with its day
_LIKE_TO_DO = re.compile(rf"\b(?P<who>I|[Ww]e)(?:{_APOSTROPHE}d|\s++would)\s++like\s++to\s++"
                         r"(?P<rest>(?:do|hold|give|run|add|schedule|make\s+up)\s+(?:\w+\s+){0,3}?"
                         r"(?:make-?up|makeup|compensatory|comp|retake|redo|extra)\b.*)", re.S)
# subject dropped, with its day: "Happy to send it over tomorrow", "Planning to drop it off Friday", "Sending it Monday"
_SUBJECTLESS_PLAN = re.compile(
    r"^(?:(?i:ok(?:ay)?|yes|sure|thanks|thx|no problem)\b[,.!]*\s*(?:[-–—]\s*)?)?(?:(?:[Hh]appy|[Gg]lad|[Pp]lanning|[Gg]oing)\s+to\s+|[Gg]onna\s+|"
    r"(?=[Ss]ending\b|[Dd]ropping\b|[Bb]ringing\b))(?P<rest>(?i:send|sending|get|bring|bringing|drop|dropping|email|mail|call|"
    r"print|order|update|finish|fix|post|upload|submit|return|sign|text|forward|share)\b(?![^.!?\n]{0,30}\b(?:thoughts|wishes|prayers|love|hugs|regards|luck)\b).*)", re.S)
# "The new aide starts Monday", "Her sessions resume next week": a service the school provides, present tense, dated
# (not "progress reports go home Friday": a calendar's notice)
_THING_STARTS = re.compile(r"\s(?P<modal>)(?P<rest>(?:starts?|begins?|resumes?|restarts?|go(?:es)?\s+into\s+effect|"
                           r"takes?\s+effect)\b.*)", re.S)
# "The make-up session will be Thursday at 2:00", "Her extra sessions are Tuesday and Thursday next week": set for a day
_MAKEUP_SET = re.compile(r"\b(?:make-?ups?|makeup|compensatory|comp|extra|additional)\s+(?:[\w-]+\s+)?(?:sessions?|time|minutes|lessons?|"
                         r"services)\s+(?:will\s+be|is|are)\s+(?P<rest>(?:on\s+|this\s+|next\s+)?(?:mon|tue|wed|thu|fri|tomorrow|"
                         r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d|\d{1,2}/\d).*)", re.S | re.I)
# "Starting March 9, her intervention group will meet during the 1:15 block": a service set to a new time from a day
_STARTING_DAY = re.compile(r"^(?:[Ss]tarting|[Bb]eginning|[Ee]ffective)\s+(?P<when>[^,]{3,40}),")
_SERVICE_MEETS = re.compile(r"\s(?P<modal>will)\s+(?:now\s+)?(?P<rest>meet\b.*)", re.S)
# phone-typed, subject dropped: "Will check.", "will sign tonight n send it tmrw"
_SUBJECTLESS_WILL = re.compile(
    r"^(?:(?i:ok(?:ay)?|yes|sure|thanks|thx|ty|got it|sounds good|no problem|absolutely|of course)\b[,.!]*\s*(?:[-–—]\s*)?)?[Ww]ill\s+(?!you\b|u\b|he\b|she\b|they\b|it\b|"
    r"there\b|we\b|i\b|the\b|this\b|that\b|his\b|her\b|[A-Z])(?P<rest>[a-z]+\b.*)",
    re.S,
)
# "Will do!" has its verb; "On it!", "I'm on it", "Consider it done": an ask taken up in so many words
_ON_IT = re.compile(r"^(?:(?i:ok(?:ay)?|yes|sure|absolutely|got it|will do)\b[,.!]*\s*(?:[-–—]\s*)?)?"
                    r"(?P<rest>(?:I['’]m|I am|[Ww]e['’]re|[Ww]e are)\s+on\s+it|[Oo]n\s+it|[Cc]onsider\s+it\s+(?:done|handled))[\s.!]*+$")
# phone-typed offer with its day: "Can have it to you Friday"
_SUBJECTLESS_CAN = re.compile(r"^(?:(?i:ok(?:ay)?|yes|sure|no problem)\b[,.!]*\s*(?:[-–—]\s*)?)?(?:[Cc]an|[Ss]hould(?:\s+be\s+able\s+to)?)\s+(?P<rest>(?:get|send|have|drop|bring|email|mail)\b.*)", re.S)
_LET_ME = re.compile(
    r"\b[Ll]et me (?P<rest>(?:check|double[- ]check|look into|look in to|find out|ask|follow up|talk|confirm|see what|see if|get back|look at|"
    r"dig into|touch base|reach out|email|call(?!\s+out)|contact|run (?:it|this|that) by|pull|get you|get that|grab|forward|loop in|verify|"
    r"look up|find|connect with|speak with|speak to|schedule|set up|arrange|put together|"
    # "Let me send you the link": not what this message itself goes on to give ("let me send you the list below:")
    r"send\b(?![^.;!?]{0,40}(?:below|here|:)))\b.*)",
    re.S,
)
_STAFF_NOUN = (r"(?:[Oo]ur|[Tt]he|[Hh]is|[Hh]er)\s+(?:office|team|district|school|department|campus|case manager|"
               r"aide|para|paraprofessional|teacher|bus driver|driver|transportation (?:department|office)|SLP|OT|PT|"
               r"therapist|diagnostician|principal|counselor|front office|dispatch|nurse|coordinator|"
               # a role with its field before it: "her speech teacher", "our school psychologist", "the district AT specialist"
               r"(?:(?:district|school|campus|building|special education|sped|ESE|ELL|ESL|speech|language|speech-language|"
               r"occupational|physical|reading|math|vision|hearing|behavior|behavioral|autism|AT|assistive technology|"
               r"resource|inclusion|classroom|homeroom|science|history|English|PE|music|art|assistant|vice|ED|guidance|"
               r"transition|504|bus|health|mental health|IEP|ARD|CSE|evaluation|multidisciplinary|intervention|student support)\s+){1,2}"
               r"(?:teacher|therapist|pathologist|psychologist|specialist|"
               r"coordinator|counselor|principal|director|interpreter|aide|para|nurse|consultant|social worker|liaison|"
               r"case manager|team|office|department|staff|supervisor)|psychologist|social worker|interpreter|specialist|director|"
               # the adults who serve the child, together: "her teachers will …", "his providers will …"
               r"teachers|aides|paras|therapists|providers|related service providers|staff|"
               r"assistant principal|vice principal|case worker)")
# one adult by role (not an office): "the principal", "her speech teacher", "our school psychologist"
_STAFF_PERSON = (r"(?:[Oo]ur|[Tt]he|[Hh]is|[Hh]er)\s+(?:(?:[\w-]+\s+){0,2}?(?:teacher|therapist|pathologist|psychologist|"
                 r"specialist|coordinator|counselor|principal|director|interpreter|nurse|social worker|case manager|aide|para|"
                 r"paraprofessional|diagnostician|driver)|SLP|OT|PT)(?!\w)")
# undated, what the colleague was asked to set up or send the family still is owed: "I've asked Ms. Tran to set up a
# meeting to review his data", "we've asked the OT to call you"
_ASKED_TO_ARRANGE = re.compile(r"(?:set up|schedule|send (?:you|the family|home)|e-?mail you|call you|contact you|reach out to you|"
                               r"get (?:back )?(?:in touch )?(?:with|to) you)\b", re.I)
_TITLED = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Coach|Nurse)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
# "I've asked Ms. Ruiz to send you the schedule by Friday": the colleague asked, with the day it is owed
_ASKED_TO = re.compile(rf"\b(?:I|[Ww]e)(?:\s*{_APOSTROPHE}ve|\s+have)?\s+(?:also\s+)?asked\s+"
                       rf"(?P<who>{_TITLED}|[A-Z][a-z]+|{_STAFF_PERSON})\s+to\s+"
                       r"(?P<rest>(?:send|call|email|get|bring|drop|share|mail|forward|reach|contact|set up|schedule|arrange)\b.*)", re.S)
# "She's making both sessions up this week, on 10/20 and 10/22": a colleague's arrangement already made
_THIRD_PROGRESSIVE = re.compile(
    rf"(?P<who>\b{_TITLED}|\b[Ss]he|\b[Hh]e)\s*(?:{_APOSTROPHE}s|is)\s+(?:{_ADVERB}\s+)?(?P<rest>(?P<verb>[a-z]+ing)\b.*)", re.S)
_THIRD_PERSON = re.compile(
    rf"(?P<who>\b{_TITLED}|\b[Ss]he|\b[Hh]e|\b[Tt]hey|"
    rf"{_STAFF_NOUN}(?:\s+(?:team|staff|department|office))?|"
    rf"\bTransportation|\b[Ss]omeone\s+from\s+(?:the\s+|our\s+)?[\w-]+(?:\s+(?:office|department|team))?|"
    rf"\b[A-Z][a-z]+\s+[A-Z][a-z]+)"
    rf"\s*+(?:\([^)]{{1,30}}\)\s*+)?"  # "Ms. Abernathy (cc'd) will …"
    # "Mr. Luis Ortega from the district behavior team will …"
    rf"(?:from\s+(?:the|our)\s+[\w -]{{1,40}}?(?:team|office|department|staff)\s*+)?"
    rf"(?:,\s*+(?:our|the|his|her|their|a|an)\s[^,]{{1,40}},\s*+)?"  # "Ms. Ruiz, our SLP, will …"
    rf"(?:,\s*+)?(?:{_ADVERB}\s++)?"
    rf"(?:(?:has|have) been (?:hired|assigned|contracted|approved)\s++and\s++)?"  # "Ms. Dupuis has been hired and will …"
    rf"(?P<modal>{_APOSTROPHE}ll|will|(?:is|are|{_APOSTROPHE}s)\s+(?:{_ADVERB}\s+)?going to|plans to|is planning to|"
    rf"{_APOSTROPHE}s planning to|intends to|(?:is|{_APOSTROPHE}s) intending to|should|(?:has|have) (?:committed|agreed|promised|offered) to|"
    rf"(?:is|are|{_APOSTROPHE}s)\s+(?:scheduled to|set to|slated to))\b\s*(?P<rest>.*)",
    re.S,
)
# a literal every modal of _THIRD_PERSON holds: most clauses hold none, and its many subjects are slow to rule out
_THIRD_PERSON_MODALS = ("'ll", "’ll", "will", "going to", "plan", "intend", "should", "ed to", "set to", "slated to")
# "a permanent substitute aide, Ms. Garrity, will be assigned …": the person is named in apposition
_APPOSED_PERSON = re.compile(
    rf"\b(?:a|an|the|our|his|her)\s+[\w -]{{1,40}},\s*(?P<who>{_TITLED}),\s*(?:{_ADVERB}\s+)?"
    rf"(?P<modal>will|{_APOSTROPHE}ll|is going to)\s+(?P<rest>.*)",
    re.S,
)
# "That should be done in the next couple of weeks", "It should be ready by Friday"
_THING_SHOULD = re.compile(r"^(?:and\s+)?(?:[Tt]hat|[Tt]his|[Ii]t|[Bb]oth|[Ee]verything|[Aa]ll of (?:it|them))\s+should\s+(?P<rest>.*)", re.S)
_PERSON = rf"(?:you|[Ss]he|[Hh]e|[Tt]hey|I|we|(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w'’-]+(?:\s+from\s+[\w ]+?)?)"
_REPORTED = re.compile(
    rf"\b(?P<speaker>[Yy]ou|[Ss]he|[Hh]e|[Tt]hey|(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w'’-]+|[A-Z][a-z]+)\s+(?:(?:also|then|already|clearly)\s+)?(?:said|agreed|told me|promised|confirmed|offered)\s++"
    rf"(?:that\s++)?(?:(?P<infinitive>to\s+.*)|(?P<who>{_PERSON}|[\w'’ -]{{2,50}}?)"
    rf"(?:\s+(?:would|will|was going to|were going to|is going to)|\s*{_APOSTROPHE}(?:d|ll))\s+(?P<rest>.*))",
    re.S,
)
# "My understanding is that you will send …" in a recap
_RECAP_YOU_WILL = re.compile(rf"\b(?P<who>you)\s*(?:{_APOSTROPHE}ll|will|are going to|would)\s+(?P<rest>.*)", re.S)
# "You should receive the consent form by Friday": the sender's side commits to a delivery
# (not "you'll have her in 5th period": a colleague told the child joins their class)
_YOU_SHOULD_RECEIVE = re.compile(rf"\b[Yy]ou\s*(?:should|will|{_APOSTROPHE}ll)\s+(?:also\s+)?"
                                 rf"(?P<rest>(?:receive|get|see|have|hear|be\s+(?:receiving|getting|hearing))\b(?!\s+(?:him|her|them)\b).*)", re.S)
# "Her speech services will resume Monday", "Copies of his file will be ready for pickup by Friday",
# "A monitor will be assigned to Route 9": a thing the school provides as the subject of what will happen
_DELIVERABLE_NOUN = (r"(?:sessions?|services?|therapy|minutes|intervention|support|aides?|paras?|monitors?|sub(?:stitute)?s?|bus|"
                     # an adult the school provides: "an interpreter will be provided", "two aides will be assigned"
                     r"interpreters?|translators?|tutors?|paraprofessionals?|nurses?|amendments?|"
                     # what the school carries out or changes: "testing will be completed by the 13th", "her seat will be
                     # moved tomorrow", "the bus stop will be moved"
                     r"testing|re-?evaluation|assessments?|screenings?|seat|seating|stop|"
                     r"pickup|pick-up|route|plan|schedule|evaluation|observation|IEP|BIP|FBA|report|notes|forms?|"
                     r"paperwork|data|summary|draft|cop(?:y|ies)|invitation|notice|log|logs|results|file|files|records|"
                     r"letter|packet|folder|device|equipment|materials?|chromebook|ipad|tablet|headphones|cushion|chair|desk|table|laptop|"
                     r"computer|keyboard|timer|stool|FM system|software|license|"
                     r"rubric|guide|assignments?|test|quiz|retake|redo|make-ups?|grades?|scores?|"
                     # what the school files or sets up for the child: "her testing request will be submitted by the 13th"
                     r"request|application|referral|exception|accommodations?|"
                     r"documents?|papers|consent|permission slips?|PWN|prior written notice|invite|link|books?|workbooks?)")
_BEING_DONE = (r"(?:be (?:(?:in|on) (?-i:(?!(?:January|February|March|April|May|June|July|August|September|October|"
               r"November|December)\b)[A-Z][a-z]+)(?=\s+by\b)|entered|graded|"
               r"provided|added|made up|scheduled|rescheduled|delivered|back|in place|fixed|updated|amended|corrected|revised|"
               r"adjusted|modified|changed|"
               r"sent(?: out| home)?|"
               r"mailed|emailed|shared|posted|uploaded|finalized|completed|done|ready|held|assigned|installed|ordered|"
               r"replaced|repaired|available|on (?:Canvas|Google|Schoology|Seesaw|the portal|the website|his desk|her desk)|"
               r"in (?:(?:his|her|their|your) (?:(?:take-?home |homework |Friday )?folder|backpack|binder|planner|classroom|inbox|e-?mail|"
               r"mail(?:box)?|hands|box|cubby)|the mail)|started|set up|put in place|restored|"
               r"reinstated|programmed|written|drafted|translated|signed|returned|processed|submitted|filed|given|"
               r"offered|hired|trained|certified|reviewed|included|applied|present|conducted|administered|arranged|moved|"
               r"to you|with you)|start|begin|resume|restart|continue|happen|go into effect|take effect|"
               r"go (?:out|home)|come (?:home|back|by|before|in|out|to you)\b|arrive|follow|stay (?:in|with|at|on)|be kept|travel with|go with)")
_THING_WILL = re.compile(
    rf"\s(?P<modal>will|is going to|are going to|should|(?:is|are) expected to)\s+(?:also\s+|now\s+|then\s+|still\s+)?(?P<rest>{_BEING_DONE}\b.*)", re.S | re.I)
# (not "report cards will go home on the 13th": the whole school's calendar)
_DELIVERABLE_BEFORE = re.compile(rf"\b{_DELIVERABLE_NOUN}\b(?!\s+cards?\b)(?P<between>(?:[^.;:!?]|(?<=\b(?:Mr|Ms|Dr|St))\.|(?<=\bMrs)\.){{0,60}})$", re.I)
_NOT_A_THING_SUBJECT = re.compile(r"\b(?:I|we|you|he|she|they|said|says|told|wrote|asked|if|whether|because|since)\b", re.I)


# the adult who serves the child, on a coming day: "Her first day with Ivy will be Tuesday, March 3"
# (not "we have a sub starting Monday", "Ms. Kay is back with her starting tomorrow": the school's record of that
# person at work later is not read as their keeping it, so those would stand as overdue)
_FIRST_DAY = re.compile(r"\b(?:[Hh]er|[Hh]is|[Tt]heir)\s+first\s+day\s+(?:with|at|in)\b[^.;]{0,40}?\s(?:will be|is)\b(?P<rest>.*)",
                        re.S)
_SERVICE_BEFORE = re.compile(r"\b(?:sessions?|services?|therapy|minutes|intervention|aide|para|paraprofessional|monitor|"
                             r"sub(?:stitute)?|bus|route|pickup|pick-up|make-ups?)\b(?P<between>[^.;:!?]{0,40})$", re.I)


# (an indefinite meeting only: "the meeting will be held Tuesday" is the calendar, not an undertaking)
_MEETING_TO_BE_SET = re.compile(r"^(?:[Aa]n?|[Aa]nother)\s++(?:[\w-]+\s++){0,2}?(?:meeting|conference|call)\s++will\s++be\s++"
                                r"(?P<rest>(?:scheduled|set\s++up|arranged)\b.*)", re.S)


def _thing_will(text: str, pattern: re.Pattern = _THING_WILL, subject: re.Pattern = _DELIVERABLE_BEFORE) -> re.Match | None:
    """ "Copies of his file will be ready by Friday": the subject before the modal names something the school provides."""
    for match in literals.finditer(pattern, text):
        before = subject.search(text[max(0, match.start() - 90):match.start()])
        if before and not _NOT_A_THING_SUBJECT.search(before.group("between")):
            return match
    return None


# "It'll be in her folder tomorrow", "That will go home with him Friday": the thing just named, handed over on a day
_IT_WILL = re.compile(
    rf"^(?:and\s+|so\s+)?(?:[Ii]t|[Tt]hat|[Tt]his|[Bb]oth|[Tt]hose|[Tt]hese)(?:\s*{_APOSTROPHE}ll|\s+will|\s+(?:is|are) going to|{_APOSTROPHE}s going to)\s+"
    r"(?:also\s+)?(?P<rest>(?:be\s+(?:sent|mailed|emailed|posted|uploaded|shared|ready|done|finished|completed|fixed|repaired|"
    r"replaced|delivered|returned|back|on (?:his|her|your) desk|to you|in (?:(?:his|her|their|your) [\w-]+|the mail))|"
    r"go (?:out|home|back)|come (?:home|back)|arrive)\b.*)", re.S)
# "It will be done by Friday" promises; "It will be done in class on Friday" tells the class's plan
_FINISHED = re.compile(r"be\s+(?:done|finished|completed)\b")
# "A copy is going home in her folder tomorrow", "The signed form is going back with him Monday": on its way, on a day
_THING_ON_ITS_WAY = re.compile(
    rf"^(?:and\s+|so\s+)?(?:(?:[Tt]he|[Aa]|[Hh]er|[Hh]is|[Mm]y|[Oo]ur|[Yy]our)\s+(?:[\w-]+\s+){{0,3}}?(?:of\s+(?:the|his|her|your|our)\s+(?:[\w-]+\s+){{0,2}}?)?{_DELIVERABLE_NOUN}|"
    rf"[Ii]t|[Bb]oth)(?:\s+(?:is|are)|{_APOSTROPHE}s|{_APOSTROPHE}re)\s+"
    r"(?P<rest>(?:going|coming)\s+(?:home|out|back|over|to you|in the mail)\b.*)", re.S)
# a parent's household does the parent's part: "My husband will drop the form off tomorrow", "Ivy will bring it back Monday"
_HOUSEHOLD_WILL = re.compile(
    rf"(?:^|\b(?:and|so)\s++)(?P<who>(?:[Mm]y|[Hh]er|[Hh]is|[Oo]ur)\s+(?:husband|wife|partner|spouse|dad|mom|father|mother|grandma|"
    rf"grandmother|grandpa|grandfather|aunt|uncle|sister|brother|ex|nanny|sitter)|[A-Z][a-z]+|[Hh]e|[Ss]he)"
    rf"(?:\s*{_APOSTROPHE}ll|\s+will|\s+(?:is|are) going to)\s+(?:also\s+)?"
    r"(?P<rest>(?:bring|hand|drop|give|return|turn in|deliver|send|call|email|pick up|sign)\b.*)", re.S)
# what the child carries for the parent (not "Ivy will take the test Friday", "she will call her grandma")
_CARRIES = re.compile(r"(?:bring|hand|drop|give|return|turn in|deliver)\b", re.I)
# a recap's list of who does what: "- Mr. Hale: schedule the observation by 10/30", "Ms. Cole - send the data by Friday"
_ACTION_ITEM = re.compile(
    rf"^(?:[-*•·]\s*+|\d{{1,2}}[.)]\s*+)?(?P<who>{_TITLED}|I|Me|{_STAFF_PERSON})\s*+[:–—-]\s*+"
    r"(?P<rest>(?i:send|schedule|call|email|provide|complete|share|set up|update|draft|submit|contact|follow up|bring|forward|"
    r"arrange|observe|revise|mail|get|finalize|write|request|order|translate|post|add|check)\b.*)", re.S)
_ACTION_HEADING = re.compile(r"\b(?:action items?|next steps|to-?dos?|follow[- ]up items|who (?:will do|is doing) what|"
                             r"tasks|assignments)\b\s*:", re.I)
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
    r"^(?:also\s+|still\s+|definitely\s+|probably\s+|both\s+|all\s+)?(?:be\s+(?:out|away|off|absent|gone|on (?:leave|vacation|a trip)|"
    r"back\b(?!\s+(?:to|with|in touch)\b)|"
    r"on (?:a |an )?(?:medical |maternity |paternity |family |extended |personal )+leave|"
    # a role, not an act: "I will be your point of contact", "I'll be working with him again this year"
    r"(?:your|his|her|their) (?:\w+ ){0,2}?(?:point of contact|contact person|case manager|teacher|counselor|"
    r"therapist|provider|advisor|liaison)\b|"
    r"working with (?:him|her|them|[A-Z]\w+) (?:again )?this (?:year|semester|term|fall|spring|school year)\b|"
    # (not "I'll be at her school Thursday to check the receiver": a visit made to do something)
    r"at\b(?![^.;]{0,80}\bto\s+(?:run|check|fix|test|observe|deliver|drop off|install|train|set up|bring|pick up|"
    r"repair|replace|program|screen|evaluate|assess)\b)|in (?:a |the )?(?:[\w-]+\s+)?(?:trainings?|conferences?|meetings?|PD)\b(?!\s+to\b)|unavailable|traveling|travelling|out of (?:the )?office|"
    r"subbing|covering|happy|glad|honest|brief|back in the office|working from|with\b|fine|there\b|in class|teaching|"
    r"closed|open\b|dismissed|released|on (?:a )?field trip|attending|joining|checking (?:e-?mail|messages|in)|late\b|"
    r"there in person|calling in|working with (?:him|her|them|[A-Z]\w+) (?:one-on-one|1:1|on (?:[A-Z]|\d)))|sub\b|substitute\b|cover for|have (?:an )?early (?:release|dismissal)|"
    r"have limited|not\b|never\b|"
    # turning it over, not a deed: "I'll think about it", "I'll consider that", "We'll see."
    r"think (?:about|it over|on|through)\b|consider\b(?!\s+it\s+(?:done|handled))|see\s*[.!]*$|guess\b|bet\b|"
    # a lasting stance or a wish, not one deed: "I will always advocate for her", "We'll get through this together",
    # "I'll talk to you soon", "We'll take it one day at a time", "We will continue to monitor her progress"
    r"always\s+(?:be\b|advocate|support|care|love|fight|try|remember|have (?:her|his|their|your) back)|"
    r"continue to (?:monitor|watch|keep an eye|encourage|support her|support him|support them|cheer)\b|"
    r"talk (?:to you |with you )?(?:soon|later)\b|tell you what\b|be thinking (?:of|about) (?:you|her|him|them)\b|"
    r"let (?:her|him|them|[A-Z]\w+) know (?:that )?you (?:said|say)\b|"
    r"(?:be\s+(?:monitoring|watching)|keep an eye on|keep (?:trying|working|practicing|practising))\b(?![^.;!?]*\b(?:and|then)\s+"
    r"(?:let|send|call|email|get back|update|tell)\b)|continue to (?:check in|work|practice|remind|track|watch)\b|take (?:it|things|this) (?:one day|a day|one step|step by step|slow)|"
    r"get through (?:this|it)\b|cross that bridge\b|be in and out\b|have a (?:great|good|wonderful|fantastic|terrific) (?:year|week|day|time|weekend)\b|"
    r"be sending (?:good|positive|warm|healing) (?:thoughts|vibes|wishes|energy)|"
    r"be (?:in|at) (?:the|my|our) (?:building|office|classroom|room|school) (?:until|till)\b|"
    # telling now, or deferring: "I will let you know that she did great today", "I'll leave that up to you"
    r"let you know that\b|leave (?:that|it|this|the decision|the choice) (?:up )?to\b|"
    r"have to (?:check|ask|see|think|wait|look)\b(?![^.;!?]*\b(?:and|then)\b)|"
    # a stance to be argued, not a thing to deliver: "I'll be recommending ESY at the meeting"
    r"be (?:recommending|asking for|suggesting|advocating|requesting)\b|"
    r"(?:be\s+)?bring(?:ing)?\s+(?:my|our|an?)\s+(?:advocate|attorney|lawyer|husband|wife|spouse|partner|friend|support person|"
    r"relative|mother|father|mom|dad)\s+(?:to|with)\b|admit|say\b|need\b|see (?:you|what|if|how|whether|about)\b|keep (?:that|this|you) in (?:mind|my thoughts)|wait\b|"
    r"attend\b|join\b|"
    r"interpret\s+(?:at|for)\s+(?:the|our|his|her|their|\w+['’]s)\s+(?:\w+\s+)?(?:meeting|conference|review)|"
    r"present\s+(?:the|his|her|their)\s+(?:\w+\s+){0,2}?(?:results|findings|data|scores)\b|"
    r"come\b(?!\s+(?:to\s+)?(?:in|by|pick|get|sign|drop|observe|watch|evaluate|test|assess|screen|check|fix|install|set up|"
    r"train|deliver)\b)|be present|discuss|talk about|talk through|go over\b(?!\s+(?:it|them|this|that)\s+with)|"
    r"(?:look at|go through|walk through)\b(?=[^.;]{0,60}\b(?:meeting|conference|together|when we meet)\b)|let you know if|be in touch if|miss\b|remember\b|leave it|assume\b|look forward|stop\b|"
    r"hold (?:the|a|an|our|his|her)\b[\w\s-]{0,30}\b(?:meeting|conference|review)|"
    r"(?:figure|work|sort) (?:it|this|that|things) out\s*[.!]*$|"  # a reassurance that names nothing to deliver
    r"(?:try|do (?:my|our) (?:very )?best)\s*[.!]*$|"  # "I'll try.": an attempt that names nothing to deliver
    # a step in the writer's own head, with nothing owed after it: "I'll look at my calendar over the weekend"
    # (not "I'll check my calendar and get back to you")
    r"(?:look at|check|consult|look over|go through)\s+(?:my|our)\s+(?:own\s+)?(?:calendar|schedule|availability|notes)\b"
    r"(?![^.;!?]*\b(?:and|then|to)\b)|"
    # a stance, not an act: "I will follow the IEP as written", "We will honor his plan."
    r"(?:follow|implement|honor|honour|abide by|comply with|adhere to|stick to)\s+(?:the|his|her|their|[A-Z]\w+['’]s)\s+"
    r"(?:IEP|BIP|504(?:\s+plan)?|plan|accommodations)(?:\s+as\s+(?:written|it is written|it stands))?\s*[.!]*$|"
    r"let (?:him|her|them|(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w'’-]+|[A-Z][a-z]+)\s+(?:answer|respond|reply|handle|address|speak to|weigh in|explain|take)\b|"
    r"(?:respond|reply|answer|get back to (?:you|everyone))\b[^.;]{0,40}\b(?:when|once|after|upon)\s+(?:I|my)\s+(?:return|am back|get back|come back)\b)",
    re.I,
)
_THIRD_PERSON_BE_OK = re.compile(
    r"^be\s+(?:sending|calling|emailing|reaching out|contacting|scheduling|in touch|in contact|starting|setting up|putting together|"
    r"providing|making|getting|working on|meeting with|following up|reviewing|updating|bringing|delivering|"
    # an adult serving the child: "the aide will be walking her to the bus", "Ms. Ortiz will be pulling him Tuesdays"
    r"(?:walking|escorting|pulling|seeing|checking in with|sitting with)\s+(?:her|him|them)\b|picking\s+(?:her|him|them)\s+up)\b",
    re.I,
)
_SHOULD_OK = re.compile(
    r"^(?:be\s+)?(?:here|in place|ready|available|set up|done|fixed|finished|completed|sent|delivered|added|back|"
    r"arriving|installed|scheduled|resolved|up and running|in (?:his|her|the) (?:classroom|room|schedule)|able to|"
    r"have (?:it|them|that|this|the)|get\b|arrive|be (?:\w+ed|done|up|out|in)\b)",
    re.I,
)
_CONVERSATION_DATE = re.compile(
    r"\b(?:per|during|in|at|after|from|on|since)\s+our\s+(?:phone\s+)?(?:call|conversation|meeting|talk|discussion)"
    r"(?:\s+(?:today|yesterday|this (?:morning|afternoon)|on\s+\S+))?", re.I)
_ANAPHOR = re.compile(r"\b(it|that|then|them|there|this)\b", re.I)
_MONTH_OR_DAY = re.compile(r"^(?:Next|This|Last|On|By|In|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
                           r"February|March|April|May|June|July|August|September|October|November|December)\b")


def is_recap(message: MessageText) -> bool:
    return bool(literals.search(_RECAP_CONTEXT, message.new_text)
                or re.search(r"\b(recap|summary)\b", message.subject, re.I))


# a run of spaces is tried from its start only (not again from each of its spaces), and read once
_CLAUSE_BREAK = re.compile(
    rf",?(?<!\s)\s++and that\s++|"
    rf"(?:,\s++(?:and|but)|;)\s++(?=(?:that\s++)?(?:you|[Ss]he|[Hh]e|(?:Mr|Mrs|Ms|Dr)\.?\s++[A-Z][\w'’-]+)\s*+"
    rf"(?:{_APOSTROPHE}ll|will|would|is going to|are going to|should)\b)"
)


# "I'll start observations the week of the 2nd and I expect to have the FBA done by March 13": two undertakings
_SECOND_OWN_PROMISE = re.compile(
    rf"(?:,\s*+|(?<!\s)\s++)and\s++"
    rf"(?=(?:I|[Ww]e)\s*+(?:{_APOSTROPHE}ll|will|(?:am|{_APOSTROPHE}m|are|{_APOSTROPHE}re) going to|"
    rf"(?:{_APOSTROPHE}d |would )?expect to|plan to)\b)")
# a first step on the way to the promise ("I'll talk with him Tuesday, and I'll get back to you by Friday"): one promise
_STEP = re.compile(r"\b(?:talk|speak|check|ask|meet|look|see|confer|touch base|consult)\b", re.I)


# the reason given for an undertaking ("… since schedules change on Feb 2"): its date is not the undertaking's
_REASON = re.compile(r"[,\s](?:since|because|now that)\s", re.I)


def _clauses(sentence: Sentence, sent_day: date) -> list[tuple[str, int]]:
    """A sentence split where another promise begins: ", and that Mr. Garza would …", ", and Ms. X will …", and
    "…, and I'll …" when both halves carry their own date (two dated undertakings, not one told in two steps)."""
    breaks = list(literals.finditer(_CLAUSE_BREAK, sentence.text))
    for match in literals.finditer(_SECOND_OWN_PROMISE, sentence.text):
        first, second = sentence.text[:match.start()], sentence.text[match.end():]
        if _dated_ahead(first, sent_day, True) and _dated_ahead(_REASON.split(second, 1)[0], sent_day, True) \
                and not _STEP.search(first):
            breaks.append(match)
    pieces: list[tuple[str, int]] = []
    position = 0
    for match in sorted(breaks, key=lambda m: m.start()):
        if match.start() < position:
            continue
        pieces.append((sentence.text[position:match.start()], position))
        position = match.end()
    pieces.append((sentence.text[position:], position))
    return [(text, offset) for text, offset in pieces if text.strip()]


_FULL_NAME = re.compile(r"\b[A-Z][a-z]+\s+[A-Z][a-z'’-]+\b(?=\s*[,(]|\s+(?:is|was|will|has|had|could|couldn|can|and)\b)")


_BARE_NAME = re.compile(r"\b[A-Z][a-z]+\b(?!\s+[A-Z][a-z])")
# "Matt will send the consent paperwork": a colleague named by first name only (checked against the people known)
_BARE_NAME_WILL = re.compile(
    rf"\b(?P<who>[A-Z][a-z]+)\s*+(?:{_ADVERB}\s++)?"
    rf"(?P<modal>{_APOSTROPHE}ll|will|(?:is|{_APOSTROPHE}s)\s+(?:{_ADVERB}\s+)?going to|plans to|is planning to|should|"
    rf"has (?:committed|agreed|promised|offered) to)\b\s*(?P<rest>.*)",
    re.S,
)


def _colleague(word: str, people: People, student_names: set[str], addressee_too: bool = False) -> Person | None:
    """The adult a bare first name stands for, when it is neither the child nor the writer (nor, for a pronoun's
    antecedent, the one the greeting names: "Hi Kendra, … she'll …")."""
    if _is_child(word, student_names) or _MONTH_OR_DAY.match(word):
        return None
    person = people.by_first_name(word)
    if person is None or person == people.author or (not addressee_too and person == people.you()):
        return None
    return person


def _antecedent_is_staff(sentences: list[Sentence], index: int, student_names: set[str], lead: str = "",
                         people: People | None = None, pronoun: str = "") -> str | None:
    """The staff member "he"/"she" points back to, or None when it is (or may be) the child. `lead` is the
    text of the pronoun's own sentence before it ("I passed it to Mr. Brandt, and he will …")."""
    texts = [lead] + [previous.text for previous in reversed(sentences[max(0, index - 2):index + 1])]
    for text in texts:
        names = [(m.start(), m.group(0)) for m in TITLED_NAME.finditer(text)]
        # "Owen Price couldn't be there, but he …": an untitled full name, introduced as a person
        names += [(m.start(), m.group(0)) for m in _FULL_NAME.finditer(text) if not _is_child(m.group(0), student_names)]
        if people is not None:  # "I forwarded it to Nadine and she'll …": a colleague the record knows by first name
            names += [(m.start(), m.group(0)) for m in _BARE_NAME.finditer(text) if _colleague(m.group(0), people, student_names)]
        if names:  # a staff member named in the sentence is the likelier antecedent than the child it is about
            return max(names)[1]
        if pronoun and re.match(rf"(?i){pronoun}\b", text.lstrip()) and text is not lead:
            continue  # "She was at a training, so Ivy's sessions were cancelled. She's making them up …": one "she"
        if any(re.search(rf"\b{re.escape(n)}\b", text) for n in student_names):
            return None
    return None


_EXPLICIT_KINDS = ("numeric", "month_day", "day_month", "weekday_the_nth")


def _choose_due(mentions: list[DateMention], sent_day: date) -> DateMention | None:
    ahead = [m for m in mentions if m.day >= sent_day]
    if any(m.kind in _EXPLICIT_KINDS for m in ahead) and not any(m.deadline for m in ahead):
        ahead = [m for m in ahead if m.kind != "week"]  # "this week, on 4/21 and 4/23": the days it names
    weeks, weekdays = [m for m in ahead if m.kind == "week"], [m for m in ahead if m.kind == "weekday"]
    if weeks and weekdays and not any(m.deadline for m in ahead) \
            and all(w.day - timedelta(days=4) <= d.day <= w.day for w in weeks for d in weekdays):
        ahead = [m for m in ahead if m.kind != "week"]  # "Tuesday through Thursday this week": the last day it names
    deadlines = [m for m in ahead if m.deadline]
    if deadlines:
        return deadlines[0]
    return max(ahead, key=lambda m: m.day) if ahead else None


_AT_APPOINTMENT = re.compile(r"(?:also\s+)?(?:call|phone|ring|meet|see|video ?call|zoom|dial in)\b", re.I)
_CONTINUES = re.compile(r"^(?:It|That|This|They|Both|Everything|All of (?:it|them))\b(?:\s+(?:will|should|is going to|are going to)|"
                        r"['’]ll|\s+(?:is|are) (?:going|coming))\b")
# "before the meeting", "at least five days before the meeting": dated by the meeting the message names
_BEFORE_EVENT = re.compile(r"\b(?:(?:at least\s+)?(?P<count>\d+|one|two|three|four|five|six|seven|eight|nine|ten|an?|the)\s+"
                           r"(?:school\s+|business\s+)?(?P<unit>days?|weeks?)\s+)?(?P<prep>before|by|ahead of|prior to|at|"
                           r"(?:right\s+|just\s+)?after|following)\s+"
                           r"(?:the|our|his|her|this|that|your)\s+(?:[\w-]+\s+){0,3}?(?P<event>meeting|IEP|ARD|conference|review|call|"
                           # "the week after the trip", "the day before the test": an event of the child's week
                           r"trip|outing|test|quiz|exam)\b",
                           re.I)
# "I'll bring the draft goals to the meeting": handed over at it
_TO_THE_MEETING = re.compile(r"\b(?:bring|take|have|carry)\b[^.;!?]{0,60}?\b(?P<count>)(?P<unit>)(?P<prep>to)\s+"
                             r"(?:the|our|his|her|this|that|your)\s+(?:[\w-]+\s+){0,3}?(?P<event>meeting|ARD|conference)\b", re.I)


# what the writer brings along, with no day and no place of its own (not "bring it back", "bring him home")
_BRING = re.compile(r"(?:also\s+)?bring\b(?![^.;!?]{0,25}\b(?:back|home|over|in)\b)(?![^.;!?]*\bto\s+(?:school|class|the office|you)\b)",
                    re.I)
_MEETING_NAMED = re.compile(r"\b(?P<count>)(?P<unit>)(?P<prep>)(?P<event>meeting|ARD|conference)\b", re.I)


def _due(text: str, rest_start: int, sentence: Sentence, sentences: list[Sentence], sent_day: date,
         subject: str = "") -> DateMention | None:
    """The date a promise is due: in what it promises ("… so I'll send dates next week", not "due in mid-January"),
    else anywhere in it, else in the sentence "it"/"then" points back to, or the next one that goes on about it
    ("It will be in his backpack Monday"), else the meeting it is tied to when the message dates that meeting."""
    # "per our call today, you agreed to …": that "today" dates the call, not the promise
    mentions = [m for m in find_dates(_CONVERSATION_DATE.sub(lambda m: " " * len(m.group(0)), text), sent_day, prefer="future")
                if not re.match(r"['’]s\b", text[m.end:m.end + 2])]  # "today's meeting", "Friday's quiz" name a thing
    if any(m.kind == "weekday" and re.search(r"\b(?:every|each)\s+$", text[:m.start]) for m in mentions):
        # "I'll email the slides every Friday for the following week": a standing act is due the first time it comes
        mentions = [m for m in mentions if m.kind != "week"]
    due = _choose_due([m for m in mentions if m.start >= rest_start], sent_day) or _choose_due(mentions, sent_day)
    if due is not None:
        return due
    event = _BEFORE_EVENT.search(text) or _TO_THE_MEETING.search(text)
    if event:
        # "I'll send the draft five days before the meeting so you can review it": the meeting dates it, not "it"
        due = _event_day(event, sentences, sent_day)
        if due is None and subject:  # "Re: IEP meeting Oct 27": the thread's subject dates the meeting
            due = _event_day(event, [Sentence(subject, 0, len(subject), -1, -1)], sent_day)
        if due is not None:
            return due
    if _BRING.match(text[rest_start:].lstrip()):
        # "I'll bring his own list of what helps him" in a message about the meeting: brought to it
        meeting = _MEETING_NAMED.search(subject) or _MEETING_NAMED.search(" ".join(s.text for s in sentences))
        due = _event_day(meeting, sentences, sent_day) if meeting else None
        if due is not None:
            return due
    same_paragraph = [s for s in sentences if s.paragraph == sentence.paragraph]
    # "Let's do Thursday 10/15 at 3:30. I'll call your cell": a call or visit happens at the time just agreed
    at_appointment = _AT_APPOINTMENT.match(text[rest_start:].lstrip())
    if (_ANAPHOR.search(text) or at_appointment) and sentence.index > 0 and sentences[sentence.index - 1] in same_paragraph:
        due = _choose_due(find_dates(sentences[sentence.index - 1].text, sent_day, prefer="future"), sent_day)
    following = sentences[sentence.index + 1] if sentence.index + 1 < len(sentences) else None
    if due is None and following in same_paragraph and _CONTINUES.match(following.text):
        due = _choose_due(find_dates(following.text, sent_day, prefer="future"), sent_day)
    return due


_IN_THE_MORNING = re.compile(r"\b(?:first thing\s+)?in the (?:morning|a\.?m\.?)\b|\bfirst thing\s*+(?:[.!,;]|$)", re.I)


def _next_morning(rest: str, message: MessageText) -> DateMention | None:
    """ "I'll drop it off in the morning", "Will send first thing.": written after noon, the next school morning;
    before noon, today."""
    match = _IN_THE_MORNING.search(rest)
    if match is None or message.sent is None:
        return None
    day = message.sent.date() + timedelta(days=1 if message.sent.hour >= 12 else 0)
    while day.weekday() >= 5 and day != message.sent.date():
        day += timedelta(days=1)
    return DateMention(match.start(), match.end(), match.group(0), day, False, "relative_day")


_THAT_DAY = re.compile(r"\b(?:that|the) (?:morning|day|afternoon|evening|night)\b|\bthe day of\b", re.I)


def _day_the_subject_names(text: str, subject: str, sent_day: date) -> DateMention | None:
    """ "I'll send his headphones with him that morning" under "Re: Zoo field trip - Feb 27": the day the thread is
    about, when the message itself names none."""
    if not _THAT_DAY.search(text):
        return None
    days = {m.day: m for m in find_dates(subject, sent_day, prefer="future") if m.day >= sent_day}
    return next(iter(days.values())) if len(days) == 1 else None


def _event_day(event: re.Match, sentences: list[Sentence], sent_day: date) -> DateMention | None:
    """The day of the meeting a promise is tied to: a coming date in a sentence naming that meeting, else the one
    coming date the message gives; minus "five days" when the promise is due that long before it."""
    noun = event.group("event").lower()
    dated = [(s, m) for s in sentences for m in find_dates(s.text, sent_day, prefer="future") if m.day > sent_day]
    # "it must be held on or before December 15 … I'd propose December 10": a deadline is not the meeting's day
    dated = [(s, m) for s, m in dated if not m.deadline] or dated
    naming = [(s, m) for s, m in dated if re.search(rf"\b{noun}\b", s.text, re.I)]
    explicit = [(s, m) for s, m in dated if m.kind in ("numeric", "month_day", "day_month")]
    candidates = next((group for group in (naming, explicit, dated) if group), [])
    if len({m.day for _, m in candidates}) != 1:
        return None
    mention = candidates[0][1]
    day = mention.day
    if event.group("count"):
        count = int(event.group("count")) if event.group("count").isdigit() else NUMBER_WORDS.get(event.group("count").lower(), 1)
        # "the day after the meeting": counted forward from it
        sign = 1 if re.search(r"after|following", event.group("prep"), re.I) else -1
        if event.group("unit").lower().startswith("week"):
            day = day + sign * timedelta(days=7 * count)
        elif re.search(r"\b(?:school|business)\s", event.group(0), re.I) and sign < 0:
            day = _school_days_before(day, count)
        elif re.search(r"\b(?:school|business)\s", event.group(0), re.I):
            day = add_business_days(day, count)
        else:
            day = day + sign * timedelta(days=count)
    return DateMention(mention.start, mention.end, event.group(0), day, True, "event")


def _school_days_before(day: date, count: int) -> date:
    """"five school days before the meeting": weekdays counted back from the meeting's day."""
    while count > 0:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


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
    if message.auto_reply or (message.bulk and not message.list_memo) or message.sent is None:
        return []
    sent_day = message.sent.date()
    if message.bulk:  # a person's memo to a list, forwarded in: only what its writer undertakes, by a day
        found = find_promises(doc, sentences, dataclasses.replace(message, bulk=False), topics, student_names, directory)
        return [p for p in found if _memo_writer_owes(p, sent_day)]
    people = People(message, directory)
    quotes = quoted_spans(message.new_text) + interleaved_quote_spans(message.new_text)
    recap = is_recap(message)
    found: list[PromiseFound] = []
    promised_in: dict[int, tuple[int, str | None]] = {}  # sentence index -> its paragraph and promiser
    for sentence in sentences:
        sentence = _without_tag_question(sentence)
        if sentence.text.rstrip("\"')” ").endswith("?") or mostly_quoted(quotes, sentence):
            continue
        for clause, offset in _clauses(sentence, sent_day):
            # someone else's words inside the sentence ("your note said 'I'll …'") are not the sender's promise
            spoken = _habits_masked(_mask(clause, sentence.start + offset, quotes))
            hit = _match_clause(spoken, message, people, sentences, sentence, student_names, recap, sent_day)
            if hit is None or _parse_rejects(doc, sentence, student_names):
                continue
            rule, by, rest = hit
            if _continues_promise(spoken, sentence, promised_in, by) or literals.search(_DONE_BELOW, spoken) \
                    or _AS_SET_OUT.search(spoken):
                continue
            if offset and _same_promiser_goes_on(clause, found, sentence, by):
                continue
            if _restated_by_user(rule, message, recap):
                continue
            for piece, piece_offset, piece_rest in _shared_subject_acts(clause, offset, rest, sent_day):
                start = sentence.start + piece_offset
                text = piece.strip()
                start += len(piece) - len(piece.lstrip())
                # "I signed it tonight and Rory will hand it in in the morning": the morning the promise names, first
                due = (_next_morning(piece_rest, message) if not find_dates(piece_rest, sent_day) else None) \
                    or _due(text, len(text) - len(piece_rest), sentence, sentences, sent_day, message.subject) \
                    or _day_the_subject_names(text, message.subject, sent_day) \
                    or _timing_after(sentence, sentences, sent_day)
                if rule == "should-by-date" and due is None:
                    continue
                sentence_topics = tuple(dict.fromkeys(t.topic for t in topics if sentence.start <= t.start < sentence.end))
                found.append(PromiseFound(
                    sentence=text, start=start, end=start + len(text), rule=rule,
                    by_name=by.name if by else None, by_email=by.email if by else None,
                    due=due.day if due else None, due_text=due.text if due else None,
                    action=_action(piece_rest), topics=sentence_topics,
                ))
                promised_in[sentence.index] = (sentence.paragraph, by.email if by else None)
    found = [p for p in found if not _spelled_out_next(p, found, sentences, sent_day)
             and not _item_goes_on(p, found, message.new_text)]
    found = _dated_by_the_next(found, sentences, sent_day)
    return [p for p in found if p.rule != _SPANISH_RULE or not _translated(p, sentences)]


# "… said she'd send the referral by May 1 and get us the summary by June 5": a second act of the same subject
_SECOND_ACT = re.compile(r"(?<!\s)(?:\s*+,)?\s++and\s++(?:then\s++|also\s++)?(?P<verb>(?:send|get|email|e-mail|mail|call|share|"
                         r"provide|schedule|set up|finish|complete|submit|bring|drop off|forward|give|post|update|write up|"
                         r"return|file)\b)", re.I)


# the second act done to the thing of the first: "… fill out the form this weekend and send it back by Monday"
_SAME_THING = re.compile(r"^\w+(?:\s+\w+)?\s+(?:it|them|that|this|those|these)\b", re.I)


def _deadline_ahead(text: str, sent_day: date) -> bool:
    return any(m.deadline and m.day >= sent_day for m in find_dates(text, sent_day, prefer="future"))


def _shared_subject_acts(clause: str, offset: int, rest: str, sent_day: date) -> list[tuple[str, int, str]]:
    """The clause as one promise, or as two when what it promises is two acts of one subject, each with its own day
    ("… will send the referral by May 1 and get us the summary by June 5"; not "I'll check with her Monday and send
    it Friday", one undertaking told in two steps)."""
    whole = [(clause, offset, rest)]
    body = clause.rstrip()
    if not rest or not body.endswith(rest.rstrip()):
        return whole
    rest_start = len(body) - len(rest.rstrip())
    for match in _SECOND_ACT.finditer(rest):
        first, second = rest[:match.start()], rest[match.start("verb"):]
        if _deadline_ahead(first, sent_day) and _deadline_ahead(_REASON.split(second, 1)[0], sent_day) \
                and not _STEP.match(first.strip()) and not _SAME_THING.search(second):
            cut = rest_start + match.start("verb")
            return [(clause[:rest_start + match.start()], offset, first),
                    (clause[cut:], offset + cut, second)]
    return whole


def _memo_writer_owes(promise: PromiseFound, sent_day: date) -> bool:
    """ "I'll post the room list by Thursday 12/3" in a building memo forwarded into the trail: its writer's own
    undertaking to everyone on the list, the reader included, with its deadline (not "we will …", "students will …",
    which speak of all students, nor an undated "I'll see you all there")."""
    return promise.rule.startswith("first-person:i ") and promise.due is not None and promise.due >= sent_day \
        and any(m.deadline for m in find_dates(promise.sentence, sent_day, prefer="future"))


# a statement with a short check on the end: "I'll send the log Friday - does that work?", "I'll call you tomorrow, okay?"
_TAG_QUESTION = re.compile(
    r"(?<!\s)(?:\s*+[,;]|\s++[-–—])\s*+(?:(?:is|would|will|does|do)\s++(?:that|this|it)\s++(?:be\s++)?(?:ok(?:ay)?|alright|all right|fine|"
    r"good|works?|help)|(?:how\s++)?(?:does|do|would)\s++(?:that|this)\s++(?:sound|work)|sounds?\s++(?:good|ok(?:ay)?)|"
    r"ok(?:ay)?|alright|all right|work for you)(?:\s++for\s++(?:you|everyone|you all|both of you))?\s*+\?++[\s\"')”]*+$", re.I)


def _without_tag_question(sentence: Sentence) -> Sentence:
    """The statement before a tag question ("…, okay?"), which is what the writer undertakes (the writer's own: "Mr.
    Diaz will send it Friday, okay?" still asks about someone else's part)."""
    tag = literals.search(_TAG_QUESTION, sentence.text)  # (needs a "?": most sentences have none)
    if tag is None or tag.start() == 0 or not re.search(r"\b(?:I|[Ww]e)\b", sentence.text[:tag.start()]):
        return sentence
    head = sentence.text[:tag.start()]
    return Sentence(head, sentence.start, sentence.start + len(head), sentence.paragraph, sentence.index)


# an undertaking told only by a pronoun or as a whole ("We'll make it up.", "I'll write everything up.", "the notice
# will follow")
_VAGUE = re.compile(r"\b(?:it|them|those|these|everything|all of (?:it|this|that|them))\b|\bwill\s+follow\s*[.!]*$", re.I)


_OWN_TIME = re.compile(r"\b(?:\d{1,2}:\d\d|\d{1,2}\s*(?:a\.?m\b|p\.?m\b)|today|tonight|noon|this (?:morning|afternoon|evening)|"
                       r"end of (?:the )?day)", re.I)


def _spelled_out_next(promise: PromiseFound, found: list[PromiseFound], sentences: list[Sentence], sent_day: date) -> bool:
    """ "We'll make it up. I'll send a couple of options for a make-up next week.": an undated undertaking told
    vaguely, then spelled out with its date in the same writer's next sentence, is that one promise (a day taken
    from the text around it, today's or earlier, is no date of its own)."""
    if not _VAGUE.search(promise.sentence) or (promise.due is not None and promise.due > sent_day) \
            or find_dates(promise.sentence, sent_day) or _OWN_TIME.search(promise.sentence):
        return False
    here = next((s for s in sentences if s.start <= promise.start < s.end), None)
    if here is None:
        return False
    for other in found:
        there = next((s for s in sentences if s.start <= other.start < s.end), None)
        if other.due is not None and other.due > sent_day and there is not None and there.index == here.index + 1 \
                and there.paragraph == here.paragraph and (other.by_email, other.by_name) == (promise.by_email, promise.by_name):
            return True
    return False


# a sentence that only gives the timing of the undertaking before it: "Hopefully tomorrow.", "Probably Monday.",
# "Should be Friday at the latest.", "My goal is next Wednesday.", "Target date is the 23rd."
_TIMING_ONLY = re.compile(
    r"^(?:(?:hopefully|probably|likely|most likely|maybe|ideally|definitely|realistically)\b|(?:it|that|this)?\s*should\s+be\b|"
    r"(?:the\s+)?target(?:\s+date)?\s+is\b|(?:my|our|the)\s+(?:goal|target|aim|plan)\s+is\b|"
    r"(?:I['’]m\s+|I\s+am\s+|we['’]re\s+)?(?:aiming|shooting|hoping)\s+for\b|no later than\b)|"
    # a bare day, said alone: "Tomorrow at the latest.", "Monday or Tuesday."
    r"^(?=(?:\S+\s+){0,4}\S+$)(?:by\s+|on\s+|this\s+|next\s+)?(?:(?:mon|tue|wed|thu|fri)[a-z]*|tomorrow)\b(?![^.!]*\b(?:is|are|was|works?)\b)",
    re.I)


def _timing_after(sentence: Sentence, sentences: list[Sentence], sent_day: date) -> DateMention | None:
    """ "I'll call the bus company. Hopefully tomorrow.": the next short sentence that only says when."""
    following = sentences[sentence.index + 1] if sentence.index + 1 < len(sentences) else None
    if following is None or following.paragraph != sentence.paragraph or len(following.text.split()) > 8 \
            or not _TIMING_ONLY.match(following.text) or following.text.rstrip().endswith("?"):
        return None
    return _choose_due(find_dates(following.text, sent_day, prefer="future"), sent_day)


# the next sentence that does the same thing again with its day: "I'll send the draft IEP. You should have it by
# Friday.", "I'll reach out to the OT. I'll do that tomorrow."
_SAME_THING_AGAIN = re.compile(r"\b(?:do|send|have|get|finish|expect|look for|receive|see|bring)\s+(?:it|that|this|them|those)\b",
                               re.I)


def _dated_by_the_next(found: list[PromiseFound], sentences: list[Sentence], sent_day: date) -> list[PromiseFound]:
    """An undated promise followed in the same paragraph by the same side's sentence that only dates it ("do that
    tomorrow") is one promise, with that day."""
    def sentence_of(promise: PromiseFound) -> Sentence | None:
        return next((s for s in sentences if s.start <= promise.start < s.end), None)

    out: list[PromiseFound] = []
    for promise in found:
        previous = out[-1] if out else None
        here, there = sentence_of(promise), sentence_of(previous) if previous else None
        if previous is not None and previous.due is None and promise.due is not None and promise.due > sent_day \
                and here is not None and there is not None and here.index == there.index + 1 \
                and here.paragraph == there.paragraph and previous.by_email == promise.by_email \
                and _SAME_THING_AGAIN.search(promise.sentence) and len(promise.sentence.split()) <= 20:
            out[-1] = dataclasses.replace(previous, due=promise.due, due_text=promise.due_text)
            continue
        if previous is not None and previous.due is not None and promise.due == previous.due \
                and here is not None and there is not None and here.index == there.index + 1 \
                and here.paragraph == there.paragraph and (previous.by_email, previous.by_name) == (promise.by_email, promise.by_name) \
                and _SAME_THING_AGAIN.search(promise.sentence) and len(promise.sentence.split()) <= 14:
            continue  # "I'll send the sheets Friday. I'll make sure you have them by Friday.": the one promise, said again
        out.append(promise)
    return out


_NEXT_ITEM = re.compile(r"\n[ \t]*+(?:[-*•·▪●◦–]|\d{1,2}[.)])|\n[ \t]*+\n")


def _item_goes_on(promise: PromiseFound, found: list[PromiseFound], text: str) -> bool:
    """ "- 10 hours of make-up reading with Ms. Ott. Sessions will begin Monday 3/2.": a list item whose own next
    sentence says the undertaking in full is that one promise."""
    if not promise.rule.endswith("list item"):
        return False
    following = _NEXT_ITEM.search(text, promise.end)
    item_end = following.start() if following else len(text)
    return any(other is not promise and promise.end <= other.start < item_end for other in found)


def _same_promiser_goes_on(clause: str, found: list[PromiseFound], sentence: Sentence, by: Person | None) -> bool:
    """ "Mr. Ochoa will plug the device in at lunch, and he will check the battery again before 5th period": the
    second half, about the same person, carries the one undertaking on (not "…, and he'll contact you to set it up":
    a thing owed to the reader is one of its own)."""
    if by is None or not re.match(r"(?:that\s+)?(?:he|she)\b", clause.strip(), re.I) or not found \
            or re.search(r"\byou\b", clause, re.I):
        return False
    last = found[-1]
    return sentence.start <= last.start < sentence.end and (last.by_email, last.by_name) == (by.email, by.name)


# an arrangement pointed back to where it was already set out ("she will be assigned to him as described in item 1",
# "the aide will cover lunch as outlined above"): a restatement, not a new undertaking
_AS_SET_OUT = re.compile(r"\bas\s+(?:described|outlined|stated|listed|noted|set out|laid out|written|specified)\s+"
                         r"(?:in\s+(?:item|point|section|number|the|my|our|his|her|#)|above|below|earlier|previously)\b[^.;!?]{0,40}[.!]*\s*$",
                         re.I)


# What the message itself goes on to do: "I'll answer your questions below", "I'll handle this one in a letter (see below)"
_DONE_BELOW = re.compile(r"\bsee below\b|\((?:see )?below\)|\b(?:explain|describe|outline|lay out|summari[sz]e|address|cover|"
                         r"handle|answer|respond|go through|spell out)\w*\b[^.;!?]{0,40}\b(?:below|as follows)\b", re.I)


def _continues_promise(clause: str, sentence: Sentence, promised_in: dict[int, tuple[int, str | None]],
                      by: Person | None) -> bool:
    """ "I'm going to update her assessment before the IEP. Will send you a copy": a sentence without a subject right
    after the same writer's promise carries that promise on (its next step), not a second undertaking."""
    before = promised_in.get(sentence.index - 1)
    return bool(before and before == (sentence.paragraph, by.email if by else None)
                and (_SUBJECTLESS_WILL.match(clause.strip()) or _IT_WILL.match(clause.strip()) or _THING_ON_ITS_WAY.match(clause.strip())))


_ENGLISH_WILL = re.compile(r"\b(?:I|[Ww]e)(?:\s*+['’]ll|\s++will)\b")


def _translated(promise: PromiseFound, sentences: list[Sentence]) -> bool:
    """A letter written in both languages says each thing twice: the Spanish paragraph beside an English one
    that undertakes something is its translation (whether or not the English counted as a promise)."""
    paragraph = next((s.paragraph for s in sentences if s.start <= promise.start < s.end), None)
    if paragraph is None:
        return False
    return any(abs(s.paragraph - paragraph) == 1 and _ENGLISH_WILL.search(s.text) for s in sentences)


def _habits_masked(clause: str) -> str:
    """ "Those usually take 2-3 weeks; I'll let you know when it comes in": what usually happens, told in its own part
    of the sentence, is blanked out so that it does not void the writer's undertaking beside it."""
    parts = clause.split(";")
    if len(parts) == 1 or not any(_FIRST_PERSON.search(part) for part in parts if not literals.search(_HABITUAL, part)):
        return clause  # "they'll call you; it usually takes two weeks": how their part goes, still
    return ";".join(" " * len(part) if literals.search(_HABITUAL, part) else part for part in clause.split(";"))


def _mask(text: str, start: int, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for a, b in spans:
        for position in range(max(a, start), min(b, start + len(text))):
            chars[position - start] = " "
    return "".join(chars)


def _restated_by_user(rule: str, message: MessageText, recap: bool) -> bool:
    """A parent restating what staff will do is not the school's promise, unless it records a conversation."""
    return rule.startswith("third-person") and message.from_user and not writes_for_school(message) and not recap


# a possibility the writer leaves open just before "I'll …": "Maybe I'll …", "Perhaps we will …"; or a doubt the
# writer puts on it: "I'm not sure I'll be able to …", "I doubt we'll …", "I can't promise I'll …"
_HEDGED = re.compile(r"(?:\b(?:maybe|perhaps|possibly|hopefully)|"
                     r"\b(?:not|n['’]t)\s++(?:\w+\s++)?(?:sure|certain|positive|know)(?:\s++(?:if|whether|that))?|"
                     r"\b(?:unsure|uncertain|doubt|wonder)(?:\s++(?:if|whether|that))?|"
                     r"\b(?:can['’]t|cannot|can\s++not)\s++(?:promise|guarantee)(?:\s++(?:that|you))?|"
                     r"\bno\s++guarantee(?:\s++that)?)\s*+,?\s*+$", re.I)
_JOINED_ON = re.compile(r"(?:,\s*(?:but|and|so)|;|\s(?:but|and))\s+$")


def _may_promise(stripped: str) -> bool:
    """Whether `_match_clause` may find a promise in the clause: each of its answers other than None is reached only
    through a match of one of _PROMISE_CUES (searched) or _PROMISE_OPENINGS (matched at the clause's start), so a
    clause that holds none of the literal words each cue cannot match without (literals.may_match), and that opens
    with none of the openings, is no promise. Cheaper than the rules themselves, which are tried one by one."""
    return _PROMISE_CUES(stripped) or any(opening.match(stripped) for opening in _PROMISE_OPENINGS)


def _match_clause(
    clause: str, message: MessageText, people: People, sentences: list[Sentence], sentence: Sentence,
    student_names: set[str], recap: bool, sent_day: date,
) -> tuple[str, Person | None, str] | None:
    stripped = clause.strip()
    if re.match(r"^(if|unless|whether)\b", stripped, re.I):
        return None
    if stripped.endswith(":"):
        return None  # "… Ms. Moss will send:": a list follows, and each item is its own promise
    if literals.search(_HABITUAL, stripped):
        return None  # "They'll contact you to set up an observation, usually within 2-3 weeks": how things go
    if not _may_promise(stripped):
        # (most clauses: none of the ~40 rules below is tried; an item of a list of undertakings needs none of their
        # words, "- send the bus form")
        return _list_item(stripped, message, people, sentences, sentence)
    if recap:
        reported = literals.search(_REPORTED, stripped)
        if reported and _known_speaker(reported.group("speaker"), people, student_names):
            speaker = _who(reported.group("speaker"), people, message, sentences, sentence, student_names)
            if reported.group("infinitive"):
                return "recap:agreed to", speaker, reported.group("infinitive")
            if re.match(r"(?:not|never)\b", reported.group("rest")):
                return None  # "Mr. Diaz confirmed that he will not be pulled for duty anymore": a thing that stops
            who = reported.group("who").strip()
            person = re.fullmatch(_PERSON, who)
            # "Nadine said she'd send …": the pronoun is the speaker
            same = who.lower() in ("he", "she") and speaker is not None and reported.group("speaker").lower() not in ("he", "she", "you", "they")
            by = speaker if same or not person else _who(who, people, message, sentences, sentence, student_names)
            return "recap:said would", by, reported.group("rest")
        following = _RECAP_WOULD.match(stripped)
        if following and clause is not sentence.text:
            return "recap:and that would", _who(following.group("who"), people, message, sentences, sentence, student_names), following.group("rest")
        you_will = literals.search(_RECAP_YOU_WILL, stripped)
        if you_will and not _NOT_AN_ACT.match(you_will.group("rest")) and not _in_if_clause(stripped, you_will.start()) \
                and not _WISH.match(you_will.group("rest")):
            return "recap:you will", people.you(), you_will.group("rest")
    elif message.from_user:
        # the user writing down a staff member's spoken promise: "Mr. Albright said he would also share the probes"
        reported = literals.search(_REPORTED, stripped)
        if reported and reported.group("who") and reported.group("who").lower() in ("he", "she") \
                and re.fullmatch(rf"{_TITLED}|[A-Z][a-z]+", reported.group("speaker")) \
                and reported.group("speaker") not in ("He", "She", "They", "You") \
                and _known_speaker(reported.group("speaker"), people, student_names) \
                and not _NOT_AN_ACT.match(reported.group("rest")) and not _KEPT_OR_NOT.search(stripped):
            return "reported:said would", people.resolve(reported.group("speaker")), reported.group("rest")
        # "I believe you said you would check the roster": the reader's spoken promise, written down to them
        if reported and reported.group("speaker").lower() == "you" and (reported.group("who") or "").lower() == "you" \
                and people.you() is not None and not _NOT_AN_ACT.match(reported.group("rest")) \
                and not _KEPT_OR_NOT.search(stripped) and not _in_if_clause(stripped, reported.start()):
            return "reported:you said", people.you(), reported.group("rest")
    first = literals.search(_FIRST_PERSON, stripped)
    while first and _NOT_AN_ACT.match(first.group("rest")) and not _THEN_OWED.search(first.group("rest")):
        # "I will be out Friday, but I'll send the data Monday": the writer's next undertaking, joined on
        following = _FIRST_PERSON.search(stripped, first.end("modal"))
        first = following if following and _JOINED_ON.search(stripped[max(0, following.start() - 8):following.start()]) else None
    if first and _HEDGED.search(stripped[:first.start()]):
        return None  # "Maybe I'll have time to look at it next week": a possibility, not an undertaking
    if first and re.search(r"\bhop(?:e|ing)\b", first.group("modal"), re.I) and not _dated_ahead(first.group("rest"), sent_day):
        return None  # "I hope to have more information soon": a wish until it names its day ("hoping to get it to you by Friday")
    if first and (not _NOT_AN_ACT.match(first.group("rest")) or _THEN_OWED.search(first.group("rest"))) \
            and not _in_if_clause(stripped, first.start()) \
            and not _in_relative_clause(stripped, first.start()):
        modal = " ".join(first.group("modal").lower().split())
        if modal == "should have" and (_PAST_PARTICIPLE.match(first.group("rest")) or not first.group("rest").strip(" .!")):
            return None  # "I should have held the test", "I didn't send it and I should have.": a regret about the past
        if modal.startswith("should"):
            return "should-by-date", message.author, first.group("rest")
        before = stripped[:first.start()]
        if _YOU_FIRST.match(before) and _AND_THEN.search(before[-24:]):
            return None  # "Drop the test in my box the day before and I'll read it to him": it hangs on the reader's part
        if not writes_for_school(message) and _RAISE_WITH.match(first.group("rest")):
            # the family (from any address): "We'll talk to Ms. Lee about making those up": their own next step, owed
            # to no one
            return None
        if first.group("who").lower() == "we" and _meeting_agenda(first.group("rest"), message, sent_day):
            return None  # "We'll review his transition plan and ESY": what the meeting will cover, not one person's act
        if first.group("who").lower() == "we" and _CLASSWORK.match(first.group("rest")) \
                and not _dated_ahead(first.group("rest"), sent_day) and not _HANDED_OVER.search(first.group("rest")):
            return None  # "we'll work on starting a conversation": what the class will do, not a thing owed
        if first.group("who").lower() == "we" and _CLASS_CALENDAR.match(first.group("rest")) \
                and not _FOR_THE_CHILD.search(first.group("rest")) \
                and not any(name.split()[0] in first.group("rest") for name in student_names if name.split()):
            return None  # "We'll be reading Charlotte's Web this month", "we'll have a pajama day Friday": the class's calendar
        return f"first-person:{first.group('who').lower()} {modal.replace('’', chr(39))}", message.author, first.group("rest")
    spanish = literals.search(_SPANISH_UNDERTAKING, stripped)
    if spanish and (spanish.group("future") or _dated_ahead(spanish.group("rest"), sent_day)):
        return _SPANISH_RULE, message.author, spanish.group("rest")
    on_it = _ON_IT.match(stripped)
    if on_it and message.is_reply:
        return "first-person:on it", message.author, on_it.group("rest")
    let_me = literals.search(_LET_ME, stripped)
    if let_me:
        return "first-person:let me", message.author, let_me.group("rest")
    subjectless = _SUBJECTLESS_WILL.match(stripped) or literals.search(_TYPED_ILL, stripped)
    if subjectless and not _NOT_AN_ACT.match(subjectless.group("rest")):
        return "first-person:will", message.author, subjectless.group("rest")
    can = _SUBJECTLESS_CAN.match(stripped)
    if can and re.match(r"have\s+", can.group("rest")) and _PAST_PARTICIPLE.match(can.group("rest")[5:].lstrip()):
        can = None  # "Should have sent it to you sooner": a regret
    if can and _CAN_DELIVER.match(can.group("rest")) and _dated_ahead(can.group("rest"), sent_day, or_today=True):
        return "first-person:can by", message.author, can.group("rest")
    planned = _SUBJECTLESS_PLAN.match(stripped)
    if planned and _dated_ahead(planned.group("rest"), sent_day, or_today=True):
        return "first-person:will", message.author, planned.group("rest")
    own = _own_undertaking(stripped, sent_day)
    if own is not None:
        return own[0], message.author, own[1]
    plan = literals.search(_MY_PLAN, stripped)
    if plan and not _NOT_AN_ACT.match(plan.group("rest")) and not _in_if_clause(stripped, plan.start()):
        return "first-person:my plan", message.author, plan.group("rest")
    assured = _ASSURED.search(stripped)
    if assured and not _in_if_clause(stripped, assured.start()) \
            and not re.match(r"[^.;!?]*?\b(?:not|never|won['’]t)\b", assured.group("rest") or "") \
            and (assured.group("rest") or _dated_ahead(assured.group("ing"), sent_day)):  # a stance has no day
        return "first-person:assures", message.author, assured.group("rest") or assured.group("ing")
    liked = literals.search(_LIKE_TO_DO, stripped)
    if liked and _dated_ahead(liked.group("rest"), sent_day) and not _in_if_clause(stripped, liked.start()):
        return "first-person:like to", message.author, liked.group("rest")
    arranged = literals.search(_ARRANGED, stripped)
    if arranged and not _in_if_clause(stripped, arranged.start()) and _dated_ahead(arranged.group("rest"), sent_day) \
            and not _MEETING_OR_DELIVERED.search(stripped):
        return "first-person:arranged", message.author, arranged.group("rest")
    school = writes_for_school(message)
    if school:
        receive = literals.search(_YOU_SHOULD_RECEIVE, stripped)
        if receive:
            return "should-by-date", message.author, receive.group("rest")
        expect = literals.search(_EXPECT, stripped)
        if expect and _dated_ahead(expect.group("rest"), sent_day, or_today=True):
            return "should-by-date", message.author, expect.group("rest")
        if expect and _EXPECT_WHAT.match(expect.group("rest")):
            return "first-person:expect", message.author, expect.group("rest")
        proposed = literals.search(_PROPOSES, stripped)
        if proposed and not _in_if_clause(stripped, proposed.start()):
            return "service-will:proposes", message.author, proposed.group("rest")
        thing_should = _THING_SHOULD.match(stripped)
        if thing_should and _SHOULD_OK.match(thing_should.group("rest")):
            return "should-by-date", message.author, thing_should.group("rest")
    lead = sentence.text[:max(0, sentence.text.find(stripped))]

    def own_words(position: int) -> bool:
        """Not inside a condition or a relative clause, and not relayed ("the district told me the sessions will …")."""
        return not (_in_subordinate_clause(stripped, position) or _in_relative_clause(stripped, position)
                    or _RELAYED.search(lead + stripped[:position]))

    item = _ACTION_ITEM.match(stripped)
    if item and (_ACTION_HEADING.search(message.new_text) or recap) and _dated_ahead(item.group("rest"), sent_day, or_today=True):
        who = item.group("who")
        by = message.author if who in ("I", "Me") else _who(who, people, message, sentences, sentence, student_names)
        return "recap:action item", by, item.group("rest")
    relayed = _relayed_commitment(stripped, message, people, student_names, sent_day) if school else None
    if relayed is not None:
        return relayed
    apposed = literals.search(_APPOSED_PERSON, stripped)
    third = apposed or (_THIRD_PERSON.search(stripped) if any(word in stripped for word in _THIRD_PERSON_MODALS) else None)
    if third and own_words(third.start()) and not _HEDGED.search(stripped[:third.start()]):
        hit = _third_person(third, clause, message, people, sentences, sentence, student_names, sent_day)
        if hit is not None:
            return hit
    progressive = literals.search(_THIRD_PROGRESSIVE, stripped)
    if progressive and own_words(progressive.start()) and not _NOT_AN_ARRANGEMENT.match(progressive.group("verb")) \
            and not _STARTING_FROM.search(stripped) \
            and _dated_ahead(progressive.group("rest"), sent_day) and not re.search(r"\b(?:if|unless)\b", stripped, re.I) \
            and not _is_child(progressive.group("who"), student_names):
        lead_in = lead + stripped[:progressive.start()]
        by = _who(progressive.group("who"), people, message, sentences, sentence, student_names, lead_in)
        if by is not None and by.email:
            return "third-person:progressive", by, progressive.group("rest")
    bare = literals.search(_BARE_NAME_WILL, stripped)
    if bare and own_words(bare.start()) and _colleague(bare.group("who"), people, student_names, addressee_too=True):
        hit = _third_person(bare, clause, message, people, sentences, sentence, student_names, sent_day)
        if hit is not None:
            return hit
    on_its_way = _THING_ON_ITS_WAY.match(stripped)
    if on_its_way and _dated_ahead(on_its_way.group("rest"), sent_day):
        return "should-by-date", message.author, on_its_way.group("rest")
    # (the parent may write from another address: any writer not on the school's side)
    household = literals.search(_HOUSEHOLD_WILL, stripped) \
        if message.from_user or not school or _childs_family(message.author, student_names) else None
    if household and (household.group("who").startswith(("My", "Her", "His", "Our", "my", "her", "his", "our"))
                      or ((_is_child(household.group("who"), student_names) or household.group("who").lower() in ("he", "she"))
                          and _CARRIES.match(household.group("rest")))) \
            and (_dated_ahead(household.group("rest"), sent_day, or_today=True) or _IN_THE_MORNING.search(household.group("rest"))):
        return "first-person:household", message.author, household.group("rest")
    asked = literals.search(_ASKED_TO, stripped)
    if asked and writes_for_school(message) and (_dated_ahead(asked.group("rest"), sent_day, or_today=True)
                                                 or _ASKED_TO_ARRANGE.match(asked.group("rest"))) \
            and not _in_if_clause(stripped, asked.start()) and not _is_child(asked.group("who"), student_names):
        person = people.resolve(asked.group("who"))
        return "third-person:asked to", person if person is not None and person.email else message.author, asked.group("rest")
    if school:
        first_day = literals.search(_FIRST_DAY, stripped)
        if first_day and own_words(first_day.start()) and _dated_ahead(first_day.group("rest"), sent_day):
            return "service-will:staff", message.author, first_day.group("rest")
        starts = _thing_will(stripped, _THING_STARTS, _SERVICE_BEFORE)
        if starts and own_words(starts.start()) and _dated_ahead(starts.group("rest"), sent_day):
            return "service-will", message.author, starts.group("rest")
        starting = _STARTING_DAY.match(stripped)
        meets = _thing_will(stripped, _SERVICE_MEETS, _SERVICE_BEFORE) if starting else None
        if meets and own_words(meets.start()) and _dated_ahead(starting.group("when"), sent_day):
            return "service-will", message.author, meets.group("rest")
        makeup = literals.search(_MAKEUP_SET, stripped)
        if makeup and own_words(makeup.start()) and _dated_ahead(makeup.group("rest"), sent_day):
            return "service-will", message.author, makeup.group("rest")
        it_will = _IT_WILL.match(stripped)
        if it_will and _dated_ahead(it_will.group("rest"), sent_day, or_today=True) \
                and (not _FINISHED.match(it_will.group("rest")) or any(m.deadline for m in find_dates(it_will.group("rest"), sent_day))):
            return "service-will", message.author, it_will.group("rest")
        to_set = _MEETING_TO_BE_SET.match(stripped)
        if to_set:  # "A meeting will be scheduled within two weeks": one not yet set, which the school will set
            return "service-will", message.author, to_set.group("rest")
        thing = _thing_will(stripped)
        if thing and own_words(thing.start()):  # "Her new chair should arrive next week" only with its date
            return ("should-by-date" if thing.group("modal") == "should" else "service-will"), message.author, thing.group("rest")
        child = literals.search(_CHILD_WILL, stripped)
        if child and own_words(child.start()) and (_is_child(child.group("who"), student_names)
                                                   or child.group("who").lower() in ("he", "she")) \
                and _child_arrangement(stripped, child, sent_day):
            return f"child-arrangement:{child.group('modal').lower().replace('’', chr(39))}", message.author, child.group("rest")
        addressee = people.you()
        to_child = literals.search(_YOU_CHILD, stripped) if addressee and _is_child(addressee.name, student_names) else None
        if to_child and own_words(to_child.start()) and _child_arrangement(stripped, None, sent_day):
            return "child-arrangement:you", message.author, to_child.group("rest")  # written to the student
    return _list_item(stripped, message, people, sentences, sentence)


# a list the writer introduces as their own to do ("Here's what I'll do:", "On my end:", "My next steps:", "I will:"),
# or a colleague's ("Ms. Park will send:"): each item is an undertaking of whoever the line before names
_BULLET_LINE = re.compile(r"^[ \t]*+(?:[-*•·▪●◦–]|\d{1,2}[.)])")
_OWN_LIST_INTRO = re.compile(
    rf"(?:\b(?:I|[Ww]e)(?:\s*+{_APOSTROPHE}ll|\s++will|\s*+(?:{_APOSTROPHE}m|am|{_APOSTROPHE}re|are)\s++going\s++to|\s++plan\s++to)"
    r"(?:\s++(?:also|then|now|be))?(?P<verb>\s++[a-z]+(?:\s++(?:up|out|over|home))?)?(?:\s++(?:the\s++)?following)?|"
    r"\b(?:here(?:['’]s|\s++is)\s++)?what\s++(?:I|we)(?:\s*+['’]ll|\s++will|\s++am\s++going\s++to|\s++plan\s++to)\s++do|"
    r"\b(?:on|from)\s++(?:my|our)\s++(?:end|side|part)|\bfor\s++my\s++part|"
    r"^(?:my|our)\s++(?:next\s++steps|to-?dos?|to-do\s++list|action\s++items|tasks|follow-?ups?))\s*+:\s*+$", re.I)
_COLLEAGUE_LIST_INTRO = re.compile(rf"^(?P<who>{_TITLED})(?:\s*+{_APOSTROPHE}ll|\s++will|\s++is\s++going\s++to)"
                                   r"(?P<verb>\s++[a-z]+(?:\s++(?:up|out|over|home))?)?\s*+:\s*+$")
# the school's own list of what it undertakes: "The district agrees to:", "We will provide:", "The school is offering:"
_SCHOOL_LIST_INTRO = re.compile(
    r"^(?:[Tt]he\s++(?:district|school|IEP\s++team|team)|[Ww]e)\s++(?:also\s++)?(?:(?:agrees?|commits?|ha(?:s|ve)\s++agreed|"
    r"(?:is|are)\s++committing|will\s++commit)\s++to|will|(?:is|are)\s++going\s++to|(?:is|are)\s++offering|offers?|"
    r"propos(?:es?|ing))(?:\s++(?:provide|offer|give|add|make\s++up|cover|pay\s++for|reimburse|schedule))?(?:\s++the\s++following)?\s*+:\s*+$")
_ITEM_VERB = re.compile(
    r"^(?:[-*•·▪●◦–]\s*+|\d{1,2}[.)]\s*+)?(?P<rest>(?i:send|schedule|call|email|e-mail|provide|complete|share|set up|update|draft|"
    r"submit|contact|follow up|bring|forward|arrange|observe|revise|mail|get|finalize|write|request|order|translate|post|add|"
    r"check|reach out|look into|ask|talk|meet|make|put|create|print|confirm|fill out|find|pull|train|fix)\b.*)", re.S)


def _list_item(stripped: str, message: MessageText, people: People, sentences: list[Sentence],
               sentence: Sentence) -> tuple[str, Person | None, str] | None:
    text = message.new_text
    line_start = text.rfind("\n", 0, sentence.start) + 1
    if not _BULLET_LINE.match(text[line_start:sentence.start + 1]) or "?" in stripped:
        return None
    index = sentence.index - 1
    while index >= 0 and sentences[index].paragraph == sentence.paragraph:
        previous = sentences[index]
        previous_line = text.rfind("\n", 0, previous.start) + 1
        if not _BULLET_LINE.match(text[previous_line:previous.start + 1]):
            break
        index -= 1
    if index < 0 or sentence.index - index > 12:
        return None
    intro = sentences[index].text
    own, colleague = _OWN_LIST_INTRO.search(intro), _COLLEAGUE_LIST_INTRO.search(intro)
    if _SCHOOL_LIST_INTRO.search(intro) and writes_for_school(message) and re.search(r"[A-Za-z]{3}", stripped) \
            and not re.match(r"^(?:[-*•·▪●◦–]\s*+|\d{1,2}[.)]\s*+)?(?:I|[Ww]e|[Yy]ou|[Hh]e|[Ss]he|[Tt]hey)\b", stripped):
        return "service-will:list item", message.author, re.sub(r"^(?:[-*•·▪●◦–]\s*+|\d{1,2}[.)]\s*+)", "", stripped)
    if own is None and colleague is None:
        return None
    intro_match = own or colleague
    verb = (intro_match.group("verb") or "").strip() if "verb" in intro_match.groupdict() else ""
    item = re.sub(r"^(?:[-*•·▪●◦–]\s*+|\d{1,2}[.)]\s*+)", "", stripped)
    if verb and not _NOT_AN_ACT.match(verb) and not re.match(r"(?:be|do|need|have)$", verb):
        rest = f"{verb} {item}"  # "Ms. Park will send: - the data sheets"
    else:
        named = _ITEM_VERB.match(item)
        if named is None:
            return None
        rest = named.group("rest")
    if _NOT_AN_ACT.match(rest):
        return None
    if colleague is not None:
        person = people.resolve(colleague.group("who"))
        return "third-person:list item", person if person is not None and person.email else message.author, rest
    return "first-person:list item", message.author, rest


# words relayed from a third party: "Dr. F wrote to me this morning that …", "The district has told me …"
_RELAYED = re.compile(
    r"\b(?:(?:told|tells|wrote|writes|informed|emailed|confirmed|assured)\s+(?:to\s+)?(?:me|us)\b|(?:said|says|mentioned|heard)\b|"
    # "I was told the sessions will be made up", "According to the district, …", "I understand the aide will …"
    r"(?:was|were|been|being)\s+(?:told|informed|assured)\b|according\s+to\b|\bI\s+(?:hear|understand|gather)\b|"
    r"(?:wrote|writes|confirmed|assured)\s+that\b)(?:[^.;!?]|(?<=\b(?:Mr|Ms|Dr|St))\.|(?<=\bMrs)\.)*$", re.I)


# "Ms. Ruiz told me she'll send …", "Mr. Diaz joined for the last ten minutes and confirmed that …": a colleague's word
# passed on by the school's own writer
_COLLEAGUE_SAID = re.compile(
    rf"(?P<speaker>\b{_TITLED}|\b[Tt]hey|{_STAFF_PERSON})(?:\s++[^.;:!?]{{0,60}}?)?\s(?:told (?:me|us)|said|confirmed|agreed|"
    rf"assured (?:me|us))\s++(?:that\s++)?(?P<said>.*)", re.S)
_SAID_SELF_WILL = re.compile(rf"^(?P<who>[Ss]he|[Hh]e)\s*+(?:{_APOSTROPHE}ll|{_APOSTROPHE}d|will|would|is going to)\s++(?P<rest>.*)", re.S)
_SAID_THING_WILL = re.compile(rf"^(?!(?:I|we|you|he|she|they|it)\b)[^,;]{{2,60}}?\s(?:will|would)\s+(?:also\s+)?"
                              rf"(?P<rest>{_BEING_DONE}\b.*)", re.S | re.I)
# "… said he can take the test again on Monday": the child let to redo work or make up time
_SAID_CHILD_CAN = re.compile(r"^(?P<who>[A-Z][a-z]+|[Hh]e|[Ss]he)\s+(?:can|may|will be able to|gets to)\s+"
                             r"(?P<rest>(?:re-?take|re-?do|take\b[^.;]{0,20}\bagain|make up|stay|finish|have)\b.*)", re.S)
_MAKE_UP = re.compile(r"\b(?:make up|made up|making up|make-up|makeup|again|extra)\b", re.I)


def _relayed_commitment(stripped: str, message: MessageText, people: People, student_names: set[str],
                        sent_day: date) -> tuple[str, Person | None, str] | None:
    """A named colleague's undertaking the school's writer passes on: "Ms. Ruiz told me she'll send her slides every
    Friday", "… confirmed that her testing request will be submitted by the 13th", "… they said she can stay an extra
    hour on the 26th to make up the time". Each with its day; not an old word brought up again ("said she would, but
    …"), nor what will not happen."""
    said = literals.search(_COLLEAGUE_SAID, stripped)
    if said is None or _KEPT_OR_NOT.search(stripped) or _in_subordinate_clause(stripped, said.start()):
        return None
    speaker, words = said.group("speaker"), said.group("said")
    if _is_child(speaker, student_names) or re.match(r"\S+\s+(?:not|never)\b|\S+n['’]t\b", words):
        return None
    colleague = people.resolve(speaker) if speaker.lower() != "they" else None
    by = colleague if colleague is not None and colleague.email else message.author
    own = _SAID_SELF_WILL.match(words)
    if own and speaker.lower() != "they" and not _NOT_AN_ACT.match(own.group("rest")) \
            and not _THIRD_NOT_AN_ACT.match(own.group("rest")) and _dated_ahead(own.group("rest"), sent_day, or_today=True):
        return "relayed:will", by, own.group("rest")
    thing = _SAID_THING_WILL.match(words)
    if thing and _dated_ahead(thing.group("rest"), sent_day, or_today=True):
        return "relayed:will", by, thing.group("rest")
    child = _SAID_CHILD_CAN.match(words)
    if child and (_is_child(child.group("who"), student_names) or child.group("who").lower() in ("he", "she")) \
            and _MAKE_UP.search(child.group("rest")) \
            and (_dated_ahead(words, sent_day) or re.fullmatch(_TITLED, speaker)):  # a named teacher's leave to redo it
        return "relayed:child can", by, child.group("rest")
    return None


# "… said she would call, but never did", "… weeks ago": an old promise brought up again, not recorded now
_KEPT_OR_NOT = re.compile(r"\b(?:never|didn['’]t|did not|hasn['’]t|has not|still|yet|ago|last (?:week|month)|but)\b", re.I)


def _known_speaker(speaker: str, people: People, student_names: set[str]) -> bool:
    """A bare first name speaks for someone only when it is one adult the record knows ("Nadine said she'd …")."""
    if not re.fullmatch(r"[A-Z][a-z]+", speaker) or speaker in ("You", "She", "He", "They"):
        return True
    return not _is_child(speaker, student_names) and people.by_first_name(speaker) is not None


def _third_person(
    third: re.Match, clause: str, message: MessageText, people: People, sentences: list[Sentence], sentence: Sentence,
    student_names: set[str], sent_day: date,
) -> tuple[str, Person | None, str] | None:
    who_text, modal, rest = third.group("who"), " ".join(third.group("modal").lower().split()), third.group("rest")
    modal = re.sub(rf"\s{_ADVERB}(?=\s)", "", modal)  # "is also going to" is "is going to"
    if _MONTH_OR_DAY.match(who_text) or _is_child(who_text, student_names):
        return None
    joined = _THEN_WILL.search(rest) if rest.lower().startswith("be ") else None
    if joined and (re.match(r"be back\b", rest, re.I) or _NOT_AN_ACT.match(rest) or _THIRD_NOT_AN_ACT.match(rest)):
        rest = joined.group("rest")  # "She will be back Monday and will send you the data then": the second verb is owed
    if modal == "should":
        if not _SHOULD_OK.match(rest):
            return None
        return "should-by-date", message.author, rest
    if rest.lower().startswith("be ") and not (_THIRD_PERSON_BE_OK.match(rest) or re.match(rf"{_BEING_DONE}\b", rest, re.I)):
        return None
    if re.match(r"be back\b", rest, re.I) and not re.match(rf"{_STAFF_NOUN}|[Tt]hey\b", who_text):
        return None  # "Ms. Ruiz will be back by then and will attend": a person returning (a device "will be back")
    if _NOT_AN_ACT.match(rest) or _THIRD_NOT_AN_ACT.match(rest):
        return None
    if (_EVERYONE.search(rest) and not _dated_ahead(rest, sent_day)) or _BY_RULE.search(clause):
        return None  # "The district will provide transportation to all students who live …": a policy, owed to no one reader
    if _THE_TEAM.fullmatch(who_text.strip()) and _AGENDA.match(rest):
        return None  # "The team will review his present levels": what the meeting will cover, not one person's act
    if who_text.lower() in ("he", "she") and _RECEIVES.match(rest):
        by = None  # "He will still get his 30 minutes": the child receives, the school provides
    elif re.match(r"be (?:\w+ed|given|made|sent|put|set|kept|held|taken|done|written|seen)\b", rest, re.I) \
            and writes_for_school(message):
        by = message.author  # "Ms. Garrity will be assigned to the route": the school assigns her, the sender answers for it
    else:
        lead = sentence.text[:max(0, sentence.text.find(clause.strip()))] + clause.strip()[:third.start()]
        by = _who(who_text, people, message, sentences, sentence, student_names, lead)
    if by is None:
        if who_text.lower() in ("he", "she") and _child_arrangement(clause, None, sent_day) and writes_for_school(message):
            # "She'll finish the test tomorrow … with her full 1.5x": the school arranging the child's service
            return f"child-arrangement:{modal.replace('’', chr(39))}", message.author, rest
        return None
    rule = "third-person:" + ("committed to" if modal.startswith(("has", "have")) else modal.replace("’", "'"))
    return rule, by, rest


# "I'll think it over and let you know by Monday": a step in the writer's head, then a thing owed the reader with its day
_THEN_OWED = re.compile(r"^(?:think|consider|wait|talk about|discuss)\b[^.;!?]{0,60}?\s(?:and|then)\s++(?:then\s++)?(?:let you know|get back to you|"
                        r"send|e-?mail|call|text|reply|respond)\b(?=[^.;!?]*?\b(?:by|before|no later than)\b)", re.I)
_THEN_WILL = re.compile(r"\s(?:and|but)\s++(?:then\s++|also\s++)?will\s++(?P<rest>(?!be\b)[a-z]+\b.*)", re.S)


# a teacher writing in Spanish: "le mando la guía el lunes 23", "le voy a llamar mañana", "le enviaré el formulario";
# the present tense ("le mando") promises only with a day ahead ("le mando adjunto" is sent now)
_SPANISH_RULE = "first-person:spanish"
_SPANISH_UNDERTAKING = re.compile(
    r"(?<![\w-])(?:(?:le|les|te|se\s+l[oa]s?)\s+(?P<present>mando|envío|envio|llamo|escribo|aviso|paso|traigo)|"
    r"(?:(?:le|les|te|se\s+l[oa]s?)\s+)?"
    r"(?P<future>(?:voy|vamos)\s+a\s+(?:mandar|enviar|llamar|escribir|avisar|pasar|traer)|"
    r"mandaré|enviaré|llamaré|escribiré|avisaré|pasaré|traeré))\b(?P<rest>.*)",
    re.I | re.S)
# everyone of a kind, not this child: "all students", "any student who", "families who", "every parent"
_EVERYONE = re.compile(r"\b(?:all|every|each|any)\s++(?:of\s++(?:our|the)\s++)?(?:[\w-]+\s++)?(?:students?|famil(?:y|ies)|"
                       r"parents?|children|child|kids?|learners?)\b|\b(?:students|families|parents|children)\s++(?:who|that|whose)\b",
                       re.I)
# what the law or a policy sets for everyone: "… within 60 days of consent, as required by law", "per district policy"
_BY_RULE = re.compile(r"\b(?:as\s++(?:required|mandated|set out|outlined)\s++(?:by|in|under)\s++(?:the\s++)?(?:law|IDEA|state|federal|"
                      r"district|board|policy|regulations?|statute)|per\s++(?:the\s++)?(?:district|school|board|state)?\s*+policy|"
                      r"(?:district|school|board)\s++policy\s++(?:says|requires|states))\b", re.I)
_THE_TEAM = re.compile(r"(?i:the\s+)?(?:IEP\s+)?(?:team|committee)", re.I)
_AGENDA = re.compile(r"(?:review|discuss|consider|go\s+over|talk\s+about|look\s+at)\b", re.I)
# "we will be reviewing her progress at the meeting"
_AGENDA_ING = re.compile(r"(?:also\s+)?be\s+(?:reviewing|discussing|considering|going\s+over|talking\s+about|looking\s+at)\b", re.I)
# the reader is told to do something first, and the writer's part follows on it ("… and I'll …")
# (two patterns: the tail checked on its own keeps the match linear on long runs of spaces)
# raising a matter with someone else, nothing handed over after it ("talk to the principal about the bus", not
# "… and let you know what she says")
_RAISE_WITH = re.compile(
    rf"(?:also\s+)?(?:talk|speak|check)\s+(?:to|with)\s+(?:{_TITLED}|(?:the|his|her|their)\s+(?:\w+\s+)?(?:teacher|principal|"
    rf"case manager|counselor|therapist|coordinator|director|office))\s+about\b(?![^.;!?]*\b(?:and|then)\b)")
# (an invitation the reader may take up or not is such a first part: "you're welcome to join by phone and I'll send the link")
_YOU_FIRST = re.compile(r"^(?:[^:;.]{0,40}:\s*)?(?:[A-Z][\w'’-]*,\s*)?(?:just\s+|please\s+|"
                        r"(?:you(?:['’]re|\s+are)\s+(?:more\s+than\s+|always\s+)?(?:welcome|free)|feel\s+free)\s+to\s+)?"
                        r"(?:come|drop|send|bring|stop by|swing by|email|call|text|"
                        r"put|leave|give(?!\s+me\s+(?:until|till|til|through|a\s+(?:day|couple|few|week|bit|little)|(?:one|two|three|a few)\s+days|"
                        r"some\s+time|time))|share|have (?:him|her|them)|join|dial in|call in|log in|sit in)\b[^.;!?]*$", re.I)
_AND_THEN = re.compile(r"(?<!\S)and\s+(?:then\s+)?$", re.I)
# what a group or class will do together: "we'll work on asking for help", "we'll do our store lesson instead"
_CLASSWORK = re.compile(r"(?:also\s+|then\s+)?(?:continue\s+to\s+)?(?:work on|practice|focus on|keep working on|"
                        r"do (?:the|our|a|an|some)\b[^.;]{0,80}\binstead\b)", re.I)
_MEETING = re.compile(r"\b(?:meeting|ARD|conference|agenda)\b", re.I)
# what the whole class does on its calendar: "we will be starting a unit on fractions", "we'll be doing MAP testing all
# next week", "tomorrow we will have an indoor recess" (not "we'll be starting her new schedule Monday")
_CLASS_CALENDAR = re.compile(
    r"(?:also\s+)?(?:(?:be\s+(?:reading|starting|beginning|doing|learning|studying|having|taking|celebrating|wrapping up|finishing up)|"
    r"read|start|begin|do|learn|study|take|celebrate|wrap up|finish up)\s+"
    r"(?:(?:a|an|the|our|some|two|three)\s+)?(?:[\w'’-]+\s+){0,3}?(?:unit|chapter|novel|book|lesson|module|testing|tests?|"
    r"quiz(?:zes)?|assessments?|benchmarks?|projects?|recess|assembly|field trip|party|week)\b|"
    r"(?:be\s+)?celebrat(?:e|ing)\b|"
    r"be\s+reading\s+[A-Z]|"
    r"have\s+(?:a|an|our)\s+(?:[\w'’-]+\s+){0,2}?(?:recess|day|assembly|party|celebration|fire drill|drill|field trip|"
    r"early release|half day|sub|substitute|guest speaker|spelling test|unit test|quiz)\b)")
# what is done for this child or handed to the reader
_FOR_THE_CHILD = re.compile(r"\b(?:her|him|his|their|you|your)\b", re.I)
_HANDED_OVER = re.compile(r"\b(?:send|email|mail|share|call|get back|let you know|give you|have (?:it|them|a|the)\b[^.;]{0,30}\bto you)\b", re.I)


def _meeting_agenda(rest: str, message: MessageText, sent_day: date) -> bool:
    """ "we will update his transition plan" in a message about a meeting: a topic the team takes up there (unless it
    has its own day or hands something over: "we'll review the data and send you a plan")."""
    return bool(re.match(r"(?:also\s+|then\s+)?(?:update|revise)\b", rest, re.I) or _AGENDA.match(rest)
                or _AGENDA_ING.match(rest)) \
        and bool(_MEETING.search(message.new_text)) and not _HANDED_OVER.search(rest) and not _dated_ahead(rest, sent_day)
# what someone else "will" do that is a forecast of them, not an undertaking
_THIRD_NOT_AN_ACT = re.compile(r"^(?:probably\s+|likely\s+|definitely\s+)?(?:ask|want|need|notice|wonder|love|like|appreciate|"
                               r"understand|agree|worry|"
                               # a decision still to be made, not a deed: "the team will decide whether she needs ESY"
                               r"decide|make (?:that|the|this|a|its|their|a final) (?:decision|call|determination)|"
                               r"be (?:upset|happy|glad|thrilled|excited|fine|ok|okay|disappointed|surprised)|"
                               # what accommodations or approvals do: "they'll carry over to next year"
                               r"carry (?:over|forward)|remain in (?:place|effect)|stay in (?:place|effect)|expire)\b",
                               re.I)
# (not "she will keep his check-ins going": the one who runs them)
_RECEIVES = re.compile(r"^(?:still\s+|also\s+)?(?:get|receive|have|keep(?![^.;]{0,40}\bgoing\b)|"
                       r"continue to (?:get|receive|have))\b", re.I)
_IEP_SUPPORT = re.compile(
    r"\b(1\.5x|time and a half|(?:extended|extra|full) time|as much time as (?:he|she|they|you) needs?|read[- ]aloud|read to (?:him|her)|small group|separate (?:room|setting)|"
    r"scribe|reader|with (?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\w+ reading (?:it|them)\b|calculator|chromebook|read&write|read and write|text-to-speech|speech-to-text|breaks?|aide|para|session|"
    r"speech|OT|PT|counseling|bus|accommodations?|testing (?:center|ctr|room)|resource room|learning (?:lab|center)|"
    r"with me|in my room|room \d+|[A-Z]\d{2,3}\b)", re.I)
# "Kenji will retake the quiz on Wednesday", "He can retake Tues 1/27 in the testing ctr": the school arranging the child's work
_CHILD_WILL = re.compile(
    rf"(?P<who>\b[A-Z][a-z]+|\b[Hh]e|\b[Ss]he)\s*+(?:{_ADVERB}\s+)?(?P<modal>will|{_APOSTROPHE}ll|can|is going to|gets to)\s+"
    rf"(?:{_ADVERB}\s+)?(?:be able to\s+)?(?P<rest>(?:re-?take|re-?do|make up|finish|complete|take|do|start|begin|join|get|have|work|sit|test)\b.*)",
    re.S)
# the same arrangement written to the student: "you can retake the quiz Thursday with it read aloud"
_YOU_CHILD = re.compile(rf"\b[Yy]ou\s+(?:{_ADVERB}\s+)?(?:will|{_APOSTROPHE}ll|can|are going to|get to)\s+(?:{_ADVERB}\s+)?"
                        rf"(?P<rest>(?:re-?take|re-?do|make up|finish|complete|take|test)\b.*)", re.S)
_STARTING = re.compile(r"\b(?:beginning|starting|effective) (?:immediately|today|now|tomorrow)|\bfrom now on\b|\bgoing forward\b", re.I)


def _childs_family(author: Person | None, student_names: set[str]) -> bool:
    """The writer shares the child's family name: a parent writing from a work address is still the family."""
    surname = author.name.split()[-1].lower() if author and author.name and len(author.name.split()) > 1 else ""
    return bool(surname) and any(len(name.split()) > 1 and name.split()[-1].lower() == surname for name in student_names)


def _is_child(who: str, student_names: set[str]) -> bool:
    words = who.split()
    return bool(words) and (who in student_names or words[-1] in student_names)


def _child_arrangement(clause: str, child: re.Match | None, sent_day: date) -> bool:
    """The child's work or service set up for a coming day, with the support that makes it an IEP matter."""
    if child is not None and child.group("who").lower() in ("he", "she") and not _IEP_SUPPORT.search(clause):
        return False
    dated = _STARTING.search(clause) or any(m.day >= sent_day for m in find_dates(clause, sent_day, prefer="future"))
    return bool(dated and _IEP_SUPPORT.search(clause))


# "As promised, I have scheduled a meeting for …": a meeting set (an event, not an undertaking), or a promise kept
_MEETING_OR_DELIVERED = re.compile(r"\b(?:as promised|as I (?:said|mentioned)|meeting|conference|call)\b", re.I)


def _dated_ahead(text: str, sent_day: date, or_today: bool = False) -> bool:
    return any(m.day > sent_day or (or_today and m.day == sent_day) for m in find_dates(text, sent_day, prefer="future"))


def _in_if_clause(text: str, position: int) -> bool:
    """The commitment hangs on a condition: "If he finishes early, I'll …" (but "Once testing is done I'll …" is made),
    or is what someone is asked about: "Please confirm how and when the district will make up the minutes"."""
    before = text[:position]
    return bool(re.search(r"\b(if|unless|whether)\b[^,.;]*$", before, re.I) or _ASKED_ABOUT.search(before))


# a question put inside an ask or a wish to know: "please tell me when the team will meet", "I need to know who will cover"
# (not a promise that follows it: "let me know which day works and I'll set it up")
_WH = r"(?:how|when|whether|what|where|who|which|why)"
_ASKED_ABOUT = re.compile(
    r"\b(?:confirm|tell|explain|clarify|know|ask(?:ed|ing)?|wonder(?:ing)?|specify|outline|describe|find out|"
    rf"in writing)\b[^.;!?]{{0,80}}?\b{_WH}(?:\s+(?:and|or)\s+{_WH})?\b(?:(?!\b(?:and|then|so|but)\b)[^,.;])*$", re.I)


def _in_subordinate_clause(text: str, position: int) -> bool:
    """Background, not a commitment: "Because the meeting will be held this spring, we ask …"."""
    before = text[:position]
    return bool(re.search(r"\b(if|unless|whether|because|since|while|although|though|as long as)\b[^,.;]*$", before, re.I)
                or _ASKED_ABOUT.search(before))


def _in_relative_clause(text: str, position: int) -> bool:
    """ "better than anything I'll assign", "the dates on which the district will provide …": not the main verb."""
    before = text[:position].rstrip()
    return bool(re.search(r"(?:\b(?:than|whatever|whenever|wherever|anything|everything|something|nothing)|"
                          r"\b(?:on|in|at|by|for|during|to) (?:which|whom)|\bwhich|\bwhom|\bwhose)$", before, re.I))


_WISH = re.compile(r"^(?:still\s+|also\s+)?(?:like|want|prefer|rather|be (?:interested|willing|able|available|open))\b", re.I)


def _who(who: str, people: People, message: MessageText, sentences: list[Sentence], sentence: Sentence,
         student_names: set[str], lead: str = "") -> Person | None:
    lowered = who.lower()
    if lowered in ("i", "we"):
        return message.author
    if lowered == "you":
        return people.you()
    if lowered in ("he", "she"):
        name = _antecedent_is_staff(sentences, sentence.index - 1, student_names, lead, people, lowered)
        return people.resolve(name) if name else None
    if lowered == "they" or re.match(r"(?i)(our|the|his|her|someone)\s", who) or lowered == "transportation":
        return message.author
    return people.resolve(re.sub(r"(?<!\s)\s++from\s.*", "", who, flags=re.S))


# Every regex a promise found by _match_clause (and _own_undertaking, _relayed_commitment, _third_person's callers)
# needs a match of: a rule added there must add its regex here, or `_may_promise` passes its clauses over.
# tests/classify/test_promise_gate.py checks that each regex those functions use is here or a known veto.
# (most often passing first: a clause that may promise is let through after a check or two)
_PROMISE_CUES = literals.AnyOf((
    _FIRST_PERSON, _THIRD_PROGRESSIVE, _THIRD_PERSON, _BARE_NAME_WILL, _CHILD_WILL, _PROGRESSIVE, _TYPED_ILL, _CAN_BY,
    _RECAP_YOU_WILL, _HOUSEHOLD_WILL, _COLLEAGUE_SAID, _THING_STARTS, _THING_WILL, _REPORTED, _EXPECT, _YOU_CHILD,
    _APPOSED_PERSON, _YOU_SHOULD_RECEIVE, _AND_WILL, _MAKEUP_SET, _ARRANGED, _HAPPY_TO, _ASKED_TO, _SPANISH_UNDERTAKING,
    _MY_PLAN, _FIRST_DAY, _LET_ME, _LIKE_TO_DO, _PROPOSES, _ASSURED, _OWN_DUTY,
))
# the rules read only at the clause's start (`.match(stripped)`): matched outright, which fails at once for most
# (_STARTING_DAY stands for _SERVICE_MEETS, read only after it)
_PROMISE_OPENINGS: tuple[re.Pattern, ...] = (
    _ON_IT, _SUBJECTLESS_WILL, _SUBJECTLESS_CAN, _SUBJECTLESS_PLAN, _THING_SHOULD, _ACTION_ITEM, _IT_WILL,
    _THING_ON_ITS_WAY, _RECAP_WOULD, _STARTING_DAY, _MEETING_TO_BE_SET,
)
