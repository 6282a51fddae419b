"""The web page over HTTP, served by uvicorn on a loopback port over a real SQLite record."""
from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from urllib.parse import urlencode

import pytest
from click.testing import CliRunner
from web_client import Browser
from conftest import SAMPLE_ENV
from ieptrail.cli import main
from ieptrail.errors import ConfigError
from ieptrail.store.models import Decision, Message
from ieptrail.trail.ledger import ledger_of
from ieptrail.trail.search import SearchRequest, find_messages, results_as_text
from ieptrail.web.security import CONTENT_SECURITY_POLICY, check_exposure
from ieptrail.web.serve import WebPage
from sqlalchemy import select

EXTRA_TIME_EXPECTED = {  # the dev corpus's gold answer for "extra time"
    "<1D8E60AE34EBE2C0.2969906e@gmail.com>",
    "<35652066DB99D0454645B2831B176E17@BN8PR12MB3565.namprd12.prod.outlook.com>",
}


@pytest.fixture
def browser(served_record):
    return Browser(served_record[2])


def result_ids(html: str) -> set[int]:
    return {int(found) for found in re.findall(r'<li class="result" id="r(\d+)"', html)}


def message_ids(db, source_ids) -> set[int]:
    with db.session_scope() as session:
        return set(session.scalars(select(Message.id).where(Message.source_message_id.in_(list(source_ids)))))


def test_a_search_for_extra_time_shows_the_messages_about_extended_time(served_record, browser):
    settings, db, _ = served_record
    status, _, html = browser.get("/?" + urlencode({"q": "extra time"}))
    assert status == 200
    assert result_ids(html) == message_ids(db, EXTRA_TIME_EXPECTED)
    assert 'href="/topics/extended_time"' in html and "<mark>time and a half</mark>" in html


def test_the_page_and_the_text_rendering_share_one_search(served_record, browser, tagger):
    settings, db, _ = served_record
    with db.session_scope() as session:
        outcome = find_messages(session, tagger, settings, SearchRequest(query="speech", since=None, limit=10))
    _, _, html = browser.get("/?q=speech&limit=10")
    assert result_ids(html) == {view.id for view in outcome.results}
    text = results_as_text(outcome, link_for=lambda view: f"http://127.0.0.1:8765/messages/{view.id}")
    assert f"[{outcome.results[0].id}] " in text and "/messages/" in text
    assert "speech_language_therapy" in text


def test_a_query_of_punctuation_only_says_so_instead_of_listing_everything(browser):
    for query in ('"', "*", "- -"):
        status, _, html = browser.get("/?" + urlencode({"q": query}))
        assert status == 200 and "has no words to search for" in html and not result_ids(html)


def test_times_are_the_authors_clock_with_its_zone(browser):
    _, _, html = browser.get("/?" + urlencode({"q": "extra time"}))
    assert "Wed, Mar 4, 2026, 3:35 PM CST" in html  # sent 15:35 -0600 in Texas


def test_filters_narrow_the_results_and_a_bad_date_is_explained(served_record, browser):
    _, _, html = browser.get("/?" + urlencode({"q": "", "topic": "occupational_therapy", "from": "shoalcreekisd",
                                               "since": "2026-02-01", "until": "not a day"}))
    assert "“not a day” is not a date" in html
    assert result_ids(html) and 'href="/topics/occupational_therapy"' in html
    assert browser.get("/?topic=no_such_topic")[0] == 200


def test_every_page_carries_a_strict_policy_and_loads_nothing_from_elsewhere(browser):
    for path in ("/", "/?q=breaks", "/topics", "/topics/breaks", "/threads", "/threads/1", "/promises",
                 "/promises?as_of=2026-03-12", "/services", "/no-such-page"):
        status, headers, html = browser.get(path)
        assert status in (200, 404), path
        assert headers["content-security-policy"] == CONTENT_SECURITY_POLICY
        assert headers["x-content-type-options"] == "nosniff" and headers["cache-control"] == "no-store"
        assert "<script" not in html.lower(), path
        loaded = re.findall(r'<(?:link|img|script|iframe)[^>]+(?:src|href)="([^"]+)"', html)
        assert all(url.startswith("/") and not url.startswith("//") for url in loaded), (path, loaded)


def test_a_script_in_the_subject_and_body_is_shown_as_text(served_record, browser):
    _, db, _ = served_record
    (message_id,) = message_ids(db, {"<script-test-0001@shoalcreekisd.org>"})
    status, headers, _ = browser.get(f"/messages/{message_id}")
    assert status == 303
    _, _, html = browser.get(headers["location"].split("#")[0])
    assert "&lt;script&gt;alert(&#34;subject&#34;)&lt;/script&gt; Mateo&#39;s reading log" in html
    assert "&lt;script&gt;alert(&#34;body&#34;)&lt;/script&gt;" in html
    assert "<script" not in html and "onerror" not in html.replace("onerror=alert(1)&gt;", "")
    cleaned = html[html.index('<div class="mail-html">'):]
    assert "<table>" in cleaned and "tracker.example" not in cleaned and "javascript:" not in cleaned
    assert "onclick" not in cleaned and "<img" not in cleaned


def test_the_original_email_downloads_with_the_hash_the_thread_shows(served_record, browser):
    status, _, html = browser.get("/threads/1")
    first = re.search(r'<code class="hash">([0-9a-f]{64})</code>', html).group(1)
    link = re.search(r'href="(/messages/\d+/original\.eml)"', html).group(1)
    status, headers, body = browser.request("GET", link)
    assert status == 200 and headers["content-disposition"].startswith("attachment")
    assert hashlib.sha256(body).hexdigest() == first


def test_a_thread_folds_quotes_and_signatures_and_marks_the_evidence(browser):
    _, _, html = browser.get("/threads/1")
    assert '<details class="fold quoted">' in html and '<details class="fold signature">' in html
    assert "<details class=\"fold quoted\" open" not in html
    assert re.search(r'<span class="ev ev-promise[^"]*" title="[^"]*" id="promise-\d+">', html)
    assert re.search(r'<span class="ev ev-request[^"]*" title="[^"]*" id="request-\d+">', html)


def test_a_topic_page_is_a_timeline_oldest_first(browser):
    _, _, html = browser.get("/topics/speech_language_therapy")
    times = re.findall(r'<time datetime="([^"]+)"', html)
    assert len(times) >= 3 and times == sorted(times)
    assert browser.get("/topics/not_a_topic")[0] == 404


def test_missed_services_show_the_ledger_each_session_once_made_up_or_owed(served_record, browser):
    settings, db, _ = served_record
    with db.session_scope() as session:
        ledger = ledger_of(session, settings)
    _, _, html = browser.get("/services")
    for line in ledger.services:
        owed = "nothing owed" if not line.owed else (f"{line.owed} sessions owed, minutes not stated"
                                                     if line.owed == line.owed_not_stated else
                                                     f"{line.owed_minutes} minutes owed")
        assert re.search(rf'href="/topics/{line.topic}">[^<]+</a>: <span class="total[^"]*">{owed}', html), line.topic
        assert f'data-topic="{line.topic}" data-missed="{line.missed}" data-missed-minutes="{line.missed_minutes}" ' \
               f'data-made-up="{line.made_up}" data-owed="{line.owed}"' in html
    speech = next(line for line in ledger.services if line.topic == "speech_language_therapy")
    assert (speech.missed, speech.missed_minutes, speech.made_up, speech.owed_minutes) == (3, 90, 1, 60)
    _, _, grouped = browser.get("/services?by=responsible")
    assert "<h2>Priya Natarajan</h2>" in grouped


def test_a_form_without_the_token_or_from_another_site_changes_nothing(served_record, browser):
    _, db, _ = served_record
    with db.session_scope() as session:
        before = session.query(Decision).count()
    status, _, _ = browser.request("POST", "/promises/1/decision", form={"action": "resolve"})
    assert status == 403
    token = browser.csrf()
    status, _, _ = browser.request("POST", "/promises/1/decision", form={"action": "resolve", "csrf": token},
                                   headers={"Origin": "https://evil.example"})
    assert status == 403
    status, _, _ = browser.request("POST", "/promises/1/decision", form={"action": "resolve", "csrf": "forged" * 8})
    assert status == 403
    with db.session_scope() as session:
        assert session.query(Decision).count() == before


def test_a_page_behind_another_host_name_is_refused(browser):
    """A web site that points its own name at 127.0.0.1 (DNS rebinding) must not read the record."""
    status, _, _ = browser.request("GET", "/", headers={"Host": "attacker.example:8765"})
    assert status == 400


def test_drafting_a_follow_up_from_the_board_saves_and_shows_the_draft(browser):
    _, _, board = browser.get("/promises?as_of=2026-03-12")
    promise_id = int(re.search(r'<section class="board-section" id="overdue">.*?id="promise-(\d+)"', board, re.S).group(1))
    status, headers, _ = browser.request("POST", f"/promises/{promise_id}/follow-up",
                                         form={"csrf": browser.csrf(), "as_of": "2026-03-12"})
    assert status == 303 and headers["location"].startswith("/drafts/")
    _, _, draft = browser.get(headers["location"])
    assert "Saved as draft" in draft and "Overdue: " in draft
    status, _, eml = browser.request("GET", headers["location"] + "/draft.eml")
    assert status == 200 and b"X-IEPTrail-Kind: follow-up" in eml


def test_decisions_from_the_board_are_the_ones_the_command_line_reads(served_record, browser):
    settings, db, _ = served_record
    _, _, board = browser.get("/promises")
    promise_id = int(re.search(r'<section class="board-section" id="overdue">.*?id="promise-(\d+)"', board, re.S).group(1))
    status, headers, _ = browser.request("POST", f"/promises/{promise_id}/decision",
                                         form={"csrf": browser.csrf(), "action": "dismiss", "note": "moved on"})
    assert status == 303 and "done=dismiss" in headers["location"]
    _, _, board = browser.get(headers["location"].split("#")[0])
    dismissed = board[board.index('id="dismissed"'):]
    assert f'id="promise-{promise_id}"' in dismissed and "moved on" in dismissed
    assert "is dismissed; it stays in the record" in board
    status, _, _ = browser.request("POST", f"/promises/{promise_id}/decision",
                                   form={"csrf": browser.csrf(), "action": "reopen"})
    _, _, board = browser.get("/promises")
    assert f'id="promise-{promise_id}"' not in board[board.index('id="dismissed"'):]
    assert browser.request("POST", "/promises/99999/decision",
                           form={"csrf": browser.csrf(), "action": "resolve"})[0] == 404


def test_a_past_board_offers_no_decisions_but_still_drafts(browser):
    _, _, board = browser.get("/promises?as_of=2026-03-12")
    assert 'value="resolve"' not in board and "Draft a follow-up" in board


@pytest.fixture
def secret_page(served_record, tagger):
    settings, db, _ = served_record
    secured = replace(settings, web_secret="correct horse battery staple")
    page = WebPage(secured, db, tagger, host="127.0.0.1", port=0).start()
    yield Browser(page.address.rstrip("/"))
    page.stop()


def test_with_a_secret_every_page_wants_sign_in(secret_page):
    status, headers, _ = secret_page.get("/promises?as_of=2026-03-12")
    assert status == 303 and headers["location"] == "/login?next=%2Fpromises%3Fas_of%3D2026-03-12"
    assert secret_page.get("/static/style.css")[0] == 200
    token = secret_page.get("/login")[2] and secret_page.cookies["ieptrail_csrf"]
    status, _, _ = secret_page.request("POST", "/login", form={"csrf": token, "secret": "wrong", "next": "/"})
    assert status == 401
    status, headers, _ = secret_page.request("POST", "/login", form={
        "csrf": token, "secret": "correct horse battery staple", "next": "https://evil.example/"})
    assert status == 303 and headers["location"] == "/"
    assert secret_page.get("/promises")[0] == 200
    anonymous = Browser(f"http://{secret_page.host}:{secret_page.port}")
    assert anonymous.get("/", Authorization="Bearer correct horse battery staple")[0] == 200
    assert anonymous.request("POST", "/promises/1/decision", form={"action": "resolve"})[0] == 401


def test_serving_beyond_loopback_needs_a_long_secret(make_settings):
    with pytest.raises(ConfigError, match="IEPTRAIL_WEB_SECRET"):
        check_exposure(make_settings(), "0.0.0.0")
    with pytest.raises(ConfigError, match="too short"):
        check_exposure(make_settings(IEPTRAIL_WEB_SECRET="short"), "192.168.1.20")
    assert "sign-in" in check_exposure(make_settings(IEPTRAIL_WEB_SECRET="x" * 20), "192.168.1.20")
    assert check_exposure(make_settings(), "::1") == "loopback only, no sign-in"


def test_ieptrail_serve_refuses_a_public_address_without_a_secret(tmp_path):
    env = {"HOME": str(tmp_path), "IEPTRAIL_ENV_FILE": "/dev/null", "IEPTRAIL_DATA_DIR": str(tmp_path / "data"),
           "IEPTRAIL_DATABASE_URL": f"sqlite:///{tmp_path / 'trail.db'}", **SAMPLE_ENV}
    result = CliRunner().invoke(main, ["serve", "--host", "0.0.0.0", "--port", "0"], env=env)
    assert result.exit_code == 2
    assert "needs IEPTRAIL_WEB_SECRET" in result.output


def test_the_worker_serves_the_page_beside_the_schedule(served_record, tagger):
    from ieptrail.worker.schedule import start_web_page

    settings, db, _ = served_record
    page = start_web_page(replace(settings, web_port=0), db)
    try:
        status, _, html = Browser(page.address.rstrip("/")).get("/threads")
        assert status == 200 and "conversations" in html
    finally:
        page.stop()
    assert not page.thread.is_alive()


def test_a_thread_lists_attachments_with_size_hash_download_and_text(served_record, browser):
    from ieptrail.store.models import Attachment

    _, db, _ = served_record
    with db.session_scope() as session:
        message_id, thread_id, sha256, size = session.execute(
            select(Message.id, Message.thread_id, Attachment.sha256, Attachment.size).join(Attachment)
            .where(Attachment.filename == "Delgado_Mateo_IEP_Progress_2nd_9wks.pdf")).one()
    status, _, page = browser.get(f"/threads/{thread_id}")
    assert status == 200 and "Delgado_Mateo_IEP_Progress_2nd_9wks.pdf" in page and sha256 in page
    assert f"{size:,} bytes" in page and f'href="/messages/{message_id}/attachments/0"' in page
    status, headers, data = browser.request("GET", f"/messages/{message_id}/attachments/0")
    assert status == 200 and hashlib.sha256(data).hexdigest() == sha256  # the very bytes the hash is of
    assert headers["content-type"] == "application/octet-stream"
    assert headers["content-disposition"].startswith('attachment; filename="Delgado_Mateo_IEP_Progress_2nd_9wks.pdf"')
    status, _, text_page = browser.get(f"/messages/{message_id}/attachments/0/text")
    assert status == 200 and "Page 1" in text_page and "Progress" in text_page
    assert browser.get(f"/messages/{message_id}/attachments/9")[0] == 404
    assert browser.get(f"/messages/{message_id}/attachments/9/text")[0] == 404


def test_a_search_can_reach_into_attachments_and_says_where_it_found_the_words(browser):
    status, _, page = browser.get("/?q=treatment+summary")
    plain = result_ids(page)
    status, _, page = browser.get("/?q=treatment+summary&attachments=1")
    assert status == 200 and 'name="attachments" value="1" checked' in page
    assert result_ids(page) >= plain and "Found in Delgado_Mateo_SLP_Treatment_Summary_Jan2026.pdf, p. 1" in page
