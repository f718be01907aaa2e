"""Dated corrections of representatives and contact details (art. 13-1 of the model convention)."""

from __future__ import annotations

from datetime import date

from gcsms_desktop.domain.member_details import (
    DetailsCorrection, DetailsIndex, GroupementContact, check_correction, check_unused, contact_on, corrected,
    representation_history,
)
from gcsms_desktop.domain.members import PersonKind, Representative
from tests.factories import member

FOUNDER = member("A", "Association A")
NEW_PRESIDENT = (Representative("Yves Le Bris", "président"),)
MARCH_14 = date(2027, 3, 14)


def correction(**fields: object) -> DetailsCorrection:
    return DetailsCorrection("A", fields.pop("on", MARCH_14), **fields)  # type: ignore[arg-type]


def test_a_new_representative_is_in_office_from_its_effective_date_not_the_day_before():
    """Art. 13-1: each member is represented by the persons it designates, from the day it says."""
    change = correction(representatives=NEW_PRESIDENT)
    assert corrected(FOUNDER, [change], date(2027, 3, 13)).representatives == FOUNDER.representatives
    assert corrected(FOUNDER, [change], MARCH_14).representatives == NEW_PRESIDENT
    assert corrected(FOUNDER, [change], date(2027, 3, 15)).representatives == NEW_PRESIDENT


def test_a_correction_changes_only_what_it_names_and_two_apply_in_date_order():
    later = correction(on=date(2027, 6, 1), email="contact@a.fr", number=1)
    earlier = correction(address="5 rue Neuve, Rennes", email="ancien@a.fr", number=2)
    on_june = corrected(FOUNDER, [later, earlier], date(2027, 6, 1))
    assert (on_june.address, on_june.email, on_june.representatives) == (
        "5 rue Neuve, Rennes", "contact@a.fr", FOUNDER.representatives)
    assert corrected(FOUNDER, [later, earlier], date(2027, 5, 31)).email == "ancien@a.fr"


def test_another_members_correction_is_not_applied():
    other = DetailsCorrection("B", MARCH_14, address="ailleurs")
    assert corrected(FOUNDER, [other], date(2030, 1, 1)) == FOUNDER
    assert DetailsIndex([other]).member_on(FOUNDER, date(2030, 1, 1)) == FOUNDER


def test_the_history_tells_who_represented_the_member_until_when():
    text = representation_history(FOUNDER, [correction(representatives=NEW_PRESIDENT)])
    first = FOUNDER.representatives[0]
    assert text == (f"Représenté par {first.name} ({first.capacity}) jusqu'au 13 mars 2027, "
                    "puis par Yves Le Bris (président).")


def test_the_groupements_contact_details_follow_their_dates():
    change = DetailsCorrection("", MARCH_14, email="gcsms@exemple.fr")
    initial = GroupementContact("ancien@exemple.fr", "02 99 00 00 00")
    assert contact_on(initial, [change], date(2027, 3, 13)) == initial
    assert contact_on(initial, [change], MARCH_14) == GroupementContact("gcsms@exemple.fr", "02 99 00 00 00")


def check(c: DetailsCorrection, in_force: bool = True, wanted: int = 1) -> list[str]:
    return [p.message for p in check_correction(c, FOUNDER if in_force else None, FOUNDER.name, wanted,
                                                date(2026, 11, 22))]


def test_a_member_left_or_not_yet_admitted_cannot_be_corrected_on_that_day():
    assert any("n'est pas membre du groupement le 14 mars 2027" in m
               for m in check(correction(email="a@a.fr"), in_force=False))
    assert check(correction(email="a@a.fr")) == []


def test_a_correction_before_the_signature_of_the_convention_is_refused():
    messages = check(correction(on=date(2026, 11, 21), email="a@a.fr"))
    assert messages and "signée le 22 novembre 2026" in messages[0]
    assert check(correction(on=date(2026, 11, 22), email="a@a.fr")) == []


def test_art_13_1_needs_as_many_titulaires_as_the_convention_says():
    only_substitute = (Representative("Suppléante", "", substitute=True),)
    assert any("au moins 1 représentant titulaire" in m for m in check(correction(representatives=only_substitute)))
    assert any("au moins 2 représentants titulaires" in m
               for m in check(correction(representatives=NEW_PRESIDENT), wanted=2))
    assert any("n'a pas de nom" in m for m in check(correction(representatives=(Representative(" "),))))


def test_a_natural_person_member_may_sit_in_person():
    person = member("P", "Dr Paul Martin")
    person = type(person)(**{**person.__dict__, "person_kind": PersonKind.NATURAL})
    problems = check_correction(DetailsCorrection("P", MARCH_14, representatives=()), person, person.name, 1)
    assert problems == []


def test_empty_corrections_and_bad_email_addresses_are_refused_in_french():
    assert any("Rien à corriger" in m for m in check(correction()))
    assert any("n'est pas une adresse valable" in m for m in check(correction(email="pas une adresse")))
    assert any("adresse de « Association A » est vide" in m for m in check(correction(address="  ")))
    assert check(correction(email="")) == []  # an e-mail may be removed


def test_a_correction_never_changes_what_convocations_or_minutes_already_showed():
    """R312-194-20, -22: letters sent and a PV signed named the representatives then in office."""
    c = correction(email="a@a.fr")
    assert check_unused(c, "« A »", (date(2027, 3, 13),)) == []
    refused = check_unused(c, "« A »", (date(2027, 3, 20), MARCH_14))
    assert refused and "prend effet le 21 mars 2027 au plus tôt" in refused[0].message
    assert check_unused(c, "« A »", (MARCH_14,), taking_back=True)
    assert check_unused(c, "« A »", (date(2027, 3, 13),), taking_back=True) == []
