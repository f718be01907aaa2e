"""Membership changes through the services on a real SQLite file (Art. 7, 8, 9-1, 20)."""

from __future__ import annotations

import shutil
from datetime import date
from fractions import Fraction
from pathlib import Path

import pytest

from gcsms_desktop.domain.capital import PartBlock
from gcsms_desktop.domain.changes import Admission, Change, ChangeKind, Deliberation, Exclusion, Withdrawal
from gcsms_desktop.domain.groupement import ApprovalDates
from gcsms_desktop.domain.matters import Matter
from gcsms_desktop.domain.problems import InvalidGroupement
from gcsms_desktop.services.context import open_services
from gcsms_desktop.services.errors import InvalidChange, ServiceError
from tests.assembly_factories import attend, convened, held, vote_all
from tests.conftest import EXAMPLES
from tests.factories import member
from tests.prepared import shared_base

VITRE = "Groupement de coopération sociale et médico-sociale du Pays de Vitré"
FOUGERES = "Groupement de coopération sociale de Fougères"
D = member("D", "Association D")
PUBLISHED = ApprovalDates(date(2026, 12, 16), date(2026, 12, 18), date(2027, 1, 20), date(2027, 2, 1))


def build_vitre_after_the_admission_vote(path: Path) -> None:
    """Pays de Vitré (A 01–26, B 27–54, C 55–100) after an AG admitting a member unanimously (2026-2)."""
    services = open_services(path)
    try:
        services.groupements.import_json((EXAMPLES / "pays-de-vitre-100-parts.json").read_text(encoding="utf-8"))
        assembly_id = convened(services, VITRE, date(2026, 12, 15), date(2026, 11, 20))
        attend(services, assembly_id, ["A", "B", "C"])
        vote_all(services, assembly_id)
        held(services, assembly_id)
    finally:
        services.close()


vitre_after_the_vote = shared_base("vitre_after_the_vote", build_vitre_after_the_admission_vote, "vitre.sqlite")


@pytest.fixture
def vitre(vitre_after_the_vote, db_path):
    """Services on a copy of its own of the module's Vitré base (built once): every test here writes."""
    shutil.copy(vitre_after_the_vote, db_path)
    services = open_services(db_path)
    yield services
    services.close()


def admit_d(services) -> int:
    return services.membership.record(VITRE, Change(date(2026, 12, 15), Admission(D, 20),
                                                    Deliberation(number="2026-2")))


def test_admission_cites_the_register_and_takes_effect_at_publication(vitre):
    number = admit_d(vitre)
    change = vitre.membership.history(VITRE).change(number)
    assert change.deliberation == Deliberation(date(2026, 12, 15), "2026-2", Matter.ADMISSION, True, True)
    assert vitre.membership.standing(VITRE, date(2027, 3, 1)).keys == ["A", "B", "C"]  # not yet published
    vitre.membership.set_avenant_dates(VITRE, number, PUBLISHED)
    standing = vitre.membership.standing(VITRE, date(2027, 2, 1))
    assert standing.keys == ["A", "B", "C", "D"]
    assert [b for b in standing.blocks if b.member_key == "D"] == [PartBlock("D", 101, 120)]
    assert standing.rights_of("D").votes == 0  # art. 9-1: regularised on 1 January 2028
    assert vitre.membership.standing(VITRE, date(2028, 1, 1)).rights_of("D").share == Fraction(20, 120)


def test_a_later_assembly_counts_the_droits_in_force_on_its_date(vitre):
    vitre.membership.set_avenant_dates(VITRE, admit_d(vitre), PUBLISHED)
    assembly_id = convened(vitre, VITRE, date(2028, 3, 15), date(2028, 2, 20))
    rights = vitre.assemblies.record(assembly_id).rights
    assert set(rights.votes) == {"A", "B", "C", "D"} and rights.total == 120


def test_a_deliberation_of_the_wrong_matter_is_refused_and_nothing_is_written(vitre):
    with pytest.raises(InvalidChange, match="admission de nouveaux membres"):
        vitre.membership.record(VITRE, Change(date(2026, 12, 15), Admission(D, 20), Deliberation(number="2026-1")))
    with pytest.raises(ServiceError, match="n'est pas dans le registre"):
        vitre.membership.record(VITRE, Change(date(2026, 12, 15), Admission(D, 20), Deliberation(number="2031-9")))
    assert vitre.membership.history(VITRE).changes == ()


def test_avenant_dates_are_filled_in_but_never_rewritten(vitre):
    number = admit_d(vitre)
    vitre.membership.set_avenant_dates(VITRE, number, ApprovalDates(date(2026, 12, 16)))
    with pytest.raises(InvalidChange, match="déjà enregistrée"):
        vitre.membership.set_avenant_dates(VITRE, number, ApprovalDates(date(2026, 12, 17)))
    with pytest.raises(InvalidChange, match="précède"):
        vitre.membership.set_avenant_dates(VITRE, number, ApprovalDates(date(2026, 12, 16), date(2026, 12, 10)))


def test_art_8_2_withdrawal_of_one_of_two_members_dissolves_the_groupement_on_1_january(services, example_text):
    """Art. 8-2 and 20: recorded alone; the dissolution it entails is derived, dated when the member is out."""
    services.groupements.import_json(example_text("fougeres-sans-capital"))
    number = services.membership.record(FOUGERES, Change(date(2027, 3, 1), Withdrawal("ADMR")))
    history = services.membership.history(FOUGERES)
    assert [(c.number, c.kind) for c in history.changes] == [(number, ChangeKind.WITHDRAWAL)]
    assert services.membership.standing(FOUGERES, date(2027, 12, 31)).dissolved_on is None
    assert services.membership.standing(FOUGERES, date(2028, 1, 1)).dissolved_on == date(2028, 1, 1)
    due = [d for d in services.membership.deadlines(FOUGERES, date(2027, 3, 2)) if "quinze jours" in d.text]
    assert due and due[0].due == date(2028, 1, 16)


def test_exclusion_with_two_members_is_refused(services, example_text):
    services.groupements.import_json(example_text("fougeres-sans-capital"))
    with pytest.raises(InvalidChange, match="R. 312-194-10"):
        services.membership.record(FOUGERES, Change(
            date(2027, 3, 1), Exclusion("ADMR", "manquements", date(2027, 2, 1), date(2027, 1, 2)),
            Deliberation(date(2027, 3, 1), "", Matter.EXCLUSION, True)))
    assert services.membership.history(FOUGERES).changes == ()


def test_changes_survive_reopening_the_file(vitre, db_path):
    number = admit_d(vitre)
    vitre.close()
    again = open_services(db_path)
    try:
        change = again.membership.history(VITRE).change(number)
        assert change is not None and change.new_member is not None and isinstance(change.payload, Admission)
        assert change.new_member.name == "Association D" and change.payload.parts == 20
        assert again.groupements.get(VITRE).members[-1].key == "C"  # the convention itself is unchanged
    finally:
        again.close()


def test_changes_travel_in_the_json_format_v3(services, example_text, tmp_path):
    import json

    import jsonschema

    from tests.conftest import RESOURCES
    from tests.membership_factories import vitre_with_history

    vitre_with_history(services, example_text("pays-de-vitre-100-parts"))
    exported = services.groupements.export_json(VITRE)
    document = json.loads(exported)
    schema = json.loads((RESOURCES / "schema" / "groupement-v4.schema.json").read_text())
    jsonschema.validate(document, schema)
    assert document["version"] == 4 and [c["kind"] for c in document["changes"]] == ["admission", "transfer",
                                                                                     "withdrawal"]
    other = open_services(tmp_path / "other.sqlite")
    try:
        other.groupements.import_json(exported)
        assert other.groupements.export_json(VITRE) == exported
        on = date(2029, 1, 1)
        assert other.membership.standing(VITRE, on) == services.membership.standing(VITRE, on)
    finally:
        other.close()


def test_a_file_with_an_unlawful_change_is_refused_whole(services, example_text):
    import json

    document = json.loads(example_text("fougeres-sans-capital"))
    document["changes"] = [{"kind": "exclusion", "act_date": "2027-03-01", "member": "ADMR", "reason": "x",
                            "deliberation": {"date": "2027-03-01", "matter": "7", "adopted": True}}]
    with pytest.raises(InvalidGroupement, match=r"changes\[0\]\.member_key : .*R\. 312-194-10"):
        services.groupements.import_json(json.dumps(document))
    assert services.groupements.list() == []
