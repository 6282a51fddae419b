"""Jinja2 templates for outgoing mail.

The templates ship in notify/templates. To change one, copy it into `<IEPTRAIL_DATA_DIR>/templates/`
and edit the copy: a template there is used instead of the shipped one. `.html` templates escape
every value (autoescape), so text from mail can never become markup; `.txt` templates do not.
"""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, TemplateError, select_autoescape

from ieptrail.config import Settings
from ieptrail.errors import NotifyError
from ieptrail.trail.wording import clock, counted

SHIPPED_TEMPLATES = Path(__file__).resolve().parent / "templates"


def user_templates(settings: Settings) -> Path:
    return settings.data_dir / "templates"


def short_day(day: date | datetime | None) -> str:
    return f"{day:%a %b} {day.day}" if day else "?"


def long_day(day: date | datetime | None) -> str:
    return f"{day:%A, %B} {day.day}, {day.year}" if day else "?"


def month_day(day: date | datetime | None) -> str:
    return f"{day:%b} {day.day}" if day else "?"




def minutes(value: int | None) -> str:
    if not value:
        return "minutes not stated"
    hours, rest = divmod(value, 60)
    return f"{value} min" if not hours else f"{value} min ({hours} h{f' {rest} min' if rest else ''})"


def template_environment(settings: Settings) -> Environment:
    environment = Environment(
        loader=ChoiceLoader([FileSystemLoader(str(user_templates(settings))), FileSystemLoader(str(SHIPPED_TEMPLATES))]),
        autoescape=select_autoescape(enabled_extensions=("html", "htm"), disabled_extensions=("txt",), default=True),
        undefined=StrictUndefined,  # a misspelt name in an edited template fails loudly, not as blank text
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters.update(short_day=short_day, long_day=long_day, month_day=month_day, counted=counted,
                               minutes=minutes, clock=lambda moment: clock(moment, settings.timezone))
    return environment


def render(settings: Settings, template: str, **values) -> str:
    try:
        return template_environment(settings).get_template(template).render(**values)
    except TemplateError as exc:
        where = getattr(exc, "filename", None) or template
        line = f", line {exc.lineno}" if getattr(exc, "lineno", None) else ""
        raise NotifyError(f"the template {where}{line} cannot be used: {exc.message or exc}") from exc
