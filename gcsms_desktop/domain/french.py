"""French typography for amounts, dates and shares (used by the GUI and the documents).

Thousands are separated by a narrow no-break space (U+202F) and units by a no-break space
(U+00A0), as the Imprimerie nationale recommends: ``8 500 €``, ``26 %``, ``22 novembre 2026``.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

NNBSP = "\u202f"  # espace fine insécable
NBSP = "\u00a0"  # espace insécable

# « art. », « R. », « L. », « n° » are never left alone at the end of a line.
REFERENCE_SPACE = re.compile(r"(?<![\w.])(art\.|arts\.|R\.|L\.|D\.|n°|nos) ")

MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)


def group_thousands(value: int) -> str:
    """``8500`` → ``8 500`` with narrow no-break spaces."""
    sign = "-" if value < 0 else ""
    digits = str(abs(value))
    groups: list[str] = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return sign + NNBSP.join(groups)


def format_euros(cents: int) -> str:
    """``850000`` cents → ``8 500 €``; cents shown only when there are some (``12,50 €``)."""
    euros, rest = divmod(abs(cents), 100)
    sign = "-" if cents < 0 else ""
    text = group_thousands(euros)
    if rest:
        text += f",{rest:02d}"
    return f"{sign}{text}{NBSP}€"


WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


def format_long_date(value: date) -> str:
    """« mardi 15 décembre 2026 », for convocations."""
    return f"{WEEKDAYS[value.weekday()]} {format_date(value)}"


def format_date(value: date) -> str:
    """``date(2026, 11, 22)`` → ``22 novembre 2026``; the first of a month is ``1er``."""
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {MONTHS[value.month - 1]} {value.year}"


def format_decimal(value: Decimal | Fraction, places: int = 2) -> str:
    """A number with a decimal comma, trailing zeros dropped: ``5,88``, ``26``."""
    exact = Decimal(value.numerator) / Decimal(value.denominator) if isinstance(value, Fraction) else value
    quantum = Decimal(1).scaleb(-places)
    rounded = exact.quantize(quantum, rounding=ROUND_HALF_UP)
    integer, _, decimals = f"{abs(rounded):f}".partition(".")
    decimals = decimals.rstrip("0")
    sign = "-" if rounded < 0 else ""
    text = sign + group_thousands(int(integer))
    return f"{text},{decimals}" if decimals else text


def format_percent(share: Fraction, places: int = 2) -> str:
    """An exact share shown as a percentage, rounded for display only: ``1/17`` → ``5,88 %``."""
    return f"{format_decimal(share * 100, places)}{NBSP}%"


def quote(text: str) -> str:
    """French quotation marks with no-break spaces inside: « texte »."""
    return f"«{NBSP}{text}{NBSP}»"


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """``1 part``, ``17 parts`` (French: 0 and 1 are singular)."""
    word = singular if abs(count) < 2 else (plural_form or singular + "s")
    return f"{group_thousands(count)}{NBSP}{word}"


def typography(text: str) -> str:
    """French spacing and apostrophes for running text (not for markup attributes).

    No-break space before « : », narrow no-break space before « ; ! ? », inside « »; curly
    apostrophe; article references kept on one line (« art. R. 312-194-17 »). Idempotent, so it
    can be applied to text that is already correct.
    """
    text = REFERENCE_SPACE.sub(lambda m: m.group(1) + NBSP, text)
    text = text.replace("'", "\u2019")
    text = text.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")
    text = text.replace(" :", NBSP + ":")
    for mark in ";!?":
        text = text.replace(" " + mark, NNBSP + mark)
    return text


def parse_decimal(text: str) -> Decimal | None:
    """A number typed the French way or the file way: « 33,5 », « 33.5 », « 33,5 % »; None otherwise."""
    cleaned = text.replace("%", "").replace(NNBSP, "").replace(NBSP, "").replace(" ", "").replace(",", ".")
    try:
        value = Decimal(cleaned)
    except ArithmeticError:
        return None
    # « 1e999999999 » is a Decimal, but any arithmetic on it overflows: not a number a user means.
    if not value.is_finite() or not -60 <= int(value.as_tuple().exponent) <= 60:
        return None
    return value if value.is_zero() or -30 <= value.adjusted() <= 15 else None


def parse_euros(text: str) -> int | None:
    """« 2 500 », « 2500,50 € », « 2 500.5 » → cents; None when it is not an amount."""
    cleaned = text.replace("€", "").replace(NNBSP, "").replace(NBSP, "").replace(" ", "").replace(",", ".")
    if not cleaned:
        return None
    try:
        amount = Decimal(cleaned)
        if not amount.is_finite() or amount.adjusted() > 15 or amount != amount.quantize(Decimal("0.01")):
            return None
    except ArithmeticError:  # quantize of a number with a huge exponent
        return None
    return int(amount * 100)


def with_de(text: str) -> str:
    """« de » before an infinitive, elided before a vowel: « d’exercer », « de créer »."""
    return ("d\u2019" if text[:1].lower() in "aeiouyàâéèêëîïôûù" else "de ") + text


def sentence_case(text: str) -> str:
    """First letter upper case, the rest untouched (« Cession … de « CCAS de Vitré » »)."""
    return text[:1].upper() + text[1:]
