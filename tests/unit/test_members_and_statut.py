"""R312-194-1 (two members), Art. 2 (statut) and R312-194-16 (accounting regime)."""

from gcsms_desktop.domain.member_rules import check_members
from gcsms_desktop.domain.members import LegalSector, MemberCategory, PersonKind, Representative
from gcsms_desktop.domain.statut import AccountingRegime, Statut, accounting_regime, derive_statut
from tests.factories import member


def test_r312_194_1_one_member_is_not_a_groupement():
    problems = check_members((member("A"),))
    assert any("au moins deux membres" in p.message for p in problems)
    assert not check_members((member("A"), member("B")))


def test_duplicate_keys_and_missing_representative_are_reported():
    problems = check_members((member("A"), member("A", representatives=())), representatives_per_member=1)
    messages = " ".join(p.message for p in problems)
    assert "utilisé par deux membres" in messages
    assert "représentant" in messages


def test_art_13_1_number_of_titular_representatives_counts_substitutes_apart():
    reps = (Representative("Jean", "président"), Representative("Paul", "vice-président", substitute=True))
    problems = check_members((member("A", representatives=reps), member("B")), representatives_per_member=2)
    assert [p.field for p in problems] == ["members[0].representatives", "members[1].representatives"]


def test_commune_must_be_public_law_and_liberal_professional_a_natural_person():
    commune = member("C", category=MemberCategory.COMMUNE, sector=LegalSector.PRIVATE)
    liberal = member("L", category=MemberCategory.LIBERAL_PROFESSIONAL, person_kind=PersonKind.LEGAL)
    fields = [p.field for p in check_members((commune, liberal))]
    assert fields == ["members[0].sector", "members[1].person_kind"]


def test_art_2_all_public_gives_public_law():
    d = derive_statut((member("A", sector=LegalSector.PUBLIC), member("B", sector=LegalSector.PUBLIC)))
    assert d.fixed is Statut.PUBLIC and not d.members_choose


def test_art_2_public_with_liberal_professionals_gives_public_law():
    liberal = member("L", sector=LegalSector.PRIVATE, person_kind=PersonKind.NATURAL,
                     category=MemberCategory.LIBERAL_PROFESSIONAL)
    assert derive_statut((member("A", sector=LegalSector.PUBLIC), liberal)).fixed is Statut.PUBLIC


def test_art_2_all_private_gives_private_law_and_mixed_lets_members_choose():
    assert derive_statut((member("A"), member("B"))).fixed is Statut.PRIVATE
    mixed = derive_statut((member("A", sector=LegalSector.PUBLIC), member("B")))
    assert mixed.members_choose and "choisissent" in mixed.reason


def test_r312_194_16_accounting_regimes():
    nonprofit = (member("A"), member("B"))
    with_profit = (member("A"), member("B", profit_making=True))
    assert accounting_regime(Statut.PUBLIC, False, nonprofit) is AccountingRegime.PUBLIC_GBCP
    assert accounting_regime(Statut.PUBLIC, True, nonprofit) is AccountingRegime.PUBLIC_ESSMS
    assert accounting_regime(Statut.PRIVATE, False, with_profit) is AccountingRegime.PRIVATE_COMMON
    assert accounting_regime(Statut.PRIVATE, True, nonprofit) is AccountingRegime.PRIVATE_NONPROFIT_ESSMS
    assert accounting_regime(Statut.PRIVATE, True, with_profit) is AccountingRegime.PRIVATE_PROFIT_ESSMS
    assert "R. 314-80 à R. 314-100" in AccountingRegime.PRIVATE_NONPROFIT_ESSMS.label


def test_suggested_member_keys_are_short_and_unique():
    from gcsms_desktop.domain.members import suggest_key

    assert suggest_key("Association des Paralysés de France", "", set()) == "ADPDF"
    assert suggest_key("Centre communal", "CCAS", {"CCAS"}) == "CCAS2"


def test_r312_194_10_exclusion_needs_three_members():
    from gcsms_desktop.domain.member_rules import exclusion_possible

    assert not exclusion_possible(2) and exclusion_possible(3)


def test_art_8_2_withdrawal_of_one_of_two_members_dissolves_the_groupement():
    from gcsms_desktop.domain.member_rules import withdrawal_dissolves

    assert withdrawal_dissolves(2) and not withdrawal_dissolves(3)


def test_art_7_no_transfer_between_members_when_they_are_only_two():
    from gcsms_desktop.domain.member_rules import transfer_to_member_possible

    assert not transfer_to_member_possible(2) and transfer_to_member_possible(3)
