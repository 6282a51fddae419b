"""Tollefsrud corpus: a Minnesota elementary resource-room teacher's own paper trail.

Pure data. build.py renders it into mailbox/*.eml and gold.json; check.py verifies the result.

Message fields
  id        unique id (thread id + letter; ".0"-style ids are messages that never reached the trail)
  frm, to, cc   person keys (see PEOPLE)
  date      "YYYY-MM-DD HH:MM" local time (America/Chicago) when the original was sent
  arrival   direct | bcc-self | gmail-forward | thunderbird-forward | outlook-forward | apple-forward
            | yahoo-forward | attachment-forward | not-forwarded
  fwd       when the user forwarded it (forwards only); note = what she typed above the forward
  reply     id of the message this one answers; quote=False to not quote it
  client    overrides the sender's default mail client for this message
  subject   overrides the automatic subject
  atts      attachments: (filename, mime type, text)
  sig       overrides the sender's default signature ("" for none)
  body      the sender's own words (no quoted history, no signature)
  labels    gold: students (initials O/A/K/H), topics, commits, fulfills, reqs, answers, missed, att_topics
"""

CORPUS = "tollefsrud"
AS_OF = "2026-04-28"
TIMEZONE = "America/Chicago"
USER = {"name": "Kristin Tollefsrud", "email": "kristin.tollefsrud@rushcreek.k12.mn.us", "role": "teacher"}
TRAIL = "tollefsrud.trail@fastmail.com"
STUDENTS = ["Owen Thorsby", "Abdirahman Yusuf", "Kaylee Draheim", "Henry Vang"]
INITIALS = {"O": "Owen Thorsby", "A": "Abdirahman Yusuf", "K": "Kaylee Draheim", "H": "Henry Vang"}

# key: (display name, email, role of sender, default client)
PEOPLE = {
    "kt":        ("Kristin Tollefsrud", "kristin.tollefsrud@rushcreek.k12.mn.us", "school", "gmail"),
    "kt_yahoo":  ("Kris Tollefsrud", "ktollefsrud77@yahoo.com", "school", "yahoo"),
    "jenna":     ("Jenna Thorsby", "jenna.thorsby@gmail.com", "parent", "gmail"),
    "hawa":      ("Hawa Ali", "hawaali.mpls@gmail.com", "parent", "gmail"),
    "travis":    ("Travis Draheim", "tdraheim_22@yahoo.com", "parent", "yahoo"),
    "mai":       ("Mai Vang", "maivang.rc@outlook.com", "parent", "outlook-ios"),
    "kjelstad":  ("Brandon Kjelstad", "brandon.kjelstad@rushcreek.k12.mn.us", "school", "gmail"),
    "pfeifer":   ("Lori Pfeifer", "lori.pfeifer@rushcreek.k12.mn.us", "school", "gmail"),
    "amundson":  ("Jess Amundson", "jessica.amundson@rushcreek.k12.mn.us", "school", "gmail"),
    "rieck":     ("Dale Rieck", "dale.rieck@rushcreek.k12.mn.us", "school", "gmail"),
    "gerber":    ("Paul Gerber", "paul.gerber@rushcreek.k12.mn.us", "school", "gmail"),
    "deb":       ("Deb Lunde", "deb.lunde@rushcreek.k12.mn.us", "school", "gmail"),
    "marcus":    ("Marcus Ochs", "marcus.ochs@rushcreek.k12.mn.us", "school", "gmail"),
    "sauer":     ("Ellen Sauer", "ellen.sauer@rushcreek.k12.mn.us", "school", "gmail"),
    "brekke":    ("Nathan Brekke", "nbrekke@pbsec.org", "school", "exchange"),
    "gustafson": ("Tom Gustafson", "tom.gustafson@rushcreek.k12.mn.us", "school", "gmail"),
    "bakken":    ("Renee Bakken", "renee.bakken@rushcreek.k12.mn.us", "school", "gmail"),
    "ubah":      ("Ubah Abdi", "ubah.abdi@rushcreek.k12.mn.us", "school", "gmail"),
    "ortega":    ("Luis Ortega", "luis.ortega@rushcreek.k12.mn.us", "school", "gmail"),
    "staff":     ("Birchwood Staff", "birchwood-staff@rushcreek.k12.mn.us", "school", "gmail"),
    "spedstaff": ("RCPS Special Education", "sped-staff@rushcreek.k12.mn.us", "school", "gmail"),
    "psquare":   ("Birchwood Elementary", "donotreply@parentsquare.com", "school", "parentsquare"),
}

KT_NOTICE = (
    "PRIVATE DATA NOTICE: This e-mail and any attachments may contain private educational data about students that "
    "is protected by the Family Educational Rights and Privacy Act (FERPA) and the Minnesota Government Data Practices "
    "Act (Minn. Stat. ch. 13). If you are not the intended recipient, please notify the sender and delete this message "
    "and any copies. Any unauthorized review, use, disclosure or distribution is prohibited.")

SIGS = {
    "kt": "Kristin Tollefsrud, M.Ed.\nSpecial Education Teacher (SLD / OHI / ASD)\nResource Room 118 | Birchwood Elementary\n"
          "Rush Creek Public Schools, ISD 2907\n763-555-0148 | she/her\n\n" + KT_NOTICE,
    "kt:thunderbird": "-- \nKristin Tollefsrud\nSpecial Education Teacher | Birchwood Elementary\n763-555-0148",
    "kt:outlook": "Kristin Tollefsrud | Resource Room 118 | x4418",
    "kt:iphone": "Sent from my iPhone",
    "kt_yahoo": "",
    "jenna": "",
    "hawa": "",
    "travis": "Sent from Yahoo Mail for iPhone",
    "mai": "Get Outlook for iOS",
    "kjelstad": "Brandon Kjelstad\nGrade 3 | Birchwood Elementary | Room 207",
    "pfeifer": "Lori Pfeifer\n4th Grade Teacher\nBirchwood Elementary\n\"Mistakes are proof that you are trying.\"",
    "amundson": "Jess Amundson | 2nd Grade | Birchwood Elementary",
    "rieck": "Mr. Dale Rieck\nGrade 5 Teacher / Safety Patrol Advisor\nBirchwood Elementary",
    "gerber": "Paul Gerber\nGeneral Music K-5\nBirchwood Elementary & Pine Point Elementary",
    "deb": "",
    "marcus": "Marcus Ochs\nSpecial Education Paraprofessional\nBirchwood Elementary",
    "sauer": "Ellen Sauer, M.A., CCC-SLP\nSpeech-Language Pathologist\nBirchwood Elementary (Mon/Tue/Thu) & Rush Creek Middle School",
    "brekke": "Nathan Brekke, Ed.S., NCSP\nSchool Psychologist | Prairie Bluffs Special Education Cooperative\n"
              "Serving Rush Creek, Hollis Lake & Verndale public schools\n507-555-0190 ext. 31\n\n"
              "CONFIDENTIALITY: This message is intended only for the named recipient(s) and may contain information "
              "that is private, confidential, or protected by state and federal law, including Minn. Stat. 13.32 and "
              "20 U.S.C. 1232g. If you received this in error, do not read, copy or forward it; notify the sender by "
              "reply e-mail and delete it from your system.",
    "gustafson": "Tom Gustafson\nPrincipal | Birchwood Elementary\nRush Creek Public Schools | ISD 2907\n\"Every Bobcat, Every Day\"",
    "bakken": "Renee Bakken, Ed.S.\nSpecial Education Coordinator\nRush Creek Public Schools, ISD 2907 | District Services Center\n"
              "763-555-0100 ext. 2214\n\nCONFIDENTIALITY NOTICE: The information contained in this communication, "
              "including attachments, is confidential and may be private data under the Minnesota Government Data "
              "Practices Act and FERPA. It is intended solely for the use of the addressee. If you have received this "
              "communication in error, please notify the sender immediately by return e-mail and destroy all copies.",
    "ubah": "Ubah Abdi\nSomali Cultural Liaison | Family Engagement Office\nRush Creek Public Schools\nCall/Text/WhatsApp: 612-555-0172",
    "ortega": "Luis Ortega\nBehavior Interventionist / PBIS Coach\nBirchwood Elementary",
    "staff": "",
    "spedstaff": "",
    "psquare": "",
}


def C(key, by, quote, due, what):
    return {"key": key, "by": by, "quote": quote, "due": due, "what": what}


def R(key, by, quote):
    return {"key": key, "by": by, "quote": quote}


def L(students="", topics=(), commits=(), fulfills=(), reqs=(), answers=(), missed=(), att_topics=()):
    return {"students": [INITIALS[s] for s in students], "topics": list(topics), "commits": list(commits),
            "fulfills": list(fulfills), "reqs": list(reqs), "answers": list(answers), "missed": list(missed),
            "att_topics": list(att_topics)}


NONE = L()

THREADS = []


def thread(tid, subject, *msgs):
    THREADS.append({"id": tid, "subject": subject, "messages": list(msgs)})


def M(id, frm, to, date, arrival, body, labels=None, **kw):
    d = {"id": id, "frm": frm, "to": to, "date": date, "arrival": arrival, "body": body.strip("\n"),
         "labels": labels or NONE}
    d.update(kw)
    d.setdefault("cc", [])
    return d


# =====================================================================================================
# T01  Owen - science quiz not read aloud (January)
# =====================================================================================================
thread("T01", "Owen - science quiz / read aloud",
    M("T01a", "jenna", ["kt"], "2026-01-07 20:41", "gmail-forward", fwd="2026-01-08 06:52", note="for Owen's file",
      cc=["kjelstad"],
      body="""
Hi Ms. Tollefsrud (and Mr. Kjelstad),

Owen came home really upset today. He said they had a science quiz on the water cycle yesterday and nobody read it to him, so he "just guessed on the long ones." His IEP says his tests are read out loud to him (except when reading is the skill being tested), so I'm confused about what happened.

Was the science quiz read aloud to him or not? And if not, can he take it again?

Also, could you email me a copy of his accommodations page? The copy I have is from last spring and I want to make sure I'm looking at the current one.

He's been working so hard in SPIRE this year and I don't want him to start deciding he's bad at science too.

Thanks,
Jenna Thorsby
""",
      labels=L("O", ["read_aloud", "reading_intervention"],
               reqs=[R("r_quiz_read", "jenna", "Was the science quiz read aloud to him or not?"),
                     R("r_quiz_retake", "jenna", "And if not, can he take it again?"),
                     R("r_acc_page", "jenna", "could you email me a copy of his accommodations page?")],
               missed=[("read_aloud", "2026-01-06", None)])),

    M("T01b", "kt", ["kjelstad"], "2026-01-08 07:35", "bcc-self", reply="T01a",
      body="""
Hi Brandon,

Looping back on Jenna Thorsby's email from last night (I took her off this one). Owen says the water cycle quiz on Tuesday wasn't read to him. Can you let me know what happened? Just so we're on the same page: his IEP has tests and quizzes read aloud except when decoding or reading comprehension is the thing being measured. Science, social studies and math all count.

Easiest fix going forward: drop the test in my mailbox (or share the Google Doc) the day before, and I'll read it to him in the resource room during WIN time. Or you can read it to him at the back table while the class gets started, whatever works for you.

I'll pull him Monday and read the water cycle quiz to him so we can see what he actually knows.

Thanks!
Kristin
""",
      labels=L("O", ["read_aloud"],
               commits=[C("c_pull_monday", "kt", "I'll pull him Monday and read the water cycle quiz to him so we can see what he actually knows.",
                          "2026-01-12", "re-give Owen's water cycle quiz read aloud")],
               reqs=[R("r_what_happened", "kt", "Can you let me know what happened?")],
               missed=[("read_aloud", "2026-01-06", None)])),

    M("T01c", "kt", ["jenna"], "2026-01-08 16:10", "bcc-self", reply="T01a",
      atts=[("Owen_Thorsby_IEP_Accommodations_Oct2025.pdf", "application/pdf", """
Rush Creek Public Schools - Individualized Education Program
Student: Owen Thorsby    Grade: 3    Case manager: K. Tollefsrud    IEP date: 10/14/2025
ACCOMMODATIONS AND MODIFICATIONS (page 2 of 9)
1. Tests and quizzes read aloud by an adult or through text-to-speech in all content areas, except when decoding or reading comprehension is the skill being measured. Setting: general education classroom or resource room.
2. Extended time (1.5x) on tests and longer written assignments.
3. Access to audiobooks and text-to-speech (Read&Write for Google Chrome) on his Chromebook for grade-level texts.
4. Spelling: 10-word list drawn from his S.P.I.R.E. level in place of the 20-word class list.
5. Graphic organizer provided for written responses longer than 3 sentences.
6. Seating near the point of instruction.
SPECIAL EDUCATION SERVICES
Specialized instruction - reading (S.P.I.R.E.), resource room, 30 min/day, 5 days/week.
Specialized instruction - written expression, resource room, 20 min/day, 3 days/week.
""")],
      body="""
Hi Jenna,

Thank you for telling me right away. I checked with Owen today and you're right, the quiz was not read to him. I've talked with Mr. Kjelstad, and I'm going to re-give it to Owen on Monday in my room, read aloud, and we'll use that score instead.

His current accommodations page is attached. It's from his October annual review and nothing has changed since then; read-aloud for tests and quizzes is at the top of page 2.

I'll also send you his SPIRE data sheet at the end of the month so you can see his mastery checks.

Kristin
""",
      labels=L("O", ["read_aloud", "reading_intervention"],
               commits=[C("c_regive_monday", "kt", "I'm going to re-give it to Owen on Monday in my room, read aloud, and we'll use that score instead.",
                          "2026-01-12", "re-give the quiz read aloud and use that score"),
                        C("c_spire_sheet", "kt", "I'll also send you his SPIRE data sheet at the end of the month so you can see his mastery checks.",
                          "2026-01-31", "send Jenna Owen's SPIRE data sheet")],
               answers=["r_quiz_read", "r_quiz_retake", "r_acc_page"],
               att_topics=["read_aloud", "extended_time", "assistive_technology", "reduced_assignments",
                           "graphic_organizers", "preferential_seating", "reading_intervention", "specialized_instruction"])),

    M("T01d", "kjelstad", ["kt"], "2026-01-09 12:02", "thunderbird-forward", reply="T01b",
      fwd="2026-01-09 21:15", note="Brandon's answer re: Owen's quiz",
      body="""
Ugh, my bad. We had the fire drill right before and I passed them out with everyone else and didn't even think about it. Sorry. I'll put his tests in your box the day before from now on.

-BK
""",
      labels=L("O", ["read_aloud"],
               commits=[C("c_kj_box", "kjelstad", "I'll put his tests in your box the day before from now on.", None,
                          "put Owen's tests in the resource room box the day before")],
               answers=["r_what_happened"],
               missed=[("read_aloud", "2026-01-06", None)])),

    M("T01e", "kt", ["jenna"], "2026-01-12 15:48", "bcc-self", reply="T01c", cc=["kjelstad"],
      body="""
Hi Jenna, quick update. I read the water cycle quiz to Owen this morning in the resource room. He got 9 out of 12, and two of the three he missed were the vocabulary matching (evaporation/condensation), which we'll keep practicing. Mr. Kjelstad is putting the new score in the gradebook in place of the first one.

Have a good night,
Kristin
""",
      labels=L("O", ["read_aloud"], fulfills=["c_pull_monday", "c_regive_monday"])),
)

# =====================================================================================================
# T02  Kaylee - para pulled to cover lunch duty
# =====================================================================================================
thread("T02", "Lunch supervision coverage",
    M("T02.0", "gustafson", ["staff"], "2026-01-12 16:30", "not-forwarded",
      body="""
Hi all,

As most of you know, Sandy Roeske is out on medical leave starting tomorrow for 4-6 weeks. We are already down two lunch supervisors and the sub pool is empty.

Starting Wednesday 1/14, Deb Lunde will cover 4th/5th grade lunch and recess (11:40-12:25). Please be flexible with us while we figure this out.

Thanks for all you do,
Tom
"""),

    M("T02a", "kt", ["gustafson"], "2026-01-12 20:05", "bcc-self", reply="T02.0", client="thunderbird",
      body="""
Tom,

I know you're in a tough spot with Sandy out, and I'm not trying to make it harder. But I want to flag this before Wednesday: Deb is Kaylee Draheim's para at lunch and recess, and that support is written into Kaylee's IEP (30 minutes a day of adult support in the lunchroom and on the playground). If Deb is covering 4th/5th lunch, Kaylee doesn't have anyone.

Who will be with Kaylee from 11:40 to 12:10 while Deb is covering? If we don't have someone, I have to document it as missed minutes.

I'll keep a log of the days Deb gets pulled and send it to you and Renee on Friday.

Kristin
""",
      labels=L("K", ["paraprofessional"],
               commits=[C("c_log_friday", "kt", "I'll keep a log of the days Deb gets pulled and send it to you and Renee on Friday.",
                          "2026-01-16", "send the para-coverage log to principal and coordinator")],
               reqs=[R("r_who_kaylee", "kt", "Who will be with Kaylee from 11:40 to 12:10 while Deb is covering?")])),

    M("T02b", "gustafson", ["kt"], "2026-01-13 07:12", "direct", reply="T02a",
      body="""
Kristin - understood, and thanks for the heads up. Deb is the only one not assigned to a classroom over that block, so I don't have a lot of options. I'll ask Marcus to float over to Kaylee's table for the first 15 min until Sandy is back. Keep track like you said.

Tom
""",
      labels=L("K", ["paraprofessional"],
               commits=[C("c_marcus_float", "gustafson", "I'll ask Marcus to float over to Kaylee's table for the first 15 min until Sandy is back.",
                          None, "have Marcus cover Kaylee's lunch table for 15 minutes")],
               answers=["r_who_kaylee"])),

    M("T02c", "kt", ["gustafson"], "2026-01-16 15:35", "bcc-self", reply="T02b", cc=["bakken"],
      body="""
Tom and Renee,

As promised, here is this week's log for Kaylee Draheim's lunch/recess para support (IEP: 30 min/day):

Wed 1/14 - Deb covering 4/5 lunch. No adult with Kaylee. 30 min missed.
Thu 1/15 - same. 30 min missed.
Fri 1/16 - same. 30 min missed.

Marcus wasn't able to float over any of the three days because he's with Henry V. over that block. On Thursday Kaylee left the playground and went around the side of the building; the recess supervisor found her by the dumpsters after about five minutes.

That's 90 minutes of IEP para support missed so far. Renee, at what point do we start talking about compensatory minutes? I'll keep logging.

Kristin
""",
      labels=L("K", ["paraprofessional", "compensatory_services"],
               commits=[C("c_keep_logging", "kt", "I'll keep logging.", None, "keep logging the missed para minutes")],
               fulfills=["c_log_friday"],
               reqs=[R("r_comp_when", "kt", "Renee, at what point do we start talking about compensatory minutes?")],
               missed=[("paraprofessional", "2026-01-14", 30), ("paraprofessional", "2026-01-15", 30),
                       ("paraprofessional", "2026-01-16", 30)])),

    M("T02d", "bakken", ["kt"], "2026-01-20 09:50", "outlook-forward", reply="T02c", cc=["gustafson"],
      fwd="2026-01-20 10:20", note="Renee re: comp ed for Kaylee D.",
      body="""
Kristin, thank you for documenting this so clearly. This is exactly what we need. Please keep the log going. If Kaylee is still without support after next week, we'll hold a short team meeting (a phone conference with dad is fine) and write a compensatory services plan. Minute-for-minute is our usual starting point.

Tom, I'll call HR today about getting the lunch supervisor posting up so we aren't pulling paras off IEP assignments. Let's not have Deb cover past 1/30 without talking to me first.

Renee
""",
      labels=L("K", ["paraprofessional", "compensatory_services", "iep_meeting"],
               commits=[C("c_hr_posting", "bakken", "Tom, I'll call HR today about getting the lunch supervisor posting up so we aren't pulling paras off IEP assignments.",
                          "2026-01-20", "call HR to post the lunch supervisor job")],
               answers=["r_comp_when"])),

    M("T02e", "kt", ["bakken", "gustafson"], "2026-02-02 16:20", "bcc-self", reply="T02d",
      body="""
Renee and Tom,

Updated log for Kaylee since my last email (30 min per day unless noted):

1/20, 1/21, 1/22, 1/23 - Deb on 4/5 lunch, no support for Kaylee (4 x 30 = 120)
1/26 - no school (staff development)
1/27 - Deb with Kaylee (the sub covered lunch that day)
1/28, 1/29 - Deb on lunch duty (60)
1/30 - Deb on lunch duty; I went out to recess with Kaylee myself for the last 15 minutes (15 missed)
2/2 - Deb on lunch duty (30)

That's 225 more, 315 minutes total since 1/14. We're past the 1/30 line. Can we get the comp ed meeting on the calendar? I'll call Travis this week to find a time that works for him, he doesn't always answer email.

Kristin
""",
      labels=L("K", ["paraprofessional", "compensatory_services", "iep_meeting"],
               commits=[C("c_call_travis_week", "kt", "I'll call Travis this week to find a time that works for him", "2026-02-06",
                          "call Kaylee's dad to schedule the comp ed meeting")],
               fulfills=["c_keep_logging"],
               reqs=[R("r_comp_calendar", "kt", "Can we get the comp ed meeting on the calendar?")],
               missed=[("paraprofessional", "2026-01-20", 30), ("paraprofessional", "2026-01-21", 30),
                       ("paraprofessional", "2026-01-22", 30), ("paraprofessional", "2026-01-23", 30),
                       ("paraprofessional", "2026-01-28", 30), ("paraprofessional", "2026-01-29", 30),
                       ("paraprofessional", "2026-01-30", 15), ("paraprofessional", "2026-02-02", 30)])),

    M("T02f", "gustafson", ["kt", "bakken"], "2026-02-03 12:30", "direct", reply="T02e",
      body="""
HR posted the lunch supervisor job on 1/22 - two applicants so far, interviews are next week. In the meantime I moved Jan from the front office to cover 4/5 lunch, so Deb is back with Kaylee starting tomorrow (2/4).

Renee and I can do the comp ed call Tues 2/10 at 3:30 or Thurs 2/12 at 7:30 am, by phone.

Tom
""",
      labels=L("K", ["paraprofessional", "compensatory_services", "iep_meeting"],
               commits=[C("c_deb_back", "gustafson", "Deb is back with Kaylee starting tomorrow (2/4).", "2026-02-04",
                          "return Deb to Kaylee's lunch/recess")],
               fulfills=["c_hr_posting"],
               answers=["r_comp_calendar"])),
)

# =====================================================================================================
# T03  Abdirahman - calculator, homework (mother writes through a translation app)
# =====================================================================================================
thread("T03", "Abdirahman math",
    M("T03a", "hawa", ["kt"], "2026-01-15 19:22", "gmail-forward", fwd="2026-01-16 06:40",
      note="From Abdi's mom. Ask Lori about Wednesday.",
      body="""
Hello teacher Kristin,

I am Hawa, the mother of Abdirahman Yusuf in grade 4. I write with the translate application, sorry if the words is not correct.

Abdirahman say me that yesterday in the math test the teacher do not give to him the calculator. In the IEP meeting you tell me he can use calculator for the test. He is very sad and he say he get bad score. Please can you explain me what happen?

Also the homework of math is too much. He sit two hours in the night and he is crying. Is possible to make less homework for him?

Thank you very much for helping my son.
Hawa Ali
""",
      labels=L("A", ["calculator", "reduced_assignments"],
               reqs=[R("r_hawa_explain", "hawa", "Please can you explain me what happen?"),
                     R("r_hawa_homework", "hawa", "Is possible to make less homework for him?")],
               missed=[("calculator", "2026-01-14", None)])),

    M("T03b", "kt", ["hawa"], "2026-01-16 16:02", "bcc-self", reply="T03a",
      body="""
Hello Hawa,

Thank you for writing to me. Your English is good!

You are right. Abdirahman did not have his calculator on the math test on Wednesday. His teacher, Mrs. Pfeifer, was at a training that day, and the substitute teacher did not know about the calculator. Mrs. Pfeifer said he can take the test again with his calculator.

Homework: Mrs. Pfeifer is making his math homework shorter. He will do only some of the problems, and no more than 20 minutes each night.

I would like to talk with you on the phone, with Ubah Abdi. Ubah speaks Somali and works for our school district. We will call you on Wednesday, January 21 after school.

Kristin Tollefsrud
Abdirahman's special education teacher
""",
      labels=L("A", ["calculator", "reduced_assignments"],
               commits=[C("c_retake_relay", "pfeifer", "Mrs. Pfeifer said he can take the test again with his calculator.", None,
                          "let Abdirahman retake the math test with his calculator (relayed to mom)"),
                        C("c_hw_relay", "pfeifer", "He will do only some of the problems, and no more than 20 minutes each night.", None,
                          "shorten Abdirahman's math homework (relayed to mom)"),
                        C("c_call_jan21", "kt", "We will call you on Wednesday, January 21 after school.", "2026-01-21",
                          "phone Hawa with the Somali liaison")],
               answers=["r_hawa_explain", "r_hawa_homework"],
               missed=[("calculator", "2026-01-14", None)])),

    M("T03c", "hawa", ["kt"], "2026-02-02 18:47", "direct", reply="T03b",
      body="""
Hello teacher Kristin,

I am waiting the phone call from you and Ubah on Wednesday but nobody is call me. Maybe I miss it? When you will call me?

The homework now is more better, Abdirahman finish fast and he is happy. Thank you to Mrs. Pfeifer.

Hawa
""",
      labels=L("A", ["reduced_assignments"],
               fulfills=["c_hw_odds", "c_hw_relay"],
               reqs=[R("r_hawa_when_call", "hawa", "When you will call me?")])),

    M("T03d", "kt", ["hawa"], "2026-02-03 07:02", "bcc-self", reply="T03c", cc=["ubah"],
      body="""
Hello Hawa,

I am very sorry. We did not call you on January 21. That was my mistake, not yours.

Ubah and I will call you tomorrow, Wednesday February 4, at 3:45 pm. If that time is not good, please tell me a better time.

I am happy the homework is better!

Kristin
""",
      labels=L("A", ["reduced_assignments"],
               commits=[C("c_call_feb4", "kt", "Ubah and I will call you tomorrow, Wednesday February 4, at 3:45 pm.", "2026-02-04",
                          "phone Hawa with Ubah")],
               answers=["r_hawa_when_call"])),

    M("T03e", "ubah", ["kt"], "2026-02-04 16:30", "gmail-forward", reply="T03d",
      fwd="2026-02-04 17:05", note="call notes from Ubah - Hawa Ali",
      body="""
Kristin, thanks for including me. Notes from our call with Hawa today (3:45-4:10):

- She understands about the retake and was very happy with the 78%.
- Homework is going much better. She wants it to stay short.
- She asked if Abdirahman's progress reports can come in Somali. Her English reading is limited and she told me she put the last one "in the drawer" because she couldn't read it. Do we have a process for translating IEP progress reports?
- She would like to come to spring conferences and will need an interpreter.

Ubah
""",
      labels=L("A", ["reduced_assignments", "progress_report"],
               fulfills=["c_call_jan21", "c_call_feb4", "c_retake_tue", "c_retake_relay"],
               reqs=[R("r_translate_process", "ubah", "Do we have a process for translating IEP progress reports?")])),
)

thread("T04", "Abdirahman - calculator on Wed test?",
    M("T04.0", "kt", ["pfeifer"], "2026-01-16 07:15", "not-forwarded",
      body="""
Hi Lori,

Hawa Ali emailed last night. Abdi told her he didn't get his calculator on the math test Wednesday. Do you know if he had it? (Calculator for computation is in his IEP for tests and classwork.)

She also says math homework is taking him two hours and ending in tears. Would you be OK with cutting it down, odd problems only or capping it at 20 minutes? That would fit the reduced-assignments piece of his IEP.

Thanks - K
"""),

    M("T04a", "pfeifer", ["kt"], "2026-01-16 11:48", "direct", reply="T04.0",
      body="""
Hi Kristin,

Oh no. I was at the math PLC training Wednesday and had a sub. I just looked at my sub plans and I never wrote the calculator in there, so no, he didn't have it. That's on me. I'll let him retake the Module 3 test with his calculator on Tuesday.

Homework - yes, absolutely. I'll mark his sheet odds only from now on and write "20 min max" at the top so mom knows he can stop.

Lori
""",
      labels=L("A", ["calculator", "reduced_assignments"],
               commits=[C("c_retake_tue", "pfeifer", "I'll let him retake the Module 3 test with his calculator on Tuesday.", "2026-01-20",
                          "let Abdirahman retake the Module 3 test with a calculator"),
                        C("c_hw_odds", "pfeifer", "I'll mark his sheet odds only from now on and write \"20 min max\" at the top so mom knows he can stop.",
                          None, "cut Abdirahman's math homework to odd problems, 20 minutes max")],
               missed=[("calculator", "2026-01-14", None)])),
)

# =====================================================================================================
# T05-T08  Henry - three-year re-evaluation
# =====================================================================================================
thread("T05", "Henry - 3 year re-evaluation consent",
    M("T05a", "kt", ["mai"], "2026-01-07 15:20", "bcc-self",
      atts=[("Henry_Vang_Reevaluation_Plan_PWN.pdf", "application/pdf", """
RUSH CREEK PUBLIC SCHOOLS - PRIOR WRITTEN NOTICE / EVALUATION PLAN (REEVALUATION)
Student: Henry Vang    Grade: 5    School: Birchwood Elementary    Case manager: K. Tollefsrud
Current disability category: Autism Spectrum Disorder. Three-year reevaluation due: 03/27/2026.
Proposed assessment areas:
- Intellectual functioning: WISC-V (N. Brekke, School Psychologist)
- Academic achievement: WJ-IV ACH, written expression and reading fluency (K. Tollefsrud)
- Communication: CELF-5, Pragmatics Profile, language sample (E. Sauer, SLP)
- Social/emotional/behavioral: BASC-3 parent and teacher rating scales; two classroom observations
- Functional skills: use of his visual schedule and sensory supports (headphones, break card) across settings
Parent consent:  [ ] I give consent   [ ] I do not give consent     Signature ____________  Date ________
""")],
      body="""
Hi Mai,

Happy New Year! Henry's three-year re-evaluation is coming up (his last full evaluation was in March 2023), so we need to get started. I've attached the Evaluation Plan and Prior Written Notice. It lists what we're proposing:

- cognitive and academic testing with Mr. Brekke, our school psychologist, and me
- a speech-language evaluation with Ms. Sauer
- classroom observations and rating scales from you, me, and Mr. Rieck

Could you sign the consent page and send it back in Henry's Friday folder by 1/16? Once we have your signature, the team has 30 school days to finish the evaluation.

If there's anything you're wondering about that isn't on the list (attention, sleep, anything at home), tell me and we can add it.

Kristin
""",
      labels=L("H", ["evaluation", "speech_language_therapy"],
               reqs=[R("r_consent", "kt", "Could you sign the consent page and send it back in Henry's Friday folder by 1/16?")],
               att_topics=["evaluation", "speech_language_therapy", "visual_schedule", "sensory_tools"])),

    M("T05b", "mai", ["kt"], "2026-01-12 21:10", "apple-forward", reply="T05a", fwd="2026-01-13 06:15", note="",
      body="""
Hi Kristin, I signed it, sorry it's late. It's going back in his folder tomorrow. One thing, can the testing not be on Mondays? He is always off on Mondays after being at his grandma's all weekend and I don't want that to make his scores lower. Thank you, Mai
""",
      labels=L("H", ["evaluation"],
               commits=[C("c_mai_folder", "mai", "It's going back in his folder tomorrow.", "2026-01-13",
                          "return the signed consent in Henry's folder")],
               answers=["r_consent"],
               reqs=[R("r_no_mondays", "mai", "can the testing not be on Mondays?")])),
)

thread("T06", "Henry Vang re-eval - consent in, timeline",
    M("T06a", "kt", ["brekke", "sauer"], "2026-01-14 08:10", "bcc-self",
      body="""
Hi Nate and Ellen,

Henry Vang's re-eval consent came back signed yesterday (1/13), so the clock is running. His three-year date is 3/27, and with spring break 3/16-3/20 I'd like the full report drafted by Friday 3/6 so mom has it well before the meeting.

Mom's one request: no testing on Mondays (he's off after weekends at grandma's).

Nate, can you send me your testing dates by the end of next week so I can block them on the resource room calendar? Ellen, I know you'll fold the CELF into his regular speech sessions, just let me know roughly when.

Thanks!
Kristin
""",
      labels=L("H", ["evaluation", "speech_language_therapy"],
               fulfills=["c_mai_folder"],
               reqs=[R("r_nate_dates", "kt", "Nate, can you send me your testing dates by the end of next week so I can block them on the resource room calendar?"),
                     R("r_ellen_when", "kt", "Ellen, I know you'll fold the CELF into his regular speech sessions, just let me know roughly when.")])),

    M("T06b", "brekke", ["kt"], "2026-01-14 08:11", "direct", reply="T06a", quote=False, auto_reply=True,
      subject="Automatic reply: Henry Vang re-eval - consent in, timeline",
      sig="Nathan Brekke, Ed.S., NCSP\nSchool Psychologist | Prairie Bluffs Special Education Cooperative",
      body="""
Thank you for your message. I am attending the Minnesota School Psychologists Association midwinter conference and will be out of the office through Monday, January 19, with limited access to email. I will respond to your message when I return.

For urgent matters, please contact the Prairie Bluffs Special Education Cooperative main office at 507-555-0190.
"""),

    M("T06c", "brekke", ["kt"], "2026-01-21 10:40", "thunderbird-forward", reply="T06a", cc=["sauer"],
      fwd="2026-01-21 21:30", note="Nate's testing dates for Henry",
      body="""
Kristin,

Back and digging out. I'll test Henry on Tuesdays and Thursdays starting 2/3: 2/3, 2/5, 2/10 and 2/12, 9:00-10:15 each day, in the small conference room by the library. That keeps him out of Mondays.

I'll send the BASC-3 rating scales to Dale and mom this week. I'll have my portion of the ER drafted by 3/6.

Nate
""",
      labels=L("H", ["evaluation"],
               commits=[C("c_basc_send", "brekke", "I'll send the BASC-3 rating scales to Dale and mom this week.", "2026-01-23",
                          "send BASC-3 rating scales to the teacher and parent"),
                        C("c_er_psych", "brekke", "I'll have my portion of the ER drafted by 3/6.", "2026-03-06",
                          "draft the psychologist's section of Henry's evaluation report")],
               answers=["r_nate_dates"])),

    M("T06d", "sauer", ["kt", "brekke"], "2026-01-22 13:15", "direct", reply="T06c",
      body="""
Sounds good. I'll give Henry the CELF-5 and the pragmatics profile during his regular Tues/Thurs speech sessions in February, so he won't miss any class time for it. My report will be drafted by 3/6 as well.

Heads up that I will be out Friday 1/30 for a CEU day (Henry isn't on my Friday schedule, so no impact on him).
""",
      labels=L("H", ["evaluation", "speech_language_therapy"],
               commits=[C("c_celf", "sauer", "I'll give Henry the CELF-5 and the pragmatics profile during his regular Tues/Thurs speech sessions in February, so he won't miss any class time for it.",
                          None, "give Henry the CELF-5 and pragmatics profile in speech sessions"),
                        C("c_er_speech", "sauer", "My report will be drafted by 3/6 as well.", "2026-03-06",
                          "draft the speech-language section of the evaluation report")],
               answers=["r_ellen_when"])),

    M("T06.0", "kt", ["brekke"], "2026-03-09 07:30", "not-forwarded", reply="T06c",
      body="""
Hi Nate,

Checking on your section of Henry's ER. Ellen's is done and I've merged the academic part. I want to get the full draft to Mai before spring break so she has it well ahead of the 3/24 meeting. Can you get it to me by Wednesday?

Thanks, Kristin
"""),

    M("T06e", "brekke", ["kt"], "2026-03-12 16:55", "outlook-forward", reply="T06.0",
      fwd="2026-03-13 07:50", note="Nate's section - finally. Henry ER.",
      atts=[("Henry_Vang_ER_Psych_SL_DRAFT.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", """
EVALUATION REPORT (REEVALUATION) - DRAFT 3/12/2026 - Henry Vang, Grade 5
Cognitive (WISC-V, administered 2/3 and 2/5): FSIQ 96; Verbal Comprehension 101; Visual Spatial 98; Fluid Reasoning 100; Working Memory 94; Processing Speed 83 (low average).
Social-emotional (BASC-3): Parent form (M. Vang, returned 2/17): Withdrawal T=71, Atypicality T=68. Teacher form (D. Rieck): Withdrawal T=66, Atypicality T=64.
Classroom observation 2/12 (social studies): Henry checked his visual schedule independently at both transitions and put on his noise-canceling headphones during the transition to lunch.
Speech-language (E. Sauer, CCC-SLP): CELF-5 Core Language SS 84; Pragmatics Profile below criterion for age. Recommendation: continue direct speech-language services, 60 minutes per week, and add a social communication goal.
Summary: Henry continues to meet Minnesota criteria for Autism Spectrum Disorder.
""")],
      body="""
Kristin,

Sorry this is late. Three initial evaluations landed on my desk the same week. My section is attached, and I've already merged Ellen's speech-language section into the same document so you have one file.

Short version: cognitive scores are in the average range except processing speed (low average). The BASC-3 from mom and from Dale both flag withdrawal and atypicality in the at-risk to clinically significant range, and Ellen's CELF-5 and pragmatics results line up with that. I think Henry continues to meet criteria under ASD, and the team should keep speech and add a social communication goal.

I can be at the 3/24 meeting.

Nate
""",
      labels=L("H", ["evaluation", "speech_language_therapy", "iep_meeting"],
               fulfills=["c_er_psych", "c_basc_send", "c_er_speech", "c_celf"],
               att_topics=["evaluation", "speech_language_therapy", "visual_schedule", "sensory_tools"])),
)

thread("T07", "Henry's evaluation report + meeting 3/24",
    M("T07a", "kt", ["mai"], "2026-03-13 14:20", "bcc-self",
      atts=[("Henry_Vang_Evaluation_Report_DRAFT_3-13.pdf", "application/pdf", """
Henry Vang - Reevaluation Report (DRAFT for parent review) - Birchwood Elementary
Academic (WJ-IV ACH, K. Tollefsrud): Broad Reading SS 92; Written Expression SS 79; Writing Fluency SS 74.
Cognitive, social-emotional and speech-language results: see pages 3-7 (N. Brekke; E. Sauer).
Team recommendations for the IEP:
- Continue special education services under Autism Spectrum Disorder.
- Speech-language services 60 min/week; add a social communication goal.
- Specialized instruction in written expression, 25 min/day; speech-to-text for longer writing.
- Accommodations: scribe for written responses over 3 sentences; copy of class notes or slides; visual schedule in all settings; noise-canceling headphones; paraprofessional support in grade 5 classroom 60 min/day.
""")],
      body="""
Hi Mai,

Attached is the draft of Henry's evaluation report. It's long, so don't worry about reading every page. The summary on page 1 and the recommendations at the end are the important parts. Mr. Brekke did his testing on Tuesdays and Thursdays like you asked, no Mondays.

Henry's meeting is Tuesday 3/24 at 3:15 in the conference room by the front office. Mr. Brekke, Ms. Sauer, Mr. Rieck and I will be there, and you're welcome to bring Tou or anyone else you'd like.

I'll send you the draft IEP goals by Friday 3/20 so you can look at them over break.

Have a restful spring break!
Kristin
""",
      labels=L("H", ["evaluation", "iep_meeting"],
               commits=[C("c_goals_320", "kt", "I'll send you the draft IEP goals by Friday 3/20 so you can look at them over break.",
                          "2026-03-20", "send Mai the draft IEP goals")],
               answers=["r_no_mondays"],
               att_topics=["evaluation", "speech_language_therapy", "specialized_instruction", "assistive_technology",
                           "scribe", "class_notes", "visual_schedule", "sensory_tools", "paraprofessional"])),

    M("T07b", "kt", ["mai"], "2026-03-23 07:40", "bcc-self", reply="T07a",
      atts=[("Henry_Vang_DRAFT_IEP_Goals_2026.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", """
DRAFT annual goals - Henry Vang - for team discussion 3/24/2026
Goal 1 (Social communication, E. Sauer): In structured peer activities, Henry will take 3 or more conversational turns on a partner's topic in 4 of 5 opportunities.
Goal 2 (Written expression): Using speech-to-text on his Chromebook and a planning organizer, Henry will produce a 5-sentence paragraph with a topic sentence and 3 details.
Goal 3 (Self-regulation): Henry will use his visual schedule and break card to move between activities without adult prompting 4 of 5 days.
Accommodations carried over: scribe for extended writing, copy of class notes/slides, noise-canceling headphones.
""")],
      body="""
Hi Mai,

Here are the draft IEP goals for tomorrow's meeting. Sorry these are a few days later than I said. Nothing is final; we'll go through each one together and change whatever doesn't fit Henry.

The biggest changes are a new social communication goal that Ms. Sauer wrote, and a writing goal where Henry uses speech-to-text on his Chromebook for longer pieces.

See you tomorrow at 3:15!
Kristin
""",
      labels=L("H", ["iep_meeting", "speech_language_therapy", "assistive_technology"],
               fulfills=["c_goals_320"],
               att_topics=["speech_language_therapy", "assistive_technology", "graphic_organizers", "visual_schedule",
                           "breaks", "scribe", "class_notes", "sensory_tools"])),
)

# =====================================================================================================
# T08  Kaylee - visual schedule in specials, sensory tools, CICO
# =====================================================================================================
thread("T08", "Kaylee - rough afternoon",
    M("T08a", "amundson", ["kt"], "2026-01-22 15:40", "direct",
      body="""
Hi Kristin,

Kaylee had a hard afternoon. During math she threw her wobble cushion across the room, then crawled under the back table for about 20 minutes. Her CICO sheet came back at 38% today (her goal is 80%).

One thing I noticed: they had an assembly rehearsal during music instead of regular class, and when I picked her up Mr. Gerber said he didn't know she has a picture schedule, so nobody showed her the change. I think that set off the whole afternoon.

Could you make her a mini schedule she can carry to specials? And can we talk about whether the cushion is still working for her or if she needs something different?

Jess
""",
      labels=L("K", ["sensory_tools", "check_in", "visual_schedule"],
               reqs=[R("r_mini_schedule", "amundson", "Could you make her a mini schedule she can carry to specials?"),
                     R("r_cushion", "amundson", "And can we talk about whether the cushion is still working for her or if she needs something different?")],
               missed=[("visual_schedule", "2026-01-22", None)])),

    M("T08b", "kt", ["amundson"], "2026-01-22 20:15", "bcc-self", reply="T08a", cc=["gerber"], client="thunderbird",
      body="""
Thanks, Jess. Paul, I'm cc'ing you so you have the background: Kaylee uses a visual schedule (picture cards, first/then) and it's in her IEP for all settings, including specials. Changes in routine are her biggest trigger, so if music is going to be different, showing her the card before she walks in makes a huge difference.

Jess, yes: I'll make a portable schedule strip on a lanyard for specials and have it to you by Monday. On the cushion, let's try the weighted lap pad and the fidget bin for a week and see how it goes. I'll bring both down tomorrow morning.

K
""",
      labels=L("K", ["visual_schedule", "sensory_tools"],
               commits=[C("c_lanyard", "kt", "I'll make a portable schedule strip on a lanyard for specials and have it to you by Monday.",
                          "2026-01-26", "make Kaylee a portable visual schedule for specials"),
                        C("c_lap_pad", "kt", "I'll bring both down tomorrow morning.", "2026-01-23",
                          "bring the weighted lap pad and fidget bin to 2nd grade")],
               answers=["r_mini_schedule", "r_cushion"])),

    M("T08c", "gerber", ["kt"], "2026-01-23 08:30", "gmail-forward", reply="T08b",
      fwd="2026-01-23 12:40", note="Paul (music) wants an IEP-at-a-glance for Kaylee",
      body="""
Thanks for the heads up. I honestly didn't know about the picture schedule. Is there a copy of her IEP-at-a-glance I can keep in my sub binder? I see 600 kids a week and I don't always get the memo.

Paul
""",
      labels=L("K", ["visual_schedule"],
               reqs=[R("r_glance", "gerber", "Is there a copy of her IEP-at-a-glance I can keep in my sub binder?")])),

    M("T08d", "amundson", ["kt"], "2026-01-28 15:50", "direct", reply="T08b",
      body="""
The lanyard schedule came this morning and Kaylee LOVES it, she showed it to half the class. The lap pad has been good too, she's grabbed it every morning since Friday. CICO was 62% last Friday and 71% yesterday. Getting there!

Jess
""",
      labels=L("K", ["visual_schedule", "sensory_tools", "check_in"], fulfills=["c_lanyard", "c_lap_pad"])),
)

# =====================================================================================================
# T09  Owen - Q2 progress report, SPIRE data, second session
# =====================================================================================================
thread("T09", "Owen - Q2 IEP progress report",
    M("T09a", "kt", ["jenna"], "2026-01-29 21:05", "bcc-self", client="thunderbird",
      atts=[("Owen_Thorsby_IEP_Progress_Q2.pdf", "application/pdf", """
IEP PROGRESS REPORT - Quarter 2 (reporting period 11/3/2025 - 1/23/2026)
Student: Owen Thorsby    Grade 3    Case manager: Kristin Tollefsrud
Goal 1 (Reading - decoding): Given instruction in S.P.I.R.E., Owen will read decodable words with closed syllables, digraphs and blends with 90% accuracy. Progress: SUFFICIENT. Completed Level 2 (mastery checks 88-96%); began Level 3 on 1/12.
Goal 2 (Reading - fluency): Oral reading fluency 38 wcpm (Sept) -> 44 (Nov) -> 47 (Jan). Annual goal 70 wcpm. Progress: SUFFICIENT.
Goal 3 (Written expression): Using a graphic organizer, Owen will write 5 related sentences on a topic. Baseline 2 sentences; current 3. Progress: INSUFFICIENT - team will monitor.
""")],
      body="""
Hi Jenna,

Owen's Q2 IEP progress report is attached. The paper copy will come home with his report card on 2/5, but I know you like to see it early.

Short version: he's making progress on both reading goals. He finished SPIRE Level 2 and started Level 3 on 1/12. His oral reading fluency went from 38 words correct per minute in September to 47 on the January probe (his annual goal is 70 by October).

The writing goal is moving more slowly. He's using the graphic organizer, but getting from the organizer to sentences on the page is still really hard for him.

Let me know if you want to talk it through.
Kristin
""",
      labels=L("O", ["progress_report", "reading_intervention", "graphic_organizers"],
               att_topics=["progress_report", "reading_intervention", "graphic_organizers"])),

    M("T09b", "jenna", ["kt"], "2026-02-05 20:20", "gmail-forward", reply="T09a",
      fwd="2026-02-06 06:30", note="Jenna's Q2 questions - answer today",
      body="""
Hi Kristin,

Thank you for sending this early, I really appreciate it. I've read it about four times. A few questions:

1. 47 words per minute - where should a 3rd grader be in January? I looked it up online and saw numbers in the 90s, which scared me. Is he closing the gap or just moving along at the same distance behind?

2. Is Level 3 where you expected him to be by now?

3. Could he get a second SPIRE session each day? I know that might not be possible with your schedule, but I'd rather ask. We'd be willing to drive him in early if that helps.

4. You mentioned you'd send the SPIRE data sheet at the end of the month, and I haven't seen it yet. Not a big deal, I'd just like to see the mastery checks.

Also, a friend told me about Learning Ally for audiobooks. Would that be something the school could set up for Owen?

Thanks again for everything,
Jenna
""",
      labels=L("O", ["progress_report", "reading_intervention", "assistive_technology"],
               reqs=[R("r_gap", "jenna", "Is he closing the gap or just moving along at the same distance behind?"),
                     R("r_level3", "jenna", "Is Level 3 where you expected him to be by now?"),
                     R("r_second_session", "jenna", "Could he get a second SPIRE session each day?"),
                     R("r_learning_ally", "jenna", "Would that be something the school could set up for Owen?")])),

    M("T09c", "kt", ["jenna"], "2026-02-06 15:45", "bcc-self", reply="T09b",
      atts=[("Owen_SPIRE_data_Jan2026.pdf", "application/pdf", """
S.P.I.R.E. progress data - Owen T. - Resource Room 118 - January 2026
Level 2, Lesson 9 (ck, tch, dge): concept mastery check 92%; word list 18/20; sentence reading 9/10
Level 2, Lesson 10 (review): concept mastery check 96%; word list 19/20; sentence reading 10/10
Level 3, Lesson 1 (closed syllable exceptions -ild, -ind, -old, -ost): pre-assessment 76%; mastery check 84% (1/23)
Fluency drill (timed word list): 31 -> 38 words/min across January
""")],
      body="""
Hi Jenna,

Good questions! Here are quick answers:

1. The winter benchmark for 3rd grade on our FastBridge norms is around 90, so yes, he is well below that. But he has gained about 9 words since September, which is a faster rate than he showed last year, so he is closing the gap slowly. I'd like to see that speed up now that he's in Level 3.

2. Yes. Level 3 by January is right where I expected, given where he started in the fall.

4. Here's the SPIRE data sheet I promised. Sorry it's late! The mastery checks are the bottom two rows.

On the second SPIRE session and Learning Ally, I'll talk to Renee about both and get back to you by 2/13.

Kristin
""",
      labels=L("O", ["reading_intervention", "progress_report", "assistive_technology"],
               commits=[C("c_renee_2nd", "kt", "I'll talk to Renee about both and get back to you by 2/13.", "2026-02-13",
                          "ask the coordinator about a second SPIRE session and Learning Ally and report back")],
               fulfills=["c_spire_sheet"],
               answers=["r_gap", "r_level3"],
               att_topics=["reading_intervention"])),
)

# =====================================================================================================
# T10-T11  Abdirahman - Somali translation of progress reports
# =====================================================================================================
thread("T10", "Somali translation - Abdirahman Yusuf progress report",
    M("T10.0", "kt", ["bakken"], "2026-02-05 07:50", "not-forwarded",
      body="""
Renee,

Ubah and I talked with Hawa Ali (Abdirahman Yusuf's mom) yesterday. She can't read the English progress reports; she told Ubah she put the last one in a drawer. I missed the 1/28 Language Services deadline for Q2. Is it still possible to get Abdirahman's Q2 report translated into Somali? And going forward, should all of his IEP documents be translated?

Kristin
"""),

    M("T10a", "bakken", ["kt"], "2026-02-05 13:25", "outlook-forward", reply="T10.0", cc=["ubah"],
      fwd="2026-02-05 14:02", note="translation approved",
      body="""
Kristin,

Yes, submit it anyway and put my name on it. I'll approve the late request. Going forward, yes: when a parent tells us their primary language is Somali, the IEP, progress reports and the PWN should be translated, and we offer an interpreter for every meeting. That applies to Hawa.

Ubah, please make sure Hawa's home language and interpreter preference are updated in Campus so this flags automatically next time.

Renee
""",
      labels=L("A", ["progress_report", "iep_meeting"],
               commits=[C("c_approve_late", "bakken", "I'll approve the late request.", None,
                          "approve the late Somali translation request")],
               answers=["r_translate_process"])),
)

thread("T11", "Abdirahman progress report in Somali",
    M("T11a", "kt", ["hawa"], "2026-02-06 09:10", "thunderbird-forward", cc=["ubah"],
      fwd="2026-02-06 19:45", note="forgot to bcc this one - for the file",
      body="""
Hello Hawa,

Abdirahman's progress report is being translated into Somali. I will send it to you by February 20.

The English copy is coming home today in his backpack with his report card.

He is doing well in his math group with me. He is learning to add and subtract big numbers.

Kristin
""",
      labels=L("A", ["progress_report", "specialized_instruction"],
               commits=[C("c_somali_q2", "kt", "I will send it to you by February 20.", "2026-02-20",
                          "send Hawa the Somali translation of the Q2 progress report")])),

    M("T11b", "kt", ["hawa"], "2026-03-03 15:30", "bcc-self", reply="T11a", cc=["ubah"],
      atts=[("Abdirahman_Yusuf_Warbixinta_Horumarka_Q2.pdf", "application/pdf", """
WARBIXINTA HORUMARKA IEP - Rubuca 2aad (Q2)
Arday: Abdirahman Yusuf    Fasalka: 4    Macallinka waxbarashada gaarka ah: Kristin Tollefsrud
Hadafka 1 (Xisaab - isku-darka iyo kala-goynta tirooyinka waaweyn): Horumar ku filan. Wuxuu ku jiraa barnaamijka Bridges Intervention, 30 daqiiqo maalin kasta, qolka 118.
Hadafka 2 (Xisaab - masalooyinka qoraalka ah): Horumar ku filan. Wuxuu isticmaalaa xisaabiyaha (calculator) imtixaannada.
(Waxaa turjumay Adeegyada Luqadaha ee Rush Creek Public Schools, 2/27/2026)
""")],
      body="""
Hello Hawa,

Here is Abdirahman's progress report in Somali. I am sorry it is late. The translation took longer than I thought.

If you have questions, Ubah can help us talk on the phone.

Kristin
""",
      labels=L("A", ["progress_report"], fulfills=["c_somali_q2", "c_approve_late"],
               att_topics=["progress_report", "specialized_instruction", "calculator"])),
)

# =====================================================================================================
# T12-T15  Henry - class notes and scribe not provided in 5th grade
# =====================================================================================================
thread("T12", "Henry SS today",
    M("T12a", "marcus", ["kt"], "2026-02-10 13:40", "gmail-forward", fwd="2026-02-10 15:00", note="from Marcus - Rieck/notes",
      body="""
FYI - in social studies today Mr. Rieck told Henry he had to copy the notes off the board himself and wouldn't give him the printed notes. He said "he's in 5th grade, he can copy." Henry shut down, put his head down, then started rocking. I took him out for a break in the hallway with his headphones and he was OK after about 10 min but he missed the rest of the lesson.

Marcus
""",
      labels=L("H", ["class_notes", "breaks", "sensory_tools"], missed=[("class_notes", "2026-02-10", None)])),

    M("T12b", "marcus", ["kt"], "2026-03-05 13:30", "thunderbird-forward", reply="T12a",
      fwd="2026-03-05 20:15", note="",
      body="""
Henry redid the science lab with me scribing today during WIN. Rieck graded it as a regular grade, no zero. Also fwiw Rieck has been posting the slides every morning since that meeting, I print them at the para desk and Henry follows along way better.
""",
      labels=L("H", ["scribe", "class_notes"], fulfills=["c_redo_lab", "c_slides", "c_marcus_scribe"])),
)

thread("T13", "Henry - notes in social studies",
    M("T13a", "kt", ["rieck"], "2026-02-10 16:30", "bcc-self",
      body="""
Hi Dale,

Marcus mentioned Henry didn't get a copy of the notes in social studies today. Just a reminder that a copy of class notes (or access to your slides) is one of Henry's IEP accommodations. It's there because copying from the board takes him three or four times as long as his classmates, and he loses the content while he's copying. Same idea with the scribe for written responses longer than a few sentences.

Could you share your slides in Google Classroom before each lesson, or hand Marcus a printed copy in the morning? Either works.

Thanks,
Kristin
""",
      labels=L("H", ["class_notes", "scribe"],
               reqs=[R("r_slides_before", "kt", "Could you share your slides in Google Classroom before each lesson, or hand Marcus a printed copy in the morning?")],
               missed=[("class_notes", "2026-02-10", None)])),

    M("T13b", "rieck", ["kt"], "2026-02-11 07:05", "direct", reply="T13a",
      body="""
Kristin,

I post the slides to Classroom after the lesson, every day. He needs to start taking some notes on his own before middle school. Isn't that the whole point of 5th grade? Happy to talk at PLC Thursday.

Dale
""",
      labels=L("H", ["class_notes"], answers=["r_slides_before"])),
)

thread("T14", "Henry Vang - accommodations in 5th grade",
    M("T14.0", "kt", ["gustafson"], "2026-02-12 17:20", "not-forwarded",
      body="""
Tom,

I need your help. Dale Rieck is declining to provide Henry Vang's notes before or during lessons (he posts them afterward) and told me at PLC today he doesn't think Henry needs them. It's in the IEP, so it isn't optional. It's also not just notes: on the 2/6 writing assessment Henry didn't have a scribe and turned in two sentences, and on 2/10 he didn't get the notes and ended up out of the room.

Can we meet with Dale this week or early next?

Kristin
"""),

    M("T14a", "gustafson", ["kt"], "2026-02-13 12:10", "direct", reply="T14.0", cc=["rieck"],
      body="""
Kristin and Dale - thanks for sitting down with me this morning. Here's where we landed, so it's in writing:

- Dale will post his slides to Classroom by 8:30 the morning of each lesson starting Tuesday 2/17, and Marcus will print a copy for Henry.
- For writing assessments longer than 3 sentences, Marcus will scribe for Henry or Henry can use speech-to-text.

Let me know if anything falls through.
Tom
""",
      labels=L("H", ["class_notes", "scribe", "paraprofessional", "assistive_technology"],
               commits=[C("c_slides", "rieck", "Dale will post his slides to Classroom by 8:30 the morning of each lesson starting Tuesday 2/17, and Marcus will print a copy for Henry.",
                          "2026-02-17", "post slides before each lesson; para prints them for Henry"),
                        C("c_marcus_scribe", "marcus", "For writing assessments longer than 3 sentences, Marcus will scribe for Henry or Henry can use speech-to-text.",
                          None, "scribe for Henry on longer writing assessments")])),
)

thread("T15", "Henry science",
    M("T15a", "mai", ["kt"], "2026-03-02 19:45", "apple-forward", fwd="2026-03-02 21:00", note="Mai - Henry lab/scribe",
      body="""
Hi Kristin, Henry came home really upset today. He said he had to write his whole science lab report by himself and nobody helped him, and Mr. Rieck told him he would get a zero if it wasn't done. I thought he was supposed to have someone write for him? He's been crying about it all night. Mai
""",
      labels=L("H", ["scribe"],
               reqs=[R("r_scribe_q", "mai", "I thought he was supposed to have someone write for him?")],
               missed=[("scribe", "2026-03-02", None)])),

    M("T15b", "kt", ["mai"], "2026-03-03 07:20", "bcc-self", reply="T15a",
      body="""
Hi Mai,

I'm so sorry. Yes, a scribe for longer writing is in his IEP. Marcus was pulled to cover a kindergarten classroom yesterday afternoon because we were short on subs, so Henry was on his own in science and no one told Mr. Rieck to hold the lab.

I'm going to make sure Henry gets to redo the lab with Marcus scribing, and that it's not a zero.

Kristin
""",
      labels=L("H", ["scribe", "paraprofessional"],
               commits=[C("c_redo_lab", "kt", "I'm going to make sure Henry gets to redo the lab with Marcus scribing, and that it's not a zero.",
                          None, "get Henry a redo of the science lab with a scribe")],
               answers=["r_scribe_q"],
               missed=[("scribe", "2026-03-02", None), ("paraprofessional", "2026-03-02", None)])),
)

# =====================================================================================================
# T16  Owen - read-aloud keeps failing; MCA plan
# =====================================================================================================
thread("T16", "Owen - tests still not being read aloud",
    M("T16a", "jenna", ["kt"], "2026-02-19 07:55", "direct", cc=["gustafson"],
      body="""
Ms. Tollefsrud and Mr. Gustafson,

I'm writing because this has now happened three times. Owen's IEP says his tests are read aloud. So far this year:

- 1/6 - water cycle science quiz, not read (and I know that one was fixed, thank you Kristin)
- 2/4 - the social studies map test, not read
- 2/18 - yesterday's math unit test (Topic 7), not read. He told me he "skipped the story problems because the words were too long."

In January I was told the tests would go to Ms. Tollefsrud's box the day before. Clearly that's not happening. What is the plan to make sure this stops? And will he be able to retake the map test and the math test with them read aloud?

I'd also like to know how the MCA is going to work for him in April. I don't want him sitting in the gym with 80 kids and a test he can't read.

Jenna Thorsby
""",
      labels=L("O", ["read_aloud", "separate_setting"],
               reqs=[R("r_plan_stop", "jenna", "What is the plan to make sure this stops?"),
                     R("r_retake_two", "jenna", "And will he be able to retake the map test and the math test with them read aloud?"),
                     R("r_mca_how", "jenna", "I'd also like to know how the MCA is going to work for him in April.")],
               missed=[("read_aloud", "2026-01-06", None), ("read_aloud", "2026-02-04", None),
                       ("read_aloud", "2026-02-18", None)])),

    M("T16b", "kt", ["jenna"], "2026-02-19 12:20", "bcc-self", reply="T16a", cc=["gustafson", "kjelstad"],
      body="""
Jenna,

You're right, and I'm sorry. Here's what is changing:

- Starting Monday, Mr. Kjelstad will put every test for Owen in a shared Google folder by 3:00 the day before. I'll read it to him in the resource room during WIN (1:05-1:35). If a test isn't in the folder, Owen takes it with me the next day instead of in class.
- Owen will retake the map test and the Topic 7 math test with me, read aloud, next week.
- MCA: he'll test in the resource room with me, with text-to-speech on the math test. The reading test has its own rules about what can be read aloud, and I'll explain those in the plan. I'll have his MCA accommodations plan to you by 3/6 to look over.

Kristin
""",
      labels=L("O", ["read_aloud", "separate_setting", "assistive_technology"],
               commits=[C("c_folder", "kjelstad", "Starting Monday, Mr. Kjelstad will put every test for Owen in a shared Google folder by 3:00 the day before.",
                          "2026-02-23", "put each of Owen's tests in a shared folder the day before"),
                        C("c_read_win", "kt", "I'll read it to him in the resource room during WIN (1:05-1:35).", None,
                          "read Owen's tests aloud during WIN"),
                        C("c_retake_two", "kt", "Owen will retake the map test and the Topic 7 math test with me, read aloud, next week.",
                          "2026-02-27", "retake the map test and Topic 7 test read aloud"),
                        C("c_mca_room", "kt", "he'll test in the resource room with me, with text-to-speech on the math test", None,
                          "Owen takes the MCA in the resource room with text-to-speech on math"),
                        C("c_mca_plan", "kt", "I'll have his MCA accommodations plan to you by 3/6 to look over.", "2026-03-06",
                          "send Jenna Owen's MCA accommodations plan")],
               answers=["r_plan_stop", "r_retake_two", "r_mca_how"])),

    M("T16c", "kt", ["jenna"], "2026-03-04 16:40", "bcc-self", reply="T16b",
      atts=[("Owen_Thorsby_MCA_2026_Accommodations.pdf", "application/pdf", """
MCA 2026 TESTING ACCOMMODATIONS - Owen Thorsby, Grade 3 - Birchwood Elementary
Testing location: small group (3 students), Resource Room 118, test administrator K. Tollefsrud.
Mathematics MCA: text-to-speech (TestNav) for all items; directions read aloud; breaks as needed (test is untimed).
Reading MCA: directions read aloud; reading passages may NOT be read aloud or played with text-to-speech; breaks as needed; untimed.
Other: noise buffers/headphones available; a movement break between segments.
""")],
      body="""
Hi Jenna,

Owen's MCA accommodations plan is attached. The main points: he'll test in Room 118 with me and two other students, he'll have text-to-speech on the math test, and he can take breaks whenever he needs them. On the reading test the passages can't be read to him, but the directions can, and there's no time limit.

Also, he retook the map test and the Topic 7 test with me last Tuesday (2/24), both read aloud: 14/16 and 11/15. Mr. Kjelstad has had every test in the shared folder the day before since 2/23, and I've read each one to him during WIN.

Kristin
""",
      labels=L("O", ["separate_setting", "assistive_technology", "breaks", "read_aloud"],
               fulfills=["c_mca_plan", "c_retake_two", "c_folder", "c_read_win"],
               att_topics=["separate_setting", "assistive_technology", "read_aloud", "breaks", "sensory_tools"])),
)

# =====================================================================================================
# T17  Teacher pulled to sub - nobody's minutes happen
# =====================================================================================================
thread("T17", "Resource room pulled for sub coverage 2/26 and 2/27 - missed minutes",
    M("T17a", "kt", ["bakken"], "2026-02-27 15:55", "bcc-self", cc=["gustafson"],
      body="""
Renee,

I need to document this. Because of the sub shortage I was pulled to cover Room 204 (1st grade) all day yesterday, Thursday 2/26, and again today, Friday 2/27. None of my groups met either day:

- SPIRE (Owen T. + 2 others): 30 min x 2 days
- Bridges math intervention (Abdirahman Y.): 30 min x 2 days
- Henry V. writing SDI: 25 min Thursday (he isn't scheduled with me Fridays)
- Kaylee D. Zones of Regulation group: 20 min x 2 days

I know everyone is stretched thin right now. But these are IEP minutes, and I'm the only licensed special ed teacher in the building, so when I'm pulled nobody's minutes happen. Can we agree that I'm not on the sub-coverage list?

I'll make up what I can next week by doubling SPIRE on Tuesday and Thursday and send you the make-up log by 3/6.

Kristin
""",
      labels=L("OAHK", ["reading_intervention", "specialized_instruction", "compensatory_services"],
               commits=[C("c_makeup_log", "kt", "I'll make up what I can next week by doubling SPIRE on Tuesday and Thursday and send you the make-up log by 3/6.",
                          "2026-03-06", "make up missed resource-room minutes and send the make-up log")],
               reqs=[R("r_off_list", "kt", "Can we agree that I'm not on the sub-coverage list?")],
               missed=[("reading_intervention", "2026-02-26", 30), ("reading_intervention", "2026-02-27", 30),
                       ("specialized_instruction", "2026-02-26", 30), ("specialized_instruction", "2026-02-27", 30),
                       ("specialized_instruction", "2026-02-26", 25),
                       ("specialized_instruction", "2026-02-26", 20), ("specialized_instruction", "2026-02-27", 20)])),

    M("T17b", "gustafson", ["kt"], "2026-03-02 09:40", "gmail-forward", reply="T17a", cc=["bakken"],
      fwd="2026-03-02 12:05", note="Tom re: sub list",
      body="""
Kristin - yes. Last week we had 9 staff out with the flu and 3 subs, and I made a bad call. I'll take sped staff off the sub coverage list.

I will be out Friday for the principals' conference in St. Cloud; Jodi in the office can reach me if needed.

Tom
""",
      labels=L("", [],
               commits=[C("c_off_list", "gustafson", "I'll take sped staff off the sub coverage list.", None,
                          "take special education staff off the sub-coverage rotation")],
               answers=["r_off_list"])),
)

# =====================================================================================================
# T18-T19  Kaylee's dad (rarely answers) - comp ed, annual IEP, CICO home sheet
# =====================================================================================================
thread("T18", "Kaylee - meeting + IEP dates",
    M("T18a", "kt", ["travis"], "2026-02-04 17:10", "bcc-self",
      body="""
Hi Travis,

A few things about Kaylee:

1. From 1/14 through yesterday, Kaylee didn't have her para at lunch and recess most days because Deb was covering lunch duty. That adds up to 345 minutes of the para support in her IEP that she missed. Deb is back with her as of today. The district wants to meet with you (by phone is fine) about making up that time. Would Tuesday 2/10 at 3:30 or Thursday 2/12 at 7:30 am work for you?

2. Kaylee's annual IEP is due by 4/14. Could you let me know which date works best: 3/31, 4/2, or 4/7 (all at 3:30)?

3. Her CICO home sheet: could you sign it each night and send it back in her folder? She earns a bonus point when it comes back signed.

I'll call you Thursday after school too, in case that's easier than email.

Kristin
""",
      labels=L("K", ["paraprofessional", "compensatory_services", "iep_meeting", "check_in"],
               commits=[C("c_call_thursday", "kt", "I'll call you Thursday after school too, in case that's easier than email.", "2026-02-05",
                          "phone Kaylee's dad")],
               fulfills=["c_deb_back"],
               reqs=[R("r_comp_time", "kt", "Would Tuesday 2/10 at 3:30 or Thursday 2/12 at 7:30 am work for you?"),
                     R("r_iep_date", "kt", "Could you let me know which date works best: 3/31, 4/2, or 4/7 (all at 3:30)?"),
                     R("r_cico_sign", "kt", "could you sign it each night and send it back in her folder?")],
               missed=[("paraprofessional", "2026-01-14", 345)])),

    M("T18b", "travis", ["kt"], "2026-02-24 22:40", "direct", reply="T18a",
      body="""
sorry been working nights at the plant and missed your call, got the voicemail. got the letter from district too. make up stuff is fine with me. 4/7 works for the iep. she says the point sheet is dumb lol
""",
      labels=L("K", ["compensatory_services", "iep_meeting", "check_in"],
               fulfills=["c_call_thursday", "c_call_travis_week", "c_mail_pwn"],
               answers=["r_iep_date"])),

    M("T18c", "kt", ["travis"], "2026-04-08 07:30", "bcc-self", reply="T18b",
      atts=[("Kaylee_Draheim_Proposed_IEP_2026-04-07.pdf", "application/pdf", """
PROPOSED IEP - Kaylee Draheim - Grade 2 - Birchwood Elementary - meeting held 4/7/2026 (parent invited, did not attend)
Services: Specialized instruction, social-emotional (Zones of Regulation group), 20 min x 3/week, resource room. Paraprofessional support at lunch and recess, 30 min/day.
Accommodations: visual schedule (picture cards, first/then) in all settings including specials - portable lanyard schedule; scheduled sensory breaks at 9:15 and 12:15 plus breaks on request; weighted lap pad, fidget bin, noise-canceling headphones.
Behavior: Check-In/Check-Out daily with L. Ortega; revised point sheet (3 goals); home sheet.
Extended school year: qualifies; July 7-30, Tue-Thu mornings; transportation provided.
""")],
      body="""
Hi Travis,

We missed you at Kaylee's IEP meeting yesterday. We went ahead and held it, and I've attached the proposed IEP so you can see everything we talked about. We also went over the updated para log, including the week in March when Deb was moved to indoor recess.

The big changes:
- a scheduled sensory break every morning and after lunch (she can still ask for extra ones)
- keep CICO, but with a smaller point sheet she helped design
- ESY (summer school) for 3 weeks in July. I'm submitting Kaylee's ESY form to the district by 4/24.

Could you call me or sign and return the PWN? If we don't hear from you in 14 days, the new IEP goes into effect. I'll send Kaylee's Q3 progress report home with her by 4/17 too.

Kristin
""",
      labels=L("K", ["iep_meeting", "paraprofessional", "sensory_tools", "breaks", "check_in", "extended_school_year",
                     "progress_report"],
               commits=[C("c_esy_form", "kt", "I'm submitting Kaylee's ESY form to the district by 4/24.", "2026-04-24",
                          "submit Kaylee's ESY determination form"),
                        C("c_kaylee_q3", "kt", "I'll send Kaylee's Q3 progress report home with her by 4/17 too.", "2026-04-17",
                          "send Kaylee's Q3 progress report home")],
               fulfills=["c_log_meeting"],
               reqs=[R("r_call_or_sign", "kt", "Could you call me or sign and return the PWN?")],
               att_topics=["specialized_instruction", "paraprofessional", "visual_schedule", "breaks", "sensory_tools",
                           "check_in", "behavior_support", "extended_school_year", "transportation"])),

    M("T18d", "kt", ["travis"], "2026-04-09 20:05", "bcc-self", reply="T18c",
      body="""
Travis, I got your message on my personal email. Please use this school address going forward so everything stays in Kaylee's file.

Yes, Friday at drop-off works. I'll bring the signature page to door 4 at 8:40 Friday morning.

And the orange headphones are safe in my room. She left them at the calm-down table on Tuesday.

Kristin
""",
      labels=L("K", ["iep_meeting", "sensory_tools"],
               commits=[C("c_sig_friday", "kt", "I'll bring the signature page to door 4 at 8:40 Friday morning.", "2026-04-10",
                          "meet Kaylee's dad at drop-off with the IEP signature page")],
               answers=["r_sign_friday"])),
)

thread("T19", "Kaylee Draheim comp ed call - no answer",
    M("T19.0", "kt", ["bakken", "gustafson"], "2026-02-12 08:20", "not-forwarded",
      body="""
We called Travis at 7:30 and again at 7:40 - no answer, left a voicemail. I also called him last Thursday (2/5) and left a message then. Renee, do you want to send the comp ed proposal by mail so he at least has it in writing?

Kristin
"""),

    M("T19a", "bakken", ["kt"], "2026-02-12 11:05", "attachment-forward", reply="T19.0", cc=["gustafson"],
      fwd="2026-02-12 12:00", note="Comp ed proposal - Kaylee D.",
      atts=[("Draheim_Kaylee_Compensatory_Services_Proposal.pdf", "application/pdf", """
RUSH CREEK PUBLIC SCHOOLS - PROPOSAL FOR COMPENSATORY SERVICES
Student: Kaylee Draheim    Grade 2    Case manager: K. Tollefsrud
Service not provided: paraprofessional support during lunch and recess (IEP: 30 min/day), 1/14/2026 - 2/3/2026, because the assigned paraprofessional was reassigned to lunch supervision. Total documented: 345 minutes (case manager log).
Proposed compensatory services: 345 minutes of adult-supported structured recess and social skills practice with a paraprofessional (D. Lunde), two 20-minute sessions per week, beginning 2/24/2026 and continuing until the minutes are made up. Extended school year eligibility will be reviewed at the annual IEP meeting.
""")],
      body="""
Kristin,

Yes. The proposal is attached. I'll mail it to Travis with a PWN today. If we don't hear back within 14 days, we'll go ahead and start the make-up sessions as described.

Renee
""",
      labels=L("K", ["compensatory_services"],
               commits=[C("c_mail_pwn", "bakken", "I'll mail it to Travis with a PWN today.", "2026-02-12",
                          "mail the comp ed proposal and PWN to Kaylee's dad")],
               att_topics=["compensatory_services", "paraprofessional", "extended_school_year"])),
)

thread("T20", "kaylee",
    M("T20a", "travis", ["kt_yahoo"], "2026-04-09 06:12", "yahoo-forward",
      fwd="2026-04-09 19:55", note="Travis Draheim wrote to my personal email. Moving this to school email.", fwd_by="kt_yahoo",
      body="""
hey its travis draheim, kaylees dad. got your email from the class facebook group, i cant get into my work email on my phone. sorry i missed the meeting they changed my shift. can i sign the iep thing at dropoff friday? also kaylee lost her headphones again, the orange ones, she was upset about it last night
""",
      labels=L("K", ["iep_meeting", "sensory_tools"],
               answers=["r_call_or_sign"],
               reqs=[R("r_sign_friday", "travis", "can i sign the iep thing at dropoff friday?")])),
)

# =====================================================================================================
# T21  School newsletter (bulk)
# =====================================================================================================
thread("T21", "Bobcat Bulletin - March 2026",
    M("T21a", "psquare", ["kt"], "2026-02-27 17:00", "direct", newsletter=True,
      body="""
BOBCAT BULLETIN
March 2026 | Birchwood Elementary

From Mr. Gustafson
Who's ready for spring?! It's been a long, snowy February and a rough flu season. Thank you to every family who kept sick kids home, and a huge thank you to our staff who stepped up to cover classes and lunch duty.

Important dates
- Thu 3/5 and Tue 3/10: Spring conferences, 4:00-7:30 pm. Sign up for a conference time in ParentSquare. Interpreters are available; please call the office.
- Mon 3/16 - Fri 3/20: Spring break, no school.
- 4/6 - 4/24: MCA testing window for grades 3-5. A good night's sleep and a healthy breakfast make a difference!

I Love to Read Month wrap-up
Birchwood read 412,000 minutes in February! The winning class (Mrs. Pfeifer's 4th graders) earned a pajama day.

Kindergarten Round-Up
Do you have a child turning 5 by September 1? Kindergarten Round-Up and screening is April 14-16. Call the office to schedule a time.

PTO Corner
Bobcat Bingo Night is Friday 3/27. The PTO is also looking for volunteers for Field Day in May.

Lost and Found
Our lost and found table is overflowing with mittens, snow pants and water bottles. Anything left after 3/13 will be donated.
"""),
)

# =====================================================================================================
# T22  Abdirahman - Bridges data, homework slipped
# =====================================================================================================
thread("T22", "Abdi - Bridges data + MCA calc",
    M("T22a", "kt", ["pfeifer"], "2026-03-10 16:20", "gmail-forward", fwd="2026-03-10 16:45", note="sent without bcc",
      atts=[("Abdirahman_Bridges_Intervention_Module3.pdf", "application/pdf", """
Bridges Intervention - Volume 5, Module 3 - Abdirahman Y. - Resource Room 118
Focus: place value to 1,000,000; multi-digit addition and subtraction with regrouping.
Progress monitoring checkpoints: 1/26 55%; 2/9 68%; 2/23 74% (2/26-2/27 sessions not held - teacher reassigned); 3/9 post-assessment 85% (mastery).
Next: Module 4 (multiplication and area models) begins 3/11.
""")],
      body="""
Hi Lori,

Abdi's Bridges Intervention data for Module 3 (place value to 1,000,000 and multi-digit addition and subtraction) is attached. He passed the post-assessment with 85%! He starts Module 4 (multiplication) with me tomorrow.

For the MCA: he gets the TestNav calculator on the calculator-allowed segments only, so no handheld calculator on the non-calculator part. I'll send you his Module 4 pre-assessment results before spring break (March 13).

Also, is he still getting the odds-only homework? Hawa mentioned at conferences that it's crept back up.

Thanks!
Kristin
""",
      labels=L("A", ["specialized_instruction", "calculator", "reduced_assignments"],
               commits=[C("c_mod4_results", "kt", "I'll send you his Module 4 pre-assessment results before spring break (March 13).",
                          "2026-03-13", "send Lori Abdirahman's Module 4 pre-assessment results")],
               reqs=[R("r_odds_still", "kt", "Also, is he still getting the odds-only homework?")],
               att_topics=["specialized_instruction"])),

    M("T22b", "pfeifer", ["kt"], "2026-03-11 07:40", "thunderbird-forward", reply="T22a", fwd="2026-03-11 21:00", note="",
      body="""
Good catch. We switched to the new Eureka homework packets on 3/2 and I forgot to mark his, so he's been doing the whole page since then. Back to odds starting today, and I'll write it on the packet cover so it doesn't slip again.

85% - yay Abdi!!

Lori
""",
      labels=L("A", ["reduced_assignments"],
               commits=[C("c_packet_cover", "pfeifer", "I'll write it on the packet cover so it doesn't slip again.", None,
                          "mark 'odds only' on Abdirahman's homework packet cover")],
               answers=["r_odds_still"],
               missed=[("reduced_assignments", "2026-03-02", None)])),
)

# =====================================================================================================
# T23-T26  Kaylee - CICO missed; para pulled again in March
# =====================================================================================================
thread("T23", "CICO this week",
    M("T23a", "ortega", ["kt"], "2026-03-03 15:10", "gmail-forward", cc=["amundson"], fwd="2026-03-03 19:00",
      note="CICO missed 3/2-3/3 - Kaylee",
      body="""
Heads up: I was out sick yesterday and today, and nobody picked up morning check-in, so Kaylee (and six other kids on CICO) didn't check in either day. Jess did afternoon check-out with her in the classroom. I'm back tomorrow.

Luis
""",
      labels=L("K", ["check_in"], missed=[("check_in", "2026-03-02", None), ("check_in", "2026-03-03", None)])),
)

thread("T24", "Kaylee recess",
    M("T24a", "amundson", ["kt"], "2026-03-26 15:05", "gmail-forward", fwd="2026-03-26 16:00", note="",
      body="""
Kristin, just so you know, Kaylee hasn't had Deb at recess since Deb got moved to indoor recess coverage when the weather turned (Monday, I think?). She's been mostly OK, but today she hid in the tube slide and wouldn't come in for 10 minutes. I'm also not sure her make-up sessions with Deb are happening this week.

Jess
""",
      labels=L("K", ["paraprofessional", "compensatory_services"], missed=[("paraprofessional", "2026-03-23", None)])),
)

thread("T25", "Kaylee recess - dates?",
    M("T25.0", "kt", ["deb"], "2026-03-26 20:40", "not-forwarded", client="thunderbird",
      body="""
Deb, Jess says you've been on indoor recess coverage since Monday. Which days did you miss Kaylee's recess and her comp sessions? I need exact dates for the log. Not blaming you at all!

K
"""),

    M("T25a", "deb", ["kt"], "2026-03-27 07:10", "gmail-forward", reply="T25.0", fwd="2026-03-27 07:30", note="Deb's dates",
      body="""
Yes Tom asked me Monday morning. I wasnt with Kaylee at recess Mon 3/23, Tue 3/24, Wed 3/25 or Thu 3/26. Her comp session Tues 3/24 I did do (we did it at 2:15 instead) but Thurs 3/26 I didnt get to it. Also FYI I will be out Friday 4/3 for my sons surgery.

Sorry Kristin I hate this, she does so much better when Im out there.
Deb
""",
      labels=L("K", ["paraprofessional", "compensatory_services"],
               missed=[("paraprofessional", "2026-03-23", None), ("paraprofessional", "2026-03-24", None),
                       ("paraprofessional", "2026-03-25", None), ("paraprofessional", "2026-03-26", None),
                       ("compensatory_services", "2026-03-26", None)])),
)

thread("T26", "Kaylee Draheim - para pulled again (3/23-3/26)",
    M("T26a", "kt", ["bakken", "gustafson"], "2026-03-27 09:30", "bcc-self",
      body="""
Renee and Tom,

Deb was moved to indoor recess coverage this week, so Kaylee was again without her para at recess:

Mon 3/23, Tue 3/24, Wed 3/25, Thu 3/26: 30 min each, 120 min total
Thu 3/26: comp ed session with Deb did not happen (20 min)

This is the second stretch this year. Tom, I'm asking that Deb not be used for coverage during Kaylee's lunch and recess. Can we get that in writing? Renee, can you add these minutes to her comp ed plan?

I'll bring an updated log to Kaylee's IEP meeting on 4/7.

Kristin
""",
      labels=L("K", ["paraprofessional", "compensatory_services", "iep_meeting"],
               commits=[C("c_log_meeting", "kt", "I'll bring an updated log to Kaylee's IEP meeting on 4/7.", "2026-04-07",
                          "bring the updated para log to Kaylee's IEP meeting")],
               reqs=[R("r_in_writing", "kt", "Can we get that in writing?"),
                     R("r_add_minutes", "kt", "Renee, can you add these minutes to her comp ed plan?")],
               missed=[("paraprofessional", "2026-03-23", 30), ("paraprofessional", "2026-03-24", 30),
                       ("paraprofessional", "2026-03-25", 30), ("paraprofessional", "2026-03-26", 30),
                       ("compensatory_services", "2026-03-26", 20)])),

    M("T26b", "bakken", ["kt"], "2026-03-30 08:00", "attachment-forward", reply="T26a", cc=["gustafson"],
      fwd="2026-03-30 08:25", note="Renee - 140 min added",
      body="""
Kristin, yes. I've added 140 minutes to Kaylee's comp ed plan (120 para + 20 comp session). I'll send an amended comp ed letter to dad this week.

Tom, please confirm in writing to Kristin that Deb will not be reassigned during 11:40-12:10.

Renee
""",
      labels=L("K", ["compensatory_services", "paraprofessional"],
               commits=[C("c_amended_letter", "bakken", "I'll send an amended comp ed letter to dad this week.", "2026-04-03",
                          "send Kaylee's dad an amended comp ed letter")],
               answers=["r_add_minutes"],
               reqs=[R("r_tom_confirm", "bakken", "Tom, please confirm in writing to Kristin that Deb will not be reassigned during 11:40-12:10.")])),
)

# =====================================================================================================
# T27-T29  Henry - April: speech cancelled for K screening, headphones missing at MCA, Q3 report
# =====================================================================================================
thread("T27", "Henry - speech and MCA",
    M("T27a", "mai", ["kt"], "2026-04-17 20:30", "apple-forward", fwd="2026-04-17 21:10", note="",
      body="""
Hi Kristin, Henry says he hasn't had speech with Ms. Sauer all week. Is everything ok with Ms. Sauer? He also told me his headphones weren't in the room for the reading MCA on Wednesday and it was really loud because kids kept coming in late. He said he couldn't think. Thanks, Mai
""",
      labels=L("H", ["speech_language_therapy", "sensory_tools"],
               reqs=[R("r_sauer_ok", "mai", "Is everything ok with Ms. Sauer?")],
               missed=[("speech_language_therapy", "2026-04-14", None), ("sensory_tools", "2026-04-15", None)])),

    M("T27b", "kt", ["mai"], "2026-04-20 07:35", "bcc-self", reply="T27a",
      body="""
Hi Mai,

Yes, Ms. Sauer is fine! She was doing kindergarten screenings last week, so Henry's speech sessions on Tuesday 4/14 and Thursday 4/16 were cancelled. She's making both up this week, on 4/21 and 4/23.

The headphones: you're right, and I'm sorry. He tested in the library with the 5th grade group on Wednesday, and his headphones were still in my room. For the math MCA on 4/22 he'll test in my room with his headphones.

I'll send you his Q3 progress report this afternoon. It should have gone home last week.

Kristin
""",
      labels=L("H", ["speech_language_therapy", "compensatory_services", "sensory_tools", "separate_setting",
                     "progress_report"],
               commits=[C("c_sauer_makeup", "sauer", "She's making both up this week, on 4/21 and 4/23.", "2026-04-23",
                          "make up Henry's two cancelled speech sessions"),
                        C("c_math_mca_room", "kt", "For the math MCA on 4/22 he'll test in my room with his headphones.", "2026-04-22",
                          "Henry takes the math MCA in the resource room with headphones"),
                        C("c_henry_q3", "kt", "I'll send you his Q3 progress report this afternoon.", "2026-04-20",
                          "send Mai Henry's Q3 progress report")],
               answers=["r_sauer_ok"],
               missed=[("speech_language_therapy", "2026-04-14", None), ("speech_language_therapy", "2026-04-16", None),
                       ("sensory_tools", "2026-04-15", None)])),
)

thread("T28", "Henry math MCA",
    M("T28a", "marcus", ["kt"], "2026-04-22 11:20", "direct",
      body="""
Henry finished the math MCA in your room, headphones on the whole time, done at 10:55. He said it was "way better than the library."

Marcus
""",
      labels=L("H", ["sensory_tools", "separate_setting"], fulfills=["c_math_mca_room"])),
)

thread("T29", "Henry - Q3 progress report",
    M("T29a", "kt", ["mai"], "2026-04-20 15:30", "thunderbird-forward", fwd="2026-04-20 21:40", note="forgot bcc - Henry Q3",
      atts=[("Henry_Vang_IEP_Progress_Q3.pdf", "application/pdf", """
IEP PROGRESS REPORT - Quarter 3 (1/26/2026 - 4/2/2026) - Henry Vang, Grade 5
Goal: Self-regulation - uses visual schedule to transition without adult prompt: 4 of 5 days for 6 consecutive weeks. GOAL MET.
Goal: Written expression - using speech-to-text, 4.2 sentences per paragraph (baseline 2). Sufficient progress.
Speech-language (E. Sauer): pragmatic language - 3 conversational turns in 60% of structured opportunities. Sufficient progress. Note: sessions 4/14 and 4/16 to be made up.
""")],
      body="""
Hi Mai,

Henry's Q3 IEP progress report is attached. Highlights: he met his goal for using his visual schedule to move between activities on his own (4 out of 5 days for 6 weeks straight), and his writing is improving now that he uses speech-to-text. Ms. Sauer's section is on the last page.

Kristin
""",
      labels=L("H", ["progress_report", "visual_schedule", "assistive_technology", "speech_language_therapy"],
               fulfills=["c_henry_q3"],
               att_topics=["progress_report", "visual_schedule", "assistive_technology", "speech_language_therapy"])),
)

# =====================================================================================================
# T30  ESY determinations
# =====================================================================================================
thread("T30", "ESY 2026 - determinations due 4/24",
    M("T30a", "bakken", ["spedstaff"], "2026-04-02 10:00", "gmail-forward", fwd="2026-04-02 12:15", note="ESY - Kaylee + Henry?",
      body="""
Hi all,

ESY 2026 will run Tuesday-Thursday mornings, July 7-30, at Rush Creek Middle School. ESY determination forms (with your regression/recoupment data) are due to me by Friday 4/24. Please put transportation needs on the same form so the bus office can build routes.

Families should hear about ESY from their case manager at or before the annual IEP meeting, not from a letter in June.

Renee
""",
      labels=L("", ["extended_school_year", "transportation"])),

    M("T30b", "kt", ["bakken"], "2026-04-23 16:30", "bcc-self", reply="T30a",
      atts=[("ESY_Determination_Draheim_K.pdf", "application/pdf", """
ESY DETERMINATION - Kaylee Draheim, Grade 2
Criterion: significant regression / slow recoupment. CICO daily points averaged 78% in the 3 weeks before winter break, 41% the first week back, and took 6 weeks to return to baseline. Recess incidents rose from 1 to 5 per week over the same period.
Recommendation: ESY, July 7-30, Tue-Thu, social-emotional goal and CICO. Transportation: yes, door-to-door bus.
"""), ("ESY_Determination_Vang_H.pdf", "application/pdf", """
ESY DETERMINATION - Henry Vang, Grade 5
Criterion: emerging skill at a critical point. Social communication goal (E. Sauer, SLP): gains made Feb-April are not yet independent.
Recommendation: ESY, July 7-30, speech-language 2 x 30 min/week. Transportation: parent will transport.
""")],
      body="""
Renee,

ESY forms are attached for my two students who qualify:

- Kaylee Draheim: qualifies based on regression over winter break (CICO and recess behavior data). Dad signed her IEP at drop-off on 4/10, so ESY is in the signed IEP. She'll need bus transportation.
- Henry Vang: qualifies on his social communication goal (Ellen's data). Mom plans to drive him, so no bus for now.

Owen Thorsby and Abdirahman Yusuf don't meet ESY criteria this year.

I'll confirm Henry's summer drop-off plan with Mai and let you know by May 8.

Kristin
""",
      labels=L("OAKH", ["extended_school_year", "transportation", "check_in", "iep_meeting"],
               commits=[C("c_henry_dropoff", "kt", "I'll confirm Henry's summer drop-off plan with Mai and let you know by May 8.",
                          "2026-05-08", "confirm Henry's ESY transportation with his mother")],
               fulfills=["c_esy_form", "c_sig_friday"],
               att_topics=["extended_school_year", "check_in", "transportation", "speech_language_therapy"])),
)

# =====================================================================================================
# T31-T32  Q3 progress reports: Owen and Abdirahman
# =====================================================================================================
thread("T31", "Owen - Q3 progress report",
    M("T31a", "kt", ["jenna"], "2026-04-16 16:15", "bcc-self",
      atts=[("Owen_Thorsby_IEP_Progress_Q3.pdf", "application/pdf", """
IEP PROGRESS REPORT - Quarter 3 (1/26/2026 - 4/2/2026) - Owen Thorsby, Grade 3
Goal 1 (Decoding, S.P.I.R.E.): Level 3, lessons 1-9 complete; mastery checks 84-94%. Sufficient progress.
Goal 2 (Fluency): ORF 47 (Jan) -> 52 (Feb) -> 58 (Apr) wcpm. Goal 70. Sufficient progress.
Goal 3 (Written expression): with graphic organizer, 4 related sentences (baseline 2). Sufficient progress.
Note: 2 S.P.I.R.E. sessions not held 2/26-2/27 (teacher reassigned to cover a classroom).
""")],
      body="""
Hi Jenna,

Owen's Q3 progress report is attached. The big news: his oral reading fluency was 58 words per minute on the April probe, up from 47 in January. He's on the last few lessons of SPIRE Level 3.

He also took both MCAs in my room (reading on 4/8, math on 4/14, with text-to-speech on math). He told me it was "kind of easy," which I'm choosing to believe.

Kristin
""",
      labels=L("O", ["progress_report", "reading_intervention", "separate_setting", "assistive_technology"],
               fulfills=["c_mca_room"],
               att_topics=["progress_report", "reading_intervention", "graphic_organizers"])),

    M("T31b", "jenna", ["kt"], "2026-04-17 09:12", "gmail-forward", reply="T31a", client="iphone",
      fwd="2026-04-17 12:30", note="",
      body="""
58!!! I actually cried a little in the Target parking lot. Thank you.

Did you ever hear back from Renee about the second SPIRE session? I asked back in February. And is there anything we should be doing this summer so he doesn't lose ground?
""",
      sig="Sent from my iPhone",
      labels=L("O", ["reading_intervention", "progress_report"],
               reqs=[R("r_2nd_again", "jenna", "Did you ever hear back from Renee about the second SPIRE session?"),
                     R("r_summer", "jenna", "And is there anything we should be doing this summer so he doesn't lose ground?")])),
)

thread("T32", "Abdirahman - Q3 progress report",
    M("T32a", "kt", ["hawa"], "2026-04-16 16:40", "bcc-self", cc=["ubah"],
      body="""
Hello Hawa,

Abdirahman's Q3 progress report in English is in his backpack today. The Somali copy will come by April 30.

Good news: he is now learning multiplication in his Bridges math group, and he is working very hard.

Kristin
""",
      labels=L("A", ["progress_report", "specialized_instruction"],
               commits=[C("c_somali_q3", "kt", "The Somali copy will come by April 30.", "2026-04-30",
                          "send Hawa the Somali Q3 progress report")])),

    M("T32b", "kt", ["hawa"], "2026-04-27 15:50", "bcc-self", reply="T32a", cc=["ubah"],
      body="""
Hello Hawa,

Abdirahman's IEP meeting is due in May. Ubah and I will call you to find a day and time that is good for you. We will have a Somali interpreter at the meeting.

Kristin
""",
      labels=L("A", ["iep_meeting"],
               commits=[C("c_call_may", "kt", "Ubah and I will call you to find a day and time that is good for you.", None,
                          "phone Hawa to schedule the annual IEP meeting"),
                        C("c_interpreter", "kt", "We will have a Somali interpreter at the meeting.", None,
                          "provide a Somali interpreter at the IEP meeting")])),
)

QUERIES = [
    ("tests not read aloud", "read_aloud"),
    ("para pulled for lunch duty", "paraprofessional"),
    ("calculator on the math test", "calculator"),
    ("SPIRE reading group", "reading_intervention"),
    ("picture schedule", "visual_schedule"),
    ("headphones fidgets lap pad", "sensory_tools"),
    ("CICO point sheet", "check_in"),
    ("progress report", "progress_report"),
    ("re-evaluation testing", "evaluation"),
    ("speech sessions cancelled", "speech_language_therapy"),
    ("make up missed minutes", "compensatory_services"),
    ("copy of class notes slides", "class_notes"),
    ("scribe for writing", "scribe"),
    ("ESY summer school", "extended_school_year"),
    ("IEP meeting date", "iep_meeting"),
    ("less homework", "reduced_assignments"),
    ("Bridges math intervention", "specialized_instruction"),
    ("test in a small room", "separate_setting"),
]
