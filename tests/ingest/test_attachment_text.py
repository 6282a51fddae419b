"""Attachments' text from real documents made here (fpdf2, python-docx, Pillow, RTF and HTML
written out), read through the sandboxed child process the importer uses; and hostile files:
encrypted, broken, bombs, 900 pages, 20,000 × 20,000 pixels, a reader that runs out of time."""
from __future__ import annotations

import hashlib
import io
import os
import time
import zipfile
import zlib

import pytest
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

from conftest import REPO
from ieptrail.ingest.attachment_sandbox import AttachmentReader, Limits
from ieptrail.ingest.attachment_text import find_ocr, sniff_kind
from ieptrail.ingest.parsed import AttachmentInfo

FONT = str(REPO / "export" / "fonts" / "DejaVuSans.ttf")
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
needs_tesseract = pytest.mark.skipif(find_ocr("eng") is None,
                                     reason="Tesseract with English is not installed (Debian: apt install tesseract-ocr)")


def attachment(name: str, content_type: str, data: bytes) -> AttachmentInfo:
    return AttachmentInfo(name, content_type, len(data), hashlib.sha256(data).hexdigest(), data)


@pytest.fixture(scope="module")
def reader():
    reader = AttachmentReader(Limits(seconds=60, memory_mb=600))
    yield reader
    reader.close()


def pdf_of(pages: list[str]) -> bytes:
    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 6, text)
    return bytes(pdf.output())


def flat(text: str) -> str:
    return " ".join(text.split())


def picture_of(lines: list[str], size=(1700, 500)) -> Image.Image:
    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 48)
    for row, line in enumerate(lines):
        draw.text((60, 60 + row * 100), line, font=font, fill=0)
    return image


def png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def test_pdf_text_keeps_each_page_with_its_number_in_reading_order(reader):
    data = pdf_of(["Present levels. Mateo reads at a second-grade level.",
                   "Accommodations: extended time (time and a half) on tests; preferential seating.",
                   "Services: speech-language therapy 2 x 30 minutes per week."])
    found = reader.read(attachment("IEP_draft.pdf", "application/pdf", data))
    assert (found.kind, found.status, found.note) == ("pdf", "text", None)
    assert [page.number for page in found.pages] == [1, 2, 3]
    assert "extended time (time and a half)" in flat(found.pages[1].text)
    assert flat(found.pages[0].text).startswith("Present levels. Mateo reads")
    assert found.extractor.startswith("pdf:pypdfium2-")


def test_docx_paragraphs_and_tables_in_order_with_page_breaks(reader):
    import docx
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    document.add_paragraph("Parent concerns for the annual review.")
    document.add_paragraph("1. Speech-language services should continue twice a week.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Accommodation", "Setting"
    table.cell(1, 0).text, table.cell(1, 1).text = "Extended time", "All tests"
    document.add_paragraph("Before the break.").add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph("Second page: the bus aide question.")
    buffer = io.BytesIO()
    document.save(buffer)
    found = reader.read(attachment("Parent_Concerns.docx", DOCX_TYPE, buffer.getvalue()))
    assert (found.kind, found.status) == ("docx", "text")
    assert [page.number for page in found.pages] == [1, 2]
    first = found.pages[0].text
    assert first.index("Parent concerns") < first.index("Speech-language") < first.index("Extended time")
    assert "Extended time\tAll tests" in first
    assert found.pages[1].text == "Second page: the bus aide question."


def test_rtf_html_and_plain_text(reader):
    rtf = rb"{\rtf1\ansi\deff0{\fonttbl{\f0 Arial;}}\f0\pard Occupational therapy was \b not\b0  provided on 3/4.\par " \
          rb"Caf\'e9 schedule.\par}"
    found = reader.read(attachment("note.rtf", "application/rtf", rtf))
    assert (found.kind, found.status) == ("rtf", "text")
    assert "Occupational therapy was not provided on 3/4." in found.pages[0].text and "Café" in found.pages[0].text
    html = b"<html><body><h1>Progress report</h1><p>Goal 1: 62% accuracy.</p><script>alert(1)</script></body></html>"
    found = reader.read(attachment("report.html", "text/html", html))
    assert found.kind == "html" and "alert" not in found.text and "Goal 1: 62% accuracy." in found.text
    text = "Page one of the log.\fPage two: 1/27 not delivered.".encode("utf-16")
    found = reader.read(attachment("log.txt", "text/plain", text))
    assert [(page.number, page.text) for page in found.pages] == [(1, "Page one of the log."), (2, "Page two: 1/27 not delivered.")]


def test_what_a_file_is_comes_from_its_bytes_not_its_declared_type(reader):
    assert sniff_kind(b"%PDF-1.4 ...", "scan.jpg", "image/jpeg") == "pdf"
    assert sniff_kind(b"\x89PNG\r\n\x1a\n....", "x.pdf", "application/pdf") == "image"
    assert sniff_kind(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old.doc", "application/msword") == "other"
    found = reader.read(attachment("IMG_4471.jpg", "image/jpeg", b"Photo notes: breaks taken Mon 3, Tue 2."))
    assert (found.kind, found.status) == ("text", "text")
    assert found.note == "sent as image/jpeg, but the bytes are plain text"
    found = reader.read(attachment("old.doc", "application/msword", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500)))
    assert found.status == "skipped" and "no text reader" in found.note


def test_an_image_without_ocr_is_kept_and_marked():
    reader = AttachmentReader(Limits(seconds=30), ocr_languages="")  # OCR off, as on a machine without Tesseract
    try:
        found = reader.read(attachment("letter.png", "image/png", png(picture_of(["Extended time"]))))
        assert (found.kind, found.status, found.note) == ("image", "no-ocr", "no text: OCR not installed")
        assert found.extractor.endswith("ocr=none")
        scanned = FPDF()
        scanned.add_page()
        scanned.image(picture_of(["Extended time"]), x=10, y=10, w=190)
        found = reader.read(attachment("scan.pdf", "application/pdf", bytes(scanned.output())))
        assert (found.kind, found.status) == ("pdf", "no-ocr")
    finally:
        reader.close()


@needs_tesseract
def test_a_photographed_letter_and_a_scanned_pdf_are_read_by_ocr(reader):
    image = picture_of(["Extended time on all tests.", "Speech therapy was cancelled on 2/5."])
    found = reader.read(attachment("IMG_2231.png", "image/png", png(image)))
    assert (found.kind, found.status) == ("image", "text") and found.pages[0].ocr
    assert "Extended time on all tests." in found.text and "cancelled on 2/5" in found.text
    assert "tesseract" in found.extractor
    scanned = FPDF()
    scanned.set_font("helvetica", size=12)
    scanned.add_page()
    scanned.multi_cell(0, 6, "Cover page with a real text layer: the district's notice.")
    scanned.add_page()
    scanned.image(image, x=10, y=10, w=190)  # page 2 is a picture of text, as a scanner makes it
    found = reader.read(attachment("scan.pdf", "application/pdf", bytes(scanned.output())))
    assert [(page.number, page.ocr) for page in found.pages] == [(1, False), (2, True)]
    assert "Extended time on all tests." in found.pages[1].text


def test_an_encrypted_pdf_is_refused_with_its_reason_and_an_owner_password_alone_is_no_obstacle(reader):
    import pypdf

    plain = pdf_of(["Extended time on tests."])
    def encrypted(user_password: str) -> bytes:
        writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(plain)))
        writer.encrypt(user_password=user_password, owner_password="owner")
        buffer = io.BytesIO()
        writer.write(buffer)
        return buffer.getvalue()

    locked = reader.read(attachment("locked.pdf", "application/pdf", encrypted("secret")))
    assert (locked.status, locked.note) == ("failed", "encrypted: the PDF needs a password to open")
    protected = reader.read(attachment("protected.pdf", "application/pdf", encrypted("")))  # opens without a password
    assert protected.status == "text" and "Extended time" in protected.text


def test_broken_files_fail_with_a_reason(reader):
    data = pdf_of(["Extended time."])
    for broken in (data[: len(data) // 3], b"%PDF-1.7\n" + bytes(range(256)) * 40):
        found = reader.read(attachment("broken.pdf", "application/pdf", broken))
        assert found.status == "failed" and "not a PDF that can be read" in found.note
    found = reader.read(attachment("broken.docx", DOCX_TYPE, b"PK\x03\x04" + bytes(200)))
    assert found.status == "failed" and "DOCX" in found.note


def _flate_bomb_pdf(inflated_mb: int) -> bytes:
    """A one-page PDF whose content stream is a few MB and inflates to `inflated_mb` MB."""
    squeeze = zlib.compressobj(9)
    chunk = b"0 0 m " * 100_000
    stream = b"".join(squeeze.compress(chunk) for _ in range(inflated_mb * 1_000_000 // len(chunk))) + squeeze.flush()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 5\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref


def test_decompression_bombs_cost_one_attachment_its_text_and_the_reader_recovers(reader):
    bomb = _flate_bomb_pdf(1500)
    assert len(bomb) < 5_000_000
    started = time.monotonic()
    found = reader.read(attachment("bomb.pdf", "application/pdf", bomb))
    assert found.status in ("failed", "empty") and time.monotonic() - started < 30
    zipped = io.BytesIO()
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as member:
            for _ in range(300):
                member.write(bytes(1_000_000))
    found = reader.read(attachment("bomb.docx", DOCX_TYPE, zipped.getvalue()))
    assert found.status == "failed" and "zip bomb" in found.note
    found = reader.read(attachment("after.pdf", "application/pdf", pdf_of(["Still reading after the bombs."])))
    assert found.status == "text" and "Still reading" in found.text


def test_an_image_of_20000_by_20000_pixels_is_refused_before_it_is_decoded(reader):
    buffer = io.BytesIO()
    Image.new("1", (20_000, 20_000), 1).save(buffer, "PNG")
    started = time.monotonic()
    found = reader.read(attachment("huge.png", "image/png", buffer.getvalue()))
    assert found.status == "failed" and "20,000 × 20,000 pixels" in found.note
    assert time.monotonic() - started < 10


def test_a_900_page_pdf_is_read_whole_within_the_limits(reader):
    import pypdf

    page = pypdf.PdfReader(io.BytesIO(pdf_of(["Speech therapy 30 minutes weekly; extended time on tests. " * 12]))).pages[0]
    writer = pypdf.PdfWriter()
    for _ in range(900):
        writer.add_page(page)
    buffer = io.BytesIO()
    writer.write(buffer)
    started = time.monotonic()
    found = reader.read(attachment("report.pdf", "application/pdf", buffer.getvalue()))
    assert found.status == "text" and len(found.pages) == 900 and found.pages[-1].number == 900
    assert time.monotonic() - started < 60


@needs_tesseract
def test_a_document_that_outruns_its_time_keeps_the_pages_read_and_says_where_it_stopped():
    scanned = FPDF()
    image = picture_of(["Extended time on all tests.", "Speech therapy was cancelled on 2/5."])
    for _ in range(25):
        scanned.add_page()
        scanned.image(image, x=10, y=10, w=190)
    reader = AttachmentReader(Limits(seconds=3))
    try:
        started = time.monotonic()
        found = reader.read(attachment("scan.pdf", "application/pdf", bytes(scanned.output())))
        assert time.monotonic() - started < 15  # the limit, the grace before the kill, and the child's start
        assert "the time limit of 3 s ran out" in found.note
        if found.pages:
            assert found.status == "text" and found.note.startswith(f"stopped after {len(found.pages)} page(s)")
        after = reader.read(attachment("next.pdf", "application/pdf", pdf_of(["A fresh reader reads the next one."])))
        assert after.status == "text"
    finally:
        reader.close()


def test_the_child_cannot_write_files_and_has_its_memory_limited():
    """The limits are the child's own (RLIMIT_AS, RLIMIT_FSIZE): read them back from /proc."""
    if not os.path.exists("/proc/self/limits"):
        pytest.skip("reading a process's limits needs Linux /proc")
    reader = AttachmentReader(Limits(seconds=30, memory_mb=512))
    try:
        reader.read(attachment("x.txt", "text/plain", b"hello"))
        limits = open(f"/proc/{reader._child.pid}/limits").read()
    finally:
        reader.close()
    address = next(line for line in limits.splitlines() if line.startswith("Max address space"))
    size = next(line for line in limits.splitlines() if line.startswith("Max file size"))
    assert str(512 * 1024 * 1024) in address and size.split()[3] == "0"
