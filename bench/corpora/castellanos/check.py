#!/usr/bin/env python3
"""Consistency checks for the castellanos corpus. Exits non-zero on any failure."""
import sys, os, json, re, email, tempfile, subprocess, filecmp, datetime
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import source as S

VOCAB = set("""extended_time preferential_seating breaks read_aloud assistive_technology reduced_assignments
separate_setting class_notes graphic_organizers visual_schedule calculator sensory_tools scribe large_print check_in
speech_language_therapy occupational_therapy physical_therapy counseling specialized_instruction reading_intervention
paraprofessional transportation extended_school_year behavior_support iep_meeting evaluation progress_report
compensatory_services""".split())
ARRIVALS = {"direct", "bcc-self", "gmail-forward", "outlook-forward", "apple-forward", "thunderbird-forward",
            "yahoo-forward", "attachment-forward", "not-forwarded"}
errors = []


def err(s):
    errors.append(s)


def texts(msg):
    out = []
    for part in msg.walk():
        if part.get_content_type() == "text/plain" and not part.get_filename():
            out.append(part.get_content())
    return "\n".join(out)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


gold = json.load(open(os.path.join(HERE, "gold.json"), encoding="utf-8"))
as_of = datetime.date.fromisoformat(gold["as_of"])
msgs = gold["messages"]
files = sorted(f for f in os.listdir(os.path.join(HERE, "mailbox")) if f.endswith(".eml"))
if files != [m["file"] for m in msgs]:
    err("mailbox files and gold messages differ")
byid = {m["id"]: m for m in msgs}
srcids = [m["source_message_id"] for m in msgs]
if len(set(srcids)) != len(srcids):
    err("duplicate source_message_id")
prev = None
cids, rids = {}, {}
for m in msgs:
    if m["arrival"] not in ARRIVALS or m["arrival"] == "not-forwarded":
        err("%s bad arrival %s" % (m["file"], m["arrival"]))
    raw = open(os.path.join(HERE, "mailbox", m["file"]), "rb").read()
    em = email.message_from_bytes(raw, policy=policy.default)
    if em["Message-ID"].strip() != m["source_message_id"]:
        err("%s Message-ID mismatch" % m["file"])
    txt = norm(texts(em))
    if m["arrival"] in ("direct", "bcc-self") and m["original"]["message_id"] != m["source_message_id"]:
        err("%s original id should equal source id" % m["file"])
    d = datetime.datetime.fromisoformat(m["original"]["date"])
    a = datetime.datetime.fromisoformat(m["arrived_at"])
    if a < d:
        err("%s arrives before sent" % m["file"])
    if prev and a < prev:
        err("%s out of arrival order" % m["file"])
    prev = a
    if a.date() >= as_of:
        err("%s arrives on/after as_of" % m["file"])
    L = m["labels"]
    for k in ("topics", "attachment_topics"):
        for t in L.get(k, []):
            if t not in VOCAB:
                err("%s unknown topic %s" % (m["file"], t))
    if len(gold["students"]) > 1 and "students" not in L:
        err("%s missing students" % m["file"])
    for s in L["students"]:
        if s not in gold["students"]:
            err("%s unknown student %s" % (m["file"], s))
    for c in L["commitments"]:
        if c["id"] in cids:
            err("duplicate commitment id %s" % c["id"])
        cids[c["id"]] = (m, c)
        if norm(c["quote"]) not in txt:
            err("%s commitment quote not in text: %s" % (m["file"], c["quote"]))
    for r in L["requests"]:
        if r["id"] in rids:
            err("duplicate request id %s" % r["id"])
        rids[r["id"]] = (m, r)
        if norm(r["quote"]) not in txt:
            err("%s request quote not in text: %s" % (m["file"], r["quote"]))
    for s in L["missed_services"]:
        if s["topic"] not in VOCAB:
            err("%s missed topic %s" % (m["file"], s["topic"]))
        sd = datetime.date.fromisoformat(s["date"])
        # an announced cancellation ("no speech tomorrow") may be dated a few days after the message
        if sd > d.date() + datetime.timedelta(days=7) or sd >= as_of:
            err("%s missed service dated too far after the message / after as_of" % m["file"])
    if m["auto_reply"] and any(L[k] for k in ("topics", "commitments", "requests", "fulfills", "answers", "missed_services")):
        err("%s auto-reply carries labels" % m["file"])
    # quotes in labels must come from the sender's own text, not from a quoted older message
    src = next(x for t in S.THREADS for x in t["messages"] if x["id"] == m["id"])
    for q in [c["quote"] for c in L["commitments"]] + [r["quote"] for r in L["requests"]]:
        if q not in src["body"]:
            err("%s quote not in own body: %s" % (m["file"], q))
for m in msgs:
    d = datetime.datetime.fromisoformat(m["original"]["date"])
    for f in m["labels"]["fulfills"]:
        if f not in cids:
            err("%s fulfills unknown %s" % (m["file"], f))
        elif datetime.datetime.fromisoformat(cids[f][0]["original"]["date"]) > d:
            err("%s fulfills a later commitment %s" % (m["file"], f))
    for r in m["labels"]["answers"]:
        if r not in rids:
            err("%s answers unknown %s" % (m["file"], r))
        elif datetime.datetime.fromisoformat(rids[r][0]["original"]["date"]) > d:
            err("%s answers a later request %s" % (m["file"], r))
for c in gold["commitments"]:
    if c["due"]:
        due = datetime.date.fromisoformat(c["due"])
        if due < datetime.datetime.fromisoformat(c["sent"]).date():
            err("%s due before sent" % c["id"])
    sent = datetime.datetime.fromisoformat(c["sent"]).date()
    if c["status_as_of"] == "open" and not c["due"] and 2 <= (as_of - sent).days <= 21:
        err("%s undated open commitment in the ambiguous 2-21 day window" % c["id"])
    if c["status_as_of"] == "overdue" and not c["due"] and (as_of - sent).days <= 21:
        err("%s undated overdue but not > 3 weeks old" % c["id"])
    if c["status_as_of"] == "fulfilled" and not c["fulfilled_by"]:
        err("%s fulfilled without message" % c["id"])
for q in gold["queries"]:
    if q["topic"] not in VOCAB or not q["expect"]:
        err("query %s bad" % q["q"])
# reproducible build
with tempfile.TemporaryDirectory() as tmp:
    subprocess.run([sys.executable, os.path.join(HERE, "build.py"), tmp], check=True, stdout=subprocess.DEVNULL)
    for f in files:
        if not filecmp.cmp(os.path.join(HERE, "mailbox", f), os.path.join(tmp, "mailbox", f), shallow=False):
            err("build not reproducible: %s" % f)
    if sorted(os.listdir(os.path.join(tmp, "mailbox"))) != files:
        err("build not reproducible: file list")
    if not filecmp.cmp(os.path.join(HERE, "gold.json"), os.path.join(tmp, "gold.json"), shallow=False):
        err("build not reproducible: gold.json")
for e in errors:
    print("FAIL:", e)
print("%d messages, %d commitments, %d requests, %d missed-service rows, %d queries: %s" % (
    len(msgs), len(gold["commitments"]), len(gold["requests"]), len(gold["missed_services"]), len(gold["queries"]),
    "FAILED" if errors else "OK"))
sys.exit(1 if errors else 0)
