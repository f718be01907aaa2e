"""``gcsms-desktop assembly ACTION``: an assemblée générale run from the command line, step by step,
on the same use cases as the GUI's assembly wizard (services.assemblies.AssemblyService).

create → convene → attendance → vote (per resolution), debates (per point) → close → sign, then erratum, and
convene-again when the quorum was not reached (R. 312-194-20 to -22, art. 13 of the convention);
delete a draft, cancel a convened assembly or undo that (domain.deletions).
Each step asks the domain first; a refusal prints its reasons in French, exits with 2 and writes
nothing. Only argparse and the standard library are imported here at start-up (the GUI opens
through the same parser): the services and the domain are imported by the functions that use them.
"""

from __future__ import annotations

import argparse
import csv
import io
import unicodedata
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from gcsms_desktop.cli import iso_date, whole_number

if TYPE_CHECKING:
    from gcsms_desktop.domain.assembly import AgendaItem
    from gcsms_desktop.domain.assembly_record import AssemblyRecord
    from gcsms_desktop.domain.attendance import AttendanceLine
    from gcsms_desktop.domain.majority import Choice
    from gcsms_desktop.domain.matters import Matter
    from gcsms_desktop.domain.problems import Problem
    from gcsms_desktop.services.context import Services

# Short French codes for the matters of article R. 312-194-21 (the number, « 6 » or « 6° », works too).
MATTER_CODES = {
    "budget": "1", "comptes": "2", "administrateur": "3", "commissaire": "4", "convention": "5",
    "admission": "6", "exclusion": "7", "indemnites": "8", "cooperation": "9", "autorisations": "10",
    "dissolution": "11", "prorogation": "11", "immobilier": "12", "informations": "13", "professionnels": "14",
    "fusions": "15", "reglement": "16", "competence": "17", "autre": "other", "info": "other",
}
INFORMATION_CODE = "info"
CSV_COLUMNS = ("membre", "présence", "représentant", "mandataire")
PRESENCE_WORDS = {"present": "present", "represente": "represented", "absent": "absent",
                  "represented": "represented"}


def _plain(text: str) -> str:
    """Lower case, accents and « ° » dropped: « Présent » → « present », « 6° » → « 6 »."""
    decomposed = unicodedata.normalize("NFKD", text.strip().lower().replace("°", ""))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# --- argument types (argparse turns their ArgumentTypeError into « argument --x : … », exit 2) ----------

def agenda_item(text: str) -> tuple[Matter, str, str]:
    """« MATIÈRE:Intitulé[:texte de la résolution] » → (matter, title, resolution)."""
    from gcsms_desktop.domain.matters import Matter

    code, _, rest = text.partition(":")
    title, _, resolution = rest.partition(":")
    plain = _plain(code)
    value = MATTER_CODES.get(plain, plain)
    matter = next((m for m in Matter if m.value == value), None)
    if matter is None:
        raise argparse.ArgumentTypeError(
            f"matière « {code.strip()[:40]} » inconnue : un numéro de 1 à 17 de l'article R. 312-194-21 ou un code ("
            + ", ".join(sorted(MATTER_CODES)) + ")")
    if plain == INFORMATION_CODE and resolution.strip():
        raise argparse.ArgumentTypeError("un point d'information (« info ») n'est pas mis aux voix : "
                                         "il n'a pas de texte de résolution")
    if not title.strip():
        label = matter.label if matter is not Matter.OTHER else "questions diverses"
        title = label[:1].upper() + label[1:]
    return matter, title.strip(), resolution.strip()


def clock_time(text: str) -> str:
    """« 14:30 », « 9:00 » → « 14:30 », « 09:00 »."""
    hours, _, minutes = text.strip().partition(":")
    if not (hours.isdigit() and minutes.isdigit() and len(minutes) == 2 and int(hours) < 24 and int(minutes) < 60):
        raise argparse.ArgumentTypeError(f"heure « {text[:20]} » invalide : HH:MM attendu, ex. 14:30")
    return f"{int(hours):02d}:{minutes}"


def member_keys(text: str) -> list[str]:
    """« A,B , C » → ["A", "B", "C"]."""
    keys = [key.strip() for key in text.split(",")]
    if not all(keys):
        raise argparse.ArgumentTypeError(f"liste de membres « {text[:40]} » incorrecte : des clés séparées par "
                                         "des virgules sont attendues, ex. GLY,TYC")
    return keys


def key_and_value(text: str) -> tuple[str, str]:
    """« CLÉ=valeur » (the value may be empty for « --present CLÉ »)."""
    key, _, value = text.partition("=")
    if not key.strip():
        raise argparse.ArgumentTypeError(f"« {text[:40]} » : la clé du membre est attendue, ex. GLY=Marie Le Goff")
    return key.strip(), value.strip()


# --- the parsers --------------------------------------------------------------------------------------

def add_assembly_actions(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The actions that run an assembly, added to « gcsms-desktop assembly »."""
    create = actions.add_parser("create", help="préparer une assemblée : date, lieu, ordre du jour")
    _name_and(create, assembly=False)
    create.add_argument("--date", dest="meeting_date", type=iso_date, required=True, metavar="AAAA-MM-JJ",
                        help="date de la réunion")
    create.add_argument("--time", dest="meeting_time", type=clock_time, default="14:00", metavar="HH:MM",
                        help="heure de la réunion (défaut : 14:00)")
    create.add_argument("--place", required=True, metavar="LIEU", help="lieu de la réunion")
    create.add_argument("--urgent", action="store_true", help="urgence : convocation 48 heures à l'avance")
    create.add_argument("--item", dest="items", type=agenda_item, action="append", default=[], required=True,
                        metavar="MATIÈRE:INTITULÉ[:RÉSOLUTION]",
                        help="point de l'ordre du jour (répétable) ; MATIÈRE : numéro 1 à 17 de l'article "
                             "R. 312-194-21 ou code (budget, comptes, admission, exclusion, convention…), "
                             "« info » pour un point d'information non mis aux voix")
    create.add_argument("--exclude", action="append", default=[], metavar="CLÉ",
                        help="membre dont l'exclusion est demandée, pour chaque point « exclusion » dans l'ordre")
    create.add_argument("--document", dest="documents", action="append", default=[], metavar="PIÈCE",
                        help="pièce jointe à la convocation (répétable)")
    create.add_argument("--requested-by", type=member_keys, metavar="CLÉ,CLÉ",
                        help="membres qui ont demandé l'assemblée (au moins un tiers, art. R. 312-194-20)")
    create.add_argument("--requested-on", type=iso_date, metavar="AAAA-MM-JJ", help="date de leur demande")

    convene = actions.add_parser("convene", help="enregistrer l'envoi des convocations")
    _name_and(convene)
    convene.add_argument("--on", type=iso_date, required=True, metavar="AAAA-MM-JJ", help="date d'envoi")

    emails = actions.add_parser("emails", help="préparer un courriel (.eml) de convocation par membre ayant une "
                                               "adresse électronique, sa lettre et son pouvoir joints")
    _name_and(emails)
    emails.add_argument("-o", "--output", type=Path, required=True, metavar="DOSSIER",
                        help="dossier où écrire les fichiers .eml (créé s'il n'existe pas)")
    emails.add_argument("--on", type=iso_date, metavar="AAAA-MM-JJ",
                        help="date d'envoi, pour une assemblée pas encore convoquée (vérifiée comme « convene »)")
    attendance = actions.add_parser("attendance", help="feuille de présence : présents, représentés, absents")
    _name_and(attendance)
    attendance.add_argument("--all-present", action="store_true",
                            help="tous présents (puis --absent, --represented pour les exceptions)")
    attendance.add_argument("--present", action="append", default=[], type=key_and_value, metavar="CLÉ[=NOM]",
                            help="membre présent et la personne qui le représente (par défaut son représentant)")
    attendance.add_argument("--represented", action="append", default=[], type=key_and_value,
                            metavar="CLÉ=CLÉ_MANDATAIRE", help="membre représenté par un membre présent")
    attendance.add_argument("--absent", action="append", default=[], type=member_keys, metavar="CLÉ[,CLÉ]",
                            help="membre absent (les membres non cités sont absents)")
    attendance.add_argument("--csv", type=Path, metavar="FICHIER.csv",
                            help="la feuille entière, colonnes séparées par « ; » : " + ";".join(CSV_COLUMNS))

    vote = actions.add_parser("vote", help="votes sur une résolution")
    _name_and(vote)
    vote.add_argument("--item", type=whole_number, required=True, metavar="N",
                      help="numéro du point dans l'ordre du jour (à partir de 1)")
    vote.add_argument("--for", dest="votes_for", action="append", default=[], type=member_keys, metavar="CLÉ,…")
    vote.add_argument("--against", action="append", default=[], type=member_keys, metavar="CLÉ,…")
    vote.add_argument("--abstain", action="append", default=[], type=member_keys, metavar="CLÉ,…")
    everyone = vote.add_mutually_exclusive_group()
    everyone.add_argument("--unanimous-for", action="store_true", help="chaque votant vote pour")
    everyone.add_argument("--others-for", action="store_true",
                          help="les votants non cités par --against, --abstain votent pour")

    debates = actions.add_parser("debates", help="résumé des débats sur un point de l'ordre du jour (procès-verbal)")
    _name_and(debates)
    debates.add_argument("--item", type=whole_number, required=True, metavar="N",
                         help="numéro du point dans l'ordre du jour (à partir de 1)")
    debates.add_argument("--text", required=True, metavar="TEXTE",
                         help="résumé des débats ; un point d'information reste non mis aux voix (vide : efface)")

    close = actions.add_parser("close", help="clore la séance (président, secrétaire, scrutateur)")
    _name_and(close)
    close.add_argument("--opened", type=clock_time, metavar="HH:MM", help="heure d'ouverture de la séance")
    close.add_argument("--closed", type=clock_time, metavar="HH:MM", help="heure à laquelle la séance est levée")
    close.add_argument("--president", metavar="NOM", help="président de séance (défaut : l'administrateur)")
    close.add_argument("--secretary", required=True, metavar="NOM", help="secrétaire de séance")
    close.add_argument("--scrutineer", required=True, metavar="NOM", help="scrutateur")

    sign = actions.add_parser("sign", help="signer le procès-verbal : il prend les pages suivantes du registre")
    _name_and(sign)
    sign.add_argument("--on", type=iso_date, required=True, metavar="AAAA-MM-JJ", help="date de signature")

    erratum = actions.add_parser("erratum", help="joindre un erratum au procès-verbal d'une séance close")
    _name_and(erratum)
    erratum.add_argument("--text", required=True, metavar="TEXTE")
    erratum.add_argument("--on", type=iso_date, required=True, metavar="AAAA-MM-JJ")

    again = actions.add_parser("convene-again", help="seconde convocation d'une assemblée close faute de quorum")
    _name_and(again)
    again.add_argument("--date", dest="meeting_date", type=iso_date, required=True, metavar="AAAA-MM-JJ",
                       help="date de la seconde réunion (au plus tard 15 jours après la première, 8 en urgence)")
    again.add_argument("--on", type=iso_date, required=True, metavar="AAAA-MM-JJ", help="date d'envoi")
    again.add_argument("--time", dest="meeting_time", type=clock_time, metavar="HH:MM",
                       help="heure (défaut : celle de la première)")
    again.add_argument("--place", metavar="LIEU", help="lieu (défaut : celui de la première)")

    deleting = actions.add_parser("delete", help="supprimer une assemblée en préparation (non convoquée)")
    _name_and(deleting)
    cancel = actions.add_parser("cancel", help="annuler une assemblée convoquée qui ne se tiendra pas")
    _name_and(cancel)
    cancel.add_argument("--on", type=iso_date, metavar="AAAA-MM-JJ",
                        help="date de l'annulation (défaut : aujourd'hui ; au plus tard le jour de la réunion)")
    cancel.add_argument("--reason", default="", metavar="MOTIF", help="motif, imprimé sur les lettres d'annulation")
    uncancel = actions.add_parser("uncancel", help="rétablir une assemblée annulée (convoquée de nouveau)")
    _name_and(uncancel)


def _name_and(parser: argparse.ArgumentParser, assembly: bool = True) -> None:
    parser.add_argument("name", metavar="NOM", help="dénomination ou numéro affiché par « list »")
    if assembly:
        parser.add_argument("--assembly", type=whole_number, required=True, metavar="NUMÉRO",
                            help="assemblée, numéro affiché par « assembly list »")


# --- the handlers ---------------------------------------------------------------------------------------

def run_assembly_action(services: Services, args: argparse.Namespace) -> int:
    from gcsms_desktop.services.errors import ServiceError

    if services.read_only:
        raise ServiceError(f"La base « {services.path} » est en lecture seule (fichier ou dossier protégé en "
                           "écriture) : rien n'a été enregistré.")
    return HANDLERS[args.action](services, args)


def say(text: str) -> None:
    from gcsms_desktop.domain.french import typography

    print(typography(text))


def _warnings(problems: list[Problem]) -> None:
    for problem in problems:
        if not problem.is_error:
            say(f"À savoir : {problem.message}")


def _record(services: Services, args: argparse.Namespace) -> AssemblyRecord:
    """The assembly ``--assembly`` of the groupement NOM (refused when it is another groupement's)."""
    return services.assemblies.record(args.assembly, args.name)


def cmd_create(services: Services, args: argparse.Namespace) -> int:
    from gcsms_desktop.domain.assembly import AgendaItem, Assembly
    from gcsms_desktop.domain.french import format_date
    from gcsms_desktop.domain.matters import Matter
    from gcsms_desktop.domain.problems import errors_only
    from gcsms_desktop.services.errors import InvalidAssembly, ServiceError

    exclusions = [n for n, (matter, _, _) in enumerate(args.items) if matter is Matter.EXCLUSION]
    if len(args.exclude) > len(exclusions):
        raise ServiceError(f"{len(args.exclude)} --exclude pour {len(exclusions)} point(s) « exclusion » (7°) : "
                           "un --exclude CLÉ par point d'exclusion, dans l'ordre.")
    concerned = dict(zip(exclusions, args.exclude, strict=False))
    agenda = tuple(AgendaItem(matter, title, resolution, concerned.get(n))
                   for n, (matter, title, resolution) in enumerate(args.items))
    assembly = Assembly(args.meeting_date, args.place.strip(), args.meeting_time, args.urgent,
                        agenda=agenda, documents=tuple(d.strip() for d in args.documents if d.strip()),
                        requested_by=tuple(args.requested_by or ()), requested_on=args.requested_on)
    problems = services.assemblies.check_preparation(args.name, assembly)
    if errors_only(problems):
        raise InvalidAssembly("Assemblée refusée, rien n'a été enregistré :", errors_only(problems))
    assembly_id = services.assemblies.prepare(args.name, assembly)
    _warnings(problems)
    say(f"Assemblée créée sous le numéro {assembly_id} (en préparation) : réunion le "
        f"{format_date(args.meeting_date)}, {len(agenda)} point(s) à l'ordre du jour.")
    for number, item in enumerate(agenda, start=1):
        say(f"  point {number} — {item.title} [{item.matter.reference}]"
            + (" : information, non mis aux voix" if item.is_information else ""))
    return 0


def cmd_convene(services: Services, args: argparse.Namespace) -> int:
    from gcsms_desktop.domain.french import format_date

    record = _record(services, args)
    services.assemblies.convene(args.assembly, args.on, record.assembly.version)
    say(f"Assemblée {args.assembly} convoquée : convocations envoyées le {format_date(args.on)} pour la réunion "
        f"du {format_date(record.assembly.meeting_date)} (« print convocations » imprime les lettres).")
    return 0


def cmd_emails(services: Services, args: argparse.Namespace) -> int:
    """Writes the .eml files; records nothing: « convene --on » records the sending once it is done."""
    from gcsms_desktop.domain.french import format_date
    from gcsms_desktop.services.printing import save_emails

    record = _record(services, args)
    mailing = services.printing.convocation_emails(args.name, args.assembly, args.on)
    if mailing.emails:
        save_emails(args.output, mailing)
    say(f"{len(mailing.emails)} courriel(s) de convocation dans {args.output}, datés du "
        f"{format_date(mailing.sent_on)} :")
    for email in mailing.emails:
        say(f"  {email.member} <{email.address}> : {email.file_name}")
    if mailing.by_post:
        say(f"{len(mailing.by_post)} membre(s) sans adresse électronique, à convoquer par la poste :")
        for name, address in mailing.by_post:
            say(f"  {name} — {' '.join(address.split()) or 'adresse inconnue'}")
    if record.assembly.convocation_date is None:
        say(f"Une fois les convocations envoyées : « assembly convene \"{args.name}\" --assembly {args.assembly} "
            f"--on {mailing.sent_on.isoformat()} » enregistre la date d'envoi.")
    return 0


def cmd_attendance(services: Services, args: argparse.Namespace) -> int:
    from gcsms_desktop.services.errors import ServiceError

    record = _record(services, args)
    if args.csv is not None:
        if args.all_present or args.present or args.represented or args.absent:
            raise ServiceError("--csv donne la feuille entière : il ne se combine pas avec --all-present, "
                               "--present, --represented ou --absent.")
        lines = _csv_lines(args.csv)
    else:
        lines = _option_lines(args)
    sheet = _with_everyone(record, lines, args.all_present)
    warnings = services.assemblies.record_attendance(args.assembly, sheet, record.assembly.version)
    _warnings(warnings)
    _print_attendance(services.assemblies.record(args.assembly, args.name))
    return 0


def _option_lines(args: argparse.Namespace) -> list[AttendanceLine]:
    from gcsms_desktop.domain.attendance import AttendanceLine, Presence

    lines = [AttendanceLine(key, Presence.PRESENT, name) for key, name in args.present]
    lines += [AttendanceLine(key, Presence.REPRESENTED, proxy_holder=holder or None)
              for key, holder in args.represented]
    lines += [AttendanceLine(key, Presence.ABSENT) for keys in args.absent for key in keys]
    return lines


def _csv_lines(path: Path) -> list[AttendanceLine]:
    """membre;présence;représentant;mandataire — a header line is optional; présence is « présent »,
    « représenté » or « absent »."""
    from gcsms_desktop.domain.attendance import AttendanceLine, Presence
    from gcsms_desktop.domain.problems import Problem
    from gcsms_desktop.services.errors import InvalidAssembly
    from gcsms_desktop.services.files import read_text

    rows = list(csv.reader(io.StringIO(read_text(path)), delimiter=";"))
    lines, problems = [], []
    for number, row in enumerate(rows, start=1):
        cells = [cell.strip() for cell in row] + ["", "", "", ""]
        if not any(cells) or (number == 1 and _plain(cells[0]) == "membre"):
            continue
        key, presence_text, representative, holder = cells[:4]
        presence = PRESENCE_WORDS.get(_plain(presence_text))
        if not key or presence is None:
            problems.append(Problem(f"ligne {number}", (
                f"ligne {number} : « {';'.join(row)[:60]} » — attendu membre;présence;représentant;mandataire, "
                "présence « présent », « représenté » ou « absent »")))
            continue
        lines.append(AttendanceLine(key, Presence(presence), representative if presence == "present" else "",
                                    (holder or None) if presence == "represented" else None))
    if problems:
        raise InvalidAssembly(f"Fichier « {path} » refusé, rien n'a été enregistré :", problems)
    return lines


def _with_everyone(record: AssemblyRecord, lines: list[AttendanceLine], all_present: bool
                   ) -> tuple[AttendanceLine, ...]:
    """One line per member of the assembly: those given, then the others absent (or present with their
    first representative, with --all-present); a member present without a name is represented by its
    first representative, as the GUI proposes. Lines naming strangers or a member twice are kept: the
    domain refuses them with the member's name."""
    from gcsms_desktop.domain.attendance import AttendanceLine, Presence

    def seated(member_key: str) -> str:
        member = record.member(member_key)
        return member.representatives[0].name if member and member.representatives else ""

    given = [replace(line, representative=line.representative or seated(line.member_key))
             if line.presence is Presence.PRESENT else line for line in lines]
    mentioned = {line.member_key for line in given}
    default = Presence.PRESENT if all_present else Presence.ABSENT
    others = [AttendanceLine(m.key, default, seated(m.key) if all_present else "")
              for m in record.members if m.key not in mentioned]
    order = {m.key: n for n, m in enumerate(record.members)}
    return tuple(sorted(given + others, key=lambda line: order.get(line.member_key, len(order))))


def _print_attendance(record: AssemblyRecord) -> None:
    from gcsms_desktop.domain.attendance import Presence, keys_with

    lines = record.assembly.attendance
    counts = [len(keys_with(lines, presence)) for presence in Presence]
    say(f"Feuille de présence enregistrée : {counts[0]} présent(s), {counts[1]} représenté(s), "
        f"{counts[2]} absent(s).")
    say(record.result.quorum.explanation)


def cmd_vote(services: Services, args: argparse.Namespace) -> int:
    from gcsms_desktop.domain.assembly import voters_on
    from gcsms_desktop.domain.majority import Choice
    from gcsms_desktop.services.errors import ServiceError

    record = _record(services, args)
    given = {Choice.FOR: [k for keys in args.votes_for for k in keys],
             Choice.AGAINST: [k for keys in args.against for k in keys],
             Choice.ABSTENTION: [k for keys in args.abstain for k in keys]}
    if args.unanimous_for and any(given.values()):
        raise ServiceError("--unanimous-for : chaque votant vote pour ; retirez --for, --against et --abstain "
                           "(ou utilisez --others-for).")
    choices: dict[str, Choice] = {}
    for choice, keys in given.items():
        for key in keys:
            if key in choices:
                raise ServiceError(f"« {key} » est cité deux fois : un membre a un seul vote par résolution.")
            choices[key] = choice
    if args.unanimous_for or args.others_for:
        item = _agenda_item(record, args.item)
        choices.update({key: Choice.FOR for key in voters_on(item, record.assembly.attendance)
                        if key not in choices})
    if not choices:
        raise ServiceError("Aucun vote : indiquez --for, --against, --abstain, --others-for ou --unanimous-for.")
    services.assemblies.record_votes(args.assembly, args.item, choices, record.assembly.version)
    _print_outcome(services.assemblies.record(args.assembly, args.name), args.item)
    return 0


def _agenda_item(record: AssemblyRecord, number: int) -> AgendaItem:
    from gcsms_desktop.services.errors import ServiceError

    agenda = record.assembly.agenda
    if not 1 <= number <= len(agenda):
        raise ServiceError(f"L'ordre du jour n'a pas de point {number}.")
    return agenda[number - 1]


def _print_outcome(record: AssemblyRecord, number: int) -> None:
    outcome = next((o for n, _item, o in record.result.outcomes if n == number), None)
    item = _agenda_item(record, number)
    if outcome is None:
        say(f"Votes enregistrés sur le point {number} — {item.title}. {record.result.quorum.explanation}")
        return
    verdict = "adoptée" if outcome.adopted else "rejetée"
    say(f"Résolution {number} — {item.title} : {verdict}{'' if outcome.complete else ' (vote incomplet)'}.")
    say(f"    {outcome.explanation}")


def cmd_debates(services: Services, args: argparse.Namespace) -> int:
    record = _record(services, args)
    item = _agenda_item(record, args.item)
    services.assemblies.record_debates(args.assembly, args.item, args.text, record.assembly.version)
    what = "effacés" if not args.text.strip() else "enregistrés"
    vote = "" if not item.is_information else " (point d'information : il n'est pas mis aux voix)"
    say(f"Débats du point {args.item} — {item.title} {what}{vote}.")
    return 0


def cmd_close(services: Services, args: argparse.Namespace) -> int:
    from gcsms_desktop.domain.assembly import AssemblyState
    from gcsms_desktop.domain.assembly_checks import check_can_close, check_session_hours
    from gcsms_desktop.services.errors import InvalidAssembly, ServiceError

    record = _record(services, args)
    president = args.president if args.president is not None else record.president_default
    officers = replace(record.assembly, president=president.strip(), secretary=args.secretary.strip(),
                       scrutineer=args.scrutineer.strip(),
                       opened_at=args.opened if args.opened is not None else record.assembly.opened_at,
                       closed_at=args.closed if args.closed is not None else record.assembly.closed_at)
    if record.assembly.state.locked:
        raise ServiceError("La séance est déjà close : elle ne peut plus être modifiée.")
    if record.assembly.state is AssemblyState.CONVENED:
        problems = check_can_close(officers, record.result, record.member_names, record.proxies_allowed)
        problems += check_session_hours(officers.opened_at, officers.closed_at)
        if problems:  # asked before anything is written: the officers are not stored alone
            raise InvalidAssembly("La séance ne peut pas encore être close, rien n'a été enregistré :", problems)
    services.assemblies.set_officers(args.assembly, officers.president, officers.secretary, officers.scrutineer,
                                     record.assembly.version, officers.opened_at, officers.closed_at)
    services.assemblies.close(args.assembly)
    closed = services.assemblies.record(args.assembly, args.name)
    say(f"Séance close. {closed.result.quorum.explanation}")
    for number, item, outcome in closed.result.outcomes:
        label = f"n° {item.deliberation_number}" if item.deliberation_number else f"point {number}"
        say(f"  {label} — {item.title} : {'adoptée' if outcome.adopted else 'rejetée'}")
    if not closed.result.quorum.may_deliberate:
        say("Faute de quorum, l'assemblée est à convoquer de nouveau dans les quinze jours (« assembly "
            "convene-again », art. R. 312-194-22).")
    return 0


def cmd_sign(services: Services, args: argparse.Namespace) -> int:
    from gcsms_desktop.domain.french import format_date

    record = _record(services, args)
    first, last = services.assemblies.sign(args.assembly, args.on, record.assembly.version)
    pages = f"page {first}" if first == last else f"pages {first} à {last}"
    say(f"Procès-verbal signé le {format_date(args.on)} : {pages} du registre des délibérations.")
    return 0


def cmd_erratum(services: Services, args: argparse.Namespace) -> int:
    from gcsms_desktop.domain.french import format_date

    _record(services, args)
    services.assemblies.add_erratum(args.assembly, args.text, args.on)
    erratum = services.assemblies.record(args.assembly, args.name).assembly.errata[-1]
    where = ""
    if erratum.register_first_page is not None:
        last = erratum.register_first_page + (erratum.register_page_count or 1) - 1
        where = (f", page {last}" if last == erratum.register_first_page
                 else f", pages {erratum.register_first_page} à {last}") + " du registre"
    say(f"Erratum du {format_date(args.on)} joint au procès-verbal{where}.")
    return 0


def cmd_convene_again(services: Services, args: argparse.Namespace) -> int:
    from gcsms_desktop.domain.french import format_date

    _record(services, args)
    new_id = services.assemblies.convene_again(args.assembly, args.meeting_date, args.on, args.meeting_time,
                                               args.place)
    say(f"Seconde convocation : assemblée numéro {new_id}, réunion le {format_date(args.meeting_date)}, "
        f"convocations envoyées le {format_date(args.on)} ; elle délibère quel que soit le nombre de présents "
        "(art. R. 312-194-22).")
    return 0


def cmd_delete(services: Services, args: argparse.Namespace) -> int:
    from gcsms_desktop.domain.french import format_date

    record = _record(services, args)
    services.assemblies.delete(args.assembly, record.assembly.version)
    say(f"Assemblée {args.assembly} du {format_date(record.assembly.meeting_date)} supprimée : elle était en "
        "préparation, aucun membre n'avait été convoqué.")
    return 0


def cmd_cancel(services: Services, args: argparse.Namespace) -> int:
    from gcsms_desktop.domain.french import format_date

    record = _record(services, args)
    on = args.on or services.clock.today()
    services.assemblies.cancel(args.assembly, on, args.reason, record.assembly.version)
    say(f"Assemblée {args.assembly} du {format_date(record.assembly.meeting_date)} annulée le {format_date(on)} ; "
        f"« print cancellation \"{args.name}\" --assembly {args.assembly} » imprime une lettre par membre "
        f"(« assembly uncancel » rétablit l'assemblée).")
    return 0


def cmd_uncancel(services: Services, args: argparse.Namespace) -> int:
    from gcsms_desktop.domain.french import format_date

    record = _record(services, args)
    services.assemblies.uncancel(args.assembly, record.assembly.version)
    say(f"Assemblée {args.assembly} du {format_date(record.assembly.meeting_date)} rétablie : elle est de nouveau "
        "convoquée.")
    return 0


HANDLERS = {
    "create": cmd_create, "convene": cmd_convene, "emails": cmd_emails, "attendance": cmd_attendance,
    "vote": cmd_vote, "debates": cmd_debates,
    "close": cmd_close, "sign": cmd_sign, "erratum": cmd_erratum, "convene-again": cmd_convene_again,
    "delete": cmd_delete, "cancel": cmd_cancel, "uncancel": cmd_uncancel,
}
