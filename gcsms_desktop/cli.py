"""Command line on the same services as the GUI: ``gcsms-desktop [--db PATH] COMMAND …``.

Without a command the GUI opens. Errors are French sentences on stderr with a non-zero exit
code, and nothing is written when a command fails.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from gcsms_desktop import __version__, argparse_fr
from gcsms_desktop.paths import backups_dir, default_database_path

# This module is the console entry point: without a command it opens the GUI, whose window must show
# before SQLAlchemy, the services and the domain are imported (issue 11). They are imported by the
# functions that use them.
if TYPE_CHECKING:
    from gcsms_desktop.domain.voting_rights import VotingRights
    from gcsms_desktop.services.context import Services

EXIT_USER_ERROR = 2
EXIT_UNEXPECTED = 70  # EX_SOFTWARE (sysexits.h): a fault of the program, not of the user's input
EXIT_INTERRUPTED = 130


def build_parser() -> argparse.ArgumentParser:
    argparse_fr.install()
    parser = argparse.ArgumentParser(
        prog="gcsms-desktop",
        description="Tenue d'un groupement de coopération sociale ou médico-sociale. Sans commande\u00a0: "
                    "ouvre l'application.")
    parser.add_argument("--db", type=Path, metavar="FICHIER",
                        help=f"base de données à utiliser (défaut : {default_database_path()})")
    parser.add_argument("--version", action="version", version=f"gcsms-desktop {__version__}",
                        help="afficher la version et quitter")
    commands = parser.add_subparsers(dest="command", metavar="COMMANDE")
    commands.add_parser("list", help="lister les groupements de la base")
    importing = commands.add_parser("import", help="importer un groupement depuis un fichier JSON")
    importing.add_argument("file", type=Path, metavar="FICHIER.json")
    correcting = commands.add_parser("replace", help="corriger en place une convention non encore signée, d'après "
                                                     "un fichier JSON (« export », modifié)")
    correcting.add_argument("name", metavar="NOM")
    correcting.add_argument("file", type=Path, metavar="FICHIER.json")
    checking = commands.add_parser("check", help="vérifier un fichier JSON sans rien enregistrer")
    checking.add_argument("file", type=Path, metavar="FICHIER.json")
    exporting = commands.add_parser("export", help="exporter un groupement en JSON")
    exporting.add_argument("name", metavar="NOM", help="dénomination ou numéro affiché par « list »")
    exporting.add_argument("-o", "--output", type=Path, required=True, metavar="FICHIER.json",
                           help="fichier à écrire (« - » pour la sortie standard)")
    exporting.add_argument("--force", action="store_true", help="remplacer le fichier s'il existe déjà")
    printing = commands.add_parser("print", help="imprimer un document en PDF")
    printing.add_argument("document", choices=list(DOCUMENTS), metavar="DOCUMENT",
                          help="document à imprimer : " + ", ".join(DOCUMENTS))
    printing.add_argument("name", metavar="NOM", help="dénomination ou numéro affiché par « list »")
    printing.add_argument("--assembly", type=whole_number, metavar="NUMÉRO",
                          help="assemblée (convocations, sendings, attendance, minutes, cancellation), "
                               "numéro affiché par « assembly list »")
    printing.add_argument("--deliberation", metavar="N°", help="délibération à extraire (extract), ex. 2026-3")
    printing.add_argument("--change", type=whole_number, metavar="N°", help="numéro de l'avenant (avenant)")
    printing.add_argument("--at", type=iso_date, metavar="AAAA-MM-JJ",
                          help="date : convention consolidée, registre des parts, tableau des droits")
    printing.add_argument("--from", dest="start", type=iso_date, metavar="AAAA-MM-JJ",
                          help="début de la période (changes)")
    printing.add_argument("--debt", type=euros, metavar="MONTANT",
                          help="dettes à répartir selon les droits (rights), ex. 12 500,75")
    printing.add_argument("-o", "--output", type=Path, required=True, metavar="FICHIER.pdf")
    printing.add_argument("--force", action="store_true", help="remplacer le fichier s'il existe déjà")
    _assembly_commands(commands)
    _backup_commands(commands)
    _membership_commands(commands)
    from gcsms_desktop.cli_changes import add_change_commands  # argparse only: light at start-up

    add_change_commands(commands)
    from gcsms_desktop.cli_members import add_member_commands  # argparse only: light at start-up

    add_member_commands(commands)

    from gcsms_desktop.cli_administrator import add_administrator_commands  # argparse only

    add_administrator_commands(commands)
    verifying = commands.add_parser("verify", help="vérifier que le registre des délibérations est tel que signé")
    verifying.add_argument("name", metavar="NOM")
    deleting = commands.add_parser("delete", help="supprimer un groupement créé par erreur (aucune assemblée tenue, "
                                                  "aucun avenant signé, registre vide)")
    deleting.add_argument("name", metavar="NOM", help="dénomination ou numéro affiché par « list »")
    deleting.add_argument("--yes", action="store_true", help="confirmer la suppression (sans lui : ce qui serait "
                                                             "perdu est affiché, rien n'est supprimé)")
    return parser


def euros(text: str) -> int:
    """An amount typed as a French user writes it (« 12 500,75 », « 12500.75 € ») → cents."""
    from gcsms_desktop.domain.french import parse_euros
    from gcsms_desktop.domain.input_bounds import MAX_AMOUNT_CENTS

    cents = parse_euros(text)
    if cents is None or cents < 0:
        raise argparse.ArgumentTypeError(f"montant « {_short(text)} » invalide : en euros, au centime près, "
                                         "ex. 12 500,75")
    if cents > MAX_AMOUNT_CENTS:
        raise argparse.ArgumentTypeError(f"montant « {_short(text)} » trop élevé")
    return cents


def iso_date(text: str) -> date:
    from gcsms_desktop.domain.input_bounds import date_problem

    try:
        day = date.fromisoformat(text) if len(text) <= 10 else None
    except ValueError:
        day = None
    if day is None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise argparse.ArgumentTypeError(f"la date « {text} » n'existe pas dans le calendrier")
    if day is None:
        raise argparse.ArgumentTypeError(f"date « {_short(text)} » invalide : AAAA-MM-JJ attendu, ex. 2027-01-01")
    problem = date_problem(day)
    if problem is not None:
        raise argparse.ArgumentTypeError(problem)
    return day


def whole_number(text: str) -> int:
    """A number shown by « list » commands: digits only, within the domain's bound."""
    from gcsms_desktop.domain.input_bounds import MAX_NUMBER

    stripped = text.strip()
    if not stripped.isdigit() or not stripped.isascii():
        raise argparse.ArgumentTypeError(
            f"« {_short(text)} » n'est pas un numéro : un nombre entier est attendu, ex. 3")
    if len(stripped) > 12 or int(stripped) > MAX_NUMBER:
        raise argparse.ArgumentTypeError(f"numéro « {_short(text)} » hors limites (au plus {MAX_NUMBER})")
    return int(stripped)


def _short(text: str) -> str:
    """An argument quoted back: short, invisible characters spelled out."""
    text = text if len(text) <= 40 else text[:37] + "…"
    return text if text.isprintable() else text.encode("ascii", "backslashreplace").decode("ascii")


def _membership_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    members = commands.add_parser("members", help="membres, parts et droits sociaux à une date")
    members.add_argument("name", metavar="NOM")
    members.add_argument("--at", type=iso_date, metavar="AAAA-MM-JJ", help="date (par défaut : aujourd'hui)")
    members.add_argument("--json", action="store_true", help="sortie JSON (fractions exactes)")
    members.add_argument("--debt", type=euros, metavar="MONTANT",
                         help="répartir ce montant de dettes entre les membres selon leurs droits (art. 9-2), "
                              "ex. 12 500,75")
    changes = commands.add_parser("changes", help="changements enregistrés (avenants) et échéances")
    changes.add_argument("name", metavar="NOM")


def _backup_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = commands.add_parser("backup", help="sauvegarder la base (copie cohérente, même ouverte ailleurs)")
    backup.add_argument("-o", "--output", type=Path, metavar="FICHIER.sqlite",
                        help=f"fichier à écrire (par défaut : un nouveau fichier daté dans {backups_dir()})")
    restore = commands.add_parser("restore", help="remplacer la base par une sauvegarde (la base actuelle est "
                                                  "d'abord sauvegardée)")
    restore.add_argument("file", type=Path, metavar="SAUVEGARDE.sqlite")
    restore.add_argument("--force", action="store_true", help="confirmer le remplacement de la base")
    commands.add_parser("migrate", help="mettre la base à jour pour cette version de l'application (une copie "
                                        "de sauvegarde est faite avant, à côté de la base)")


def _assembly_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    assembly = commands.add_parser("assembly", help="assemblées générales : préparation, convocation, séance, "
                                                    "clôture, signature, résultat")
    actions = assembly.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="lister les assemblées d'un groupement")
    listing.add_argument("name", metavar="NOM")
    result = actions.add_parser("result", help="quorum et résultat de chaque résolution")
    result.add_argument("name", metavar="NOM")
    result.add_argument("--assembly", type=whole_number, required=True, metavar="NUMÉRO")
    result.add_argument("--json", action="store_true", help="sortie JSON (fractions exactes)")
    from gcsms_desktop.cli_assembly import add_assembly_actions  # argparse only: light at start-up

    add_assembly_actions(actions)


def cmd_list(services: Services, _args: argparse.Namespace) -> int:
    from gcsms_desktop.domain.french import format_date
    from gcsms_desktop.domain.legal_personality import legal_personality_text

    rows = services.groupements.list()
    if not rows:
        print("Aucun groupement dans cette base.")
    for row in rows:
        signed = f"signée le {format_date(row.signature_date)}" if row.signature_date else "non signée"
        person = legal_personality_text(row.publication_date, services.clock.today())
        print(f"{row.id:>4}  {row.denomination} — {row.member_count} membres, {signed}\u202f; {person}")
    return 0


def cmd_import(services: Services, args: argparse.Namespace) -> int:
    from gcsms_desktop.services.files import read_text

    groupement_id = services.groupements.import_json(read_text(args.file))
    print(f"Groupement importé sous le numéro {groupement_id}.")
    return 0


def cmd_replace(services: Services, args: argparse.Namespace) -> int:
    """Art. 21 a contrario: until it is signed the convention is corrected in place; a file holding changes
    or assemblies is refused (they presuppose a signed convention)."""
    from gcsms_desktop.interchange import groupement_json
    from gcsms_desktop.services.errors import ServiceError
    from gcsms_desktop.services.files import read_text

    document = groupement_json.load_document(read_text(args.file))
    if document.changes or document.assemblies or document.corrections:
        raise ServiceError("Le fichier contient des changements, assemblées ou corrections : seule la convention "
                           "(« groupement ») se corrige en place, avant sa signature.")
    version = services.groupements.get(args.name).version
    groupement_id = services.groupements.correct_unsigned(args.name, document.groupement, version)
    print(f"Convention corrigée ; le groupement porte le numéro {groupement_id}.")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Needs no database: the file is judged as « import » judges it (domain.book_checks), every
    problem listed with its place in the file."""
    from gcsms_desktop.services import clock
    from gcsms_desktop.services.files import read_text
    from gcsms_desktop.services.groupements import GroupementService

    problems = GroupementService.check_file(read_text(args.file), clock.today())
    for problem in problems:
        print(f"{problem.severity.value} — {problem.field} : {problem.message}")
    errors = [p for p in problems if p.is_error]
    print("Aucune erreur." if not errors else f"{len(errors)} erreur(s).")
    return EXIT_USER_ERROR if errors else 0


def _check_output(services: Services, args: argparse.Namespace) -> None:
    """``-o`` is never the open base nor a SQLite file, and an existing file only with --force."""
    from gcsms_desktop.services.files import check_output

    check_output(args.output, overwrite=args.force, protected=(services.path,))


def _write_output(services: Services, args: argparse.Namespace, data: bytes) -> None:
    from gcsms_desktop.services.files import write_atomically

    write_atomically(args.output, data, overwrite=args.force, protected=(services.path,))


def cmd_export(services: Services, args: argparse.Namespace) -> int:
    _check_output(services, args)
    _write_output(services, args, services.groupements.export_json(args.name).encode("utf-8"))
    return 0


DOCUMENTS = {  # what « print » writes, as the sentence that confirms it
    "convention": "Convention constitutive enregistrée", "convocations": "Convocations enregistrées",
    "attendance": "Feuille de présence enregistrée", "minutes": "Procès-verbal enregistré",
    "register": "Registre des délibérations enregistré", "extract": "Extrait certifié conforme enregistré",
    "avenant": "Avenant enregistré", "shares-register": "Registre des parts enregistré",
    "rights": "Tableau des droits sociaux enregistré", "changes": "Liste des changements enregistrée",
    "cancellation": "Lettres d'annulation enregistrées", "sendings": "Liste des envois enregistrée",
}
NEEDS_ASSEMBLY = {"convocations", "attendance", "minutes", "cancellation", "sendings"}


def cmd_print(services: Services, args: argparse.Namespace) -> int:
    from gcsms_desktop.services.errors import ServiceError
    from gcsms_desktop.services.files import STANDARD_STREAM

    printing, name = services.printing, args.name
    if args.document in NEEDS_ASSEMBLY and args.assembly is None:
        raise ServiceError(f"Indiquez l'assemblée : --assembly NUMÉRO (« gcsms-desktop assembly list \"{name}\" »).")
    if args.document == "extract" and not args.deliberation:
        raise ServiceError("Indiquez la délibération à extraire : --deliberation 2026-3.")
    if args.document == "avenant" and args.change is None:
        raise ServiceError(f"Indiquez l'avenant : --change N° (« gcsms-desktop changes \"{name}\" »).")
    if args.document == "changes" and args.start is None:
        raise ServiceError("Indiquez la période : --from AAAA-MM-JJ [--at AAAA-MM-JJ, par défaut aujourd'hui].")
    if args.debt is not None and args.document != "rights":
        raise ServiceError("--debt ne sert qu'au tableau des droits : « print rights NOM --at DATE --debt MONTANT ».")
    _check_output(services, args)
    at = args.at or services.clock.today()
    render: Callable[[], bytes] = {
        "convention": lambda: printing.convention(name, at=args.at),
        "avenant": lambda: printing.avenant(name, args.change),
        "shares-register": lambda: printing.shares_register(name, at),
        "rights": lambda: printing.rights_table(name, at, args.debt),
        "changes": lambda: printing.changes(name, args.start, at),
        "convocations": lambda: printing.convocations(name, args.assembly),
        "cancellation": lambda: printing.cancellation(name, args.assembly),
        "sendings": lambda: printing.sendings(name, args.assembly),
        "attendance": lambda: printing.attendance(name, args.assembly),
        "minutes": lambda: printing.minutes(name, args.assembly),
        "register": lambda: printing.register(name),
        "extract": lambda: printing.extract(name, args.deliberation),
    }[args.document]
    _write_output(services, args, render())
    if str(args.output) != STANDARD_STREAM:
        print(f"{DOCUMENTS[args.document]} dans {args.output}.")
    return 0


def cmd_assembly(services: Services, args: argparse.Namespace) -> int:
    from gcsms_desktop.domain.french import format_date
    from gcsms_desktop.interchange import assembly_result_json

    if args.action not in ("list", "result"):
        from gcsms_desktop.cli_assembly import run_assembly_action

        return run_assembly_action(services, args)
    if args.action == "list":
        rows = services.assemblies.list(args.name)
        if not rows:
            print("Aucune assemblée pour ce groupement.")
        for row in rows:
            second = ", seconde convocation" if row.second_convocation else ""
            print(f"{row.id:>4}  {format_date(row.meeting_date)}  {row.state.label}{second}  {row.place}")
        return 0
    record = services.assemblies.record(args.assembly, args.name)
    if args.json:
        sys.stdout.write(assembly_result_json.dumps(record))
        return 0
    print(record.result.quorum.explanation)
    for number, item, outcome in record.result.outcomes:
        label = f"n° {item.deliberation_number}" if item.deliberation_number else f"point {number}"
        print(f"{label} — {item.title} : {'adoptée' if outcome.adopted else 'rejetée'}")
        print(f"    {outcome.explanation}")
    return 0


def cmd_members(services: Services, args: argparse.Namespace) -> int:
    from gcsms_desktop.domain.french import format_date
    from gcsms_desktop.interchange import standing_json

    on = args.at or services.clock.today()
    if args.json and args.debt is not None:
        from gcsms_desktop.services.errors import ServiceError

        raise ServiceError("--debt s'affiche en texte : retirez --json.")
    history = services.membership.history(args.name)
    standing = history.standing(on)
    if args.json:
        sys.stdout.write(standing_json.dumps(history.groupement.denomination, standing))
        return 0
    print(f"Au {format_date(on)} :" + (f" groupement dissous le {format_date(standing.dissolved_on)}."
                                        if standing.dissolved_on else ""))
    capital = standing.capital
    shares = _debt_shares(standing.rights, args.debt)
    for member in standing.members:
        numbers = capital.numbers_text_of(member.key) if capital else ""
        droits = f"{standing.droits_text(member.key)} ({standing.percent_text(member.key)})"
        debt = f"  dettes {shares[member.key]}" if member.key in shares else ""
        print(f"  {member.key:<8} {member.name}  {numbers}  droits {droits}{debt}")
    if args.debt is not None:
        from gcsms_desktop.domain.french import format_euros, typography

        print(typography(f"Dettes de {format_euros(args.debt)} réparties selon les droits sociaux (art. 9-2 de "
                         "la convention) ; les centimes restants vont aux plus forts restes."))
    return 0


def _debt_shares(rights: tuple[VotingRights, ...], amount_cents: int | None) -> dict[str, str]:
    from gcsms_desktop.domain.debts import split_debt
    from gcsms_desktop.domain.french import format_euros

    if amount_cents is None:
        return {}
    return {share.member_key: format_euros(share.cents) for share in split_debt(amount_cents, rights)}


def cmd_changes(services: Services, args: argparse.Namespace) -> int:
    from gcsms_desktop.domain.french import format_date

    history = services.membership.history(args.name)
    if not history.changes:
        print("Aucun changement enregistré depuis la convention constitutive.")
    for change in history.changes:
        on = history.effective_on(change)
        effect = f"effet le {format_date(on)}" if on else "effet à la publication de l'avenant"
        print(f"{change.number:>4}  {format_date(change.act_date)}  {history.describe(change)} — {effect}")
    for deadline in services.membership.deadlines(args.name, services.clock.today()):
        print(f"  à faire : {deadline.text}")
    return 0


def cmd_backup(services: Services, args: argparse.Namespace) -> int:
    saved = services.backups.save_to(args.output) if args.output else services.backups.take()
    print(f"Sauvegarde enregistrée dans {saved}.")
    return 0


def cmd_restore(database: Path, args: argparse.Namespace) -> int:
    """Needs the base closed, and works on a damaged one: no services are opened before."""
    from gcsms_desktop.services.backups import restore as restore_backup
    from gcsms_desktop.services.context import open_services
    from gcsms_desktop.services.errors import ServiceError

    if not args.file.expanduser().is_file():
        raise ServiceError(f"La sauvegarde « {args.file} » n'existe pas : rien n'a été remplacé.")
    if database.exists() and not args.force:
        raise ServiceError(f"La base « {database} » sera remplacée par la sauvegarde « {args.file} » (une copie de "
                           f"la base actuelle est faite d'abord dans {backups_dir()}). Ajoutez --force pour "
                           "confirmer.")
    safety = restore_backup(database, args.file)
    open_services(database, create=False).close()  # checks the restored base, upgrades an older one
    print(f"Base « {database} » restaurée depuis « {args.file} ».")
    if safety:
        print(f"La base remplacée a été gardée dans {safety}.")
    return 0


def cmd_migrate(services: Services, _args: argparse.Namespace) -> int:
    """Opening the base upgraded it, after a backup copy: say what was done."""
    from gcsms_desktop.domain.french import NBSP, NNBSP

    status = services.schema.status()
    if not status.upgraded:
        print(f"Base déjà à jour (révision {status.revision}).")
        return 0
    print(f"Base mise à jour de {status.upgraded_from} à {status.revision}{NNBSP}; copie de "
          f"sauvegarde{NBSP}: {status.backup_path}.")
    return 0


def cmd_change(services: Services, args: argparse.Namespace) -> int:
    from gcsms_desktop.cli_changes import run_change

    return run_change(services, args)


def cmd_member(services: Services, args: argparse.Namespace) -> int:
    from gcsms_desktop.cli_members import run_member

    return run_member(services, args)


def cmd_contact(services: Services, args: argparse.Namespace) -> int:
    from gcsms_desktop.cli_members import run_contact

    return run_contact(services, args)


def cmd_administrator(services: Services, args: argparse.Namespace) -> int:
    from gcsms_desktop.cli_administrator import run_administrator

    return run_administrator(services, args)


EXIT_ALTERED = 1


def cmd_verify(services: Services, args: argparse.Namespace) -> int:
    """The register's seals, checked; exit 1 and the first broken entry when the books were altered."""
    verdict = services.register.verify(args.name)
    if not verdict.intact:
        print(f"Registre des délibérations altéré hors de l'application : {verdict.broken}", file=sys.stderr)
        return EXIT_ALTERED
    checked = "aucune entrée scellée" if verdict.checked == 0 else (
        "1 entrée scellée vérifiée" if verdict.checked == 1 else f"{verdict.checked} entrées scellées vérifiées")
    print(f"Registre des délibérations intact : {checked}.")
    for entry in verdict.unsealed:
        print(f"  non encore scellé (signé avant le scellement du registre) : {entry}")
    return 0


def cmd_delete(services: Services, args: argparse.Namespace) -> int:
    """A groupement created by mistake (domain.deletions); without ``--yes``, what would be lost."""
    from gcsms_desktop.domain.french import typography
    from gcsms_desktop.services.errors import ServiceError

    verdict = services.groupements.deletion(args.name)
    if not verdict.allowed:
        raise ServiceError(f"Le groupement « {verdict.denomination} » ne peut pas être supprimé : "
                           + " ; ".join(verdict.refusals) + ". Rien n'a été supprimé.")
    if not args.yes:
        print(typography(f"La suppression du groupement « {verdict.denomination} » effacerait :"), file=sys.stderr)
        for line in verdict.losses:
            print(typography(f"  – {line}"), file=sys.stderr)
        print("Rien n'a été supprimé : confirmez avec --yes (« export » en garde d'abord une copie).", file=sys.stderr)
        return EXIT_USER_ERROR
    services.groupements.delete(args.name)
    print(typography(f"Groupement « {verdict.denomination} » supprimé."))
    return 0


COMMANDS: dict[str, Callable[[Services, argparse.Namespace], int]] = {
    "list": cmd_list, "import": cmd_import, "export": cmd_export, "print": cmd_print, "assembly": cmd_assembly,
    "members": cmd_members, "changes": cmd_changes, "backup": cmd_backup, "verify": cmd_verify,
    "migrate": cmd_migrate, "change": cmd_change, "member": cmd_member, "contact": cmd_contact,
    "delete": cmd_delete, "replace": cmd_replace, "administrator": cmd_administrator,
}
CREATES_DATABASE = {"import"}  # other commands on a missing --db file are a typo, not a new base
WRITES_DATABASE = {"import", "change", "contact", "delete", "replace"}  # refused on a read-only base (see cli_assembly)


def opened_notes(services: Services, command: str | None = None) -> list[str]:
    """What the user should know about the base just opened (said on stderr, not an error);
    « migrate » tells of the upgrade itself."""
    database, notes = services.database, []
    if database.interrupted_upgrade:
        notes.append(f"Une mise à jour précédente de la base avait été interrompue ; la base était restée intacte "
                     f"et vient d'être mise à jour. La copie faite avant reste dans {database.interrupted_upgrade}.")
    if database.backup_path and command != "migrate":
        notes.append(f"Base mise à jour ; copie de l'ancienne version : {database.backup_path}.")
    return notes


def report(error: Exception) -> int:
    """Turn an expected failure into French lines on stderr and an exit code."""
    from gcsms_desktop.domain.problems import InvalidGroupement
    from gcsms_desktop.interchange.reader import FormatError
    from gcsms_desktop.os_errors import french_reason

    if isinstance(error, FormatError):
        print("Fichier refusé, rien n'a été enregistré :", file=sys.stderr)
        for issue in error.issues:
            print(f"  {issue.path} : {issue.message}", file=sys.stderr)
    elif isinstance(error, InvalidGroupement):
        print("Groupement refusé, rien n'a été enregistré :", file=sys.stderr)
        for problem in error.problems:
            print(f"  {problem.field} : {problem.message}", file=sys.stderr)
    elif isinstance(error, OSError):
        print(f"Erreur d'écriture ou de lecture : {french_reason(error)} ({error.filename or ''})",
              file=sys.stderr)
    else:
        print(f"Erreur : {error}", file=sys.stderr)
    return EXIT_USER_ERROR


def display_missing() -> bool:
    """Qt aborts the process without a display; say it in French first (Linux only)."""
    return (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"))


def report_unexpected(error: BaseException, database: Path, command: str | None) -> int:
    """Never a traceback: a French sentence, the traceback in the log, a distinct exit code."""
    from gcsms_desktop import error_log
    from gcsms_desktop.paths import log_path
    from gcsms_desktop.persistence.failures import storage_failure

    failure = storage_failure(error, database)
    if failure is not None:  # a base locked or made read-only meanwhile: the user's to fix
        print(f"Erreur : {failure}", file=sys.stderr)
        return EXIT_USER_ERROR
    written = error_log.log_unexpected(error, f"commande {command or 'interface'}")
    where = (f"Le détail technique est dans le journal {written} : joignez-le à votre demande d'aide."
             if written else f"Le journal {log_path()} n'a pas pu être écrit.")
    print(f"Erreur inattendue : la commande n'a pas abouti et rien n'a été enregistré. {where}", file=sys.stderr)
    return EXIT_UNEXPECTED


def main(argv: list[str] | None = None) -> int:
    """Run one command. Usage errors end in SystemExit(2) from argparse, in French."""
    args = build_parser().parse_args(argv)
    database = args.db or default_database_path()
    try:
        return run(args, database)
    except KeyboardInterrupt:
        print("Interrompu : rien n'a été enregistré.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as error:  # noqa: BLE001 - the boundary where nothing may escape as a traceback
        return report_unexpected(error, database, args.command)


def run(args: argparse.Namespace, database: Path) -> int:
    if args.command is None:
        if display_missing():
            print("Aucun écran graphique n'est disponible (DISPLAY n'est pas défini) : lancez l'application "
                  "depuis une session graphique, ou utilisez une commande (« gcsms-desktop --help »).",
                  file=sys.stderr)
            return EXIT_USER_ERROR
        from gcsms_desktop.app import run_gui

        return run_gui(database, explicit=args.db is not None)
    from gcsms_desktop.domain.problems import InvalidGroupement
    from gcsms_desktop.interchange.reader import FormatError
    from gcsms_desktop.persistence.database import DatabaseError
    from gcsms_desktop.services.context import open_services
    from gcsms_desktop.services.errors import ServiceError

    if args.command == "check":
        try:
            return cmd_check(args)
        except (FormatError, ServiceError) as error:
            return report(error)
    if args.command == "restore":
        try:
            return cmd_restore(database, args)
        except (ServiceError, DatabaseError, OSError) as error:
            return report(error)
    if args.db and not database.exists() and args.command not in CREATES_DATABASE:
        return report(ServiceError(f"La base « {database} » n'existe pas (vérifiez le chemin ; « import » "
                                   "crée une base nouvelle)."))
    try:
        services = open_services(database, create=args.command != "migrate")  # nothing to upgrade in no base
    except DatabaseError as error:
        return report(error)
    try:
        for note in opened_notes(services, args.command):
            print(note, file=sys.stderr)
        services.clock.today()  # a GCSMS_DESKTOP_TODAY that is not a date is said before anything is done
        if services.read_only and args.command in WRITES_DATABASE:
            raise ServiceError(f"La base « {database} » est en lecture seule (fichier ou dossier protégé en "
                               "écriture) : rien n'a été enregistré.")
        return COMMANDS[args.command](services, args)
    except (FormatError, InvalidGroupement, ServiceError, DatabaseError, OSError) as error:
        return report(error)
    finally:
        services.close()
