"""R. 312-194-18 du CASF: the groupement is a legal person from the publication of the approval order."""

from __future__ import annotations

from datetime import date

from gcsms_desktop.domain.legal_personality import legal_personality_text

PUBLISHED = date(2026, 10, 30)


def test_r312_194_18_a_legal_person_from_the_publication_day_on():
    assert legal_personality_text(PUBLISHED, date(2026, 10, 29)).startswith(
        "personne morale à compter du 30 octobre 2026")  # the day before: not yet
    for today in (PUBLISHED, date(2026, 10, 31)):  # the day itself and after
        assert legal_personality_text(PUBLISHED, today).startswith("personne morale depuis le 30 octobre 2026")


def test_r312_194_18_not_a_legal_person_before_the_order_is_published():
    text = legal_personality_text(None, date(2026, 11, 25))
    assert text.startswith("pas encore personne morale") and "R.\u00a0312-194-18" in text
