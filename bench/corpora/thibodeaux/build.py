#!/usr/bin/env python3
"""Deterministic generator: python3 build.py OUTDIR -> OUTDIR/mailbox/*.eml and OUTDIR/gold.json (stdlib only)."""
import base64, datetime as dt, email.quoprimime as quoprimime, hashlib, html, importlib.util, json, os, sys, textwrap

HERE = os.path.dirname(os.path.abspath(__file__))


def load_source():
    spec = importlib.util.spec_from_file_location("source", os.path.join(HERE, "source.py"))
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


S = load_source()
DST_START = dt.datetime(2026, 3, 8, 2, 0)
DST_END = dt.datetime(2026, 11, 1, 2, 0)


def local(s):
    """'YYYY-MM-DD HH:MM' local Chicago time -> aware datetime."""
    naive = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    off = -5 if DST_START <= naive < DST_END else -6
    return naive.replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))


def tzabbr(d):
    return "CDT" if d.utcoffset() == dt.timedelta(hours=-5) else "CST"


def h(seed, n=40):
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{S.CORPUS}|{seed}|{i}".encode()).hexdigest()
        i += 1
    return out[:n]


def person(key):
    if key == "TRAIL":
        return (None, S.TRAIL, None, None)
    return S.P[key]


def addr(key):
    name, email, _, _ = person(key)
    return email if name is None else f"{name} <{email}>"


def msgid(client, seed, email):
    x = h(seed)
    if client == "gmail":
        return f"<CA+{x[:26].upper()}@mail.gmail.com>"
    if client == "outlook":
        return f"<{x[:32].upper()}@SJ0PR11MB{x[32:36].upper()}.namprd11.prod.outlook.com>"
    if client == "outlookcom":
        return f"<{x[:32].upper()}@BL1PR20MB{x[32:36].upper()}.namprd20.prod.outlook.com>"
    if client == "iphone":
        u = x[:32].upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{email.split('@')[1]}>"
    if client == "thunderbird":
        u = x[:32]
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{email.split('@')[1]}>"
    if client == "yahoo":
        return f"<{int(x[:8], 16) % 9000000000 + 1000000000}.{int(x[8:14], 16) % 9000000 + 1000000}@mail.yahoo.com>"
    if client == "mailer":
        return f"<{x[:24]}.{x[24:32]}@{email.split('@')[1]}>"
    raise ValueError(client)


def ampm(d, secs=False):
    hr = d.hour % 12 or 12
    return f"{hr}:{d.minute:02d}{':%02d' % d.second if secs else ''} {'AM' if d.hour < 12 else 'PM'}"


def rfc(d):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + d.strftime("%z")


def fmt_gmail(d):      # Fri, Jan 9, 2026 at 12:20 PM
    return f"{d.strftime('%a, %b')} {d.day}, {d.year} at {ampm(d)}"


def fmt_outlook(d):    # Thursday, January 22, 2026 3:10 PM
    return f"{d.strftime('%A, %B')} {d.day}, {d.year} {ampm(d)}"


def fmt_apple(d):      # February 6, 2026 at 8:05:00 AM CST
    return f"{d.strftime('%B')} {d.day}, {d.year} at {ampm(d, True)} {tzabbr(d)}"


def fmt_tbird(d):      # Wed, 4 Feb 2026 12:30:00 -0600
    return f"{d.strftime('%a')}, {d.day} {d.strftime('%b %Y %H:%M:%S %z')}"


def fmt_yahoo(d):      # Tuesday, January 13, 2026, 10:15:00 AM CST
    return f"{d.strftime('%A, %B')} {d.day}, {d.year}, {ampm(d, True)} {tzabbr(d)}"


def fmt_iphone_quote(d):  # Jan 28, 2026, at 7:20 AM
    return f"{d.strftime('%b')} {d.day}, {d.year}, at {ampm(d)}"


# ----------------------------------------------------------------------------- model
MSGS = {}
ORDER = []
for t in S.THREADS:
    for m in t["messages"]:
        m = dict(m)
        m["thread"] = t["id"]
        MSGS[m["id"]] = m
        ORDER.append(m["id"])

for mid in ORDER:
    m = MSGS[mid]
    name, email, role, client = person(m["from"])
    m["from_name"], m["from_email"], m["role"], m["client"] = name, email, role, client
    m["dt"] = local(m["date"])
    m["message_id"] = msgid(client, mid + "|orig", email)
    m.setdefault("cc", [])
    m.setdefault("auto_reply", False)
    m.setdefault("attachments", [])
    if "subject" not in m:
        prev = MSGS[m["reply_to"]]["subject"]
        low = prev.lower()
        if low.startswith("re:"):
            m["subject"] = prev
        else:
            m["subject"] = ("RE: " if client in ("outlook", "outlookcom") else "Re: ") + prev
    if m.get("reply_to"):
        p = MSGS[m["reply_to"]]
        m["refs"] = p.get("refs", []) + [p["message_id"]]
    else:
        m["refs"] = []


def sigtext(m):
    k = m.get("sig")
    return S.SIG[k] if k else None


def own_text(m):
    t = m["body"].rstrip("\n")
    s = sigtext(m)
    if s:
        t += "\n\n" + s
    return t


def quote_block(m, p):
    """History of message p as quoted by the client of the author of m."""
    c = m["client"]
    full = full_text(p)
    if c in ("outlook", "outlookcom"):
        hdr = ["________________________________", f"From: {addr_of(p)}", f"Sent: {fmt_outlook(p['dt'])}",
               "To: " + "; ".join(addr(k) for k in p["to"])]
        if p["cc"]:
            hdr.append("Cc: " + "; ".join(addr(k) for k in p["cc"]))
        hdr.append(f"Subject: {p['subject']}")
        return "\n".join(hdr) + "\n\n" + full
    if c == "gmail":
        lead = f"On {fmt_gmail(p['dt'])} {p['from_name']} <{p['from_email']}> wrote:"
    elif c == "iphone":
        lead = f"On {fmt_iphone_quote(p['dt'])}, {p['from_name']} <{p['from_email']}> wrote:"
    else:
        lead = f"On {fmt_yahoo(p['dt'])}, {p['from_name']} <{p['from_email']}> wrote:"
    quoted = "\n".join(("> " + l) if l else ">" for l in full.split("\n"))
    return lead + "\n\n" + quoted


def addr_of(m):
    return f"{m['from_name']} <{m['from_email']}>"


def full_text(m):
    t = own_text(m)
    if m.get("reply_to") and m.get("quote", True):
        t += "\n\n" + quote_block(m, MSGS[m["reply_to"]])
    return t + "\n"


# ----------------------------------------------------------------------------- MIME
def qp(text):
    return quoprimime.body_encode(text, maxlinelen=76)


def boundary(seed):
    return "===============" + str(int(h(seed, 16), 16) % 10**19).rjust(19, "0") + "=="


def text_part(text, html_too=False, seed=""):
    if not html_too:
        return ['Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable"], qp(text)
    b = boundary(seed + "|alt")
    hbody = "<html><body><div>" + html.escape(text).replace("\n", "<br>\n") + "</div></body></html>\n"
    body = (f"--{b}\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"
            + qp(text) + f"\n--{b}\nContent-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"
            + qp(hbody) + f"\n--{b}--\n")
    return [f'Content-Type: multipart/alternative;\n boundary="{b}"'], body


def pdf_bytes(text):
    lines = textwrap.wrap(text, 90)
    esc = lambda s: s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT\n/F1 10 Tf\n50 750 Td\n12 TL\n" + "".join(f"({esc(l)}) Tj T*\n" for l in lines) + "ET\n"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            f"<< /Length {len(stream)} >>\nstream\n{stream}endstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = "%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n"
    x = len(out)
    out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offs)
    out += f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n"
    return out.encode("latin-1")


def b64(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def with_attachments(head, body, atts, seed):
    if not atts:
        return head, body
    b = boundary(seed + "|mixed")
    out = f"--{b}\n" + "\n".join(head) + "\n\n" + body
    for a in atts:
        out += (f"\n--{b}\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n"
                f"Content-Disposition: attachment;\n filename=\"{a['name']}\"\n\n" + b64(pdf_bytes(a["text"])))
    out += f"\n--{b}--\n"
    return [f'Content-Type: multipart/mixed; boundary="{b}"'], out


def orig_headers(m):
    hd = [f"From: {addr_of(m)}", "To: " + ",\n ".join(addr(k) for k in m["to"])]
    if m["cc"]:
        hd.append("Cc: " + ",\n ".join(addr(k) for k in m["cc"]))
    hd += [f"Subject: {m['subject']}", f"Date: {rfc(m['dt'])}", f"Message-ID: {m['message_id']}"]
    if m["refs"]:
        hd.append(f"In-Reply-To: {m['refs'][-1]}")
        hd.append("References: " + "\n ".join(m["refs"]))
    if m["auto_reply"]:
        hd += ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]
    return hd


def original_message(m):
    """The original as a full RFC 822 text (used for direct, bcc-self and attachment forwards)."""
    ch, cb = text_part(full_text(m), m.get("html", False), m["id"])
    ch, cb = with_attachments(ch, cb, m["attachments"], m["id"])
    return orig_headers(m) + ["MIME-Version: 1.0"] + ch, cb


FWD = {
    "gmail-forward": ("gmail", "Fwd: "), "apple-forward": ("iphone", "Fwd: "), "outlook-forward": ("outlookcom", "FW: "),
    "thunderbird-forward": ("thunderbird", "Fwd: "), "yahoo-forward": ("yahoo", "Fwd: "), "attachment-forward": ("gmail", "Fwd: "),
}


def fwd_block(m, kind):
    to = ", ".join(addr(k) for k in m["to"])
    cc = ", ".join(addr(k) for k in m["cc"])
    if kind == "gmail-forward":
        hd = ["---------- Forwarded message ---------", f"From: {addr_of(m)}", f"Date: {fmt_gmail(m['dt'])}",
              f"Subject: {m['subject']}", f"To: {to}"] + ([f"Cc: {cc}"] if cc else [])
        return "\n".join(hd) + "\n\n\n"
    if kind == "apple-forward":
        hd = ["Begin forwarded message:", "", f"From: {addr_of(m)}", f"Subject: {m['subject']}",
              f"Date: {fmt_apple(m['dt'])}", f"To: {to}"] + ([f"Cc: {cc}"] if cc else [])
        return "\n".join(hd) + "\n\n"
    if kind == "outlook-forward":
        hd = ["________________________________", f"From: {addr_of(m)}", f"Sent: {fmt_outlook(m['dt'])}",
              "To: " + "; ".join(addr(k) for k in m["to"])]
        if cc:
            hd.append("Cc: " + "; ".join(addr(k) for k in m["cc"]))
        hd.append(f"Subject: {m['subject']}")
        return "\n".join(hd) + "\n\n"
    if kind == "thunderbird-forward":
        hd = ["-------- Forwarded Message --------", f"Subject: \t{m['subject']}", f"Date: \t{fmt_tbird(m['dt'])}",
              f"From: \t{addr_of(m)}", f"To: \t{to}"] + ([f"CC: \t{cc}"] if cc else [])
        return "\n".join(hd) + "\n\n\n\n"
    if kind == "yahoo-forward":
        hd = ["----- Forwarded Message -----", f"From: {addr_of(m)}", f"To: {to}"] + ([f"Cc: {cc}"] if cc else []) + \
             [f"Sent: {fmt_yahoo(m['dt'])}", f"Subject: {m['subject']}"]
        return "\n".join(hd) + "\n\n"
    raise ValueError(kind)


def render(m):
    kind = m["arrival"]
    if kind in ("direct", "bcc-self"):
        hd, body = original_message(m)
        hd = hd + [f"Delivered-To: {S.TRAIL}", f"X-Original-To: {S.TRAIL}"]
        m["source_message_id"] = m["message_id"]
        m["arrived"] = m["dt"]
        return "\n".join(hd) + "\n\n" + body
    fname, femail, _, fclient = person(m["fwd_by"])
    client, prefix = FWD[kind]
    if kind == "apple-forward" or kind == "attachment-forward":
        pass
    sid = msgid(client, m["id"] + "|fwd", femail)
    at = local(m["fwd_at"])
    m["source_message_id"], m["arrived"] = sid, at
    note = m.get("fwd_note", "")
    if kind == "apple-forward":
        note = (note + "\n\n" if note else "") + "Sent from my iPhone"
    outer = [f"From: {fname} <{femail}>", f"To: {S.TRAIL}", f"Date: {rfc(at)}", "MIME-Version: 1.0",
             f"Subject: {prefix}{m['subject']}", f"Message-ID: {sid}"]
    if kind == "attachment-forward":
        b = boundary(m["id"] + "|fwdatt")
        ih, ib = original_message(m)
        body = (f"--{b}\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"
                + qp(note + "\n") + f"\n--{b}\nContent-Type: message/rfc822\nContent-Disposition: attachment;\n"
                f" filename=\"{m['subject'][:40]}.eml\"\n\n" + "\n".join(ih) + "\n\n" + ib + f"\n--{b}--\n")
        return "\n".join(outer + [f'Content-Type: multipart/mixed; boundary="{b}"']) + "\n\n" + body
    text = (note + "\n\n" if note else "\n") + fwd_block(m, kind) + full_text(m)
    ch, cb = text_part(text, m.get("html", False), m["id"] + "|fwd")
    ch, cb = with_attachments(ch, cb, m["attachments"], m["id"] + "|fwd")
    return "\n".join(outer + ch) + "\n\n" + cb


# ----------------------------------------------------------------------------- gold
def iso(d):
    return d.isoformat()


def build(outdir):
    texts = {mid: render(MSGS[mid]) for mid in ORDER}
    arrival_order = sorted(ORDER, key=lambda k: (MSGS[k]["arrived"], MSGS[k]["dt"], k))
    os.makedirs(os.path.join(outdir, "mailbox"), exist_ok=True)
    as_of = dt.date.fromisoformat(S.AS_OF)
    messages, commitments, requests, missed = [], [], [], []
    fulfillers, answerers = {}, {}
    for mid in ORDER:
        L = MSGS[mid]["labels"]
        for c in L.get("fulfills", []):
            fulfillers.setdefault(c, []).append(mid)
        for r in L.get("answers", []):
            answerers.setdefault(r, []).append(mid)
    for i, mid in enumerate(arrival_order, 1):
        m = MSGS[mid]
        m["file"] = f"{i:04d}.eml"
        with open(os.path.join(outdir, "mailbox", m["file"]), "w", encoding="utf-8", newline="\n") as f:
            f.write(texts[mid])
    for mid in arrival_order:
        m = MSGS[mid]
        L = m["labels"]
        labels = {
            "topics": L.get("topics", []),
            "commitments": [{"id": c["id"], "by": S.P[c["by"]][1], "what": c["what"], "quote": c["quote"], "due": c["due"]}
                            for c in L.get("commitments", [])],
            "fulfills": L.get("fulfills", []),
            "requests": [{"id": r["id"], "by": S.P[r.get("by", m["from"])][1], "quote": r["quote"]} for r in L.get("requests", [])],
            "answers": L.get("answers", []),
            "missed_services": [{"topic": t, "date": d, "minutes": n} for t, d, n in L.get("missed", [])],
        }
        if "attachment_topics" in L:
            labels["attachment_topics"] = L["attachment_topics"]
        messages.append({
            "file": m["file"], "id": mid, "thread": m["thread"], "arrival": m["arrival"], "arrived_at": iso(m["arrived"]),
            "source_message_id": m["source_message_id"], "role": m["role"],
            "original": {"from_name": m["from_name"], "from_email": m["from_email"], "date": iso(m["dt"]),
                         "subject": m["subject"], "message_id": m["message_id"]},
            "auto_reply": m["auto_reply"], "labels": labels})
        for c in L.get("commitments", []):
            fl = sorted(fulfillers.get(c["id"], []), key=lambda k: MSGS[k]["dt"])
            if fl:
                status = "fulfilled"
            elif c["due"]:
                status = "overdue" if dt.date.fromisoformat(c["due"]) < as_of else "open"
            else:
                age = (as_of - m["dt"].date()).days
                if age > 21:
                    status = "overdue"
                elif age < 2:
                    status = "open"
                else:
                    raise SystemExit(f"{c['id']}: undated open promise {age} days old is ambiguous")
            commitments.append({
                "id": c["id"], "message": mid, "source_message_id": m["source_message_id"], "sent": iso(m["dt"]),
                "by": S.P[c["by"]][1], "by_role": S.P[c["by"]][2], "what": c["what"], "quote": c["quote"], "due": c["due"],
                "fulfilled_by": [MSGS[k]["source_message_id"] for k in fl], "fulfilled_by_ids": fl,
                "first_fulfilled": iso(MSGS[fl[0]]["dt"]) if fl else None, "status_as_of": status})
        for r in L.get("requests", []):
            al = sorted(answerers.get(r["id"], []), key=lambda k: MSGS[k]["dt"])
            requests.append({
                "id": r["id"], "message": mid, "source_message_id": m["source_message_id"],
                "by": S.P[r.get("by", m["from"])][1], "quote": r["quote"], "answered_by_ids": al,
                "answered_by": [MSGS[k]["source_message_id"] for k in al],
                "status_as_of": "answered" if al else "unanswered"})
        for t, d, n in L.get("missed", []):
            missed.append({"topic": t, "date": d, "minutes": n, "message": mid, "source_message_id": m["source_message_id"]})
    queries = [{"q": q, "topic": t, "expect": sorted(x["source_message_id"] for x in messages if t in x["labels"]["topics"])}
               for q, t in S.QUERIES]
    gold = {"corpus": S.CORPUS, "as_of": S.AS_OF, "timezone": S.TIMEZONE, "user": S.USER, "trail_address": S.TRAIL,
            "students": S.STUDENTS, "messages": messages, "commitments": commitments, "requests": requests,
            "missed_services": missed, "queries": queries}
    with open(os.path.join(outdir, "gold.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(gold, f, indent=1, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python3 build.py OUTDIR")
    build(sys.argv[1])
