"""`ieptrail auth login | status | logout`: sign the mailbox in with OAuth2, see the sign-in, forget it."""
from __future__ import annotations

import sys
import webbrowser
from datetime import UTC, datetime

import click
from ieptrail.cli.common import App, command_line, emit_json, pass_app
from ieptrail.config import OAuthSettings, Settings, ensure_data_dir
from ieptrail.errors import ConfigError
from ieptrail.signin import (
    SIGN_IN_AGAIN,
    SignInRequired,
    StoredSignIn,
    TokenStore,
    tokens,
)
from ieptrail.signin.client import DeviceSignIn, browser_sign_in


def oauth_of(settings: Settings) -> OAuthSettings:
    if settings.oauth is None:
        raise ConfigError("neither IMAP nor SMTP signs in with OAuth2 here: set IEPTRAIL_MAIL_PROVIDER=gmail, outlook "
                          "or microsoft365, or IEPTRAIL_IMAP_AUTH=oauth2 (README.md, \"Mail providers\")")
    return settings.oauth


@click.group("auth")
def auth_group() -> None:
    """Sign the mailbox in with OAuth2 (Gmail, Outlook.com, Microsoft 365), see who is signed in, sign out."""


@auth_group.command("login")
@click.option("--device", "how", flag_value="device", help="Show a URL and a code to enter on any other device "
                                                           "(for a server without a browser).")
@click.option("--browser", "how", flag_value="browser", help="Sign in in a browser on this machine.")
@click.option("--port", type=click.IntRange(0, 65535), default=0,
              help="Port on 127.0.0.1 for the browser's answer (fixed, for an SSH tunnel); default: any free one.")
@click.option("--no-open", is_flag=True, help="Print the address only; do not start a browser.")
@pass_app
def login_command(app: App, how: str | None, port: int, no_open: bool) -> None:
    """Sign in: in a browser when one is at hand, else with a code on another device (your phone)."""
    oauth = oauth_of(app.settings)
    ensure_data_dir(app.settings)
    how = how or _default_way(oauth, no_open)
    if how == "device":
        device = DeviceSignIn.start(oauth)
        click.echo(f"To sign in {oauth.account} with {oauth.provider}: open {device.verification_uri} "
                   f"on any device and enter the code {device.user_code}")
        if device.verification_uri_complete:
            click.echo(f"(or open {device.verification_uri_complete}, which has the code in it)")
        click.echo("Waiting for you to finish there…")
        sys.stdout.flush()
        token = device.wait()
    else:
        def show(url: str) -> None:
            click.echo(f"To sign in {oauth.account} with {oauth.provider}, open this address in a browser:\n{url}")
            click.echo(f"On a server without a browser: `{command_line('auth', 'login', '--device')}`, or run this with --port N "
                       "and forward that port (ssh -L N:127.0.0.1:N) from the computer whose browser you use.")
            sys.stdout.flush()
            if not no_open:
                webbrowser.open(url)

        token = browser_sign_in(oauth, show, port=port)
    stored = tokens.signed_in(oauth, token)  # a missing scope raises here, after saving, and names the scope
    click.echo(f"Signed in: {stored.account} with {oauth.provider}; scopes granted: {' '.join(stored.granted_scopes)}")
    click.echo(f"The refresh token is kept in {oauth.token_file} (readable by you only). "
               "Restart a running worker to have it use the new sign-in.")


def _default_way(oauth: OAuthSettings, no_open: bool) -> str:
    if not oauth.device_url:
        return "browser"
    if not oauth.authorize_url or no_open:
        return "device"
    try:
        webbrowser.get()
        return "browser"
    except webbrowser.Error:  # no graphical browser here: a headless server
        return "device"


@auth_group.command("status")
@click.option("--json", "as_json", is_flag=True)
@pass_app
def status_command(app: App, as_json: bool) -> None:
    """Who is signed in, to what, with which scopes, and when the token was last refreshed. Exit 1 if
    the sign-in does not work."""
    oauth = oauth_of(app.settings)
    stored = _load(oauth)
    problem = sign_in_problem(oauth, stored)
    if as_json:
        emit_json(None if stored is None else {
            "provider": stored.provider, "account": stored.account, "client_id": stored.client_id,
            "scopes": stored.granted_scopes, "signed_in_at": stored.signed_in_at, "refreshed_at": stored.refreshed_at,
            "refreshes": stored.refreshes, "access_token_expires_at": _iso(stored.expires_at), "problem": problem,
            "token_file": str(oauth.token_file)})
    else:
        for line in status_lines(oauth, stored, problem):
            click.echo(line)
    if problem:
        sys.exit(1)


def _load(oauth: OAuthSettings) -> StoredSignIn | None:
    try:
        return TokenStore(oauth.token_file).load()
    except SignInRequired:
        return None


def sign_in_problem(oauth: OAuthSettings, stored: StoredSignIn | None) -> str | None:
    if stored is None:
        return f"not signed in; {SIGN_IN_AGAIN}"
    try:
        tokens.check_usable(oauth, stored)
    except SignInRequired as exc:
        return str(exc)
    return None


def status_lines(oauth: OAuthSettings, stored: StoredSignIn | None, problem: str | None) -> list[str]:
    if stored is None:
        return [f"Sign-in: {oauth.account} is not signed in with {oauth.provider}; {SIGN_IN_AGAIN}"]
    lines = [f"Sign-in: {stored.account} with {stored.provider} (OAuth client {stored.client_id})",
             f"Scopes granted: {' '.join(stored.granted_scopes) or 'none'}",
             f"Signed in {stored.signed_in_at}; last refreshed {stored.refreshed_at or 'never'} "
             f"({stored.refreshes} refresh(es)); access token good until {_iso(stored.expires_at)}",
             f"Token store: {oauth.token_file}"]
    if problem:
        lines.append(f"Problem: {problem}")
    return lines


def sign_in_summary(oauth: OAuthSettings) -> str:
    """One line for `ieptrail status`."""
    stored = _load(oauth)
    problem = sign_in_problem(oauth, stored)
    if problem:
        return f"Sign-in: not working: {problem}"
    return (f"Sign-in: {stored.account} with {stored.provider}, last refreshed {stored.refreshed_at or 'never'} "
            f"({command_line('auth', 'status')})")


def _iso(epoch: float) -> str | None:
    return datetime.fromtimestamp(epoch, UTC).isoformat(timespec="seconds") if epoch else None


@auth_group.command("logout")
@pass_app
def logout_command(app: App) -> None:
    """Forget the sign-in: revoke it at the provider where it offers that, and delete the token store."""
    oauth = oauth_of(app.settings)
    existed, revoked = tokens.forget(oauth)
    if not existed:
        click.echo("Not signed in: nothing to forget.")
        return
    click.echo(f"Signed out: the token store {oauth.token_file} is deleted.")
    if revoked:
        click.echo(f"{oauth.provider} was asked to revoke the access and confirmed.")
    else:
        click.echo(f"{oauth.provider} offers no way for a program to revoke its access: remove IEP Paper Trail from "
                   "your account's list of apps with access (README.md, \"Mail providers\") to revoke it there too.")
