#!/usr/bin/env python3
"""Consistency checks for the abernathy corpus (stdlib only). Exit 0 when everything passes."""
import datetime as dt, email, email.policy, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import source as S

VOCAB = set("""extended_time preferential_seating breaks read_aloud assistive_technology reduced_assignments separate_setting
class_notes graphic_organizers visual_schedule calculator sensory_tools scribe large_print check_in speech_language_therapy
occupational_therapy physical_therapy counseling specialized_instruction reading_intervention paraprofessional transportation
extended_school_year behavior_support iep_meeting evaluation progress_report compensatory_services""".split())
KINDS = {"direct", "bcc-self", "gmail-forward", "outlook-forward", "apple-forward", "thunderbird-forward", "yahoo-forward", "attachment-forward"}
MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

errors = []


def err(msg):
    errors.append(msg)


def texts(msg):
    """All decoded text/plain content, including attached messages."""
    out = []
    for part in msg.walk():
        if part.get_content_type() == "text/plain":
            out.append(part.get_content())
    return "\n".join(out)


def attached(msg):
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            return part.get_payload()[0]
    return None


def main():
    gold_path = os.path.join(HERE, "gold.json")
    mbox = os.path.join(HERE, "mailbox")
    # 1. rebuild equals disk byte for byte
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, os.path.join(HERE, "build.py"), tmp], check=True, stdout=subprocess.DEVNULL)
        new = sorted(os.listdir(os.path.join(tmp, "mailbox")))
        old = sorted(os.listdir(mbox))
        if new != old:
            err("mailbox file list differs from a rebuild")
        for fn in new:
            if fn in old and open(os.path.join(tmp, "mailbox", fn), "rb").read() != open(os.path.join(mbox, fn), "rb").read():
                err("%s differs from a rebuild" % fn)
        if open(os.path.join(tmp, "gold.json"), "rb").read() != open(gold_path, "rb").read():
            err("gold.json differs from a rebuild")
    g = json.load(open(gold_path))
    as_of = dt.date.fromisoformat(g["as_of"])

    # 2. key sets as in train-c
    ref = "/work/shared/eval/train-c/gold.json"
    if os.path.exists(ref):
        r = json.load(open(ref))
        if set(r) != set(g):
            err("top-level keys differ from train-c: %s" % (set(r) ^ set(g)))
        for k in ("messages", "commitments", "requests", "missed_services", "queries"):
            rk = set().union(*(set(x) for x in r[k]))
            gk = set().union(*(set(x) for x in g[k]))
            if rk != gk:
                err("%s keys differ from train-c: %s" % (k, rk ^ gk))
        rl = set().union(*(set(x["labels"]) for x in r["messages"]))
        gl = set().union(*(set(x["labels"]) for x in g["messages"]))
        if not gl <= rl:
            err("label keys not in train-c: %s" % (gl - rl))
        if set(r["messages"][0]["original"]) != set(g["messages"][0]["original"]):
            err("original keys differ")

    src = {}
    for t in S.THREADS:
        for m in t["messages"]:
            src[m["id"]] = m
    by_id = {m["id"]: m for m in g["messages"]}
    kinds = set()
    com_ids, req_ids = {}, {}
    decoded = {}
    for m in g["messages"]:
        kinds.add(m["arrival"])
        path = os.path.join(mbox, m["file"])
        if not os.path.exists(path):
            err("missing file %s" % m["file"])
            continue
        msg = email.message_from_bytes(open(path, "rb").read(), policy=email.policy.default)
        if msg["Message-ID"].strip() != m["source_message_id"]:
            err("%s Message-ID mismatch" % m["file"])
        txt = texts(msg)
        decoded[m["id"]] = txt
        o = m["original"]
        od = dt.datetime.fromisoformat(o["date"])
        if m["arrival"] in ("direct", "bcc-self"):
            if o["from_email"] not in str(msg["From"]) or str(msg["Subject"]) != o["subject"]:
                err("%s original from/subject not in headers" % m["file"])
            if email.utils.parsedate_to_datetime(str(msg["Date"])) != od:
                err("%s original date not in headers" % m["file"])
            if o["message_id"] != m["source_message_id"]:
                err("%s direct message id mismatch" % m["file"])
        elif m["arrival"] == "attachment-forward":
            inner = attached(msg)
            if inner is None or o["from_email"] not in str(inner["From"]) or str(inner["Subject"]) != o["subject"] \
                    or email.utils.parsedate_to_datetime(str(inner["Date"])) != od or inner["Message-ID"].strip() != o["message_id"]:
                err("%s attached original does not match" % m["file"])
        else:
            if o["from_email"] not in txt or o["subject"] not in txt:
                err("%s original from/subject not in forward block" % m["file"])
            hr = od.hour % 12 or 12
            if ("%d:%02d" % (hr, od.minute)) not in txt and ("%02d:%02d" % (hr, od.minute)) not in txt \
                    and ("%02d:%02d:00" % (od.hour, od.minute)) not in txt:
                err("%s original time not in forward block" % m["file"])
            if str(od.year) not in txt or (MON[od.month - 1][:3] not in txt):
                err("%s original date not in forward block" % m["file"])
        L = m["labels"]
        s = src[m["id"]]
        body = s["body"]
        for t in L["topics"] + L.get("attachment_topics", []):
            if t not in VOCAB:
                err("%s bad topic %s" % (m["id"], t))
        for c in L["commitments"]:
            if c["id"] in com_ids:
                err("duplicate commitment id %s" % c["id"])
            com_ids[c["id"]] = m["id"]
            if c["quote"] not in body:
                err("%s commitment quote not in own body: %s" % (m["id"], c["quote"]))
            if c["quote"] not in txt:
                err("%s commitment quote not in decoded eml" % m["id"])
        for r in L["requests"]:
            if r["id"] in req_ids:
                err("duplicate request id %s" % r["id"])
            req_ids[r["id"]] = m["id"]
            if r["quote"] not in body:
                err("%s request quote not in own body: %s" % (m["id"], r["quote"]))
            if r["quote"] not in txt:
                err("%s request quote not in decoded eml" % m["id"])
        for ms in L["missed_services"]:
            if ms["topic"] not in VOCAB:
                err("%s bad missed topic" % m["id"])
            d = dt.date.fromisoformat(ms["date"])
            if d.weekday() >= 5 or ms["date"] in S.NON_SCHOOL_DAYS:
                err("%s missed date %s not a school day" % (m["id"], ms["date"]))
            if d > od.date():
                err("%s missed date %s after the report" % (m["id"], ms["date"]))
    # fulfils / answers resolve and come later
    for m in g["messages"]:
        od = dt.datetime.fromisoformat(m["original"]["date"])
        for c in m["labels"]["fulfills"]:
            if c not in com_ids:
                err("%s fulfils unknown %s" % (m["id"], c))
            elif dt.datetime.fromisoformat(by_id[com_ids[c]]["original"]["date"]) >= od:
                err("%s fulfils %s before it was made" % (m["id"], c))
        for r in m["labels"]["answers"]:
            if r not in req_ids:
                err("%s answers unknown %s" % (m["id"], r))
            elif dt.datetime.fromisoformat(by_id[req_ids[r]]["original"]["date"]) >= od:
                err("%s answers %s before it was asked" % (m["id"], r))
    # statuses recomputed
    for c in g["commitments"]:
        fb = [by_id[x] for x in c["fulfilled_by_ids"]]
        first = min((dt.datetime.fromisoformat(x["original"]["date"]) for x in fb), default=None)
        sent = dt.datetime.fromisoformat(c["sent"])
        if first and first.date() <= as_of:
            st = "fulfilled"
        elif c["due"]:
            st = "overdue" if dt.date.fromisoformat(c["due"]) < as_of else "open"
        else:
            age = (as_of - sent.date()).days
            if 2 <= age <= 21:
                err("%s undated open promise of ambiguous age %d days" % (c["id"], age))
            st = "overdue" if age > 21 else "open"
        if st != c["status_as_of"]:
            err("%s status %s, expected %s" % (c["id"], c["status_as_of"], st))
        if c["source_message_id"] != by_id[c["message"]]["source_message_id"]:
            err("%s source id mismatch" % c["id"])
        if (first.isoformat() if first else None) != c["first_fulfilled"]:
            err("%s first_fulfilled mismatch" % c["id"])
    for r in g["requests"]:
        st = "answered" if r["answered_by_ids"] else "unanswered"
        if st != r["status_as_of"]:
            err("%s status mismatch" % r["id"])
    for ms in g["missed_services"]:
        if ms["source_message_id"] != by_id[ms["message"]]["source_message_id"]:
            err("missed row source mismatch")
    # queries
    for q in g["queries"]:
        want = sorted(m["source_message_id"] for m in g["messages"] if q["topic"] in m["labels"]["topics"])
        if sorted(q["expect"]) != want or q["topic"] not in VOCAB:
            err("query %s expect mismatch" % q["q"])
    if kinds != KINDS:
        err("arrival kinds missing: %s" % (KINDS - kinds))
    # as_of after last message
    last = max(dt.datetime.fromisoformat(m["arrived_at"]) for m in g["messages"])
    if last.date() >= as_of:
        err("as_of is not after the last message")
    # files in arrival order
    arr = [m["arrived_at"] for m in g["messages"]]
    if [dt.datetime.fromisoformat(a) for a in arr] != sorted(dt.datetime.fromisoformat(a) for a in arr):
        err("messages not in arrival order")
    if errors:
        print("\n".join("FAIL: " + e for e in errors))
        print("%d problems" % len(errors))
        return 1
    print("check.py: all checks passed (%d messages, %d commitments, %d requests, %d missed rows, %d queries)" % (
        len(g["messages"]), len(g["commitments"]), len(g["requests"]), len(g["missed_services"]), len(g["queries"])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
