"""`ieptrail init`: set up your own record. It asks who you are, whom the trail is about, your time
zone and the trail mailbox (provider, IMAP and SMTP or OAuth2), tries the mailbox and the mail
server, and writes the settings file (`.env`, readable by you only). Secrets are typed without
echo, or read from a file with `--non-interactive`; they are never printed.
"""
from __future__ import annotations

import os
import shlex
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import click

from ieptrail.cli.common import command_line
from ieptrail.config.env import Env, settings_file
from ieptrail.config.env_file import settings_of, write_env_file
from ieptrail.config.profile import OWN, switch_profile
from ieptrail.config.providers import PRESETS
from ieptrail.config.settings import Settings, local_zone_name
from ieptrail.errors import ConfigError, IEPTrailError
from ieptrail.ingest.imap import ImapMailbox, account_name
from ieptrail.notify.smtp import check_sign_in
from ieptrail.trail.wording import counted

TLS_CHOICES = ("ssl", "starttls", "none")
IMAP_PORTS = {"ssl": 993, "starttls": 143, "none": 143}
SMTP_PORTS = {"ssl": 465, "starttls": 587, "none": 25}


@dataclass
class Answers:
    """The settings to write, in the file's sections."""
    family: dict[str, str] = field(default_factory=dict)
    mailbox: dict[str, str] = field(default_factory=dict)
    sending: dict[str, str] = field(default_factory=dict)
    sign_in: dict[str, str] = field(default_factory=dict)

    def values(self) -> dict[str, str]:
        return {**self.family, **self.mailbox, **self.sending, **self.sign_in}

    def sections(self) -> list[tuple[str, dict[str, str]]]:
        return [("Who you are and whom the trail is about", self.family),
                ("The trail mailbox (IMAP): school mail forwarded there becomes the record", self.mailbox),
                ("Sending the digest and follow-ups (SMTP); without it they are written to files", self.sending),
                (f"Signing in with OAuth2: run `{command_line('auth', 'login')}` once", self.sign_in)]


def _emails(value: str) -> str:
    try:
        return ",".join(Env({"addresses": value}).emails("addresses"))
    except ConfigError as exc:
        raise click.BadParameter(str(exc).replace("addresses holds", "that holds")) from None


def _zone(value: str) -> str:
    try:
        Env({"zone": value}).zone("zone", "UTC")
    except ConfigError:
        raise click.BadParameter(f"{value!r} is not a time zone; use a name like America/Chicago") from None
    return value


def _names(value: str) -> str:
    return ",".join(part.strip() for part in value.split(",") if part.strip())


def _secret_from(handle) -> str:
    """The first line of a file (or of stdin for `-`): how a secret reaches `--non-interactive`."""
    text = handle.read()
    return text.splitlines()[0] if text else ""


class Asker:
    """Asks in a terminal, or takes the option's value (`--non-interactive`), the same way for each setting."""

    def __init__(self, interactive: bool):
        self.interactive = interactive

    def text(self, prompt: str, given: str | None, default: str | None = None, required: bool = False,
             check: Callable[[str], str] | None = None, name: str = "") -> str:
        if given is not None or not self.interactive:
            value = given if given is not None else default or ""
            if required and not value:
                raise click.UsageError(f"--non-interactive needs {name}")
            return check(value) if check and value else value
        while True:
            value = click.prompt(prompt, default=default or ("" if not required else None), show_default=bool(default),
                                 type=str).strip()
            if not value and not required:
                return ""
            try:
                return check(value) if check else value
            except click.BadParameter as exc:
                click.echo(f"  {exc.message}", err=True)

    def choice(self, prompt: str, given: str | None, choices: tuple[str, ...], default: str) -> str:
        if given is not None or not self.interactive:
            return given or default
        return click.prompt(prompt, type=click.Choice(choices), default=default, show_choices=True)

    def secret(self, prompt: str, given_file, required: bool = True) -> str:
        if given_file is not None:
            return _secret_from(given_file)
        if not self.interactive:
            return ""
        value = click.prompt(prompt, hide_input=True, default="" if not required else None,
                             show_default=False, type=str)
        return value


@click.command("init")
@click.option("--non-interactive", is_flag=True, help="Ask nothing: take every answer from the options below.")
@click.option("--env-file", type=click.Path(dir_okay=False, path_type=Path),
              help="The settings file to write (default: .env in this folder, or IEPTRAIL_ENV_FILE).")
@click.option("--force", is_flag=True, help="Replace a settings file that is already there.")
@click.option("--email", "emails", multiple=True, help="Your own address; repeat for each one you forward from.")
@click.option("--student", "students", multiple=True,
              help="A child's full name; 'Matthew Ortiz (Matty)' adds a nickname. Repeat for each child.")
@click.option("--timezone", help="Your IANA time zone, e.g. America/Chicago (default: this machine's).")
@click.option("--provider", type=click.Choice(list(PRESETS)), help="The trail mailbox's provider (default: custom).")
@click.option("--trail-address", help="The dedicated address school mail is forwarded to.")
@click.option("--allow", "allowed", multiple=True,
              help="A school's domain (or an address) whose mail sent straight to the trail is kept. Repeat.")
@click.option("--imap-host", help="custom: the IMAP server of the trail mailbox.")
@click.option("--imap-port", type=click.IntRange(1, 65535), help="custom: its port (default from --imap-tls).")
@click.option("--imap-tls", type=click.Choice(TLS_CHOICES), help="custom: ssl (default), starttls, or none (loopback only).")
@click.option("--imap-user", help="The mailbox's user name (default: the trail address).")
@click.option("--imap-password-file", type=click.File("r", encoding="utf-8"),
              help="A file whose first line is the mailbox's password or app password (- reads stdin).")
@click.option("--imap-cafile", type=click.Path(exists=True, dir_okay=False), help="A CA bundle for a self-signed server.")
@click.option("--smtp-host", help="custom: the SMTP server to send through (none: mail is written to files).")
@click.option("--smtp-port", type=click.IntRange(1, 65535), help="custom: its port (default from --smtp-tls).")
@click.option("--smtp-tls", type=click.Choice(TLS_CHOICES), help="custom: starttls (default), ssl, or none (loopback only).")
@click.option("--smtp-user", help="custom: the SMTP user name (default: the IMAP user).")
@click.option("--smtp-password-file", type=click.File("r", encoding="utf-8"),
              help="A file whose first line is the SMTP password (default: the IMAP password).")
@click.option("--smtp-cafile", type=click.Path(exists=True, dir_okay=False), help="A CA bundle for a self-signed server.")
@click.option("--oauth-client-id", help="gmail, outlook, microsoft365: the id of the OAuth client you registered.")
@click.option("--oauth-client-secret-file", type=click.File("r", encoding="utf-8"),
              help="gmail: a file holding the client secret of your Desktop app client.")
@click.option("--oauth-tenant", help="microsoft365: your tenant's ID or domain (default: organizations).")
@click.option("--no-check", is_flag=True, help="Write the settings without trying the mailbox and the mail server.")
def init_command(non_interactive: bool, env_file: Path | None, force: bool, **given) -> None:
    """Set up your own record: who you are, your children, your time zone and the trail mailbox.

    It tries the mailbox (IMAP) and the mail server (SMTP) with what you typed, then writes the
    settings file readable by you only. Passwords are typed without echo (or, with
    --non-interactive, read from files); they are never printed.
    """
    ask = Asker(interactive=not non_interactive)
    target = env_file or settings_file()
    if target.exists() and not force:
        if non_interactive:
            raise click.UsageError(f"{target} is already there; --force replaces it")
        if not click.confirm(f"{target} is already there. Replace it?", default=False):
            raise click.Abort()
    if ask.interactive:
        click.echo("Setting up IEP Paper Trail. Press Enter to take the [default]; every answer can be changed "
                   f"later in {target}.\n")
    answers = Answers()
    _family(ask, answers, given)
    provider = _mailbox(ask, answers, given)
    _sending(ask, answers, given, provider)
    try:
        settings = settings_of(answers.values())
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from None
    if not given["no_check"]:
        _check_or_stop(ask, settings)
    write_env_file(target, answers.sections(),
                   "IEP Paper Trail settings, written by `ieptrail init`. Every setting: README.md, \"Configuration\".\n"
                   "Values are read literally. Keep this file private: it holds the mailbox's password.")
    click.echo(f"\nWrote {target} (readable by you only).")
    if switch_profile(settings.data_dir, OWN):
        click.echo("The demo is off: every command shows your own record now.")
    _next_steps(settings, target)


def _family(ask: Asker, answers: Answers, given: dict) -> None:
    answers.family["IEPTRAIL_USER_EMAILS"] = ask.text(
        "Your email address(es), comma-separated (the ones you forward school mail from)",
        ",".join(given["emails"]) or None, required=True, check=_emails, name="--email")
    answers.family["IEPTRAIL_STUDENTS"] = ask.text(
        "Your children's full names, comma-separated (a nickname in parentheses: Matthew Ortiz (Matty))",
        ",".join(given["students"]) or None, check=_names)
    answers.family["IEPTRAIL_TIMEZONE"] = ask.text("Your time zone", given["timezone"], default=local_zone_name(),
                                                   check=_zone)
    answers.family["IEPTRAIL_TRAIL_ADDRESS"] = ask.text(
        "The trail address (the mailbox you forward school mail to; empty if you only import files)",
        given["trail_address"], check=_emails)
    answers.family["IEPTRAIL_ALLOWED_SENDERS"] = ask.text(
        "Your school's email domain(s), comma-separated (their mail sent straight to the trail is kept; "
        "other senders wait in quarantine)", ",".join(given["allowed"]) or None, check=_names)
    for name in ("IEPTRAIL_STUDENTS", "IEPTRAIL_TRAIL_ADDRESS", "IEPTRAIL_ALLOWED_SENDERS"):
        if not answers.family[name]:
            del answers.family[name]


def _mailbox(ask: Asker, answers: Answers, given: dict) -> str:
    trail = answers.family.get("IEPTRAIL_TRAIL_ADDRESS")
    if ask.interactive:
        click.echo("\nThe trail mailbox: gmail, outlook (Outlook.com, Hotmail, Live), microsoft365 (school or work), "
                   "yahoo, icloud, fastmail, or custom (any IMAP server).")
    provider = ask.choice("Mail provider", given["provider"], tuple(PRESETS), "custom")
    preset = PRESETS[provider]
    box = answers.mailbox
    if provider != "custom":
        box["IEPTRAIL_MAIL_PROVIDER"] = provider
    if preset.imap is None:  # custom: the server is yours to name
        host = ask.text("IMAP server (empty: no mailbox; you will import mail from files)", given["imap_host"])
        if not host:
            return provider
        tls = ask.choice("IMAP security", given["imap_tls"], TLS_CHOICES, "ssl")
        port = ask.text("IMAP port", str(given["imap_port"]) if given["imap_port"] else None,
                        default=str(IMAP_PORTS[tls]))
        box.update(IEPTRAIL_IMAP_HOST=host, IEPTRAIL_IMAP_TLS=tls, IEPTRAIL_IMAP_PORT=port)
        cafile = ask.text("A CA file for a self-signed certificate (empty: the system's)", given["imap_cafile"]) \
            if tls != "none" else None
        if cafile:
            box["IEPTRAIL_IMAP_CAFILE"] = os.path.abspath(cafile)
    box["IEPTRAIL_IMAP_USER"] = ask.text(f"Mailbox user ({preset.imap_user_hint})", given["imap_user"], default=trail,
                                         required=True, name="--imap-user")
    if preset.auth == "oauth2":
        _oauth(ask, answers, given, provider)
    else:
        password = ask.secret(f"Password{' (an app password)' if provider != 'custom' else ''} for "
                              f"{box['IEPTRAIL_IMAP_USER']} (not shown)", given["imap_password_file"])
        if password:
            box["IEPTRAIL_IMAP_PASSWORD"] = password
    return provider


def _oauth(ask: Asker, answers: Answers, given: dict, provider: str) -> None:
    if ask.interactive:
        click.echo(f"{provider} signs in with OAuth2 through a client you register yourself (README.md, "
                   "\"Mail providers\", says how; about 10 minutes).")
    sign_in = answers.sign_in
    sign_in["IEPTRAIL_OAUTH_CLIENT_ID"] = ask.text("OAuth client ID", given["oauth_client_id"], required=True,
                                                   name="--oauth-client-id")
    if provider == "gmail":
        secret = ask.secret("OAuth client secret (not shown)", given["oauth_client_secret_file"])
        if secret:
            sign_in["IEPTRAIL_OAUTH_CLIENT_SECRET"] = secret
    if provider == "microsoft365":
        tenant = ask.text("Your tenant's ID or domain", given["oauth_tenant"], default="organizations")
        if tenant and tenant != "organizations":
            sign_in["IEPTRAIL_OAUTH_TENANT"] = tenant


def _sending(ask: Asker, answers: Answers, given: dict, provider: str) -> None:
    if PRESETS[provider].smtp is not None:
        return  # the provider's server, with the mailbox's own sign-in
    box, sending = answers.mailbox, answers.sending
    if ask.interactive:
        click.echo("\nSending: the weekly digest and your follow-ups go out over SMTP.")
    host = ask.text("SMTP server (empty: write outgoing mail to files instead)", given["smtp_host"])
    if not host:
        return
    tls = ask.choice("SMTP security", given["smtp_tls"], TLS_CHOICES, "starttls")
    port = ask.text("SMTP port", str(given["smtp_port"]) if given["smtp_port"] else None, default=str(SMTP_PORTS[tls]))
    sending.update(IEPTRAIL_SMTP_HOST=host, IEPTRAIL_SMTP_TLS=tls, IEPTRAIL_SMTP_PORT=port)
    if tls != "none":
        cafile = ask.text("A CA file for a self-signed certificate (empty: the system's)", given["smtp_cafile"])
        if cafile:
            sending["IEPTRAIL_SMTP_CAFILE"] = os.path.abspath(cafile)
    user = ask.text("SMTP user (empty: no sign-in)", given["smtp_user"], default=box.get("IEPTRAIL_IMAP_USER"))
    if not user:
        return
    sending["IEPTRAIL_SMTP_USER"] = user
    password = ask.secret("SMTP password (not shown; empty: the mailbox's password)", given["smtp_password_file"],
                          required=False)
    password = password or box.get("IEPTRAIL_IMAP_PASSWORD", "")
    if password:
        sending["IEPTRAIL_SMTP_PASSWORD"] = password


def check_mail(settings: Settings) -> list[tuple[bool | None, str]]:
    """Try the mailbox and the mail server as the worker will: (worked, what happened) for each."""
    results: list[tuple[bool | None, str]] = []
    imap, smtp = settings.imap, settings.smtp
    if imap.configured and imap.auth == "oauth2":
        results.append((None, f"IMAP {account_name(imap)}: not tried yet: it needs the OAuth2 sign-in first"))
    elif imap.configured:
        try:
            mailbox = ImapMailbox.connect(imap)
            try:
                status = mailbox.select(imap.folder)
            finally:
                mailbox.close()
            results.append((True, f"IMAP {account_name(imap)}: signed in; {imap.folder} holds "
                                  f"{counted(status.exists, 'message')}"))
        except IEPTrailError as exc:
            results.append((False, f"IMAP: {str(exc).split('; polling stays stopped')[0]}"))
    if smtp.configured and smtp.auth == "oauth2":
        results.append((None, f"SMTP {smtp.host}:{smtp.port}: not tried yet: it needs the OAuth2 sign-in first"))
    elif smtp.configured:
        try:
            results.append((True, check_sign_in(smtp)))
        except IEPTrailError as exc:
            results.append((False, f"SMTP: {exc}"))
    return results


def _check_or_stop(ask: Asker, settings: Settings) -> None:
    results = check_mail(settings)
    if results:
        click.echo("\nTrying the mail servers:")
    for worked, text in results:
        click.echo(f"  {'ok' if worked else 'FAILED' if worked is False else 'later'}  {text}")
    if all(worked is not False for worked, _ in results):
        return
    if not ask.interactive:
        click.echo("Nothing was written. Fix the settings above, or write them untried with --no-check.", err=True)
        raise SystemExit(1)
    if not click.confirm("Write the settings anyway?", default=False):
        click.echo("Nothing was written.", err=True)
        raise SystemExit(1)


def _next_steps(settings: Settings, target: Path) -> None:
    lines = ["Next:"]
    if settings.oauth is not None:
        lines.append(f"  Sign the mailbox in:          {command_line('auth', 'login')}")
    if settings.imap.configured:
        lines.append(f"  Fetch the trail mailbox now:  {command_line('poll')}")
        lines.append(f"  Keep fetching (the worker):   {command_line('worker')}")
    lines.append(f"  Import mail you already have: {command_line('import', 'PATH')}   (.eml, folders, Maildir, mbox)")
    lines.append(f"  See the record:               {command_line('serve')}")
    export = f"export IEPTRAIL_ENV_FILE={shlex.quote(str(target.resolve()))}"
    if target.resolve().parent == Path.cwd().resolve() and target.name == ".env":
        lines.append(f"Commands read .env from the folder they run in ({target.resolve().parent}); "
                     f"to run them from anywhere: {export}")
    else:
        lines.append(f"Commands read {target} once IEPTRAIL_ENV_FILE names it: {export}")
    click.echo("\n".join(lines))
