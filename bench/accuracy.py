"""One accuracy report over every labeled corpus: a corpus × metric table and the worst value per metric.

    .venv/bin/python bench/accuracy.py                 # every corpus found, scored with ../shared/eval/score.py
    .venv/bin/python bench/accuracy.py --only train-c  # one corpus (repeatable)
    .venv/bin/python bench/accuracy.py --study         # only the study corpora (no HELD_OUT file)
    .venv/bin/python bench/accuracy.py --loco          # leave one corpus out: the learned models are rebuilt
                                                       # without each corpus, then that corpus is scored
    .venv/bin/python bench/accuracy.py --fast          # the same scorer, its CLI calls made inside one process
                                                       # per corpus (seconds instead of minutes; same numbers)

Corpora: every folder with gold.json + mailbox/ under ../shared/eval/ and bench/corpora/. The scorer
is the shared one (the same that judges families we never see); it drives the installed CLI.
`--json FILE` also writes the table as JSON. Exit status 0; `--need metric=min` makes it 1 when the
worst value of a metric is below the bar.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("IEPTRAIL_SHARED", REPO.parent / "shared"))
SCORER = SHARED / "eval" / "score.py"
BUILD_MODELS = REPO / "scripts" / "build_models"

# the columns of the table, in the order the accuracy issue lists its bars
METRICS = ["topic_f1", "topic_p", "topic_r", "student_f1", "search_r", "search_p", "promise_r", "promise_p",
           "promise_due_acc", "overdue_p", "overdue_r", "fulfilled_acc", "unanswered_p", "unanswered_r", "request_f1",
           "missed_r", "missed_p", "attach_topic_r", "thread_f1", "orig_from", "stored"]
SHORT = {"topic_f1": "topF1", "topic_p": "topP", "topic_r": "topR", "student_f1": "stuF1", "search_r": "srchR",
         "search_p": "srchP", "promise_r": "proR", "promise_p": "proP", "promise_due_acc": "due", "overdue_p": "ovdP",
         "overdue_r": "ovdR", "fulfilled_acc": "fulf", "unanswered_p": "unaP", "unanswered_r": "unaR",
         "request_f1": "reqF1", "missed_r": "misR", "missed_p": "misP", "attach_topic_r": "attR", "thread_f1": "thrF1",
         "orig_from": "from", "stored": "stor"}


def corpora() -> list[Path]:
    found = []
    for base in (SHARED / "eval", REPO / "bench" / "corpora"):
        if base.is_dir():
            found += sorted(p for p in base.iterdir() if (p / "gold.json").is_file() and (p / "mailbox").is_dir())
    return found


def held_out(corpus: Path) -> bool:
    """A family kept aside (a HELD_OUT file): only its aggregate scores from this script may be read."""
    return (corpus / "HELD_OUT").exists()


def study_corpora() -> list[Path]:
    """The corpora the report tools (missed_report, followup_report, sentence_errors, ...) may open."""
    return [corpus for corpus in corpora() if not held_out(corpus)]


def score(corpus: Path, env: dict[str, str], fast: bool = False) -> dict[str, float]:
    command = [sys.executable, __file__, "--score-in-process"] if fast else [sys.executable, str(SCORER)]
    result = subprocess.run([*command, str(corpus)], env=env, capture_output=True, text=True, timeout=1800)
    scores: dict[str, float] = {}
    for line in result.stdout.splitlines():
        parts = line.split()
        if len(parts) == 2:
            try:
                scores[parts[0]] = float(parts[1])
            except ValueError:
                pass
    if not scores:
        raise SystemExit(f"scoring {corpus} failed: {(result.stdout + result.stderr)[-500:]}")
    return scores


def scorer_env(model_dir: Path | None = None) -> dict[str, str]:
    env = dict(os.environ, IEPTRAIL_VENV=str(Path(sys.executable).parent.parent))
    if model_dir is not None:
        env["IEPTRAIL_MODEL_DIR"] = str(model_dir)
    return env


def score_in_process(corpus: str) -> int:
    """Run the shared scorer with its `ieptrail` calls made through click in this process: the
    spaCy pipeline is built once instead of once per call. Same commands, same code, same output."""
    import importlib.util

    from click.testing import CliRunner

    from ieptrail.cli import main as ieptrail_main

    spec = importlib.util.spec_from_file_location("score", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    runner = CliRunner()

    def cli(args, env, timeout=600):
        outcome = runner.invoke(ieptrail_main, args, env=env, catch_exceptions=False)
        return subprocess.CompletedProcess(args, outcome.exit_code, outcome.stdout, "")

    scorer.cli = cli
    sys.argv = [str(SCORER), corpus]
    return scorer.main()


def score_left_out(corpus: Path, fast: bool = False) -> dict[str, float]:
    """Rebuild the learned models from every corpus but this one, then score this one with them."""
    with tempfile.TemporaryDirectory(prefix="loco-") as work:
        subprocess.run([sys.executable, str(BUILD_MODELS), "--exclude", corpus.name, "--out", work], check=True,
                       env=scorer_env())
        return score(corpus, scorer_env(Path(work)), fast)


def table(results: dict[str, dict[str, float]]) -> str:
    columns = [m for m in METRICS if any(m in r for r in results.values())]
    width = max(len(name) for name in results) + 1
    lines = [f"{'corpus':{width}s}" + "".join(f"{SHORT[m]:>7s}" for m in columns)]
    for name, row in results.items():
        lines.append(f"{name:{width}s}" + "".join(f"{row[m]:7.2f}" if m in row else f"{'–':>7s}" for m in columns))
    worst = {m: min(r[m] for r in results.values() if m in r) for m in columns}
    lines.append(f"{'worst':{width}s}" + "".join(f"{worst[m]:7.2f}" for m in columns))
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", action="append", default=[], help="score only these corpora (folder names)")
    parser.add_argument("--study", action="store_true", help="only the study corpora (skip those with a HELD_OUT file)")
    parser.add_argument("--loco", action="store_true", help="leave-one-corpus-out for the learned models")
    parser.add_argument("--fast", action="store_true", help="score inside one process per corpus (same numbers)")
    parser.add_argument("--score-in-process", metavar="CORPUS", help=argparse.SUPPRESS)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--json", type=Path, help="also write the table here as JSON")
    parser.add_argument("--need", action="append", default=[], help="metric=min over the worst corpus")
    args = parser.parse_args()
    if args.score_in_process:
        return score_in_process(args.score_in_process)
    if not SCORER.is_file():
        print(f"{SCORER} is not here: the labeled corpora exist in CI, not on a user's machine")
        return 0
    chosen = [c for c in corpora() if (not args.only or c.name in args.only)
              and not (args.study and held_out(c))]
    if args.loco and not BUILD_MODELS.is_file():
        raise SystemExit(f"--loco needs {BUILD_MODELS}")
    if args.loco:
        def run(corpus: Path) -> dict[str, float]:
            return score_left_out(corpus, args.fast)
    else:
        def run(corpus: Path) -> dict[str, float]:
            return score(corpus, scorer_env(), args.fast)
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        results = dict(zip((c.name for c in chosen), pool.map(run, chosen)))
    print(("leave-one-corpus-out\n" if args.loco else "") + table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    short = []
    for need in args.need:
        metric, bar = need.split("=")
        worst = min(r.get(metric, 0.0) for r in results.values())
        if worst < float(bar):
            short.append(f"{metric}={worst:.2f}<{bar}")
    if short:
        print("SHORT " + " ".join(short))
    return 1 if short else 0


if __name__ == "__main__":
    sys.exit(main())
