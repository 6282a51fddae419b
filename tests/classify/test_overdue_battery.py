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
