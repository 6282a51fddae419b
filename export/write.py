"""`ieptrail export`: build the record once, write it as PDF, HTML, CSV or the ZIP evidence bundle.

Files are written beside the target and renamed into place, so a failed export never leaves a
half-written report that looks complete; they are readable by their owner only (they are about
a child).
"""
from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterator
from datetime import UTC
from dataclasses import dataclass
from pathlib import Path

from ieptrail.config import Settings
from ieptrail.export.bundle import SCOPE_FILE, BundleFile, ExportError, write_bundle
from ieptrail.export.html_report import render_html
from ieptrail.export.pdf_report import render_pdf
from ieptrail.export.signing import public_key_text, signing_key
from ieptrail.export.record import ExportScope, PaperTrail, build_paper_trail
from ieptrail.export.tables import TABLES, file_name, table_csv
from ieptrail.export.wording import range_line
from ieptrail.store.attachments import attachment_pages
from ieptrail.store.db import Database, Session
from ieptrail.store.evidence import raw_emails

FORMATS = ("pdf", "html", "csv", "zip")

BUNDLE_README = """\
Evidence bundle made by IEP Paper Trail on {generated}
Student: {students}. Period: {period}. Statuses as of {as_of}.

report.pdf, report.html  the record: summaries of promises, requests and missed services, then every
                         message as a numbered exhibit, in date order, with an index by topic
csv/                     the same as tables for a spreadsheet: messages, promises, requests, missed services
                         (a cell starting with = + - or @ has an apostrophe put in front, so a spreadsheet
                         shows it instead of running it as a formula)
emails/                  every original email exactly as it was received, byte for byte, named
                         <date>_exhibit-<number>.eml; open one with any mail program (its attachments
                         are inside it, unchanged)
attachment-text/         the text read from each attachment, page by page, named after its email:
                         <date>_exhibit-<number>_attachment-<n>_<file name>.txt (the file itself is
                         the one inside the email; this is only what could be read of it)
scope.json               what was exported (student, topic, days, statuses as of), for `ieptrail verify`
MANIFEST.sha256          the SHA-256 fingerprint of every file above
SIGNATURE.ed25519        the manifest signed with the key of the record it came from (Ed25519)

To check that nothing was changed, run `ieptrail verify --public-key ed25519:… BUNDLE.zip` with the
public key its maker gave you separately from the bundle (by letter, message or phone): it checks the
signature, then every file. `sha256sum -c MANIFEST.sha256` (macOS: `shasum -a 256 -c …`) after
unzipping shows only that the files agree with the manifest: whoever changes a file can change the
manifest too; the signature is what they cannot redo. Each exhibit in the report also gives the
SHA-256 of its email, taken when the email arrived.
Where a school's mail server signed a message, its DKIM signature was checked when the email
arrived: "DKIM signature verified for <domain>" means that domain's mail server sent the message
and it has not been changed since.
"""


@dataclass(frozen=True)
class ExportResult:
    paths: tuple[Path, ...]
    exhibits: int
    manifest_sha256: str | None = None
    public_key: str | None = None  # the key that signed the bundle, for the reader


def _scope_json(trail: PaperTrail) -> bytes:
    scope = trail.scope
    return json.dumps({
        "as_of": scope.as_of.isoformat(), "student": scope.student, "topic": scope.topic,
        "since": scope.since.isoformat() if scope.since else None,
        "until": scope.until.isoformat() if scope.until else None,
        "generated_utc": trail.generated_at.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds"),
    }, indent=2).encode()


def _place(content: bytes, target: Path) -> Path:
    partial = target.with_name(target.name + ".partial")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(content)
    os.replace(partial, target)
    return target


def _bundle_files(session: Session, trail: PaperTrail, settings: Settings,
                  on_exhibit: Callable[[int, int], None] | None = None) -> Iterator[BundleFile]:
    yield BundleFile("README.txt", BUNDLE_README.format(
        generated=trail.generated_at.strftime("%Y-%m-%d %H:%M %Z"), students=", ".join(trail.students) or "-",
        period=range_line(trail), as_of=trail.scope.as_of).encode())
    yield BundleFile("report.pdf", render_pdf(trail, settings, on_exhibit))
    yield BundleFile("report.html", render_html(trail, settings).encode("utf-8"))
    for table in TABLES:
        yield BundleFile("csv/" + file_name(table), table_csv(trail, table))
    yield BundleFile(SCOPE_FILE, _scope_json(trail))
    names: dict[int, tuple[str, str]] = {}
    for exhibit in trail.exhibits:
        for arrival, name in zip(exhibit.arrivals, exhibit.eml_names):
            names.setdefault(arrival.raw_email_id, (name, arrival.sha256))
    for raw_id, raw in raw_emails(session, names):
        name, sha256 = names[raw_id]
        yield BundleFile(name, raw, expected_sha256=sha256)
    for exhibit in trail.exhibits:
        if exhibit.eml_names:
            yield from _attachment_texts(session, exhibit.eml_names[0], exhibit.message.attachment_files)


def _attachment_texts(session: Session, eml_name: str, files) -> Iterator[BundleFile]:
    """The text read from each attachment, beside the email that carries it."""
    stem = "attachment-text/" + eml_name.removeprefix("emails/").removesuffix(".eml")
    for number, file in enumerate(files, start=1):
        pages = attachment_pages(session, file.sha256)
        if not pages:
            continue
        safe = re.sub(r"[^A-Za-z0-9._-]+", "_", file.filename)[:80].strip("._") or "attachment"
        head = (f"Text read from the attachment {file.filename}\nSHA-256 of the file: {file.sha256} ({file.size:,} bytes)\n"
                f"It is inside {eml_name.split('/')[-1]}, unchanged; this text is what was read of it"
                + (f" ({file.note})" if file.note else "") + ".\n")
        body = "".join(f"\n--- page {page}{' (read by OCR)' if ocr else ''} ---\n{text}\n" for page, text, ocr in pages)
        yield BundleFile(f"{stem}_attachment-{number}_{safe}.txt", (head + body).encode("utf-8"))


def export_record(db: Database, settings: Settings, scope: ExportScope, fmt: str, out: Path,
                  table: str | None = None, on_exhibit: Callable[[int, int], None] | None = None) -> ExportResult:
    """Write the record as `fmt` to `out`; `on_exhibit(done, total)` follows the PDF, the slow part."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    out = Path(out)
    with db.session_scope() as session:
        trail = build_paper_trail(session, settings, scope)
        if fmt == "pdf":
            return ExportResult((_place(render_pdf(trail, settings, on_exhibit), out),), len(trail.exhibits))
        if fmt == "html":
            return ExportResult((_place(render_html(trail, settings).encode("utf-8"), out),), len(trail.exhibits))
        if fmt == "csv":
            if table:
                return ExportResult((_place(table_csv(trail, table), out),), len(trail.exhibits))
            out.mkdir(parents=True, exist_ok=True)
            paths = tuple(_place(table_csv(trail, name), out / file_name(name)) for name in TABLES)
            return ExportResult(paths, len(trail.exhibits))
        partial = out.with_name(out.name + ".partial")
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
        try:
            try:
                key = signing_key(settings.data_dir)
            except OSError as exc:
                raise ExportError(f"cannot read or make the bundle signing key in {settings.data_dir}: "
                                  f"{exc.strerror or exc}") from exc
            fingerprint = write_bundle(partial, _bundle_files(session, trail, settings, on_exhibit), trail.generated_at, key)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        os.replace(partial, out)
        return ExportResult((out,), len(trail.exhibits), fingerprint, public_key_text(key.public_key()))
