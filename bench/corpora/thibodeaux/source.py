# Content of the "thibodeaux" corpus: people, threads, messages and gold labels.
# Times are local school time (America/Chicago); build.py adds the UTC offset.

CORPUS = "thibodeaux"
AS_OF = "2026-03-24"
TIMEZONE = "America/Chicago"
TRAIL = "celeste.iep.file@fastmail.com"
STUDENTS = ["Celeste Thibodeaux"]
USER = {"name": "Evangeline Thibodeaux", "email": "vangie.thibodeaux@gmail.com", "role": "parent"}

# School calendar facts used by check.py (no school on these weekdays).
HOLIDAYS = ["2026-01-19", "2026-02-16", "2026-02-17", "2026-02-18"]
TERM = ("2026-01-06", "2026-05-21")

SCHOOL_FOOTER = (
    "CONFIDENTIALITY NOTICE: This electronic message and any attachments are intended only for the "
    "named recipient(s) and may contain student information that is confidential under FERPA and "
    "La. R.S. 17:3914. If you received this message in error, please notify the sender and delete it. "
    "Sabine Bend Parish School System does not guarantee the security of email.")

# client decides the quoting style and the Message-ID style of a person's mail.
P = {
    "GM": ("Evangeline Thibodeaux", "vangie.thibodeaux@gmail.com", "parent", "gmail"),
    "GMY": ("Evangeline Thibodeaux", "ethibodeaux1957@yahoo.com", "parent", "yahoo"),
    "AUNT": ("Yvette Mouton", "yvette.mouton@outlook.com", "other", "outlookcom"),
    "BROU": ("Danielle Broussard", "dbroussard@sabinebend.k12.la.us", "school", "outlook"),
    "HEB": ("Wade Hebert", "whebert@sabinebend.k12.la.us", "school", "outlook"),
    "ARC": ("Kendra Arceneaux", "karceneaux@sabinebend.k12.la.us", "school", "outlook"),
    "LAN": ("Patrice Landry", "plandry@sabinebend.k12.la.us", "school", "iphone"),
    "DUP": ("Rachel Dupuis", "rdupuis@sabinebend.k12.la.us", "school", "outlook"),
    "BAT": ("Yolanda Batiste", "ybatiste@sabinebend.k12.la.us", "school", "outlook"),
    "COM": ("Annette Comeaux", "acomeaux@sabinebend.k12.la.us", "school", "outlook"),
    "FON": ("Lorraine Fontenot", "lfontenot@sabinebend.k12.la.us", "school", "iphone"),
    "SAV": ("Brandon Savoy", "bsavoy@sabinebend.k12.la.us", "school", "outlook"),
    "ROM": ("Dale Romero", "dromero@sabinebend.k12.la.us", "school", "outlook"),
    "GUI": ("Terrence Guidry", "tguidry@pelicanvision.org", "other", "gmail"),
    "ADV": ("Claudette Richard", "crichard@acadianafamilies.org", "other", "gmail"),
    "LW": ("ListenWell Member Services", "members@listenwell-library.org", "other", "mailer"),
    "NEWS": ("Bayou Chene Elementary", "noreply@alerts.k12notify.net", "school", "mailer"),
}

SIG = {
    "GM": "Evangeline Thibodeaux\nGrandmother & legal guardian of Celeste Thibodeaux (3rd grade)\n(337) 555-0116",
    "GM_SHORT": "Vangie Thibodeaux",
    "GMY": "Sent from Yahoo Mail on Android",
    "AUNT_PHONE": "Sent from my iPhone",
    "AUNT": "Yvette Mouton",
    "BROU": "Danielle Broussard\n3rd Grade ELA & Social Studies | Homeroom 3B\nBayou Chene Elementary School\n\"Every child, every day.\"\n\n" + SCHOOL_FOOTER,
    "HEB": "Wade Hebert\n3rd Grade Math & Science\nBayou Chene Elementary",
    "ARC": "Kendra Arceneaux, M.Ed.\nSpecial Education Teacher / Case Manager\nBayou Chene Elementary School | Sabine Bend Parish School System\n(337) 555-0148\n\n" + SCHOOL_FOOTER,
    "LAN": "Patrice Landry, M.Ed.\nTeacher of Students with Visual Impairments (TVI)\nItinerant Vision Services, Sabine Bend Parish\n\nSent from my iPhone",
    "DUP": "Rachel Dupuis, M.A.\nTeacher of Students with Visual Impairments\nOffice of Exceptional Student Services - Sensory Team\nSabine Bend Parish School System\n\n" + SCHOOL_FOOTER,
    "BAT": "Yolanda Batiste, Ed.D.\nSupervisor, Low Incidence & Sensory Services\nOffice of Exceptional Student Services\nSabine Bend Parish School System\n2210 Parish Road 9, St. Ambrose, LA 70599\nOffice (337) 555-0100 | Fax (337) 555-0109\n\n" + SCHOOL_FOOTER,
    "COM": "Annette Comeaux, Principal\nBayou Chene Elementary School\n\n" + SCHOOL_FOOTER,
    "FON": "Lorraine Fontenot\nReading Interventionist, Bayou Chene Elementary\nSent from my iPad",
    "SAV": "Brandon Savoy, M.S.\nSchool Counselor & Building Test Coordinator\nBayou Chene Elementary School\n\n" + SCHOOL_FOOTER,
    "ROM": "Dale Romero\nTransportation Coordinator - Exceptional Student Routes\nSabine Bend Parish School System Transportation Dept.\nDispatch (337) 555-0170",
    "GUI": "Terrence Guidry, COMS\nCertified Orientation & Mobility Specialist\nPelican Vision Services - contracted provider to Sabine Bend Parish Schools\n(337) 555-0192 | pelicanvision.org",
    "ADV": "Claudette Richard\nParent Advocate\nAcadiana Family Advocacy Network\n(337) 555-0135\nThis message may contain information about a child with a disability. Please do not forward without the family's permission.",
}

N = None  # shorthand for "no due date" / "no minutes"

THREADS = [
# ---------------------------------------------------------------- T1 worksheets
{"id": "T1", "messages": [
 {"id": "T1.1", "from": "GM", "to": ["BROU"], "cc": ["HEB"], "date": "2026-01-08 18:40",
  "subject": "Celeste's worksheets - not enlarged", "arrival": "bcc-self", "sig": "GM",
  "body": """Ms. Broussard,

Celeste came home today with her spelling list and a math practice page in regular print. She did her homework with her nose almost touching the paper, and by the end she was rubbing her eyes and crying.

Her IEP says her classroom papers are supposed to be enlarged to 18 point, or copied at 129% on the big 11x17 paper. This was working fine before Christmas.

Are her worksheets being enlarged this semester or not?

I'll send the math page back with her tomorrow even if it's not finished so you can see what she was given.

Thank you,""",
  "labels": {"topics": ["large_print"],
   "commitments": [{"id": "C1", "by": "GM", "what": "send the regular-print math page back to school", "quote": "I'll send the math page back with her tomorrow even if it's not finished so you can see what she was given.", "due": "2026-01-09"}],
   "requests": [{"id": "R1", "quote": "Are her worksheets being enlarged this semester or not?"}],
   "missed": [("large_print", "2026-01-08", N)]}},
 {"id": "T1.2", "from": "BROU", "to": ["GM"], "cc": ["HEB"], "date": "2026-01-09 12:20", "reply_to": "T1.1",
  "arrival": "gmail-forward", "fwd_by": "GM", "fwd_at": "2026-01-09 19:05", "fwd_note": "for the file - she admits it", "sig": "BROU",
  "body": """Good afternoon Mrs. Thibodeaux,

Thank you for sending the math page back this morning, that helped me figure out what happened. I am so sorry. Ms. Tonya, the para who does all the enlarging on the big copier in the workroom, has been out with the flu, and I did not catch that the stack for our room never got done. That's on me, not on Celeste, and honestly not on Ms. Tonya either.

Celeste never said a word about it in class, which I think is part of the problem, she does not like to be different from the other kids. We talked today about her telling me when a page is too small, and we came up with a little signal (she taps her paper twice).

From now on I'm going to put every worksheet for the next week in the enlarging bin by Monday morning so there is a cushion if somebody is out. Mr. Hebert makes his own math copies so I've copied him here too.

Have a good weekend!""",
  "labels": {"topics": ["large_print"], "fulfills": ["C1"], "answers": ["R1"],
   "commitments": [{"id": "C2", "by": "BROU", "what": "put the next week's worksheets in the enlarging bin", "quote": "From now on I'm going to put every worksheet for the next week in the enlarging bin by Monday morning so there is a cushion if somebody is out.", "due": "2026-01-12"}]}},
 {"id": "T1.3", "from": "BROU", "to": ["GM"], "cc": ["TRAIL"], "date": "2026-01-12 07:55", "reply_to": "T1.2", "quote": False,
  "arrival": "direct", "sig": "BROU",
  "body": """Quick Monday update: all of this week's ELA and spelling pages are enlarged (18 pt on 11x17) and already in Celeste's blue folder, and next week's stack is in the bin with Ms. Tonya, who is back and feeling better.""",
  "labels": {"topics": ["large_print"], "fulfills": ["C2"]}},
 {"id": "T1.4", "from": "HEB", "to": ["GM"], "cc": ["AUNT"], "date": "2026-01-22 15:10",
  "subject": "Math quiz 1/20", "arrival": "outlook-forward", "fwd_by": "AUNT", "fwd_at": "2026-01-22 20:30",
  "fwd_note": "Mama did you see this one from Mr Hebert? at least he owned it", "sig": "HEB",
  "body": """Mrs. Thibodeaux,

Tuesday's math quiz (1/20) went out to Celeste on regular paper. My mistake, I grabbed the wrong stack. She only got through half of it.

She retook it this morning on enlarged paper with her time and a half and made 17/20. That is the grade that counts.""",
  "labels": {"topics": ["large_print", "extended_time"], "missed": [("large_print", "2026-01-20", N)]}},
]},
# ---------------------------------------------------------------- T2 CCTV
{"id": "T2", "messages": [
 {"id": "T2.1", "from": "ARC", "to": ["GM"], "cc": ["BROU", "TRAIL"], "date": "2026-02-02 14:30",
  "subject": "Celeste's video magnifier", "arrival": "direct", "sig": "ARC",
  "body": """Hi Mrs. Thibodeaux,

I wanted you to know right away: the desktop video magnifier in Ms. Broussard's room (the CCTV Celeste uses to see the board and read her textbooks) went dark this morning in the middle of phonics and will not power back on. I put in a help desk ticket with district technology at 10:15.

Until it's repaired she is using her iPad with the Zoom setting and the camera to look at the board. It isn't as good as the big screen, so Ms. Broussard is also handing her a printed copy of whatever goes on the board.

I'll check on the ticket every morning and let you know as soon as it's fixed.""",
  "labels": {"topics": ["assistive_technology", "class_notes"],
   "commitments": [{"id": "C3", "by": "ARC", "what": "follow the repair ticket and tell the family when the CCTV is fixed", "quote": "I'll check on the ticket every morning and let you know as soon as it's fixed.", "due": None}],
   "missed": [("assistive_technology", "2026-02-02", N)]}},
 {"id": "T2.2", "from": "GM", "to": ["ARC"], "cc": ["COM"], "date": "2026-02-04 19:50", "reply_to": "T2.1",
  "arrival": "bcc-self", "sig": "GM_SHORT",
  "body": """Ms. Arceneaux,

The magnifier is still broken. That is Monday, Tuesday and today with no CCTV. Celeste says the iPad goes to sleep on her when she holds it up to see the board, and she came home with a headache two days in a row. How would any of us get our work done if somebody took our glasses for a week?

Who is actually fixing it, and when?

Also, is she really getting a paper copy of everything on the board? She told me she did not get one in science today.""",
  "labels": {"topics": ["assistive_technology", "class_notes"],
   "requests": [{"id": "R2", "quote": "Who is actually fixing it, and when?"},
                {"id": "R3", "quote": "Also, is she really getting a paper copy of everything on the board?"}],
   "missed": [("assistive_technology", "2026-02-02", N), ("assistive_technology", "2026-02-03", N), ("assistive_technology", "2026-02-04", N)]}},
 {"id": "T2.3", "from": "COM", "to": ["GM"], "cc": ["ARC"], "date": "2026-02-06 08:05", "reply_to": "T2.2",
  "arrival": "apple-forward", "fwd_by": "GM", "fwd_at": "2026-02-06 08:40", "fwd_note": "principal finally answered", "sig": "COM",
  "body": """Mrs. Thibodeaux,

District tech says the power supply has to come from the vendor. They expect it Tuesday.

In the meantime Mrs. Pellerin will bring the library's handheld magnifier to Celeste's room Monday morning.

A. Comeaux""",
  "labels": {"topics": ["assistive_technology"], "answers": ["R2"],
   "commitments": [{"id": "C4", "by": "COM", "what": "have the librarian bring a loaner handheld magnifier to Celeste's room", "quote": "In the meantime Mrs. Pellerin will bring the library's handheld magnifier to Celeste's room Monday morning.", "due": "2026-02-09"}]}},
 {"id": "T2.4", "from": "ARC", "to": ["GM"], "cc": ["BROU", "COM", "TRAIL"], "date": "2026-02-10 15:20", "reply_to": "T2.3",
  "arrival": "direct", "sig": "ARC",
  "body": """Good news! A district technician came out at lunch and put in the new power supply, and the CCTV is working again as of this afternoon. Celeste used it for math block and was very happy to have her big screen back.

I'm sorry this took as long as it did.""",
  "labels": {"topics": ["assistive_technology"], "fulfills": ["C3"]}},
 {"id": "T2.5", "from": "AUNT", "to": ["ARC"], "cc": ["COM"], "date": "2026-02-10 21:15", "reply_to": "T2.4",
  "arrival": "thunderbird-forward", "fwd_by": "AUNT", "fwd_at": "2026-02-10 21:22", "fwd_note": "", "sig": "AUNT",
  "body": """Ms Arceneaux this is Yvette Mouton, CeCe's aunt (I'm on her contact card). Glad the machine is fixed finally. But I want it on record that CeCe says nobody brought her any hand magnifier yesterday. She sat and squinted at the board all day Monday and had her friend Kaylee read it to her. Mrs Comeaux wrote that the library one would be there Monday morning. What happened to that?""",
  "labels": {"topics": ["assistive_technology"],
   "requests": [{"id": "R4", "quote": "What happened to that?"}],
   "missed": [("assistive_technology", "2026-02-09", N)]}},
]},
# ---------------------------------------------------------------- T3 vision services (TVI)
{"id": "T3", "messages": [
 {"id": "T3.1", "from": "LAN", "to": ["GM"], "cc": ["TRAIL"], "date": "2026-01-15 16:40",
  "subject": "Celeste - vision update", "arrival": "direct", "sig": "LAN",
  "body": """Hi Mrs T! Saw Celeste this morning for our hour. We worked on braille readiness, tracking lines and finding dots on the Swing Cell, and she got 8/10 on the tactile matching which is a big jump. Also practiced spotting the board with her monocular from her new seat.

I will be out Friday for a training in Lafayette so if you call the office that's why.

I'm going to update her learning media assessment before her annual IEP so we have fresh data. Will send u a copy""",
  "labels": {"topics": ["specialized_instruction", "evaluation"],
   "commitments": [{"id": "C5", "by": "LAN", "what": "update Celeste's learning media assessment before the annual IEP and send a copy", "quote": "I'm going to update her learning media assessment before her annual IEP so we have fresh data.", "due": None}]}},
 {"id": "T3.2", "from": "LAN", "to": ["GM"], "date": "2026-02-10 17:05", "reply_to": "T3.1", "quote": False,
  "subject": "Celeste", "arrival": "apple-forward", "fwd_by": "GM", "fwd_at": "2026-02-10 19:30", "fwd_note": "Mrs Landry is GONE?", "sig": "LAN",
  "body": """Mrs T, I wanted you to hear this from me and not from a form letter. The district moved me to the north end of the parish starting yesterday because Mrs. Guillory resigned, so I won't be coming to Bayou Chene anymore. Dr. Batiste is working on who picks up my south end kids, Celeste included.

I'll send my notes and her braille readiness checklist to whoever takes her so they don't start from scratch.

I'm really sorry. She is such a sweetheart and she's been working so hard.
P.""",
  "labels": {"topics": ["specialized_instruction"],
   "commitments": [{"id": "C6", "by": "LAN", "what": "pass her notes and the braille readiness checklist to Celeste's next TVI", "quote": "I'll send my notes and her braille readiness checklist to whoever takes her so they don't start from scratch.", "due": None}]}},
 {"id": "T3.3", "from": "GM", "to": ["BAT"], "cc": ["ARC"], "date": "2026-02-13 07:30",
  "subject": "Celeste Thibodeaux - vision teacher", "arrival": "bcc-self", "sig": "GM",
  "body": """Dr. Batiste,

I am the grandmother and legal guardian of Celeste Thibodeaux, 3rd grade at Bayou Chene Elementary. Celeste has albinism with nystagmus. Her IEP gives her 60 minutes a week of vision services from a certified TVI, plus her orientation and mobility lessons. Mrs. Landry told me on Tuesday that she has been moved to the north end of the parish.

Nobody came for Celeste's vision lesson yesterday, Thursday February 12.

Who is Celeste's vision teacher now, and when will somebody start coming again?

Please put me on the list for whatever letter goes out to the families.""",
  "labels": {"topics": ["specialized_instruction"],
   "requests": [{"id": "R5", "quote": "Who is Celeste's vision teacher now, and when will somebody start coming again?"}],
   "missed": [("specialized_instruction", "2026-02-12", 60)]}},
 {"id": "T3.4", "from": "BAT", "to": ["GM"], "date": "2026-02-13 07:31", "reply_to": "T3.3", "quote": False, "auto_reply": True,
  "subject": "Automatic reply: Celeste Thibodeaux - vision teacher",
  "arrival": "gmail-forward", "fwd_by": "GM", "fwd_at": "2026-02-13 08:10", "fwd_note": "auto reply. of course", "sig": None,
  "body": """I am out of the office through Wednesday, February 18, attending the state low incidence supervisors' meeting, followed by the Mardi Gras holiday. I will have limited access to email during this time.

For urgent matters please call the Office of Exceptional Student Services at (337) 555-0100.

Yolanda Batiste, Ed.D.
Supervisor, Low Incidence & Sensory Services""",
  "labels": {"topics": []}},
 {"id": "T3.5", "from": "BAT", "to": ["GM"], "cc": ["ARC", "COM"], "date": "2026-02-20 10:30", "reply_to": "T3.3",
  "arrival": "attachment-forward", "fwd_by": "GM", "fwd_at": "2026-02-20 18:00", "fwd_note": "finally. her letter + the plan is attached", "sig": "BAT",
  "attachments": [{"name": "South_Region_Vision_Coverage_Plan_Feb2026.pdf",
                   "text": "Sabine Bend Parish School System - Office of Exceptional Student Services. Interim coverage plan, South Region vision services, February 2026. Itinerant TVI caseload reassigned 2/9/2026 due to vacancy. Bayou Chene ES: TVI services to resume week of 3/2/2026 (R. Dupuis). Minutes of specially designed vision instruction not delivered during the transition will be reviewed by each student's IEP team for compensatory services. Orientation and mobility (contracted) not affected."}],
  "body": """Dear Mrs. Thibodeaux,

Thank you for your email, and please accept my apology for the delay in responding; I was away from the office through the holiday.

Mrs. Landry was reassigned to the north region effective February 9 to cover an unexpected vacancy. I recognize that this has interrupted Celeste's vision services, and I understand your concern.

Ms. Rachel Dupuis, a certified Teacher of Students with Visual Impairments, has been hired and will begin serving Celeste the week of March 2.

The IEP team will address compensatory services for the sessions missed during this transition at Celeste's annual IEP meeting. I have attached the interim coverage plan for the south region for your records.

Respectfully,""",
  "labels": {"topics": ["specialized_instruction", "compensatory_services", "iep_meeting"], "answers": ["R5"],
   "attachment_topics": ["specialized_instruction", "compensatory_services"],
   "commitments": [
     {"id": "C7", "by": "BAT", "what": "have the new TVI, Ms. Dupuis, begin serving Celeste", "quote": "Ms. Rachel Dupuis, a certified Teacher of Students with Visual Impairments, has been hired and will begin serving Celeste the week of March 2.", "due": "2026-03-06"},
     {"id": "C8", "by": "BAT", "what": "address compensatory services for missed TVI sessions at the annual IEP meeting", "quote": "The IEP team will address compensatory services for the sessions missed during this transition at Celeste's annual IEP meeting.", "due": None}]}},
]},
# ---------------------------------------------------------------- T4 O&M
{"id": "T4", "messages": [
 {"id": "T4.1", "from": "GUI", "to": ["GM"], "cc": ["TRAIL"], "date": "2026-01-16 16:00",
  "subject": "O&M update - Celeste T.", "arrival": "direct", "sig": "GUI",
  "body": """Hello Mrs. Thibodeaux,

Happy new year! A quick update from O&M. Celeste and I had our lesson on Thursday (45 minutes). We worked the route from the car rider line to her classroom and then to the cafeteria, and she used her monocular to read room numbers from about ten feet away. She is getting much more confident on the stairs by the library, too.

Next month I'd like to start on the crosswalk at Magnolia and 4th Street, which means leaving campus. The district needs a signed off-campus travel permission form for that, and I sent one home in her folder. Could you sign it and send it back by next Friday?

Thanks,""",
  "labels": {"topics": ["specialized_instruction"],
   "requests": [{"id": "R6", "by": "GUI", "quote": "Could you sign it and send it back by next Friday?"}]}},
 {"id": "T4.2", "from": "GM", "to": ["GUI"], "date": "2026-01-16 20:10", "reply_to": "T4.1",
  "arrival": "bcc-self", "sig": "GM_SHORT",
  "body": """Mr. Guidry, thank you, she talks about "Mr. T" all the time. I found the form in her folder, signed it tonight and put it back in the folder for Tuesday since there's no school Monday.""",
  "labels": {"topics": ["specialized_instruction"], "answers": ["R6"]}},
 {"id": "T4.3", "from": "GUI", "to": ["GM"], "cc": ["AUNT"], "date": "2026-02-04 12:30", "reply_to": "T4.2",
  "arrival": "thunderbird-forward", "fwd_by": "AUNT", "fwd_at": "2026-02-04 20:15", "fwd_note": "Mama fyi from the O&M man. I'll do pickup Thursday", "sig": "GUI",
  "body": """Hello Mrs. Thibodeaux,

Got the signed permission form, thank you.

Yesterday's lesson (2/3) was cut short. Her class was still at the PBIS pep rally in the gym when I got there, and by the time she was walked back we only had about 20 of our 45 minutes. I'll add the missing 25 minutes onto her lesson on February 10 so she doesn't lose the time.""",
  "labels": {"topics": ["specialized_instruction"],
   "commitments": [{"id": "C9", "by": "GUI", "what": "make up 25 O&M minutes on the February 10 lesson", "quote": "I'll add the missing 25 minutes onto her lesson on February 10 so she doesn't lose the time.", "due": "2026-02-10"}],
   "missed": [("specialized_instruction", "2026-02-03", 25)]}},
 {"id": "T4.4", "from": "GUI", "to": ["GM"], "cc": ["TRAIL"], "date": "2026-02-27 15:45", "reply_to": "T4.3", "quote": False,
  "subject": "February O&M log - Celeste T.", "arrival": "direct", "sig": "GUI",
  "attachments": [{"name": "OM_Lesson_Log_Thibodeaux_Feb2026.pdf",
                   "text": "Pelican Vision Services - Orientation & Mobility lesson log. Student: Celeste Thibodeaux, Bayou Chene ES, Gr. 3. IEP: O&M 2x monthly, 45 min. 2/3: 20 min (class at assembly, 25 min owed). 2/10: 70 min (45 + 25 make-up), crosswalk Magnolia & 4th with walk signal x4, monocular for signage. 2/24: 45 min, cafeteria and bus loading zone, low-light hallway. Recommend cane assessment for unfamiliar/low-light travel in spring."}],
  "body": """Mrs. Thibodeaux,

Attached is Celeste's O&M log for February. We did the make-up time on 2/10 (70 minutes total) and she crossed Magnolia with the walk signal four times, very carefully. Her lesson on 2/24 went the full 45 minutes, mostly in the cafeteria and the bus loading zone.

She is a pleasure to work with.""",
  "labels": {"topics": ["specialized_instruction"], "fulfills": ["C9"],
   "attachment_topics": ["specialized_instruction", "evaluation"]}},
]},
# ---------------------------------------------------------------- T5 reading intervention
{"id": "T5", "messages": [
 {"id": "T5.1", "from": "FON", "to": ["GM"], "date": "2026-02-02 15:50",
  "subject": "Reading group update", "arrival": "gmail-forward", "fwd_by": "GM", "fwd_at": "2026-02-02 19:15", "fwd_note": "", "sig": "FON",
  "body": """Hi Mrs. Thibodeaux! Just a heads up that our reading group did not meet Friday 1/30 because the whole school was in the gym for the Black History Month kickoff, so Celeste missed her 45 minutes with me that day.

Otherwise she's doing great in Wilson Step 2 (closed syllables with blends) and she taps out new words without me prompting now. I started printing her decodable readers in 24 point and she says they're "way better than the tiny ones."

I'll give her group an extra 15 minutes Tuesday through Thursday this week to make up Friday's session.""",
  "labels": {"topics": ["reading_intervention", "large_print"],
   "commitments": [{"id": "C10", "by": "FON", "what": "add 15 minutes to the reading group Tuesday-Thursday to make up January 30", "quote": "I'll give her group an extra 15 minutes Tuesday through Thursday this week to make up Friday's session.", "due": "2026-02-05"}],
   "missed": [("reading_intervention", "2026-01-30", 45)]}},
 {"id": "T5.2", "from": "GM", "to": ["FON"], "cc": ["COM"], "date": "2026-02-25 19:05", "reply_to": "T5.1",
  "subject": "Re: Reading group update - cancelled AGAIN", "arrival": "bcc-self", "sig": "GM",
  "body": """Mrs. Fontenot and Mrs. Comeaux,

Celeste told me there was no reading group today because of the Career Day assembly. She also missed it last Friday, February 20, for school pictures, and on January 30 for the Black History Month program. That is 3 times in less than a month, 45 minutes each time, and reading is the other big reason she has an IEP besides her eyes.

Can her reading group be moved to a time that doesn't get bumped every time there's an assembly? And will she make up those sessions?""",
  "labels": {"topics": ["reading_intervention"],
   "requests": [{"id": "R7", "quote": "Can her reading group be moved to a time that doesn't get bumped every time there's an assembly?"},
                {"id": "R8", "quote": "And will she make up those sessions?"}],
   "missed": [("reading_intervention", "2026-01-30", 45), ("reading_intervention", "2026-02-20", 45), ("reading_intervention", "2026-02-25", 45)]}},
 {"id": "T5.3", "from": "COM", "to": ["GM"], "cc": ["FON"], "date": "2026-02-27 09:10", "reply_to": "T5.2",
  "arrival": "gmail-forward", "fwd_by": "GM", "fwd_at": "2026-02-27 12:00", "fwd_note": "moving the group. didn't answer about make up", "sig": "COM",
  "body": """Mrs. Thibodeaux,

Starting March 9, Mrs. Fontenot's intervention groups will meet during the 1:15 block. We do not schedule assemblies in the afternoon.

Make-up time will be on the agenda for Celeste's IEP meeting.

A. Comeaux""",
  "labels": {"topics": ["reading_intervention", "iep_meeting"], "answers": ["R7"],
   "commitments": [{"id": "C11", "by": "COM", "what": "move the reading intervention groups to the 1:15 block", "quote": "Starting March 9, Mrs. Fontenot's intervention groups will meet during the 1:15 block.", "due": "2026-03-09"}]}},
 {"id": "T5.4", "from": "FON", "to": ["GM"], "cc": ["TRAIL"], "date": "2026-03-11 16:20", "reply_to": "T5.3", "quote": False,
  "arrival": "direct", "sig": "FON",
  "body": """Hi! We've had our first three days in the new 1:15 slot and it is so much calmer, nobody pulling kids out for the gym. Celeste finished Step 2 and started Step 3 today. Her fluency on the 24 pt passages has gone from 41 to 52 words correct per minute since January!""",
  "labels": {"topics": ["reading_intervention", "large_print"], "fulfills": ["C11"]}},
]},
# ---------------------------------------------------------------- T6 test not read aloud
{"id": "T6", "messages": [
 {"id": "T6.1", "from": "GM", "to": ["BROU"], "cc": ["SAV"], "date": "2026-03-04 18:30",
  "subject": "ELA test Tuesday", "arrival": "bcc-self", "sig": "GM",
  "body": """Ms. Broussard,

Celeste told me the ELA unit test yesterday (Tuesday 3/3) was not read to her. She said the lady in the room only read the directions out loud, and she had to read all the questions herself on the CCTV screen, and she didn't get to the last page.

Her IEP says tests are read aloud to her, except the parts that are testing her decoding, and she gets time and a half.

Was the test read to her or not?""",
  "labels": {"topics": ["read_aloud", "extended_time"],
   "requests": [{"id": "R9", "quote": "Was the test read to her or not?"}],
   "missed": [("read_aloud", "2026-03-03", N)]}},
 {"id": "T6.2", "from": "BROU", "to": ["GM"], "cc": ["SAV"], "date": "2026-03-05 12:15", "reply_to": "T6.1",
  "arrival": "gmail-forward", "fwd_by": "GM", "fwd_at": "2026-03-05 17:45", "fwd_note": "it was NOT read to her", "sig": "BROU",
  "body": """Mrs. Thibodeaux,

You are right and I am so sorry. I was at a district training Tuesday morning and had a substitute. My sub plans did say that Celeste gets her tests read aloud, but it was on the second page, and the sub only read the directions to the whole class. I didn't realize until I graded it yesterday and saw she stopped at number 14, which is not like her at all.

I'll retest her Monday with the test read aloud by me in Mrs. Arceneaux's room, and that score will replace the first one. I'm also going to put her accommodations at the very top of my sub plans from now on, in red.

Thank you for telling me. She would never have said anything on her own.""",
  "labels": {"topics": ["read_aloud"], "answers": ["R9"],
   "commitments": [
     {"id": "C12", "by": "BROU", "what": "retest Celeste with the ELA test read aloud and replace the score", "quote": "I'll retest her Monday with the test read aloud by me in Mrs. Arceneaux's room, and that score will replace the first one.", "due": "2026-03-09"},
     {"id": "C13", "by": "BROU", "what": "list Celeste's accommodations at the top of the substitute plans", "quote": "I'm also going to put her accommodations at the very top of my sub plans from now on, in red.", "due": None}],
   "missed": [("read_aloud", "2026-03-03", N)]}},
 {"id": "T6.3", "from": "SAV", "to": ["GM"], "cc": ["BROU", "ARC", "TRAIL"], "date": "2026-03-06 10:40", "reply_to": "T6.2", "quote": False,
  "arrival": "direct", "sig": "SAV",
  "body": """Good morning Mrs. Thibodeaux,

I'm the counselor and building test coordinator here at Bayou Chene. Ms. Broussard filled me in on Tuesday's test. She and I went through her sub folder this morning, and Celeste's testing accommodations are now on the first page.

For LEAP 2025 testing in April, Celeste's accommodations are already entered in the state testing system: large print test booklet, test read aloud (everything except the reading passages, per state rules), extended time of time and a half, and a small group setting in the library.

I will also put together a one-page accommodations sheet for any substitute in her classes by next Friday, March 13.""",
  "labels": {"topics": ["read_aloud", "large_print", "extended_time", "separate_setting"], "fulfills": ["C13"],
   "commitments": [{"id": "C14", "by": "SAV", "what": "write a one-page accommodations sheet for substitutes", "quote": "I will also put together a one-page accommodations sheet for any substitute in her classes by next Friday, March 13.", "due": "2026-03-13"}]}},
 {"id": "T6.4", "from": "BROU", "to": ["GM"], "cc": ["AUNT"], "date": "2026-03-09 14:50", "reply_to": "T6.2",
  "arrival": "outlook-forward", "fwd_by": "AUNT", "fwd_at": "2026-03-09 18:20", "fwd_note": "good news for once!!", "sig": "BROU",
  "body": """Retest done this morning! I read every question to her and she used her time and a half. She made a 78, up from 46, and I've replaced the grade in JPAMS. She was so proud of herself.""",
  "labels": {"topics": ["read_aloud", "extended_time"], "fulfills": ["C12"]}},
]},
# ---------------------------------------------------------------- T7 audiobook certification
{"id": "T7", "messages": [
 {"id": "T7.1", "from": "GM", "to": ["ARC"], "date": "2026-01-21 07:15",
  "subject": "Audiobooks for Celeste", "arrival": "bcc-self", "sig": "GM_SHORT",
  "body": """Ms. Arceneaux, I signed Celeste up for ListenWell so she can get her library books and her textbooks as audiobooks on her tablet. They need a teacher to certify her print disability before it turns on. Can you or Mrs. Landry fill it out? The link is https://listenwell-library.org/certify?ref=LW-88213""",
  "labels": {"topics": ["assistive_technology"],
   "requests": [{"id": "R10", "quote": "Can you or Mrs. Landry fill it out?"}]}},
 {"id": "T7.2", "from": "ARC", "to": ["GM"], "cc": ["TRAIL"], "date": "2026-01-21 13:40", "reply_to": "T7.1",
  "arrival": "direct", "sig": "ARC",
  "body": """Yes! Since it is her vision, Mrs. Landry is the right person to certify it. She happened to be in the building this morning for another student, so I caught her in the hallway and she filled it out on her phone before she left.""",
  "labels": {"topics": ["assistive_technology"], "answers": ["R10"]}},
]},
{"id": "T8", "messages": [
 {"id": "T8.1", "from": "LW", "to": ["GM"], "date": "2026-01-20 09:02",
  "subject": "Your ListenWell application: action needed", "arrival": "gmail-forward", "fwd_by": "GM", "fwd_at": "2026-01-20 19:40", "fwd_note": "need the school to sign this", "sig": None,
  "body": """Dear Evangeline Thibodeaux,

Thank you for applying for a ListenWell student membership for Celeste Thibodeaux.

Before we can activate the membership, a qualifying professional must certify the student's print disability. Qualifying professionals include a teacher of students with visual impairments, a special education teacher, a school psychologist, or a physician. Please share this link with your student's teacher: https://listenwell-library.org/certify?ref=LW-88213

Applications without a certification are closed after 30 days.

The ListenWell Member Services Team
ListenWell Accessible Library | listenwell-library.org
You are receiving this message because an application was submitted with this address.""",
  "labels": {"topics": ["assistive_technology"]}},
]},
{"id": "T9", "messages": [
 {"id": "T9.1", "from": "LW", "to": ["GM"], "date": "2026-01-22 11:30",
  "subject": "Welcome to ListenWell - Celeste's membership is active", "arrival": "apple-forward", "fwd_by": "GM", "fwd_at": "2026-01-22 15:05", "fwd_note": "it worked!", "sig": None,
  "body": """Good news!

We received a print disability certification for Celeste Thibodeaux from Patrice Landry, TVI, and Celeste's student membership is now active.

Celeste can download human-narrated and text-to-speech audiobooks with the ListenWell app on an iPad, Android tablet, Chromebook or computer. Textbooks that are not yet in our collection can be requested from the Textbook Request page.

Happy listening,
The ListenWell Member Services Team
ListenWell Accessible Library | listenwell-library.org""",
  "labels": {"topics": ["assistive_technology"]}},
]},
# ---------------------------------------------------------------- T10 seating (aunt)
{"id": "T10", "messages": [
 {"id": "T10.1", "from": "AUNT", "to": ["BROU"], "cc": ["GM", "TRAIL"], "date": "2026-01-28 07:20",
  "subject": "CeCe seat", "arrival": "direct", "sig": "AUNT_PHONE",
  "body": """Good morning Ms Broussard, this is Yvette Mouton, Celeste's aunt, I pick her up Tues and Thurs. CeCe told me yesterday yall changed the desks around and now she is at the back table by the windows. With her eyes she can't see the board from back there and the glare off those windows is the worst thing for her, her IEP says up front by the board away from windows. Can you check on this today please? Thank you!!""",
  "labels": {"topics": ["preferential_seating"],
   "requests": [{"id": "R11", "quote": "Can you check on this today please?"}],
   "missed": [("preferential_seating", "2026-01-27", N)]}},
 {"id": "T10.2", "from": "BROU", "to": ["AUNT"], "cc": ["GM"], "date": "2026-01-28 11:45", "reply_to": "T10.1",
  "arrival": "outlook-forward", "fwd_by": "AUNT", "fwd_at": "2026-01-28 12:30", "fwd_note": "fixed", "sig": "BROU",
  "body": """Hi Ms. Mouton,

Thank you for letting me know! You're right. When I rearranged the room for our new literacy centers I moved her whole table group and didn't think about the windows, and that is my mistake.

As of this morning she's in the front row, second desk from the left, about four feet from the board with her back to the windows, and I closed the blinds on that side. There's a sticky note on my desk now so it doesn't happen again when we rotate in March.""",
  "labels": {"topics": ["preferential_seating"], "answers": ["R11"]}},
]},
# ---------------------------------------------------------------- T11 advocate list
{"id": "T11", "messages": [
 {"id": "T11.1", "from": "ADV", "to": ["GM"], "cc": ["AUNT", "TRAIL"], "date": "2026-02-24 21:10",
  "subject": "Celeste - our list for the IEP", "arrival": "direct", "sig": "ADV",
  "body": """Hi Evangeline,

It was good to talk with you and Yvette on Saturday. Here is what I pulled together from the emails you forwarded me, so we have it in one place before the IEP meeting on March 12:

- Vision: no TVI since Mrs. Landry was moved on 2/9. I'll handle this one in a letter (see below).
- CCTV broken for more than a week in early February, and no loaner magnifier on 2/9 even though the principal promised one.
- Enlarged materials missing on several days in January, math included.
- Reading intervention: no group on 1/30 because of an assembly.
- Seating moved to the back table for a couple of days in late January.

I will send a written request for compensatory services to Dr. Batiste by Friday and copy you both.

Could you send me a copy of her current IEP and the last progress report? Scans or phone pictures are fine.""",
  "labels": {"topics": ["specialized_instruction", "assistive_technology", "large_print", "reading_intervention", "preferential_seating", "compensatory_services", "iep_meeting", "progress_report"],
   "commitments": [{"id": "C15", "by": "ADV", "what": "send Dr. Batiste a written request for compensatory services", "quote": "I will send a written request for compensatory services to Dr. Batiste by Friday and copy you both.", "due": "2026-02-27"}],
   "requests": [{"id": "R12", "quote": "Could you send me a copy of her current IEP and the last progress report?"}],
   "missed": [("assistive_technology", "2026-02-09", N), ("reading_intervention", "2026-01-30", N)]}},
 {"id": "T11.2", "from": "GM", "to": ["ADV"], "date": "2026-02-25 08:00", "reply_to": "T11.1",
  "arrival": "bcc-self", "sig": "GM_SHORT",
  "attachments": [{"name": "Celeste_IEP_pages.pdf", "text": "Sabine Bend Parish IEP (excerpt). Student: Celeste Thibodeaux, Gr. 3. Services: vision services by certified TVI 60 min/week; orientation & mobility 2 x 45 min/month; reading intervention (structured literacy) 45 min, 4x/week. Accommodations: enlarged print 18 pt or 129% on 11x17; CCTV video magnifier and tablet with zoom; audiobooks; preferential seating front row near the board, away from windows; extended time 1.5x; tests read aloud except decoding; copy of board notes."},
                  {"name": "Progress_Report_Dec2025.pdf", "text": "IEP progress report, 2nd nine weeks. Reading fluency goal: 41 wcpm on 18-24 pt passages (goal 70). Braille readiness: tactile discrimination 6/10. O&M: independent on familiar school routes. Assistive technology: uses CCTV independently to copy from board."}],
  "body": """Claudette, here are the IEP pages and the December progress report. I took pictures with my phone at the kitchen table so some pages are a little crooked. Thank you for doing this, I didn't know where to start.""",
  "labels": {"topics": ["progress_report"], "answers": ["R12"],
   "attachment_topics": ["specialized_instruction", "reading_intervention", "large_print", "assistive_technology", "preferential_seating", "extended_time", "read_aloud", "class_notes", "progress_report"]}},
]},
# ---------------------------------------------------------------- T12 advocate letter
{"id": "T12", "messages": [
 {"id": "T12.1", "from": "ADV", "to": ["BAT"], "cc": ["GM", "ARC", "TRAIL"], "date": "2026-02-26 16:30",
  "subject": "Request for compensatory vision services - Celeste Thibodeaux, Bayou Chene ES", "arrival": "direct", "sig": "ADV",
  "body": """Dr. Batiste,

I am writing on behalf of Mrs. Evangeline Thibodeaux, guardian of Celeste Thibodeaux (grade 3, Bayou Chene Elementary), who has authorized me to communicate with the district about Celeste's education. Her signed release is on file with Ms. Arceneaux.

Celeste's IEP requires 60 minutes per week of direct instruction from a Teacher of Students with Visual Impairments. Since Mrs. Landry's reassignment, no TVI services were delivered on February 12, February 19, or today, February 26. That is 180 minutes of specially designed instruction, including her braille readiness work, that Celeste has not received, and the interim plan does not restart services until the week of March 2.

We ask that the district provide compensatory TVI services for every missed session, in addition to her regular weekly minutes, delivered by a certified TVI.

Please confirm in writing before the March 12 IEP meeting how and when the district will make up these minutes.

Sincerely,""",
  "labels": {"topics": ["specialized_instruction", "compensatory_services", "iep_meeting"], "fulfills": ["C15"],
   "requests": [{"id": "R13", "quote": "Please confirm in writing before the March 12 IEP meeting how and when the district will make up these minutes."}],
   "missed": [("specialized_instruction", "2026-02-12", 60), ("specialized_instruction", "2026-02-19", 60), ("specialized_instruction", "2026-02-26", 60)]}},
]},
# ---------------------------------------------------------------- T13 annual IEP
{"id": "T13", "messages": [
 {"id": "T13.1", "from": "ARC", "to": ["GM"], "cc": ["TRAIL"], "date": "2026-02-19 14:05",
  "subject": "Celeste - annual IEP meeting", "arrival": "direct", "sig": "ARC",
  "body": """Hi Mrs. Thibodeaux,

Celeste's annual IEP review is due by March 20. I'd like to hold the meeting on Thursday, March 12 at 2:45 in the conference room by the front office. Does March 12 at 2:45 work for you?

I'll send a draft of the new goals and her accommodations page home a week before the meeting so you have time to read it.""",
  "labels": {"topics": ["iep_meeting"],
   "commitments": [{"id": "C16", "by": "ARC", "what": "send the draft IEP goals and accommodations page a week before the meeting", "quote": "I'll send a draft of the new goals and her accommodations page home a week before the meeting so you have time to read it.", "due": "2026-03-05"}],
   "requests": [{"id": "R14", "by": "ARC", "quote": "Does March 12 at 2:45 work for you?"}]}},
 {"id": "T13.2", "from": "GM", "to": ["ARC"], "date": "2026-02-19 20:30", "reply_to": "T13.1",
  "arrival": "bcc-self", "sig": "GM",
  "body": """Yes, March 12 at 2:45 is fine. My daughter Yvette Mouton will come with me, and our advocate Claudette Richard from the Acadiana Family Advocacy Network.""",
  "labels": {"topics": ["iep_meeting"], "answers": ["R14"]}},
 {"id": "T13.3", "from": "ARC", "to": ["GM"], "date": "2026-03-09 16:10", "reply_to": "T13.2",
  "arrival": "gmail-forward", "fwd_by": "GM", "fwd_at": "2026-03-09 20:05", "fwd_note": "draft IEP. a week before she said", "sig": "ARC",
  "attachments": [{"name": "Thibodeaux_C_DRAFT_IEP_2026-27.pdf", "text": "DRAFT - for discussion at IEP meeting 3/12/2026. Goals: (1) reading fluency 70 wcpm on 24 pt grade-level passages; (2) braille readiness: identify cells and dots 1-6 with 90% accuracy; (3) O&M: cross a signaled intersection independently; (4) assistive technology: use CCTV and iPad zoom/Speak Screen independently. Services: TVI 60 min/week; O&M 2x/month; reading intervention 45 min 4x/week. Accommodations: large print 18 pt; extended time 1.5x; tests read aloud except decoding; preferential seating; copies of board notes; audiobooks."}],
  "body": """Mrs. Thibodeaux,

Attached is the draft IEP with the proposed goals and the accommodations page. I'm sorry this is reaching you later than I said; I wanted Ms. Dupuis to look over the vision goals before it went out.

Please mark anything you want to talk about and bring it Thursday.""",
  "labels": {"topics": ["iep_meeting"], "fulfills": ["C16"],
   "attachment_topics": ["reading_intervention", "specialized_instruction", "assistive_technology", "large_print", "extended_time", "read_aloud", "preferential_seating", "class_notes"]}},
 {"id": "T13.4", "from": "ARC", "to": ["GM"], "cc": ["AUNT", "ADV", "BAT", "COM", "BROU", "HEB", "DUP", "FON", "TRAIL"], "date": "2026-03-13 11:30",
  "reply_to": "T13.3", "quote": False, "subject": "IEP meeting summary - Celeste Thibodeaux (3/12/26)", "arrival": "direct", "sig": "ARC",
  "body": """Good morning everyone,

Thank you all for coming yesterday. Here is my summary of what the team agreed on; the finalized IEP and the Prior Written Notice will follow.

1. Vision services: 60 minutes per week with Ms. Dupuis continues, Tuesdays 9:00-10:00. Braille readiness stays on the IEP as a goal.
2. Compensatory services: for the four TVI sessions not provided in February and early March, Ms. Dupuis will provide 240 minutes of compensatory TVI instruction, as an extra 30 minutes after her regular Tuesday session for 8 weeks, starting March 17.
3. Orientation & mobility: 2 lessons per month with Mr. Guidry, no change.
4. Reading intervention: 45 minutes, 4 days a week, now in the 1:15 block. The school's position is that the afternoon schedule change addresses the assembly cancellations and no separate make-up sessions were added. Mrs. Thibodeaux disagreed.
5. Accommodations: enlarged materials (18 pt or 129% on 11x17), CCTV and iPad with Zoom, ListenWell audiobooks, front-row seat away from the windows, time and a half, tests read aloud except for decoding, copies of board notes.
6. Mr. Hebert will enlarge all of Celeste's math materials himself instead of sending them to the workroom.

I will send the finalized IEP and Prior Written Notice by March 27.""",
  "labels": {"topics": ["iep_meeting", "compensatory_services", "specialized_instruction", "reading_intervention", "large_print", "assistive_technology", "preferential_seating", "extended_time", "read_aloud", "class_notes"],
   "fulfills": ["C8"], "answers": ["R8", "R13"],
   "commitments": [
     {"id": "C17", "by": "DUP", "what": "provide 240 compensatory TVI minutes, 30 extra minutes each Tuesday for 8 weeks", "quote": "Ms. Dupuis will provide 240 minutes of compensatory TVI instruction, as an extra 30 minutes after her regular Tuesday session for 8 weeks, starting March 17.", "due": "2026-03-17"},
     {"id": "C18", "by": "HEB", "what": "enlarge all of Celeste's math materials himself", "quote": "Mr. Hebert will enlarge all of Celeste's math materials himself instead of sending them to the workroom.", "due": None},
     {"id": "C19", "by": "ARC", "what": "send the finalized IEP and Prior Written Notice", "quote": "I will send the finalized IEP and Prior Written Notice by March 27.", "due": "2026-03-27"}]}},
 {"id": "T13.5", "from": "ADV", "to": ["ARC"], "cc": ["GM", "AUNT", "BAT", "TRAIL"], "date": "2026-03-16 09:25", "reply_to": "T13.4",
  "arrival": "direct", "sig": "ADV",
  "body": """Kendra, thank you for the quick summary. Two things for the record before the Prior Written Notice goes out:

1. The summary leaves out that Celeste's ELA unit test on 3/3 was not read aloud to her, even though we discussed it and Ms. Broussard retested her. Please include it.
2. Mrs. Thibodeaux does not agree that no make-up is owed for the reading intervention sessions lost to assemblies. Please record her disagreement and the district's reasons in the PWN.

Can you confirm both will be in the PWN?""",
  "labels": {"topics": ["read_aloud", "reading_intervention", "compensatory_services", "iep_meeting"],
   "requests": [{"id": "R15", "quote": "Can you confirm both will be in the PWN?"}],
   "missed": [("read_aloud", "2026-03-03", N)]}},
 {"id": "T13.6", "from": "ARC", "to": ["ADV"], "cc": ["GM", "AUNT", "BAT", "TRAIL"], "date": "2026-03-23 13:05", "reply_to": "T13.5",
  "arrival": "direct", "sig": "ARC",
  "body": """Ms. Richard,

Yes. I'll add the 3/3 test and Mrs. Thibodeaux's disagreement about the reading make-up time to the Prior Written Notice before it goes out. Sorry for the slow reply, I was out Thursday and Friday.""",
  "labels": {"topics": ["iep_meeting", "read_aloud", "reading_intervention"], "answers": ["R15"],
   "commitments": [{"id": "C20", "by": "ARC", "what": "add the 3/3 test and the guardian's disagreement to the Prior Written Notice", "quote": "I'll add the 3/3 test and Mrs. Thibodeaux's disagreement about the reading make-up time to the Prior Written Notice before it goes out.", "due": None}]}},
]},
# ---------------------------------------------------------------- T14 math pages again (aunt)
{"id": "T14", "messages": [
 {"id": "T14.1", "from": "AUNT", "to": ["HEB"], "cc": ["GM", "TRAIL"], "date": "2026-03-18 19:45",
  "subject": "CeCe math homework - not enlarged", "arrival": "direct", "sig": "AUNT",
  "body": """Mr Hebert, CeCe brought her math homework home yesterday and today in regular small print again. She was in tears at my kitchen table trying to read the fractions. I thought at the IEP meeting it was decided you would be doing her math pages yourself now, that's what it says in the summary too.""",
  "labels": {"topics": ["large_print"],
   "missed": [("large_print", "2026-03-17", N), ("large_print", "2026-03-18", N)]}},
 {"id": "T14.2", "from": "HEB", "to": ["AUNT"], "cc": ["GM"], "date": "2026-03-19 07:10", "reply_to": "T14.1",
  "arrival": "outlook-forward", "fwd_by": "AUNT", "fwd_at": "2026-03-19 07:45", "fwd_note": "", "sig": "HEB",
  "body": """Ms. Mouton,

The workroom copier was down and I sent her pages home anyway instead of walking them to the library copier. That's on me. Today's and tomorrow's are already enlarged and in her folder.

W. Hebert""",
  "labels": {"topics": ["large_print"]}},
 {"id": "T14.3", "from": "AUNT", "to": ["HEB"], "cc": ["GM", "TRAIL"], "date": "2026-03-23 16:40", "reply_to": "T14.2",
  "arrival": "direct", "sig": "AUNT_PHONE",
  "body": """Thank you Mr Hebert. Her math pages have come home big every day since Thursday, including today, and she did her homework by herself tonight. Appreciate you""",
  "labels": {"topics": ["large_print"], "fulfills": ["C18"]}},
]},
# ---------------------------------------------------------------- T15 new TVI
{"id": "T15", "messages": [
 {"id": "T15.1", "from": "DUP", "to": ["GM"], "cc": ["ARC"], "date": "2026-03-06 13:20",
  "subject": "Introduction - Celeste's new vision teacher", "arrival": "apple-forward", "fwd_by": "GM", "fwd_at": "2026-03-06 17:10", "fwd_note": "new vision teacher", "sig": "DUP",
  "body": """Dear Mrs. Thibodeaux,

My name is Rachel Dupuis, and I am Celeste's new Teacher of Students with Visual Impairments. I started with the district this week and Dr. Batiste asked me to reach out to you.

Mrs. Landry sent me her notes and Celeste's braille readiness checklist, so I know exactly where she left off with the Swing Cell and tactile discrimination. That is a big help.

I am assigned to Bayou Chene on Tuesday mornings from 9:00 to 10:00. I know she has gone several weeks without vision services, and I'm sorry for that.""",
  "labels": {"topics": ["specialized_instruction"], "fulfills": ["C6"]}},
 {"id": "T15.2", "from": "DUP", "to": ["GM"], "cc": ["TRAIL"], "date": "2026-03-10 15:30", "reply_to": "T15.1",
  "arrival": "direct", "sig": "DUP",
  "body": """Hi Mrs. Thibodeaux,

Celeste and I had our first session this morning. She showed me how she sets up the CCTV, and we did 20 minutes of braille readiness (she found every full cell and all of the dot 1s on the Swing Cell page). She also taught me her nickname for the monocular, which I won't repeat in an email!""",
  "labels": {"topics": ["specialized_instruction", "assistive_technology"], "fulfills": ["C7"]}},
 {"id": "T15.3", "from": "DUP", "to": ["GM"], "cc": ["ARC"], "date": "2026-03-17 16:05", "reply_to": "T15.2",
  "arrival": "gmail-forward", "fwd_by": "GM", "fwd_at": "2026-03-17 20:10", "fwd_note": "comp time started", "sig": "DUP",
  "body": """Hi Mrs. Thibodeaux,

Today was Celeste's first compensatory session: our regular hour plus the extra 30 minutes. We used the extra time on iPad skills, pinch to zoom, the Magnifier app, and inverted colors so the white backgrounds don't wash out for her.

That leaves 7 more weeks of comp time. I'm logging every comp session with the date and the minutes.""",
  "labels": {"topics": ["specialized_instruction", "compensatory_services", "assistive_technology"], "fulfills": ["C17"]}},
]},
# ---------------------------------------------------------------- T16 ListenWell at school
{"id": "T16", "messages": [
 {"id": "T16.1", "from": "GM", "to": ["BROU"], "cc": ["ARC", "DUP"], "date": "2026-03-20 19:30",
  "subject": "ListenWell on the school iPad?", "arrival": "bcc-self", "sig": "GM",
  "body": """Ms. Broussard,

Celeste has been listening to her ListenWell books every night on her tablet at home and following along in the big print copy. She wants to do the same thing during independent reading time at school.

Can the ListenWell app be put on her school iPad, or does that have to go through the district?""",
  "labels": {"topics": ["assistive_technology"],
   "requests": [{"id": "R16", "quote": "Can the ListenWell app be put on her school iPad, or does that have to go through the district?"}]}},
]},
# ---------------------------------------------------------------- T17 newsletter
{"id": "T17", "messages": [
 {"id": "T17.1", "from": "NEWS", "to": ["GMY"], "date": "2026-02-06 10:00", "html": True,
  "subject": "Bayou Chene Bulletin - February 2026", "arrival": "yahoo-forward", "fwd_by": "GMY", "fwd_at": "2026-02-06 18:25", "fwd_note": "newsletter. career day is the 25th", "sig": None,
  "body": """BAYOU CHENE BULLETIN - February 2026
Bayou Chene Elementary School | Home of the Herons

Happy February, Heron families!

DATES TO REMEMBER
- Mon 2/2 - Fri 2/27: Black History Month programs in the gym (see your child's class schedule)
- Mon 2/16 - Wed 2/18: Mardi Gras holiday, no school
- Fri 2/20: Spring picture day (order forms went home in folders)
- Wed 2/25: Career Day assembly, 9:00 AM in the gym
- Thu 2/26: Family Read-Aloud Night in the library, 5:30-7:00 PM. Bring a blanket and your favorite book!

BOOK FAIR
The Scholastic Book Fair is open Feb 23-27 before and after school. Large print and audiobook editions can be special ordered at the register.

FROM THE NURSE
Please send a note if your child will be absent, and keep students home for 24 hours after a fever.

PARADE SAFETY
Have a safe and happy Mardi Gras! Laissez les bons temps rouler.

You are receiving this message because you are a contact for a Bayou Chene Elementary student. Manage notifications in the K12Notify app.""",
  "labels": {"topics": []}},
]},
# ---------------------------------------------------------------- T18 bus
{"id": "T18", "messages": [
 {"id": "T18.1", "from": "ROM", "to": ["GMY"], "date": "2026-01-13 10:15",
  "subject": "Bus 47 stop change - Celeste Thibodeaux", "arrival": "yahoo-forward", "fwd_by": "GMY", "fwd_at": "2026-01-13 17:50", "fwd_note": "bus office still writes to my old yahoo", "sig": "ROM",
  "body": """Mrs. Thibodeaux,

This is to confirm that as of this morning Bus 47 is picking Celeste up at your driveway on Bayou Rd. instead of the corner of Hwy 182, as the IEP team requested. The driver, Mr. Landreneau, has assigned her the front seat behind him so she can see the door and the steps.

Afternoon drop-off is also at the driveway.""",
  "labels": {"topics": ["transportation"]}},
 {"id": "T18.2", "from": "GM", "to": ["ROM"], "date": "2026-01-13 19:05", "reply_to": "T18.1",
  "arrival": "bcc-self", "sig": "GM",
  "body": """Thank you Mr. Romero, it's a big relief not to have her standing on the highway in the dark. She said Mr. Landreneau waited for her to get all the way to the porch this afternoon.

Please use this gmail address from now on. I hardly ever check the Yahoo one.""",
  "labels": {"topics": ["transportation"]}},
]},
]

QUERIES = [
    ("large print", "large_print"),
    ("enlarged worksheets", "large_print"),
    ("video magnifier", "assistive_technology"),
    ("vision teacher", "specialized_instruction"),
    ("reading intervention", "reading_intervention"),
    ("read aloud", "read_aloud"),
    ("extra time", "extended_time"),
    ("seating", "preferential_seating"),
    ("compensatory services", "compensatory_services"),
    ("IEP meeting", "iep_meeting"),
]
