"""The Marchetti family's school correspondence, December 2025 - April 2026 (synthetic).

Source of the labelled corpus; `build.py` renders it into mailbox/*.eml and gold.json.
Every person, school, district, address and phone number is invented.

Layout follows ../../../../shared/eval/CORPUS_SPEC.md (threads -> messages -> labels), written
as Python data instead of YAML so the build needs only the standard library.

Commitment and request ids here are symbolic (e.g. "C_talker_charge"); build.py renumbers
them C1.., R1.. in the order their source messages were sent.
"""

CORPUS = "marchetti"
AS_OF = "2026-04-16"
TIMEZONE = "America/New_York"
TRAIL = "marchetti.schoolfile@gmail.com"
USER = {"name": "Tess Marchetti", "email": "tess.marchetti@gmail.com", "role": "parent"}
GIANNA = "Gianna Marchetti"   # 7th grade, Conoy Creek Middle School (SLD reading + ADHD)
ENZO = "Enzo Marchetti"       # 1st grade, Brookfield Elementary (apraxia of speech, hypotonia; AAC user)
STUDENTS = [GIANNA, ENZO]

# key: (display name, email, role, mail client)
PEOPLE = {
    "tess":    ("Tess Marchetti", "tess.marchetti@gmail.com", "parent", "gmail"),
    "dom":     ("Dom Marchetti", "dmarchetti@hollandermech.com", "parent", "outlook-dom"),
    "rosie":   ("Rosemary Finch", "rosiefinch52@yahoo.com", "other", "yahoo"),
    "adv":     ("Marianne Kessler", "mkessler@keystonefamilyadvocates.org", "other", "gmail"),
    "trail":   ("Marchetti School File", TRAIL, "parent", "gmail"),
    # Brookfield Elementary (Enzo)
    "lind":    ("Kara Lindqvist", "klindqvist@srsdk12.org", "school", "outlook"),
    "ach":     ("Devin Achterberg", "dachterberg@srsdk12.org", "school", "outlook"),
    "whit":    ("Alyssa Whitaker", "awhitaker@srsdk12.org", "school", "outlook"),
    "sprout":  ("Jackie Sprout", "jsprout@srsdk12.org", "school", "iphone-exchange"),
    "cast":    ("Renee Castellano", "rcastellano@srsdk12.org", "school", "outlook"),
    "news":    ("Brookfield Elementary", "brookfield-news@srsdk12.org", "school", "schoolmessenger"),
    # Tri-Valley Intermediate Unit 16 (itinerant therapists)
    "voss":    ("Hannah Voss", "hvoss@tviu16.org", "school", "gmail"),
    "odell":   ("Marcus Odell", "modell@tviu16.org", "school", "gmail"),
    "ferr":    ("Colleen Ferrante", "cferrante@tviu16.org", "school", "gmail"),
    # District office
    "ing":     ("Paul Ingersoll", "pingersoll@srsdk12.org", "school", "outlook"),
    "tomc":    ("Beverly Tomczak", "btomczak@srsdk12.org", "school", "outlook"),
    # Conoy Creek Middle School (Gianna)
    "oye":     ("Brianna Oyelaran", "boyelaran@srsdk12.org", "school", "outlook"),
    "heck":    ("Tom Heckman", "theckman@srsdk12.org", "school", "outlook-ios"),
    "dis":     ("Joanne DiSanto", "jdisanto@srsdk12.org", "school", "outlook"),
    "menon":   ("Raj Menon", "rmenon@srsdk12.org", "school", "outlook"),
    "grant":   ("Felicia Grant", "fgrant@srsdk12.org", "school", "outlook"),
    "trex":    ("Lauren Trexler", "ltrexler@srsdk12.org", "school", "outlook"),
}

SRSD_FOOTER = (
    "CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is intended solely for the use "
    "of the addressee(s) and may contain confidential student information protected by the Family Educational "
    "Rights and Privacy Act (FERPA) and Chapter 14 of the Pennsylvania School Code. If you are not the intended "
    "recipient, you are hereby notified that any review, retention, dissemination, distribution, or copying of "
    "this communication is strictly prohibited. If you have received this message in error, please notify the "
    "sender immediately by reply e-mail and delete the original message and any attachments.\n"
    "Susquehanna Ridge School District does not discriminate in its educational programs, activities, or "
    "employment practices based on race, color, national origin, sex, disability, age, religion, ancestry, or "
    "any other legally protected category."
)
IU_FOOTER = (
    "This email and any files transmitted with it are confidential and intended solely for the use of the "
    "individual or entity to whom they are addressed. If you have received this email in error please notify "
    "the sender. Tri-Valley Intermediate Unit 16 - Serving the students, schools and communities of the "
    "Tri-Valley region."
)

SIG = {
    "tess_phone": "Tess Marchetti\n(717) 555-0192",
    "iphone": "Sent from my iPhone",
    "lind": "Kara Lindqvist\nFirst Grade | Room 12\nBrookfield Elementary School\nSusquehanna Ridge School District\n\"Every Bulldog, Every Day\"",
    "whit": "Alyssa Whitaker, M.S., CCC-SLP\nSpeech-Language Pathologist\nBrookfield Elementary | Marietta Springs Primary Center\nSusquehanna Ridge School District\n(717) 555-0140 x3160\n\n" + SRSD_FOOTER,
    "ach": "Devin Achterberg\nLearning Support Teacher | Case Manager, Grades K-2\nBrookfield Elementary School\nSusquehanna Ridge School District\n(717) 555-0140 x3142\n\"Presume competence.\"\n\n" + SRSD_FOOTER,
    "cast": "Renee Castellano, D.Ed.\nPrincipal\nBrookfield Elementary School\n400 Brookfield Lane | Marietta Springs, PA 17547\n(717) 555-0140\n\n" + SRSD_FOOTER,
    "ing": "Director of Special Education & Student Services\nSusquehanna Ridge School District\n1200 Ridge Road | Marietta Springs, PA 17547\nP (717) 555-0100 | F (717) 555-0109\n\n" + SRSD_FOOTER,
    "tomc": "Beverly Tomczak\nTransportation Coordinator\nSusquehanna Ridge School District\n1200 Ridge Road | Marietta Springs, PA 17547\nPhone (717) 555-0162 | Fax (717) 555-0163\n*Please allow 3 business days for all transportation changes.*\n\n" + SRSD_FOOTER,
    "oye": "Brianna Oyelaran\nLearning Support Teacher, Grade 7 | Case Manager\nConoy Creek Middle School, Room 118\n(717) 555-0148 ext. 2118\n\n" + SRSD_FOOTER,
    "heck": "Get Outlook for iOS",
    "dis": "Mrs. Joanne DiSanto\nEnglish Language Arts, Grade 7 | Team Keystone\nConoy Creek Middle School\n\"A reader lives a thousand lives before he dies.\" - George R.R. Martin\n\n" + SRSD_FOOTER,
    "menon": "Raj Menon\nScience 7 | Team Keystone\nConoy Creek Middle School\nRoom 204 | Science Olympiad Coach\n\n" + SRSD_FOOTER,
    "grant": "Felicia Grant, M.Ed.\nSchool Counselor, Students L-Z\nConoy Creek Middle School\n\"You are not alone.\" If you or your child are in crisis, call or text 988.\n\n" + SRSD_FOOTER,
    "trex": "Lauren Trexler, Ed.S., NCSP\nCertified School Psychologist\nConoy Creek Middle School | Ridge View Intermediate School\nSusquehanna Ridge School District\n\nCONFIDENTIALITY: This electronic message and any attachments contain information belonging to the sender which may be confidential and legally privileged, including psychological and educational records. This information is intended only for the use of the individual or entity named above. If you are not the intended recipient, you are notified that any disclosure, copying, distribution or the taking of any action in reliance on the contents of this information is strictly prohibited.",
    "voss": "Hannah Voss, MS, OTR/L\nOccupational Therapist | Tri-Valley IU 16\nItinerant Services - SRSD elementary buildings\ncell (717) 555-0177 (texts ok)\n\n" + IU_FOOTER,
    "odell": "Physical Therapist\nTri-Valley Intermediate Unit 16\n\nThe information contained in this transmission is privileged and confidential. It is intended only for the use of the individual or entity named above. If the reader of this message is not the intended recipient, you are hereby notified that any dissemination, distribution or copying of this communication is strictly prohibited.",
    "ferr": "Colleen Ferrante, M.A., CCC-SLP\nSpeech-Language Pathologist (Long-Term Coverage)\nTri-Valley Intermediate Unit 16\n\n" + IU_FOOTER,
    "adv": "Marianne Kessler\nParent Advocate | Keystone Family Advocates\n(717) 555-0133 | keystonefamilyadvocates.org\nI am not an attorney and nothing in this email is legal advice.",
    "rosie": "Sent from Yahoo Mail for iPad",
    "dom": "Dom Marchetti | Project Manager\nHollander Mechanical Contractors, Inc.\n(717) 555-0410 office | (717) 555-0417 cell",
}


def msg(id, frm, date, arrival, body, to=(), cc=(), **kw):
    d = dict(id=id, frm=frm, date=date, arrival=arrival, body=body, to=list(to), cc=list(cc))
    d.update(kw)
    d.setdefault("labels", {})
    return d


def C(id, by, what, quote, due=None):
    return dict(id=id, by=by, what=what, quote=quote, due=due)


def R(id, by, quote):
    return dict(id=id, by=by, quote=quote)


THREADS = []


def thread(id, subject, *messages):
    THREADS.append(dict(id=id, subject=subject, messages=list(messages)))


# ---------------------------------------------------------------------------------------------
# T1  Enzo - his AAC iPad ("talker") coming home dead / not at all (December)
thread("T1", "Enzo's talker coming home dead",
msg("T1.1", "tess", "2025-12-02 19:40", "bcc-self", to=["lind"], cc=["whit"], sig=SIG["tess_phone"],
body="""\
Hi Mrs. Lindqvist,

Quick thing - Enzo's iPad (his talker) has come home with a dead battery three days in a row now, and yesterday it didn't come home at all. We use it at dinner and at bedtime so he can pick his books, and without it he gets so frustrated he just shuts down. His IEP says the device goes back and forth between home and school every day.

Could you make sure it gets charged during the afternoon and put in his backpack? Is there a charger in the room or should I send one in?

Ms. Whitaker - is the TouchChat vocab getting updated for the holiday unit? He keeps hunting for "snowman" and "cookie" and getting mad when they aren't there.

Thanks so much to you both,
Tess""",
labels=dict(students=[ENZO], topics=["assistive_technology"],
    requests=[R("R_charge", "tess", "Could you make sure it gets charged during the afternoon and put in his backpack?"),
              R("R_charger", "tess", "Is there a charger in the room or should I send one in?"),
              R("R_holidayvocab", "tess", "is the TouchChat vocab getting updated for the holiday unit?")],
    missed=[("assistive_technology", "2025-12-01", None)])),

msg("T1.2", "lind", "2025-12-03 07:12", "gmail-forward", to=["tess"], cc=["whit"], reply_to="T1.1", html=True,
    fwd_at="2025-12-03 20:05", fwd_note="talker - for the file", sig=SIG["lind"],
body="""\
Good morning!

I am so sorry about that. We had a sub on Monday and I think his iPad got left on the charging cart at dismissal - that's on us, not Enzo. There is a charger in our room so no need to send one in. Starting today I will plug it in at 2:15 during snack and Jackie will check it's in his backpack before dismissal.

Thanks for letting me know!

Kara""",
labels=dict(students=[ENZO], topics=["assistive_technology"],
    commitments=[C("C_talker_charge", "lind", "charge Enzo's AAC iPad at 2:15 daily and have the aide check it goes home in his backpack",
                   "Starting today I will plug it in at 2:15 during snack and Jackie will check it's in his backpack before dismissal.", "2025-12-03")],
    answers=["R_charge", "R_charger"],
    missed=[("assistive_technology", "2025-12-01", None)])),

msg("T1.3", "whit", "2025-12-03 15:40", "apple-forward", to=["tess"], cc=["lind"], reply_to="T1.1", html=True,
    fwd_at="2025-12-03 16:22", fwd_note="From Alyssa", sig=SIG["whit"],
body="""\
Hi Tess,

Yes! I have a winter/holiday page half built already. I'll finish it and push it to his device by Friday. Snowman and cookie are on it, plus sled, presents, hot chocolate and tree.

I'd love to add a family page too. Can you send me the cousins' names and spellings? You mentioned them at conferences but I don't want to get them wrong.

In speech this week we're working on combining two icons ("want cookie", "go outside"), so you might see him try that at home.

Alyssa""",
labels=dict(students=[ENZO], topics=["assistive_technology", "speech_language_therapy"],
    commitments=[C("C_holiday_page", "whit", "finish the holiday vocabulary page and push it to Enzo's AAC device",
                   "I'll finish it and push it to his device by Friday.", "2025-12-05")],
    requests=[R("R_cousins", "whit", "Can you send me the cousins' names and spellings?")],
    answers=["R_holidayvocab"])),

msg("T1.4", "tess", "2025-12-12 18:25", "bcc-self", client="iphone", to=["whit"], cc=["lind"], reply_to="T1.3", sig=SIG["iphone"],
body="""\
The talker has come home charged every single day since last Wednesday, thank you both!! And the holiday page showed up this week, he found "cookie" in about two seconds and has asked for one roughly 400 times since. Who knew a 7 year old could have this many opinions about cookies?

Cousins are Nico and Ava (Ava with one v). And his grandma is "Nonna Rosie" if there's room.

Tess""",
labels=dict(students=[ENZO], topics=["assistive_technology"],
    fulfills=["C_talker_charge", "C_holiday_page"], answers=["R_cousins"])),
)

# ---------------------------------------------------------------------------------------------
# T2  Gianna - no extended time on the Unit 4 math test (December)
thread("T2", "Gianna - Unit 4 test",
msg("T2.1", "tess", "2025-12-11 20:30", "bcc-self", to=["heck"], cc=["oye"],
body="""\
Mr. Heckman,

Gianna came home upset today. She said she didn't get her extended time on Tuesday's Unit 4 test - the bell rang and she had to turn it in with the last page blank. Her IEP gives her time and a half on tests and quizzes, and if class ends before she's done she's supposed to finish in Ms. Oyelaran's room.

I'm not trying to get anyone in trouble, she studied really hard for this one. Can she have the chance to finish the last page? And can you tell me what happened so we can avoid it next time?

Thank you,
Tess Marchetti""",
labels=dict(students=[GIANNA], topics=["extended_time", "separate_setting"],
    requests=[R("R_finish_test", "tess", "Can she have the chance to finish the last page?"),
              R("R_what_happened", "tess", "can you tell me what happened so we can avoid it next time?")],
    missed=[("extended_time", "2025-12-09", None)])),

msg("T2.2", "heck", "2025-12-12 06:48", "gmail-forward", to=["tess"], cc=["oye"], reply_to="T2.1",
    fwd_at="2025-12-12 07:41", fwd_note="fyi", sig=SIG["heck"],
body="""\
Mrs Marchetti - thats on me. We had the fire drill last thurs and my whole week got shifted and I forgot to send her down to finish. She can finish it Monday during WIN period with Ms O.

TH""",
labels=dict(students=[GIANNA], topics=["extended_time", "separate_setting"],
    commitments=[C("C_finish_monday", "heck", "let Gianna finish the Unit 4 test Monday during WIN with Ms. Oyelaran",
                   "She can finish it Monday during WIN period with Ms O.", "2025-12-15")],
    answers=["R_finish_test", "R_what_happened"],
    missed=[("extended_time", "2025-12-09", None)])),

msg("T2.3", "oye", "2025-12-15 14:05", "direct", to=["tess"], cc=["heck", "trail"], reply_to="T2.2", html=True, sig=SIG["oye"],
body="""\
Hi Tess,

Just letting you know Gianna finished the Unit 4 test with me in Room 118 this morning during WIN. She used the full time and seemed much calmer once she was in a quieter room. Mr. Heckman has it to grade with the rest of the class.

I also added a note to our 7th grade team notes that any test she hasn't finished at the bell comes to 118 with her, no exceptions.

Have a good night,
Brianna""",
labels=dict(students=[GIANNA], topics=["extended_time", "separate_setting"], fulfills=["C_finish_monday"])),
)

# ---------------------------------------------------------------------------------------------
# T3  Enzo - speech update, SLP's upcoming leave (January)
thread("T3", "Enzo - speech update + my leave",
msg("T3.1", "whit", "2026-01-09 13:20", "gmail-forward", to=["tess"], cc=["ach"], html=True,
    fwd_at="2026-01-09 21:02", fwd_note="SLP going on leave in Feb. Keep this one.", sig=SIG["whit"],
body="""\
Hi Tess,

A couple of speech updates before the January craziness sets in.

First, I had to cancel Enzo's session yesterday (Thursday 1/8) because I was pulled into a kindergarten evaluation that couldn't be moved. I did see him Tuesday, so he got one of his two sessions this week.

Second, I wanted you to hear this from me: I'll be starting maternity leave on February 9! The district is working with the IU to get a long-term sub in place, and the goal is no gap in his services. I will send you a make-up plan for yesterday's session and the name of the sub by January 23.

He's doing so great with two-icon combos. On Tuesday he said "more bubbles" on his device AND tried "more" out loud!

Alyssa""",
labels=dict(students=[ENZO], topics=["speech_language_therapy", "assistive_technology", "compensatory_services"],
    commitments=[C("C_makeup_plan", "whit", "send a make-up plan for the 1/8 speech session and the name of the substitute SLP",
                   "I will send you a make-up plan for yesterday's session and the name of the sub by January 23.", "2026-01-23")],
    missed=[("speech_language_therapy", "2026-01-08", 30)])),

msg("T3.1b", "tess", "2026-01-09 21:15", "not-forwarded", client="iphone", to=["whit"], reply_to="T3.1", sig=SIG["iphone"],
body="""\
Congratulations!!! That's wonderful news, we'll miss you so much. Will the sub be someone who knows TouchChat? That's honestly my biggest worry, he's come so far with you."""),

msg("T3.2", "whit", "2026-01-28 16:40", "gmail-forward", to=["tess"], cc=["ach"], reply_to="T3.1b", html=True,
    fwd_at="2026-01-28 20:40", fwd_note="sub name + make up session", sig=SIG["whit"],
body="""\
Hi Tess,

So sorry, this one got away from me - I know I said the 23rd. The sub is Colleen Ferrante from the IU. She's great and has used TouchChat with a lot of her kiddos, so he'll be in good hands. She'll start Feb 9 on his usual Tuesday/Thursday times.

For the make-up: I'll see him for an extra 30 minutes on Monday 2/2 at 9:00 during his centers time.

Alyssa""",
labels=dict(students=[ENZO], topics=["speech_language_therapy", "assistive_technology", "compensatory_services"],
    commitments=[C("C_ferrante_feb9", "ferr", "substitute SLP Colleen Ferrante starts Enzo's speech on Feb 9 at his usual times",
                   "She'll start Feb 9 on his usual Tuesday/Thursday times.", "2026-02-09"),
                 C("C_makeup_feb2", "whit", "extra 30-minute make-up speech session on Monday 2/2",
                   "I'll see him for an extra 30 minutes on Monday 2/2 at 9:00 during his centers time.", "2026-02-02")],
    fulfills=["C_makeup_plan"])),
)

# ---------------------------------------------------------------------------------------------
# T4  Gianna - Check-In/Check-Out and counseling (January - March)
thread("T4", "Gianna - Check-In/Check-Out + counseling",
msg("T4.1", "grant", "2026-01-07 10:30", "outlook-forward", to=["tess", "dom"], html=True,
    fwd_by="dom", fwd_at="2026-01-07 12:48", fwd_note="Tess - saw this at work, sending it to the school file like you asked.\n\nD", sig=SIG["grant"],
body="""\
Good morning Mr. and Mrs. Marchetti,

Happy New Year! As we discussed at the December meeting, Gianna will start Check-In/Check-Out with me this week. She'll pick up her point sheet from me before homeroom, take it to each class, and check out with me at the end of the day. Her goal is 80% of her points.

Her counseling sessions (30 minutes, every other Wednesday) will continue during 5th period study hall. We've been working on test anxiety and self-advocacy, which for Gianna mostly means asking for her accommodations without feeling embarrassed in front of her friends.

I'll email you a summary of her CICO data at the end of every month, starting January 30.

Felicia Grant""",
labels=dict(students=[GIANNA], topics=["check_in", "counseling"],
    commitments=[C("C_cico_start", "grant", "start Gianna on Check-In/Check-Out this week",
                   "Gianna will start Check-In/Check-Out with me this week.", "2026-01-09"),
                 C("C_cico_monthly", "grant", "email a monthly summary of Gianna's CICO data starting January 30",
                   "I'll email you a summary of her CICO data at the end of every month, starting January 30.", "2026-01-30")])),

msg("T4.2", "grant", "2026-01-21 14:05", "gmail-forward", to=["tess"], cc=["dom"], reply_to="T4.1", html=True,
    fwd_at="2026-01-21 19:20", fwd_note="counseling cancelled today", sig=SIG["grant"],
body="""\
Hi Tess,

I wanted to let you know I had to cancel Gianna's session today - 8th grade course selection meetings took over my whole afternoon. I'll see her next Wednesday instead of waiting two weeks so she doesn't lose the time.

She has been doing great with CICO, 86% last week!

Felicia""",
labels=dict(students=[GIANNA], topics=["counseling", "check_in", "compensatory_services"],
    fulfills=["C_cico_start"],
    commitments=[C("C_counsel_makeup_128", "grant", "see Gianna for counseling the following Wednesday (1/28) to make up the cancelled session",
                   "I'll see her next Wednesday instead of waiting two weeks so she doesn't lose the time.", "2026-01-28")],
    missed=[("counseling", "2026-01-21", 30)])),

msg("T4.3", "grant", "2026-02-03 08:15", "thunderbird-forward", to=["tess"], cc=["dom"], reply_to="T4.2", html=True,
    fwd_at="2026-02-03 20:55", fwd_note="January CICO data", sig=SIG["grant"],
    attachments=[dict(name="GMarchetti_CICO_Jan2026.pdf", type="application/pdf", text="""\
CHECK-IN/CHECK-OUT - MONTHLY SUMMARY
Conoy Creek Middle School
Student: Gianna Marchetti   Grade 7   CICO mentor: F. Grant
Month: January 2026   Daily point goal: 80%
Week of 1/5: 78% (goal not met)
Week of 1/12: 84%
Week of 1/19: 86%
Week of 1/26: 81%
Notes: lowest points in Math on test days. Morning check-in completed 17 of 19 days.""")],
body="""\
Good morning! Here is Gianna's CICO data for January (sorry it's a few days late). She met her goal 3 out of 4 weeks, and the week she didn't was the week of the science test.

We had our extra session on 1/28 and talked a lot about how to ask for her extra time on tests when a teacher forgets. She practiced what she'd say to Mr. Heckman and she was really proud of herself.

Felicia""",
labels=dict(students=[GIANNA], topics=["check_in", "counseling", "extended_time"],
    fulfills=["C_cico_monthly", "C_counsel_makeup_128"], attachment_topics=["check_in"])),

msg("T4.4", "tess", "2026-03-04 19:30", "bcc-self", to=["grant"], reply_to="T4.3",
body="""\
Hi Ms. Grant,

I didn't see a February CICO summary - no rush, but could you send it when you get a chance? Also Gianna mentioned she didn't have counseling on the 18th, is that right? She wasn't sure if she forgot to go or if you weren't there.

Thanks!
Tess""",
labels=dict(students=[GIANNA], topics=["check_in", "counseling"],
    requests=[R("R_feb_cico", "tess", "could you send it when you get a chance?"),
              R("R_counsel_218", "tess", "Gianna mentioned she didn't have counseling on the 18th, is that right?")],
    missed=[("counseling", "2026-02-18", 30)])),

msg("T4.5", "grant", "2026-03-06 13:20", "gmail-forward", to=["tess"], reply_to="T4.4", html=True,
    fwd_at="2026-03-06 16:40", fwd_note="Feb CICO + she did miss counseling 2/18", sig=SIG["grant"],
    attachments=[dict(name="GMarchetti_CICO_Feb2026.pdf", type="application/pdf", text="""\
CHECK-IN/CHECK-OUT - MONTHLY SUMMARY
Conoy Creek Middle School
Student: Gianna Marchetti   Grade 7   CICO mentor: F. Grant
Month: February 2026   Daily point goal: 80%
Week of 2/2: 82%
Week of 2/9: 85%
Week of 2/16 (4-day week): 80%
Week of 2/23: 85%
Monthly average: 83%. Goal met 4 of 4 weeks.""")],
body="""\
Hi Tess!

Yes, I was out for jury duty on 2/18, so Gianna did not have her session that day. I'm sorry I didn't let you know. We met this Wednesday (3/4) as usual, and I'll add an extra session on 3/11 to make up for it.

February's CICO summary is attached - an 83% average, her best month yet!

Felicia""",
labels=dict(students=[GIANNA], topics=["counseling", "check_in", "compensatory_services"],
    commitments=[C("C_counsel_311", "grant", "add an extra counseling session on 3/11 to make up for 2/18",
                   "I'll add an extra session on 3/11 to make up for it.", "2026-03-11")],
    answers=["R_feb_cico", "R_counsel_218"],
    missed=[("counseling", "2026-02-18", 30)], attachment_topics=["check_in"])),
)

# ---------------------------------------------------------------------------------------------
# T5  Gianna - Permission to Reevaluate (January)
PTE_TEXT = """\
PERMISSION TO REEVALUATE - CONSENT FORM
Susquehanna Ridge School District - Office of Special Education
Student: Gianna Marchetti   DOB: 04/19/2013   Grade: 7   School: Conoy Creek Middle School
Date sent: 01/12/2026

The IEP team proposes to reevaluate your child. The reevaluation will include:
- Review of existing records, grades, and state and local assessments
- Cognitive and academic achievement testing
- Reading fluency and decoding assessment, including a Wilson Reading System step assessment
- Behavior/attention rating scales completed by parents and teachers
- Review of the effectiveness of current accommodations: extended time (1.5x), text-to-speech/read aloud
  for tests, and small-group testing in an alternate setting

Please check one:
[ ] I give permission for the reevaluation.
[ ] I do not give permission for the reevaluation.

Parent/Guardian signature ____________________   Date __________
Return to: Lauren Trexler, School Psychologist, Conoy Creek Middle School"""

SAFEGUARDS_TEXT = """\
PROCEDURAL SAFEGUARDS NOTICE (Pennsylvania, revised 2025)
Your rights as a parent of a child with a disability: prior written notice; parental consent;
access to educational records; independent educational evaluation; mediation; due process hearings;
state complaint procedures; placement during due process ("stay put")."""

thread("T5", "Permission to Reevaluate - Gianna Marchetti",
msg("T5.1", "trex", "2026-01-12 10:10", "attachment-forward", to=["tess", "dom"], cc=["oye"], html=True,
    fwd_at="2026-01-12 21:30", fwd_note="PTE for Gianna's reevaluation - signing it tonight", sig=SIG["trex"],
    attachments=[dict(name="Marchetti_Gianna_PTE.pdf", type="application/pdf", text=PTE_TEXT),
                 dict(name="Procedural_Safeguards_Notice_2025.pdf", type="application/pdf", text=SAFEGUARDS_TEXT)],
body="""\
Dear Mr. and Mrs. Marchetti,

Gianna's three-year reevaluation is due this spring. Attached is the Permission to Reevaluate (PTE) along with the Procedural Safeguards Notice. Please sign and return the PTE at your earliest convenience; our 60-calendar-day timeline begins on the day we receive it.

Once I have your signed consent, I will also be sending a parent input questionnaire and the attention rating scales (one for each of you).

Please let me know if you have any questions.

Lauren Trexler""",
labels=dict(students=[GIANNA], topics=["evaluation"],
    commitments=[C("C_rating_scales", "trex", "send the parent input questionnaire and attention rating scales once consent is signed",
                   "Once I have your signed consent, I will also be sending a parent input questionnaire and the attention rating scales (one for each of you).")],
    requests=[R("R_sign_pte", "trex", "Please sign and return the PTE at your earliest convenience")],
    attachment_topics=["evaluation", "reading_intervention", "extended_time", "read_aloud", "separate_setting"])),

msg("T5.2", "tess", "2026-01-13 06:55", "bcc-self", to=["trex"], cc=["oye", "dom"], reply_to="T5.1",
body="""\
Good morning Dr. Trexler,

Thanks for sending this. I signed it last night and Gianna is dropping it at the main office this morning. I'll drop off the signed procedural safeguards page myself on Thursday when I pick her up for the orthodontist.

One question - will the reevaluation look at whether she still needs the Wilson group? She's been in it since 4th grade and she says she's "the only 7th grader" in it now and it's embarrassing.

Tess""",
labels=dict(students=[GIANNA], topics=["evaluation", "reading_intervention"],
    commitments=[C("C_safeguards_thu", "tess", "drop off the signed procedural safeguards page on Thursday",
                   "I'll drop off the signed procedural safeguards page myself on Thursday when I pick her up for the orthodontist.", "2026-01-15")],
    requests=[R("R_wilson_eval", "tess", "will the reevaluation look at whether she still needs the Wilson group?")],
    answers=["R_sign_pte"])),

msg("T5.3", "trex", "2026-01-16 14:22", "outlook-forward", to=["tess", "dom"], cc=["oye"], reply_to="T5.2", html=True,
    fwd_by="dom", fwd_at="2026-01-16 15:05", fwd_note="Tess - FYI this one has my rating form on it.", sig=SIG["trex"],
    attachments=[dict(name="Parent_Input_Questionnaire_Reeval.pdf", type="application/pdf", text="""\
PARENT INPUT QUESTIONNAIRE - REEVALUATION
Susquehanna Ridge School District
1. What are your child's strengths and interests?
2. What concerns do you have about your child's progress in school (reading, writing, math, attention, social)?
3. How long does homework take on a typical night?
4. Which supports seem to help your child the most?
5. Is there any medical or developmental history the team should know about?"""),
                 dict(name="Conners4_Parent_Rating_Marchetti.pdf", type="application/pdf", text="""\
CONNERS 4 - PARENT RATING FORM (reevaluation)
Student: Gianna Marchetti   Rater: ______________
How often in the past month has your child...
1. Had trouble keeping attention on tasks or play
2. Lost things needed for school
3. Been easily distracted by noise or activity
4. Had trouble getting started on homework
0 = never  1 = occasionally  2 = often  3 = very often""")],
body="""\
Mr. and Mrs. Marchetti,

I received the signed PTE on Tuesday and the safeguards page yesterday - thank you. Our 60-day timeline runs from 1/13, so the Reevaluation Report (RR) will be completed by March 14 (I will likely have it done sooner).

Attached are the parent input questionnaire and two Conners 4 rating forms, one for each of you. If you can return them by January 30 that would help me stay on schedule.

To your question about Wilson: yes. I'll be giving a reading fluency and decoding battery, and Ms. Oyelaran will do a Wilson step assessment. The team will use both to decide whether she still needs a structured literacy program or should move to a different kind of reading support.

Lauren""",
labels=dict(students=[GIANNA], topics=["evaluation", "reading_intervention"],
    commitments=[C("C_reading_battery", "trex", "give a reading fluency/decoding battery; Ms. Oyelaran to do a Wilson step assessment",
                   "I'll be giving a reading fluency and decoding battery, and Ms. Oyelaran will do a Wilson step assessment."),
                 C("C_rr_by_0314", "trex", "complete Gianna's Reevaluation Report by March 14",
                   "the Reevaluation Report (RR) will be completed by March 14", "2026-03-14")],
    requests=[R("R_return_forms", "trex", "If you can return them by January 30 that would help me stay on schedule.")],
    fulfills=["C_rating_scales", "C_safeguards_thu"], answers=["R_wilson_eval"],
    attachment_topics=["evaluation"])),

msg("T5.4", "tess", "2026-01-29 21:15", "bcc-self", to=["trex"], reply_to="T5.3",
    attachments=[dict(name="Marchetti parent input + Conners.pdf", type="application/pdf", text="""\
PARENT INPUT QUESTIONNAIRE - REEVALUATION (completed by Teresa Marchetti, 1/29/26)
1. Strengths: Gianna is creative and funny, loves art and volleyball, and is wonderful with her little brother.
2. Concerns: Reading is still slow and she avoids it. Homework takes 2 to 3 hours most nights.
   She gets anxious on tests and really needs her extra time and the quiet room to finish.
3. Homework: 2-3 hours.
4. What helps: audiobooks and text-to-speech, her small reading group, teachers who check in with her.
5. History: ADHD diagnosed age 8; takes medication on school days.
[Conners 4 parent forms - T. Marchetti and D. Marchetti - scanned pages 3-6]""")],
body="""\
Hi Lauren,

Attached are the parent questionnaire and both Conners forms (mine and Dom's). Sorry about the phone scans, our printer died this week.

Tess""",
labels=dict(students=[GIANNA], topics=["evaluation"], answers=["R_return_forms"],
    attachment_topics=["evaluation", "extended_time", "separate_setting", "read_aloud", "reading_intervention"])),
)

# ---------------------------------------------------------------------------------------------
# T6  Enzo - afternoon van running late (January - February); grandmother's first note never reached the file
thread("T6", "Van 22 afternoon - Enzo Marchetti",
msg("T6.0", "rosie", "2026-01-14 16:52", "not-forwarded", to=["tomc"], sig=SIG["rosie"],
body="""\
Hello,

I am Enzo Marchetti's grandmother and I meet his van at the end of our lane most afternoons. The afternoon van has been between 25 and 40 minutes late every day since Christmas break. Enzo is 7 and has special needs and he is on the van well over an hour some days. Also is he still being buckled into his harness? He came off yesterday with one strap undone.

Thank you,
Rosemary Finch"""),

msg("T6.1", "tomc", "2026-01-15 11:30", "yahoo-forward", to=["rosie"], cc=["tess"], reply_to="T6.0", html=True,
    fwd_by="rosie", fwd_at="2026-01-15 12:10", fwd_note="Tess, you asked me to send these to this address so here it is.\nLove, Mom", sig=SIG["tomc"],
body="""\
Mrs. Finch,

Thank you for reaching out. I checked with Hollinger Bus Lines and the afternoon run for Van 22 picked up a new student at Marietta Springs Primary after the holidays, which added time to the route. I have asked Hollinger to review the route order so that Brookfield is picked up first. We will have an answer for you and Mrs. Marchetti by the end of next week.

Regarding the harness, the driver confirmed Enzo is buckled in every day and the bus aide rides the full route. I've asked the aide to double check all straps before drop-off.

Bev Tomczak""",
labels=dict(students=[ENZO], topics=["transportation"],
    commitments=[C("C_route_answer", "tomc", "give the family an answer on the Van 22 route order",
                   "We will have an answer for you and Mrs. Marchetti by the end of next week.", "2026-01-23")])),

msg("T6.2", "tess", "2026-02-02 20:40", "bcc-self", to=["tomc"], cc=["rosie"], reply_to="T6.1", sig=SIG["tess_phone"],
body="""\
Hi Ms. Tomczak,

I'm following up on your email to my mother below. It's now well past "the end of next week" and the afternoon van is still getting to our house between 4:20 and 4:35. His IEP transportation page says a ride of no more than 45 minutes. He's 7 and some days he is on that van for over an hour.

Has Hollinger changed the route order or not?""",
labels=dict(students=[ENZO], topics=["transportation"],
    requests=[R("R_route_changed", "tess", "Has Hollinger changed the route order or not?")])),
)

# ---------------------------------------------------------------------------------------------
# T7  Enzo - OT update (January - February)
thread("T7", "OT update - Enzo M.",
msg("T7.1", "voss", "2026-01-20 15:10", "thunderbird-forward", to=["tess"],
    fwd_at="2026-01-20 20:30", fwd_note="OT update (slant board)", sig=SIG["voss"],
body="""\
Hi Mom,

Quick OT update. Enzo's grasp is getting better with the pencil grip but he still fatigues fast on writing tasks. I'm going to bring a slant board for his desk next Tues (1/27) and trial it for 2 weeks. I'll also send home a few fine motor activities for home - theraputty, tongs game.

FYI OT was missed last Thurs 1/15, he was at the hearing screening during our time. I'll add 15 min to his next two sessions to make it up.

thx
Hannah""",
labels=dict(students=[ENZO], topics=["occupational_therapy", "assistive_technology", "compensatory_services"],
    commitments=[C("C_slant_board", "voss", "bring a slant board for Enzo's desk on 1/27 and trial it for two weeks",
                   "I'm going to bring a slant board for his desk next Tues (1/27) and trial it for 2 weeks.", "2026-01-27"),
                 C("C_home_activities", "voss", "send home fine motor activities (theraputty, tongs game)",
                   "I'll also send home a few fine motor activities for home - theraputty, tongs game."),
                 C("C_ot_makeup", "voss", "add 15 minutes to the next two OT sessions to make up 1/15",
                   "I'll add 15 min to his next two sessions to make it up.")],
    missed=[("occupational_therapy", "2026-01-15", 30)])),

msg("T7.2", "voss", "2026-02-06 14:40", "gmail-forward", to=["tess"], reply_to="T7.1",
    fwd_at="2026-02-06 21:15", fwd_note="OT", sig=SIG["voss"],
body="""\
Slant board is working well - he's writing bigger and not leaning on his hand as much. I'm going to ask the team to add it to his IEP at the annual. Got the extra 15 min in on 1/22 and 1/29 so he's all caught up.

H""",
labels=dict(students=[ENZO], topics=["occupational_therapy", "assistive_technology", "iep_meeting", "compensatory_services"],
    commitments=[C("C_slant_in_iep", "voss", "ask the IEP team to add the slant board to Enzo's IEP at the annual review",
                   "I'm going to ask the team to add it to his IEP at the annual.")],
    fulfills=["C_slant_board", "C_ot_makeup"])),
)

# ---------------------------------------------------------------------------------------------
# T8  Gianna - ELA novel unit: audiobook, Read&Write, guided notes, organizer (January - March)
thread("T8", "The Outsiders unit + Gianna's supports",
msg("T8.1", "dis", "2026-01-22 16:45", "thunderbird-forward", to=["tess"], cc=["oye"], html=True,
    fwd_at="2026-01-22 21:40", fwd_note="ELA - audiobook for The Outsiders", sig=SIG["dis"],
body="""\
Dear Mrs. Marchetti,

I hope this finds you well! I wanted to reach out before we begin our next novel study, The Outsiders by S.E. Hinton, which we'll be starting on Monday, February 2. This is always one of my favorite units of the year - the kids really connect with Ponyboy and Johnny and the whole idea of "staying gold" - and I honestly think Gianna is going to love it, she has such a great eye for character.

I know from her IEP that she uses text-to-speech and audiobooks for longer texts. I will request the audio version through Learning Ally and have it to her before we start the novel on February 2. She'll also have the Read&Write toolbar on her Chromebook for the shorter nonfiction articles we'll be pairing with the chapters.

I also wanted you to know that I've been giving her a partially filled-in copy of my notes (guided notes) for our grammar lessons and for our novel discussions. And for the final essay she'll get the same graphic organizer I use with my co-taught section, the color-coded "hamburger" one, which I think really helps her see how her paragraphs fit together.

Please don't hesitate to reach out with any questions or concerns at all! It is truly a pleasure having Gianna in class.

Warmly,
Joanne DiSanto""",
labels=dict(students=[GIANNA], topics=["read_aloud", "assistive_technology", "class_notes", "graphic_organizers"],
    commitments=[C("C_audiobook", "dis", "get Gianna the Learning Ally audiobook of The Outsiders before the unit starts Feb 2",
                   "I will request the audio version through Learning Ally and have it to her before we start the novel on February 2.", "2026-02-02"),
                 C("C_essay_organizer", "dis", "give Gianna the color-coded graphic organizer for the final essay",
                   "for the final essay she'll get the same graphic organizer I use with my co-taught section")])),

msg("T8.2", "tess", "2026-02-04 21:30", "bcc-self", to=["dis"], cc=["oye"], reply_to="T8.1",
body="""\
Hi Mrs. DiSanto,

Thank you for the lovely email. Gianna is enjoying the book so far from what she's told me, but she still doesn't have the audiobook. The class read chapters 1 and 2 out loud together on Monday and Tuesday, which was fine, but the homework last night was to read chapter 3 on her own and she spent an hour and a half on it and ended up in tears.

Also Read&Write isn't working on her Chromebook - the toolbar shows up but when she clicks play nothing happens. She said she told you on Monday. Who do we talk to to get that fixed, the tech office or you?

Thanks,
Tess""",
labels=dict(students=[GIANNA], topics=["read_aloud", "assistive_technology"],
    requests=[R("R_rw_fix", "tess", "Who do we talk to to get that fixed, the tech office or you?")],
    missed=[("read_aloud", "2026-02-03", None), ("assistive_technology", "2026-02-02", None)])),

msg("T8.3", "dis", "2026-02-09 07:05", "gmail-forward", to=["tess"], cc=["oye"], reply_to="T8.2", html=True,
    fwd_at="2026-02-09 07:30", fwd_note="audiobook finally", sig=SIG["dis"],
body="""\
Good morning Mrs. Marchetti,

I'm so sorry for the delay in getting back to you - my daughter was sick most of last week and I was out Thursday and Friday.

Good news: the Learning Ally audiobook is on Gianna's account as of this morning! I'm sorry it wasn't there for the first week - the request got stuck because her Learning Ally account had expired over the summer and needed to be renewed by the district, which I didn't realize.

For Read&Write, I put in a help desk ticket on Wednesday (ticket #48213), and the tech office is the right place for that going forward. You can also email helpdesk@srsdk12.org and reference the ticket number. In the meantime I've told her to use the Select-to-Speak feature that's built into the Chromebook.

And please tell her she can have until Friday for the chapter 3-5 questions, no penalty at all.

Warmly,
Joanne""",
labels=dict(students=[GIANNA], topics=["read_aloud", "assistive_technology"],
    fulfills=["C_audiobook"], answers=["R_rw_fix"])),

msg("T8.4", "dis", "2026-03-11 15:30", "apple-forward", to=["tess"], reply_to="T8.3", html=True,
    fwd_at="2026-03-11 19:02", fwd_note="Proud mom moment!! (rubric attached)", sig=SIG["dis"],
    attachments=[dict(name="Outsiders_Essay_Rubric_GMarchetti.pdf", type="application/pdf", text="""\
LITERARY ANALYSIS ESSAY - THE OUTSIDERS
Student: Gianna Marchetti   Period 3   Teacher: J. DiSanto
Thesis/Claim ............ 3/4
Organization ............ 4/4  (planned with color-coded graphic organizer)
Evidence & Analysis ..... 3/4
Conventions ............. 3/4
Total 13/16
Accommodations used: graphic organizer; text-to-speech (Read&Write) for drafting and revising;
extended time on the final draft (2 additional days).""")],
body="""\
Hi Tess!

Just a happy update - Gianna turned in her Outsiders essay today and it is her best writing of the year. She used the color-coded organizer we talked about and her paragraphs were so much clearer. I've attached the rubric so you can see her scores. And Read&Write is working again (tech reinstalled the extension last week), so she used it to listen back to her draft, which was great to see.

Joanne""",
labels=dict(students=[GIANNA], topics=["graphic_organizers", "assistive_technology"],
    fulfills=["C_essay_organizer"], attachment_topics=["graphic_organizers", "read_aloud", "extended_time"])),
)

# ---------------------------------------------------------------------------------------------
# T9  Enzo - notes from his classroom teacher (January - March)
thread("T9", "Enzo's week :)",
msg("T9.1", "lind", "2026-01-27 15:45", "apple-forward", to=["tess"], html=True,
    fwd_at="2026-01-27 18:20", fwd_note="Kara's note", sig=SIG["lind"],
body="""\
Hi Tess!

Just a happy note - Enzo had a really good day today. Hannah brought in his slant board this morning and he wrote 3 whole sentences in his journal (Jackie scribed the 4th one for him when his hand got tired). Can you believe it's almost February already?!

One thing: his first-then board has gone missing again. I think it went home in his backpack by accident? If you find it can you send it back in? I'm using a paper one for now.

He's also been asking for his "squishy" during carpet time. Is it ok if we keep one of his fidgets here at school full time?

Kara \U0001F34E""",
labels=dict(students=[ENZO], topics=["assistive_technology", "scribe", "visual_schedule", "sensory_tools"],
    requests=[R("R_firstthen_back", "lind", "If you find it can you send it back in?"),
              R("R_fidget_school", "lind", "Is it ok if we keep one of his fidgets here at school full time?")],
    fulfills=["C_slant_board"])),

msg("T9.2", "tess", "2026-01-27 20:30", "bcc-self", client="iphone", to=["lind"], reply_to="T9.1", sig=SIG["iphone"],
body="""\
Found it at the bottom of his backpack, sorry!! It's going back tomorrow. And yes please keep the squishy at school. I'll send in a second one plus a new chewy necklace since he chewed through the last one \U0001F643""",
labels=dict(students=[ENZO], topics=["visual_schedule", "sensory_tools"],
    commitments=[C("C_firstthen_tomorrow", "tess", "send the first-then board back to school the next day",
                   "It's going back tomorrow.", "2026-01-28"),
                 C("C_chewy", "tess", "send in a second squishy fidget and a new chewy necklace",
                   "I'll send in a second one plus a new chewy necklace since he chewed through the last one")],
    answers=["R_firstthen_back", "R_fidget_school"])),

msg("T9.3", "lind", "2026-02-06 15:30", "apple-forward", to=["tess"], reply_to="T9.2", html=True,
    fwd_at="2026-02-06 19:10", fwd_note="", sig=SIG["lind"],
body="""\
Happy Friday! Got the first-then board back and the new chewy necklace, thank you!

Mr. Odell came in for Enzo's extra PT session yesterday and they practiced the big stairs by the gym. He was SO proud of himself.

One thing we're noticing: he's been having meltdowns around 10:30, right before specials. We're going to try a movement break at 10:15 with Jackie (a walk to the office to deliver our attendance folder) and see if that helps.

Kara""",
labels=dict(students=[ENZO], topics=["visual_schedule", "sensory_tools", "physical_therapy", "breaks", "behavior_support"],
    commitments=[C("C_movement_break", "lind", "try a 10:15 movement break with the aide before specials",
                   "We're going to try a movement break at 10:15 with Jackie")],
    fulfills=["C_firstthen_tomorrow", "C_chewy", "C_pt_makeup"])),

msg("T9.4", "lind", "2026-03-24 15:55", "direct", to=["tess"], reply_to="T9.3", html=True, filtered=True, sig=SIG["lind"],
body="""\
Hi Tess, quick heads up: Jackie was out sick today and there was no sub for her, so Enzo was with me all day and Mrs. Peiffer (our reading aide) popped in when she could to help with the bathroom. He did fine, but I wanted you to know.

On a brighter note, the 10:15 walk has really helped. We've had no meltdowns before specials in two weeks!

Kara""",
labels=dict(students=[ENZO], topics=["paraprofessional", "breaks", "behavior_support"],
    fulfills=["C_movement_break"], missed=[("paraprofessional", "2026-03-24", None)])),
)

# ---------------------------------------------------------------------------------------------
# T10  Enzo - PT missed on a two-hour delay (January)
thread("T10", "PT today - Enzo",
msg("T10.1", "odell", "2026-01-29 12:15", "yahoo-forward", to=["tess", "rosie"],
    fwd_by="rosie", fwd_at="2026-01-29 13:05", fwd_note="Tess, the PT man wrote to me too. Enzo showed me the stairs thing at my house!\nMom", sig=SIG["odell"],
body="""\
Hello Mrs. Marchetti and Mrs. Finch,

With today's 2-hour delay my schedule got compressed and I was not able to see Enzo for PT this morning. I apologize. I will make it up next week by seeing him an extra session on Thursday 2/5 at 1:00 in addition to his regular Monday session.

Good news on the stairs: he's alternating feet going up with one hand on the rail. Going down we're still working on it, so Mrs. Finch, the step-to pattern you described at your house is exactly what I'd expect right now.

Marcus Odell, PT, DPT""",
labels=dict(students=[ENZO], topics=["physical_therapy", "compensatory_services"],
    commitments=[C("C_pt_makeup", "odell", "extra make-up PT session Thursday 2/5 at 1:00",
                   "I will make it up next week by seeing him an extra session on Thursday 2/5 at 1:00 in addition to his regular Monday session.", "2026-02-05")],
    missed=[("physical_therapy", "2026-01-29", 30)])),
)

# ---------------------------------------------------------------------------------------------
# T11  Gianna - 2nd quarter IEP progress report (January - February)
thread("T11", "Gianna - Q2 IEP progress report",
msg("T11.1", "oye", "2026-01-30 15:30", "direct", to=["tess", "dom"], cc=["trail"], html=True, sig=SIG["oye"],
    attachments=[dict(name="GMarchetti_IEP_Progress_Q2.pdf", type="application/pdf", text="""\
IEP PROGRESS REPORT - QUARTER 2 (ending 01/23/2026)
Susquehanna Ridge School District
Student: Gianna Marchetti   Grade 7   Case manager: B. Oyelaran
Goal 1 (Reading fluency): Given 7th grade passages, Gianna will read 125 wcpm with 95% accuracy.
  Q1: 104 wcpm. Q2: 112 wcpm. Progress: Making progress.
Goal 2 (Decoding - Wilson Reading System): Gianna will complete Wilson Step 10 with 90% mastery.
  Current: Step 9, substep 9.3. Progress: Making progress.
Goal 3 (Written expression): Using a graphic organizer, Gianna will write a 5-paragraph response
  scoring 3/4 on the district rubric. Q2: 3 of 4 essays at 3/4. Progress: Making progress.
Goal 4 (Work completion): Gianna will turn in 90% of modified (reduced) homework assignments.
  Q2: 90%. Progress: Goal met this quarter.""")],
body="""\
Hi Tess and Dom,

Attached is Gianna's IEP progress report for the 2nd quarter. The quick version: she's reading 112 words correct per minute on 7th grade passages (her goal is 125), up from 104 in November. She's on Step 9 in Wilson. And she's turning in 90% of her homework now that math is shortened to the odd problems only.

Let me know if you'd like to meet to go over it!

Brianna""",
labels=dict(students=[GIANNA], topics=["progress_report", "reading_intervention", "reduced_assignments"],
    attachment_topics=["progress_report", "reading_intervention", "graphic_organizers", "reduced_assignments"])),

msg("T11.2", "tess", "2026-02-01 19:40", "bcc-self", to=["oye"], reply_to="T11.1",
body="""\
Thanks Brianna! Great to see the fluency number going up. Why is she still on Step 9 - wasn't she on Step 9 back in October too? Not upset, just trying to understand.

Tess""",
labels=dict(students=[GIANNA], topics=["reading_intervention", "progress_report"],
    requests=[R("R_step9", "tess", "Why is she still on Step 9 - wasn't she on Step 9 back in October too?")])),

msg("T11.3", "oye", "2026-02-02 12:45", "direct", to=["tess"], cc=["trail"], reply_to="T11.2", html=True, sig=SIG["oye"],
body="""\
Great question. She did start Step 9 in October, but we lost a lot of group time in November and December to assemblies and benchmark testing, and Step 9 is a long one (multisyllabic words with vowel teams). To be honest, we also missed our Tuesday and Thursday Wilson sessions the week of January 26 because I was covering a class for a teacher on leave. I'm going to protect that time going forward.

She's close - I expect her to move to Step 10 by spring break.

Brianna""",
labels=dict(students=[GIANNA], topics=["reading_intervention"], answers=["R_step9"],
    missed=[("reading_intervention", "2026-01-27", 45), ("reading_intervention", "2026-01-29", 45)])),
)

# ---------------------------------------------------------------------------------------------
# T12  The advocate (February)
DRAFT_LETTER = """\
DRAFT - edit freely

Dear Dr. Ingersoll,

I am writing about my son, [Enzo Marchetti], a first grader at Brookfield Elementary. Enzo's IEP provides speech-language therapy [twice a week for 30 minutes], including support for his AAC device.

[Describe the missed speech sessions and dates here.]

I am requesting in writing: (1) a list of every speech session missed since [date] and the reason; (2) a written plan for compensatory speech-language services for every missed session; (3) the name of the person providing speech therapy and their start date.

Please respond by [date - ten school days is reasonable].

Sincerely,
[Your name]"""

thread("T12", "Following up on our call - Enzo",
msg("T12.1", "adv", "2026-02-06 16:20", "direct", to=["tess"], cc=["trail"], sig=SIG["adv"],
body="""\
Hi Tess,

It was so good to talk with you this afternoon. As promised, here's a quick summary of next steps:

1. Keep everything in one place. The school file address you set up is perfect. If you can, set up a Gmail filter that auto-forwards anything from Enzo's team at Brookfield to it, so you don't have to remember every time.

2. Put the speech concern in writing to Dr. Ingersoll, not just the building. Ask specifically for (a) the dates Enzo has missed, (b) a written plan for compensatory sessions, and (c) who is covering while Ms. Whitaker is out and when they start.

3. I'll draft that letter for you and send it over by Monday so you can edit it.

And since Gianna's reevaluation is underway, send me the RR when it comes - I'm happy to read it with you.

I say this to every family I work with: you are not being "difficult." Asking the district to provide what's already in the IEP is the bare minimum.

Talk soon,
Marianne""",
labels=dict(students=[GIANNA, ENZO], topics=["speech_language_therapy", "compensatory_services", "evaluation"],
    commitments=[C("C_draft_letter", "adv", "draft the letter to the special education director",
                   "I'll draft that letter for you and send it over by Monday so you can edit it.", "2026-02-09")])),

msg("T12.2", "adv", "2026-02-09 21:50", "direct", to=["tess"], cc=["trail"], reply_to="T12.1", sig=SIG["adv"],
    attachments=[dict(name="Draft - letter to Dr Ingersoll re Enzo speech.docx",
                      type="application/vnd.openxmlformats-officedocument.wordprocessingml.document", text=DRAFT_LETTER)],
body="""\
Here's the draft. Change anything you want - it's your letter, not mine. I'd try to send it this week if you can.

M.""",
labels=dict(students=[ENZO], topics=[], fulfills=["C_draft_letter"],
    attachment_topics=["speech_language_therapy", "compensatory_services", "assistive_technology"])),
)

# ---------------------------------------------------------------------------------------------
# T13  Enzo - letter to the special education director about missed speech (February - March)
COMP_PLAN_TEXT = """\
COMPENSATORY SERVICES PLAN - SPEECH-LANGUAGE THERAPY
Susquehanna Ridge School District - Office of Special Education
Student: Enzo Marchetti   Grade 1   Brookfield Elementary
IEP service: speech-language therapy, 2 x 30 minutes weekly

Missed session log:
01/08/2026  SLP assigned to an evaluation - made up 02/02/2026
02/10/2026  no SLP assigned (coverage gap)
02/12/2026  no SLP assigned (coverage gap)
02/17/2026  no SLP assigned (coverage gap)
02/19/2026  no SLP assigned (coverage gap)
Total owed: 120 minutes

Compensatory sessions (provider: Colleen Ferrante, CCC-SLP, Tri-Valley IU 16):
Wed 03/18/2026 10:30-11:00
Wed 03/25/2026 10:30-11:00
Wed 04/08/2026 10:30-11:00
Wed 04/15/2026 10:30-11:00

Prepared by D. Achterberg for P. Ingersoll, Ed.D., 03/10/2026"""

thread("T13", "Enzo Marchetti - missed speech services and request for compensatory services",
msg("T13.1", "tess", "2026-02-11 08:30", "bcc-self", to=["ing"], cc=["cast", "ach", "adv"], sig="(717) 555-0192",
body="""\
Dear Dr. Ingersoll,

I am writing about my son, Enzo Marchetti, a first grader at Brookfield Elementary. Enzo's IEP provides speech-language therapy twice a week for 30 minutes, including support for his AAC device (TouchChat on an iPad).

His speech-language pathologist, Ms. Whitaker, began her leave this week. We were told a substitute from the IU would start on February 9. As of today no one has started, and Enzo did not receive speech on Tuesday, February 10. He also missed a session on January 8, which was made up on February 2.

I am requesting the following in writing:

1. A list of every speech session Enzo has missed since January 1 and the reason.
2. A written plan for compensatory speech-language sessions for every missed session.
3. The name of the person providing his speech therapy and the date they will start.

Please respond by February 20. I would prefer to resolve this informally and I appreciate your help.

Sincerely,
Teresa Marchetti""",
labels=dict(students=[ENZO], topics=["speech_language_therapy", "compensatory_services", "assistive_technology"],
    requests=[R("R_missed_list", "tess", "A list of every speech session Enzo has missed since January 1 and the reason."),
              R("R_comp_plan", "tess", "A written plan for compensatory speech-language sessions for every missed session."),
              R("R_slp_name", "tess", "The name of the person providing his speech therapy and the date they will start.")],
    fulfills=["C_makeup_feb2"],
    missed=[("speech_language_therapy", "2026-02-10", 30), ("speech_language_therapy", "2026-01-08", 30)])),

msg("T13.2", "ing", "2026-02-18 16:55", "direct", to=["tess"], cc=["cast", "ach", "adv"], reply_to="T13.1", html=True, filtered=True, sig=SIG["ing"],
body="""\
Dear Mrs. Marchetti,

Thank you for your letter of February 11, and please accept my apology for the disruption to Enzo's services.

The Tri-Valley IU has confirmed that Mrs. Colleen Ferrante, CCC-SLP, will begin serving Brookfield Elementary on Tuesday, February 24. Her clearances were completed this week.

The district agrees that Enzo is owed compensatory speech-language services for sessions missed during the coverage gap. Mr. Achterberg is compiling the list of missed sessions. We will provide you with a written compensatory services plan by 3/6, once Mrs. Ferrante has had a chance to review her caseload and schedule.

Please feel free to contact my office at (717) 555-0100 with any questions.

Sincerely,
Paul Ingersoll, Ed.D.""",
labels=dict(students=[ENZO], topics=["speech_language_therapy", "compensatory_services"],
    commitments=[C("C_ferrante_feb24", "ferr", "Mrs. Ferrante begins serving Brookfield (Enzo's speech) on Feb 24",
                   "Mrs. Colleen Ferrante, CCC-SLP, will begin serving Brookfield Elementary on Tuesday, February 24", "2026-02-24"),
                 C("C_comp_plan_36", "ing", "provide a written compensatory speech services plan",
                   "We will provide you with a written compensatory services plan by 3/6", "2026-03-06")],
    answers=["R_slp_name"])),

msg("T13.3", "tess", "2026-03-09 12:15", "bcc-self", to=["ing"], cc=["ach", "adv"], reply_to="T13.2",
body="""\
Dr. Ingersoll,

Your February 18 email said the district would provide a written compensatory services plan by 3/6. I haven't received it. Can you please send it by this Friday, March 13? I've copied Marianne Kessler, who is helping our family.

On a good note, Mrs. Ferrante has been seeing Enzo since February 24 and he is so happy to have speech back.

Thank you,
Tess Marchetti""",
labels=dict(students=[ENZO], topics=["compensatory_services", "speech_language_therapy"],
    requests=[R("R_plan_by_313", "tess", "Can you please send it by this Friday, March 13?")],
    fulfills=["C_ferrante_feb24", "C_ferrante_feb9"])),

msg("T13.4", "ach", "2026-03-10 15:45", "direct", to=["tess"], cc=["ing", "adv", "ferr"], reply_to="T13.3", html=True, filtered=True, sig=SIG["ach"],
    attachments=[dict(name="Marchetti_E_Comp_Speech_Plan_3-10-26.pdf", type="application/pdf", text=COMP_PLAN_TEXT)],
body="""\
Hi Mrs. Marchetti,

On behalf of Dr. Ingersoll, attached is Enzo's compensatory speech plan, along with my log. Enzo missed four sessions during the coverage gap: February 10, 12, 17 and 19 (the January 8 session was already made up on February 2). That's 120 minutes. Mrs. Ferrante will make these up in four extra 30-minute sessions on Wednesday mornings starting March 18.

To answer the question you sent her last week: yes, Mrs. Ferrante will be the one providing the make-up sessions, since she's his SLP for the rest of the year.

I'm sorry this took longer than it should have.

Devin Achterberg""",
labels=dict(students=[ENZO], topics=["speech_language_therapy", "compensatory_services"],
    commitments=[C("C_comp_sessions", "ferr", "four extra 30-minute compensatory speech sessions on Wednesdays starting March 18",
                   "Mrs. Ferrante will make these up in four extra 30-minute sessions on Wednesday mornings starting March 18.", "2026-03-18")],
    fulfills=["C_comp_plan_36", "C_speech_log"],
    answers=["R_missed_list", "R_comp_plan", "R_plan_by_313", "R_who_comp"],
    missed=[("speech_language_therapy", "2026-02-10", 30), ("speech_language_therapy", "2026-02-12", 30),
            ("speech_language_therapy", "2026-02-17", 30), ("speech_language_therapy", "2026-02-19", 30),
            ("speech_language_therapy", "2026-01-08", 30)],
    attachment_topics=["speech_language_therapy", "compensatory_services"])),
)

# ---------------------------------------------------------------------------------------------
# T14  Enzo - "no speech" this week; the SLP's out-of-office reply (February)
thread("T14", "Enzo speech this week",
msg("T14.1", "tess", "2026-02-12 19:45", "bcc-self", to=["whit", "ach"], sig=SIG["tess_phone"],
body="""\
Hi Alyssa and Mr. Achterberg,

I know Alyssa is probably already out (congratulations again!!) but I wasn't sure who else to ask. Enzo told me at dinner there was "no speech" again today, and when I asked about Tuesday he shook his head and signed "no" for that too.

Is Mrs. Ferrante there yet? I thought she was starting this week.""",
labels=dict(students=[ENZO], topics=["speech_language_therapy"],
    requests=[R("R_ferrante_yet", "tess", "Is Mrs. Ferrante there yet?")],
    missed=[("speech_language_therapy", "2026-02-12", 30), ("speech_language_therapy", "2026-02-10", 30)])),

msg("T14.2", "whit", "2026-02-12 19:45:40", "direct", to=["tess"], reply_to="T14.1", quote=False, auto_reply=True, filtered=True,
    subject="Automatic reply: Enzo speech this week",
body="""\
Thank you for your email. I am currently out of the office on leave and will return on Monday, May 4, 2026. I will not have access to email during this time.

For speech-language questions at Brookfield Elementary, please contact Devin Achterberg (dachterberg@srsdk12.org) or the Office of Special Education at (717) 555-0100.""",
labels=dict(students=[], topics=[])),

msg("T14.3", "ach", "2026-02-13 10:15", "direct", to=["tess"], cc=["cast"], reply_to="T14.1", html=True, filtered=True, sig=SIG["ach"],
body="""\
Hi Mrs. Marchetti,

Alyssa's auto-reply probably beat me to it. You're right - Enzo did not have speech on Tuesday or Thursday this week. Mrs. Ferrante's start was pushed back because the IU is still finishing her clearances (the Act 34/151/114 paperwork). I'm hoping she'll be here the week of the 23rd but I don't have a firm date.

I want to be upfront that he will be owed those sessions. I'll keep a running log of every session he misses until she starts and send it to you.

In the meantime I've been doing some extra device practice with him in my room, but I know that's not the same thing as speech.

Devin""",
labels=dict(students=[ENZO], topics=["speech_language_therapy", "compensatory_services", "assistive_technology"],
    commitments=[C("C_speech_log", "ach", "keep a log of every missed speech session until the sub starts and send it to the parent",
                   "I'll keep a running log of every session he misses until she starts and send it to you.")],
    answers=["R_ferrante_yet"],
    missed=[("speech_language_therapy", "2026-02-10", 30), ("speech_language_therapy", "2026-02-12", 30)])),
)

# ---------------------------------------------------------------------------------------------
# T15  Enzo - annual IEP meeting (February - March)
INVITE_TEXT = """\
INVITATION TO PARTICIPATE IN THE IEP TEAM MEETING
Susquehanna Ridge School District
Student: Enzo Marchetti   Grade 1   Brookfield Elementary School
Date/time: Thursday, March 19, 2026, 3:30 PM   Location: Brookfield Elementary Library
Purpose: annual review of the IEP; consideration of Extended School Year (ESY) eligibility;
review of assistive technology needs (AAC device).
Invited: Devin Achterberg (special education teacher); Kara Lindqvist (regular education teacher);
Renee Castellano (LEA representative); Colleen Ferrante (speech-language pathologist);
Hannah Voss (occupational therapist); Marcus Odell (physical therapist).
-----------------------------------------------------------------------
Parent response (return this section):  [ ] I will attend   [ ] I will not attend   [ ] please reschedule
Signature ____________________"""

DRAFT_IEP_TEXT = """\
DRAFT - INDIVIDUALIZED EDUCATION PROGRAM (IEP)
Susquehanna Ridge School District
Student: Enzo Marchetti   Grade: 1   School: Brookfield Elementary
IEP meeting date: 03/19/2026   Anticipated duration: 03/19/2026 - 03/18/2027
Disability categories: Speech or Language Impairment (childhood apraxia of speech); Other Health Impairment (hypotonia)

PRESENT LEVELS (summary): Enzo communicates with 1-2 word approximations, signs, and his AAC device
(TouchChat on iPad). He combines 2 symbols to request in 80% of opportunities.

GOALS
1. Using his AAC device, Enzo will combine 2-3 symbols to request, comment and protest in 4 of 5 opportunities.
2. Enzo will produce CV and CVCV word shapes with 70% accuracy in structured tasks.
3. Fine motor: Enzo will copy a 5-word sentence using a slant board and pencil grip.
4. Gross motor: Enzo will descend a flight of stairs alternating feet with one rail.

PROGRAM MODIFICATIONS AND SDI
- AAC device available in all settings; sent home daily, charged
- Visual first-then schedule
- Movement/sensory breaks every 45 minutes and on request
- Sensory tools (fidget, chewy, wiggle seat)
- Slant board and pencil grips
- Adult scribe for written work beyond two sentences

RELATED SERVICES
- Speech-language therapy 2 x 30 minutes weekly
- Occupational therapy 30 minutes weekly
- Physical therapy 30 minutes weekly
- Personal care assistant (1:1 paraprofessional), full school day
- Special transportation: van with bus aide and safety vest; ride not to exceed 45 minutes

EXTENDED SCHOOL YEAR: to be determined by the IEP team (speech, OT)."""

FINAL_IEP_TEXT = DRAFT_IEP_TEXT.replace("DRAFT - INDIVIDUALIZED", "INDIVIDUALIZED").replace(
    "- Personal care assistant (1:1 paraprofessional), full school day",
    "- Personal care assistant (1:1 paraprofessional), full school day. The assigned PCA will not be\n"
    "  reassigned for building coverage; if the PCA is absent, a substitute aide is assigned to Enzo (p. 14).").replace(
    "EXTENDED SCHOOL YEAR: to be determined by the IEP team (speech, OT).",
    "EXTENDED SCHOOL YEAR: eligible. Speech-language therapy and occupational therapy, July 2026, 3 mornings a week,\n"
    "with transportation.")

NOREP_TEXT = """\
NOTICE OF RECOMMENDED EDUCATIONAL PLACEMENT / PRIOR WRITTEN NOTICE (NOREP/PWN)
Susquehanna Ridge School District
Student: Enzo Marchetti   Date: 03/26/2026
Recommended action: revised IEP dated 03/19/2026.
Type of support: itinerant learning support, with speech-language therapy, occupational therapy,
physical therapy, personal care assistant, special transportation, and Extended School Year services.
Location: Brookfield Elementary School.
Parent response:  [ ] I approve this action   [ ] I do not approve this action and request ...
Signature ____________________   Date ________"""

thread("T15", "Enzo's annual IEP - scheduling",
msg("T15.1", "ach", "2026-02-17 13:00", "direct", to=["tess", "dom"], html=True, filtered=True, sig=SIG["ach"],
body="""\
Hi Mr. and Mrs. Marchetti,

Enzo's annual IEP is due by March 27, so it's that time already! I'd like to get the meeting on the calendar. Could either of you do one of these?

- Thursday 3/12 at 3:30
- Monday 3/16 at 8:00
- Thursday 3/19 at 3:30

Hannah (OT), Marcus (PT), Mrs. Lindqvist, Mrs. Castellano and our speech person will all be there. I'll send a draft IEP home at least five school days before the meeting so you have time to look it over.

Heads up, I will be out Friday for a training, so if you reply then I won't see it until Monday.

Devin""",
labels=dict(students=[ENZO], topics=["iep_meeting"],
    commitments=[C("C_draft_iep_5days", "ach", "send the draft IEP home at least five school days before the meeting",
                   "I'll send a draft IEP home at least five school days before the meeting so you have time to look it over.")],
    requests=[R("R_pick_date", "ach", "Could either of you do one of these?")])),

msg("T15.2", "tess", "2026-02-17 20:20", "bcc-self", to=["ach"], cc=["dom"], reply_to="T15.1",
body="""\
Hi Devin,

3/19 at 3:30 works for both of us. Dom will join by phone from work. Can Mrs. Ferrante please be there even if she's brand new? I really want to talk about his talker goals and who is programming it while Alyssa is out.

I'll send you my parent concerns page by Monday the 16th.

Thanks,
Tess""",
labels=dict(students=[ENZO], topics=["iep_meeting", "assistive_technology", "speech_language_therapy"],
    commitments=[C("C_parent_concerns", "tess", "send the parent concerns page before the IEP meeting",
                   "I'll send you my parent concerns page by Monday the 16th.", "2026-03-16")],
    requests=[R("R_ferrante_attend", "tess", "Can Mrs. Ferrante please be there even if she's brand new?")],
    answers=["R_pick_date"])),

msg("T15.3", "ach", "2026-02-19 14:10", "direct", to=["tess", "dom"], reply_to="T15.2", html=True, filtered=True, sig=SIG["ach"],
    attachments=[dict(name="Invitation_to_Participate_EMarchetti_3-19-26.pdf", type="application/pdf", text=INVITE_TEXT)],
body="""\
Perfect, Thursday 3/19 at 3:30 it is, in the Brookfield library. Attached is the Invitation to Participate in the IEP Team Meeting. Please sign and return the bottom section letting us know whether you'll attend.

And yes - Mrs. Ferrante will be there. I already checked with the IU.

Devin""",
labels=dict(students=[ENZO], topics=["iep_meeting"],
    commitments=[C("C_ferrante_attends", "ferr", "Mrs. Ferrante attends Enzo's 3/19 IEP meeting",
                   "And yes - Mrs. Ferrante will be there.", "2026-03-19")],
    requests=[R("R_sign_invite", "ach", "Please sign and return the bottom section letting us know whether you'll attend.")],
    answers=["R_ferrante_attend"],
    attachment_topics=["iep_meeting", "extended_school_year", "assistive_technology"])),

msg("T15.4", "ach", "2026-03-11 15:20", "direct", to=["tess", "dom"], reply_to="T15.3", html=True, filtered=True, sig=SIG["ach"],
    subject="DRAFT IEP - Enzo Marchetti",
    attachments=[dict(name="DRAFT_IEP_EMarchetti_2026-03-19.pdf", type="application/pdf", text=DRAFT_IEP_TEXT)],
body="""\
Hi both,

The draft IEP is attached - and it really is a DRAFT, everything in it is up for discussion on the 19th. A few things to look at before then:

- Hannah added the slant board and pencil grips to the SDI page.
- Marcus is recommending we keep PT at 30 minutes a week through next year.
- I added ESY for speech and OT as a question for the team, since he has lost ground over the summer in the past.
- Mrs. Ferrante updated his speech goals with her baseline data.

Let me know if you have questions before Thursday!

Devin""",
labels=dict(students=[ENZO], topics=["iep_meeting", "occupational_therapy", "assistive_technology", "physical_therapy",
                                     "extended_school_year", "speech_language_therapy"],
    fulfills=["C_draft_iep_5days", "C_slant_in_iep"],
    attachment_topics=["iep_meeting", "speech_language_therapy", "occupational_therapy", "physical_therapy",
                       "paraprofessional", "transportation", "assistive_technology", "visual_schedule", "breaks",
                       "sensory_tools", "scribe", "extended_school_year"])),

msg("T15.5", "tess", "2026-03-16 06:40", "bcc-self", to=["ach"], cc=["dom"], reply_to="T15.4",
body="""\
Good morning Devin,

Here is our parent concerns page for Thursday. I pasted it below so nobody has to open an attachment.

PARENT CONCERNS - Enzo Marchetti
- Speech: we want the make-up sessions finished and written into the meeting notes.
- His talker: it needs to come home every day, charged, and we'd like his home vocabulary updated at least monthly.
- Aide: he needs his 1:1 at all times for the bathroom and hallways. We want it in writing that she can't be pulled to cover other rooms.
- Bus: the afternoon van is still 30+ minutes late most days.
- ESY: yes, we want it for speech and OT.

Also, the signed invitation went back in his folder back in February. Let me know if it didn't make it to you.

Tess""",
labels=dict(students=[ENZO], topics=["iep_meeting", "speech_language_therapy", "compensatory_services", "assistive_technology",
                                     "paraprofessional", "transportation", "extended_school_year", "occupational_therapy"],
    fulfills=["C_parent_concerns"], answers=["R_sign_invite"])),

msg("T15.6", "ach", "2026-03-20 14:00", "direct", to=["tess", "dom"], cc=["cast"], reply_to="T15.5", html=True, filtered=True, sig=SIG["ach"],
body="""\
Thank you both for a productive meeting yesterday, and it was great to have Mrs. Ferrante there to walk us through his new speech goals. To recap what we agreed:

- The revised IEP and NOREP will come home by March 27.
- ESY was approved for speech and OT, three weeks in July.
- Mrs. Castellano is adding the "no coverage" language to the paraprofessional section.

I'll also set up a meeting with the AT consultant from the IU about whether a newer device makes sense for next year, and I'll reach out once I have dates.

Devin""",
labels=dict(students=[ENZO], topics=["iep_meeting", "extended_school_year", "speech_language_therapy", "occupational_therapy",
                                     "paraprofessional", "assistive_technology"],
    commitments=[C("C_final_iep_327", "ach", "send the revised IEP and NOREP home",
                   "The revised IEP and NOREP will come home by March 27.", "2026-03-27"),
                 C("C_no_coverage", "cast", "add the 'no coverage' language for the aide to the paraprofessional section of the IEP",
                   "Mrs. Castellano is adding the \"no coverage\" language to the paraprofessional section."),
                 C("C_at_consult", "ach", "set up a meeting with the IU AT consultant about a newer AAC device",
                   "I'll also set up a meeting with the AT consultant from the IU about whether a newer device makes sense for next year")],
    fulfills=["C_ferrante_attends"])),

msg("T15.7", "ach", "2026-03-26 16:10", "direct", to=["tess", "dom"], reply_to="T15.6", html=True, filtered=True, sig=SIG["ach"],
    attachments=[dict(name="IEP_EMarchetti_FINAL_2026-03-19.pdf", type="application/pdf", text=FINAL_IEP_TEXT),
                 dict(name="NOREP_EMarchetti.pdf", type="application/pdf", text=NOREP_TEXT)],
body="""\
Hi Tess and Dom,

Attached are Enzo's revised IEP and the NOREP. Please sign the NOREP and return it - you can also sign electronically through the parent portal, which is usually easiest. The "no coverage" language for his aide is on page 14 under Program Modifications and SDI.

Devin""",
labels=dict(students=[ENZO], topics=["iep_meeting", "paraprofessional"],
    requests=[R("R_sign_norep", "ach", "Please sign the NOREP and return it")],
    fulfills=["C_final_iep_327", "C_no_coverage"],
    attachment_topics=["iep_meeting", "paraprofessional", "extended_school_year", "speech_language_therapy",
                       "occupational_therapy", "physical_therapy", "transportation", "assistive_technology",
                       "visual_schedule", "breaks", "sensory_tools", "scribe"])),
)

# ---------------------------------------------------------------------------------------------
# T16  Gianna - science class notes not provided (February)
thread("T16", "Gianna - science notes",
msg("T16.1", "tess", "2026-02-19 19:00", "bcc-self", to=["menon"], cc=["oye"],
body="""\
Hi Mr. Menon,

Gianna gets a copy of the class notes as an accommodation in her IEP, but she says she didn't get them on Tuesday or today for the cells unit. She's been trying to copy from the board and can't keep up, and the quiz is next week.

Could you send me the slides or notes from those two days so she can study? Thanks so much.

Tess Marchetti""",
labels=dict(students=[GIANNA], topics=["class_notes"],
    requests=[R("R_science_notes", "tess", "Could you send me the slides or notes from those two days so she can study?")],
    missed=[("class_notes", "2026-02-17", None), ("class_notes", "2026-02-19", None)])),

msg("T16.2", "menon", "2026-02-20 08:05", "attachment-forward", to=["tess"], cc=["oye"], reply_to="T16.1", html=True,
    fwd_at="2026-02-20 12:15", fwd_note="science notes for G", sig=SIG["menon"],
    attachments=[dict(name="Unit5_Cells_Notes_Tue-Thu.pdf", type="application/pdf", text="""\
UNIT 5: CELLS - Life Science 7 (Mr. Menon)
Day 3 (Tue 2/17): Cell organelles - nucleus, cell membrane, cytoplasm, mitochondria, ribosomes.
  The nucleus controls the cell's activities; mitochondria release energy from food.
Day 4 (Thu 2/19): Plant vs. animal cells - cell wall, chloroplasts, large central vacuole.
  Venn diagram practice. Exit ticket: name two structures found only in plant cells.""")],
body="""\
Good morning Mrs. Marchetti,

Apologies - I switched to a new slide deck for the cells unit this week and forgot to print her copy of the notes on Tuesday and Thursday. I've attached them here, and I will have a printed packet for the rest of the unit on her desk Monday. All of the slides are also on Schoology under "Unit 5 - Cells."

She's also back at the front table near the screen as of today. When we changed lab groups last week my seating chart got reshuffled and I didn't catch that she'd been moved to the back, which isn't where her IEP says she should be.

Best,
Raj Menon""",
labels=dict(students=[GIANNA], topics=["class_notes", "preferential_seating"],
    commitments=[C("C_science_packet", "menon", "have a printed notes packet for the rest of the cells unit on Gianna's desk Monday",
                   "I will have a printed packet for the rest of the unit on her desk Monday", "2026-02-23")],
    answers=["R_science_notes"],
    missed=[("class_notes", "2026-02-17", None), ("class_notes", "2026-02-19", None)])),
)

# ---------------------------------------------------------------------------------------------
# T17  Enzo - the substitute SLP (February - April)
thread("T17", "Introduction - Enzo's speech",
msg("T17.1", "ferr", "2026-02-24 14:30", "gmail-forward", to=["tess"], cc=["ach"],
    fwd_at="2026-02-24 20:10", fwd_note="New SLP!!", sig=SIG["ferr"],
body="""\
Hi Mrs. Marchetti,

My name is Colleen Ferrante and I'm the speech-language pathologist covering for Alyssa Whitaker through the end of the school year. I saw Enzo for the first time today and he was a delight! He showed me his whole TouchChat family page and made very sure I knew who Nonna Rosie was.

I'll be seeing him Tuesdays and Thursdays at 11:15, same as before. I'll send home a quick speech note in his folder after every session so you know what we worked on.

Please reach out anytime.""",
labels=dict(students=[ENZO], topics=["speech_language_therapy", "assistive_technology"],
    commitments=[C("C_speech_notes", "ferr", "send home a speech note in Enzo's folder after every session",
                   "I'll send home a quick speech note in his folder after every session so you know what we worked on.")],
    fulfills=["C_ferrante_feb9", "C_ferrante_feb24"])),

msg("T17.2", "tess", "2026-03-02 20:00", "bcc-self", to=["ferr"], cc=["ach"], reply_to="T17.1",
body="""\
Hi Mrs. Ferrante,

Welcome, and thank you! The speech notes in his folder are so helpful - we've been practicing "my turn / your turn" at dinner like you suggested and his sister is a very strict referee.

Quick question - are you the one who will do the make-up sessions Dr. Ingersoll mentioned, or is that someone else?

Tess""",
labels=dict(students=[ENZO], topics=["speech_language_therapy", "compensatory_services"],
    requests=[R("R_who_comp", "tess", "are you the one who will do the make-up sessions Dr. Ingersoll mentioned, or is that someone else?")],
    fulfills=["C_speech_notes"])),

msg("T17.3", "ferr", "2026-04-08 13:10", "apple-forward", to=["tess"], cc=["ach"], reply_to="T17.2",
    fwd_at="2026-04-08 17:45", fwd_note="ugh. again.", sig=SIG["ferr"],
body="""\
Hi Tess,

I'm so sorry - I had to cancel Enzo's make-up session this morning (4/8) because I was called into an IEP meeting at the Primary Center that ran long. We did get 3/18 and 3/25 in, and he did great both times. I'll add it to the end, so the last one will be Wednesday 4/22.

His regular Tuesday/Thursday sessions are not affected.

Colleen""",
labels=dict(students=[ENZO], topics=["speech_language_therapy", "compensatory_services"],
    commitments=[C("C_comp_422", "ferr", "reschedule the cancelled 4/8 make-up speech session to Wednesday 4/22",
                   "I'll add it to the end, so the last one will be Wednesday 4/22.", "2026-04-22")],
    fulfills=["C_comp_sessions"],
    missed=[("speech_language_therapy", "2026-04-08", 30)])),
)

# ---------------------------------------------------------------------------------------------
# T18  Gianna - a substitute didn't allow her calculator or extra time (February - March)
thread("T18", "Math quiz with the sub",
msg("T18.1", "tess", "2026-02-25 19:50", "bcc-self", to=["oye"], cc=["heck"],
body="""\
Hi Brianna,

Gianna said Mr. Heckman had a sub yesterday and the class took the 6.2 quiz. The sub wouldn't let her use her calculator on the multi-step problems ("it's not on my list") and collected everyone's quiz at the bell, so she didn't get her extra time either. She didn't want to argue with a sub, which I understand.

Is there a way the sub plans can include her accommodations? And can she redo the quiz? I don't want this one to count against her.

Thanks,
Tess""",
labels=dict(students=[GIANNA], topics=["calculator", "extended_time"],
    requests=[R("R_sub_plans", "tess", "Is there a way the sub plans can include her accommodations?"),
              R("R_redo_quiz", "tess", "And can she redo the quiz?")],
    missed=[("calculator", "2026-02-24", None), ("extended_time", "2026-02-24", None)])),

msg("T18.2", "oye", "2026-02-26 11:15", "direct", to=["tess"], cc=["heck", "trail"], reply_to="T18.1", html=True, sig=SIG["oye"],
body="""\
Hi Tess,

Thank you for letting me know, and I'm sorry. I checked with Mr. Heckman, and the sub folder had his lesson plans but not the accommodations summary that's supposed to be in there. I've now put a one-page accommodations sheet for each of my students in every core teacher's sub folder, and I'm going to ask the office to remind subs to check it.

Gianna can retake the 6.2 quiz with me on Monday during WIN with her calculator and time and a half. Mr. Heckman said he'll count the higher score.

Brianna""",
labels=dict(students=[GIANNA], topics=["calculator", "extended_time"],
    commitments=[C("C_retake_monday", "oye", "let Gianna retake the 6.2 quiz Monday during WIN with calculator and time and a half",
                   "Gianna can retake the 6.2 quiz with me on Monday during WIN with her calculator and time and a half.", "2026-03-02"),
                 C("C_office_remind_subs", "oye", "ask the office to remind substitutes to check the accommodations sheet",
                   "I'm going to ask the office to remind subs to check it."),
                 C("C_higher_score", "heck", "count the higher of the two 6.2 quiz scores",
                   "Mr. Heckman said he'll count the higher score.")],
    answers=["R_sub_plans", "R_redo_quiz"])),

msg("T18.3", "heck", "2026-03-03 13:02", "gmail-forward", to=["tess"], cc=["oye"], reply_to="T18.2",
    fwd_at="2026-03-03 18:10", fwd_note="math retake", sig=SIG["heck"],
body="""\
Retake was an 88, thats whats in the gradebook now. Nice job by her

TH""",
labels=dict(students=[GIANNA], topics=[], fulfills=["C_retake_monday", "C_higher_score"])),
)

# ---------------------------------------------------------------------------------------------
# T19  Enzo - the van never came; then no bus aide (March)
thread("T19", "Van 22 did not come this morning",
msg("T19.0", "rosie", "2026-03-02 08:31", "not-forwarded", to=["tomc"], sig=SIG["rosie"],
body="""\
Good morning,

The van never came for Enzo this morning. I waited at the end of the lane with him until 8:05 and then drove him to school myself. He was 20 minutes late and very upset because he missed the morning song. What happened?

Rosemary Finch (grandmother)"""),

msg("T19.1", "tomc", "2026-03-02 13:40", "yahoo-forward", to=["rosie"], cc=["tess"], reply_to="T19.0", html=True,
    fwd_by="rosie", fwd_at="2026-03-02 14:25", fwd_note="Tess - see below. I told her you would want that phone call.\nMom", sig=SIG["tomc"],
body="""\
Mrs. Finch,

I'm very sorry that Van 22 did not arrive this morning. The regular driver called out, and the substitute driver did not have Enzo's stop on the route sheet. I've spoken with Hollinger and his stop has been added to the substitute route sheets.

I will call Mrs. Marchetti tomorrow to go over what happened and to talk about reimbursement for the mileage.

Bev Tomczak""",
labels=dict(students=[ENZO], topics=["transportation"],
    commitments=[C("C_call_tomorrow", "tomc", "call the parent to go over the missed van and mileage reimbursement",
                   "I will call Mrs. Marchetti tomorrow to go over what happened and to talk about reimbursement for the mileage.", "2026-03-03")],
    missed=[("transportation", "2026-03-02", None)])),

msg("T19.2", "tess", "2026-03-12 19:50", "bcc-self", to=["tomc"], cc=["ach", "cast"], reply_to="T19.1",
body="""\
Ms. Tomczak,

You wrote to my mother on 3/2 that you would call me the next day. No one called.

Today the afternoon van came without the bus aide, and Enzo was not wearing his safety vest when he got off. The driver told my mother the aide was out and "he was fine." His IEP requires the aide on the van and the vest on every ride. How is a 7 year old who can't tell anyone what's wrong supposed to be "fine" without them?

Who do I talk to at Hollinger directly? And is the mileage reimbursement still happening?

Tess Marchetti""",
labels=dict(students=[ENZO], topics=["transportation"],
    requests=[R("R_hollinger_contact", "tess", "Who do I talk to at Hollinger directly?"),
              R("R_mileage", "tess", "And is the mileage reimbursement still happening?")],
    missed=[("transportation", "2026-03-12", None)])),

msg("T19.3", "tomc", "2026-03-13 09:40", "outlook-forward", to=["tess"], cc=["dom", "ach", "cast"], reply_to="T19.2", html=True,
    fwd_by="dom", fwd_at="2026-03-13 11:02", fwd_note="For the file.", sig=SIG["tomc"],
body="""\
Mrs. Marchetti,

My apologies for not calling. I was out sick the rest of that week and it fell through the cracks, which I know is not an excuse.

You are right that the bus aide was absent yesterday and Hollinger did not send a replacement. That is not acceptable and I have reported it to their safety manager. Their dispatcher is Rick Gauthier, (717) 555-0188, dispatch@hollingerbuslines.com, but please keep copying me on any concerns so I have a record.

Bev""",
labels=dict(students=[ENZO], topics=["transportation"], answers=["R_hollinger_contact"],
    missed=[("transportation", "2026-03-12", None)])),
)

# ---------------------------------------------------------------------------------------------
# T20/T21  Enzo - his 1:1 aide pulled to cover kindergarten (March): the aide's own note, then the parent's letter
thread("T20", "enzo today",
msg("T20.1", "sprout", "2026-03-03 15:40", "direct", to=["tess"], filtered=True, sig=SIG["iphone"],
body="""\
hi mrs marchetti its jackie. i wanted to let you know i got pulled today to cover kindergarten for the morning bc they had 2 aides out, so i wasnt with enzo from 8:45 till lunch. mrs lindqvist had him and he did ok but he had an accident in the bathroom and got really upset, she helped him change. i feel so bad, i know he needs me for bathroom and the hallways. i told mrs castellano i dont think its ok. please dont say i told you lol

jackie""",
labels=dict(students=[ENZO], topics=["paraprofessional"],
    missed=[("paraprofessional", "2026-03-03", None)])),
)

thread("T21", "Enzo's aide",
msg("T21.1", "tess", "2026-03-03 21:10", "bcc-self", to=["cast"], cc=["ach"],
body="""\
Dear Mrs. Castellano,

I learned that Enzo's 1:1 aide was reassigned to cover kindergarten this morning and he was without her from about 8:45 until lunch. His IEP gives him a full-time personal care assistant for toileting, hallway transitions and safety. He had a toileting accident while she was gone and was very upset when he got home. Isn't that the whole point of having a 1:1?

How many times has his aide been pulled to cover other classrooms since January? And what is the plan when the building is short-staffed, so this doesn't happen again?

I'm not looking to blame anyone who works with him, they are wonderful. But he can't be the one who goes without.

Tess Marchetti""",
labels=dict(students=[ENZO], topics=["paraprofessional"],
    requests=[R("R_aide_count", "tess", "How many times has his aide been pulled to cover other classrooms since January?"),
              R("R_aide_plan", "tess", "And what is the plan when the building is short-staffed, so this doesn't happen again?")],
    missed=[("paraprofessional", "2026-03-03", None)])),

msg("T21.2", "cast", "2026-03-05 12:02", "direct", to=["tess"], cc=["ach"], reply_to="T21.1", html=True, filtered=True, sig=SIG["cast"],
body="""\
Dear Mrs. Marchetti,

Thank you for bringing this to my attention, and I am sorry for the distress this caused Enzo. You are correct that Ms. Sprout was reassigned on Tuesday morning because of two staff absences in kindergarten. That decision should not have been made without someone in place for Enzo, and I have addressed it with our office staff.

Going forward, Ms. Sprout will not be used for building coverage. If she is absent, a substitute aide will be assigned to Enzo before any other coverage is arranged.

I will check our coverage records and let you know how many times this has happened since January.

Please know how much we value Enzo and your family.

Renee Castellano""",
labels=dict(students=[ENZO], topics=["paraprofessional"],
    commitments=[C("C_coverage_count", "cast", "check coverage records and report how many times the aide was pulled since January",
                   "I will check our coverage records and let you know how many times this has happened since January.")],
    answers=["R_aide_plan"],
    missed=[("paraprofessional", "2026-03-03", None)])),
)

# ---------------------------------------------------------------------------------------------
# T22  School newsletter (HTML only) - a trap: general announcements, not about either child
thread("T22", "Brookfield Bulldog Bulletin - March 2026",
msg("T22.1", "news", "2026-03-06 17:00", "direct", to=["trail"], newsletter=True,
body="""\
BROOKFIELD BULLDOG BULLETIN
March 2026

A Note from Dr. Castellano
Bulldog families, can you believe we're already in March? Thank you to everyone who came out for Family Literacy Night - we had over 200 guests and gave away 400 books! Our Kindness Challenge continues all month, and every class that fills its kindness chain earns an extra recess.

Important Dates
- Mon 3/9: PTO Meeting, 6:30 PM, library
- Fri 3/13: Read Across America Dress-Up Day (come as your favorite book character!)
- Tue 3/17: Spring Picture Day
- Fri 3/20: Early Dismissal - buses depart at 12:45 PM
- Thu 4/2 - Mon 4/6: Spring Break, no school

Health Office
Our school nurse will complete state-mandated hearing and vision screenings for grades K, 1, 2 and 3 during March. You will only be contacted if your child needs a follow-up screening.

Kindergarten Registration
Registration for the 2026-27 school year is now open. Please visit srsdk12.org/register or call the main office.

Book Fair
The Scholastic Book Fair is March 23-27 in the library. eWallet is available for cashless shopping.

Go Bulldogs!""",
labels=dict(students=[], topics=[])),
)

# ---------------------------------------------------------------------------------------------
# T23  Gianna - the Reevaluation Report and her IEP meeting (March)
RR_TEXT = """\
REEVALUATION REPORT (RR)
Susquehanna Ridge School District - Office of Special Education
Student: Gianna Marchetti   DOB: 04/19/2013   Grade: 7   School: Conoy Creek Middle School
Date of report: 03/09/2026   Evaluator: Lauren Trexler, Ed.S., NCSP, Certified School Psychologist

Sources of information: parent input questionnaire; teacher input (ELA, math, science, learning support);
WISC-V; WIAT-4; CTOPP-2; Conners 4 (parent and teacher forms); Wilson step assessment (B. Oyelaran);
classroom observation (ELA, 2/10/2026); review of progress monitoring.

Summary of results: average verbal comprehension and fluid reasoning; processing speed low average (81).
WIAT-4 basic reading 82, reading fluency 78, reading comprehension 91, math problem solving 96.
Conners 4: elevated inattention at home and school.

Eligibility: Specific Learning Disability (basic reading skills, reading fluency); Other Health Impairment (ADHD).

Recommendations for the IEP team:
- Specially designed instruction in reading fluency (e.g., Read Naturally) in the learning support setting,
  replacing Wilson Reading System instruction (decoding largely mastered through Step 9)
- Extended time (1.5x) on tests and quizzes
- Text-to-speech / read aloud for content-area tests and long reading assignments
- Small-group testing in an alternate setting
- Calculator for multi-step math problems
- Guided notes or copies of class notes
- Graphic organizers for written expression
- Continue Check-In/Check-Out with the school counselor"""

thread("T23", "Gianna's Reevaluation Report",
msg("T23.1", "trex", "2026-03-09 15:00", "attachment-forward", to=["tess", "dom"], cc=["oye"], html=True,
    fwd_by="dom", fwd_at="2026-03-09 17:20", fwd_note="RR is here. It's long - printing it for tonight.\n\nD", sig=SIG["trex"],
    attachments=[dict(name="RR_Gianna_Marchetti_2026-03-09.pdf", type="application/pdf", text=RR_TEXT)],
body="""\
Mr. and Mrs. Marchetti,

Attached is Gianna's Reevaluation Report (RR). In short, Gianna continues to be eligible for special education as a student with a Specific Learning Disability in basic reading skills and reading fluency, and with Other Health Impairment (ADHD).

The team's recommendations include moving from the Wilson Reading System to a fluency-focused program (Read Naturally) in her learning support English period, since she has mastered most of the decoding steps; continuing extended time and text-to-speech; and continuing her calculator for multi-step math problems. Her reading fluency and decoding results and Ms. Oyelaran's Wilson step assessment are both in section 3.

If you'd like to go over the report by phone before the IEP meeting, just let me know a good time.

Lauren""",
labels=dict(students=[GIANNA], topics=["evaluation", "reading_intervention", "specialized_instruction", "extended_time",
                                       "read_aloud", "calculator"],
    requests=[R("R_call_time", "trex", "just let me know a good time")],
    fulfills=["C_rr_by_0314", "C_reading_battery"],
    attachment_topics=["evaluation", "reading_intervention", "specialized_instruction", "extended_time", "read_aloud",
                       "separate_setting", "calculator", "class_notes", "graphic_organizers", "check_in"])),

msg("T23.2", "tess", "2026-03-10 07:10", "bcc-self", to=["trex"], cc=["dom"], reply_to="T23.1",
body="""\
Thank you Lauren. Thursday after 4 would be great if that works for you - my cell is (717) 555-0192. I've read it twice and I mostly have questions about the Read Naturally part and whether she'd still have her learning support English period with Ms. Oyelaran for it.

Tess""",
labels=dict(students=[GIANNA], topics=["evaluation", "reading_intervention", "specialized_instruction"],
    answers=["R_call_time"])),

msg("T23.3", "oye", "2026-03-24 10:30", "direct", to=["tess", "dom"], cc=["trex", "trail"], reply_to="T23.1", html=True, sig=SIG["oye"],
body="""\
Hi Tess and Dom,

Now that the RR is final, we need to hold Gianna's IEP meeting within 30 days. The only afternoon that works for Lauren, Mr. Heckman and Mrs. DiSanto is Tuesday, April 21 at 2:45. Does that work for you?

I'll send home the draft IEP by Friday, April 17 so you have the weekend to read it.

Brianna""",
labels=dict(students=[GIANNA], topics=["iep_meeting", "evaluation"],
    commitments=[C("C_gianna_draft_417", "oye", "send home Gianna's draft IEP before the April 21 meeting",
                   "I'll send home the draft IEP by Friday, April 17 so you have the weekend to read it.", "2026-04-17")],
    requests=[R("R_apr21_ok", "oye", "Does that work for you?")])),

msg("T23.4", "tess", "2026-03-24 21:00", "bcc-self", to=["oye"], cc=["dom"], reply_to="T23.3",
body="""\
Hi Brianna,

April 21 at 2:45 works for us. Lauren called me on the 12th and walked me through the whole RR, which helped a lot.

One thing I'd like on the agenda: PSSAs. She tests in April before the meeting, so will her current IEP accommodations be used for the PSSAs?

Tess""",
labels=dict(students=[GIANNA], topics=["iep_meeting", "evaluation"],
    requests=[R("R_pssa_accoms", "tess", "will her current IEP accommodations be used for the PSSAs?")],
    answers=["R_apr21_ok"])),
)

# ---------------------------------------------------------------------------------------------
# T24  Gianna - PSSA testing accommodations (March - April)
thread("T24", "PSSA testing accommodations - Gianna",
msg("T24.1", "oye", "2026-03-27 14:00", "direct", to=["tess", "dom"], cc=["trail"], html=True, sig=SIG["oye"],
body="""\
Hi Tess and Dom,

To answer your question from Tuesday: yes, Gianna's current IEP accommodations apply for the PSSAs. ELA is April 20-22 and Math is April 28-29.

She'll test in Room 118 with me in a small group of six, with extended time (she can use the whole untimed window), and the math test will be read aloud through the text-to-speech tool in the testing platform. Calculator use is set by the state for each section, so that part is the same for every student.

I'll send home a one-page summary of her testing plan before spring break (April 1).

Brianna""",
labels=dict(students=[GIANNA], topics=["separate_setting", "extended_time", "read_aloud", "calculator"],
    commitments=[C("C_pssa_setup", "oye", "PSSA testing in Room 118, small group, extended time, math read aloud by text-to-speech",
                   "She'll test in Room 118 with me in a small group of six, with extended time (she can use the whole untimed window), and the math test will be read aloud through the text-to-speech tool in the testing platform.", "2026-04-20"),
                 C("C_testing_summary", "oye", "send home a one-page summary of Gianna's PSSA testing plan",
                   "I'll send home a one-page summary of her testing plan before spring break (April 1).", "2026-04-01")],
    answers=["R_pssa_accoms"])),

msg("T24.2", "tess", "2026-04-14 20:30", "bcc-self", to=["oye"], cc=["dom"], reply_to="T24.1",
body="""\
Hi Brianna, hope you had a nice break!

I don't think the testing plan summary ever came home - Gianna checked her folder and her backpack. Could you email it instead?

Also, with PSSAs on the 20th-22nd and the IEP meeting on the 21st, can she come to the first part of the meeting after testing? She doesn't need to be there for all of it, but she asked to come and I think it's good for her to speak up for herself.

Tess""",
labels=dict(students=[GIANNA], topics=["iep_meeting"],
    requests=[R("R_email_summary", "tess", "Could you email it instead?"),
              R("R_attend_meeting", "tess", "can she come to the first part of the meeting after testing?")])),
)

# ---------------------------------------------------------------------------------------------
# T25  Enzo - extended school year (April)
thread("T25", "ESY questions",
msg("T25.1", "tess", "2026-04-08 21:05", "bcc-self", to=["ach"],
body="""\
Hi Devin,

I signed the NOREP in the parent portal tonight, sorry it took me a while. Two quick ESY questions: is ESY going to include transportation? And do you know the dates yet? We're trying to plan a week at the shore.

Tess""",
labels=dict(students=[ENZO], topics=["extended_school_year", "transportation"],
    requests=[R("R_esy_bus", "tess", "is ESY going to include transportation?"),
              R("R_esy_dates", "tess", "do you know the dates yet?")],
    answers=["R_sign_norep"])),

msg("T25.2", "ach", "2026-04-15 12:30", "direct", to=["tess"], reply_to="T25.1", html=True, filtered=True, sig=SIG["ach"],
body="""\
Hi Tess,

Got the signed NOREP, thank you! Enzo is on the ESY list for speech and OT this summer: July 7-23, Tuesday/Wednesday/Thursday mornings at Marietta Springs Primary Center. Transportation is provided for ESY.

The district hasn't finalized the ESY bus routes yet. I'll send you the registration packet and the pickup time as soon as I get them.

Enjoy the shore!
Devin""",
labels=dict(students=[ENZO], topics=["extended_school_year", "transportation", "speech_language_therapy", "occupational_therapy"],
    commitments=[C("C_esy_packet", "ach", "send the ESY registration packet and pickup time once routes are final",
                   "I'll send you the registration packet and the pickup time as soon as I get them.")],
    answers=["R_esy_bus", "R_esy_dates"])),
)

# ---------------------------------------------------------------------------------------------
# Search queries a parent would type; each expects the messages whose own text carries the topic.
QUERIES = [
    ("extra time on tests", "extended_time"),
    ("speech therapy", "speech_language_therapy"),
    ("communication device", "assistive_technology"),
    ("make up sessions", "compensatory_services"),
    ("aide", "paraprofessional"),
    ("bus", "transportation"),
    ("IEP meeting", "iep_meeting"),
    ("reevaluation", "evaluation"),
    ("occupational therapy", "occupational_therapy"),
    ("PT", "physical_therapy"),
    ("counseling", "counseling"),
    ("reading group", "reading_intervention"),
    ("calculator", "calculator"),
    ("ESY summer", "extended_school_year"),
    ("progress report", "progress_report"),
    ("audiobook", "read_aloud"),
    ("class notes", "class_notes"),
    ("fidget", "sensory_tools"),
    ("check in check out", "check_in"),
    ("testing room", "separate_setting"),
]
