"""How fast attachments' text is read, and what reading them costs an import.

    .venv/bin/python bench/attachment_extraction.py                 # all three parts below
    .venv/bin/python bench/attachment_extraction.py --only speed    # or: compare, import

- speed: a folder of generated documents (PDFs from fpdf2, DOCX from python-docx, RTF, HTML,
  text, and phone-style pictures of text when Tesseract is installed), each read through the
  sandboxed child the importer uses: pages per second and MB per second per kind.
- compare: PDF libraries on the same generated PDFs: speed, and whether the text comes out in
  reading order (a page whose right column was written into the file before the left one; a
  table). pypdf is a test dependency; pdfminer.six is measured when it is installed.
- import: the same mailbox of school emails carrying PDFs and DOCX files, imported with
  IEPTRAIL_ATTACHMENT_TEXT on and off (SQLite, fresh each time): messages per second.
"""
from __future__ import annotations

import argparse
import hashlib
import io
import os
import sys
import tempfile
import time
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

REPO = Path(__file__).resolve().parent.parent
FONT = str(REPO / "export" / "fonts" / "DejaVuSans.ttf")
PARAGRAPH = ("Mateo will receive extended time (time and a half) on classroom tests and quizzes. Speech-language "
             "therapy: 2 x 30 minutes per week in the therapy room. Progress toward goal 2 is measured by work "
             "samples and teacher data every nine weeks. ")


def pdf_document(pages: int, seed: int) -> bytes:
    pdf = FPDF()
    pdf.set_font("helvetica", size=10)
    for page in range(pages):
        pdf.add_page()
        pdf.multi_cell(0, 5, f"Document {seed}, page {page + 1}. " + PARAGRAPH * 6)
    return bytes(pdf.output())


def docx_document(pages: int, seed: int) -> bytes:
    import docx
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    for page in range(pages):
        paragraph = document.add_paragraph(f"Parent input {seed}, page {page + 1}. " + PARAGRAPH * 5)
        if page + 1 < pages:
            paragraph.add_run().add_break(WD_BREAK.PAGE)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def picture_of_text(seed: int) -> bytes:
    image = Image.new("L", (2400, 1600), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 40)
    words = (f"Letter {seed}. " + PARAGRAPH * 2).split()
    lines = [" ".join(words[i:i + 9]) for i in range(0, len(words), 9)]
    for row, line in enumerate(lines[:20]):
        draw.text((80, 80 + row * 70), line, font=font, fill=0)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def documents(ocr: bool) -> list[tuple[str, str, str, bytes, int]]:
    """(kind, name, content type, bytes, pages)."""
    made = []
    for seed in range(12):
        made.append(("pdf", f"report_{seed}.pdf", "application/pdf", pdf_document(10, seed), 10))
    for seed in range(8):
        made.append(("docx", f"input_{seed}.docx",
                     "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx_document(4, seed), 4))
    for seed in range(8):
        rtf = ("{\\rtf1\\ansi " + (f"Session note {seed}. " + PARAGRAPH * 8).replace("\n", " ") + "\\par}").encode()
        made.append(("rtf", f"note_{seed}.rtf", "application/rtf", rtf, 1))
        made.append(("html", f"page_{seed}.html", "text/html",
                     f"<html><body><h1>Report {seed}</h1><p>{PARAGRAPH * 8}</p></body></html>".encode(), 1))
        made.append(("text", f"log_{seed}.txt", "text/plain", (PARAGRAPH * 8 + "\f" + PARAGRAPH * 8).encode(), 2))
    if ocr:
        for seed in range(4):
            made.append(("image (OCR)", f"IMG_{seed}.png", "image/png", picture_of_text(seed), 1))
    return made


def speed() -> None:
    from ieptrail.ingest.attachment_sandbox import AttachmentReader, Limits
    from ieptrail.ingest.parsed import AttachmentInfo

    reader = AttachmentReader(Limits(seconds=120, memory_mb=1024))
    made = documents(ocr=reader.ocr is not None)
    reader.read(AttachmentInfo("warm.txt", "text/plain", 4, "0" * 64, b"warm"))  # the child's start is not a document's cost
    totals: dict[str, list[float]] = {}
    for kind, name, content_type, data, _pages in made:
        started = time.perf_counter()
        found = reader.read(AttachmentInfo(name, content_type, len(data), hashlib.sha256(data).hexdigest(), data))
        elapsed = time.perf_counter() - started
        assert found.status == "text", (name, found.status, found.note)
        entry = totals.setdefault(kind, [0, 0, 0.0, 0.0])
        entry[0] += 1
        entry[1] += len(found.pages)
        entry[2] += len(data)
        entry[3] += elapsed
    reader.close()
    print(f"Reading attachments through the sandboxed child (OCR: {reader.ocr.label if reader.ocr else 'not installed'})")
    print(f"{'kind':12s} {'files':>5s} {'pages':>6s} {'MB':>7s} {'seconds':>8s} {'pages/s':>8s} {'MB/s':>7s} {'ms/file':>8s}")
    for kind, (files, pages, size, elapsed) in totals.items():
        print(f"{kind:12s} {files:5d} {pages:6d} {size / 1e6:7.2f} {elapsed:8.2f} {pages / elapsed:8.1f} "
              f"{size / 1e6 / elapsed:7.2f} {1000 * elapsed / files:8.1f}")


def _columns_pdf() -> bytes:
    """One page, two columns; the right column is written into the file first."""
    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    pdf.add_page()
    left = "Left column starts. " + "Accommodations are listed here in order. " * 6 + "Left column ends."
    right = "Right column starts. " + "Services and their minutes are listed here. " * 6 + "Right column ends."
    pdf.set_xy(110, 20)
    pdf.multi_cell(85, 6, right)
    pdf.set_xy(10, 20)
    pdf.multi_cell(85, 6, left)
    return bytes(pdf.output())


def _table_pdf() -> bytes:
    pdf = FPDF()
    pdf.set_font("helvetica", size=10)
    pdf.add_page()
    with pdf.table() as table:
        for row in (("Date", "Service", "Status"), ("1/6", "Speech", "delivered"),
                    ("1/27", "Speech", "not delivered (provider absent)"), ("2/5", "OT", "not delivered")):
            cells = table.row()
            for value in row:
                cells.cell(value)
    return bytes(pdf.output())


def compare() -> None:
    def with_pypdf(data: bytes) -> list[str]:
        import pypdf

        return [page.extract_text() or "" for page in pypdf.PdfReader(io.BytesIO(data)).pages]

    def with_pypdfium2(data: bytes) -> list[str]:
        import pypdfium2 as pdfium

        document = pdfium.PdfDocument(data)
        pages = []
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range())
            textpage.close()
            page.close()
        document.close()
        return pages

    def with_pdfminer(data: bytes) -> list[str]:
        from pdfminer.high_level import extract_pages
        from pdfminer.layout import LTTextContainer

        return ["".join(box.get_text() for box in layout if isinstance(box, LTTextContainer))
                for layout in extract_pages(io.BytesIO(data))]

    libraries = {"pypdf": with_pypdf, "pypdfium2": with_pypdfium2}
    try:
        import pdfminer  # noqa: F401

        libraries["pdfminer.six"] = with_pdfminer
    except ImportError:
        print("(pdfminer.six is not installed: `pip install pdfminer.six` to measure it too)")
    book = pdf_document(100, 0)
    columns, table = _columns_pdf(), _table_pdf()
    print(f"PDF libraries on a 100-page fpdf2 report ({len(book) / 1e6:.2f} MB), a two-column page and a table")
    print(f"{'library':14s} {'version':10s} {'pages/s':>8s} {'MB/s':>6s}  {'left column first':18s} {'each column whole':18s} table rows kept")
    from importlib import metadata

    for name, read in libraries.items():
        read(book)  # imports and caches are not the measurement
        started = time.perf_counter()
        pages = read(book)
        elapsed = time.perf_counter() - started
        assert len(pages) == 100 and all("extended time" in " ".join(p.split()) for p in pages)
        flat = " ".join(read(columns)[0].split())
        whole = all(flat.find(f"{side} column starts") < flat.find(f"{side} column ends") and
                    flat[flat.find(f"{side} column starts"):flat.find(f"{side} column ends")].count("column starts") == 1
                    for side in ("Left", "Right"))
        left_first = flat.find("Left column starts") < flat.find("Right column starts")
        rows = " ".join(read(table)[0].split())
        kept = "1/27 Speech not delivered (provider absent)" in rows
        print(f"{name:14s} {metadata.version(name):10s} {100 / elapsed:8.0f} {len(book) / 1e6 / elapsed:6.2f}  "
              f"{'yes' if left_first else 'no (file order)':18s} {'yes' if whole else 'no (interleaved)':18s} "
              f"{'yes' if kept else 'no (column by column)'}")


def school_mailbox(count: int) -> list[tuple[str, bytes]]:
    zone = timezone(timedelta(hours=-6))
    pdf, docx = pdf_document(3, 1), docx_document(2, 1)
    emails = []
    for number in range(count):
        message = EmailMessage()
        message["From"] = "Priya Natarajan <priya.natarajan@shoalcreekisd.org>"
        message["To"] = "Rosa Delgado <rosa.delgado@gmail.com>"
        message["Subject"] = f"Documents for Mateo ({number})"
        message["Date"] = format_datetime(datetime(2026, 1, 5, 8, tzinfo=zone) + timedelta(hours=number))
        message["Message-ID"] = f"<bench-attachments-{number}@shoalcreekisd.org>"
        message.set_content(f"Hi Rosa, attached are this week's documents ({number}). Speech went well today.")
        # each email its own files (a different byte each), as a term of progress reports would be
        message.add_attachment(pdf + f"%{number}\n".encode(), maintype="application", subtype="pdf",
                               filename=f"progress_{number}.pdf")
        if number % 2:
            message.add_attachment(docx, maintype="application",
                                   subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                                   filename=f"notes_{number}.docx")
        emails.append((f"bench-{number}.eml", message.as_bytes()))
    return emails


def import_throughput(count: int) -> None:
    from ieptrail.classify import Tagger
    from ieptrail.config import load_settings
    from ieptrail.store.db import Database
    from ieptrail.trail.importer import Importer

    emails = school_mailbox(count)
    tagger = Tagger(("Mateo Delgado",))
    print(f"Import of {count} school emails, each with a 3-page PDF and every second one a DOCX (SQLite, one process)")
    for read_text in ("false", "true"):
        with tempfile.TemporaryDirectory() as folder:
            settings = load_settings({"HOME": folder, "IEPTRAIL_DATABASE_URL": f"sqlite:///{folder}/trail.db",
                                      "IEPTRAIL_USER_EMAILS": "rosa.delgado@gmail.com", "IEPTRAIL_TIMEZONE": "America/Chicago",
                                      "IEPTRAIL_DKIM_CHECK": "false", "IEPTRAIL_ATTACHMENT_TEXT": read_text}, env_file=os.devnull)
            db = Database(settings.database_url)
            importer = Importer(db, settings, tagger=tagger)
            started = time.perf_counter()
            summary = importer.import_many(emails)
            elapsed = time.perf_counter() - started
            importer.attachments.close()
            db.close()
        assert summary.new == count
        print(f"  attachment text {'on ' if read_text == 'true' else 'off'}: {elapsed:6.1f} s, {count / elapsed:6.1f} messages/s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", choices=("speed", "compare", "import"))
    parser.add_argument("--emails", type=int, default=400, help="emails in the import measurement")
    options = parser.parse_args()
    if options.only in (None, "speed"):
        speed()
    if options.only in (None, "compare"):
        compare()
    if options.only in (None, "import"):
        import_throughput(options.emails)
    return 0


if __name__ == "__main__":
    sys.exit(main())
