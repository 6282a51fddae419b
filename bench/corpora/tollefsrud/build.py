#!/usr/bin/env python3
"""Render source.py into mailbox/NNNN.eml (in arrival order) and gold.json.

Standard library only, deterministic (ids, boundaries and attachment bytes derive from hashes of message ids).
usage: python3 build.py [OUTDIR]      (default: this folder)
"""
import datetime as dt
import hashlib
import html
import io
import json
import re
import sys
import zipfile
from email.message import EmailMessage
from email.policy import SMTP, default
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import source as S  # noqa: E402

TZ = ZoneInfo(S.TIMEZONE)
AS_OF = dt.date.fromisoformat(S.AS_OF)
TOPICS = set("""extended_time preferential_seating breaks read_aloud assistive_technology reduced_assignments
separate_setting class_notes graphic_organizers visual_schedule calculator sensory_tools scribe large_print check_in
speech_language_therapy occupational_therapy physical_therapy counseling specialized_instruction reading_intervention
paraprofessional transportation extended_school_year behavior_support iep_meeting evaluation progress_report
compensatory_services""".split())
KINDS = ("direct", "bcc-self", "gmail-forward", "thunderbird-forward", "outlook-forward", "apple-forward",
         "yahoo-forward", "attachment-forward", "not-forwarded")
OUTLOOKISH = ("exchange", "outlook-ios", "outlook-desktop")
DOMAIN = "rushcreek.k12.mn.us"


def digest(*parts, n=64):
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:n]


def local(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def who(key):
    name, email, role, client = S.PEOPLE[key]
    return {"key": key, "name": name, "email": email, "role": role, "client": client}


def mailbox(key):
    p = who(key)
    return f"{p['name']} <{p['email']}>"


# --------------------------------------------------------------------------- date formats of each client
def clock(d, seconds=False):
    s = d.strftime("%I:%M:%S %p" if seconds else "%I:%M %p")
    return s.lstrip("0")


def fmt_gmail(d):       # Wed, Jan 7, 2026 at 8:41 PM
    return f"{d:%a}, {d:%b} {d.day}, {d.year} at {clock(d)}"


def fmt_outlook(d):     # Wednesday, January 7, 2026 8:41 PM
    return f"{d:%A}, {d:%B} {d.day}, {d.year} {clock(d)}"


def fmt_tb_quote(d):    # 1/12/26 8:05 PM
    return f"{d.month}/{d.day}/{d:%y} {clock(d)}"


def fmt_apple(d):       # January 12, 2026 at 9:10:00 PM CST
    return f"{d:%B} {d.day}, {d.year} at {clock(d, True)} {d.tzname()}"


def fmt_iphone_quote(d):  # Apr 16, 2026, at 4:15 PM
    return f"{d:%b} {d.day}, {d.year}, at {clock(d)}"


def fmt_yahoo(d):       # Thursday, April 9, 2026 at 06:12:44 AM CDT
    return f"{d:%A}, {d:%B} {d.day}, {d.year} at {d:%I:%M:%S %p} {d.tzname()}"


def fmt_yahoo_quote(d):  # Wednesday, February 4, 2026, 5:10 PM
    return f"{d:%A}, {d:%B} {d.day}, {d.year}, {clock(d)}"


# --------------------------------------------------------------------------- Message-IDs per client
def make_id(seed, client, d):
    x = digest(seed, client)
    if client == "gmail":
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-"
        n = int(x, 16)
        tail = ""
        for _ in range(42):
            n, r = divmod(n, len(alphabet))
            tail += alphabet[r]
        return f"<CA{tail[:2].upper()}{tail[2:]}@mail.gmail.com>"
    if client == "thunderbird":
        return f"<{x[:8]}-{x[8:12]}-4{x[13:16]}-a{x[17:20]}-{x[20:32]}@{DOMAIN}>"
    if client == "iphone-kt":
        return f"<{x[:8]}-{x[8:12]}-4{x[13:16]}-8{x[17:20]}-{x[20:32]}@{DOMAIN}>".upper().replace(DOMAIN.upper(), DOMAIN)
    if client == "iphone":
        return f"<{x[:8]}-{x[8:12]}-4{x[13:16]}-9{x[17:20]}-{x[20:32]}@gmail.com>".upper().replace("GMAIL.COM", "gmail.com")
    if client == "outlook-desktop":
        return f"<000001dc{x[:8]}${x[8:16]}${x[16:24]}@{DOMAIN}>"
    if client == "exchange":
        pod = int(x[:2], 16) % 18 + 1
        srv = f"DM6PR{pod:02d}MB{int(x[2:6], 16) % 9000 + 1000}"
        return f"<{srv}{x[6:38].upper()}@{srv}.namprd{pod:02d}.prod.outlook.com>"
    if client == "outlook-ios":
        srv = f"SN7P220MB{int(x[:4], 16) % 9000 + 1000}"
        return f"<{srv}{x[4:36].upper()}@{srv}.NAMP220.PROD.OUTLOOK.COM>"
    if client == "yahoo":
        return f"<{int(x[:10], 16) % 9 * 10**9 + 10**9 + int(x[10:18], 16) % 10**9}.{int(x[18:26], 16) % 9000000 + 1000000}.{int(d.timestamp() * 1000)}@mail.yahoo.com>"
    if client == "parentsquare":
        return f"<{d.astimezone(dt.timezone.utc):%Y%m%d%H%M%S}.{x[:20]}@mailer.parentsquare.com>"
    raise ValueError(client)


# --------------------------------------------------------------------------- attachments
def pdf_file(text):
    rows = []
    for line in text.strip("\n").split("\n"):
        while len(line) > 92:
            cut = line.rfind(" ", 0, 92)
            cut = cut if cut > 30 else 92
            rows.append(line[:cut])
            line = "    " + line[cut:].lstrip()
        rows.append(line)

    def esc(s):
        return s.encode("latin-1", "replace").decode("latin-1").replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 10 Tf 54 740 Td 14 TL\n" + "".join(f"({esc(r)}) '\n" for r in rows) + "ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        f"<< /Length {len(content.encode('latin-1', 'replace'))} >>\nstream\n{content}\nendstream",
    ]
    buf = io.BytesIO()
    buf.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objects, 1):
        offsets.append(buf.tell())
        buf.write(f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1", "replace"))
    xref = buf.tell()
    buf.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        buf.write(f"{off:010d} 00000 n \n".encode())
    buf.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return buf.getvalue()


def docx_file(text):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">' + html.escape(p, quote=False) + "</w:t></w:r></w:p>"
                   for p in text.strip("\n").split("\n"))
    parts = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            + body + "</w:body></w:document>",
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return buf.getvalue()


def add_attachments(em, atts):
    for name, mime, text in atts:
        main, sub = mime.split("/", 1)
        data = pdf_file(text) if sub == "pdf" else docx_file(text)
        em.add_attachment(data, maintype=main, subtype=sub, filename=name)


# --------------------------------------------------------------------------- html bodies
def html_gmail(text):
    return '<div dir="ltr">' + "<br>\n".join(html.escape(l) for l in text.split("\n")) + "</div>\n"


def html_outlook(text):
    rows = []
    for l in text.split("\n"):
        inner = html.escape(l) if l else "<br>"
        rows.append('<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; '
                    f'font-size: 12pt; color: rgb(0, 0, 0);">{inner}</div>')
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
            '<body dir="ltr">\n' + "\n".join(rows) + "\n</body>\n</html>\n")


def html_newsletter(text):
    out = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8"><title>Bobcat Bulletin</title></head>',
           '<body style="margin:0;padding:0;background:#eef1f4;">',
           '<table role="presentation" width="100%" cellspacing="0" cellpadding="0"><tr><td align="center">',
           '<table role="presentation" width="620" style="background:#fff;font-family:Helvetica,Arial,sans-serif;'
           'color:#1d2a36;"><tr><td style="padding:28px;">']
    items = False
    for line in text.split("\n"):
        if line.startswith("- "):
            if not items:
                out.append('<ul style="padding-left:18px;">')
                items = True
            out.append(f"<li>{html.escape(line[2:])}</li>")
            continue
        if items:
            out.append("</ul>")
            items = False
        if not line.strip():
            continue
        if line.isupper():
            out.append(f'<h1 style="color:#0b5d3b;font-size:28px;margin:0 0 4px;">{html.escape(line)}</h1>')
        elif "|" in line or (len(line) < 36 and not line.endswith((".", "!", "?"))):
            out.append(f'<h3 style="color:#0b5d3b;margin:18px 0 6px;">{html.escape(line)}</h3>')
        else:
            out.append(f'<p style="line-height:1.5;">{html.escape(line)}</p>')
    if items:
        out.append("</ul>")
    out.append('</td></tr><tr><td style="padding:14px 28px;font-size:11px;color:#7a8591;">Birchwood Elementary | '
               '4410 Birchwood Trail, Rush Creek, MN | You are receiving this post because you are a member of '
               'Birchwood Elementary on ParentSquare. <a href="https://www.parentsquare.com/notifications">'
               'Manage notifications</a></td></tr></table></td></tr></table></body></html>')
    return "\n".join(out)


def fill(em, text, style=None):
    em.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    if style == "gmail":
        em.add_alternative(html_gmail(text), subtype="html", charset="utf-8", cte="quoted-printable")
    elif style == "outlook":
        em.add_alternative(html_outlook(text), subtype="html", charset="utf-8", cte="quoted-printable")


def html_style(client):
    if client == "gmail":
        return "gmail"
    if client in OUTLOOKISH:
        return "outlook"
    return None


# --------------------------------------------------------------------------- the corpus
class Corpus:
    def __init__(self):
        self.m = {}
        for t in S.THREADS:
            for msg in t["messages"]:
                assert msg["id"] not in self.m, msg["id"]
                assert msg["arrival"] in KINDS, (msg["id"], msg["arrival"])
                msg["thread"] = t["id"]
                msg["thread_subject"] = t["subject"]
                msg["dt"] = local(msg["date"])
                msg["sender"] = who(msg["frm"])
                msg["client"] = msg.get("client") or msg["sender"]["client"]
                self.m[msg["id"]] = msg
        for k in sorted(self.m, key=lambda k: self.m[k]["dt"]):
            msg = self.m[k]
            msg["subj"] = self.subject(k)
            msg["mid"] = make_id(k, msg["client"], msg["dt"])

    @staticmethod
    def strip_prefix(s):
        return re.sub(r"^\s*((re|fw|fwd)\s*:\s*)+", "", s, flags=re.I)

    def subject(self, k):
        msg = self.m[k]
        if "subj" in msg:
            return msg["subj"]
        if msg.get("subject"):
            return msg["subject"]
        if msg.get("reply"):
            pre = "RE: " if msg["client"] in OUTLOOKISH else "Re: "
            return pre + self.strip_prefix(self.subject(msg["reply"]))
        return msg["thread_subject"]

    def chain(self, k):
        out, p = [], self.m[k].get("reply")
        while p:
            out.insert(0, p)
            p = self.m[p].get("reply")
        return out

    def signature(self, msg):
        if "sig" in msg:
            sig = msg["sig"]
        elif msg["frm"] == "kt" and msg["client"] == "thunderbird":
            sig = S.SIGS["kt:thunderbird"]
        else:
            sig = S.SIGS.get(msg["frm"], "")
        if sig and msg["client"] == "gmail" and not sig.startswith("Sent from"):
            sig = "-- \n" + sig
        return sig

    def text(self, k):
        """Plain text of the message as its sender's client sent it: words, signature, quoted history."""
        msg = self.m[k]
        out = msg["body"]
        sig = self.signature(msg)
        if sig:
            out += "\n\n" + sig
        p = msg.get("reply")
        if p and msg.get("quote", True) and not msg.get("auto_reply"):
            pm = self.m[p]
            prev = self.text(p)
            c = msg["client"]
            if c in OUTLOOKISH:
                hdr = ["________________________________", f"From: {mailbox(pm['frm'])}", f"Sent: {fmt_outlook(pm['dt'])}",
                       "To: " + "; ".join(mailbox(x) for x in pm["to"])]
                if pm["cc"]:
                    hdr.append("Cc: " + "; ".join(mailbox(x) for x in pm["cc"]))
                hdr += [f"Subject: {pm['subj']}", ""]
                out += "\n\n" + "\n".join(hdr) + "\n" + prev
            else:
                q = "\n".join("> " + l if l else ">" for l in prev.split("\n"))
                name, email = pm["sender"]["name"], pm["sender"]["email"]
                if c == "thunderbird":
                    out += f"\n\nOn {fmt_tb_quote(pm['dt'])}, {name} wrote:\n{q}"
                elif c == "yahoo":
                    out += f"\n\n\nOn {fmt_yahoo_quote(pm['dt'])}, {name} <{email}> wrote:\n\n{q}"
                elif c == "iphone":
                    out += f"\n\n> On {fmt_iphone_quote(pm['dt'])}, {name} <{email}> wrote:\n>\n{q}"
                else:
                    out += f"\n\nOn {fmt_gmail(pm['dt'])} {name} <{email}> wrote:\n{q}"
        return out

    # ---------------------------------------------------------------- the original message as sent
    def original(self, k):
        msg = self.m[k]
        c = msg["client"]
        em = EmailMessage(policy=default)
        em["From"] = mailbox(msg["frm"])
        em["To"] = ", ".join(mailbox(x) for x in msg["to"])
        if msg["cc"]:
            em["Cc"] = ", ".join(mailbox(x) for x in msg["cc"])
        em["Subject"] = msg["subj"]
        em["Date"] = format_datetime(msg["dt"])
        em["Message-ID"] = msg["mid"]
        chain = self.chain(k)
        if chain:
            em["In-Reply-To"] = self.m[chain[-1]]["mid"]
            em["References"] = " ".join(self.m[x]["mid"] for x in chain)
        if c == "thunderbird":
            em["User-Agent"] = "Mozilla Thunderbird"
            em["Content-Language"] = "en-US"
        elif c in ("exchange", "outlook-ios"):
            em["Thread-Topic"] = self.strip_prefix(msg["subj"])
            em["Thread-Index"] = "AdyL" + digest(k, "ti", n=20)
            em["Accept-Language"] = "en-US"
            em["Content-Language"] = "en-US"
            em["X-MS-Has-Attach"] = "yes" if msg.get("atts") else ""
            if c == "outlook-ios":
                em["X-Mailer"] = "Outlook for iOS and Android"
        elif c == "yahoo":
            em["X-Mailer"] = "WebService/1.1.25193 YMailNorrin"
        elif c == "iphone":
            em["X-Mailer"] = "iPhone Mail (23E246)"
        if msg.get("auto_reply"):
            em["Auto-Submitted"] = "auto-replied"
            em["X-Auto-Response-Suppress"] = "All"
            em["X-MS-Exchange-Inbox-Rules-Loop"] = msg["sender"]["email"]
        em["MIME-Version"] = "1.0"
        if msg.get("newsletter"):
            em["List-Unsubscribe"] = "<https://www.parentsquare.com/unsubscribe>"
            em["Precedence"] = "bulk"
            em["X-Mailer"] = "ParentSquare"
            em.set_content(html_newsletter(msg["body"]), subtype="html", charset="utf-8", cte="quoted-printable")
        else:
            fill(em, self.text(k), html_style(c))
        add_attachments(em, msg.get("atts", []))
        return em

    # ---------------------------------------------------------------- what reached the trail mailbox
    def block(self, msg, style):
        frm = mailbox(msg["frm"])
        to = ", ".join(mailbox(x) for x in msg["to"])
        cc = ", ".join(mailbox(x) for x in msg["cc"])
        d, s = msg["dt"], msg["subj"]
        if style == "gmail":
            rows = ["---------- Forwarded message ---------", f"From: {frm}", f"Date: {fmt_gmail(d)}",
                    f"Subject: {s}", f"To: {to}"] + ([f"Cc: {cc}"] if cc else []) + ["", ""]
        elif style == "thunderbird":
            rows = ["-------- Forwarded Message --------", f"Subject: \t{s}", f"Date: \t{format_datetime(d)}",
                    f"From: \t{frm}", f"To: \t{to}"] + ([f"CC: \t{cc}"] if cc else []) + ["", "", ""]
        elif style == "outlook":
            rows = ["________________________________", f"From: {frm}", f"Sent: {fmt_outlook(d)}",
                    "To: " + "; ".join(mailbox(x) for x in msg["to"])]
            rows += (["Cc: " + "; ".join(mailbox(x) for x in msg["cc"])] if msg["cc"] else []) + [f"Subject: {s}", ""]
        elif style == "apple":
            rows = ["Begin forwarded message:", "", f"From: {frm}", f"Date: {fmt_apple(d)}", f"To: {to}"]
            rows += ([f"Cc: {cc}"] if cc else []) + [f"Subject: {s}", ""]
        elif style == "yahoo":
            rows = ["----- Forwarded Message -----", f"From: {frm}", f"To: {to}"] + ([f"Cc: {cc}"] if cc else [])
            rows += [f"Sent: {fmt_yahoo(d)}", f"Subject: {s}", ""]
        return "\n".join(rows)

    def arrived(self, k):
        msg = self.m[k]
        kind = msg["arrival"]
        if kind in ("direct", "bcc-self"):
            em = self.original(k)
            pre = [("Delivered-To", S.TRAIL)]
            if kind == "direct":
                pre += [("X-Forwarded-To", S.TRAIL), ("X-Forwarded-For", f"{S.USER['email']} {S.TRAIL}")]
            return em, pre, msg["mid"], msg["dt"]
        fwd_by = msg.get("fwd_by", "kt")
        client = {"gmail-forward": "gmail", "attachment-forward": "gmail", "thunderbird-forward": "thunderbird",
                  "outlook-forward": "outlook-desktop", "apple-forward": "iphone-kt", "yahoo-forward": "yahoo"}[kind]
        when = local(msg["fwd"])
        assert when > msg["dt"], k
        fid = make_id(k + "#forward", client, when)
        em = EmailMessage(policy=default)
        em["From"] = mailbox(fwd_by)
        em["To"] = S.TRAIL
        em["Subject"] = {"outlook-desktop": "FW: "}.get(client, "Fwd: ") + msg["subj"]
        em["Date"] = format_datetime(when)
        em["Message-ID"] = fid
        note = msg.get("note", "")
        original_text = self.text(k)
        if kind == "attachment-forward":
            em["MIME-Version"] = "1.0"
            fill(em, note, "gmail")
            inner = self.original(k)
            em.add_attachment(inner, disposition="attachment",
                              filename=re.sub(r"[^\w .,'()-]", "_", msg["subj"]) + ".eml")
            return em, [("Delivered-To", S.TRAIL)], fid, when
        if kind == "gmail-forward":
            text = (note + "\n\n" if note else "") + self.block(msg, "gmail") + "\n" + original_text
            em["MIME-Version"] = "1.0"
            fill(em, text, "gmail")
        elif kind == "thunderbird-forward":
            em["User-Agent"] = "Mozilla Thunderbird"
            em["Content-Language"] = "en-US"
            em["MIME-Version"] = "1.0"
            text = (note + "\n\n" if note else "") + S.SIGS["kt:thunderbird"] + "\n\n" + self.block(msg, "thunderbird") + "\n" + original_text
            fill(em, text)
        elif kind == "outlook-forward":
            em["X-Mailer"] = "Microsoft Outlook 16.0"
            em["Thread-Topic"] = self.strip_prefix(msg["subj"])
            em["Content-Language"] = "en-us"
            em["MIME-Version"] = "1.0"
            text = (note + "\n\n" if note else "") + S.SIGS["kt:outlook"] + "\n\n" + self.block(msg, "outlook") + "\n" + original_text
            fill(em, text, "outlook")
        elif kind == "apple-forward":
            em["X-Mailer"] = "iPhone Mail (23E246)"
            em["MIME-Version"] = "1.0"
            text = (note + "\n\n" if note else "") + S.SIGS["kt:iphone"] + "\n\n" + self.block(msg, "apple") + "\n" + original_text
            fill(em, text)
        elif kind == "yahoo-forward":
            em["X-Mailer"] = "WebService/1.1.25193 YMailNorrin"
            em["MIME-Version"] = "1.0"
            text = (note + "\n\n\n" if note else "") + self.block(msg, "yahoo") + "\n" + original_text
            fill(em, text, "gmail")
        add_attachments(em, msg.get("atts", []))
        return em, [("Delivered-To", S.TRAIL)], fid, when

    # ---------------------------------------------------------------- output
    def build(self, out):
        out = Path(out)
        box = out / "mailbox"
        box.mkdir(parents=True, exist_ok=True)
        for f in box.glob("*.eml"):
            f.unlink()
        arrivals = []
        for k, msg in self.m.items():
            if msg["arrival"] == "not-forwarded":
                continue
            em, pre, src, when = self.arrived(k)
            arrivals.append((when, k, em, pre, src))
        arrivals.sort(key=lambda a: a[0])
        times = [a[0] for a in arrivals]
        assert len(set(times)) == len(times), "two messages arrive at the same minute"
        info = {}
        for n, (when, k, em, pre, src) in enumerate(arrivals, 1):
            for i, part in enumerate(em.walk()):
                if part.get_content_maintype() == "multipart":
                    part.set_boundary(f"--=_{digest(k, str(i), n=28)}")
            name = f"{n:04d}.eml"
            head = "".join(f"{h}: {v}\n" for h, v in pre).encode()
            (box / name).write_bytes(head + em.as_bytes(policy=SMTP.clone(linesep="\n", max_line_length=998)))
            info[k] = {"file": name, "src": src, "when": when}
        gold = self.gold(arrivals, info)
        (out / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")
        return gold

    def gold(self, arrivals, info):
        order = sorted(self.m, key=lambda k: self.m[k]["dt"])
        cid, rid = {}, {}
        for k in order:
            lab = self.m[k]["labels"]
            for c in lab["commits"]:
                assert c["key"] not in cid, c["key"]
                cid[c["key"]] = f"C{len(cid) + 1}"
            for r in lab["reqs"]:
                assert r["key"] not in rid, r["key"]
                rid[r["key"]] = f"R{len(rid) + 1}"
        fulfilled, answered = {}, {}
        for _, k, _, _, _ in arrivals:
            lab = self.m[k]["labels"]
            for c in lab["fulfills"]:
                assert c in cid, (k, c)
                fulfilled.setdefault(c, []).append(k)
            for r in lab["answers"]:
                assert r in rid, (k, r)
                answered.setdefault(r, []).append(k)
        iso = lambda d: d.isoformat()  # noqa: E731
        rows, commitments, requests, missed = [], [], [], []
        for when, k, _, _, src in arrivals:
            msg = self.m[k]
            lab = msg["labels"]
            for t in lab["topics"] + lab["att_topics"]:
                assert t in TOPICS, (k, t)
            labels = {
                "topics": lab["topics"],
                "students": lab["students"],
                "commitments": [{"id": cid[c["key"]], "by": who(c["by"])["email"], "what": c["what"],
                                 "quote": c["quote"], "due": c["due"]} for c in lab["commits"]],
                "fulfills": [cid[c] for c in lab["fulfills"]],
                "requests": [{"id": rid[r["key"]], "by": who(r["by"])["email"], "quote": r["quote"]} for r in lab["reqs"]],
                "answers": [rid[r] for r in lab["answers"]],
                "missed_services": [{"topic": t, "date": d, "minutes": n} for t, d, n in lab["missed"]],
            }
            if lab["att_topics"]:
                labels["attachment_topics"] = lab["att_topics"]
            rows.append({
                "file": info[k]["file"], "id": k, "thread": msg["thread"], "arrival": msg["arrival"],
                "arrived_at": iso(when), "source_message_id": src, "role": msg["sender"]["role"],
                "original": {"from_name": msg["sender"]["name"], "from_email": msg["sender"]["email"],
                             "date": iso(msg["dt"]), "subject": msg["subj"], "message_id": msg["mid"]},
                "auto_reply": bool(msg.get("auto_reply")),
                "labels": labels,
            })
            for c in lab["commits"]:
                by = sorted(fulfilled.get(c["key"], []), key=lambda x: self.m[x]["dt"])
                first = self.m[by[0]]["dt"] if by else None
                if first and first.date() <= AS_OF:
                    status = "fulfilled"
                elif c["due"]:
                    status = "overdue" if dt.date.fromisoformat(c["due"]) < AS_OF else "open"
                else:
                    age = (AS_OF - msg["dt"].date()).days
                    assert age > 21 or age < 2, f"undated open promise {c['key']} is {age} days old"
                    status = "overdue" if age > 21 else "open"
                p = who(c["by"])
                commitments.append({
                    "id": cid[c["key"]], "message": k, "source_message_id": src, "sent": iso(msg["dt"]),
                    "by": p["email"], "by_role": p["role"], "what": c["what"], "quote": c["quote"], "due": c["due"],
                    "fulfilled_by": [info[x]["src"] for x in by], "fulfilled_by_ids": by,
                    "first_fulfilled": iso(first) if first else None, "status_as_of": status,
                })
            for r in lab["reqs"]:
                by = sorted(answered.get(r["key"], []), key=lambda x: self.m[x]["dt"])
                requests.append({
                    "id": rid[r["key"]], "message": k, "source_message_id": src, "by": who(r["by"])["email"],
                    "quote": r["quote"], "answered_by_ids": by, "answered_by": [info[x]["src"] for x in by],
                    "status_as_of": "answered" if by else "unanswered",
                })
            for t, d, n in lab["missed"]:
                missed.append({"topic": t, "date": d, "minutes": n, "message": k, "source_message_id": src})
        commitments.sort(key=lambda c: int(c["id"][1:]))
        requests.sort(key=lambda r: int(r["id"][1:]))
        queries = [{"q": q, "topic": t, "expect": sorted(r["source_message_id"] for r in rows if t in r["labels"]["topics"])}
                   for q, t in S.QUERIES]
        return {"corpus": S.CORPUS, "as_of": S.AS_OF, "timezone": S.TIMEZONE, "user": S.USER, "trail_address": S.TRAIL,
                "students": S.STUDENTS, "messages": rows, "commitments": commitments, "requests": requests,
                "missed_services": missed, "queries": queries}


if __name__ == "__main__":
    g = Corpus().build(sys.argv[1] if len(sys.argv) > 1 else HERE)
    print(f"{len(g['messages'])} emails, {len({r['thread'] for r in g['messages']})} threads, "
          f"{len(g['commitments'])} commitments, {len(g['requests'])} requests, "
          f"{len(g['missed_services'])} missed-service rows, {len(g['queries'])} queries")
