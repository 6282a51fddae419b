"""Settings from the environment and `.env`."""
from ieptrail.config.settings import (
    ImapSettings,
    OAuthSettings,
    Settings,
    SmtpSettings,
    ensure_data_dir,
    is_loopback,
    load_settings,
)

__all__ = ["ImapSettings", "OAuthSettings", "Settings", "SmtpSettings", "ensure_data_dir", "is_loopback", "load_settings"]
