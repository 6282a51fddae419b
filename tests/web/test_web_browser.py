"""The web page in a real browser: Debian's Chromium, headless, driven by Playwright, JavaScript off.

Screenshots of the search, thread and promises pages, at a desktop and a phone width, are written
to test-output/web/ (git-ignored) for a person to look at.
"""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conftest import REPO

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = REPO / "test-output" / "web"
WIDTHS = {"desktop": 1100, "phone": 390}
CHROMIUM_ARGS = ["--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]

if not CHROMIUM.exists():
    pytest.skip("/usr/bin/chromium is not installed (scripts/test installs Debian's chromium when run as root)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')")


@pytest.fixture(scope="module")
def chromium():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def open_page(chromium, served_record):
    """A fresh browser context (JavaScript off unless asked) that records any request leaving the page's host."""
    base = served_record[2]
    contexts, elsewhere = [], []

    def open_(path: str, width: str = "desktop", javascript: bool = False):
        context = chromium.new_context(viewport={"width": WIDTHS[width], "height": 900}, java_script_enabled=javascript)
        context.on("request", lambda request: elsewhere.append(request.url)
                   if urlsplit(request.url).netloc != urlsplit(base).netloc else None)
        contexts.append(context)
        page = context.new_page()
        page.goto(base + path)
        return page

    yield open_
    for context in contexts:
        context.close()
    assert elsewhere == [], f"the page asked for something from elsewhere: {elsewhere}"


def screenshot(page, name: str, width: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}-{width}.png"), full_page=True)


@pytest.mark.parametrize("width", WIDTHS)
def test_a_search_for_extra_time_shows_the_expected_messages(open_page, width):
    page = open_page("/", width)
    page.fill("#q", "extra time")
    page.press("#q", "Enter")  # a plain GET form: no script involved
    page.wait_for_url(re.compile(r"q=extra\+time"))
    subjects = page.locator(".result .subject").all_inner_texts()
    assert sorted(subjects) == ["RE: STAAR practice test next Tuesday + I'm out Friday",
                                "STAAR practice test next Tuesday + I'm out Friday"]
    assert page.locator(".result mark").first.is_visible()
    assert "Extended time" in page.locator("#summary").inner_text()
    no_overflow(page)
    screenshot(page, "search", width)


@pytest.mark.parametrize("width", WIDTHS)
def test_a_thread_shows_new_text_and_folds_quotes_and_signatures(open_page, width):
    page = open_page("/threads/1", width)
    reply = page.locator("article.message").nth(1)
    quoted = reply.locator("details.quoted")
    assert reply.locator(".body").is_visible()
    assert not quoted.locator("pre").is_visible()
    assert not reply.locator("details.signature pre").is_visible()
    assert reply.locator(".ev-promise").first.is_visible()
    screenshot(page, "thread", width)
    quoted.locator("summary").click()
    assert quoted.locator("pre").is_visible()
    no_overflow(page)


def test_resolving_a_promise_moves_it_to_fulfilled(open_page):
    page = open_page("/promises")
    card = page.locator("#overdue .card").first
    promise_id = card.get_attribute("id")
    quote = card.locator(".quote").inner_text()
    card.locator("input[name=note]").fill("the data sheets came on paper")
    card.get_by_role("button", name="Resolve").click()
    page.wait_for_url(re.compile(r"done=resolve"))
    assert page.locator("[role=status]").inner_text().endswith("is marked fulfilled.")
    assert page.locator(f"#overdue #{promise_id}").count() == 0
    moved = page.locator(f"#fulfilled #{promise_id}")
    assert moved.locator(".quote").inner_text() == quote
    assert "the data sheets came on paper" in moved.locator(".decision").inner_text()
    assert moved.get_by_role("button", name="Reopen").is_visible()


@pytest.mark.parametrize("width", WIDTHS)
def test_the_promises_board_reads_on_a_desktop_and_a_phone(open_page, width):
    page = open_page("/promises?as_of=2026-03-12", width)
    assert page.locator("#overdue .card").count() >= 1
    assert page.locator("#overdue .card .next-step").first.is_visible()
    no_overflow(page)
    screenshot(page, "promises", width)


def test_a_script_in_the_subject_and_body_is_shown_as_text(open_page, served_record):
    """With JavaScript on, to be sure nothing from the email runs."""
    dialogs = []
    page = open_page("/?q=reading+log", javascript=True)
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.locator(".result .subject a", has_text="<script>").click()
    message = page.locator("article.message").first
    assert message.locator(".subject").inner_text() == "<script>alert(\"subject\")</script> Mateo's reading log"
    assert "<script>alert(\"body\")</script>" in message.locator(".body").inner_text()
    message.locator("details.html summary").click()
    assert message.locator(".mail-html table").is_visible()
    assert page.locator("script").count() == 0 and message.locator(".mail-html img").count() == 0
    assert dialogs == []


def test_the_pages_work_without_javascript_and_keep_within_a_phone_screen(open_page):
    for path in ("/topics", "/topics/speech_language_therapy", "/threads", "/services"):
        page = open_page(path, "phone")
        assert page.locator("h1").first.is_visible()
        no_overflow(page)


def no_overflow(page) -> None:
    """Nothing wider than the screen: a phone would have to scroll sideways."""
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"], f"{page.url} is {width}px wide"
