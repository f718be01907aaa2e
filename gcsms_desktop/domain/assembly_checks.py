"""What must be true before an assembly is convened, and before it is closed."""

from __future__ import annotations

from datetime import date

from gcsms_desktop.domain.assembly import AgendaItem, Assembly, AssemblyResult, format_time
from gcsms_desktop.domain.assembly_request import check_request, is_requested
from gcsms_desktop.domain.attendance import check_attendance
from gcsms_desktop.domain.convocation import check_convocation
from gcsms_desktop.domain.french import format_date
from gcsms_desktop.domain.governance import Governance
from gcsms_desktop.domain.input_bounds import check_dates_in_range, check_texts
from gcsms_desktop.domain.matters import Matter
from gcsms_desktop.domain.member_rules import exclusion_possible
from gcsms_desktop.domain.problems import Problem


def check_preparation(assembly: Assembly, member_names: dict[str, str],
                      known_names: dict[str, str] | None = None,
                      members_on_request: dict[str, str] | None = None,
                      dissolved_on: date | None = None) -> list[Problem]:
    """Place and agenda (R312-194-20: « la convocation indique l'ordre du jour et le lieu »).

    ``member_names`` are the members in force on the meeting date (art. 8: an admitted member counts
    from the publication of its avenant, a member who left no longer does); ``known_names`` names
    every member the groupement ever had, so that a refusal can say who is meant;
    ``members_on_request`` are the members in force on the day members asked for the assembly
    (R. 312-194-20, domain.assembly_request; the meeting day's when not given); ``dissolved_on`` the
    day the groupement was dissolved, when it was by the meeting date (art. 20).
    """
    problems = check_assembly_inputs(assembly)
    if not assembly.place.strip():
        problems.append(Problem("place", "Indiquez le lieu de la réunion : il figure sur la convocation."))
    if not assembly.agenda and not is_requested(assembly):  # else check_request says it
        problems.append(Problem("agenda", "L'ordre du jour est vide : ajoutez au moins un point."))
    problems += check_request(assembly, member_names if members_on_request is None else members_on_request,
                              known_names)
    for number, item in enumerate(assembly.agenda, start=1):
        problems += _check_item(number, item, member_names, assembly.meeting_date, known_names or {})
    return problems + check_liquidation_agenda(assembly, dissolved_on)


def check_liquidation_agenda(assembly: Assembly, dissolved_on: date | None) -> list[Problem]:
    """Art. 20: « la dissolution du groupement entraîne sa liquidation. La personnalité morale du
    groupement subsiste pour les besoins de celle-ci »: an assembly meeting on or after the day the
    groupement is dissolved deliberates only on the dissolution and its liquidation (R. 312-194-21
    11°: records it, names the liquidators, fixes the liquidation), besides information items."""
    if dissolved_on is None or assembly.meeting_date < dissolved_on:
        return []
    return [Problem(f"agenda[{number}]", (
        f"Point {number} : le groupement est dissous depuis le {format_date(dissolved_on)} ; l'assemblée ne "
        f"délibère plus que sur la dissolution et la liquidation ({Matter.EXTENSION_DISSOLUTION.long_label}, "
        "art. 20 de la convention), outre les points d'information."))
        for number, item in enumerate(assembly.agenda, start=1)
        if item.matter is not Matter.EXTENSION_DISSOLUTION and not item.is_information]


def check_concerned_members(assembly: Assembly, member_names: dict[str, str],
                            known_names: dict[str, str] | None = None) -> list[Problem]:
    """Only the agenda items naming a member who is not a member on the meeting date (art. 8-3: the
    AG excludes one of its members): wrong data, refused even in a draft that may still be incomplete."""
    return [problem for number, item in enumerate(assembly.agenda, start=1)
            if (problem := _not_a_member(number, item, member_names, assembly.meeting_date, known_names or {}))]


def check_assembly_inputs(assembly: Assembly) -> list[Problem]:
    """Texts within their length and free of control characters, plausible dates."""
    a = assembly
    texts = [("place", a.place), ("meeting_time", a.meeting_time), ("president", a.president),
             ("secretary", a.secretary), ("scrutineer", a.scrutineer), ("opened_at", a.opened_at),
             ("closed_at", a.closed_at)]
    texts += [(f"documents[{i}]", text) for i, text in enumerate(a.documents)]
    for number, item in enumerate(a.agenda, start=1):
        texts += [(f"agenda[{number}].title", item.title), (f"agenda[{number}].resolution", item.resolution),
                  (f"agenda[{number}].debates", item.debates)]
    texts += [(f"attendance[{i}].representative", line.representative) for i, line in enumerate(a.attendance)]
    texts += [(f"errata[{i}].text", e.text) for i, e in enumerate(a.errata)]
    texts += [("cancellation_reason", a.cancellation_reason)]
    days = [("meeting_date", a.meeting_date), ("convocation_date", a.convocation_date),
            ("first_meeting_date", a.first_meeting_date), ("signed_on", a.signed_on),
            ("requested_on", a.requested_on), ("cancelled_on", a.cancelled_on)]
    return check_texts(texts) + check_dates_in_range(days) + check_session_hours(a.opened_at, a.closed_at)


def parse_clock(text: str) -> tuple[int, int] | None:
    """« 14:05 » → (14, 5); None when the text is not a time of day written HH:MM."""
    hours, colon, minutes = text.strip().partition(":")
    if not (colon and hours.isdigit() and minutes.isdigit() and len(hours) <= 2 and len(minutes) == 2):
        return None
    if int(hours) > 23 or int(minutes) > 59:
        return None
    return int(hours), int(minutes)


def check_session_hours(opened_at: str, closed_at: str) -> list[Problem]:
    """The opening and closing hours the procès-verbal states (art. 13-2): each a time of day, and the
    session closed after it opened (a session held over midnight is not foreseen: choice, see
    docs/regles-et-choix.md). Either may be left empty."""
    problems = []
    opened, closed = parse_clock(opened_at), parse_clock(closed_at)
    for field, text, value in (("opened_at", opened_at, opened), ("closed_at", closed_at, closed)):
        if text.strip() and value is None:
            what = "d'ouverture" if field == "opened_at" else "de clôture"
            problems.append(Problem(field, f"Heure {what} « {text.strip()[:10]} » illisible : écrivez-la HH:MM "
                                           "(par exemple 14:05)."))
    if opened is not None and closed is not None and closed <= opened:
        problems.append(Problem("closed_at", (
            f"La séance est levée à {format_time(closed_at.strip())}, pas après son ouverture à "
            f"{format_time(opened_at.strip())} : l'heure de clôture suit l'heure d'ouverture.")))
    return problems


def _not_a_member(number: int, item: AgendaItem, member_names: dict[str, str], on: date,
                  known_names: dict[str, str]) -> Problem | None:
    """R312-194-10 and art. 8-3: only a member in force on the meeting date can be excluded by it."""
    key = item.concerned_member
    if item.matter is not Matter.EXCLUSION or not key or key in member_names:
        return None
    return Problem(f"agenda[{number}]", (
        f"Point {number} : « {known_names.get(key, key)} » n'est pas membre du groupement le {format_date(on)}, "
        "jour de la réunion : l'assemblée ne peut exclure que l'un de ses membres (art. 8-3)."))


def _check_item(number: int, item: AgendaItem, member_names: dict[str, str], on: date,
                known_names: dict[str, str]) -> list[Problem]:
    field = f"agenda[{number}]"
    problems = []
    if not item.title.strip():
        problems.append(Problem(field, f"Point {number} de l'ordre du jour : indiquez son intitulé."))
    if item.matter is Matter.EXCLUSION:
        if not exclusion_possible(len(member_names)):
            problems.append(Problem(field, (
                f"Point {number} : l'exclusion d'un membre n'est possible que si le groupement compte au moins "
                "trois membres (art. R. 312-194-10).")))
        elif not item.concerned_member:
            problems.append(Problem(field, f"Point {number} : indiquez le membre dont l'exclusion est demandée."))
        elif (problem := _not_a_member(number, item, member_names, on, known_names)) is not None:
            problems.append(problem)
    return problems


def check_can_convene(assembly: Assembly, member_names: dict[str, str], governance: Governance,
                      known_names: dict[str, str] | None = None,
                      members_on_request: dict[str, str] | None = None,
                      dissolved_on: date | None = None) -> list[Problem]:
    """The agenda with the members in force on the meeting date, and the notice (R312-194-20)."""
    return check_preparation(assembly, member_names, known_names, members_on_request, dissolved_on) + check_convocation(
        assembly.convocation_date, assembly.meeting_date, governance, assembly.urgent, assembly.first_meeting_date)


def check_can_close(assembly: Assembly, result: AssemblyResult, member_names: dict[str, str],
                    proxies_allowed: bool, known_names: dict[str, str] | None = None) -> list[Problem]:
    """Before the session is closed: attendance lawful, officers named, every vote recorded."""
    problems = check_assembly_inputs(assembly)
    problems += [p for p in check_attendance(assembly.attendance, member_names, proxies_allowed, known_names)
                 if p.is_error]
    officers = (("president", assembly.president, "le président de séance"),
                ("secretary", assembly.secretary, "le secrétaire de séance"),
                ("scrutineer", assembly.scrutineer, "le scrutateur"))
    problems += [Problem(field, f"Indiquez {who} : il signe le procès-verbal (art. 13-2).")
                 for field, value, who in officers if not value.strip()]
    if not assembly.attendance:  # all absent is a lawful record (PV de carence), nothing recorded is not
        problems.append(Problem("attendance", "Enregistrez d'abord la feuille de présence."))
    for number, _item, outcome in result.outcomes:
        if outcome.tally.missing:
            names = ", ".join(f"« {member_names.get(k, k)} »" for k in outcome.tally.missing)
            problems.append(Problem(f"agenda[{number}]", f"Résolution {number} : vote non saisi pour {names}."))
    return problems


def signature_problem(meeting_date: date, signed_on: date) -> str | None:
    """R. 312-194-22 and art. 13 of the convention: the PV records a meeting held, so it is signed on
    the meeting day or later, never before."""
    if signed_on < meeting_date:
        return f"le procès-verbal ne peut pas être signé avant la réunion du {format_date(meeting_date)}."
    return None
