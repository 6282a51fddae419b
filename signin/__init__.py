"""Signing in to the mailbox with OAuth2 (Gmail, Outlook.com, Microsoft 365, any RFC 6749 server).

Imports only ieptrail.errors and ieptrail.config, so ingest/ (IMAP) and notify/ (SMTP) both use it:
`bearer(settings.oauth)` gives an access token refreshed before it expires, `sasl` turns it into
an XOAUTH2 or OAUTHBEARER exchange. `ieptrail auth login|status|logout` (cli/auth.py) signs in.
"""
from ieptrail.signin.errors import SIGN_IN_AGAIN, ScopeMissing, SignInError, SignInRequired
from ieptrail.signin.tokens import Bearer, StoredSignIn, TokenStore, bearer

__all__ = ["SIGN_IN_AGAIN", "Bearer", "ScopeMissing", "SignInError", "SignInRequired", "StoredSignIn", "TokenStore",
           "bearer"]
