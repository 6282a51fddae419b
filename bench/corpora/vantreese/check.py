#!/usr/bin/env python3
"""Internal consistency check of this corpus (stdlib only, no project code). Exit 1 on any problem.

- build.py is deterministic: a fresh build in a temp dir equals mailbox/ and gold.json byte for byte;
- every gold row has its .eml, whose Message-ID is source_message_id, and the original sender / date / subject are
  in the headers (direct, bcc-self), in the forward block, or in the attached message (attachment-forward);
- every label id refers to a real commitment / request, fulfilments and answers come later than what they close;
- every quote is an exact substring of the message's own body (not signature, not quoted history) and of the .eml text;
- statuses recomputed as of as_of; as_of is after every message; undated open promises are < 2 or > 21 days old;
- missed-service dates fall on school days on or before the reporting message; topics are in the vocabulary;
- query expectations equal the topic labels; every arrival kind is used at least once.
"""
import datetime as dt, email, json, subprocess, sys, tempfile
from email import policy
from email.utils import parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import source as S  # noqa: E402

errs = []
err = errs.append
gold = json.loads((HERE / "gold.json").read_text())
AS_OF = dt.date.fromisoformat(gold["as_of"])
src = {m["id"]: m for t in S.THREADS for m in t["messages"]}
rows = gold["messages"]
byid = {r["id"]: r for r in rows}
sent = {r["id"]: dt.datetime.fromisoformat(r["original"]["date"]) for r in rows}
coms = {c["id"]: c for c in gold["commitments"]}
reqs = {r["id"]: r for r in gold["requests"]}
VOCAB = set(S.VOCAB)

# determinism
with tempfile.TemporaryDirectory() as tmp:
    subprocess.run([sys.executable, str(HERE / "build.py"), tmp], check=True, capture_output=True)
    if (Path(tmp) / "gold.json").read_bytes() != (HERE / "gold.json").read_bytes():
        err("gold.json differs from a fresh build")
    fresh = sorted(p.name for p in (Path(tmp) / "mailbox").glob("*.eml"))
    have = sorted(p.name for p in (HERE / "mailbox").glob("*.eml"))
    if fresh != have:
        err("mailbox file list differs from a fresh build")
    for n in fresh:
        if n in have and (Path(tmp) / "mailbox" / n).read_bytes() != (HERE / "mailbox" / n).read_bytes():
            err(f"{n} differs from a fresh build")

files = sorted(p.name for p in (HERE / "mailbox").glob("*.eml"))
if files != [r["file"] for r in rows]:
    err("gold rows and mailbox files do not line up")


def texts(msg):
    out = []
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            continue
        if part.get_content_maintype() == "text" and part.get_filename() is None:
            out.append(part.get_content())
    return "\n".join(out)


for r in rows:
    p = HERE / "mailbox" / r["file"]
    if not p.exists():
        continue
    em = email.message_from_bytes(p.read_bytes(), policy=policy.default)
    if em["Message-ID"] != r["source_message_id"]:
        err(f"{r['file']}: Message-ID mismatch")
    o = r["original"]
    text = texts(em)
    if r["arrival"] in ("direct", "bcc-self"):
        if o["from_email"] not in str(em["From"]) or em["Subject"] != o["subject"]:
            err(f"{r['file']}: header from/subject mismatch")
        if parsedate_to_datetime(em["Date"]) != dt.datetime.fromisoformat(o["date"]):
            err(f"{r['file']}: header date mismatch")
        if r["arrival"] == "bcc-self" and r["role"] != "parent":
            err(f"{r['file']}: bcc-self not from the user")
        if r["arrival"] == "bcc-self" and S.TRAIL not in str(em.get("Bcc", "")):
            err(f"{r['file']}: bcc-self without the trail in Bcc")
    elif r["arrival"] == "attachment-forward":
        inner = [pt for pt in em.walk() if pt.get_content_type() == "message/rfc822"]
        if not inner:
            err(f"{r['file']}: no attached message")
        else:
            im = inner[0].get_content()
            if im["Message-ID"] != o["message_id"] or o["from_email"] not in str(im["From"]) or im["Subject"] != o["subject"]:
                err(f"{r['file']}: attached message headers mismatch")
            text = texts(im)
    else:
        if o["from_email"] not in text or o["subject"] not in text:
            err(f"{r['file']}: forward block lacks original sender/subject")
        if em["Subject"].split(": ", 1)[1] != o["subject"]:
            err(f"{r['file']}: forward subject mismatch")
        if dt.datetime.fromisoformat(o["date"]) >= parsedate_to_datetime(em["Date"]):
            err(f"{r['file']}: forwarded before it was sent")
    if dt.datetime.fromisoformat(o["date"]).date() >= AS_OF:
        err(f"{r['file']}: as_of is not after this message")
    m = src[r["id"]]
    body = m["body"]
    lab = r["labels"]
    for t in lab["topics"] + lab.get("attachment_topics", []):
        if t not in VOCAB:
            err(f"{r['id']}: unknown topic {t}")
    if r["auto_reply"] and any(lab[k] for k in ("topics", "commitments", "requests", "missed_services")):
        err(f"{r['id']}: auto-reply carries labels")
    for c in lab["commitments"] + lab["requests"]:
        if c["quote"] not in body:
            err(f"{r['id']}: quote not in own body: {c['quote']!r}")
        if c["quote"] not in text:
            err(f"{r['id']}: quote not in .eml text: {c['quote']!r}")
    for c in lab["commitments"]:
        if c["id"] not in coms or coms[c["id"]]["message"] != r["id"]:
            err(f"{r['id']}: commitment {c['id']} not in the list")
    for q in lab["requests"]:
        if q["id"] not in reqs or reqs[q["id"]]["message"] != r["id"]:
            err(f"{r['id']}: request {q['id']} not in the list")
    for cid in lab["fulfills"]:
        if cid not in coms:
            err(f"{r['id']}: fulfills unknown {cid}")
        elif sent[coms[cid]["message"]] >= sent[r["id"]]:
            err(f"{r['id']}: fulfils {cid} before it was made")
    for rid in lab["answers"]:
        if rid not in reqs:
            err(f"{r['id']}: answers unknown {rid}")
        elif sent[reqs[rid]["message"]] >= sent[r["id"]]:
            err(f"{r['id']}: answers {rid} before it was asked")
        elif reqs[rid]["by"] == r["original"]["from_email"]:
            err(f"{r['id']}: answers its own sender's request {rid}")
    for s in lab["missed_services"]:
        d = dt.date.fromisoformat(s["date"])
        if s["topic"] not in VOCAB or d > sent[r["id"]].date() or d.weekday() > 4 or d < dt.date(2026, 8, 24):
            err(f"{r['id']}: implausible missed service {s}")

for c in gold["commitments"]:
    fb = [byid[x] for x in c["fulfilled_by_ids"]]
    if any(c["id"] not in x["labels"]["fulfills"] for x in fb):
        err(f"{c['id']}: fulfilled_by does not match labels")
    if [x["source_message_id"] for x in fb] != c["fulfilled_by"]:
        err(f"{c['id']}: fulfilled_by ids/sources differ")
    if fb and fb[0]["original"]["date"] != c["first_fulfilled"]:
        err(f"{c['id']}: first_fulfilled wrong")
    if fb and dt.datetime.fromisoformat(c["first_fulfilled"]).date() <= AS_OF:
        want = "fulfilled"
    elif c["due"]:
        want = "overdue" if dt.date.fromisoformat(c["due"]) < AS_OF else "open"
    else:
        age = (AS_OF - dt.datetime.fromisoformat(c["sent"]).date()).days
        if 2 <= age <= 21:
            err(f"{c['id']}: undated open promise is {age} days old at as_of")
        want = "overdue" if age > 21 else "open"
    if c["status_as_of"] != want:
        err(f"{c['id']}: status {c['status_as_of']} != {want}")
    if c["due"] and dt.date.fromisoformat(c["due"]) < dt.datetime.fromisoformat(c["sent"]).date():
        err(f"{c['id']}: due before sent")
for q in gold["requests"]:
    want = "answered" if q["answered_by_ids"] else "unanswered"
    if q["status_as_of"] != want or any(q["id"] not in byid[x]["labels"]["answers"] for x in q["answered_by_ids"]):
        err(f"{q['id']}: answered status/labels mismatch")
n_missed = sum(len(r["labels"]["missed_services"]) for r in rows)
if n_missed != len(gold["missed_services"]):
    err("missed_services rows do not match labels")
for q in gold["queries"]:
    want = sorted(r["source_message_id"] for r in rows if q["topic"] in r["labels"]["topics"])
    if q["expect"] != want or not want:
        err(f"query {q['q']!r}: expect does not match topic labels")
kinds = {r["arrival"] for r in rows} | {m["arrival"] for m in src.values()}
need = {"direct", "bcc-self", "gmail-forward", "outlook-forward", "apple-forward", "thunderbird-forward",
        "yahoo-forward", "attachment-forward", "not-forwarded"}
if need - kinds:
    err(f"arrival kinds unused: {sorted(need - kinds)}")
if not 45 <= len(rows) <= 55:
    err(f"{len(rows)} emails, outside 45-55")

for e in errs:
    print("ERROR", e)
print(f"{len(rows)} emails checked, {len(errs)} problems")
sys.exit(1 if errs else 0)
