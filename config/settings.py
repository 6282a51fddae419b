"""Settings, read once from the environment and `.env`; nothing else in the project reads os.environ.

Every variable here is documented in README.md and .env.example (tests/test_docs.py checks).
"""
from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path
from zoneinfo import ZoneInfo

from ieptrail.config.env import Env, read_environment
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


def _local_zone_name() -> str:
    try:
        import tzlocal

        return tzlocal.get_localzone_name() or "UTC"
    except Exception:  # no zone configured on the machine: UTC is the only honest guess
        return "UTC"


def _default_data_dir(env: Env) -> Path:
    base = env.text("XDG_DATA_HOME") or str(Path(env.text("HOME") or Path.home()) / ".local" / "share")
    return Path(base) / "ieptrail"


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

    @property
    def configured(self) -> bool:
        return self.host is not None


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

    @property
    def user_email(self) -> str | None:
        return self.user_emails[0] if self.user_emails else None

    def is_user(self, address: str | None) -> bool:
        return bool(address) and address.lower() in self.user_emails


def load_settings(environ: Mapping[str, str] | None = None, env_file: str | Path | None = None) -> Settings:
    env = Env(read_environment(environ, env_file))
    data_dir = Path(env.text("IEPTRAIL_DATA_DIR") or _default_data_dir(env)).expanduser()
    database_url = env.text("IEPTRAIL_DATABASE_URL") or f"sqlite:///{data_dir / 'ieptrail.db'}"
    if "://" not in database_url:
        raise ConfigError(
            f"IEPTRAIL_DATABASE_URL={database_url!r} is not a database URL; "
            "use sqlite:////path/to/file.db or postgresql+psycopg://user@host/dbname"
        )

    imap_tls = env.choice("IEPTRAIL_IMAP_TLS", "ssl", ("ssl", "starttls", "none"))
    imap_host = env.text("IEPTRAIL_IMAP_HOST")
    if imap_host and imap_tls == "none" and not is_loopback(imap_host):
        raise ConfigError(
            f"IEPTRAIL_IMAP_TLS=none is only allowed for a loopback host; {imap_host} would get your password in clear text"
        )
    if imap_host and not env.text("IEPTRAIL_IMAP_USER"):
        raise ConfigError("IEPTRAIL_IMAP_HOST is set but IEPTRAIL_IMAP_USER is not")
    processed = env.text("IEPTRAIL_IMAP_PROCESSED", "move:Processed")
    action, _, target = processed.partition(":")
    if action not in ("move", "flag") or not target:
        raise ConfigError(
            f"IEPTRAIL_IMAP_PROCESSED={processed!r}: use move:FOLDER (e.g. move:Processed) or flag:KEYWORD (e.g. flag:$IEPTrail)"
        )
    imap = ImapSettings(
        host=imap_host,
        port=env.integer("IEPTRAIL_IMAP_PORT", {"ssl": 993, "starttls": 143, "none": 143}[imap_tls], 1, 65535),
        user=env.text("IEPTRAIL_IMAP_USER"),
        password=env.secret("IEPTRAIL_IMAP_PASSWORD"),
        folder=env.text("IEPTRAIL_IMAP_FOLDER", "INBOX"),
        tls=imap_tls,
        processed_action=action,
        processed_folder=target if action == "move" else "Processed",
        processed_keyword=target if action == "flag" else "$IEPTrail",
        batch_size=env.integer("IEPTRAIL_IMAP_BATCH", 50, 1, 1000),
        idle=env.boolean("IEPTRAIL_IMAP_IDLE", False),
        timeout_seconds=env.integer("IEPTRAIL_IMAP_TIMEOUT", 60, 1),
        cafile=env.text("IEPTRAIL_IMAP_CAFILE"),
    )

    smtp_tls = env.choice("IEPTRAIL_SMTP_TLS", "starttls", ("ssl", "starttls", "none"))
    smtp_host = env.text("IEPTRAIL_SMTP_HOST")
    if smtp_host and smtp_tls == "none" and not is_loopback(smtp_host):
        raise ConfigError(f"IEPTRAIL_SMTP_TLS=none is only allowed for a loopback host, not {smtp_host}")
    user_emails = env.emails("IEPTRAIL_USER_EMAILS")
    smtp = SmtpSettings(
        host=smtp_host,
        port=env.integer("IEPTRAIL_SMTP_PORT", {"ssl": 465, "starttls": 587, "none": 25}[smtp_tls], 1, 65535),
        user=env.text("IEPTRAIL_SMTP_USER"),
        password=env.secret("IEPTRAIL_SMTP_PASSWORD"),
        sender=env.text("IEPTRAIL_SMTP_FROM") or (user_emails[0] if user_emails else None),
        tls=smtp_tls,
        timeout_seconds=env.integer("IEPTRAIL_SMTP_TIMEOUT", 30, 1),
        cafile=env.text("IEPTRAIL_SMTP_CAFILE"),
    )

    web_host = env.text("IEPTRAIL_WEB_HOST", "127.0.0.1")
    web_secret = env.secret("IEPTRAIL_WEB_SECRET")
    ladder = env.items("IEPTRAIL_ESCALATION_LADDER") or DEFAULT_ESCALATION_LADDER
    digest_day = env.choice("IEPTRAIL_DIGEST_DAY", "sun", ("mon", "tue", "wed", "thu", "fri", "sat", "sun"))
    trail = env.emails("IEPTRAIL_TRAIL_ADDRESS")
    digest_to = env.emails("IEPTRAIL_DIGEST_TO")
    return Settings(
        data_dir=data_dir,
        database_url=database_url,
        user_emails=user_emails,
        timezone=env.zone("IEPTRAIL_TIMEZONE", _local_zone_name()),
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
    )


def ensure_data_dir(settings: Settings) -> Path:
    """Create the data directory (private to the user: it holds children's records)."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    try:
        os.chmod(settings.data_dir, 0o700)
    except OSError:
        pass
    return settings.data_dir
