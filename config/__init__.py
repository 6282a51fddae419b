"""Settings from the environment and `.env`."""
from ieptrail.config.settings import ImapSettings, Settings, SmtpSettings, ensure_data_dir, is_loopback, load_settings

__all__ = ["ImapSettings", "Settings", "SmtpSettings", "ensure_data_dir", "is_loopback", "load_settings"]
