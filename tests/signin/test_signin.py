"""Signing in with OAuth2, end to end on loopback with real parts: node-oidc-provider as the
authorization server, Dovecot checking the bearer tokens against its introspection endpoint,
aiosmtpd checking them the same way, and the user played by the test (in Chromium, or with
plain HTTP requests where the browser adds nothing).

The access tokens live 20 s here, so refreshing them (also in the middle of an IDLE) happens
within the tests' time. Every test ends by looking for the tokens outside the token store.
"""
from __future__ import annotations

import logging
import os
import re
import shutil
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest
import requests
from click.testing import CliRunner

from dovecot import DovecotUnavailable, ThrowawayDovecot
from imap_trail import FAST_BACKOFF, SAMPLE_EMAILS, Trail
from ieptrail.worker import jobs
from ieptrail.cli import main
from ieptrail.ingest.imap import ImapAuthError
from ieptrail.notify.smtp import SmtpAuthError, new_email, send_email, wire_bytes
from ieptrail.signin import TokenStore, bearer
from ieptrail.store.worker_runs import last_run
from ieptrail.worker.schedule import Worker
from oauth_server import AuthorizationServer, AuthorizationServerUnavailable
from smtp_server import BearerCapture, SmtpServer, free_port, smtp_certificate  # noqa: F401

ACCESS_TOKEN_SECONDS = 20
CHROMIUM = Path("/usr/bin/chromium")
IEPTRAIL = Path(sys.executable).parent / "ieptrail"  # the command installed beside this Python


@pytest.fixture(scope="module")
def auth_server():
    users = {f"user{n}": f"user{n}-pw" for n in range(1, 60)}
    try:
        server = AuthorizationServer({**users, "alice": "alicepw"}, ACCESS_TOKEN_SECONDS).start()
    except AuthorizationServerUnavailable as exc:
        pytest.skip(str(exc))
    yield server
    server.close()


@pytest.fixture(scope="module")
def mail_server(auth_server):
    try:
        server = ThrowawayDovecot(introspection_url=auth_server.introspection_url_with_credentials())
        server.start()
    except DovecotUnavailable as exc:
        pytest.skip(str(exc))
    yield server
    server.close()


class SignInTrail(Trail):
    """A fresh Dovecot user whose password is also its password at the authorization server."""

    def __init__(self, server, auth: AuthorizationServer, home: Path, **env: str):
        super().__init__(server, home, IEPTRAIL_IMAP_AUTH="oauth2", IEPTRAIL_IMAP_PASSWORD="",
                         **auth.env(), **env)
        self.auth = auth
        self.password = server.users[self.user]
        self.home = home
        self.outputs: list[str] = []  # everything printed or raised, to look for secrets in
        self.seen_tokens: set[str] = set()

    @property
    def store(self) -> TokenStore:
        return TokenStore(self.settings.oauth.token_file)

    def note_tokens(self):
        stored = self.store.load()
        if stored is not None:
            self.seen_tokens.update(token for token in (stored.access_token, stored.refresh_token) if token)
        return stored

    def cli(self, *args: str) -> subprocess.Popen:
        """`ieptrail ARGS` in a process of its own, as a person would run it."""
        environ = {"PATH": os.environ.get("PATH", ""), **self.env}
        return subprocess.Popen([str(IEPTRAIL), *args], env=environ, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True, cwd=self.home)

    def run_cli(self, *args: str) -> tuple[int, str]:
        result = CliRunner().invoke(main, list(args), env=self.env, catch_exceptions=False)
        self.outputs.append(result.output)
        return result.exit_code, result.output

    def assert_no_secrets_outside_the_store(self, *texts: str) -> None:
        self.note_tokens()
        assert self.seen_tokens, "the test saw no token to look for"
        places = {"outputs": "\n".join([*self.outputs, *texts]), "dovecot log": self.server.log_text()}
        for path in self.home.rglob("*"):
            if path.is_file() and path != self.settings.oauth.token_file:
                places[str(path)] = path.read_bytes().decode("latin-1")
        for token in self.seen_tokens:
            for where, text in places.items():
                assert token not in text, f"a token leaked into {where}"


def sign_in_by_device(trail: SignInTrail, allow: tuple[str, ...] = ("imap", "smtp"), page=None) -> tuple[int, str]:
    """`ieptrail auth login --device`, with the test as the user on another device: it opens the
    verification URL, enters the code, signs in and allows `allow` (in Chromium when `page`)."""
    process = trail.cli("auth", "login", "--device")
    lines = []
    for line in process.stdout:
        lines.append(line)
        if "enter the code" in line:
            break
    else:
        process.wait(10)
        raise AssertionError("no code was shown:\n" + "".join(lines))
    found = re.search(r"open (\S+) on any device and enter the code (\S+)", lines[-1])
    assert found, lines[-1]
    url, code = found.groups()
    if page is not None:
        act_in_browser(page, url, code, trail.user, trail.password, allow)
    else:
        act_with_http(url, code, trail.user, trail.password, allow)
    output = "".join(lines) + process.stdout.read()
    process.wait(60)
    trail.outputs.append(output)
    return process.returncode, output


def act_with_http(url: str, code: str, user: str, password: str, allow: tuple[str, ...]) -> None:
    browser = requests.Session()
    page = browser.get(url)
    for fields in ({"user_code": code}, {}):  # the code, then "yes, that is my device"
        action, hidden = form_of(page.text)
        page = browser.post(urljoin(page.url, action), data={**hidden, **fields})
    action, _ = form_of(page.text)
    page = browser.post(urljoin(page.url, action), data={"login": user, "password": password})
    action, _ = form_of(page.text)
    page = browser.post(urljoin(page.url, action), data={"scope": list(allow)})
    assert "Signed in" in page.text, page.text


def form_of(html: str) -> tuple[str, dict[str, str]]:
    action = re.search(r'<form[^>]*action="([^"]+)"', html).group(1)
    return action, dict(re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', html))


def act_in_browser(page, url: str, code: str, user: str, password: str, allow: tuple[str, ...]) -> None:
    page.goto(url)
    page.fill("input[name=user_code]", code)
    page.click("#continue")
    page.click("#confirm")
    log_in_and_allow(page, user, password, allow)
    page.wait_for_selector("#done")


def log_in_and_allow(page, user: str, password: str, allow: tuple[str, ...]) -> None:
    page.fill("#login", user)
    page.fill("#password", password)
    page.click("#sign-in")
    for box in page.query_selector_all("input[name=scope]"):
        if box.get_attribute("value") not in allow:
            box.uncheck()
    page.click("#allow")


@pytest.fixture(scope="module")
def chromium():
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is not installed (scripts/test installs it when run as root)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                             args=["--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                                                   "--disable-background-networking", "--disable-component-update"])
        yield browser
        browser.close()


@pytest.fixture
def trail(mail_server, auth_server, tmp_path):
    made = SignInTrail(mail_server, auth_server, tmp_path)
    yield made
    made.close()


def logins(trail: SignInTrail, method: str, settle: float = 10) -> int:
    pattern = f"Login: user=<{trail.user}>, method={method}"
    deadline = time.monotonic() + settle  # Dovecot's log process writes a moment later
    count = trail.server.log_text().count(pattern)
    while time.monotonic() < deadline and not count:
        time.sleep(0.05)
        count = trail.server.log_text().count(pattern)
    return count


# ---- first sign-in, and what it makes possible --------------------------------------------------


def test_first_sign_in_with_the_device_flow_then_a_poll(trail, chromium):
    page = chromium.new_page()
    code, output = sign_in_by_device(trail, page=page)
    page.close()
    assert code == 0, output
    assert f"Signed in: {trail.user} with custom; scopes granted: imap smtp" in output
    token_file = trail.settings.oauth.token_file
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    stored = trail.note_tokens()
    assert stored.refresh_token and stored.account == trail.user and stored.problem is None

    trail.append(SAMPLE_EMAILS[:5])
    result = trail.poll()
    assert result.imported.new == 5
    trail.assert_exactly_once(SAMPLE_EMAILS[:5])
    assert logins(trail, "OAUTHBEARER") >= 1  # Dovecot offers both; the standard mechanism is used

    status, text = trail.run_cli("auth", "status")
    assert status == 0, text
    assert f"Sign-in: {trail.user} with custom" in text and "Scopes granted: imap smtp" in text
    assert "last refreshed never" in text
    trail.assert_no_secrets_outside_the_store(output)


def test_browser_sign_in_uses_pkce_and_a_loopback_redirect(trail, chromium):
    process = trail.cli("auth", "login", "--browser", "--no-open")
    url = next(line.strip() for line in process.stdout if line.startswith(trail.auth.issuer))
    query = parse_qs(urlsplit(url).query)
    assert query["code_challenge_method"] == ["S256"] and len(query["code_challenge"][0]) == 43
    redirect = urlsplit(query["redirect_uri"][0])
    assert redirect.scheme == "http" and redirect.hostname == "127.0.0.1" and redirect.port
    page = chromium.new_page()
    page.goto(url)
    log_in_and_allow(page, trail.user, trail.password, ("imap", "smtp"))
    page.wait_for_url(re.compile(r"^http://127\.0\.0\.1:\d+/\?"))
    assert "Signed in" in page.content()
    page.close()
    output = process.stdout.read()
    assert process.wait(30) == 0, output
    assert "scopes granted: imap smtp" in output
    trail.append(SAMPLE_EMAILS[:2])
    assert trail.poll().imported.new == 2
    trail.assert_no_secrets_outside_the_store(output)


def test_the_access_token_is_refreshed_in_the_middle_of_an_idle(trail, caplog):
    caplog.set_level(logging.INFO)
    assert sign_in_by_device(trail)[0] == 0
    first = trail.note_tokens()
    trail.configure(IEPTRAIL_IMAP_IDLE="true")
    stop = threading.Event()
    importer = jobs.mail_importer(trail.db, trail.settings, None)
    watching = threading.Thread(target=jobs.poll_then_idle, args=(trail.db, trail.settings, importer),
                                kwargs={"stop": stop, "until": time.monotonic() + 3 * ACCESS_TOKEN_SECONDS,
                                        "backoff": FAST_BACKOFF}, daemon=True)
    watching.start()
    try:
        # Wait past the first access token's expiry: by then the IDLE must have signed in again.
        while time.time() < first.expires_at + 2:
            time.sleep(0.2)
        assert trail.note_tokens().refreshes >= 1
        trail.append(SAMPLE_EMAILS[10:12])
        deadline = time.monotonic() + 15
        while trail.count("Processed") < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert trail.count("Processed") == 2, "mail sent after the first token expired was picked up by the IDLE"
    finally:
        stop.set()
        watching.join(30)
    trail.assert_exactly_once(SAMPLE_EMAILS[10:12])
    assert logins(trail, "OAUTHBEARER") >= 2, "one session per access token"
    assert "signing in again with a fresh one" in caplog.text
    trail.assert_no_secrets_outside_the_store(caplog.text)


@pytest.fixture
def bearer_smtp(trail, smtp_certificate):
    """aiosmtpd on loopback taking mail only after XOAUTH2 with a token the authorization server vouches for."""
    cert, key = smtp_certificate
    server = SmtpServer(free_port(), "starttls", cert, key, capture=BearerCapture(trail.auth.introspect)).start()
    yield server
    server.stop()


def test_threads_that_need_a_fresh_token_at_once_refresh_it_once(trail):
    # The server rotates refresh tokens and treats a reused one as stolen (it revokes the grant):
    # two refreshes with the same token would sign the user out.
    assert sign_in_by_device(trail)[0] == 0
    stored = trail.note_tokens()
    while time.time() < stored.renew_at:
        time.sleep(0.2)
    got, failed = [], []

    def take() -> None:
        try:
            got.append(bearer(trail.settings.oauth).token)
        except Exception as exc:  # noqa: BLE001 (collected and asserted below)
            failed.append(exc)

    threads = [threading.Thread(target=take) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert failed == [] and len(set(got)) == 1 and got[0] != stored.access_token
    after = trail.note_tokens()
    assert after.refreshes == 1 and after.refresh_token != stored.refresh_token
    trail.append(SAMPLE_EMAILS[:1])
    assert trail.poll().imported.new == 1
    trail.assert_no_secrets_outside_the_store()


def test_a_revoked_sign_in_pauses_polling_and_says_sign_in_again(trail, bearer_smtp, caplog):
    caplog.set_level(logging.DEBUG)
    assert sign_in_by_device(trail)[0] == 0
    stored = trail.note_tokens()
    trail.auth.revoke(stored.refresh_token)  # the user took the app's access back at the provider
    while time.time() < stored.renew_at:  # the next poll must refresh, and learns of the revocation
        time.sleep(0.2)
    worker = Worker(trail.settings, trail.db, jobs.mail_importer(trail.db, trail.settings, None), FAST_BACKOFF)
    worker.poll_job()
    assert worker.scheduler.get_job("poll").next_run_time is None, "polling is paused, not retried"
    assert "sign in again: ieptrail auth login" in worker.note
    assert "invalid_grant" in worker.note
    with trail.db.session_scope() as session:
        run = last_run(session, "poll")
    assert run.ok is False and "sign in again: ieptrail auth login" in run.error
    assert "sign in again: ieptrail auth login" in caplog.text

    code, status = trail.run_cli("status")
    assert code == 0 and "Sign-in: " in status and "sign in again: ieptrail auth login" in status
    code, auth_status = trail.run_cli("auth", "status")
    assert code == 1 and "Problem: " in auth_status and "sign in again: ieptrail auth login" in auth_status
    # Sending stops for the same reason, with the same advice.
    with pytest.raises(SmtpAuthError, match="sign in again: ieptrail auth login"):
        send_email(_smtp_settings(trail, bearer_smtp.port, bearer_smtp.cert), _email())
    assert bearer_smtp.received == []
    trail.assert_no_secrets_outside_the_store(caplog.text, worker.note, run.error)

    code, output = trail.run_cli("auth", "logout")
    assert code == 0 and "Signed out" in output and not trail.settings.oauth.token_file.exists()


def test_a_scope_the_user_did_not_allow_is_named(trail):
    code, output = sign_in_by_device(trail, allow=("smtp",))
    assert code == 2
    assert "did not grant the scope imap" in output and "sign in again: ieptrail auth login" in output
    trail.append(SAMPLE_EMAILS[:1])
    with pytest.raises(ImapAuthError, match="did not grant the scope imap") as raised:
        trail.poll()
    code, text = trail.run_cli("auth", "status")
    assert code == 1 and "Scopes granted: smtp" in text and "scope imap" in text
    assert logins(trail, "OAUTHBEARER", settle=1) == 0, "a token known to lack the scope is not even offered"
    trail.assert_no_secrets_outside_the_store(output, str(raised.value))


def test_a_token_the_imap_server_refuses_points_at_the_scopes_setting(trail):
    trail.configure(IEPTRAIL_OAUTH_SCOPES="openid offline_access smtp")  # imap forgotten in the settings
    assert sign_in_by_device(trail)[0] == 0
    trail.append(SAMPLE_EMAILS[:1])
    with pytest.raises(ImapAuthError) as raised:
        trail.poll()
    message = str(raised.value)
    # Dovecot's error challenge says only "invalid_token" (Gmail's also names the scope it wants:
    # that case is the SMTP one below); the log says which scope it missed.
    assert "refused the OAuth2 sign-in" in message and "status invalid_token" in message
    assert "IEPTRAIL_OAUTH_SCOPES" in message and "sign in again: ieptrail auth login" in message
    assert "Token is not valid for scope 'imap'" in trail.server.log_text()
    trail.assert_no_secrets_outside_the_store(message)


# ---- SMTP ---------------------------------------------------------------------------------------


def _smtp_settings(trail: SignInTrail, port: int, cafile: Path | None = None):
    trail.configure(IEPTRAIL_SMTP_HOST="127.0.0.1", IEPTRAIL_SMTP_PORT=str(port), IEPTRAIL_SMTP_TLS="starttls",
                    IEPTRAIL_SMTP_AUTH="oauth2", IEPTRAIL_SMTP_USER=trail.user,
                    IEPTRAIL_SMTP_CAFILE=str(cafile or trail.server.cafile), IEPTRAIL_SMTP_TIMEOUT="10")
    return trail.settings.smtp


def _email() -> bytes:
    message = new_email()
    message["From"], message["To"], message["Subject"] = "rosa.delgado@gmail.com", "ms.ortiz@example.org", "IEP"
    message.set_content("Following up on our meeting.")
    return wire_bytes(message)


def test_mail_goes_out_over_smtp_with_xoauth2(trail, bearer_smtp):
    assert sign_in_by_device(trail)[0] == 0
    server = bearer_smtp
    send_email(_smtp_settings(trail, server.port, server.cert), _email())
    assert [message["Subject"] for message in server.received] == ["IEP"]
    assert server.capture.refusals == []
    trail.assert_no_secrets_outside_the_store()


def test_smtp_refusal_names_the_scope_it_wants(trail, bearer_smtp):
    trail.configure(IEPTRAIL_OAUTH_SCOPES="openid offline_access imap")
    assert sign_in_by_device(trail)[0] == 0
    server = bearer_smtp
    with pytest.raises(SmtpAuthError) as raised:
        send_email(_smtp_settings(trail, server.port, server.cert), _email())
    assert "scope smtp" in str(raised.value) and server.received == []
    assert server.capture.refusals == ["scope smtp missing"]
    trail.assert_no_secrets_outside_the_store(str(raised.value))


# ---- what did not change, and plain mistakes ----------------------------------------------------


def test_password_sign_in_still_works_beside_oauth2(mail_server, tmp_path):
    trail = Trail(mail_server, tmp_path)  # IEPTRAIL_IMAP_AUTH unset: the password
    try:
        trail.append(SAMPLE_EMAILS[:3])
        assert trail.poll().imported.new == 3
    finally:
        trail.close()
    assert logins(trail, "PLAIN") >= 1


def test_an_unknown_host_is_named_instead_of_gaierror(tmp_path):
    if shutil.which("unshare") is None or os.geteuid() != 0:
        pytest.skip("needs unshare and root: the lookup runs in a network namespace of its own (no DNS leaves it)")
    environ = {"PATH": os.environ.get("PATH", ""), "HOME": str(tmp_path), "IEPTRAIL_ENV_FILE": os.devnull,
               "IEPTRAIL_DATA_DIR": str(tmp_path / "data"), "IEPTRAIL_DATABASE_URL": f"sqlite:///{tmp_path}/t.db",
               "IEPTRAIL_IMAP_HOST": "imap.example.invalid", "IEPTRAIL_IMAP_USER": "rosa",
               "IEPTRAIL_IMAP_PASSWORD": "pw", "IEPTRAIL_USER_EMAILS": "rosa@example.org"}
    done = subprocess.run(["unshare", "--net", str(IEPTRAIL), "poll"], env=environ, capture_output=True, text=True,
                          timeout=120)
    if "unshare failed" in done.stderr:
        pytest.skip(f"no network namespace here: {done.stderr.strip()}")
    assert done.returncode == 2
    assert "cannot find IMAP host imap.example.invalid — check IEPTRAIL_IMAP_HOST" in done.stderr
    assert "gaierror" not in done.stderr and "-2" not in done.stderr
