"""A real OAuth 2.0 authorization server on loopback for the sign-in tests: node-oidc-provider
(tests/oauth_server/server.mjs) run with the machine's Node.js, installed from the committed
package-lock.json with `npm ci` the first time it is needed.

Also what a mail server does with a bearer token: `introspect()` asks the authorization server
(RFC 7662) with the mail servers' own client credentials, as Dovecot's oauth2 passdb does.
"""
from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

import requests

from dovecot import free_port

HERE = Path(__file__).resolve().parent / "oauth_server"
RESOURCE = "urn:ieptrail:test:mail"
SCOPES = ("imap", "smtp")
CLIENT_ID = "ieptrail-test"
MAIL_SERVER_ID = "mail-servers"


class AuthorizationServerUnavailable(RuntimeError):
    """Node.js/npm are missing, or the server would not start."""


def install_packages() -> None:
    if (HERE / "node_modules" / "oidc-provider").is_dir():
        return
    if shutil.which("node") is None or shutil.which("npm") is None:
        raise AuthorizationServerUnavailable("node and npm are not installed (Debian: nodejs npm; ./scripts/test "
                                             "installs them when run as root)")
    done = subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=HERE, capture_output=True, text=True,
                          timeout=300)
    if done.returncode != 0:
        raise AuthorizationServerUnavailable(f"npm ci failed in {HERE}:\n{done.stderr[-2000:]}")


class AuthorizationServer:
    def __init__(self, accounts: dict[str, str], access_token_seconds: int = 3600):
        install_packages()
        self.accounts = accounts
        self.port = free_port()
        self.issuer = f"http://127.0.0.1:{self.port}"
        self.mail_server_secret = secrets.token_urlsafe(24)
        self.dir = Path(tempfile.mkdtemp(prefix="oauth-server-"))
        self.log = self.dir / "server.log"
        config = {
            "port": self.port, "resource": RESOURCE, "scopes": list(SCOPES), "accounts": accounts,
            "cookieKey": secrets.token_urlsafe(24), "accessTokenTTL": access_token_seconds,
            "clients": [
                {"client_id": CLIENT_ID, "client_name": "IEP Paper Trail (test)", "application_type": "native",
                 "token_endpoint_auth_method": "none", "redirect_uris": ["http://127.0.0.1/"],
                 "response_types": ["code"],
                 "grant_types": ["authorization_code", "refresh_token", "urn:ietf:params:oauth:grant-type:device_code"]},
                {"client_id": MAIL_SERVER_ID, "client_secret": self.mail_server_secret, "redirect_uris": [],
                 "response_types": [], "grant_types": [], "token_endpoint_auth_method": "client_secret_basic"},
            ],
        }
        self.config = self.dir / "config.json"
        self.config.write_text(json.dumps(config))
        self.proc: subprocess.Popen | None = None

    def start(self, timeout: float = 30.0) -> AuthorizationServer:
        with open(self.log, "ab") as out:
            self.proc = subprocess.Popen(["node", str(HERE / "server.mjs"), str(self.config)], cwd=HERE, stdout=out,
                                         stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + timeout
        while True:
            try:
                if requests.get(f"{self.issuer}/.well-known/openid-configuration", timeout=2).ok:
                    return self
            except requests.RequestException:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise AuthorizationServerUnavailable(f"the authorization server did not start:\n{self.log_text()[-2000:]}")
            time.sleep(0.05)

    def stop(self) -> None:
        if self.proc is None:
            return
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        self.proc.wait(10)
        self.proc = None

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)

    def log_text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    @property
    def endpoints(self) -> dict[str, str]:
        return requests.get(f"{self.issuer}/.well-known/openid-configuration", timeout=5).json()

    def introspection_url_with_credentials(self) -> str:
        """The introspection endpoint with the mail servers' credentials in it, as Dovecot wants it."""
        return f"http://{MAIL_SERVER_ID}:{self.mail_server_secret}@127.0.0.1:{self.port}/token/introspection"

    def introspect(self, token: str) -> dict:
        response = requests.post(f"{self.issuer}/token/introspection", data={"token": token},
                                 auth=(MAIL_SERVER_ID, self.mail_server_secret), timeout=10)
        response.raise_for_status()
        return response.json()

    def revoke(self, refresh_token: str) -> None:
        """What the user does at the provider's security page: take back the app's access."""
        response = requests.post(f"{self.issuer}/token/revocation",
                                 data={"token": refresh_token, "token_type_hint": "refresh_token",
                                       "client_id": CLIENT_ID}, timeout=10)
        response.raise_for_status()

    def env(self, **extra: str) -> dict[str, str]:
        """IEPTRAIL_* settings for signing in at this server (the `custom` provider)."""
        return {
            "IEPTRAIL_OAUTH_CLIENT_ID": CLIENT_ID,
            "IEPTRAIL_OAUTH_AUTHORIZE_URL": f"{self.issuer}/auth",
            "IEPTRAIL_OAUTH_TOKEN_URL": f"{self.issuer}/token",
            "IEPTRAIL_OAUTH_DEVICE_URL": f"{self.issuer}/device/auth",
            "IEPTRAIL_OAUTH_REVOKE_URL": f"{self.issuer}/token/revocation",
            "IEPTRAIL_OAUTH_SCOPES": "openid offline_access " + " ".join(SCOPES),
            **extra,
        }
