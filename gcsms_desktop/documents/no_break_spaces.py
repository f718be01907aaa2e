"""Keep French no-break spaces unbroken in ReportLab paragraphs — the one place ReportLab is patched.

Why a patch: ReportLab's ``Paragraph`` cuts its text into words with the module function
``reportlab.platypus.paragraph.split`` (``str.split()``, or its own list of Unicode spaces when a
U+00A0 is present). Both treat U+202F NARROW NO-BREAK SPACE as a breakable space, so ``8 500 €``
could be cut at the end of a line and the narrow glyph replaced by a plain space. ReportLab offers
no public option or hook for the characters it breaks at, so ``install()`` replaces that function
with one that breaks only at breakable spaces, keeping its contract ``split(text, delim=None)``.

tests/documents/test_library_hooks.py fails if ReportLab stops calling ``paragraph.split`` or
changes its signature, so an upgrade of ReportLab cannot silently bring the broken lines back.
"""

from __future__ import annotations

import re

from reportlab.platypus import paragraph

NO_BREAK = "\u00a0\u202f\u2007\u2060"
ZERO_WIDTH_SPACE = "\u200b"  # a break opportunity, as ReportLab treats it
# What str.split() breaks at (every str.isspace() character), less the no-break ones; a test checks it.
BREAKABLE = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
             "\u2008\u2009\u200a\u2028\u2029\u205f\u3000")
_BREAKABLE = re.compile("[" + re.escape(BREAKABLE + ZERO_WIDTH_SPACE) + "]+")
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
