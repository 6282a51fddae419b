#!/usr/bin/env python3
"""Render source.py into mailbox/NNNN.eml (in arrival order) and gold.json.

Standard library only and deterministic: Message-IDs, MIME boundaries and attachment bytes are
derived from hashes of the message ids, so rebuilding gives byte-identical files.

usage: python3 build.py [OUTDIR]        (default: this folder)
"""
import datetime as dt
import hashlib
import html
import json
import re
import sys
import uuid
import zlib
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
TOPICS = {
    "extended_time", "preferential_seating", "breaks", "read_aloud", "assistive_technology", "reduced_assignments",
    "separate_setting", "class_notes", "graphic_organizers", "visual_schedule", "calculator", "sensory_tools", "scribe",
    "large_print", "check_in", "speech_language_therapy", "occupational_therapy", "physical_therapy", "counseling",
    "specialized_instruction", "reading_intervention", "paraprofessional", "transportation", "extended_school_year",
    "behavior_support", "iep_meeting", "evaluation", "progress_report", "compensatory_services"}
ARRIVALS = {"direct", "bcc-self", "gmail-forward", "outlook-forward", "apple-forward", "thunderbird-forward",
            "yahoo-forward", "attachment-forward", "not-forwarded"}
MS_CLIENTS = {"outlook", "owa", "outlook-ios"}
FWD_PREFIX = {"gmail": "Fwd: ", "applemail": "Fwd: ", "thunderbird": "Fwd: ", "outlook-ios": "Fw: ",
              "outlook": "FW: ", "yahoo": "Fw: "}


# ------------------------------------------------------------------------------------------- helpers
def parse_when(s):
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return dt.datetime.strptime(s, fmt).replace(tzinfo=TZ)


def digest(*parts, n=32):
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:n]


def who(key):
    if key == "TRAIL":
        return {"key": key, "name": "", "email": S.TRAIL, "role": "other", "client": None}
    name, email, role, client = S.PEOPLE[key]
    return {"key": key, "name": name, "email": email, "role": role, "client": client}


def mailbox(key):
    p = who(key)
    return f"{p['name']} <{p['email']}>" if p["name"] else p["email"]


def clock(d, seconds=False):
    s = d.strftime("%I:%M:%S %p" if seconds else "%I:%M %p")
    return s.lstrip("0")


def d_gmail(d):     # Fri, Mar 6, 2026 at 11:20 AM
    return f"{d:%a, %b} {d.day}, {d.year} at {clock(d)}"


def d_outlook(d, seconds=False):   # Friday, March 6, 2026 11:20 AM
    return f"{d:%A, %B} {d.day}, {d.year} {clock(d, seconds)}"


def d_apple_hdr(d):  # March 6, 2026 at 11:20:00 AM PST
    return f"{d:%B} {d.day}, {d.year} at {clock(d, True)} {d.tzname()}"


def d_apple_quote(d):  # Mar 6, 2026, at 11:20 AM
    return f"{d:%b} {d.day}, {d.year}, at {clock(d)}"


def d_thunder_quote(d):  # 3/6/26 11:20 AM
    return f"{d.month}/{d.day}/{d:%y} {clock(d)}"


def d_yahoo(d):   # Wednesday, March 4, 2026 at 10:02:00 AM PST
    return f"{d:%A, %B} {d.day}, {d.year} at {clock(d, True)} {d.tzname()}"


def domain_of(email):
    return email.split("@", 1)[1]


def make_msgid(seed, client, email, d):
    x = digest(seed, client, n=64)
    if client == "gmail":
        return f"<CA{x[:1].upper()}{x[1:4]}+{x[4:28].upper()}{x[28:34]}_{x[34:38]}@mail.gmail.com>"
    if client in ("applemail", "iphone"):
        return f"<{str(uuid.UUID(x[:32], version=4)).upper()}@{domain_of(email)}>"
    if client == "thunderbird":
        return f"<{uuid.UUID(x[:32], version=4)}@{domain_of(email)}>"
    if client in MS_CLIENTS:
        org = {"ccsd31j.org": ("MW4PR12MB", "12"), "willamettefamilymed.org": ("BY5PR08MB", "08")}.get(
            domain_of(email), ("SJ0PR19MB", "19"))
        srv = f"{org[0]}{int(x[:4], 16) % 9000 + 1000}"
        return f"<{srv}{x[4:36].upper()}@{srv}.namprd{org[1]}.prod.outlook.com>"
    if client == "yahoo":
        a = int(x[:10], 16)
        return f"<{a % 900000000 + 100000000}.{a % 9000000 + 1000000}.{int(d.timestamp() * 1000)}@mail.yahoo.com>"
    if client == "edplan":
        return f"<edplan.{x[:20]}.{int(d.timestamp())}@notify.edplan.net>"
    if client == "parentsquare":
        return f"<{x[:24]}.{int(d.timestamp())}@parentsquare.com>"
    raise ValueError(client)


# ------------------------------------------------------------------------------------------- attachments
def pdf(text):
    """A small, valid one-or-more page PDF whose content stream shows the text (Helvetica 10pt)."""
    lines = []
    for para in text.split("\n"):
        while len(para) > 92:
            cut = para.rfind(" ", 0, 92)
            cut = cut if cut > 30 else 92
            lines.append(para[:cut])
            para = para[cut:].lstrip()
        lines.append(para)
    pages = [lines[i:i + 52] for i in range(0, len(lines), 52)] or [[]]

    def esc(s):
        s = s.encode("latin-1", "replace").decode("latin-1")
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    objs = {1: "<< /Type /Catalog /Pages 2 0 R >>", 3: "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"}
    kids = []
    n = 4
    for pg in pages:
        stream = "BT /F1 10 Tf 54 740 Td 13 TL\n" + "".join(f"({esc(l)}) Tj T*\n" for l in pg) + "ET"
        data = zlib.compress(stream.encode("latin-1"), 9)
        objs[n + 1] = (f"<< /Length {len(data)} /Filter /FlateDecode >>\nstream\n".encode("latin-1") + data
                       + b"\nendstream")
        objs[n] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {n + 1} 0 R "
                   f"/Resources << /Font << /F1 3 0 R >> >> >>")
        kids.append(f"{n} 0 R")
        n += 2
    objs[2] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in sorted(objs):
        offsets[i] = len(out)
        body = objs[i] if isinstance(objs[i], bytes) else objs[i].encode("latin-1")
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    size = max(objs) + 1
    out += f"xref\n0 {size}\n0000000000 65535 f \n".encode()
    for i in range(1, size):
        out += f"{offsets[i]:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {size} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def add_files(em, atts):
    for name, mime, text in atts or []:
        main, sub = mime.split("/")
        em.add_attachment(pdf(text), maintype=main, subtype=sub, filename=name)


# ------------------------------------------------------------------------------------------- html
def html_lines(text):
    return "<br>\n".join(html.escape(l, quote=False) for l in text.split("\n"))


def html_for(client, text):
    if client in MS_CLIENTS:
        divs = "".join(
            '<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
            f'{html.escape(l, quote=False) if l else "<br>"}</div>\n' for l in text.split("\n"))
        return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                f'</head>\n<body dir="ltr">\n{divs}</body>\n</html>\n')
    if client == "yahoo":
        return ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, '
                f'Arial, sans-serif;font-size:13px;"><div dir="ltr">{html_lines(text)}</div></div></body></html>\n')
    return f'<div dir="ltr">{html_lines(text)}</div>\n'


def html_notice(text):
    """EdPlan's system notice: a bordered table, one row per line."""
    rows = []
    for i, line in enumerate(text.split("\n")):
        if not line:
            continue
        style = "font-size:18px;font-weight:bold;color:#123c69;" if i < 2 else "font-size:14px;color:#222;"
        rows.append(f'<tr><td style="padding:4px 16px;{style}">{html.escape(line, quote=False)}</td></tr>')
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="background:#eef1f5;">'
            '<table align="center" width="640" cellpadding="0" cellspacing="0" style="background:#fff;border:1px solid #c8d0da;'
            'font-family:Segoe UI,Arial,sans-serif;">' + "\n".join(rows) + "</table></body></html>\n")


def html_newsletter(text):
    out = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ridgeline Weekly</title></head>',
           '<body style="margin:0;background:#f4f4f4;"><center><table width="600" cellpadding="0" cellspacing="0" '
           'style="background:#ffffff;font-family:Georgia,serif;color:#1b1b1b;"><tr><td style="padding:28px;">']
    items = []

    def flush():
        if items:
            out.append("<ul>" + "".join(f"<li>{html.escape(i, quote=False)}</li>" for i in items) + "</ul>")
            items.clear()
    for line in text.split("\n"):
        if line.startswith("- "):
            items.append(line[2:])
            continue
        flush()
        if not line:
            continue
        if line.isupper():
            out.append(f'<h1 style="color:#5b2a86;letter-spacing:2px;">{html.escape(line, quote=False)}</h1>')
        elif len(line) < 45 and line[-1] not in ".!?:":
            out.append(f'<h2 style="color:#5b2a86;font-size:18px;margin:18px 0 4px;">{html.escape(line, quote=False)}</h2>')
        else:
            out.append(f'<p style="font-size:15px;line-height:22px;">{html.escape(line, quote=False)}</p>')
    flush()
    out.append('</td></tr><tr><td style="padding:12px 28px;font-size:11px;color:#777;">Sent by Ridgeline High School '
               'via ParentSquare. <a href="https://www.parentsquare.com/unsubscribe">Unsubscribe</a> from school '
               'newsletters.</td></tr></table></center></body></html>')
    return "\n".join(out)


# ------------------------------------------------------------------------------------------- the corpus
class Corpus:
    def __init__(self):
        self.m = {}
        for t in S.THREADS:
            for m in t["messages"]:
                assert m["id"] not in self.m, m["id"]
                assert m["arrival"] in ARRIVALS, m["id"]
                m["thread"] = t["id"]
                m["thread_subject"] = t["subject"]
                m["who"] = who(m["frm"])
                m["client"] = m.get("client") or m["who"]["client"]
                m["dt"] = parse_when(m["date"])
                m.setdefault("cc", [])
                self.m[m["id"]] = m
        for mid in sorted(self.m, key=lambda k: self.m[k]["dt"]):
            self.subject(mid)
            m = self.m[mid]
            m["msgid"] = make_msgid(mid, m["client"], m["who"]["email"], m["dt"])
            if m.get("reply_to"):
                assert self.m[m["reply_to"]]["dt"] < m["dt"], mid

    @staticmethod
    def base(s):
        return re.sub(r"^((re|fw|fwd)\s*:\s*)+", "", s, flags=re.I)

    def subject(self, mid):
        m = self.m[mid]
        if "subj" not in m:
            if m.get("subject"):
                m["subj"] = m["subject"]
            elif m.get("reply_to"):
                pre = "RE: " if m["client"] in MS_CLIENTS else "Re: "
                m["subj"] = pre + self.base(self.subject(m["reply_to"]))
            else:
                m["subj"] = m["thread_subject"]
        return m["subj"]

    def chain(self, mid):
        out, p = [], self.m[mid].get("reply_to")
        while p:
            out.insert(0, p)
            p = self.m[p].get("reply_to")
        return out

    def sig(self, m):
        return m["sig"] if "sig" in m else S.SIGS[m["frm"]]

    @staticmethod
    def addr_list(keys, sep=", "):
        return sep.join(mailbox(k) for k in keys)

    def ms_header(self, pm, seconds=False, rule=True):
        lines = (["________________________________"] if rule else []) + [
            f"From: {mailbox(pm['frm'])}", f"Sent: {d_outlook(pm['dt'], seconds)}",
            "To: " + self.addr_list(pm["to"], "; ")]
        if pm["cc"]:
            lines.append("Cc: " + self.addr_list(pm["cc"], "; "))
        lines.append(f"Subject: {pm['subj']}")
        return "\n".join(lines)

    @staticmethod
    def quoted(text):
        return "\n".join("> " + l if l else ">" for l in text.split("\n"))

    def text(self, mid):
        """Plain text as the sender's client sent it: words, signature, a forwarded message, quoted history."""
        m = self.m[mid]
        out = m["body"].rstrip("\n")
        sig = self.sig(m)
        if sig:
            out += "\n\n" + sig
        if m.get("embed"):
            e = self.m[m["embed"]]
            out += "\n\n" + self.ms_header(e) + "\n\n" + self.text(e["id"])
        p = m.get("reply_to")
        if p and m.get("quote", True) and not m.get("auto"):
            pm = self.m[p]
            pt = self.text(p)
            c = m["client"]
            if c == "outlook":
                out += "\n\n" + self.ms_header(pm, rule=False) + "\n\n" + pt
            elif c in ("owa", "outlook-ios"):
                out += "\n\n" + self.ms_header(pm) + "\n\n" + pt
            elif c == "iphone":
                out += (f"\n\n> On {d_apple_quote(pm['dt'])}, {pm['who']['name']} <{pm['who']['email']}> wrote:\n>\n"
                        + self.quoted(pt))
            elif c == "applemail":
                out += (f"\n\nOn {d_apple_quote(pm['dt'])}, {pm['who']['name']} <{pm['who']['email']}> wrote:\n\n"
                        + self.quoted(pt))
            elif c == "thunderbird":
                out += f"\n\nOn {d_thunder_quote(pm['dt'])}, {pm['who']['name']} wrote:\n" + self.quoted(pt)
            else:
                out += (f"\n\nOn {d_gmail(pm['dt'])} {pm['who']['name']} <{pm['who']['email']}> wrote:\n\n"
                        + self.quoted(pt))
        return out

    # --------------------------------------------------------------------------- the message as sent
    def headers(self, em, m):
        em["From"] = mailbox(m["frm"])
        em["To"] = self.addr_list(m["to"])
        if m["cc"]:
            em["Cc"] = self.addr_list(m["cc"])
        em["Subject"] = m["subj"]
        em["Date"] = format_datetime(m["dt"])
        em["Message-ID"] = m["msgid"]
        anc = self.chain(m["id"])
        if anc:
            em["In-Reply-To"] = self.m[anc[-1]]["msgid"]
            em["References"] = " ".join(self.m[a]["msgid"] for a in anc)
        c = m["client"]
        if c in MS_CLIENTS:
            em["Thread-Topic"] = self.base(m["subj"])
            em["Thread-Index"] = "AQH" + digest(m["thread"], n=20).upper() + "=="
            em["Content-Language"] = "en-US"
            em["X-MS-Has-Attach"] = "yes" if m.get("attachments") else ""
        elif c == "applemail":
            em["X-Mailer"] = "Apple Mail (2.3826.400.131.1.6)"
        elif c == "iphone":
            em["X-Mailer"] = "iPhone Mail (22E240)"
        elif c == "thunderbird":
            em["User-Agent"] = "Mozilla Thunderbird"
        elif c == "yahoo":
            em["X-Mailer"] = "WebService/1.1.25397 YMailNorrin"
        elif c == "parentsquare":
            em["List-Unsubscribe"] = "<https://www.parentsquare.com/unsubscribe>"
            em["Precedence"] = "bulk"
        elif c == "edplan":
            em["Auto-Submitted"] = "auto-generated"
        if m.get("auto"):
            em["Auto-Submitted"] = "auto-replied"
            em["X-Auto-Response-Suppress"] = "All"
            if c in MS_CLIENTS:
                em["X-MS-Exchange-Inbox-Rules-Loop"] = m["who"]["email"]
        em["MIME-Version"] = "1.0"

    def fill(self, em, text, client, html_only=False, kind=None):
        if html_only or kind:
            if kind == "newsletter":
                h = html_newsletter(text)
            elif kind == "notice":
                h = html_notice(text)
            else:
                h = html_for(client, text)
            if html_only:
                em.set_content(h, subtype="html", charset="utf-8", cte="quoted-printable")
                return
            em.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
            em.add_alternative(h, subtype="html", charset="utf-8", cte="quoted-printable")
            return
        if client in ("gmail", "yahoo") or client in MS_CLIENTS:
            em.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
            em.add_alternative(html_for(client, text), subtype="html", charset="utf-8", cte="quoted-printable")
        else:
            em.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")

    def as_sent(self, mid):
        m = self.m[mid]
        em = EmailMessage(policy=default)
        self.headers(em, m)
        kind = "newsletter" if m.get("newsletter") else ("notice" if m["client"] == "edplan" else None)
        self.fill(em, self.text(mid), m["client"], html_only=m.get("html") == "only", kind=kind)
        add_files(em, m.get("attachments"))
        return em

    # --------------------------------------------------------------------------- forwards
    def fwd_block(self, style, meta, inner):
        """Text a client puts around a forwarded message. meta: from/to/cc/subj/dt of the forwarded message."""
        frm, to, cc, subj, d = meta
        if style == "gmail":
            h = ["---------- Forwarded message ---------", f"From: {frm}", f"Date: {d_gmail(d)}", f"Subject: {subj}",
                 f"To: {', '.join(to)}"] + ([f"Cc: {', '.join(cc)}"] if cc else [])
            return "\n".join(h) + "\n\n\n" + inner
        if style in ("outlook-ios", "outlook"):
            h = (["________________________________"] if style == "outlook-ios" else []) + [
                f"From: {frm}" + ("" if style == "outlook-ios" else " "),
                f"Sent: {d_outlook(d, seconds=style == 'outlook-ios')}", f"To: {'; '.join(to)}"] + (
                [f"Cc: {'; '.join(cc)}"] if cc else []) + [f"Subject: {subj}"]
            return "\n".join(h) + "\n\n" + inner
        if style == "applemail":
            h = ["Begin forwarded message:", "", f"From: {frm}", f"Subject: {subj}", f"Date: {d_apple_hdr(d)}",
                 f"To: {', '.join(to)}"] + ([f"Cc: {', '.join(cc)}"] if cc else [])
            return "\n".join(h) + "\n\n" + inner
        if style == "thunderbird":
            h = ["-------- Forwarded Message --------", f"Subject: \t{subj}", f"Date: \t{format_datetime(d)}",
                 f"From: \t{frm}", f"To: \t{', '.join(to)}"] + ([f"CC: \t{', '.join(cc)}"] if cc else [])
            return "\n".join(h) + "\n\n\n" + inner
        if style == "yahoo":
            h = ["----- Forwarded Message -----", f"From: {frm}", f"To: {', '.join(to)}"] + (
                [f"Cc: {', '.join(cc)}"] if cc else []) + [f"Sent: {d_yahoo(d)}", f"Subject: {subj}"]
            return "\n".join(h) + "\n\n" + inner
        raise ValueError(style)

    def fwd_text(self, client, note, meta, inner, by):
        """Whole body of a forward written in `client` by person `by`."""
        block = self.fwd_block(client, meta, inner)
        if client == "outlook-ios":
            return (note + "\n\n" if note else "") + S.PT + "\n" + block
        if client == "outlook":
            return (note + "\n\n" if note else "") + S.SIGS[by] + "\n\n" + block
        if client == "yahoo":
            return (note + "\n\n\n" if note else "") + block
        if client == "thunderbird":
            return (note + "\n\n" if note else "") + block
        return (note + "\n\n" if note else "\n") + block

    def arrived(self, mid):
        m = self.m[mid]
        a = m["arrival"]
        if a in ("direct", "bcc-self"):
            em = self.as_sent(mid)
            if m.get("filtered"):
                em.prelude = [("Delivered-To", S.TRAIL), ("X-Forwarded-To", S.TRAIL),
                              ("X-Forwarded-For", f"{S.USER['email']} {S.TRAIL}")]
                at = m["dt"] + dt.timedelta(seconds=41)
            else:
                em.prelude = [("Delivered-To", S.TRAIL)]
                at = m["dt"] + dt.timedelta(seconds=17 if a == "bcc-self" else 29)
            return em, m["msgid"], at
        f = m["fwd"]
        by = f["by"]
        client = f.get("client") or who(by)["client"]
        at = parse_when(f["at"])
        assert at > m["dt"], mid
        # the forwarded message: the original, then any earlier family forwards of it (a forward of a forward)
        meta = (mailbox(m["frm"]), [mailbox(k) for k in m["to"]], [mailbox(k) for k in m["cc"]], m["subj"], m["dt"])
        inner = self.text(mid)
        subj = m["subj"]
        for i, hop in enumerate(f.get("chain", [])):
            hclient = hop["client"]
            hat = parse_when(hop["at"])
            assert m["dt"] < hat < at, mid
            inner = self.fwd_text(hclient, hop["note"], meta, inner, hop["by"])
            subj = FWD_PREFIX[hclient] + subj
            meta = (mailbox(hop["by"]), [mailbox(k) for k in hop["to"]], [], subj, hat)
        fid = make_msgid(mid + "/fwd", client, who(by)["email"], at)
        em = EmailMessage(policy=default)
        em["From"] = mailbox(by)
        em["To"] = S.TRAIL
        em["Subject"] = FWD_PREFIX[client] + subj
        em["Date"] = format_datetime(at)
        em["Message-ID"] = fid
        if client == "applemail":
            em["X-Mailer"] = "Apple Mail (2.3826.400.131.1.6)"
        elif client == "thunderbird":
            em["User-Agent"] = "Mozilla Thunderbird"
        elif client == "yahoo":
            em["X-Mailer"] = "WebService/1.1.25397 YMailNorrin"
        elif client in MS_CLIENTS:
            em["Thread-Topic"] = self.base(subj)
            em["Content-Language"] = "en-US"
        em["MIME-Version"] = "1.0"
        if a == "attachment-forward":
            note = f["note"] + ("\n\n" + S.SIGS[by] if client == "outlook" else "")
            self.fill(em, note, client)
            em.add_attachment(self.as_sent(mid), disposition="attachment",
                              filename=re.sub(r"[^\w .,'()-]", "_", m["subj"]) + ".eml")
        else:
            self.fill(em, self.fwd_text(client, f.get("note", ""), meta, inner, by), client,
                      html_only=bool(f.get("html_only")))
            add_files(em, m.get("attachments"))
        em.prelude = [("Delivered-To", S.TRAIL)]
        return em, fid, at

    # --------------------------------------------------------------------------- build
    def build(self, out):
        out = Path(out)
        box = out / "mailbox"
        box.mkdir(parents=True, exist_ok=True)
        for old in box.glob("*.eml"):
            old.unlink()
        got = []
        for mid, m in self.m.items():
            if m["arrival"] != "not-forwarded":
                em, src, at = self.arrived(mid)
                got.append((at, mid, em, src))
        got.sort(key=lambda g: g[0])
        assert len({g[0] for g in got}) == len(got), "two arrivals at the same instant"
        file_of, src_of, at_of = {}, {}, {}
        for n, (at, mid, em, src) in enumerate(got, 1):
            for i, part in enumerate(em.walk()):
                if part.get_content_maintype() == "multipart":
                    part.set_boundary(f"----=_Part_{i}_{digest(mid, str(i), n=20)}")
            name = f"{n:04d}.eml"
            pre = "".join(f"{k}: {v}\n" for k, v in getattr(em, "prelude", [])).encode()
            (box / name).write_bytes(pre + em.as_bytes(policy=SMTP.clone(linesep="\n", max_line_length=998)))
            file_of[mid], src_of[mid], at_of[mid] = name, src, at
        gold = self.gold([g[1] for g in got], file_of, src_of, at_of)
        (out / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")
        return gold

    def gold(self, order, file_of, src_of, at_of):
        iso = dt.datetime.isoformat
        cnum, rnum = {}, {}
        for mid in sorted(self.m, key=lambda k: self.m[k]["dt"]):
            lab = self.m[mid].get("labels", {})
            if lab and self.m[mid]["arrival"] == "not-forwarded":
                assert not any(lab.values()), f"{mid}: a never-forwarded message carries labels"
            for c in lab.get("promises", []):
                assert c[0] not in cnum, c[0]
                cnum[c[0]] = f"C{len(cnum) + 1}"
            for r in lab.get("asks", []):
                assert r[0] not in rnum, r[0]
                rnum[r[0]] = f"R{len(rnum) + 1}"
        ful, ans = {}, {}
        for mid in order:
            lab = self.m[mid]["labels"]
            for k in lab.get("fulfills", []):
                assert k in cnum, (mid, k)
                ful.setdefault(k, []).append(mid)
            for k in lab.get("answers", []):
                assert k in rnum, (mid, k)
                ans.setdefault(k, []).append(mid)
        rows, commitments, requests, missed = [], [], [], []
        for mid in order:
            m = self.m[mid]
            lab = m["labels"]
            for t in lab.get("topics", []) + lab.get("att_topics", []):
                assert t in TOPICS, (mid, t)
            labels = {
                "topics": lab.get("topics", []),
                "students": lab.get("students", S.WREN),
                "commitments": [{"id": cnum[k], "by": who(b)["email"], "what": w, "quote": q, "due": d}
                                for k, b, w, q, d in lab.get("promises", [])],
                "fulfills": [cnum[k] for k in lab.get("fulfills", [])],
                "requests": [{"id": rnum[k], "by": who(b)["email"], "quote": q} for k, b, q in lab.get("asks", [])],
                "answers": [rnum[k] for k in lab.get("answers", [])],
                "missed_services": [{"topic": t, "date": d, "minutes": n} for t, d, n in lab.get("missed", [])],
            }
            if lab.get("att_topics"):
                labels["attachment_topics"] = lab["att_topics"]
            rows.append({
                "file": file_of[mid], "id": mid, "thread": m["thread"], "arrival": m["arrival"],
                "arrived_at": iso(at_of[mid]), "source_message_id": src_of[mid], "role": m["who"]["role"],
                "original": {"from_name": m["who"]["name"], "from_email": m["who"]["email"], "date": iso(m["dt"]),
                             "subject": m["subj"], "message_id": m["msgid"]},
                "auto_reply": bool(m.get("auto")), "labels": labels})
            for k, b, w, q, d in lab.get("promises", []):
                fb = sorted(ful.get(k, []), key=lambda x: self.m[x]["dt"])
                first = self.m[fb[0]]["dt"] if fb else None
                if first and first.date() <= AS_OF:
                    status = "fulfilled"
                elif d:
                    status = "overdue" if dt.date.fromisoformat(d) < AS_OF else "open"
                else:
                    age = (AS_OF - m["dt"].date()).days
                    assert age > 21 or age < 2, f"{k}: undated and {age} days old"
                    status = "overdue" if age > 21 else "open"
                commitments.append({
                    "id": cnum[k], "message": mid, "source_message_id": src_of[mid], "sent": iso(m["dt"]),
                    "by": who(b)["email"], "by_role": who(b)["role"], "what": w, "quote": q, "due": d,
                    "fulfilled_by": [src_of[x] for x in fb], "fulfilled_by_ids": fb,
                    "first_fulfilled": iso(first) if first else None, "status_as_of": status})
            for k, b, q in lab.get("asks", []):
                ab = sorted(ans.get(k, []), key=lambda x: self.m[x]["dt"])
                requests.append({
                    "id": rnum[k], "message": mid, "source_message_id": src_of[mid], "by": who(b)["email"], "quote": q,
                    "answered_by": [src_of[x] for x in ab], "answered_by_ids": ab,
                    "status_as_of": "answered" if ab else "unanswered"})
            for t, d, n in lab.get("missed", []):
                missed.append({"topic": t, "date": d, "minutes": n, "message": mid, "source_message_id": src_of[mid]})
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
