"""The Unicode TrueType font shipped for PDFs (DejaVu Sans, licence beside it in resources/fonts/), so names
in Finnish, Swedish, Sámi, Cyrillic and Arabic script print as real, searchable text."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from omavalmentaja.assets import resources_dir

REGULAR = "OmaSans"
BOLD = "OmaSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
# A TableStyle command for every table: a cell's style names a font even when the cell holds a Paragraph, and
# reportlab's default there is an unembedded Helvetica.
TABLE_FONT = ("FONTNAME", (0, 0), (-1, -1), REGULAR)

# A run of words written right to left (Arabic script), separated by spaces.
_RTL_WORD = r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff][\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u064b-\u065f]*"
_RTL_RUN = re.compile(rf"{_RTL_WORD}(?: +{_RTL_WORD})+")


def register_fonts() -> None:
    """Register the fonts once per process (reportlab keeps a global registry)."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    folder = resources_dir() / "fonts"
    for name, file_name in _FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(folder / file_name)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)


def visual_order(text: str) -> str:
    """Put the words of a right-to-left run (e.g. an Arabic name of two words) in the order a reader of that
    script expects. The letters of each word are joined and ordered by the shaper (HarfBuzz) in reportlab."""
    return _RTL_RUN.sub(lambda m: " ".join(reversed(m.group(0).split())), text)


# reportlab breaks lines only between words; a word wider than its column is cut letter by letter
# (splitLongWords), which costs time that grows with the square of the word's length. Words longer than this
# are cut into pieces of this length beforehand, so any text the program accepts prints quickly.
LONGEST_WORD = 40
_LONG_WORD = re.compile(rf"\S{{{LONGEST_WORD + 1},}}")


def break_long_words(text: str) -> str:
    """Text with every word longer than LONGEST_WORD cut into pieces separated by a space."""
    def cut(match: re.Match[str]) -> str:
        word = match.group(0)
        return " ".join(word[i:i + LONGEST_WORD] for i in range(0, len(word), LONGEST_WORD))

    return _LONG_WORD.sub(cut, text)


def paragraph_markup(value: str) -> str:
    """Plain text as Paragraph markup: escaped, right-to-left runs in reading order, over-long words cut,
    line breaks kept."""
    return escape(visual_order(break_long_words(value))).replace("\n", "<br/>")
