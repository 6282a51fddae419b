"""An import leaves the long-lived objects out of garbage collection while it runs, and puts the
collector back as it was afterwards (also when the import fails)."""
from __future__ import annotations

import gc

import pytest

from conftest import SAMPLE
from records import sample_settings
from ieptrail.classify.tagger import GC_YOUNGEST_THRESHOLD
from ieptrail.ingest.sources import read_local
from ieptrail.store.db import Database
from ieptrail.trail.importer import Importer


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


def test_tagging_alone_freezes_and_puts_the_collector_back_but_leaves_an_outer_scope_alone():
    from ieptrail.classify import Tagger
    from ieptrail.classify.tagger import collecting_only_new_objects

    before = gc.get_threshold()
    tagger = Tagger(("Maya",))
    seen = []
    original = tagger._tag
    tagger._tag = lambda *args: seen.append((gc.get_threshold()[0], gc.get_freeze_count())) or original(*args)
    tagger.tag_many([])
    assert seen[-1][0] == GC_YOUNGEST_THRESHOLD and seen[-1][1] > 0
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
    with collecting_only_new_objects():
        frozen = gc.get_freeze_count()
        tagger.tag_many([])
        # the inner scope did not unfreeze the outer one's objects (that would empty the permanent generation);
        # frozen objects still die by reference count, so the count may fall by a few
        assert frozen > 0 and gc.get_freeze_count() > frozen // 2
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
