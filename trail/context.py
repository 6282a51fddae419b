"""What every entry point shares: the settings (read once), the database and the tagger, each
built when first needed (a command that never tags never loads spaCy)."""
from __future__ import annotations

from datetime import date, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from ieptrail.config import Settings, ensure_data_dir, load_settings
from ieptrail.config.profile import DEMO, OWN, sqlite_path
from ieptrail.errors import NotSetUp

if TYPE_CHECKING:
    from ieptrail.classify import Tagger
    from ieptrail.store.db import Database
    from ieptrail.trail.search import QueryReader


def today(settings: Settings, now: datetime | None = None) -> date:
    """The day statuses, digests and the page are told as of when none is asked for: IEPTRAIL_TODAY
    when set (the demo's as-of day), else today on the clock in IEPTRAIL_TIMEZONE."""
    if settings.today is not None:
        return settings.today
    return (now or datetime.now(settings.timezone)).astimezone(settings.timezone).date()


class Context:
    def __init__(self, settings: Settings | None = None, profile: str | None = None):
        self._settings = settings
        self.profile_choice = profile  # `demo` for one run (--demo); None: IEPTRAIL_PROFILE or the active profile

    @cached_property
    def settings(self) -> Settings:
        return self._settings or load_settings(profile=self.profile_choice)

    @cached_property
    def db(self) -> Database:
        settings = self.settings
        path = sqlite_path(settings.database_url)
        if path is not None and not path.exists() and not settings.set_up and settings.profile == OWN:
            # nothing was ever set up here: an empty record would only answer "no messages found"
            raise NotSetUp(f"nothing is set up yet: no settings (no .env in {Path.cwd()}, no IEPTRAIL_USER_EMAILS) "
                           f"and no record at {path}")
        if path is not None and not path.exists() and settings.profile == DEMO:
            raise NotSetUp(f"the demo record is not there ({path}): run `ieptrail demo` to make it again")
        if path is not None:
            ensure_data_dir(settings)
        from ieptrail.store.db import Database  # SQLAlchemy: only for commands that read or write the record

        return Database(settings.database_url)

    @cached_property
    def tagger(self) -> Tagger:
        from ieptrail.classify import Tagger  # spaCy: only for commands that tag or read queries

        return Tagger.from_settings(self.settings)

    @cached_property
    def query_reader(self) -> QueryReader:
        """What a search asks for its query's topics: spaCy only if the prepared index cannot say."""
        from ieptrail.trail.search import QueryReader

        return QueryReader(lambda: self.tagger, self.settings.spacy_model)

    def today(self) -> date:
        return today(self.settings)

