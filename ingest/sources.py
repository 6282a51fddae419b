"""Local mail sources: .eml files, folders of them, Maildir and mbox (Google Takeout exports mbox).

Each yields (origin, raw bytes) in a stable order; origin says where the bytes came from.

A folder being imported may hold anything: a FIFO (reading it would wait forever), a link to
/dev/zero (reading it would never end), a dangling link, a file name that is not UTF-8, a file
too big to be an email. Only regular files are read, each at most MAX_EMAIL_BYTES; anything
else is skipped with the reason (`on_skip`), and the import goes on.
"""
from __future__ import annotations

import logging
import os
import re
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

from ieptrail.errors import IngestError

log = logging.getLogger(__name__)

MESSAGE_SUFFIXES = {".eml", ".msg.eml", ".mail", ".txt"}
MBOX_SUFFIXES = {".mbox", ".mbx"}
MAX_EMAIL_BYTES = 64 * 1024 * 1024  # far above any mail server's limit (Gmail: 25 MB of attachments)
# The From_ line that starts a message in an mbox: "From sender Wed Jan 14 17:24:43 +0000 2026",
# "From - Mon Jan 12 10:00:00 2026", "From MAILER-DAEMON Thu Jan  1 00:00:00 1970".
_FROM_LINE = re.compile(
    rb"From \S*\s+(?:[A-Z][a-z]{2},?\s+)?[A-Z][a-z]{2}\s+\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?"
    rb"(?:\s+[-+\w]+)?\s+\d{4}(?:\s+[-+\w]+)?[ \t]*\r?\n?"
)

Skipped = Callable[[str, str], None]  # (path, why it was not read)


def _log_skip(path: str, reason: str) -> None:
    log.warning("skipped %s: %s", path, reason)


def printable(path: Path | str) -> str:
    """A path as text that any database and terminal take: bytes of a name that are not UTF-8
    are shown as \\xNN escapes instead of lone surrogates."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file"


def _why_not_readable(path: Path, limit: int | None = MAX_EMAIL_BYTES) -> str | None:
    """None when `path` is a regular file we may read whole; otherwise why it is skipped."""
    try:
        info = path.stat()  # follows links: a link to a regular file is fine
    except FileNotFoundError:
        return "a link to a file that does not exist" if path.is_symlink() else "it no longer exists"
    except OSError as exc:
        return exc.strerror or str(exc)
    if not stat.S_ISREG(info.st_mode):
        return f"{_kind(info.st_mode)}, not an email file"
    if limit is not None and info.st_size > limit:
        return f"{info.st_size // (1024 * 1024)} MB, larger than any email ({limit // (1024 * 1024)} MB)"
    return None


def _read_regular(path: Path, limit: int = MAX_EMAIL_BYTES) -> bytes:
    """The bytes of a regular file, at most `limit` (O_NONBLOCK: a FIFO swapped in does not hang us)."""
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    with os.fdopen(descriptor, "rb") as handle:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise OSError(f"{printable(path)} is not a regular file")
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise OSError(f"{printable(path)} grew beyond {limit} bytes while it was read")
    return data


def is_maildir(path: Path) -> bool:
    return path.is_dir() and all((path / sub).is_dir() for sub in ("cur", "new", "tmp"))


def is_mbox(path: Path) -> bool:
    if path.suffix.lower() in MBOX_SUFFIXES:
        return True
    if _why_not_readable(path, limit=None) is not None:
        return False
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        with os.fdopen(descriptor, "rb") as handle:
            return handle.read(5) == b"From "
    except OSError:
        return False


def _file_message(file: Path, origin: str, on_skip: Skipped, read: bool = True) -> Iterator[tuple[str, bytes]]:
    reason = _why_not_readable(file)
    if reason is None:
        try:
            yield origin, _read_regular(file) if read else b""
            return
        except OSError as exc:
            reason = exc.strerror or str(exc)
    on_skip(printable(file), reason)


def _maildir_messages(path: Path, on_skip: Skipped, read: bool = True) -> Iterator[tuple[str, bytes]]:
    for sub in ("new", "cur"):
        folder = path / sub
        for name in sorted(os.listdir(folder)):
            if name.startswith("."):
                continue
            yield from _file_message(folder / name, f"maildir:{printable(folder / name)}", on_skip, read)
    for child in sorted(entry for entry in os.listdir(path) if entry.startswith(".") and entry not in (".", "..")):
        if is_maildir(path / child):
            yield from _maildir_messages(path / child, on_skip, read)


def mbox_messages(handle, origin: str, on_skip: Skipped = _log_skip) -> Iterator[tuple[str, bytes]]:
    """The messages of an mbox file opened for binary reading, one at a time.

    A line starting "From " begins a message only when it has the From_ line's shape (a sender
    and a date) and follows a blank line, or opens the file. mboxo does not escape "From " at the
    start of a body line, and a writer may forget to: such a line stays in its message instead of
    cutting it in two. The bytes are not unescaped (">From " stays as written), so a message reads
    the same as with Python's `mailbox` and keeps its SHA-256.
    """
    lines: list[bytes] | None = None
    size = 0
    previous = b""
    index = 0
    while True:
        line = handle.readline(1024 * 1024)  # a line without an end is read in pieces, never whole
        if not line or (line.startswith(b"From ") and (
                lines is None or (previous in (b"\n", b"\r\n") and _FROM_LINE.fullmatch(line)))):
            if lines is not None:
                index += 1
                if size > MAX_EMAIL_BYTES:
                    on_skip(f"{origin}#{index}", f"larger than any email ({MAX_EMAIL_BYTES // (1024 * 1024)} MB)")
                else:
                    if lines and lines[-1] == b"\n":  # the blank line before the next From_ line
                        lines.pop()
                    yield f"{origin}#{index}", b"".join(lines)
            if not line:
                return
            lines, size, previous = [], 0, line
            continue
        if lines is not None:
            size += len(line)
            if size <= MAX_EMAIL_BYTES:
                lines.append(line)
            else:
                lines.clear()  # keep counting to the next message, without holding this one
        previous = line


def _mbox_messages(path: Path, on_skip: Skipped) -> Iterator[tuple[str, bytes]]:
    reason = _why_not_readable(path, limit=None)  # an mbox may be gigabytes: it is read a message at a time
    if reason is not None:
        on_skip(printable(path), reason)
        return
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    with os.fdopen(descriptor, "rb") as handle:
        yield from mbox_messages(handle, f"mbox:{printable(path)}", on_skip)


def _folder_messages(path: Path, on_skip: Skipped, read: bool = True) -> Iterator[tuple[str, bytes]]:
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        here = Path(root)
        if here != path and is_maildir(here):
            dirs[:] = []
            yield from _maildir_messages(here, on_skip, read)
            continue
        for name in sorted(files):
            if name.startswith("."):
                continue
            file = here / name
            if file.suffix.lower() in MBOX_SUFFIXES or (file.suffix == "" and is_mbox(file)):
                yield from _mbox_messages(file, on_skip)
            elif file.suffix.lower() in MESSAGE_SUFFIXES or file.suffix == "":
                yield from _file_message(file, f"file:{printable(file)}", on_skip, read)


def check_paths(paths: list[str | Path]) -> list[Path]:
    resolved = []
    for item in paths:
        path = Path(item).expanduser()
        if not path.exists():
            raise IngestError(f"{printable(item)}: no such file or folder")
        if not os.access(path, os.R_OK):
            raise IngestError(f"{printable(item)}: not readable")
        resolved.append(path.resolve())
    return resolved


def read_local(paths: list[str | Path], on_skip: Skipped = _log_skip) -> Iterator[tuple[str, bytes]]:
    """Every email under the given paths; the kind of each path is detected from its contents.
    Files that cannot be emails (FIFOs, devices, dangling links, huge files) go to `on_skip`."""
    return _messages(paths, on_skip, read=True)


def count_local(paths: list[str | Path]) -> int:
    """How many emails `read_local` will yield: files are counted without being read (an mbox is
    scanned for where each message starts); the total a progress bar counts towards."""
    return sum(1 for _ in _messages(paths, lambda _path, _reason: None, read=False))


def _messages(paths: list[str | Path], on_skip: Skipped, read: bool) -> Iterator[tuple[str, bytes]]:
    for path in check_paths(paths):
        try:
            if is_maildir(path):
                yield from _maildir_messages(path, on_skip, read)
            elif path.is_dir():
                yield from _folder_messages(path, on_skip, read)
            elif is_mbox(path):
                yield from _mbox_messages(path, on_skip)
            else:
                yield from _file_message(path, f"file:{printable(path)}", on_skip, read)
        except OSError as exc:
            raise IngestError(f"{printable(path)}: {exc.strerror or exc}") from exc
