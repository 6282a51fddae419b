#!/usr/bin/env python3
"""Deterministic generator: python3 build.py OUTDIR -> OUTDIR/mailbox/*.eml + OUTDIR/gold.json (stdlib only)."""
import base64, datetime as dt, email.quoprimime as qp, hashlib, html, json, os, sys, uuid
from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import source as S

TZ = ZoneInfo(S.TIMEZONE)
MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def h(*parts, n=32):
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:n]


def parse(s, sec=0):
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(second=sec, tzinfo=TZ)
    return d


def iso(d):
    return d.isoformat()


def rfc(d):
    return "%s, %02d %s %d %02d:%02d:%02d %s" % (DAY[d.weekday()][:3], d.day, MON[d.month - 1][:3], d.year, d.hour, d.minute, d.second,
                                               d.strftime("%z"))


def h12(d, secs=False):
    hr = d.hour % 12 or 12
    ap = "AM" if d.hour < 12 else "PM"
    return ("%d:%02d:%02d %s" % (hr, d.minute, d.second, ap)) if secs else ("%d:%02d %s" % (hr, d.minute, ap))


def tzabbr(d):
    return d.tzname()


def addr(key):
    name, email = S.P[key][0], S.P[key][1]
    return "%s <%s>" % (name, email)


def msgid(kind, seed):
    x = h(kind, seed, n=40)
    if kind == "gmail":
        return "<CA+%s@mail.gmail.com>" % x[:26].upper()
    if kind == "yahoo":
        return "<%d.%d@mail.yahoo.com>" % (int(x[:8], 16) % 10**10, int(x[8:14], 16) % 10**7)
    if kind in ("apple", "iphone"):
        u = uuid.UUID(x[:32]).__str__().upper()
        return "<%s@gmail.com>" % u
    if kind == "thunderbird":
        return "<%s@gmail.com>" % uuid.UUID(x[:32])
    if kind == "outlook_cfap":
        return "<%s@PH0PR11MB%s.namprd11.prod.outlook.com>" % (x[:32].upper(), x[32:36].upper())
    # school outlook
    return "<%s@BN0PR02MB%s.namprd02.prod.outlook.com>" % (x[:32].upper(), x[32:36].upper())


def sender_idkind(key):
    client = S.P[key][3]
    email = S.P[key][1]
    if email.endswith("gmail.com"):
        return "gmail" if client == "gmail" else "iphone"
    if email.endswith("yahoo.com"):
        return "yahoo"
    if email.endswith("cfap-nc.org"):
        return "outlook_cfap"
    return "outlook"


# ------------------------------------------------------------------ collect messages
MSGS = {}
ORDER = []
for t in S.THREADS:
    for i, m in enumerate(t["messages"]):
        m = dict(m)
        m["thread"] = t["id"]
        m["_date"] = parse(m["date"], m.get("date_seconds", 0))
        MSGS[m["id"]] = m
        ORDER.append(m["id"])

for t in S.THREADS:
    for m0 in t["messages"]:
        m = MSGS[m0["id"]]
        m["message_id"] = msgid(sender_idkind(m["from"]), "orig:" + m["id"])
        if m.get("subject"):
            subj = m["subject"]
        elif m.get("reply_to"):
            parent = MSGS[m["reply_to"]]
            base = parent["subj"]
            for p in ("RE: ", "Re: "):
                if base.startswith(p):
                    base = base[len(p):]
            pre = "RE: " if S.P[m["from"]][3] in ("outlook", "iphone_outlook") else "Re: "
            subj = pre + base
        else:
            subj = t["subject"]
        if m.get("subject_prefix"):
            base = MSGS[m["reply_to"]]["subj"] if m.get("reply_to") else subj
            subj = m["subject_prefix"] + base
        m["subj"] = subj
        if m.get("reply_to"):
            parent = MSGS[m["reply_to"]]
            m["in_reply_to"] = parent["message_id"]
            m["references"] = parent.get("references", []) + [parent["message_id"]]
        else:
            m["references"] = []


def sig(m):
    return m["signature"] if "signature" in m else S.P[m["from"]][4]


def recipients(m):
    to = [addr(k) for k in m.get("to", [])] + m.get("to_raw", [])
    cc = [addr(k) for k in m.get("cc", [])] + m.get("cc_raw", [])
    return to, cc


def own_text(m):
    s = sig(m)
    return m["body"].rstrip("\n") + ("\n\n" + s if s else "")


def full_text(m):
    """What the sender's message body contains: own text + quoted history (per sender's client)."""
    txt = own_text(m)
    if m.get("reply_to") and m.get("quote", True):
        p = MSGS[m["reply_to"]]
        client = S.P[m["from"]][3]
        pd = p["_date"]
        ptxt = full_text(p)
        to, cc = recipients(p)
        if client in ("outlook", "iphone_outlook"):
            hdr = ["________________________________", "From: %s" % addr(p["from"]),
                   "Sent: %s, %s %d, %d %s" % (DAY[pd.weekday()], MON[pd.month - 1], pd.day, pd.year, h12(pd)),
                   "To: %s" % "; ".join(to)]
            if cc:
                hdr.append("Cc: %s" % "; ".join(cc))
            hdr.append("Subject: %s" % p["subj"])
            txt += "\n\n" + "\n".join(hdr) + "\n\n" + ptxt
        elif client == "iphone":
            q = "\n".join((">" + (" " + l if l else "")) for l in ptxt.split("\n"))
            txt += "\n\n> On %s %d, %d, at %s, %s wrote:\n>\n%s" % (MON[pd.month - 1][:3], pd.day, pd.year, h12(pd), addr(p["from"]), q)
        elif client == "yahoo":
            q = "\n".join(("> " + l if l else ">") for l in ptxt.split("\n"))
            txt += "\n\n    On %s, %s %d, %d at %s, %s wrote:\n\n%s" % (DAY[pd.weekday()], MON[pd.month - 1], pd.day, pd.year,
                                                                         h12(pd), addr(p["from"]), q)
        else:  # gmail
            q = "\n".join(("> " + l if l else ">") for l in ptxt.split("\n"))
            txt += "\n\nOn %s, %s %d, %d at %s %s wrote:\n%s" % (DAY[pd.weekday()][:3], MON[pd.month - 1][:3], pd.day, pd.year, h12(pd),
                                                                 addr(p["from"]), q)
    return txt


# ------------------------------------------------------------------ MIME helpers
def pdf_bytes(lines):
    esc = [l.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for l in lines]
    content = "BT\n/F1 10 Tf\n50 750 Td\n13 TL\n" + "".join("(%s) Tj T*\n" % l for l in esc) + "ET\n"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length %d >>\nstream\n%sendstream" % (len(content.encode("latin-1")), content),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i + 1, o)).encode("latin-1")
    x = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)).encode()
    return out


def b64(b):
    s = base64.b64encode(b).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def text_part(text):
    body = qp.body_encode(text, maxlinelen=76)
    return 'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n' + body + "\n"


def html_part(text):
    paras = html.escape(text).split("\n")
    inner = "".join("<div>%s</div>" % (p if p else "<br>") for p in paras)
    doc = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="ltr">%s</div></body></html>' % inner
    return 'Content-Type: text/html; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n' + qp.body_encode(doc, maxlinelen=76) + "\n"


def boundary(seed):
    return "===============%s==" % (int(h("b", seed, n=16), 16) % 10**19)


def multipart(kind, parts, seed):
    b = boundary(seed + kind)
    out = 'Content-Type: multipart/%s;\n boundary="%s"\n\n' % (kind, b)
    for p in parts:
        out += "--%s\n%s\n" % (b, p)
    out += "--%s--\n" % b
    return out


def attach_part(a):
    data = pdf_bytes(a["text"])
    return ('Content-Type: application/pdf; name="%s"\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment;\n filename="%s"\n\n%s\n'
            % (a["name"], a["name"], b64(data)))


def content(text, html_flag, attachments, seed):
    if html_flag:
        body = multipart("alternative", [text_part(text), html_part(text)], seed)
    else:
        body = text_part(text)
    if attachments:
        return multipart("mixed", [body] + [attach_part(a) for a in attachments], seed)
    return body


def fold_list(label, items):
    if not items:
        return ""
    return "%s: %s\n" % (label, ",\n ".join(items))


def headers(frm, to, cc, subj, date, mid, irt=None, refs=None, extra=None):
    out = "From: %s\n" % frm
    out += fold_list("To", to)
    out += fold_list("Cc", cc)
    out += "Subject: %s\nDate: %s\nMessage-ID: %s\n" % (subj, rfc(date), mid)
    if irt:
        out += "In-Reply-To: %s\n" % irt
    if refs:
        out += "References: %s\n" % "\n ".join(refs)
    for k, v in (extra or []):
        out += "%s: %s\n" % (k, v)
    out += "MIME-Version: 1.0\n"
    return out


def original_eml(m, extra=None):
    to, cc = recipients(m)
    hdr = headers(addr(m["from"]), to, cc, m["subj"], m["_date"], m["message_id"], m.get("in_reply_to"), m.get("references"),
                  (extra or []) + ([("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")] if m.get("auto_reply") else []))
    return hdr + content(full_text(m), m.get("html"), m.get("attachments"), m["id"])


def fwd_block(kind, m):
    d = m["_date"]
    to, cc = recipients(m)
    frm = addr(m["from"])
    if kind == "gmail-forward":
        s = "---------- Forwarded message ---------\nFrom: %s\nDate: %s, %s %d, %d at %s\nSubject: %s\nTo: %s\n" % (
            frm, DAY[d.weekday()][:3], MON[d.month - 1][:3], d.day, d.year, h12(d), m["subj"], ", ".join(to))
        if cc:
            s += "Cc: %s\n" % ", ".join(cc)
        return s + "\n\n"
    if kind == "outlook-forward":
        s = "________________________________\nFrom: %s\nSent: %s, %s %d, %d %s\nTo: %s\n" % (
            frm, DAY[d.weekday()], MON[d.month - 1], d.day, d.year, h12(d), "; ".join(to))
        if cc:
            s += "Cc: %s\n" % "; ".join(cc)
        return s + "Subject: %s\n\n" % m["subj"]
    if kind == "apple-forward":
        s = "Begin forwarded message:\n\nFrom: %s\nSubject: %s\nDate: %s %d, %d at %s %s\nTo: %s\n" % (
            frm, m["subj"], MON[d.month - 1], d.day, d.year, h12(d, True), tzabbr(d), ", ".join(to))
        if cc:
            s += "Cc: %s\n" % ", ".join(cc)
        return s + "\n"
    if kind == "thunderbird-forward":
        s = "-------- Forwarded Message --------\nSubject: \t%s\nDate: \t%s\nFrom: \t%s\nTo: \t%s\n" % (m["subj"], rfc(d), frm, ", ".join(to))
        if cc:
            s += "CC: \t%s\n" % ", ".join(cc)
        return s + "\n\n\n"
    if kind == "yahoo-forward":
        s = "----- Forwarded Message -----\nFrom: %s\nTo: %s\n" % (frm, ", ".join(to))
        if cc:
            s += "Cc: %s\n" % "; ".join(cc)
        s += "Sent: %s, %s %d, %d, %s %s\nSubject: %s\n\n" % (DAY[d.weekday()], MON[d.month - 1], d.day, d.year,
                                                            h12(d, True).rjust(11, "0"), tzabbr(d), m["subj"])
        return s
    raise ValueError(kind)


FWD_PREFIX = {"gmail-forward": "Fwd: ", "outlook-forward": "FW: ", "apple-forward": "Fwd: ", "thunderbird-forward": "Fwd: ",
              "yahoo-forward": "Fw: ", "attachment-forward": "Fwd: "}
FWD_ID = {"gmail-forward": "gmail", "apple-forward": "apple", "thunderbird-forward": "thunderbird", "attachment-forward": "thunderbird"}


def render(m):
    """Return (eml_text, source_message_id, arrived_at datetime)."""
    arr = m["arrival"]
    trail = S.TRAIL
    if arr in ("direct", "bcc-self"):
        arrived = m["_date"] + dt.timedelta(seconds=7)
        return original_eml(m, [("Delivered-To", trail)]), m["message_id"], arrived
    fby = m.get("forward_by", "renee")
    arrived = parse(m["forwarded_at"]) if m.get("forwarded_at") else m["_date"] + dt.timedelta(hours=2, minutes=17)
    kind = FWD_ID.get(arr) or sender_idkind(fby)
    if arr == "outlook-forward":
        kind = "outlook_cfap"
    if arr == "yahoo-forward":
        kind = "yahoo"
    fid = msgid(kind, "fwd:" + m["id"])
    subj = FWD_PREFIX[arr] + m["subj"]
    note = m.get("forward_note", "")
    frm = addr(fby)
    hdr = headers(frm, [trail], [], subj, arrived, fid, extra=[("Delivered-To", trail)])
    if arr == "attachment-forward":
        inner = original_eml(m)
        outer_txt = text_part((note + "\n") if note else "\n")
        part = ('Content-Type: message/rfc822; name="%s.eml"\nContent-Disposition: attachment; filename="%s.eml"\n\n%s'
                % (m["subj"].replace('"', ""), m["subj"].replace('"', ""), inner))
        return hdr + multipart("mixed", [outer_txt, part], "fwd" + m["id"]), fid, arrived
    top = note + "\n\n" if note else "\n"
    if arr == "apple-forward":
        top = (note + "\n\n" if note else "") + "Sent from my iPhone\n\n"
    if arr == "outlook-forward":
        top = (note + "\n\n" if note else "") + S.P[fby][4] + "\n\n"
    text = top + fwd_block(arr, m) + full_text(m)
    return hdr + content(text, m.get("html"), m.get("attachments"), "fwd" + m["id"]), fid, arrived


def build(outdir):
    os.makedirs(os.path.join(outdir, "mailbox"), exist_ok=True)
    rendered = []
    for mid in ORDER:
        m = MSGS[mid]
        if m["arrival"] == "not-forwarded":
            continue
        eml, sid, arrived = render(m)
        rendered.append((arrived, mid, eml, sid))
    rendered.sort(key=lambda r: (r[0], r[1]))
    sid_of = {}
    gold_msgs = []
    for i, (arrived, mid, eml, sid) in enumerate(rendered):
        m = MSGS[mid]
        fn = "%04d.eml" % (i + 1)
        with open(os.path.join(outdir, "mailbox", fn), "w", encoding="utf-8", newline="\n") as f:
            f.write(eml)
        sid_of[mid] = sid
        m["_file"], m["_arrived"] = fn, arrived
    as_of = dt.date.fromisoformat(S.AS_OF)
    commitments, requests, missed = [], [], []
    email_of = lambda k: S.P[k][1]
    for arrived, mid, eml, sid in rendered:
        m = MSGS[mid]
        L = m["labels"]
        lab = {"topics": list(L.get("topics", [])), "commitments": [], "fulfills": list(L.get("fulfills", [])), "requests": [],
               "answers": list(L.get("answers", [])), "missed_services": []}
        for c in L.get("commitments", []):
            lab["commitments"].append({"id": c["id"], "by": email_of(c["by"]), "what": c["what"], "quote": c["quote"], "due": c["due"]})
        for r in L.get("requests", []):
            lab["requests"].append({"id": r["id"], "by": email_of(r.get("by", m["from"])), "quote": r["quote"]})
        for (tp, d, mins) in L.get("missed", []):
            lab["missed_services"].append({"topic": tp, "date": d, "minutes": mins})
        if "attachment_topics" in L:
            lab["attachment_topics"] = list(L["attachment_topics"])
        gold_msgs.append({
            "file": m["_file"], "id": mid, "thread": m["thread"], "arrival": m["arrival"], "arrived_at": iso(arrived),
            "source_message_id": sid, "role": S.P[m["from"]][2],
            "original": {"from_name": S.P[m["from"]][0], "from_email": S.P[m["from"]][1], "date": iso(m["_date"]),
                         "subject": m["subj"], "message_id": m["message_id"]},
            "auto_reply": bool(m.get("auto_reply")), "labels": lab})
    # fulfilment / answer maps
    fulfil, answ = {}, {}
    for arrived, mid, eml, sid in rendered:
        m = MSGS[mid]
        for c in m["labels"].get("fulfills", []):
            fulfil.setdefault(c, []).append(mid)
        for r in m["labels"].get("answers", []):
            answ.setdefault(r, []).append(mid)
    for arrived, mid, eml, sid in rendered:
        m = MSGS[mid]
        for c in m["labels"].get("commitments", []):
            fb = sorted(fulfil.get(c["id"], []), key=lambda x: MSGS[x]["_date"])
            first = MSGS[fb[0]]["_date"] if fb else None
            if first and first.date() <= as_of:
                st = "fulfilled"
            elif c["due"]:
                st = "overdue" if dt.date.fromisoformat(c["due"]) < as_of else "open"
            else:
                age = (as_of - m["_date"].date()).days
                st = "overdue" if age > 21 else ("open" if age < 2 else "AMBIGUOUS")
            commitments.append({"id": c["id"], "message": mid, "source_message_id": sid, "sent": iso(m["_date"]), "by": email_of(c["by"]),
                                "by_role": S.P[c["by"]][2], "what": c["what"], "quote": c["quote"], "due": c["due"],
                                "fulfilled_by": [sid_of[x] for x in fb], "fulfilled_by_ids": fb,
                                "first_fulfilled": iso(first) if first else None, "status_as_of": st})
        for r in m["labels"].get("requests", []):
            ab = sorted(answ.get(r["id"], []), key=lambda x: MSGS[x]["_date"])
            requests.append({"id": r["id"], "message": mid, "source_message_id": sid, "by": email_of(r.get("by", m["from"])), "quote": r["quote"],
                             "answered_by_ids": ab, "answered_by": [sid_of[x] for x in ab],
                             "status_as_of": "answered" if ab else "unanswered"})
        for (tp, d, mins) in m["labels"].get("missed", []):
            missed.append({"topic": tp, "date": d, "minutes": mins, "message": mid, "source_message_id": sid})
    queries = []
    for q, tp in S.QUERIES:
        queries.append({"q": q, "topic": tp, "expect": sorted(g["source_message_id"] for g in gold_msgs if tp in g["labels"]["topics"])})
    gold = {"corpus": S.CORPUS, "as_of": S.AS_OF, "timezone": S.TIMEZONE, "user": S.USER, "trail_address": S.TRAIL,
            "students": S.STUDENTS, "messages": gold_msgs, "commitments": commitments, "requests": requests,
            "missed_services": missed, "queries": queries}
    with open(os.path.join(outdir, "gold.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(gold, f, indent=1, ensure_ascii=False)
        f.write("\n")
    return gold


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python3 build.py OUTDIR")
    g = build(sys.argv[1])
    print("%d messages, %d commitments, %d requests, %d missed rows, %d queries" % (
        len(g["messages"]), len(g["commitments"]), len(g["requests"]), len(g["missed_services"]), len(g["queries"])))
