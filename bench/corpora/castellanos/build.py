#!/usr/bin/env python3
"""Deterministic generator: python3 build.py OUTDIR -> OUTDIR/mailbox/NNNN.eml + OUTDIR/gold.json"""
import sys, os, json, hashlib, html, datetime, random
from zoneinfo import ZoneInfo
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr
import email.charset

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import source as S

TZ = ZoneInfo(S.TIMEZONE)
OUTLOOKISH = {"outlook", "outlookcom", "android"}


def H(s, n=32):
    return hashlib.sha256(s.encode()).hexdigest()[:n].upper()


def dt(s, sec=0):
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    return d + datetime.timedelta(seconds=sec)


def person(k):
    return S.P[k]


def addr(k):
    n, e = person(k)[0], person(k)[1]
    return formataddr((n, e))


def msgid(seed, client):
    h = H(seed)
    if client == "outlook":
        return "<%s@SA1PR04MB%s.namprd04.prod.outlook.com>" % (h, h[:4])
    if client in ("outlookcom", "android"):
        return "<%s@DM6PR11MB%s.namprd11.prod.outlook.com>" % (h, h[4:8])
    if client == "gmail":
        return "<CAJ%s%s@mail.gmail.com>" % (H(seed + "g", 20).lower(), H(seed + "h", 14))
    if client == "yahoo":
        return "<%d.%d@mail.yahoo.com>" % (int(H(seed, 8), 16) % 10**9, int(H(seed + "y", 6), 16))
    if client == "iphone":
        h = H(seed)
        return "<%s-%s-%s-%s-%s@icloud.com>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])
    if client == "thunderbird":
        h = H(seed).lower()
        return "<%s-%s-%s-%s-%s@gmail.com>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])
    raise ValueError(client)


# ---------------------------------------------------------------- index
MSGS = {}
THREAD_OF = {}
for t in S.THREADS:
    for m in t["messages"]:
        MSGS[m["id"]] = m
        THREAD_OF[m["id"]] = t


def client_of(m):
    return person(m["from"])[2]


def subject_of(m):
    if "subject" in m:
        return m["subject"]
    t = THREAD_OF[m["id"]]
    if m is t["messages"][0] or "reply_to" not in m:
        return t["subject"]
    return ("RE: " if client_of(m) in OUTLOOKISH else "Re: ") + t["subject"]


def orig_id(m):
    return msgid("orig:" + m["id"], client_of(m))


def date_of(m):
    return dt(m["date"], m.get("sec", 0))


def fmt_outlook_sent(d):
    return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y ") + d.strftime("%I:%M %p").lstrip("0")


def to_line(m):
    return ", ".join(addr(k) for k in m["to"])


def signature(m):
    if m.get("no_sig"):
        return ""
    k = m["from"]
    sig = person(k)[4]
    if k == "julian":
        sig = "Sent from my iPhone"
    return sig


def own_text(m):
    t = m["body"].rstrip("\n")
    sig = signature(m)
    if sig:
        lines = t.split("\n")
        if lines[-1].strip() and sig.split("\n")[0].strip().startswith(lines[-1].strip()):
            t = "\n".join(lines[:-1]).rstrip("\n")   # sender typed her name; the signature has it too
        t += "\n\n" + sig
    return t


def full_text(m, depth=0):
    """body + signature + quoted parent (as the sender's client would render it)."""
    t = own_text(m)
    pid = m.get("reply_to")
    if pid and m.get("quote", True) and depth < 4:
        p = MSGS[pid]
        t += "\n\n" + quote_block(m, p, depth)
    return t


def quote_block(m, p, depth):
    c = client_of(m)
    pn, pe = person(p["from"])[0], person(p["from"])[1]
    pd = date_of(p)
    ptext = full_text(p, depth + 1)
    if c in OUTLOOKISH:
        hdr = ["________________________________", "From: %s <%s>" % (pn, pe),
               "Sent: " + fmt_outlook_sent(pd), "To: " + to_line(p)]
        if p.get("cc"):
            hdr.append("Cc: " + ", ".join(addr(k) for k in p["cc"]))
        hdr.append("Subject: " + subject_of(p))
        return "\n".join(hdr) + "\n\n" + ptext
    if c == "gmail":
        h = "On %s, %s %d, %d at %s %s <%s> wrote:" % (pd.strftime("%a"), pd.strftime("%b"), pd.day, pd.year,
                                                     pd.strftime("%I:%M %p").lstrip("0"), pn, pe)
    elif c == "yahoo":
        h = "On %s, %s %d, %d, %s %s, %s <%s> wrote:" % (pd.strftime("%A"), pd.strftime("%B"), pd.day, pd.year,
                                                        pd.strftime("%I:%M:%S %p"), pd.tzname(), pn, pe)
    else:  # iphone
        h = "On %s %d, %d, at %s, %s <%s> wrote:" % (pd.strftime("%b"), pd.day, pd.year,
                                                     pd.strftime("%I:%M %p").lstrip("0"), pn, pe)
    q = "\n".join(("> " + l) if l else ">" for l in ptext.split("\n"))
    return h + "\n\n" + q


def to_html(text):
    parts = []
    for para in text.split("\n\n"):
        parts.append("<div>" + "<br>".join(html.escape(l) for l in para.split("\n")) + "</div><div><br></div>")
    return "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>" + "".join(parts) + "</body></html>"


def make_pdf(text):
    """Tiny one-page text PDF (Helvetica, ASCII-only)."""
    words, lines, cur = text.encode("ascii", "replace").decode().split(), [], ""
    for w in words:
        if len(cur) + len(w) + 1 > 88:
            lines.append(cur); cur = w
        else:
            cur = (cur + " " + w).strip()
    lines.append(cur)
    esc = lambda s: s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 10 Tf 50 750 Td 13 TL\n" + "".join("(%s) Tj T*\n" % esc(l) for l in lines) + "ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            "<< /Length %d >>\nstream\n%s\nendstream" % (len(stream.encode()), stream)]
    out, offs = b"%PDF-1.4\n", []
    for i, o in enumerate(objs, 1):
        offs.append(len(out)); out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode()
    x = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)).encode()
    return out


def set_body(msg, text, html_too=False, attachments=()):
    msg.set_content(text, charset="utf-8", cte="quoted-printable")
    if html_too:
        msg.add_alternative(to_html(text), subtype="html", charset="utf-8", cte="quoted-printable")
    for a in attachments:
        msg.add_attachment(make_pdf(a["text"]), maintype="application", subtype="pdf", filename=a["name"])


def original_message(m):
    """The original message as its sender sent it (used for direct, bcc-self, attachment-forward)."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = addr(m["from"])
    msg["To"] = to_line(m)
    if m.get("cc"):
        msg["Cc"] = ", ".join(addr(k) for k in m["cc"])
    msg["Subject"] = subject_of(m)
    msg["Date"] = format_datetime(date_of(m))
    msg["Message-ID"] = orig_id(m)
    if m.get("reply_to"):
        chain, p = [], m["reply_to"]
        while p:
            chain.insert(0, orig_id(MSGS[p])); p = MSGS[p].get("reply_to")
        msg["In-Reply-To"] = orig_id(MSGS[m["reply_to"]])
        msg["References"] = " ".join(chain)
    if m.get("auto_reply"):
        msg["Auto-Submitted"] = "auto-replied"
        msg["X-Auto-Response-Suppress"] = "All"
    msg["MIME-Version"] = "1.0"
    set_body(msg, full_text(m), m.get("html", False), m.get("attachments", ()))
    return msg


FWD = {
    "gmail-forward": ("irene_g", "gmail", "Fwd: "),
    "thunderbird-forward": ("irene_g", "thunderbird", "Fwd: "),
    "outlook-forward": ("irene", "outlook", "FW: "),
    "apple-forward": ("irene", "iphone", "Fwd: "),
    "attachment-forward": ("irene", "outlook", "Fw: "),
}


def fwd_header(kind, m):
    n, e = person(m["from"])[0], person(m["from"])[1]
    d = date_of(m)
    to = to_line(m)
    cc = ", ".join(addr(k) for k in m.get("cc", []))
    subj = subject_of(m)
    if kind == "gmail-forward":
        h = ["---------- Forwarded message ---------", "From: %s <%s>" % (n, e),
             "Date: %s, %s %d, %d at %s" % (d.strftime("%a"), d.strftime("%b"), d.day, d.year, d.strftime("%I:%M %p").lstrip("0")),
             "Subject: " + subj, "To: " + to]
        if cc: h.append("Cc: " + cc)
    elif kind == "thunderbird-forward":
        h = ["-------- Forwarded Message --------", "Subject: \t" + subj,
             "Date: \t" + format_datetime(d), "From: \t%s <%s>" % (n, e), "To: \t" + to]
        if cc: h.append("CC: \t" + cc)
    elif kind == "outlook-forward":
        h = ["________________________________", "From: %s <%s>" % (n, e), "Sent: " + fmt_outlook_sent(d), "To: " + to]
        if cc: h.append("Cc: " + cc)
        h.append("Subject: " + subj)
    elif kind == "apple-forward":
        h = ["Begin forwarded message:", "", "From: %s <%s>" % (n, e), "Subject: " + subj,
             "Date: %s %d, %d at %s %s" % (d.strftime("%B"), d.day, d.year, d.strftime("%I:%M:%S %p").lstrip("0"), d.tzname()),
             "To: " + to]
        if cc: h.append("Cc: " + cc)
    return "\n".join(h)


def render(m):
    """Return (EmailMessage, source_message_id, arrived_at datetime)."""
    kind = m["arrival"]
    if kind in ("direct", "bcc-self"):
        msg = original_message(m)
        arrived = date_of(m) + datetime.timedelta(seconds=7)
        body_msg = msg
        msg["Delivered-To"] = S.TRAIL
        if kind == "direct" and person(m["from"])[1] != S.USER["email"]:
            msg["X-MS-Exchange-Inbox-Rules-Loop"] = S.USER["email"]
        return msg, orig_id(m), arrived
    ik, cl, pre = FWD[kind]
    fat = dt(m["forwarded_at"]) if m.get("forwarded_at") else date_of(m) + datetime.timedelta(hours=3)
    outer = EmailMessage(policy=SMTP)
    outer["From"] = addr(ik)
    outer["To"] = S.TRAIL
    outer["Subject"] = pre + subject_of(m)
    outer["Date"] = format_datetime(fat)
    sid = msgid("fwd:" + m["id"], cl)
    outer["Message-ID"] = sid
    outer["MIME-Version"] = "1.0"
    note = m.get("forward_note", "")
    if kind == "attachment-forward":
        outer.set_content(note + "\n", charset="utf-8", cte="quoted-printable")
        outer.make_mixed()
        from email.mime.message import MIMEMessage
        part = MIMEMessage(original_message(m))
        part.add_header("Content-Disposition", "attachment", filename=subject_of(m)[:60].replace(":", "") + ".eml")
        outer.attach(part)
        return outer, sid, fat
    parts = []
    if note:
        parts.append(note)
    if kind == "apple-forward":
        parts.append("Sent from my iPhone")
    text = "\n\n".join(parts) + ("\n\n" if parts else "") + fwd_header(kind, m) + "\n\n" + full_text(m)
    set_body(outer, text, kind in ("gmail-forward", "outlook-forward"), m.get("attachments", ()))
    return outer, sid, fat


def iso(d):
    return d.isoformat()


def build(outdir):
    mb = os.path.join(outdir, "mailbox")
    os.makedirs(mb, exist_ok=True)
    for f in os.listdir(mb):
        if f.endswith(".eml"):
            os.remove(os.path.join(mb, f))
    rendered = []
    for t in S.THREADS:
        for m in t["messages"]:
            if m["arrival"] == "not-forwarded":
                continue
            msg, sid, arrived = render(m)
            rendered.append((arrived, m["id"], m, msg, sid, t["id"]))
    rendered.sort(key=lambda r: (r[0], r[1]))
    messages, SID, SENT = [], {}, {}
    for i, (arrived, mid, m, msg, sid, tid) in enumerate(rendered, 1):
        fn = "%04d.eml" % i
        random.seed("castellanos:" + mid)   # MIME boundaries come from random
        with open(os.path.join(mb, fn), "wb") as fh:
            fh.write(msg.as_bytes(policy=SMTP))
        SID[mid] = sid
        n, e, _, role, _ = person(m["from"])
        lab = json.loads(json.dumps(m["labels"]))
        for c in lab["commitments"]:
            c["by"] = person(c["by"])[1] if c.get("by") else e
            c.pop("by_key", None)
        for r in lab["requests"]:
            r["by"] = person(r["by"])[1] if r.get("by") else e
        messages.append({"file": fn, "id": mid, "thread": tid, "arrival": m["arrival"], "arrived_at": iso(arrived),
                         "source_message_id": sid, "role": role,
                         "original": {"from_name": n, "from_email": e, "date": iso(date_of(m)),
                                      "subject": subject_of(m), "message_id": orig_id(m)},
                         "auto_reply": bool(m.get("auto_reply")), "labels": lab})
    as_of = datetime.date.fromisoformat(S.AS_OF)
    bymsg = {x["id"]: x for x in messages}
    commitments, requests, missed = [], [], []
    for x in messages:
        for c in x["labels"]["commitments"]:
            ful = sorted([y for y in messages if c["id"] in y["labels"]["fulfills"]], key=lambda y: y["original"]["date"])
            sent = datetime.datetime.fromisoformat(x["original"]["date"])
            if ful:
                st = "fulfilled"
            elif c["due"]:
                st = "overdue" if datetime.date.fromisoformat(c["due"]) < as_of else "open"
            else:
                st = "overdue" if (as_of - sent.date()).days > 21 else "open"
            byrole = next(p[3] for p in S.P.values() if p[1] == c["by"])
            commitments.append({"id": c["id"], "message": x["id"], "source_message_id": x["source_message_id"],
                                "sent": x["original"]["date"], "by": c["by"], "by_role": byrole, "what": c["what"],
                                "quote": c["quote"], "due": c["due"],
                                "fulfilled_by": [y["source_message_id"] for y in ful],
                                "fulfilled_by_ids": [y["id"] for y in ful],
                                "first_fulfilled": ful[0]["original"]["date"] if ful else None,
                                "status_as_of": st})
        for r in x["labels"]["requests"]:
            ans = sorted([y for y in messages if r["id"] in y["labels"]["answers"]], key=lambda y: y["original"]["date"])
            requests.append({"id": r["id"], "message": x["id"], "source_message_id": x["source_message_id"],
                             "by": r["by"], "quote": r["quote"],
                             "answered_by_ids": [y["id"] for y in ans],
                             "answered_by": [y["source_message_id"] for y in ans],
                             "status_as_of": "answered" if ans else "unanswered"})
        for s in x["labels"]["missed_services"]:
            missed.append(dict(s, message=x["id"], source_message_id=x["source_message_id"]))
    queries = []
    for q, topic in S.QUERIES:
        exp = sorted(x["source_message_id"] for x in messages if topic in x["labels"]["topics"])
        queries.append({"q": q, "topic": topic, "expect": exp})
    gold = {"corpus": S.CORPUS, "as_of": S.AS_OF, "timezone": S.TIMEZONE, "user": S.USER,
            "trail_address": S.TRAIL, "students": S.STUDENTS, "messages": messages,
            "commitments": commitments, "requests": requests, "missed_services": missed, "queries": queries}
    with open(os.path.join(outdir, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    return gold


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: build.py OUTDIR")
    g = build(sys.argv[1])
    print("messages", len(g["messages"]), "commitments", len(g["commitments"]), "requests", len(g["requests"]),
          "missed", len(g["missed_services"]))
