"""Typed reads of `IEPTRAIL_*` variables with errors that name the variable and the fix."""
from __future__ import annotations

import os
import re
from collections.abc import Mapping
from datetime import date, time
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ieptrail.errors import ConfigError

_EMAIL = re.compile(r"^[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;]+$")


def settings_file(environ: Mapping[str, str] | None = None, env_file: str | Path | None = None) -> Path:
    """The settings file read: `IEPTRAIL_ENV_FILE` when set, else `.env` in the current directory."""
    environ = os.environ if environ is None else environ
    return Path(env_file or environ.get("IEPTRAIL_ENV_FILE") or ".env")


def read_environment(environ: Mapping[str, str] | None = None, env_file: str | Path | None = None) -> dict[str, str]:
    """The process environment laid over the `.env` file (the environment wins, as with load_dotenv).

    The file is `IEPTRAIL_ENV_FILE` when set, else `.env` in the current directory; a missing
    file is fine. Its values are taken literally (no `${VAR}` expansion: a password may contain
    `${`). Nothing is written back into `os.environ`.
    """
    environ = dict(os.environ if environ is None else environ)
    path = settings_file(environ, env_file)
    merged: dict[str, str] = {}
    if path.is_file():
        from dotenv import dotenv_values  # here, not at the top: most commands run without a .env file

        merged.update({k: v for k, v in dotenv_values(path, interpolate=False).items() if v is not None})
    elif (env_file or environ.get("IEPTRAIL_ENV_FILE")) and not path.exists():
        raise ConfigError(f"IEPTRAIL_ENV_FILE points to {path}, which does not exist")
    merged.update(environ)
    return merged


class Env:
    """Typed getters over a plain mapping; every bad value raises ConfigError naming the variable."""

    def __init__(self, values: Mapping[str, str]):
        self.values = values

    def raw(self, name: str) -> str | None:
        value = self.values.get(name)
        if value is None or value.strip() == "":
            return None
        return value.strip()

    def text(self, name: str, default: str | None = None) -> str | None:
        value = self.raw(name)
        return default if value is None else value

    def integer(self, name: str, default: int, minimum: int | None = None, maximum: int | None = None) -> int:
        value = self.raw(name)
        if value is None:
            return default
        try:
            number = int(value)
        except ValueError:
            raise ConfigError(f"{name} must be a whole number, got {value!r}") from None
        if minimum is not None and number < minimum:
            raise ConfigError(f"{name} must be at least {minimum}, got {number}")
        if maximum is not None and number > maximum:
            raise ConfigError(f"{name} must be at most {maximum}, got {number}")
        return number

    def boolean(self, name: str, default: bool) -> bool:
        value = self.raw(name)
        if value is None:
            return default
        lowered = value.lower()
        if lowered in {"1", "true", "yes", "on"}:
            return True
        if lowered in {"0", "false", "no", "off"}:
            return False
        raise ConfigError(f"{name} must be true or false, got {value!r}")

    def choice(self, name: str, default: str, choices: tuple[str, ...]) -> str:
        value = self.raw(name)
        if value is None:
            return default
        if value.lower() not in choices:
            raise ConfigError(f"{name} must be one of {', '.join(choices)}, got {value!r}")
        return value.lower()

    def items(self, name: str) -> tuple[str, ...]:
        """A comma-separated list, blanks dropped."""
        value = self.raw(name)
        if value is None:
            return ()
        return tuple(part.strip() for part in value.split(",") if part.strip())

    def emails(self, name: str) -> tuple[str, ...]:
        addresses = tuple(item.lower() for item in self.items(name))
        for address in addresses:
            if not _EMAIL.match(address):
                raise ConfigError(f"{name} holds {address!r}, which is not an email address")
        return addresses

    def zone(self, name: str, default: str) -> ZoneInfo:
        value = self.raw(name) or default
        try:
            return ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ConfigError(
                f"{name}={value!r} is not an IANA time zone; use a name like America/Chicago or Europe/Berlin"
            ) from None

    def clock(self, name: str, default: str) -> time:
        value = self.raw(name) or default
        try:
            return time.fromisoformat(value)
        except ValueError:
            raise ConfigError(f"{name} must be a time of day like 07:30, got {value!r}") from None

    def day(self, name: str) -> date | None:
        value = self.raw(name)
        if value is None:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise ConfigError(f"{name} must be a day like 2026-03-12, got {value!r}") from None

    def dates(self, name: str) -> tuple[date, ...]:
        """Dates and inclusive ranges: `2026-03-16..2026-03-20, 2026-04-03`."""
        days: list[date] = []
        for item in self.items(name):
            first, _, last = item.partition("..")
            try:
                start = date.fromisoformat(first.strip())
                end = date.fromisoformat(last.strip()) if last else start
            except ValueError:
                raise ConfigError(f"{name} holds {item!r}; use YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD") from None
            if end < start:
                raise ConfigError(f"{name} holds the range {item!r}, which ends before it starts")
            days.extend(date.fromordinal(n) for n in range(start.toordinal(), end.toordinal() + 1))
        return tuple(days)

    def secret(self, name: str) -> str | None:
        """A password from NAME, or from the file named by NAME_FILE (first line, trailing newline dropped)."""
        value = self.values.get(name)
        if value:
            return value
        file_name = self.raw(f"{name}_FILE")
        if file_name is None:
            return None
        try:
            return Path(file_name).read_text(encoding="utf-8").splitlines()[0] if Path(file_name).stat().st_size else ""
        except OSError as exc:
            raise ConfigError(f"{name}_FILE={file_name!r} cannot be read: {exc.strerror}") from None
