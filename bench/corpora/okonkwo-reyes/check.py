#!/usr/bin/env python3
"""Internal consistency of gold.json, mailbox/*.eml and source.py (standard library only; no project code).

Checked:
- gold rows and mailbox files line up 1:1, in strictly increasing arrival order, with unique source ids;
- each .eml parses; its Message-ID is the row's source_message_id; the original author, date and subject
  gold claims are visible in it (top-level headers, the forward block, or the attached message);
- forwards carry the marker of their client; bcc-self rows come from the user; direct rows show the trail
  address (To/Cc) or an auto-forward header;
- every topic is in the vocabulary; every label id (commitment, request, fulfils, answers) exists;
- every quote is an exact substring of the message's own body in source.py AND of the decoded .eml text,
  and is NOT only found in quoted history or signatures;
- fulfilments and answers arrive after the promise/request was sent, and never in the same message;
- statuses are recomputed from as_of (fulfilled / overdue / open; answered / unanswered) and compared;
  undated unfulfilled promises are > 21 days or < 2 days old at as_of;
- missed-service dates are real dates no later than the reporting message; minutes are ints or null;
- queries expect exactly the messages labelled with their topic;
- the corpus stays inside the brief (60-80 emails, every arrival kind, as_of after the last message).
Exit 1 on any problem.
"""
import datetime as dt
import email
import json
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
MARK = {"gmail-forward": "---------- Forwarded message ---------", "outlook-forward": "________________________________",
        "yahoo-forward": "----- Forwarded Message -----", "thunderbird-forward": "-------- Forwarded Message --------",
        "apple-forward": "Begin forwarded message:"}
problems = []


def bad(msg):
    problems.append(msg)


def all_text(m):
    out = []
    for part in m.walk():
        ct = part.get_content_type()
        if ct == "text/plain":
            out.append(part.get_content())
    return "\n".join(out)


def inner_message(m):
    for part in m.walk():
        if part.get_content_type() == "message/rfc822":
            return part.get_payload(0)
    return None


gold = json.loads((HERE / "gold.json").read_text())
as_of = dt.date.fromisoformat(gold["as_of"])
src = {x["id"]: x for t in S.THREADS for x in t["messages"]}
rows = gold["messages"]
by_id = {r["id"]: r for r in rows}
sent = {r["id"]: dt.datetime.fromisoformat(r["original"]["date"]) for r in rows}
arrived = {r["id"]: dt.datetime.fromisoformat(r["arrived_at"]) for r in rows}

for k in ("corpus", "as_of", "timezone", "user", "trail_address", "students", "messages", "commitments",
          "requests", "missed_services", "queries"):
    if k not in gold:
        bad(f"gold.{k} missing")

files = sorted(p.name for p in (HERE / "mailbox").glob("*.eml"))
if files != [r["file"] for r in rows]:
    bad("mailbox files differ from gold rows")
if len({r["source_message_id"] for r in rows}) != len(rows):
    bad("duplicate source_message_id")
times = [arrived[r["id"]] for r in rows]
if any(b <= a for a, b in zip(times, times[1:])):
    bad("arrival order not strictly increasing")
if not 60 <= len(rows) <= 80:
    bad(f"{len(rows)} emails, brief says 60-80")
kinds = Counter(r["arrival"] for r in rows)
for kind in ("direct", "bcc-self", "gmail-forward", "outlook-forward", "apple-forward", "yahoo-forward",
             "thunderbird-forward", "attachment-forward"):
    if not kinds[kind]:
        bad(f"no {kind} message")
if max(sent.values()).date() >= as_of:
    bad("as_of is not after the last message")

# ------------------------------------------------------------------ per message
for r in rows:
    k = r["id"]
    x = src.get(k)
    if x is None:
        bad(f"{k}: not in source.py")
        continue
    raw = (HERE / "mailbox" / r["file"]).read_bytes()
    m = email.message_from_bytes(raw, policy=policy.default)
    if (m["Message-ID"] or "").strip() != r["source_message_id"]:
        bad(f"{k}: Message-ID {m['Message-ID']} != {r['source_message_id']}")
    if m["Delivered-To"] != gold["trail_address"]:
        bad(f"{k}: Delivered-To missing")
    o = r["original"]
    odate = dt.datetime.fromisoformat(o["date"])
    text = all_text(m)
    if r["arrival"] in ("direct", "bcc-self"):
        if o["from_email"] not in m["From"] or m["Subject"] != o["subject"]:
            bad(f"{k}: top-level From/Subject do not match the original")
        if abs((m["Date"].datetime - odate).total_seconds()) > 60:
            bad(f"{k}: Date header differs from original date")
        if o["message_id"] != r["source_message_id"]:
            bad(f"{k}: direct/bcc row whose original id differs from its source id")
        if r["arrival"] == "bcc-self" and o["from_email"] != gold["user"]["email"]:
            bad(f"{k}: bcc-self message not from the user")
        if r["arrival"] == "bcc-self" and gold["trail_address"] in (m["To"] or "") + (m["Cc"] or ""):
            bad(f"{k}: bcc-self message shows the trail address")
        if r["arrival"] == "direct" and gold["trail_address"] not in (m["To"] or "") + (m["Cc"] or "") \
                and not m["X-Forwarded-For"]:
            bad(f"{k}: direct message neither addressed to the trail nor auto-forwarded")
    elif r["arrival"] == "attachment-forward":
        inner = inner_message(m)
        if inner is None:
            bad(f"{k}: attachment-forward without message/rfc822")
        else:
            if inner["Message-ID"].strip() != o["message_id"] or o["from_email"] not in inner["From"]:
                bad(f"{k}: attached message headers do not match original")
            if inner["Subject"] != o["subject"]:
                bad(f"{k}: attached subject differs")
            if abs((inner["Date"].datetime - odate).total_seconds()) > 60:
                bad(f"{k}: attached date differs")
            text += "\n" + all_text(inner)
    else:
        if MARK[r["arrival"]] not in text:
            bad(f"{k}: {r['arrival']} marker missing")
        block = text.split(MARK[r["arrival"]], 1)[-1][:800]
        if o["from_email"] not in block or o["subject"] not in block:
            bad(f"{k}: forward block lacks original author/subject")
        if arrived[k] <= odate:
            bad(f"{k}: forwarded before it was sent")
    if r["auto_reply"] != bool(x.get("auto_reply")):
        bad(f"{k}: auto_reply flag")

    body = x["body"]
    lab = r["labels"]
    for t in lab["topics"] + lab.get("attachment_topics", []):
        if t not in VOCAB:
            bad(f"{k}: topic {t} not in vocabulary")
    if (r["auto_reply"] or x.get("newsletter")) and any(lab[f] for f in ("topics", "commitments", "requests",
                                                                         "missed_services", "fulfills", "answers")):
        bad(f"{k}: auto reply / newsletter carries labels")
    for item in lab["commitments"] + lab["requests"]:
        q = item["quote"]
        if q not in body:
            bad(f"{k}: quote not in own body: {q[:60]!r}")
        if q not in text:
            bad(f"{k}: quote not in decoded eml: {q[:60]!r}")
    for s in lab["students"]:
        if s not in gold["students"]:
            bad(f"{k}: unknown student {s}")
    for ms in lab["missed_services"]:
        if ms["topic"] not in VOCAB:
            bad(f"{k}: missed topic {ms['topic']}")
        d = dt.date.fromisoformat(ms["date"])
        if d > sent[k].date():
            bad(f"{k}: missed service dated after its report")
        if d.weekday() >= 5:
            bad(f"{k}: missed service on a weekend {d}")
        if ms["minutes"] is not None and not isinstance(ms["minutes"], int):
            bad(f"{k}: minutes must be int or null")

# ------------------------------------------------------------------ commitments / requests
cids = {c["id"]: c for c in gold["commitments"]}
rids = {q["id"]: q for q in gold["requests"]}
label_c = {c["id"] for r in rows for c in r["labels"]["commitments"]}
label_r = {q["id"] for r in rows for q in r["labels"]["requests"]}
if label_c != set(cids):
    bad("commitment ids in labels and in gold.commitments differ")
if label_r != set(rids):
    bad("request ids in labels and in gold.requests differ")
for r in rows:
    for c in r["labels"]["fulfills"]:
        if c not in cids:
            bad(f"{r['id']}: fulfils unknown {c}")
        elif cids[c]["message"] == r["id"]:
            bad(f"{r['id']}: fulfils its own promise {c}")
        elif sent[r["id"]] <= dt.datetime.fromisoformat(cids[c]["sent"]):
            bad(f"{r['id']}: fulfils {c} before it was made")
    for q in r["labels"]["answers"]:
        if q not in rids:
            bad(f"{r['id']}: answers unknown {q}")
        elif rids[q]["message"] == r["id"]:
            bad(f"{r['id']}: answers its own request {q}")
        elif sent[r["id"]] <= sent[rids[q]["message"]]:
            bad(f"{r['id']}: answers {q} before it was asked")

for c in gold["commitments"]:
    row = by_id.get(c["message"])
    if row is None or row["source_message_id"] != c["source_message_id"]:
        bad(f"{c['id']}: message / source id mismatch")
        continue
    if c["due"]:
        due = dt.date.fromisoformat(c["due"])
        if due < sent[c["message"]].date():
            bad(f"{c['id']}: due before it was promised")
    fb = [i for i in c["fulfilled_by_ids"]]
    if [by_id[i]["source_message_id"] for i in fb] != c["fulfilled_by"]:
        bad(f"{c['id']}: fulfilled_by ids and sources differ")
    if set(fb) != {r["id"] for r in rows if c["id"] in r["labels"]["fulfills"]}:
        bad(f"{c['id']}: fulfilled_by does not match the fulfils labels")
    first = min((sent[i] for i in fb), default=None)
    if (c["first_fulfilled"] and dt.datetime.fromisoformat(c["first_fulfilled"]) != first) or \
            (first and not c["first_fulfilled"]):
        bad(f"{c['id']}: first_fulfilled")
    if first and first.date() <= as_of:
        want = "fulfilled"
    elif c["due"]:
        want = "overdue" if dt.date.fromisoformat(c["due"]) < as_of else "open"
    else:
        age = (as_of - sent[c["message"]].date()).days
        if 2 <= age <= 21:
            bad(f"{c['id']}: undated open promise is {age} days old (ambiguous)")
        want = "overdue" if age > 21 else "open"
    if c["status_as_of"] != want:
        bad(f"{c['id']}: status {c['status_as_of']} != {want}")
    if c["by_role"] not in ("school", "parent", "other"):
        bad(f"{c['id']}: by_role")

for q in gold["requests"]:
    row = by_id.get(q["message"])
    if row is None or row["source_message_id"] != q["source_message_id"]:
        bad(f"{q['id']}: message / source id mismatch")
        continue
    ab = q["answered_by_ids"]
    if set(ab) != {r["id"] for r in rows if q["id"] in r["labels"]["answers"]}:
        bad(f"{q['id']}: answered_by does not match answers labels")
    if [by_id[i]["source_message_id"] for i in ab] != q["answered_by"]:
        bad(f"{q['id']}: answered_by ids and sources differ")
    if q["status_as_of"] != ("answered" if ab else "unanswered"):
        bad(f"{q['id']}: status")
    if q["by"] == row["original"]["from_email"] or q["by"] in {p[1] for p in S.PEOPLE.values()}:
        pass
    else:
        bad(f"{q['id']}: by is nobody known")

ms_rows = [(r["source_message_id"], m["topic"], m["date"]) for r in rows for m in r["labels"]["missed_services"]]
if sorted(ms_rows) != sorted((m["source_message_id"], m["topic"], m["date"]) for m in gold["missed_services"]):
    bad("missed_services table differs from the message labels")

for qu in gold["queries"]:
    want = sorted(r["source_message_id"] for r in rows if qu["topic"] in r["labels"]["topics"])
    if sorted(qu["expect"]) != want or not want:
        bad(f"query {qu['q']!r}: expectation differs from topic labels (or is empty)")

for p in problems:
    print("PROBLEM:", p)
c = Counter(x["status_as_of"] for x in gold["commitments"])
rq = Counter(x["status_as_of"] for x in gold["requests"])
print(f"{len(rows)} emails, {len({r['thread'] for r in rows})} threads, commitments {dict(c)}, requests {dict(rq)}, "
      f"{len(gold['missed_services'])} missed rows, {len(gold['queries'])} queries")
print("FAIL" if problems else "ok")
sys.exit(1 if problems else 0)
