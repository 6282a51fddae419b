"""Progress on long work (import, retag, export, the first sync of a big mailbox), on stderr.

On a terminal: click's progress bar with the count, the percentage, the rate and the time left.
Not on a terminal (a log file, a pipe, cron): a plain line every PLAIN_EVERY_SECONDS and one at
the end, since a bar redrawn with carriage returns makes a log unreadable. With --json: nothing.
"""
from __future__ import annotations

import sys
import time
from typing import TextIO

import click

from ieptrail.trail.wording import counted

PLAIN_EVERY_SECONDS = 10.0


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    if seconds < 90:
        return f"{seconds} s"
    if seconds < 90 * 60:
        return f"{round(seconds / 60)} min"
    return f"{seconds // 3600} h {seconds % 3600 // 60} min"


class Progress:
    """`update(done, total)` as work goes on; a context manager that closes the bar at the end."""

    def __init__(self, label: str, unit: str, quiet: bool = False, stream: TextIO | None = None):
        self.label, self.unit, self.quiet = label, unit, quiet
        self.stream = stream or sys.stderr
        self.terminal = self.stream.isatty()
        self.started = time.monotonic()
        self.last_line = self.started
        self.done, self.total = 0, 0
        self.bar = None

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def rate(self) -> float:
        elapsed = time.monotonic() - self.started
        return self.done / elapsed if elapsed > 0 else 0.0

    def update(self, done: int, total: int | None = None) -> None:
        if self.quiet:
            return
        self.total = max(total or 0, done, self.total)
        if self.terminal:
            self._draw(done)
        elif time.monotonic() - self.last_line >= PLAIN_EVERY_SECONDS:
            self.done = done
            self.last_line = time.monotonic()
            self._say(self.line())
        self.done = done

    def advance(self, count: int = 1, total: int | None = None) -> None:
        self.update(self.done + count, total)

    def _draw(self, done: int) -> None:
        if self.bar is None:
            self.bar = click.progressbar(length=self.total, label=self.label, file=self.stream, show_pos=True,
                                         show_eta=True, item_show_func=lambda _item: f"{self.rate():.0f}/s")
            self.bar.__enter__()
        self.bar.length = self.total  # a total that grows (a mailbox receiving mail) grows the bar
        if done > self.done:
            self.bar.update(done - self.done, None)

    def line(self) -> str:
        rate = self.rate()
        text = f"{self.label}: {self.done} of {counted(self.total, self.unit)}"
        if self.done and self.total:
            text += f" ({100 * self.done // self.total}%)"
        if rate:
            text += f", {rate:.0f}/s"
        if rate and self.total > self.done:
            text += f", about {_duration((self.total - self.done) / rate)} left"
        return text

    def close(self) -> None:
        if self.quiet:
            return
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None
        elif not self.terminal and self.total:
            elapsed = time.monotonic() - self.started
            self._say(f"{self.label}: {self.done} of {counted(self.total, self.unit)} in {_duration(elapsed)}")

    def _say(self, line: str) -> None:
        sys.stdout.flush()  # what was printed before comes before this line in a shared log
        click.echo(line, file=self.stream)
