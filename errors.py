"""The exception tree: every error the project raises on purpose is one of these.

Each layer raises its own kind, chained (`raise ... from exc`) to the cause; the CLI and the
worker turn them into one clear line and an exit code instead of a traceback.
"""


class IEPTrailError(Exception):
    """Base of every error this project raises on purpose."""


class ConfigError(IEPTrailError):
    """A setting is missing or has a value we cannot use."""


class NotSetUp(ConfigError):
    """A command that needs a record ran before anything was set up (`ieptrail init` or `ieptrail demo`)."""


class InvalidInput(IEPTrailError):
    """A value the user gave cannot be used (a date range the wrong way round, an unknown action)."""


class IngestError(IEPTrailError):
    """A mail source could not be read (not: one bad message, which is quarantined)."""


class UnparseableEmail(IngestError):
    """This email cannot become a record; it is quarantined with this message."""


class StoreError(IEPTrailError):
    """The database refused or could not be reached."""


class ClassifyError(IEPTrailError):
    """The tagging pipeline could not be built (e.g. a named spaCy model is not installed)."""


class NotifyError(IEPTrailError):
    """An email could not be sent or written."""


class NotFoundError(IEPTrailError):
    """An id the user gave names nothing in the record."""
