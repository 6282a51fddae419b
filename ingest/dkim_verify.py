"""DKIM: was this message really sent by the domain that signed it? Checked once, at import.

A school's mail server signs what it sends; the public key sits in DNS at
`<selector>._domainkey.<domain>`. Keys are rotated and old ones withdrawn, so a check months
later can fail on a genuine message: the result is checked when the email arrives and kept.

The only thing that leaves the machine is that DNS question (no message content). Without
network it fails fast and the result is recorded as `error` ("could not be checked"); after
one such failure DNS is not asked again for a few minutes, so an offline import never waits
on DNS once per message.
"""
from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from datetime import UTC, datetime

import dkim
from ieptrail.ingest.parsed import DkimResult

log = logging.getLogger(__name__)

# (name, timeout=seconds) -> TXT record bytes, or None when no key is published: dkimpy's hook
TxtLookup = Callable[..., bytes | None]
DNS_TIMEOUT_SECONDS = 3.0
DNS_RETRY_AFTER_SECONDS = 300.0
MAX_SIGNATURES = 5  # more is not a real message's doing; each costs a DNS question


class DnsUnavailable(Exception):
    """DNS could not be asked (no network, no resolver, a timeout)."""


def dns_txt_lookup(name: bytes | str, timeout: float = DNS_TIMEOUT_SECONDS) -> bytes | None:
    """The TXT record at `name` through the system resolver; None when it does not exist."""
    import dns.exception
    import dns.resolver

    qname = name.decode("ascii", "replace") if isinstance(name, bytes) else name
    try:
        answer = dns.resolver.resolve(qname, "TXT", lifetime=timeout, raise_on_no_answer=False)
    except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
        return None
    except (dns.exception.DNSException, OSError) as exc:  # timeout, no nameservers, no network
        raise DnsUnavailable(f"{type(exc).__name__}: {exc}") from exc
    for record in answer.rrset or ():
        return b"".join(record.strings)
    return None


def _signature_tags(header_value: bytes) -> dict[bytes, bytes]:
    tags = {}
    for item in header_value.split(b";"):
        key, _, value = item.partition(b"=")
        tags[key.strip().lower()] = re.sub(rb"\s+", b"", value)
    return tags


def _from_domain(raw: bytes) -> str:
    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    match = re.search(rb"^From:(.*(?:\r?\n[ \t].*)*)", head, re.I | re.M)
    address = re.findall(rb"@([A-Za-z0-9.-]+)", match.group(1)) if match else []
    return address[-1].decode("ascii").lower() if address else ""


def _aligned(domain: str, from_domain: str) -> bool:
    return bool(from_domain) and (from_domain == domain or from_domain.endswith("." + domain))


class DkimVerifier:
    """Verifies DKIM signatures, asking DNS through `lookup` (dkimpy's dnsfunc hook)."""

    def __init__(self, lookup: TxtLookup = dns_txt_lookup, timeout: float = DNS_TIMEOUT_SECONDS,
                 clock: Callable[[], float] = time.monotonic):
        self.lookup = lookup
        self.timeout = timeout
        self.clock = clock
        self.dns_down_until = 0.0
        self.keys: dict[bytes, bytes | None] = {}  # one import asks once per selector and domain

    def verify(self, raw: bytes) -> DkimResult:
        now = datetime.now(UTC).replace(tzinfo=None)
        try:
            checker = dkim.DKIM(raw, timeout=self.timeout, minkey=1024)
            signatures = [value for name, value in checker.headers if name.lower() == b"dkim-signature"]
        except Exception as exc:  # dkimpy cannot read the header block: nothing to verify against
            return DkimResult("error", None, f"the headers cannot be read for DKIM ({type(exc).__name__})", now)
        if not signatures:
            return DkimResult("none", None, "no DKIM signature", now)
        from_domain = _from_domain(raw)
        outcomes = [self._verify_one(raw, index, signature) for index, signature in
                    enumerate(signatures[:MAX_SIGNATURES])]
        passed = [domain for result, domain, _ in outcomes if result == "pass"]
        if passed:
            domain = next((d for d in passed if _aligned(d, from_domain)), passed[0])
            note = None if _aligned(domain, from_domain) else f"signed by {domain}, not the sender's domain {from_domain or '?'}"
            return DkimResult("pass", domain, note, now)
        failed = [outcome for outcome in outcomes if outcome[0] == "fail"]
        result, domain, note = (failed or outcomes)[0]
        return DkimResult(result, domain, note, now)

    def _verify_one(self, raw: bytes, index: int, signature: bytes) -> tuple[str, str | None, str]:
        tags = _signature_tags(signature)
        domain = tags.get(b"d", b"").decode("ascii", "replace").lower() or None
        problems: list[str] = []

        def key_lookup(name, timeout=self.timeout):
            if name in self.keys:
                record = self.keys[name]
            elif self.clock() < self.dns_down_until:
                problems.append("DNS was unavailable moments ago; not asked again yet")
                raise dkim.DnsTimeoutError("DNS unavailable")
            else:
                try:
                    record = self.lookup(name, timeout=min(timeout, self.timeout))
                except (DnsUnavailable, dkim.DnsTimeoutError, OSError) as exc:
                    self.dns_down_until = self.clock() + DNS_RETRY_AFTER_SECONDS
                    problems.append(f"DNS unavailable ({exc})")
                    raise dkim.DnsTimeoutError(str(exc)) from exc
                self.keys[name] = record
            if record is None:
                problems.append("the signer publishes no key for this signature (withdrawn or never published)")
            return record

        try:
            ok = dkim.DKIM(raw, timeout=self.timeout, minkey=1024).verify(idx=index, dnsfunc=key_lookup)
        except dkim.ValidationError as exc:  # e.g. "body hash mismatch": the body was changed after signing
            return "fail", domain, f"the signature does not match the message ({str(exc).split(' (')[0]})"
        except dkim.DKIMException as exc:
            return "error", domain, f"the signature cannot be checked: {exc}"
        except Exception as exc:  # a malformed signature dkimpy did not foresee: say so, never crash the import
            log.warning("DKIM check failed unexpectedly: %s", exc)
            return "error", domain, f"the signature cannot be checked ({type(exc).__name__})"
        if ok:
            return "pass", domain, ""
        if problems:
            return "error", domain, problems[0]
        return "fail", domain, "the signature does not match the message (it was changed after signing)"
