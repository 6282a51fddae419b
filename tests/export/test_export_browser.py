"""The HTML export's compensatory-services table as a reader sees it: Debian's Chromium, headless,
driven by Playwright, JavaScript off (the report has none).

The table is written to test-output/export/compensatory-table.png for a person to look at; the
README shows that picture (docs/compensatory-table.png).
"""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from conftest import REPO, SAMPLE, SAMPLE_ENV
from ieptrail.config import load_settings
from ieptrail.export.record import ExportScope
from ieptrail.export.write import export_record
from ieptrail.ingest.sources import read_local
from ieptrail.store.db import Database
from ieptrail.trail.importer import Importer

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = REPO / "test-output" / "export"

if not CHROMIUM.exists():
    pytest.skip("/usr/bin/chromium is not installed (scripts/test installs Debian's chromium when run as root)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')")


@pytest.fixture(scope="module")
def report(tmp_path_factory, tagger) -> Path:
    folder = tmp_path_factory.mktemp("export-browser")
    settings = load_settings({"HOME": str(folder), "IEPTRAIL_DATA_DIR": str(folder / "data"),
                              "IEPTRAIL_DATABASE_URL": f"sqlite:///{folder / 'trail.db'}", **SAMPLE_ENV},
                             env_file=os.devnull)
    db = Database(settings.database_url)
    importer = Importer(db, settings, tagger=tagger)
    importer.import_many(read_local([SAMPLE / "mailbox"]))
    importer.attachments.close()
    out = folder / "report.html"
    export_record(db, settings, ExportScope(as_of=date(2026, 3, 12)), "html", out)
    db.close()
    return out


@pytest.mark.parametrize("width", [900])
def test_the_compensatory_table_reads_whole_in_a_browser(report, width):
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                             args=["--disable-gpu", "--disable-dev-shm-usage"])
        try:
            page = browser.new_context(viewport={"width": width, "height": 900}, java_script_enabled=False).new_page()
            page.goto(report.resolve().as_uri())
            table = page.locator("table.compensatory")
            rows = table.locator("tr")
            assert rows.count() == 5  # the heading and four services
            heading = [cell.strip() for cell in rows.nth(0).locator("th").all_inner_texts()]
            assert heading == ["Service", "Sessions missed", "Minutes missed", "Made up", "Owed", "Evidence (exhibits)"]
            speech = [cell.strip() for cell in rows.filter(has_text="Speech-language therapy").locator("td").all_inner_texts()]
            assert speech[:5] == ["Speech-language therapy", "3: 2026-01-22, 2026-02-19, 2026-02-24", "90",
                                  "1 (30 min): 2026-01-22 on 2026-01-27", "2 sessions, 60 min"]
            # the evidence links go to the exhibits in the same page
            first = table.locator("a").first
            assert first.get_attribute("href").startswith("#exhibit-")
            box = table.bounding_box()
            assert box is not None and box["width"] <= width  # nothing cut off at the side
            SHOTS.mkdir(parents=True, exist_ok=True)
            shot = SHOTS / f"compensatory-table-{width}.png"
            page.locator(".compensatory-services").screenshot(path=str(shot))
            assert shot.stat().st_size > 5000
        finally:
            browser.close()
