#!/usr/bin/env python3
"""Deterministic generator for the Fairbanks corpus.

    python3 build.py OUTDIR     -> OUTDIR/mailbox/NNNN.eml and OUTDIR/gold.json

Standard library only. All content lives in source.py.
"""
import base64
import datetime as dt
import hashlib
import html
import json
import os
import quopri
import sys
from email.utils import formataddr

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import source as S  # noqa: E402

TZINFO = dt.timezone(dt.timedelta(hours=-7))
TZNAME = "MST"
FWD_BY = {"gmail-forward": "wade", "attachment-forward": "wade", "apple-forward": "wade_ios",
          "thunderbird-forward": "wade_old", "outlook-forward": "renata", "yahoo-forward": "june"}
FWD_PREFIX = {"gmail": "Fwd: ", "ios": "Fwd: ", "thunderbird": "Fwd: ", "outlookcom": "FW: ",
              "yahoo": "Fw: "}
ARRIVALS = ["direct", "bcc-self", "gmail-forward", "outlook-forward", "apple-forward",
            "thunderbird-forward", "yahoo-forward", "attachment-forward"]


# ------------------------------------------------------------------ helpers
def H(*parts, n=64):
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:n]


def parse(s):
    d = dt.datetime.fromisoformat(s)
    if d.tzinfo is None:
        d = d.replace(tzinfo=TZINFO)
    return d


def iso(d):
    return d.isoformat()


def hour12(d, secs=False, pad=False):
    h = d.hour % 12 or 12
    hs = ("%02d" % h) if pad else str(h)
    s = "%s:%02d" % (hs, d.minute)
    if secs:
        s += ":%02d" % d.second
    return s + (" AM" if d.hour < 12 else " PM")


def rfc(d):
    return d.strftime("%a, %d %b %Y %H:%M:%S -0700")


def fmt_gmail(d):      # Tue, Jan 13, 2026 at 7:40 PM
    return "%s, %s %d, %d at %s" % (d.strftime("%a"), d.strftime("%b"), d.day, d.year, hour12(d))


def fmt_outlook(d):    # Tuesday, January 13, 2026 7:40 PM
    return "%s, %s %d, %d %s" % (d.strftime("%A"), d.strftime("%B"), d.day, d.year, hour12(d))


def fmt_apple(d):      # January 13, 2026 at 7:40:00 PM MST
    return "%s %d, %d at %s %s" % (d.strftime("%B"), d.day, d.year, hour12(d, secs=True), TZNAME)


def fmt_tbird(d):      # Tue, 13 Jan 2026 19:40:00 -0700
    return "%s, %d %s %d %s -0700" % (d.strftime("%a"), d.day, d.strftime("%b"), d.year, d.strftime("%H:%M:%S"))


def fmt_yahoo(d):      # Tuesday, January 13, 2026, 07:40:00 PM MST
    return "%s, %s %d, %d, %s %s" % (d.strftime("%A"), d.strftime("%B"), d.day, d.year,
                                     hour12(d, secs=True, pad=True), TZNAME)


def fmt_ios_attr(d):   # Jan 13, 2026, at 7:40 PM
    return "%s %d, %d, at %s" % (d.strftime("%b"), d.day, d.year, hour12(d))


def fmt_yahoo_attr(d):  # Tuesday, January 13, 2026 at 07:40:00 PM MST
    return "%s, %s %d, %d at %s %s" % (d.strftime("%A"), d.strftime("%B"), d.day, d.year,
                                       hour12(d, secs=True, pad=True), TZNAME)


def person(k):
    return S.P[k]


def disp(k):
    name, email = S.P[k][0], S.P[k][1]
    return "%s <%s>" % (name, email) if name else email


def hdr_addr(k):
    name, email = S.P[k][0], S.P[k][1]
    return formataddr((name, email), "utf-8") if name else email


def fold_list(items, first_len):
    out, line = "", first_len
    for i, it in enumerate(items):
        piece = it + ("," if i < len(items) - 1 else "")
        if i and line + len(piece) + 1 > 76:
            out += "\n " + piece
            line = 1 + len(piece)
        else:
            out += (" " if i else "") + piece
            line += len(piece) + 1
    return out


def msgid(kind, key):
    h = H(kind, key)
    if kind == "gmail":
        return "<CA+%s%s@mail.gmail.com>" % (h[:22].upper(), h[22:40])
    if kind == "ios":
        u = h[:32].upper()
        return "<%s-%s-%s-%s-%s@gmail.com>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32])
    if kind in ("m365", "ios_school"):
        u = h[:32].upper()
        return "<%s@BY5PR07MB%s.namprd07.prod.outlook.com>" % (u, str(int(h[32:38], 16) % 9000 + 1000))
    if kind == "outlookcom":
        u = h[:32].upper()
        return "<%s@SJ0PR12MB%s.namprd12.prod.outlook.com>" % (u, str(int(h[32:38], 16) % 9000 + 1000))
    if kind == "yahoo":
        return "<%d.%d.%d@mail.yahoo.com>" % (int(h[:8], 16) % 10 ** 9, int(h[8:14], 16) % 10 ** 7,
                                             1767225600000 + int(h[14:22], 16) % 10 ** 10)
    if kind == "thunderbird":
        return "<%s-%s-%s-%s-%s@desertlink.example.net>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])
    if kind == "news":
        return "<%s.%d@notify.campuscall.example.com>" % (h[:20], int(h[20:28], 16))
    dom = key.split("@")[-1] if "@" in key else "example.org"
    return "<%s.%s@%s>" % (h[:16], h[16:24], dom)


# ------------------------------------------------------------------ model
class M:
    pass


def load():
    msgs, byid, thread_of = [], {}, {}
    for t in S.THREADS:
        for raw in t["messages"]:
            m = M()
            m.raw = raw
            m.sid = raw["id"]
            m.tid = t["id"]
            m.tsubject = t["subject"]
            m.sender = raw["from"]
            m.name, m.email, m.role, m.client = person(m.sender)
            m.date = parse(raw["date"])
            m.arrival = raw["arrival"]
            m.reply_to = raw.get("reply_to")
            m.quote = raw.get("quote", bool(m.reply_to))
            m.auto = raw.get("auto_reply", False)
            m.atts = raw.get("attachments", [])
            m.html = raw.get("html", False) or m.arrival == "gmail-forward"
            fb = raw.get("forwarder") or FWD_BY.get(m.arrival)
            m.forwarder = fb
            if m.arrival in FWD_BY:
                m.fwd_at = parse(raw["forwarded_at"]) if raw.get("forwarded_at") else m.date + dt.timedelta(hours=3)
            else:
                m.fwd_at = None
            m.arrived = m.fwd_at or m.date
            msgs.append(m)
            byid[m.sid] = m
    # original ids and subjects
    for m in msgs:
        m.mid = msgid(m.client if m.client != "other" else "other", m.sid + "@" + m.email)
    for m in msgs:
        if m.raw.get("subject"):
            m.subject = m.raw["subject"]
        elif m.reply_to:
            pre = "RE: " if m.client in ("m365", "outlookcom") else "Re: "
            m.subject = pre + m.tsubject
        else:
            m.subject = m.tsubject
        chain, p = [], m.reply_to
        while p:
            chain.insert(0, byid[p].mid)
            p = byid[p].reply_to
        m.refs = chain
    msgs.sort(key=lambda x: (x.arrived, x.sid))
    # renumber threads / messages / commitments / requests in arrival order
    tmap, counts = {}, {}
    for m in msgs:
        if m.tid not in tmap:
            tmap[m.tid] = "T%d" % (len(tmap) + 1)
    order_in_thread = {}
    for m in sorted(msgs, key=lambda x: (x.date, x.sid)):
        nt = tmap[m.tid]
        counts[nt] = counts.get(nt, 0) + 1
        order_in_thread[m.sid] = "%s.%d" % (nt, counts[nt])
    cmap, rmap = {}, {}
    for m in msgs:
        for c in m.raw["labels"].get("commitments", []):
            cmap[c["id"]] = "C%d" % (len(cmap) + 1)
        for r in m.raw["labels"].get("requests", []):
            rmap[r["id"]] = "R%d" % (len(rmap) + 1)
    for i, m in enumerate(msgs):
        m.file = "%04d.eml" % (i + 1)
        m.thread = tmap[m.tid]
        m.gid = order_in_thread[m.sid]
    return msgs, byid, cmap, rmap


# ------------------------------------------------------------------ text rendering
def sig_text(m):
    k = m.raw.get("signature")
    return S.SIG[k] if k else ""


def quote_lines(text):
    return "".join(("> " + ln if ln else ">") + "\n" for ln in text.rstrip("\n").split("\n"))


def recips(keys, sep=", "):
    return sep.join(disp(k) for k in keys)


def full_text(m, byid, memo={}):
    if m.sid in memo:
        return memo[m.sid]
    t = m.raw["body"]
    sig = sig_text(m)
    if sig:
        t += ("" if t.endswith(",\n") else "\n") + sig + "\n"
    if m.reply_to and m.quote:
        p = byid[m.reply_to]
        pt = full_text(p, byid)
        if m.client in ("m365", "outlookcom"):
            t += "\n________________________________\n"
            t += "From: %s\nSent: %s\nTo: %s\n" % (disp(p.sender), fmt_outlook(p.date), recips(p.raw["to"], "; "))
            if p.raw.get("cc"):
                t += "Cc: %s\n" % recips(p.raw["cc"], "; ")
            t += "Subject: %s\n\n%s" % (p.subject, pt)
        elif m.client in ("ios", "ios_school"):
            t += "\nOn %s, %s wrote:\n\n%s" % (fmt_ios_attr(p.date), disp(p.sender), quote_lines(pt))
        elif m.client == "yahoo":
            t += "\nOn %s, %s wrote:\n\n%s" % (fmt_yahoo_attr(p.date), disp(p.sender), quote_lines(pt))
        else:
            t += "\nOn %s %s wrote:\n\n%s" % (fmt_gmail(p.date), disp(p.sender), quote_lines(pt))
    memo[m.sid] = t
    return t


def fwd_block(m, fclient, byid):
    ft = full_text(m, byid)
    to = m.raw["to"]
    cc = m.raw.get("cc", [])
    if fclient == "gmail":
        b = "---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n" % (
            disp(m.sender), fmt_gmail(m.date), m.subject, recips(to))
        if cc:
            b += "Cc: %s\n" % recips(cc)
        return b + "\n\n" + ft
    if fclient == "outlookcom":
        b = "________________________________\nFrom: %s\nSent: %s\nTo: %s\n" % (
            disp(m.sender), fmt_outlook(m.date), recips(to, "; "))
        if cc:
            b += "Cc: %s\n" % recips(cc, "; ")
        return b + "Subject: %s\n\n" % m.subject + ft
    if fclient == "ios":
        b = "Begin forwarded message:\n\nFrom: %s\nSubject: %s\nDate: %s\nTo: %s\n" % (
            disp(m.sender), m.subject, fmt_apple(m.date), recips(to))
        if cc:
            b += "Cc: %s\n" % recips(cc)
        return b + "\n" + ft
    if fclient == "thunderbird":
        b = "-------- Forwarded Message --------\nSubject: \t%s\nDate: \t%s\nFrom: \t%s\nTo: \t%s\n" % (
            m.subject, fmt_tbird(m.date), disp(m.sender), recips(to))
        if cc:
            b += "CC: \t%s\n" % recips(cc)
        return b + "\n\n\n" + ft
    if fclient == "yahoo":
        b = "----- Forwarded Message -----\nFrom: %s\nTo: %s\n" % (disp(m.sender), recips(to))
        if cc:
            b += "Cc: %s\n" % recips(cc)
        return b + "Sent: %s\nSubject: %s\n\n" % (fmt_yahoo(m.date), m.subject) + ft
    raise ValueError(fclient)


# ------------------------------------------------------------------ MIME
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def text_part(text):
    return ('Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n'
            + qp(text) + ("" if text.endswith("\n") else "\n"))


def html_of(text, quote_from=None):
    esc = html.escape(text).replace("\n", "<br>\n")
    return '<html><body><div dir="ltr">' + esc + "</div></body></html>\n"


def html_part(text):
    return ('Content-Type: text/html; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n'
            + qp(html_of(text)))


def pdf_bytes(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT\n/F1 10 Tf\n40 750 Td\n13 TL\n" + "".join("(%s) Tj T*\n" % esc(l) for l in lines) + "ET\n"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            "/Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length %d >>\nstream\n%sendstream" % (len(stream.encode("latin-1")), stream),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i + 1, o)).encode("latin-1")
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)).encode()
    return out


def att_part(a):
    data = base64.encodebytes(pdf_bytes(a["text"])).decode("ascii")
    return ('Content-Type: %s; name="%s"\nContent-Disposition: attachment; filename="%s"\n'
            'Content-Transfer-Encoding: base64\n\n%s' % (a["type"], a["name"], a["name"], data))


def multipart(sub, parts, boundary):
    h = 'Content-Type: multipart/%s;\n boundary="%s"\n\n' % (sub, boundary)
    b = "".join("--%s\n%s\n" % (boundary, p.rstrip("\n") + "\n") for p in parts)
    return h + b + "--%s--\n" % boundary


def body_entity(text, atts, want_html, key):
    if want_html:
        core = multipart("alternative", [text_part(text), html_part(text)], "=_alt_" + H(key, "alt", n=24))
    else:
        core = text_part(text)
    if atts:
        return multipart("mixed", [core] + [att_part(a) for a in atts], "=_mix_" + H(key, "mix", n=24))
    return core


def headers(pairs):
    out = ""
    for k, v in pairs:
        if v is None:
            continue
        out += "%s: %s\n" % (k, v)
    return out


def orig_headers(m, extra=()):
    pairs = [("From", hdr_addr(m.sender)),
             ("To", fold_list([hdr_addr(k) for k in m.raw["to"]], 4))]
    if m.raw.get("cc"):
        pairs.append(("Cc", fold_list([hdr_addr(k) for k in m.raw["cc"]], 4)))
    pairs += [("Subject", m.subject), ("Date", rfc(m.date)), ("Message-ID", m.mid)]
    if m.refs:
        pairs.append(("In-Reply-To", m.refs[-1]))
        pairs.append(("References", fold_list(m.refs, 12)))
    if m.auto:
        pairs.append(("Auto-Submitted", "auto-replied"))
        pairs.append(("X-Auto-Response-Suppress", "All"))
    pairs.append(("MIME-Version", "1.0"))
    pairs += list(extra)
    return headers(pairs)


def render(m, byid):
    full = full_text(m, byid)
    if m.arrival in ("direct", "bcc-self"):
        ent = body_entity(full, m.atts, m.html, m.sid)
        hd = orig_headers(m)
        hd += "Delivered-To: %s\nX-Original-To: %s\n" % (S.TRAIL, S.TRAIL)
        m.src_mid = m.mid
        return hd + ent
    fk = m.forwarder
    fname, femail, _, fclient = person(fk)
    note = m.raw.get("forward_note", "")
    m.src_mid = msgid(fclient, "fwd:" + m.sid)
    if m.arrival == "attachment-forward":
        inner = orig_headers(m) + body_entity(full, m.atts, False, m.sid + "inner")
        notepart = text_part(note + "\n" if note else "\n")
        rfcpart = ('Content-Type: message/rfc822\nContent-Disposition: attachment;\n filename="%s.eml"\n\n'
                   % m.subject.replace('"', "")) + inner
        ent = multipart("mixed", [notepart, rfcpart], "=_fwd_" + H(m.sid, "fwd", n=24))
        subj = "Fwd: " + m.subject
    else:
        block = fwd_block(m, fclient, byid)
        if fclient == "ios":
            text = (note + "\n\n" if note else "") + "Sent from my iPhone\n\n" + block
        elif fclient == "thunderbird":
            text = (note + "\n\n" if note else "\n") + block
        else:
            text = (note + "\n\n" if note else "\n") + block
        ent = body_entity(text, m.atts, fclient == "gmail", m.sid + "fwd")
        subj = FWD_PREFIX[fclient] + m.subject
    hd = headers([("From", hdr_addr(fk)), ("To", S.TRAIL), ("Subject", subj), ("Date", rfc(m.fwd_at)),
                  ("Message-ID", m.src_mid), ("MIME-Version", "1.0")])
    return hd + ent


# ------------------------------------------------------------------ gold
def status_commit(due, sent, first_fulfilled, as_of):
    if first_fulfilled and first_fulfilled[:10] <= as_of:
        return "fulfilled"
    a = dt.date.fromisoformat(as_of)
    if due:
        return "overdue" if dt.date.fromisoformat(due) < a else "open"
    age = (a - dt.date.fromisoformat(sent[:10])).days
    if age > 21:
        return "overdue"
    if age < 2:
        return "open"
    raise ValueError("undated promise of ambiguous age: %s" % sent)


def build(out):
    msgs, byid, cmap, rmap = load()
    os.makedirs(os.path.join(out, "mailbox"), exist_ok=True)
    for m in msgs:
        data = render(m, byid)
        with open(os.path.join(out, "mailbox", m.file), "w", encoding="utf-8", newline="\n") as f:
            f.write(data)
    gm, commits, reqs, missed = [], [], [], []
    cinfo, rinfo = {}, {}
    for m in msgs:
        L = m.raw["labels"]
        lab = {"topics": list(L.get("topics", []))}
        if "attachment_topics" in L:
            lab["attachment_topics"] = list(L["attachment_topics"])
        lab["commitments"] = []
        for c in L.get("commitments", []):
            by = S.P[c["by"]][1] if c.get("by") else m.email
            row = {"id": cmap[c["id"]], "by": by, "what": c["what"], "quote": c["quote"], "due": c["due"]}
            lab["commitments"].append(row)
            cinfo[c["id"]] = (m, row)
        lab["fulfills"] = [cmap[x] for x in L.get("fulfills", [])]
        lab["requests"] = []
        for r in L.get("requests", []):
            row = {"id": rmap[r["id"]], "by": m.email, "quote": r["quote"]}
            lab["requests"].append(row)
            rinfo[r["id"]] = (m, row)
        lab["answers"] = [rmap[x] for x in L.get("answers", [])]
        lab["missed_services"] = [dict(x) for x in L.get("missed_services", [])]
        gm.append({"file": m.file, "id": m.gid, "thread": m.thread, "arrival": m.arrival,
                   "arrived_at": iso(m.arrived), "source_message_id": m.src_mid, "role": m.role,
                   "original": {"from_name": m.name, "from_email": m.email, "date": iso(m.date),
                                "subject": m.subject, "message_id": m.mid},
                   "auto_reply": m.auto, "labels": lab})
        for x in lab["missed_services"]:
            missed.append({"topic": x["topic"], "date": x["date"], "minutes": x["minutes"],
                           "message": m.gid, "source_message_id": m.src_mid})
    for old, new in sorted(cmap.items(), key=lambda kv: int(kv[1][1:])):
        m, row = cinfo[old]
        ful = [x for x in msgs if old in x.raw["labels"].get("fulfills", [])]
        ful.sort(key=lambda x: x.date)
        first = iso(ful[0].date) if ful else None
        commits.append({"id": new, "message": m.gid, "source_message_id": m.src_mid, "sent": iso(m.date),
                        "by": row["by"], "by_role": S.P[[k for k in S.P if S.P[k][1] == row["by"]][0]][2],
                        "what": row["what"], "quote": row["quote"], "due": row["due"],
                        "fulfilled_by": [x.src_mid for x in ful], "fulfilled_by_ids": [x.gid for x in ful],
                        "first_fulfilled": first,
                        "status_as_of": status_commit(row["due"], iso(m.date), first, S.AS_OF)})
    for old, new in sorted(rmap.items(), key=lambda kv: int(kv[1][1:])):
        m, row = rinfo[old]
        ans = [x for x in msgs if old in x.raw["labels"].get("answers", [])]
        ans.sort(key=lambda x: x.date)
        reqs.append({"id": new, "message": m.gid, "source_message_id": m.src_mid, "by": row["by"],
                     "quote": row["quote"], "answered_by_ids": [x.gid for x in ans],
                     "answered_by": [x.src_mid for x in ans],
                     "status_as_of": "answered" if ans else "unanswered"})
    queries = []
    for q, topic in S.QUERIES:
        exp = sorted(g["source_message_id"] for g in gm if topic in g["labels"]["topics"])
        queries.append({"q": q, "topic": topic, "expect": exp})
    gold = {"corpus": S.CORPUS, "as_of": S.AS_OF, "timezone": S.TIMEZONE, "user": S.USER,
            "trail_address": S.TRAIL, "students": S.STUDENTS, "messages": gm, "commitments": commits,
            "requests": reqs, "missed_services": missed, "queries": queries}
    with open(os.path.join(out, "gold.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(gold, f, indent=1, ensure_ascii=False)
        f.write("\n")
    return gold


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python3 build.py OUTDIR")
    g = build(sys.argv[1])
    print("%d messages, %d commitments, %d requests, %d missed rows, %d queries" % (
        len(g["messages"]), len(g["commitments"]), len(g["requests"]), len(g["missed_services"]),
        len(g["queries"])))
