"""The IEP's service grid, as the user gives it: how many sessions of which service, how long, from when to when.

A TOML file (IEPTRAIL_SERVICE_GRID, default `<data dir>/service-grid.toml` when there is one), one
table per service topic (`ieptrail topics` lists the ids); an array of tables when the IEP changed
during the year:

    [speech_language_therapy]
    sessions = 2           # sessions per `per`
    per = "week"           # week | month
    minutes = 30           # minutes per session
    start = 2026-01-05     # optional: the IEP's dates for this service
    end = 2026-12-18

    [[occupational_therapy]]
    sessions = 1
    per = "week"
    minutes = 30
    end = 2026-02-28
    [[occupational_therapy]]
    sessions = 2
    per = "month"
    minutes = 45
    start = 2026-03-01

With it, a missed session whose minutes the mail does not state counts the grid's minutes (marked
as coming from the grid). Without it, such a session is "minutes not stated".
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ieptrail.classify.taxonomy import kind_of
from ieptrail.errors import ConfigError

PERIODS = ("week", "month")


@dataclass(frozen=True)
class GridLine:
    topic: str
    sessions: int
    per: str  # week | month
    minutes: int  # per session
    start: date | None = None
    end: date | None = None

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def describe(self) -> str:
        when = ""
        if self.start or self.end:
            when = f", {self.start or '…'} to {self.end or '…'}"
        return f"{self.sessions} × {self.minutes} min per {self.per}{when}"


@dataclass(frozen=True)
class ServiceGrid:
    lines: tuple[GridLine, ...]
    source: str = ""  # the file it was read from

    def minutes_of(self, topic: str, day: date | None) -> int | None:
        """The length of one session of `topic` on `day` (for a day not stated: when the grid has one length)."""
        lines = [line for line in self.lines if line.topic == topic]
        if day is not None:
            lines = [line for line in lines if line.covers(day)]
        lengths = {line.minutes for line in lines}
        return lengths.pop() if len(lengths) == 1 else None

    def for_topic(self, topic: str) -> tuple[GridLine, ...]:
        return tuple(line for line in self.lines if line.topic == topic)


def _day(value, where: str) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ConfigError(f"{where}: {value!r} is not a date (write 2026-01-05)") from None


def _line(topic: str, table, where: str) -> GridLine:
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: expected a table of sessions, per, minutes, start, end")
    unknown = set(table) - {"sessions", "per", "minutes", "start", "end"}
    if unknown:
        raise ConfigError(f"{where}: unknown key {sorted(unknown)[0]!r} (use sessions, per, minutes, start, end)")
    per = table.get("per", "week")
    if per not in PERIODS:
        raise ConfigError(f"{where}: per = {per!r}; use \"week\" or \"month\"")
    numbers = {}
    for key in ("sessions", "minutes"):
        value = table.get(key)
        if not isinstance(value, int) or isinstance(value, bool) or not 0 < value <= 10_000:
            raise ConfigError(f"{where}: {key} must be a whole number above 0, not {value!r}")
        numbers[key] = value
    line = GridLine(topic, numbers["sessions"], per, numbers["minutes"], _day(table.get("start"), where),
                    _day(table.get("end"), where))
    if line.start and line.end and line.end < line.start:
        raise ConfigError(f"{where}: end ({line.end}) is before start ({line.start})")
    return line


def parse_service_grid(text: str, source: str = "the service grid") -> ServiceGrid:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{source} is not valid TOML: {exc}") from None
    lines: list[GridLine] = []
    for topic, value in data.items():
        if kind_of(topic) != "service":
            raise ConfigError(f"{source}: [{topic}] is not a service topic (`ieptrail topics` lists them)")
        tables = value if isinstance(value, list) else [value]
        for number, table in enumerate(tables, start=1):
            where = f"{source}, [{topic}]" + (f" #{number}" if len(tables) > 1 else "")
            lines.append(_line(topic, table, where))
    return ServiceGrid(tuple(lines), source)


def load_service_grid(path: Path | None) -> ServiceGrid | None:
    """The grid in `path` (Settings.service_grid), or None when there is none."""
    if path is None:
        return None
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read the service grid {path}: {exc}") from None
    return parse_service_grid(text, str(path))
