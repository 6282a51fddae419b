"""Forwards that reach the trail from someone other than the user's configured address: the user's
work address, a spouse, a grandparent, a tutor, the student. (Fictional people and schools.)"""
from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from ieptrail.ingest.addresses import Address, colleagues, first_address
from ieptrail.ingest.dates import parse_client_date
from ieptrail.ingest.forwards import quoted_header, quoted_sender
from ieptrail.ingest.parse import ParseContext, parse_email

DENVER = ZoneInfo("America/Denver")
NORA = ParseContext(("nora.quist@example.com",), DENVER)


def _eml(sender: str, to: str, subject: str, body: str, date: str = "Tue, 10 Mar 2026 19:05:00 -0600",
         headers: str = "") -> bytes:
    return (f"From: {sender}\nTo: {to}\nSubject: {subject}\nDate: {date}\nMessage-ID: <{abs(hash(body))}@mail.test>\n"
            f"{headers}MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n{body}").encode()


SPOUSE_APPLE = _eml(
    "Tomas Quist <tquist@example.net>", "quist.file@example.org", "Fwd: Ida - speech schedule", """\
Did you see this?

Sent from my iPhone

Begin forwarded message:

From: Ellen Marsh <emarsh@pinecrest.k12.test>
Date: March 10, 2026 at 2:40:00 PM MDT
To: Tomas Quist <tquist@example.net>, Nora Quist <nora.quist@example.com>
Subject: Ida - speech schedule

Hello both,

Ida's speech sessions move to Wednesdays at 10:15 starting next week.

Ellen Marsh
""")


def test_a_spouses_forward_files_the_schools_message():
    original, = parse_email(SPOUSE_APPLE, NORA).originals
    assert original.sender.email == "emarsh@pinecrest.k12.test"
    assert original.subject == "Ida - speech schedule"
    assert original.date == datetime(2026, 3, 10, 14, 40, tzinfo=original.date.tzinfo)
    assert original.date.utcoffset() == timedelta(hours=-6)
    assert original.arrival == "forwarded" and original.forwarded_by == "tquist@example.net"
    assert original.forward_note.startswith("Did you see this?")
    assert original.parts.new_text.startswith("Hello both")


GRANDPARENT_YAHOO = _eml(
    "June Albers <junealbers@yahoo.com>", "quist.file@example.org, Nora Quist <nora.quist@example.com>",
    "Fw: Pickup change Friday", """\
Nora, the teacher wrote me about Friday. I told her that is fine. Is that right?
Grandma


----- Forwarded Message -----
From: Ellen Marsh <emarsh@pinecrest.k12.test>
To: June Albers <junealbers@yahoo.com>
Sent: Tuesday, March 10, 2026 at 03:12:00 PM MDT
Subject: Pickup change Friday

Hi Mrs. Albers,

Ida has a make-up session Friday until 3:45, so please pick her up at the office.

Ellen
""")


def test_a_grandparents_forward_keeps_her_words_as_the_note_not_as_a_message():
    original, = parse_email(GRANDPARENT_YAHOO, NORA).originals
    assert original.sender.email == "emarsh@pinecrest.k12.test" and original.subject == "Pickup change Friday"
    assert "Is that right?" in original.forward_note and "Is that right?" not in original.body


WORK_ADDRESS_OUTLOOK = _eml(
    "Nora Quist <nquist@harborclinic.test>", "quist.file@example.org", "FW: Evaluation consent - Ida Quist", """\
For the file.

Nora Quist | Harbor Clinic

________________________________
From: Victor Lund <vlund@pinecrest.k12.test>
Sent: Monday, March 9, 2026 11:02 AM
To: Nora Quist <nquist@harborclinic.test>
Subject: Evaluation consent - Ida Quist

Ms. Quist,

The consent form for Ida's reevaluation is attached. Please return it by March 20.

Victor Lund
School Psychologist
""")


def test_a_forward_from_the_users_work_address_files_the_schools_message():
    original, = parse_email(WORK_ADDRESS_OUTLOOK, NORA).originals
    assert original.sender.email == "vlund@pinecrest.k12.test"
    assert original.subject == "Evaluation consent - Ida Quist"
    assert original.forward_format == "outlook"


FAMILY_TO_FAMILY = _eml(
    "Tomas Quist <tomas.quist.fictional@gmail.com>", "quist.file@example.org", "Fwd: Ida's bus", """\

---------- Forwarded message ---------
From: Bea Holm <bea.holm.fictional@gmail.com>
Date: Mon, Mar 9, 2026 at 6:30 PM
Subject: Ida's bus
To: Tomas Quist <tomas.quist.fictional@gmail.com>

The bus came 20 minutes late again today.
""")


def test_people_at_one_public_mail_provider_are_not_colleagues():
    original, = parse_email(FAMILY_TO_FAMILY, NORA).originals
    assert original.sender.email == "bea.holm.fictional@gmail.com" and original.subject == "Ida's bus"


NESTED_OWN_FORWARD = _eml(
    "Nora Quist <nquist@harborclinic.test>", "quist.file@example.org", "FW: Fwd: Testing accommodations letter", """\
Letter for the file.

From: Nora Quist <nora.quist@example.com>
Sent: Friday, March 6, 2026 12:05 PM
To: Nora Quist <nquist@harborclinic.test>
Subject: Fwd: Testing accommodations letter

print this at work

________________________________
From: Ruth Seng <rseng@pinecrest.k12.test>
Sent: Friday, March 6, 2026 10:48:00 AM
To: Nora Quist <nora.quist@example.com>
Subject: Testing accommodations letter

Ms. Quist, the state testing office approved Ida's large-print booklet. The letter is attached.

Ruth
""", date="Mon, 09 Mar 2026 08:31:00 -0600")


def test_the_users_own_earlier_forward_inside_a_forward_is_one_more_note():
    original, = parse_email(NESTED_OWN_FORWARD, NORA).originals
    assert original.sender.email == "rseng@pinecrest.k12.test"
    assert original.subject == "Testing accommodations letter"
    assert "Letter for the file." in original.forward_note and "print this at work" in original.forward_note


ATTACHED_BY_SPOUSE = b"""From: Tomas Quist <tquist@example.net>
To: quist.file@example.org
Subject: FW: Bus route change
Date: Wed, 11 Mar 2026 07:10:00 -0600
Message-ID: <attached-spouse-1@mail.test>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b1"

--b1
Content-Type: text/plain; charset=utf-8

see attached

--b1
Content-Type: message/rfc822

From: Transportation Office <transport@pinecrest.k12.test>
To: Tomas Quist <tquist@example.net>
Subject: Bus route change
Date: Tue, 10 Mar 2026 16:00:00 -0600
Message-ID: <route-change-7@pinecrest.k12.test>
Content-Type: text/plain; charset=utf-8

Route 4 will pick Ida up at 7:25 starting Monday.

--b1--
"""


def test_a_spouses_forward_as_attachment_files_the_attached_message():
    original, = parse_email(ATTACHED_BY_SPOUSE, NORA).originals
    assert original.sender.email == "transport@pinecrest.k12.test"
    assert original.message_id == "<route-change-7@pinecrest.k12.test>"
    assert original.forward_format == "attachment" and original.forwarded_by == "tquist@example.net"


# Traps: what stays the message it is.

COLLEAGUE_FORWARD = _eml(
    "Victor Lund <vlund@pinecrest.k12.test>", "Nora Quist <nora.quist@example.com>", "FW: Ida - OT screening",
    """\
Ms. Quist, see Ms. Marsh's note below. I will set up the screening for next Tuesday.

Victor

________________________________
From: Ellen Marsh <emarsh@pinecrest.k12.test>
Sent: Tuesday, March 10, 2026 9:12 AM
To: Victor Lund <vlund@pinecrest.k12.test>
Subject: Ida - OT screening

Victor, can we get Ida an OT screening? Her handwriting has gotten harder to read.
""", headers="Cc: quist.file@example.org\n")


def test_a_school_colleagues_forward_to_the_family_is_the_colleagues_own_message():
    original, = parse_email(COLLEAGUE_FORWARD, NORA).originals
    assert original.sender.email == "vlund@pinecrest.k12.test" and original.arrival == "direct"
    assert "I will set up the screening" in original.parts.new_text


DISTRICT_WORK_ADDRESS = _eml(
    "Nora Quist <nquist@pinecrest.k12.test>", "quist.file@example.org", "FW: Ida - OT screening", """\
Sending to the file from my district account.

________________________________
From: Ellen Marsh <emarsh@pinecrest.k12.test>
Sent: Tuesday, March 10, 2026 9:12 AM
To: Nora Quist <nquist@pinecrest.k12.test>
Subject: Ida - OT screening

Ms. Quist, the OT screening is set for Tuesday at 9:00.
""")


def test_the_users_own_district_address_forwarding_to_the_trail_is_not_a_colleague_writing():
    # the forwarder works where the author does, but the forward is not addressed to the family
    original, = parse_email(DISTRICT_WORK_ADDRESS, NORA).originals
    assert original.sender.email == "emarsh@pinecrest.k12.test" and original.subject == "Ida - OT screening"


REPLY_WITH_QUOTED_FORWARD = _eml(
    "Ellen Marsh <emarsh@pinecrest.k12.test>", "Nora Quist <nora.quist@example.com>", "Re: Ida - speech schedule",
    """\
Yes, Wednesdays at 10:15 works.

On Tue, Mar 10, 2026 at 7:05 PM Nora Quist <nora.quist@example.com> wrote:
> ---------- Forwarded message ---------
> From: Tomas Quist <tquist@example.net>
> Date: Tue, Mar 10, 2026 at 6:00 PM
> Subject: schedule
> To: Nora Quist <nora.quist@example.com>
>
> can we keep Wednesdays?
""")


def test_someone_elses_reply_without_fwd_in_the_subject_is_not_unwrapped():
    original, = parse_email(REPLY_WITH_QUOTED_FORWARD, NORA).originals
    assert original.sender.email == "emarsh@pinecrest.k12.test" and original.arrival == "direct"
    assert original.subject == "Re: Ida - speech schedule"


def test_colleagues_share_an_organization_domain_not_a_public_provider():
    assert colleagues(Address("", "a@pinecrest.k12.test"), Address("", "b@pinecrest.k12.test"))
    assert not colleagues(Address("", "a@student.pinecrest.k12.test"), Address("", "b@pinecrest.k12.test"))
    assert not colleagues(Address("", "a@gmail.com"), Address("", "b@gmail.com"))
    assert not colleagues(Address("", "a@yahoo.co.uk"), Address("", "b@yahoo.co.uk"))
    assert not colleagues(Address("Name only", ""), Address("", "b@pinecrest.k12.test"))
    assert not colleagues(None, Address("", "b@pinecrest.k12.test"))


# A reply's quoted history names who it answers: what ties a reply forwarded inline (no In-Reply-To)
# to the message it answers.

def test_quoted_sender_is_read_from_the_attribution_or_header_that_opens_the_quote():
    gmail = "On Tue, Mar 10, 2026 at 2:40 PM Ellen Marsh <emarsh@pinecrest.k12.test> wrote:\n\n> Hi"
    assert first_address(quoted_sender(gmail)).email == "emarsh@pinecrest.k12.test"
    outlook = ("________________________________\nFrom: Victor Lund <vlund@pinecrest.k12.test>\n"
               "Sent: Monday, March 9, 2026 11:02 AM\nTo: Nora Quist <nora.quist@example.com>\nSubject: Consent\n\nHi")
    assert first_address(quoted_sender(outlook)).email == "vlund@pinecrest.k12.test"


def test_quoted_sender_is_none_when_the_quote_does_not_open_with_a_header():
    assert quoted_sender("") is None
    assert quoted_sender("> just some quoted lines\n> with no header") is None
    # prose first: a header further down belongs to older history, not to the message answered
    assert quoted_sender("> Thanks!\n>\n> On Mon, Mar 9, 2026 at 1:00 PM Bea Holm <bh@x.test> wrote:\n>> hi") is None


FORWARDED_OWN_REPLY = _eml(
    "Nora Quist <nora.quist@example.com>", "quist.file@example.org", "Fwd: Re: Ida - speech schedule", """\

---------- Forwarded message ---------
From: Nora Quist <nora.quist@example.com>
Date: Tue, Mar 10, 2026 at 8:00 PM
Subject: Re: Ida - speech schedule
To: Victor Lund <vlund@pinecrest.k12.test>


Mr. Lund, Wednesdays at 10:15 is during her reading block. Can we talk?

On Tue, Mar 10, 2026 at 2:40 PM Ellen Marsh <emarsh@pinecrest.k12.test> wrote:

> Hello both,
>
> Ida's speech sessions move to Wednesdays at 10:15 starting next week.
""")


def test_a_forwarded_reply_knows_whose_message_it_answers():
    original, = parse_email(FORWARDED_OWN_REPLY, NORA).originals
    assert original.sender.email == "nora.quist@example.com"
    assert original.quoted_sender.email == "emarsh@pinecrest.k12.test"
    assert "reading block" in original.parts.new_text


SPEECH = "Sessions move to Wednesdays.\n"
CLIENT_BLOCKS = {
    "samsung": ("Fwd: Speech", "Sent from my Galaxy\n\n\n-------- Original message --------\n"
                "From: Ellen Marsh <emarsh@pinecrest.k12.test> \nDate: 3/10/26 2:40 PM (GMT-06:00) \n"
                "To: Tomas Quist <tq@example.net> \nSubject: Speech \n\n"),
    "proton": ("Fwd: Speech", "FYI\n\n------- Forwarded Message -------\nFrom: Ellen Marsh <emarsh@pinecrest.k12.test>\n"
               "Date: On Tuesday, March 10th, 2026 at 2:40 PM\nSubject: Speech\nTo: Tomas Quist <tq@example.net>\n\n\n"),
    "aol": ("Fwd: Speech", "see below\n\n\n-----Original Message-----\nFrom: Ellen Marsh <emarsh@pinecrest.k12.test>\n"
            "To: tq@example.net\nSent: Tue, Mar 10, 2026 2:40 pm\nSubject: Speech\n\n"),
    "outlook desktop, Spanish": ("RV: Speech", "\n\nDe: Ellen Marsh <emarsh@pinecrest.k12.test>\n"
                                 "Enviado el: martes, 10 de marzo de 2026 14:40\nPara: Tomas Quist <tq@example.net>\n"
                                 "Asunto: Speech\n\n"),
    "apple mail, Spanish": ("Fwd: Speech", "Enviado desde mi iPhone\n\nInicio del mensaje reenviado:\n\n"
                            "De: Ellen Marsh <emarsh@pinecrest.k12.test>\nFecha: 10 de marzo de 2026, 14:40:00 MDT\n"
                            "Para: Tomas Quist <tq@example.net>\nAsunto: Speech\n\n"),
    "thunderbird, German": ("WG: Speech", "\n\n-------- Weitergeleitete Nachricht --------\nBetreff: \tSpeech\n"
                            "Datum: \t10.03.2026 14:40\nVon: \tEllen Marsh <emarsh@pinecrest.k12.test>\n"
                            "An: \tTomas Quist <tq@example.net>\n\n\n"),
}


@pytest.mark.parametrize("client", CLIENT_BLOCKS)
def test_a_relatives_forward_from_many_clients_and_languages(client):
    subject, block = CLIENT_BLOCKS[client]
    original, = parse_email(_eml("Tomas Quist <tq@example.net>", "quist.file@example.org", subject, block + SPEECH),
                            NORA).originals
    assert original.sender.email == "emarsh@pinecrest.k12.test" and original.subject == "Speech"
    assert original.date.replace(tzinfo=None) == datetime(2026, 3, 10, 14, 40)
    assert original.date.utcoffset() == timedelta(hours=-6)
    assert original.parts.new_text.strip() == SPEECH.strip()


def test_the_quote_header_gives_when_the_quoted_message_was_sent_in_several_clients_words():
    zone = ZoneInfo("America/Denver")
    openings = {
        "gmail": "On Tue, Mar 10, 2026 at 2:40 PM Ellen Marsh <emarsh@pinecrest.k12.test> wrote:\n\n> Hi",
        "apple": "On Mar 10, 2026, at 2:40 PM, Ellen Marsh <emarsh@pinecrest.k12.test> wrote:\n\n> Hi",
        "gmail in Spanish": ("El mar, 10 mar 2026 a las 14:40, Ellen Marsh (<emarsh@pinecrest.k12.test>) escribió:\n"
                             "> Hola"),
        "day first": "On Tue, 10 Mar 2026 at 14:40, Ellen Marsh <emarsh@pinecrest.k12.test> wrote:\n> Hi",
        "outlook": ("________________________________\nFrom: Ellen Marsh <emarsh@pinecrest.k12.test>\n"
                    "Sent: Tuesday, March 10, 2026 2:40 PM\nTo: Nora Quist <nora.quist@example.com>\n"
                    "Subject: Hi\n\nHi"),
    }
    for client, quoted in openings.items():
        header = quoted_header(quoted)
        assert first_address(header["from"]).email == "emarsh@pinecrest.k12.test", client
        sent = parse_client_date(header["date"], zone)
        assert sent is not None and (sent.value.hour, sent.value.minute) == (14, 40), client
    assert quoted_header("> no header here") == {}
