"""`ieptrail serve`: the local web page, in the foreground."""
from __future__ import annotations

import click
from ieptrail.cli.common import App, pass_app


@click.command("serve")
@click.option("--host", help="Address to listen on (default IEPTRAIL_WEB_HOST, 127.0.0.1). "
                             "Anything but loopback needs IEPTRAIL_WEB_SECRET.")
@click.option("--port", type=click.IntRange(0, 65535), help="Port (default IEPTRAIL_WEB_PORT, 8765).")
@pass_app
def serve_command(app: App, host: str | None, port: int | None) -> None:
    """Serve the local web page: search, topics, threads, promises, missed services. Ctrl-C stops it."""
    from ieptrail.web.serve import WebPage

    page = WebPage(app.settings, app.db, host=host, port=port)
    click.echo(f"IEP Paper Trail on {page.address} ({page.protection}); Ctrl-C stops it", err=True)
    page.run()
