"""An accommodation the IEP gives that was not provided shows wherever missed services do: the
`services` ledger (JSON and text), the digest, the CSV and HTML exports and the web page."""
from __future__ import annotations

import csv
import json
import os
import re
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner

from ieptrail.cli import main
from ieptrail.config.settings import load_settings
from ieptrail.store.db import Database
from ieptrail.web.serve import WebPage
from web_client import Browser

SUMMARY = ("Ms. Rivera said Nora was not given her extended time on the math test on 10/12.\n\n"
           "She also said speech was cancelled on 10/13, a 30-minute session.\n")


@pytest.fixture(scope="module")
def record(tmp_path_factory):
    base = tmp_path_factory.mktemp("missed-views")
    env = {"HOME": str(base), "IEPTRAIL_DATA_DIR": str(base / "data"), "IEPTRAIL_ENV_FILE": os.devnull,
           "IEPTRAIL_DATABASE_URL": f"sqlite:///{base / 'trail.db'}", "IEPTRAIL_USER_EMAILS": "dana@example.com",
           "IEPTRAIL_TIMEZONE": "America/New_York", "IEPTRAIL_STUDENTS": "Nora Whitaker"}
    summary = base / "call.txt"
    summary.write_text(SUMMARY)

    def run(*args):
        result = CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.output

    run("log-call", "--with", "Ms. Rivera <rivera@school.example.org>", "--date", "2026-10-14", "--summary", str(summary))
    return base, env, run


def test_services_lists_the_accommodation_by_day_with_minutes_not_stated(record):
    _, _, run = record
    rows = json.loads(run("services", "--missed", "--json"))
    by_topic = {row["topic"]: row for row in rows}
    extended = by_topic["extended_time"]
    assert (extended["kind"], extended["date"], extended["minutes"], extended["minutes_from"]) == (
        "accommodation", "2026-10-12", None, None)
    assert not extended["owed"] and extended["made_up_on"] is None
    assert by_topic["speech_language_therapy"]["minutes"] == 30 and by_topic["speech_language_therapy"]["owed"]
    assert all(report["source_message_id"] and report["sentence"] for row in rows for report in row["reports"])
    text = run("services")
    assert "Extended time (extended_time): not provided on 1 day" in text
    assert "Speech-language therapy (speech_language_therapy): 1 session missed (30 min)" in text
    assert not re.search(r"\b0 min", text)  # never "0 min" for what was not stated


def test_the_digest_and_the_exports_carry_it(record):
    base, _, run = record
    today = datetime.now(ZoneInfo("America/New_York")).date().isoformat()  # the call's recap is dated now
    assert "Extended time" in run("digest", "--as-of", today, "--print")
    table = base / "missed.csv"
    run("export", "--format", "csv", "--table", "missed-services", "--as-of", today, "--out", str(table))
    with table.open(newline="") as handle:
        assert "extended_time" in {row[1] for row in csv.reader(handle)}
    report = base / "report.html"
    run("export", "--format", "html", "--as-of", today, "--out", str(report))
    assert "Extended time" in Path(report).read_text()


def test_the_web_page_lists_it(record):
    base, env, _ = record
    settings = load_settings(env, env_file=os.devnull)
    page = WebPage(settings, Database(settings.database_url), None, host="127.0.0.1", port=0).start()
    try:
        status, _, html = Browser(page.address.rstrip("/")).get("/services")
    finally:
        page.stop()
    assert status == 200 and 'href="/topics/extended_time"' in html
