"""Classification throughput (messages per CPU-second, one core) and a dump of everything tagging found.

    .venv/bin/python bench/tag_throughput.py                    # the study corpora, 3 timed runs after a warm-up
    .venv/bin/python bench/tag_throughput.py --runs 5 --generated 1000   # also 1,000 generated messages
    .venv/bin/python bench/tag_throughput.py --dump /tmp/before.txt      # no timing: every tag, for a diff
    .venv/bin/python bench/tag_throughput.py --dump /tmp/all.txt --every-study --generated 1000  # all 14 study families
    .venv/bin/python bench/tag_throughput.py --dump /tmp/after.txt --compare /tmp/before.txt  # and diff them
    .venv/bin/python bench/tag_throughput.py --profile /tmp/tag.prof     # one run under cProfile

The emails are parsed and unwrapped first (not timed); what is timed is `Tagger.tag_many` alone,
per corpus, with the corpus's students and the people directory the importer would build from the
corpus's own messages. Time is `time.process_time` (CPU of this process), which a machine shared
with other work disturbs less than the wall clock.

`--dump` writes, per message, the repr of its Tags (topics, students, promises with their dues,
requests, missed services, make-ups) and the facts about people its trace gives, from fresh taggers
in a fixed order: two dumps that are byte-identical mean a change to classify/ left the tags as
they were. Make one before the change (or from a checkout of the commit before it), one after, and
`--compare` them: exit status 1 and the first differences when they differ.
Only study corpora are read; the held-out ones are never opened.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("IEPTRAIL_SHARED", REPO.parent / "shared"))
STUDY = [SHARED / "eval" / name for name in ("dev", "train-c", "train-d", "train-e")] + \
        [REPO / "bench" / "corpora" / name for name in ("pelletier", "halvorsen", "whitfield", "tollefsrud")]
# every study family, for --every-study (a wider --dump when a change must leave all tags as they were);
# the timed set stays STUDY so throughput figures compare with earlier ones
EVERY_STUDY = STUDY + [REPO / "bench" / "corpora" / name for name in
                       ("brannigan", "castellanos", "lindqvist", "ocampo", "prewitt", "thibodeaux")]


@dataclass
class Corpus:
    name: str
    students: tuple[str, ...]
    texts: list  # MessageText
    traces: list  # AuthorTrace, in the order the texts were read
    people: tuple  # Person: the directory the importer would build


def _settings(user: str, zone: str, students: tuple[str, ...]):
    from ieptrail.config import load_settings

    return load_settings({"HOME": tempfile.gettempdir(), "IEPTRAIL_USER_EMAILS": user, "IEPTRAIL_TIMEZONE": zone,
                          "IEPTRAIL_STUDENTS": ",".join(students)}, env_file=os.devnull)


def read_corpus(name: str, emails: list[tuple[str, bytes]], user: str, zone: str, students: tuple[str, ...]) -> Corpus:
    from ieptrail.classify.people import PeopleDirectory
    from ieptrail.trail.importer import parse_context, read_email
    from ieptrail.trail.tagging import text_of_original, trace_of_original

    settings = _settings(user, zone, students)
    context = parse_context(settings)
    originals = []
    for origin, raw in emails:
        parsed = read_email(origin, raw, context, None).parsed
        if parsed is not None:
            originals += parsed.originals
    traces = [trace_of_original(original) for original in originals]
    def when(pair):  # oldest first, undated first: the order stored_directory reads the record in
        return (pair[1] is not None, pair[1].astimezone(UTC).replace(tzinfo=None) if pair[1] else datetime.min)

    dated = sorted(zip(traces, (o.date for o in originals)), key=when)
    people = PeopleDirectory.of(trace for trace, _ in dated).people()
    return Corpus(name, students, [text_of_original(o, settings) for o in originals], traces, people)


def study_corpora(folders: list[Path] = STUDY) -> list[Corpus]:
    found = []
    for folder in folders:
        if not (folder / "gold.json").is_file():
            continue
        gold = json.loads((folder / "gold.json").read_text())
        emails = [(str(path), path.read_bytes()) for path in sorted((folder / "mailbox").glob("*.eml"))]
        found.append(read_corpus(folder.name, emails, gold["user"]["email"], gold["timezone"], tuple(gold["students"])))
    return found


def generated_corpus(count: int) -> Corpus:
    sys.path.insert(0, str(REPO / "bench"))
    from mailbox_generator import ensure

    from ieptrail.ingest.sources import read_local

    mbox = ensure(count, REPO / "bench" / "data")
    return read_corpus(f"generated-{count}", list(read_local([mbox])), "rosa.delgado@gmail.com", "America/Chicago",
                       ("Mateo Delgado",))


def taggers(corpora: list[Corpus]) -> dict[str, object]:
    from ieptrail.classify import Tagger

    return {corpus.name: Tagger(corpus.students) for corpus in corpora}


def tag_all(corpora: list[Corpus], by_name: dict[str, object]) -> list[list]:
    return [by_name[corpus.name].tag_many(corpus.texts, corpus.people) for corpus in corpora]


def dump(corpora: list[Corpus], target: Path) -> None:
    from ieptrail.classify.people import facts_of

    with target.open("w") as out:
        for corpus, tagged in zip(corpora, tag_all(corpora, taggers(corpora))):
            out.write(f"== {corpus.name}: {len(corpus.texts)} messages; people {corpus.people!r}\n")
            for number, (text, trace, tags) in enumerate(zip(corpus.texts, corpus.traces, tagged)):
                out.write(f"-- {corpus.name} #{number} {text.subject!r}\n")
                for part in ("topics", "students", "promises", "requests", "missed_services", "makeups"):
                    for item in getattr(tags, part):
                        out.write(f"{part}: {item!r}\n")
                facts = facts_of(trace)
                learned = sorted((key, sorted(topics)) for key, topics in facts.learned)  # a set's order, not a fact
                out.write(f"facts: {facts.from_name!r} {facts.from_email!r} {sorted(facts.signature_roles)!r} "
                          f"{learned!r} {facts.aide_mentions!r}\n")


def compare(before: Path, after: Path) -> int:
    import difflib

    old, new = before.read_text().splitlines(), after.read_text().splitlines()
    if old == new:
        print(f"same tags: {len(new)} lines identical")
        return 0
    print("".join(list(difflib.unified_diff([line + "\n" for line in old], [line + "\n" for line in new],
                                            str(before), str(after), n=1))[:80]))
    return 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--generated", type=int, default=0, help="also time this many generated messages")
    parser.add_argument("--no-study", action="store_true", help="skip the study corpora")
    parser.add_argument("--every-study", action="store_true", help="all 14 study families, not the timed 8")
    parser.add_argument("--dump", type=Path, help="write every tag found (no timing)")
    parser.add_argument("--compare", type=Path, help="with --dump: the earlier dump the new one must equal")
    parser.add_argument("--profile", type=Path, help="one run under cProfile, stats written here")
    args = parser.parse_args()
    if args.dump and os.environ.get("PYTHONHASHSEED") != "0":  # the same set orders in both dumps
        os.execve(sys.executable, [sys.executable, *sys.argv], dict(os.environ, PYTHONHASHSEED="0"))
    corpora = [] if args.no_study else study_corpora(EVERY_STUDY if args.every_study else STUDY)
    if args.generated:
        corpora.append(generated_corpus(args.generated))
    if args.dump:
        dump(corpora, args.dump)
        print(f"wrote {args.dump}")
        return compare(args.compare, args.dump) if args.compare else 0
    by_name = taggers(corpora)
    count = sum(len(c.texts) for c in corpora)
    tag_all(corpora, by_name)  # warm-up: caches, lazily built matchers, the first memory zone
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
        tag_all(corpora, by_name)
        profiler.disable()
        profiler.dump_stats(args.profile)
        print(f"wrote {args.profile}")
        return 0
    for run in range(args.runs):
        per_corpus = []
        for corpus in corpora:
            started = time.process_time()
            by_name[corpus.name].tag_many(corpus.texts, corpus.people)
            per_corpus.append((corpus.name, len(corpus.texts), time.process_time() - started))
        cpu = sum(seconds for _, _, seconds in per_corpus)
        detail = ", ".join(f"{name} {n / s:.0f}" for name, n, s in per_corpus)
        print(f"run {run + 1}: {count} messages in {cpu:.2f} CPU-s = {count / cpu:.0f} messages per CPU-second "
              f"(load {os.getloadavg()[0]:.1f}; {detail})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
