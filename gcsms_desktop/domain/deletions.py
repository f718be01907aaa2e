"""What may be deleted or cancelled, and why not (issue 13; docs/regles-et-choix.md, « Supprimer,
annuler »). Asked by the services before they write, by the file checks (domain.book_checks) and by
the GUI to enable its actions: the rules are written once, here.

The books keep the acts the law requires to be kept: the registre des délibérations, coté et paraphé,
with the signed procès-verbaux (art. 13-2 of the convention, R. 312-194-22), the avenants signed and
sent for approval (art. 21, R. 312-194-18). Those are never deleted. What was only prepared — a
draft assembly, a change whose avenant nobody has signed, a groupement with no act at all — was a
mistake or a plan, and may go.

- An assembly in preparation (no convocation sent) is deleted.
- A convened assembly has been announced to every member (R. 312-194-20): it is not deleted but
  cancelled, at the latest on its meeting day, before any attendance is recorded; it is kept,
  « annulée », with the day and the reason, and a letter tells each member. Once met, an assembly
  without quorum is closed and convened again (R. 312-194-22), not cancelled.
- A membership change is deleted while its avenant is not signed, and only the last one recorded:
  every later change was judged against the history that includes it (art. 8, domain.change_checks);
  nor when a held assembly froze droits that count it (art. 9-1). Its avenant number is freed: the
  next change takes it again, so the avenants stay numbered without a gap (art. 21).
- A groupement is deleted while it has no held or signed assembly, no signed avenant and no register
  entry.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from gcsms_desktop.domain.assembly import Assembly, AssemblyState
from gcsms_desktop.domain.assembly_rights import AssemblyRights
from gcsms_desktop.domain.changes import Change
from gcsms_desktop.domain.french import format_date, plural
from gcsms_desktop.domain.history import History
from gcsms_desktop.domain.problems import Problem

# --- assemblies ---------------------------------------------------------------------------------

_NOT_DELETED = {
    AssemblyState.CONVENED: ("Les convocations de cette assemblée sont parties : elle ne se supprime pas, "
                             "elle s'annule (les membres reçoivent une lettre d'annulation)."),
    AssemblyState.HELD: ("Cette assemblée s'est tenue : ses délibérations sont numérotées et son "
                         "procès-verbal va au registre (art. 13-2) ; une erreur se corrige par un erratum."),
    AssemblyState.SIGNED: ("Le procès-verbal de cette assemblée est signé et figure au registre coté et "
                           "paraphé (art. 13-2) : il n'est jamais supprimé ; une erreur se corrige par un erratum."),
    AssemblyState.CANCELLED: ("Cette assemblée a été convoquée puis annulée : elle reste dans les livres, "
                              "avec sa date d'annulation."),
}


def assembly_deletion_problem(assembly: Assembly) -> str | None:
    """Only an assembly in preparation, which no member has been convened to, is deleted."""
    return _NOT_DELETED.get(assembly.state)


def check_cancellation(assembly: Assembly, cancelled_on: date | None) -> list[Problem]:
    """A convened assembly is cancelled before it meets (R. 312-194-20, -22): after its convocations,
    at the latest on its meeting day, with no attendance or vote recorded. The same judgement for the
    « cancel » use case and for a cancelled assembly read from a file (its state is then
    ``cancelled``)."""
    a = assembly
    if a.state not in (AssemblyState.CONVENED, AssemblyState.CANCELLED):
        return [Problem("state", _CANCEL_REFUSED.get(a.state, ""))]
    if cancelled_on is None:
        return [Problem("cancelled_on", "Indiquez la date de l'annulation.")]
    problems = []
    if a.convocation_date is not None and cancelled_on < a.convocation_date:
        problems.append(Problem("cancelled_on", (
            f"L'annulation du {format_date(cancelled_on)} précède l'envoi des convocations, le "
            f"{format_date(a.convocation_date)} : une assemblée s'annule une fois convoquée.")))
    if cancelled_on > a.meeting_date:
        problems.append(Problem("cancelled_on", (
            f"L'annulation du {format_date(cancelled_on)} suit la réunion prévue le {format_date(a.meeting_date)} : "
            "une assemblée qui s'est réunie se clôt ; sans quorum, elle est convoquée à nouveau "
            "(art. R. 312-194-22).")))
    if a.attendance or any(item.choices for item in a.agenda):
        problems.append(Problem("attendance", (
            "La feuille de présence ou des votes de cette assemblée sont saisis : la séance a eu lieu, elle se "
            "clôt ; sans quorum, l'assemblée est convoquée à nouveau (art. R. 312-194-22).")))
    return problems


_CANCEL_REFUSED = {
    AssemblyState.DRAFT: ("Cette assemblée n'a pas été convoquée : elle ne s'annule pas, elle se supprime "
                          "(aucun membre n'a reçu de convocation)."),
    AssemblyState.HELD: ("Cette assemblée s'est tenue : elle ne s'annule plus ; une erreur du procès-verbal se "
                         "corrige par un erratum (art. 13-2)."),
    AssemblyState.SIGNED: ("Le procès-verbal de cette assemblée est signé et figure au registre (art. 13-2) : "
                           "elle ne s'annule pas."),
}


def check_cancelled_content(assembly: Assembly) -> list[Problem]:
    """Only a cancelled assembly has a cancellation date or reason, and a cancelled one has its date."""
    a = assembly
    if a.state is AssemblyState.CANCELLED:
        return [] if a.cancelled_on is not None else [Problem("cancelled_on", (
            "une assemblée annulée porte la date de son annulation."))]
    if a.cancelled_on is not None or a.cancellation_reason.strip():
        return [Problem("cancelled_on", (
            f"une assemblée {a.state.label} n'a ni date ni motif d'annulation : seule une assemblée annulée "
            "en porte."))]
    return []


def uncancel_problem(assembly: Assembly, other_live_second: int | None) -> str | None:
    """The undo of a cancellation, while nothing took its place: a cancelled second convocation
    (R. 312-194-22) whose first assembly has been convened again since stays cancelled."""
    if assembly.state is not AssemblyState.CANCELLED:
        return "Seule une assemblée annulée peut être rétablie."
    if other_live_second is not None:
        return (f"Une autre seconde convocation a été faite depuis (assemblée numéro {other_live_second}) : "
                "cette assemblée reste annulée.")
    return None


def assembly_losses(assembly: Assembly) -> list[str]:
    """What deleting a draft loses, for the confirmation."""
    lines = [f"l'assemblée en préparation du {format_date(assembly.meeting_date)}"]
    if assembly.agenda:
        lines.append(f"son ordre du jour ({plural(len(assembly.agenda), 'point')})")
    if assembly.documents:
        lines.append(f"la liste des documents joints ({plural(len(assembly.documents), 'document')})")
    if assembly.requested_by:
        lines.append("la demande des membres qui l'ont sollicitée (art. R. 312-194-20)")
    return lines


# --- membership changes ----------------------------------------------------------------------------

def change_deletion_problem(change: Change, past: History, held_on: Iterable[date] = ()) -> str | None:
    """A change is deleted while its avenant is not signed (art. 21: once signed it is an act of the
    members, sent to the préfet), and only the last one recorded: the later changes were judged
    against a history that includes it (art. 8). Several are deleted from the last, one by one.
    Nor when an assembly held on ``held_on`` dates froze droits that count it (art. 9-1,
    R. 312-194-22): its votes were weighed with them."""
    problem = _signed_problem(change) or _later_problem(change, past.changes)
    if problem is not None:
        return problem
    without = History(past.groupement, tuple(c for c in past.changes if c.number != change.number))
    for day in sorted(set(held_on)):
        if _rights(past, day) != _rights(without, day):
            return (f"Le n° {change.number} ne peut pas être supprimé : l'assemblée tenue le {format_date(day)} a "
                    "figé des droits sociaux qui en tiennent compte et ses votes ont été pesés avec eux "
                    "(art. 9-1, R. 312-194-22).")
    return None


def _rights(past: History, on: date) -> Mapping[str, Fraction]:
    return AssemblyRights.from_voting_rights(past.standing(on).rights).votes


def _signed_problem(change: Change) -> str | None:
    dates = change.avenant
    if any(d is not None for d in (dates.signature, dates.sent_to_prefect, dates.approval_order, dates.publication)):
        what = "l'avenant" if change.needs_avenant else "la dissolution"
        return (f"Le n° {change.number} ne peut pas être supprimé : {what} est signé ou transmis au préfet "
                "(art. 21) ; un acte signé ne se supprime pas, il se corrige par un nouvel avenant.")
    return None


def _later_problem(change: Change, changes: Sequence[Change]) -> str | None:
    later = [c.number for c in changes if c.number > change.number]
    if later:
        verb = "en tient" if len(later) == 1 else "en tiennent"
        return (f"Le n° {change.number} ne peut pas être supprimé : "
                f"{plural(len(later), 'changement enregistré', 'changements enregistrés')} après lui "
                f"(n° {', '.join(str(n) for n in later)}) {verb} compte ; supprimez d'abord le dernier.")
    return None


def change_losses(change: Change) -> list[str]:
    """What deleting a change loses, for the confirmation."""
    lines = [f"le changement n° {change.number} ({change.kind.label}) du {format_date(change.act_date)}"]
    if change.new_member is not None:
        lines.append(f"le membre « {change.new_member.name} » qu'il fait entrer, avec ses représentants")
    if change.needs_avenant:
        lines.append(f"le numéro d'avenant {change.number}, qui sera redonné au prochain changement")
    return lines


# --- groupements -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class BookContents:
    """What a groupement's books hold, counted for the question « may it be deleted? »."""

    denomination: str
    members: int
    changes: tuple[Change, ...]
    assembly_states: tuple[AssemblyState, ...]
    register_entries: int  # sealed PVs and errata


def groupement_deletion_problems(book: BookContents) -> list[str]:
    """A groupement created by mistake is deleted while nothing legal was done in its books: no assembly
    held or signed (art. 13-2), no avenant signed (art. 21), no entry in the register."""
    problems = []
    held = sum(1 for s in book.assembly_states if s.locked)
    if held:
        problems.append(f"{plural(held, 'assemblée tenue', 'assemblées tenues')} : leurs délibérations et "
                        "procès-verbaux sont conservés (art. 13-2)")
    signed = [c.number for c in book.changes if _signed_problem(c) is not None]
    if signed:
        problems.append(f"avenant signé ou transmis au préfet : n° {', '.join(str(n) for n in signed)} (art. 21)")
    if book.register_entries:
        problems.append(f"{plural(book.register_entries, 'entrée', 'entrées')} au registre des délibérations, "
                        "coté et paraphé")
    return problems


def groupement_losses(book: BookContents) -> list[str]:
    """What deleting a groupement loses, for the confirmation."""
    lines = [f"la convention constitutive et ses {plural(book.members, 'membre')}"]
    if book.changes:
        lines.append(f"{plural(len(book.changes), 'changement')} de membres ou de capital, avenant non signé")
    for state, count in _count(book.assembly_states).items():
        label = state.label if count < 2 or state is AssemblyState.DRAFT else state.label + "s"
        lines.append(f"{plural(count, 'assemblée')} {label}")
    return lines


def _count(states: Iterable[AssemblyState]) -> dict[AssemblyState, int]:
    found: dict[AssemblyState, int] = {}
    for state in states:
        found[state] = found.get(state, 0) + 1
    return found
