"""Slows down and locks out whoever guesses the web secret (the sign-in form and Bearer tokens).

Per client address: the first few wrong secrets cost nothing (typos), then each one closes the
door for twice as long as the one before (1, 2, 4 … 60 s), and after LOCKOUT_AFTER wrong secrets
in a row the address is locked out for LOCKOUT_SECONDS. While the door is closed an attempt is
refused (429 with Retry-After) without the secret being compared, so parallel requests gain
nothing. A right secret clears the address's count. Failed attempts are logged with the address
and the count, never with the value that was tried.

Addresses are forgotten once quiet for the lockout window; at most MAX_CLIENTS are remembered
(the oldest go first), so a flood of addresses cannot grow memory without bound. Behind a
reverse proxy every client has the proxy's address unless the server is told to trust its
forwarded-for header; then all guesses count together, which errs on the safe side.
"""
from __future__ import annotations

import logging
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger("ieptrail.web")

FREE_ATTEMPTS = 3
FIRST_DELAY_SECONDS = 1.0
MAX_DELAY_SECONDS = 60.0
LOCKOUT_AFTER = 10
LOCKOUT_SECONDS = 15 * 60
MAX_CLIENTS = 10_000


@dataclass
class _Client:
    failures: int = 0
    closed_until: float = 0.0
    last_failure: float = 0.0


class SignInGuard:
    def __init__(self, clock: Callable[[], float] = time.monotonic, *, free_attempts: int = FREE_ATTEMPTS,
                 first_delay: float = FIRST_DELAY_SECONDS, max_delay: float = MAX_DELAY_SECONDS,
                 lockout_after: int = LOCKOUT_AFTER, lockout_seconds: float = LOCKOUT_SECONDS,
                 max_clients: int = MAX_CLIENTS):
        self.clock = clock
        self.free_attempts = free_attempts
        self.first_delay = first_delay
        self.max_delay = max_delay
        self.lockout_after = lockout_after
        self.lockout_seconds = lockout_seconds
        self.max_clients = max_clients
        self._clients: OrderedDict[str, _Client] = OrderedDict()
        self._lock = threading.Lock()  # the page may run in the worker's thread beside the CLI's

    def _client(self, address: str, now: float) -> _Client | None:
        client = self._clients.get(address)
        if client is not None and now >= client.closed_until and now - client.last_failure > self.lockout_seconds:
            del self._clients[address]  # quiet long enough: a clean slate
            return None
        return client

    def wait_seconds(self, address: str) -> int:
        """0 when this address may try a secret now; otherwise how many seconds it must wait."""
        with self._lock:
            now = self.clock()
            client = self._client(address, now)
            if client is None or now >= client.closed_until:
                return 0
            return max(1, math.ceil(client.closed_until - now))

    def failed(self, address: str, where: str) -> int:
        """Count a wrong secret; returns the seconds until this address may try again."""
        with self._lock:
            now = self.clock()
            client = self._client(address, now) or _Client()
            client.failures += 1
            client.last_failure = now
            if client.failures >= self.lockout_after:
                client.closed_until = now + self.lockout_seconds
            elif client.failures > self.free_attempts:
                delay = self.first_delay * 2 ** (client.failures - self.free_attempts - 1)
                client.closed_until = now + min(delay, self.max_delay)
            self._clients[address] = client
            self._clients.move_to_end(address)
            while len(self._clients) > self.max_clients:
                self._clients.popitem(last=False)
            wait = max(0, math.ceil(client.closed_until - now))
        if client.failures >= self.lockout_after:
            log.warning("wrong web secret from %s (%s), %d in a row: locked out for %d min", address, where,
                        client.failures, self.lockout_seconds // 60)
        else:
            log.warning("wrong web secret from %s (%s), %d in a row%s", address, where, client.failures,
                        f"; next try allowed in {wait} s" if wait else "")
        return wait

    def succeeded(self, address: str) -> None:
        with self._lock:
            self._clients.pop(address, None)
