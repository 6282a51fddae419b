"""Peak memory of `ieptrail import`, per process and per phase, on the generated school mailbox.

    .venv/bin/python bench/import_memory.py --count 5000 --count 20000
    .venv/bin/python bench/import_memory.py --count 40000 --tracemalloc 10000 --tracemalloc 30000

The import runs as the command does (tagging on, DKIM off, one worker per core); its process tree is
sampled from /proc every half second: the RSS and PSS (shared pages split between the processes that
share them: the forked workers share the spaCy pipeline with the importer) of the importer itself
and of each child, per phase (import: reading, tagging and storing; retag: the messages tagged before
someone's role was known; refresh: the follow-up linking). With --tracemalloc N, the importer's own
Python allocations are snapshotted after N emails and the growth between snapshots printed (slow).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
from indexers import ieptrail_env, maildir  # noqa: E402

DRIVER = r"""
import json, os, sys, time, tracemalloc
phases = open(sys.argv[1], "a", buffering=1)
marks = [int(n) for n in sys.argv[2].split(",") if n]
def mark(name):
    phases.write(f"{time.time()} {name}\n")
from ieptrail.trail import importer as module
Importer = module.Importer
retag, refresh, store = Importer._retag_for_roles_learned_later, Importer.refresh_followups, Importer._store_batch
def marked(name, method):
    def run(self, *args, **kwargs):
        mark(name)
        return method(self, *args, **kwargs)
    return run
Importer._retag_for_roles_learned_later = marked("retag", retag)
Importer.refresh_followups = marked("refresh", refresh)
stored = [0]
snapshots = []
def counted(self, batch):
    found = store(self, batch)
    stored[0] += len(batch)
    if marks and stored[0] >= marks[0]:
        marks.pop(0)
        import gc; gc.collect()
        snapshots.append((stored[0], tracemalloc.take_snapshot()))
        mark(f"snapshot-{stored[0]}")
    return found
Importer._store_batch = counted
if marks:
    tracemalloc.start(12)
    os.register_at_fork(after_in_child=tracemalloc.stop)  # the workers untraced
mark("import")
from ieptrail.cli import main
try:
    main(["import", "--json", sys.argv[3]], standalone_mode=False)
finally:
    mark("done")
    for (before_n, before), (after_n, after) in zip(snapshots, snapshots[1:]):
        print(f"--- growth from {before_n} to {after_n} emails (traced: {sum(s.size for s in before.statistics('filename'))/2**20:.1f} -> {sum(s.size for s in after.statistics('filename'))/2**20:.1f} MB)", file=sys.stderr)
        for stat in after.compare_to(before, "traceback")[:15]:
            print(f"{stat.size_diff/2**20:+8.2f} MB {stat.count_diff:+8d} blocks", file=sys.stderr)
            for line in stat.traceback.format(limit=8):
                print("      " + line, file=sys.stderr)
"""


def _children(root: int) -> list[int]:
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        try:
            for task in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{task}/children") as handle:
                    kids = [int(k) for k in handle.read().split()]
                found += kids
                todo += kids
        except OSError:
            pass
    return found


def _memory(pid: int) -> tuple[float, float] | None:
    """(RSS, PSS) in MB."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            values = {line.split(":")[0]: int(line.split()[1]) for line in handle if line.split()[-1] == "kB"}
        return values["Rss"] / 1024, values["Pss"] / 1024
    except (OSError, KeyError, ValueError, IndexError):
        return None


def profile(count: int, data: Path, marks: list[int], keep: Path | None) -> dict:
    mail = maildir(count, data)
    work = Path(tempfile.mkdtemp(prefix=f"import-memory-{count}-"))
    phases_file = work / "phases"
    env = ieptrail_env(work)
    started = time.time()
    process = subprocess.Popen([sys.executable, "-c", DRIVER, str(phases_file), ",".join(map(str, marks)), str(mail)],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    samples = []  # (time, pid, is_importer, rss, pss)
    while process.poll() is None:
        now = time.time()
        for pid in [process.pid] + _children(process.pid):
            found = _memory(pid)
            if found:
                samples.append((now, pid, pid == process.pid, *found))
        time.sleep(0.5)
    out, err = process.communicate()
    elapsed = time.time() - started
    if process.returncode != 0:
        raise SystemExit(f"import failed: {err[-3000:]}")
    marks_at = [(float(line.split()[0]), line.split()[1]) for line in phases_file.read_text().splitlines()]

    def phase_at(moment: float) -> str:
        name = "start"
        for at, label in marks_at:
            if at <= moment and not label.startswith("snapshot"):
                name = label
        return name

    report: dict = {"count": count, "seconds": round(elapsed, 1), "summary": json.loads(out[out.find("{"):])}
    for at, label in marks_at:
        report.setdefault("phase_seconds", {})[label] = round(at - started, 1)
    peaks: dict = {}
    for moment, pid, own, rss, pss in samples:
        key = (phase_at(moment), "importer" if own else "children")
        entry = peaks.setdefault(key, {"rss": 0.0, "pss": 0.0, "each_rss": {}, "sum_pss": {}})
        if own:
            entry["rss"], entry["pss"] = max(entry["rss"], rss), max(entry["pss"], pss)
        else:
            entry["each_rss"][pid] = max(entry["each_rss"].get(pid, 0.0), rss)
            entry["sum_pss"][moment] = entry["sum_pss"].get(moment, 0.0) + pss
    tree: dict[float, float] = {}
    for moment, _, _, _, pss in samples:
        tree[moment] = tree.get(moment, 0.0) + pss
    report["tree_pss_peak"] = round(max(tree.values()), 1)
    for (phase, who), entry in sorted(peaks.items()):
        if who == "importer":
            report[f"{phase}.importer"] = f"RSS {entry['rss']:.0f} MB, PSS {entry['pss']:.0f} MB"
        else:
            each = sorted(entry["each_rss"].values(), reverse=True)
            report[f"{phase}.children"] = (f"{len(each)} processes, RSS each at most {each[0]:.0f} MB, "
                                           f"PSS together at most {max(entry['sum_pss'].values()):.0f} MB")
    if keep:
        report["record"] = str(work / "trail.db")
    else:
        shutil.rmtree(work, ignore_errors=True)
    if marks:
        report["tracemalloc"] = err[err.find("--- growth"):]
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, action="append", required=True)
    parser.add_argument("--data", type=Path, default=BENCH / "data")
    parser.add_argument("--tracemalloc", type=int, action="append", default=[],
                        help="snapshot the importer's allocations after this many emails (repeat to compare)")
    parser.add_argument("--keep", action="store_true", help="keep the record (its path is printed)")
    args = parser.parse_args()
    for count in args.count:
        report = profile(count, args.data, sorted(args.tracemalloc), args.keep)
        trace = report.pop("tracemalloc", None)
        print(json.dumps(report, indent=1), flush=True)
        if trace:
            print(trace, flush=True)


if __name__ == "__main__":
    main()
