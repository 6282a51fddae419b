"""`verify` where the record is: a bundle against the database it was exported from.

- every email in the bundle must be an email of the record (its SHA-256 taken on arrival);
- every row of messages.csv must say what the record says about that message (date, sender,
  recipients, subject, new text, the SHA-256 of its email): the same cells an export writes now;
- the exhibits the record gives for the bundle's scope (scope.json), among the emails that had
  arrived when the bundle was made, must all be in the bundle: a deleted exhibit is missed.
Tags can change after an export (`retag`), so a scope that filters by student or topic can
gain or lose messages honestly; there a missing exhibit is a note, not a finding.
"""
from __future__ import annotations

from datetime import date, datetime

from ieptrail.config import Settings
from ieptrail.export.bundle import BundleContents, Check
from ieptrail.export.record import ExportScope, build_paper_trail
from ieptrail.export.tables import message_rows, spreadsheet_safe
from ieptrail.store.db import Database, redacted
from ieptrail.store.repository import received_at, received_times

COMPARED = ("date", "from_name", "from_email", "to", "cc", "subject", "new_text", "sha256")


def _day(value) -> date | None:
    return date.fromisoformat(value) if value else None


def _scope(saved: dict) -> ExportScope:
    return ExportScope(as_of=date.fromisoformat(saved["as_of"]), student=saved.get("student"),
                       topic=saved.get("topic"), since=_day(saved.get("since")), until=_day(saved.get("until")))


def record_checker(db: Database, settings: Settings):
    def check(bundle: BundleContents) -> tuple[Check, list[str], list[str]]:
        problems: list[str] = []
        notes: list[str] = []
        with db.session_scope() as session:
            shas = set(bundle.email_sha256.values()) | {row.get("sha256", "") for row in bundle.message_rows}
            known = received_times(session, shas)
            if bundle.email_sha256 and not known:
                return (Check("record", "not run", f"none of the bundle's emails is in the record at "
                              f"{redacted(db.url)}: it was made from another record"), [], [])
            for name, digest in sorted(bundle.email_sha256.items()):
                if digest not in known:
                    problems.append(f"{name} is not an email of the record (SHA-256 {digest}): forged or edited")
            trail = None
            if bundle.scope:
                try:
                    trail = build_paper_trail(session, settings, _scope(bundle.scope))
                except (KeyError, ValueError) as exc:
                    problems.append(f"scope.json cannot be read: {exc}")
            elif bundle.message_rows:
                notes.append("the bundle has no scope.json (made by an older version): exhibits that were "
                             "removed from it together with their rows cannot be told")
            header = next(message_rows_of(trail), None) if trail else None
            expected = {}
            if trail is not None:
                for cells in message_rows_of(trail, skip_header=True):
                    row = dict(zip(header, (str(spreadsheet_safe(cell)) for cell in cells)))
                    expected[row["sha256"]] = row
            for row in bundle.message_rows:
                digest = row.get("sha256", "")
                if digest not in known:
                    problems.append(f"messages.csv exhibit {row.get('exhibit', '?')}: no email of the record has "
                                    f"SHA-256 {digest}")
                    continue
                if trail is None:
                    continue
                truth = expected.get(digest)
                if truth is None:
                    problems.append(f"messages.csv exhibit {row.get('exhibit', '?')} is not an exhibit the record "
                                    "gives for the bundle's scope")
                    continue
                changed = [column for column in COMPARED if row.get(column, "") != truth.get(column, "")]
                if changed:
                    problems.append(f"messages.csv exhibit {row.get('exhibit', '?')}: {', '.join(changed)} "
                                    "differ from the record")
            if trail is not None:
                made = _generated(bundle.scope)
                in_bundle = {row.get("sha256") for row in bundle.message_rows}
                filtered = bool(bundle.scope.get("student") or bundle.scope.get("topic"))
                for exhibit in trail.exhibits:
                    received = known.get(exhibit.sha256) or _received(session, exhibit.sha256)
                    if exhibit.sha256 in in_bundle or (made and received and received > made):
                        continue
                    message = exhibit.message
                    line = (f"the record gives an exhibit the bundle lacks: {message.date:%Y-%m-%d} from "
                            f"{message.from_email or message.from_name}, {message.subject!r} (SHA-256 {exhibit.sha256})"
                            if message.date else f"the record gives an exhibit the bundle lacks (SHA-256 {exhibit.sha256})")
                    (notes if filtered else problems).append(line + (" (tags may have changed since)" if filtered else ""))
        detail = (f"{len(bundle.email_sha256)} emails and {len(bundle.message_rows)} rows of messages.csv against "
                  f"the record at {redacted(db.url)}")
        return Check("record", "failed" if problems else "passed", detail), problems, notes

    return check


def message_rows_of(trail, skip_header: bool = False):
    rows = iter(message_rows(trail))
    if skip_header:
        next(rows, None)
    return rows


def _generated(scope: dict) -> datetime | None:
    try:
        return datetime.fromisoformat(scope["generated_utc"])
    except (KeyError, ValueError):
        return None


def _received(session, sha256: str) -> datetime | None:
    return received_at(session, sha256)
