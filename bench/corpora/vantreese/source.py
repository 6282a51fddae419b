"""The Vantreese corpus: Marcus Vantreese (single father, Ohio) and his 4th-grader Eli, who is deaf/hard of hearing.
Written by hand for this corpus; build.py renders it. Times are local (America/New_York)."""

CORPUS = "vantreese"
AS_OF = "2026-11-20"
TIMEZONE = "America/New_York"
USER = {"name": "Marcus Vantreese", "email": "marcus.vantreese@gmail.com", "role": "parent"}
TRAIL = "vantreese.eli.records@gmail.com"
STUDENTS = ["Elijah Vantreese"]
VOCAB = """extended_time preferential_seating breaks read_aloud assistive_technology reduced_assignments
separate_setting class_notes graphic_organizers visual_schedule calculator sensory_tools scribe large_print check_in
speech_language_therapy occupational_therapy physical_therapy counseling specialized_instruction reading_intervention
paraprofessional transportation extended_school_year behavior_support iep_meeting evaluation progress_report
compensatory_services""".split()

D = "harlanvalleycs.org"
PEOPLE = {  # key: (name, email, role, client)
    "dad": ("Marcus Vantreese", "marcus.vantreese@gmail.com", "parent", "gmail"),
    "dadwork": ("Marcus Vantreese", "mvantreese@corlissfreight.com", "parent", "outlook-work"),
    "gma": ("Loretta Vantreese", "lorettav1951@yahoo.com", "other", "yahoo"),
    "teacher": ("Dana Kowalczyk", f"dkowalczyk@{D}", "school", "exchange"),
    "tod": ("Rachel Amundsen", f"ramundsen@{D}", "school", "exchange"),
    "agency": ("Trish Beaumont", "tbeaumont@signbridgeinterp.com", "school", "agency"),
    "slp": ("Priya Natarajan", f"pnatarajan@{D}", "school", "exchange"),
    "aud": ("Glen Hocking", f"ghocking@{D}", "school", "exchange"),
    "principal": ("Angela Whitcomb", f"awhitcomb@{D}", "school", "exchange"),
    "sped": ("Terrence Obi", f"tobi@{D}", "school", "exchange"),
    "music": ("Felipe Santangelo", f"fsantangelo@{D}", "school", "exchange"),
    "sub": ("Jordan Pruitt", f"jpruitt@{D}", "school", "exchange"),
    "hale": ("Joanne Hale", f"jhale@{D}", "school", "exchange"),
    "news": ("Maplewood Elementary", "messenger@maplewood.harlanvalleycs.org", "school", "bulk"),
}
FERPA = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the named recipient(s) and may\n"
         "contain student information protected under FERPA. If you received this in error, notify the sender and delete it.")
SIGS = {
    "teacher": "Dana Kowalczyk\n4th Grade, Room 12 | Maplewood Elementary\nHarlan Valley City Schools",
    "tod": "Rachel Amundsen, M.Ed.\nTeacher of the Deaf/Hard of Hearing (Itinerant)\nHarlan Valley City Schools | Student Services\n" + FERPA,
    "agency": ("Trish Beaumont | Scheduling Coordinator\nSignbridge Interpreting Services, LLC\n(614) 555-0148\n"
               "This message may contain confidential information intended only for the addressee."),
    "slp": "Priya Natarajan, M.A., CCC-SLP\nSpeech-Language Pathologist\nMaplewood Elementary | Room 114",
    "aud": "Glen Hocking, Au.D., CCC-A\nEducational Audiologist\nHarlan Valley City Schools\n" + FERPA,
    "principal": "Angela Whitcomb, Ed.D.\nPrincipal, Maplewood Elementary\n\"Every voice, every day.\"",
    "sped": "Terrence Obi\nSpecial Education Coordinator\nHarlan Valley City Schools | 740-555-0117\n" + FERPA,
    "music": "Sent from my iPhone",
    "hale": "Joanne Hale\nEducational Interpreter\nHarlan Valley City Schools",
    "dadwork": "Marcus Vantreese\nDispatch Supervisor | Corliss Freight Lines\n(614) 555-0190",
}
AT, PS, PARA, SLP, SI, COMP, IEP, PR = ("assistive_technology", "preferential_seating", "paraprofessional",
                                        "speech_language_therapy", "specialized_instruction", "compensatory_services",
                                        "iep_meeting", "progress_report")


def M(id, frm, to, date, arrival, body, L=None, **kw):
    d = {"id": id, "frm": frm, "to": to, "date": date, "arrival": arrival, "body": body.strip("\n") + "\n", "L": L or {}}
    d.setdefault("cc", [])
    d.update(kw)
    return d


THREADS = [
 {"id": "T1", "subject": "Eli - seating and the remote mic", "messages": [
  M("1.1", "dad", ["teacher"], "2026-09-08 21:12", "bcc-self", """
Hi Ms. Kowalczyk,

I'm Eli's dad. Quick intro since he's new to Maplewood this year. Eli has a cochlear implant on his right side and a hearing aid on the left. He talks and lipreads a lot, knows some ASL, and the interpreter helps most when there's group discussion.

Two things matter most. He needs to sit up front, ideally on the left side of the room so his CI ear is toward you. And the remote mic transmitter has to be on you whenever you're teaching. If it's not on he's basically guessing.

Could you let me know where his seat is right now? Also who is supposed to charge the transmitter overnight, you or Mrs. Amundsen?

Thanks,
Marcus
""", cc=["tod"], bcc=True, L=dict(t=[PS, AT], r=[
      ("R_seat", "dad", "Could you let me know where his seat is right now?"),
      ("R_charge", "dad", "Also who is supposed to charge the transmitter overnight, you or Mrs. Amundsen?")])),
  M("1.2", "teacher", ["dad"], "2026-09-09 16:05", "direct", """
Hi Mr. Vantreese,

Thanks so much for reaching out, Eli has been a joy these first two weeks! Right now he's in the front row, second seat from the left wall, so he has a clear view of me and the board and his right side faces where I usually stand. If that doesn't work we can move him, just say the word.

The transmitter charges on my desk overnight, I plug it in before I leave. Mrs. Amundsen showed me how on day one. I'll also add it to my sub plans this week so anybody covering knows to clip it on first thing.
""", reply="1.1", cc=["tod"], L=dict(t=[PS, AT], a=["R_seat", "R_charge"], c=[
      ("C_subplan", "teacher", "add the remote mic to the sub plans", "I'll also add it to my sub plans this week so anybody covering knows to clip it on first thing.", "2026-09-11")])),
 ]},
 {"id": "T2", "subject": "Interpreter coverage - Elijah Vantreese - Maplewood ES", "messages": [
  M("2.1", "agency", ["dad"], "2026-09-10 11:20", "gmail-forward", """
Good morning Mr. Vantreese,

This confirms Signbridge coverage for Elijah at Maplewood Elementary for the 2026-27 school year. Kayla Dunn (NIC) is assigned Monday through Friday, 8:45 AM - 12:15 PM.

The afternoon block (12:55 - 3:10 PM) is currently unfilled. We are actively recruiting and will send an updated confirmation as soon as it is staffed.

Please direct any schedule questions to me at this address.
""", cc=["sped"], fwd="2026-09-10 19:45", note="interpreter stuff, keep", L=dict(t=[PARA], c=[
      ("C_afternoon", "agency", "send an updated confirmation once the afternoon block is staffed", "We are actively recruiting and will send an updated confirmation as soon as it is staffed.", None)])),
  M("2.2", "dad", ["agency"], "2026-09-11 07:02", "bcc-self", """
Thanks Trish. Music is Thursday afternoon at 1:30 and science is in the afternoon too. Who is interpreting for him in the afternoons until someone is hired?

Marcus
""", reply="2.1", cc=["sped"], bcc=True, L=dict(t=[PARA], r=[
      ("R_pm", "dad", "Who is interpreting for him in the afternoons until someone is hired?")])),
  M("2.3", "agency", ["dad"], "2026-09-23 14:10", "gmail-forward", """
Mr. Vantreese,

Update: Marisol Ortega will cover the afternoon block beginning Monday, September 28. Until then Maplewood has been using their staff signer, Mrs. Hale, for afternoon instruction per Mr. Obi.

Apologies for the delay in getting back to you.
""", reply="2.2", cc=["sped"], fwd="2026-09-23 20:30", L=dict(t=[PARA], a=["R_pm"], f=["C_afternoon"], c=[
      ("C_marisol", "agency", "Marisol Ortega covers the afternoon block from 9/28", "Marisol Ortega will cover the afternoon block beginning Monday, September 28.", "2026-09-28")])),
 ]},
 {"id": "T3", "subject": "Eli in music", "messages": [
  M("3.1", "music", ["dad"], "2026-10-01 15:48", "direct", """
Hi Mr V, just wanted to say Eli did great today starting our recorder unit. Ms. Ortega was there signing and he sat right up front next to the piano where he can see me and her both. Im wearing the mic too now, Mrs Amundsen set me up with it.

I also print the fingering chart for him since the recorder video goes kind of fast. let me know if you want copies at home
""", L=dict(t=[PARA, PS, AT], f=["C_marisol"])),
  M("3.2", "dad", ["music"], "2026-10-01 20:30", "not-forwarded", """
That's great to hear, thank you! Yes please, copies for home would help, he practices with his grandma.
""", reply="3.1"),
  M("3.3", "music", ["dad"], "2026-10-06 14:55", "apple-forward", """
sent 2 copies of the fingering chart home in his red folder today. tell grandma hot cross buns is the goal by thanksgiving lol
""", reply="3.2", fwd="2026-10-06 19:05", L=dict()),
 ]},
 {"id": "T4", "subject": "Mic this morning", "messages": [
  M("4.1", "dad", ["teacher"], "2026-10-06 18:22", "bcc-self", """
Ms. K,

Eli came home upset today. He said the mic wasn't on you during math this morning and he missed most of the directions for the fractions quiz. Was it charged? I don't want to make a big deal of it but he really can't follow without it.

Can you check it's on before math tomorrow?
""", cc=["tod"], bcc=True, L=dict(t=[AT], r=[("R_mic1", "dad", "Can you check it's on before math tomorrow?")],
                                  ms=[(AT, "2026-10-06", None)])),
  M("4.2", "teacher", ["dad"], "2026-10-07 07:41", "direct", """
Mr. Vantreese,

I am so sorry. You're right, the light was red when I grabbed it and I didn't catch it until after math. I had unplugged the charger Monday to move my desk and never plugged it back in. It's charged and on me this morning, I checked before the kids came in.

I'll let Eli retake the fractions quiz Friday with the mic on so it doesn't count against him.
""", reply="4.1", cc=["tod"], L=dict(t=[AT], a=["R_mic1"], ms=[(AT, "2026-10-06", None)], c=[
      ("C_retake", "teacher", "let Eli retake the fractions quiz Friday", "I'll let Eli retake the fractions quiz Friday with the mic on so it doesn't count against him.", "2026-10-09")])),
  M("4.3", "teacher", ["dad"], "2026-10-09 13:15", "direct", """
Quick update - Eli retook the fractions quiz this morning and got 8/10! Much better than Tuesday.
""", reply="4.2", L=dict(f=["C_retake"])),
 ]},
 {"id": "T5", "subject": "TOD visit notes - Eli V.", "messages": [
  M("5.1", "tod", ["dad"], "2026-09-17 15:30", "outlook-forward", """
Visit notes 9/17 (weekly TOD consult + 30 min direct)

- Listening check at start of visit: CI processor and left hearing aid both working; Ling six sounds detected on both sides.
- Remote mic paired to both devices and worn by Ms. Kowalczyk during my observation.
- Seating is appropriate (front row, left side).
- Direct session: self-advocacy. Asking for repetition, and telling a teacher when the mic is off.
- Next week: captions check. I will go through Ms. Kowalczyk's video list for the weather unit and flag anything that isn't captioned.
""", cc=["teacher"], fwd="2026-09-18 09:12", L=dict(t=[AT, PS, SI], c=[
      ("C_vidlist", "tod", "review the weather-unit video list for captions", "I will go through Ms. Kowalczyk's video list for the weather unit and flag anything that isn't captioned.", "2026-09-25")])),
  M("5.2", "tod", ["dad"], "2026-09-24 15:45", "outlook-forward", """
Visit notes 9/24

- Equipment check OK.
- Went through Ms. K's weather unit videos with her: 7 of 9 have accurate captions. The two remaining clips only have auto-captions that are badly off, so for now she'll use the transcript, and I'll send her properly captioned replacements by Tuesday.
- Direct session (30 min): pre-taught weather vocabulary, ASL signs and written words.
""", reply="5.1", cc=["teacher"], fwd="2026-09-25 08:50", L=dict(t=[AT, SI], f=["C_vidlist"], c=[
      ("C_replace", "tod", "send captioned replacement clips", "I'll send her properly captioned replacements by Tuesday", "2026-09-29")])),
  M("5.3", "tod", ["dad"], "2026-10-01 16:00", "direct", """
Visit notes 10/1

- Captioned replacement clips went to Ms. K on 9/28; she's using them this week.
- Equipment OK. Music teacher is now wearing the remote mic during music.
- Direct session (30 min): self-advocacy role play.
- Dr. Hocking will do his fall check of Eli's equipment in the classroom on 10/15.
""", reply="5.2", cc=["teacher"], L=dict(t=[AT, SI], f=["C_replace"], c=[
      ("C_hocking", "aud", "fall equipment check on 10/15", "Dr. Hocking will do his fall check of Eli's equipment in the classroom on 10/15.", "2026-10-15")])),
  M("5.4", "tod", ["dad"], "2026-10-22 15:35", "outlook-forward", """
No visit this week, I'm sorry. I was pulled to a district IEP meeting across town this afternoon. I'll make up the 30 minutes next Wednesday 10/28.
""", reply="5.3", cc=["teacher"], fwd="2026-10-23 08:15", L=dict(t=[SI, COMP], ms=[(SI, "2026-10-22", 30)], c=[
      ("C_todmakeup", "tod", "make up the missed TOD session on 10/28", "I'll make up the 30 minutes next Wednesday 10/28.", "2026-10-28")])),
  M("5.5", "tod", ["dad"], "2026-10-29 15:40", "gmail-forward", """
Visit notes 10/29

- Regular direct session held (30 min): reading captions for a short science clip and retelling.
- Ms. K reports the mic has been fine this week.
- I did not get to the make-up yesterday; the lockdown drill ran long. Rescheduling.
""", reply="5.4", cc=["teacher"], fwd="2026-10-29 21:02", L=dict(t=[SI, AT, COMP])),
  M("5.6", "tod", ["dad"], "2026-11-05 16:10", "direct", """
Visit notes 11/5

- Made up the 10/22 session today (30 min, self-advocacy), sorry it slipped a week.
- Regular 30 min session also held.
- Equipment check: the tubing on his left hearing aid is cracked. I sent a note home; you may want to call his clinic.
""", reply="5.5", cc=["teacher"], L=dict(t=[SI, COMP, AT], f=["C_todmakeup"])),
  M("5.7", "tod", ["dad"], "2026-11-12 15:55", "outlook-forward", """
Visit notes 11/12

- Delivered the laminated mic checklist to Ms. K today and walked through it with her.
- Direct session (30 min): Eli practiced turning on captions himself on the classroom Chromebook.
- Equipment OK; left hearing aid tubing was replaced by his clinic.
""", reply="5.6", cc=["teacher"], fwd="2026-11-13 08:40", L=dict(t=[AT, SI], f=["C_checklist"])),
  M("5.8", "tod", ["dad"], "2026-11-19 15:50", "direct", """
Visit notes 11/19

- Session held, 30 min. The mic checklist is taped to Ms. K's desk and she's using it.
- I'll send you the list of captioned videos for the next science unit so you can preview them at home.
""", reply="5.7", cc=["teacher"], L=dict(t=[SI, AT], c=[
      ("C_vidlist2", "tod", "send the captioned video list for the next science unit", "I'll send you the list of captioned videos for the next science unit so you can preview them at home.", None)])),
 ]},
 {"id": "T6", "subject": "Interpreter unavailable - Elijah Vantreese - 10/13", "messages": [
  M("6.1", "agency", ["dad"], "2026-10-13 06:48", "gmail-forward", """
Mr. Vantreese,

Due to a staffing shortage we are unable to send an interpreter for Elijah's morning block today, Tuesday 10/13. Kayla Dunn is out ill and no substitute is available. Marisol Ortega will be there for the afternoon block as scheduled.

We apologize for the inconvenience.
""", cc=["teacher", "sped"], fwd="2026-10-13 07:30", note="again??", L=dict(t=[PARA], ms=[(PARA, "2026-10-13", 210)])),
 ]},
 {"id": "T7", "subject": "Eli - no interpreter this morning", "messages": [
  M("7.1", "dad", ["sped"], "2026-10-13 12:05", "bcc-self", """
Mr. Obi,

Signbridge had no interpreter for Eli this morning. That's the second time this month, it also happened on October 2 and nobody told me until he got home.

What is the plan when the agency can't staff? And does Eli get those hours back?

Marcus Vantreese
""", cc=["principal"], bcc=True, L=dict(t=[PARA, COMP], ms=[(PARA, "2026-10-13", None), (PARA, "2026-10-02", None)], r=[
      ("R_plan", "dad", "What is the plan when the agency can't staff?"),
      ("R_back", "dad", "And does Eli get those hours back?")])),
  M("7.2", "sped", ["dad"], "2026-10-15 10:30", "direct", """
Mr. Vantreese,

Thank you for flagging this. When Signbridge cannot staff a block, our building interpreter, Mrs. Hale, covers core instruction if she is available; on Tuesday she was assigned to another building. I am looking into whether we can contract a second agency as a backup and will let you know by the end of the month.

As for the missed time, I'd like to discuss it with the whole team. We may be able to offer make-up support, but I can't commit to that before we meet.
""", reply="7.1", cc=["principal"], L=dict(t=[PARA, COMP], a=["R_plan"], c=[
      ("C_backup", "sped", "report on a backup interpreter agency by end of October", "I am looking into whether we can contract a second agency as a backup and will let you know by the end of the month.", "2026-10-31")])),
  M("7.3", "dad", ["sped"], "2026-10-15 20:40", "bcc-self", """
Ok. Can we get the team together before Thanksgiving then? Any day after 3:30 works for me, or Friday mornings.
""", reply="7.2", cc=["principal"], bcc=True, L=dict(t=[IEP], r=[
      ("R_meet", "dad", "Can we get the team together before Thanksgiving then?")])),
 ]},
 {"id": "T8", "subject": "Fall equipment check - Elijah Vantreese", "messages": [
  M("8.1", "aud", ["dad"], "2026-10-15 14:20", "attachment-forward", """
Mr. Vantreese,

I completed Eli's fall equipment check at Maplewood today. In short: the remote microphone system is verified with both the CI processor and the left hearing aid, and transparency is within target. Room 12 measured 52 dBA unoccupied, which is acceptable. I'd suggest Ms. Kowalczyk use the pass-around mic for partner and small-group work. The full report is attached.

If time allows this winter I'd like to look at the music room acoustics too.
""", cc=["tod"], fwd="2026-10-16 21:05", note="audiologist report, attaching the whole email", atts=[("Vantreese_E_fall_equipment_check.txt",
      "Educational Audiology - Classroom Equipment Check\nStudent: Elijah Vantreese  Grade 4  Date: 10/15/2026\n"
      "Remote microphone system: verified with CI (R) and hearing aid (L); transparency within +/-2 dB.\n"
      "Classroom: Room 12, 52 dBA unoccupied.\nRecommended seating: front row, left of center, CI side toward instruction.\n"
      "Recommendations: pass-around mic for small groups; daily listening check by TOD or teacher.\n")],
      L=dict(t=[AT], f=["C_hocking"], at=[AT, PS])),
  M("8.2", "dad", ["aud"], "2026-10-17 07:15", "bcc-self", """
Thanks Dr. Hocking. Can you send a copy of the report to his clinic audiologist at Riverbend ENT too? Her fax is on the release I signed in August.
""", reply="8.1", bcc=True, L=dict(t=[AT], r=[
      ("R_fax", "dad", "Can you send a copy of the report to his clinic audiologist at Riverbend ENT too?")])),
 ]},
 {"id": "T9", "subject": "IEP team meeting - Elijah Vantreese", "messages": [
  M("9.1", "sped", ["dad"], "2026-10-27 13:10", "outlook-forward", """
Mr. Vantreese,

I'd like to schedule an IEP team meeting to review interpreter coverage and Eli's services. Would Thursday, November 5 at 3:45 PM work for you? We would meet in the Maplewood conference room.
""", cc=["principal", "teacher", "tod", "slp"], fwd="2026-10-28 08:05", L=dict(t=[IEP, PARA], a=["R_meet"], r=[
      ("R_confirm", "sped", "Would Thursday, November 5 at 3:45 PM work for you?")])),
  M("9.2", "dad", ["sped"], "2026-10-28 08:20", "bcc-self", """
Nov 5 at 3:45 works, I'll be there. Can you bring the interpreter log for September and October so we can see how many hours were missed?
""", reply="9.1", cc=["principal", "teacher", "tod", "slp"], bcc=True, L=dict(t=[IEP, PARA], a=["R_confirm"], r=[
      ("R_log", "dad", "Can you bring the interpreter log for September and October so we can see how many hours were missed?")])),
  M("9.3", "sped", ["dad"], "2026-11-03 16:00", "direct", """
Mr. Vantreese,

Attached is the Signbridge coverage log for 9/8 through 10/30. It shows three uncovered blocks: the morning of 10/2, the morning of 10/13, and the afternoon of 10/20. We will go over it Thursday.
""", reply="9.2", atts=[("Signbridge_coverage_log_Sept-Oct.txt",
      "Signbridge Interpreting - coverage log - Elijah Vantreese\n10/02 AM block 8:45-12:15 UNCOVERED (no sub available)\n"
      "10/13 AM block 8:45-12:15 UNCOVERED (interpreter ill)\n10/20 PM block 12:55-3:10 UNCOVERED (no sub available)\nAll other blocks covered.\n")],
      L=dict(t=[PARA, IEP], a=["R_log"], ms=[(PARA, "2026-10-02", 210), (PARA, "2026-10-13", 210), (PARA, "2026-10-20", 135)])),
  M("9.4", "sped", ["dad"], "2026-11-10 11:30", "outlook-forward", """
Mr. Vantreese,

Thank you for meeting with us on 11/5. Summary of what the team agreed:

1. Eli will receive 6 hours of compensatory interpreter support, delivered as after-school ASL and vocabulary sessions with Mrs. Hale starting the week of November 16.
2. The remote mic check is now part of the Room 12 morning routine. Mrs. Amundsen will give Ms. Kowalczyk a laminated checklist by November 13.
3. Ms. Natarajan will schedule a make-up for the speech session cancelled on 10/26 before Thanksgiving break (November 25).

I will send the amended IEP pages for your signature by November 20.
""", cc=["principal", "teacher", "tod", "slp"], fwd="2026-11-10 12:40", L=dict(t=[IEP, COMP, PARA, AT, SLP], a=["R_back"], c=[
      ("C_comp", "sped", "6 hours of compensatory interpreter support starting week of 11/16", "Eli will receive 6 hours of compensatory interpreter support, delivered as after-school ASL and vocabulary sessions with Mrs. Hale starting the week of November 16.", "2026-11-16"),
      ("C_checklist", "tod", "laminated mic checklist to the teacher by 11/13", "Mrs. Amundsen will give Ms. Kowalczyk a laminated checklist by November 13.", "2026-11-13"),
      ("C_slpmakeup", "slp", "schedule the 10/26 speech make-up before 11/25", "Ms. Natarajan will schedule a make-up for the speech session cancelled on 10/26 before Thanksgiving break (November 25).", "2026-11-25"),
      ("C_pages", "sped", "send amended IEP pages by 11/20", "I will send the amended IEP pages for your signature by November 20.", "2026-11-20")])),
 ]},
 {"id": "T10", "subject": "Speech services for Eli", "messages": [
  M("10.1", "slp", ["dad"], "2026-09-16 15:00", "gmail-forward", """
Hello Mr. Vantreese,

I'm Eli's speech-language pathologist this year. His sessions are 2 x 30 minutes a week, Mondays and Wednesdays 10:15-10:45, in my room (114). This year we're working on /s/ and /sh/ in conversation and on following multi-step directions with background noise.

I'll send home an /s/ practice sheet this Friday so you can see what we're doing.
""", cc=["gma"], fwd="2026-09-16 18:30", L=dict(t=[SLP], c=[
      ("C_sheet", "slp", "send home an /s/ practice sheet Friday", "I'll send home an /s/ practice sheet this Friday so you can see what we're doing.", "2026-09-18")])),
  M("10.2", "slp", ["dad", "gma"], "2026-09-18 14:30", "yahoo-forward", """
Hi! Here is Eli's /s/ practice sheet. Five minutes a night is plenty. Have him read the words, then use two of them in a sentence.
""", reply="10.1", fwd="2026-09-18 18:10", fwd_by="gma", note="Marcus this is the speech paper, I printed it for him. Mom",
      atts=[("s_practice_week3.txt", "Speech practice - /s/ initial: sun, sock, seal, sandwich, soup, sister\n")],
      L=dict(t=[SLP], f=["C_sheet"])),
  M("10.3", "slp", ["dad"], "2026-10-26 09:02", "thunderbird-forward", """
Mr. Vantreese,

I need to cancel Eli's speech session today; I've been asked to cover a kindergarten screening. I will try to find a make-up time later this week.
""", fwd="2026-10-26 19:30", L=dict(t=[SLP, COMP], ms=[(SLP, "2026-10-26", 30)])),
  M("10.4", "slp", ["dad"], "2026-11-11 15:20", "gmail-forward", """
Quick note: Eli's session today was cut short (15 of the 30 minutes) because of the fire drill. He's doing really well with /s/ in sentences, about 80% accuracy. The 10/26 make-up is still on my list.
""", reply="10.3", fwd="2026-11-11 20:45", L=dict(t=[SLP, COMP], ms=[(SLP, "2026-11-11", 15)])),
  M("10.5", "dad", ["slp"], "2026-11-11 21:00", "bcc-self", """
Thanks for the update. When will the make-up be? It's been over two weeks.
""", reply="10.4", bcc=True, L=dict(t=[SLP, COMP], r=[("R_slpwhen", "dad", "When will the make-up be?")])),
 ]},
 {"id": "T11", "subject": "Guest teacher note for Eli's family", "messages": [
  M("11.1", "sub", ["dad"], "2026-10-20 15:40", "gmail-forward", """
Hello,

I was the guest teacher in Ms. Kowalczyk's room today. Eli had a good day overall! I want to let you know I did not have the microphone on until about 11:30, I didn't see it on the desk until a student pointed it out. Also his afternoon interpreter did not come today.

Sorry about that!
Jordan Pruitt
""", fwd="2026-10-20 21:15", note="see this. mic wasn't on this morning", L=dict(t=[AT, PARA], ms=[(AT, "2026-10-20", None), (PARA, "2026-10-20", None)])),
  M("11.2", "dad", ["teacher"], "2026-10-20 21:24", "bcc-self", """
Ms. K, the guest teacher says the mic wasn't on until 11:30 today. Was it in the sub plans? You told me in September it would be.
""", reply="11.1", cc=["sub"], bcc=True, L=dict(t=[AT], r=[("R_subplan", "dad", "Was it in the sub plans?")])),
  M("11.3", "teacher", ["dad"], "2026-10-21 16:20", "direct", """
You're right and I'm sorry. It wasn't in the plans, I never added it like I said I would. It is now in bold at the top of my sub folder.

I also found out the guest teacher showed a BrainPOP video in science with the captions turned off, so Eli missed most of it. I'll redo that lesson with him tomorrow with captions on.
""", reply="11.2", cc=["sub"], L=dict(t=[AT], a=["R_subplan"], f=["C_subplan"], ms=[(AT, "2026-10-20", None)], c=[
      ("C_redo", "teacher", "redo the science video lesson with captions on 10/22", "I'll redo that lesson with him tomorrow with captions on.", "2026-10-22")])),
 ]},
 {"id": "T12", "subject": "Interpreter, mic and captions - Eli Vantreese", "messages": [
  M("12.1", "dad", ["principal"], "2026-10-29 20:45", "bcc-self", """
Dr. Whitcomb,

I want you to be aware of a pattern. Eli had no interpreter for part of the day on 10/2, 10/13 and 10/20. The remote mic was not on during instruction on 10/6 and again on 10/20, and on 10/20 a video was shown without captions. His IEP requires all of these.

I'd like a written response on what the building is doing to make sure this stops.

Marcus Vantreese
""", cc=["sped"], bcc=True, L=dict(t=[PARA, AT], r=[
      ("R_princ", "dad", "I'd like a written response on what the building is doing to make sure this stops.")],
      ms=[(PARA, "2026-10-02", None), (PARA, "2026-10-13", None), (PARA, "2026-10-20", None),
          (AT, "2026-10-06", None), (AT, "2026-10-20", None), (AT, "2026-10-20", None)])),
  M("12.2", "principal", ["dad"], "2026-10-29 20:46", "gmail-forward", """
Thank you for your email. I am out of the office October 29-30 attending the state principals' conference, with limited access to email. For urgent matters please contact Ms. Renee Carver in the main office at 740-555-0102. I will respond when I return.
""", reply="12.1", auto_reply=True, sig="", subject="Automatic reply: Interpreter, mic and captions - Eli Vantreese",
      fwd="2026-10-29 21:00", note="FYI she's out", nostu=True, L=dict()),
  M("12.3", "principal", ["dad"], "2026-11-09 08:15", "direct", """
Mr. Vantreese,

Thank you for your patience, and for laying this out so clearly. Here is what we have put in place:

1. Ms. Kowalczyk's sub folder now lists the remote mic and captioned videos at the top, and our office manager now hands every guest teacher in Room 12 a one-page accommodation card.
2. I have asked all staff who show videos to use captioned versions. Mrs. Amundsen is available to help find them.
3. Mr. Obi is pursuing a backup interpreter contract.

I'll also stop by Eli's classroom this week to check the mic routine myself.
""", reply="12.1", cc=["sped"], L=dict(t=[AT, PARA], a=["R_princ"], c=[
      ("C_visit", "principal", "visit the classroom this week to check the mic routine", "I'll also stop by Eli's classroom this week to check the mic routine myself.", "2026-11-13")])),
 ]},
 {"id": "T13", "subject": "Maplewood Messenger - November 6", "messages": [
  M("13.1", "news", ["dad"], "2026-11-06 17:00", "direct", """
MAPLEWOOD MESSENGER

Picture retakes are Thursday, November 12. Forms went home in Friday folders.
Parent-teacher conferences are November 18 and 19; sign up through the conference link on our website.
Hearing and vision screenings for grades K, 1, 3 and 5 will be held November 17.
Our Thanksgiving break runs November 25-27. No school for students.
The PTO thanks everyone who volunteered at the fall festival!
""", nostu=True, L=dict()),
 ]},
 {"id": "T14", "subject": "Mic charger in Eli's backpack", "messages": [
  M("14.1", "teacher", ["dad", "gma"], "2026-11-12 15:05", "yahoo-forward", """
Hi both! The charger for the remote mic went home in Eli's backpack by mistake today (small black cube with a white cord). Could you send it back tomorrow? Without it I can't charge the mic overnight. Thank you!
""", fwd="2026-11-12 17:40", fwd_by="gma", note="Marcus, see below. I found it in his bag and put it back in the front pocket.",
      L=dict(t=[AT], r=[("R_charger", "teacher", "Could you send it back tomorrow?")])),
  M("14.2", "dad", ["teacher"], "2026-11-12 21:10", "bcc-self", """
It's back in his front pocket for tomorrow, sorry about that!
""", reply="14.1", bcc=True, L=dict(t=[], a=["R_charger"])),
  M("14.3", "teacher", ["dad"], "2026-11-16 08:30", "direct", """
Mr. V, wanted you to know that since the charger was out of the room Thursday night, the mic died around 10 on Friday (11/13) and Eli went without it for the rest of the morning. His interpreter was with him. It is fully charged today, and Mrs. Amundsen already dropped off a spare charger so this won't happen again.
""", reply="14.2", L=dict(t=[AT, PARA], ms=[(AT, "2026-11-13", None)])),
 ]},
 {"id": "T15", "subject": "After-school sign sessions - Eli", "messages": [
  M("15.1", "hale", ["dad"], "2026-11-17 16:30", "gmail-forward", """
Hi Mr. Vantreese,

Eli and I had our first after-school session today, 3:15 to 4:15. We worked on ASL vocabulary for the new science unit and he was great. That is 1 of the 6 make-up hours from the meeting. His grandma picked him up at 4:15.
""", fwd="2026-11-17 20:00", L=dict(t=[COMP], f=["C_comp"])),
 ]},
 {"id": "T16", "subject": "Q1 IEP progress report - Elijah Vantreese", "messages": [
  M("16.1", "sped", ["dad"], "2026-11-13 14:00", "gmail-forward", """
Mr. Vantreese,

Eli's first-quarter IEP progress report is attached. Please let me know if you have any questions.
""", fwd="2026-11-13 19:55", atts=[("Vantreese_E_IEP_progress_Q1.txt",
      "IEP Progress Report - Quarter 1\nGoal 1 (Speech-language): /s/ in sentences 78% (target 90%). Session data through 10/21.\n"
      "Goal 2 (Listening in noise): follows 3-step directions with remote mic 4/5 trials.\n")],
      L=dict(t=[PR], at=[SLP, AT])),
  M("16.2", "dad", ["sped"], "2026-11-13 20:15", "bcc-self", """
Thanks. Where is the self-advocacy goal Mrs. Amundsen works on? I don't see it in here at all.
""", reply="16.1", bcc=True, L=dict(t=[PR, SI], r=[("R_selfadv", "dad", "Where is the self-advocacy goal Mrs. Amundsen works on?")])),
 ]},
 {"id": "T17", "subject": "Assembly video Friday", "messages": [
  M("17.1", "music", ["dad"], "2026-11-18 12:10", "direct", """
Mr V heads up, at Fridays assembly (11/20) the PTO is showing a video. I asked them for a captioned version but havent heard back, so I cant promise it will be captioned. ill try to get him a seat up front either way
""", L=dict(t=[AT, PS])),
 ]},
]

QUERIES = [
    ("remote mic", AT), ("captions", AT), ("interpreter", PARA), ("speech", SLP), ("seating", PS),
    ("make-up session", COMP), ("IEP meeting", IEP), ("teacher of the deaf", SI), ("progress report", PR),
]
