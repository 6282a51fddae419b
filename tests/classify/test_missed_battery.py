"""A battery of the many ways people say a service session or an accommodation did not happen, and of what
only looks like it: narrative ("she hasn't seen the speech therapist since the week before Thanksgiving"),
indirect ("the OT position has been vacant since October"), a provider away with no substitute, a child pulled
for testing or an assembly, a para not there so the one-to-one support did not happen, accommodations not
given on a test, the school owning the gap, minutes arithmetic; and the traps: a session made up, the child
absent, no school, plans, hypotheticals, questions, a service the family turned down.

Every sentence is invented for this battery from general knowledge of IEP practice (no corpus text). Messages
are sent on Wednesday 2026-11-18; "Leo Marsh" is the student. Each case says which topics the message reports
missed (an empty set: none); days are tested elsewhere.
"""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from ieptrail.classify import MessageText, Person, Tagger

CHICAGO = ZoneInfo("America/Chicago")
SENT = datetime(2026, 11, 18, 15, 40, tzinfo=CHICAGO)
SCHOOL = Person("Rosa Feld", "rfeld@birchwood.k12.mn.us")
PARENT = Person("Ann Marsh", "ann.marsh@example.com")


@pytest.fixture(scope="module")
def tagger():
    return Tagger(("Leo Marsh",))


def reported(tagger, text, school=False, subject="Re: Leo"):
    author, reader = (SCHOOL, PARENT) if school else (PARENT, SCHOOL)
    message = MessageText(new_text=text, subject=subject, sent=SENT, author=author, recipients=(reader,),
                          signature="", from_user=not school, is_reply=True)
    return {m.topic for m in tagger.tag(message, ()).missed_services}


P, S = "parent", "school"
SLT, OT, PT = "speech_language_therapy", "occupational_therapy", "physical_therapy"
COUNSEL, SDI, READ, PARA = "counseling", "specialized_instruction", "reading_intervention", "paraprofessional"
BUS, BEHAV = "transportation", "behavior_support"

# (voice, text, topics reported missed)
REPORTS = [
    # ---- narrative, over a while ------------------------------------------------------------------------
    (P, "Leo hasn't seen the speech therapist since the week before Thanksgiving.", {SLT}),
    (P, "As far as I can tell he has had no OT since school started in September.", {OT}),
    (P, "He told me he hasn't been to his counseling group in almost a month.", {COUNSEL}),
    (P, "It has been three weeks since his last physical therapy session.", {PT}),
    (P, "Leo has gone without speech therapy for most of October.", {SLT}),
    (P, "We are now into week four with no reading intervention at all.", {READ}),
    # ---- indirect: a post empty, staffing ----------------------------------------------------------------
    (P, "The OT position has been vacant since October, so there have been no sessions.", {OT}),
    (S, "Our speech pathologist left the district at the end of September and we have not yet found a replacement, "
        "so Leo's speech services have not been delivered.", {SLT}),
    (S, "Because of the staffing shortage, the counselor has not been able to see Leo for his weekly sessions.",
     {COUNSEL}),
    (P, "His one-to-one aide was moved to another classroom last week and nobody has replaced her.", {PARA}),
    (S, "The counselor was reassigned to the middle school, so Leo's counseling sessions stopped in October.",
     {COUNSEL}),
    # ---- dates and lists ---------------------------------------------------------------------------------
    (P, "According to the service log, he had no OT on 11/3, 11/5 or 11/10.", {OT}),
    (P, "Sessions that did not happen:\n- 11/2 speech (therapist absent)\n- 11/4 speech (assembly)\n"
        "- 11/9 speech (no reason given)", {SLT}),
    (S, "Speech was not held on October 27 or October 29.", {SLT}),
    # ---- provider absent, no sub -------------------------------------------------------------------------
    (S, "The OT was out sick on Monday and no substitute was available, so Leo did not get his session.", {OT}),
    (P, "His physical therapist was absent Tuesday and nobody covered for her.", {PT}),
    (S, "Mrs. Dale was at a district training all day yesterday, so there was no resource room for Leo.", {SDI}),
    (S, "I was out on Friday and unfortunately a sub was not provided for my speech groups.", {SLT}),
    # ---- pulled for testing / assemblies / trips ---------------------------------------------------------
    (S, "Leo missed his resource room time on Monday because of the fall MAP testing.", {SDI}),
    (P, "He was pulled out of reading intervention for the school assembly on Friday.", {READ}),
    (S, "With the field trip on Thursday, Leo's speech session did not take place.", {SLT}),
    (S, "The reading interventionist was pulled to proctor state testing all week, so no groups were held.", {READ}),
    (S, "Our social skills group was cancelled this week because of parent-teacher conferences.", {COUNSEL}),
    (S, "The counseling group was called off on Tuesday for the fire drill.", {COUNSEL}),
    # ---- para not there ----------------------------------------------------------------------------------
    (P, "His para was not in the classroom this morning, so he had no one-to-one support during math.", {PARA}),
    (S, "The paraprofessional was pulled to cover lunch duty, so Leo was on his own during science.", {PARA}),
    (P, "Leo was without his aide for the entire day on Tuesday.", {PARA}),
    (P, "No para showed up for him on the bus this morning.", {BUS}),
    (P, "The bus never came for Leo this morning and I had to drive him.", {BUS}),
    # ---- accommodations not given ------------------------------------------------------------------------
    (P, "Leo did not receive extended time on the chapter 5 math test on Friday.", {"extended_time"}),
    (P, "The science quiz on Monday was not read aloud to him, even though that is in his IEP.", {"read_aloud"}),
    (P, "He took the state reading assessment in the regular classroom instead of a separate setting.",
     {"separate_setting"}),
    (P, "They did not let him use a calculator on the unit test.", {"calculator"}),
    (P, "He still has not been given copies of the class notes in history.", {"class_notes"}),
    (P, "His teacher would not let him take a movement break during the long test.", {"breaks"}),
    (P, "The sub moved him to the back of the room, away from the board, for the whole day.",
     {"preferential_seating"}),
    (P, "His Chromebook was not charged, so he could not use speech-to-text for the writing test.",
     {"assistive_technology"}),
    (P, "He was not allowed extra time on his spelling test yesterday.", {"extended_time"}),
    (P, "The math test was not given in a small group setting.", {"separate_setting"}),
    (P, "He was not given a graphic organizer for the essay.", {"graphic_organizers"}),
    (P, "The test had 40 problems, and nobody shortened it for him.", {"reduced_assignments"}),
    (P, "There was no scribe for his written response on the benchmark, so he left it blank.", {"scribe"}),
    (P, "He didn't get his noise-cancelling headphones for the assessment.", {"sensory_tools"}),
    (P, "His visual schedule wasn't posted on his desk again today.", {"visual_schedule"}),
    (P, "The test was handed out in regular size print, not large print.", {"large_print"}),
    (P, "Nobody did his morning check-in today.", {"check_in"}),
    (P, "His extended time was not honored on the history final.", {"extended_time"}),
    # ---- reports in replies / forwards -------------------------------------------------------------------
    (P, "Just so you know, Leo said there was no speech again today.", {SLT}),
    (P, "FYI - he came home saying the counselor never picked him up for group.", {COUNSEL}),
    # ---- admitted by the school --------------------------------------------------------------------------
    (S, "I apologize, we were unable to provide Leo's OT sessions for the past two weeks.", {OT}),
    (S, "I want to be transparent that Leo did not receive his specialized instruction minutes last week.", {SDI}),
    (S, "You are right that the read-aloud accommodation was not provided on the ELA assessment; I am sorry.",
     {"read_aloud"}),
    (S, "I'm sorry - his speech session fell through the cracks this week.", {SLT}),
    (S, "Unfortunately his behavior support plan was not followed during the assembly.", {BEHAV}),
    # ---- minutes arithmetic ------------------------------------------------------------------------------
    (P, "In October he received only 60 of the 120 minutes of speech in his IEP.", {SLT}),
    (P, "He is supposed to get 90 minutes of OT a month and he got 30.", {OT}),
    (S, "Leo only got 15 minutes of his 30-minute reading group today because of the fire drill.", {READ}),
    (P, "By my count he has missed 6 of his 10 counseling sessions this semester.", {COUNSEL}),
    # ---- more forms: shorthand, passive, counts, whole-plan, tech, transport --------------------------------
    (P, "Speech: none since Oct 20.", {SLT}),
    (P, "OT - zero sessions in November so far.", {OT}),
    (S, "Due to the sub shortage, Leo's resource room minutes were not met this week.", {SDI}),
    (P, "The SLP has been on maternity leave since October and her sessions have not been covered.", {SLT}),
    (P, "There has been no speech since Ms. Ruiz went on leave.", {SLT}),
    (P, "Leo sat in the hallway for twenty minutes waiting for the OT, who never came.", {OT}),
    (P, "Instead of going to speech, he watched a movie in class for the class party.", {SLT}),
    (S, "His aide spent the morning helping another student, so Leo did not have support in reading.", {PARA}),
    (P, "The reading specialist didn't pull him at all last week.", {READ}),
    (P, "His accommodations were not followed on the science test: no extended time and no read aloud.",
     {"extended_time", "read_aloud"}),
    (P, "The substitute didn't know about his IEP and made him finish the quiz in the same time as everyone else.",
     {"extended_time"}),
    (P, "He had to take the benchmark in the cafeteria with the whole grade instead of the small room.",
     {"separate_setting"}),
    (P, "His iPad with the communication app was left at school over the weekend, so he had no AAC device.",
     {"assistive_technology"}),
    (P, "The FM system was broken all week and nobody fixed it.", {"assistive_technology"}),
    (P, "The bus did not show up this morning, the second time this week.", {BUS}),
    (P, "The bus was 45 minutes late and he missed the first hour of his resource class.", {BUS}),
    (S, "Leo did not attend his Wilson reading group Tuesday because the interventionist was covering a class.",
     {READ}),
    (S, "I had to cancel Leo's speech on Thursday for an eligibility meeting.", {SLT}),
    (S, "Our PT was out for two weeks in October, and those sessions have not been made up.", {PT}),
    (P, "Counseling has not happened at all this quarter.", {COUNSEL}),
    (P, "He got maybe half of his OT minutes in October.", {OT}),
    (S, "The ESY bus did not pick him up on Monday, so he missed summer services that day.",
     {BUS, "extended_school_year"}),
    (P, "He was not given his fidget tools during testing.", {"sensory_tools"}),
    (P, "They took away his break card as a punishment.", {"breaks"}),
    (P, "The teacher refused to read the math problems to him.", {"read_aloud"}),
    (S, "I'm sorry, the modified spelling list didn't get sent home this week, so he had the full list.",
     {"reduced_assignments"}),
    (P, "His behavior plan has not been implemented since the new teacher started.", {BEHAV}),
    (P, "Two of his three speech sessions this month were cancelled for assemblies.", {SLT}),
    (S, "Leo received 45 of his 90 required minutes of specialized math instruction this week.", {SDI}),
    # ---- dated reports in other words -------------------------------------------------------------------
    (P, "Per the log, OT on 11/10 - not seen (therapist at a training).", {OT}),
    (S, "There was no sub for Ms. Ortiz on Tuesday, so Leo spent his resource period in the library.", {SDI}),
    (P, "On Thursday he was left without his aide at recess.", {PARA}),
    (P, "The sign language interpreter didn't show up for the assembly on 11/6.", {PARA}),
    (P, "Monday's OT was a no-show.", {OT}),
    (S, "Leo was sent back to class on Tuesday because the speech room was being used for testing.", {SLT}),
    (P, "When Leo went to the resource room on Friday, no one was there.", {SDI}),
    (S, "OT was canceled Monday (therapist out).", {OT}),
    (P, "Speech therapy for 11/9 - not provided.", {SLT}),
    (P, "His counseling slot on Tuesday was given to another student.", {COUNSEL}),
    (S, "Yesterday's reading group got scrapped for the pep rally.", {READ}),
    (S, "We didn't get to speech on Thursday because of the fire drill.", {SLT}),
    (S, "The OT had to leave early on Monday and didn't get to Leo.", {OT}),
    (P, "His reading tutor didn't come in on 11/10.", {READ}),
    (S, "Friday: no OT (therapist at conference).", {OT}),
    (P, "Extended time was not given for the unit test on 11/13.", {"extended_time"}),
    (P, "On the 11/13 test he only had the regular 45 minutes.", {"extended_time"}),
    (P, "The directions were not read to him on Tuesday's test.", {"read_aloud"}),
    (P, "His speech-to-text wasn't working during the writing test Monday, and nobody fixed it.",
     {"assistive_technology"}),
    (P, "His calculator was taken away during the math test on Friday.", {"calculator"}),
    (P, "The van didn't come for Leo this morning.", {BUS}),
    (S, "Please be aware that Leo's speech session on 11/12 was not held due to my absence.", {SLT}),
    (S, "I regret to inform you that Leo did not receive OT services on November 10 and 12.", {OT}),
    (S, "I was unable to pull Leo yesterday for reading intervention due to a crisis in another classroom.", {READ}),
    (S, "I had a conflict and wasn't able to meet with Leo for counseling on Tuesday.", {COUNSEL}),
    (P, "Leo says nobody came to get him for OT on Monday or Wednesday.", {OT}),
    (S, "Leo's push-in support in science didn't happen Thursday because Mr. Bell was subbing in another room.", {SDI}),
    (P, "He was given the test in the hallway on Friday with kids walking by, not in the quiet room.",
     {"separate_setting"}),
    (P, "The teacher collected his test on Monday when the bell rang even though he was not finished.",
     {"extended_time"}),
    (S, "Sorry, I forgot to print his guided notes for Tuesday's lecture.", {"class_notes"}),
    # ---- told over two sentences, or with the service in the subject line ---------------------------------
    (P, "Leo was supposed to have OT at 10:15 this morning. The therapist never picked him up.", {OT}),
    (P, "I asked Leo about his counseling group. He said they didn't meet on Tuesday.", {COUNSEL}),
    (S, "Ms. Hale, our SLP, was out today, so Leo did not have speech.", {SLT}),
    (S, "The para assigned to Leo was covering the front desk during lunch today, so he ate without support.", {PARA}),
    (P, "On Wednesday's math test he only finished half because he was not given his time and a half.",
     {"extended_time"}),
    (P, "During Monday's assembly he didn't have his headphones and had a meltdown.", {"sensory_tools"}),
    (P, "On 11/9 he had no access to his communication device during morning meeting.", {"assistive_technology"}),
    (P, "I volunteered on Thursday and saw Leo sitting at the back table, not near the teacher as his plan says.",
     {"preferential_seating"}),
    (P, "Leo took Friday's test with the rest of the class instead of in the small group room.", {"separate_setting"}),
    (P, "Today the teacher did not do his check-in/check-out.", {"check_in"}),
    (S, "The speech session scheduled for Wednesday 11/11 was skipped.", {SLT}),
    (S, "The SLP was doing evaluations all day Thursday, so no speech.", {SLT}),
    (P, "Leo didn't go to OT on Monday; the OT was in an IEP meeting.", {OT}),
    (S, "The interventionist left at noon on Friday, so Leo's afternoon reading group didn't meet.", {READ}),
    (P, "Leo didn't get picked up for his 1:00 PT on Tuesday.", {PT}),
    (S, "Due to a scheduling mix-up, Leo missed his OT session on Thursday.", {OT}),
    (S, "Leo's IEP aide was absent today and no replacement was assigned.", {PARA}),
    (P, "His reader for the state test didn't show up on Tuesday, so he took it without the read-aloud.",
     {"read_aloud"}),
    (P, "The teacher didn't give him a copy of the notes on Monday, even though he asked.", {"class_notes"}),
    (P, "Leo had to write his own answers on Wednesday's history test because no scribe was available.", {"scribe"}),
    (P, "No graphic organizer was provided for Thursday's writing prompt.", {"graphic_organizers"}),
    (P, "His picture schedule was missing all day Tuesday.", {"visual_schedule"}),
    (S, "That's on me - I didn't get Leo's large print copy made for yesterday's test.", {"large_print"}),
    (S, "We were short-staffed on Monday, so Leo's push-in support in ELA did not happen.", {SDI}),
    # ---- in Spanish, as a family may write ------------------------------------------------------------------
    (P, "Leo no tuvo terapia del habla hoy porque la terapeuta estaba enferma.", {SLT}),
    (P, "Hoy no le dieron tiempo extra en el examen de matemáticas.", {"extended_time"}),
    (S, "Se canceló su terapia ocupacional el martes por la asamblea.", {OT}),
    (P, "La terapeuta del habla no vino el lunes.", {SLT}),
    (P, "Tomó el examen de ciencias sin sus audífonos.", {"sensory_tools"}),
    (S, "Esta semana no hubo consejería por las conferencias.", {COUNSEL}),
    # ---- a provider's log and its shorthand ----------------------------------------------------------------
    (S, "Speech log for November:\n11/2 - seen\n11/4 - provider absent\n11/9 - not seen, SLP at training\n"
        "11/11 - student absent", {SLT}),
    (S, "Paraprofessional absent 11/13 - no coverage.", {PARA}),
    (S, "Leo's 11/12 counseling session was a no go because the counselor had a crisis.", {COUNSEL}),
    (P, "Neither of Leo's PT sessions happened last week (Tues 11/10, Thurs 11/12).", {PT}),
    (S, "I wasn't able to push in to Leo's 3rd period math class today because I had to cover a class.", {SDI}),
    # ---- phone-typed, lower case, no apostrophes -------------------------------------------------------------
    (P, "no speech again today smh", {SLT}),
    (P, "Leo said the para wasnt in class today", {PARA}),
    (P, "teh bus never showed this am", {BUS}),
    (P, "they didnt give him his calculator on the math test today", {"calculator"}),
    (P, "just fyi no counseling today bc mrs p is out", {COUNSEL}),
    (P, "His SLP cancelled on him again today.", {SLT}),
    (P, "the speach therapist didnt see him today", {SLT}),
    # ---- a second blind tranche (9/15 read as first written; 13/15 now) ---------------------------------------
    (P, "When I picked Leo up on Tuesday he said Mrs. Young never came to get him for speech.", {SLT}),
    (S, "Leo's Thursday OT got bumped for picture day.", {OT}),
    (P, "On Monday his aide was reassigned to the kindergarten for the whole morning.", {PARA}),
    (S, "I owe Leo his Friday session; I was called to a meeting at the district office.", {SLT}),
    (P, "He was made to take the spelling test out loud in front of the class instead of in the hall with his aide.",
     {"separate_setting"}),
    (P, "Nobody reminded him to take his sensory break on Wednesday, and by noon he was done.", {"breaks"}),
    (P, "Leo says the bus skipped his stop on Tuesday afternoon, so I had to go get him.", {BUS}),
    (S, "Counseling did not take place on 11/16 due to the lockdown drill.", {COUNSEL}),
    (P, "The speech group was replaced with a holiday movie on Friday.", {SLT}),
    (P, "For the third Monday in a row there was no OT.", {OT}),
    (S, "The reading interventionist was at jury duty Tuesday and Wednesday, so there was no Wilson group.", {READ}),
    (P, "His word prediction software was not installed on the new laptop, so he typed the essay without it on Monday.",
     {"assistive_technology"}),
    (P, "Ms. Kent gave him the regular version of the test on Tuesday, not the modified one.", {"reduced_assignments"}),
    (S, "I apologize that Leo's 1:1 support was not in place during the field trip yesterday.", {PARA}),
    (P, "He didn't have his slant board or pencil grip in OT class today.", {"assistive_technology"}),
    # ---- a third blind tranche (9/12 read as first written, on main as on this branch; 12/12 now) --------------
    (P, "Leo got no speech on Monday or Wednesday because the therapist had jury duty.", {SLT}),
    (S, "Our OT contractor did not come to the building on Tuesday 11/17.", {OT}),
    (P, "Yesterday the sub had him sit with the whole class for the reading test rather than go to the small room.",
     {"separate_setting"}),
    (P, "His 504 says he gets the test read to him, but on Thursday nobody did.", {"read_aloud"}),
    (S, "Unfortunately, Leo's social work session was not held on 11/12 because I was covering a suspension hearing.",
     {COUNSEL}),
    (P, "Leo's behavior specialist was supposed to observe on Monday and never showed up.", {BEHAV}),
    (P, "He had to hand in his math test unfinished on Friday because time ran out.", {"extended_time"}),
    (S, "Leo's afternoon pickup on Wednesday was missed by the driver; the office called you at 4:10.", {BUS}),
    (P, "There was no aide on the playground with Leo at recess Tuesday.", {PARA}),
    (P, "Ms. Ruiz told me his guided notes were not available for Monday's science lecture.", {"class_notes"}),
    (S, "Leo's resource math block was cancelled on Friday for the holiday assembly.", {SDI}),
    (P, "He did not have a calculator for the math portion of the state test on Tuesday.", {"calculator"}),
]

# reports whose service only the subject line names: (voice, subject, text, topics)
IN_THE_SUBJECT = [
    (S, "Speech today", "Just a heads up that I had to cancel today. I'm home with a sick kiddo.", {SLT}),
    (S, "Leo - OT", "Substitute today, so no session for Leo.", {OT}),
    (P, "Extended time on the science test", "He did not get it on Friday, and he left four questions blank.",
     {"extended_time"}),
]

# what is not a missed service: (voice, text)
TRAPS = [
    (S, "Leo's speech session on Monday was moved to Tuesday because of the assembly, and it happened as planned."),
    (S, "Leo was absent on Thursday, so he did not have OT."),
    (P, "Leo was home sick yesterday, so he missed speech."),
    (S, "There is no school on Friday for Veterans Day, so there will be no speech that day."),
    (S, "Next week we will not have counseling group because of Thanksgiving break."),
    (S, "If the OT is out again, we will make up the session the following week."),
    (P, "Did Leo get his extended time on the math test on Friday?"),
    (P, "Was speech held on Monday?"),
    (P, "We declined the counseling service at the IEP meeting, so he won't be going to group."),
    (S, "The session he missed last week was made up on Tuesday."),
    (S, "Leo received his full 30 minutes of OT today."),
    (S, "He had extended time on the quiz and finished early."),
    (S, "Leo refused to go to speech today even though the therapist came for him."),
    (P, "Please let me know if his speech session ever gets cancelled so I can plan for it."),
    (S, "The OT will be at a training on December 3, so that session will be rescheduled."),
    (S, "He used his calculator and headphones on the test and did well."),
    (S, "Speech-Language Pathologist, Birchwood Elementary"),
    (P, "Could you send me the log of his speech sessions for October?"),
    (S, "We will provide 120 minutes of compensatory OT starting in December."),
    (P, "I kept him home on Monday for a doctor's appointment, so he missed counseling."),
    (S, "He did not need a break during the test today."),
    (S, "All of his sessions were delivered this month."),
    (S, "Leo's OT on Monday went well; we worked on buttons and zippers."),
    (P, "Can you tell me whether he had his read-aloud on Thursday's test?"),
    (S, "There is no speech on Wednesday 11/25 because school is closed for Thanksgiving."),
    (S, "Leo's Thursday OT will be bumped to Friday next week because of picture day."),
    (P, "Leo was at the orthodontist Tuesday morning and missed speech."),
    (S, "The speech group watched a short video as part of today's lesson on inferences."),
    (S, "Counseling will not take place on Thanksgiving week since school is closed."),
    (P, "I didn't see him today at pickup, his dad got him."),
    (S, "Speech log for November:\n11/2 - seen\n11/4 - seen\n11/9 - student absent"),
    (P, "Leo estaba enfermo el lunes y no tuvo terapia del habla."),
    (S, "Si la terapeuta no viene mañana, vamos a reponer la sesión el jueves."),
    (P, "¿Tuvo Leo su terapia ocupacional hoy?"),
    (S, "La próxima semana no habrá terapia física por las vacaciones."),
    (P, "Leo was out Monday through Wednesday with the flu, so he missed speech and OT."),
    (S, "Speech is canceled next week for conferences; I'll see him twice the following week."),
    (S, "Leo did get his extended time on Friday's test; the confusion was about the retake."),
    (S, "He told me he didn't want to go to OT today, so the OT let him stay in class."),
    (P, "Did the sub know about his extra time on Monday's quiz?"),
    (S, "If there's no sub tomorrow, his aide may be pulled to cover."),
    (S, "Please note there is no PT on 11/11 because school is closed for Veterans Day."),
    (S, "I will need to miss Leo's session next Monday for a training, and I will make it up Wednesday."),
    (S, "Leo did not need his calculator for today's reading quiz."),
    (P, "Leo told me speech was fun today and he got a sticker."),
    (S, "The OT saw Leo on 11/10 and 11/12 as scheduled."),
    (S, "If Leo misses speech because of an assembly, we will make it up."),
    (S, "Speech will be cancelled next Wednesday because of the half day."),
    (S, "Leo chose not to use his extended time and turned in the test early."),
    (P, "Leo missed school on Monday and Tuesday with a fever."),
    (S, "The OT was out Monday, but Leo was seen Tuesday instead for the full session."),
    (S, "Leo was on a field trip Thursday, so speech was moved to Friday."),
    (P, "I'm worried he might not get his extra time on the state test next month."),
    (S, "We do not provide a scribe for classroom quizzes because it is not in his IEP."),
    (S, "The bus route changes start Monday, and the pickup will be at 7:10."),
]


# what the detector does not (yet) read, and why: kept in the battery as expected failures, so that reading one
# later shows up as an unexpected pass
_OVER_A_PERIOD = "a stretch of weeks or a month with no day: the study gold never records a miss without its day"
GAPS = {
    "He is supposed to get 90 minutes of OT a month and he got 30.": _OVER_A_PERIOD,
    "Our speech pathologist left the district at the end of September and we have not yet found a replacement, "
    "so Leo's speech services have not been delivered.": _OVER_A_PERIOD,
    "I'm sorry, the modified spelling list didn't get sent home this week, so he had the full list.": _OVER_A_PERIOD,
    "The bus was 45 minutes late and he missed the first hour of his resource class.":
        "a late bus that cost a class: only a bus that never came is read as transportation not given",
    "The ESY bus did not pick him up on Monday, so he missed summer services that day.":
        "the summer services the missing bus cost are not read, only the bus",
    "I owe Leo his Friday session; I was called to a meeting at the district office.":
        "no service named, and the writer's own service is not known from the address alone",
    "He didn't have his slant board or pencil grip in OT class today.":
        "a pencil grip is tagged occupational therapy by the taxonomy: the class is read as a second miss",
}


def _cases(rows):
    return [pytest.param(*row, marks=pytest.mark.xfail(reason=GAPS[row[1]], strict=True)) if row[1] in GAPS
            else pytest.param(*row) for row in rows]


@pytest.mark.parametrize("voice, text, topics", _cases(REPORTS), ids=[f"report-{i}" for i in range(len(REPORTS))])
def test_a_report_of_a_missed_service(tagger, voice, text, topics):
    assert reported(tagger, text, school=voice == S) == topics


@pytest.mark.parametrize("voice, subject, text, topics", IN_THE_SUBJECT,
                         ids=[f"subject-{i}" for i in range(len(IN_THE_SUBJECT))])
def test_a_report_whose_service_the_subject_names(tagger, voice, subject, text, topics):
    assert reported(tagger, text, school=voice == S, subject=subject) == topics


@pytest.mark.parametrize("voice, text", TRAPS, ids=[f"trap-{i}" for i in range(len(TRAPS))])
def test_not_a_missed_service(tagger, voice, text):
    assert reported(tagger, text, school=voice == S) == set()
