"""The evidence bundle: one ZIP with the report, the CSV tables, every original email exactly as
received, and a manifest of SHA-256 fingerprints; and `verify_bundle`, which checks one.

The manifest is in the format `sha256sum -c` reads, so anyone can check a bundle without this
software. But a manifest inside the ZIP proves only that the bundle agrees with itself: whoever
rewrites a file can rewrite the manifest, messages.csv and the report too. So `verify` calls a
bundle intact only when it also passed a check the forger cannot redo:
- the signature: SIGNATURE.ed25519 signs the manifest with the record's key (export/signing.py),
  checked against a public key handed over separately (`--public-key`) or this record's own;
- the record (where the record is): every email and every row of messages.csv against the
  database, and the exhibits the record gives for the bundle's scope (scope.json) against the
  bundle's (export/record_check.py).
Without either it says the bundle is only self-consistent. Reading is bounded: a ZIP member is
hashed as it streams, never held whole, and a member larger than any evidence file is refused,
so a ZIP bomb costs neither memory nor time.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import PurePosixPath

from ieptrail.errors import IEPTrailError
from ieptrail.export.signing import SIGNATURE_FILE, check_signature, signature_file

MANIFEST = "MANIFEST.sha256"
SCOPE_FILE = "scope.json"
MAX_MEMBERS = 200_000
MAX_MEMBER_BYTES = 512 * 1024 * 1024  # larger than any report or email; a bomb's member is refused unread
MAX_TABLE_BYTES = 256 * 1024 * 1024  # messages.csv and the manifest are read whole: at most this
_MANIFEST_LINE = re.compile(r"^([0-9a-f]{64})  (\S.*)$")


class ExportError(IEPTrailError):
    """An export could not be written, or the stored evidence no longer matches its fingerprint."""


class NotABundle(IEPTrailError):
    """The file is not a readable evidence bundle."""


@dataclass(frozen=True)
class BundleFile:
    name: str
    content: bytes
    expected_sha256: str | None = None  # for original emails: the fingerprint taken when they arrived


def write_bundle(path, files: Iterable[BundleFile], when: datetime, key=None) -> str:
    """Write the ZIP (the manifest, then its signature by `key`, last) and return the manifest's SHA-256."""
    fingerprints: dict[str, str] = {}
    stamp = when.timetuple()[:6]
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for item in files:
            digest = hashlib.sha256(item.content).hexdigest()
            if item.expected_sha256 and digest != item.expected_sha256:
                raise ExportError(f"{item.name}: the stored email no longer matches the SHA-256 taken when it "
                                  f"arrived ({item.expected_sha256}); the database was altered or damaged")
            if item.name in fingerprints:
                raise ExportError(f"{item.name} would be written twice")
            fingerprints[item.name] = digest
            archive.writestr(zipfile.ZipInfo(item.name, date_time=stamp), item.content,
                             compress_type=zipfile.ZIP_DEFLATED)
        manifest = "".join(f"{digest}  {name}\n" for name, digest in sorted(fingerprints.items())).encode()
        archive.writestr(zipfile.ZipInfo(MANIFEST, date_time=stamp), manifest, compress_type=zipfile.ZIP_DEFLATED)
        if key is not None:
            archive.writestr(zipfile.ZipInfo(SIGNATURE_FILE, date_time=stamp), signature_file(key, manifest),
                             compress_type=zipfile.ZIP_DEFLATED)
    return hashlib.sha256(manifest).hexdigest()


@dataclass(frozen=True)
class Check:
    name: str  # self-consistency | signature | record
    status: str  # passed | failed | not run
    detail: str


@dataclass
class BundleContents:
    """What a record check needs from a bundle that was read."""

    email_sha256: dict[str, str]  # emails/… -> SHA-256 of its bytes
    message_rows: list[dict[str, str]]  # csv/messages.csv
    scope: dict | None  # scope.json, when the bundle has one


@dataclass
class Verification:
    manifest_sha256: str = ""
    files_checked: int = 0
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        """Nothing was found changed, and a check the forger cannot redo has passed."""
        return not self.problems and self.independently_checked

    @property
    def independently_checked(self) -> bool:
        return any(check.status == "passed" and check.name != "self-consistency" for check in self.checks)

    @property
    def verdict(self) -> str:
        if self.problems:
            return "altered"
        return "intact" if self.independently_checked else "self-consistent only"


def _read_manifest(text: str, result: Verification) -> dict[str, str]:
    listed: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        match = _MANIFEST_LINE.match(line)
        if not match:
            result.problems.append(f"{MANIFEST} line {number} is not '<sha256>  <file>': {line[:80]!r}")
            continue
        listed[match.group(2)] = match.group(1)
    return listed


def unsafe_name(name: str) -> str | None:
    """Why a member name could write outside the folder it is unzipped into, if it could."""
    if name.startswith(("/", "\\")) or "\\" in name or (len(name) > 1 and name[1] == ":"):
        return "an absolute path"
    if ".." in PurePosixPath(name).parts:
        return "a path that climbs out of the folder (..)"
    if any(ord(char) < 32 for char in name):
        return "control characters in its name"
    return None


def _stream_sha256(archive: zipfile.ZipFile, info: zipfile.ZipInfo, keep: bool) -> tuple[str, bytes | None]:
    """SHA-256 of one member read in pieces, never more than MAX_MEMBER_BYTES (whatever its header
    claims); its bytes too when `keep` (only for the small tables that are parsed)."""
    digest, kept, total = hashlib.sha256(), [], 0
    with archive.open(info) as handle:
        while piece := handle.read(1024 * 1024):
            total += len(piece)
            if total > (MAX_TABLE_BYTES if keep else MAX_MEMBER_BYTES):
                raise ValueError("it inflates beyond any evidence file (a ZIP bomb?)")
            digest.update(piece)
            if keep:
                kept.append(piece)
    return digest.hexdigest(), b"".join(kept) if keep else None


def _message_rows(content: bytes | None) -> list[dict[str, str]]:
    if content is None:
        return []
    previous = csv.field_size_limit(MAX_TABLE_BYTES)  # a genuine cell can exceed the default 131,072
    try:
        return list(csv.DictReader(io.StringIO(content.decode("utf-8-sig", "replace"))))
    finally:
        csv.field_size_limit(previous)


def _read(path, result: Verification):
    """(manifest bytes, listed, actual SHA-256 by name, kept contents) of a bundle, bounded."""
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise NotABundle(f"{path} cannot be read as a ZIP file: {exc}") from exc
    with archive:
        infos = [info for info in archive.infolist() if not info.is_dir()]
        if len(infos) > MAX_MEMBERS:
            raise NotABundle(f"{path} holds {len(infos)} files: far more than an evidence bundle")
        names = [info.filename for info in infos]
        if MANIFEST not in names:
            raise NotABundle(f"{path} has no {MANIFEST}: it is not an evidence bundle made by `ieptrail export`")
        for name in sorted({n for n in names if names.count(n) > 1}):
            result.problems.append(f"{name} appears more than once in the ZIP")
        actual: dict[str, str] = {}
        kept: dict[str, bytes] = {}
        for info in infos:
            name = info.filename
            if name in actual:
                continue
            why = unsafe_name(name)
            if why:
                result.problems.append(f"{name!r} is {why}: no export writes such a file")
            if info.file_size > MAX_MEMBER_BYTES:
                result.problems.append(f"{name} would inflate to {info.file_size:,} bytes: not read (a ZIP bomb?)")
                continue
            keep = name in (MANIFEST, SIGNATURE_FILE, SCOPE_FILE, "csv/messages.csv")
            try:
                actual[name], content = _stream_sha256(archive, info, keep)
            except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
                result.problems.append(f"{name} cannot be read: {exc}")  # a CRC error: the ZIP was damaged
                continue
            if keep:
                kept[name] = content
    if MANIFEST not in kept:
        raise NotABundle(f"{path}: {MANIFEST} cannot be read")
    return actual, kept


RecordCheck = Callable[[BundleContents], "tuple[Check, list[str], list[str]]"]  # check, problems, notes


def verify_bundle(path, public_keys: Iterable = (), record_check: RecordCheck | None = None,
                  keys_described: str = "") -> Verification:
    """Check a bundle: against itself always; against a signature when public keys are given; and
    against the record when `record_check` is given. `verdict` says what the checks add up to."""
    result = Verification()
    actual, kept = _read(path, result)
    manifest = kept[MANIFEST]
    result.manifest_sha256 = hashlib.sha256(manifest).hexdigest()
    listed = _read_manifest(manifest.decode("utf-8", "replace"), result)
    for name, digest in sorted(listed.items()):
        if name not in actual:
            if not any(problem.startswith((name + " cannot", name + " would")) for problem in result.problems):
                result.problems.append(f"{name} is missing")
        elif actual[name] != digest:
            result.problems.append(f"{name} was changed: its SHA-256 is {actual[name]}, the manifest says {digest}")
        else:
            result.files_checked += 1
    for name in sorted(set(actual) - set(listed) - {MANIFEST, SIGNATURE_FILE}):
        result.problems.append(f"{name} is not in the manifest (added after the export)")
    rows = _message_rows(kept.get("csv/messages.csv"))
    for row in rows:
        name, digest = row.get("eml_file"), row.get("sha256")
        if name and digest and name in actual and actual[name] != digest:
            result.problems.append(f"{name} does not match the SHA-256 the report gives for exhibit {row.get('exhibit', '?')}")
    own_problems = len(result.problems)
    result.checks.append(Check("self-consistency", "passed" if not own_problems else "failed",
                               f"{result.files_checked} files against {MANIFEST}, {len(rows)} emails against "
                               "the SHA-256 their exhibit gives in messages.csv"))
    _check_signature(result, kept, manifest, list(public_keys), keys_described)
    if record_check is None:
        result.checks.append(Check("record", "not run", "the record this bundle was made from is not on this machine"))
    else:
        scope = None
        if SCOPE_FILE in kept:
            try:
                scope = json.loads(kept[SCOPE_FILE].decode("utf-8"))
            except (ValueError, UnicodeDecodeError):
                result.problems.append(f"{SCOPE_FILE} cannot be read")
        emails = {name: digest for name, digest in actual.items() if name.startswith("emails/")}
        check, problems, notes = record_check(BundleContents(emails, rows, scope))
        result.checks.append(check)
        result.problems.extend(problems)
        result.notes.extend(notes)
    return result


def _check_signature(result: Verification, kept: dict[str, bytes], manifest: bytes, keys: list,
                     described: str) -> None:
    if not keys:
        result.checks.append(Check("signature", "not run", "no public key was given (--public-key), and this "
                                   "machine holds no signing key of a record"))
        return
    if SIGNATURE_FILE not in kept:
        result.checks.append(Check("signature", "failed", f"the bundle has no {SIGNATURE_FILE}"))
        result.problems.append(f"{SIGNATURE_FILE} is missing: the bundle is not signed (or its signature was removed)")
        return
    outcomes = [check_signature(kept[SIGNATURE_FILE], manifest, key) for key in keys]
    passed = next((outcome for outcome in outcomes if outcome.valid), None)
    if passed:
        result.checks.append(Check("signature", "passed", passed.detail + (f" ({described})" if described else "")))
        return
    result.checks.append(Check("signature", "failed", outcomes[0].detail))
    result.problems.append(f"signature: {outcomes[0].detail}")
