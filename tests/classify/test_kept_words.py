"""The text patterns of classify.kept for promises to find out and to send back (invented sentences)."""
from __future__ import annotations

from ieptrail.classify.kept import promises_return, promises_to_find_out, reports_finding, says_came_back


def test_promises_to_find_out():
    assert promises_to_find_out("I'll find out which days the bus skipped her stop.")
    assert promises_to_find_out("Let me check with the front office whether the form was filed.")
    assert promises_to_find_out("We will confirm the time with the therapist.")
    assert not promises_to_find_out("I'll check his folder tonight and sign the sheet.")
    assert not promises_to_find_out("I found out yesterday that the bus was late.")


def test_a_finding_reported():
    assert reports_finding("The agency has confirmed that she missed two sessions in May.")
    assert reports_finding("I checked with transportation and the new stop starts Monday.")
    assert not reports_finding("We haven't confirmed the dates yet.")
    assert not reports_finding("Has anyone confirmed the dates?")
    assert not reports_finding("I'll let you know once I have confirmed the dates.")


def test_promises_to_send_back():
    assert promises_return("It's going back in his folder tomorrow.")
    assert promises_return("I'll send the signed page back on Monday.")
    assert promises_return("I will return the consent form this week.")
    assert not promises_return("I'll send you the schedule on Monday.")


def test_a_thing_said_to_have_come_back():
    assert says_came_back("Her permission slip came back signed this morning.")
    assert says_came_back("The consent was returned on Tuesday.")
    assert not says_came_back("The consent never came back.")
    assert not says_came_back("Did the form come back yet?")
    assert not says_came_back("I'll start once the consent comes back.")
