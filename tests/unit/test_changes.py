"""Recorded changes through the law's effective dates (Art. 7, 8, 9-1, 20; R312-194-10, -22)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from fractions import Fraction

from gcsms_desktop.domain.capital import PartBlock
from gcsms_desktop.domain.change_checks import check_change
from gcsms_desktop.domain.changes import (
    Admission, CapitalIncrease, CapitalReduction, Change, ChangeKind, Deliberation, Dissolution, Exclusion,
    PartTransfer, Withdrawal, effective_on,
)
from gcsms_desktop.domain.deadlines import deadlines
from gcsms_desktop.domain.groupement import ApprovalDates
from gcsms_desktop.domain.matters import Matter
from gcsms_desktop.domain.problems import errors_only
from gcsms_desktop.domain.standing import standing_at
from tests.factories import hundred_parts_groupement, member, seventeen_parts_groupement

G = replace(hundred_parts_groupement(), dates=ApprovalDates(signature=date(2026, 1, 15)))
D = member("D", "Association D")


def unanimous(on: date, matter: Matter, number: str = "") -> Deliberation:
    return Deliberation(on, number, matter, adopted=True, unanimous=True)


ADMISSION = Change(date(2027, 2, 10), Admission(D, 20), unanimous(date(2027, 2, 10), Matter.ADMISSION, "2027-1"),
                   ApprovalDates(date(2027, 2, 11), date(2027, 2, 12), date(2027, 3, 20), date(2027, 4, 1)), number=1)
TRANSFER = Change(date(2027, 6, 1), PartTransfer("B", 50, 54, buyer_key="D"),
                  unanimous(date(2027, 5, 20), Matter.CONVENTION_CHANGE), number=2)
WITHDRAWAL = Change(date(2027, 9, 1), Withdrawal("C"), number=3)  # 4 months before year end
CHANGES = (ADMISSION, TRANSFER, WITHDRAWAL)


def at(on: date):
    return standing_at(G, CHANGES, on)


def shares(on: date) -> dict[str, Fraction]:
    return {r.member_key: r.share for r in at(on).rights}


def test_nothing_changes_before_the_admission_avenant_is_published():
    before = at(date(2027, 3, 31))
    assert before.keys == ["A", "B", "C"]
    assert shares(date(2027, 3, 31)) == {"A": Fraction(26, 100), "B": Fraction(28, 100), "C": Fraction(46, 100)}


def test_new_member_sits_from_publication_with_parts_numbered_after_the_last():
    standing = at(date(2027, 4, 1))
    assert standing.keys == ["A", "B", "C", "D"]
    assert tuple(b for b in standing.blocks if b.member_key == "D") == (PartBlock("D", 101, 120),)


def test_droits_are_regularised_on_the_first_of_january_after_the_change():
    """Art. 9-1: until 1 January 2028 the 2027 distribution holds; D has no droits yet."""
    assert shares(date(2027, 12, 31))["D"] == 0
    assert shares(date(2027, 12, 31))["B"] == Fraction(28, 100)
    assert shares(date(2028, 1, 1)) == {"A": Fraction(26, 120), "B": Fraction(23, 120), "C": Fraction(46, 120),
                                         "D": Fraction(25, 120)}


def test_transfer_moves_the_numbers_to_the_buyer():
    standing = at(date(2027, 6, 1))
    assert [b for b in standing.blocks if b.member_key in "BD"] == [
        PartBlock("B", 27, 49), PartBlock("D", 50, 54), PartBlock("D", 101, 120)]


def test_withdrawal_noticed_four_months_before_year_end_takes_effect_a_year_later():
    """Art. 8-2: effective « à l'expiration de l'exercice »: still a member on 31 December, out on 1 January."""
    assert effective_on(WITHDRAWAL, G.governance) == date(2028, 12, 31)
    assert "C" in at(date(2028, 12, 30)).keys
    assert "C" in at(date(2028, 12, 31)).keys
    assert at(date(2029, 1, 1)).keys == ["A", "B", "D"]
    assert shares(date(2029, 1, 1)) == {"A": Fraction(26, 74), "B": Fraction(23, 74), "D": Fraction(25, 74)}


def test_withdrawal_noticed_five_months_before_year_end_waits_a_year():
    five_months = Change(date(2027, 7, 31), Withdrawal("C"))
    assert effective_on(five_months, G.governance) == date(2028, 12, 31)
    six_months = replace(five_months, act_date=date(2027, 7, 1))
    assert effective_on(six_months, G.governance) == date(2027, 12, 31)


def test_withdrawal_of_one_of_two_members_warns_that_it_dissolves():
    two = replace(G, members=G.members[:2])
    problems = check_change(two, (), Change(date(2027, 3, 1), Withdrawal("A")))
    assert not errors_only(problems)
    assert "entraîne de plein droit la dissolution" in problems[0].message


def test_exclusion_is_refused_with_two_members():
    two = replace(G, members=G.members[:2])
    exclusion = Exclusion("B", "manquements", date(2027, 2, 20), date(2027, 2, 1))
    change = Change(date(2027, 3, 1), exclusion, Deliberation(date(2027, 3, 1), "", Matter.EXCLUSION, True))
    messages = [p.message for p in errors_only(check_change(two, (), change))]
    assert messages and "R. 312-194-10" in messages[0]
    assert not errors_only(check_change(G, (), replace(change, payload=replace(exclusion, member_key="C"))))


def test_exclusion_needs_the_hearing_convened_in_time():
    change = Change(date(2027, 3, 1), Exclusion("C", "manquements", date(2027, 2, 20), date(2027, 2, 10)),
                    Deliberation(date(2027, 3, 1), "", Matter.EXCLUSION, True))  # 10 days, the convention says 15
    messages = [p.message for p in errors_only(check_change(G, (), change))]
    assert any("au plus tard le 5 février 2027" in m for m in messages)


def test_admission_needs_a_unanimous_deliberation():
    by_majority = replace(ADMISSION, deliberation=replace(ADMISSION.deliberation, unanimous=False))
    messages = [p.message for p in errors_only(check_change(G, (), by_majority))]
    assert any("unanimité" in m for m in messages)
    assert not errors_only(check_change(G, (), ADMISSION))


def test_admission_key_cannot_reuse_a_past_members_key():
    again = replace(ADMISSION, payload=Admission(member("C", "Autre association C"), 20))
    assert any("déjà celui d'un membre" in p.message for p in check_change(G, (), again))


def test_transfer_needs_prior_approval_and_parts_held_by_the_seller():
    late_approval = replace(TRANSFER, deliberation=unanimous(date(2027, 6, 2), Matter.CONVENTION_CHANGE))
    assert any("préalable" in p.message for p in check_change(G, (ADMISSION,), late_approval))
    transfer = TRANSFER.payload
    assert isinstance(transfer, PartTransfer)
    not_his = replace(TRANSFER, payload=replace(transfer, first=20, last=30))
    assert any("n'appartiennent pas toutes" in p.message for p in check_change(G, (ADMISSION,), not_his))
    assert not errors_only(check_change(G, (ADMISSION,), TRANSFER))


def test_transfer_to_the_other_member_is_refused_when_only_two():
    two = replace(G, members=G.members[:2])
    sale = replace(TRANSFER, payload=PartTransfer("B", 27, 30, buyer_key="A"))
    assert any("qu'à un tiers" in p.message for p in check_change(two, (), sale))
    to_third = replace(sale, payload=PartTransfer("B", 27, 30, new_member=D))
    assert not errors_only(check_change(two, (), to_third))


def test_capital_increase_numbers_after_the_highest_number_ever():
    reduction = Change(date(2027, 1, 10), CapitalReduction(91, 100),
                       unanimous(date(2027, 1, 5), Matter.CONVENTION_CHANGE))
    increase = Change(date(2027, 2, 10), CapitalIncrease((("A", 4),)),
                      unanimous(date(2027, 2, 1), Matter.CONVENTION_CHANGE))
    standing = standing_at(G, (reduction, increase), date(2027, 3, 1))
    assert [b for b in standing.blocks if b.member_key == "A"] == [PartBlock("A", 1, 26), PartBlock("A", 101, 104)]
    assert PartBlock("C", 55, 90) in standing.blocks


def test_nothing_can_happen_after_dissolution():
    dissolution = Change(date(2027, 5, 1), Dissolution(liquidators=("M. Martin",)), Deliberation(
        date(2027, 5, 1), "", Matter.EXTENSION_DISSOLUTION, True))
    later = Change(date(2027, 6, 1), Withdrawal("A"))
    assert "dissous depuis le 1er mai 2027" in check_change(G, (dissolution,), later)[0].message


def test_deadlines_list_withdrawal_term_annual_assembly_and_pending_avenants():
    g = seventeen_parts_groupement()
    withdrawal = Change(date(2027, 3, 1), Withdrawal("M02"), number=1)
    admission = replace(ADMISSION, avenant=ApprovalDates(date(2027, 2, 11)), number=2)
    found = [d.text for d in deadlines(g, (withdrawal, admission), (), date(2027, 5, 1))]
    assert any("effectif le 31 décembre 2027" in t for t in found)
    assert any("Élire ou réélire l'administrateur avant le 1er décembre 2029" in t for t in found)
    assert any("Aucune assemblée générale tenue en 2027" in t for t in found)
    assert found[-1].startswith("Avenant n° 2 (adhésion de « Association D ») : à envoyer au préfet")
    held = [d.text for d in deadlines(g, (), (date(2027, 4, 1),), date(2027, 5, 1))]
    assert not any("Aucune assemblée" in t for t in held)


def test_dissolution_notice_is_due_fifteen_days_after_art_20():
    dissolution = Change(date(2027, 5, 1), Dissolution(liquidators=("M. Martin",)), Deliberation(
        date(2027, 5, 1), "", Matter.EXTENSION_DISSOLUTION, True))
    found = deadlines(G, (dissolution,), (date(2027, 1, 1),), date(2027, 5, 2))
    assert any(d.due == date(2027, 5, 16) and "quinze jours" in d.text for d in found)
    notified = replace(dissolution, avenant=ApprovalDates(sent_to_prefect=date(2027, 5, 10)))
    assert not any("quinze jours" in d.text for d in deadlines(G, (notified,), (date(2027, 1, 1),), date(2027, 5, 2)))


def test_shares_register_follows_each_number_through_transfer_and_withdrawal():
    from gcsms_desktop.domain.shares_register import shares_register

    lines = shares_register(G, CHANGES, date(2029, 1, 1))
    fifties = [(h.first, h.last, h.member_key, h.since, h.until)
               for h in lines if h.first <= 54 <= h.last or h.first == 50]
    assert fifties == [(50, 54, "B", date(2026, 1, 15), date(2027, 6, 1)), (50, 54, "D", date(2027, 6, 1), None)]
    c = next(h for h in lines if h.member_key == "C")
    assert (c.first, c.last, c.until, c.ended_by) == (55, 100, date(2028, 12, 31), "retrait (avenant n° 3)")
    d = next(h for h in lines if h.first == 101)
    assert (d.last, d.member_key, d.since, d.how) == (120, "D", date(2027, 4, 1), "adhésion (avenant n° 1)")


def test_preview_says_a_two_member_withdrawal_dissolves_and_when_it_takes_effect():
    from gcsms_desktop.domain.change_preview import consequence
    from gcsms_desktop.domain.history import History

    two = History(replace(G, members=G.members[:2]))
    text = consequence(two, Change(date(2027, 7, 2), Withdrawal("A")))
    assert text.startswith("Le retrait prendra effet le 31 décembre 2028") and "dissolution" in text
    assert "impossible" in consequence(two, Change(date(2027, 7, 2), Exclusion("A")))


def test_avenant_states_the_distribution_its_change_creates_even_before_publication():
    """Art. 8-1 / 9-1: the avenant sent to the préfet already shows D's parts and droits (20/120)."""
    from gcsms_desktop.domain.history import History

    unpublished = replace(ADMISSION, avenant=ApprovalDates(date(2027, 2, 11)))
    after = History(G, (unpublished,)).after(unpublished)
    assert after.keys == ["A", "B", "C", "D"]
    rights = after.rights_of("D")
    assert rights is not None and rights.share == Fraction(20, 120) and after.droits_text("D") == "20/120"


def test_art_8_2_a_withdrawal_of_one_of_two_members_dissolves_when_it_takes_effect():
    """Art. 8-2: « la notification de retrait entraîne de plein droit la dissolution »: derived, dated the
    1 January after the withdrawal's 31 December, never a second recorded change."""
    from gcsms_desktop.domain.history import History

    withdrawal = Change(date(2027, 3, 1), Withdrawal("A"), number=1)
    two = History(replace(G, members=G.members[:2]), (withdrawal,))
    assert two.dissolution is not None and two.dissolution.on == date(2028, 1, 1)
    assert two.dissolution.needs_finding and two.dissolution.notified_on == date(2027, 3, 1)
    assert History(G, (withdrawal,)).dissolution is None  # three members: no dissolution


def test_avenant_dates_are_added_never_rewritten():
    from gcsms_desktop.domain.change_checks import check_avenant_update

    sent = replace(ADMISSION, avenant=ApprovalDates(date(2027, 2, 11), date(2027, 2, 12)))
    assert check_avenant_update(sent, ApprovalDates(date(2027, 2, 11), date(2027, 2, 12), date(2027, 3, 20))) == []
    rewritten = check_avenant_update(sent, ApprovalDates(date(2027, 2, 11), date(2027, 2, 13)))
    assert [p.message for p in rewritten] == [
        "La date d'envoi au préfet est déjà enregistrée : elle ne se modifie pas."]


def test_exclusion_deliberation_must_concern_the_excluded_member():
    """R312-194-22 7°: the deliberation excludes one named member; it cannot serve for another."""
    about_b = Deliberation(date(2027, 3, 1), "2027-2", Matter.EXCLUSION, True, False, "B")
    exclusion = Exclusion("C", "manquements", date(2027, 2, 20), date(2027, 2, 1))
    change = Change(date(2027, 3, 1), exclusion, about_b)
    messages = [p.message for p in errors_only(check_change(G, (), change))]
    assert messages == ["La délibération n° 2027-2 prononce l'exclusion de « Association B », pas celle de "
                        "« Association C »."]
    assert not errors_only(check_change(G, (), replace(change, payload=replace(exclusion, member_key="B"))))


def test_avenant_status_and_next_step():
    from gcsms_desktop.domain.change_text import avenant_next_step, avenant_status

    assert (avenant_status(TRANSFER), avenant_next_step(TRANSFER)) == ("à signer", "à envoyer au préfet")
    assert (avenant_status(ADMISSION), avenant_next_step(ADMISSION)) == ("publié le 1er avril 2027", None)
    waiting = replace(ADMISSION, avenant=ApprovalDates(date(2027, 2, 11), date(2027, 2, 12), date(2027, 3, 20)))
    assert (avenant_status(waiting), avenant_next_step(waiting)) == ("approuvé le 20 mars 2027",
                                                                     "en attente de publication")


def test_a_change_not_yet_recorded_names_its_new_member():
    from gcsms_desktop.domain.change_text import describe

    assert describe(G, (), ADMISSION) == "adhésion de « Association D »"
    to_third = replace(TRANSFER, payload=PartTransfer("B", 50, 54, new_member=member("E", "Association E")))
    assert describe(G, (), to_third) == "cession des parts nos 50 à 54 de « Association B » à « Association E »"


def test_each_kind_has_its_own_payload_and_the_change_takes_its_kind_from_it():
    from gcsms_desktop.domain.changes import PAYLOAD_KINDS

    assert sorted(k.value for k in PAYLOAD_KINDS.values()) == sorted(k.value for k in ChangeKind)
    assert (ADMISSION.kind, ADMISSION.subject_key, ADMISSION.new_member) == (ChangeKind.ADMISSION, "D", D)
    assert (TRANSFER.kind, TRANSFER.subject_key, TRANSFER.new_member) == (ChangeKind.TRANSFER, "B", None)
    assert (WITHDRAWAL.kind, WITHDRAWAL.subject_key, WITHDRAWAL.of_right) == (ChangeKind.WITHDRAWAL, "C", False)
    to_third = Change(date(2027, 6, 1), PartTransfer("B", 50, 54, new_member=D))
    assert to_third.to_third_party and to_third.new_member == D and to_third.waits_for_publication
    assert Change(date(2027, 5, 1), Dissolution(of_right=True)).of_right
