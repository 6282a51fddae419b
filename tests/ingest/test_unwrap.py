"""Forward unwrapping, dates and body splitting on real-looking mail."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from conftest import CORPORA, DEV, FIXTURES, SAMPLE, shared_path
from ieptrail.ingest.addresses import first_address, parse_address_list
from ieptrail.ingest.bodysplit import split_body
from ieptrail.ingest.dates import parse_client_date
from ieptrail.ingest.forwards import find_forward, normalize_subject, strip_forward_prefix, subject_says_forward
from ieptrail.ingest.parse import ParseContext, UnparseableEmail, parse_email

NEW_YORK = ZoneInfo("America/New_York")
CHICAGO = ZoneInfo("America/Chicago")
DANA = ParseContext(("dana.whitaker@example.com",), NEW_YORK)
ROSA = ParseContext(("rosa.delgado@gmail.com",), CHICAGO)


def parse_fixture(name: str, context: ParseContext = DANA):
    return parse_email((FIXTURES / "eml" / name).read_bytes(), context)


def test_gmail_forward_date_has_no_zone_so_the_users_zone_is_used():
    resolved = parse_client_date("Wed, Jan 7, 2026 at 3:52 PM", CHICAGO)
    assert resolved.value == datetime(2026, 1, 7, 15, 52, tzinfo=CHICAGO)
    assert resolved.zone_inferred


@pytest.mark.parametrize("text, expected", [
    ("Fri, 23 Jan 2026 11:40:00 -0600", datetime(2026, 1, 23, 11, 40, tzinfo=timezone(timedelta(hours=-6)))),
    ("January 27, 2026 at 3:32:00 PM CST", datetime(2026, 1, 27, 15, 32, tzinfo=timezone(timedelta(hours=-6)))),
    ("Thursday, February 5, 2026, 02:02:00 PM CST", datetime(2026, 2, 5, 14, 2, tzinfo=timezone(timedelta(hours=-6)))),
    ("Tuesday, January 27, 2026 11:50 AM", datetime(2026, 1, 27, 11, 50, tzinfo=CHICAGO)),
])
def test_client_dates_keep_their_offset(text, expected):
    assert parse_client_date(text, CHICAGO).value == expected


@pytest.mark.parametrize("text, expected", [
    ("10.03.2026 14:40", datetime(2026, 3, 10, 14, 40)),  # dotted: day first, and "10.03" is not the time
    ("Di., 10.03.2026 um 14:40", datetime(2026, 3, 10, 14, 40)),
    ("10.03.26 14.40", datetime(2026, 3, 10, 14, 40)),
    ("14:40, 10 March 2026", datetime(2026, 3, 10, 14, 40)),
    ("3/10/2026 2:40 PM", datetime(2026, 3, 10, 14, 40)),  # slashes stay US month first
    ("27/01/2026 09:15", datetime(2026, 1, 27, 9, 15)),
])
def test_numeric_client_dates_and_the_time_beside_them(text, expected):
    assert parse_client_date(text, CHICAGO).value == expected.replace(tzinfo=CHICAGO)


def test_a_date_in_the_dst_switch_week_gets_the_summer_offset():
    resolved = parse_client_date("Mon, Mar 9, 2026 at 8:05 AM", CHICAGO)
    assert resolved.value.utcoffset() == timedelta(hours=-5)


def test_outlook_mailto_decorations_and_commas_in_names():
    assert first_address("Thibault <thibault@acme.com<mailto:thibault@acme.com>>").email == "thibault@acme.com"
    assert first_address("John Doe [mailto:john.doe@acme.com]").name == "John Doe"
    names = [a.name for a in parse_address_list('"Doe, John" <j@acme.com>; Walter <w@acme.com>')]
    assert names == ["Doe, John", "Walter"]


def test_subject_normalization_is_the_thread_key():
    assert normalize_subject("RE: Fwd: FW:  Mateo's ARD") == "mateo's ard"
    assert normalize_subject("Automatic reply: Escalation") == "escalation"
    assert strip_forward_prefix("Fwd: RE: Speech") == "RE: Speech"
    assert subject_says_forward("FW: x") and not subject_says_forward("Re: x")


def test_reply_and_forward_prefixes_of_outlook_in_more_languages():
    assert normalize_subject("RES: ENC: Reunião do PEI") == "reunião do pei"
    assert normalize_subject("答复: 转发: IEP meeting") == normalize_subject("回覆：轉寄: IEP meeting") == "iep meeting"
    assert normalize_subject("회신: 전달: IEP meeting") == "iep meeting"
    assert subject_says_forward("转发: IEP meeting") and subject_says_forward("전달: IEP meeting")
    assert strip_forward_prefix("轉寄: IEP meeting") == "IEP meeting"
    assert not subject_says_forward("RES: IEP meeting") and not subject_says_forward("Resource room schedule")
    assert normalize_subject("Resource room: schedule") == "resource room: schedule"


def test_html_only_gmail_forward_recovers_the_teacher_and_her_text():
    original, = parse_fixture("gmail_html_only_forward.eml").originals
    assert original.arrival == "forwarded" and original.forward_format == "gmail"
    assert original.sender.email == "glee@maplegrove.k12.oh.us"
    assert original.date == datetime(2026, 10, 5, 14, 14, tzinfo=NEW_YORK)
    assert original.subject == "Nora - spelling test"
    assert "extra time" in original.parts.new_text
    assert original.parts.signature.startswith("Gail Lee")
    assert original.forward_note == "for the file"


def test_html_only_outlook_forward():
    original, = parse_fixture("outlook_html_only_forward.eml").originals
    assert original.sender.email == "oreyes@maplegrove.k12.oh.us"
    assert original.date == datetime(2026, 10, 6, 9, 3, tzinfo=NEW_YORK)
    assert [a.email for a in original.cc] == ["glee@maplegrove.k12.oh.us"]
    assert "Speech-Language Pathologist" not in original.parts.new_text


def test_apple_forward_with_quoted_header_block():
    original, = parse_fixture("apple_quoted_forward.eml").originals
    assert original.sender.email == "transportation@maplegrove.k12.oh.us"
    assert original.date.utcoffset() == timedelta(hours=-4)
    assert original.parts.new_text.startswith("Route 12 is running")


def test_a_forward_of_a_forward_by_the_user_reaches_the_message_that_was_written():
    original, = parse_fixture("nested_forward.eml").originals
    assert original.sender.email == "pshah@maplegrove.k12.oh.us"
    assert original.subject == "Counseling minutes"


def test_the_users_own_reply_is_a_sent_record_with_its_quote_kept_apart():
    raw = (SAMPLE / "mailbox" / "0005.eml").read_bytes()
    original, = parse_email(raw, ROSA).originals
    assert original.arrival == "sent"
    assert original.parts.quoted.startswith("On Fri, Jan 9, 2026")
    assert "Can you tell me how many speech sessions" in original.parts.new_text
    assert original.parts.signature == "Rosa"


def test_a_forwarded_school_reply_keeps_its_own_quoted_history_as_quote():
    raw = (SAMPLE / "mailbox" / "0002.eml").read_bytes()
    original, = parse_email(raw, ROSA).originals
    assert original.sender.email == "jessica.tran@shoalcreekisd.org"
    assert original.subject == "RE: Mateo - visual schedule and movement breaks"
    assert "From: Rosa Delgado" in original.parts.quoted
    assert "I'll have a new one laminated" in original.parts.new_text
    assert original.parts.signature.startswith("Ms. Jessica Tran")


def test_forward_as_attachment_takes_the_attached_message_with_its_message_id():
    raw = (SAMPLE / "mailbox" / "0013.eml").read_bytes()
    original, = parse_email(raw, ROSA).originals
    assert original.forward_format == "attachment"
    assert original.message_id == "<04DCF7BDC4BBA1A3FF06C3221CF03D00@SA1PR04MB04DC.namprd04.prod.outlook.com>"
    assert original.forward_note == "Consent form for the AT + OT evaluation"


def test_signature_with_title_and_credentials_is_split_off():
    parts = split_body(
        "Hi Ms. Delgado,\n\nI'll make it up Friday.\n\nPriya Natarajan, M.S., CCC-SLP\nSpeech-Language Pathologist\n",
        "Priya Natarajan", "priya.natarajan@school.org",
    )
    assert parts.new_text == "Hi Ms. Delgado,\n\nI'll make it up Friday."
    assert parts.signature.endswith("Speech-Language Pathologist")


def test_a_signature_signed_with_a_short_first_name_is_split_off():
    parts = split_body("Hi!\n\nHe had a calm day and used his pass once.\n\nHave a good weekend!\n\nBeth Solano\n"
                       "Instructional Aide, Room 12\nMaple Grove Elementary\n", "Elizabeth Solano", "esolano@school.org")
    assert parts.new_text.endswith("Have a good weekend!")
    assert parts.signature.startswith("Beth Solano")
    # a line of two unknown words is not the author's name
    kept = split_body("Hi!\n\nSee you soon.\n\nBeth Rivera\nRoom 12\n", "Elizabeth Solano", "esolano@school.org")
    assert "Beth Rivera" in kept.new_text


def test_a_ps_after_the_name_stays_in_the_new_text():
    parts = split_body("Thanks,\nRosa\n\nP.S. Could you also send the log?", "Rosa Delgado", "rosa@x.com")
    assert "Could you also send the log?" in parts.new_text


def test_truncated_and_garbled_messages_are_refused_with_a_reason():
    for path in sorted((FIXTURES / "mime_broken").glob("*.eml")):
        with pytest.raises(UnparseableEmail):
            parse_email(path.read_bytes(), DANA)


def _crisp_rate(folder: Path) -> tuple[int, int, list[str]]:
    cases = json.loads((folder / "expected.json").read_text())["cases"]
    good = total = 0
    misses = []
    for case in cases:
        expect = case["expect"]
        if not expect["forwarded"] or "from" not in expect:
            continue
        body = (folder / Path(case["body_file"]).name).read_bytes().decode("utf-8").replace("\ufeff", "")
        subject_file = case.get("subject_file")
        subject = (folder / Path(subject_file).name).read_text(encoding="utf-8").strip() if subject_file else None
        block = find_forward(body, subject_says_forward=subject_says_forward(subject) if subject else True)
        total += 1
        sender = first_address(block.headers.get("from")) if block else None
        found_subject = (block.headers.get("subject") or strip_forward_prefix(subject or "")) if block else None
        if sender and sender.email == (expect["from"].get("address") or "") and found_subject == expect.get("subject", found_subject):
            good += 1
        else:
            misses.append(case["case_id"])
    return good, total, misses


def test_forward_headers_from_many_clients_and_languages_bundled_subset():
    good, total, misses = _crisp_rate(FIXTURES / "forwards" / "crisp")
    print(f"\ncrisp subset: original sender and subject recovered in {good}/{total}")
    assert good == total, misses


def test_forward_headers_full_crisp_corpus_rate():
    folder = shared_path(CORPORA / "forwards" / "crisp-oss-email-forward-parser")
    cases_folder = folder / "fixtures"
    expected = json.loads((folder / "expected.json").read_text())
    good = total = 0
    for case in expected["cases"]:
        expect = case["expect"]
        if not expect["forwarded"] or "from" not in expect or "subject" not in expect:
            continue
        body = (folder / case["body_file"]).read_bytes().decode("utf-8").replace("\ufeff", "")
        subject = (folder / case["subject_file"]).read_text(encoding="utf-8").strip() if case.get("subject_file") else None
        block = find_forward(body, subject_says_forward=subject_says_forward(subject) if subject else True)
        total += 1
        if block:
            sender = first_address(block.headers.get("from"))
            found_subject = block.headers.get("subject") or strip_forward_prefix(subject or "")
            good += bool(sender and sender.email == expect["from"]["address"] and found_subject == expect["subject"])
    print(f"\ncrisp (22 languages, 13 clients): sender and subject recovered in {good}/{total} = {good / total:.1%}")
    assert cases_folder.exists() and good / total >= 0.95


def test_real_world_forwards_from_other_projects():
    folder = shared_path(CORPORA / "forwards")
    gmail_2005 = parse_email((folder / "mikel-mail/mime_emails/raw_email2.eml").read_bytes(),
                             ParseContext(("xxxxxxxxx.xxxxxxx@gmail.com",), timezone.utc)).originals[0]
    assert gmail_2005.subject == "Signed email causes file attachments" and gmail_2005.sender.email == "xxxxxxxx@xxx.com"
    attached = parse_email((folder / "mikel-mail/attachment_emails/attachment_message_rfc822.eml").read_bytes(),
                           ParseContext(("foo@example.com",), timezone.utc)).originals[0]
    assert attached.subject == "Another PDF" and attached.message_id == "<xxxx@xxxx.com>"
    # an Outlook forward (Italian) of messages that each add their own words: the record is the
    # first layer, whose author wrote a note; the deeper forwards stay in its text
    italian = parse_email((folder / "spamscope-mail-parser/mail_test_7.eml").read_bytes(),
                          ParseContext(("geronazzo@voidstudicom.it",), timezone.utc)).originals[0]
    assert italian.sender.email == "chiarodiluce@gmail.com" and italian.subject == "Ordine"
    assert "anna.milone@mmlampadari.com" in italian.body
    empty = parse_email((folder / "nodemailer-mailparser/decoderended.eml").read_bytes(),
                        ParseContext(("booewq@uuui.com",), timezone.utc)).originals[0]
    assert empty.subject == "Fwd: fotos"  # the attached message is empty: the email stays what it is


def test_dev_corpus_original_author_date_and_subject():
    gold = json.loads((shared_path(DEV) / "gold.json").read_text())
    context = ParseContext((gold["user"]["email"],), ZoneInfo(gold["timezone"]))
    good_from = good_date = good_subject = 0
    for row in gold["messages"]:
        original = parse_email((DEV / "mailbox" / row["file"]).read_bytes(), context).originals[0]
        expected = row["original"]
        good_from += original.sender.email == expected["from_email"]
        good_date += abs((original.date - datetime.fromisoformat(expected["date"])).total_seconds()) <= 60
        good_subject += original.subject == expected["subject"]
    total = len(gold["messages"])
    print(f"\ndev: from {good_from}/{total}, date {good_date}/{total}, subject {good_subject}/{total}")
    assert good_from / total >= 0.98 and good_date / total >= 0.95 and good_subject / total >= 0.95


NESTED_WITH_A_NOTE = b"""From: Rosa Delgado <rosa.delgado@gmail.com>
To: delgado.paper.trail@gmail.com
Date: Tue, 20 Jan 2026 21:30:00 -0600
Subject: Fwd: Fwd: Annual IEP review - scheduling
Message-ID: <nested-note-1@mail.gmail.com>
Content-Type: text/plain; charset=utf-8

Luis got this one, not me. Forwarding for the file.

---------- Forwarded message ---------
From: Luis Delgado <luis.delgado@yahoo.com>
Date: Tue, Jan 20, 2026 at 5:02 PM
Subject: Fwd: Annual IEP review - scheduling
To: Rosa Delgado <rosa.delgado@gmail.com>


Did you get this? I can't do Tuesdays. Thursday is best for me.


----- Forwarded Message -----
From: Jessica Tran <jessica.tran@shoalcreekisd.org>
To: Luis Delgado <luis.delgado@yahoo.com>
Sent: Tuesday, January 20, 2026, 03:15:00 PM CST
Subject: Annual IEP review - scheduling

Hi Mr. Delgado,

Mateo's annual review is due by March 2. Which of these times works best for your family?

Jessica
"""


def test_a_forward_someone_else_annotated_keeps_their_note_and_the_schools_email():
    originals = parse_email(NESTED_WITH_A_NOTE, ROSA).originals
    assert [o.sender.email for o in originals] == ["jessica.tran@shoalcreekisd.org", "luis.delgado@yahoo.com"]
    school, family = originals
    assert school.subject == "Annual IEP review - scheduling" and "annual review is due by March 2" in school.parts.new_text
    assert school.date == datetime(2026, 1, 20, 15, 15, tzinfo=school.date.tzinfo) and school.date.utcoffset() == timedelta(hours=-6)
    assert family.parts.new_text.startswith("Did you get this?") and "annual review is due" not in family.parts.new_text


def _sent_straight(sender: str, subject: str) -> bytes:
    return (f"From: Maple Park Elementary <{sender}>\r\nTo: Dana Whitaker <dana.whitaker@example.com>\r\n"
            f"Subject: {subject}\r\nDate: Mon, 2 Feb 2026 08:00:00 -0500\r\nMessage-ID: <n1@example.org>\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\nThe buses run late on snow days. Our counselor says hi.\r\n").encode()


@pytest.mark.parametrize("sender, subject, bulk", [
    ("noreply@notify.example.org", "Otter Oracle - March 2026", True),           # a newsletter dated by its issue
    ("do-not-reply@mail.example.org", "Maple Minute - Week of March 9", True),
    ("noreply@notify.example.org", "Bus route change - Lena W. - March 2026", False),  # a notice about the child
    ("noreply@notify.example.org", "New document available: IEP Progress Report", False),
    ("mrs.hale@example.org", "Otter Oracle - March 2026", False),               # a person, not an automated sender
])
def test_a_no_reply_senders_dated_issue_is_a_newsletter(sender, subject, bulk):
    original, = parse_email(_sent_straight(sender, subject), DANA).originals
    assert original.bulk is bulk


def _forwarded_by_rosa(sender: str, to: str, subject: str, body: str) -> bytes:
    """Rosa forwards inline (Gmail's layout) a message someone sent to `to`."""
    return (f"From: Rosa Delgado <rosa.delgado@gmail.com>\r\nTo: delgado.paper.trail@gmail.com\r\n"
            f"Subject: Fwd: {subject}\r\nDate: Tue, 3 Feb 2026 19:00:00 -0600\r\nMessage-ID: <fw1@gmail.com>\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\nfor the file\r\n\r\n"
            "---------- Forwarded message ---------\r\n"
            f"From: {sender}\r\nDate: Mon, Feb 2, 2026 at 4:10 PM\r\nSubject: {subject}\r\nTo: {to}\r\n\r\n"
            f"{body}\r\n").encode()


@pytest.mark.parametrize("sender, to, subject, memo", [
    # a person's memo to a staff list, forwarded by the user: list mail whose topics are read
    ("Harriet Quill <hquill@willowbend.example.org>", "Willow Bend Staff <wb-staff@willowbend.example.org>",
     "Testing rooms for next week", True),
    ("Owen Park <owen.park@willowbend.example.org>", "Grade 3 Families <grade3-families@lists.willowbend.example.org>",
     "Reading groups start Monday", True),
    # a newsletter stays a newsletter, forwarded or not: by its sender, its masthead, or its dated issue
    ("Willow Bend <noreply@notify.example.org>", "Willow Bend Families <wb-families@lists.willowbend.example.org>",
     "Willow Wire - March 2026", False),
    ("Willow Bend News <news@willowbend.example.org>", "Willow Bend Staff <wb-staff@willowbend.example.org>",
     "Testing rooms for next week", False),
    ("Harriet Quill <hquill@willowbend.example.org>", "Willow Bend Staff <wb-staff@willowbend.example.org>",
     "Willow Weekly - Feb 2", False),
    ("Harriet Quill <hquill@willowbend.example.org>", "Willow Bend Staff <wb-staff@willowbend.example.org>",
     "Staff bulletin", False),
    ("Main Office <office@willowbend.example.org>", "Willow Bend Staff <wb-staff@willowbend.example.org>",
     "Testing rooms for next week", False),
])
def test_a_persons_list_memo_the_user_forwarded_is_told_from_a_newsletter(sender, to, subject, memo):
    from ieptrail.ingest.parse import forwarded_list_memo

    original, = parse_email(_forwarded_by_rosa(sender, to, subject, "Rooms are posted by the office."), ROSA).originals
    assert original.arrival == "forwarded" and original.bulk  # list mail either way
    assert forwarded_list_memo(original.arrival, original.bulk, original.sender.email, original.subject) is memo


def test_list_mail_that_came_straight_or_is_not_list_mail_is_no_forwarded_memo():
    from ieptrail.ingest.parse import forwarded_list_memo

    assert not forwarded_list_memo("direct", True, "hquill@willowbend.example.org", "Testing rooms for next week")
    assert not forwarded_list_memo("forwarded", False, "hquill@willowbend.example.org", "Testing rooms for next week")
    assert forwarded_list_memo("forwarded", True, "hquill@willowbend.example.org", "Testing rooms for next week")
