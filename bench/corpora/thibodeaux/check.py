#!/usr/bin/env python3
"""Consistency checks for the thibodeaux corpus (stdlib only). Exit 1 on any failure."""
import datetime as dt, email, email.policy, email.utils, filecmp, importlib.util, json, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("source", os.path.join(HERE, "source.py"))
S = importlib.util.module_from_spec(spec)
spec.loader.exec_module(S)

VOCAB = set("""extended_time preferential_seating breaks read_aloud assistive_technology reduced_assignments separate_setting
class_notes graphic_organizers visual_schedule calculator sensory_tools scribe large_print check_in speech_language_therapy
occupational_therapy physical_therapy counseling specialized_instruction reading_intervention paraprofessional transportation
extended_school_year behavior_support iep_meeting evaluation progress_report compensatory_services""".split())
KINDS = {"direct", "bcc-self", "gmail-forward", "outlook-forward", "apple-forward", "thunderbird-forward", "yahoo-forward", "attachment-forward"}
errors = []


def err(msg):
    errors.append(msg)


# 1. rebuild equals disk
with tempfile.TemporaryDirectory() as tmp:
    subprocess.run([sys.executable, os.path.join(HERE, "build.py"), tmp], check=True)
    names = sorted(os.listdir(os.path.join(tmp, "mailbox")))
    if names != sorted(os.listdir(os.path.join(HERE, "mailbox"))):
        err("mailbox file list differs from rebuild")
    for n in names:
        if not filecmp.cmp(os.path.join(tmp, "mailbox", n), os.path.join(HERE, "mailbox", n), shallow=False):
            err(f"{n} differs from rebuild")
    if not filecmp.cmp(os.path.join(tmp, "gold.json"), os.path.join(HERE, "gold.json"), shallow=False):
        err("gold.json differs from rebuild")

gold = json.load(open(os.path.join(HERE, "gold.json")))
as_of = dt.date.fromisoformat(gold["as_of"])

# 0. keys match the train-c format where that reference is available
ref_path = "/work/shared/eval/train-c/gold.json"
if os.path.exists(ref_path):
    ref = json.load(open(ref_path))
    if set(ref) != set(gold):
        err(f"top-level keys differ: {set(ref) ^ set(gold)}")
    for sec in ("messages", "commitments", "requests", "missed_services", "queries"):
        rk = set().union(*(r.keys() for r in ref[sec]))
        for row in gold[sec]:
            if set(row) != rk:
                err(f"{sec} row keys {set(row) ^ rk}")
    lk = set().union(*(m["labels"].keys() for m in ref["messages"]))
    ok_ = set(ref["messages"][0]["original"])
    for m in gold["messages"]:
        if not set(m["labels"]) <= lk or not {"topics", "commitments", "fulfills", "requests", "answers", "missed_services"} <= set(m["labels"]):
            err(f"{m['id']} label keys {set(m['labels'])}")
        if set(m["original"]) != ok_:
            err(f"{m['id']} original keys")

src = {}
for t in S.THREADS:
    for m in t["messages"]:
        src[m["id"]] = m
body_of = {k: v["body"] for k, v in src.items()}


def parse_dt(s):
    return dt.datetime.fromisoformat(s)


def decoded_parts(msg):
    out = []
    for part in msg.walk():
        if part.get_content_type() in ("text/plain", "text/html"):
            out.append(part.get_content())
    return out


MONTHS = "January February March April May June July August September October November December".split()


def block_dates(text):
    """Every date/time found in forward-block header lines, as naive local datetimes (to the minute)."""
    found = []
    for line in text.split("\n"):
        m = re.match(r"(?:Date|Sent):\s*(.*)$", line.strip())
        if not m:
            continue
        v = m.group(1).strip()
        pats = [
            (r"\w{3}, (\w{3}) (\d+), (\d{4}) at (\d+):(\d\d) (AM|PM)", "b d y H M p"),
            (r"\w+, (\w+) (\d+), (\d{4}),? (\d+):(\d\d)(?::\d\d)? (AM|PM)", "B d y H M p"),
            (r"(\w+) (\d+), (\d{4}) at (\d+):(\d\d):\d\d (AM|PM)", "B d y H M p"),
            (r"\w{3}, (\d+) (\w{3}) (\d{4}) (\d\d):(\d\d):\d\d", "d b y H M"),
        ]
        for p, order in pats:
            mm = re.match(p, v)
            if not mm:
                continue
            g = dict(zip(order.split(), mm.groups()))
            mon = g.get("B") or g.get("b")
            mi = [x[:3] for x in MONTHS].index(mon[:3]) + 1
            hr = int(g["H"])
            if "p" in g:
                hr = hr % 12 + (12 if g["p"] == "PM" else 0)
            found.append(dt.datetime(int(g["y"]), mi, int(g["d"]), hr, int(g["M"])))
            break
    return found


files = {}
for m in gold["messages"]:
    path = os.path.join(HERE, "mailbox", m["file"])
    if not os.path.exists(path):
        err(f"missing {m['file']}")
        continue
    raw = open(path, "rb").read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    if msg["Message-ID"].strip() != m["source_message_id"]:
        err(f"{m['file']}: Message-ID {msg['Message-ID']} != {m['source_message_id']}")
    texts = decoded_parts(msg)
    alltext = "\n".join(texts)
    files[m["id"]] = alltext
    o = m["original"]
    od = parse_dt(o["date"])
    if m["arrival"] not in KINDS:
        err(f"{m['id']}: arrival {m['arrival']}")
    if m["arrival"] in ("direct", "bcc-self"):
        if email.utils.parseaddr(str(msg["From"]))[1] != o["from_email"]:
            err(f"{m['id']}: From header")
        if str(msg["Subject"]) != o["subject"]:
            err(f"{m['id']}: Subject header")
        if email.utils.parsedate_to_datetime(str(msg["Date"])) != od:
            err(f"{m['id']}: Date header")
        if o["message_id"] != m["source_message_id"]:
            err(f"{m['id']}: direct message id")
        if S.TRAIL not in (str(msg.get("Delivered-To", "")) + str(msg.get("Cc", ""))):
            err(f"{m['id']}: trail address missing")
    elif m["arrival"] == "attachment-forward":
        inner = [p for p in msg.walk() if p.get_content_type() == "message/rfc822"]
        if not inner:
            err(f"{m['id']}: no attached message")
            continue
        im = inner[0].get_content()
        if email.utils.parseaddr(str(im["From"]))[1] != o["from_email"] or str(im["Subject"]) != o["subject"] \
                or email.utils.parsedate_to_datetime(str(im["Date"])) != od or str(im["Message-ID"]).strip() != o["message_id"]:
            err(f"{m['id']}: attached message headers")
        files[m["id"]] = alltext + "\n".join(decoded_parts(im))
    else:
        if o["from_email"] not in alltext or o["subject"] not in alltext:
            err(f"{m['id']}: forward block lacks from/subject")
        local = od.replace(tzinfo=None)
        if local not in block_dates(alltext):
            err(f"{m['id']}: forward block lacks original date {local}")
        if not str(msg["Subject"]).endswith(o["subject"]):
            err(f"{m['id']}: outer subject")
    if m["role"] not in ("school", "parent", "other"):
        err(f"{m['id']}: role")
    for t in m["labels"]["topics"] + m["labels"].get("attachment_topics", []):
        if t not in VOCAB:
            err(f"{m['id']}: topic {t}")
    for s in gold["students"]:
        pass

# arrival kinds
used = {m["arrival"] for m in gold["messages"]}
if used != KINDS:
    err(f"arrival kinds missing: {KINDS - used}")
# file order = arrival order
arr = [parse_dt(m["arrived_at"]) for m in gold["messages"]]
if arr != sorted(arr):
    err("files not in arrival order")

byid = {m["id"]: m for m in gold["messages"]}
cids = {c["id"] for c in gold["commitments"]}
rids = {r["id"] for r in gold["requests"]}
if len(cids) != len(gold["commitments"]) or len(rids) != len(gold["requests"]):
    err("duplicate ids")


def quote_ok(kind, row):
    mid = row["message"]
    body = body_of[mid]
    sig_key = src[mid].get("sig")
    if row["quote"] not in body:
        err(f"{kind} {row['id']}: quote not in own body of {mid}")
    if sig_key and row["quote"] in S.SIG[sig_key]:
        err(f"{kind} {row['id']}: quote inside signature")
    if row["quote"] not in files.get(mid, ""):
        err(f"{kind} {row['id']}: quote not in decoded .eml")
    lab = [x for x in byid[mid]["labels"]["commitments" if kind == "C" else "requests"] if x["id"] == row["id"]]
    if len(lab) != 1 or lab[0]["quote"] != row["quote"] or lab[0]["by"] != row["by"]:
        err(f"{kind} {row['id']}: label row mismatch")


for c in gold["commitments"]:
    quote_ok("C", c)
    sent = parse_dt(c["sent"])
    fl = c["fulfilled_by_ids"]
    for f in fl:
        if f not in byid or c["id"] not in byid[f]["labels"]["fulfills"]:
            err(f"{c['id']}: fulfiller {f} does not resolve")
        elif parse_dt(byid[f]["original"]["date"]) <= sent:
            err(f"{c['id']}: fulfilled before it was made")
    if [byid[f]["source_message_id"] for f in fl] != c["fulfilled_by"]:
        err(f"{c['id']}: fulfilled_by ids")
    if fl:
        exp = "fulfilled"
        if c["first_fulfilled"] != min(byid[f]["original"]["date"] for f in fl):
            err(f"{c['id']}: first_fulfilled")
    elif c["due"]:
        exp = "overdue" if dt.date.fromisoformat(c["due"]) < as_of else "open"
    else:
        age = (as_of - sent.date()).days
        exp = "overdue" if age > 21 else "open" if age < 2 else "AMBIGUOUS"
    if exp != c["status_as_of"]:
        err(f"{c['id']}: status {c['status_as_of']} expected {exp}")
    if c["due"] and dt.date.fromisoformat(c["due"]) < sent.date():
        err(f"{c['id']}: due before sent")
for m in gold["messages"]:
    for f in m["labels"]["fulfills"]:
        if f not in cids:
            err(f"{m['id']}: fulfills unknown {f}")
    for a in m["labels"]["answers"]:
        if a not in rids:
            err(f"{m['id']}: answers unknown {a}")

for r in gold["requests"]:
    quote_ok("R", r)
    sent = parse_dt(byid[r["message"]]["original"]["date"])
    for a in r["answered_by_ids"]:
        if parse_dt(byid[a]["original"]["date"]) <= sent or r["id"] not in byid[a]["labels"]["answers"]:
            err(f"{r['id']}: bad answer {a}")
    if r["status_as_of"] != ("answered" if r["answered_by_ids"] else "unanswered"):
        err(f"{r['id']}: status")

holidays = {dt.date.fromisoformat(x) for x in S.HOLIDAYS}
t0, t1 = (dt.date.fromisoformat(x) for x in S.TERM)
ms_labels = []
for m in gold["messages"]:
    for x in m["labels"]["missed_services"]:
        ms_labels.append((x["topic"], x["date"], x["minutes"], m["id"]))
if sorted(map(repr, ms_labels)) != sorted(repr((x["topic"], x["date"], x["minutes"], x["message"])) for x in gold["missed_services"]):
    err("missed_services rows do not match labels")
for x in gold["missed_services"]:
    d = dt.date.fromisoformat(x["date"])
    rep = parse_dt(byid[x["message"]]["original"]["date"]).date()
    if d.weekday() >= 5 or d in holidays or not (t0 <= d <= t1):
        err(f"missed {x}: not a school day")
    if d > rep:
        err(f"missed {x}: after the report")
    if x["topic"] not in VOCAB:
        err(f"missed {x}: topic")
    if x["source_message_id"] != byid[x["message"]]["source_message_id"]:
        err(f"missed {x}: source id")

for q in gold["queries"]:
    exp = sorted(m["source_message_id"] for m in gold["messages"] if q["topic"] in m["labels"]["topics"])
    if sorted(q["expect"]) != exp or q["topic"] not in VOCAB:
        err(f"query {q['q']}: expect mismatch")

if parse_dt(gold["messages"][-1]["arrived_at"]).date() >= as_of:
    err("as_of not after last message")

if errors:
    print("\n".join(errors))
    print(f"FAIL: {len(errors)} problem(s)")
    sys.exit(1)
print(f"OK: {len(gold['messages'])} emails, {len({m['thread'] for m in gold['messages']})} threads, "
      f"{len(gold['commitments'])} commitments, {len(gold['requests'])} requests, "
      f"{len(gold['missed_services'])} missed rows, {len(gold['queries'])} queries")
