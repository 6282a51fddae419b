"""Profiles: your own record or the demo, chosen by `ieptrail demo`, IEPTRAIL_PROFILE or --demo; and
whether anything is set up yet."""
from __future__ import annotations

import os
from datetime import date

import pytest

from ieptrail.config import load_settings
from ieptrail.config.profile import DEMO, OWN, is_set_up, profile_file, sample_family, sqlite_path, switch_profile
from ieptrail.errors import ConfigError


def settings_in(tmp_path, **values):
    return load_settings({"HOME": str(tmp_path), **values}, env_file=os.devnull)


def test_the_demo_profile_is_the_sample_family_as_of_its_day(tmp_path):
    mine = {"IEPTRAIL_USER_EMAILS": "me@example.org", "IEPTRAIL_TIMEZONE": "Europe/Berlin",
            "IEPTRAIL_IMAP_HOST": "imap.example.org", "IEPTRAIL_IMAP_USER": "me", "IEPTRAIL_WEB_PORT": "9000",
            "IEPTRAIL_DEFAULT_DEADLINE_DAYS": "9"}
    own = settings_in(tmp_path, **mine)
    assert own.profile == OWN and own.today is None and own.imap.configured
    assert switch_profile(own.data_dir, DEMO) and not switch_profile(own.data_dir, DEMO)
    demo = settings_in(tmp_path, **mine)
    family = sample_family()
    assert demo.profile == DEMO and demo.user_emails == family.user_emails and demo.students == family.students
    assert str(demo.timezone) == family.timezone and demo.today == date.fromisoformat(family.as_of)
    assert demo.data_dir == own.data_dir / "demo" and sqlite_path(demo.database_url) == demo.data_dir / "ieptrail.db"
    assert not demo.imap.configured and not demo.smtp.configured  # never your mailbox
    assert demo.web_port == 9000 and demo.default_deadline_days == 15  # how you serve is kept; the rules are the defaults
    assert settings_in(tmp_path, IEPTRAIL_PROFILE="own", **mine).profile == OWN  # for one run
    assert switch_profile(own.data_dir, OWN) and not profile_file(own.data_dir).exists()
    assert settings_in(tmp_path, **mine).profile == OWN
    assert load_settings({"HOME": str(tmp_path)}, env_file=os.devnull, profile=DEMO).profile == DEMO  # --demo


def test_a_bad_profile_or_day_is_named(tmp_path):
    with pytest.raises(ConfigError, match="IEPTRAIL_PROFILE"):
        settings_in(tmp_path, IEPTRAIL_PROFILE="sample")
    with pytest.raises(ConfigError, match="IEPTRAIL_TODAY"):
        settings_in(tmp_path, IEPTRAIL_TODAY="12/03/2026")
    assert settings_in(tmp_path, IEPTRAIL_TODAY="2026-03-12").today == date(2026, 3, 12)


def test_set_up_means_a_settings_file_or_a_setting_that_says_whose_record_it_is():
    assert not is_set_up({}, env_file_found=False)
    assert not is_set_up({"IEPTRAIL_WEB_PORT": "9000", "IEPTRAIL_LOG_LEVEL": "debug", "HOME": "/x"}, False)
    assert not is_set_up({"IEPTRAIL_USER_EMAILS": "  "}, False)
    assert is_set_up({}, env_file_found=True)
    assert is_set_up({"IEPTRAIL_USER_EMAILS": "me@example.org"}, False)
    assert is_set_up({"IEPTRAIL_DATABASE_URL": "sqlite:////tmp/x.db"}, False)


def test_sqlite_paths():
    assert str(sqlite_path("sqlite:////srv/trail.db")) == "/srv/trail.db"
    assert str(sqlite_path("sqlite:///trail.db")) == "trail.db"
    assert sqlite_path("sqlite:///:memory:") is None and sqlite_path("postgresql+psycopg://u@h/db") is None
