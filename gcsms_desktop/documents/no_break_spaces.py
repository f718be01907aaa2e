"""Keep French no-break spaces unbroken in ReportLab paragraphs.

ReportLab splits paragraph text into words with ``str.split()`` (or its own list of Unicode
spaces when a U+00A0 is present); both treat U+202F NARROW NO-BREAK SPACE as a breakable space,
so ``8 500 €`` could be cut at the end of a line and the narrow glyph is replaced by a plain
space. We install a splitter that breaks only on breakable spaces.
"""

from __future__ import annotations

import re

from reportlab.platypus import paragraph

NO_BREAK = "\u00a0\u202f\u2007\u2060"
_WSC: str = paragraph._wsc  # type: ignore[attr-defined]  # ReportLab's private list of spaces, not in its stubs
_BREAKABLE = re.compile("[" + re.escape("".join(c for c in " \t\n\r\x0b\x0c" + _WSC if c not in NO_BREAK)) + "]+")
_installed = False


def split_words(text: str | bytes, delim: str | bytes | None = None) -> list[str]:
    """ReportLab's ``paragraph.split`` contract, without breaking at no-break spaces."""
    if isinstance(text, bytes):
        text = text.decode("utf8")
    if isinstance(delim, bytes):
        delim = delim.decode("utf8")
    if delim is not None:
        return text.split(delim)
    return [word for word in _BREAKABLE.split(text) if word]


def install() -> None:
    global _installed
    if not _installed:
        paragraph.split = split_words  # type: ignore[attr-defined]  # the hook this module exists for
        _installed = True
