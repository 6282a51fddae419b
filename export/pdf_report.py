"""The record as a PDF (fpdf2 with the bundled DejaVu fonts: no system packages needed).

DejaVu has no Chinese, Japanese or Korean glyphs. Where the system has a font that does (Debian's
fonts-droid-fallback, which `scripts/test` installs; macOS's Arial Unicode), fpdf2 draws those
characters with it; without one they are shown as U+FFFD (the original email is in the bundle).

Same content as the HTML report: cover, summary tables, numbered exhibits, index by topic,
page numbers in the footer and a bookmark per section and exhibit. Untrusted text goes through
`printable` first: control and bidi-override characters are dropped, characters the font has no
glyph for become U+FFFD, so nothing a sender wrote can break or disguise the page.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from functools import cache
from pathlib import Path

from fontTools.ttLib import TTFont
from fpdf import FPDF
from fpdf.enums import XPos, YPos

from ieptrail.config import Settings
from ieptrail.export import wording
from ieptrail.export.record import Exhibit, PaperTrail
from ieptrail.trail.wording import quoted

FONTS = Path(__file__).resolve().parent / "fonts"
SANS, MONO = "DejaVu", "DejaVuMono"
LINE = 4.6  # mm per line of 9.5 pt text
LABEL_WIDTH = 26.0
# C0/C1 controls (tab and newline are handled), bidi overrides and isolates, zero-width format chars
_INVISIBLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]")


# Searched in this order; TrueType files only (fpdf2 reads a .ttc collection one face at a time).
FALLBACK_FONTS = (
    Path("/usr/share/fonts-droid-fallback/truetype/DroidSansFallback.ttf"),  # Debian fonts-droid-fallback: CJK and Hangul
    Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),  # more rare ideographs, no Hangul
    Path("/System/Library/Fonts/Supplemental/Arial Unicode.ttf"),
    Path("/Library/Fonts/Arial Unicode.ttf"),
)


@cache
def fallback_fonts() -> tuple[Path, ...]:
    """The system fonts that can draw what DejaVu cannot, best first (none: such text shows as U+FFFD)."""
    return tuple(path for path in FALLBACK_FONTS if path.is_file())


@cache
def _cmap(path: Path) -> frozenset[int]:
    return frozenset(TTFont(path, lazy=True).getBestCmap())


@cache
def _covered(font_file: str) -> frozenset[int]:
    covered = _cmap(FONTS / font_file)
    for path in fallback_fonts():
        covered |= _cmap(path)
    return covered


def printable(text: str | None, font_file: str = "DejaVuSans.ttf") -> str:
    """Text safe to draw: normalized, no invisible controls, a visible U+FFFD for what the font lacks."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    text = _INVISIBLE.sub("", text)
    covered = _covered(font_file)
    if all(ord(char) in covered or char == "\n" for char in text):
        return text
    return "".join(char if char == "\n" or ord(char) in covered else "\ufffd" for char in text)


class ReportPdf(FPDF):
    def __init__(self, footer_text: str):
        super().__init__(orientation="portrait", unit="mm", format="letter")
        self.footer_text = footer_text
        self.set_margins(18, 16, 18)
        self.set_auto_page_break(True, margin=16)
        self.add_font(SANS, "", FONTS / "DejaVuSans.ttf")
        self.add_font(SANS, "B", FONTS / "DejaVuSans-Bold.ttf")
        self.add_font(MONO, "", FONTS / "DejaVuSansMono.ttf")
        self.fallbacks = []
        self._width_tables: dict[tuple[str, str], dict[int, float]] = {}
        for number, path in enumerate(fallback_fonts()):
            self.add_font(f"Fallback{number}", "", path)
            self.fallbacks.append(self.fonts[f"fallback{number}"])
        if self.fallbacks:  # regular faces only: also used inside bold text
            self.set_fallback_fonts([f"Fallback{number}" for number in range(len(self.fallbacks))], exact_match=False)
        self.alias_nb_pages("{nb}")
        self.set_title("Paper trail of school correspondence")
        self.set_creator("IEP Paper Trail")

    def footer(self) -> None:
        self.set_y(-11)
        self.set_font(SANS, "", 7.5)
        self.set_text_color(90)
        self.cell(0, 4, f"{self.footer_text}    Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0)

    def heading(self, text: str, size: float = 14, level: int | None = 0) -> None:
        if level is not None:
            self.start_section(printable(text)[:120], level=level)
        self.set_font(SANS, "B", size)
        self.multi_cell(0, size * 0.5, printable(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(1.5)

    def paragraph(self, text: str, size: float = 9.5, fill: bool = False, style: str = "") -> None:
        """Body text, wrapped here: fpdf2's multi_cell re-measures the whole line for every character
        it adds, which made long message bodies the slowest part of a 1,000-message export."""
        self.set_font(SANS, style, size)
        height = size * 0.48
        margin = self.c_margin
        self.c_margin = 2.0 if fill else margin
        if fill:
            self.cell(self.epw, 1.2, "", fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        for line in self.wrap(printable(text), self.epw - 2 * self.c_margin):
            self.cell(self.epw, height, line, fill=fill, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if fill:
            self.cell(self.epw, 1.2, "", fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.c_margin = margin

    def wrap(self, text: str, width: float) -> list[str]:
        """Lines of `text` no wider than `width` mm in the current font; words too long for a line
        (a pasted link) are cut where the line ends."""
        widths = self._widths()
        scale = self.font_size_pt * 0.001 / self.k

        def measure(piece: str) -> float:
            return sum(widths[ord(char)] for char in piece) * scale

        lines: list[str] = []
        for paragraph in text.split("\n"):
            line, used = "", 0.0
            for word in re.findall(r"\S+\s*", paragraph) or [""]:
                size = measure(word.rstrip())
                if line and used + size > width:
                    lines.append(line.rstrip())
                    line, used = "", 0.0
                while size > width:  # longer than a whole line: cut it
                    cut, run = 0, 0.0
                    while cut < len(word) and run + widths[ord(word[cut])] * scale <= width:
                        run += widths[ord(word[cut])] * scale
                        cut += 1
                    cut = max(cut, 1)
                    lines.append(word[:cut])
                    word = word[cut:]
                    size = measure(word.rstrip())
                line += word
                used += measure(word)
            lines.append(line.rstrip())
        return lines

    def _widths(self) -> dict[int, float]:
        """Glyph widths of the current font, with the fallback fonts' for what it lacks."""
        font = self.current_font
        if not self.fallbacks:
            return font.cw
        key = (font.fontkey, "with fallbacks")
        if key not in self._width_tables:
            table = defaultdict(font.cw.default_factory)  # unknown characters: the font's default width
            for fallback in reversed(self.fallbacks):
                table.update(fallback.cw)
            table.update(font.cw)
            self._width_tables[key] = table
        return self._width_tables[key]

    def field(self, label: str, value: str, mono: bool = False) -> None:
        """A label and its value on one row; the value wraps in its own column."""
        self.set_font(SANS, "B", 8.5)
        self.set_text_color(70)
        self.cell(LABEL_WIDTH, 4.2, label)
        self.set_text_color(0)
        self.set_font(MONO if mono else SANS, "", 8 if mono else 8.5)
        text = printable(value, "DejaVuSansMono.ttf" if mono else "DejaVuSans.ttf")
        column = self.l_margin + LABEL_WIDTH
        for line in self.wrap(text, self.epw - LABEL_WIDTH - 2 * self.c_margin):
            self.set_x(column)
            self.cell(self.epw - LABEL_WIDTH, 4.2, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def grid(self, headings: list[str], rows: list[list[str]], widths: tuple[float, ...],
             right_aligned: frozenset[int] = frozenset(), links: list[int | None] | None = None) -> None:
        """A table whose heading row repeats on every page it spans; column 0 may link to an exhibit.
        Drawn here rather than with fpdf2's table(), which measured text the slow way (see `wrap`)."""
        scale = self.epw / sum(widths)
        widths = tuple(width * scale for width in widths)
        self.set_draw_color(150)
        self.set_fill_color(232, 232, 232)
        self._grid_row(headings, widths, right_aligned, bold=True)
        for index, values in enumerate(rows):
            link = links[index] if links else None
            if self._grid_row(values, widths, right_aligned, link=link, dry_run=True) > self.page_break_trigger - self.get_y():
                self.add_page()
                self._grid_row(headings, widths, right_aligned, bold=True)
            self._grid_row(values, widths, right_aligned, link=link)
        self.ln(3)

    def _grid_row(self, values, widths, right_aligned, bold: bool = False, link: int | None = None,
                  dry_run: bool = False) -> float:
        """Draw one row (or with `dry_run` only measure it); returns its height."""
        padding, line_height = 1.0, 3.8
        self.set_font(SANS, "B" if bold else "", 8)
        margin, self.c_margin = self.c_margin, 0
        # a row must fit on one page: long cells are clipped (the whole sentence is in its exhibit)
        cells = [self.wrap(wording.clip(printable(str(value))), width - 2 * padding) for value, width in zip(values, widths)]
        height = max(len(lines) for lines in cells) * line_height + 2 * padding
        if not dry_run:
            x, y = self.l_margin, self.get_y()
            for column, (lines, width) in enumerate(zip(cells, widths)):
                self.rect(x, y, width, height, style="DF" if bold else "D")
                for number, line in enumerate(lines):
                    self.set_xy(x + padding, y + padding + number * line_height)
                    self.cell(width - 2 * padding, line_height, line, align="R" if column in right_aligned else "L",
                              link=link if column == 0 and link is not None else "")
                x += width
            self.set_xy(self.l_margin, y + height)
        self.c_margin = margin
        return height


class _Writer:
    def __init__(self, trail: PaperTrail, settings: Settings):
        self.trail = trail
        self.zone = settings.timezone
        self.pdf = ReportPdf(f"Paper trail: {wording.students_line(trail)}, {wording.range_line(trail)}, "
                             f"generated {wording.generated_line(trail)}")
        # summaries link forward to exhibits not yet placed: a placeholder page, set when each is drawn
        self.links = {exhibit.number: self.pdf.add_link(page=1) for exhibit in trail.exhibits}
        self.pages: dict[int, int] = {}

    def link(self, message_id: int) -> int | None:
        number = self.trail.exhibit_of(message_id)
        return self.links.get(number) if number else None

    def cover(self) -> None:
        trail, pdf = self.trail, self.pdf
        pdf.add_page()
        pdf.ln(20)
        pdf.heading("Paper trail of school correspondence", size=22)
        pdf.paragraph(f"A numbered, chronological record of the written communication about "
                      f"{wording.students_line(trail)}, kept by IEP Paper Trail.", size=11)
        pdf.ln(6)
        groups = ", ".join(f"{len(items)} {status}" for status, items in trail.promises_by_status())
        rows = [("Student", wording.students_line(trail)), ("Period", wording.range_line(trail))]
        if trail.scope.topic:
            rows.append(("Topic", f"{trail.label(trail.scope.topic)} ({trail.scope.topic})"))
        rows += [
            ("Statuses as of", trail.scope.as_of.isoformat()),
            ("Generated on", wording.generated_line(trail)),
            ("Exhibits", f"{len(trail.exhibits)} messages"),
            ("Promises", f"{len(trail.promises)}" + (f" ({groups})" if groups else "")),
            ("Unanswered requests", str(len(trail.unanswered_requests))),
            ("Missed services", wording.cover_missed(trail)),
        ]
        for label, value in rows:
            pdf.set_font(SANS, "B", 10.5)
            pdf.cell(48, 6.5, label)
            pdf.set_font(SANS, "", 10.5)
            pdf.multi_cell(0, 6.5, printable(value), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(8)
        pdf.heading("How to check this record", size=11, level=None)
        pdf.paragraph(
            "Each exhibit gives the SHA-256 fingerprint of the email exactly as it was received. The evidence bundle "
            "(ZIP) holds those emails byte for byte, named by date and exhibit number, with a manifest of the SHA-256 "
            "of every file: `sha256sum -c MANIFEST.sha256` or `ieptrail verify BUNDLE.zip` shows whether anything was "
            "altered. Where the school's mail server signed a message, its DKIM signature was checked when the email "
            "arrived; the result is given with the exhibit. Quoted earlier messages and signatures are folded away "
            "here; they are in the original emails.", size=9)

    def summaries(self) -> None:
        trail, pdf = self.trail, self.pdf
        pdf.add_page()
        pdf.heading("Promises by status")
        groups = trail.promises_by_status()
        if not groups:
            pdf.paragraph("No promises found in these messages.")
        for status, items in groups:
            pdf.heading(f"{status.capitalize()} ({len(items)})", size=11, level=1)
            last = {"overdue": "Days overdue", "fulfilled": "Fulfilled", "dismissed": "Note"}.get(status)
            headings = ["Exhibit", "Promised", "By", "Promise", "Deadline"] + ([last] if last else [])
            rows = []
            for view in items:
                row = [str(trail.exhibit_of(view.message_id)), wording.day(view.promised_on),
                       view.by_name or view.by_email or "unknown", quoted(view.text), wording.deadline(view)]
                if status == "overdue":
                    row.append(str(view.extra.get("days_overdue", 0)))
                elif last:
                    row.append(wording.promise_outcome(view))
                rows.append(row)
            widths = (15, 19, 26, 78, 22) + ((20,) if last else ())
            pdf.grid(headings, rows, widths, frozenset({0, 5} if status == "overdue" else {0}),
                     [self.link(view.message_id) for view in items])
        pdf.heading("Unanswered requests")
        unanswered = trail.unanswered_requests
        if unanswered:
            pdf.grid(["Exhibit", "Asked", "By", "Request", "School days waiting"],
                     [[str(trail.exhibit_of(r.message_id)), wording.day(r.asked_on), r.by_name or r.by_email or "unknown",
                       quoted(r.text), f"{r.extra.get('waiting_school_days')}" + (" (needs follow-up)" if r.extra.get("needs_follow_up") else "")]
                      for r in unanswered],
                     (15, 19, 28, 90, 28), frozenset({0}), [self.link(r.message_id) for r in unanswered])
        else:
            pdf.paragraph("No unanswered requests.")
        self.missed_services()

    def missed_services(self) -> None:
        trail, pdf = self.trail, self.pdf
        pdf.heading("Missed services")
        if not trail.ledger.events:
            pdf.paragraph("No missed services reported in these messages.")
            return
        pdf.heading("Compensatory services", size=11, level=1)
        if trail.services:
            pdf.grid(["Service", "Sessions missed", "Minutes missed", "Made up", "Owed", "Evidence (exhibits)"],
                     [[line.label, wording.sessions_and_dates(line), wording.ledger_minutes(line.missed_minutes,
                                                                                           line.missed_not_stated, line.missed),
                       wording.made_up_cell(line), wording.owed_cell(line),
                       ", ".join(str(n) for n in trail.evidence_exhibits(line))] for line in trail.services],
                     (32, 42, 20, 32, 28, 26), frozenset({2}))
            pdf.paragraph(wording.LEDGER_NOTE, size=8.5)
        else:
            pdf.paragraph("No service session reported missed.")
        services = [event for event in trail.ledger.events if event.kind == "service"]
        if services:
            pdf.heading("Sessions missed", size=11, level=1)
            pdf.grid(["Exhibit", "Date", "Service", "Minutes", "Made up", "Reported as"],
                     [[", ".join(map(str, trail.event_exhibits(event))), wording.day(event.day) or "not stated",
                       trail.label(event.topic), wording.event_minutes(event), wording.made_up_of(event, trail),
                       event.reports[0].sentence] for event in services],
                     (17, 22, 30, 16, 27, 78), frozenset({0, 3}), [self.link(event.reports[0].message_id) for event in services])
        if trail.accommodations:
            pdf.heading("Accommodations not provided", size=11, level=1)
            rows = [event for line in trail.accommodations for event in line.events]
            pdf.grid(["Exhibit", "Date", "Accommodation", "Reported as"],
                     [[", ".join(map(str, trail.event_exhibits(event))), wording.day(event.day) or "not stated",
                       trail.label(event.topic), event.reports[0].sentence] for event in rows],
                     (17, 22, 36, 115), frozenset({0}), [self.link(event.reports[0].message_id) for event in rows])
        months = trail.ledger.owed_by_month()
        if trail.ledger.grid is not None and months:
            pdf.heading("Minutes owed per month", size=11, level=1)
            pdf.grid(["Service", "Month", "Minutes owed"],
                     [[trail.label(topic), f"{year}-{month:02d}", str(minutes)]
                      for topic, by_month in months.items() for (year, month), minutes in by_month.items()],
                     (80, 40, 40), frozenset({2}))

    def exhibit(self, exhibit: Exhibit) -> None:
        pdf, message = self.pdf, exhibit.message
        if pdf.will_page_break(40):
            pdf.add_page()
        pdf.set_draw_color(120)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.ln(2)
        pdf.set_link(self.links[exhibit.number], page=pdf.page_no(), y=pdf.get_y())
        self.pages[exhibit.number] = pdf.page_no()
        pdf.start_section(f"Exhibit {exhibit.number}", level=1)
        pdf.heading(f"Exhibit {exhibit.number}: {message.subject or '(no subject)'}", size=11.5, level=None)
        pdf.field("Date", wording.when(message.date, self.zone) + (" (time zone assumed)" if message.date_inferred else ""))
        pdf.field("From", wording.person(message.from_name, message.from_email))
        pdf.field("To", wording.people(message.to) or "-")
        if message.cc:
            pdf.field("Cc", wording.people(message.cc))
        pdf.field("Topics", ", ".join(self.trail.label(topic) for topic in message.topics) or "-")
        for number, file in enumerate(message.attachment_files, start=1):
            pdf.field("Attachment" if len(message.attachment_files) == 1 else f"Attachment {number}",
                      wording.attachment_line(file, self.trail.label))
        if message.attachments and not message.attachment_files:
            pdf.field("Attachments", ", ".join(message.attachments))
        pdf.field("Arrived", wording.arrival_line(exhibit))
        pdf.field("SHA-256", exhibit.sha256, mono=True)
        if exhibit.eml_names:
            pdf.field("Original", exhibit.eml_names[0])
        pdf.field("DKIM", wording.dkim_sentence(exhibit.dkim_pass or exhibit.dkim_summary, self.zone))
        pdf.ln(1)
        pdf.set_fill_color(244, 244, 244)
        pdf.paragraph(message.new_text or "(no new text)", size=9, fill=True)
        if message.quoted_text or message.signature_text:
            pdf.set_text_color(90)
            pdf.paragraph(wording.folded_line(message), size=7.5)
            pdf.set_text_color(0)
        found = ([f"Promise: \u201c{quoted(p.text)}\u201d: {wording.promise_status(p)}" for p in exhibit.promises]
                 + [f"Request: \u201c{quoted(r.text)}\u201d: {wording.request_status(r)}" for r in exhibit.requests]
                 + [wording.missed_line(m, self.trail.label) for m in exhibit.missed])
        for line in found:
            pdf.paragraph("\u2022 " + line, size=8.5)
        pdf.ln(3)

    def exhibits(self, on_exhibit: Callable[[int, int], None] | None = None) -> None:
        pdf = self.pdf
        pdf.add_page()
        pdf.heading("Exhibits")
        if not self.trail.exhibits:
            pdf.paragraph("No messages match.")
        for done, exhibit in enumerate(self.trail.exhibits, start=1):
            self.exhibit(exhibit)
            if on_exhibit is not None:
                on_exhibit(done, len(self.trail.exhibits))

    def topic_index(self) -> None:
        pdf = self.pdf
        pdf.add_page()
        pdf.heading("Index by topic")
        rows = [[self.trail.label(topic), ", ".join(f"{n} (p. {self.pages.get(n, '?')})" for n in numbers)]
                for topic, numbers in self.trail.topic_index()]
        if rows:
            pdf.grid(["Topic", "Exhibits (page)"], rows, (55, 125))
        else:
            pdf.paragraph("No topics were tagged in these messages.")


def render_pdf(trail: PaperTrail, settings: Settings, on_exhibit: Callable[[int, int], None] | None = None) -> bytes:
    """The report; `on_exhibit(done, total)` is told as each exhibit is laid out (most of the time it takes)."""
    writer = _Writer(trail, settings)
    writer.cover()
    writer.summaries()
    writer.exhibits(on_exhibit)
    writer.topic_index()
    return bytes(writer.pdf.output())
