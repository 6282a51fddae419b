"""`ieptrail`: the command line. Thin: each command reads settings, calls the library, prints.

Commands load when they run: `ieptrail --help` and a read-only command do not pay for the parts
they never use (spaCy, the PDF writer, the web server).
"""
from __future__ import annotations

import importlib
from typing import NamedTuple

import click

from ieptrail import __version__
from ieptrail.cli.common import App, FriendlyGroup, configure_logging, with_profile


class Entry(NamedTuple):
    module: str  # in ieptrail.cli
    attribute: str
    short_help: str  # what `ieptrail --help` shows (tests/cli/test_cli.py checks it is the command's own)
    demo: bool = True  # takes --demo and says when it shows the demo record


COMMANDS = {
    "auth": Entry("auth", "auth_group", "Sign the mailbox in with OAuth2 (Gmail, Outlook.com, Microsoft 365), see who is signed in, sign out."),
    "demo": Entry("demo", "demo_command", "Look around a sample family's record: their school mail imported, tagged and checked.", False),
    "digest": Entry("notify", "digest_command", "The weekly digest: overdue promises, what comes due, unanswered requests, missed services, new mail by topic and upcoming meetings."),
    "dismiss": Entry("promises", "dismiss_command", "Mark a promise as no longer applying (kept in the record as dismissed)."),
    "export": Entry("export", "export_command", "Write the paper trail for an advocate or a hearing officer: a numbered, dated, verifiable record."),
    "follow-up": Entry("promises", "follow_up_command", "Draft a polite follow-up citing the promise (date, sender, quote); print it and save it as a draft."),
    "import": Entry("records", "import_command", "Import .eml files, folders of them, Maildir folders and mbox files (e.g."),
    "init": Entry("init", "init_command", "Set up your own record: who you are, your children, your time zone and the trail mailbox.", False),
    "log-call": Entry("notify", "log_call_command", 'Record a phone call or meeting in the trail, and with --send email the "Per our conversation …, please let me know if I misunderstood" recap: the written record of a verbal agreement.'),
    "observe": Entry("services", "observe_command", 'Record an observation of your own, dated: what your child told you, what you saw ("Mateo said nobody read the math test to him today").'),
    "poll": Entry("status", "poll_command", "Poll the trail mailbox once now: what the worker does every IEPTRAIL_POLL_MINUTES."),
    "promises": Entry("promises", "promises_command", "Promises in the record: open, overdue (with the next step), fulfilled (and when), dismissed."),
    "quarantine": Entry("quarantine", "quarantine_group", "Review emails that were kept out of the record (unparseable, or from a sender not allowed)."),
    "reopen": Entry("promises", "reopen_command", "Undo a resolve or dismiss: the status is computed from the mail again."),
    "requests": Entry("promises", "requests_command", "Questions and asks that need an answer from the other side, and whether they got one."),
    "resolve": Entry("promises", "resolve_command", "Mark a promise fulfilled (or, with --request, a request answered) by hand."),
    "retag": Entry("services", "retag_command", "Run tagging again over every stored message (after the taxonomy or rules changed)."),
    "search": Entry("records", "search_command", 'Find messages: words and concepts ("extra time" finds extended time) plus filters.'),
    "serve": Entry("web", "serve_command", "Serve the local web page: search, topics, threads, promises, missed services."),
    "services": Entry("services", "services_command", "The ledger of the IEP not followed: per service, each missed session once (however often it was reported), whether and when it was made up, and what is still owed; accommodations not provided, by accommodation and day."),
    "show": Entry("records", "show_command", "Show a message (ID) or a whole thread (T<ID>), with raw headers and SHA-256."),
    "status": Entry("status", "status_command", "Is the worker running, when did it last poll, the last error, the record's size, the next runs."),
    "threads": Entry("records", "threads_command", "List conversation threads, most recent activity first."),
    "topics": Entry("services", "topics_command", "The topic ids search and --topic understand, with a few of the phrases each one matches."),
    "verify": Entry("export", "verify_command", "Check an evidence bundle: against itself, its signature, and the record it came from."),
    "worker": Entry("worker", "worker_command", 'Run the worker until Ctrl-C or SIGTERM: poll the trail mailbox every IEPTRAIL_POLL_MINUTES and send the weekly digest (README.md, "The worker").'),
}


class LazyGroup(FriendlyGroup):
    """A group whose commands are imported when one is run, not when the program starts."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._loaded: dict[str, click.Command] = {}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        entry = COMMANDS.get(name)
        if entry is None:
            return None
        if name not in self._loaded:
            command = getattr(importlib.import_module(f"ieptrail.cli.{entry.module}"), entry.attribute)
            self._loaded[name] = with_profile(command) if entry.demo else command
        return self._loaded[name]

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        width = formatter.width - 6 - max(len(name) for name in COMMANDS)
        rows = [(name, click.utils.make_default_short_help(entry.short_help, width)) for name, entry in sorted(COMMANDS.items())]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="ieptrail")
@click.option("-v", "--verbose", is_flag=True, help="Log what happens (to stderr).")
@click.pass_context
def main(ctx: click.Context, verbose: bool) -> None:
    """IEP Paper Trail: your school email as an evidence-grade, searchable record.

    New here? `ieptrail demo` shows a sample family's record; `ieptrail init` sets up your own.
    Settings come from the environment and a .env file (see README.md).
    """
    app = ctx.ensure_object(App)
    configure_logging("debug" if verbose else "warning")
    del app
