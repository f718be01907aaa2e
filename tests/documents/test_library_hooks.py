"""ReportLab is patched in one place (gcsms_desktop/documents/no_break_spaces.py says why): these
tests fail if a new ReportLab changes what that patch relies on."""

from __future__ import annotations

import inspect
import io
import re
import sys

from pypdf import PdfReader
from reportlab.platypus import Paragraph, SimpleDocTemplate, paragraph

from gcsms_desktop.documents import no_break_spaces
from gcsms_desktop.documents.styles import stylesheet

AMOUNT = "8\u202f500\u00a0€"


def test_paragraph_still_splits_its_words_with_the_module_function_we_replace():
    stylesheet()  # installs the splitter
    split = vars(paragraph)["split"]  # not in ReportLab's stubs
    assert split is no_break_spaces.split_words
    assert list(inspect.signature(split).parameters) == ["text", "delim"]
    assert re.search(r"\bsplit\(text\)", inspect.getsource(paragraph.Paragraph)), "Paragraph calls split(text)"


def test_a_narrow_column_of_amounts_never_breaks_inside_an_amount():
    styles = stylesheet()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, leftMargin=200, rightMargin=330)  # a column about 60 pt wide
    document.build([Paragraph(" ".join([AMOUNT] * 20), styles["body"])])
    lines = [line.strip() for line in PdfReader(io.BytesIO(buffer.getvalue())).pages[0].extract_text().splitlines()]
    assert len(lines) > 5, "the column is narrow enough to force line breaks"
    for line in lines:
        assert re.fullmatch(r"8\u202f500[\u00a0 ]€( 8\u202f500[\u00a0 ]€)*", line), line


def test_breakable_spaces_are_pythons_whitespace_less_the_no_break_ones():
    whitespace = {c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace()}
    assert set(no_break_spaces.BREAKABLE) == whitespace - set(no_break_spaces.NO_BREAK)
