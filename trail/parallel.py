"""Reading and tagging on every core: worker processes parse, check and tag chunks of a large
import while the importer stores the chunks before them, in order, in one writer.

The workers are forked from the importer after its tagger is built, so the spaCy pipeline is
shared, not loaded again; they never touch the database. Each chunk is tagged with the people
directory as the importer knew it when the chunk was sent (plus the chunk's own authors); the
importer's retag after the run settles anyone whose role was learned from a later chunk.
"""
from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace

from ieptrail.classify import Tagger
from ieptrail.classify.people import PeopleDirectory, facts_of
from ieptrail.config import Settings
from ieptrail.ingest.dkim_verify import DkimVerifier
from ieptrail.ingest.parse import ParseContext
from ieptrail.trail.tagging import (
    TagOutcome,
    tag_texts,
    tags_digest,
    text_of_original,
    trace_of_original,
)

CHUNK = 100  # emails per round trip to a worker


@dataclass
class _WorkerState:
    settings: Settings
    context: ParseContext
    tagger: Tagger | None
    dkim: DkimVerifier | None


_state: _WorkerState | None = None  # set in the importer before forking; the workers inherit it


def _read_and_tag(chunk: list[tuple[str, bytes]], directory: PeopleDirectory | None) -> list:
    """In a worker: read each email and tag all its originals; the results without the raw bytes
    (the importer kept them)."""
    from ieptrail.trail.importer import read_email

    state = _state
    read = [read_email(origin, raw, state.context, state.dkim) for origin, raw in chunk]
    if state.tagger is not None and directory is not None:
        originals = [(email, position, original) for email in read if email.parsed is not None
                     for position, original in enumerate(email.parsed.originals)]
        facts = [facts_of(trace_of_original(original)) for _, _, original in originals]
        for found in facts:
            directory.add_facts(found)
        texts = [text_of_original(original, state.settings) for _, _, original in originals]
        outcomes = tag_texts(state.tagger, texts, directory.people())
        for email in read:
            email.tagged_ahead = [TagOutcome(None)] * len(email.parsed.originals) if email.parsed else None
            email.people_facts = [None] * len(email.parsed.originals) if email.parsed else None
        for (email, position, _), outcome, found in zip(originals, outcomes, facts):
            # the digest the importer keeps of each new message's tags, worked out here, off the storing process
            email.tagged_ahead[position] = replace(outcome, digest=tags_digest(outcome.tags)) if outcome.tags else outcome
            email.people_facts[position] = found  # the importer's directory learns it without working it out again
    for email in read:
        email.raw = b""
    return read


def _chunks(items: Iterable[tuple[str, bytes]], size: int) -> Iterator[list[tuple[str, bytes]]]:
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def read_in_workers(items: Iterable[tuple[str, bytes]], workers: int, settings: Settings, context: ParseContext,
                    tagger: Tagger | None, dkim: DkimVerifier | None,
                    directory: Callable[[], PeopleDirectory | None],
                    stored: Callable[[list[str]], set[str]]) -> Iterator[list]:
    """Read (and tag) `items` in `workers` processes; yield each chunk's emails, raw bytes restored,
    in the order they came. `directory()` is the people directory to tag the next chunk with;
    `stored(shas)` says which emails are stored already (those are not read again)."""
    from ieptrail.store.repository import sha256_hex
    from ieptrail.trail.importer import Arrived, ParseResult

    global _state
    _state = _WorkerState(settings, context, tagger, dkim)
    fork = multiprocessing.get_context("fork")
    in_flight: deque[tuple[list[Arrived], Future]] = deque()

    def restored(waiting: list[Arrived], future: Future) -> list[Arrived]:
        read = iter(future.result())
        emails = []
        for email in waiting:
            if email.duplicate:
                emails.append(email)
            else:
                fresh = next(read)
                fresh.raw = email.raw
                emails.append(fresh)
        return emails

    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=fork) as pool:
            for chunk in _chunks(items, CHUNK):
                waiting = [Arrived(origin, raw, sha256_hex(raw), ParseResult(error="stored before")) for origin, raw in chunk]
                known = stored([email.sha256 for email in waiting])
                for email in waiting:
                    email.duplicate = email.sha256 in known
                todo = [(email.origin, email.raw) for email in waiting if not email.duplicate]
                in_flight.append((waiting, pool.submit(_read_and_tag, todo, directory())))
                if len(in_flight) > 2 * workers:  # bounded: memory stays flat whatever the mailbox
                    yield restored(*in_flight.popleft())
            while in_flight:
                yield restored(*in_flight.popleft())
    finally:
        _state = None
