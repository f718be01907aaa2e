"""No act is recorded as done after today (domain.act_dates): each act at the day before, the day itself
and the day after today; planned dates stay allowed (docs/regles-et-choix.md)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from gcsms_desktop.domain.act_dates import (
    PAST_ACT_KINDS, check_assembly_dates, check_avenant_dates_done, check_avenant_update_dates, check_change_dates,
    check_convention_dates, check_convocation_sent, check_erratum_date, check_recorded_acts, check_session_held,
    check_signed_on, extract_problem,
)
from gcsms_desktop.domain.assembly import Assembly, AssemblyState, Erratum
from gcsms_desktop.domain.changes import (
    CapitalIncrease, Change, ChangeKind, Deliberation, Dissolution, Exclusion, PartTransfer, Withdrawal,
)
from gcsms_desktop.domain.groupement import ApprovalDates, Groupement
from gcsms_desktop.domain.matters import Matter

TODAY = date(2026, 11, 25)
BEFORE, AFTER = TODAY - timedelta(days=1), TODAY + timedelta(days=1)
AROUND = [(BEFORE, False), (TODAY, False), (AFTER, True)]  # (date, refused?)
DECIDED = Deliberation(date(2026, 10, 1), "", Matter.CONVENTION_CHANGE, True, True)


def test_the_message_says_what_and_when():
    """R. 312-194-22: « Le procès-verbal ne peut pas être signé le 14 décembre 2026 … (aujourd'hui : …) »."""
    [problem] = check_signed_on(date(2026, 12, 14), TODAY)
    assert problem.field == "signed_on"
    assert problem.message == ("Le procès-verbal ne peut pas être signé le 14 décembre 2026 : cette date n'est pas "
                               "encore arrivée (aujourd'hui : 25 novembre 2026).")


@pytest.mark.parametrize(("day", "refused"), AROUND)
def test_pv_signature_erratum_and_convocations_are_past_acts(day, refused):
    """R. 312-194-20 (convocations sent) and R. 312-194-22, art. 13 (PV signed, erratum joined)."""
    assert bool(check_signed_on(day, TODAY)) is refused
    assert bool(check_erratum_date(day, TODAY)) is refused
    assert bool(check_convocation_sent(day, TODAY)) is refused
    assert check_signed_on(None, TODAY) == [] and check_convocation_sent(None, TODAY) == []


@pytest.mark.parametrize(("day", "refused"), AROUND)
@pytest.mark.parametrize("step", ["attendance", "votes", "officers", "close"])
def test_a_session_is_recorded_once_the_meeting_took_place(day, refused, step):
    """R. 312-194-22: attendance, votes, officers and closing record a meeting held, on its day at the earliest."""
    problems = check_session_held(day, TODAY, step)
    assert bool(problems) is refused
    if refused:
        assert problems[0].field == "meeting_date"
        assert "26 novembre 2026" in problems[0].message and "n'a pas encore eu lieu" in problems[0].message


@pytest.mark.parametrize(("day", "refused"), AROUND)
@pytest.mark.parametrize("step", ["signature", "sent_to_prefect", "approval_order", "publication"])
def test_the_conventions_dates_are_past_acts(day, refused, step):
    """R. 312-194-18: signed, sent to the préfet, approved and published — each once done."""
    problems = check_convention_dates(ApprovalDates(**{step: day}), TODAY)
    assert [p.field for p in problems] == ([f"dates.{step}"] if refused else [])


@pytest.mark.parametrize(("day", "refused"), AROUND)
def test_an_avenants_publication_is_a_past_act(day, refused):
    """Art. 21, R. 312-194-18: an avenant « publié le 10 janvier 2027 » cannot be recorded in November 2026."""
    problems = check_avenant_dates_done(ApprovalDates(publication=day), TODAY, 3)
    assert bool(problems) is refused
    if refused:
        assert problems[0].field == "avenant.publication"
        assert problems[0].message.startswith("L'arrêté d'approbation de l'avenant n° 3 ne peut pas être publié le "
                                              "26 novembre 2026")


def test_an_avenants_dates_already_recorded_are_not_judged_again():
    """Art. 21: dates come one after the other; only those filled in now are new acts."""
    recorded = ApprovalDates(signature=AFTER)  # written before the rule existed
    assert check_avenant_update_dates(recorded, ApprovalDates(AFTER, TODAY), TODAY, 2) == []
    [problem] = check_avenant_update_dates(recorded, ApprovalDates(AFTER, AFTER), TODAY, 2)
    assert problem.field == "avenant.sent_to_prefect"
    assert problem.message.startswith("L'avenant n° 2 ne peut pas être transmis au préfet")


@pytest.mark.parametrize(("day", "refused"), AROUND)
def test_a_withdrawal_notice_and_a_written_cession_are_past_acts(day, refused):
    """Art. 8-2 (notice of withdrawal) and art. 7 (cession written after the AG's approval)."""
    notice = check_change_dates(Change(day, Withdrawal("C")), TODAY)
    assert [p.field for p in notice] == (["act_date"] if refused else [])
    cession = check_change_dates(Change(day, PartTransfer("B", 50, 54, buyer_key="D"), DECIDED), TODAY)
    assert [p.field for p in cession] == (["act_date"] if refused else [])
    if refused:
        assert notice[0].message.startswith("Le retrait ne peut pas être notifié le 26 novembre 2026")


@pytest.mark.parametrize(("day", "refused"), AROUND)
def test_an_exclusions_hearing_and_deliberation_are_past_acts(day, refused):
    """Art. 8-3: the representative is convened, heard, then the AG decides — all before they are recorded."""
    change = Change(day, Exclusion("C", "manquements", hearing_on=day, hearing_convened_on=day),
                    Deliberation(day, "", Matter.EXCLUSION, True))
    fields = [p.field for p in check_change_dates(change, TODAY)]
    assert fields == (["act_date", "deliberation", "hearing_convened_on", "hearing_on"] if refused else [])


def test_a_capital_change_or_a_dissolution_may_take_effect_later_but_not_be_decided_later():
    """Art. 7 and 20: the act fixes the effect date, which may be planned; the deliberation is past."""
    later = date(2027, 1, 1)
    assert check_change_dates(Change(later, CapitalIncrease((("A", 10),)), DECIDED), TODAY) == []
    assert check_change_dates(Change(later, Dissolution("fin de l'objet", ("M. X",)), DECIDED), TODAY) == []
    undecided = Change(later, CapitalIncrease((("A", 10),)), Deliberation(AFTER, "", Matter.CONVENTION_CHANGE, True))
    assert [p.field for p in check_change_dates(undecided, TODAY)] == ["deliberation"]
    assert ChangeKind.CAPITAL_INCREASE not in PAST_ACT_KINDS and ChangeKind.WITHDRAWAL in PAST_ACT_KINDS


def test_an_assembly_to_come_may_be_prepared_and_convened_but_not_held():
    """R. 312-194-20: a planned meeting date is allowed; what the state says was done is past."""
    meeting = date(2026, 12, 15)
    draft = Assembly(meeting, "Rennes")
    assert check_assembly_dates(draft, TODAY) == []
    convened = Assembly(meeting, "Rennes", convocation_date=date(2026, 11, 20), state=AssemblyState.CONVENED)
    assert check_assembly_dates(convened, TODAY) == []
    sent_later = Assembly(meeting, "Rennes", convocation_date=AFTER, state=AssemblyState.CONVENED)
    assert [p.field for p in check_assembly_dates(sent_later, TODAY, "assemblies[0].")] == [
        "assemblies[0].convocation_date"]
    signed = Assembly(meeting, "Rennes", convocation_date=date(2026, 11, 20), state=AssemblyState.SIGNED,
                      signed_on=meeting, errata=(Erratum(meeting, "coquille"),))
    assert [p.field for p in check_assembly_dates(signed, TODAY)] == ["meeting_date", "signed_on",
                                                                      "errata[0].recorded_on"]
    assert [p.field for p in check_assembly_dates(signed, meeting)] == []


def test_a_file_is_judged_as_a_whole_each_problem_pointing_at_its_place():
    """What an import brings: the convention (R. 312-194-18), its changes and assemblies."""
    groupement = Groupement("Groupement de coopération sociale X", dates=ApprovalDates(BEFORE, TODAY, TODAY, AFTER))
    changes = [Change(BEFORE, Withdrawal("C"), avenant=ApprovalDates(signature=AFTER))]
    assemblies = [Assembly(AFTER, "Rennes", convocation_date=BEFORE, state=AssemblyState.HELD)]
    problems = check_recorded_acts(groupement, changes, assemblies, TODAY)
    assert [p.field for p in problems] == ["dates.publication", "changes[0].avenant.signature",
                                           "assemblies[0].meeting_date"]
    assert problems[0].part == "seat"  # shown on the creation wizard's page of the dates


@pytest.mark.parametrize(("printed_on", "ok"), [(BEFORE, False), (TODAY, True), (AFTER, False)])
def test_an_extract_is_made_after_the_pvs_signature_and_not_after_today(printed_on, ok):
    """Art. 13: « Extrait certifié conforme … Fait le X » — X is a true date, after the PV's signature."""
    assert (extract_problem(TODAY, printed_on, TODAY) is None) is ok
    assert extract_problem(None, TODAY, TODAY) is not None
    message = extract_problem(date(2026, 12, 14), TODAY, TODAY)
    assert message is not None and "14 décembre 2026" in message and "25 novembre 2026" in message


@pytest.mark.parametrize(("received", "refused"), [(-1, False), (0, False), (1, True)])
def test_r312_194_20_a_members_request_is_recorded_once_received(received, refused):
    """R. 312-194-20: the request of a third of the members is a past act, the meeting may be to come."""
    from gcsms_desktop.domain.act_dates import check_request_received

    today = date(2026, 11, 25)
    problems = check_request_received(today + timedelta(days=received), today)
    assert bool(problems) is refused
    if refused:
        assert problems[0].field == "requested_on"
        assert "26 novembre 2026" in problems[0].message and "25 novembre 2026" in problems[0].message
