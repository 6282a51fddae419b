# -*- coding: utf-8 -*-
"""Content of the Fairbanks corpus: people, threads, messages and gold labels.

Eli Fairbanks, 7th grade, Canyon Wren Middle School, Mesquite Valley Unified School District (AZ).
Everything here is fictional. build.py renders it into .eml files and gold.json.
"""

CORPUS = "fairbanks"
AS_OF = "2026-03-31"
TIMEZONE = "America/Phoenix"
TZ = "-07:00"   # Arizona does not observe DST
USER = {"name": "Wade Fairbanks", "email": "wade.fairbanks@gmail.com", "role": "parent"}
TRAIL = "fairbanks.trail@fastmail.com"
STUDENTS = ["Eli Fairbanks"]

# School calendar for the term (used by check.py): instruction days are Mon-Fri from
# 2026-01-05 through 2026-05-21 except these dates.
TERM_START = "2026-01-05"
TERM_END = "2026-05-21"
NO_SCHOOL = ["2026-01-19", "2026-02-16", "2026-03-09", "2026-03-10", "2026-03-11",
             "2026-03-12", "2026-03-13", "2026-04-03"]

# people: key -> (display name, email, role, client)
# client decides Message-ID style and reply-quoting style
P = {
    "wade":      ("Wade Fairbanks", "wade.fairbanks@gmail.com", "parent", "gmail"),
    "wade_ios":  ("Wade Fairbanks", "wade.fairbanks@gmail.com", "parent", "ios"),
    "wade_old":  ("Wade Fairbanks", "wfairbanks@desertlink.example.net", "parent", "thunderbird"),
    "renata":    ("Renata Fairbanks", "renata.fairbanks@outlook.com", "parent", "outlookcom"),
    "june":      ("June Fairbanks", "junefairbanks52@yahoo.com", "other", "yahoo"),
    "delgado":   ("Tamsin Delgado", "tdelgado@mvusd.example.org", "school", "m365"),
    "nakamura":  ("Heather Nakamura", "hnakamura@mvusd.example.org", "school", "m365"),
    "quintero":  ("Ray Quintero", "rquintero@mvusd.example.org", "school", "m365"),
    "salcido":     ("Dominic Salcido", "dsalcido@mvusd.example.org", "school", "ios_school"),
    "whitcomb":  ("Gordon Whitcomb", "gwhitcomb@mvusd.example.org", "school", "m365"),
    "adebayo":   ("Nia Adebayo", "nadebayo@mvusd.example.org", "school", "m365"),
    "kessler":   ("Brent Kessler", "bkessler@mvusd.example.org", "school", "m365"),
    "montano":   ("Alicia Montaño", "amontano@mvusd.example.org", "school", "m365"),
    "oyelaran":  ("Marcus Oyelaran", "moyelaran@mvusd.example.org", "school", "m365"),
    "sorensen":  ("Gail Sorensen", "gsorensen@mvusd.example.org", "school", "m365"),
    "ramaswamy": ("Priya Ramaswamy", "pramaswamy@desertbloomfc.example.com", "other", "other"),
    "begay":     ("Lorna Begay", "lorna.begay@pimafamilyadvocates.example.org", "other", "other"),
    "news":      ("Canyon Wren Middle School", "noreply@notify.campuscall.example.com", "school", "news"),
    "trail":     ("", TRAIL, "parent", "gmail"),
}

CONF = """CONFIDENTIALITY NOTICE: This message and any attachments may contain student
information that is confidential under the Family Educational Rights and Privacy Act
(FERPA) and the Individuals with Disabilities Education Act (IDEA). If you received it
in error, please notify the sender and delete it. Mesquite Valley Unified School
District email may be subject to public records requests under A.R.S. 39-121."""

SIG = {
    "wade": "Wade Fairbanks\n520-555-0148",
    "renata": "Renata Fairbanks",
    "delgado": "Tamsin Delgado, M.Ed.\nESS Teacher / Case Manager - 7th Grade\nResource Math (B-14) | Canyon Wren Middle School\nMesquite Valley Unified School District\n520-555-0311 x4214\n\n" + CONF,
    "nakamura": "Heather Nakamura, LMSW\nSchool Social Worker\nCanyon Wren Middle School | Mesquite Valley USD\n\"Every student, every day.\"\n\n" + CONF,
    "quintero": "R. Quintero\nSchool Counselor, Grades 7-8 (A-L)\nCanyon Wren MS\n\n" + CONF,
    "salcido": "Sent from my iPhone",
    "whitcomb": "Gordon Whitcomb\nScience 7 | Room C-6\nCanyon Wren Middle School\n\n" + CONF,
    "adebayo": "Ms. Adebayo\nEnglish Language Arts 7, Team Saguaro\nCanyon Wren Middle School\nPronouns: she/her\n\n" + CONF,
    "kessler": "Brent Kessler\nAssistant Principal\nCanyon Wren Middle School\n2150 W. Wren Canyon Rd, Tucson, AZ 85745\nOffice 520-555-0300 | Fax 520-555-0309\n\n" + CONF,
    "oyelaran": "Marcus Oyelaran, M.S., BCBA\nDistrict Behavior Specialist\nExceptional Student Services | Mesquite Valley USD\n520-555-0190\n\n" + CONF,
    "sorensen": "Gail Sorensen, Ed.D.\nDirector, Exceptional Student Services\nMesquite Valley Unified School District\n1400 N. Ironwood Ave., Tucson, AZ 85745\n520-555-0180\n\n" + CONF,
    "ramaswamy": "Priya Ramaswamy, LPC, NCC\nDesert Bloom Family Counseling\n3300 E. Speedway Blvd, Suite 210, Tucson AZ 85716\nP 520-555-0277\n\nThis email may contain protected health information. If you are not the intended\nrecipient, please delete it and notify the sender. Email is not a secure means of\ncommunication for clinical emergencies; in a crisis call 988.",
    "begay": "Lorna Begay\nParent Advocate | Pima Family Advocates\n\"Nothing about us without us\"",
    "june": "",
}

NEWSLETTER = """CANYON WREN WEEKLY | Week of January 26, 2026
Canyon Wren Middle School - Home of the Wrens

PRINCIPAL'S CORNER
Wrens, thank you for a strong start to the semester. Attendance last week was 94.6%,
our best January in five years. Keep it up!

MARK YOUR CALENDAR
- Thu 2/5: Black History Month assembly, 2nd and 3rd period (all grades)
- Thu 2/12: 7th grade Kindness Week assembly, 10:00-11:00 in the gym
- Mon 2/16: No school, Presidents' Day
- Thu 2/26: 8th grade high school registration assembly
- Mar 9-13: Spring Break

COUNSELING CORNER
Our counseling team is running lunch bunch groups on Tuesdays. Students can sign up
outside Room A-2. Ms. Nakamura will be on leave starting February 9; Mr. Quintero is
covering 7th grade while she is out.

ATHLETICS
Boys and girls track tryouts begin February 23. Physicals must be on file with the
athletic office before the first practice.

YEARBOOK
Yearbooks are $38 until February 28 and $45 after. Order online through the
school store.

You are receiving this because you are a contact for a student at Canyon Wren
Middle School. Manage notification settings in the CampusCall app."""

THREADS = [
# ---------------------------------------------------------------- T1 counseling
{"id": "T1", "subject": "Eli - social work sessions", "messages": [
 {"id": "T1.1", "from": "wade", "to": ["nakamura"], "date": "2026-01-13T19:40:00",
  "arrival": "bcc-self",
  "body": """Hi Ms. Nakamura,

Eli mentioned at dinner that he hasn't "done the feelings thing" with you since before
Christmas. His IEP has 30 minutes a week of social work with you, and I know the
first week back was short, but that still seems like a while.

Can you tell me which dates he has actually been seen since winter break?

Not trying to make trouble. He actually likes going, which is saying something for him.

Thanks,
""",
  "signature": "wade",
  "labels": {"topics": ["counseling"],
   "requests": [{"id": "R1", "quote": "Can you tell me which dates he has actually been seen since winter break?"}]}},
 {"id": "T1.2", "from": "nakamura", "to": ["wade"], "date": "2026-01-14T07:55:00", "reply_to": "T1.1",
  "arrival": "gmail-forward", "forwarded_at": "2026-01-14T12:10:00",
  "forward_note": "counseling skipped 1/8 for the assembly - she says make up on the 20th",
  "body": """Good morning Mr. Fairbanks,

Thank you for asking, and you're right to. Eli's regular time with me is Thursdays at
10:15. Last Thursday, January 8, the whole 7th grade was pulled into the winter sports
pep assembly during that block, so his 30-minute session did not happen.

I'm going to make up the January 8 session on Tuesday the 20th during advisory.

I also want to give you a heads up that I will be out on leave starting February 9,
probably through the beginning of April. Before I leave I will sit down with Mr.
Quintero and walk him through Eli's goals and his Thursday time so there isn't a gap.

He is a great kid to work with. He told me last week that he has been using the
"name it to tame it" trick at home.

Heather
""",
  "signature": "nakamura",
  "labels": {"topics": ["counseling"],
   "commitments": [
     {"id": "C1", "what": "make up the missed Jan 8 social work session during advisory on Jan 20",
      "quote": "I'm going to make up the January 8 session on Tuesday the 20th during advisory.", "due": "2026-01-20"},
     {"id": "C2", "what": "brief Mr. Quintero on Eli's goals and Thursday time before her leave starts Feb 9",
      "quote": "Before I leave I will sit down with Mr.\nQuintero and walk him through Eli's goals and his Thursday time so there isn't a gap.", "due": "2026-02-06"}],
   "answers": ["R1"],
   "missed_services": [{"topic": "counseling", "date": "2026-01-08", "minutes": 30}]}},
 {"id": "T1.3", "from": "nakamura", "to": ["wade"], "cc": ["trail"], "date": "2026-01-21T15:20:00", "reply_to": "T1.2",
  "arrival": "direct",
  "body": """Hi Mr. Fairbanks,

Quick update so you have it in writing: Eli and I made up his January 8 session
yesterday during advisory, a full 30 minutes. We worked on his "warning signs" card
(what his body does before he blows up) and he picked three things to try in class.

I'm copying the other address you gave me so it lands in your records.

Heather
""",
  "signature": "nakamura",
  "labels": {"topics": ["counseling"], "fulfills": ["C1"]}},
]},
# ---------------------------------------------------------------- T2 newsletter
{"id": "T2", "subject": "Canyon Wren Weekly - Week of January 26", "messages": [
 {"id": "T2.1", "from": "news", "to": ["trail"], "date": "2026-01-23T16:00:00",
  "arrival": "direct", "quote": False, "html": True,
  "body": NEWSLETTER + "\n",
  "labels": {"topics": []}},
]},
# ---------------------------------------------------------------- T3 break pass refused by sub
{"id": "T3", "subject": "Break pass in ELA today", "messages": [
 {"id": "T3.1", "from": "renata", "to": ["adebayo"], "cc": ["wade", "trail"], "date": "2026-01-27T16:05:00",
  "arrival": "direct",
  "body": """Hello Ms. Adebayo,

I'm Eli Fairbanks's stepmom. Eli came home very upset today. He says the substitute in
your 4th period would not let him use his break pass. He showed her the card and she
told him passes were "for emergencies only" and to sit back down. He says he asked twice,
then he got loud and she sent him to the office, and now he has a referral.

The break card is part of his IEP and his behavior plan. It is supposed to be the thing
he does INSTEAD of blowing up. When it gets taken away, this is exactly what happens.

Was the substitute given his accommodations or any notes about him?

Thank you,
Renata Fairbanks
""",
  "labels": {"topics": ["breaks", "behavior_support"],
   "requests": [{"id": "R2", "quote": "Was the substitute given his accommodations or any notes about him?"}],
   "missed_services": [{"topic": "breaks", "date": "2026-01-27", "minutes": None}]}},
 {"id": "T3.2", "from": "adebayo", "to": ["renata"], "cc": ["wade"], "date": "2026-01-28T14:12:00", "reply_to": "T3.1",
  "arrival": "outlook-forward", "forwarded_at": "2026-01-28T18:30:00", "forwarder": "renata",
  "forward_note": "Wade - her answer. Sub didn't read the plans.",
  "body": """Mrs. Fairbanks,

I am so sorry. I was at a district curriculum training yesterday. My sub plans did have a
note about Eli's break card on the first page, but when I asked the sub this morning she
admitted she hadn't read past the seating chart. So to answer your question, yes, the
information was there, but it clearly did not get used, and Eli should have been allowed
his break. That's on us, not him.

I'm going to put a bright orange card about Eli's break pass at the very top of my sub
folder and walk through it with the front office staff who hand out the sub folders.

I've talked to Eli this morning and he was fine in class today, used his pass once and
came right back.

Nia Adebayo
""",
  "signature": "adebayo",
  "labels": {"topics": ["breaks"],
   "commitments": [{"id": "C3", "what": "put an orange card about Eli's break pass on top of the sub folder and go over it with the front office",
      "quote": "I'm going to put a bright orange card about Eli's break pass at the very top of my sub\nfolder and walk through it with the front office staff who hand out the sub folders.", "due": None}],
   "answers": ["R2"],
   "missed_services": [{"topic": "breaks", "date": "2026-01-27", "minutes": None}]}},
 {"id": "T3.3", "from": "wade", "to": ["adebayo"], "cc": ["renata", "kessler"], "date": "2026-01-29T07:02:00", "reply_to": "T3.2",
  "arrival": "bcc-self",
  "body": """Ms. Adebayo,

Thank you for the straight answer, we appreciate it. I'm adding Mr. Kessler since the
referral came from his office.

How is a sub supposed to know what he needs if the plans don't get read? I know that's not
on you personally. The break card only works if every adult in the room knows about it.

Mr. Kessler, will the referral from Tuesday be taken off his record, since the sub did
not follow his IEP?

Wade Fairbanks
""",
  "labels": {"topics": ["breaks", "behavior_support"],
   "requests": [{"id": "R3", "quote": "will the referral from Tuesday be taken off his record, since the sub did\nnot follow his IEP?"}]}},
]},
# ---------------------------------------------------------------- T4 para absent, no replacement
{"id": "T4", "subject": "Ms Lupe", "messages": [
 {"id": "T4.1", "from": "june", "to": ["delgado"], "cc": ["wade", "trail"], "date": "2026-01-29T17:48:00",
  "arrival": "direct",
  "body": """Ms Delgado this is June Fairbanks, Eli's grandma, I pick him up on Thursdays.

He got in my car today and said Ms Lupe was not there today and nobody sat with him in
science and he "just sat there" the whole hour because he couldnt follow the worksheet.
He was pretty wound up the rest of the afternoon. I thought Ms Lupe was supposed to be
with him every day for those classes after lunch?? That is what Wade told me.

I am not trying to get anybody in trouble I just want somebody to know.

June Fairbanks
""",
  "labels": {"topics": ["paraprofessional"],
   "missed_services": [{"topic": "paraprofessional", "date": "2026-01-29", "minutes": None}]}},
 {"id": "T4.2", "from": "delgado", "to": ["june"], "cc": ["wade"], "date": "2026-01-30T09:14:00", "reply_to": "T4.1",
  "arrival": "yahoo-forward", "forwarded_at": "2026-01-30T11:02:00", "forwarder": "june",
  "forward_note": "Wade did you see this. No sub for her 2 days",
  "body": """Hi Mrs. Fairbanks,

Thank you for telling me, and I'm glad he talks to you on those drives. Ms. Carrizales
(Ms. Lupe) was out sick yesterday and she is out again today. We put in for a
substitute para both days but the district sub pool did not fill it, so Eli did not have
his para for 3rd through 5th period yesterday or today. That is about two and a half
hours each day that he should have had her. I stopped into science yesterday to check
on him myself, but I have my own classes and couldn't stay.

She expects to be back Monday.

Going forward I'll send you and Mr. Fairbanks a note each day she is out, so you're not
finding out from Eli in the car.

Tamsin Delgado
""",
  "signature": "delgado",
  "labels": {"topics": ["paraprofessional"],
   "commitments": [{"id": "C4", "what": "send the family a note each day the para is out",
      "quote": "Going forward I'll send you and Mr. Fairbanks a note each day she is out", "due": None}],
   "missed_services": [
     {"topic": "paraprofessional", "date": "2026-01-29", "minutes": 150},
     {"topic": "paraprofessional", "date": "2026-01-30", "minutes": 150}]}},
 {"id": "T4.3", "from": "wade", "to": ["delgado"], "cc": ["june", "renata"], "date": "2026-02-02T06:35:00", "reply_to": "T4.2",
  "arrival": "bcc-self",
  "body": """Ms. Delgado,

Thanks for being upfront with my mom. Two days with no para in science is a big deal
for Eli, that's the class where most of his blowups have happened.

Who is supposed to cover him when Ms. Carrizales is out? Is there a written plan for that,
or does it just depend on who is free?

Wade
""",
  "labels": {"topics": ["paraprofessional"],
   "requests": [{"id": "R5", "quote": "Who is supposed to cover him when Ms. Carrizales is out? Is there a written plan for that,\nor does it just depend on who is free?"}]}},
]},
# ---------------------------------------------------------------- T7 auto reply (Feb 12)
{"id": "T7", "subject": "No session today again", "messages": [
 {"id": "T7.1", "from": "wade", "to": ["nakamura"], "date": "2026-02-12T16:22:00",
  "arrival": "bcc-self",
  "body": """Ms. Nakamura,

Eli says there was no session today because of the Kindness Week assembly. That's the
second Thursday assembly this semester that has landed on his counseling time.

Wade
""",
  "labels": {"topics": ["counseling"],
   "missed_services": [{"topic": "counseling", "date": "2026-02-12", "minutes": 30}]}},
 {"id": "T7.2", "from": "nakamura", "to": ["wade"], "date": "2026-02-12T16:22:40", "reply_to": "T7.1",
  "arrival": "gmail-forward", "forwarded_at": "2026-02-12T16:40:00", "auto_reply": True, "quote": False,
  "subject": "Automatic reply: No session today again",
  "forward_note": "right, she's on leave. Writing to Quintero",
  "body": """Thank you for your message. I am on leave from February 9 and expect to return
on Monday, April 6. I will not be checking email during this time.

For student social work and counseling needs, please contact Mr. Ray Quintero at
rquintero@mvusd.example.org or call the counseling office at 520-555-0302.
If this is an emergency, please call 911 or the 988 Suicide & Crisis Lifeline.
""",
  "signature": "nakamura",
  "labels": {"topics": []}},
]},
# ---------------------------------------------------------------- T8 Quintero coverage
{"id": "T8", "subject": "Eli Fairbanks - social work minutes while Ms. Nakamura is out", "messages": [
 {"id": "T8.1", "from": "wade", "to": ["quintero"], "cc": ["delgado"], "date": "2026-02-13T07:15:00",
  "arrival": "bcc-self",
  "body": """Mr. Quintero,

I got Ms. Nakamura's out-of-office. Eli's IEP has 30 minutes a week of social work, on
Thursdays, and his session did not happen yesterday because of the 7th grade assembly.

Can you confirm that you are the one seeing him while she is out, and when yesterday's
session will be made up?

Thank you,
""",
  "signature": "wade",
  "labels": {"topics": ["counseling"],
   "requests": [{"id": "R10", "quote": "Can you confirm that you are the one seeing him while she is out, and when yesterday's\nsession will be made up?"}],
   "missed_services": [{"topic": "counseling", "date": "2026-02-12", "minutes": 30}]}},
 {"id": "T8.2", "from": "quintero", "to": ["wade"], "cc": ["delgado"], "date": "2026-02-17T12:50:00", "reply_to": "T8.1",
  "arrival": "direct",
  "body": """Mr. Fairbanks -

Yes, I'm covering 7th grade social work minutes until she is back. Ms. Nakamura met
with me on Feb 5 and went over Eli's goals, his warning-signs card and his Thursday time.

I'll see Eli this Thursday at 10:15. I will make up the 2/12 session the following week.

RQ
""",
  "signature": "quintero",
  "labels": {"topics": ["counseling"],
   "commitments": [
     {"id": "C7", "what": "see Eli for his social work session Thursday Feb 19 at 10:15",
      "quote": "I'll see Eli this Thursday at 10:15.", "due": "2026-02-19"},
     {"id": "C8", "what": "make up the missed Feb 12 session the week of Feb 23",
      "quote": "I will make up the 2/12 session the following week.", "due": "2026-02-27"}],
   "fulfills": ["C2"], "answers": ["R10"]}},
 {"id": "T8.3", "from": "wade", "to": ["quintero"], "cc": ["delgado"], "date": "2026-02-26T18:05:00", "reply_to": "T8.2",
  "arrival": "bcc-self",
  "body": """Mr. Quintero,

Eli says he didn't see you today or last Thursday, and the make-up you mentioned
hasn't happened either. He has started saying it "doesn't matter anyway," which
worries me more than the minutes do.

What happened on the 19th and today?

Wade Fairbanks
""",
  "labels": {"topics": ["counseling"],
   "requests": [{"id": "R11", "quote": "What happened on the 19th and today?"}],
   "missed_services": [
     {"topic": "counseling", "date": "2026-02-19", "minutes": 30},
     {"topic": "counseling", "date": "2026-02-26", "minutes": 30}]}},
 {"id": "T8.4", "from": "quintero", "to": ["wade"], "cc": ["delgado"], "date": "2026-03-02T08:30:00", "reply_to": "T8.3",
  "arrival": "gmail-forward", "forwarded_at": "2026-03-02T12:45:00",
  "forward_note": "",
  "body": """Mr. Fairbanks - apologies for the slow reply.

Both of those Thursdays I got pulled. One was a student crisis that took most of the
morning, the other was the 8th grade registration assembly, which I run. Neither is a good
reason from your end, I understand that.

I know Eli is out this week. When he's back I'll email you after each session with the
date and the minutes so you have it.

RQ
""",
  "signature": "quintero",
  "labels": {"topics": ["counseling"],
   "commitments": [{"id": "C17", "what": "email the family the date and minutes after each session",
      "quote": "When he's back I'll email you after each session with the\ndate and the minutes so you have it.", "due": None}],
   "answers": ["R11"]}},
]},
# ---------------------------------------------------------------- T9 behavior specialist / BIP
{"id": "T9", "subject": "Eli Fairbanks - BIP review and classroom observations", "messages": [
 {"id": "T9.1", "from": "oyelaran", "to": ["wade_old", "renata"], "cc": ["delgado", "kessler"], "date": "2026-02-10T10:30:00",
  "arrival": "thunderbird-forward", "forwarded_at": "2026-02-10T20:15:00", "forwarder": "wade_old", "quote": False,
  "forward_note": "This went to my old desertlink address. Behavior specialist from the district.",
  "attachments": [{"name": "Fairbanks_E_BIP_Parent_Input_Form.pdf", "type": "application/pdf",
     "text": ["Mesquite Valley USD - Exceptional Student Services",
              "Behavior Intervention Plan Review: Parent/Guardian Input",
              "Student: Eli Fairbanks   Grade 7   School: Canyon Wren MS",
              "1. What does Eli do at home right before he gets upset?",
              "2. What helps him calm down (breaks, space, music, movement)?",
              "3. How does Eli talk about his break card and his check-in with Coach Salcido?",
              "4. What would you most like the revised behavior plan to change?",
              "Return to M. Oyelaran, District Behavior Specialist."]}],
  "body": """Dear Mr. and Mrs. Fairbanks,

My name is Marcus Oyelaran and I am the district behavior specialist assigned to Canyon
Wren. Ms. Delgado asked me to help the team review Eli's behavior intervention plan,
which was written last spring and hasn't been updated since his move to middle school.

I observed Eli in science on February 3 and in ELA on February 6 and collected
antecedent-behavior-consequence data, and I'm going through his check-in/check-out points
from the last six weeks now. I will send you a summary of my observations and the draft BIP
changes by March 6.

Could you fill out the attached parent input form and return it by February 20? It's
short. Your view of what happens at home before and after a rough day matters a lot.

Best regards,
Marcus Oyelaran
""",
  "signature": "oyelaran",
  "labels": {"topics": ["behavior_support", "check_in"], "attachment_topics": ["behavior_support", "breaks", "check_in"],
   "commitments": [{"id": "C9", "what": "send the observation summary and draft BIP changes",
      "quote": "I will send you a summary of my observations and the draft BIP\nchanges by March 6.", "due": "2026-03-06"}],
   "requests": [{"id": "R12", "quote": "Could you fill out the attached parent input form and return it by February 20?"}]}},
 {"id": "T9.2", "from": "wade", "to": ["oyelaran"], "cc": ["renata", "delgado"], "date": "2026-02-15T21:10:00", "reply_to": "T9.1",
  "arrival": "bcc-self",
  "attachments": [{"name": "Parent input - Eli Fairbanks.pdf", "type": "application/pdf",
     "text": ["Parent input - Eli Fairbanks (Wade and Renata Fairbanks)",
              "1. Before he blows up he goes quiet, pulls his hood up, taps his pencil hard.",
              "2. Walking the dog, headphones, 10 minutes alone in his room. Do not argue with him in the moment.",
              "3. He likes Coach Salcido. He says the break card is the only thing that works when a class is loud.",
              "4. Make sure every adult, including subs, knows the break card is not optional."]}],
  "body": """Mr. Oyelaran,

Thanks for reaching out. Renata and I filled out the form together, it's attached. Use my
gmail address from now on please, the desertlink one is old.

One more thing: Eli sees an outside therapist, Priya Ramaswamy at Desert Bloom Family
Counseling, and she would like to talk with you before the plan is rewritten. I'll drop
the signed release of information at the front office Tuesday morning.

Wade Fairbanks
""",
  "labels": {"topics": ["behavior_support"],
   "commitments": [{"id": "C5", "what": "drop off the signed release of information at the front office",
      "quote": "I'll drop\nthe signed release of information at the front office Tuesday morning.", "due": "2026-02-17"}],
   "answers": ["R12"]}},
 {"id": "T9.3", "from": "oyelaran", "to": ["wade"], "cc": ["renata", "delgado", "trail"], "date": "2026-02-17T13:40:00", "reply_to": "T9.2",
  "arrival": "direct",
  "body": """Mr. Fairbanks,

Thank you both, the input form is really helpful, especially the part about the hood and
the pencil tapping. Those match the early signs I saw in class.

Ms. Delgado scanned over the release you dropped off this morning. I'll call Dr. Ramaswamy
once I've finished going through the data; I'd like to compare what she sees in sessions with
what I see in class.

Marcus
""",
  "signature": "oyelaran",
  "labels": {"topics": ["behavior_support"],
   "commitments": [{"id": "C6", "what": "call Eli's outside therapist to compare observations",
      "quote": "I'll call Dr. Ramaswamy\nonce I've finished going through the data", "due": None}],
   "fulfills": ["C5"]}},
 {"id": "T9.4", "from": "oyelaran", "to": ["wade", "renata"], "cc": ["delgado", "kessler", "trail"], "date": "2026-03-18T15:55:00", "reply_to": "T9.3",
  "arrival": "direct",
  "attachments": [{"name": "Fairbanks_E_Observation_Summary_DRAFT_BIP_2026-03.pdf", "type": "application/pdf",
     "text": ["Observation summary and draft BIP revisions - Eli Fairbanks, Gr. 7 (DRAFT)",
              "Observations: 2/3 Science 7 (55 min), 2/6 ELA 7 (55 min). Para present both days.",
              "ABC data: 9 of 11 escalations followed a denied or delayed request to leave the room.",
              "Break card used 4 times across observations; average break 4.5 minutes; returned every time.",
              "CICO: 61% of possible points in February; no data recorded 2/17-2/20.",
              "Proposed: break card honored by all staff including substitutes, no questions at the door;",
              "para or trained adult present in science; CICO backup mentor named; replacement behavior",
              "(ask for break, use card) reinforced with 2 bonus CICO points."]}],
  "body": """Mr. and Mrs. Fairbanks,

Attached are my observation summary and the draft BIP revisions. I'm sorry this is later
than the March 6 date I gave you; the manifestation review took priority that week and
then we were on break.

The short version: almost every escalation I recorded started with Eli being told to wait
or being told no when he asked to leave the room. When he was allowed his break, he came
back within five minutes every time. The draft makes the break card non-negotiable for
every adult, including substitutes.

Marcus Oyelaran
""",
  "signature": "oyelaran",
  "labels": {"topics": ["behavior_support", "breaks"], "attachment_topics": ["behavior_support", "breaks", "paraprofessional", "check_in"],
   "fulfills": ["C9"]}},
]},
# ---------------------------------------------------------------- T5 CICO not done
{"id": "T5", "subject": "CICO sheets this week", "messages": [
 {"id": "T5.1", "from": "wade", "to": ["salcido"], "cc": ["delgado"], "date": "2026-02-20T21:30:00",
  "arrival": "bcc-self",
  "body": """Coach Salcido,

Eli's check-in/check-out sheet came home blank every day this week. No morning goal, no
points, no afternoon signature. Here's what I have:

- Tue 2/17: blank
- Wed 2/18: blank
- Thu 2/19: blank
- Fri 2/20: blank

(Monday was the holiday.) He says he went to the gym door Tuesday morning and nobody was
there, so he stopped going. Did he check in with anybody this week?

He really looks forward to seeing you in the morning, so this matters to him more than he
lets on.

Thanks,
""",
  "signature": "wade",
  "labels": {"topics": ["check_in"],
   "requests": [{"id": "R6", "quote": "Did he check in with anybody this week?"}],
   "missed_services": [
     {"topic": "check_in", "date": "2026-02-17", "minutes": None},
     {"topic": "check_in", "date": "2026-02-18", "minutes": None},
     {"topic": "check_in", "date": "2026-02-19", "minutes": None},
     {"topic": "check_in", "date": "2026-02-20", "minutes": None}]}},
 {"id": "T5.2", "from": "salcido", "to": ["wade"], "cc": ["delgado"], "date": "2026-02-23T06:41:00", "reply_to": "T5.1",
  "arrival": "apple-forward", "forwarded_at": "2026-02-23T07:20:00", "forwarder": "wade_ios",
  "forward_note": "coach admits nobody covered cico",
  "body": """mr fairbanks thats on me. no he didnt check in with anyone, I was at the AIA coaches
clinic in phoenix and then had early bus duty and nobody picked up cico for my
kids. no excuse.

Im back now, gym door is open at 7:50 like before, and I'll text you a pic of his sheet every
afternoon this week so you can see it. tell him I said hes not in trouble
""",
  "signature": "salcido",
  "labels": {"topics": ["check_in"],
   "commitments": [{"id": "C10", "what": "text the family a photo of Eli's CICO sheet every afternoon this week",
      "quote": "I'll text you a pic of his sheet every\nafternoon this week", "due": "2026-02-27"}],
   "answers": ["R6"]}},
 {"id": "T5.3", "from": "salcido", "to": ["wade"], "date": "2026-02-27T15:38:00", "reply_to": "T5.2",
  "arrival": "apple-forward", "forwarded_at": "2026-02-27T19:05:00", "forwarder": "wade_ios",
  "forward_note": "",
  "body": """thats 5 for 5 on the pics this week. he had 82% of his points mon-thurs which is his best
week. heard about 5th period today, sorry man. he checked out with me at 2:40 and he was
ok by then
""",
  "signature": "salcido",
  "labels": {"topics": ["check_in"], "fulfills": ["C10"]}},
]},
# ---------------------------------------------------------------- T6 calculator on unit test
{"id": "T6", "subject": "Unit 4 test - calculator", "messages": [
 {"id": "T6.1", "from": "wade", "to": ["whitcomb"], "cc": ["delgado", "renata"], "date": "2026-02-19T20:10:00",
  "arrival": "bcc-self",
  "body": """Mr. Whitcomb,

Eli told us you didn't let him use his calculator or his multiplication chart on the
Unit 4 density test today because "it's a calculating test." He also said he took it at
his regular table with the whole class instead of in the small group room.

Both of those are in his IEP for tests, not only in math class. He has a math learning
disability. Asking him to do density problems by hand is testing his dyscalculia, not his
science.

Can he retake the test with his calculator and multiplication chart? And why was he not
tested in the small group setting?

Wade Fairbanks
""",
  "labels": {"topics": ["calculator", "separate_setting"],
   "requests": [
     {"id": "R7", "quote": "Can he retake the test with his calculator and multiplication chart?"},
     {"id": "R8", "quote": "why was he not\ntested in the small group setting?"}],
   "missed_services": [
     {"topic": "calculator", "date": "2026-02-19", "minutes": None},
     {"topic": "separate_setting", "date": "2026-02-19", "minutes": None}]}},
 {"id": "T6.2", "from": "whitcomb", "to": ["wade"], "cc": ["delgado", "renata"], "date": "2026-02-20T11:48:00", "reply_to": "T6.1",
  "arrival": "outlook-forward", "forwarded_at": "2026-02-20T12:30:00", "forwarder": "renata",
  "forward_note": "FYI for Eli's folder",
  "body": """Mr. Fairbanks,

I understood the calculator accommodation as applying to his math class. The Unit 4
assessment is meant to show whether students can set up and compute density by hand, and
I have given it that way to all of my sections.

That said, Ms. Delgado and I spoke this morning, and she has clarified that his
accommodations apply to all assessments, so I was wrong not to allow the calculator
yesterday. Eli may retake the test with a calculator in Ms. Delgado's room during
Wednesday's advisory.

Regards,
G. Whitcomb
""",
  "signature": "whitcomb",
  "labels": {"topics": ["calculator"],
   "commitments": [{"id": "C11", "what": "let Eli retake the Unit 4 test with a calculator in the resource room",
      "quote": "Eli may retake the test with a calculator in Ms. Delgado's room during\nWednesday's advisory.", "due": "2026-02-25"}],
   "answers": ["R7"],
   "missed_services": [{"topic": "calculator", "date": "2026-02-19", "minutes": None}]}},
 {"id": "T6.3", "from": "delgado", "to": ["wade", "renata"], "cc": ["whitcomb"], "reply_to": "T6.2", "date": "2026-02-25T13:05:00",
  "arrival": "gmail-forward", "forwarded_at": "2026-02-25T17:40:00",
  "forward_note": "retake with calculator: 41 to 78",
  "body": """Hi both,

Eli retook the Unit 4 science test in B-14 during advisory this morning with his
calculator and multiplication chart, in a small group with two other students. He went
from a 41% to a 78%. He was pretty proud of himself.

You asked Mr. Whitcomb last week about the small group room. The honest answer is that
our testing room was booked for district benchmark make-ups and no one set up another
space for the students who need it. I've
asked the office to give me the benchmark calendar ahead of time so that doesn't happen
again.

Tamsin
""",
  "signature": "delgado",
  "labels": {"topics": ["calculator", "separate_setting"], "fulfills": ["C11"], "answers": ["R8"]}},
]},
# ---------------------------------------------------------------- T14 chunked assignments
{"id": "T14", "subject": "Wren Reads project - can it be broken up?", "messages": [
 {"id": "T14.1", "from": "renata", "to": ["adebayo"], "cc": ["delgado", "trail"], "date": "2026-02-24T19:20:00",
  "arrival": "direct",
  "body": """Hi Ms. Adebayo,

The Wren Reads novel project came home as one 12-page packet with a single due date of
March 13. Eli took one look at it and shut down. His IEP says longer assignments are
supposed to be chunked into smaller parts with their own check-in dates.

Could you split it into parts with separate due dates, and post them one at a time on
Canvas? He does much better when he can only see the piece he's working on.

Thanks so much,
Renata
""",
  "labels": {"topics": ["reduced_assignments"],
   "requests": [{"id": "R20", "quote": "Could you split it into parts with separate due dates, and post them one at a time on\nCanvas?"}]}},
 {"id": "T14.2", "from": "adebayo", "to": ["renata"], "cc": ["delgado"], "date": "2026-02-25T07:31:00", "reply_to": "T14.1",
  "arrival": "outlook-forward", "forwarded_at": "2026-02-25T08:05:00", "forwarder": "renata",
  "forward_note": "",
  "body": """Good morning!

Absolutely, and I should have done that before it went home. I've split it into three
parts (reading log, character map, final letter) with due dates of 2/27, 3/6 and 3/20.
Part 1 is posted on Canvas now. I'll have Part 2 up on Canvas by Monday 3/2.

Nia
""",
  "signature": "adebayo",
  "labels": {"topics": ["reduced_assignments"],
   "commitments": [{"id": "C12", "what": "post Part 2 of the chunked project on Canvas",
      "quote": "I'll have Part 2 up on Canvas by Monday 3/2.", "due": "2026-03-02"}],
   "answers": ["R20"]}},
]},
# ---------------------------------------------------------------- T11 suspension
{"id": "T11", "subject": "Notice of Suspension - Eli Fairbanks", "messages": [
 {"id": "T11.1", "from": "kessler", "to": ["wade", "renata"], "cc": ["delgado", "montano"], "date": "2026-02-27T14:50:00",
  "arrival": "attachment-forward", "forwarded_at": "2026-02-27T19:00:00",
  "forward_note": "suspension notice with the pdf",
  "attachments": [{"name": "Suspension_Notice_Fairbanks_E_2026-02-27.pdf", "type": "application/pdf",
     "text": ["Mesquite Valley Unified School District - Notice of Short-Term Suspension",
              "Student: Eli Fairbanks   Grade: 7   School: Canyon Wren Middle School",
              "Date of incident: 02/27/2026, Period 5 (Science 7, Room C-6)",
              "Violation: 3.4 Disruption / 5.1 Threatening behavior (pushed desk, threw chair toward wall)",
              "Consequence: Out-of-school suspension 3 days: 03/02, 03/03, 03/04/2026. Return 03/05/2026.",
              "Cumulative days of removal 2025-26 (incl. this action): 11",
              "Student has an IEP and a behavior intervention plan: MDR required.",
              "Parent may request an informal hearing within 5 school days. B. Kessler, Assistant Principal"]}],
  "body": """Mr. and Mrs. Fairbanks,

As we discussed by phone this afternoon, Eli was involved in an incident in 5th period
science today. He pushed a lab desk over and threw a chair toward the back wall. No one
was hurt. Per the student code of conduct he will serve a three-day out-of-school
suspension on Monday, Tuesday and Wednesday (March 2-4) and return on Thursday, March 5.
The formal notice is attached.

Because this brings Eli's removals this school year to 11 days and he has an IEP with a
behavior intervention plan, a manifestation determination review is required. Ms. Delgado
will be in touch by Monday to schedule it.

Sincerely,
Brent Kessler
""",
  "signature": "kessler",
  "labels": {"topics": ["behavior_support", "iep_meeting"], "attachment_topics": ["behavior_support", "iep_meeting"],
   "commitments": [{"id": "C13", "by": "delgado", "what": "have Ms. Delgado contact the family to schedule the MDR",
      "quote": "Ms. Delgado\nwill be in touch by Monday to schedule it.", "due": "2026-03-02"}]}},
 {"id": "T11.2", "from": "wade", "to": ["kessler"], "cc": ["delgado", "sorensen", "renata"], "date": "2026-02-27T21:25:00", "reply_to": "T11.1",
  "arrival": "bcc-self",
  "body": """Mr. Kessler,

I want this in writing before Monday. Ms. Carrizales was absent again today and, from
what Eli and Ms. Adebayo's hallway comment tell me, nobody was with him in science.
He says he asked to use his break card and Mr. Whitcomb told him to wait until
the lab was cleaned up. That is when the desk went over.

So the two things his behavior plan depends on, his para and his break card, were both
missing in the hour it happened. Nobody called us this morning to say his para was out.

Who was assigned to cover his para time today?

Also, what services will he get while he's home Monday through Wednesday? His resource
math is every day.

Dr. Sorensen, I'm copying you because this keeps happening.

Wade Fairbanks
""",
  "labels": {"topics": ["paraprofessional", "breaks", "behavior_support", "specialized_instruction"],
   "requests": [
     {"id": "R14", "quote": "Who was assigned to cover his para time today?"},
     {"id": "R15", "quote": "what services will he get while he's home Monday through Wednesday?"}],
   "missed_services": [
     {"topic": "paraprofessional", "date": "2026-02-27", "minutes": None},
     {"topic": "breaks", "date": "2026-02-27", "minutes": None}]}},
 {"id": "T11.3", "from": "kessler", "to": ["wade"], "cc": ["delgado", "sorensen", "renata"], "date": "2026-03-02T10:05:00", "reply_to": "T11.2",
  "arrival": "gmail-forward", "forwarded_at": "2026-03-02T12:50:00",
  "forward_note": "AP confirms no para Friday",
  "body": """Mr. Fairbanks,

I've looked into this. Ms. Carrizales called out at 6:45 Friday morning. A substitute
para was requested but not filled. Nobody was reassigned to cover Eli for 3rd through 5th
period, and you're right that you should have been told. I have shared your email with Ms. Delgado.

I'm not in a position to change the suspension before the review. All of this is exactly
what the review is for.

Brent Kessler
""",
  "signature": "kessler",
  "labels": {"topics": ["paraprofessional", "iep_meeting"], "answers": ["R14"],
   "missed_services": [{"topic": "paraprofessional", "date": "2026-02-27", "minutes": None}]}},
]},
# ---------------------------------------------------------------- T12 MDR
{"id": "T12", "subject": "Manifestation Determination Review - Eli Fairbanks", "messages": [
 {"id": "T12.1", "from": "delgado", "to": ["wade", "renata"], "date": "2026-03-02T07:40:00",
  "arrival": "gmail-forward", "forwarded_at": "2026-03-02T08:15:00",
  "forward_note": "MDR dates",
  "body": """Good morning Mr. and Mrs. Fairbanks,

I'm reaching out to schedule Eli's manifestation determination review (MDR). The review
has to be held within 10 school days of the suspension decision, and the two times
everyone on the team can make are:

  - Friday, March 6 at 3:30 PM, or
  - Monday, March 16 at 3:30 PM (the first day back from spring break)

Please let me know which one works for you by Wednesday 3/4. The team will be Mr. Kessler,
Mr. Whitcomb, Mr. Oyelaran, Mr. Quintero and me, and you are welcome to bring anyone who
knows Eli well.

I'll send you his current BIP, the FBA summary from 6th grade and his February check-in
data by Thursday so you have time to read them first.

Tamsin Delgado
""",
  "signature": "delgado",
  "labels": {"topics": ["iep_meeting", "behavior_support", "check_in"], "fulfills": ["C13"],
   "commitments": [{"id": "C14", "what": "send the BIP, FBA summary and February CICO data before the MDR",
      "quote": "I'll send you his current BIP, the FBA summary from 6th grade and his February check-in\ndata by Thursday", "due": "2026-03-05"}],
   "requests": [{"id": "R17", "quote": "Please let me know which one works for you by Wednesday 3/4."}]}},
 {"id": "T12.2", "from": "wade", "to": ["delgado"], "cc": ["renata"], "date": "2026-03-02T12:58:00", "reply_to": "T12.1",
  "arrival": "bcc-self",
  "body": """Ms. Delgado,

Friday March 6 at 3:30 works for us. Renata and I will both be there, and we're bringing
our advocate, Lorna Begay from Pima Family Advocates. Eli's therapist, Priya Ramaswamy,
may call in if the team is OK with that.

Wade
""",
  "labels": {"topics": ["iep_meeting"], "answers": ["R17"]}},
 {"id": "T12.3", "from": "delgado", "to": ["wade", "renata"], "cc": ["june", "trail"], "date": "2026-03-05T15:10:00", "reply_to": "T12.2",
  "arrival": "direct",
  "attachments": [{"name": "Fairbanks_E_BIP_2025-05.pdf", "type": "application/pdf",
     "text": ["Behavior Intervention Plan - Eli Fairbanks (written 05/2025, Gr. 6)",
              "Target behaviors: leaving the classroom without permission, throwing objects, verbal outbursts.",
              "Replacement behavior: show break card, take a 5-minute break in the designated spot.",
              "Supports: check-in/check-out with mentor AM and PM; 1:1 paraprofessional periods 3-5;",
              "chunked assignments; preferential seating near the door."]},
                  {"name": "CICO_Feb2026_Fairbanks.pdf", "type": "application/pdf",
     "text": ["Check-In/Check-Out daily points - Eli Fairbanks - February 2026 (goal 80%)",
              "2/2 78%  2/3 81%  2/4 70%  2/5 85%  2/6 76%  2/9 80%  2/10 72%  2/11 88%  2/12 64%  2/13 79%",
              "2/17 no data  2/18 no data  2/19 no data  2/20 no data",
              "2/23 84%  2/24 80%  2/25 83%  2/26 81%  2/27 AM only"]}],
  "body": """Mr. and Mrs. Fairbanks,

As promised, attached are Eli's current BIP and his February check-in/check-out data. The
6th grade FBA summary is in the BIP on page 1. See you Friday at 3:30 in the main office
conference room; Dr. Ramaswamy is welcome to call in, and that room has a speaker phone.

Mrs. June Fairbanks - I'm so sorry about the math. I'm copying you here instead of on
your email so everyone has the same information. I emailed you his math packet for this
week as a PDF this afternoon, and Eli has a paper copy in his backpack. He and I already
started on it together in B-14 today.

Tamsin
""",
  "signature": "delgado",
  "labels": {"topics": ["behavior_support", "check_in", "iep_meeting", "specialized_instruction"],
   "attachment_topics": ["behavior_support", "check_in", "paraprofessional", "reduced_assignments", "preferential_seating", "breaks"],
   "fulfills": ["C14"], "answers": ["R16"]}},
 {"id": "T12.5", "from": "delgado", "to": ["wade", "renata"], "cc": ["kessler", "oyelaran", "sorensen", "begay", "trail"], "date": "2026-03-16T16:20:00", "reply_to": "T12.3",
  "arrival": "direct",
  "attachments": [{"name": "PWN_MDR_Fairbanks_E_2026-03-06.pdf", "type": "application/pdf",
     "text": ["Prior Written Notice - Manifestation Determination - Eli Fairbanks - meeting held 03/06/2026",
              "Present: T. Delgado, B. Kessler, G. Whitcomb, M. Oyelaran, R. Quintero, W. and R. Fairbanks,",
              "L. Begay (advocate), P. Ramaswamy LPC (by phone).",
              "Determination: behavior on 02/27/2026 WAS a manifestation of the disability (EmD, ADHD)",
              "and was the direct result of failure to implement the IEP (no 1:1 para, break card refused).",
              "Action: Eli remains in his current placement. Suspension days removed from the removal count.",
              "Compensatory services: 135 minutes of specialized math instruction (3 x 45 min, Tue/Thu after school,",
              "starting 03/24) and 3 make-up social work sessions of 30 minutes before 04/30.",
              "BIP: revised BIP to the team for review by 03/27/2026 (M. Oyelaran).",
              "IEP amendment meeting to add a written para and CICO coverage plan by 04/10/2026."]}],
  "body": """Mr. and Mrs. Fairbanks,

Attached is the prior written notice from the manifestation determination review on
March 6. I've summarized the main points below so you don't have to dig through the form.

- The team found that the February 27 incident was a manifestation of Eli's disability,
  and that it was the direct result of parts of his IEP not being implemented. The three
  suspension days come off his record.
- Dr. Ramaswamy joined by phone, and Lorna's written request is attached to the notice. We
  reviewed the CICO sheets and the para absence log together at the meeting.
- Compensatory services: the first compensatory math session will be Tuesday, March 24
  after school in B-14, 45 minutes, then Thursday 3/26 and Tuesday 3/31.
- Mr. Oyelaran will have the revised BIP ready for the team to review by March 27.
- We will hold an IEP amendment meeting by April 10 to add a written coverage plan for
  when Ms. Carrizales or Coach Salcido are out.

Please let me know if anything in the notice doesn't match what you heard.

Tamsin
""",
  "signature": "delgado",
  "labels": {"topics": ["iep_meeting", "behavior_support", "paraprofessional", "compensatory_services", "specialized_instruction", "check_in"],
   "attachment_topics": ["iep_meeting", "behavior_support", "paraprofessional", "breaks", "compensatory_services", "specialized_instruction", "counseling", "check_in"],
   "commitments": [
     {"id": "C18", "what": "hold the first compensatory math session Tuesday March 24 after school",
      "quote": "the first compensatory math session will be Tuesday, March 24\n  after school in B-14, 45 minutes", "due": "2026-03-24"},
     {"id": "C19", "by": "oyelaran", "what": "have the revised BIP ready for team review",
      "quote": "Mr. Oyelaran will have the revised BIP ready for the team to review by March 27.", "due": "2026-03-27"},
     {"id": "C20", "what": "hold an IEP amendment meeting to add a written para and CICO coverage plan",
      "quote": "We will hold an IEP amendment meeting by April 10 to add a written coverage plan for\n  when Ms. Carrizales or Coach Salcido are out.", "due": "2026-04-10"}],
   "fulfills": ["C21"]}},
 {"id": "T12.6", "from": "delgado", "to": ["wade", "renata"], "date": "2026-03-24T16:45:00", "reply_to": "T12.5",
  "arrival": "gmail-forward", "forwarded_at": "2026-03-24T20:30:00",
  "forward_note": "first comp session happened",
  "body": """Quick note: Eli stayed for his first compensatory math session today, 3:35 to 4:20. We
worked on integer operations with the number line and his calculator. He asked if he
could bring a friend next time (no, but I appreciated the enthusiasm).

See you Thursday.
Tamsin
""",
  "signature": "delgado",
  "labels": {"topics": ["compensatory_services", "specialized_instruction", "calculator"], "fulfills": ["C18"]}},
]},
{"id": "T18", "subject": "Eli math work at my house", "messages": [
 {"id": "T18.1", "from": "june", "to": ["delgado"], "cc": ["wade", "trail"], "date": "2026-03-04T16:30:00",
  "arrival": "direct",
  "body": """Ms Delgado,

Eli has been at my house Monday Tuesday and today while his dad and Renata work. The
packet that came home has science and english in it but NOTHING for math, and nobody
from your room has called or emailed. So that is three days with no math at all and he
is already behind in it.

Could somebody please send his math work to my house or email it to me? I have a
printer.

June Fairbanks
""",
  "labels": {"topics": ["specialized_instruction"],
   "requests": [{"id": "R16", "quote": "Could somebody please send his math work to my house or email it to me?"}],
   "missed_services": [
     {"topic": "specialized_instruction", "date": "2026-03-02", "minutes": None},
     {"topic": "specialized_instruction", "date": "2026-03-03", "minutes": None},
     {"topic": "specialized_instruction", "date": "2026-03-04", "minutes": None}]}},
]},
{"id": "T19", "subject": "Prep for tomorrow's MDR", "messages": [
 {"id": "T19.1", "from": "begay", "to": ["wade", "renata"], "date": "2026-03-05T20:40:00",
  "arrival": "apple-forward", "forwarded_at": "2026-03-05T21:02:00", "forwarder": "wade_ios",
  "forward_note": "from Lorna",
  "body": """Wade and Renata,

I read everything you sent. Here's how I'd like us to walk into tomorrow.

The MDR asks two questions: was the behavior caused by, or directly and substantially
related to, Eli's disability, and was it the direct result of the school not carrying out
his IEP. What happened that Friday speaks to the second question directly, and the team
has to answer it on the record.

Bring: the CICO sheets, the emails about the para days in January and February, the
Unit 4 calculator emails, and the counseling dates. Don't argue about whether he threw
the chair. Ask what the plan was supposed to be that hour and who was supposed to carry
it out.

If they find it is a manifestation, he returns right away and we ask for compensatory
services for the days he was home and the counseling that was skipped. I have the
request written up already. We should also ask that the BIP be revised with a named backup for the
para and for CICO.

Talk tomorrow,
Lorna
""",
  "signature": "begay",
  "labels": {"topics": ["iep_meeting", "paraprofessional", "compensatory_services", "counseling", "behavior_support", "check_in", "calculator"]}},
]},
# ---------------------------------------------------------------- T13 district director
{"id": "T13", "subject": "Eli Fairbanks - services during removal", "messages": [
 {"id": "T13.1", "from": "sorensen", "to": ["wade"], "cc": ["renata", "delgado", "kessler"], "date": "2026-03-03T09:20:00",
  "arrival": "outlook-forward", "forwarded_at": "2026-03-03T10:05:00", "forwarder": "renata",
  "forward_note": "district director answered about the days at home",
  "body": """Dear Mr. Fairbanks,

Thank you for copying me on Friday. I want to answer your question about what Eli will
receive while he is home. Under state and federal rules the school is not required to
provide services for the first ten days of removal in a school year, but Eli has now
passed ten days, so from this point forward he is entitled to services that let him keep
progressing on his IEP goals during any removal. Ms. Delgado tells me his resource math
work went home with the rest of his packet.

I have already spoken with Ms. Delgado about a compensatory services proposal for
Friday's meeting, covering the resource math time lost to the suspension and the social work sessions
that were not held in February.

Please feel free to call me directly.

Gail Sorensen
""",
  "signature": "sorensen",
  "labels": {"topics": ["specialized_instruction", "compensatory_services", "counseling", "iep_meeting"], "answers": ["R15"]}},
]},
# ---------------------------------------------------------------- T10 outside therapist
{"id": "T10", "subject": "Letter for Eli's meeting", "messages": [
 {"id": "T10.1", "from": "ramaswamy", "to": ["wade"], "date": "2026-03-04T12:15:00",
  "arrival": "attachment-forward", "forwarded_at": "2026-03-04T18:20:00",
  "forward_note": "Dr. H letter for Friday",
  "attachments": [{"name": "Ramaswamy_letter_Fairbanks_E.pdf", "type": "application/pdf",
     "text": ["Desert Bloom Family Counseling - 3/4/2026 - To the Canyon Wren IEP team",
              "Re: Eli Fairbanks, DOB on file. I have seen Eli weekly since August 2025 for ADHD and",
              "emotional dysregulation. His escalations follow a predictable pattern: a demand he cannot",
              "meet (often math-heavy work), then a blocked escape. Access to a break is the single most",
              "effective support we have identified, and he uses it appropriately when it is honored.",
              "I recommend the break card be honored by every adult without negotiation, consistent",
              "school social work sessions, and a consistent adult in science.",
              "Priya Ramaswamy, LPC"]}],
  "body": """Hi Wade,

Attached is the letter you asked for for Friday's meeting. I kept it to one page and
focused on the pattern we've talked about in session.

I can join by phone at 3:30 on Friday if the team is open to it. Just have someone call
my cell, 520-555-0291.

Take care of yourselves this week too.

Priya
""",
  "signature": "ramaswamy",
  "labels": {"topics": ["iep_meeting"], "attachment_topics": ["behavior_support", "breaks", "counseling", "paraprofessional"],
   "commitments": [{"id": "C21", "what": "join the MDR by phone on March 6 at 3:30",
      "quote": "I can join by phone at 3:30 on Friday if the team is open to it.", "due": "2026-03-06"}]}},
 {"id": "T10.2", "from": "ramaswamy", "to": ["wade"], "date": "2026-03-17T17:30:00", "reply_to": "T10.1", "quote": False,
  "arrival": "gmail-forward", "forwarded_at": "2026-03-17T21:00:00",
  "forward_note": "",
  "body": """Hi Wade,

Marcus Oyelaran called me yesterday and we talked for about 40 minutes. It was a good
conversation. We mostly compared notes on what comes right before Eli escalates, and we
agree that the break card has to be honored by everyone, subs included. He's putting it
into the revised plan.

Priya
""",
  "signature": "ramaswamy",
  "labels": {"topics": ["behavior_support", "breaks"], "fulfills": ["C6"]}},
]},
# ---------------------------------------------------------------- T14 continued (Part 2 posted)
# ---------------------------------------------------------------- T15 progress report
{"id": "T15", "subject": "Eli - 3rd quarter IEP progress report", "messages": [
 {"id": "T15.1", "from": "delgado", "to": ["wade", "renata"], "cc": ["trail"], "date": "2026-03-20T14:05:00",
  "arrival": "direct",
  "attachments": [{"name": "Fairbanks_E_IEP_Progress_Q3.pdf", "type": "application/pdf",
     "text": ["IEP Progress Report - Quarter 3 - Eli Fairbanks - Canyon Wren MS",
              "Math Goal 1 (integer operations, using a calculator and multiplication chart): 64% (goal 80%). Progressing.",
              "Math Goal 2 (multi-step word problems in resource math): 52%. Progressing slowly.",
              "Behavior Goal 1 (uses break card instead of leaving): 7 of 10 opportunities. Progressing.",
              "Behavior Goal 2 (CICO daily points at or above 80%): 9 of 15 recorded days. Progressing.",
              "Social-Emotional Goal (names warning signs with social worker): no data this quarter.",
              "Case manager: T. Delgado"]}],
  "body": """Hi Mr. and Mrs. Fairbanks,

Attached is Eli's IEP progress report for the third quarter. A paper copy went home today
in his Friday folder.

Let me know if you have any questions.

Tamsin
""",
  "signature": "delgado",
  "labels": {"topics": ["progress_report"], "attachment_topics": ["progress_report", "specialized_instruction", "calculator", "behavior_support", "breaks", "check_in", "counseling"]}},
 {"id": "T15.2", "from": "wade", "to": ["delgado"], "cc": ["renata", "quintero"], "date": "2026-03-23T06:50:00", "reply_to": "T15.1",
  "arrival": "bcc-self",
  "body": """Ms. Delgado,

Thank you for the report. The math is moving, and the break card numbers are better than
I expected.

Why does the social-emotional goal say "no data this quarter"? He was supposed to have
weekly social work the whole quarter, and by my count he has only been seen a handful of
times since January.

Wade
""",
  "labels": {"topics": ["progress_report", "counseling"],
   "requests": [{"id": "R21", "quote": "Why does the social-emotional goal say \"no data this quarter\"?"}]}},
]},
# ---------------------------------------------------------------- T17 para out again
{"id": "T17", "subject": "Is Ms Lupe out again", "messages": [
 {"id": "T17.1", "from": "june", "to": ["delgado"], "cc": ["wade", "trail"], "date": "2026-03-30T12:20:00",
  "arrival": "direct",
  "body": """Ms Delgado

Eli called me from the nurses office at lunch on the school phone. He said Ms Lupe isnt
there today and he didnt want to go to science without her. He sounded ok but not great.

Wade is in Phoenix for work today so I said I would let you know. I thought after that
meeting there was going to be somebody else when she is out.

June
""",
  "labels": {"topics": ["paraprofessional"],
   "missed_services": [{"topic": "paraprofessional", "date": "2026-03-30", "minutes": None}]}},
 {"id": "T17.2", "from": "delgado", "to": ["june"], "cc": ["wade"], "date": "2026-03-30T13:05:00", "reply_to": "T17.1",
  "arrival": "yahoo-forward", "forwarded_at": "2026-03-30T13:30:00", "forwarder": "june",
  "forward_note": "Wade FYI",
  "body": """Mrs. Fairbanks,

Yes, Ms. Carrizales called out this morning and we did not get a sub, so he was on his
own in 3rd period. Eli is with me in B-14 right now and he's doing fine. I don't know yet who is covering science this afternoon. Let me check with
Mr. Kessler and get back to you.

Tamsin
""",
  "signature": "delgado",
  "labels": {"topics": ["paraprofessional"],
   "missed_services": [{"topic": "paraprofessional", "date": "2026-03-30", "minutes": None}],
   "commitments": [{"id": "C22", "what": "find out who is covering Eli in science this afternoon and report back",
      "quote": "Let me check with\nMr. Kessler and get back to you.", "due": None}]}},
]},
]

# Extra message for T14 (Adebayo posts part 2), kept at the end of the T14 thread
THREADS_EXTRA = {
 "T14": [
 {"id": "T14.3", "from": "adebayo", "to": ["renata"], "cc": ["delgado", "wade", "trail"], "date": "2026-03-02T07:05:00", "reply_to": "T14.2",
  "arrival": "direct",
  "body": """Hi Renata,

Part 2 (the character map) is up on Canvas. I know Eli is home this week, so I pushed the
due date to Friday 3/13 (I mean 3/20... we're on break 3/9-3/13, so 3/20 for both Part 2
and Part 3, and the final letter moves to 3/27). Sorry for the confusion, new dates are on
Canvas.

Nia
""",
  "signature": "adebayo",
  "labels": {"topics": ["reduced_assignments"], "fulfills": ["C12"]}},
 ],
}
for _t in THREADS:
    _t["messages"].extend(THREADS_EXTRA.get(_t["id"], []))

# Search queries (topic -> expected messages computed by build.py from the topic labels)
QUERIES = [
    ("counseling", "counseling"),
    ("para", "paraprofessional"),
    ("check-in check-out", "check_in"),
    ("calculator", "calculator"),
    ("break pass", "breaks"),
    ("behavior plan", "behavior_support"),
    ("manifestation determination meeting", "iep_meeting"),
    ("compensatory services", "compensatory_services"),
    ("resource math", "specialized_instruction"),
    ("chunked assignments", "reduced_assignments"),
]


# ---------------------------------------------------------------------------------------
# Paragraph unwrapping. The text above is hand-wrapped for editing; mail clients send each
# paragraph as one long line (the transfer encoding soft-wraps it), so wrapped lines of a
# paragraph are joined here. Quotes are joined the same way and must still be substrings.
def _unwrap(text):
    out = []
    for ln in text.split("\n"):
        if (out and out[-1] and ln.strip() and len(_last[0]) >= 60
                and not ln.lstrip().startswith(("-", ">")) and not ln.startswith("  -")):
            out[-1] = out[-1] + " " + ln.strip()
        else:
            out.append(ln)
        _last[0] = ln
    return "\n".join(out)


_last = [""]


def _fixq(q):
    return q.replace("\n  ", " ").replace("\n", " ")


for _k in list(SIG):
    SIG[_k] = _unwrap(SIG[_k])
for _t in THREADS:
    for _m in _t["messages"]:
        _m["body"] = _unwrap(_m["body"])
        for _sec in ("commitments", "requests"):
            for _x in _m["labels"].get(_sec, []):
                _x["quote"] = _fixq(_x["quote"])
                assert _x["quote"] in _m["body"], (_m["id"], _x["quote"])
