"""The record as CSV tables for spreadsheets: one row per message, promise, request, missed-service report,
and the compensatory-services table (per service: missed, made up, owed).

Cells that a spreadsheet would run as a formula (text starting with = + - @, a tab or a carriage
return: a subject such as "=HYPERLINK(…)") get a leading apostrophe, as OWASP advises; the
apostrophe is the only change, and the original email in the bundle is the evidence.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from pathlib import Path

from ieptrail.export.record import PaperTrail
from ieptrail.export.wording import people

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def _yes(value: bool) -> str:
    return "yes" if value else "no"


def message_rows(trail: PaperTrail) -> Iterable[list]:
    yield ["exhibit", "date", "from_name", "from_email", "to", "cc", "subject", "topics", "students", "arrival",
           "forward_format", "promises", "requests", "missed_services", "attachments", "new_text", "sha256", "eml_file",
           "other_arrivals", "dkim_result", "dkim_domain", "dkim_checked_at", "record_id"]
    for exhibit in trail.exhibits:
        message = exhibit.message
        dkim = exhibit.dkim_summary
        yield [exhibit.number, message.date.isoformat() if message.date else "", message.from_name or "",
               message.from_email or "", people(message.to), people(message.cc), message.subject,
               " ".join(message.topics), "; ".join(message.students), message.arrival, message.forward_format or "",
               len(exhibit.promises), len(exhibit.requests), len(exhibit.missed), "; ".join(message.attachments),
               message.new_text, exhibit.sha256, exhibit.eml_names[0] if exhibit.eml_names else "",
               " ".join(exhibit.eml_names[1:]), dkim.dkim_result if dkim else "", (dkim.dkim_domain or "") if dkim else "",
               dkim.dkim_checked_at.isoformat() + "Z" if dkim and dkim.dkim_checked_at else "", message.id]


def promise_rows(trail: PaperTrail) -> Iterable[list]:
    yield ["promise_id", "exhibit", "promised_on", "by_name", "by_email", "promise", "due", "deadline",
           "deadline_is_default", "status", "days_overdue", "fulfilled_on", "days_late", "fulfilled_by_exhibit",
           "decision", "as_of"]
    for view in trail.promises:
        extra = view.extra
        evidence = extra.get("fulfilled_evidence") or {}
        decision = extra.get("decision") or {}
        yield [view.id, trail.exhibit_of(view.message_id), view.promised_on, view.by_name or "", view.by_email or "",
               view.text, view.due or "", extra.get("deadline") or "", _yes(extra.get("deadline_is_default")),
               view.status, extra.get("days_overdue") or 0, extra.get("fulfilled_on") or "",
               "" if extra.get("days_late") is None else extra["days_late"],
               trail.exhibit_of(evidence["message"]) or "" if evidence else "",
               f"{decision.get('action')}: {decision.get('note') or ''}".strip() if decision else "",
               trail.scope.as_of]


def request_rows(trail: PaperTrail) -> Iterable[list]:
    yield ["request_id", "exhibit", "asked_on", "by_name", "by_email", "request", "status", "answered_on",
           "answered_by_exhibit", "waiting_school_days", "needs_follow_up", "as_of"]
    for view in trail.requests:
        extra = view.extra
        evidence = extra.get("answer_evidence") or {}
        waited = extra.get("waiting_school_days")
        yield [view.id, trail.exhibit_of(view.message_id), view.asked_on, view.by_name or "", view.by_email or "",
               view.text, view.status, extra.get("answered_on") or "",
               trail.exhibit_of(evidence["message"]) or "" if evidence else "", "" if waited is None else waited,
               _yes(extra.get("needs_follow_up")), trail.scope.as_of]


def missed_service_rows(trail: PaperTrail) -> Iterable[list]:
    """One row per report: the session it reports, and that session's place in the ledger."""
    yield ["exhibit", "service", "service_label", "kind", "date", "minutes", "minutes_from", "made_up_on",
           "made_up_by_exhibit", "owed", "first_report", "where", "responsible", "sentence", "record_id"]
    first = trail.first_report_ids
    for event in trail.ledger.events:
        made = event.made_up
        for report in event.reports:
            yield [trail.exhibit_of(report.message_id), event.topic, trail.label(event.topic), event.kind,
                   event.day or "", "" if event.minutes is None else event.minutes, event.minutes_from or "",
                   made.on if made else "", (trail.exhibit_of(made.message_id) or "") if made else "",
                   _yes(event.owed), _yes(report.id in first), report.where or "the message's own words",
                   event.responsible or "", report.sentence, report.id]


def compensatory_rows(trail: PaperTrail) -> Iterable[list]:
    """The compensatory-services table: per service (and accommodation), what was missed, made up and owed."""
    yield ["service", "service_label", "kind", "sessions_missed", "dates_missed", "minutes_missed",
           "sessions_without_minutes", "minutes_from_service_grid", "sessions_made_up", "dates_made_up",
           "minutes_made_up", "sessions_owed", "minutes_owed", "owed_sessions_without_minutes", "evidence_exhibits",
           "as_of"]
    for line in [*trail.services, *trail.accommodations]:
        service = line.kind == "service"
        yield [line.topic, line.label, line.kind, line.missed, " ".join(str(d) if d else "not stated" for d in line.dates),
               line.missed_minutes if service else "", line.missed_not_stated if service else "",
               line.from_grid if service else "", line.made_up if service else "",
               " ".join(str(e.made_up.on) for e in line.events if e.made_up),
               line.made_up_minutes if service else "", line.owed if service else "",
               line.owed_minutes if service else "", line.owed_not_stated if service else "",
               " ".join(str(n) for n in trail.evidence_exhibits(line)), trail.scope.as_of]


TABLES: dict[str, Callable[[PaperTrail], Iterable[list]]] = {
    "messages": message_rows,
    "promises": promise_rows,
    "requests": request_rows,
    "missed-services": missed_service_rows,
    "compensatory-services": compensatory_rows,
}


def file_name(table: str) -> str:
    return table.replace("-", "_") + ".csv"


def table_csv(trail: PaperTrail, table: str) -> bytes:
    """One table as UTF-8 CSV with a byte-order mark (so Excel reads the accents right)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for row in TABLES[table](trail):
        writer.writerow([spreadsheet_safe(cell) for cell in row])
    return out.getvalue().encode("utf-8-sig")


def write_tables(trail: PaperTrail, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for table in TABLES:
        path = folder / file_name(table)
        path.write_bytes(table_csv(trail, table))
        written.append(path)
    return written
