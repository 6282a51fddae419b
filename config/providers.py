"""Mail provider presets (IEPTRAIL_MAIL_PROVIDER): the IMAP and SMTP servers, their TLS, how one
signs in to them, and for OAuth2 where the authorization server is and which scopes mail needs.

The values are each provider's own published settings (README: "Mail providers" says where each
comes from and what the user must create). Every value can still be overridden by its
IEPTRAIL_IMAP_*, IEPTRAIL_SMTP_* or IEPTRAIL_OAUTH_* variable.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Server:
    host: str
    port: int
    tls: str  # ssl | starttls


@dataclass(frozen=True)
class OAuthEndpoints:
    authorize_url: str
    token_url: str
    device_url: str | None  # RFC 8628 device authorization; None where the provider refuses mail scopes there
    revoke_url: str | None  # RFC 7009 revocation; None where the provider has none
    scopes: tuple[str, ...]
    extra_authorize_params: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Preset:
    name: str
    imap: Server | None
    smtp: Server | None
    auth: str  # oauth2 | password: what the provider accepts from a program like this one
    oauth: OAuthEndpoints | None = None
    imap_user_hint: str = "your full email address"


_MICROSOFT = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0"
MICROSOFT_SCOPES = ("offline_access", "https://outlook.office.com/IMAP.AccessAsUser.All",
                    "https://outlook.office.com/SMTP.Send")


def microsoft_endpoints(tenant: str) -> OAuthEndpoints:
    """Microsoft identity platform v2.0 for a tenant: `consumers` (Outlook.com, Hotmail, Live),
    `organizations` (any work or school tenant) or a tenant's id or domain."""
    base = _MICROSOFT.format(tenant=tenant)
    return OAuthEndpoints(authorize_url=f"{base}/authorize", token_url=f"{base}/token", device_url=f"{base}/devicecode",
                          revoke_url=None, scopes=MICROSOFT_SCOPES)


PRESETS: dict[str, Preset] = {
    "gmail": Preset(
        "gmail", Server("imap.gmail.com", 993, "ssl"), Server("smtp.gmail.com", 465, "ssl"), "oauth2",
        OAuthEndpoints(
            authorize_url="https://accounts.google.com/o/oauth2/v2/auth",
            token_url="https://oauth2.googleapis.com/token",
            device_url=None,  # Google's device flow does not allow the mail scope
            revoke_url="https://oauth2.googleapis.com/revoke",
            scopes=("https://mail.google.com/",),
            # a refresh token is only issued for offline access, and again only when consent is asked again
            extra_authorize_params=(("access_type", "offline"), ("prompt", "consent")),
        ),
    ),
    "outlook": Preset("outlook", Server("outlook.office365.com", 993, "ssl"),
                      Server("smtp-mail.outlook.com", 587, "starttls"), "oauth2", microsoft_endpoints("consumers")),
    "microsoft365": Preset("microsoft365", Server("outlook.office365.com", 993, "ssl"),
                           Server("smtp.office365.com", 587, "starttls"), "oauth2", microsoft_endpoints("organizations")),
    "yahoo": Preset("yahoo", Server("imap.mail.yahoo.com", 993, "ssl"), Server("smtp.mail.yahoo.com", 465, "ssl"),
                    "password"),
    "icloud": Preset("icloud", Server("imap.mail.me.com", 993, "ssl"), Server("smtp.mail.me.com", 587, "starttls"),
                     "password", imap_user_hint="the part of your iCloud address before the @"),
    "fastmail": Preset("fastmail", Server("imap.fastmail.com", 993, "ssl"), Server("smtp.fastmail.com", 465, "ssl"),
                       "password"),
    "custom": Preset("custom", None, None, "password"),
}


# Mail providers anyone can use: an address there says nothing about which school someone works at.
PUBLIC_MAIL_DOMAINS = frozenset({
    "gmail.com", "googlemail.com", "yahoo.com", "ymail.com", "rocketmail.com", "outlook.com", "hotmail.com", "live.com",
    "msn.com", "icloud.com", "me.com", "mac.com", "aol.com", "att.net", "sbcglobal.net", "bellsouth.net", "comcast.net",
    "verizon.net", "charter.net", "cox.net", "earthlink.net", "protonmail.com", "proton.me", "pm.me", "fastmail.com",
    "zoho.com", "gmx.com", "gmx.net", "mail.com", "yandex.com", "hey.com", "tutanota.com",
    # the internet providers' mailboxes families still use (as tagging's personal-mail pattern lists them)
    "optonline.net", "optimum.net", "frontier.com", "windstream.net", "juno.com", "netzero.net", "duck.com", "email.com",
    "centurylink.net", "embarqmail.com", "mindspring.com", "roadrunner.com", "aim.com", "pacbell.net", "swbell.net",
})


def _provider_subdomain(domain: str) -> bool:
    """Regional mailboxes of a provider: "nc.rr.com", "twc.rr.com"."""
    return domain.endswith(".rr.com")


def is_public_mail_domain(domain: str) -> bool:
    """A provider anyone can sign up at (yahoo.co.uk, yahoo.fr, … too)."""
    domain = domain.lower()
    return domain in PUBLIC_MAIL_DOMAINS or domain.startswith("yahoo.") or _provider_subdomain(domain)
