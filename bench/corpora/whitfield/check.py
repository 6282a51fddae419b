#!/usr/bin/env python3
"""Consistency check of gold.json against mailbox/*.eml and source.py (standard library only).

Checks: files and gold rows line up; Message-IDs; forwards show the original sender, subject and the
client's forward marker; attached originals keep their Message-ID; every quote is an exact substring of
its message's body (and is in the .eml, and not in the signature); ids referenced exist; fulfilments and
answers come later; statuses as of as_of are recomputed independently; missed_services[] mirrors the
labels; queries expect exactly the messages labeled with their topic; the corpus has every arrival kind.
Exit 1 on any problem.
"""
import datetime as dt
import email
import json
import re
import sys
from collections import Counter
from email import policy
from email.utils import parseaddr, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import source as S  # noqa: E402

VOCAB = set("""extended_time preferential_seating breaks read_aloud assistive_technology reduced_assignments
separate_setting class_notes graphic_organizers visual_schedule calculator sensory_tools scribe large_print check_in
speech_language_therapy occupational_therapy physical_therapy counseling specialized_instruction reading_intervention
paraprofessional transportation extended_school_year behavior_support iep_meeting evaluation progress_report
compensatory_services""".split())
ACCOMMODATIONS = {"extended_time", "preferential_seating", "breaks", "read_aloud", "assistive_technology",
                  "reduced_assignments", "separate_setting", "class_notes", "graphic_organizers", "visual_schedule",
                  "calculator", "sensory_tools", "scribe", "large_print", "check_in"}
KINDS = {"direct", "bcc-self", "gmail-forward", "outlook-forward", "apple-forward", "thunderbird-forward",
         "yahoo-forward", "attachment-forward"}
MARKER = {"gmail-forward": "---------- Forwarded message ---------",
          "apple-forward": "Begin forwarded message:",
          "thunderbird-forward": "-------- Forwarded Message --------",
          "yahoo-forward": "----- Forwarded Message -----",
          "outlook-forward": "________________________________\nFrom: "}

problems = []


def bad(s):
    problems.append(s)


def all_text(msg):
    out = []
    for p in msg.walk():
        if p.get_content_type() in ("text/plain", "text/html"):
            out.append(p.get_content())
    return "\n".join(out)


def plain_text(msg):
    return "\n".join(p.get_content() for p in msg.walk() if p.get_content_type() == "text/plain")


g = json.load(open(HERE / "gold.json"))
as_of = dt.date.fromisoformat(g["as_of"])
src = {m["id"]: m for t in S.THREADS for m in t["messages"]}
rows = g["messages"]
row_of = {r["id"]: r for r in rows}
sent = {r["id"]: dt.datetime.fromisoformat(r["original"]["date"]) for r in rows}
emails = {p[1] for p in S.PEOPLE.values()}

for k in ("corpus", "as_of", "timezone", "user", "trail_address", "students", "messages", "commitments",
          "requests", "missed_services", "queries"):
    if k not in g:
        bad(f"gold.{k} missing")

# ------------------------------------------------------------------ files
files = sorted(p.name for p in (HERE / "mailbox").glob("*.eml"))
if files != [r["file"] for r in rows]:
    bad("mailbox files and gold rows differ or are out of order")
if len({r["source_message_id"] for r in rows}) != len(rows):
    bad("duplicate source_message_id")
prev = None
for r in rows:
    a = dt.datetime.fromisoformat(r["arrived_at"])
    if prev is not None and a <= prev:
        bad(f"{r['file']}: arrives no later than the file before it")
    prev = a

for r in rows:
    em = email.message_from_binary_file(open(HERE / "mailbox" / r["file"], "rb"), policy=policy.default)
    o = r["original"]
    s = src[r["id"]]
    txt, plain = all_text(em), plain_text(em)
    if em["Message-ID"] != r["source_message_id"]:
        bad(f"{r['file']}: Message-ID is not source_message_id")
    if abs((parsedate_to_datetime(em["Date"]) - dt.datetime.fromisoformat(r["arrived_at"])).total_seconds()) > 1:
        bad(f"{r['file']}: Date header differs from arrived_at")
    if r["arrival"] in ("direct", "bcc-self"):
        if parseaddr(em["From"])[1] != o["from_email"] or em["Subject"] != o["subject"]:
            bad(f"{r['file']}: direct message From/Subject differ from original")
        if em["Message-ID"] != o["message_id"]:
            bad(f"{r['file']}: direct message must keep its Message-ID")
        if r["arrival"] == "bcc-self" and o["from_email"] != g["user"]["email"]:
            bad(f"{r['file']}: bcc-self from someone other than the user")
        if r["arrival"] == "direct" and not s.get("newsletter"):
            rcpt = (em["To"] or "") + (em["Cc"] or "")
            if g["trail_address"] not in rcpt:
                bad(f"{r['file']}: direct but the trail address is not a recipient")
        if r["arrival"] == "bcc-self" and g["trail_address"] in (em["To"] or "") + (em["Cc"] or ""):
            bad(f"{r['file']}: bcc-self but the trail address is visible")
        if s.get("reply_to"):
            if em["In-Reply-To"] != row_of.get(s["reply_to"], {}).get("original", {}).get("message_id", em["In-Reply-To"]):
                bad(f"{r['file']}: In-Reply-To does not point at the answered message")
            if not em["References"]:
                bad(f"{r['file']}: reply without References")
    else:
        if parseaddr(em["From"])[1] == o["from_email"]:
            bad(f"{r['file']}: forward comes from the original sender")
        if not em["Subject"].lower().startswith(("fwd:", "fw:")):
            bad(f"{r['file']}: forward subject lacks Fwd/FW")
        if r["arrival"] == "attachment-forward":
            inner = [p for p in em.walk() if p.get_content_type() == "message/rfc822"]
            if not inner:
                bad(f"{r['file']}: no attached message")
            else:
                im = inner[0].get_payload()[0]
                if (im["Message-ID"] != o["message_id"] or parseaddr(im["From"])[1] != o["from_email"]
                        or im["Subject"] != o["subject"]):
                    bad(f"{r['file']}: attached original does not match gold.original")
        else:
            if MARKER[r["arrival"]] not in plain:
                bad(f"{r['file']}: no {r['arrival']} marker")
            if o["from_email"] not in plain or o["subject"] not in plain:
                bad(f"{r['file']}: original sender/subject not visible in the forward")
    first_line = next(l for l in s["body"].split("\n") if l.strip())
    if first_line not in (txt if s.get("newsletter") else plain):   # the newsletter is HTML only
        bad(f"{r['file']}: body not found in the plain text")
    lab = r["labels"]
    for k in ("topics", "students", "commitments", "fulfills", "requests", "answers", "missed_services"):
        if k not in lab:
            bad(f"{r['file']}: labels.{k} missing")
    for t in lab["topics"] + lab.get("attachment_topics", []):
        if t not in VOCAB:
            bad(f"{r['file']}: topic {t} not in vocabulary")
    if len(set(lab["topics"])) != len(lab["topics"]):
        bad(f"{r['file']}: repeated topic")
    if lab.get("attachment_topics") and not s["attachments"]:
        bad(f"{r['file']}: attachment_topics without an attachment")
    for st in lab["students"]:
        if st not in g["students"]:
            bad(f"{r['file']}: unknown student {st}")
    for item in lab["commitments"] + lab["requests"]:
        if item["quote"] not in s["body"]:
            bad(f"{item['id']}: quote is not in the body of {r['id']}")
        if item["quote"] not in txt:
            bad(f"{item['id']}: quote is not in {r['file']}")
        if s.get("sig") and item["quote"] in s["sig"]:
            bad(f"{item['id']}: quote is in the signature")
        if item["by"] not in emails:
            bad(f"{item['id']}: unknown person {item['by']}")
    for ms in lab["missed_services"]:
        if ms["topic"] not in VOCAB:
            bad(f"{r['file']}: missed topic {ms['topic']}")
        d = dt.date.fromisoformat(ms["date"])
        if d > sent[r["id"]].date() or (sent[r["id"]].date() - d).days > 120:
            bad(f"{r['file']}: missed date {d} implausible for a message of {sent[r['id']].date()}")
    if r["auto_reply"] and (lab["topics"] or lab["commitments"] or lab["requests"] or lab["missed_services"]):
        bad(f"{r['file']}: auto-reply carries labels")

# ------------------------------------------------------------------ commitments
cids = [c["id"] for c in g["commitments"]]
rids = [q["id"] for q in g["requests"]]
if len(set(cids)) != len(cids) or len(set(rids)) != len(rids):
    bad("duplicate commitment or request ids")
for r in rows:
    for k in r["labels"]["fulfills"]:
        if k not in cids:
            bad(f"{r['file']}: fulfills unknown {k}")
    for k in r["labels"]["answers"]:
        if k not in rids:
            bad(f"{r['file']}: answers unknown {k}")
for c in g["commitments"]:
    r = row_of.get(c["message"])
    if r is None or c["id"] not in [x["id"] for x in r["labels"]["commitments"]]:
        bad(f"{c['id']}: not on its message")
        continue
    if c["source_message_id"] != r["source_message_id"]:
        bad(f"{c['id']}: wrong source_message_id")
    fb = [x for x in rows if c["id"] in x["labels"]["fulfills"]]
    if sorted(x["source_message_id"] for x in fb) != sorted(c["fulfilled_by"]):
        bad(f"{c['id']}: fulfilled_by disagrees with the labels")
    t0 = dt.datetime.fromisoformat(c["sent"])
    if any(sent[x["id"]] <= t0 for x in fb):
        bad(f"{c['id']}: fulfilled by a message sent before the promise")
    first = min((sent[x["id"]] for x in fb), default=None)
    if (first.isoformat() if first else None) != c["first_fulfilled"]:
        bad(f"{c['id']}: first_fulfilled wrong")
    if first and first.date() <= as_of:
        want = "fulfilled"
    elif c["due"]:
        due = dt.date.fromisoformat(c["due"])
        if due < t0.date():
            bad(f"{c['id']}: due before it was promised")
        want = "overdue" if due < as_of else "open"
    else:
        age = (as_of - t0.date()).days
        if 2 <= age <= 21:
            bad(f"{c['id']}: undated, unfulfilled, {age} days old: status would hinge on a default deadline")
        want = "overdue" if age > 21 else "open"
    if c["status_as_of"] != want:
        bad(f"{c['id']}: status {c['status_as_of']}, should be {want}")
    if c["by_role"] not in ("school", "parent", "other"):
        bad(f"{c['id']}: by_role {c['by_role']}")

# ------------------------------------------------------------------ requests
for q in g["requests"]:
    r = row_of.get(q["message"])
    if r is None or q["id"] not in [x["id"] for x in r["labels"]["requests"]]:
        bad(f"{q['id']}: not on its message")
        continue
    ab = [x for x in rows if q["id"] in x["labels"]["answers"]]
    if sorted(x["source_message_id"] for x in ab) != sorted(q["answered_by"]):
        bad(f"{q['id']}: answered_by disagrees with the labels")
    if any(sent[x["id"]] <= sent[r["id"]] for x in ab):
        bad(f"{q['id']}: answered by an earlier message")
    if q["status_as_of"] != ("answered" if ab else "unanswered"):
        bad(f"{q['id']}: status")

# ------------------------------------------------------------------ missed services / queries
flat = Counter((s["topic"], s["date"], s["minutes"], r["source_message_id"]) for r in rows for s in r["labels"]["missed_services"])
top = Counter((s["topic"], s["date"], s["minutes"], s["source_message_id"]) for s in g["missed_services"])
if flat != top:
    bad("missed_services[] differs from the per-message labels")
for q in g["queries"]:
    want = sorted(r["source_message_id"] for r in rows if q["topic"] in r["labels"]["topics"])
    if sorted(q["expect"]) != want or not want:
        bad(f"query {q['q']!r}: expect differs from the topic labels (or is empty)")

# ------------------------------------------------------------------ shape
kinds = Counter(r["arrival"] for r in rows)
if set(kinds) != KINDS:
    bad(f"missing arrival kinds: {KINDS - set(kinds)}")
if not any(m["arrival"] == "not-forwarded" for m in src.values()):
    bad("no not-forwarded message")
if not 55 <= len(rows) <= 75:
    bad(f"{len(rows)} emails is outside 55-75")
if not 10 <= len(g["queries"]) <= 20:
    bad("10-20 queries expected")
if not max(sent.values()).date() < as_of:
    bad("as_of is not after the last message")
span = (max(sent.values()) - min(sent.values())).days
if not 90 <= span <= 155:
    bad(f"messages span {span} days, not 3-5 months")
st = Counter(c["status_as_of"] for c in g["commitments"])
if not (st["fulfilled"] and st["overdue"] and st["open"]):
    bad(f"commitment statuses lack variety: {dict(st)}")
if not any(r["auto_reply"] for r in rows):
    bad("no auto-reply")

if problems:
    print("\n".join(problems))
    print(f"{len(problems)} problem(s)")
    sys.exit(1)
rq = Counter(q["status_as_of"] for q in g["requests"])
ms = g["missed_services"]
print(f"ok: {len(rows)} emails, {len({r['thread'] for r in rows})} threads, "
      f"{sum(1 for m in src.values() if m['arrival'] == 'not-forwarded')} not-forwarded; arrivals {dict(sorted(kinds.items()))}")
print(f"commitments {len(g['commitments'])} {dict(st)}; requests {len(g['requests'])} {dict(rq)}")
print(f"missed-service rows {len(ms)} ({sum(1 for s in ms if s['topic'] in ACCOMMODATIONS)} accommodations not provided); "
      f"queries {len(g['queries'])}")
