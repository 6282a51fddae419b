"""Which of the configured students a message is about.

IEPTRAIL_STUDENTS holds full names; a nickname may follow in parentheses ("Matthew Ortiz
(Matty)"). A student is recognised by full name, first name, "LAST, FIRST" (rosters and
notices) and nicknames, possessives included. A first name or nickname that two students share
is ambiguous and ignored: only their full names count then.

Two more signs, for a caseload where mail calls a child what the configuration does not:
- a nickname the mail itself teaches: "Mo Obi" (a short first word before a student's surname,
  with the first name's initial, that is nobody else's name) makes "Mo" that student's;
- the family: mail written by someone with a student's surname ("Chioma Obi", a parent), or by
  the user to them, or that greets them ("Dear Ms. Obi"), is about that child, when no other
  student has that surname.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ieptrail.classify.model import Person, StudentMention

COMMON_NICKNAMES = {
    "alexander": ["alex"], "alexandra": ["alex", "lexi"], "andrew": ["andy"], "anthony": ["tony"],
    "benjamin": ["ben", "benji"], "charles": ["charlie"], "christopher": ["chris"], "daniel": ["danny", "dan"],
    "elizabeth": ["liz", "lizzie", "beth", "eliza"], "gabriel": ["gabe"], "isabella": ["bella", "izzy"],
    "jacob": ["jake"], "james": ["jimmy", "jamie"], "jonathan": ["jon", "jonny"], "joseph": ["joey", "joe"],
    "katherine": ["kate", "katie"], "kathryn": ["kate", "katie"], "matthew": ["matt", "matty"],
    "michael": ["mike", "mikey"], "nathaniel": ["nate", "nathan"], "nicholas": ["nick", "nicky"],
    "olivia": ["liv"], "rebecca": ["becca", "becky"], "robert": ["rob", "bobby", "robbie"],
    "samantha": ["sam", "sammy"], "samuel": ["sam", "sammy"], "sophia": ["sophie"], "theodore": ["theo", "teddy"],
    "thomas": ["tom", "tommy"], "william": ["billy", "liam", "will"], "zachary": ["zach", "zack"],
    "margaret": ["maggie", "peggy", "meg"], "richard": ["rick", "ricky"], "edward": ["eddie", "ted", "teddy"],
    "john": ["jack", "johnny"], "henry": ["hank"], "abigail": ["abby"], "madeline": ["maddie"],
    "madison": ["maddie"], "victoria": ["tori"], "jennifer": ["jen", "jenny"], "timothy": ["tim", "timmy"],
    "patrick": ["pat"], "steven": ["steve"], "stephen": ["steve"], "gregory": ["greg"], "jeffrey": ["jeff"],
    "natalie": ["nat"], "evelyn": ["evie"], "penelope": ["penny"], "frederick": ["fred", "freddie"],
}
_NOT_A_NICKNAME = {"mr", "mrs", "ms", "miss", "mx", "dr", "coach", "dear", "hi", "hello", "hey", "thanks", "thank",
                   "and", "the", "to", "from", "with", "for", "re", "fw", "fwd", "cc", "student", "family"}


@dataclass(frozen=True)
class Student:
    full_name: str
    first: str
    last: str
    nicknames: tuple[str, ...]


def parse_students(configured: tuple[str, ...]) -> list[Student]:
    students = []
    for entry in configured:
        nickname_match = re.search(r"\(([^)]*)\)", entry)
        full = re.sub(r"\s*\([^)]*\)", "", entry).strip()
        parts = full.split()
        if not parts:
            continue
        explicit = tuple(n.strip() for n in (nickname_match.group(1).split("/") if nickname_match else []) if n.strip())
        common = tuple(COMMON_NICKNAMES.get(parts[0].lower(), []))
        students.append(Student(full, parts[0], parts[-1] if len(parts) > 1 else "", explicit + common))
    return students


def _surname_parts(last: str) -> set[str]:
    """"Reyes-Martín" is called "Reyes-Martín", "Reyes" or "Martín"."""
    return {part.lower() for part in re.split(r"[-\s]+", last) if part} | {last.lower()} if last else set()


class StudentFinder:
    def __init__(self, nlp: Language, configured: tuple[str, ...]):
        self.nlp = nlp
        self.students = parse_students(configured)
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        first_names: dict[str, int] = {}
        for student in self.students:
            for name in {student.first.lower(), *[n.lower() for n in student.nicknames]}:
                first_names[name] = first_names.get(name, 0) + 1
        self.short_names = {name for name, count in first_names.items() if count == 1}
        self.taken = set(first_names)
        for student in self.students:
            forms = {student.full_name}
            if student.last:
                forms.add(f"{student.last}, {student.first}")
            short = [student.first, *student.nicknames]
            forms.update(name for name in short if first_names.get(name.lower(), 0) == 1)
            self.matcher.add(student.full_name, [nlp.make_doc(form) for form in forms])
        surnames: dict[str, list[Student]] = {}
        for student in self.students:
            for part in _surname_parts(student.last):
                surnames.setdefault(part, []).append(student)
        self.by_surname = {part: found[0] for part, found in surnames.items() if len(found) == 1}
        self.learned: dict[str, str] = {}

    def learn_nicknames(self, texts: list[str], adults: set[str]) -> None:
        """Nicknames the mail teaches: "Mo Obi" when Marcus Obi is a student (see the module doc).
        `adults`: lower-case first names of the people who write and receive the mail."""
        for student in self.students:
            if not student.last or student.last.lower() not in self.by_surname:
                continue
            pattern = re.compile(rf"\b([A-Z][a-z]{{1,11}})\s+{re.escape(student.last)}\b")
            for text in texts:
                if student.last not in text:
                    continue  # (the pattern needs the surname as written: most texts lack it, and are not scanned)
                for match in pattern.finditer(text):
                    name = match.group(1)
                    key = name.lower()
                    if key in self.taken or key in adults or key in _NOT_A_NICKNAME or key in self.learned:
                        continue
                    if key[0] != student.first[:1].lower():
                        continue  # "Mo" for Marcus, not "Chioma" for him
                    self.learned[key] = student.full_name
                    self.taken.add(key)
                    self.matcher.add(student.full_name, [self.nlp.make_doc(name)])

    def find(self, doc: Doc, subject_doc: Doc | None = None, family: tuple[Person, ...] = ()) -> list[StudentMention]:
        """The students named in the text or the subject line, and the child of any `family` member
        (who wrote it, or to whom the user wrote it) or of a parent named by title ("Dear Ms. Obi")."""
        found: dict[str, StudentMention] = {}
        for source in (doc, subject_doc):
            if source is None:
                continue
            for key, start, end in self.matcher(source):
                name = source.vocab.strings[key]
                span = source[start:end]
                # a capitalised word only: "will" the verb is not Will the boy
                if span.text[:1].islower():
                    continue
                found.setdefault(name, StudentMention(name, span.text))
        if self.by_surname:
            for person in family:
                words = person.name.replace(",", " ").split()
                student = self.by_surname.get(words[-1].lower()) if len(words) > 1 else None
                if student is not None:
                    found.setdefault(student.full_name, StudentMention(student.full_name, person.name))
            for match in _TITLED_SURNAME.finditer(doc.user_data.get("text") or doc.text):
                student = self.by_surname.get(match.group(1).lower())
                if student is not None:
                    found.setdefault(student.full_name, StudentMention(student.full_name, match.group(0)))
        return list(found.values())


# "\bM" written as "M(?<!\wM)" (the same matches): a pattern that opens with a letter is sought with a fast scan for it
_TITLED_SURNAME = re.compile(r"M(?<!\wM)(?:r|rs|s|iss|x)\.?\s+([A-Z][\w'’-]+)")
