"""Bounds of valid input: lengths of texts, refused characters, plausible numbers and dates.

Why in the domain: the same rule must hold wherever data enters (a JSON file, the wizard, the
command line), and a value outside these bounds is not a lawful entry of the books. A 10 MB name
or a mandate of a million years made every document unprintable; an invisible bidi override in a
name makes a printed register say something else than what is stored. docs/regles-et-choix.md
explains each figure.

A field's bound is chosen by its name (the JSON key, which is also the domain attribute), so a
reader of any document and a domain check agree without a list per document.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

from gcsms_desktop.domain.problems import Problem


@dataclass(frozen=True)
class TextBound:
    """At most ``length`` characters; ``multiline`` texts may hold line breaks and tabs."""

    length: int
    multiline: bool = False


KEY = TextBound(40)  # a member's key (« A », « CH-VITRE »)
CODE = TextBound(40)  # SIREN, FINESS, deliberation number, time of a meeting
NAME = TextBound(200)  # dénomination, names of members and persons: one printed line or two
LINE = TextBound(300)  # capacities, titles, places
ADDRESS = TextBound(500, multiline=True)  # an address may span a few lines
TEXT = TextBound(20_000, multiline=True)  # objet, préambule, resolution, erratum, reason: a few pages

TEXT_BOUNDS: dict[str, TextBound] = {
    "key": KEY, "member": KEY, "buyer": KEY, "concerned_member": KEY, "proxy_holder": KEY,
    "siren": CODE, "finess": CODE, "deliberation_number": CODE, "number": CODE, "meeting_time": CODE,
    "opened_at": CODE, "closed_at": CODE, "debates": TEXT,
    "denomination": NAME, "name": NAME, "short_name": NAME, "person_name": NAME, "representative": NAME,
    "president": NAME, "secretary": NAME, "scrutineer": NAME, "president_other": NAME,
    "seat_address": ADDRESS, "address": ADDRESS, "place": LINE, "signature_place": LINE,
    "object_text": TEXT, "preamble": TEXT, "recitals": TEXT, "resolution": TEXT, "text": TEXT,
    "reason": TEXT, "description": TEXT, "documents": TEXT, "articles": TEXT, "cancellation_reason": TEXT,
}
DEFAULT_TEXT_BOUND = LINE

# Format characters that reorder or hide text (Unicode « bidi controls »): refused everywhere.
BIDI_CONTROLS = frozenset(
    [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)])
MULTILINE_CONTROLS = frozenset("\n\r\t")

MAX_YEARS = 99  # a term in years: as the durée of the groupement (art. 5 of the convention)
MAX_PARTS = 1_000_000  # part numbers and counts: a million parts is far above any groupement
MAX_AMOUNT_CENTS = 10_000_000_000_000  # 100 milliards d'euros, in cents
MAX_PAGES = 100_000  # pages of the registre des délibérations
MAX_NUMBER = 1_000_000  # any other whole number (ordinal numbers, counts, delays)
INTEGER_BOUNDS: dict[str, int] = {
    "duration_years": MAX_YEARS, "administrator_term_years": MAX_YEARS,
    "first": MAX_PARTS, "last": MAX_PARTS, "parts": MAX_PARTS,
    "unit_value_cents": MAX_AMOUNT_CENTS, "value_cents": MAX_AMOUNT_CENTS, "debts_cents": MAX_AMOUNT_CENTS,
    "first_page": MAX_PAGES, "page_count": MAX_PAGES,
    "convocation_days": 365, "urgent_convocation_hours": 720, "representatives_per_member": 20,
    "meetings_per_year": 365, "withdrawal_notice_months": 120, "exclusion_hearing_days": 365,
    "exclusion_formal_notices": 10, "settlement_days": 3_650, "transfer_meeting_months": 120,
    "conciliators": 20, "conciliation_months": 120,
}
MAX_DECIMAL_DIGITS = 30  # a contribution key « 33.333… » written with that many digits at most

EARLIEST_DATE = date(1900, 1, 1)  # no GCSMS before the law of 2 January 2002, with a wide margin
LATEST_DATE = date(2200, 12, 31)  # a 99-year term from today ends before this


def text_bound(field: str) -> TextBound:
    """The bound of a field named by its last dotted segment (``members[0].name`` → ``name``)."""
    name = field.rsplit(".", 1)[-1].split("[", 1)[0]
    return TEXT_BOUNDS.get(name, DEFAULT_TEXT_BOUND)


def refused_character(text: str, multiline: bool) -> str | None:
    """The first character a text may not hold: controls, bidi overrides, lone surrogates."""
    for char in text:
        if char in MULTILINE_CONTROLS and multiline:
            continue
        code = ord(char)
        category = unicodedata.category(char)
        if category in ("Cc", "Cs") or code in BIDI_CONTROLS or (category in ("Zl", "Zp") and not multiline):
            return char
    return None


def character_name(char: str) -> str:
    """« U+202E (RIGHT-TO-LEFT OVERRIDE) » — the user cannot see the character itself."""
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X}" + (f" ({name})" if name else "")


def text_problem(text: str, field: str) -> str | None:
    """The French reason ``text`` is refused for ``field``, or None."""
    bound = text_bound(field)
    if len(text) > bound.length:
        return (f"texte trop long : {len(text):,} caractères pour {bound.length:,} au plus.").replace(",", "\u202f")
    refused = refused_character(text, bound.multiline)
    if refused is not None:
        if refused in MULTILINE_CONTROLS:
            return f"ce texte tient sur une ligne : le caractère {character_name(refused)} est refusé."
        return (f"caractère de contrôle ou de mise en forme invisible {character_name(refused)} refusé : "
                "retapez le texte sans le copier-coller d'un document mis en forme.")
    return None


def integer_problem(value: int, field: str) -> str | None:
    """A whole number beyond what the books can hold (a mandate of a million years…), or None."""
    name = field.rsplit(".", 1)[-1].split("[", 1)[0]
    limit = INTEGER_BOUNDS.get(name, MAX_NUMBER)
    if abs(value) > limit:
        shown = str(value) if len(str(value)) <= 20 else f"{str(value)[:12]}… ({len(str(value))} chiffres)"
        return f"nombre hors limites : {shown} (au plus {limit:,}).".replace(",", "\u202f")
    return None


def date_problem(value: date) -> str | None:
    """A date outside 1900–2200 is a typing error (« 2206 » for « 2026 »), not a lawful act."""
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        return (f"date {value.isoformat()} invraisemblable : une date entre "
                f"{EARLIEST_DATE.year} et {LATEST_DATE.year} est attendue.")
    return None


def check_texts(fields: list[tuple[str, str]]) -> list[Problem]:
    """Problems of (field, text) pairs, the field as a dotted path the user interface points at."""
    problems = []
    for field, text in fields:
        message = text_problem(text, field)
        if message is not None:
            problems.append(Problem(field, message[0].upper() + message[1:]))
    return problems


def check_dates_in_range(fields: list[tuple[str, date | None]]) -> list[Problem]:
    problems = []
    for field, value in fields:
        message = None if value is None else date_problem(value)
        if message is not None:
            problems.append(Problem(field, message[0].upper() + message[1:]))
    return problems
