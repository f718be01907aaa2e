"""``gcsms-desktop change KIND NOM …``: a membership change recorded from the command line, on the same
use cases as the GUI's change wizard (services.membership.MembershipService: check, record,
set_avenant_dates).

One sub-command per kind of change (art. 7, 8-1 to 8-4, 20): the options fill the payload the domain
defines (domain/changes.py), ``--deliberation 2026-3`` cites the register's deliberation (the service
takes it as the register recorded it) or ``--deliberation-date`` declares one held before the
application; ``change dates`` fills in an avenant's dates as they come (art. 21). A new member is
given by options or ``--member-file`` in the JSON format's member shape, read by the same reader as an
import. Only argparse and the standard library are imported at start-up.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gcsms_desktop.cli import euros, iso_date, whole_number
from gcsms_desktop.cli_assembly import key_and_value, say

if TYPE_CHECKING:
    from gcsms_desktop.domain.changes import Change, Deliberation, Payload
    from gcsms_desktop.domain.history import History
    from gcsms_desktop.domain.members import Member
    from gcsms_desktop.services.context import Services

KINDS = {  # sub-command → ChangeKind value, and the help line
    "admission": ("admission", "adhésion d'un nouveau membre (art. 8-1)"),
    "withdrawal": ("withdrawal", "retrait notifié par un membre (art. 8-2)"),
    "exclusion": ("exclusion", "exclusion d'un membre (art. 8-3)"),
    "transfer": ("transfer", "cession de parts à un membre ou à un tiers (art. 7)"),
    "capital-increase": ("capital_increase", "augmentation de capital (art. 7)"),
    "capital-reduction": ("capital_reduction", "réduction de capital (art. 7)"),
    "dissolution": ("dissolution", "dissolution par délibération (art. 20)"),
    "amendment": ("amendment", "modification de la convention : dénomination, siège, objet, durée, texte "
                               "d'un article (art. 21)"),
}
ACT_DATES = {
    "admission": "date de la délibération d'admission", "withdrawal": "date de la notification du retrait",
    "exclusion": "date de la délibération d'exclusion", "transfer": "date de l'acte écrit de cession",
    "capital-increase": "date d'effet de l'augmentation", "capital-reduction": "date d'effet de la réduction",
    "dissolution": "date de la dissolution", "amendment": "date de la délibération qui modifie la convention",
}
AVENANT_OPTIONS = {"signature": "signature", "sent": "sent_to_prefect", "approval": "approval_order",
                   "publication": "publication"}


def parts_allocation(text: str) -> tuple[str, int]:
    """« CLÉ=4 » → ("CLÉ", 4)."""
    key, value = key_and_value(text)
    if not value:
        raise argparse.ArgumentTypeError(f"« {text[:40]} » : CLÉ=PARTS attendu, ex. GLY=4")
    return key, whole_number(value)


def add_change_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    change = commands.add_parser("change", help="enregistrer un changement (adhésion, retrait…) ou les dates "
                                                "d'un avenant")
    kinds = change.add_subparsers(dest="kind", metavar="CHANGEMENT", required=True)
    parsers = {}
    for name, (_, help_text) in KINDS.items():
        parser = kinds.add_parser(name, help=help_text)
        parser.add_argument("name", metavar="NOM", help="dénomination ou numéro affiché par « list »")
        parser.add_argument("--on", type=iso_date, required=True, metavar="AAAA-MM-JJ", help=ACT_DATES[name])
        parsers[name] = parser
    for name in ("withdrawal", "exclusion"):
        who = "membre qui se retire" if name == "withdrawal" else "membre exclu"
        parsers[name].add_argument("--member", required=True, metavar="CLÉ", help=who)
        debts = parsers[name].add_mutually_exclusive_group()
        debts.add_argument("--debts", type=euros, metavar="MONTANT",
                           help="sa part des dettes à sa sortie (art. 8-4), ex. 12 500,75")
        debts.add_argument("--groupement-debts", type=euros, metavar="MONTANT",
                           help="dettes et charges du groupement au jour de la sortie : sa part, selon ses "
                                "droits ce jour-là, est calculée (art. 8-4, 9-2)")
    exclusion = parsers["exclusion"]
    exclusion.add_argument("--reason", required=True, metavar="MOTIF")
    exclusion.add_argument("--hearing", type=iso_date, required=True, metavar="AAAA-MM-JJ",
                           help="audition du représentant du membre")
    exclusion.add_argument("--hearing-convened", type=iso_date, required=True, metavar="AAAA-MM-JJ",
                           help="envoi de la convocation à l'audition")
    parsers["admission"].add_argument("--parts", type=whole_number, metavar="N",
                                      help="parts souscrites (défaut : 1 si le groupement a un capital)")
    transfer = parsers["transfer"]
    transfer.add_argument("--seller", required=True, metavar="CLÉ", help="cédant")
    transfer.add_argument("--buyer", metavar="CLÉ", help="cessionnaire membre (sinon : le tiers décrit par "
                                                         "--member-file ou --new-name)")
    for name in ("transfer", "capital-reduction"):
        parsers[name].add_argument("--first", type=whole_number, required=True, metavar="N°", help="première part")
        parsers[name].add_argument("--last", type=whole_number, required=True, metavar="N°", help="dernière part")
    parsers["capital-increase"].add_argument(
        "--subscriber", dest="allocations", type=parts_allocation, action="append", required=True,
        metavar="CLÉ=PARTS", help="membre et nombre de parts nouvelles qu'il souscrit (répétable)")
    dissolution = parsers["dissolution"]
    dissolution.add_argument("--reason", default="", metavar="MOTIF")
    dissolution.add_argument("--liquidator", dest="liquidators", action="append", default=[], metavar="NOM",
                             help="liquidateur nommé par l'assemblée (répétable)")
    _amendment_options(parsers["amendment"])
    for name in ("admission", "transfer"):
        _new_member_options(parsers[name])
    for name, parser in parsers.items():
        _deliberation_options(parser, name)
    dates = kinds.add_parser("dates", help="compléter les dates d'un avenant (signé, transmis, approuvé, publié)")
    dates.add_argument("name", metavar="NOM", help="dénomination ou numéro affiché par « list »")
    dates.add_argument("--change", type=whole_number, required=True, metavar="N°",
                       help="numéro de l'avenant, affiché par « changes »")
    _avenant_options(dates, all_dates=True)
    deleting = kinds.add_parser("delete", help="supprimer le dernier changement, tant que son avenant n'est pas "
                                               "signé (son numéro est redonné au suivant)")
    deleting.add_argument("name", metavar="NOM", help="dénomination ou numéro affiché par « list »")
    deleting.add_argument("--change", type=whole_number, required=True, metavar="N°",
                          help="numéro du changement, affiché par « changes »")


def article_text(text: str) -> tuple[str, str]:
    """« 12=Le règlement intérieur est… » → ("12", "Le règlement intérieur est…")."""
    number, _, wording = text.partition("=")
    if not number.strip() or not wording.strip():
        raise argparse.ArgumentTypeError(f"« {text[:40]} » : N°=TEXTE attendu, ex. 12=Le règlement intérieur…")
    return number.strip(), wording.strip()


def duration_text(text: str) -> int | None:
    """« 20 » years, or « indeterminee » for a durée indéterminée (art. 5)."""
    if text.strip().lower() in ("indeterminee", "indéterminée"):
        return None
    return whole_number(text)


def _amendment_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("ce que l'avenant modifie (au moins un)")
    group.add_argument("--denomination", metavar="NOM", help="nouvelle dénomination (art. 1er)")
    group.add_argument("--seat", metavar="ADRESSE", help="nouveau siège (art. 3)")
    group.add_argument("--object", dest="object_text", metavar="TEXTE", help="nouvel objet (art. 4)")
    group.add_argument("--duration", type=duration_text, default=False, metavar="ANS",
                       help="nouvelle durée en années, ou « indeterminee » (art. 5)")
    group.add_argument("--article", dest="articles", type=article_text, action="append", default=[],
                       metavar="N°=TEXTE", help="nouvelle rédaction d'un article, ex. 12=… (répétable)")


def _new_member_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("nouveau membre (ou --member-file)")
    group.add_argument("--member-file", type=Path, metavar="MEMBRE.json",
                       help="le membre au format JSON d'un membre de « groupement.members » (docs/format-json.md)")
    group.add_argument("--new-key", metavar="CLÉ", help="clé du nouveau membre (défaut : son sigle)")
    group.add_argument("--new-name", metavar="NOM", help="dénomination du nouveau membre")
    group.add_argument("--new-short-name", default="", metavar="SIGLE")
    group.add_argument("--new-address", default="", metavar="ADRESSE")
    group.add_argument("--new-representative", action="append", default=[], metavar="NOM[:QUALITÉ]",
                       help="représentant titulaire (répétable)")
    group.add_argument("--new-person-kind", default="legal", choices=("legal", "natural"),
                       help="personne morale (legal, défaut) ou physique (natural)")
    group.add_argument("--new-sector", default="private", choices=("private", "public"))
    group.add_argument("--new-category", default="essms", metavar="CATÉGORIE",
                       help="essms, managing_body, health_establishment, liberal_professional, commune, ccas, "
                            "epci, other")
    group.add_argument("--new-siren", default="", metavar="SIREN")
    group.add_argument("--new-finess", default="", metavar="FINESS")


def _deliberation_options(parser: argparse.ArgumentParser, name: str) -> None:
    group = parser.add_argument_group("délibération et avenant")
    group.add_argument("--deliberation", default="", metavar="N°",
                       help="délibération du registre qui décide le changement, ex. 2026-3"
                            + (" (aucune pour un retrait)" if name == "withdrawal" else ""))
    group.add_argument("--deliberation-date", type=iso_date, metavar="AAAA-MM-JJ",
                       help="délibération hors registre (assemblée tenue avant l'application) : sa date")
    group.add_argument("--adopted", action="store_true", help="délibération hors registre : adoptée")
    group.add_argument("--unanimous", action="store_true",
                       help="délibération hors registre : à l'unanimité des membres présents ou représentés")
    _avenant_options(group, all_dates=False)


def _avenant_options(parser: argparse.ArgumentParser | argparse._ArgumentGroup, all_dates: bool) -> None:
    parser.add_argument("--signature", type=iso_date, metavar="AAAA-MM-JJ", help="avenant signé le")
    parser.add_argument("--sent", type=iso_date, metavar="AAAA-MM-JJ", help="avenant transmis au préfet le")
    if all_dates:
        parser.add_argument("--approval", type=iso_date, metavar="AAAA-MM-JJ", help="approuvé par arrêté du")
        parser.add_argument("--publication", type=iso_date, metavar="AAAA-MM-JJ", help="arrêté publié le")


# --- the handlers ---------------------------------------------------------------------------------------

def run_change(services: Services, args: argparse.Namespace) -> int:
    if args.kind == "dates":
        return _dates(services, args)
    if args.kind == "delete":
        return _delete(services, args)
    from gcsms_desktop.domain.changes import Change
    from gcsms_desktop.domain.groupement import ApprovalDates
    from gcsms_desktop.domain.problems import errors_only
    from gcsms_desktop.services.errors import InvalidChange

    history = services.membership.history(args.name)
    change = Change(args.on, _payload(history, args), _deliberation(args), ApprovalDates(args.signature, args.sent))
    if getattr(args, "groupement_debts", None) is not None:
        change = _with_share_of_debts(history, change, args.groupement_debts)
    problems = services.membership.check(args.name, change)
    if errors_only(problems):  # the service would refuse the same way; said before the write lock is asked
        raise InvalidChange(f"Changement refusé ({change.kind.label}), rien n'a été enregistré :",
                            errors_only(problems))
    number = services.membership.record(args.name, change, history.groupement.version)
    for problem in problems:
        say(f"À savoir : {problem.message}")
    after = services.membership.history(args.name)
    for recorded in after.changes:
        if recorded.number >= number:
            _print_change(after, recorded)
    return 0


def _delete(services: Services, args: argparse.Namespace) -> int:
    """The last change, while its avenant is not signed (domain.deletions); refused with the reason."""
    from gcsms_desktop.domain.french import format_date

    history = services.membership.history(args.name)
    deleted = services.membership.delete(args.name, args.change, history.groupement.version)
    change = deleted.change
    say(f"Changement n° {change.number} ({change.kind.label} du {format_date(change.act_date)}) supprimé ; "
        f"le numéro {change.number} sera celui du prochain changement.")
    return 0


def _with_share_of_debts(history: History, change: Change, groupement_debts: int) -> Change:
    """Art. 8-4, 9-2: the outgoing member's share of the groupement's debts, by its droits on its exit day
    (domain.exit_debts, as the wizard proposes it)."""
    from dataclasses import replace

    from gcsms_desktop.domain.changes import Exclusion, Withdrawal
    from gcsms_desktop.domain.exit_debts import outgoing_share
    from gcsms_desktop.services.errors import ServiceError

    share = outgoing_share(history, change, groupement_debts)
    if share is None:
        raise ServiceError(f"« {history.name(change.subject_key)} » n'a pas de droits sociaux au jour de sa sortie : "
                           "indiquez sa part des dettes avec --debts.")
    payload = change.payload
    assert isinstance(payload, (Withdrawal, Exclusion))  # the only kinds with --groupement-debts
    say(f"Part des dettes : {share.explanation}.")
    return replace(change, payload=replace(payload, debts_cents=share.share.cents))


def _print_change(history: History, change: Change) -> None:
    from gcsms_desktop.domain.french import format_date

    on = history.effective_on(change)
    effect = f"effet le {format_date(on)}" if on else "effet à la publication de l'avenant"
    what = "Avenant" if change.needs_avenant else "Changement"
    say(f"{what} n° {change.number} enregistré : {history.describe(change)} — {effect}.")


def _deliberation(args: argparse.Namespace) -> Deliberation:
    from gcsms_desktop.domain.changes import Deliberation
    from gcsms_desktop.services.errors import ServiceError

    number = args.deliberation.strip()
    if args.deliberation_date is None:
        if args.adopted or args.unanimous:
            raise ServiceError("--adopted et --unanimous décrivent une délibération hors registre : donnez sa date "
                               "avec --deliberation-date.")
        return Deliberation(number=number)
    return Deliberation(args.deliberation_date, number, None, args.adopted, args.unanimous)


def _payload(history: History, args: argparse.Namespace) -> Payload:
    from gcsms_desktop.domain.changes import (
        Admission, Amendment, CapitalIncrease, CapitalReduction, Dissolution, Exclusion, PartTransfer, Withdrawal,
    )
    from gcsms_desktop.domain.duration import Duration
    from gcsms_desktop.services.errors import ServiceError

    kind = args.kind
    if kind == "admission":
        parts = args.parts if args.parts is not None else (1 if history.groupement.capital is not None else 0)
        return Admission(_new_member(history, args, required=True), parts)
    if kind == "withdrawal":
        return Withdrawal(args.member, args.debts)
    if kind == "exclusion":
        return Exclusion(args.member, args.reason.strip(), args.hearing, args.hearing_convened, args.debts)
    if kind == "transfer":
        newcomer = _new_member(history, args, required=args.buyer is None)
        if args.buyer is not None and newcomer is not None:
            raise ServiceError("La cession va à un membre (--buyer) ou à un tiers (--member-file, --new-name), "
                               "pas aux deux.")
        return PartTransfer(args.seller, args.first, args.last, args.buyer or "", newcomer)
    if kind == "capital-increase":
        return CapitalIncrease(tuple(args.allocations))
    if kind == "capital-reduction":
        return CapitalReduction(args.first, args.last)
    if kind == "amendment":
        duration = Duration(args.duration) if args.duration is not False else None
        return Amendment(args.denomination, args.seat, args.object_text, duration, tuple(args.articles))
    return Dissolution(args.reason.strip(), tuple(n.strip() for n in args.liquidators if n.strip()))


def _new_member(history: History, args: argparse.Namespace, required: bool) -> Member | None:
    """The new member from --member-file (the JSON format's member) or from the --new-… options, read
    by the import's own reader: the same checks, the same French messages."""
    from gcsms_desktop.interchange.groupement_json import read_member
    from gcsms_desktop.interchange.reader import FormatError, Reader, decode_json
    from gcsms_desktop.services.errors import ServiceError
    from gcsms_desktop.services.files import read_text

    by_options = args.new_name is not None or args.new_key is not None
    if args.member_file is not None and by_options:
        raise ServiceError("Le nouveau membre est décrit par --member-file ou par les options --new-…, "
                           "pas les deux.")
    reader = Reader()
    if args.member_file is not None:
        member = read_member(reader, decode_json(read_text(args.member_file)), "membre")
        if reader.issues:
            raise FormatError(reader.issues)
        return member
    if not by_options:
        if required:
            raise ServiceError("Décrivez le nouveau membre : --new-name \"Dénomination\" [--new-key CLÉ "
                               "--new-representative \"Nom:qualité\"…] ou --member-file MEMBRE.json.")
        return None
    member = read_member(reader, _member_data(history, args), "nouveau membre")
    if reader.issues:
        from gcsms_desktop.domain.problems import Problem
        from gcsms_desktop.services.errors import InvalidChange

        raise InvalidChange("Nouveau membre refusé, rien n'a été enregistré :",
                            [Problem(issue.path, f"{issue.path} : {issue.message}") for issue in reader.issues])
    return member


def _member_data(history: History, args: argparse.Namespace) -> dict[str, Any]:
    """The options as the JSON format writes a member (docs/format-json.md)."""
    from gcsms_desktop.domain.members import suggest_key

    name = (args.new_name or "").strip()
    key = args.new_key.strip() if args.new_key else suggest_key(
        name, args.new_short_name, {m.key for m in history.members_ever})
    representatives = []
    for text in args.new_representative:
        person, _, capacity = text.partition(":")
        representatives.append({"name": person.strip(), "capacity": capacity.strip(), "substitute": False})
    return {"key": key, "name": name, "short_name": args.new_short_name.strip(),
            "person_kind": args.new_person_kind, "sector": args.new_sector, "profit_making": False,
            "category": args.new_category, "address": args.new_address.strip(), "siren": args.new_siren.strip(),
            "finess": args.new_finess.strip(), "representatives": representatives, "contribution_share": None}


def _dates(services: Services, args: argparse.Namespace) -> int:
    """Art. 21: the avenant's dates as they come; one already recorded is kept (the domain refuses a
    different one)."""
    from dataclasses import replace

    from gcsms_desktop.services.errors import ServiceError

    given = {field: getattr(args, option) for option, field in AVENANT_OPTIONS.items()
             if getattr(args, option) is not None}
    if not given:
        raise ServiceError("Indiquez au moins une date : --signature, --sent, --approval ou --publication.")
    history, change = services.membership.change(args.name, args.change)
    services.membership.set_avenant_dates(args.name, args.change, replace(change.avenant, **given),
                                          history.groupement.version)
    after = services.membership.history(args.name)
    updated = after.change(args.change)
    assert updated is not None
    from gcsms_desktop.domain.change_text import avenant_status

    say(f"Avenant n° {args.change} ({after.describe(updated)}) : {avenant_status(updated)}.")
    on = after.effective_on(updated)
    if on is not None and updated.waits_for_publication:
        from gcsms_desktop.domain.french import format_date

        say(f"Le changement prend effet le {format_date(on)} (publication de l'avenant).")
    return 0
