#!/usr/bin/env python3
"""Render corpus.py into mailbox/NNNN.eml (in arrival order) and gold.json.

Standard library only and deterministic: Message-IDs, MIME boundaries and attachment bytes
are derived from hashes of the message ids, so rebuilding gives identical files.

usage: python3 build.py [OUTDIR]      (default: this folder)
"""
import base64
import datetime as dt
import hashlib
import html
import io
import json
import re
import sys
import uuid
import zipfile
from email.message import EmailMessage
from email.policy import SMTP, default
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import corpus as K  # noqa: E402

TZ = ZoneInfo(K.TIMEZONE)
AS_OF = dt.date.fromisoformat(K.AS_OF)
TOPICS = set("""extended_time preferential_seating breaks read_aloud assistive_technology reduced_assignments
separate_setting class_notes graphic_organizers visual_schedule calculator sensory_tools scribe large_print check_in
speech_language_therapy occupational_therapy physical_therapy counseling specialized_instruction reading_intervention
paraprofessional transportation extended_school_year behavior_support iep_meeting evaluation progress_report
compensatory_services""".split())
ARRIVALS = {"direct", "gmail-forward", "outlook-forward", "apple-forward", "thunderbird-forward", "yahoo-forward",
            "attachment-forward", "bcc-self", "not-forwarded"}
OUTLOOKISH = {"outlook", "outlook-ios", "hotmail"}


def local(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def digest(*parts, n=32):
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:n]


def who(key):
    name, email, role, client = K.PEOPLE[key]
    return {"key": key, "name": name, "email": email, "role": role, "client": client}


def addr(key):
    if key == "trail":
        return K.TRAIL
    p = who(key)
    return f"{p['name']} <{p['email']}>"


# ------------------------------------------------------------------ how each client writes dates
def _h12(d, secs=False):
    s = d.strftime("%I:%M:%S %p" if secs else "%I:%M %p")
    return s[1:] if s.startswith("0") else s


def d_gmail(d):      # Tue, Jan 20, 2026 at 4:05 PM
    return f"{d:%a, %b} {d.day}, {d.year} at {_h12(d)}"


def d_outlook(d):    # Tuesday, January 20, 2026 4:05 PM
    return f"{d:%A, %B} {d.day}, {d.year} {_h12(d)}"


def d_outlook_ios(d):  # Tuesday, March 24, 2026 8:55:00 PM
    return f"{d:%A, %B} {d.day}, {d.year} {_h12(d, True)}"


def d_apple(d):      # February 9, 2026 at 4:10:00 PM MST
    return f"{d:%B} {d.day}, {d.year} at {_h12(d, True)} {d.tzname()}"


def d_apple_quote(d):  # Jan 13, 2026, at 3:20 PM
    return f"{d:%b} {d.day}, {d.year}, at {_h12(d)}"


def d_yahoo(d):      # Monday, February 23, 2026 at 02:15:00 PM MST
    return f"{d:%A, %B} {d.day}, {d.year} at {d:%I:%M:%S %p} {d.tzname()}"


# ------------------------------------------------------------------ Message-IDs in each client's shape
def make_msgid(seed, client, d):
    x = digest(seed, client, n=64)
    if client == "gmail":
        return f"<CA{x[0].upper()}{x[1:4]}_{x[4:26].upper()}{x[26:34]}@mail.gmail.com>"
    if client == "iphone":
        return f"<{str(uuid.UUID(x[:32], version=4)).upper()}@gmail.com>"
    if client == "thunderbird":
        return f"<{uuid.UUID(x[:32], version=4)}@gmail.com>"
    if client == "yahoo":
        n = int(x[:12], 16)
        return f"<{n % 900000000 + 100000000}.{n % 9000000 + 1000000}.{int(d.timestamp() * 1000)}@mail.yahoo.com>"
    if client in ("outlook", "outlook-ios"):
        srv = f"CO1PR06MB{int(x[:4], 16) % 9000 + 1000}"
        return f"<{srv}{x[4:22].upper()}@{srv}.namprd06.prod.outlook.com>"
    if client == "hotmail":
        srv = f"SA1P223MB{int(x[:4], 16) % 9000 + 1000:04d}"
        return f"<{srv}{x[4:26].upper()}@{srv}.NAMP223.PROD.OUTLOOK.COM>"
    if client == "parentsquare":
        return f"<{d.astimezone(dt.timezone.utc):%Y%m%d%H%M%S}.{x[:20]}@mailer.parentsquare.com>"
    raise ValueError(client)


# ------------------------------------------------------------------ attachments
def pdf_bytes(text):
    lines = []
    for raw in text.split("\n"):
        while len(raw) > 96:
            cut = raw.rfind(" ", 0, 96)
            cut = cut if cut > 20 else 96
            lines.append(raw[:cut])
            raw = "  " + raw[cut:].lstrip()
        lines.append(raw)

    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    content = "BT\n/F1 10 Tf\n48 752 Td\n13 TL\n" + "".join(f"({esc(l)}) Tj T*\n" for l in lines) + "ET\n"
    data = content.encode("cp1252", errors="replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(data)).encode() + b" >>\nstream\n" + data + b"endstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for o in offsets:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def docx_bytes(text):
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{html.escape(p, quote=False)}</w:t></w:r></w:p>'
                   for p in text.split("\n"))
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + body + "</w:body></w:document>",
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 4, 2, 16, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return buf.getvalue()


def blob_bytes(seed, n=3072):
    out = b""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}/{i}".encode()).digest()
        i += 1
    return b"\x00\x00\x00\x14ftypqt  " + out[:n]


def add_attachments(em, atts, seed):
    for a in atts:
        maintype, subtype = a["type"].split("/", 1)
        if subtype == "pdf":
            data = pdf_bytes(a["text"])
        elif "wordprocessingml" in subtype:
            data = docx_bytes(a["text"])
        else:
            data = blob_bytes(seed + a["name"])
        em.add_attachment(data, maintype=maintype, subtype=subtype, filename=a["name"])


# ------------------------------------------------------------------ HTML versions of plain text
def html_outlook(text):
    rows = "".join('<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
                   f'{html.escape(l) if l else "<br>"}</div>\n' for l in text.split("\n"))
    return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
            f'</head>\n<body dir="ltr">\n{rows}</body>\n</html>\n')


def html_gmail(text):
    return '<div dir="ltr">' + "<br>\n".join(html.escape(l) for l in text.split("\n")) + "</div>\n"


def html_yahoo(text):
    inner = "<br>".join(html.escape(l) for l in text.split("\n"))
    return ('<html><head></head><body><div class="ydp4f2a9c1cyahoo-style-wrap" '
            f'style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">{inner}</div></body></html>')


def html_newsletter(text):
    out = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>Cielo Azul Connections</title></head>',
           '<body style="margin:0;padding:0;background:#eef4fb;"><table role="presentation" width="100%"><tr><td align="center">',
           '<table role="presentation" width="600" style="background:#ffffff;font-family:Verdana,Arial,sans-serif;color:#1d2b3a;">',
           '<tr><td style="background:#2a6fb0;color:#ffffff;padding:18px 24px;font-size:22px;">Cielo Azul Connections</td></tr>',
           '<tr><td style="padding:20px 24px;">']
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
            out.append(f'<h1 style="font-size:20px;color:#2a6fb0;">{html.escape(line)}</h1>')
        elif len(line) < 60 and not line.endswith((".", "!", "?")):
            out.append(f'<h3 style="color:#2a6fb0;margin:14px 0 4px;">{html.escape(line)}</h3>')
        else:
            out.append(f'<p style="line-height:1.4;">{html.escape(line)}</p>')
    if in_list:
        out.append("</ul>")
    out.append('</td></tr><tr><td style="padding:12px 24px;font-size:11px;color:#777;">Sent via ParentSquare on behalf of '
               'Cielo Azul Early Childhood Center, Bosque Vista Public Schools. '
               '<a href="https://www.parentsquare.com/unsubscribe">Unsubscribe</a> | '
               '<a href="https://www.parentsquare.com/preferences">Notification settings</a></td></tr>'
               '</table></td></tr></table></body></html>')
    return "\n".join(out)


def put_text(em, text, kind=None):
    em.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    if kind:
        render = {"outlook": html_outlook, "gmail": html_gmail, "yahoo": html_yahoo}[kind]
        em.add_alternative(render(text), subtype="html", charset="utf-8", cte="quoted-printable")


def set_boundaries(em, seed):
    for i, part in enumerate(em.walk()):
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"----=_Part_{i}_{digest(seed, str(i), n=20)}")


def clean_subject(s):
    return re.sub(r"^(\s*(re|fw|fwd)\s*:\s*)+", "", s, flags=re.I)


# ------------------------------------------------------------------ the corpus
class Corpus:
    def __init__(self):
        self.m = {}
        for t in K.THREADS:
            for m in t["messages"]:
                assert m["id"] not in self.m, m["id"]
                assert m["arrival"] in ARRIVALS, m["id"]
                m["thread"] = t["id"]
                m["thread_subject"] = t["subject"]
                m["sender"] = who(m["frm"])
                m["client"] = m.get("client") or m["sender"]["client"]
                m["dt"] = local(m["date"])
                self.m[m["id"]] = m
        for mid in sorted(self.m, key=lambda k: self.m[k]["dt"]):
            m = self.m[mid]
            self.subject(mid)
            m["msgid"] = make_msgid(mid, m["client"], m["dt"])
            if m.get("reply_to"):
                assert self.m[m["reply_to"]]["dt"] < m["dt"], mid

    def subject(self, mid):
        m = self.m[mid]
        if "subj" not in m:
            if m.get("subject"):
                m["subj"] = m["subject"]
            elif m.get("reply_to"):
                prefix = "RE: " if m["client"] in OUTLOOKISH else "Re: "
                m["subj"] = prefix + clean_subject(self.subject(m["reply_to"]))
            else:
                m["subj"] = m["thread_subject"]
        return m["subj"]

    def chain(self, mid):
        out, p = [], self.m[mid].get("reply_to")
        while p:
            out.insert(0, p)
            p = self.m[p].get("reply_to")
        return out

    def recipients(self, m, field):
        keys = list(m.get(field, []))
        if field == "cc" and m.get("via") == "cc":
            keys.append("trail")
        if field == "to" and m.get("via") == "list":
            keys = ["trail"]
        return keys

    def text(self, mid):
        """The plain text the sender's client sent: own words, signature, quoted history."""
        m = self.m[mid]
        out = m["body"].rstrip("\n")
        if m.get("sig"):
            out += "\n\n" + m["sig"].rstrip("\n")
        p = m.get("reply_to")
        if p and m.get("quote", True) and not m.get("auto_reply"):
            pm = self.m[p]
            prev = self.text(p).rstrip("\n")
            to = "; ".join(addr(k) for k in self.recipients(pm, "to"))
            cc = "; ".join(addr(k) for k in self.recipients(pm, "cc"))
            c = m["client"]
            if c in OUTLOOKISH:
                sent = d_outlook_ios(pm["dt"]) if c == "outlook-ios" else d_outlook(pm["dt"])
                block = ["", "", "________________________________",
                         f"From: {addr(pm['frm'])}", f"Sent: {sent}", f"To: {to}"]
                if cc:
                    block.append(f"Cc: {cc}")
                block += [f"Subject: {pm['subj']}", "", prev]
                out += "\n".join(block)
            elif c == "iphone":
                q = "\n".join("> " + l if l else ">" for l in prev.split("\n"))
                out += f"\n\nOn {d_apple_quote(pm['dt'])}, {addr(pm['frm'])} wrote:\n\n{q}"
            elif c == "yahoo":
                q = "\n".join("> " + l if l else ">" for l in prev.split("\n"))
                out += f"\n\nOn {d_yahoo(pm['dt'])}, {addr(pm['frm'])} wrote:\n\n{q}"
            else:
                q = "\n".join("> " + l if l else ">" for l in prev.split("\n"))
                out += f"\n\nOn {d_gmail(pm['dt'])} {addr(pm['frm'])} wrote:\n\n{q}"
        return out + "\n"

    # ------------------------------------------------------------ the message as its author sent it
    def original(self, mid):
        m = self.m[mid]
        c = m["client"]
        em = EmailMessage(policy=default)
        em["From"] = addr(m["frm"])
        to = self.recipients(m, "to")
        em["To"] = ", ".join(addr(k) for k in to) if to else "undisclosed-recipients:;"
        cc = self.recipients(m, "cc")
        if cc:
            em["Cc"] = ", ".join(addr(k) for k in cc)
        em["Subject"] = m["subj"]
        em["Date"] = format_datetime(m["dt"])
        em["Message-ID"] = m["msgid"]
        chain = self.chain(mid)
        if chain and m.get("auto_reply"):
            chain = chain[-1:]          # Exchange auto-replies reference only the triggering message
        if chain:
            em["In-Reply-To"] = self.m[chain[-1]]["msgid"]
            em["References"] = " ".join(self.m[k]["msgid"] for k in chain)
        if c in OUTLOOKISH:
            em["Thread-Topic"] = clean_subject(m["subj"])
            em["Thread-Index"] = base64.b64encode(bytes.fromhex(digest(m["thread"], n=22) + digest(mid, n=22))).decode()
            em["Accept-Language"] = "en-US"
            em["X-MS-Has-Attach"] = "yes" if m.get("attachments") else ""
        elif c == "iphone":
            em["X-Mailer"] = "iPhone Mail (23D60)"
        elif c == "yahoo":
            em["X-Mailer"] = "WebService/1.1.25002 YMailNorrin"
        if m.get("auto_reply"):
            em["Auto-Submitted"] = "auto-replied"
            em["X-Auto-Response-Suppress"] = "All"
        em["MIME-Version"] = "1.0"
        body = self.text(mid)
        if m.get("newsletter"):
            em["List-Unsubscribe"] = "<https://www.parentsquare.com/unsubscribe>"
            em["List-Id"] = "Cielo Azul ECC <cieloazul.bosquevistaps.parentsquare.com>"
            em["Precedence"] = "bulk"
            em.set_content(html_newsletter(body), subtype="html", charset="utf-8", cte="quoted-printable")
        else:
            kind = None
            if c == "gmail":
                kind = "gmail"
            elif c == "yahoo":
                kind = "yahoo"
            elif m.get("html") and c in OUTLOOKISH:
                kind = "outlook"
            put_text(em, body, kind)
        if c in OUTLOOKISH:
            em["Content-Language"] = "en-US"
        add_attachments(em, m.get("attachments", []), mid)
        return em

    # ------------------------------------------------------------ forwarded header blocks
    def fwd_block(self, m, style):
        frm, s, d = addr(m["frm"]), m["subj"], m["dt"]
        to_keys, cc_keys = self.recipients(m, "to"), self.recipients(m, "cc")
        to = ", ".join(addr(k) for k in to_keys)
        cc = ", ".join(addr(k) for k in cc_keys)
        if style == "gmail":
            lines = ["---------- Forwarded message ---------", f"From: {frm}", f"Date: {d_gmail(d)}",
                     f"Subject: {s}", f"To: {to}"] + ([f"Cc: {cc}"] if cc else []) + ["", ""]
        elif style == "apple":
            lines = ["Begin forwarded message:", "", f"From: {frm}", f"Subject: {s}", f"Date: {d_apple(d)}",
                     f"To: {to}"] + ([f"Cc: {cc}"] if cc else []) + [""]
        elif style == "thunderbird":
            lines = ["-------- Forwarded Message --------", f"Subject: \t{s}", f"Date: \t{format_datetime(d)}",
                     f"From: \t{frm}", f"To: \t{to}"] + ([f"CC: \t{cc}"] if cc else []) + ["", "", ""]
        elif style == "yahoo":
            lines = ["----- Forwarded Message -----", f"From: {frm}", f"To: {to}"] + ([f"Cc: {cc}"] if cc else []) + [
                f"Sent: {d_yahoo(d)}", f"Subject: {s}", ""]
        elif style == "outlook":
            lines = ["________________________________", f"From: {frm}", f"Sent: {d_outlook(d)}",
                     "To: " + "; ".join(addr(k) for k in to_keys)] + (
                ["Cc: " + "; ".join(addr(k) for k in cc_keys)] if cc_keys else []) + [f"Subject: {s}", ""]
        return "\n".join(lines)

    # ------------------------------------------------------------ what reached the trail mailbox
    def arrived(self, mid):
        m = self.m[mid]
        a = m["arrival"]
        if a in ("direct", "bcc-self"):
            em = self.original(mid)
            pre = [("Delivered-To", K.TRAIL)]
            if a == "direct" and m.get("via") == "filter":
                pre += [("X-Forwarded-To", K.TRAIL), ("X-Forwarded-For", f"{K.USER['email']} {K.TRAIL}")]
            else:
                assert a == "bcc-self" or m.get("via") in ("cc", "list"), mid
            em.prepend = pre
            return em, m["msgid"], m["dt"]
        by = m["fwd_by"]
        fclient = {"gmail-forward": "gmail", "apple-forward": "iphone", "thunderbird-forward": "thunderbird",
                   "attachment-forward": "gmail", "outlook-forward": "hotmail", "yahoo-forward": "yahoo"}[a]
        assert who(by)["client"] in (fclient, "gmail") or by == "marisol", (mid, by)
        fdt = local(m["fwd_at"])
        assert fdt > m["dt"], mid
        fid = make_msgid(mid + "/fwd", fclient, fdt)
        prefix = "FW: " if fclient == "hotmail" else "Fwd: "
        em = EmailMessage(policy=default)
        em["From"] = addr(by)
        em["To"] = K.TRAIL
        em["Subject"] = prefix + m["subj"]
        em["Date"] = format_datetime(fdt)
        em["Message-ID"] = fid
        note = m.get("fwd_note", "")
        inner = self.text(mid)
        if a == "gmail-forward":
            em["MIME-Version"] = "1.0"
            put_text(em, note + "\n\n" + self.fwd_block(m, "gmail") + "\n" + inner, "gmail")
        elif a == "apple-forward":
            em["X-Mailer"] = "iPhone Mail (23D60)"
            em["MIME-Version"] = "1.0"
            lead = (note + "\n\n" if note else "") + K.SIG["iphone"] + "\n"
            put_text(em, lead + self.fwd_block(m, "apple") + "\n" + inner)
        elif a == "thunderbird-forward":
            em["User-Agent"] = "Mozilla Thunderbird"
            em["MIME-Version"] = "1.0"
            put_text(em, note + "\n\n\n" + self.fwd_block(m, "thunderbird") + "\n" + inner)
            em["Content-Language"] = "es-MX"
        elif a == "yahoo-forward":
            em["X-Mailer"] = "WebService/1.1.25002 YMailNorrin"
            em["MIME-Version"] = "1.0"
            put_text(em, note + "\n\n" + K.SIG["yahoo"] + "\n\n" + self.fwd_block(m, "yahoo") + "\n" + inner, "yahoo")
        elif a == "outlook-forward":
            em["Thread-Topic"] = clean_subject(m["subj"])
            em["MIME-Version"] = "1.0"
            put_text(em, (note + "\n\n" if note else "\n") + self.fwd_block(m, "outlook") + "\n" + inner, "outlook")
            em["Content-Language"] = "en-US"
        elif a == "attachment-forward":
            em["MIME-Version"] = "1.0"
            put_text(em, note + "\n", "gmail")
            em.add_attachment(self.original(mid), disposition="attachment",
                              filename=re.sub(r"[^\w .,'-]", "_", m["subj"]) + ".eml")
            return em, fid, fdt
        add_attachments(em, m.get("attachments", []), mid)
        return em, fid, fdt

    # ------------------------------------------------------------ write mailbox and gold
    def build(self, out):
        out = Path(out)
        box = out / "mailbox"
        box.mkdir(parents=True, exist_ok=True)
        for old in box.glob("*.eml"):
            old.unlink()
        got = []
        for mid, m in self.m.items():
            if m["arrival"] != "not-forwarded":
                em, src, when = self.arrived(mid)
                got.append((when, mid, em, src))
        got.sort(key=lambda x: x[0])
        assert len({g[0] for g in got}) == len(got), "two messages arrive at the same minute"
        src_of, file_of, at = {}, {}, {}
        for n, (when, mid, em, src) in enumerate(got, 1):
            set_boundaries(em, mid)
            name = f"{n:04d}.eml"
            pre = "".join(f"{k}: {v}\n" for k, v in getattr(em, "prepend", [])).encode()
            (box / name).write_bytes(pre + em.as_bytes(policy=SMTP.clone(linesep="\n", max_line_length=998)))
            src_of[mid], file_of[mid], at[mid] = src, name, when
        gold = self.gold(got, src_of, file_of, at)
        (out / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        return gold

    def gold(self, got, src_of, file_of, at):
        iso = lambda d: d.isoformat()  # noqa: E731
        cnum, rnum = {}, {}
        for mid in sorted(self.m, key=lambda k: self.m[k]["dt"]):
            lab = self.m[mid]["labels"]
            if self.m[mid]["arrival"] == "not-forwarded":
                assert not any(lab.get(k) for k in ("commitments", "requests", "fulfills", "answers", "missed")), mid
                continue
            for c in lab.get("commitments", []):
                assert c["id"] not in cnum, c["id"]
                cnum[c["id"]] = f"C{len(cnum) + 1}"
            for r in lab.get("requests", []):
                assert r["id"] not in rnum, r["id"]
                rnum[r["id"]] = f"R{len(rnum) + 1}"
        fulfilled_by, answered_by = {}, {}
        for _, mid, _, _ in got:
            lab = self.m[mid]["labels"]
            for c in lab.get("fulfills", []):
                fulfilled_by.setdefault(c, []).append(mid)
            for r in lab.get("answers", []):
                answered_by.setdefault(r, []).append(mid)
        rows, commitments, requests, missed = [], [], [], []
        for _, mid, _, src in got:
            m = self.m[mid]
            lab = m["labels"]
            for t in lab.get("topics", []) + lab.get("attachment_topics", []):
                assert t in TOPICS, (mid, t)
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
                "file": file_of[mid], "id": mid, "thread": m["thread"], "arrival": m["arrival"],
                "arrived_at": iso(at[mid]), "source_message_id": src, "role": m["sender"]["role"],
                "original": {"from_name": m["sender"]["name"], "from_email": m["sender"]["email"],
                             "date": iso(m["dt"]), "subject": m["subj"], "message_id": m["msgid"]},
                "auto_reply": bool(m.get("auto_reply")), "labels": labels,
            })
            for c in lab.get("commitments", []):
                fb = sorted(fulfilled_by.get(c["id"], []), key=lambda k: self.m[k]["dt"])
                first = self.m[fb[0]]["dt"] if fb else None
                if first and first.date() <= AS_OF:
                    status = "fulfilled"
                elif c["due"]:
                    status = "overdue" if dt.date.fromisoformat(c["due"]) < AS_OF else "open"
                else:
                    age = (AS_OF - m["dt"].date()).days
                    assert age > 21 or age < 2, f"undated promise {c['id']} is {age} days old at as_of"
                    status = "overdue" if age > 21 else "open"
                p = who(c["by"])
                commitments.append({
                    "id": cnum[c["id"]], "message": mid, "source_message_id": src, "sent": iso(m["dt"]),
                    "by": p["email"], "by_role": p["role"], "what": c["what"], "quote": c["quote"], "due": c["due"],
                    "fulfilled_by": [src_of[k] for k in fb], "fulfilled_by_ids": fb,
                    "first_fulfilled": iso(first) if first else None, "status_as_of": status,
                })
            for r in lab.get("requests", []):
                ab = sorted(answered_by.get(r["id"], []), key=lambda k: self.m[k]["dt"])
                requests.append({
                    "id": rnum[r["id"]], "message": mid, "source_message_id": src, "by": who(r["by"])["email"],
                    "quote": r["quote"], "answered_by_ids": ab, "answered_by": [src_of[k] for k in ab],
                    "status_as_of": "answered" if ab else "unanswered",
                })
            for t, d, n in lab.get("missed", []):
                missed.append({"topic": t, "date": d, "minutes": n, "message": mid, "source_message_id": src})
        commitments.sort(key=lambda c: int(c["id"][1:]))
        requests.sort(key=lambda r: int(r["id"][1:]))
        queries = [{"q": q, "topic": t,
                    "expect": sorted(r["source_message_id"] for r in rows if t in r["labels"]["topics"])}
                   for q, t in K.QUERIES]
        return {"corpus": K.CORPUS, "as_of": K.AS_OF, "timezone": K.TIMEZONE, "user": K.USER,
                "trail_address": K.TRAIL, "students": K.STUDENTS, "messages": rows, "commitments": commitments,
                "requests": requests, "missed_services": missed, "queries": queries}


if __name__ == "__main__":
    g = Corpus().build(sys.argv[1] if len(sys.argv) > 1 else HERE)
    print(f"{len(g['messages'])} emails, {len({m['thread'] for m in g['messages']})} threads, "
          f"{len(g['commitments'])} commitments, {len(g['requests'])} requests, "
          f"{len(g['missed_services'])} missed-service rows, {len(g['queries'])} queries")
