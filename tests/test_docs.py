"""The README and .env.example must not fall behind the code."""
from __future__ import annotations

import re

from conftest import REPO
from ieptrail.cli import main


def settings_in_code() -> set[str]:
    source = (REPO / "config" / "settings.py").read_text()
    names = set(re.findall(r'"(IEPTRAIL_[A-Z_]+)"', source))
    return {name for name in names}


def test_every_setting_is_documented_in_the_readme_and_env_example():
    readme = (REPO / "README.md").read_text()
    example = (REPO / ".env.example").read_text()
    for name in settings_in_code():
        short = "_" + name.split("_", 2)[-1]
        assert name in readme or short in readme, f"{name} missing from README.md"
        assert re.search(rf"^{name}=", example, re.M), f"{name} missing from .env.example"


def test_every_command_is_in_the_readme():
    readme = (REPO / "README.md").read_text()
    for name in main.list_commands(None):
        assert f"ieptrail {name}" in readme, f"`ieptrail {name}` missing from README.md"


def test_ci_runs_exactly_the_readme_test_command():
    readme = (REPO / "README.md").read_text()
    ci = (REPO / ".ci" / "run").read_text()
    assert "./scripts/test" in readme and "exec ./scripts/test" in ci
