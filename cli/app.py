"""What every command shares: settings (read once), the database and the tagger, built lazily."""
from __future__ import annotations

import json
import logging
import sys
from datetime import date, datetime
from functools import cached_property

import click

from ieptrail.cli.terminal import escape_for_json_terminal, sanitize_for_terminal
from ieptrail.config import Settings, ensure_data_dir, load_settings
from ieptrail.errors import ConfigError, IEPTrailError
from ieptrail.store.db import Database


class App:
    def __init__(self, settings: Settings | None = None):
        self._settings = settings

    @cached_property
    def settings(self) -> Settings:
        return self._settings or load_settings()

    @cached_property
    def db(self) -> Database:
        if self.settings.database_url.startswith("sqlite"):
            ensure_data_dir(self.settings)
        return Database(self.settings.database_url)

    @cached_property
    def tagger(self):
        from ieptrail.classify import Tagger

        return Tagger.from_settings(self.settings)

    def today(self) -> date:
        return datetime.now(self.settings.timezone).date()


pass_app = click.make_pass_decorator(App, ensure=True)


def emit_json(value) -> None:
    click.echo(escape_for_json_terminal(json.dumps(value, indent=2, ensure_ascii=False, default=str)))


def say(text: str = "", **kwargs) -> None:
    """click.echo for text that holds words from mail: control and bidi characters made visible."""
    click.echo(sanitize_for_terminal(text), **kwargs)


def argument_text(value: str | None) -> str | None:
    """A command-line argument as text: bytes that were not UTF-8 (they arrive as lone surrogates)
    become U+FFFD, as any decoder would show them."""
    if value is None:
        return None
    return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def parse_day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD", param_hint=option) from None


class FriendlyGroup(click.Group):
    """Turns the project's own errors into one line on stderr and exit status 2."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except ConfigError as exc:
            click.echo(f"configuration error: {exc}", err=True)
            sys.exit(2)
        except IEPTrailError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(2)


def configure_logging(level: str) -> None:
    logging.basicConfig(
        level=getattr(logging, level.upper(), logging.INFO),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    logging.getLogger("alembic").setLevel(logging.WARNING)  # "Context impl SQLiteImpl" on every start
