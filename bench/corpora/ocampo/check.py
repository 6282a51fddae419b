#!/usr/bin/env python3
"""Internal consistency of gold.json against mailbox/ and source.py. Exit 1 on any problem.

Checks: every message row has its .eml with that Message-ID; the original author/date/subject/
Message-ID can be found in the arriving file (headers, forward block or attached message); arrival
order; every label id refers to a real commitment/request; fulfilments and answers come later than
the promise/request and before as_of; each quote is verbatim in the sender's own body (and in the
decoded .eml); statuses recomputed from as_of; missed-service dates not after the reporting
message; topics in the vocabulary; queries equal the topic sets; auto replies/newsletters unlabeled.
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
import source as S  # noqa: E402

problems = []


def bad(msg):
    problems.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def all_text(em):
    """Every text/plain part, including inside attached messages, decoded."""
    out = []
    for part in em.walk():
        if part.get_content_type() == "text/plain" and not part.get_filename():
            out.append(part.get_content())
        elif part.get_content_type() == "message/rfc822":
            inner = part.get_payload()[0] if isinstance(part.get_payload(), list) else part.get_payload()
            for h in ("From", "Subject", "Date", "Message-ID"):
                out.append(f"{h}: {inner.get(h, '')}")
    return "\n".join(out)


def main():
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    as_of = dt.date.fromisoformat(gold["as_of"])
    vocab = set(S.VOCAB)
    src_body = {}
    for t in S.THREADS:
        for m in t["messages"]:
            src_body[m["id"]] = m["body"]

    rows = gold["messages"]
    files = sorted(p.name for p in (HERE / "mailbox").glob("*.eml"))
    if files != [r["file"] for r in rows]:
        bad("mailbox files and gold rows differ")
    if [r["file"] for r in rows] != [f"{i:04d}.eml" for i in range(1, len(rows) + 1)]:
        bad("files not numbered 0001.. in order")
    by_id = {r["id"]: r for r in rows}
    by_src = {r["source_message_id"]: r for r in rows}
    if len(by_src) != len(rows):
        bad("duplicate source_message_id")
    last = None
    texts = {}
    for r in rows:
        raw = (HERE / "mailbox" / r["file"]).read_bytes()
        em = email.message_from_bytes(raw, policy=policy.default)
        if em["Message-ID"].strip() != r["source_message_id"]:
            bad(f"{r['file']}: Message-ID {em['Message-ID']} != {r['source_message_id']}")
        arrived = dt.datetime.fromisoformat(r["arrived_at"])
        if email.utils.parsedate_to_datetime(em["Date"]) != arrived:
            bad(f"{r['file']}: Date header != arrived_at")
        if last and arrived <= last:
            bad(f"{r['file']}: arrival out of order")
        last = arrived
        o = r["original"]
        od = dt.datetime.fromisoformat(o["date"])
        if od > arrived:
            bad(f"{r['file']}: original after arrival")
        if od.date() >= as_of:
            bad(f"{r['file']}: message on/after as_of")
        text = all_text(em)
        texts[r["id"]] = norm(text)
        if r["arrival"] in ("direct", "bcc-self"):
            if o["message_id"] != r["source_message_id"]:
                bad(f"{r['file']}: direct message with different original id")
            if em["Subject"] != o["subject"] or o["from_email"] not in em["From"]:
                bad(f"{r['file']}: direct headers disagree with original")
        else:
            if o["from_email"] not in text or o["subject"] not in text:
                bad(f"{r['file']}: forwarded original author/subject not visible in the file")
            if r["arrival"] == "attachment-forward" and o["message_id"] not in text:
                bad(f"{r['file']}: attached original Message-ID missing")
        if (r["role"] == "parent") != (o["from_email"] == gold["user"]["email"]):
            bad(f"{r['file']}: role parent iff written by the user")
        lab = r["labels"]
        for t in lab["topics"] + lab.get("attachment_topics", []):
            if t not in vocab:
                bad(f"{r['file']}: topic {t} not in vocabulary")
        if len(set(lab["topics"])) != len(lab["topics"]):
            bad(f"{r['file']}: repeated topic")
        if r["auto_reply"] and any(lab[k] for k in ("topics", "commitments", "requests", "answers", "fulfills", "missed_services")):
            bad(f"{r['file']}: auto reply carries labels")
        if r["auto_reply"] and "Auto-Submitted" not in str(em) and "Automatic reply" not in text:
            bad(f"{r['file']}: auto reply not marked")
        for s in lab["students"]:
            if s not in gold["students"]:
                bad(f"{r['file']}: unknown student {s}")
        for ms in lab["missed_services"]:
            if ms["topic"] not in vocab:
                bad(f"{r['file']}: missed topic {ms['topic']}")
            if dt.date.fromisoformat(ms["date"]) > od.date():
                bad(f"{r['file']}: missed service dated after the report")
        for q in [c["quote"] for c in lab["commitments"]] + [q["quote"] for q in lab["requests"]]:
            if q not in src_body[r["id"]]:
                bad(f"{r['id']}: quote not in own body: {q!r}")
            if norm(q) not in texts[r["id"]]:
                bad(f"{r['id']}: quote not in decoded .eml: {q!r}")

    # commitments
    cids = {c["id"]: c for c in gold["commitments"]}
    if len(cids) != len(gold["commitments"]):
        bad("duplicate commitment id")
    labelled = {c["id"] for r in rows for c in r["labels"]["commitments"]}
    if labelled != set(cids):
        bad("commitments[] and message labels disagree")
    fulfil_rows = {}
    for r in rows:
        for c in r["labels"]["fulfills"]:
            if c not in cids:
                bad(f"{r['id']}: fulfills unknown {c}")
            fulfil_rows.setdefault(c, []).append(r)
    for c in gold["commitments"]:
        src = by_src.get(c["source_message_id"])
        if not src or src["id"] != c["message"]:
            bad(f"{c['id']}: source message mismatch")
            continue
        if c["quote"] not in src_body[c["message"]]:
            bad(f"{c['id']}: quote not verbatim")
        sent = dt.datetime.fromisoformat(c["sent"])
        fr = fulfil_rows.get(c["id"], [])
        if sorted(x["source_message_id"] for x in fr) != sorted(c["fulfilled_by"]):
            bad(f"{c['id']}: fulfilled_by disagrees with labels")
        for x in fr:
            if dt.datetime.fromisoformat(x["original"]["date"]) <= sent:
                bad(f"{c['id']}: fulfilled by an earlier message {x['id']}")
        first = min((dt.datetime.fromisoformat(x["original"]["date"]) for x in fr), default=None)
        if (first.isoformat() if first else None) != c["first_fulfilled"]:
            bad(f"{c['id']}: first_fulfilled wrong")
        if c["due"] and dt.date.fromisoformat(c["due"]) < sent.date():
            bad(f"{c['id']}: due before sent")
        if first and first.date() <= as_of:
            want = "fulfilled"
        elif c["due"]:
            want = "overdue" if dt.date.fromisoformat(c["due"]) < as_of else "open"
        else:
            age = (as_of - sent.date()).days
            if 2 <= age <= 21:
                bad(f"{c['id']}: undated open promise of ambiguous age {age}")
            want = "overdue" if age > 21 else "open"
        if c["status_as_of"] != want:
            bad(f"{c['id']}: status {c['status_as_of']} should be {want}")
        if c["by"] not in {p[1] for p in S.PEOPLE.values()}:
            bad(f"{c['id']}: by unknown person")

    # requests
    rids = {q["id"]: q for q in gold["requests"]}
    labelled = {q["id"] for r in rows for q in r["labels"]["requests"]}
    if labelled != set(rids) or len(rids) != len(gold["requests"]):
        bad("requests[] and message labels disagree")
    ans_rows = {}
    for r in rows:
        for q in r["labels"]["answers"]:
            if q not in rids:
                bad(f"{r['id']}: answers unknown {q}")
            ans_rows.setdefault(q, []).append(r)
    for q in gold["requests"]:
        src = by_src.get(q["source_message_id"])
        if not src or src["id"] != q["message"]:
            bad(f"{q['id']}: source message mismatch")
            continue
        sent = dt.datetime.fromisoformat(src["original"]["date"])
        ar = ans_rows.get(q["id"], [])
        if sorted(x["source_message_id"] for x in ar) != sorted(q["answered_by"]):
            bad(f"{q['id']}: answered_by disagrees with labels")
        for x in ar:
            if dt.datetime.fromisoformat(x["original"]["date"]) <= sent:
                bad(f"{q['id']}: answered by an earlier message")
            if x["original"]["from_email"] == q["by"]:
                bad(f"{q['id']}: answered by the asker")
        if q["status_as_of"] != ("answered" if ar else "unanswered"):
            bad(f"{q['id']}: status wrong")

    # missed services
    n = Counter()
    for r in rows:
        for ms in r["labels"]["missed_services"]:
            n[(r["source_message_id"], ms["topic"], ms["date"], ms["minutes"])] += 1
    m = Counter((x["source_message_id"], x["topic"], x["date"], x["minutes"]) for x in gold["missed_services"])
    if n != m:
        bad("missed_services[] and labels disagree")

    # queries
    for q in gold["queries"]:
        want = sorted(r["source_message_id"] for r in rows if q["topic"] in r["labels"]["topics"])
        if sorted(q["expect"]) != want or not want:
            bad(f"query {q['q']!r}: expect set wrong or empty")

    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(rows)} messages, {len(gold['commitments'])} commitments, {len(gold['requests'])} requests, "
          f"{len(gold['missed_services'])} missed rows, {len(gold['queries'])} queries: "
          + ("OK" if not problems else f"{len(problems)} problems"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
