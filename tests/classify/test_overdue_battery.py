"""A battery of promise forms and of what later keeps (or does not keep) a promise, for the overdue flags.

Every sentence is invented for this battery in the ordinary words school staff and parents use; none comes
from a labeled corpus. Detection runs the whole tagger on one message; delivery runs classify.linking's
link_promises with the packaged learned model over a small invented record.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from ieptrail.classify import MessageText, Person, Tagger
from ieptrail.classify.followup import LaterMessage
from ieptrail.classify.learned import load_model
from ieptrail.classify.linking import MessageIndex, commitment_in, link_promises

CHICAGO = ZoneInfo("America/Chicago")
WEDNESDAY = datetime(2026, 10, 14, 15, 10, tzinfo=CHICAGO)  # Wednesday, October 14, 2026
STAFF = Person("Wren Halloway", "whalloway@maplebrook.k12.mn.us")
PARENT = Person("Sasha Ingersoll", "sasha.ingersoll@gmail.com")
ANY = object()  # detected, the due date not checked


@pytest.fixture(scope="module")
def tagger():
    return Tagger(("Tobin Ingersoll",))


def tag(tagger, text, author=STAFF):
    recipients = (PARENT,) if author == STAFF else (STAFF,)
    return tagger.tag(MessageText(new_text=text, subject="Re: Tobin", sent=WEDNESDAY, author=author,
                                  recipients=recipients, from_user=author == PARENT, is_reply=True)).promises


@pytest.mark.parametrize("text, due", [
    ("I will get those to you by Friday.", date(2026, 10, 16)),
    ("Expect the draft early next week.", ANY),
    ("We'll have the evaluation scheduled before winter break.", ANY),
    ("Let me check with the case manager and get back to you.", None),
    ("The report will be sent home Monday.", date(2026, 10, 19)),
    ("I'll make sure his accommodation sheet goes out to all of his teachers by Thursday.", date(2026, 10, 15)),
    ("I'm going to set up a meeting with the team next week.", ANY),
    ("You will have the signed copy by the end of the week.", date(2026, 10, 16)),
    ("Our counselor will reach out to you tomorrow.", date(2026, 10, 15)),
    ("I'll follow up once I hear back from the district.", None),
    ("I can send the data sheets over tomorrow.", date(2026, 10, 15)),
    ("I'll get you the service log by 10/20.", date(2026, 10, 20)),
    ("Will send the updated goals tonight.", date(2026, 10, 14)),
    ("I will email you the notes after the meeting.", ANY),
    ("Happy to send a copy of the testing protocol this week.", ANY),
    ("Mrs. Dale will call you on Friday about the bus.", date(2026, 10, 16)),
    ("The para will be in place by next Monday.", date(2026, 10, 19)),
    ("I'll look into it and let you know.", None),
    ("We will get the make-up sessions on the calendar before Thanksgiving.", ANY),
    ("I'll be sure to send the progress report home with him Friday.", date(2026, 10, 16)),
    ("Give me until Friday and I'll have the revised schedule for you.", ANY),
    ("I'll touch base with his teachers and circle back.", None),
    ("Someone from the district office will contact you this week to schedule the evaluation.", ANY),
    ("Let me find out who is covering and I'll email you.", ANY),
    ("I should have the draft ready by Monday.", date(2026, 10, 19)),
    ("I'll have the aide start walking him to the bus tomorrow.", date(2026, 10, 15)),
    ("I will get the consent form in the mail to you today.", date(2026, 10, 14)),
    ("The revised BIP will go out to the team by Friday.", date(2026, 10, 16)),
    ("A copy of the meeting notice is going in the mail tomorrow.", date(2026, 10, 15)),
    ("Our school psychologist is going to observe him in class next week.", ANY),
    pytest.param("I'll send the graphs over as soon as I finish entering this week's data.", None,
                 marks=pytest.mark.xfail(reason="a possessive 'this week's' naming the data is read as the due week",
                                         strict=True)),
    ("I promise the schedule will be fixed by Monday.", date(2026, 10, 19)),
    ("I'll get back to you by Friday on the bus question.", date(2026, 10, 16)),
    ("We are going to start his reading group on Monday.", date(2026, 10, 19)),
    ("I will have his new seat assignment ready tomorrow.", date(2026, 10, 15)),
    ("We are working on getting him a new device by next week.", date(2026, 10, 23)),
    ("Plan on receiving the notice in the mail next week.", date(2026, 10, 23)),
    ("You'll hear from me by Friday.", date(2026, 10, 16)),
    ("I'll have her call you tomorrow.", date(2026, 10, 15)),
    ("I'll ask Ms. Pike to send you the log.", None),
    ("Sure thing, I'll drop them off at the front office Friday.", date(2026, 10, 16)),
    ("I have asked Ms. Tran to set up a meeting to review his reading data.", None),
    ("We've asked the OT to call you.", None),
])
def test_staff_promise_forms(tagger, text, due):
    promises = tag(tagger, text)
    assert len(promises) == 1, promises
    if due is not ANY:
        assert promises[0].due == due


@pytest.mark.parametrize("text, due", [
    ("I'll sign the consent tonight and send it back tomorrow.", date(2026, 10, 15)),
    ("I will drop off the doctor's note on Friday.", date(2026, 10, 16)),
    ("I'll get you the outside evaluation before the meeting.", ANY),
])
def test_parent_promise_forms(tagger, text, due):
    promises = tag(tagger, text, author=PARENT)
    assert len(promises) == 1, promises
    if due is not ANY:
        assert promises[0].due == due


@pytest.mark.parametrize("text", [
    "Progress reports go home at the end of each grading period.",
    "If he misses the bus again, please call the front office.",
    "Could you send me his latest doctor's note?",
    "I sent the report home on Monday.",
    "I will be out of the building on Friday.",
    "Would you like me to send a copy of the draft?",
    "The team usually meets in the library.",
    "District policy requires that parents receive notice ten days before a meeting.",
    "We talked about moving his seat last week.",
    "Will the bus be running on the holiday schedule?",
    "I hope to hear from you soon.",
    "The testing window closes on Friday.",
    "I already emailed the schedule to his teachers yesterday.",
    "Thank you for sending the form back so quickly.",
    "There will be no school on Monday for the teacher workday.",
    "Tobin will take the spelling test on Friday.",
    "If you want, we could look at moving his speech time.",
    "He will need to bring his calculator to the test.",
    "Did you get a chance to look at the draft?",
    "I was going to send it yesterday but the copier was down, so it went out this morning.",
    "We're working on it.",
    "I'm working on Friday.",
    "Plan on getting there early for parking.",
    "I asked him to sit closer to the board.",
])
def test_not_promises(tagger, text):
    assert not tag(tagger, text), text


# ---- deliveries ----

SLP = "whalloway@maplebrook.k12.mn.us"
OTHER_STAFF = "pkerrigan@maplebrook.k12.mn.us"
HOME = PARENT.email
START = datetime(2026, 10, 5, 15, 0)


class Record:
    def __init__(self):
        self.messages: list[LaterMessage] = []

    def add(self, author: str, text: str, *, thread: int = 1, days: float = 0, attachments: str = "") -> LaterMessage:
        message = LaterMessage(id=len(self.messages) + 1, thread_id=thread, sent=START + timedelta(days=days),
                               author_email=author, author_is_user=author == HOME,
                               recipients=frozenset({HOME if author != HOME else SLP}), new_text=text,
                               has_attachment=bool(attachments), attachment_names=attachments)
        self.messages.append(message)
        return message

    def background(self) -> None:
        for day, text in enumerate(("Picture day is Friday.", "The book fair opens Monday.", "Early release on the 14th.")):
            self.add(OTHER_STAFF, text, thread=30 + day, days=day + 0.5)


def kept(record: Record, made: LaterMessage, sentence: str, by: str = SLP, due: date | None = None) -> str | None:
    start = made.new_text.index(sentence)
    commitment = commitment_in(made, "P1", sentence, start, start + len(sentence), promiser=by, made_by_user=by == HOME,
                               due=due)
    found = link_promises([commitment], MessageIndex(record.messages, frozenset({"tobin"})), load_model("delivery"))
    return found["P1"].sentence if "P1" in found else None


DATA = "I'll send you his speech data sheets by Friday."
MEETING = "I'll set up a meeting with the team next week to go over his schedule."
CALL = "I'll call you tomorrow afternoon to talk about the bus."
TALK = "I'll talk to his math teacher about the extra time on tests and let you know what we decide."
WHICH_DAYS = "I'll let you know which days he'll take his tests in the resource room once the schedule is set."
AIDE = "I'll let you know when the bus aide is in place."
CHECK = "Let me check with the case manager and get back to you about moving his tests."
LINK = "I'll share the recorded read-aloud lessons with you this week."

DELIVERED = [
    ("attached, unnamed", DATA, "Here you go - let me know if you have questions!", SLP, 1, "Speech_data_Oct.pdf"),
    ("attached alone", DATA, "Attached.", SLP, 1, "tobin_data_sheets.pdf"),
    ("here they are, late", DATA, "Sorry for the delay - here they are.", SLP, 1, "data_sheets.pdf"),
    ("a link", LINK, "See the link below for the folder with all of the lessons: https://drive.example.com/f/8x2", SLP, 1, ""),
    ("meeting held", MEETING, "Thanks everyone for meeting today to go over Tobin's schedule. Notes are below.", SLP, 1, ""),
    ("the call, thanked", CALL, "Thanks for the call this afternoon, that cleared things up.", HOME, 1, ""),
    ("sent in other words", DATA, "I just emailed you the sheets from the last three weeks of speech.", SLP, 1, ""),
    ("the news it waited on", AIDE, "Good news - the bus aide starts on his route Monday morning.", SLP, 1, ""),
    ("finding reported", CHECK, "I talked with Mr. Ruiz and he agreed to move his tests to the resource room.", SLP, 1, ""),
]

NOT_DELIVERED = [
    ("apology only", DATA, "So sorry, I haven't had a chance to pull the data sheets together yet. This week got away from me.",
     SLP, 1, ""),
    ("re-promised", DATA, "I'm running behind - I'll have the data sheets to you by next Wednesday instead.", SLP, 1, ""),
    ("something else attached", DATA, "Attached is the permission slip for the field trip.", SLP, 1, "field_trip_permission.pdf"),
    ("other business, same writer", DATA, "Reminder that picture day is next Friday.", SLP, 9, ""),
    ("the parent asks after it", DATA, "Just checking whether you had a chance to send the data sheets?", HOME, 1, ""),
    ("a colleague says it is in hand", DATA, "Ms. Halloway mentioned she is still working on the data sheets.", OTHER_STAFF, 1, ""),
    ("no time found to meet", MEETING, "We still need to find a time that works for everyone to meet.", SLP, 1, ""),
    ("unrelated answer in the thread", DATA, "Yes, he can bring his water bottle to speech.", SLP, 1, ""),
    ("the writer's own other news", MEETING, "His new seat is up front near the board starting Monday.", SLP, 1, ""),
    ("the parent writes on", CALL, "I still haven't heard anything about the bus. Is anyone looking into it?", HOME, 1, ""),
    ("session news from the writer", DATA, "Tobin had a great session today - he worked hard on his r sounds.", SLP, 1, ""),
    ("a newsletter attached", DATA, "Here is our class newsletter for October.", SLP, 2, "October_newsletter.pdf"),
    pytest.param("times offered", MEETING, "Could we meet Tuesday at 3 or Thursday at 8?", SLP, 1, "",
                 marks=pytest.mark.xfail(reason="the promiser offering times is credited as setting the meeting up; "
                                                "whether gold agrees is not settled", strict=True)),
    ("call missed", CALL, "Sorry I missed you today, I'll try you again tomorrow.", SLP, 1, ""),
    ("a flyer attached", DATA, "Attached is a flyer for the district's parent night.", SLP, 1, "parent_night_flyer.pdf"),
    ("a waiver attached", DATA, "I've attached the bus waiver for you to sign.", SLP, 1, "bus_waiver.pdf"),
    ("a long update on the same subject", DATA, "Hi Ms. Ingersoll, Tobin had a good week in speech. We worked on his r "
     "sounds in short phrases and he is getting more consistent. I also talked with his teacher about using his visual "
     "schedule during writing. Let me know if you have any questions about his progress.", SLP, 1, ""),
    pytest.param("a question back and other news", TALK, "Quick question - does Tobin still use the slant board at home? His "
                 "OT asked me about it. Also, his math test is next Thursday.", SLP, 1, "",
                 marks=pytest.mark.xfail(reason="the promiser's next note naming the promise's words (math, test) is credited; "
                                                "a veto on notes that only tell what is coming also undid 'let you know when "
                                                "the aide is in place' kept by 'the aide starts Monday'", strict=True)),
    ("the schedule mentioned, no meeting", MEETING, "Just wanted to let you know his schedule will change a bit after the "
     "break because of the new reading group. More soon.", SLP, 1, ""),
    ("only what it waits on", WHICH_DAYS, "Here is the speech schedule for the spring.", SLP, 1, "speech_spring.pdf"),
    ("still talking it over", TALK, "I haven't caught his math teacher yet - she has been out all week. I'll keep trying.",
     SLP, 1, ""),
]


def _record(promise, text, author, thread, attachments, days=4):
    record = Record()
    made = record.add(SLP, f"Hi Ms. Ingersoll, thanks for your note. {promise} Have a good evening.")
    record.background()
    record.add(author, text, thread=thread, days=days, attachments=attachments)
    return record, made


@pytest.mark.parametrize("name, promise, text, author, thread, attachments", DELIVERED, ids=[d[0] for d in DELIVERED])
def test_delivered(name, promise, text, author, thread, attachments):
    record, made = _record(promise, text, author, thread, attachments)
    assert kept(record, made, promise) is not None


@pytest.mark.parametrize("name, promise, text, author, thread, attachments", NOT_DELIVERED,
                         ids=[d.values[0] if hasattr(d, "values") else d[0] for d in NOT_DELIVERED])
def test_not_delivered(name, promise, text, author, thread, attachments):
    record, made = _record(promise, text, author, thread, attachments)
    assert kept(record, made, promise) is None


@pytest.mark.parametrize("sentence, words", [
    ("I'll let you know which days he'll take his tests once the schedule is set.", {"schedule", "set"}),
    ("Once we settle it I'll send the new times to the families by Friday.", {"settle"}),
    ("Until I hear back I will drive him myself.", {"hear"}),
    ("I'll send the draft before the meeting.", {"meeting"}),
    ("I'll let you know when the bus aide is in place.", set()),  # the news it waits on is what it tells
    ("I'll call you if anything changes.", set()),
    ("I'll send you the sheets by Friday.", set()),
])
def test_what_a_promise_waits_on(sentence, words):
    from ieptrail.classify.followup import condition_only_words, content_words
    assert condition_only_words(sentence) == content_words(" ".join(words))


# ---- the user's own address ----

@pytest.mark.parametrize("email", ["sasha.ingersoll@gmail.com", "sasha.ingersoll@northwindlogistics.com",
                                   "sasha@ingersoll.family", "s.ingersoll@twc.rr.com"])
@pytest.mark.parametrize("text, count", [
    ("I'll sign the consent tonight and send it back tomorrow.", 1),  # the parent's own promise
    ("The notes will be posted Friday.", 0),  # what the school said, retold by the parent: hearsay
    ("His new schedule will be sent home Monday.", 0),
    ("The bus aide starts Monday.", 0),
])
def test_a_parent_writing_from_work_writes_as_the_family(tagger, email, text, count):
    parent = Person("Sasha Ingersoll", email)
    found = tagger.tag(MessageText(new_text=text, subject="Re: Tobin", sent=WEDNESDAY, author=parent, recipients=(STAFF,),
                                   from_user=True, is_reply=True)).promises
    assert len(found) == count


@pytest.mark.parametrize("recipients", [(PARENT,), (Person("Dee Ruiz", "druiz@cottonwood12j.org"),)])
def test_a_teacher_keeping_the_trail_still_writes_for_the_school(tagger, recipients):
    teacher = Person("Wren Halloway", "whalloway@cottonwood12j.org")  # a district domain that names no school
    found = tagger.tag(MessageText(new_text="His new schedule will be sent home Monday.", subject="Re: Tobin", sent=WEDNESDAY,
                                   author=teacher, recipients=recipients, from_user=True, is_reply=True)).promises
    assert len(found) == 1


# ---- deliveries, second round: whole small threads, other writers, and which message keeps it ----
#
# Each case is the promise (written by `by` in thread 1 on day 0), then later mail as (author, text, thread, days,
# attachments); `keeper` is the 1-based place in that later mail of the message that keeps the promise, or None.
# Background mail from a colleague about other things is always there.

OT = "mpike@maplebrook.k12.mn.us"  # Ms. Pike, the OT: a colleague the promise may name
PSYCH = "dvarga@maplebrook.k12.mn.us"  # Dr. Varga, the school psychologist


def keeper(promise: str, later: list[tuple], by: str = SLP, due: date | None = None) -> int | None:
    record = Record()
    opening = "Thanks for writing." if by != HOME else "Thanks for the update."
    made = record.add(by, f"{opening} {promise} Talk soon.")
    record.background()
    placed = [record.add(author, text, thread=thread, days=days, attachments=attachments)
              for author, text, thread, days, attachments in later]
    start = made.new_text.index(promise)
    commitment = commitment_in(made, "P1", promise, start, start + len(promise), promiser=by, made_by_user=by == HOME,
                               due=due)
    found = link_promises([commitment], MessageIndex(record.messages, frozenset({"tobin"})), load_model("delivery"))
    if "P1" not in found:
        return None
    return next(place for place, message in enumerate(placed, 1) if message.id == found["P1"].message_id)


FRIDAY = date(2026, 10, 9)  # the Friday after the promise (made Monday, October 5)

KEPT_THREADS = [
    # terse writers
    ("done, sent", "I'll email you the updated IEP draft by Friday.",
     [(SLP, "Done - sent it over this morning.", 1, 2, "")], FRIDAY, 1),
    ("just an attachment and a name", "I'll email you the updated IEP draft by Friday.",
     [(SLP, "Tobin - draft v2", 1, 3, "IEP_draft_v2.docx")], FRIDAY, 1),
    ("fyi and a file", "I'll email you his first quarter progress report on Friday.",
     [(SLP, "FYI", 1, 4, "Q1_progress_Ingersoll.pdf")], FRIDAY, 1),
    ("here you go, in the text", "I'll get you the list of his accommodations.",
     [(SLP, "Here you go:\n- extended time (1.5x)\n- preferential seating\n- breaks as needed\n- tests read aloud", 1, 1, "")],
     None, 1),
    ("see below", "I'll type up my notes from today's meeting and send them out.",
     [(SLP, "See below.\n\n1. Extended time stays at time and a half.\n2. Speech moves to Tuesdays and Thursdays.\n"
            "3. We meet again in January.", 1, 1, "")], None, 1),
    # chatty writers
    ("chatty, the outcome told", "I'll talk with the team about adding reading support and let you know what we come up with.",
     [(SLP, "Hi Sasha! Hope you all had a nice long weekend. So the big news - we got together Tuesday and worked it all out. "
            "Starting Monday he'll see Mrs. Okafor for reading three mornings a week, 30 minutes each. Let me know what you "
            "think!", 1, 6, "")], None, 1),
    ("chatty, meeting set", "I'll set up a meeting with his teachers to talk about the homework load.",
     [(SLP, "Good morning! Okay, we are all set for Thursday the 15th at 3:30 in the conference room by the library. "
            "All four of his teachers can make it. See you then!", 1, 3, "")], None, 1),
    # the deed, in other words
    ("seat moved", "I'll move his seat closer to the board tomorrow.",
     [(SLP, "Tobin is up front by the board as of this morning and seemed happy with the change.", 1, 1, "")],
     date(2026, 10, 6), 1),
    ("teachers reminded", "I'll remind all of his teachers about the extended time this week.",
     [(SLP, "I sent a note to each of his teachers this morning reminding them about his extended time on tests.", 1, 2, "")],
     None, 1),
    ("looked into, and why", "I'll look into why his bus keeps getting to school late.",
     [(SLP, "I spoke with transportation. The driver's route picked up four new stops this fall, so they have moved "
            "Tobin's pickup to 7:10 starting Monday.", 1, 3, "")], None, 1),
    ("the call itself", "I'll call you tomorrow to go over his schedule.",
     [(SLP, "It was good to talk with you today. As we discussed, his speech block moves to 10:15 next week.", 1, 1, "")],
     date(2026, 10, 6), 1),
    # a colleague delivers for the promiser
    ("the named colleague, same thread", "I'll have Ms. Pike send you the OT goals before the meeting.",
     [(OT, "Hello Ms. Ingersoll, I'm Tobin's OT. Attached are the goals I'm proposing for his fine motor work.", 1, 2,
       "OT_goals_draft.pdf")], None, 1),
    ("a colleague, a new thread", "We will get you a copy of the psychological evaluation before the meeting.",
     [(PSYCH, "Dear Ms. Ingersoll, My report from Tobin's evaluation is attached so you have time to read it before we "
              "meet. I'm happy to go over it by phone.", 2, 5, "Psych_Eval_Report_Tobin.pdf")], None, 1),
    # delivered in a new thread with a new subject
    ("a new thread, the plan's other name", "I'll send you the revised behavior plan this week.",
     [(SLP, "Hi Ms. Ingersoll, here is Tobin's updated BIP with the changes we talked about on Monday.", 2, 3,
       "BIP_revised_Oct.pdf")], FRIDAY, 1),
    # partial, and late
    ("partial", "I'll send the data sheets and some work samples on Friday.",
     [(SLP, "Here are the data sheets. The work samples are still in his folder - I'll send those next week.", 1, 4,
       "data_sheets_Sept.pdf")], FRIDAY, 1),
    ("late, no file", "I'll have the graphs of his reading fluency done by Friday.",
     [(SLP, "I finally finished the graphs of his reading fluency - they're in his take-home folder today.", 1, 19, "")],
     FRIDAY, 1),
    ("late, after a delay note", "I'll email you the speech log by Friday.",
     [(SLP, "I'm behind this week, I'll get the speech log to you early next week.", 1, 4, ""),
      (SLP, "Sorry that took so long! Log attached.", 1, 9, "speech_log.pdf")], FRIDAY, 2),
    # the other side confirms receipt
    ("the parent's thanks", "I'll send home the permission form for the social skills group tomorrow.",
     [(HOME, "Got the permission form in his backpack - signed and sent back today. Thanks!", 1, 2, "")],
     date(2026, 10, 6), 1),
    ("the parent's thanks, a new thread", "I'll email you the testing schedule by Friday.",
     [(HOME, "Thank you for sending the testing schedule - that helps us plan.", 2, 4, "")], FRIDAY, 1),
    ("the school received the parent's form", "I'll sign the release and drop it off at the front office Thursday.",
     [(SLP, "We got the signed release, thank you!", 1, 4, "")], None, 1),
    # a trap before the delivery: the delivery, not the trap, keeps it
    ("asked after, then sent", "I'll send you the data from his speech sessions by Friday.",
     [(HOME, "Hi, just checking on the speech data?", 1, 5, ""),
      (SLP, "So sorry! Here it is.", 1, 6, "speech_session_data.xlsx")], FRIDAY, 2),
    ("rescheduled, then held", "I'll call you Thursday afternoon about the bus.",
     [(SLP, "Can we push our call to Friday? Something came up.", 1, 2, ""),
      (HOME, "Thanks for the call today - glad the bus is sorted out.", 1, 4, "")], date(2026, 10, 8), 2),
]

KEPT_THREADS += [
    # the promiser's second note, after one on other business
    ("the second note", "I'll send you the reading log template.",
     [(SLP, "Yes, he can bring his water bottle to speech.", 1, 1, ""),
      (SLP, "Here's the template I mentioned.", 1, 4, "log_template.docx")], None, 2),
    ("only a link", "I'll share his visual schedule with you.",
     [(SLP, "https://docs.example.com/d/4kq9 - it should be view-only for you.", 1, 2, "")], None, 1),
    ("told as kept up", "I'll make sure he gets a printed copy of the science notes.",
     [(SLP, "He's been getting printed science notes every day since Tuesday.", 1, 6, "")], None, 1),
    ("the office, unnamed", "We'll get his bus pass sorted out this week.",
     [(OTHER_STAFF, "Tobin's bus pass is ready - he can pick it up at the front desk any time.", 1, 2, "")], FRIDAY, 1),
    ("the family's promise, seen at school", "I'll send his glasses in with him tomorrow.",
     [(SLP, "He had his glasses on all day today - thank you!", 1, 1, "")], date(2026, 10, 6), 1),
    ("lower case and short", "ill send u the sheet tmrw",
     [(SLP, "here u go", 1, 1, "sheet.pdf")], date(2026, 10, 6), 1),
    ("per your request, a new thread", "I'll get you the dates of his missed speech sessions.",
     [(SLP, "Per your request, the missed speech sessions were 9/14, 9/21 and 10/2.", 2, 3, "")], None, 1),
    ("the final copy from the case manager", "We will send the signed IEP home next week.",
     [(PSYCH, "Attached please find the final signed copy of Tobin's IEP.", 2, 8, "Ingersoll_IEP_final_signed.pdf")],
     date(2026, 10, 16), 1),
    ("a calendar invitation", "I'll set up a meeting with the team for next week.",
     [(SLP, "Invitation: Tobin team meeting @ Thu Oct 15, 2026 3:30pm - 4:15pm (CDT)", 2, 2, "invite.ics")], None, 1),
    ("thanks for talking, a new thread", "I'll give you a call Monday about his schedule.",
     [(HOME, "Thanks for talking with me on Monday - it really helped to hear the plan.", 2, 8, "")], date(2026, 10, 12), 1),
    ("partial, the rest still graded", "I'll send you his reading and math scores.",
     [(SLP, "His reading scores are attached; math is still being graded.", 1, 3, "reading_scores.pdf")], None, 1),
    ("late, a new thread, sorry", "I'll send the OT report by Friday.",
     [(OT, "So sorry for the delay on this - Tobin's OT report is attached.", 2, 20, "OT_report_Tobin.pdf")], FRIDAY, 1),
    ("yes, after the parent asks", "I'll update his accommodations page to add the calculator.",
     [(HOME, "Did the calculator get added?", 1, 5, ""),
      (SLP, "Yes! Added it this morning.", 1, 6, "")], None, 2),
]

KEPT_THREADS += [
    # deeds that are not papers, told by the promiser later in the thread in other words
    ("held, after other business", "I'll ask the cafeteria to hold his lunch until he's back from speech.",
     [(SLP, "Picture retakes are next Tuesday if you want new ones.", 1, 1, ""),
      (SLP, "His lunch is being held for him on speech days now - the cafeteria manager was great about it.", 1, 5, "")],
     None, 2),
    ("corrected", "I'll fix the typo in his goals page.",
     [(SLP, "Corrected - the new page is in the portal.", 1, 2, "")], None, 1),
    ("it came in", "I'll order a slant board for him.",
     [(SLP, "Yes, he can wear his hat at recess.", 1, 1, ""),
      (SLP, "The slant board came in! He used it for writing today.", 1, 12, "")], None, 2),
    ("done in another place", "I'll find a quieter spot for him to take his tests.",
     [(SLP, "He took his spelling test in the library conference room today and finished early.", 1, 6, "")], None, 1),
    ("it's in there now", "I'll add extended time to his accommodations page.",
     [(SLP, "It's in there now.", 1, 2, "")], None, 1),
]
KEPT_THREADS += [
    # later in the thread, after other mail, in few of the promise's words
    ("the answer after a reminder", "I'll check on whether he can use his calculator on the unit test.",
     [(SLP, "Reminder: no school Monday.", 1, 1, ""),
      (SLP, "Mr. Ruiz said yes to the calculator for all of his unit tests.", 1, 3, "")], None, 2),
    ("after the parent's thanks", "I'll get a new copy of his schedule to him.",
     [(HOME, "Thanks so much!", 1, 0.2, ""),
      (SLP, "Gave Tobin a fresh copy this morning - it's taped inside his binder.", 1, 1, "")], None, 2),
    ("sent home, in three words", "I'll send a note home about the field trip money.",
     [(SLP, "Sent home today.", 1, 1, "")], None, 1),
    ("the session held", "We'll have the speech room ready for his make-up session Thursday.",
     [(SLP, "Great make-up session yesterday - he nailed his r sounds.", 1, 4, "")], date(2026, 10, 8), 1),
]
KEPT_THREADS += [
    # handed to a colleague by role, not by name, who reports it in the thread
    ("the OT, by role", "I'll have our OT check his pencil grip this week.",
     [(OT, "I worked with Tobin today on his pencil grip - he does well with the small triangle grip.", 1, 2, "")],
     FRIDAY, 1),
    ("a forward, a new thread", "I'll forward you the email from the transportation office.",
     [(SLP, "See below from transportation.\n\n---------- Forwarded message ---------\nFrom: Transportation Office\n"
            "Route 9 will pick up at 7:05 starting Monday.", 2, 1, "")], None, 1),
]
KEPT_THREADS += [
    # the promiser's paper passed on by someone else, by name, in another thread
    ("merged by the evaluator", "My report will be written up by the 20th.",
     [("rnakamura@northstarpsych.org", "Hello all, sorry this is late. The full evaluation is attached - I folded Ms. "
                                       "Halloway's speech report into the same file so you have one document.", 2, 18,
       "Ingersoll_full_evaluation.pdf")], date(2026, 10, 20), 1),
]

NOT_KEPT_THREADS = [
    ("rescheduled only", "I'll call you Thursday afternoon about the bus.",
     [(SLP, "Can we push our call to next week? Something came up and I'm out Thursday.", 1, 2, "")], date(2026, 10, 8)),
    ("promised again, later", "I'll email you the speech log by Friday.",
     [(SLP, "Still planning to get you the speech log - it should be early next week.", 1, 4, "")], FRIDAY),
    ("started, not done", "I'll have the graphs of his reading fluency done by Friday.",
     [(SLP, "I started on the graphs but I need a few more days to finish them.", 1, 4, "")], FRIDAY),
    ("thanks for the promise itself", "I'll email you the testing schedule by Friday.",
     [(HOME, "Thank you! I look forward to getting the testing schedule.", 1, 1, "")], FRIDAY),
    ("thanks for something else", "I'll email you the testing schedule by Friday.",
     [(HOME, "Thanks for the update on the bus!", 1, 2, "")], FRIDAY),
    ("a colleague says the promiser is out", "I'll email you the testing schedule by Friday.",
     [(OT, "Ms. Halloway asked me to let you know she is out sick this week and will get back to you next week.", 1, 3, "")],
     FRIDAY),
    ("a colleague's menu", "I'll send you the evaluation report this week.",
     [(OT, "Here is the November lunch menu.", 2, 3, "November_lunch_menu.pdf")], FRIDAY),
    ("voicemail, will try again", "I'll call you tomorrow to go over his schedule.",
     [(SLP, "I tried calling but got your voicemail. I'll try you again tomorrow after school.", 1, 1, "")], date(2026, 10, 6)),
    ("deferred to the report card", "I'll email you the speech log by Friday.",
     [(SLP, "I'm going to send the speech log with his report card at the end of the quarter instead.", 1, 4, "")], FRIDAY),
    ("still waiting on others", "I'll set up a meeting with his teachers to talk about the homework load.",
     [(SLP, "I'm still waiting to hear back from two of his teachers about their availability.", 1, 3, "")], None),
    ("the parent's own news", "I'll set up a meeting with his teachers to talk about the homework load.",
     [(HOME, "Homework took him almost three hours last night. He was in tears by the end.", 1, 2, "")], None),
    ("a form to sign instead", "I'll send you the testing schedule by Friday.",
     [(SLP, "Please sign the attached consent so we can begin testing.", 1, 2, "consent_to_evaluate.pdf")], FRIDAY),
    ("an out-of-office reply", "I'll send you the testing schedule by Friday.",
     [(SLP, "I am out of the office until Monday with limited access to email.", 1, 1, "")], FRIDAY),
    ("the team still to meet", "I'll talk with the team about adding reading support and let you know what we come up with.",
     [(SLP, "The team meets on Thursday - I'll bring it up then.", 1, 2, "")], None),
]


NOT_KEPT_THREADS += [
    ("the promise repeated elsewhere", "I'll email you the speech log by Friday.",
     [(SLP, "Reminder: I'll have the speech log to you by Friday, and picture day is Thursday.", 2, 2, "")], FRIDAY),
    ("thanks for waiting", "I'll email you the speech log by Friday.",
     [(SLP, "Thanks for your patience!", 1, 3, "")], FRIDAY),
    ("the parent has not got it", "I'll email you the speech log by Friday.",
     [(HOME, "I still haven't gotten the speech log.", 1, 6, "")], FRIDAY),
    ("almost done", "I'll email you the speech log by Friday.",
     [(SLP, "The speech log is almost done.", 1, 3, "")], FRIDAY),
    ("brought to the meeting instead", "I'll email you the data sheets by Friday.",
     [(SLP, "I'll bring the data sheets to the meeting on Thursday instead.", 1, 3, "")], FRIDAY),
    ("a call proposed", "I'll call you this week to go over his schedule.",
     [(SLP, "Are you free for a quick call tomorrow at 4?", 1, 2, "")], FRIDAY),
    ("another link", "I'll send you the OT report by Friday.",
     [(SLP, "Here is the link to sign up for conferences: https://signup.example.com/fall", 1, 2, "")], FRIDAY),
    ("availability asked", "I'll set up a meeting with the team for next week.",
     [(SLP, "Let me know what days work for you next week.", 1, 1, "")], None),
    ("in hand but not signed", "I'll send you the OT report by Friday.",
     [(SLP, "I have the OT report but need to get it signed by the principal first.", 1, 3, "")], FRIDAY),
    ("meant to, system down", "I'll email you the speech log by Friday.",
     [(SLP, "I was planning to send the speech log today but our system is down.", 1, 4, "")], FRIDAY),
]

NOT_KEPT_THREADS += [
    ("her report still to come", "My report will be written up by the 20th.",
     [("rnakamura@northstarpsych.org", "My part is attached; Ms. Halloway's speech report will follow next week.", 2, 18,
       "Nakamura_part.pdf")], date(2026, 10, 20)),
    ("on backorder", "I'll order a slant board for him.",
     [(SLP, "The slant board is on backorder until November.", 1, 6, "")], None),
    ("not able to edit", "I'll fix the typo in his goals page.",
     [(SLP, "I'm not able to edit the page until the district unlocks it.", 1, 3, "")], None),
    pytest.param("the place is taken", "I'll find a quieter spot for him to take his tests.",
                 [(SLP, "The library is booked all week for state testing, so that one is out.", 1, 3, "")], None,
                 marks=pytest.mark.xfail(reason="the promiser's next reply naming the promise's words is credited by its "
                                                "place alone; 'booked' also reports a meeting set, so no word says the "
                                                "place was not found", strict=True)),
]


@pytest.mark.parametrize("name, promise, later, due, place", KEPT_THREADS, ids=[case[0] for case in KEPT_THREADS])
def test_kept_in_a_thread(name, promise, later, due, place):
    by = HOME if name in ("the school received the parent's form", "the family's promise, seen at school") else SLP
    assert keeper(promise, later, by=by, due=due) == place


@pytest.mark.parametrize("name, promise, later, due", NOT_KEPT_THREADS,
                         ids=[case.values[0] if hasattr(case, "values") else case[0] for case in NOT_KEPT_THREADS])
def test_not_kept_in_a_thread(name, promise, later, due):
    assert keeper(promise, later, due=due) is None
