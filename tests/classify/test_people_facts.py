"""A worker works out what a message tells about people; the importer adds those facts to its
directory: the directory is the same as one that read the messages itself."""
from __future__ import annotations

import pickle

from ieptrail.classify.people import AuthorTrace, PeopleDirectory, facts_of

TRACES = [
    AuthorTrace("Dana Ruiz", "dana.ruiz@school.example", "Dana Ruiz\nSpeech-Language Pathologist", "Hi, notes attached.",
                "Speech notes"),
    AuthorTrace("Ann Lee", "ann.lee@school.example", "Ann Lee\n4th grade", "His aide, Luis, was out today.", "Today"),
    AuthorTrace("Ann Lee", "ann.lee@school.example", "", "Was Ms. Pierce the aide again? She had him all day.", "Aide"),
    AuthorTrace("", "", "Occupational Therapist", "Ms. Pierce and the aide schedule: she covers mornings.", "Aide"),
    AuthorTrace("Bob", "", "", "No one new here.", "Re: Today"),  # no address: its signature says nothing
]


def test_facts_added_in_order_give_the_directory_that_reading_the_traces_gives():
    read = PeopleDirectory.of(TRACES)
    told = PeopleDirectory()
    for trace in TRACES:
        told.add_facts(pickle.loads(pickle.dumps(facts_of(trace))))  # as they come back from a worker
    assert told.people() == read.people()
    assert (told.senders, told.learned, told.aide_mentions) == (read.senders, read.learned, read.aide_mentions)


def test_a_trace_without_an_address_brings_no_signature_roles():
    facts = facts_of(TRACES[3])
    assert facts.signature_roles == frozenset()
    assert facts_of(TRACES[0]).signature_roles  # the SLP's title is read
