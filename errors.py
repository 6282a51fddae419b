"""The project's small exception tree.

Each layer raises its own kind, chained (`raise ... from exc`) to the cause; the CLI and the
worker turn them into one clear line and an exit code instead of a traceback.
"""


class IEPTrailError(Exception):
    """Base of every error this project raises on purpose."""


class ConfigError(IEPTrailError):
    """A setting is missing or has a value we cannot use."""


class IngestError(IEPTrailError):
    """A mail source could not be read (not: one bad message, which is quarantined)."""


class StoreError(IEPTrailError):
    """The database refused or could not be reached."""


class ClassifyError(IEPTrailError):
    """The tagging pipeline could not be built (e.g. a named spaCy model is not installed)."""


class NotifyError(IEPTrailError):
    """An email could not be sent or written."""


class NotFoundError(IEPTrailError):
    """An id the user gave names nothing in the record."""
