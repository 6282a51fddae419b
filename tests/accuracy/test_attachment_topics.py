"""On the labeled corpora: every attachment's text is read, and `search --topic T` finds the
messages whose attachments the corpus labels with T (the scorer's attach_topic_r)."""
from __future__ import annotations

import json
import os

import pytest

from conftest import SHARED, shared_path
from ieptrail.classify import Tagger
from ieptrail.config import load_settings
from ieptrail.ingest.sources import read_local
from ieptrail.store.db import Database
from ieptrail.trail.importer import Importer
from ieptrail.trail.search import SearchRequest, find_messages

MIN_RECALL = 0.9  # 1.00, 0.91, 0.91 on train-c, -d, -e; the misses are wordings the taxonomy does not know yet


def labeled_corpora() -> list[str]:
    folder = SHARED / "eval"
    if not folder.is_dir():
        return ["(none)"]
    return sorted(corpus.name for corpus in folder.iterdir() if (corpus / "gold.json").is_file())


@pytest.mark.parametrize("name", labeled_corpora())
def test_search_by_topic_finds_the_messages_whose_attachments_discuss_it(name, tmp_path):
    corpus = shared_path(SHARED / "eval" / name)
    gold = json.loads((corpus / "gold.json").read_text())
    settings = load_settings({"HOME": str(tmp_path), "IEPTRAIL_DATABASE_URL": f"sqlite:///{tmp_path / 'trail.db'}",
                              "IEPTRAIL_USER_EMAILS": gold["user"]["email"], "IEPTRAIL_TIMEZONE": gold["timezone"],
                              "IEPTRAIL_STUDENTS": ",".join(gold["students"]), "IEPTRAIL_DKIM_CHECK": "false"},
                             env_file=os.devnull)
    db = Database(settings.database_url)
    tagger = Tagger(settings.students)
    importer = Importer(db, settings, tagger=tagger)
    importer.import_many(read_local([corpus / "mailbox"]))
    importer.attachments.close()
    with db.session_scope() as session:
        everything = find_messages(session, tagger, settings, SearchRequest(limit=100_000)).results
        files = [a for message in everything for a in message.attachment_files]
        assert all(a.status == "text" for a in files), [(a.filename, a.status, a.note) for a in files if a.status != "text"]
        pairs = [(row["source_message_id"], topic) for row in gold["messages"]
                 for topic in row["labels"].get("attachment_topics") or []]
        if not pairs:
            pytest.skip(f"{name} labels no attachment topics")
        found = {topic: {m.source_message_id for m in find_messages(
            session, tagger, settings, SearchRequest(topic=topic, limit=100_000)).results} for _, topic in pairs}
    db.close()
    missed = [(source, topic) for source, topic in pairs if source not in found[topic]]
    recall = 1 - len(missed) / len(pairs)
    print(f"{name}: attachment topics found {recall:.2f}; missed {missed}")
    assert recall >= MIN_RECALL, missed
