"""A reply that never reached the trail but is quoted at the top of one that did still answers a request; the
answer is credited to the message that carries it. Text written for these tests."""
from __future__ import annotations

from datetime import datetime, timedelta
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from ieptrail.classify.followup import LaterMessage
from ieptrail.classify.linking import MessageIndex, ask_in, link_requests
from ieptrail.trail.followups import _carried, unseen_replies

THERAPIST = "vlund@pinecrest-therapy.test"
GRANDMOTHER = "bea.holm@example.com"
PARENT = "nora.quist@example.com"
START = datetime(2026, 3, 9, 21, 10)  # naive UTC
SETTINGS = SimpleNamespace(timezone=ZoneInfo("America/Chicago"), is_user=lambda address: address == PARENT)
ASK = "Could you pick him up at the front office at 3:45 instead of the car line?"
QUOTED = ("On Mon, Mar 9, 2026 at 7:31 PM Bea Holm <bea.holm@example.com> wrote:\n\n"
          "> Yes dear, I will be there at 3:45 on Thursday.\n>\n"
          "> On Mon, Mar 9, 2026 at 4:10 PM Victor Lund <vlund@pinecrest-therapy.test> wrote:\n>> " + ASK + "\n")


def message(id_: int, author: str, text: str, days: int) -> LaterMessage:
    return LaterMessage(id=id_, thread_id=1, sent=START + timedelta(days=days), author_email=author,
                        author_is_user=author == PARENT, recipients=frozenset({GRANDMOTHER, PARENT} - {author}),
                        new_text=text)


def answered(later: dict[int, LaterMessage], quoted: dict[int, str]):
    carriers: dict[int, int] = {}
    for unseen in unseen_replies(later, quoted, SETTINGS, carriers):
        later[unseen.id] = unseen
    first = later[1]
    start = first.new_text.index(ASK)
    ask = ask_in(first, "R1", ASK, start, start + len(ASK), asker=THERAPIST, asked_by_user=False)
    found = link_requests([ask], MessageIndex(later.values()))
    return _carried(found["R1"], later, carriers) if "R1" in found else None


def test_a_quoted_reply_the_trail_never_got_answers_the_request():
    later = {1: message(1, THERAPIST, f"Hello Mrs. Holm, I'd like to see him after school Thursday. {ASK}", 0),
             2: message(2, THERAPIST, "Thank you Mrs. Holm! We made up the session today.", 3)}
    evidence = answered(later, {2: QUOTED})
    assert evidence is not None and evidence.message_id == 2 and evidence.at == later[2].sent


def test_a_quoted_reply_the_trail_holds_is_not_read_twice():
    later = {1: message(1, THERAPIST, f"Hello Mrs. Holm, I'd like to see him after school Thursday. {ASK}", 0),
             2: message(2, GRANDMOTHER, "Yes dear, I will be there at 3:45 on Thursday.", 0.01),
             3: message(3, THERAPIST, "Thank you Mrs. Holm! We made up the session today.", 3)}
    carriers: dict[int, int] = {}
    assert unseen_replies(later, {3: QUOTED}, SETTINGS, carriers) == [] and carriers == {}


def test_without_the_quote_the_request_stays_open():
    later = {1: message(1, THERAPIST, f"Hello Mrs. Holm, I'd like to see him after school Thursday. {ASK}", 0),
             2: message(2, THERAPIST, "Thank you Mrs. Holm! We made up the session today.", 3)}
    assert answered(later, {}) is None
