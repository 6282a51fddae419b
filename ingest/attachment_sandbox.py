"""Attachments are read in a child process with a time and a memory limit.

An encrypted or broken PDF, a decompression bomb, a 900-page report or a 20,000 × 20,000 image
must not hang or bloat the import. The child (`python -m ieptrail.ingest.attachment_sandbox`)
limits its own address space (RLIMIT_AS, which Tesseract inherits), may not write files
(RLIMIT_FSIZE 0) and runs in its own process group; the parent waits for each document at most
`seconds` and kills the group on overrun. One child serves many documents and is replaced after
a failure. The child sends plain JSON back, never pickles: a document that took it over could
not take the importer over too.

Protocol, over the child's stdin and stdout: the parent writes one JSON line
{"name", "type", "sha256", "size", "seconds"} and then `size` bytes; the child answers with JSON
lines: {"kind", "extractor"}, then {"page", "text", "ocr"} per page, then {"end", "failure",
"progress"}.
"""
from __future__ import annotations

import json
import logging
import os
import select
import signal
import subprocess
import sys
import time
import weakref
from dataclasses import asdict, dataclass

from ieptrail.ingest.attachment_text import (
    MAX_DOCUMENT_CHARS,
    TEXT_KINDS,
    Ocr,
    OutOfTime,
    Progress,
    Unreadable,
    conclude,
    declared_mismatch,
    extractor_for,
    find_ocr,
    read_pages,
    sniff_kind,
)
from ieptrail.ingest.parsed import AttachmentInfo, AttachmentText, PageText

log = logging.getLogger(__name__)

MAX_DOCUMENTS_PER_CHILD = 200  # then a fresh child: whatever the readers leaked goes with the old one
MAX_LINE_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True)
class Limits:
    seconds: float = 60.0  # wall clock per document
    memory_mb: int = 1024  # address space of the child (and of Tesseract under it)


class AttachmentReader:
    """Text of attachments, each read by the sandboxed child."""

    def __init__(self, limits: Limits = Limits(), ocr_languages: str = "eng"):
        self.limits = limits
        self.ocr_languages = ocr_languages
        self._ocr: Ocr | None | bool = False  # False: not looked for yet
        self._child: subprocess.Popen | None = None
        self._served = 0

    @property
    def ocr(self) -> Ocr | None:
        if self._ocr is False:
            self._ocr = find_ocr(self.ocr_languages)
        return self._ocr  # type: ignore[return-value]

    def extractor(self, kind: str) -> str:
        """What would read this kind of file now (compared with what read it, by `retag`)."""
        return extractor_for(kind, self.ocr)

    def read(self, attachment: AttachmentInfo) -> AttachmentText:
        data = attachment.data
        if not data:
            return conclude(attachment.sha256, "other", extractor_for("other", None), [], Progress(), None,
                            attachment.content_type)
        for attempt in (1, 2):
            child = self._running_child()
            header = {"name": attachment.filename, "type": attachment.content_type, "sha256": attachment.sha256,
                      "size": len(data), "seconds": self.limits.seconds}
            try:
                child.stdin.write(json.dumps(header).encode() + b"\n")
                child.stdin.write(data)
                child.stdin.flush()
            except (BrokenPipeError, OSError):  # the child had died since its last document
                self._stop_child()
                if attempt == 2:
                    return self._failed(attachment, "the reader process could not be started")
                continue
            return self._collect(child, attachment)
        raise AssertionError("unreachable")

    def close(self) -> None:
        self._stop_child()

    # ---- the child, from the parent's side ---------------------------------------------------------

    def _running_child(self) -> subprocess.Popen:
        if self._child is not None and (self._child.poll() is not None or self._served >= MAX_DOCUMENTS_PER_CHILD):
            self._stop_child()
        if self._child is None:
            ocr = self.ocr
            arguments = [sys.executable, "-m", "ieptrail.ingest.attachment_sandbox", str(self.limits.memory_mb),
                         json.dumps(asdict(ocr) if ocr else None)]
            self._child = subprocess.Popen(arguments, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                           stderr=subprocess.DEVNULL, start_new_session=True)
            weakref.finalize(self, _end, self._child)  # the reader forgotten or the program ending: the child goes too
            self._served = 0
        self._served += 1
        return self._child

    def _stop_child(self) -> None:
        child, self._child = self._child, None
        if child is not None:
            _end(child)

    def _failed(self, attachment: AttachmentInfo, why: str) -> AttachmentText:
        return conclude(attachment.sha256, "other", extractor_for("other", None), [], Progress(), why,
                        attachment.content_type)

    def _collect(self, child: subprocess.Popen, attachment: AttachmentInfo) -> AttachmentText:
        deadline = time.monotonic() + self.limits.seconds + 5  # the child's own OCR timeouts fire first
        kind, extractor = "other", extractor_for("other", None)
        pages: list[PageText] = []
        buffer = b""
        fd = child.stdout.fileno()
        while True:
            while b"\n" not in buffer:
                left = deadline - time.monotonic()
                ready = select.select([fd], [], [], max(0.0, left))[0] if left > 0 else []
                if not ready:
                    self._stop_child()
                    return conclude(attachment.sha256, kind, extractor, pages, Progress(),
                                    f"the time limit of {self.limits.seconds:.0f} s ran out", attachment.content_type)
                chunk = os.read(fd, 1 << 16)
                if not chunk or len(buffer) > MAX_LINE_BYTES:
                    code = child.wait()
                    self._child = None
                    why = (f"the reader stopped ({_exit_reason(code)}): the file may be damaged, or need more than "
                           f"{self.limits.memory_mb} MB")
                    return conclude(attachment.sha256, kind, extractor, pages, Progress(), why, attachment.content_type)
                buffer += chunk
            line, buffer = buffer.split(b"\n", 1)
            message = json.loads(line)
            if "kind" in message:
                kind, extractor = str(message["kind"]), str(message["extractor"])
            elif "page" in message:
                pages.append(PageText(int(message["page"]), str(message["text"]), bool(message.get("ocr"))))
            elif "end" in message:
                progress = Progress(**message.get("progress") or {})
                failure = message.get("failure")
                if message.get("fatal"):
                    self._stop_child()  # out of memory: start afresh
                return conclude(attachment.sha256, kind, extractor, pages, progress, failure, attachment.content_type)


def _end(child: subprocess.Popen) -> None:
    """Kill the child's process group (Tesseract under it too) and reap it."""
    if child.returncode is None:
        try:
            os.killpg(child.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
    for stream in (child.stdin, child.stdout):
        try:
            stream.close()
        except OSError:
            pass
    child.wait()


def _exit_reason(code: int) -> str:
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"signal {-code}"
    return f"exit status {code}"


# ---- the child ---------------------------------------------------------------------------------------


def _limit_self(memory_mb: int) -> None:
    import resource

    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))  # read, never write: no copy of a child's document on disk
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _serve(memory_mb: int, ocr: Ocr | None) -> None:
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # whatever a library prints must not mix with the answers
    source = sys.stdin.buffer
    _limit_self(memory_mb)

    def send(message: dict) -> None:
        out.write(json.dumps(message).encode() + b"\n")
        out.flush()

    while True:
        line = source.readline()
        if not line:
            return
        header = json.loads(line)
        data = source.read(int(header["size"]))
        started = time.monotonic()
        seconds = float(header["seconds"])
        kind = sniff_kind(data, str(header["name"]), str(header["type"]))
        send({"kind": kind, "extractor": extractor_for(kind, ocr)})
        progress = Progress()
        mismatch = declared_mismatch(kind, str(header["type"]))
        if mismatch:
            progress.notes.append(mismatch)
        failure, fatal, kept = None, False, 0
        try:
            if kind in TEXT_KINDS:
                for page in read_pages(data, kind, ocr, progress, lambda: seconds - (time.monotonic() - started)):
                    text = page.text[:MAX_DOCUMENT_CHARS - kept]
                    kept += len(text)
                    send({"page": page.number, "text": text, "ocr": page.ocr})
                    if kept >= MAX_DOCUMENT_CHARS:
                        progress.notes.append(f"text cut at {MAX_DOCUMENT_CHARS:,} characters")
                        break
        except OutOfTime:
            failure = f"the time limit of {seconds:.0f} s ran out"
        except Unreadable as exc:
            failure = str(exc)
        except MemoryError:
            failure, fatal = f"the memory limit of {memory_mb} MB was reached", True
        except Exception as exc:  # noqa: BLE001 - a reader's own error on a damaged file: recorded, not raised
            failure = f"could not be read ({type(exc).__name__}: {str(exc)[:200]})"
        send({"end": True, "failure": failure, "fatal": fatal, "progress": asdict(progress)})
        if fatal:
            return


if __name__ == "__main__":
    _ocr_spec = json.loads(sys.argv[2])
    _serve(int(sys.argv[1]), Ocr(**_ocr_spec) if _ocr_spec else None)
