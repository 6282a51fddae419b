#!/usr/bin/env python3
"""Internal consistency of gold.json against mailbox/ and source.py. Exit 1 on any problem.

usage: python3 check.py
"""
import datetime as dt
import email
import json
import re
import sys
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
ARRIVALS = {"direct", "bcc-self", "gmail-forward", "outlook-forward", "apple-forward", "thunderbird-forward",
            "yahoo-forward", "attachment-forward"}
problems = []


def bad(msg):
    problems.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def plain_parts(msg):
    """all text/plain content in the message, including forwarded-as-attachment messages"""
    out, pdfs = [], []
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "text/plain" and not part.get_filename():
            out.append(part.get_content())
        elif ct == "application/pdf":
            pdfs.append(part.get_filename())
        elif ct == "message/rfc822":
            inner = part.get_payload()[0]
            t, p = plain_parts(inner)
            out += t
            pdfs += p
    return out, pdfs


def main():
    gold = json.load(open(HERE / "gold.json"))
    src = {x["id"]: x for t in S.THREADS for x in t["messages"]}
    as_of = dt.date.fromisoformat(gold["as_of"])
    for k in ("corpus", "as_of", "timezone", "user", "students", "messages", "commitments", "requests",
              "missed_services", "queries"):
        if k not in gold:
            bad(f"gold lacks {k}")
    msgs = gold["messages"]
    files = sorted(p.name for p in (HERE / "mailbox").glob("*.eml"))
    if files != [m["file"] for m in msgs]:
        bad("mailbox files and gold messages differ")
    if files != [f"{i:04d}.eml" for i in range(1, len(files) + 1)]:
        bad("mailbox files are not numbered 0001.. without gaps")
    arr = [m["arrived_at"] for m in msgs]
    if [dt.datetime.fromisoformat(a) for a in arr] != sorted(dt.datetime.fromisoformat(a) for a in arr):
        bad("messages are not in arrival order")
    if not (60 <= len(msgs) <= 80):
        bad(f"{len(msgs)} messages, want 60-80")

    by_id = {m["id"]: m for m in msgs}
    srcids = [m["source_message_id"] for m in msgs]
    if len(set(srcids)) != len(srcids):
        bad("duplicate source_message_id")
    known = {p[1] for p in S.PEOPLE.values()}
    last = max(dt.datetime.fromisoformat(m["original"]["date"]).date() for m in msgs)
    if not last < as_of:
        bad("as_of is not after the last message")

    cids, rids = {}, {}
    for m in msgs:
        lab, mid = m["labels"], m["id"]
        if m["arrival"] not in ARRIVALS:
            bad(f"{mid}: arrival {m['arrival']}")
        if m["role"] not in ("school", "parent", "other"):
            bad(f"{mid}: role {m['role']}")
        em = email.message_from_bytes((HERE / "mailbox" / m["file"]).read_bytes(), policy=policy.default)
        if em["Message-ID"] != m["source_message_id"]:
            bad(f"{mid}: Message-ID differs from source_message_id")
        texts, pdfs = plain_parts(em)
        full = norm("\n".join(texts))
        o = m["original"]
        odt = dt.datetime.fromisoformat(o["date"])
        if m["arrival"] in ("direct", "bcc-self"):
            if em["Message-ID"] != o["message_id"]:
                bad(f"{mid}: direct message id differs from original")
            if email.utils.parsedate_to_datetime(em["Date"]) != odt:
                bad(f"{mid}: Date header differs from original date")
            if str(em["Subject"]) != o["subject"]:
                bad(f"{mid}: Subject differs from original")
            if o["from_email"] not in str(em["From"]):
                bad(f"{mid}: From differs from original")
            if m["arrival"] == "bcc-self" and o["from_email"] != gold["user"]["email"]:
                bad(f"{mid}: bcc-self not from the user")
        else:
            if m["arrival"] != "attachment-forward" and (o["from_email"] not in full or o["subject"] not in full):
                bad(f"{mid}: forwarded block lacks the original From/Subject")
            if m["arrival"] == "attachment-forward":
                inner = [p for p in em.walk() if p.get_content_type() == "message/rfc822"]
                if not inner or inner[0].get_payload()[0]["Message-ID"] != o["message_id"]:
                    bad(f"{mid}: attached original missing or wrong Message-ID")
            if dt.datetime.fromisoformat(m["arrived_at"]) < odt:
                bad(f"{mid}: forwarded before it was written")
        body = src[mid]["body"]
        if norm(body) not in full:
            bad(f"{mid}: body not found verbatim in {m['file']}")
        for t in lab["topics"] + lab.get("attachment_topics", []):
            if t not in VOCAB:
                bad(f"{mid}: topic {t} not in vocabulary")
        if lab.get("attachment_topics") and not pdfs:
            bad(f"{mid}: attachment_topics but no attachment")
        if set(lab["students"]) - set(gold["students"]):
            bad(f"{mid}: unknown student")
        for c in lab["commitments"]:
            if c["id"] in cids or c["id"] in rids:
                bad(f"duplicate id {c['id']}")
            cids[c["id"]] = m
            if c["quote"] not in body:
                bad(f"{c['id']}: quote not in the body of {mid}")
            if norm(c["quote"]) not in full:
                bad(f"{c['id']}: quote not in {m['file']}")
            if c["by"] not in known:
                bad(f"{c['id']}: by {c['by']} unknown")
            if c["due"] and dt.date.fromisoformat(c["due"]) < odt.date():
                bad(f"{c['id']}: due before it was made")
        for r in lab["requests"]:
            if r["id"] in rids or r["id"] in cids:
                bad(f"duplicate id {r['id']}")
            rids[r["id"]] = m
            if r["quote"] not in body or norm(r["quote"]) not in full:
                bad(f"{r['id']}: quote not verbatim in {mid}")
            if r["by"] != o["from_email"]:
                bad(f"{r['id']}: asked by someone other than the author")
        for s in lab["missed_services"]:
            if s["topic"] not in VOCAB:
                bad(f"{mid}: missed topic {s['topic']}")
            if dt.date.fromisoformat(s["date"]) > odt.date():
                bad(f"{mid}: missed service dated after the report")
            if s["minutes"] is not None and not isinstance(s["minutes"], int):
                bad(f"{mid}: minutes")

    def earlier(a, b):
        return dt.datetime.fromisoformat(a["original"]["date"]) < dt.datetime.fromisoformat(b["original"]["date"])

    for m in msgs:
        for f in m["labels"]["fulfills"]:
            if f not in cids:
                bad(f"{m['id']}: fulfills unknown {f}")
            elif not earlier(cids[f], m):
                bad(f"{m['id']}: fulfills {f} made later")
        for a in m["labels"]["answers"]:
            if a not in rids:
                bad(f"{m['id']}: answers unknown {a}")
            elif not earlier(rids[a], m):
                bad(f"{m['id']}: answers {a} asked later")
            elif rids[a]["original"]["from_email"] == m["original"]["from_email"]:
                bad(f"{m['id']}: answers its own author's request {a}")

    # top-level tables agree with the per-message labels
    if sorted(c["id"] for c in gold["commitments"]) != sorted(cids):
        bad("commitments[] and message labels differ")
    if sorted(r["id"] for r in gold["requests"]) != sorted(rids):
        bad("requests[] and message labels differ")
    for c in gold["commitments"]:
        m = cids.get(c["id"])
        if not m or c["source_message_id"] != m["source_message_id"]:
            bad(f"{c['id']}: wrong source message")
            continue
        ful = [x for x in msgs if c["id"] in x["labels"]["fulfills"]]
        if sorted(c["fulfilled_by"]) != sorted(x["source_message_id"] for x in ful):
            bad(f"{c['id']}: fulfilled_by inconsistent")
        first = min((x["original"]["date"] for x in ful), key=dt.datetime.fromisoformat, default=None)
        if c["first_fulfilled"] != first:
            bad(f"{c['id']}: first_fulfilled inconsistent")
        sent = dt.datetime.fromisoformat(c["sent"]).date()
        if first and dt.datetime.fromisoformat(first).date() <= as_of:
            want = "fulfilled"
        elif c["due"]:
            want = "overdue" if dt.date.fromisoformat(c["due"]) < as_of else "open"
        else:
            age = (as_of - sent).days
            if 2 <= age <= 21:
                bad(f"{c['id']}: undated, unfulfilled and {age} days old (status would hinge on a default)")
            want = "overdue" if age > 21 else "open"
        if c["status_as_of"] != want:
            bad(f"{c['id']}: status {c['status_as_of']} but should be {want}")
        if c["due"] and c["status_as_of"] != "fulfilled" and abs((dt.date.fromisoformat(c["due"]) - as_of).days) < 1:
            bad(f"{c['id']}: due on as_of (ambiguous)")
    for r in gold["requests"]:
        m = rids.get(r["id"])
        if not m or r["source_message_id"] != m["source_message_id"]:
            bad(f"{r['id']}: wrong source message")
            continue
        ans = [x["source_message_id"] for x in msgs if r["id"] in x["labels"]["answers"]]
        if sorted(r["answered_by"]) != sorted(ans):
            bad(f"{r['id']}: answered_by inconsistent")
        if r["status_as_of"] != ("answered" if ans else "unanswered"):
            bad(f"{r['id']}: status inconsistent")
    rows = [(s["source_message_id"], s["topic"], s["date"], s["minutes"]) for s in gold["missed_services"]]
    lab_rows = [(m["source_message_id"], s["topic"], s["date"], s["minutes"]) for m in msgs for s in m["labels"]["missed_services"]]
    if sorted(rows, key=str) != sorted(lab_rows, key=str):
        bad("missed_services[] and message labels differ")
    valid = set(srcids)
    for q in gold["queries"]:
        if q["topic"] not in VOCAB or not q["expect"] or set(q["expect"]) - valid:
            bad(f"query {q['q']!r}: bad topic or expect")
        want = {m["source_message_id"] for m in msgs if q["topic"] in m["labels"]["topics"]}
        if set(q["expect"]) != want:
            bad(f"query {q['q']!r}: expect differs from topic labels")
    for m in msgs:
        if m["auto_reply"] and any(m["labels"][k] for k in ("topics", "commitments", "requests", "missed_services")):
            bad(f"{m['id']}: auto reply carries labels")

    for p in problems:
        print("PROBLEM", p)
    st = lambda rows, k: {v: sum(1 for r in rows if r[k] == v) for v in sorted({r[k] for r in rows})}
    print(f"{len(msgs)} emails, {len({m['thread'] for m in msgs})} threads; commitments {st(gold['commitments'], 'status_as_of')}; "
          f"requests {st(gold['requests'], 'status_as_of')}; {len(gold['missed_services'])} missed rows; "
          f"{len(gold['queries'])} queries; arrivals {st(msgs, 'arrival')}")
    print("OK" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
