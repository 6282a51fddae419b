# -*- coding: utf-8 -*-
"""Content of the Lindqvist corpus: people, threads, messages and gold labels.
Fictional family, school, district, cooperative, agency and domains."""

CORPUS = "lindqvist"
AS_OF = "2026-03-28"
TIMEZONE = "America/Chicago"
USER = {"name": "Erik Lindqvist", "email": "erik.lindqvist@gmail.com", "role": "parent"}
TRAIL = "lindqvist.paper@fastmail.com"
STUDENTS = ["Nora Lindqvist"]
# school calendar used by check.py (no school on these weekdays)
TERM_START = "2026-01-20"
NO_SCHOOL = ["2026-01-19", "2026-02-13", "2026-02-16", "2026-03-16", "2026-03-17",
             "2026-03-18", "2026-03-19", "2026-03-20"]

D = "birchwaterschools.example.org"
C = "nlsec.example.org"
P = {  # key: (name, email, mua)
    "erik":   ("Erik Lindqvist", "erik.lindqvist@gmail.com", "gmail"),
    "karin":  ("Karin Lindqvist", "karin.lindqvist@outlook.com", "outlook"),
    "karin_y": ("Karin Lindqvist", "karinlq76@yahoo.com", "yahoo"),
    "sor":    ("Megan Sorensen", "msorensen@" + D, "outlook"),
    "brand":  ("Tom Brandvold", "tbrandvold@" + D, "outlook"),
    "fair":   ("Alicia Fairbanks", "afairbanks@" + D, "outlook"),
    "kuc":    ("Dave Kucera", "dkucera@" + D, "outlook"),
    "whit":   ("Leah Whitcomb", "lwhitcomb@" + D, "outlook"),
    "nyg":    ("Jill Nygaard", "jnygaard@" + D, "outlook"),
    "lund":   ("Greta Lund", "glund@" + D, "outlook"),
    "marsh":  ("Jenna Marsh", "jmarsh@" + D, "outlook"),
    "petit":  ("Lorraine Petit", "lpetit@" + D, "outlook"),
    "voss":   ("Renata Voss", "rvoss@" + C, "gmail"),
    "okon":   ("Paul Okonkwo", "pokonkwo@" + C, "gmail"),
    "signal": ("Signal Access Scheduling", "scheduling@signalaccessmn.example.com", "agency"),
    "tran":   ("Marcus Tran", "mtran@northlandfamilies.example.org", "gmail"),
    "sofie":  ("Sofie Berg", "sofie.berg.dlh@gmail.com", "gmail"),
    "news":   ("Birchwater High School", "noreply@notify.schoolpulse.example.com", "news"),
}

FOOT = ("CONFIDENTIALITY: This message and any attachments may contain private educational data "
        "about students protected by FERPA and the Minnesota Government Data Practices Act "
        "(Minn. Stat. ch. 13). If you received it in error, please tell the sender and delete it. "
        "Birchwater Public Schools, ISD 2917.")
SIG = {
    "sor": "Megan Sorensen, M.S.Ed.\nSpecial Education Teacher / Case Manager, Grades 9-10\nBirchwater High School | Room C114\n651-555-0148\n\n" + FOOT,
    "brand": "T. Brandvold\nBiology / Life Science\nBirchwater HS\n\n" + FOOT,
    "fair": "Alicia Fairbanks\nEnglish 9 & Honors English 9\nBirchwater High School\n\"There is no greater agony than bearing an untold story inside you.\" - Maya Angelou\n\n" + FOOT,
    "kuc": "Sent from my iPhone",
    "whit": "Leah Whitcomb\nSocial Studies Dept. | World History\nBirchwater High School\n\n" + FOOT,
    "nyg": "Jill Nygaard\nAssistant Principal, Students A-L\nBirchwater High School\n651-555-0102\n\n" + FOOT,
    "lund": "Greta Lund\nLearning Center / Testing Coordinator\nBirchwater High School, Room B201\n\n" + FOOT,
    "marsh": "Jenna Marsh, M.S., CCC-SLP\nSpeech-Language Pathologist\nBirchwater High School & Birchwater Middle School\n\n" + FOOT,
    "petit": "Lorraine Petit, Ed.D.\nDirector of Student Support Services\nBirchwater Public Schools | District Office\n1100 Larch Street, Birchwater, MN\n651-555-0190\n\n" + FOOT,
    "voss": "Renata Voss, Au.D., CCC-A\nEducational Audiologist\nNorth Lakes Special Education Cooperative\n\nThis email may contain private data on students. Please do not forward outside the educational team.",
    "okon": "Paul Okonkwo, M.Ed.\nTeacher of the Deaf/Hard of Hearing (itinerant)\nNorth Lakes Special Education Cooperative\ncell 651-555-0177 (text ok)",
    "signal": "Signal Access Interpreting & Captioning, LLC\nScheduling Department\nscheduling@signalaccessmn.example.com | 612-555-0133\nRequests must be submitted 10 business days in advance through the client portal.",
    "tran": "Marcus Tran\nParent Advocate\nNorthland Family Advocacy Network\n218-555-0161\nWe are not attorneys and do not provide legal advice.",
    "erik": "Erik",
    "erik_full": "Erik Lindqvist",
    "karin": "Karin Lindqvist",
    "sofie": "xo S",
}

# ---------------------------------------------------------------------------
# Threads. Dates are local (America/Chicago) "YYYY-MM-DD HH:MM".
# label keys: topics, commitments [(id, by, what, quote, due)], fulfills, requests [(id, by, quote)],
#             answers, missed [(topic, date, minutes)], attachment_topics
# ---------------------------------------------------------------------------
E = "erik.lindqvist@gmail.com"
K = "karin.lindqvist@outlook.com"

THREADS = []

def T(tid, subject, msgs):
    THREADS.append({"id": tid, "subject": subject, "messages": msgs})

# T1 ----------------------------------------------------------------------
T("T1", "Nora Lindqvist - new semester, hearing equipment & accommodations", [
 dict(id="T1.1", frm="erik", role="parent", date="2026-01-21 20:14", arrival="bcc-self",
      to=["fair", "kuc", "brand", "whit"], cc=["sor"],
      body="""Hello all,

I'm Nora Lindqvist's dad. Nora is in your 2nd semester sections (English 9, Geometry, Biology and World History). Happy new semester!

Quick background since some of you haven't had her before: Nora is hard of hearing and wears hearing aids in both ears. She also uses a Roger remote mic system, which means the teacher wears a small transmitter (the clip-on mic / pendant) and it streams straight into her aids. Without it, she is catching maybe half of what's said once there is any background noise. Her IEP also has front-of-room seating away from the projector fan, captions on any video, written copies of directions you give out loud, a notetaker in lecture classes, and time and a half on tests in the Learning Center.

Ms. Sorensen (cc'd) should have dropped the transmitters and the IEP-at-a-glance page in your boxes on Tuesday. Could each of you reply to confirm you have the transmitter and the accommodations page?

Thanks very much,""",
      sig="erik_full",
      labels=dict(topics=["assistive_technology", "preferential_seating", "class_notes", "extended_time", "separate_setting"],
                  requests=[("R1", E, "Could each of you reply to confirm you have the transmitter and the accommodations page?")])),
 dict(id="T1.2", frm="brand", role="school", date="2026-01-22 07:02", arrival="gmail-forward",
      to=["erik"], reply_to="T1.1", fwd_at="2026-01-22 12:31", fwd_note="1 of 4",
      body="""Have it. Mic lives on the charger on my desk. Nora's in the front row, second seat from the window, lab partner is a good one.

TB""", sig="brand",
      labels=dict(topics=["assistive_technology", "preferential_seating"], answers=["R1"])),
 dict(id="T1.3", frm="fair", role="school", date="2026-01-22 21:48", arrival="gmail-forward",
      to=["erik"], reply_to="T1.1", fwd_at="2026-01-23 06:50",
      body="""Dear Mr. Lindqvist,

Thank you so much for reaching out, truly - it helps so much to hear from families at the start, and I'm really looking forward to having Nora. I did find the transmitter in my mailbox (the little grey one with the blue light) and the at-a-glance sheet, which I've put in my sub binder as well as my planner.

I should tell you that English 9 this semester leans on film more than most classes: we pair Of Mice and Men with clips, we do a poetry unit with spoken-word videos, and there are the usual announcements videos in advisory. I will make sure captions are on for every video we watch. I've also started posting my written directions on Schoology at the start of each class so Nora (and honestly everyone) can check them.

Please don't hesitate to write anytime, I answer email most evenings.

Warmly,""", sig="fair",
      labels=dict(topics=["assistive_technology", "class_notes"], answers=["R1"],
                  commitments=[("C1", "afairbanks@" + D, "turn captions on for every video shown in English 9",
                                "I will make sure captions are on for every video we watch.", None)])),
 dict(id="T1.4", frm="kuc", role="school", date="2026-01-23 13:20", arrival="gmail-forward",
      to=["erik"], reply_to="T1.1", fwd_at="2026-01-23 18:05", fwd_note="from her geometry teacher",
      body="""yes have the mic + sheet. 1 q - does it pair w the smartboard audio or just pick up my voice? we do a fair amt of khan videos

DK""", sig="kuc",
      labels=dict(topics=["assistive_technology"], answers=["R1"],
                  requests=[("R3", "dkucera@" + D, "does it pair w the smartboard audio or just pick up my voice?")])),
])

# T2 ----------------------------------------------------------------------
T("T2", "Roger check + question from Nora's geometry teacher", [
 dict(id="T2.1", frm="erik", role="parent", date="2026-01-24 09:40", arrival="bcc-self",
      to=["voss"], cc=["okon"],
      body="""Hi Dr. Voss,

Hope your January is going OK. Two things for Nora:

1) Her left receiver has been cutting out on and off since break (she says a crackle and then nothing for a few seconds). Nothing urgent, but when you are next at Birchwater could you take a look at it?

2) Her new Geometry teacher, Mr. Kucera, shows a lot of video off his SMART board and asked me whether the Roger can take that audio too. I told him I'd pass the question along to you.

Thanks,""", sig="erik_full",
      labels=dict(topics=["assistive_technology"],
                  requests=[("R4", E, "when you are next at Birchwater could you take a look at it?")])),
 dict(id="T2.2", frm="voss", role="school", date="2026-01-27 16:22", arrival="direct",
      to=["erik"], cc=["okon", "sor"], reply_to="T2.1",
      body="""Hi Erik,

Good questions. Yes - the Roger can take the SMART board audio. It needs either a Roger Multimedia Hub or a simple audio cable into the teacher's Touchscreen Mic. I have a spare hub at the co-op office that I can loan to Birchwater for the rest of the year. Once it's plugged in, whatever plays on the board goes to her receivers and Mr. Kucera's voice still comes through on top.

I'll be at Birchwater on Thursday the 29th during 3rd hour to run a 20-minute in-service for her second-semester teachers and check the left receiver while I'm there. Megan is letting the four teachers know. For the in-service I cover how to wear it, mute, pairing and the hub.

Renata""", sig="voss",
      labels=dict(topics=["assistive_technology"], answers=["R3", "R4"],
                  commitments=[("C2", "rvoss@" + C, "run an in-service on the Roger system for Nora's second-semester teachers",
                                "I'll be at Birchwater on Thursday the 29th during 3rd hour to run a 20-minute in-service for her second-semester teachers and check the left receiver while I'm there.", "2026-01-29")])),
 dict(id="T2.3", frm="voss", role="school", date="2026-01-29 14:05", arrival="direct",
      to=["erik"], cc=["sor", "okon"], reply_to="T2.2", quote=False,
      body="""Quick update from today. In-service done with Ms. Fairbanks, Mr. Brandvold and Mr. Kucera (Ms. Whitcomb had lunch duty, I left her the handout). The left receiver had a bent contact - swapped it, listening check is clean now.

I plugged the Multimedia Hub into Mr. Kucera's SMART board and it works. He is a fan.

R.""", sig="voss",
      labels=dict(topics=["assistive_technology"], fulfills=["C2"])),
])

# T3 ----------------------------------------------------------------------
T("T3", "Biology sub - no mic Mon/Tues", [
 dict(id="T3.1", frm="karin", role="parent", date="2026-02-03 19:55", arrival="direct",
      to=["brand"], cc=["sor", "trail"],
      body="""Mr. Brandvold,

Nora told us tonight that the substitute in Biology yesterday and today never put on the Roger mic. She said the transmitter was sitting right there on the desk. She didn't want to be "that kid" and ask in front of everybody, so she missed most of the lab directions on Tuesday and ended up with a zero on the enzyme lab because her group did it wrong and she couldn't follow the corrections.

Can she redo the lab? And was the mic in the sub plans at all?

Karin Lindqvist (Nora's mom)""",
      labels=dict(topics=["assistive_technology"],
                  requests=[("R5", K, "Can she redo the lab? And was the mic in the sub plans at all?")],
                  missed=[("assistive_technology", "2026-02-02", None), ("assistive_technology", "2026-02-03", None)])),
 dict(id="T3.2", frm="brand", role="school", date="2026-02-05 14:48", arrival="outlook-forward",
      to=["karin"], cc=["sor"], reply_to="T3.1", fwd_at="2026-02-05 18:12", fwd_note="FYI for the folder",
      body="""Mrs. Lindqvist,

It's in the sub plans, top of page 1. Already talked to the sub office about it. Nora came in during B lunch today and redid the enzyme lab, the zero is replaced.

TB""", sig="brand",
      labels=dict(topics=["assistive_technology"], answers=["R5"])),
])

# T4 ----------------------------------------------------------------------
T("T4", "History notes?", [
 dict(id="T4.1", frm="erik", role="parent", date="2026-02-10 21:02", arrival="bcc-self",
      to=["sor"],
      body="""Hi Megan,

Nora has not gotten any notes from World History or Biology this week. Nothing Monday 2/9 and nothing today 2/10. She usually gets Ms. Dunn's notes emailed through Schoology the same evening. Is Ms. Dunn out, and if so who is taking notes for her?

Thanks,""", sig="erik",
      labels=dict(topics=["class_notes"],
                  requests=[("R7", E, "Is Ms. Dunn out, and if so who is taking notes for her?")],
                  missed=[("class_notes", "2026-02-09", None), ("class_notes", "2026-02-10", None)])),
 dict(id="T4.2", frm="sor", role="school", date="2026-02-11 15:37", arrival="gmail-forward",
      to=["erik"], cc=["karin"], reply_to="T4.1", fwd_at="2026-02-11 17:20",
      body="""Hi Erik,

You're right and I should have let you know sooner - Kayla Dunn started a medical leave on Monday and we were hoping to have someone in place right away. I'm sorry Nora got nothing these two days.

I will get Nora copies of the teacher notes and slides from both classes for 2/9 and 2/10 by Friday. Starting Tuesday the 17th, Mr. Lyle Bergstrom (one of our paras) will take notes in World History and Biology until Kayla is back.""", sig="sor",
      labels=dict(topics=["class_notes", "paraprofessional"], answers=["R7"],
                  commitments=[("C3", "msorensen@" + D, "get Nora copies of the History and Biology notes for 2/9 and 2/10",
                                "I will get Nora copies of the teacher notes and slides from both classes for 2/9 and 2/10 by Friday.", "2026-02-13"),
                               ("C4", "msorensen@" + D, "have para Lyle Bergstrom take notes in World History and Biology starting 2/17",
                                "Starting Tuesday the 17th, Mr. Lyle Bergstrom (one of our paras) will take notes in World History and Biology until Kayla is back.", "2026-02-17")])),
 dict(id="T4.3", frm="karin", role="parent", date="2026-02-18 16:10", arrival="direct",
      to=["sor"], cc=["erik", "trail"], reply_to="T4.2",
      body="""Hi Ms. Sorensen,

Nora brought home the printed notes for last week today - thank you. Though I have to say it's really just the slide printouts.

But there was nobody taking notes in Biology yesterday (Tues.) either. Who is taking notes in Biology this week?

Karin""",
      labels=dict(topics=["class_notes"], fulfills=["C3"],
                  requests=[("R8", K, "Who is taking notes in Biology this week?")],
                  missed=[("class_notes", "2026-02-17", None)])),
 dict(id="T4.4", frm="sor", role="school", date="2026-02-18 16:10", arrival="outlook-forward", auto=True,
      to=["karin"], reply_to="T4.3", quote=False, subject="Automatic reply: RE: History notes?",
      fwd_at="2026-02-18 16:30", fwd_note="of course",
      body="""Thank you for your email. I am out of the building Wednesday 2/18 through Friday 2/20 at a state special education conference with limited access to email. I will be back on Monday, February 23. For anything urgent about a student on my caseload please contact Jill Nygaard, Assistant Principal, at 651-555-0102.""",
      sig="",
      labels=dict(topics=[])),
 dict(id="T4.5", frm="sor", role="school", date="2026-02-23 12:15", arrival="direct",
      to=["karin"], cc=["erik", "trail", "nyg"], reply_to="T4.3",
      body="""Hi Karin,

I'm back and caught up. I owe you an honest answer. Mr. Bergstrom was reassigned last week to cover a one-to-one for another student, so no one took notes for Nora in either class Wednesday through Friday (2/18-2/20). I did not know until this morning. That isn't okay and I've talked with Ms. Nygaard about it.

He is in both classes as of today and he sent me today's World History notes already, so I can see he's doing it.""", sig="sor",
      labels=dict(topics=["class_notes", "paraprofessional"], answers=["R8"], fulfills=["C4"],
                  missed=[("class_notes", "2026-02-18", None), ("class_notes", "2026-02-19", None), ("class_notes", "2026-02-20", None)])),
])

# T5 ----------------------------------------------------------------------
T("T5", "DHH consult visit 2/5 - Nora L.", [
 dict(id="T5.1", frm="okon", role="school", date="2026-02-05 15:50", arrival="direct",
      to=["erik", "karin"], cc=["sor", "voss", "trail"],
      body="""Hello Erik and Karin,

Here are my notes from this month's consult visit (60 min, per the IEP's indirect DHH service).

- Observed English 9, 2nd hour, on Wednesday 2/4. Nora was seated in the third row next to the door, not up front. Ms. Fairbanks said the room was rearranged for a group activity and she forgot to move Nora back. Nora was lipreading her table group and missed the directions when Ms. F turned to write on the board.
- Observed Geometry 2/5. Hub is working well, Mr. Kucera wearing the mic correctly.
- Met with Nora 1:1 (self-advocacy): we practiced how she'd ask a sub to wear the mic. She's reluctant, as you know.
- Since Ms. Whitcomb missed Dr. Voss's in-service, I went over the Roger and captions with her during her prep today.

I'll send all of her teachers a one-page listening strategies sheet by Monday.

Paul""", sig="okon",
      labels=dict(topics=["specialized_instruction", "preferential_seating", "assistive_technology"],
                  commitments=[("C5", "pokonkwo@" + C, "send Nora's teachers a one-page listening strategies sheet",
                                "I'll send all of her teachers a one-page listening strategies sheet by Monday.", "2026-02-09")],
                  missed=[("preferential_seating", "2026-02-04", None)])),
 dict(id="T5.2", frm="okon", role="school", date="2026-02-09 07:30", arrival="direct",
      to=["erik", "karin"], cc=["trail"], reply_to="T5.1", quote=False,
      attachments=[("Listening_strategies_NLindqvist.pdf", "Listening strategies for Nora Lindqvist (grade 9). 1. Wear the Roger transmitter at all times when teaching; mute it in side conversations. 2. Turn on captions for every video; check before pressing play. 3. Seat Nora in the front, away from the projector fan and the hall door. 4. Repeat classmates' questions and comments before answering. 5. Give directions in writing as well as out loud. 6. Notes from the notetaker within 24 hours. 7. Tests in the Learning Center with time and a half.")],
      body="""Attached is the sheet that went to Nora's teachers and Ms. Sorensen this morning. Short version: wear the mic, repeat what classmates say, captions on, directions in writing too.

P.""", sig="okon",
      labels=dict(topics=["assistive_technology", "class_notes"], fulfills=["C5"],
                  attachment_topics=["assistive_technology", "preferential_seating", "class_notes", "separate_setting", "extended_time"])),
 dict(id="T5.3", frm="erik", role="parent", date="2026-02-09 20:44", arrival="bcc-self",
      to=["okon"], cc=["karin"], reply_to="T5.2",
      body="""Thanks Paul, this is great and the sheet is clear.

The seating thing in English bugs me. Is it really that hard to put a 15-year-old in the front row? Sorry, long day. Could you also follow up with Ms. Fairbanks directly about where Nora sits when the room gets rearranged?""", sig="erik",
      labels=dict(topics=["preferential_seating"],
                  requests=[("R9", E, "Could you also follow up with Ms. Fairbanks directly about where Nora sits when the room gets rearranged?")])),
])

# T6 ----------------------------------------------------------------------
T("T6", "Captions in English 9", [
 dict(id="T6.1", frm="karin", role="parent", date="2026-02-10 18:30", arrival="direct",
      to=["fair"], cc=["sor", "trail"],
      body="""Hi Ms. Fairbanks,

Nora says the Of Mice and Men film clips were shown without captions today, and also on Friday (2/6). She got the gist from the book but missed a lot of the dialogue, and the quiz tomorrow is on those scenes.

Could you send her the captioned link or a transcript tonight?

Thank you,
Karin Lindqvist""",
      labels=dict(topics=["assistive_technology"],
                  requests=[("R10", K, "Could you send her the captioned link or a transcript tonight?")],
                  missed=[("assistive_technology", "2026-02-06", None), ("assistive_technology", "2026-02-10", None)])),
 dict(id="T6.2", frm="fair", role="school", date="2026-02-10 22:05", arrival="outlook-forward",
      to=["karin"], cc=["sor"], reply_to="T6.1", fwd_at="2026-02-11 07:15",
      body="""Dear Mrs. Lindqvist,

Oh no, I am so sorry. I had CC turned on in YouTube on my laptop but the classroom display runs off the document camera feed and I think it doesn't carry them through - which I only figured out after reading your note and testing it tonight. That is entirely on me and I feel terrible, especially after I told your husband I would be careful about it.

Both clips, with captions, are now posted on Schoology under "Week 4", and I added the screenplay pages as a PDF too. Nora can take the quiz Thursday instead of tomorrow if she'd like more time with them.

From now on I'll check that captions are actually showing on the big screen before I press play.

Alicia Fairbanks""", sig="fair",
      labels=dict(topics=["assistive_technology"], answers=["R10"],
                  commitments=[("C6", "afairbanks@" + D, "check that captions are showing on the classroom screen before playing any video",
                                "From now on I'll check that captions are actually showing on the big screen before I press play.", None)])),
 dict(id="T6.3", frm="karin", role="parent", date="2026-02-24 07:05", arrival="direct",
      to=["fair"], cc=["sor", "erik", "trail"], reply_to="T6.2",
      body="""Ms. Fairbanks -

Again yesterday (Monday 2/23) the spoken word poetry videos had no subtitles, per Nora. She sat through three of them not understanding a word and then had to write a response.

I'm honestly not sure what else to do at this point.

Karin""",
      labels=dict(topics=["assistive_technology"],
                  missed=[("assistive_technology", "2026-02-23", None)])),
])

# T7 ----------------------------------------------------------------------
T("T7", "No interpreter at assembly - again", [
 dict(id="T7.1", frm="erik", role="parent", date="2026-02-27 15:40", arrival="bcc-self",
      to=["nyg"], cc=["sor", "karin"],
      body="""Ms. Nygaard,

Nora's IEP provides an educational interpreter for all-school assemblies. For the second time this semester, nobody showed up. The winter pep fest on Friday 1/30 had no interpreter and today's Black History Month assembly (about 45 minutes) had none either. Nora sat in the bleachers and got nothing from the speakers. The gym is the single worst room in the building for her.

Who books the interpreter for these, and what happened today?

Erik Lindqvist""", sig="",
      labels=dict(topics=["paraprofessional"],
                  requests=[("R12", E, "Who books the interpreter for these, and what happened today?")],
                  missed=[("paraprofessional", "2026-01-30", 45), ("paraprofessional", "2026-02-27", 45)])),
 dict(id="T7.2", frm="nyg", role="school", date="2026-03-02 08:20", arrival="gmail-forward",
      to=["erik"], cc=["sor"], reply_to="T7.1", fwd_at="2026-03-02 12:02",
      body="""Mr. Lindqvist,

Thank you for letting me know and I apologize. Our office books interpreters for assemblies through Signal Access, the district's contracted agency, and I have the confirmation for the 27th in my inbox. I'll have the agency contact you directly with an explanation.""", sig="nyg",
      labels=dict(topics=["paraprofessional"], answers=["R12"],
                  commitments=[("C7", "jnygaard@" + D, "have the interpreting agency contact the family with an explanation",
                                "I'll have the agency contact you directly with an explanation.", None)])),
 dict(id="T7.3", frm="signal", role="other", date="2026-03-04 11:48", arrival="thunderbird-forward",
      to=["erik"], cc=["nyg", "karin"], reply_to="T7.2", quote=False, fwd_by="karin", fwd_at="2026-03-04 19:30",
      fwd_note="Erik asked me to put this in the file. -K",
      body="""Dear Mr. Lindqvist,

Ms. Nygaard asked us to reach out regarding the 2/27 assignment at Birchwater High School. The interpreter assigned for that date called out sick at 7:10 a.m. and our backup interpreter was already committed to a medical appointment. Our dispatcher should have notified the school right away and did not. We regret that the student went without access at the assembly.

For the March 26 assembly, two interpreters will be assigned so that there is coverage if one cancels.

Regards,
Signal Access Scheduling""", sig="signal",
      labels=dict(topics=["paraprofessional"], fulfills=["C7"],
                  commitments=[("C8", "scheduling@signalaccessmn.example.com", "assign two interpreters to the March 26 assembly",
                                "For the March 26 assembly, two interpreters will be assigned so that there is coverage if one cancels.", "2026-03-26")],
                  missed=[("paraprofessional", "2026-02-27", None)])),
 dict(id="T7.4", frm="erik", role="parent", date="2026-03-26 14:25", arrival="bcc-self",
      to=["nyg", "signal"], cc=["sor", "tran"], reply_to="T7.3",
      body="""Ms. Nygaard and Signal Access,

Today's assembly: one interpreter, not two, and she got there about 20 minutes after it started. Nora missed the whole first part.

Please tell me in writing what the district will do so this stops happening before the May assembly.

Erik Lindqvist""", sig="",
      labels=dict(topics=["paraprofessional"],
                  requests=[("R13", E, "Please tell me in writing what the district will do so this stops happening before the May assembly.")],
                  missed=[("paraprofessional", "2026-03-26", 20)])),
])

# T8 ----------------------------------------------------------------------
T("T8", "Unit 5 test", [
 dict(id="T8.1", frm="kuc", role="school", date="2026-02-20 11:02", arrival="apple-forward",
      to=["erik", "karin"],
      fwd_at="2026-02-20 12:40", fwd_note="see below. talking to her tonight",
      body="""Hi Mr and Mrs Lindqvist - fyi Nora got a 61 on the unit 5 test (similar triangles). 4 problems left blank at the end. she can do retakes per dept policy. lmk if q's

Mr K""", sig="kuc",
      labels=dict(topics=[])),
 dict(id="T8.2", frm="erik", role="parent", date="2026-02-20 19:18", arrival="bcc-self",
      to=["kuc"], cc=["sor", "karin"], reply_to="T8.1",
      body="""Mr. Kucera,

Thanks for the heads up. Nora tells me she took Thursday's test in your room with everyone else and had to turn it in at the bell, so she didn't get her time and a half and didn't go to the Learning Center like her IEP says. That explains the 4 blank problems.

Can she finish the blank ones in the Learning Center with her extended time, without it counting as a retake?

Erik""", sig="",
      labels=dict(topics=["extended_time", "separate_setting"],
                  requests=[("R14", E, "Can she finish the blank ones in the Learning Center with her extended time, without it counting as a retake?")],
                  missed=[("extended_time", "2026-02-19", None), ("separate_setting", "2026-02-19", None)])),
 dict(id="T8.3", frm="kuc", role="school", date="2026-02-23 07:41", arrival="gmail-forward",
      to=["erik"], cc=["sor", "lund"], reply_to="T8.2", fwd_at="2026-02-23 08:10",
      body="""my bad, totally on me. yes not a retake. ill send her down to the LC tues 2/24 to finish the 4 she left blank w her 1.5x. sorry again""", sig="kuc",
      labels=dict(topics=["separate_setting", "extended_time"], answers=["R14"],
                  commitments=[("C9", "dkucera@" + D, "send Nora to the Learning Center on 2/24 to finish the blank test items with time and a half",
                                "ill send her down to the LC tues 2/24 to finish the 4 she left blank w her 1.5x", "2026-02-24")])),
 dict(id="T8.4", frm="lund", role="school", date="2026-02-24 14:58", arrival="direct",
      to=["kuc"], cc=["erik", "sor", "trail"], reply_to="T8.3", quote=False,
      body="""Dave - Nora came down 4th hour today and finished problems 17-20 of the Unit 5 test in the testing room. Took her 38 minutes, well inside her time. The test is in your mailbox.

Mr. Lindqvist, I've added Nora to our standing list so I get a heads-up from teachers when she has a test.

Greta""", sig="lund",
      labels=dict(topics=["separate_setting", "extended_time"], fulfills=["C9"])),
])

# T9 ----------------------------------------------------------------------
T("T9", "Nora - speech sessions this week", [
 dict(id="T9.1", frm="marsh", role="school", date="2026-03-03 12:10", arrival="direct",
      to=["erik", "karin"], cc=["sor", "trail"], html=True,
      body="""Hello,

I wanted to let you know I had to cancel Nora's auditory skills session today because I was pulled to proctor the make-up MCA session. I also missed her session last Tuesday (2/24) because of an annual IEP meeting that ran long, and I didn't get a message out at the time, which I should have.

I'll make up both sessions, on Thursday 3/5 and Tuesday 3/10, during advisory. Nora knows where my room is (C120).

Jenna Marsh""", sig="marsh",
      labels=dict(topics=["speech_language_therapy"],
                  commitments=[("C10", "jmarsh@" + D, "make up the two missed auditory skills sessions on 3/5 and 3/10",
                                "I'll make up both sessions, on Thursday 3/5 and Tuesday 3/10, during advisory.", "2026-03-10")],
                  missed=[("speech_language_therapy", "2026-03-03", 30), ("speech_language_therapy", "2026-02-24", 30)])),
 dict(id="T9.2", frm="erik", role="parent", date="2026-03-03 17:35", arrival="bcc-self",
      to=["marsh"], cc=["karin"], reply_to="T9.1",
      body="""Ms. Marsh, thanks for letting us know. We appreciate it.

Could you send me the service log for her speech sessions for January and February? We're trying to get a full picture before we ask for a meeting.

Erik Lindqvist""", sig="",
      labels=dict(topics=["speech_language_therapy", "iep_meeting"],
                  requests=[("R15", E, "Could you send me the service log for her speech sessions for January and February?")])),
 dict(id="T9.3", frm="marsh", role="school", date="2026-03-12 15:30", arrival="gmail-forward",
      to=["erik"], cc=["karin"], reply_to="T9.2", fwd_at="2026-03-12 21:12",
      attachments=[("Lindqvist_N_SLP_service_log_Jan-Feb_2026.pdf", "Speech-language service log, Nora Lindqvist, 1/20/26-2/27/26. Auditory skills, 30 min weekly, Tuesday. 1/20 delivered 30. 1/27 student absent. 2/3 delivered 30. 2/10 15 min - fire drill. 2/17 delivered 30. 2/24 not delivered - SLP in IEP meeting.")],
      body="""Hi Erik,

The Jan-Feb log is attached. You'll notice 2/10 only shows 15 minutes; the fire drill cut that session in half, and I should have counted it as a partial miss.

Both make-ups are done: I saw her for the 2/24 session last Thursday (3/5) and for the 3/3 session today. The Tuesday 3/10 slot fell through because she had a Biology retake, so it slid to today.""", sig="marsh",
      labels=dict(topics=["speech_language_therapy"], answers=["R15"], fulfills=["C10"],
                  attachment_topics=["speech_language_therapy"],
                  missed=[("speech_language_therapy", "2026-02-10", 15)])),
])

# T10 ---------------------------------------------------------------------
T("T10", "Help with our daughter's IEP (hard of hearing, 9th grade)", [
 dict(id="T10.1", frm="karin", role="parent", date="2026-03-04 21:30", arrival="direct",
      to=["tran"], cc=["erik", "trail"],
      body="""Hello Mr. Tran,

Our audiologist's office gave us your name. Our daughter Nora is a 9th grader at Birchwater High and is hard of hearing. On paper her IEP is good: Roger mic, captions, a notetaker, an interpreter for assemblies, the DHH teacher consult, speech for listening skills, extended time in the Learning Center. In practice this semester, a lot of it hasn't happened. A sub didn't use the mic, videos without captions, her notetaker was out for weeks, the interpreter didn't show for two assemblies, and a math test without her extra time.

Every teacher is nice about it when we write. But it keeps happening and we're not sure how to ask for something to change. We'd be grateful for any help.

Karin Lindqvist""", sig="",
      labels=dict(topics=["assistive_technology", "class_notes", "paraprofessional", "specialized_instruction", "speech_language_therapy", "extended_time", "separate_setting"])),
 dict(id="T10.2", frm="tran", role="other", date="2026-03-05 10:15", arrival="direct",
      to=["karin"], cc=["erik", "trail"], reply_to="T10.1",
      body="""Hi Karin,

Yes, happy to help - this is exactly the pattern we see a lot with kids who are hard of hearing in big high schools: the plan is fine and the follow-through depends on whoever is in the room that day.

My suggestion is a written request for an IEP team meeting that lists the missed services by date and asks the district to discuss compensatory services. I'll draft the meeting request letter and have it out by Monday. If you and Erik can keep a running list of dates (even rough), it makes the letter much stronger.

Talk soon,
Marcus""", sig="tran",
      labels=dict(topics=["iep_meeting", "compensatory_services"],
                  commitments=[("C11", "mtran@northlandfamilies.example.org", "draft and send the IEP meeting request letter",
                                "I'll draft the meeting request letter and have it out by Monday.", "2026-03-09")])),
])

# T11 ---------------------------------------------------------------------
T("T11", "Request for IEP team meeting - Nora Lindqvist, Gr. 9, Birchwater HS", [
 dict(id="T11.1", frm="tran", role="other", date="2026-03-09 09:05", arrival="direct",
      to=["sor", "petit"], cc=["erik", "karin", "trail"],
      attachments=[("Nora_Lindqvist_missed_services_log.pdf", "Missed services and accommodations, spring 2026: remote microphone not worn by substitute (Biology); videos shown without captions (English 9); notetaker absent (World History, Biology); no educational interpreter at assemblies; extended time and Learning Center not provided (Geometry test); speech-language sessions not delivered.")],
      body="""Dear Ms. Sorensen and Dr. Petit,

I am writing on behalf of Erik and Karin Lindqvist, parents of Nora Lindqvist (grade 9), to request an IEP team meeting.

Since the semester began, the family has documented repeated gaps between Nora's IEP and what has been delivered: the remote microphone not worn by a substitute, videos shown without captions, several school days with no notetaker, two assemblies with no educational interpreter, a test given without extended time or the testing room, and missed speech-language sessions. A dated log is attached.

The parents would like the team to discuss (1) how the plan will be carried out when staff are absent, (2) whether CART captioning should replace the notetaker in lecture-heavy classes, and (3) compensatory services for the time missed.

Please propose meeting dates by March 13.

Sincerely,""", sig="tran",
      labels=dict(topics=["iep_meeting", "assistive_technology", "class_notes", "paraprofessional", "extended_time", "separate_setting", "speech_language_therapy", "compensatory_services"],
                  fulfills=["C11"],
                  attachment_topics=["assistive_technology", "class_notes", "paraprofessional", "extended_time", "separate_setting", "speech_language_therapy"],
                  requests=[("R16", "mtran@northlandfamilies.example.org", "Please propose meeting dates by March 13.")])),
 dict(id="T11.2", frm="petit", role="school", date="2026-03-11 08:30", arrival="outlook-forward",
      to=["tran"], cc=["sor", "erik", "karin"], reply_to="T11.1", fwd_at="2026-03-11 12:45",
      body="""Mr. Tran,

Thank you for your letter. Ms. Sorensen will email you three possible meeting dates by Friday. In addition, the district will give you a written response on compensatory services before spring break (March 13).""", sig="petit",
      labels=dict(topics=["iep_meeting", "compensatory_services"],
                  commitments=[("C12", "msorensen@" + D, "email three possible IEP meeting dates",
                                "Ms. Sorensen will email you three possible meeting dates by Friday.", "2026-03-13"),
                               ("C13", "lpetit@" + D, "give a written district response on compensatory services",
                                "the district will give you a written response on compensatory services before spring break (March 13).", "2026-03-13")])),
 dict(id="T11.3", frm="sor", role="school", date="2026-03-13 10:05", arrival="direct",
      to=["tran"], cc=["erik", "karin", "trail", "petit"], reply_to="T11.2",
      body="""Good morning,

For Nora's IEP meeting I can offer Tuesday 3/24 at 7:30 a.m., Wednesday 3/25 at 3:15 p.m., or Thursday 3/26 at 3:15 p.m. Dr. Voss and Mr. Okonkwo can attend any of these.""", sig="sor",
      labels=dict(topics=["iep_meeting"], fulfills=["C12"], answers=["R16"])),
 dict(id="T11.4", frm="erik", role="parent", date="2026-03-13 12:50", arrival="bcc-self",
      to=["sor"], cc=["tran", "karin", "petit"], reply_to="T11.3",
      body="""Ms. Sorensen,

Wednesday 3/25 at 3:15 works for both of us and for Marcus.

I'll send the team Nora's own list of the days she couldn't follow class by Monday the 23rd so you have it ahead of time.

Erik""", sig="",
      labels=dict(topics=["iep_meeting"],
                  commitments=[("C14", E, "send the team Nora's own list of days she couldn't follow class",
                                "I'll send the team Nora's own list of the days she couldn't follow class by Monday the 23rd", "2026-03-23")])),
 dict(id="T11.5", frm="tran", role="other", date="2026-03-25 19:40", arrival="direct",
      to=["sor", "petit"], cc=["erik", "karin", "trail", "voss", "okon", "marsh"], reply_to="T11.4", quote=False,
      subject="Summary of 3/25 IEP meeting - Nora Lindqvist",
      body="""Hello all,

Thank you for meeting today. Here is my summary of what was agreed, for everyone's records.

1. Roger / substitutes: Dr. Voss will train the building's substitute pool on the Roger system and re-check Nora's receivers by April 10.
2. Captions: Mr. Okonkwo reported on his 3/24 observation; captions were on in all three of Nora's classes he visited.
3. Notes: the team agreed to a CART trial in World History. Ms. Sorensen will send the draft IEP amendment by April 3.
4. Speech: Ms. Marsh reviewed her auditory skills data sheets with the team.
5. Compensatory services: the district's written response was not ready. Dr. Petit will send the written compensatory services proposal by April 8.""", sig="tran",
      labels=dict(topics=["iep_meeting", "assistive_technology", "class_notes", "specialized_instruction", "speech_language_therapy", "compensatory_services"],
                  fulfills=["C16"],
                  commitments=[("C17", "rvoss@" + C, "train the substitute pool on the Roger system and re-check Nora's receivers",
                                "Dr. Voss will train the building's substitute pool on the Roger system and re-check Nora's receivers by April 10.", "2026-04-10"),
                               ("C18", "msorensen@" + D, "send the draft IEP amendment",
                                "Ms. Sorensen will send the draft IEP amendment by April 3.", "2026-04-03"),
                               ("C19", "lpetit@" + D, "send the written compensatory services proposal",
                                "Dr. Petit will send the written compensatory services proposal by April 8.", "2026-04-08")])),
 dict(id="T11.6", frm="sor", role="school", date="2026-03-27 14:20", arrival="direct",
      to=["tran"], cc=["erik", "karin", "trail", "petit"], reply_to="T11.5",
      attachments=[("Lindqvist_N_IEP_amendment_DRAFT_3-27-26.pdf", "DRAFT IEP amendment. Nora Lindqvist. Added: CART captioning in World History, 5 days/week, trial through end of semester. Remote microphone: substitute procedure - case manager notifies DHH teacher when a sub is assigned. Captioned media required in all classes. Notes from notetaker within 24 hours.")],
      body="""Hi all,

The draft amendment is attached. Your summary matches my notes except for one thing: the CART trial is World History only for now, not Biology.

I'll check with Dr. Voss on a date for the sub training and let you know.""", sig="sor",
      labels=dict(topics=["iep_meeting", "class_notes", "assistive_technology"], fulfills=["C18"],
                  attachment_topics=["class_notes", "assistive_technology", "iep_meeting"],
                  commitments=[("C20", "msorensen@" + D, "check with Dr. Voss on a date for the substitute Roger training and tell the family",
                                "I'll check with Dr. Voss on a date for the sub training and let you know.", None)])),
])

# T12 newsletter ------------------------------------------------------------
T("T12", "Bulldog Bulletin - February 2026", [
 dict(id="T12.1", frm="news", role="school", date="2026-02-02 06:00", arrival="yahoo-forward", to=["karin_y"],
      fwd_by="karin_y", fwd_at="2026-02-02 20:15", fwd_note="still coming to my old yahoo. for the file", html=True,
      body="""BULLDOG BULLETIN - February 2026
Birchwater High School

DATES
- Fri 2/13: No school, staff development
- Mon 2/16: No school, Presidents' Day
- Fri 2/27: Black History Month assembly, periods 5-6 (schedule B)
- Thu 3/12: Quarter 3 ends
- Mar 16-20: Spring break

SPEECH & DEBATE
Congratulations to our Speech & Debate team, who placed 3rd at the Lakes Conference meet! Practice is Tuesdays and Thursdays in C120.

ASL CLUB
New this semester: ASL Club meets Wednesdays after school in the media center. All levels welcome.

COUNSELING CORNER
Ninth graders will meet with their counselor in March to plan 10th grade course registration. Watch for the schedule in advisory.

Questions? Call the main office at 651-555-0100.""", sig="",
      labels=dict(topics=[])),
])

# T13 relative --------------------------------------------------------------
T("T13", "Re: Nora and the assemblies", [
 dict(id="T13.1", frm="sofie", role="other", date="2026-02-28 10:12", arrival="gmail-forward",
      to=["erik"], fwd_at="2026-02-28 13:30", fwd_note="Sofie's thoughts, saving",
      body="""E -

Ugh, I'm so sorry. I remember sitting through every pep rally at Denfeld catching about every fifth word. Honestly for a kid like Nora who never learned much ASL, an interpreter at an assembly is only half useful anyway. What helped me in college was CART - a live captioner typing everything onto a screen or a tablet. Ask for that, for assemblies AND for history lectures instead of the notetaker.

I'll dig up the name of the CART company we used at UMD and send it to you this weekend.

Tell Nora her auntie says hi and that she's allowed to be annoyed.""", sig="sofie",
      labels=dict(topics=["paraprofessional", "class_notes"],
                  commitments=[("C15", "sofie.berg.dlh@gmail.com", "send the name of the CART company she used at UMD",
                                "I'll dig up the name of the CART company we used at UMD and send it to you this weekend.", "2026-03-01")])),
])

# T14 seating ---------------------------------------------------------------
T("T14", "Nora's seat in World History", [
 dict(id="T14.1", frm="karin", role="parent", date="2026-03-10 17:05", arrival="direct",
      to=["whit"], cc=["sor", "trail"],
      body="""Hi Ms. Whitcomb,

With the new seating chart Nora was put in the back corner by the heating vent on Monday and again today. Between the fan noise and being far from you, she says she's missing most of the class discussion, even with the mic (she can hear you but not the other students).

Her IEP says preferential seating near the teacher and away from noise. Please move her back up front?

Thank you,
Karin Lindqvist""",
      labels=dict(topics=["preferential_seating", "assistive_technology"],
                  requests=[("R19", K, "Please move her back up front?")],
                  missed=[("preferential_seating", "2026-03-09", None), ("preferential_seating", "2026-03-10", None)])),
 dict(id="T14.2", frm="whit", role="school", date="2026-03-11 07:25", arrival="thunderbird-forward",
      to=["karin"], reply_to="T14.1", fwd_by="karin", fwd_at="2026-03-11 20:40",
      body="""Good morning Mrs. Lindqvist,

Done - I moved her to front row center before first hour and took her off the rotating chart. I apologize; the seating chart generator doesn't know about IEPs and I didn't double check it.

Mr. Okonkwo also mentioned repeating student comments into the mic during discussions, and I've been inconsistent about that. There is now a sticky note on my podium.

Leah Whitcomb""", sig="whit",
      labels=dict(topics=["preferential_seating", "assistive_technology"], answers=["R19"])),
])

# T15 progress report -------------------------------------------------------
T("T15", "IEP progress report - Quarter 3 - Nora Lindqvist", [
 dict(id="T15.1", frm="sor", role="school", date="2026-03-23 15:05", arrival="attachment-forward",
      to=["erik", "karin"], fwd_at="2026-03-23 20:10", fwd_note="progress report before Wed meeting",
      attachments=[("Lindqvist_N_Progress_Q3_2026.pdf", "IEP Progress Report, Quarter 3. Nora Lindqvist, Grade 9. Goal 1 (auditory skills - speech-language): identifies key words in sentences in noise at +5 SNR with 70% accuracy; progressing. Goal 2 (self-advocacy - DHH consult): asks a teacher to use the remote microphone or repeat information in 2 of 5 opportunities; progressing slowly. Accommodations: remote microphone, captions, notetaker, preferential seating, extended time in Learning Center.")],
      body="""Hello Erik and Karin,

Attached is Nora's IEP progress report for third quarter. We can go over it at Wednesday's meeting too.

Have a good evening,""", sig="sor",
      labels=dict(topics=["progress_report", "iep_meeting"],
                  attachment_topics=["progress_report", "speech_language_therapy", "specialized_instruction", "assistive_technology", "class_notes", "preferential_seating", "extended_time", "separate_setting"])),
 dict(id="T15.2", frm="erik", role="parent", date="2026-03-23 21:02", arrival="bcc-self",
      to=["sor"], cc=["karin", "marsh"], reply_to="T15.1",
      body="""Thanks Megan. The auditory skills goal shows "progressing" at 70%, but she missed several speech sessions this winter. Can Ms. Marsh bring her data sheets on Wednesday so we can see the actual numbers?

Erik""", sig="",
      labels=dict(topics=["progress_report", "speech_language_therapy", "iep_meeting"],
                  requests=[("R20", E, "Can Ms. Marsh bring her data sheets on Wednesday so we can see the actual numbers?")])),
 dict(id="T15.3", frm="sor", role="school", date="2026-03-24 07:12", arrival="gmail-forward",
      to=["erik"], cc=["karin", "marsh"], reply_to="T15.2", fwd_at="2026-03-24 07:40",
      body="""Yes - Jenna will bring her auditory skills data sheets tomorrow.""", sig="sor",
      labels=dict(topics=["speech_language_therapy"], answers=["R20"],
                  commitments=[("C16", "jmarsh@" + D, "bring the auditory skills data sheets to the 3/25 IEP meeting",
                                "Jenna will bring her auditory skills data sheets tomorrow.", "2026-03-25")])),
])

# T16 biology quiz -----------------------------------------------------------
T("T16", "Biology quiz Friday 3/6", [
 dict(id="T16.1", frm="erik", role="parent", date="2026-03-09 06:55", arrival="bcc-self",
      to=["brand"], cc=["sor"],
      body="""Mr. Brandvold,

Nora says Friday's cell transport quiz was given in class and she wasn't offered her extra time, and the directions (which she says you changed out loud partway through - "skip #6, do #9 on the back") were never written down for her. She only found out about #9 when the papers were collected.

Can she retake it in the Learning Center with her time?

Erik Lindqvist""", sig="",
      labels=dict(topics=["extended_time", "class_notes", "separate_setting"],
                  requests=[("R21", E, "Can she retake it in the Learning Center with her time?")],
                  missed=[("extended_time", "2026-03-06", None), ("class_notes", "2026-03-06", None)])),
])
