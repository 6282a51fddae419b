"""A folder or mbox being imported may hold anything (issue 13, items 6 and 9): FIFOs, links to
/dev/zero, dangling links, names that are not UTF-8, huge files, unescaped "From " lines."""
from __future__ import annotations

import io
import mailbox
import os
import signal
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import select

from conftest import SAMPLE
from ieptrail.ingest.sources import MAX_EMAIL_BYTES, mbox_messages, read_local
from ieptrail.trail.importer import Importer
from ieptrail.store.models import RawEmail
from records import db_url, fresh_db, sample_settings  # noqa: F401 (fixtures)

EMAILS = sorted((SAMPLE / "mailbox").glob("*.eml"))


@contextmanager
def at_most(seconds: int):
    """Fail instead of hanging (a FIFO used to block the import for ever)."""
    def expired(*_):
        raise TimeoutError(f"still reading after {seconds} s")
    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def hostile_folder(root: Path) -> Path:
    folder = root / "mail"
    folder.mkdir()
    (folder / "one.eml").write_bytes(EMAILS[0].read_bytes())
    with open(os.path.join(os.fsencode(folder), b"caf\xe9-two.eml"), "wb") as handle:  # Latin-1 name
        handle.write(EMAILS[1].read_bytes())
    (folder / "gone.eml").symlink_to(root / "nowhere.eml")
    os.mkfifo(folder / "pipe.eml")
    (folder / "zero.eml").symlink_to("/dev/zero")
    (folder / "zero.mbox").symlink_to("/dev/zero")
    with open(folder / "huge.eml", "wb") as handle:
        handle.truncate(MAX_EMAIL_BYTES + 1)  # sparse: no disk used
    (folder / "three.eml").write_bytes(EMAILS[2].read_bytes())
    return folder


def test_a_hostile_folder_is_read_to_the_end_and_every_odd_file_is_skipped_with_its_reason(tmp_path):
    skipped = {}
    with at_most(20):
        read = list(read_local([hostile_folder(tmp_path)], on_skip=lambda path, why: skipped.setdefault(Path(path).name, why)))
    assert [origin.rsplit("/", 1)[1] for origin, _ in read] == ["caf\\xe9-two.eml", "one.eml", "three.eml"]
    assert all(origin.encode("utf-8") for origin, _ in read)  # storable, printable text
    assert set(skipped) == {"gone.eml", "pipe.eml", "zero.eml", "zero.mbox", "huge.eml"}
    assert "does not exist" in skipped["gone.eml"] and "FIFO" in skipped["pipe.eml"]
    assert "device" in skipped["zero.eml"] and "device" in skipped["zero.mbox"]
    assert "larger than any email" in skipped["huge.eml"]


def test_the_hostile_folder_imports_every_real_email(fresh_db, db_url, tmp_path):  # noqa: F811
    with at_most(60):
        summary = Importer(fresh_db, sample_settings(db_url, tmp_path)).import_many(
            read_local([hostile_folder(tmp_path)], on_skip=lambda *_: None))
    assert (summary.new, summary.quarantined) == (3, 0)
    with fresh_db.session_scope() as session:
        assert any("caf\\xe9-two.eml" in origin for origin in session.scalars(select(RawEmail.origin)))


def _mbox(*messages: bytes) -> bytes:
    return b"".join(b"From sender@example.org Mon Jan 12 10:00:00 2026\n" + body + b"\n" for body in messages)


def test_an_unescaped_from_line_in_a_body_neither_drops_nor_injects_a_message():
    first = (b"From: Ms. Rivera <rivera@school.org>\nSubject: notes\n\nSee below.\n\n"
             b"From the speech therapist: Mateo did well.\n\nFrom here on we use the new plan.\n")
    second = b"From: Tony <tony@school.org>\nSubject: bus\n\nThe bus comes at 7.\n"
    injected = (b"From: Mom <mom@example.org>\nSubject: fwd\n\nforwarded:\n\n"
                b"From evil@example.org Mon Jan 12 10:00:00 2026 is a date-shaped line without a blank line before\n"
                b"Subject: injected?\n")
    found = list(mbox_messages(io.BytesIO(_mbox(first, second, injected)), "mbox:test"))
    assert [raw for _, raw in found] == [first, second, injected]
    assert [origin for origin, _ in found] == ["mbox:test#1", "mbox:test#2", "mbox:test#3"]


def test_a_well_formed_mbox_reads_byte_for_byte_as_pythons_mailbox_does(tmp_path):
    box = mailbox.mbox(tmp_path / "takeout.mbox", create=True)
    for path in EMAILS[:8]:
        box.add(path.read_bytes())
    box.flush()
    expected = [box.get_bytes(key) for key in box.keys()]
    box.close()
    with open(tmp_path / "takeout.mbox", "rb") as handle:
        assert [raw for _, raw in mbox_messages(handle, "mbox:x")] == expected


def test_a_line_without_an_end_is_never_held_whole(tmp_path):
    path = tmp_path / "endless.mbox"
    with open(path, "wb") as handle:
        handle.write(b"From a Mon Jan 12 10:00:00 2026\nSubject: x\n\n")
        handle.truncate(MAX_EMAIL_BYTES + 4096)  # NUL bytes and no newline, without using the disk
    skipped = []
    assert list(read_local([path], on_skip=lambda *item: skipped.append(item))) == []
    assert skipped and "larger than any email" in skipped[0][1]
