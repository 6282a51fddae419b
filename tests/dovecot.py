"""A throwaway Dovecot IMAP server on loopback, for the tests and the bench scripts.

Own config, passwd-file users and Maildirs in a temp dir; nothing under /etc/dovecot is read
or touched. Recipe and gotchas: /work/shared/notes/test-servers.md, section 1.
"""
from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from imapclient import IMAPClient

CONFIG = """\
instance_name = dovecot-test-{port}
base_dir = {dir}/run
state_dir = {dir}/state
protocols = imap
listen = 127.0.0.1
log_path = {dir}/dovecot.log
info_log_path = {dir}/dovecot.log
auth_verbose = yes
auth_failure_delay = 0
default_internal_user = {internal_user}
default_internal_group = {internal_group}
default_login_user = {login_user}
first_valid_uid = 0
first_valid_gid = 0
disable_plaintext_auth = no
auth_mechanisms = plain login{oauth2_mechanisms}
ssl = yes
ssl_cert = <{dir}/cert.pem
ssl_key = <{dir}/key.pem
passdb {{
  driver = passwd-file
  mechanisms = plain login
  args = scheme=PLAIN username_format=%u {dir}/users
}}
{oauth2_passdb}userdb {{
  driver = static
  args = uid={mail_user} gid={mail_group} home={dir}/mail/%u
}}
mail_location = maildir:~/Maildir
mail_fsync = never
service imap-login {{
{chroot}  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {ssl_port}
    ssl = yes
  }}
}}
{anvil}"""

# Bearer tokens (SASL XOAUTH2 and OAUTHBEARER) are checked by asking the authorization server's
# introspection endpoint (RFC 7662) what the token is worth: active, whose, which scopes.
OAUTH2_PASSDB = """passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {dir}/oauth2.conf
}}
"""
OAUTH2_CONFIG = """introspection_mode = post
introspection_url = {introspection_url}
username_attribute = sub
active_attribute = active
active_value = true
scope = imap
"""

_LOGOUT = re.compile(r"imap\((?P<user>[^)]+)\).*?(?:Logged out|Disconnected)[^\n]*?\bin=(?P<in>\d+) out=(?P<out>\d+)"
                     r"[^\n]*?body_count=(?P<body_count>\d+) body_bytes=(?P<body_bytes>\d+)")


class DovecotUnavailable(RuntimeError):
    """`dovecot` is not installed (Debian: dovecot-imapd) or would not start."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ThrowawayDovecot:
    host = "127.0.0.1"

    def __init__(self, users: dict[str, str] | None = None, introspection_url: str | None = None):
        """`introspection_url` (with the mail servers' client credentials in it) turns on sign-in with
        OAuth2 bearer tokens beside the passwords."""
        if shutil.which("dovecot") is None:
            raise DovecotUnavailable("dovecot is not installed (Debian package dovecot-imapd; ./scripts/test "
                                     "installs it when run as root)")
        self.users = users or {"alice": "alicepw", **{f"user{n}": f"user{n}-pw" for n in range(1, 60)}}
        self._handed_out = {"alice"}
        # Not pytest's tmp_path: /tmp/pytest-of-root is 0700 and the mail user `nobody` must traverse it.
        self.dir = Path(tempfile.mkdtemp(prefix="dovecot-test-"))
        os.chmod(self.dir, 0o755)
        for sub in ("run", "state", "mail"):
            (self.dir / sub).mkdir()
        self.port, self.ssl_port = free_port(), free_port()
        self.cafile = str(self.dir / "cert.pem")
        self.log = self.dir / "dovecot.log"
        self.proc: subprocess.Popen | None = None
        self.introspection_url = introspection_url
        self._write_config()

    def _write_config(self) -> None:
        if os.geteuid() == 0:
            shutil.chown(self.dir / "mail", "nobody", "nogroup")
            names = dict(internal_user="root", internal_group="root", login_user="nobody",
                         mail_user="nobody", mail_group="nogroup", chroot="", anvil="")
        else:
            import grp
            import pwd

            me, group = pwd.getpwuid(os.geteuid()).pw_name, grp.getgrgid(os.getegid()).gr_name
            names = dict(internal_user=me, internal_group=group, login_user=me, mail_user=me, mail_group=group,
                         chroot="  chroot =\n", anvil="service anvil {\n  chroot =\n}\n")
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
             "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", str(self.dir / "key.pem"),
             "-out", self.cafile],
            check=True, capture_output=True,
        )
        (self.dir / "users").write_text("".join(f"{user}:{{PLAIN}}{pw}::::::\n" for user, pw in self.users.items()))
        self.config = self.dir / "dovecot.conf"
        oauth2 = dict(oauth2_mechanisms="", oauth2_passdb="")
        if self.introspection_url:
            (self.dir / "oauth2.conf").write_text(OAUTH2_CONFIG.format(introspection_url=self.introspection_url))
            os.chmod(self.dir / "oauth2.conf", 0o600)  # it holds the mail servers' client secret
            oauth2 = dict(oauth2_mechanisms=" xoauth2 oauthbearer", oauth2_passdb=OAUTH2_PASSDB.format(dir=self.dir))
        self.config.write_text(CONFIG.format(dir=self.dir, port=self.port, ssl_port=self.ssl_port, **names, **oauth2))

    def start(self, timeout: float = 15.0) -> None:
        with open(self.dir / "stdout.log", "ab") as out:
            self.proc = subprocess.Popen(["dovecot", "-c", str(self.config), "-F"], stdout=out,
                                         stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + timeout
        user, password = next(iter(self.users.items()))
        while True:
            try:
                with IMAPClient(self.host, port=self.port, ssl=False, timeout=2) as client:
                    client.login(user, password)
                return
            except Exception as exc:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise DovecotUnavailable(f"dovecot did not start ({exc}):\n{self.log_text()[-2000:]}") from exc
                time.sleep(0.02)

    def stop(self) -> None:
        if self.proc is None:
            return
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)  # the whole group: master, imap-login and imap processes
        except ProcessLookupError:
            pass
        self.proc.wait(10)
        self.proc = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)

    def fresh_user(self) -> str:
        """A user whose mailbox no test has touched (Dovecot does not re-read a changed passwd-file
        reliably, so a pool of users is written at start)."""
        user = next(name for name in self.users if name not in self._handed_out)
        self._handed_out.add(user)
        return user

    def client(self, user: str = "alice") -> IMAPClient:
        client = IMAPClient(self.host, port=self.port, ssl=False, timeout=30)
        client.login(user, self.users[user])
        return client

    def reset_mailbox(self, user: str = "alice") -> None:
        """Delete the user's Maildir (no session may be open); the next login recreates it, with a new UIDVALIDITY."""
        shutil.rmtree(self.dir / "mail" / user, ignore_errors=True)

    def log_text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def sessions(self, user: str = "alice") -> list[dict[str, int]]:
        """What each finished IMAP session of `user` cost, from Dovecot's logout lines: bytes in and
        out, and how many message bodies (and their bytes) the server sent."""
        return [{key: int(value) for key, value in match.groupdict().items() if key != "user"}
                for match in _LOGOUT.finditer(self.log_text()) if match["user"] == user]

    def env(self, user: str = "alice", **extra: str) -> dict[str, str]:
        """IEPTRAIL_IMAP_* settings that point at this server (plain IMAP: loopback only)."""
        return {"IEPTRAIL_IMAP_HOST": self.host, "IEPTRAIL_IMAP_PORT": str(self.port), "IEPTRAIL_IMAP_USER": user,
                "IEPTRAIL_IMAP_PASSWORD": self.users[user], "IEPTRAIL_IMAP_TLS": "none", **extra}
