"""The forms promises, requests and their dates take in other writers' mail, and what only looks like them.

Sentences are written for these tests in the ways parents, teachers, therapists and district staff
write; none is copied from a labeled corpus.
"""
from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from ieptrail.classify import MessageText, Person, Tagger
from ieptrail.classify.sentences import quoted_spans, writes_for_school
from ieptrail.classify.when import find_dates

CHICAGO = ZoneInfo("America/Chicago")
WEDNESDAY = datetime(2026, 10, 14, 15, 10, tzinfo=CHICAGO)  # Wednesday, October 14, 2026
TEACHER = Person("Rae Okoye", "rokoye@riverbend.k12.mn.us")
PARENT = Person("Sam Lind", "sam.lind@gmail.com")


@pytest.fixture(scope="module")
def tagger():
    return Tagger(("Ivy Lind",))


def tag(tagger, text, author=TEACHER, subject="Re: Ivy", sent=WEDNESDAY):
    recipients = (PARENT,) if author == TEACHER else (TEACHER,)
    return tagger.tag(MessageText(new_text=text, subject=subject, sent=sent, author=author, recipients=recipients,
                                  from_user=author == PARENT, is_reply=True))


# ---- promises: the forms they take ---------------------------------------------------------

@pytest.mark.parametrize("text, due", [
    ("I'm also going to send the reading log home on Thursday.", date(2026, 10, 15)),
    ("I expect to have the report done by 10/30.", date(2026, 10, 30)),
    ("I've scheduled her make-up quiz for Monday 10/19 during study hall.", date(2026, 10, 19)),
    ("Once the scores are in, I'll send you a copy by Friday.", date(2026, 10, 16)),
    ("Ms. Park (cc'd) will call you to set up a time next week.", date(2026, 10, 23)),
    ("Copies of her records will be ready for pickup at the district office by October 23.", date(2026, 10, 23)),
    ("A substitute aide will be assigned to her class starting Monday.", date(2026, 10, 19)),
    ("Ivy will retake the spelling test with me on Friday, with the words read aloud.", date(2026, 10, 16)),
    ("I am getting a backup aide trained. That should be finished within the next two weeks.", date(2026, 10, 28)),
    ("Her new wobble chair should arrive next week.", date(2026, 10, 23)),
    ("Ms. Ana Ruiz from the district autism team will observe her in class on Tuesday 10/20.", date(2026, 10, 20)),
    ("I'll post my slides every Friday for the following week.", date(2026, 10, 16)),
    ("Ms. Dana Holt, a certified vision teacher, has been hired and will begin working with Ivy on Monday.",
     date(2026, 10, 19)),
    ("We found a long-term sub for her reading group. Her first day with Ivy will be Tuesday, October 20.",
     date(2026, 10, 20)),
    ("Starting October 26, Ms. Lee's reading intervention groups will meet during 4th period.", date(2026, 10, 26)),
    ("I'll be at her school Thursday the 22nd to check her hearing aid and train her new teachers.", date(2026, 10, 22)),
])
def test_promise_forms(tagger, text, due):
    promises = tag(tagger, text).promises
    assert len(promises) == 1, promises
    assert promises[0].due == due


def test_a_dropped_subject_still_promises(tagger):
    promise, = tag(tagger, "Got it. Will call the bus office tmrw.", author=PARENT).promises
    assert promise.due == date(2026, 10, 15) and promise.by_email == PARENT.email


def test_a_passive_undertaking_is_the_senders(tagger):
    promise, = tag(tagger, "Starting Monday, a new aide, Ms. Ruiz, will be assigned to her bus.").promises
    assert promise.by_email == TEACHER.email


def test_he_after_a_named_colleague_in_the_same_sentence_is_that_colleague(tagger):
    text = "I sent your note to Mr. Ahn, our psychologist, and he will call you about next steps."
    message = MessageText(new_text=text, sent=WEDNESDAY, author=TEACHER,
                          recipients=(PARENT, Person("Jin Ahn", "jahn@riverbend.k12.mn.us")))
    promise, = tagger.tag(message).promises
    assert promise.by_email == "jahn@riverbend.k12.mn.us"


def test_two_dated_undertakings_joined_by_and_are_two_promises(tagger):
    text = "I'll start the observations the week of October 19 and I expect to have the write-up done by November 6."
    assert [p.due for p in tag(tagger, text).promises] == [date(2026, 10, 23), date(2026, 11, 6)]


def test_a_step_on_the_way_is_one_promise_with_the_later_date(tagger):
    promise, = tag(tagger, "I'm going to talk with him on Monday, and I'll get back to you by Friday with a plan.").promises
    assert promise.due == date(2026, 10, 16)


# ---- promises: what only looks like one ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "My husband and I will both attend.",
    "I will be attending the review on the 20th.",
    "Okay, I'll stop now.",
    "I will be checking email only now and then while I am away.",
    "Your note said 'I'll make up every session in October' and October is almost over.",
    "The district told me the missed sessions will be made up in November.",
    "In addition to the draft, Mr. Diaz will send:",
    "Because the review will be held in the spring, we ask for the records now.",
    "He will still get his 30 minutes a week.",
    "That is a better prompt than anything I'll assign this year.",
    "As promised, I have scheduled a meeting for Tuesday, October 27 at 3:00.",
    "Please send back the signed permission form by Friday so that we can start the screening before winter break.",
    "The district will contact you to set up an observation, usually within two weeks.",
    "I forgot to call you Monday and I should have.",
    "Ms. Ruiz will be back by then and will attend with Mr. Bell.",
    "Simplest fix from here on: put the quiz in my box the day before, and I'll read it to her in my room.",
    "Come find me Tuesday at lunch and we'll make a plan.",
    "I'll be at the district office Thursday to give a talk on reading.",
    "She'll be in a group of three and we'll work on taking turns in a conversation.",
    "We're going to practice how to ask for a break.",
    "The field trip is off, so we'll do the recycling job in the building instead.",
    "I'll be recommending extended school year for her reading goal at the meeting.",
    "We'll be asking for a reader and extra breaks on the state test.",
    "At her annual meeting next month we'll update her transition goals.",
    "We'll review her services, her goals and her schedule.\n\nThe meeting is in the library.",
])
def test_not_promises(tagger, text):
    assert tag(tagger, text).promises == ()


def test_what_usually_happens_beside_an_undertaking_does_not_void_it(tagger):
    promise, = tag(tagger, "I ordered a new charger. Those usually take a week; I'll let you know as soon as it comes in.").promises
    assert promise.rule.startswith("first-person")
    assert tag(tagger, "They'll call you to set up the screening; it usually takes two weeks.").promises == ()


@pytest.mark.parametrize("text, due", [
    ("Mr. Haas told me he'll send his lecture notes every Friday for the following week.", date(2026, 10, 16)),
    ("Ms. Quill stopped by after school and confirmed that Ivy's testing request will be submitted by October 23.",
     date(2026, 10, 23)),
    ("I called the district office and Dr. Moya said a contract speech therapist will start on Monday, October 26.",
     date(2026, 10, 26)),
    ("I spoke with the library and they said Ivy can stay an extra half hour on 10/22 to make up the time.",
     date(2026, 10, 22)),
])
def test_a_named_colleagues_word_passed_on_by_the_school(tagger, text, due):
    promise, = tag(tagger, text).promises
    assert promise.rule.startswith("relayed") and promise.due == due


@pytest.mark.parametrize("text", [
    "Mr. Haas confirmed that he will not be pulled for lunch duty again.",
    "Ms. Quill said she would send the log last week, but it never came.",
    "Dr. Moya said a speech therapist will be hired at some point.",
])
def test_a_colleagues_word_that_is_no_undertaking(tagger, text):
    assert tag(tagger, text).promises == ()


def test_a_refusal_confirmed_in_a_recap_is_no_promise(tagger):
    text = "Following up on our meeting today. Mr. Haas confirmed at the meeting that he will not be pulled for duty."
    assert tag(tagger, text).promises == ()


@pytest.mark.parametrize("text", [
    "We'll practice with her on Tuesday 10/20.",
    "We'll work on a new schedule and send it to you.",
])
def test_classwork_with_a_day_or_a_thing_to_hand_over_is_a_promise(tagger, text):
    assert len(tag(tagger, text).promises) == 1


@pytest.mark.parametrize("text", [
    "Let me know which day works and I'll set it up.",
    "I called the bus office and I'll send you the new pickup time.",
])
def test_an_undertaking_after_the_writers_own_words_stands(tagger, text):
    assert len(tag(tagger, text).promises) == 1


def test_the_same_colleague_going_on_in_one_sentence_is_one_promise(tagger):
    text = "Starting tomorrow, Ms. Ruiz will charge the tablet at lunch, and she will check the battery again after recess."
    assert len(tag(tagger, text).promises) == 1
    text = "Ms. Ruiz will try a few reading tools with Ivy, and she'll call you to set up a time."
    assert len(tag(tagger, text).promises) == 2


def test_a_colleague_keeping_the_childs_service_going_is_her_promise(tagger):
    promise, = tag(tagger, "Ms. Ruiz knows Ivy well. She will keep Ivy's check-ins going while I'm on leave.").promises
    assert promise.rule.startswith("third-person")
    assert tag(tagger, "Ivy was sick. She will keep her seat near the board.").promises == ()


def test_an_agenda_item_with_its_own_day_is_still_a_promise(tagger):
    promise, = tag(tagger, "We'll update the schedule tomorrow and bring it to the meeting.").promises
    assert promise.due == date(2026, 10, 15)


def test_an_ask_about_when_the_district_will_act_is_not_the_districts_promise(tagger):
    text = "Please confirm the dates on which the district will provide the make-up sessions."
    assert tag(tagger, text, author=PARENT).promises == ()


# ---- due dates -----------------------------------------------------------------------------

def test_the_date_in_what_is_promised_beats_a_date_in_the_reason(tagger):
    promise, = tag(tagger, "Her annual review is due in mid-November, so I'll send you some dates next week.").promises
    assert promise.due == date(2026, 10, 23)


def test_days_named_within_this_week_date_it_by_the_last_of_them(tagger):
    monday = datetime(2026, 10, 12, 15, 10, tzinfo=CHICAGO)
    text = "I'll give her group an extra 15 minutes Tuesday through Thursday this week to make up the lost session."
    promise, = tag(tagger, text, sent=monday).promises
    assert promise.due == date(2026, 10, 15)


def test_that_morning_is_the_day_the_subject_names(tagger):
    text = "I will send her headphones with her that morning because the aquarium is loud."
    promise, = tag(tagger, text, subject="Re: Aquarium field trip - Oct 30").promises
    assert promise.due == date(2026, 10, 30)
    promise, = tag(tagger, text, subject="Re: Aquarium field trip").promises
    assert promise.due is None


def test_a_date_naming_a_thing_is_not_the_due_date(tagger):
    promise, = tag(tagger, "Notes from today's meeting will follow.").promises
    assert promise.due is None


def test_the_next_sentence_can_date_the_promise(tagger):
    promise, = tag(tagger, "I'm going to send a spare charger for her device. It will be in her backpack Monday.").promises
    assert promise.due == date(2026, 10, 19)


def test_a_promise_tied_to_the_meeting_takes_the_meetings_date(tagger):
    text = ("Her annual meeting is set for Tuesday, November 10 at 3:15.\n\n"
            "I will send you the draft at least five days before the meeting.")
    promise, = tag(tagger, text).promises
    assert promise.due == date(2026, 11, 5)


@pytest.mark.parametrize("text, due", [
    ("the week of November 2", date(2026, 11, 6)),
    ("over the next two weeks", date(2026, 10, 23)),
    ("within the next two weeks", date(2026, 10, 28)),
    ("in the next couple of weeks", date(2026, 10, 28)),
    ("before Thanksgiving break", date(2026, 11, 24)),  # Thanksgiving 2026 is November 26
    ("before winter break", date(2026, 12, 18)),  # Christmas 2026 is a Friday: break starts the 21st
    ("before winter break (Dec 16)", date(2026, 12, 16)),  # the writer's date beats the calendar's guess
    ("the first week of January", date(2027, 1, 8)),  # January 1, 2027 is a Friday
    ("by the end of the week", date(2026, 10, 16)),
    ("by end of week", date(2026, 10, 16)),
    ("within the week", date(2026, 10, 16)),
    ("the week after next", date(2026, 10, 30)),
    ("by the end of the day", date(2026, 10, 14)),
])
def test_more_deadline_phrases(text, due):
    assert find_dates(text, WEDNESDAY.date())[0].day == due


def test_school_days_skip_thanksgiving_and_winter_break():
    assert find_dates("within 10 school days", date(2026, 11, 20))[0].day == date(2026, 12, 8)  # skips Nov 26-27
    assert find_dates("within 5 school days", date(2026, 12, 17))[0].day == date(2027, 1, 7)  # skips Dec 21-Jan 1


def test_a_bare_week_and_an_idiom_name_no_day():
    assert find_dates("the week went well", WEDNESDAY.date()) == []
    assert find_dates("at the end of the day he was tired", WEDNESDAY.date()) == []


def test_spring_break_has_no_calendar_guess():
    assert find_dates("before spring break", WEDNESDAY.date()) == []


# ---- requests ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "To get ready, please send me his last two progress reports.",
    "Also, please cc my husband on anything you send.",
    "Mrs. Okoye, if you could send the signed form back, that would help.",
    "btw her lunch card is empty can u tell me how to add money",
    "Please let me know if Thursday at 2 works for you.",
    "Please let us know by Friday if anything in this summary is wrong.",
    "Please get your updates into the shared folder by Monday.",
    "Let me know which of the two times works.",
    "We would like a copy of the evaluation before the meeting.",
    "Is that right?",
    "Maybe we could meet Tuesday instead?",
    "Does that time work for you?",
    "Is there even an aide on her bus anymore?",
    # a thing to put forward or leave for the asker, a talk to have
    "Please propose two dates that work for the team.",
    "If you could leave the reading log in my mailbox on Fridays, that would be great.",
    "Can someone at school talk to her about the lunch line",
    "How would the make-up sessions work if she is out again?",  # a real question about a plan
    "Isn't it true that he is supposed to get his notes before class?",  # a question put negatively still asks
])
def test_request_forms(tagger, text):
    assert len(tag(tagger, text, author=PARENT).requests) == 1


@pytest.mark.parametrize("text", [
    "Please let me know if you see anything that needs changing.",
    "Please call me if you have questions.",
    "Please send me any feedback before the meeting.",
    "Did you get this??",
    "Have a question? Call the front office.",
    "Surely that is not the district's policy?",
    "What if I had not been home?",
    "And who doesn't love a good mystery novel?",
    "That's her bus, right?",
    "Who could have known?",
    "Please mark up anything you'd like changed.",
    "Please leave the signed form at the front desk.",  # carried out, not answered
    # pleasantries, offers and checks that the message was understood
    "Please give Ivy a hug for me.",
    "Please tell Mr. Berg thank you for everything.",
    "Hope you had a restful break?",
    "Does that make sense?",
    "Do you have any other questions?",
    "Anything else I can help with?",
    "Would you like a paper copy as well?",
    "Please keep me in the loop.",
    "Please put me on the list for any notice that goes out to families.",
    # disbelief and indignation put as questions, and a suggestion
    "Can you believe how fast this year went?",
    "Thanks for all the extra help - can you believe the semester is half over?",
    "Isn't it amazing how much more he reads on his own now?",
    "Wasn't that nice to hear from the band teacher?",
    "How is that fair?",
    "What kind of school does that?",
    "Is anyone even reading these emails?",
    "Maybe shorten the essay and skip the poster?",
    # a hypothetical put to everyone's or the reader's own feelings
    "How would any of us finish a workday if someone took our laptops?",
    "How would you feel if it were your son?",
])
def test_not_requests(tagger, text):
    assert tag(tagger, text, author=PARENT).requests == ()


def test_the_items_under_a_request_line_are_the_requests(tagger):
    text = ("I am requesting the following:\n"
            "1. A copy of her speech service log since September.\n"
            "2. A meeting with the team before the end of the month.\n\n"
            "Thank you.")
    requests = tag(tagger, text, author=PARENT).requests
    assert [r.sentence for r in requests] == ["A copy of her speech service log since September.",
                                               "A meeting with the team before the end of the month."]


def test_a_line_that_names_what_it_asks_for_is_the_request_not_its_list(tagger):
    text = ("I request copies of the following:\n"
            "1. His attendance records for the fall semester.\n"
            "2. All behavior incident reports since August.\n\n"
            "Thank you.")
    requests = tag(tagger, text, author=PARENT).requests
    assert [r.sentence for r in requests] == ["I request copies of the following:"]


def test_listed_options_taken_up_by_a_later_question_are_that_question(tagger):
    text = ("We are asking for:\n"
            "1. Twelve hours of reading instruction after school.\n"
            "2. Two hours of occupational therapy.\n\n"
            "Could you tell us by Monday which of these the district will agree to?")
    requests = tag(tagger, text, author=PARENT).requests
    assert [r.sentence for r in requests] == ["Could you tell us by Monday which of these the district will agree to?"]


def test_one_ask_said_twice_is_one_request(tagger):
    stated_then_asked = tag(tagger, "I'm requesting a meeting with the team. Could you tell me which days work?", author=PARENT)
    assert [r.rule for r in stated_then_asked.requests] == ["question"]
    asked_then_insisted = tag(tagger, "Was the bus stop ever fixed? I need an answer in writing.", author=PARENT)
    assert len(asked_then_insisted.requests) == 1
    asked_then_explained = tag(tagger, "Could you send me the sub schedule? I'd like to know who to expect on Fridays.",
                               author=PARENT)
    assert len(asked_then_explained.requests) == 1


def test_a_second_ask_after_a_question_is_its_own(tagger):
    text = "Has this happened before? I'd also like a copy of her current plan."
    assert len(tag(tagger, text, author=PARENT).requests) == 2


# ---- what the rule families share ----------------------------------------------------------

def test_single_quoted_words_after_said_are_quoted_speech():
    text = "She wrote 'I'll have it to you by Friday' and that was two weeks ago."
    (start, end), = quoted_spans(text)
    assert text[start:end] == "'I'll have it to you by Friday'"
    assert quoted_spans("We're sure it's Ivy's, and we'll keep it safe.") == []


@pytest.mark.parametrize("email, school", [
    ("rokoye@riverbend.k12.mn.us", True),
    ("dispatch@metrostudenttransit.com", True),
    ("sam.lind@gmail.com", False),
    ("grandma1950@yahoo.com", False),
    ("jo@familyadvocacygroup.org", False),
    ("counsel@smithlawoffice.com", False),
])
def test_who_writes_for_a_school(email, school):
    assert writes_for_school(MessageText(new_text="", author=Person("X", email))) is school


# ---- more forms: progressive arrangements, first names, reported speech, regrets -------------

COLLEAGUE = Person("Gene Paulsen", "gpaulsen@riverbend.k12.mn.us")


def tag_with_colleague(tagger, text, author=TEACHER):
    other = PARENT if author == TEACHER else TEACHER
    return tagger.tag(MessageText(new_text=text, subject="Re: Ivy", sent=WEDNESDAY, author=author,
                                  recipients=(other, COLLEAGUE), from_user=author == PARENT, is_reply=True))


@pytest.mark.parametrize("text, due", [
    ("I'm giving her the decoding screener next Tuesday (10/20).", date(2026, 10, 20)),
    ("We're mailing the signed amendment to you by 10/23.", date(2026, 10, 23)),
    ("I can drop the reading kit off at the front desk by the end of next week.", date(2026, 10, 23)),
    ("I'd like to schedule the missed session after school next week and will call you to set it up.", date(2026, 10, 23)),
    ("ok ill bring the headphones back to her room tomorrow", date(2026, 10, 15)),
    ("The translated copy will come by October 28.", date(2026, 10, 28)),
    ("Her evaluation report should be to you by 10/27.", date(2026, 10, 27)),
    ("I'll put it on the agenda for the 26th.", date(2026, 10, 26)),
    ("I'll track each session on the log and send it to you at the end of each month.", date(2026, 10, 31)),
    ("I'll catch her up next week by adding a session on Thursday, and send the updated log by 10/30.", date(2026, 10, 30)),
])
def test_more_promise_forms(tagger, text, due):
    promise, = tag(tagger, text).promises
    assert promise.due == due


@pytest.mark.parametrize("text, due", [
    ("My plan is to send the updated goal page by next Tuesday.", date(2026, 10, 20)),
    ("Our goal is to have the draft to you by 10/23.", date(2026, 10, 23)),
    ("You should expect the evaluation summary by 10/30.", date(2026, 10, 30)),
    ("Expect a call from me by Friday with the new bus times.", date(2026, 10, 16)),
    ("I'm hoping to get the session log to you by Friday.", date(2026, 10, 16)),
    ("The district proposes 300 minutes of compensatory speech, as 10 sessions between November 2 and December 18.",
     date(2026, 12, 18)),
    ("I'd like to do her make-up session after school this Thursday, 10/15.", date(2026, 10, 15)),
    ("Her quiz grade will be in Canvas by the end of the week.", date(2026, 10, 16)),
    ("I'll send the reading log by end of week.", date(2026, 10, 16)),
    ("I'll set up the retake for the week after next and let you know the day.", date(2026, 10, 30)),
])
def test_promise_forms_with_plans_notices_and_week_ends(tagger, text, due):
    promise, = tag(tagger, text).promises
    assert promise.due == due


@pytest.mark.parametrize("text, due", [
    ("The new bus aide starts Monday.", date(2026, 10, 19)),
    ("Her speech sessions resume next week.", date(2026, 10, 23)),
    ("Look for the reading log in her backpack on Friday.", date(2026, 10, 16)),
    ("Someone from transportation will call you tomorrow.", date(2026, 10, 15)),
    ("Happy to send it over tomorrow.", date(2026, 10, 15)),
    ("Sending the signed page back Friday.", date(2026, 10, 16)),
])
def test_promise_forms_without_the_usual_subject(tagger, text, due):
    promise, = tag(tagger, text).promises
    assert promise.due == due


def test_a_colleague_asked_to_send_promises_it(tagger):
    promise, = tag_with_colleague(tagger, "I've asked Mr. Paulsen to send you the bus schedule by Friday.").promises
    assert promise.by_email == COLLEAGUE.email and promise.due == date(2026, 10, 16)


@pytest.mark.parametrize("text", [
    "Progress reports go home Friday 10/23.",
    "Sending you good thoughts for tomorrow.",
    "Speech starts at 9:30 on Tuesdays.",
    "I've asked Ivy to bring her planner tomorrow.",
    "The state test begins next week.",
    "They're going out on the field trip tomorrow.",
    "Happy to have her back tomorrow!",
    "You can expect him to be tired tomorrow.",
])
def test_calendar_notices_and_wishes_are_not_promises(tagger, text):
    assert tag(tagger, text).promises == ()


def test_a_colleague_said_she_twice_is_still_the_colleague(tagger):
    text = ("Yes, Ms. Paulsen is back! She was at a training last week, so Ivy's sessions on 10/6 and 10/8 were "
            "cancelled. She's making both up this week, on 10/15 and 10/16.")
    promise, = tag_with_colleague(tagger, text).promises
    assert promise.by_email == COLLEAGUE.email and promise.due == date(2026, 10, 16)


@pytest.mark.parametrize("text", [
    "Gene will send the release of information form.",
    "Your question went to Gene, and she'll call you about the transition survey.",
    "I spoke with Gene after lunch. He's also going to check the bus roster.",
    "Ms. Paulsen had a training last week, so two sessions were skipped. She's making them up on 10/15 and 10/16.",
])
def test_a_colleague_known_by_first_name_or_pronoun_promises(tagger, text):
    promise, = tag_with_colleague(tagger, text).promises
    assert promise.by_email == COLLEAGUE.email


def test_reported_speech_names_the_speaker_as_promiser(tagger):
    text = "Recap of our meeting: Gene said she'd email me the testing accommodations list by Friday."
    promise, = tag_with_colleague(tagger, text, author=PARENT).promises
    assert promise.by_email == COLLEAGUE.email and promise.due == date(2026, 10, 16)


@pytest.mark.parametrize("text", [
    "I should have sent this note on Monday.",  # a regret
    "We should have caught the schedule error sooner.",
    "I'll let Gene answer the part about the bus.",  # deferring to a colleague
    "I will reply when I return to the office on Monday.",  # an out-of-office line
    "I'll also be at her annual review in November.",  # being somewhere
    "I'm leaving for a conference on Friday.",
    "I'm hoping to hear from the district by Friday.",
    "I can do Monday 10/19 at 8:00 or Tuesday 10/20 at 3:30.",  # meeting times offered
    "I can send the packet by Friday if you want a paper copy.",  # a conditional offer
    "I know Ivy is tired lately and will need a break plan.",  # "will" of someone else
    "Ivy was ill on Monday and missed the spelling test.",
    "Bob will send the release form.",  # a first name the message does not know
    "The bus will come at 7:10.",
    "We read the 2nd chapter for the 3rd time.",
])
def test_more_things_that_are_not_promises(tagger, text):
    assert tag_with_colleague(tagger, text).promises == ()


@pytest.mark.parametrize("text", [
    "I'd also like to know how many minutes of counseling she received in September.",
    "Please let me know if you would like to accept the offer of extra sessions.",
    "Please tell us if you will attend, and whether you want a draft beforehand.",
    "I was wondering whether she could take her spelling tests in the library.",
    "I need to know who walks him to the bus when his aide is out.",
    "We would really appreciate a copy of the new behavior chart.",
    "I'm hoping you can tell me when the reading screener results come back.",
    "Is it possible to switch her OT session to the morning",
    "Can someone explain why the field trip form never came home",
    "Gina, I know you'll work the hearing check into her week, just let me know roughly when.",
    "Please let me know if I left out anything from the meeting.",
])
def test_more_request_forms(tagger, text):
    assert len(tag(tagger, text, author=PARENT).requests) == 1


@pytest.mark.parametrize("text", [
    "Please let me know if you would like to talk more.",
    "I'd like to know more about it sometime.",
    "Would you like me to drop the signed page off at the office?",
    "Want me to bring her inhaler on Monday?",
    "Who knew long division could cause so many tears?",
])
def test_more_courtesies_are_not_requests(tagger, text):
    assert tag(tagger, text, author=PARENT).requests == ()


def test_an_arrangement_written_to_the_student_is_the_schools(tagger):
    student = Person("Ivy Lind", "ilind@student.riverbend.org")
    text = "Ivy, you can retake the quiz with the questions read aloud on Thursday 10/15 in room 114."
    promise, = tagger.tag(MessageText(new_text=text, sent=WEDNESDAY, author=TEACHER, recipients=(student,))).promises
    assert promise.by_email == TEACHER.email and promise.due == date(2026, 10, 15)
    assert tag(tagger, text.removeprefix("Ivy, ")).promises == ()  # "you" is the parent: nothing arranged for them


@pytest.mark.parametrize("text, promised", [
    ("She can finish the essay during my study hall Thursday (10/15) with as much time as she needs.", True),
    ("I'll also look at her spring screening results.", True),
    ("We will look at the data together at the meeting.", False),
    ("Coach Lee, you'll have her 5th period starting Monday.", False),  # a colleague told of a class change
    ("She can redo the lab quiz Friday 10/16 in room 12 with Mr. Ames reading it.", True),  # a reader
    ("Don't worry, we'll figure it out!", False),  # a reassurance that names nothing
    ("We'll figure out a make-up schedule by Friday.", True),
])
def test_arrangements_and_discussions(tagger, text, promised):
    assert bool(tag(tagger, text).promises) is promised


def test_a_recipient_known_only_by_address_is_no_trouble(tagger):
    message = MessageText(new_text="You can retake the quiz Friday with extended time. Gene will send the form.",
                          sent=WEDNESDAY, author=TEACHER, recipients=(Person("", "frontdesk@riverbend.k12.mn.us"),))
    assert tagger.tag(message).promises == ()


@pytest.mark.parametrize("text", [
    "I teach her study skills class, so I will be your main point of contact this year.",
    "I'll be working with Ivy again this year, same as last spring.",
    "I'll be on a family leave starting Monday, probably until January.",
    "At the review the IEP team will discuss her reading goals and her testing accommodations.",
    "Mr. Cole will present the results of her speech screening.",
    "I will interpret at Ivy's annual review on the 12th.",
    "The state approved her testing supports for the spring, and they'll carry over to next year's exams.",
])
def test_a_role_or_a_leave_is_not_a_promise(tagger, text):
    assert tag(tagger, text).promises == ()


def test_school_days_before_a_meeting_skip_the_weekend_and_a_deadline_is_not_the_meetings_day(tagger):
    text = ("Her review has to happen on or before November 20. I'd like to hold it Tuesday, November 10 at 3:15.\n\n"
            "I will send you the draft three school days before the meeting so you can look it over.")
    promise, = tag(tagger, text).promises
    assert promise.due == date(2026, 11, 5)


@pytest.mark.parametrize("text, due", [
    ("Para el examen: le mando la guía de estudio el lunes 19, después de la reunión.", date(2026, 10, 19)),
    ("Le voy a llamar el viernes 16 para hablar del horario.", date(2026, 10, 16)),
    ("Le enviaré el borrador la próxima semana.", None),
])
def test_a_teacher_promising_in_spanish(tagger, text, due):
    promise, = tag(tagger, text).promises
    assert promise.due == due


@pytest.mark.parametrize("text", [
    "Le mando adjunto el formulario.",
    "El aviso del lunes 19 fue para todos.",
])
def test_spanish_that_sends_now_or_names_a_notice_is_not_a_promise(tagger, text):
    assert tag(tagger, text).promises == ()


def test_a_promise_said_in_english_and_again_in_spanish_is_one_promise(tagger):
    text = ("I will send you the signed form on Monday 10/19.\n\n"
            "Le enviaré el formulario firmado el lunes 19.")
    promise, = tag(tagger, text).promises
    assert promise.sentence.startswith("I will send")


def test_the_spanish_beside_an_english_paragraph_that_undertakes_something_is_its_translation(tagger):
    text = ("Le confirmo que estaré en la revisión. Cuando reciba el borrador, le enviaré la traducción el lunes 19.\n\n"
            "I confirm that I will interpret at Ivy's annual review on the 12th.")
    assert all(p.rule != "first-person:spanish" for p in tag(tagger, text).promises)


# ---- asks and continuations that only look like promises or requests ----------------------

@pytest.mark.parametrize("text", [
    "Please confirm in writing before the review how and when the school will make up the missed sessions.",
    "Could you tell me by Friday who will be covering her reading group?",
    "I need to know when the new aide will start.",
])
def test_a_will_inside_what_is_asked_about_is_no_promise(tagger, text):
    assert tag(tagger, text, author=PARENT).promises == ()


def test_a_promise_after_a_question_it_answers_is_still_made(tagger):
    promise, = tag(tagger, "Let me know which afternoon works and I'll book the room.").promises
    assert "book the room" in promise.sentence


def test_a_subjectless_next_step_carries_the_same_writers_promise_on(tagger):
    text = "I'm going to redo her reading inventory before the review so the data is current. Will send you the results"
    promise, = tag(tagger, text).promises
    assert promise.sentence.startswith("I'm going to redo")


def test_a_subjectless_promise_on_its_own_is_still_a_promise(tagger):
    assert len(tag(tagger, "Thanks for the reminder. Will drop the form in her folder tomorrow.").promises) == 1
    assert len(tag(tagger, "I'll call the OT today.\n\nWill drop the form in her folder tomorrow.").promises) == 2


@pytest.mark.parametrize("text", [
    "Please use my work address going forward so nothing gets lost.",
    "For my records, please cc sam.files@example.com whenever you email me about Ivy.",
])
def test_how_to_write_from_now_on_is_no_request(tagger, text):
    assert tag(tagger, text, author=PARENT).requests == ()


def test_an_automated_notice_asks_nothing_anyone_answers(tagger):
    text = ("Before the account is active, a teacher must approve it. Please forward this link to Ivy's teacher.\n\n"
            "You are receiving this email because an application was submitted with this address.")
    assert tag(tagger, text, author=Person("Member Services", "members@booksfor.example.org")).requests == ()


def test_a_plain_ask_to_copy_someone_is_still_a_request(tagger):
    assert len(tag(tagger, "Please copy me on the email to the OT.", author=PARENT).requests) == 1


@pytest.mark.parametrize("text", [
    "Is it really that hard to seat a ten-year-old near the board?",
    "Is that too much to ask?",
])
def test_a_complaint_put_as_a_question_is_no_request(tagger, text):
    assert tag(tagger, text, author=PARENT).requests == ()


def test_asking_whether_something_is_hard_is_still_a_request(tagger):
    assert len(tag(tagger, "Is it hard to get her bus stop changed?", author=PARENT).requests) == 1


@pytest.mark.parametrize("text", [
    "Please make sure she gets to bed early and eats breakfast the morning of the test.",
    "Please mark anything you'd like changed and bring it to the meeting on Friday.",
    "Ms. Lee, please make sure the interpreter request is entered in the system.",
    "Please keep the reading log going over break.",
])
def test_an_instruction_to_carry_out_is_no_request(tagger, text):
    assert tag(tagger, text).requests == ()


@pytest.mark.parametrize("text", [
    "Please make sure I get a copy of the revised schedule.",
    "Can you make sure she gets her extended time on Friday's test?",
])
def test_an_instruction_that_asks_for_something_back_or_a_question_is_still_a_request(tagger, text):
    assert len(tag(tagger, text, author=PARENT).requests) == 1


@pytest.mark.parametrize("text", [
    "I'll answer each of your questions below.",
    "- Speech: two sessions missed in March. I'll handle this one in a letter (see below).",
])
def test_what_the_message_itself_goes_on_to_do_is_no_promise(tagger, text):
    assert tag(tagger, text).promises == ()


def test_a_thing_listed_below_may_still_be_promised(tagger):
    assert len(tag(tagger, "I'll bring the forms listed below to the meeting on Friday.").promises) == 1


# ---- demand letters and standing instructions ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "I want a meeting with her case manager and the principal before the end of the month.",
    "We also want copies of the speech logs for the whole semester.",
    "I'd like to have an IEP meeting before the holidays to talk about her reading.",
    "Ms. Okoye, Mr. Reyes: I want to know what the school will do if the new device does not come in time.",
    "For the review meeting, I would ask that the team bring the attendance data for her pull-out sessions.",
    "We respectfully request an independent educational evaluation at public expense.",
    "The behavior log was not in the packet; please send it before Friday.",
    "She has almost used up her headphones, if you can send a new pair that would be great.",
    "Le escribo para pedir una reunión con la maestra.",
    "Necesito una copia del plan en español, por favor.",
])
def test_demands_and_asks_after_a_clause_are_requests(tagger, text):
    assert len(tag(tagger, text, author=PARENT).requests) == 1


@pytest.mark.parametrize("text", [
    "Is this how the district supports every family that asks for help?",
    "Please let me know if that day doesn't work for you.",
    "Please include me on all correspondence about her program.",
    "Please cc my second address on anything regarding the evaluation.",
    "Last spring we requested a reading evaluation.",
    "Any questions?",
    "I want her to enjoy school again.",
])
def test_standing_instructions_reports_and_complaints_are_not_requests(tagger, text):
    assert tag(tagger, text, author=PARENT).requests == ()


def test_lettered_items_under_a_request_line_are_the_requests(tagger):
    text = ("I respectfully request the following:\n\n"
            "(a) Please provide her progress reports for the fall by November 2.\n\n"
            "(b) Please confirm whether the school will meet to consider make-up sessions.\n\n"
            "Sincerely,\nPat")
    requests = tag(tagger, text, author=PARENT).requests
    assert [r.rule for r in requests] == ["listed-ask", "listed-ask"]


def test_a_passive_filing_with_a_business_day_range_is_a_promise_due_at_the_later_bound(tagger):
    promise, = tag(tagger, "Her testing exception is expected to be applied within 3-5 business days.").promises
    assert promise.due == date(2026, 10, 21)


def test_the_user_writing_down_a_staff_members_contracted_promise(tagger):
    text = "Ms. Okoye said she'll send the reading log on Friday."
    promise, = tag(tagger, text, author=PARENT).promises
    assert promise.by_email == TEACHER.email and promise.due == date(2026, 10, 16)


SPOUSE = Person("Alex Lind", "alex.lind@yahoo.com")


def test_the_users_mail_to_family_only_asks_the_school_nothing(tagger):
    text = "Can you pick Ivy up Thursday? I have the IEP meeting at 3 and can't leave early."
    to_family = tagger.tag(MessageText(new_text=text, subject="Thursday", sent=WEDNESDAY, author=PARENT,
                                       recipients=(SPOUSE,), from_user=True))
    assert to_family.requests == ()
    to_school = tagger.tag(MessageText(new_text=text, subject="Thursday", sent=WEDNESDAY, author=PARENT,
                                       recipients=(TEACHER,), from_user=True))
    assert len(to_school.requests) == 1
    # a school's person at a personal address is greeted by title
    titled = tagger.tag(MessageText(new_text="Hi Ms. Okoye, " + text, subject="Thursday", sent=WEDNESDAY, author=PARENT,
                                    recipients=(Person("Rae Okoye", "rae.okoye@gmail.com"),), from_user=True))
    assert len(titled.requests) == 1


# ---- not trackable commitments: stances, restatements, private steps, the parent's own next moves ----------

@pytest.mark.parametrize("text", [
    "Understood. I will follow the IEP as written.",
    "We will honor her accommodations.",
    "Our aide will sit with her at lunch as outlined in item 3.",
    "The bus aide will ride with her as described above.",
    "No make-up slot this week, sorry. I'll look at my calendar over the weekend.",
    "I'll check my schedule after the conference.",
])
def test_stances_restatements_and_private_steps_are_not_promises(tagger, text):
    assert not tag(tagger, text).promises


@pytest.mark.parametrize("text", [
    "I'll check my calendar and get back to you by Friday.",
    "I will follow up with the counselor and send you the form on Friday.",
    "Starting Monday I will implement her plan in science and send you a weekly log every Friday.",
    "Ms. Park will cover lunch on Tuesday 10/20.",
])
def test_what_only_borders_on_a_stance_is_still_a_promise(tagger, text):
    assert len(tag(tagger, text).promises) == 1


def test_the_parents_plan_to_raise_it_with_a_third_party_is_not_a_promise(tagger):
    assert tag(tagger, "Thanks. We'll talk to Ms. Vale about making those sessions up.", author=PARENT).promises == ()
    # a thing handed to the reader after it is one
    assert len(tag(tagger, "I'll talk to Ms. Vale about it and let you know on Friday.", author=PARENT).promises) == 1
    # staff raising it with a colleague is one
    assert len(tag(tagger, "I'll talk to Mr. Hale about the notes tomorrow.").promises) == 1


def test_a_date_in_the_reason_does_not_make_a_second_promise(tagger):
    text = ("I'll send a reminder to her teachers by Friday, and I'll add her new teachers too since the schedules "
            "change on 10/26.")
    promises = tag(tagger, text).promises
    assert len(promises) == 1, promises
    assert promises[0].due == date(2026, 10, 16)
    # two undertakings, each with its own date, are two
    text = "I'll send the reading log by Friday, and I'll call you on Tuesday 10/20 about the retest."
    assert len(tag(tagger, text).promises) == 2


@pytest.mark.parametrize("text, kept", [
    ("I have to cancel today's session, I'm sorry. We'll make it up. I'll send you two make-up times by Monday.",
     "I'll send you two make-up times by Monday."),
    ("Thanks for coming in. I'm going to write everything up. I'll send the revised plan to the team by 10/23.",
     "I'll send the revised plan to the team by 10/23."),
])
def test_a_vague_undertaking_spelled_out_with_its_date_next_is_one_promise(tagger, text, kept):
    promises = tag(tagger, text).promises
    assert [p.sentence for p in promises] == [kept]


@pytest.mark.parametrize("text", [
    "I'll confirm it with the bus office by 4:00 and let you know. I'll also send the new route sheet on Friday.",
    "I'll print it for her today. I'll also send the study guide home on Friday.",
    "We'll make it up. The para will also be back on Monday, and Ms. Park will call you on Friday.",
])
def test_an_undertaking_with_its_own_time_or_before_anothers_stays(tagger, text):
    assert len(tag(tagger, text).promises) >= 2
