"""The ledger through the whole flow, on real mail: the sample mailbox's made-up sessions, the same
numbers in every view (command line, web page, digest, export, the answer by email), a make-up that
was itself cancelled, and the user's own observations from the command line and the page."""
from __future__ import annotations

import csv
import io
import json
import os
import re
from datetime import date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import pypdf
import pytest
from click.testing import CliRunner
from conftest import SAMPLE, SAMPLE_ENV
from web_client import Browser

from ieptrail.cli import main
from ieptrail.config.settings import load_settings
from ieptrail.export.html_report import render_html
from ieptrail.export.pdf_report import render_pdf
from ieptrail.export.record import ExportScope, build_paper_trail
from ieptrail.export.tables import table_csv
from ieptrail.ingest.mail_command import MailRequest
from ieptrail.ingest.sources import read_local
from ieptrail.notify.digest import compose_digest
from ieptrail.notify.search_reply import answer_request, reply_email
from ieptrail.store.db import Database
from ieptrail.trail.importer import Importer
from ieptrail.web.serve import WebPage

AS_OF = date(2026, 3, 12)


def environment(base) -> dict[str, str]:
    return {"HOME": str(base), "IEPTRAIL_DATA_DIR": str(base / "data"), "IEPTRAIL_ENV_FILE": os.devnull,
            "IEPTRAIL_DATABASE_URL": f"sqlite:///{base / 'trail.db'}", **SAMPLE_ENV}


@pytest.fixture(scope="module")
def sample(tmp_path_factory, tagger):
    base = tmp_path_factory.mktemp("ledger-sample")
    env = {**environment(base), "IEPTRAIL_TODAY": AS_OF.isoformat()}
    settings = load_settings(env, env_file=os.devnull)
    db = Database(settings.database_url)
    importer = Importer(db, settings, tagger=tagger)
    importer.import_many(read_local([SAMPLE / "mailbox"]))
    importer.attachments.close()

    def run(*args):
        result = CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.output

    yield settings, db, run
    db.close()


def test_the_sample_sessions_made_up_are_made_up_by_the_message_that_says_so(sample):
    _, _, run = sample
    events = {(e["topic"], e["date"]): e for e in json.loads(run("services", "--json", "--as-of", AS_OF.isoformat()))}
    speech = events[("speech_language_therapy", "2026-01-22")]
    assert speech["made_up_on"] == "2026-01-27" and not speech["owed"]
    assert "we did his make-up session this morning" in speech["made_up_by"]["sentence"]
    assert speech["made_up_by"]["source_message_id"] and speech["made_up_by"]["message"]
    ot = events[("occupational_therapy", "2026-02-10")]
    assert ot["made_up_on"] == "2026-02-13" and not ot["owed"]
    assert "made up his OT session this morning" in ot["made_up_by"]["sentence"]
    # the promises to make them up were kept too, and the parent wrote later that the January session
    # was made up: more evidence of the same make-ups, not more sessions made up
    assert all("promise" in {item["how"] for item in e["made_up_evidence"]} for e in (speech, ot))
    assert sum("January session was made up" in item["sentence"] for item in speech["made_up_evidence"]) == 2
    owed = [e for e in events.values() if e["owed"]]
    assert {(e["topic"], e["date"]) for e in owed} == {
        ("speech_language_therapy", "2026-02-19"), ("speech_language_therapy", "2026-02-24"),
        ("paraprofessional", "2026-02-04"), ("paraprofessional", "2026-02-25"),
        ("transportation", "2026-01-27"), ("transportation", "2026-03-03")}
    assert sum(e["minutes"] or 0 for e in owed if e["topic"] == "speech_language_therapy") == 60
    assert all(e["minutes"] is None and e["minutes_from"] is None for e in events.values() if e["topic"] == "transportation")
    # each session once, with every report of it; `--missed` lists them all, `--owed` what is left
    assert len(speech["reports"]) == 3 and len({r["message"] for r in speech["reports"]}) == 3
    assert len(json.loads(run("services", "--missed", "--json"))) == len(events) == 8
    assert {(e["topic"], e["date"]) for e in json.loads(run("services", "--owed", "--json"))} == \
        {(e["topic"], e["date"]) for e in owed}


# ---- the same numbers everywhere -----------------------------------------------------------------

_SUMMARY = re.compile(r"^[ \t]*(?P<label>[A-Z][^:\n(]*?)(?: \([a-z_]+\))?: (?P<missed>\d+) sessions? missed "
                      r"\((?P<mm>[^)]*)\); (?P<made>\d+) made up(?: \([^)]*\))?; "
                      r"(?:owed: (?P<owed>\d+) sessions? \((?P<om>[^)]*)\)|nothing owed)$", re.M)


def _minutes(words: str | None) -> int:
    found = re.match(r"(\d+) min", words or "")
    return int(found.group(1)) if found else 0


def summaries(text: str) -> dict[str, tuple[int, int, int, int, int]]:
    """label -> (missed, minutes missed, made up, owed, minutes owed), read off the words a view prints."""
    return {m["label"].strip(): (int(m["missed"]), _minutes(m["mm"]), int(m["made"]), int(m["owed"] or 0), _minutes(m["om"]))
            for m in _SUMMARY.finditer(text)}


def test_every_view_shows_the_same_numbers(sample, tagger):
    settings, db, run = sample
    events = json.loads(run("services", "--json", "--as-of", AS_OF.isoformat()))
    expected: dict[str, tuple[int, int, int, int, int]] = {}
    labels = {}
    for topic in {e["topic"] for e in events if e["kind"] == "service"}:
        mine = [e for e in events if e["topic"] == topic]
        labels[topic] = mine[0]["label"]
        expected[mine[0]["label"]] = (len(mine), sum(e["minutes"] or 0 for e in mine), sum(1 for e in mine if e["made_up_on"]),
                                      sum(1 for e in mine if e["owed"]), sum(e["minutes"] or 0 for e in mine if e["owed"]))
    assert expected["Speech-language therapy"] == (3, 90, 1, 2, 60)
    assert expected["Occupational therapy"] == (1, 30, 1, 0, 0)

    assert summaries(run("services", "--as-of", AS_OF.isoformat())) == expected  # the command line
    digest = compose_digest(db, settings, AS_OF).get_body(("plain",)).get_content()
    assert summaries(digest) == expected  # the weekly digest
    request = MailRequest("missed-services", None, settings.user_email, "missed services", "<ask@gmail.com>", None,
                          "dkim=pass", None)
    with db.session_scope() as session:
        answer = answer_request(session, None, settings, request, AS_OF)
        trail = build_paper_trail(session, settings, ExportScope(as_of=AS_OF))
    reply = reply_email(answer, settings, datetime(2026, 3, 12, 9, 0, tzinfo=settings.timezone))
    assert summaries(reply.get_body(("plain",)).get_content()) == expected  # the answer by email

    page = WebPage(settings, db, tagger, host="127.0.0.1", port=0).start()
    try:
        _, _, html = Browser(page.address.rstrip("/")).get("/services")
    finally:
        page.stop()
    shown = {labels[m[0]]: tuple(int(n) for n in m[1:]) for m in re.findall(
        r'data-topic="([a-z_]+)" data-missed="(\d+)" data-missed-minutes="(\d+)" data-made-up="(\d+)" '
        r'data-owed="(\d+)" data-owed-minutes="(\d+)"', html)}
    assert shown == expected  # the web page

    table = csv.DictReader(io.StringIO(table_csv(trail, "compensatory-services").decode("utf-8-sig")))
    exported = {row["service_label"]: (int(row["sessions_missed"]), int(row["minutes_missed"]),
                                       int(row["sessions_made_up"]), int(row["sessions_owed"]), int(row["minutes_owed"]))
                for row in table if row["kind"] == "service"}
    assert exported == expected  # the export's CSV
    report = render_html(trail, settings)
    compensatory = report[report.index('<table class="compensatory">'):]
    compensatory = compensatory[:compensatory.index("</table>")]
    for label, (missed, _, made, owed, owed_minutes) in expected.items():
        row = compensatory[compensatory.index(f"<td>{label}</td>"):]
        row = row[:row.index("</tr>")]
        assert f"<td>{missed}: " in row
        assert (f"<strong>{owed} session" in row) if owed else "<strong>nothing</strong>" in row
        assert not owed_minutes or f", {owed_minutes} min</strong>" in row  # the export's HTML
    pdf = " ".join(" ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(render_pdf(trail, settings))).pages)
                   .split())
    assert "3: 2026-01-22, 2026-02-19," in pdf and "2 sessions, 60 min" in pdf  # and its PDF


# ---- a make-up cancelled, a make-up held, and what you saw -----------------------------------------

EASTERN = ZoneInfo("America/New_York")
NORA_ENV = {"IEPTRAIL_USER_EMAILS": "dana.whitaker@example.com", "IEPTRAIL_TIMEZONE": "America/New_York",
            "IEPTRAIL_STUDENTS": "Nora Whitaker"}
SLP = ("Rhea Okoro", "rokoro@maplegrove.k12.oh.us", "Rhea Okoro, M.A., CCC-SLP\nSpeech-Language Pathologist")
OT = ("Ines Varga", "ivarga@maplegrove.k12.oh.us", "Ines Varga, OTR/L\nOccupational Therapist")


def school_email(number: int, who: tuple[str, str, str], when: datetime, subject: str, body: str,
                 reply_to: int | None = None) -> tuple[str, bytes]:
    message = EmailMessage()
    message["From"] = f"{who[0]} <{who[1]}>"
    message["To"] = "Dana Whitaker <dana.whitaker@example.com>"
    message["Subject"] = subject
    message["Date"] = format_datetime(when)
    message["Message-ID"] = f"<ledger-{number}@maplegrove.k12.oh.us>"
    if reply_to:
        message["In-Reply-To"] = message["References"] = f"<ledger-{reply_to}@maplegrove.k12.oh.us>"
    message.set_content(f"Hi Ms. Whitaker,\n\n{body}\n\n--\n{who[2]}\n")
    return f"{number}.eml", message.as_bytes()


@pytest.fixture(scope="module")
def nora(tmp_path_factory, tagger):
    base = tmp_path_factory.mktemp("ledger-nora")
    env = {"HOME": str(base), "IEPTRAIL_DATA_DIR": str(base / "data"), "IEPTRAIL_ENV_FILE": os.devnull,
           "IEPTRAIL_DATABASE_URL": f"sqlite:///{base / 'trail.db'}", **NORA_ENV}
    settings = load_settings(env, env_file=os.devnull)
    db = Database(settings.database_url)
    from ieptrail.classify import Tagger
    importer = Importer(db, settings, tagger=Tagger(("Nora Whitaker",)))
    importer.import_many([
        school_email(1, SLP, datetime(2026, 10, 5, 12, 10, tzinfo=EASTERN), "Speech today",
                     "Unfortunately I have to cancel Nora's 30-minute speech session this afternoon; I was called "
                     "to a meeting at the district office. I'll make it up on Thursday, October 8."),
        school_email(2, SLP, datetime(2026, 10, 8, 15, 40, tzinfo=EASTERN), "RE: Speech today",
                     "I'm so sorry, I had to cancel her make-up session today because of a staff emergency. "
                     "I will find another time next week.", reply_to=1),
        school_email(3, OT, datetime(2026, 10, 13, 14, 5, tzinfo=EASTERN), "OT today",
                     "I was out sick today, so Nora missed her 30-minute OT session."),
        school_email(4, OT, datetime(2026, 10, 16, 13, 0, tzinfo=EASTERN), "RE: OT today",
                     "Quick note: Nora and I made up her OT session this morning. She worked hard on her handwriting.",
                     reply_to=3),
    ])
    importer.attachments.close()

    def run(*args):
        result = CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.output

    yield settings, db, run
    db.close()


def test_a_cancelled_make_up_leaves_the_session_owed_and_a_held_one_makes_it_up(nora):
    _, _, run = nora
    events = {(e["topic"], e["date"]): e for e in json.loads(run("services", "--json"))}
    assert set(events) == {("speech_language_therapy", "2026-10-05"), ("occupational_therapy", "2026-10-13")}
    speech = events[("speech_language_therapy", "2026-10-05")]
    assert speech["owed"] and speech["made_up_on"] is None and speech["minutes"] == 30
    assert [c["date"] for c in speech["make_up_cancelled"]] == ["2026-10-08"]
    assert speech["responsible"] == "Rhea Okoro"
    ot = events[("occupational_therapy", "2026-10-13")]
    assert ot["made_up_on"] == "2026-10-16" and ot["made_up_by"]["how"] == "report" and not ot["owed"]
    text = run("services")
    assert "Speech-language therapy (speech_language_therapy): 1 session missed (30 min); 0 made up; " \
           "owed: 1 session (30 min)" in text and "owed (make-up cancelled)" in text


def test_an_observation_is_the_users_report_from_the_command_line(nora):
    _, _, run = nora
    said = run("observe", "--date", "2026-10-14", "Nora told me nobody read the science test to her today, "
                                                  "even though her IEP says it is read aloud.")
    message_id = int(re.search(r"as message (\d+)", said).group(1))
    assert "in the ledger: Read aloud, 2026-10-14, not provided" in said
    [event] = [e for e in json.loads(run("services", "--json")) if e["topic"] == "read_aloud"]
    assert event["date"] == "2026-10-14" and event["kind"] == "accommodation"
    assert event["reports"] == [{**event["reports"][0], "message": message_id, "from": "observation",
                                 "where": "your observation"}]
    shown = run("show", str(message_id))
    assert "arrived observed" in shown and "My observation, Wednesday, October 14, 2026" in shown
    refused = CliRunner().invoke(main, ["observe", "--date", "2999-01-01", "Too early."],
                                 env={"IEPTRAIL_DATABASE_URL": nora[0].database_url, "IEPTRAIL_ENV_FILE": os.devnull,
                                      **NORA_ENV})
    assert refused.exit_code != 0 and "after today" in refused.output


def test_an_observation_from_the_page_needs_its_form_token(nora, tagger):
    settings, db, run = nora
    page = WebPage(settings, db, tagger, host="127.0.0.1", port=0).start()
    try:
        browser = Browser(page.address.rstrip("/"))
        status, _, html = browser.get("/services")
        assert status == 200 and 'action="/services/observe"' in html
        form = {"date": "2026-10-15", "text": "At pick-up Nora said she did not get her break card all day."}
        assert browser.request("POST", "/services/observe", form=form)[0] == 403  # no token: nothing recorded
        status, headers, _ = browser.request("POST", "/services/observe", form={**form, "csrf": browser.csrf()})
        assert status == 303 and headers["location"].startswith("/services?done=observed-")
        message_id = int(re.search(r"observed-(\d+)", headers["location"]).group(1))
        _, _, after = browser.get(headers["location"])
        assert f'<a href="/messages/{message_id}">{message_id}</a>' in after
        _, moved, _ = browser.get(f"/messages/{message_id}")
        _, _, thread = browser.get(moved["location"].split("#")[0])
    finally:
        page.stop()
    assert "your observation (not emailed)" in thread
    [event] = [e for e in json.loads(run("services", "--json")) if e["topic"] == "breaks"]
    assert event["reports"][0]["from"] == "observation" and event["date"] == "2026-10-15"
