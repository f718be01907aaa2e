"""``gcsms-desktop administrator elect|list NOM``: the administrateur over time from the command line, on
the same use cases as the window's dialog (services.administrators.AdministratorService: check, elect).

``--deliberation 2029-1`` cites the register's deliberation of matter 3° (R. 312-194-21), or
``--deliberation-date`` (with ``--adopted``) declares one held before the application. Only argparse
and the standard library are imported at start-up.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from gcsms_desktop.cli import iso_date
from gcsms_desktop.cli_assembly import say

if TYPE_CHECKING:
    from gcsms_desktop.domain.mandates import Mandate
    from gcsms_desktop.services.context import Services

END_REASONS = ("resignation", "revocation", "death")  # domain.mandates.EndReason values


def add_administrator_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("administrator", help="administrateur : élire, réélire, remplacer ; historique")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="historique des administrateurs et administrateur en fonctions")
    listing.add_argument("name", metavar="NOM", help="dénomination ou numéro affiché par « list »")
    listing.add_argument("--at", type=iso_date, metavar="AAAA-MM-JJ", help="en fonctions à cette date (défaut : "
                                                                            "aujourd'hui)")
    elect = actions.add_parser("elect", help="enregistrer l'élection (ou la réélection) de l'administrateur par "
                                             "l'assemblée générale (art. R. 312-194-21 3°)")
    elect.add_argument("name", metavar="NOM", help="dénomination ou numéro affiché par « list »")
    elect.add_argument("--member", required=True, metavar="CLÉ", help="membre dont la personne élue est le "
                                                                      "représentant (ou le membre personne physique)")
    elect.add_argument("--person", required=True, metavar="NOM", help="personne physique élue (art. R. 312-194-23)")
    elect.add_argument("--on", type=iso_date, metavar="AAAA-MM-JJ",
                       help="premier jour du mandat (défaut : date de la délibération)")
    elect.add_argument("--deliberation", default="", metavar="N°", help="délibération du registre, ex. 2029-1")
    elect.add_argument("--deliberation-date", type=iso_date, metavar="AAAA-MM-JJ",
                       help="délibération hors registre (assemblée tenue avant l'application) : sa date")
    elect.add_argument("--adopted", action="store_true", help="délibération hors registre : adoptée")
    elect.add_argument("--ends-previous", choices=END_REASONS, metavar="MOTIF",
                       help="remplacement avant le terme : resignation (démission), revocation (révocation), "
                            "death (décès)")


def run_administrator(services: Services, args: argparse.Namespace) -> int:
    if args.action == "list":
        return _list(services, args)
    return _elect(services, args)


def _mandate(args: argparse.Namespace) -> Mandate:
    from gcsms_desktop.domain.changes import Deliberation
    from gcsms_desktop.domain.mandates import EndReason, Mandate
    from gcsms_desktop.domain.matters import Matter

    declared = args.deliberation_date is not None
    deliberation = Deliberation(args.deliberation_date, args.deliberation.strip(),
                                Matter.ADMINISTRATOR if declared else None, args.adopted)
    reason = EndReason(args.ends_previous) if args.ends_previous else None
    return Mandate(args.member, args.person, deliberation, args.on, reason)


def _elect(services: Services, args: argparse.Namespace) -> int:
    from gcsms_desktop.domain.mandate_text import period_text
    from gcsms_desktop.domain.problems import errors_only
    from gcsms_desktop.services.errors import InvalidChange, ServiceError

    if services.read_only:
        raise ServiceError(f"La base « {services.path} » est en lecture seule : rien n'a été enregistré.")
    if not args.deliberation.strip() and args.deliberation_date is None:
        raise ServiceError("Indiquez la délibération qui élit l'administrateur : --deliberation N° (registre) ou "
                           "--deliberation-date AAAA-MM-JJ --adopted (assemblée hors application).")
    mandate = _mandate(args)
    problems = services.administrators.check(args.name, mandate)
    if errors_only(problems):  # said before the write lock is asked; the service refuses the same way
        raise InvalidChange("Élection refusée, rien n'a été enregistré :", errors_only(problems))
    version = services.groupements.get(args.name).version
    number = services.administrators.elect(args.name, mandate, version)
    office = next(o for o in services.administrators.administration(args.name).offices
                  if o.mandate is not None and o.mandate.number == number)
    say(f"Mandat n° {number} enregistré ({office.kind.label}) : {office.person_name}, "
        f"{period_text(office)}.")
    return 0


def _list(services: Services, args: argparse.Namespace) -> int:
    from gcsms_desktop.domain.mandate_text import deliberation_text, end_text, in_office_text, period_text

    history = services.membership.history(args.name)
    administration = history.administration
    say(f"Administrateurs de « {history.groupement.denomination} » (mandat de "
        f"{administration.term_years} ans renouvelable, art. 14) :")
    if not administration.offices:
        say("  aucun administrateur élu.")
    for office in administration.offices:
        number = f"n° {office.mandate.number}, " if office.mandate else ""
        say(f"  {number}{office.kind.label} — {office.person_name} ({history.name(office.member_key)}) : "
            f"{period_text(office)} ; {end_text(office)} ; {deliberation_text(office)}")
    on = args.at or services.clock.today()
    current = administration.on(on)
    say(in_office_text(administration, on, history.name(current.member_key) if current else ""))
    return 0
