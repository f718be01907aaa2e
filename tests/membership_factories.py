"""The Pays de Vitré example through an admission, a transfer and a withdrawal, on a real SQLite file."""

from __future__ import annotations

from datetime import date

from gcsms_desktop.domain.changes import Admission, Change, Deliberation, PartTransfer, Withdrawal
from gcsms_desktop.domain.groupement import ApprovalDates
from gcsms_desktop.domain.matters import Matter
from gcsms_desktop.services.context import Services
from tests.assembly_factories import attend, convened, held, vote_all
from tests.factories import member

VITRE = "Groupement de coopération sociale et médico-sociale du Pays de Vitré"
PUBLISHED = ApprovalDates(date(2026, 12, 16), date(2026, 12, 18), date(2027, 1, 20), date(2027, 2, 1))


def vitre_with_history(services: Services, vitre_json: str) -> Services:
    """A (01–26), B (27–54), C (55–100); D admitted (101–120, published 1 February 2027), B sells
    50–54 to D on 1 June 2027, C gives notice on 1 September 2027 (effective 31 December 2028)."""
    services.groupements.import_json(vitre_json)
    assembly_id = convened(services, VITRE, date(2026, 12, 15), date(2026, 11, 20))
    attend(services, assembly_id, ["A", "B", "C"])
    vote_all(services, assembly_id)
    held(services, assembly_id)
    number = services.membership.record(VITRE, Change(
        date(2026, 12, 15), Admission(member("D", "Association Les Genêts"), 20), Deliberation(number="2026-2")))
    services.membership.set_avenant_dates(VITRE, number, PUBLISHED)
    services.membership.record(VITRE, Change(
        date(2027, 6, 1), PartTransfer("B", 50, 54, buyer_key="D"),
        Deliberation(date(2027, 5, 20), "", Matter.CONVENTION_CHANGE, True, True)))
    services.membership.record(VITRE, Change(date(2027, 9, 1), Withdrawal("C", debts_cents=1_250_000)))
    return services
