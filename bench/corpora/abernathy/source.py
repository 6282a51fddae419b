# Content of the "abernathy" corpus: people, threads, messages, gold labels.
# Dates are local wall-clock times in America/New_York ("YYYY-MM-DD HH:MM").

CORPUS = "abernathy"
AS_OF = "2026-03-31"
TIMEZONE = "America/New_York"
USER = {"name": "Renee Abernathy", "email": "renee.abernathy@gmail.com", "role": "parent"}
TRAIL = "abernathy.papertrail@fastmail.com"
STUDENTS = ["Caleb Abernathy"]
NON_SCHOOL_DAYS = ["2026-02-16"]  # teacher workday (Presidents' Day)

CONF = ("CONFIDENTIALITY NOTICE: This message and any attachments may contain confidential student "
        "information protected by FERPA and the IDEA, and are intended only for the named recipient(s). "
        "If you received this in error, please delete it and notify the sender. Correspondence sent to or "
        "from Laurel Fork County Schools may be a public record under N.C.G.S. Chapter 132.")

# key: (display name, email, role, client, signature)
P = {
 "renee": ("Renee Abernathy", "renee.abernathy@gmail.com", "parent", "gmail", ""),
 "renee_phone": ("Renee Abernathy", "renee.abernathy@gmail.com", "parent", "iphone", "Sent from my iPhone"),
 "hal": ("Harold Abernathy", "hal.abernathy@yahoo.com", "other", "yahoo", "Hal Abernathy"),
 "farrow": ("Lydia Farrow", "lfarrow@lfcs.k12.nc.us", "school", "outlook",
            "Lydia Farrow, M.Ed.\nEC Teacher / Case Manager, 6th Grade\nPinecrest Middle School | Laurel Fork County Schools\n336-555-0143 ext. 2207\n\n" + CONF),
 "petty": ("Ron Petty", "rpetty@lfcs.k12.nc.us", "school", "outlook",
           "Ron Petty\nEC Transportation Coordinator\nLaurel Fork County Schools Transportation Dept.\nDispatch 336-555-0188 | Cell 336-555-0191"),
 "honeycutt": ("Keith Honeycutt", "khoneycutt@lfcs.k12.nc.us", "school", "outlook",
               "Dr. Keith Honeycutt\nPrincipal, Pinecrest Middle School\n\"Panthers Persevere\"\n\n" + CONF),
 "crump": ("Yvette Crump", "ycrump@lfcs.k12.nc.us", "school", "outlook",
           "Yvette Crump\nAssistant Principal / School Test Coordinator\nPinecrest Middle School"),
 "tillery": ("Greg Tillery", "gtillery@lfcs.k12.nc.us", "school", "outlook",
             "Greg Tillery, PT, DPT\nPhysical Therapist - Related Services\nLaurel Fork County Schools EC Department\n\n" + CONF),
 "raman": ("Anjali Raman", "araman@lfcs.k12.nc.us", "school", "outlook",
           "Anjali Raman, MS, OTR/L\nOccupational Therapist | Pinecrest MS, Laurel Fork MS, Oak Run ES"),
 "weeks": ("Darnell Weeks", "dweeks@lfcs.k12.nc.us", "school", "iphone_outlook", "Sent from my iPhone"),
 "pressley": ("Jonah Pressley", "jpressley@lfcs.k12.nc.us", "school", "outlook",
              "Mr. Pressley\nELA 6 | Team Summit\nPinecrest Middle School"),
 "bumgarner": ("Carla Bumgarner", "cbumgarner@lfcs.k12.nc.us", "school", "iphone_outlook", "Sent from my iPhone"),
 "bumgarner_desk": ("Carla Bumgarner", "cbumgarner@lfcs.k12.nc.us", "school", "outlook",
                    "Carla Bumgarner\n6th Grade Science | Team Summit\nPinecrest Middle School"),
 "lail": ("Travis Lail", "tlail@lfcs.k12.nc.us", "school", "outlook",
          "Travis Lail\nInstructional Technology Facilitator\nPinecrest MS / Laurel Fork MS\nNeed help? Submit a ticket at the LFCS Help Desk."),
 "shoaf": ("Kim Shoaf", "kshoaf@lfcs.k12.nc.us", "school", "outlook",
           "Kim Shoaf, BSN, RN\nSchool Nurse, Pinecrest Middle School\nLaurel Fork County Health Department / LFCS School Health\n\n" + CONF),
 "whitfield": ("Sharon Whitfield", "swhitfield@lfcs.k12.nc.us", "school", "outlook",
               "Sharon Whitfield, Ed.D.\nDirector of Exceptional Children\nLaurel Fork County Schools\n410 Mill Street, Laurel Fork, NC 27299\n336-555-0100\n\n" + CONF),
 "pruitt": ("Gwendolyn Pruitt", "gpruitt@cfap-nc.org", "other", "outlook",
            "Gwendolyn Pruitt\nParent Advocate\nCarolina Family Advocacy Partners\n(336) 555-0172\nWe are not attorneys and do not provide legal advice."),
 "news": ("Pinecrest Middle School", "pinecrest-news@lfcs.k12.nc.us", "school", "outlook", ""),
}

DR_S = "Dr. Whitfield"

THREADS = [
# ---------------------------------------------------------------- T1 lift bus late
{"id": "T1", "subject": "Route 31 lift bus late again", "messages": [
 {"id": "T1.1", "from": "renee", "to": ["petty"], "cc": ["farrow"], "date": "2026-01-21 08:02", "arrival": "bcc-self",
  "body": """Mr. Petty,

This is the second morning in a row that Caleb's lift bus has not shown up on time. Yesterday (Tuesday) the bus got to our driveway at 7:51 when pickup is 7:10, and he rolled into first period math more than half an hour late. This morning it never came at all by 7:45 so I loaded him and the chair into my van and drove him myself, which made me late for my own job.

Caleb uses a wheelchair and his IEP says he rides a lift-equipped bus. He cannot just hop on another bus or get a ride with a neighbor like other kids.

Is bus 212 broken down, or is this a driver problem?

I have cc'd Ms. Farrow, his case manager, so she knows why he is missing the beginning of first period.

Renee Abernathy
(Caleb Abernathy, 6th grade, Pinecrest MS)""",
  "labels": {"topics": ["transportation"],
   "requests": [{"id": "R1", "quote": "Is bus 212 broken down, or is this a driver problem?"}],
   "missed": [("transportation", "2026-01-20", None), ("transportation", "2026-01-21", None)]}},
 {"id": "T1.2", "from": "petty", "to": ["renee"], "cc": ["farrow"], "date": "2026-01-21 13:40", "reply_to": "T1.1",
  "arrival": "gmail-forward", "forwarded_at": "2026-01-21 19:05", "forward_note": "keeping this one",
  "body": """Mrs. Abernathy,

My apologies for the late pickups this week. It is not a driver problem. Bus 212 failed its lift inspection Monday afternoon (hydraulic leak on the platform) and it is in our shop. Until it's repaired the spare lift bus, 87, is running Route 31 on top of its own route, and that's why it's been so far behind. Dispatch should have let you know, and that's on us.

Bus 212 should be back on Route 31 by Monday, January 26. Until then, from now on dispatch will text you at the cell number we have on file any morning the lift bus is going to be more than 10 minutes late.

Again I'm sorry for the trouble.""",
  "labels": {"topics": ["transportation"], "answers": ["R1"],
   "commitments": [
     {"id": "C1", "by": "petty", "what": "have bus 212 back on Route 31", "quote": "Bus 212 should be back on Route 31 by Monday, January 26.", "due": "2026-01-26"},
     {"id": "C2", "by": "petty", "what": "have dispatch text the family when the lift bus will be more than 10 minutes late",
      "quote": "from now on dispatch will text you at the cell number we have on file any morning the lift bus is going to be more than 10 minutes late", "due": None}]}},
 {"id": "T1.3", "from": "renee_phone", "to": ["petty"], "cc": ["farrow"], "date": "2026-01-27 07:58", "reply_to": "T1.2", "arrival": "bcc-self",
  "body": """Mr Petty its Tuesday the 27th and we still have bus 87. It came at 7:37 today, 27 min late, and no text from dispatch. Caleb missed the start of math again. So much for Monday.""",
  "labels": {"topics": ["transportation"],
   "missed": [("transportation", "2026-01-27", None)]}},
 {"id": "T1.4", "from": "petty", "to": ["renee"], "date": "2026-01-30 14:05", "reply_to": "T1.3", "arrival": "direct",
  "body": """Mrs. Abernathy,

The part for 212 came in Wednesday. 212 passed re-inspection yesterday and was back on Route 31 this morning; the driver logged Caleb's pickup at 7:09.

Thank you for your patience.""",
  "labels": {"topics": ["transportation"], "fulfills": ["C1"]}},
]},
# ---------------------------------------------------------------- T2 bus with no lift
{"id": "T2", "subject": "bus this morning", "messages": [
 {"id": "T2.1", "from": "hal", "to": ["renee"], "date": "2026-02-03 08:24", "arrival": "apple-forward",
  "forward_by": "renee_phone", "forwarded_at": "2026-02-03 09:02", "forward_note": "Dad's account of this morning. Sending to the file before I call the school.",
  "body": """Renee,

Well they did it again. I got to your place at 6:50 like always and at 7:15 here comes a regular yellow bus, number 64, no lift on it at all. The driver was a young fella, nice enough, and he said he could carry Caleb up the steps and fold the chair and put it in the front seat. I told him absolutely not, that boy weighs 90 pounds and if he drops him on them steel steps we are looking at a broken leg or worse, and the chair is not made to be thrown around either.

So I put him in the truck and drove him myself. Took some doing getting him up in the cab and the chair in the bed. We got to Pinecrest at 8:05 so he was late for first period. Lady in the front office signed him in.

I'll be at your house by 6:45 every morning the rest of this week till they get it straightened out, so dont you worry about the mornings.

Somebody ought to answer for sending a bus with no lift to a boy in a wheelchair.

Dad""",
  "signature": "",
  "labels": {"topics": ["transportation"],
   "commitments": [{"id": "C3", "by": "hal", "what": "be at the house every morning that week to take Caleb if the bus fails",
                    "quote": "I'll be at your house by 6:45 every morning the rest of this week till they get it straightened out", "due": "2026-02-06"}],
   "missed": [("transportation", "2026-02-03", None)]}},
 {"id": "T2.2", "from": "hal", "to": ["renee"], "date": "2026-02-06 19:40", "reply_to": "T2.1", "arrival": "yahoo-forward", "quote": False,
  "forward_by": "hal", "forwarded_at": "2026-02-06 19:46", "forward_note": "for your file Renee like you asked",
  "body": """Renee

Report for the week. I was there every morning like I said. Lift bus came Wednesday 7:08, Thursday 7:11, and this morning 7:24 which is late but he still made it in before the bell, driver said there was a wreck on Hwy 66. Same driver as before, Ms. Dot, the one he likes.

Dad""",
  "signature": "",
  "labels": {"topics": ["transportation"], "fulfills": ["C3"]}},
]},
{"id": "T17", "subject": "Bus with NO wheelchair lift sent for Caleb Abernathy this morning", "messages": [
 {"id": "T17.1", "from": "renee", "to": ["petty"], "cc": ["honeycutt", "farrow"], "date": "2026-02-03 09:41", "arrival": "bcc-self",
    "body": """Mr. Petty,

This morning a regular bus (#64) with no wheelchair lift was sent to pick up my son Caleb. The driver offered to carry him up the bus steps and fold his wheelchair. My father refused and drove Caleb to school himself, and Caleb arrived after 8:00 and missed the start of first period.

Caleb's IEP requires transportation on a lift-equipped bus as a related service. Offering to carry a 6th grader with spina bifida up bus steps is unsafe, and nobody called me to say the lift bus would not be coming.

Who decided to send a bus with no wheelchair lift for a child whose IEP says lift-equipped transportation?

I also expect this afternoon's run to be a lift bus. Dr. Honeycutt and Ms. Farrow are copied so the school is aware.

Renee Abernathy""",
  "labels": {"topics": ["transportation"],
   "requests": [{"id": "R3", "quote": "Who decided to send a bus with no wheelchair lift for a child whose IEP says lift-equipped transportation?"}],
   "missed": [("transportation", "2026-02-03", None)]}},
 {"id": "T17.2", "from": "petty", "to": ["renee"], "cc": ["honeycutt", "farrow"], "date": "2026-02-05 16:45", "reply_to": "T17.1",
  "arrival": "thunderbird-forward", "forwarded_at": "2026-02-05 21:12", "forward_note": "",
  "body": """Mrs. Abernathy,

To answer your question directly: the dispatcher on duty Tuesday filled the Route 31 substitute from the general list instead of the lift list. Nobody decided to send a non-lift bus on purpose, but the result is the same and I own it. We have since locked Route 31 so the system will only allow a lift-equipped bus to be assigned to it.

If a lift bus is ever not available, the plan is that dispatch calls you before 6:30 AM and the district reimburses you to drive him, or we send a lift-equipped activity bus from the county garage.

I will send you the written contingency plan by Friday, February 13.""",
  "labels": {"topics": ["transportation"], "answers": ["R3"], "missed": [("transportation", "2026-02-03", None)],
   "commitments": [{"id": "C4", "by": "petty", "what": "send the written transportation contingency plan",
                    "quote": "I will send you the written contingency plan by Friday, February 13.", "due": "2026-02-13"}]}},
]},
# ---------------------------------------------------------------- T3 para pulled for lunch duty
{"id": "T3", "subject": "Ms. Sizemore at lunch", "messages": [
 {"id": "T3.1", "from": "renee", "to": ["farrow"], "date": "2026-02-11 20:15", "arrival": "bcc-self",
  "body": """Hi Ms. Farrow,

Caleb told me tonight that Ms. Sizemore was working the cafeteria at lunch yesterday and again today. Both days he sat by the elevator after lunch waiting for someone to ride up with him and help him get his things into 5th period, about 20 minutes each time, and he was late to social studies. He was embarrassed to tell me.

Ms. Sizemore is his 1:1 assistant for transfers and mobility. She is not supposed to be on a duty that leaves him alone.

Was Ms. Sizemore assigned to lunch duty, and if so, who was supposed to be with Caleb?

Thanks,
Renee Abernathy""",
  "signature": "",
  "labels": {"topics": ["paraprofessional"],
   "requests": [{"id": "R4", "quote": "Was Ms. Sizemore assigned to lunch duty, and if so, who was supposed to be with Caleb?"}],
   "missed": [("paraprofessional", "2026-02-10", 20), ("paraprofessional", "2026-02-11", 20)]}},
 {"id": "T3.2", "from": "farrow", "to": ["renee"], "date": "2026-02-12 11:05", "reply_to": "T3.1",
  "arrival": "gmail-forward", "forwarded_at": "2026-02-12 12:31", "forward_note": "she admits it. 2 days", "html": True,
  "body": """Good morning Mrs. Abernathy,

Thank you for letting me know, and I'm so sorry Caleb was left waiting. You're right. Ms. Sizemore was pulled to cover sixth-grade lunch duty on Tuesday and Wednesday for about 25 minutes each day because we had two staff members out, and nobody was assigned to cover her time with Caleb. That should not have happened.

I have talked with Ms. Crump, who builds the duty schedule, and Ms. Sizemore will not be put on the lunch duty rotation again. Her job during lunch and the transition after it is Caleb.

Please tell Caleb he did the right thing by waiting where he was safe.""",
  "labels": {"topics": ["paraprofessional"], "answers": ["R4"],
   "commitments": [{"id": "C5", "by": "farrow", "what": "keep Caleb's para off the lunch duty rotation",
                    "quote": "Ms. Sizemore will not be put on the lunch duty rotation again", "due": None}],
   "missed": [("paraprofessional", "2026-02-10", 25), ("paraprofessional", "2026-02-11", 25)]}},
 {"id": "T3.3", "from": "renee", "to": ["farrow"], "cc": ["honeycutt"], "date": "2026-02-24 16:32", "reply_to": "T3.2", "arrival": "bcc-self",
  "body": """Ms. Farrow, Dr. Honeycutt,

It happened again today. Caleb says Ms. Sizemore was in the cafeteria for all of B lunch with a duty vest on. He got up to the nurse for his 12:30 appointment only because a 7th grader pushed him to the elevator, and he was late to 5th period again. See Ms. Farrow's message below, from less than two weeks ago.

Dr. Honeycutt, who makes the duty schedule, and why is his assistant on it at all?

Renee""",
  "signature": "",
  "labels": {"topics": ["paraprofessional"],
   "requests": [{"id": "R5", "quote": "Dr. Honeycutt, who makes the duty schedule, and why is his assistant on it at all?"}],
   "missed": [("paraprofessional", "2026-02-24", None)]}},
 {"id": "T3.4", "from": "honeycutt", "to": ["renee"], "cc": ["farrow", "crump"], "date": "2026-02-26 07:20", "reply_to": "T3.3", "arrival": "direct",
  "body": """Mrs. Abernathy,

The duty schedule is built by Ms. Crump and approved by me, so the responsibility is mine. When we rebuilt the rotation for the third quarter, Ms. Sizemore's name was carried over from an old version of the spreadsheet. She has been taken off it permanently, and the front office has a note not to ask her to cover anything during lunch.

We also need a backup for the days she is out. Starting Monday, March 2, Mr. Ocampo will be trained on Caleb's transfers and will step in any time Ms. Sizemore is absent or reassigned.

I apologize to you and to Caleb.""",
  "labels": {"topics": ["paraprofessional"], "answers": ["R5"],
   "commitments": [{"id": "C6", "by": "honeycutt", "what": "have Mr. Ocampo trained on transfers as Caleb's backup assistant",
                    "quote": "Starting Monday, March 2, Mr. Ocampo will be trained on Caleb's transfers and will step in any time Ms. Sizemore is absent or reassigned.", "due": "2026-03-02"}]}},
]},
# ---------------------------------------------------------------- T4 scribe not provided
{"id": "T4", "subject": "Ecosystems test today", "messages": [
 {"id": "T4.1", "from": "renee", "to": ["bumgarner_desk"], "cc": ["farrow"], "date": "2026-02-12 19:48", "arrival": "bcc-self",
  "body": """Hello Mrs. Bumgarner,

Caleb came home upset about the ecosystems test. He said nobody wrote for him today, so he had to write out all the short answer questions himself, and he only got through three of the six before the bell. His IEP gives him a scribe for anything longer than a few sentences, because handwriting is very slow and tiring for him.

Can he retake the written part with a scribe and his extended time?

Thank you,
Renee Abernathy""",
  "signature": "",
  "labels": {"topics": ["scribe", "extended_time"],
   "requests": [{"id": "R6", "quote": "Can he retake the written part with a scribe and his extended time?"}],
   "missed": [("scribe", "2026-02-12", None)]}},
 {"id": "T4.2", "from": "bumgarner", "to": ["renee"], "cc": ["farrow"], "date": "2026-02-13 06:52", "reply_to": "T4.1",
  "arrival": "gmail-forward", "forwarded_at": "2026-02-13 17:10", "forward_note": "",
  "body": """Mrs Abernathy you are right and I am so sorry. Mrs Lackey my co-teacher usually writes for him during tests and she was out sick yesterday and there was no sub, and with 28 kids testing I just didnt catch it. He also didnt get his time and a half because the bell rang and we had to move on.

Yes!! He can retake the short answer part Tuesday 2/17 during Panther Time with someone scribing and he will have as long as he needs. I'll tell him today.""",
  "labels": {"topics": ["scribe", "extended_time"], "answers": ["R6"],
   "commitments": [{"id": "C7", "by": "bumgarner", "what": "let Caleb retake the short-answer section with a scribe and full time",
                    "quote": "He can retake the short answer part Tuesday 2/17 during Panther Time with someone scribing", "due": "2026-02-17"}],
   "missed": [("scribe", "2026-02-12", None), ("extended_time", "2026-02-12", None)]}},
 {"id": "T4.3", "from": "bumgarner_desk", "to": ["renee"], "cc": ["farrow"], "date": "2026-02-17 15:22", "reply_to": "T4.2", "arrival": "direct", "quote": False,
  "body": """Hi Mrs. Abernathy,

Quick update: Caleb retook the short-answer section today in the media center (we were downstairs because of the elevator). Ms. Farrow wrote down his answers word for word and he took about 40 minutes. He earned 17 out of 20 on that part, which brings his test grade to an 88. He explained food webs better out loud than most of my class does on paper!""",
  "labels": {"topics": ["scribe"], "fulfills": ["C7"]}},
]},
# ---------------------------------------------------------------- T5 elevator out
{"id": "T5", "subject": "B-hall elevator out of service today", "messages": [
 {"id": "T5.1", "from": "honeycutt", "to": ["renee"], "date": "2026-02-17 07:38", "arrival": "direct",
  "body": """Good morning,

I am writing to the families of students who use the B-hall elevator. The elevator stopped between floors during the teacher workday yesterday and is out of service this morning. No one was inside. The repair company has told us the part should arrive Wednesday.

While it is down, any second-floor class with a student who uses the elevator will meet in a first-floor room instead. For Caleb, science will meet in the media center and social studies in room 114. His teachers have the room changes. The early release from class he already has will continue so he can get to the new rooms before the hallways fill up.

Please call the front office at 336-555-0140 with any questions.""",
  "labels": {"topics": []}},
 {"id": "T5.2", "from": "renee_phone", "to": ["honeycutt"], "date": "2026-02-17 08:09", "reply_to": "T5.1", "arrival": "bcc-self",
  "body": """Thank you for letting us know. What about OT? Ms. Raman's room is upstairs next to the library annex and he goes on Tuesdays.

Is his OT still happening today?""",
  "labels": {"topics": ["occupational_therapy"],
   "requests": [{"id": "R7", "quote": "Is his OT still happening today?"}]}},
 {"id": "T5.3", "from": "raman", "to": ["renee"], "cc": ["honeycutt"], "date": "2026-02-17 12:04", "reply_to": "T5.2",
  "arrival": "gmail-forward", "forwarded_at": "2026-02-17 20:40", "forward_note": "OT cancelled 2/17",
  "body": """Hi Mrs. Abernathy, Dr. Honeycutt passed your question to me.

Unfortunately I did have to cancel Caleb's OT today. My equipment (the slant boards, the adapted keyboard station, the therapy mat) is all upstairs, and I was not able to set up anywhere downstairs on short notice. I'll add 30 minutes to his session next Tuesday (2/24) to make it up, so he will have a full hour that day.""",
  "labels": {"topics": ["occupational_therapy"], "answers": ["R7"],
   "commitments": [{"id": "C8", "by": "raman", "what": "add 30 makeup minutes to Caleb's OT session on 2/24",
                    "quote": "I'll add 30 minutes to his session next Tuesday (2/24) to make it up", "due": "2026-02-24"}],
   "missed": [("occupational_therapy", "2026-02-17", 30)]}},
 {"id": "T5.4", "from": "honeycutt", "to": ["renee"], "date": "2026-02-19 14:31", "reply_to": "T5.1", "arrival": "direct", "quote": False,
  "body": """Families,

The B-hall elevator was repaired and inspected at 1:45 this afternoon, and classes will return to their regular rooms tomorrow.

The repair required re-keying the elevator call switch, so the old keys no longer work. Mrs. Absher in the front office will have a new elevator key ready for each student who needs one by Friday. Thank you for your patience this week.""",
  "labels": {"topics": [],
   "commitments": [{"id": "C9", "by": "honeycutt", "what": "have a new elevator key ready for Caleb",
                    "quote": "Mrs. Absher in the front office will have a new elevator key ready for each student who needs one by Friday.", "due": "2026-02-20"}]}},
 {"id": "T5.5", "from": "raman", "to": ["renee"], "date": "2026-02-24 15:48", "reply_to": "T5.3", "arrival": "direct", "quote": False,
  "body": """Hi Mrs. Abernathy,

Caleb had his full 60 minutes of OT today (his regular 30 plus the 30 from last week). We spent most of it on keyboarding with word prediction turned on in Co:Writer; he is up to 16 correct words per minute when it suggests words, versus about 9 by hand. We also adjusted his slant board.

He mentioned he still does not have a working key for the elevator and has been waiting for someone with a staff key. You may want to check with the front office.""",
  "labels": {"topics": ["occupational_therapy", "assistive_technology"], "fulfills": ["C8"]}},
]},
# ---------------------------------------------------------------- T6 assistive technology on the new Chromebook
{"id": "T6", "subject": "Caleb - word prediction on new Chromebook", "messages": [
 {"id": "T6.1", "from": "pressley", "to": ["renee"], "cc": ["farrow", "lail"], "date": "2026-01-26 16:10",
  "arrival": "gmail-forward", "forwarded_at": "2026-01-26 19:55", "forward_note": "",
  "body": """Hi Mrs. Abernathy,

Heads up on something I should have caught sooner. Caleb got a new Chromebook from the media center last week (his old one's hinge cracked), and the new one does not have Co:Writer or the Read&Write extension on it. So during today's narrative writing benchmark he had no word prediction and no speech-to-text. I tried Google Docs voice typing for him but the mic on that model kept cutting out, and he ended up handwriting most of it.

I've put in a tech ticket, and Mr. Lail said he'll have both programs loaded on the new device by Friday.""",
  "labels": {"topics": ["assistive_technology"],
   "commitments": [{"id": "C10", "by": "lail", "what": "load Co:Writer and Read&Write on Caleb's new Chromebook",
                    "quote": "Mr. Lail said he'll have both programs loaded on the new device by Friday", "due": "2026-01-30"}],
   "missed": [("assistive_technology", "2026-01-26", None)]}},
 {"id": "T6.2", "from": "renee", "to": ["pressley"], "cc": ["farrow"], "date": "2026-01-26 20:11", "reply_to": "T6.1", "arrival": "bcc-self",
  "body": """Mr. Pressley,

Thank you for telling me instead of me finding out from a grade. His old Chromebook still works if you prop the screen up, it just needs a charger, and that one has everything on it. I'll send his old charger in with him tomorrow so he can use the old one until the new one is fixed.

Renee""",
  "signature": "",
  "labels": {"topics": ["assistive_technology"],
   "commitments": [{"id": "C11", "by": "renee", "what": "send the old Chromebook charger to school",
                    "quote": "I'll send his old charger in with him tomorrow so he can use the old one until the new one is fixed", "due": "2026-01-27"}]}},
 {"id": "T6.3", "from": "pressley", "to": ["renee"], "date": "2026-01-30 15:30", "reply_to": "T6.2",
  "arrival": "thunderbird-forward", "forwarded_at": "2026-01-30 21:03", "forward_note": "benchmark redo",
  "body": """Mrs. Abernathy,

Got the charger Tuesday, thank you. The old Chromebook is working fine in my room with Co:Writer on it. Caleb redid the benchmark Thursday and this morning, dictating with Read&Write's speech-to-text and using word prediction to edit, and he had his full time and a half across the two days. His new draft is twice as long as the handwritten one and I'm grading that version.""",
  "labels": {"topics": ["assistive_technology", "extended_time"], "fulfills": ["C11"]}},
 {"id": "T6.4", "from": "lail", "to": ["renee"], "cc": ["pressley", "farrow"], "date": "2026-02-04 10:02", "reply_to": "T6.1", "quote": False, "arrival": "direct",
  "body": """Hello all,

Replying to close the loop: Mr. Pressley's ticket #48213 has been resolved. Co:Writer Universal and Read&Write for Google Chrome are now installed and licensed on Chromebook asset LF-CB-20931 (student: Abernathy, Caleb). The microphone was also replaced under warranty, so voice typing and dictation should work.

Sorry for the delay; our license pool ran out and we had to wait on the district to add seats.""",
  "labels": {"topics": ["assistive_technology"], "fulfills": ["C10"]}},
]},
# ---------------------------------------------------------------- T7 PT cancelled for state testing
{"id": "T7", "subject": "PT during Check-In testing", "messages": [
 {"id": "T7.1", "from": "tillery", "to": ["renee"], "cc": ["farrow"], "date": "2026-03-02 07:15",
  "arrival": "gmail-forward", "forwarded_at": "2026-03-02 12:20", "forward_note": "",
  "body": """Mrs. Abernathy,

I've been assigned as a test administrator for the NC Check-In this week on Tuesday 3/3 and Thursday 3/5, so I won't be able to see Caleb for PT on those two days. I will make up both sessions the week of March 9.

He has been doing really well with stand-pivot transfers to the mat table and with the gait trainer in the hallway, so I don't want to lose momentum.""",
  "labels": {"topics": ["physical_therapy"],
   "commitments": [{"id": "C12", "by": "tillery", "what": "make up both missed PT sessions",
                    "quote": "I will make up both sessions the week of March 9.", "due": "2026-03-13"}]}},
 {"id": "T7.2", "from": "renee", "to": ["tillery"], "cc": ["farrow"], "date": "2026-03-02 19:30", "reply_to": "T7.1", "arrival": "bcc-self",
  "body": """Mr. Tillery,

I appreciate the notice, but that is both of his PT sessions for the week. Is a proctoring assignment really more important than a child learning to transfer safely? He already lost two sessions in January.

Can you send me the makeup dates and times in writing?

Renee Abernathy""",
  "signature": "",
  "labels": {"topics": ["physical_therapy"],
   "requests": [{"id": "R8", "quote": "Can you send me the makeup dates and times in writing?"}]}},
 {"id": "T7.3", "from": "tillery", "to": ["renee"], "date": "2026-03-02 19:30", "date_seconds": 41, "reply_to": "T7.2", "arrival": "direct", "quote": False,
  "auto_reply": True, "subject_prefix": "Automatic reply: ",
  "body": """I am out of the office for state testing duties March 2-6 and will have limited access to email. I will respond when I return on Monday, March 9. For urgent matters please contact the EC Department at 336-555-0100.""",
  "signature": "Greg Tillery, PT, DPT\nPhysical Therapist - Related Services",
  "labels": {"topics": []}},
 {"id": "T7.4", "from": "crump", "to": ["renee"], "cc": ["tillery", "farrow", "pruitt"], "date": "2026-03-06 11:10", "reply_to": "T7.2",
  "arrival": "outlook-forward", "forward_by": "pruitt", "forwarded_at": "2026-03-06 13:45",
  "forward_note": "Renee - forwarding for your records. Note she confirms both PT sessions did not happen. - Gwen",
  "body": """Mrs. Abernathy,

Mr. Tillery shared your message with me, since I am the one who assigns test administrators. We were short on staff with current test administration training this window, and I used every certified person in the building, including him. In hindsight I should have found another option for Tuesdays and Thursdays.

To confirm, Caleb's PT sessions on Tuesday 3/3 and Thursday 3/5 did not take place. Mr. Tillery is back on his regular schedule Monday.""",
  "labels": {"topics": ["physical_therapy"],
   "missed": [("physical_therapy", "2026-03-03", 30), ("physical_therapy", "2026-03-05", 30)]}},
 {"id": "T7.5", "from": "tillery", "to": ["renee"], "cc": ["farrow"], "date": "2026-03-16 16:20", "reply_to": "T7.2",
  "arrival": "gmail-forward", "forwarded_at": "2026-03-16 18:02", "forward_note": "finally, 2 weeks later",
  "body": """Mrs. Abernathy,

Sorry this took so long; I came back from testing to a stack of evaluations. Here are the makeups in writing:

1) Thursday 3/12, 1:15-1:45 PM, PT room (done; we worked on transfers wheelchair to stander)
2) Tuesday 3/17, 8:00-8:30 AM, before first period, PT room

He was a champ on Thursday.""",
  "labels": {"topics": ["physical_therapy"], "answers": ["R8"]}},
 {"id": "T7.6", "from": "tillery", "to": ["renee"], "date": "2026-03-17 09:05", "reply_to": "T7.5", "arrival": "direct", "quote": False,
  "body": """Second makeup session done this morning, 30 minutes, before first period. Both of the testing-week sessions are now made up.""",
  "signature": "Greg Tillery, PT, DPT",
  "labels": {"topics": ["physical_therapy"], "fulfills": ["C12"]}},
]},
# ---------------------------------------------------------------- T8 advocate joins
{"id": "T8", "subject": "Caleb Abernathy - following up on our call", "messages": [
 {"id": "T8.1", "from": "renee", "to": ["pruitt"], "date": "2026-02-25 21:05", "arrival": "bcc-self",
  "body": """Ms. Pruitt,

Thank you for talking with me today. To put it in one place, this is what has happened this semester with Caleb (6th grade, Pinecrest Middle, spina bifida, uses a wheelchair, IEP for orthopedic impairment and a written expression disability):

- His lift bus was late or did not come several mornings in January, and one morning they sent a bus with no lift at all.
- His 1:1 assistant was pulled to cover lunch duty three times in February.
- He had no scribe on a science test.
- His OT was cancelled when the elevator broke.
- His PT therapist missed two sessions in January and nobody ever made them up.

Would you be willing to come to an IEP meeting with me if I can get one scheduled? I'll scan his IEP pages and the emails and send them to you tomorrow.

Renee Abernathy
336-555-0124""",
  "signature": "",
  "labels": {"topics": ["transportation", "paraprofessional", "scribe", "occupational_therapy", "physical_therapy", "iep_meeting"],
   "requests": [{"id": "R9", "quote": "Would you be willing to come to an IEP meeting with me if I can get one scheduled?"}],
   "commitments": [{"id": "C13", "by": "renee", "what": "scan and send the IEP pages and emails to the advocate",
                    "quote": "I'll scan his IEP pages and the emails and send them to you tomorrow.", "due": "2026-02-26"}]}},
 {"id": "T8.2", "from": "renee", "to": ["pruitt"], "date": "2026-02-26 12:40", "reply_to": "T8.1", "arrival": "bcc-self", "quote": False,
  "attachments": [{"name": "Abernathy_C_IEP_pages_5-8.pdf", "text": [
      "Laurel Fork County Schools - Individualized Education Program (excerpt, pages 5-8)",
      "Student: Caleb Abernathy  Grade 6  Pinecrest Middle School  Eligibility: Orthopedic Impairment; Specific Learning Disability (written expression)",
      "Supplementary aids and accommodations: extended time (1.5x) on tests and written assignments; scribe for written responses longer than",
      "three sentences; speech-to-text and word prediction software (Co:Writer, Read&Write); rest breaks as needed; elevator key;",
      "release from class 5 minutes early for transitions.",
      "Related services: Physical therapy 2 x 30 min/week; Occupational therapy 1 x 30 min/week; Transportation: lift-equipped bus, door to door.",
      "Specially designed instruction: Written expression 5 x 45 min/week (EC resource); Adapted physical education 2 x 45 min/week.",
      "Personnel support: adult assistance for transfers and mobility throughout the school day."]}],
  "body": """Here are the pages from his IEP (accommodations and services) and, below, a list of the emails I have saved since January. The originals are all in my folder if you need them.

Renee""",
  "signature": "",
  "labels": {"topics": [], "fulfills": ["C13"],
   "attachment_topics": ["extended_time", "scribe", "assistive_technology", "breaks", "physical_therapy", "occupational_therapy",
                         "transportation", "specialized_instruction", "paraprofessional"]}},
 {"id": "T8.3", "from": "pruitt", "to": ["renee"], "date": "2026-02-27 09:30", "reply_to": "T8.1",
  "arrival": "gmail-forward", "forwarded_at": "2026-02-27 10:02", "forward_note": "Gwen is in!",
  "body": """Renee,

Thank you, I received the scans and read through everything last night. Yes, I will attend the meeting with you.

My suggestion is that we put the meeting request in writing rather than asking in person. I will send the request to Ms. Farrow and Dr. Whitfield on Monday and copy you. In it I will ask for the PT and OT service logs, and I will raise compensatory services for the therapy time and assistant support he has lost. A written record of each missed day helps a great deal with that, so please keep forwarding everything to your records address.""",
  "labels": {"topics": ["iep_meeting", "physical_therapy", "occupational_therapy", "compensatory_services", "paraprofessional"],
   "answers": ["R9"],
   "commitments": [{"id": "C14", "by": "pruitt", "what": "send the written meeting request to the case manager and EC director",
                    "quote": "I will send the request to Ms. Farrow and Dr. Whitfield on Monday and copy you.", "due": "2026-03-02"}]}},
]},
# ---------------------------------------------------------------- T9 meeting request
{"id": "T9", "subject": "Request for IEP team meeting - Caleb Abernathy (Gr. 6, Pinecrest MS)", "messages": [
 {"id": "T9.1", "from": "pruitt", "to": ["farrow", "whitfield"], "cc": ["renee"], "cc_raw": ["abernathy.papertrail@fastmail.com"],
  "date": "2026-03-02 08:55", "arrival": "direct",
  "body": """Dear Ms. Farrow and Dr. Whitfield,

I am writing on behalf of Mrs. Renee Abernathy, who has asked me to support her as an advocate, to request an IEP team meeting for her son Caleb Abernathy (grade 6, Pinecrest Middle School) within the next ten school days.

The family's concerns include the following:
1. Transportation: repeated late arrivals of the lift-equipped bus in January and a non-lift bus sent on February 3.
2. Paraprofessional support: Caleb's assigned assistant was reassigned to lunch duty on February 10, February 11 and February 24, leaving him without help with mobility.
3. Accommodations: no scribe was provided on a science test in February.
4. Related services: PT and OT sessions missed this semester, and whether they have been made up.

Please provide Caleb's PT and OT service logs from January 5 to date before the meeting. We would also like to discuss compensatory services for the missed related-service time and assistant support.

Thank you. Mrs. Abernathy is copied.""",
  "labels": {"topics": ["iep_meeting", "transportation", "paraprofessional", "scribe", "physical_therapy", "occupational_therapy", "compensatory_services"],
   "fulfills": ["C14"],
   "requests": [{"id": "R10", "quote": "Please provide Caleb's PT and OT service logs from January 5 to date before the meeting."}],
   "missed": [("paraprofessional", "2026-02-10", None), ("paraprofessional", "2026-02-11", None),
              ("paraprofessional", "2026-02-24", None)]}},
 {"id": "T9.1b", "from": "whitfield", "to": ["pruitt"], "cc": ["farrow", "renee"], "date": "2026-03-02 10:12", "reply_to": "T9.1", "arrival": "not-forwarded",
  "body": """Ms. Pruitt,

Received. Ms. Farrow will coordinate dates with the family and the team.""",
  "labels": {"topics": []}},
 {"id": "T9.2", "from": "farrow", "to": ["pruitt", "renee"], "cc": ["whitfield"], "cc_raw": ["abernathy.papertrail@fastmail.com"],
  "date": "2026-03-03 13:40", "reply_to": "T9.1b", "arrival": "direct",
  "body": """Good afternoon Ms. Pruitt and Mrs. Abernathy,

I can offer Tuesday, March 10 at 3:45 PM or Thursday, March 12 at 8:00 AM, both in the Pinecrest conference room. Mr. Tillery, Ms. Raman, Mr. Weeks, Mrs. Bumgarner, Dr. Honeycutt and I will attend, and Dr. Whitfield has asked Mr. Petty from Transportation to join by phone.

Please let me know which date works for you. I'll send the formal Invitation to Conference as soon as you confirm a date. I will also get the PT and OT service logs to you by Monday, March 9.""",
  "labels": {"topics": ["iep_meeting", "physical_therapy", "occupational_therapy"],
   "requests": [{"id": "R11", "quote": "Please let me know which date works for you."}],
   "commitments": [
     {"id": "C15", "by": "farrow", "what": "send the formal Invitation to Conference once a date is picked",
      "quote": "I'll send the formal Invitation to Conference as soon as you confirm a date.", "due": None},
     {"id": "C16", "by": "farrow", "what": "send the PT and OT service logs", "quote": "I will also get the PT and OT service logs to you by Monday, March 9.", "due": "2026-03-09"}]}},
 {"id": "T9.3", "from": "renee", "to": ["farrow", "pruitt"], "cc": ["whitfield"], "date": "2026-03-03 18:22", "reply_to": "T9.2", "arrival": "bcc-self",
  "body": """Ms. Farrow,

Tuesday March 10 at 3:45 works for both of us. My father, Harold Abernathy, may come too since he does most of the bus mornings.

Renee Abernathy""",
  "signature": "",
  "labels": {"topics": ["iep_meeting"], "answers": ["R11"]}},
 {"id": "T9.4", "from": "farrow", "to": ["renee"], "cc": ["pruitt"], "date": "2026-03-04 10:15", "reply_to": "T9.3",
  "arrival": "attachment-forward", "forwarded_at": "2026-03-04 20:30", "forward_note": "meeting invite",
  "attachments": [{"name": "Invitation_to_Conference_Abernathy_C.pdf", "text": [
      "Laurel Fork County Schools - Exceptional Children Program",
      "Invitation to Conference / Notice of Meeting",
      "Student: Caleb Abernathy   DOB: on file   School: Pinecrest Middle School",
      "Date: Tuesday, March 10, 2026   Time: 3:45 PM   Location: Pinecrest MS Conference Room",
      "Purpose: Review of IEP / Other: parent and advocate concerns",
      "Invited: L. Farrow (EC teacher), K. Honeycutt (LEA), C. Bumgarner (general education), G. Tillery (PT), A. Raman (OT), D. Weeks, R. Petty (by phone)"]}],
  "body": """Mrs. Abernathy,

Attached is the Invitation to Conference for the IEP meeting on Tuesday, March 10 at 3:45 PM. A paper copy went home in Caleb's binder today as well. You don't need to return anything.""",
  "labels": {"topics": ["iep_meeting"], "fulfills": ["C15"], "attachment_topics": ["iep_meeting"]}},
 {"id": "T9.5", "from": "farrow", "to": ["renee", "pruitt"], "date": "2026-03-11 15:05", "reply_to": "T9.2",
  "arrival": "gmail-forward", "forwarded_at": "2026-03-11 16:48", "forward_note": "logs, 2 days late",
  "attachments": [{"name": "Abernathy_PT_OT_service_logs_Jan-Mar.pdf", "text": [
      "Related Service Log - Abernathy, Caleb - 01/05/2026 to 03/06/2026",
      "Physical Therapy (2 x 30 min/wk, G. Tillery): 16 sessions scheduled, 12 delivered.",
      "Not delivered: 01/13 and 01/15 (therapist covering at another school); 03/03 and 03/05 (therapist assigned to state testing).",
      "Occupational Therapy (1 x 30 min/wk, A. Raman): 9 sessions scheduled, 8 delivered.",
      "Not delivered: 02/17 (elevator out of service; therapy room inaccessible). Made up 02/24 (+30 min)."]}],
  "body": """Mrs. Abernathy and Ms. Pruitt,

Attached are Caleb's PT and OT service logs from January 5 through March 6, as requested. I apologize that they are arriving after the meeting instead of before it; Mr. Tillery's entries for the testing week were not finished until yesterday.""",
  "labels": {"topics": ["physical_therapy", "occupational_therapy"], "answers": ["R10"], "fulfills": ["C16"],
   "attachment_topics": ["physical_therapy", "occupational_therapy"]}},
 {"id": "T9.6", "from": "farrow", "to": ["renee"], "cc": ["pruitt"], "cc_raw": ["abernathy.papertrail@fastmail.com"],
  "date": "2026-03-19 16:10", "reply_to": "T9.5", "arrival": "direct",
  "attachments": [{"name": "Abernathy_C_IEP_Amendment_DRAFT_2026-03-19.pdf", "text": [
      "DRAFT - IEP Amendment without a meeting - Caleb Abernathy - Pinecrest MS",
      "Personnel support: Ms. B. Sizemore (primary) and Mr. R. Ocampo (trained backup) will provide adult assistance for transfers and",
      "mobility. The assigned assistant will not be given other duties during lunch or transitions.",
      "Accommodations: Scribe for written responses longer than three sentences; Mr. Ocampo or the co-teacher serves as backup scribe.",
      "Extended time (1.5x) noted on all test cover sheets."]}],
  "body": """Mrs. Abernathy,

Attached is the draft amendment we discussed at the meeting. I apologize that it is two days later than I said. It adds Mr. Ocampo as the trained backup for transfers and as a backup scribe, and it states that Caleb's assistant will not be given other duties during lunch or transitions.

Please review it and let me know of any changes by Thursday, March 26.""",
  "labels": {"topics": ["paraprofessional", "scribe"], "fulfills": ["C18"],
   "attachment_topics": ["paraprofessional", "scribe", "extended_time"],
   "requests": [{"id": "R16", "quote": "Please review it and let me know of any changes by Thursday, March 26."}]}},
 {"id": "T9.7", "from": "renee", "to": ["farrow"], "cc": ["pruitt"], "date": "2026-03-26 20:30", "reply_to": "T9.6", "arrival": "bcc-self",
  "body": """Ms. Farrow,

Thank you. The amendment looks right to me with one addition. Under transportation it should say lift-equipped bus only, since that is what went wrong in February.

Can the amendment also say that dispatch has to call me by 6:30 AM when the lift bus cannot run?

Renee Abernathy""",
  "signature": "",
  "labels": {"topics": ["transportation"], "answers": ["R16"],
   "requests": [{"id": "R17", "quote": "Can the amendment also say that dispatch has to call me by 6:30 AM when the lift bus cannot run?"}]}},
]},
# ---------------------------------------------------------------- T10 nurse / health plan
{"id": "T10", "subject": "Caleb - updated health plan and transfer help", "messages": [
 {"id": "T10.1", "from": "shoaf", "to": ["renee"], "cc": ["farrow"], "date": "2026-03-03 12:50",
  "arrival": "gmail-forward", "forwarded_at": "2026-03-03 17:35", "forward_note": "",
  "body": """Hi Mrs. Abernathy,

I've updated Caleb's Individualized Health Plan for his clean intermittent catheterization schedule (11:00 and 12:30 moved to 11:05 and 12:35 to match the new bell schedule). No change to supplies or procedure.

Also good news: Mr. Ocampo completed transfer training with me and Mr. Tillery yesterday, so he is now cleared to help Caleb with wheelchair transfers whenever Ms. Sizemore is out or busy. I signed off on his checklist.

The updated page is in the front pocket of his binder for you to look over and sign.""",
  "signature": "Kim Shoaf, BSN, RN\nSchool Nurse, Pinecrest Middle School",
  "labels": {"topics": ["paraprofessional"], "fulfills": ["C6"]}},
 {"id": "T10.2", "from": "renee", "to": ["shoaf"], "date": "2026-03-04 06:58", "reply_to": "T10.1", "arrival": "bcc-self",
  "body": """Good morning Nurse Shoaf,

Signed page is going back in his binder today. Thank you for getting Mr. Ocampo trained, that is a big relief.

Renee""",
  "signature": "",
  "labels": {"topics": ["paraprofessional"]}},
]},
# ---------------------------------------------------------------- T11 adapted PE
{"id": "T11", "subject": "APE", "messages": [
 {"id": "T11.1", "from": "weeks", "to": ["renee"], "date": "2026-02-09 15:40",
  "arrival": "gmail-forward", "forwarded_at": "2026-02-09 18:15", "forward_note": "",
  "body": """Hey Mrs Abernathy caleb had a great day in adapted PE, we did wheelchair basketball w/ the unified class and he hit 2 from the block. fyi no APE thurs 2/12 the gym is being used for book fair set up. have a good one""",
  "labels": {"topics": ["specialized_instruction"]}},
 {"id": "T11.2", "from": "renee", "to": ["weeks"], "date": "2026-02-20 20:45", "reply_to": "T11.1", "arrival": "bcc-self",
  "body": """Coach Weeks,

Thank you, he loved the basketball. Caleb says there was no adapted PE on Thursday the 12th because of the book fair. That is one of his two 45-minute APE periods for that week, and it is in his IEP.

Is there a plan to make up the APE he missed?

Renee Abernathy""",
  "signature": "",
  "labels": {"topics": ["specialized_instruction"],
   "requests": [{"id": "R13", "quote": "Is there a plan to make up the APE he missed?"}],
   "missed": [("specialized_instruction", "2026-02-12", 45)]}},
]},
# ---------------------------------------------------------------- T12 newsletter
{"id": "T12", "subject": "Panther Press - Week of March 2", "messages": [
 {"id": "T12.1", "from": "news", "to_raw": ["Pinecrest Families <pinecrest-families@lfcs.k12.nc.us>"], "date": "2026-02-27 17:00", "arrival": "direct",
  "html": True,
  "body": """PANTHER PRESS - Pinecrest Middle School Family Newsletter

THIS WEEK
* Tue 3/3 and Thu 3/5: NC Check-In testing for grades 6-8, first and second periods. Please make sure your student arrives on time, has a charged Chromebook and gets a good night's sleep. Students who test with accommodations will get their room assignments from homeroom teachers on Monday.
* Wed 3/4: Spring sports physicals due to Coach Rhyne.
* Fri 3/6: Spirit Day - wear purple!

BUILDING NEWS
The B-hall elevator was repaired on February 19. The county has approved a full modernization of both elevators this summer.

YEARBOOK
Yearbooks are $35 until March 20. Order online or bring a check to the front office.

Go Panthers!""",
  "signature": "Pinecrest Middle School | 1200 Panther Trail, Laurel Fork, NC 27299 | 336-555-0140\nYou are receiving this message because you are a parent or guardian of a Pinecrest student.",
  "labels": {"topics": []}},
]},
# ---------------------------------------------------------------- T13 progress report
{"id": "T13", "subject": "Caleb's IEP progress report - Q2", "messages": [
 {"id": "T13.1", "from": "farrow", "to": ["renee"], "date": "2026-01-23 14:30",
  "arrival": "gmail-forward", "forwarded_at": "2026-01-23 20:05", "forward_note": "Q2 progress",
  "attachments": [{"name": "Abernathy_Caleb_IEP_Progress_Q2.pdf", "text": [
      "IEP Progress Report - 2nd Quarter - Caleb Abernathy - Grade 6",
      "Goal 1 (Written expression): Using speech-to-text and word prediction, Caleb will compose a 5-sentence paragraph with a topic sentence",
      "and 3 supporting details in 4 of 5 trials. Progress: 3 of 5 trials. Making progress.",
      "Goal 2 (Physical therapy - transfers): Caleb will transfer wheelchair to mat table with standby assistance in 80% of opportunities.",
      "Progress: Insufficient opportunity to measure this quarter.",
      "Goal 3 (Occupational therapy - keyboarding): Caleb will type 15 correct words per minute. Progress: 13 cwpm. Making progress."]}],
  "body": """Hi Mrs. Abernathy,

Attached is Caleb's IEP progress report for the second quarter, which goes along with his report card. A paper copy will come home next week.

His writing is really coming along now that he is dictating his first drafts. Let me know if you have questions about any of the goals.""",
  "labels": {"topics": ["progress_report", "assistive_technology"],
   "attachment_topics": ["progress_report", "assistive_technology", "physical_therapy", "occupational_therapy"]}},
 {"id": "T13.2", "from": "renee", "to": ["farrow"], "date": "2026-01-24 10:12", "reply_to": "T13.1", "arrival": "bcc-self",
  "body": """Ms. Farrow,

Thank you, the writing goal looks great. The PT transfer goal says "insufficient opportunity to measure." How many PT sessions did he actually get this quarter? He is supposed to have two a week.

Renee""",
  "signature": "",
  "labels": {"topics": ["progress_report", "physical_therapy"],
   "requests": [{"id": "R14", "quote": "How many PT sessions did he actually get this quarter?"}]}},
 {"id": "T13.3", "from": "tillery", "to": ["renee"], "cc": ["farrow"], "date": "2026-02-02 15:55", "reply_to": "T13.2",
  "arrival": "apple-forward", "forward_by": "renee_phone", "forwarded_at": "2026-02-02 17:40", "forward_note": "",
  "body": """Mrs. Abernathy,

Ms. Farrow passed along your question about the progress report. Caleb received 15 of his 18 scheduled PT sessions in the second quarter. One was a day he was absent. The other two were Tuesday January 13 and Thursday January 15, when I was sent to cover a caseload at Oak Run Elementary, and I was not able to see him those days.

"Insufficient opportunity" was the wrong wording on my part; I had data, I just had not entered it. He was at about 60% on standby-assist transfers by the end of the quarter.""",
  "labels": {"topics": ["physical_therapy", "progress_report"], "answers": ["R14"],
   "missed": [("physical_therapy", "2026-01-13", 30), ("physical_therapy", "2026-01-15", 30)]}},
]},
# ---------------------------------------------------------------- T14 after the meeting
{"id": "T14", "subject": "Notes from Caleb's IEP meeting 3/10", "messages": [
 {"id": "T14.1", "from": "pruitt", "to": ["renee"], "date": "2026-03-11 08:40",
  "arrival": "apple-forward", "forward_by": "renee_phone", "forwarded_at": "2026-03-11 12:15", "forward_note": "Gwen's notes",
  "body": """Renee,

Here is my summary of yesterday's IEP meeting so we have it in writing.

Agreed at the meeting:
- Dr. Whitfield agreed the district will provide compensatory services: 4 PT sessions and 1 OT session of 30 minutes each, plus 3 hours of one-to-one writing instruction with Ms. Farrow for the days his assistant and scribe were missing. She will send a written schedule for the comp time by March 20.
- Ms. Farrow will send the draft IEP amendment by March 17. It will name Mr. Ocampo as the trained backup for transfers and as a backup scribe.
- Mr. Petty repeated that Route 31 is now locked to lift buses only.
- Mrs. Bumgarner showed the team that his extended time (1.5x) is now printed on his test cover sheets, so a substitute can see it.

Not resolved: the written transportation contingency plan Mr. Petty promised in February. We should ask again.

Gwen""",
  "signature": "Gwendolyn Pruitt\nParent Advocate\nCarolina Family Advocacy Partners",
  "labels": {"topics": ["iep_meeting", "compensatory_services", "physical_therapy", "occupational_therapy", "specialized_instruction",
                        "paraprofessional", "scribe", "transportation", "extended_time"],
   "commitments": [
     {"id": "C17", "by": "whitfield", "what": "send a written schedule for the compensatory services",
      "quote": "She will send a written schedule for the comp time by March 20.", "due": "2026-03-20"},
     {"id": "C18", "by": "farrow", "what": "send the draft IEP amendment naming a backup for transfers and scribing",
      "quote": "Ms. Farrow will send the draft IEP amendment by March 17.", "due": "2026-03-17"}]}},
 {"id": "T14.2", "from": "renee", "to": ["pruitt"], "date": "2026-03-11 21:10", "reply_to": "T14.1", "arrival": "bcc-self",
  "body": """Gwen, this is perfect, thank you. Did you catch whether Dr. Whitfield said the comp sessions would be before or after school? Dad can do pickups after 4 but mornings are hard for us.

Renee""",
  "signature": "",
  "labels": {"topics": ["compensatory_services"],
   "requests": [{"id": "R15", "quote": "Did you catch whether Dr. Whitfield said the comp sessions would be before or after school?"}]}},
]},
# ---------------------------------------------------------------- T15 compensatory services
{"id": "T15", "subject": "Compensatory services schedule", "messages": [
 {"id": "T15.1", "from": "renee", "to": ["whitfield"], "cc": ["pruitt"], "date": "2026-03-20 16:35", "arrival": "bcc-self",
  "body": """Dr. Whitfield,

At Caleb's IEP meeting on March 10 you said I would have a written schedule for his compensatory PT, OT and writing sessions by today. I have not received anything.

When will I receive the written compensatory services schedule?

Renee Abernathy""",
  "signature": "",
  "labels": {"topics": ["compensatory_services"],
   "requests": [{"id": "R18", "quote": "When will I receive the written compensatory services schedule?"}]}},
 {"id": "T15.2", "from": "whitfield", "to": ["renee"], "date": "2026-03-20 16:35", "date_seconds": 52, "reply_to": "T15.1", "arrival": "direct", "quote": False,
  "auto_reply": True, "subject_prefix": "Automatic reply: ",
  "body": """Thank you for your message. I am attending the state Exceptional Children leadership conference March 18-20 and will return to the office on Monday, March 23. If you need immediate assistance, please call the EC Department at 336-555-0100 and ask for Mr. Dillard.""",
  "signature": "Sharon Whitfield, Ed.D.\nDirector of Exceptional Children",
  "labels": {"topics": []}},
 {"id": "T15.3", "from": "whitfield", "to": ["renee"], "cc": ["pruitt"], "date": "2026-03-30 09:25", "reply_to": "T15.1",
  "arrival": "outlook-forward", "forward_by": "pruitt", "forwarded_at": "2026-03-30 10:40",
  "forward_note": "Renee - FYI, new date. I'll follow up if it does not come Friday. Gwen",
  "body": """Mrs. Abernathy,

I apologize for the delay. I am finalizing the compensatory services plan now: the makeup PT and OT sessions have to fit around Mr. Tillery's and Ms. Raman's existing caseloads, and I want to give you dates that will actually hold. You will have the written schedule by Friday, April 3.""",
  "labels": {"topics": ["compensatory_services", "physical_therapy", "occupational_therapy"], "answers": ["R18"],
   "commitments": [{"id": "C19", "by": "whitfield", "what": "send the written compensatory services schedule",
                    "quote": "You will have the written schedule by Friday, April 3.", "due": "2026-04-03"}]}},
]},
# ---------------------------------------------------------------- T16 bus late again, late March
{"id": "T16", "subject": "Lift bus late 3/27 - still no text", "messages": [
 {"id": "T16.1", "from": "renee", "to": ["petty"], "cc": ["pruitt"], "date": "2026-03-27 08:10", "arrival": "bcc-self",
  "body": """Mr. Petty,

Bus 212 came at 7:41 this morning, half an hour late, and Caleb missed first period again. My father waited outside with him in the rain. Nobody from dispatch texted or called, which has not happened one single time since you told me in January that it would. I am also still waiting on the written contingency plan you said I would have by February 13.

Renee Abernathy""",
  "signature": "",
  "labels": {"topics": ["transportation"],
   "missed": [("transportation", "2026-03-27", None)]}},
 {"id": "T16.2", "from": "petty", "to": ["renee"], "cc": ["pruitt"], "date": "2026-03-30 15:15", "reply_to": "T16.1",
  "arrival": "gmail-forward", "forwarded_at": "2026-03-30 19:20", "forward_note": "",
  "body": """Mrs. Abernathy,

I'm sorry about Friday. 212's regular driver was out and the sub took the long way around the Hwy 66 construction. I'll look into what happened with the texts and call you.""",
  "labels": {"topics": ["transportation"],
   "commitments": [{"id": "C20", "by": "petty", "what": "look into the missing dispatch texts and call the family",
                    "quote": "I'll look into what happened with the texts and call you.", "due": None}]}},
]},
]

QUERIES = [
 ("bus", "transportation"),
 ("aide", "paraprofessional"),
 ("scribe", "scribe"),
 ("physical therapy", "physical_therapy"),
 ("OT", "occupational_therapy"),
 ("extra time", "extended_time"),
 ("speech-to-text", "assistive_technology"),
 ("compensatory services", "compensatory_services"),
 ("IEP meeting", "iep_meeting"),
 ("progress report", "progress_report"),
]
