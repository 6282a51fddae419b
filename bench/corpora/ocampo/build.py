#!/usr/bin/env python3
"""Render source.py (the Ocampo family's school mail) into mailbox/NNNN.eml and gold.json.

Deterministic: every Message-ID, MIME boundary and attachment byte is derived from a hash of the
message key. Standard library only.   usage: python3 build.py
"""
import datetime as dt
import hashlib
import html
import json
import re
import sys
from email.message import EmailMessage
from email.policy import SMTP, default as _default

default = _default.clone(max_line_length=998)
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import source as S  # noqa: E402

TZ = ZoneInfo(S.TIMEZONE)
VOCAB = set(S.VOCAB)


def h(*parts, n=40):
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:n]


def when(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def addr(key):
    p = S.PEOPLE[key]
    return f"{p[0]} <{p[1]}>"


def ampm(d, sec=False):
    return d.strftime("%I:%M:%S %p" if sec else "%I:%M %p").lstrip("0")


def msgid(key, client):
    x = h(key, client)
    if client == "gmail":
        return f"<CA+{x[:6].upper()}{x[6:30]}{x[30:36].upper()}=Q@mail.gmail.com>"
    if client == "gmail-android":
        return f"<CAL{x[:5].upper()}{x[5:29]}_{x[29:35]}@mail.gmail.com>"
    if client == "exchange":
        return f"<BY5PR{int(x[:2], 16) % 20:02d}MB{x[2:6].upper()}{x[6:30].upper()}@BY5PR{int(x[:2], 16) % 20:02d}MB{x[2:6].upper()}.namprd{int(x[:2], 16) % 20:02d}.prod.outlook.com>"
    if client == "iphone":
        return f"<{x[:8].upper()}-{x[8:12].upper()}-{x[12:16].upper()}-{x[16:20].upper()}-{x[20:32].upper()}@icloud.com>"
    if client == "outlook-desktop":
        return f"<00{x[:6]}01dc{x[6:14]}${x[14:22]}${x[22:30]}@gmail.com>"
    if client == "bulk":
        return f"<{x[:16]}.{x[16:24]}@mailer.schoolnotes-bulk.net>"
    raise ValueError(client)


def pdf(text):
    """A minimal valid one-page PDF (Helvetica, WinAnsi) whose content stream shows the text."""
    import textwrap
    lines = textwrap.wrap(text, 90) or [""]
    esc = lambda t: t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")  # noqa: E731
    stream = "BT /F1 10 Tf 13 TL 50 760 Td\n" + "".join(f"({esc(ln)}) Tj T*\n" for ln in lines) + "ET\n"
    body = stream.encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Length " + str(len(body)).encode() + b" >>\nstream\n" + body + b"endstream"]
    out = bytearray(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    x = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return bytes(out)


class Build:
    def __init__(self):
        self.m = {}
        for t in S.THREADS:
            for msg in t["messages"]:
                k = msg["id"]
                assert k not in self.m, k
                msg["thread"] = t["id"]
                msg["dt"] = when(msg["date"])
                msg.setdefault("to", [])
                msg.setdefault("cc", [])
                msg["client"] = msg.get("client") or S.PEOPLE[msg["frm"]][3]
                self.m[k] = msg
        for t in S.THREADS:
            for msg in t["messages"]:
                msg["subj"] = self.subject(msg, t["subject"])
                msg["mid"] = msgid(msg["id"], msg["client"])

    def subject(self, msg, first):
        if msg.get("subject"):
            return msg["subject"]
        if msg.get("reply"):
            parent = self.m[msg["reply"]]
            base = re.sub(r"^((re|fw|fwd|aw|rv)\s*:\s*)+", "", parent.get("subject") or self.subject(parent, first), flags=re.I)
            return ("RE: " if msg["client"] == "exchange" else "Re: ") + base
        return first

    def chain(self, k):
        out, p = [], self.m[k].get("reply")
        while p:
            out.insert(0, p)
            p = self.m[p].get("reply")
        return out

    def sig(self, msg):
        s = msg.get("sig", S.SIGS.get(msg["frm"], ""))
        return s

    def text(self, k):
        msg = self.m[k]
        out = msg["body"].rstrip("\n")
        s = self.sig(msg)
        if s:
            out += "\n\n" + s.rstrip("\n")
        p = msg.get("reply")
        if p and msg.get("quote", True) and not msg.get("auto_reply"):
            pm = self.m[p]
            prev = self.text(p)
            c = msg["client"]
            if c in ("exchange", "outlook-desktop"):
                hd = ["________________________________", f"From: {addr(pm['frm'])}",
                      f"Sent: {pm['dt']:%A}, {pm['dt']:%B} {pm['dt'].day}, {pm['dt'].year} {ampm(pm['dt'])}",
                      "To: " + "; ".join(addr(x) for x in pm["to"])]
                if pm["cc"]:
                    hd.append("Cc: " + "; ".join(addr(x) for x in pm["cc"]))
                hd += [f"Subject: {pm['subj']}", ""]
                out += "\n\n" + "\n".join(hd) + "\n" + prev
            else:
                q = "\n".join(("> " + ln) if ln else ">" for ln in prev.split("\n"))
                name, email = S.PEOPLE[pm["frm"]][:2]
                d = pm["dt"]
                if c == "iphone":
                    out += f"\n\n> On {d:%b} {d.day}, {d.year}, at {ampm(d)}, {name} <{email}> wrote:\n>\n{q}"
                elif c == "gmail" and self.spanish(msg):
                    out += f"\n\nEl {d:%a}, {d.day} {d:%b} {d.year} a las {d:%H:%M}, {name} (<{email}>) escribió:\n{q}"
                else:
                    out += f"\n\nOn {d:%a}, {d:%b} {d.day}, {d.year} at {ampm(d)} {name} <{email}> wrote:\n{q}"
        return out

    @staticmethod
    def spanish(msg):
        return bool(msg.get("es_client"))

    def html_of(self, text):
        parts = []
        for ln in text.split("\n"):
            parts.append(html.escape(ln) if ln else "")
        return '<html><body><div dir="ltr">' + "<br>\n".join(parts) + "</div></body></html>"

    def fill(self, em, text, with_html):
        em.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
        if with_html:
            em.add_alternative(self.html_of(text), subtype="html", charset="utf-8", cte="quoted-printable")

    def attach(self, em, msg):
        for a in msg.get("atts", []):
            name, ctype, text = a["name"], a["type"], a["text"]
            maintype, subtype = ctype.split("/")
            if ctype == "text/plain":
                em.add_attachment(text, subtype="plain", filename=name)
            else:
                em.add_attachment(pdf(text), maintype=maintype, subtype=subtype, filename=name)

    def original(self, k):
        msg = self.m[k]
        em = EmailMessage(policy=default)
        em["From"] = addr(msg["frm"])
        if msg["to"]:
            em["To"] = ", ".join(addr(x) for x in msg["to"])
        if msg["cc"]:
            em["Cc"] = ", ".join(addr(x) for x in msg["cc"])
        em["Subject"] = msg["subj"]
        em["Date"] = format_datetime(msg["dt"])
        em["Message-ID"] = msg["mid"]
        ch = self.chain(k)
        if ch:
            em["In-Reply-To"] = self.m[ch[-1]]["mid"]
            em["References"] = " ".join(self.m[x]["mid"] for x in ch)
        c = msg["client"]
        if c == "exchange":
            em["Thread-Topic"] = re.sub(r"^((re|fw)\s*:\s*)+", "", msg["subj"], flags=re.I)
            em["Thread-Index"] = "AQH" + h(k, "ti", n=22)
            em["X-MS-Has-Attach"] = "yes" if msg.get("atts") else ""
            em["Content-Language"] = "en-US"
        elif c == "iphone":
            em["X-Mailer"] = "iPhone Mail (22H31)"
        elif c == "outlook-desktop":
            em["X-Mailer"] = "Microsoft Outlook 16.0"
        if msg.get("auto_reply"):
            em["Auto-Submitted"] = "auto-replied"
            em["X-Auto-Response-Suppress"] = "All"
        if msg.get("newsletter"):
            em["Precedence"] = "bulk"
            em["List-Unsubscribe"] = "<mailto:unsubscribe@schoolnotes-bulk.net>"
        em["MIME-Version"] = "1.0"
        self.fill(em, self.text(k), c in ("gmail", "gmail-android", "exchange", "bulk"))
        self.attach(em, msg)
        return em

    def fwd_block(self, msg, style):
        frm, d, s = addr(msg["frm"]), msg["dt"], msg["subj"]
        to = ", ".join(addr(x) for x in msg["to"])
        cc = ", ".join(addr(x) for x in msg["cc"])
        if style == "gmail":
            rows = ["---------- Forwarded message ---------", f"From: {frm}",
                    f"Date: {d:%a}, {d:%b} {d.day}, {d.year} at {ampm(d)}", f"Subject: {s}", f"To: {to}"]
            rows += [f"Cc: {cc}"] if cc else []
            rows += ["", ""]
        elif style == "outlook":
            rows = ["", "-----Original Message-----" if msg.get("old_outlook") else "________________________________",
                    f"From: {frm}", f"Sent: {d:%A}, {d:%B} {d.day}, {d.year} {ampm(d)}",
                    "To: " + "; ".join(addr(x) for x in msg["to"])]
            rows += ["Cc: " + "; ".join(addr(x) for x in msg["cc"])] if msg["cc"] else []
            rows += [f"Subject: {s}", ""]
        else:  # apple
            rows = ["", "Begin forwarded message:", "", f"From: {frm}",
                    f"Subject: {s}", f"Date: {d:%B} {d.day}, {d.year} at {ampm(d, True)} {d.tzname()}", f"To: {to}"]
            rows += [f"Cc: {cc}"] if cc else []
            rows += [""]
        return "\n".join(rows)

    def arrive(self, k):
        msg = self.m[k]
        kind = msg["arrival"]
        if kind in ("direct", "bcc-self"):
            return self.original(k), msg["mid"], msg["dt"]
        by = msg.get("fwd_by", "mom")
        fclient = {"gmail-forward": "gmail-android" if msg.get("android", True) else "gmail",
                   "outlook-forward": "outlook-desktop", "apple-forward": "iphone",
                   "attachment-forward": "gmail"}[kind]
        at = when(msg["fwd"])
        assert at > msg["dt"], k
        fid = msgid(k + "/fwd", fclient)
        em = EmailMessage(policy=default)
        em["From"] = addr(by)
        em["To"] = S.TRAIL
        em["Subject"] = ("FW: " if kind == "outlook-forward" else "Fwd: ") + msg["subj"]
        em["Date"] = format_datetime(at)
        em["Message-ID"] = fid
        note = msg.get("note", "")
        if kind == "attachment-forward":
            em["MIME-Version"] = "1.0"
            self.fill(em, note, True)
            em.add_attachment(self.original(k), disposition="attachment",
                              filename=re.sub(r"[^\w .-]", "_", msg["subj"]) + ".eml")
            return em, fid, at
        body = self.text(k)
        if kind == "gmail-forward":
            text = (note + "\n\n" if note else "") + self.fwd_block(msg, "gmail") + "\n" + body
            em["MIME-Version"] = "1.0"
            self.fill(em, text, True)
        elif kind == "outlook-forward":
            em["X-Mailer"] = "Microsoft Outlook 16.0"
            em["Thread-Topic"] = re.sub(r"^((re|fw)\s*:\s*)+", "", msg["subj"], flags=re.I)
            em["MIME-Version"] = "1.0"
            text = note + "\n" + self.fwd_block(msg, "outlook") + "\n" + body
            self.fill(em, text, True)
        else:
            em["X-Mailer"] = "iPhone Mail (22H31)"
            em["MIME-Version"] = "1.0"
            text = (note + "\n\n" if note else "") + "Sent from my iPhone\n" + self.fwd_block(msg, "apple") + "\n" + body
            self.fill(em, text, False)
        self.attach(em, msg)
        return em, fid, at

    def run(self):
        box = HERE / "mailbox"
        box.mkdir(exist_ok=True)
        for f in box.glob("*.eml"):
            f.unlink()
        arr = []
        for k, msg in self.m.items():
            if msg["arrival"] == "not-forwarded":
                continue
            em, src, at = self.arrive(k)
            arr.append((at, k, em, src))
        arr.sort(key=lambda a: a[0])
        assert len({a[0] for a in arr}) == len(arr), "two arrivals in the same minute"
        info = {}
        for n, (at, k, em, src) in enumerate(arr, 1):
            for i, part in enumerate(em.walk()):
                if part.is_multipart():
                    part.set_boundary("b1_" + h(k, str(i), n=30))
            mm = self.m[k]
            sender = mm["frm"] if mm["arrival"] in ("direct", "bcc-self") else mm.get("fwd_by", "mom")
            pre = f"Delivered-To: {S.TRAIL}\nReturn-Path: <{S.PEOPLE[sender][1]}>\n"
            name = f"{n:04d}.eml"
            (box / name).write_bytes(pre.encode() + em.as_bytes(policy=SMTP.clone(linesep="\n", max_line_length=998)))
            info[k] = (name, src, at)
        gold = self.gold(arr, info)
        (HERE / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        return gold

    def gold(self, arr, info):
        as_of = dt.date.fromisoformat(S.AS_OF)
        bydate = sorted(self.m, key=lambda k: self.m[k]["dt"])
        cid, rid = {}, {}
        for k in bydate:
            for c in self.m[k].get("commits", []):
                cid[c[0]] = f"C{len(cid) + 1}"
            for r in self.m[k].get("reqs", []):
                rid[r[0]] = f"R{len(rid) + 1}"
        ful, ans = {}, {}
        for k in bydate:
            for c in self.m[k].get("fulfills", []):
                ful.setdefault(c, []).append(k)
            for r in self.m[k].get("answers", []):
                ans.setdefault(r, []).append(k)
        rows, cs, rs, ms = [], [], [], []
        for at, k, em, src in arr:
            msg = self.m[k]
            p = S.PEOPLE[msg["frm"]]
            for t in msg.get("topics", []) + msg.get("att_topics", []):
                assert t in VOCAB, (k, t)
            labels = {
                "topics": msg.get("topics", []),
                "students": [] if (msg.get("newsletter") or msg.get("auto_reply") or msg.get("about") is False) else S.STUDENTS,
                "commitments": [{"id": cid[c[0]], "by": S.PEOPLE[c[1]][1], "what": c[2], "quote": c[3], "due": c[4]}
                                for c in msg.get("commits", [])],
                "fulfills": [cid[c] for c in msg.get("fulfills", [])],
                "requests": [{"id": rid[r[0]], "by": S.PEOPLE[r[1]][1], "quote": r[2]} for r in msg.get("reqs", [])],
                "answers": [rid[r] for r in msg.get("answers", [])],
                "missed_services": [{"topic": t, "date": d, "minutes": n} for t, d, n in msg.get("missed", [])],
            }
            if "students_override" in msg:
                labels["students"] = msg["students_override"]
            if msg.get("att_topics"):
                labels["attachment_topics"] = msg["att_topics"]
            rows.append({"file": info[k][0], "id": k, "thread": msg["thread"], "arrival": msg["arrival"],
                         "arrived_at": at.isoformat(), "source_message_id": src, "role": p[2],
                         "original": {"from_name": p[0], "from_email": p[1], "date": msg["dt"].isoformat(),
                                      "subject": msg["subj"], "message_id": msg["mid"]},
                         "auto_reply": bool(msg.get("auto_reply")), "labels": labels})
            for c in msg.get("commits", []):
                fb = [x for x in ful.get(c[0], []) if x in info]
                first = self.m[fb[0]]["dt"] if fb else None
                if first and first.date() <= as_of:
                    st = "fulfilled"
                elif c[4]:
                    st = "overdue" if dt.date.fromisoformat(c[4]) < as_of else "open"
                else:
                    age = (as_of - msg["dt"].date()).days
                    assert age > 21 or age < 2, ("undated open promise of ambiguous age", c[0], age)
                    st = "overdue" if age > 21 else "open"
                cs.append({"id": cid[c[0]], "message": k, "source_message_id": src, "sent": msg["dt"].isoformat(),
                           "by": S.PEOPLE[c[1]][1], "by_role": S.PEOPLE[c[1]][2], "what": c[2], "quote": c[3],
                           "due": c[4], "fulfilled_by": [info[x][1] for x in fb], "fulfilled_by_ids": fb,
                           "first_fulfilled": first.isoformat() if first else None, "status_as_of": st})
            for r in msg.get("reqs", []):
                ab = [x for x in ans.get(r[0], []) if x in info]
                rs.append({"id": rid[r[0]], "message": k, "source_message_id": src, "by": S.PEOPLE[r[1]][1],
                           "quote": r[2], "answered_by_ids": ab, "answered_by": [info[x][1] for x in ab],
                           "status_as_of": "answered" if ab else "unanswered"})
            for t, d, n in msg.get("missed", []):
                ms.append({"topic": t, "date": d, "minutes": n, "message": k, "source_message_id": src})
        cs.sort(key=lambda c: int(c["id"][1:]))
        rs.sort(key=lambda r: int(r["id"][1:]))
        qs = [{"q": q, "topic": t, "expect": sorted(r["source_message_id"] for r in rows if t in r["labels"]["topics"])}
              for q, t in S.QUERIES]
        return {"corpus": S.CORPUS, "as_of": S.AS_OF, "timezone": S.TIMEZONE, "user": S.USER,
                "trail_address": S.TRAIL, "students": S.STUDENTS, "messages": rows, "commitments": cs,
                "requests": rs, "missed_services": ms, "queries": qs}


if __name__ == "__main__":
    g = Build().run()
    from collections import Counter
    print(len(g["messages"]), "emails,", len({r["thread"] for r in g["messages"]}), "threads")
    print("commitments", dict(Counter(c["status_as_of"] for c in g["commitments"])))
    print("requests", dict(Counter(r["status_as_of"] for r in g["requests"])))
    print("missed rows", len(g["missed_services"]), "queries", len(g["queries"]))
