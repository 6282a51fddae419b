"""Property tests (hypothesis) for the date arithmetic deadlines rest on: school days, month ends,
written dates, and times across time zones and daylight-saving changes."""
from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from ieptrail.classify.when import add_business_days, business_days_between, find_dates
from ieptrail.ingest.dates import parse_client_date
from ieptrail.store.repository import to_utc_naive
from ieptrail.store.views import local_datetime

DAYS = st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31))
ZONES = ["America/Chicago", "America/New_York", "America/Denver", "America/Phoenix", "America/Los_Angeles",
         "Pacific/Honolulu", "Europe/London", "Europe/Berlin", "Australia/Sydney", "Pacific/Auckland",
         "America/Santiago", "Asia/Kolkata"]


@st.composite
def holidays_near(draw, start: date) -> frozenset[date]:
    offsets = draw(st.frozensets(st.integers(min_value=-10, max_value=120), max_size=25))
    return frozenset(start + timedelta(days=offset) for offset in offsets)


@st.composite
def start_count_holidays(draw):
    start = draw(DAYS)
    return start, draw(st.integers(min_value=0, max_value=60)), draw(holidays_near(start))


# ---- school days ------------------------------------------------------------------------------


@given(start_count_holidays())
def test_n_school_days_later_is_a_school_day_exactly_n_school_days_away(case):
    start, count, holidays = case
    end = add_business_days(start, count, holidays)
    assert business_days_between(start, end, holidays) == count
    if count == 0:
        assert end == start
    else:
        assert end > start and end.weekday() < 5 and end not in holidays
        assert business_days_between(start, end - timedelta(days=1), holidays) == count - 1  # the first such day
    assert (end - start).days >= count


@given(start_count_holidays())
def test_holidays_only_ever_push_a_deadline_later(case):
    start, count, holidays = case
    without = add_business_days(start, count)
    with_holidays = add_business_days(start, count, holidays)
    assert with_holidays >= without
    skipped = sum(1 for day in holidays if start < day <= with_holidays and day.weekday() < 5)
    assert business_days_between(start, with_holidays) == count + skipped


@given(DAYS, st.integers(0, 400), st.integers(0, 400))
def test_school_days_between_add_up_and_never_go_negative(first, gap1, gap2):
    middle, last = first + timedelta(days=gap1), first + timedelta(days=gap1 + gap2)
    assert business_days_between(first, last) == business_days_between(first, middle) + business_days_between(middle, last)
    assert business_days_between(last, first) == 0 if gap1 + gap2 else True
    weeks, rest = divmod(gap1 + gap2, 7)
    assert 5 * weeks <= business_days_between(first, last) <= 5 * weeks + min(rest, 5)


# ---- written dates ----------------------------------------------------------------------------


@given(DAYS)
def test_the_end_of_the_month_is_its_last_day(anchor):
    this_month, = find_dates("I'll send the log by the end of the month.", anchor)
    assert this_month.deadline
    assert (this_month.day.year, this_month.day.month) == (anchor.year, anchor.month)
    assert this_month.day.day == calendar.monthrange(anchor.year, anchor.month)[1]
    next_month, = find_dates("We will revisit it at the end of next month.", anchor)
    assert next_month.day == this_month.day + timedelta(days=calendar.monthrange(
        (this_month.day + timedelta(days=1)).year, (this_month.day + timedelta(days=1)).month)[1])


@given(DAYS, st.integers(min_value=0, max_value=150))
def test_a_date_written_without_a_year_is_the_coming_one(anchor, days_ahead):
    target = anchor + timedelta(days=days_ahead)
    for text in (f"by {target.month}/{target.day}", f"by {target:%B} {target.day}", f"by {target.day} {target:%B}",
                 f"by {target:%b}. {target.day}"):
        found = find_dates(f"I will send it {text}.", anchor)
        assert [mention.day for mention in found] == [target], text
        assert found[0].deadline


@given(DAYS, st.sampled_from(list(enumerate(calendar.day_name))))
def test_a_weekday_is_the_coming_one_and_next_means_next_week(anchor, weekday):
    index, name = weekday
    coming, = find_dates(f"I'll call you by {name}.", anchor)
    assert coming.day.weekday() == index and 0 <= (coming.day - anchor).days < 7
    following, = find_dates(f"Let's meet next {name}.", anchor)
    monday = anchor - timedelta(days=anchor.weekday())
    assert following.day.weekday() == index and following.day - timedelta(days=index) == monday + timedelta(days=7)


# ---- time zones and daylight saving --------------------------------------------------------------


def transition_days(zone: ZoneInfo) -> list[date]:
    """The days of 2024-2028 on which `zone` changes its UTC offset."""
    days = []
    day = date(2024, 1, 1)
    while day < date(2029, 1, 1):
        morning = datetime(day.year, day.month, day.day, tzinfo=zone).utcoffset()
        evening = datetime(day.year, day.month, day.day, 23, 59, tzinfo=zone).utcoffset()
        if morning != evening:
            days.append(day)
        day += timedelta(days=1)
    return days


TRANSITIONS = {name: transition_days(ZoneInfo(name)) for name in ZONES}


@st.composite
def wall_clock_times(draw) -> tuple[str, datetime]:
    """A zone and a local time in it, often on a day the clocks change (in the gap or the repeated hour)."""
    name = draw(st.sampled_from(ZONES))
    days = TRANSITIONS[name]
    if days and draw(st.booleans()):
        day = draw(st.sampled_from(days))
        moment = datetime(day.year, day.month, day.day) + timedelta(minutes=draw(st.integers(0, 24 * 60 - 1)))
    else:
        moment = draw(st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2028, 12, 31)))
    return name, moment.replace(microsecond=0)


@given(wall_clock_times())
def test_a_time_written_without_a_zone_keeps_the_authors_wall_clock(case):
    name, wall = case
    resolved = parse_client_date(wall.strftime("%a, %d %b %Y %H:%M:%S"), ZoneInfo(name))
    assert resolved.zone_inferred
    stored_utc = to_utc_naive(resolved.value)
    offset = int(resolved.value.utcoffset().total_seconds() // 60)
    # what the record shows as the message's date is what the author's clock said, gap or not
    assert local_datetime(stored_utc, offset).replace(tzinfo=None) == wall


@given(wall_clock_times(), st.booleans())
def test_a_time_with_its_offset_is_the_same_instant_and_the_same_local_day(case, fold):
    name, wall = case
    zone = ZoneInfo(name)
    moment = wall.replace(tzinfo=zone, fold=int(fold)).astimezone(UTC).astimezone(zone)  # a real instant: no gap
    resolved = parse_client_date(format_datetime(moment), ZoneInfo("America/Chicago"))
    assert not resolved.zone_inferred
    # compared in UTC: Python's == is always False across zones for a time in a repeated hour (PEP 495)
    assert resolved.value.astimezone(UTC) == moment.astimezone(UTC)
    assert resolved.value.utcoffset() == moment.utcoffset()
    stored = local_datetime(to_utc_naive(resolved.value), int(moment.utcoffset().total_seconds() // 60))
    assert stored.date() == moment.date() and stored.time() == moment.time()
    assert stored.astimezone(UTC) == moment.astimezone(UTC)
