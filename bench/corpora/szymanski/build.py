#!/usr/bin/env python3
"""Render source.py into mailbox/NNNN.eml (in arrival order) and gold.json.

Standard library only and deterministic: Message-IDs, MIME boundaries and the bytes of
attachments derive from hashes of the source ids, so rebuilding gives identical files.

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
VOCAB = set("""extended_time preferential_seating breaks read_aloud assistive_technology reduced_assignments
separate_setting class_notes graphic_organizers visual_schedule calculator sensory_tools scribe large_print check_in
speech_language_therapy occupational_therapy physical_therapy counseling specialized_instruction reading_intervention
paraprofessional transportation extended_school_year behavior_support iep_meeting evaluation progress_report
compensatory_services""".split())
ARRIVALS = {"direct", "gmail-forward", "outlook-forward", "apple-forward", "thunderbird-forward", "yahoo-forward",
            "attachment-forward", "bcc-self", "not-forwarded"}
OUTLOOKISH = {"m365", "outlook-ios", "outlook-kf"}


# ------------------------------------------------------------------------------------------ dates
def local(s):
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return dt.datetime.strptime(s, fmt).replace(tzinfo=TZ)


def clock(d, seconds=False, pad=False):
    t = d.strftime("%I:%M:%S %p" if seconds else "%I:%M %p")
    return t if pad or not t.startswith("0") else t[1:]


def d_gmail(d):      # Wed, Jan 7, 2026 at 3:52 PM
    return f"{d:%a, %b} {d.day}, {d.year} at {clock(d)}"


def d_outlook(d):    # Tuesday, January 6, 2026 7:42 PM
    return f"{d:%A, %B} {d.day}, {d.year} {clock(d)}"


def d_outlook_ios(d):  # Friday, March 6, 2026 8:20:11 AM
    return f"{d:%A, %B} {d.day}, {d.year} {clock(d, True)}"


def d_apple(d):      # February 10, 2026 at 3:05:00 PM EST
    return f"{d:%B} {d.day}, {d.year} at {clock(d, True)} {d.tzname()}"


def d_iphone_attr(d):  # Jan 8, 2026, at 3:22 PM
    return f"{d:%b} {d.day}, {d.year}, at {clock(d)}"


def d_yahoo(d):      # Tuesday, March 24, 2026, 03:12:00 PM EDT
    return f"{d:%A, %B} {d.day}, {d.year}, {clock(d, True, pad=True)} {d.tzname()}"


def d_rfc(d):
    return format_datetime(d)


def digest(*parts, n=64):
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:n]


# ------------------------------------------------------------------------------------------ people
def who(key):
    name, email, role, client = S.PEOPLE[key]
    return {"key": key, "name": name, "email": email, "role": role, "client": client}


def addr(key):
    p = who(key)
    return f"{p['name']} <{p['email']}>"


# ------------------------------------------------------------------------------------------ message ids
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def b62(hexstr, n):
    x = int(hexstr, 16)
    out = ""
    while len(out) < n:
        x, r = divmod(x, 62)
        out += B62[r]
    return out


def new_message_id(seed, client, d):
    x = digest(seed, client)
    if client in ("gmail", "gworkspace"):
        body = b62(x, 40)
        return f"<CA{body[0].upper()}{body[1:9]}+{body[9:21]}={body[21:40]}@mail.gmail.com>"
    if client == "iphone":
        u = x[:32].upper()
        return f"<{u[:8]}-{u[8:12]}-4{u[13:16]}-A{u[17:20]}-{u[20:32]}@gmail.com>"
    if client == "thunderbird":
        return f"<{x[:8]}-{x[8:12]}-4{x[13:16]}-8{x[17:20]}-{x[20:32]}@gmail.com>"
    if client == "yahoo":
        n = int(x[:14], 16)
        return f"<{n % 900000000 + 100000000}.{n % 9000000 + 1000000}.{int(d.timestamp() * 1000)}@mail.yahoo.com>"
    if client in ("m365", "outlook-ios"):
        srv = f"CH0PR14MB{x[:4].upper()}"
        return f"<{srv}{x[4:36].upper()}@{srv}.namprd14.prod.outlook.com>"
    if client == "outlook-kf":
        srv = f"DM8PR08MB{x[:4].upper()}"
        return f"<{srv}{x[4:36].upper()}@{srv}.namprd08.prod.outlook.com>"
    if client == "parentsquare":
        return f"<{d.astimezone(dt.timezone.utc):%Y%m%d%H%M%S}.{x[:20]}@mail.parentsquare.com>"
    raise ValueError(client)


# ------------------------------------------------------------------------------------------ attachments
def pdf_bytes(text):
    rows = []
    for line in text.split("\n"):
        while len(line) > 100:
            cut = line.rfind(" ", 0, 100)
            cut = cut if cut > 30 else 100
            rows.append(line[:cut])
            line = "    " + line[cut:].lstrip()
        rows.append(line)

    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    content = "BT\n/F1 9 Tf\n40 760 Td\n12 TL\n" + "".join(f"({esc(r)}) Tj T*\n" for r in rows) + "ET\n"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content.encode('latin-1'))} >>\nstream\n{content}endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    buf = io.BytesIO()
    buf.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(buf.tell())
        buf.write(f"{i} 0 obj\n{obj}\nendobj\n".encode("latin-1"))
    xref = buf.tell()
    buf.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        buf.write(f"{off:010d} 00000 n \n".encode())
    buf.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return buf.getvalue()


def docx_bytes(text):
    paras = "".join(f'<w:p><w:r><w:t xml:space="preserve">{html.escape(p, quote=False)}</w:t></w:r></w:p>'
                    for p in text.split("\n"))
    parts = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            + paras + '<w:sectPr/></w:body></w:document>',
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 3, 12, 15, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return buf.getvalue()


def add_attachments(em, atts):
    for a in atts:
        maintype, subtype = a["type"].split("/", 1)
        data = pdf_bytes(a["text"]) if subtype == "pdf" else docx_bytes(a["text"])
        em.add_attachment(data, maintype=maintype, subtype=subtype, filename=a["name"])


# ------------------------------------------------------------------------------------------ html
def lines_html(text, tag="div", style=""):
    out = []
    for line in text.split("\n"):
        inner = html.escape(line) if line else "<br>"
        out.append(f'<{tag}{style}>{inner}</{tag}>')
    return "\n".join(out)


OUTLOOK_DIV = ' style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"'


def outlook_header_html(pm, sent):
    to = "; ".join(html.escape(addr(k)) for k in pm["to_all"])
    cc = "; ".join(html.escape(addr(k)) for k in pm["cc"])
    return ('<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">'
            '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
            f'<b>From:</b> {html.escape(addr(pm["frm"]))}<br><b>Sent:</b> {sent}<br><b>To:</b> {to}<br>'
            + (f'<b>Cc:</b> {cc}<br>' if cc else "")
            + f'<b>Subject:</b> {html.escape(pm["subj"])}</font><div>&nbsp;</div></div>\n')


def wrap_html(inner, client):
    if client in OUTLOOKISH:
        return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                f'</head>\n<body dir="ltr">\n{inner}\n</body>\n</html>\n')
    if client == "yahoo":
        return ('<html><head></head><body><div class="ydp5e0c1a2byahoo-style-wrap" style="font-family:Helvetica Neue, '
                f'Helvetica, Arial, sans-serif;font-size:13px;">{inner}</div></body></html>\n')
    if client == "thunderbird":
        return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; '
                f'charset=UTF-8">\n  </head>\n  <body>\n{inner}\n  </body>\n</html>\n')
    return f'<div dir="ltr">{inner}</div>\n'


def newsletter_html(text):
    out = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>Hawk Happenings</title></head>',
           '<body style="margin:0;background:#eef1f5;"><center><table role="presentation" width="620" '
           'style="background:#ffffff;font-family:Verdana,Arial,sans-serif;color:#1c2a39;" cellpadding="0" cellspacing="0">',
           '<tr><td style="background:#0b3d6e;padding:18px;"><img src="https://cdn.parentsquare.com/harwood/hawk-logo.png" '
           'alt="Harwood Hawks" width="64"></td></tr><tr><td style="padding:20px 28px;">']
    in_list = False
    for line in text.split("\n"):
        if line.startswith("- "):
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{html.escape(line[2:])}</li>")
            continue
        if in_list:
            out.append("</ul>")
            in_list = False
        if not line:
            continue
        if line.isupper():
            out.append(f'<h1 style="color:#0b3d6e;font-size:26px;">{html.escape(line)}</h1>')
        elif len(line) < 45 and not line.endswith((".", "!", "?")):
            out.append(f'<h2 style="color:#c8102e;font-size:17px;margin:18px 0 4px;">{html.escape(line)}</h2>')
        else:
            out.append(f'<p style="font-size:14px;line-height:1.5;">{html.escape(line)}</p>')
    if in_list:
        out.append("</ul>")
    out.append('</td></tr><tr><td style="padding:14px 28px;font-size:11px;color:#7a8696;">Harwood Elementary School '
               '&middot; Maple Ridge Community Schools<br>You are receiving this because you are a parent or guardian '
               'of a Harwood student. <a href="https://www.parentsquare.com/notification_settings">Change notification '
               'settings</a><br>Sent via ParentSquare</td></tr></table></center></body></html>')
    return "\n".join(out)


# ------------------------------------------------------------------------------------------ the corpus
class Corpus:
    def __init__(self):
        self.msgs, self.order = {}, []
        for t in S.THREADS:
            for m in t["messages"]:
                assert m["id"] not in self.msgs, m["id"]
                assert m["arrival"] in ARRIVALS, (m["id"], m["arrival"])
                m["thread"] = t["id"]
                m["thread_subject"] = t["subject"]
                m["sender"] = who(m["frm"])
                m["client"] = m.get("client") or m["sender"]["client"]
                m["dt"] = local(m["date"])
                m.setdefault("cc", [])
                m["to_all"] = list(m["to"])
                if m["client"] == "iphone" and "sig" not in m:
                    m["sig"] = S.SIG["greg-iphone"]
                if "sig" not in m:
                    m["sig"] = S.SIG.get(m["frm"], "")
                self.msgs[m["id"]] = m
        self.order = sorted(self.msgs, key=lambda k: self.msgs[k]["dt"])
        for mid in self.order:
            m = self.msgs[mid]
            m["subj"] = self.subject_of(m)
            m["mid"] = new_message_id(mid, m["client"], m["dt"])
            if m.get("reply_to"):
                assert self.msgs[m["reply_to"]]["dt"] < m["dt"], mid

    def subject_of(self, m):
        if m.get("subject"):
            return m["subject"]
        if not m.get("reply_to"):
            return m["thread_subject"]
        parent = self.msgs[m["reply_to"]]
        base = re.sub(r"^((re|fw|fwd)\s*:\s*)+", "", parent.get("subj") or self.subject_of(parent), flags=re.I)
        return ("RE: " if m["client"] in OUTLOOKISH else "Re: ") + base

    def chain(self, mid):
        out, p = [], self.msgs[mid].get("reply_to")
        while p:
            out.insert(0, p)
            p = self.msgs[p].get("reply_to")
        return out

    def cc_line(self, m):
        cc = [addr(k) for k in m["cc"]]
        if m.get("cc_trail"):
            cc.append(S.TRAIL)
        return cc

    # -------------------------------------------------------------- full text and html of an original
    def own_text(self, m):
        text = m["body"].rstrip("\n")
        if m["sig"]:
            text += "\n\n" + m["sig"]
        return text

    def full_text(self, mid):
        m = self.msgs[mid]
        text = self.own_text(m)
        p = m.get("reply_to")
        if not p or not m.get("quote", True) or m.get("auto_reply"):
            return text
        pm = self.msgs[p]
        ptext = self.full_text(p)
        c = m["client"]
        if c in OUTLOOKISH:
            sent = d_outlook_ios(pm["dt"]) if c == "outlook-ios" else d_outlook(pm["dt"])
            head = ["", "", "________________________________", f"From: {addr(pm['frm'])}", f"Sent: {sent}",
                    "To: " + "; ".join(addr(k) for k in pm["to_all"])]
            cc = self.cc_line(pm)
            if cc:
                head.append("Cc: " + "; ".join(cc))
            head += [f"Subject: {pm['subj']}", "", ptext]
            return text + "\n".join(head)
        quoted = "\n".join(("> " + l) if l else ">" for l in ptext.split("\n"))
        if c == "iphone":
            return text + f"\n\n> On {d_iphone_attr(pm['dt'])}, {pm['sender']['name']} <{pm['sender']['email']}> wrote:\n>\n{quoted}"
        if c == "yahoo":
            return (text + f"\n\nOn {pm['dt']:%A, %B} {pm['dt'].day}, {pm['dt'].year}, {clock(pm['dt'])}, "
                    f"{pm['sender']['name']} <{pm['sender']['email']}> wrote:\n\n{ptext}")
        return text + f"\n\nOn {d_gmail(pm['dt'])} {pm['sender']['name']} <{pm['sender']['email']}> wrote:\n\n{quoted}"

    def inner_html(self, mid):
        """HTML of the original (without <html> wrapper), including its quoted history."""
        m = self.msgs[mid]
        c = m["client"]
        own = lines_html(self.own_text(m), "div", OUTLOOK_DIV if c in OUTLOOKISH else "")
        p = m.get("reply_to")
        if not p or not m.get("quote", True) or m.get("auto_reply"):
            return own
        pm = self.msgs[p]
        phtml = self.inner_html(p)
        if c in OUTLOOKISH:
            sent = d_outlook_ios(pm["dt"]) if c == "outlook-ios" else d_outlook(pm["dt"])
            return own + '\n<div id="appendonsend"></div>\n' + outlook_header_html(pm, sent) + phtml
        if c == "yahoo":
            return (own + f'<div id="ydp_quoted" class="yahoo_quoted"><div>On {pm["dt"]:%A, %B} {pm["dt"].day}, '
                    f'{pm["dt"].year}, {clock(pm["dt"])}, {html.escape(addr(pm["frm"]))} wrote:</div><blockquote>'
                    f'{phtml}</blockquote></div>')
        return (own + f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On {d_gmail(pm["dt"])} '
                f'{html.escape(addr(pm["frm"]))} wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px '
                f'0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{phtml}</blockquote></div>')

    # -------------------------------------------------------------- the original as its sender sent it
    def original(self, mid):
        m = self.msgs[mid]
        c = m["client"]
        em = EmailMessage(policy=default)
        em["From"] = addr(m["frm"])
        em["To"] = ", ".join(addr(k) for k in m["to_all"])
        cc = self.cc_line(m)
        if cc:
            em["Cc"] = ", ".join(cc)
        em["Subject"] = m["subj"]
        em["Date"] = d_rfc(m["dt"])
        em["Message-ID"] = m["mid"]
        ch = self.chain(mid)
        if ch:
            em["In-Reply-To"] = self.msgs[ch[-1]]["mid"]
            em["References"] = " ".join(self.msgs[a]["mid"] for a in ch)
        if c in OUTLOOKISH:
            em["Thread-Topic"] = re.sub(r"^((re|fw|fwd)\s*:\s*)+", "", m["subj"], flags=re.I)
            em["Thread-Index"] = "AQH" + digest(mid, "ti", n=22)
            em["Accept-Language"] = "en-US"
            em["X-MS-Has-Attach"] = "yes" if m.get("attachments") else ""
        elif c == "iphone":
            em["X-Mailer"] = "iPhone Mail (22E252)"
        elif c == "yahoo":
            em["X-Mailer"] = "WebService/1.1.23187 YMailNorrin"
        elif c == "parentsquare":
            em["List-Unsubscribe"] = "<https://www.parentsquare.com/notification_settings>"
            em["Precedence"] = "bulk"
            em["X-Mailer"] = "ParentSquare"
        if m.get("auto_reply"):
            em["Auto-Submitted"] = "auto-replied"
            em["X-Auto-Response-Suppress"] = "All"
            em["X-MS-Exchange-Inbox-Rules-Loop"] = m["sender"]["email"]
        em["MIME-Version"] = "1.0"
        text = self.full_text(mid)
        if m.get("newsletter"):
            em.set_content(newsletter_html(m["body"]), subtype="html", charset="utf-8", cte="quoted-printable")
        elif c == "iphone":
            em.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
        else:
            em.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
            if not m.get("auto_reply") or c in OUTLOOKISH:
                em.add_alternative(wrap_html(self.inner_html(mid), c), subtype="html", charset="utf-8",
                                   cte="quoted-printable")
        add_attachments(em, m.get("attachments", []))
        if c in OUTLOOKISH:   # set_content() drops Content-* headers, so this goes last
            em["Content-Language"] = "en-US"
        return em

    # -------------------------------------------------------------- what reached the trail mailbox
    def forward_block(self, m, style):
        s, d = m["subj"], m["dt"]
        to = [addr(k) for k in m["to_all"]]
        cc = self.cc_line(m)
        if style == "gmail":
            rows = ["---------- Forwarded message ---------", f"From: {addr(m['frm'])}", f"Date: {d_gmail(d)}",
                    f"Subject: {s}", f"To: {', '.join(to)}"] + ([f"Cc: {', '.join(cc)}"] if cc else []) + ["", ""]
        elif style == "apple":
            rows = ["Begin forwarded message:", "", f"From: {addr(m['frm'])}", f"Date: {d_apple(d)}",
                    f"To: {', '.join(to)}"] + ([f"Cc: {', '.join(cc)}"] if cc else []) + [f"Subject: {s}", ""]
        elif style == "thunderbird":
            rows = ["-------- Forwarded Message --------", f"Subject: \t{s}", f"Date: \t{d_rfc(d)}",
                    f"From: \t{addr(m['frm'])}", f"To: \t{', '.join(to)}"] + (
                [f"CC: \t{', '.join(cc)}"] if cc else []) + ["", "", ""]
        elif style == "yahoo":
            rows = ["----- Forwarded Message -----", f"From: {addr(m['frm'])}", f"To: {'; '.join(to)}"] + (
                [f"Cc: {'; '.join(cc)}"] if cc else []) + [f"Sent: {d_yahoo(d)}", f"Subject: {s}", ""]
        elif style == "outlook":
            rows = ["________________________________", f"From: {addr(m['frm'])}", f"Sent: {d_outlook(d)}",
                    f"To: {'; '.join(to)}"] + ([f"Cc: {'; '.join(cc)}"] if cc else []) + [f"Subject: {s}", ""]
        else:
            raise ValueError(style)
        return "\n".join(rows)

    def forward_block_html(self, m, style):
        text = self.forward_block(m, style)
        if style == "gmail":
            return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                    + "<br>".join(html.escape(l) for l in text.split("\n") if l) + "<br></div><br><br>")
        if style == "outlook":
            return outlook_header_html(m, d_outlook(m["dt"]))
        if style == "thunderbird":
            rows = [l.split(": \t", 1) for l in text.split("\n")[1:] if ": \t" in l]
            return ('<div class="moz-forward-container"><br><br>-------- Forwarded Message --------\n'
                    '<table class="moz-email-headers-table" border="0" cellspacing="0" cellpadding="0">'
                    + "".join(f'<tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">{html.escape(k)}: </th>'
                              f'<td>{html.escape(v)}</td></tr>' for k, v in rows) + "</table><br>")
        if style == "yahoo":
            return ('<div class="ydp-fwd-hdr"><div>----- Forwarded Message -----</div>'
                    + "".join(f"<div>{html.escape(l)}</div>" for l in text.split("\n")[1:] if l) + "</div><br>")
        raise ValueError(style)

    def arrived(self, mid):
        m = self.msgs[mid]
        a = m["arrival"]
        if a in ("direct", "bcc-self"):
            em = self.original(mid)
            if a == "bcc-self" or m.get("cc_trail"):
                em.prepend = [("Delivered-To", S.TRAIL)]
            else:   # a Gmail filter on the father's account passes school mail on unchanged
                em.prepend = [("Delivered-To", S.TRAIL), ("X-Forwarded-To", S.TRAIL),
                              ("X-Forwarded-For", f"{S.USER['email']} {S.TRAIL}")]
            return em, m["mid"], m["dt"]
        fwd_by = m.get("fwd_by") or "greg"
        fclient = {"gmail-forward": "gmail", "apple-forward": "iphone", "thunderbird-forward": "thunderbird",
                   "yahoo-forward": "yahoo", "outlook-forward": "outlook-kf",
                   "attachment-forward": "outlook-kf" if fwd_by == "gregwork" else "gmail"}[a]
        fdt = local(m["fwd_at"])
        assert fdt > m["dt"], mid
        fid = new_message_id(mid + "/forward", fclient, fdt)
        em = EmailMessage(policy=default)
        em["From"] = addr(fwd_by)
        em["To"] = S.TRAIL
        em["Subject"] = {"gmail": "Fwd: ", "iphone": "Fwd: ", "thunderbird": "Fwd: ", "yahoo": "Fw: ",
                         "outlook-kf": "FW: "}[fclient] + m["subj"]
        em["Date"] = d_rfc(fdt)
        em["Message-ID"] = fid
        note = m.get("fwd_note", "")
        orig_text = self.full_text(mid)
        orig_html = self.inner_html(mid)
        c = m["client"]
        if m.get("newsletter"):
            orig_text = m["body"]
        if fclient == "outlook-kf":
            em["Thread-Topic"] = re.sub(r"^((re|fw|fwd)\s*:\s*)+", "", m["subj"], flags=re.I)
            em["X-MS-Has-Attach"] = "yes"
        elif fclient == "iphone":
            em["X-Mailer"] = "iPhone Mail (22E252)"
        elif fclient == "yahoo":
            em["X-Mailer"] = "WebService/1.1.23187 YMailNorrin"
        elif fclient == "thunderbird":
            em["User-Agent"] = "Mozilla Thunderbird"
        em["MIME-Version"] = "1.0"

        if a == "attachment-forward":
            if fclient == "outlook-kf":
                text = note + "\n\n" + S.SIG["gregwork"]
                em.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
                em.add_alternative(wrap_html(lines_html(text, "div", OUTLOOK_DIV), "outlook-kf"), subtype="html",
                                   charset="utf-8", cte="quoted-printable")
            else:
                em.set_content(note + "\n", subtype="plain", charset="utf-8", cte="quoted-printable")
                em.add_alternative(wrap_html(lines_html(note), "gmail"), subtype="html", charset="utf-8",
                                   cte="quoted-printable")
            inner = self.original(mid)
            fname = re.sub(r"[^\w .,'-]", "_", m["subj"]) + ".eml"
            em.add_attachment(inner, disposition="attachment", filename=fname)
            if fclient == "outlook-kf":
                em["Content-Language"] = "en-US"
            return em, fid, fdt

        if a == "gmail-forward":
            text = note + "\n\n" + self.forward_block(m, "gmail") + "\n" + orig_text
            hbody = (lines_html(note) + "<br>" + self.forward_block_html(m, "gmail") + orig_html + "</div>")
            em.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
            em.add_alternative(wrap_html(hbody, "gmail"), subtype="html", charset="utf-8", cte="quoted-printable")
        elif a == "apple-forward":
            text = (note + "\n\n" if note else "") + S.SIG["greg-iphone"] + "\n\n" + self.forward_block(m, "apple") + \
                "\n" + orig_text
            em.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
        elif a == "thunderbird-forward":
            text = note + "\n\n\n" + self.forward_block(m, "thunderbird") + "\n" + orig_text
            hbody = ("<p>" + html.escape(note) + "</p>\n" + self.forward_block_html(m, "thunderbird")
                     + orig_html + "</div>")
            em.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
            em.add_alternative(wrap_html(hbody, "thunderbird"), subtype="html", charset="utf-8",
                               cte="quoted-printable")
        elif a == "yahoo-forward":
            text = note + "\n\n\n" + self.forward_block(m, "yahoo") + "\n" + orig_text
            hbody = "<div>" + html.escape(note) + "</div><br><br>" + self.forward_block_html(m, "yahoo") + orig_html
            em.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
            em.add_alternative(wrap_html(hbody, "yahoo"), subtype="html", charset="utf-8", cte="quoted-printable")
        elif a == "outlook-forward":
            own = note + "\n\n" + S.SIG["gregwork"]
            text = own + "\n\n" + self.forward_block(m, "outlook") + "\n" + orig_text
            hbody = (lines_html(own, "div", OUTLOOK_DIV) + '\n<div id="appendonsend"></div>\n'
                     + self.forward_block_html(m, "outlook") + orig_html)
            em.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
            em.add_alternative(wrap_html(hbody, "outlook-kf"), subtype="html", charset="utf-8",
                               cte="quoted-printable")
        add_attachments(em, m.get("attachments", []))
        if fclient in ("outlook-kf", "thunderbird"):   # after set_content(), which drops Content-* headers
            em["Content-Language"] = "en-US"
        return em, fid, fdt

    # -------------------------------------------------------------- write everything
    def build(self, out):
        out = Path(out)
        box = out / "mailbox"
        box.mkdir(parents=True, exist_ok=True)
        for old in box.glob("*.eml"):
            old.unlink()
        arrivals = []
        for mid, m in self.msgs.items():
            if m["arrival"] == "not-forwarded":
                continue
            em, src, when = self.arrived(mid)
            arrivals.append((when, mid, em, src))
        arrivals.sort(key=lambda x: x[0])
        assert len({x[0] for x in arrivals}) == len(arrivals), "two messages arrive at the same instant"
        assert len({x[3] for x in arrivals}) == len(arrivals), "duplicate Message-ID"
        info = {}
        for n, (when, mid, em, src) in enumerate(arrivals, 1):
            for i, part in enumerate(em.walk()):
                if part.get_content_maintype() == "multipart":
                    part.set_boundary(f"----=_Part_{i}_{digest(mid, str(i), n=20)}")
            name = f"{n:04d}.eml"
            head = "".join(f"{k}: {v}\n" for k, v in getattr(em, "prepend", [])).encode()
            (box / name).write_bytes(head + em.as_bytes(policy=SMTP.clone(linesep="\n", max_line_length=998)))
            info[mid] = {"file": name, "src": src, "arrived": when}
        gold = self.gold(arrivals, info)
        (out / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")
        return gold

    def gold(self, arrivals, info):
        iso = lambda d: d.isoformat()  # noqa: E731
        people = {p[1] for p in S.PEOPLE.values()}
        cnum, rnum = {}, {}
        for mid in self.order:
            lab = self.msgs[mid]["labels"]
            for c in lab.get("commitments", []):
                assert c["id"] not in cnum, c["id"]
                cnum[c["id"]] = f"C{len(cnum) + 1}"
            for r in lab.get("requests", []):
                assert r["id"] not in rnum, r["id"]
                rnum[r["id"]] = f"R{len(rnum) + 1}"
        fulfilled_by, answered_by = {}, {}
        for _, mid, _, _ in arrivals:
            lab = self.msgs[mid]["labels"]
            for c in lab.get("fulfills", []):
                assert c in cnum, (mid, c)
                fulfilled_by.setdefault(c, []).append(mid)
            for r in lab.get("answers", []):
                assert r in rnum, (mid, r)
                answered_by.setdefault(r, []).append(mid)
        rows, commitments, requests, missed = [], [], [], []
        for _, mid, _, src in arrivals:
            m = self.msgs[mid]
            lab = m["labels"]
            for t in lab.get("topics", []) + lab.get("attachment_topics", []):
                assert t in VOCAB, (mid, t)
            labels = {
                "topics": list(lab.get("topics", [])),
                "students": list(lab.get("students", [])),
                "commitments": [{"id": cnum[c["id"]], "by": who(c["by"])["email"], "what": c["what"],
                                 "quote": c["quote"], "due": c["due"]} for c in lab.get("commitments", [])],
                "fulfills": [cnum[c] for c in lab.get("fulfills", [])],
                "requests": [{"id": rnum[r["id"]], "by": who(r["by"])["email"], "quote": r["quote"]}
                             for r in lab.get("requests", [])],
                "answers": [rnum[r] for r in lab.get("answers", [])],
                "missed_services": [{"topic": t, "date": d, "minutes": n} for t, d, n in lab.get("missed", [])],
            }
            if lab.get("attachment_topics"):
                labels["attachment_topics"] = list(lab["attachment_topics"])
            rows.append({
                "file": info[mid]["file"], "id": mid, "source_message_id": src, "arrival": m["arrival"],
                "arrived_at": iso(info[mid]["arrived"]), "thread": m["thread"], "role": m["sender"]["role"],
                "original": {"from_email": m["sender"]["email"], "from_name": m["sender"]["name"],
                             "date": iso(m["dt"]), "subject": m["subj"], "message_id": m["mid"]},
                "auto_reply": bool(m.get("auto_reply")), "labels": labels,
            })
            for c in lab.get("commitments", []):
                fb = sorted(fulfilled_by.get(c["id"], []), key=lambda k: self.msgs[k]["dt"])
                first = self.msgs[fb[0]]["dt"] if fb else None
                if first and first.date() <= AS_OF:
                    status = "fulfilled"
                elif c["due"]:
                    status = "overdue" if dt.date.fromisoformat(c["due"]) < AS_OF else "open"
                else:
                    age = (AS_OF - m["dt"].date()).days
                    assert age > 21 or age < 2, f"undated promise {c['id']} is {age} days old at as_of"
                    status = "overdue" if age > 21 else "open"
                p = who(c["by"])
                assert p["email"] in people
                commitments.append({
                    "id": cnum[c["id"]], "key": c["id"], "message": mid, "source_message_id": src, "sent": iso(m["dt"]),
                    "by": p["email"], "by_role": p["role"], "what": c["what"], "quote": c["quote"], "due": c["due"],
                    "fulfilled_by": [info[k]["src"] for k in fb], "fulfilled_by_ids": fb,
                    "first_fulfilled": iso(first) if first else None, "status_as_of": status})
            for r in lab.get("requests", []):
                ab = sorted(answered_by.get(r["id"], []), key=lambda k: self.msgs[k]["dt"])
                requests.append({
                    "id": rnum[r["id"]], "key": r["id"], "message": mid, "source_message_id": src,
                    "by": who(r["by"])["email"], "quote": r["quote"], "answered_by_ids": ab,
                    "answered_by": [info[k]["src"] for k in ab],
                    "status_as_of": "answered" if ab and self.msgs[ab[0]]["dt"].date() <= AS_OF else "unanswered"})
            for t, d, n in lab.get("missed", []):
                missed.append({"topic": t, "date": d, "minutes": n, "message": mid, "source_message_id": src})
        commitments.sort(key=lambda c: int(c["id"][1:]))
        requests.sort(key=lambda r: int(r["id"][1:]))
        queries = []
        for q, topic in S.QUERIES:
            assert topic in VOCAB
            queries.append({"q": q, "topic": topic,
                            "expect": sorted(r["source_message_id"] for r in rows if topic in r["labels"]["topics"])})
        return {"corpus": S.CORPUS, "as_of": S.AS_OF, "timezone": S.TIMEZONE, "user": S.USER,
                "trail_address": S.TRAIL, "students": S.STUDENTS, "messages": rows, "commitments": commitments,
                "requests": requests, "missed_services": missed, "queries": queries}


if __name__ == "__main__":
    g = Corpus().build(sys.argv[1] if len(sys.argv) > 1 else HERE)
    print(f"{len(g['messages'])} emails, {len({m['thread'] for m in g['messages']})} threads, "
          f"{len(g['commitments'])} commitments, {len(g['requests'])} requests, "
          f"{len(g['missed_services'])} missed-service rows, {len(g['queries'])} queries")
