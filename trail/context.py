"""What every entry point shares: the settings (read once), the database and the tagger, each
built when first needed (a command that never tags never loads spaCy)."""
from __future__ import annotations

from datetime import date, datetime
from functools import cached_property
from typing import TYPE_CHECKING

from ieptrail.config import Settings, ensure_data_dir, load_settings
from ieptrail.store.db import Database

if TYPE_CHECKING:
    from ieptrail.classify import Tagger


class Context:
    def __init__(self, settings: Settings | None = None):
        self._settings = settings

    @cached_property
    def settings(self) -> Settings:
        return self._settings or load_settings()

    @cached_property
    def db(self) -> Database:
        if self.settings.database_url.startswith("sqlite"):
            ensure_data_dir(self.settings)
        return Database(self.settings.database_url)

    @cached_property
    def tagger(self) -> Tagger:
        from ieptrail.classify import (
            Tagger,  # spaCy: only for commands that tag or read queries
        )

        return Tagger.from_settings(self.settings)

    def today(self) -> date:
        return datetime.now(self.settings.timezone).date()
