"""Headless Chromium (Debian's /usr/bin/chromium) from the command line: screenshots of an HTML file
and the DOM as the browser built it. No Playwright, no network: pages are opened as file:// URLs."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
         "--mute-audio"]


def chromium_binary() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _run(page: Path, *arguments: str, timeout: float = 60) -> subprocess.CompletedProcess:
    binary = chromium_binary()
    if binary is None:
        raise FileNotFoundError("chromium is not installed (Debian: apt-get install chromium)")
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        return subprocess.run([binary, *FLAGS, f"--user-data-dir={profile}", *arguments, page.resolve().as_uri()],
                              capture_output=True, timeout=timeout, check=False)


def screenshot(page: Path, png: Path, width: int = 800, height: int = 2400) -> Path:
    png.parent.mkdir(parents=True, exist_ok=True)
    png.unlink(missing_ok=True)
    result = _run(page, f"--window-size={width},{height}", f"--screenshot={png.resolve()}")
    if not png.exists():
        raise RuntimeError(f"chromium wrote no screenshot: {result.stderr.decode(errors='replace')[-2000:]}")
    return png


def rendered_dom(page: Path) -> str:
    """The document after the browser parsed it (and ran any script it would run)."""
    result = _run(page, "--dump-dom")
    return result.stdout.decode("utf-8", errors="replace")
