"""Does a long-running worker stay small? The worker's own code path, poll after poll, with RSS measured.

    .venv/bin/python bench/worker_memory.py                 # 600 polls of 5 new emails each
    .venv/bin/python bench/worker_memory.py --polls 2000

Each "poll" stores a few new school emails the way the IMAP worker does (one transaction per email
through Importer.import_one, then the run's finish: retag for roles learned, follow-up refresh) —
everything but the IMAP round trips, which hold no state. The mail is generated with new words,
names and numbers in every email, as a year of real mail has, so nothing is cached by repetition.
Prints RSS after a warm-up and every 10% of the run, then start (after the warm-up), plateau (halfway
from there) and end RSS with the growth over the whole soak and over its second half: growth that
keeps rising (true growth) shows in the second half as much as in the first; warm-up does not.
--malloc-trim hands glibc's free memory back before each reading, to tell the allocator's holding
apart from memory still in use.
"""
from __future__ import annotations

import argparse
import ctypes
import gc
import os
import random
import resource
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from mailgen import school_email  # noqa: E402

from ieptrail.config import load_settings  # noqa: E402
from ieptrail.store.db import Database  # noqa: E402
from ieptrail.trail.context import Context  # noqa: E402
from ieptrail.worker import jobs  # noqa: E402

WORDS = ("therapy goals reading fluency sensory breaks laminated schedule chromebook visual timer headphones "
         "wiggle cushion graphic organizer calculator scribe audiobook speech articulation pragmatic").split()


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def trimmed() -> None:
    """Collect, then give glibc's free pages back to the system (what malloc_trim(0) frees was not in use)."""
    gc.collect()
    ctypes.CDLL("libc.so.6").malloc_trim(0)


def unique_email(n: int, rng: random.Random) -> bytes:
    """A school email whose text has words, a name and numbers no earlier email had."""
    base = school_email(n, tag="mem")
    made_up = " ".join(f"{rng.choice(WORDS)}{rng.randrange(10**6)}" for _ in range(12))
    name = f"Coach{rng.randrange(10**6)} Rivera{n}"
    extra = f"\r\nAlso: {name} noted {made_up}; Room {rng.randrange(900)} at {n % 12 + 1}:{n % 60:02d}.\r\n"
    return base.replace(b"\r\n\r\nThanks,", extra.encode() + b"\r\nThanks,", 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--polls", type=int, default=600)
    parser.add_argument("--per-poll", type=int, default=5)
    parser.add_argument("--warm-up", type=int, default=50, help="polls before the first measurement")
    parser.add_argument("--malloc-trim", action="store_true", help="malloc_trim(0) before each RSS reading")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="worker-memory-"))
    settings = load_settings({"HOME": str(work), "IEPTRAIL_DATA_DIR": str(work / "data"),
                              "IEPTRAIL_DATABASE_URL": f"sqlite:///{work / 'trail.db'}",
                              "IEPTRAIL_USER_EMAILS": "rosa.delgado@gmail.com", "IEPTRAIL_TIMEZONE": "America/Chicago",
                              "IEPTRAIL_STUDENTS": "Mateo Delgado", "IEPTRAIL_DKIM_CHECK": "false",
                              "IEPTRAIL_ALLOWED_SENDERS": "shoalcreekisd.org"}, env_file=os.devnull)
    context = Context(settings)
    db: Database = context.db
    importer = jobs.mail_importer(db, settings, context.tagger)
    rng = random.Random(7)
    halfway = args.warm_up + (args.polls - args.warm_up) // 2
    readings: dict[str, float] = {}

    def reading() -> float:
        if args.malloc_trim:
            trimmed()
        return rss_mb()

    n = 0
    for poll in range(args.polls):
        for _ in range(args.per_poll):
            with db.session_scope() as session:
                importer.import_one(session, unique_email(n, rng), f"bench:{n}")
            n += 1
        importer.finish()
        if poll + 1 == args.warm_up:
            readings["start"] = reading()
            print(f"after {poll + 1} polls ({n} emails): RSS {readings['start']:.1f} MB (warm)", flush=True)
        elif poll + 1 > args.warm_up and ((poll + 1) % max(1, args.polls // 10) == 0 or poll + 1 == halfway):
            rss = reading()
            if poll + 1 == halfway:
                readings["plateau"] = rss
            print(f"after {poll + 1} polls ({n} emails): RSS {rss:.1f} MB", flush=True)
    start, plateau, end = readings["start"], readings.get("plateau", readings["start"]), reading()
    print(f"worker RSS start {start:.1f} MB, plateau {plateau:.1f} MB, end {end:.1f} MB: "
          f"{(end - start) / start * 100:+.1f}% over {args.polls - args.warm_up} polls ({n} emails), "
          f"{(end - plateau) / plateau * 100:+.1f}% in the second half"
          + (" (malloc_trim before each reading)" if args.malloc_trim else ""))


if __name__ == "__main__":
    main()
