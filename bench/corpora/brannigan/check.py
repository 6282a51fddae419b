#!/usr/bin/env python3
"""Consistency checks for the brannigan corpus; exits non-zero on any failure."""
import email
import email.policy
import filecmp
import json
import os
import subprocess
import sys
import tempfile
from datetime import date, datetime

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


def decoded_text(path):
    with open(path, "rb") as fh:
        msg = email.message_from_binary_file(fh, policy=email.policy.default)
    texts = []
    for part in msg.walk():
        if part.get_content_type() == "text/plain":
            texts.append(part.get_content())
    return msg, "\n".join(texts)


def main():
    gold_path = os.path.join(HERE, "gold.json")
    mb = os.path.join(HERE, "mailbox")
    gold = json.load(open(gold_path, encoding="utf-8"))
    as_of = date.fromisoformat(gold["as_of"])
    msgs = gold["messages"]
    files = sorted(f for f in os.listdir(mb) if f.endswith(".eml"))
    if [m["file"] for m in msgs] != files:
        err("gold messages do not match mailbox files one to one, in order")
    if files != ["%04d.eml" % i for i in range(1, len(files) + 1)]:
        err("mailbox files are not numbered 0001.. without gaps")

    by_id = {m["id"]: m for m in msgs}
    pos = {m["id"]: i for i, m in enumerate(msgs)}
    src_ids = [m["source_message_id"] for m in msgs]
    if len(set(src_ids)) != len(src_ids):
        err("duplicate source_message_id")
    prev_arr = None
    texts = {}
    for m in msgs:
        path = os.path.join(mb, m["file"])
        if not os.path.exists(path):
            err("%s missing" % m["file"])
            continue
        em, text = decoded_text(path)
        texts[m["id"]] = text
        if em["Message-ID"].strip() != m["source_message_id"]:
            err("%s: Message-ID %s != gold %s" % (m["file"], em["Message-ID"], m["source_message_id"]))
        if m["arrival"] not in ARRIVALS:
            err("%s: bad arrival %s" % (m["file"], m["arrival"]))
        if m["role"] not in ROLES:
            err("%s: bad role" % m["file"])
        arr = datetime.fromisoformat(m["arrived_at"])
        odate = datetime.fromisoformat(m["original"]["date"])
        if prev_arr and arr < prev_arr:
            err("%s: arrival order broken" % m["file"])
        prev_arr = arr
        if arr < odate:
            err("%s: arrives before it was sent" % m["file"])
        if arr.date() >= as_of:
            err("%s: arrives on/after as_of" % m["file"])
        if m["original"]["from_email"].lower() not in text.lower() and m["arrival"] not in ("direct", "bcc-self", "attachment-forward"):
            err("%s: forwarded text lacks original sender address" % m["file"])
        if m["arrival"] in ("direct", "bcc-self"):
            if m["original"]["message_id"] != m["source_message_id"]:
                err("%s: direct message ids differ" % m["file"])
            if m["original"]["from_email"] not in em["From"]:
                err("%s: From header != original sender" % m["file"])
        if m["arrival"] == "bcc-self" and m["original"]["from_email"] != gold["user"]["email"]:
            err("%s: bcc-self not from the user" % m["file"])
        lab = m["labels"]
        for key in ("topics", "commitments", "fulfills", "requests", "answers", "missed_services"):
            if key not in lab:
                err("%s: labels.%s missing" % (m["file"], key))
        for t in lab["topics"] + lab.get("attachment_topics", []):
            if t not in VOCAB:
                err("%s: topic %s not in vocabulary" % (m["file"], t))
        for ms in lab["missed_services"]:
            if ms["topic"] not in VOCAB:
                err("%s: missed topic %s" % (m["file"], ms["topic"]))
            # an announced cancellation ("no job site this Thursday") may report a date a few days ahead
            if (date.fromisoformat(ms["date"]) - odate.date()).days > 7:
                err("%s: missed service dated more than a week after the report" % m["file"])
            if ms["minutes"] is not None and not isinstance(ms["minutes"], int):
                err("%s: minutes not int" % m["file"])
        for c in lab["commitments"]:
            if c["quote"] not in text:
                err("%s: commitment %s quote not in decoded text" % (m["file"], c["id"]))
            if c["due"] and date.fromisoformat(c["due"]) < odate.date():
                err("%s: commitment %s due before sent" % (m["file"], c["id"]))
        for r in lab["requests"]:
            if r["quote"] not in text:
                err("%s: request %s quote not in decoded text" % (m["file"], r["id"]))
        if m["auto_reply"] and (lab["topics"] or lab["commitments"] or lab["requests"]):
            err("%s: auto reply carries labels" % m["file"])

    # source bodies: every quote is a substring of the body the sender wrote
    for th in S.THREADS:
        for sm in th["messages"]:
            for c in sm["labels"]["commitments"] + sm["labels"]["requests"]:
                if c["quote"] not in sm["body"]:
                    err("%s: quote %s not in source body" % (sm["id"], c["id"]))

    cids = [c["id"] for c in gold["commitments"]]
    rids = [r["id"] for r in gold["requests"]]
    if len(set(cids)) != len(cids):
        err("duplicate commitment ids")
    if len(set(rids)) != len(rids):
        err("duplicate request ids")
    cmap = {c["id"]: c for c in gold["commitments"]}
    rmap = {r["id"]: r for r in gold["requests"]}
    for m in msgs:
        for f in m["labels"]["fulfills"]:
            if f not in cmap:
                err("%s fulfills unknown %s" % (m["id"], f))
            elif pos[cmap[f]["message"]] >= pos[m["id"]]:
                err("%s fulfills %s which arrives later" % (m["id"], f))
        for a in m["labels"]["answers"]:
            if a not in rmap:
                err("%s answers unknown %s" % (m["id"], a))
            elif pos[rmap[a]["message"]] >= pos[m["id"]]:
                err("%s answers %s which arrives later" % (m["id"], a))
    for c in gold["commitments"]:
        if c["message"] not in by_id or by_id[c["message"]]["source_message_id"] != c["source_message_id"]:
            err("commitment %s: bad message ref" % c["id"])
        for x, s in zip(c["fulfilled_by_ids"], c["fulfilled_by"]):
            if x not in by_id or by_id[x]["source_message_id"] != s:
                err("commitment %s: bad fulfilled_by" % c["id"])
        sent = datetime.fromisoformat(c["sent"]).date()
        if c["fulfilled_by_ids"]:
            want = "fulfilled"
        elif c["due"]:
            want = "overdue" if date.fromisoformat(c["due"]) < as_of else "open"
        else:
            age = (as_of - sent).days
            want = "overdue" if age > 21 else "open"
            if 2 <= age <= 21:
                err("commitment %s: undated and unfulfilled at an ambiguous age (%d days)" % (c["id"], age))
        if c["status_as_of"] != want:
            err("commitment %s: status %s, expected %s" % (c["id"], c["status_as_of"], want))
    for r in gold["requests"]:
        if r["message"] not in by_id or by_id[r["message"]]["source_message_id"] != r["source_message_id"]:
            err("request %s: bad message ref" % r["id"])
        want = "answered" if r["answered_by_ids"] else "unanswered"
        if r["status_as_of"] != want:
            err("request %s: status" % r["id"])
    for ms in gold["missed_services"]:
        if ms["message"] not in by_id or by_id[ms["message"]]["source_message_id"] != ms["source_message_id"]:
            err("missed row: bad message ref %s" % ms)
    for q in gold["queries"]:
        if q["topic"] not in VOCAB:
            err("query topic %s" % q["topic"])
        want = sorted(m["source_message_id"] for m in msgs if q["topic"] in m["labels"]["topics"])
        if q["expect"] != want or not want:
            err("query %s: expect list wrong or empty" % q["q"])
    if len(gold["students"]) != 1:
        for m in msgs:
            if "students" not in m["labels"]:
                err("%s: students label required" % m["id"])

    # reproducible byte for byte
    with tempfile.TemporaryDirectory() as t1, tempfile.TemporaryDirectory() as t2:
        for t in (t1, t2):
            subprocess.run([sys.executable, os.path.join(HERE, "build.py"), t], check=True, cwd=HERE)
        for t in (t1, t2):
            if not filecmp.cmp(os.path.join(t, "gold.json"), gold_path, shallow=False):
                err("gold.json differs from a fresh build")
            got = sorted(os.listdir(os.path.join(t, "mailbox")))
            if got != files:
                err("fresh build has different files")
                continue
            for f in files:
                if not filecmp.cmp(os.path.join(t, "mailbox", f), os.path.join(mb, f), shallow=False):
                    err("%s differs from a fresh build" % f)

    if errors:
        for e in errors:
            print("FAIL:", e)
        print("%d problem(s)" % len(errors))
        sys.exit(1)
    print("ok: %d messages, %d commitments, %d requests, %d missed-service rows, %d queries"
          % (len(msgs), len(gold["commitments"]), len(gold["requests"]), len(gold["missed_services"]), len(gold["queries"])))


if __name__ == "__main__":
    main()
