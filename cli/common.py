"""What every command shares: the application context, JSON output, day options, clear errors."""
from __future__ import annotations

import json
import sys
from datetime import date

import click
from ieptrail.cli.terminal import escape_for_json_terminal, sanitize_for_terminal
from ieptrail.config.log_setup import configure_logging
from ieptrail.errors import ConfigError, IEPTrailError
from ieptrail.trail.context import Context


class App(Context):
    """The context a command runs in (settings, database, tagger; each built when first used)."""


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


__all__ = ["App", "FriendlyGroup", "argument_text", "configure_logging", "emit_json", "parse_day", "pass_app", "say"]
