#!/usr/bin/env python3
"""Self-check for the lindqvist corpus (stdlib only). Exit 0 when everything holds."""
import datetime as dt, email, filecmp, json, os, subprocess, sys, tempfile
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import source as S

VOCAB = set("""extended_time preferential_seating breaks read_aloud assistive_technology reduced_assignments
separate_setting class_notes graphic_organizers visual_schedule calculator sensory_tools scribe large_print check_in
speech_language_therapy occupational_therapy physical_therapy counseling specialized_instruction reading_intervention
paraprofessional transportation extended_school_year behavior_support iep_meeting evaluation progress_report
compensatory_services""".split())
KINDS = {"direct", "bcc-self", "gmail-forward", "outlook-forward", "apple-forward", "thunderbird-forward",
         "yahoo-forward", "attachment-forward"}
ERR = []


def err(*a):
    ERR.append(" ".join(str(x) for x in a))


# 1. rebuild equals disk
with tempfile.TemporaryDirectory() as tmp:
    subprocess.run([sys.executable, os.path.join(HERE, "build.py"), tmp], check=True)
    a = sorted(os.listdir(os.path.join(HERE, "mailbox")))
    b = sorted(os.listdir(os.path.join(tmp, "mailbox")))
    if a != b:
        err("mailbox file lists differ")
    for f in b:
        if not filecmp.cmp(os.path.join(HERE, "mailbox", f), os.path.join(tmp, "mailbox", f), shallow=False):
            err("rebuild differs:", f)
    if not filecmp.cmp(os.path.join(HERE, "gold.json"), os.path.join(tmp, "gold.json"), shallow=False):
        err("rebuild differs: gold.json")

g = json.load(open(os.path.join(HERE, "gold.json"), encoding="utf-8"))
asof = dt.date.fromisoformat(g["as_of"])

# key sets against train-c (format reference)
ref_path = "/work/shared/eval/train-c/gold.json"
if os.path.exists(ref_path):
    ref = json.load(open(ref_path))
    if set(ref) != set(g):
        err("top-level keys differ", set(ref) ^ set(g))
    for name in ("messages", "commitments", "requests", "missed_services", "queries"):
        rk = set().union(*(set(x) for x in ref[name]))
        for x in g[name]:
            if not set(x) <= rk:
                err(name, "unknown keys", set(x) - rk)
    rk = set().union(*(set(m["labels"]) for m in ref["messages"]))
    for m in g["messages"]:
        if not set(m["labels"]) <= rk:
            err("label keys", m["id"], set(m["labels"]) - rk)
        if set(m["original"]) != set(ref["messages"][0]["original"]):
            err("original keys", m["id"])

SRC = {m["id"]: m for t in S.THREADS for m in t["messages"]}


def decoded_text(msg):
    out = []
    for part in msg.walk():
        if part.get_content_type() == "text/plain":
            out.append(part.get_content())
    return "\n".join(out)


def header_text(msg):
    out = []
    for part in msg.walk():
        for k, v in part.items():
            out.append("%s: %s" % (k, v))
    return "\n".join(out)


def date_forms(iso):
    d = dt.datetime.fromisoformat(iso)
    h12 = d.strftime("%I:%M").lstrip("0")
    return [d.strftime("%d %b %Y %H:%M"), d.strftime("%b ") + str(d.day) + d.strftime(", %Y at ") + h12,
            d.strftime("%B ") + str(d.day) + d.strftime(", %Y ") + h12, d.strftime("%B ") + str(d.day) + d.strftime(", %Y at ") + h12,
            str(d.day) + d.strftime(" %b %Y %H:%M"), d.strftime("%B ") + str(d.day) + d.strftime(", %Y, %I:%M")]


msgs = g["messages"]
ids = [m["id"] for m in msgs]
if len(set(ids)) != len(ids):
    err("duplicate message ids")
byid = {m["id"]: m for m in msgs}
arrivals = [m["arrived_at"] for m in msgs]
if [dt.datetime.fromisoformat(x) for x in arrivals] != sorted(dt.datetime.fromisoformat(x) for x in arrivals):
    err("files not in arrival order")
if set(m["arrival"] for m in msgs) != KINDS:
    err("arrival kinds used:", set(m["arrival"] for m in msgs) ^ KINDS)
last = max(dt.datetime.fromisoformat(m["arrived_at"]).date() for m in msgs)
if not asof > last:
    err("as_of not after last message")

for i, m in enumerate(msgs, 1):
    if m["file"] != "%04d.eml" % i:
        err("file numbering", m["file"])
    path = os.path.join(HERE, "mailbox", m["file"])
    if not os.path.exists(path):
        err("missing", m["file"]); continue
    msg = email.message_from_binary_file(open(path, "rb"), policy=policy.default)
    if msg["Message-ID"].strip() != m["source_message_id"]:
        err("Message-ID mismatch", m["file"])
    text = decoded_text(msg)
    allt = header_text(msg) + "\n" + text
    o = m["original"]
    if o["from_email"] not in allt:
        err("original from missing", m["file"])
    if o["subject"] not in allt:
        err("original subject missing", m["file"])
    if not any(f in allt for f in date_forms(o["date"])):
        err("original date missing", m["file"], o["date"])
    if m["arrival"] in ("direct", "bcc-self") and o["message_id"] != m["source_message_id"]:
        err("direct message-id should equal original", m["file"])
    src = SRC[m["id"]]
    body = src["body"]
    L = m["labels"]
    for t in L["topics"] + L.get("attachment_topics", []) + [x["topic"] for x in L["missed_services"]]:
        if t not in VOCAB:
            err("bad topic", t, m["id"])
    for q in [c["quote"] for c in L["commitments"]] + [r["quote"] for r in L["requests"]]:
        if q not in body:
            err("quote not in own body", m["id"], q[:50])
        if q not in text:
            err("quote not in decoded eml", m["file"], q[:50])
        sig = S.SIG.get(src.get("sig") if src.get("sig") is not None else src["frm"], "")
        if sig and q in sig:
            err("quote in signature", m["id"])
    od = dt.datetime.fromisoformat(o["date"])
    for x in L["missed_services"]:
        d = dt.date.fromisoformat(x["date"])
        if d.weekday() >= 5 or x["date"] in S.NO_SCHOOL or d < dt.date.fromisoformat(S.TERM_START):
            err("missed date not a school day", m["id"], x["date"])
        if d > od.date():
            err("missed date after report", m["id"], x["date"])

C = {c["id"]: c for c in g["commitments"]}
R = {r["id"]: r for r in g["requests"]}
if len(C) != len(g["commitments"]) or len(R) != len(g["requests"]):
    err("duplicate commitment/request ids")
for m in msgs:
    od = dt.datetime.fromisoformat(m["original"]["date"])
    for f in m["labels"]["fulfills"]:
        if f not in C:
            err("fulfills unknown", f, m["id"])
        elif dt.datetime.fromisoformat(C[f]["sent"]) >= od:
            err("fulfilment before promise", f, m["id"])
    for a in m["labels"]["answers"]:
        if a not in R:
            err("answers unknown", a, m["id"])
        elif dt.datetime.fromisoformat(byid[R[a]["message"]]["original"]["date"]) >= od:
            err("answer before request", a, m["id"])

for c in g["commitments"]:
    ful = [m for m in msgs if c["id"] in m["labels"]["fulfills"]]
    sent = dt.datetime.fromisoformat(c["sent"]).date()
    if ful:
        st = "fulfilled"
    elif c["due"]:
        st = "overdue" if dt.date.fromisoformat(c["due"]) < asof else "open"
    else:
        age = (asof - sent).days
        if 2 <= age <= 21:
            err("undated open promise in the ambiguous 2-21 day zone", c["id"], age)
        st = "overdue" if age > 21 else "open"
    if st != c["status_as_of"]:
        err("status", c["id"], st, c["status_as_of"])
    if sorted(c["fulfilled_by"]) != sorted(m["source_message_id"] for m in ful):
        err("fulfilled_by", c["id"])
    if c["due"] and c["due"] == g["as_of"]:
        err("due equals as_of (ambiguous)", c["id"])
    src_m = byid[c["message"]]
    if c["source_message_id"] != src_m["source_message_id"]:
        err("commitment source id", c["id"])
for r in g["requests"]:
    ans = [m for m in msgs if r["id"] in m["labels"]["answers"]]
    st = "answered" if ans else "unanswered"
    if st != r["status_as_of"]:
        err("request status", r["id"])
for x in g["missed_services"]:
    if x["source_message_id"] != byid[x["message"]]["source_message_id"]:
        err("missed source id")
for q in g["queries"]:
    if q["topic"] not in VOCAB:
        err("query topic", q["topic"])
    exp = sorted(m["source_message_id"] for m in msgs if q["topic"] in m["labels"]["topics"])
    if sorted(q["expect"]) != exp:
        err("query expect", q["q"])
    if not exp:
        err("query with no expected results", q["q"])

if ERR:
    print("\n".join(ERR))
    print("FAILED: %d problem(s)" % len(ERR))
    sys.exit(1)
cs = {}
for c in g["commitments"]:
    cs[c["status_as_of"]] = cs.get(c["status_as_of"], 0) + 1
rs = {}
for r in g["requests"]:
    rs[r["status_as_of"]] = rs.get(r["status_as_of"], 0) + 1
print("OK: %d emails, %d threads, commitments %s, requests %s, %d missed rows, %d queries" % (
    len(msgs), len(set(m["thread"] for m in msgs)), cs, rs, len(g["missed_services"]), len(g["queries"])))
