"""What every command shares: the application context, JSON output, day options, clear errors."""
from __future__ import annotations

import functools
import json
import os
import shlex
import shutil
import sys
from datetime import date
from pathlib import Path

import click
from ieptrail.cli.terminal import escape_for_json_terminal, sanitize_for_terminal
from ieptrail.config import Settings
from ieptrail.config.log_setup import configure_logging
from ieptrail.config.profile import DEMO, sample_family
from ieptrail.errors import ConfigError, IEPTrailError, NotSetUp
from ieptrail.trail.context import Context
from ieptrail.trail.wording import day_long


class App(Context):
    """The context a command runs in (settings, database, tagger; each built when first used)."""


pass_app = click.make_pass_decorator(App, ensure=True)


def program() -> str:
    """How to type this command, as a hint the user can paste: `ieptrail` when that name on PATH is
    this very program, else its absolute path (e.g. .venv/bin/ieptrail, which is not on PATH)."""
    running = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if running is None or running.name != "ieptrail":  # not the console script (a test runner, python -m)
        beside = Path(sys.executable).parent / "ieptrail"
        running = beside if beside.exists() else None
    if running is None:
        return f"{shlex.quote(sys.executable)} -m ieptrail"
    found = shutil.which("ieptrail")
    if found and os.path.realpath(found) == os.path.realpath(running):
        return "ieptrail"
    return shlex.quote(os.path.abspath(running))


def command_line(*words: str) -> str:
    """A command to paste: this program and its arguments, quoted for a POSIX shell."""
    return " ".join([program(), *(shlex.quote(word) for word in words)])


def demo_banner(settings: Settings) -> str:
    family = sample_family()
    when = day_long(settings.today) if settings.today else "today"
    return (f"Showing the demo record: the sample family ({', '.join(family.students)}), as of {when}. "
            f"Back to your own record: {command_line('demo', '--off')}")


def _use_demo_once(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value:
        ctx.ensure_object(App).profile_choice = DEMO


def announce_profile() -> None:
    """One line on stderr while the demo is the record shown, so nobody takes it for their own."""
    app = click.get_current_context().find_object(App)
    if app is None:
        return
    try:
        settings = app.settings
    except ConfigError:  # the command itself will say what is wrong, if it needs settings at all
        return
    if settings.profile == DEMO:
        click.echo(demo_banner(settings), err=True)


def with_profile(command: click.Command) -> click.Command:
    """Give a command (each command of a group) `--demo`, and the demo banner while the demo is shown."""
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            with_profile(sub)
        return command
    command.params.append(click.Option(
        ["--demo"], is_flag=True, expose_value=False, is_eager=True, callback=_use_demo_once,
        help="Use the demo record (the bundled sample family) for this command only."))
    inner = command.callback
    if inner is None:
        return command

    @functools.wraps(inner)
    def run(*args, **kwargs):
        announce_profile()
        return inner(*args, **kwargs)

    command.callback = run
    return command


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
        except NotSetUp as exc:
            click.echo(f"{exc}. Set up your own record: {command_line('init')}   "
                       f"or look around the sample family's first: {command_line('demo')}", err=True)
            sys.exit(2)
        except ConfigError as exc:
            click.echo(f"configuration error: {exc}", err=True)
            sys.exit(2)
        except IEPTrailError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(2)


__all__ = ["App", "FriendlyGroup", "argument_text", "command_line", "configure_logging", "emit_json", "parse_day",
           "pass_app", "program", "say", "with_profile"]
