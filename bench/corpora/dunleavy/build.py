#!/usr/bin/env python3
"""Deterministic generator for the `dunleavy` corpus.

usage: python3 build.py OUTDIR   -> OUTDIR/mailbox/NNNN.eml and OUTDIR/gold.json
Standard library only.
"""
import datetime as dt
import hashlib
import html as htmlmod
import json
import os
import quopri
import re
import sys
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import source as S

TZ = ZoneInfo(S.TIMEZONE)
LIST_RE = re.compile(r"^(- |\* |\d+\. )")


# ------------------------------------------------------------------ helpers
def h(*parts):
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def parse(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def iso(d):
    return d.isoformat()


def unwrap(text):
    """Join hard-wrapped prose lines (as a mail client would send a paragraph)."""
    out = []
    for line in text.split("\n"):
        if (out and out[-1] and line.strip() and len(out[-1]) >= 70
                and not LIST_RE.match(line.strip()) and not line.startswith("  *")):
            out[-1] = out[-1] + " " + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


def norm_quote(q):
    return " ".join(x.strip() for x in q.split("\n"))


def person(key):
    if key == "TRAIL":
        return ("", S.TRAIL, "other", "none")
    return S.PEOPLE[key]


def addr(key):
    n, e, _, _ = person(key)
    return "%s <%s>" % (n, e) if n else e


def msgid(kind, seed):
    x = h(kind, seed)
    if kind == "outlook":
        a = x[:32].upper()
        return "<%s@SA1PR07MB%s.namprd07.prod.outlook.com>" % (a, a[:4])
    if kind in ("gmail",):
        return "<CA+%s@mail.gmail.com>" % x[:30].upper()
    if kind == "yahoo":
        return "<%d.%d@mail.yahoo.com>" % (int(x[:8], 16) % 10**10, int(x[8:14], 16) % 10**7)
    if kind == "aol":
        return "<%d.%d@mail.aol.com>" % (int(x[:9], 16) % 10**9, int(x[9:15], 16) % 10**7)
    if kind == "iphone":
        u = x[:32].upper()
        return "<%s-%s-%s-%s-%s@icloud.com>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32])
    if kind == "thunderbird":
        return "<%s-%s-%s@brightpathaba.example.com>" % (x[:8], x[8:12], x[12:24])
    if kind == "notify":
        return "<%s.%s@mta.classbloom.example.com>" % (x[:16], x[16:24])
    raise ValueError(kind)


def gmail_date(d):  # Mon, Feb 2, 2026 at 4:10 PM
    return "%s, %s %d, %d at %d:%02d %s" % (d.strftime("%a"), d.strftime("%b"), d.day, d.year,
                                             (d.hour % 12) or 12, d.minute, "AM" if d.hour < 12 else "PM")


def outlook_date(d):  # Monday, February 2, 2026 4:10 PM
    return "%s, %s %d, %d %d:%02d %s" % (d.strftime("%A"), d.strftime("%B"), d.day, d.year,
                                          (d.hour % 12) or 12, d.minute, "AM" if d.hour < 12 else "PM")


def yahoo_date(d):  # Monday, February 2, 2026, 04:10:00 PM EST
    return "%s, %s %d, %d, %02d:%02d:00 %s %s" % (d.strftime("%A"), d.strftime("%B"), d.day, d.year,
                                                   (d.hour % 12) or 12, d.minute,
                                                   "AM" if d.hour < 12 else "PM", d.tzname())


def apple_date(d):  # February 2, 2026 at 4:10:00 PM EST
    return "%s %d, %d at %d:%02d:00 %s %s" % (d.strftime("%B"), d.day, d.year, (d.hour % 12) or 12,
                                              d.minute, "AM" if d.hour < 12 else "PM", d.tzname())


def iphone_date(d):  # Feb 2, 2026, at 4:10 PM
    return "%s %d, %d, at %d:%02d %s" % (d.strftime("%b"), d.day, d.year, (d.hour % 12) or 12,
                                        d.minute, "AM" if d.hour < 12 else "PM")


def tb_date(d):  # 2/18/26 10:02 AM
    return "%d/%d/%s %d:%02d %s" % (d.month, d.day, d.strftime("%y"), (d.hour % 12) or 12, d.minute,
                                    "AM" if d.hour < 12 else "PM")


def rfc(d):
    return format_datetime(d)


def qp(text):
    if not text.endswith("\n"):
        text += "\n"
    return quopri.encodestring(text.encode("utf-8"), quotetabs=False).decode("ascii")


def gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def to_html(text):
    parts = []
    for line in text.split("\n"):
        parts.append(htmlmod.escape(line, quote=False))
    return '<html><body><div dir="ltr">' + "<br>\n".join(parts) + "</div></body></html>\n"


def make_pdf(text):
    lines = text.split("\n")
    esc = [l.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for l in lines]
    stream = "BT\n/F1 9 Tf\n40 760 Td\n12 TL\n" + "".join("(%s) Tj T*\n" % l for l in esc) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length %d >>\nstream\n%sendstream" % (len(stream.encode()), stream),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = "%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out.encode()))
        out += "%d 0 obj\n%s\nendobj\n" % (i, o)
    xref = len(out.encode())
    out += "xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += "%010d 00000 n \n" % o
    out += "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    import base64
    b = base64.b64encode(out.encode()).decode()
    return "\n".join(b[i:i + 76] for i in range(0, len(b), 76))


def boundary(seed):
    return "===============%019d==" % (int(h("b", seed)[:16], 16) % 10**19)


def text_part(text, html):
    """Return (headers, body) for a text part, alternative if html."""
    if not html:
        return ['Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable"], qp(text)
    b = boundary("alt" + text[:200] + str(len(text)))
    body = ("--%s\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n"
            "--%s\nContent-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n--%s--\n"
            % (b, qp(text), b, qp(to_html(text)), b))
    return ['Content-Type: multipart/alternative;\n boundary="%s"' % b], body


def with_attachments(hdrs, body, attachments, seed):
    if not attachments:
        return hdrs, body
    b = boundary("mix" + seed)
    out = "--%s\n%s\n\n%s\n" % (b, "\n".join(hdrs), body.rstrip("\n"))
    for name, text in attachments:
        out += ('--%s\nContent-Type: application/pdf; name="%s"\nContent-Transfer-Encoding: base64\n'
                'Content-Disposition: attachment;\n filename="%s"\n\n%s\n' % (b, name, name, make_pdf(text)))
    out += "--%s--\n" % b
    return ['Content-Type: multipart/mixed; boundary="%s"' % b], out


def strip_re(s):
    return re.sub(r"^((re|fw|fwd)\s*:\s*)+", "", s, flags=re.I)


# ------------------------------------------------------------------ model
class Msg:
    pass


def load():
    msgs = {}
    order = []
    for t in S.THREADS:
        for m in t["messages"]:
            o = Msg()
            o.__dict__.update(m)
            o.group = t["id"]
            o.group_subject = t["subject"]
            o.d = parse(m["date"])
            o.body = unwrap(m["body"])
            msgs[o.id] = o
            order.append(o.id)
    for mid in order:
        o = msgs[mid]
        name, email, role, client = person(o.__dict__["from"])
        o.fname, o.femail, o.role, o.client = name, email, role, client
        o.parent = msgs[o.reply_to] if o.reply_to else None
        if o.thread is None:
            o.thread = o.parent.thread if o.parent else o.group
        if o.subject is None:
            if o.parent:
                pre = "RE: " if client == "outlook" else "Re: "
                o.subject = pre + strip_re(o.parent.subject)
            else:
                o.subject = o.group_subject
        kind = {"gmail": "gmail", "outlook": "outlook", "yahoo": "yahoo", "iphone": "iphone",
                "aol": "aol", "thunderbird": "thunderbird", "notify": "notify"}[client]
        o.message_id = msgid(kind, "orig" + o.id)
        o.refs = (o.parent.refs + [o.parent.message_id]) if o.parent else []
        # sanity: quotes exact
        for c in o.labels["commitments"] + o.labels["requests"]:
            c["quote"] = norm_quote(c["quote"])
            assert c["quote"] in o.body, (o.id, c["quote"])
    return msgs, order


def recips(keys):
    return ", ".join(addr(k) for k in keys)


def full_text(o):
    t = o.body
    if o.signature:
        t += "\n\n" + o.signature
    if o.parent and o.quote:
        p = o.parent
        pt = full_text(p)
        if o.client == "outlook":
            hdr = "________________________________\nFrom: %s <%s>\nSent: %s\nTo: %s\n" % (
                p.fname, p.femail, outlook_date(p.d), recips(p.to))
            if p.cc:
                hdr += "Cc: %s\n" % recips(p.cc)
            hdr += "Subject: %s\n" % p.subject
            t += "\n\n" + hdr + "\n" + pt
        elif o.client in ("gmail",):
            t += "\n\nOn %s %s <%s> wrote:\n\n%s" % (gmail_date(p.d), p.fname, p.femail, gt(pt))
        elif o.client in ("yahoo", "aol"):
            t += "\n\nOn %s, %s <%s> wrote:\n\n%s" % (yahoo_date(p.d), p.fname, p.femail, gt(pt))
        elif o.client == "iphone":
            t += "\n\n" + gt("On %s, %s <%s> wrote:\n\n%s" % (iphone_date(p.d), p.fname, p.femail, pt))
        elif o.client == "thunderbird":
            t += "\n\nOn %s, %s wrote:\n%s" % (tb_date(p.d), p.fname, gt(pt))
    return t


def original_bytes(o, delivered=False):
    hdrs = ["From: %s <%s>" % (o.fname, o.femail)]
    if o.to:
        hdrs.append("To: %s" % recips(o.to))
    if o.cc:
        hdrs.append("Cc: %s" % recips(o.cc))
    hdrs += ["Subject: %s" % o.subject, "Date: %s" % rfc(o.d), "Message-ID: %s" % o.message_id]
    if o.parent:
        hdrs.append("In-Reply-To: %s" % o.parent.message_id)
        hdrs.append("References: %s" % " ".join(o.refs + [])
                    if len(o.refs) < 3 else "References: " + "\n ".join(o.refs))
    if o.auto_reply:
        hdrs += ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]
    ua = {"iphone": "X-Mailer: iPhone Mail (22D82)", "thunderbird": "User-Agent: Mozilla Thunderbird",
          "aol": "X-Mailer: AOL Mail Android 6.22", "yahoo": "X-Mailer: YahooMailIosMobile Raven/25.1"}.get(o.client)
    if ua:
        hdrs.append(ua)
    hdrs.append("MIME-Version: 1.0")
    th, tb = text_part(full_text(o), o.html)
    th, tb = with_attachments(th, tb, o.attachments, "o" + o.id)
    hdrs += th
    if delivered:
        hdrs += ["Delivered-To: %s" % S.TRAIL, "X-Original-To: %s" % S.TRAIL]
    return "\n".join(hdrs) + "\n\n" + tb


def fwd_block(kind, o):
    to = recips(o.to)
    cc = recips(o.cc) if o.cc else ""
    if kind == "gmail-forward":
        b = "---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: %s\n" % (
            o.fname, o.femail, gmail_date(o.d), o.subject, to)
        if cc:
            b += "Cc: %s\n" % cc
        return b + "\n\n"
    if kind == "yahoo-forward":
        b = "----- Forwarded Message -----\nFrom: %s <%s>\nTo: %s\n" % (o.fname, o.femail, to)
        if cc:
            b += "Cc: %s\n" % cc
        return b + "Sent: %s\nSubject: %s\n\n" % (yahoo_date(o.d), o.subject)
    if kind == "apple-forward":
        b = "Begin forwarded message:\n\nFrom: %s <%s>\nDate: %s\nTo: %s\n" % (o.fname, o.femail, apple_date(o.d), to)
        if cc:
            b += "Cc: %s\n" % cc
        return b + "Subject: %s\n\n" % o.subject
    if kind == "outlook-forward":
        b = "________________________________\nFrom: %s <%s>\nSent: %s\nTo: %s\n" % (
            o.fname, o.femail, outlook_date(o.d), to)
        if cc:
            b += "Cc: %s\n" % cc
        return b + "Subject: %s\n\n" % o.subject
    if kind == "thunderbird-forward":
        b = "-------- Forwarded Message --------\nSubject: \t%s\nDate: \t%s\nFrom: \t%s <%s>\nTo: \t%s\n" % (
            o.subject, rfc(o.d), o.fname, o.femail, to)
        if cc:
            b += "CC: \t%s\n" % cc
        return b + "\n\n\n"
    raise ValueError(kind)


FWD_PREFIX = {"gmail-forward": "Fwd: ", "yahoo-forward": "Fwd: ", "apple-forward": "Fwd: ",
              "outlook-forward": "FW: ", "thunderbird-forward": "Fwd: ", "attachment-forward": "Fwd: "}
FWD_SIG = {"apple-forward": "\n\nSent from my iPhone", "yahoo-forward": "\n\nSent from Yahoo Mail for iPhone"}


def render(o):
    """Return (eml_text, arrived_at, source_message_id)."""
    a = o.arrival
    if a == "direct":
        return original_bytes(o, delivered=True), o.d, o.message_id
    if a == "bcc-self":
        return original_bytes(o, delivered=False), o.d, o.message_id
    fkey = o.fwd_by or S.FWD[a]
    fn, fe, _, fclient = person(fkey)
    fat = parse(o.forwarded_at) if o.forwarded_at else o.d + dt.timedelta(hours=3)
    kind = {"gmail": "gmail", "yahoo": "yahoo", "iphone": "iphone", "outlook": "outlook",
            "thunderbird": "thunderbird"}[fclient]
    mid = msgid(kind, "fwd" + o.id)
    subj = FWD_PREFIX[a] + o.subject
    hdrs = ["From: %s <%s>" % (fn, fe), "To: %s" % S.TRAIL, "Date: %s" % rfc(fat), "MIME-Version: 1.0",
            "Subject: %s" % subj, "Message-ID: %s" % mid]
    note = o.forward_note or ""
    if a == "attachment-forward":
        b = boundary("af" + o.id)
        inner = original_bytes(o)
        body = ("--%s\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n"
                "--%s\nContent-Type: message/rfc822\nContent-Transfer-Encoding: 8bit\nContent-Disposition: attachment\n\n"
                "%s\n--%s--\n" % (b, qp(note + "\n"), b, inner.rstrip("\n"), b))
        hdrs.append('Content-Type: multipart/mixed; boundary="%s"' % b)
        return "\n".join(hdrs) + "\n\n" + body, fat, mid
    text = ""
    if note:
        text = note + FWD_SIG.get(a, "") + "\n\n"
    elif a in ("apple-forward",):
        text = "\n\nSent from my iPhone\n\n"
    text += fwd_block(a, o) + full_text(o)
    th, tb = text_part(text, o.html)
    th, tb = with_attachments(th, tb, o.attachments, "f" + o.id)
    hdrs += th
    return "\n".join(hdrs) + "\n\n" + tb, fat, mid


QUERIES = [
    ("speech therapy", "speech_language_therapy"), ("speech", "speech_language_therapy"),
    ("occupational therapy", "occupational_therapy"), ("OT", "occupational_therapy"),
    ("bus", "transportation"), ("transportation", "transportation"),
    ("paraprofessional", "paraprofessional"), ("1:1 aide", "paraprofessional"),
    ("visual schedule", "visual_schedule"), ("behavior plan", "behavior_support"),
    ("toileting", "behavior_support"), ("sensory", "sensory_tools"),
    ("core board", "assistive_technology"), ("evaluation", "evaluation"),
    ("IEP meeting", "iep_meeting"), ("ESY", "extended_school_year"),
    ("extended school year", "extended_school_year"), ("compensatory services", "compensatory_services"),
    ("progress report", "progress_report"), ("specialized instruction", "specialized_instruction"),
]


def build(outdir):
    msgs, order = load()
    rendered = []
    for mid in order:
        o = msgs[mid]
        eml, arrived, smid = render(o)
        o.arrived, o.smid = arrived, smid
        rendered.append((arrived, mid, eml))
    rendered.sort(key=lambda x: (x[0], x[1]))
    mb = os.path.join(outdir, "mailbox")
    os.makedirs(mb, exist_ok=True)
    for f in os.listdir(mb):
        if f.endswith(".eml"):
            os.remove(os.path.join(mb, f))
    gmsgs, comm, reqs, missed = [], [], [], []
    cdef, rdef = {}, {}
    for i, (arrived, mid, eml) in enumerate(rendered, 1):
        o = msgs[mid]
        o.file = "%04d.eml" % i
        with open(os.path.join(mb, o.file), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(eml)
        lab = dict(o.labels)
        labels = {"topics": lab["topics"]}
        if "attachment_topics" in lab:
            labels["attachment_topics"] = lab["attachment_topics"]
        labels.update({k: lab[k] for k in ("commitments", "fulfills", "requests", "answers", "missed_services")})
        gmsgs.append({"file": o.file, "id": o.id, "thread": o.thread, "arrival": o.arrival,
                      "arrived_at": iso(arrived), "source_message_id": o.smid, "role": o.role,
                      "original": {"from_name": o.fname, "from_email": o.femail, "date": iso(o.d),
                                   "subject": o.subject, "message_id": o.message_id},
                      "auto_reply": bool(o.auto_reply), "labels": labels})
        for c in lab["commitments"]:
            cdef[c["id"]] = (o, c)
        for r in lab["requests"]:
            rdef[r["id"]] = (o, r)
        for ms in lab["missed_services"]:
            missed.append(dict(ms, message=o.id, source_message_id=o.smid))
    as_of = dt.date.fromisoformat(S.AS_OF)
    ful, ans = {}, {}
    for mid in order:
        o = msgs[mid]
        for c in o.labels["fulfills"]:
            ful.setdefault(c, []).append(o)
        for r in o.labels["answers"]:
            ans.setdefault(r, []).append(o)
    for cid in sorted(cdef, key=lambda x: int(x[1:])):
        o, c = cdef[cid]
        fs = sorted(ful.get(cid, []), key=lambda x: x.d)
        if fs:
            st = "fulfilled"
        elif c["due"]:
            st = "overdue" if dt.date.fromisoformat(c["due"]) < as_of else "open"
        else:
            st = "overdue" if (as_of - o.d.date()).days > 21 else "open"
        comm.append({"id": cid, "message": o.id, "source_message_id": o.smid, "sent": iso(o.d),
                     "by": c["by"], "by_role": o.role,
                     "what": c["what"], "quote": c["quote"], "due": c["due"],
                     "fulfilled_by": [x.smid for x in fs], "fulfilled_by_ids": [x.id for x in fs],
                     "first_fulfilled": iso(fs[0].d) if fs else None, "status_as_of": st})
    for rid in sorted(rdef, key=lambda x: int(x[1:])):
        o, r = rdef[rid]
        a = sorted(ans.get(rid, []), key=lambda x: x.d)
        reqs.append({"id": rid, "message": o.id, "source_message_id": o.smid, "by": r["by"],
                     "quote": r["quote"], "answered_by_ids": [x.id for x in a],
                     "answered_by": [x.smid for x in a],
                     "status_as_of": "answered" if a else "unanswered"})
    queries = []
    for q, t in QUERIES:
        exp = sorted(m["source_message_id"] for m in gmsgs if t in m["labels"]["topics"])
        if exp:
            queries.append({"q": q, "topic": t, "expect": exp})
    gold = {"corpus": S.CORPUS, "as_of": S.AS_OF, "timezone": S.TIMEZONE, "user": S.USER,
            "trail_address": S.TRAIL, "students": S.STUDENTS, "messages": gmsgs,
            "commitments": comm, "requests": reqs, "missed_services": missed, "queries": queries}
    with open(os.path.join(outdir, "gold.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(gold, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    return gold


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: build.py OUTDIR")
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    build(sys.argv[1])
