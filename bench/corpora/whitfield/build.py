#!/usr/bin/env python3
"""Render source.py into mailbox/NNNN.eml (in arrival order) and gold.json.

Standard library only, deterministic (ids and MIME boundaries come from hashes of the message
ids), so rebuilding gives byte-identical files.

usage: python3 build.py [OUTDIR]      (default: this folder)
"""
import datetime as dt
import hashlib
import html
import io
import json
import re
import sys
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
ARRIVALS = {"direct", "bcc-self", "gmail-forward", "outlook-forward", "apple-forward", "thunderbird-forward",
            "yahoo-forward", "attachment-forward", "not-forwarded"}
GMAILISH = {"gmail", "gws"}


# ---------------------------------------------------------------------------------------- helpers
def when(s):
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return dt.datetime.strptime(s, fmt).replace(tzinfo=TZ)


def hx(*parts, n=32):
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:n]


def who(key):
    name, email, role, client = S.PEOPLE[key]
    return {"key": key, "name": name, "email": email, "role": role, "client": client}


def addr(key):
    p = who(key)
    return f"{p['name']} <{p['email']}>" if p["name"] else p["email"]


def h12(d, secs=False):
    s = d.strftime("%I:%M:%S %p" if secs else "%I:%M %p")
    return s[1:] if s[0] == "0" else s


def d_gmail(d):      # Tue, Jan 13, 2026 at 2:15 PM
    return f"{d:%a, %b} {d.day}, {d.year} at {h12(d)}"


def d_outlook(d):    # Tuesday, January 13, 2026 2:15 PM
    return f"{d:%A, %B} {d.day}, {d.year} {h12(d)}"


def d_apple_fwd(d):  # February 3, 2026 at 4:30:00 PM EST
    return f"{d:%B} {d.day}, {d.year} at {h12(d, True)} {d.tzname()}"


def d_apple_q(d):    # Feb 3, 2026, at 4:30 PM
    return f"{d:%b} {d.day}, {d.year}, at {h12(d)}"


def d_tbird_q(d):    # 2/5/26 10:22 AM
    return f"{d.month}/{d.day}/{d:%y} {h12(d)}"


def d_yahoo(d):      # Monday, February 23, 2026 at 04:10:00 PM EST
    return f"{d:%A, %B} {d.day}, {d.year} at {d:%I:%M:%S %p} {d.tzname()}"


# ---------------------------------------------------------------------------------------- message ids
def make_id(seed, client, d):
    x = hx(seed, client, n=64)
    if client in GMAILISH:
        b = re.sub(r"[^A-Za-z0-9]", "", hashlib.sha256((seed + "g").encode()).hexdigest())
        return f"<CA{x[:2].upper()}{x[2:8]}+{x[8:30].upper()}{b[:12]}@mail.gmail.com>"
    if client == "iphone":
        u = x[:32].upper()
        return f"<{u[:8]}-{u[8:12]}-4{u[13:16]}-A{u[17:20]}-{u[20:32]}@icloud.com>"
    if client == "outlook":
        srv = f"MN2PR{int(x[:2], 16) % 19 + 1:02d}MB{x[2:6].upper()}"
        return f"<{srv}{x[6:40].upper()}@{srv}.namprd{int(x[40:42], 16) % 18 + 1:02d}.prod.outlook.com>"
    if client == "thunderbird":
        return f"<{x[:8]}-{x[8:12]}-4{x[13:16]}-9{x[17:20]}-{x[20:32]}@coastalliteracycenter.com>"
    if client == "yahoo":
        n = int(x[:12], 16)
        return f"<{n % 900000000 + 100000000}.{n % 9000000 + 1000000}.{int(d.timestamp() * 1000)}@mail.yahoo.com>"
    if client == "parentsquare":
        return f"<psq-{x[:20]}-{d.astimezone(dt.timezone.utc):%Y%m%d%H%M%S}@parentsquare.com>"
    raise ValueError(client)


# ---------------------------------------------------------------------------------------- attachments
def pdf_bytes(text):
    lines = []
    for raw in text.split("\n"):
        while len(raw) > 100:
            cut = raw.rfind(" ", 0, 100)
            cut = cut if cut > 20 else 100
            lines.append(raw[:cut])
            raw = "   " + raw[cut:].lstrip()
        lines.append(raw)

    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream = "BT\n/F1 9 Tf\n40 752 Td\n12 TL\n" + "".join(f"({esc(l)}) Tj T*\n" for l in lines) + "ET\n"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            "/Resources << /Font << /F1 5 0 R >> >> >>",
            f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}endstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
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


def add_attachments(em, atts):
    for a in atts:
        assert a["type"] == "application/pdf", a["name"]
        em.add_attachment(pdf_bytes(a["text"]), maintype="application", subtype="pdf", filename=a["name"])


# ---------------------------------------------------------------------------------------- html
def esc_lines(text):
    return "<br>\n".join(html.escape(l) for l in text.split("\n"))


def ps_html(text):
    """ParentSquare-style newsletter, HTML only."""
    out = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>Tarpon Creek Tides</title></head>',
           '<body style="margin:0;background:#eef3f7;"><table role="presentation" width="100%"><tr><td align="center">',
           '<table role="presentation" width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif;color:#1d2b36;">',
           '<tr><td style="background:#0b5e7a;color:#fff;padding:18px 24px;font-size:22px;font-weight:bold;">'
           'Tarpon Creek Middle School</td></tr><tr><td style="padding:20px 24px;">']
    for line in text.split("\n"):
        if not line:
            continue
        if line.isupper():
            out.append(f'<h1 style="font-size:24px;color:#0b5e7a;">{html.escape(line)}</h1>')
        elif len(line) < 45 and not line.endswith((".", "!", "?")):
            out.append(f'<h3 style="margin:18px 0 4px;color:#0b5e7a;">{html.escape(line)}</h3>')
        else:
            out.append(f'<p style="margin:0 0 10px;line-height:1.4;">{html.escape(line)}</p>')
    out.append('</td></tr><tr><td style="padding:12px 24px;font-size:11px;color:#7a8894;">Sent via ParentSquare on behalf of '
               'Tarpon Creek Middle School. <a href="https://www.parentsquare.com/unsubscribe">Unsubscribe</a> | '
               '<a href="https://www.parentsquare.com/preferences">Notification settings</a></td></tr>'
               '</table></td></tr></table></body></html>')
    return "\n".join(out)


# ---------------------------------------------------------------------------------------- corpus
class Corpus:
    def __init__(self):
        self.m = {}
        self.thread_subject = {}
        for t in S.THREADS:
            self.thread_subject[t["id"]] = t["subject"]
            for m in t["messages"]:
                assert m["id"] not in self.m, m["id"]
                assert m["arrival"] in ARRIVALS, (m["id"], m["arrival"])
                m["thread"] = t["id"]
                m["who"] = who(m["frm"])
                m["client"] = m["who"]["client"]
                m["dt"] = when(m["date"])
                self.m[m["id"]] = m
        for mid in sorted(self.m, key=lambda k: self.m[k]["dt"]):
            m = self.m[mid]
            if m.get("reply_to"):
                assert self.m[m["reply_to"]]["dt"] < m["dt"], mid
            m["subj"] = self.subject(mid)
            m["msgid"] = make_id(mid, m["client"], m["dt"])
            if m["arrival"] == "direct" and "trail" not in m["to"] + m["cc"] and not m.get("newsletter"):
                raise AssertionError(f"{mid}: direct but the trail address is not in To/Cc")

    @staticmethod
    def base(s):
        return re.sub(r"^(\s*(re|fw|fwd)\s*:\s*)+", "", s, flags=re.I)

    def subject(self, mid):
        m = self.m[mid]
        if m.get("subject"):
            return m["subject"]
        if m.get("reply_to"):
            p = self.m[m["reply_to"]]
            return ("RE: " if m["client"] == "outlook" else "Re: ") + self.base(p.get("subj") or self.subject(p["id"]))
        return self.thread_subject[m["thread"]]

    def chain(self, mid):
        out, p = [], self.m[mid].get("reply_to")
        while p:
            out.insert(0, p)
            p = self.m[p].get("reply_to")
        return out

    def own_text(self, m):
        t = m["body"].rstrip("\n")
        if m.get("sig"):
            t += "\n\n" + m["sig"]
        return t

    def quoting(self, m):
        return bool(m.get("reply_to")) and m.get("quote", True) and not m.get("auto_reply")

    # ---------------------------------------------------------------- plain text with quoted history
    def text(self, mid):
        m = self.m[mid]
        t = self.own_text(m)
        if not self.quoting(m):
            return t
        p = self.m[m["reply_to"]]
        pt = self.text(p["id"])
        c = m["client"]
        if c == "outlook":
            hdr = ["", "", "________________________________", f"From: {addr(p['frm'])}", f"Sent: {d_outlook(p['dt'])}",
                   "To: " + "; ".join(addr(k) for k in p["to"])]
            if p["cc"]:
                hdr.append("Cc: " + "; ".join(addr(k) for k in p["cc"]))
            hdr += [f"Subject: {p['subj']}", "", pt]
            return t + "\n".join(hdr)
        if c == "iphone":
            q = "\n".join("> " + l if l else ">" for l in pt.split("\n"))
            return t + f"\n\n> On {d_apple_q(p['dt'])}, {addr(p['frm'])} wrote:\n>\n{q}"
        if c == "thunderbird":
            q = "\n".join("> " + l if l else ">" for l in pt.split("\n"))
            return t + f"\n\nOn {d_tbird_q(p['dt'])}, {p['who']['name']} wrote:\n{q}"
        if c == "yahoo":
            return t + f"\n\n\nOn {d_yahoo(p['dt'])}, {addr(p['frm'])} wrote:\n\n\n{pt}"
        q = "\n".join("> " + l if l else ">" for l in pt.split("\n"))
        return t + f"\n\nOn {d_gmail(p['dt'])} {addr(p['frm'])} wrote:\n\n{q}"

    # ---------------------------------------------------------------- html with quoted history
    def html_of(self, mid):
        m = self.m[mid]
        c = m["client"]
        own = esc_lines(self.own_text(m))
        if c == "outlook":
            own = "".join('<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
                          f'{html.escape(l) if l else "<br>"}</div>\n' for l in self.own_text(m).split("\n"))
        q = ""
        if self.quoting(m):
            p = self.m[m["reply_to"]]
            ph = self.html_of(p["id"])
            if c == "outlook":
                cc = f'<br><b>Cc:</b> {html.escape("; ".join(addr(k) for k in p["cc"]))}' if p["cc"] else ""
                q = ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
                     '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                     f'<b>From:</b> {html.escape(addr(p["frm"]))}<br><b>Sent:</b> {d_outlook(p["dt"])}<br>'
                     f'<b>To:</b> {html.escape("; ".join(addr(k) for k in p["to"]))}{cc}<br>'
                     f'<b>Subject:</b> {html.escape(p["subj"])}</font><div>&nbsp;</div></div>{ph}')
            elif c == "yahoo":
                q = (f'<div class="yahoo_quoted" id="yahoo_quoted_{hx(mid, n=10)}"><div style="font-family:Helvetica Neue, '
                     f'Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>On {d_yahoo(p["dt"])}, '
                     f'{html.escape(addr(p["frm"]))} wrote:</div><div><br></div><div><br></div>{ph}</div></div>')
            else:
                q = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                     f'On {d_gmail(p["dt"])} {html.escape(addr(p["frm"]))} wrote:<br></div>'
                     '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                     f'rgb(204,204,204);padding-left:1ex">{ph}</blockquote></div>')
        if c == "outlook":
            return f'<div dir="ltr">{own}{q}</div>'
        if c == "yahoo":
            return (f'<div class="ydp{hx(mid, n=8)}yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, '
                    f'sans-serif;font-size:16px;"><div dir="ltr">{own}</div></div>{q}')
        return f'<div dir="ltr">{own}</div>{q}'

    def wrap_html(self, inner, client):
        if client == "outlook":
            return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                    '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                    f'</head>\n<body dir="ltr">\n{inner}\n</body>\n</html>\n')
        if client == "yahoo":
            return f'<html><head></head><body>{inner}</body></html>'
        return inner + "\n"

    def set_body(self, em, text, html_text=None):
        em.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
        if html_text is not None:
            em.add_alternative(html_text, subtype="html", charset="utf-8", cte="quoted-printable")

    # ---------------------------------------------------------------- the original as its sender sent it
    def original(self, mid):
        m = self.m[mid]
        c = m["client"]
        em = EmailMessage(policy=default)
        em["From"] = addr(m["frm"])
        em["To"] = ", ".join(addr(k) for k in m["to"])
        if m["cc"]:
            em["Cc"] = ", ".join(addr(k) for k in m["cc"])
        em["Subject"] = m["subj"]
        em["Date"] = format_datetime(m["dt"])
        em["Message-ID"] = m["msgid"]
        ch = self.chain(mid)
        if ch:
            em["In-Reply-To"] = self.m[ch[-1]]["msgid"]
            em["References"] = " ".join(self.m[k]["msgid"] for k in ch)
        if c == "iphone":
            em["X-Mailer"] = "iPhone Mail (22E240)"
        elif c == "outlook":
            em["Thread-Topic"] = self.base(m["subj"])
            em["Thread-Index"] = "AdyR" + hx(mid, "ti", n=20)
            em["Content-Language"] = "en-US"
            em["X-MS-Has-Attach"] = "yes" if m["attachments"] else ""
        elif c == "thunderbird":
            em["User-Agent"] = "Mozilla Thunderbird"
            em["Content-Language"] = "en-US"
        elif c == "yahoo":
            em["X-Mailer"] = "WebService/1.1.25198 YMailNorrin"
        if m.get("auto_reply"):
            em["Auto-Submitted"] = "auto-replied"
            em["Precedence"] = "bulk"
        em["MIME-Version"] = "1.0"
        text = self.text(mid)
        if m.get("newsletter"):
            em["List-Unsubscribe"] = "<https://www.parentsquare.com/unsubscribe>"
            em["Precedence"] = "bulk"
            em.set_content(ps_html(text), subtype="html", charset="utf-8", cte="quoted-printable")
        elif c in GMAILISH or c == "yahoo" or (c == "outlook" and m.get("html")):
            self.set_body(em, text, self.wrap_html(self.html_of(mid), c))
        else:
            self.set_body(em, text)
        add_attachments(em, m["attachments"])
        return em

    # ---------------------------------------------------------------- what reached the trail mailbox
    def fwd_block(self, m, style):
        frm, s, d = addr(m["frm"]), m["subj"], m["dt"]
        to = ", ".join(addr(k) for k in m["to"])
        cc = ", ".join(addr(k) for k in m["cc"])
        if style == "gmail":
            return "\n".join(["---------- Forwarded message ---------", f"From: {frm}", f"Date: {d_gmail(d)}",
                              f"Subject: {s}", f"To: {to}"] + ([f"Cc: {cc}"] if cc else []) + ["", ""])
        if style == "apple":
            return "\n".join(["Begin forwarded message:", "", f"From: {frm}", f"Date: {d_apple_fwd(d)}", f"To: {to}"]
                             + ([f"Cc: {cc}"] if cc else []) + [f"Subject: {s}", ""])
        if style == "outlook":
            return "\n".join(["________________________________", f"From: {frm}", f"Sent: {d_outlook(d)}",
                              "To: " + "; ".join(addr(k) for k in m["to"])]
                             + (["Cc: " + "; ".join(addr(k) for k in m["cc"])] if m["cc"] else [])
                             + [f"Subject: {s}", ""])
        if style == "thunderbird":
            return "\n".join(["-------- Forwarded Message --------", f"Subject: \t{s}", f"Date: \t{format_datetime(d)}",
                              f"From: \t{frm}", f"To: \t{to}"] + ([f"CC: \t{cc}"] if cc else []) + ["", ""])
        if style == "yahoo":
            return "\n".join(["----- Forwarded Message -----", f"From: {frm}", f"To: {to}"]
                             + ([f"Cc: {cc}"] if cc else []) + [f"Sent: {d_yahoo(d)}", f"Subject: {s}", ""])
        raise ValueError(style)

    def arrived(self, mid):
        m = self.m[mid]
        a = m["arrival"]
        if a in ("direct", "bcc-self"):
            return self.original(mid), m["msgid"], m["dt"]
        fk = m.get("fwd_by") or S.FORWARDERS[a]
        f = who(fk)
        fdt = when(m["fwd_at"])
        assert fdt > m["dt"], mid
        fid = make_id(mid + "/fwd", f["client"], fdt)
        em = EmailMessage(policy=default)
        em["From"] = addr(fk)
        em["To"] = ", ".join(addr(k) for k in m.get("fwd_to", ["trail"]))
        prefix = {"gmail": "Fwd: ", "iphone": "Fwd: ", "thunderbird": "Fwd: ", "yahoo": "Fw: ", "outlook": "FW: "}[f["client"]]
        em["Subject"] = prefix + m["subj"]
        em["Date"] = format_datetime(fdt)
        em["Message-ID"] = fid
        note = m.get("fwd_note", "")
        orig = self.text(mid)
        if a == "attachment-forward":
            em["MIME-Version"] = "1.0"
            self.set_body(em, note, f'<div dir="ltr">{esc_lines(note)}</div>\n')
            em.add_attachment(self.original(mid), disposition="attachment",
                              filename=re.sub(r"[^\w .,'-]", "_", m["subj"]) + ".eml")
            return em, fid, fdt
        if a == "gmail-forward":
            em["MIME-Version"] = "1.0"
            block = self.fwd_block(m, "gmail")
            text = (note + "\n\n" if note else "") + block + "\n" + orig
            fh = ('<div dir="ltr">' + esc_lines(note) + '<br><br><div class="gmail_quote gmail_quote_container">'
                  '<div dir="ltr" class="gmail_attr">' + esc_lines(block.rstrip("\n")) + '<br></div><br><br>'
                  + self.html_of(mid) + '</div></div>\n')
            self.set_body(em, text, fh)
        elif a == "apple-forward":
            em["X-Mailer"] = "iPhone Mail (22E240)"
            em["MIME-Version"] = "1.0"
            text = (note + "\n\n" if note else "") + S.SIG["curtis"] + "\n\n" + self.fwd_block(m, "apple") + "\n" + orig
            self.set_body(em, text)
        elif a == "outlook-forward":
            em["Thread-Topic"] = self.base(m["subj"])
            em["Content-Language"] = "en-US"
            em["MIME-Version"] = "1.0"
            text = note + "\n\n" + S.SIG[fk] + "\n\n" + self.fwd_block(m, "outlook") + "\n" + orig
            self.set_body(em, text, self.wrap_html(
                "".join(f'<div style="font-family: Aptos, Calibri, sans-serif; font-size: 12pt;">{html.escape(l) or "<br>"}</div>'
                        for l in (note + "\n\n" + S.SIG[fk]).split("\n"))
                + '<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
                + esc_lines(self.fwd_block(m, "outlook")) + "</div>" + self.html_of(mid), "outlook"))
        elif a == "thunderbird-forward":
            em["User-Agent"] = "Mozilla Thunderbird"
            em["Content-Language"] = "en-US"
            em["MIME-Version"] = "1.0"
            text = note + "\n\n" + S.SIG[fk] + "\n\n" + self.fwd_block(m, "thunderbird") + "\n" + orig
            self.set_body(em, text)
        elif a == "yahoo-forward":
            em["X-Mailer"] = "WebService/1.1.25198 YMailNorrin"
            em["MIME-Version"] = "1.0"
            block = self.fwd_block(m, "yahoo")
            text = note + "\n\n\n" + block + "\n" + orig
            self.set_body(em, text, self.wrap_html(
                f'<div class="ydp{hx(mid, n=8)}yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, '
                f'sans-serif;font-size:16px;"><div dir="ltr">{esc_lines(note)}</div><div><br></div><div><br></div>'
                f'<div class="yahoo_quoted"><div>{esc_lines(block)}</div>{self.html_of(mid)}</div></div>', "yahoo"))
        else:
            raise ValueError(a)
        add_attachments(em, m["attachments"])
        return em, fid, fdt

    # ---------------------------------------------------------------- build
    def run(self, out):
        out = Path(out)
        box = out / "mailbox"
        box.mkdir(parents=True, exist_ok=True)
        for old in box.glob("*.eml"):
            old.unlink()
        arr = []
        for mid, m in self.m.items():
            if m["arrival"] == "not-forwarded":
                continue
            em, src, adt = self.arrived(mid)
            arr.append((adt, mid, em, src))
        arr.sort(key=lambda x: x[0])
        assert len({a[0] for a in arr}) == len(arr), "two messages arrive at the same instant"
        file_of, src_of, at_of = {}, {}, {}
        for n, (adt, mid, em, src) in enumerate(arr, 1):
            for i, part in enumerate(em.walk()):
                if part.get_content_maintype() == "multipart":
                    part.set_boundary(f"000000000000{hx(mid, str(i), n=16)}")
            name = f"{n:04d}.eml"
            pre = f"Delivered-To: {S.TRAIL}\n".encode()
            (box / name).write_bytes(pre + em.as_bytes(policy=SMTP.clone(linesep="\n", max_line_length=998)))
            file_of[mid], src_of[mid], at_of[mid] = name, src, adt
        gold = self.gold(arr, file_of, src_of, at_of)
        (out / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")
        return gold

    def gold(self, arr, file_of, src_of, at_of):
        iso = dt.datetime.isoformat
        order = sorted(self.m, key=lambda k: self.m[k]["dt"])
        cnum, rnum = {}, {}
        for mid in order:
            lab = self.m[mid]["labels"]
            if self.m[mid]["arrival"] == "not-forwarded":
                assert not lab, f"{mid}: a message that never arrived carries labels"
            for c in lab.get("commitments", []):
                assert c["key"] not in cnum, c["key"]
                cnum[c["key"]] = f"C{len(cnum) + 1}"
            for r in lab.get("requests", []):
                assert r["key"] not in rnum, r["key"]
                rnum[r["key"]] = f"R{len(rnum) + 1}"
        ful, ans = {}, {}
        for _, mid, _, _ in arr:
            lab = self.m[mid]["labels"]
            for k in lab.get("fulfills", []):
                assert k in cnum, (mid, k)
                ful.setdefault(k, []).append(mid)
            for k in lab.get("answers", []):
                assert k in rnum, (mid, k)
                ans.setdefault(k, []).append(mid)
        rows, commitments, requests, missed = [], [], [], []
        for _, mid, _, src in arr:
            m = self.m[mid]
            lab = m["labels"]
            for t in lab.get("topics", []) + lab.get("attachment_topics", []):
                assert t in VOCAB, (mid, t)
            for t, _, _ in lab.get("missed", []):
                assert t in VOCAB, (mid, t)
            if lab.get("attachment_topics"):
                assert m["attachments"], mid
            labels = {
                "topics": list(lab.get("topics", [])),
                "students": list(lab.get("students", S.OWEN)),
                "commitments": [{"id": cnum[c["key"]], "by": who(c["by"])["email"], "what": c["what"],
                                 "quote": c["quote"], "due": c["due"]} for c in lab.get("commitments", [])],
                "fulfills": [cnum[k] for k in lab.get("fulfills", [])],
                "requests": [{"id": rnum[r["key"]], "by": who(r["by"])["email"], "quote": r["quote"]}
                             for r in lab.get("requests", [])],
                "answers": [rnum[k] for k in lab.get("answers", [])],
                "missed_services": [{"topic": t, "date": d, "minutes": n} for t, d, n in lab.get("missed", [])],
            }
            if lab.get("attachment_topics"):
                labels["attachment_topics"] = list(lab["attachment_topics"])
            rows.append({
                "file": file_of[mid], "id": mid, "thread": m["thread"], "arrival": m["arrival"],
                "arrived_at": iso(at_of[mid]), "source_message_id": src, "role": m["who"]["role"],
                "original": {"from_name": m["who"]["name"], "from_email": m["who"]["email"], "date": iso(m["dt"]),
                             "subject": m["subj"], "message_id": m["msgid"]},
                "auto_reply": bool(m.get("auto_reply")), "labels": labels,
            })
            for c in lab.get("commitments", []):
                fb = sorted(ful.get(c["key"], []), key=lambda k: self.m[k]["dt"])
                for k in fb:
                    assert self.m[k]["dt"] > m["dt"], (c["key"], k)
                first = self.m[fb[0]]["dt"] if fb else None
                if first is not None and first.date() <= AS_OF:
                    status = "fulfilled"
                elif c["due"]:
                    assert dt.date.fromisoformat(c["due"]) >= m["dt"].date(), c["key"]
                    status = "overdue" if dt.date.fromisoformat(c["due"]) < AS_OF else "open"
                else:
                    age = (AS_OF - m["dt"].date()).days
                    assert age > 21 or age < 2, f"undated promise {c['key']} is {age} days old at as_of"
                    status = "overdue" if age > 21 else "open"
                p = who(c["by"])
                commitments.append({
                    "id": cnum[c["key"]], "message": mid, "source_message_id": src, "sent": iso(m["dt"]),
                    "by": p["email"], "by_role": p["role"], "what": c["what"], "quote": c["quote"], "due": c["due"],
                    "fulfilled_by": [src_of[k] for k in fb], "fulfilled_by_ids": fb,
                    "first_fulfilled": iso(first) if first else None, "status_as_of": status,
                })
            for r in lab.get("requests", []):
                ab = sorted(ans.get(r["key"], []), key=lambda k: self.m[k]["dt"])
                for k in ab:
                    assert self.m[k]["dt"] > m["dt"], (r["key"], k)
                requests.append({
                    "id": rnum[r["key"]], "message": mid, "source_message_id": src, "by": who(r["by"])["email"],
                    "quote": r["quote"], "answered_by_ids": ab, "answered_by": [src_of[k] for k in ab],
                    "status_as_of": "answered" if ab else "unanswered",
                })
            for t, d, n in lab.get("missed", []):
                missed.append({"topic": t, "date": d, "minutes": n, "message": mid, "source_message_id": src})
        commitments.sort(key=lambda c: int(c["id"][1:]))
        requests.sort(key=lambda r: int(r["id"][1:]))
        queries = []
        for q, topic in S.QUERIES:
            assert topic in VOCAB, topic
            queries.append({"q": q, "topic": topic,
                            "expect": sorted(r["source_message_id"] for r in rows if topic in r["labels"]["topics"])})
        return {"corpus": S.CORPUS, "as_of": S.AS_OF, "timezone": S.TIMEZONE, "user": S.USER,
                "trail_address": S.TRAIL, "students": S.STUDENTS, "messages": rows, "commitments": commitments,
                "requests": requests, "missed_services": missed, "queries": queries}


if __name__ == "__main__":
    g = Corpus().run(sys.argv[1] if len(sys.argv) > 1 else HERE)
    print(f"{len(g['messages'])} emails, {len({m['thread'] for m in g['messages']})} threads, "
          f"{len(g['commitments'])} commitments, {len(g['requests'])} requests, "
          f"{len(g['missed_services'])} missed-service rows, {len(g['queries'])} queries")
