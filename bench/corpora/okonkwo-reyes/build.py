#!/usr/bin/env python3
"""Render source.py into mailbox/NNNN.eml (arrival order) and gold.json.

Standard library only. Deterministic: every id, boundary and byte derives from the source text.
usage: python3 build.py [OUTDIR]    (default: this folder)
"""
import datetime as dt
import hashlib
import html
import json
import re
import sys
import uuid
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
FORWARDER = {"gmail-forward": "emeka", "attachment-forward": "emeka", "outlook-forward": "emeka_w",
             "yahoo-forward": "marisol", "thunderbird-forward": "marisol", "apple-forward": "marisol"}
FWD_CLIENT = {"gmail-forward": "gmail", "attachment-forward": "gmail", "outlook-forward": "owa",
              "yahoo-forward": "yahoo", "thunderbird-forward": "thunderbird", "apple-forward": "iphone-y"}


def h(*parts):
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def when(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def person(key):
    if key == "TRAIL":
        return {"name": "", "email": S.TRAIL, "role": "other", "client": None, "sig": ""}
    n, e, r, c, sig = S.PEOPLE[key]
    return {"name": n, "email": e, "role": r, "client": c, "sig": sig}


def addr(key):
    p = person(key)
    return f"{p['name']} <{p['email']}>" if p["name"] else p["email"]


def t12(d, sec=False):
    return d.strftime("%I:%M:%S %p" if sec else "%I:%M %p").lstrip("0")


# date lines the various clients print
def d_gmail(d):
    return f"{d:%a}, {d:%b} {d.day}, {d.year} at {t12(d)}"


def d_outlook(d):
    return f"{d:%A}, {d:%B} {d.day}, {d.year} {t12(d)}"


def d_yahoo(d):
    return f"{d:%A}, {d:%B} {d.day}, {d.year} at {d:%I:%M:%S %p} {d.tzname()}"


def d_apple(d):
    return f"{d:%B} {d.day}, {d.year} at {t12(d, True)} {d.tzname()}"


def d_iphone_q(d):
    return f"{d:%b} {d.day}, {d.year}, at {t12(d)}"


def message_id(seed, client, d):
    x = h(seed, client)
    if client == "gmail":
        n = int(x, 16)
        abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        tail = ""
        while len(tail) < 44:
            n, r = divmod(n, 64)
            tail += abc[r]
        return f"<CA{tail[:2].upper()}{tail[2:]}@mail.gmail.com>"
    if client in ("exchange", "owa"):
        srv = f"{'BY5PR' if client == 'exchange' else 'SJ0PR'}{int(x[:2], 16) % 20 + 1:02d}MB{int(x[2:6], 16) % 9000 + 1000}"
        return f"<{srv}{x[6:38].upper()}@{srv}.namprd{int(x[38:40], 16) % 20 + 1:02d}.prod.outlook.com>"
    if client == "yahoo":
        return f"<{int(x[:12], 16) % 10**9 + 10**9}.{int(x[12:20], 16) % 10**7}.{int(d.timestamp()) * 1000 + int(x[20:23], 16) % 1000}@mail.yahoo.com>"
    if client == "thunderbird":
        return f"<{uuid.UUID(x[:32])}@yahoo.com>"
    if client == "iphone-y":
        return f"<{str(uuid.UUID(x[:32])).upper()}@yahoo.com>"
    if client == "iphone-g":
        return f"<{str(uuid.UUID(x[:32])).upper()}@aldercreek41.org>"
    if client == "bulk":
        return f"<{d.astimezone(dt.timezone.utc):%Y%m%d%H%M%S}.{x[:16]}@mailer.aldercreek41.org>"
    raise ValueError(client)


def pdf(text):
    lines = []
    for raw in text.strip("\n").split("\n"):
        while len(raw) > 95:
            cut = raw.rfind(" ", 0, 95)
            cut = cut if cut > 20 else 95
            lines.append(raw[:cut])
            raw = raw[cut:].lstrip()
        lines.append(raw)
    esc = lambda s: s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")  # noqa: E731
    stream = "BT /F1 9.5 Tf 50 750 Td 13 TL\n" + "\n".join(f"({esc(l)}) '" for l in lines) + "\nET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}\nendstream"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    x = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return out


def as_html(text):
    return ("<html><body><div dir=\"ltr\">" + "<br>\n".join(html.escape(l) for l in text.split("\n"))
            + "</div></body></html>\n")


def set_text(em, text, client):
    em.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    if client in ("gmail", "exchange", "owa", "bulk"):
        em.add_alternative(as_html(text), subtype="html", charset="utf-8", cte="quoted-printable")


class Build:
    def __init__(self):
        self.m = {}
        for t in S.THREADS:
            for x in t["messages"]:
                assert x["id"] not in self.m, x["id"]
                x["thread"], x["tsubj"] = t["id"], t["subject"]
                x["dt"] = when(x["date"])
                x["client"] = x.get("client") or person(x["frm"])["client"]
                x.setdefault("cc", [])
                self.m[x["id"]] = x
        for k in sorted(self.m, key=lambda k: self.m[k]["dt"]):
            x = self.m[k]
            x["mid"] = message_id(k, x["client"], x["dt"])
            x["subj"] = self.subject(k)

    def subject(self, k):
        x = self.m[k]
        if x.get("subject"):
            return x["subject"]
        if x.get("reply"):
            base = re.sub(r"^((re|fw|fwd|aw)\s*:\s*)+", "", self.m[x["reply"]]["subj"], flags=re.I)
            return ("RE: " if x["client"] == "exchange" else "Re: ") + base
        return x["tsubj"]

    def refs(self, k):
        out, p = [], self.m[k].get("reply")
        while p:
            out.insert(0, self.m[p]["mid"])
            p = self.m[p].get("reply")
        return out

    def sig(self, x):
        s = x["sig"] if "sig" in x else person(x["frm"])["sig"]
        if x["client"] == "iphone-y" and not s:
            s = "Sent from my iPhone"
        return s

    def text(self, k):
        x = self.m[k]
        out = x["body"]
        s = self.sig(x)
        if s:
            out += "\n\n" + s
        p = x.get("reply")
        if p and x.get("quote", True) and not x.get("auto_reply"):
            q = self.m[p]
            prev = self.text(p)
            qp = person(q["frm"])
            c = x["client"]
            if c == "exchange":
                rows = ["________________________________", f"From: {addr(q['frm'])}", f"Sent: {d_outlook(q['dt'])}",
                        "To: " + "; ".join(addr(a) for a in q["to"])]
                if q["cc"]:
                    rows.append("Cc: " + "; ".join(addr(a) for a in q["cc"]))
                rows += [f"Subject: {q['subj']}", ""]
                out += "\n\n" + "\n".join(rows) + "\n" + prev
            else:
                quoted = "\n".join(("> " + l) if l else ">" for l in prev.split("\n"))
                if c == "yahoo":
                    head = f"\n\n\nOn {d_yahoo(q['dt'])}, {qp['name']} <{qp['email']}> wrote:\n\n"
                elif c in ("iphone-g", "iphone-y"):
                    head = f"\n\n> On {d_iphone_q(q['dt'])}, {qp['name']} <{qp['email']}> wrote:\n>\n"
                else:
                    head = f"\n\nOn {d_gmail(q['dt'])} {qp['name']} <{qp['email']}> wrote:\n"
                out += head + quoted
        return out

    def original(self, k):
        x = self.m[k]
        em = EmailMessage(policy=default)
        em["From"] = addr(x["frm"])
        em["To"] = ", ".join(addr(a) for a in x["to"])
        if x["cc"]:
            em["Cc"] = ", ".join(addr(a) for a in x["cc"])
        em["Subject"] = x["subj"]
        em["Date"] = format_datetime(x["dt"])
        em["Message-ID"] = x["mid"]
        r = self.refs(k)
        if r:
            em["In-Reply-To"] = r[-1]
            em["References"] = " ".join(r)
        c = x["client"]
        if c == "exchange":
            em["Thread-Topic"] = re.sub(r"^(RE|FW):\s*", "", x["subj"])
            em["Thread-Index"] = "Ad" + h(k, "ti")[:26]
            em["X-MS-Has-Attach"] = "yes" if x.get("atts") else ""
            em["Content-Language"] = "en-US"
        elif c == "yahoo":
            em["X-Mailer"] = "WebService/1.1.26214 YMailNorrin"
        elif c in ("iphone-g", "iphone-y"):
            em["X-Mailer"] = "iPhone Mail (23B85)"
        elif c == "bulk":
            em["List-Unsubscribe"] = "<mailto:unsubscribe@mailer.aldercreek41.org>"
            em["Precedence"] = "bulk"
        if x.get("auto_reply"):
            em["Auto-Submitted"] = "auto-replied"
        em["MIME-Version"] = "1.0"
        set_text(em, self.text(k), c)
        for name, mime, txt in x.get("atts", []):
            em.add_attachment(pdf(txt), maintype="application", subtype="pdf", filename=name)
        return em

    def fwd_block(self, x, kind):
        frm, d, s = addr(x["frm"]), x["dt"], x["subj"]
        to = ", ".join(addr(a) for a in x["to"])
        cc = ", ".join(addr(a) for a in x["cc"])
        if kind == "gmail-forward":
            rows = ["---------- Forwarded message ---------", f"From: {frm}", f"Date: {d_gmail(d)}",
                    f"Subject: {s}", f"To: {to}"] + ([f"Cc: {cc}"] if cc else []) + ["", ""]
        elif kind == "outlook-forward":
            rows = ["________________________________", f"From: {frm}", f"Sent: {d_outlook(d)}",
                    "To: " + "; ".join(addr(a) for a in x["to"])]
            rows += (["Cc: " + "; ".join(addr(a) for a in x["cc"])] if x["cc"] else []) + [f"Subject: {s}", ""]
        elif kind == "yahoo-forward":
            rows = ["----- Forwarded Message -----", f"From: {frm}", f"To: {to}"] + ([f"Cc: {cc}"] if cc else [])
            rows += [f"Sent: {d_yahoo(d)}", f"Subject: {s}", ""]
        elif kind == "thunderbird-forward":
            rows = ["-------- Forwarded Message --------", f"Subject: \t{s}", f"Date: \t{format_datetime(d)}",
                    f"From: \t{frm}", f"To: \t{to}"] + ([f"CC: \t{cc}"] if cc else []) + ["", ""]
        elif kind == "apple-forward":
            rows = ["Begin forwarded message:", "", f"From: {frm}", f"Subject: {s}", f"Date: {d_apple(d)}",
                    f"To: {to}"] + ([f"Cc: {cc}"] if cc else []) + [""]
        return "\n".join(rows)

    def arrive(self, k):
        x = self.m[k]
        kind = x["arrival"]
        if kind in ("direct", "bcc-self"):
            em = self.original(k)
            if kind == "direct":
                visible = S.TRAIL in (em["To"] or "") + (em["Cc"] or "")
                if not visible:
                    em["X-Forwarded-For"] = f"{S.USER['email']} {S.TRAIL}"
            return em, x["mid"], x["dt"]
        fb = person(x.get("fwd_by") or FORWARDER[kind])
        fc = FWD_CLIENT[kind]
        at = when(x["fwd"])
        assert at > x["dt"], k
        fid = message_id(k + "/fwd", fc, at)
        em = EmailMessage(policy=default)
        em["From"] = f"{fb['name']} <{fb['email']}>"
        em["To"] = S.TRAIL
        em["Subject"] = ("FW: " if kind == "outlook-forward" else "Fwd: ") + x["subj"]
        em["Date"] = format_datetime(at)
        em["Message-ID"] = fid
        note = x.get("note", "")
        if kind == "attachment-forward":
            em["MIME-Version"] = "1.0"
            set_text(em, note or "", "gmail")
            inner = self.original(k)
            em.add_attachment(inner, disposition="attachment",
                              filename=re.sub(r"[^\w .,()-]", "_", x["subj"]) + ".eml")
            return em, fid, at
        body = self.text(k)
        if kind == "gmail-forward":
            txt = (note + "\n\n" if note else "") + self.fwd_block(x, kind) + "\n" + body
        elif kind == "outlook-forward":
            em["X-MS-Exchange-Organization-SCL"] = "-1"
            txt = (note + "\n\n" if note else "") + fb["sig"] + "\n\n" + self.fwd_block(x, kind) + "\n" + body
        elif kind == "yahoo-forward":
            em["X-Mailer"] = "WebService/1.1.26214 YMailNorrin"
            txt = (note + "\n\n\n" if note else "\n\n") + self.fwd_block(x, kind) + "\n" + body
        elif kind == "thunderbird-forward":
            em["User-Agent"] = "Mozilla Thunderbird"
            txt = (note + "\n\n" if note else "") + self.fwd_block(x, kind) + "\n" + body
        elif kind == "apple-forward":
            em["X-Mailer"] = "iPhone Mail (23B85)"
            txt = (note + "\n\n" if note else "") + "Sent from my iPhone\n\n" + self.fwd_block(x, kind) + "\n" + body
        em["MIME-Version"] = "1.0"
        set_text(em, txt, fc)
        for name, mime, t in x.get("atts", []):
            em.add_attachment(pdf(t), maintype="application", subtype="pdf", filename=name)
        return em, fid, at

    def run(self, out):
        out = Path(out)
        box = out / "mailbox"
        box.mkdir(parents=True, exist_ok=True)
        for f in box.glob("*.eml"):
            f.unlink()
        arr = []
        for k, x in self.m.items():
            if x["arrival"] == "not-forwarded":
                continue
            em, src, at = self.arrive(k)
            arr.append((at, k, em, src))
        arr.sort(key=lambda a: a[0])
        assert len({a[0] for a in arr}) == len(arr), "two arrivals share a minute"
        info = {}
        for n, (at, k, em, src) in enumerate(arr, 1):
            for i, part in enumerate(em.walk()):
                if part.is_multipart():
                    part.set_boundary("=_b" + h(k, str(i))[:30])
            name = f"{n:04d}.eml"
            data = f"Delivered-To: {S.TRAIL}\n".encode() + em.as_bytes(policy=SMTP.clone(linesep="\n"))
            (box / name).write_bytes(data)
            info[k] = (name, src, at)
        gold = self.gold(arr, info)
        (out / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")
        return gold

    def gold(self, arr, info):
        order = [a[1] for a in arr]
        byd = sorted(self.m, key=lambda k: self.m[k]["dt"])
        cid, rid = {}, {}
        for k in byd:
            if self.m[k]["arrival"] == "not-forwarded":
                continue
            for c in self.m[k]["labels"]["commits"]:
                assert c["key"] not in cid, c["key"]
                cid[c["key"]] = f"C{len(cid) + 1}"
            for r in self.m[k]["labels"]["reqs"]:
                assert r["key"] not in rid, r["key"]
                rid[r["key"]] = f"R{len(rid) + 1}"
        ful, ans = {}, {}
        for k in order:
            for c in self.m[k]["labels"]["fulfills"]:
                ful.setdefault(c, []).append(k)
            for r in self.m[k]["labels"]["answers"]:
                ans.setdefault(r, []).append(k)
        iso = lambda d: d.isoformat()  # noqa: E731
        rows, cs, rs, ms = [], [], [], []
        for at, k, _, src in arr:
            x = self.m[k]
            lab = x["labels"]
            for t in lab["topics"] + lab["att_topics"] + [m[0] for m in lab["missed"]]:
                assert t in VOCAB, (k, t)
            p = person(x["frm"])
            labels = {
                "topics": lab["topics"], "students": lab["students"],
                "commitments": [{"id": cid[c["key"]], "by": person(c["by"])["email"], "what": c["what"],
                                 "quote": c["quote"], "due": c["due"]} for c in lab["commits"]],
                "fulfills": [cid[c] for c in lab["fulfills"]],
                "requests": [{"id": rid[r["key"]], "by": person(r["by"])["email"], "quote": r["quote"]}
                             for r in lab["reqs"]],
                "answers": [rid[r] for r in lab["answers"]],
                "missed_services": [{"topic": t, "date": d, "minutes": n} for t, d, n in lab["missed"]],
            }
            if lab["att_topics"]:
                labels["attachment_topics"] = lab["att_topics"]
            rows.append({"file": info[k][0], "id": k, "thread": x["thread"], "arrival": x["arrival"],
                         "arrived_at": iso(at), "source_message_id": src, "role": p["role"],
                         "original": {"from_name": p["name"], "from_email": p["email"], "date": iso(x["dt"]),
                                      "subject": x["subj"], "message_id": x["mid"]},
                         "auto_reply": bool(x.get("auto_reply")), "labels": labels})
            for c in lab["commits"]:
                by = sorted(ful.get(c["key"], []), key=lambda j: self.m[j]["dt"])
                first = self.m[by[0]]["dt"] if by else None
                if first and first.date() <= AS_OF:
                    st = "fulfilled"
                elif c["due"]:
                    st = "overdue" if dt.date.fromisoformat(c["due"]) < AS_OF else "open"
                else:
                    age = (AS_OF - x["dt"].date()).days
                    assert age > 21 or age < 2, (c["key"], age)
                    st = "overdue" if age > 21 else "open"
                bp = person(c["by"])
                cs.append({"id": cid[c["key"]], "message": k, "source_message_id": src, "sent": iso(x["dt"]),
                           "by": bp["email"], "by_role": bp["role"], "what": c["what"], "quote": c["quote"],
                           "due": c["due"], "fulfilled_by": [info[j][1] for j in by], "fulfilled_by_ids": by,
                           "first_fulfilled": iso(first) if first else None, "status_as_of": st})
            for r in lab["reqs"]:
                by = sorted(ans.get(r["key"], []), key=lambda j: self.m[j]["dt"])
                rs.append({"id": rid[r["key"]], "message": k, "source_message_id": src,
                           "by": person(r["by"])["email"], "quote": r["quote"], "answered_by_ids": by,
                           "answered_by": [info[j][1] for j in by],
                           "status_as_of": "answered" if by else "unanswered"})
            for t, d, n in lab["missed"]:
                ms.append({"topic": t, "date": d, "minutes": n, "message": k, "source_message_id": src})
        cs.sort(key=lambda c: int(c["id"][1:]))
        rs.sort(key=lambda r: int(r["id"][1:]))
        qs = [{"q": q, "topic": t, "expect": sorted(r["source_message_id"] for r in rows if t in r["labels"]["topics"])}
              for q, t in S.QUERIES]
        return {"corpus": S.CORPUS, "as_of": S.AS_OF, "timezone": S.TIMEZONE, "user": S.USER,
                "trail_address": S.TRAIL, "students": S.STUDENTS, "messages": rows, "commitments": cs,
                "requests": rs, "missed_services": ms, "queries": qs}


if __name__ == "__main__":
    g = Build().run(sys.argv[1] if len(sys.argv) > 1 else HERE)
    from collections import Counter
    print(f"{len(g['messages'])} emails, {len({r['thread'] for r in g['messages']})} threads; "
          f"commitments {dict(Counter(c['status_as_of'] for c in g['commitments']))}; "
          f"requests {dict(Counter(r['status_as_of'] for r in g['requests']))}; "
          f"{len(g['missed_services'])} missed rows; {len(g['queries'])} queries; "
          f"arrivals {dict(Counter(r['arrival'] for r in g['messages']))}")
