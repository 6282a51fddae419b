"""Whole small conversations for request answering (classify.linking.link_requests): a request, then the replies.

Two pieces of conversation-level evidence, each with the cases that must stay unanswered:

- a reply that only puts the request off ("let me check and get back to you"), however long, is not its answer;
  the next reply of the one who put it off may be, read as the first reply is (in whatever words it answers);
- a time put to someone ("could you see him at 1:15 instead?") is answered by that person stating the time for the
  same thing in other mail within days (the schedule change announced to the family), not by any mail naming
  the time, nor by someone it was not put to, nor weeks later.

Every sentence is invented for this test.
"""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from ieptrail.classify.followup import LaterMessage
from ieptrail.classify.linking import MessageIndex, ask_in, link_requests

PARENT = "jo.keller@example.net"
TEACHER = "amoss@brookview.k12.example.us"
THERAPIST = "rvance@brookview.k12.example.us"
OFFICE = "frontdesk@brookview.k12.example.us"
START = datetime(2026, 2, 2, 14, 0)


def mail(number: int, author: str, text: str, *, day: float, thread: int = 1, to: tuple[str, ...] = (),
         replies_to: int | None = None) -> LaterMessage:
    to = to or ((PARENT,) if author != PARENT else (TEACHER,))
    return LaterMessage(id=number, thread_id=thread, sent=START + timedelta(days=day), author_email=author,
                        author_is_user=author == PARENT, recipients=frozenset(to), new_text=text,
                        message_id=f"<m{number}@example>", in_reply_to=f"<m{replies_to}@example>" if replies_to else None)


def answered_by(messages: list[LaterMessage], sentence: str) -> int | None:
    first = messages[0]
    start = first.new_text.index(sentence)
    item = ask_in(first, "R1", sentence, start, start + len(sentence), asker=first.author_email,
                  asked_by_user=first.author_is_user)
    found = link_requests([item], MessageIndex(messages, frozenset({"wren"})))
    return found["R1"].message_id if "R1" in found else None


# ---- the reply after a deferral ----------------------------------------------------------------

QUESTION = "Where is Wren doing his speech sessions now that the therapy room is being painted?"
PUT_OFF = ("Hi Jo, I'm at a district training today and tomorrow. Let me check with Ms. Vance and I'll get back "
           "to you by Friday. Have a good week!")


def test_the_follow_up_after_a_deferral_answers():
    messages = [mail(1, PARENT, QUESTION, day=0),
                mail(2, TEACHER, PUT_OFF, day=1, replies_to=1),
                mail(3, TEACHER, "Hi again! She has been seeing him in the library study nook on Mondays and "
                                 "Wednesdays, same times as before.", day=3, replies_to=2)]
    assert answered_by(messages, QUESTION) == 3


def test_a_deferral_alone_still_answers_nothing():
    messages = [mail(1, PARENT, QUESTION, day=0), mail(2, TEACHER, PUT_OFF, day=1, replies_to=1)]
    assert answered_by(messages, QUESTION) is None


def test_the_deferrers_next_note_about_other_news_does_not_answer():
    messages = [mail(1, PARENT, QUESTION, day=0),
                mail(2, TEACHER, PUT_OFF, day=1, replies_to=1),
                mail(3, TEACHER, "Just a reminder that the book fair opens Thursday and the class needs two more "
                                 "chaperones.", day=3, replies_to=2)]
    assert answered_by(messages, QUESTION) is None


# ---- a time settled in other mail ----------------------------------------------------------------

TIME_ASK = "Could you see Wren for OT at 1:15 instead of 10:30 on Tuesdays?"
SETTLED = ("Dear Ms. Keller, because of a change in my building schedule, Wren's OT sessions are moving to Tuesday "
           "afternoons starting next week. His new time is 1:15-1:45 in room B3.")


def test_the_time_stated_in_other_mail_by_the_one_asked_answers():
    messages = [mail(1, TEACHER, TIME_ASK, day=0, to=(THERAPIST,)),
                mail(2, THERAPIST, SETTLED, day=2, thread=2, to=(PARENT, TEACHER))]
    assert answered_by(messages, TIME_ASK) == 2


# (who writes, what, how many days after the ask, to whom): each in another thread, none an answer
NOT_SETTLED = [
    pytest.param(THERAPIST, "Reminder: the staff meeting on Tuesday moved to 1:15 in the library.", 2, (TEACHER,),
                 id="another thing at that time"),
    pytest.param(PARENT, "Wren told me his OT might move. I can pick him up at 1:15 on Tuesdays if that helps.", 2,
                 (TEACHER,), id="someone not asked"),
    pytest.param(THERAPIST, SETTLED, 40, (PARENT, TEACHER), id="stated weeks later"),
    pytest.param(THERAPIST, "Would 1:15 on Tuesdays work for Wren's OT sessions, or is that his lunch?", 2, (PARENT,),
                 id="only asked about"),
]


@pytest.mark.parametrize(("author", "text", "day", "to"), NOT_SETTLED)
def test_the_time_in_other_mail_does_not_answer(author, text, day, to):
    messages = [mail(1, TEACHER, TIME_ASK, day=0, to=(THERAPIST,)), mail(2, author, text, day=day, thread=2, to=to)]
    assert answered_by(messages, TIME_ASK) is None
