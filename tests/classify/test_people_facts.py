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


def test_staff_whose_title_is_not_the_aides_are_not_taken_for_the_aide():
    # the assistant principal named in sentences about the 1:1 is the one who pulls or schedules the aide
    traces = [
        AuthorTrace("Rob Vance", "rvance@school.example", "Rob Vance\nAssistant Principal", "Lunch duty list attached.", "Duty"),
        AuthorTrace("Ann Lee", "ann.lee@school.example", "", "I asked Mr. Vance why his 1:1 was pulled again.", "Aide"),
        AuthorTrace("Ann Lee", "ann.lee@school.example", "", "Mr. Vance says the para is back on Monday.", "Aide"),
        AuthorTrace("Ann Lee", "ann.lee@school.example", "", "Ms. Pierce was pulled; his 1:1 time was lost.", "Aide"),
        AuthorTrace("Ann Lee", "ann.lee@school.example", "", "Ms. Pierce is out, so no para today.", "Aide"),
    ]
    roles = {person.name: person.roles for person in PeopleDirectory.of(traces).people()}
    assert roles["Rob Vance"] == ()
    assert roles["Pierce"] == ("paraprofessional",)
    # an aide's own title ("Instructional Assistant") does not keep them from being the aide
    assert not facts_of(AuthorTrace("Jo Park", "jpark@school.example", "Jo Park\nSpecial Education Instructional Assistant",
                                    "", "")).titled
