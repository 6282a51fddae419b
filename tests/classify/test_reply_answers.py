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
