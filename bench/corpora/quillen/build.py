#!/usr/bin/env python3
"""Build mailbox/NNNN.eml (arrival order) and gold.json from source.py.

Deterministic: every id, boundary and timestamp derives from source.py. Standard library only.
usage: python3 build.py
"""
import datetime as dt
import hashlib
import html
import json
import shutil
import sys
import uuid
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import source as S  # noqa: E402

TZ = ZoneInfo(S.TIMEZONE)
GMAILISH = ("gmail", "gws", "gmail-android")
APPLEISH = ("apple", "iphone-school")


def h(*parts):
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def when(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def person(key):
    if key == "TRAIL":
        return ("", S.TRAIL, "other", "")
    return S.PEOPLE[key]


def addr(key):
    name, email = person(key)[:2]
    return f"{name} <{email}>" if name else email


def t12(d, sec=False):
    return d.strftime("%I:%M:%S %p" if sec else "%I:%M %p").lstrip("0")


# ---------------------------------------------------------------- message ids per client
def msgid(seed, client, d):
    x = h(seed, client)
    if client in GMAILISH:
        b = "".join("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+"[int(x[i:i + 2], 16) % 65]
                    for i in range(0, 64, 2))
        return f"<CA{b[:3].upper()}{b[3:]}{x[:4]}@mail.gmail.com>"
    if client == "apple":
        return f"<{str(uuid.UUID(x[:32])).upper()}@gmail.com>"
    if client == "iphone-school":
        return f"<{str(uuid.UUID(x[:32])).upper()}@bellcreek.k12.mt.us>"
    if client == "exchange":
        box = f"CY{int(x[:3], 16) % 9 + 1}PR{int(x[3:5], 16) % 20:02d}MB{int(x[5:9], 16) % 9000 + 1000}"
        return f"<{box}{x[9:41].upper()}@{box}.namprd{int(x[41:43], 16) % 20:02d}.prod.outlook.com>"
    if client == "yahoo":
        return f"<{int(x[:8], 16) % 900000000 + 100000000}.{int(x[8:14], 16) % 9000000 + 1000000}.{int(d.timestamp())}{x[14:17]}@mail.yahoo.com>"
    if client == "system":
        return f"<{d.astimezone(dt.timezone.utc):%Y%m%d%H%M%S}.{x[:16]}@{'mta.bigskypeds.com' if 'Big Sky' in seed else 'notify.bellcreekschool.net'}>"
    raise ValueError(client)


# ---------------------------------------------------------------- minimal text PDF
def pdf(text):
    lines = []
    for line in text.strip().split("\n"):
        while len(line) > 100:
            cut = line.rfind(" ", 0, 100)
            lines.append(line[:cut])
            line = "  " + line[cut + 1:]
        lines.append(line)
    esc = [l.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for l in lines]
    stream = "BT /F1 9 Tf 40 750 Td 12 TL\n" + "\n".join(f"({l}) Tj T*" for l in esc) + "\nET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def fix_boundaries(em, seed):
    """multipart boundaries are random in the email library; derive them from the message id instead"""
    n = 0
    for part in em.walk():
        if part.is_multipart() and part.get_content_type() != "message/rfc822":
            n += 1
            part.set_boundary("----=_Part_" + h(seed, str(n))[:24])
        elif part.get_content_type() == "message/rfc822":
            for inner in part.get_payload():
                fix_boundaries(inner, seed + "/inner" + str(n))
                n += 1


class Build:
    def __init__(self):
        self.m = {}
        for t in S.THREADS:
            for x in t["messages"]:
                assert x["id"] not in self.m
                x["thread"], x["tsubj"] = t["id"], t["subject"]
                x["dt"] = when(x["date"])
                x["client"] = x.get("client") or person(x["frm"])[3]
                x.setdefault("cc", [])
                self.m[x["id"]] = x
        for k in sorted(self.m, key=lambda k: self.m[k]["dt"]):
            x = self.m[k]
            x["mid"] = msgid(k + person(x["frm"])[0], x["client"], x["dt"])
            x["subj"] = self.subject(x)
            if x["arrival"] == "direct" and "TRAIL" not in x["to"] + x["cc"]:
                x["cc"] = x["cc"] + ["TRAIL"]  # the sender (or list) included the trail address

    def subject(self, x):
        if x.get("subject"):
            return x["subject"]
        if x.get("reply"):
            p = self.m[x["reply"]]
            base = p["subj"]
            while base[:3].lower() in ("re:", "fw:") or base[:4].lower() == "fwd:":
                base = base.split(":", 1)[1].strip()
            return ("RE: " if x["client"] == "exchange" else "Re: ") + base
        return x["tsubj"]

    def sig(self, x):
        s = x["sig"] if "sig" in x else S.SIGS.get(x["frm"], "")
        if s and x["client"] in GMAILISH and not s.startswith("Sent from"):
            s = "-- \n" + s
        return s

    def text(self, k):
        x = self.m[k]
        out = x["body"]
        s = self.sig(x)
        if s:
            out += "\n\n" + s
        if x.get("reply") and x.get("quote", True) and not x.get("auto"):
            p = self.m[x["reply"]]
            prev = self.text(p["id"])
            name, email = person(p["frm"])[:2]
            d = p["dt"]
            c = x["client"]
            if c == "exchange":
                rows = ["________________________________", f"From: {addr(p['frm'])}",
                        f"Sent: {d:%A}, {d:%B} {d.day}, {d.year} {t12(d)}",
                        "To: " + "; ".join(addr(a) for a in p["to"])]
                if p["cc"]:
                    rows.append("Cc: " + "; ".join(addr(a) for a in p["cc"]))
                rows += [f"Subject: {p['subj']}", ""]
                return out + "\n\n" + "\n".join(rows) + "\n" + prev
            q = "\n".join(("> " + l) if l else ">" for l in prev.split("\n"))
            if c in APPLEISH:
                return out + f"\n\n> On {d:%b} {d.day}, {d.year}, at {t12(d)}, {name} <{email}> wrote:\n>\n{q}"
            if c == "yahoo":
                return out + f"\n\n\nOn {d:%A}, {d:%B} {d.day}, {d.year} at {d:%I:%M:%S %p} {d.tzname()}, {name} <{email}> wrote:\n\n{q}"
            return out + f"\n\nOn {d:%a}, {d:%b} {d.day}, {d.year} at {t12(d)} {name} <{email}> wrote:\n\n{q}"
        return out

    @staticmethod
    def set_body(em, text, client, newsletter=False):
        em.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
        if newsletter:
            paras = "".join(f"<p style=\"font-family:Arial;font-size:14px\">{html.escape(l)}</p>" for l in text.split("\n") if l.strip())
            em.add_alternative(f"<html><body><table width=\"600\"><tr><td>{paras}</td></tr></table>"
                               "<p style=\"font-size:10px\">Unsubscribe from Bell Creek School notifications</p></body></html>",
                               subtype="html", charset="utf-8", cte="quoted-printable")
        elif client in GMAILISH:
            em.add_alternative('<div dir="ltr">' + "<br>\n".join(html.escape(l) for l in text.split("\n")) + "</div>",
                               subtype="html", charset="utf-8", cte="quoted-printable")

    @staticmethod
    def attach(em, x):
        for name, mime, txt in x.get("atts", []):
            em.add_attachment(pdf(txt), maintype="application", subtype="pdf", filename=name)

    def original(self, k):
        x = self.m[k]
        em = EmailMessage()
        em["From"] = addr(x["frm"])
        em["To"] = ", ".join(addr(a) for a in x["to"])
        if x["cc"]:
            em["Cc"] = ", ".join(addr(a) for a in x["cc"])
        em["Date"] = format_datetime(x["dt"])
        em["Subject"] = x["subj"]
        em["Message-ID"] = x["mid"]
        chain, p = [], x.get("reply")
        while p:
            chain.insert(0, self.m[p]["mid"])
            p = self.m[p].get("reply")
        if chain:
            em["In-Reply-To"] = chain[-1]
            em["References"] = " ".join(chain)
        c = x["client"]
        if c == "exchange":
            em["Thread-Topic"] = x["tsubj"]
            em["Thread-Index"] = "AQH" + h(x["thread"])[:24]
            em["X-MS-Has-Attach"] = "yes" if x.get("atts") else ""
        elif c in APPLEISH:
            em["X-Mailer"] = "iPad Mail (22H124)" if c == "apple" else "iPhone Mail (22H124)"
        elif c == "yahoo":
            em["X-Mailer"] = "WebService/1.1.24562 YahooMailAndroidMobile"
        elif c == "system" and x["frm"] == "sched":
            em["X-Mailer"] = "ClinicTrack Notify 4.2"
            em["Auto-Submitted"] = "auto-generated"
        if x.get("newsletter"):
            em["Precedence"] = "bulk"
            em["List-Unsubscribe"] = "<https://notify.bellcreekschool.net/u/quillen>"
        if x.get("auto"):
            em["Auto-Submitted"] = "auto-replied"
            em["X-Auto-Response-Suppress"] = "All"
        self.set_body(em, self.text(k), c, x.get("newsletter"))
        self.attach(em, x)
        return em

    def header_block(self, x, style):
        d = x["dt"]
        frm, to = addr(x["frm"]), ", ".join(addr(a) for a in x["to"])
        cc = ", ".join(addr(a) for a in x["cc"])
        if style == "gmail":
            rows = ["---------- Forwarded message ---------", f"From: {frm}",
                    f"Date: {d:%a}, {d:%b} {d.day}, {d.year} at {t12(d)}", f"Subject: {x['subj']}", f"To: {to}"]
            rows += [f"Cc: {cc}"] if cc else []
            return "\n".join(rows) + "\n\n\n"
        if style == "apple":
            rows = ["Begin forwarded message:", "", f"From: {frm}", f"Subject: {x['subj']}",
                    f"Date: {d:%B} {d.day}, {d.year} at {t12(d, True)} {d.tzname()}", f"To: {to}"]
            rows += [f"Cc: {cc}"] if cc else []
            return "\n".join(rows) + "\n\n"
        if style == "outlook":
            rows = ["________________________________", f"From: {frm.replace(' <', ' <')}",
                    f"Sent: {d:%A}, {d:%B} {d.day}, {d.year} {t12(d)}", f"To: {to.replace(', ', '; ')}"]
            rows += [f"Cc: {cc.replace(', ', '; ')}"] if cc else []
            rows += [f"Subject: {x['subj']}"]
            return "\n".join(rows) + "\n\n"
        if style == "yahoo":
            rows = ["----- Forwarded Message -----", f"From: {frm}", f"To: {to}"]
            rows += [f"Cc: {cc}"] if cc else []
            rows += [f"Sent: {d:%A}, {d:%B} {d.day}, {d.year} at {d:%I:%M:%S %p} {d.tzname()}", f"Subject: {x['subj']}"]
            return "\n".join(rows) + "\n\n"
        raise ValueError(style)

    def arrived(self, k):
        """(email as it reached the trail mailbox, arrival time)"""
        x = self.m[k]
        kind = x["arrival"]
        if kind in ("direct", "bcc-self"):
            return self.original(k), x["dt"]
        fwd = x.get("fwd_by", S.USER)
        at = when(x["fwd_at"]) if x.get("fwd_at") else x["dt"] + dt.timedelta(hours=3)
        fclient = {"gmail-forward": "gmail", "apple-forward": "apple", "outlook-forward": "exchange",
                   "attachment-forward": "exchange", "yahoo-forward": "yahoo"}[kind]
        em = EmailMessage()
        em["From"] = addr(fwd)
        if fwd == "dale":  # he forwards to his wife and copies the trail address
            em["To"] = addr("jo")
            em["Cc"] = S.TRAIL
        else:
            em["To"] = S.TRAIL
        em["Date"] = format_datetime(at)
        pre = "FW: " if fclient == "exchange" else "Fwd: "
        em["Subject"] = pre + x["subj"]
        em["Message-ID"] = msgid(k + "/fwd", fclient, at)
        note = x.get("note", "")
        if kind == "attachment-forward":
            em["X-MS-Has-Attach"] = "yes"
            body = note + "\n\n" + S.SIGS[fwd]
            em.set_content(body, subtype="plain", charset="utf-8", cte="quoted-printable")
            em.add_attachment(self.original(k), filename=x["subj"] + ".eml")
            return em, at
        style = {"gmail": "gmail", "apple": "apple", "exchange": "outlook", "yahoo": "yahoo"}[fclient]
        top = note
        if fclient == "apple":
            top = (note + "\n\nSent from my iPad\n\n") if note else "\n\nSent from my iPad\n\n"
        elif fclient == "exchange":
            top = note + "\n\n" + S.SIGS[fwd] + "\n\n"
        elif fclient == "yahoo":
            top = note + "\n\nSent from Yahoo Mail for Android\n\n\n"
        else:
            top = note + "\n\n" if note else ""
        body = top + self.header_block(x, style) + self.text(k)
        if fclient == "exchange":
            em["Thread-Topic"] = x["tsubj"]
        elif fclient == "apple":
            em["X-Mailer"] = "iPad Mail (22H124)"
        self.set_body(em, body, "gmail" if fclient == "gmail" else fclient)
        self.attach(em, x)
        return em, at

    # ------------------------------------------------------------ gold
    def run(self):
        box = HERE / "mailbox"
        if box.exists():
            shutil.rmtree(box)
        box.mkdir()
        rows = []
        for k, x in self.m.items():
            if x["arrival"] == "not-forwarded":
                continue
            em, at = self.arrived(k)
            rows.append((at, x["dt"], k, em))
        rows.sort(key=lambda r: (r[0], r[1], r[2]))
        email = lambda key: person(key)[1]
        gm = []
        for i, (at, _, k, em) in enumerate(rows, 1):
            x = self.m[k]
            fname = f"{i:04d}.eml"
            fix_boundaries(em, k)
            with open(box / fname, "wb") as f:
                BytesGenerator(f, policy=SMTP.clone(max_line_length=998)).flatten(em)
            lab = x["labels"]
            labels = {
                "topics": lab["topics"], "students": [] if (x.get("newsletter") or x.get("auto")) else list(S.STUDENTS),
                "commitments": [{"id": c[0], "by": email(c[1]), "what": c[2], "quote": c[3], "due": c[4]} for c in lab["commitments"]],
                "fulfills": lab["fulfills"],
                "requests": [{"id": r[0], "by": email(r[1]), "quote": r[2]} for r in lab["requests"]],
                "answers": lab["answers"],
                "missed_services": [{"topic": m[0], "date": m[1], "minutes": m[2]} for m in lab["missed"]],
            }
            if x.get("students") is not None:
                labels["students"] = x["students"]
            if lab["attachment_topics"]:
                labels["attachment_topics"] = lab["attachment_topics"]
            name, addr_, role, _ = person(x["frm"])
            gm.append({"file": fname, "id": k, "thread": x["thread"], "arrival": x["arrival"],
                       "arrived_at": at.isoformat(), "source_message_id": em["Message-ID"], "role": role,
                       "original": {"from_name": name, "from_email": addr_, "date": x["dt"].isoformat(),
                                    "subject": x["subj"], "message_id": x["mid"]},
                       "auto_reply": bool(x.get("auto")), "labels": labels})
        by_id = {g["id"]: g for g in gm}
        as_of = dt.date.fromisoformat(S.AS_OF)
        commitments, requests, missed = [], [], []
        for g in gm:
            for c in g["labels"]["commitments"]:
                ful = sorted((f for f in gm if c["id"] in f["labels"]["fulfills"]), key=lambda f: f["original"]["date"])
                sent = dt.datetime.fromisoformat(g["original"]["date"])
                first = ful[0]["original"]["date"] if ful else None
                if first and dt.datetime.fromisoformat(first).date() <= as_of:
                    st = "fulfilled"
                elif c["due"]:
                    st = "overdue" if dt.date.fromisoformat(c["due"]) < as_of else "open"
                else:
                    st = "overdue" if (as_of - sent.date()).days > 21 else "open"
                commitments.append({"id": c["id"], "message": g["id"], "source_message_id": g["source_message_id"],
                                    "sent": g["original"]["date"], "by": c["by"],
                                    "by_role": next(p[2] for p in S.PEOPLE.values() if p[1] == c["by"]),
                                    "what": c["what"], "quote": c["quote"], "due": c["due"],
                                    "fulfilled_by": [f["source_message_id"] for f in ful],
                                    "fulfilled_by_ids": [f["id"] for f in ful], "first_fulfilled": first,
                                    "status_as_of": st})
            for r in g["labels"]["requests"]:
                ans = sorted((f for f in gm if r["id"] in f["labels"]["answers"]), key=lambda f: f["original"]["date"])
                requests.append({"id": r["id"], "message": g["id"], "source_message_id": g["source_message_id"],
                                 "by": r["by"], "quote": r["quote"], "answered_by_ids": [f["id"] for f in ans],
                                 "answered_by": [f["source_message_id"] for f in ans],
                                 "status_as_of": "answered" if ans else "unanswered"})
            for m in g["labels"]["missed_services"]:
                missed.append(dict(m, message=g["id"], source_message_id=g["source_message_id"]))
        queries = []
        for q, topic in S.QUERIES:
            queries.append({"q": q, "topic": topic,
                            "expect": [g["source_message_id"] for g in gm if topic in g["labels"]["topics"]]})
        gold = {"corpus": S.CORPUS, "as_of": S.AS_OF, "timezone": S.TIMEZONE,
                "user": {"name": S.PEOPLE[S.USER][0], "email": S.PEOPLE[S.USER][1], "role": "parent"},
                "trail_address": S.TRAIL, "students": S.STUDENTS, "messages": gm, "commitments": commitments,
                "requests": requests, "missed_services": missed, "queries": queries}
        with open(HERE / "gold.json", "w") as f:
            json.dump(gold, f, indent=1, ensure_ascii=False)
            f.write("\n")
        print(f"{len(gm)} emails, {len({g['thread'] for g in gm})} threads, {len(commitments)} commitments, "
              f"{len(requests)} requests, {len(missed)} missed rows, {len(queries)} queries")


if __name__ == "__main__":
    Build().run()
