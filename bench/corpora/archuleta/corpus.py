"""The Archuleta family's school correspondence, January - May 2026 (source for build.py).

A bilingual (Spanish/English) family in New Mexico. The user is Marisol Archuleta, the mother.
Her son Santiago ("Santi"), 4 going on 5, is in a developmental preschool classroom (ECSE) at
Cielo Azul Early Childhood Center with itinerant speech, contracted OT, a classroom EA and a
special bus with a car seat, and moves to kindergarten at Sierra Linda Elementary in August.

How mail reaches the trail mailbox (archuleta.escuela@gmail.com):
- direct/filter: a Gmail filter on Marisol's account auto-forwards, unchanged, mail from the two
  staff members who write the most (Dr. Kessler and Kristin Oberholtzer, from Jan 22 on).
- direct/cc: some staff (Graciela, sometimes Ms. Chavez) and her sister Vero copy the trail address.
- direct/list: the preschool newsletter is sent to the trail address (added in ParentSquare).
- bcc-self: Marisol's own mail with the trail address in Bcc (Gmail web or her iPhone).
- forwards: Gmail web, iPhone Mail, Thunderbird on the family laptop, Gmail "forward as
  attachment"; Outlook.com for the old Hotmail address the district SIS still has on file
  (transportation notices, meeting notices, class news); her sister Vero forwards from Yahoo.

Every labels{} block is what a careful advocate marks in that message's OWN text (never its
quoted history, signature or forwarding note). Dates are local (America/Denver).
"""

CORPUS = "archuleta"
AS_OF = "2026-05-19"
TIMEZONE = "America/Denver"
USER = {"name": "Marisol Archuleta", "email": "marisol.archuleta@gmail.com", "role": "parent"}
TRAIL = "archuleta.escuela@gmail.com"
STUDENTS = ["Santiago Archuleta"]
SANTI = "Santiago Archuleta"

# key: (display name, email, role, mail client)
PEOPLE = {
    "marisol": ("Marisol Archuleta", "marisol.archuleta@gmail.com", "parent", "gmail"),
    "marisol_hm": ("Marisol Archuleta", "marisol_arch87@hotmail.com", "parent", "hotmail"),
    "vero": ("Verónica Quintana", "vero.quintana@yahoo.com", "other", "yahoo"),
    "leticia": ("Leticia Chávez", "leticia.chavez@bosquevistaps.org", "school", "outlook"),
    "josie": ("Josefina Sandoval", "josefina.sandoval@bosquevistaps.org", "school", "outlook"),
    "kristin": ("Kristin Oberholtzer", "kristin.oberholtzer@bosquevistaps.org", "school", "outlook"),
    "dana": ("Dana Lucero", "dlucero@pediatricpathwaysnm.com", "school", "gmail"),
    "brandon": ("Brandon Yazzie", "byazzie@pediatricpathwaysnm.com", "school", "gmail"),
    "kessler": ("Sharon Kessler", "sharon.kessler@bosquevistaps.org", "school", "outlook"),
    "graciela": ("Graciela Romero", "graciela.romero@bosquevistaps.org", "school", "outlook"),
    "melissa": ("Melissa Haines", "melissa.haines@bosquevistaps.org", "school", "outlook"),
    "alejandra": ("Alejandra Benavidez", "alejandra.benavidez@bosquevistaps.org", "school", "outlook"),
    "phil": ("Phil Ortega", "phil.ortega@bosquevistaps.org", "school", "outlook"),
    "routing": ("BVPS Special Needs Routing", "sped.routing@bosquevistaps.org", "school", "outlook"),
    "rosemary": ("Rosemary Trujillo", "rosemary.trujillo@bosquevistaps.org", "school", "outlook"),
    "duran": ("Eric Durán", "eric.duran@bosquevistaps.org", "school", "outlook"),
    "tamara": ("Tamara Nez", "tamara.nez@bosquevistaps.org", "school", "outlook"),
    "donna": ("Donna Pacheco", "donna.pacheco@bosquevistaps.org", "school", "outlook"),
    "news": ("Cielo Azul ECC", "cieloazul-news@bosquevistaps.org", "school", "parentsquare"),
    "sloffice": ("Sierra Linda Elementary", "sierralinda.office@bosquevistaps.org", "school", "outlook"),
}


def B(s):
    """A body or signature written flush-left in a triple-quoted string."""
    return s.strip("\n").rstrip() + "\n"


FERPA = B("""
CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential student information protected under the Family Educational Rights and Privacy Act (FERPA) and the Individuals with Disabilities Education Act (IDEA). Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message.
""")

SIG = {
    "leticia": B("""
Leticia Chávez
ECSE Teacher | Room 6 "Los Colibríes"
Cielo Azul Early Childhood Center
Bosque Vista Public Schools
(505) 555-0172
""") + "\n" + FERPA,
    "kristin": B("""
Kristin Oberholtzer, M.S., CCC-SLP
Itinerant Speech-Language Pathologist
Early Childhood Itinerant Team
Cielo Azul ECC (Tue/Thu) | Manzano Mesa Elementary (Mon/Wed) | Sierra Linda Elementary (Fri)
(505) 555-0166
""") + "\n" + FERPA,
    "kessler": B("""
Sharon Kessler, Ed.D.
Early Childhood Special Education Coordinator
Office of Special Education | Bosque Vista Public Schools
3301 Los Volcanes Rd NW, Building C
(505) 555-0110
"Every child, every family, every day."
""") + "\n" + FERPA,
    "graciela": B("""
Graciela Romero
Enlace Familiar | Family Liaison
Oficina de Participación Familiar Bilingüe / Bilingual Family Engagement Office
Bosque Vista Public Schools
Cel. (505) 555-0128

AVISO DE CONFIDENCIALIDAD: Este mensaje puede contener información confidencial del estudiante. Si usted lo recibió por error, favor de notificar al remitente y borrarlo.
""") + FERPA,
    "melissa": B("""
Melissa Haines, M.A.
Educational Diagnostician
Early Childhood Evaluation Team | Bosque Vista Public Schools
(505) 555-0114
""") + "\n" + FERPA,
    "phil": B("""
Phil Ortega
Routing Supervisor | Special Needs Transportation
BVPS Transportation Services
Dispatch (6:00 AM - 5:00 PM): (505) 555-0143
Routing office: (505) 555-0145
""") + "\n" + FERPA,
    "routing": B("""
BVPS Transportation Services | Special Needs Routing
4200 Bus Barn Rd SW
(505) 555-0145 | Dispatch (505) 555-0143

Please do not reply to this notice. Questions: sped.routing@bosquevistaps.org
"""),
    "rosemary": B("""
Rosemary Trujillo
Secretary | Office of Special Education
Bosque Vista Public Schools
(505) 555-0100
""") + "\n" + FERPA,
    "duran": B("""
Eric Durán, M.Ed., BCBA
Behavior Specialist - Early Childhood Programs
Office of Special Education | Bosque Vista Public Schools
(505) 555-0119
""") + "\n" + FERPA,
    "tamara": B("""
Tamara Nez
Special Education Teacher, K-2
Sierra Linda Elementary | "Home of the Roadrunners"
(505) 555-0150 ext. 2214
""") + "\n" + FERPA,
    "dana": B("""
--
Dana Lucero, MOT, OTR/L
Pediatric Occupational Therapist
Pediatric Pathways Therapy, LLC
Contracted provider - Bosque Vista Public Schools
(505) 555-0191

This message may contain protected health information (PHI). If you received it in error, please notify the sender and delete it. Pediatric Pathways Therapy, LLC complies with HIPAA and FERPA.
"""),
    "brandon": B("""
--
Brandon Yazzie, OTR/L
Occupational Therapist
Pediatric Pathways Therapy, LLC
Contracted provider - Bosque Vista Public Schools
(505) 555-0191 ext. 7

This message may contain protected health information (PHI). If you received it in error, please notify the sender and delete it. Pediatric Pathways Therapy, LLC complies with HIPAA and FERPA.
"""),
    "sloffice": B("""
Sierra Linda Elementary - Front Office
"Home of the Roadrunners"
(505) 555-0150
"""),
    "iphone": "Sent from my iPhone\n",
    "outlook-ios": "Get Outlook for iOS\n",
    "yahoo": "Sent from Yahoo Mail for iPhone\n",
}


def M(**kw):
    kw.setdefault("cc", [])
    kw.setdefault("labels", {})
    kw["labels"].setdefault("students", [SANTI])
    return kw


def C(id, by, what, quote, due=None):
    return dict(id=id, by=by, what=what, quote=quote, due=due)


def R(id, by, quote):
    return dict(id=id, by=by, quote=quote)


# ============================================================================ threads
THREADS = []

# ---------------------------------------------------------------- T01 picture schedule
THREADS.append(dict(id="T01", subject="Santi - horario con dibujos / picture schedule", messages=[
    M(id="T01.1", frm="marisol", to=["leticia"], cc=["josie"], date="2026-01-12 19:48", arrival="bcc-self",
      body=B("""
Hi Ms. Chávez,

Happy new year! Espero que haya descansado en las vacaciones.

Santi came home today a little upset. He kept saying "no hay dibujos, no hay dibujos" and when I asked him more he told me his pictures were not on the wall by his cubby today. I think he means his picture schedule. Over break did the room get moved around? He really depends on it in the morning to know what comes next.

Can you let me know if his picture schedule is going back up this week?

Also his chewy necklace (the blue one) got lost during vacation. Yo le mando uno nuevo el miércoles en la mochila, so please don't worry about that one.

Thank you,
Marisol (mamá de Santi)
"""),
      labels=dict(topics=["visual_schedule", "sensory_tools"],
                  commitments=[C("c_chewy", "marisol", "send a new chewy necklace in his backpack on Wednesday",
                                 "Yo le mando uno nuevo el miércoles en la mochila", "2026-01-14")],
                  requests=[R("r_sched", "marisol", "Can you let me know if his picture schedule is going back up this week?")],
                  missed=[("visual_schedule", "2026-01-12", None)])),
    M(id="T01.2", frm="leticia", to=["marisol"], cc=["josie"], via="cc", date="2026-01-13 15:20", arrival="direct",
      reply_to="T01.1", html=True,
      body=B("""
Hi Mrs. Archuleta,

Thank you for letting me know! You're right, the custodians waxed our floors over break and we took everything off the walls. His schedule strip went back up this morning, and Josie also made him a small one on a ring that clips to his backpack so he can carry it to the bus and to the sensory room. He was very happy to move the "lunch" card to the all done pocket himself.

No worries about the chewy, we have extras in our sensory bin and he had a green one today.

Also a reminder: progress reports on IEP goals will go home in his take-home folder on Thursday, January 22.

Gracias,
"""), sig=SIG["leticia"],
      labels=dict(topics=["visual_schedule", "sensory_tools", "progress_report"],
                  commitments=[C("c_prog", "leticia", "send home the IEP progress report on Jan 22",
                                 "progress reports on IEP goals will go home in his take-home folder on Thursday, January 22",
                                 "2026-01-22")],
                  answers=["r_sched"])),
    M(id="T01.3", frm="marisol", client="iphone", to=["leticia"], date="2026-01-14 20:31", arrival="bcc-self",
      reply_to="T01.2",
      body=B("""
Muchas gracias Ms. Chávez! He showed me the little ring schedule, he loves it. Ya le puse el chewy nuevo en la mochila (the blue one) so now he has two.
"""), sig=SIG["iphone"],
      labels=dict(topics=["visual_schedule", "sensory_tools"], fulfills=["c_chewy"])),
]))

# ---------------------------------------------------------------- T02 route notice (Hotmail)
THREADS.append(dict(id="T02", subject="Route Change Notice - Special Needs Route SN-12", messages=[
    M(id="T02.1", frm="routing", to=["marisol_hm"], date="2026-01-16 10:12", arrival="outlook-forward",
      fwd_by="marisol_hm", fwd_at="2026-01-16 18:40", fwd_note="for Santi's file", html=True,
      body=B("""
Dear Parent/Guardian,

This notice is to inform you of a change to your student's transportation beginning Tuesday, January 20, 2026.

Student: Santiago Archuleta
School: Cielo Azul Early Childhood Center
Route: SN-12 (Special Needs)    Bus: 47
New AM pickup time: 7:05 AM (previously 7:20 AM)
PM drop-off time: approximately 3:05 PM (Mon-Thu)
Equipment: Child Safety Restraint System (5-point harness) per IEP

Please have your student ready at the stop 5 minutes before the scheduled pickup time. Drivers cannot wait more than 2 minutes at a stop. An adult must be present to receive a preschool student at drop-off.

If you have questions, please contact Special Needs Routing at (505) 555-0145.
"""), sig=SIG["routing"],
      labels=dict(topics=["transportation"])),
]))

# ---------------------------------------------------------------- T03 bus without car seat
THREADS.append(dict(id="T03", subject="Bus 47 came without Santi's car seat this morning", messages=[
    M(id="T03.1", frm="marisol", to=["routing"], cc=["leticia"], date="2026-01-27 07:52", arrival="bcc-self",
      body=B("""
Good morning,

This morning bus 47 came at 7:08 but there was no car seat for my son Santiago (Santi). He is 4 and his IEP says he rides in the 5 point harness seat. The driver said the car seat was put on another bus yesterday and she could not take him without it. So he missed the bus and I had to drive him to Cielo Azul and I was late to my work.

Can you please make sure the car seat is back on bus 47 tomorrow morning?

Also, who am I supposed to call when this happens at 7 in the morning? The number on the route letter just rang and rang.

Thank you,
Marisol Archuleta
(505) 555-0187
"""),
      labels=dict(topics=["transportation"],
                  requests=[R("r_seat", "marisol", "Can you please make sure the car seat is back on bus 47 tomorrow morning?"),
                            R("r_call", "marisol", "who am I supposed to call when this happens at 7 in the morning?")],
                  missed=[("transportation", "2026-01-27", None)])),
    M(id="T03.2", frm="phil", to=["marisol"], cc=["routing"], date="2026-01-28 09:41", arrival="attachment-forward",
      fwd_by="marisol", fwd_at="2026-01-28 12:15", fwd_note="bus contestó, form attached inside", reply_to="T03.1",
      html=True,
      attachments=[dict(name="Parent_Mileage_Reimbursement_Form.pdf", type="application/pdf", text=B("""
BOSQUE VISTA PUBLIC SCHOOLS - TRANSPORTATION SERVICES
PARENT/GUARDIAN MILEAGE REIMBURSEMENT REQUEST

Use this form when the district was unable to provide transportation required by a student's IEP and the parent/guardian transported the student.

Student name: ____________________   School: ____________________   Route: ______
Date(s) of travel: ____________________
Round trip miles (home to school): ______   Rate: $0.67 per mile
Reason district transportation was not provided:
[ ] Bus/route cancelled   [ ] Required equipment (car seat / CSRS / wheelchair lift) not available   [ ] Other: ______

Parent/Guardian signature: ____________________  Date: ________
Return to Special Needs Routing, sped.routing@bosquevistaps.org. Reimbursements are processed monthly.
"""))],
      body=B("""
Ms. Archuleta,

My apologies for yesterday. The CSRS seat from bus 47 was moved to a substitute bus for another route Monday afternoon and was not put back on 47 before the morning run, so Santi could not be transported. I have confirmed with the yard that the seat is back on bus 47 and installed, and I spoke to the driver directly. Santi was picked up this morning at 7:06.

For early morning problems, please call dispatch at (505) 555-0143; the line is staffed from 6:00 AM. The number on the route letter is the routing office, which does not open until 8:00. I'm sorry nobody picked up.

You can submit a parent mileage reimbursement form for yesterday's trip; I've attached it here. Return it to me by email or through the school office.
"""), sig=SIG["phil"],
      labels=dict(topics=["transportation"], answers=["r_seat", "r_call"],
                  missed=[("transportation", "2026-01-27", None)],
                  attachment_topics=["transportation"])),
]))

# ---------------------------------------------------------------- T04 speech, January
THREADS.append(dict(id="T04", subject="Speech - spring semester + home practice", messages=[
    M(id="T04.1", frm="kristin", to=["marisol"], date="2026-01-20 16:05", arrival="gmail-forward",
      fwd_by="marisol", fwd_at="2026-01-20 21:14", fwd_note="Santi speech", html=True,
      attachments=[dict(name="Home_Practice_Core_Words_Jan.pdf", type="application/pdf", text=B("""
Home Practice - Core Words (January)
Santiago A. - Speech-Language Therapy home program

Practice words (use the language that is natural at home!):
  more / más      help / ayuda      all done / ya      open / abre      go / vamos      stop / para

Ideas:
- Snack time: hold up the snack and wait 5 seconds. Let him say or sign "more" / "más" before you give it.
- Bath time: give him a bottle he can't open and wait for "open" / "abre" or "help" / "ayuda".
- Play: ready-set-GO with cars or bubbles. Pause before "go" and let him fill it in.
- Point to the picture on his core board while you say the word. His GoTalk at school has the same pictures.

Thank you! - Ms. Kristin (SLP)
"""))],
      body=B("""
Hello Ms. Archuleta,

Happy 2026! I wanted to touch base as we start the spring semester. I'm at Cielo Azul on Tuesdays and Thursdays and I see Santi for 30 minutes each day, usually during centers (push-in) and sometimes in the small room next to the library.

I had to cancel Santi's session on Thursday 1/15 because I was pulled to cover a preschool evaluation at Manzano Mesa. I'm going to make that session up on Tuesday 1/27 in the afternoon so he gets both.

We've been using the GoTalk 9+ at snack so he can request ("more", "help", "all done", "open"). He's starting to combine the button with a word, which is exactly what we want. I attached a core word sheet you can use at home - English and Spanish are both great! Please use whichever language is natural at home.

If you can, could you send me a short video of how he asks for things at home? It helps me a lot to see what he does in Spanish.

Thanks so much,
"""), sig=SIG["kristin"],
      labels=dict(topics=["speech_language_therapy", "assistive_technology"],
                  commitments=[C("c_mk1", "kristin", "make up the 1/15 speech session on 1/27",
                                 "I'm going to make that session up on Tuesday 1/27 in the afternoon so he gets both.",
                                 "2026-01-27")],
                  requests=[R("r_video", "kristin", "could you send me a short video of how he asks for things at home?")],
                  missed=[("speech_language_therapy", "2026-01-15", 30)],
                  attachment_topics=["speech_language_therapy", "assistive_technology"])),
    M(id="T04.2", frm="marisol", to=["kristin"], date="2026-01-21 21:40", arrival="bcc-self", reply_to="T04.1",
      body=B("""
Hi Miss Kristin,

Thank you for the update and the paper with the words, we put it on the fridge. Yes I will send you a video this weekend, en la casa él pide más en español ("más jugo", "abre") so you will see.

I have a question. Can you tell me how many speech sessions he has had since August? En diciembre también se cancelaron dos (December 9 and December 11) and I want to make sure he is getting his minutes, his IEP says 60 minutes a week.

Gracias,
Marisol
"""),
      labels=dict(topics=["speech_language_therapy"],
                  commitments=[C("c_video", "marisol", "send Kristin a video of Santi requesting at home",
                                 "Yes I will send you a video this weekend", "2026-01-25")],
                  requests=[R("r_log", "marisol", "Can you tell me how many speech sessions he has had since August?")],
                  missed=[("speech_language_therapy", "2025-12-09", None),
                          ("speech_language_therapy", "2025-12-11", None)])),
    M(id="T04.3", frm="marisol", client="iphone", to=["kristin"], date="2026-01-25 18:22", arrival="bcc-self",
      reply_to="T04.2", quote=False,
      attachments=[dict(name="IMG_4471.MOV", type="video/quicktime", text=None)],
      body=B("""
Here is the video! He says "más jugo" and then "more" when his dad asks him in English. Sorry it is a little dark.
"""), sig=SIG["iphone"],
      labels=dict(topics=["speech_language_therapy"], fulfills=["c_video"], answers=["r_video"])),
    M(id="T04.4", frm="kristin", to=["marisol"], via="filter", date="2026-01-27 15:48", arrival="direct",
      reply_to="T04.3", html=True,
      body=B("""
Thank you for the video!! That was so helpful. He is using a lot more language at home than he shows me at school, which is really good for me to know.

Unfortunately I wasn't able to do the make-up today. The evaluation at Manzano Mesa ran over and I didn't get to Cielo Azul until after dismissal. I'm so sorry. I will see him Thursday as usual and I'll do the make-up on Tuesday 2/3 right after lunch.

About the number of sessions - I'll pull my service log and send it to you.
"""), sig=SIG["kristin"],
      labels=dict(topics=["speech_language_therapy"],
                  commitments=[C("c_mk2", "kristin", "make up the missed speech session on 2/3",
                                 "I'll do the make-up on Tuesday 2/3 right after lunch", "2026-02-03"),
                               C("c_log", "kristin", "send the speech service log",
                                 "I'll pull my service log and send it to you.")],
                  missed=[("speech_language_therapy", "2026-01-27", None)])),
    M(id="T04.5", frm="kristin", client="outlook-ios", to=["marisol"], via="filter", date="2026-02-03 13:20",
      arrival="direct", reply_to="T04.4",
      body=B("""
Quick update - got Santi today for his make-up and his regular session. He used "help" on the GoTalk 3 times without a prompt!!
"""), sig=SIG["outlook-ios"],
      labels=dict(topics=["speech_language_therapy", "assistive_technology"], fulfills=["c_mk1", "c_mk2"])),
]))

# ---------------------------------------------------------------- T05 progress report
THREADS.append(dict(id="T05", subject="Santi - Q2 IEP progress report", messages=[
    M(id="T05.1", frm="leticia", to=["marisol"], via="cc", date="2026-01-22 14:02", arrival="direct", html=True,
      attachments=[dict(name="Archuleta_Santiago_IEP_Progress_Q2.pdf", type="application/pdf", text=B("""
BOSQUE VISTA PUBLIC SCHOOLS - IEP PROGRESS REPORT
Student: Santiago Archuleta    DOB: 05/02/2021    Program: ECSE - Cielo Azul ECC, Room 6
Reporting period: Quarter 2 (Oct 20, 2025 - Jan 16, 2026)
Codes: M = Mastered, SP = Sufficient Progress to meet goal, MP = Making Progress, IP = Insufficient Progress, NI = Not Introduced

Goal 1 - Expressive Communication: Santiago will use 2-3 word utterances (spoken, signed or on his AAC device) to request and comment in 4 of 5 opportunities.
  Current: 2-word combinations in 55% of opportunities, mostly "more + noun". Uses the GoTalk 9+ to request at snack. Code: MP  (K. Oberholtzer, SLP)
Goal 2 - Receptive Communication: Santiago will follow 2-step classroom directions in 4 of 5 opportunities.
  Current: 70% with a gesture. Code: SP  (K. Oberholtzer, SLP)
Goal 3 - Fine Motor: Santiago will imitate vertical, horizontal and circular strokes with a crayon using a tripod grasp in 3 of 4 trials.
  Current: imitates vertical strokes; uses a fisted grasp; refuses the pencil grip. Code: IP  (D. Lucero, OTR/L)
Goal 4 - Social/Play: Santiago will take turns with one peer for 3 exchanges with adult support.
  Current: 2 exchanges at the kitchen center. Code: MP  (L. Chavez)
Goal 5 - Adaptive: Santiago will complete the arrival routine (hang backpack, wash hands, sit at table) with no more than 1 prompt.
  Current: 2 prompts on most days. Code: SP  (L. Chavez)
"""))],
      body=B("""
Hi Mrs. Archuleta,

Attached is Santi's 2nd quarter progress report on his IEP goals. A paper copy is also in his take-home folder today. Kristin (speech) and Dana (OT) each wrote their own section.

Overall he has had a great quarter! He's joining circle for the whole 15 minutes most days and is starting to play next to friends at the kitchen center.

Let me know if you have any questions,
"""), sig=SIG["leticia"],
      labels=dict(topics=["progress_report", "speech_language_therapy", "occupational_therapy"], fulfills=["c_prog"],
                  attachment_topics=["progress_report", "speech_language_therapy", "occupational_therapy",
                                     "assistive_technology"])),
    M(id="T05.2", frm="marisol", client="iphone", to=["leticia"], date="2026-01-23 07:15", arrival="bcc-self",
      reply_to="T05.1",
      body=B("""
Good morning, thank you for the report. What does IP mean on goal 3, the fine motor one? Is that bad? Y él no quiere usar el pencil grip en la casa tampoco.
"""), sig=SIG["iphone"],
      labels=dict(topics=["progress_report", "occupational_therapy"],
                  requests=[R("r_ip", "marisol", "What does IP mean on goal 3, the fine motor one?")])),
    M(id="T05.3", frm="leticia", to=["marisol"], cc=["dana"], date="2026-01-26 15:55", arrival="thunderbird-forward",
      fwd_by="marisol", fwd_at="2026-01-26 19:02", fwd_note="FYI", reply_to="T05.2", html=True,
      body=B("""
Hi! Not bad, don't worry. IP means "insufficient progress" - it means that if things keep going the way they are, he might not meet that goal by his IEP date in May. It's a flag for us to change what we're doing.

I copied Dana, our OT. She told me she's going to try a different grip (the "crossover" one) and a slant board with him, and she'll send you some activities you can do at home with playdough and tongs.

Have a good evening!
"""), sig=SIG["leticia"],
      labels=dict(topics=["progress_report", "occupational_therapy"], answers=["r_ip"],
                  commitments=[C("c_otideas", "dana", "send home fine-motor activities",
                                 "she'll send you some activities you can do at home with playdough and tongs")])),
]))

# ---------------------------------------------------------------- T06 reevaluation consent
THREADS.append(dict(id="T06", subject="Santiago Archuleta - Reevaluation for kindergarten / Reevaluación para kínder", messages=[
    M(id="T06.1", frm="kessler", to=["marisol"], cc=["graciela", "leticia", "melissa", "kristin"], via="filter",
      date="2026-02-04 10:30", arrival="direct", html=True,
      attachments=[
          dict(name="PWN_Reevaluation_Archuleta_EN.pdf", type="application/pdf", text=B("""
PRIOR WRITTEN NOTICE - BOSQUE VISTA PUBLIC SCHOOLS, OFFICE OF SPECIAL EDUCATION
Student: Santiago Archuleta    Date: 02/04/2026
Action proposed: Reevaluation.
Description and reason: Santiago will be age-eligible for kindergarten in August 2026. The IEP team proposes a reevaluation to determine continued eligibility for special education and his educational needs in kindergarten.
Assessments proposed: bilingual (Spanish/English) speech-language evaluation; occupational therapy evaluation of fine motor and sensory processing; cognitive and pre-academic assessment by the educational diagnostician; parent interview and adaptive behavior rating scale; classroom observation.
Other options considered: using existing data only - rejected because current speech-language data were collected in English only and fine motor data are from 2024.
Procedural safeguards: a copy of the Procedural Safeguards notice (English/Spanish) is enclosed.
""")),
          dict(name="PWN_Reevaluacion_Archuleta_ES.pdf", type="application/pdf", text=B("""
AVISO PREVIO POR ESCRITO - ESCUELAS PUBLICAS DE BOSQUE VISTA, OFICINA DE EDUCACION ESPECIAL
Estudiante: Santiago Archuleta    Fecha: 04/02/2026
Accion propuesta: Reevaluacion.
Descripcion y razon: Santiago tendra la edad para kinder en agosto de 2026. El equipo del IEP propone una reevaluacion para determinar si sigue siendo elegible para educacion especial y sus necesidades en kinder.
Evaluaciones propuestas: evaluacion bilingue (espanol/ingles) del habla y lenguaje; evaluacion de terapia ocupacional (motricidad fina y procesamiento sensorial); evaluacion cognitiva y preacademica por la diagnosticadora educativa; entrevista con los padres y escala de conducta adaptativa; observacion en el salon.
""")),
      ],
      body=B("""
Dear Ms. Archuleta,

Because Santi will turn 5 in May and will be age-eligible for kindergarten in August 2026, his IEP team is proposing a reevaluation this spring. The purpose is to determine whether he continues to be eligible for special education and what supports he will need in kindergarten.

The reevaluation would include:
- a bilingual speech-language evaluation (Spanish and English)
- an occupational therapy evaluation (fine motor and sensory processing)
- cognitive and pre-academic testing with our educational diagnostician, Melissa Haines
- a parent interview and adaptive behavior rating scale
- a classroom observation

Attached are the Prior Written Notice and the Consent for Reevaluation in English and Spanish. Please sign and return the consent by Friday, February 13 so we can complete testing before his transition meeting. You can send it back in Santi's folder or reply with a photo.

Graciela Romero, our family liaison, will call you this week to go over the consent in Spanish and answer any questions. Once the evaluations are complete, we will schedule his transition IEP meeting with the Sierra Linda kindergarten team.

Sincerely,
"""), sig=SIG["kessler"],
      labels=dict(topics=["evaluation", "speech_language_therapy", "occupational_therapy", "iep_meeting"],
                  requests=[R("r_consent", "kessler", "Please sign and return the consent by Friday, February 13")],
                  commitments=[C("c_gcall", "graciela", "call Marisol this week to go over the consent in Spanish",
                                 "Graciela Romero, our family liaison, will call you this week to go over the consent in Spanish",
                                 "2026-02-06"),
                               C("c_sched", "kessler", "schedule the transition IEP meeting after the evaluations",
                                 "we will schedule his transition IEP meeting with the Sierra Linda kindergarten team")],
                  attachment_topics=["evaluation", "speech_language_therapy", "occupational_therapy"])),
    M(id="T06.2", frm="graciela", to=["marisol"], via="cc", date="2026-02-05 16:45", arrival="direct",
      reply_to="T06.1", html=True,
      body=B("""
Buenas tardes Sra. Archuleta,

Le llamé hoy alrededor de las 2:30 y le dejé un mensaje de voz. Soy Graciela, el enlace familiar del distrito. Con gusto le explico el consentimiento para la reevaluación de Santi por teléfono o en persona en la escuela, como usted prefiera.

¿Qué día y hora le queda mejor esta semana o la próxima?

También quiero que sepa que para la junta del IEP de transición yo voy a pedir una intérprete, para que usted pueda participar en español durante toda la junta.

Saludos cordiales,
"""), sig=SIG["graciela"],
      labels=dict(topics=["evaluation", "iep_meeting"], fulfills=["c_gcall"],
                  requests=[R("r_when", "graciela", "¿Qué día y hora le queda mejor esta semana o la próxima?")],
                  commitments=[C("c_interp", "graciela", "request an interpreter for the transition IEP meeting",
                                 "para la junta del IEP de transición yo voy a pedir una intérprete")])),
    M(id="T06.3", frm="marisol", to=["graciela"], date="2026-02-05 20:10", arrival="bcc-self", reply_to="T06.2",
      body=B("""
Hola Graciela, gracias por llamar. Perdón, estaba en el trabajo.

El lunes 9 de febrero después de las 3:00 está bien, por teléfono. Firmo el consentimiento después de hablar con usted.

Tengo una pregunta: ¿la evaluación del habla va a ser en español también? Santi entiende más en español pero en la escuela habla más inglés, y no quiero que piensen que no sabe cosas que sí sabe.

Marisol
"""),
      labels=dict(topics=["evaluation", "speech_language_therapy"], answers=["r_when"],
                  commitments=[C("c_sign", "marisol", "sign the reevaluation consent after the call",
                                 "Firmo el consentimiento después de hablar con usted.")],
                  requests=[R("r_spanish", "marisol", "¿la evaluación del habla va a ser en español también?")])),
    M(id="T06.4", frm="marisol", to=["kessler"], cc=["graciela"], date="2026-02-10 07:40", arrival="bcc-self",
      reply_to="T06.1", quote=False,
      attachments=[dict(name="Consent_Reevaluation_signed.pdf", type="application/pdf", text=B("""
CONSENT FOR REEVALUATION / CONSENTIMIENTO PARA REEVALUACION
Student / Estudiante: Santiago Archuleta
[X] I give consent for the reevaluation described in the Prior Written Notice dated 02/04/2026.
[ ] I do not give consent.
Parent/Guardian: Marisol Archuleta     Signature: M. Archuleta     Date: 02/09/2026
"""))],
      body=B("""
Dr. Kessler,

Attached is the signed consent for Santi's reevaluation. I talked with Graciela yesterday and she explained everything.

Thank you,
Marisol Archuleta
"""),
      labels=dict(topics=["evaluation"], answers=["r_consent"], fulfills=["c_sign"],
                  attachment_topics=["evaluation"])),
    M(id="T06.5", frm="kessler", to=["marisol"], cc=["graciela", "melissa"], via="filter", date="2026-02-11 11:05",
      arrival="direct", reply_to="T06.4", html=True,
      body=B("""
Thank you, Ms. Archuleta. We received the signed consent on February 10, so the 60-day evaluation timeline ends on April 11.

Graciela shared your question about the speech-language evaluation. Yes - Alejandra Benavidez, our bilingual speech-language pathologist, will assess Santi in both Spanish and English, and Kristin will contribute her classroom observations. You are right that testing him only in English would not give us the full picture.

Melissa Haines will contact you to set up the parent interview and the rating scale.
"""), sig=SIG["kessler"],
      labels=dict(topics=["evaluation", "speech_language_therapy"], answers=["r_spanish"],
                  commitments=[C("c_bilingual", "alejandra", "assess Santi's speech-language in Spanish and English",
                                 "Alejandra Benavidez, our bilingual speech-language pathologist, will assess Santi in both Spanish and English"),
                               C("c_melissa", "melissa", "contact Marisol to set up the parent interview and rating scale",
                                 "Melissa Haines will contact you to set up the parent interview and the rating scale.")])),
]))

# ---------------------------------------------------------------- T07 OT leaves
THREADS.append(dict(id="T07", subject="OT update and my last day at Pediatric Pathways", messages=[
    M(id="T07.1", frm="dana", to=["marisol"], cc=["leticia"], date="2026-02-09 16:10", arrival="apple-forward",
      fwd_by="marisol", fwd_at="2026-02-09 19:55", fwd_note="",
      attachments=[dict(name="Santi_OT_Home_Activities.pdf", type="application/pdf", text=B("""
Home Activities for Fine Motor - Santi A.
From: Dana Lucero, OTR/L (occupational therapy)

1. Playdough pizzas: roll, flatten with palms, then poke "pepperoni" holes with one finger.
2. Tongs and pompoms: pick up pompoms with kitchen tongs and drop them in an egg carton.
3. Tear and paste: tear paper strips for a collage (tearing builds the small hand muscles).
4. Coloring on a vertical surface: tape paper to the fridge or a wall at eye level.
5. Short crayons: break crayons in half so he has to use his fingertips instead of his fist.
Try 5-10 minutes a day. Stop while it is still fun!
"""))],
      body=B("""
Hi Marisol,

I hope you're doing well! I have some news: this Friday, February 13, is my last day with Pediatric Pathways. I'm moving to Colorado to be closer to my family. It has been such a joy to work with Santi this year.

I'm out Thursday 2/12 for a training, so I moved his session this week to Wednesday 2/11.

As promised, I attached a page of activities you can do at home for his grasp: playdough "pizzas", picking up pompoms with tongs, tearing paper for collages, and coloring on a vertical surface (tape paper to the fridge!). The short crayons help him use his fingers instead of his whole fist.

The agency is working on coverage for my Bosque Vista caseload. Someone from Pediatric Pathways will reach out to you by the end of the month about his new OT.

Un abrazo to Santi,
Dana
"""), sig=SIG["dana"],
      labels=dict(topics=["occupational_therapy"], fulfills=["c_otideas"],
                  commitments=[C("c_agency", "dana", "Pediatric Pathways to contact Marisol about the new OT by end of February",
                                 "Someone from Pediatric Pathways will reach out to you by the end of the month about his new OT.",
                                 "2026-02-28")],
                  attachment_topics=["occupational_therapy"])),
]))

# ---------------------------------------------------------------- T08 no OT since February
THREADS.append(dict(id="T08", subject="Santi has not had OT since February 13", messages=[
    M(id="T08.1", frm="marisol", to=["kessler"], cc=["leticia"], date="2026-03-02 08:05", arrival="bcc-self",
      body=B("""
Dear Dr. Kessler,

I am writing because Santi has not had OT since Ms. Dana left on February 13. His IEP says 30 minutes of OT every week. He missed his OT on Wednesday 2/18 and Wednesday 2/25, and nobody from the agency or the district has called me. Ms. Dana told me someone would contact me by the end of February and that did not happen.

Who is going to provide his OT, and when will it start?

Will he get the missed sessions made up? His progress report in January already said insufficient progress on his fine motor goal, and now he is not getting any OT at all.

Also, Miss Kristin told me in January she would send me his speech service log and I never got it. Can you please send me his speech service log?

Thank you,
Marisol Archuleta
"""),
      labels=dict(topics=["occupational_therapy", "compensatory_services", "progress_report", "speech_language_therapy"],
                  requests=[R("r_whoot", "marisol", "Who is going to provide his OT, and when will it start?"),
                            R("r_makeup", "marisol", "Will he get the missed sessions made up?"),
                            R("r_log2", "marisol", "Can you please send me his speech service log?")],
                  missed=[("occupational_therapy", "2026-02-18", 30), ("occupational_therapy", "2026-02-25", 30)])),
    M(id="T08.2", frm="kessler", to=["marisol"], via="filter", date="2026-03-02 08:06", arrival="direct",
      reply_to="T08.1", quote=False, auto_reply=True, subject="Automatic reply: Santi has not had OT since February 13",
      body=B("""
Thank you for your email. I am out of the office attending the New Mexico Early Childhood Special Education Summit through Friday, March 6, with limited access to email. I will respond when I return. For urgent matters, please contact the Office of Special Education at (505) 555-0100.

Gracias por su correo. Estoy fuera de la oficina hasta el viernes 6 de marzo.
"""),
      labels=dict(students=[])),
    M(id="T08.3", frm="kessler", to=["marisol"], cc=["leticia", "graciela"], via="filter", date="2026-03-09 14:30",
      arrival="direct", reply_to="T08.1", html=True,
      attachments=[dict(name="Archuleta_S_Service_Log_2025-26.pdf", type="application/pdf", text=B("""
SERVICE DELIVERY LOG 2025-26 - Santiago Archuleta (ECSE, Cielo Azul ECC)

Speech-Language Therapy (IEP: 30 min, 2x weekly) - Provider: K. Oberholtzer, CCC-SLP
  Aug 18 - Dec 18: 30 sessions scheduled, 27 provided. Not provided: 11/25 (provider at training), 12/9 (provider covering evaluation), 12/11 (provider ill).
  Jan 6 - Mar 5: 17 sessions scheduled, 14 provided, plus 1 make-up on 2/3. Not provided: 1/15 (provider covering evaluation), 1/27 (provider delayed at another site), 3/5 (district SLP training).

Occupational Therapy (IEP: 30 min weekly) - Provider: D. Lucero, OTR/L (Pediatric Pathways) through 2/13; vacant 2/14 - 3/10; B. Yazzie, OTR/L (Pediatric Pathways) from 3/11
  Aug 20 - Feb 11: 22 sessions scheduled, 22 provided (2/12 session moved to 2/11).
  Not provided: 2/18, 2/25, 3/4 (no provider assigned).
"""))],
      body=B("""
Dear Ms. Archuleta,

Thank you for your patience while I was away, and I apologize that no one contacted you. You are right that Santi has not received OT since Ms. Lucero left. Pediatric Pathways did not notify us of the vacancy until February 20, and I should have followed up with you then. Our records show that his OT sessions on 2/18, 2/25 and 3/4 were not provided.

Pediatric Pathways has assigned Brandon Yazzie, OTR/L, to our early childhood caseload. He will begin serving Santi on Wednesday, March 11.

Santi is entitled to make up the sessions he missed. We will determine the compensatory OT minutes at his transition IEP meeting, and I will add it to the agenda.

I have also attached his speech and OT service logs for this school year, which Kristin and I put together.
"""), sig=SIG["kessler"],
      labels=dict(topics=["occupational_therapy", "compensatory_services", "iep_meeting", "speech_language_therapy"],
                  answers=["r_whoot", "r_makeup", "r_log2", "r_log"], fulfills=["c_log"],
                  commitments=[C("c_brandon", "brandon", "new OT starts serving Santi on March 11",
                                 "He will begin serving Santi on Wednesday, March 11.", "2026-03-11"),
                               C("c_comp", "kessler", "decide compensatory OT minutes at the transition IEP meeting",
                                 "We will determine the compensatory OT minutes at his transition IEP meeting, and I will add it to the agenda.")],
                  missed=[("occupational_therapy", "2026-02-18", None), ("occupational_therapy", "2026-02-25", None),
                          ("occupational_therapy", "2026-03-04", None)],
                  attachment_topics=["speech_language_therapy", "occupational_therapy"])),
]))

# ---------------------------------------------------------------- T09 EA pulled
THREADS.append(dict(id="T09", subject="Josie this week", messages=[
    M(id="T09.1", frm="leticia", to=["marisol"], date="2026-02-19 15:30", arrival="thunderbird-forward",
      fwd_by="marisol", fwd_at="2026-02-19 21:20", fwd_note="para el archivo", html=True,
      body=B("""
Hi Mrs. Archuleta,

I wanted to let you know that Josie was pulled to cover Room 4 on Tuesday and Wednesday this week (2/17 and 2/18) because they are short an EA. I stayed with Santi's group as much as I could, but he had a harder time at centers without her. On Wednesday we had a fire drill and he didn't have his noise-canceling headphones because Josie is the one who usually grabs them, so he was really upset afterwards. I'm sorry about that.

The principal told me Josie should be back in our room full time by Monday 2/23.

Have a nice evening,
"""), sig=SIG["leticia"],
      labels=dict(topics=["paraprofessional", "sensory_tools"],
                  commitments=[C("c_josie", "donna", "Josie back in Room 6 full time",
                                 "The principal told me Josie should be back in our room full time by Monday 2/23.",
                                 "2026-02-23")],
                  missed=[("paraprofessional", "2026-02-17", None), ("paraprofessional", "2026-02-18", None),
                          ("sensory_tools", "2026-02-18", None)])),
    M(id="T09.2", frm="marisol", to=["leticia"], date="2026-02-25 19:45", arrival="bcc-self", reply_to="T09.1",
      body=B("""
Hi Ms. Chávez,

Santi told me Miss Josie was not in class yesterday or today either. Él dice que "Miss Josie is in the other room". His IEP says he has EA support in the classroom all day. ¿Cómo va a aprender si nadie lo ayuda en los centros?

Can you tell me which days this month he did not have Josie?

Gracias,
Marisol
"""),
      labels=dict(topics=["paraprofessional"],
                  requests=[R("r_josie", "marisol", "Can you tell me which days this month he did not have Josie?")],
                  missed=[("paraprofessional", "2026-02-24", None), ("paraprofessional", "2026-02-25", None)])),
    M(id="T09.3", frm="leticia", to=["marisol"], cc=["donna"], via="cc", date="2026-03-03 15:10", arrival="direct",
      reply_to="T09.2", html=True,
      body=B("""
Hi Mrs. Archuleta,

You're right, and I'm sorry I didn't write again last week. Josie was covering Room 4 on 2/17, 2/18, 2/24 and 2/25. Those are the only days this month.

Good news: the district placed a substitute EA in Room 4, so Josie is back with us full time starting today. Mrs. Pacheco asked me to tell you she is happy to talk with you if you have more concerns.

One more thing I should tell you: his GoTalk wasn't charged on Thursday 2/26, so he didn't have it at snack or circle that day. Josie now plugs it in every afternoon before dismissal.
"""), sig=SIG["leticia"],
      labels=dict(topics=["paraprofessional", "assistive_technology"], answers=["r_josie"], fulfills=["c_josie"],
                  missed=[("paraprofessional", "2026-02-17", None), ("paraprofessional", "2026-02-18", None),
                          ("paraprofessional", "2026-02-24", None), ("paraprofessional", "2026-02-25", None),
                          ("assistive_technology", "2026-02-26", None)])),
]))

# ---------------------------------------------------------------- T10 parent interview / rating form
THREADS.append(dict(id="T10", subject="Parent interview - Santi's reevaluation", messages=[
    M(id="T10.1", frm="melissa", to=["marisol"], cc=["graciela"], date="2026-02-19 10:20", arrival="gmail-forward",
      fwd_by="marisol", fwd_at="2026-02-19 12:40", fwd_note="", html=True,
      body=B("""
Good morning Ms. Archuleta,

My name is Melissa Haines and I am the educational diagnostician working on Santi's reevaluation. I'd like to meet with you for the parent interview, which takes about 45 minutes, and go over the Vineland-3 parent rating form. Graciela will join us to interpret.

Are you available Tuesday 2/24 at 3:30 or Thursday 2/26 at 8:30? We can meet at Cielo Azul or by phone.

I will send the Spanish version of the rating form home in Santi's backpack on Monday so you have time to look at it before we meet.

Thank you,
"""), sig=SIG["melissa"],
      labels=dict(topics=["evaluation"], fulfills=["c_melissa"],
                  requests=[R("r_avail", "melissa", "Are you available Tuesday 2/24 at 3:30 or Thursday 2/26 at 8:30?")],
                  commitments=[C("c_form", "melissa", "send the Spanish rating form home in his backpack",
                                 "I will send the Spanish version of the rating form home in Santi's backpack on Monday",
                                 "2026-02-23")])),
    M(id="T10.2", frm="marisol", client="iphone", to=["melissa"], cc=["graciela"], date="2026-02-19 12:51",
      arrival="bcc-self", reply_to="T10.1",
      body=B("""
Tuesday 2/24 at 3:30 by phone is good for me. Gracias!
"""), sig=SIG["iphone"],
      labels=dict(topics=[], answers=["r_avail"])),
    M(id="T10.3", frm="marisol", to=["melissa"], cc=["graciela"], date="2026-02-26 20:30", arrival="bcc-self",
      reply_to="T10.2",
      body=B("""
Hi Ms. Haines,

Thank you for the interview on Tuesday, and thank you Graciela for interpreting.

I still have not received the rating form in Spanish. I checked his backpack every day this week and it was not there. Can you email it to me instead? I can print it at my work.

Marisol
"""),
      labels=dict(topics=["evaluation"],
                  requests=[R("r_emailform", "marisol", "Can you email it to me instead?")])),
    M(id="T10.4", frm="melissa", to=["marisol"], cc=["graciela"], date="2026-03-02 13:15", arrival="attachment-forward",
      fwd_by="marisol", fwd_at="2026-03-02 18:00", fwd_note="the form", reply_to="T10.3", html=True,
      attachments=[dict(name="Vineland-3_Formulario_para_Padres.pdf", type="application/pdf", text=B("""
Escala de Conducta Adaptativa - Formulario para Padres (Espanol)
Nombre del nino: Santiago Archuleta     Edad: 4 anos 10 meses     Persona que completa: ____________
Instrucciones: Para cada frase, marque 2 si su hijo lo hace por lo general sin ayuda, 1 si lo hace a veces o con ayuda, 0 si nunca lo hace.
Areas: Comunicacion (receptiva, expresiva), Habilidades de la vida diaria (personal, domestica), Socializacion (relaciones, juego, adaptacion), Motricidad (fina, gruesa).
Devuelva este formulario a Melissa Haines, Diagnosticadora Educativa, Oficina de Educacion Especial.
"""))],
      body=B("""
Ms. Archuleta,

I'm so sorry - it was put in the wrong student's folder. Attached is the Spanish parent form. Could you return it before spring break (March 13)? You can send it in Santi's backpack, scan it, or take a picture of each page with your phone. If any question is confusing, write a note next to it and we can go over it.

Thank you for your patience,
"""), sig=SIG["melissa"],
      labels=dict(topics=["evaluation"], answers=["r_emailform"], fulfills=["c_form"],
                  requests=[R("r_return", "melissa", "Could you return it before spring break (March 13)?")],
                  attachment_topics=["evaluation"])),
    M(id="T10.5", frm="marisol", to=["melissa"], date="2026-03-10 21:05", arrival="bcc-self", reply_to="T10.4",
      attachments=[dict(name="Formulario_Santi_scan.pdf", type="application/pdf", text=B("""
Escala de Conducta Adaptativa - Formulario para Padres (Espanol)
Nombre del nino: Santiago Archuleta     Persona que completa: Marisol Archuleta (mama)
[formulario completado - 9 paginas escaneadas]
"""))],
      body=B("""
Hi Ms. Haines, here is the form. My sister helped me with some parts.

Some questions I was not sure how to answer because he does some things in Spanish and others in English, for example he says colors in English but counts in Spanish. Should I answer for what he does in either language? I wrote notes next to those.

Marisol
"""),
      labels=dict(topics=["evaluation"], answers=["r_return"],
                  requests=[R("r_lang", "marisol", "Should I answer for what he does in either language?")],
                  attachment_topics=["evaluation"])),
]))

# ---------------------------------------------------------------- T11 alternate drop-off (Vero)
THREADS.append(dict(id="T11", subject="Alternate Drop-Off Approved - Santiago Archuleta", messages=[
    M(id="T11.1", frm="routing", to=["vero", "marisol_hm"], date="2026-02-23 14:15", arrival="yahoo-forward",
      fwd_by="vero", fwd_at="2026-02-23 19:40", fwd_note="Mari - from the bus people. Now I'm official lol", html=True,
      body=B("""
Dear Parent/Guardian,

Your request for an alternate drop-off location has been approved.

Student: Santiago Archuleta
Route: SN-12 (PM)
Alternate drop-off: 1412 Calle Luna SW (Verónica Quintana)
Days: Tuesday and Thursday afternoons
Effective: Tuesday, March 3, 2026

An authorized adult must meet the bus at the alternate address. Preschool students are never left at an unattended stop; if no authorized adult is present, the student is returned to the school and the parent/guardian is contacted.
"""), sig=SIG["routing"],
      labels=dict(topics=["transportation"])),
]))

# ---------------------------------------------------------------- T12 newsletter
THREADS.append(dict(id="T12", subject="Cielo Azul Connections | March 2026", messages=[
    M(id="T12.1", frm="news", to=[], via="list", date="2026-02-27 16:00", arrival="direct", newsletter=True,
      body=B("""
CIELO AZUL CONNECTIONS
March 2026 - Cielo Azul Early Childhood Center

A note from Mrs. Pacheco
Dear families, spring is almost here! Thank you for all the warm hats and mittens you sent during the cold days in February. Our little ones have been so busy learning and growing.

Important dates
- Tue 3/3: Vision and hearing screenings (all classrooms)
- Tue 3/10: Spring picture day
- Thu 3/12: Family Literacy Night, 5:00-6:30 PM, with free books in English and Spanish
- Mon 3/16 - Fri 3/20: Spring Break - no school
- Wed 4/15: Kindergarten Round-Up at all Bosque Vista elementary schools for children who turn 5 by September 1

Bus riders
Please have your child at the stop 5 minutes before pickup time. If a route is running late, the transportation department will send a ParentSquare alert.

Parent workshop: Talking with your child's IEP team
Our Bilingual Family Engagement Office will host a workshop in English and Spanish on Thursday 3/26 at 5:30 PM about getting ready for IEP meetings and the move to kindergarten. Childcare and dinner provided!

Week of the Young Child
We will celebrate April 13-17 with Music Monday, Taco Tuesday, Work Together Wednesday and Artsy Thursday.

Remember: preschool classes do not meet on Fridays.
"""),
      labels=dict(topics=[], students=[])),
]))

# ---------------------------------------------------------------- T13 class news (Hotmail)
THREADS.append(dict(id="T13", subject="Room 6 News - March / Noticias del Salón 6", messages=[
    M(id="T13.1", frm="leticia", to=["marisol_hm"], date="2026-03-05 13:40", arrival="outlook-forward",
      fwd_by="marisol_hm", fwd_at="2026-03-05 20:10", fwd_note="", html=True,
      body=B("""
Hola Colibrí families!

A few things for March:
- Please send a spare set of clothes in a labeled Ziploc bag by 3/6. We had lots of puddle jumping this week!
- Picture day is Tuesday 3/10.
- I will be out Thursday 3/12 for a district training. Ms. Aragón will be our guest teacher, and Josie will be with the class all day.
- Family Literacy Night is Thursday 3/12 at 5:00 - come get free books!
- No school March 16-20 for spring break. Enjoy your families!

Our theme this month is "Growing Things" - we are planting beans in cups, so ask your child to show you his or her bean when it comes home.

Gracias,
Ms. Leticia & Ms. Josie
"""), sig=SIG["leticia"],
      labels=dict(topics=[], students=[])),
]))

# ---------------------------------------------------------------- T14 new OT
THREADS.append(dict(id="T14", subject="Introduction - Santi's new OT", messages=[
    M(id="T14.1", frm="brandon", to=["marisol"], cc=["leticia"], date="2026-03-11 16:30", arrival="gmail-forward",
      fwd_by="marisol", fwd_at="2026-03-11 18:05", fwd_note="new OT",
      body=B("""
Hi Ms. Archuleta,

My name is Brandon Yazzie and I'm the occupational therapist from Pediatric Pathways who will be working with Santi for the rest of the year. I had my first session with him today. We did an obstacle course and some playdough work, and he told me all about his dog Canelo!

I know he went several weeks without OT and I'm sorry about that gap. I've read Dana's notes and his IEP goals, and I'll be seeing him every Wednesday at 10:00. I also need to complete his OT evaluation for the reevaluation, which I will have done by April 3.

I'll send you a short update after I've seen him a couple of times.

Thanks,
Brandon
"""), sig=SIG["brandon"],
      labels=dict(topics=["occupational_therapy", "evaluation"], fulfills=["c_brandon", "c_agency"],
                  commitments=[C("c_oteval", "brandon", "complete the OT evaluation for the reevaluation",
                                 "I also need to complete his OT evaluation for the reevaluation, which I will have done by April 3.",
                                 "2026-04-03"),
                               C("c_otupdate", "brandon", "send a short OT update after a couple of sessions",
                                 "I'll send you a short update after I've seen him a couple of times.")])),
    M(id="T14.2", frm="marisol", client="iphone", to=["brandon"], date="2026-03-11 19:30", arrival="not-forwarded",
      reply_to="T14.1",
      body=B("""
Thank you Mr. Brandon! He came home saying "Mr. B" did the obstacle course with him. Does he need a slant board at home too?
"""), sig=SIG["iphone"], labels=dict()),
    M(id="T14.3", frm="brandon", to=["marisol"], cc=["leticia"], date="2026-03-26 17:15", arrival="apple-forward",
      fwd_by="marisol", fwd_at="2026-03-26 19:40", fwd_note="", reply_to="T14.2",
      body=B("""
Hi Ms. Archuleta,

Here's the update I promised. I've now seen Santi twice (3/11 and 3/25), since last week was spring break. He is really motivated by the obstacle course and he is starting to use a three-finger grasp on short crayons with a little help. For the slant board, you don't need to buy one - a big binder turned sideways works great at home.

One concern: his IEP includes a weighted lap pad and a wiggle cushion during circle time, and when I was in the room on 3/25 during circle, the lap pad was in the closet and he wasn't using it. I think it just got put away after cleaning. I'll model how to use it with Ms. Chávez and Josie next Wednesday when I come in.

I'm finishing his OT evaluation now.

Brandon
"""), sig=SIG["brandon"],
      labels=dict(topics=["occupational_therapy", "sensory_tools", "evaluation"], fulfills=["c_otupdate"],
                  commitments=[C("c_model", "brandon", "model the weighted lap pad with the classroom staff",
                                 "I'll model how to use it with Ms. Chávez and Josie next Wednesday when I come in.",
                                 "2026-04-01")],
                  missed=[("sensory_tools", "2026-03-25", None)])),
]))

# ---------------------------------------------------------------- T15 speech March + TouchChat
THREADS.append(dict(id="T15", subject="Santi - speech this week + AAC trial", messages=[
    M(id="T15.1", frm="kristin", to=["marisol"], via="filter", date="2026-03-12 15:40", arrival="direct", html=True,
      body=B("""
Hi Marisol,

I wanted to let you know that Santi missed two speech sessions recently: Thursday 3/5 I was at the district-wide SLP training, and today I was pulled to Sierra Linda to finish a kindergarten evaluation that was due. I'm sorry - it's been a hard stretch with two of our SLPs out on leave.

I will make both sessions up after spring break, before the end of March.

Good news: the district AT team approved a 6-week trial of TouchChat on an iPad for Santi! He has done so well with the GoTalk that we think he's ready for more vocabulary. I'll bring the iPad and start the trial on Tuesday, April 7, after I get it set up with his words in English and Spanish.

Have a great spring break!
"""), sig=SIG["kristin"],
      labels=dict(topics=["speech_language_therapy", "assistive_technology"],
                  commitments=[C("c_mk3", "kristin", "make up the 3/5 and 3/12 speech sessions by the end of March",
                                 "I will make both sessions up after spring break, before the end of March.", "2026-03-31"),
                               C("c_touchchat", "kristin", "start the TouchChat iPad trial on April 7",
                                 "I'll bring the iPad and start the trial on Tuesday, April 7", "2026-04-07")],
                  missed=[("speech_language_therapy", "2026-03-05", None),
                          ("speech_language_therapy", "2026-03-12", None)])),
    M(id="T15.2", frm="marisol", client="iphone", to=["kristin"], date="2026-03-12 19:02", arrival="bcc-self",
      reply_to="T15.1",
      body=B("""
Ok gracias Miss Kristin. ¿Puede mandar el iPad a la casa en los fines de semana para practicar? My husband can help him with it.
"""), sig=SIG["iphone"],
      labels=dict(topics=["assistive_technology"],
                  requests=[R("r_ipad", "marisol", "¿Puede mandar el iPad a la casa en los fines de semana para practicar?")])),
    M(id="T15.3", frm="kristin", to=["marisol"], via="filter", date="2026-04-07 14:10", arrival="direct",
      reply_to="T15.2", html=True,
      attachments=[dict(name="TouchChat_Santi_HomePage.pdf", type="application/pdf", text=B("""
TouchChat HD with WordPower - Santi's home page (bilingual)
Row 1: I / yo | want / quiero | more / mas | help / ayuda | all done / ya
Row 2: go / vamos | stop / para | open / abre | eat / comer | play / jugar
Row 3: bubbles | cars / carros | cookie / galleta | juice / jugo | break / descanso
Print this page and use it as a paper board at home: point to each word as you say it.
"""))],
      body=B("""
Hi Marisol! Santi started his TouchChat trial today and he was SO proud. He found "bubbles" and "more" right away.

To answer your question about taking the iPad home - during the trial the iPad has to stay at school (district AT rules, sorry!). But I attached a picture of his home page so you can make a paper version, and I can show you and your husband how it works at pick-up any Tuesday or Thursday.

The trial runs through Friday, May 15.
"""), sig=SIG["kristin"],
      labels=dict(topics=["assistive_technology"], fulfills=["c_touchchat"], answers=["r_ipad"],
                  attachment_topics=["assistive_technology"])),
    M(id="T15.4", frm="marisol", to=["kristin"], date="2026-04-15 20:20", arrival="bcc-self", reply_to="T15.3",
      body=B("""
Hi Miss Kristin, thank you! We made the paper board and he points to "quiero" + "galleta" all day jaja.

Can I come on Thursday 4/23 at pick up so you can show us the TouchChat? My husband is off that day.

Also, are the make up sessions from March done? He told me he only sees you "sometimes".

Marisol
"""),
      labels=dict(topics=["assistive_technology", "speech_language_therapy"],
                  requests=[R("r_show", "marisol", "Can I come on Thursday 4/23 at pick up so you can show us the TouchChat?"),
                            R("r_mkdone", "marisol", "are the make up sessions from March done?")])),
    M(id="T15.5", frm="kristin", to=["marisol"], via="filter", date="2026-04-15 20:21", arrival="direct",
      reply_to="T15.4", quote=False, auto_reply=True,
      subject="Automatic reply: Re: Santi - speech this week + AAC trial",
      body=B("""
Thank you for your message. I am out of the office Wednesday, April 15 through Friday, April 17 attending the NMSHA Spring Convention and will return Monday, April 20. If this is urgent, please contact the Early Childhood Office at (505) 555-0110.
"""),
      labels=dict(students=[])),
]))

# ---------------------------------------------------------------- T16 rough morning / behavior
THREADS.append(dict(id="T16", subject="Santi - rough morning today", messages=[
    M(id="T16.1", frm="leticia", to=["marisol"], date="2026-03-24 14:45", arrival="gmail-forward",
      fwd_by="marisol", fwd_at="2026-03-24 18:30", fwd_note="ugh", html=True,
      body=B("""
Hi Mrs. Archuleta,

I wanted to let you know Santi had a rough morning. During the transition from centers to circle he threw blocks and bit a friend on the arm. The friend is okay. We followed his behavior plan: we used his first/then board, gave him a break in the cozy corner with his headphones, and he was able to rejoin circle after about 10 minutes.

This is the second time in two weeks that the centers-to-circle transition has been really hard for him, so I asked Mr. Durán, our early childhood behavior specialist, to come observe. He's going to observe on Tuesday 3/31.

Please let me know if anything is different at home this week.
"""), sig=SIG["leticia"],
      labels=dict(topics=["behavior_support", "visual_schedule", "breaks", "sensory_tools"],
                  commitments=[C("c_observe", "duran", "behavior specialist observes Santi on 3/31",
                                 "He's going to observe on Tuesday 3/31.", "2026-03-31")],
                  requests=[R("r_home", "leticia", "Please let me know if anything is different at home this week.")])),
    M(id="T16.2", frm="marisol", to=["leticia"], date="2026-03-24 20:55", arrival="bcc-self", reply_to="T16.1",
      body=B("""
Ay no, lo siento mucho. Please tell the friend's mom I am sorry.

Nothing is different at home, except he has been waking up early because of the time change.

One thing: before spring break, on the day you were at the training (3/12), he told me the sub did not do his picture schedule and he was "lost" all day. Was his picture schedule up today? I think when he doesn't know what is next is when he gets upset.

Marisol
"""),
      labels=dict(topics=["visual_schedule", "behavior_support"], answers=["r_home"],
                  requests=[R("r_sched2", "marisol", "Was his picture schedule up today?")],
                  missed=[("visual_schedule", "2026-03-12", None)])),
    M(id="T16.3", frm="leticia", client="outlook-ios", to=["marisol"], via="cc", date="2026-03-25 07:10",
      arrival="direct", reply_to="T16.2",
      body=B("""
Yes, his schedule was up and Josie did it with him at arrival. You're right about 3/12 - I found my sub plans and the schedule page was missing, so the guest teacher didn't know to use it. That's on me, I'm sorry. I'll make a sub folder just for Santi's supports.

I'll let you know what Mr. Durán says after he observes.
"""), sig=SIG["outlook-ios"],
      labels=dict(topics=["visual_schedule", "behavior_support"], answers=["r_sched2"],
                  commitments=[C("c_subfolder", "leticia", "make a sub folder with Santi's supports",
                                 "I'll make a sub folder just for Santi's supports."),
                               C("c_tellduran", "leticia", "report what the behavior specialist says",
                                 "I'll let you know what Mr. Durán says after he observes.")],
                  missed=[("visual_schedule", "2026-03-12", None)])),
]))

# ---------------------------------------------------------------- T16b behavior specialist's observation (new email)
THREADS.append(dict(id="T16b", subject="Observation summary - Santi A.", messages=[
    M(id="T16.4", frm="duran", to=["marisol"], cc=["leticia"], date="2026-04-02 16:20", arrival="apple-forward",
      fwd_by="marisol", fwd_at="2026-04-02 21:10", fwd_note="lo del Sr. Durán", html=True,
      attachments=[dict(name="Observation_Summary_Archuleta_3-31.docx",
                        type="application/vnd.openxmlformats-officedocument.wordprocessingml.document", text=B("""
Classroom Observation Summary - Santiago Archuleta (ECSE Room 6)
Observer: Eric Durán, M.Ed., BCBA    Date: 03/31/2026, 9:15-10:30
Setting: centers, clean-up, circle.
Antecedent: clean-up signal (lights flash, clean-up song, peers moving quickly); no warning of how long until circle.
Behavior: pushing materials off the table, throwing blocks (2 times); no biting observed.
Likely function: escape from an unpredictable transition.
Recommendations for the behavior plan:
1. Visual timer at centers showing 2 minutes until clean-up.
2. First/then board: "clean up" then "circle", reviewed before the signal.
3. Teach a "break" request on his AAC device (GoTalk / TouchChat) and honor it with a 2-minute break in the cozy corner.
4. Carpet spot at the end of the circle, near the teacher, instead of the middle.
5. Praise for each step of clean-up.
"""))],
      body=B("""
Dear Ms. Archuleta,

I observed Santi in Room 6 on Tuesday 3/31 from 9:15 to 10:30, including centers, clean-up and circle. He did very well during centers. The hard part is clean-up: the lights flash, the song plays, everyone is moving, and he doesn't know how long until circle.

My recommendations for the team (details in the attached summary):
1. A visual timer at centers that shows 2 minutes until clean-up
2. His first/then board with "clean up" then "circle"
3. A "break" button on his GoTalk so he can ask for a break instead of throwing
4. A carpet spot at the end of the circle, near the teacher, so he isn't in the middle of the crowd

Would you be open to a short phone call next week so I can hear what works at home?

Best,
"""), sig=SIG["duran"],
      labels=dict(topics=["behavior_support", "visual_schedule", "breaks", "assistive_technology", "preferential_seating"],
                  fulfills=["c_observe", "c_tellduran"],
                  requests=[R("r_duran", "duran", "Would you be open to a short phone call next week so I can hear what works at home?")],
                  attachment_topics=["behavior_support", "visual_schedule", "breaks", "assistive_technology",
                                     "preferential_seating"])),
]))

# ---------------------------------------------------------------- T17 draft evaluation reports
THREADS.append(dict(id="T17", subject="Draft evaluation reports for Santi / Informes de evaluación", messages=[
    M(id="T17.1", frm="kessler", to=["marisol"], cc=["graciela", "leticia", "kristin", "alejandra", "melissa", "brandon"],
      via="filter", date="2026-04-08 16:00", arrival="direct", html=True,
      attachments=[dict(name="Archuleta_S_Reevaluation_Report_DRAFT.pdf", type="application/pdf", text=B("""
REEVALUATION REPORT - DRAFT - Santiago Archuleta (DOB 05/02/2021)
Reason for reevaluation: transition from ECSE (preschool) to kindergarten.

Speech-Language (bilingual) - A. Benavidez, M.S., CCC-SLP, with input from K. Oberholtzer
  Tested in Spanish and English (PLS-5 Spanish and English editions, language sample in both languages).
  Moderate expressive language delay in BOTH languages; receptive language low average when tested in Spanish.
  Uses a GoTalk 9+ and is in a TouchChat trial; continues to benefit from AAC.
  Recommendation: speech-language therapy 30 minutes, 2 times per week.

Occupational Therapy - B. Yazzie, OTR/L
  Fine motor below age expectations (emerging tripod grasp, imitates vertical and horizontal strokes).
  Sensory Profile-2: "much more than others" in auditory sensitivity (covers ears, distress at fire drills).
  Recommendation: OT 30 minutes weekly; noise-reducing headphones, weighted lap pad at group time, movement breaks.

Psychoeducational - M. Haines, Educational Diagnostician
  Nonverbal cognitive skills in the average range. Pre-academic skills emerging (counts to 10 in Spanish, names 6 colors in English).
  Adaptive behavior (parent and teacher forms): below average in communication, average in daily living.
  Classroom observation: does best with a picture schedule and an adult nearby during transitions; EA support during transitions recommended.
"""))],
      body=B("""
Dear Ms. Archuleta,

Attached is the draft reevaluation report for Santi. It includes the bilingual speech-language evaluation (Ms. Benavidez), the occupational therapy evaluation (Mr. Yazzie), and the psychoeducational evaluation and classroom observation (Ms. Haines). Please read it before the meeting and write down any questions; nothing is final until the team meets with you.

The Spanish translation of the reports will be sent to you by April 17.

We would like to hold the eligibility determination and the transition IEP meeting together. Which of these times works for you: Thursday April 23 at 1:00, Tuesday April 28 at 3:15, or Thursday April 30 at 8:00?
"""), sig=SIG["kessler"],
      labels=dict(topics=["evaluation", "iep_meeting", "speech_language_therapy", "occupational_therapy"],
                  fulfills=["c_bilingual", "c_oteval"],
                  commitments=[C("c_trans1", "kessler", "send the Spanish translation of the evaluation reports",
                                 "The Spanish translation of the reports will be sent to you by April 17.", "2026-04-17")],
                  requests=[R("r_dates", "kessler", "Which of these times works for you: Thursday April 23 at 1:00, Tuesday April 28 at 3:15, or Thursday April 30 at 8:00?")],
                  attachment_topics=["evaluation", "speech_language_therapy", "occupational_therapy", "assistive_technology",
                                     "sensory_tools", "breaks", "visual_schedule", "paraprofessional"])),
    M(id="T17.2", frm="marisol", client="iphone", to=["kessler"], date="2026-04-09 07:30", arrival="bcc-self",
      reply_to="T17.1",
      body=B("""
Good morning Dr. Kessler, Tuesday April 28 at 3:15 is better for me because of work.

Will Miss Kristin and Mr. Brandon be at the meeting? I want them there.

¿Y va a haber intérprete?
"""), sig=SIG["iphone"],
      labels=dict(topics=["iep_meeting"], answers=["r_dates"],
                  requests=[R("r_attend", "marisol", "Will Miss Kristin and Mr. Brandon be at the meeting?"),
                            R("r_interp", "marisol", "¿Y va a haber intérprete?")])),
]))

# ---------------------------------------------------------------- T18 Vero's notes on the reports
THREADS.append(dict(id="T18", subject="Santi reports - my notes", messages=[
    M(id="T18.1", frm="vero", to=["marisol"], via="cc", date="2026-04-10 22:15", arrival="direct",
      body=B("""
Mari,

I read the whole report last night (the English one, the Spanish one is not ready yet). Some things I noticed for the meeting:

- Page 4, the OT part says he has trouble with loud noises and needs his headphones and the weighted pad. Ask if those will be in his kinder IEP too.
- Page 6 says they recommend "EA support during transitions" in kinder but not all day. In Pre-K he has Josie all day. Ask why less.
- Nobody says anything about summer. Ask about ESY, remember last year he lost a lot of words over the summer.
- The speech part says he is delayed in both languages, not just English. Good that they tested him in Spanish.

I can come to the meeting on the 28th if you want, I'll ask for the afternoon off.

Love you,
Vero
"""), sig=SIG["yahoo"],
      labels=dict(topics=["evaluation", "occupational_therapy", "sensory_tools", "paraprofessional",
                          "extended_school_year", "speech_language_therapy", "iep_meeting"])),
]))

# ---------------------------------------------------------------- T19 notice of meeting (Hotmail)
THREADS.append(dict(id="T19", subject="Notice of Meeting - Santiago Archuleta - Transition IEP / Eligibility - 4/28/26", messages=[
    M(id="T19.1", frm="rosemary", to=["marisol_hm"], cc=["kessler", "graciela"], date="2026-04-13 11:20",
      arrival="outlook-forward", fwd_by="marisol_hm", fwd_at="2026-04-13 12:45", fwd_note="junta 28 de abril", html=True,
      attachments=[dict(name="Notice_of_Meeting_Archuleta_04-28-2026.pdf", type="application/pdf", text=B("""
NOTICE OF MEETING / AVISO DE JUNTA - Bosque Vista Public Schools, Office of Special Education
Student: Santiago Archuleta    Meeting date: Tuesday, April 28, 2026, 3:15-4:45 PM
Location: Cielo Azul ECC, Conference Room B
Purpose: review reevaluation results and determine eligibility; develop the transition IEP for kindergarten (placement, services, ESY, transportation).
Interpreter: Spanish interpreter scheduled.
Please return this portion:
[ ] I will attend   [ ] I cannot attend, please reschedule   [ ] I will participate by phone
Parent/Guardian signature: ____________________
"""))],
      body=B("""
Good morning,

Please find attached the Notice of Meeting for Santi's eligibility determination and transition IEP meeting.

Date: Tuesday, April 28, 2026
Time: 3:15 - 4:45 PM
Location: Cielo Azul ECC, Conference Room B (front office)

Invited: Sharon Kessler (ECSE Coordinator/LEA representative), Leticia Chávez (ECSE teacher), Kristin Oberholtzer (SLP), Alejandra Benavidez (bilingual SLP evaluator), Brandon Yazzie (OT), Melissa Haines (Educational Diagnostician), Tamara Nez (Special Education Teacher, Sierra Linda Elementary), a Sierra Linda kindergarten teacher, and Graciela Romero (Family Liaison). A Spanish interpreter has been scheduled.

Please sign and return the bottom of the notice to let us know if you will attend.
"""), sig=SIG["rosemary"],
      labels=dict(topics=["iep_meeting", "evaluation"], fulfills=["c_sched", "c_interp"],
                  answers=["r_attend", "r_interp"],
                  requests=[R("r_rsvp", "rosemary", "Please sign and return the bottom of the notice to let us know if you will attend.")],
                  attachment_topics=["iep_meeting", "evaluation", "extended_school_year", "transportation"])),
]))

# ---------------------------------------------------------------- T20 parent concerns before the meeting
THREADS.append(dict(id="T20", subject="Santi - my concerns for the April 28 meeting / mis preocupaciones", messages=[
    M(id="T20.1", frm="marisol", to=["kessler"], cc=["leticia", "kristin", "graciela"], date="2026-04-20 21:30",
      arrival="bcc-self",
      body=B("""
Dear Dr. Kessler and team,

I signed the notice for the meeting on April 28 at 3:15 and sent it back in Santi's folder: I am attending, and my sister Verónica will come with me. Gracias por la intérprete. I want to send my concerns before the meeting so they can be part of the discussion.

1. OT. Santi had no OT from February 13 until March 11. He missed OT on 2/18, 2/25 and 3/4. Dr. Kessler said the make up minutes would be decided at the meeting.

2. Speech. He has missed many speech sessions this year: 12/9, 12/11, 1/15, 1/27, 3/5, 3/12, and this past Thursday 4/16 because Miss Kristin was at a conference. Only the 1/15 one was made up. Miss Kristin said the March ones would be made up before the end of March and they were not.

3. His weighted lap pad. Mr. Brandon told me on 3/26 that it was in the closet during circle on 3/25. Is the lap pad being used at circle now?

4. Kindergarten. I want him to have EA support in kindergarten. In Pre-K he has Josie all day and he needs her during centers and transitions. The report says EA only for transitions.

5. Bus. He still needs the car seat on the bus in kindergarten, he is small for his age (38 pounds). I will bring a letter from his pediatrician, Dr. Luján, to the meeting.

6. Summer. Last summer he lost a lot of his words. Does he qualify for ESY this summer?

Can you please add compensatory speech sessions to the agenda, not only OT?

Will he keep the EA in kindergarten?

Thank you,
Marisol Archuleta
"""),
      labels=dict(topics=["occupational_therapy", "speech_language_therapy", "sensory_tools", "paraprofessional",
                          "transportation", "extended_school_year", "compensatory_services", "iep_meeting"],
                  answers=["r_rsvp"],
                  commitments=[C("c_letter", "marisol", "bring the pediatrician's car-seat letter to the meeting",
                                 "I will bring a letter from his pediatrician, Dr. Luján, to the meeting.", "2026-04-28")],
                  requests=[R("r_lappad", "marisol", "Is the lap pad being used at circle now?"),
                            R("r_esy", "marisol", "Does he qualify for ESY this summer?"),
                            R("r_comp2", "marisol", "Can you please add compensatory speech sessions to the agenda, not only OT?"),
                            R("r_ea", "marisol", "Will he keep the EA in kindergarten?")],
                  missed=[("occupational_therapy", "2026-02-18", None), ("occupational_therapy", "2026-02-25", None),
                          ("occupational_therapy", "2026-03-04", None),
                          ("speech_language_therapy", "2025-12-09", None), ("speech_language_therapy", "2025-12-11", None),
                          ("speech_language_therapy", "2026-01-15", None), ("speech_language_therapy", "2026-01-27", None),
                          ("speech_language_therapy", "2026-03-05", None), ("speech_language_therapy", "2026-03-12", None),
                          ("speech_language_therapy", "2026-04-16", None),
                          ("sensory_tools", "2026-03-25", None)])),
    M(id="T20.2", frm="kessler", to=["marisol"], cc=["leticia", "kristin", "graciela"], via="filter",
      date="2026-04-21 12:40", arrival="direct", reply_to="T20.1", html=True,
      body=B("""
Dear Ms. Archuleta,

Thank you for sending your concerns ahead of time - this is very helpful, and we will go through each one on the 28th. Yes, I have added compensatory speech-language services to the agenda along with OT.

Decisions about EA support and ESY are made by the whole team, so both are on the agenda for the meeting, using the evaluation results and his progress data. Any notes you have about what you saw last summer would be helpful.

I'll also check with transportation about whether a bus aide can ride with him in kindergarten and let you know.
"""), sig=SIG["kessler"],
      labels=dict(topics=["compensatory_services", "speech_language_therapy", "occupational_therapy", "paraprofessional",
                          "extended_school_year", "iep_meeting", "transportation"],
                  answers=["r_comp2"],
                  commitments=[C("c_review", "kessler", "go through each concern at the April 28 meeting",
                                 "we will go through each one on the 28th", "2026-04-28"),
                               C("c_aide", "kessler", "ask transportation about a bus aide for kindergarten and report back",
                                 "I'll also check with transportation about whether a bus aide can ride with him in kindergarten and let you know.")])),
]))

# ---------------------------------------------------------------- T21 afternoon bus cancelled
THREADS.append(dict(id="T21", subject="Santi - no afternoon bus today", messages=[
    M(id="T21.1", frm="leticia", to=["vero", "marisol"], date="2026-04-07 12:50", arrival="not-forwarded",
      body=B("""
Hi Ms. Quintana and Mrs. Archuleta,

Transportation just called: the afternoon run for Route SN-12 is cancelled today (4/7) because they don't have a driver. Can someone pick Santi up at 2:30?
"""), sig=SIG["leticia"], labels=dict()),
    M(id="T21.2", frm="marisol", client="iphone", to=["leticia", "vero"], date="2026-04-07 13:05",
      arrival="not-forwarded", reply_to="T21.1",
      body=B("""
Mi hermana Vero lo recoge. Gracias Ms. Chávez.
"""), sig=SIG["iphone"], labels=dict()),
    M(id="T21.3", frm="leticia", to=["vero", "marisol"], date="2026-04-21 12:35", arrival="yahoo-forward",
      fwd_by="vero", fwd_at="2026-04-21 19:10", fwd_note="Mari this came to me again, I got him. Forwarding for your file.",
      reply_to="T21.2", html=True,
      body=B("""
Hi both, I'm sorry, it happened again - transportation just called and there is no driver for the SN-12 afternoon run today. Ms. Quintana, since Tuesday is your day I already called and left you a message. Santi will wait with me in the office until you get here.
"""), sig=SIG["leticia"],
      labels=dict(topics=["transportation"], missed=[("transportation", "2026-04-21", None)])),
]))

# ---------------------------------------------------------------- T21b Marisol writes to transportation (new email)
THREADS.append(dict(id="T21b", subject="Route SN-12 afternoon bus cancelled again - Santiago Archuleta", messages=[
    M(id="T21.4", frm="marisol", to=["phil"], cc=["routing", "kessler"], date="2026-04-22 07:20", arrival="bcc-self",
      body=B("""
Good morning Mr. Ortega,

Yesterday (4/21) the afternoon bus for Santi's route SN-12 was cancelled because there was no driver, and on April 7 the same thing happened. Both times my sister had to leave work to pick him up. Special transportation is in his IEP, and he can't ride in a regular car without his car seat so we cannot just ask a neighbor.

Will there be a regular driver on SN-12 for the rest of the school year?

Can the district reimburse my sister's mileage for those two days, like you did in January?

Thank you,
Marisol Archuleta
(505) 555-0187
"""),
      labels=dict(topics=["transportation"],
                  requests=[R("r_driver", "marisol", "Will there be a regular driver on SN-12 for the rest of the school year?"),
                            R("r_mileage", "marisol", "Can the district reimburse my sister's mileage for those two days, like you did in January?")],
                  missed=[("transportation", "2026-04-21", None), ("transportation", "2026-04-07", None)])),
    M(id="T21.5", frm="phil", to=["marisol"], cc=["kessler"], date="2026-04-24 10:05", arrival="gmail-forward",
      fwd_by="marisol", fwd_at="2026-04-24 12:30", fwd_note="", reply_to="T21.4", html=True,
      attachments=[dict(name="Parent_Mileage_Reimbursement_Form.pdf", type="application/pdf", text=B("""
BOSQUE VISTA PUBLIC SCHOOLS - TRANSPORTATION SERVICES
PARENT/GUARDIAN MILEAGE REIMBURSEMENT REQUEST
Use this form when the district was unable to provide transportation required by a student's IEP and the parent/guardian (or an authorized adult) transported the student.
Student name / Date(s) of travel / Round trip miles / Reason: [ ] Bus/route cancelled  [ ] Required equipment not available  [ ] Other
Return to Special Needs Routing, sped.routing@bosquevistaps.org.
"""))],
      body=B("""
Ms. Archuleta,

I apologize for both cancellations. We are down four special needs drivers this spring. We have two new drivers finishing CDL training, and route SN-12 will have a permanent driver starting Monday, May 4. Until then I have put SN-12 at the top of the list for substitute coverage.

Regarding mileage: yes, please have your sister fill out the same reimbursement form (attached again) for 4/7 and 4/21 and send it to me.
"""), sig=SIG["phil"],
      labels=dict(topics=["transportation"], answers=["r_driver", "r_mileage"],
                  commitments=[C("c_driver", "phil", "permanent driver on route SN-12 from May 4",
                                 "route SN-12 will have a permanent driver starting Monday, May 4", "2026-05-04")],
                  missed=[("transportation", "2026-04-07", None), ("transportation", "2026-04-21", None)],
                  attachment_topics=["transportation"])),
]))

# ---------------------------------------------------------------- T22 Kinder Round-Up (Vero)
THREADS.append(dict(id="T22", subject="Kinder Round-Up: next steps for Santiago Archuleta", messages=[
    M(id="T22.1", frm="sloffice", to=["vero"], date="2026-04-16 09:05", arrival="yahoo-forward",
      fwd_by="vero", fwd_at="2026-04-16 17:25", fwd_note="Mari, from the round-up yesterday. They need his shot record by 5/1",
      html=True,
      body=B("""
Dear Kindergarten Family,

Thank you for attending Kindergarten Round-Up at Sierra Linda Elementary! We're excited to welcome Santiago Archuleta to the Roadrunner family in August.

To complete registration, please upload or bring to the front office by 5/1:
- Birth certificate
- Immunization record
- Proof of residency (utility bill or lease)

Kindergarten orientation and our Popsicle Social will be Thursday, August 6 at 5:30 PM. The first day of school is Wednesday, August 12.

If your child already receives special education services in preschool, our school team receives that information from the preschool program; you do not need to bring copies.
"""), sig=SIG["sloffice"],
      labels=dict(topics=[])),
]))

# ---------------------------------------------------------------- T23 meeting summary and IEP
THREADS.append(dict(id="T23", subject="Santi - transition IEP meeting summary and draft IEP / Resumen de la junta", messages=[
    M(id="T23.1", frm="kessler", to=["marisol"], cc=["graciela", "leticia", "kristin", "brandon", "tamara"], via="filter",
      date="2026-04-29 17:30", arrival="direct", html=True,
      attachments=[dict(name="Archuleta_Santiago_IEP_DRAFT_2026-04-28.pdf", type="application/pdf", text=B("""
INDIVIDUALIZED EDUCATION PROGRAM (IEP) - DRAFT - Santiago Archuleta
Meeting date: 04/28/2026   Type: Reevaluation / Transition to Kindergarten   Effective: 05/12/2026
Eligibility: Developmental Delay.
Placement (2026-27): general education kindergarten, Sierra Linda Elementary; specialized instruction (pre-academic, communication) 60 minutes daily in a small group with the special education teacher.
Related services: Speech-language therapy 120 minutes per month. Occupational therapy 30 minutes weekly.
Supplementary aids and supports: EA support during arrival, centers, transitions, lunch and specials.
Accommodations: picture schedule and first/then board; visual timer before transitions; noise-reducing headphones and weighted lap pad at group time; movement breaks on request or every 20 minutes; seat near the teacher at carpet/circle; AAC device (TouchChat trial continuing).
Extended School Year: eligible - speech-language therapy 30 minutes, 2 times per week, June 8 - July 2, 2026.
Compensatory services: 4 speech-language sessions and 3 OT sessions (30 minutes each), to be completed by 09/30/2026.
Transportation: special transportation, curb to curb, with child safety restraint system (5-point harness); pediatrician letter on file.
"""))],
      body=B("""
Dear Ms. Archuleta,

Thank you and Verónica for a very productive meeting yesterday. Here is a summary of what the team decided; the draft IEP is attached.

Eligibility: Santi continues to be eligible for special education under Developmental Delay, with speech-language as a related service.

Kindergarten placement: general education kindergarten at Sierra Linda Elementary with specialized instruction from Ms. Nez for 60 minutes a day in a small group.

EA support: the team agreed Santi will have EA support in kindergarten during arrival, centers, transitions, lunch and specials (not only transitions, as first proposed).

Speech: 30 minutes twice a week. OT: 30 minutes weekly.

ESY: Santi qualifies for ESY speech-language services this summer, twice a week from June 8 to July 2.

Compensatory services: 4 speech sessions and 3 OT sessions (30 minutes each) for the sessions missed this year, to be completed by September 30.

Transportation: special transportation with a child safety seat continues in kindergarten. You gave us the letter from Dr. Luján, and a copy is in his file.

Accommodations: picture schedule and first/then board, visual timer, noise-reducing headphones and weighted lap pad, movement breaks, a spot near the teacher at carpet time, and his AAC device (the TouchChat trial continues).

Next steps:
- I will send you the final IEP by May 8.
- The Spanish translation of the IEP will follow by May 15.
- Ms. Nez will reach out to you by May 15 to set up a visit to the kindergarten classroom.
- I will submit the transportation request for kindergarten.
- The ESY office will mail the ESY schedule and bus information by May 22.

Please let me know if anything in this summary does not match your understanding of the meeting.
"""), sig=SIG["kessler"],
      labels=dict(topics=["iep_meeting", "evaluation", "specialized_instruction", "paraprofessional",
                          "speech_language_therapy", "occupational_therapy", "extended_school_year",
                          "compensatory_services", "transportation", "visual_schedule", "sensory_tools", "breaks",
                          "preferential_seating", "assistive_technology"],
                  answers=["r_ea", "r_esy"], fulfills=["c_comp", "c_letter", "c_review"],
                  commitments=[C("c_final", "kessler", "send the final IEP", "I will send you the final IEP by May 8.",
                                 "2026-05-08"),
                               C("c_trans2", "kessler", "send the Spanish translation of the IEP",
                                 "The Spanish translation of the IEP will follow by May 15.", "2026-05-15"),
                               C("c_visit", "tamara", "contact Marisol to set up a kindergarten visit",
                                 "Ms. Nez will reach out to you by May 15 to set up a visit to the kindergarten classroom.",
                                 "2026-05-15"),
                               C("c_treq", "kessler", "submit the kindergarten transportation request",
                                 "I will submit the transportation request for kindergarten."),
                               C("c_esy", "kessler", "ESY office mails the ESY schedule and bus information",
                                 "The ESY office will mail the ESY schedule and bus information by May 22.", "2026-05-22")],
                  requests=[R("r_match", "kessler", "Please let me know if anything in this summary does not match your understanding of the meeting.")],
                  attachment_topics=["iep_meeting", "specialized_instruction", "paraprofessional", "speech_language_therapy",
                                     "occupational_therapy", "extended_school_year", "compensatory_services",
                                     "transportation", "visual_schedule", "sensory_tools", "breaks",
                                     "preferential_seating", "assistive_technology"])),
    M(id="T23.2", frm="marisol", to=["kessler"], cc=["graciela"], date="2026-05-04 21:10", arrival="bcc-self",
      reply_to="T23.1",
      body=B("""
Dr. Kessler,

Thank you for the summary. It matches what I remember, but the draft IEP does not. On page 9 the draft says speech is "120 minutes per month". At the meeting we agreed 30 minutes twice a week, like you wrote in the summary. 120 minutes a month is less. Can you please correct the speech minutes in the final IEP?

Also at the meeting Mr. Brandon said he would send me a home program for the summer before the last day of school (May 21).

Gracias,
Marisol
"""),
      labels=dict(topics=["iep_meeting", "speech_language_therapy", "occupational_therapy"], answers=["r_match"],
                  requests=[R("r_fix", "marisol", "Can you please correct the speech minutes in the final IEP?")],
                  commitments=[C("c_summer", "brandon", "send a summer OT home program (promised at the meeting)",
                                 "Mr. Brandon said he would send me a home program for the summer before the last day of school (May 21)",
                                 "2026-05-21")])),
    M(id="T23.3", frm="kessler", to=["marisol"], cc=["graciela"], via="filter", date="2026-05-07 15:00",
      arrival="direct", reply_to="T23.2", html=True,
      attachments=[dict(name="Archuleta_Santiago_IEP_FINAL_2026-04-28.pdf", type="application/pdf", text=B("""
INDIVIDUALIZED EDUCATION PROGRAM (IEP) - FINAL - Santiago Archuleta
Meeting date: 04/28/2026   Effective: 05/12/2026   Eligibility: Developmental Delay.
Placement (2026-27): general education kindergarten, Sierra Linda Elementary; specialized instruction 60 minutes daily, small group.
Related services: Speech-language therapy 30 minutes, 2 times per week (240 minutes per month). Occupational therapy 30 minutes weekly.
EA support during arrival, centers, transitions, lunch and specials.
Accommodations: picture schedule, first/then board, visual timer, noise-reducing headphones, weighted lap pad, movement breaks, seat near the teacher at carpet, AAC device.
ESY: speech-language 30 minutes 2x weekly, June 8 - July 2. Compensatory: 4 speech and 3 OT sessions by 09/30/2026.
Transportation: special transportation with child safety restraint system.
"""))],
      body=B("""
Dear Ms. Archuleta,

You are correct, and thank you for catching it. The speech minutes were carried over from an older template. Attached is the final IEP with speech-language services at 30 minutes, 2 times per week (240 minutes per month).

The final IEP goes into effect on May 12.
"""), sig=SIG["kessler"],
      labels=dict(topics=["iep_meeting", "speech_language_therapy"], answers=["r_fix"], fulfills=["c_final"],
                  attachment_topics=["iep_meeting", "specialized_instruction", "paraprofessional", "speech_language_therapy",
                                     "occupational_therapy", "extended_school_year", "compensatory_services",
                                     "transportation", "visual_schedule", "sensory_tools", "breaks",
                                     "preferential_seating", "assistive_technology"])),
]))

# ---------------------------------------------------------------- T24 kindergarten visit
THREADS.append(dict(id="T24", subject="Kindergarten visit for Santi at Sierra Linda!", messages=[
    M(id="T24.1", frm="tamara", to=["marisol"], cc=["leticia"], date="2026-05-12 10:40", arrival="gmail-forward",
      fwd_by="marisol", fwd_at="2026-05-12 12:10", fwd_note="kinder visit!!", html=True,
      body=B("""
Hello Mrs. Archuleta!

I'm Tamara Nez, the special education teacher at Sierra Linda who will be working with Santi next year. It was so nice to meet you and your sister at the meeting. As we discussed, I'd love for Santi to visit his future kindergarten classroom before summer so it feels familiar in August.

Would Thursday, May 21 at 9:30 work for a visit? He would meet Mrs. Gurulé (kindergarten teacher), see the classroom, the bathroom and the cafeteria, and spend a few minutes with me in my room. I can also show you where his small-group time with me for reading and math readiness will happen every day.

I'll also send you a social story with photos of the classroom and the teachers by Wednesday 5/20 so you can read it with him before the visit. Does Santi have a favorite character or toy I could put in the story?

See you soon,
"""), sig=SIG["tamara"],
      labels=dict(topics=["specialized_instruction"], fulfills=["c_visit"],
                  requests=[R("r_visit", "tamara", "Would Thursday, May 21 at 9:30 work for a visit?"),
                            R("r_favorite", "tamara", "Does Santi have a favorite character or toy I could put in the story?")],
                  commitments=[C("c_story", "tamara", "send a social story with photos before the visit",
                                 "I'll also send you a social story with photos of the classroom and the teachers by Wednesday 5/20",
                                 "2026-05-20")])),
    M(id="T24.2", frm="marisol", to=["tamara"], cc=["leticia"], date="2026-05-12 20:05", arrival="bcc-self",
      reply_to="T24.1",
      body=B("""
Hi Ms. Nez! Yes, Thursday May 21 at 9:30 works, thank you! Santi is very excited, he keeps saying "big school".

Will the bus take him from Cielo Azul to Sierra Linda for the visit, or should I bring him?

Marisol
"""),
      labels=dict(topics=["transportation"], answers=["r_visit"],
                  requests=[R("r_visitbus", "marisol", "Will the bus take him from Cielo Azul to Sierra Linda for the visit, or should I bring him?")])),
]))

# ---------------------------------------------------------------- T25 kindergarten transportation (Hotmail)
THREADS.append(dict(id="T25", subject="2026-27 Special Transportation Request Received - Santiago Archuleta", messages=[
    M(id="T25.1", frm="phil", to=["marisol_hm"], date="2026-05-13 09:15", arrival="outlook-forward",
      fwd_by="marisol_hm", fwd_at="2026-05-13 20:30", fwd_note="", html=True,
      body=B("""
Dear Parent/Guardian,

Special Needs Routing has received the 2026-27 transportation request submitted by the Office of Special Education for:

Student: Santiago Archuleta
School (2026-27): Sierra Linda Elementary, Kindergarten
Service: special transportation, curb to curb, child safety restraint system (5-point harness)

Route assignments for the 2026-27 school year will be mailed the first week of August.

Ms. Archuleta - a personal note on your April email: route SN-12 has had a permanent driver, Ms. Rivera, since May 4.
"""), sig=SIG["phil"],
      labels=dict(topics=["transportation"], fulfills=["c_treq", "c_driver"],
                  commitments=[C("c_route", "phil", "mail the 2026-27 route assignment",
                                 "Route assignments for the 2026-27 school year will be mailed the first week of August.",
                                 "2026-08-07")])),
]))

# ---------------------------------------------------------------- T26 translation
THREADS.append(dict(id="T26", subject="Traducción del IEP de Santi", messages=[
    M(id="T26.1", frm="marisol", to=["graciela"], cc=["kessler"], date="2026-05-14 21:00", arrival="bcc-self",
      body=B("""
Hola Graciela,

¿Ya está lista la traducción al español del IEP de Santi y de los reportes de evaluación? La Dra. Kessler escribió que los reportes me los mandaban para el 17 de abril y el IEP para el 15 de mayo, y todavía no tengo ninguno. Mi mamá también quiere leerlos y ella no lee inglés.

Gracias,
Marisol
"""),
      labels=dict(topics=["iep_meeting", "evaluation"],
                  requests=[R("r_trans", "marisol", "¿Ya está lista la traducción al español del IEP de Santi y de los reportes de evaluación?")])),
    M(id="T26.2", frm="graciela", to=["marisol"], cc=["kessler"], via="cc", date="2026-05-15 12:20", arrival="direct",
      reply_to="T26.1", html=True,
      body=B("""
Hola Sra. Archuleta,

Disculpe la demora. Hablé hoy con la oficina de traducción: me dicen que la traducción del IEP y de los reportes de evaluación estará lista el viernes 22 de mayo. Yo se la mando por correo electrónico ese mismo día, y si prefiere también le llevo una copia impresa a Cielo Azul.

Estaré fuera de la oficina el lunes 18 de mayo.

Saludos,
"""), sig=SIG["graciela"],
      labels=dict(topics=["iep_meeting", "evaluation"], answers=["r_trans"],
                  commitments=[C("c_trans3", "graciela", "email the Spanish translation of the IEP and reports on May 22",
                                 "Yo se la mando por correo electrónico ese mismo día", "2026-05-22")])),
]))

# ---------------------------------------------------------------- T27 end of year speech
THREADS.append(dict(id="T27", subject="Santi - end of year speech + summer", messages=[
    M(id="T27.1", frm="kristin", to=["marisol"], via="filter", date="2026-05-18 15:30", arrival="direct", html=True,
      body=B("""
Hi Marisol,

Sorry I never answered your email from April - I came back from the convention to 60 emails and yours got buried. To answer your question: no, the two March make-up sessions didn't happen. They are part of the 4 compensatory speech sessions in his new IEP, and I'll start those during ESY.

I also had to cancel last Thursday (5/14) because I was doing kindergarten screenings at Sierra Linda. That one is on me to make up too.

His TouchChat trial ended Friday and he did great: he used it to request and comment every session. I'll write up his trial data and send you a copy.

Santi's last session with me will be Thursday 5/21 - I'll miss him!
"""), sig=SIG["kristin"],
      labels=dict(topics=["speech_language_therapy", "compensatory_services", "extended_school_year",
                          "assistive_technology"],
                  answers=["r_mkdone"],
                  commitments=[C("c_compstart", "kristin", "start the compensatory speech sessions during ESY",
                                 "I'll start those during ESY."),
                               C("c_mk514", "kristin", "make up the 5/14 speech session",
                                 "That one is on me to make up too."),
                               C("c_trialdata", "kristin", "send the TouchChat trial data write-up",
                                 "I'll write up his trial data and send you a copy.")],
                  missed=[("speech_language_therapy", "2026-05-14", None)])),
]))

# search queries a parent would type, and the topic whose messages each should return
QUERIES = [
    ("speech therapy", "speech_language_therapy"),
    ("terapia del habla", "speech_language_therapy"),
    ("occupational therapy", "occupational_therapy"),
    ("bus car seat", "transportation"),
    ("picture schedule", "visual_schedule"),
    ("headphones weighted lap pad", "sensory_tools"),
    ("EA support", "paraprofessional"),
    ("reevaluation for kindergarten", "evaluation"),
    ("IEP meeting", "iep_meeting"),
    ("ESY summer services", "extended_school_year"),
    ("compensatory make up sessions", "compensatory_services"),
    ("TouchChat iPad AAC", "assistive_technology"),
    ("behavior plan", "behavior_support"),
    ("progress report", "progress_report"),
    ("movement breaks", "breaks"),
    ("specialized instruction small group", "specialized_instruction"),
    ("seat near the teacher", "preferential_seating"),
]
