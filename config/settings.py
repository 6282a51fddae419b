"""Settings, read once from the environment and `.env`; nothing else in the project reads os.environ.

Every variable here is documented in README.md and .env.example (tests/test_docs.py checks).
"""
from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, time
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from ieptrail.config.env import Env, read_environment, settings_file
from ieptrail.config.profile import DEMO, OWN, active_profile, demo_environment, is_set_up
from ieptrail.config.providers import PRESETS, OAuthEndpoints, Preset, microsoft_endpoints
from ieptrail.errors import ConfigError

DEFAULT_ESCALATION_LADDER = (
    "teacher",
    "case manager",
    "administrator",
    "special-education director",
    "advocacy group / state complaint",
)


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def local_zone_name() -> str:
    try:
        import tzlocal

        return tzlocal.get_localzone_name() or "UTC"
    except Exception:  # no zone configured on the machine: UTC is the only honest guess
        return "UTC"


def _default_data_dir(env: Env) -> Path:
    base = env.text("XDG_DATA_HOME") or str(Path(env.text("HOME") or Path.home()) / ".local" / "share")
    return Path(base) / "ieptrail"


# Scopes that name who the user is or ask for a refresh token, not access to mail.
IDENTITY_SCOPES = frozenset({"openid", "offline_access", "profile", "email"})


@dataclass(frozen=True)
class OAuthSettings:
    """Where and how `ieptrail auth login` signs in, and where the token is kept."""

    provider: str
    client_id: str
    client_secret: str | None = field(repr=False)  # Google's "desktop app" clients have one; it is not a real secret
    authorize_url: str | None
    token_url: str
    device_url: str | None
    revoke_url: str | None
    scopes: tuple[str, ...]
    extra_authorize_params: tuple[tuple[str, str], ...]
    token_file: Path
    account: str  # the mailbox the token is for (IEPTRAIL_IMAP_USER, else IEPTRAIL_SMTP_USER)
    timeout_seconds: int = 30

    @property
    def mail_scopes(self) -> tuple[str, ...]:
        """The scopes mail needs: a sign-in that grants fewer cannot read or send."""
        return tuple(scope for scope in self.scopes if scope not in IDENTITY_SCOPES)


@dataclass(frozen=True)
class ImapSettings:
    host: str | None
    port: int
    user: str | None
    password: str | None = field(repr=False)
    folder: str
    tls: str  # ssl | starttls | none
    processed_action: str  # move | flag
    processed_folder: str
    processed_keyword: str
    batch_size: int
    idle: bool
    timeout_seconds: int
    cafile: str | None
    auth: str = "password"  # password | oauth2 (SASL XOAUTH2 or OAUTHBEARER with a token from `ieptrail auth login`)
    oauth: OAuthSettings | None = None  # where the token comes from, when auth is oauth2

    @property
    def configured(self) -> bool:
        return self.host is not None


@dataclass(frozen=True)
class SmtpSettings:
    host: str | None
    port: int
    user: str | None
    password: str | None = field(repr=False)
    sender: str | None
    tls: str  # ssl | starttls | none
    timeout_seconds: int
    cafile: str | None
    auth: str = "password"  # password | oauth2
    oauth: OAuthSettings | None = None

    @property
    def configured(self) -> bool:
        return self.host is not None


@dataclass(frozen=True)
class AttachmentSettings:
    read_text: bool = True  # read attachments' text at import (PDF, DOCX, RTF, HTML, text; OCR when installed)
    seconds: int = 60  # wall-clock limit per attachment
    memory_mb: int = 1024  # memory limit of the process that reads them
    ocr_languages: str = "eng"  # Tesseract languages, "eng+spa"; empty: no OCR


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    database_url: str
    user_emails: tuple[str, ...]
    timezone: ZoneInfo
    students: tuple[str, ...]
    trail_address: str | None
    allowed_senders: tuple[str, ...]
    spacy_model: str | None
    model_dir: Path | None  # learned models to use instead of the packaged ones (leave-one-corpus-out runs)
    default_deadline_days: int
    request_answer_days: int
    school_holidays: tuple[date, ...]
    escalation_ladder: tuple[str, ...]
    poll_minutes: int
    digest_day: str
    digest_time: time
    digest_to: str | None
    imap: ImapSettings
    smtp: SmtpSettings
    web_host: str
    web_port: int
    web_secret: str | None = field(repr=False)
    web_base_url: str | None
    serve_with_worker: bool
    search_by_email: bool
    search_by_email_authserv_ids: tuple[str, ...]  # whose Authentication-Results headers are believed
    log_level: str
    dkim_check: bool = True  # verify DKIM signatures at import (asks DNS for the signer's public key)
    mail_provider: str = "custom"
    oauth: OAuthSettings | None = None  # set when IMAP or SMTP signs in with OAuth2
    attachments: AttachmentSettings = field(default_factory=AttachmentSettings)
    today: date | None = None  # IEPTRAIL_TODAY: the day taken as today (the demo's as-of day); None: the clock's
    profile: str = OWN  # own | demo (config/profile.py)
    set_up: bool = True  # False before any .env or IEPTRAIL_* setting exists (commands then point to `ieptrail init`)
    service_grid: Path | None = None  # the IEP's schedule of services (TOML; trail/service_grid.py), if given
    ledger_attachments: bool = False  # the missed-services ledger also counts sessions read in attachments

    @property
    def user_email(self) -> str | None:
        return self.user_emails[0] if self.user_emails else None

    def is_user(self, address: str | None) -> bool:
        return bool(address) and address.lower() in self.user_emails


def load_settings(environ: Mapping[str, str] | None = None, env_file: str | Path | None = None,
                  profile: str | None = None) -> Settings:
    """The settings of this run. `profile` (`own` or `demo`) overrides IEPTRAIL_PROFILE and the profile
    `ieptrail demo` made active (config/profile.py)."""
    values = read_environment(environ, env_file)
    env = Env(values)
    data_dir = Path(env.text("IEPTRAIL_DATA_DIR") or _default_data_dir(env)).expanduser()
    set_up = is_set_up(values, settings_file(values, env_file).is_file())
    active = active_profile(profile or env.text("IEPTRAIL_PROFILE"), data_dir)
    if active == DEMO:
        env = Env(demo_environment(values, data_dir))
        data_dir = Path(env.text("IEPTRAIL_DATA_DIR") or data_dir)
    database_url = env.text("IEPTRAIL_DATABASE_URL") or f"sqlite:///{data_dir / 'ieptrail.db'}"
    if "://" not in database_url:
        raise ConfigError(
            f"IEPTRAIL_DATABASE_URL={database_url!r} is not a database URL; "
            "use sqlite:////path/to/file.db or postgresql+psycopg://user@host/dbname"
        )

    provider = env.choice("IEPTRAIL_MAIL_PROVIDER", "custom", tuple(PRESETS))
    preset = PRESETS[provider]
    imap_tls = env.choice("IEPTRAIL_IMAP_TLS", preset.imap.tls if preset.imap else "ssl", ("ssl", "starttls", "none"))
    imap_host = env.text("IEPTRAIL_IMAP_HOST") or (preset.imap.host if preset.imap else None)
    if imap_host and imap_tls == "none" and not is_loopback(imap_host):
        raise ConfigError(
            f"IEPTRAIL_IMAP_TLS=none is only allowed for a loopback host; {imap_host} would get your password in clear text"
        )
    imap_user = env.text("IEPTRAIL_IMAP_USER")
    if imap_host and not imap_user:
        if preset.imap:
            raise ConfigError(f"IEPTRAIL_MAIL_PROVIDER={provider} needs IEPTRAIL_IMAP_USER ({preset.imap_user_hint})")
        raise ConfigError("IEPTRAIL_IMAP_HOST is set but IEPTRAIL_IMAP_USER is not")
    processed = env.text("IEPTRAIL_IMAP_PROCESSED", "move:Processed")
    action, _, target = processed.partition(":")
    if action not in ("move", "flag") or not target:
        raise ConfigError(
            f"IEPTRAIL_IMAP_PROCESSED={processed!r}: use move:FOLDER (e.g. move:Processed) or flag:KEYWORD (e.g. flag:$IEPTrail)"
        )
    imap_password = env.secret("IEPTRAIL_IMAP_PASSWORD")
    imap = ImapSettings(
        host=imap_host,
        port=env.integer("IEPTRAIL_IMAP_PORT", _default_port(preset.imap, imap_tls, {"ssl": 993, "starttls": 143, "none": 143}),
                         1, 65535),
        user=imap_user,
        password=imap_password,
        folder=env.text("IEPTRAIL_IMAP_FOLDER", "INBOX"),
        tls=imap_tls,
        processed_action=action,
        processed_folder=target if action == "move" else "Processed",
        processed_keyword=target if action == "flag" else "$IEPTrail",
        batch_size=env.integer("IEPTRAIL_IMAP_BATCH", 50, 1, 1000),
        idle=env.boolean("IEPTRAIL_IMAP_IDLE", False),
        timeout_seconds=env.integer("IEPTRAIL_IMAP_TIMEOUT", 60, 1),
        cafile=env.text("IEPTRAIL_IMAP_CAFILE"),
        auth=env.choice("IEPTRAIL_IMAP_AUTH", preset.auth, ("password", "oauth2")),
    )

    smtp_tls = env.choice("IEPTRAIL_SMTP_TLS", preset.smtp.tls if preset.smtp else "starttls", ("ssl", "starttls", "none"))
    smtp_host = env.text("IEPTRAIL_SMTP_HOST") or (preset.smtp.host if preset.smtp else None)
    if smtp_host and smtp_tls == "none" and not is_loopback(smtp_host):
        raise ConfigError(f"IEPTRAIL_SMTP_TLS=none is only allowed for a loopback host, not {smtp_host}")
    user_emails = env.emails("IEPTRAIL_USER_EMAILS")
    sender = env.text("IEPTRAIL_SMTP_FROM") or (user_emails[0] if user_emails else None)
    smtp_user = env.text("IEPTRAIL_SMTP_USER")
    smtp_password = env.secret("IEPTRAIL_SMTP_PASSWORD")
    if preset.smtp:  # one account at one provider: the mailbox's login also sends
        smtp_user = smtp_user or (imap_user if imap_user and "@" in imap_user else sender)
        smtp_password = smtp_password or imap_password
    smtp = SmtpSettings(
        host=smtp_host,
        port=env.integer("IEPTRAIL_SMTP_PORT", _default_port(preset.smtp, smtp_tls, {"ssl": 465, "starttls": 587, "none": 25}),
                         1, 65535),
        user=smtp_user,
        password=smtp_password,
        sender=sender,
        tls=smtp_tls,
        timeout_seconds=env.integer("IEPTRAIL_SMTP_TIMEOUT", 30, 1),
        cafile=env.text("IEPTRAIL_SMTP_CAFILE"),
        auth=env.choice("IEPTRAIL_SMTP_AUTH", preset.auth, ("password", "oauth2")),
    )
    oauth = _oauth_settings(env, preset, imap, smtp, data_dir)
    if oauth is not None:
        imap, smtp = replace(imap, oauth=oauth), replace(smtp, oauth=oauth)

    web_host = env.text("IEPTRAIL_WEB_HOST", "127.0.0.1")
    web_secret = env.secret("IEPTRAIL_WEB_SECRET")
    ladder = env.items("IEPTRAIL_ESCALATION_LADDER") or DEFAULT_ESCALATION_LADDER
    digest_day = env.choice("IEPTRAIL_DIGEST_DAY", "sun", ("mon", "tue", "wed", "thu", "fri", "sat", "sun"))
    trail = env.emails("IEPTRAIL_TRAIL_ADDRESS")
    service_grid = _service_grid(env.text("IEPTRAIL_SERVICE_GRID"), data_dir)
    digest_to = env.emails("IEPTRAIL_DIGEST_TO")
    return Settings(
        data_dir=data_dir,
        database_url=database_url,
        user_emails=user_emails,
        timezone=env.zone("IEPTRAIL_TIMEZONE", local_zone_name()),
        students=env.items("IEPTRAIL_STUDENTS"),
        trail_address=trail[0] if trail else None,
        allowed_senders=tuple(item.lower().lstrip("@") for item in env.items("IEPTRAIL_ALLOWED_SENDERS")),
        spacy_model=env.text("IEPTRAIL_SPACY_MODEL"),
        model_dir=Path(env.text("IEPTRAIL_MODEL_DIR")).expanduser() if env.text("IEPTRAIL_MODEL_DIR") else None,
        default_deadline_days=env.integer("IEPTRAIL_DEFAULT_DEADLINE_DAYS", 15, 1, 365),
        request_answer_days=env.integer("IEPTRAIL_REQUEST_ANSWER_DAYS", 5, 1, 365),
        school_holidays=env.dates("IEPTRAIL_SCHOOL_HOLIDAYS"),
        escalation_ladder=ladder,
        poll_minutes=env.integer("IEPTRAIL_POLL_MINUTES", 5, 1, 24 * 60),
        digest_day=digest_day,
        digest_time=env.clock("IEPTRAIL_DIGEST_TIME", "07:00"),
        digest_to=digest_to[0] if digest_to else (user_emails[0] if user_emails else None),
        imap=imap,
        smtp=smtp,
        web_host=web_host,
        web_port=env.integer("IEPTRAIL_WEB_PORT", 8765, 1, 65535),
        web_secret=web_secret,
        web_base_url=env.text("IEPTRAIL_WEB_BASE_URL"),
        serve_with_worker=env.boolean("IEPTRAIL_SERVE_WITH_WORKER", False),
        search_by_email=env.boolean("IEPTRAIL_SEARCH_BY_EMAIL", True),
        search_by_email_authserv_ids=tuple(item.lower() for item in env.items("IEPTRAIL_SEARCH_BY_EMAIL_AUTHSERV_ID")),
        log_level=env.choice("IEPTRAIL_LOG_LEVEL", "info", ("debug", "info", "warning", "error")),
        dkim_check=env.boolean("IEPTRAIL_DKIM_CHECK", True),
        mail_provider=provider,
        oauth=oauth,
        attachments=AttachmentSettings(
            read_text=env.boolean("IEPTRAIL_ATTACHMENT_TEXT", True),
            seconds=env.integer("IEPTRAIL_ATTACHMENT_SECONDS", 60, 1, 3600),
            memory_mb=env.integer("IEPTRAIL_ATTACHMENT_MEMORY_MB", 1024, 256, 65536),
            ocr_languages=env.text("IEPTRAIL_OCR_LANGUAGES", "eng") or "",
        ),
        today=env.day("IEPTRAIL_TODAY"),
        profile=active,
        set_up=set_up,
        service_grid=service_grid,
        ledger_attachments=env.boolean("IEPTRAIL_LEDGER_ATTACHMENTS", False),
    )


def _service_grid(value: str | None, data_dir: Path) -> Path | None:
    """The service grid file: the one named, else `<data dir>/service-grid.toml` when there is one."""
    if not value:
        default = data_dir / "service-grid.toml"
        return default if default.is_file() else None
    path = Path(value).expanduser()
    if not path.is_file():
        raise ConfigError(f"IEPTRAIL_SERVICE_GRID={value!r}: there is no such file (the IEP's service grid, a TOML file; "
                          "see README.md, \"The service grid\")")
    return path


def _default_port(server, tls: str, by_tls: dict[str, int]) -> int:
    return server.port if server is not None and server.tls == tls else by_tls[tls]


def _oauth_settings(env: Env, preset: Preset, imap: ImapSettings, smtp: SmtpSettings, data_dir: Path) -> OAuthSettings | None:
    users = [name for name, side in (("IEPTRAIL_IMAP_AUTH", imap), ("IEPTRAIL_SMTP_AUTH", smtp))
             if side.configured and side.auth == "oauth2"]
    if not users:
        return None
    endpoints: OAuthEndpoints | None = preset.oauth
    tenant = env.text("IEPTRAIL_OAUTH_TENANT")
    if tenant and preset.name in ("outlook", "microsoft365"):
        endpoints = microsoft_endpoints(tenant)
    client_id = env.text("IEPTRAIL_OAUTH_CLIENT_ID")
    if not client_id:
        raise ConfigError(f"{users[0]}=oauth2 needs IEPTRAIL_OAUTH_CLIENT_ID: the id of an OAuth client you registered "
                          f"(README.md, section \"Mail providers\", says how for {preset.name})")
    urls = {}
    for name, preset_value in (("IEPTRAIL_OAUTH_AUTHORIZE_URL", endpoints and endpoints.authorize_url),
                               ("IEPTRAIL_OAUTH_TOKEN_URL", endpoints and endpoints.token_url),
                               ("IEPTRAIL_OAUTH_DEVICE_URL", endpoints and endpoints.device_url),
                               ("IEPTRAIL_OAUTH_REVOKE_URL", endpoints and endpoints.revoke_url)):
        url = env.text(name) or preset_value
        if url and not (url.startswith("https://") or _loopback_http(url)):
            raise ConfigError(f"{name}={url!r} must be an https:// address (plain http only on a loopback host)")
        urls[name] = url
    if not urls["IEPTRAIL_OAUTH_TOKEN_URL"]:
        raise ConfigError(f"{users[0]}=oauth2 with IEPTRAIL_MAIL_PROVIDER={preset.name} needs IEPTRAIL_OAUTH_TOKEN_URL "
                          "and IEPTRAIL_OAUTH_AUTHORIZE_URL or IEPTRAIL_OAUTH_DEVICE_URL")
    if not (urls["IEPTRAIL_OAUTH_AUTHORIZE_URL"] or urls["IEPTRAIL_OAUTH_DEVICE_URL"]):
        raise ConfigError("set IEPTRAIL_OAUTH_AUTHORIZE_URL (sign-in in a browser) or IEPTRAIL_OAUTH_DEVICE_URL "
                          "(sign-in with a code on another device)")
    scope_text = env.text("IEPTRAIL_OAUTH_SCOPES")
    scopes = tuple(scope_text.replace(",", " ").split()) if scope_text else (endpoints.scopes if endpoints else ())
    if not scopes:
        raise ConfigError("IEPTRAIL_OAUTH_SCOPES is needed: the scopes your mail server wants (space-separated)")
    return OAuthSettings(
        provider=preset.name,
        client_id=client_id,
        client_secret=env.secret("IEPTRAIL_OAUTH_CLIENT_SECRET"),
        authorize_url=urls["IEPTRAIL_OAUTH_AUTHORIZE_URL"],
        token_url=urls["IEPTRAIL_OAUTH_TOKEN_URL"],
        device_url=urls["IEPTRAIL_OAUTH_DEVICE_URL"],
        revoke_url=urls["IEPTRAIL_OAUTH_REVOKE_URL"],
        scopes=scopes,
        extra_authorize_params=endpoints.extra_authorize_params if endpoints else (),
        token_file=data_dir / "oauth-token.json",
        account=(imap.user if imap.configured and imap.auth == "oauth2" else smtp.user) or "",
    )


def _loopback_http(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme == "http" and bool(parts.hostname) and is_loopback(parts.hostname)


def ensure_data_dir(settings: Settings) -> Path:
    """Create the data directory (private to the user: it holds children's records)."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    try:
        os.chmod(settings.data_dir, 0o700)
    except OSError:
        pass
    return settings.data_dir
