"""The ledger's rules on plain values: each missed session once, made up by a report or a kept
promise, a cancelled make-up, minutes from the text or the service grid, accommodations, undated
reports. (tests/trail/test_ledger_views.py runs the whole flow on real mail.)"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from ieptrail.errors import ConfigError
from ieptrail.store.tracking import MakeupView, MissedServiceView, PromiseView
from ieptrail.trail.ledger import build_ledger, minutes_words, summary_words
from ieptrail.trail.service_grid import parse_service_grid

SPEECH = "speech_language_therapy"


def report(id_: int, message: int, day: date | None, minutes: int | None = None, topic: str = SPEECH,
           sentence: str | None = None, reported_on: date | None = None, arrival: str = "direct",
           attachment: str | None = None) -> MissedServiceView:
    return MissedServiceView(id_, message, f"<m{message}@school.example>", topic, day, minutes,
                             sentence or f"Her {topic} session on {day} was cancelled (message {message}).",
                             "not-delivered:event:cancelled", attachment, "ab" * 32 if attachment else None,
                             1 if attachment else None, reported_on or day or date(2026, 10, 1), arrival)


def makeup(id_: int, message: int, day: date | None, kind: str = "made_up", topic: str = SPEECH,
           replaces: tuple[date, date] | None = None, sentence: str = "We made up her session today.",
           reported_on: date | None = None) -> MakeupView:
    return MakeupView(id_, message, f"<m{message}@school.example>", topic, kind, day,
                      replaces[0] if replaces else None, replaces[1] if replaces else None, sentence, 0, len(sentence),
                      f"make-up:{kind}", reported_on or day or date(2026, 10, 30))


def promise(id_: int, message: int, text: str, status: str, fulfilled_on: date | None = None,
            fulfilled_by: int | None = None, topics: tuple[str, ...] = (SPEECH,)) -> PromiseView:
    extra = {"deadline": "2026-10-08", "fulfilled_on": fulfilled_on.isoformat() if fulfilled_on else None,
             "fulfilled_by": f"<m{fulfilled_by}@school.example>" if fulfilled_by else None,
             "fulfilled_evidence": {"message": fulfilled_by, "sentence": "Done.", "rule": "r"} if fulfilled_by else None}
    return PromiseView(id_, f"key{id_}", message, f"<m{message}@school.example>", 1, "Ms. Okoro", "rokoro@school.example",
                       text, None, None, "r", date(2026, 10, 5), status, extra, topics)


def test_a_session_reported_three_times_is_one_entry_with_three_reports():
    day = date(2026, 10, 5)
    ledger = build_ledger([report(1, 10, day, 30), report(2, 11, day), report(3, 12, day, 30, reported_on=date(2026, 10, 9))],
                          [], [])
    [event] = ledger.events
    assert (event.day, event.minutes, event.minutes_from, len(event.reports)) == (day, 30, "text", 3)
    assert [r.message_id for r in event.reports] == [10, 11, 12] and event.first_reported == day
    [line] = ledger.services
    assert (line.missed, line.missed_minutes, line.owed, line.owed_minutes) == (1, 30, 1, 30)


def test_made_up_by_a_fulfilled_promise_to_make_it_up():
    missed = report(1, 10, date(2026, 10, 5), 30)
    kept = promise(7, 10, "I'll make it up on Thursday so she doesn't lose the time.", "fulfilled",
                   date(2026, 10, 8), fulfilled_by=14)
    ledger = build_ledger([missed], [], [kept])
    [event] = ledger.events
    assert event.made_up is not None and not event.owed
    assert (event.made_up.on, event.made_up.message_id, event.made_up.how, event.made_up.promise_id) == (
        date(2026, 10, 8), 14, "promise", 7)
    assert event.as_json()["made_up_by"]["source_message_id"] == "<m14@school.example>"
    [line] = ledger.services
    assert (line.made_up, line.made_up_minutes, line.owed, line.owed_minutes) == (1, 30, 0, 0)
    # the same promise not (yet) kept leaves the session owed, with the promise beside it
    [open_one] = build_ledger([missed], [], [replace(kept, status="overdue")]).events
    assert open_one.owed and open_one.make_up_promised[0]["promise"] == 7
    # a promise that is not to make a session up ("a make-up plan") makes nothing up
    plan = replace(kept, text="Ms. Okoro will put together a make-up plan for the missed sessions.")
    assert build_ledger([missed], [], [plan]).events[0].owed


def test_made_up_by_a_plain_report_the_earliest_owed_session_before_it_or_the_one_it_names():
    first, second = report(1, 10, date(2026, 10, 5), 30), report(2, 11, date(2026, 10, 12), 30)
    ledger = build_ledger([first, second], [makeup(1, 20, date(2026, 10, 14))], [])
    made = {event.day: event.made_up for event in ledger.events}
    assert made[date(2026, 10, 5)].on == date(2026, 10, 14) and made[date(2026, 10, 5)].how == "report"
    assert made[date(2026, 10, 12)] is None
    named = build_ledger([first, second], [makeup(1, 20, date(2026, 10, 14), replaces=(date(2026, 10, 12),) * 2)], [])
    assert {event.day: bool(event.made_up) for event in named.events} == {date(2026, 10, 5): False,
                                                                         date(2026, 10, 12): True}
    # told again later ("the October 5 session was made up"): more evidence, not a second session made up
    again = makeup(2, 30, None, replaces=(date(2026, 10, 1), date(2026, 10, 31)), reported_on=date(2026, 10, 20))
    told_twice = build_ledger([first, second], [makeup(1, 20, date(2026, 10, 14)), again], [])
    [made_first] = [e for e in told_twice.events if e.made_up]
    assert made_first.day == date(2026, 10, 5) and [m.message_id for m in made_first.made_up_evidence] == [20, 30]
    # a make-up before any missed session of that service makes up nothing that is listed
    early = build_ledger([second], [makeup(1, 20, date(2026, 10, 6))], [])
    assert early.events[0].owed and [m.message_id for m in early.unmatched_makeups] == [20]


def test_a_make_up_that_was_itself_cancelled_makes_nothing_up():
    missed = report(1, 10, date(2026, 10, 5), 30)
    promised = promise(7, 10, "I'll make it up on Thursday, 10/8.", "fulfilled", date(2026, 10, 8), fulfilled_by=14)
    # the message that "delivered" the promise says the make-up was cancelled; tagging read its sentence
    # as a missed session too, on the make-up's day
    cancel_sentence = "I'm sorry, I had to cancel her make-up session today."
    cancelled = makeup(1, 14, date(2026, 10, 8), kind="cancelled", sentence=cancel_sentence)
    make_up_day = report(2, 14, date(2026, 10, 8), sentence=cancel_sentence)
    ledger = build_ledger([missed, make_up_day], [cancelled], [promised])
    [event] = ledger.events  # the cancelled make-up is not a session of the IEP
    assert event.day == date(2026, 10, 5) and event.owed and event.made_up is None
    assert [c.message_id for c in event.make_up_cancelled] == [14]
    assert ledger.services[0].owed_minutes == 30
    # a make-up reported held, then said to be cancelled on its day: not held
    held_then_cancelled = build_ledger([missed], [makeup(2, 13, date(2026, 10, 8), reported_on=date(2026, 10, 8)),
                                                  replace(cancelled, reported_on=date(2026, 10, 9))], [])
    assert held_then_cancelled.events[0].owed


def test_minutes_from_the_text_win_over_the_grid_and_the_grid_fills_what_is_not_stated():
    grid = parse_service_grid("""
        [speech_language_therapy]
        sessions = 2
        per = "week"
        minutes = 30
        start = 2026-08-20
        end = 2026-12-18
    """)
    stated, unstated = report(1, 10, date(2026, 10, 5), 45), report(2, 11, date(2026, 10, 7))
    before_the_iep = report(3, 12, date(2026, 6, 1))
    ledger = build_ledger([stated, unstated, before_the_iep], [], [], grid)
    by_day = {event.day: (event.minutes, event.minutes_from) for event in ledger.events}
    assert by_day == {date(2026, 10, 5): (45, "text"), date(2026, 10, 7): (30, "grid"), date(2026, 6, 1): (None, None)}
    [line] = ledger.services
    assert (line.missed_minutes, line.from_grid, line.missed_not_stated) == (75, 1, 1)
    assert ledger.owed_by_month() == {SPEECH: {(2026, 10): 75}}
    assert minutes_words(30, "grid") == "30 min (service grid)"


def test_without_a_grid_minutes_not_stated_are_never_zero():
    ledger = build_ledger([report(1, 10, date(2026, 10, 5), topic="transportation"),
                           report(2, 11, date(2026, 10, 6), topic="transportation")], [], [])
    assert ledger.grid is None and all(event.minutes is None and event.minutes_from is None for event in ledger.events)
    [line] = ledger.services
    assert (line.missed, line.missed_not_stated, line.owed, line.owed_not_stated) == (2, 2, 2, 2)
    assert summary_words(line) == ("2 sessions missed (minutes not stated); 0 made up; "
                                   "owed: 2 sessions (minutes not stated)")
    assert minutes_words(None) == "minutes not stated"


def test_an_accommodation_not_provided_is_counted_by_day_and_never_owed():
    ledger = build_ledger([report(1, 10, date(2026, 10, 5), topic="extended_time"),
                           report(2, 11, date(2026, 10, 5), topic="extended_time"),
                           report(3, 12, date(2026, 10, 9), topic="extended_time"),
                           report(4, 13, date(2026, 10, 9), 30)], [], [])
    [accommodation] = ledger.accommodations
    assert (accommodation.kind, accommodation.missed, accommodation.dates) == (
        "accommodation", 2, (date(2026, 10, 5), date(2026, 10, 9)))
    assert not any(event.owed for event in accommodation.events)
    assert summary_words(accommodation) == "not provided on 2 days"
    assert [line.topic for line in ledger.services] == [SPEECH]


def test_a_report_without_a_day_is_its_own_entry_and_the_same_words_again_are_one():
    said = "She has not had speech since the SLP went on leave."
    ledger = build_ledger([report(1, 10, date(2026, 10, 5), 30), report(2, 11, None, sentence=said),
                           report(3, 12, None, sentence=said.upper())], [], [])
    assert sorted((event.day is None, len(event.reports)) for event in ledger.events) == [(False, 1), (True, 2)]


def test_a_count_of_undated_sessions_is_as_many_entries_and_the_same_count_again_adds_reports_to_them():
    said = "She has missed her last three speech sessions."
    ledger = build_ledger([report(1, 10, None, sentence=said), report(2, 10, None, sentence=said),
                           report(3, 10, None, sentence=said), report(4, 11, None, sentence=said),
                           report(5, 11, None, sentence=said), report(6, 11, None, sentence=said)], [], [])
    assert [len(event.reports) for event in ledger.events] == [2, 2, 2]
    assert all({report.message_id for report in event.reports} == {10, 11} for event in ledger.events)


def test_reports_say_where_they_are_and_attachments_count_only_when_asked():
    rows = [report(1, 10, date(2026, 10, 5), 30, arrival="observed"),
            report(2, 11, date(2026, 10, 12), 30, attachment="SLP_log.pdf")]
    [event] = build_ledger(rows, [], []).events
    assert event.reports[0].where == "your observation" and event.as_json()["reports"][0]["from"] == "observation"
    both = build_ledger(rows, [], [], attachments=True)
    assert [e.reports[0].where for e in both.events] == ["your observation", "in SLP_log.pdf, p. 1"]


@pytest.mark.parametrize("text, complaint", [
    ("[extended_time]\nsessions = 1\nminutes = 30", "not a service topic"),
    ("[speech_language_therapy]\nsessions = 2\nper = \"day\"\nminutes = 30", "use \"week\" or \"month\""),
    ("[speech_language_therapy]\nsessions = 2\nminutes = 0", "minutes must be a whole number above 0"),
    ("[speech_language_therapy]\nsessions = 2\nminutes = 30\nstart = 2026-09-01\nend = 2026-08-01", "before start"),
    ("[speech_language_therapy]\nsessions = 2\nminutes = 30\nhours = 1", "unknown key 'hours'"),
    ("[speech_language_therapy\n", "not valid TOML"),
])
def test_a_wrong_grid_is_refused_with_what_is_wrong(text, complaint):
    with pytest.raises(ConfigError, match=complaint):
        parse_service_grid(text)


def test_a_grid_may_change_during_the_year():
    grid = parse_service_grid("""
        [[occupational_therapy]]
        sessions = 1
        minutes = 30
        end = 2026-02-28
        [[occupational_therapy]]
        sessions = 2
        per = "month"
        minutes = 45
        start = 2026-03-01
    """)
    assert grid.minutes_of("occupational_therapy", date(2026, 2, 10)) == 30
    assert grid.minutes_of("occupational_therapy", date(2026, 3, 10)) == 45
    assert grid.minutes_of("occupational_therapy", None) is None  # which length, when the day is not said?
    assert grid.minutes_of(SPEECH, date(2026, 3, 10)) is None
