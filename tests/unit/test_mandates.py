"""The administrateur over time (art. 14 of the convention, R. 312-194-21 3°, R. 312-194-23)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from gcsms_desktop.domain.changes import Change, Deliberation, Dissolution, Withdrawal
from gcsms_desktop.domain.deadlines import deadlines
from gcsms_desktop.domain.history import History
from gcsms_desktop.domain.mandate_checks import check_mandate, check_mandate_dates
from gcsms_desktop.domain.mandates import EndReason, Mandate, MandateKind, Office, administration
from gcsms_desktop.domain.matters import Matter
from tests.factories import seventeen_parts_groupement

G = seventeen_parts_groupement()  # M01's director elected on 1 December 2026, for three years


def elected(on: date, key: str = "M02", number: str = "", **kwargs) -> Mandate:
    return Mandate(key, f"Directeur {key}", Deliberation(on, number, Matter.ADMINISTRATOR, True), **kwargs)


def person(history: History, on: date) -> str:
    found = history.administrator(on)
    return found.person_name if found else ""


def key(history: History, on: date) -> str:
    found = history.administrator(on)
    return found.member_key if found else ""


def office(history: History, on: date) -> Office:
    found = history.office(on)
    assert found is not None
    return found


def problems(mandate: Mandate, recorded: tuple[Mandate, ...] = (), changes: tuple[Change, ...] = ()) -> list[str]:
    history = History(G, changes, mandates=recorded)
    return [p.message for p in check_mandate(G, history.timeline, history.administration, mandate)]


# --- who is in office on a date ---------------------------------------------------------------------

def test_founding_term_ends_three_years_later_the_day_before():
    """R. 312-194-23: « pour une durée de trois ans » from 1 December 2026: last day 30 November 2029."""
    history = History(G)
    assert person(history, date(2029, 11, 30)) == "Directeur M01"
    assert history.administrator(date(2029, 12, 1)) is None
    assert history.administrator(date(2026, 11, 30)) is None  # before the election (signed 22 November)
    assert office(history, date(2027, 1, 1)).kind is MandateKind.FOUNDING


def test_reelection_at_the_end_of_the_term_continues_without_gap():
    again = elected(date(2029, 11, 20), "M01", starts_on=date(2029, 12, 1))
    history = History(G, (), mandates=(again,))
    assert person(history, date(2029, 11, 30)) == "Directeur M01"
    assert person(history, date(2029, 12, 1)) == "Directeur M01"
    found = office(history, date(2029, 12, 1))
    assert found.kind is MandateKind.REELECTION and found.term_end == date(2032, 11, 30)


def test_replacement_mid_term_gives_a_new_full_term_and_ends_the_previous_one():
    """Art. 14: « révocable à tout moment »; the new administrateur is named for three years."""
    successor = elected(date(2028, 3, 10), ends_previous=EndReason.RESIGNATION)
    history = History(G, (), mandates=(successor,))
    founding, new = history.administration.offices
    assert founding.ends_on == date(2028, 3, 9) and founding.ended_by is EndReason.RESIGNATION
    assert new.kind is MandateKind.REPLACEMENT and new.term_end == date(2031, 3, 9)
    assert key(history, date(2028, 3, 9)) == "M01"
    assert key(history, date(2028, 3, 10)) == "M02"


def test_the_office_ends_the_day_before_its_member_leaves():
    """R. 312-194-23: only a member's person may be administrateur (M01 withdraws, out on 1 January 2028)."""
    withdrawal = Change(date(2027, 3, 1), Withdrawal("M01"))
    history = History(G, (withdrawal,))
    assert key(history, date(2027, 12, 31)) == "M01"
    assert history.administrator(date(2028, 1, 1)) is None
    assert history.consolidated(date(2028, 1, 1)).administrator is None
    texts = [d.text for d in deadlines(G, (withdrawal,), (), date(2027, 6, 1),
                                       administration=history.administration)]
    assert any("prend fin le 31 décembre 2027, son membre quittant le groupement" in t for t in texts)


def test_consolidated_convention_names_the_administrateur_in_office_on_its_date():
    successor = elected(date(2028, 3, 10), ends_previous=EndReason.REVOCATION)
    history = History(G, (), mandates=(successor,))
    assert history.consolidated(date(2027, 6, 1)).administrator == history.administrator(date(2027, 6, 1))
    assert history.consolidated(date(2028, 6, 1)).administrator == successor.administrator


# --- deadlines: the day before, the day, the day after the end of the term ----------------------------

def _election_deadline(today: date, mandates: tuple[Mandate, ...] = ()) -> list[str]:
    found = deadlines(G, (), (), today, administration=administration(G, mandates))
    return [d.text for d in found if "administrateur" in d.text]


def test_deadline_to_elect_before_the_end_of_the_term():
    for today in (date(2029, 11, 29), date(2029, 11, 30), date(2029, 12, 1)):
        texts = _election_deadline(today)
        assert texts == ["Élire ou réélire l'administrateur avant le 1er décembre 2029 : le mandat de Directeur M01 "
                         "prend fin le 30 novembre 2029 (art. 14 de la convention, art. R. 312-194-23)."]
    overdue = deadlines(G, (), (), date(2029, 12, 1))
    assert [d for d in overdue if "administrateur" in d.text][0].overdue(date(2029, 12, 1))
    assert not [d for d in overdue if "administrateur" in d.text][0].overdue(date(2029, 11, 30))


def test_deadline_follows_the_last_mandate():
    again = elected(date(2029, 11, 20), "M01", starts_on=date(2029, 12, 1))
    assert _election_deadline(date(2029, 11, 25), (again,)) == [
        "Élire ou réélire l'administrateur avant le 1er décembre 2032 : le mandat de Directeur M01 prend fin le "
        "30 novembre 2032 (art. 14 de la convention, art. R. 312-194-23)."]


# --- what is refused ---------------------------------------------------------------------------------

def test_a_valid_election_has_no_problem():
    assert problems(elected(date(2029, 12, 5))) == []
    assert problems(elected(date(2028, 3, 10), ends_previous=EndReason.DEATH)) == []


def test_not_a_member_on_the_deliberation_date_is_refused():
    found = problems(elected(date(2029, 12, 5), "Z99"))
    assert found == ["« Z99 » n'est pas membre du groupement au 5 décembre 2029 : l'administrateur est choisi "
                     "parmi les membres à cette date (art. R. 312-194-23)."]


def test_a_departed_member_is_not_eligible():
    withdrawal = Change(date(2027, 3, 1), Withdrawal("M02"))
    assert "n'est pas membre du groupement au 5 janvier 2028" in problems(
        elected(date(2028, 1, 5), ends_previous=EndReason.RESIGNATION), changes=(withdrawal,))[0]
    assert problems(elected(date(2027, 12, 31), ends_previous=EndReason.RESIGNATION), changes=(withdrawal,)) == []


def test_someone_not_representing_the_member_is_refused():
    found = problems(replace(elected(date(2029, 12, 5)), person_name="Mme Dupont"))
    assert found[0].startswith("« Mme Dupont » n'est ni le membre « Association M02 » ni l'un de ses représentants")
    assert "(art. R. 312-194-23)" in found[0]


def test_deliberation_of_another_matter_or_rejected_is_refused():
    budget = replace(elected(date(2029, 12, 5), number="2029-1"),
                     deliberation=Deliberation(date(2029, 12, 5), "2029-1", Matter.BUDGET, True))
    assert "relève du 3° nomination ou révocation de l'administrateur" in problems(budget)[0]
    rejected = replace(budget, deliberation=replace(budget.deliberation, matter=Matter.ADMINISTRATOR, adopted=False))
    assert "n'est pas adoptée" in problems(rejected)[0]
    none = replace(budget, deliberation=Deliberation())
    assert "indiquez la délibération" in problems(none)[0]


def test_replacement_needs_its_reason_and_only_a_replacement_has_one():
    assert "indiquez pourquoi il prend fin le 9 mars 2028" in problems(elected(date(2028, 3, 10)))[0]
    assert "ne s'indique que pour remplacer" in problems(
        elected(date(2029, 12, 5), ends_previous=EndReason.RESIGNATION))[0]


def test_mandates_are_recorded_in_order_and_one_deliberation_elects_once():
    first = replace(elected(date(2029, 12, 5), number="2029-3"))
    assert "commence après lui" in problems(elected(date(2029, 12, 1), "M03"), (first,))[0]
    assert "a déjà élu « Directeur M02 »" in problems(elected(date(2030, 1, 5), "M03", number="2029-3"), (first,))[0]


def test_no_mandate_starts_after_a_dissolution():
    """Art. 20: only the liquidation's acts follow a dissolution."""
    dissolution = Change(date(2028, 5, 1), Dissolution(liquidators=("M. Martin",)), Deliberation(
        date(2028, 5, 1), "", Matter.EXTENSION_DISSOLUTION, True))
    found = problems(elected(date(2028, 6, 1), ends_previous=EndReason.RESIGNATION), changes=(dissolution,))
    assert found[0].startswith("Le groupement est dissous depuis le 1er mai 2028")


def test_deliberation_after_today_is_refused_a_start_at_the_end_of_term_is_not():
    today = date(2029, 11, 25)
    future = elected(date(2029, 11, 26))
    assert check_mandate_dates(future, today)[0].message == (
        "La délibération ne peut pas avoir été adoptée le 26 novembre 2029 : cette date n'est pas encore arrivée "
        "(aujourd'hui : 25 novembre 2029).")
    ahead = elected(date(2029, 11, 20), "M01", starts_on=date(2029, 12, 1))
    assert check_mandate_dates(ahead, today, administration(G)) == []
    later = elected(date(2029, 11, 20), "M01", starts_on=date(2029, 12, 15))
    assert check_mandate_dates(later, today, administration(G))[0].field == "starts_on"
