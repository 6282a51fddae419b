"""What every page shares: settings, the database, the taxonomy, the templates, the CSRF cookie."""
from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from ieptrail.classify.query_words import topics_for_query
from ieptrail.classify.taxonomy import KINDS, label_of, taxonomy
from ieptrail.config import Settings
from ieptrail.config.profile import DEMO
from ieptrail.store.db import Database
from ieptrail.store.outgoing import user_display_name
from ieptrail.trail.context import today
from ieptrail.trail.importer import Importer
from ieptrail.trail.observations import record_observation
from ieptrail.web.markup import make_environment
from ieptrail.web.security import CSRF_COOKIE, CSRF_FIELD, csrf_token
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.templating import Jinja2Templates

if TYPE_CHECKING:
    from ieptrail.classify import Tagger

TOPIC_KINDS = KINDS


@dataclass(frozen=True)
class Topic:
    id: str
    label: str
    kind: str  # accommodation | service | process


class Site:
    def __init__(self, settings: Settings, db: Database, tagger: Tagger):
        self.settings = settings
        self.db = db
        self.tagger = tagger
        self.templates = Jinja2Templates(env=make_environment(settings.timezone))
        self.topics = {topic: Topic(topic, label_of(topic), spec.get("kind", "process"))
                       for topic, spec in taxonomy().items()}
        self.templates.env.globals.update(label=self.label, csrf_field=CSRF_FIELD)
        self._nlp_lock = threading.Lock()  # pages are served from several threads; spaCy objects are not shared
        self._query_topics = lru_cache(maxsize=512)(self._topics_for_query)

    def today(self) -> date:
        return today(self.settings)

    def topics_for_query(self, query: str) -> tuple[str, ...]:
        """What `find_messages` asks the tagger, remembered: the same words always mean the same topics."""
        return self._query_topics(query)

    def _topics_for_query(self, query: str) -> tuple[str, ...]:
        if self.settings.spacy_model is None:
            found = topics_for_query(query)  # the prepared index: no spaCy, no lock
            if found is not None:
                return found
        with self._nlp_lock:
            return self.tagger.topics_for_query(query)

    def record_observation(self, day: date, text: str) -> tuple[int, ...]:
        """The user's observation, into the trail through the importer (tagged under the page's one lock)."""
        with self._nlp_lock:
            importer = Importer(self.db, self.settings, self.tagger)
            try:
                with self.db.session_scope() as session:
                    user_name = user_display_name(session, self.settings.user_emails)
                return record_observation(importer, self.settings, day, text, user_name=user_name)
            finally:
                importer.attachments.close()

    def label(self, topic: str) -> str:
        known = self.topics.get(topic)
        return known.label if known else topic.replace("_", " ")

    def page(self, request: Request, template: str, context: dict, status_code: int = 200) -> HTMLResponse:
        token, is_new = csrf_token(request)
        context = {
            "csrf_token": token, "signed_in": self.settings.web_secret is not None, "active": "",
            "demo_as_of": self.today() if self.settings.profile == DEMO else None, **context,
        }
        response = self.templates.TemplateResponse(request, template, context, status_code=status_code)
        if is_new:
            response.set_cookie(CSRF_COOKIE, token, httponly=True, samesite="strict", path="/",
                                secure=request.url.scheme == "https")
        return response
