"""Where someone stands on the escalation ladder, from the title in their signature."""
from __future__ import annotations

import re

# Title words for each default rung; a configured ladder's own rung names are matched too.
_RUNG_WORDS = {
    "teacher": r"teacher|speech|language pathologist|slp|occupational therapist|physical therapist|\bot\b|\bpt\b|para|aide|"
               r"counselor|interventionist|therapist|diagnostician|psychologist|specialist|transportation|routing|driver|nurse",
    "case manager": r"case manager|case-manager|special education teacher|sped teacher|inclusion|resource teacher|team lead|chair",
    "administrator": r"principal|assistant principal|\bap\b|dean|administrator|head of school",
    "special-education director": r"director|coordinator of special education|special education coordinator|"
                                  r"executive director|department of special education|student services",
    "advocacy group / state complaint": r"advocate|advocacy",
}


def rung_of(title_text: str, ladder: tuple[str, ...]) -> int | None:
    """Index of the highest rung the title names (a 'Special Education Teacher / Case Manager' is a case manager)."""
    text = title_text.lower()
    found = None
    for index, rung in enumerate(ladder):
        words = _RUNG_WORDS.get(rung.lower(), re.escape(rung.lower()))
        if re.search(words, text) or rung.lower() in text:
            found = index
    return found


def next_rung(current: int | None, ladder: tuple[str, ...]) -> str:
    if current is None:
        return ladder[1] if len(ladder) > 1 else ladder[0]
    return ladder[min(current + 1, len(ladder) - 1)]


# ---- what service a person provides, learned from how the mail introduces them ----------------

ROLE_NOUNS = {
    "aide": "paraprofessional", "para": "paraprofessional", "paraprofessional": "paraprofessional",
    "paraeducator": "paraprofessional", "1:1": "paraprofessional", "one-on-one": "paraprofessional",
    "instructional aide": "paraprofessional", "instructional assistant": "paraprofessional", "shadow": "paraprofessional",
    "slp": "speech_language_therapy", "speech therapist": "speech_language_therapy",
    "speech-language pathologist": "speech_language_therapy", "speech language pathologist": "speech_language_therapy",
    "ot": "occupational_therapy", "occupational therapist": "occupational_therapy",
    "pt": "physical_therapy", "physical therapist": "physical_therapy",
    "counselor": "counseling", "school counselor": "counseling", "social worker": "counseling",
    "reading specialist": "reading_intervention", "reading interventionist": "reading_intervention",
    "interventionist": "reading_intervention", "bus driver": "transportation", "driver": "transportation",
    "behavior specialist": "behavior_support", "bcba": "behavior_support", "behavior interventionist": "behavior_support",
}
_ROLE = "|".join(sorted((re.escape(noun) for noun in ROLE_NOUNS), key=len, reverse=True))
_NAME = r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?"
_APPOSITIONS = [
    # "His aide, Luis," / "Layla's aide, Ms. Pierce" / "her SLP Ms. Tsai"
    re.compile(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[A-Z][a-z]+['’]s)\s+(?:new\s+|regular\s+|usual\s+)?(?P<role>(?i:{_ROLE})),?\s+(?P<name>{_NAME})"),
    # "Ms. Patel, our instructional aide" / "Ms. Pierce, her aide"
    re.compile(rf"(?P<name>{_NAME}),\s+(?:[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Tt]he|[A-Z][a-z]+['’]s)\s+(?:new\s+)?(?P<role>(?i:{_ROLE}))\b"),
    # "Luis (Ethan's 1:1)"
    re.compile(rf"(?P<name>{_NAME})\s*\((?:[A-Z][a-z]+['’]s\s+|[Hh]is\s+|[Hh]er\s+|the\s+)?(?P<role>(?i:{_ROLE}))\)"),
    # "Deb is Kaylee Draheim's para" / "Mr. Ruiz is her 1:1" (a name that is a pronoun is dropped below)
    re.compile(rf"(?P<name>{_NAME})\s+(?:is|was)\s+(?:[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+['’]s)\s+"
               rf"(?:new\s+|regular\s+|usual\s+)?(?P<role>(?i:{_ROLE}))"
               # the role ends the phrase ("Monday is her OT day" names no one)
               r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:at|in|for|and|this|now|during|on|with|who|since|until)\b)"),
]


def name_keys(name: str) -> set[str]:
    """How a person may be referred to: "Ms. Pierce" -> {"pierce"}; "Luis Ortiz" -> {"luis", "ortiz"}."""
    words = [w for w in re.split(r"[\s.]+", name) if w and w.lower() not in ("mr", "mrs", "ms", "miss", "dr")]
    return {w.lower().strip("’'") for w in words if len(w) > 1}


_NOT_A_NAME = re.compile(r"(?i)^(the|our|his|her|their|and|but|so|yes|no|hi|dear|she|he|it|this|that|who|there|which|"
                         r"what|today|now|tomorrow|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")


def learn_roles(text: str) -> dict[str, set[str]]:
    """Names introduced with a service role in prose ("His aide, Luis, had been …") -> topics."""
    learned: dict[str, set[str]] = {}
    for pattern in _APPOSITIONS:
        for match in pattern.finditer(text):
            topic = ROLE_NOUNS.get(match.group("role").lower())
            name = match.group("name")
            if topic and not _NOT_A_NAME.match(name):
                for key in name_keys(name):
                    learned.setdefault(key, set()).add(topic)
    return learned


_DELIMITER = re.compile(r"\s*(?:-{2,}|_{2,}|—+|={2,})\s*")


def signature_head(signature: str, lines: int = 4) -> str:
    """A signature's first lines with words, where its name and title are: past a sign-off and the
    "-- " line under it ("Marisol\n\n-- \nMarisol Reyes, M.A.\nSpeech-Language Pathologist")."""
    kept = [line for line in signature.splitlines() if line.strip() and not _DELIMITER.fullmatch(line)]
    return "\n".join(kept[:lines])


_SIGNED_ROLE = re.compile(rf"(?<![\w-])(?:{'|'.join(sorted((re.escape(noun) for noun in ROLE_NOUNS if len(noun) > 3), key=len, reverse=True))})(?![\w-])")


def signature_roles(signature: str) -> set[str]:
    """Service topics a signature's title lines name ("Speech-Language Pathologist", "Instructional Aide"); a
    title's longest role is the one it names ("Behavior Interventionist" is not the reading interventionist)."""
    head = signature_head(signature).lower()
    return {ROLE_NOUNS[match.group()] for match in _SIGNED_ROLE.finditer(head)}


# a title of staff who are not aides: someone who signs as the assistant principal or a teacher and is
# named beside "his 1:1" is the one who schedules or pulls the aide, not the aide
_STAFF_TITLE = re.compile(r"\b(principal|teacher|coordinator|director|counselor|psychologist|pathologist|therapist|nurse|"
                          r"specialist|case manager|dean|administrator|superintendent|diagnostician|interventionist|"
                          r"social worker|chair|SLP|OTR|BCBA)\b", re.I)
_AIDE_TITLE = re.compile(r"\b(aides?|paras?|paraprofessional|paraeducator|1:1|(?:instructional|teacher|teaching|educational|"
                         r"classroom|special education)\s+assistant)\b", re.I)


def titled_not_aide(signature: str) -> bool:
    """Does the signature's title name a staff role other than the aide ("Assistant Principal")?"""
    head = signature_head(signature)
    return bool(_STAFF_TITLE.search(head)) and not _AIDE_TITLE.search(head)


_AIDE_WORD = re.compile(r"\b(aides?|paras?|paraprofessionals?|paraeducators?|1:1|one-on-one|shadow)\b", re.I)
# Spanish "para" (for, to) is not the aide: "para el archivo", "para que", "enviarle la encuesta para Padres en español"
_SPANISH_WORD = re.compile(r"\b(?:es|muy|pero|que|el|la|los|las|un|una|del|con|por|en|esta|este|está|le|lo|se|su|sus|mi|él|"
                           r"ella|también|voy|sí|gracias|hola|nos|usted|ustedes|de|[a-zñ]*[áéíóúñ][a-zñáéíóú]*)\b", re.I)
_SPANISH_PARA = re.compile(r"\bpara\s+(?:el|la|los|las|que|mi|mis|su|sus|usted|ustedes|nosotros|él|ella|[a-zñ]+(?:ar|er|ir)(?:le|lo|la|les|los|las|me|nos|se)?)\b",
                           re.I)


def spanish_para(sentence: str) -> bool:
    """Is the "para" of this sentence the Spanish preposition (the sentence is in Spanish)?"""
    spanish = len(set(_SPANISH_WORD.findall(sentence.lower())))
    return spanish >= 3 or (spanish >= 1 and bool(_SPANISH_PARA.search(sentence)))


def speaks_of_aide(sentence: str) -> bool:
    words = {match.group(1).lower() for match in _AIDE_WORD.finditer(sentence)}
    return bool(words) and (words != {"para"} or not spanish_para(sentence))


# "Ms. Pierce", "MS. DENISE", "Ms. Gloria Tate" (the last word is the one the others use)
_NAME_WORD = r"[A-Z][\w-]*(?:['’][A-Z]\w+)?\b"
_TITLED = re.compile(rf"\b(?i:mr|mrs|ms|miss|mx)\.?\s+({_NAME_WORD})(?:\s+({_NAME_WORD}))?(?!['’]s?\s+(?:room|class|classroom)\b)")
_BUS = re.compile(r"\b(bus|buses|route|driver|transportation)\b", re.I)  # the bus aide is not the child's aide


def named_beside_aide(text: str) -> list[str]:
    """Names said alone in a sentence (or subject line) about the aide, or in the sentence just
    before one: "Does that mean Ms. Denise was pulled AGAIN? He is supposed to have his 1:1 the
    whole day." A teacher named by her room ("in Ms. Brandt's room") is not taken for the aide, nor
    anyone named in a sentence about the bus (its aide is transportation's)."""
    from ieptrail.classify.followup import split_sentences  # knows "Ms." does not end a sentence

    found = []
    sentences = split_sentences(text.replace(" / ", " "))
    for index, sentence in enumerate(sentences):
        if _BUS.search(sentence):
            continue
        names = {(match.group(2) or match.group(1)).lower() for match in _TITLED.finditer(sentence)
                 if len(match.group(2) or match.group(1)) > 2}
        following = sentences[index + 1] if index + 1 < len(sentences) else ""
        if len(names) == 1 and (speaks_of_aide(sentence) or (speaks_of_aide(following) and not _TITLED.search(following)
                                                                and not _BUS.search(following))):
            found.append(names.pop())
    return found
