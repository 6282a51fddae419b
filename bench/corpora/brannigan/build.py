#!/usr/bin/env python3
"""Deterministic generator: python3 build.py OUTDIR -> OUTDIR/mailbox/NNNN.eml + OUTDIR/gold.json"""
import base64
import hashlib
import html
import json
import os
import quopri
import sys
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import source as S

TZ = ZoneInfo(S.TIMEZONE)
TZ_ABBR = {-5: "EST", -4: "EDT"}

MSGS = {}
ORDER = []
for th in S.THREADS:
    for m in th["messages"]:
        m["thread"] = th["id"]
        m["thread_subject"] = th["subject"]
        MSGS[m["id"]] = m
        ORDER.append(m["id"])


def h(*parts, n=32):
    return hashlib.sha256("|".join([S.CORPUS] + [str(p) for p in parts]).encode()).hexdigest()[:n]


def local(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def iso(dt):
    return dt.isoformat()


def rfc2822(dt):
    off = dt.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return dt.strftime("%a, %d %b %Y %H:%M:%S ") + "%s%02d%02d" % (sign, mins // 60, mins % 60)


def hour12(dt):
    return "%d:%02d %s" % ((dt.hour % 12) or 12, dt.minute, "AM" if dt.hour < 12 else "PM")


def tzabbr(dt):
    return TZ_ABBR[int(dt.utcoffset().total_seconds() // 3600)]


def person(key):
    if key == "TRAIL":
        return ("", S.TRAIL, "")
    return S.P[key]


def addr(key):
    name, email, _ = person(key)
    if not name:
        return email
    if "," in name:
        return '"%s" <%s>' % (name, email)
    return "%s <%s>" % (name, email)


def addr_plain(key):
    name, email, _ = person(key)
    return "%s <%s>" % (name, email) if name else email


def client(key):
    return S.P[key][2]


def msgid(m):
    key = m["sender"]
    c = client(key)
    x = h("mid", m["id"])
    if c in ("outlook", "outlook-ios"):
        dom = S.P[key][1].split("@")[1]
        if dom.endswith("example.us"):
            return "<%s@CH2PR14MB%s.namprd14.prod.outlook.com>" % (x.upper(), x[:4].upper())
        if "meridian" in dom:
            return "<%s@BN7PR02MB%s.namprd02.prod.outlook.com>" % (x.upper(), x[4:8].upper())
        return "<%s.%s@%s>" % (x[:16], x[16:24], dom.replace("example", "mail.example"))
    if c == "gmail":
        return "<CA+%s%s@mail.gmail.com>" % (x[:20].upper(), x[20:28])
    if c == "apple":
        return "<%s-%s-%s-%s-%s@icloud.com>" % (x[:8].upper(), x[8:12].upper(), x[12:16].upper(), x[16:20].upper(), x[20:32].upper())
    if c == "yahoo":
        return "<%d.%d@mail.yahoo.com>" % (int(x[:8], 16), int(x[8:13], 16))
    raise ValueError(c)


def fwd_msgid(m):
    a = m["arrival"]
    x = h("fwd", m["id"])
    if a in ("gmail-forward", "attachment-forward"):
        return "<CA+%s%s@mail.gmail.com>" % (x[:20].upper(), x[20:28])
    if a == "thunderbird-forward":
        return "<%s-%s-%s-%s-%s@gmail.com>" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:32])
    if a == "outlook-forward":
        return "<%s@BN7PR02MB%s.namprd02.prod.outlook.com>" % (x.upper(), x[4:8].upper())
    if a == "apple-forward":
        return "<%s-%s-%s-%s-%s@icloud.com>" % (x[:8].upper(), x[8:12].upper(), x[12:16].upper(), x[16:20].upper(), x[20:32].upper())
    if a == "yahoo-forward":
        return "<%d.%d@mail.yahoo.com>" % (int(x[:8], 16), int(x[8:13], 16))
    raise ValueError(a)


def subject(m):
    if m.get("subject"):
        return m["subject"]
    if not m.get("reply_to"):
        return m["thread_subject"]
    ps = subject(MSGS[m["reply_to"]])
    low = ps.lower()
    if low.startswith("re:"):
        return ps
    pre = "RE: " if client(m["sender"]) in ("outlook", "outlook-ios") else "Re: "
    return pre + ps


def signature(m):
    if m.get("sig") is False:
        return ""
    return S.SIG.get(m["sender"], "") if m["sender"] not in S.ME else ""


def to_line(keys):
    return ", ".join(addr_plain(k) for k in keys)


def quote_block(m):
    """the earlier message, quoted in the style of m's sender's client"""
    p = MSGS[m["reply_to"]]
    pd = local(p["date"])
    ptext = full_text(p)
    c = client(m["sender"])
    if c in ("outlook", "outlook-ios"):
        lines = ["________________________________",
                 "From: %s" % addr_plain(p["sender"]),
                 "Sent: %s, %s %d, %d %s" % (pd.strftime("%A"), pd.strftime("%B"), pd.day, pd.year, hour12(pd)),
                 "To: %s" % to_line(p["to"])]
        if p.get("cc"):
            lines.append("Cc: %s" % to_line(p["cc"]))
        lines.append("Subject: %s" % subject(p))
        return "\n".join(lines) + "\n\n" + ptext
    qt = "\n".join(("> " + l) if l else ">" for l in ptext.split("\n"))
    if c == "gmail":
        head = "On %s, %s %d, %d at %s %s wrote:" % (pd.strftime("%a"), pd.strftime("%b"), pd.day, pd.year, hour12(pd), addr_plain(p["sender"]))
        return head + "\n\n" + qt
    if c == "apple":
        return "On %s %d, %d, at %s, %s wrote:\n\n%s" % (pd.strftime("%b"), pd.day, pd.year, hour12(pd), addr_plain(p["sender"]), qt)
    if c == "yahoo":
        return "On %s, %s %d, %d at %s %s, %s wrote:\n\n%s" % (pd.strftime("%A"), pd.strftime("%B"), pd.day, pd.year, pd.strftime("%I:%M:%S %p"), tzabbr(pd), addr_plain(p["sender"]), qt)
    raise ValueError(c)


def full_text(m):
    t = m["body"].rstrip("\n") + "\n"
    sig = signature(m)
    if sig:
        t += "\n" + sig + "\n"
    if m.get("reply_to") and m.get("quote", True):
        t += "\n" + quote_block(m).rstrip("\n") + "\n"
    return t


def to_html(text):
    out = []
    for line in text.split("\n"):
        out.append(html.escape(line, quote=True) if line else "")
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="ltr">' + "<br>\n".join(out) + "</div></body></html>\n"


# ------------------------------------------------------------------ MIME helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def boundary(*parts):
    return "===============%d==" % (int(h("b", *parts, n=15), 16) % 10 ** 19)


def text_part(text, enc="qp", sub="plain"):
    if enc == "b64":
        return ("Content-Type: text/%s; charset=\"utf-8\"\nContent-Transfer-Encoding: base64\n\n" % sub) + b64(text.encode("utf-8"))
    return ("Content-Type: text/%s; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n" % sub) + qp(text)


def alt_part(text, key, enc="qp"):
    b = boundary("alt", key)
    return ('Content-Type: multipart/alternative;\n boundary="%s"\n\n--%s\n%s\n--%s\n%s\n--%s--\n'
            % (b, b, text_part(text, enc), b, text_part(to_html(text), enc, "html"), b))


def pdf_bytes(text):
    words = text.split()
    lines, cur = [], ""
    for w in words:
        if len(cur) + len(w) + 1 > 88:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        lines.append(cur)
    esc = [l.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for l in lines]
    stream = "BT\n/F1 10 Tf\n50 750 Td\n12 TL\n" + "".join("(%s) Tj T*\n" % l for l in esc) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length %d >>\nstream\n%sendstream" % (len(stream.encode("latin-1")), stream),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = "%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out.encode("latin-1")))
        out += "%d 0 obj\n%s\nendobj\n" % (i, o)
    x = len(out.encode("latin-1"))
    out += "xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += "".join("%010d 00000 n \n" % o for o in offs)
    out += "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out.encode("latin-1")


def attachment_part(a, key):
    if a["type"] == "application/pdf":
        data = pdf_bytes(a["text"])
    else:
        seed = hashlib.sha256((S.CORPUS + key + a["name"]).encode()).digest()
        data = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + seed * 40 + b"\xff\xd9"
    return ('Content-Type: %s; name="%s"\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment;\n filename="%s"\n\n'
            % (a["type"], a["name"], a["name"])) + b64(data)


def mixed(first_part, attachments, key):
    if not attachments:
        return first_part
    b = boundary("mix", key)
    out = 'Content-Type: multipart/mixed; boundary="%s"\n\n--%s\n%s' % (b, b, first_part)
    for a in attachments:
        out += "\n--%s\n%s" % (b, attachment_part(a, key))
    return out + "\n--%s--\n" % b


def references(m):
    chain = []
    p = m.get("reply_to")
    while p:
        chain.insert(0, msgid(MSGS[p]))
        p = MSGS[p].get("reply_to")
    return chain


def original_headers(m, extra=()):
    d = local(m["date"])
    hs = list(extra)
    hs.append("From: %s" % addr(m["sender"]))
    hs.append("To: %s" % ", ".join(addr(k) for k in m["to"]))
    if m.get("cc"):
        hs.append("Cc: %s" % ", ".join(addr(k) for k in m["cc"]))
    hs.append("Subject: %s" % subject(m))
    hs.append("Date: %s" % rfc2822(d))
    hs.append("Message-ID: %s" % msgid(m))
    refs = references(m)
    if refs:
        hs.append("In-Reply-To: %s" % refs[-1])
        hs.append("References: %s" % "\n ".join(refs))
    if m.get("auto_reply"):
        hs.append("Auto-Submitted: auto-replied")
    c = client(m["sender"])
    if c == "outlook":
        hs.append("X-MS-Has-Attach: %s" % ("yes" if m.get("attachments") else ""))
        hs.append("Thread-Topic: %s" % subject(m).split(": ", 1)[-1] if subject(m).lower().startswith(("re:", "fw:")) else "Thread-Topic: %s" % subject(m))
    hs.append("MIME-Version: 1.0")
    return "\n".join(hs) + "\n"


def original_email(m, extra=()):
    text = full_text(m)
    first = alt_part(text, m["id"]) if m.get("html") else text_part(text)
    return original_headers(m, extra) + mixed(first, m.get("attachments"), m["id"])


def forwarder_key(m):
    return m.get("forwarder", "colleen")


def fwd_header_block(m):
    o = m
    d = local(o["date"])
    a = m["arrival"]
    to = to_line(o["to"])
    cc = to_line(o["cc"]) if o.get("cc") else ""
    subj = subject(o)
    if a == "gmail-forward":
        lines = ["---------- Forwarded message ---------", "From: %s" % addr_plain(o["sender"]),
                 "Date: %s, %s %d, %d at %s" % (d.strftime("%a"), d.strftime("%b"), d.day, d.year, hour12(d)),
                 "Subject: %s" % subj, "To: %s" % to]
        if cc:
            lines.append("Cc: %s" % cc)
        return "\n".join(lines) + "\n\n\n"
    if a == "outlook-forward":
        lines = ["________________________________", "From: %s" % addr_plain(o["sender"]),
                 "Sent: %s, %s %d, %d %s" % (d.strftime("%A"), d.strftime("%B"), d.day, d.year, hour12(d)),
                 "To: %s" % to]
        if cc:
            lines.append("Cc: %s" % cc)
        lines.append("Subject: %s" % subj)
        return "\n".join(lines) + "\n\n"
    if a == "apple-forward":
        lines = ["Begin forwarded message:", "", "From: %s" % addr_plain(o["sender"]),
                 "Date: %s %d, %d at %d:%02d:%02d %s %s" % (d.strftime("%B"), d.day, d.year, (d.hour % 12) or 12, d.minute, 0, "AM" if d.hour < 12 else "PM", tzabbr(d)),
                 "To: %s" % to]
        if cc:
            lines.append("Cc: %s" % cc)
        lines.append("Subject: %s" % subj)
        return "\n".join(lines) + "\n\n"
    if a == "thunderbird-forward":
        lines = ["-------- Forwarded Message --------", "Subject: \t%s" % subj, "Date: \t%s" % rfc2822(d),
                 "From: \t%s" % addr_plain(o["sender"]), "To: \t%s" % to]
        if cc:
            lines.append("CC: \t%s" % cc)
        return "\n".join(lines) + "\n\n\n\n"
    if a == "yahoo-forward":
        lines = ["----- Forwarded Message -----", "From: %s" % addr_plain(o["sender"]), "To: %s" % to]
        if cc:
            lines.append("Cc: %s" % cc)
        lines.append("Sent: %s, %s %d, %d, %s %s" % (d.strftime("%A"), d.strftime("%B"), d.day, d.year, d.strftime("%I:%M:%S %p"), tzabbr(d)))
        lines.append("Subject: %s" % subj)
        return "\n".join(lines) + "\n\n"
    raise ValueError(a)


FWD_PREFIX = {"gmail-forward": "Fwd: ", "outlook-forward": "FW: ", "apple-forward": "Fwd: ",
              "thunderbird-forward": "Fwd: ", "yahoo-forward": "Fw: ", "attachment-forward": "Fwd: "}


def envelope_headers(m, mid, when, subj, extra=()):
    fk = forwarder_key(m)
    hs = ["From: %s" % addr(fk), "To: %s" % S.TRAIL, "Subject: %s" % subj, "Date: %s" % rfc2822(when),
          "Message-ID: %s" % mid]
    hs.extend(extra)
    hs.append("MIME-Version: 1.0")
    return "\n".join(hs) + "\n"


def render(m):
    """returns (eml text, source_message_id, arrived_at datetime)"""
    a = m["arrival"]
    d = local(m["date"])
    if a in ("direct", "bcc-self"):
        extra = ["Delivered-To: %s" % S.TRAIL]
        listed = "TRAIL" in m.get("to", []) or "TRAIL" in m.get("cc", [])
        if a == "direct" and not listed:
            extra += ["X-Forwarded-To: %s" % S.TRAIL, "X-Forwarded-For: %s %s" % (S.USER["email"], S.TRAIL)]
        if a == "bcc-self":
            extra += ["X-Original-To: %s" % S.TRAIL]
        return original_email(m, extra), msgid(m), d
    when = local(m["forwarded_at"]) if m.get("forwarded_at") else d + timedelta(hours=3, minutes=17)
    mid = fwd_msgid(m)
    subj = FWD_PREFIX[a] + subject(m)
    note = m.get("forward_note", "")
    if a == "attachment-forward":
        b = boundary("att", m["id"])
        inner = original_email(m)
        body = ('Content-Type: multipart/mixed; boundary="%s"\n\n--%s\n%s\n--%s\nContent-Type: message/rfc822\nContent-Disposition: attachment;\n filename="%s.eml"\n\n%s\n--%s--\n'
                % (b, b, text_part((note + "\n") if note else "\n"), b, subject(m).replace(":", "").replace('"', "")[:60], inner, b))
        return envelope_headers(m, mid, when, subj) + body, mid, when
    fk = forwarder_key(m)
    pre = (note + "\n\n") if note else "\n"
    if a == "outlook-forward":
        pre += S.SIG.get(fk, "") + "\n\n" if note else ""
    if a == "apple-forward":
        pre += "Sent from my iPhone\n\n"
    text = pre + fwd_header_block(m) + full_text(m)
    if a == "yahoo-forward":
        text = pre.rstrip("\n") + "\n\nSent from Yahoo Mail for iPhone\n\n\n" + fwd_header_block(m) + full_text(m)
    extra = []
    if a == "thunderbird-forward":
        extra = ["User-Agent: Mozilla Thunderbird"]
    if a == "outlook-forward":
        extra = ["X-MS-Has-Attach: %s" % ("yes" if m.get("attachments") else ""), "Content-Language: en-US"]
    if a == "apple-forward":
        extra = ["X-Mailer: iPhone Mail (22D82)"]
    if a == "gmail-forward":
        first = alt_part(text, "f" + m["id"])
    elif a == "outlook-forward":
        first = alt_part(text, "f" + m["id"])
    elif a == "apple-forward":
        first = text_part(text, "b64")
    else:
        first = text_part(text)
    return envelope_headers(m, mid, when, subj, extra) + mixed(first, m.get("attachments"), "f" + m["id"]), mid, when


# ------------------------------------------------------------------ gold
def status_commit(sent, due, fulfilled, as_of):
    if fulfilled:
        return "fulfilled"
    if due:
        return "overdue" if date.fromisoformat(due) < as_of else "open"
    return "overdue" if (as_of - sent.date()).days > 21 else "open"


def build(outdir):
    rendered = {}
    for mid_ in ORDER:
        m = MSGS[mid_]
        if m["arrival"] == "not-forwarded":
            continue
        rendered[mid_] = render(m)
    arrival_order = sorted(rendered, key=lambda k: (rendered[k][2], ORDER.index(k)))
    mb = os.path.join(outdir, "mailbox")
    os.makedirs(mb, exist_ok=True)
    for f in os.listdir(mb):
        if f.endswith(".eml"):
            os.remove(os.path.join(mb, f))
    files = {}
    for i, k in enumerate(arrival_order, 1):
        fn = "%04d.eml" % i
        files[k] = fn
        with open(os.path.join(mb, fn), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(rendered[k][0])

    as_of = date.fromisoformat(S.AS_OF)
    role_of_email = {}
    for k in ORDER:
        role_of_email.setdefault(S.P[MSGS[k]["sender"]][1], MSGS[k]["role"])
    messages = []
    for k in arrival_order:
        m = MSGS[k]
        labels = json.loads(json.dumps(m["labels"]))
        name, email, _ = S.P[m["sender"]]
        messages.append({
            "file": files[k], "id": k, "thread": m["thread"], "arrival": m["arrival"],
            "arrived_at": iso(rendered[k][2]), "source_message_id": rendered[k][1], "role": m["role"],
            "original": {"from_name": name, "from_email": email, "date": iso(local(m["date"])),
                         "subject": subject(m), "message_id": msgid(m)},
            "auto_reply": bool(m.get("auto_reply")), "labels": labels,
        })
    src = {k: rendered[k][1] for k in rendered}
    fulfil = {}
    answer = {}
    for k in arrival_order:
        for c in MSGS[k]["labels"]["fulfills"]:
            fulfil.setdefault(c, []).append(k)
        for r in MSGS[k]["labels"]["answers"]:
            answer.setdefault(r, []).append(k)
    commitments, requests, missed = [], [], []
    for k in ORDER:
        m = MSGS[k]
        if k not in rendered:
            continue
        sent = local(m["date"])
        for c in m["labels"]["commitments"]:
            fb = fulfil.get(c["id"], [])
            commitments.append({
                "id": c["id"], "message": k, "source_message_id": src[k], "sent": iso(sent), "by": c["by"],
                "by_role": m["role"], "what": c["what"], "quote": c["quote"], "due": c["due"],
                "fulfilled_by": [src[x] for x in fb], "fulfilled_by_ids": fb,
                "first_fulfilled": min((iso(local(MSGS[x]["date"])) for x in fb), default=None),
                "status_as_of": status_commit(sent, c["due"], fb, as_of),
            })
        for r in m["labels"]["requests"]:
            ab = answer.get(r["id"], [])
            requests.append({
                "id": r["id"], "message": k, "source_message_id": src[k], "by": r["by"], "quote": r["quote"],
                "answered_by_ids": ab, "answered_by": [src[x] for x in ab],
                "status_as_of": "answered" if ab else "unanswered",
            })
        for ms in m["labels"]["missed_services"]:
            missed.append(dict(ms, message=k, source_message_id=src[k]))
    queries = []
    for q, topic in S.QUERIES:
        exp = sorted(src[k] for k in rendered if topic in MSGS[k]["labels"]["topics"])
        queries.append({"q": q, "topic": topic, "expect": exp})
    gold = {
        "corpus": S.CORPUS, "as_of": S.AS_OF, "timezone": S.TIMEZONE, "user": S.USER,
        "trail_address": S.TRAIL, "students": S.STUDENTS, "messages": messages,
        "commitments": commitments, "requests": requests, "missed_services": missed, "queries": queries,
    }
    with open(os.path.join(outdir, "gold.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(gold, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    return gold


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: build.py OUTDIR")
    build(sys.argv[1])
