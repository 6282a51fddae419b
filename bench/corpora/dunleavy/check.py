#!/usr/bin/env python3
"""Consistency checks for the `dunleavy` corpus. Exits non-zero on any failure.

- every label refers to an existing message / commitment / request
- every topic id is in CORPUS_SPEC's vocabulary
- every commitment / request quote appears verbatim in the decoded text of its message
- dates are consistent with as_of (statuses recomputed, nothing after as_of)
- the build is reproducible byte-for-byte (rebuild into a temp dir and compare)
"""
import datetime as dt
import email
import email.policy
import filecmp
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

VOCAB = set("""extended_time preferential_seating breaks read_aloud assistive_technology
reduced_assignments separate_setting class_notes graphic_organizers visual_schedule
calculator sensory_tools scribe large_print check_in speech_language_therapy
occupational_therapy physical_therapy counseling specialized_instruction reading_intervention
paraprofessional transportation extended_school_year behavior_support iep_meeting evaluation
progress_report compensatory_services""".split())
ARRIVALS = {"direct", "bcc-self", "gmail-forward", "outlook-forward", "apple-forward",
            "thunderbird-forward", "yahoo-forward", "attachment-forward"}
ROLES = {"school", "parent", "other"}

errors = []


def err(msg):
    errors.append(msg)


def decoded_text(msg):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "text/plain":
            out.append(part.get_payload(decode=True).decode("utf-8"))
    return "\n".join(out)


def inner_ids(msg):
    ids = []
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            for sub in part.get_payload():
                ids.append(str(sub.get("Message-ID", "")).strip())
    return ids


def main():
    gold = json.load(open(os.path.join(HERE, "gold.json"), encoding="utf-8"))
    as_of = dt.date.fromisoformat(gold["as_of"])
    mb = os.path.join(HERE, "mailbox")
    files = sorted(f for f in os.listdir(mb) if f.endswith(".eml"))
    msgs = gold["messages"]
    if [m["file"] for m in msgs] != files:
        err("gold messages do not match mailbox files one-to-one in order")
    by_id = {m["id"]: m for m in msgs}
    by_smid = {m["source_message_id"]: m for m in msgs}
    if len(by_id) != len(msgs) or len(by_smid) != len(msgs):
        err("duplicate message id or source_message_id")
    prev = None
    commit_def, req_def = {}, {}
    for m in msgs:
        path = os.path.join(mb, m["file"])
        raw = open(path, "rb").read()
        em = email.message_from_bytes(raw, policy=email.policy.default)
        if str(em["Message-ID"]).strip() != m["source_message_id"]:
            err("%s: Message-ID header != source_message_id" % m["file"])
        if m["arrival"] not in ARRIVALS:
            err("%s: bad arrival %s" % (m["file"], m["arrival"]))
        if m["role"] not in ROLES:
            err("%s: bad role" % m["file"])
        arr = dt.datetime.fromisoformat(m["arrived_at"])
        odate = dt.datetime.fromisoformat(m["original"]["date"])
        if prev and arr < prev:
            err("%s: arrival order broken" % m["file"])
        prev = arr
        if arr < odate:
            err("%s: arrives before it was written" % m["file"])
        if arr.date() >= as_of or odate.date() >= as_of:
            err("%s: dated on/after as_of" % m["file"])
        text = decoded_text(em)
        orig = m["original"]
        if m["arrival"] in ("direct", "bcc-self"):
            if orig["message_id"] != m["source_message_id"]:
                err("%s: original id differs for unforwarded mail" % m["file"])
            if str(em["From"]).find(orig["from_email"]) < 0:
                err("%s: From does not match original author" % m["file"])
        else:
            if orig["from_email"] not in text and orig["from_email"] not in raw.decode("utf-8"):
                err("%s: original author not visible in forward" % m["file"])
        if m["arrival"] == "direct":
            rc = " ".join(str(em.get(h, "")) for h in ("To", "Cc"))
            if gold["trail_address"] not in rc and "Delivered-To" not in em:
                err("%s: direct mail not addressed to trail" % m["file"])
        if m["arrival"] == "bcc-self" and orig["from_email"] != gold["user"]["email"]:
            err("%s: bcc-self not from the user" % m["file"])
        if m["arrival"] == "attachment-forward" and orig["message_id"] not in inner_ids(em):
            err("%s: attached message id mismatch" % m["file"])
        if m["auto_reply"] and "Auto-Submitted" not in em and m["arrival"] in ("direct",):
            err("%s: auto reply without header" % m["file"])
        lab = m["labels"]
        for t in lab["topics"] + lab.get("attachment_topics", []):
            if t not in VOCAB:
                err("%s: topic %s not in vocabulary" % (m["file"], t))
        if len(set(lab["topics"])) != len(lab["topics"]):
            err("%s: duplicate topics" % m["file"])
        for c in lab["commitments"]:
            if c["quote"] not in text:
                err("%s: commitment %s quote not in decoded text" % (m["file"], c["id"]))
            if c["id"] in commit_def:
                err("duplicate commitment id %s" % c["id"])
            commit_def[c["id"]] = (m, c)
            if c["due"]:
                dt.date.fromisoformat(c["due"])
        for r in lab["requests"]:
            if r["quote"] not in text:
                err("%s: request %s quote not in decoded text" % (m["file"], r["id"]))
            if r["id"] in req_def:
                err("duplicate request id %s" % r["id"])
            req_def[r["id"]] = (m, r)
        for ms in lab["missed_services"]:
            if ms["topic"] not in VOCAB:
                err("%s: missed topic %s" % (m["file"], ms["topic"]))
            if dt.date.fromisoformat(ms["date"]) > as_of:
                err("%s: missed date after as_of" % m["file"])
            if ms["topic"] not in lab["topics"]:
                err("%s: missed topic %s not among message topics" % (m["file"], ms["topic"]))
    # references (must point to something said earlier)
    for m in msgs:
        od = dt.datetime.fromisoformat(m["original"]["date"])
        for cid in m["labels"]["fulfills"]:
            if cid not in commit_def:
                err("%s fulfills unknown %s" % (m["id"], cid))
            elif dt.datetime.fromisoformat(commit_def[cid][0]["original"]["date"]) >= od:
                err("%s fulfills %s before it was made" % (m["id"], cid))
        for rid in m["labels"]["answers"]:
            if rid not in req_def:
                err("%s answers unknown %s" % (m["id"], rid))
            elif dt.datetime.fromisoformat(req_def[rid][0]["original"]["date"]) >= od:
                err("%s answers %s before it was asked" % (m["id"], rid))
    # top-level tables agree with per-message labels and as_of
    if {c["id"] for c in gold["commitments"]} != set(commit_def):
        err("commitments table does not match message labels")
    for c in gold["commitments"]:
        m, lc = commit_def.get(c["id"], (None, None))
        if not m:
            continue
        if c["source_message_id"] != m["source_message_id"] or c["quote"] != lc["quote"]:
            err("commitment %s table mismatch" % c["id"])
        fb = [x["id"] for x in msgs if c["id"] in x["labels"]["fulfills"]]
        if sorted(fb) != sorted(c["fulfilled_by_ids"]):
            err("commitment %s fulfilled_by mismatch" % c["id"])
        for s in c["fulfilled_by"]:
            if s not in by_smid:
                err("commitment %s fulfilled_by unknown message" % c["id"])
        sent = dt.datetime.fromisoformat(c["sent"]).date()
        if fb:
            want = "fulfilled"
        elif c["due"]:
            want = "overdue" if dt.date.fromisoformat(c["due"]) < as_of else "open"
            if dt.date.fromisoformat(c["due"]) < sent:
                err("commitment %s due before it was made" % c["id"])
        else:
            age = (as_of - sent).days
            want = "overdue" if age > 21 else "open"
            if 2 <= age <= 21:
                err("undated open commitment %s is neither fresh nor old (%d days)" % (c["id"], age))
        if c["status_as_of"] != want:
            err("commitment %s status %s, expected %s" % (c["id"], c["status_as_of"], want))
    if {r["id"] for r in gold["requests"]} != set(req_def):
        err("requests table does not match message labels")
    for r in gold["requests"]:
        ab = [x["id"] for x in msgs if r["id"] in x["labels"]["answers"]]
        if sorted(ab) != sorted(r["answered_by_ids"]):
            err("request %s answered_by mismatch" % r["id"])
        if r["status_as_of"] != ("answered" if ab else "unanswered"):
            err("request %s status wrong" % r["id"])
    rows = sorted((x["topic"], x["date"], x["message"]) for x in gold["missed_services"])
    lrows = sorted((ms["topic"], ms["date"], m["id"]) for m in msgs for ms in m["labels"]["missed_services"])
    if rows != lrows:
        err("missed_services table does not match message labels")
    for q in gold["queries"]:
        if q["topic"] not in VOCAB:
            err("query topic %s" % q["topic"])
        want = sorted(m["source_message_id"] for m in msgs if q["topic"] in m["labels"]["topics"])
        if sorted(q["expect"]) != want:
            err("query %s expect mismatch" % q["q"])
    # reproducibility
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, os.path.join(HERE, "build.py"), tmp], check=True, cwd=HERE)
        if not filecmp.cmp(os.path.join(tmp, "gold.json"), os.path.join(HERE, "gold.json"), shallow=False):
            err("gold.json not reproducible")
        tfiles = sorted(os.listdir(os.path.join(tmp, "mailbox")))
        if tfiles != files:
            err("rebuilt mailbox has different files")
        for f in files:
            if not filecmp.cmp(os.path.join(tmp, "mailbox", f), os.path.join(mb, f), shallow=False):
                err("%s not reproducible" % f)
    if errors:
        for e in errors:
            print("FAIL:", e)
        sys.exit(1)
    print("OK: %d messages, %d commitments, %d requests, %d missed-service rows, %d queries"
          % (len(msgs), len(gold["commitments"]), len(gold["requests"]), len(gold["missed_services"]),
             len(gold["queries"])))


if __name__ == "__main__":
    main()
