"""Settings: defaults, .env, clear errors."""
from __future__ import annotations

from datetime import date, time

import pytest

from ieptrail.config import load_settings
from ieptrail.errors import ConfigError


def test_defaults_need_no_configuration(tmp_path):
    settings = load_settings({"HOME": str(tmp_path)}, env_file="/dev/null")
    assert settings.database_url == f"sqlite:///{tmp_path}/.local/share/ieptrail/ieptrail.db"
    assert settings.poll_minutes == 5 and settings.default_deadline_days == 15
    assert settings.imap.configured is False and settings.smtp.configured is False
    assert settings.web_host == "127.0.0.1" and settings.digest_time == time(7, 0)


def test_env_file_is_read_and_the_environment_wins(tmp_path):
    env_file = tmp_path / ".env"
    env_file.write_text("IEPTRAIL_USER_EMAILS=Me@Example.com, other@example.org\nIEPTRAIL_POLL_MINUTES=9\n"
                        "IEPTRAIL_STUDENTS=Nora Whitaker, Eli Whitaker (Bug)\n")
    settings = load_settings({"HOME": str(tmp_path), "IEPTRAIL_POLL_MINUTES": "3"}, env_file=env_file)
    assert settings.user_emails == ("me@example.com", "other@example.org")
    assert settings.poll_minutes == 3
    assert settings.students == ("Nora Whitaker", "Eli Whitaker (Bug)")
    assert settings.is_user("ME@example.com") and not settings.is_user("x@y.z")


@pytest.mark.parametrize("name, value, words", [
    ("IEPTRAIL_TIMEZONE", "Central", "IANA"),
    ("IEPTRAIL_POLL_MINUTES", "often", "whole number"),
    ("IEPTRAIL_POLL_MINUTES", "0", "at least 1"),
    ("IEPTRAIL_USER_EMAILS", "rosa at gmail", "not an email"),
    ("IEPTRAIL_DATABASE_URL", "trail.db", "not a database URL"),
    ("IEPTRAIL_IMAP_TLS", "yes", "ssl, starttls, none"),
    ("IEPTRAIL_IMAP_PROCESSED", "archive", "move:FOLDER"),
    ("IEPTRAIL_SCHOOL_HOLIDAYS", "2026-03-20..2026-03-16", "ends before it starts"),
    ("IEPTRAIL_DIGEST_TIME", "7am", "time of day"),
])
def test_bad_values_name_the_variable(tmp_path, name, value, words):
    with pytest.raises(ConfigError) as error:
        load_settings({"HOME": str(tmp_path), name: value}, env_file="/dev/null")
    assert name in str(error.value) and words in str(error.value)


def test_clear_text_mail_only_on_loopback(tmp_path):
    base = {"HOME": str(tmp_path), "IEPTRAIL_IMAP_USER": "trail", "IEPTRAIL_IMAP_TLS": "none"}
    assert load_settings({**base, "IEPTRAIL_IMAP_HOST": "127.0.0.1"}, env_file="/dev/null").imap.port == 143
    with pytest.raises(ConfigError, match="loopback"):
        load_settings({**base, "IEPTRAIL_IMAP_HOST": "mail.example.com"}, env_file="/dev/null")


def test_password_from_a_file_and_holiday_ranges(tmp_path):
    secret = tmp_path / "imap-password"
    secret.write_text("s3cret\n")
    settings = load_settings({"HOME": str(tmp_path), "IEPTRAIL_IMAP_HOST": "127.0.0.1", "IEPTRAIL_IMAP_USER": "trail",
                              "IEPTRAIL_IMAP_PASSWORD_FILE": str(secret),
                              "IEPTRAIL_SCHOOL_HOLIDAYS": "2026-03-16..2026-03-18, 2026-04-03"}, env_file="/dev/null")
    assert settings.imap.password == "s3cret"
    assert "s3cret" not in repr(settings)
    assert settings.school_holidays == (date(2026, 3, 16), date(2026, 3, 17), date(2026, 3, 18), date(2026, 4, 3))


def _provider(tmp_path, **env):
    return load_settings({"HOME": str(tmp_path), **env}, env_file="/dev/null")


def test_a_provider_preset_fills_servers_tls_and_how_to_sign_in(tmp_path):
    gmail = _provider(tmp_path, IEPTRAIL_MAIL_PROVIDER="gmail", IEPTRAIL_IMAP_USER="rosa@gmail.com",
                      IEPTRAIL_OAUTH_CLIENT_ID="123.apps.googleusercontent.com", IEPTRAIL_OAUTH_CLIENT_SECRET="GOCSPX-x")
    assert (gmail.imap.host, gmail.imap.port, gmail.imap.tls, gmail.imap.auth) == ("imap.gmail.com", 993, "ssl", "oauth2")
    assert (gmail.smtp.host, gmail.smtp.port, gmail.smtp.tls, gmail.smtp.auth) == ("smtp.gmail.com", 465, "ssl", "oauth2")
    assert gmail.smtp.user == "rosa@gmail.com" and gmail.imap.oauth is gmail.oauth is gmail.smtp.oauth
    assert gmail.oauth.scopes == ("https://mail.google.com/",) and gmail.oauth.device_url is None
    assert "GOCSPX-x" not in repr(gmail)
    outlook = _provider(tmp_path, IEPTRAIL_MAIL_PROVIDER="outlook", IEPTRAIL_IMAP_USER="rosa@outlook.com",
                        IEPTRAIL_OAUTH_CLIENT_ID="0000-1111")
    assert (outlook.imap.host, outlook.smtp.host, outlook.smtp.port, outlook.smtp.tls) == (
        "outlook.office365.com", "smtp-mail.outlook.com", 587, "starttls")
    assert "/consumers/" in outlook.oauth.token_url and outlook.oauth.device_url.endswith("/devicecode")
    assert "https://outlook.office.com/IMAP.AccessAsUser.All" in outlook.oauth.mail_scopes
    school = _provider(tmp_path, IEPTRAIL_MAIL_PROVIDER="microsoft365", IEPTRAIL_IMAP_USER="rosa@district.org",
                       IEPTRAIL_OAUTH_CLIENT_ID="0000-1111", IEPTRAIL_OAUTH_TENANT="district.org")
    assert "/district.org/oauth2/v2.0/" in school.oauth.authorize_url and school.smtp.host == "smtp.office365.com"
    icloud = _provider(tmp_path, IEPTRAIL_MAIL_PROVIDER="icloud", IEPTRAIL_IMAP_USER="rosa",
                       IEPTRAIL_IMAP_PASSWORD="abcd-efgh-ijkl-mnop", IEPTRAIL_USER_EMAILS="rosa@icloud.com")
    assert icloud.imap.auth == "password" and icloud.oauth is None
    assert (icloud.smtp.user, icloud.smtp.password) == ("rosa@icloud.com", "abcd-efgh-ijkl-mnop")
    overridden = _provider(tmp_path, IEPTRAIL_MAIL_PROVIDER="fastmail", IEPTRAIL_IMAP_USER="r@fastmail.com",
                           IEPTRAIL_SMTP_TLS="starttls")
    assert (overridden.smtp.host, overridden.smtp.port) == ("smtp.fastmail.com", 587)


@pytest.mark.parametrize("env, named", [
    ({"IEPTRAIL_MAIL_PROVIDER": "gmail"}, "IEPTRAIL_IMAP_USER"),
    ({"IEPTRAIL_MAIL_PROVIDER": "gmail", "IEPTRAIL_IMAP_USER": "r@gmail.com"}, "IEPTRAIL_OAUTH_CLIENT_ID"),
    ({"IEPTRAIL_MAIL_PROVIDER": "hotmail"}, "IEPTRAIL_MAIL_PROVIDER"),
    ({"IEPTRAIL_IMAP_HOST": "mail.example.org", "IEPTRAIL_IMAP_USER": "r", "IEPTRAIL_IMAP_AUTH": "oauth2",
      "IEPTRAIL_OAUTH_CLIENT_ID": "c"}, "IEPTRAIL_OAUTH_TOKEN_URL"),
    ({"IEPTRAIL_IMAP_HOST": "mail.example.org", "IEPTRAIL_IMAP_USER": "r", "IEPTRAIL_IMAP_AUTH": "oauth2",
      "IEPTRAIL_OAUTH_CLIENT_ID": "c", "IEPTRAIL_OAUTH_TOKEN_URL": "http://sso.example.org/token",
      "IEPTRAIL_OAUTH_DEVICE_URL": "https://sso.example.org/device"}, "IEPTRAIL_OAUTH_TOKEN_URL"),
])
def test_sign_in_settings_that_cannot_work_are_named(tmp_path, env, named):
    with pytest.raises(ConfigError, match=named):
        _provider(tmp_path, **env)
