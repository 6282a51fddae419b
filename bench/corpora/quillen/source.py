"""The Quillen family's school mail, fall 2026 (fictional). Rendered by build.py.

Each message: id, frm, to, cc, date (local "YYYY-MM-DD HH:MM"), arrival, optional fwd_by / fwd_at / note,
reply (id answered), quote (default True when reply), subject override, body, sig override, atts
[(name, mime, text)], auto, newsletter, and gold labels L(...).
"""
CORPUS = "quillen"
AS_OF = "2026-11-24"
TIMEZONE = "America/Denver"
TRAIL = "quillen.trail@fastmail.com"
STUDENTS = ["Hazel Quillen"]
USER = "jo"
D = "bellcreek.k12.mt.us"

PEOPLE = {  # key: (name, email, role, client)
    "jo": ("Jolene Quillen", "jolene.quillen@gmail.com", "parent", "gmail"),
    "dale": ("Dale Quillen", "dquillen@prairielandgrain.com", "parent", "exchange"),
    "marlene": ("Marlene Voss", "marlenevoss52@yahoo.com", "other", "yahoo"),
    "lind": ("Annie Lindqvist", f"alindqvist@{D}", "school", "gws"),
    "holly": ("Holly Brandt", f"hbrandt@{D}", "school", "gws"),
    "pfund": ("Gary Pfund", f"gpfund@{D}", "school", "iphone-school"),
    "nurse": ("Tammy Sorensen", f"tsorensen@{D}", "school", "gws"),
    "doreen": ("Doreen Kasper", f"transportation@{D}", "school", "gws"),
    "cody": ("Cody Rasmussen", f"crasmussen@{D}", "school", "gws"),
    "carla": ("Carla Feeney", f"cfeeney@{D}", "school", "gws"),
    "megan": ("Megan Tillotson", "mtillotson@ypssc.org", "school", "exchange"),
    "vick": ("Lorraine Vickery", "lvickery@ypssc.org", "school", "exchange"),
    "kurt": ("Kurt Jessup", "kjessup@bigskypeds.com", "school", "gws"),
    "sched": ("Big Sky Pediatric Therapy - Scheduling", "scheduling@bigskypeds.com", "school", "system"),
    "news": ("Bell Creek School", "noreply@notify.bellcreekschool.net", "school", "system"),
}

SIGS = {
    "jo": "Jolene",
    "dale": "Dale Quillen\nGrain Merchandiser | Prairieland Grain Cooperative\nDirect 406-555-0148 | Mobile 406-555-0173\n\nThis e-mail and any attachments are intended only for the addressee and may contain confidential\ninformation. If you received it in error, please notify the sender and delete it.",
    "marlene": "Marlene",
    "lind": "Annie Lindqvist\n2nd Grade, Room 6\nBell Creek School\n\"Every day is a chance to grow!\"",
    "holly": "Holly Brandt, M.Ed.\nSpecial Education Teacher / Case Manager\nBell Creek School District No. 9\n406-555-0122 ext. 14\n\nCONFIDENTIALITY NOTICE: This message may contain student information protected by FERPA. If you are not the intended recipient, please delete it and notify the sender.",
    "pfund": "Sent from my iPhone",
    "nurse": "Tammy Sorensen, RN, BSN\nDistrict School Nurse (Bell Creek / Reed Point)\nFax 406-555-0190",
    "doreen": "Doreen Kasper\nTransportation Office\nBell Creek School District No. 9\n406-555-0122 ext. 30",
    "cody": "Coach Rasmussen\nPE / Adapted PE / Athletic Director\nBell Creek School",
    "carla": "Carla Feeney, M.S., CCC-SLP\nSpeech-Language Pathologist\nBell Creek School District No. 9",
    "megan": "Megan Tillotson, MOT, OTR/L\nOccupational Therapist\nYellowstone Plains Special Services Cooperative\n\nThe information in this email is confidential and intended solely for the addressee.",
    "vick": "Lorraine Vickery, Ed.D.\nDirector of Special Education\nYellowstone Plains Special Services Cooperative\n1200 Division St, Big Timber MT",
    "kurt": "Kurt Jessup, PT, DPT\nBig Sky Pediatric Therapy\n(406) 555-0163",
    "sched": "",
    "news": "",
}


def L(topics=(), c=(), f=(), r=(), a=(), m=(), at=()):
    """labels: topics, commitments (id, by_key, what, quote, due), fulfills, requests (id, by_key, quote),
    answers, missed (topic, date, minutes), attachment topics"""
    return dict(topics=list(topics), commitments=list(c), fulfills=list(f), requests=list(r),
                answers=list(a), missed=list(m), attachment_topics=list(at))


SCHED_FOOT = ("Big Sky Pediatric Therapy | 22 N. McLeod St, Big Timber, MT\n"
              "This is an automated message from our scheduling system. Replies to this address are not monitored.\n"
              "Questions? Call the front desk at (406) 555-0160.")


def sched_notice(kind, service, date, time, reason, extra):
    return (f"SESSION {kind.upper()} NOTICE\n\n"
            f"Client: Hazel Q.\nService: {service}\nLocation: Bell Creek School\nDate: {date}\nTime: {time}\n"
            f"{reason}\n\n{extra}\n\n{SCHED_FOOT}")


THREADS = []


def T(tid, subject, *msgs):
    THREADS.append({"id": tid, "subject": subject, "messages": list(msgs)})


# ---------------------------------------------------------------- T1 first week, slant board
T("T1", "Hazel - first week questions",
  dict(id="T1.1", frm="jo", to=["lind"], cc=["holly", "marlene"], date="2026-08-31 20:12", arrival="bcc-self",
       body="""Hi Mrs. Lindqvist,

Hazel came home today saying second grade is "the best grade," so you're off to a great start! Thank you for meeting her at the bus ramp this morning, that made a big difference for her nerves.

Two quick things. Last spring the team said her slant board and the fat pencil grips would be in her new classroom the first day, but she said she was writing "flat" today. Is her slant board in the classroom yet?

Also, she was worried about where her walker goes when she's in music and library. Could you tell me where she is parking the walker during specials? She doesn't like it being out of reach.

My mom (Marlene, cc'd) picks her up Tuesdays and Wednesdays so she might be the one you see at the door.

Let us know if you ever need anything from home!""",
       labels=L(["assistive_technology"],
                r=[("R1", "jo", "Is her slant board in the classroom yet?"),
                   ("R2", "jo", "Could you tell me where she is parking the walker during specials?")])),
  dict(id="T1.2", frm="lind", to=["jo"], cc=["holly", "marlene"], date="2026-09-01 16:40", arrival="direct", reply="T1.1",
       body="""Hi Jolene (and hello Marlene!),

Oh, I love that she said that. She has already made two friends, Kaia and Bennett, who fight over who gets to walk beside her to lunch, and she laughed so hard at our read-aloud today that she had to take a rest break in the reading corner, which she did all on her own, just like we practiced.

You're right that the slant board isn't here yet. Megan (her OT) told me it's still at the co-op office in Big Timber with the rest of the fall equipment orders, and the pencil grips are in the same box. In the meantime I've been propping a big three-ring binder under her paper, which is not as good but is better than flat. I'll make sure the slant board is on her desk the day it shows up and I'll send you a picture of it so you know it's there.

For specials, Shelby walks with her and parks the walker right inside the door of the music room and the library, against the wall next to her chair, so it's an arm's length away. If she'd like it somewhere else she can tell Shelby or me and we'll move it, no problem at all.

Have a wonderful evening!""",
       labels=L(["assistive_technology", "breaks", "paraprofessional"], a=["R1", "R2"],
                c=[("C1", "lind", "put the slant board on Hazel's desk and send the parent a picture",
                    "I'll make sure the slant board is on her desk the day it shows up and I'll send you a picture of it so you know it's there.", None)])),
  dict(id="T1.3", frm="megan", to=["jo", "lind"], cc=["holly"], date="2026-09-02 07:05", arrival="gmail-forward",
       fwd_at="2026-09-02 12:31", note="slant board update from Megan",
       subject="RE: Hazel - first week questions", reply="T1.2",
       body="""Good morning all,

Sorry for the delay on equipment, we are behind this year. Quick rundown:
  • Slant board (the 12" adjustable one) and 2 pencil grips are packed for Hazel
  • I'll drop them off Friday 9/4 when I'm at Bell Creek for evals
  • Hazel's OT days this year: Tues & Thurs, 1:00-1:30 in the resource room
  • Her iPad with word prediction is being re-imaged by the co-op tech - should be ready in ~2 weeks

Megan""",
       labels=L(["assistive_technology", "occupational_therapy"],
                c=[("C2", "megan", "drop off the slant board and pencil grips at Bell Creek",
                    "I'll drop them off Friday 9/4 when I'm at Bell Creek for evals", "2026-09-04")])),
  dict(id="T1.4", frm="lind", to=["jo"], cc=["megan", "holly"], date="2026-09-04 14:55", arrival="direct", reply="T1.3",
       quote=False, subject="Re: Hazel - first week questions",
       body="""It's here!! Megan brought the slant board and the grips over at lunch and Hazel wrote her whole name on the line with the purple grip. Photo below. She was SO proud.

[image: IMG_2231.jpg]

Happy long weekend!""",
       labels=L(["assistive_technology"], f=["C1", "C2"])),
)

# ---------------------------------------------------------------- T2 lift bus pickup
T("T2", "Route 4 lift bus - pickup time change",
  dict(id="T2.1", frm="doreen", to=["jo", "dale"], cc=[], date="2026-09-02 10:18", arrival="gmail-forward",
       fwd_at="2026-09-02 18:20", note="new bus time",
       body="""Good morning,

Starting Tuesday 9/8 the Route 4 lift bus AM pickup for Hazel will be 7:10 instead of 7:25. We added a student on the Sweetgrass Road end of the route. PM drop off stays the same, about 3:50.

Please have her at the end of the driveway with her chair ready. The driver will do the lift and tie-downs.

Thank you""",
       labels=L(["transportation"])),
  dict(id="T2.2", frm="dale", to=["doreen"], cc=["jo", "TRAIL"], date="2026-09-02 12:47", arrival="direct", reply="T2.1",
       body="""Doreen,

7:10 works on Mondays, Thursdays and Fridays. Tuesdays and Wednesdays her grandmother drives her in, so can the bus skip the AM pickup on those two days so the driver isn't waiting on us?

Also, does the driver know how to secure the wheelchair tie-downs? The sub driver last spring put the front straps on backwards twice.

Thanks,
Dale""",
       labels=L(["transportation"],
                r=[("R3", "dale", "can the bus skip the AM pickup on those two days so the driver isn't waiting on us?"),
                   ("R4", "dale", "does the driver know how to secure the wheelchair tie-downs?")])),
  dict(id="T2.3", frm="doreen", to=["dale"], cc=["jo", "TRAIL"], date="2026-09-08 09:02", arrival="direct", reply="T2.2",
       body="""Mr. Quillen, sorry for the late reply, first week is crazy in this office.

I have marked Tue/Wed as no AM pickup for Hazel on Route 4. PM is still every day.

Vern is her regular driver this year and he did the Q'Straint tie-down training in August with the rest of our lift drivers. Subs get the same training before they drive Route 4.""",
       labels=L(["transportation"], a=["R3", "R4"])),
)

# ---------------------------------------------------------------- T3 service schedule (Holly)
T("T3", "Hazel's fall service schedule",
  dict(id="T3.1", frm="holly", to=["jo", "dale"], cc=["TRAIL"], date="2026-09-09 15:30", arrival="direct",
       atts=[("Quillen_Hazel_Service_Schedule_Fall2026.pdf", "application/pdf",
              """BELL CREEK SCHOOL - SPECIAL EDUCATION SERVICE SCHEDULE - FALL 2026
Student: Hazel Quillen    Grade: 2    Case manager: H. Brandt
Service                         Minutes/week   Day / time                 Provider
Physical therapy                30 x 1         Thu 10:00-10:30            K. Jessup (Big Sky Pediatric Therapy)
Occupational therapy            30 x 2         Tue/Thu 1:00-1:30          M. Tillotson (YPSSC)
Speech-language therapy         20 x 2         Mon/Wed 9:15-9:35          C. Feeney
Adapted PE                      30 x 2         Tue/Thu 11:15-11:45        C. Rasmussen
Paraprofessional support        full day       all classes, lunch, recess S. Ness
Specialized instruction (math)  30 x 5         daily 12:35-1:05           H. Brandt
Transportation: lift-equipped bus, Route 4, door to door.
Accommodations: extended time (1.5x), scribe for written responses over two sentences, rest breaks,
modified spelling and writing assignments, slant board, adapted pencil grips, iPad with word prediction.""")],
       body="""Hi Jolene and Dale,

Attached is Hazel's service schedule for the fall. I built it around the specials schedule so she doesn't miss music or library for therapy. Let me know if anything looks off compared to the IEP.

Thanks!""",
       labels=L([], at=["physical_therapy", "occupational_therapy", "speech_language_therapy", "specialized_instruction",
                        "paraprofessional", "transportation", "extended_time", "scribe", "breaks",
                        "reduced_assignments", "assistive_technology"])),
  dict(id="T3.2", frm="dale", to=["holly"], cc=["jo", "TRAIL"], date="2026-09-09 21:14", arrival="direct", reply="T3.1",
       body="""Holly - thanks for putting this together. One thing. The IEP says PT is 2x30 a week but the schedule only has Thursday. Can you check on that?

Dale""",
       labels=L(["physical_therapy"], r=[("R5", "dale", "Can you check on that?")])),
  dict(id="T3.3", frm="holly", to=["dale"], cc=["jo", "kurt", "TRAIL"], date="2026-09-10 11:48", arrival="direct", reply="T3.2",
       body="""You're right, and thank you for catching it. Kurt's Monday slot fell off when Big Sky sent me his caseload. I talked to him this morning and he will see Hazel Mondays at 2:00 starting 9/14, on top of Thursdays at 10:00.

Holly""",
       labels=L(["physical_therapy"], a=["R5"],
                c=[("C3", "kurt", "start Hazel's Monday 2:00 PT sessions",
                    "he will see Hazel Mondays at 2:00 starting 9/14", "2026-09-14")])),
)

# ---------------------------------------------------------------- T4 Big Sky cancellation 9/10
T("T4", "Session Cancellation Notice - Hazel Q. - 09/10/2026",
  dict(id="T4.1", frm="sched", to=["jo", "dale"], cc=[], date="2026-09-10 07:41", arrival="gmail-forward",
       fwd_at="2026-09-10 08:02", note="ugh. first week of PT and it's already cancelled",
       body=sched_notice("cancellation", "Physical Therapy (30 min)", "09/10/2026", "10:00 AM",
                         "Reason: Therapist unavailable",
                         "We apologize for the inconvenience. Our scheduling team will contact you within 5 business days to arrange a make-up session."),
       labels=L(["physical_therapy", "compensatory_services"],
                m=[("physical_therapy", "2026-09-10", 30)],
                c=[("C4", "sched", "contact the family to arrange a make-up PT session",
                    "Our scheduling team will contact you within 5 business days to arrange a make-up session.", "2026-09-17")])),
)

# ---------------------------------------------------------------- T5 Kurt PT
T("T5", "Hazel - PT this wk",
  dict(id="T5.1", frm="kurt", to=["jo"], cc=["lind"], date="2026-09-11 15:22", arrival="apple-forward",
       fwd_at="2026-09-11 19:40", note="",
       body="""Hi Mrs Q -

Sorry re: Thurs, I was out sick. Can do M/U Fri 9/18 @ 1:30 if OK w/ tchr. LMK if that works for you.

Eval notes from last wk: amb ~150 ft w/ posterior walker in hallway, CGA on stairs (4 steps, B rails), fatigues after ~2 min standing at sink. W/C for distance (playground, field trips). Goals this yr = hallway endurance + curb/ramp transitions.

Will send HEP sheet next wk.

KJ""",
       labels=L(["physical_therapy", "compensatory_services"], f=["C4"],
                r=[("R6", "kurt", "LMK if that works for you.")],
                c=[("C5", "kurt", "send the home exercise program sheet", "Will send HEP sheet next wk.", "2026-09-18")])),
  dict(id="T5.2", frm="jo", to=["kurt"], cc=["lind"], date="2026-09-11 19:52", arrival="bcc-self", reply="T5.1",
       client="apple",
       body="""Hi Kurt,

Friday 9/18 at 1:30 works, and Mrs. Lindqvist already said that's fine with her (it's during their free-choice time).

Sorry to be dense but what is a HEP?

Thanks, hope you're feeling better""",
       sig="Jolene\n\nSent from my iPad",
       labels=L(["physical_therapy"], a=["R6"], r=[("R7", "jo", "what is a HEP?")])),
  dict(id="T5.3", frm="kurt", to=["jo"], cc=["lind"], date="2026-09-14 16:10", arrival="gmail-forward", reply="T5.2",
       fwd_at="2026-09-14 20:15", note="",
       atts=[("Hazel_Q_HEP_Sept2026.pdf", "application/pdf",
              """Big Sky Pediatric Therapy - Home Exercise Program
Client: Hazel Q.   Therapist: Kurt Jessup, PT, DPT   Date: 09/14/2026
Physical therapy home program - do 4-5 days/week, about 15 minutes total.
1. Sit-to-stand from kitchen chair, no hands if able: 2 sets of 8.
2. Standing at counter with walker, reach for stickers placed high and to each side: 2 minutes x 3.
3. Bridges on the floor (knees bent, lift hips): 10 reps, hold 3 seconds.
4. Stairs: 4 steps up/down with both rails and adult close by (contact guard): 3 times.
5. Heel cord stretch with AFOs off: 30 seconds each side x 3.
Stop if she reports pain. Bring questions to Thursday PT or call the clinic.""")],
       body="""HEP = home exercise program, sorry - therapist shorthand. Sheet attached, 5 exercises, ~15 min. Don't worry if you don't get to it every day.

1st Mon session today went great, we worked on ramp by the gym doors. M/U confirmed Fri 9/18 1:30.

KJ""",
       labels=L(["physical_therapy", "compensatory_services"], a=["R7"], f=["C5", "C3"], at=["physical_therapy"],
                c=[("C6", "kurt", "make-up PT session on 9/18", "M/U confirmed Fri 9/18 1:30.", "2026-09-18")])),
)

# ---------------------------------------------------------------- T6 SLP and core board
T("T6", "Speech - hello from Mrs. Feeney",
  dict(id="T6.1", frm="carla", to=["jo", "dale"], cc=["TRAIL"], date="2026-09-15 13:05", arrival="direct",
       body="""Dear Mr. and Mrs. Quillen,

I'm so happy to be working with Hazel again this year! We're keeping the same schedule as her IEP: two 20-minute sessions a week, Mondays and Wednesdays, pull-out in my room.

This year I want her core board to carry more of her own world. I'm making her a new core board with the second grade classroom vocabulary plus a home page, and I'll have it laminated and in her desk by next Wednesday. Could you send me a list of 10-15 words she uses at home (pets, family names, favorite foods, places you go)?

Warmly,""",
       labels=L(["speech_language_therapy", "assistive_technology"],
                c=[("C7", "carla", "make and laminate a new core board for Hazel's desk",
                    "I'll have it laminated and in her desk by next Wednesday", "2026-09-23")],
                r=[("R8", "carla", "Could you send me a list of 10-15 words she uses at home (pets, family names, favorite foods, places you go)?")])),
  dict(id="T6.2", frm="jo", to=["carla"], cc=["dale"], date="2026-09-16 21:30", arrival="bcc-self", reply="T6.1",
       body="""Hi Mrs. Feeney,

Oh she will love that. Here is our list:
Biscuit (our dog), Grandma Mar, Papa, Owen (cousin), tractor, horse, mac and cheese, pancakes, swim, church, Big Timber, library, sparkly, "uh oh", potty.

She says "Mar" for Grandma and "Bikky" for Biscuit, if that helps. I'll put a photo of Biscuit in her folder tomorrow so you can use a real picture.""",
       labels=L(["speech_language_therapy", "assistive_technology"], a=["R8"],
                c=[("C8", "jo", "send a photo of the dog in Hazel's folder",
                    "I'll put a photo of Biscuit in her folder tomorrow so you can use a real picture.", "2026-09-17")])),
  dict(id="T6.3", frm="carla", to=["jo"], cc=["dale"], date="2026-09-30 15:47", arrival="direct", reply="T6.2", quote=False,
       body="""Hi Jolene,

Her new core board is finally done and in her desk (sorry, that took a week longer than I told you). The Biscuit photo is in the top corner of the home page and she pointed to it three times today.

I did have to cancel Monday's session (9/28) because I was at a state Medicaid billing training in Billings. I can make it up during Friday free-choice time if that's OK with you. Would that work for you?

Carla""",
       labels=L(["speech_language_therapy", "assistive_technology", "compensatory_services"], f=["C7", "C8"],
                m=[("speech_language_therapy", "2026-09-28", 20)],
                r=[("R9", "carla", "Would that work for you?")])),
  dict(id="T6.4", frm="jo", to=["carla"], cc=[], date="2026-10-01 06:58", arrival="bcc-self", reply="T6.3", client="gmail-android",
       body="""Yes Friday is fine! Thank you for the board, she showed me with her finger on the back of the bus seat how she says Biscuit lol""",
       sig="Sent from my Galaxy",
       labels=L(["speech_language_therapy"], a=["R9"])),
)

# ---------------------------------------------------------------- T7 nurse, health plan, evacuation
T("T7", "Hazel - Health Plan and Evacuation Plan for review",
  dict(id="T7.1", frm="nurse", to=["jo", "dale"], cc=["holly"], date="2026-09-17 10:20", arrival="direct",
       atts=[("Quillen_H_IHP_EEP_2026-27.pdf", "application/pdf",
              """INDIVIDUALIZED HEALTH PLAN / EMERGENCY EVACUATION PLAN  2026-27
Student: Hazel Quillen  DOB: 03/2019  Diagnosis: spastic diplegic cerebral palsy
Mobility: posterior walker in the classroom and halls; manual wheelchair for distance, field trips and fire drills.
Bilateral AFOs. Check skin at lunch if she reports rubbing.
Seizure precautions: history of febrile seizure age 3 (confirm with parents).
Evacuation: assigned adult = paraprofessional S. Ness; backup = classroom teacher. Route from Room 6:
west hallway to the west exit ramp. Wheelchair is kept in the hall alcove outside Room 6.
Second floor (music room 204): evacuation chair at the top of the east stairs; staff trained: C. Rasmussen, G. Pfund.
Bus: lift bus Route 4; driver has evacuation training for wheelchair riders.""")],
       body="""Good morning,

Attached is Hazel's draft Individualized Health Plan and Emergency Evacuation Plan for this year. Please look it over and sign the last page. Shelby Ness will be her assigned adult for fire drills and evacuations, with Mrs. Lindqvist as backup.

One question for you: does Hazel still need the seizure precautions from her preschool plan, or can I take that section out?

Thank you,""",
       labels=L(["paraprofessional"], at=["paraprofessional", "transportation"],
                r=[("R10", "nurse", "does Hazel still need the seizure precautions from her preschool plan, or can I take that section out?")])),
  dict(id="T7.2", frm="dale", to=["nurse"], cc=["jo", "holly", "TRAIL"], date="2026-09-18 07:33", arrival="direct", reply="T7.1",
       body="""Tammy,

No seizures since the one when she was 3, and her neurologist cleared her last year, so you can take that section out.

Question on the evacuation part. Her music class is upstairs in 204. If the alarm goes off during music, who actually gets her down the stairs? She can't do a full flight with the walker in a hurry and I don't see anyone named who can run that evacuation chair on a Tuesday.

Jolene will sign the plan and send it back in her folder Monday.

Dale""",
       labels=L([], a=["R10"],
                r=[("R11", "dale", "If the alarm goes off during music, who actually gets her down the stairs?")],
                c=[("C9", "jo", "sign the health/evacuation plan and return it in Hazel's folder",
                    "Jolene will sign the plan and send it back in her folder Monday.", "2026-09-21")])),
  dict(id="T7.3", frm="nurse", to=["dale"], cc=["jo", "holly", "pfund", "TRAIL"], date="2026-09-22 12:05", arrival="direct", reply="T7.2",
       body="""Thank you Mr. Quillen, I got the signed plan back today and took out the seizure section.

Good question about music. Mr. Pfund and I are working on that and we will get back to you.""",
       labels=L([], f=["C9"],
                c=[("C10", "nurse", "get back to the family about evacuating Hazel from the upstairs music room",
                    "Mr. Pfund and I are working on that and we will get back to you.", None)])),
  dict(id="T7.4", frm="pfund", to=["dale"], cc=["jo", "nurse", "TRAIL"], date="2026-10-02 16:44", arrival="direct", reply="T7.3",
       body="""2nd grade music moves to room 104 (ground floor) starting Monday 10/5. GP""",
       labels=L([], a=["R11"], f=["C10"])),
)

# ---------------------------------------------------------------- T8 Lindqvist weekly note
T("T8", "A little Hazel update",
  dict(id="T8.1", frm="lind", to=["jo", "dale"], cc=["holly"], date="2026-09-22 17:15", arrival="apple-forward",
       fwd_at="2026-09-22 20:05", note="Keeping this one",
       body="""Hi Jolene and Dale,

I just wanted to send a little update because Hazel had such a good week. On Friday we had our first spelling check, and she did her shorter list (eight words instead of fifteen, the ones with the short a pattern) and got seven right! Shelby took her out in the hallway where it's quiet so she could have the extra time she needs, and she finished with time to spare and then asked to do a bonus word. Kurt also came Friday afternoon for her make-up PT and they practiced the ramp by the gym.

Writing is still the hardest part of her day, and I can see how tired her hands get. For our journal pages Shelby has been writing down what Hazel tells her when it's more than a sentence or two, and Hazel writes the first word herself on the slant board with her grip. Her ideas are wonderful; yesterday she dictated a whole story about Biscuit getting into the feed room. I'm going to try the word prediction app for her journal entries once Megan gets her iPad back from the tech.

Please don't hesitate to reach out if you ever have questions! It is such a joy to have her in Room 6.""",
       labels=L(["reduced_assignments", "extended_time", "paraprofessional", "scribe", "assistive_technology",
                 "physical_therapy", "compensatory_services"], f=["C6"],
                c=[("C11", "lind", "start using word prediction on the iPad for Hazel's journal entries",
                    "I'm going to try the word prediction app for her journal entries once Megan gets her iPad back from the tech.", None)])),
)

# ---------------------------------------------------------------- T9 newsletter
T("T9", "Bell Creek Bulletin - September 2026",
  dict(id="T9.1", frm="news", to=["jo"], cc=[], date="2026-09-25 12:00", arrival="direct", newsletter=True,
       body="""BELL CREEK BULLETIN
September 2026
Picture Day
Picture day is Tuesday, September 29. Retakes will be in October. Order forms went home in Friday folders.
Walk-a-Thon
Who's ready to walk? Our PTO Walk-a-Thon is Friday, October 9 on the track. Every student can participate - we will have routes for walkers, wheels and everyone in between!
Reading Minutes
Keep logging those reading minutes at home. Classes with the most minutes by October 30 win an extra recess.
Bus Safety Week
Bus safety week is October 19-23. Please review the bus rules with your riders.
From the Nurse
Flu shot clinic in the gym on October 14, 3:30-6:00. Consent forms are in the office.
- Early out Friday, October 16 (1:00 dismissal)
- No school October 22-23 (MEA)
- Parent-teacher conferences November 5""",
       labels=L([])),
)

# ---------------------------------------------------------------- T10 APE
T("T10", "Adapted PE",
  dict(id="T10.1", frm="cody", to=["jo"], cc=["holly"], date="2026-09-28 08:12", arrival="gmail-forward",
       fwd_at="2026-09-28 12:40", note="APE missed 2 last week",
       body="""Mrs Quillen

Wanted you to hear it from me. Hazel's adapted PE didn't happen last Tue 9/22 or Thu 9/24, the small gym was taken for picture day setup and vision screening and I didn't have another space that works for her chair and the scooter boards. My fault for not finding somewhere.

I'll add 15 minutes onto her Tuesday sessions in October to make that time up. She's been doing great on the scooter board relay, she beat me twice.

CR""",
       labels=L(["specialized_instruction", "compensatory_services"],
                m=[("specialized_instruction", "2026-09-22", 30), ("specialized_instruction", "2026-09-24", 30)],
                c=[("C12", "cody", "add 15 minutes to Hazel's Tuesday APE sessions in October to make up the missed time",
                    "I'll add 15 minutes onto her Tuesday sessions in October to make that time up.", "2026-10-31")])),
)

# ---------------------------------------------------------------- T11 iPad charger (Lindqvist)
T("T11", "Hazel's iPad",
  dict(id="T11.1", frm="lind", to=["jo"], cc=["megan"], date="2026-10-02 15:38", arrival="direct",
       body="""Hi Jolene,

Quick heads up so it doesn't surprise you: Hazel's iPad came back from the tech on Monday, but it hasn't charged since Tuesday, so she hasn't been able to use the word prediction app at all this week and has been doing all her writing with her grip and the slant board (and Shelby writing for her on the longer pieces). Megan thinks it's the cable and she said she'll bring a new charger on Monday.

Have a great weekend,""",
       labels=L(["assistive_technology", "scribe", "paraprofessional"],
                m=[("assistive_technology", "2026-09-29", None)],
                c=[("C13", "megan", "bring a new iPad charger", "she said she'll bring a new charger on Monday", "2026-10-05")])),
)

# ---------------------------------------------------------------- T12 PT cancelled, bus late 10/8 (forward as attachment by Dale)
T("T12", "Session Cancellation Notice - Hazel Q. - 10/08/2026",
  dict(id="T12.1", frm="sched", to=["jo", "dale"], cc=[], date="2026-10-08 10:06", arrival="attachment-forward",
       fwd_by="dale", fwd_at="2026-10-08 10:31", note="For the file. Bus again.",
       body=sched_notice("cancellation", "Physical Therapy (30 min)", "10/08/2026", "10:00 AM",
                         "Reason: Client not available - transportation delay",
                         "We apologize for the inconvenience. Our scheduling team will contact you within 5 business days to arrange a make-up session."),
       labels=L(["physical_therapy", "compensatory_services", "transportation"],
                m=[("physical_therapy", "2026-10-08", 30)],
                c=[("C14", "sched", "contact the family to arrange a make-up for the 10/8 PT session",
                    "Our scheduling team will contact you within 5 business days to arrange a make-up session.", "2026-10-15")])),
)

# ---------------------------------------------------------------- T13 bus late, Doreen
T("T13", "Lift bus this morning",
  dict(id="T13.1", frm="jo", to=["doreen"], cc=["dale", "marlene"], date="2026-10-08 12:20", arrival="bcc-self",
       body="""Hi Doreen,

The lift bus didn't come until 8:40 this morning. We waited at the end of the driveway from 7:05 with Hazel in her chair in the wind. Because she got to school so late she missed her PT at 10:00 (Big Sky already sent a cancellation) and most of her reading block.

What happened this morning? It was also about half an hour late last Thursday.

And can you tell me what the plan is if the lift bus is down? We need to know whether to just drive her ourselves.

Thank you,
Jolene Quillen""",
       sig="",
       labels=L(["transportation", "physical_therapy"],
                m=[("physical_therapy", "2026-10-08", 30)],
                r=[("R12", "jo", "What happened this morning?"),
                   ("R13", "jo", "can you tell me what the plan is if the lift bus is down?")])),
  dict(id="T13.2", frm="doreen", to=["jo"], cc=["dale", "marlene"], date="2026-10-09 08:47", arrival="apple-forward",
       fwd_at="2026-10-09 12:12", note="", reply="T13.1",
       body="""Mrs. Quillen,

Bus 12 is our only lift equipped bus and the lift hydraulics failed on the pre-trip yesterday. Vern took the spare bus to do the rest of Route 4 but it has no lift, so he had to come back for Hazel after Bus 12 was fixed. He should have called you and I'm sorry he didn't. Last Thursday was a road closure on Sweetgrass Rd for cattle.

As for a backup, I'll have to check with Mr. Haugen, he's the transportation supervisor, and get back to you on that.

Doreen""",
       labels=L(["transportation"], a=["R12"],
                c=[("C15", "doreen", "find out the backup plan when the lift bus is down and tell the family",
                    "I'll have to check with Mr. Haugen, he's the transportation supervisor, and get back to you on that.", None)])),
  dict(id="T13.3", frm="marlene", to=["doreen"], cc=["jo", "dale"], date="2026-10-09 10:15", arrival="yahoo-forward",
       fwd_by="marlene", fwd_at="2026-10-09 10:22", note="Jolene said to send these to this address. Mom", reply="T13.2",
       body="""Doreen, if the bus is broken down again please call me at 406-555-0109 by 7 am and I can run out and get her. I'm only 10 minutes away on the Boulder road.

Marlene Voss (Hazel's grandma)""",
       sig="",
       labels=L(["transportation"])),
)

# ---------------------------------------------------------------- T14 OT update bullets
T("T14", "OT update - Hazel Q.",
  dict(id="T14.1", frm="megan", to=["jo", "lind"], cc=["holly"], date="2026-10-12 16:02", arrival="gmail-forward",
       fwd_at="2026-10-12 21:10", note="OT missed 2 too. She did put the makeups on the calendar at least",
       body="""Hi Jolene,

OT update for the last couple weeks:
  • Sessions Tue 9/29 and Thu 10/1 were cancelled - I was pulled to cover evals at Reed Point. I'm sorry!
  • Make-ups are on my calendar: Fri 10/16 and Fri 10/23, 1:00-1:30
  • New charger dropped off 10/5, iPad is working again
  • Switched her from the crossover grip to the claw grip - much less thumb wrap, neater letters
  • I'll send home copies of her handwriting samples with the first quarter progress report

Megan""",
       labels=L(["occupational_therapy", "compensatory_services", "assistive_technology", "progress_report"],
                m=[("occupational_therapy", "2026-09-29", 30), ("occupational_therapy", "2026-10-01", 30)],
                f=["C13"],
                c=[("C16", "megan", "OT make-up sessions on 10/16 and 10/23", "Make-ups are on my calendar: Fri 10/16 and Fri 10/23, 1:00-1:30", "2026-10-23"),
                   ("C18", "megan", "send home handwriting samples with the Q1 progress report",
                    "I'll send home copies of her handwriting samples with the first quarter progress report", "2026-11-06")])),
  dict(id="T14.2", frm="megan", to=["jo", "lind"], cc=["holly"], date="2026-10-26 14:30", arrival="gmail-forward",
       fwd_at="2026-10-26 20:44", note="", reply="T14.1", quote=False, subject="RE: OT update - Hazel Q.",
       body="""Quick follow-up:
  • Both make-ups done (Fri 10/16 and Fri 10/23), we're caught up on minutes
  • She typed 3 sentences with word prediction in OT on Friday! Picked "enormous" from the list on her own
  • Next: pre-writing shapes on the slant board, and opening her milk carton at lunch (she asked to work on this)

Megan""",
       labels=L(["occupational_therapy", "compensatory_services", "assistive_technology"], f=["C16"])),
)

# ---------------------------------------------------------------- T15 IEP annual review scheduling (Dale outlook-forward)
T("T15", "Hazel - annual IEP review dates",
  dict(id="T15.1", frm="holly", to=["dale"], cc=[], date="2026-10-12 14:14", arrival="outlook-forward",
       fwd_by="dale", fwd_at="2026-10-12 14:40", note="Jo - she sent this to me only. Which day works for you?",
       body="""Hi Dale,

Hazel's annual IEP review is due by December 3. I'd like to hold it before Thanksgiving so we aren't rushing. Would Thursday November 19 at 7:45 am or Tuesday November 17 at 3:30 work for you and Jolene?

Holly""",
       labels=L(["iep_meeting"],
                r=[("R14", "holly", "Would Thursday November 19 at 7:45 am or Tuesday November 17 at 3:30 work for you and Jolene?")])),
  dict(id="T15.2", frm="jo", to=["holly"], cc=["dale"], date="2026-10-13 21:02", arrival="bcc-self", reply="T15.1",
       body="""Hi Holly,

Dale forwarded me your note. Thursday the 19th at 7:45 is better for both of us.

Two things for the meeting. Her walking really slid this summer without PT - by August she couldn't do the church steps anymore. Can we put ESY on the agenda? And can Kurt be at the meeting, or at least send a written PT report if he can't come?

Thanks,
Jolene""",
       sig="",
       labels=L(["iep_meeting", "extended_school_year", "physical_therapy"], a=["R14"],
                r=[("R15", "jo", "Can we put ESY on the agenda?"),
                   ("R16", "jo", "can Kurt be at the meeting, or at least send a written PT report if he can't come?")])),
  dict(id="T15.3", frm="holly", to=["jo"], cc=["dale", "TRAIL"], date="2026-10-15 15:55", arrival="direct", reply="T15.2",
       body="""Thursday 11/19 at 7:45 it is. I'll send you the formal meeting notice by tomorrow.

Yes, absolutely, summer school/ESY will be on the agenda. Bring anything you have from this summer (videos of the stairs would help a lot).

I'll ask Big Sky whether Kurt can come or call in, and let you know.""",
       labels=L(["iep_meeting", "extended_school_year", "physical_therapy"], a=["R15"],
                c=[("C19", "holly", "send the formal IEP meeting notice", "I'll send you the formal meeting notice by tomorrow.", "2026-10-16"),
                   ("C20", "holly", "put ESY on the IEP meeting agenda", "summer school/ESY will be on the agenda", "2026-11-19"),
                   ("C21", "holly", "ask Big Sky whether Kurt can attend or call in, and tell the parent",
                    "I'll ask Big Sky whether Kurt can come or call in, and let you know.", None)])),
  dict(id="T15.4", frm="holly", to=["jo", "dale"], cc=["TRAIL"], date="2026-10-21 11:20", arrival="direct", reply="T15.3", quote=False,
       subject="Meeting notice - Hazel Quillen annual IEP review 11/19",
       atts=[("Notice_of_Meeting_Quillen_H.pdf", "application/pdf",
              """BELL CREEK SCHOOL DISTRICT NO. 9 - NOTICE OF IEP TEAM MEETING
Student: Hazel Quillen   Date: Thursday, November 19, 2026   Time: 7:45 a.m.   Place: Bell Creek School library
Purpose: annual review of the IEP; review of progress; consideration of extended school year (ESY) services;
consideration of assistive technology; transportation.
Invited: Jolene and Dale Quillen (parents); Annie Lindqvist (general education teacher); Holly Brandt (special
education teacher); Gary Pfund (principal / LEA representative); Megan Tillotson, OT; Carla Feeney, SLP; Kurt Jessup,
PT (Big Sky Pediatric Therapy); Cody Rasmussen, adapted PE; Tammy Sorensen, school nurse.
You may bring anyone with knowledge or special expertise about your child.""")],
       body="""Hi Jolene and Dale,

Sorry this is later than I said. The formal notice for the 11/19 meeting is attached; ESY is listed under purposes. Please sign and return page 2 or just reply to this email to confirm.""",
       labels=L(["iep_meeting", "extended_school_year"], f=["C19", "C20"],
                at=["iep_meeting", "extended_school_year", "assistive_technology", "transportation"])),
)

# ---------------------------------------------------------------- T16 pumpkin patch field trip
T("T16", "Pumpkin patch trip Friday!",
  dict(id="T16.1", frm="lind", to=["jo", "dale"], cc=["marlene"], date="2026-10-13 16:25", arrival="apple-forward",
       fwd_at="2026-10-13 20:30", note="",
       body="""Hi Quillen family,

Friday (10/16) is our pumpkin patch trip out to Halvorsen Farms, and I have been thinking ahead about Hazel because I want her to get every bit of it. The farm told me the hay-bale path to the patch is packed gravel and the barn has a ramp, so her wheelchair will be the way to go instead of the walker. She will ride the lift bus out with Vern, and Shelby will be with her the whole trip, from the bus to the patch and back. I also asked the farm to save a pumpkin on the wagon so she can pick hers from her chair if the rows are too bumpy.

And I have to brag on her: she wrote her journal entry yesterday with the word prediction on her iPad and picked every word herself. Four sentences about her cousin Owen's new calf. I almost cried.

Would you or Grandma Marlene like to come along as a chaperone? We'd love to have you.""",
       labels=L(["paraprofessional", "transportation", "assistive_technology"], f=["C11"],
                c=[("C22", "lind", "Shelby stays with Hazel the whole field trip",
                    "Shelby will be with her the whole trip, from the bus to the patch and back", "2026-10-16")],
                r=[("R17", "lind", "Would you or Grandma Marlene like to come along as a chaperone?")])),
  dict(id="T16.2", frm="jo", to=["lind"], cc=["marlene", "dale"], date="2026-10-13 20:41", arrival="bcc-self", reply="T16.1",
       client="apple",
       body="""Thank you for thinking all of this through!! My mom would love to come, she'll meet the bus at the school Friday morning. (Mom, 8:15 in the front office.)

Four sentences!!!""",
       sig="Sent from my iPad",
       labels=L([], a=["R17"])),
  dict(id="T16.3", frm="lind", to=["jo", "marlene"], cc=["dale"], date="2026-10-19 07:30", arrival="direct", reply="T16.2", quote=False,
       body="""Good morning! I have to tell you about Friday. Marlene, thank you for coming, the kids adored you. Shelby pushed Hazel's chair all the way down the hay path and held her pumpkin on her lap for the bus ride home, and Hazel would not stop talking about the goats. After lunch Megan came and did her make-up OT in the resource room while the class made pumpkin pictures, and she was back in time to glue hers.

Have a lovely week,""",
       labels=L(["paraprofessional", "occupational_therapy", "compensatory_services"], f=["C22"])),
)

# ---------------------------------------------------------------- T17 Big Sky make-up scheduled, then cancelled
T("T17", "Make-up Session Scheduled - Hazel Q.",
  dict(id="T17.1", frm="sched", to=["jo", "dale"], cc=[], date="2026-10-16 09:12", arrival="gmail-forward",
       fwd_at="2026-10-16 12:05", note="finally",
       body=sched_notice("make-up", "Physical Therapy (30 min) - make-up for 10/08/2026", "10/20/2026", "2:00 PM",
                         "Status: Scheduled",
                         "Your child's make-up session has been scheduled for Tuesday, 10/20/2026 at 2:00 PM. Please contact the front desk if this time does not work for your family."),
       labels=L(["physical_therapy", "compensatory_services"], f=["C14"],
                c=[("C23", "sched", "PT make-up session on 10/20 at 2:00", "Your child's make-up session has been scheduled for Tuesday, 10/20/2026 at 2:00 PM.", "2026-10-20")])),
)
T("T18", "Session Cancellation Notice - Hazel Q. - 10/20/2026",
  dict(id="T18.1", frm="sched", to=["jo", "dale"], cc=[], date="2026-10-20 11:48", arrival="gmail-forward",
       fwd_at="2026-10-20 12:30", note="They cancelled the MAKEUP. So that's 10/8 still not made up",
       body=sched_notice("cancellation", "Physical Therapy (30 min) - make-up for 10/08/2026", "10/20/2026", "2:00 PM",
                         "Reason: Therapist unavailable",
                         "We apologize for the inconvenience. Our scheduling team will contact you within 5 business days to arrange a make-up session."),
       labels=L(["physical_therapy", "compensatory_services"],
                m=[("compensatory_services", "2026-10-20", 30)],
                c=[("C24", "sched", "contact the family to reschedule the cancelled 10/20 PT make-up",
                    "Our scheduling team will contact you within 5 business days to arrange a make-up session.", "2026-10-27")])),
)

# ---------------------------------------------------------------- T19 bus down again 10/26
T("T19", "Route 4 AM - no lift bus today",
  dict(id="T19.1", frm="doreen", to=["jo", "dale"], cc=["marlene"], date="2026-10-26 06:52", arrival="yahoo-forward",
       fwd_by="marlene", fwd_at="2026-10-26 09:30", note="I drove her in today. Jolene asked me to send this here. Mom",
       atts=[("Parent_Mileage_Reimbursement_Form.pdf", "application/pdf",
              """BELL CREEK SCHOOL DISTRICT NO. 9 - PARENT TRANSPORTATION MILEAGE REIMBURSEMENT
For families who transport a student whose IEP includes special transportation, on days the district cannot.
Student ____________  Date(s) transported ____________  Round-trip miles ______  Rate: state rate per mile
Parent/guardian signature ____________   Return to the Transportation Office, Bell Creek School.""")],
       body="""Good morning,

Bus 12 (lift bus) is down again this morning and we do not have a lift equipped vehicle for Route 4 AM. Please bring Hazel in today if you can. PM route should be covered, I will call if that changes.

The mileage reimbursement form is attached for today.

Doreen""",
       labels=L(["transportation"], m=[("transportation", "2026-10-26", None)], at=["transportation"])),
  dict(id="T19.2", frm="dale", to=["doreen"], cc=["jo", "marlene", "TRAIL"], date="2026-10-26 11:05", arrival="direct", reply="T19.1",
       body="""Doreen,

That's twice this month. On Oct 8 Jolene asked what the backup plan is when Bus 12 goes down and you said you'd check with Mr. Haugen. We never heard anything. Who do I talk to about getting an actual answer?

I'll fill out the mileage form tonight and Marlene will drop it off tomorrow.

Dale""",
       labels=L(["transportation"],
                r=[("R18", "dale", "Who do I talk to about getting an actual answer?")],
                c=[("C25", "dale", "fill out the mileage form and have it dropped off",
                    "I'll fill out the mileage form tonight and Marlene will drop it off tomorrow.", "2026-10-27")])),
  dict(id="T19.3", frm="doreen", to=["dale"], cc=["jo", "marlene", "TRAIL"], date="2026-10-27 13:22", arrival="direct", reply="T19.2",
       body="""Mr. Quillen,

Mr. Haugen is the transportation supervisor, rhaugen@bellcreek.k12.mt.us, 406-555-0122 ext. 31. He also handles the bus repair budget.

Got your mileage form this morning from Marlene, thank you. Bus 12 is back in service as of today.""",
       labels=L(["transportation"], a=["R18"], f=["C25"])),
)

# ---------------------------------------------------------------- T20 para pulled
T("T20", "Shelby coverage Thursday and Friday",
  dict(id="T20.1", frm="holly", to=["jo", "dale"], cc=["lind", "pfund", "TRAIL"], date="2026-10-30 15:40", arrival="direct",
       body="""Hi Jolene and Dale,

I want to be upfront with you about this week. On Thursday 10/29 and Friday 10/30 Shelby was pulled in the afternoons to cover the kindergarten room because we had two staff out sick and no subs. Mrs. Lindqvist and I took turns with Hazel, but Thursday afternoon was the second grade writing benchmark and she did not have anyone to write for her, and she had to stop when the class stopped instead of getting her time and a half.

That isn't OK and it's not what her IEP says. We will re-give the writing benchmark next week with Shelby writing for her and the full 1.5x time, and the first score will be thrown out.

Holly""",
       labels=L(["paraprofessional", "scribe", "extended_time"],
                m=[("paraprofessional", "2026-10-29", None), ("paraprofessional", "2026-10-30", None),
                   ("scribe", "2026-10-29", None), ("extended_time", "2026-10-29", None)],
                c=[("C26", "holly", "re-give the writing benchmark with a scribe and 1.5x time",
                    "We will re-give the writing benchmark next week with Shelby writing for her and the full 1.5x time", "2026-11-06")])),
  dict(id="T20.2", frm="jo", to=["holly"], cc=["dale", "pfund"], date="2026-10-30 19:18", arrival="bcc-self", reply="T20.1",
       client="gmail-android",
       body="""Holly thank you for telling me instead of me finding out from Hazel. How many times this year has Shelby been pulled from her? Hazel said "Shelby goes to the babies sometimes" a few weeks ago and I didn't think much of it.

Is there a plan so this stops happening?""",
       sig="Sent from my Galaxy",
       labels=L(["paraprofessional"],
                r=[("R19", "jo", "How many times this year has Shelby been pulled from her?"),
                   ("R20", "jo", "Is there a plan so this stops happening?")])),
  dict(id="T20.3", frm="holly", to=["jo"], cc=["dale", "pfund", "TRAIL"], date="2026-11-02 08:10", arrival="direct", reply="T20.2",
       body="""Hi Jolene,

I went back through the office sub/coverage sheets. Shelby has been pulled from Hazel on four afternoons this year:

  Date        Time           Covered
  Thu 9/17    12:30-3:15     kindergarten (teacher at training)
  Thu 10/8    12:30-3:15     3rd grade (no sub)
  Thu 10/29   12:30-3:15     kindergarten (staff illness)
  Fri 10/30   12:30-3:15     kindergarten (staff illness)

On the plan: I've asked Mr. Pfund and I'll let you know what he decides.""",
       labels=L(["paraprofessional"], a=["R19"],
                m=[("paraprofessional", "2026-09-17", 165), ("paraprofessional", "2026-10-08", 165),
                   ("paraprofessional", "2026-10-29", 165), ("paraprofessional", "2026-10-30", 165)],
                c=[("C27", "holly", "tell the parent what the principal decides about para coverage",
                    "I've asked Mr. Pfund and I'll let you know what he decides.", None)])),
  dict(id="T20.4", frm="pfund", to=["jo"], cc=["holly", "dale", "TRAIL"], date="2026-11-02 17:20", arrival="direct", reply="T20.3",
       body="""Effective tomorrow Shelby is off the coverage list. GP""",
       labels=L(["paraprofessional"], a=["R20"], f=["C27"],
                c=[("C28", "pfund", "take Shelby off the coverage list", "Effective tomorrow Shelby is off the coverage list.", "2026-11-03")])),
)

# ---------------------------------------------------------------- T21 nurse, AFO skin
T("T21", "Hazel - AFO rubbing",
  dict(id="T21.1", frm="nurse", to=["jo"], cc=["lind"], date="2026-11-02 13:10", arrival="direct",
       body="""Hi Jolene,

Hazel came to my office after recess with a red spot on her left ankle bone where the new AFO rubs. No blister, skin intact. I padded it with moleskin.

I'll check her skin at lunch every day this week and send you a note on Friday with how it looks. You may want to call the orthotist about an adjustment.

Tammy""",
       labels=L([],
                c=[("C29", "nurse", "check Hazel's skin daily and report Friday",
                    "I'll check her skin at lunch every day this week and send you a note on Friday with how it looks.", "2026-11-06")])),
  dict(id="T21.2", frm="nurse", to=["jo"], cc=["lind"], date="2026-11-06 14:25", arrival="direct", reply="T21.1",
       body="""Skin checks Mon-Fri all looked good, the red spot is fading and the moleskin is holding. Have a good weekend!""",
       labels=L([], f=["C29"])),
)

# ---------------------------------------------------------------- T22 APE follow-up (never answered)
T("T22", "Re: Adapted PE make-up time",
  dict(id="T22.1", frm="jo", to=["cody"], cc=["holly"], date="2026-11-04 20:35", arrival="bcc-self",
       body="""Hi Coach,

In September you said you'd add 15 minutes onto her Tuesday sessions in October to make up the two APE days she missed. Hazel says PE "is the same as always." Did the extra time happen? If it did, great, I just want to have it down.

Thanks,
Jolene""",
       sig="",
       labels=L(["specialized_instruction", "compensatory_services"],
                r=[("R21", "jo", "Did the extra time happen?")])),
)

# ---------------------------------------------------------------- T23 benchmark redone + speech missed (Lindqvist)
T("T23", "Writing benchmark",
  dict(id="T23.1", frm="lind", to=["jo", "dale"], cc=["holly"], date="2026-11-05 16:50", arrival="direct",
       body="""Hi Jolene and Dale,

It was so nice to see you both at conferences tonight. I'm sorry I ran long with the family before you.

I wanted to put in writing what I told you: Hazel redid the writing benchmark yesterday morning with Shelby writing for her and no rush at all, she used about an hour and ten minutes, which is right around her time and a half. She told a story about the goats at the pumpkin patch and it was leaps ahead of the first try. Her new score is in the grade book and the first one is gone.

One more thing I noticed today and wanted to mention: her Wednesday speech didn't happen this week (11/4) because Mrs. Feeney was at Reed Point for an evaluation. I don't know if she's planning to make it up, so you may want to ask her.

Thank you for sharing her with us!""",
       labels=L(["scribe", "extended_time", "paraprofessional", "speech_language_therapy"], f=["C26"],
                m=[("speech_language_therapy", "2026-11-04", 20)])),
)

# ---------------------------------------------------------------- T24 Q1 progress report
T("T24", "Hazel - 1st quarter IEP progress report",
  dict(id="T24.1", frm="holly", to=["jo", "dale"], cc=[], date="2026-11-06 12:15", arrival="outlook-forward",
       fwd_by="dale", fwd_at="2026-11-06 13:02", note="Progress report. Looks like she is doing well. -D",
       atts=[("Quillen_Hazel_IEP_Progress_Q1.pdf", "application/pdf",
              """IEP PROGRESS REPORT - Quarter 1, 2026-27   Student: Hazel Quillen   Grade 2
Goal 1 (Mobility - physical therapy): walk 300 ft in the hallway with posterior walker and standby assist.
  Baseline 150 ft. Current 210 ft. Progress: sufficient to meet goal. PT sessions delivered: 14 of 18 scheduled.
Goal 2 (Fine motor - occupational therapy): copy 8 lower-case letters legibly on the slant board with adapted grip.
  Current 5 of 8. Progress: sufficient. Handwriting samples enclosed.
Goal 3 (Communication - speech-language): use her core board or 3-word phrases to make comments, 8 of 10 opportunities.
  Current 6 of 10. Progress: sufficient.
Goal 4 (Written expression - specialized instruction): dictate or type with word prediction a 3-sentence response.
  Current: 4 sentences with the iPad word prediction app. Goal met; new goal proposed at annual review.
Goal 5 (Math - specialized instruction): add within 20 using a number line. Current 70%.
Adapted PE: throw and catch a 10-inch ball from the wheelchair, 4 of 5. Progress: sufficient.""")],
       body="""Hi Jolene and Dale,

Attached is Hazel's first quarter IEP progress report. Megan's handwriting samples went home in the Friday folder today with a paper copy.

She's on track on every goal, and she met her writing goal early, so we'll write a new one at the annual review.

Holly""",
       labels=L(["progress_report", "occupational_therapy"], f=["C18"],
                at=["progress_report", "physical_therapy", "occupational_therapy", "speech_language_therapy",
                    "assistive_technology", "specialized_instruction"])),
)

# ---------------------------------------------------------------- T25 Kurt about the meeting
T("T25", "IEP mtg 11/19",
  dict(id="T25.1", frm="kurt", to=["jo", "holly"], cc=[], date="2026-11-09 12:40", arrival="gmail-forward",
       fwd_at="2026-11-09 19:15", note="so no Kurt at the meeting",
       body="""Holly asked whether I can make 11/19 - I can't, Thurs AM I'm at the clinic in Big Timber. Will send written PT update to Holly by 11/17 so it's in the packet.

FYI pt absent 11/5 (out sick per office), so no session that day. Next Thurs as usual.

KJ""",
       labels=L(["iep_meeting", "physical_therapy"], a=["R16"], f=["C21"],
                c=[("C30", "kurt", "send a written PT update for the IEP meeting",
                    "Will send written PT update to Holly by 11/17 so it's in the packet.", "2026-11-17")])),
)

# ---------------------------------------------------------------- T26 speech push-in (Carla)
T("T26", "Speech change on Mondays",
  dict(id="T26.1", frm="carla", to=["jo", "dale"], cc=["lind"], date="2026-11-09 15:10", arrival="direct",
       body="""Hi Jolene and Dale,

Starting next Monday (11/16) I'd like to move Hazel's Monday speech session into the classroom during morning meeting. She has been answering "What did you do this weekend?" with her core board in my room and I want her doing it in front of her friends where it counts. Wednesdays stay pull-out in my room.

I also owe her 20 minutes from last Wednesday (I was at Reed Point). I'll make it up this Friday 11/13 during free choice.""",
       labels=L(["speech_language_therapy", "assistive_technology", "compensatory_services"],
                m=[("speech_language_therapy", "2026-11-04", 20)],
                c=[("C31", "carla", "make up the 11/4 speech session on Friday 11/13",
                    "I'll make it up this Friday 11/13 during free choice.", "2026-11-13")])),
  dict(id="T26.2", frm="dale", to=["carla"], cc=["jo", "TRAIL"], date="2026-11-10 06:30", arrival="direct", reply="T26.1",
       body="""Mrs. Feeney, sounds good to us. Is the classroom session still the full 20 minutes? Morning meeting seems short.

Dale""",
       labels=L(["speech_language_therapy"], r=[("R22", "dale", "Is the classroom session still the full 20 minutes?")])),
  dict(id="T26.3", frm="carla", to=["dale"], cc=["jo", "TRAIL"], date="2026-11-10 12:02", arrival="direct", reply="T26.2",
       body="""Yes - morning meeting runs 25 minutes and I'll be there for 20 of it with her, and I log it the same as pull-out.""",
       labels=L(["speech_language_therapy"], a=["R22"])),
)

# ---------------------------------------------------------------- T27 comp services request to the director
T("T27", "Hazel Quillen - missed services and compensatory plan",
  dict(id="T27.1", frm="jo", to=["vick"], cc=["holly", "dale"], date="2026-11-10 21:48", arrival="bcc-self",
       body="""Dr. Vickery,

I'm Hazel Quillen's mom (2nd grade, Bell Creek). I've been keeping track of services Hazel has missed this fall. Some were made up and I'm grateful for that, but several were not, and I'd like the co-op to look at the whole picture before her annual review on 11/19.

Service       Date       Min    Why                                Made up?
PT            9/10       30     therapist out                      yes, 9/18
Adapted PE    9/22       30     gym used for picture day           no (promised, not done)
Adapted PE    9/24       30     gym used for vision screening      no (promised, not done)
Speech        9/28       20     SLP at training                    yes, Friday session
OT            9/29       30     OT covering evals                  yes, 10/16
OT            10/1       30     OT covering evals                  yes, 10/23
PT            10/8       30     lift bus late                      no - make-up on 10/20 was cancelled
Transportation 10/26     -      lift bus down, grandma drove her   n/a
Para          9/17, 10/8, 10/29, 10/30   afternoons pulled for coverage

I am asking for a written compensatory services plan for the PT and adapted PE sessions that were never made up.

I'd also like to know, for the third time now, whether the district has any backup for Bus 12. Is there a backup lift bus, or a contract with anyone?

Thank you for your time.

Jolene Quillen""",
       sig="",
       labels=L(["compensatory_services", "physical_therapy", "specialized_instruction", "speech_language_therapy",
                 "occupational_therapy", "transportation", "paraprofessional"],
                m=[("physical_therapy", "2026-09-10", 30), ("specialized_instruction", "2026-09-22", 30),
                   ("specialized_instruction", "2026-09-24", 30), ("speech_language_therapy", "2026-09-28", 20),
                   ("occupational_therapy", "2026-09-29", 30), ("occupational_therapy", "2026-10-01", 30),
                   ("physical_therapy", "2026-10-08", 30), ("transportation", "2026-10-26", None),
                   ("paraprofessional", "2026-09-17", None), ("paraprofessional", "2026-10-08", None),
                   ("paraprofessional", "2026-10-29", None), ("paraprofessional", "2026-10-30", None)],
                r=[("R23", "jo", "I am asking for a written compensatory services plan for the PT and adapted PE sessions that were never made up."),
                   ("R24", "jo", "Is there a backup lift bus, or a contract with anyone?")])),
  dict(id="T27.2", frm="vick", to=["jo"], cc=[], date="2026-11-10 21:49", arrival="gmail-forward", reply="T27.1", quote=False,
       auto=True, subject="Automatic reply: Hazel Quillen - missed services and compensatory plan",
       fwd_at="2026-11-11 06:40", note="",
       body="""I am out of the office at the Montana Council of Administrators of Special Education fall conference, November 10-13, with limited access to email. I will respond when I return on Monday, November 16.

For urgent matters please contact Pam Ostby at the co-op office, 406-555-0111.""",
       sig="",
       labels=L([])),
  dict(id="T27.3", frm="vick", to=["jo"], cc=["holly", "dale"], date="2026-11-16 10:37", arrival="apple-forward", reply="T27.1",
       fwd_at="2026-11-16 12:01", note="Finally. FYI",
       body="""Mrs. Quillen,

Thank you for the detailed list; it is very helpful. I've asked Holly to pull the service logs from Big Sky and from Mr. Rasmussen so we're working from the same numbers. We will have a compensatory services plan on the agenda for Thursday's meeting, and I will attend.

Regards,
Dr. Vickery""",
       labels=L(["compensatory_services", "iep_meeting"],
                c=[("C32", "vick", "put a compensatory services plan on the 11/19 IEP meeting agenda",
                    "We will have a compensatory services plan on the agenda for Thursday's meeting, and I will attend.", "2026-11-19")])),
)

# ---------------------------------------------------------------- T28 IEP meeting reminder + draft
T("T28", "Reminder - Hazel's IEP meeting Thursday 7:45",
  dict(id="T28.1", frm="holly", to=["jo", "dale"], cc=["TRAIL"], date="2026-11-17 14:05", arrival="direct",
       atts=[("DRAFT_IEP_Quillen_Hazel_2026-11-19.pdf", "application/pdf",
              """DRAFT - FOR DISCUSSION AT THE 11/19/2026 MEETING - Hazel Quillen
Special education and related services: specialized instruction (math, written expression) 150 min/week;
physical therapy 2 x 30 min/week; occupational therapy 2 x 30 min/week; speech-language therapy 2 x 20 min/week;
adapted physical education 2 x 30 min/week; paraprofessional support full day; special transportation (lift bus).
Accommodations: extended time 1.5x on tests and timed work; scribe for written responses over two sentences;
rest breaks as needed; modified spelling and writing assignments; slant board and adapted grips; iPad with word
prediction; core vocabulary board.
Extended school year: to be determined by the team.""")],
       body="""Hi both,

Just a reminder that Hazel's annual IEP meeting is this Thursday, 11/19, at 7:45 in the library. Coffee will be on. The draft IEP is attached so you can look it over ahead of time; nothing in it is final.

I haven't gotten Kurt's written PT update yet.

See you Thursday!""",
       labels=L(["iep_meeting", "physical_therapy"],
                at=["specialized_instruction", "physical_therapy", "occupational_therapy", "speech_language_therapy",
                    "paraprofessional", "transportation", "extended_time", "scribe", "breaks", "reduced_assignments",
                    "assistive_technology", "extended_school_year"])),
  dict(id="T28.2", frm="dale", to=["holly"], cc=["jo", "TRAIL"], date="2026-11-18 07:12", arrival="direct", reply="T28.1",
       body="""Holly - we'll both be there. Read the draft last night. Will the scribe cover math word problems too, or only writing? She has the same trouble getting numbers down.

Dale""",
       labels=L(["iep_meeting", "scribe"], r=[("R25", "dale", "Will the scribe cover math word problems too, or only writing?")])),
)

# ---------------------------------------------------------------- T29 meeting summary
T("T29", "Summary of 11/19 IEP meeting - Hazel Quillen",
  dict(id="T29.1", frm="holly", to=["jo", "dale"], cc=["vick", "pfund", "TRAIL"], date="2026-11-20 15:30", arrival="direct",
       body="""Hi Jolene and Dale,

Thank you for a really productive meeting. Here is my summary of what the team agreed to:

- Scribe: added for math word problems and any written response over two sentences, in all classes.
- Extended time stays at 1.5x; rest breaks stay as written.
- ESY: Hazel qualifies for ESY physical therapy and occupational therapy this summer (2 x 30 each per week for six weeks). We'll set the summer dates in the spring.
- Compensatory services: the team agreed to 90 minutes of compensatory PT and 60 minutes of compensatory adapted PE, to be delivered by the end of January. Dr. Vickery will send you the written compensatory services plan by December 4.
- Para: Mr. Pfund confirmed Shelby will not be used for building coverage. (Please note Shelby was pulled for the lunchroom on Friday 11/13 before this was settled; that's on the comp list too.)
- Kurt's written update never arrived; the team used his progress notes from the Q1 report.

I will send the final IEP for your signatures by Wednesday 11/25.

Holly""",
       labels=L(["iep_meeting", "scribe", "extended_time", "breaks", "extended_school_year", "compensatory_services",
                 "physical_therapy", "occupational_therapy", "specialized_instruction", "paraprofessional"],
                a=["R23", "R25"], f=["C32"],
                m=[("paraprofessional", "2026-11-13", None)],
                c=[("C33", "vick", "send the written compensatory services plan",
                    "Dr. Vickery will send you the written compensatory services plan by December 4.", "2026-12-04"),
                   ("C34", "holly", "send the final IEP for signatures", "I will send the final IEP for your signatures by Wednesday 11/25.", "2026-11-25")])),
  dict(id="T29.2", frm="jo", to=["holly"], cc=["dale", "vick"], date="2026-11-21 09:40", arrival="bcc-self", reply="T29.1",
       body="""Thanks Holly, this matches my notes except one thing. I wrote down that ESY PT would be 3 x 30 a week because of how much she lost last summer, and Dr. Vickery agreed. Can you check the notes and fix that before you send the final?

Also I'll bring in the signed consent for the AT evaluation Monday morning.

Jolene""",
       sig="",
       labels=L(["extended_school_year", "physical_therapy", "evaluation", "assistive_technology"],
                r=[("R26", "jo", "Can you check the notes and fix that before you send the final?")],
                c=[("C35", "jo", "bring in the signed AT evaluation consent", "I'll bring in the signed consent for the AT evaluation Monday morning.", "2026-11-23")])),
  dict(id="T29.3", frm="holly", to=["jo"], cc=["dale", "vick", "TRAIL"], date="2026-11-23 15:12", arrival="direct", reply="T29.2",
       body="""Hi Jolene,

Good catch, my notes just say "ESY PT/OT" with no minutes. I'm checking with Dr. Vickery on the 3 x 30 and I'll have the ESY minutes corrected before the final goes out Wednesday.

Have a restful Thanksgiving if I don't talk to you before then!""",
       labels=L(["extended_school_year", "physical_therapy"], a=["R26"],
                c=[("C36", "holly", "correct the ESY PT minutes in the final IEP",
                    "I'll have the ESY minutes corrected before the final goes out Wednesday.", "2026-11-25")])),
)

# ---------------------------------------------------------------- T30 grandma about PM bus (yahoo)
T("T30", "PM bus Tuesday",
  dict(id="T30.1", frm="marlene", to=["doreen"], cc=["jo"], date="2026-11-23 16:20", arrival="yahoo-forward",
       fwd_by="marlene", fwd_at="2026-11-23 16:24", note="for Jolene's file",
       body="""Hi Doreen, Hazel has a dentist appointment in Big Timber on Tuesday 11/24, so she won't be riding the lift bus home that day.

Also will the PM bus still run the Wednesday before Thanksgiving or is there no school?

Thank you, Marlene Voss""",
       sig="",
       labels=L(["transportation"], r=[("R27", "marlene", "will the PM bus still run the Wednesday before Thanksgiving or is there no school?")])),
)

# search queries: (query, topic); expected = every arrived message whose own text carries the topic
QUERIES = [
    ("lift bus", "transportation"),
    ("bus", "transportation"),
    ("physical therapy", "physical_therapy"),
    ("PT", "physical_therapy"),
    ("occupational therapy", "occupational_therapy"),
    ("speech", "speech_language_therapy"),
    ("slant board", "assistive_technology"),
    ("word prediction", "assistive_technology"),
    ("scribe", "scribe"),
    ("extra time", "extended_time"),
    ("para", "paraprofessional"),
    ("make-up session", "compensatory_services"),
    ("compensatory services", "compensatory_services"),
    ("ESY", "extended_school_year"),
    ("IEP meeting", "iep_meeting"),
    ("progress report", "progress_report"),
    ("adapted PE", "specialized_instruction"),
]
