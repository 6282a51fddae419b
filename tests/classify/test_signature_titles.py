"""A signature's title is read past a sign-off and its "-- " line, as forwarded and sent mail carry it.
Names are invented."""
from __future__ import annotations

from ieptrail.classify.people import AuthorTrace, facts_of
from ieptrail.classify.roles import signature_head, signature_roles, titled_not_aide

SIGNED_OFF = "Odile\n\n-- \nOdile Varga, M.S., CCC-SLP\nSpeech-Language Pathologist\nHarrow Creek Elementary\n(555) 010-2231"


def test_the_head_of_a_signature_skips_blank_and_delimiter_lines():
    assert signature_head(SIGNED_OFF) == "Odile\nOdile Varga, M.S., CCC-SLP\nSpeech-Language Pathologist\nHarrow Creek Elementary"
    assert signature_head("Pim Osei\n__________\nAssistant Principal", lines=2) == "Pim Osei\nAssistant Principal"


def test_a_title_under_a_sign_off_is_read_for_the_role():
    assert signature_roles(SIGNED_OFF) == {"speech_language_therapy"}
    assert titled_not_aide("Pim\n\n--\nPim Osei\nAssistant Principal")
    facts = facts_of(AuthorTrace("Odile Varga", "ovarga@harrow.example.org", SIGNED_OFF, "Notes attached.", "Notes"))
    assert facts.signature_roles == frozenset({"speech_language_therapy"}) and facts.titled


def test_a_title_names_its_longest_role():
    assert signature_roles("Teo\n\n-- \nTeo Marsh\nBehavior Interventionist / PBIS Coach") == {"behavior_support"}
    assert signature_roles("Teo Marsh\nReading Interventionist") == {"reading_intervention"}
