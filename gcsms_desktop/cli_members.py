"""``gcsms-desktop member …`` and ``contact``: a member's card and the corrections that need no
deliberation (a new representative or substitute, a new address, e-mail or phone; art. 13-1 of the model
convention), on the same use cases as the window (services.details.DetailsService). Only argparse and
the standard library are imported at start-up."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from gcsms_desktop.cli import iso_date, whole_number
from gcsms_desktop.cli_assembly import say

if TYPE_CHECKING:
    from gcsms_desktop.domain.members import Representative
    from gcsms_desktop.services.context import Services


def add_member_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    member = commands.add_parser("member", help="fiche d'un membre ; corriger ses représentants ou coordonnées")
    actions = member.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="fiche du membre : parts, droits, représentants, actes")
    _name_and_member(show)
    show.add_argument("--at", type=iso_date, metavar="AAAA-MM-JJ", help="situation à cette date (défaut : "
                                                                        "aujourd'hui)")
    correct = actions.add_parser("correct", help="nouveau représentant, suppléant, adresse, courriel ou "
                                                 "téléphone, à partir d'une date (sans délibération)")
    _name_and_member(correct)
    correct.add_argument("--from", dest="start", type=iso_date, required=True, metavar="AAAA-MM-JJ",
                         help="date à partir de laquelle la correction vaut")
    correct.add_argument("--representative", action="append", metavar="NOM[:QUALITÉ]",
                         help="représentant titulaire (répétable) ; les représentants désignés remplacent "
                              "les précédents")
    correct.add_argument("--substitute", action="append", metavar="NOM[:QUALITÉ]", help="suppléant (répétable)")
    _contact_options(correct, address=True)
    corrections = actions.add_parser("corrections", help="les corrections enregistrées, avec leur numéro")
    corrections.add_argument("name", metavar="NOM", help="dénomination ou numéro affiché par « list »")
    undo = actions.add_parser("undo", help="retirer une correction tant qu'aucune convocation ne l'a utilisée")
    undo.add_argument("name", metavar="NOM", help="dénomination ou numéro affiché par « list »")
    undo.add_argument("--correction", type=whole_number, required=True, metavar="N°",
                      help="numéro affiché par « member corrections »")
    contact = commands.add_parser("contact", help="courriel et téléphone du groupement, à partir d'une date")
    contact.add_argument("name", metavar="NOM", help="dénomination ou numéro affiché par « list »")
    contact.add_argument("--from", dest="start", type=iso_date, required=True, metavar="AAAA-MM-JJ")
    _contact_options(contact, address=False)


def _name_and_member(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("name", metavar="NOM", help="dénomination ou numéro affiché par « list »")
    parser.add_argument("--member", required=True, metavar="CLÉ", help="clé du membre (« members NOM »)")


def _contact_options(parser: argparse.ArgumentParser, address: bool) -> None:
    if address:
        parser.add_argument("--address", metavar="ADRESSE", help="nouvelle adresse")
    parser.add_argument("--email", metavar="COURRIEL", help="nouveau courriel (\"\" pour l'effacer)")
    parser.add_argument("--phone", metavar="TÉLÉPHONE", help="nouveau téléphone (\"\" pour l'effacer)")


def run_member(services: Services, args: argparse.Namespace) -> int:
    if args.action == "show":
        return _show(services, args)
    if args.action == "corrections":
        return _list(services, args.name)
    if args.action == "undo":
        version = services.groupements.get(args.name).version
        services.details.withdraw(args.name, args.correction, version)
        say(f"Correction n° {args.correction} retirée.")
        return 0
    from gcsms_desktop.domain.member_details import DetailsCorrection

    reps = _representatives(args)
    correction = DetailsCorrection(args.member, args.start, reps, args.address, args.email, args.phone)
    return _record(services, args.name, correction)


def run_contact(services: Services, args: argparse.Namespace) -> int:
    from gcsms_desktop.domain.member_details import DetailsCorrection

    return _record(services, args.name, DetailsCorrection("", args.start, email=args.email, phone=args.phone))


def _record(services: Services, name: str, correction: object) -> int:
    from gcsms_desktop.domain.member_details import DetailsCorrection, describe_correction

    assert isinstance(correction, DetailsCorrection)
    history = services.membership.history(name)
    number = services.details.correct(name, correction, history.groupement.version)
    who = f"« {history.name(correction.member_key)} »" if correction.member_key else "le groupement"
    say(f"Correction n° {number} enregistrée. {describe_correction(correction, who)}")
    return 0


def _representatives(args: argparse.Namespace) -> tuple[Representative, ...] | None:
    from gcsms_desktop.domain.members import Representative

    if args.representative is None and args.substitute is None:
        return None
    found = []
    for text, substitute in [(t, False) for t in args.representative or []] + [(t, True) for t in
                                                                              args.substitute or []]:
        name, _, capacity = text.partition(":")
        found.append(Representative(name.strip(), capacity.strip(), substitute))
    return tuple(found)


def _show(services: Services, args: argparse.Namespace) -> int:
    from gcsms_desktop.domain.french import format_date

    card = services.details.card(args.name, args.member, args.at)
    m = card.member
    say(f"{m.display_name} — fiche au {format_date(card.on)}")
    say(f"  Qualité : {card.status}")
    say(f"  Parts : {card.parts} ; droits : {card.droits}")
    say(f"  Adresse : {m.address or '(aucune)'} ; courriel : {m.email or '(aucun)'} ; "
        f"téléphone : {m.phone or '(aucun)'}")
    say(f"  {card.representation}")
    substitutes = [r.name for r in m.representatives if r.substitute]
    if substitutes:
        say(f"  Suppléant{'s' if len(substitutes) > 1 else ''} : {', '.join(substitutes)}")
    if card.events:
        say("  Actes et corrections :")
        for on, line in card.events:
            say(f"    {format_date(on)} — {line}")
    return 0


def _list(services: Services, name: str) -> int:
    from gcsms_desktop.domain.member_details import describe_correction

    history = services.membership.history(name)
    if not history.corrections:
        say("Aucune correction enregistrée.")
    for c in history.corrections:
        who = f"« {history.name(c.member_key)} »" if c.member_key else "le groupement"
        say(f"{c.number:>4}  {describe_correction(c, who)}")
    return 0
