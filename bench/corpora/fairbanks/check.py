#!/usr/bin/env python3
"""Consistency checks for the Fairbanks corpus (stdlib only).

    python3 check.py          # checks ./mailbox and ./gold.json against source.py / build.py
"""
import datetime as dt
import email
import filecmp
import json
import os
import re
import sys
import tempfile
from email import policy
from email.utils import parseaddr, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build as B  # noqa: E402
import source as S  # noqa: E402

VOCAB = set("""extended_time preferential_seating breaks read_aloud assistive_technology
reduced_assignments separate_setting class_notes graphic_organizers visual_schedule calculator
sensory_tools scribe large_print check_in speech_language_therapy occupational_therapy
physical_therapy counseling specialized_instruction reading_intervention paraprofessional
transportation extended_school_year behavior_support iep_meeting evaluation progress_report
compensatory_services""".split())
ARRIVALS = set(B.ARRIVALS)
KEYS = {
    "top": ["corpus", "as_of", "timezone", "user", "trail_address", "students", "messages",
            "commitments", "requests", "missed_services", "queries"],
    "message": ["file", "id", "thread", "arrival", "arrived_at", "source_message_id", "role",
                "original", "auto_reply", "labels"],
    "original": ["from_name", "from_email", "date", "subject", "message_id"],
    "labels": ["topics", "commitments", "fulfills", "requests", "answers", "missed_services"],
    "lab_commit": ["id", "by", "what", "quote", "due"],
    "lab_request": ["id", "by", "quote"],
    "lab_missed": ["topic", "date", "minutes"],
    "commitment": ["id", "message", "source_message_id", "sent", "by", "by_role", "what", "quote",
                   "due", "fulfilled_by", "fulfilled_by_ids", "first_fulfilled", "status_as_of"],
    "request": ["id", "message", "source_message_id", "by", "quote", "answered_by_ids",
                "answered_by", "status_as_of"],
    "missed": ["topic", "date", "minutes", "message", "source_message_id"],
    "query": ["q", "topic", "expect"],
}
errors = []


def err(msg):
    errors.append(msg)


def keys_ok(obj, want, what, optional=()):
    got = set(obj)
    if not (set(want) <= got <= set(want) | set(optional)):
        err("%s keys %s != %s" % (what, sorted(got), sorted(want)))


def school_day(d):
    if d.weekday() >= 5:
        return False
    if not (S.TERM_START <= d.isoformat() <= S.TERM_END):
        return False
    return d.isoformat() not in S.NO_SCHOOL


def texts(msg):
    """decoded text/plain parts of a message, outer first; attached messages separately"""
    outer, inner, inner_msgs = [], [], []
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            inner_msgs.append(part.get_payload()[0])
    inner_parts = set()
    for im in inner_msgs:
        for p in im.walk():
            inner_parts.add(id(p))
            if p.get_content_type() == "text/plain":
                inner.append(p.get_content())
    for part in msg.walk():
        if id(part) in inner_parts:
            continue
        if part.get_content_type() == "text/plain" and part.get_content_disposition() != "attachment":
            outer.append(part.get_content())
    return outer, inner, inner_msgs


def main():
    # 1. rebuild equals disk
    with tempfile.TemporaryDirectory() as tmp:
        B.build(tmp)
        a = sorted(os.listdir(os.path.join(tmp, "mailbox")))
        b = sorted(os.listdir(os.path.join(HERE, "mailbox")))
        if a != b:
            err("mailbox file list differs from a rebuild")
        for f in a:
            if f in b and not filecmp.cmp(os.path.join(tmp, "mailbox", f), os.path.join(HERE, "mailbox", f),
                                          shallow=False):
                err("%s differs from a rebuild" % f)
        if not filecmp.cmp(os.path.join(tmp, "gold.json"), os.path.join(HERE, "gold.json"), shallow=False):
            err("gold.json differs from a rebuild")

    g = json.load(open(os.path.join(HERE, "gold.json"), encoding="utf-8"))
    keys_ok(g, KEYS["top"], "gold")
    as_of = g["as_of"]
    msgs = g["messages"]
    byid = {m["id"]: m for m in msgs}
    src = {}
    for t in S.THREADS:
        for m in t["messages"]:
            src[m["id"]] = m
    # map gold id -> source message via original message id
    loaded, _, _, _ = B.load()
    for lm in loaded:
        B.render(lm, {x.sid: x for x in loaded})
    by_src_mid = {lm.src_mid: lm for lm in loaded}

    files = sorted(os.listdir(os.path.join(HERE, "mailbox")))
    if files != [m["file"] for m in msgs]:
        err("gold messages and mailbox files differ")
    prev = ""
    arrivals = set()
    for m in msgs:
        keys_ok(m, KEYS["message"], "message " + m["id"])
        keys_ok(m["original"], KEYS["original"], "original " + m["id"])
        keys_ok(m["labels"], KEYS["labels"], "labels " + m["id"], optional=["attachment_topics"])
        if m["arrived_at"] < prev:
            err("arrival order broken at %s" % m["file"])
        prev = m["arrived_at"]
        arrivals.add(m["arrival"])
        if m["arrival"] not in ARRIVALS:
            err("unknown arrival %s" % m["arrival"])
        raw = open(os.path.join(HERE, "mailbox", m["file"]), "rb").read()
        e = email.message_from_bytes(raw, policy=policy.default)
        if e["Message-ID"].strip() != m["source_message_id"]:
            err("%s Message-ID %s != %s" % (m["file"], e["Message-ID"], m["source_message_id"]))
        o = m["original"]
        odate = dt.datetime.fromisoformat(o["date"])
        outer, inner, inner_msgs = texts(e)
        lm = by_src_mid[m["source_message_id"]]
        if m["arrival"] in ("direct", "bcc-self"):
            if parseaddr(str(e["From"]))[1] != o["from_email"]:
                err("%s From mismatch" % m["file"])
            if str(e["Subject"]) != o["subject"]:
                err("%s Subject mismatch" % m["file"])
            if parsedate_to_datetime(str(e["Date"])) != odate:
                err("%s Date mismatch" % m["file"])
            if m["source_message_id"] != o["message_id"]:
                err("%s direct message ids differ" % m["file"])
            if m["arrival"] == "bcc-self" and o["from_email"] != g["user"]["email"]:
                err("%s bcc-self not from the user" % m["file"])
            if m["arrival"] == "direct" and o["from_email"] == g["user"]["email"]:
                err("%s direct but from the user" % m["file"])
            newtext = "\n".join(outer)
        elif m["arrival"] == "attachment-forward":
            if len(inner_msgs) != 1:
                err("%s attachment-forward without one attached message" % m["file"])
                continue
            im = inner_msgs[0]
            if parseaddr(str(im["From"]))[1] != o["from_email"] or str(im["Subject"]) != o["subject"] \
                    or parsedate_to_datetime(str(im["Date"])) != odate or im["Message-ID"].strip() != o["message_id"]:
                err("%s attached message headers do not match original" % m["file"])
            newtext = "\n".join(inner)
        else:
            t = "\n".join(outer)
            fclient = S.P[lm.forwarder][3]
            datefmt = {"gmail": B.fmt_gmail, "outlookcom": B.fmt_outlook, "ios": B.fmt_apple,
                       "thunderbird": B.fmt_tbird, "yahoo": B.fmt_yahoo}[fclient](odate)
            marker = {"gmail": "---------- Forwarded message ---------", "outlookcom": "________________________________\nFrom:",
                      "ios": "Begin forwarded message:", "thunderbird": "-------- Forwarded Message --------",
                      "yahoo": "----- Forwarded Message -----"}[fclient]
            want_arrival = {"gmail": "gmail-forward", "outlookcom": "outlook-forward", "ios": "apple-forward",
                            "thunderbird": "thunderbird-forward", "yahoo": "yahoo-forward"}[fclient]
            if want_arrival != m["arrival"]:
                err("%s arrival %s but forwarded with %s" % (m["file"], m["arrival"], fclient))
            if marker not in t:
                err("%s forward marker missing" % m["file"])
            blk = t[t.index(marker):] if marker in t else ""
            head = blk[:800]
            for piece in (o["from_email"], o["subject"], datefmt):
                if piece not in head:
                    err("%s forward block lacks %r" % (m["file"], piece))
            newtext = blk
        # quotes: in source body (own new text), and in decoded eml
        body = lm.raw["body"]
        sig = B.sig_text(lm)
        flat = re.sub(r"\s+", " ", newtext)
        for sec in ("commitments", "requests"):
            for x in m["labels"][sec]:
                keys_ok(x, KEYS["lab_commit" if sec == "commitments" else "lab_request"], sec + " label")
                if x["quote"] not in body:
                    err("%s quote not in own body: %r" % (m["id"], x["quote"]))
                if sig and x["quote"] in sig:
                    err("%s quote in signature" % m["id"])
                if x["quote"] not in newtext and re.sub(r"\s+", " ", x["quote"]) not in flat:
                    err("%s quote not in decoded eml: %r" % (m["id"], x["quote"]))
        for tp in m["labels"]["topics"] + m["labels"].get("attachment_topics", []):
            if tp not in VOCAB:
                err("%s topic %s not in vocabulary" % (m["id"], tp))
        if m["labels"].get("attachment_topics") and not lm.atts:
            err("%s attachment_topics without an attachment" % m["id"])
        for x in m["labels"]["missed_services"]:
            keys_ok(x, KEYS["lab_missed"], "missed label")
            d = dt.date.fromisoformat(x["date"])
            if x["topic"] not in VOCAB:
                err("%s missed topic %s" % (m["id"], x["topic"]))
            if not school_day(d):
                err("%s missed date %s not a school day" % (m["id"], x["date"]))
            if d > odate.date():
                err("%s missed date %s after the report" % (m["id"], x["date"]))
        if m["auto_reply"] and (m["labels"]["topics"] or m["labels"]["commitments"] or m["labels"]["requests"]):
            err("%s auto-reply carries labels" % m["id"])
    missing = ARRIVALS - arrivals
    if missing:
        err("arrival kinds never used: %s" % sorted(missing))

    # commitments
    cids = {c["id"]: c for c in g["commitments"]}
    lab_c = {}
    for m in msgs:
        for c in m["labels"]["commitments"]:
            if c["id"] in lab_c:
                err("duplicate commitment id %s" % c["id"])
            lab_c[c["id"]] = (m, c)
    if set(cids) != set(lab_c):
        err("commitment ids differ between labels and list")
    a = dt.date.fromisoformat(as_of)
    for c in g["commitments"]:
        keys_ok(c, KEYS["commitment"], "commitment " + c["id"])
        m, lc = lab_c[c["id"]]
        if c["message"] != m["id"] or c["source_message_id"] != m["source_message_id"] or c["quote"] != lc["quote"] \
                or c["due"] != lc["due"] or c["by"] != lc["by"] or c["sent"] != m["original"]["date"]:
            err("commitment %s list row disagrees with its label" % c["id"])
        ful = [x for x in msgs if c["id"] in x["labels"]["fulfills"]]
        if sorted(x["id"] for x in ful) != sorted(c["fulfilled_by_ids"]):
            err("commitment %s fulfilled_by_ids wrong" % c["id"])
        if sorted(x["source_message_id"] for x in ful) != sorted(c["fulfilled_by"]):
            err("commitment %s fulfilled_by wrong" % c["id"])
        for x in ful:
            if x["original"]["date"] <= c["sent"]:
                err("commitment %s fulfilled before it was made" % c["id"])
        first = min((x["original"]["date"] for x in ful), default=None)
        if first != c["first_fulfilled"]:
            err("commitment %s first_fulfilled wrong" % c["id"])
        if first and first[:10] <= as_of:
            st = "fulfilled"
        elif c["due"]:
            st = "overdue" if dt.date.fromisoformat(c["due"]) < a else "open"
        else:
            age = (a - dt.date.fromisoformat(c["sent"][:10])).days
            if 2 <= age <= 21:
                err("commitment %s undated and %d days old at as_of (ambiguous)" % (c["id"], age))
            st = "overdue" if age > 21 else "open"
        if st != c["status_as_of"]:
            err("commitment %s status %s != %s" % (c["id"], c["status_as_of"], st))
        if c["due"] and c["due"] < c["sent"][:10]:
            err("commitment %s due before sent" % c["id"])
    for m in msgs:
        for f in m["labels"]["fulfills"]:
            if f not in cids:
                err("%s fulfills unknown %s" % (m["id"], f))

    # requests
    rids = {r["id"]: r for r in g["requests"]}
    lab_r = {}
    for m in msgs:
        for r in m["labels"]["requests"]:
            if r["id"] in lab_r:
                err("duplicate request id %s" % r["id"])
            lab_r[r["id"]] = (m, r)
    if set(rids) != set(lab_r):
        err("request ids differ between labels and list")
    for r in g["requests"]:
        keys_ok(r, KEYS["request"], "request " + r["id"])
        m, lr = lab_r[r["id"]]
        if r["message"] != m["id"] or r["quote"] != lr["quote"] or r["by"] != m["original"]["from_email"]:
            err("request %s list row disagrees with label" % r["id"])
        ans = [x for x in msgs if r["id"] in x["labels"]["answers"]]
        if sorted(x["id"] for x in ans) != sorted(r["answered_by_ids"]) or \
                sorted(x["source_message_id"] for x in ans) != sorted(r["answered_by"]):
            err("request %s answered_by wrong" % r["id"])
        for x in ans:
            if x["original"]["date"] <= m["original"]["date"]:
                err("request %s answered before it was asked" % r["id"])
            if x["original"]["from_email"] == m["original"]["from_email"]:
                err("request %s answered by its own asker" % r["id"])
        st = "answered" if ans else "unanswered"
        if st != r["status_as_of"]:
            err("request %s status wrong" % r["id"])
    for m in msgs:
        for x in m["labels"]["answers"]:
            if x not in rids:
                err("%s answers unknown %s" % (m["id"], x))

    # missed list mirrors labels
    rows = []
    for m in msgs:
        for x in m["labels"]["missed_services"]:
            rows.append({"topic": x["topic"], "date": x["date"], "minutes": x["minutes"], "message": m["id"],
                         "source_message_id": m["source_message_id"]})
    if rows != g["missed_services"]:
        err("missed_services list does not mirror the labels")
    for x in g["missed_services"]:
        keys_ok(x, KEYS["missed"], "missed row")

    # queries
    for q in g["queries"]:
        keys_ok(q, KEYS["query"], "query")
        if q["topic"] not in VOCAB:
            err("query topic %s" % q["topic"])
        want = sorted(m["source_message_id"] for m in msgs if q["topic"] in m["labels"]["topics"])
        if sorted(q["expect"]) != want:
            err("query %r expect wrong" % q["q"])
        if not want:
            err("query %r has no expected messages" % q["q"])

    # as_of after the last message
    last = max(m["arrived_at"] for m in msgs)
    if as_of <= last[:10]:
        err("as_of is not after the last message")

    # summary
    from collections import Counter
    print("messages %d, threads %d" % (len(msgs), len({m["thread"] for m in msgs})))
    print("arrivals", dict(Counter(m["arrival"] for m in msgs)))
    print("commitments %d %s" % (len(g["commitments"]), dict(Counter(c["status_as_of"] for c in g["commitments"]))))
    print("requests %d %s" % (len(g["requests"]), dict(Counter(r["status_as_of"] for r in g["requests"]))))
    print("missed rows %d, queries %d" % (len(g["missed_services"]), len(g["queries"])))
    if errors:
        print("\nFAIL (%d problems)" % len(errors))
        for e_ in errors:
            print(" -", e_)
        sys.exit(1)
    print("\nOK: all checks pass")


if __name__ == "__main__":
    main()
