"""Tagger: one loaded pipeline, many messages (batched through nlp.pipe)."""
from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace

from spacy.tokens import Doc

from ieptrail.classify.makeups import find_makeups
from ieptrail.classify.missed import find_missed_services
from ieptrail.classify.model import MessageText, Person, Tags
from ieptrail.classify.nlp import build_pipeline, doc_of_text, remember_common_words, topic_kinds
from ieptrail.classify.promises import find_promises
from ieptrail.classify.requests import find_requests
from ieptrail.classify.responsible import responsible_for
from ieptrail.classify.roles import name_keys
from ieptrail.classify.sentences import sentences_of
from ieptrail.classify.students import StudentFinder
from ieptrail.classify.topics import author_services, find_topics, query_topics


ROLE_CACHE_SIZE = 5_000  # signatures whose title was read (they repeat; a long run meets many)
GC_YOUNGEST_THRESHOLD = 10_000  # allocations between collections of the youngest objects (Python's default: 700)


@contextmanager
def collecting_only_new_objects() -> Iterator[None]:
    """While mail is imported or tagged, the garbage collector leaves alone what exists before it (the spaCy
    pipeline, the taxonomy, SQLAlchemy's mappings: hundreds of thousands of objects that live as long
    as the process) and runs less often. Python's defaults rescanned all of it on every full
    collection: a sixth of the importer's time on 2,000 emails. Worker processes forked inside
    inherit both, and do not copy the shared pages just to scan them. Inside a scope already in effect (an
    import tags its batches inside its own) nothing changes, so the outer one's objects stay frozen."""
    if gc.get_freeze_count():
        yield
        return
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(GC_YOUNGEST_THRESHOLD, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


class Tagger:
    def __init__(self, students: tuple[str, ...] = (), model: str | None = None):
        self.nlp = build_pipeline(model)
        self.kinds = topic_kinds(self.nlp)
        self.students = StudentFinder(self.nlp, students)
        self.student_names = {name for s in self.students.students for name in (s.first, s.full_name, *s.nicknames)}
        self._roles: dict[str, tuple[str, ...]] = {}  # signatures repeat: read each author's title once

    @classmethod
    def from_settings(cls, settings) -> Tagger:
        return cls(settings.students, settings.spacy_model)

    @property
    def topic_ids(self) -> list[str]:
        return list(self.kinds)

    def topics_for_query(self, query: str) -> tuple[str, ...]:
        """The topics a search query names: "extra time" -> extended_time, "OT" -> occupational_therapy."""
        return query_topics(self.nlp, query)

    def _subject_topics(self, message: MessageText):
        """The topics a subject line names, read only when a report's own sentence names none."""
        known: list[tuple[str, ...]] = []  # read once, by whichever rule asks first

        def read() -> tuple[str, ...]:
            if not message.subject:
                return ()
            if not known:
                known.append(tuple(dict.fromkeys(m.topic for m in self.nlp(message.subject)._.topic_matches if not m.weak)))
            return known[0]
        return read

    def tag(self, message: MessageText, directory: tuple[Person, ...] = ()) -> Tags:
        return self.tag_many([message], directory)[0]

    def tag_many(self, messages: Sequence[MessageText], directory: tuple[Person, ...] = (), batch_size: int = 64) -> list[Tags]:
        by_email = {person.email: person for person in directory if person.email}
        students = {name.lower() for name in self.student_names}
        named_roles = {key: set(person.roles) for person in directory if person.roles
                       for key in name_keys(person.name) if key not in students}
        adults = {person.name.split()[0].lower() for person in (*directory, *(p for m in messages for p in m.recipients),
                                                                 *(m.author for m in messages if m.author)) if person.name.split()}
        self.students.learn_nicknames([f"{m.subject}\n{m.new_text}" for m in messages], adults)  # before the zone:
        # what it learns is kept. Inside it, the words these messages bring are forgotten afterwards, so a
        # long-running worker does not grow with every new name and number its mail has ever held.
        if len(self._roles) > ROLE_CACHE_SIZE:
            self._roles.clear()
        remember_common_words(self.nlp, (text for m in messages for text in (m.new_text, m.subject)),
                              [*self.student_names, *(s.last for s in self.students.students),
                               *(person.name for person in directory)])
        with collecting_only_new_objects(), self.nlp.memory_zone():  # (tags as without it: only the collector's
            return self._tag(messages, directory, by_email, named_roles, batch_size)  # pace changes)

    def _tag(self, messages, directory, by_email, named_roles, batch_size) -> list[Tags]:
        results: list[Tags] = []
        subject_docs: dict[str, Doc] = {}  # read only (the students they name), inside this memory zone
        docs = self.nlp.pipe((doc_of_text(self.nlp, message.new_text) for message in messages), batch_size=batch_size)
        for message, doc in zip(messages, docs):
            roles = self._roles.get(message.signature)
            if roles is None:
                roles = self._roles[message.signature] = author_services(self.nlp, message)
            known = by_email.get(message.author.email) if message.author else None
            if known is not None:
                roles = tuple(dict.fromkeys((*roles, *known.roles)))
            topics = find_topics(self.nlp, doc, message, roles, named_roles)
            sentences = sentences_of(doc)
            subject_doc = subject_docs.get(message.subject) if message.subject else None
            if subject_doc is None and message.subject:  # a thread's replies share their subject line: made once
                subject_doc = subject_docs[message.subject] = self.nlp.make_doc(message.subject)
            subject_topics = self._subject_topics(message)
            missed = [replace(row, **dict(zip(("responsible", "responsible_from"), responsible_for(
                row.sentence, row.topic, self.kinds, message.author, roles, directory, message.from_user))))
                for row in find_missed_services(sentences, message, topics, self.kinds, roles, self.student_names,
                                                named_roles, subject_topics)]
            results.append(Tags(
                topics=tuple(topics),
                students=tuple(self.students.find(doc, subject_doc, message.recipients if message.from_user
                                                  else (message.author,) if message.author else ())),
                promises=tuple(find_promises(doc, sentences, message, topics, self.student_names, directory)),
                requests=tuple(find_requests(sentences, message, topics)),
                missed_services=tuple(missed),
                makeups=tuple(find_makeups(sentences, message, topics, self.kinds, roles, subject_topics)),
            ))
        return results
