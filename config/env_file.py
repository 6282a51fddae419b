"""Writing the settings file (`ieptrail init`): owner-only, complete before it is in place, and
every value read back exactly as written (quoted for python-dotenv, which reads it literally)."""
from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from ieptrail.config.profile import OWN
from ieptrail.config.settings import Settings, load_settings
from ieptrail.errors import ConfigError


def env_line(name: str, value: str) -> str:
    """`NAME='value'`: single quotes, with the two escapes python-dotenv knows there (\\\\ and \\')."""
    if "\n" in value or "\r" in value:
        raise ConfigError(f"{name} cannot hold a line break")
    return f"{name}='" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def write_env_file(path: Path, sections: list[tuple[str, Mapping[str, str]]], header: str) -> Path:
    """Write `path` readable by its owner only (0600): each section a comment and its settings."""
    lines = [f"# {line}" if line else "#" for line in header.splitlines()]
    for comment, values in sections:
        if values:
            lines += ["", f"# {comment}"] + [env_line(name, value) for name, value in values.items()]
    partial = path.with_name(path.name + ".partial")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write("\n".join(lines) + "\n")
        os.chmod(partial, 0o600)  # an existing .partial keeps its mode through O_CREAT
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return path


def settings_of(values: Mapping[str, str], environ: Mapping[str, str] | None = None) -> Settings:
    """The settings `values` would give once written, read as the file will be read (the process's
    own IEPTRAIL_* variables and any other .env left out), for checking before anything is written."""
    environ = os.environ if environ is None else environ
    outside = {name: value for name, value in environ.items() if not name.startswith("IEPTRAIL_")}
    return load_settings({**outside, **values}, env_file=os.devnull, profile=OWN)
