"""Who was to provide a missed service or an accommodation: the person or role a case manager writes
to, or a parent asks.

In this order: a person the report names who provides that service ("Ms. Moore was pulled");
a role the report names ("the SLP was out", "the science teacher didn't read it aloud", "the bus
office"), by the name of the one person the directory knows in that role; the author, when they provide the service ("I was out sick yesterday" from the OT);
else the one person the people directory knows to provide it. None when nothing says.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from ieptrail.classify.model import Person
from ieptrail.classify.roles import ROLE_NOUNS, name_keys
from ieptrail.classify.sentences import TITLED_NAME

# roles for accommodations: whoever teaches or supports the child in the room where it was not given
_CLASSROOM = (r"(?:[a-z]+\s+)?teacher|sub|substitute(?:\s+teacher)?|case\s+manager|aide|para|paraprofessional|"
              r"paraeducator|proctor|interventionist|counselor|nurse")
# roles for transportation beyond the driver
_TRANSPORT = (r"bus\s+(?:office|company|garage|barn|dispatch(?:er)?|driver)|(?:sub(?:stitute)?\s+)?(?:bus\s+)?driver|"
              r"transportation(?:\s+(?:office|department|dept\.?|staff|coordinator|director))?|dispatch(?:er)?")
_SERVICE_ROLES = "|".join(sorted((re.escape(noun) for noun in ROLE_NOUNS if noun not in ("driver",)), key=len,
                                 reverse=True))
_ROLE = re.compile(r"\b(?P<det>the|his|her|their|our|my|your|[A-Z][a-z]+['’]s)\s+(?:new\s+|regular\s+|usual\s+)?"
                   r"(?P<role>" + _TRANSPORT + "|" + _SERVICE_ROLES + "|" + _CLASSROOM + r")\b", re.I)
# "his OT session", "her speech minutes": the service named, not the person
_SERVICE_NOT_PERSON = re.compile(r"\s+(?:sessions?|services?|support|minutes|time|group|room|schedule|log|goals?|"
                                 r"therapy|evaluation|eval|plan|notes?)\b", re.I)


def _role_topic(role: str) -> str | None:
    role = " ".join(role.lower().split())
    if re.fullmatch(_TRANSPORT, role, re.I):
        return "transportation"
    return ROLE_NOUNS.get(role)


def _fits(role: str, topic: str, kind: str) -> bool:
    """Whether a role named in a report can be the one who was to provide `topic`."""
    provides = _role_topic(role)
    if kind == "service":
        return provides == topic
    return provides in (None, "paraprofessional") and re.fullmatch(_CLASSROOM, role.lower(), re.I) is not None


def responsible_for(sentence: str, topic: str, kinds: Mapping[str, str], author: Person | None,
                    author_services: tuple[str, ...], directory: tuple[Person, ...], from_user: bool = False,
                    ) -> tuple[str | None, str | None]:
    """(who, where it came from: "mail" | "directory") for a report of `topic` not provided."""
    kind = kinds.get(topic, "")
    providers = [person for person in directory if topic in person.roles]
    for match in TITLED_NAME.finditer(sentence):
        keys = name_keys(match.group(0))
        named = next((person for person in providers if keys & name_keys(person.name)), None)
        if named is not None:  # the name the directory knows them by, so one person is one group
            return (named.name if " " in named.name.strip() else " ".join(match.group(0).split())), "mail"
    for match in _ROLE.finditer(sentence):
        role = match.group("role")
        if _SERVICE_NOT_PERSON.match(sentence, match.end()) or not _fits(role, topic, kind):
            continue
        if kind == "service" and len(providers) == 1 and providers[0].name:
            return providers[0].name, "mail"  # "his aide", and the directory knows who the aide is
        return f"the {' '.join(role.split())}", "mail"
    if author is not None and not from_user and topic in author_services and (author.name or author.email):
        return author.name or author.email, "mail"
    if len(providers) == 1 and (providers[0].name or providers[0].email):
        return providers[0].name or providers[0].email, "directory"
    return None, None
