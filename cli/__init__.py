"""`ieptrail`: the command line. Thin: each command reads settings, calls the library, prints."""
from __future__ import annotations

import click
from ieptrail import __version__
from ieptrail.cli.auth import auth_group
from ieptrail.cli.common import App, FriendlyGroup, configure_logging, with_profile
from ieptrail.cli.demo import demo_command
from ieptrail.cli.export import export_command, verify_command
from ieptrail.cli.init import init_command
from ieptrail.cli.notify import digest_command, log_call_command
from ieptrail.cli.promises import (
    dismiss_command,
    follow_up_command,
    promises_command,
    reopen_command,
    requests_command,
    resolve_command,
)
from ieptrail.cli.quarantine import quarantine_group
from ieptrail.cli.records import (
    import_command,
    search_command,
    show_command,
    threads_command,
)
from ieptrail.cli.services import observe_command, retag_command, services_command, topics_command
from ieptrail.cli.status import poll_command, status_command
from ieptrail.cli.web import serve_command
from ieptrail.cli.worker import worker_command


@click.group(cls=FriendlyGroup, context_settings={"help_option_names": ["-h", "--help"]})
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


# Every command but `demo` and `init` takes --demo and says when it shows the demo record.
for command in (
    import_command, search_command, threads_command, show_command, topics_command, promises_command,
    requests_command, services_command, retag_command, quarantine_group, resolve_command,
    dismiss_command, reopen_command, follow_up_command, poll_command, status_command, serve_command,
    digest_command, log_call_command, observe_command, export_command, verify_command, auth_group, worker_command,
):
    main.add_command(with_profile(command))
main.add_command(demo_command)
main.add_command(init_command)
