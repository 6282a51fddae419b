"""The first reply answers: a summary the asker wants checked is answered by a reply that vouches for it, and a
reply whose sentence reports the deed before it asks something of its own still speaks to the ask.
Sentences are written for these tests; none is copied from a labeled corpus."""
from __future__ import annotations

from datetime import datetime, timedelta

from ieptrail.classify.followup import LaterMessage
from ieptrail.classify.linking import MessageIndex, ask_in, link_requests

PARENT = "pat.olsen@gmail.com"
CASE_MANAGER = "nhaddad@lakeview.k12.wi.us"
START = datetime(2026, 3, 10, 15, 0)


def record(*texts: tuple[str, str]) -> list[LaterMessage]:
    return [LaterMessage(id=i + 1, thread_id=1, sent=START + timedelta(days=i), author_email=author,
                         author_is_user=author == PARENT, recipients=frozenset({CASE_MANAGER if author == PARENT else PARENT}),
                         new_text=text) for i, (author, text) in enumerate(texts)]


def answered(messages: list[LaterMessage], sentence: str) -> bool:
    first = messages[0]
    start = first.new_text.index(sentence)
    ask = ask_in(first, "R1", sentence, start, start + len(sentence), asker=first.author_email,
                 asked_by_user=first.author_is_user)
    return "R1" in link_requests([ask], MessageIndex(messages, frozenset({"ezra"})))


SUMMARY = ("Here is what I heard at the meeting: 1. Reading group four days a week. 2. Speech goes to 45 minutes. "
           "Please fix anything I got wrong.")


def test_a_reply_vouching_for_the_summary_answers_the_ask_to_check_it():
    messages = record((PARENT, SUMMARY),
                      (CASE_MANAGER, "Thanks for sending this. It's accurate except item 2: speech stays at 30 minutes. "
                                     "I'll make sure the final says so."))
    assert answered(messages, "Please fix anything I got wrong.")


def test_a_reply_that_only_puts_it_off_does_not_answer_the_ask_to_check_it():
    messages = record((PARENT, SUMMARY),
                      (CASE_MANAGER, "Thanks for sending this. I'll compare it with my notes and get back to you."))
    assert not answered(messages, "Please fix anything I got wrong.")


def test_a_deed_reported_before_the_replys_own_question_answers_the_ask():
    messages = record((CASE_MANAGER, "If you agree with the schedule, please sign and return the consent form."),
                      (PARENT, "I signed the consent form (attached) with one note: he has choir on Mondays, so can "
                               "the sessions be in the morning instead?"))
    assert answered(messages, "If you agree with the schedule, please sign and return the consent form.")


def test_a_reply_that_only_asks_back_about_the_same_thing_does_not_answer():
    messages = record((CASE_MANAGER, "If you agree with the schedule, please sign and return the consent form."),
                      (PARENT, "Which consent form do you mean, the one for speech or for the evaluation?"))
    assert not answered(messages, "If you agree with the schedule, please sign and return the consent form.")


TEACHER = "spark@lakeview.k12.wi.us"
OTHER_TEACHER = "jlee@lakeview.k12.wi.us"


def mail(author: str, text: str, *, day: int, thread: int = 1, to: str = CASE_MANAGER) -> LaterMessage:
    return LaterMessage(id=day + 1, thread_id=thread, sent=START + timedelta(days=day), author_email=author,
                        author_is_user=author == PARENT, recipients=frozenset({to}), new_text=text)


def answered_asks(messages: list[LaterMessage], *sentences: str) -> list[bool]:
    first = messages[0]
    asks = [ask_in(first, f"R{n}", sentence, first.new_text.index(sentence), first.new_text.index(sentence) + len(sentence),
                   asker=first.author_email, asked_by_user=first.author_is_user) for n, sentence in enumerate(sentences)]
    found = link_requests(asks, MessageIndex(messages, frozenset({"ezra"})))
    return [ask.key in found for ask in asks]


def test_an_answer_in_another_thread_that_takes_the_question_up_answers_it():
    question = "Will the reading group still meet during testing week?"
    messages = [mail(PARENT, f"Thanks for the update. {question}", day=0),
                mail(CASE_MANAGER, "Quick note on the field trip form: it is due Friday.", day=3, thread=2, to=PARENT),
                mail(CASE_MANAGER, "To answer your question about the reading group: it will keep meeting during "
                                   "testing week, in the library.", day=9, thread=3, to=PARENT)]
    assert answered_asks(messages, question) == [True]
    assert answered_asks(messages[:2], question) == [False]


def test_a_reply_that_puts_one_question_off_by_name_answers_only_the_other():
    asking = ("A few questions:\n\n1. Is level 2 where you expected her to be?\n\n"
              "2. Could she get an extra reading session on Fridays?")
    reply = "Good questions!\n\n1. Yes.\n\nOn the extra reading session, I'll check with the principal and get back to you."
    messages = [mail(PARENT, asking, day=0), mail(CASE_MANAGER, reply, day=1, to=PARENT)]
    assert answered_asks(messages, "Is level 2 where you expected her to be?",
                         "Could she get an extra reading session on Fridays?") == [True, False]


def test_an_ask_put_to_someone_by_name_is_not_answered_by_another_writer():
    question = "Ms. Park, can you tell us the new date for the science retake?"
    by_another = [mail(PARENT, question, day=0, to=TEACHER),
                  mail(OTHER_TEACHER, "The science unit test grades are posted and the retake list is on my door.", day=1,
                       to=PARENT)]
    by_her = [by_another[0], mail(TEACHER, "The science retake is on Thursday the 12th during advisory.", day=1, to=PARENT)]
    assert answered_asks(by_another, question) == [False]
    assert answered_asks(by_her, question) == [True]


def test_a_choice_among_offered_times_needs_one_of_them():
    asking = ("Would Monday 3/2 at 3:00 or Wednesday 3/4 at 8:00 work for the make-up meeting? "
              "Also, which date works for the annual review: 4/6 or 4/8?")
    messages = [mail(CASE_MANAGER, asking, day=0, to=PARENT),
                mail(PARENT, "sorry, working late all week. 4/8 works for the annual review.", day=2)]
    assert answered_asks(messages, "Would Monday 3/2 at 3:00 or Wednesday 3/4 at 8:00 work for the make-up meeting?",
                         "Also, which date works for the annual review: 4/6 or 4/8?") == [False, True]


def test_a_thing_handed_over_answers_an_ask_to_send_only_when_it_is_the_thing_asked_for():
    question = "Please send me a copy of the incident report."
    messages = [mail(PARENT, f"Papers in his backpack get lost. {question}", day=0),
                mail(CASE_MANAGER, "I've attached a copy of the consent form, in case the paper one gets lost.", day=1,
                     to=PARENT)]
    assert answered_asks(messages, question) == [False]


def test_a_reply_sentence_that_says_it_is_about_something_else_does_not_answer():
    asking = ("The reading log still comes home blank.\n\n"
              "Can we set up a quick call this week? Also, could you check whether the talking calculator ever came in?")
    reply = "On the reading log, I talked to her teacher this morning. A call works: Thursday at 12:30?"
    messages = [mail(PARENT, asking, day=0), mail(CASE_MANAGER, reply, day=1, to=PARENT)]
    assert answered_asks(messages, "Also, could you check whether the talking calculator ever came in?") == [False]


def test_a_reply_that_only_says_the_ask_arrived_does_not_answer_it():
    question = "What happened at recess today?"
    got_it = [mail(PARENT, f"She came in crying. {question}", day=0), mail(CASE_MANAGER, "Got it, thanks!", day=1, to=PARENT)]
    receipt = [mail(PARENT, "I request a copy of her full file. Please confirm receipt of this request.", day=0),
               mail(CASE_MANAGER, "Confirming that we received your request on Monday.", day=1, to=PARENT)]
    assert answered_asks(got_it, question) == [False]
    assert answered_asks(receipt, "Please confirm receipt of this request.") == [True]


def test_a_reply_that_hands_the_request_on_to_someone_else_does_not_answer_it():
    ask = "I request copies of her attendance records and her speech logs."
    handed_on = [mail(PARENT, ask, day=0),
                 mail(CASE_MANAGER, "Speech logs are kept by the therapist, so I have forwarded your request to Ms. Ruiz.",
                      day=1, to=PARENT)]
    passed_to_me = [mail(PARENT, "Why are her speech logs blank for March?", day=0),
                    mail(CASE_MANAGER, "Mrs. Diaz passed your question to me. The logs were blank because I was out for "
                                       "two weeks in March.", day=1, to=PARENT)]
    assert answered_asks(handed_on, ask) == [False]
    assert answered_asks(passed_to_me, "Why are her speech logs blank for March?") == [True]


def test_a_reply_that_answers_and_puts_off_only_another_thing_answers():
    messages = record((PARENT, "Ezra says the coach took his fidget band away on Monday. Is that true?"),
                      (CASE_MANAGER, "I talked with the coach. He says he did not take the fidget band; he asked Ezra to "
                                     "put it in his bag during the relay. I'll ask the OT to add a sensory item to the plan."))
    assert answered(messages, "Is that true?")


def test_a_reply_that_puts_off_the_thing_asked_about_still_does_not_answer():
    messages = record((PARENT, "Ezra says the coach took his fidget band away on Monday. Is that true?"),
                      (CASE_MANAGER, "I don't know whether the coach took the fidget band. Let me check with him."))
    assert not answered(messages, "Is that true?")


def test_a_when_tacked_onto_a_who_question_is_answered_by_a_day():
    messages = record((PARENT, "The laptop charger is still missing. Who is replacing it, and when?"),
                      (CASE_MANAGER, "The district office is ordering it. They expect it Thursday."))
    assert answered(messages, "Who is replacing it, and when?")


def test_times_offered_answer_a_request_for_a_meeting():
    messages = record((PARENT, "I am writing to request an IEP meeting to talk about his reading."),
                      (CASE_MANAGER, "Of course. I can offer Monday 4/6 at 3:30 or Wednesday 4/8 at 8:00 am. "
                                     "Which one works better for you?"))
    assert answered(messages, "I am writing to request an IEP meeting to talk about his reading.")


def test_a_spanish_request_for_a_meeting_is_answered_by_times_offered():
    messages = record((PARENT, "Quisiera pedir una reunión con el equipo."),
                      (CASE_MANAGER, "Yes, we can meet. I can offer Thursday 4/9 at 3:15 in the library."))
    assert answered(messages, "Quisiera pedir una reunión con el equipo.")


def test_a_reply_about_something_else_does_not_answer_a_request_for_a_meeting():
    messages = record((PARENT, "I am writing to request an IEP meeting to talk about his reading."),
                      (CASE_MANAGER, "Thanks, I got your note."))
    assert not answered(messages, "I am writing to request an IEP meeting to talk about his reading.")


def test_both_done_answers_an_ask_to_be_told_when_it_is_done():
    messages = record((CASE_MANAGER, "Could you email me when the two missed sessions are made up?"),
                      (PARENT, "Both done - Monday and Wednesday, 20 minutes each."))
    assert answered(messages, "Could you email me when the two missed sessions are made up?")


def test_a_name_answers_who():
    messages = record((PARENT, "Who is supposed to refill his insulin supplies at school?"),
                      (CASE_MANAGER, "Good catch. Starting Monday, Ms. Garza in the health office will check them each Friday."))
    assert answered(messages, "Who is supposed to refill his insulin supplies at school?")


def test_a_spanish_answer_picks_a_time():
    messages = record((CASE_MANAGER, "I can do Tuesday 5/12 at 3:30 or Thursday 5/14 at 3:30. Which one works better for you?"),
                      (PARENT, "El jueves a las 3:30 está bien, gracias."))
    assert answered(messages, "Which one works better for you?")


def test_a_promise_to_send_it_later_does_not_answer_an_instruction_to_send_it():
    messages = record((PARENT, "Please send me the signed service agreement once the director has it."),
                      (CASE_MANAGER, "Thanks for your patience this week. I will send you the signed service agreement by next Friday."))
    assert not answered(messages, "Please send me the signed service agreement once the director has it.")


def test_saying_it_will_be_done_answers_a_question_asking_for_it():
    messages = record((CASE_MANAGER, "Could you sign the consent form and send it back this week?"),
                      (PARENT, "Yes, I will sign the consent form tonight and send it back tomorrow."))
    assert answered(messages, "Could you sign the consent form and send it back this week?")


def test_a_promise_to_send_the_papers_later_does_not_answer_a_question_asking_for_them():
    ask = "Could you send me the written make-up plan by Friday, March 20?"
    messages = record((PARENT, ask), (CASE_MANAGER, "Thanks for your patience. I'll have the written make-up plan to you by "
                                                    "Friday, March 20."))
    assert not answered(messages, ask)


def test_a_deed_that_hands_nothing_over_does_not_answer_an_ask_for_papers():
    ask = "Could you send me copies of his reading logs?"
    first = (CASE_MANAGER, "The bus was late this morning.")  # the first reply, about something else
    messages = record((PARENT, ask), first, (CASE_MANAGER, "Ms. Lund and I have talked about his reading logs."))
    assert not answered(messages, ask)
    messages = record((PARENT, ask), first, (CASE_MANAGER, "I've attached copies of his reading logs."))
    assert answered(messages, ask)


def test_a_preposition_is_not_a_subject_the_reply_shares():
    ask = "Could you tell me how many speech sessions he has missed since winter break?"
    messages = record((PARENT, ask), (CASE_MANAGER, "The bus has been on time since Monday."))
    assert not answered(messages, ask)


def test_a_yes_after_mail_elsewhere_takes_the_question_up_answers_it():
    question = "Before the new aide starts, will she also sit with him at lunch?"
    messages = [mail(PARENT, f"Here is the signed form. {question} That is when most of the trouble starts.", day=0),
                LaterMessage(id=9, thread_id=2, sent=START + timedelta(days=2), author_email=OTHER_TEACHER,
                             author_is_user=False, recipients=frozenset({PARENT}),
                             new_text="Hi Ms. Olsen, I'm the new aide and I start Monday. Ms. Haddad passed along your "
                                      "question. Yes, lunch and recess are both part of my schedule with him.")]
    assert answered_asks(messages, question) == [True]


def test_a_yes_after_a_question_about_something_else_answers_nothing_elsewhere():
    question = "Before the new aide starts, will she also sit with him at lunch?"
    messages = [mail(PARENT, f"Here is the signed form. {question} That is when most of the trouble starts.", day=0),
                LaterMessage(id=9, thread_id=2, sent=START + timedelta(days=2), author_email=OTHER_TEACHER,
                             author_is_user=False, recipients=frozenset({PARENT}),
                             new_text="Hi Ms. Olsen, I start Monday. Ms. Haddad passed along your question about the "
                                      "bus pass. Yes, I can sign it for you.")]
    assert answered_asks(messages, question) == [False]


def test_papers_named_before_a_vague_ask_to_send_are_what_an_attachment_elsewhere_answers():
    question = "Is there anything you can send before the review?"
    messages = [mail(PARENT, f"We never got the weekly summaries you mentioned in the fall. {question}", day=0),
                mail(CASE_MANAGER, "Hi Pat, sorry, you're right. I'm attaching a summary of his progress on his reading "
                                   "goals, which I should have sent long ago.", day=5, thread=2, to=PARENT)]
    assert answered_asks(messages, question) == [True]


def test_another_paper_attached_elsewhere_does_not_answer_a_vague_ask_to_send():
    question = "Is there anything you can send before the review?"
    messages = [mail(PARENT, f"We never got the weekly summaries you mentioned in the fall. {question}", day=0),
                mail(CASE_MANAGER, "Hi Pat, I'm attaching the field trip permission form for next week.", day=5,
                     thread=2, to=PARENT)]
    assert answered_asks(messages, question) == [False]


def test_a_reply_from_the_one_a_paragraph_names_speaks_to_that_paragraph_only():
    first_ask = "Can someone explain why she ate lunch alone in the hallway?"
    second_ask = "What supports will she have on the state reading test?"
    text = (f"Hi Ms. Haddad and Mr. Park,\n\nTwo things.\n\nOn Monday the aide was out. {first_ask}\n\n"
            f"Mr. Park, I'm told you coordinate the state tests. {second_ask}")
    reply = ("Hi Ms. Olsen, good question. For the state reading test she will have text-to-speech and a separate "
             "setting, and the test is not timed.")
    messages = [mail(PARENT, text, day=0), mail(TEACHER, reply, day=1, to=PARENT)]
    assert answered_asks(messages, first_ask, second_ask) == [False, True]
    answer_both = reply + " About lunch: the aide was out, and nobody covered the hallway table; I'm sorry."
    messages = [mail(PARENT, text, day=0), mail(TEACHER, answer_both, day=1, to=PARENT)]
    assert answered_asks(messages, first_ask, second_ask) == [True, True]


def test_passing_on_the_childs_view_of_a_thing_does_not_do_what_was_asked_with_it():
    ask = "Her behavior chart: could you sign it each night and put it back in her folder?"
    reply = "ok thursday works for the meeting. she says the behavior chart is boring lol"
    messages = [mail(CASE_MANAGER, f"Two things. {ask}", day=0, to=PARENT), mail(PARENT, reply, day=1)]
    assert answered_asks(messages, ask) == [False]
    messages = [mail(CASE_MANAGER, f"Two things. {ask}", day=0, to=PARENT),
                mail(PARENT, "ok thursday works. I'll sign the behavior chart every night", day=1)]
    assert answered_asks(messages, ask) == [True]


SURVEYS = ("Here are the links for the two home behavior surveys:\n\nSurvey A: https://example.org/a\n"
           "Survey B: https://example.org/b\n\nHis grandmother is welcome to fill out a third copy. "
           "Please complete these by Thursday.")


def test_a_paper_reported_done_in_other_mail_answers_the_ask_to_fill_it_in():
    done = [mail(CASE_MANAGER, SURVEYS, day=0, to=PARENT),
            mail(PARENT, "Tuesday at 3 works for the meeting. My husband and I finished the behavior surveys last night.",
                 day=6, thread=2)]
    assert answered_asks(done, "Please complete these by Thursday.") == [True]


def test_a_paper_not_yet_done_or_another_paper_signed_does_not_answer_it():
    not_yet = [mail(CASE_MANAGER, SURVEYS, day=0, to=PARENT),
               mail(PARENT, "Sorry, we haven't finished the behavior surveys yet. We will this weekend.", day=6, thread=2)]
    another = [mail(CASE_MANAGER, SURVEYS, day=0, to=PARENT),
               mail(PARENT, "I signed the field trip permission slip and put it in his folder.", day=6, thread=2)]
    assert answered_asks(not_yet, "Please complete these by Thursday.") == [False]
    assert answered_asks(another, "Please complete these by Thursday.") == [False]
