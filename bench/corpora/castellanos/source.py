# -*- coding: utf-8 -*-
"""All content for the `castellanos` corpus: people, threads, messages, gold labels.

Fictional: Pecan Hollow Middle School, Mesquite Ridge ISD (Texas). User is the
special-education resource teacher / case manager, Ms. Irene Castellanos.
Dates are local America/Chicago wall-clock times ("YYYY-MM-DD HH:MM").
"""

CORPUS = "castellanos"
AS_OF = "2026-12-07"
TIMEZONE = "America/Chicago"
DOM = "mrisd.k12.example.us"
USER = {"name": "Irene Castellanos", "email": "icastellanos@" + DOM, "role": "teacher"}
TRAIL = "castellanos.trail@example.net"
STUDENTS = ["Mateo Villarreal", "Aaliyah Brooks", "Jordan Pruitt", "Caleb Whitaker"]
MV, AB, JP, CW = STUDENTS

# key: (name, email, client, role, signature)
# client drives headers/quoting style: outlook | gmail | yahoo | iphone | outlookcom | android
P = {
 "irene": ("Irene Castellanos", "icastellanos@" + DOM, "outlook", "school",
   "Irene Castellanos, M.Ed.\nSpecial Education Resource Teacher / Case Manager\n"
   "Pecan Hollow Middle School | Room 114\nMesquite Ridge ISD | (972) 555-0148"),
 "irene_g": ("Irene Castellanos", "irene.castellanos.tx@gmail.com", "gmail", "school", ""),
 "rosa": ("Rosa Villarreal", "rosy.villarreal82@gmail.com", "gmail", "parent", ""),
 "gloria": ("Gloria Brooks", "gloriabrooks1951@yahoo.com", "yahoo", "parent", ""),
 "wes": ("Wes Pruitt", "wespruitt@outlook.com", "android", "parent", ""),
 "heather": ("Heather Whitaker", "heatherwhitaker@icloud.com", "iphone", "parent", ""),
 "julian": ("Julian Ochoa", "jochoa@" + DOM, "iphone", "school", ""),
 "kevin": ("Kevin Baptiste", "kbaptiste@" + DOM, "outlook", "school",
   "Kevin Baptiste\nAssistive Technology Specialist\nMesquite Ridge ISD Special Services\n"
   "kbaptiste@" + DOM + " | ext. 4471\nSubmit AT help tickets: https://help.mrisd.example.us/at"),
 "dana": ("Dana Whitfield", "dwhitfield@" + DOM, "outlook", "school",
   "Dana Whitfield, M.S., CCC-SLP\nSpeech-Language Pathologist\nPecan Hollow MS / Bluebonnet ES\nMesquite Ridge ISD"),
 "monica": ("Monica Treviño", "mtrevino@" + DOM, "outlook", "school",
   "Monica Treviño, M.Ed.\nEducational Diagnostician\nMesquite Ridge ISD Special Services\nPecan Hollow MS / Caddo Trail MS\n\n"
   "CONFIDENTIALITY NOTICE: This e-mail and any files transmitted with it are confidential and may contain\n"
   "student records protected by FERPA and IDEA. If you received it in error, notify the sender and delete it."),
 "sandra": ("Sandra Okoye", "sokoye@" + DOM, "outlook", "school",
   "Sandra Okoye, Ed.S.\nCoordinator of Special Education Services\nMesquite Ridge ISD | 1400 Ranch Rd, Mesquite Ridge TX\n(972) 555-0100\n\n"
   "CONFIDENTIALITY NOTICE: This e-mail and any files transmitted with it are confidential and may contain\n"
   "student records protected by FERPA and IDEA. If you received it in error, notify the sender and delete it."),
 "hollis": ("Trent Hollis", "thollis@" + DOM, "outlook", "school",
   "Trent Hollis | 7th Grade Science | Pecan Hollow MS\nGo Panthers!"),
 "farah": ("Farah Qureshi", "fqureshi@" + DOM, "outlook", "school",
   "Farah Qureshi\n8th Grade Science | Science Dept. Chair\nPecan Hollow Middle School"),
 "paula": ("Paula Dominguez", "pdominguez@" + DOM, "outlook", "school",
   "Paula Dominguez, BSN, RN\nCampus Nurse, Pecan Hollow MS\nClinic ext. 2210 | Fax (972) 555-0199"),
 "ray": ("Ray Delgado", "rdelgado@" + DOM, "outlook", "school",
   "Ray Delgado\nAssistant Principal, Grades 7-8\nPecan Hollow Middle School\n\"Panthers Pounce on Excellence\""),
 "jenna": ("Jenna Marsh", "jmarsh@" + DOM, "outlook", "school",
   "Ms. Marsh | Art I & II, Yearbook | Pecan Hollow MS"),
 "gary": ("Gary Feld", "gfeld.sub@yahoo.com", "yahoo", "school", ""),
 "reyes": ("Daniel Reyes", "dreyes@" + DOM, "outlook", "school",
   "Daniel Reyes\nMath 8 / Algebra I\nPecan Hollow Middle School"),
 "saenz": ("Dr. Lorena Saenz", "lsaenz@" + DOM, "outlook", "school", ""),
 "proflearn": ("MRISD Professional Learning", "proflearning@" + DOM, "outlook", "school", ""),
 "staff": ("PHMS Staff", "phms-staff@" + DOM, "outlook", "school", ""),
 "team8": ("PHMS 8th Grade Team", "phms-8thgrade@" + DOM, "outlook", "school", ""),
}

def C(id, what, quote, due=None, by=None):
    return {"id": id, "what": what, "quote": quote, "due": due, "by": by}

def R(id, quote, by=None):
    return {"id": id, "quote": quote, "by": by}

def MS(topic, dates, minutes=None):
    return [{"topic": topic, "date": d, "minutes": minutes} for d in (dates if isinstance(dates, list) else [dates])]

def L(students, topics=(), commitments=(), fulfills=(), requests=(), answers=(), missed=(), att=None):
    d = {"students": list(students), "topics": list(topics), "commitments": list(commitments),
         "fulfills": list(fulfills), "requests": list(requests), "answers": list(answers),
         "missed_services": list(missed)}
    if att is not None:
        d["attachment_topics"] = list(att)
    return d

COTEACH_DAYS = ["2026-10-14", "2026-10-15", "2026-10-16", "2026-10-19"]
COTEACH_DAYS_ALL = COTEACH_DAYS + ["2026-10-20", "2026-10-21", "2026-10-22", "2026-10-23",
                                   "2026-10-26", "2026-10-27", "2026-10-28"]

THREADS = [
# ---------------------------------------------------------------- Mateo: device charging
{"id": "T1", "subject": "Mateo - el talker otra vez", "messages": [
 {"id": "T1.1", "from": "rosa", "to": ["irene"], "date": "2026-09-29 07:02", "arrival": "direct",
  "body": """Buenos días Ms. Castellanos,

Mateo came home yesterday with the talker completely dead, the screen would not even turn on. Es la tercera vez este mes. When the battery is dead he can't tell anybody what he needs and then he gets frustrated and everybody thinks it is behavior. His dad and I charge it every night, so in the morning it is at 100%, I don't understand how it is dead by 1 o'clock.

¿Quién se encarga de cargarlo en la escuela? Can someone please make sure it gets charged at lunch?

Gracias,
Rosa Villarreal
(mamá de Mateo, 6to grado)""",
  "labels": L([MV], ["assistive_technology"],
     requests=[R("R1", "¿Quién se encarga de cargarlo en la escuela?"),
               R("R2", "Can someone please make sure it gets charged at lunch?")],
     missed=MS("assistive_technology", "2026-09-28"))},
 {"id": "T1.2", "from": "irene", "to": ["rosa"], "date": "2026-09-29 16:10", "arrival": "bcc-self", "reply_to": "T1.1",
  "body": """Hola Sra. Villarreal,

Thank you for letting me know, and I'm sorry. You're right that when the device is dead he loses his voice for the afternoon, and that is not OK.

Here is the plan: starting tomorrow, Mr. Ochoa will plug the device in at the charging station in my room (Room 114) during lunch every day, and he will check the battery again before 5th period. I will also ask our district AT specialist, Mr. Baptiste, to look at the battery, because it should not be draining that fast.

I'll check back with you Friday to let you know how the week went.

Irene""",
  "labels": L([MV], ["assistive_technology"],
     commitments=[C("C1", "have Mr. Ochoa charge Mateo's device at lunch daily",
                    "starting tomorrow, Mr. Ochoa will plug the device in at the charging station in my room (Room 114) during lunch every day", "2026-09-30"),
                  C("C2", "ask the AT specialist to check the device battery",
                    "I will also ask our district AT specialist, Mr. Baptiste, to look at the battery"),
                  C("C3", "check back with the parent Friday about the week",
                    "I'll check back with you Friday to let you know how the week went.", "2026-10-02")],
     answers=["R1", "R2"])},
 {"id": "T1.3", "from": "irene_g", "to": ["rosa"], "date": "2026-10-05 20:40", "arrival": "bcc-self", "reply_to": "T1.2", "quote": False,
  "body": """Hola Rosa,

Sorry this is a few days late, I meant to write Friday and the week got away from me. Good news: the lunch routine is working. Mr. Ochoa plugged it in every day last week and the talker still had more than 60% at dismissal every afternoon. Mr. Baptiste is coming Thursday to look at the battery itself.

Que tengan buena semana,
Irene

(this is my personal email, my school laptop is still at campus)""",
  "labels": L([MV], ["assistive_technology"], fulfills=["C1", "C3"])},
]},
# ---------------------------------------------------------------- AT specialist
{"id": "T2", "subject": "Mateo V. - SGD battery / spare charger", "messages": [
 {"id": "T2.1", "from": "irene", "to": ["kevin"], "date": "2026-09-30 08:05", "arrival": "bcc-self",
  "body": """Kevin,

Mateo Villarreal (6th, on my caseload) has the iPad with TouchChat as his speech-generating device. Mom says it is dying by early afternoon even when it leaves home at 100%. Could you look at the battery health next time you're on campus? And is there any way to get a spare charging block that just lives in my room so the one from home doesn't have to travel?

Thanks,
Irene""",
  "labels": L([MV], ["assistive_technology"], fulfills=["C2"],
     requests=[R("R3", "Could you look at the battery health next time you're on campus?"),
               R("R4", "And is there any way to get a spare charging block that just lives in my room so the one from home doesn't have to travel?")])},
 {"id": "T2.2", "from": "kevin", "to": ["irene"], "date": "2026-10-02 11:20", "arrival": "direct", "reply_to": "T2.1",
  "body": """Hey Irene - yes to both. I'm at Pecan Hollow Thursday 10/8 for the 8th grade Chromebook swap, I'll bring a spare brick and run a diagnostic on his iPad then. If the battery is under 80% health I can file a warranty claim.

KB""",
  "labels": L([MV], ["assistive_technology"], answers=["R3", "R4"],
     commitments=[C("C4", "bring a spare charger and run a battery diagnostic",
                    "I'll bring a spare brick and run a diagnostic on his iPad then", "2026-10-08")])},
 {"id": "T2.3", "from": "kevin", "to": ["irene"], "date": "2026-10-08 14:35", "arrival": "direct", "reply_to": "T2.2",
  "body": """Checked Mateo's iPad today. Battery health is 68%, way below where it should be for a 2 yr old device, which explains the afternoon crashes. The spare charger is in your top desk drawer (labeled MV).

I submitted a replacement under the district warranty. Those usually take 2-3 weeks; I'll let you know as soon as it comes in and swap it the same day.

Also FYI his vocab file is now backed up to the district account so nothing gets lost if we have to reset it.""",
  "labels": L([MV], ["assistive_technology"], fulfills=["C4"],
     commitments=[C("C5", "tell Irene when the replacement battery arrives and swap it",
                    "I'll let you know as soon as it comes in and swap it the same day")])},
]},
# ---------------------------------------------------------------- Mateo: rough afternoon, BIP data
{"id": "T3", "subject": "mateo this afternoon", "messages": [
 {"id": "T3.1", "from": "julian", "to": ["irene"], "date": "2026-10-14 15:52", "arrival": "direct",
  "body": """Ms C - rough afternoon w Mateo. I got pulled to cover 7th grade lunch duty 12:10 to 12:45 bc Coach Ramos was out, so Mateo was in the cafeteria without me and nobody plugged in the talker. By 5th it was at 4% and it died in science. He couldnt ask for a break so he swept everything off the table and bolted to the hallway.

I followed the BIP steps, gave him space, offered the break card, he calmed down in the sensory room after about 15 min. Data sheet is in the binder. Nobody hurt.""",
  "labels": L([MV], ["paraprofessional", "assistive_technology", "behavior_support", "breaks"],
     missed=MS("paraprofessional", "2026-10-14", 35) + MS("assistive_technology", "2026-10-14"))},
 {"id": "T3.2", "from": "irene", "to": ["julian"], "date": "2026-10-14 16:20", "arrival": "bcc-self", "reply_to": "T3.1",
  "body": """Julian,

Thank you for handling it the way you did, and for writing it up. Not your fault at all. I'll talk to Mr. Delgado about not pulling you from Mateo's lunch, that's his 1:1 time. I'll call his mom tonight.

I""",
  "labels": L([MV], ["paraprofessional"],
     commitments=[C("C6", "talk to the AP about not pulling the para from Mateo's lunch",
                    "I'll talk to Mr. Delgado about not pulling you from Mateo's lunch"),
                  C("C7", "call Mateo's mother about the incident", "I'll call his mom tonight.", "2026-10-14")])},
 {"id": "T3.3", "from": "rosa", "to": ["irene"], "date": "2026-10-15 06:48", "arrival": "direct", "reply_to": "T3.2", "quote": False,
  "subject": "Re: lo de ayer",
  "body": """Ms. Castellanos, gracias por llamarme anoche y por explicarme todo. Mateo no me pudo decir qué pasó, only that the "talker sleeping".

Quisiera ver los datos del plan de conducta de las últimas semanas. Can you send me the BIP data sheets so I can see when it is happening?

Y por favor que no lo dejen solo en la cafetería. Él no sabe pedir ayuda sin el talker.

Rosa""",
  "labels": L([MV], ["behavior_support", "assistive_technology", "paraprofessional"], fulfills=["C7"],
     requests=[R("R5", "Can you send me the BIP data sheets so I can see when it is happening?")])},
 {"id": "T3.4", "from": "irene", "to": ["rosa"], "date": "2026-10-15 16:05", "arrival": "bcc-self", "reply_to": "T3.3",
  "body": """Rosa,

Of course. I'll make copies of his behavior data sheets from September and October and send them to you by Friday.

Irene""",
  "labels": L([MV], ["behavior_support"],
     commitments=[C("C8", "send Mateo's behavior data sheets for Sept-Oct",
                    "I'll make copies of his behavior data sheets from September and October and send them to you by Friday.", "2026-10-16")])},
 {"id": "T3.5", "from": "irene_g", "to": ["rosa"], "date": "2026-10-21 21:15", "arrival": "bcc-self", "reply_to": "T3.4",
  "attachments": [{"name": "Mateo_BIP_data_Sep-Oct.pdf", "type": "application/pdf",
     "text": "Mateo Villarreal - BIP data summary 9/8-10/20. Target behavior: elopement / sweeping materials. 9 incidents. 7 of 9 occurred after 12:30 when the SGD battery was under 10% or off. Replacement behavior: request break with SGD or break card - 22 independent requests. Behavior support notes: para proximity at lunch and transitions."}],
  "body": """Rosa, the data sheets are attached - sorry these are later than I said, the copier in our workroom has been down and I ended up scanning them at home. The pattern you guessed is real: most of the incidents happen in the afternoon when the talker is low or off. We'll look at this together at the ARD.

Irene""",
  "labels": L([MV], ["behavior_support", "assistive_technology", "iep_meeting"], fulfills=["C8"], answers=["R5"],
     att=["behavior_support", "assistive_technology", "breaks", "paraprofessional"])},
]},
# ---------------------------------------------------------------- Mateo speech
{"id": "T4", "subject": "Mateo - speech make-ups", "messages": [
 {"id": "T4.1", "from": "dana", "to": ["irene"], "date": "2026-10-06 10:45", "arrival": "direct", "html": True,
  "body": """Hi Irene,

Quick FYI so it's in writing: I had to cancel Mateo's speech on Thursday 10/1 and Monday 10/5 because I got pulled into ARDs at Bluebonnet both days. That's 2 x 30 min. I'll make both up the week of 10/12, probably during his advisory so he doesn't miss core.

Also I'd like to program a few more core words on his device (bathroom, break, all done). OK if I coordinate that with Kevin directly?

Dana""",
  "labels": L([MV], ["speech_language_therapy", "compensatory_services", "assistive_technology"],
     missed=MS("speech_language_therapy", ["2026-10-01", "2026-10-05"], 30),
     commitments=[C("C9", "make up two missed speech sessions", "I'll make both up the week of 10/12", "2026-10-16")],
     requests=[R("R6", "OK if I coordinate that with Kevin directly?")])},
 {"id": "T4.2", "from": "irene", "to": ["dana"], "date": "2026-10-06 12:02", "arrival": "bcc-self", "reply_to": "T4.1",
  "body": """Yes, go ahead with Kevin. Can you email me when the make-ups are done so I can log them?

Irene""",
  "labels": L([MV], ["speech_language_therapy"], answers=["R6"],
     requests=[R("R7", "Can you email me when the make-ups are done so I can log them?")])},
 {"id": "T4.3", "from": "dana", "to": ["irene"], "date": "2026-10-15 15:30", "arrival": "direct", "reply_to": "T4.2",
  "body": """Both done - Tues 10/13 and today, 30 min each, during advisory. He used the new "break" button twice in session without a prompt!!""",
  "labels": L([MV], ["speech_language_therapy", "compensatory_services", "assistive_technology"], fulfills=["C9"], answers=["R7"])},
 {"id": "T4.4", "from": "dana", "to": ["irene"], "date": "2026-11-12 12:05", "arrival": "direct", "subject": "No speech tomorrow (Fri 11/13)",
  "body": """Irene - all the district SLPs are at the mandatory AAC training at Region 10 tomorrow, so no speech groups on Friday. Mateo will miss his 30-minute Friday session. I don't have an open slot to make it up before Thanksgiving, sorry. I'll look at my calendar after the break.""",
  "labels": L([MV], ["speech_language_therapy", "compensatory_services"],
     missed=MS("speech_language_therapy", "2026-11-13", 30))},
]},
# ---------------------------------------------------------------- Mateo ARD
{"id": "T5", "subject": "Reunion ARD para Mateo", "messages": [
 {"id": "T5.1", "from": "rosa", "to": ["irene_g"], "date": "2026-11-02 19:15", "arrival": "gmail-forward",
  "forwarded_at": "2026-11-02 21:02", "forward_note": "Rosa sent this to my gmail - for the file",
  "body": """Ms. Castellanos,

Le escribo para pedir una reunión ARD para Mateo. Creo que el plan de conducta (BIP) necesita cambios, porque casi todos los incidentes pasan cuando el talker no funciona o cuando Mr. Ochoa no está con él. I want the team to look at that.

Also, before the meeting, can you send me the progress data on his communication goals? The progress report in October only said "progressing" and that does not tell me anything.

Necesito un intérprete en la reunión, por favor. Mi esposo quiere venir también.

Gracias,
Rosa""",
  "labels": L([MV], ["iep_meeting", "behavior_support", "assistive_technology", "paraprofessional", "progress_report", "speech_language_therapy"],
     requests=[R("R8", "Le escribo para pedir una reunión ARD para Mateo."),
               R("R9", "before the meeting, can you send me the progress data on his communication goals?"),
               R("R10", "Necesito un intérprete en la reunión, por favor.")])},
 {"id": "T5.2", "from": "irene", "to": ["rosa"], "date": "2026-11-03 15:30", "arrival": "bcc-self", "reply_to": "T5.1",
  "body": """Hola Rosa,

Of course, I think we should meet too. I can offer Tuesday 11/17 at 3:45 or Thursday 11/19 at 3:45 in the front conference room. Which one works better for you and Mr. Villarreal?

I will request a Spanish interpreter from the district as soon as we have a date. I'll have Ms. Whitfield send you his communication goal data by Friday, November 13, so you have it before the meeting.

Irene""",
  "labels": L([MV], ["iep_meeting", "speech_language_therapy", "progress_report"], answers=["R8", "R10"],
     commitments=[C("C10", "request a Spanish interpreter for the ARD",
                    "I will request a Spanish interpreter from the district as soon as we have a date."),
                  C("C11", "have the SLP send communication goal data to the parent",
                    "I'll have Ms. Whitfield send you his communication goal data by Friday, November 13, so you have it before the meeting.", "2026-11-13")],
     requests=[R("R11", "Which one works better for you and Mr. Villarreal?")])},
 {"id": "T5.3", "from": "rosa", "to": ["irene_g"], "date": "2026-11-04 06:50", "arrival": "thunderbird-forward",
  "forwarded_at": "2026-11-04 19:30", "reply_to": "T5.2", "quote": False,
  "body": """El jueves 19 a las 3:45 está bien. Gracias maestra.

Enviado desde mi Galaxy""",
  "labels": L([MV], ["iep_meeting"], answers=["R11"])},
 {"id": "T5.4", "from": "dana", "to": ["rosa"], "cc": ["irene"], "date": "2026-11-16 16:40", "arrival": "direct", "reply_to": "T5.2", "quote": False,
  "subject": "Mateo - communication goal progress data",
  "attachments": [{"name": "Villarreal_M_speech_progress_Nov.pdf", "type": "application/pdf",
     "text": "Speech-Language Progress - Mateo Villarreal. Goal 1: Mateo will use his SGD to request a break or help in 4/5 opportunities. Current: 14/20 opportunities (70%). Goal 2: Mateo will answer who/what/where questions using his SGD with 80% accuracy. Current: 45%. Sessions delivered Aug-Nov: 24 of 27 (3 cancelled, 2 made up)."}],
  "body": """Sra. Villarreal,

Attached is Mateo's progress data for his two communication goals (requesting with his device, and answering wh- questions). I'm sorry this is a couple of days after Ms. Castellanos told you it would come - I was out Friday at a training. I'll go over it with you Thursday at the meeting.

Dana Whitfield""",
  "labels": L([MV], ["speech_language_therapy", "progress_report", "assistive_technology"], fulfills=["C11"], answers=["R9"],
     att=["speech_language_therapy", "progress_report", "assistive_technology", "breaks", "compensatory_services"])},
 {"id": "T5.5", "from": "irene_g", "to": ["rosa"], "date": "2026-11-20 19:45", "arrival": "bcc-self", "subject": "Resumen de la reunión ARD / ARD summary",
  "body": """Hola Rosa,

Gracias a usted y al Sr. Villarreal por venir ayer. Here is a short summary of what we agreed, so we all have the same list:

1. Mr. Ochoa stays with Mateo at lunch and in the hallways. Mr. Delgado confirmed at the meeting that he will not be pulled for duty coverage anymore.
2. The BIP adds a "device check" before 5th period: if the talker is under 30%, it goes on the charger in my room and he uses the backup communication board.
3. Ms. Whitfield will make up the 11/13 speech session the week of 11/30.
4. The new battery for the iPad is still on order (Mr. Baptiste).

I will send you the revised BIP in English and Spanish by Friday, December 4.

Irene""",
  "labels": L([MV], ["iep_meeting", "paraprofessional", "behavior_support", "assistive_technology", "speech_language_therapy", "compensatory_services"],
     fulfills=["C6"],
     missed=MS("speech_language_therapy", "2026-11-13"),
     commitments=[C("C12", "send the revised BIP in English and Spanish", "I will send you the revised BIP in English and Spanish by Friday, December 4.", "2026-12-04"),
                  C("C13", "make up the 11/13 speech session", "Ms. Whitfield will make up the 11/13 speech session the week of 11/30.", "2026-12-04", by="dana")])},
 {"id": "T5.6", "from": "irene_g", "to": ["rosa"], "date": "2026-12-06 18:30", "arrival": "bcc-self", "reply_to": "T5.5", "quote": True,
  "body": """Rosa, I owe you an apology - I told you Friday for the revised BIP and I don't have it yet. The English version is done; the district translator has the Spanish one. I'll send both to you as soon as Sra. Leal finishes the translation.

Irene""",
  "labels": L([MV], ["behavior_support"],
     commitments=[C("C14", "send the revised BIP once translation is finished",
                    "I'll send both to you as soon as Sra. Leal finishes the translation.")])},
]},
# ---------------------------------------------------------------- interpreter + comp form (district)
{"id": "T6", "subject": "Interpreter request - Villarreal ARD 11/19", "messages": [
 {"id": "T6.1", "from": "irene", "to": ["sandra"], "date": "2026-11-05 08:30", "arrival": "bcc-self",
  "body": """Sandra,

Requesting a Spanish interpreter for Mateo Villarreal's ARD on Thursday 11/19 at 3:45 at Pecan Hollow. Parent request; both parents attending.

Also, while I have you: is there any movement on the compensatory services form for the Math 8 co-teach minutes?

Thanks,
Irene""",
  "labels": L([MV, CW], ["iep_meeting", "compensatory_services", "specialized_instruction"], fulfills=["C10"],
     requests=[R("R12", "is there any movement on the compensatory services form for the Math 8 co-teach minutes?")])},
 {"id": "T6.2", "from": "sandra", "to": ["irene"], "date": "2026-11-06 10:10", "arrival": "direct", "reply_to": "T6.1",
  "body": """Irene,

Interpreter confirmed - Sra. Beatriz Leal will be at Pecan Hollow 11/19 at 3:45.

On the comp form: I'm reworking it with our legal team so it matches the new TEA guidance. You'll have it before the Thanksgiving break.

Sandra""",
  "labels": L([MV, CW], ["iep_meeting", "compensatory_services"], answers=["R10", "R12"],
     commitments=[C("C15", "send the compensatory services form before Thanksgiving break",
                    "You'll have it before the Thanksgiving break.", "2026-11-20")])},
]},
# ---------------------------------------------------------------- Aaliyah science test
{"id": "T7", "subject": "Aaliyah's science test", "messages": [
 {"id": "T7.1", "from": "gloria", "to": ["irene"], "date": "2026-10-01 20:45", "arrival": "direct",
  "body": """Dear Ms. Castellanos,

I hope you are well. I am writing about my granddaughter Aaliyah Brooks in the 7th grade. Yesterday (Wednesday) she had a test in Mr. Hollis's science class on the cell, and she came home in tears. She told me nobody read the test to her, she had to read it all by herself, and she ran out of time and left the last page blank. She got a 48.

As you know her IEP says her tests are supposed to be read out loud to her. We went over that at her ARD last spring and I have the paper right here in front of me. Aaliyah is a smart girl, she knows that material, we studied two nights for it. It is just the reading that gets her.

I would like to know if she can take that test over with the reading done like her paper says.

Respectfully,
Gloria Brooks
(Grandmother and guardian)""",
  "labels": L([AB], ["read_aloud"], missed=MS("read_aloud", "2026-09-30"),
     requests=[R("R13", "I would like to know if she can take that test over with the reading done like her paper says.")])},
 {"id": "T7.2", "from": "irene", "to": ["gloria"], "date": "2026-10-02 07:40", "arrival": "bcc-self", "reply_to": "T7.1",
  "body": """Good morning Mrs. Brooks,

Thank you for writing, and please tell Aaliyah I'm sorry. Yes, she will get to retake it. That test should have been given to her orally, and it wasn't.

I'm going to talk with Mr. Hollis today and set up a retake with oral administration for next week. I'll let you know the day once it's set.

Irene Castellanos""",
  "labels": L([AB], ["read_aloud"], answers=["R13"],
     commitments=[C("C16", "set up a read-aloud retake of the science test",
                    "I'm going to talk with Mr. Hollis today and set up a retake with oral administration for next week.", "2026-10-09")])},
 {"id": "T7.3", "from": "irene", "to": ["gloria"], "date": "2026-10-07 15:55", "arrival": "bcc-self", "reply_to": "T7.2",
  "body": """Mrs. Brooks,

Aaliyah retook the Unit 2 science test with me this morning in Room 114. I read every question and every answer choice to her and she took all the time she needed. She made an 84, and Mr. Hollis is replacing the 48 in the gradebook. She was proud of herself, and she should be.

Irene""",
  "labels": L([AB], ["read_aloud"], fulfills=["C16", "C18"])},
]},
{"id": "T8", "subject": "Aaliyah B. - Unit 2 test retake", "messages": [
 {"id": "T8.1", "from": "irene", "to": ["hollis"], "date": "2026-10-02 08:05", "arrival": "bcc-self",
  "body": """Trent,

Aaliyah Brooks has oral administration on all tests and quizzes (it's on the accommodations page in your IEP folder from August). The Unit 2 cells test Wednesday was given to her without it - her grandmother wrote last night. Can she retake it with me in Room 114 on Wednesday 10/7 during 3rd? If you send the test down I'll read it to her.

Irene""",
  "labels": L([AB], ["read_aloud"], missed=MS("read_aloud", "2026-09-30"),
     requests=[R("R14", "Can she retake it with me in Room 114 on Wednesday 10/7 during 3rd?")])},
 {"id": "T8.2", "from": "hollis", "to": ["irene"], "date": "2026-10-02 12:30", "arrival": "direct", "reply_to": "T8.1",
  "body": """Irene - that's on me. She was in the back lab group and honestly with the microscope setup I forgot. Wednesday 3rd works. I'll send the test and the key down with her that morning. Putting a sticky on my roster so it doesn't happen again.

-TH""",
  "labels": L([AB], ["read_aloud"], answers=["R14"],
     commitments=[C("C18", "send the test and key down for the retake", "I'll send the test and the key down with her that morning.", "2026-10-07")])},
]},
# ---------------------------------------------------------------- Aaliyah reading group
{"id": "T9", "subject": "Aaliyah's reading group this week", "messages": [
 {"id": "T9.1", "from": "irene_g", "to": ["gloria"], "date": "2026-10-21 20:10", "arrival": "bcc-self",
  "body": """Dear Mrs. Brooks,

I want to be upfront with you about something. On Monday (10/19) and Tuesday (10/20) I was pulled to cover an 8th grade class because we were short on substitutes, and I was not able to teach Aaliyah's Wilson group either day. That is two of her 45-minute reading lessons that she did not get.

I will make both of them up next week, on Monday 10/26 and Wednesday 10/28, during her advisory period, so she doesn't miss any core classes. I've also told Mr. Delgado in writing that my reading group cannot be the first thing that gets cancelled.

Irene Castellanos
(writing from my personal email tonight)""",
  "labels": L([AB], ["reading_intervention", "compensatory_services"],
     missed=MS("reading_intervention", ["2026-10-19", "2026-10-20"], 45),
     commitments=[C("C19", "make up the two missed reading lessons",
                    "I will make both of them up next week, on Monday 10/26 and Wednesday 10/28, during her advisory period", "2026-10-28")])},
 {"id": "T9.2", "from": "gloria", "to": ["irene_g"], "cc": ["irene"], "date": "2026-10-22 06:15", "arrival": "direct", "reply_to": "T9.1",
  "body": """Ms. Castellanos,

Thank you for being honest with me, not everybody is. That is fine about the make up days.

One more thing while I have you. The audiobook program on her tablet quit working this week, it says her membership is expired. She has been listening to The Outsiders for her English class and now she can't keep up with the chapters. Could somebody at the school renew that for her? I don't know how to do it and I don't want to put my card number in.

God bless,
Gloria Brooks""",
  "labels": L([AB], ["compensatory_services", "assistive_technology"],
     requests=[R("R15", "Could somebody at the school renew that for her?")])},
 {"id": "T9.3", "from": "irene", "to": ["gloria"], "date": "2026-10-22 07:50", "arrival": "bcc-self", "reply_to": "T9.2",
  "body": """Mrs. Brooks,

Please don't put your card in! The Learning Ally membership is paid by the district. I will ask Mr. Baptiste to renew it today. In the meantime Aaliyah can use Read&Write on her school Chromebook to have the chapters read to her - I'll show her again in class today.

Irene""",
  "labels": L([AB], ["assistive_technology"], answers=["R15"],
     commitments=[C("C20", "ask the AT specialist to renew the audiobook membership", "I will ask Mr. Baptiste to renew it today.", "2026-10-22")])},
 {"id": "T9.4", "from": "irene", "to": ["gloria"], "date": "2026-10-28 15:40", "arrival": "bcc-self", "reply_to": "T9.3",
  "body": """Mrs. Brooks, quick note: Aaliyah had both make-up lessons, Monday and today, during advisory. She's on Step 4.3 now. And her audiobooks are working again - she was listening in my room at lunch.

Irene""",
  "labels": L([AB], ["reading_intervention", "compensatory_services", "assistive_technology"], fulfills=["C19"])},
]},
{"id": "T10", "subject": "Learning Ally renewal - A. Brooks", "messages": [
 {"id": "T10.1", "from": "irene", "to": ["kevin"], "date": "2026-10-22 08:02", "arrival": "bcc-self",
  "body": """Kevin, can you renew Aaliyah Brooks's Learning Ally membership? Her grandmother says it expired this week and she's mid-novel in ELA. (7th grade, ID 2031447.)

Thanks - Irene""",
  "labels": L([AB], ["assistive_technology"], fulfills=["C20"],
     requests=[R("R16", "can you renew Aaliyah Brooks's Learning Ally membership?")])},
 {"id": "T10.2", "from": "kevin", "to": ["irene"], "date": "2026-10-26 10:05", "arrival": "direct", "reply_to": "T10.1",
  "body": """Done, renewed through 8/2027, same login. Her Read&Write license was fine.

Still waiting on Mateo's battery btw - vendor says backordered.""",
  "labels": L([AB, MV], ["assistive_technology"], answers=["R16"])},
]},
# ---------------------------------------------------------------- Aaliyah re-evaluation
{"id": "T11", "subject": "Brooks, Aaliyah - 3-yr re-eval (FIIE) update", "messages": [
 {"id": "T11.1", "from": "monica", "to": ["irene"], "date": "2026-10-07 13:20", "arrival": "direct", "html": True,
  "body": """Irene,

I finished Aaliyah's testing today (WIAT-4 reading and written expression, CTOPP-2, rapid naming). The classroom observation is done too. I still need your teacher input form and her Wilson progress data (current step and fluency).

Timeline: I'll have the FIIE report finalized by October 30 and I'll mail a copy to Mrs. Brooks at least five school days before the ARD. Her re-eval ARD has to be held by December 11, so let's look at dates in early December.

Can you get me the teacher input and Wilson data by Friday 10/16?

Monica""",
  "labels": L([AB], ["evaluation", "reading_intervention", "iep_meeting"],
     commitments=[C("C21", "finalize the FIIE report and mail it to the guardian",
                    "I'll have the FIIE report finalized by October 30 and I'll mail a copy to Mrs. Brooks at least five school days before the ARD.", "2026-10-30")],
     requests=[R("R17", "Can you get me the teacher input and Wilson data by Friday 10/16?")])},
 {"id": "T11.2", "from": "irene", "to": ["monica"], "date": "2026-10-14 16:30", "arrival": "bcc-self", "reply_to": "T11.1",
  "attachments": [{"name": "Brooks_A_teacher_input.pdf", "type": "application/pdf",
     "text": "Teacher input - Aaliyah Brooks, Gr 7. Reading intervention: Wilson-based structured literacy, 45 min 4x/week, currently Step 4.2, 52 wcpm on grade-level passage. Accommodations used: oral administration of tests, audiobooks (Learning Ally), text-to-speech (Read&Write), extended time. Strengths: listening comprehension, science vocabulary."}],
  "body": """Monica - teacher input form and her Wilson data are attached. She's at Step 4.2, 52 wcpm on the last fluency check. Early December is fine for the ARD; I'd avoid 12/7-12/9 because of benchmarks.

Irene""",
  "labels": L([AB], ["evaluation", "reading_intervention", "iep_meeting"], answers=["R17"],
     att=["evaluation", "reading_intervention", "read_aloud", "assistive_technology", "extended_time"])},
 {"id": "T11.3", "from": "gloria", "to": ["irene"], "date": "2026-11-04 19:30", "arrival": "direct", "subject": "Aaliyah evaluation papers",
  "body": """Ms. Castellanos,

Dr. Treviño told me at the beginning of October I would have the evaluation report by the end of the month. It is November now and I have not gotten anything in the mail. I do not want to walk into that meeting without having read it. When will I get it? And has the meeting been set? Nobody has called me with a date.

Thank you,
Gloria Brooks""",
  "labels": L([AB], ["evaluation", "iep_meeting"],
     requests=[R("R18", "When will I get it?"), R("R19", "And has the meeting been set?")])},
 {"id": "T11.4", "from": "irene", "to": ["monica"], "date": "2026-11-05 07:20", "arrival": "bcc-self", "reply_to": "T11.2", "quote": False,
  "body": """Monica, Mrs. Brooks emailed last night asking about the report - she was told end of October. Where are we on it? Can you give me a date I can pass along to her?

Irene""",
  "labels": L([AB], ["evaluation"],
     requests=[R("R20", "Can you give me a date I can pass along to her?")])},
 {"id": "T11.5", "from": "monica", "to": ["irene"], "date": "2026-11-05 07:20", "sec": 31, "arrival": "direct", "reply_to": "T11.4", "quote": False,
  "auto_reply": True, "subject": "Automatic reply: Brooks, Aaliyah - 3-yr re-eval (FIIE) update", "no_sig": True,
  "body": """I am out of the office testing at Caddo Trail MS through Friday, November 6, with limited access to email. For urgent matters please contact the Special Services front desk at (972) 555-0100.

Monica Treviño, Educational Diagnostician""",
  "labels": L([])},
 {"id": "T11.6", "from": "irene", "to": ["gloria"], "date": "2026-11-05 16:00", "arrival": "bcc-self", "reply_to": "T11.3",
  "body": """Mrs. Brooks,

You are right to ask, and I'm sorry you had to. The report is late. I've asked Dr. Treviño for a firm date, but she is out testing at another campus this week, so I will email you Monday with what I find out.

The ARD has not been set yet. By law it has to be held by December 11. I'll send you a couple of date options once I know when the report will be ready.

Irene""",
  "labels": L([AB], ["evaluation", "iep_meeting"], answers=["R19"],
     commitments=[C("C22", "email the guardian Monday with the report date", "I will email you Monday with what I find out.", "2026-11-09"),
                  C("C23", "send ARD date options", "I'll send you a couple of date options once I know when the report will be ready.")])},
 {"id": "T11.7", "from": "monica", "to": ["irene"], "date": "2026-11-10 08:45", "arrival": "direct", "reply_to": "T11.4",
  "body": """Irene, I'm sorry. I'm behind on five FIIEs since we lost two diagnosticians in September. Aaliyah's report will be done and mailed to Mrs. Brooks by November 20. For the ARD, Tues 12/8 or Thurs 12/10 after school both work for me.""",
  "labels": L([AB], ["evaluation", "iep_meeting"], answers=["R20"],
     commitments=[C("C24", "finish and mail the FIIE report", "Aaliyah's report will be done and mailed to Mrs. Brooks by November 20.", "2026-11-20")])},
 {"id": "T11.8", "from": "irene", "to": ["gloria"], "date": "2026-11-10 15:15", "arrival": "bcc-self", "reply_to": "T11.6",
  "body": """Mrs. Brooks,

Sorry this is a day later than I said. Dr. Treviño says the report will be mailed to you by November 20, which is about three weeks late, and she apologizes.

For the ARD, could you come Tuesday December 8 or Thursday December 10? Either day at 3:45.

Irene""",
  "labels": L([AB], ["evaluation", "iep_meeting"], fulfills=["C22", "C23"], answers=["R18"],
     requests=[R("R21", "could you come Tuesday December 8 or Thursday December 10?")])},
 {"id": "T11.9", "from": "gloria", "to": ["irene"], "date": "2026-11-11 09:20", "arrival": "direct", "reply_to": "T11.8",
  "body": """Thursday the 10th at 3:45 is best for me. My church van can bring me.

Gloria Brooks""",
  "labels": L([AB], ["iep_meeting"], answers=["R21"])},
 {"id": "T11.10", "from": "monica", "to": ["gloria"], "cc": ["irene"], "date": "2026-11-20 15:50", "arrival": "direct", "reply_to": "T11.7", "quote": False,
  "subject": "Aaliyah Brooks - Full and Individual Evaluation report",
  "attachments": [{"name": "FIIE_Brooks_Aaliyah_2026.pdf", "type": "application/pdf",
     "text": "FULL AND INDIVIDUAL EVALUATION (Re-evaluation). Student: Aaliyah Brooks, Grade 7. Results: continues to meet eligibility as a student with a Specific Learning Disability in basic reading skills and reading fluency (dyslexia). Recommendations: continue structured literacy reading intervention; oral administration of tests; audiobooks and text-to-speech; extended time on assessments."}],
  "body": """Dear Mrs. Brooks,

Attached is Aaliyah's Full and Individual Evaluation (FIIE) report. A paper copy went in the mail today. I apologize that this is later than I told you in October.

I'll go over the results with you at the ARD on December 10, and you are welcome to call me before then with questions.

Monica Treviño""",
  "labels": L([AB], ["evaluation", "iep_meeting"], fulfills=["C21", "C24"],
     commitments=[C("C25", "review the evaluation results at the ARD", "I'll go over the results with you at the ARD on December 10", "2026-12-10")],
     att=["evaluation", "reading_intervention", "read_aloud", "assistive_technology", "extended_time"])},
]},
# ---------------------------------------------------------------- Aaliyah benchmark practice + reminder
{"id": "T12", "subject": "English practice test", "messages": [
 {"id": "T12.1", "from": "gloria", "to": ["irene"], "date": "2026-12-02 19:40", "arrival": "direct",
  "body": """Ms. Castellanos,

Aaliyah says that on Monday (11/30) there was a substitute in English and they took a practice test for the benchmark. She said the sub would not let her use the reading program on the computer, so she had to read everything herself, and when the bell rang he took it up even though she was not done. Is that going to count on her grade? She is worried sick about it.

Gloria Brooks""",
  "labels": L([AB], ["assistive_technology", "read_aloud", "extended_time"],
     missed=MS("assistive_technology", "2026-11-30") + MS("read_aloud", "2026-11-30") + MS("extended_time", "2026-11-30"),
     requests=[R("R22", "Is that going to count on her grade?")])},
 {"id": "T12.2", "from": "irene", "to": ["gloria"], "date": "2026-12-04 15:20", "arrival": "bcc-self", "reply_to": "T12.1",
  "body": """Mrs. Brooks,

About Monday's practice test: it was practice only, and Mrs. Dunn has agreed it will not go in the gradebook. Aaliyah can stop worrying. I've also put her accommodations in the ELA sub folder.

A reminder that Aaliyah's ARD is Thursday 12/10 at 3:45. I'll send you the draft IEP by Tuesday, December 8 so you have two days to look at it.

Irene""",
  "labels": L([AB], ["iep_meeting"], answers=["R22"],
     commitments=[C("C26", "send the draft IEP before the ARD", "I'll send you the draft IEP by Tuesday, December 8 so you have two days to look at it.", "2026-12-08")])},
]},
# ---------------------------------------------------------------- Jordan field trip
{"id": "T13", "subject": "8th grade field trip - Caprock Nature Center 10/23 - IEP/504 needs?", "messages": [
 {"id": "T13.1", "from": "farah", "to": ["team8"], "date": "2026-10-08 09:30", "arrival": "direct", "html": True,
  "body": """Hi team,

The 8th grade science field trip to Caprock Nature Center is Friday 10/23 (buses leave 8:15, back by 2:30). Permission slips go home Monday.

Case managers and 504 coordinators: please let me know by 10/14 which of your students need an aide, a nurse, meds, or any other support on the trip so I can build the bus and group lists.

Thanks!
Farah""",
  "labels": L([], ["paraprofessional"],
     requests=[R("R23", "please let me know by 10/14 which of your students need an aide, a nurse, meds, or any other support on the trip")])},
 {"id": "T13.2", "from": "irene", "to": ["farah"], "cc": ["paula"], "date": "2026-10-08 10:15", "arrival": "bcc-self", "reply_to": "T13.1",
  "body": """Farah - two of mine are going.

Jordan Pruitt: his health plan requires a 1:1 aide for the whole trip and an adult trained on his seizure action plan carrying his rescue med. Nurse Dominguez, are you able to go?

Caleb Whitaker: no trip supports, but please put him in a group with an adult he knows (Mr. Reyes's group if possible).

I'll make sure Jordan's aide assignment is confirmed with Mr. Delgado before the permission slips come back.

Irene""",
  "labels": L([JP, CW], ["paraprofessional"], answers=["R23"],
     commitments=[C("C27", "confirm Jordan's field-trip aide with the AP", "I'll make sure Jordan's aide assignment is confirmed with Mr. Delgado before the permission slips come back.")],
     requests=[R("R24", "Nurse Dominguez, are you able to go?")])},
 {"id": "T13.3", "from": "paula", "to": ["irene"], "cc": ["farah", "ray"], "date": "2026-10-13 11:00", "arrival": "direct", "reply_to": "T13.2",
  "body": """Irene,

I can't go on the 23rd. I'm the only RN on campus that day and the district says there is no float nurse for field trips this semester.

What I can do: I'll train Ms. Garza and one backup adult on Jordan's seizure action plan and the rescue med by Wednesday 10/21, and I'll have my cell on all day. His 11:30 med will be packed in the trip bag.

Paula""",
  "labels": L([JP], ["paraprofessional"], answers=["R24"],
     commitments=[C("C28", "train the aide and a backup on the seizure plan", "I'll train Ms. Garza and one backup adult on Jordan's seizure action plan and the rescue med by Wednesday 10/21", "2026-10-21")])},
 {"id": "T13.4", "from": "ray", "to": ["irene", "farah", "paula"], "date": "2026-10-22 16:45", "arrival": "direct", "reply_to": "T13.3",
  "body": """All - Lupe Garza is out tomorrow (family emergency). Coach Devin Bell will be Jordan's 1:1 on the trip. Nurse Dominguez trained him Tuesday along with Lupe, and he has the med bag. Confirmed with Farah on bus 2.

RD""",
  "labels": L([JP], ["paraprofessional"], fulfills=["C27", "C28"])},
]},
{"id": "T14", "subject": "field trip", "messages": [
 {"id": "T14.1", "from": "wes", "to": ["irene"], "date": "2026-10-19 21:40", "arrival": "direct",
  "body": """Ms Castellanos. Jordan says the nurse isnt going on the trip friday. His neurologist was clear that somebody who knows what to do has to be with him at all times. Is his aide going and is she trained? If I dont hear back by Wed he is staying home.

Wes Pruitt

Sent from my Galaxy""",
  "labels": L([JP], ["paraprofessional"], requests=[R("R25", "Is his aide going and is she trained?")])},
 {"id": "T14.2", "from": "irene", "to": ["wes"], "date": "2026-10-20 07:15", "arrival": "bcc-self", "reply_to": "T14.1",
  "body": """Mr. Pruitt,

Yes. Ms. Garza is assigned as Jordan's 1:1 for the whole trip, including the bus. Nurse Dominguez is training her (and a backup adult) on his seizure action plan and rescue medication this week, and the nurse will be on the phone all day. I'll send you a note Wednesday once the training is done.

Irene Castellanos""",
  "labels": L([JP], ["paraprofessional"], answers=["R25"],
     commitments=[C("C29", "tell the father when the aide training is done", "I'll send you a note Wednesday once the training is done.", "2026-10-21")])},
 {"id": "T14.3", "from": "wes", "to": ["irene"], "cc": ["ray"], "date": "2026-10-26 18:10", "arrival": "direct", "reply_to": "T14.2",
  "body": """Jordan told us the coach you sent was running a whole group of kids and Jordan ate lunch at a table by himself and walked the trail with his friends with no adult. That is NOT a 1:1. What if he had a seizure on that trail.

I want to know what happened and I want it in writing. And nobody sent me anything Wednesday like you said.

Wes""",
  "labels": L([JP], ["paraprofessional"], missed=MS("paraprofessional", "2026-10-23"),
     requests=[R("R26", "I want to know what happened and I want it in writing.")])},
 {"id": "T14.4", "from": "irene", "to": ["wes"], "cc": ["ray"], "date": "2026-10-26 20:05", "arrival": "bcc-self", "reply_to": "T14.3",
  "body": """Mr. Pruitt,

You're right, and I'm sorry. I did not send you the note Wednesday and I should have. I've asked Mr. Delgado to find out exactly what happened at lunch and on the trail. He'll put it in writing for you this week.

Irene""",
  "labels": L([JP], ["paraprofessional"],
     commitments=[C("C30", "AP to give the father a written account of the trip", "He'll put it in writing for you this week.", "2026-10-30", by="ray")])},
 {"id": "T14.5", "from": "ray", "to": ["wes"], "cc": ["irene"], "date": "2026-10-30 14:20", "arrival": "apple-forward",
  "forwarded_at": "2026-10-30 17:02", "forward_note": "Delgado's written response. Dec 4 choir trip - confirm by 12/1!", "reply_to": "T14.4",
  "subject": "Jordan Pruitt - October 23 field trip",
  "body": """Mr. Pruitt,

Following up on your concerns about the October 23 field trip. I spoke with Coach Bell, Ms. Qureshi and two parent chaperones. Coach Bell was assigned as Jordan's 1:1, but on site he was asked to supervise a second group when a chaperone left early, and from about 11:15 to 12:30 Jordan was not under his direct supervision, including lunch. That should not have happened, and it did not meet Jordan's health plan or his IEP.

Going forward, on any off-campus trip Jordan's assigned adult will have no other group. For the Region choir festival on December 4, Ms. Garza will be his 1:1, and I will confirm the arrangements with you in writing by December 1.

Ray Delgado""",
  "labels": L([JP], ["paraprofessional"], fulfills=["C30"], answers=["R26"],
     missed=MS("paraprofessional", "2026-10-23", 75),
     commitments=[C("C31", "confirm the choir trip 1:1 arrangements in writing", "I will confirm the arrangements with you in writing by December 1.", "2026-12-01")])},
 {"id": "T14.6", "from": "ray", "to": ["wes"], "cc": ["irene", "paula"], "date": "2026-11-30 15:30", "arrival": "attachment-forward",
  "forwarded_at": "2026-11-30 16:10", "forward_note": "choir trip confirmation - sent 11/30", "reply_to": "T14.5", "quote": False,
  "subject": "Jordan - Region choir festival Friday 12/4",
  "body": """Mr. Pruitt,

As promised, here are the arrangements for Friday's choir festival at Caddo Trail High School:
- Ms. Garza is Jordan's 1:1 from the bus at 9:00 until he is back on campus. She has no other students.
- Nurse Dominguez retrained her on the seizure action plan last week, and she carries the rescue med bag.
- Jordan will leave the festival with Ms. Garza after the 8th grade choir performs so he is back for his 2:15 dismissal.

Ray Delgado""",
  "labels": L([JP], ["paraprofessional"], fulfills=["C31"])},
]},
# ---------------------------------------------------------------- Jordan breaks / art
{"id": "T15", "subject": "Jordan P. - leaving art to go to the nurse?", "messages": [
 {"id": "T15.1", "from": "jenna", "to": ["irene"], "date": "2026-10-13 13:15", "arrival": "direct",
  "body": """Hi Irene! Question about Jordan P. in my 6th period art. Almost every day he asks to go lie down in the nurse's office and he's gone 20-30 min, so he's way behind on the clay project. Is that something he's allowed to do whenever he asks? I don't want to say no if it's a medical thing, but I also want him to pass lol""",
  "labels": L([JP], ["breaks"], requests=[R("R27", "Is that something he's allowed to do whenever he asks?")])},
 {"id": "T15.2", "from": "irene", "to": ["jenna"], "date": "2026-10-13 15:00", "arrival": "bcc-self", "reply_to": "T15.1",
  "attachments": [{"name": "Pruitt_J_accommodations_health_plan.pdf", "type": "application/pdf",
     "text": "Jordan Pruitt - accommodations summary. Rest breaks in the clinic as needed (health plan). Shortened school day: dismissal 2:15. Reduced assignments when breaks cause missed class time. 1:1 trained aide on all off-campus trips. Seizure action plan on file with the nurse."}],
  "body": """Jenna - yes, please always let him go. Rest breaks in the clinic are in his health plan and his IEP; tiredness is one of his warning signs. His accommodations page and the nurse's summary are attached.

For the clay project, shortening it is fine - he also has reduced assignments. Maybe grade the pinch pot and the glaze and drop the coil vase?

Irene""",
  "labels": L([JP], ["breaks", "reduced_assignments"], answers=["R27"],
     att=["breaks", "reduced_assignments", "paraprofessional"])},
]},
{"id": "T16", "subject": "yesterday", "messages": [
 {"id": "T16.1", "from": "wes", "to": ["irene"], "date": "2026-11-11 07:05", "arrival": "outlook-forward",
  "forwarded_at": "2026-11-11 07:41", "forward_note": "fyi - sending to Paula too. Abernathy sub 11/10, and the 2:15 release",
  "body": """Jordan had an aura in math yesterday afternoon and asked to go to the nurse and the sub told him to wait til the end of class. He sat there 25 minutes feeling like that. He is supposed to be able to go when he needs to. Who was the sub and does the sub get his health plan or not?

Also he is supposed to leave at 2:15 and I sat in the car line til 2:40 because nobody sent him down.

Wes Pruitt""",
  "labels": L([JP], ["breaks"], missed=MS("breaks", "2026-11-10"),
     requests=[R("R28", "Who was the sub and does the sub get his health plan or not?")])},
 {"id": "T16.2", "from": "irene", "to": ["wes"], "cc": ["paula"], "date": "2026-11-11 12:30", "arrival": "bcc-self", "reply_to": "T16.1",
  "body": """Mr. Pruitt,

I'm so sorry. I checked: the sub was covering for Mrs. Abernathy, and her sub folder did not have Jordan's health plan in it. That is a gap on our side, not Jordan's. Nurse Dominguez and I are putting a one-page health plan summary in every one of Jordan's teachers' sub folders by Friday.

On dismissal: the front office had his 2:15 release on the wrong list after the schedule change. Ms. Ybarra has fixed it for the rest of the semester.

Irene""",
  "labels": L([JP], ["breaks"], answers=["R28"],
     commitments=[C("C32", "put a health plan summary in all of Jordan's teachers' sub folders",
                    "Nurse Dominguez and I are putting a one-page health plan summary in every one of Jordan's teachers' sub folders by Friday.", "2026-11-13")])},
 {"id": "T16.3", "from": "paula", "to": ["irene"], "date": "2026-11-13 14:10", "arrival": "direct", "reply_to": "T16.2",
  "body": """All 7 of Jordan's teachers have the one-page seizure plan summary in their sub tubs now, Coach Bell too. I also asked the front office to add it to the sub check-in binder.

P.""",
  "labels": L([JP], [], fulfills=["C32"])},
 {"id": "T16.4", "from": "wes", "to": ["irene"], "date": "2026-12-05 10:30", "arrival": "direct", "reply_to": "T16.3", "quote": False,
  "subject": "next semester",
  "body": """Ms C, choir trip went fine, Ms Garza stayed right with him, thank you. Is the 2:15 schedule going to continue in January? His neurology appointment is 12/15. I'll bring the new seizure plan to the nurse after that appointment.

Wes""",
  "labels": L([JP], ["paraprofessional"],
     requests=[R("R29", "Is the 2:15 schedule going to continue in January?")],
     commitments=[C("C33", "bring the new seizure plan to the nurse", "I'll bring the new seizure plan to the nurse after that appointment.", "2026-12-15")])},
]},
# ---------------------------------------------------------------- Caleb co-teach
{"id": "T17", "subject": "Math class??", "messages": [
 {"id": "T17.1", "from": "heather", "to": ["irene"], "date": "2026-10-19 21:05", "arrival": "apple-forward",
  "forwarded_at": "2026-10-19 21:32", "forward_note": "Whitaker - Hart coverage. Email Sandra first thing",
  "body": """Hi Ms. Castellanos,

I'm a little confused and hoping you can help. Caleb says math has been "worksheet day" every day since last Wednesday. There's a substitute, Mrs. Hart hasn't been there, and he says Mr. Reyes teaches from the front and then passes out packets. Caleb can't do a packet on his own, that's the whole reason he's in the co-taught class.

Is he still getting his co-teaching time? And who is checking his work? His grade in Skyward went from a 78 to a 64 in a week.

Thanks,
Heather Whitaker

Sent from my iPhone""",
  "labels": L([CW], ["specialized_instruction"], missed=MS("specialized_instruction", COTEACH_DAYS),
     requests=[R("R30", "Is he still getting his co-teaching time?"), R("R31", "And who is checking his work?")])},
 {"id": "T17.2", "from": "irene", "to": ["heather"], "date": "2026-10-20 07:30", "arrival": "bcc-self", "reply_to": "T17.1",
  "body": """Mrs. Whitaker,

Thank you for asking, it's a fair question. Mrs. Hart has been out since 10/14 and we do not have a certified co-teacher covering, which means Caleb has not been getting his co-taught math the way his IEP says.

I'm checking with the district today on the coverage plan, and I'll get back to you with an answer by Friday. In the meantime I'll pull Caleb during advisory Tuesday and Thursday to go over the packets with him myself.

Irene Castellanos""",
  "labels": L([CW], ["specialized_instruction"], answers=["R30", "R31"],
     missed=MS("specialized_instruction", COTEACH_DAYS),
     commitments=[C("C34", "get back to the parent on the co-teach coverage plan", "I'll get back to you with an answer by Friday.", "2026-10-23"),
                  C("C35", "go over the math packets with Caleb in advisory", "I'll pull Caleb during advisory Tuesday and Thursday to go over the packets with him myself.", "2026-10-22")])},
 {"id": "T17.3", "from": "irene", "to": ["heather"], "date": "2026-10-28 16:00", "arrival": "bcc-self", "reply_to": "T17.2",
  "body": """Mrs. Whitaker,

I owed you an answer last Friday and I'm late, I apologize. Here is where things stand.

A certified special education teacher, Ms. Vance, starts as the long-term co-teacher in Math 8 on Monday 11/2. Until then, Caleb has missed his co-taught math every school day since 10/14 - 11 days so far, 50 minutes each. I'm keeping a log of those days, and the ARD committee will decide on compensatory services for him.

I went over the packets with him in advisory last Tuesday and Thursday and again yesterday, and he's caught up on the missing work.

Irene""",
  "labels": L([CW], ["specialized_instruction", "compensatory_services", "iep_meeting"], fulfills=["C34", "C35"],
     missed=MS("specialized_instruction", COTEACH_DAYS_ALL, 50))},
]},
{"id": "T18", "subject": "Math 8 co-teach coverage - Hart leave", "messages": [
 {"id": "T18.1", "from": "irene", "to": ["sandra"], "date": "2026-10-20 08:10", "arrival": "bcc-self",
  "body": """Sandra,

Tamika Hart (Math 8 co-teacher, periods 3 and 5) went out on leave 10/14, expected back after Thanksgiving. The campus has a non-certified day-to-day sub in there and Mr. Reyes is teaching whole-group with packets. Four of my students, including Caleb Whitaker, have 50 minutes a day of co-taught math in their schedule of services, and they are not getting it.

Can the district place a certified sped long-term sub, and how do you want us to document the missed minutes for compensatory services?

Irene""",
  "labels": L([CW], ["specialized_instruction", "compensatory_services"],
     requests=[R("R32", "Can the district place a certified sped long-term sub, and how do you want us to document the missed minutes for compensatory services?")])},
 {"id": "T18.2", "from": "sandra", "to": ["irene"], "cc": ["ray"], "date": "2026-10-27 11:30", "arrival": "outlook-forward",
  "forwarded_at": "2026-10-27 12:05", "forward_note": "Vance starts 11/2. comp form promised \"this week\" -- watch for it", "reply_to": "T18.1",
  "body": """Irene,

Thanks for flagging this. We have a certified long-term sub, Ms. Carla Vance, starting in Math 8 on Monday 11/2.

Please keep a log of co-teach minutes not delivered from 10/14 until she starts; each student's ARD committee will determine compensatory services. I'll send you the compensatory services documentation form this week.

Sandra""",
  "labels": L([CW], ["specialized_instruction", "compensatory_services"], answers=["R32"],
     commitments=[C("C36", "place a certified long-term co-teacher starting 11/2", "We have a certified long-term sub, Ms. Carla Vance, starting in Math 8 on Monday 11/2.", "2026-11-02"),
                  C("C37", "send the compensatory services documentation form", "I'll send you the compensatory services documentation form this week.", "2026-10-30")])},
]},
{"id": "T19", "subject": "Sub notes - Math 8 (Hart) 10/16", "messages": [
 {"id": "T19.1", "from": "gary", "to": ["irene"], "date": "2026-10-16 15:10", "arrival": "direct",
  "body": """Ms. Castellanos,

I'm the sub in Mrs. Hart's room this week. Mr. Reyes asked me to let you know how today went for your students. 3rd period took the 2.3 quiz (20 min) with the rest of the class, and I collected all of them at the bell. Caleb W. did not finish, he got through 6 of 10. I didn't know he was supposed to go to a small group room for quizzes until a student told me afterward. He did have his calculator.

Sorry about that. No one left me a list.

Gary Feld
Substitute Teacher, MRISD""",
  "labels": L([CW], ["separate_setting", "extended_time", "calculator"],
     missed=MS("separate_setting", "2026-10-16") + MS("extended_time", "2026-10-16"))},
 {"id": "T19.2", "from": "irene", "to": ["gary"], "date": "2026-10-16 15:40", "arrival": "bcc-self", "reply_to": "T19.1",
  "body": """Mr. Feld, thank you for telling me - that's exactly what I need to know, and it's not your fault. Please leave Caleb's quiz in the tray on Mrs. Hart's desk. I'll have him finish it with extended time in my room on Monday. I'll also put an accommodations list for all my kids in that sub folder.

Irene Castellanos""",
  "labels": L([CW], ["extended_time"],
     commitments=[C("C38", "let Caleb finish the quiz with extended time", "I'll have him finish it with extended time in my room on Monday.", "2026-10-19"),
                  C("C39", "put an accommodations list in the sub folder", "I'll also put an accommodations list for all my kids in that sub folder.")])},
]},
{"id": "T20", "subject": "Unit 3 test Fri 11/6 - small group", "messages": [
 {"id": "T20.1", "from": "reyes", "to": ["irene"], "cc": [], "date": "2026-11-04 14:00", "arrival": "direct",
  "body": """Irene - Unit 3 test (linear functions) is Friday. Ms. Vance will take Caleb and your other three to the small group room with time and a half. Calculators are OK for everybody this unit. The guided notes for 3.4-3.6 are in the shared drive and I printed Caleb's copy.

Let me know if you want anything else for him.

Dan""",
  "labels": L([CW], ["separate_setting", "extended_time", "calculator", "class_notes"], fulfills=["C36"])},
 {"id": "T20.2", "from": "reyes", "to": ["irene"], "date": "2026-11-17 12:40", "arrival": "direct", "reply_to": "T20.1",
  "body": """Irene, got your note this morning. My fault - the printer in 208 was down last week and I never got Caleb's notes copies made Monday or Tuesday (11/9, 11/10). From now on his copy goes in his math folder the day before, and Ms. Vance has the PDFs as a backup.

Dan""",
  "labels": L([CW], ["class_notes"], fulfills=["C41"],
     missed=MS("class_notes", ["2026-11-09", "2026-11-10"]),
     commitments=[C("C40", "put Caleb's notes copy in his folder the day before", "From now on his copy goes in his math folder the day before")])},
]},
{"id": "T21", "subject": "Caleb progress report / ARD?", "messages": [
 {"id": "T21.1", "from": "heather", "to": ["irene"], "date": "2026-11-15 20:30", "arrival": "direct",
  "body": """Hi Ms. C,

Report cards came out Friday and Caleb has a 66 in math. I didn't get an IEP progress report with it, and last year they came with the report card. Can you send me his progress on his IEP goals?

Also he says he didn't get the printed notes in math on Monday or Tuesday (11/9 and 11/10) and had to copy off the board and couldn't keep up. And he never got to finish that quiz from October that you were going to let him redo.

I would like to have an ARD meeting before winter break to talk about comp time and whether the co-teaching is working.

Thanks,
Heather""",
  "labels": L([CW], ["progress_report", "class_notes", "iep_meeting", "compensatory_services", "specialized_instruction"],
     missed=MS("class_notes", ["2026-11-09", "2026-11-10"]),
     requests=[R("R33", "Can you send me his progress on his IEP goals?"),
               R("R34", "I would like to have an ARD meeting before winter break to talk about comp time and whether the co-teaching is working.")])},
 {"id": "T21.2", "from": "irene", "to": ["heather"], "date": "2026-11-16 16:20", "arrival": "bcc-self", "reply_to": "T21.1",
  "attachments": [{"name": "Whitaker_C_IEP_progress_6wk2.pdf", "type": "application/pdf",
     "text": "IEP Progress Report - Caleb Whitaker, Grade 8, 2nd six weeks. Math goal 1 (multi-step equations): 55%, progressing. Math goal 2 (linear functions): 40%, some progress. Accommodations: extended time, small group testing, calculator, copy of class notes. Note: co-taught instruction not delivered 10/14-10/30 (staff leave); compensatory services to be addressed by the ARD committee."}],
  "body": """Mrs. Whitaker,

You're right, the progress report should have gone home with the report card - it's attached. I'm sorry.

About the quiz: you're right, I never had him finish it. That one is on me. I'll talk to Mr. Reyes about the notes tomorrow.

I'd be glad to hold an ARD before the break. Could you do Monday December 14 or Wednesday December 16 after school? I'll send the formal ARD notice by December 4.

Irene""",
  "labels": L([CW], ["progress_report", "class_notes", "iep_meeting"], answers=["R33", "R34"],
     commitments=[C("C41", "talk to the math teacher about the notes", "I'll talk to Mr. Reyes about the notes tomorrow.", "2026-11-17"),
                  C("C42", "send the formal ARD notice", "I'll send the formal ARD notice by December 4.", "2026-12-04")],
     requests=[R("R35", "Could you do Monday December 14 or Wednesday December 16 after school?")],
     att=["progress_report", "extended_time", "separate_setting", "calculator", "class_notes", "specialized_instruction", "compensatory_services"])},
 {"id": "T21.3", "from": "irene", "to": ["heather"], "date": "2026-12-03 15:00", "arrival": "bcc-self", "reply_to": "T21.2",
  "attachments": [{"name": "Notice_of_ARD_Whitaker_C.pdf", "type": "application/pdf",
     "text": "NOTICE OF ADMISSION, REVIEW AND DISMISSAL (ARD) COMMITTEE MEETING. Student: Caleb Whitaker. Date: Wednesday, December 16, 2026, 3:45 PM, Pecan Hollow MS conference room. Purpose: review of IEP; consideration of compensatory services for co-taught instruction not delivered."}],
  "body": """Mrs. Whitaker,

Attached is the Notice of ARD Committee Meeting for Caleb. I didn't hear back on the two dates, so I scheduled it for Wednesday December 16 at 3:45. If that doesn't work, just tell me and we'll move it.

Also, Mr. Reyes has had Caleb's guided notes in his math folder every day since we talked.

Irene""",
  "labels": L([CW], ["iep_meeting", "class_notes"], fulfills=["C42", "C40"],
     att=["iep_meeting", "compensatory_services", "specialized_instruction"])},
]},
# ---------------------------------------------------------------- staff-wide
{"id": "T22", "subject": "Panther Weekly - Oct 5", "messages": [
 {"id": "T22.1", "from": "saenz", "to": ["staff"], "date": "2026-10-04 17:00", "arrival": "direct", "html": True, "no_sig": True,
  "body": """Panthers,

A few things for the week of October 5:

- Picture retakes are Wednesday 10/7 in the library, 8:30-11:00.
- Homecoming spirit week starts 10/12. Dress-up days are on the Staff Hub.
- Fire drill Thursday 10/8 during 2nd period. Please review your evacuation route with your class.
- Duty rosters for the second six weeks are posted. If you need a swap, see Mr. Delgado.
- Thank you to the PTA for Friday's breakfast tacos!

Have a great week,
Dr. Lorena Saenz
Principal, Pecan Hollow Middle School""",
  "labels": L([])},
]},
{"id": "T23", "subject": "Reminder: Staff Development Day Tues 11/3 - no students", "messages": [
 {"id": "T23.1", "from": "proflearn", "to": ["staff"], "date": "2026-10-30 12:00", "arrival": "direct", "html": True, "no_sig": True,
  "body": """Reminder: Tuesday, November 3 is a district Staff Development Day. No students report.

8:00-8:30  Breakfast & sign-in (campus cafeteria)
8:30-11:30 Campus sessions (see your principal's schedule)
11:30-12:45 Lunch on your own
1:00-3:30  District sessions: CPR/AED recertification (gym), Skyward gradebook updates (library), Classroom management for new teachers (Room 201)

Please sign in on Eduphoria by Friday so your hours are credited.

MRISD Professional Learning
This is an automated message from an unmonitored mailbox. Please do not reply.""",
  "labels": L([])},
]},
{"id": "T24", "subject": "Benchmark Week 12/7-12/9: accommodations & rooms", "messages": [
 {"id": "T24.1", "from": "ray", "to": ["staff"], "date": "2026-11-30 07:45", "arrival": "outlook-forward",
  "forwarded_at": "2026-11-30 07:58", "forward_note": "rosters due Wed 12/2",
  "body": """Staff,

District benchmarks are Monday 12/7 through Wednesday 12/9. Students with IEP or 504 testing accommodations (extended time, oral administration, small group) will test in the rooms posted in the testing plan, not with their regular class.

Case managers, please send me your accommodation rosters by Wednesday 12/2. I'll post room assignments by Thursday 12/3.

Thanks,
Ray""",
  "labels": L([], ["extended_time", "read_aloud", "separate_setting"],
     requests=[R("R36", "Case managers, please send me your accommodation rosters by Wednesday 12/2.")],
     commitments=[C("C43", "post benchmark room assignments", "I'll post room assignments by Thursday 12/3.", "2026-12-03")])},
 {"id": "T24.2", "from": "irene", "to": ["ray"], "date": "2026-12-01 08:20", "arrival": "bcc-self", "reply_to": "T24.1",
  "body": """Ray, my roster:

Aaliyah Brooks (7) - oral administration, extended time, text-to-speech
Caleb Whitaker (8) - small group, extended time, calculator
Jordan Pruitt (8) - rest breaks, small group, morning sessions only (2:15 dismissal)
Mateo Villarreal (6) - small group, his device, breaks as needed

Irene""",
  "labels": L([AB, CW, JP, MV], ["read_aloud", "extended_time", "assistive_technology", "separate_setting", "calculator", "breaks"], answers=["R36"])},
]},
]

QUERIES = [
 ("extended time", "extended_time"), ("extra time", "extended_time"),
 ("read aloud", "read_aloud"), ("oral administration", "read_aloud"),
 ("assistive technology", "assistive_technology"), ("speech-generating device", "assistive_technology"),
 ("breaks", "breaks"), ("rest breaks", "breaks"),
 ("small group testing", "separate_setting"), ("calculator", "calculator"),
 ("class notes", "class_notes"), ("reduced assignments", "reduced_assignments"),
 ("speech therapy", "speech_language_therapy"), ("speech", "speech_language_therapy"),
 ("reading intervention", "reading_intervention"), ("dyslexia", "reading_intervention"),
 ("specialized instruction", "specialized_instruction"), ("co-teaching", "specialized_instruction"),
 ("aide", "paraprofessional"), ("paraprofessional", "paraprofessional"),
 ("behavior plan", "behavior_support"), ("BIP", "behavior_support"),
 ("ARD meeting", "iep_meeting"), ("IEP meeting", "iep_meeting"),
 ("evaluation", "evaluation"), ("re-evaluation", "evaluation"),
 ("progress report", "progress_report"),
 ("compensatory services", "compensatory_services"), ("make-up sessions", "compensatory_services"),
]
