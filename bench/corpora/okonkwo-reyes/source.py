"""okonkwo-reyes: a father's paper trail for a 7th grader with hearing loss and ADHD (fall 2026, Oregon).

Pure data, written by hand. build.py renders it to mailbox/NNNN.eml + gold.json; check.py verifies.

Each message: id, frm (person key), to, cc, date (local, "YYYY-MM-DD HH:MM"), arrival, optional fwd
("YYYY-MM-DD HH:MM" when the family forwarded it), fwd_by (person key of the forwarder), note (text typed
above the forward), reply (id answered: sets In-Reply-To and quotes it unless quote=False), client (override),
atts [(filename, mime, text)], auto_reply, newsletter, body, and the gold labels:
  topics, att_topics, students, commits [(key, by, what, quote, due)], fulfills [keys],
  reqs [(key, by, quote)], answers [keys], missed [(topic, date, minutes)].
"""

CORPUS = "okonkwo-reyes"
AS_OF = "2026-12-05"
TIMEZONE = "America/Los_Angeles"
TRAIL = "ikenna.records@fastmail.com"
USER = {"name": "Emeka Okonkwo", "email": "emeka.okonkwo@gmail.com", "role": "parent"}
STUDENTS = ["Ikenna Okonkwo"]
IK = ["Ikenna Okonkwo"]

D = "aldercreek41.org"
E = "northforkesd.org"

FERPA = ("CONFIDENTIALITY: This message and any attachments may contain student education records protected by "
         "FERPA (20 U.S.C. 1232g). If you received it in error, notify the sender and delete it. Alder Creek "
         "School District 41 does not discriminate on the basis of disability in its programs or activities.")
ESD_FOOT = ("Northfork Education Service District | Regional Programs - Deaf/Hard of Hearing & Audiology\n"
            "This e-mail may contain confidential student information. If you are not the intended recipient, "
            "please delete it and notify the sender.")

# key: (display name, email, role, client, signature)
PEOPLE = {
    "emeka": ("Emeka Okonkwo", "emeka.okonkwo@gmail.com", "parent", "gmail", ""),
    "emeka_w": ("Emeka Okonkwo", "eokonkwo@halyardeng.net", "parent", "exchange",
                "Emeka Okonkwo, P.E.\nSenior Structural Engineer | Halyard Engineering\n503-555-0172"),
    "marisol": ("Marisol Reyes", "marisol.reyes83@yahoo.com", "parent", "yahoo", ""),
    "whitcombe": ("Dana Whitcombe", f"dwhitcombe@{D}", "school", "gmail",
                  "Dana Whitcombe\nLearning Specialist / Case Manager, Grades 7-8\nKestrel Middle School | Alder Creek SD 41\n"
                  "503-555-0148 x3104\n" + FERPA),
    "natarajan": ("Priya Natarajan", f"pnatarajan@{E}", "school", "exchange",
                  "Priya Natarajan, M.S.Ed.\nItinerant Teacher of the Deaf and Hard of Hearing\n" + ESD_FOOT),
    "stavros": ("Miriam Stavros", f"mstavros@{E}", "school", "exchange",
                "Miriam Stavros, Au.D., CCC-A\nEducational Audiologist\n" + ESD_FOOT),
    "lindqvist": ("Gary Lindqvist", f"glindqvist@{D}", "school", "iphone-g", "Sent from my iPhone"),
    "boudreaux": ("Annette Boudreaux", f"aboudreaux@{D}", "school", "gmail",
                  "Mrs. Annette Boudreaux\n7th Grade Language Arts, Room 121\n\"Read widely. Write bravely.\""),
    "park": ("Hyun-joo Park", f"hpark@{D}", "school", "gmail",
             "Hyun-joo Park\nMath 7 / Math 7 Accelerated\nKestrel Middle School, Room 212"),
    "ferris": ("Thomas Ferris", f"tferris@{D}", "school", "gmail",
               "Thomas Ferris\nSocial Studies 7 | Kestrel Middle School\n" + FERPA),
    "dunn": ("Kelsey Dunn", f"kdunn@{D}", "school", "gmail",
             "Kelsey Dunn, M.S., CCC-SLP\nSpeech-Language Pathologist\nKestrel MS & Fernhill Elementary"),
    "whitaker": ("Jerome Whitaker", f"jwhitaker@{D}", "school", "gmail",
                 "Jerome Whitaker\nSchool Counselor (Students A-L)\nKestrel Middle School\n" + FERPA),
    "holm": ("Patricia Holm", f"pholm@{D}", "school", "gmail",
             "Patricia Holm, Ed.D.\nPrincipal, Kestrel Middle School\nAlder Creek School District 41\n" + FERPA),
    "marsh": ("Evan Marsh", f"emarsh@{D}", "school", "gmail",
              "Evan Marsh, Ph.D.\nDirector of Student Services\nAlder Creek School District 41\n"
              "1180 Ridgeline Ave, Alder Creek, OR 97xxx | 503-555-0100\n" + FERPA),
    "flyer": ("Kestrel Middle School", f"kestrel-news@{D}", "school", "bulk", ""),
}

E_TO = ["emeka"]
BOTH = ["emeka", "marisol"]


def L(topics=(), commits=(), fulfills=(), reqs=(), answers=(), missed=(), att_topics=(), students=IK):
    return {"topics": list(topics), "commits": [dict(zip(("key", "by", "what", "quote", "due"), c)) for c in commits],
            "fulfills": list(fulfills), "reqs": [dict(zip(("key", "by", "quote"), r)) for r in reqs],
            "answers": list(answers), "missed": [list(m) for m in missed], "att_topics": list(att_topics),
            "students": list(students)}


NONE = dict(students=())

THREADS = []


def thread(tid, subject, *msgs):
    THREADS.append({"id": tid, "subject": subject, "messages": list(msgs)})


# ============================================================================ T1 start of year: mic + seating
thread("T1", "Ikenna - remote mic and seating",
    dict(id="T1.1", frm="emeka", to=["whitcombe"], cc=[], date="2026-09-08 21:14", arrival="bcc-self",
         body="""Ms. Whitcombe,

First day went ok. Two things.

1. Ikenna says the remote mic was used in 2 of his 6 classes today. Science and PE didn't use it at all. Who is responsible for making sure every teacher has it and wears it?
2. In LA he is in the back row next to the window unit. His IEP says front of the room, away from fans and vents. Can you get that fixed this week?

Please cc ikenna.records@fastmail.com on anything about him. That's where I keep his file.

Thanks""",
         labels=L(["assistive_technology", "preferential_seating"],
                  reqs=[("r_who_mic", "emeka", "Who is responsible for making sure every teacher has it and wears it?"),
                        ("r_seat", "emeka", "Can you get that fixed this week?")],
                  missed=[("assistive_technology", "2026-09-08", None), ("preferential_seating", "2026-09-08", None)])),
    dict(id="T1.2", frm="whitcombe", to=["emeka"], cc=["TRAIL"], date="2026-09-09 15:02", arrival="direct",
         reply="T1.1",
         body="""Hi Mr. Okonkwo,

Welcome back, and thanks for flagging both of these so early. I've added the records address to this email and to my contacts.

On the mic: Ms. Natarajan, the Teacher of the Deaf/Hard of Hearing who comes to us from Northfork ESD, trains each of his teachers on the transmitter, and I follow up to make sure it actually travels with him from class to class. Science and PE were missed because Mr. Lindqvist and Coach Alvarez were both at a district training during our in-service days, so that one is on us and not on Ikenna. I'll ask Priya to get to both of them this week.

Seating: I caught Mrs. Boudreaux before first period today. She is moving him to the front table by her desk starting tomorrow, and she's going to keep him off the window side.

I'm also putting together the one-page "IEP at a glance" for all six of his teachers and will have it out to them by Friday. I'll send you a copy too so you can see exactly what they see.

Have a good evening,""",
         labels=L(["assistive_technology", "preferential_seating"],
                  commits=[("c_ask_priya", "whitcombe", "ask Ms. Natarajan to train the science and PE teachers on the mic",
                            "I'll ask Priya to get to both of them this week.", "2026-09-11"),
                           ("c_lafront", "boudreaux", "move Ikenna to the front table in LA",
                            "She is moving him to the front table by her desk starting tomorrow", "2026-09-10"),
                           ("c_glance", "whitcombe", "send the IEP-at-a-glance page to his teachers (and a copy to the parent)",
                            "I'm also putting together the one-page \"IEP at a glance\" for all six of his teachers and will have it out to them by Friday.",
                            "2026-09-11")],
                  answers=["r_who_mic", "r_seat"])),
    dict(id="T1.3", frm="whitcombe", to=["emeka"], cc=["TRAIL"], date="2026-09-14 07:48", arrival="direct",
         reply="T1.2",
         atts=[("Okonkwo_Ikenna_IEP_at_a_glance.pdf", "application/pdf",
                """IEP AT A GLANCE - CONFIDENTIAL - Kestrel Middle School 2026-27
Student: Ikenna Okonkwo   Grade 7   Case manager: D. Whitcombe x3104
Eligibility: Hearing Impairment (primary); Other Health Impairment - ADHD (secondary)
Hearing: moderate bilateral sensorineural hearing loss. Wears hearing aids with Roger receivers.
ACCOMMODATIONS (all classes)
- Teacher wears the Roger remote microphone transmitter for all instruction; pass it to speakers in discussions
- Preferential seating: front, facing the teacher, away from HVAC units, fans, doors and fume hoods
- Closed captions ON for all videos
- Copy of teacher notes / slides or guided notes provided
- Extended time 1.5x on tests and quizzes
- Tests in a small-group, quiet setting (Room 104) on request and for all state/district testing
- Movement break pass: up to 2 per class period, 5 minutes
- Daily check-in / check-out with case manager (planner check)
SERVICES
- Specially designed instruction, Academic Strategies: 45 min daily (D. Whitcombe)
- SDI Deaf/Hard of Hearing (self-advocacy, listening skills): 30 min weekly (P. Natarajan, Northfork ESD)
- Speech-language services: 60 min monthly (K. Dunn)
- Counseling (executive functioning group): 30 min 2x monthly (J. Whitaker)
- Audiology consult: per year (M. Stavros, Northfork ESD)
""")],
         body="""Good morning,

Here is the at-a-glance page (attached). It went out to all of his teachers, plus Coach Alvarez and the library, a little before 7:30 this morning. Sorry it's later than I said, Friday got away from me.

Let me know if anything on it looks off to you.""",
         labels=L([], fulfills=["c_glance"],
                  att_topics=["assistive_technology", "preferential_seating", "class_notes", "extended_time",
                              "separate_setting", "breaks", "check_in", "specialized_instruction",
                              "speech_language_therapy", "counseling"])),
    dict(id="T1.4", frm="emeka", to=["whitcombe"], cc=[], date="2026-09-14 19:36", arrival="bcc-self",
         reply="T1.3",
         body="""Got it, thanks. It says extended time 1.5x on tests and quizzes. Does that include the MAP test next month?""",
         labels=L(["extended_time"], reqs=[("r_map", "emeka", "Does that include the MAP test next month?")])),
)

# ============================================================================ T2 DHH teacher intro
thread("T2", "Introduction - DHH services for Ikenna Okonkwo",
    dict(id="T2.1", frm="natarajan", to=["emeka_w"], cc=["whitcombe"], date="2026-09-10 10:22",
         arrival="outlook-forward", fwd="2026-09-10 17:05", fwd_by="emeka_w", note="ESD teacher. for the file",
         body="""Hello Mr. Okonkwo,

I am Ikenna's itinerant Teacher of the Deaf and Hard of Hearing again this year. A few things for the start of the year:

- Direct service: 30 minutes weekly, Thursdays 2nd period, during his Academic Strategies class so he doesn't miss core
- Consultation with his teachers: 60 minutes monthly
- Equipment: his Roger Touchscreen transmitter and both receivers were checked in August. Dr. Stavros (educational audiologist) will do his in-classroom listening check in October
- Teacher training: Ms. Whitcombe let me know that Science and PE were not trained yet. I will be in the building Thursday 9/17 and will train Mr. Lindqvist and Coach Alvarez then
- Goals this year: self-advocacy (asking for repetition, explaining his equipment to a substitute) and listening in noise

Please let me know if you would like a phone call.

Priya""",
         labels=L(["specialized_instruction", "assistive_technology"],
                  commits=[("c_stavros_check", "stavros", "do the in-classroom listening check",
                            "Dr. Stavros (educational audiologist) will do his in-classroom listening check in October",
                            "2026-10-31"),
                           ("c_train917", "natarajan", "train the science and PE teachers on the mic on 9/17",
                            "I will be in the building Thursday 9/17 and will train Mr. Lindqvist and Coach Alvarez then",
                            "2026-09-17")],
                  fulfills=["c_ask_priya"])),
    dict(id="T2.2", frm="emeka", to=["natarajan"], cc=[], date="2026-09-10 20:41", arrival="bcc-self", reply="T2.1",
         body="""Thanks. Please use this address, not my work one.

No call needed. One question: what is the plan for substitutes? Last year subs never used the mic.""",
         labels=L(["assistive_technology"],
                  reqs=[("r_subplan", "emeka", "what is the plan for substitutes?")])),
    dict(id="T2.3", frm="natarajan", to=["emeka"], cc=["whitcombe"], date="2026-09-17 15:55", arrival="gmail-forward",
         fwd="2026-09-17 20:12", reply="T2.2",
         body="""Hi Mr. Okonkwo,

Update from today:

- Trained Mr. Lindqvist and Coach Alvarez on the transmitter. Mr. Lindqvist now has a lanyard for it so it doesn't stay on the lab bench.
- Substitutes: Ms. Whitcombe and I put a one-page "Hearing access" sheet in every one of his teachers' sub folders. Ikenna also has a small card in his planner to hand a sub.
- Direct session today: we practiced how he explains the mic to a new adult. He was a little embarrassed but did it well.

Priya""",
         labels=L(["assistive_technology", "specialized_instruction"], fulfills=["c_train917"], answers=["r_subplan"])),
)

# ============================================================================ T3 science mic
thread("T3", "Mic in science",
    dict(id="T3.1", frm="marisol", to=["lindqvist"], cc=["emeka", "TRAIL"], date="2026-09-24 16:37", arrival="direct",
         body="""Hi Mr. Lindqvist,

I'm Marisol, Ikenna's stepmom. I hope it's ok to write you directly.

Ikenna mentioned that in the lab on Tuesday and again today the mic stayed on your desk, so he missed most of the safety directions and ended up copying whatever his lab partner did. I completely understand that labs are loud and the mic probably picks up every stool scraping, but honestly he can't follow spoken directions in that room without it.

Is there a way you could wear it at least while you're giving the directions?

Thank you so much, he really likes your class!
Marisol Reyes""",
         labels=L(["assistive_technology"],
                  reqs=[("r_sci_mic", "marisol", "Is there a way you could wear it at least while you're giving the directions?")],
                  missed=[("assistive_technology", "2026-09-22", None), ("assistive_technology", "2026-09-24", None)])),
    dict(id="T3.2", frm="lindqvist", to=["marisol"], cc=["emeka"], date="2026-09-24 21:03", arrival="yahoo-forward",
         fwd="2026-09-25 06:52", fwd_by="marisol", note="Emeka - his answer. Saving it here.", reply="T3.1",
         body="""yes. my mistake, lanyard was in my drawer. ill wear it for directions starting tomorrow and hand it to his group during the lab part. he can come in at lunch if he wants to go over the safety stuff he missed

GL""",
         labels=L(["assistive_technology"],
                  commits=[("c_sci_wear", "lindqvist", "wear the mic for directions in science and pass it to Ikenna's lab group",
                            "ill wear it for directions starting tomorrow and hand it to his group during the lab part",
                            "2026-09-25")],
                  answers=["r_sci_mic"])),
    dict(id="T3.3", frm="marisol", to=["lindqvist"], cc=["emeka", "TRAIL"], date="2026-10-09 15:20", arrival="direct",
         reply="T3.2", client="iphone-y",
         body="""Just wanted to say thank you. Ikenna says you've had the mic on every day since we talked and science is "way easier now." Have a great weekend!""",
         labels=L(["assistive_technology"], fulfills=["c_sci_wear"])),
)

# ============================================================================ T4 LA (long run-on writer)
thread("T4", "Ikenna in LA - checking in",
    dict(id="T4.1", frm="boudreaux", to=["emeka", "marisol"], cc=[], date="2026-09-29 16:48", arrival="gmail-forward",
         fwd="2026-09-29 21:30", note="LA",
         body="""Hello Mr. Okonkwo and Ms. Reyes,

I just wanted to touch base because we are about four weeks in and I like to check in with families early rather than late, and I have to say Ikenna has been such a good addition to our 4th period, he is up at the front table now right next to my desk and I think it's made a real difference because he's jumping into discussions and he made a point about the grandmother in Out of the Dust last week that honestly none of the other kids had thought of, so that was lovely to see. I do have to own a couple of things though, on Friday I ran out of time and didn't get the guided notes printed for the chapter 3 lesson so he didn't have them, and then yesterday (Monday) we watched a short clip about the Dust Bowl and the captions weren't on because the projector cart defaults them off and I didn't notice until one of the other students said something, so he missed the first half of it, and I'm sorry about both of those. What I'm going to do from now on is post my slides and the guided notes to Google Classroom the same day as each lesson so even if I drop the ball on printing he can always get them there. One more question, would he do better with the audiobook version of Out of the Dust with the text in front of him, or does he prefer just the paperback, because I can get either one for him through the library.

Thanks so much and please reach out any time,""",
         labels=L(["preferential_seating", "class_notes", "assistive_technology"],
                  commits=[("c_la_post", "boudreaux", "post slides and guided notes to Google Classroom the same day as each lesson",
                            "What I'm going to do from now on is post my slides and the guided notes to Google Classroom the same day as each lesson",
                            None)],
                  fulfills=["c_lafront"],
                  reqs=[("r_audiobook", "boudreaux", "would he do better with the audiobook version of Out of the Dust with the text in front of him, or does he prefer just the paperback")],
                  missed=[("class_notes", "2026-09-25", None), ("assistive_technology", "2026-09-28", None)])),
    dict(id="T4.2", frm="emeka", to=["boudreaux"], cc=["marisol"], date="2026-09-30 06:12", arrival="bcc-self",
         reply="T4.1",
         body="""Audiobook with the text. He uses Learning Ally at home already.

Thanks for moving his seat.""",
         labels=L(["assistive_technology", "preferential_seating"], answers=["r_audiobook"])),
    dict(id="T4.3", frm="boudreaux", to=["emeka", "marisol"], cc=["whitcombe"], date="2026-10-27 17:25",
         arrival="gmail-forward", fwd="2026-10-27 21:58", reply="T4.2",
         body="""Hi again,

I'm writing because Ikenna has three missing assignments in LA right now (the chapter 5 reading log, the vocabulary map, and the found poem) and I don't think it's a motivation thing at all, I think it's a keeping-track thing, because Dana has been covering for the sixth grade team since Monday and so he hasn't had his morning check-in with her this week and his planner has gotten pretty wild, which I get, it happens, but I wanted you to know before the grades post on Friday. And I'll be honest with you about my part too, I didn't get the notes posted for the chapter 5 and 6 lessons last Tuesday and Thursday (10/20 and 10/22), I know I said I would post them the same day and I haven't been consistent, so some of the vocabulary map is on me. Would it help if I just handed him a paper copy of the notes at the door every day instead? I'm happy to do that. The Learning Ally audiobook is working great by the way, he listens with his earbuds during silent reading.

Warmly,""",
         labels=L(["check_in", "class_notes", "assistive_technology"],
                  reqs=[("r_paper_notes", "boudreaux", "Would it help if I just handed him a paper copy of the notes at the door every day instead?")],
                  missed=[("check_in", "2026-10-26", None), ("class_notes", "2026-10-20", None),
                          ("class_notes", "2026-10-22", None)])),
)

# ============================================================================ T5 math (non-native English)
thread("T5", "Ikenna unit 1 quiz",
    dict(id="T5.1", frm="park", to=["emeka", "marisol"], cc=[], date="2026-10-01 14:05", arrival="apple-forward",
         fwd="2026-10-01 18:20", fwd_by="marisol", note="Emeka did you see this one?",
         body="""Dear Mr. Okonkwo and Ms. Reyes,

I am writing about Ikenna unit 1 quiz on Tuesday. I am so sorry, I did not give him the extended time. I was forgetting the quiz is counted same as test in his IEP. He finish only 9 of 14 problem when time is over. This is my fault and not Ikenna.

He will finish the rest problems on Thursday next week at lunch time in my room 212, and I will put the grade after that. Also I make a note on my roster so this will not happen again.

If you have question please email me anytime.

Best regards,""",
         labels=L(["extended_time"],
                  commits=[("c_park_retake", "park", "let Ikenna finish the quiz at lunch and grade it",
                            "He will finish the rest problems on Thursday next week at lunch time in my room 212, and I will put the grade after that.",
                            "2026-10-08")],
                  missed=[("extended_time", "2026-09-29", None)])),
    dict(id="T5.2", frm="park", to=["emeka", "marisol"], cc=[], date="2026-10-08 13:12", arrival="yahoo-forward",
         fwd="2026-10-08 19:40", fwd_by="marisol", reply="T5.1", quote=True,
         body="""Hello,

Good news, Ikenna came at lunch today and finished the quiz. He got 12 out of 14, very good work! Grade is in the gradebook now.

Hyun-joo Park""",
         labels=L(["extended_time"], fulfills=["c_park_retake"])),
)

# ============================================================================ T6 speech
thread("T6", "Speech this year - Ikenna O.",
    dict(id="T6.1", frm="dunn", to=["emeka"], cc=[], date="2026-09-21 12:40", arrival="gmail-forward",
         fwd="2026-09-21 19:03",
         body="""Hi Mr. Okonkwo!

I'm Kelsey Dunn, the SLP here at Kestrel, and I'm excited to be working with Ikenna again this year! His IEP has 60 minutes a month of speech, so I'll see him every other Monday for 30 minutes during advisory, starting next Monday 9/28.

We're going to keep working on his /s/ and /z/ blends in conversation (he's SO close!) and on repairing a conversation when he didn't catch something.

I'll send you his practice word list after our first session on 9/28 so you guys can practice at home too.

Thanks!!""",
         labels=L(["speech_language_therapy"],
                  commits=[("c_speech_start", "dunn", "start speech sessions every other Monday from 9/28",
                            "I'll see him every other Monday for 30 minutes during advisory, starting next Monday 9/28", "2026-09-28"),
                           ("c_wordlist", "dunn", "send the practice word list after the first session",
                            "I'll send you his practice word list after our first session on 9/28", "2026-09-28")])),
    dict(id="T6.2", frm="dunn", to=["emeka"], cc=["whitcombe", "TRAIL"], date="2026-10-12 07:31", arrival="direct",
         reply="T6.1", quote=False,
         body="""Good morning - I have to cancel speech with Ikenna today, I'm stuck in an initial evaluation meeting at Fernhill all morning. So sorry! I'll make it up the following week.

Kelsey""",
         labels=L(["speech_language_therapy"],
                  commits=[("c_speech_mu", "dunn", "make up the cancelled 10/12 speech session",
                            "I'll make it up the following week.", "2026-10-23")],
                  missed=[("speech_language_therapy", "2026-10-12", 30)])),
    dict(id="T6.3", frm="emeka", to=["dunn"], cc=["whitcombe"], date="2026-10-27 07:05", arrival="bcc-self",
         reply="T6.2",
         body="""Ms. Dunn,

He had speech on 9/28 and nothing since. The 10/12 session was never made up, and yesterday's session (10/26) didn't happen either according to Ikenna. We also never got the word list you mentioned.

When will he get the missed time?""",
         labels=L(["speech_language_therapy", "compensatory_services"], fulfills=["c_speech_start"],
                  reqs=[("r_speech_when", "emeka", "When will he get the missed time?")],
                  missed=[("speech_language_therapy", "2026-10-12", None),
                          ("speech_language_therapy", "2026-10-26", None)])),
    dict(id="T6.4", frm="dunn", to=["emeka"], cc=[], date="2026-10-27 07:06", arrival="gmail-forward",
         fwd="2026-10-27 07:40", note="great", reply="T6.3", quote=False, auto_reply=True,
          body="""Thank you for your email. I am out of the office until Friday, November 6 and will not be checking email. For urgent speech-language matters at Kestrel Middle School please contact Dana Whitcombe (dwhitcombe@aldercreek41.org); at Fernhill Elementary please contact the front office at 503-555-0177.""",
         sig="", labels=L(**NONE)),
    dict(id="T6.5", frm="whitcombe", to=["emeka"], cc=["dunn", "TRAIL"], date="2026-10-28 12:15", arrival="direct",
         reply="T6.3",
         body="""Mr. Okonkwo,

I saw the auto reply come back to you, so I wanted to answer rather than leave you waiting. Kelsey is on an unexpected leave and is expected back November 9. The district has not been able to get a contract SLP in for the two weeks, so there was no speech on 10/26 and there won't be any until she's back. You're right that 10/12 was never made up.

Missed sessions are made up as compensatory services, and Dr. Marsh, our Director of Student Services, will be in touch with you about a make-up plan. I've forwarded him your email.

I'm sorry, I know this is frustrating.""",
         labels=L(["speech_language_therapy", "compensatory_services"],
                  commits=[("c_marsh_plan1", "marsh", "contact the family about a speech make-up plan",
                            "Dr. Marsh, our Director of Student Services, will be in touch with you about a make-up plan.",
                            None)],
                  missed=[("speech_language_therapy", "2026-10-26", None),
                          ("speech_language_therapy", "2026-10-12", None)])),
    dict(id="T6.6", frm="dunn", to=["emeka"], cc=["whitcombe", "TRAIL"], date="2026-11-09 14:50", arrival="direct",
         reply="T6.5",
         body="""Hi Mr. Okonkwo,

I'm back, and I saw Ikenna today - it was so good to see him. Thank you for your patience. I know we have sessions to make up and I'm working that out with Dr. Marsh and Dana right now.

Kelsey""",
         labels=L(["speech_language_therapy", "compensatory_services"])),
)

# ============================================================================ T7 counseling group
thread("T7", "Organized & On Track group",
    dict(id="T7.1", frm="whitaker", to=["emeka", "marisol"], cc=[], date="2026-10-08 10:10",
         arrival="thunderbird-forward", fwd="2026-10-08 20:02", fwd_by="marisol",
         note="From the counselor. (sending from the desktop, my phone won't open the attachment link)",
         body="""Dear Mr. Okonkwo and Ms. Reyes,

I wanted to introduce myself and let you know that Ikenna has joined my "Organized & On Track" group this quarter, which is how we're delivering the counseling minutes in his IEP. The group meets every other Wednesday during 7th period for 30 minutes, and we had our first meeting yesterday. There are four 7th graders in the group and we'll work on planners, breaking big assignments into steps, and what to do when you get stuck.

I'll send you a copy of the planner checklist we use in group so you can use the same language at home.

Best regards,""",
         labels=L(["counseling"],
                  commits=[("c_checklist", "whitaker", "send the planner checklist used in group",
                            "I'll send you a copy of the planner checklist we use in group so you can use the same language at home.",
                            None)])),
    dict(id="T7.2", frm="marisol", to=["whitaker"], cc=["emeka", "TRAIL"], date="2026-11-18 20:14", arrival="direct",
         reply="T7.1",
         body="""Hi Mr. Whitaker,

Checking in on the Organized & On Track group. Ikenna says it hasn't met since before Halloween, with conferences and the assembly schedule. Is the group still meeting?

Also, we never got the planner checklist. No rush, but it would really help at home.

Thanks,
Marisol""",
         labels=L(["counseling"],
                  reqs=[("r_group", "marisol", "Is the group still meeting?")],
                  missed=[("counseling", "2026-11-04", None)])),
)

# ============================================================================ T8 audiology + equipment
thread("T8", "Classroom listening check - Ikenna Okonkwo",
    dict(id="T8.1", frm="stavros", to=["emeka_w"], cc=["natarajan", "whitcombe"], date="2026-10-22 11:30",
         arrival="outlook-forward", fwd="2026-10-22 16:41", fwd_by="emeka_w", note="",
         atts=[("Classroom_Listening_Check_Okonkwo_2026-10-21.pdf", "application/pdf",
                """Northfork ESD Audiology - Classroom Listening Check
Student: Ikenna Okonkwo   School: Kestrel MS   Date: 10/21/2026   Audiologist: M. Stavros, Au.D.
Rooms observed: 121 (LA), 118 (Science), 212 (Math)
Background noise (unoccupied): Rm 121 41 dBA; Rm 212 44 dBA; Rm 118 58 dBA (fume hood exhaust fan)
Hearing aids: functioning. Roger receiver (L) good. Roger receiver (R) intermittent - sent for repair.
Loaner receiver fitted 10/21.
Recommendations: seat away from fume hood in Rm 118; consider sound-field amplification in Rm 118;
teacher use of transmitter observed in all three rooms; repeat peer comments in discussions.
""")],
         body="""Dear Mr. Okonkwo,

I completed Ikenna's classroom listening check on Wednesday, October 21, in Language Arts, Science and Math. My report is attached. In brief:

His hearing aids are working well. The Roger receiver on his right hearing aid was cutting in and out, so I have sent it to the manufacturer for repair and fitted a loaner receiver in the meantime. I will have the repaired receiver back to him by November 6.

The background noise in Room 118 (science) was 58 dBA with the fume hood running, which is well above what we want for a student with his hearing loss. His seat in science should be moved to the side of the room away from the hood, and I would recommend the IEP team discuss a sound-field amplification system for that room at the annual review.

Please do not hesitate to contact me with any questions.

Sincerely,""",
         labels=L(["assistive_technology", "preferential_seating"],
                  commits=[("c_receiver", "stavros", "return the repaired Roger receiver",
                            "I will have the repaired receiver back to him by November 6.", "2026-11-06")],
                  fulfills=["c_stavros_check"],
                  att_topics=["assistive_technology", "preferential_seating"])),
    dict(id="T8.2", frm="emeka", to=["stavros"], cc=["natarajan"], date="2026-11-09 08:02", arrival="bcc-self",
         reply="T8.1",
         body="""Dr. Stavros,

The repaired receiver was due back 11/6. Ikenna still has the loaner. What is the status?

Emeka Okonkwo""",
         labels=L(["assistive_technology"], reqs=[("r_receiver", "emeka", "What is the status?")])),
    dict(id="T8.3", frm="stavros", to=["emeka"], cc=["natarajan"], date="2026-11-10 09:48", arrival="gmail-forward",
         fwd="2026-11-10 12:20", reply="T8.2",
         body="""Dear Mr. Okonkwo,

Thank you for checking. The manufacturer has had a backlog on repairs this fall; their latest estimate is that the receiver will ship back to us by November 16. The loaner is a full replacement in the meantime and Ms. Natarajan checked it last Thursday.

I apologize for the delay.

Sincerely,""",
         labels=L(["assistive_technology"], answers=["r_receiver"])),
)

thread("T9", "Loaner receiver",
    dict(id="T9.1", frm="natarajan", to=["emeka"], cc=["whitcombe", "stavros"], date="2026-11-02 13:20",
         arrival="gmail-forward", fwd="2026-11-02 18:45", note="he didn't tell anyone for 2 days",
         body="""Hi Mr. Okonkwo,

Quick update on the equipment:

- The loaner receiver stopped pairing with the transmitter on Thursday 10/29. Ikenna went without the mic Thursday and Friday (10/29 and 10/30) before he told anyone.
- I re-paired it this morning and it's working. I also showed Mrs. Park how to check the green light.
- We talked about telling a teacher right away when it's not working - that's exactly his self-advocacy goal and what we're working on in his sessions.
- I had to cancel our direct session on 10/29 for an ESD training. I'll add 15 minutes to each of his next two sessions to make it up.

Priya""",
         labels=L(["assistive_technology", "specialized_instruction", "compensatory_services"],
                  commits=[("c_dhh_mu", "natarajan", "add 15 minutes to each of the next two DHH sessions",
                            "I'll add 15 minutes to each of his next two sessions to make it up.", None)],
                  missed=[("assistive_technology", "2026-10-29", None), ("assistive_technology", "2026-10-30", None),
                          ("specialized_instruction", "2026-10-29", 30)])),
)

thread("T10", "Ikenna's Roger receiver is back",
    dict(id="T10.1", frm="natarajan", to=["emeka"], cc=["stavros", "whitcombe"], date="2026-11-17 10:05",
         arrival="attachment-forward", fwd="2026-11-17 12:31", note="receiver finally back",
         body="""Hi Mr. Okonkwo,

The repaired receiver came back from the manufacturer yesterday and it's on his right hearing aid as of this morning. I checked both receivers with the transmitter in LA and science and they're strong. The loaner went back to Dr. Stavros.

Also, the make-up minutes are done: his sessions on 11/5 and 11/12 were 45 minutes each.

Priya""",
         labels=L(["assistive_technology", "specialized_instruction", "compensatory_services"],
                  fulfills=["c_receiver", "c_dhh_mu"])),
)

# ============================================================================ T11 MAP testing
thread("T11", "Fall MAP testing - Ikenna",
    dict(id="T11.1", frm="whitcombe", to=["emeka"], cc=["TRAIL"], date="2026-10-02 11:40", arrival="direct",
         body="""Hi Mr. Okonkwo,

Quick one before the weekend. 7th grade fall MAP Growth testing is coming up. Math was already done in class in September; the reading test is Tuesday morning, 10/13.

To answer the question you asked a couple of weeks ago: yes, his testing accommodations apply to MAP. MAP isn't timed, so "extended time" really means he can stop and finish in a second sitting if he needs to. On 10/13 Ikenna will take the reading test in Room 104 with me, in a small group of four, with his break pass.

Have a good weekend!""",
         labels=L(["extended_time", "separate_setting", "breaks"],
                  commits=[("c_map104", "whitcombe", "have Ikenna take the reading MAP in Room 104 in a small group",
                            "On 10/13 Ikenna will take the reading test in Room 104 with me, in a small group of four, with his break pass.",
                            "2026-10-13")],
                  answers=["r_map"])),
    dict(id="T11.2", frm="emeka", to=["whitcombe"], cc=[], date="2026-10-14 06:55", arrival="bcc-self",
         reply="T11.1",
         body="""Ikenna says he took the reading MAP yesterday in the library with the whole grade, not in your room. What happened? Does he retest? Did he at least have his break pass?""",
         labels=L(["separate_setting", "breaks"],
                  reqs=[("r_map_what", "emeka", "What happened?"), ("r_map_retest", "emeka", "Does he retest?"),
                        ("r_map_break", "emeka", "Did he at least have his break pass?")],
                  missed=[("separate_setting", "2026-10-13", None)])),
    dict(id="T11.3", frm="whitcombe", to=["emeka"], cc=["TRAIL"], date="2026-10-15 15:30", arrival="direct",
         reply="T11.2",
         body="""Mr. Okonkwo,

You're right, and I'm sorry. I was pulled that morning to proctor the 8th grade make-up session, and the change in plans never made it to the library proctor, so the small group tested with the whole grade. That should not have happened.

His reading RIT is right in line with his spring score, so the team doesn't think a retest would tell us anything new and we are not going to retest. I've added a note to the testing binder that his group tests in 104 regardless of who is proctoring.""",
         labels=L(["separate_setting"], answers=["r_map_what", "r_map_retest"],
                  missed=[("separate_setting", "2026-10-13", None)])),
)

# ============================================================================ T12 annual IEP meeting
thread("T12", "Annual IEP meeting - Ikenna Okonkwo",
    dict(id="T12.1", frm="whitcombe", to=["emeka", "marisol"], cc=["TRAIL"], date="2026-10-19 09:12", arrival="direct",
         body="""Hi Mr. Okonkwo and Ms. Reyes,

Ikenna's annual IEP review is due by November 20. Could you let me know which of these works for you?

- Thursday 11/12 at 3:15
- Monday 11/16 at 8:00
- Wednesday 11/18 at 3:15

Meetings are in the Kestrel conference room, and Zoom is always an option.

Thanks!""",
         labels=L(["iep_meeting"], reqs=[("r_pickdate", "whitcombe", "Could you let me know which of these works for you?")])),
    dict(id="T12.2", frm="emeka", to=["whitcombe"], cc=["marisol"], date="2026-10-19 20:20",
         arrival="bcc-self", reply="T12.1",
         body="""11/12 at 3:15. Both of us will be there.

We want a draft ahead of time. Can we get it at least 3 school days before the meeting?""",
         labels=L(["iep_meeting"], answers=["r_pickdate"],
                  reqs=[("r_draft", "emeka", "Can we get it at least 3 school days before the meeting?")])),
    dict(id="T12.3", frm="whitcombe", to=["emeka"], cc=["marisol", "TRAIL"], date="2026-10-20 13:02",
         arrival="direct", reply="T12.2",
         body="""Perfect, 11/12 at 3:15 it is.

I'll send the formal Notice of Team Meeting this week. For the draft, you'll have it by Monday 11/9, which is three school days ahead since we're closed 11/11 for Veterans Day. I'll try for Friday 11/6 if the speech and DHH pieces are in by then.""",
         labels=L(["iep_meeting"],
                  commits=[("c_notice", "whitcombe", "send the Notice of Team Meeting",
                            "I'll send the formal Notice of Team Meeting this week.", "2026-10-23"),
                           ("c_draft", "whitcombe", "send the draft IEP",
                            "For the draft, you'll have it by Monday 11/9", "2026-11-09")],
                  answers=["r_draft"])),
    dict(id="T12.4", frm="whitcombe", to=["emeka", "marisol"], cc=[], date="2026-10-22 14:44",
         arrival="attachment-forward", fwd="2026-10-22 20:15", note="meeting notice",
         reply="T12.3", quote=False, subject="Notice of Team Meeting - Ikenna Okonkwo - 11/12",
         atts=[("Notice_of_Team_Meeting_Okonkwo.pdf", "application/pdf",
                """ALDER CREEK SCHOOL DISTRICT 41 - NOTICE OF TEAM MEETING
Student: Ikenna Okonkwo   DOB: 03/2014   School: Kestrel Middle School   Grade: 7
Date/Time: Thursday, November 12, 2026, 3:15 PM   Location: Kestrel MS Conference Room / Zoom
Purpose: Annual review of the Individualized Education Program (IEP); review of progress on goals;
consideration of special factors for a student who is deaf or hard of hearing (communication needs,
assistive technology and devices).
Invited: Emeka Okonkwo (parent); Marisol Reyes (stepparent); Dana Whitcombe (case manager);
Annette Boudreaux (general education teacher); Priya Natarajan (TOD/HH, Northfork ESD);
Kelsey Dunn (SLP); Jerome Whitaker (counselor); Patricia Holm (district representative);
Miriam Stavros (educational audiologist, by Zoom).
Please return the attendance page. You may bring anyone with knowledge or special expertise.
""")],
         body="""Hello,

Attached is the Notice of Team Meeting for Ikenna's annual IEP on Thursday, November 12 at 3:15. Dr. Stavros has asked to join by Zoom for the audiology piece. Please sign the attendance page and send it back to me.

Thank you,""",
         labels=L(["iep_meeting"], fulfills=["c_notice"],
                  reqs=[("r_attend", "whitcombe", "Please sign the attendance page and send it back to me.")],
                  att_topics=["iep_meeting", "assistive_technology"])),
    dict(id="T12.5", frm="emeka", to=["whitcombe"], cc=[], date="2026-10-23 06:40", arrival="bcc-self",
         reply="T12.4", quote=False,
         atts=[("attendance_signed.pdf", "application/pdf",
                "Notice of Team Meeting - attendance page. Ikenna Okonkwo. Parent will attend: YES. Signed: Emeka Okonkwo 10/22/2026\n")],
         body="""Signed, attached.""",
         labels=L(["iep_meeting"], answers=["r_attend"])),
    dict(id="T12.6", frm="marisol", to=["whitcombe"], cc=["emeka", "TRAIL"], date="2026-11-10 19:55", arrival="direct",
         reply="T12.3",
         body="""Hi Dana,

We haven't seen the draft IEP yet. Is it still coming before Thursday? We'd really like time to read it, especially the hearing goals and whatever is written about the speech sessions.

Thank you!
Marisol""",
         labels=L(["iep_meeting", "speech_language_therapy"],
                  reqs=[("r_draft2", "marisol", "Is it still coming before Thursday?")])),
    dict(id="T12.7", frm="whitcombe", to=["marisol", "emeka"], cc=["TRAIL"], date="2026-11-11 19:40", arrival="direct",
         reply="T12.6",
         atts=[("DRAFT_IEP_Okonkwo_2026-11-12.pdf", "application/pdf",
                """DRAFT - FOR DISCUSSION - Individualized Education Program - Ikenna Okonkwo - Meeting 11/12/2026
Present levels: Ikenna is passing all classes. Uses the Roger system consistently when teachers wear the
transmitter; advocates for himself about 50% of the time (goal area). Missing assignments rise when the daily
check-in does not happen.
Proposed goals: (1) Self-advocacy - will tell an adult when equipment fails or he did not hear, 4/5 opportunities.
(2) Listening in noise. (3) Articulation /s/ /z/ blends in conversation (PROPOSED - SLP to review).
(4) Executive functioning - planner completion with check-in/check-out, 80% of days.
Accommodations: remote microphone; preferential seating; closed captions; class notes; extended time 1.5x;
small-group testing; break pass.
Services: Academic Strategies 45 min daily; SDI DHH 30 min weekly; speech-language 60 min monthly;
counseling 30 min 2x monthly.
""")],
         body="""Marisol and Emeka,

I'm so sorry this is late - the draft is attached. The speech and DHH goals are still marked "proposed" because Kelsey only got back on Monday.

See you at 3:15.

Dana""",
         labels=L(["iep_meeting", "speech_language_therapy", "specialized_instruction"],
                  fulfills=["c_draft"], answers=["r_draft2"],
                  att_topics=["iep_meeting", "assistive_technology", "preferential_seating", "class_notes",
                              "extended_time", "separate_setting", "breaks", "check_in", "specialized_instruction",
                              "speech_language_therapy", "counseling"])),
)

# ============================================================================ T13 meeting summary (parent writes down oral promises)
thread("T13", "Ikenna IEP 11/12 - what we agreed",
    dict(id="T13.1", frm="emeka", to=["whitcombe", "holm"], cc=["marisol"], date="2026-11-13 07:15",
         arrival="bcc-self",
         body="""Ms. Holm, Ms. Whitcombe,

Writing down what we agreed yesterday. Correct me if anything is wrong.

1. Captions on for every video in every class. Teachers check before pressing play.
2. Ms. Holm will tell us by 11/20 whether the district will buy a sound-field system for Room 118.
3. Dr. Marsh will send us a written compensatory plan for the missed speech sessions before Thanksgiving break.
4. Counseling group stays at 2x a month.
5. Final IEP to us by 11/24 (Dana).

Emeka""",
         labels=L(["iep_meeting", "assistive_technology", "compensatory_services", "speech_language_therapy",
                   "counseling"],
                  commits=[("c_soundfield", "holm", "tell the family whether the district will buy a sound-field system for Room 118",
                            "Ms. Holm will tell us by 11/20 whether the district will buy a sound-field system for Room 118.",
                            "2026-11-20"),
                           ("c_marsh_plan2", "marsh", "send a written compensatory plan for missed speech",
                            "Dr. Marsh will send us a written compensatory plan for the missed speech sessions before Thanksgiving break.",
                            "2026-11-24"),
                           ("c_final_iep", "whitcombe", "send the final IEP",
                            "Final IEP to us by 11/24 (Dana).", "2026-11-24")],
                  reqs=[("r_correct", "emeka", "Correct me if anything is wrong.")])),
    dict(id="T13.2", frm="holm", to=["emeka"], cc=["whitcombe", "marisol", "TRAIL"], date="2026-11-16 16:05",
         arrival="direct", reply="T13.1",
         body="""Mr. Okonkwo,

Thank you for the summary. It matches my notes, with one clarification on item 1: the expectation is that captions are on for any video shown in class, and if a video has no captions available the teacher chooses a different video or gives Ikenna a transcript. I sent that reminder to all staff this morning.

Sincerely,""",
         labels=L(["assistive_technology"], answers=["r_correct"])),
    dict(id="T13.3", frm="emeka", to=["holm"], cc=["whitcombe"], date="2026-11-30 07:02", arrival="bcc-self",
         reply="T13.2",
         body="""Ms. Holm,

The answer on the sound-field system for Room 118 was due 11/20. Haven't heard anything. Is it approved or not?

Emeka""",
         labels=L(["assistive_technology"], reqs=[("r_sf_status", "emeka", "Is it approved or not?")])),
)

thread("T14", "Final IEP - Ikenna Okonkwo",
    dict(id="T14.1", frm="whitcombe", to=["emeka", "marisol"], cc=["TRAIL"], date="2026-11-23 15:38", arrival="direct",
         atts=[("IEP_FINAL_Okonkwo_2026-11-12.pdf", "application/pdf",
                """Individualized Education Program - FINAL - Ikenna Okonkwo - IEP date 11/12/2026
Services: Specially designed instruction (Academic Strategies) 45 min daily; SDI Deaf/Hard of Hearing
30 min weekly; Speech-language services 60 min monthly; Counseling 30 min 2x monthly.
Accommodations: remote microphone system worn by all instructors; closed captions on all video (or an
alternative/transcript); preferential seating away from noise sources; copies of notes; extended time 1.5x;
small-group testing; break pass; daily check-in/check-out.
Prior Written Notice: district will consider sound-field amplification for Room 118; decision pending.
Compensatory services for speech-language sessions not provided on 10/12 and 10/26: plan to follow.
""")],
         body="""Hi both,

Attached are Ikenna's finalized IEP from 11/12 and the Prior Written Notice. Everything from the meeting is in there, including captions on all video. The sound-field question is still with Ms. Holm, and the PWN says so.

Have a restful Thanksgiving!""",
         labels=L(["iep_meeting", "assistive_technology"], fulfills=["c_final_iep"],
                  att_topics=["iep_meeting", "specialized_instruction", "speech_language_therapy", "counseling",
                              "assistive_technology", "preferential_seating", "class_notes", "extended_time",
                              "separate_setting", "breaks", "check_in", "compensatory_services"])),
)

# ============================================================================ T15 newsletter
thread("T15", "Kestrel Flyer - Week of November 2",
    dict(id="T15.1", frm="flyer", to=["emeka"], cc=[], date="2026-10-30 16:00", arrival="direct", newsletter=True,
         body="""KESTREL FLYER
Week of November 2 | Kestrel Middle School

Conferences are coming!
Fall conferences are Thursday 11/19 and Friday 11/20. Sign-ups open Monday on ParentVUE. Need extra time with a teacher? Book two slots back to back.

Food drive extended
Our canned food drive got extra time: bins stay out through Friday 11/13. The winning advisory earns a pizza party!

Picture retakes
Retakes are Wednesday 11/4 in the gym during PE. Forms are at the front office.

No school
Wednesday 11/11 (Veterans Day) and Nov 25-27 (Thanksgiving break).

From the counseling office
Feeling overwhelmed by assignments? Stop by the counseling office at lunch - our door is always open.

Who's ready for basketball season? Tryouts start 11/30!""",
         labels=L(**NONE)),
)

thread("T16", "Kestrel Flyer - Week of November 30",
    dict(id="T16.1", frm="flyer", to=["marisol"], cc=[], date="2026-11-25 15:00", arrival="apple-forward",
         fwd="2026-11-28 10:12", fwd_by="marisol", note="Basketball tryouts 11/30 for Ikenna. And the winter concert date.",
         newsletter=True,
         body="""KESTREL FLYER
Week of November 30 | Kestrel Middle School

Welcome back!
We hope everyone had a restful Thanksgiving break.

Basketball tryouts
Tryouts are Monday 11/30 through Wednesday 12/2 after school in the main gym. A current sports physical must be on file.

Winter concert
Band and choir perform Thursday 12/10 at 7:00 PM. Students report at 6:15.

Semester testing
Finals week is January 25-29. Teachers will share study guides before winter break.

Lost and found
Over 60 jackets are waiting! Anything left after 12/18 goes to charity.""",
         labels=L(**NONE)),
)

# ============================================================================ T17 sub day in science
thread("T17", "Sub in science yesterday",
    dict(id="T17.1", frm="marisol", to=["lindqvist", "whitcombe"], cc=["emeka", "TRAIL"], date="2026-11-06 08:12",
         arrival="direct",
         body="""Good morning,

Yesterday (Thursday) there was a sub in science. According to Ikenna, the sub didn't use the mic, sat everyone alphabetically so he ended up in the back row right by the fume hood, and told him he couldn't use his break pass. When he went out for his break anyway he got a referral for leaving class without permission.

Can someone please look into the referral? This is exactly the situation the "hearing access" sheet was supposed to prevent, and Ikenna did give the sub his card.

Marisol Reyes""",
         labels=L(["assistive_technology", "preferential_seating", "breaks"],
                  reqs=[("r_referral", "marisol", "Can someone please look into the referral?")],
                  missed=[("assistive_technology", "2026-11-05", None), ("preferential_seating", "2026-11-05", None),
                          ("breaks", "2026-11-05", None)])),
    dict(id="T17.2", frm="lindqvist", to=["marisol"], cc=["whitcombe", "emeka"], date="2026-11-06 12:31",
         arrival="yahoo-forward", fwd="2026-11-06 17:02", fwd_by="marisol", note="", reply="T17.1",
         body="""the sheet was in my sub folder but I left the folder in the back room, not on my desk. thats on me not him. ill talk to ms holm about the referral today

GL""",
         labels=L(["assistive_technology"],
                  commits=[("c_gl_holm", "lindqvist", "talk to the principal about the referral",
                            "ill talk to ms holm about the referral today", "2026-11-06")])),
    dict(id="T17.3", frm="holm", to=["marisol", "emeka"], cc=["lindqvist", "whitcombe"], date="2026-11-09 11:10",
         arrival="apple-forward", fwd="2026-11-09 12:28", fwd_by="marisol", note="Referral removed!",
         subject="Ikenna - referral from 11/5",
         body="""Dear Ms. Reyes and Mr. Okonkwo,

Mr. Lindqvist spoke with me on Friday about what happened with the substitute on November 5. I have removed the referral from Ikenna's record; he was using an accommodation in his IEP and should not have been disciplined for it.

As of this morning the hearing access sheet is clipped to the front of every sub folder for his teachers, and our sub coordinator now points it out at check-in, so a substitute knows about his remote microphone, his seat and his break pass before class starts.

Sincerely,""",
         labels=L(["breaks", "assistive_technology", "preferential_seating"],
                  fulfills=["c_gl_holm"], answers=["r_referral"])),
)

# ============================================================================ T18 check-in / Academic Strategies
thread("T18", "Morning check-in and Academic Strategies",
    dict(id="T18.1", frm="emeka", to=["whitcombe"], cc=[], date="2026-10-28 06:48", arrival="bcc-self",
         body="""Ms. Whitcombe,

Mrs. Boudreaux says you've been covering for 6th grade since Monday and Ikenna has had no morning check-in this week. Is Academic Strategies still happening? How many days has he missed?""",
         labels=L(["check_in", "specialized_instruction"],
                  reqs=[("r_as_happening", "emeka", "Is Academic Strategies still happening?"),
                        ("r_as_days", "emeka", "How many days has he missed?")],
                  missed=[("check_in", "2026-10-26", None)])),
    dict(id="T18.2", frm="whitcombe", to=["emeka"], cc=["TRAIL"], date="2026-10-29 14:22", arrival="direct",
         reply="T18.1",
         body="""Mr. Okonkwo,

Yes, I was covering a 6th grade science class Monday through Wednesday (10/26-10/28) while we waited for a long-term sub. Ikenna had no check-in those three mornings, and Academic Strategies was run as a study hall by a substitute on all three days, so he didn't get his specialized instruction either. I'm back in my room as of today and we did his check-in this morning.

I'll sit down with him Friday during Academic Strategies and go through his planner and the missing LA work.""",
         labels=L(["check_in", "specialized_instruction"],
                  commits=[("c_planner_fri", "whitcombe", "go through Ikenna's planner and missing LA work on Friday",
                            "I'll sit down with him Friday during Academic Strategies and go through his planner and the missing LA work.",
                            "2026-10-30")],
                  answers=["r_as_happening", "r_as_days"],
                  missed=[("check_in", "2026-10-26", None), ("check_in", "2026-10-27", None),
                          ("check_in", "2026-10-28", None), ("specialized_instruction", "2026-10-26", 45),
                          ("specialized_instruction", "2026-10-27", 45), ("specialized_instruction", "2026-10-28", 45)])),
)

# ============================================================================ T19 Boudreaux again (run-on), essay
thread("T19", "Argument essay + a good week",
    dict(id="T19.1", frm="boudreaux", to=["emeka", "marisol"], cc=["whitcombe"], date="2026-11-20 15:10",
         arrival="gmail-forward", fwd="2026-11-20 18:33", note="",
         body="""Hello both,

I wanted to send some good news before the break because it has been a good couple of weeks for Ikenna in LA, all three missing assignments are turned in (the found poem was wonderful, I read it twice), and he's been grabbing the paper notes from the basket by the door every day, which I started doing for the whole class after I asked you about it and honestly it's helped half my kids, so thank you for that even if you didn't know you did it. Looking ahead, we start the argument essay right after Thanksgiving, and since he gets extended time his final draft is already set in Google Classroom as due the Wednesday after everyone else's, and I'll get him the rubric and the graphic organizer for the claim and evidence part by Tuesday 12/8 so he has a head start on planning.

Have a lovely Thanksgiving,""",
         labels=L(["class_notes", "extended_time", "graphic_organizers"],
                  commits=[("c_rubric", "boudreaux", "give Ikenna the essay rubric and graphic organizer",
                            "I'll get him the rubric and the graphic organizer for the claim and evidence part by Tuesday 12/8",
                            "2026-12-08")])),
)

# ============================================================================ T20 social studies (formal) intro + captions
thread("T20", "Welcome to Social Studies 7",
    dict(id="T20.1", frm="ferris", to=["marisol"], cc=[], date="2026-09-16 18:30", arrival="thunderbird-forward",
         fwd="2026-09-16 21:44", fwd_by="marisol", note="",
         body="""Dear Ms. Reyes,

Thank you for your note on the back-to-school form. I have reviewed Ikenna's accommodations with Ms. Whitcombe. He is seated in the front row, to the left of the board, which is the side he asked for. I wear the transmitter for lectures and I hand it to students during presentations.

Sincerely,""",
         labels=L(["preferential_seating", "assistive_technology"])),
)

thread("T21", "Captions in Social Studies",
    dict(id="T21.1", frm="emeka", to=["ferris"], cc=["whitcombe"], date="2026-11-19 07:20", arrival="bcc-self",
         body="""Mr. Ferris,

Ikenna says the documentary in social studies on Tuesday (11/17) had no captions. He said the same happened on 11/3. Captions have been on his at-a-glance sheet since September and were confirmed at the IEP meeting last week.

Please confirm this is fixed.

Emeka Okonkwo""",
         labels=L(["assistive_technology"],
                  reqs=[("r_captions", "emeka", "Please confirm this is fixed.")],
                  missed=[("assistive_technology", "2026-11-17", None), ("assistive_technology", "2026-11-03", None)])),
    dict(id="T21.2", frm="ferris", to=["emeka"], cc=["whitcombe"], date="2026-11-19 16:45", arrival="gmail-forward",
         fwd="2026-11-19 19:10", note="partly his fault, partly disputes", reply="T21.1",
         body="""Mr. Okonkwo,

Thank you for letting me know. The video on 11/17 was streamed from a museum site that does not offer closed captioning, and I should have chosen a different source. That was my error.

On 11/3 the captions were on; I checked the recording settings. I spoke with Ikenna after class today and he agreed they were on, but said they were small from his group table, so his group now sits at the front table on video days.

I have already replaced the remaining videos in the unit with captioned versions. I'll have a transcript of the 11/17 documentary to Ikenna by Monday.

Sincerely,""",
         labels=L(["assistive_technology"],
                  commits=[("c_transcript", "ferris", "give Ikenna a transcript of the 11/17 documentary",
                            "I'll have a transcript of the 11/17 documentary to Ikenna by Monday.", "2026-11-23")],
                  answers=["r_captions"],
                  missed=[("assistive_technology", "2026-11-17", None)])),
    dict(id="T21.3", frm="marisol", to=["ferris"], cc=["emeka", "TRAIL"], date="2026-12-03 17:40", arrival="direct",
         reply="T21.2",
         body="""Hi Mr. Ferris,

Ikenna showed me the transcript for the Columbia River documentary you gave him. Thank you, he used it for his study guide and said it helped a lot.

Marisol""",
         labels=L(["assistive_technology"], fulfills=["c_transcript"])),
)

# ============================================================================ T22 LA notes over break + OOO
thread("T22", "LA notes over the break",
    dict(id="T22.1", frm="marisol", to=["whitcombe"], cc=["emeka", "TRAIL"], date="2026-11-24 21:05", arrival="direct",
         body="""Hi Dana,

Quick question: can Ikenna get a copy of the LA notes for the Thanksgiving reading assignment? He left his in his locker. If not, no worries.

Happy Thanksgiving!
Marisol""",
         labels=L(["class_notes"], reqs=[("r_break_notes", "marisol", "can Ikenna get a copy of the LA notes for the Thanksgiving reading assignment?")])),
    dict(id="T22.2", frm="whitcombe", to=["marisol"], cc=[], date="2026-11-24 21:06", arrival="yahoo-forward",
         fwd="2026-11-25 08:30", fwd_by="marisol", note="", reply="T22.1", quote=False, auto_reply=True,
         subject="Out of Office - Thanksgiving Break",
         body="""Thank you for your message. Kestrel Middle School is closed for Thanksgiving break November 25-27. I will reply when I return on Monday, November 30. If this is an emergency, please call the district office at 503-555-0100.""",
         sig="", labels=L(**NONE)),
    dict(id="T22.3", frm="whitcombe", to=["marisol"], cc=["emeka", "TRAIL"], date="2026-11-30 08:05", arrival="direct",
         reply="T22.1",
         body="""Hi Marisol,

Sorry I missed this over the break! The notes are in Google Classroom under "Out of the Dust - Part 4," and Mrs. Boudreaux has a paper copy for him in the basket by her door this morning. Hope you all had a good Thanksgiving.""",
         labels=L(["class_notes"], answers=["r_break_notes"])),
)

# ============================================================================ T23 math: break pass (non-native)
thread("T23", "Ikenna break pass in math",
    dict(id="T23.1", frm="park", to=["emeka", "marisol"], cc=["whitcombe"], date="2026-12-03 12:20",
         arrival="apple-forward", fwd="2026-12-03 18:05", fwd_by="marisol", note="Mrs. Park again",
         body="""Dear Mr. Okonkwo and Ms. Reyes,

I want to ask about Ikenna break pass. Today he use the pass 4 times in one class and he was gone maybe 20 minutes total. I am worry he miss the instruction for the new unit (ratio). His IEP say break pass, but how many is OK? I don't want to say no if it is his right.

Thank you,
Hyun-joo Park""",
         labels=L(["breaks"], reqs=[("r_howmany", "park", "His IEP say break pass, but how many is OK?")])),
    dict(id="T23.2", frm="emeka", to=["park"], cc=["marisol", "whitcombe"], date="2026-12-04 06:50",
         arrival="bcc-self", reply="T23.1",
         body="""Mrs. Park,

IEP says up to 2 per class, 5 minutes each. Please hold him to 2. I'll talk to him about it this weekend.

Thanks for asking first.""",
         labels=L(["breaks"], answers=["r_howmany"],
                  commits=[("c_talk", "emeka", "talk to Ikenna about break-pass use",
                            "I'll talk to him about it this weekend.", "2026-12-06")])),
)

# ============================================================================ T24 comp services letter
thread("T24", "Compensatory services - Ikenna Okonkwo",
    dict(id="T24.1", frm="marsh", to=["emeka", "marisol"], cc=["whitcombe", "dunn"], date="2026-12-01 10:30",
         arrival="attachment-forward", fwd="2026-12-01 19:48", note="comp letter. a week late.",
         atts=[("Compensatory_Services_Agreement_Okonkwo.pdf", "application/pdf",
                """ALDER CREEK SCHOOL DISTRICT 41 - COMPENSATORY SERVICES AGREEMENT
Student: Ikenna Okonkwo   School: Kestrel MS   Prepared by: E. Marsh, Director of Student Services
Services not provided: Speech-language 10/12/2026 (30 min); Speech-language 10/26/2026 (30 min);
Specially designed instruction (Academic Strategies) 10/26, 10/27, 10/28/2026 (45 min each).
Compensatory services: 60 minutes speech-language services; 135 minutes specially designed instruction.
Schedule: to be arranged with the family; to be completed by January 29, 2027.
Parent signature: ____________________  Date: __________
""")],
         body="""Dear Mr. Okonkwo and Ms. Reyes:

I am writing regarding services that were not provided to Ikenna this fall. Our records show that Ikenna did not receive speech-language services on October 12 and October 26 (30 minutes each), and that he did not receive specially designed instruction in Academic Strategies on October 26, 27 and 28 (45 minutes each) because his case manager was reassigned to cover a classroom.

Ms. Dunn will contact you by December 4 to schedule the make-up speech sessions. The district will provide 60 minutes of compensatory speech-language services and 135 minutes of compensatory specially designed instruction, all to be completed by January 29, 2027.

Please sign and return the enclosed Compensatory Services Agreement by December 11.

Sincerely,""",
         labels=L(["compensatory_services", "speech_language_therapy", "specialized_instruction"],
                  commits=[("c_dunn_call", "dunn", "contact the family to schedule make-up speech sessions",
                            "Ms. Dunn will contact you by December 4 to schedule the make-up speech sessions.",
                            "2026-12-04"),
                           ("c_comp_done", "marsh", "complete all compensatory sessions",
                            "The district will provide 60 minutes of compensatory speech-language services and 135 minutes of compensatory specially designed instruction, all to be completed by January 29, 2027.", "2027-01-29")],
                  fulfills=["c_marsh_plan1", "c_marsh_plan2"], answers=["r_speech_when"],
                  reqs=[("r_sign_comp", "marsh", "Please sign and return the enclosed Compensatory Services Agreement by December 11.")],
                  missed=[("speech_language_therapy", "2026-10-12", 30), ("speech_language_therapy", "2026-10-26", 30),
                          ("specialized_instruction", "2026-10-26", 45), ("specialized_instruction", "2026-10-27", 45),
                          ("specialized_instruction", "2026-10-28", 45)],
                  att_topics=["compensatory_services", "speech_language_therapy", "specialized_instruction"])),
    dict(id="T24.2", frm="emeka", to=["marsh"], cc=["marisol", "whitcombe"], date="2026-12-02 06:35",
         arrival="bcc-self", reply="T24.1",
         body="""Dr. Marsh,

The letter leaves out the daily check-in. He had no check-in 10/26, 10/27 and 10/28, same days as Academic Strategies. Why isn't that included?

Will sign once this is answered.""",
         labels=L(["compensatory_services", "check_in"],
                  reqs=[("r_why_checkin", "emeka", "Why isn't that included?")],
                  missed=[("check_in", "2026-10-26", None), ("check_in", "2026-10-27", None),
                          ("check_in", "2026-10-28", None)])),
)

# ============================================================================ T25 case manager Friday update (fresh promises)
thread("T25", "Friday update - Ikenna",
    dict(id="T25.1", frm="whitcombe", to=["emeka", "marisol"], cc=["dunn", "TRAIL"], date="2026-12-04 15:20",
         arrival="direct",
         body="""Hi both,

A few things before the weekend:

Kelsey was out sick Thursday and today, so she didn't get to call you about the speech make-up dates. She'll call you Monday (12/7) after school. I'm sorry this keeps slipping.

Ikenna's planner has been complete four days out of five this week, which is the best week he's had all year. He's really owning his check-ins now.

After the social studies video issue, I'm going to make a short captioning checklist and get it to all of his teachers.

Enjoy the weekend,
Dana""",
         labels=L(["speech_language_therapy", "compensatory_services", "check_in", "assistive_technology"],
                  commits=[("c_dunn_monday", "dunn", "call the family about speech make-up dates",
                            "She'll call you Monday (12/7) after school.", "2026-12-07"),
                           ("c_caption_list", "whitcombe", "make a captioning checklist and send it to Ikenna's teachers",
                            "I'm going to make a short captioning checklist and get it to all of his teachers.", None)])),
)

# ============================================================================ T26 small messages with nothing in them / other
thread("T26", "density lab",
    dict(id="T26.1", frm="lindqvist", to=["emeka"], cc=[], date="2026-10-16 14:02", arrival="gmail-forward",
         fwd="2026-10-16 20:30", note="nice",
         body="""fyi ikenna had the best density lab write up in 3rd period. asked good questions too

GL""",
         labels=L([])),
)

thread("T27", "October consult notes - Ikenna",
    dict(id="T27.1", frm="natarajan", to=["emeka_w"], cc=["whitcombe"], date="2026-10-15 16:20", arrival="outlook-forward",
         fwd="2026-10-15 21:05", fwd_by="emeka_w", note="ESD still using my work address.",
         body="""Hi Mr. Okonkwo,

Notes from this month's teacher consult (10/15):

- All six teachers are wearing the transmitter. Mrs. Park forgot once last week and Ikenna reminded her himself - a big step for his self-advocacy goal.
- Mrs. Boudreaux is passing the mic to students during literature circles.
- Coach Alvarez uses it in the gym for directions only, which is what we agreed.
- Next consult is in November.

Priya""",
         labels=L(["assistive_technology", "specialized_instruction"])),
)

# ============================================================================ T28 progress report Q1
thread("T28", "Q1 IEP progress report - Ikenna",
    dict(id="T28.1", frm="whitcombe", to=["emeka", "marisol"], cc=["TRAIL"], date="2026-11-06 14:35", arrival="direct",
         atts=[("Q1_IEP_Progress_Okonkwo.pdf", "application/pdf",
                """IEP PROGRESS REPORT - Quarter 1 (9/8/2026 - 11/6/2026) - Ikenna Okonkwo
Goal 1 Self-advocacy (SDI DHH, P. Natarajan): reports equipment problems or asks for repetition in 3 of 6
observed opportunities. Progressing.
Goal 2 Executive functioning (Academic Strategies / check-in, D. Whitcombe): planner complete on 61% of days
(check-in not held 10/26-10/28). Progressing.
Goal 3 Counseling (J. Whitaker): attended 2 of 2 group sessions. Progressing.
Goal 4 Speech-language (K. Dunn): not reported this quarter - SLP on leave.
""")],
         body="""Hi Mr. Okonkwo and Ms. Reyes,

Attached is Ikenna's first-quarter IEP progress report. The speech goal isn't reported yet because Ms. Dunn is on leave; she'll send her speech progress separately once she's back on 11/9.

Have a good weekend,
Dana""",
         labels=L(["progress_report", "speech_language_therapy"],
                  commits=[("c_speech_prog", "dunn", "send the Q1 speech goal progress",
                            "she'll send her speech progress separately once she's back on 11/9", None)],
                  att_topics=["progress_report", "specialized_instruction", "check_in", "counseling",
                              "speech_language_therapy"])),
)

QUERIES = [
    ("extended time", "extended_time"),
    ("extra time on tests", "extended_time"),
    ("remote microphone", "assistive_technology"),
    ("captions", "assistive_technology"),
    ("seating", "preferential_seating"),
    ("speech therapy", "speech_language_therapy"),
    ("speech sessions missed", "speech_language_therapy"),
    ("make-up sessions", "compensatory_services"),
    ("compensatory services", "compensatory_services"),
    ("IEP meeting", "iep_meeting"),
    ("counseling group", "counseling"),
    ("morning check-in", "check_in"),
    ("class notes", "class_notes"),
    ("break pass", "breaks"),
    ("testing in a small group", "separate_setting"),
    ("Teacher of the Deaf services", "specialized_instruction"),
    ("progress report", "progress_report"),
]
