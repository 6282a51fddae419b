#!/usr/bin/env python3
"""Render corpus.py into mailbox/NNNN.eml (arrival order) and gold.json.

Standard library only. Deterministic: Message-IDs, MIME boundaries and attachment bytes are
derived from hashes of the message ids, so a rebuild produces identical files.

usage: python3 build.py [OUTDIR]     (default: this folder)
"""
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
VOCAB = set("""extended_time preferential_seating breaks read_aloud assistive_technology reduced_assignments
separate_setting class_notes graphic_organizers visual_schedule calculator sensory_tools scribe large_print check_in
speech_language_therapy occupational_therapy physical_therapy counseling specialized_instruction reading_intervention
paraprofessional transportation extended_school_year behavior_support iep_meeting evaluation progress_report
compensatory_services""".split())
ARRIVALS = {"direct", "gmail-forward", "outlook-forward", "apple-forward", "thunderbird-forward", "yahoo-forward",
            "attachment-forward", "bcc-self", "not-forwarded"}
OUTLOOK = {"outlook", "outlook-ios", "outlook-dom"}


# ----------------------------------------------------------------------------- small helpers
def when(s):
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return dt.datetime.strptime(s, fmt).replace(tzinfo=TZ)


def h(*parts, n=32):
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:n]


def person(key):
    name, email, role, client = K.PEOPLE[key]
    return dict(key=key, name=name, email=email, role=role, client=client)


def addr(key):
    p = person(key)
    return f"{p['name']} <{p['email']}>"


def hour12(d, secs=False):
    t = d.strftime("%I:%M:%S %p" if secs else "%I:%M %p")
    return t[1:] if t.startswith("0") else t


def gmail_date(d):        # Wed, Jan 7, 2026 at 3:52 PM
    return f"{d.strftime('%a, %b')} {d.day}, {d.year} at {hour12(d)}"


def outlook_date(d):      # Tuesday, January 6, 2026 7:42 PM
    return f"{d.strftime('%A, %B')} {d.day}, {d.year} {hour12(d)}"


def apple_date(d):        # January 7, 2026 at 3:52:00 PM EST
    return f"{d.strftime('%B')} {d.day}, {d.year} at {hour12(d, True)} {d.tzname()}"


def apple_short(d):       # Jan 7, 2026, at 3:52 PM
    return f"{d.strftime('%b')} {d.day}, {d.year}, at {hour12(d)}"


def yahoo_date(d):        # Thursday, January 15, 2026 at 11:30:00 AM EST
    return f"{d.strftime('%A, %B')} {d.day}, {d.year} at {hour12(d, True)} {d.tzname()}"


def rfc_date(d):          # Tue, 20 Jan 2026 15:10:00 -0500
    return format_datetime(d)


# ----------------------------------------------------------------------------- message ids
def message_id(seed, client, d):
    x = h(seed, client, n=64)
    if client == "gmail":
        tail = re.sub(r"[^A-Za-z0-9]", "", hashlib.sha256(seed.encode()).digest().hex())
        return f"<CA{x[:1].upper()}{x[1:6]}+{x[6:30].upper()}{tail[:10]}=Z{x[30:33]}@mail.gmail.com>"
    if client in ("iphone",):
        return f"<{str(uuid.UUID(x[:32], version=4)).upper()}@gmail.com>"
    if client == "iphone-exchange":
        return f"<{str(uuid.UUID(x[:32], version=4)).upper()}@srsdk12.org>"
    if client == "thunderbird":
        return f"<{uuid.UUID(x[:32], version=4)}@gmail.com>"
    if client == "yahoo":
        n = int(x[:12], 16)
        return f"<{n % 9000000000 + 1000000000}.{n % 9000000 + 1000000}.{int(d.timestamp() * 1000)}@mail.yahoo.com>"
    if client in ("outlook", "outlook-ios"):
        srv = f"SA1PR{int(x[0:2], 16) % 20:02d}MB{x[2:6].upper()}"
        return f"<{srv}{x[6:38].upper()}@{srv}.namprd{int(x[38:40], 16) % 20:02d}.prod.outlook.com>"
    if client == "outlook-dom":
        srv = f"PH0PR17MB{x[2:6].upper()}"
        return f"<{srv}{x[6:38].upper()}@{srv}.namprd17.prod.outlook.com>"
    if client == "schoolmessenger":
        return f"<{d.astimezone(dt.timezone.utc).strftime('%Y%m%d%H%M%S')}.{x[:16]}@mailer.schoolmessenger.com>"
    raise ValueError(client)


# ----------------------------------------------------------------------------- attachments
def pdf_bytes(text):
    lines = []
    for raw in text.split("\n"):
        while len(raw) > 95:
            cut = raw.rfind(" ", 0, 95)
            cut = cut if cut > 20 else 95
            lines.append(raw[:cut])
            raw = "  " + raw[cut:].lstrip()
        lines.append(raw)

    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream = "BT\n/F1 10 Tf\n50 750 Td\n13 TL\n" + "".join(f"({esc(l)}) Tj T*\n" for l in lines) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def docx_bytes(text):
    paras = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{html.escape(p, quote=False)}</w:t></w:r></w:p>' for p in text.split("\n"))
    files = {
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
        + paras + "</w:body></w:document>",
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2026, 2, 9, 21, 40, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def attach_files(em, atts):
    for a in atts:
        maintype, subtype = a["type"].split("/", 1)
        data = pdf_bytes(a["text"]) if subtype == "pdf" else docx_bytes(a["text"])
        em.add_attachment(data, maintype=maintype, subtype=subtype, filename=a["name"])


# ----------------------------------------------------------------------------- html renderings
def outlook_html(text):
    paras = "".join(f'<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
                    f'{html.escape(l) if l else "<br>"}</div>\n' for l in text.split("\n"))
    return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
            f'</head>\n<body dir="ltr">\n{paras}</body>\n</html>\n')


def gmail_html(text):
    body = "<br>\n".join(html.escape(l) for l in text.split("\n"))
    return f'<div dir="ltr">{body}</div>\n'


def yahoo_html(text):
    body = "<br>".join(html.escape(l) for l in text.split("\n"))
    return ('<html><head></head><body><div class="ydp1b2c3d4yahoo-style-wrap" '
            f'style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:16px;">{body}</div></body></html>')


def newsletter_html(text):
    out = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>Brookfield Bulldog Bulletin</title></head>',
           '<body style="margin:0;background:#f2f2f2;"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">',
           '<table width="600" style="background:#ffffff;font-family:Arial,sans-serif;color:#222;"><tr><td style="padding:24px;">']
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
            out.append(f'<h1 style="color:#7a1f1f;">{html.escape(line)}</h1>')
        elif len(line) < 40 and not line.endswith((".", "!", "?")):
            out.append(f'<h3 style="color:#7a1f1f;margin-bottom:4px;">{html.escape(line)}</h3>')
        else:
            out.append(f"<p>{html.escape(line)}</p>")
    if in_list:
        out.append("</ul>")
    out.append('</td></tr><tr><td style="padding:12px 24px;font-size:11px;color:#888;">You are receiving this message because '
               'you are subscribed to Brookfield Elementary communications. <a href="https://srsdk12.org/unsubscribe">'
               'Unsubscribe</a> | <a href="https://srsdk12.org/preferences">Manage preferences</a><br>Powered by SchoolMessenger'
               '</td></tr></table></td></tr></table></body></html>')
    return "\n".join(out)


def set_text(em, text, html_kind=None):
    em.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    if html_kind:
        render = {"outlook": outlook_html, "gmail": gmail_html, "yahoo": yahoo_html}[html_kind]
        em.add_alternative(render(text), subtype="html", charset="utf-8", cte="quoted-printable")


def fix_boundaries(em, seed):
    for i, part in enumerate(em.walk()):
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"_{i:03d}_{h(seed, str(i), n=24)}_")


# ----------------------------------------------------------------------------- the corpus
class Build:
    def __init__(self):
        self.msgs = {}
        self.thread_of = {}
        self.thread_subject = {}
        for t in K.THREADS:
            self.thread_subject[t["id"]] = t["subject"]
            for m in t["messages"]:
                assert m["id"] not in self.msgs, m["id"]
                assert m["arrival"] in ARRIVALS, (m["id"], m["arrival"])
                self.msgs[m["id"]] = m
                self.thread_of[m["id"]] = t["id"]
        for mid, m in self.msgs.items():
            m["sender"] = person(m["frm"])
            m["client"] = m.get("client") or m["sender"]["client"]
            m["dt"] = when(m["date"])
            m["thread"] = self.thread_of[mid]
        for mid in self.order_by_date():
            self.subject(mid)
            m = self.msgs[mid]
            m["orig_id"] = message_id(mid, m["client"], m["dt"])

    def order_by_date(self):
        return sorted(self.msgs, key=lambda k: self.msgs[k]["dt"])

    @staticmethod
    def base(s):
        return re.sub(r"^(\s*(re|fw|fwd|aw)\s*:\s*)+", "", s, flags=re.I)

    def subject(self, mid):
        m = self.msgs[mid]
        if "subj" in m:
            return m["subj"]
        if m.get("subject"):
            s = m["subject"]
        elif m.get("reply_to"):
            parent = self.subject(m["reply_to"])
            s = ("RE: " if m["client"] in OUTLOOK else "Re: ") + self.base(parent)
        else:
            s = self.thread_subject[m["thread"]]
        m["subj"] = s
        return s

    def ancestors(self, mid):
        out = []
        p = self.msgs[mid].get("reply_to")
        while p:
            out.insert(0, p)
            p = self.msgs[p].get("reply_to")
        return out

    def full_text(self, mid):
        """What the sender's client sent as plain text: own words, signature, quoted history."""
        m = self.msgs[mid]
        text = m["body"].rstrip("\n")
        if m.get("sig"):
            text += "\n\n" + m["sig"]
        p = m.get("reply_to")
        if p and m.get("quote", True) and not m.get("auto_reply"):
            pm = self.msgs[p]
            ptext = self.full_text(p)
            if m["client"] in OUTLOOK:
                lines = ["", "", "________________________________",
                         f"From: {pm['sender']['name']} <{pm['sender']['email']}>",
                         f"Sent: {outlook_date(pm['dt'])}",
                         "To: " + "; ".join(addr(k) for k in pm["to"])]
                if pm["cc"]:
                    lines.append("Cc: " + "; ".join(addr(k) for k in pm["cc"]))
                lines += [f"Subject: {pm['subj']}", "", ptext]
                text += "\n".join(lines)
            elif m["client"] == "iphone":
                q = "\n".join(("> " + l) if l else ">" for l in ptext.split("\n"))
                text += f"\n\n> On {apple_short(pm['dt'])}, {pm['sender']['name']} <{pm['sender']['email']}> wrote:\n>\n{q}"
            else:
                q = "\n".join(("> " + l) if l else ">" for l in ptext.split("\n"))
                text += f"\n\nOn {gmail_date(pm['dt'])} {pm['sender']['name']} <{pm['sender']['email']}> wrote:\n{q}"
        return text

    # ------------------------------------------------------------------ the original as sent
    def original_email(self, mid):
        m = self.msgs[mid]
        em = EmailMessage(policy=default)
        em["From"] = addr(m["frm"])
        em["To"] = ", ".join(addr(k) for k in m["to"])
        if m["cc"]:
            em["Cc"] = ", ".join(addr(k) for k in m["cc"])
        em["Subject"] = m["subj"]
        em["Date"] = rfc_date(m["dt"])
        em["Message-ID"] = m["orig_id"]
        anc = self.ancestors(mid)
        if anc:
            em["In-Reply-To"] = self.msgs[anc[-1]]["orig_id"]
            em["References"] = " ".join(self.msgs[a]["orig_id"] for a in anc)
        c = m["client"]
        if c == "iphone":
            em["X-Mailer"] = "iPhone Mail (22D82)"
        elif c == "iphone-exchange":
            em["X-Mailer"] = "iPhone Mail (22C161)"
        elif c in OUTLOOK:
            em["Thread-Topic"] = self.base(m["subj"])
            em["Content-Language"] = "en-US"
            em["X-MS-Has-Attach"] = "yes" if m.get("attachments") else ""
        elif c == "yahoo":
            em["X-Mailer"] = "WebService/1.1.24562 YMailNorrin"
        if m.get("auto_reply"):
            em["Auto-Submitted"] = "auto-replied"
            em["X-Auto-Response-Suppress"] = "All"
            em["X-MS-Exchange-Inbox-Rules-Loop"] = m["sender"]["email"]
        em["MIME-Version"] = "1.0"
        text = self.full_text(mid)
        if m.get("newsletter"):
            em.set_content(newsletter_html(text), subtype="html", charset="utf-8", cte="quoted-printable")
            em["List-Unsubscribe"] = "<https://srsdk12.org/unsubscribe>"
            em["Precedence"] = "bulk"
        else:
            kind = None
            if m.get("html") or c == "gmail":
                kind = "outlook" if c in OUTLOOK else ("yahoo" if c == "yahoo" else "gmail")
            set_text(em, text, kind)
        attach_files(em, m.get("attachments", []))
        return em

    # ------------------------------------------------------------------ what arrived
    def header_block(self, m, style):
        to = ", ".join(addr(k) for k in m["to"])
        cc = ", ".join(addr(k) for k in m["cc"])
        s, d, frm = m["subj"], m["dt"], addr(m["frm"])
        if style == "gmail":
            lines = ["---------- Forwarded message ---------", f"From: {frm}", f"Date: {gmail_date(d)}",
                     f"Subject: {s}", f"To: {to}"] + ([f"Cc: {cc}"] if cc else []) + ["", ""]
        elif style == "apple":
            lines = ["Begin forwarded message:", "", f"From: {frm}", f"Subject: {s}", f"Date: {apple_date(d)}",
                     f"To: {to}"] + ([f"Cc: {cc}"] if cc else []) + [""]
        elif style == "thunderbird":
            lines = ["-------- Forwarded Message --------", f"Subject: \t{s}", f"Date: \t{rfc_date(d)}",
                     f"From: \t{frm}", f"To: \t{to}"] + ([f"CC: \t{cc}"] if cc else []) + ["", "", ""]
        elif style == "yahoo":
            lines = ["----- Forwarded Message -----", f"From: {frm}", f"To: {to}"] + ([f"Cc: {cc}"] if cc else []) + [
                f"Sent: {yahoo_date(d)}", f"Subject: {s}", ""]
        elif style == "outlook":
            lines = ["________________________________", f"From: {frm}", f"Sent: {outlook_date(d)}",
                     "To: " + "; ".join(addr(k) for k in m["to"])] + (
                ["Cc: " + "; ".join(addr(k) for k in m["cc"])] if m["cc"] else []) + [f"Subject: {s}", ""]
        return "\n".join(lines)

    def arrived_email(self, mid):
        m = self.msgs[mid]
        a = m["arrival"]
        if a in ("direct", "bcc-self"):
            em = self.original_email(mid)
            if m.get("filtered"):
                # a Gmail filter on the parent's account auto-forwards it unchanged; Gmail prepends these
                em.prepend = [("Delivered-To", K.TRAIL), ("X-Forwarded-To", K.TRAIL),
                              ("X-Forwarded-For", f"{K.USER['email']} {K.TRAIL}")]
            return em, m["orig_id"], m["dt"]
        fwd_by = m.get("fwd_by") or {"yahoo-forward": "rosie", "outlook-forward": "dom"}.get(a, "tess")
        fclient = {"gmail-forward": "gmail", "apple-forward": "iphone", "thunderbird-forward": "thunderbird",
                   "yahoo-forward": "yahoo", "outlook-forward": "outlook-dom",
                   "attachment-forward": "outlook-dom" if fwd_by == "dom" else "gmail"}[a]
        fdt = when(m["fwd_at"])
        assert fdt > m["dt"], mid
        fid = message_id(mid + "/fwd", fclient, fdt)
        prefix = {"gmail": "Fwd: ", "iphone": "Fwd: ", "thunderbird": "Fwd: ", "yahoo": "Fw: ",
                  "outlook-dom": "FW: "}[fclient]
        em = EmailMessage(policy=default)
        em["From"] = addr(fwd_by)
        em["To"] = K.TRAIL
        em["Subject"] = prefix + m["subj"]
        em["Date"] = rfc_date(fdt)
        em["Message-ID"] = fid
        em["MIME-Version"] = "1.0"
        note = m.get("fwd_note", "")
        orig = self.full_text(mid)
        if a == "attachment-forward":
            text = note + ("\n\n" + K.SIG["dom"] if fwd_by == "dom" else "")
            set_text(em, text, "outlook" if fwd_by == "dom" else "gmail")
            inner = self.original_email(mid)
            em.add_attachment(inner, disposition="attachment", filename=re.sub(r"[^\w .,'-]", "_", m["subj"]) + ".eml")
        elif a == "gmail-forward":
            set_text(em, note + "\n\n" + self.header_block(m, "gmail") + "\n" + orig, "gmail")
            attach_files(em, m.get("attachments", []))
        elif a == "apple-forward":
            em["X-Mailer"] = "iPhone Mail (22D82)"
            set_text(em, (note + "\n\n" if note else "") + K.SIG["iphone"] + "\n\n" + self.header_block(m, "apple") + "\n" + orig)
            attach_files(em, m.get("attachments", []))
        elif a == "thunderbird-forward":
            em["User-Agent"] = "Mozilla Thunderbird"
            em["Content-Language"] = "en-US"
            set_text(em, note + "\n\n\n" + self.header_block(m, "thunderbird") + "\n" + orig)
            attach_files(em, m.get("attachments", []))
        elif a == "yahoo-forward":
            em["X-Mailer"] = "WebService/1.1.24562 YMailNorrin"
            set_text(em, note + "\n\n" + K.SIG["rosie"] + "\n\n\n" + self.header_block(m, "yahoo") + "\n" + orig, "yahoo")
            attach_files(em, m.get("attachments", []))
        elif a == "outlook-forward":
            em["Thread-Topic"] = self.base(m["subj"])
            em["Content-Language"] = "en-US"
            set_text(em, note + "\n\n" + K.SIG["dom"] + "\n\n" + self.header_block(m, "outlook") + "\n" + orig, "outlook")
            attach_files(em, m.get("attachments", []))
        return em, fid, fdt

    # ------------------------------------------------------------------ build everything
    def run(self, out):
        out = Path(out)
        box = out / "mailbox"
        box.mkdir(parents=True, exist_ok=True)
        for old in box.glob("*.eml"):
            old.unlink()
        arrived = []
        for mid, m in self.msgs.items():
            if m["arrival"] == "not-forwarded":
                continue
            em, src, adt = self.arrived_email(mid)
            arrived.append((adt, mid, em, src))
        arrived.sort(key=lambda x: x[0])
        assert len({a[0] for a in arrived}) == len(arrived), "two messages arrive at the same instant"
        src_of, file_of, arrived_at = {}, {}, {}
        for n, (adt, mid, em, src) in enumerate(arrived, 1):
            fix_boundaries(em, mid)
            name = f"{n:04d}.eml"
            pre = "".join(f"{k}: {v}\n" for k, v in getattr(em, "prepend", [])).encode()
            (box / name).write_bytes(pre + em.as_bytes(policy=SMTP.clone(linesep="\n", max_line_length=998)))
            src_of[mid], file_of[mid], arrived_at[mid] = src, name, adt
        gold = self.gold(arrived, src_of, file_of, arrived_at)
        (out / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")
        return gold

    def gold(self, arrived, src_of, file_of, arrived_at):
        iso = lambda d: d.isoformat()  # noqa: E731
        # number commitments / requests in the order their messages were sent
        cnum, rnum = {}, {}
        for mid in self.order_by_date():
            lab = self.msgs[mid]["labels"]
            for c in lab.get("commitments", []):
                assert c["id"] not in cnum, c["id"]
                cnum[c["id"]] = f"C{len(cnum) + 1}"
            for r in lab.get("requests", []):
                assert r["id"] not in rnum, r["id"]
                rnum[r["id"]] = f"R{len(rnum) + 1}"
        rows, commitments, requests, missed = [], [], [], []
        fulfilled_by, answered_by = {}, {}
        for _, mid, _, _ in arrived:
            lab = self.msgs[mid]["labels"]
            for c in lab.get("fulfills", []):
                fulfilled_by.setdefault(c, []).append(mid)
            for r in lab.get("answers", []):
                answered_by.setdefault(r, []).append(mid)
        for _, mid, _, src in arrived:
            m = self.msgs[mid]
            lab = m["labels"]
            for t in lab.get("topics", []) + lab.get("attachment_topics", []):
                assert t in VOCAB, (mid, t)
            labels = {
                "topics": lab.get("topics", []),
                "students": lab.get("students", []),
                "commitments": [dict(id=cnum[c["id"]], by=person(c["by"])["email"], what=c["what"], quote=c["quote"],
                                     due=c["due"]) for c in lab.get("commitments", [])],
                "fulfills": [cnum[c] for c in lab.get("fulfills", [])],
                "requests": [dict(id=rnum[r["id"]], by=person(r["by"])["email"], quote=r["quote"])
                             for r in lab.get("requests", [])],
                "answers": [rnum[r] for r in lab.get("answers", [])],
                "missed_services": [dict(topic=t, date=d, minutes=n) for t, d, n in lab.get("missed", [])],
            }
            if lab.get("attachment_topics"):
                labels["attachment_topics"] = lab["attachment_topics"]
            rows.append({
                "file": file_of[mid], "id": mid, "thread": m["thread"], "arrival": m["arrival"],
                "arrived_at": iso(arrived_at[mid]), "source_message_id": src, "role": m["sender"]["role"],
                "original": {"from_name": m["sender"]["name"], "from_email": m["sender"]["email"], "date": iso(m["dt"]),
                             "subject": m["subj"], "message_id": m["orig_id"]},
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
                p = person(c["by"])
                commitments.append({
                    "id": cnum[c["id"]], "message": mid, "source_message_id": src, "sent": iso(m["dt"]),
                    "by": p["email"], "by_role": p["role"], "what": c["what"], "quote": c["quote"], "due": c["due"],
                    "fulfilled_by": [src_of[k] for k in fb], "fulfilled_by_ids": fb,
                    "first_fulfilled": iso(first) if first else None, "status_as_of": status,
                })
            for r in lab.get("requests", []):
                ab = sorted(answered_by.get(r["id"], []), key=lambda k: self.msgs[k]["dt"])
                requests.append({
                    "id": rnum[r["id"]], "message": mid, "source_message_id": src, "by": person(r["by"])["email"],
                    "quote": r["quote"], "answered_by_ids": ab, "answered_by": [src_of[k] for k in ab],
                    "status_as_of": "answered" if ab else "unanswered",
                })
            for t, d, n in lab.get("missed", []):
                missed.append({"topic": t, "date": d, "minutes": n, "message": mid, "source_message_id": src})
        commitments.sort(key=lambda c: int(c["id"][1:]))
        requests.sort(key=lambda r: int(r["id"][1:]))
        queries = []
        for q, topic in K.QUERIES:
            assert topic in VOCAB
            queries.append({"q": q, "topic": topic,
                            "expect": sorted(r["source_message_id"] for r in rows if topic in r["labels"]["topics"])})
        return {
            "corpus": K.CORPUS, "as_of": K.AS_OF, "timezone": K.TIMEZONE, "user": K.USER, "trail_address": K.TRAIL,
            "students": K.STUDENTS, "messages": rows, "commitments": commitments, "requests": requests,
            "missed_services": missed, "queries": queries,
        }


if __name__ == "__main__":
    g = Build().run(sys.argv[1] if len(sys.argv) > 1 else HERE)
    print(f"{len(g['messages'])} emails, {len({m['thread'] for m in g['messages']})} threads, "
          f"{len(g['commitments'])} commitments, {len(g['requests'])} requests, "
          f"{len(g['missed_services'])} missed-service rows, {len(g['queries'])} queries")
