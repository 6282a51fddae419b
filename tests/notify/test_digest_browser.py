"""The digest's HTML in a real browser (Debian's headless Chromium): markup that came in by mail stays
text, and a screenshot is written to test-output/ (git-ignored) for a person to look at."""
from __future__ import annotations

import pytest

from chromium import chromium_binary, rendered_dom, screenshot
from conftest import REPO
from ieptrail.notify.digest import compose_digest
from ieptrail.trail.importer import Importer

OUTPUT = REPO / "test-output"

HOSTILE = b"""From: Priya Natarajan <priya.natarajan@shoalcreekisd.org>
To: Rosa Delgado <rosa.delgado@gmail.com>
Subject: <script>document.body.setAttribute('data-pwned', 'subject')</script> speech therapy log
Date: Wed, 11 Mar 2026 15:10:00 -0500
Message-ID: <hostile-1@shoalcreekisd.org>
Content-Type: text/plain; charset=utf-8

Hi Rosa,

I will send you the <img src=x onerror="document.body.setAttribute('data-pwned', 'img')"> speech therapy log by Friday.

Thanks,
Priya
"""


@pytest.fixture
def browser():
    if chromium_binary() is None:
        pytest.skip("chromium is not installed (scripts/test installs Debian's chromium when run as root)")


def test_the_digest_renders_in_chromium_with_mail_markup_as_text(dev_record, tagger, browser):
    db = dev_record.database()
    Importer(db, dev_record.settings, tagger).import_many([("test:hostile", HOSTILE)])
    html = compose_digest(db, dev_record.settings, dev_record.as_of).get_body(("html",)).get_content()
    db.close()
    OUTPUT.mkdir(exist_ok=True)
    page = OUTPUT / "digest.html"
    page.write_text(html, encoding="utf-8")
    dom = rendered_dom(page)
    assert "data-pwned" in dom  # the text is there …
    assert "<body data-pwned" not in dom and "<script" not in dom.lower() and "<img" not in dom.lower()  # … inert
    assert "&lt;script&gt;document.body.setAttribute" in dom
    png = screenshot(page, OUTPUT / "digest.png", width=800, height=3600)
    assert png.stat().st_size > 50_000  # a page with content, not a blank window
