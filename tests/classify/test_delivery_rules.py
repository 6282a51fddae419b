"""The rules that decide whether a later message keeps a promise (pure functions, no database)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from ieptrail.classify.followup import Commitment, LaterMessage, find_fulfillment

PARENT = "graham.pelletier@gmail.com"
SLP = "colin.haugen@cvsd4.org"
PSYCH = "kyle.brandt@cvsd4.org"
COUNSELOR = "jorge.espinoza@cvsd4.org"
MADE = datetime(2026, 1, 20, 15, 0)


def promise(sentence: str, by: str, *, thread: int = 1, context: str = "", action: str = "") -> Commitment:
    return Commitment(key="P1", thread_id=thread, sent=MADE, promiser=by, author_email=by,
                      made_by_user=by == PARENT, sentence=sentence, context=context or sentence, action=action)


def reply(text: str, by: str, *, thread: int = 1, days: int = 3) -> LaterMessage:
    return LaterMessage(id=7, thread_id=thread, sent=MADE + timedelta(days=days), author_email=by,
                        author_is_user=by == PARENT, recipients=frozenset({PARENT}), new_text=text)


def test_following_up_as_promised_in_the_thread_keeps_the_promise():
    made = promise("Let me circle back with the team and I'll let you know by Wednesday what we're changing.", SLP)
    later = reply("Following up as promised. Here's what we've put in place starting this week: a reminder to "
                  "every teacher before unit tests.", SLP)
    assert find_fulfillment(made, [later]).rule == "delivered: as promised"


def test_as_promised_from_someone_else_in_another_thread_does_not():
    made = promise("Let me circle back with the team and I'll let you know by Wednesday.", SLP)
    later = reply("As promised, here is the lunch menu for March.", COUNSELOR, thread=2)
    assert find_fulfillment(made, [later]) is None


def test_the_school_confirming_it_has_the_parents_form_keeps_the_parents_promise():
    made = promise("I'll sign the consent tonight and send it back in Nora's folder tomorrow.", PARENT,
                   action="sign the consent and send it back")
    later = reply("Happy new year! I have your signed consent from before break. We started testing this week.", PSYCH)
    evidence = find_fulfillment(made, [later])
    assert evidence.rule == "acknowledged by the other side" and "signed consent" in evidence.sentence


def test_the_other_side_talking_about_the_form_is_not_a_confirmation():
    made = promise("I'll sign the consent tonight and send it back tomorrow.", PARENT, action="sign the consent")
    later = reply("The consent form needs to be signed before we can start testing.", PSYCH)
    assert find_fulfillment(made, [later]) is None


def test_attaching_in_the_present_tense_delivers():
    made = promise("I'll send you a summary of his speech progress by Friday.", SLP,
                   action="send you a summary of his speech progress")
    later = reply("I'm also attaching a summary of his speech progress on his social communication goals.", SLP)
    assert find_fulfillment(made, [later]) is not None


def test_neither_session_was_made_up_is_not_a_delivery():
    made = promise("I'll make up the missed sessions next week.", SLP, action="make up the missed sessions")
    later = reply("You're right. Neither session was made up - the December one slipped through.", SLP)
    assert find_fulfillment(made, [later]) is None


def test_a_conditional_didnt_does_not_undo_a_delivery():
    made = promise("Mr. Espinoza will send home the Lunch Bunch permission form.", COUNSELOR,
                   action="send home the Lunch Bunch permission form")
    later = reply("I dropped the Lunch Bunch permission forms in Rowan's backpack on Monday. If they didn't make it "
                  "home, let me know and I'll email you a PDF instead.", COUNSELOR)
    assert find_fulfillment(made, [later]) is not None


def test_the_parent_thanking_for_the_call_keeps_a_promise_to_call():
    made = promise("I'll give you a call after school today to go over the new schedule.", SLP)
    later = reply("Thank you for calling me yesterday, it helped a lot. Can you send the schedule in writing?", PARENT,
                  days=1)
    assert find_fulfillment(made, [later]).rule == "acknowledged by the other side: the call"


def test_thanks_for_the_call_in_spanish_keeps_a_promise_to_call():
    made = promise("I'll call her grandmother tonight.", SLP)
    later = reply("Muchas gracias por llamarme anoche, ya entiendo el plan.", PARENT, days=1)
    assert find_fulfillment(made, [later]) is not None


def test_thanks_for_the_call_keeps_no_promise_to_send_something():
    made = promise("I'll send you the updated schedule tomorrow.", SLP, action="send you the updated schedule")
    later = reply("Thank you for calling me yesterday.", PARENT, days=1)
    assert find_fulfillment(made, [later]) is None


def test_a_question_about_a_call_keeps_nothing():
    made = promise("I'll call you Friday about the testing dates.", SLP)
    later = reply("Thanks for the call on Friday - did you say the testing starts Monday?", PARENT)
    assert find_fulfillment(made, [later]) is None


def test_now_posted_delivers_even_with_a_promise_to_keep_going():
    made = promise("I'll post the study guides to the class website before each test.", SLP,
                   action="post the study guides to the class website")
    later = reply("The study guides for units 3 and 4 are now posted on the class website, and I'll keep adding them.", SLP)
    assert find_fulfillment(made, [later]) is not None


def test_will_be_posted_is_not_a_delivery():
    made = promise("I'll post the study guides to the class website before each test.", SLP,
                   action="post the study guides to the class website")
    later = reply("The study guides are not posted yet; they will be on the class website by Friday.", SLP)
    assert find_fulfillment(made, [later]) is None


def test_a_commitment_reported_is_not_the_deed_done():
    made = promise("Mr. Haugen will finish the keyboarding trial by April 10 and write up the results.", PSYCH)
    for text in ("Mr. Haugen missed the meeting, but he has committed to finishing the keyboarding trial in May.",
                 "Mr. Haugen agreed to redo the keyboarding trial with the new laptop."):
        assert find_fulfillment(made, [reply(text, PSYCH)]) is None, text
    assert find_fulfillment(made, [reply("Mr. Haugen finished the keyboarding trial and wrote up the results.", PSYCH)])


def test_committed_to_a_person_is_not_a_reported_commitment():
    made = promise("I'll finish the keyboarding trial by April 10.", SLP)
    later = reply("We are committed to Nora's success. I finished the keyboarding trial today.", SLP)
    assert find_fulfillment(made, [later]) is not None


def test_a_step_on_hold_is_not_done():
    made = promise("I'll send the transition referral to the agency by Friday.", COUNSELOR)
    later = reply("The agency changed its intake contact, so the transition referral is on hold for now.", COUNSELOR)
    assert find_fulfillment(made, [later]) is None


def test_the_promiser_saying_it_is_done_today_on_the_promised_day_keeps_it():
    made = Commitment(key="P1", thread_id=1, sent=MADE, promiser=SLP, author_email=SLP, made_by_user=False,
                      sentence="I'll have everything copied and in the take-home binders on Friday.",
                      context="I'll have everything copied and in the take-home binders on Friday.", due=date(2026, 1, 23))
    on_the_day = LaterMessage(id=7, thread_id=2, sent=datetime(2026, 1, 23, 14, 0), author_email=SLP, author_is_user=False,
                              recipients=frozenset({PARENT}), new_text="His speech report card is attached, and a paper "
                                                                       "copy is in his binder today.")
    assert find_fulfillment(made, [on_the_day]) is not None
    a_day_early = replace(on_the_day, sent=datetime(2026, 1, 22, 14, 0))
    assert find_fulfillment(made, [a_day_early]) is None


def test_the_promiser_attaching_the_kind_of_paper_promised_keeps_it_in_another_thread():
    made = promise("I'll send home a short summary every few weeks so you can see what we're practicing.", SLP)
    later = reply("I'm also attaching a summary of his progress on his articulation goals.", SLP, thread=2, days=40)
    assert find_fulfillment(made, [later]) is not None
    other_paper = reply("I'm also attaching a copy of his articulation goals.", SLP, thread=2, days=40)
    assert find_fulfillment(made, [other_paper]) is None


def test_another_kind_of_the_same_paper_does_not_keep_it():
    made = promise("I'll send you the lunch count sheet by Friday.", SLP)
    later = reply("I have attached the articulation data sheets from this month.", SLP, thread=2, days=20)
    assert find_fulfillment(made, [later]) is None


def test_a_delivery_that_turns_to_the_promised_deed_still_to_come():
    from ieptrail.classify.followup import _marks, _promised_again_after, future_after_delivery
    said = "I've talked with the science teacher, and I'm going to re-give the quiz Monday, read aloud."
    assert future_after_delivery(said) is not None
    assert _promised_again_after(said, "I'll read the quiz to him Monday.")
    assert not _promised_again_after("I've sent the quiz home, and I'll call you tonight.", "I'll send the quiz home.")
    # not "we'll", whatever the promise says: only its own words
    assert not _promised_again_after("Here's the plan: we'll meet twice a week.", "We'll do this every week.")
    assert not _marks("Nothing has changed since the fall review.").reports_deed
    assert _marks("The schedule has changed since Monday.").reports_deed
