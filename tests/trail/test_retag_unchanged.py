"""After an import, messages tagged before a role was learned are tagged again; one whose tags come
out the same is not written again (its rows are already what they would be)."""
from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select

from conftest import SAMPLE
from records import sample_settings
from ieptrail.ingest.sources import read_local
from ieptrail.store import tags as tag_store
from ieptrail.store.db import Database
from ieptrail.store.models import Message, TopicTag
from ieptrail.trail.importer import Importer
from ieptrail.trail.tagging import retag, stored_directory, tags_digest, text_of_stored


def _imported(tmp_path, tagger):
    url = f"sqlite:///{tmp_path / 'trail.db'}"
    settings = sample_settings(url, tmp_path)
    db = Database(url)
    Importer(db, settings, tagger=tagger).import_many(read_local([SAMPLE / "mailbox"]))
    return db, settings


def test_a_message_tagged_the_same_again_keeps_its_rows(tmp_path, tagger):
    db, settings = _imported(tmp_path, tagger)
    with db.session_scope() as session:
        directory = stored_directory(session)
        stored = tag_store.stored_texts(session, session.scalars(select(Message.id).join(TopicTag).limit(3)).all())
        again = tagger.tag_many([text_of_stored(item, settings) for item in stored], directory.people())
        digests = {item.id: tags_digest(tags) for item, tags in zip(stored, again)}
        rows_before = session.execute(select(TopicTag.id, TopicTag.topic).order_by(TopicTag.id)).all()
        assert retag(session, tagger, settings, stored, directory, digests) == 0
        assert session.execute(select(TopicTag.id, TopicTag.topic).order_by(TopicTag.id)).all() == rows_before
        # a digest that differs (the tags changed since they were stored): written again
        digests[stored[0].id] = b"stale"
        assert retag(session, tagger, settings, stored, directory, digests) == 1
        assert retag(session, tagger, settings, stored, directory) == len(stored)
    db.close()


def test_the_digest_sees_every_stored_part_of_the_tags(tagger):
    from ieptrail.classify import MessageText

    tags = tagger.tag(MessageText(new_text="Ms. Reyes will send the speech therapy log by Friday. Can you confirm "
                                           "the OT minutes?", subject="Therapy"), ())
    assert tags.requests and tags.topics
    assert tags_digest(tags) == tags_digest(replace(tags))
    moved = replace(tags, requests=(replace(tags.requests[0], rule="another"),))
    assert tags_digest(moved) != tags_digest(tags)
    assert tags_digest(replace(tags, topics=tags.topics[1:])) != tags_digest(tags)
    assert tags_digest(replace(tags, extra={"note": 1})) == tags_digest(tags)  # not stored: not compared
