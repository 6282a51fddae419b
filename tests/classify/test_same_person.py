"""One person who writes from several addresses is one person to the follow-up linking: a teacher's
school address and her Gmail, a parent's Yahoo and his office. Two people who only share a first name
or a surname stay two. Names and addresses are invented."""
from __future__ import annotations

from ieptrail.classify.followup import organization
from ieptrail.classify.people import person_name, same_people, signed_name


def aliases(pairs, user="", students=()):
    return same_people(pairs, family_names=students, first_choice=lambda address: address == user,
                       organization=organization)


def test_a_display_name_is_read_as_first_and_last_name():
    assert person_name("Quenby, Talia R.") == ("talia", "quenby")
    assert person_name("Dr. Ximena Páez-Orlov, Ed.S., NCSP") == ("ximena", "paez-orlov")
    assert person_name('"TALIA QUENBY"') == ("talia", "quenby")
    assert person_name("Orrin Vell Jr.") == ("orrin", "vell", "jr")


def test_what_is_not_a_persons_full_name_is_no_name():
    for display in ("Brookmere Transportation", "T. Quenby", "Talia", "tquenby@brookmere.example.org",
                    "Talia Quenby (via Shared Docs)", ""):
        assert person_name(display) is None, display


def test_a_teachers_gmail_is_her_school_address():
    found = aliases([("tquenby@brookmere.example.org", "Talia Quenby"), ("talia.q.home@gmail.com", "Quenby, Talia"),
                     ("ggarnet@brookmere.example.org", "Gil Garnet"), ("parent.one@yahoo.com", "Noor Haddish")],
                    user="parent.one@yahoo.com", students=["Sami Haddish"])
    assert found == {"talia.q.home@gmail.com": "tquenby@brookmere.example.org"}


def test_a_name_and_its_short_form_are_one_person_when_no_one_else_could_be_meant():
    pairs = [("oswin.marrable@brookmere.example.org", "Oswin Marrable"), ("ozmarr@yahoo.com", "Oz Marrable"),
             ("ggarnet@brookmere.example.org", "Gil Garnet")]
    assert aliases(pairs) == {}  # "Oz" is two letters: not taken for a short form
    pairs[1] = ("osmarr@yahoo.com", "Osw Marrable")
    assert aliases(pairs) == {"osmarr@yahoo.com": "oswin.marrable@brookmere.example.org"}
    # "Osw" could be Oswin or Oswald: no one is merged
    assert aliases(pairs + [("oswald.marrable@brookmere.example.org", "Oswald Marrable")]) == {}


def test_a_short_form_under_the_familys_surname_is_not_taken_for_the_same_person():
    pairs = [("dan.haddish@gmail.com", "Dan Haddish"), ("danielle.haddish@outlook.com", "Danielle Haddish")]
    assert aliases(pairs, students=["Sami Haddish"]) == {}


def test_people_who_share_a_first_name_or_a_surname_stay_apart():
    pairs = [("tquenby@brookmere.example.org", "Talia Quenby"), ("talia.north@gmail.com", "Talia Northrup"),
             ("rquenby@gmail.com", "Roland Quenby"), ("orrin.vell@gmail.com", "Orrin Vell"),
             ("ovell@brookmere.example.org", "Orrin Vell Jr.")]
    assert aliases(pairs) == {}


def test_middle_names_that_differ_are_two_people():
    pairs = [("mary.ann.pell@gmail.com", "Mary Ann Pell"), ("mbpell@brookmere.example.org", "Mary Beth Pell"),
             ("mpell@yahoo.com", "Mary Pell")]
    assert aliases(pairs[:2]) == {}
    # "Mary Pell" could be either: she is taken for neither, and they are not joined through her
    assert aliases(pairs) == {}
    assert aliases(pairs[1:]) == {"mpell@yahoo.com": "mbpell@brookmere.example.org"}


def test_an_address_that_carried_several_peoples_names_joins_no_one():
    pairs = [("shares@docs.example.com", "Talia Quenby"), ("shares@docs.example.com", "Gil Garnet"),
             ("tquenby@brookmere.example.org", "Talia Quenby")]
    assert aliases(pairs) == {}


def test_the_users_own_address_stands_for_her_other_addresses():
    pairs = [("noor.h@gmail.com", "Noor Haddish"), ("nhaddish@fairlane-clinic.example.com", "Noor Haddish"),
             ("nhaddish77@yahoo.com", "Noor Haddish")]
    assert aliases(pairs, user="noor.h@gmail.com", students=["Sami Haddish"]) == {
        "nhaddish@fairlane-clinic.example.com": "noor.h@gmail.com", "nhaddish77@yahoo.com": "noor.h@gmail.com"}


def test_a_parents_office_where_no_one_else_writes_does_not_take_him_to_its_side():
    pairs = [("rpell@hollowfreight.example.com", "Ravi Pell"), ("ravi.pell@yahoo.com", "Ravi Pell"),
             ("tquenby@brookmere.example.org", "Talia Quenby"), ("ggarnet@brookmere.example.org", "Gil Garnet")]
    assert aliases(pairs, user="someone.else@gmail.com", students=["Lio Pell"]) == {
        "rpell@hollowfreight.example.com": "ravi.pell@yahoo.com"}


def test_a_sender_without_a_full_display_name_goes_by_the_name_atop_their_signature():
    signature = "Talia\n\n-- \nTalia Quenby, M.Ed.\nResource Teacher"
    assert signed_name("tquenby", signature) == "Talia Quenby, M.Ed."
    assert signed_name("T Quenby", "Talia Quenby\nRoom 12") == "Talia Quenby"
    assert signed_name("Talia Quenby", "Someone Else") == "Talia Quenby"  # a full display name stands
    assert signed_name("tq", "Resource Room 118\nHarrow Creek Elementary") == "tq"  # no name atop the signature
    pairs = [("tquenby@brookmere.example.org", signed_name("tquenby", signature)),
             ("talia.q.home@gmail.com", "Talia Quenby")]
    assert aliases(pairs) == {"talia.q.home@gmail.com": "tquenby@brookmere.example.org"}


def test_a_parent_is_never_taken_for_staff_who_bear_the_familys_name():
    pairs = [("noor.haddish@gmail.com", "Noor Haddish"), ("nhaddish@brookmere.example.org", "Noor Haddish"),
             ("tquenby@brookmere.example.org", "Talia Quenby")]
    assert aliases(pairs, students=["Sami Haddish"]) == {}
    assert aliases(pairs, user="noor.haddish@gmail.com", students=["Sami Haddish"]) == {}
    assert aliases(pairs) == {"noor.haddish@gmail.com": "nhaddish@brookmere.example.org"}  # no student of that name


def test_an_address_known_by_a_name_and_its_short_form_is_still_one_persons():
    pairs = [("ozwald.marr@yahoo.com", "Ozwald Marrable"), ("ozwald.marr@yahoo.com", "Ozw Marrable"),
             ("omarrable@brookmere.example.org", "Ozwald Marrable"), ("ggarnet@brookmere.example.org", "Gil Garnet")]
    assert aliases(pairs) == {"ozwald.marr@yahoo.com": "omarrable@brookmere.example.org"}
