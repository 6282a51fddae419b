#!/usr/bin/env python3
"""Deterministic generator for the prewitt corpus.

usage: python3 build.py OUTDIR   -> OUTDIR/mailbox/NNNN.eml and OUTDIR/gold.json
"""
import datetime as dt
import hashlib
import html
import json
import os
import sys
import textwrap
from email import charset as email_charset
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime
from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import source as S  # noqa: E402

TZ = ZoneInfo(S.TIMEZONE)
QP = email_charset.Charset("utf-8")
QP.header_encoding = email_charset.QP
QP.body_encoding = email_charset.QP

BY_ID = {m["id"]: m for m in S.MESSAGES}


def h(*parts, n=40):
    return hashlib.sha256(("prewitt|" + "|".join(parts)).encode()).hexdigest()[:n]


def local(s):
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return dt.datetime.strptime(s, fmt).replace(tzinfo=TZ)


def iso(d):
    return d.isoformat()


def person(key):
    if key == "TRAIL":
        return ("", S.TRAIL, "other", "")
    return S.PEOPLE[key]


def addr(key):
    name, email = person(key)[:2]
    return f"{name} <{email}>" if name else email


def addrs(keys):
    return ", ".join(addr(k) for k in keys)


def uuid_like(seed):
    x = h(seed, n=32).upper()
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"


def make_msgid(client, seed):
    x = h(seed, n=48)
    if client == "gworkspace":
        return f"<CA{x[:2].upper()}{x[2:8]}+{x[8:14].upper()}{x[14:34]}@mail.gmail.com>"
    if client == "outlookcom":
        box = "SN7PR12MB" + str(int(x[:4], 16) % 9000 + 1000)
        return f"<{box}{x[4:24].upper()}@{box}.namprd12.prod.outlook.com>"
    if client == "exchange":
        box = "PH0PR17MB" + str(int(x[:4], 16) % 9000 + 1000)
        return f"<{box}{x[4:24].upper()}@{box}.namprd17.prod.outlook.com>"
    if client == "thunderbird":
        return f"<{uuid_like(seed).lower()}@olsenadvocacy.example.org>"
    if client == "iphone":
        return f"<{uuid_like(seed)}@lakemontsd.k12.example.us>"
    if client == "ipad":
        return f"<{uuid_like(seed)}@outlook.com>"
    if client == "servicenow":
        return f"<{int(x[:8], 16)}.{int(x[8:12], 16)}.JavaMail.svcnow@lakemontsd.service-now.example.com>"
    if client == "mailchimp":
        return f"<0100018d{x[:8]}-{x[8:16]}-{x[16:24]}-000000@mail.mcsv.example.net>"
    if client == "notify":
        return f"<{x[:24]}@notify.lakemontsd.k12.example.us>"
    if client == "yahoo":
        return f"<{int(x[:7], 16)}.{int(x[7:13], 16)}@mail.yahoo.com>"
    raise ValueError(client)


def orig_msgid(m):
    return make_msgid(person(m["frm"])[3], "orig|" + m["id"])


def sig_of(m):
    if "sig" in m:
        return S.SIGS[m["sig"]] if m["sig"] else None
    return S.SIGS.get(m["frm"])


def thread_root_subject(tid):
    for m in S.MESSAGES:
        if m["thread"] == tid and "subject" in m and not m.get("auto_reply"):
            return m["subject"]
    raise KeyError(tid)


def subject_of(m):
    if m.get("subject"):
        return m["subject"]
    root = thread_root_subject(m["thread"])
    client = person(m["frm"])[3]
    pre = "RE: " if client in ("outlookcom", "exchange") else "Re: "
    return pre + root


def ancestors(m):
    out = []
    cur = m
    while cur.get("reply_to"):
        cur = BY_ID[cur["reply_to"]]
        out.append(cur)
    return list(reversed(out))


# ----------------------------------------------------------------- date formats
def fmt_outlook(d):  # Tuesday, January 6, 2026 8:41 PM
    return f"{d.strftime('%A, %B')} {d.day}, {d.year} {fmt_time12(d)}"


def fmt_time12(d, secs=False):
    hr = d.hour % 12 or 12
    s = f"{hr}:{d.minute:02d}"
    if secs:
        s += f":{d.second:02d}"
    return s + (" AM" if d.hour < 12 else " PM")


def fmt_gmail(d):  # Tue, Jan 6, 2026 at 8:41 PM
    return f"{d.strftime('%a, %b')} {d.day}, {d.year} at {fmt_time12(d)}"


def fmt_apple(d):  # March 10, 2026 at 11:05:00 AM PDT
    return f"{d.strftime('%B')} {d.day}, {d.year} at {fmt_time12(d, True)} {d.tzname()}"


def fmt_iphone(d):  # Feb 18, 2026, at 7:10 AM
    return f"{d.strftime('%b')} {d.day}, {d.year}, at {fmt_time12(d)}"


def fmt_tb(d):  # 3/5/26 4:10 PM
    return f"{d.month}/{d.day}/{d.strftime('%y')} {fmt_time12(d)}"


def fmt_yahoo(d):  # Thursday, February 26, 2026, 09:30:00 AM PST
    hr = d.hour % 12 or 12
    return f"{d.strftime('%A, %B')} {d.day}, {d.year}, {hr:02d}:{d.minute:02d}:{d.second:02d} {'AM' if d.hour < 12 else 'PM'} {d.tzname()}"


def rfc(d):
    return format_datetime(d)


# ----------------------------------------------------------------- text assembly
def prefix(text):
    return "\n".join((">" if not ln else "> " + ln) for ln in text.split("\n"))


def full_text(m):
    """What the sender's client put in the body: body, signature, quoted history."""
    parts = [m["body"]]
    sig = sig_of(m)
    if sig:
        parts.append(sig)
    text = "\n\n".join(parts)
    if m.get("reply_to") and m.get("quote", True):
        prev = BY_ID[m["reply_to"]]
        pd = local(prev["date"])
        ptext = full_text(prev)
        client = person(m["frm"])[3]
        pname, pemail = person(prev["frm"])[:2]
        if client in ("outlookcom", "exchange"):
            hdr = ["________________________________", f"From: {addr(prev['frm'])}",
                   f"Sent: {fmt_outlook(pd)}", f"To: {addrs(prev['to'])}"]
            if prev.get("cc"):
                hdr.append(f"Cc: {addrs(prev['cc'])}")
            hdr.append(f"Subject: {subject_of(prev)}")
            text += "\n\n" + "\n".join(hdr) + "\n\n" + ptext
        elif client == "thunderbird":
            text += f"\n\nOn {fmt_tb(pd)}, {pname} wrote:\n" + prefix(ptext)
        elif client == "iphone":
            text += f"\n\n> On {fmt_iphone(pd)}, {pname} <{pemail}> wrote:\n>\n" + prefix(ptext)
        else:
            text += f"\n\nOn {fmt_gmail(pd)} {pname} <{pemail}> wrote:\n\n" + prefix(ptext)
    return text


def to_html(text):
    out = []
    for ln in text.split("\n"):
        out.append(html.escape(ln))
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="ltr">' + "<br>\n".join(out) + "</div></body></html>"


def fake_pdf(text):
    lines = []
    for para in text.split("\n"):
        lines.extend(textwrap.wrap(para, 88) or [""])
    esc = [ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for ln in lines]
    stream = "BT\n/F1 10 Tf\n50 750 Td\n12 TL\n" + "".join(f"({ln}) Tj T*\n" for ln in esc) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offs:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


# ----------------------------------------------------------------- MIME
def text_part(text, html_too, seed):
    plain = MIMEText(text, "plain", QP)
    if not html_too:
        return plain
    alt = MIMEMultipart("alternative", boundary="----=_alt_" + h("alt", seed, n=24))
    alt.attach(plain)
    alt.attach(MIMEText(to_html(text), "html", QP))
    return alt


def with_attachments(body_part, atts, seed):
    if not atts:
        return body_part
    mixed = MIMEMultipart("mixed", boundary="----=_mix_" + h("mix", seed, n=24))
    mixed.attach(body_part)
    for a in atts:
        p = MIMEApplication(fake_pdf(a["text"]), "pdf")
        p.add_header("Content-Disposition", "attachment", filename=a["name"])
        mixed.attach(p)
    return mixed


def set_headers(msg, pairs):
    # our headers first, then MIME-Version / Content-* (as mail clients write them)
    keep = [(k, v) for k, v in msg._headers if k.lower() in ("mime-version", "content-type", "content-transfer-encoding")]
    msg._headers = [(k, v) for k, v in msg._headers if (k, v) not in keep]
    for k, v in pairs:
        if k in msg:
            del msg[k]
        msg[k] = v
    if not any(k.lower() == "mime-version" for k, _ in keep):
        keep.insert(0, ("MIME-Version", "1.0"))
    keep.sort(key=lambda kv: kv[0].lower() != "mime-version")
    msg._headers.extend(keep)
    return msg


def original_message(m, delivered=False):
    d = local(m["date"])
    client = person(m["frm"])[3]
    html_too = m.get("html", False) or client in ("mailchimp",)
    part = with_attachments(text_part(full_text(m), html_too, m["id"]), m.get("attachments"), m["id"])
    hdrs = [("From", addr(m["frm"])), ("To", addrs(m["to"]))]
    if m.get("cc"):
        hdrs.append(("Cc", addrs(m["cc"])))
    hdrs += [("Subject", subject_of(m)), ("Date", rfc(d)), ("Message-ID", orig_msgid(m))]
    anc = ancestors(m)
    if anc:
        hdrs.append(("In-Reply-To", orig_msgid(anc[-1])))
        hdrs.append(("References", " ".join(orig_msgid(a) for a in anc)))
    if client in ("outlookcom", "exchange"):
        hdrs += [("Thread-Topic", thread_root_subject(m["thread"])), ("Content-Language", "en-US"),
                 ("X-MS-Has-Attach", "yes" if m.get("attachments") else "")]
    elif client == "thunderbird":
        hdrs.append(("User-Agent", "Mozilla Thunderbird"))
    elif client == "iphone":
        hdrs.append(("X-Mailer", "iPhone Mail (22D82)"))
    elif client == "mailchimp":
        hdrs += [("List-Unsubscribe", "<https://cedarridgeptsa.example.org/unsubscribe>"), ("Precedence", "bulk")]
    elif client == "servicenow":
        hdrs.append(("X-ServiceNow-Generated", "true"))
    elif client == "notify":
        hdrs.append(("Auto-Submitted", "auto-generated"))
    if m.get("auto_reply"):
        hdrs += [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
    if delivered:
        hdrs += [("Delivered-To", S.TRAIL), ("X-Original-To", S.TRAIL)]
    return set_headers(part, hdrs)


def forward_block(m, arrival):
    d = local(m["date"])
    text = full_text(m)
    subj = subject_of(m)
    if arrival == "outlook-forward":
        hdr = ["________________________________", f"From: {addr(m['frm'])}", f"Sent: {fmt_outlook(d)}",
               f"To: {addrs(m['to'])}"]
        if m.get("cc"):
            hdr.append(f"Cc: {addrs(m['cc'])}")
        hdr.append(f"Subject: {subj}")
        return "\n".join(hdr) + "\n\n" + text
    if arrival == "gmail-forward":
        hdr = ["---------- Forwarded message ---------", f"From: {addr(m['frm'])}", f"Date: {fmt_gmail(d)}",
               f"Subject: {subj}", f"To: {addrs(m['to'])}"]
        if m.get("cc"):
            hdr.append(f"Cc: {addrs(m['cc'])}")
        return "\n".join(hdr) + "\n\n\n" + text
    if arrival == "apple-forward":
        hdr = ["Begin forwarded message:", "", f"From: {addr(m['frm'])}", f"Subject: {subj}",
               f"Date: {fmt_apple(d)}", f"To: {addrs(m['to'])}"]
        if m.get("cc"):
            hdr.append(f"Cc: {addrs(m['cc'])}")
        return "\n".join(hdr) + "\n\n" + text
    if arrival == "thunderbird-forward":
        hdr = ["-------- Forwarded Message --------", f"Subject: \t{subj}", f"Date: \t{rfc(d)}",
               f"From: \t{addr(m['frm'])}", f"To: \t{addrs(m['to'])}"]
        if m.get("cc"):
            hdr.append(f"CC: \t{addrs(m['cc'])}")
        return "\n".join(hdr) + "\n\n\n\n" + text
    if arrival == "yahoo-forward":
        to = "; ".join(f'"{person(k)[1]}" <{person(k)[1]}>' for k in m["to"])
        return (f"   ----- Forwarded Message ----- From: {addr(m['frm'])}To: {to}Sent: {fmt_yahoo(d)}"
                f"Subject: {subj}\n " + text)
    raise ValueError(arrival)


FWD_PREFIX = {"outlook-forward": "FW: ", "gmail-forward": "Fwd: ", "apple-forward": "Fwd: ",
              "thunderbird-forward": "Fwd: ", "yahoo-forward": "Fwd: ", "attachment-forward": "FW: "}
FWD_CLIENT = {"outlook-forward": "outlookcom", "attachment-forward": "outlookcom", "apple-forward": "ipad"}


def forwarded_message(m):
    arrival = m["arrival"]
    fkey = m.get("fwd_by", "mom")
    fclient = FWD_CLIENT.get(arrival, person(fkey)[3])
    fd = local(m["fwd_at"])
    note = m.get("note", "")
    if arrival == "attachment-forward":
        mixed = MIMEMultipart("mixed", boundary="----=_fwd_" + h("fwd", m["id"], n=24))
        mixed.attach(text_part(note + "\n\n" + S.SIGS["mom_phone"] if note else "", False, m["id"] + "f"))
        inner = original_message(m)
        rfcpart = MIMEMessage(inner)
        rfcpart.add_header("Content-Disposition", "attachment", filename=subject_of(m)[:60] + ".eml")
        mixed.attach(rfcpart)
        msg = mixed
    else:
        block = forward_block(m, arrival)
        if arrival == "apple-forward":
            body = (note + "\n\n" if note else "") + "Sent from my iPad\n\n" + block
        elif arrival == "yahoo-forward":
            body = note + "\n\nSent from Yahoo Mail for iPhone\n\n\n" + block
        elif arrival == "thunderbird-forward":
            body = note + "\n\n" + S.SIGS["adv"].split("\n\n")[0] + "\n\n" + block
        else:
            body = (note + "\n\n" if note else "\n") + block
        html_too = arrival in ("gmail-forward", "outlook-forward")
        msg = with_attachments(text_part(body, html_too, m["id"] + "f"), m.get("attachments"), m["id"] + "f")
    hdrs = [("From", addr(fkey)), ("To", S.TRAIL), ("Subject", FWD_PREFIX[arrival] + subject_of(m)),
            ("Date", rfc(fd)), ("Message-ID", make_msgid(fclient, "fwd|" + m["id"]))]
    if fclient == "ipad":
        hdrs.append(("X-Mailer", "iPad Mail (22D82)"))
    if fclient == "thunderbird":
        hdrs.append(("User-Agent", "Mozilla Thunderbird"))
    if fclient == "outlookcom":
        hdrs.append(("Content-Language", "en-US"))
    return set_headers(msg, hdrs)


# ----------------------------------------------------------------- gold
def build(outdir):
    arrived = [m for m in S.MESSAGES if m["arrival"] != "not-forwarded"]

    def arrived_at(m):
        if m["arrival"] in ("direct", "bcc-self"):
            return local(m["date"]) + dt.timedelta(seconds=7)
        return local(m["fwd_at"])

    arrived.sort(key=lambda m: (arrived_at(m), m["id"]))
    mb = os.path.join(outdir, "mailbox")
    os.makedirs(mb, exist_ok=True)
    for f in os.listdir(mb):
        if f.endswith(".eml"):
            os.remove(os.path.join(mb, f))

    as_of = dt.date.fromisoformat(S.AS_OF)
    gm, src = [], {}
    for i, m in enumerate(arrived, 1):
        fname = f"{i:04d}.eml"
        if m["arrival"] in ("direct", "bcc-self"):
            msg = original_message(m, delivered=True)
            sid = orig_msgid(m)
        else:
            msg = forwarded_message(m)
            sid = msg["Message-ID"]
        data = msg.as_bytes()
        with open(os.path.join(mb, fname), "wb") as fh:
            fh.write(data)
        src[m["id"]] = sid
        name, email, role = person(m["frm"])[:3]
        lab = m.get("labels", {})
        labels = {
            "topics": list(lab.get("topics", [])),
            "commitments": [dict(c) for c in lab.get("commitments", [])],
            "fulfills": list(lab.get("fulfills", [])),
            "requests": [dict(r) for r in lab.get("requests", [])],
            "answers": list(lab.get("answers", [])),
            "missed_services": [dict(x) for x in lab.get("missed_services", [])],
        }
        if lab.get("attachment_topics"):
            labels["attachment_topics"] = list(lab["attachment_topics"])
        gm.append({
            "file": fname, "id": m["id"], "thread": m["thread"], "arrival": m["arrival"],
            "arrived_at": iso(arrived_at(m)), "source_message_id": sid, "role": role,
            "original": {"from_name": name, "from_email": email, "date": iso(local(m["date"])),
                         "subject": subject_of(m), "message_id": orig_msgid(m)},
            "auto_reply": bool(m.get("auto_reply", False)), "labels": labels,
        })

    byid = {g["id"]: g for g in gm}
    role_of = {p[1]: p[2] for p in S.PEOPLE.values()}
    commitments, requests, missed = [], [], []
    for g in gm:
        for c in g["labels"]["commitments"]:
            ful = [x for x in gm if c["id"] in x["labels"]["fulfills"]]
            ful_dates = [x["original"]["date"] for x in ful]
            sent = dt.datetime.fromisoformat(g["original"]["date"])
            if ful:
                status = "fulfilled"
            elif c["due"]:
                status = "overdue" if dt.date.fromisoformat(c["due"]) < as_of else "open"
            else:
                status = "overdue" if (as_of - sent.date()).days > 21 else "open"
            commitments.append({
                "id": c["id"], "message": g["id"], "source_message_id": g["source_message_id"],
                "sent": g["original"]["date"], "by": c["by"], "by_role": role_of[c["by"]],
                "what": c["what"], "quote": c["quote"], "due": c["due"],
                "fulfilled_by": [x["source_message_id"] for x in ful], "fulfilled_by_ids": [x["id"] for x in ful],
                "first_fulfilled": min(ful_dates, key=lambda s: dt.datetime.fromisoformat(s)) if ful else None,
                "status_as_of": status,
            })
        for r in g["labels"]["requests"]:
            ans = [x for x in gm if r["id"] in x["labels"]["answers"]]
            requests.append({
                "id": r["id"], "message": g["id"], "source_message_id": g["source_message_id"],
                "by": r["by"], "quote": r["quote"],
                "answered_by_ids": [x["id"] for x in ans], "answered_by": [x["source_message_id"] for x in ans],
                "status_as_of": "answered" if ans else "unanswered",
            })
        for x in g["labels"]["missed_services"]:
            missed.append(dict(x, message=g["id"], source_message_id=g["source_message_id"]))
    commitments.sort(key=lambda c: int(c["id"][1:]))
    requests.sort(key=lambda r: int(r["id"][1:]))
    queries = []
    for q, topic in S.QUERIES:
        exp = sorted(g["source_message_id"] for g in gm if topic in g["labels"]["topics"])
        queries.append({"q": q, "topic": topic, "expect": exp})
    gold = {
        "corpus": S.CORPUS, "as_of": S.AS_OF, "timezone": S.TIMEZONE, "user": S.USER,
        "trail_address": S.TRAIL, "students": S.STUDENTS, "messages": gm,
        "commitments": commitments, "requests": requests, "missed_services": missed, "queries": queries,
    }
    with open(os.path.join(outdir, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    return gold


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python3 build.py OUTDIR")
    build(sys.argv[1])
