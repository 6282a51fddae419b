# -*- coding: utf-8 -*-
"""The Ocampo family's school correspondence, fall 2026 (fictional). Rendered by build.py.

Message fields: id, frm (person key), to/cc (person keys), date (local, "YYYY-MM-DD HH:MM"),
arrival, fwd (local time of the forward), fwd_by (person key, default mom), note (typed above a
forward), reply (id answered), quote (default True), subject (override), body, sig (override),
atts [{name, type, text}], auto_reply, newsletter, about (False: not about the student).
Gold labels: topics, att_topics, commits [(key, by, what, quote, due)], fulfills [keys],
reqs [(key, by, quote)], answers [keys], missed [(topic, date, minutes)].
"""

CORPUS = "ocampo"
AS_OF = "2026-12-04"
TIMEZONE = "America/Denver"
USER = {"name": "Marisol Ocampo", "email": "marisol.ocampo@gmail.com", "role": "parent"}
TRAIL = "ocampo.papertrail@fastmail.com"
STUDENTS = ["Julian Ocampo"]

VOCAB = """extended_time preferential_seating breaks read_aloud assistive_technology reduced_assignments
separate_setting class_notes graphic_organizers visual_schedule calculator sensory_tools scribe large_print check_in
speech_language_therapy occupational_therapy physical_therapy counseling specialized_instruction reading_intervention
paraprofessional transportation extended_school_year behavior_support iep_meeting evaluation progress_report
compensatory_services""".split()

D = "cottonwood27j.org"
PEOPLE = {  # key: (name, email, role, client)
    "mom": ("Marisol Ocampo", "marisol.ocampo@gmail.com", "parent", "gmail"),
    "dani": ("Daniela Ocampo", "dani.ocampo.r@gmail.com", "other", "iphone"),
    "cm": ("Margaret Lindqvist", f"mlindqvist@{D}", "school", "exchange"),
    "sw": ("Anjali Mehra", f"amehra@{D}", "school", "exchange"),
    "slp": ("Corinne Abernathy", f"cabernathy@{D}", "school", "exchange"),
    "rdg": ("Trevor Lindahl", f"tlindahl@{D}", "school", "exchange"),
    "hist": ("Gordon Ashby", f"gashby@{D}", "school", "exchange"),
    "eng": ("Holly Brandt", f"hbrandt@{D}", "school", "exchange"),
    "coach": ("Rick Stavros", f"rstavros@{D}", "school", "iphone"),
    "para": ("Rosalinda Trujillo", f"rtrujillo@{D}", "school", "exchange"),
    "interp": ("Esteban Morales", f"emorales@{D}", "school", "exchange"),
    "ap": ("Kendra Bellamy", f"kbellamy@{D}", "school", "exchange"),
    "comp": ("Howard Feeney", f"hfeeney@{D}", "school", "exchange"),
    "trans": ("Faith Nakamura", f"fnakamura@{D}", "school", "exchange"),
    "ortega": ("Luis Ortega", f"lortega@{D}", "school", "exchange"),
    "hollis": ("Janelle Hollis", f"jhollis@{D}", "school", "exchange"),
    "news": ("Sandstone Ridge High School", f"news@{D}", "school", "bulk"),
    "trail": ("Ocampo Paper Trail", TRAIL, "other", "gmail"),
}

CONF = ("CONFIDENTIALITY: This message and any attachments may contain student information protected under "
        "FERPA and Colorado law. If you received it in error, please notify the sender and delete it. "
        "Cottonwood Valley School District 27J is an equal opportunity employer.")
SIGS = {
    "mom": "Marisol Ocampo\n(720) 555-0148",
    "dani": "Sent from my iPhone",
    "cm": ("Margaret Lindqvist, M.A.\nSpecial Education Teacher / Case Manager (Grade 10, A-L)\n"
           "Sandstone Ridge High School | Cottonwood Valley School District 27J\n303-555-0162 ext. 4410\n\n" + CONF),
    "sw": "Anjali Mehra, LCSW\nSchool Social Worker | Sandstone Ridge HS\nPronouns: she/her\n\n" + CONF,
    "slp": "Corinne Abernathy, M.S., CCC-SLP\nSpeech-Language Pathologist\nSandstone Ridge HS / Prairie Hawk MS\n\n" + CONF,
    "rdg": "Mr. Lindahl\nReading Intervention (Wilson Certified) | Rm 118\n\n" + CONF,
    "hist": "Gordon Ashby\nSocial Studies | World History, AP Euro\n\"History is a conversation.\"",
    "eng": "Holly Brandt\nEnglish 10 / English 10 Honors\nSandstone Ridge High School\n\n" + CONF,
    "coach": "Sent from my iPhone",
    "para": "Roz Trujillo\nParaeducator, Learning Center\nSandstone Ridge High School",
    "interp": ("Esteban Morales\nIntérprete y Traductor del Distrito / District Interpreter & Translator\n"
               "Language Access Services, CVSD 27J\n\n" + CONF),
    "ap": "Dr. Kendra Bellamy\nAssistant Principal, Grades 9-10\nSandstone Ridge High School\n303-555-0160\n\n" + CONF,
    "comp": ("Howard Feeney\nCoordinator, Special Education Compliance & Dispute Resolution\n"
             "Student Support Services | Cottonwood Valley School District 27J\n\n" + CONF),
    "trans": ("Faith Nakamura\nTransition Specialist, Ages 14-21\nStudent Support Services, CVSD 27J\n"
              "\"Planning for life after high school starts now.\"\n\n" + CONF),
    "news": "",
}

QUERIES = [
    ("extended time", "extended_time"),
    ("extra time", "extended_time"),
    ("copies of notes", "class_notes"),
    ("headphones", "sensory_tools"),
    ("breaks", "breaks"),
    ("separate setting", "separate_setting"),
    ("text to speech", "assistive_technology"),
    ("chunked assignments", "reduced_assignments"),
    ("check-in check-out", "check_in"),
    ("counseling", "counseling"),
    ("social worker", "counseling"),
    ("speech therapy", "speech_language_therapy"),
    ("Wilson reading", "reading_intervention"),
    ("behavior plan", "behavior_support"),
    ("IEP meeting", "iep_meeting"),
    ("vocational assessment", "evaluation"),
    ("progress report", "progress_report"),
    ("compensatory services", "compensatory_services"),
    ("make-up sessions", "compensatory_services"),
]

THREADS = []

# ---------------------------------------------------------------- T1 start of year
THREADS.append({"id": "T1", "subject": "Julian Ocampo - start of 10th grade", "messages": [
    {"id": "T1.1", "frm": "mom", "to": ["cm"], "date": "2026-09-08 20:14", "arrival": "bcc-self",
     "body": """Hello Ms. Lindqvist,

My name is Marisol Ocampo, I am Julian's mom (10th grade). I hope your first weeks are going well. Julian says you are his Academic Lab teacher this year so I think you are his case manager too?

Two things. Can you send me his class schedule with the periods when he has Wilson and counseling? Last year nobody told us when things changed and he missed things without me knowing. Also, does each of his teachers have the accommodations page this year? He has new teachers for everything.

I put his noise-cancelling headphones in his backpack again, the black ones. He is very anxious in the hallways and the cafeteria, so please let them know he is allowed.

Also for your records, please copy ocampo.papertrail@fastmail.com when you write to me, it is how I keep everything organized.

Thank you,""",
     "topics": ["reading_intervention", "counseling", "sensory_tools"],
     "reqs": [("r_sched", "mom", "Can you send me his class schedule with the periods when he has Wilson and counseling?"),
              ("r_acc_page", "mom", "does each of his teachers have the accommodations page this year?")]},
    {"id": "T1.2", "frm": "cm", "to": ["mom"], "cc": ["rdg", "sw", "trail"], "date": "2026-09-09 15:41", "arrival": "direct",
     "reply": "T1.1",
     "body": """Dear Ms. Ocampo,

Thank you for reaching out, and welcome to Sandstone Ridge's 10th grade team. Yes, I am Julian's case manager this year as well as his Academic Lab teacher (5th period), so I will be your primary point of contact for anything related to his IEP. I have added the paper trail address to my contacts as you asked.

His schedule is below. Mr. Lindahl (cc'd) provides his structured literacy intervention (Wilson Reading System) in Room 118 during the first 45 minutes of Academic Lab, Monday through Thursday. Ms. Mehra (cc'd), our school social worker, sees him for counseling on Tuesdays during 7th period, 30 minutes, and runs the Thursday lunch social skills group together with Ms. Abernathy, our speech-language pathologist, who also sees him individually on Wednesdays for pragmatic language.

  1st  English 10 - Brandt - Rm 204
  2nd  World History - Ashby - Rm 231
  3rd  Geometry - Villarreal - Rm 310
  4th  PE / Wellness - Stavros - Gym B
  5th  Academic Lab - Lindqvist - Rm 116 (Wilson with Mr. Lindahl M-Th)
  6th  Biology - Okerlund - Rm 402
  7th  Study Hall - Learning Center (Ms. Trujillo, paraeducator); counseling Tuesdays

Regarding the accommodations page: the teachers received the IEP at a glance in August, but since several of Julian's teachers are new to our building this year I would like to be sure it has been read. I will email each of his teachers the accommodations snapshot again this Friday and copy you. Mr. Lindahl will begin Wilson sessions with Julian on Monday, September 14, after he finishes the placement testing this week.

His headphones are listed in the IEP under sensory supports and he may use them in the hallways, the cafeteria, and during independent work. Please let me know if anyone tells him otherwise.

Warm regards,""",
     "topics": ["reading_intervention", "counseling", "speech_language_therapy", "sensory_tools"],
     "answers": ["r_sched", "r_acc_page"],
     "commits": [("c_snapshot", "cm", "email the accommodations snapshot to every teacher, copying the parent",
                  "I will email each of his teachers the accommodations snapshot again this Friday and copy you.", "2026-09-11"),
                 ("c_wilson_start", "rdg", "begin Wilson sessions with Julian",
                  "Mr. Lindahl will begin Wilson sessions with Julian on Monday, September 14", "2026-09-14")]},
]})

# ---------------------------------------------------------------- T2 accommodations snapshot
THREADS.append({"id": "T2", "subject": "Accommodations snapshot - Julian Ocampo (Gr. 10)", "messages": [
    {"id": "T2.1", "frm": "cm", "to": ["eng", "hist", "coach", "para"], "cc": ["mom"], "date": "2026-09-11 13:05",
     "arrival": "outlook-forward", "fwd": "2026-09-11 21:32", "note": "para el archivo - the list she sent to all the teachers",
     "body": """Good afternoon,

You are receiving this because Julian Ocampo is in one of your classes this semester. Attached is his one-page accommodations snapshot; the full IEP is in Infinite Campus under Documents. I am copying his mother, Ms. Ocampo.

Please pay particular attention to three items that were missed last year:

- Time and a half on all tests and quizzes, including in-class timed writes.
- A printed copy of the teacher's notes or slides at the start of class. Julian should not be expected to print them himself.
- Noise-cancelling headphones are permitted during independent work, in passing periods and at lunch.

If anything on the snapshot is unclear or does not work in your class, please talk to me before changing it rather than after. Thank you all for your help.

Margaret""",
     "topics": ["extended_time", "class_notes", "sensory_tools"],
     "att_topics": ["extended_time", "breaks", "preferential_seating", "reduced_assignments", "separate_setting",
                    "sensory_tools", "check_in", "class_notes", "assistive_technology", "behavior_support"],
     "atts": [{"name": "Ocampo_J_Accommodations_Snapshot_2026-27.pdf", "type": "application/pdf", "text":
               "ACCOMMODATIONS SNAPSHOT - Julian Ocampo, Grade 10. Extended time: 1.5x on tests and quizzes. "
               "Separate setting for tests (Learning Center or testing room) on request. Preferential seating near the "
               "door, away from high-traffic areas. Breaks: break pass, up to 5 minutes, 2 per class. Reduced workload / "
               "chunked long assignments with checkpoints. Copies of teacher notes. Noise-cancelling headphones. "
               "Check-in/check-out with paraeducator daily. Text-to-speech and speech-to-text (Read&Write). "
               "Behavior intervention plan: see BIP dated 4/2026."}],
     "fulfills": ["c_snapshot"]},
]})

# ---------------------------------------------------------------- T3 Wilson reading
THREADS.append({"id": "T3", "subject": "Julian - Wilson Reading this year", "messages": [
    {"id": "T3.1", "frm": "rdg", "to": ["mom"], "cc": ["cm"], "date": "2026-09-16 14:22", "arrival": "gmail-forward",
     "fwd": "2026-09-16 18:05", "note": "Wilson empezó!!",
     "body": """Hi Ms. Ocampo,

Quick note to say Julian and I started Wilson on Monday. He's in a group of three, M-Th the first 45 min of 5th period in Rm 118. He was quiet the first day but today he read a whole passage out loud to me, which was a big deal.

I gave him the WADE placement test last week and he'll be working in Step 4 to start (closed syllables with blends, then welded sounds). I'll send you his WADE placement results by the end of next week once I've scored the spelling part.

Trevor Lindahl""",
     "topics": ["reading_intervention"],
     "fulfills": ["c_wilson_start"],
     "commits": [("c_wade", "rdg", "send the WADE placement results",
                  "I'll send you his WADE placement results by the end of next week once I've scored the spelling part.",
                  "2026-09-25")]},
    {"id": "T3.2", "frm": "mom", "to": ["rdg"], "cc": ["cm"], "date": "2026-09-16 18:20", "arrival": "bcc-self",
     "reply": "T3.1", "es_client": True,
     "body": """Mr. Lindahl, muchas gracias!! He told me the group is small and that helps him a lot.

Una pregunta: ¿las sesiones del martes chocan con su consejería con la Sra. Mehra? Last year they put him in reading during his counseling time and he lost both.""",
     "topics": ["reading_intervention", "counseling"],
     "reqs": [("r_tue_conflict", "mom", "¿las sesiones del martes chocan con su consejería con la Sra. Mehra?")]},
    {"id": "T3.3", "frm": "rdg", "to": ["mom"], "cc": ["cm"], "date": "2026-09-17 07:48", "arrival": "direct",
     "reply": "T3.2", "quote": False,
     "body": """No conflict - Wilson is 5th period and his counseling with Ms. Mehra is 7th. He won't miss one for the other.

TL""",
     "topics": ["reading_intervention", "counseling"],
     "answers": ["r_tue_conflict"]},
]})

THREADS.append({"id": "T4", "subject": "Wilson make-up sessions", "messages": [
    {"id": "T4.1", "frm": "rdg", "to": ["mom"], "cc": ["cm"], "date": "2026-10-30 15:10", "arrival": "gmail-forward",
     "fwd": "2026-10-30 19:47",
     "body": """Hi Ms. Ocampo,

I wanted to let you know that I wasn't able to hold Wilson on Monday 10/26 or Tuesday 10/27 this week. I was pulled to proctor PSAT make-ups both mornings and there was no one to cover my groups. That's 90 minutes Julian missed.

Starting Friday 11/6 I'll add a Friday session for his group until the two are made up, so he should be caught up by 11/13.

He's doing well otherwise - he finished Substep 4.3 and his nonsense-word reading is getting a lot quicker.

Trevor""",
     "topics": ["reading_intervention", "compensatory_services"],
     "missed": [("reading_intervention", "2026-10-26", 45), ("reading_intervention", "2026-10-27", 45)],
     "commits": [("c_wilson_makeup", "rdg", "add Friday Wilson sessions to make up the two missed",
                  "Starting Friday 11/6 I'll add a Friday session for his group until the two are made up, so he should be caught up by 11/13.",
                  "2026-11-13")]},
    {"id": "T4.2", "frm": "mom", "to": ["rdg"], "cc": ["cm"], "date": "2026-10-31 10:02", "arrival": "bcc-self",
     "reply": "T4.1",
     "body": """Thank you for telling me, I appreciate it. Will the Friday sessions be during his lunch? He needs that time to decompress, the mornings are hard for him.

Also I never got the placement test results you said you would send in September. Can you send them please? I want to have them before the IEP meeting.""",
     "topics": ["reading_intervention", "compensatory_services"],
     "reqs": [("r_fri_lunch", "mom", "Will the Friday sessions be during his lunch?"),
              ("r_wade_again", "mom", "Can you send them please?")]},
    {"id": "T4.3", "frm": "rdg", "to": ["mom"], "cc": ["cm"], "date": "2026-11-13 14:36", "arrival": "outlook-forward",
     "fwd": "2026-11-13 20:18", "note": "Wilson make-ups done",
     "reply": "T4.2",
     "body": """Hi Ms. Ocampo - not during lunch, we've been meeting during the Friday Academic Lab block. Both make-up sessions are done (11/6 and today), so he's all caught up on minutes.

Have a good weekend,
Trevor""",
     "topics": ["reading_intervention", "compensatory_services"],
     "answers": ["r_fri_lunch"],
     "fulfills": ["c_wilson_makeup"]},
]})

# ---------------------------------------------------------------- T5 World History
THREADS.append({"id": "T5", "subject": "World History test and notes - Julian", "messages": [
    {"id": "T5.1", "frm": "mom", "to": ["hist"], "cc": ["cm"], "date": "2026-09-24 21:37", "arrival": "bcc-self",
     "body": """Mr. Ashby,

Julian came home very upset on Monday. He says on the Unit 1 test (Monday 9/21) he did not get extra time and had to turn it in when the bell rang with six questions blank. His IEP says time and a half on all tests. He did not want to ask in front of the class, this is part of his anxiety.

He also says he did not get the notes on Tuesday or Wednesday (9/22 and 9/23), only "look at Schoology". He cannot print at home and reading from the screen is very hard for him with his dyslexia.

Can he retake the test with his extended time? I am not trying to make problems, I just want him to have a fair chance.

Marisol Ocampo""",
     "sig": "",
     "topics": ["extended_time", "class_notes"],
     "missed": [("extended_time", "2026-09-21", None), ("class_notes", "2026-09-22", None), ("class_notes", "2026-09-23", None)],
     "reqs": [("r_retake", "mom", "Can he retake the test with his extended time?")]},
    {"id": "T5.2", "frm": "hist", "to": ["mom"], "cc": ["cm"], "date": "2026-09-25 06:52", "arrival": "gmail-forward",
     "fwd": "2026-09-25 07:30", "reply": "T5.1",
     "body": """Ms. Ocampo,

I had Julian down for extra time on quizzes, not unit tests - my mistake if that's wrong. He can finish the test during Academic Lab on Tuesday, I'll walk it down to Ms. Lindqvist.

As for notes, all of my slides are posted on Schoology before class, which is what I do for every student. I can try to get a printed copy to him when I remember, but I have 160 students.

GA""",
     "topics": ["extended_time", "class_notes"],
     "answers": ["r_retake"],
     "missed": [("extended_time", "2026-09-21", None)],
     "commits": [("c_retake1", "hist", "let Julian finish the Unit 1 test in Academic Lab",
                  "He can finish the test during Academic Lab on Tuesday, I'll walk it down to Ms. Lindqvist.", "2026-09-29")]},
    {"id": "T5.3", "frm": "cm", "to": ["hist", "mom"], "date": "2026-09-25 11:18", "arrival": "direct",
     "reply": "T5.2",
     "body": """Good morning Mr. Ashby and Ms. Ocampo,

Thank you both. To clarify for everyone, Julian's IEP provides time and a half on all assessments - tests, quizzes and timed in-class writing - and a printed copy of teacher notes provided at the beginning of the class period. Posting slides online does not meet the accommodation as written, because Julian has a reading disability and limited access to a printer at home.

So that this does not depend on anyone's memory, starting Monday, September 28, I will pick up a printed set of your notes from your mailbox each Monday morning and give them to Julian in Academic Lab. Mr. Ashby, if you could place the week's slides in your mailbox by 7:30 on Mondays, that would be very helpful.

I will also make sure the testing room is available to him on Tuesday for the make-up.

Best regards,""",
     "topics": ["extended_time", "class_notes", "separate_setting"],
     "commits": [("c_notes_monday", "cm", "pick up printed History notes every Monday and give them to Julian",
                  "starting Monday, September 28, I will pick up a printed set of your notes from your mailbox each Monday morning and give them to Julian in Academic Lab.",
                  "2026-09-28"),
                 ("c_testroom", "cm", "make sure the testing room is available for the Tuesday make-up",
                  "I will also make sure the testing room is available to him on Tuesday for the make-up.", "2026-09-29")],
     "reqs": [("r_slides_box", "cm", "Mr. Ashby, if you could place the week's slides in your mailbox by 7:30 on Mondays, that would be very helpful.")]},
    {"id": "T5.4", "frm": "hist", "to": ["cm", "mom"], "date": "2026-10-01 16:03", "arrival": "outlook-forward",
     "fwd": "2026-10-01 21:47", "note": "the retake - 78!",
     "reply": "T5.3", "quote": False,
     "body": """Julian finished the Unit 1 test in the Learning Center Tuesday with the extra time - 78%, up from the 61 he had when he turned it in. Notes packet for this week went in my box Monday and Margaret picked it up.

Gordon""",
     "topics": ["extended_time", "class_notes"],
     "fulfills": ["c_retake1", "c_notes_monday", "c_testroom"],
     "answers": ["r_slides_box"]},
    {"id": "T5.5", "frm": "mom", "to": ["hist"], "cc": ["cm", "ap"], "date": "2026-11-18 20:55", "arrival": "bcc-self",
     "reply": "T5.4", "es_client": True,
     "body": """Mr. Ashby, Ms. Lindqvist, Dr. Bellamy,

Otra vez. On Monday 11/16 Julian took the Unit 4 test in the classroom, not in the testing room like his IEP says, and again he did not get the time and a half. He told me the room was loud because other students were doing a project and he could not think. He left 2 short answers blank.

I already wrote about this same problem in September. Who is responsible for making sure his accommodations are followed in this class?""",
     "sig": "Marisol",
     "topics": ["extended_time", "separate_setting"],
     "missed": [("separate_setting", "2026-11-16", None), ("extended_time", "2026-11-16", None)],
     "reqs": [("r_who_resp", "mom", "Who is responsible for making sure his accommodations are followed in this class?")]},
    {"id": "T5.6", "frm": "ap", "to": ["mom"], "cc": ["hist", "cm"], "date": "2026-11-20 12:40", "arrival": "outlook-forward",
     "fwd": "2026-11-20 17:15", "reply": "T5.5", "note": "",
     "body": """Ms. Ocampo,

Thank you for bringing this to me, and I'm sorry you've had to raise it twice. To answer your question directly: the classroom teacher is responsible for providing accommodations in his or her class, and Ms. Lindqvist, as case manager, is responsible for making sure teachers know what they are and for arranging the testing room. When that doesn't happen, it comes to me.

I'm meeting with Mr. Ashby on Monday (11/23) to go over Julian's accommodations and how tests get to the Learning Center. I'll follow up with you by Wednesday (11/25) with what we agreed on.

Kendra Bellamy""",
     "topics": ["separate_setting"],
     "answers": ["r_who_resp"],
     "commits": [("c_ap_meet", "ap", "meet with Mr. Ashby about Julian's accommodations",
                  "I'm meeting with Mr. Ashby on Monday (11/23) to go over Julian's accommodations and how tests get to the Learning Center.",
                  "2026-11-23"),
                 ("c_ap_followup", "ap", "follow up with the parent on what was agreed",
                  "I'll follow up with you by Wednesday (11/25) with what we agreed on.", "2026-11-25")]},
    {"id": "T5.7", "frm": "hist", "to": ["mom"], "cc": ["cm"], "date": "2026-12-01 15:27", "arrival": "direct",
     "reply": "T5.6", "quote": False,
     "body": """Ms. Ocampo,

After my meeting with Dr. Bellamy last week I've set things up so Julian's tests go to the Learning Center the day before. He will retake the Unit 4 test this Thursday 12/3 in the testing room with time and a half, and the higher score counts.

Gordon Ashby""",
     "topics": ["extended_time", "separate_setting"],
     "fulfills": ["c_ap_meet"],
     "commits": [("c_retake4", "hist", "let Julian retake the Unit 4 test in the testing room with extended time",
                  "He will retake the Unit 4 test this Thursday 12/3 in the testing room with time and a half, and the higher score counts.",
                  "2026-12-03")]},
]})

# ---------------------------------------------------------------- T6 counseling / social worker
THREADS.append({"id": "T6", "subject": "Counseling + social skills group plan for fall", "messages": [
    {"id": "T6.1", "frm": "sw", "to": ["mom"], "date": "2026-09-15 10:12", "arrival": "gmail-forward",
     "fwd": "2026-09-15 12:48", "note": "ojo: grupo los jueves en el lunch",
     "body": """Hi Ms. Ocampo!

I'm Anjali Mehra, the school social worker - I'll be working with Julian again this year. Here's the plan for the fall:

* Individual counseling: Tuesdays, 7th period, 30 min (started 9/8)
* Focus: anxiety coping plan, using his break pass before he gets overwhelmed, self-advocacy with teachers
* Social skills group: Thursdays at lunch with Ms. Abernathy (SLP), 4-5 students, starting 9/24
* Group needs a signed permission slip (it's a district thing for lunch groups)

I'll send you the group's permission slip this week.

Julian mentioned he's nervous about History. We're going to practice how to ask a teacher for his extra time privately.

Thanks!
Anjali""",
     "topics": ["counseling", "breaks", "extended_time"],
     "commits": [("c_slip", "sw", "send the social skills group permission slip",
                  "I'll send you the group's permission slip this week.", "2026-09-18")]},
    {"id": "T6.2", "frm": "sw", "to": ["mom"], "date": "2026-09-17 13:30", "arrival": "outlook-forward",
     "fwd": "2026-09-17 19:02", "reply": "T6.1", "quote": False, "note": "permiso para el grupo",
     "body": """Hi again -

* Permission slip attached (English + Spanish on the back)
* Please return by 9/23 so he can start 9/24
* Scan or photo is fine

Anjali""",
     "topics": ["counseling"],
     "att_topics": ["counseling", "speech_language_therapy"],
     "atts": [{"name": "Lunch_Social_Skills_Group_Permission_2026.pdf", "type": "application/pdf", "text":
               "Sandstone Ridge HS Lunch Social Skills Group. Facilitators: school social worker and speech-language "
               "pathologist. Thursdays during lunch, 30 minutes, weekly counseling-based group focused on conversation "
               "skills, perspective taking and pragmatic language. Permiso para participar en el grupo de habilidades sociales."}],
     "fulfills": ["c_slip"],
     "reqs": [("r_return_slip", "sw", "Please return by 9/23 so he can start 9/24")]},
    {"id": "T6.3", "frm": "mom", "to": ["sw"], "date": "2026-09-18 07:15", "arrival": "bcc-self",
     "reply": "T6.2",
     "body": """Signed and attached. I will also send the paper copy with Julian on Monday.

Thank you Ms. Mehra, he likes working with you.""",
     "topics": ["counseling"],
     "answers": ["r_return_slip"],
     "commits": [("c_paper_slip", "mom", "send the paper permission slip with Julian",
                  "I will also send the paper copy with Julian on Monday.", "2026-09-21")]},
    {"id": "T6.4", "frm": "sw", "to": ["mom"], "cc": ["cm"], "date": "2026-10-15 16:45", "arrival": "gmail-forward",
     "fwd": "2026-10-15 21:10", "reply": "T6.3", "quote": False, "subject": "Leave starting 10/19 - Julian's counseling",
     "body": """Hi Ms. Ocampo,

Wanted you to hear it from me:

* I'll be on a medical leave starting Monday 10/19, probably through winter break
* Mr. Luis Ortega from the district mental health team will cover Julian's Tuesday sessions starting October 20
* The Thursday lunch group keeps going with Ms. Abernathy
* Julian knows - we talked about it today and made a card with his coping steps to keep in his binder

It's been a good fall for him. He used his break pass twice this week on his own before things got bad, which is exactly the goal.

Take care,
Anjali""",
     "topics": ["counseling", "breaks"],
     "commits": [("c_ortega", "ortega", "cover Julian's Tuesday counseling sessions during the leave",
                  "Mr. Luis Ortega from the district mental health team will cover Julian's Tuesday sessions starting October 20",
                  "2026-10-20")]},
    {"id": "T6.5", "frm": "mom", "to": ["sw", "ortega"], "date": "2026-10-27 19:40", "arrival": "bcc-self",
     "reply": "T6.4", "es_client": True,
     "body": """Hola Ms. Mehra and Mr. Ortega,

I hope you are feeling ok Ms. Mehra. Julián says nobody came to get him for counseling today, and also last Tuesday nobody came. He just stayed in study hall. Has he been seeing Mr. Ortega at another time? I don't want him to lose his sessions, right now is a hard time for him with the PSAT and everything.

Gracias,
Marisol""",
     "sig": "",
     "topics": ["counseling"],
     "missed": [("counseling", "2026-10-27", 30), ("counseling", "2026-10-20", 30)],
     "reqs": [("r_ortega", "mom", "Has he been seeing Mr. Ortega at another time?")]},
    {"id": "T6.6", "frm": "sw", "to": ["mom"], "date": "2026-10-27 19:41", "arrival": "direct",
     "reply": "T6.5", "quote": False, "auto_reply": True, "subject": "Automatic reply: Re: Leave starting 10/19 - Julian's counseling",
     "body": """I am currently out of the office on leave and will not be checking email. For urgent student concerns please contact the Sandstone Ridge counseling office at 303-555-0171. If this is a mental health emergency, call or text 988 or Colorado Crisis Services at 1-844-493-8255.""",
     "sig": "", "topics": []},
]})

# ---------------------------------------------------------------- T7 PE, the sister
THREADS.append({"id": "T7", "subject": "julian - PE", "messages": [
    {"id": "T7.1", "frm": "coach", "to": ["dani"], "date": "2026-09-30 14:58", "arrival": "apple-forward",
     "fwd": "2026-09-30 16:20", "fwd_by": "dani",
     "note": "Mom - this is from his PE teacher, he emailed me bc I'm the pickup contact. I told Julian we'd talk tonight",
     "body": """Hey this is Coach Stavros. Julian hasn't dressed out for PE 3 days this week, goes to the library instead. No dress = zero for the day. His break pass is 5 min not the whole period. Can someone at home talk to him""",
     "topics": ["breaks"],
     "reqs": [("r_talk_home", "coach", "Can someone at home talk to him")]},
    {"id": "T7.2", "frm": "dani", "to": ["coach"], "cc": ["mom"], "date": "2026-09-30 21:06", "arrival": "outlook-forward",
     "fwd": "2026-09-30 22:31", "reply": "T7.1", "note": "Dani wrote to the coach",
     "body": """Hi Coach Stavros, this is Daniela, Julian's sister. We talked to him tonight. He's not skipping to be lazy, the locker room is really loud and echoey and it's a sensory thing for him (he has autism, it's in his IEP along with the breaks and his headphones). He said he'd dress out if he didn't have to change in there during the rush.

Could he change in the nurse's bathroom or after everyone else is out instead?

Thanks,
Dani""",
     "sig": "Sent from my iPhone",
     "topics": ["breaks", "sensory_tools"],
     "answers": ["r_talk_home"],
     "reqs": [("r_nurse_bath", "dani", "Could he change in the nurse's bathroom or after everyone else is out instead?")]},
    {"id": "T7.3", "frm": "coach", "to": ["dani"], "date": "2026-10-01 06:40", "arrival": "apple-forward",
     "fwd": "2026-10-01 07:05", "fwd_by": "dani", "reply": "T7.2", "note": "he said ok!!",
     "body": """Sure. Nurse bathroom is fine, or he can go in 2 min early. Ill tell him tmrw""",
     "topics": [],
     "answers": ["r_nurse_bath"],
     "commits": [("c_coach_tell", "coach", "tell Julian about the changing arrangement", "Ill tell him tmrw", "2026-10-02")]},
    {"id": "T7.4", "frm": "coach", "to": ["dani"], "date": "2026-10-09 13:12", "arrival": "apple-forward",
     "fwd": "2026-10-09 13:40", "fwd_by": "dani", "note": "good news from coach",
     "reply": "T7.3", "quote": False,
     "body": """FYI dressed out every day this week since we talked Friday. Good kid. He can keep the headphones on for the walk/jog days too.""",
     "topics": ["sensory_tools"],
     "fulfills": ["c_coach_tell"]},
]})

# ---------------------------------------------------------------- T8 speech-language
THREADS.append({"id": "T8", "subject": "Speech - pragmatics update for Julian", "messages": [
    {"id": "T8.1", "frm": "slp", "to": ["mom"], "cc": ["cm"], "date": "2026-09-22 11:30", "arrival": "direct",
     "body": """Dear Ms. Ocampo,

I wanted to introduce myself - I'm Julian's speech-language pathologist this year. I see him individually on Wednesdays for 30 minutes, and co-lead the Thursday lunch group with Ms. Mehra.

This fall we're working on his two pragmatic language goals: repairing a conversation when it breaks down (noticing when the listener is confused and rephrasing) and interpreting tone in written messages such as texts and teacher emails. He's very funny once he warms up, and he has great insight into what trips him up.

If there's a situation at home where you see these things come up, I'd love to hear about it.

Corinne Abernathy""",
     "topics": ["speech_language_therapy", "counseling"]},
    {"id": "T8.2", "frm": "slp", "to": ["mom"], "cc": ["cm"], "date": "2026-10-21 15:55", "arrival": "gmail-forward",
     "fwd": "2026-10-21 20:40", "reply": "T8.1", "quote": False, "subject": "Speech sessions 10/7 and 10/14",
     "body": """Hello Ms. Ocampo,

I need to let you know that I cancelled Julian's Wednesday sessions on October 7 and October 14. I had initial evaluations scheduled both days that could not be moved. I should have let you know sooner, and I'm sorry.

I'll make both up by adding him to my Friday lunch bunch on 10/23 and 10/30. That group is two other 10th graders who work on the same kinds of goals, so it's a good fit.

Corinne""",
     "topics": ["speech_language_therapy", "compensatory_services"],
     "missed": [("speech_language_therapy", "2026-10-07", 30), ("speech_language_therapy", "2026-10-14", 30)],
     "commits": [("c_slp_makeup", "slp", "make up the two cancelled speech sessions",
                  "I'll make both up by adding him to my Friday lunch bunch on 10/23 and 10/30.", "2026-10-30")]},
    {"id": "T8.3", "frm": "mom", "to": ["slp"], "date": "2026-10-22 06:58", "arrival": "bcc-self",
     "reply": "T8.2", "es_client": True,
     "body": """Gracias por avisarme. Friday lunch is ok but is it in a quiet room? The cafeteria is too much for him on Fridays, it's pep rally day.""",
     "sig": "Marisol",
     "topics": ["speech_language_therapy"],
     "reqs": [("r_quiet_room", "mom", "Friday lunch is ok but is it in a quiet room?")]},
    {"id": "T8.4", "frm": "slp", "to": ["mom"], "date": "2026-11-04 12:20", "arrival": "gmail-forward",
     "fwd": "2026-11-04 13:02",
     "reply": "T8.3",
     "body": """Hi Ms. Ocampo - yes, the lunch bunch meets in my office (Rm 127), it's very quiet. Update: we did the first make-up on 10/23. I was out sick 10/30, so we did the second one this Monday (11/2) instead. So both are made up now.

Corinne""",
     "topics": ["speech_language_therapy", "compensatory_services"],
     "answers": ["r_quiet_room"],
     "missed": [("compensatory_services", "2026-10-30", 30)],
     "fulfills": ["c_slp_makeup"]},
]})

# ---------------------------------------------------------------- T9 transition
THREADS.append({"id": "T9", "subject": "Transition planning - Julian Ocampo", "messages": [
    {"id": "T9.1", "frm": "trans", "to": ["mom"], "cc": ["cm"], "date": "2026-10-05 09:26", "arrival": "gmail-forward",
     "fwd": "2026-10-05 12:14",
     "body": """Good morning Ms. Ocampo,

I'm Faith Nakamura, the district transition specialist. Every student with an IEP from age 15 on has a transition plan - post-secondary goals for education/training, employment, and (when appropriate) independent living - and Julian's needs to be updated at his annual review in December.

Julian filled out an interest inventory with me last week. He's very interested in working with animals, and also mentioned computers and "anything where I don't have to talk on the phone." Those are useful starting points!

Next steps on my end: I'll schedule his vocational assessment (CareerScope online plus a work-sample day at the Career Center) for late October. I've also attached our Parent Transition Survey; please return it when you can.

One question for you: would your family be interested in a referral to the Colorado Division of Vocational Rehabilitation (DVR)? Students can apply starting at 14 and it opens the door to paid work experiences in the summer.

Best,
Faith""",
     "topics": ["evaluation", "iep_meeting"],
     "commits": [("c_voc_sched", "trans", "schedule the vocational assessment for late October",
                  "I'll schedule his vocational assessment (CareerScope online plus a work-sample day at the Career Center) for late October.",
                  "2026-10-31")],
     "reqs": [("r_dvr_interest", "trans", "would your family be interested in a referral to the Colorado Division of Vocational Rehabilitation (DVR)?"),
              ("r_survey_return", "trans", "please return it when you can")],
     "atts": [{"name": "Parent_Transition_Survey.pdf", "type": "application/pdf", "text":
               "Parent Transition Survey. What does your child enjoy doing? What jobs has your child had? "
               "Where do you see your child living after high school? Does your child use public transportation?"}]},
    {"id": "T9.2", "frm": "mom", "to": ["trans"], "cc": ["cm"], "date": "2026-10-06 22:03", "arrival": "bcc-self",
     "reply": "T9.1", "es_client": True,
     "body": """Buenas noches Ms. Nakamura,

Sí, nos interesa mucho el programa de DVR. Julián would love a job with animals, he takes care of all of our dogs and the neighbor's too.

¿Me puede mandar la encuesta en español? My husband wants to fill it out with me and his English is not so strong. Gracias por todo.

Marisol""",
     "sig": "",
     "topics": [],
     "answers": ["r_dvr_interest"],
     "reqs": [("r_survey_es", "mom", "¿Me puede mandar la encuesta en español?")]},
    {"id": "T9.3", "frm": "interp", "to": ["mom"], "cc": ["trans"], "date": "2026-10-09 10:44", "arrival": "direct",
     "reply": "T9.2", "quote": False, "subject": "Encuesta de transición en español / Transition survey in Spanish",
     "body": """Estimada Sra. Ocampo:

La Sra. Nakamura me pidió enviarle la Encuesta de Transición para Padres en español. La encontrará adjunta. Puede devolverla por correo electrónico o en papel con Julián.

Dear Ms. Ocampo: Ms. Nakamura asked me to send you the Parent Transition Survey in Spanish. It is attached. You may return it by email or on paper with Julian.

Atentamente,
Esteban Morales""",
     "topics": [],
     "answers": ["r_survey_es"],
     "atts": [{"name": "Encuesta_Transicion_Padres_ES.pdf", "type": "application/pdf", "text":
               "Encuesta de Transición para Padres. ¿Qué le gusta hacer a su hijo? ¿Dónde ve a su hijo viviendo después de la preparatoria?"}]},
    {"id": "T9.4", "frm": "mom", "to": ["trans"], "date": "2026-10-13 20:30", "arrival": "bcc-self",
     "reply": "T9.3", "quote": False, "subject": "Re: Transition planning - Julian Ocampo",
     "body": """Ms. Nakamura, here is the survey, my husband and I filled it out together (in Spanish, I hope that is ok). Thank you for sending it in Spanish, it made a big difference for him.""",
     "topics": [],
     "answers": ["r_survey_return"],
     "atts": [{"name": "encuesta_julian_ocampo.pdf", "type": "application/pdf", "text":
               "Le gusta cuidar a los perros. Le gustan las computadoras. No usa el autobús solo todavía."}]},
    {"id": "T9.5", "frm": "trans", "to": ["mom"], "cc": ["cm"], "date": "2026-10-29 14:15", "arrival": "gmail-forward",
     "fwd": "2026-10-29 16:40", "reply": "T9.4",
     "body": """Hi Ms. Ocampo,

Thank you for the survey - Spanish is perfectly fine, Esteban translated it for the team.

Vocational assessment update: Julian completed CareerScope on 10/27 in the Career Center, and his work-sample day is set for Tuesday, November 10. I'll share a summary of both once the work-sample day is done.

For DVR, I'll send the referral packet to you to sign by November 6. It includes a release so DVR can see his IEP and evaluation.

Faith""",
     "topics": ["evaluation"],
     "fulfills": ["c_voc_sched"],
     "commits": [("c_voc_summary", "trans", "share a summary of the vocational assessment",
                  "I'll share a summary of both once the work-sample day is done.", None),
                 ("c_dvr_packet", "trans", "send the DVR referral packet for signature",
                  "For DVR, I'll send the referral packet to you to sign by November 6.", "2026-11-06")]},
    {"id": "T9.6", "frm": "mom", "to": ["trans"], "date": "2026-11-19 07:22", "arrival": "bcc-self",
     "reply": "T9.5",
     "body": """Good morning, I still have not received the DVR papers. Did you send them to my email or with Julian? He does not always give me papers from his backpack haha.

Julian said the work-sample day was fun, he sorted things at the animal shelter table.""",
     "topics": ["evaluation"],
     "reqs": [("r_dvr_where", "mom", "Did you send them to my email or with Julian?")]},
    {"id": "T9.7", "frm": "trans", "to": ["mom"], "cc": ["cm"], "date": "2026-12-02 16:08", "arrival": "direct",
     "reply": "T9.6", "quote": False, "subject": "Julian - vocational assessment summary",
     "body": """Hi Ms. Ocampo,

Attached is the summary of Julian's vocational assessment (CareerScope and the 11/10 work-sample day). The short version: strong interest and aptitude in animal care and in hands-on, routine-based technical work; he did best with written step-by-step directions and a quiet area, and struggled when tasks changed without warning. I'll use this to draft the post-secondary goals for the December 10 meeting.

The DVR intake counselor for our schools changed this month, so the referral is on hold until I hear who the new contact is. I'll send you the packet next week.

Faith""",
     "topics": ["evaluation", "iep_meeting"],
     "att_topics": ["evaluation", "iep_meeting"],
     "fulfills": ["c_voc_summary"],
     "commits": [("c_postsec", "trans", "draft the post-secondary goals for the December 10 meeting",
                  "I'll use this to draft the post-secondary goals for the December 10 meeting.", "2026-12-10"),
                 ("c_dvr_next", "trans", "send the DVR referral packet", "I'll send you the packet next week.", "2026-12-11")],
     "atts": [{"name": "Ocampo_J_Vocational_Assessment_Summary.pdf", "type": "application/pdf", "text":
               "Vocational Assessment Summary. CareerScope interest areas: Animal Service, Mechanical. Work sample "
               "observation 11/10: followed written directions, needed quiet area. Recommendations for transition plan and "
               "post-secondary employment goal to be reviewed at the annual IEP meeting."}]},
]})

# ---------------------------------------------------------------- T10 missed counseling, compliance
THREADS.append({"id": "T10", "subject": "Julián no ha tenido consejería / missed counseling", "messages": [
    {"id": "T10.1", "frm": "mom", "to": ["cm", "ap"], "date": "2026-11-05 21:48", "arrival": "bcc-self",
     "body": """Ms. Lindqvist and Dr. Bellamy,

Les escribo porque Julián no ha tenido consejería desde que la Sra. Mehra se fue. His last session was October 13. Since then nobody has come for him: October 20, October 27 and this Tuesday November 3. Ms. Mehra told me Mr. Ortega would cover, but Julián has never met him, and I wrote to them on the 27th and only got the automatic reply.

His IEP says 30 minutes every week. This is the time of year he always has a hard time, he is not sleeping well and he is anxious about grades. I need to know how the missed minutes will be made up, and who is seeing him now.

Gracias,
Marisol Ocampo""",
     "sig": "",
     "topics": ["counseling", "compensatory_services"],
     "missed": [("counseling", "2026-10-20", 30), ("counseling", "2026-10-27", 30), ("counseling", "2026-11-03", 30)],
     "reqs": [("r_makeup_how", "mom", "I need to know how the missed minutes will be made up, and who is seeing him now.")]},
    {"id": "T10.2", "frm": "ap", "to": ["mom"], "cc": ["cm", "comp"], "date": "2026-11-06 10:05", "arrival": "outlook-forward",
     "fwd": "2026-11-06 12:26", "note": "",
     "reply": "T10.1",
     "body": """Ms. Ocampo,

Thank you for letting us know, and I apologize. I was under the impression the district coverage had started. I've looped in Mr. Feeney, our district compliance coordinator, because missed IEP minutes need a formal make-up plan. Mr. Feeney will contact you next week about a make-up plan.

In the meantime Julian can go to the counseling office any time he needs to during 7th period.

Kendra Bellamy""",
     "topics": ["counseling", "compensatory_services"],
     "commits": [("c_feeney_contact", "comp", "contact the parent about a make-up plan",
                  "Mr. Feeney will contact you next week about a make-up plan.", "2026-11-13")]},
    {"id": "T10.3", "frm": "comp", "to": ["mom"], "cc": ["ap", "cm"], "date": "2026-11-12 13:50", "arrival": "direct",
     "reply": "T10.2",
     "body": """Dear Ms. Ocampo,

I am the coordinator for special education compliance for Cottonwood Valley 27J. Dr. Bellamy shared your email of November 5 with me, and I have reviewed Julian's IEP and the service logs.

I can confirm that Julian did not receive his counseling services on October 20, October 27, November 3 and November 10, for a total of 120 minutes. Mr. Ortega was reassigned to cover a vacancy at another building before he was able to begin with Julian, and that change was not communicated to Sandstone Ridge. I regret that this happened, and I regret that you had to be the one to discover it.

Julian is entitled to compensatory services for all of the missed minutes. My proposal is that a licensed district social worker meet with Julian on Wednesdays after school until the 120 minutes are made up, in addition to his regular weekly sessions, which will resume with a long-term substitute as soon as one is in place. I will send you a written compensatory services plan by November 20.

Please let me know if Wednesdays after school work for your family.

Sincerely,""",
     "topics": ["counseling", "compensatory_services"],
     "missed": [("counseling", "2026-10-20", 30), ("counseling", "2026-10-27", 30), ("counseling", "2026-11-03", 30),
                ("counseling", "2026-11-10", 30)],
     "fulfills": ["c_feeney_contact"],
     "answers": ["r_makeup_how", "r_ortega"],
     "commits": [("c_comp_plan", "comp", "send a written compensatory services plan",
                  "I will send you a written compensatory services plan by November 20.", "2026-11-20")],
     "reqs": [("r_wed_ok", "comp", "Please let me know if Wednesdays after school work for your family.")]},
    {"id": "T10.4", "frm": "mom", "to": ["comp"], "cc": ["ap", "cm"], "date": "2026-11-13 08:10", "arrival": "bcc-self",
     "reply": "T10.3",
     "body": """Mr. Feeney,

Thank you for the clear explanation, I really appreciate it. Wednesdays after school are hard because Julian takes the activity bus only on Tuesdays and Thursdays, and I work until 6. Could the make-up sessions be during his 7th period study hall instead? He says study hall is when he is calmest anyway.""",
     "topics": ["counseling", "compensatory_services"],
     "answers": ["r_wed_ok"],
     "reqs": [("r_study_hall", "mom", "Could the make-up sessions be during his 7th period study hall instead?")]},
    {"id": "T10.5", "frm": "comp", "to": ["mom"], "cc": ["ap", "cm", "hollis"], "date": "2026-11-19 15:32",
     "arrival": "outlook-forward", "fwd": "2026-11-19 20:11", "reply": "T10.4", "note": "EL PLAN - finally",
     "body": """Dear Ms. Ocampo,

Yes, study hall will work. Attached is the written compensatory services plan. In summary: Ms. Janelle Hollis, LCSW, a district social worker, will meet with Julian during 7th period on Tuesdays and Thursdays, 30 minutes each, until the 120 minutes are made up. Ms. Hollis will begin the make-up sessions Tuesday, November 24.

The Thursday sessions will not conflict with his lunch social skills group, which meets at lunch.

Sincerely,""",
     "topics": ["counseling", "compensatory_services"],
     "att_topics": ["counseling", "compensatory_services"],
     "answers": ["r_study_hall"],
     "fulfills": ["c_comp_plan"],
     "commits": [("c_hollis_start", "hollis", "begin the compensatory counseling sessions",
                  "Ms. Hollis will begin the make-up sessions Tuesday, November 24.", "2026-11-24")],
     "atts": [{"name": "CompEd_Plan_Ocampo_J_2026-11-19.pdf", "type": "application/pdf", "text":
               "Compensatory Services Plan. Student: Julian Ocampo. Service: Counseling (social work). Minutes owed: 120 "
               "(10/20, 10/27, 11/3, 11/10). Provider: J. Hollis, LCSW. Schedule: Tue/Thu 7th period, 30 min, beginning 11/24/2026. "
               "Regular weekly counseling to resume with long-term substitute."}]},
    {"id": "T10.6", "frm": "mom", "to": ["comp"], "date": "2026-11-24 18:30", "arrival": "bcc-self",
     "reply": "T10.5",
     "body": """Thank you Mr. Feeney, we got the plan. Two questions. Until there is a substitute, who is giving him his regular Tuesday session, or is it only the make-up sessions? And do you know when Ms. Mehra is coming back?

Have a nice Thanksgiving.""",
     "topics": ["counseling", "compensatory_services"],
     "reqs": [("r_regular_who", "mom", "Until there is a substitute, who is giving him his regular Tuesday session, or is it only the make-up sessions?"),
              ("r_mehra_back", "mom", "do you know when Ms. Mehra is coming back?")]},
    {"id": "T10.7", "frm": "comp", "to": ["mom"], "date": "2026-11-24 18:31", "arrival": "direct",
     "reply": "T10.6", "quote": False, "auto_reply": True, "subject": "Automatic reply: Re: Julián no ha tenido consejería / missed counseling",
     "body": """Thank you for your email. I am out of the office November 25-27 for the Thanksgiving break and will be back Monday, November 30. I will respond to messages as soon as possible after I return. For urgent special education matters, please contact Student Support Services at 303-555-0100.""",
     "sig": "", "topics": []},
]})

# ---------------------------------------------------------------- T11 annual IEP meeting
THREADS.append({"id": "T11", "subject": "Annual IEP Review - Julian Ocampo - scheduling", "messages": [
    {"id": "T11.1", "frm": "cm", "to": ["mom"], "cc": ["trans", "ap", "trail"], "date": "2026-11-09 14:02", "arrival": "direct",
     "body": """Dear Ms. Ocampo,

Julian's annual IEP review must be held on or before December 15, 2026. I would like to propose Thursday, December 10, at 7:30 a.m. in the Sandstone Ridge Student Services conference room, with the option to join by video. The meeting typically runs 90 minutes.

The team will review his present levels and progress on current goals, his accommodations, and his services, including the counseling minutes that were missed this fall and the make-up plan the district is developing. Ms. Nakamura will present the results of his vocational assessment and we will update his transition plan and post-secondary goals. As Dr. Bellamy requested in October, a review of his behavior intervention plan will also be on the agenda.

Please let me know whether December 10 works, or offer two alternative dates and times before December 15. I will send the draft IEP, including the updated transition plan, at least five school days before the meeting so that you have time to review it.

Kind regards,""",
     "topics": ["iep_meeting", "counseling", "compensatory_services", "evaluation", "behavior_support"],
     "fulfills": ["c_bip_agenda"],
     "reqs": [("r_dec10", "cm", "Please let me know whether December 10 works, or offer two alternative dates and times before December 15.")],
     "commits": [("c_draft_iep", "cm", "send the draft IEP five school days before the meeting",
                  "I will send the draft IEP, including the updated transition plan, at least five school days before the meeting so that you have time to review it.",
                  "2026-12-03")]},
    {"id": "T11.2", "frm": "mom", "to": ["cm"], "date": "2026-11-10 06:45", "arrival": "bcc-self",
     "reply": "T11.1", "es_client": True,
     "body": """Buenos días Ms. Lindqvist,

Sí, el 10 de diciembre a las 7:30 está bien para nosotros. Vamos a ir en persona.

¿Puede estar un intérprete en la reunión? My husband will come and he prefers Spanish for the important things.

Gracias,
Marisol""",
     "sig": "",
     "topics": ["iep_meeting"],
     "answers": ["r_dec10"],
     "reqs": [("r_interp", "mom", "¿Puede estar un intérprete en la reunión?")]},
    {"id": "T11.3", "frm": "cm", "to": ["mom"], "cc": ["interp", "trail"], "date": "2026-11-11 09:37", "arrival": "direct",
     "reply": "T11.2",
     "body": """Dear Ms. Ocampo,

Thank you for confirming. The meeting is scheduled for Thursday, December 10 at 7:30 a.m., and a formal invitation will come home with Julian.

Yes, absolutely. I have requested Mr. Esteban Morales, the district interpreter (cc'd), who knows your family from the transition survey. Mr. Morales will also translate the draft IEP into Spanish before the meeting, so that you and Mr. Ocampo can read it together.

Kind regards,""",
     "topics": ["iep_meeting"],
     "answers": ["r_interp"],
     "commits": [("c_invite", "cm", "send the formal meeting invitation home with Julian",
                  "a formal invitation will come home with Julian", None),
                 ("c_translate_draft", "interp", "translate the draft IEP into Spanish before the meeting",
                  "Mr. Morales will also translate the draft IEP into Spanish before the meeting", "2026-12-10")]},
    {"id": "T11.4", "frm": "interp", "to": ["mom"], "cc": ["cm"], "date": "2026-11-30 11:15", "arrival": "outlook-forward",
     "fwd": "2026-11-30 19:40", "note": "el intérprete confirmó",
     "reply": "T11.3", "quote": False,
     "body": """Estimada Sra. Ocampo:

Le confirmo que estaré presente como intérprete en la reunión del IEP de Julián el jueves 10 de diciembre a las 7:30 a.m. En cuanto reciba el borrador del IEP en inglés de la Sra. Lindqvist, le enviaré la traducción al español.

Dear Ms. Ocampo: I confirm that I will interpret at Julian's IEP meeting on Thursday, December 10 at 7:30 a.m. As soon as I receive the English draft from Ms. Lindqvist, I will send you the Spanish translation.

Atentamente,
Esteban Morales""",
     "topics": ["iep_meeting"]},
]})

THREADS.append({"id": "T11B", "subject": "Julian's IEP meeting 12/10 - joining remotely?", "messages": [
    {"id": "T11.5", "frm": "dani", "to": ["cm"], "cc": ["mom"], "date": "2026-12-02 21:14", "arrival": "gmail-forward",
     "fwd_by": "dani", "fwd": "2026-12-02 21:20", "android": False, "client": "gmail",
     "note": "mom asked me to send this, fwding so it's in the folder",
     "body": """Hi Ms. Lindqvist,

I'm Daniela, Julian's older sister - my mom asked me to write. I'm away at CSU and I'd really like to be at his IEP meeting on the 10th. Is it possible for me to join by Zoom or Teams? I have class at 9 but 7:30 works.

Also, will the transition part include the DVR referral? We haven't gotten the papers for it yet.

Thank you!
Dani Ocampo""",
     "sig": "",
     "topics": ["iep_meeting"],
     "reqs": [("r_dani_zoom", "dani", "Is it possible for me to join by Zoom or Teams?"),
              ("r_dani_dvr", "dani", "will the transition part include the DVR referral?")]},
]})

# ---------------------------------------------------------------- T12 progress report
THREADS.append({"id": "T12", "subject": "Q1 IEP Progress Report - Julian Ocampo", "messages": [
    {"id": "T12.1", "frm": "cm", "to": ["mom"], "cc": ["trail"], "date": "2026-10-23 15:20", "arrival": "direct",
     "body": """Dear Ms. Ocampo,

Attached please find Julian's first-quarter IEP progress report. In summary, he is making sufficient progress on his reading fluency and decoding goals and on his pragmatic language goal for conversational repair. His self-advocacy goal (requesting accommodations independently) is emerging. Please note that the counseling goal is marked "insufficient data" for this reporting period.

Please do not hesitate to contact me with any questions.

Kind regards,""",
     "topics": ["progress_report", "reading_intervention", "speech_language_therapy", "counseling"],
     "att_topics": ["progress_report", "reading_intervention", "speech_language_therapy", "counseling", "extended_time"],
     "atts": [{"name": "Ocampo_Julian_IEP_Progress_Q1_2026.pdf", "type": "application/pdf", "text":
               "IEP PROGRESS REPORT Q1. Goal 1 Reading (Wilson, decoding): 72% -> 81%, sufficient progress. Goal 2 Fluency: "
               "88 wcpm, sufficient progress. Goal 3 Pragmatic language (speech-language): conversational repair 3/5 trials. "
               "Goal 4 Self-advocacy: requests extended time independently 1 of 4 opportunities, emerging. Goal 5 Counseling "
               "(anxiety coping plan): insufficient data."}]},
    {"id": "T12.2", "frm": "mom", "to": ["cm"], "date": "2026-10-24 11:32", "arrival": "bcc-self",
     "reply": "T12.1", "es_client": True,
     "body": """Gracias Ms. Lindqvist. Una pregunta, ¿por qué dice "insufficient data" en la meta de consejería? He was seeing Ms. Mehra every week until she left.""",
     "sig": "Marisol",
     "topics": ["progress_report", "counseling"],
     "reqs": [("r_insuff", "mom", "¿por qué dice \"insufficient data\" en la meta de consejería?")]},
    {"id": "T12.3", "frm": "cm", "to": ["mom"], "date": "2026-10-26 08:05", "arrival": "outlook-forward",
     "fwd": "2026-10-26 19:33", "note": "re: insufficient data",
     "reply": "T12.2",
     "body": """Dear Ms. Ocampo,

That is a fair question. Ms. Mehra takes her goal data at the end of each session using a rating scale, and the quarter closed on October 16, the day after her leave paperwork went in; her data sheets were not entered before she left, so I could not report a level. It does not mean he was not receiving the service during the quarter. I will ask Ms. Mehra's coverage to enter the sessions so the record is complete.

Kind regards,""",
     "topics": ["progress_report", "counseling"],
     "answers": ["r_insuff"],
     "commits": [("c_enter_data", "cm", "have the counseling sessions entered so the record is complete",
                  "I will ask Ms. Mehra's coverage to enter the sessions so the record is complete.", None)]},
]})

# ---------------------------------------------------------------- T13 behavior plan
THREADS.append({"id": "T13", "subject": "Julian - left class today (not a referral)", "messages": [
    {"id": "T13.1", "frm": "ap", "to": ["mom"], "cc": ["cm"], "date": "2026-10-07 14:48", "arrival": "gmail-forward",
     "fwd": "2026-10-07 17:55", "note": "from the assistant principal. He told me his side already",
     "body": """Ms. Ocampo,

I want to let you know about something that happened in 2nd period today. Julian walked out of World History without a pass about 20 minutes into class and was found in the library by our campus monitor about half an hour later. He was calm and cooperative when I talked with him. He told me the room was "too much" and that he didn't have his break pass.

This is not a disciplinary referral. Julian's behavior intervention plan says that when he feels overwhelmed he should show his break pass and go to the Learning Center, and we want to help him do that rather than leave without telling anyone - both for his safety and so it doesn't escalate.

Could we set up a time to talk about whether his behavior plan needs updating? I'm available most mornings before 8.

Kendra Bellamy""",
     "topics": ["behavior_support", "breaks"],
     "reqs": [("r_bip_talk", "ap", "Could we set up a time to talk about whether his behavior plan needs updating?")]},
    {"id": "T13.2", "frm": "mom", "to": ["ap"], "cc": ["cm"], "date": "2026-10-07 21:20", "arrival": "bcc-self",
     "reply": "T13.1",
     "body": """Dr. Bellamy, thank you for telling me and for being kind with him. I can talk Friday at 7:30 in the morning, by phone is better for me because of work.

He says he did not have his break pass because Mr. Ashby took it away last week and said he was using it too much. Is that true? If the pass was taken away then he had no way to follow his plan.""",
     "topics": ["behavior_support", "breaks"],
     "answers": ["r_bip_talk"],
     "reqs": [("r_pass_taken", "mom", "Is that true?")]},
    {"id": "T13.3", "frm": "ap", "to": ["mom"], "cc": ["cm"], "date": "2026-10-09 09:02", "arrival": "direct",
     "reply": "T13.2",
     "body": """Ms. Ocampo,

Thanks for the call this morning. I followed up with Mr. Ashby yesterday. He says he did not take the pass; he told Julian he could only use it once per period, which is not what the IEP says (2 per class). I've reminded him of that, and Julian has a new laminated pass as of today.

As we discussed, I'll ask Ms. Lindqvist to add a BIP review to the IEP meeting agenda.

Kendra Bellamy""",
     "topics": ["behavior_support", "breaks", "iep_meeting"],
     "answers": ["r_pass_taken"],
     "commits": [("c_bip_agenda", "ap", "have the BIP review added to the IEP meeting agenda",
                  "I'll ask Ms. Lindqvist to add a BIP review to the IEP meeting agenda.", None)]},
]})

# ---------------------------------------------------------------- T14 para: check-in/check-out and study hall
THREADS.append({"id": "T14", "subject": "Julian CICO sheet - week 1", "messages": [
    {"id": "T14.1", "frm": "para", "to": ["mom"], "date": "2026-10-02 15:35", "arrival": "gmail-forward",
     "fwd": "2026-10-02 18:12", "note": "Roz - la del study hall",
     "body": """Hola Mrs. Ocampo!

This is Roz from the Learning Center, I do Julian's check in / check out every morning and at the end of the day. Ms. Lindqvist asked me to send you his point sheet every Friday so you can see how he's doing. This week he got 82% of his points, his goal is 75% so he earned his Friday reward (he picked 10 minutes on the drawing tablet lol).

Best day was Wednesday. Tuesday was hard after History but he came to the LC on his own and used his headphones for a while and then was ok.

Have a good weekend!""",
     "topics": ["check_in", "sensory_tools", "behavior_support"],
     "att_topics": ["check_in"],
     "atts": [{"name": "CICO_Ocampo_wk1.pdf", "type": "application/pdf", "text":
               "Check-In/Check-Out daily point sheet. Julian O. Mon 80% Tue 68% Wed 94% Thu 85% Fri 83%. Weekly 82%. Goal 75%."}]},
    {"id": "T14.2", "frm": "para", "to": ["mom"], "date": "2026-11-03 15:50", "arrival": "direct",
     "reply": "T14.1", "quote": False, "subject": "Julian week of 10/26 + today",
     "body": """Hi Mrs. Ocampo, sorry no point sheet last Friday!! I got pulled to cover the front office Thursday and Friday mornings (10/29 and 10/30) so he didn't get his morning check in those days, he just did check out with me. Im back to normal now.

Also wanted to tell you he's doing good in study hall, he's been with me and the sub in study hall on Tuesdays since Ms. Mehra went on leave, so he's been getting his Wilson homework done. He reads to me sometimes which is great.

Roz""",
     "topics": ["check_in", "counseling", "reading_intervention"],
     "missed": [("check_in", "2026-10-29", None), ("check_in", "2026-10-30", None), ("counseling", "2026-10-20", None)]},
    {"id": "T14.3", "frm": "para", "to": ["mom"], "cc": ["cm"], "date": "2026-12-01 15:42", "arrival": "gmail-forward",
     "fwd": "2026-12-01 20:03", "reply": "T14.2", "quote": False, "subject": "Julian - this week",
     "note": "",
     "body": """Hi Mrs. Ocampo! Quick update. Ms. Hollis came and got him today for his session during study hall, he went with her no problem. She said she saw him last Tuesday too before the break.

The loaner headphones he uses got collected by the library yesterday (11/30) because they're for state testing, so he didn't have any in study hall yesterday or today and it was loud, the freshmen were in there. I'll ask Ms. Lindqvist for another pair by Thursday.""",
     "topics": ["counseling", "compensatory_services", "sensory_tools"],
     "fulfills": ["c_hollis_start"],
     "missed": [("sensory_tools", "2026-11-30", None), ("sensory_tools", "2026-12-01", None)],
     "commits": [("c_headphones", "para", "ask the case manager for another pair of headphones",
                  "I'll ask Ms. Lindqvist for another pair by Thursday.", "2026-12-03")]},
]})

# ---------------------------------------------------------------- T15 English 10
THREADS.append({"id": "T15", "subject": "Julian - Of Mice and Men essay checkpoints", "messages": [
    {"id": "T15.1", "frm": "eng", "to": ["mom"], "cc": ["cm"], "date": "2026-09-29 16:10", "arrival": "direct",
     "body": """Hi Ms. Ocampo,

I wanted to give you a heads up about our first big essay. For Julian I've broken the literary analysis into four smaller checkpoints (thesis, two body paragraphs with evidence, then the full draft), each with its own due date, instead of one due date at the end. He'll also write about two quotes instead of three.

He drafted his thesis today using speech-to-text in Read&Write and it was honestly one of the better ones in the class. I'm going to let him do all of his drafting that way.

I'll send you the checkpoint calendar tomorrow so you can help him keep track at home.

Holly Brandt""",
     "topics": ["reduced_assignments", "assistive_technology"],
     "commits": [("c_calendar", "eng", "send the essay checkpoint calendar", "I'll send you the checkpoint calendar tomorrow", "2026-09-30")]},
    {"id": "T15.2", "frm": "eng", "to": ["mom"], "cc": ["cm"], "date": "2026-09-30 07:25", "arrival": "attachment-forward",
     "fwd": "2026-09-30 19:44", "note": "calendario del ensayo",
     "reply": "T15.1", "quote": False,
     "body": """Here it is - the four checkpoint dates are highlighted in yellow. Checkpoint 1 is this Friday.

Holly""",
     "topics": ["reduced_assignments"],
     "att_topics": ["reduced_assignments"],
     "fulfills": ["c_calendar"],
     "atts": [{"name": "OMAM_essay_checkpoints_Ocampo.pdf", "type": "application/pdf", "text":
               "Of Mice and Men literary analysis - chunked checkpoints for Julian: CP1 thesis 10/2; CP2 body paragraph 1 10/9; "
               "CP3 body paragraph 2 10/16; CP4 full draft 10/23. Reduced to two quotations."}]},
    {"id": "T15.3", "frm": "mom", "to": ["eng"], "date": "2026-09-30 19:50", "arrival": "bcc-self",
     "reply": "T15.2",
     "body": """Thank you so much Mrs. Brandt! This is exactly what he needs, when he sees the whole essay at once he shuts down. I put the calendar on the fridge. Let me know if there's anything we can do at home!""",
     "topics": ["reduced_assignments"]},
    {"id": "T15.4", "frm": "eng", "to": ["mom"], "cc": ["cm"], "date": "2026-11-17 15:02", "arrival": "gmail-forward",
     "fwd": "2026-11-17 21:30", "reply": "T15.3", "quote": False, "subject": "Read&Write / text-to-speech issue",
     "note": "otra cosa que no funciona",
     "body": """Hi Ms. Ocampo,

I wanted to let you know about a tech problem. The district's Chromebook update on November 9 removed the Read&Write extension from student accounts, so Julian hasn't had text-to-speech since then. He took the Act 2 reading quiz on 11/12 without it and I didn't catch it until afterward - he didn't say anything. I've put in an IT ticket and Ms. Lindqvist knows.

In the meantime I'm reading the quizzes aloud to him in the hallway alcove, and I let him redo the Act 2 quiz today that way (he went from a 60 to an 85). IT says it should be back after Thanksgiving break.

Holly""",
     "topics": ["assistive_technology", "read_aloud"],
     "missed": [("assistive_technology", "2026-11-09", None)]},
]})

# ---------------------------------------------------------------- T16/T17 school newsletters
THREADS.append({"id": "T16", "subject": "Sandstone Ridge Weekly | October 2", "messages": [
    {"id": "T16.1", "frm": "news", "to": [], "date": "2026-10-02 17:00", "arrival": "direct", "newsletter": True,
     "about": False, "client": "bulk",
     "body": """SANDSTONE RIDGE WEEKLY - October 2, 2026

Go Falcons! Homecoming week was a blast - thank you to everyone who showed up for the parade in the rain.

PSAT 10 is Wednesday, October 14. Students should bring a charged Chromebook. Students approved for testing accommodations such as extended time or a separate room will receive their room assignment from their counselor the week before.

The Counseling Center is hosting a FAFSA and college-planning night for juniors and seniors on October 20 at 6 p.m. in the library.

Lost and found is overflowing! Unclaimed items will be donated on October 16.

Reminder: Q1 ends October 16. Progress reports will be posted in Infinite Campus the following week.

Who's ready for spirit week?!""",
     "topics": []},
]})
THREADS.append({"id": "T17", "subject": "Sandstone Ridge Weekly | November 13", "messages": [
    {"id": "T17.1", "frm": "news", "to": [], "date": "2026-11-13 17:00", "arrival": "direct", "newsletter": True,
     "about": False, "client": "bulk",
     "body": """SANDSTONE RIDGE WEEKLY - November 13, 2026

Thanksgiving break is November 25-27. No school for students on Tuesday, November 24 afternoon? No - correction from last week: Tuesday the 24th is a FULL day. Sorry for the confusion!

Winter athletics tryouts begin November 16. Physicals must be on file with the athletic office.

Our school social worker position is being covered by district staff while Ms. Mehra is on leave. Students who need support can stop by the Counseling Center at any time.

Parent-teacher conferences: spring conferences will be in February. Teachers are always happy to meet - just send an email.

The Learning Center is looking for donated headphones and earbuds for student use. Drop them at the front office!""",
     "topics": []},
]})

# ---------------------------------------------------------------- T18 PSAT accommodations
THREADS.append({"id": "T18", "subject": "PSAT 10 on 10/14 - Julian's testing accommodations", "messages": [
    {"id": "T18.1", "frm": "cm", "to": ["mom"], "date": "2026-10-06 12:30", "arrival": "attachment-forward",
     "fwd": "2026-10-06 20:45", "note": "PSAT info",
     "body": """Dear Ms. Ocampo,

I am writing to let you know what to expect for the PSAT 10 on Wednesday, October 14. I submitted Julian's request for College Board accommodations in September: 50% extended time and a small-group testing room. His approval is pending, which is not unusual at this point, and I expect to hear this week.

If approved, he will test in Room 214 with a small group, and he may bring his noise-cancelling headphones for the breaks between sections. Please make sure he gets a good night's sleep and eats breakfast that morning.

Kind regards,""",
     "topics": ["extended_time", "separate_setting", "sensory_tools"]},
    {"id": "T18.2", "frm": "cm", "to": ["mom"], "cc": ["ap", "trail"], "date": "2026-10-15 14:10", "arrival": "direct",
     "reply": "T18.1",
     "body": """Dear Ms. Ocampo,

I owe you an apology. Julian's College Board accommodations approval did not arrive before the test date, and because of the testing rules the coordinator could not give him extended time without it. As a result, Julian tested yesterday, October 14, in the main gym with standard time and without the small-group room. He told me afterward that it was very loud and that he "guessed on the last part of math."

The approval arrived this morning and is now on file for future College Board tests. The PSAT 10 has no score consequences for him, but I know this was stressful and it should not have happened. I will ask our testing coordinator whether a make-up administration with his accommodations is possible, and I will let you know by October 23.

Kind regards,""",
     "topics": ["extended_time", "separate_setting"],
     "missed": [("extended_time", "2026-10-14", None), ("separate_setting", "2026-10-14", None)],
     "commits": [("c_psat_makeup", "cm", "find out whether a PSAT make-up with accommodations is possible and tell the parent",
                  "I will ask our testing coordinator whether a make-up administration with his accommodations is possible, and I will let you know by October 23.",
                  "2026-10-23")]},
    {"id": "T18.3", "frm": "mom", "to": ["cm"], "date": "2026-10-15 20:40", "arrival": "bcc-self",
     "reply": "T18.2", "es_client": True,
     "body": """Ms. Lindqvist, gracias por decirme la verdad. Julián estaba muy nervioso ayer en la noche y ahora entiendo por qué.

Yes please, if he can take it again with his extra time I think it would be good for his confidence.""",
     "sig": "Marisol",
     "topics": ["extended_time"]},
]})

# ---------------------------------------------------------------- T19 headphones (to the para, in Spanish)
THREADS.append({"id": "T19", "subject": "audífonos de Julián", "messages": [
    {"id": "T19.1", "frm": "mom", "to": ["para"], "date": "2026-09-10 19:05", "arrival": "bcc-self", "es_client": True,
     "body": """Hola Roz,

Julián me contó que usted habla español, qué bueno. Una pregunta: ¿Julián está usando sus audífonos en el study hall? Dice que en la biblioteca le dijeron que se los quitara porque pensaron que era música.

Gracias,
Marisol (la mamá de Julián)""",
     "sig": "",
     "topics": ["sensory_tools"],
     "reqs": [("r_headph_sh", "mom", "¿Julián está usando sus audífonos en el study hall?")]},
    {"id": "T19.2", "frm": "para", "to": ["mom"], "date": "2026-09-11 08:20", "arrival": "gmail-forward",
     "fwd": "2026-09-11 12:02", "reply": "T19.1",
     "body": """Hola Sra. Ocampo! Sí, he uses them every day in study hall, no problem. The librarian did ask him to take them off on Wednesday 9/9 because she thought he was listening to music and he took them off and didn't say anything. I talked to her and showed her his accommodations, so she knows now. Ya está todo bien.

Roz""",
     "topics": ["sensory_tools"],
     "answers": ["r_headph_sh"],
     "missed": [("sensory_tools", "2026-09-09", None)]},
]})
