"""Profiles: your own record, or the demo (the bundled sample family's record, as of its day).

`ieptrail demo` makes the demo the active profile by writing `<data dir>/profile`; `ieptrail demo
--off` removes the file. IEPTRAIL_PROFILE (`demo` or `own`) chooses for one run and wins over the
file; `--demo` on a command is the same as IEPTRAIL_PROFILE=demo.

While the demo is active every setting that says who the family is comes from the sample
(`sample/sample.json`): your addresses, the children, the time zone, the trail address, and "today"
(its `as_of` day). The demo has its own data directory (`<data dir>/demo`: its database, written
mail) and none of your mail account: nothing is polled or sent. How you serve the page and log
is kept.
"""
from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ieptrail.errors import ConfigError

OWN, DEMO = "own", "demo"
PROFILES = (OWN, DEMO)
PROFILE_FILE = "profile"
SAMPLE = Path(__file__).resolve().parent.parent / "sample"

# Your settings the demo keeps: how the page is served, logging, the tagging models. Everything
# else (the family, the mail account, the deadlines) is the sample's or the default.
KEPT_IN_DEMO = frozenset({
    "IEPTRAIL_WEB_HOST", "IEPTRAIL_WEB_PORT", "IEPTRAIL_WEB_SECRET", "IEPTRAIL_WEB_SECRET_FILE",
    "IEPTRAIL_LOG_LEVEL", "IEPTRAIL_SPACY_MODEL", "IEPTRAIL_MODEL_DIR", "IEPTRAIL_DKIM_CHECK",
})


@dataclass(frozen=True)
class SampleFamily:
    user_emails: tuple[str, ...]
    students: tuple[str, ...]
    timezone: str
    trail_address: str
    as_of: str  # YYYY-MM-DD: the day the sample's statuses are told as of
    mailbox: Path


@lru_cache(maxsize=1)
def sample_family() -> SampleFamily:
    values = json.loads((SAMPLE / "sample.json").read_text(encoding="utf-8"))
    return SampleFamily(tuple(values["user_emails"]), tuple(values["students"]), values["timezone"],
                        values["trail_address"], values["as_of"], SAMPLE / "mailbox")


def profile_file(data_dir: Path) -> Path:
    return data_dir / PROFILE_FILE


def active_profile(chosen: str | None, data_dir: Path) -> str:
    """`chosen` (IEPTRAIL_PROFILE, or --demo) when given, else what `ieptrail demo` left in the data directory."""
    if chosen:
        if chosen.lower() not in PROFILES:
            raise ConfigError(f"IEPTRAIL_PROFILE must be one of {', '.join(PROFILES)}, got {chosen!r}")
        return chosen.lower()
    try:
        written = profile_file(data_dir).read_text(encoding="utf-8").strip().lower()
    except OSError:
        return OWN
    return written if written in PROFILES else OWN


def switch_profile(data_dir: Path, profile: str) -> bool:
    """Make `profile` the active one from now on; True when that changed anything."""
    path = profile_file(data_dir)
    if profile == OWN:
        if not path.exists():
            return False
        path.unlink()
        return True
    if path.exists() and path.read_text(encoding="utf-8").strip() == profile:
        return False
    data_dir.mkdir(parents=True, exist_ok=True)
    path.write_text(profile + "\n", encoding="utf-8")
    return True


def demo_data_dir(data_dir: Path) -> Path:
    return data_dir / "demo"


def demo_environment(values: Mapping[str, str], data_dir: Path) -> dict[str, str]:
    """The settings the demo runs with: the sample family's, over the few of yours it keeps."""
    family = sample_family()
    kept = {name: value for name, value in values.items() if not name.startswith("IEPTRAIL_") or name in KEPT_IN_DEMO}
    folder = demo_data_dir(data_dir)
    kept.update({
        "IEPTRAIL_DATA_DIR": str(folder),
        "IEPTRAIL_DATABASE_URL": f"sqlite:///{folder / 'ieptrail.db'}",
        "IEPTRAIL_USER_EMAILS": ",".join(family.user_emails),
        "IEPTRAIL_STUDENTS": ",".join(family.students),
        "IEPTRAIL_TIMEZONE": family.timezone,
        "IEPTRAIL_TRAIL_ADDRESS": family.trail_address,
        "IEPTRAIL_TODAY": family.as_of,
    })
    return kept


# Settings that say whose record this is or where it lives: any of them (or a .env) means someone set
# this installation up. Others (a web port, a log level) can be set in a shell profile for every run.
IDENTITY_SETTINGS = frozenset({"IEPTRAIL_USER_EMAILS", "IEPTRAIL_STUDENTS", "IEPTRAIL_TRAIL_ADDRESS",
                               "IEPTRAIL_DATABASE_URL", "IEPTRAIL_IMAP_HOST", "IEPTRAIL_MAIL_PROVIDER"})


def is_set_up(values: Mapping[str, str], env_file_found: bool) -> bool:
    """Whether anyone has said whose record this is yet: a .env file, or one of IDENTITY_SETTINGS."""
    return env_file_found or any((values.get(name) or "").strip() for name in IDENTITY_SETTINGS)


def sqlite_path(database_url: str) -> Path | None:
    """The file of a SQLite database URL (sqlite:///relative or sqlite:////absolute), None for any other."""
    prefix = "sqlite:///"
    if not database_url.startswith(prefix) or database_url[len(prefix):] in ("", ":memory:"):
        return None
    return Path(os.path.expanduser(database_url[len(prefix):].split("?", 1)[0]))
