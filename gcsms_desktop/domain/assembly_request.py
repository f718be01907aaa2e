"""The assembly held of right at the request of members (R. 312-194-20, art. 13-2 of the model).

« L'assemblée générale […] se réunit de droit à la demande d'au moins un tiers de ses membres sur un
ordre du jour déterminé. » The app records who asked (member keys) and when, and checks:

- the requesters are members in force on the day of the request (art. 8: an admitted member counts
  from the publication of its avenant, a member who left no longer does), each named once;
- they are at least a third of the members in force that day, counted exactly: requesters × 3 ≥
  members (3 of 9 reach the third, 3 of 10 do not);
- the agenda is determined (at least one item);
- the request comes before the meeting (and before the letters, when they are sent): an assembly
  convened before anyone asked for it is not convened at their request;
- the requesters and the date of the request are given together.

The text sets no delay to hold it. The app's reading (docs/regles-et-choix.md, « Assemblée
générale »): the administrateur convenes it without delay, at the latest fifteen days after the
request (the delay R. 312-194-22 gives to convene a second assembly), so that the meeting is held at
the latest the convention's notice (fifteen days, 48 hours in urgency) after that last day.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta

from gcsms_desktop.domain.assembly import Assembly, AssemblyState
from gcsms_desktop.domain.convocation import earliest_meeting_date
from gcsms_desktop.domain.french import format_date
from gcsms_desktop.domain.governance import Governance
from gcsms_desktop.domain.problems import Problem

REQUEST_CONVENING_DAYS = 15  # the app's reading: convened within 15 days of the request (R. 312-194-22's delay)


def is_requested(assembly: Assembly) -> bool:
    """Whether the assembly is recorded as asked for by members (R. 312-194-20)."""
    return bool(assembly.requested_by) or assembly.requested_on is not None


def third_reached(requesters: int, members: int) -> bool:
    """R. 312-194-20: « au moins un tiers de ses membres », counted exactly: requesters × 3 ≥ members."""
    return members > 0 and requesters * 3 >= members


def third_text(requesters: int, members: int) -> str:
    """« 3 membres sur 9 : le tiers est atteint » (the wizard's line)."""
    reached = "est atteint" if third_reached(requesters, members) else "n'est pas atteint"
    return f"{_members(requesters)} sur {members} : le tiers {reached} (art. R. 312-194-20)"


def _members(count: int) -> str:
    return f"{count} membre" if count < 2 else f"{count} membres"


def names_text(names: Iterable[str]) -> str:
    """« A », « A » et « B », « A », « B » et « C »."""
    quoted = [f"« {name} »" for name in names]
    if len(quoted) < 2:
        return "".join(quoted)
    return ", ".join(quoted[:-1]) + " et " + quoted[-1]


def convening_deadline(requested_on: date) -> date:
    """The last day to send the convocation of an assembly asked for on ``requested_on`` (the app's
    reading of « se réunit de droit », R. 312-194-20: fifteen days)."""
    return requested_on + timedelta(days=REQUEST_CONVENING_DAYS)


def meeting_deadline(requested_on: date, governance: Governance, urgent: bool = False) -> date:
    """The last day to hold it: the convention's notice after the last day to convene it."""
    return earliest_meeting_date(convening_deadline(requested_on), governance, urgent)


def deadline_text(requested_on: date, governance: Governance, urgent: bool = False) -> str:
    """« à convoquer au plus tard le …, pour une réunion au plus tard le … »."""
    return (f"à convoquer au plus tard le {format_date(convening_deadline(requested_on))}, pour une réunion "
            f"au plus tard le {format_date(meeting_deadline(requested_on, governance, urgent))}")


def awaits_convocation(assembly: Assembly) -> bool:
    """A requested assembly whose letters are not sent yet: its deadline is shown until then."""
    return (assembly.state is AssemblyState.DRAFT and assembly.requested_on is not None
            and bool(assembly.requested_by))


def check_request(assembly: Assembly, members_on_request: Mapping[str, str],
                  known_names: Mapping[str, str] | None = None) -> list[Problem]:
    """Every problem of the request of ``assembly`` (none when it was not requested), R. 312-194-20.

    ``members_on_request`` are the members in force on the day of the request, by key → name;
    ``known_names`` names every member the groupement ever had, so that a refusal says who is meant.
    """
    if not is_requested(assembly):
        return []
    names = dict(known_names or {}) | dict(members_on_request)
    requested_on, keys = assembly.requested_on, assembly.requested_by
    if requested_on is None:
        return [Problem("requested_on", "Indiquez la date de la demande des membres (art. R. 312-194-20).")]
    if not keys:
        return [Problem("requested_by", "Indiquez les membres qui ont demandé l'assemblée (art. R. 312-194-20).")]
    problems = []
    doubles = sorted({key for key in keys if keys.count(key) > 1})
    if doubles:
        problems.append(Problem("requested_by", (
            f"{names_text(names.get(k, k) for k in doubles)} "
            f"{'figure' if len(doubles) == 1 else 'figurent'} plusieurs fois parmi les demandeurs : "
            "chaque membre compte une fois.")))
    strangers = [key for key in dict.fromkeys(keys) if key not in members_on_request]
    if strangers:
        verb = "n'est pas membre" if len(strangers) == 1 else "ne sont pas membres"
        problems.append(Problem("requested_by", (
            f"{names_text(names.get(k, k) for k in strangers)} "
            f"{verb} du groupement le "
            f"{format_date(requested_on)}, jour de la demande : seuls ses membres peuvent demander "
            "l'assemblée (art. R. 312-194-20).")))
    count = len([key for key in dict.fromkeys(keys) if key in members_on_request])
    if not third_reached(count, len(members_on_request)):
        problems.append(Problem("requested_by", (
            f"{_members(count)} sur {len(members_on_request)} le "
            f"{format_date(requested_on)} : l'assemblée ne se réunit de droit qu'à la demande d'au moins "
            "un tiers des membres (art. R. 312-194-20).")))
    if not assembly.agenda:
        problems.append(Problem("agenda", (
            "L'assemblée demandée par des membres se réunit sur un ordre du jour déterminé : ajoutez au "
            "moins un point (art. R. 312-194-20).")))
    if requested_on > assembly.meeting_date:
        problems.append(Problem("requested_on", (
            f"Demande du {format_date(requested_on)} : elle ne peut pas suivre la réunion du "
            f"{format_date(assembly.meeting_date)}.")))
    if assembly.convocation_date is not None and requested_on > assembly.convocation_date:
        problems.append(Problem("requested_on", (
            f"Demande du {format_date(requested_on)} : les convocations du "
            f"{format_date(assembly.convocation_date)} ne peuvent pas y répondre.")))
    return problems


def request_sentence(assembly: Assembly, names: Mapping[str, str]) -> str:
    """The convocation's and the PV's sentence, empty when the administrateur convened of his own motion:
    « Assemblée générale convoquée à la demande de « A », « B » et « C » (demande du 3 mars 2027),
    conformément à l'article R. 312-194-20 du code de l'action sociale et des familles. »"""
    if not assembly.requested_by or assembly.requested_on is None:
        return ""
    who = names_text(names.get(key, key) for key in assembly.requested_by)
    return (f"Assemblée générale convoquée à la demande de {who} (demande du "
            f"{format_date(assembly.requested_on)}), conformément à l'article R. 312-194-20 du code de "
            "l'action sociale et des familles.")


def check_requesters_known(assembly: Assembly, known_names: Mapping[str, str]) -> list[Problem]:
    """Wrong data, refused even in a draft that may still be incomplete: a requester the groupement
    never had, or one named twice (R. 312-194-20: members of the groupement ask, each once)."""
    keys = assembly.requested_by
    problems = []
    unknown = [key for key in dict.fromkeys(keys) if key not in known_names]
    if unknown:
        problems.append(Problem("requested_by", (
            f"Demandeurs inconnus du groupement : {', '.join(unknown)}.")))
    if len(set(keys)) != len(keys):
        problems.append(Problem("requested_by", "Un même membre figure plusieurs fois parmi les demandeurs."))
    return problems
