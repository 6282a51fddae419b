# -*- coding: utf-8 -*-
"""All content of the `dunleavy` corpus: people, messages, labels. Fictional."""

CORPUS = "dunleavy"
AS_OF = "2026-04-27"
TIMEZONE = "America/New_York"
TRAIL = "owen.iep.trail@fastmail.com"
STUDENTS = ["Owen Dunleavy"]
USER = {"name": "Sean Dunleavy", "email": "sean.dunleavy@gmail.com", "role": "parent"}

D = "ocrs.k12.example.us"

# key: (name, email, role, client)
PEOPLE = {
    "sean": ("Sean Dunleavy", "sean.dunleavy@gmail.com", "parent", "gmail"),
    "marisol": ("Marisol Dunleavy", "marisol.dunleavy@yahoo.com", "parent", "yahoo"),
    "marisol_i": ("Marisol Dunleavy", "mdunleavy82@icloud.com", "parent", "iphone"),
    "peggy": ("Peggy Dunleavy", "peggydunleavy51@aol.com", "parent", "aol"),
    "kendra": ("Kendra Wofford", "kwofford@" + D, "school", "outlook"),
    "alyssa": ("Alyssa Brandt", "abrandt@" + D, "school", "outlook"),
    "luis": ("Luis Arroyo", "larroyo@" + D, "school", "outlook"),
    "fairchild": ("Naomi Fairchild", "nfairchild@" + D, "school", "outlook"),
    "denise": ("Denise Whitaker", "dwhitaker@" + D, "school", "outlook"),
    "ray": ("Ray Tolbert", "rtolbert@" + D, "school", "outlook"),
    "transpo": ("OCRS Transportation", "transportation@" + D, "school", "outlook"),
    "benning": ("Carla Benning", "cbenning@" + D, "school", "outlook"),
    "theresa": ("Theresa Gaines", "tgaines@therabridge.example.com", "school", "gmail"),
    "jordan": ("Jordan Lacey", "jlacey@brightpathaba.example.com", "other", "thunderbird"),
    "tammy": ("Tammy Ruiz", "truiz@peachstateparents.example.org", "other", "outlook"),
    "classbloom": ("ClassBloom", "notifications@classbloom.example.com", "school", "notify"),
}

DISTRICT_FOOTER = """CONFIDENTIALITY NOTICE: This message and any attachments are for the sole use of
the intended recipient(s) and may contain confidential student information protected
under FERPA and IDEA. If you received this message in error, please notify the sender
and delete it. Oconee Ridge County Schools email is subject to the Georgia Open Records Act."""

SIG = {
    "kendra": "Kendra Wofford\nLead Teacher, Dragonfly Room (Preschool Special Education)\nHarmon Creek Early Learning Center\n706-555-0141\n\n" + DISTRICT_FOOTER,
    "alyssa": "Alyssa Brandt, M.S., CCC-SLP\nSpeech-Language Pathologist (Itinerant Preschool)\nHarmon Creek ELC | Pine Hollow ES | Oak Run ES\n\n" + DISTRICT_FOOTER,
    "luis": "Luis Arroyo, MOT, OTR/L\nOccupational Therapist\nOconee Ridge County Schools - Special Education Services\n\n" + DISTRICT_FOOTER,
    "fairchild": "Naomi Fairchild, Ph.D., NCSP\nSchool Psychologist\nOconee Ridge County Schools | Psychological Services\nOffice 706-555-0188\n\n" + DISTRICT_FOOTER,
    "denise": "Denise Whitaker, Ed.S.\nPreschool Special Education Coordinator\nOconee Ridge County Schools | Department of Exceptional Children\n210 Depot Street, Harmon, GA 30601 (fictional)\nPhone 706-555-0102\n\n" + DISTRICT_FOOTER,
    "ray": "Ray Tolbert\nSpecial Needs Routing Supervisor\nOCRS Transportation | Dispatch 706-555-0170\n\n" + DISTRICT_FOOTER,
    "benning": "Dr. Carla Benning\nPrincipal, Harmon Creek Early Learning Center\n\"Every child, every day\"\n\n" + DISTRICT_FOOTER,
    "theresa": "Theresa Gaines, M.S., CCC-SLP\nTheraBridge Staffing | contracted to Oconee Ridge County Schools",
    "jordan": "--\nJordan Lacey, M.Ed., BCBA\nClinical Supervisor, BrightPath Behavioral\n(706) 555-0199 | brightpathaba.example.com\nThis message may contain protected health information.",
    "tammy": "Tammy Ruiz\nParent Mentor | Peach State Parent Network\n\"Parents helping parents since 1992\"\n1-800-555-0135 (helpline)",
    "sean": "Sean",
    "marisol": "Marisol\n\nSent from Yahoo Mail for iPhone",
    "marisol_i": "Marisol\n\nSent from my iPhone",
    "peggy": "Sent from AOL on Android",
}

# Forwarders: how a message got to the trail mailbox.
# arrival kinds: direct, bcc-self, gmail-forward, yahoo-forward, apple-forward,
# outlook-forward, thunderbird-forward, attachment-forward
FWD = {"gmail-forward": "sean", "yahoo-forward": "marisol", "apple-forward": "marisol_i",
       "outlook-forward": "tammy", "thunderbird-forward": "jordan", "attachment-forward": "sean"}

def L(topics=(), c=(), f=(), r=(), a=(), m=(), at=None):
    d = {"topics": list(topics), "commitments": list(c), "fulfills": list(f),
         "requests": list(r), "answers": list(a),
         "missed_services": [{"topic": t, "date": dt, "minutes": mi} for (t, dt, mi) in m]}
    if at is not None:
        d["attachment_topics"] = list(at)
    return d

def C(id, by, what, quote, due=None):
    return {"id": id, "by": PEOPLE[by][1], "what": what, "quote": quote, "due": due}

def R(id, by, quote):
    return {"id": id, "by": PEOPLE[by][1], "quote": quote}

NEWSLETTER_FEB = """DRAGONFLY ROOM DISPATCH - February 2026
Ms. Wofford, Ms. Yolanda & Ms. Pat

Hello Dragonfly families!

What a January! We finished our "Winter Animals" unit and the friends LOVED
making penguin tracks in the sensory table (sorry about the glitter that came home).

THIS MONTH WE ARE LEARNING ABOUT: Community Helpers. We will have a visit from
the Harmon Fire Department on Feb. 12 (weather permitting!).

IMPORTANT DATES
* Fri 2/6 - Pajama & Pancake Day. Kids may wear PJs to school.
* Thurs 2/12 - Fire truck visit, 10:00 am
* Fri 2/13 - Valentine exchange. No names needed on cards, we have 9 friends.
* Mon 2/16 - Fri 2/20 - Winter Break, no school
* Mon 2/23 - School resumes

REMINDERS
- Please send a labeled change of clothes (shirt, pants, socks, underwear) in a gallon bag.
- Our snack calendar is on the ClassBloom app. Thank you to everyone who signed up!
- Library books go home on Thursdays, please return them Tuesday.

Thank you for sharing your amazing kids with us!
Ms. Wofford"""

NEWSLETTER_APR = """DRAGONFLY ROOM DISPATCH - April 2026

Spring is here and so is pollen!! Please send hats & sunscreen (labeled please).

* Apr 6-10 Spring Break - no school
* Apr 13 Kindergarten registration opens for Pine Hollow, Oak Run and Creekside
  (bring birth certificate, immunization form 3231, proof of residence)
* Apr 14-24 Georgia Milestones testing at our elementary schools. Harmon Creek is
  not a testing site, but please avoid the Pine Hollow car line in the mornings.
* Wk of Apr 20 - Week of the Young Child! Mon Music Monday, Tues Tasty Tuesday,
  Wed Work Together Wednesday, Thurs Artsy Thursday, Fri Family Friday (families
  welcome 8:30-9:15).
* Fri 5/22 - Dragonfly Celebration & last day

Our theme this month is Gardens & Growing. We are planting beans in cups - ask
your friend to show you!

Ms. Wofford"""

CLASSBLOOM = """ClassBloom

Ms. Wofford posted a new story to Dragonfly Room

"Our friends planted sunflower seeds today! We talked about what seeds need: dirt,
water and sun. Check back in two weeks to see if they sprouted!"

3 photos - tap to view

View story: https://app.classbloom.example.com/s/dragonfly-room/8812

You're getting this email because notifications are on for Dragonfly Room.
Manage notifications: https://app.classbloom.example.com/settings
ClassBloom, 500 Example Way, Suite 2, Example City"""

AUTO_REPLY = """Thank you for your email. I am out of the office on leave from Monday, March 2
through Friday, March 27, with no access to email.

For speech-language questions about preschool students at Harmon Creek ELC, please
contact Denise Whitaker, Preschool Special Education Coordinator, at
dwhitaker@ocrs.k12.example.us or 706-555-0102.

Alyssa Brandt, M.S., CCC-SLP"""

THREADS = []

def T(id, subject, messages):
    THREADS.append({"id": id, "subject": subject, "messages": messages})

def M(id, frm, date, arrival, body, labels, to=(), cc=(), reply_to=None, quote=None,
      fwd_at=None, note="", subject=None, html=False, auto=False, attachments=(),
      sig=None, fwd_by=None, thread=None):
    return {"id": id, "from": frm, "date": date, "arrival": arrival, "body": body,
            "labels": labels, "to": list(to), "cc": list(cc), "reply_to": reply_to,
            "quote": (reply_to is not None) if quote is None else quote,
            "forwarded_at": fwd_at, "forward_note": note, "subject": subject,
            "html": html, "auto_reply": auto, "attachments": list(attachments),
            "signature": SIG.get(frm, "") if sig is None else sig, "fwd_by": fwd_by,
            "thread": thread}

# ---------------------------------------------------------------- T1 newsletter
T("T1", "Dragonfly Room Dispatch - February", [
    M("T1.1", "kendra", "2026-02-02 16:10", "gmail-forward", NEWSLETTER_FEB, L(),
      to=["marisol", "sean"], html=True, fwd_at="2026-02-02 21:04", note="fyi", sig=""),
])

# ---------------------------------------------------------------- T2 ABA observation
T("T2", "Request to observe Owen Dunleavy - BrightPath Behavioral", [
    M("T2.1", "jordan", "2026-02-04 20:15", "gmail-forward",
"""Dear Ms. Wofford and Dr. Benning,

My name is Jordan Lacey and I am the BCBA who supervises Owen Dunleavy's in-home ABA
program through BrightPath Behavioral (Owen's parents are copied and have signed a
release so we can talk). We are working on toileting and on safe waiting / not bolting at
doorways at home, and the family would like what we do at home to match what Owen's
team does at school, especially his toileting schedule and his elopement plan.

Could you let me know a couple of dates in the next two weeks when I could come observe
Owen in the classroom for about an hour? Mornings are best for me, around arrival,
centers and the transition to the playground. I'm happy to sign whatever visitor or
confidentiality forms you need.

Thank you,
Jordan""",
      L(["behavior_support"], r=[R("R1", "jordan", "Could you let me know a couple of dates in the next two weeks when I could come observe\nOwen in the classroom for about an hour?")]),
      to=["kendra", "benning"], cc=["sean", "marisol"], fwd_at="2026-02-04 21:31",
      note="Jordan's request to observe. Saving it here so we have the date."),
    M("T2.2", "jordan", "2026-02-18 10:02", "gmail-forward",
"""Hi again,

Just following up on my note from February 4. I know this week is winter break, so no
rush on a reply today, but could someone let me know whether an observation is possible
before the end of the month?

Thanks so much,
Jordan""",
      L(["behavior_support"], r=[R("R2", "jordan", "could someone let me know whether an observation is possible\nbefore the end of the month?")]),
      to=["kendra", "benning"], cc=["sean", "marisol"], reply_to="T2.1", fwd_at="2026-02-18 12:40",
      note=""),
    M("T2.3", "sean", "2026-02-24 21:10", "bcc-self",
"""Dr. Benning,

I'm writing about Jordan Lacey's request to observe Owen. She wrote on February 4 and
followed up on the 18th, and as far as we know nobody from Harmon Creek has answered her.
Jordan is part of Owen's team at home 20 hours a week and we want everyone using the same
toileting routine and the same plan for when he runs.

Can you please tell us whether the observation can be scheduled, and if not, why not?

Thanks,
Sean Dunleavy (Owen's dad)
706-555-0163""",
      L(["behavior_support"], r=[R("R3", "sean", "Can you please tell us whether the observation can be scheduled, and if not, why not?")]),
      to=["benning"], cc=["kendra", "jordan"], reply_to="T2.2", sig=""),
    M("T2.4", "benning", "2026-02-26 12:30", "gmail-forward",
"""Mr. Dunleavy,

Thank you for your patience, and my apologies to Ms. Lacey. Her original email went to a
folder I don't check regularly and I did not see it until your note.

Outside providers can observe with parent consent and with notice to the teacher. I have
spoken with Ms. Wofford and we can host Ms. Lacey on Thursday, March 12 from 9:00 to 9:45.
She should check in at the front office, where she will sign our visitor and
confidentiality agreement. Observers do not interact with students or staff during
instruction, but Ms. Wofford can meet with her for a few minutes afterward.

Regards,""",
      L(["behavior_support"], a=["R1", "R2", "R3"],
        c=[C("C20", "benning", "host Ms. Lacey's classroom observation", "we can host Ms. Lacey on Thursday, March 12 from 9:00 to 9:45", "2026-03-12")]),
      to=["sean"], cc=["kendra", "jordan"], reply_to="T2.3", fwd_at="2026-02-26 13:02",
      note="finally. 3/12 at 9"),
])

# ---------------------------------------------------------------- T3 evaluation consent
CONSENT_PDF = ("Oconee Ridge County Schools - Department of Exceptional Children\n"
               "PARENT CONSENT FOR REEVALUATION\n"
               "Student: Owen Dunleavy   DOB: 07/19/2021   School: Harmon Creek ELC (Preschool Special Education)\n"
               "Reason: Transition from preschool special education to kindergarten; determine continued eligibility.\n"
               "Proposed assessments: cognitive / developmental (DAYC-2), adaptive behavior (Vineland-3),\n"
               "behavior rating scales (BASC-3 parent and teacher), autism rating (CARS-2), review of speech-language\n"
               "and occupational therapy data, classroom observation.\n"
               "Parent signature: ____________________  Date: ________")

T("T3", "Owen Dunleavy - consent for kindergarten transition reevaluation", [
    M("T3.1", "fairchild", "2026-02-05 10:20", "direct",
"""Good morning Mr. and Mrs. Dunleavy,

I'm the school psychologist who will be working with Owen this spring. Because Owen turns
five this summer and will be moving to kindergarten in the fall, the team needs to complete
a reevaluation to determine his continued eligibility for special education and to help
plan his kindergarten services.

I've attached the Consent for Reevaluation, which lists the assessments I'm proposing.
Please sign and return it by Friday, February 13 so I can start testing right after
winter break. A paper copy is also going home in his folder today.

Once I have consent I'll complete testing in March, and I will send you the written report
by April 3 so you have it well before the transition meeting.

Please let me know if you have any questions.

Best,""",
      L(["evaluation"],
        c=[C("C1", "fairchild", "send the written reevaluation report", "I will send you the written report\nby April 3", "2026-04-03")],
        r=[R("R4", "fairchild", "Please sign and return it by Friday, February 13 so I can start testing right after\nwinter break.")],
        at=["evaluation"]),
      to=["sean", "marisol"], cc=["denise", "TRAIL"],
      attachments=[("Dunleavy_O_Consent_Reevaluation.pdf", CONSENT_PDF)]),
    M("T3.2", "sean", "2026-02-09 07:05", "bcc-self",
"""Dr. Fairchild,

Marisol signed it last night and it's in the front pocket of Owen's folder this morning.

Will the parent rating forms come home on paper, or do we fill them out online? We'd both
like to do them separately if that's allowed, since I do bedtime and she does mornings.

Thanks,
Sean""",
      L(["evaluation"], a=["R4"],
        r=[R("R5", "sean", "Will the parent rating forms come home on paper, or do we fill them out online?")]),
      to=["fairchild"], cc=["marisol"], reply_to="T3.1", sig=""),
    M("T3.3", "fairchild", "2026-02-10 13:15", "direct",
"""Thank you, I have the signed consent.

They're paper. I will send the BASC-3 and Vineland parent forms home in Owen's folder by
Friday, and I'll put in two copies of the BASC so you can each fill one out.""",
      L(["evaluation"], a=["R5"],
        c=[C("C2", "fairchild", "send the BASC-3 and Vineland parent forms home", "I will send the BASC-3 and Vineland parent forms home in Owen's folder by\nFriday", "2026-02-13")]),
      to=["sean"], cc=["marisol", "TRAIL"], reply_to="T3.2"),
])

# ---------------------------------------------------------------- T4 SLP / ACCESS testing
T("T4", "Speech next week - Owen", [
    M("T4.1", "alyssa", "2026-02-06 14:05", "direct",
"""Hi Dunleavy family,

Heads up that next week (Feb 9-13) I've been assigned as a test administrator for ACCESS
testing at Pine Hollow, so I won't be at Harmon Creek at all. That means Owen will miss his
speech on Tuesday 2/10 (push-in at snack) and Thursday 2/12 (pull-out).

I will make up both of Owen's missed sessions the week of February 23, after break.

He's doing so well requesting with his core board - he used "more" + "go" together twice
on Thursday without a model!

Alyssa""",
      L(["speech_language_therapy", "assistive_technology", "compensatory_services"],
        c=[C("C3", "alyssa", "make up both missed speech sessions", "I will make up both of Owen's missed sessions the week of February 23", "2026-02-27")],
        m=[("speech_language_therapy", "2026-02-10", 30), ("speech_language_therapy", "2026-02-12", 30)]),
      to=["sean", "marisol"], cc=["kendra", "TRAIL"]),
    M("T4.2", "marisol", "2026-02-06 19:40", "yahoo-forward",
"""Thanks for letting us know Alyssa. Will someone else do his push-in group on Tuesday?
He really needs the core board practice at snack, thats where he actually talks.""",
      L(["speech_language_therapy", "assistive_technology"],
        r=[R("R6", "marisol", "Will someone else do his push-in group on Tuesday?")]),
      to=["alyssa"], cc=["sean"], reply_to="T4.1", fwd_at="2026-02-06 19:46", note=""),
    M("T4.3", "alyssa", "2026-02-09 08:30", "direct",
"""Hi Marisol,

Unfortunately no - there isn't a substitute for itinerant speech, so nobody will be
running group on Tuesday. The good news is Ms. Wofford and Ms. Yolanda model on his core
board at snack every day anyway, so he'll still get practice, it just won't be therapy.""",
      L(["speech_language_therapy", "assistive_technology"], a=["R6"]),
      to=["marisol"], cc=["sean", "TRAIL"], reply_to="T4.2"),
    M("T4.4", "alyssa", "2026-02-26 15:45", "direct",
"""Hi both,

Just a note that Owen got both of his make-up sessions this week (Monday 2/23 and
Wednesday 2/25) on top of his regular Tuesday and Thursday. He was tired by Thursday but
he did great. We're working on "I want ___" with two symbols.""",
      L(["speech_language_therapy", "compensatory_services", "assistive_technology"], f=["C3"]),
      to=["sean", "marisol"], cc=["TRAIL"], subject="Owen - speech make-ups done"),
    M("T4.5", "sean", "2026-02-26 20:30", "bcc-self",
"""Thank you Alyssa, that's great to hear.

While I have you - could you send us his speech data sheets for January and February?
His progress report in December only had a percentage for each goal and we'd like to see
what he's actually doing session to session before the transition meeting.

Sean""",
      L(["speech_language_therapy", "progress_report"],
        r=[R("R7", "sean", "could you send us his speech data sheets for January and February?")]),
      to=["alyssa"], cc=["marisol"], reply_to="T4.4", sig=""),
    M("T4.6", "alyssa", "2026-02-27 07:50", "gmail-forward",
"""Sure! I'll scan them and send them over next week.

Sent from my iPhone""",
      L(["speech_language_therapy"], a=["R7"],
        c=[C("C4", "alyssa", "scan and send January-February speech data sheets", "I'll scan them and send them over next week.", "2026-03-06")]),
      to=["sean"], cc=["marisol"], reply_to="T4.5", fwd_at="2026-02-27 08:12", note="", sig=""),
])

# ---------------------------------------------------------------- T5 bus aide Feb
T("T5", "bus", [
    M("T5.1", "peggy", "2026-02-11 07:32", "gmail-forward",
"""Bus came 7:20. No lady on it this morning. Driver buckled Owen in himself, I watched him do the chest clip. Just so you know. Mom""",
      L(["transportation"], m=[("transportation", "2026-02-11", None)]),
      to=["sean", "marisol"], fwd_at="2026-02-11 08:05", note="saving this"),
    M("T5.2", "sean", "2026-02-11 09:10", "bcc-self",
"""Mr. Tolbert,

Owen Dunleavy rides Route 212 to Harmon Creek ELC. His IEP requires special transportation
with a five-point car seat and a bus aide. This morning there was no aide on the bus; my
mother put him on and the driver had to buckle him in himself. According to the driver,
the aide wasn't on Monday (2/9) either.

Owen is four, he is mostly nonverbal and he will try to climb out of the harness. Who is
supposed to be riding with him, and what is the plan when she is out?

Sean Dunleavy
706-555-0163""",
      L(["transportation"],
        r=[R("R8", "sean", "Who is\nsupposed to be riding with him, and what is the plan when she is out?")],
        m=[("transportation", "2026-02-11", None), ("transportation", "2026-02-09", None)]),
      to=["ray"], cc=["denise"], subject="Route 212 - no bus aide (Owen Dunleavy)", quote=False, sig=""),
    M("T5.3", "ray", "2026-02-12 15:40", "gmail-forward",
"""Mr. Dunleavy,

Thank you for letting me know. The regular aide on 212, Ms. Bernice Pryor, is out on
leave right now. We had a sub aide assigned but she has been getting pulled to cover routes
that can't run at all without a monitor, and that is what happened Monday and Wednesday.
I understand that is not acceptable for Owen.

I will have a substitute aide assigned to Route 212 permanently starting Monday,
February 23, when school is back from break, so this doesn't keep happening.""",
      L(["transportation"], a=["R8"],
        c=[C("C5", "ray", "assign a permanent substitute aide to Route 212", "I will have a substitute aide assigned to Route 212 permanently starting Monday,\nFebruary 23", "2026-02-23")]),
      to=["sean"], cc=["denise"], reply_to="T5.2", fwd_at="2026-02-12 18:20",
      note="from my phone - transportation answer", subject="RE: Route 212 - no bus aide (Owen Dunleavy)"),
])

# ---------------------------------------------------------------- T6 toileting / Kendra
TOILET_PDF = ("Dragonfly Room - Toileting Data  Student: Owen D.  Week of 2/23/2026\n"
              "Plan: timed sit every 45 min with first-then card (first potty, then bubbles). 1:1 adult prompts.\n"
              "Mon 2/23: 5 sits, 2 successes, 1 accident (after recess)\n"
              "Tue 2/24: 6 sits, 3 successes, 0 accidents\n"
              "Wed 2/25: 6 sits, 2 successes, 1 accident\n"
              "Thu 2/26: 6 sits, 3 successes, 0 accidents\n"
              "Fri 2/27: 4 sits (half day), 2 successes, 0 accidents\n"
              "Notes: initiated with PECS 'potty' card 1x Thursday!")

T("T6", "Owen - toileting this week", [
    M("T6.1", "marisol", "2026-02-12 16:50", "yahoo-forward",
"""Hi Ms. Wofford,

Owen came home in the spare pants again today, thats the third time this week, and the
toileting chart wasnt in his folder. His plan says a timed sit every 45 minutes with the
first-then card. Were they doing the timed sits this week? At home with Jordan he's been
going every hour with the timer and almost no accidents so I'm trying to figure out whats
different.

Also the rating forms from Dr. Fairchild came home in his folder today, thank you. I'll
send them back in his folder the Tuesday after break.

Thanks!""",
      L(["behavior_support", "visual_schedule", "evaluation"], f=["C2"],
        c=[C("C22", "marisol", "return the parent rating forms", "I'll\nsend them back in his folder the Tuesday after break.", "2026-02-24")],
        r=[R("R9", "marisol", "Were they doing the timed sits this week?")]),
      to=["kendra"], cc=["sean"], fwd_at="2026-02-12 17:01", note=""),
    M("T6.2", "kendra", "2026-02-13 11:20", "yahoo-forward",
"""Hi Mrs. Dunleavy,

I'm sorry, you're right to ask. We were short-staffed on Tuesday and Wednesday and Ms.
Yolanda had to cover the Bumblebee Room, so Owen didn't have her with him for
transitions those two days, and honestly the timed sits did not happen on schedule.
Thursday we were back on track and he had one accident after playground.

I'll send his toileting data sheet home every Friday starting February 27 so you can
see exactly what the day looked like.

Have a great break!""",
      L(["behavior_support", "paraprofessional"], a=["R9"],
        c=[C("C6", "kendra", "send toileting data sheet home every Friday", "I'll send his toileting data sheet home every Friday starting February 27", "2026-02-27")],
        m=[("behavior_support", "2026-02-10", None), ("behavior_support", "2026-02-11", None),
           ("paraprofessional", "2026-02-10", None), ("paraprofessional", "2026-02-11", None)]),
      to=["marisol"], cc=["sean"], reply_to="T6.1", fwd_at="2026-02-13 12:03", note="read this"),
    M("T6.3", "kendra", "2026-02-27 14:00", "direct",
"""Hi Dunleavy family!

Here is Owen's toileting sheet for this week (also in his folder). Big week - he used his
potty card on his own Thursday!

Mr. Luis worked with Owen on Wednesday in the feeding chair with the spoon routine and his
chewy tube, and he left a new "first crunchy, then bubbles" card for snack.

Dr. Fairchild asked me to tell you thank you for the rating forms, she got them Tuesday.

Let me know if you have any questions!""",
      L(["behavior_support", "occupational_therapy", "sensory_tools", "assistive_technology", "visual_schedule",
         "evaluation"], f=["C6", "C7", "C22"],
        at=["behavior_support"]),
      to=["marisol", "sean"], cc=["TRAIL"], subject="Owen's week 2/23 - toileting sheet",
      attachments=[("Owen_toileting_wk_2-23.pdf", TOILET_PDF)]),
])

# ---------------------------------------------------------------- T7 OT consult
T("T7", "Owen - OT update", [
    M("T7.1", "luis", "2026-02-13 15:30", "gmail-forward",
"""Hello Mr. and Mrs. Dunleavy,

Quick update from OT. Owen is doing really well with his sensory diet (the movement break
and heavy work before circle) and he's tolerating more textures at snack. Starting after
winter break I'm going to see Owen on a consult basis, checking in with Ms. Wofford every
couple of weeks on his sensory diet and feeding strategies, instead of pulling him.

Enjoy the break!""",
      L(["occupational_therapy", "sensory_tools"]),
      to=["sean", "marisol"], cc=["kendra"], fwd_at="2026-02-14 09:15", note="?? consult"),
    M("T7.2", "sean", "2026-02-15 20:45", "bcc-self",
"""Mr. Arroyo,

Thanks for the update, and I'm glad the sensory diet is helping. But Owen's IEP says 30
minutes a week of direct OT, and it was written in October. Nobody has held an IEP meeting
to change that, and we haven't agreed to consult. Also his daily sheet from Wednesday
(2/11) says "no OT today," so he already missed last week.

Can you please confirm he'll keep getting his 30 minutes of direct OT every week until the
team meets?

Also, could you send us the feeding data you've been taking since January? We want to see
which foods he's accepting at school.

Sean Dunleavy""",
      L(["occupational_therapy", "iep_meeting"],
        r=[R("R10", "sean", "Can you please confirm he'll keep getting his 30 minutes of direct OT every week until the\nteam meets?"),
           R("R11", "sean", "could you send us the feeding data you've been taking since January?")],
        m=[("occupational_therapy", "2026-02-11", 30)]),
      to=["luis"], cc=["marisol", "denise"], reply_to="T7.1", sig=""),
    M("T7.3", "luis", "2026-02-23 16:05", "gmail-forward",
"""Mr. Dunleavy,

You're right that any change in service has to go through the IEP team, and I apologize
for the confusion. I talked with Ms. Whitaker this morning. I'll go back to seeing Owen
directly on Wednesdays starting this week, and we can talk about his kindergarten OT at the
transition meeting.""",
      L(["occupational_therapy", "iep_meeting"], a=["R10"],
        c=[C("C7", "luis", "resume direct OT on Wednesdays", "I'll go back to seeing Owen\ndirectly on Wednesdays starting this week", "2026-02-25")]),
      to=["sean"], cc=["marisol", "denise"], reply_to="T7.2", fwd_at="2026-02-23 19:02", note=""),
])

# ---------------------------------------------------------------- T8 ClassBloom noise
T("T8", "Ms. Wofford posted a new story in Dragonfly Room", [
    M("T8.1", "classbloom", "2026-02-24 14:15", "direct", CLASSBLOOM, L(),
      to=["sean"], html=True, sig=""),
])

# ---------------------------------------------------------------- T9 SLP auto reply
T("T9", "Automatic reply: Owen speech notebook", [
    M("T9.1", "alyssa", "2026-03-02 09:12", "apple-forward", AUTO_REPLY, L(),
      to=["marisol_i"], auto=True, sig="", fwd_at="2026-03-02 09:30",
      note="She's out ALL MONTH?? Who is doing Owen's speech"),
])

# ---------------------------------------------------------------- T10 bus aide March
T("T10", "NO AIDE on bus 212 again", [
    M("T10.1", "marisol_i", "2026-03-04 07:55", "apple-forward",
"""To whoever handles Route 212,

There was no aide on bus 212 again this morning, and yesterday afternoon there wasn't one
either. When Owen got off yesterday his chest clip was undone and he was half out of the
straps. He is 4. Mr. Tolbert told my husband a permanent aide would be on that bus after
break.

Who is supposed to be on that bus?""",
      L(["transportation"],
        r=[R("R12", "marisol_i", "Who is supposed to be on that bus?")],
        m=[("transportation", "2026-03-04", None), ("transportation", "2026-03-03", None)]),
      to=["transpo"], cc=["ray", "sean"], fwd_at="2026-03-04 08:02", note=""),
    M("T10.2", "ray", "2026-03-09 11:00", "gmail-forward",
"""Mrs. Dunleavy,

I apologize. The sub aide on 212 was moved to Route 208 on March 3 and 4 because of
callouts, and I did not know until Thursday. I've told dispatch that 212 does not roll
without an aide.

Ms. Pryor returns to Route 212 on Monday, March 16. I'll be glad when she's back.""",
      L(["transportation"], a=["R12"],
        c=[C("C8", "ray", "Ms. Pryor back as aide on Route 212", "Ms. Pryor returns to Route 212 on Monday, March 16.", "2026-03-16")]),
      to=["marisol_i"], cc=["sean", "transpo"], reply_to="T10.1", fwd_at="2026-03-09 12:47",
      note="Ray's answer to Marisol"),
])

# ---------------------------------------------------------------- T11 SLP leave
T("T11", "Speech coverage while Ms. Brandt is out", [
    M("T11.1", "sean", "2026-03-04 12:30", "bcc-self",
"""Ms. Whitaker,

We found out from an automatic reply that Ms. Brandt, Owen's speech therapist, is out
until March 27. Owen's IEP has 60 minutes of speech a week (two 30-minute sessions). He
did not have speech yesterday (Tuesday 3/3) and nobody told us.

Who is covering Owen's speech while she is out? And how will the missed minutes be made
up?

He's about to move to kindergarten and speech is the service he needs most.

Sean Dunleavy""",
      L(["speech_language_therapy", "compensatory_services"],
        r=[R("R13", "sean", "Who is covering Owen's speech while she is out?"),
           R("R14", "sean", "And how will the missed minutes be made\nup?")],
        m=[("speech_language_therapy", "2026-03-03", 30)]),
      to=["denise"], cc=["marisol"], sig=""),
    M("T11.2", "denise", "2026-03-06 10:15", "direct",
"""Mr. Dunleavy,

Thank you for reaching out, and I'm sorry you learned about Ms. Brandt's leave this way.
It was unexpected and we are still working on coverage for her caseload.

We have requested a contract SLP through TheraBridge. A contract SLP will begin seeing
Owen the week of March 16. Any sessions Owen misses during Ms. Brandt's leave will be
documented on his service log, and we will discuss compensatory services at Owen's
transition IEP meeting this spring.""",
      L(["speech_language_therapy", "compensatory_services", "iep_meeting"], a=["R13", "R14"],
        c=[C("C9", "denise", "contract SLP starts seeing Owen", "A contract SLP will begin seeing\nOwen the week of March 16.", "2026-03-20"),
           C("C21", "denise", "document missed sessions on the service log", "Any sessions Owen misses during Ms. Brandt's leave will be\ndocumented on his service log", None),
           C("C10", "denise", "discuss compensatory services at the transition IEP meeting", "we will discuss compensatory services at Owen's\ntransition IEP meeting this spring", None)]),
      to=["sean"], cc=["marisol", "TRAIL"], reply_to="T11.1"),
])

# ---------------------------------------------------------------- T12 substitute
T("T12", "owen today", [
    M("T12.1", "peggy", "2026-03-12 12:48", "gmail-forward",
"""Picked Owen up early he was a mess. Lady in his room (sub, Kendra out) said she didnt know about his picture schedule. He had a accident too. Called you both. Mom""",
      L(["visual_schedule"], m=[("visual_schedule", "2026-03-12", None)]),
      to=["sean", "marisol"], fwd_at="2026-03-12 13:10", note=""),
    M("T12.2", "sean", "2026-03-13 08:40", "bcc-self",
"""Dr. Benning and Ms. Wofford,

Two different people told us this week that the substitute in the Dragonfly Room wasn't
using Owen's visual schedule or his first-then board. My mother picked him up early
yesterday and he was melting down, and his BCBA saw the same thing at her observation.
Without his schedule Owen doesn't know what's coming and that's when he runs.

Can you tell me whether the sub folder for the Dragonfly Room includes Owen's visual
schedule and his elopement plan? If it doesn't, please make sure it does before the next
time Ms. Wofford is out.

Sean Dunleavy""",
      L(["visual_schedule", "behavior_support"],
        r=[R("R15", "sean", "Can you tell me whether the sub folder for the Dragonfly Room includes Owen's visual\nschedule and his elopement plan?")]),
      to=["benning", "kendra"], cc=["marisol"], subject="Substitute this week - Owen's schedule and elopement plan",
      quote=False, sig=""),
    M("T12.3", "benning", "2026-03-16 14:00", "gmail-forward",
"""Mr. Dunleavy,

I looked into this. The sub binder had a general class schedule but not Owen's individual
routine, and the substitute was not aware of it. That should not have happened.

Ms. Wofford, who is back today, will put Owen's one-page profile with his picture schedule
routine, first-then board and elopement plan at the front of the sub binder this week, and
she or Ms. Yolanda will walk any future sub through it at arrival.""",
      L(["visual_schedule", "behavior_support", "paraprofessional"], a=["R15"],
        c=[C("C11", "kendra", "put Owen's one-page profile at the front of the sub binder", "Ms. Wofford, who is back today, will put Owen's one-page profile with his picture schedule\nroutine, first-then board and elopement plan at the front of the sub binder this week", "2026-03-20")]),
      to=["sean"], cc=["kendra", "marisol"], reply_to="T12.2", fwd_at="2026-03-16 18:30", note=""),
    M("T12.4", "kendra", "2026-03-17 15:10", "direct",
"""Mr. and Mrs. Dunleavy,

I am so sorry about last week. I'm back and Owen had a great day today.

Owen's one-page profile is now the first page in both the sub binder and Ms. Yolanda's
binder: his schedule strip, how we do first-then, his toileting times, and his runner plan
(adult within arm's reach at every transition and the gate latched before we go out).""",
      L(["visual_schedule", "behavior_support", "paraprofessional"], f=["C11"]),
      to=["sean", "marisol"], cc=["benning", "TRAIL"], reply_to="T12.3"),
])

# ---------------------------------------------------------------- T13 BCBA observation
T("T13", "Observation summary - Owen D. 3/12", [
    M("T13.1", "jordan", "2026-03-12 16:20", "thunderbird-forward",
"""Sean and Marisol,

Thank you for setting this up. Here is a short summary of what I saw this morning
(9:00-9:45) in the Dragonfly Room. Ms. Wofford was out and there was a substitute.

- Arrival/centers: Owen's picture schedule strip was on the wall, but the substitute did not
  use his visual schedule or his first-then board at any point while I was there. He asked
  "all done" on his core board twice and was redirected back to the table.
- 9:40 transition to the playground: Ms. Yolanda was covering the front office, so no adult
  was assigned to Owen for the transition. He bolted toward the fence gate and the
  substitute caught him about ten feet from it. No one was using the elopement plan.
- Bathroom: I did not see a timed sit during my window (one may have been due around 9:30).

The good news is the routines clearly work when they are used - he knows his schedule
strip. I'd recommend the same first-then language we use at home ("first shoes, then
swing"). Happy to talk through any of this.

Jordan""",
      L(["visual_schedule", "paraprofessional", "behavior_support", "assistive_technology"], f=["C20"],
        m=[("visual_schedule", "2026-03-12", None), ("paraprofessional", "2026-03-12", None)]),
      to=["sean", "marisol"], fwd_at="2026-03-12 16:31",
      note="Forwarding my observation summary to the records address, as Sean asked. -JL"),
])

# ---------------------------------------------------------------- T14 bus aide back
T("T14", "bernice", [
    M("T14.1", "peggy", "2026-03-16 07:35", "gmail-forward",
"""Bernice back on the bus this morning!! Owen gave her a high five. Mom""",
      L(["transportation"], f=["C8"]),
      to=["sean", "marisol"], fwd_at="2026-03-16 08:20", note="good news for once"),
])

# ---------------------------------------------------------------- T15 contract SLP
T("T15", "Introduction - speech coverage for Owen", [
    M("T15.1", "theresa", "2026-03-18 14:20", "direct",
"""Hello Mr. and Mrs. Dunleavy,

My name is Theresa Gaines and I'm a speech-language pathologist with TheraBridge. I'm
covering Ms. Brandt's preschool caseload until she returns on March 30. I saw Owen for the
first time today during centers - he showed me "bubbles" and "more" on his board and we
had a great time.

Right now my schedule across the three schools only lets me see Owen once a week, on
Wednesdays, for 30 minutes. Ms. Whitaker is aware.

Theresa""",
      L(["speech_language_therapy", "assistive_technology"], f=["C9"]),
      to=["sean", "marisol"], cc=["denise", "TRAIL"]),
    M("T15.2", "sean", "2026-03-18 21:00", "bcc-self",
"""Ms. Gaines,

Welcome, and thank you for the note - we're glad someone is seeing him.

For the record, Owen's IEP is two 30-minute sessions a week. Between Ms. Brandt's leave
starting and today he has missed 3/3, 3/5, 3/10 and 3/12 completely, plus Tuesday 3/17
this week, and with one session a week he'll keep missing one a week until she's back.

Please confirm you are logging the sessions he misses so they can be made up.

Sean""",
      L(["speech_language_therapy", "compensatory_services"],
        r=[R("R16", "sean", "Please confirm you are logging the sessions he misses so they can be made up.")],
        m=[("speech_language_therapy", "2026-03-03", 30), ("speech_language_therapy", "2026-03-05", 30),
           ("speech_language_therapy", "2026-03-10", 30), ("speech_language_therapy", "2026-03-12", 30),
           ("speech_language_therapy", "2026-03-17", 30)]),
      to=["theresa"], cc=["marisol", "denise"], reply_to="T15.1", sig=""),
    M("T15.3", "theresa", "2026-03-19 07:12", "gmail-forward",
"""Yes - every session and every missed one goes in the service log. Ms. Whitaker has it.

Sent from my iPhone""",
      L(["speech_language_therapy"], a=["R16"], f=["C21"]),
      to=["sean"], cc=["marisol", "denise"], reply_to="T15.2", fwd_at="2026-03-19 07:40", note="", sig=""),
])

# ---------------------------------------------------------------- T16 weekly note
TOILET2_PDF = ("Dragonfly Room - Toileting Data  Student: Owen D.  Week of 3/16/2026\n"
               "Mon 3/16: 6 sits, 4 successes, 0 accidents\n"
               "Tue 3/17: 6 sits, 3 successes, 1 accident\n"
               "Wed 3/18: 6 sits, 4 successes, 0 accidents\n"
               "Thu 3/19: 6 sits, 4 successes, 0 accidents\n"
               "Fri 3/20: 6 sits, 5 successes, 0 accidents")

T("T16", "Owen's week 3/16", [
    M("T16.1", "kendra", "2026-03-20 15:00", "direct",
"""Hi Dunleavy family,

Toileting sheet is attached - only one accident all week!!

No OT this week, Mr. Luis was at a district training on Wednesday. He said he'll see Owen
next Wednesday.

Owen met Ms. Gaines, the speech lady who is covering for Ms. Brandt, and he took her hand
and walked her to the bubbles, so I think they're friends.

Have a good weekend!""",
      L(["behavior_support", "occupational_therapy", "speech_language_therapy"],
        f=["C6"],
        c=[C("C12", "luis", "see Owen for OT next Wednesday", "He said he'll see Owen\nnext Wednesday.", "2026-03-25")],
        m=[("occupational_therapy", "2026-03-18", 30)],
        at=["behavior_support"]),
      to=["sean", "marisol"], cc=["TRAIL"],
      attachments=[("Owen_toileting_wk_3-16.pdf", TOILET2_PDF)]),
])

# ---------------------------------------------------------------- T17 transition meeting
DRAFT_IEP_PDF = ("DRAFT - Individualized Education Program - Transition to Kindergarten\n"
                 "Student: Owen Dunleavy  Meeting: 04/21/2026  Receiving school: Pine Hollow Elementary\n"
                 "Eligibility: Autism; Significant Developmental Delay (to be reviewed)\n"
                 "Services (proposed): Specialized instruction in co-taught kindergarten; speech-language therapy\n"
                 "60 min/week; occupational therapy 30 min/week; paraprofessional support during transitions;\n"
                 "special transportation with car seat and bus aide; extended school year - to be determined.\n"
                 "Accommodations: visual schedule and first-then board; core vocabulary board / picture exchange;\n"
                 "sensory breaks and sensory tools per sensory diet; toileting plan; elopement plan.")

T("T17", "Transition IEP meeting - Owen Dunleavy", [
    M("T17.1", "denise", "2026-03-23 10:05", "direct",
"""Dear Mr. and Mrs. Dunleavy,

It is time to plan Owen's move to kindergarten! I have scheduled his transition IEP
meeting for Tuesday, April 21 at 1:30 PM at Harmon Creek ELC, Conference Room B.

Invited: Ms. Wofford (ECSE teacher), Ms. Brandt (SLP), Mr. Arroyo (OT), Dr. Fairchild
(school psychologist), Dr. Benning (LEA representative), and from Pine Hollow Elementary,
Ms. Rhee (kindergarten teacher) and Mr. Okafor (assistant principal). We will review Dr.
Fairchild's reevaluation, write Owen's kindergarten IEP and decide on extended school year
for this summer.

Please let me know by Friday, March 27 whether this date works for your family. You are
welcome to bring anyone who knows Owen well.

Warm regards,""",
      L(["iep_meeting", "evaluation", "extended_school_year"],
        r=[R("R17", "denise", "Please let me know by Friday, March 27 whether this date works for your family.")]),
      to=["sean", "marisol"], cc=["kendra", "alyssa", "luis", "fairchild", "benning", "TRAIL"], html=True),
    M("T17.2", "sean", "2026-03-24 06:50", "bcc-self",
"""Ms. Whitaker,

April 21 at 1:30 works for both of us. We'd like to include Jordan Lacey, Owen's BCBA, and
Tammy Ruiz from Peach State Parent Network.

Could we have the draft IEP and Dr. Fairchild's evaluation report at least a week before
the meeting? We'd like time to actually read them.

Thanks,
Sean""",
      L(["iep_meeting", "evaluation"], a=["R17"],
        r=[R("R18", "sean", "Could we have the draft IEP and Dr. Fairchild's evaluation report at least a week before\nthe meeting?")]),
      to=["denise"], cc=["marisol"], reply_to="T17.1", quote=False, sig=""),
    M("T17.3", "denise", "2026-03-25 09:30", "gmail-forward",
"""Mr. Dunleavy,

Wonderful, I've added Ms. Lacey and Mrs. Ruiz to the invitation.

Yes. I will send you the draft IEP by Tuesday, April 14, and Dr. Fairchild tells me her
report is on track for the date she gave you.""",
      L(["iep_meeting", "evaluation"], a=["R18"],
        c=[C("C13", "denise", "send the draft transition IEP", "I will send you the draft IEP by Tuesday, April 14", "2026-04-14")]),
      to=["sean"], cc=["marisol"], reply_to="T17.2", fwd_at="2026-03-25 12:15", note=""),
    M("T17.4", "denise", "2026-04-16 16:55", "direct",
"""Mr. and Mrs. Dunleavy,

Attached is the draft of Owen's kindergarten IEP for Tuesday. I'm sorry this is two days
later than I told you; we were waiting on the Pine Hollow schedule. Everything in it is a
draft and the team will change what needs changing at the meeting.""",
      L(["iep_meeting"], f=["C13"],
        at=["iep_meeting", "speech_language_therapy", "occupational_therapy", "paraprofessional",
            "transportation", "extended_school_year", "visual_schedule", "assistive_technology",
            "sensory_tools", "behavior_support", "specialized_instruction"]),
      to=["sean", "marisol"], cc=["TRAIL"],
      subject="Owen Dunleavy - DRAFT kindergarten IEP",
      attachments=[("DRAFT_IEP_Dunleavy_O_2026-04-21.pdf", DRAFT_IEP_PDF)]),
])

# ---------------------------------------------------------------- T18 parent mentor
CHECKLIST_PDF = ("Peach State Parent Network - Kindergarten Transition Checklist (fictional)\n"
                 "Before the meeting: read the evaluation report and draft IEP; list every missed service with dates;\n"
                 "ask for the service logs. At the meeting: ask how missed speech/OT minutes will be made up\n"
                 "(compensatory services); ask about extended school year; confirm special transportation and the bus\n"
                 "aide for ESY and kindergarten; confirm paraprofessional support in kindergarten.\n"
                 "After: you should get prior written notice and the final IEP.")

T("T18", "Owen's transition meeting - a few thoughts", [
    M("T18.1", "tammy", "2026-03-26 19:30", "gmail-forward",
"""Hi Sean and Marisol,

It was so nice talking with you last week. A few things I'd do before April 21:

1. Make a list of every speech and OT session Owen has missed this year with the dates.
   You've been keeping great records, so this should be easy.
2. At the meeting, ask directly how those minutes will be made up (compensatory services),
   and don't let it get pushed to "after the meeting."
3. Ask about ESY early in the meeting, not at the end when everyone is packing up.

I'll send you our kindergarten transition checklist this weekend.

Happy to hop on a call anytime, just let me know!

Tammy""",
      L(["iep_meeting", "compensatory_services", "extended_school_year", "speech_language_therapy", "occupational_therapy"],
        c=[C("C14", "tammy", "send kindergarten transition checklist", "I'll send you our kindergarten transition checklist this weekend.", "2026-03-29")]),
      to=["sean", "marisol"], fwd_at="2026-03-26 21:48", note="from Tammy (parent mentor)"),
    M("T18.2", "tammy", "2026-03-28 10:00", "outlook-forward",
"""Hi again,

As promised, here's the checklist. Print it out and bring it with you - nobody minds.

Tammy""",
      L(["iep_meeting"], f=["C14"],
        at=["iep_meeting", "evaluation", "compensatory_services", "extended_school_year",
            "transportation", "paraprofessional", "speech_language_therapy", "occupational_therapy"]),
      to=["sean", "marisol"], reply_to="T18.1", quote=False, fwd_at="2026-03-28 10:06",
      note="Sean - sending to your records address too like you asked. T.",
      attachments=[("PSPN_Kindergarten_Transition_Checklist.pdf", CHECKLIST_PDF)]),
])

# ---------------------------------------------------------------- T19 ESY / regression
T("T19", "ESY question", [
    M("T19.1", "marisol", "2026-03-30 20:15", "yahoo-forward",
"""Hi Kendra,

Dr Whitaker's letter said they will decide about summer school (ESY) at Owen's meeting.
Over winter break he lost a lot, he went back to diapers at night and stopped using "more"
and "open" for almost two weeks.

Will you be able to bring his data from before and after winter break to the meeting?
I think it would help.

Thank you for everything this year, he loves you.""",
      L(["extended_school_year", "behavior_support", "iep_meeting"],
        r=[R("R19", "marisol", "Will you be able to bring his data from before and after winter break to the meeting?")]),
      to=["kendra"], cc=["sean"], fwd_at="2026-03-30 20:20", note=""),
    M("T19.2", "kendra", "2026-03-31 14:40", "yahoo-forward",
"""Of course! I'll bring his toileting and core-word data from before and after winter
break to the meeting. I saw the same thing in February, it took him about two weeks to
get back to where he was.""",
      L(["extended_school_year", "behavior_support", "assistive_technology"], a=["R19"],
        c=[C("C15", "kendra", "bring pre/post winter break regression data to the meeting", "I'll bring his toileting and core-word data from before and after winter\nbreak to the meeting.", "2026-04-21")]),
      to=["marisol"], cc=["sean"], reply_to="T19.1", fwd_at="2026-03-31 15:02", note="yay"),
])

# ---------------------------------------------------------------- T20 OT consult again
T("T20", "OT after spring break", [
    M("T20.1", "luis", "2026-04-01 15:30", "gmail-forward",
"""Hello Dunleavy family,

Heads up that with my caseload changes after spring break I'm going to move Owen to
consult through the end of the school year. Since the transition IEP will look at his
kindergarten OT needs anyway, I'll be checking in with Ms. Wofford on his sensory diet
and feeding and we'll take it from there on the 21st.""",
      L(["occupational_therapy", "sensory_tools", "iep_meeting"]),
      to=["sean", "marisol"], cc=["kendra"], fwd_at="2026-04-01 18:40", note="AGAIN"),
    M("T20.2", "sean", "2026-04-02 21:00", "bcc-self",
"""Ms. Whitaker,

Mr. Arroyo has again told us he is moving Owen to consult without an IEP meeting (his
email is below). This is the second time. In February he agreed any change had to go
through the team.

Owen also didn't get OT on 3/25 (his daily sheet says "no OT - Mr. L not here") or
yesterday, 4/1.

Please confirm in writing that Owen will receive his 30 minutes of direct OT every week
until the IEP team decides otherwise.

Sean Dunleavy""",
      L(["occupational_therapy", "iep_meeting"],
        r=[R("R20", "sean", "Please confirm in writing that Owen will receive his 30 minutes of direct OT every week\nuntil the IEP team decides otherwise.")],
        m=[("occupational_therapy", "2026-03-25", 30), ("occupational_therapy", "2026-04-01", 30)]),
      to=["denise"], cc=["luis", "marisol"], reply_to="T20.1", sig=""),
    M("T20.3", "denise", "2026-04-14 11:00", "direct",
"""Mr. Dunleavy,

I apologize for the delay; I was out for spring break and catching up. Owen's current IEP
remains in effect until the team meets on April 21, and that includes 30 minutes of
direct OT each week. I have spoken with Mr. Arroyo. Mr. Arroyo will make up the 3/25
and 4/1 sessions before the meeting on April 21.""",
      L(["occupational_therapy", "compensatory_services", "iep_meeting"], a=["R20"],
        c=[C("C16", "luis", "make up the 3/25 and 4/1 OT sessions", "Mr. Arroyo will make up the 3/25\nand 4/1 sessions before the meeting on April 21.", "2026-04-21")]),
      to=["sean"], cc=["luis", "marisol", "TRAIL"], reply_to="T20.2"),
])

# ---------------------------------------------------------------- T21 April newsletter
T("T21", "Dragonfly Room Dispatch - April", [
    M("T21.1", "kendra", "2026-04-03 16:45", "gmail-forward", NEWSLETTER_APR, L(),
      to=["marisol", "sean"], html=True, fwd_at="2026-04-03 19:30", note="", sig=""),
])

# ---------------------------------------------------------------- T22 Milestones
T("T22", "Speech during Milestones testing", [
    M("T22.1", "alyssa", "2026-04-10 13:00", "direct",
"""Hi families,

I'm back and so happy to be seeing my friends again - thank you for your patience while I
was out.

I've been assigned to proctor Georgia Milestones at Pine Hollow the two weeks after spring
break, so I'll miss Owen's sessions on April 14, 16, 21 and 23. Those will go on his
make-up log along with the sessions from March.

Alyssa""",
      L(["speech_language_therapy", "compensatory_services"],
        m=[("speech_language_therapy", "2026-04-14", 30), ("speech_language_therapy", "2026-04-16", 30),
           ("speech_language_therapy", "2026-04-21", 30), ("speech_language_therapy", "2026-04-23", 30)]),
      to=["sean", "marisol"], cc=["TRAIL"]),
])

# ---------------------------------------------------------------- T23 bus again
T("T23", "bus lady", [
    M("T23.1", "peggy", "2026-04-15 07:30", "gmail-forward",
"""No bus lady again today or yesterday. Different driver too. Owen cried all the way out the driveway. Mom""",
      L(["transportation"], m=[("transportation", "2026-04-15", None), ("transportation", "2026-04-14", None)]),
      to=["sean", "marisol"], fwd_at="2026-04-15 07:58", note=""),
])

# ---------------------------------------------------------------- T24 eval report
EVAL_PDF = ("Oconee Ridge County Schools - Psychoeducational Reevaluation Report (CONFIDENTIAL)\n"
            "Student: Owen Dunleavy  Age: 4 yrs 9 mos  Evaluator: Naomi Fairchild, Ph.D., NCSP\n"
            "Assessments: DAYC-2, Vineland-3 (parent, teacher), BASC-3, CARS-2, record review, observation 3/19.\n"
            "Communication: expressive language well below age expectations; uses core vocabulary board and\n"
            "picture exchange to request; speech-language therapy strongly recommended to continue.\n"
            "Adaptive: toileting and feeding skills emerging; occupational therapy recommended for feeding and sensory needs.\n"
            "Behavior: elopement during transitions; benefits from visual schedule, first-then board and adult support.\n"
            "Summary: Owen continues to meet Georgia eligibility criteria for Autism.")

T("T24", "Owen's evaluation report", [
    M("T24.1", "sean", "2026-04-15 20:30", "bcc-self",
"""Dr. Fairchild,

In February you told us we'd have Owen's evaluation report by April 3. It's April 15 and
we haven't received it, and the meeting is next Tuesday. Ms. Whitaker said on March 25 it
was on track.

Can you please send it by tomorrow? We need time to read it before we sit down with the
team.

Sean Dunleavy""",
      L(["evaluation", "iep_meeting"],
        r=[R("R21", "sean", "Can you please send it by tomorrow?")]),
      to=["fairchild"], cc=["denise", "marisol"], sig=""),
    M("T24.2", "fairchild", "2026-04-20 11:25", "attachment-forward",
"""Mr. and Mrs. Dunleavy,

My apologies - I was out sick part of last week. Owen's reevaluation report is attached.
I'm sorry it is late. I'll go through the results at the start of tomorrow's meeting and
I'm happy to call either of you this afternoon if you'd like to talk before then.""",
      L(["evaluation", "iep_meeting"], f=["C1"], a=["R21"],
        at=["evaluation", "speech_language_therapy", "assistive_technology", "occupational_therapy",
            "behavior_support", "visual_schedule"]),
      to=["sean", "marisol"], cc=["denise"], reply_to="T24.1", fwd_at="2026-04-20 12:02",
      note="report finally. forwarding as attachment so the PDF stays with it",
      attachments=[("Dunleavy_Owen_Reevaluation_Report_2026.pdf", EVAL_PDF)]),
])

# ---------------------------------------------------------------- T25 missed list / summary
T("T25", "Owen - missed services list for tomorrow's meeting", [
    M("T25.1", "sean", "2026-04-20 21:30", "bcc-self",
"""Ms. Whitaker,

Ahead of tomorrow, here is our list of what Owen has missed since February, from our notes
and his daily sheets. (Not counting 2/10 and 2/12, which Ms. Brandt made up.)

SPEECH (IEP: 2 x 30 min/week)
- 3/3, 3/5, 3/10, 3/12 - no SLP (leave)
- 3/17, 3/24 - contract SLP only once a week
- 4/14, 4/16 - testing

OT (IEP: 30 min/week direct)
- 2/11, 3/18, 3/25, 4/1, 4/15

BUS AIDE (IEP: special transportation with aide)
- 2/9, 2/11, 3/3, 3/4, 4/14, 4/15

VISUAL SCHEDULE / 1:1 FOR TRANSITIONS
- 3/12 (substitute; seen by Owen's BCBA)

Can you bring the speech and OT service logs to the meeting so we can compare?

Sean""",
      L(["speech_language_therapy", "occupational_therapy", "transportation", "visual_schedule",
         "paraprofessional", "iep_meeting"],
        r=[R("R22", "sean", "Can you bring the speech and OT service logs to the meeting so we can compare?")],
        m=[("speech_language_therapy", d, 30) for d in
           ("2026-03-03", "2026-03-05", "2026-03-10", "2026-03-12", "2026-03-17", "2026-03-24", "2026-04-14", "2026-04-16")]
          + [("occupational_therapy", d, 30) for d in ("2026-02-11", "2026-03-18", "2026-03-25", "2026-04-01", "2026-04-15")]
          + [("transportation", d, None) for d in ("2026-02-09", "2026-02-11", "2026-03-03", "2026-03-04", "2026-04-14", "2026-04-15")]
          + [("visual_schedule", "2026-03-12", None), ("paraprofessional", "2026-03-12", None)]),
      to=["denise"], cc=["marisol"], sig=""),
    M("T25.2", "denise", "2026-04-22 15:20", "direct",
"""Dear Mr. and Mrs. Dunleavy,

Thank you for a productive meeting yesterday. Here is a summary of what the team agreed:

- Eligibility: Owen continues to be eligible under Autism (Dr. Fairchild's report).
- Kindergarten placement: Pine Hollow Elementary, co-taught kindergarten with
  paraprofessional support at all transitions, visual schedule and first-then board,
  core vocabulary board, toileting and elopement plans carried over.
- Speech 60 min/week and direct OT 30 min/week continue in kindergarten.
- Compensatory services: we reviewed the service logs against your list. The team agreed
  to 8 compensatory speech sessions (240 minutes) and 3 compensatory OT sessions (90
  minutes), to be provided during ESY.
- ESY: approved based on Ms. Wofford's winter break regression data. June 8 - July 2,
  Tuesdays and Thursdays, at Pine Hollow.
- Transportation: special transportation with car seat and bus aide for ESY and
  kindergarten.

Ms. Brandt will send you the speech data sheets by Friday, April 24. I will send the
finalized IEP and prior written notice by May 5.

It was a pleasure working with your family.""",
      L(["iep_meeting", "evaluation", "compensatory_services", "extended_school_year",
         "speech_language_therapy", "occupational_therapy", "transportation", "paraprofessional",
         "visual_schedule", "assistive_technology", "behavior_support", "specialized_instruction"],
        f=["C10", "C15", "C21"], a=["R22"],
        c=[C("C17", "alyssa", "send speech data sheets", "Ms. Brandt will send you the speech data sheets by Friday, April 24.", "2026-04-24"),
           C("C18", "denise", "send finalized IEP and prior written notice", "I will send the\nfinalized IEP and prior written notice by May 5.", "2026-05-05")]),
      to=["sean", "marisol"], cc=["kendra", "alyssa", "luis", "fairchild", "benning", "jordan", "tammy", "TRAIL"],
      html=True, subject="Summary - Owen Dunleavy transition IEP meeting 4/21"),
])

# ---------------------------------------------------------------- T26 ESY bus
T("T26", "ESY bus for Owen Dunleavy", [
    M("T26.1", "marisol_i", "2026-04-24 12:15", "apple-forward",
"""Hi Mr. Tolbert,

Owen was approved for ESY at Pine Hollow June 8 - July 2, Tuesdays and Thursdays. His IEP
says car seat and bus aide.

Will it be Ms. Pryor on the ESY bus, and will someone call us with the pickup time before
June 8?

Thanks,""",
      L(["transportation", "extended_school_year"],
        r=[R("R23", "marisol_i", "Will it be Ms. Pryor on the ESY bus, and will someone call us with the pickup time before\nJune 8?")]),
      to=["ray"], cc=["sean"], fwd_at="2026-04-24 12:20", note=""),
])

# ---------------------------------------------------------------- T27 after the meeting
T("T27", "what now?", [
    M("T27.1", "sean", "2026-04-25 09:40", "bcc-self",
"""Hi Tammy,

Thank you again for coming on Tuesday, Marisol and I would have folded on ESY without you.

Quick question. The summary says Ms. Brandt would send the speech data sheets by Friday the
24th. Nothing came, and we asked for them back in February. Transportation also hasn't
answered Marisol about the ESY bus. What would you do next, another email or something more
formal?

Sean""",
      L(["speech_language_therapy", "transportation", "extended_school_year"],
        r=[R("R24", "sean", "What would you do next, another email or something more\nformal?")]),
      to=["tammy"], cc=["marisol"], sig=""),
    M("T27.2", "tammy", "2026-04-26 16:05", "gmail-forward",
"""Hi Sean,

I'd start with one short written request to Ms. Whitaker (not Ms. Brandt) that lists both
items and the dates you first asked. Keep it boring and factual. If nothing comes within
a week, we can talk about a records request under FERPA, which has a firm timeline.

I'll dig up our sample records-request letter and send it to you.

Enjoy the rest of your weekend!
Tammy""",
      L([], a=["R24"],
        c=[C("C19", "tammy", "send sample records-request letter", "I'll dig up our sample records-request letter and send it to you.", None)]),
      to=["sean"], cc=["marisol"], reply_to="T27.1", fwd_at="2026-04-26 20:11", note="", sig=""),
])

# messages that start a new conversation inside a story thread (new subject, no reply)
THREAD_OVERRIDE = {"T4.4": "T4b", "T5.2": "T5b", "T6.3": "T6b", "T12.2": "T12b",
                   "T17.4": "T17b", "T25.2": "T25b"}
for _t in THREADS:
    for _m in _t["messages"]:
        if _m["id"] in THREAD_OVERRIDE:
            _m["thread"] = THREAD_OVERRIDE[_m["id"]]
