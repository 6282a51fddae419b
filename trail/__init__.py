"""The application: one email from bytes to stored, tagged rows (importer), what later mail
delivered or answered (followups), statuses as of a day, search, and the user's decisions."""
