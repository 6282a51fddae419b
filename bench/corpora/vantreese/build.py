#!/usr/bin/env python3
"""Render source.py into mailbox/NNNN.eml (arrival order) and gold.json. Stdlib only, deterministic.
usage: python3 build.py [OUTDIR]"""
import datetime as dt, hashlib, json, re, sys
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
TOPICS = set(S.VOCAB)


def h(*p, n=32):
    return hashlib.sha256("|".join(p).encode()).hexdigest()[:n]


def when(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def person(k):
    n, e, r, c = S.PEOPLE[k]
    return {"name": n, "email": e, "role": r, "client": c}


def addr(k):
    p = person(k)
    return f"{p['name']} <{p['email']}>"


def clock(d):
    return d.strftime("%I:%M %p").lstrip("0")


def msgid(seed, client):
    x = h(seed, client, n=40)
    if client == "gmail":
        return f"<CAK{x[:6]}+{x[6:30]}Q{x[30:38]}@mail.gmail.com>"
    if client == "exchange":
        return f"<BY5PR11MB{int(x[:4], 16) % 9000 + 1000}{x[4:36].upper()}@BY5PR11MB{int(x[:4], 16) % 9000 + 1000}.namprd11.prod.outlook.com>"
    if client == "outlook-work":
        return f"<SA0PR07MB{int(x[:4], 16) % 9000 + 1000}{x[4:36].upper()}@SA0PR07MB.namprd07.prod.outlook.com>"
    if client == "yahoo":
        return f"<{int(x[:9], 16)}.{int(x[9:15], 16)}@mail.yahoo.com>"
    if client == "iphone":
        return f"<{x[:8].upper()}-{x[8:12].upper()}-4{x[13:16].upper()}-9{x[17:20].upper()}-{x[20:32].upper()}@gmail.com>"
    if client == "thunderbird":
        return f"<{x[:8]}-{x[8:12]}-4{x[13:16]}-a{x[17:20]}-{x[20:32]}@gmail.com>"
    if client == "agency":
        return f"<{x[:24]}@signbridgeinterp.com>"
    if client == "bulk":
        return f"<{x[:20]}.news@mailer.schoolpost-notify.com>"
    raise ValueError(client)


class Corpus:
    def __init__(self):
        self.m = {}
        for t in S.THREADS:
            for m in t["messages"]:
                assert m["id"] not in self.m, m["id"]
                m["thread"], m["tsubj"], m["dt"] = t["id"], t["subject"], when(m["date"])
                m["client"] = m.get("client") or person(m["frm"])["client"]
                self.m[m["id"]] = m
        for k in sorted(self.m, key=lambda k: self.m[k]["dt"]):
            m = self.m[k]
            m["subj"] = self.subject(k)
            m["mid"] = msgid(k, m["client"])

    def subject(self, k):
        m = self.m[k]
        if m.get("subject"):
            return m["subject"]
        if m.get("reply"):
            base = re.sub(r"^((re|fw|fwd):\s*)+", "", self.m[m["reply"]]["subj"], flags=re.I)
            return ("RE: " if m["client"] == "exchange" else "Re: ") + base
        return m["tsubj"]

    def text(self, k):
        m = self.m[k]
        out = m["body"].rstrip("\n")
        sig = m.get("sig", S.SIGS.get(m["frm"], ""))
        if sig:
            out += "\n\n" + ("-- \n" if m["client"] == "gmail" and not sig.startswith("Sent from") else "") + sig.rstrip("\n")
        p = m.get("reply")
        if p and m.get("quote", True) and not m.get("auto_reply"):
            pm = self.m[p]
            prev = self.text(p)
            if m["client"] in ("exchange", "outlook-work"):
                hdr = ["________________________________", f"From: {addr(pm['frm'])}",
                       f"Sent: {pm['dt']:%A}, {pm['dt']:%B} {pm['dt'].day}, {pm['dt'].year} {clock(pm['dt'])}",
                       "To: " + "; ".join(addr(x) for x in pm["to"])]
                if pm.get("cc"):
                    hdr.append("Cc: " + "; ".join(addr(x) for x in pm["cc"]))
                hdr += [f"Subject: {pm['subj']}", ""]
                out += "\n\n" + "\n".join(hdr) + "\n" + prev
            else:
                q = "\n".join("> " + l if l else ">" for l in prev.split("\n"))
                d = pm["dt"]
                out += (f"\n\nOn {d:%a}, {d:%b} {d.day}, {d.year} at {clock(d)} {person(pm['frm'])['name']} "
                        f"<{person(pm['frm'])['email']}> wrote:\n{q}")
        return out + "\n"

    def original(self, k):
        m = self.m[k]
        em = EmailMessage(policy=default)
        em["From"] = addr(m["frm"])
        em["To"] = ", ".join(addr(x) for x in m["to"])
        if m.get("cc"):
            em["Cc"] = ", ".join(addr(x) for x in m["cc"])
        if m.get("bcc"):
            em["Bcc"] = S.TRAIL
        em["Subject"] = m["subj"]
        em["Date"] = format_datetime(m["dt"])
        em["Message-ID"] = m["mid"]
        if m.get("reply"):
            chain, p = [], m["reply"]
            while p:
                chain.insert(0, self.m[p]["mid"])
                p = self.m[p].get("reply")
            em["In-Reply-To"] = chain[-1]
            em["References"] = " ".join(chain)
        if m.get("auto_reply"):
            em["Auto-Submitted"] = "auto-replied"
            em["X-Auto-Response-Suppress"] = "All"
        if m["client"] == "bulk":
            em["List-Unsubscribe"] = "<https://schoolpost-notify.com/unsub>"
            em["Precedence"] = "bulk"
        em["MIME-Version"] = "1.0"
        em.set_content(self.text(k), charset="utf-8", cte="quoted-printable")
        for name, text in m.get("atts", []):
            em.add_attachment(text.encode(), maintype="text", subtype="plain", filename=name)
        return em

    def block(self, m, kind):
        frm, to, d, s = addr(m["frm"]), ", ".join(addr(x) for x in m["to"]), m["dt"], m["subj"]
        cc = ", ".join(addr(x) for x in m.get("cc", []))
        if kind == "gmail-forward":
            r = ["---------- Forwarded message ---------", f"From: {frm}",
                 f"Date: {d:%a}, {d:%b} {d.day}, {d.year} at {clock(d)}", f"Subject: {s}", f"To: {to}"]
            r += [f"Cc: {cc}"] if cc else []
            return "\n".join(r) + "\n\n\n"
        if kind == "outlook-forward":
            r = ["________________________________", f"From: {frm}",
                 f"Sent: {d:%A}, {d:%B} {d.day}, {d.year} {clock(d)}", "To: " + "; ".join(addr(x) for x in m["to"])]
            r += ["Cc: " + "; ".join(addr(x) for x in m["cc"])] if m.get("cc") else []
            return "\n".join(r + [f"Subject: {s}", ""]) + "\n"
        if kind == "yahoo-forward":
            r = ["----- Forwarded Message -----", f"From: {frm}", f"To: {to}"] + ([f"Cc: {cc}"] if cc else [])
            r += [f"Sent: {d:%A}, {d:%B} {d.day}, {d.year} at {d:%I:%M:%S %p} {d.tzname()}", f"Subject: {s}", ""]
            return "\n".join(r) + "\n"
        if kind == "apple-forward":
            r = ["Begin forwarded message:", "", f"From: {frm}", f"Subject: {s}",
                 f"Date: {d:%B} {d.day}, {d.year} at {d.strftime('%I:%M:%S %p').lstrip('0')} {d.tzname()}", f"To: {to}"]
            r += [f"Cc: {cc}"] if cc else []
            return "\n".join(r) + "\n\n"
        if kind == "thunderbird-forward":
            r = ["-------- Forwarded Message --------", f"Subject: \t{s}", f"Date: \t{format_datetime(d)}",
                 f"From: \t{frm}", f"To: \t{to}"] + ([f"CC: \t{cc}"] if cc else [])
            return "\n".join(r) + "\n\n\n"
        raise ValueError(kind)

    def arrived(self, k):
        m = self.m[k]
        kind = m["arrival"]
        if kind in ("direct", "bcc-self"):
            return self.original(k), m["mid"], m["dt"]
        fwd_by = m.get("fwd_by", "dad")
        client = {"gmail-forward": "gmail", "attachment-forward": "gmail", "outlook-forward": "outlook-work",
                  "yahoo-forward": "yahoo", "apple-forward": "iphone", "thunderbird-forward": "thunderbird"}[kind]
        sender = {"outlook-forward": "dadwork"}.get(kind, fwd_by)
        w = when(m["fwd"])
        assert w > m["dt"], k
        fid = msgid(k + "#fwd", client)
        em = EmailMessage(policy=default)
        em["From"] = addr(sender)
        em["To"] = S.TRAIL
        em["Subject"] = ("FW: " if kind == "outlook-forward" else "Fwd: ") + m["subj"]
        em["Date"] = format_datetime(w)
        em["Message-ID"] = fid
        em["MIME-Version"] = "1.0"
        note = m.get("note", "")
        if kind == "attachment-forward":
            em.set_content(note or " ", charset="utf-8")
            em.add_attachment(self.original(k), filename=re.sub(r"[^\w .-]", "_", m["subj"]) + ".eml")
            return em, fid, w
        tail = "\n\nSent from my iPhone" if kind == "apple-forward" else ""
        if kind == "outlook-forward":
            tail = "\n\n" + S.SIGS["dadwork"]
        text = ((note + tail).lstrip("\n") + "\n\n" if note or tail else "") + self.block(m, kind) + self.text(k)
        em.set_content(text, charset="utf-8", cte="quoted-printable")
        for name, t in m.get("atts", []):
            em.add_attachment(t.encode(), maintype="text", subtype="plain", filename=name)
        return em, fid, w

    def build(self, out):
        out = Path(out)
        box = out / "mailbox"
        box.mkdir(parents=True, exist_ok=True)
        for f in box.glob("*.eml"):
            f.unlink()
        arr = []
        for k, m in self.m.items():
            if m["arrival"] != "not-forwarded":
                em, src, w = self.arrived(k)
                arr.append((w, k, em, src))
        arr.sort(key=lambda a: a[0])
        assert len({a[0] for a in arr}) == len(arr), "two arrivals in the same minute"
        info = {}
        for n, (w, k, em, src) in enumerate(arr, 1):
            for i, part in enumerate(em.walk()):
                if part.get_content_maintype() == "multipart":
                    part.set_boundary(f"=_b{h(k, str(i), n=24)}")
            name = f"{n:04d}.eml"
            (box / name).write_bytes(f"Delivered-To: {S.TRAIL}\n".encode()
                                     + em.as_bytes(policy=SMTP.clone(linesep="\n", max_line_length=998)))
            info[k] = {"file": name, "src": src}
        g = self.gold(arr, info)
        (out / "gold.json").write_text(json.dumps(g, indent=1, ensure_ascii=False) + "\n")
        return g

    def gold(self, arr, info):
        cid, rid = {}, {}
        for k in sorted(self.m, key=lambda k: self.m[k]["dt"]):
            if self.m[k]["arrival"] == "not-forwarded":
                continue
            L = self.m[k].get("L", {})
            for c in L.get("c", []):
                cid[c[0]] = f"C{len(cid) + 1}"
            for r in L.get("r", []):
                rid[r[0]] = f"R{len(rid) + 1}"
        ful, ans = {}, {}
        for _, k, _, _ in arr:
            L = self.m[k].get("L", {})
            for c in L.get("f", []):
                assert c in cid, (k, c)
                ful.setdefault(c, []).append(k)
            for r in L.get("a", []):
                assert r in rid, (k, r)
                ans.setdefault(r, []).append(k)
        rows, coms, reqs, missed = [], [], [], []
        for _, k, _, src in arr:
            m = self.m[k]
            L = m.get("L", {})
            p = person(m["frm"])
            for t in L.get("t", []) + L.get("at", []):
                assert t in TOPICS, (k, t)
            lab = {"topics": L.get("t", []), "students": [] if m.get("nostu") else S.STUDENTS,
                   "commitments": [{"id": cid[c[0]], "by": person(c[1])["email"], "what": c[2], "quote": c[3], "due": c[4]}
                                   for c in L.get("c", [])],
                   "fulfills": [cid[c] for c in L.get("f", [])],
                   "requests": [{"id": rid[r[0]], "by": person(r[1])["email"], "quote": r[2]} for r in L.get("r", [])],
                   "answers": [rid[r] for r in L.get("a", [])],
                   "missed_services": [{"topic": t, "date": d, "minutes": n} for t, d, n in L.get("ms", [])]}
            if L.get("at"):
                lab["attachment_topics"] = L["at"]
            rows.append({"file": info[k]["file"], "id": k, "thread": m["thread"], "arrival": m["arrival"],
                         "source_message_id": src, "role": p["role"],
                         "original": {"from_name": p["name"], "from_email": p["email"], "date": m["dt"].isoformat(),
                                      "subject": m["subj"], "message_id": m["mid"]},
                         "auto_reply": bool(m.get("auto_reply")), "labels": lab})
            for c in L.get("c", []):
                by = sorted(ful.get(c[0], []), key=lambda x: self.m[x]["dt"])
                if by:
                    st = "fulfilled"
                elif c[4]:
                    st = "overdue" if dt.date.fromisoformat(c[4]) < AS_OF else "open"
                else:
                    age = (AS_OF - m["dt"].date()).days
                    assert age > 21 or age < 2, (c[0], age)
                    st = "overdue" if age > 21 else "open"
                coms.append({"id": cid[c[0]], "message": k, "source_message_id": src, "sent": m["dt"].isoformat(),
                             "by": person(c[1])["email"], "what": c[2], "quote": c[3], "due": c[4],
                             "fulfilled_by": [info[x]["src"] for x in by], "fulfilled_by_ids": by,
                             "first_fulfilled": self.m[by[0]]["dt"].isoformat() if by else None, "status_as_of": st})
            for r in L.get("r", []):
                by = sorted(ans.get(r[0], []), key=lambda x: self.m[x]["dt"])
                reqs.append({"id": rid[r[0]], "message": k, "source_message_id": src, "by": person(r[1])["email"],
                             "quote": r[2], "answered_by": [info[x]["src"] for x in by], "answered_by_ids": by,
                             "status_as_of": "answered" if by else "unanswered"})
            for t, d, n in L.get("ms", []):
                missed.append({"topic": t, "date": d, "minutes": n, "message": k, "source_message_id": src})
        coms.sort(key=lambda c: int(c["id"][1:]))
        reqs.sort(key=lambda r: int(r["id"][1:]))
        queries = [{"q": q, "topic": t, "expect": sorted(r["source_message_id"] for r in rows if t in r["labels"]["topics"])}
                   for q, t in S.QUERIES]
        return {"corpus": S.CORPUS, "as_of": S.AS_OF, "timezone": S.TIMEZONE, "user": S.USER, "trail_address": S.TRAIL,
                "students": S.STUDENTS, "messages": rows, "commitments": coms, "requests": reqs,
                "missed_services": missed, "queries": queries}


if __name__ == "__main__":
    g = Corpus().build(sys.argv[1] if len(sys.argv) > 1 else HERE)
    st = lambda xs: dict(sorted(__import__("collections").Counter(x["status_as_of"] for x in xs).items()))  # noqa
    print(f"{len(g['messages'])} emails, {len({r['thread'] for r in g['messages']})} threads, "
          f"commitments {len(g['commitments'])} {st(g['commitments'])}, requests {len(g['requests'])} {st(g['requests'])}, "
          f"{len(g['missed_services'])} missed rows, {len(g['queries'])} queries")
