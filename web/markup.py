"""Turning mail-supplied text into safe HTML: every piece is escaped, and only our own <mark>/<span>
elements are added around it. Email HTML is shown only after nh3 has cleaned it."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from pathlib import Path
from urllib.parse import urlencode

import nh3
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from ieptrail.trail.wording import clock_long, counted, day_long, quoted
from ieptrail.trail.wording import plural as plural_of

TEMPLATES = Path(__file__).resolve().parent / "templates"

# Enough to keep an email's layout (paragraphs, lists, tables, links); no images (they would be
# fetched from the sender's server), no styles, no forms.
EMAIL_HTML_TAGS = {
    "a", "b", "blockquote", "br", "caption", "code", "div", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i",
    "li", "ol", "p", "pre", "s", "small", "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th",
    "thead", "tr", "u", "ul",
}
EMAIL_HTML_ATTRIBUTES = {"a": {"href"}, "td": {"colspan", "rowspan"}, "th": {"colspan", "rowspan"}}


@dataclass(frozen=True)
class EvidenceSpan:
    kind: str  # topic | promise | request | missed
    start: int
    end: int
    label: str  # what the reader is told on hover
    anchor: str | None = None  # id of the first marked piece, for links to it


def clean_email_html(html: str) -> Markup:
    return Markup(nh3.clean(html, tags=EMAIL_HTML_TAGS, attributes=EMAIL_HTML_ATTRIBUTES,
                            url_schemes={"http", "https", "mailto"}, link_rel="noopener noreferrer nofollow",
                            strip_comments=True))


def highlight(text: str, words: Iterable[str] = (), phrases: Iterable[str] = ()) -> Markup:
    """The text with the query's words (and the words they start) and the given phrases in <mark>."""
    patterns = [re.escape(phrase) for phrase in phrases if phrase.strip()]
    words = [word for word in words if word]
    patterns += [rf"\b{re.escape(word[:6])}\w*" for word in words if len(word) >= 3 or len(words) == 1]
    if not patterns:
        return escape(text)
    regex = re.compile("|".join(sorted(patterns, key=len, reverse=True)), re.IGNORECASE)
    pieces, last = [], 0
    for match in regex.finditer(text):
        if match.start() == match.end():
            continue
        pieces.append(escape(text[last:match.start()]))
        pieces.append(Markup("<mark>%s</mark>") % match.group())
        last = match.end()
    pieces.append(escape(text[last:]))
    return Markup("").join(pieces)


def mark_spans(text: str, spans: Iterable[EvidenceSpan]) -> Markup:
    """The text with every piece covered by evidence wrapped in <span class="ev ev-KIND …">.

    Spans may overlap (a topic phrase inside a promise); each piece carries the classes of all the
    spans covering it, so no element is ever left open across another.
    """
    spans = [span for span in spans if 0 <= span.start < span.end <= len(text)]
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    pieces = []
    anchored: set[str] = set()
    for start, end in zip(cuts, cuts[1:]):
        covering = [span for span in spans if span.start <= start and end <= span.end]
        piece = escape(text[start:end])
        if not covering:
            pieces.append(piece)
            continue
        classes = " ".join(["ev", *sorted({f"ev-{span.kind}" for span in covering})])
        title = "; ".join(dict.fromkeys(span.label for span in covering))
        anchor = next((span.anchor for span in covering
                       if span.anchor and span.start == start and span.anchor not in anchored), None)
        if anchor:
            anchored.add(anchor)
            pieces.append(Markup('<span class="%s" title="%s" id="%s">%s</span>') % (classes, title, anchor, piece))
        else:
            pieces.append(Markup('<span class="%s" title="%s">%s</span>') % (classes, title, piece))
    return Markup("").join(pieces)


def make_environment(zone: tzinfo) -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)

    def when(moment: datetime | None) -> str:
        """A message's time on its author's clock, with that clock's zone: 'Wed, Mar 4, 2026, 3:35 PM CST'."""
        return clock_long(moment, zone)

    def day(value: date | str | None) -> str:
        return day_long(date.fromisoformat(value) if isinstance(value, str) else value)

    def urlencode_params(params, **changes) -> str:
        """The page's own query string with some parameters changed (e.g. a bigger limit)."""
        merged = {name: value for name, value in params.items() if value}
        merged.update({name: str(value) for name, value in changes.items()})
        return urlencode(merged)

    env.filters.update(when=when, day=day, urlencode_params=urlencode_params, plural=plural_of, quoted=quoted)
    env.globals.update(plural=counted)
    return env
