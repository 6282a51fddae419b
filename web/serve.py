"""Serving the page with uvicorn: in the foreground (`ieptrail serve`) or beside the worker (a thread)."""
from __future__ import annotations

import logging
import socket
import threading
import time
from typing import TYPE_CHECKING

import uvicorn
from ieptrail.config import Settings
from ieptrail.errors import IEPTrailError
from ieptrail.store.db import Database
from ieptrail.web.app import create_app
from ieptrail.web.security import check_exposure

if TYPE_CHECKING:
    from ieptrail.classify import Tagger

log = logging.getLogger("ieptrail.web")


def listen(host: str, port: int) -> socket.socket:
    """Bind before serving, so a busy port is one clear error (and port 0 tells us the port it got)."""
    try:
        family, kind, proto, _name, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        sock = socket.socket(family, kind, proto)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(128)
    except OSError as exc:
        raise IEPTrailError(f"cannot serve the web page on {host}:{port}: {exc.strerror or exc}") from exc
    sock.set_inheritable(True)
    return sock


def page_address(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://{'[' + host + ']' if ':' in host else host}:{port}/"


class WebPage:
    """The page bound to host:port. `run()` serves in the calling thread; `start()` in a background one."""

    def __init__(self, settings: Settings, db: Database, tagger: Tagger | None = None, host: str | None = None, port: int | None = None):
        self.host = host or settings.web_host
        self.protection = check_exposure(settings, self.host)
        self.settings, self.db, self.tagger = settings, db, tagger
        self.socket = listen(self.host, settings.web_port if port is None else port)
        self.address = page_address(self.socket)
        self.server: uvicorn.Server | None = None
        self.thread: threading.Thread | None = None
        self.failure: BaseException | None = None
        self.stopping = threading.Event()

    def _server(self) -> uvicorn.Server:
        if self.tagger is None:  # its own pipeline: spaCy objects are never shared with the worker's threads
            from ieptrail.classify import Tagger

            self.tagger = Tagger.from_settings(self.settings)
        app = create_app(self.settings, self.db, self.tagger, host=self.host)
        # no access log: the paths carry search words about a child
        config = uvicorn.Config(app, log_level="warning", access_log=False, server_header=False, lifespan="off",
                                proxy_headers=False, timeout_graceful_shutdown=5)
        return uvicorn.Server(config)

    def run(self) -> None:
        """Serve until SIGINT/SIGTERM (uvicorn handles them in the main thread)."""
        self.server = self._server()
        if self.stopping.is_set():
            return
        log.info("web page on %s (%s)", self.address, self.protection)
        self.server.run(sockets=[self.socket])

    def start(self, ready_timeout: float = 120.0) -> WebPage:
        """Serve in a daemon thread; returns once the page answers (or the start failed)."""
        self.thread = threading.Thread(target=self._serve_in_thread, name="web-page", daemon=True)
        self.thread.start()
        deadline = time.monotonic() + ready_timeout
        while time.monotonic() < deadline and self.thread.is_alive():
            if self.server is not None and self.server.started:
                return self
            time.sleep(0.05)
        if self.failure is not None:
            raise IEPTrailError(f"the web page did not start: {self.failure}") from self.failure
        if not self.thread.is_alive():
            raise IEPTrailError("the web page did not start")
        return self

    def _serve_in_thread(self) -> None:
        try:
            self.run()
        except BaseException as exc:  # uvicorn exits with SystemExit on a failed start; never kill the worker
            self.failure = exc
            log.error("the web page stopped: %s", exc)

    def stop(self) -> None:
        self.stopping.set()
        if self.server is not None:
            self.server.should_exit = True
        if self.thread is not None:
            self.thread.join(timeout=10)
        self.socket.close()
