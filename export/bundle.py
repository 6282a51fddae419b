"""The evidence bundle: one ZIP with the report, the CSV tables, every original email exactly as
received, and a manifest of SHA-256 fingerprints; and `verify_bundle`, which checks one.

The manifest is in the format `sha256sum -c` reads, so anyone can check a bundle without this
software. A manifest inside the ZIP cannot stop someone who rewrites it too; so `verify` also
checks each email against the fingerprint the report's tables give for its exhibit, and both
commands print the SHA-256 of the manifest itself, which can be handed over separately.
"""
from __future__ import annotations

import csv
import hashlib
import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

from ieptrail.errors import IEPTrailError

MANIFEST = "MANIFEST.sha256"
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


def write_bundle(path, files: Iterable[BundleFile], when: datetime) -> str:
    """Write the ZIP (the manifest last) and return the manifest's SHA-256."""
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
    return hashlib.sha256(manifest).hexdigest()


@dataclass
class Verification:
    manifest_sha256: str = ""
    files_checked: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        return not self.problems


def _read_manifest(text: str, result: Verification) -> dict[str, str]:
    listed: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        match = _MANIFEST_LINE.match(line)
        if not match:
            result.problems.append(f"{MANIFEST} line {number} is not '<sha256>  <file>': {line[:80]!r}")
            continue
        listed[match.group(2)] = match.group(1)
    return listed


def _email_fingerprints(archive: zipfile.ZipFile) -> Iterator[tuple[str, str, str]]:
    """(exhibit, email file, SHA-256 the report gives for it) from messages.csv."""
    try:
        text = archive.read("csv/messages.csv").decode("utf-8-sig")
    except KeyError:
        return
    for row in csv.DictReader(io.StringIO(text)):
        if row.get("eml_file") and row.get("sha256"):
            yield row.get("exhibit", "?"), row["eml_file"], row["sha256"]


def verify_bundle(path) -> Verification:
    """Check every file in a bundle against its manifest, and each email against its exhibit."""
    result = Verification()
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise NotABundle(f"{path} cannot be read as a ZIP file: {exc}") from exc
    with archive:
        names = [info.filename for info in archive.infolist() if not info.is_dir()]
        if MANIFEST not in names:
            raise NotABundle(f"{path} has no {MANIFEST}: it is not an evidence bundle made by `ieptrail export`")
        manifest = archive.read(MANIFEST)
        result.manifest_sha256 = hashlib.sha256(manifest).hexdigest()
        listed = _read_manifest(manifest.decode("utf-8", "replace"), result)
        for name in sorted({n for n in names if names.count(n) > 1}):
            result.problems.append(f"{name} appears more than once in the ZIP")
        actual: dict[str, str] = {}
        for name in names:
            if name == MANIFEST or name in actual:
                continue
            try:
                actual[name] = hashlib.sha256(archive.read(name)).hexdigest()
            except (zipfile.BadZipFile, OSError, EOFError) as exc:  # a CRC error: the ZIP itself was damaged
                result.problems.append(f"{name} cannot be read: {exc}")
        for name, digest in sorted(listed.items()):
            if name not in actual:
                if not any(problem.startswith(name + " cannot") for problem in result.problems):
                    result.problems.append(f"{name} is missing")
            elif actual[name] != digest:
                result.problems.append(f"{name} was changed: its SHA-256 is {actual[name]}, the manifest says {digest}")
            else:
                result.files_checked += 1
        for name in sorted(set(actual) - set(listed)):
            result.problems.append(f"{name} is not in the manifest (added after the export)")
        for exhibit, name, digest in _email_fingerprints(archive):
            if name in actual and actual[name] != digest:
                result.problems.append(f"{name} does not match the SHA-256 the report gives for exhibit {exhibit}")
    return result
