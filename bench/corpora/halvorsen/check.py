#!/usr/bin/env python3
"""Consistency check of gold.json against mailbox/*.eml and source.py (no project code used).

Recomputes every derived field independently and checks that the rendered mail says what the
labels claim. Prints a summary and exits 1 on any problem.
"""
import datetime as dt
import email
import email.utils
import html
import json
import re
import sys
from collections import Counter
from email import policy
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import source as S  # noqa: E402

VOCAB = set("""extended_time preferential_seating breaks read_aloud assistive_technology reduced_assignments
separate_setting class_notes graphic_organizers visual_schedule calculator sensory_tools scribe large_print check_in
speech_language_therapy occupational_therapy physical_therapy counseling specialized_instruction reading_intervention
paraprofessional transportation extended_school_year behavior_support iep_meeting evaluation progress_report
compensatory_services""".split())
ACCOMMODATIONS = set("""extended_time preferential_seating breaks read_aloud assistive_technology reduced_assignments
separate_setting class_notes graphic_organizers visual_schedule calculator sensory_tools scribe large_print
check_in""".split())
FORWARDS = {"gmail-forward", "outlook-forward", "apple-forward", "thunderbird-forward", "yahoo-forward",
            "attachment-forward"}
MARKERS = {"gmail-forward": "---------- Forwarded message ---------", "apple-forward": "Begin forwarded message:",
           "thunderbird-forward": "-------- Forwarded Message --------", "yahoo-forward": "----- Forwarded Message -----",
           "outlook-forward": "\nSent: "}
problems = []


def bad(msg):
    problems.append(msg)


class Text(HTMLParser):
    BREAK = {"br", "div", "p", "tr", "li", "h1", "h2", "h3", "table"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "head", "title"):
            self.skip += 1
        if tag == "br":
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("style", "head", "title"):
            self.skip -= 1
        elif tag in self.BREAK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data.replace("\n", ""))


def html_text(h):
    p = Text()
    p.feed(h)
    return html.unescape("".join(p.out))


def all_text(msg):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "text/plain":
            out.append(part.get_content())
        elif ct == "text/html":
            out.append(html_text(part.get_content()))
    return "\n".join(out)


def main():
    g = json.load(open(HERE / "gold.json"))
    as_of = dt.date.fromisoformat(g["as_of"])
    src = {m["id"]: m for t in S.THREADS for m in t["messages"]}
    rows = g["messages"]
    by_id = {r["id"]: r for r in rows}
    sent = {r["id"]: dt.datetime.fromisoformat(r["original"]["date"]) for r in rows}
    emails = {p[1] for p in S.PEOPLE.values()}

    # ------------------------------------------------------------------ files and headers
    files = sorted(p.name for p in (HERE / "mailbox").glob("*.eml"))
    if files != [r["file"] for r in rows]:
        bad("mailbox files differ from gold rows or their order")
    if len({r["source_message_id"] for r in rows}) != len(rows):
        bad("duplicate source_message_id")
    last = None
    texts = {}
    for r in rows:
        at = dt.datetime.fromisoformat(r["arrived_at"])
        if last and at <= last:
            bad(f"{r['file']}: arrival order broken")
        last = at
        if at < sent[r["id"]]:
            bad(f"{r['file']}: arrives before it was written")
        em = email.message_from_binary_file(open(HERE / "mailbox" / r["file"], "rb"), policy=policy.default)
        if em["Message-ID"] != r["source_message_id"]:
            bad(f"{r['file']}: Message-ID is not source_message_id")
        for h in ("From", "To", "Date", "Subject", "Message-ID"):
            if not em[h]:
                bad(f"{r['file']}: no {h} header")
        txt = all_text(em)
        texts[r["id"]] = txt
        o = r["original"]
        frm = email.utils.parseaddr(str(em["From"]))[1].lower()
        if r["arrival"] in ("direct", "bcc-self"):
            if frm != o["from_email"] or str(em["Subject"]) != o["subject"] or em["Message-ID"] != o["message_id"]:
                bad(f"{r['file']}: a {r['arrival']} message should be the original itself")
            if abs((email.utils.parsedate_to_datetime(str(em["Date"])) - sent[r["id"]]).total_seconds()) > 1:
                bad(f"{r['file']}: Date header differs from the original date")
            if r["arrival"] == "bcc-self" and r["role"] != "parent":
                bad(f"{r['file']}: bcc-self from a non-parent")
        elif r["arrival"] in FORWARDS:
            if frm == o["from_email"]:
                bad(f"{r['file']}: a forward must come from the forwarder")
            if frm not in {S.PEOPLE[k][1] for k in ("mom", "momw", "momy", "wren")}:
                bad(f"{r['file']}: forwarded by a stranger {frm}")
            if r["arrival"] == "attachment-forward":
                inner = [p for p in em.walk() if p.get_content_type() == "message/rfc822"]
                im = inner[0].get_content() if inner else None
                if (im is None or im["Message-ID"] != o["message_id"] or str(im["Subject"]) != o["subject"]
                        or email.utils.parseaddr(str(im["From"]))[1] != o["from_email"]):
                    bad(f"{r['file']}: attached original does not match gold.original")
            else:
                if o["from_email"] not in txt or o["subject"] not in txt:
                    bad(f"{r['file']}: original sender or subject not visible in the forward")
                if MARKERS[r["arrival"]] not in txt:
                    bad(f"{r['file']}: no {r['arrival']} block")
        else:
            bad(f"{r['file']}: arrival {r['arrival']}")
        m = src[r["id"]]
        if (m.get("html") == "only" and r["arrival"] in ("direct", "bcc-self")) or (m.get("fwd") or {}).get("html_only"):
            if any(p.get_content_type() == "text/plain" for p in em.walk()):
                bad(f"{r['file']}: meant to be HTML-only")
        first_line = next(l for l in m["body"].split("\n") if l.strip())[:50]
        if re.sub(r"\s+", " ", first_line) not in re.sub(r"\s+", " ", txt):
            bad(f"{r['file']}: its own text is not in the email")

    # ------------------------------------------------------------------ labels per message
    cids = {c["id"] for c in g["commitments"]}
    rids = {q["id"] for q in g["requests"]}
    for r in rows:
        m, lab, txt = src[r["id"]], r["labels"], texts[r["id"]]
        body = m["body"]
        sig = m["sig"] if "sig" in m else S.SIGS[m["frm"]]
        for k in ("topics", "students", "commitments", "fulfills", "requests", "answers", "missed_services"):
            if k not in lab:
                bad(f"{r['id']}: labels.{k} missing")
        for t in lab["topics"] + lab.get("attachment_topics", []):
            if t not in VOCAB:
                bad(f"{r['id']}: topic {t} not in the vocabulary")
        if len(set(lab["topics"])) != len(lab["topics"]):
            bad(f"{r['id']}: repeated topic")
        if lab.get("attachment_topics") and not m.get("attachments"):
            bad(f"{r['id']}: attachment_topics without an attachment")
        if any(s not in g["students"] for s in lab["students"]):
            bad(f"{r['id']}: unknown student")
        for item in lab["commitments"] + lab["requests"]:
            if item["quote"] not in body:
                bad(f"{item['id']}: quote is not in the body of {r['id']}")
            if item["quote"] not in txt:
                bad(f"{item['id']}: quote is not in {r['file']} as rendered")
            if sig and item["quote"] in sig:
                bad(f"{item['id']}: quote comes from a signature")
            if item["by"] not in emails:
                bad(f"{item['id']}: unknown person {item['by']}")
            # a promise or question must be new here, not a copy of an earlier message's words
            for other in rows:
                if sent[other["id"]] < sent[r["id"]] and item["quote"] in src[other["id"]]["body"]:
                    bad(f"{item['id']}: already said in {other['id']}")
        for k in lab["fulfills"]:
            if k not in cids:
                bad(f"{r['id']}: fulfills unknown {k}")
        for k in lab["answers"]:
            if k not in rids:
                bad(f"{r['id']}: answers unknown {k}")
        for s in lab["missed_services"]:
            if s["topic"] not in VOCAB:
                bad(f"{r['id']}: missed topic {s['topic']}")
            d = dt.date.fromisoformat(s["date"])
            if d > sent[r["id"]].date() or (sent[r["id"]].date() - d).days > 60:
                bad(f"{r['id']}: missed date {d} implausible")
            if d.weekday() > 4:
                bad(f"{r['id']}: missed date {d} is a weekend")
            if s["topic"] not in lab["topics"]:
                bad(f"{r['id']}: reports a missed {s['topic']} but is not tagged with it")
        if r["auto_reply"] and any(lab[k] for k in ("topics", "students", "commitments", "requests", "fulfills",
                                                       "answers", "missed_services")):
            bad(f"{r['id']}: an auto-reply carries labels")

    # ------------------------------------------------------------------ commitments
    for c in g["commitments"]:
        r = by_id[c["message"]]
        if c["source_message_id"] != r["source_message_id"] or c["id"] not in [x["id"] for x in r["labels"]["commitments"]]:
            bad(f"{c['id']}: not tied to its message")
        same = [x for x in r["labels"]["commitments"] if x["id"] == c["id"]]
        if not same or (same[0]["quote"], same[0]["by"], same[0]["due"]) != (c["quote"], c["by"], c["due"]):
            bad(f"{c['id']}: differs from the label on its message")
        if c["quote"] not in src[c["message"]]["body"]:
            bad(f"{c['id']}: quote is not in its message body")
        fb = sorted((x for x in rows if c["id"] in x["labels"]["fulfills"]), key=lambda x: sent[x["id"]])
        if [x["source_message_id"] for x in fb] != c["fulfilled_by"]:
            bad(f"{c['id']}: fulfilled_by disagrees with the message labels")
        when = dt.datetime.fromisoformat(c["sent"])
        if any(sent[x["id"]] <= when for x in fb):
            bad(f"{c['id']}: fulfilled before it was promised")
        first = sent[fb[0]["id"]] if fb else None
        if (first.isoformat() if first else None) != c["first_fulfilled"]:
            bad(f"{c['id']}: first_fulfilled")
        if c["due"] and dt.date.fromisoformat(c["due"]) < when.date():
            bad(f"{c['id']}: due before it was made")
        if first and first.date() <= as_of:
            want = "fulfilled"
        elif c["due"]:
            want = "overdue" if dt.date.fromisoformat(c["due"]) < as_of else "open"
        else:
            age = (as_of - when.date()).days
            if 2 <= age <= 21:
                bad(f"{c['id']}: undated, open and {age} days old: the status would hang on a default")
            want = "overdue" if age > 21 else "open"
        if c["status_as_of"] != want:
            bad(f"{c['id']}: status {c['status_as_of']}, expected {want}")
    # ------------------------------------------------------------------ requests
    for q in g["requests"]:
        r = by_id[q["message"]]
        same = [x for x in r["labels"]["requests"] if x["id"] == q["id"]]
        if q["source_message_id"] != r["source_message_id"] or not same or (same[0]["quote"], same[0]["by"]) != (q["quote"], q["by"]):
            bad(f"{q['id']}: differs from the label on its message")
        if q["quote"] not in src[q["message"]]["body"]:
            bad(f"{q['id']}: quote is not in its message body")
        ab = sorted((x for x in rows if q["id"] in x["labels"]["answers"]), key=lambda x: sent[x["id"]])
        if [x["source_message_id"] for x in ab] != q["answered_by"]:
            bad(f"{q['id']}: answered_by disagrees with labels")
        if any(sent[x["id"]] <= sent[r["id"]] for x in ab):
            bad(f"{q['id']}: answered before it was asked")
        if any(x["original"]["from_email"] == q["by"] for x in ab):
            bad(f"{q['id']}: answered by the asker")
        if q["status_as_of"] != ("answered" if ab else "unanswered"):
            bad(f"{q['id']}: status")
    # ------------------------------------------------------------------ missed services and queries
    flat = Counter((s["topic"], s["date"], s["minutes"], r["source_message_id"]) for r in rows
                   for s in r["labels"]["missed_services"])
    top = Counter((s["topic"], s["date"], s["minutes"], s["source_message_id"]) for s in g["missed_services"])
    if flat != top:
        bad("missed_services[] differs from the message labels")
    for q in g["queries"]:
        want = sorted(r["source_message_id"] for r in rows if q["topic"] in r["labels"]["topics"])
        if sorted(q["expect"]) != want or not want:
            bad(f"query {q['q']!r}: expect is wrong or empty")
    # ------------------------------------------------------------------ shape of the corpus
    kinds = Counter(r["arrival"] for r in rows)
    if set(kinds) != FORWARDS | {"direct", "bcc-self"}:
        bad(f"missing arrival kinds: {FORWARDS | {'direct', 'bcc-self'} - set(kinds)}")
    if not any(m["arrival"] == "not-forwarded" for m in src.values()):
        bad("no never-forwarded messages")
    if not 55 <= len(rows) <= 75:
        bad(f"{len(rows)} emails")
    span = (max(sent.values()) - min(sent.values())).days
    if not 90 <= span <= 155:
        bad(f"spans {span} days")
    if max(sent.values()).date() >= as_of:
        bad("as_of is not after the last message")
    if not 10 <= len(g["queries"]) <= 20:
        bad("query count")
    for k in ("corpus", "as_of", "timezone", "user", "students", "messages", "commitments", "requests",
              "missed_services", "queries"):
        if k not in g:
            bad(f"gold.{k} missing")

    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problem(s)")
        return 1
    st = Counter(c["status_as_of"] for c in g["commitments"])
    rq = Counter(q["status_as_of"] for q in g["requests"])
    ms = g["missed_services"]
    print(f"ok: {len(rows)} emails, {len({r['thread'] for r in rows})} threads, {span} days; arrivals {dict(kinds)}")
    print(f"commitments {len(g['commitments'])} {dict(st)}; requests {len(g['requests'])} {dict(rq)}")
    print(f"missed-service rows {len(ms)} ({sum(s['topic'] in ACCOMMODATIONS for s in ms)} accommodations); "
          f"queries {len(g['queries'])}; html-only "
          f"{sum(1 for m in src.values() if (m.get('html') == 'only' and m['arrival'] == 'direct') or (m.get('fwd') or {}).get('html_only'))} arrived"
          f" ({sum(1 for m in src.values() if m.get('html') == 'only' and m['arrival'] != 'not-forwarded')} written as HTML only)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
