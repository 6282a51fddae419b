#!/usr/bin/env python3
"""The weekly digest of the bundled sample mailbox, rendered by headless Chromium, to look at.

Imports sample/mailbox into a throwaway SQLite database, builds the digest as of --as-of (default
the sample's own day, 2026-03-12) and writes, under bench/output/ (git-ignored):
digest-<day>.html, digest-<day>.eml, screenshots at a desktop and a phone width, and the desktop
and the phone ones again in tiles (digest-<day>-tile-N.png) to look at in full size.

    .venv/bin/python bench/digest_screenshot.py [--as-of 2026-02-08] [--students "Mateo Delgado,Ana Delgado"]

Needs `chromium` (Debian). Not part of the test suite (tests/test_digest_browser.py is).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from chromium import screenshot  # noqa: E402

from ieptrail.classify import Tagger  # noqa: E402
from ieptrail.config import load_settings  # noqa: E402
from ieptrail.ingest.sources import read_local  # noqa: E402
from ieptrail.notify.digest import compose_digest  # noqa: E402
from ieptrail.trail.importer import Importer  # noqa: E402
from ieptrail.store.db import Database  # noqa: E402


def main() -> int:
    sample = json.loads((REPO / "sample" / "sample.json").read_text())
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--as-of", default=sample["as_of"])
    parser.add_argument("--students", default=",".join(sample["students"]))
    parser.add_argument("--output", default=str(REPO / "bench" / "output"))
    args = parser.parse_args()
    as_of = date.fromisoformat(args.as_of)
    output = Path(args.output)
    output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="digest-bench-") as scratch:
        settings = load_settings({
            "HOME": scratch, "IEPTRAIL_DATA_DIR": scratch, "IEPTRAIL_DATABASE_URL": f"sqlite:///{scratch}/trail.db",
            "IEPTRAIL_USER_EMAILS": ",".join(sample["user_emails"]), "IEPTRAIL_TIMEZONE": sample["timezone"],
            "IEPTRAIL_STUDENTS": args.students, "IEPTRAIL_TRAIL_ADDRESS": sample["trail_address"],
            "IEPTRAIL_WEB_BASE_URL": "http://127.0.0.1:8765/",
        }, env_file=os.devnull)
        db = Database(settings.database_url)
        Importer(db, settings, Tagger(settings.students)).import_many(read_local([REPO / "sample" / "mailbox"]))
        now = datetime.combine(as_of, datetime.min.time().replace(hour=7), tzinfo=settings.timezone)
        message = compose_digest(db, settings, as_of, now)
        db.close()
    stem = output / f"digest-{as_of.isoformat()}"
    html = stem.with_suffix(".html")
    html.write_text(message.get_body(("html",)).get_content(), encoding="utf-8")
    stem.with_suffix(".eml").write_bytes(message.as_bytes())
    print(message["Subject"])
    for width, height, name in ((800, 3600, "desktop"), (390, 5200, "phone")):
        png = screenshot(html, output / f"{stem.name}-{name}.png", width, height)
        print(f"{png} ({png.stat().st_size:,} bytes)")
    for width, height, tiles, name in ((800, 1000, 4, "tile"), (390, 800, 2, "phone-tile")):
        for index in range(tiles):
            tile = output / f"{stem.name}-{name}-{index + 1}.html"
            tile.write_text(TILE.format(page=html.name, top=-height * index, width=width), encoding="utf-8")
            print(screenshot(tile, tile.with_suffix(".png"), width, height))
            tile.unlink()
    return 0


# the page in a frame moved up, so that one window-sized screenshot shows one part of it
TILE = ('<!DOCTYPE html><html><body style="margin:0;overflow:hidden">'
        '<iframe src="{page}" style="position:absolute;left:0;top:{top}px;width:{width}px;height:6000px;border:0">'
        '</iframe></body></html>')


if __name__ == "__main__":
    sys.exit(main())
