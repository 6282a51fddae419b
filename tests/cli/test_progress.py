"""Progress: a bar on a terminal, plain lines in a log, nothing with --json."""
from __future__ import annotations

import io

from ieptrail.cli import progress as progress_module
from ieptrail.cli.progress import Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_log_gets_a_plain_line_now_and_then_and_one_at_the_end(monkeypatch):
    clock = [1000.0]

    class Clock:
        @staticmethod
        def monotonic() -> float:
            return clock[0]

    monkeypatch.setattr(progress_module, "time", Clock)
    log = io.StringIO()
    with Progress("Importing", "email", stream=log) as bar:
        for done in range(1, 201):
            clock[0] += 0.1  # 10 emails a second
            bar.update(done, 1000)
    lines = log.getvalue().splitlines()
    assert lines[0] == "Importing: 100 of 1000 emails (10%), 10/s, about 2 min left"
    assert lines[1].startswith("Importing: 200 of 1000 emails (20%), 10/s, about 80 s left")
    assert lines[-1] == "Importing: 200 of 1000 emails in 20 s"
    assert "\r" not in log.getvalue()


def test_a_terminal_gets_a_bar_with_the_count_and_the_rate():
    screen = Terminal()
    with Progress("Importing", "email", stream=screen) as bar:
        for done in range(1, 11):
            bar.update(done, 10)
    drawn = screen.getvalue()
    assert "Importing" in drawn and "10/10" in drawn and "/s" in drawn and "#" in drawn


def test_json_output_gets_nothing():
    screen = Terminal()
    with Progress("Importing", "email", quiet=True, stream=screen) as bar:
        bar.update(5, 10)
    assert screen.getvalue() == ""
