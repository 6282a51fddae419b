"""What every command shares: the application context, JSON output, day options, clear errors."""
from __future__ import annotations

import json
import sys
from datetime import date

import click
from ieptrail.config.log_setup import configure_logging
from ieptrail.errors import ConfigError, IEPTrailError
from ieptrail.trail.context import Context


class App(Context):
    """The context a command runs in (settings, database, tagger; each built when first used)."""


pass_app = click.make_pass_decorator(App, ensure=True)


def emit_json(value) -> None:
    click.echo(json.dumps(value, indent=2, ensure_ascii=False, default=str))


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


__all__ = ["App", "FriendlyGroup", "configure_logging", "emit_json", "parse_day", "pass_app"]
