"""Text from an attachment's bytes, page by page: PDF (text layer), DOCX, RTF, HTML and plain
text; images and scanned pages through Tesseract OCR when it is installed.

It runs inside the sandboxed child process (ingest/attachment_sandbox.py), so a hostile document
costs at most that process's time and memory. Pages are yielded as they are read: a document cut
off by the time limit keeps the pages read before it.

What a file is comes from its first bytes, not from the type its email declared: mail programs
send a .txt as application/octet-stream, and a phone may call a screenshot's text file an image.
"""
from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata

from ieptrail.ingest.htmltext import html_to_text
from ieptrail.ingest.parsed import AttachmentText, PageText

EXTRACTION_VERSION = 1  # this module's own logic: raising it makes `retag` read every attachment again

MAX_DOCUMENT_CHARS = 2_000_000  # text kept of one attachment (a 900-page report is about 2.5 M characters)
MAX_PAGE_CHARS = 200_000
MAX_OCR_PAGES = 30  # pages of one scanned PDF read by OCR (about 2 s a page)
MAX_IMAGE_PIXELS = 60_000_000  # larger images are refused (a 12-megapixel phone photo is 12 M)
OCR_DPI = 300  # what Tesseract reads best
MIN_PAGE_TEXT = 20  # characters: a PDF page with fewer has no real text layer (a scan)
MAX_UNZIPPED_BYTES = 200_000_000  # a DOCX that unzips to more is a zip bomb, not a school form
TEXT_KINDS = ("pdf", "docx", "rtf", "html", "text", "image")

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffe\uffff]")
_TRAILING_SPACE = re.compile(r"(?<![ \t])[ \t]++\n")  # from a run's start only: linear on long runs
_MANY_BLANK_LINES = re.compile(r"\n{3,}")
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*", b"BM")
_DOCX_TYPES = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document",)


class Unreadable(Exception):
    """The file cannot be read; the message says why, in words."""


class OutOfTime(Unreadable):
    """The document's time ran out while it was being read (the pages read so far are kept)."""


@dataclass(frozen=True)
class Ocr:
    """An installed Tesseract and the languages it reads."""

    path: str
    languages: str  # "eng", "eng+spa"
    version: str

    @property
    def label(self) -> str:
        return f"tesseract-{self.version}-{self.languages}"


def find_ocr(languages: str) -> Ocr | None:
    """Tesseract, when it is installed with every language asked for (None: OCR is off)."""
    path = shutil.which("tesseract")
    if not path or not languages:
        return None
    try:
        version = subprocess.run([path, "--version"], capture_output=True, text=True, timeout=20)
        listed = subprocess.run([path, "--list-langs"], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return None
    first = (version.stdout or version.stderr).split("\n", 1)[0].split()
    installed = set(listed.stdout.split())
    if not all(language in installed for language in languages.split("+")):
        return None
    return Ocr(path, languages, first[1] if len(first) > 1 else "unknown")


@lru_cache(maxsize=None)
def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "missing"


def extractor_for(kind: str, ocr: Ocr | None) -> str:
    """Which code reads this kind of file now; stored with the text so `retag` knows what changed."""
    readers = {"pdf": f"pypdfium2-{_version('pypdfium2')}", "docx": f"python-docx-{_version('python-docx')}",
               "rtf": f"striprtf-{_version('striprtf')}", "html": "htmltext", "text": "text",
               "image": f"pillow-{_version('pillow')}"}
    label = f"{kind}:{readers.get(kind, 'none')}:v{EXTRACTION_VERSION}"
    if kind in ("pdf", "image"):
        label += f":ocr={ocr.label if ocr else 'none'}"
    return label


# ---- what the file is ---------------------------------------------------------------------------


def _looks_like_text(data: bytes) -> bool:
    sample = data[:4096]
    if not sample or b"\x00" in sample:
        return False
    try:
        sample.decode("utf-8")
        return True
    except UnicodeDecodeError as exc:
        if exc.start >= len(sample) - 4:  # a character cut by the sample's end
            return True
    printable = sum(32 <= byte < 127 or byte in (9, 10, 13) or byte >= 160 for byte in sample)
    return printable / len(sample) > 0.95


def sniff_kind(data: bytes, filename: str, content_type: str) -> str:
    """pdf | docx | rtf | html | text | image | other, from the first bytes where they say."""
    head = data[:1024]
    name = filename.lower()
    declared = content_type.lower()
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx" if name.endswith((".docx", ".docm")) or declared in _DOCX_TYPES or _zip_holds_word(data) else "other"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(_IMAGE_MAGIC) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return "image"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "other"  # Word 97-2003 and other OLE files: no reader here
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "text"  # UTF-16 with its byte-order mark
    if _looks_like_text(data):
        lowered = head.lstrip().lower()
        if declared == "text/html" or name.endswith((".htm", ".html")) or lowered.startswith((b"<!doctype html", b"<html")):
            return "html"
        return "text"
    return "other"


def _zip_holds_word(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def declared_mismatch(kind: str, content_type: str) -> str | None:
    """A note when the email called the file something its bytes are not."""
    declared = content_type.lower()
    says = ("pdf" if declared == "application/pdf" else "docx" if declared in _DOCX_TYPES
            else "image" if declared.startswith("image/") else None)
    if says is None or says == kind:
        return None
    return f"sent as {content_type}, but the bytes are {'plain text' if kind == 'text' else kind}"


# ---- text clean-up --------------------------------------------------------------------------------


def clean_text(text: str) -> str:
    """One line-end convention, no control characters, no runs of blank lines; capped in length."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\xad", "")
    text = _CONTROL.sub("", text)
    text = _TRAILING_SPACE.sub("\n", text)
    return _MANY_BLANK_LINES.sub("\n\n", text).strip()[:MAX_PAGE_CHARS]


def decode_text(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


# ---- readers: bytes -> pages ------------------------------------------------------------------------


@dataclass
class Progress:
    """What the readers noticed on the way, for the note stored with the text."""

    pages_without_text: int = 0  # scanned pages with no OCR to read them
    ocr_skipped: int = 0  # scanned pages past MAX_OCR_PAGES
    ocr_pages: int = 0
    notes: list[str] = field(default_factory=list)


def ocr_image(ocr: Ocr, image, timeout: float) -> str:
    """Tesseract over one Pillow image, through pipes: the image never touches the disk."""
    if timeout <= 0:
        raise OutOfTime("no time left for OCR")
    buffer = io.BytesIO()
    image.convert("L").save(buffer, "PNG")
    try:
        done = subprocess.run([ocr.path, "stdin", "stdout", "-l", ocr.languages], input=buffer.getvalue(),
                              capture_output=True, timeout=timeout, env={"OMP_THREAD_LIMIT": "1"})
    except subprocess.TimeoutExpired as exc:
        raise OutOfTime("OCR ran out of time") from exc
    if done.returncode != 0:
        raise Unreadable(f"OCR failed: {done.stderr.decode('utf-8', 'replace').strip()[-200:]}")
    return done.stdout.decode("utf-8", errors="replace")


def _pdf_pages(data: bytes, ocr: Ocr | None, progress: Progress, time_left: Callable[[], float]) -> Iterator[PageText]:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise Unreadable("encrypted: the PDF needs a password to open") from exc
        raise Unreadable(f"not a PDF that can be read ({exc})") from exc
    try:
        for index in range(len(document)):
            page = document[index]
            try:
                textpage = page.get_textpage()
                text = clean_text(textpage.get_text_range())
                textpage.close()
                if len(text.replace(" ", "").replace("\n", "")) >= MIN_PAGE_TEXT:
                    yield PageText(index + 1, text)
                    continue
                if ocr is None:
                    progress.pages_without_text += 1
                    if text:
                        yield PageText(index + 1, text)
                    continue
                if progress.ocr_pages >= MAX_OCR_PAGES:
                    progress.ocr_skipped += 1
                    continue
                width, height = page.get_size()  # points
                scale = OCR_DPI / 72
                if width * height * scale * scale > MAX_IMAGE_PIXELS:
                    scale = (MAX_IMAGE_PIXELS / (width * height)) ** 0.5
                image = page.render(scale=scale, grayscale=True).to_pil()
                progress.ocr_pages += 1
                read = clean_text(ocr_image(ocr, image, time_left()))
                if read:
                    yield PageText(index + 1, read, ocr=True)
            finally:
                page.close()
    finally:
        document.close()


def _image_pages(data: bytes, ocr: Ocr | None, progress: Progress, time_left: Callable[[], float]) -> Iterator[PageText]:
    from PIL import Image, ImageOps, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = None  # checked below from the header, before a pixel is decoded
    try:
        image = Image.open(io.BytesIO(data))
        width, height = image.size
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise Unreadable(f"not an image that can be read ({exc})") from exc
    if width * height > MAX_IMAGE_PIXELS:
        raise Unreadable(f"image of {width:,} × {height:,} pixels: more than the {MAX_IMAGE_PIXELS // 1_000_000} megapixels read")
    if ocr is None:
        progress.pages_without_text += 1
        return
    frames = getattr(image, "n_frames", 1)
    for frame in range(min(frames, MAX_OCR_PAGES)):  # a multi-page TIFF from a scanner
        image.seek(frame)
        upright = ImageOps.exif_transpose(image)  # a phone photo taken sideways
        progress.ocr_pages += 1
        read = clean_text(ocr_image(ocr, upright, time_left()))
        if read:
            yield PageText(frame + 1, read, ocr=True)
    progress.ocr_skipped += max(0, frames - MAX_OCR_PAGES)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx_pages(data: bytes) -> Iterator[PageText]:
    """Body paragraphs and tables in document order; a new page at each page break (a hard one,
    or where Word last laid the page out)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unzipped = sum(item.file_size for item in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise Unreadable(f"not a DOCX that can be read ({exc})") from exc
    if unzipped > MAX_UNZIPPED_BYTES:
        raise Unreadable(f"unzips to {unzipped // 1_000_000:,} MB, more than the {MAX_UNZIPPED_BYTES // 1_000_000} MB "
                         "a document is allowed (a zip bomb?)")
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        body = docx.Document(io.BytesIO(data)).element.body
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise Unreadable(f"not a DOCX that can be read ({type(exc).__name__}: {exc})") from exc
    pages: list[list[str]] = [[]]

    def new_page() -> None:
        if "".join(pages[-1]).strip():
            pages.append([])

    def paragraph(element) -> None:
        for node in element.iter():
            tag = node.tag
            if tag == _W + "t" and node.text:
                pages[-1].append(node.text)
            elif tag == _W + "tab":
                pages[-1].append("\t")
            elif tag in (_W + "br", _W + "cr"):
                if node.get(_W + "type") == "page":
                    new_page()
                else:
                    pages[-1].append("\n")
            elif tag == _W + "lastRenderedPageBreak":
                new_page()
        pages[-1].append("\n")

    for block in body.iterchildren():
        if block.tag == _W + "p":
            paragraph(block)
        elif block.tag == _W + "tbl":
            for row in block.iter(_W + "tr"):
                for cell in row.iter(_W + "tc"):
                    for item in cell.iter(_W + "p"):
                        paragraph(item)
                        pages[-1][-1] = "\t"  # cells of a row on one line
                pages[-1].append("\n")
    for number, parts in enumerate(pages, start=1):
        text = clean_text("".join(parts))
        if text:
            yield PageText(number, text)


def _rtf_pages(data: bytes) -> Iterator[PageText]:
    from striprtf.striprtf import rtf_to_text

    text = rtf_to_text(data.decode("latin-1"), errors="replace")  # \'hh escapes are decoded by striprtf
    for number, chunk in enumerate(text.split("\f"), start=1):
        if clean_text(chunk):
            yield PageText(number, clean_text(chunk))


def _text_pages(text: str) -> Iterator[PageText]:
    for number, chunk in enumerate(text.split("\f"), start=1):  # form feeds separate pages (pdftotext, printers)
        if clean_text(chunk):
            yield PageText(number, clean_text(chunk))


def read_pages(data: bytes, kind: str, ocr: Ocr | None, progress: Progress,
               time_left: Callable[[], float] = lambda: 60.0) -> Iterator[PageText]:
    if kind == "pdf":
        yield from _pdf_pages(data, ocr, progress, time_left)
    elif kind == "image":
        yield from _image_pages(data, ocr, progress, time_left)
    elif kind == "docx":
        yield from _docx_pages(data)
    elif kind == "rtf":
        yield from _rtf_pages(data)
    elif kind == "html":
        yield from _text_pages(html_to_text(decode_text(data)))
    elif kind == "text":
        yield from _text_pages(decode_text(data))


def conclude(sha256: str, kind: str, extractor: str, pages: list[PageText], progress: Progress,
             failure: str | None, content_type: str = "") -> AttachmentText:
    """The stored outcome: text, or why there is none (or only part of it)."""
    notes = list(progress.notes)
    if progress.pages_without_text:
        notes.append(f"{progress.pages_without_text} page(s) without a text layer: OCR not installed")
    if progress.ocr_skipped:
        notes.append(f"OCR read the first {MAX_OCR_PAGES} scanned pages; {progress.ocr_skipped} more were not read")
    has_text = any(page.text.strip() for page in pages)
    if kind not in TEXT_KINDS:
        status, notes = "skipped", [f"no text reader for this kind of file ({content_type or 'unknown type'})"]
    elif failure is not None:
        status = "failed"
        notes.insert(0, failure if not has_text else f"stopped after {len(pages)} page(s): {failure}")
    elif has_text:
        status = "text"
    elif progress.pages_without_text:
        status, notes = "no-ocr", ["no text: OCR not installed"]
    else:
        status = "empty"
        notes.insert(0, "no text in the file")
    if failure is not None and has_text:
        status = "text"  # what was read before the failure is kept and searchable; the note says where it stopped
    return AttachmentText(sha256, kind, status, "; ".join(notes) or None, extractor, tuple(pages))
