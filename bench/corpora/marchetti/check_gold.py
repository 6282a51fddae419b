#!/usr/bin/env python3
"""Internal-consistency check of gold.json against mailbox/*.eml and corpus.py.

Does not use the project's code. Exit status 1 on any problem.
"""
import datetime as dt
import email
import json
import re
import sys
from collections import Counter
from email import policy
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import corpus as K  # noqa: E402

VOCAB = set("""extended_time preferential_seating breaks read_aloud assistive_technology reduced_assignments
separate_setting class_notes graphic_organizers visual_schedule calculator sensory_tools scribe large_print check_in
speech_language_therapy occupational_therapy physical_therapy counseling specialized_instruction reading_intervention
paraprofessional transportation extended_school_year behavior_support iep_meeting evaluation progress_report
compensatory_services""".split())
KINDS = {"direct", "gmail-forward", "outlook-forward", "apple-forward", "thunderbird-forward", "yahoo-forward",
         "attachment-forward", "bcc-self"}
problems = []


def bad(msg):
    problems.append(msg)


def texts(part):
    """All decoded text of a message, including attached messages."""
    out = []
    for p in part.walk():
        ct = p.get_content_type()
        if ct in ("text/plain", "text/html"):
            out.append(p.get_content())
    return "\n".join(out)


def norm(s):
    return re.sub(r"\s+", " ", s)


g = json.load(open(HERE / "gold.json"))
as_of = dt.date.fromisoformat(g["as_of"])
bodies = {m["id"]: m for t in K.THREADS for m in t["messages"]}
rows = g["messages"]
by_src = {r["source_message_id"]: r for r in rows}
if len(by_src) != len(rows):
    bad("duplicate source_message_id")
files = sorted((HERE / "mailbox").glob("*.eml"))
if [f.name for f in files] != [r["file"] for r in rows]:
    bad("mailbox files and gold rows differ or are out of order")
prev = None
for r in rows:
    a = dt.datetime.fromisoformat(r["arrived_at"])
    if prev and a <= prev:
        bad(f"{r['file']} arrives before the previous file")
    prev = a

people = {p[1] for p in K.PEOPLE.values()}
cids = {c["id"] for c in g["commitments"]}
rids = {q["id"] for q in g["requests"]}
sent_of = {r["id"]: dt.datetime.fromisoformat(r["original"]["date"]) for r in rows}

for r in rows:
    f = HERE / "mailbox" / r["file"]
    em = email.message_from_binary_file(open(f, "rb"), policy=policy.default)
    if em["Message-ID"] != r["source_message_id"]:
        bad(f"{r['file']}: Message-ID differs from source_message_id")
    alltext = texts(em)
    o = r["original"]
    if r["arrival"] in ("direct", "bcc-self"):
        if email.utils.parseaddr(em["From"])[1] != o["from_email"]:
            bad(f"{r['file']}: From differs")
        if em["Subject"] != o["subject"]:
            bad(f"{r['file']}: Subject differs")
        if abs((email.utils.parsedate_to_datetime(em["Date"]) - dt.datetime.fromisoformat(o["date"])).total_seconds()) > 60:
            bad(f"{r['file']}: Date differs")
        if em["Message-ID"] != o["message_id"]:
            bad(f"{r['file']}: direct message should keep its own Message-ID")
    else:
        if email.utils.parseaddr(em["From"])[1] == o["from_email"]:
            bad(f"{r['file']}: a forward should come from the forwarder")
        if o["from_email"] not in alltext and r["arrival"] != "attachment-forward":
            bad(f"{r['file']}: original sender not visible in the forward")
        if o["subject"] not in alltext and r["arrival"] != "attachment-forward":
            bad(f"{r['file']}: original subject not visible in the forward")
        marker = {"gmail-forward": "---------- Forwarded message ---------",
                  "apple-forward": "Begin forwarded message:",
                  "thunderbird-forward": "-------- Forwarded Message --------",
                  "yahoo-forward": "----- Forwarded Message -----",
                  "outlook-forward": "________________________________\nFrom: "}.get(r["arrival"])
        if marker and marker not in alltext:
            bad(f"{r['file']}: no {r['arrival']} block")
        if r["arrival"] == "attachment-forward":
            inner = [p for p in em.walk() if p.get_content_type() == "message/rfc822"]
            if not inner or inner[0].get_payload()[0]["Message-ID"] != o["message_id"]:
                bad(f"{r['file']}: attached original missing or has another Message-ID")
            elif (email.utils.parseaddr(inner[0].get_payload()[0]["From"])[1] != o["from_email"]
                  or inner[0].get_payload()[0]["Subject"] != o["subject"]):
                bad(f"{r['file']}: attached original has another sender or subject")
    src = bodies[r["id"]]
    body = src["body"]
    if norm(body.split("\n")[2] if body.count("\n") > 3 else body)[:40] not in norm(alltext):
        bad(f"{r['file']}: body text not found in the email")
    lab = r["labels"]
    for k in ("topics", "students", "commitments", "fulfills", "requests", "answers", "missed_services"):
        if k not in lab:
            bad(f"{r['file']}: labels.{k} missing")
    for t in lab["topics"] + lab.get("attachment_topics", []):
        if t not in VOCAB:
            bad(f"{r['file']}: unknown topic {t}")
    if len(set(lab["topics"])) != len(lab["topics"]):
        bad(f"{r['file']}: repeated topic")
    for s in lab["students"]:
        if s not in g["students"]:
            bad(f"{r['file']}: unknown student {s}")
    if lab.get("attachment_topics") and not src.get("attachments"):
        bad(f"{r['file']}: attachment_topics without attachment")
    for c in lab["commitments"]:
        if c["quote"] not in body:
            bad(f"{c['id']}: quote not in the body of {r['id']}")
        if c["quote"] not in alltext:
            bad(f"{c['id']}: quote not in {r['file']}")
        if src.get("sig") and c["quote"] in src["sig"]:
            bad(f"{c['id']}: quote is in the signature")
        if c["by"] not in people:
            bad(f"{c['id']}: unknown promiser {c['by']}")
    for q in lab["requests"]:
        if q["quote"] not in body or q["quote"] not in alltext:
            bad(f"{q['id']}: quote not in {r['id']}")
    for c in lab["fulfills"]:
        if c not in cids:
            bad(f"{r['file']}: fulfills unknown {c}")
    for q in lab["answers"]:
        if q not in rids:
            bad(f"{r['file']}: answers unknown {q}")
    for s in lab["missed_services"]:
        if s["topic"] not in VOCAB:
            bad(f"{r['file']}: missed topic {s['topic']}")
        d = dt.date.fromisoformat(s["date"])
        if d > sent_of[r["id"]].date() or (sent_of[r["id"]].date() - d).days > 90:
            bad(f"{r['file']}: missed date {d} not plausible for a message sent {sent_of[r['id']].date()}")
    if r["auto_reply"] and (lab["commitments"] or lab["requests"] or lab["topics"]):
        bad(f"{r['file']}: auto-reply carries labels")

# commitments
row_by_id = {r["id"]: r for r in rows}
for c in g["commitments"]:
    r = row_by_id[c["message"]]
    if c["id"] not in [x["id"] for x in r["labels"]["commitments"]]:
        bad(f"{c['id']}: not listed on its message")
    if c["source_message_id"] != r["source_message_id"]:
        bad(f"{c['id']}: wrong source_message_id")
    fb = [x for x in rows if c["id"] in x["labels"]["fulfills"]]
    if sorted(x["source_message_id"] for x in fb) != sorted(c["fulfilled_by"]):
        bad(f"{c['id']}: fulfilled_by list disagrees with labels")
    sent = dt.datetime.fromisoformat(c["sent"])
    for x in fb:
        if sent_of[x["id"]] <= sent:
            bad(f"{c['id']}: fulfilled by an earlier message {x['id']}")
    first = min((sent_of[x["id"]] for x in fb), default=None)
    if (first.isoformat() if first else None) != c["first_fulfilled"]:
        bad(f"{c['id']}: first_fulfilled wrong")
    if first and first.date() <= as_of:
        want = "fulfilled"
    elif c["due"]:
        want = "overdue" if dt.date.fromisoformat(c["due"]) < as_of else "open"
        if dt.date.fromisoformat(c["due"]) < sent.date():
            bad(f"{c['id']}: due before it was promised")
    else:
        age = (as_of - sent.date()).days
        if 2 <= age <= 21:
            bad(f"{c['id']}: undated, unfulfilled and {age} days old - status would hinge on a default")
        want = "overdue" if age > 21 else "open"
    if c["status_as_of"] != want:
        bad(f"{c['id']}: status {c['status_as_of']} should be {want}")
    if c["by_role"] not in ("school", "parent", "other"):
        bad(f"{c['id']}: by_role")

# requests
for q in g["requests"]:
    r = row_by_id[q["message"]]
    ab = [x for x in rows if q["id"] in x["labels"]["answers"]]
    if sorted(x["source_message_id"] for x in ab) != sorted(q["answered_by"]):
        bad(f"{q['id']}: answered_by disagrees with labels")
    for x in ab:
        if sent_of[x["id"]] <= sent_of[r["id"]]:
            bad(f"{q['id']}: answered by an earlier message")
    if q["status_as_of"] != ("answered" if ab else "unanswered"):
        bad(f"{q['id']}: status")
    if q["by"] not in people:
        bad(f"{q['id']}: unknown asker")

# missed services mirror the labels
flat = [(s["topic"], s["date"], s["minutes"], r["source_message_id"]) for r in rows for s in r["labels"]["missed_services"]]
top = [(s["topic"], s["date"], s["minutes"], s["source_message_id"]) for s in g["missed_services"]]
if Counter(flat) != Counter(top):
    bad("missed_services[] differs from the per-message labels")

# queries
for q in g["queries"]:
    want = sorted(r["source_message_id"] for r in rows if q["topic"] in r["labels"]["topics"])
    if sorted(q["expect"]) != want:
        bad(f"query {q['q']!r}: expect differs from the topic labels")
    if not q["expect"]:
        bad(f"query {q['q']!r}: expects nothing")

# shape of the corpus
kinds = Counter(r["arrival"] for r in rows)
if set(kinds) != KINDS:
    bad(f"arrival kinds missing: {KINDS - set(kinds)}")
if not any(m["arrival"] == "not-forwarded" for m in bodies.values()):
    bad("no not-forwarded messages")
threads = {r["thread"] for r in rows}
if not (55 <= len(rows) <= 75 and 15 <= len(threads) <= 25):
    bad(f"{len(rows)} emails in {len(threads)} threads is outside the brief")
if not (10 <= len(g["queries"]) <= 20):
    bad("query count")
for k in ("corpus", "as_of", "timezone", "user", "students", "messages", "commitments", "requests",
          "missed_services", "queries"):
    if k not in g:
        bad(f"gold.{k} missing")
last = max(sent_of.values()).date()
if not last < as_of:
    bad("as_of is not after the last message")

if problems:
    print("\n".join(problems))
    print(f"{len(problems)} problem(s)")
    sys.exit(1)
st = Counter(c["status_as_of"] for c in g["commitments"])
rq = Counter(q["status_as_of"] for q in g["requests"])
acc = {"extended_time", "read_aloud", "assistive_technology", "calculator", "class_notes", "preferential_seating",
       "separate_setting", "breaks", "sensory_tools", "visual_schedule", "scribe", "large_print", "check_in",
       "graphic_organizers", "reduced_assignments"}
ms = g["missed_services"]
print(f"ok: {len(rows)} emails, {len(threads)} threads, arrivals {dict(kinds)}")
print(f"commitments {len(g['commitments'])} {dict(st)}; requests {len(g['requests'])} {dict(rq)}")
print(f"missed-service rows {len(ms)} ({sum(1 for s in ms if s['topic'] in acc)} accommodations); queries {len(g['queries'])}")
