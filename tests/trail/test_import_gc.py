"""An import leaves the long-lived objects out of garbage collection while it runs, and puts the
collector back as it was afterwards (also when the import fails)."""
from __future__ import annotations

import gc

import pytest

from conftest import SAMPLE
from records import sample_settings
from ieptrail.ingest.sources import read_local
from ieptrail.store.db import Database
from ieptrail.trail.importer import GC_YOUNGEST_THRESHOLD, Importer


def test_the_collector_is_as_before_after_an_import(tmp_path):
    url = f"sqlite:///{tmp_path / 'trail.db'}"
    db = Database(url)
    before = gc.get_threshold()
    seen = []
    summary = Importer(db, sample_settings(url, tmp_path)).import_many(
        read_local([SAMPLE / "mailbox"]), on_outcome=lambda origin, outcome: seen.append((gc.get_threshold(), gc.get_freeze_count())))
    assert summary.new == 63
    assert all(thresholds[0] == GC_YOUNGEST_THRESHOLD and frozen > 0 for thresholds, frozen in seen)
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
    db.close()


def test_a_failing_import_puts_the_collector_back_too(tmp_path):
    url = f"sqlite:///{tmp_path / 'trail.db'}"
    db = Database(url)
    before = gc.get_threshold()

    def interrupted(origin, outcome):
        raise KeyboardInterrupt  # the user pressed Ctrl-C while it ran

    with pytest.raises(KeyboardInterrupt):
        Importer(db, sample_settings(url, tmp_path)).import_many(read_local([SAMPLE / "mailbox"]), on_outcome=interrupted)
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
    db.close()
