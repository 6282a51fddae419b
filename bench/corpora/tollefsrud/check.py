#!/usr/bin/env python3
"""Consistency check of gold.json against mailbox/*.eml and source.py (no project code used).

Checks: files/rows line up; each .eml parses and carries the Message-ID, sender, date and subject gold claims
(directly, inside the forward block, or in the attached message); every label id exists; every quote is an
exact substring of its message's own body (not the signature, not the quoted history) and of the decoded .eml;
statuses recomputed as of as_of; fulfilments/answers come later; missed-service dates are plausible; query
expectations equal the topic labels; the corpus has every arrival kind and stays within the brief.
Exit 1 on any problem.
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
import source as S  # noqa: E402

VOCAB = set("""extended_time preferential_seating breaks read_aloud assistive_technology reduced_assignments
separate_setting class_notes graphic_organizers visual_schedule calculator sensory_tools scribe large_print check_in
speech_language_therapy occupational_therapy physical_therapy counseling specialized_instruction reading_intervention
paraprofessional transportation extended_school_year behavior_support iep_meeting evaluation progress_report
compensatory_services""".split())
ACCOMMODATIONS = {"extended_time", "preferential_seating", "breaks", "read_aloud", "assistive_technology",
                  "reduced_assignments", "separate_setting", "class_notes", "graphic_organizers", "visual_schedule",
                  "calculator", "sensory_tools", "scribe", "large_print", "check_in"}
ARRIVED_KINDS = {"direct", "bcc-self", "gmail-forward", "thunderbird-forward", "outlook-forward", "apple-forward",
                 "yahoo-forward", "attachment-forward"}
MARKERS = {"gmail-forward": "---------- Forwarded message ---------",
           "thunderbird-forward": "-------- Forwarded Message --------",
           "outlook-forward": "________________________________\nFrom: ",
           "apple-forward": "Begin forwarded message:",
           "yahoo-forward": "----- Forwarded Message -----"}

errors = []


def err(s):
    errors.append(s)


def decoded_text(msg):
    out = []
    for part in msg.walk():
        if part.get_content_type() in ("text/plain", "text/html"):
            out.append(part.get_content())
    return "\n".join(out)


gold = json.loads((HERE / "gold.json").read_text())
as_of = dt.date.fromisoformat(gold["as_of"])
src = {m["id"]: m for t in S.THREADS for m in t["messages"]}
rows = gold["messages"]
row_by_id = {r["id"]: r for r in rows}
sent = {r["id"]: dt.datetime.fromisoformat(r["original"]["date"]) for r in rows}
emails = {p[1] for p in S.PEOPLE.values()}

# ------------------------------------------------------------------ top level
for key in ("corpus", "as_of", "timezone", "user", "trail_address", "students", "messages", "commitments",
            "requests", "missed_services", "queries"):
    if key not in gold:
        err(f"gold.{key} missing")
if gold["user"].get("role") not in ("parent", "teacher"):
    err("user.role")
files = sorted(p.name for p in (HERE / "mailbox").glob("*.eml"))
if files != [r["file"] for r in rows]:
    err("mailbox files and gold rows differ")
if len({r["source_message_id"] for r in rows}) != len(rows):
    err("duplicate source_message_id")
arr = [dt.datetime.fromisoformat(r["arrived_at"]) for r in rows]
if any(b <= a for a, b in zip(arr, arr[1:])):
    err("arrival order is not strictly increasing")

# ------------------------------------------------------------------ each message
for r in rows:
    f = HERE / "mailbox" / r["file"]
    em = email.message_from_binary_file(open(f, "rb"), policy=policy.default)
    text = decoded_text(em)
    o = r["original"]
    s = src[r["id"]]
    if em["Message-ID"] != r["source_message_id"]:
        err(f"{r['file']}: Message-ID is not source_message_id")
    if em["Delivered-To"] != gold["trail_address"]:
        err(f"{r['file']}: not delivered to the trail address")
    if r["arrival"] in ("direct", "bcc-self"):
        if parseaddr(em["From"])[1] != o["from_email"] or em["Subject"] != o["subject"]:
            err(f"{r['file']}: From/Subject differ from original")
        if parsedate_to_datetime(em["Date"]) != dt.datetime.fromisoformat(o["date"]):
            err(f"{r['file']}: Date differs from original")
        if em["Message-ID"] != o["message_id"]:
            err(f"{r['file']}: direct/bcc message must keep its own Message-ID")
        if r["arrival"] == "bcc-self" and o["from_email"] != gold["user"]["email"]:
            err(f"{r['file']}: bcc-self not from the user")
        if r["arrival"] == "direct" and o["from_email"] == gold["user"]["email"]:
            err(f"{r['file']}: user's own mail should be bcc-self")
    elif r["arrival"] == "attachment-forward":
        inner = [p for p in em.walk() if p.get_content_type() == "message/rfc822"]
        if not inner:
            err(f"{r['file']}: no attached message")
        else:
            im = inner[0].get_payload()[0]
            if (im["Message-ID"] != o["message_id"] or parseaddr(im["From"])[1] != o["from_email"]
                    or im["Subject"] != o["subject"]
                    or parsedate_to_datetime(im["Date"]) != dt.datetime.fromisoformat(o["date"])):
                err(f"{r['file']}: attached message disagrees with original{{}}")
    else:
        if MARKERS[r["arrival"]] not in text:
            err(f"{r['file']}: no {r['arrival']} header block")
        if o["from_email"] not in text or o["subject"] not in text:
            err(f"{r['file']}: original sender/subject not visible in the forward")
        if dt.datetime.fromisoformat(r["arrived_at"]) <= dt.datetime.fromisoformat(o["date"]):
            err(f"{r['file']}: forwarded before it was sent")
    body = s["body"]
    if body.split("\n")[0] not in text:
        err(f"{r['file']}: the body's first line is not in the email")
    if r["thread"] != next(t["id"] for t in S.THREADS if any(m["id"] == r["id"] for m in t["messages"])):
        err(f"{r['file']}: thread id")
    lab = r["labels"]
    for k in ("topics", "students", "commitments", "fulfills", "requests", "answers", "missed_services"):
        if k not in lab:
            err(f"{r['file']}: labels.{k} missing")
    for t in lab["topics"] + lab.get("attachment_topics", []):
        if t not in VOCAB:
            err(f"{r['file']}: topic {t} not in vocabulary")
    if len(set(lab["topics"])) != len(lab["topics"]):
        err(f"{r['file']}: repeated topic")
    if any(st not in gold["students"] for st in lab["students"]):
        err(f"{r['file']}: unknown student")
    if lab.get("attachment_topics") and not s.get("atts"):
        err(f"{r['file']}: attachment_topics but no attachment")
    if r["auto_reply"] and any(lab[k] for k in ("topics", "students", "commitments", "requests", "missed_services")):
        err(f"{r['file']}: auto-reply carries labels")
    sig = S.SIGS.get(s["frm"], "") if "sig" not in s else s["sig"]
    for c in lab["commitments"]:
        if c["quote"] not in body or c["quote"] not in text:
            err(f"{c['id']}: quote not in {r['id']} body/email")
        if sig and c["quote"] in sig:
            err(f"{c['id']}: quote is in the signature")
        if c["by"] not in emails:
            err(f"{c['id']}: unknown promiser")
        if c["due"] and dt.date.fromisoformat(c["due"]) < sent[r["id"]].date():
            err(f"{c['id']}: due before it was made")
    for q in lab["requests"]:
        if q["quote"] not in body or q["quote"] not in text:
            err(f"{q['id']}: quote not in {r['id']} body/email")
        if q["by"] != o["from_email"]:
            err(f"{q['id']}: request not by the message's author")
    for m in lab["missed_services"]:
        if m["topic"] not in VOCAB:
            err(f"{r['file']}: missed topic")
        d = dt.date.fromisoformat(m["date"])
        if d > sent[r["id"]].date() or (sent[r["id"]].date() - d).days > 60:
            err(f"{r['file']}: missed date {d} implausible")
        if m["minutes"] is not None and not (0 < m["minutes"] <= 400):
            err(f"{r['file']}: minutes")

# ------------------------------------------------------------------ commitments
cids = {c["id"] for c in gold["commitments"]}
for r in rows:
    for c in r["labels"]["fulfills"]:
        if c not in cids:
            err(f"{r['file']}: fulfills unknown {c}")
for c in gold["commitments"]:
    r = row_by_id[c["message"]]
    lc = {x["id"]: x for x in r["labels"]["commitments"]}.get(c["id"])
    if not lc or (lc["quote"], lc["by"], lc["due"]) != (c["quote"], c["by"], c["due"]) or c["quote"] not in src[r["id"]]["body"]:
        err(f"{c['id']}: top-level entry disagrees with its message label or body")
    if c["id"] not in [x["id"] for x in r["labels"]["commitments"]] or c["source_message_id"] != r["source_message_id"]:
        err(f"{c['id']}: not attached to its message")
    by = [x for x in rows if c["id"] in x["labels"]["fulfills"]]
    if sorted(x["source_message_id"] for x in by) != sorted(c["fulfilled_by"]):
        err(f"{c['id']}: fulfilled_by disagrees with labels")
    made = dt.datetime.fromisoformat(c["sent"])
    if any(sent[x["id"]] <= made for x in by):
        err(f"{c['id']}: fulfilled by an earlier message")
    first = min((sent[x["id"]] for x in by), default=None)
    if (first.isoformat() if first else None) != c["first_fulfilled"]:
        err(f"{c['id']}: first_fulfilled")
    if first and first.date() <= as_of:
        want = "fulfilled"
    elif c["due"]:
        want = "overdue" if dt.date.fromisoformat(c["due"]) < as_of else "open"
    else:
        age = (as_of - made.date()).days
        if 2 <= age <= 21:
            err(f"{c['id']}: undated, unfulfilled, {age} days old - status would depend on a default deadline")
        want = "overdue" if age > 21 else "open"
    if c["status_as_of"] != want:
        err(f"{c['id']}: status {c['status_as_of']} should be {want}")

# ------------------------------------------------------------------ requests
rids = {q["id"] for q in gold["requests"]}
for r in rows:
    for q in r["labels"]["answers"]:
        if q not in rids:
            err(f"{r['file']}: answers unknown {q}")
for q in gold["requests"]:
    r = row_by_id[q["message"]]
    lq = {x["id"]: x for x in r["labels"]["requests"]}.get(q["id"])
    if not lq or (lq["quote"], lq["by"]) != (q["quote"], q["by"]) or q["quote"] not in src[r["id"]]["body"]:
        err(f"{q['id']}: top-level entry disagrees with its message label or body")
    if q["source_message_id"] != r["source_message_id"]:
        err(f"{q['id']}: source_message_id")
    by = [x for x in rows if q["id"] in x["labels"]["answers"]]
    if sorted(x["source_message_id"] for x in by) != sorted(q["answered_by"]):
        err(f"{q['id']}: answered_by disagrees with labels")
    if any(sent[x["id"]] <= sent[r["id"]] for x in by):
        err(f"{q['id']}: answered by an earlier message")
    if any(x["original"]["from_email"] == q["by"] for x in by):
        err(f"{q['id']}: answered by the asker")
    if q["status_as_of"] != ("answered" if by else "unanswered"):
        err(f"{q['id']}: status")

# ------------------------------------------------------------------ missed services and queries
flat = Counter((m["topic"], m["date"], m["minutes"], r["source_message_id"]) for r in rows for m in r["labels"]["missed_services"])
top = Counter((m["topic"], m["date"], m["minutes"], m["source_message_id"]) for m in gold["missed_services"])
if flat != top:
    err("missed_services[] differs from the message labels")
for q in gold["queries"]:
    if q["topic"] not in VOCAB:
        err(f"query {q['q']}: topic")
    want = sorted(r["source_message_id"] for r in rows if q["topic"] in r["labels"]["topics"])
    if sorted(q["expect"]) != want or not want:
        err(f"query {q['q']}: expect differs from topic labels (or is empty)")

# ------------------------------------------------------------------ shape
kinds = Counter(r["arrival"] for r in rows)
if set(kinds) != ARRIVED_KINDS:
    err(f"missing arrival kinds: {ARRIVED_KINDS - set(kinds)}")
if not any(m["arrival"] == "not-forwarded" for m in src.values()):
    err("no not-forwarded messages")
for m in src.values():
    if m["arrival"] == "not-forwarded":
        if not any(x.get("reply") == m["id"] for x in src.values() if x["arrival"] != "not-forwarded"):
            err(f"{m['id']}: not-forwarded message is never quoted by an arrived reply")
if not 55 <= len(rows) <= 75:
    err(f"{len(rows)} emails is outside 55-75")
span = (max(sent.values()) - min(sent.values())).days
if not 90 <= span <= 155:
    err(f"span of {span} days is outside 3-5 months")
if not 10 <= len(gold["queries"]) <= 20:
    err("query count")
if not max(sent.values()).date() < as_of:
    err("as_of is not after the last message")
if any(not r["labels"]["students"] for r in rows if not r["auto_reply"] and r["role"] == "parent"):
    err("a parent message without a student label")

if errors:
    print("\n".join(errors))
    print(f"{len(errors)} problem(s)")
    sys.exit(1)
st = Counter(c["status_as_of"] for c in gold["commitments"])
rq = Counter(q["status_as_of"] for q in gold["requests"])
ms = gold["missed_services"]
print(f"ok: {len(rows)} emails, {len({r['thread'] for r in rows})} threads, span {span} days, as_of {gold['as_of']}")
print("arrivals:", dict(sorted(kinds.items())), f"+ {sum(1 for m in src.values() if m['arrival'] == 'not-forwarded')} not-forwarded")
print(f"commitments {len(gold['commitments'])} {dict(st)}")
print(f"requests {len(gold['requests'])} {dict(rq)}")
print(f"missed-service rows {len(ms)} ({sum(1 for m in ms if m['topic'] in ACCOMMODATIONS)} accommodations not provided): "
      + ", ".join(f"{k} {v}" for k, v in Counter(m['topic'] for m in ms).most_common()))
print(f"queries {len(gold['queries'])}; attachment-topic pairs {sum(len(r['labels'].get('attachment_topics', [])) for r in rows)}")
