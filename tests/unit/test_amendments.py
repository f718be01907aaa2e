"""Amending the convention's text by avenant (art. 21; R312-194-17, -18, -21 5° and 11°, -22; art. 5)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from gcsms_desktop.domain.amendments import amendable, amended, check_amendment
from gcsms_desktop.domain.change_checks import check_change
from gcsms_desktop.domain.changes import Amendment, Change, Deliberation
from gcsms_desktop.domain.duration import Duration
from gcsms_desktop.domain.groupement import ApprovalDates
from gcsms_desktop.domain.history import History
from gcsms_desktop.domain.matters import Matter
from gcsms_desktop.domain.problems import errors_only
from tests.unit.test_changes import G, unanimous

PUBLISHED = date(2027, 3, 1)
NEW_SEAT = Amendment(seat_address="4 place de la Mairie, 35500 Vitré", articles=(("12", "Nouveau règlement."),))


def avenant(a: Amendment, deliberation: Deliberation | None = None, published: date | None = PUBLISHED) -> Change:
    decided = date(2027, 1, 20)
    return Change(decided, a, deliberation or unanimous(decided, Matter.CONVENTION_CHANGE),
                  ApprovalDates(date(2027, 1, 25), date(2027, 1, 26), date(2027, 2, 20), published), number=1)


def messages(g, change: Change) -> list[str]:
    return [p.message for p in errors_only(check_change(g, (), change))]


def test_the_amended_text_counts_from_the_publication_of_its_avenant_not_the_day_before():
    """R312-194-18 (avenants follow the convention's procedure): in force at the publication."""
    history = History(G, (avenant(NEW_SEAT),))
    before = history.consolidated(PUBLISHED - timedelta(days=1))
    assert before.seat_address == G.seat_address and before.article_texts == ()
    for on in (PUBLISHED, PUBLISHED + timedelta(days=1)):
        now = history.consolidated(on)
        assert now.seat_address == "4 place de la Mairie, 35500 Vitré"
        assert dict(now.article_texts) == {"12": "Nouveau règlement."}
        assert history.amended_on(on).seat_address == now.seat_address
    unpublished = History(G, (avenant(NEW_SEAT, published=None),))
    assert unpublished.consolidated(date(2030, 1, 1)).seat_address == G.seat_address


def test_members_and_droits_do_not_move_with_an_amendment():
    history = History(G, (avenant(NEW_SEAT),))
    assert history.standing(PUBLISHED).rights == History(G).standing(PUBLISHED).rights


def test_r312_194_22_a_change_to_the_convention_needs_unanimity():
    majority = Deliberation(date(2027, 1, 20), "", Matter.CONVENTION_CHANGE, adopted=True, unanimous=False)
    assert any("requiert l'unanimité" in m for m in messages(G, avenant(NEW_SEAT, majority)))
    assert messages(G, avenant(NEW_SEAT)) == []


def test_r312_194_21_11_a_prorogation_alone_may_be_voted_under_11():
    eleventh = Deliberation(date(2027, 1, 20), "", Matter.EXTENSION_DISSOLUTION, adopted=True, unanimous=False)
    assert messages(G, avenant(Amendment(duration=Duration(30)), eleventh)) == []
    refused = messages(G, avenant(replace(NEW_SEAT, duration=Duration(30)), eleventh))
    assert any("ne modifie que la durée" in m for m in refused)


def test_r312_194_17_the_new_denomination_keeps_the_mandatory_mention():
    assert any("R. 312-194-17" in m for m in messages(G, avenant(Amendment(denomination="Les Tilleuls"))))
    renamed = Amendment(denomination="Groupement de coopération sociale des Marches de Bretagne")
    assert messages(G, avenant(renamed)) == []


def test_only_the_model_wording_is_rewritten_by_a_free_text():
    assert amendable("12") and amendable("10-2") and amendable("21")
    assert not any(amendable(n) for n in ("1", "3", "4", "5", "7", "9", "9-1", "22", "23", "abc"))
    problems = [p.message for p in check_amendment(Amendment(articles=(("7", "x"), ("12", " "))))]
    assert any("articles 7 et 9 suivent les parts" in m for m in problems)
    assert any("nouvelle rédaction de l'article 12" in m for m in problems)
    assert any("Indiquez ce que l'avenant modifie" in p.message for p in check_amendment(Amendment()))


def test_the_later_wording_wins():
    first = Amendment(seat_address="A", articles=(("12", "un"),))
    second = Amendment(articles=(("12", "deux"), ("13-1", "trois")))
    g = amended(G, [first, second])
    assert g.seat_address == "A" and dict(g.article_texts) == {"12": "deux", "13-1": "trois"}


def test_art_5_a_prorogation_in_force_before_the_term_moves_the_dissolution_of_right():
    """Art. 5 « sauf prorogation », R312-194-24: ten years from 2 March 2027 end on 1 March 2037."""
    ten = replace(G, duration=Duration(10), dates=replace(G.dates, publication=PUBLISHED))
    in_time = avenant(Amendment(duration=Duration(20)), published=date(2037, 3, 1))
    too_late = avenant(Amendment(duration=Duration(20)), published=date(2037, 3, 2))
    ends = [History(ten, changes).dissolution for changes in ((), (in_time,), (too_late,))]
    assert [found.on if found else None for found in ends] == [date(2037, 3, 2), date(2047, 3, 2), date(2037, 3, 2)]
