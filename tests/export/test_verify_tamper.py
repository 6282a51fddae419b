"""`verify` never calls a bundle intact on the strength of its own manifest (issue 13, item 7).

A forger who changes the bundle and rewrites MANIFEST.sha256 (and messages.csv) to match is
caught by the record (where the record is) and by the signature (with the maker's public key);
without either, verify says the bundle is only self-consistent (exit 3), never intact.
"""
from __future__ import annotations

import csv
import hashlib
import io
import os
import zipfile
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import SAMPLE, SAMPLE_ENV
from ieptrail.cli import main
from ieptrail.config import load_settings
from ieptrail.export.bundle import MAX_MEMBER_BYTES, verify_bundle
from ieptrail.export.record import ExportScope
from ieptrail.export.record_check import record_checker
from ieptrail.export.signing import record_public_key
from ieptrail.export.write import export_record
from ieptrail.ingest.sources import read_local
from ieptrail.trail.importer import Importer
from ieptrail.store.db import Database

AS_OF = date(2026, 3, 12)
TARGET = "emails/2026-01-07_exhibit-002.eml"


@pytest.fixture(scope="module")
def made(tmp_path_factory, tagger):
    folder = tmp_path_factory.mktemp("tamper")
    environ = {"HOME": str(folder), "IEPTRAIL_DATA_DIR": str(folder / "data"), "IEPTRAIL_ENV_FILE": os.devnull,
               "IEPTRAIL_DATABASE_URL": f"sqlite:///{folder / 'trail.db'}", **SAMPLE_ENV}
    settings = load_settings(environ, env_file=os.devnull)
    db = Database(settings.database_url)
    Importer(db, settings, tagger=tagger).import_many(read_local([SAMPLE / "mailbox"]))
    result = export_record(db, settings, ExportScope(as_of=AS_OF), "zip", folder / "bundle.zip")
    assert (folder / "data" / "export-signing-key.pem").stat().st_mode & 0o777 == 0o600
    yield folder / "bundle.zip", environ, result.public_key, settings
    db.close()


def forge(bundle: Path, out: Path, change) -> Path:
    """Apply change(files) to the bundle's files, then rewrite the manifest to match, as a forger would."""
    with zipfile.ZipFile(bundle) as source:
        files = {name: source.read(name) for name in source.namelist()}
    change(files)
    files["MANIFEST.sha256"] = "".join(
        f"{hashlib.sha256(content).hexdigest()}  {name}\n" for name, content in sorted(files.items())
        if name not in ("MANIFEST.sha256", "SIGNATURE.ed25519")).encode()
    with zipfile.ZipFile(out, "w") as target:
        for name, content in files.items():
            target.writestr(name, content)
    return out


def _rows(files) -> list[dict]:
    return list(csv.DictReader(io.StringIO(files["csv/messages.csv"].decode("utf-8-sig"))))


def _write_rows(files, rows) -> None:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    files["csv/messages.csv"] = out.getvalue().encode("utf-8-sig")


def delete_an_email(files):
    del files[TARGET]
    _write_rows(files, [row for row in _rows(files) if row["eml_file"] != TARGET])


def add_a_forged_email(files):
    files["emails/2026-01-08_exhibit-099.eml"] = b"From: principal@school.org\r\nSubject: we agree\r\n\r\nAll granted.\r\n"


def add_an_escape(files):
    files["../../evil.sh"] = b"#!/bin/sh\necho owned\n"


def edit_an_email_and_its_row(files):
    files[TARGET] = files[TARGET].replace(b"by Friday", b"by June")
    rows = _rows(files)
    for row in rows:
        if row["eml_file"] == TARGET:
            row["sha256"] = hashlib.sha256(files[TARGET]).hexdigest()
            row["new_text"] = row["new_text"].replace("by Friday", "by June")
    _write_rows(files, rows)


def edit_the_report(files):
    files["report.html"] = files["report.html"].replace(b"overdue", b"fulfilled")


ATTACKS = [delete_an_email, add_a_forged_email, add_an_escape, edit_an_email_and_its_row, edit_the_report]


def verify(environ, *args):
    return CliRunner().invoke(main, ["verify", *map(str, args)], env=environ, catch_exceptions=False)


def test_the_genuine_bundle_is_intact_by_record_and_by_signature(made):
    bundle, environ, public_key, _ = made
    here = verify(environ, bundle)
    assert here.exit_code == 0, here.output
    assert "passed   signature" in here.output and "passed   record" in here.output
    elsewhere = verify(environ, "--no-record", "--public-key", public_key, bundle)
    assert elsewhere.exit_code == 0 and "not run  record" in elsewhere.output
    alone = verify(environ, "--no-record", bundle)
    assert alone.exit_code == 3 and "ONLY SELF-CONSISTENT" in alone.output and "OK" not in alone.output


@pytest.mark.parametrize("attack", ATTACKS, ids=lambda attack: attack.__name__)
def test_a_forger_who_rewrites_the_manifest_is_caught(made, tmp_path, attack):
    bundle, environ, public_key, settings = made
    forged = forge(bundle, tmp_path / "forged.zip", attack)
    by_record = verify_bundle(forged, record_check=record_checker(Database(settings.database_url), settings))
    by_signature = verify_bundle(forged, [record_public_key(settings.data_dir)])
    alone = verify_bundle(forged)
    if attack is add_an_escape:  # no export writes such a name: caught even without a record or key
        assert alone.verdict == "altered" and any("climbs out" in problem for problem in alone.problems)
    else:
        assert alone.verdict == "self-consistent only", alone.problems
    if attack is not edit_the_report:  # the record holds the emails and their rows, not the reports' bytes
        assert by_record.verdict == "altered", by_record.checks
    assert by_signature.verdict == "altered" and any("signature" in problem for problem in by_signature.problems)
    where_the_record_is = verify(environ, forged)  # the record, and its own key for the signature
    assert where_the_record_is.exit_code == 1 and "ALTERED" in where_the_record_is.output
    elsewhere = verify(environ, "--no-record", "--public-key", public_key, forged)
    assert elsewhere.exit_code == 1 and "ALTERED" in elsewhere.output


def test_a_signature_by_another_key_is_not_the_makers(made, tmp_path):
    bundle, environ, _, _ = made
    other = verify(environ, "--no-record", "--public-key", "ed25519:" + "A" * 43 + "=", bundle)
    assert other.exit_code == 1 and "not by the key given" in other.output


def test_a_zip_bomb_is_refused_without_inflating_it(made, tmp_path):
    bundle, environ, _, _ = made
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bundle) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            target.writestr(name, source.read(name))
        with target.open("report.pdf.bak", "w", force_zip64=True) as member:
            block = b"\0" * (1024 * 1024)
            for _ in range(MAX_MEMBER_BYTES // len(block) + 2):
                member.write(block)
    assert bomb.stat().st_size < 5 * 1024 * 1024
    result = verify_bundle(bomb)
    assert result.verdict == "altered"
    assert any("report.pdf.bak would inflate" in problem for problem in result.problems)


def test_a_genuine_bundle_with_a_cell_over_131072_characters_verifies(tmp_path, tagger):
    environ = {"HOME": str(tmp_path), "IEPTRAIL_DATA_DIR": str(tmp_path / "data"), "IEPTRAIL_ENV_FILE": os.devnull,
               "IEPTRAIL_DATABASE_URL": f"sqlite:///{tmp_path / 'trail.db'}", **SAMPLE_ENV}
    settings = load_settings(environ, env_file=os.devnull)
    long_body = ("The bus was late again today. " * 5000).encode()  # 150,000 characters of new text
    (tmp_path / "long.eml").write_bytes(
        b"From: Tony Garza <tony.garza@shoalcreekisd.org>\nTo: rosa.delgado@gmail.com\nSubject: bus\n"
        b"Date: Mon, 12 Jan 2026 10:00:00 -0600\nMessage-ID: <long@shoalcreekisd.org>\n\n" + long_body)
    db = Database(settings.database_url)
    Importer(db, settings, tagger=tagger).import_many(read_local([tmp_path / "long.eml"]))
    export_record(db, settings, ExportScope(as_of=AS_OF), "zip", tmp_path / "bundle.zip")
    db.close()
    result = verify(environ, tmp_path / "bundle.zip")
    assert result.exit_code == 0, result.output
