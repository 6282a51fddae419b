"""IEP Paper Trail: forwarded school email in, an evidence-grade record out."""

__version__ = "0.1.0"
