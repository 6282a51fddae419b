"""Mail out: the weekly digest, follow-up drafts, recaps and answers to requests by email, composed
from what trail/ reads, and the outbox that sends them (SMTP) or writes them to files."""
