#!/usr/bin/env python3
"""Consistency checks for the prewitt corpus. Exits non-zero on any failure."""
import datetime as dt
import email
import filecmp
import json
import os
import subprocess
import sys
import tempfile
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import source as S  # noqa: E402

VOCAB = set("""extended_time preferential_seating breaks read_aloud assistive_technology
reduced_assignments separate_setting class_notes graphic_organizers visual_schedule calculator
sensory_tools scribe large_print check_in speech_language_therapy occupational_therapy
physical_therapy counseling specialized_instruction reading_intervention paraprofessional
transportation extended_school_year behavior_support iep_meeting evaluation progress_report
compensatory_services""".split())
ARRIVALS = {"direct", "bcc-self", "gmail-forward", "outlook-forward", "apple-forward",
            "thunderbird-forward", "yahoo-forward", "attachment-forward"}
ROLES = {"school", "parent", "other"}

errors = []


def err(msg):
    errors.append(msg)


def texts(msg):
    out = []
    for part in msg.walk():
        if part.get_content_type() == "text/plain":
            out.append(part.get_content())
    return "\n".join(out)


def inner_original(msg):
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            return part.get_payload(0)
    return None


def main():
    gold_path = os.path.join(HERE, "gold.json")
    gold = json.load(open(gold_path, encoding="utf-8"))
    as_of = dt.date.fromisoformat(gold["as_of"])
    src = {m["id"]: m for m in S.MESSAGES}

    # -------- reproducibility: build twice into temp dirs, compare with each other and the folder
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        for d in (a, b):
            subprocess.run([sys.executable, os.path.join(HERE, "build.py"), d], check=True)
        for d in (b, HERE):
            if not filecmp.cmp(os.path.join(a, "gold.json"), os.path.join(d, "gold.json"), shallow=False):
                err(f"gold.json differs between builds ({d})")
            fa = sorted(os.listdir(os.path.join(a, "mailbox")))
            fd = sorted(f for f in os.listdir(os.path.join(d, "mailbox")) if f.endswith(".eml"))
            if fa != fd:
                err(f"mailbox file lists differ ({d})")
            for f in fa:
                if f in fd and not filecmp.cmp(os.path.join(a, "mailbox", f), os.path.join(d, "mailbox", f), shallow=False):
                    err(f"{f} differs between builds ({d})")

    # -------- top level
    for k in ("corpus", "as_of", "timezone", "user", "trail_address", "students", "messages",
              "commitments", "requests", "missed_services", "queries"):
        if k not in gold:
            err(f"gold missing key {k}")
    msgs = gold["messages"]
    ids = [m["id"] for m in msgs]
    if len(set(ids)) != len(ids):
        err("duplicate message ids")
    sids = [m["source_message_id"] for m in msgs]
    if len(set(sids)) != len(sids):
        err("duplicate source_message_ids")
    by_id = {m["id"]: m for m in msgs}
    order = {m["id"]: i for i, m in enumerate(msgs)}

    # -------- per message
    prev_arr = None
    commit_defs, req_defs = {}, {}
    writers = set()
    for i, m in enumerate(msgs, 1):
        if m["file"] != f"{i:04d}.eml":
            err(f"{m['id']}: file name {m['file']} not in arrival order")
        if m["arrival"] not in ARRIVALS:
            err(f"{m['id']}: bad arrival {m['arrival']}")
        if m["role"] not in ROLES:
            err(f"{m['id']}: bad role")
        arr = dt.datetime.fromisoformat(m["arrived_at"])
        odate = dt.datetime.fromisoformat(m["original"]["date"])
        if prev_arr and arr < prev_arr:
            err(f"{m['id']}: arrival order not monotonic")
        prev_arr = arr
        if arr < odate:
            err(f"{m['id']}: arrived before it was written")
        if arr.date() >= as_of or odate.date() >= as_of:
            err(f"{m['id']}: dated on/after as_of")
        writers.add(m["original"]["from_email"])
        path = os.path.join(HERE, "mailbox", m["file"])
        raw = open(path, "rb").read()
        msg = email.message_from_bytes(raw, policy=policy.default)
        if msg["Message-ID"].strip() != m["source_message_id"]:
            err(f"{m['id']}: Message-ID header != source_message_id")
        if m["arrival"] in ("direct", "bcc-self"):
            if m["source_message_id"] != m["original"]["message_id"]:
                err(f"{m['id']}: direct message ids differ")
            if "Delivered-To" not in msg:
                err(f"{m['id']}: no Delivered-To")
        else:
            if msg["To"].strip() != gold["trail_address"]:
                err(f"{m['id']}: forward not addressed to the trail")
        if m["arrival"] == "bcc-self" and m["original"]["from_email"] != gold["user"]["email"]:
            err(f"{m['id']}: bcc-self not from the user")
        if m["arrival"] == "attachment-forward":
            inner = inner_original(msg)
            if inner is None or inner["Message-ID"].strip() != m["original"]["message_id"]:
                err(f"{m['id']}: attachment-forward inner message-id mismatch")
        decoded = texts(msg)
        if m["original"]["from_email"] not in decoded and m["original"]["from_email"] not in raw.decode("utf-8", "replace"):
            err(f"{m['id']}: original sender not visible")
        own = src[m["id"]]["body"]
        lab = m["labels"]
        for t in lab["topics"] + lab.get("attachment_topics", []):
            if t not in VOCAB:
                err(f"{m['id']}: topic {t} not in vocabulary")
        if m["auto_reply"] and any(lab[k] for k in ("topics", "commitments", "requests", "missed_services")):
            err(f"{m['id']}: auto-reply carries labels")
        for c in lab["commitments"]:
            if c["id"] in commit_defs:
                err(f"{c['id']} defined twice")
            commit_defs[c["id"]] = m["id"]
            if c["quote"] not in own:
                err(f"{c['id']}: quote not in the message's own body")
            if c["quote"] not in decoded:
                err(f"{c['id']}: quote not in decoded .eml text")
            if c["due"]:
                due = dt.date.fromisoformat(c["due"])
                if due < odate.date():
                    err(f"{c['id']}: due before it was promised")
        for r in lab["requests"]:
            if r["id"] in req_defs:
                err(f"{r['id']} defined twice")
            req_defs[r["id"]] = m["id"]
            if r["quote"] not in own:
                err(f"{r['id']}: quote not in the message's own body")
            if r["quote"] not in decoded:
                err(f"{r['id']}: quote not in decoded .eml text")
        for x in lab["missed_services"]:
            if x["topic"] not in VOCAB:
                err(f"{m['id']}: missed topic {x['topic']} not in vocabulary")
            if dt.date.fromisoformat(x["date"]) > odate.date():
                err(f"{m['id']}: missed service dated after the report")
            if x["minutes"] is not None and not isinstance(x["minutes"], int):
                err(f"{m['id']}: minutes not int/null")

    # fulfills / answers refer to earlier-written commitments / requests
    for m in msgs:
        odate = dt.datetime.fromisoformat(m["original"]["date"])
        for cid in m["labels"]["fulfills"]:
            if cid not in commit_defs:
                err(f"{m['id']}: fulfills unknown {cid}")
            elif dt.datetime.fromisoformat(by_id[commit_defs[cid]]["original"]["date"]) > odate:
                err(f"{m['id']}: fulfills {cid} before it was made")
        for rid in m["labels"]["answers"]:
            if rid not in req_defs:
                err(f"{m['id']}: answers unknown {rid}")
            elif dt.datetime.fromisoformat(by_id[req_defs[rid]]["original"]["date"]) > odate:
                err(f"{m['id']}: answers {rid} before it was asked")

    # -------- top-level tables consistent with message labels
    people_emails = {p[1] for p in S.PEOPLE.values()}
    if {c["id"] for c in gold["commitments"]} != set(commit_defs):
        err("commitments table != message labels")
    for c in gold["commitments"]:
        if c["by"] not in people_emails:
            err(f"{c['id']}: by {c['by']} unknown")
        if c["message"] not in by_id or by_id[c["message"]]["source_message_id"] != c["source_message_id"]:
            err(f"{c['id']}: bad message reference")
        for sid in c["fulfilled_by"]:
            if sid not in sids:
                err(f"{c['id']}: fulfilled_by unknown message")
        sent = dt.datetime.fromisoformat(c["sent"]).date()
        if c["fulfilled_by"]:
            want = "fulfilled"
            if dt.datetime.fromisoformat(c["first_fulfilled"]).date() >= as_of:
                err(f"{c['id']}: fulfilled after as_of")
        elif c["due"]:
            want = "overdue" if dt.date.fromisoformat(c["due"]) < as_of else "open"
        else:
            age = (as_of - sent).days
            if 2 <= age <= 21:
                err(f"{c['id']}: undated, unfulfilled and {age} days old (ambiguous status)")
            want = "overdue" if age > 21 else "open"
        if c["status_as_of"] != want:
            err(f"{c['id']}: status {c['status_as_of']} != {want}")
    if {r["id"] for r in gold["requests"]} != set(req_defs):
        err("requests table != message labels")
    for r in gold["requests"]:
        for sid in r["answered_by"]:
            if sid not in sids:
                err(f"{r['id']}: answered_by unknown message")
        want = "answered" if r["answered_by"] else "unanswered"
        if r["status_as_of"] != want:
            err(f"{r['id']}: status mismatch")
    n_missed = sum(len(m["labels"]["missed_services"]) for m in msgs)
    if n_missed != len(gold["missed_services"]):
        err("missed_services table != message labels")
    for x in gold["missed_services"]:
        if x["source_message_id"] not in sids:
            err("missed service refers to unknown message")
    for q in gold["queries"]:
        if q["topic"] not in VOCAB:
            err(f"query {q['q']}: topic not in vocabulary")
        want = sorted(m["source_message_id"] for m in msgs if q["topic"] in m["labels"]["topics"])
        if sorted(q["expect"]) != want or not want:
            err(f"query {q['q']}: expect mismatch or empty")

    # -------- shape of the family
    if not 40 <= len(msgs) <= 55:
        err(f"{len(msgs)} messages (want 40-55)")
    if len(writers) < 15:
        err(f"only {len(writers)} distinct writers")
    first = min(dt.datetime.fromisoformat(m["original"]["date"]) for m in msgs)
    last = max(dt.datetime.fromisoformat(m["original"]["date"]) for m in msgs)
    if not 8 * 7 <= (last - first).days <= 12 * 7:
        err(f"span {(last - first).days} days (want 8-12 weeks)")
    for dom in writers | {gold["trail_address"], gold["user"]["email"]}:
        d = dom.split("@")[1]
        if not (".example." in "." + d + "." or d.endswith(".example") or d in ("outlook.com", "yahoo.com", "gmail.com")):
            err(f"non-fictional domain {d}")

    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print(f"OK: {len(msgs)} messages, {len(gold['commitments'])} commitments, {len(gold['requests'])} requests, "
          f"{len(gold['missed_services'])} missed-service rows, {len(gold['queries'])} queries, {len(writers)} writers")


if __name__ == "__main__":
    main()
