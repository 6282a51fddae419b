"""ieptrail beside the C mail indexers, on the same generated school mailbox, in one run.

    .venv/bin/python bench/indexers.py --count 20000
    .venv/bin/python bench/indexers.py --count 5000 --count 20000 --count 100000

For each size: a Maildir of that many messages (bench/mailbox_generator.py's school mail), then
`notmuch new` and `mu index` (Debian's notmuch and maildir-utils; skipped with a note when
absent) and `ieptrail import` (tagging on, DKIM checks off: DNS is not an indexer's cost), each
timed as a whole process with its peak memory. Then searches: `notmuch search --limit=20 WORD`
as a process, ieptrail's top-20 search inside one process (p50/p95), and `ieptrail search WORD
--limit 20`, `ieptrail show 1`, `status`, `promises`, `requests` and `ieptrail --help` as whole processes (hyperfine when installed:
wall median and fastest, mean CPU). Prints one line per figure and the ratios.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
from mailbox_generator import SAMPLE, variant  # noqa: E402

IEPTRAIL = Path(sys.executable).parent / "ieptrail"
WORDS = ["therapy", "speech", "bus", "evaluation", "schedule"]
ENV = {"IEPTRAIL_USER_EMAILS": "rosa.delgado@gmail.com", "IEPTRAIL_TIMEZONE": "America/Chicago",
       "IEPTRAIL_STUDENTS": "Mateo Delgado", "IEPTRAIL_DKIM_CHECK": "false"}


def maildir(count: int, root: Path) -> Path:
    """bench/data/maildir-<count>: the generated school mail, one file per message."""
    target = root / f"maildir-{count}"
    if (target / "cur").is_dir() and len(list((target / "cur").iterdir())) == count:
        return target
    shutil.rmtree(target, ignore_errors=True)
    for name in ("cur", "new", "tmp"):
        (target / name).mkdir(parents=True)
    emails = [path.read_bytes() for path in sorted(SAMPLE.glob("*.eml"))]
    for index in range(count):
        copy, position = divmod(index, len(emails))
        (target / "cur" / f"{index:07d}.bench:2,S").write_bytes(variant(emails[position], copy))
    return target


def timed(command: list[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> tuple[float, float, str]:
    """(seconds, peak RSS in MB of the process and its children, output) of a whole command."""
    started = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-f", "%M", *command], env=env, cwd=cwd, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{command[0]} failed: {result.stderr[-800:]}")
    peak_kb = int(result.stderr.strip().splitlines()[-1])
    return elapsed, peak_kb / 1024, result.stdout


def notmuch_new(mail: Path, work: Path) -> tuple[float, float] | None:
    if not shutil.which("notmuch"):
        print("notmuch: not installed (Debian: apt install notmuch); skipped")
        return None
    config = work / "notmuch-config"
    # the database beside the mail, not in it: the same Maildir is read by the others next
    config.write_text(f"[database]\npath={work / 'notmuch'}\nmail_root={mail}\n[user]\nname=Bench\n"
                      "primary_email=bench@localhost\n[new]\ntags=\n[maildir]\nsynchronize_flags=false\n")
    env = dict(os.environ, NOTMUCH_CONFIG=str(config))
    (work / "notmuch").mkdir(exist_ok=True)
    seconds, peak, _ = timed(["notmuch", "new", "--quiet"], env)
    return seconds, peak


def mu_index(mail: Path, work: Path) -> tuple[float, float] | None:
    if not shutil.which("mu"):
        print("mu: not installed (Debian: apt install maildir-utils); skipped")
        return None
    home = work / "mu"
    subprocess.run(["mu", "init", f"--muhome={home}", f"--maildir={mail}"], check=True, capture_output=True)
    seconds, peak, _ = timed(["mu", "index", f"--muhome={home}", "--quiet"])
    return seconds, peak


def ieptrail_env(work: Path) -> dict[str, str]:
    return dict(os.environ, HOME=str(work), IEPTRAIL_DATA_DIR=str(work / "data"),
                IEPTRAIL_DATABASE_URL=f"sqlite:///{work / 'trail.db'}", **ENV)


def ieptrail_import(mail: Path, work: Path) -> tuple[float, float]:
    seconds, peak, _ = timed([str(IEPTRAIL), "import", "--json", str(mail)], ieptrail_env(work))
    return seconds, peak


def notmuch_search_ms(work: Path, rounds: int = 20) -> list[float]:
    env = dict(os.environ, NOTMUCH_CONFIG=str(work / "notmuch-config"))
    times = []
    for index in range(rounds):
        started = time.perf_counter()
        subprocess.run(["notmuch", "search", "--limit=20", WORDS[index % len(WORDS)]], env=env, check=True,
                       capture_output=True)
        times.append((time.perf_counter() - started) * 1000)
    return times


def ieptrail_search_ms(work: Path, rounds: int = 200) -> dict[str, list[float]]:
    """Top-20 searches inside one process, start-up excluded: through an ORM session (the web page,
    the worker) and through the read-only SQLite reader (the command line's path)."""
    code = f"""
import time, json
from ieptrail.store.sqlite_read import open_read_only
from ieptrail.trail.context import Context
from ieptrail.trail.search import SearchRequest, find_messages
context = Context()
words = {WORDS!r}
found = {{}}

def timed(source):
    find_messages(source, context.query_reader, context.settings, SearchRequest(query=words[0], limit=20))
    times = []
    for index in range({rounds}):
        started = time.perf_counter()
        find_messages(source, context.query_reader, context.settings, SearchRequest(query=words[index % len(words)], limit=20))
        times.append((time.perf_counter() - started) * 1000)
    return times

with context.db.session_scope() as session:
    found["orm"] = timed(session)
with open_read_only(context.settings.database_url) as record:
    found["read-only"] = timed(record)
print(json.dumps(found))
"""
    result = subprocess.run([sys.executable, "-c", code], env=ieptrail_env(work), capture_output=True, text=True,
                            check=True)
    import json

    return json.loads(result.stdout)


def whole_process_ms(command: list[str], env: dict[str, str], rounds: int = 10) -> str:
    """Median and fastest wall time of a whole command, by hyperfine when installed (on a machine
    shared with other work the fastest run says more about the command than the median)."""
    if shutil.which("hyperfine"):
        with tempfile.NamedTemporaryFile(suffix=".json") as out:
            subprocess.run(["hyperfine", "--warmup", "2", "--runs", str(rounds), "--export-json", out.name,
                            "--style", "none", "--", " ".join(f"'{part}'" for part in command)],
                           env=env, check=True, capture_output=True)
            import json

            result = json.loads(Path(out.name).read_text())["results"][0]
            times = [seconds * 1000 for seconds in result["times"]]
            cpu = f", CPU (user + sys) {(result['user'] + result['system']) * 1000:.0f} ms"
    else:
        cpu = ""
        times = []
        for _ in range(rounds):
            started = time.perf_counter()
            subprocess.run(command, env=env, check=True, capture_output=True)
            times.append((time.perf_counter() - started) * 1000)
    return f"median {statistics.median(times):.0f} ms, fastest {min(times):.0f} ms{cpu}"


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, int(len(values) * 0.95) - 1)]


def run(count: int, data: Path) -> None:
    mail = maildir(count, data)
    with tempfile.TemporaryDirectory(prefix="bench-indexers-") as scratch:
        work = Path(scratch)
        print(f"\n== {count} messages (Maildir, {sum(f.stat().st_size for f in (mail / 'cur').iterdir()) / 1e6:.0f} MB), "
              f"{os.cpu_count()} cores")
        rates = {}
        for name, action in (("notmuch new", notmuch_new), ("mu index", mu_index), ("ieptrail import", ieptrail_import)):
            outcome = action(mail, work)
            if outcome is not None:
                seconds, peak = outcome
                rates[name] = count / seconds
                print(f"{name:16s} {seconds:8.1f} s  {count / seconds:7.0f} messages/s  peak RSS {peak:6.0f} MB")
        ours = rates["ieptrail import"]
        for name in ("notmuch new", "mu index"):
            if name in rates:
                print(f"ieptrail / {name}: {ours / rates[name]:.2f}x")
        for path, ours_ms in ieptrail_search_ms(work).items():
            print(f"ieptrail search top-20 in one process ({path}): median {statistics.median(ours_ms):.1f} ms, "
                  f"p95 {p95(ours_ms):.1f} ms")
        if "notmuch new" in rates:
            theirs = notmuch_search_ms(work)
            print(f"notmuch search --limit=20 (whole process): median {statistics.median(theirs):.1f} ms, "
                  f"p95 {p95(theirs):.1f} ms")
        env = ieptrail_env(work)
        print(f"`ieptrail --help` whole process: {whole_process_ms([str(IEPTRAIL), '--help'], env)}")
        print(f"`ieptrail search {WORDS[0]} --limit 20` whole process: "
              f"{whole_process_ms([str(IEPTRAIL), 'search', WORDS[0], '--limit', '20'], env)}")
        for words in (["show", "1"], ["status"], ["promises"], ["requests"]):
            print(f"`ieptrail {' '.join(words)}` whole process: {whole_process_ms([str(IEPTRAIL), *words], env)}")
        if "notmuch new" in rates:
            notmuch_env = dict(os.environ, NOTMUCH_CONFIG=str(work / "notmuch-config"))
            print(f"`notmuch search --limit=20 {WORDS[0]}` whole process: "
                  f"{whole_process_ms(['notmuch', 'search', '--limit=20', WORDS[0]], notmuch_env)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, action="append", help="messages (repeatable; default 20000)")
    parser.add_argument("--data", type=Path, default=BENCH / "data")
    args = parser.parse_args()
    for count in args.count or [20000]:
        run(count, args.data)


if __name__ == "__main__":
    main()
