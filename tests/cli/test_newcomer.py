"""The first hour, as a newcomer walks it: ieptrail built as a wheel and installed into a fresh
virtualenv (not on PATH), a fresh home, `ieptrail demo`, then each hint it printed pasted into a
shell as printed: search, promises, services, the digest, a PDF, and the web page fetched over
loopback. Everything shows the sample family, its names, its as-of day and one clock.

The wheel is built once from a copy of the source (nothing is written into the checkout) and
installed without its dependencies, which the fresh virtualenv borrows from this one through a
.pth line; the ieptrail code itself comes from the wheel (checked).
"""
from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import sysconfig
import time
import urllib.request
from pathlib import Path

import pypdf
import pytest

from conftest import REPO

SHOTS = REPO / "test-output" / "newcomer"
AS_OF_LONG = "Thu, Mar 12, 2026"
# Message 58 (Jessica Tran, "RE: STAAR practice test …"), sent Wed 4 March 2026 at 15:35 in Texas (CST,
# UTC-6): the same clock, with its zone, wherever it is shown.
CLOCK_CLI, CLOCK_WEB = "Wed 2026-03-04 15:35 CST", "Wed, Mar 4, 2026, 3:35 PM CST"
COPY_IGNORED = shutil.ignore_patterns(".venv", ".git", ".static", "build", "dist", "test-output", "bench", "tests",
                                      "__pycache__", "*.egg-info", "*.pyc")


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """(the `ieptrail` of a fresh virtualenv with the wheel installed, the wheel build's output)."""
    base = tmp_path_factory.mktemp("newcomer")
    source = base / "source"
    shutil.copytree(REPO, source, ignore=COPY_IGNORED, symlinks=True)
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(base / "dist"), str(source)],
                           capture_output=True, text=True, timeout=600)
    if built.returncode != 0 and "Could not find a version that satisfies" in built.stdout + built.stderr:
        pytest.skip("pip cannot fetch setuptools to build the wheel here (no package index)")
    assert built.returncode == 0, built.stdout + built.stderr
    [wheel] = (base / "dist").glob("ieptrail-*.whl")
    venv = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    site = Path(subprocess.run([str(venv / "bin" / "python"), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                               capture_output=True, text=True, check=True).stdout.strip())
    # the dependencies, from this virtualenv (a plain path line: no .pth of that folder, so not its editable ieptrail)
    (site / "borrowed-dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    installing = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "--no-deps", "--no-index",
                                 str(wheel)], capture_output=True, text=True, timeout=300,
                                env={**os.environ, "PIP_CONFIG_FILE": os.devnull})
    assert installing.returncode == 0, installing.stdout + installing.stderr
    where = subprocess.run([str(venv / "bin" / "python"), "-c", "import ieptrail; print(ieptrail.__file__)"],
                           capture_output=True, text=True, check=True, cwd=base).stdout.strip()
    assert where.startswith(str(site)), f"ieptrail came from {where}, not from the wheel"
    return venv / "bin" / "ieptrail", built.stdout + built.stderr + installing.stdout + installing.stderr


def test_the_wheel_builds_and_installs_without_a_warning(installed):
    program, output = installed
    assert "is absent from the `packages` configuration" not in output
    assert not [line for line in output.splitlines()
                if "warning" in line.lower() and "Location 'file:" not in line], output  # the machine's own pip index
    # the worker starts however ieptrail was installed: `ieptrail worker`, or `python -m ieptrail.cli worker`
    for command in ([str(program), "worker", "--help"], [str(program.parent / "python"), "-m", "ieptrail.cli", "worker", "--help"]):
        started = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=program.parent)
        assert started.returncode == 0 and "poll the trail mailbox" in started.stdout, started.stderr


def test_the_first_hour_from_the_demo_to_the_web_page(installed, tmp_path):
    program, _output = installed
    home, work = tmp_path / "home", tmp_path / "work"
    home.mkdir()
    work.mkdir()
    port = _free_port()
    # ieptrail is not on PATH (as after `./scripts/install`): the hints must say where it is
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "IEPTRAIL_WEB_PORT": str(port),
           "IEPTRAIL_DKIM_CHECK": "false"}

    def shell(command: str) -> subprocess.CompletedProcess:
        return subprocess.run(["/bin/sh", "-c", command], env=env, cwd=work, capture_output=True, text=True, timeout=300)

    demo = subprocess.run([str(program), "demo"], env=env, cwd=work, capture_output=True, text=True, timeout=300)
    assert demo.returncode == 0, demo.stderr
    out = demo.stdout
    assert "63 original messages in 20 threads about Mateo Delgado" in out
    assert f"as of {AS_OF_LONG}" in out and "Promises not kept: 6 overdue promises" in out
    assert "Priya Natarajan" in out and "40 days overdue" in out
    assert "Questions not answered: 7 requests" in out and "You, 2026-01-11" in out
    # the ledger: the session made up on 1/27 is not owed
    assert re.search(r"Speech-language therapy\s+3 sessions missed \(90 min\); 1 made up \(30 min\); "
                     r"owed: 2 sessions \(60 min\)", out)
    hints = dict(re.findall(r"^  ([A-Z][^:\n]*):\s+(\S.*)$", out, re.M))
    assert hints["Search (words and what they mean)"] == f"{program} search 'extra time'"

    banner = f"Showing the demo record: the sample family (Mateo Delgado), as of {AS_OF_LONG}. " \
             f"Back to your own record: {program} demo --off"

    searched = shell(hints["Search (words and what they mean)"])
    assert searched.returncode == 0, searched.stderr
    assert banner in searched.stderr
    assert f"[58] {CLOCK_CLI}  Jessica Tran" in searched.stdout and "extended_time" in searched.stdout

    promises = shell(re.search(r"^  All 6: (.*)$", out, re.M).group(1))
    assert promises.returncode == 0 and banner in promises.stderr
    assert "[4] OVERDUE   Priya Natarajan, 2026-01-13" in promises.stdout and "40 days overdue, 0 follow-ups sent" in promises.stdout
    assert f"({program} follow-up 4)" in promises.stdout and "(as of 2026-03-12)" in promises.stdout

    services = shell(re.search(r"^  Session by session: (.*)$", out, re.M).group(1))
    assert services.returncode == 0 and banner in services.stderr and "speech_language_therapy" in services.stdout

    digest = shell(hints["The weekly digest email"])
    assert digest.returncode == 0, digest.stderr
    assert "As of Thursday, March 12, 2026: " in digest.stdout and "6 overdue promises" in digest.stdout
    assert "You asked" in digest.stdout and "Rosa Delgado asked you" not in digest.stdout

    exported = shell(hints["The record as a PDF for an advocate"])
    assert exported.returncode == 0, exported.stderr
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(work / "demo-record.pdf").pages)
    assert "Mateo Delgado" in text and "the student" not in text and "2026-03-12" in text
    assert CLOCK_CLI in text

    assert hints["The same record in a browser"] == f"{program} serve"
    address = re.search(r"then open (http://\S+)", out).group(1)
    assert address == f"http://127.0.0.1:{port}/"
    served = subprocess.Popen(["/bin/sh", "-c", "exec " + hints["The same record in a browser"]], env=env, cwd=work,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        pages = {path: _fetch(address.rstrip("/") + path) for path in ("/?q=extra+time", "/promises", "/services")}
        for html in pages.values():
            assert "demo record" in html and AS_OF_LONG in html
        assert CLOCK_WEB in pages["/?q=extra+time"]
        assert "Priya Natarajan" in pages["/promises"] and "40 days overdue" in pages["/promises"]
        assert "Speech-language therapy" in pages["/services"]
        _screenshots(address)
    finally:
        served.send_signal(signal.SIGINT)
        _stdout, stderr = served.communicate(timeout=30)
    assert banner in stderr and f"IEP Paper Trail on {address}" in stderr

    left = shell(f"{program} demo --off")
    assert left.returncode == 0 and "Left the demo" in left.stdout and f"{program} init" in left.stdout
    own = shell(f"{program} search 'extra time'")
    assert own.returncode == 2 and "nothing is set up yet" in own.stderr and banner not in own.stderr


def _fetch(url: str, timeout: float = 120) -> str:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=30) as response:
                return response.read().decode("utf-8")
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.25)


def _screenshots(address: str) -> None:
    """The demo's pages at a desktop and a phone width, as the first screen shows them, for a person to
    look at (the README shows four of them, from docs/)."""
    chromium = Path("/usr/bin/chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return
    if not chromium.exists():
        return
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(chromium), headless=True,
                                             args=["--disable-gpu", "--disable-dev-shm-usage"])
        try:
            for width_name, width, height in (("desktop", 1100, 900), ("phone", 390, 844)):
                context = browser.new_context(viewport={"width": width, "height": height}, java_script_enabled=False)
                page = context.new_page()
                for name, path in (("search", "?q=extra+time"), ("promises", "promises"), ("services", "services"),
                                   ("thread", "threads/7")):
                    page.goto(address + path)
                    page.screenshot(path=str(SHOTS / f"demo-{name}-{width_name}.png"))
                context.close()
        finally:
            browser.close()
