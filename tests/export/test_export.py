"""Exports of the sample (development) mailbox in every format, as an advocate would receive them."""
from __future__ import annotations

import csv
import hashlib
import io
import os
import zipfile
from datetime import date, datetime
from pathlib import Path

import pypdf
import pytest
from click.testing import CliRunner
from conftest import SAMPLE, SAMPLE_ENV
from ieptrail.cli import main
from ieptrail.config import load_settings
from ieptrail.export.record import ExportScope, build_paper_trail
from ieptrail.export.tables import FORMULA_START
from ieptrail.export.wording import when
from ieptrail.export.write import export_record
from ieptrail.ingest.sources import read_local
from ieptrail.store.db import Database
from ieptrail.store.models import Message, MissedService, Promise, RawEmail
from ieptrail.trail.importer import Importer
from ieptrail.trail.statuses import promise_statuses
from sqlalchemy import select

AS_OF = date(2026, 3, 12)


@pytest.fixture(scope="module")
def sample(tmp_path_factory, tagger):
    """The sample mailbox imported once into a real SQLite record, shared by this module's tests."""
    folder = tmp_path_factory.mktemp("export")
    environ = {"HOME": str(folder), "IEPTRAIL_DATA_DIR": str(folder / "data"),
               "IEPTRAIL_DATABASE_URL": f"sqlite:///{folder / 'trail.db'}", **SAMPLE_ENV}
    settings = load_settings(environ, env_file=os.devnull)
    db = Database(settings.database_url)
    summary = Importer(db, settings, tagger=tagger).import_many(read_local([SAMPLE / "mailbox"]))
    assert summary.new == 63
    yield db, settings, environ
    db.close()


def _export(sample, fmt: str, out: Path, **scope) -> Path:
    db, settings, _ = sample
    export_record(db, settings, ExportScope(as_of=AS_OF, **scope), fmt, out)
    return out


def _csv(data: bytes) -> list[dict]:
    """Rows as a spreadsheet shows them: without the apostrophe that keeps "=…" or "- …" from running."""
    def shown(cell: str) -> str:
        return cell[1:] if cell.startswith("'") and cell[1:2] in FORMULA_START else cell

    return [{key: shown(value) for key, value in row.items()}
            for row in csv.DictReader(io.StringIO(data.decode("utf-8-sig")))]


def test_the_pdf_gives_every_exhibit_its_date_and_hash_with_page_numbers(sample, tmp_path):
    db, settings, _ = sample
    path = _export(sample, "pdf", tmp_path / "trail.pdf")
    reader = pypdf.PdfReader(path)
    text = "\n".join(page.extract_text() for page in reader.pages)
    with db.session_scope() as session:
        trail = build_paper_trail(session, settings, ExportScope(as_of=AS_OF))
    assert len(trail.exhibits) == 63
    for exhibit in trail.exhibits:
        assert f"Exhibit {exhibit.number}:" in text
        assert when(exhibit.message.date, settings.timezone) in text
        assert exhibit.sha256 in text
    pages = len(reader.pages)
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text
    for heading in ("Promises by status", "Unanswered requests", "Missed services", "Compensatory services",
                    "Sessions missed", "Index by topic", "Statuses as of"):
        assert heading in text
    bookmarks = [item.title for item in reader.outline if not isinstance(item, list)]
    assert {"Promises by status", "Unanswered requests", "Missed services", "Exhibits", "Index by topic"} <= set(bookmarks)


def test_csv_rows_match_the_database(sample, tmp_path):
    db, settings, _ = sample
    folder = _export(sample, "csv", tmp_path / "tables")
    messages = _csv((folder / "messages.csv").read_bytes())
    promises = _csv((folder / "promises.csv").read_bytes())
    missed = _csv((folder / "missed_services.csv").read_bytes())
    with db.session_scope() as session:
        stored = {m.id: m for m in session.scalars(select(Message))}
        hashes = dict(session.execute(select(RawEmail.id, RawEmail.sha256)).all())
        assert len(messages) == len(stored) == 63
        for row in messages:
            message = stored[int(row["record_id"])]
            assert row["subject"] == message.subject and row["from_email"] == (message.from_email or "")
            assert row["sha256"] == hashes[message.raw_email_id]
            assert row["new_text"].replace("\r\n", "\n") == message.new_text
        assert [int(row["exhibit"]) for row in messages] == list(range(1, 64))
        dates = [row["date"] for row in messages]
        assert dates == sorted(dates, key=datetime.fromisoformat)
        statuses = {view.id: view for view in promise_statuses(session, settings, AS_OF)}
        assert {int(row["promise_id"]) for row in promises} == set(statuses) == set(session.scalars(select(Promise.id)))
        for row in promises:
            view = statuses[int(row["promise_id"])]
            assert (row["status"], row["promise"], int(row["days_overdue"])) == (
                view.status, view.text, view.extra["days_overdue"])
        # every report in the mail's own words (sessions read in attachments count only when asked to)
        stored_missed = {row.id: row for row in session.scalars(select(MissedService))
                         if row.attachment_sha256 is None}
        assert {int(row["record_id"]) for row in missed} == set(stored_missed)
        for row in missed:  # a session's minutes are the most any of its reports states
            own = stored_missed[int(row["record_id"])].minutes
            assert own is None or int(row["minutes"]) >= own
        assert sum(row["first_report"] == "yes" for row in missed) == len({(r["service"], r["date"] or r["record_id"])
                                                                          for r in missed})
    compensatory = {row["service"]: row for row in _csv((folder / "compensatory_services.csv").read_bytes())}
    speech = compensatory["speech_language_therapy"]
    assert (speech["sessions_missed"], speech["minutes_missed"], speech["sessions_made_up"], speech["minutes_made_up"],
            speech["sessions_owed"], speech["minutes_owed"]) == ("3", "90", "1", "30", "2", "60")
    assert speech["dates_missed"] == "2026-01-22 2026-02-19 2026-02-24" and speech["dates_made_up"] == "2026-01-27"
    assert compensatory["transportation"]["minutes_owed"] == "0"
    assert compensatory["transportation"]["owed_sessions_without_minutes"] == "2"


def test_the_zip_holds_every_original_email_byte_for_byte(sample, tmp_path):
    db, _, _ = sample
    bundle = _export(sample, "zip", tmp_path / "bundle.zip")
    originals = {hashlib.sha256(p.read_bytes()).hexdigest(): p.read_bytes() for p in (SAMPLE / "mailbox").glob("*.eml")}
    with zipfile.ZipFile(bundle) as archive:
        names = archive.namelist()
        emails = [name for name in names if name.startswith("emails/")]
        assert len(emails) == 63
        for name in emails:
            content = archive.read(name)
            assert originals[hashlib.sha256(content).hexdigest()] == content
        assert {"report.pdf", "report.html", "README.txt", "MANIFEST.sha256", "csv/messages.csv", "csv/promises.csv",
                "csv/missed_services.csv"} <= set(names)
        manifest = archive.read("MANIFEST.sha256").decode()
        assert len(manifest.splitlines()) == len(names) - 2  # all but the manifest and its signature
        assert "SIGNATURE.ed25519" in names and "scope.json" in manifest
        messages = _csv(archive.read("csv/messages.csv"))
    first = messages[0]
    assert first["eml_file"].startswith(f"emails/{first['date'][:10]}_exhibit-001")


def _rewrite(bundle: Path, out: Path, change) -> Path:
    """A copy of the bundle with `change(name, content)` applied to each file (None drops it)."""
    with zipfile.ZipFile(bundle) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = change(info.filename, source.read(info.filename))
            if content is not None:
                target.writestr(info.filename, content)
    return out


def _verify(environ, path: Path):
    return CliRunner().invoke(main, ["verify", str(path)], env=environ, catch_exceptions=False)


def test_verify_passes_an_intact_bundle_and_catches_one_changed_byte(sample, tmp_path):
    _, _, environ = sample
    bundle = _export(sample, "zip", tmp_path / "bundle.zip")
    intact = _verify(environ, bundle)
    assert intact.exit_code == 0 and "OK: nothing was changed (85 files; checked against signature and record)" in intact.output  # 72 (the CSV tables include compensatory_services.csv), and the text of 13 attachments
    target = "emails/2026-01-06_exhibit-001.eml"

    def flip_one_byte(name, content):
        if name != target:
            return content
        return content[:100] + bytes([content[100] ^ 0x01]) + content[101:]

    altered = _verify(environ, _rewrite(bundle, tmp_path / "altered.zip", flip_one_byte))
    assert altered.exit_code == 1
    assert f"{target} was changed" in altered.output and "ALTERED" in altered.output


def test_verify_catches_a_rewritten_manifest_an_added_file_and_a_missing_one(sample, tmp_path):
    _, _, environ = sample
    bundle = _export(sample, "zip", tmp_path / "bundle.zip")
    target = "emails/2026-01-07_exhibit-002.eml"
    with zipfile.ZipFile(bundle) as archive:
        forged = archive.read(target).replace(b"by Friday", b"by June")
        manifest = archive.read("MANIFEST.sha256").decode()
    old = hashlib.sha256(zipfile.ZipFile(bundle).read(target)).hexdigest()
    consistent_manifest = manifest.replace(old, hashlib.sha256(forged).hexdigest()).encode()

    def forge(name, content):
        return {target: forged, "MANIFEST.sha256": consistent_manifest}.get(name, content)

    forged_result = _verify(environ, _rewrite(bundle, tmp_path / "forged.zip", forge))
    assert forged_result.exit_code == 1 and "does not match the SHA-256 the report gives for exhibit 2" in forged_result.output

    def add_and_drop(name, content):
        return None if name == "report.html" else content

    dropped = _rewrite(bundle, tmp_path / "dropped.zip", add_and_drop)
    with zipfile.ZipFile(dropped, "a") as archive:
        archive.writestr("emails/extra.eml", b"From: someone\r\n\r\nnew\r\n")
    result = _verify(environ, dropped)
    assert result.exit_code == 1
    assert "report.html is missing" in result.output and "emails/extra.eml is not in the manifest" in result.output


def test_verify_says_clearly_when_the_file_is_not_a_bundle(sample, tmp_path):
    _, _, environ = sample
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip at all")
    result = _verify(environ, junk)
    assert result.exit_code == 2 and "cannot be read as a ZIP" in result.output


def test_the_export_command_in_every_format_and_its_filters(sample, tmp_path):
    _, _, environ = sample

    def run(*args):
        return CliRunner().invoke(main, ["export", *args, "--as-of", "2026-03-12"], env=environ, catch_exceptions=False)

    for fmt in ("pdf", "html", "zip"):
        result = run("--format", fmt, "--out", str(tmp_path / f"trail.{fmt}"))
        assert result.exit_code == 0 and "63 exhibits" in result.output, result.output
        assert (tmp_path / f"trail.{fmt}").stat().st_mode & 0o077 == 0  # readable by its owner only
    assert "manifest SHA-256: " in run("--format", "zip", "--out", str(tmp_path / "again.zip")).output
    assert run("--format", "csv", "--out", str(tmp_path / "tables")).exit_code == 0
    assert sorted(p.name for p in (tmp_path / "tables").iterdir()) == [
        "compensatory_services.csv", "messages.csv", "missed_services.csv", "promises.csv", "requests.csv"]
    one = run("--format", "csv", "--table", "missed-services", "--out", str(tmp_path / "missed.csv"))
    assert one.exit_code == 0 and _csv((tmp_path / "missed.csv").read_bytes())[0]["service"]
    narrowed = run("--format", "csv", "--table", "messages", "--topic", "speech_language_therapy",
                   "--since", "2026-02-01", "--until", "2026-02-28", "--out", str(tmp_path / "speech.csv"))
    rows = _csv((tmp_path / "speech.csv").read_bytes())
    assert narrowed.exit_code == 0 and 0 < len(rows) < 63
    assert all("speech_language_therapy" in row["topics"] and "2026-02-01" <= row["date"][:10] <= "2026-02-28"
               for row in rows)
    assert run("--format", "pdf", "--topic", "no_such_topic", "--out", str(tmp_path / "x.pdf")).exit_code == 2
    assert run("--format", "pdf", "--until", "2026-04-01", "--out", str(tmp_path / "x.pdf")).exit_code == 2
    assert run("--format", "pdf", "--table", "messages", "--out", str(tmp_path / "x.pdf")).exit_code == 2
    assert not (tmp_path / "x.pdf").exists()
    nobody = run("--format", "html", "--student", "Nobody Else", "--out", str(tmp_path / "empty.html"))
    assert nobody.exit_code == 0 and "0 exhibits" in nobody.output


def _wipe(db: Database) -> None:
    from ieptrail.store.models import Base

    with db.session_scope() as session:
        for table in reversed(Base.metadata.sorted_tables):
            session.execute(table.delete())


def test_a_bundle_from_postgresql_holds_the_same_bytes(postgres_url, tmp_path):
    from ieptrail.export.bundle import verify_bundle
    from ieptrail.export.record_check import record_checker
    from ieptrail.export.signing import record_public_key

    settings = load_settings({"HOME": str(tmp_path), "IEPTRAIL_DATABASE_URL": postgres_url, **SAMPLE_ENV},
                             env_file=os.devnull)
    db = Database(postgres_url)
    try:
        _wipe(db)  # the server's test database is shared with other modules
        assert Importer(db, settings).import_many(read_local([SAMPLE / "mailbox"])).new == 63
        bundle = tmp_path / "bundle.zip"
        export_record(db, settings, ExportScope(as_of=AS_OF), "zip", bundle)
        against_record = verify_bundle(bundle, record_check=record_checker(db, settings))
    finally:
        _wipe(db)
        db.close()
    originals = {p.read_bytes() for p in (SAMPLE / "mailbox").glob("*.eml")}
    with zipfile.ZipFile(bundle) as archive:
        emails = {archive.read(name) for name in archive.namelist() if name.startswith("emails/")}
    assert emails == originals
    assert against_record.intact, against_record.problems
    assert verify_bundle(bundle, [record_public_key(settings.data_dir)]).intact
    assert verify_bundle(bundle).verdict == "self-consistent only"



def test_exhibits_list_their_attachments_and_the_bundle_keeps_their_text(sample, tmp_path):
    from ieptrail.store.models import Attachment

    db, _, _ = sample
    with db.session_scope() as session:
        sha256, size = session.execute(select(Attachment.sha256, Attachment.size)
                                       .where(Attachment.filename == "Delgado_Mateo_IEP_Progress_2nd_9wks.pdf")).one()
    html = _export(sample, "html", tmp_path / "report.html").read_text()
    assert f"Delgado_Mateo_IEP_Progress_2nd_9wks.pdf ({size:,} bytes; text read, 1 page(s)" in html and sha256 in html
    bundle = _export(sample, "zip", tmp_path / "bundle.zip")
    with zipfile.ZipFile(bundle) as archive:
        texts = [name for name in archive.namelist() if name.startswith("attachment-text/")]
        [progress] = [name for name in texts if name.endswith("_Delgado_Mateo_IEP_Progress_2nd_9wks.pdf.txt")]
        content = archive.read(progress).decode()
        manifest = archive.read("MANIFEST.sha256").decode()
        emails = {name.removeprefix("emails/").removesuffix(".eml") for name in archive.namelist() if name.startswith("emails/")}
    assert f"SHA-256 of the file: {sha256}" in content and "--- page 1 ---" in content
    assert progress.removeprefix("attachment-text/").split("_attachment-")[0] in emails  # named after its email
    assert all(f"  {name}\n" in manifest for name in texts)
    assert _verify(sample[2], bundle).exit_code == 0
