"""Find the forward block a mail client wrote into a body, and read its header lines.

Gmail, Thunderbird, Yahoo ("---- Forwarded message ----" in their spellings), Apple Mail
("Begin forwarded message:", header lines quoted with "> " or not), Outlook desktop/web (a line
of underscores or "-----Original Message-----" over From/Sent/To/Subject) and "new Outlook"
(the From/Sent block alone). Labels are recognised in the languages these clients ship.

The FIRST block is the one the user made; blocks further down belong to the forwarded
message's own quoted history and are left to body splitting. (email-forward-parser takes the
last block, which picks the oldest quoted reply when a school reply is forwarded.)
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

# Labels a client writes in a forward/reply header block, per canonical field.
LABELS: dict[str, tuple[str, ...]] = {
    "from": ("from", "von", "de", "de la", "da", "van", "fra", "från", "od", "lähettäjä", "kimden", "gönderen",
             "от", "от кого", "отправитель", "від", "від кого", "feladó", "mittente", "expéditeur", "expeditorul",
             "remitente", "afzender", "nadawca", "odesílatel", "šalje", "saatja", "送信元", "差出人", "发件人"),
    "date": ("date", "sent", "datum", "gesendet", "envoyé", "enviado", "enviada", "enviado el", "enviado em", "enviada em",
             "fecha", "data", "inviato",
             "verzonden", "sendt", "skickat", "lähetetty", "päivämäärä", "päiväys", "gönderildi", "tarih",
             "отправлено", "дата", "надіслано", "odesláno", "wysłano", "dátum", "elküldve", "dato", "poslano",
             "trimis", "dată", "kuupäev", "日付", "送信日時", "日期"),
    "to": ("to", "an", "à", "a", "para", "aan", "til", "till", "komu", "do", "vastaanottaja", "kime", "кому",
           "címzett", "pentru", "către", "destinatarul", "adresat", "prima", "pre", "saaja", "送信先", "宛先",
           "收件人"),
    "cc": ("cc", "kopie", "copie", "kopia", "kópia", "kopio", "másolat", "копия", "копія", "bilgi",
           "kopi", "cco", "cci", "copia", "koopia", "抄送"),
    "subject": ("subject", "betreff", "objet", "asunto", "oggetto", "onderwerp", "emne", "ämne",
                "předmět", "temat", "aihe", "konu", "тема", "tárgy", "assunto", "subiect", "subiectul",
                "predmet", "naslov", "sujet", "teema", "件名", "主题"),
    "reply-to": ("reply-to", "antwort an", "répondre à", "responder a"),
}
_LABEL_TO_FIELD = {label: name for name, labels in LABELS.items() for label in labels}
_LABEL_PATTERN = "|".join(sorted((re.escape(label) for label in _LABEL_TO_FIELD), key=len, reverse=True))
# "**From:** x", "From : x": the optional stars and spaces are taken possessively, so a line of
# a label and a million spaces costs one pass, not one per split of the spaces.
_HEADER_LINE = re.compile(rf"^\**+\s*+({_LABEL_PATTERN})\s*+(?:\*++\s*+)?[:：]\s*+(?:\*++\s*+)?(.*)$", re.I)
# Yahoo writes the whole header block on one line: "From: A <a@x>To: b@y Sent: … Subject: …"
_RUN_TOGETHER = re.compile(rf"(?<=\S)(?<!mail)\s*({_LABEL_PATTERN})\s*:\s*", re.I)

_DASHED_MARKER = re.compile(
    r"^\s*[-=_]{2,}\s*(?P<label>forwarded message|forwarded conversation|original message|"
    r"weitergeleitete nachricht|ursprüngliche nachricht|message transféré|message d'origine|"
    r"mensaje reenviado|mensaje original|messaggio inoltrato|messaggio originale|doorgestuurd bericht|"
    r"oorspronkelijk bericht|mensagem encaminhada|mensagem original|mensagem reencaminhada|"
    r"videresendt meddelelse|videresendt melding|vidarebefordrat meddelande|välitetty viesti|"
    r"przekazana wiadomość|wiadomość przekazana|přeposlaná zpráva|preposlaná správa|továbbított üzenet|"
    r"iletilmiş ileti|iletilen mesaj|пересланное сообщение|переслане повідомлення|mesaj redirecționat|"
    r"proslijeđena poruka|edastatud kiri|転送されたメッセージ)\s*[-=_]{2,}\s*$",
    re.I,
)
# Any other caption between dashes ("-------- Mesaj redirecționat --------"): accepted only when
# a From line follows, since plain text uses such lines too.
_CAPTION_MARKER = re.compile(r"^\s*+-{2,}+\s*+(?P<label>[^-:]{3,60}+)\s*+-{2,}+(?:\s*+(?P<rest>\S.*))?$")
# A short line ending in a colon ("Începe mesajul redirecționat:"), Apple-style, in any language.
_CAPTION_COLON = re.compile(r"^\s*[^:：]{3,60}[:：]\s*$")
_APPLE_MARKER = re.compile(
    r"^\s*(begin forwarded message|anfang der weitergeleiteten nachricht|début du message réexpédié|"
    r"inicio del mensaje reenviado|inizio messaggio inoltrato|begin doorgestuurd bericht|"
    r"início da mensagem reencaminhada|mensagem encaminhada|videresendt besked|videresendt melding|"
    r"vidarebefordrat mejl|välitetty viesti alkaa|początek przekazywanej wiadomości|"
    r"začátek přeposlané zprávy|začiatok preposlanej správy|továbbított levél kezdete|"
    r"iletilen e-posta başlangıcı|начало переадресованного сообщения|початок листа, що пересилається|"
    r"începutul mesajului redirecționat|početak proslijeđene poruke|forwarded message)\s*:\s*$",
    re.I,
)
_UNDERSCORES = re.compile(r"^\s*_{10,}\s*$")
MAX_FIELD_CHARS = 64 * 1024  # a forward header line is read this far (a hostile line can be megabytes)


@dataclass(frozen=True)
class ForwardBlock:
    format: str  # gmail | thunderbird | yahoo | apple | outlook | original-message
    note: str  # what the forwarder wrote above the block
    headers: dict[str, str] = field(default_factory=dict)  # from, date, to, cc, subject, reply-to
    body: str = ""  # the forwarded message's text


def _unquote(line: str) -> str:
    return re.sub(r"^\s*>\s?", "", line, count=1)


def _marker_format(match: re.Match, line: str) -> str:
    label = match.group("label").lower()
    if "original" in label:
        return "original-message"
    dashes = len(line.strip()) - len(line.strip().lstrip("-"))
    if label == "forwarded message" and match.group("label") == "Forwarded message":
        return "gmail"
    if dashes >= 8:
        return "thunderbird"
    if dashes >= 5:
        return "yahoo"
    return "forward"


def _read_header_block(lines: list[str], start: int) -> tuple[dict[str, str], int, bool] | None:
    """Header fields from lines[start:]; returns (fields, index after the block, quoted?)."""
    fields: dict[str, str] = {}
    index = start
    blanks = 0
    quoted = False
    last_field: str | None = None
    while index < len(lines):
        raw = lines[index]
        if index == start or not fields:
            quoted = raw.lstrip().startswith(">")
        line = _unquote(raw) if quoted and raw.lstrip().startswith(">") else raw
        line = line.replace("\t", " ").strip()
        if not line:
            if fields:
                break
            blanks += 1
            if blanks > 2:
                return None
            index += 1
            continue
        match = _HEADER_LINE.match(line)
        if match:
            name = _LABEL_TO_FIELD[match.group(1).lower()]
            value = match.group(2).strip().strip("*").strip()
            if name == "from" and len(_RUN_TOGETHER.findall(value)) >= 2:  # Yahoo: all on one line
                parts = _RUN_TOGETHER.split(value)
                fields.setdefault("from", parts[0].strip())
                for label, part in zip(parts[1::2], parts[2::2]):
                    fields.setdefault(_LABEL_TO_FIELD[label.lower()], part.strip())
                last_field = None
            elif name in fields:
                break  # a field seen twice: a new block started without a blank line
            else:
                fields[name] = value[:MAX_FIELD_CHARS]
                last_field = name
            index += 1
            continue
        if not fields:
            return None
        if last_field in ("to", "cc") and len(line) < 200 and ("@" in line or "," in line or ";" in line):
            fields[last_field] += " " + line  # a wrapped recipient list
            index += 1
            continue
        break
    if "from" not in fields:
        return None
    return fields, index, quoted


def _body_after(lines: list[str], index: int, quoted: bool) -> str:
    body_lines = lines[index:]
    if quoted:
        body_lines = [_unquote(line) if line.lstrip().startswith(">") else line for line in body_lines]
    return "\n".join(body_lines).strip("\n")


# An attribution line in any language: it names one address and ends with a colon
# ('On 28/10/2021 12:46, "John Doe" <j@x> wrote:', 'Am … schrieb "John Doe" <j@x>:', …).
_ATTRIBUTION_ADDRESS = re.compile(r"[<(]\s*+(?=[^<>()\s]+@[^<>()\s])(?P<email>[^<>()\s]++)\s*+[>)]")
_ATTRIBUTION_DATE = re.compile(
    r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?|"
    r"[A-Z][a-z]{2},? [A-Z][a-z]{2} \d{1,2},? \d{4},? (?:at )?\d{1,2}:\d{2}(?:\s*[AP]M)?|"
    # Apple Mail's month first without a weekday ("On Feb 10, 2026, at 5:05 PM, Jane Roe <j@x> wrote:")
    r"[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4},? (?:at )?\d{1,2}:\d{2}(?:\s*[AP]M)?|"
    # the day before the month, a short word or two before the time ("El mié, 21 oct 2026 a las 15:55",
    # "On Wed, 21 Oct 2026 at 15:55", "Am 21. Okt. 2026 um 15:55")
    r"(?:[A-Za-zÀ-ÿ]{2,4}\.?, )?\d{1,2}\.? [A-Za-zÀ-ÿ]{3,10}\.?,? \d{4},?(?: [a-zà-ÿ]{1,4}){0,2} \d{1,2}[:.]\d{2}"
    r"(?:\s*[AP]M)?", re.I)
_QUOTED_NAME = re.compile(r"[\"«„“](?P<name>[^\"«»„“”]++)[\"»”]\s*$")  # the name is stripped after
# Up to four capitalized words at the end; a word starts at a word boundary (the lookbehind), so a
# long run of letters is read once, not once from each of its capitals.
_CAPITALIZED_RUN = re.compile(r"(?<![\w'.-])((?:[A-ZÀ-Ý][\w'.-]*+\s++){0,3}[A-ZÀ-Ý][\w'.-]*+)\s*$")


def _parse_attribution(text: str) -> dict[str, str] | None:
    if not text.rstrip().endswith((":", "：")) or len(text) > 300:
        return None
    address = _ATTRIBUTION_ADDRESS.search(text)
    date = _ATTRIBUTION_DATE.search(text)
    if address is None or date is None:
        return None
    before = text[: address.start()].rstrip(" ,(")
    quoted = _QUOTED_NAME.search(before)
    if quoted:
        name = quoted.group("name").strip()
    else:
        run = _CAPITALIZED_RUN.search(before.replace(date.group(0), " "))
        name = run.group(1) if run else ""
    sender = f'"{name}" <{address.group("email")}>' if name else address.group("email")
    return {"from": sender, "date": date.group(0)}


def _split_marker_lines(lines: list[str]) -> list[str]:
    """Yahoo puts the header block on the marker's own line; give it a line of its own."""
    result = []
    for line in lines:
        match = _CAPTION_MARKER.match(line)
        if match and match.group("rest") and _HEADER_LINE.match(match.group("rest")):
            result.extend([line[: match.start("rest")].rstrip(), match.group("rest")])
        else:
            result.append(line)
    return result


def _attribution_block(lines: list[str], index: int, note: str) -> ForwardBlock | None:
    """Outlook 2019's reply-style forward: an attribution line, then the indented message."""
    joined, used = lines[index].strip(), 1
    fields = _parse_attribution(joined)
    while fields is None and used < 3 and index + used < len(lines) and lines[index + used].strip():
        joined += " " + lines[index + used].strip()
        used += 1
        fields = _parse_attribution(joined)
    if fields is None:
        return None
    body = [re.sub(r"^(?:    |\t|> ?)", "", line) for line in lines[index + used:]]
    return ForwardBlock("outlook-attribution", note, fields, "\n".join(body).strip("\n"))


def find_forward(text: str, *, subject_says_forward: bool) -> ForwardBlock | None:
    """The first forward block in `text`, or None.

    Markers that only a forward writes (Gmail/Apple/Thunderbird/Yahoo) count anywhere. A bare
    Outlook header block (underscores, -----Original Message-----, From/Sent at the top, or an
    "On … wrote:" attribution) looks exactly like a quoted reply, so it counts only when the
    subject says FW/Fwd. Captions in other languages count when a From line and a Date or
    Subject line follow them.
    """
    lines = _split_marker_lines(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    for index, raw in enumerate(lines):
        line = _unquote(raw).strip() if raw.lstrip().startswith(">") else raw.strip()
        if not line:
            continue
        kind: str | None = None
        start = index + 1
        strict = False  # a caption we do not know: demand a fuller header block
        dashed = _DASHED_MARKER.match(line)
        if dashed:
            kind = _marker_format(dashed, line)
            if kind == "original-message" and not subject_says_forward:
                kind = None
        elif _APPLE_MARKER.match(line):
            kind = "apple"
        elif _CAPTION_MARKER.match(line) or _CAPTION_COLON.match(line):
            kind, strict = "forward", True
        elif subject_says_forward and _UNDERSCORES.match(line):
            kind = "outlook"
        elif subject_says_forward and _HEADER_LINE.match(line):
            if _LABEL_TO_FIELD[_HEADER_LINE.match(line).group(1).lower()] == "from":
                kind, start = "outlook", index
        elif subject_says_forward and ("@" in line or (index + 1 < len(lines) and "@" in lines[index + 1])):
            block = _attribution_block(lines, index, "\n".join(lines[:index]).strip())
            if block is not None:
                return block
        if kind is None:
            continue
        block = _read_header_block(lines, start)
        if block is None:
            continue
        fields, after, quoted = block
        if strict and not ({"date", "subject"} & set(fields)):
            continue
        note = "\n".join(lines[:index]).strip()
        return ForwardBlock(kind, note, fields, _body_after(lines, after, quoted))
    return None


def quoted_header(quoted: str) -> dict[str, str]:
    """The header where a reply's quoted history begins ("On … Jane Roe <jroe@x> wrote:", or an
    Outlook header block): its fields as written (from, date, …); empty when it does not open with one."""
    block = find_forward(quoted[:MAX_FIELD_CHARS], subject_says_forward=True)
    return dict(block.headers) if block is not None and not block.note.strip() else {}


def quoted_sender(quoted: str) -> str | None:
    """The sender named where a reply's quoted history begins, as written; None when it does not open with one."""
    return quoted_header(quoted).get("from")


_FORWARD_PREFIX = re.compile(
    r"^\s*+(?:\[[^\]]*\]\s*+)?(fwd?|fw|tr|wg|rv|enc|i|vs|vl|vb|doorst|fs|pd|prd|прд|пересл|videresend|ilt|i̇lt|redir\.?"
    r"|転送|转发|轉寄|전달|fwd\s*+\d*+)\s*+[:：]\s*",
    re.I
)
# reply prefixes of clients in Brazilian Portuguese (RES), Chinese (答复, 回复, 回覆) and Korean (회신) too
_REPLY_PREFIX = re.compile(r"^\s*+(re|res|aw|sv|vs|antw|odp|ynt|отв|ha|rif|r|答复|回复|回覆|회신)\s*+(\[\d+\])?\s*+[:：]\s*",
                           re.I)
_AUTO_PREFIX = re.compile(
    r"^\s*(automatic reply|auto[- ]?reply|autoreply|out of (the )?office( reply)?|abwesenheitsnotiz|réponse automatique)\s*:\s*",
    re.I,
)


def subject_says_forward(subject: str | None) -> bool:
    return bool(subject and _FORWARD_PREFIX.match(subject))


def strip_forward_prefix(subject: str) -> str:
    """Remove the Fwd:/FW: the forwarder's client added (once per forward level)."""
    return _FORWARD_PREFIX.sub("", subject, count=1).strip()


def normalize_subject(subject: str | None) -> str:
    """Subject without any Re:/Fwd:/Automatic reply: prefixes, case- and space-folded; the thread key."""
    text = subject or ""
    while True:
        stripped = _AUTO_PREFIX.sub("", _FORWARD_PREFIX.sub("", _REPLY_PREFIX.sub("", text)))
        stripped = re.sub(r"^\s*\[(ext|external|extern)\]\s*", "", stripped, flags=re.I)
        if stripped == text:
            break
        text = stripped
    return " ".join(text.lower().split())


def is_auto_reply_subject(subject: str | None) -> bool:
    return bool(subject and _AUTO_PREFIX.match(subject))
