"""The record as one self-contained HTML page (Jinja2, every value escaped)."""
from __future__ import annotations

from functools import partial
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from ieptrail.config import Settings
from ieptrail.export import wording
from ieptrail.export.record import PaperTrail
from ieptrail.trail.wording import quoted

TEMPLATES = Path(__file__).resolve().parent / "templates"


def _environment() -> Environment:
    # Subjects and bodies are whatever someone wrote: autoescape everything, not just .html files
    return Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(default=True,
                       default_for_string=True), undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def render_html(trail: PaperTrail, settings: Settings) -> str:
    environment = _environment()
    environment.filters["clip"] = wording.clip
    environment.filters["quoted"] = quoted
    template = environment.get_template("report.html.j2")
    return template.render(
        trail=trail,
        promise_groups=trail.promises_by_status(),
        students_line=wording.students_line(trail),
        range_line=wording.range_line(trail),
        generated=wording.generated_line(trail),
        when=lambda moment: wording.when(moment, settings.timezone),
        person=wording.person,
        people=wording.people,
        deadline=wording.deadline,
        promise_status=wording.promise_status,
        promise_outcome=wording.promise_outcome,
        request_status=wording.request_status,
        arrival_line=wording.arrival_line,
        attachment_line=wording.attachment_line,
        folded_line=wording.folded_line,
        dkim_sentence=partial(wording.dkim_sentence, zone=settings.timezone),
        cover_missed=wording.cover_missed,
        sessions_and_dates=wording.sessions_and_dates,
        ledger_minutes=wording.ledger_minutes,
        made_up_cell=wording.made_up_cell,
        owed_cell=wording.owed_cell,
        event_minutes=wording.event_minutes,
        made_up_of=wording.made_up_of,
        missed_line=wording.missed_line,
        ledger_note=wording.LEDGER_NOTE,
    )
