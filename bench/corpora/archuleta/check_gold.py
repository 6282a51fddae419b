#!/usr/bin/env python3
"""Consistency check of gold.json against mailbox/*.eml and corpus.py (no project code used).

Recomputes every status from the labels instead of trusting build.py. Exit 1 on any problem.
"""
import datetime as dt
import email
import json
import sys
from collections import Counter
from email import policy
from email.utils import parseaddr, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import corpus as K  # noqa: E402

VOCAB = set("""extended_time preferential_seating breaks read_aloud assistive_technology reduced_assignments
separate_setting class_notes graphic_organizers visual_schedule calculator sensory_tools scribe large_print check_in
speech_language_therapy occupational_therapy physical_therapy counseling specialized_instruction reading_intervention
paraprofessional transportation extended_school_year behavior_support iep_meeting evaluation progress_report
compensatory_services""".split())
ACCOMMODATIONS = set("""extended_time preferential_seating breaks read_aloud assistive_technology reduced_assignments
separate_setting class_notes graphic_organizers visual_schedule calculator sensory_tools scribe large_print
check_in""".split())
ARRIVED_KINDS = {"direct", "gmail-forward", "outlook-forward", "apple-forward", "thunderbird-forward",
                 "yahoo-forward", "attachment-forward", "bcc-self"}
MARKERS = {"gmail-forward": "---------- Forwarded message ---------",
           "apple-forward": "Begin forwarded message:",
           "thunderbird-forward": "-------- Forwarded Message --------",
           "yahoo-forward": "----- Forwarded Message -----",
           "outlook-forward": "________________________________\nFrom: "}
problems = []


def bad(s):
    problems.append(s)


def decoded_text(msg):
    return "\n".join(p.get_content() for p in msg.walk() if p.get_content_type() in ("text/plain", "text/html"))


def plain_text(msg):
    return "\n".join(p.get_content() for p in msg.walk() if p.get_content_type() == "text/plain")


g = json.load(open(HERE / "gold.json", encoding="utf-8"))
as_of = dt.date.fromisoformat(g["as_of"])
src = {m["id"]: m for t in K.THREADS for m in t["messages"]}
people = {v[1] for v in K.PEOPLE.values()}
rows = g["messages"]
row_of = {r["id"]: r for r in rows}
sent = {r["id"]: dt.datetime.fromisoformat(r["original"]["date"]) for r in rows}

for k in ("corpus", "as_of", "timezone", "user", "students", "messages", "commitments", "requests",
          "missed_services", "queries"):
    if k not in g:
        bad(f"gold.{k} missing")
if len({r["source_message_id"] for r in rows}) != len(rows):
    bad("duplicate source_message_id")
files = sorted(p.name for p in (HERE / "mailbox").glob("*.eml"))
if files != [r["file"] for r in rows] or files != [f"{i:04d}.eml" for i in range(1, len(rows) + 1)]:
    bad("mailbox files and gold rows differ")
prev = None
for r in rows:
    a = dt.datetime.fromisoformat(r["arrived_at"])
    if prev and a <= prev:
        bad(f"{r['file']}: arrives out of order")
    prev = a

# ------------------------------------------------------------------ each arrived message
for r in rows:
    em = email.message_from_binary_file(open(HERE / "mailbox" / r["file"], "rb"), policy=policy.default)
    o, s = r["original"], src[r["id"]]
    alltext = decoded_text(em)
    if em["Message-ID"] != r["source_message_id"]:
        bad(f"{r['file']}: Message-ID is not source_message_id")
    if not em["Date"] or parsedate_to_datetime(em["Date"]).tzinfo is None:
        bad(f"{r['file']}: no zoned Date")
    if r["arrival"] in ("direct", "bcc-self"):
        if parseaddr(em["From"])[1] != o["from_email"] or em["Subject"] != o["subject"]:
            bad(f"{r['file']}: From/Subject differ from the original")
        if abs((parsedate_to_datetime(em["Date"]) - dt.datetime.fromisoformat(o["date"])).total_seconds()) > 60:
            bad(f"{r['file']}: Date differs from the original")
        if o["message_id"] != r["source_message_id"]:
            bad(f"{r['file']}: a direct message keeps its own Message-ID")
        if r["arrival"] == "bcc-self" and o["from_email"] != g["user"]["email"]:
            bad(f"{r['file']}: bcc-self not from the user")
        if r["arrival"] == "direct" and K.TRAIL not in (em["Delivered-To"] or ""):
            bad(f"{r['file']}: direct message without Delivered-To the trail")
        if s.get("reply_to"):
            if not em["In-Reply-To"] or em["In-Reply-To"] not in (em["References"] or ""):
                bad(f"{r['file']}: reply without In-Reply-To/References")
            elif s["reply_to"] in row_of and em["In-Reply-To"] != row_of[s["reply_to"]]["original"]["message_id"]:
                bad(f"{r['file']}: In-Reply-To is not the answered message")
    else:
        if parseaddr(em["From"])[1] == o["from_email"]:
            bad(f"{r['file']}: forward should come from the forwarder")
        if r["arrival"] == "attachment-forward":
            inner = [p for p in em.walk() if p.get_content_type() == "message/rfc822"]
            if not inner:
                bad(f"{r['file']}: no attached message")
            else:
                im = inner[0].get_payload()[0]
                if (im["Message-ID"] != o["message_id"] or parseaddr(im["From"])[1] != o["from_email"]
                        or im["Subject"] != o["subject"]):
                    bad(f"{r['file']}: attached original has another id/sender/subject")
        else:
            pt = plain_text(em)
            if MARKERS[r["arrival"]] not in pt:
                bad(f"{r['file']}: no {r['arrival']} block")
            if o["from_email"] not in pt or o["subject"] not in pt:
                bad(f"{r['file']}: original sender/subject not visible in the forward")
    # labels
    lab = r["labels"]
    for k in ("topics", "students", "commitments", "fulfills", "requests", "answers", "missed_services"):
        if k not in lab:
            bad(f"{r['file']}: labels.{k} missing")
    for t in lab["topics"] + lab.get("attachment_topics", []):
        if t not in VOCAB:
            bad(f"{r['file']}: topic {t} not in the vocabulary")
    if len(set(lab["topics"])) != len(lab["topics"]):
        bad(f"{r['file']}: repeated topic")
    if lab.get("attachment_topics") and not s.get("attachments"):
        bad(f"{r['file']}: attachment_topics without an attachment")
    if any(x not in g["students"] for x in lab["students"]):
        bad(f"{r['file']}: unknown student")
    if r["auto_reply"] and any(lab[k] for k in ("topics", "commitments", "requests", "missed_services")):
        bad(f"{r['file']}: auto-reply carries labels")
    body, sig = s["body"], s.get("sig") or ""
    for c in lab["commitments"] + lab["requests"]:
        if c["quote"] not in body:
            bad(f"{c['id']}: quote not in the body of {r['id']}")
        if c["quote"] not in alltext:
            bad(f"{c['id']}: quote not in {r['file']}")
        if sig and c["quote"] in sig:
            bad(f"{c['id']}: quote taken from a signature")
        if c["by"] not in people:
            bad(f"{c['id']}: unknown person {c['by']}")
        others = [m for k, m in src.items() if k != r["id"] and c["quote"] in m["body"]]
        if others:
            bad(f"{c['id']}: quote also in the body of {others[0]['id']}")
    for q in lab["requests"]:
        if q["by"] != o["from_email"]:
            bad(f"{q['id']}: a request is asked by the sender")
    for ms in lab["missed_services"]:
        d = dt.date.fromisoformat(ms["date"])
        if ms["topic"] not in VOCAB or d > sent[r["id"]].date():
            bad(f"{r['file']}: bad missed-service row {ms}")
        if ms["topic"] not in lab["topics"]:
            bad(f"{r['file']}: missed {ms['topic']} but the topic is not tagged")

# ------------------------------------------------------------------ commitments
cids = {c["id"] for c in g["commitments"]}
rids = {q["id"] for q in g["requests"]}
listed_c = [c["id"] for r in rows for c in r["labels"]["commitments"]]
listed_r = [q["id"] for r in rows for q in r["labels"]["requests"]]
if sorted(listed_c) != sorted(cids) or len(listed_c) != len(set(listed_c)):
    bad("commitments[] and per-message commitments differ")
if sorted(listed_r) != sorted(rids) or len(listed_r) != len(set(listed_r)):
    bad("requests[] and per-message requests differ")
lab_c = {c["id"]: (r["id"], c) for r in rows for c in r["labels"]["commitments"]}
lab_r = {q["id"]: (r["id"], q) for r in rows for q in r["labels"]["requests"]}
for c in g["commitments"]:
    mid, lc = lab_c.get(c["id"], (None, {}))
    if (mid, lc.get("by"), lc.get("quote"), lc.get("due")) != (c["message"], c["by"], c["quote"], c["due"]):
        bad(f"{c['id']}: commitments[] entry differs from its message label")
for q in g["requests"]:
    mid, lq = lab_r.get(q["id"], (None, {}))
    if (mid, lq.get("by"), lq.get("quote")) != (q["message"], q["by"], q["quote"]):
        bad(f"{q['id']}: requests[] entry differs from its message label")
for r in rows:
    for x in r["labels"]["fulfills"]:
        if x not in cids:
            bad(f"{r['file']}: fulfills unknown {x}")
        if x in [c["id"] for c in r["labels"]["commitments"]]:
            bad(f"{r['file']}: fulfils its own promise")
    for x in r["labels"]["answers"]:
        if x not in rids:
            bad(f"{r['file']}: answers unknown {x}")
for c in g["commitments"]:
    r = row_of[c["message"]]
    if c["source_message_id"] != r["source_message_id"]:
        bad(f"{c['id']}: source_message_id")
    made = dt.datetime.fromisoformat(c["sent"])
    fb = [x for x in rows if c["id"] in x["labels"]["fulfills"]]
    if sorted(x["source_message_id"] for x in fb) != sorted(c["fulfilled_by"]):
        bad(f"{c['id']}: fulfilled_by disagrees with the labels")
    if any(sent[x["id"]] <= made for x in fb):
        bad(f"{c['id']}: fulfilled by an earlier message")
    first = min((sent[x["id"]] for x in fb), default=None)
    if (first.isoformat() if first else None) != c["first_fulfilled"]:
        bad(f"{c['id']}: first_fulfilled")
    if c["due"] and dt.date.fromisoformat(c["due"]) < made.date():
        bad(f"{c['id']}: due before it was made")
    if first and first.date() <= as_of:
        want = "fulfilled"
    elif c["due"]:
        want = "overdue" if dt.date.fromisoformat(c["due"]) < as_of else "open"
    else:
        age = (as_of - made.date()).days
        if 2 <= age <= 21:
            bad(f"{c['id']}: undated and unfulfilled at {age} days - the status would hinge on a default")
        want = "overdue" if age > 21 else "open"
    if c["status_as_of"] != want:
        bad(f"{c['id']}: status {c['status_as_of']}, should be {want}")

# ------------------------------------------------------------------ requests
for q in g["requests"]:
    asked = sent[q["message"]]
    ab = [x for x in rows if q["id"] in x["labels"]["answers"]]
    if sorted(x["source_message_id"] for x in ab) != sorted(q["answered_by"]):
        bad(f"{q['id']}: answered_by disagrees with the labels")
    if any(sent[x["id"]] <= asked for x in ab):
        bad(f"{q['id']}: answered by an earlier message")
    if any(x["original"]["from_email"] == q["by"] for x in ab):
        bad(f"{q['id']}: answered by the asker")
    if q["status_as_of"] != ("answered" if ab else "unanswered"):
        bad(f"{q['id']}: status")

# ------------------------------------------------------------------ missed services, queries, shape
flat = Counter((s["topic"], s["date"], s["minutes"], r["source_message_id"]) for r in rows for s in r["labels"]["missed_services"])
top = Counter((s["topic"], s["date"], s["minutes"], s["source_message_id"]) for s in g["missed_services"])
if flat != top:
    bad("missed_services[] differs from the per-message labels")
for q in g["queries"]:
    want = sorted(r["source_message_id"] for r in rows if q["topic"] in r["labels"]["topics"])
    if sorted(q["expect"]) != want or not want:
        bad(f"query {q['q']!r}: expect is not the set of {q['topic']} messages")
if not 10 <= len(g["queries"]) <= 20:
    bad("10-20 queries wanted")
kinds = Counter(r["arrival"] for r in rows)
if set(kinds) != ARRIVED_KINDS:
    bad(f"arrival kinds missing: {ARRIVED_KINDS - set(kinds)}")
if not any(m["arrival"] == "not-forwarded" for m in src.values()):
    bad("no not-forwarded message")
nf_quoted = [m for m in src.values() if m["arrival"] == "not-forwarded"
             and any(x.get("reply_to") == m["id"] and x["arrival"] != "not-forwarded" for x in src.values())]
if not nf_quoted:
    bad("no not-forwarded message is quoted by an arrived reply")
if not 55 <= len(rows) <= 75:
    bad(f"{len(rows)} emails is outside 55-75")
span = (max(sent.values()) - min(sent.values())).days
if not 90 <= span <= 155:
    bad(f"the correspondence spans {span} days, not 3-5 months")
if not max(sent.values()).date() < as_of:
    bad("as_of is not after the last message")
if not any(r["auto_reply"] for r in rows):
    bad("no auto-reply")

if problems:
    print("\n".join(problems))
    print(f"{len(problems)} problem(s)")
    sys.exit(1)
cs = Counter(c["status_as_of"] for c in g["commitments"])
rs = Counter(q["status_as_of"] for q in g["requests"])
ms = g["missed_services"]
print(f"ok: {len(rows)} emails, {len({r['thread'] for r in rows})} threads, {span} days; arrivals {dict(kinds)}")
print(f"commitments {len(g['commitments'])} {dict(cs)} (by role {dict(Counter(c['by_role'] for c in g['commitments']))})")
print(f"requests {len(g['requests'])} {dict(rs)}")
print(f"missed-service rows {len(ms)} ({sum(1 for s in ms if s['topic'] in ACCOMMODATIONS)} accommodations not provided); "
      f"queries {len(g['queries'])}")
