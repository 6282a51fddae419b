"""What senders wrote cannot break or disguise the report; a verified DKIM signature is shown."""
from __future__ import annotations

import csv
import io
from datetime import date
from html.parser import HTMLParser

import pypdf
import pytest

from ieptrail.export.record import ExportScope
from ieptrail.export.write import export_record
from ieptrail.ingest.dkim_verify import DkimVerifier
from ieptrail.export.pdf_report import fallback_fonts
from ieptrail.trail.importer import Importer
from dkim_support import FakeDns, published_keys, school_email, signed  # noqa: F401 (published_keys is a fixture)

HOSTILE_SUBJECT = '<script>alert("subject")</script> & </title><b>bold</b>'
LONG_WORD = "https://example.org/" + "A" * 3000
HOSTILE = (
    "From: \"<b>Mr. Evil</b>\" <evil@shoalcreekisd.org>\r\n"
    "To: Rosa Delgado <rosa.delgado@gmail.com>\r\n"
    f"Subject: {HOSTILE_SUBJECT}\r\n"
    "Date: Mon, 02 Feb 2026 10:00:00 -0600\r\n"
    "Message-ID: <hostile-1@shoalcreekisd.org>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
    "Hi Rosa,\r\n\r\n"
    "<img src=3Dx onerror=3Dalert(1)></pre></dd><script>alert(2)</script>\r\n"
    "Bell=07 escape=1B[31m null=00 and \u202egnp.exe=E2=80=AE reversed.\r\n"
    "Names: =E6=BC=A2=E5=AD=97 and Nguy=E1=BB=85n.\r\n"
    + "".join(LONG_WORD[i:i + 70] + "=\r\n" for i in range(0, len(LONG_WORD), 70)) + "\r\n"
    "I will send the schedule by Friday, " + "and then the other thing too, " * 120 + "Mateo.\r\n"
).replace("\u202e", "=E2=80=AE").encode("ascii")
FORMULA = (
    b"From: Tony Garza <tony.garza@shoalcreekisd.org>\r\nTo: Rosa Delgado <rosa.delgado@gmail.com>\r\n"
    b"Subject: =HYPERLINK(\"http://evil.example\",\"click\")\r\nDate: Tue, 03 Feb 2026 09:00:00 -0600\r\n"
    b"Message-ID: <formula-1@shoalcreekisd.org>\r\n\r\n+1 and -1 and @SUM(A1)\r\n"
)
ALLOWED_TAGS = {"html", "head", "meta", "title", "style", "body", "section", "h1", "h2", "h3", "p", "dl", "dt", "dd",
                "code", "table", "tr", "th", "td", "a", "article", "pre", "details", "summary", "ul", "li", "strong"}


class TagCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: set[str] = set()
        self.attributes: set[str] = set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attributes.update(name for name, _ in attrs)


@pytest.fixture
def hostile_record(sqlite_db, settings, tagger, published_keys):  # noqa: F811
    importer = Importer(sqlite_db, settings, tagger=tagger, dkim_verifier=DkimVerifier(lookup=FakeDns(published_keys)))
    summary = importer.import_many([("hostile", HOSTILE), ("formula", FORMULA), ("signed", signed(school_email())),
                                    ("tampered", signed(school_email(number=2)).replace(b"by Friday", b"by June"))])
    assert summary.new == 4, summary.quarantine_notes
    return sqlite_db, settings


def _export(record, fmt, path):
    db, settings = record
    export_record(db, settings, ExportScope(as_of=date(2026, 3, 12)), fmt, path)
    return path


def test_html_escapes_every_sender_text_and_gains_no_element(hostile_record, tmp_path):
    html = _export(hostile_record, "html", tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<script" not in html.lower() and "<img" not in html.lower() and "<b>" not in html
    assert "&lt;script&gt;alert(&#34;subject&#34;)&lt;/script&gt;" in html
    assert "&lt;b&gt;Mr. Evil&lt;/b&gt;" in html
    collector = TagCollector()
    collector.feed(html)
    assert collector.tags <= ALLOWED_TAGS, collector.tags - ALLOWED_TAGS
    assert not {name for name in collector.attributes if name.startswith("on")}


def test_the_pdf_draws_hostile_text_as_text_and_wraps_an_endless_word(hostile_record, tmp_path):
    reader = pypdf.PdfReader(_export(hostile_record, "pdf", tmp_path / "r.pdf"))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert '<script>alert("subject")</script>' in text and "<b>Mr. Evil</b>" in text
    assert text.count("A") >= 3000  # the 3,000-character link is all there, cut into lines
    assert max(len(line) for line in text.splitlines()) < 200
    assert not any(char in text for char in "\x00\x07\x1b\u202e")  # controls and bidi overrides are dropped
    assert "Nguyễn" in text
    if fallback_fonts():  # a system font draws the CJK DejaVu lacks
        assert "漢字" in text
    else:  # marked, not dropped
        assert "\ufffd\ufffd" in text


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(hostile_record, tmp_path):
    folder = _export(hostile_record, "csv", tmp_path / "tables")
    rows = list(csv.DictReader(io.StringIO((folder / "messages.csv").read_text(encoding="utf-8-sig"))))
    formula = next(row for row in rows if "HYPERLINK" in row["subject"])
    assert formula["subject"] == "'=HYPERLINK(\"http://evil.example\",\"click\")"
    assert formula["new_text"].startswith("'+1")


def test_the_report_says_which_signatures_verified_and_which_did_not(hostile_record, tmp_path):
    html = _export(hostile_record, "html", tmp_path / "r.html").read_text(encoding="utf-8")
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(_export(hostile_record, "pdf", tmp_path / "r.pdf")).pages)
    for rendered in (html, " ".join(text.split())):
        assert "DKIM signature verified for shoalcreekisd.org on " in rendered
        assert "DKIM signature of shoalcreekisd.org did NOT verify" in rendered
        assert "Not DKIM-signed." in rendered
