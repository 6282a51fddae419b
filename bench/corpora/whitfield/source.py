"""The Whitfield family's school correspondence, January - April 2026 (synthetic).

Data only; build.py renders it. Times are America/New_York wall-clock times.
Labels (under "labels") are the gold: what a careful advocate would mark in the message's OWN
text (body), never in its quoted history, its signature or the forwarder's note.

Commitment / request keys are mnemonic here; build.py numbers them C1.., R1.. in the order the
messages were sent.
"""

CORPUS = "whitfield"
AS_OF = "2026-05-01"
TIMEZONE = "America/New_York"
TRAIL = "whitfield.iep.file@gmail.com"
STUDENTS = ["Owen Whitfield"]
USER = {"name": "Lauren Whitfield", "email": "lauren.whitfield@gmail.com", "role": "parent"}

# key: (display name, email, role, client)
#   clients: gmail (personal Gmail on a laptop), gws (district Google Workspace, Gmail web),
#   iphone (Apple Mail on iPhone, iCloud), outlook (Microsoft 365 / Outlook desktop),
#   thunderbird, yahoo, parentsquare (bulk mailer)
PEOPLE = {
    "lauren": ("Lauren Whitfield", "lauren.whitfield@gmail.com", "parent", "gmail"),
    "lauren_work": ("Lauren Whitfield", "lwhitfield@suncoastortho.com", "parent", "outlook"),
    "curtis": ("Curtis Whitfield", "curtis.whitfield@icloud.com", "parent", "iphone"),
    "marjorie": ("Marjorie Kessler", "marjkessler52@yahoo.com", "other", "yahoo"),
    "beth": ("Beth Ostrowski", "beth@coastalliteracycenter.com", "other", "thunderbird"),
    "ferro": ("Danielle Ferro", "danielle.ferro@caloosaschools.net", "school", "gws"),
    "albright": ("Kevin Albright", "kevin.albright@caloosaschools.net", "school", "gws"),
    "rinaldi": ("Holly Rinaldi", "holly.rinaldi@caloosaschools.net", "school", "gws"),
    "villanueva": ("Jorge Villanueva", "jorge.villanueva@caloosaschools.net", "school", "gws"),
    "greer": ("Paula Greer", "paula.greer@caloosaschools.net", "school", "gws"),
    "stone": ("Derek Stone", "derek.stone@caloosaschools.net", "school", "gws"),
    "mercer": ("Alan Mercer", "alan.mercer@caloosaschools.net", "school", "gws"),
    "delacroix": ("Monica Delacroix", "monica.delacroix@caloosaschools.net", "school", "gws"),
    "ortiz": ("Raymond Ortiz", "raymond.ortiz@caloosaschools.net", "school", "gws"),
    "harmon": ("Celeste Harmon", "celeste.harmon@caloosaschools.net", "school", "gws"),
    "tara": ("Tara Lindgren", "tlindgren@brightpathpeds.com", "school", "outlook"),
    "psq": ("Tarpon Creek Middle School", "donotreply@parentsquare.com", "school", "parentsquare"),
    "trail": ("", "whitfield.iep.file@gmail.com", "parent", "gmail"),
}

# who forwards with which client, for each arrival kind
FORWARDERS = {
    "gmail-forward": "lauren",
    "attachment-forward": "lauren",
    "outlook-forward": "lauren_work",
    "apple-forward": "curtis",
    "yahoo-forward": "marjorie",
    "thunderbird-forward": "beth",
}

FOOT = (
    "CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, may contain confidential "
    "student information protected by the Family Educational Rights and Privacy Act (FERPA) and Section "
    "1002.22, Florida Statutes. It is intended only for the named recipient(s). If you are not the intended "
    "recipient, please notify the sender immediately and delete this message.\n\n"
    "PUBLIC RECORDS NOTICE: Under Florida law, e-mail addresses are public records. If you do not want your "
    "e-mail address released in response to a public records request, do not send electronic mail to this "
    "entity. Instead, contact this office by phone or in writing."
)

SIG = {
    "lauren": "Lauren Whitfield\n(239) 555-0148",
    "lauren_work": (
        "Lauren Whitfield, PA-C\nSuncoast Orthopedic Associates | Cape Coral Clinic\n(239) 555-0260\n\n"
        "This message and any attachments are intended solely for the addressee and may contain confidential "
        "or privileged information, including protected health information. If you have received this "
        "message in error, please notify the sender and delete it. Suncoast Orthopedic Associates, P.A."
    ),
    "curtis": "Sent from my iPhone",
    "ferro": ("Danielle Ferro, M.Ed.\nESE Support Facilitator | 7th Grade Case Manager\nTarpon Creek Middle School\n"
              "Caloosa County Public Schools\n(239) 555-0312 ext. 4117\n\n" + FOOT),
    "ferro_phone": "Sent from my iPhone",
    "albright": ("Kevin Albright\nReading Interventionist - Intensive Reading 6-8 (S.P.I.R.E.)\n"
                 "Tarpon Creek Middle School\n\n" + FOOT),
    "rinaldi": ("Holly Rinaldi\nELA 7 | Team Manatee\nTarpon Creek Middle School\n\"Readers are leaders!\"\n\n" + FOOT),
    "villanueva": ("Jorge Villanueva\nScience 7 | Team Manatee\nTarpon Creek Middle School\nGo Tarpons!\n\n" + FOOT),
    "greer": ("Paula Greer\nM/J Civics | Team Manatee\nTarpon Creek Middle School\n\n" + FOOT),
    "stone": ("Derek Stone\nMath 7 / M/J Pre-Algebra\nTarpon Creek Middle School\n\n" + FOOT),
    "mercer": ("Alan Mercer, Ed.S., NCSP\nSchool Psychologist\nTarpon Creek Middle School | Pelican Bay Elementary\n"
               "Caloosa County Public Schools\n\n" + FOOT),
    "delacroix": ("Monica Delacroix\nESE Staffing Specialist\nTarpon Creek Middle School\n"
                  "Caloosa County Public Schools | Exceptional Student Education\n(239) 555-0312 ext. 4120\n\n" + FOOT),
    "ortiz": ("Raymond Ortiz\nAssistant Principal - Curriculum, Testing & ESE\nTarpon Creek Middle School\n"
              "(239) 555-0312 ext. 4102\n\n" + FOOT),
    "harmon": ("Celeste Harmon, Ed.D.\nDirector, Exceptional Student Education\nCaloosa County Public Schools\n"
               "1400 Royal Palm Avenue, Caloosa Springs, FL 33908\n(239) 555-0400\n\n" + FOOT),
    "tara": ("Tara Lindgren, MS, OTR/L\nOccupational Therapist\nBright Path Pediatric Therapy, LLC\n"
             "Contracted Provider - Caloosa County Public Schools\nO: (239) 555-0190 | F: (239) 555-0191\n\n"
             "CONFIDENTIALITY NOTICE: This message may contain protected health information and/or education "
             "records. If you received it in error, please notify the sender immediately and delete it. Bright "
             "Path Pediatric Therapy complies with HIPAA and FERPA."),
    "beth": ("-- \nBeth Ostrowski, M.S., CALT\nCertified Academic Language Therapist\nCoastal Literacy Center\n"
             "4120 Tamiami Trail N, Suite 6, Naples, FL 34103\n(239) 555-0177"),
    "marjorie": "",
}


def M(**kw):
    """One message. Defaults: no cc, no attachments, quote the answered message."""
    kw.setdefault("cc", [])
    kw.setdefault("attachments", [])
    kw.setdefault("labels", {})
    return kw


OWEN = ["Owen Whitfield"]

THREADS = [
    # ------------------------------------------------------------------ T1 Q2 progress report
    {"id": "T1", "subject": "Owen Whitfield - Q2 IEP progress report", "messages": [
        M(id="T1.1", frm="lauren", to=["ferro"], cc=["curtis"], date="2026-01-12 20:47", arrival="bcc-self",
          sig=SIG["lauren"],
          body="""Hi Ms. Ferro,

Happy New Year. We got Owen's Q2 IEP progress report in Focus on Friday and I have to be honest, it was hard to read. All three of his goals (decoding, oral reading fluency and written expression) are marked "Insufficient progress - may not achieve goal," and the comment under each one is word for word the same as the Q1 comment: "Owen continues to work on this skill in class." The fluency goal doesn't list a single data point.

He has been in Intensive Reading with Mr. Albright doing S.P.I.R.E. since August, and his tutor is seeing real gains, so either something is going wrong in that class or the report isn't reflecting what's actually happening. Either way we need to know.

Can you send me the actual data the Q2 ratings are based on (the S.P.I.R.E. mastery checks and the fluency probes)? I'd also like to know how many Intensive Reading sessions he actually had in Q2, because Owen says that class "gets cancelled for testing all the time."

And can we set up a meeting to go over all of this before the end of January? Curtis and I can both do early mornings.

Thank you,""",
          labels=dict(topics=["progress_report", "reading_intervention", "iep_meeting"],
                      requests=[
                          dict(key="r_data", by="lauren", quote="Can you send me the actual data the Q2 ratings are based on (the S.P.I.R.E. mastery checks and the fluency probes)?"),
                          dict(key="r_sessions", by="lauren", quote="I'd also like to know how many Intensive Reading sessions he actually had in Q2"),
                          dict(key="r_meeting", by="lauren", quote="And can we set up a meeting to go over all of this before the end of January?"),
                      ])),
        M(id="T1.2", frm="ferro", to=["lauren"], cc=["curtis", "albright"], date="2026-01-13 14:15",
          arrival="gmail-forward", fwd_at="2026-01-13 19:05", fwd_note="for the file", reply_to="T1.1",
          sig=SIG["ferro"],
          body="""Hi Mrs. Whitfield,

Thank you for reaching out, and I'm sorry the report was frustrating. You're right that the comments should have been more specific - that's on me, I entered them over break.

I'll get with Mr. Albright and send you his S.P.I.R.E. mastery checks and fluency probes by Friday. He is also going to pull his attendance log for 4th period so we can see exactly how many sessions Owen had.

For a meeting, I can do Tuesday 1/27 at 7:45 or Thursday 1/29 at 3:15. Let me know which works for you and Mr. Whitfield and I'll send a Google Meet invite so he can join from work if needed.

Thanks,""",
          labels=dict(topics=["progress_report", "reading_intervention", "iep_meeting"],
                      commitments=[
                          dict(key="c_data", by="ferro", what="send Mr. Albright's S.P.I.R.E. mastery checks and fluency probes",
                               quote="I'll get with Mr. Albright and send you his S.P.I.R.E. mastery checks and fluency probes by Friday.", due="2026-01-16"),
                          dict(key="c_log", by="albright", what="pull the 4th period Intensive Reading attendance log",
                               quote="He is also going to pull his attendance log for 4th period so we can see exactly how many sessions Owen had.", due=None),
                          dict(key="c_invite", by="ferro", what="send a Google Meet invite for the meeting",
                               quote="I'll send a Google Meet invite so he can join from work if needed.", due=None),
                      ],
                      requests=[dict(key="r_which", by="ferro", quote="Let me know which works for you and Mr. Whitfield")],
                      answers=["r_meeting"])),
        M(id="T1.3", frm="curtis", to=["ferro"], cc=["lauren", "albright", "trail"], date="2026-01-13 21:32",
          arrival="direct", reply_to="T1.2", sig=SIG["curtis"],
          body="""Thursday 1/29 at 3:15 works for both of us. Please send the Meet link to me too, I'll be joining from the job site.

Thanks
Curtis""",
          labels=dict(topics=["iep_meeting"],
                      requests=[dict(key="r_meet_link", by="curtis", quote="Please send the Meet link to me too, I'll be joining from the job site.")],
                      answers=["r_which"])),
        M(id="T1.4", frm="ferro", to=["curtis"], cc=["lauren", "albright", "trail"], date="2026-01-21 10:05",
          arrival="direct", reply_to="T1.3", sig=SIG["ferro"],
          body="""See attached. Sorry this is late - Mr. Albright was out sick most of last week and I didn't want to send it without him looking it over.""",
          attachments=[dict(name="Whitfield_O_SPIRE_Q2_data.pdf", type="application/pdf", text="""Caloosa County Public Schools - Intensive Reading Progress Monitoring
Student: Owen Whitfield    Grade: 7    School: Tarpon Creek Middle    Teacher: K. Albright
Program: S.P.I.R.E. (3rd ed.), 4th period Intensive Reading, 5 days/week, 50 min
Current placement: Level 4, Lesson 6 (entered Level 4 on 10/14/2025)

Mastery checks (criterion 80%)
  9/22/2025   Level 3, Lesson 10   84%
  10/10/2025  Level 3 exit check   81%
  11/18/2025  Level 4, Lesson 3    72%
  12/10/2025  Level 4, Lesson 5    78%

Oral reading fluency (grade 5 passages, words correct per minute / accuracy)
  9/15/2025   81 wcpm   91%
  10/20/2025  86 wcpm   92%
  11/17/2025  84 wcpm   93%
  12/15/2025  89 wcpm   93%

IEP goal (fluency): 110 wcpm with 95% accuracy on grade 6 passages by 9/2026.
Note: Q2 probes were administered on grade 5 passages. No grade 6 probes were given in Q2.""")],
          labels=dict(topics=[], fulfills=["c_data"], answers=["r_data"],
                      attachment_topics=["reading_intervention", "progress_report"])),
        M(id="T1.5", frm="lauren", to=["ferro"], cc=["curtis", "albright", "trail"], date="2026-01-21 19:40",
          arrival="direct", reply_to="T1.4", sig=SIG["lauren"],
          body="""Thank you for sending these. A couple of things jump out - he was still on Level 4 in December after starting it in October, and every probe was on a 5th grade passage when his goal is written for 6th grade. We can talk about it on the 29th.

Could you please add his tutor, Beth Ostrowski (beth@coastalliteracycenter.com), to the Meet invite? She'd like to join for the first 20 minutes. We signed a release for her at the beginning of the year, it should be in his file.

Also still waiting on the attendance log from Mr. Albright.""",
          labels=dict(topics=["reading_intervention", "progress_report", "iep_meeting"],
                      requests=[dict(key="r_add_beth", by="lauren", quote="Could you please add his tutor, Beth Ostrowski (beth@coastalliteracycenter.com), to the Meet invite?")],
                      fulfills=["c_ask_ferro"])),
        M(id="T1.6", frm="ferro", to=["lauren"], cc=["curtis", "albright", "trail"], date="2026-01-22 07:12",
          arrival="direct", reply_to="T1.5", sig=SIG["ferro_phone"],
          body="""Sent!""",
          labels=dict(topics=[], fulfills=["c_invite"], answers=["r_meet_link", "r_add_beth"])),
    ]},

    # ------------------------------------------------------------------ T2 OT coverage
    {"id": "T2", "subject": "OT for Owen?", "messages": [
        M(id="T2.1", frm="lauren", to=["ferro"], cc=["curtis"], date="2026-01-14 21:05", arrival="bcc-self",
          sig="Lauren",
          body="""Hi Ms. Ferro,

One more thing I should have put in my email Monday. Owen mentioned at dinner that he hasn't had OT since before Christmas because "Ms. Kwan doesn't work there anymore." His IEP has 30 minutes a week of OT for handwriting and keyboarding. Is that right? Who is covering his OT now, and when will he start being seen again?

Thanks,""",
          labels=dict(topics=["occupational_therapy"],
                      missed=[("occupational_therapy", "2026-01-14", None)],
                      requests=[dict(key="r_ot_who", by="lauren", quote="Who is covering his OT now, and when will he start being seen again?")])),
        M(id="T2.2", frm="ferro", to=["lauren"], cc=["curtis"], date="2026-01-16 13:20", arrival="gmail-forward",
          fwd_at="2026-01-16 18:41", fwd_note="OT answer", reply_to="T2.1", sig=SIG["ferro"],
          body="""Hi Mrs. Whitfield,

You're right, and I should have let families know sooner. Ms. Kwan's last day with the district was December 19. Owen's OT sessions were Thursdays during 7th period, so he has missed 1/8 and 1/15 since we came back.

The district has contracted with Bright Path Pediatric Therapy to cover our building and I'm told their therapist will start the week of January 26. I'll make sure Owen is on her caseload from day one, and I'll let you know as soon as his first session is on the calendar.

We will also need to talk about making up the sessions he's missed. I'll add it to the agenda for the 29th.

Danielle""",
          labels=dict(topics=["occupational_therapy", "compensatory_services", "iep_meeting"],
                      missed=[("occupational_therapy", "2026-01-08", 30), ("occupational_therapy", "2026-01-15", 30)],
                      commitments=[
                          dict(key="c_ot_notify", by="ferro", what="put Owen on the new OT's caseload and tell the parents when his first session is scheduled",
                               quote="I'll make sure Owen is on her caseload from day one, and I'll let you know as soon as his first session is on the calendar.", due=None),
                          dict(key="c_agenda", by="ferro", what="put making up missed OT on the 1/29 meeting agenda",
                               quote="I'll add it to the agenda for the 29th.", due="2026-01-29"),
                      ],
                      answers=["r_ot_who"])),
    ]},

    # ------------------------------------------------------------------ T3 new OT introduces herself
    {"id": "T3", "subject": "Owen Whitfield - OT introduction", "messages": [
        M(id="T3.1", frm="tara", to=["lauren", "curtis"], cc=["ferro"], date="2026-02-03 16:30",
          arrival="apple-forward", fwd_at="2026-02-03 18:02", fwd_note="From the new OT", html=True, sig=SIG["tara"],
          body="""Good afternoon Mr. and Mrs. Whitfield,

My name is Tara Lindgren and I am the occupational therapist now serving Tarpon Creek through Bright Path Pediatric Therapy. I saw Owen for the first time today - he was very polite and a great sport about doing handwriting samples for a stranger!

My start at Tarpon Creek got pushed back a week, so I apologize that he had no OT on 1/29 either. He is back on my schedule for Tuesdays, 7th period, 30 minutes.

Over the next two sessions I'll finish a handwriting and keyboarding baseline, and I'll send you a copy of it by Friday, February 13.

Could you tell me what keyboarding program he uses at home, if any, and how often? That will help me decide where to start him.

Best,""",
          labels=dict(topics=["occupational_therapy"],
                      missed=[("occupational_therapy", "2026-01-29", 30)],
                      fulfills=["c_ot_notify"],
                      commitments=[dict(key="c_baseline", by="tara", what="send the handwriting and keyboarding baseline",
                                        quote="I'll send you a copy of it by Friday, February 13.", due="2026-02-13")],
                      requests=[dict(key="r_keyboard_prog", by="tara", quote="Could you tell me what keyboarding program he uses at home, if any, and how often?")])),
        M(id="T3.2", frm="curtis", to=["tara"], cc=["lauren", "ferro", "trail"], date="2026-02-04 06:15",
          arrival="direct", reply_to="T3.1", quote=False, sig="",
          body="""Hi Ms. Lindgren, thanks for reaching out. Answers below.

> Could you tell me what keyboarding program he uses at home, if any, and how often? That will help me decide where to start him.

He uses TypingClub on our laptop. Honestly maybe 2-3 nights a week for 10-15 min, more if we sit with him. I'll send you his TypingClub login tonight so you can see his speed and where he is in the lessons.

Is there any way he can get a school Chromebook to keep instead of the cart ones? Half the time the cart ones are dead or logged into someone else.

> My start at Tarpon Creek got pushed back a week, so I apologize that he had no OT on 1/29 either.

Appreciate you saying it. That makes 1/8, 1/15, 1/22 and 1/29 with no OT at all, plus whatever happened in December. We'll talk to Ms. Ferro about making those up.

Curtis

Sent from my iPhone""",
          labels=dict(topics=["occupational_therapy", "assistive_technology", "compensatory_services"],
                      missed=[("occupational_therapy", "2026-01-08", 30), ("occupational_therapy", "2026-01-15", 30),
                              ("occupational_therapy", "2026-01-22", 30), ("occupational_therapy", "2026-01-29", 30)],
                      commitments=[dict(key="c_typingclub", by="curtis", what="send the OT Owen's TypingClub login",
                                        quote="I'll send you his TypingClub login tonight so you can see his speed and where he is in the lessons.", due="2026-02-04")],
                      requests=[dict(key="r_keep_cb", by="curtis", quote="Is there any way he can get a school Chromebook to keep instead of the cart ones?")],
                      answers=["r_keyboard_prog"])),
    ]},

    # ------------------------------------------------------------------ T4 OT baseline (late)
    {"id": "T4", "subject": "Owen Whitfield - OT baseline", "messages": [
        M(id="T4.1", frm="tara", to=["lauren", "curtis"], cc=["ferro"], date="2026-02-20 15:05",
          arrival="attachment-forward", fwd_at="2026-02-20 20:30", fwd_note="OT baseline", html=True, sig=SIG["tara"],
          body="""Hi Mr. and Mrs. Whitfield,

Sorry this is a week later than I said. Owen's handwriting and keyboarding baseline is attached.

Short version: his handwriting is legible about 60% of the time when he copies and less when he composes, and he fatigues after about 5 minutes. He types 12 wpm with 88% accuracy, which is already faster than he writes by hand. I am recommending that the team make typing (or speech-to-text) his default for any written work longer than a few sentences, in every class, not just ELA.

We did not have a session on 2/10 because his class was on the Civics field trip to the county courthouse. I'd like to make it up after school one day next week and will reach out to set that up.

Tara""",
          attachments=[dict(name="Whitfield_O_OT_Baseline_Feb2026.pdf", type="application/pdf", text="""Bright Path Pediatric Therapy - School-Based OT Baseline
Student: Owen Whitfield   DOB: 03/2013   School: Tarpon Creek Middle (CCPS)   Therapist: T. Lindgren, OTR/L
Dates of assessment: 2/3/2026, 2/5/2026 (make-up), 2/17/2026

Handwriting (near-point copy, 5 min): 38 letters/min; legibility 61% of words
Handwriting (composition, 5 min): 19 letters/min; legibility 44% of words; hand fatigue reported at 4-5 min
Grip: lateral tripod, excessive pressure; frequent erasing

Keyboarding (TypingClub, 3 one-minute samples): 12 wpm, 88% accuracy
Speech-to-text (Google Docs voice typing, 3 min dictation): 41 words/min, 93% word accuracy after self-correction

Recommendations
1. Keyboarding or speech-to-text as the default for written work longer than 3-4 sentences, all classes.
2. Direct OT 30 min/week focused on keyboarding fluency and editing dictated text; target 20 wpm by May.
3. Scribe or oral response for constructed-response test items until keyboarding is functional.
4. Reduce copying from the board: provide printed notes.""")],
          labels=dict(topics=["occupational_therapy", "assistive_technology"],
                      attachment_topics=["occupational_therapy", "assistive_technology", "scribe", "class_notes"],
                      fulfills=["c_baseline"],
                      missed=[("occupational_therapy", "2026-02-10", 30)],
                      commitments=[dict(key="c_makeup", by="tara", what="make up the 2/10 OT session after school",
                                        quote="I'd like to make it up after school one day next week and will reach out to set that up.", due="2026-02-27")])),
    ]},

    # ------------------------------------------------------------------ T5 OT make-up, grandmother
    {"id": "T5", "subject": "Owen - make-up OT Thursday after school", "messages": [
        M(id="T5.1", frm="tara", to=["marjorie"], cc=["lauren"], date="2026-02-23 16:10", arrival="yahoo-forward",
          fwd_by="marjorie", fwd_to=["trail", "lauren", "curtis"], fwd_at="2026-02-23 19:45",
          fwd_note="Lauren and Curtis, Owen's therapy lady wrote me about Thursday. I already told her yes. Is this the make up you were talking about?\nLove, Mom",
          html=True, sig="Tara Lindgren, OTR/L\nBright Path Pediatric Therapy",
          body="""Hello Mrs. Kessler,

Mrs. Whitfield let me know you pick Owen up on Thursdays. I'd like to do his make-up OT session after school this Thursday, 2/26, from 3:45 to 4:15 in the ESE resource room (room 6-104). Would you be able to pick him up at the front office at 4:15 instead of the car line?

Thank you!""",
          labels=dict(topics=["occupational_therapy"],
                      commitments=[dict(key="c_makeup_thu", by="tara", what="hold the make-up OT session after school on 2/26",
                                        quote="I'd like to do his make-up OT session after school this Thursday, 2/26, from 3:45 to 4:15 in the ESE resource room (room 6-104).", due="2026-02-26")],
                      requests=[dict(key="r_pickup", by="tara", quote="Would you be able to pick him up at the front office at 4:15 instead of the car line?")])),
        M(id="T5.2", frm="marjorie", to=["tara"], cc=["lauren"], date="2026-02-23 19:31", arrival="not-forwarded",
          reply_to="T5.1", sig="",
          body="""Yes dear, I will be at the front office at 4:15 on Thursday. Thank you for working with him, he talks about the typing games.

Marjorie Kessler"""),
        M(id="T5.3", frm="tara", to=["marjorie"], cc=["lauren", "curtis"], date="2026-02-26 16:40",
          arrival="apple-forward", fwd_at="2026-02-26 18:20", fwd_note="", reply_to="T5.2", html=True, sig=SIG["tara"],
          body="""Thank you Mrs. Kessler!

Mr. and Mrs. Whitfield - we made up the 2/10 session today. Owen typed 14 wpm on the warm-up, his best so far. Mrs. Kessler picked him up at 4:15 as planned.

Tara""",
          labels=dict(topics=["occupational_therapy"],
                      fulfills=["c_makeup", "c_makeup_thu"], answers=["r_pickup"])),
    ]},

    # ------------------------------------------------------------------ T6 ELA handwritten essay
    {"id": "T6", "subject": "Owen - handwritten essay on 1/21", "messages": [
        M(id="T6.1", frm="lauren", to=["rinaldi"], cc=["ferro", "curtis"], date="2026-01-22 20:10", arrival="bcc-self",
          sig=SIG["lauren"],
          body="""Hi Mrs. Rinaldi,

Owen came home really upset yesterday. He said the class wrote the timed argumentative essay by hand, and when he asked for a Chromebook he was told everyone had to handwrite it because it was a "benchmark." He also said he didn't get the RACE organizer this time.

His IEP says he types (or uses speech-to-text) for any writing longer than a paragraph, and he's supposed to get a graphic organizer for extended writing. With his dysgraphia, a handwritten timed essay doesn't measure what he knows. He turned in about four sentences.

Can he redo it on a Chromebook with the organizer and his extended time? And could you tell me whether the district benchmarks are supposed to be handwritten? If they are, we need to talk about that before the B.E.S.T. Writing test in March.

Thank you,""",
          labels=dict(topics=["assistive_technology", "graphic_organizers", "extended_time"],
                      missed=[("assistive_technology", "2026-01-21", None), ("graphic_organizers", "2026-01-21", None)],
                      requests=[
                          dict(key="r_redo", by="lauren", quote="Can he redo it on a Chromebook with the organizer and his extended time?"),
                          dict(key="r_benchmark", by="lauren", quote="And could you tell me whether the district benchmarks are supposed to be handwritten?"),
                      ])),
        M(id="T6.2", frm="rinaldi", to=["lauren"], cc=["ferro", "curtis"], date="2026-01-23 12:40",
          arrival="gmail-forward", fwd_at="2026-01-23 17:55", fwd_note="", reply_to="T6.1", sig=SIG["rinaldi"],
          body="""Mrs. Whitfield,

I am so sorry. You are right - I had the benchmark directions in front of me that said "handwritten response" and I didn't stop to think about Owen's accommodations. That was my mistake, not his.

He can retake it on a Chromebook on Tuesday (1/27) during 6th period in Ms. Ferro's room, with the RACE organizer and time and a half. The handwritten one won't count.

As for the district benchmarks, I honestly don't know the answer. I've asked our literacy coach and I'll let you know what she says.

Holly Rinaldi""",
          labels=dict(topics=["assistive_technology", "graphic_organizers", "extended_time", "separate_setting"],
                      commitments=[
                          dict(key="c_retake", by="rinaldi", what="let Owen retake the essay typed, with organizer and time and a half, on 1/27",
                               quote="He can retake it on a Chromebook on Tuesday (1/27) during 6th period in Ms. Ferro's room, with the RACE organizer and time and a half.", due="2026-01-27"),
                          dict(key="c_coach", by="rinaldi", what="find out from the literacy coach whether benchmarks must be handwritten",
                               quote="I've asked our literacy coach and I'll let you know what she says.", due=None),
                      ],
                      answers=["r_redo"])),
        M(id="T6.3", frm="rinaldi", to=["lauren"], cc=["ferro", "curtis"], date="2026-01-27 15:20",
          arrival="apple-forward", fwd_at="2026-01-27 17:48", fwd_note="Good news for once", reply_to="T6.2",
          sig=SIG["rinaldi"],
          body="""Quick update - Owen retook the essay today in Ms. Ferro's room on the Chromebook. He wrote five paragraphs! He used the organizer and about 15 minutes of his extra time. Grade will be in Focus by the end of the week.

Holly""",
          labels=dict(topics=["assistive_technology", "graphic_organizers", "extended_time", "separate_setting"],
                      fulfills=["c_retake"],
                      commitments=[dict(key="c_focus_grade", by="rinaldi", what="post the retake grade in Focus",
                                        quote="Grade will be in Focus by the end of the week.", due="2026-01-30")])),
    ]},

    # ------------------------------------------------------------------ T7 tutor update
    {"id": "T7", "subject": "Owen - tutoring update + the progress report", "messages": [
        M(id="T7.1", frm="beth", to=["lauren", "curtis"], date="2026-01-20 16:12", arrival="gmail-forward",
          fwd_at="2026-01-20 21:00", fwd_note="From Beth", sig=SIG["beth"],
          body="""Hi Lauren and Curtis,

Thanks for sending me the school progress report. I'll be honest, it doesn't match what I'm seeing. Since September Owen has gone from guessing at most two-syllable words to reading closed-syllable and vowel-team two-syllable words at about 85% accuracy in isolation. His fluency on my 6th grade passages went from 71 to 94 words correct per minute. It isn't where it needs to be, but it is not "no progress."

If it would help, I can write a one-page summary of his tutoring data for the school team. I'll have it to you by Sunday night (1/25).

Would it help if I joined the meeting by phone? I have Thursday afternoons open.

Beth""",
          labels=dict(topics=["reading_intervention", "progress_report", "iep_meeting"],
                      commitments=[dict(key="c_summary", by="beth", what="write a one-page tutoring data summary",
                                        quote="I'll have it to you by Sunday night (1/25).", due="2026-01-25")],
                      requests=[dict(key="r_join", by="beth", quote="Would it help if I joined the meeting by phone?")])),
        M(id="T7.2", frm="lauren", to=["beth"], cc=["curtis"], date="2026-01-20 21:20", arrival="bcc-self",
          reply_to="T7.1", sig="",
          body="""Beth, yes please - that would be a huge help. The meeting is Thursday 1/29 at 3:15. I'll ask Ms. Ferro to add you to the Google Meet invite.

Thank you for everything. Owen actually likes coming to you, which is saying something.

Lauren""",
          labels=dict(topics=["iep_meeting"], answers=["r_join"],
                      commitments=[dict(key="c_ask_ferro", by="lauren", what="ask Ms. Ferro to add Beth to the Meet invite",
                                        quote="I'll ask Ms. Ferro to add you to the Google Meet invite.", due=None)])),
        M(id="T7.3", frm="beth", to=["lauren", "curtis"], cc=["trail"], date="2026-01-25 21:48", arrival="direct",
          reply_to="T7.2", quote=True, sig=SIG["beth"],
          body="""Here it is - see attached. Feel free to share it with the team.

Beth""",
          attachments=[dict(name="Whitfield_Owen_tutoring_summary_Jan2026.pdf", type="application/pdf", text="""Coastal Literacy Center - Summary of Private Tutoring
Student: Owen Whitfield, grade 7      Therapist: Beth Ostrowski, M.S., CALT
Service: Orton-Gillingham-based structured literacy, 2 x 55 min/week since 9/8/2025 (31 sessions)

Decoding (CLC word lists, untimed, in isolation)
  Closed syllable, 2-syllable words:   9/2025 48%  ->  1/2026 90%
  Vowel-team, 2-syllable words:        9/2025 35%  ->  1/2026 82%
  Multisyllabic (3+ syllables):        9/2025 20%  ->  1/2026 55%

Oral reading fluency (DIBELS 8th Edition, grade 6 passages, median of 3)
  9/9/2025  71 wcpm (90%)    11/4/2025  83 wcpm (93%)    1/13/2026  94 wcpm (95%)

Spelling/writing: continues to struggle with encoding; dictated sentences 40% words correct. Written output
is far below oral language. Typing or speech-to-text strongly recommended for all written work.

Recommendations to the school team: continue daily structured literacy intervention with progress monitoring
on grade-level (grade 6) passages; audiobooks/text-to-speech for grade-level content; speech-to-text and
keyboarding for written work; extended time for reading-heavy tests.""")],
          labels=dict(topics=[], fulfills=["c_summary"],
                      attachment_topics=["reading_intervention", "progress_report", "assistive_technology", "read_aloud", "extended_time"])),
    ]},

    # ------------------------------------------------------------------ T8 meeting recap (long)
    {"id": "T8", "subject": "Meeting notes - Owen Whitfield (1/29)", "messages": [
        M(id="T8.1", frm="ferro", to=["lauren", "curtis"],
          cc=["albright", "rinaldi", "villanueva", "greer", "ortiz", "delacroix", "mercer", "beth", "trail"],
          date="2026-01-30 14:02", arrival="direct", html=True, sig=SIG["ferro"],
          body="""Good afternoon,

Thank you all for making time yesterday, and thank you Mr. and Mrs. Whitfield and Ms. Ostrowski for your input. Below is my summary of what we discussed and who is doing what. Per Mrs. Whitfield's request, we will all copy whitfield.iep.file@gmail.com on Owen's emails going forward.

Progress report
- Everyone agreed the Q2 progress report did not give usable information. I will issue a corrected Q2 progress report with the actual data and specific comments for all three goals by Friday, February 6.
- Mr. Albright will send Mr. and Mrs. Whitfield Owen's S.P.I.R.E. mastery check results every Friday, starting February 6.
- Mr. Albright will send his 4th period attendance log by Monday 2/2.

Reading intervention
- Mr. Albright explained that Owen has been on S.P.I.R.E. Level 4 since October. Parents and Ms. Ostrowski shared that he is decoding two-syllable words at home and in tutoring. Mr. Albright will do a placement check and move him to Level 5 if he passes.
- Mr. Ortiz will look at the proctoring schedule for PM3 so that 4th period Intensive Reading is not cancelled for testing, and will get back to the family by February 13 about how the missed sessions will be made up.

Writing / keyboarding
- Mrs. Rinaldi checked with the literacy coach: students whose IEPs include typing or speech-to-text may type the district writing benchmarks. Owen will type all extended writing in ELA and will have the RACE organizer.
- Mr. Villanueva and Ms. Greer will give Owen copies of class notes (guided notes or printed slides) at the start of each unit.
- Ms. Greer will make sure Civics tests and quizzes are loaded so that Read&Write can read them aloud to him.

Assistive technology
- I will set up Owen's Bookshare account so he can get his novels and textbooks as audiobooks, and send the login to parents by Friday 2/6.
- I will submit a referral to the district AT team for a Chromebook he can keep (with Read&Write and Co:Writer installed) instead of using the cart.

Evaluation
- Owen's three-year reevaluation is due in April. Dr. Mercer will send the consent for reevaluation next week. Parents asked that it include a dyslexia-specific assessment and an updated OT evaluation.

OT
- Ms. Lindgren (Bright Path) starts next week. Missed OT sessions since 12/19 will be discussed along with the reading sessions.

Next steps
- Ms. Delacroix will schedule an IEP amendment meeting to address compensatory services before spring break (March 13).

Please let me know if I missed anything or got anything wrong.

Thank you,
Danielle""",
          labels=dict(topics=["progress_report", "reading_intervention", "assistive_technology", "graphic_organizers",
                              "class_notes", "read_aloud", "evaluation", "occupational_therapy",
                              "compensatory_services", "iep_meeting"],
                      fulfills=["c_agenda", "c_coach"],
                      answers=["r_benchmark"],
                      commitments=[
                          dict(key="c_q2_corrected", by="ferro", what="issue a corrected Q2 progress report with data and specific comments",
                               quote="I will issue a corrected Q2 progress report with the actual data and specific comments for all three goals by Friday, February 6.", due="2026-02-06"),
                          dict(key="c_weekly", by="albright", what="send S.P.I.R.E. mastery check results every Friday",
                               quote="Mr. Albright will send Mr. and Mrs. Whitfield Owen's S.P.I.R.E. mastery check results every Friday, starting February 6.", due="2026-02-06"),
                          dict(key="c_log_by_22", by="albright", what="send the 4th period attendance log",
                               quote="Mr. Albright will send his 4th period attendance log by Monday 2/2.", due="2026-02-02"),
                          dict(key="c_placement", by="albright", what="do a S.P.I.R.E. placement check and move Owen to Level 5 if he passes",
                               quote="Mr. Albright will do a placement check and move him to Level 5 if he passes.", due=None),
                          dict(key="c_ortiz", by="ortiz", what="fix the PM3 proctoring schedule and tell the family how missed sessions will be made up",
                               quote="Mr. Ortiz will look at the proctoring schedule for PM3 so that 4th period Intensive Reading is not cancelled for testing, and will get back to the family by February 13 about how the missed sessions will be made up.", due="2026-02-13"),
                          dict(key="c_notes_units", by="villanueva", what="give Owen copies of class notes at the start of each unit (science and civics)",
                               quote="Mr. Villanueva and Ms. Greer will give Owen copies of class notes (guided notes or printed slides) at the start of each unit.", due=None),
                          dict(key="c_civics_rw", by="greer", what="load Civics tests and quizzes so Read&Write can read them aloud",
                               quote="Ms. Greer will make sure Civics tests and quizzes are loaded so that Read&Write can read them aloud to him.", due=None),
                          dict(key="c_bookshare", by="ferro", what="set up Bookshare and send the login to parents",
                               quote="I will set up Owen's Bookshare account so he can get his novels and textbooks as audiobooks, and send the login to parents by Friday 2/6.", due="2026-02-06"),
                          dict(key="c_at_referral", by="ferro", what="submit a district AT referral for a dedicated Chromebook",
                               quote="I will submit a referral to the district AT team for a Chromebook he can keep (with Read&Write and Co:Writer installed) instead of using the cart.", due=None),
                          dict(key="c_consent", by="mercer", what="send the consent for reevaluation",
                               quote="Dr. Mercer will send the consent for reevaluation next week.", due="2026-02-06"),
                          dict(key="c_amend_mtg", by="delacroix", what="schedule an IEP amendment meeting on compensatory services",
                               quote="Ms. Delacroix will schedule an IEP amendment meeting to address compensatory services before spring break (March 13).", due="2026-03-13"),
                      ],
                      requests=[dict(key="r_corrections", by="ferro", quote="Please let me know if I missed anything or got anything wrong.")])),
        M(id="T8.2", frm="lauren", to=["ferro"],
          cc=["curtis", "albright", "rinaldi", "villanueva", "greer", "ortiz", "delacroix", "mercer", "beth", "trail"],
          date="2026-01-31 10:30", arrival="direct", reply_to="T8.1", sig="",
          body="""Thank you for the thorough notes, Danielle. Two additions:

1. Mr. Albright said he would also share the fluency probes, not just the mastery checks, and that he'd start using 6th grade passages to match the goal.
2. We asked that Owen's extended time (time and a half) and separate setting be on the B.E.S.T. Writing and FAST accommodations roster now, so it isn't a scramble in March. I believe you said you would check the roster.

Otherwise this matches what we heard. Beth, feel free to add anything I missed.

Lauren""",
          labels=dict(topics=["reading_intervention", "extended_time", "separate_setting"],
                      answers=["r_corrections"],
                      commitments=[
                          dict(key="c_probes6", by="albright", what="share fluency probes and use 6th grade passages",
                               quote="Mr. Albright said he would also share the fluency probes, not just the mastery checks, and that he'd start using 6th grade passages to match the goal.", due=None),
                          dict(key="c_roster", by="ferro", what="check the B.E.S.T. Writing / FAST accommodations roster",
                               quote="I believe you said you would check the roster.", due=None),
                      ])),
        M(id="T8.3", frm="beth", to=["lauren"],
          cc=["ferro", "curtis", "albright", "rinaldi", "villanueva", "greer", "ortiz", "delacroix", "mercer", "trail"],
          date="2026-01-31 14:12", arrival="direct", reply_to="T8.2", sig=SIG["beth"],
          body="""Thank you for including me. One addition: I offered to share my session data (I give a 1-minute fluency probe and a decoding check every other week) with Mr. Albright so we are comparing apples to apples. I can send the first set by the end of next week.

Beth Ostrowski""",
          labels=dict(topics=["reading_intervention"],
                      commitments=[dict(key="c_beth_data", by="beth", what="send her fluency/decoding probe data to Mr. Albright",
                                        quote="I can send the first set by the end of next week.", due="2026-02-06")])),
    ]},

    # ------------------------------------------------------------------ T9 attendance log
    {"id": "T9", "subject": "Owen W. - 4th period Intensive Reading log", "messages": [
        M(id="T9.1", frm="albright", to=["lauren", "curtis"], cc=["ferro", "trail"], date="2026-02-02 15:48",
          arrival="direct", sig=SIG["albright"],
          body="""Mr. and Mrs. Whitfield,

Ms. Ferro asked me to send Owen's attendance for my 4th period Intensive Reading class. I apologize this took a while.

Q2 (10/20 - 12/19): 41 class days, and we held S.P.I.R.E. group on 33 of them. The 8 days we didn't meet were FAST PM2 testing (I was a proctor 12/2, 12/3 and 12/4), two early release days, the Veterans Day assembly schedule, and 2 days I was out.

Since break: we did not meet on 1/7 (I was out, no sub coverage), 1/21 and 1/22 (I was pulled to proctor FAST PM2 make-ups) or 1/28 (school-wide Civics EOC practice test).

Owen works hard when we do meet. He's close to finishing Level 4 and I expect him to start Level 5 by the end of February.

I'll be out this Friday (2/6) for a district reading training.

Kevin Albright""",
          labels=dict(topics=["reading_intervention"],
                      fulfills=["c_log", "c_log_by_22"], answers=["r_sessions"],
                      missed=[("reading_intervention", "2025-12-02", 50), ("reading_intervention", "2025-12-03", 50),
                              ("reading_intervention", "2025-12-04", 50), ("reading_intervention", "2026-01-07", 50),
                              ("reading_intervention", "2026-01-21", 50), ("reading_intervention", "2026-01-22", 50),
                              ("reading_intervention", "2026-01-28", 50)])),
        M(id="T9.2", frm="lauren", to=["albright"], cc=["ferro", "ortiz", "curtis"], date="2026-02-02 21:15",
          arrival="bcc-self", reply_to="T9.1", sig=SIG["lauren"],
          body="""Mr. Albright,

Thank you for being straightforward about this. I know the proctoring isn't your decision.

But adding it up, that's 8 sessions in Q2 plus 4 more since break that Owen didn't get, at 50 minutes each, on top of whatever happens this Friday while you're at training. That's roughly 10 hours of reading intervention in a year where his progress report says he isn't making progress. How is a kid supposed to close a gap when the class that's supposed to close it keeps getting cancelled?

Mr. Ortiz, I'm copying you because Ms. Ferro said at our meeting that you would be the one to look at making these sessions up. Is there a plan yet for making up the missed sessions, and who will be teaching them? And was the whole 7th grade really pulled out of Intensive Reading for the Civics practice test on 1/28?""",
          labels=dict(topics=["reading_intervention", "compensatory_services", "progress_report"],
                      requests=[
                          dict(key="r_makeup_plan", by="lauren", quote="Is there a plan yet for making up the missed sessions, and who will be teaching them?"),
                          dict(key="r_civics_pull", by="lauren", quote="And was the whole 7th grade really pulled out of Intensive Reading for the Civics practice test on 1/28?"),
                      ])),
    ]},

    # ------------------------------------------------------------------ T10 reevaluation consent
    {"id": "T10", "subject": "Consent for Reevaluation - Owen Whitfield", "messages": [
        M(id="T10.1", frm="mercer", to=["lauren_work", "curtis"], cc=["ferro"], date="2026-02-04 11:30",
          arrival="outlook-forward", fwd_at="2026-02-04 12:15",
          fwd_note="Sending to the file. The school still has my work email in Focus.", sig=SIG["mercer"],
          body="""Dear Mr. and Mrs. Whitfield,

As discussed at last week's meeting, Owen is due for his three-year reevaluation. Attached is the Informed Notice and Consent for Reevaluation. The team is proposing:
- Psychoeducational evaluation (cognitive processing, including phonological processing)
- Academic achievement, including reading fluency and written expression
- Occupational therapy evaluation (fine motor, handwriting and keyboarding)

Please sign and return the consent by February 13 so that we can complete testing before his IEP is due in April.

Sincerely,""",
          attachments=[dict(name="Informed_Notice_Consent_Reevaluation_Whitfield.pdf", type="application/pdf", text="""CALOOSA COUNTY PUBLIC SCHOOLS - EXCEPTIONAL STUDENT EDUCATION
INFORMED NOTICE AND CONSENT FOR REEVALUATION
Student: Owen Whitfield   Grade: 07   School: Tarpon Creek Middle   Current eligibility: Specific Learning Disability

The district proposes to reevaluate your child to determine continued eligibility and educational needs.
Proposed evaluation procedures:
 [X] Intellectual/cognitive processing (psychoeducational)   Evaluator: School Psychologist
 [X] Academic achievement: basic reading, reading fluency, reading comprehension, written expression
 [X] Occupational therapy: fine motor, visual-motor, handwriting, keyboarding   Evaluator: Contracted OT
 [ ] Speech/language   [ ] Assistive technology   [ ] Functional behavioral assessment
Reason: three-year reevaluation due 4/2026; parent concerns regarding reading progress and written output.

Parent consent:  [ ] I give consent   [ ] I do not give consent
Signature ______________________   Date ________
Procedural Safeguards (Notice of Procedural Safeguards for Parents of Students with Disabilities) enclosed.""")],
          labels=dict(topics=["evaluation", "occupational_therapy"],
                      attachment_topics=["evaluation", "occupational_therapy"],
                      fulfills=["c_consent"],
                      requests=[dict(key="r_sign", by="mercer", quote="Please sign and return the consent by February 13")])),
        M(id="T10.2", frm="lauren_work", to=["mercer"], cc=["ferro", "curtis", "lauren", "trail"],
          date="2026-02-05 20:45", arrival="direct", reply_to="T10.1", html=True, sig=SIG["lauren_work"],
          body="""Dr. Mercer,

Thank you. I signed the consent tonight and Owen will hand it to Ms. Ferro in the morning.

Two questions before you start:
1. Will the psychoeducational part include a dyslexia-specific measure like the CTOPP-2, and a timed writing measure? The team agreed at the meeting that it should.
2. Can we have copies of all the reports at least five school days before the IEP meeting, so we have time to read them and share them with Owen's tutor?

Also, please use lauren.whitfield@gmail.com for anything about Owen - I've asked the front office to update Focus.

Lauren Whitfield""",
          labels=dict(topics=["evaluation", "iep_meeting"], answers=["r_sign"],
                      commitments=[dict(key="c_consent_return", by="lauren_work", what="have Owen hand the signed consent to Ms. Ferro",
                                        quote="Owen will hand it to Ms. Ferro in the morning.", due="2026-02-06")],
                      requests=[
                          dict(key="r_ctopp", by="lauren_work", quote="Will the psychoeducational part include a dyslexia-specific measure like the CTOPP-2, and a timed writing measure?"),
                          dict(key="r_reports_early", by="lauren_work", quote="Can we have copies of all the reports at least five school days before the IEP meeting, so we have time to read them and share them with Owen's tutor?"),
                      ])),
        M(id="T10.3", frm="mercer", to=["lauren_work", "lauren"], cc=["ferro", "curtis", "trail"], date="2026-02-06 09:10",
          arrival="direct", reply_to="T10.2", sig=SIG["mercer"],
          body="""Got it - Ms. Ferro brought the signed consent down this morning. Thank you!

Yes, I'll include the CTOPP-2 and the TOWL-4 (which has a timed essay). I'll also look at his FAST results.

Dr. Mercer""",
          labels=dict(topics=["evaluation"], fulfills=["c_consent_return"], answers=["r_ctopp"],
                      commitments=[
                          dict(key="c_ctopp", by="mercer", what="include the CTOPP-2 and TOWL-4 in the reevaluation",
                               quote="Yes, I'll include the CTOPP-2 and the TOWL-4 (which has a timed essay).", due=None),
                          dict(key="c_fast", by="mercer", what="review Owen's FAST results as part of the reevaluation",
                               quote="I'll also look at his FAST results.", due=None),
                      ])),
    ]},

    # ------------------------------------------------------------------ T11 Albright -> tutor (Thunderbird forward)
    {"id": "T11", "subject": "Owen Whitfield - fluency probes", "messages": [
        M(id="T11.1", frm="albright", to=["beth"], cc=["ferro"], date="2026-02-05 10:22", arrival="thunderbird-forward",
          fwd_to=["trail", "lauren"], fwd_at="2026-02-05 18:40",
          fwd_note="Lauren - FYI, Mr. Albright reached out to me directly about Owen's probes. See below.",
          sig=SIG["albright"],
          body="""Ms. Ostrowski,

Mrs. Whitfield passed along your offer to share data - thank you. I'm giving Owen the S.P.I.R.E. Level 4 placement check next Wednesday (2/11). If he passes he moves to Level 5 that day.

Could you send me your last two fluency probes before then, and tell me which passages you use? I'd like to start giving him the same 6th grade passages for his IEP goal.

Thanks,
Kevin Albright""",
          labels=dict(topics=["reading_intervention"],
                      commitments=[dict(key="c_placement_211", by="albright", what="give the S.P.I.R.E. Level 4 placement check on 2/11",
                                        quote="I'm giving Owen the S.P.I.R.E. Level 4 placement check next Wednesday (2/11).", due="2026-02-11")],
                      requests=[dict(key="r_probes", by="albright", quote="Could you send me your last two fluency probes before then, and tell me which passages you use?")])),
        M(id="T11.2", frm="beth", to=["albright"], cc=["ferro", "lauren", "trail"], date="2026-02-06 16:05",
          arrival="direct", reply_to="T11.1", sig=SIG["beth"],
          body="""Mr. Albright,

Attached are Owen's probes from 1/22 and 2/3 (94 and 97 wcpm). I use the DIBELS 8th Edition grade 6 passages; I'm happy to send you the list of the ones I've used so you don't repeat them.

Good luck Wednesday - he's ready for Level 5.

Beth Ostrowski""",
          attachments=[dict(name="Whitfield_DIBELS8_probes_1-22_2-3.pdf", type="application/pdf", text="""Coastal Literacy Center - Oral Reading Fluency Probes (DIBELS 8th Ed., grade 6 benchmark passages)
Student: Owen Whitfield
1/22/2026  Passage 6-B2  97 words read, 3 errors  -> 94 wcpm, 97% accuracy
2/3/2026   Passage 6-P4  101 words read, 4 errors -> 97 wcpm, 96% accuracy
Error patterns: vowel-team -ough/-augh; schwa in unstressed syllables; skipped suffix -tion once.""")],
          labels=dict(topics=["reading_intervention"], fulfills=["c_beth_data"], answers=["r_probes"],
                      attachment_topics=["reading_intervention"])),
    ]},

    # ------------------------------------------------------------------ T12 Bookshare
    {"id": "T12", "subject": "Bookshare login?", "messages": [
        M(id="T12.1", frm="lauren", to=["ferro"], cc=["curtis"], date="2026-02-07 09:12", arrival="bcc-self",
          sig="Lauren",
          body="""Hi Danielle,

Just checking on the Bookshare login from the meeting notes - Owen's ELA class starts The Outsiders on Monday and he wanted to listen ahead this weekend. Did it get set up?

Thanks!""",
          labels=dict(topics=["assistive_technology", "read_aloud"],
                      requests=[dict(key="r_bookshare", by="lauren", quote="Did it get set up?")])),
        M(id="T12.2", frm="ferro", to=["lauren"], cc=["curtis"], date="2026-02-09 07:48", arrival="gmail-forward",
          fwd_at="2026-02-09 12:30", fwd_note="", reply_to="T12.1", sig=SIG["ferro"],
          body="""Done! His login went home in his planner today and The Outsiders is already on his Bookshare bookshelf. Sorry it took an extra weekend.""",
          labels=dict(topics=["assistive_technology", "read_aloud"], fulfills=["c_bookshare"], answers=["r_bookshare"])),
    ]},

    # ------------------------------------------------------------------ T13 science: scribe + notes
    {"id": "T13", "subject": "Owen - science test Friday", "messages": [
        M(id="T13.1", frm="curtis", to=["villanueva"], cc=["lauren", "trail"], date="2026-02-09 07:05", arrival="direct",
          sig=SIG["curtis"],
          body="""Mr. Villanueva,

Owen said the Unit 4 test on Friday had 3 short answer questions and nobody scribed for him so he left them blank. His IEP has a scribe for tests with written answers. Can he redo those 3 with a scribe?

Also he still isn't getting copies of the notes. He's trying to copy off the board and can't keep up, which is the whole reason it's in his IEP.

Thanks
Curtis Whitfield""",
          labels=dict(topics=["scribe", "class_notes"],
                      missed=[("scribe", "2026-02-06", None), ("class_notes", "2026-02-09", None)],
                      requests=[dict(key="r_redo_scribe", by="curtis", quote="Can he redo those 3 with a scribe?")])),
        M(id="T13.2", frm="villanueva", to=["curtis"], cc=["lauren", "ferro", "trail"], date="2026-02-09 14:30",
          arrival="direct", reply_to="T13.1", sig=SIG["villanueva"],
          body="""Mr. Whitfield,

You're right and I apologize. The para who usually scribes for my ESE students was pulled to cover a class on Friday, and I should have held Owen's test until she was available.

Ms. Ferro can scribe the three short-answer questions for him on Thursday (2/12) during 2nd period, and I will regrade the test.

On the notes - I'll print the guided notes for Unit 5 and put them in his science folder by Wednesday. I'm also posting my slides in Google Classroom after each class.

FYI, I will be out Thursday 2/19 and Friday 2/20 for district science fair judging.

Jorge Villanueva""",
          labels=dict(topics=["scribe", "class_notes"],
                      missed=[("scribe", "2026-02-06", None)],
                      answers=["r_redo_scribe"],
                      commitments=[
                          dict(key="c_scribe_212", by="villanueva", what="have Ms. Ferro scribe the three short-answer items on 2/12 and regrade",
                               quote="Ms. Ferro can scribe the three short-answer questions for him on Thursday (2/12) during 2nd period, and I will regrade the test.", due="2026-02-12"),
                          dict(key="c_unit5_notes", by="villanueva", what="print Unit 5 guided notes into Owen's science folder",
                               quote="I'll print the guided notes for Unit 5 and put them in his science folder by Wednesday.", due="2026-02-11"),
                      ])),
        M(id="T13.3", frm="ferro", to=["villanueva", "curtis"], cc=["lauren", "trail"], date="2026-02-12 10:02",
          arrival="direct", reply_to="T13.2", sig=SIG["ferro_phone"],
          body="""Done - all three scribed this morning. Mr. V has them.""",
          labels=dict(topics=["scribe"], fulfills=["c_scribe_212"])),
        M(id="T13.4", frm="curtis", to=["villanueva"], cc=["lauren", "ferro", "trail"], date="2026-02-23 18:40",
          arrival="direct", reply_to="T13.3", sig=SIG["curtis"],
          body="""Mr V, Owen says there were no notes in his folder last week and he can't get into Google Classroom on the cart Chromebooks (it keeps logging him out). Can you email the Unit 5 notes to me and I'll print them at home?

Thx
Curtis""",
          labels=dict(topics=["class_notes", "assistive_technology"],
                      missed=[("class_notes", "2026-02-20", None)],
                      requests=[dict(key="r_email_notes", by="curtis", quote="Can you email the Unit 5 notes to me and I'll print them at home?")])),
    ]},

    # ------------------------------------------------------------------ T14 weekly SPIRE updates
    {"id": "T14", "subject": "Owen - S.P.I.R.E. update (2/13)", "messages": [
        M(id="T14.1", frm="albright", to=["lauren", "curtis"], cc=["ferro", "beth", "trail"], date="2026-02-13 15:40",
          arrival="direct", sig=SIG["albright"],
          body="""Mr. and Mrs. Whitfield,

Good news - Owen passed the Level 4 placement check on Wednesday with 88% and started Level 5 on Thursday.

This week's mastery check (Level 4, Lesson 10): 86%
Fluency probe (DIBELS 8 grade 6 passage, same set Ms. Ostrowski uses): 96 wcpm, 95% accuracy

Kevin Albright""",
          labels=dict(topics=["reading_intervention"],
                      fulfills=["c_weekly", "c_placement", "c_placement_211", "c_probes6"])),
        M(id="T14.2", frm="lauren", to=["albright"], cc=["curtis"], date="2026-02-13 19:02", arrival="not-forwarded",
          reply_to="T14.1", sig="Lauren",
          body="""That's wonderful news! He came home and told us before we even saw this. Please tell him we're proud of him."""),
        M(id="T14.3", frm="albright", to=["lauren"], cc=["curtis", "ferro", "trail"], date="2026-02-27 15:55",
          arrival="direct", reply_to="T14.2", sig=SIG["albright"],
          body="""Week of 2/23:
Mastery check (Level 5, Lesson 2): 81%
Fluency (grade 6): 98 wcpm, 96%

He was absent Tuesday, so Lesson 3 carries over.

-KA""",
          labels=dict(topics=["reading_intervention"], fulfills=["c_weekly"])),
    ]},

    # ------------------------------------------------------------------ T15 newsletter
    {"id": "T15", "subject": "Tarpon Creek Tides - Week of February 16", "messages": [
        M(id="T15.1", frm="psq", to=["trail"], date="2026-02-13 17:00", arrival="direct", newsletter=True, sig="",
          body="""TARPON CREEK TIDES
Week of February 16, 2026

No School Monday
Monday, February 16 is Presidents' Day. There is no school for students or staff.

Spring Testing Is Coming
The B.E.S.T. Writing assessment for grade 7 will take place March 10-12. FAST PM3 and the Civics EOC are in May. Students with IEP or Section 504 testing accommodations will receive them as written in their plans. Please make sure your child gets a good night's sleep and eats breakfast on testing days.

Tutoring Tuesdays
Free after-school tutoring in math and reading runs every Tuesday from 3:45 to 4:45 in the media center. Students must be picked up by 4:45.

Yearbooks
Yearbooks are on sale for $35 through March 6 at the front office or online.

Manatee Team Field Trip
Thank you to the parents who chaperoned our Civics trip to the county courthouse!

Go Tarpons!""",
          labels=dict(topics=[], students=[])),
    ]},

    # ------------------------------------------------------------------ T16 compensatory services negotiation
    {"id": "T16", "subject": "Owen Whitfield - missed Intensive Reading and OT sessions", "messages": [
        M(id="T16.1", frm="ortiz", to=["lauren", "curtis"], cc=["ferro", "delacroix", "albright", "trail"],
          date="2026-02-24 16:15", arrival="direct", sig=SIG["ortiz"],
          body="""Mr. and Mrs. Whitfield,

I apologize for the delay in getting back to you. I know I said I would have an answer by the 13th.

First, I have changed the PM3 proctoring schedule so that Mr. Albright is no longer on it during 4th period.

For the missed sessions, our records show Owen missed 12 Intensive Reading sessions between 12/2 and 2/6, and 5 OT sessions between 1/8 and 2/10 (one of which Ms. Lindgren has already made up). The district is offering 6 hours of compensatory reading instruction with Mr. Albright after school and 2 hours of OT, to be completed by the end of the school year.

Please let me know if you would like to accept this offer, or we can discuss it at the IEP amendment meeting Ms. Delacroix is scheduling.

Raymond Ortiz""",
          labels=dict(topics=["reading_intervention", "occupational_therapy", "compensatory_services", "iep_meeting"],
                      fulfills=["c_ortiz"], answers=["r_makeup_plan"],
                      missed=[("reading_intervention", "2026-02-06", None), ("occupational_therapy", "2026-02-10", None)],
                      requests=[dict(key="r_accept", by="ortiz", quote="Please let me know if you would like to accept this offer")])),
        M(id="T16.2", frm="lauren", to=["ortiz"], cc=["curtis", "ferro", "delacroix", "albright"], date="2026-03-02 21:40",
          arrival="bcc-self", reply_to="T16.1", sig=SIG["lauren"],
          body="""Mr. Ortiz,

Thank you for fixing the proctoring schedule. That matters a lot.

We can't accept the offer as written. By our count Owen has missed the following Intensive Reading sessions (50 minutes each): 12/2, 12/3, 12/4, 1/7, 1/21, 1/22, 1/28 and 2/6 (Mr. Albright was at training and Owen says the sub put on a movie), plus the four Q2 days Mr. Albright mentioned that we don't have dates for. That's 12 sessions, or 10 hours, not 6.

He has also missed OT on 12/11, 12/18, 1/8, 1/15, 1/22, 1/29 and 2/10. According to Owen, Ms. Kwan had already stopped seeing students her last two weeks. That's 7 sessions, or 3.5 hours. The 2/10 session was made up on 2/26, which we appreciate, but the other six were not.

We are asking for:
1. 10 hours of 1:1 or small-group (no more than 3 students) S.P.I.R.E. instruction with Mr. Albright or another trained teacher, at least twice a week, starting before spring break.
2. 3 hours of direct OT focused on keyboarding.
3. Or, as an alternative to #1, that the district reimburse 10 sessions with Owen's tutor, Ms. Ostrowski, who is a Certified Academic Language Therapist.

Can you let us know by Friday, 3/6, which of these the district will agree to, so that it can be finalized at the amendment meeting?

Lauren and Curtis Whitfield""",
          labels=dict(topics=["reading_intervention", "occupational_therapy", "compensatory_services", "iep_meeting"],
                      answers=["r_accept"],
                      missed=[("reading_intervention", "2025-12-02", 50), ("reading_intervention", "2025-12-03", 50),
                              ("reading_intervention", "2025-12-04", 50), ("reading_intervention", "2026-01-07", 50),
                              ("reading_intervention", "2026-01-21", 50), ("reading_intervention", "2026-01-22", 50),
                              ("reading_intervention", "2026-01-28", 50), ("reading_intervention", "2026-02-06", 50),
                              ("occupational_therapy", "2025-12-11", 30), ("occupational_therapy", "2025-12-18", 30),
                              ("occupational_therapy", "2026-01-08", 30), ("occupational_therapy", "2026-01-15", 30),
                              ("occupational_therapy", "2026-01-22", 30), ("occupational_therapy", "2026-01-29", 30),
                              ("occupational_therapy", "2026-02-10", 30)],
                      requests=[dict(key="r_by_36", by="lauren", quote="Can you let us know by Friday, 3/6, which of these the district will agree to, so that it can be finalized at the amendment meeting?")])),
        M(id="T16.3", frm="ortiz", to=["lauren", "curtis"], cc=["harmon", "delacroix", "ferro", "albright", "trail"],
          date="2026-03-06 15:30", arrival="direct", reply_to="T16.2", sig=SIG["ortiz"],
          body="""Mr. and Mrs. Whitfield,

I've reviewed your count with Dr. Harmon and Ms. Delacroix, and you're right that we undercounted the December OT sessions.

The district agrees to:
- 10 hours of compensatory S.P.I.R.E. instruction with Mr. Albright, Tuesdays and Thursdays from 3:45 to 4:30 in room 6-110, in a group of no more than 3. Sessions will begin Tuesday, March 24 (right after spring break) and run through May.
- 3.5 hours (7 sessions) of compensatory OT with Ms. Lindgren, scheduled with you directly.

The district is not able to reimburse private tutoring in this case. Ms. Delacroix will send the written compensatory services plan before the amendment meeting on 3/10.

Raymond Ortiz""",
          labels=dict(topics=["compensatory_services", "reading_intervention", "occupational_therapy", "iep_meeting"],
                      answers=["r_by_36"],
                      commitments=[
                          dict(key="c_comp_start", by="albright", what="begin compensatory S.P.I.R.E. sessions Tue/Thu after school on 3/24",
                               quote="Sessions will begin Tuesday, March 24 (right after spring break) and run through May.", due="2026-03-24"),
                          dict(key="c_comp_ot", by="tara", what="schedule the 7 compensatory OT sessions with the parents",
                               quote="3.5 hours (7 sessions) of compensatory OT with Ms. Lindgren, scheduled with you directly.", due=None),
                          dict(key="c_plan", by="delacroix", what="send the written compensatory services plan before the 3/10 meeting",
                               quote="Ms. Delacroix will send the written compensatory services plan before the amendment meeting on 3/10.", due="2026-03-10"),
                      ])),
    ]},

    # ------------------------------------------------------------------ T17 notice of amendment meeting
    {"id": "T17", "subject": "Notice of IEP Meeting - Owen Whitfield - 3/10", "messages": [
        M(id="T17.1", frm="delacroix", to=["lauren", "curtis"], cc=["ferro", "trail"], date="2026-02-25 09:35",
          arrival="direct", sig=SIG["delacroix"],
          body="""Good morning Mr. and Mrs. Whitfield,

Attached is the Notice of Meeting for an IEP amendment meeting on Tuesday, March 10 at 8:00 AM in the Tarpon Creek main office conference room (Google Meet available). The purpose of the meeting is to review compensatory services and update Owen's accommodations.

Please sign and return the parent response section indicating whether you will attend.

Thank you,
Monica Delacroix""",
          attachments=[dict(name="Notice_of_Meeting_Whitfield_3-10-26.pdf", type="application/pdf", text="""CALOOSA COUNTY PUBLIC SCHOOLS - NOTICE OF MEETING
To the parent(s) of: Owen Whitfield    School: Tarpon Creek Middle    Grade: 07
Date/time: Tuesday, March 10, 2026, 8:00 AM    Location: Main office conference room / Google Meet
Purpose: [X] Review/revise IEP (amendment)   [X] Consider compensatory services   [ ] Eligibility
Invited: D. Ferro (ESE/case manager), H. Rinaldi (general education), K. Albright (reading), T. Lindgren (OT),
R. Ortiz (LEA representative), M. Delacroix (staffing specialist)
PARENT RESPONSE: [ ] I will attend  [ ] I will attend by phone/virtually  [ ] Please reschedule
Signature ____________________ Date _______""")],
          labels=dict(topics=["iep_meeting", "compensatory_services"], fulfills=["c_amend_mtg"],
                      attachment_topics=["iep_meeting", "compensatory_services"],
                      requests=[dict(key="r_attend", by="delacroix", quote="Please sign and return the parent response section indicating whether you will attend.")])),
        M(id="T17.2", frm="curtis", to=["delacroix"], cc=["lauren", "ferro", "trail"], date="2026-02-25 21:10",
          arrival="direct", reply_to="T17.1", sig=SIG["curtis"],
          body="""See attached. We'll both be there in person.

Curtis Whitfield""",
          attachments=[dict(name="Notice_signed.pdf", type="application/pdf", text="""PARENT RESPONSE: [X] I will attend   Signature: Curtis Whitfield   Date: 2/25/26""")],
          labels=dict(topics=["iep_meeting"], answers=["r_attend"], attachment_topics=["iep_meeting"])),
    ]},

    # ------------------------------------------------------------------ T18 Ortiz -> tutor (Thunderbird forward)
    {"id": "T18", "subject": "Tutoring rate - Owen Whitfield", "messages": [
        M(id="T18.1", frm="ortiz", to=["beth"], cc=["delacroix"], date="2026-03-05 08:50", arrival="thunderbird-forward",
          fwd_to=["trail", "lauren"], fwd_at="2026-03-05 12:14", fwd_note="Lauren, this came in this morning. Copying you so it's in the file.",
          sig=SIG["ortiz"],
          body="""Ms. Ostrowski,

The Whitfields have asked the district to consider reimbursing tutoring sessions with you as part of a compensatory services plan for Owen. So that we can review the request, could you send me your hourly rate and a copy of your CALT certification?

Thank you,
Raymond Ortiz""",
          labels=dict(topics=["compensatory_services", "reading_intervention"],
                      requests=[dict(key="r_rate", by="ortiz", quote="could you send me your hourly rate and a copy of your CALT certification?")])),
        M(id="T18.2", frm="beth", to=["ortiz"], cc=["delacroix", "lauren", "trail"], date="2026-03-05 12:31",
          arrival="direct", reply_to="T18.1", sig=SIG["beth"],
          body="""Mr. Ortiz,

Attached are my rate sheet ($85 per 55-minute session) and my ALTA certificate. I'm available Monday, Wednesday and Friday afternoons if that helps with planning.

Beth Ostrowski""",
          attachments=[dict(name="CLC_rate_sheet_2025-26.pdf", type="application/pdf", text="""Coastal Literacy Center - 2025-26 Rates
Individual structured literacy therapy (CALT), 55 minutes: $85
Educational assessment and report: $650
School meeting attendance (per hour): $85"""),
                       dict(name="Ostrowski_ALTA_CALT_certificate.pdf", type="application/pdf", text="""Academic Language Therapy Association
This certifies that Beth A. Ostrowski has met the requirements for Certified Academic Language Therapist (CALT).
Certificate no. 41-2287   Valid through 12/31/2027""")],
          labels=dict(topics=[], answers=["r_rate"], attachment_topics=["reading_intervention"])),
    ]},

    # ------------------------------------------------------------------ T19 B.E.S.T. Writing / organizer / extra time
    {"id": "T19", "subject": "Owen - B.E.S.T. Writing next week + yesterday's essay", "messages": [
        M(id="T19.1", frm="lauren", to=["ferro", "rinaldi"], cc=["curtis"], date="2026-03-04 06:40", arrival="bcc-self",
          sig="Lauren",
          body="""Hi Danielle and Mrs. Rinaldi,

Two things.

Yesterday's in-class essay (3/3): Owen had a Chromebook this time, which is great, but he says he didn't get the RACE organizer, and when the bell rang he had to turn it in and go to lunch, so no extra time either. He was about halfway through.

Next week is the B.E.S.T. Writing test. Can you confirm that he is on the accommodations roster for extended time and a separate setting, and that speech-to-text is allowed? I've read that the state test has its own rules about that, so I'd like to know now rather than after.

Thank you,""",
          labels=dict(topics=["graphic_organizers", "extended_time", "assistive_technology", "separate_setting"],
                      missed=[("graphic_organizers", "2026-03-03", None), ("extended_time", "2026-03-03", None)],
                      requests=[dict(key="r_roster_confirm", by="lauren", quote="Can you confirm that he is on the accommodations roster for extended time and a separate setting, and that speech-to-text is allowed?")])),
        M(id="T19.2", frm="ferro", to=["lauren"], date="2026-03-04 06:40:31", arrival="gmail-forward", auto_reply=True,
          fwd_at="2026-03-04 07:15", fwd_note="autoreply - she's out til Friday",
          reply_to="T19.1", quote=False, sig="",
          body="""Thank you for your email. I am out of the office Wednesday, March 4 and Thursday, March 5 for district ESE compliance training, with limited access to email. I will respond when I return on Friday, March 6.

If you need immediate assistance, please contact Mr. Raymond Ortiz, Assistant Principal, at (239) 555-0312 ext. 4102.""",
          labels=dict(topics=[], students=[])),
        M(id="T19.3", frm="ferro", to=["lauren"], cc=["rinaldi", "curtis", "trail"], date="2026-03-06 10:30",
          arrival="direct", reply_to="T19.1", sig=SIG["ferro"],
          body="""Hi Lauren, sorry for the delay - I was at training.

Yes, Owen is on the B.E.S.T. Writing accommodations roster for extended time (time and a half) and a separate setting, and his testing room is 6-104 with me and four other students. On speech-to-text: the state does not allow it on B.E.S.T. Writing unless it is listed as a specific accommodation with the required documentation, which Owen's IEP doesn't have right now. We can add it at Tuesday's amendment meeting for future years, but it won't be in place for this test. He will type his response, which every student does since the test is computer-based.

Danielle""",
          labels=dict(topics=["extended_time", "separate_setting", "assistive_technology", "iep_meeting"],
                      fulfills=["c_roster"], answers=["r_roster_confirm"])),
        M(id="T19.4", frm="rinaldi", to=["lauren"], cc=["ferro", "curtis"], date="2026-03-09 12:05",
          arrival="gmail-forward", fwd_at="2026-03-09 19:22", fwd_note="", reply_to="T19.1", sig=SIG["rinaldi"],
          body="""Mrs. Whitfield,

I'm sorry - I had a sub for the first half of that block and the organizers were in my desk. That's on me. I've put a stack of RACE organizers in Owen's ELA folder so he never has to ask. He can finish the 3/3 essay during my tutoring time Thursday morning (3/12) with as much time as he needs.

For B.E.S.T. Writing, Ms. Ferro handles the roster, so I'll let her answer that one.

Mrs. Rinaldi""",
          labels=dict(topics=["graphic_organizers", "extended_time"],
                      commitments=[dict(key="c_finish_essay", by="rinaldi", what="let Owen finish the 3/3 essay with unlimited time on 3/12",
                                        quote="He can finish the 3/3 essay during my tutoring time Thursday morning (3/12) with as much time as he needs.", due="2026-03-12")])),
    ]},

    # ------------------------------------------------------------------ T20 math: shortened homework
    {"id": "T20", "subject": "Owen math hw", "messages": [
        M(id="T20.1", frm="curtis", to=["stone"], cc=["lauren", "ferro", "trail"], date="2026-03-09 19:30", arrival="direct",
          sig=SIG["curtis"],
          body="""Mr. Stone - Owen spent almost 2 hours on the 4.3 homework last night, all 30 problems. His IEP says shortened assignments (like the evens or half). He said you told the class everyone has to do all of them because of the test. Is that right? Dont want him skipping stuff he needs but 2 hrs is too much for him.

Curtis""",
          labels=dict(topics=["reduced_assignments"],
                      missed=[("reduced_assignments", "2026-03-08", None)],
                      requests=[dict(key="r_all30", by="curtis", quote="He said you told the class everyone has to do all of them because of the test. Is that right?")])),
        M(id="T20.2", frm="stone", to=["curtis"], cc=["lauren", "ferro", "trail"], date="2026-03-10 07:15",
          arrival="direct", reply_to="T20.1", sig=SIG["stone"],
          body="""Mr. Whitfield,

No, that was a miscommunication on my part - I said everyone needs to do the review packet, and I should have told Owen separately that his version is the odd-numbered problems only. Going forward I'll circle his problems on every assignment so it's clear. He can skip the rest of 4.3.

Derek Stone""",
          labels=dict(topics=["reduced_assignments"], answers=["r_all30"],
                      commitments=[dict(key="c_circle", by="stone", what="circle Owen's (reduced) problems on every math assignment",
                                        quote="Going forward I'll circle his problems on every assignment so it's clear.", due=None)])),
    ]},

    # ------------------------------------------------------------------ T21 written comp plan (late), forwarded as attachment
    {"id": "T21", "subject": "Compensatory Services Plan and IEP Amendment - Owen Whitfield", "messages": [
        M(id="T21.1", frm="delacroix", to=["lauren", "curtis"], cc=["ortiz", "ferro", "albright", "tara"],
          date="2026-03-12 13:40", arrival="attachment-forward", fwd_at="2026-03-12 18:05",
          fwd_note="Comp plan + amended IEP (she forgot to cc the file)", sig=SIG["delacroix"],
          body="""Good afternoon,

Attached is the final compensatory services plan agreed to at Tuesday's meeting, along with the amended IEP. I'm sorry it didn't go out before the meeting as planned.

Summary: 10 hours of compensatory S.P.I.R.E. instruction (Tuesdays and Thursdays 3:45-4:30, beginning 3/24) and 3.5 hours of compensatory OT, all to be completed by May 22. Transportation home is not provided for the after-school sessions, per the parents.

Have a restful spring break!

Monica Delacroix""",
          attachments=[
              dict(name="Whitfield_Owen_Comp_Services_Plan_3-10-26.pdf", type="application/pdf", text="""CALOOSA COUNTY PUBLIC SCHOOLS - COMPENSATORY SERVICES PLAN
Student: Owen Whitfield   School: Tarpon Creek Middle   Agreed at IEP amendment meeting 3/10/2026
Basis: Intensive Reading (specialized reading instruction) not delivered on 12 days between 12/2/2025 and 2/6/2026;
OT not delivered on 7 dates between 12/11/2025 and 2/10/2026 (one made up 2/26/2026).
1. Compensatory reading instruction: 600 minutes, S.P.I.R.E., provider K. Albright, Tue/Thu 3:45-4:30 PM,
   room 6-110, group size max 3, beginning 3/24/2026. Provider will log each session on the district comp log.
2. Compensatory OT: 210 minutes (7 x 30), provider T. Lindgren (Bright Path), schedule to be arranged with parents.
3. All compensatory services to be completed by 5/22/2026. Sessions cancelled by the school will be rescheduled.
4. Transportation: parents will provide transportation after sessions.
Parent signature: Lauren Whitfield 3/10/26     LEA representative: Raymond Ortiz 3/10/26"""),
              dict(name="Whitfield_Owen_IEP_Amendment_3-10-26.pdf", type="application/pdf", text="""IEP AMENDMENT - Owen Whitfield - 3/10/2026
Classroom accommodations (all classes):
 - Extended time (1.5x) on tests, quizzes and in-class writing
 - Separate setting (small group, ESE room 6-104) for tests and state assessments
 - Text-to-speech (Read&Write for Google Chrome) and audiobooks (Bookshare) for grade-level text; tests read aloud when TTS is unavailable
 - Typing or speech-to-text for written responses longer than one paragraph
 - Scribe for constructed-response items when typing is not available
 - Copy of class notes (guided notes or printed slides) at the start of each unit
 - Graphic organizer (RACE / essay planner) for extended writing
 - Reduced assignments: shortened practice sets (e.g., odd-numbered items) covering the same standards
Services: Intensive Reading (S.P.I.R.E.) 250 min/week; OT 30 min/week; ESE support facilitation in ELA and Civics.""")],
          labels=dict(topics=["compensatory_services", "reading_intervention", "occupational_therapy", "iep_meeting", "transportation"],
                      fulfills=["c_plan"],
                      attachment_topics=["compensatory_services", "reading_intervention", "occupational_therapy",
                                         "extended_time", "separate_setting", "read_aloud", "assistive_technology",
                                         "scribe", "class_notes", "graphic_organizers", "reduced_assignments",
                                         "transportation", "iep_meeting"])),
    ]},

    # ------------------------------------------------------------------ T22 first comp session
    {"id": "T22", "subject": "Comp reading - first session", "messages": [
        M(id="T22.1", frm="albright", to=["lauren", "curtis"], cc=["ortiz", "ferro", "trail"], date="2026-03-24 17:02",
          arrival="direct", sig=SIG["albright"],
          body="""Mr. and Mrs. Whitfield,

Owen and I had our first compensatory session today. Just him and one 8th grader, so lots of reading time. He's on Level 5, Lesson 3 and read his passage at 102 wcpm.

I'll log every session on the comp tracking sheet and send it to you at the end of each month.

Kevin""",
          labels=dict(topics=["compensatory_services", "reading_intervention"], fulfills=["c_comp_start"],
                      commitments=[dict(key="c_comp_log", by="albright", what="send the compensatory session log at the end of each month",
                                        quote="I'll log every session on the comp tracking sheet and send it to you at the end of each month.", due="2026-03-31")])),
    ]},

    # ------------------------------------------------------------------ T23 Q3 progress report
    {"id": "T23", "subject": "Owen - Q3 IEP progress report", "messages": [
        M(id="T23.1", frm="ferro", to=["lauren", "curtis"], cc=["albright", "trail"], date="2026-03-27 15:10",
          arrival="direct", html=True, sig=SIG["ferro"],
          body="""Hi Mr. and Mrs. Whitfield,

Owen's Q3 IEP progress report is attached and will also be in Focus on Monday. This time every goal has data and a comment. He is rated "Making progress - may achieve goal" on decoding and written expression, and "Insufficient progress" on fluency, although his last two probes (99 and 102 wcpm on 6th grade passages) are the best he has had all year.

I know the Q2 report was frustrating, so please let me know if anything here is unclear.

Danielle""",
          attachments=[dict(name="Whitfield_Owen_IEP_Progress_Q3.pdf", type="application/pdf", text="""IEP PROGRESS REPORT - QUARTER 3 (1/12/2026 - 3/13/2026)
Student: Owen Whitfield   Case manager: D. Ferro
Goal 1 (decoding multisyllabic words, 80% accuracy): Making progress - may achieve goal.
  S.P.I.R.E. mastery checks: L4-L10 86%, L5-L2 81%, L5-L3 84%. Passed Level 4 placement check 2/11 (88%).
Goal 2 (oral reading fluency, 110 wcpm / 95% on grade 6 passages): Insufficient progress - may not achieve goal.
  Grade 6 probes: 2/13 96, 2/27 98, 3/6 99, 3/12 102. Grade 5 probe 1/16: 92.
Goal 3 (written expression, 5-paragraph response with organizer, typed): Making progress - may achieve goal.
  1/27 retake essay (typed, organizer): 3/4 rubric. 3/3 essay incomplete.
Intensive Reading sessions held this quarter: 38 of 43 scheduled.""")],
          labels=dict(topics=["progress_report", "reading_intervention"],
                      attachment_topics=["progress_report", "reading_intervention", "graphic_organizers"])),
        M(id="T23.2", frm="lauren", to=["ferro"], cc=["curtis", "albright", "trail"], date="2026-03-28 10:20",
          arrival="direct", reply_to="T23.1", sig="Lauren",
          body="""Thank you Danielle, this is so much more useful. It's the first time we can actually see what's happening.

One question: is the fluency goal still being measured on 6th grade passages, or did it go back to 5th? The Q3 report lists both.

Also, we never did get the corrected Q2 report that was supposed to come out in February. Is that still coming? I'd like it in his file, since the original one is what's in Focus.""",
          labels=dict(topics=["progress_report", "reading_intervention"],
                      requests=[
                          dict(key="r_passages", by="lauren", quote="is the fluency goal still being measured on 6th grade passages, or did it go back to 5th?"),
                          dict(key="r_q2_coming", by="lauren", quote="Is that still coming?"),
                      ])),
    ]},

    # ------------------------------------------------------------------ T24 notice for 4/16 + draft + final IEP
    {"id": "T24", "subject": "Notice of Meeting - Owen Whitfield - Reevaluation/Annual IEP 4/16", "messages": [
        M(id="T24.1", frm="delacroix", to=["lauren", "curtis"], cc=["ferro", "mercer", "trail"], date="2026-03-30 09:20",
          arrival="direct", sig=SIG["delacroix"],
          body="""Mr. and Mrs. Whitfield,

Attached is the Notice of Meeting for Owen's reevaluation eligibility review and annual IEP meeting on Thursday, April 16 at 8:00 AM in the Tarpon Creek main office conference room.

To answer the question you sent Dr. Mercer in February: all evaluation reports will be sent to you by Thursday, April 9, five school days before the meeting. Dr. Mercer expects to send his report this week.

You are welcome to invite Ms. Ostrowski. Please let me know if you will attend, and whether you would like a draft IEP ahead of time.

Monica Delacroix""",
          attachments=[dict(name="Notice_of_Meeting_Whitfield_4-16-26.pdf", type="application/pdf", text="""CALOOSA COUNTY PUBLIC SCHOOLS - NOTICE OF MEETING
Student: Owen Whitfield   Date/time: Thursday, April 16, 2026, 8:00 AM   Location: Main office conference room
Purpose: [X] Review evaluation results / determine continued eligibility  [X] Develop annual IEP
Invited: D. Ferro, A. Mercer (school psychologist), T. Lindgren (OT), H. Rinaldi, K. Albright, R. Ortiz (LEA), M. Delacroix""")],
          labels=dict(topics=["iep_meeting", "evaluation"], answers=["r_reports_early"],
                      attachment_topics=["iep_meeting", "evaluation"],
                      commitments=[dict(key="c_reports_49", by="delacroix", what="send all evaluation reports to parents by 4/9",
                                        quote="all evaluation reports will be sent to you by Thursday, April 9, five school days before the meeting.", due="2026-04-09")],
                      requests=[dict(key="r_attend_draft", by="delacroix", quote="Please let me know if you will attend, and whether you would like a draft IEP ahead of time.")])),
        M(id="T24.2", frm="lauren", to=["delacroix"], cc=["curtis", "ferro", "mercer", "trail"], date="2026-03-30 20:05",
          arrival="direct", reply_to="T24.1", sig=SIG["lauren"],
          body="""Ms. Delacroix,

We'll both attend. And yes, we would like the draft IEP ahead of time - could we have it by Monday 4/13 so we can go over it with Beth? She will join by phone.

Thanks,
Lauren""",
          labels=dict(topics=["iep_meeting"], answers=["r_attend_draft"],
                      requests=[dict(key="r_draft_413", by="lauren", quote="could we have it by Monday 4/13 so we can go over it with Beth?")])),
        M(id="T24.3", frm="delacroix", to=["lauren", "curtis"], cc=["ferro", "trail"], date="2026-04-15 16:50",
          arrival="direct", reply_to="T24.2", sig=SIG["delacroix"],
          body="""Draft IEP attached for tomorrow's meeting. I apologize that it's later than you asked for.

Monica""",
          attachments=[dict(name="DRAFT_IEP_Whitfield_Owen_2026-04-16.pdf", type="application/pdf", text="""DRAFT - Individual Educational Plan - Owen Whitfield - meeting date 4/16/2026
Present levels: decoding S.P.I.R.E. Level 5; ORF 102 wcpm grade 6 (3/12); keyboarding 14 wpm.
Services: Intensive Reading (S.P.I.R.E.) 250 min/week, ESE room; OT 30 min/week direct through 5/29, then 30 min/month consult.
Accommodations: extended time 1.5x; separate setting (small group) for tests and state assessments; text-to-speech /
audiobooks (Read&Write, Bookshare); speech-to-text or keyboarding for written work > 1 paragraph; scribe for
constructed responses when typing is unavailable; copy of class notes; graphic organizers; reduced assignments.
Assistive technology: district AT referral pending.""")],
          labels=dict(topics=["iep_meeting"], answers=["r_draft_413"],
                      attachment_topics=["iep_meeting", "reading_intervention", "occupational_therapy", "extended_time",
                                         "separate_setting", "read_aloud", "assistive_technology", "scribe",
                                         "class_notes", "graphic_organizers", "reduced_assignments"])),
        M(id="T24.4", frm="delacroix", to=["lauren", "curtis"], cc=["ferro", "ortiz", "trail"], date="2026-04-22 14:30",
          arrival="direct", reply_to="T24.3", sig=SIG["delacroix"],
          body="""Mr. and Mrs. Whitfield,

Attached are Owen's final IEP from the 4/16 meeting and the Informed Notice of Proposed Action.

Monica Delacroix""",
          attachments=[dict(name="IEP_Whitfield_Owen_2026-04-16_FINAL.pdf", type="application/pdf", text="""Individual Educational Plan - Owen Whitfield - 4/16/2026 - FINAL
Eligibility: Specific Learning Disability (basic reading skills, reading fluency, written expression) - continued.
Services and accommodations as in the draft of 4/15/2026, with: OT 30 min/week direct through the end of the
school year; compensatory services per plan of 3/10/2026 to be completed by 5/22/2026."""),
                       dict(name="Informed_Notice_Proposed_Action_4-16-26.pdf", type="application/pdf", text="""Informed Notice of Proposed Action: continue eligibility (SLD); implement annual IEP of 4/16/2026.
Parent disagreement noted regarding the reevaluation; parents informed of the right to an independent educational evaluation.""")],
          labels=dict(topics=["iep_meeting"], fulfills=["c_final_iep"],
                      attachment_topics=["iep_meeting", "evaluation", "occupational_therapy", "compensatory_services"])),
    ]},

    # ------------------------------------------------------------------ T25 psychoeducational report
    {"id": "T25", "subject": "Owen Whitfield - Psychoeducational Reevaluation Report", "messages": [
        M(id="T25.1", frm="mercer", to=["lauren", "curtis"], cc=["ferro", "delacroix", "trail"], date="2026-04-02 16:45",
          arrival="direct", sig=SIG["mercer"],
          body="""Mr. and Mrs. Whitfield,

Attached is my psychoeducational report for Owen's reevaluation. In short, the results support continued eligibility under Specific Learning Disability in basic reading skills, reading fluency and written expression. His phonological processing scores on the CTOPP-2 are consistent with dyslexia, and his TOWL-4 results show a large gap between what he can tell you orally and what he can get down on paper. I also reviewed his FAST results from PM1 and PM2.

Ms. Lindgren's OT report should be to you by 4/9. I'm glad to meet or call before the 4/16 meeting if you'd like to go over the scores.

Dr. Mercer""",
          attachments=[dict(name="Whitfield_Owen_Psychoeducational_Reeval_2026.pdf", type="application/pdf", text="""CONFIDENTIAL PSYCHOEDUCATIONAL REEVALUATION - Owen Whitfield (age 13-0, grade 7)
Examiner: Alan Mercer, Ed.S., NCSP   Dates of testing: 2/24, 3/3, 3/5/2026
WISC-V: Verbal Comprehension 112; Visual Spatial 104; Fluid Reasoning 108; Working Memory 91; Processing Speed 85
CTOPP-2: Phonological Awareness 79; Phonological Memory 88; Rapid Symbolic Naming 76
WIAT-4: Word Reading 78; Pseudoword Decoding 75; Oral Reading Fluency 74; Reading Comprehension 92; Spelling 72
TOWL-4: Overall Writing 73 (Contextual Conventions 68; Story Composition 84)
FAST ELA Reading: PM1 Level 1; PM2 Level 2.
Summary: continues to meet eligibility as a student with a Specific Learning Disability (dyslexia profile).
Recommendations: continued daily structured literacy intervention; text-to-speech and audiobooks for grade-level
text; keyboarding/speech-to-text for written work; extended time (1.5x) and a separate, reduced-distraction
setting for tests; scribe for constructed responses when typing is not possible.""")],
          labels=dict(topics=["evaluation", "occupational_therapy", "iep_meeting"], fulfills=["c_ctopp", "c_fast"],
                      attachment_topics=["evaluation", "reading_intervention", "read_aloud", "assistive_technology",
                                         "extended_time", "separate_setting", "scribe"],
                      commitments=[dict(key="c_ot_report", by="tara", what="send the OT reevaluation report",
                                        quote="Ms. Lindgren's OT report should be to you by 4/9.", due="2026-04-09")])),
    ]},

    # ------------------------------------------------------------------ T26 Civics practice test (to work address)
    {"id": "T26", "subject": "Owen - Civics EOC practice test", "messages": [
        M(id="T26.1", frm="greer", to=["lauren_work"], cc=["ferro"], date="2026-04-08 15:30", arrival="outlook-forward",
          fwd_at="2026-04-08 16:02", fwd_note="FW for the file. Still going to my work email, ugh.", sig=SIG["greer"],
          body="""Good afternoon Mrs. Whitfield,

I wanted to give you a heads-up about Owen's Civics EOC practice test today. Our practice test was on paper because the computer lab was being used for FAST, so Read&Write couldn't read it to him, and I didn't have anyone available to read it aloud. He also ran out of time - we only had the one period. He scored a 41%, but I honestly don't think that reflects what he knows; in class discussions he's one of my strongest students.

I'd like to have him retake it on the computer with text-to-speech and his extended time. I'll set that up for the week after next and let you know the date.

Paula Greer""",
          labels=dict(topics=["read_aloud", "assistive_technology", "extended_time"],
                      missed=[("read_aloud", "2026-04-08", None), ("extended_time", "2026-04-08", None)],
                      commitments=[dict(key="c_greer_retake", by="greer", what="schedule a computer retake of the Civics practice test with TTS and extended time",
                                        quote="I'll set that up for the week after next and let you know the date.", due="2026-04-24")])),
        M(id="T26.2", frm="lauren_work", to=["greer"], cc=["ferro"], date="2026-04-08 21:04", arrival="not-forwarded",
          reply_to="T26.1", html=True, sig=SIG["lauren_work"],
          body="""Ms. Greer,

Thank you for telling me rather than letting me find out from the grade. Having Read&Write on every Civics test is exactly what we agreed to in January, so I'm glad he'll get a retake.

Please use lauren.whitfield@gmail.com and whitfield.iep.file@gmail.com for anything about Owen - the school still has my old work address.

Lauren Whitfield"""),
        M(id="T26.3", frm="greer", to=["lauren_work", "lauren"], cc=["ferro", "trail"], date="2026-04-09 07:20",
          arrival="direct", reply_to="T26.2", sig=SIG["greer"],
          body="""Mrs. Whitfield,

Understood, and I've updated my contacts. You're right that it should have been on the computer. I've already moved the rest of my quizzes and the unit tests into Google Forms so Read&Write works, and I've asked Ms. Ferro to put Owen on the small-group room list for the EOC on May 12.

Paula Greer""",
          labels=dict(topics=["read_aloud", "assistive_technology", "separate_setting"], fulfills=["c_civics_rw"])),
    ]},

    # ------------------------------------------------------------------ T27 OT reevaluation report (late)
    {"id": "T27", "subject": "Owen Whitfield - OT Reevaluation", "messages": [
        M(id="T27.1", frm="tara", to=["lauren", "curtis"], cc=["ferro", "mercer", "delacroix"], date="2026-04-13 17:20",
          arrival="apple-forward", fwd_at="2026-04-13 19:02", fwd_note="OT eval. Finally", html=True, sig=SIG["tara"],
          body="""Mr. and Mrs. Whitfield,

Attached is my OT reevaluation report. I apologize that it is later than promised - I had a family emergency last week.

Main recommendations: continue direct OT 30 min/week through the end of the year, then move to consult; keyboarding or speech-to-text as his default for written work in all classes; and a scribe for constructed responses on tests until his typing reaches 20 wpm.

Tara Lindgren""",
          attachments=[dict(name="Whitfield_Owen_OT_Reevaluation_Apr2026.pdf", type="application/pdf", text="""Bright Path Pediatric Therapy - Occupational Therapy Reevaluation (school-based)
Student: Owen Whitfield   Evaluator: Tara Lindgren, MS, OTR/L   Dates: 3/3, 3/10, 4/7/2026
Assessments: Beery VMI-6 (VMI 88, Motor Coordination 79); ETCH (legibility 58% composition); keyboarding 14 wpm / 90%.
Impressions: dysgraphia profile; handwriting is not functional for extended written output.
Recommendations: direct OT 30 min/week through 5/29/2026, then consult 30 min/month; keyboarding or speech-to-text
as the default for written work in all classes; word prediction (Co:Writer) trial; scribe for constructed
responses on tests until keyboarding reaches 20 wpm.""")],
          labels=dict(topics=["occupational_therapy", "evaluation", "assistive_technology", "scribe"],
                      fulfills=["c_ot_report", "c_reports_49"],
                      attachment_topics=["occupational_therapy", "evaluation", "assistive_technology", "scribe"])),
    ]},

    # ------------------------------------------------------------------ T28 comp session cancelled (grandmother)
    {"id": "T28", "subject": "Owen - no after school session today", "messages": [
        M(id="T28.1", frm="albright", to=["marjorie"], cc=["lauren"], date="2026-04-14 14:55", arrival="yahoo-forward",
          fwd_by="marjorie", fwd_to=["trail", "lauren", "curtis"], fwd_at="2026-04-14 15:20",
          fwd_note="Lauren, see below from Owen's reading teacher. Picking him up at 3:35.\nMom", sig="Kevin Albright\nTarpon Creek MS",
          body="""Mrs. Kessler,

I'm sorry for the short notice, but I have to cancel Owen's after-school reading session today (4/14) - I have a mandatory department meeting. Owen can ride the bus or be picked up at regular dismissal (3:35).

We'll add a make-up session on Friday 4/17 at the same time.

Kevin Albright""",
          labels=dict(topics=["compensatory_services", "reading_intervention"],
                      missed=[("compensatory_services", "2026-04-14", 45)],
                      commitments=[dict(key="c_makeup_417", by="albright", what="hold a make-up compensatory reading session on 4/17",
                                        quote="We'll add a make-up session on Friday 4/17 at the same time.", due="2026-04-17")])),
    ]},

    # ------------------------------------------------------------------ T29 parent's summary of the 4/16 meeting
    {"id": "T29", "subject": "Parent summary of 4/16 IEP meeting - Owen Whitfield", "messages": [
        M(id="T29.1", frm="lauren", to=["delacroix", "ferro", "ortiz", "albright", "rinaldi", "villanueva", "greer", "stone", "mercer", "tara"],
          cc=["curtis", "beth"], date="2026-04-17 21:10", arrival="bcc-self", sig=SIG["lauren"],
          body="""Dear Team,

Thank you for a long but productive meeting yesterday. So that we're all working from the same list, here is our summary of what was agreed and who said they would do it. Please reply by Friday, April 24 if anything here doesn't match your notes.

Eligibility and evaluation
- Owen continues to be eligible under SLD (basic reading, reading fluency, written expression). We told the team we disagree with parts of the reevaluation and will follow up in writing.

Reading
- Intensive Reading (S.P.I.R.E.) continues daily, 250 minutes a week.
- Mr. Albright will send us the mastery check and fluency probe results every other Friday, starting April 24. (For the record, the weekly results promised in January came twice, on 2/13 and 2/27.)
- Owen's after-school compensatory sessions were cancelled on 4/2 and 4/14, and the 4/17 make-up didn't happen either. Mr. Ortiz said the missed sessions will be added back and the sessions will be finished by May 22.

Accommodations
- Time and a half and a separate setting (room 6-104) for all tests, quizzes and state assessments, including the Civics EOC.
- Text-to-speech for all tests and readings: Read&Write on a school Chromebook and audiobooks through Bookshare. Ms. Ferro will resubmit the AT team referral for a dedicated Chromebook, which was supposed to go in after the January meeting, by April 24.
- Typing or speech-to-text for any written work longer than a paragraph, in every class, and a scribe for constructed responses when typing isn't possible.
- Copies of class notes at the start of each unit. Mr. Villanueva said he will email us the guided notes for the remaining science units by April 30 so we can print them at home.
- Graphic organizers for all extended writing, and reduced assignments in math and ELA. (Mr. Stone has been circling Owen's problems since March, and it's working well.)

OT
- Direct OT continues 30 minutes a week through the end of the year. We are still waiting to hear from Ms. Lindgren about scheduling the 7 compensatory OT sessions the district agreed to in March.

Final documents
- Ms. Delacroix will send the final IEP within 5 school days.

Ms. Greer, can you let us know the new date for Owen's Civics practice test retake?

Thank you all for your work with Owen.

Lauren and Curtis Whitfield""",
          labels=dict(topics=["iep_meeting", "evaluation", "reading_intervention", "compensatory_services",
                              "extended_time", "separate_setting", "read_aloud", "assistive_technology", "scribe",
                              "class_notes", "graphic_organizers", "reduced_assignments", "occupational_therapy"],
                      fulfills=["c_circle"],
                      missed=[("compensatory_services", "2026-04-02", 45), ("compensatory_services", "2026-04-14", 45),
                              ("compensatory_services", "2026-04-17", 45)],
                      commitments=[
                          dict(key="c_biweekly", by="albright", what="send mastery check and fluency results every other Friday",
                               quote="Mr. Albright will send us the mastery check and fluency probe results every other Friday, starting April 24.", due="2026-04-24"),
                          dict(key="c_comp_finish", by="ortiz", what="add back the missed compensatory sessions and finish by May 22",
                               quote="Mr. Ortiz said the missed sessions will be added back and the sessions will be finished by May 22.", due="2026-05-22"),
                          dict(key="c_at_resubmit", by="ferro", what="resubmit the AT team referral for a dedicated Chromebook",
                               quote="Ms. Ferro will resubmit the AT team referral for a dedicated Chromebook, which was supposed to go in after the January meeting, by April 24.", due="2026-04-24"),
                          dict(key="c_sci_notes", by="villanueva", what="email the guided notes for the remaining science units",
                               quote="Mr. Villanueva said he will email us the guided notes for the remaining science units by April 30 so we can print them at home.", due="2026-04-30"),
                          dict(key="c_final_iep", by="delacroix", what="send the final IEP",
                               quote="Ms. Delacroix will send the final IEP within 5 school days.", due="2026-04-23"),
                      ],
                      requests=[
                          dict(key="r_match", by="lauren", quote="Please reply by Friday, April 24 if anything here doesn't match your notes."),
                          dict(key="r_retake_date", by="lauren", quote="Ms. Greer, can you let us know the new date for Owen's Civics practice test retake?"),
                      ])),
        M(id="T29.2", frm="ferro", to=["lauren"], cc=["curtis", "delacroix", "ortiz", "albright", "rinaldi", "villanueva", "greer", "stone", "mercer", "tara", "beth"],
          date="2026-04-20 07:30", arrival="apple-forward", fwd_at="2026-04-20 12:10", fwd_note="", reply_to="T29.1",
          sig=SIG["ferro"],
          body="""Lauren and Curtis,

This matches my notes, with one correction: the Civics EOC is given in two sessions, May 12 and 13, and Owen will test in room 6-104 both days.

Danielle""",
          labels=dict(topics=["separate_setting"], answers=["r_match"],
                      commitments=[dict(key="c_eoc_room", by="ferro", what="have Owen take the Civics EOC in room 6-104 on May 12 and 13",
                                        quote="Owen will test in room 6-104 both days.", due="2026-05-12")])),
        M(id="T29.3", frm="villanueva", to=["lauren"], cc=["curtis"], date="2026-04-29 19:40", arrival="gmail-forward",
          fwd_at="2026-04-29 21:05", fwd_note="science notes", reply_to="T29.1", quote=True, sig="",
          body="""Done.""",
          attachments=[dict(name="Sci7_Unit7_Ecology_Guided_Notes.pdf", type="application/pdf", text="""Science 7 - Unit 7: Ecology and Ecosystems - Guided Notes
1. An ecosystem is made of ______ (living) and ______ (nonliving) factors.
2. Producers make their own food through ______________.
3. Energy flows from producers to ______ consumers to ______ consumers."""),
                       dict(name="Sci7_Unit8_Earth_Systems_Guided_Notes.pdf", type="application/pdf", text="""Science 7 - Unit 8: Earth's Systems - Guided Notes
1. The four spheres of Earth are the geosphere, hydrosphere, __________ and __________.
2. Weathering breaks rock down; __________ moves it somewhere else.""")],
          labels=dict(topics=[], fulfills=["c_sci_notes"])),
        M(id="T29.4", frm="tara", to=["lauren", "curtis"], cc=["ferro", "delacroix"], date="2026-04-30 17:45",
          arrival="apple-forward", fwd_at="2026-04-30 19:30", fwd_note="At least she answered", reply_to="T29.1",
          html=True, sig=SIG["tara"],
          body="""Mr. and Mrs. Whitfield,

I'm very sorry for dropping the ball on the compensatory sessions. I was waiting on a schedule from the district and should have reached out myself. I'll call you to set up the seven make-up sessions; I can do Mondays or Wednesdays after school.

Tara""",
          labels=dict(topics=["occupational_therapy", "compensatory_services"],
                      commitments=[dict(key="c_tara_call", by="tara", what="call the parents to schedule the 7 compensatory OT sessions",
                                        quote="I'll call you to set up the seven make-up sessions", due=None)])),
    ]},

    # ------------------------------------------------------------------ T30 IEE request
    {"id": "T30", "subject": "Request for Independent Educational Evaluation - Owen Whitfield", "messages": [
        M(id="T30.1", frm="lauren", to=["harmon"], cc=["delacroix", "mercer", "ferro", "curtis"], date="2026-04-20 21:30",
          arrival="bcc-self", sig=SIG["lauren"],
          body="""Dear Dr. Harmon,

We are writing to let you know that we disagree with the district's reevaluation of our son, Owen Whitfield (7th grade, Tarpon Creek Middle School), which was reviewed at his IEP meeting on April 16, 2026. Under 34 CFR 300.502 and Rule 6A-6.03311, F.A.C., we are requesting Independent Educational Evaluations at public expense in the following areas:

1. A comprehensive neuropsychological evaluation, including reading, written expression and processing speed. The district's evaluation did not look at orthographic processing, and it did not look at why his reading intervention produced so little growth in the first half of the year.
2. An independent occupational therapy and assistive technology evaluation, including keyboarding, speech-to-text and word prediction. The district OT evaluation was completed by a therapist who had worked with Owen for only ten weeks, and no assistive technology evaluation was done at all, even though an AT referral was promised in January.

Please send us the district's IEE procedures, cost criteria and the list of qualified independent evaluators. We would appreciate a response within 10 days.

Sincerely,
Lauren and Curtis Whitfield""",
          labels=dict(topics=["evaluation", "reading_intervention", "occupational_therapy", "assistive_technology"],
                      requests=[dict(key="r_iee_list", by="lauren", quote="Please send us the district's IEE procedures, cost criteria and the list of qualified independent evaluators.")])),
        M(id="T30.2", frm="harmon", to=["lauren", "curtis"], cc=["delacroix", "mercer", "ferro", "trail"], date="2026-04-24 11:05",
          arrival="direct", reply_to="T30.1", quote=False, sig=SIG["harmon"],
          body="""Dear Mr. and Mrs. Whitfield,

I have received your April 20 request for Independent Educational Evaluations for Owen. The district will not be filing for a due process hearing and agrees to provide both evaluations at public expense: a neuropsychological evaluation and an occupational therapy/assistive technology evaluation.

Attached are the district's IEE procedures, cost criteria and the list of independent evaluators who meet our criteria. You may also choose an evaluator who is not on the list, as long as he or she meets the criteria. Once you let Ms. Delacroix know which evaluators you have chosen, she will send the agreements to them directly.

Respectfully,""",
          attachments=[dict(name="CCPS_IEE_Procedures_Evaluator_List_2025-26.pdf", type="application/pdf", text="""CALOOSA COUNTY PUBLIC SCHOOLS - INDEPENDENT EDUCATIONAL EVALUATION (IEE) PROCEDURES AND CRITERIA
Parents may obtain an IEE at public expense when they disagree with an evaluation obtained by the district.
Qualifications: Florida licensure in the evaluator's discipline. Cost criteria: neuropsychological evaluation up to
$3,200; occupational therapy evaluation up to $650; assistive technology evaluation up to $900.
Evaluators meeting district criteria (partial list): Gulf Coast Neuropsychology (N. Feld, Ph.D.); Bayshore Pediatric
Psychology; Gulf Coast Pediatric Therapy (OT/ATP); Lakewood Center for Learning.""")],
          labels=dict(topics=["evaluation", "occupational_therapy", "assistive_technology"], answers=["r_iee_list"],
                      attachment_topics=["evaluation", "occupational_therapy", "assistive_technology"],
                      commitments=[dict(key="c_agreements", by="delacroix", what="send the IEE agreements to the evaluators the parents choose",
                                        quote="Once you let Ms. Delacroix know which evaluators you have chosen, she will send the agreements to them directly.", due=None)])),
        M(id="T30.3", frm="lauren", to=["delacroix"], cc=["harmon", "curtis"], date="2026-04-27 20:15", arrival="bcc-self",
          reply_to="T30.2", sig=SIG["lauren"],
          body="""Ms. Delacroix,

Thank you to Dr. Harmon for the quick response. We have chosen:
- Neuropsychological: Dr. Naomi Feld, Gulf Coast Neuropsychology (on the district list)
- OT/AT: Gulf Coast Pediatric Therapy, Sarah Lutz, OTR/L, ATP (on the list)

Dr. Feld's office says she can test Owen in early June once the agreement is in place. Could you let us know when the agreements have gone out?

Thanks,""",
          labels=dict(topics=["evaluation", "occupational_therapy", "assistive_technology"],
                      requests=[dict(key="r_agreements_out", by="lauren", quote="Could you let us know when the agreements have gone out?")])),
        M(id="T30.4", frm="delacroix", to=["lauren"], cc=["harmon", "curtis"], date="2026-04-30 08:12", arrival="gmail-forward",
          fwd_at="2026-04-30 09:40", fwd_note="for the file", reply_to="T30.3", sig=SIG["ferro_phone"],
          body="""Sent! Both went out this morning.""",
          labels=dict(topics=[], fulfills=["c_agreements"], answers=["r_agreements_out"])),
    ]},

    # ------------------------------------------------------------------ T31 AT referral, at last
    {"id": "T31", "subject": "AT referral - Owen Whitfield", "messages": [
        M(id="T31.1", frm="ferro", to=["lauren", "curtis"], cc=["delacroix", "trail"], date="2026-04-30 15:20",
          arrival="direct", sig=SIG["ferro"],
          body="""Hi Lauren and Curtis,

The AT referral is in - the district AT team's ticket number is AT-26-0419. I'm sorry it took this long; the January one never made it into their system. They'll contact you to set up an observation, usually within 2-3 weeks.

I'll follow up with them if we haven't heard anything by May 15.

Danielle""",
          labels=dict(topics=["assistive_technology"], fulfills=["c_at_referral", "c_at_resubmit"],
                      commitments=[dict(key="c_at_followup", by="ferro", what="follow up with the AT team if no contact by 5/15",
                                        quote="I'll follow up with them if we haven't heard anything by May 15.", due="2026-05-15")])),
    ]},

    # ------------------------------------------------------------------ T32 tutor and the IEE evaluator
    {"id": "T32", "subject": "Owen - background for Dr. Feld", "messages": [
        M(id="T32.1", frm="beth", to=["lauren"], cc=["curtis", "trail"], date="2026-04-30 20:10", arrival="direct",
          sig=SIG["beth"],
          body="""Hi Lauren,

Dr. Feld's office called me today for background before Owen's neuropsych. I'll put together a summary of his DIBELS probes and decoding checks since September for her, along with my intake notes.

Can you confirm you're OK with me sending those to her office? I have your release on file for the school, but not for Dr. Feld.

Beth""",
          labels=dict(topics=["evaluation", "reading_intervention"],
                      commitments=[dict(key="c_feld_summary", by="beth", what="prepare a summary of probes and decoding checks for Dr. Feld",
                                        quote="I'll put together a summary of his DIBELS probes and decoding checks since September for her, along with my intake notes.", due=None)],
                      requests=[dict(key="r_ok_send", by="beth", quote="Can you confirm you're OK with me sending those to her office?")])),
    ]},
]

# search strings a parent would type, each with the topic whose messages it should find
QUERIES = [
    ("extra time", "extended_time"),
    ("time and a half on tests", "extended_time"),
    ("OT handwriting", "occupational_therapy"),
    ("occupational therapy sessions", "occupational_therapy"),
    ("typing chromebook", "assistive_technology"),
    ("text to speech read aloud", "read_aloud"),
    ("scribe", "scribe"),
    ("copies of class notes", "class_notes"),
    ("graphic organizer", "graphic_organizers"),
    ("shortened homework", "reduced_assignments"),
    ("separate room for testing", "separate_setting"),
    ("SPIRE intensive reading", "reading_intervention"),
    ("progress report", "progress_report"),
    ("independent evaluation IEE", "evaluation"),
    ("make up missed sessions compensatory", "compensatory_services"),
    ("IEP meeting", "iep_meeting"),
]
