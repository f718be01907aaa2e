"""Every effective date at the day before, the day and the day after, and the dissolution of right for
every cause, decided once by the domain (Art. 5, 7, 8-1, 8-2, 8-3, 9-1, 20; R. 312-194-24)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from fractions import Fraction

from gcsms_desktop.domain.assembly import AgendaItem, Assembly
from gcsms_desktop.domain.assembly_checks import check_preparation
from gcsms_desktop.domain.change_checks import check_change
from gcsms_desktop.domain.change_preview import consequence
from gcsms_desktop.domain.changes import (
    Admission, CapitalIncrease, CapitalReduction, Change, Deliberation, Dissolution, Exclusion, PartTransfer,
    Withdrawal, effective_on,
)
from gcsms_desktop.domain.deadlines import deadlines
from gcsms_desktop.domain.dissolution import Cause
from gcsms_desktop.domain.duration import Duration
from gcsms_desktop.domain.groupement import ApprovalDates
from gcsms_desktop.domain.history import History
from gcsms_desktop.domain.matters import Matter
from gcsms_desktop.domain.problems import errors_only
from tests.unit.test_changes import D, G, unanimous

TWO = replace(G, members=G.members[:2], capital=None)  # A and B, keys of contribution: none set, equal


def around(day: date) -> tuple[date, date, date]:
    return day - timedelta(days=1), day, day + timedelta(days=1)


def keys(history: History, on: date) -> list[str]:
    return history.standing(on).keys


def parts(history: History, on: date, key: str = "") -> int:
    """Parts held by ``key`` on ``on``, or all parts in circulation."""
    capital = history.standing(on).capital
    assert capital is not None
    return capital.parts_of(key) if key else capital.total_parts


def published(on: date) -> ApprovalDates:
    return ApprovalDates(on - timedelta(days=40), on - timedelta(days=30), on - timedelta(days=10), on)


# --- effective dates: the day before, the day, the day after --------------------------------------


def test_art_8_1_admission_counts_from_the_publication_of_its_avenant():
    admission = Change(date(2027, 2, 10), Admission(D, 20), unanimous(date(2027, 2, 10), Matter.ADMISSION),
                       published(date(2027, 4, 1)), number=1)
    history = History(G, (admission,))
    before, day, after = around(date(2027, 4, 1))
    assert "D" not in keys(history, before)
    assert "D" in keys(history, day) and "D" in keys(history, after)
    assert parts(history, before, "D") == 0 and parts(history, day, "D") == 20


def test_art_8_3_exclusion_counts_from_the_publication_of_its_avenant():
    exclusion = Change(date(2027, 3, 1), Exclusion("C", "manquements", date(2027, 2, 20), date(2027, 2, 1)),
                       Deliberation(date(2027, 3, 1), "", Matter.EXCLUSION, True), published(date(2027, 5, 2)),
                       number=1)
    history = History(G, (exclusion,))
    before, day, after = around(date(2027, 5, 2))
    assert "C" in keys(history, before)
    assert "C" not in keys(history, day) and "C" not in keys(history, after)
    assert history.dissolution is None  # two members are left


def test_art_8_2_withdrawal_member_on_31_december_out_on_1_january():
    """« Le retrait deviendra effectif à l'expiration de l'exercice budgétaire en cours »."""
    withdrawal = Change(date(2027, 3, 1), Withdrawal("C"), number=1)
    history = History(G, (withdrawal,))
    assert effective_on(withdrawal, G.governance) == date(2027, 12, 31)
    before, day, after = around(date(2027, 12, 31))
    assert "C" in keys(history, before) and "C" in keys(history, day)
    assert history.standing(day).rights_of("C") is not None  # it sits and votes in an AG held that day
    assert "C" not in keys(history, after)
    # art. 9-1: the droits of 1 January are the parts held on 31 December by the members left
    assert {r.member_key: r.share for r in history.standing(after).rights} == {
        "A": Fraction(26, 54), "B": Fraction(28, 54)}
    assert history.dissolution is None


def test_art_8_2_withdrawal_preview_says_31_december_then_1_january():
    text = consequence(History(G), Change(date(2027, 3, 1), Withdrawal("C")))
    assert text.startswith("Le retrait prendra effet le 31 décembre 2027, à l'expiration de l'exercice")
    assert "à compter du 1er janvier 2028" in text and "dissolution" not in text


def test_art_7_transfer_counts_from_the_written_act():
    transfer = Change(date(2027, 6, 1), PartTransfer("B", 50, 54, buyer_key="A"),
                      unanimous(date(2027, 5, 20), Matter.CONVENTION_CHANGE), number=1)
    history = History(G, (transfer,))
    before, day, after = around(date(2027, 6, 1))
    assert [parts(history, d, "A") for d in (before, day, after)] == [26, 31, 31]


def test_art_7_capital_increase_and_reduction_count_from_their_act():
    increase = Change(date(2027, 2, 10), CapitalIncrease((("A", 4),)),
                      unanimous(date(2027, 2, 1), Matter.CONVENTION_CHANGE), number=1)
    reduction = Change(date(2027, 3, 10), CapitalReduction(91, 100),
                       unanimous(date(2027, 3, 1), Matter.CONVENTION_CHANGE), number=2)
    history = History(G, (increase, reduction))
    before, day, after = around(date(2027, 2, 10))
    assert [parts(history, d) for d in (before, day, after)] == [100, 104, 104]
    before, day, after = around(date(2027, 3, 10))
    assert [parts(history, d) for d in (before, day, after)] == [104, 94, 94]


# --- dissolution of right, every cause ------------------------------------------------------------


def test_art_5_and_r_312_194_24_fixed_term_dissolves_the_day_after_its_last_day():
    """Ten years from the day after publication (30 October 2026): last day 30 October 2036."""
    g = replace(G, duration=Duration(10), dates=replace(G.dates, publication=date(2026, 10, 30)))
    history = History(g)
    assert g.duration.end_date(date(2026, 10, 30)) == date(2036, 10, 30)
    before, day, after = around(date(2036, 10, 31))
    assert history.standing(before).dissolved_on is None
    assert history.standing(day).dissolved_on == day and history.standing(after).dissolved_on == day
    assert history.dissolution is not None and history.dissolution.cause is Cause.TERM
    assert keys(history, day) == ["A", "B", "C"]  # the members stay, for the liquidation
    found = [d for d in deadlines(g, (), (date(2036, 1, 5),), date(2036, 11, 2)) if "préfet" in d.text]
    assert [d.due for d in found] == [date(2036, 11, 15)]
    assert "terme de sa durée, échu le 30 octobre 2036" in found[0].text
    assert not any("préfet" in d.text for d in deadlines(g, (), (date(2035, 1, 5),), date(2035, 10, 30)))
    assert any("préfet" in d.text for d in deadlines(g, (), (date(2035, 1, 5),), date(2035, 10, 31)))


def test_art_5_indefinite_or_unpublished_convention_has_no_term_dissolution():
    assert History(replace(G, duration=Duration(10))).dissolution is None  # not published: the term has not begun
    assert History(replace(G, dates=replace(G.dates, publication=date(2026, 10, 30)))).dissolution is None


def test_art_8_2_two_member_withdrawal_dissolves_on_the_1_january_after_its_31_december():
    withdrawal = Change(date(2027, 5, 20), Withdrawal("B"), number=1)
    history = History(TWO, (withdrawal,))
    before, day, after = around(date(2028, 1, 1))
    assert keys(history, before) == ["A", "B"] and history.standing(before).dissolved_on is None
    assert keys(history, day) == ["A"] and history.standing(day).dissolved_on == day
    assert history.standing(after).dissolved_on == day
    found = history.dissolution
    assert found is not None and (found.cause, found.notified_on, found.member_key) == (
        Cause.TWO_MEMBER_WITHDRAWAL, date(2027, 5, 20), "B")
    assert history.standing(date(2027, 5, 20)).dissolved_on is None  # not « dissous le 20 mai »


def test_art_8_2_two_member_withdrawal_is_said_with_the_same_date_everywhere():
    withdrawal = Change(date(2027, 5, 20), Withdrawal("B"))
    history = History(TWO)
    warning = [p.message for p in check_change(TWO, (), withdrawal)]
    preview = consequence(history, withdrawal)
    for text in (warning[0], preview):
        assert "entraîne de plein droit la dissolution" in text
        assert "le 31 décembre 2027, dernier jour où « Association B » est membre" in text
        assert "dissous de plein droit le 1er janvier 2028" in text
        assert "16 janvier 2028" in text and "20 mai" not in text
    assert not errors_only(check_change(TWO, (), withdrawal))


def test_art_8_2_deadlines_notice_to_the_prefect_and_the_assembly_recording_the_dissolution():
    withdrawal = Change(date(2027, 5, 20), Withdrawal("B"), number=1)
    found = deadlines(TWO, (withdrawal,), (), date(2027, 6, 1))
    texts = [d.text for d in found]
    assert any("Notifier au préfet" in t and "16 janvier 2028" in t for t in texts)
    finding = [d for d in found if "constate la dissolution" in d.text]
    assert finding and finding[0].due == date(2028, 1, 1)
    recorded = Deliberation(date(2027, 6, 20), "2027-4", Matter.EXTENSION_DISSOLUTION, adopted=True)
    texts = [d.text for d in deadlines(TWO, (withdrawal,), (), date(2027, 6, 1), deliberations=(recorded,))]
    assert not any("constate la dissolution" in t for t in texts)
    earlier = replace(recorded, decided_on=date(2027, 5, 1))  # before the notice: it records nothing
    texts = [d.text for d in deadlines(TWO, (withdrawal,), (), date(2027, 6, 1), deliberations=(earlier,))]
    assert any("constate la dissolution" in t for t in texts)


def test_art_20_a_single_member_left_by_withdrawal_and_exclusion_dissolves_of_right():
    """Three members: C withdraws (out on 1 January 2028), then B is excluded (published 1 March 2028)."""
    withdrawal = Change(date(2027, 3, 1), Withdrawal("C"), number=1)
    exclusion = Change(date(2027, 11, 2), Exclusion("B", "manquements", date(2027, 10, 20), date(2027, 10, 1)),
                       Deliberation(date(2027, 11, 2), "", Matter.EXCLUSION, True), published(date(2028, 3, 1)),
                       number=2)
    problems = check_change(G, (withdrawal,), exclusion)
    assert not errors_only(problems)
    assert any("ne laisse qu'un seul membre" in p.message and "1er mars 2028" in p.message for p in problems)
    history = History(G, (withdrawal, exclusion))
    before, day, after = around(date(2028, 3, 1))
    assert history.standing(before).dissolved_on is None and keys(history, before) == ["A", "B"]
    assert history.standing(day).dissolved_on == day and keys(history, day) == ["A"]
    found = history.dissolution
    assert found is not None and (found.cause, found.member_key, found.needs_finding) == (
        Cause.SINGLE_MEMBER, "B", False)


def test_art_20_dissolution_by_the_assembly_dates_from_its_act():
    dissolution = Change(date(2027, 5, 1), Dissolution(liquidators=("M. Martin",)), Deliberation(
        date(2027, 4, 20), "", Matter.EXTENSION_DISSOLUTION, True), number=1)
    history = History(G, (dissolution,))
    before, day, after = around(date(2027, 5, 1))
    assert history.standing(before).dissolved_on is None
    assert history.standing(day).dissolved_on == day == history.standing(after).dissolved_on
    assert history.dissolution is not None and history.dissolution.cause is Cause.DELIBERATION


def test_art_20_the_earliest_cause_wins():
    """The AG dissolves on 1 October 2027, before the two-member withdrawal would on 1 January 2028."""
    withdrawal = Change(date(2027, 5, 20), Withdrawal("B"), number=1)
    dissolution = Change(date(2027, 10, 1), Dissolution(liquidators=("M. Martin",)), Deliberation(
        date(2027, 9, 20), "", Matter.EXTENSION_DISSOLUTION, True), number=2)
    found = History(TWO, (withdrawal, dissolution)).dissolution
    assert found is not None and (found.on, found.cause) == (date(2027, 10, 1), Cause.DELIBERATION)


# --- after the dissolution: only the liquidation ---------------------------------------------------


def test_art_20_membership_changes_after_the_dissolution_are_refused():
    withdrawal = Change(date(2027, 5, 20), Withdrawal("B"), number=1)
    admission = Change(date(2028, 1, 1), Admission(D, 20), unanimous(date(2028, 1, 1), Matter.ADMISSION))
    refused = errors_only(check_change(TWO, (withdrawal,), admission))
    assert refused and "dissous depuis le 1er janvier 2028" in refused[0].message
    assert "art. 20" in refused[0].message and "liquidation" in refused[0].message
    day_before = replace(admission, act_date=date(2027, 12, 31),
                         deliberation=unanimous(date(2027, 12, 31), Matter.ADMISSION))
    assert not any("dissous depuis" in p.message for p in check_change(TWO, (withdrawal,), day_before))
    increase = Change(date(2028, 2, 1), CapitalIncrease((("A", 4),)),
                      unanimous(date(2028, 1, 20), Matter.CONVENTION_CHANGE))
    assert any("dissous depuis" in p.message for p in errors_only(check_change(TWO, (withdrawal,), increase)))


def test_art_8_2_a_change_between_the_notice_and_the_dissolution_is_told_it_does_not_prevent_it():
    withdrawal = Change(date(2027, 5, 20), Withdrawal("B"), number=1)
    increase = Change(date(2027, 9, 1), CapitalIncrease((("A", 4),)),
                      unanimous(date(2027, 8, 20), Matter.CONVENTION_CHANGE))
    g = replace(TWO, capital=G.capital, members=G.members[:2])
    problems = check_change(g, (withdrawal,), increase)
    assert not errors_only(problems)
    assert any("sera dissous de plein droit le 1er janvier 2028" in p.message and "art. 8-2" in p.message
               for p in problems)
    assert not any("sera dissous" in p.message for p in check_change(g, (), increase))


def test_art_20_the_assembly_naming_the_liquidators_may_still_be_recorded():
    withdrawal = Change(date(2027, 5, 20), Withdrawal("B"), number=1)
    liquidators = Change(date(2028, 1, 20), Dissolution("retrait de l'un des deux membres", ("M. Martin",)),
                         Deliberation(date(2028, 1, 20), "2028-1", Matter.EXTENSION_DISSOLUTION, True))
    assert not errors_only(check_change(TWO, (withdrawal,), liquidators))
    said = consequence(History(TWO, (withdrawal,)), liquidators)
    assert "dissous de plein droit le 1er janvier 2028" in said and "la constate" in said
    history = History(TWO, (withdrawal, replace(liquidators, number=2)))
    assert history.dissolution is not None and history.dissolution.on == date(2028, 1, 1)  # the earliest


def test_art_20_an_assembly_after_the_dissolution_deliberates_only_on_the_liquidation():
    items = (AgendaItem(Matter.EXTENSION_DISSOLUTION, "Liquidateurs", "Nomme M. Martin liquidateur."),
             AgendaItem(Matter.OTHER, "Questions diverses"),
             AgendaItem(Matter.BUDGET, "Budget 2028", "Adopte le budget."))
    assembly = Assembly(date(2028, 1, 20), "Mairie", agenda=items)
    refused = [p for p in check_preparation(assembly, {"A": "Association A"}, dissolved_on=date(2028, 1, 1))]
    assert [p.field for p in refused] == ["agenda[3]"]
    assert "dissous depuis le 1er janvier 2028" in refused[0].message and "art. 20" in refused[0].message
    assert check_preparation(replace(assembly, meeting_date=date(2027, 12, 31)), {"A": "A", "B": "B"},
                             dissolved_on=date(2028, 1, 1)) == []


# --- books of earlier releases ---------------------------------------------------------------------


def test_art_8_2_a_dissolution_of_right_stored_by_an_earlier_release_dates_nothing_of_its_own():
    withdrawal = Change(date(2027, 3, 1), Withdrawal("B"), number=1)
    stored = Change(date(2027, 3, 1), Dissolution("retrait d'un des deux membres (art. 8-2)", of_right=True,
                                                  caused_by=1), number=2)
    history = History(TWO, (withdrawal, stored))
    assert history.standing(date(2027, 3, 1)).dissolved_on is None
    assert history.standing(date(2028, 1, 1)).dissolved_on == date(2028, 1, 1)
    assert history.effective_on(stored) == date(2028, 1, 1)
    assert not errors_only(check_change(TWO, (withdrawal,), stored))  # an import of such a book


def test_art_20_a_dissolution_of_right_without_a_cause_is_refused():
    stored = Change(date(2027, 3, 1), Dissolution(of_right=True))
    refused = errors_only(check_change(G, (), stored))
    assert refused and "Aucune cause de dissolution de plein droit" in refused[0].message
