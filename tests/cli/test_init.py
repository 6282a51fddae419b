"""`ieptrail init` against a real Dovecot (IMAP over TLS with its own certificate) and a real aiosmtpd
(STARTTLS with a login): the .env it writes works for `ieptrail poll`, is readable by its owner only,
and never shows a password; the interactive form is typed through a pseudo-terminal, as a person would."""
from __future__ import annotations

import os
import pty
import re
import select
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import SAMPLE
from dotenv import dotenv_values
from ieptrail.config import load_settings
from ieptrail.config.env_file import env_line, write_env_file
from imap_trail import dovecot  # noqa: F401
from smtp_server import PASSWORD, USER, smtp_certificate, smtp_starttls  # noqa: F401

IEPTRAIL = str(Path(sys.executable).parent / "ieptrail")


def run(args: list[str], home: Path, cwd: Path, stdin: str | None = None, **extra_env) -> subprocess.CompletedProcess:
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", ""), **extra_env}
    return subprocess.run([IEPTRAIL, *args], env=env, cwd=cwd, input=stdin, capture_output=True, text=True, timeout=300)


@pytest.fixture
def home(tmp_path):
    (tmp_path / "home").mkdir()
    (tmp_path / "work").mkdir()
    return tmp_path


def test_non_interactive_init_writes_a_private_env_that_polls_the_mailbox(home, dovecot, smtp_starttls):
    user = dovecot.fresh_user()
    password_file = home / "imap-password"
    password_file.write_text(dovecot.users[user] + "\n")
    smtp_password = home / "smtp-password"
    smtp_password.write_text(PASSWORD + "\n")
    with dovecot.client(user) as client:
        client.append("INBOX", (SAMPLE / "mailbox" / "0002.eml").read_bytes())
    result = run(["init", "--non-interactive", "--email", "Rosa.Delgado@gmail.com", "--student", "Mateo Delgado",
                  "--timezone", "America/Chicago", "--trail-address", "delgado.paper.trail@gmail.com",
                  "--allow", "shoalcreekisd.org",
                  "--imap-host", "127.0.0.1", "--imap-tls", "ssl", "--imap-port", str(dovecot.ssl_port),
                  "--imap-cafile", dovecot.cafile, "--imap-user", user, "--imap-password-file", str(password_file),
                  "--smtp-host", "127.0.0.1", "--smtp-port", str(smtp_starttls.port), "--smtp-tls", "starttls",
                  "--smtp-cafile", str(smtp_starttls.cert), "--smtp-user", USER,
                  "--smtp-password-file", str(smtp_password)],
                 home / "home", home / "work")
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"ok  IMAP {user}@127.0.0.1: signed in; INBOX holds 1 message" in result.stdout
    assert f"ok  SMTP 127.0.0.1:{smtp_starttls.port}: signed in as {USER}" in result.stdout
    written = home / "work" / ".env"
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    for secret in (dovecot.users[user], PASSWORD):
        assert secret not in result.stdout + result.stderr
    values = dotenv_values(written, interpolate=False)
    assert values["IEPTRAIL_USER_EMAILS"] == "rosa.delgado@gmail.com"
    assert values["IEPTRAIL_IMAP_PASSWORD"] == dovecot.users[user] and values["IEPTRAIL_SMTP_PASSWORD"] == PASSWORD
    assert "ieptrail poll" in result.stdout and "ieptrail worker" in result.stdout

    # the file is all a command needs: the first poll stores the message
    polled = run(["poll"], home / "home", home / "work", IEPTRAIL_DKIM_CHECK="false")
    assert polled.returncode == 0, polled.stderr
    assert polled.stdout.startswith("1 new"), polled.stdout
    shown = run(["search", "--json"], home / "home", home / "work")
    assert '"Mateo Delgado"' in shown.stdout
    worker = run(["worker", "--once"], home / "home", home / "work", IEPTRAIL_DKIM_CHECK="false")
    assert worker.returncode == 0 and "0 new" in worker.stderr, worker.stderr  # the worker reads the same file

    # a second init does not overwrite without --force
    again = run(["init", "--non-interactive", "--email", "someone@example.org", "--no-check"], home / "home",
                home / "work")
    assert again.returncode == 2 and "--force" in again.stderr


def test_a_wrong_password_is_named_and_nothing_is_written(home, dovecot):
    user = dovecot.fresh_user()
    result = run(["init", "--non-interactive", "--email", "parent@example.org", "--imap-host", "127.0.0.1",
                  "--imap-tls", "none", "--imap-port", str(dovecot.port), "--imap-user", user,
                  "--imap-password-file", "-"], home / "home", home / "work", stdin="not-the-password\n")
    assert result.returncode == 1
    assert "FAILED  IMAP: IMAP login failed for" in result.stdout and "Nothing was written" in result.stderr
    assert "not-the-password" not in result.stdout + result.stderr
    assert not (home / "work" / ".env").exists()


def _type_through_a_terminal(args: list[str], answers: list[tuple[str, str]], env: dict, cwd: Path,
                             timeout: float = 120) -> tuple[int, str]:
    """Run the command on a pseudo-terminal; when the screen shows each prompt, type its answer."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: the command, on the terminal
        os.chdir(cwd)
        os.execve(IEPTRAIL, [IEPTRAIL, *args], env)
    screen = b""
    deadline = time.monotonic() + timeout
    pending = list(answers)
    since = 0  # only what the command wrote after the last answer can be the next prompt
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.5)
            if ready:
                try:
                    chunk = os.read(fd, 4096)
                except OSError:  # the command ended: the terminal is gone
                    break
                if not chunk:
                    break
                screen += chunk
            fresh = screen[since:].decode("utf-8", "replace")
            if pending and re.search(pending[0][0], fresh.rsplit("\n", 1)[-1]):
                os.write(fd, pending.pop(0)[1].encode() + b"\r")
                since = len(screen)
        _, status = os.waitpid(pid, 0)
    finally:
        os.close(fd)
    assert not pending, f"never asked {pending[0][0]!r}; the screen:\n{screen.decode('utf-8', 'replace')}"
    return os.waitstatus_to_exitcode(status), screen.decode("utf-8", "replace").replace("\r\n", "\n")


def test_the_interactive_init_asks_in_a_terminal_and_hides_the_password(home, dovecot):
    user = dovecot.fresh_user()
    secret = dovecot.users[user]
    env = {"HOME": str(home / "home"), "PATH": os.environ.get("PATH", ""), "TERM": "dumb"}
    code, screen = _type_through_a_terminal(["init"], [
        (r"Your email address", "rosa.delgado@gmail.com, rosa@work.example.org"),
        (r"children's full names", "Mateo Delgado, Lucia Delgado (Lucy)"),
        (r"Your time zone", "Mars/Olympus"),  # refused, asked again
        (r"Your time zone", "America/Chicago"),
        (r"trail address", "delgado.paper.trail@gmail.com"),
        (r"school's email domain", "shoalcreekisd.org"),
        (r"Mail provider", "custom"),
        (r"IMAP server", "127.0.0.1"),
        (r"IMAP security", "none"),
        (r"IMAP port", str(dovecot.port)),
        (r"Mailbox user", user),
        (r"Password for", secret),
        (r"SMTP server", ""),
    ], env, home / "work")
    assert code == 0, screen
    assert "is not a time zone" in screen
    assert secret not in screen  # typed without echo, and never printed back
    assert f"ok  IMAP {user}@127.0.0.1: signed in" in screen
    values = dotenv_values(home / "work" / ".env", interpolate=False)
    assert values["IEPTRAIL_USER_EMAILS"] == "rosa.delgado@gmail.com,rosa@work.example.org"
    assert values["IEPTRAIL_STUDENTS"] == "Mateo Delgado,Lucia Delgado (Lucy)"
    assert values["IEPTRAIL_IMAP_PASSWORD"] == secret and "IEPTRAIL_SMTP_HOST" not in values
    assert stat.S_IMODE((home / "work" / ".env").stat().st_mode) == 0o600


@pytest.mark.parametrize("value", ["plain", "it's", "back\\slash\\", "${HOME}x$y", "#not a comment", " spaced ",
                                   "quote\"d", "é ü 漢字"])
def test_every_value_is_read_back_exactly_as_written(tmp_path, value):
    path = write_env_file(tmp_path / ".env", [("section", {"IEPTRAIL_IMAP_PASSWORD": value})], "header")
    assert load_settings({"HOME": str(tmp_path)}, env_file=path).imap.password == value
    assert env_line("X", value).startswith("X='")


def test_commands_before_any_set_up_point_to_init_and_create_nothing(home):
    result = run(["search", "extra time"], home / "home", home / "work")
    assert result.returncode == 2
    assert "nothing is set up yet" in result.stderr and "ieptrail init" in result.stderr
    assert "ieptrail demo" in result.stderr
    assert not (home / "home" / ".local" / "share" / "ieptrail" / "ieptrail.db").exists()
