#!/usr/bin/env python3
"""Deterministic generator: python3 build.py OUTDIR -> OUTDIR/mailbox/*.eml + OUTDIR/gold.json (stdlib only)."""
import base64, datetime as dt, email.quoprimime, hashlib, json, os, sys, textwrap, uuid
from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import source as S

TZ = ZoneInfo(S.TIMEZONE)
QUERIES = [
    ("remote microphone", "assistive_technology"),
    ("notetaker", "class_notes"),
    ("interpreter", "paraprofessional"),
    ("extended time", "extended_time"),
    ("speech therapy", "speech_language_therapy"),
    ("seating", "preferential_seating"),
    ("testing room", "separate_setting"),
    ("teacher of the deaf", "specialized_instruction"),
    ("IEP meeting", "iep_meeting"),
    ("compensatory services", "compensatory_services"),
]
FWD_DEFAULT = {"gmail-forward": "erik", "apple-forward": "erik", "attachment-forward": "erik",
               "outlook-forward": "karin", "thunderbird-forward": "karin", "yahoo-forward": "karin_y"}
FWD_CLIENT = {"gmail-forward": "gmail", "apple-forward": "apple", "attachment-forward": "gmail",
              "outlook-forward": "outlook", "thunderbird-forward": "tbird", "yahoo-forward": "yahoo"}
FWD_PREFIX = {"gmail": "Fwd: ", "apple": "Fwd: ", "outlook": "FW: ", "tbird": "Fwd: ", "yahoo": "Fw: "}


def H(*parts, n=32):
    return hashlib.sha256(("|".join(parts)).encode()).hexdigest()[:n]


def local(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def rfc(d):
    return d.strftime("%a, %d %b %Y %H:%M:%S %z")


def person(key):
    if key == "trail":
        return (None, S.TRAIL, None)
    return S.P[key]


def addr(key):
    n, e, _ = person(key)
    return e if n is None else "%s <%s>" % (n, e)


def mid_for(client, seed, email_addr=""):
    h = H(S.CORPUS, seed)
    u = str(uuid.UUID(h)).upper()
    if client == "gmail":
        return "<CA+%s@mail.gmail.com>" % H(seed, "g", n=28).upper()
    if client == "outlook":
        p = h[:4].upper()
        return "<%s@MN2PR08MB%s.namprd08.prod.outlook.com>" % (h.upper(), p)
    if client == "apple":
        return "<%s@gmail.com>" % u
    if client == "iphone":
        return "<%s@%s>" % (u, email_addr.split("@")[1])
    if client == "tbird":
        return "<%s@outlook.com>" % str(uuid.UUID(h)).lower()
    if client == "yahoo":
        return "<%d.%d@mail.yahoo.com>" % (int(h[:8], 16) % 10**9, int(h[8:14], 16) % 10**7)
    if client == "agency":
        return "<%s.%s@mx.signalaccessmn.example.com>" % (h[:16], h[16:22])
    if client == "news":
        return "<%s@notify.schoolpulse.example.com>" % h[:24]
    raise ValueError(client)


def mua(key):
    m = S.P[key][2]
    if key == "kuc":
        return "iphone"
    return m


# ---------------------------------------------------------------- messages
MSGS, ORDER = {}, []
for t in S.THREADS:
    for m in t["messages"]:
        m = dict(m)
        m["thread"] = t["id"]
        m["tsubject"] = t["subject"]
        MSGS[m["id"]] = m
        ORDER.append(m["id"])


def subject_of(m):
    if m.get("subject"):
        return m["subject"]
    if m.get("reply_to"):
        pre = "RE: " if mua(m["frm"]) == "outlook" else "Re: "
        return pre + m["tsubject"]
    return m["tsubject"]


def sig_text(m):
    k = m.get("sig", None)
    if k is None:
        k = m["frm"]
    if not k:
        return ""
    return S.SIG.get(k, k)


def own_text(m):
    t = m["body"].rstrip("\n")
    s = sig_text(m)
    if s:
        t += "\n\n" + s
    return t


def date_of(m):
    return local(m["date"])


def orig_mid(m):
    return mid_for(mua(m["frm"]), m["id"] + "orig", S.P[m["frm"]][1])


def hdr_list(keys):
    return ", ".join(addr(k) for k in keys if k != "trail") if keys else ""


def gmail_date(d):
    return d.strftime("%a, %b ") + str(d.day) + d.strftime(", %Y at ") + d.strftime("%I:%M %p").lstrip("0")


def outlook_date(d):
    return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y ") + d.strftime("%I:%M %p").lstrip("0")


def full_text(m):
    """Text as the sender's client wrote it: own text plus quoted history."""
    t = own_text(m)
    if m.get("reply_to") and m.get("quote", True):
        p = MSGS[m["reply_to"]]
        pd = date_of(p)
        pt = full_text(p)
        c = mua(m["frm"])
        if c == "outlook":
            lines = ["", "", "________________________________",
                     "From: %s" % addr(p["frm"]), "Sent: %s" % outlook_date(pd),
                     "To: %s" % hdr_list(p.get("to", [])).replace(", ", "; ")]
            if [k for k in p.get("cc", []) if k != "trail"]:
                lines.append("Cc: %s" % hdr_list(p["cc"]).replace(", ", "; "))
            lines += ["Subject: %s" % subject_of(p), "", pt]
            t += "\n".join(lines)
        else:
            if c == "iphone":
                head = "On %s, at %s, %s wrote:" % (pd.strftime("%b ") + str(pd.day) + pd.strftime(", %Y"),
                                                    pd.strftime("%I:%M %p").lstrip("0"), addr(p["frm"]))
            else:
                head = "On %s %s wrote:" % (gmail_date(pd), addr(p["frm"]))
            q = "\n".join((">" if not ln else "> " + ln) for ln in pt.split("\n"))
            t += "\n\n" + head + "\n\n" + q
    return t


# ---------------------------------------------------------------- MIME
class B:
    n = 0


def boundary(seed):
    return "===============%s==" % str(int(H(seed, "b", n=15), 16))[:19]


def qp(text):
    text = text.replace("\r\n", "\n")
    enc = email.quoprimime.body_encode(text, maxlinelen=76)
    return enc


def text_part(text, html=False, seed=""):
    if not html:
        return ["Content-Type: text/plain; charset=\"utf-8\"", "Content-Transfer-Encoding: quoted-printable", "", qp(text)]
    b = boundary(seed + "alt")
    import html as _h
    paras = "".join("<div>%s</div>\n" % (_h.escape(ln) if ln else "<br>") for ln in text.split("\n"))
    hb = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n" + paras + "</body></html>"
    return ["Content-Type: multipart/alternative;", ' boundary="%s"' % b, "",
            "--" + b, "Content-Type: text/plain; charset=\"utf-8\"", "Content-Transfer-Encoding: quoted-printable", "", qp(text), "",
            "--" + b, "Content-Type: text/html; charset=\"utf-8\"", "Content-Transfer-Encoding: quoted-printable", "", qp(hb), "",
            "--" + b + "--"]


def pdf_bytes(text):
    lines = []
    for para in text.split(". "):
        lines += textwrap.wrap(para.strip() + ("" if para.endswith(".") else "."), 88) or [""]
    esc = lambda s: s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT\n/F1 10 Tf\n50 750 Td\n13 TL\n" + "".join("(%s) Tj T*\n" % esc(l) for l in lines) + "ET\n"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length %d >>\nstream\n%sendstream" % (len(content), content),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = "%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += "%d 0 obj\n%s\nendobj\n" % (i, o)
    x = len(out)
    out += "xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + "".join("%010d 00000 n \n" % o for o in offs)
    out += "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out.encode("latin-1")


def att_part(a):
    name, text = a
    b64 = base64.b64encode(pdf_bytes(text)).decode()
    return ["Content-Type: application/pdf; name=\"%s\"" % name, "Content-Transfer-Encoding: base64",
            "Content-Disposition: attachment;", ' filename="%s"' % name, "", "\n".join(textwrap.wrap(b64, 76))]


def mixed(parts, seed):
    b = boundary(seed + "mix")
    out = ["Content-Type: multipart/mixed;", ' boundary="%s"' % b, ""]
    for p in parts:
        out += ["--" + b] + p + [""]
    out.append("--" + b + "--")
    return out


def body_lines(text, atts, html, seed):
    tp = text_part(text, html, seed)
    if not atts:
        return tp
    return mixed([tp] + [att_part(a) for a in atts], seed)


def orig_headers(m):
    h = ["From: %s" % addr(m["frm"]), "To: %s" % ", ".join(addr(k) for k in m.get("to", []))]
    if m.get("cc"):
        h.append("Cc: %s" % ", ".join(addr(k) for k in m["cc"]))
    h += ["Subject: %s" % subject_of(m), "Date: %s" % rfc(date_of(m)), "Message-ID: %s" % orig_mid(m)]
    if m.get("reply_to"):
        chain, r = [], m["reply_to"]
        while r:
            chain.insert(0, orig_mid(MSGS[r]))
            r = MSGS[r].get("reply_to")
        h.append("In-Reply-To: %s" % chain[-1])
        h.append("References: %s" % " ".join(chain))
    if m.get("auto"):
        h += ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]
    h.append("MIME-Version: 1.0")
    return h


def fwd_block(m, client):
    d = date_of(m)
    n, e, _ = S.P[m["frm"]]
    to = hdr_list(m.get("to", []))
    cc = hdr_list([k for k in m.get("cc", []) if k != "trail"])
    subj = subject_of(m)
    if client == "gmail":
        L = ["---------- Forwarded message ---------", "From: %s <%s>" % (n, e), "Date: %s" % gmail_date(d),
             "Subject: %s" % subj, "To: %s" % to] + (["Cc: %s" % cc] if cc else []) + ["", ""]
    elif client == "outlook":
        L = ["________________________________", "From: %s <%s>" % (n, e), "Sent: %s" % outlook_date(d), "To: %s" % to.replace(", ", "; ")] + \
            (["Cc: %s" % cc.replace(", ", "; ")] if cc else []) + ["Subject: %s" % subj, ""]
    elif client == "apple":
        L = ["Begin forwarded message:", "", "From: %s <%s>" % (n, e), "Subject: %s" % subj,
             "Date: %s" % (d.strftime("%B ") + str(d.day) + d.strftime(", %Y at ") + d.strftime("%I:%M:%S %p").lstrip("0") + " " + d.tzname()),
             "To: %s" % to] + (["Cc: %s" % cc] if cc else []) + [""]
    elif client == "tbird":
        L = ["-------- Forwarded Message --------", "Subject: \t%s" % subj,
             "Date: \t%s" % (d.strftime("%a, ") + str(d.day) + d.strftime(" %b %Y %H:%M:%S %z")),
             "From: \t%s <%s>" % (n, e), "To: \t%s" % to] + (["CC: \t%s" % cc] if cc else []) + ["", "", ""]
    elif client == "yahoo":
        L = ["----- Forwarded Message -----", "From: %s <%s>" % (n, e), "To: %s" % to] + (["Cc: %s" % cc.replace(", ", "; ")] if cc else []) + \
            ["Sent: %s" % (d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y, %I:%M:%S %p ") + d.tzname()), "Subject: %s" % subj, ""]
    return "\n".join(L) + "\n" + full_text(m)


def render(m):
    arr = m["arrival"]
    seed = m["id"]
    if arr in ("direct", "bcc-self"):
        h = orig_headers(m)
        h.insert(0, "Delivered-To: %s" % S.TRAIL)
        lines = h + body_lines(full_text(m), m.get("attachments"), m.get("html", False), seed)
        return "\n".join(lines) + "\n", orig_mid(m), date_of(m) + dt.timedelta(seconds=7)
    fk = m.get("fwd_by") or FWD_DEFAULT[arr]
    client = FWD_CLIENT[arr]
    fn, fe, _ = S.P[fk]
    fat = local(m["fwd_at"])
    fmid = mid_for(client, m["id"] + "fwd")
    subj = FWD_PREFIX[client] + subject_of(m)
    note = m.get("fwd_note", "")
    h = ["From: %s <%s>" % (fn, fe), "To: %s" % S.TRAIL, "Subject: %s" % subj, "Date: %s" % rfc(fat),
         "Message-ID: %s" % fmid, "MIME-Version: 1.0"]
    if arr == "attachment-forward":
        inner = orig_headers(m) + body_lines(full_text(m), m.get("attachments"), m.get("html", False), seed + "in")
        rfcpart = ["Content-Type: message/rfc822", "Content-Disposition: attachment;",
                   ' filename="%s.eml"' % subject_of(m).replace(" ", "_")[:60], ""] + inner
        lines = h + mixed([text_part(note + "\n\n" if note else "\n"), rfcpart], seed + "outer")
        return "\n".join(lines) + "\n", fmid, fat
    block = fwd_block(m, client)
    if client == "apple":
        text = (note + "\n\n" if note else "") + "Sent from my iPhone\n\n" + block
    elif client == "yahoo":
        text = (note + "\n\n" if note else "") + "\n" + block
    else:
        text = (note + "\n\n" if note else "\n") + block
    html = client in ("gmail", "outlook", "yahoo")
    lines = h + body_lines(text, m.get("attachments"), html, seed + "fw")
    return "\n".join(lines) + "\n", fmid, fat


# ---------------------------------------------------------------- gold
ROLE_BY_EMAIL = {}
for k, (n, e, c) in S.P.items():
    ROLE_BY_EMAIL[e] = "parent" if k in ("erik", "karin", "karin_y") else (
        "school" if e.endswith(S.D) or e.endswith(S.C) else "other")


def iso(d):
    return d.isoformat()


def build(out):
    rendered = []
    for mid in ORDER:
        m = MSGS[mid]
        eml, smid, arrived = render(m)
        rendered.append((arrived, mid, eml, smid))
    rendered.sort(key=lambda r: (r[0], ORDER.index(r[1])))
    os.makedirs(os.path.join(out, "mailbox"), exist_ok=True)
    for f in os.listdir(os.path.join(out, "mailbox")):
        os.remove(os.path.join(out, "mailbox", f))
    gm, SMID = [], {}
    for i, (arrived, mid, eml, smid) in enumerate(rendered, 1):
        fn = "%04d.eml" % i
        with open(os.path.join(out, "mailbox", fn), "w", encoding="utf-8", newline="\n") as f:
            f.write(eml)
        m = MSGS[mid]
        SMID[mid] = smid
        lab = m["labels"]
        L = {"topics": list(lab.get("topics", []))}
        if "attachment_topics" in lab:
            L["attachment_topics"] = list(lab["attachment_topics"])
        L["commitments"] = [{"id": c[0], "by": c[1], "what": c[2], "quote": c[3], "due": c[4]} for c in lab.get("commitments", [])]
        L["fulfills"] = list(lab.get("fulfills", []))
        L["requests"] = [{"id": r[0], "by": r[1], "quote": r[2]} for r in lab.get("requests", [])]
        L["answers"] = list(lab.get("answers", []))
        L["missed_services"] = [{"topic": x[0], "date": x[1], "minutes": x[2]} for x in lab.get("missed", [])]
        n, e, _ = S.P[m["frm"]]
        gm.append({"file": fn, "id": mid, "thread": m["thread"], "arrival": m["arrival"], "arrived_at": iso(arrived),
                   "source_message_id": smid, "role": m["role"],
                   "original": {"from_name": n, "from_email": e, "date": iso(date_of(m)), "subject": subject_of(m),
                                "message_id": orig_mid(m)},
                   "auto_reply": bool(m.get("auto")), "labels": L})
    asof = dt.date.fromisoformat(S.AS_OF)
    bymsg = {g["id"]: g for g in gm}
    commits, reqs, missed = [], [], []
    for g in gm:
        m = MSGS[g["id"]]
        for c in g["labels"]["commitments"]:
            ful = [x for x in gm if c["id"] in x["labels"]["fulfills"]]
            ful.sort(key=lambda x: x["original"]["date"])
            if ful:
                st = "fulfilled"
            elif c["due"]:
                st = "overdue" if dt.date.fromisoformat(c["due"]) < asof else "open"
            else:
                st = "overdue" if (asof - date_of(m).date()).days > 21 else "open"
            commits.append({"id": c["id"], "message": g["id"], "source_message_id": g["source_message_id"],
                            "sent": g["original"]["date"], "by": c["by"], "by_role": ROLE_BY_EMAIL[c["by"]],
                            "what": c["what"], "quote": c["quote"], "due": c["due"],
                            "fulfilled_by": [x["source_message_id"] for x in ful], "fulfilled_by_ids": [x["id"] for x in ful],
                            "first_fulfilled": ful[0]["original"]["date"] if ful else None, "status_as_of": st})
        for r in g["labels"]["requests"]:
            ans = [x for x in gm if r["id"] in x["labels"]["answers"]]
            ans.sort(key=lambda x: x["original"]["date"])
            reqs.append({"id": r["id"], "message": g["id"], "source_message_id": g["source_message_id"], "by": r["by"],
                         "quote": r["quote"], "answered_by_ids": [x["id"] for x in ans],
                         "answered_by": [x["source_message_id"] for x in ans],
                         "status_as_of": "answered" if ans else "unanswered"})
        for x in g["labels"]["missed_services"]:
            missed.append(dict(x, message=g["id"], source_message_id=g["source_message_id"]))
    queries = [{"q": q, "topic": t, "expect": sorted(g["source_message_id"] for g in gm if t in g["labels"]["topics"])}
               for q, t in QUERIES]
    gold = {"corpus": S.CORPUS, "as_of": S.AS_OF, "timezone": S.TIMEZONE, "user": S.USER, "trail_address": S.TRAIL,
            "students": S.STUDENTS, "messages": gm, "commitments": commits, "requests": reqs,
            "missed_services": missed, "queries": queries}
    with open(os.path.join(out, "gold.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(gold, f, indent=1, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
