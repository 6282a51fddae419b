# -*- coding: utf-8 -*-
"""The Halvorsen corpus: who writes, what they wrote, and what a careful advocate marks.

Plain Python data, read by build.py (renders mailbox/ and gold.json) and check.py.

Message fields
  id        unique id (T05.1; N.. ids are never-forwarded messages that only live in quotes)
  frm       person key (PEOPLE)
  to, cc    person keys
  date      local time at the school, "YYYY-MM-DD HH:MM[:SS]"
  arrival   direct | bcc-self | gmail-forward | outlook-forward | apple-forward |
            thunderbird-forward | yahoo-forward | attachment-forward | not-forwarded
  fwd       for forwards: {by, client, at, note, chain?}; chain = earlier forwards of the same
            message by the family before the last hop (forward of a forward)
  reply_to  id of the message this answers (In-Reply-To / References, quoted below the text)
  quote     False to not quote the parent
  embed     id of a message the sender forwarded inside this one (a teacher's FW:)
  client    overrides the person's default mail client for this message
  html      "only" to send text/html without a text/plain part
  filtered  True when the mother's Gmail filter passed it on unchanged (direct)
  subject   overrides the automatic subject
  sig       overrides the person's signature (None: no signature)
  attachments [(filename, mime type, text)]
  labels    topics, students, promises [(key, by, what, quote, due)], fulfills, asks
            [(key, by, quote)], answers, missed [(topic, date, minutes)], att_topics
"""

CORPUS = "halvorsen"
AS_OF = "2026-05-21"
TIMEZONE = "America/Los_Angeles"
TRAIL = "halvorsen.papertrail@fastmail.com"
USER = {"name": "Kendra Halvorsen", "email": "kendra.halvorsen@gmail.com", "role": "parent"}
STUDENTS = ["Wren Halvorsen"]
WREN = ["Wren Halvorsen"]

# key: (display name, address, role, default client)
PEOPLE = {
    "mom": ("Kendra Halvorsen", "kendra.halvorsen@gmail.com", "parent", "gmail"),
    "momw": ("Kendra Halvorsen", "khalvorsen@willamettefamilymed.org", "parent", "outlook"),
    "momy": ("Kendra Halvorsen", "kjhalvorsen@yahoo.com", "parent", "yahoo"),
    "wren": ("Wren Halvorsen", "whalvorsen27@student.ccsd31j.org", "other", "thunderbird"),
    "ferreira": ("Matt Ferreira", "mferreira@ccsd31j.org", "school", "outlook"),
    "kealoha": ("Brandon Kealoha", "bkealoha@ccsd31j.org", "school", "iphone"),
    "arceneaux": ("Delphine Arceneaux", "darceneaux@ccsd31j.org", "school", "owa"),
    "lundgren": ("Gary Lundgren", "glundgren@ccsd31j.org", "school", "owa"),
    "brandvold": ("Tasha Brandvold", "tbrandvold@ccsd31j.org", "school", "owa"),
    "ibarra": ("Rosa Ibarra-Quinn", "ribarraquinn@ccsd31j.org", "school", "owa"),
    "oyama": ("Kurt Oyama", "koyama@ccsd31j.org", "school", "outlook"),
    "voss": ("Annika Voss", "avoss@ccsd31j.org", "school", "owa"),
    "grant": ("Hollis Grant", "hgrant@ccsd31j.org", "school", "outlook"),
    "fosberg": ("Nadine Fosberg", "nfosberg@ccsd31j.org", "school", "owa"),
    "pettibone": ("Joy Pettibone", "jpettibone@ccsd31j.org", "school", "owa"),
    "kittredge": ("Lorna Kittredge", "lkittredge@cfesd.org", "school", "gmail"),
    "raman": ("Dev Raman", "draman@cfesd.org", "school", "gmail"),
    "marsh": ("Celia Marsh", "cmarsh@cfesd.org", "school", "gmail"),
    "bell": ("Marcus Bell", "mbell@nwvisionworks.org", "other", "gmail"),
    "edplan": ("CCSD 31J Special Education", "noreply-edplan@ccsd31j.org", "school", "edplan"),
    "psq": ("Ridgeline High School", "notifications@parentsquare.com", "school", "parentsquare"),
}

FERPA = ("CONFIDENTIALITY NOTICE: This message and any attachments may contain student education records "
         "protected under the Family Educational Rights and Privacy Act (FERPA, 20 U.S.C. 1232g) and Oregon law. "
         "If you are not the intended recipient, please notify the sender and delete this message. Email sent to or "
         "from this account may be subject to disclosure under the Oregon Public Records Law.")

HIPAA = ("CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the intended "
         "recipient(s) and may contain protected health information (PHI) that is privileged and confidential under "
         "HIPAA (45 CFR Parts 160 and 164). Any unauthorized review, use, disclosure or distribution is prohibited. "
         "If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of "
         "the original message. Willamette Family Medicine is an equal opportunity provider.")

SIGS = {
    "mom": "Kendra",
    "momw": "Kendra Halvorsen | Practice Manager\nWillamette Family Medicine - Keizer Clinic\nP 503.555.0110 | F 503.555.0111\n\n" + HIPAA,
    "momy": "",
    "wren": "Wren",
    "ferreira": "Matt Ferreira\nLearning Specialist / Case Manager\nRidgeline High School | Learning Center, Rm 114\n"
                "Clearwater Creek School District 31J\n503-555-0148\n\"Ravens soar together.\"\n\n" + FERPA,
    "kealoha": "Sent from my iPhone",
    "arceneaux": "Delphine Arceneaux (she/her)\nEnglish 11 & AP Language\nRidgeline High School, Rm 231\n"
                 "\"Read widely, write bravely.\"\n\n" + FERPA,
    "lundgren": "Gary Lundgren\nMath Dept - Algebra 2 / Precalculus\nRidgeline HS",
    "brandvold": "Coach Brandvold\nHealth & PE | Head Coach, Girls Volleyball\nRidgeline High School",
    "ibarra": "Rosa Ibarra-Quinn, M.A.\nSchool Counselor (Students H-O) | SSD Coordinator\nRidgeline High School Counseling Center\n"
              "Book a meeting: https://outlook.office.com/bookwithme/ribarraquinn\n\n" + FERPA,
    "oyama": "Kurt Oyama\nAssistant Principal | School Test Coordinator\nRidgeline High School\n503-555-0102\n\n" + FERPA,
    "voss": "Annika Voss, M.A., TVI, COMS\nDistrict Vision Specialist | Low Incidence Programs\n"
            "Student Services, Clearwater Creek School District 31J\n\n" + FERPA,
    "grant": "Hollis Grant, Ed.D.\nDirector of Student Services\nClearwater Creek School District 31J\n1150 Mill Race Rd NE\n503-555-0120\n\n"
             + FERPA + "\n\nPlease consider the environment before printing this email.",
    "fosberg": "Nadine Fosberg\nTransition Specialist, Student Services\nCCSD 31J Community Transition Program\n\n" + FERPA,
    "pettibone": "Joy Pettibone\nInstructional Assistant, Learning Center",
    "kittredge": "Lorna Kittredge, M.Ed.\nTeacher of the Visually Impaired (TVI)\nCascade Foothills ESD | Regional Vision Program\n"
                 "cell 541-555-0193",
    "raman": "Dev Raman, COMS\nCertified Orientation & Mobility Specialist\nCascade Foothills ESD | Regional Programs",
    "marsh": "Celia Marsh, Au.D., CCC-A\nEducational Audiologist\nCascade Foothills ESD | Regional Programs\n"
             "Hearing & FM support for 14 districts",
    "bell": "Marcus Bell\nPre-ETS Coordinator\nNorthwest Vision Works\n2281 Lancaster Dr NE, Salem OR\n971-555-0164\n"
            "Building independence, one skill at a time.",
    "edplan": "",
    "psq": "",
}

PT = "Get Outlook for iOS<https://aka.ms/o0ukef>"

# ------------------------------------------------------------------------------------------------ threads
THREADS = [
# ================================================================================== T01 chem test
{"id": "T01", "subject": "Wren - chem test yesterday wasn't enlarged", "messages": [
  {"id": "T01.1", "frm": "mom", "to": ["kealoha"], "cc": ["ferreira", "wren"], "date": "2026-01-07 20:41",
   "arrival": "bcc-self",
   "body": """Hi Mr. Kealoha,

Wren came home upset yesterday. The Unit 5 test (stoichiometry) was handed out in regular print, and she ended up taking pictures of it with her phone and zooming in to read it. The CCTV still isn't set up in your room, so that was all she had. Her IEP says tests are enlarged to 18 pt (or copied onto 11x17), and this is the second time this year.

Can she retake it with an enlarged copy? I'd rather it not count the way it is.

Matt, I'm cc'ing you because I honestly don't know who is supposed to do the enlarging, the teacher or the Learning Center. Who is responsible for making sure her tests get enlarged?

Thanks,""",
   "labels": {"topics": ["large_print", "assistive_technology"],
              "asks": [("R_t1a", "mom", "Can she retake it with an enlarged copy?"),
                       ("R_t1b", "mom", "Who is responsible for making sure her tests get enlarged?")],
              "missed": [("large_print", "2026-01-06", None)]}},
  {"id": "T01.2", "frm": "kealoha", "to": ["mom"], "cc": ["ferreira", "wren"], "date": "2026-01-08 06:52",
   "reply_to": "T01.1", "arrival": "gmail-forward",
   "fwd": {"by": "mom", "at": "2026-01-08 19:30", "note": "he fixed it, she retook it today"},
   "body": """Hi Ms. Halvorsen - you're right and I'm sorry. I ran out of time to get it to the office copier (ours in the science wing won't do 11x17). She can retake it today at lunch in 208, I'll have it printed 18pt before 4th period. I'll let Matt answer the other part.""",
   "labels": {"topics": ["large_print"],
              "promises": [("C_kea1", "kealoha", "have the retake printed in 18 pt", "I'll have it printed 18pt before 4th period", "2026-01-08")],
              "answers": ["R_t1a"]}},
  {"id": "T01.3", "frm": "ferreira", "to": ["mom"], "cc": ["kealoha", "wren"], "date": "2026-01-08 10:15",
   "reply_to": "T01.1", "arrival": "direct", "filtered": True,
   "body": """Good morning Kendra,

Short answer: both of us. Teachers are supposed to send tests to Joy Pettibone (our IA in the Learning Center) at least 48 hours before they give them, and Joy enlarges them on the big copier and puts them back in the teacher's box. If a teacher misses the window, Joy can put the test up on the CCTV in the LC for her instead. That clearly didn't happen Tuesday and that's on our system, not on Wren.

I'll send a reminder to all of Wren's teachers by Friday about the 48-hour turnaround, and I'll include her second-semester teachers since schedules change on Feb 2.

Matt""",
   "sig": "Matt Ferreira\nLearning Specialist / Case Manager\nRidgeline High School | Learning Center, Rm 114\n503-555-0148\n\n" + FERPA,
   "labels": {"topics": ["large_print", "assistive_technology"],
              "promises": [("C_fer1", "ferreira", "remind all of Wren's teachers about the 48-hour enlargement turnaround",
                            "I'll send a reminder to all of Wren's teachers by Friday about the 48-hour turnaround", "2026-01-09")],
              "answers": ["R_t1b"]}},
  {"id": "T01.4", "frm": "wren", "to": ["kealoha"], "cc": ["mom", "TRAIL"], "date": "2026-01-08 13:05",
   "reply_to": "T01.2", "arrival": "direct",
   "body": """Hi Mr. Kealoha,

I retook it at lunch, thank you. The 18 pt was way better. The only thing is the periodic table on the back was still the tiny one so I had to use my monocular for that part which took forever.""",
   "labels": {"topics": ["large_print", "assistive_technology"], "fulfills": ["C_kea1"],
              "missed": [("large_print", "2026-01-08", None)]}},
  {"id": "T01.5", "frm": "kealoha", "to": ["wren"], "cc": ["mom", "TRAIL"], "date": "2026-01-08 15:31",
   "reply_to": "T01.4", "arrival": "direct",
   "body": """Ugh, sorry Wren. I'll make you a big laminated periodic table to keep at your lab station so we don't have this problem again.""",
   "labels": {"topics": ["large_print"],
              "promises": [("C_kea2", "kealoha", "make a large laminated periodic table for her lab station",
                            "I'll make you a big laminated periodic table to keep at your lab station", None)]}},
]},
# ================================================================================== T02 teacher FW of the reminder
{"id": "T02", "subject": "FW: Wren H. - accommodation reminders (semester 1 & 2)", "messages": [
  {"id": "N02.0", "frm": "ferreira", "to": ["kealoha", "arceneaux", "lundgren", "brandvold"], "cc": ["pettibone"],
   "date": "2026-01-09 14:20", "arrival": "not-forwarded", "subject": "Wren H. - accommodation reminders (semester 1 & 2)",
   "body": """Hi all,

Quick reminder for Wren Halvorsen (gr. 11, low vision + mild hearing loss). The accommodations that come up most in class:

- Tests, quizzes and handouts enlarged to 18 pt bold, or copied onto 11x17. Send originals to Joy Pettibone in the LC at least 48 hours ahead.
- Time and a half on tests and quizzes, including in-class timed writes.
- Seat at the front, off to the side and away from the windows (glare).
- Copy of slides/notes before class. Posting in Google Classroom the night before is fine.
- Wear the Roger mic during instruction. If it isn't pairing, ask her, she knows the drill.
- Reader or scribe for tests with heavy reading or a lot of writing, on request. Joy does this in 114.

Coach Brandvold, you'll have her 5th period starting Feb 2. Thanks all!

Matt""",
   "sig": None,
   "labels": {}},
  {"id": "T02.1", "frm": "kealoha", "to": ["mom"], "cc": [], "date": "2026-01-12 07:40", "client": "outlook",
   "embed": "N02.0", "arrival": "outlook-forward",
   "fwd": {"by": "mom", "client": "outlook-ios", "at": "2026-01-12 12:10", "note": "more for the file"},
   "body": """Kendra, FYI this is what Matt sent all of us Friday, so you can see it went out. I already sent my Unit 6 quiz to Joy for enlarging. I also moved Wren's lab station up to the front bench by the demo table, away from the windows.

One question for Wren: does she want me wearing the Roger mic during labs too, or just during lecture? It gets bumped around a lot when I'm walking between stations.""",
   "sig": "Brandon Kealoha\nChemistry / Physical Science\nRidgeline High School, Rm 208",
   "labels": {"topics": ["large_print", "preferential_seating", "assistive_technology"], "fulfills": ["C_fer1"],
              "asks": [("R_kea_q", "kealoha", "does she want me wearing the Roger mic during labs too, or just during lecture?")]}},
]},
# ================================================================================== T03 Topaz / TVI
{"id": "T03", "subject": "Topaz for chem + spring FVA/LMA", "messages": [
  {"id": "T03.1", "frm": "kittredge", "to": ["mom", "wren"], "cc": ["ferreira"], "date": "2026-01-13 16:05",
   "arrival": "direct", "filtered": True,
   "body": """Hi Kendra and Wren,

Good news: the ESD approved a second CCTV (a Topaz XL HD with the 24" screen) so Wren can have one in the chem lab and keep the portable Pebble for everything else. It's been ordered. I'll bring it over and set it up in room 208 once it's delivered, hopefully by the end of January.

Also a heads up that I'll be updating her Functional Vision Assessment and Learning Media Assessment this spring so we have current data for her annual IEP. Matt will send the consent paperwork. Nothing for you to do yet.

For our sessions I'm keeping Tuesday/Thursday 7th period in the LC. This month we're working on ZoomText keyboard shortcuts and getting her faster with NVDA for long readings, so her eyes aren't shot by 6th period.

Lorna""",
   "labels": {"topics": ["assistive_technology", "evaluation", "specialized_instruction"],
              "promises": [("C_kit1", "kittredge", "deliver and set up the Topaz CCTV in room 208",
                            "I'll bring it over and set it up in room 208 once it's delivered, hopefully by the end of January.", "2026-01-31"),
                           ("C_kit5", "kittredge", "update the Functional Vision Assessment and Learning Media Assessment",
                            "I'll be updating her Functional Vision Assessment and Learning Media Assessment this spring so we have current data for her annual IEP.", None),
                           ("C_kit2", "ferreira", "send the evaluation consent paperwork", "Matt will send the consent paperwork.", None)]}},
  {"id": "T03.2", "frm": "mom", "to": ["kittredge"], "cc": ["wren", "ferreira"], "date": "2026-01-13 21:30",
   "client": "applemail", "reply_to": "T03.1", "arrival": "bcc-self",
   "body": """Thank you Lorna, that's great news about the Topaz. Does the CCTV stay in the chem room for the whole year or can it move with her to math if she needs it there? Math is in 212, right next door.

And yes to the FVA. Her vision has changed a lot since the last one in 9th grade.""",
   "labels": {"topics": ["assistive_technology", "evaluation"],
              "asks": [("R_mom3", "mom", "Does the CCTV stay in the chem room for the whole year or can it move with her to math if she needs it there?")]}},
  {"id": "T03.3", "frm": "kittredge", "to": ["mom"], "cc": ["wren", "ferreira"], "date": "2026-01-14 07:15",
   "client": "iphone", "reply_to": "T03.2", "arrival": "direct", "filtered": True,
   "body": """It's on a rolling cart so it can go next door when she needs it, Mr. Lundgren just has to be ok with the cart in his room. We'll figure it out""",
   "sig": "Sent from my iPhone",
   "labels": {"topics": ["assistive_technology"], "answers": ["R_mom3"]}},
]},
# ================================================================================== T04 English timed essay
{"id": "T04", "subject": "timed essay today", "messages": [
  {"id": "T04.1", "frm": "wren", "to": ["arceneaux"], "cc": ["mom"], "date": "2026-01-14 15:20",
   "arrival": "outlook-forward",
   "fwd": {"by": "mom", "client": "outlook-ios", "at": "2026-01-14 17:48", "note": ""},
   "body": """Hi Ms. Arceneaux,

In class today we did the timed essay on Their Eyes Were Watching God and I only got the regular 50 minutes. When the bell rang you said to just turn it in, so I didn't get my time and a half and I didn't finish my last body paragraph or the conclusion. I know it's probably not a big deal but it's a big part of the grade.

Can I finish it at lunch one day this week?

Thanks,""",
   "labels": {"topics": ["extended_time"],
              "asks": [("R_w1", "wren", "Can I finish it at lunch one day this week?")],
              "missed": [("extended_time", "2026-01-14", None)]}},
  {"id": "T04.2", "frm": "arceneaux", "to": ["wren"], "cc": ["mom"], "date": "2026-01-15 08:02",
   "reply_to": "T04.1", "arrival": "apple-forward",
   "fwd": {"by": "mom", "client": "applemail", "at": "2026-01-15 21:14", "note": "English. She gets to finish it."},
   "body": """Good morning Wren (and Ms. Halvorsen),

Thank you for telling me, and you're right, it is a big deal. I lost track of the clock yesterday when the fire drill announcement came on, and I rushed everyone out without thinking about your extra time. That's not an excuse. Your time and a half applies to in-class timed writing exactly like it does to tests.

Yes, absolutely come finish it. Friday at lunch works, or Tuesday if Friday is bad (I have duty Monday). You'll get the full 25 extra minutes plus whatever the announcement ate. Bring your laptop so you can use ZoomText instead of the paper copy if that's easier on your eyes.

Looking ahead: we start The Crucible on February 2. I'll have the enlarged packet ready before we start the unit on Feb 2, and I've asked the library about a large-print copy of the play as well.

Warmly,
Ms. A""",
   "labels": {"topics": ["extended_time", "assistive_technology", "large_print"], "answers": ["R_w1"],
              "promises": [("C_arc1", "arceneaux", "have the enlarged Crucible packet ready",
                            "I'll have the enlarged packet ready before we start the unit on Feb 2", "2026-02-02")],
              "missed": [("extended_time", "2026-01-14", None)]}},
]},
# ================================================================================== T05 math, from the work address
{"id": "T05", "subject": "Wren Halvorsen - sub on Tuesday / slides", "messages": [
  {"id": "N05.0", "frm": "momw", "to": ["lundgren"], "cc": [], "date": "2026-01-21 12:14", "arrival": "not-forwarded",
   "body": """Hi Mr. Lundgren,

I'm writing from work, sorry for the odd address. Wren said the sub in your class yesterday didn't wear the Roger mic, so she missed most of the directions for the logarithm worksheet and didn't want to interrupt to ask. She also says she hasn't been getting the slides ahead of time since we came back from break. Is there a way to get those to her the night before? It really helps her to have them zoomed in on her laptop while you're talking.

Thank you,
Kendra Halvorsen""",
   "sig": SIGS["momw"], "labels": {}},
  {"id": "T05.1", "frm": "lundgren", "to": ["momw"], "cc": [], "date": "2026-01-21 15:47",
   "reply_to": "N05.0", "arrival": "outlook-forward",
   "fwd": {"by": "momw", "client": "outlook", "at": "2026-01-21 16:20", "note": "Forwarding for Wren's file - math"},
   "body": """hi ms halvorsen, sorry about tuesday. the sub didnt have the mic in the sub folder, thats on me, i put a sticky note on it and added it to my sub plans. Wren can get the worksheet walk-through from me at tutorial wed or thurs.

re slides - yes ill start posting them in google classroom the night before. im not always that far ahead but i'll try.

for the unit test she can use desmos in test mode on her laptop instead of the ti-84, i checked with the dept.

GL""",
   "sig": None,
   "labels": {"topics": ["assistive_technology", "class_notes", "calculator"],
              "promises": [("C_lun1", "lundgren", "post math slides in Google Classroom the night before",
                            "yes ill start posting them in google classroom the night before.", None)],
              "missed": [("assistive_technology", "2026-01-20", None)]}},
]},
# ================================================================================== T06 O&M cancellation
{"id": "T06", "subject": "O&M today - cancelled", "messages": [
  {"id": "T06.1", "frm": "raman", "to": ["mom", "wren"], "cc": ["kittredge"], "date": "2026-01-22 07:05",
   "arrival": "apple-forward",
   "fwd": {"by": "mom", "client": "applemail", "at": "2026-01-22 19:40", "note": "O&M cancelled again"},
   "body": """Good morning Kendra and Wren,

I'm sorry to do this last minute but I have to cancel today's O&M lesson (our usual 45 minutes). The ESD van I use for community lessons is in the shop and I can't do the downtown bus route practice without it. We were going to ride the #11 to the transit center and practice finding the right bay with her monocular.

We'll make it up. I'll send a couple of options for a makeup next week.

Dev""",
   "labels": {"topics": ["specialized_instruction", "assistive_technology"],
              "promises": [("C_ram1", "raman", "send makeup options for the cancelled O&M lesson",
                            "I'll send a couple of options for a makeup next week.", "2026-01-30")],
              "missed": [("specialized_instruction", "2026-01-22", 45)]}},
  {"id": "T06.2", "frm": "raman", "to": ["mom", "wren"], "cc": ["kittredge"], "date": "2026-01-27 14:30",
   "reply_to": "T06.1", "quote": False, "arrival": "gmail-forward",
   "fwd": {"by": "mom", "at": "2026-01-27 20:05", "note": ""},
   "body": """Hi both,

Two options for the makeup O&M lesson:
1) Tuesday 2/3 after school, 3:00-3:45, meet at the front office
2) Wednesday 2/4 during advisory (10:10-10:55)

Which works better for Wren? Our regular Thursday lesson is still on this week.

Dev""",
   "labels": {"topics": ["specialized_instruction"], "fulfills": ["C_ram1"],
              "asks": [("R_ram", "raman", "Which works better for Wren?")]}},
  {"id": "T06.3", "frm": "wren", "to": ["raman"], "cc": ["mom", "TRAIL"], "date": "2026-01-28 09:12",
   "reply_to": "T06.2", "arrival": "direct",
   "body": """Hi Mr. Raman, Wednesday during advisory is better for the makeup lesson, I have a dentist appointment Tuesday after school. Thanks!""",
   "labels": {"topics": ["specialized_instruction"], "answers": ["R_ram"]}},
]},
# ================================================================================== T07 SAT / College Board
{"id": "T07", "subject": "SAT School Day accommodations (College Board SSD) - Wren", "messages": [
  {"id": "T07.1", "frm": "ibarra", "to": ["mom", "wren"], "cc": [], "date": "2026-01-26 13:30",
   "arrival": "gmail-forward",
   "fwd": {"by": "mom", "at": "2026-01-26 18:45", "note": "SAT stuff - need to sign"},
   "attachments": [("SSD_Parent_Consent_Form.pdf", "application/pdf",
                    "College Board Services for Students with Disabilities (SSD)\nParent/Guardian Consent Form\n\n"
                    "Student: Wren Halvorsen   Grade: 11   School: Ridgeline High School (CEEB 380xxx)\n\n"
                    "I authorize the school SSD coordinator to request testing accommodations for the student named above "
                    "and to share documentation of the student's disability with College Board.\n"
                    "Accommodations to be requested: Extended time (+50%); Large print test book (24 pt); Extra breaks; "
                    "Reader / audio format; Computer for assistive technology (ZoomText).\n\n"
                    "Parent/Guardian signature: ____________________   Date: __________")],
   "body": """Hello Ms. Halvorsen and Wren,

I'm the SSD coordinator for Ridgeline, so I handle College Board accommodation requests. SAT School Day for juniors is Wednesday, April 15. College Board needs requests at least seven weeks ahead, so our deadline is February 20, but I like to submit early because they sometimes ask for more documentation.

Based on Wren's IEP I plan to request: 50% extended time, a 24-point large-print test book, extra breaks, a computer with ZoomText, and a reader (or the pre-recorded audio format). I'll submit the College Board request by February 6 once I have your signed consent form (attached). Please sign and return it to the Counseling Center front desk or scan it back to me.

Wren, I'd also like to meet with you in February to start on your senior-year schedule and college list. You can book a time with the link below.

Best,
Rosa""",
   "labels": {"topics": ["extended_time", "large_print", "breaks", "assistive_technology", "read_aloud"],
              "att_topics": ["extended_time", "large_print", "breaks", "read_aloud", "assistive_technology"],
              "promises": [("C_ibq1", "ibarra", "submit the College Board SSD request",
                            "I'll submit the College Board request by February 6 once I have your signed consent form (attached).", "2026-02-06")],
              "asks": [("R_ibq1", "ibarra", "Please sign and return it to the Counseling Center front desk or scan it back to me.")]}},
  {"id": "T07.2", "frm": "mom", "to": ["ibarra"], "cc": ["wren"], "date": "2026-01-26 21:05",
   "reply_to": "T07.1", "arrival": "bcc-self",
   "body": """Hi Ms. Ibarra-Quinn,

Thank you for getting on this so early. I'll sign the consent tonight and Wren will drop it at the front desk tomorrow morning.

One question: will the College Board accept her IEP as documentation, or do they need something from her eye doctor too? Her last low vision exam was in October.""",
   "labels": {"topics": [], "answers": ["R_ibq1"],
              "promises": [("C_mom1", "mom", "sign the SSD consent and send it in with Wren",
                            "I'll sign the consent tonight and Wren will drop it at the front desk tomorrow morning.", "2026-01-27")],
              "asks": [("R_mom_doc", "mom", "will the College Board accept her IEP as documentation, or do they need something from her eye doctor too?")]}},
  {"id": "T07.3", "frm": "ibarra", "to": ["mom"], "cc": ["wren"], "date": "2026-01-27 10:40",
   "reply_to": "T07.2", "arrival": "outlook-forward",
   "fwd": {"by": "mom", "client": "outlook-ios", "at": "2026-01-27 12:02", "note": ""},
   "body": """Got the signed form this morning, thank you! Since she's had an IEP with these accommodations for well over four months, College Board usually approves from the IEP alone. If they ask for more I'll let you know and we can send the October low vision report.

Rosa""",
   "labels": {"topics": [], "fulfills": ["C_mom1"], "answers": ["R_mom_doc"]}},
  {"id": "T07.4", "frm": "ibarra", "to": ["mom", "wren"], "cc": [], "date": "2026-03-06 11:20",
   "reply_to": "T07.3", "quote": False, "arrival": "outlook-forward",
   "fwd": {"by": "momw", "client": "outlook", "at": "2026-03-09 08:31", "note": "SAT approval letter, for the file.",
           "chain": [{"by": "mom", "client": "outlook-ios", "at": "2026-03-06 12:05", "to": ["momw"], "note": "print this at work"}]},
   "attachments": [("CB_SSD_Approval_Letter_Halvorsen.pdf", "application/pdf",
                    "College Board - Services for Students with Disabilities\nAccommodations Decision Letter\n\n"
                    "Student: Wren Halvorsen   SSD Eligibility Code: on file with school coordinator\n\n"
                    "APPROVED: Extended time +50% (Reading and Writing; Math). Large print (24 pt). Extra breaks. "
                    "Computer (assistive technology compatible). MP3 audio format.\n"
                    "NOT APPROVED: Reader (human reader). An audio format has been approved instead.\n\n"
                    "These accommodations apply to the SAT, PSAT-related assessments and AP Exams while the student remains eligible.")],
   "body": """Hi Ms. Halvorsen and Wren,

Good news: College Board approved Wren's accommodations for the SAT School Day on April 15, and they'll carry over to AP exams next year. Approved: time and a half (+50%), a 24-pt large-print test book, extra breaks, and a computer for ZoomText. The human reader was not approved, but they approved the MP3 audio format instead, which Wren can use with headphones.

I submitted the request on February 5, so we were well ahead of the deadline. The approval letter is attached. Wren will test in the small-group room (Room 114) with the other students who have accommodations, not in the gym.

Rosa""",
   "labels": {"topics": ["extended_time", "large_print", "breaks", "assistive_technology", "read_aloud", "separate_setting"],
              "att_topics": ["extended_time", "large_print", "breaks", "assistive_technology", "read_aloud"],
              "fulfills": ["C_ibq1"]}},
]},
# ================================================================================== T08 consent for evaluation
{"id": "T08", "subject": "Consent for evaluation - Wren Halvorsen", "messages": [
  {"id": "T08.1", "frm": "ferreira", "to": ["mom"], "cc": ["kittredge", "voss", "TRAIL"], "date": "2026-02-03 14:10",
   "arrival": "direct",
   "attachments": [("PWN_Consent_Evaluation_Halvorsen.pdf", "application/pdf",
                    "Clearwater Creek School District 31J - Prior Written Notice and Consent for Evaluation\n"
                    "Student: Wren Halvorsen  DOB: 08/03/2008  Grade 11  Ridgeline High School\n\n"
                    "The district proposes the following assessments: Functional Vision Assessment (FVA); Learning Media "
                    "Assessment (LMA); educational audiology check including use of the Roger (FM/DM) system; "
                    "age-appropriate transition assessment (Transition Planning Inventory, interest inventory).\n"
                    "Reason: to update present levels and plan assistive technology and transition services before the annual IEP.\n\n"
                    "Page 2 - Parent consent: [ ] I give consent  [ ] I do not give consent   Signature ______  Date ______")],
   "body": """Hi Kendra,

Attached is the Prior Written Notice and Consent for Evaluation that Lorna mentioned. It covers an updated Functional Vision Assessment and Learning Media Assessment (Lorna), an educational audiology check with the Roger system (Dr. Marsh from the ESD), and a transition assessment (Nadine Fosberg, our transition specialist). It is not a full triennial; that isn't due until 2027.

Can you sign page 2 and send it back by 2/13? That gives Lorna time to finish everything before the annual IEP in April.

Matt""",
   "labels": {"topics": ["evaluation"], "att_topics": ["evaluation", "assistive_technology"], "fulfills": ["C_kit2"],
              "asks": [("R_fer_consent", "ferreira", "Can you sign page 2 and send it back by 2/13?")]}},
  {"id": "T08.2", "frm": "mom", "to": ["ferreira"], "cc": ["voss", "kittredge"], "date": "2026-02-09 20:30",
   "client": "applemail", "reply_to": "T08.1", "arrival": "bcc-self",
   "attachments": [("consent_signed_p2.pdf", "application/pdf",
                    "Page 2 - Parent consent: [X] I give consent for the evaluation described in the Prior Written Notice "
                    "dated 02/03/2026 (FVA, LMA, audiology, transition assessment).\nSignature: Kendra Halvorsen   Date: 02/09/2026")],
   "body": """Signed and attached, sorry it took me a few days.

Is there any chance the transition assessment can include something about getting around a college campus and alternatives to driving? That's the part I worry about most.""",
   "labels": {"topics": ["evaluation"], "att_topics": ["evaluation"], "answers": ["R_fer_consent"],
              "asks": [("R_mom_trans", "mom", "Is there any chance the transition assessment can include something about getting around a college campus and alternatives to driving?")]}},
  {"id": "T08.3", "frm": "ferreira", "to": ["mom"], "cc": ["voss", "kittredge"], "date": "2026-02-10 09:05",
   "reply_to": "T08.2", "arrival": "direct", "filtered": True,
   "body": """Got it, thank you! Good question about campus travel. I forwarded it to Nadine and she'll reach out to you about the transition assessment.

Matt""",
   "labels": {"topics": ["evaluation"],
              "promises": [("C_fer_nadine", "fosberg", "contact the parent about the transition assessment",
                            "she'll reach out to you about the transition assessment", None)]}},
]},
# ================================================================================== T09 TVI leave (long thread)
{"id": "T09", "subject": "Vision services coverage - Wren", "messages": [
  {"id": "T09.1", "frm": "ferreira", "to": ["mom"], "cc": ["wren", "voss", "TRAIL"], "date": "2026-02-09 16:20",
   "arrival": "direct",
   "body": """Hi Kendra and Wren,

I wanted to let you know that Lorna Kittredge is out on medical leave starting today. The ESD expects her to be out at least through spring break. They are working on coverage for her itinerant caseload, and Annika Voss (our district vision specialist, cc'd) is helping. I'll let you know as soon as I hear who is covering Wren's Tuesday/Thursday vision sessions.

In the meantime Joy will keep enlarging materials in the LC, and Wren can use the CCTV and her laptop as usual.

Matt""",
   "labels": {"topics": ["specialized_instruction", "large_print", "assistive_technology"],
              "promises": [("C_fer2", "ferreira", "tell the family who is covering vision services",
                            "I'll let you know as soon as I hear who is covering Wren's Tuesday/Thursday vision sessions.", None)]}},
  {"id": "T09.2", "frm": "mom", "to": ["ferreira"], "cc": ["voss", "wren"], "date": "2026-02-23 21:48",
   "reply_to": "T09.1", "arrival": "bcc-self",
   "body": """Hi Matt,

It's been two weeks and we haven't heard anything. Wren hasn't had any vision services since Ms. Kittredge went out. By my count she has missed Tuesday 2/10, Thursday 2/12, Tuesday 2/17 and Thursday 2/19, which is 4 sessions of 30 minutes, and this week will make 6.

I understand people get sick and I hope Lorna is okay. But the IEP minutes don't stop. Three questions:
1. Who is covering her vision services, and when do they start?
2. How will the missed minutes be made up?
3. The Topaz for chem was supposed to be set up by the end of January. Where is it?

Kendra""",
   "sig": None,
   "labels": {"topics": ["specialized_instruction", "compensatory_services", "assistive_technology"],
              "asks": [("R_m9a", "mom", "Who is covering her vision services, and when do they start?"),
                       ("R_m9b", "mom", "How will the missed minutes be made up?"),
                       ("R_m9c", "mom", "The Topaz for chem was supposed to be set up by the end of January. Where is it?")],
              "missed": [("specialized_instruction", "2026-02-10", 30), ("specialized_instruction", "2026-02-12", 30),
                         ("specialized_instruction", "2026-02-17", 30), ("specialized_instruction", "2026-02-19", 30)]}},
  {"id": "T09.3", "frm": "ferreira", "to": ["mom"], "cc": ["voss", "wren", "grant", "TRAIL"], "date": "2026-02-24 11:32",
   "reply_to": "T09.2", "arrival": "direct",
   "body": """Kendra,

You're right, and I apologize for the silence. Here is where things are:

1. The ESD has contracted with Bridget Nakamura, a retired TVI, to cover Wren. Her first day with Wren will be Tuesday, March 3, and she'll keep the Tuesday/Thursday 7th period slot.
2. I've looped in Dr. Grant. Dr. Grant will send you a written compensatory services proposal by 3/6 covering all of the missed sessions.
3. Annika is the one handling the Topaz and she's cc'd here.

I'll be out Friday for a district training, but you can reach me any other day.

Matt""",
   "labels": {"topics": ["specialized_instruction", "compensatory_services", "assistive_technology"],
              "fulfills": ["C_fer2"], "answers": ["R_m9a", "R_m9b"],
              "promises": [("C_fer_nak", "ferreira", "substitute TVI starts with Wren on March 3",
                            "Her first day with Wren will be Tuesday, March 3, and she'll keep the Tuesday/Thursday 7th period slot.", "2026-03-03"),
                           ("C_grant1", "grant", "send a written compensatory services proposal",
                            "Dr. Grant will send you a written compensatory services proposal by 3/6 covering all of the missed sessions.", "2026-03-06")]}},
  {"id": "T09.4", "frm": "voss", "to": ["mom"], "cc": [], "date": "2026-02-25 08:10",
   "reply_to": "T09.3", "arrival": "outlook-forward",
   "fwd": {"by": "mom", "client": "outlook-ios", "at": "2026-02-25 12:26", "note": "Finally an answer on the Topaz", "html_only": True},
   "body": """Hi Kendra,

Annika Voss here, district vision specialist. The Topaz came in to the ESD warehouse on February 6, but with Lorna out nobody picked it up, which I'm sorry about. I'm picking it up this afternoon, and I'll set it up in room 208 Thursday morning and check her ZoomText and NVDA settings on her laptop while I'm there.

I'll also be at Wren's annual IEP in April. I'd like to talk there about her reading stamina and whether she should shift to more auditory access (Bookshare audio, NVDA) for long readings.

Annika""",
   "labels": {"topics": ["assistive_technology", "iep_meeting"], "answers": ["R_m9c"],
              "promises": [("C_voss1", "voss", "set up the Topaz in 208 and check her laptop settings",
                            "I'll set it up in room 208 Thursday morning and check her ZoomText and NVDA settings on her laptop while I'm there.", "2026-02-26")]}},
  {"id": "T09.5", "frm": "voss", "to": ["mom", "wren"], "cc": ["ferreira", "TRAIL"], "date": "2026-02-26 10:45",
   "client": "outlook-ios", "html": "only", "reply_to": "T09.4", "quote": False, "arrival": "direct",
   "body": """The Topaz is set up at the front bench in 208 and Wren tried it out during 3rd period. Her ZoomText was still at 2.5x with the old color scheme, so we bumped it to 3x with yellow on black like she prefers.

I also put in an order for an Orion TI-84 Plus Talking graphing calculator through our APH quota funds, so she can use a real graphing calculator with speech and a big display in math. I'll let you know when it comes in.

Annika""",
   "sig": "Annika Voss\n" + PT,
   "labels": {"topics": ["assistive_technology", "calculator"], "fulfills": ["C_voss1", "C_kit1"],
              "promises": [("C_voss2", "voss", "tell the family when the talking graphing calculator arrives",
                            "I'll let you know when it comes in.", None)]}},
  {"id": "T09.6", "frm": "mom", "to": ["ferreira", "grant"], "cc": ["voss", "wren"], "date": "2026-03-06 19:20",
   "reply_to": "T09.3", "arrival": "bcc-self",
   "body": """Matt, Dr. Grant,

Today was the day the comp services plan was supposed to arrive (by 3/6) and I haven't seen anything.

Also, Ms. Nakamura did come on Tuesday and Wren liked her, but she didn't come Thursday (3/5) and nobody told Wren, so she sat in the LC all of 7th period waiting. Is she coming next week?

And thank you for the Topaz, Annika. Wren says it's a game changer for reading the burette.""",
   "labels": {"topics": ["compensatory_services", "specialized_instruction", "assistive_technology"],
              "fulfills": ["C_fer_nak"],
              "asks": [("R_m9d", "mom", "Is she coming next week?")],
              "missed": [("specialized_instruction", "2026-03-05", 30)]}},
  {"id": "T09.7", "frm": "grant", "to": ["mom"], "cc": ["ferreira", "voss", "wren", "TRAIL"], "date": "2026-03-12 16:55",
   "reply_to": "T09.6", "arrival": "direct",
   "attachments": [("Halvorsen_Compensatory_Services_Proposal.pdf", "application/pdf",
                    "Clearwater Creek School District 31J - Student Services\nCOMPENSATORY SERVICES PROPOSAL\n\n"
                    "Student: Wren Halvorsen   Case manager: M. Ferreira\n"
                    "Service: Specially designed instruction - vision (TVI), IEP: 60 min/week (2 x 30)\n"
                    "Sessions not provided: 2/10, 2/12, 2/17, 2/19, 2/24, 2/26, 3/5 (7 x 30 = 210 minutes)\n"
                    "Proposed compensatory services: 210 minutes (7 x 30-minute sessions) of vision instruction by the "
                    "assigned TVI, 3/30/2026 - 6/12/2026, scheduled outside of core academic classes.\n"
                    "Tracking: TVI comp log, reviewed monthly by Student Services.\n\n"
                    "Page 2 - Parent response: [ ] I agree  [ ] I do not agree   Signature ______")],
   "body": """Dear Ms. Halvorsen,

Please accept my apology for the delay in getting this to you. I wanted the numbers to be right before I sent it.

By our records Wren missed 7 vision sessions (210 minutes) between February 10 and March 5, including the March 5 session when Ms. Nakamura was not notified of the schedule. The district proposes 210 minutes of compensatory vision services, delivered by Ms. Kittredge after she returns, as 7 additional 30-minute sessions between March 30 and June 12, outside of Wren's core classes. The written proposal is attached.

Ms. Nakamura's Thursday absence was a scheduling error on the ESD side. She will be at Ridgeline both Tuesday and Thursday next week and every week until Ms. Kittredge returns.

If you agree with the proposal, please sign and return page 2. If you would like changes, we can also take them up at Wren's annual IEP meeting.

Sincerely,
Hollis Grant, Ed.D.""",
   "sig": "Director of Student Services\nClearwater Creek School District 31J\n503-555-0120\n\n" + FERPA +
          "\n\nPlease consider the environment before printing this email.",
   "labels": {"topics": ["compensatory_services", "specialized_instruction"],
              "att_topics": ["compensatory_services", "specialized_instruction"],
              "fulfills": ["C_grant1"], "answers": ["R_m9d"],
              "promises": [("C_grant2", "grant", "deliver 210 minutes of compensatory vision services by June 12",
                            "The district proposes 210 minutes of compensatory vision services, delivered by Ms. Kittredge after she returns, as 7 additional 30-minute sessions between March 30 and June 12", "2026-06-12"),
                           ("C_grant3", "grant", "substitute TVI at Ridgeline both days every week",
                            "She will be at Ridgeline both Tuesday and Thursday next week and every week until Ms. Kittredge returns.", "2026-03-19")],
              "asks": [("R_grant", "grant", "If you agree with the proposal, please sign and return page 2.")],
              "missed": [("specialized_instruction", "2026-03-05", 30)]}},
  {"id": "T09.8", "frm": "mom", "to": ["grant"], "cc": ["ferreira", "voss", "wren"], "date": "2026-03-13 07:25",
   "client": "applemail", "reply_to": "T09.7", "arrival": "bcc-self",
   "attachments": [("Comp_Proposal_p2_signed.pdf", "application/pdf",
                    "Page 2 - Parent response: [X] I agree with the compensatory services proposal (210 minutes of vision "
                    "instruction, 3/30-6/12/2026). Note: please schedule during the school day, not after school.\n"
                    "Signature: Kendra Halvorsen  Date: 03/13/2026")],
   "body": """Dr. Grant,

Thank you, this is what we needed. I signed page 2 (attached) with one note: Wren has jazz band after school Tuesdays and Thursdays, so can the makeup sessions be during her 2nd period study hall or before school instead of after school?""",
   "labels": {"topics": ["compensatory_services"], "att_topics": ["compensatory_services"], "answers": ["R_grant"],
              "asks": [("R_mom_comp_time", "mom", "can the makeup sessions be during her 2nd period study hall or before school instead of after school?")]}},
  {"id": "T09.9", "frm": "kittredge", "to": ["mom", "grant"], "cc": ["ferreira", "voss", "wren"], "date": "2026-03-30 07:45",
   "reply_to": "T09.8", "arrival": "direct", "filtered": True,
   "body": """Hi everyone, I'm back! Thank you all for your patience, and Kendra, thank you for keeping such careful track of the dates.

Bridget told me she saw Wren both days every week once the schedule got fixed, so her regular sessions are covered through spring break. For the 7 comp sessions, I'm going to use her 2nd period study hall on Mondays and Wednesdays, starting Wednesday 4/1, so nothing after school. I'll send you a copy of the comp tracking log at the end of April so you can see where we are.

Lorna""",
   "labels": {"topics": ["compensatory_services", "specialized_instruction"],
              "fulfills": ["C_grant3"], "answers": ["R_mom_comp_time"],
              "promises": [("C_kit4", "kittredge", "start comp sessions in 2nd period study hall on 4/1",
                            "I'm going to use her 2nd period study hall on Mondays and Wednesdays, starting Wednesday 4/1", "2026-04-01"),
                           ("C_kit3", "kittredge", "send the parent the comp tracking log at the end of April",
                            "I'll send you a copy of the comp tracking log at the end of April", "2026-04-30")]}},
]},
# ================================================================================== T10 Roger mic
{"id": "T10", "subject": "Roger Touchscreen Mic - chem", "messages": [
  {"id": "T10.1", "frm": "marsh", "to": ["mom", "wren"], "cc": ["kealoha"], "date": "2026-02-11 10:20",
   "arrival": "attachment-forward",
   "fwd": {"by": "momw", "client": "outlook", "at": "2026-02-11 13:02", "note": "Roger mic problem in chem - for Wren's file"},
   "body": """Hi Kendra and Wren,

Mr. Kealoha let me know the Roger Touchscreen Mic didn't pair with Wren's receivers during Tuesday's lab (2/10), so she went the whole period without it. It looks like the mic's firmware is out of date. I'm bringing a loaner mic by Friday 2/13 and will take the old one back to the ESD to update it.

Wren, while I'm there I'd like to do a quick listening check with you in the LC, about 15 minutes. Can you let me know if 3rd period or lunch is better on Friday?

Celia""",
   "labels": {"topics": ["assistive_technology"],
              "promises": [("C_mar1", "marsh", "bring a loaner Roger mic",
                            "I'm bringing a loaner mic by Friday 2/13 and will take the old one back to the ESD to update it.", "2026-02-13")],
              "asks": [("R_mar", "marsh", "Can you let me know if 3rd period or lunch is better on Friday?")],
              "missed": [("assistive_technology", "2026-02-10", None)]}},
  {"id": "T10.2", "frm": "wren", "to": ["marsh"], "cc": ["mom", "kealoha", "TRAIL"], "date": "2026-02-11 21:40",
   "reply_to": "T10.1", "arrival": "direct",
   "body": """Hi Dr. Marsh, lunch is better on Friday.

Also Mr. Kealoha asked a while ago if I want him to wear the mic during labs too and I never answered him, sorry. Yes please, labs are when it's loudest. (Mr. K I'm cc'ing you.) The big laminated periodic table you made is really helpful by the way!""",
   "labels": {"topics": ["assistive_technology", "large_print"], "answers": ["R_mar", "R_kea_q"], "fulfills": ["C_kea2"]}},
  {"id": "T10.3", "frm": "marsh", "to": ["wren"], "cc": ["mom", "kealoha", "TRAIL"], "date": "2026-02-13 13:35",
   "reply_to": "T10.2", "arrival": "direct",
   "body": """Loaner is paired and working, and the old mic is coming back to the ESD with me. The listening check went well. Wren, the loaner stays with Mr. Kealoha and the charging cradle is on his desk.

Celia""",
   "labels": {"topics": ["assistive_technology"], "fulfills": ["C_mar1"]}},
]},
# ================================================================================== T11 newsletters
{"id": "T11", "subject": "Ridgeline Weekly - February 13", "messages": [
  {"id": "T11.1", "frm": "psq", "to": ["TRAIL"], "cc": [], "date": "2026-02-13 17:00", "arrival": "direct",
   "newsletter": True, "html": "only", "sig": None,
   "body": """RIDGELINE WEEKLY
February 13, 2026

From the Principal
What a week, Ravens! Congratulations to our Science Olympiad team on taking 2nd at regionals, and to the jazz band for a standing ovation at the winter concert.

No School Monday
There is no school Monday, February 16, for Presidents Day. Buses will not run.

Junior Conferences
The Counseling Center begins junior conferences February 23. Juniors will meet with their counselor to plan senior-year classes and review graduation credits. Families are welcome to join.

SAT School Day - April 15
All juniors take the SAT at no cost on Wednesday, April 15. Students approved for College Board accommodations will get their room assignment from the Counseling Center.

Bus Route 14 Detour
Because of the Mill Race bridge work, Route 14 will pick up at the Cordon Rd Park & Ride through March 6.

Winter Sports
- Girls basketball hosts McNary Tuesday at 7:00
- Wrestling districts are this Saturday at North Salem
- Swim: good luck at state!""",
   "labels": {"topics": [], "students": []}},
]},
{"id": "T12", "subject": "seating + crucible packet", "messages": [
  {"id": "T12.1", "frm": "wren", "to": ["arceneaux"], "cc": ["mom"], "date": "2026-02-03 15:10",
   "arrival": "outlook-forward",
   "fwd": {"by": "mom", "client": "outlook-ios", "at": "2026-02-03 16:22", "note": "Here we go again"},
   "body": """Hi Ms. Arceneaux,

With the new seating chart I'm in the back row by the windows and I can't see the board at all with the glare. Today I couldn't read any of the vocab on the projector. Can I move back to the front table by the door?

Also we started Act 1 today and I didn't have the big packet for The Crucible, so I just listened along. Is the packet in the Learning Center?""",
   "labels": {"topics": ["preferential_seating", "large_print"],
              "asks": [("R_w2", "wren", "Can I move back to the front table by the door?"),
                       ("R_w3", "wren", "Is the packet in the Learning Center?")],
              "missed": [("preferential_seating", "2026-02-03", None), ("large_print", "2026-02-03", None)]}},
  {"id": "T12.2", "frm": "arceneaux", "to": ["wren"], "cc": ["mom"], "date": "2026-02-04 07:30",
   "reply_to": "T12.1", "arrival": "outlook-forward",
   "fwd": {"by": "mom", "client": "outlook-ios", "at": "2026-02-04 07:58", "note": ""},
   "body": """Wren, yes! I'm so sorry. I built the chart from last semester's roster and didn't flag you. You're back at the front table by the door as of today.

The packet is my fault too. It's stuck at the district copy center. I'll get it to Mrs. Pettibone by Friday.

Ms. A""",
   "labels": {"topics": ["preferential_seating", "large_print"], "answers": ["R_w2", "R_w3"],
              "promises": [("C_arc2", "arceneaux", "get the enlarged Crucible packet to the Learning Center",
                            "I'll get it to Mrs. Pettibone by Friday.", "2026-02-06")]}},
  {"id": "T12.3", "frm": "mom", "to": ["arceneaux"], "cc": ["ferreira", "wren"], "date": "2026-02-10 20:15",
   "reply_to": "T12.2", "arrival": "bcc-self",
   "body": """Ms. Arceneaux,

Wren still doesn't have the enlarged Crucible packet. They're on Act 2 and she's been reading the regular paperback under the CCTV in the LC at lunch to keep up, which means she's losing her lunch every day. This was supposed to be ready before the unit started on Feb 2, and then by last Friday.

Matt, can the LC just enlarge it from the paperback if the copy center is stuck?

Kendra""",
   "sig": None,
   "labels": {"topics": ["large_print", "assistive_technology"],
              "asks": [("R_m12", "mom", "Matt, can the LC just enlarge it from the paperback if the copy center is stuck?")],
              "missed": [("large_print", "2026-02-10", None)]}},
  {"id": "T12.4", "frm": "ferreira", "to": ["mom"], "cc": ["arceneaux", "wren"], "date": "2026-02-12 09:00",
   "reply_to": "T12.3", "arrival": "direct", "filtered": True,
   "body": """Kendra,

Yes, and it's done. Joy enlarged the whole play from Ms. Arceneaux's copy yesterday afternoon, 18 pt and spiral bound, and Wren picked it up before 1st period. I'm sorry it took a parent email to get it moving.

Matt""",
   "labels": {"topics": ["large_print"], "fulfills": ["C_arc1", "C_arc2"], "answers": ["R_m12"]}},
]},
# ================================================================================== T13 transition
{"id": "T13", "subject": "Transition assessment + campus travel question", "messages": [
  {"id": "T13.1", "frm": "fosberg", "to": ["mom", "wren"], "cc": ["ferreira"], "date": "2026-02-19 14:00",
   "arrival": "apple-forward",
   "fwd": {"by": "mom", "client": "applemail", "at": "2026-02-19 20:10", "note": "transition"},
   "body": """Hi Kendra and Wren,

Matt passed along your question about getting around a college campus and alternatives to driving. Yes, we can build that into the transition assessment. I'll do the Transition Planning Inventory with both of you and with Wren's teachers, and I'll ask Mr. Raman to add a campus-travel piece when he observes her, probably on a community college campus visit.

I'd also like Wren to do a short career interest inventory online. I'll send the link next week once her account is set up.

Wren, have you heard of Pre-ETS (Pre-Employment Transition Services)? It's free through vocational rehabilitation for students with disabilities, and for students who are blind or have low vision it runs through the state Commission for the Blind and partners like Northwest Vision Works. I'd like to make a referral before your IEP meeting. Are you both okay with me making the referral?

Nadine""",
   "labels": {"topics": ["evaluation"], "fulfills": ["C_fer_nadine"], "answers": ["R_mom_trans"],
              "promises": [("C_fos1", "fosberg", "send the career interest inventory link",
                            "I'll send the link next week once her account is set up.", "2026-02-27")],
              "asks": [("R_fos", "fosberg", "Are you both okay with me making the referral?")]}},
  {"id": "T13.2", "frm": "mom", "to": ["fosberg"], "cc": ["wren"], "date": "2026-02-19 21:15",
   "client": "applemail", "reply_to": "T13.1", "arrival": "bcc-self",
   "body": """Yes, please make the referral. Wren is on board, we talked about it at dinner.""",
   "labels": {"topics": [], "answers": ["R_fos"]}},
  ]},
{"id": "T24", "subject": "Pre-ETS intake - Wren Halvorsen (Northwest Vision Works)", "messages": [
  {"id": "T13.3", "frm": "bell", "to": ["wren", "mom"], "cc": ["fosberg"], "date": "2026-04-30 11:05",
   "arrival": "attachment-forward",
   "fwd": {"by": "mom", "client": "applemail", "at": "2026-04-30 18:22", "note": "Pre-ETS!! Nadine's referral went through."},
   "body": """Hi Wren and Ms. Halvorsen,

My name is Marcus Bell and I coordinate Pre-Employment Transition Services at Northwest Vision Works. Nadine Fosberg referred Wren to us, and I'm excited to meet you both.

Our Summer Transition Academy runs June 22 - July 31 in Salem: job shadows, a paid work experience, and travel training on the city bus system. Wren would be a great fit.

Could Wren send me two or three times that work for a 30-minute intake call in the next two weeks? I'll mail the application packet in large print this week so you have it before the call.

Marcus""",
   "labels": {"topics": ["large_print"], "fulfills": ["C_fos2"],
              "promises": [("C_bell1", "bell", "mail the large-print application packet",
                            "I'll mail the application packet in large print this week so you have it before the call.", "2026-05-01")],
              "asks": [("R_bell", "bell", "Could Wren send me two or three times that work for a 30-minute intake call in the next two weeks?")]}},
  {"id": "T13.4", "frm": "wren", "to": ["bell"], "cc": ["mom", "TRAIL"], "date": "2026-05-04 16:40",
   "reply_to": "T13.3", "arrival": "direct",
   "body": """Hi Mr. Bell,

Thanks for reaching out! I can do Wednesday 5/6 after 3:15, Thursday 5/7 after 3:15, or Monday 5/11 any time after 2:30. My mom wants to be on the call too.

Also we haven't gotten the application packet in the mail yet, is it coming to our house or to school?""",
   "labels": {"topics": [], "answers": ["R_bell"],
              "asks": [("R_w_packet", "wren", "Also we haven't gotten the application packet in the mail yet, is it coming to our house or to school?")]}},
  {"id": "T13.5", "frm": "bell", "to": ["wren"], "cc": ["mom", "TRAIL"], "date": "2026-05-05 09:20",
   "reply_to": "T13.4", "arrival": "direct",
   "body": """Perfect, let's do Thursday 5/7 at 3:30. I'll call your mom's cell so she can be on too. Looking forward to it!

Marcus""",
   "labels": {"topics": [],
              "promises": [("C_bell2", "bell", "intake call Thursday 5/7 at 3:30",
                            "let's do Thursday 5/7 at 3:30. I'll call your mom's cell so she can be on too.", "2026-05-07")]}},
]},
# ================================================================================== T14 annual IEP
{"id": "T14", "subject": "Annual IEP - scheduling", "messages": [
  {"id": "T14.1", "frm": "ferreira", "to": ["mom", "wren"], "cc": ["voss", "TRAIL"], "date": "2026-03-02 13:15",
   "arrival": "direct",
   "body": """Hi Kendra and Wren,

Wren's annual IEP is due by April 24. I'd like to hold it Tuesday 4/14 at 2:45 or Thursday 4/16 at 7:30 am in the Learning Center conference room. Annika Voss (district vision specialist) will be there, along with Lorna if she's back, Nadine Fosberg for transition, Mr. Lundgren as the gen ed teacher, and Dr. Marsh by phone.

Since Wren turns 18 in August, we'll also go over the transfer of rights at the age of majority. Wren, you're welcome to lead part of the meeting, a lot of juniors do.

Which date works better? I'll send the formal meeting notice once we pick one.

Matt""",
   "labels": {"topics": ["iep_meeting"],
              "asks": [("R_fer_date", "ferreira", "Which date works better?")],
              "promises": [("C_fer3", "ferreira", "send the formal IEP meeting notice", "I'll send the formal meeting notice once we pick one.", None)]}},
  {"id": "T14.2", "frm": "momw", "to": ["ferreira"], "cc": ["wren"], "date": "2026-03-02 14:02",
   "reply_to": "T14.1", "arrival": "bcc-self",
   "body": """Hi Matt,

Tuesday 4/14 at 2:45 works best, I already asked for the afternoon off. Can we make sure there is time to talk about the state testing accommodations and her comp sessions?

Kendra""",
   "labels": {"topics": ["iep_meeting", "compensatory_services"], "answers": ["R_fer_date"],
              "asks": [("R_m14", "momw", "Can we make sure there is time to talk about the state testing accommodations and her comp sessions?")]}},
  {"id": "T14.3", "frm": "ferreira", "to": ["momw"], "cc": ["wren", "voss", "TRAIL"], "date": "2026-03-02 15:30",
   "reply_to": "T14.2", "arrival": "direct",
   "body": """Great, 4/14 at 2:45 it is. Yes, both are going on the agenda, and I'll ask Mr. Oyama to come for the OSAS part since he's our test coordinator.

Matt""",
   "labels": {"topics": ["iep_meeting"], "answers": ["R_m14"],
              "promises": [("C_fer4", "ferreira", "invite the test coordinator to the IEP meeting",
                            "I'll ask Mr. Oyama to come for the OSAS part since he's our test coordinator.", None)]}},
  ]},
{"id": "T25", "subject": "Before Tuesday's IEP meeting", "messages": [
  {"id": "T14.5", "frm": "mom", "to": ["ferreira"], "cc": ["voss", "wren"], "date": "2026-04-10 20:30",
   "arrival": "bcc-self",
   "attachments": [("ValleyEye_LowVision_Report_Oct2025.pdf", "application/pdf",
                    "Valley Eye Associates - Low Vision Clinic\nPatient: Wren Halvorsen   Exam date: 10/21/2025   Provider: M. Sandoval, OD, FAAO\n\n"
                    "Diagnosis: optic nerve hypoplasia, bilateral, with nystagmus. Best corrected acuity OD 20/200, OS 20/250 (decreased from 20/200).\n"
                    "Recommendations: continental print minimum 18 pt for short text, 24 pt for extended reading; electronic "
                    "magnification (CCTV, screen magnification software) for sustained near tasks; seating within 4-6 feet of "
                    "the board, away from glare; audio access for long reading assignments.")],
   "body": """Hi Matt,

Attached is Wren's low vision report from Valley Eye (October). Her acuity dropped a little in the left eye and Dr. Sandoval recommends 24 pt for anything longer than a page.

A few things I want to bring up Tuesday so nobody is surprised:
- The slides in math. Wren still isn't getting them ahead of time.
- The laminated periodic table in chem has been great, and so has the Topaz.
- State testing: I want it written down exactly which supports she gets on OSAS.
- Her Monday check-ins with you have been really helpful. I'd like to keep those.
- Comp sessions: Wren says she's had three with Lorna so far.

Could you send me a draft of the IEP ahead of time? Even a rough one.

Kendra""",
   "sig": None,
   "labels": {"topics": ["iep_meeting", "large_print", "class_notes", "assistive_technology", "check_in", "compensatory_services"],
              "att_topics": ["large_print", "assistive_technology", "preferential_seating"],
              "fulfills": ["C_kit4"],
              "asks": [("R_m_draft", "mom", "Could you send me a draft of the IEP ahead of time?")]}},
  {"id": "T14.6", "frm": "ferreira", "to": ["mom"], "cc": ["voss", "wren"], "date": "2026-04-13 15:50",
   "reply_to": "T14.5", "arrival": "direct", "filtered": True,
   "attachments": [("DRAFT_IEP_Halvorsen_2026-04-14.pdf", "application/pdf",
                    "DRAFT - Individualized Education Program - Annual Review\nStudent: Wren Halvorsen   Grade 11   Eligibility: Visual Impairment; Hearing Impairment (secondary)\n\n"
                    "Accommodations: Large print 18 pt (single page) / 24 pt (longer text); extended time 1.5x on tests and timed writing; "
                    "preferential seating front, away from glare; copy of slides/notes before class; Roger (DM/FM) system worn by teachers; "
                    "reader for tests with extensive reading; scribe for extended writing; testing in small-group room (114) as needed; "
                    "breaks to rest eyes.\n"
                    "Services: Specially designed instruction - vision (TVI) 90 min/week; Orientation & mobility 45 min/week; "
                    "case manager check-in 15 min/week.\n"
                    "Transition: [placeholder - N. Fosberg]")],
   "body": """Here's the draft. It's rough and the transition section is still Nadine's placeholder. I added Dr. Sandoval's 24 pt recommendation to the accommodations page.

See you tomorrow at 2:45.

Matt""",
   "labels": {"topics": ["iep_meeting", "large_print"],
              "att_topics": ["iep_meeting", "large_print", "extended_time", "preferential_seating", "class_notes",
                             "assistive_technology", "read_aloud", "scribe", "separate_setting", "breaks",
                             "specialized_instruction", "check_in"],
              "answers": ["R_m_draft"]}},
  ]},
{"id": "T26", "subject": "IEP meeting recap - please correct anything I got wrong", "messages": [
  {"id": "T14.7", "frm": "mom", "to": ["ferreira", "voss", "fosberg", "oyama", "kittredge", "lundgren"], "cc": ["wren"],
   "date": "2026-04-16 21:10", "client": "applemail",
   "arrival": "bcc-self",
   "body": """Hi everyone,

Thank you for Tuesday's meeting. I'm writing down what I heard so we're all working from the same list. Please correct anything I got wrong.

1. Large print goes to 24 pt for anything longer than a page; 18 pt is still fine for one-page quizzes. Time and a half stays the same.
2. Wren will have a reader for chem and English tests, and a scribe for any test with more than a page of writing, in room 114 with Mrs. Pettibone or another IA.
3. Math slides will be posted in Google Classroom the night before. Mr. Lundgren said he'd start the week of 4/20.
4. Mr. Oyama said he would email me the list of OSAS supports entered in TIDE by Friday 4/17.
5. Nadine said she'd send the Pre-ETS referral by May 1 and get us the transition assessment summary by June 5.
6. Next year: vision services go from 60 to 90 minutes a week (3 x 30), and O&M stays at 45 minutes a week.
7. Lorna went over her updated FVA and LMA. The big change is that she recommends NVDA and audio for anything over about 10 pages, because Wren's reading speed drops off after 20 minutes.
8. Matt will send the final IEP by April 24.
9. Wren turns 18 on August 3 and her rights transfer to her then. She wants me to stay involved and signed the release at the meeting.
10. Comp sessions: Wren has had 5 of the 7 so far.

Thank you all for listening to Wren. She was nervous about leading the first part and I was really proud of her.

Kendra""",
   "sig": None,
   "labels": {"topics": ["iep_meeting", "large_print", "extended_time", "read_aloud", "scribe", "separate_setting", "class_notes",
                         "specialized_instruction", "evaluation", "assistive_technology", "compensatory_services"],
              "fulfills": ["C_kit5", "C_kit4"],
              "promises": [("C_lun2", "lundgren", "start posting math slides the night before, week of 4/20",
                            "Mr. Lundgren said he'd start the week of 4/20.", "2026-04-20"),
                           ("C_oya1", "oyama", "email the list of OSAS supports entered in TIDE",
                            "Mr. Oyama said he would email me the list of OSAS supports entered in TIDE by Friday 4/17.", "2026-04-17"),
                           ("C_fos2", "fosberg", "send the Pre-ETS referral", "Nadine said she'd send the Pre-ETS referral by May 1", "2026-05-01"),
                           ("C_fos3", "fosberg", "send the transition assessment summary", "get us the transition assessment summary by June 5", "2026-06-05"),
                           ("C_fer5", "ferreira", "send the final IEP", "Matt will send the final IEP by April 24.", "2026-04-24")],
              "asks": [("R_m_recap", "mom", "Please correct anything I got wrong.")]}},
  {"id": "T14.8", "frm": "ferreira", "to": ["mom"], "cc": ["voss", "fosberg", "oyama", "kittredge", "lundgren", "wren"],
   "date": "2026-04-17 12:15", "reply_to": "T14.7", "arrival": "direct", "filtered": True,
   "body": """Kendra, thanks for writing this up. It's accurate except #6: per Dev's recommendation, O&M goes to 30 minutes a week next year plus one 90-minute community lesson a month. I'll make sure that's in the final.

Matt""",
   "labels": {"topics": ["specialized_instruction", "iep_meeting"], "answers": ["R_m_recap"],
              "promises": [("C_fer6", "ferreira", "put the corrected O&M minutes in the final IEP", "I'll make sure that's in the final.", None)]}},
]},
# ================================================================================== T15 / T16 IEP software notices (old yahoo)
{"id": "T15", "subject": "Notice of IEP Team Meeting - Halvorsen, Wren", "messages": [
  {"id": "T15.1", "frm": "edplan", "to": ["momy"], "cc": [], "date": "2026-03-04 10:02", "html": "only", "sig": None,
   "arrival": "yahoo-forward",
   "fwd": {"by": "momy", "at": "2026-03-04 19:30", "note": "Came to my old yahoo again. Need to get the school to update this."},
   "body": """Clearwater Creek School District 31J
Notice of Individualized Education Program (IEP) Team Meeting

To: Kendra Halvorsen, parent of Wren Halvorsen (Grade 11, Ridgeline High School)

You are invited to a meeting of your student's IEP team.
Date: Tuesday, April 14, 2026
Time: 2:45 PM
Location: Ridgeline High School, Learning Center Conference Room (114A)

Purpose of the meeting: Annual review of the IEP; postsecondary goals and transition services; transfer of rights at the age of majority.

The following people have been invited:
Matt Ferreira, Case Manager / Special Education Teacher
Annika Voss, District Vision Specialist
Lorna Kittredge, Teacher of the Visually Impaired (Cascade Foothills ESD)
Nadine Fosberg, Transition Specialist
Gary Lundgren, General Education Teacher
Kurt Oyama, Administrator Designee / School Test Coordinator
Celia Marsh, Educational Audiologist (by phone)
Wren Halvorsen, Student

You may bring other people who have knowledge or special expertise about your student. If this time does not work for you, please contact the case manager to reschedule.

This notice was generated by EdPlan. Please do not reply to this message.""",
   "labels": {"topics": ["iep_meeting"], "fulfills": ["C_fer3", "C_fer4"]}},
]},
{"id": "T16", "subject": "IEP document available - Halvorsen, Wren", "messages": [
  {"id": "T16.1", "frm": "edplan", "to": ["momy"], "cc": [], "date": "2026-05-01 15:05", "html": "only", "sig": None,
   "arrival": "yahoo-forward",
   "fwd": {"by": "momy", "at": "2026-05-01 20:45", "note": "final IEP, finally. Still going to yahoo.", "html_only": True},
   "attachments": [("IEP_Final_Halvorsen_2026-04-14.pdf", "application/pdf",
                    "Individualized Education Program - Annual Review   Meeting date: 04/14/2026   Student: Wren Halvorsen\n\n"
                    "Accommodations: Large print 18 pt (single page) / 24 pt (longer text); extended time 1.5x; reader for chemistry "
                    "and English tests; scribe for tests with more than one page of writing; Roger (DM/FM) system; screen magnification "
                    "(ZoomText) and screen reader (NVDA); CCTV in science; case manager check-in 15 min/week.\n"
                    "Services 2026-27: Specially designed instruction - vision (TVI) 90 min/week; Orientation & mobility 30 min/week plus "
                    "one 90-minute community lesson per month.\n"
                    "Transfer of rights at age of majority discussed 04/14/2026.")],
   "body": """Clearwater Creek School District 31J - Special Education

Matt Ferreira has shared a finalized document with you.

Student: Halvorsen, Wren
Document: Individualized Education Program (IEP) - Annual Review
Meeting date: 04/14/2026
Finalized: 05/01/2026

The document is attached to this message. If you have questions about this document, please contact your student's case manager.

This notice was generated by EdPlan. Please do not reply to this message.""",
   "labels": {"topics": ["iep_meeting"],
              "att_topics": ["iep_meeting", "large_print", "extended_time", "read_aloud", "scribe", "assistive_technology",
                             "specialized_instruction", "check_in"],
              "fulfills": ["C_fer5", "C_fer6"]}},
]},
# ================================================================================== T17 state testing
{"id": "T17", "subject": "OSAS accommodations for Wren Halvorsen (gr 11)", "messages": [
  {"id": "T17.1", "frm": "mom", "to": ["oyama"], "cc": ["ferreira", "wren"], "date": "2026-03-30 19:40",
   "arrival": "bcc-self",
   "body": """Hi Mr. Oyama,

Wren takes the OSAS math and ELA in April. Before then I'd like to confirm what is actually set up for her in the testing system:
- zoom / print size at the largest setting, and color contrast (she likes yellow on black)
- text-to-speech
- testing in the small-group room with extra breaks
- a large-print copy of the math reference sheet

Can you confirm those are entered? Also, who will be proctoring her sessions?

Thank you,
Kendra Halvorsen""",
   "sig": None,
   "labels": {"topics": ["large_print", "read_aloud", "separate_setting", "breaks"],
              "asks": [("R_osas1", "mom", "Can you confirm those are entered?"),
                       ("R_osas2", "mom", "Also, who will be proctoring her sessions?")]}},
  {"id": "T17.2", "frm": "oyama", "to": ["mom"], "cc": ["ferreira", "wren"], "date": "2026-04-17 14:05",
   "reply_to": "T17.1", "arrival": "gmail-forward",
   "fwd": {"by": "mom", "at": "2026-04-17 20:00", "note": "OSAS list from Oyama"},
   "body": """Ms. Halvorsen,

As promised at Tuesday's meeting, here is what is entered for Wren in TIDE for OSAS:

Designated supports: text-to-speech (items), color contrast (yellow on black), masking, zoom at the maximum default.
Accommodations: print on demand for the enlarged math reference sheet (printed at 24 pt), separate setting in Room 114, and extra breaks as needed (the test is untimed).

Her proctor will be Mrs. Pettibone. Math is Tuesday 4/21, the ELA CAT is Thursday 4/23 and the ELA performance task is Tuesday 4/28.

Kurt Oyama""",
   "labels": {"topics": ["read_aloud", "large_print", "separate_setting", "breaks"],
              "fulfills": ["C_oya1"], "answers": ["R_osas1", "R_osas2"]}},
  {"id": "T17.3", "frm": "wren", "to": ["oyama"], "cc": ["mom", "ferreira", "TRAIL"], "date": "2026-04-21 14:25",
   "reply_to": "T17.2", "quote": False, "subject": "math OSAS today", "arrival": "direct",
   "body": """Hi Mr. Oyama,

The math OSAS today didn't go right. The text-to-speech wouldn't play on my computer and Mrs. Pettibone and the tech guy couldn't get it working, so I did the whole thing without it. Also the reference sheet she gave me was the normal size, not the big one.

I'm worried it's going to count. Is there any way to redo it?""",
   "labels": {"topics": ["read_aloud", "large_print"],
              "asks": [("R_w_redo", "wren", "Is there any way to redo it?")],
              "missed": [("read_aloud", "2026-04-21", None), ("large_print", "2026-04-21", None)]}},
  {"id": "T17.4", "frm": "oyama", "to": ["wren"], "cc": ["mom", "ferreira"], "date": "2026-04-22 08:15",
   "reply_to": "T17.3", "arrival": "outlook-forward",
   "fwd": {"by": "mom", "client": "outlook-ios", "at": "2026-04-22 09:41", "note": "see below - OSAS"},
   "body": """Wren, thank you for telling me right away, and I'm sorry. It turns out the text-to-speech setting was entered for ELA but not for math, and the enlarged reference sheet was in the wrong folder in the testing room. Neither of those is on you.

I'll file a testing irregularity with ODE and request a reset of your math test by Friday 4/24. If the reset is approved you'll retake it with text-to-speech and the enlarged sheet before the window closes at the end of May.

Mr. Oyama""",
   "labels": {"topics": ["read_aloud", "large_print"], "answers": ["R_w_redo"],
              "promises": [("C_oya2", "oyama", "file a testing irregularity and request a reset of the math OSAS",
                            "I'll file a testing irregularity with ODE and request a reset of your math test by Friday 4/24.", "2026-04-24")],
              "missed": [("read_aloud", "2026-04-21", None), ("large_print", "2026-04-21", None)]}},
  {"id": "T17.5", "frm": "mom", "to": ["oyama"], "cc": ["ferreira", "wren"], "date": "2026-05-12 20:05",
   "reply_to": "T17.4", "arrival": "bcc-self",
   "body": """Mr. Oyama,

Following up: did the reset request for Wren's math OSAS go through? The window closes at the end of the month and we haven't heard anything. How is a kid with low vision supposed to use a reference sheet she can't read?

Kendra""",
   "sig": None,
   "labels": {"topics": ["large_print"],
              "asks": [("R_m_reset", "mom", "did the reset request for Wren's math OSAS go through?")]}},
]},
# ================================================================================== T18 chem quiz reader
{"id": "T18", "subject": "chem quiz today - no reader", "messages": [
  {"id": "T18.1", "frm": "wren", "to": ["kealoha", "ferreira"], "cc": ["mom", "TRAIL"], "date": "2026-03-10 14:50",
   "arrival": "direct",
   "body": """Hi Mr. Kealoha and Mr. Ferreira,

Today I was supposed to have the gas laws quiz read to me in the LC, but Mrs. Pettibone was covering another class, so I took it in the chem room with the Topaz by myself. The word problems took me forever and I didn't get to the last 3.""",
   "labels": {"topics": ["read_aloud", "assistive_technology", "paraprofessional"],
              "missed": [("read_aloud", "2026-03-10", None)]}},
  {"id": "T18.2", "frm": "ferreira", "to": ["wren"], "cc": ["kealoha", "mom", "TRAIL"], "date": "2026-03-10 16:30",
   "reply_to": "T18.1", "arrival": "direct",
   "body": """Wren, thanks for letting us know, and I'm sorry. Joy was pulled to cover the life skills room because they were short two IAs today, and nobody told you or Mr. Kealoha. That shouldn't happen on a day you have a test with a reader.

Mr. Kealoha and I talked, and you can retake the quiz with Joy reading it Thursday 3/12 during 2nd period study hall in 114. Only the retake will count.

I'm also going to talk with our principal about keeping Joy out of the sub rotation on test days.

Matt""",
   "labels": {"topics": ["read_aloud", "paraprofessional"],
              "promises": [("C_fer7", "ferreira", "chem quiz retake with a reader on 3/12",
                            "you can retake the quiz with Joy reading it Thursday 3/12 during 2nd period study hall in 114", "2026-03-12"),
                           ("C_fer8", "ferreira", "ask the principal to keep the IA out of the sub rotation on test days",
                            "I'm also going to talk with our principal about keeping Joy out of the sub rotation on test days.", None)],
              "missed": [("read_aloud", "2026-03-10", None)]}},
  {"id": "T18.3", "frm": "kealoha", "to": ["ferreira"], "cc": ["wren", "mom", "TRAIL"], "date": "2026-03-13 12:40",
   "reply_to": "T18.2", "arrival": "direct",
   "body": """Retake went great, Wren got an 88. Joy read it to her yesterday in 114. Thanks Matt""",
   "labels": {"topics": ["read_aloud"], "fulfills": ["C_fer7"]}},
]},
# ================================================================================== T19 PE (forwarded by Wren)
{"id": "T19", "subject": "PE - welcome + a few things", "messages": [
  {"id": "T19.1", "frm": "brandvold", "to": ["wren"], "cc": [], "date": "2026-02-02 12:30",
   "arrival": "thunderbird-forward",
   "fwd": {"by": "wren", "client": "thunderbird", "at": "2026-02-02 20:10", "note": "Mom - from my PE teacher, for the file. -W"},
   "body": """Hi Wren,

Welcome to 5th period PE! Mr. Ferreira gave me a copy of your accommodations, so here's what to expect:
- I wear the Roger mic on my lanyard during instructions. Just remind me if I forget to turn it on.
- For badminton we use the big yellow shuttles, and you'll be on court 1 where the lighting is best.
- The written rules test at the end of each unit comes in large print, and you can take it in the LC if the gym is too loud.

If there's anything you'd rather I not do in front of the class, just tell me.

Coach B""",
   "sig": None,
   "labels": {"topics": ["assistive_technology", "large_print", "separate_setting"]}},
  {"id": "N19.1", "frm": "wren", "to": ["brandvold"], "cc": [], "date": "2026-02-02 21:03", "reply_to": "T19.1",
   "arrival": "not-forwarded",
   "body": """Thanks Coach! The yellow shuttles are way easier to see. The only thing is I can't really see faces across the gym, so if you're calling me over please say my name.""",
   "labels": {}},
  {"id": "T19.2", "frm": "brandvold", "to": ["wren"], "cc": [], "date": "2026-03-05 13:10",
   "reply_to": "N19.1", "arrival": "thunderbird-forward",
   "fwd": {"by": "wren", "client": "thunderbird", "at": "2026-03-05 20:30", "note": "fyi"},
   "body": """Wren, heads up that I'll be out Friday and Monday for a volleyball coaches clinic. The sub knows about the Roger mic, and your badminton rules test is in the LC with Mrs. Pettibone, big print like last time. You can take it either day.

Coach B""",
   "sig": None,
   "labels": {"topics": ["assistive_technology", "large_print"]}},
]},
# ================================================================================== T20 check-ins (May)
{"id": "T20", "subject": "Monday check-ins + math slides", "messages": [
  {"id": "T20.1", "frm": "mom", "to": ["ferreira"], "cc": ["wren"], "date": "2026-05-13 07:10", "client": "applemail",
   "arrival": "bcc-self",
   "body": """Hi Matt,

Two things. Wren says your Monday check-ins haven't happened the last three weeks (4/27, 5/4 and 5/11). I know it's a crazy time of year with testing, but those 15 minutes are the only time she has to bring up problems before they snowball, and they're in the IEP.

Second, the math slides. Mr. Lundgren said at the IEP meeting he would start posting them the week of 4/20, and Wren says she still gets them after class, if at all. This has been going on since January.

Can we set up a quick call this week? Also, can you check whether the talking graphing calculator Annika ordered in February ever came in?

P.S. We had a great intake call with Marcus Bell from Northwest Vision Works last Thursday.

Kendra""",
   "sig": None,
   "labels": {"topics": ["check_in", "class_notes", "calculator"], "fulfills": ["C_bell2"],
              "asks": [("R_m_call", "mom", "Can we set up a quick call this week?"),
                       ("R_m_calc", "mom", "can you check whether the talking graphing calculator Annika ordered in February ever came in?")],
              "missed": [("check_in", "2026-04-27", 15), ("check_in", "2026-05-04", 15), ("check_in", "2026-05-11", 15)]}},
  {"id": "T20.2", "frm": "ferreira", "to": ["mom"], "cc": [], "date": "2026-05-13 07:11:20", "auto": True,
   "reply_to": "T20.1", "quote": False, "subject": "Automatic reply: Monday check-ins + math slides",
   "arrival": "direct", "filtered": True,
   "body": """Thank you for your email. I am out of the office Wednesday, May 13 through Friday, May 15 for OSAS proctor duty and training, with limited access to email. I will respond to your message when I return on Monday, May 18.

For urgent matters please contact the Ridgeline Learning Center at 503-555-0140.""",
   "sig": None,
   "labels": {"topics": [], "students": []}},
  {"id": "T20.3", "frm": "ferreira", "to": ["mom"], "cc": ["wren", "lundgren"], "date": "2026-05-20 15:35",
   "reply_to": "T20.1", "arrival": "direct", "filtered": True,
   "body": """Kendra,

I'm sorry, you're right about the check-ins. Between OSAS proctoring and three annual IEPs I let them slide, and that's not okay. I'll sit down with Wren and get our check-ins back on the calendar.

On the slides, I talked to Gary this morning. He's going to start posting them Sunday nights for the rest of the year, starting this Sunday (5/24).

A call works. Thursday 5/28 at 12:30 or Friday 5/29 at 3:15?

Matt""",
   "labels": {"topics": ["check_in", "class_notes"], "answers": ["R_m_call"],
              "promises": [("C_fer9", "ferreira", "restart the weekly check-ins", "I'll sit down with Wren and get our check-ins back on the calendar.", None),
                           ("C_lun3", "lundgren", "post math slides Sunday nights starting 5/24",
                            "He's going to start posting them Sunday nights for the rest of the year, starting this Sunday (5/24).", "2026-05-24")],
              "asks": [("R_fer_call", "ferreira", "Thursday 5/28 at 12:30 or Friday 5/29 at 3:15?")]}},
]},
# ================================================================================== T21 progress report (old yahoo)
{"id": "T21", "subject": "Semester 1 IEP progress report - Wren Halvorsen", "messages": [
  {"id": "T21.1", "frm": "ferreira", "to": ["momy"], "cc": [], "date": "2026-02-06 15:40", "arrival": "yahoo-forward",
   "fwd": {"by": "momy", "at": "2026-02-07 09:15", "note": "progress report. why does this keep going to yahoo"},
   "attachments": [("Halvorsen_IEP_Progress_S1_2025-26.pdf", "application/pdf",
                    "IEP Progress Report - Semester 1, 2025-26   Student: Wren Halvorsen   Case manager: M. Ferreira\n\n"
                    "Goal 1 (assistive technology): Using ZoomText and NVDA, Wren will read grade-level text at 90 wpm with 85% "
                    "comprehension. Baseline 52 wpm; current 71 wpm, 80%. Progressing.\n"
                    "Goal 2 (self-advocacy): Wren will request her accommodations (enlarged materials, extended time, Roger mic) "
                    "independently in 8 of 10 opportunities. Current 6 of 10. Progressing.\n"
                    "Goal 3 (orientation & mobility): Wren will plan and complete a two-bus route using transit apps. "
                    "Insufficient data to report.\n"
                    "Services: SDI vision 60 min/week (TVI); O&M 45 min/week; case manager check-in 15 min/week.")],
   "body": """Hi Ms. Halvorsen,

Attached is Wren's IEP progress report for the first semester. Let me know if you have any questions.

Matt""",
   "labels": {"topics": ["progress_report"],
              "att_topics": ["progress_report", "assistive_technology", "specialized_instruction", "large_print", "extended_time"]}},
  {"id": "T21.2", "frm": "mom", "to": ["ferreira"], "cc": [], "date": "2026-02-08 19:00", "reply_to": "T21.1",
   "arrival": "bcc-self",
   "body": """Thanks Matt. Two things about the progress report:

Goal 3 says "insufficient data" for O&M. Is that because of the canceled lessons?

And can you please update my email in Synergy to this gmail address? The report went to my old yahoo again.""",
   "labels": {"topics": ["progress_report", "specialized_instruction"],
              "asks": [("R_pr1", "mom", "Goal 3 says \"insufficient data\" for O&M. Is that because of the canceled lessons?"),
                       ("R_pr2", "mom", "can you please update my email in Synergy to this gmail address?")]}},
  {"id": "T21.3", "frm": "ferreira", "to": ["mom"], "cc": [], "date": "2026-02-09 08:20", "reply_to": "T21.2",
   "arrival": "direct", "filtered": True,
   "body": """Mostly, yes. Dev only got 4 lessons in with her this semester between the van and the two snow days, so he didn't feel he had enough to score the goal. He expects to have real data for the next report.

Matt""",
   "labels": {"topics": ["progress_report", "specialized_instruction"], "answers": ["R_pr1"]}},
]},
# ================================================================================== T22 TVI auto-reply
{"id": "T22", "subject": "Wren - dentist tomorrow", "messages": [
  {"id": "N22.0", "frm": "mom", "to": ["kittredge"], "cc": [], "date": "2026-02-09 07:02", "arrival": "not-forwarded",
   "body": """Hi Lorna, quick one: Wren has a dentist appointment tomorrow at 1:30. Could she see you during 5th instead of 7th, or should we skip this week?""",
   "labels": {}},
  {"id": "T22.1", "frm": "kittredge", "to": ["mom"], "cc": [], "date": "2026-02-09 07:02:40", "auto": True,
   "reply_to": "N22.0", "quote": False, "subject": "Out of office: Wren - dentist tomorrow", "arrival": "direct",
   "filtered": True, "sig": None,
   "body": """Thank you for your email. I am currently out of the office on leave and will not be checking email. For vision services at Ridgeline HS, Clearwater Creek MS and North Fork Elementary, please contact Annika Voss (avoss@ccsd31j.org). For orientation and mobility, please contact Dev Raman (draman@cfesd.org).""",
   "labels": {"topics": [], "students": []}},
]},
# ================================================================================== T23 second newsletter
{"id": "T23", "subject": "Ridgeline Weekly - April 10", "messages": [
  {"id": "T23.1", "frm": "psq", "to": ["TRAIL"], "cc": [], "date": "2026-04-10 17:00", "arrival": "direct",
   "newsletter": True, "html": "only", "sig": None,
   "body": """RIDGELINE WEEKLY
April 10, 2026

Welcome Back from Spring Break
We hope everyone had a restful week. Fourth quarter grades close June 12.

State Testing (OSAS)
Juniors take the Oregon Statewide Assessments in math, English language arts and science between April 20 and May 29. Testing supports for students with IEPs and 504 plans are set up by each student's case manager and the test coordinator. Please make sure your student gets a good night's sleep and eats breakfast.

Report Cards
Third-quarter report cards and progress reports are posted in ParentVUE.

SAT School Day
Juniors test Wednesday, April 15. Arrive by 7:30 and bring a charged device and your admission ticket. Students testing with accommodations report to the rooms on their ticket.

Prom
Tickets are on sale at the bookkeeper's window through April 24.

Spring Sports
- Track: home meet vs. South Salem Thursday
- Softball: senior night is May 8
- Boys tennis: districts begin May 7""",
   "labels": {"topics": [], "students": []}},
]},
]

QUERIES = [
    ("extended time", "extended_time"),
    ("time and a half", "extended_time"),
    ("large print", "large_print"),
    ("enlarged test", "large_print"),
    ("CCTV", "assistive_technology"),
    ("Roger mic", "assistive_technology"),
    ("reader for tests", "read_aloud"),
    ("text to speech", "read_aloud"),
    ("scribe", "scribe"),
    ("vision services TVI", "specialized_instruction"),
    ("orientation and mobility", "specialized_instruction"),
    ("compensatory services missed sessions", "compensatory_services"),
    ("IEP meeting", "iep_meeting"),
    ("progress report", "progress_report"),
    ("seating", "preferential_seating"),
    ("check-ins", "check_in"),
    ("functional vision assessment", "evaluation"),
    ("slides notes before class", "class_notes"),
    ("talking calculator", "calculator"),
    ("small group testing room", "separate_setting"),
]
