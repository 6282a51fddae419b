"""Which of the configured students a message is about.

IEPTRAIL_STUDENTS holds full names; a nickname may follow in parentheses ("Matthew Ortiz
(Matty)"). A student is recognised by full name, first name, "LAST, FIRST" (rosters and
notices) and nicknames, possessives included. A first name or nickname that two students share
is ambiguous and ignored: only their full names count then.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ieptrail.classify.model import StudentMention

COMMON_NICKNAMES = {
    "alexander": ["alex"], "alexandra": ["alex", "lexi"], "andrew": ["andy"], "anthony": ["tony"],
    "benjamin": ["ben", "benji"], "charles": ["charlie"], "christopher": ["chris"], "daniel": ["danny", "dan"],
    "elizabeth": ["liz", "lizzie", "beth", "eliza"], "gabriel": ["gabe"], "isabella": ["bella", "izzy"],
    "jacob": ["jake"], "james": ["jimmy", "jamie"], "jonathan": ["jon", "jonny"], "joseph": ["joey", "joe"],
    "katherine": ["kate", "katie"], "kathryn": ["kate", "katie"], "matthew": ["matt", "matty"],
    "michael": ["mike", "mikey"], "nathaniel": ["nate", "nathan"], "nicholas": ["nick", "nicky"],
    "olivia": ["liv"], "rebecca": ["becca", "becky"], "robert": ["rob", "bobby", "robbie"],
    "samantha": ["sam", "sammy"], "samuel": ["sam", "sammy"], "sophia": ["sophie"], "theodore": ["theo", "teddy"],
    "thomas": ["tom", "tommy"], "william": ["billy", "liam"], "zachary": ["zach", "zack"],
}


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


class StudentFinder:
    def __init__(self, nlp: Language, configured: tuple[str, ...]):
        self.students = parse_students(configured)
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        first_names: dict[str, int] = {}
        for student in self.students:
            for name in {student.first.lower(), *[n.lower() for n in student.nicknames]}:
                first_names[name] = first_names.get(name, 0) + 1
        for student in self.students:
            forms = {student.full_name}
            if student.last:
                forms.add(f"{student.last}, {student.first}")
            short = [student.first, *student.nicknames]
            forms.update(name for name in short if first_names.get(name.lower(), 0) == 1)
            self.matcher.add(student.full_name, [nlp.make_doc(form) for form in forms])

    def find(self, doc: Doc, subject_doc: Doc | None = None) -> list[StudentMention]:
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
        return list(found.values())
