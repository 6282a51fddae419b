"""The web page under attack: guessing the secret, and addresses made to overflow (issue 13)."""
from __future__ import annotations

import logging
from dataclasses import replace

import pytest

from ieptrail.web.guessing import SignInGuard
from ieptrail.web.serve import WebPage
from web_client import Browser

SECRET = "correct horse battery staple"


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_wrong_secrets_close_the_door_longer_each_time_then_lock_the_address_out():
    clock = Clock()
    guard = SignInGuard(clock)
    waits = [guard.failed("203.0.113.9", "form") for _ in range(3)]
    assert waits == [0, 0, 0] and guard.wait_seconds("203.0.113.9") == 0  # typos are free
    delays = []
    for _ in range(6):
        delays.append(guard.failed("203.0.113.9", "form"))
        assert guard.wait_seconds("203.0.113.9") == delays[-1]
        assert guard.wait_seconds("198.51.100.1") == 0  # other addresses are not affected
        clock.now += delays[-1]
        assert guard.wait_seconds("203.0.113.9") == 0
    assert delays == [1, 2, 4, 8, 16, 32]
    assert guard.failed("203.0.113.9", "form") == 15 * 60  # the tenth in a row: locked out
    clock.now += 14 * 60
    assert guard.wait_seconds("203.0.113.9") == 60
    clock.now += 60
    assert guard.failed("203.0.113.9", "form") == 15 * 60  # still counting: one more wrong locks again
    clock.now += 15 * 60 + 15 * 60 + 1  # quiet for the whole window: forgotten
    assert guard.failed("203.0.113.9", "form") == 0


def test_a_right_secret_clears_the_count_and_memory_stays_bounded():
    guard = SignInGuard(Clock(), max_clients=100)
    for _ in range(3):
        guard.failed("a", "form")
    guard.succeeded("a")
    assert guard.failed("a", "form") == 0
    for number in range(1000):
        guard.failed(f"10.0.{number // 250}.{number % 250}", "form")
    assert len(guard._clients) == 100


@pytest.fixture
def guarded_page(served_record, tagger):
    settings, db, _ = served_record
    page = WebPage(replace(settings, web_secret=SECRET), db, tagger, host="127.0.0.1", port=0).start()
    yield Browser(page.address.rstrip("/"))
    page.stop()


def test_guessing_with_bearer_tokens_is_slowed_then_refused_and_logged_without_the_guess(guarded_page, caplog):
    caplog.set_level(logging.WARNING, logger="ieptrail.web")
    answers = [guarded_page.get("/", Authorization=f"Bearer guess-number-{n}")[0] for n in range(6)]
    assert answers[:4] == [401, 401, 401, 401] and answers[4:] == [429, 429]
    status, headers, _ = guarded_page.get("/", Authorization=f"Bearer {SECRET}")
    assert status == 429 and int(headers["Retry-After"]) >= 1  # not even compared while the door is closed
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "wrong web secret from 127.0.0.1 (Bearer token), 4 in a row" in logged
    assert "guess-number" not in logged and SECRET not in logged


def test_guessing_through_the_form_is_refused_with_429(guarded_page):
    guarded_page.get("/login")
    token = guarded_page.cookies["ieptrail_csrf"]
    statuses = [guarded_page.request("POST", "/login", form={"csrf": token, "secret": f"wrong {n}", "next": "/"})[0]
                for n in range(5)]
    assert statuses == [401, 401, 401, 401, 429]
    status, headers, body = guarded_page.request("POST", "/login", form={"csrf": token, "secret": SECRET, "next": "/"})
    assert status == 429 and b"Too many wrong secrets" in body


def test_addresses_that_overflow_are_answered_not_crashed(served_record):
    browser = Browser(served_record[2])
    assert browser.get("/messages/99999999999999999999/original.eml")[0] == 404
    assert browser.get("/messages/99999999999999999999")[0] == 404
    assert browser.get("/threads/999999999999999999")[0] == 404
    status, _, html = browser.get("/?since=0001-01-01&until=9999-12-31")
    assert status == 200 and 'class="result"' in html
    assert browser.get("/?q=%00%FF%FE&from=%25&limit=99999999999999999999")[0] == 200
