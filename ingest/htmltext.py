"""Plain text from an HTML mail body, keeping the line structure forward and quote detection need.

Block elements and <br> become line breaks, <blockquote> lines get a "> " prefix (as a plain-text
client would quote), scripts/styles/head are dropped and entities decoded. No markup is kept,
so the result is safe to tag and to show. (html2text writes Markdown and inscriptis needs lxml;
we need neither, only faithful lines.)
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK = {
    "address", "article", "aside", "blockquote", "center", "dd", "div", "dl", "dt", "fieldset", "figure",
    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
    "pre", "section", "table", "tr", "ul",
}
_SKIP = {"script", "style", "head", "title", "template", "noscript"}


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = [""]
        self.quote_depth = 0
        self.skip_depth = 0
        self.in_pre = 0

    def _break(self) -> None:
        self.lines.append("")

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIP:
            self.skip_depth += 1
        elif tag == "br":
            self._break()
        elif tag == "blockquote":
            self._break()
            self.quote_depth += 1
        elif tag in ("td", "th"):
            if self.lines[-1].strip():
                self.lines[-1] += "\t"
        elif tag == "pre":
            self.in_pre += 1
            self._break()
        elif tag == "hr":
            self._break()
            self.lines[-1] = "_" * 32
            self._break()
        elif tag in _BLOCK and self.lines[-1].strip():
            self._break()

    def handle_startendtag(self, tag: str, attrs) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag == "blockquote":
            self.quote_depth = max(0, self.quote_depth - 1)
            self._break()
        elif tag == "pre":
            self.in_pre = max(0, self.in_pre - 1)
            self._break()
        elif tag in _BLOCK and self.lines[-1].strip():
            self._break()

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        if self.in_pre:
            chunks = data.split("\n")
            for index, chunk in enumerate(chunks):
                if index:
                    self._break()
                self._append(chunk)
            return
        text = re.sub(r"[ \t\r\n\f]+", " ", data)
        if not self.lines[-1].strip():
            text = text.lstrip()
        self._append(text)

    def _append(self, text: str) -> None:
        if not text:
            return
        if self.quote_depth and not self.lines[-1]:
            self.lines[-1] = "> " * self.quote_depth
        self.lines[-1] += text


def html_to_text(html: str) -> str:
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    lines = [line.rstrip().replace("\xa0", " ") for line in collector.lines]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")
