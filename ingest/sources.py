"""Local mail sources: .eml files, folders of them, Maildir and mbox (Google Takeout exports mbox).

Each yields (origin, raw bytes) in a stable order; origin says where the bytes came from.
"""
from __future__ import annotations

import mailbox
import os
from collections.abc import Iterator
from pathlib import Path

from ieptrail.errors import IngestError

MESSAGE_SUFFIXES = {".eml", ".msg.eml", ".mail", ".txt"}
MBOX_SUFFIXES = {".mbox", ".mbx"}


def is_maildir(path: Path) -> bool:
    return path.is_dir() and all((path / sub).is_dir() for sub in ("cur", "new", "tmp"))


def is_mbox(path: Path) -> bool:
    if path.suffix.lower() in MBOX_SUFFIXES:
        return True
    try:
        with path.open("rb") as handle:
            return handle.read(5) == b"From "
    except OSError:
        return False


def _maildir_files(path: Path) -> Iterator[Path]:
    box = mailbox.Maildir(path, factory=None, create=False)
    for sub in ("new", "cur"):
        folder = path / sub
        for name in sorted(os.listdir(folder)):
            if not name.startswith("."):
                yield folder / name
    for child in sorted(box.list_folders()):
        yield from _maildir_files(path / f".{child}")


def _mbox_messages(path: Path) -> Iterator[tuple[str, bytes]]:
    box = mailbox.mbox(path, create=False)
    try:
        for index, key in enumerate(box.keys()):
            yield f"mbox:{path}#{index + 1}", box.get_bytes(key)
    finally:
        box.close()


def _mbox_count(path: Path) -> int:
    box = mailbox.mbox(path, create=False)
    try:
        return len(box.keys())
    finally:
        box.close()


def _sources(path: Path) -> Iterator[tuple[str, Path]]:
    """The mail sources at `path`: ("maildir", folder), ("mbox", file) or ("file", one email)."""
    if is_maildir(path):
        yield "maildir", path
    elif path.is_dir():
        yield from _folder_sources(path)
    elif is_mbox(path):
        yield "mbox", path
    else:
        yield "file", path


def _folder_sources(path: Path) -> Iterator[tuple[str, Path]]:
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        here = Path(root)
        if here != path and is_maildir(here):
            dirs[:] = []
            yield "maildir", here
            continue
        for name in sorted(files):
            if name.startswith("."):
                continue
            file = here / name
            if file.suffix.lower() in MBOX_SUFFIXES or (file.suffix == "" and is_mbox(file)):
                yield "mbox", file
            elif file.suffix.lower() in MESSAGE_SUFFIXES or file.suffix == "":
                yield "file", file


def check_paths(paths: list[str | Path]) -> list[Path]:
    resolved = []
    for item in paths:
        path = Path(item).expanduser()
        if not path.exists():
            raise IngestError(f"{item}: no such file or folder")
        if not os.access(path, os.R_OK):
            raise IngestError(f"{item}: not readable")
        resolved.append(path.resolve())
    return resolved


def read_local(paths: list[str | Path]) -> Iterator[tuple[str, bytes]]:
    """Every email under the given paths; the kind of each path is detected from its contents."""
    for path in check_paths(paths):
        try:
            for kind, source in _sources(path):
                if kind == "maildir":
                    for file in _maildir_files(source):
                        yield f"maildir:{file}", file.read_bytes()
                elif kind == "mbox":
                    yield from _mbox_messages(source)
                else:
                    yield f"file:{source}", source.read_bytes()
        except OSError as exc:
            raise IngestError(f"{path}: {exc.strerror or exc}") from exc


def count_local(paths: list[str | Path]) -> int:
    """How many emails `read_local` will yield, without reading them (an mbox is scanned for where
    each message starts): the total a progress bar counts towards."""
    count = 0
    for path in check_paths(paths):
        try:
            for kind, source in _sources(path):
                count += (sum(1 for _ in _maildir_files(source)) if kind == "maildir"
                          else _mbox_count(source) if kind == "mbox" else 1)
        except OSError as exc:
            raise IngestError(f"{path}: {exc.strerror or exc}") from exc
    return count
