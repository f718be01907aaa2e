from datetime import date
from fractions import Fraction

from gcsms_desktop.domain.french import format_date, format_euros, format_percent, plural, quote


def test_amounts_use_narrow_nbsp_for_thousands_and_nbsp_before_euro():
    assert format_euros(850000) == "8\u202f500\u00a0€"
    assert format_euros(25000000) == "250\u202f000\u00a0€"
    assert format_euros(1250) == "12,50\u00a0€"


def test_dates_are_written_in_full_french():
    assert format_date(date(2026, 11, 22)) == "22 novembre 2026"
    assert format_date(date(2027, 1, 1)) == "1er janvier 2027"


def test_percent_rounds_only_for_display():
    assert format_percent(Fraction(26, 100)) == "26\u00a0%"
    assert format_percent(Fraction(1, 17)) == "5,88\u00a0%"


def test_quotes_and_plural():
    assert quote("Les Tilleuls") == "«\u00a0Les Tilleuls\u00a0»"
    assert plural(1, "part") == "1\u00a0part" and plural(17, "part") == "17\u00a0parts"


def test_amounts_typed_by_a_user_are_read_into_cents():
    from gcsms_desktop.domain.french import parse_euros

    assert parse_euros("2 500") == 250000
    assert parse_euros("2500,50 €") == 250050
    assert parse_euros("12,345") is None and parse_euros("abc") is None and parse_euros("") is None


def test_de_is_elided_before_a_vowel():
    from gcsms_desktop.domain.french import with_de

    assert with_de("exercer ensemble") == "d\u2019exercer ensemble"
    assert with_de("être chargé") == "d\u2019être chargé"
    assert with_de("créer") == "de créer"


def test_decimals_typed_by_a_user_or_read_from_a_file():
    from decimal import Decimal

    from gcsms_desktop.domain.french import parse_decimal

    assert parse_decimal("33,5 %") == Decimal("33.5") and parse_decimal("33.5") == Decimal("33.5")
    assert parse_decimal("trente") is None and parse_decimal("NaN") is None and parse_decimal("") is None


def test_article_references_are_not_cut_at_the_end_of_a_line():
    from gcsms_desktop.domain.french import typography

    assert typography("(art. R. 312-194-17)") == "(art.\u00a0R.\u00a0312-194-17)"
    assert typography("les parts nos 1 à 26 et la part n° 27") == "les parts nos\u00a01 à 26 et la part n°\u00a027"
    once = typography("L'objet (art. L. 312-7, 3° b) : « exercer »")
    assert once == "L\u2019objet (art.\u00a0L.\u00a0312-7, 3° b)\u00a0: «\u00a0exercer\u00a0»"
    assert typography(once) == once
