"""A battery for UNANSWERED REQUESTS: what is an ask that needs an answer, and which later mail answers it.

Every sentence here is invented for this test, in the ways parents, teachers, therapists and district staff
write; none is copied from a labeled corpus. Two parts:

- detection: the pure request rules (Tagger.tag(...).requests) on asks and on what only looks like one
  (courtesies, offers, rhetorical questions, small talk, instructions, greetings passed on, a note to oneself);
- linking: link_requests on small records: the other side's next reply answering in other words, an answer
  in another thread days later, one reply answering several asks, a partial answer, an answer by phone
  mention, a meeting scheduled or a paper attached as the answer; and true unanswered cases (a reply that
  ignores the question, "Got it, thanks", a deferral, a promise to send later).
"""
from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from ieptrail.classify import MessageText, Person, Tagger
from ieptrail.classify.followup import LaterMessage
from ieptrail.classify.linking import MessageIndex, ask_in, link_requests

CHICAGO = ZoneInfo("America/Chicago")
SENT = datetime(2026, 4, 8, 16, 20, tzinfo=CHICAGO)  # a Wednesday
TEACHER_P = Person("Lena Marsh", "lmarsh@pinegrove.k12.or.us")
PARENT_P = Person("Dee Alvarez", "dee.alvarez@gmail.com")
AUNT_P = Person("Rosa Alvarez", "rosa.alv77@yahoo.com")


@pytest.fixture(scope="module")
def tagger():
    return Tagger(("Nico Alvarez",))


def asks(tagger, text, author=PARENT_P, recipients=None):
    if recipients is None:
        recipients = (TEACHER_P,) if author != TEACHER_P else (PARENT_P,)
    tagged = tagger.tag(MessageText(new_text=text, subject="Re: Nico", sent=SENT, author=author,
                                    recipients=tuple(recipients), from_user=author == PARENT_P, is_reply=True))
    return [request.sentence for request in tagged.requests]


# ---- detection: asks that need an answer ------------------------------------------------------

@pytest.mark.parametrize("text, author", [
    ("Could you send me his reading fluency scores from the winter screening?", PARENT_P),
    ("What time does the annual review start on Thursday?", PARENT_P),
    ("Please let me know which afternoon works better for the eligibility meeting.", TEACHER_P),
    ("I am requesting an independent educational evaluation at public expense.", PARENT_P),
    ("I'd appreciate a copy of the prior written notice from last week.", PARENT_P),
    ("Has the new wobble cushion come in yet?", PARENT_P),
    ("can u let me know if he ate his lunch today", PARENT_P),
    ("Will he test in the resource room or in the hallway outside class?", PARENT_P),
    ("Do you have a few minutes Friday to go over the draft goals?", TEACHER_P),
    ("Who should I talk to about the bus arriving late every morning?", PARENT_P),
    ("Any chance you've seen his blue water bottle?", PARENT_P),
    ("If you have a minute, could you call me back?", PARENT_P),
    ("Please RSVP by Friday.", TEACHER_P),
    ("I need to know by Friday whether the bus will stop at our new address.", PARENT_P),
    ("Let me know your thoughts on the draft goals.", TEACHER_P),
    ("Can you tell me if he finished the MAP test?", PARENT_P),
    ("Please confirm whether the aide will ride with him on Monday.", PARENT_P),
])
def test_asks_that_need_an_answer(tagger, text, author):
    assert len(asks(tagger, text, author)) == 1


# ---- detection: what only looks like an ask ---------------------------------------------------

@pytest.mark.parametrize("text, author", [
    ("Let me know if you have any questions.", TEACHER_P),
    ("Feel free to reach out if anything comes up over the break.", TEACHER_P),
    ("Please don't hesitate to call the office with any concerns.", TEACHER_P),
    ("Any questions, just let me know!", TEACHER_P),
    ("Let me know if that time doesn't work for you.", TEACHER_P),
    ("How is he supposed to keep up if nobody gives him the notes?", PARENT_P),  # rhetorical
    ("Can you believe how much she has grown this year?", PARENT_P),
    ("Would you like me to send home a paper copy as well?", TEACHER_P),  # an offer
    ("Hope you all had a restful spring break?", TEACHER_P),  # small talk
    ("Please keep me posted.", PARENT_P),
    ("Please make sure he brings his headphones tomorrow.", TEACHER_P),  # an instruction, carried out
    ("Please tell Ms. Marsh thank you from all of us!", PARENT_P),  # thanks passed on
    ("Thank you so much for everything you do for him.", PARENT_P),
    ("Please have a wonderful weekend!", TEACHER_P),
    ("Please remember that Friday is an early release day.", TEACHER_P),
    ("Let me know how it goes!", TEACHER_P),
    ("Please email me anytime.", TEACHER_P),
    ("Please call the front office if he will be absent.", TEACHER_P),  # a contingency, not an ask
    ("Please check your spam folder if you don't see the invitation.", TEACHER_P),
    ("Please send a water bottle with him each day.", TEACHER_P),  # a routine for home
    ("Please remind him to turn in his reading log.", TEACHER_P),
    ("Please sign in at the front office when you arrive.", TEACHER_P),
    ("Who's ready for summer?", TEACHER_P),
    ("Why not give it a try?", TEACHER_P),
    ("Who do I even talk to about this anymore?", PARENT_P),
    ("Do you think that's fair to him?", PARENT_P),
    ("How could nobody notice he was gone for an hour?", PARENT_P),
    ("Not sure if you saw this?", PARENT_P),
])
def test_what_only_looks_like_an_ask(tagger, text, author):
    assert asks(tagger, text, author) == []


def test_a_note_to_oneself_asks_nobody(tagger):
    assert asks(tagger, "Ask about summer school at the meeting? Need to bring the binder.", PARENT_P,
                recipients=(PARENT_P,)) == []


def test_a_relatives_note_to_the_parent_asks_nothing_of_the_school(tagger):
    assert asks(tagger, "Can you pick him up Thursday? I have a doctor appointment.", PARENT_P, recipients=(AUNT_P,)) == []


# ---- linking ------------------------------------------------------------------------------------

PARENT = "dee.alvarez@gmail.com"
CASE_MANAGER = "lmarsh@pinegrove.k12.or.us"
COORDINATOR = "tbaird@pinegrove.k12.or.us"
START = datetime(2026, 4, 6, 15, 0)


def mail(author: str, text: str, *, day: int, thread: int = 1, to: str | None = None) -> LaterMessage:
    to = to or (PARENT if author != PARENT else CASE_MANAGER)
    return LaterMessage(id=day + 1, thread_id=thread, sent=START + timedelta(days=day), author_email=author,
                        author_is_user=author == PARENT, recipients=frozenset({to}), new_text=text)


def answered(messages: list[LaterMessage], *sentences: str) -> list[bool]:
    first = messages[0]
    items = [ask_in(first, f"R{n}", s, first.new_text.index(s), first.new_text.index(s) + len(s),
                    asker=first.author_email, asked_by_user=first.author_is_user) for n, s in enumerate(sentences)]
    found = link_requests(items, MessageIndex(messages, frozenset({"nico"})))
    return [item.key in found for item in items]


def test_the_next_reply_answers_in_other_words():
    question = "Is Nico still getting his speech sessions while Ms. Ortiz is on leave?"
    messages = [mail(PARENT, question, day=0),
                mail(CASE_MANAGER, "A contract therapist has been covering her Tuesday and Thursday groups since the 3rd, "
                                   "and Nico has not missed any.", day=1)]
    assert answered(messages, question) == [True]


def test_an_answer_in_another_thread_days_later():
    question = "Has the occupational therapy evaluation been scheduled yet?"
    messages = [mail(PARENT, f"Thanks for the update on reading. {question}", day=0),
                mail(CASE_MANAGER, "Following up on your question from last week: the OT evaluation is set for "
                                   "April 24 at 9:00 in the learning center.", day=6, thread=2)]
    assert answered(messages, question) == [True]


def test_one_reply_answers_several_asks():
    first, second = "When do progress reports go home?", "Also, could you send me the behavior chart from last week?"
    messages = [mail(PARENT, f"{first} {second}", day=0),
                mail(CASE_MANAGER, "Progress reports go home with report cards on April 17. I've attached last week's "
                                   "behavior chart.", day=1)]
    assert answered(messages, first, second) == [True, True]


def test_a_partial_answer_answers_only_its_part():
    first, second = "When do progress reports go home?", "Also, could you send me the behavior chart from last week?"
    messages = [mail(PARENT, f"{first} {second}", day=0),
                mail(CASE_MANAGER, "Progress reports go home with report cards on April 17.", day=1)]
    assert answered(messages, first, second) == [True, False]


def test_an_answer_by_phone_mention():
    question = "Can we talk about whether he qualifies for extended school year?"
    messages = [mail(PARENT, question, day=0),
                mail(CASE_MANAGER, "As we discussed on the phone this afternoon, he qualifies for ESY in reading. "
                                   "The summer session runs June 15 to July 17.", day=2)]
    assert answered(messages, question) == [True]


def test_a_meeting_scheduled_answers_an_ask_for_one():
    ask = "Could we set up a meeting to go over his reading goals?"
    messages = [mail(PARENT, ask, day=0),
                mail(CASE_MANAGER, "I've put us down for Tuesday, April 14 at 3:15 in the library. The invitation "
                                   "is attached.", day=1)]
    assert answered(messages, ask) == [True]


def test_the_paper_attached_answers_an_ask_to_send_it():
    ask = "Could you send me the speech log for March?"
    messages = [mail(PARENT, ask, day=0),
                mail(CASE_MANAGER, "Attached is Nico's speech log for March.", day=2)]
    assert answered(messages, ask) == [True]


def test_a_yes_answers_a_yes_no_question():
    question = "Will the bus still pick her up at 7:10 after the route change?"
    messages = [mail(PARENT, question, day=0), mail(CASE_MANAGER, "Yes, same stop and same time.", day=1)]
    assert answered(messages, question) == [True]


def test_a_colleague_answers_in_the_thread():
    question = "Is he allowed to use a calculator on the state math test?"
    messages = [mail(PARENT, question, day=0),
                mail(COORDINATOR, "Hi Ms. Alvarez, I coordinate testing here. His IEP lists a basic four-function "
                                  "calculator for every section, so he will have one.", day=1)]
    assert answered(messages, question) == [True]


def test_a_reply_that_ignores_the_question_does_not_answer():
    question = "Why was his aide not with him at lunch on Monday?"
    messages = [mail(PARENT, question, day=0),
                mail(CASE_MANAGER, "Thanks for your note! Just a reminder that picture day is Friday and the book fair "
                                   "starts next week.", day=1)]
    assert answered(messages, question) == [False]


def test_got_it_thanks_does_not_answer():
    ask = "Could you send me a copy of the speech log for February?"
    messages = [mail(PARENT, ask, day=0), mail(CASE_MANAGER, "Got it, thanks!", day=1)]
    assert answered(messages, ask) == [False]


def test_a_deferral_does_not_answer():
    question = "How many minutes of OT did he get in January?"
    messages = [mail(PARENT, question, day=0),
                mail(CASE_MANAGER, "Great question, let me check with the therapist and get back to you.", day=1)]
    assert answered(messages, question) == [False]


def test_a_promise_to_send_later_does_not_answer_an_ask_to_send():
    ask = "Please send me the draft IEP before the meeting."
    messages = [mail(PARENT, ask, day=0), mail(CASE_MANAGER, "I will send the draft IEP by Friday.", day=1)]
    assert answered(messages, ask) == [False]


def test_the_askers_own_follow_up_does_not_answer():
    question = "Has the new wobble cushion come in yet?"
    messages = [mail(PARENT, question, day=0),
                mail(PARENT, "Just checking again on the wobble cushion for his desk.", day=4)]
    assert answered(messages, question) == [False]


def test_a_where_question_answered_in_other_words():
    question = "Where does he go during a fire drill if his aide is at lunch?"
    messages = [mail(PARENT, question, day=0),
                mail(CASE_MANAGER, "The front office assigns the nearest adult to walk out with him; this week that is "
                                   "Mrs. Kim from the library.", day=1)]
    assert answered(messages, question) == [True]


def test_sympathy_alone_does_not_answer():
    question = "Why was his aide not with him at lunch on Monday?"
    messages = [mail(PARENT, question, day=0), mail(CASE_MANAGER, "I'm so sorry to hear that.", day=1)]
    assert answered(messages, question) == [False]


def test_a_question_back_does_not_answer():
    question = "Is the permission slip for the aquarium trip due this week?"
    messages = [mail(PARENT, question, day=0),
                mail(CASE_MANAGER, "Which trip do you mean, the aquarium or the museum one in May?", day=1)]
    assert answered(messages, question) == [False]


def test_a_reply_in_another_thread_about_other_things_does_not_answer():
    question = "Is the permission slip for the aquarium trip due this week?"
    messages = [mail(PARENT, question, day=0),
                mail(CASE_MANAGER, "Nico did a great job in reading group today and read two full pages aloud.", day=2,
                     thread=2)]
    assert answered(messages, question) == [False]


def test_a_reply_on_unrelated_news_does_not_answer():
    question = "Is the reading tutor coming on Wednesdays now?"
    messages = [mail(PARENT, question, day=0), mail(CASE_MANAGER, "The bus has been on time since Monday.", day=1)]
    assert answered(messages, question) == [False]


def test_a_count_needs_a_number():
    question = "How many times was the break card used this week?"
    messages = [mail(PARENT, question, day=0),
                mail(CASE_MANAGER, "He used it well and came back to class calmly each time.", day=1)]
    assert answered(messages, question) == [False]
    messages[1] = mail(CASE_MANAGER, "He used it three times, each time for about five minutes.", day=1)
    assert answered(messages, question) == [True]


def test_a_polite_ask_for_information_answered_in_other_words():
    ask = "Please let me know who will cover his math group while Mr. Diaz is out."
    messages = [mail(PARENT, ask, day=0),
                mail(CASE_MANAGER, "Mrs. Kim, our math interventionist, is taking it through the end of the month.", day=1)]
    assert answered(messages, ask) == [True]


def test_a_time_offered_as_a_question_answers_an_ask_for_a_call():
    ask = "Could we set up a phone call this week?"
    messages = [mail(PARENT, ask, day=0),
                mail(CASE_MANAGER, "Thank you for your patience while I was out. Are you free for a call Thursday at 4:15?",
                     day=1)]
    assert answered(messages, ask) == [True]


def test_numbered_answers_answer_the_asks_of_the_same_numbers():
    a, b, c = "1. When does ESY start?", "2. Will he have the same aide?", "3. Is transportation included?"
    messages = [mail(PARENT, f"A few questions:\n\n{a}\n{b}\n{c}", day=0),
                mail(CASE_MANAGER, "1. June 15, at Lincoln.\n2. Yes, Ms. Park will stay with him.", day=1)]
    assert answered(messages, a, b, c) == [True, True, False]


def test_the_answer_after_a_colleague_hands_the_question_on():
    question = "Is his speech group still at 10:15?"
    messages = [mail(PARENT, question, day=0), mail(COORDINATOR, "I'll let Ms. Marsh answer this one.", day=1),
                mail(CASE_MANAGER, "It moved to 11:00 this week because of testing.", day=2)]
    assert answered(messages, question) == [True]


def test_not_yet_answers_a_has_it_come_question():
    question = "Has the wobble cushion come in yet?"
    messages = [mail(PARENT, question, day=0), mail(CASE_MANAGER, "Not yet, it's on back order until May.", day=1)]
    assert answered(messages, question) == [True]


def test_an_auto_reply_does_not_answer():
    question = "Why did he miss OT on Tuesday?"
    away = LaterMessage(id=2, thread_id=1, sent=START + timedelta(days=1), author_email=CASE_MANAGER, author_is_user=False,
                        recipients=frozenset({PARENT}), new_text="I am out of the office until Monday with limited email.",
                        auto_reply=True)
    assert answered([mail(PARENT, question, day=0), away], question) == [False]


def test_the_family_doing_what_was_asked_answers_it():
    ask = "Could you sign and return the consent form?"
    messages = [mail(CASE_MANAGER, ask, day=0), mail(PARENT, "Signed and put it in her folder this morning.", day=1)]
    assert answered(messages, ask) == [True]


# ==== round 2: other writers and registers ======================================================
# (invented for this round: terse replies, inline answers under quoted lines, answers sharing no word with the ask,
# several asks answered in one mail, answers from a colleague or in a new thread, partial answers; and more things
# that only look like asks)

SPEECH = "rvance@pinegrove.k12.or.us"  # a colleague of the case manager at the same school


@pytest.mark.parametrize("text, author", [
    ("Quick q - is there school on the 14th or is that a PD day?", PARENT_P),
    ("Are we still on for Thursday at 2:30?", PARENT_P),
    ("Would Monday or Wednesday be better for the classroom observation?", TEACHER_P),
    ("Can his speech minutes be moved to the morning block instead?", PARENT_P),
    ("When's the next progress report coming out?", PARENT_P),
    ("Did the bus company ever call you back about the car seat?", PARENT_P),
    ("What does SDI mean on page 4 of the draft?", PARENT_P),
    ("Mr. Tran - do you have his updated behavior plan?", PARENT_P),
    ("could someone tell me whether you got our signed consent form", PARENT_P),
    ("Does he still need his inhaler in the nurse's office or can he carry it?", TEACHER_P),
])
def test_round2_asks(tagger, text, author):
    assert len(asks(tagger, text, author)) == 1


@pytest.mark.parametrize("text, author", [
    ("If you have any questions about the new schedule, just give me a call.", TEACHER_P),
    ("Just reply here if anything comes up.", TEACHER_P),
    ("Let me know if there's anything else I can do.", TEACHER_P),
    ("Thanks again, and let me know if you need anything from our end.", PARENT_P),
    ("Need anything else from me?", PARENT_P),  # an offer
    ("Happy to hop on a call if that's easier.", TEACHER_P),
    ("Can I just say how proud we are of him?", PARENT_P),
    ("Would you believe he read the whole chapter book by himself?", PARENT_P),
    ("Did I mention he lost his first tooth at recess?", PARENT_P),
    ("Guess what?", PARENT_P),
    ("You know what he told me at dinner?", PARENT_P),
    ("Please disregard my last email.", PARENT_P),
    ("Please excuse the typos, I'm on my phone.", PARENT_P),
    ("Please forgive the late reply.", TEACHER_P),
    ("Please let him know we are all so proud of him!", PARENT_P),
    ("Enjoy the long weekend and let me know if you have any questions!", TEACHER_P),
    ("Isn't it funny how much they change over one summer?", TEACHER_P),
    ("What's next, a spelling bee?", PARENT_P),
    ("Who would've guessed he'd love chess this much?", TEACHER_P),
    ("I wonder what he'll pick for his science project?", PARENT_P),
    ("Any questions or concerns, you know where to find me.", TEACHER_P),
    ("Let us know if we can help in any way.", TEACHER_P),
    ("Please feel free to share this with his grandparents.", TEACHER_P),
])
def test_round2_not_asks(tagger, text, author):
    assert asks(tagger, text, author) == []


def test_round2_a_question_in_quoted_speech_is_not_an_ask(tagger):
    assert asks(tagger, 'At pickup he kept asking me "when is it going to be my turn on the computer?" the whole way home.',
                PARENT_P) == []


def test_round2_questions_under_quote_marks_are_not_the_writers_asks(tagger):
    text = "> Can you send the March speech log?\nAttached.\n> Is he still in the Tuesday group?\nYes, same time."
    assert asks(tagger, text, TEACHER_P) == []


def test_round2_a_question_the_writer_answers_at_once(tagger):
    text = "Why does this matter so much to us? Because last year nobody wrote down his breaks and he lost recess for it."
    assert asks(tagger, text, PARENT_P) == []


def test_round2_yes_alone_answers_a_yes_no_question():
    question = "Will his aide go with him on the field trip Friday?"
    messages = [mail(PARENT, question, day=0), mail(CASE_MANAGER, "Yes.", day=1)]
    assert answered(messages, question) == [True]


def test_round2_done_answers_an_ask_to_add():
    ask = "Could you add the OT minutes to the agenda for Thursday?"
    messages = [mail(PARENT, ask, day=0), mail(CASE_MANAGER, "Done!", day=1)]
    assert answered(messages, ask) == [True]


def test_round2_a_day_picked_answers_a_choice_of_days():
    ask = "Would Monday or Wednesday be better for the classroom observation?"
    messages = [mail(CASE_MANAGER, ask, day=0), mail(PARENT, "Wednesday works best for us.", day=1)]
    assert answered(messages, ask) == [True]


def test_round2_tuesday_works():
    ask = "Are you free Tuesday after school to go over the draft?"
    messages = [mail(CASE_MANAGER, ask, day=0), mail(PARENT, "tuesday works", day=1)]
    assert answered(messages, ask) == [True]


def test_round2_inline_answers_under_quoted_questions():
    first, second = "When does ESY start?", "Will he have the same aide?"
    messages = [mail(PARENT, f"Two quick things. {first} {second}", day=0),
                mail(CASE_MANAGER, f"Hi Dee, answers below.\n\n> {first}\nJune 15th at Lincoln.\n\n> {second}\n"
                                   "Yes, Ms. Park is staying on for the summer.", day=1)]
    assert answered(messages, first, second) == [True, True]


def test_round2_an_answer_sharing_no_word_with_the_ask():
    question = "Has the wobble cushion come in yet?"
    messages = [mail(PARENT, question, day=0),
                mail(CASE_MANAGER, "It arrived Monday and he has been sitting on it all week.", day=1)]
    assert answered(messages, question) == [True]


def test_round2_one_reply_answers_three_asks():
    a, b, c = "When is picture day?", "Does he need a uniform for the concert?", "Can you resend the supply list?"
    messages = [mail(PARENT, f"{a} {b} {c}", day=0),
                mail(CASE_MANAGER, "Picture day is October 3. For the concert it's black pants and a white shirt, no "
                                   "uniform needed. The supply list is attached again.", day=1)]
    assert answered(messages, a, b, c) == [True, True, True]


def test_round2_a_colleague_answers_in_the_thread():
    question = "Is he still being seen for articulation, or only language now?"
    messages = [mail(PARENT, question, day=0),
                mail(SPEECH, "Hi, I'm Nico's speech therapist. We finished his articulation goals in March, so our "
                             "sessions are language only now.", day=1)]
    assert answered(messages, question) == [True]


def test_round2_an_answer_in_a_new_thread_days_later():
    question = "Can his speech minutes be moved to the morning block instead?"
    messages = [mail(PARENT, question, day=0),
                mail(CASE_MANAGER, "Good news on your scheduling question: starting Monday his speech time moves to "
                                   "9:10, before math.", day=5, thread=3)]
    assert answered(messages, question) == [True]


def test_round2_a_partial_answer_leaves_the_other_open():
    a, b = "Did he finish the reading benchmark?", "Also, could you send me the new seating chart?"
    messages = [mail(PARENT, f"{a} {b}", day=0),
                mail(CASE_MANAGER, "He finished the reading benchmark Tuesday and scored at grade level.", day=1)]
    assert answered(messages, a, b) == [True, False]


def test_round2_will_look_into_it_does_not_answer():
    question = "Why was he marked tardy three times this week when the bus was late?"
    messages = [mail(PARENT, question, day=0), mail(CASE_MANAGER, "Thanks for flagging, I'll look into it.", day=1)]
    assert answered(messages, question) == [False]


def test_round2_a_reply_that_asks_to_talk_later_does_not_answer():
    question = "Why was he marked tardy three times this week when the bus was late?"
    messages = [mail(PARENT, question, day=0),
                mail(CASE_MANAGER, "Can we talk about this at conferences next week?", day=1)]
    assert answered(messages, question) == [False]


def test_round2_no_answers_a_yes_no_question_tersely():
    question = "Is there school on the 14th?"
    messages = [mail(PARENT, question, day=0), mail(CASE_MANAGER, "Nope, teacher workday.", day=1)]
    assert answered(messages, question) == [True]


def test_round2_inline_answers_sharing_no_word_with_their_asks():
    first, second = "Who is covering speech while Ms. Ortiz is out?", "Is the sensory break still happening after lunch?"
    messages = [mail(PARENT, f"{first} {second}", day=0),
                mail(CASE_MANAGER, f"> {first}\nA contract therapist, Mr. Beale, started Monday.\n\n> {second}\n"
                                   "Every day, around 12:40.", day=1)]
    assert answered(messages, first, second) == [True, True]


def test_round2_a_promise_under_the_quoted_ask_does_not_answer_it():
    first, second = "Could you send me the March speech log?", "Is the sensory break still happening after lunch?"
    messages = [mail(PARENT, f"{first} {second}", day=0),
                mail(CASE_MANAGER, f"> {first}\nI'll send it Friday once it's signed.\n\n> {second}\n"
                                   "Every day, around 12:40.", day=1)]
    assert answered(messages, first, second) == [False, True]


def test_round2_a_colleague_the_mail_was_forwarded_to_answers_in_a_new_thread():
    question = "Is he going to get a one-on-one aide for the field trip?"
    messages = [mail(PARENT, question, day=0),
                mail(COORDINATOR, "Hi Ms. Alvarez, Ms. Marsh forwarded your email to me. We will have a para assigned to "
                                  "Nico for the whole trip.", day=2, thread=4)]
    assert answered(messages, question) == [True]


def test_round2_not_known_yet_does_not_answer():
    question = "Is the aide coming back after her leave?"
    messages = [mail(PARENT, question, day=0),
                mail(CASE_MANAGER, "Unfortunately we don't know yet. I'll let you know when I hear.", day=1)]
    assert answered(messages, question) == [False]


def test_round2_another_time_offered_back_answers_a_time_proposed():
    question = "Would you be able to meet Thursday at 3:30?"
    messages = [mail(CASE_MANAGER, question, day=0),
                mail(PARENT, "I can't Thursday, could we do Friday morning instead?", day=1)]
    assert answered(messages, question) == [True]


def test_round2_a_question_back_without_a_time_does_not_answer_a_time_proposed():
    question = "Would you be able to meet Thursday at 3:30?"
    messages = [mail(CASE_MANAGER, question, day=0), mail(PARENT, "What is the meeting about?", day=1)]
    assert answered(messages, question) == [False]


@pytest.mark.parametrize("text", ["Thanks so much for letting us know?", "How about that?", "What more could we ask for?",
                                  "Why am I not surprised?", "Is it Friday yet?", "Excited for the field trip?",
                                  "Can you imagine?", "Anyway, what can you do?"])
def test_round2_shrugs_and_cheers_are_not_asks(tagger, text):
    assert asks(tagger, text, PARENT_P) == []


@pytest.mark.parametrize("text", ["What can you do about the noise in the lunchroom?", "Thanks - could you also send the log?",
                                  "Are you ready for me to send the consent form?"])
def test_round2_asks_near_the_shrugs_still_ask(tagger, text):
    assert len(asks(tagger, text, PARENT_P)) == 1


@pytest.mark.parametrize("text", [
    "Per your question, does he need a calculator? Yes he does.",
    "Who else is coming to the meeting? Never mind, I see the list in the invite.",
    "Is the meeting still at 3? Actually, I just saw your calendar invite, so ignore that.",
])
def test_round2_a_question_taken_back_or_restated_asks_nothing(tagger, text):
    assert asks(tagger, text, PARENT_P) == []


def test_round2_a_reason_after_an_ask_keeps_it_an_ask(tagger):
    assert len(asks(tagger, "Can you resend the permission slip? Because the first one got wet in his backpack.", PARENT_P)) == 1


def test_round2_a_date_and_a_clock_time_answer_a_when_among_several_asks():
    a, b = "When is the IEP meeting?", "Can my husband join by phone?"
    messages = [mail(PARENT, f"{a} {b}", day=0),
                mail(CASE_MANAGER, "It's on the 21st at 2:30. Absolutely, I'll send a dial-in number.", day=1)]
    assert answered(messages, a, b) == [True, True]


def test_round2_a_bare_apology_does_not_answer_a_why():
    question = "Why was he kept in from recess on Tuesday?"
    messages = [mail(PARENT, question, day=0), mail(CASE_MANAGER, "Thanks for letting me know. I'm so sorry.", day=1)]
    assert answered(messages, question) == [False]


def test_round2_an_apology_with_the_reason_answers_a_why():
    question = "Why was he kept in from recess on Tuesday?"
    messages = [mail(PARENT, question, day=0),
                mail(CASE_MANAGER, "I'm so sorry, the sub did not know his plan says recess is never taken away.", day=1)]
    assert answered(messages, question) == [True]


def test_round2_another_paper_attached_does_not_answer_an_ask_for_one():
    ask = "Could you send me a copy of the FBA?"
    messages = [mail(PARENT, ask, day=0), mail(CASE_MANAGER, "Attached is the permission slip for the museum trip.", day=2)]
    assert answered(messages, ask) == [False]
    messages[1] = mail(CASE_MANAGER, "The functional behavior assessment is attached.", day=2)
    assert answered(messages, ask) == [True]


def test_round2_one_reply_in_paragraphs_answers_three_asks_in_other_words():
    a, b, c = ("Is he still pulled out during science?", "How is he doing with the new visual schedule?",
               "Could we get his spelling list a day early?")
    messages = [mail(PARENT, f"Hi Ms. Marsh,\n\nA few things. {a} {b} {c}\n\nThanks,\nDee", day=0),
                mail(CASE_MANAGER, "Hi Dee,\n\nGood questions. We moved his pull-out to the reading block starting this week, "
                                   "so he stays for science now.\n\nThe schedule has been great - he checks it himself after "
                                   "every transition.\n\nAnd yes, I'll send the spelling words home every Thursday from now on.",
                     day=1)]
    assert answered(messages, a, b, c) == [True, True, True]


@pytest.mark.parametrize("reply, expected", [
    ("He did, Ms. Ortiz saw him at 10. The fidget is fine as long as it stays quiet.", [True, True]),
    ("The fidget is fine as long as it stays quiet.", [False, True]),
])
def test_round2_the_short_answer_echoing_the_verb(reply, expected):
    a, b = "Did he get his speech session today?", "And is the fidget ok to keep in his desk?"
    messages = [mail(PARENT, f"{a} {b}", day=0), mail(CASE_MANAGER, reply, day=1)]
    assert answered(messages, a, b) == expected


@pytest.mark.parametrize("reply, expected", [
    ("Not yet - it's still in his folder. He has 4 absences so far.", [True, True]),
    ("He has 4 absences so far this quarter.", [False, True]),
])
def test_round2_not_yet_answers_its_question_among_two(reply, expected):
    a, b = "Did he turn in his book report?", "Also, how many absences does he have this quarter?"
    messages = [mail(PARENT, f"{a} {b}", day=0), mail(CASE_MANAGER, reply, day=1)]
    assert answered(messages, a, b) == expected


def test_round2_not_yet_with_a_promise_does_not_answer():
    question = "Did you get a chance to look at the draft goals?"
    messages = [mail(PARENT, question, day=0), mail(CASE_MANAGER, "Not yet, I'll look this weekend.", day=1)]
    assert answered(messages, question) == [False]


def test_round2_a_list_answers_a_what_question():
    question = "What accommodations will he get for the state test?"
    messages = [mail(PARENT, question, day=0),
                mail(CASE_MANAGER, "- extended time (1.5x)\n- small group setting\n- read aloud for math", day=1)]
    assert answered(messages, question) == [True]


def chatter() -> list[LaterMessage]:
    """Earlier mail on other things, so that a word's rarity in the record is what it would be in a real one."""
    notes = ["Picture day is Friday; order forms went home in folders.", "The book fair opens Monday in the library.",
             "Nico read two pages aloud in group today.", "Reminder: early release on Wednesday at 1:10.",
             "He left his jacket on the playground again.", "Thanks for the snacks for the class party!"]
    return [LaterMessage(id=100 + n, thread_id=50 + n, sent=START - timedelta(days=20 - n), author_email=CASE_MANAGER,
                         author_is_user=False, recipients=frozenset({PARENT}), new_text=note) for n, note in enumerate(notes)]


def test_round2_following_up_on_your_email_in_a_new_thread_answers():
    question = "Has the district approved the ESY transportation?"
    messages = [mail(PARENT, question, day=0),
                mail(COORDINATOR, "Hi Ms. Alvarez, following up on your email from last week. It was approved this "
                                  "morning, and pickup is at 7:45 starting June 15.", day=8, thread=5), *chatter()]
    assert answered(messages, question) == [True]


def test_round2_following_up_on_your_email_about_another_thing_does_not_answer():
    question = "Has the district approved the ESY transportation?"
    messages = [mail(PARENT, question, day=0),
                mail(COORDINATOR, "Hi Ms. Alvarez, following up on your email from last week: the picture day retakes "
                                  "are on the 12th.", day=8, thread=5), *chatter()]
    assert answered(messages, question) == [False]


def test_round2_if_not_after_a_question_is_the_same_ask(tagger):
    assert len(asks(tagger, "Will the aide be back by Monday? If not, who is covering lunch?", PARENT_P)) == 1


def test_round2_why_did_the_school_still_asks(tagger):
    assert len(asks(tagger, "Why did the school change his bus route?", PARENT_P)) == 1


# ---- round 2: the family answering the school's questions ------------------------------------

@pytest.mark.parametrize("ask, reply", [
    ("Would Tuesday or Thursday work better?", "Either is fine with us!"),
    ("Has he had any trouble with the new medication at home?", "None at all, he's sleeping better too."),
    ("Is he allergic to anything we should know about for the cooking lesson?", "Nothing that I know of."),
    ("How many hours does he sleep on a school night?", "About 9, lights out at 8:30."),
    ("What time works for you on Thursday?", "Anytime after 2 is fine."),
    ("Does he like the new reading books?", "Loves them - he read one to his sister last night."),
])
def test_round2_the_family_answers_in_few_words(ask, reply):
    messages = [mail(CASE_MANAGER, ask, day=0), mail(PARENT, reply, day=1), *chatter()]
    assert answered(messages, ask) == [True]


@pytest.mark.parametrize("ask, reply", [
    ("How many hours does he sleep on a school night?", "He has been so tired lately, poor guy."),
    ("Would Tuesday or Thursday work better?", "What is the meeting about?"),
    ("Is he allergic to anything we should know about for the cooking lesson?", "Just a reminder that Friday is pajama day!"),
])
def test_round2_few_words_that_do_not_answer(ask, reply):
    messages = [mail(CASE_MANAGER, ask, day=0), mail(PARENT, reply, day=1), *chatter()]
    assert answered(messages, ask) == [False]


def test_round2_call_me_anytime_does_not_answer():
    question = "Is the aide back from her leave?"
    messages = [mail(PARENT, question, day=0), mail(CASE_MANAGER, "Feel free to call me anytime.", day=1), *chatter()]
    assert answered(messages, question) == [False]


def test_round2_quoted_asks_are_not_the_replys_own_words():
    first, second = "Is he still getting his speech sessions on Tuesdays?", "Could you send me his speech log for March?"
    messages = [mail(PARENT, f"Hi. {first} {second}", day=0),
                mail(CASE_MANAGER, f"> {first}\n> {second}\n\nThanks for writing. Picture day is Friday!", day=1), *chatter()]
    assert answered(messages, first, second) == [False, False]
    messages[1] = mail(CASE_MANAGER, f"> {second}\n\nPicture day is Friday, forms are in the folder!", day=1)
    assert answered(messages[:1] + [messages[1]] + chatter(), second) == [False]
