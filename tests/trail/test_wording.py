"""The wording every reader shares: plurals, one clock with its zone, quoted sentences."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from ieptrail.trail.wording import clock, clock_long, counted, day_long, plural, quoted, zone_label

CHICAGO = ZoneInfo("America/Chicago")


@pytest.mark.parametrize("singular, many", [
    ("day", "days"), ("process", "processes"), ("follow-up", "follow-ups"), ("reply", "replies"),
    ("school day", "school days"), ("Process", "Processes"), ("child", "children"), ("box", "boxes"),
    ("delay", "delays"), ("match", "matches"), ("accommodation", "accommodations"),
])
def test_plurals(singular, many):
    assert plural(singular) == many


def test_counts_take_the_singular_only_for_one():
    assert counted(1, "day") == "1 day"
    assert counted(0, "follow-up") == "0 follow-ups"
    assert counted(3, "process") == "3 processes"
    assert counted(2, "person", "people") == "2 people"


def test_a_time_is_its_authors_clock_labelled_with_its_zone():
    winter = datetime(2026, 3, 4, 15, 35, tzinfo=timezone(timedelta(hours=-6)))
    summer = datetime(2026, 3, 9, 8, 5, tzinfo=timezone(timedelta(hours=-5)))  # after the change to CDT
    assert clock(winter, CHICAGO) == "Wed 2026-03-04 15:35 CST"
    assert clock_long(winter, CHICAGO) == "Wed, Mar 4, 2026, 3:35 PM CST"
    assert clock(summer, CHICAGO) == "Mon 2026-03-09 08:05 CDT"
    # an author in another zone keeps her own clock, labelled by its offset (an offset names no zone)
    new_york_in_winter = datetime(2026, 1, 6, 9, 0, tzinfo=timezone(timedelta(hours=-5)))
    assert clock(new_york_in_winter, CHICAGO) == "Tue 2026-01-06 09:00 UTC-05:00"
    assert zone_label(datetime(2026, 1, 6, 9, 0, tzinfo=timezone(timedelta(hours=5, minutes=30)))) == "UTC+05:30"
    assert zone_label(datetime(2026, 1, 6, 9, 0, tzinfo=timezone.utc), ZoneInfo("UTC")) == "UTC"
    assert clock(None) == "(no date)" and clock_long(None, missing="?") == "?"
    assert day_long(date(2026, 3, 12)) == "Thu, Mar 12, 2026"


@pytest.mark.parametrize("text, shown", [
    ("- Ms. Natarajan will put together a make-up plan.", "Ms. Natarajan will put together a make-up plan."),
    ("  2) I will send the\n   data sheets by Friday.", "I will send the data sheets by Friday."),
    ("• Bus aide starts Monday.", "Bus aide starts Monday."),
    ("-10 minutes of recess were lost", "-10 minutes of recess were lost"),  # a minus sign, not a list marker
])
def test_a_quoted_sentence_reads_on_its_own(text, shown):
    assert quoted(text) == shown
