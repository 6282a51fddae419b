"""`ieptrail export`: build the record once, write it as PDF, HTML, CSV or the ZIP evidence bundle.

Files are written beside the target and renamed into place, so a failed export never leaves a
half-written report that looks complete; they are readable by their owner only (they are about
a child).
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ieptrail.config import Settings
from ieptrail.export.bundle import BundleFile, ExportError, write_bundle
from ieptrail.export.html_report import render_html
from ieptrail.export.pdf_report import render_pdf
from ieptrail.export.record import ExportScope, PaperTrail, build_paper_trail
from ieptrail.export.tables import TABLES, file_name, table_csv
from ieptrail.export.wording import range_line
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
                         <date>_exhibit-<number>.eml; open one with any mail program
MANIFEST.sha256          the SHA-256 fingerprint of every file above

To check that nothing was changed: unzip, then run `sha256sum -c MANIFEST.sha256` (Linux, macOS:
`shasum -a 256 -c MANIFEST.sha256`), or run `ieptrail verify` on the ZIP. Each exhibit in the report
also gives the SHA-256 of its email, taken when the email arrived.
Where a school's mail server signed a message, its DKIM signature was checked when the email
arrived: "DKIM signature verified for <domain>" means that domain's mail server sent the message
and it has not been changed since.
"""


@dataclass(frozen=True)
class ExportResult:
    paths: tuple[Path, ...]
    exhibits: int
    manifest_sha256: str | None = None


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
    names: dict[int, tuple[str, str]] = {}
    for exhibit in trail.exhibits:
        for arrival, name in zip(exhibit.arrivals, exhibit.eml_names):
            names.setdefault(arrival.raw_email_id, (name, arrival.sha256))
    for raw_id, raw in raw_emails(session, names):
        name, sha256 = names[raw_id]
        yield BundleFile(name, raw, expected_sha256=sha256)


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
            fingerprint = write_bundle(partial, _bundle_files(session, trail, settings, on_exhibit), trail.generated_at)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        os.replace(partial, out)
        return ExportResult((out,), len(trail.exhibits), fingerprint)
