"""The trail mailbox over IMAP (imapclient): connect and log in (a password, or an OAuth2 token
from ieptrail.signin over OAUTHBEARER / XOAUTH2), select, list new UIDs, fetch bodies with
BODY.PEEK[] (nothing gets marked \\Seen), mark processed (MOVE or a keyword), and IDLE.

imapclient's dicts and exceptions stay in this module: callers get plain values and one of
three errors: ImapAuthError (stop, do not retry), ImapTransientError (retry after a pause), or
IngestError (the server refused something: stop this run and say why).
"""
from __future__ import annotations

import ast
import imaplib
import logging
import socket
import ssl
import threading
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError, ProtocolError

from ieptrail.config import ImapSettings
from ieptrail.errors import IngestError
from ieptrail.signin import SIGN_IN_AGAIN, SignInError, SignInRequired, bearer
from ieptrail.signin.sasl import Exchange, pick_mechanism

log = logging.getLogger(__name__)
# imapclient's DEBUG trace prints every line the server sends (an echo of LOGIN with the password
# in it) and every email's text: never at DEBUG, whatever IEPTRAIL_LOG_LEVEL says.
logging.getLogger("imapclient").setLevel(logging.INFO)

UIDS_PER_COMMAND = 500  # keeps command lines far below servers' limits (Dovecot: 64 kB)
# Response codes (RFC 5530) that say "try again later" rather than "no".
TRANSIENT_CODES = (b"[UNAVAILABLE]", b"[INUSE]", b"[SERVERBUG]", b"[LIMIT]")


class ImapAuthError(IngestError):
    """The server refused the user name or password, or the OAuth2 sign-in needs the user again
    (`ieptrail auth login`): retrying would only hammer it."""


class ImapTransientError(IngestError):
    """The connection dropped, timed out or the server said BYE: worth retrying after a pause."""


@dataclass(frozen=True)
class FolderStatus:
    uidvalidity: int
    uidnext: int | None
    exists: int


@dataclass(frozen=True)
class FetchedEmail:
    uid: int
    raw: bytes


@dataclass
class Traffic:
    """What this connection asked of the server: commands by name and message bytes downloaded."""

    commands: Counter = field(default_factory=Counter)
    body_bytes: int = 0


def account_name(settings: ImapSettings) -> str:
    """How the mailbox is named in logs and in the database: user and host, never the password."""
    return f"{settings.user}@{settings.host}"


def chunks(items: Sequence[int], size: int = UIDS_PER_COMMAND) -> Iterator[list[int]]:
    for start in range(0, len(items), size):
        yield list(items[start:start + size])


HIDDEN = "[password hidden]"


def scrub(text: str, secret: str | None) -> str:
    """`text` without the password in any form a server could echo it (a hostile or careless
    server may quote our LOGIN command back in its refusal): as sent, as imaplib quotes it, and
    as Python prints bytes."""
    if not secret:
        return text
    quoted = secret.replace("\\", "\\\\").replace('"', '\\"')  # as imaplib sends it in LOGIN
    forms = {secret, quoted, repr(secret.encode())[2:-1], repr(quoted.encode())[2:-1]}
    for form in sorted(forms, key=len, reverse=True):
        text = text.replace(form, HIDDEN)
    return text


@contextmanager
def translated_errors(doing: str, account: str, secret: str | None = None, host: str | None = None):
    """imapclient's and the socket's errors as ours, with the password scrubbed from their text.
    The original exception is not chained (`from None`): its text may hold the password, and a
    logged traceback would print it."""
    try:
        yield
    except IngestError:
        raise
    except Exception as exc:
        translated = _translate(exc, doing, account, secret, host)
        if translated is None:
            raise
        raise translated from None


def _translate(exc: Exception, doing: str, account: str, secret: str | None,
               host: str | None = None) -> IngestError | None:
    def text_of(error: BaseException) -> str:
        return scrub(_server_text(error), secret)

    if isinstance(exc, LoginError):
        text = text_of(exc)
        if any(code.decode() in text for code in TRANSIENT_CODES):
            return ImapTransientError(f"{account}: login temporarily refused: {text}")
        return ImapAuthError(
            f"IMAP login failed for {account}: {text.rstrip('.')}. Check IEPTRAIL_IMAP_USER and IEPTRAIL_IMAP_PASSWORD; "
            "polling stays stopped until the worker is restarted"
        )
    if isinstance(exc, ssl.SSLCertVerificationError):
        return IngestError(
            f"{account}: the server's certificate was not trusted ({exc.verify_message}); "
            "for a self-signed server set IEPTRAIL_IMAP_CAFILE"
        )
    if isinstance(exc, socket.gaierror):  # the name does not resolve: a typo, or no DNS at all
        return IngestError(f"cannot find IMAP host {host or account} — check IEPTRAIL_IMAP_HOST "
                           f"(looking the name up said: {exc.strerror})")
    if isinstance(exc, (imaplib.IMAP4.abort, ProtocolError, OSError, EOFError)):  # abort: BYE or connection lost
        return ImapTransientError(f"{account}: {doing}: {type(exc).__name__}: {text_of(exc)}")
    if isinstance(exc, IMAPClientError):  # a NO or BAD answer
        text = text_of(exc)
        if any(code.decode() in text for code in TRANSIENT_CODES):
            return ImapTransientError(f"{account}: {doing}: {text}")
        return IngestError(f"{account}: {doing} refused: {text}")
    return None


def _server_text(exc: BaseException) -> str:
    value = exc.args[0] if exc.args else str(exc)
    if isinstance(value, str) and value[:2] in ("b'", 'b"'):  # imapclient passes str(bytes) on
        try:
            value = ast.literal_eval(value)
        except (ValueError, SyntaxError):
            value = value[2:-1]
    text = value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
    return text or type(exc).__name__


class ImapMailbox:
    """One logged-in connection to the trail mailbox."""

    def __init__(self, settings: ImapSettings, client: IMAPClient):
        self.settings = settings
        self.account = account_name(settings)
        self.client = client
        self.traffic = Traffic()
        self._processed_folder_ready = False
        self.renew_at: float | None = None  # OAuth2: sign in again (time.time()) before the access token expires
        self.selected: str | None = None

    @classmethod
    def connect(cls, settings: ImapSettings) -> ImapMailbox:
        account = account_name(settings)
        context = None
        if settings.tls != "none":
            context = ssl.create_default_context(cafile=settings.cafile)
        with translated_errors(f"connecting to port {settings.port}", account, settings.password, settings.host):
            client = IMAPClient(settings.host, port=settings.port, ssl=settings.tls == "ssl", ssl_context=context,
                                timeout=settings.timeout_seconds)
        renew_at = None
        try:
            with translated_errors("logging in", account, settings.password):
                if settings.tls == "starttls":
                    client.starttls(context)
                client.normalise_times = False
                if settings.auth == "oauth2":
                    renew_at = _sign_in_with_token(client, settings, account)
                else:
                    client.login(settings.user, settings.password or "")
        except BaseException:
            _close_quietly(client)
            raise
        log.debug("logged in to %s (tls=%s, %s)", account, settings.tls, settings.auth)
        mailbox = cls(settings, client)
        mailbox.renew_at = renew_at
        return mailbox

    def _count(self, command: str) -> None:
        self.traffic.commands[command] += 1

    def select(self, folder: str) -> FolderStatus:
        with translated_errors(f"opening folder {folder!r}", self.account, self.settings.password):
            self._count("SELECT")
            response = self.client.select_folder(folder)
        self.selected = folder
        return FolderStatus(uidvalidity=int(response[b"UIDVALIDITY"]),
                            uidnext=int(response[b"UIDNEXT"]) if b"UIDNEXT" in response else None,
                            exists=int(response.get(b"EXISTS", 0)))

    def uids_after(self, last_uid: int) -> list[int]:
        with translated_errors("searching for new mail", self.account, self.settings.password):
            self._count("SEARCH")
            found = self.client.search(["UID", f"{last_uid + 1}:*"])
        # "n:*" always matches the highest UID, even when it is below n: filter here.
        return sorted(uid for uid in found if uid > last_uid)

    def sizes(self, uids: Sequence[int]) -> dict[int, int]:
        sizes: dict[int, int] = {}
        with translated_errors("reading message sizes", self.account, self.settings.password):
            for part in chunks(uids):
                self._count("FETCH")
                for uid, data in self.client.fetch(part, ["RFC822.SIZE"]).items():
                    sizes[uid] = int(data.get(b"RFC822.SIZE", 0))
        return sizes

    def fetch(self, uids: Sequence[int]) -> list[FetchedEmail]:
        """The raw bytes of these messages, in UID order; a UID that no longer exists is left out."""
        with translated_errors(f"fetching {len(uids)} message(s)", self.account, self.settings.password):
            self._count("FETCH")
            response = self.client.fetch(list(uids), ["BODY.PEEK[]"])
        fetched = []
        for uid in sorted(response):
            raw = response[uid].get(b"BODY[]")
            if raw is None:  # an unsolicited FETCH (flags) for a message that is gone
                continue
            self.traffic.body_bytes += len(raw)
            fetched.append(FetchedEmail(uid, bytes(raw)))
        return fetched

    def mark_processed(self, uids: Sequence[int]) -> None:
        """Move the messages to the processed folder, or set the processed keyword on them."""
        if not uids:
            return
        with translated_errors("marking messages processed", self.account, self.settings.password):
            if self.settings.processed_action == "flag":
                for part in chunks(uids):
                    self._count("STORE")
                    self.client.add_flags(part, [self.settings.processed_keyword], silent=True)
                return
            self._ensure_processed_folder()
            target = self.settings.processed_folder
            for part in chunks(uids):
                if self.client.has_capability("MOVE"):
                    self._count("MOVE")
                    self.client.move(part, target)
                    continue
                self._count("COPY")
                self.client.copy(part, target)
                self.client.add_flags(part, [b"\\Deleted"], silent=True)
                if self.client.has_capability("UIDPLUS"):
                    self.client.uid_expunge(part)  # only ours: a plain EXPUNGE would remove others' \Deleted mail

    def _ensure_processed_folder(self) -> None:
        if self._processed_folder_ready:
            return
        if not self.client.folder_exists(self.settings.processed_folder):
            log.info("creating folder %r on %s", self.settings.processed_folder, self.account)
            self.client.create_folder(self.settings.processed_folder)
        self._processed_folder_ready = True

    def wait_for_new_mail(self, seconds: float, stop: threading.Event) -> bool:
        """IMAP IDLE in the selected folder for up to `seconds`; True as soon as new mail arrives.

        Returns early (False) when `stop` is set, and when the socket woke up without a whole
        response: then ending IDLE tells a live connection from a dead one (which raises).
        """
        if not self.client.has_capability("IDLE"):
            raise IngestError(f"{self.account}: the server does not offer IDLE; polling only")
        deadline = time.monotonic() + seconds
        if self.renew_at is not None:  # end the IDLE in time to sign in again with a fresh token
            deadline = min(deadline, time.monotonic() + max(0.0, self.renew_at - time.time()))
        new_mail = False
        with translated_errors("waiting with IDLE", self.account, self.settings.password):
            self._count("IDLE")
            self.client.idle()
            try:
                while not stop.is_set() and not new_mail:
                    wait = min(1.0, deadline - time.monotonic())
                    if wait <= 0:
                        break
                    started = time.monotonic()
                    responses = self.client.idle_check(timeout=wait)
                    new_mail = _announces_new_mail(responses)
                    if not responses and time.monotonic() - started < wait * 0.5:
                        break  # readable but nothing parsed: maybe EOF; idle_done() below finds out
            finally:
                _, responses = self.client.idle_done()
        new_mail = new_mail or _announces_new_mail(responses)
        if self.renew_at is not None and time.time() >= self.renew_at and not stop.is_set():
            self.renew_login()
            return True  # mail may have come between the two sessions: have the caller look
        return new_mail

    def renew_login(self) -> None:
        """A new session signed in with a fresh access token, in place of this one (providers such
        as Microsoft end an IMAP session whose token has expired)."""
        log.info("%s: the access token is about to expire; signing in again with a fresh one", self.account)
        fresh = ImapMailbox.connect(self.settings)
        old, self.client, self.renew_at = self.client, fresh.client, fresh.renew_at
        _close_quietly(old)
        if self.selected is not None:
            self.select(self.selected)

    def close(self) -> None:
        _close_quietly(self.client)


def _sign_in_with_token(client: IMAPClient, settings: ImapSettings, account: str) -> float:
    """AUTHENTICATE with an OAuth2 access token; returns when to sign in again (time.time())."""
    try:
        token = bearer(settings.oauth)
    except SignInRequired as exc:
        raise ImapAuthError(f"IMAP sign-in for {account}: {exc}") from None
    except SignInError as exc:
        raise ImapTransientError(f"IMAP sign-in for {account}: {exc}") from None
    offered = {cap.decode("ascii", "replace").upper()[5:] for cap in client.capabilities()
               if cap.upper().startswith(b"AUTH=")}
    mechanism = pick_mechanism(offered)
    if mechanism is None:
        raise IngestError(f"{account}: the IMAP server offers no OAuth2 sign-in (AUTH=XOAUTH2 or AUTH=OAUTHBEARER); "
                          "set IEPTRAIL_IMAP_AUTH=password if it takes a password")
    exchange = Exchange(mechanism, settings.user or token.user, token.token)
    try:
        client.sasl_login(mechanism, exchange)
    except LoginError as exc:
        text = _server_text(exc)
        if any(code.decode() in text for code in TRANSIENT_CODES):
            raise ImapTransientError(f"{account}: login temporarily refused: {text}") from None
        said = exchange.explain()
        raise ImapAuthError(f"the IMAP server refused the OAuth2 sign-in for {account}"
                            f"{' (' + said + ')' if said else ''}: {text.rstrip('.')}; check IEPTRAIL_IMAP_USER "
                            f"and IEPTRAIL_OAUTH_SCOPES, then {SIGN_IN_AGAIN}") from None
    return token.renew_at


def _announces_new_mail(responses) -> bool:
    return any(len(item) >= 2 and item[1] == b"EXISTS" for item in responses)


def _close_quietly(client: IMAPClient) -> None:
    try:
        client.logout()
    except Exception:  # the connection is already gone: just drop the socket
        try:
            client.shutdown()
        except Exception:
            pass

