"""R312-194-17 (mention), Art. 5 (durée), R312-194-23 (administrateur), R312-194-20 (proxies)."""

from dataclasses import replace
from datetime import date

from gcsms_desktop.domain.administrator import Administrator, check_administrator
from gcsms_desktop.domain.convention_checks import check_dates, check_groupement
from gcsms_desktop.domain.denomination import check_denomination, has_mandatory_mention, mention_for_documents
from gcsms_desktop.domain.duration import Duration
from gcsms_desktop.domain.governance import Governance, check_governance
from gcsms_desktop.domain.groupement import ApprovalDates
from gcsms_desktop.domain.members import LegalSector, PersonKind
from gcsms_desktop.domain.problems import Severity
from gcsms_desktop.domain.statut import Statut
from tests.factories import member, seventeen_parts_groupement, without_capital_groupement


def test_r312_194_17_denomination_carries_the_mention():
    assert has_mandatory_mention("Groupement de coopération médico‑sociale Les Tilleuls")
    assert has_mandatory_mention("GROUPEMENT DE COOPÉRATION SOCIALE du Pays")
    assert not has_mandatory_mention("GCSMS Les Tilleuls")
    assert "R. 312-194-17" in check_denomination("GCSMS Les Tilleuls")[0].message
    assert mention_for_documents("GCSMS X").endswith("groupement de coopération sociale ou médico-sociale")


def test_art_5_fixed_duration_runs_from_the_day_after_publication():
    duration = Duration(5)
    assert duration.start_date(date(2027, 3, 10)) == date(2027, 3, 11)
    assert duration.end_date(date(2027, 3, 10)) == date(2032, 3, 10)
    assert Duration().end_date(date(2027, 3, 10)) is None
    assert Duration(1).end_date(date(2028, 2, 27)) == date(2029, 2, 27)


def test_r312_194_23_administrator_is_a_member_person_or_representative_for_three_years():
    members = (member("A"), member("P", "Claire Dupont", person_kind=PersonKind.NATURAL, representatives=()))
    assert not check_administrator(Administrator("A", "Directeur A"), members, 3)
    assert not check_administrator(Administrator("P", "Claire Dupont"), members, 3)
    outsider = check_administrator(Administrator("A", "Un consultant"), members, 3)
    assert "R. 312-194-23" in outsider[0].message
    assert check_administrator(None, members, 2)[0].severity is Severity.ERROR
    assert check_administrator(None, members, 4)[0].severity is Severity.WARNING
    term = Administrator("A", "Directeur A", date(2026, 12, 1)).term_end()
    assert term == date(2029, 11, 30)


def test_r312_194_20_no_proxy_with_two_members():
    problems = check_governance(Governance(proxies_allowed=True), member_count=2)
    assert problems[0].field == "governance.proxies_allowed"
    assert not check_governance(Governance(proxies_allowed=True), member_count=3)


def test_convocation_shorter_than_fifteen_days_is_a_warning():
    problems = check_governance(Governance(convocation_days=10), member_count=3)
    assert problems[0].severity is Severity.WARNING and "quinze jours" in problems[0].message


def test_r312_194_18_dates_follow_the_approval_procedure():
    problems = check_dates(ApprovalDates(signature=date(2026, 11, 22), sent_to_prefect=date(2026, 11, 1)))
    assert problems[0].field == "dates.sent_to_prefect"


def test_model_examples_have_no_error():
    assert not [p for p in check_groupement(seventeen_parts_groupement()) if p.is_error]
    assert not [p for p in check_groupement(without_capital_groupement()) if p.is_error]


def test_mixed_membership_must_choose_a_statut():
    g = without_capital_groupement()
    problems = check_groupement(replace(g, statut_choice=None))
    assert [p.field for p in problems if p.is_error] == ["statut"]
    assert replace(g, statut_choice=Statut.PRIVATE).statut is Statut.PRIVATE


def test_choice_contradicting_the_members_nature_is_an_error():
    g = replace(seventeen_parts_groupement(), statut_choice=Statut.PUBLIC)
    assert [p.field for p in check_groupement(g) if p.is_error] == ["statut"]
    public = replace(g, members=tuple(replace(m, sector=LegalSector.PUBLIC) for m in g.members))
    assert public.statut is Statut.PUBLIC
