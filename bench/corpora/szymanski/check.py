#!/usr/bin/env python3
"""Consistency check of gold.json against mailbox/*.eml and source.py.

Independent of the project's code and of build.py. Exit status 1 when anything is wrong.
"""
import datetime as dt
import email
import email.utils
import json
import re
import sys
from collections import Counter
from email import policy
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import source as S  # noqa: E402

VOCAB = set("""extended_time preferential_seating breaks read_aloud assistive_technology reduced_assignments
separate_setting class_notes graphic_organizers visual_schedule calculator sensory_tools scribe large_print check_in
speech_language_therapy occupational_therapy physical_therapy counseling specialized_instruction reading_intervention
paraprofessional transportation extended_school_year behavior_support iep_meeting evaluation progress_report
compensatory_services""".split())
ACCOMMODATIONS = set("""extended_time preferential_seating breaks read_aloud assistive_technology reduced_assignments
separate_setting class_notes graphic_organizers visual_schedule calculator sensory_tools scribe large_print
check_in""".split())
KINDS = {"direct", "gmail-forward", "outlook-forward", "apple-forward", "thunderbird-forward", "yahoo-forward",
         "attachment-forward", "bcc-self"}
MARKERS = {"gmail-forward": "---------- Forwarded message ---------",
           "apple-forward": "Begin forwarded message:",
           "thunderbird-forward": "-------- Forwarded Message --------",
           "yahoo-forward": "----- Forwarded Message -----",
           "outlook-forward": "________________________________\nFrom: "}
problems = []


def bad(msg):
    problems.append(msg)


def decoded_text(msg):
    out = []
    for part in msg.walk():
        if part.get_content_type() in ("text/plain", "text/html"):
            out.append(part.get_content())
    return "\n".join(out)


def own_plain(msg):
    """The first text/plain part (the forwarder's or sender's own plain text)."""
    for part in msg.walk():
        if part.get_content_type() == "text/plain":
            return part.get_content()
    return ""


g = json.load(open(HERE / "gold.json"))
AS_OF = dt.date.fromisoformat(g["as_of"])
src = {m["id"]: dict(m, thread=t["id"]) for t in S.THREADS for m in t["messages"]}
people = {v[1] for v in S.PEOPLE.values()}
rows = g["messages"]
row_of = {r["id"]: r for r in rows}
sent = {r["id"]: dt.datetime.fromisoformat(r["original"]["date"]) for r in rows}

# ---------------------------------------------------------------- top level
for k in ("corpus", "as_of", "timezone", "user", "students", "messages", "commitments", "requests",
          "missed_services", "queries"):
    if k not in g:
        bad(f"gold.{k} missing")
if g["corpus"] != HERE.name:
    bad("corpus name differs from the folder name")
if g["timezone"] != "America/Detroit":
    bad("timezone")
files = sorted(p.name for p in (HERE / "mailbox").glob("*.eml"))
if files != [r["file"] for r in rows]:
    bad("mailbox files and gold rows differ or are out of order")
if len({r["source_message_id"] for r in rows}) != len(rows):
    bad("duplicate source_message_id")
prev = None
for r in rows:
    a = dt.datetime.fromisoformat(r["arrived_at"])
    if prev and a <= prev:
        bad(f"{r['file']}: arrives before the previous file")
    prev = a
    if a < sent[r["id"]]:
        bad(f"{r['file']}: arrives before it was sent")
if max(sent.values()).date() >= AS_OF:
    bad("as_of must be after the last message")

# ---------------------------------------------------------------- each email
for r in rows:
    f = HERE / "mailbox" / r["file"]
    msg = email.message_from_binary_file(open(f, "rb"), policy=policy.default)
    m = src[r["id"]]
    o = r["original"]
    if msg["Message-ID"] != r["source_message_id"]:
        bad(f"{r['file']}: Message-ID is not source_message_id")
    if r["thread"] != m["thread"]:
        bad(f"{r['file']}: thread")
    if m.get("reply_to") and src[m["reply_to"]]["thread"] != m["thread"]:
        bad(f"{r['id']}: replies across threads")
    text = decoded_text(msg)
    if r["arrival"] in ("direct", "bcc-self"):
        if email.utils.parseaddr(msg["From"])[1] != o["from_email"]:
            bad(f"{r['file']}: From is not the original sender")
        if msg["Subject"] != o["subject"]:
            bad(f"{r['file']}: Subject")
        if msg["Message-ID"] != o["message_id"]:
            bad(f"{r['file']}: direct mail must keep its Message-ID")
        d = email.utils.parsedate_to_datetime(msg["Date"])
        if abs((d - dt.datetime.fromisoformat(o["date"])).total_seconds()) > 1:
            bad(f"{r['file']}: Date")
        if r["arrival"] == "bcc-self" and o["from_email"] != g["user"]["email"]:
            bad(f"{r['file']}: bcc-self must be the user's own mail")
        if m.get("reply_to"):
            parent = row_of.get(m["reply_to"])
            if not msg["In-Reply-To"]:
                bad(f"{r['file']}: reply without In-Reply-To")
            elif parent and msg["In-Reply-To"] != parent["original"]["message_id"]:
                bad(f"{r['file']}: In-Reply-To is not the answered message")
    else:
        if email.utils.parseaddr(msg["From"])[1] == o["from_email"]:
            bad(f"{r['file']}: a forward comes from the forwarder")
        if r["arrival"] == "attachment-forward":
            inner = [p for p in msg.walk() if p.get_content_type() == "message/rfc822"]
            if not inner:
                bad(f"{r['file']}: no attached message")
            else:
                im = inner[0].get_payload()[0]
                if im["Message-ID"] != o["message_id"] or im["Subject"] != o["subject"] or \
                        email.utils.parseaddr(im["From"])[1] != o["from_email"]:
                    bad(f"{r['file']}: attached message differs from original")
        else:
            plain = own_plain(msg)
            if MARKERS[r["arrival"]] not in plain:
                bad(f"{r['file']}: no {r['arrival']} block")
            if o["from_email"] not in plain or o["subject"] not in plain:
                bad(f"{r['file']}: original sender or subject not visible in the forward")
    if r["auto_reply"] != bool(m.get("auto_reply")):
        bad(f"{r['file']}: auto_reply flag")
    if r["auto_reply"] and msg["Auto-Submitted"] != "auto-replied":
        bad(f"{r['file']}: auto-reply without Auto-Submitted header")
    # the body as written must be in the email; every quote in the body, never in the signature
    body = m["body"]
    first_line = next(l for l in body.split("\n") if l.strip())
    flat = re.sub(r"\s+", " ", text)
    if re.sub(r"\s+", " ", first_line) not in flat and not m.get("newsletter"):
        bad(f"{r['file']}: body not found in the email")
    lab = r["labels"]
    for k in ("topics", "students", "commitments", "fulfills", "requests", "answers", "missed_services"):
        if k not in lab:
            bad(f"{r['file']}: labels.{k} missing")
    for t in lab["topics"] + lab.get("attachment_topics", []):
        if t not in VOCAB:
            bad(f"{r['file']}: topic {t} not in the vocabulary")
    if len(set(lab["topics"])) != len(lab["topics"]):
        bad(f"{r['file']}: repeated topic")
    for s in lab["students"]:
        if s not in g["students"]:
            bad(f"{r['file']}: unknown student {s}")
    if lab["topics"] and not lab["students"]:
        bad(f"{r['file']}: topics but no student")
    if lab.get("attachment_topics") and not m.get("attachments"):
        bad(f"{r['file']}: attachment_topics without an attachment")
    if r["auto_reply"] or m.get("newsletter"):
        if any(lab[k] for k in ("topics", "commitments", "requests", "fulfills", "answers", "missed_services")):
            bad(f"{r['file']}: an auto-reply or newsletter carries labels")
    sig = m.get("sig") or ""
    for item in lab["commitments"] + lab["requests"]:
        if item["quote"] not in body:
            bad(f"{item['id']}: quote not in the body of {r['id']}")
        if item["quote"] not in text:
            bad(f"{item['id']}: quote not in {r['file']}")
        if sig and item["quote"] in sig:
            bad(f"{item['id']}: quote is in the signature")
        if item["by"] not in people:
            bad(f"{item['id']}: unknown person {item['by']}")
    for item in lab["requests"]:
        if item["by"] != o["from_email"]:
            bad(f"{item['id']}: a request is asked by the sender")
    for s in lab["missed_services"]:
        if s["topic"] not in VOCAB:
            bad(f"{r['file']}: missed topic {s['topic']}")
        d = dt.date.fromisoformat(s["date"])
        if d > sent[r["id"]].date() or (sent[r["id"]].date() - d).days > 100:
            bad(f"{r['file']}: missed date {d} implausible")
        if d.weekday() >= 5:
            bad(f"{r['file']}: missed date {d} is a weekend")
        if s["minutes"] is not None and s["minutes"] <= 0:
            bad(f"{r['file']}: minutes")

# ---------------------------------------------------------------- commitments
cids = {c["id"] for c in g["commitments"]}
for r in rows:
    for c in r["labels"]["fulfills"]:
        if c not in cids:
            bad(f"{r['file']}: fulfills unknown {c}")
for c in g["commitments"]:
    r = row_of[c["message"]]
    if c["source_message_id"] != r["source_message_id"]:
        bad(f"{c['id']}: source_message_id")
    if c["id"] not in [x["id"] for x in r["labels"]["commitments"]]:
        bad(f"{c['id']}: not on its message")
    fb = sorted((x for x in rows if c["id"] in x["labels"]["fulfills"]), key=lambda x: sent[x["id"]])
    if sorted(c["fulfilled_by"]) != sorted(x["source_message_id"] for x in fb):
        bad(f"{c['id']}: fulfilled_by disagrees with the labels")
    for x in fb:
        if sent[x["id"]] <= sent[c["message"]]:
            bad(f"{c['id']}: fulfilled by an earlier message")
    first = sent[fb[0]["id"]] if fb else None
    if (first.isoformat() if first else None) != c["first_fulfilled"]:
        bad(f"{c['id']}: first_fulfilled")
    made = sent[c["message"]].date()
    if first and first.date() <= AS_OF:
        want = "fulfilled"
    elif c["due"]:
        due = dt.date.fromisoformat(c["due"])
        if due < made:
            bad(f"{c['id']}: due before promised")
        want = "overdue" if due < AS_OF else "open"
    else:
        age = (AS_OF - made).days
        if 2 <= age <= 21:
            bad(f"{c['id']}: undated, unfulfilled, {age} days old: status would depend on a default")
        want = "overdue" if age > 21 else "open"
    if c["status_as_of"] != want:
        bad(f"{c['id']}: status {c['status_as_of']}, expected {want}")
    if c["by"] not in people:
        bad(f"{c['id']}: unknown promiser")

# ---------------------------------------------------------------- requests
rids = {q["id"] for q in g["requests"]}
for r in rows:
    for q in r["labels"]["answers"]:
        if q not in rids:
            bad(f"{r['file']}: answers unknown {q}")
for q in g["requests"]:
    r = row_of[q["message"]]
    if q["id"] not in [x["id"] for x in r["labels"]["requests"]]:
        bad(f"{q['id']}: not on its message")
    ab = [x for x in rows if q["id"] in x["labels"]["answers"]]
    if sorted(q["answered_by"]) != sorted(x["source_message_id"] for x in ab):
        bad(f"{q['id']}: answered_by disagrees with the labels")
    for x in ab:
        if sent[x["id"]] <= sent[q["message"]]:
            bad(f"{q['id']}: answered by an earlier message")
        if x["original"]["from_email"] == q["by"]:
            bad(f"{q['id']}: answered by the asker")
    if q["status_as_of"] != ("answered" if ab else "unanswered"):
        bad(f"{q['id']}: status")

# ---------------------------------------------------------------- missed services and queries
flat = Counter((s["topic"], s["date"], s["minutes"], r["source_message_id"])
               for r in rows for s in r["labels"]["missed_services"])
top = Counter((s["topic"], s["date"], s["minutes"], s["source_message_id"]) for s in g["missed_services"])
if flat != top:
    bad("missed_services[] differs from the per-message labels")
if not 10 <= len(g["queries"]) <= 20:
    bad("10-20 queries expected")
for q in g["queries"]:
    want = sorted(r["source_message_id"] for r in rows if q["topic"] in r["labels"]["topics"])
    if sorted(q["expect"]) != want:
        bad(f"query {q['q']!r}: expect differs from the topic labels")
    if not q["expect"]:
        bad(f"query {q['q']!r} expects nothing")

# ---------------------------------------------------------------- shape required by the brief
kinds = Counter(r["arrival"] for r in rows)
if set(kinds) != KINDS:
    bad(f"arrival kinds missing: {sorted(KINDS - set(kinds))}")
if not any(m["arrival"] == "not-forwarded" for m in src.values()):
    bad("no not-forwarded message")
for m in src.values():
    if m["arrival"] == "not-forwarded" and not any(x.get("reply_to") == m["id"] and x.get("quote", True)
                                                     for x in src.values()):
        bad(f"{m['id']}: not-forwarded but never quoted")
threads = {r["thread"] for r in rows}
if not 55 <= len(rows) <= 75:
    bad(f"{len(rows)} emails is outside 55-75")
span = (max(sent.values()) - min(sent.values())).days
if not 90 <= span <= 155:
    bad(f"the correspondence spans {span} days, not 3-5 months")
status = Counter(c["status_as_of"] for c in g["commitments"])
if min(status.get(k, 0) for k in ("fulfilled", "overdue", "open")) == 0:
    bad(f"commitment statuses lack variety: {dict(status)}")
if not any(r["auto_reply"] for r in rows):
    bad("no auto-reply")
if not any(s["topic"] in ACCOMMODATIONS for s in g["missed_services"]):
    bad("no accommodation reported missed")

if problems:
    print("\n".join(problems))
    print(f"{len(problems)} problem(s)")
    sys.exit(1)
rq = Counter(q["status_as_of"] for q in g["requests"])
ms = g["missed_services"]
print(f"ok: {len(rows)} emails, {len(threads)} threads, span {span} days, arrivals {dict(sorted(kinds.items()))}")
print(f"commitments {len(g['commitments'])} {dict(status)}; requests {len(g['requests'])} {dict(rq)}")
print(f"missed-service rows {len(ms)} ({sum(1 for s in ms if s['topic'] in ACCOMMODATIONS)} accommodations: "
      f"{dict(Counter(s['topic'] for s in ms if s['topic'] in ACCOMMODATIONS))}); queries {len(g['queries'])}")
