"""What must hold before a change is recorded (Art. 7, 8, 20; R312-194-10, R312-194-22).

Each check returns ``Problem``s, never raises: the wizard's review page shows them all and only
errors block saving. The groupement is taken as it stands on the act's date, with every change
already recorded (pending avenants included: one cannot withdraw twice).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from gcsms_desktop.domain.amendments import check_amendment
from gcsms_desktop.domain.capital import PartBlock
from gcsms_desktop.domain.changes import (
    Admission, Amendment, CapitalIncrease, CapitalReduction, Change, ChangeKind, Deliberation, Dissolution,
    Exclusion, PartTransfer, Withdrawal,
)
from gcsms_desktop.domain.change_text import member_name
from gcsms_desktop.domain.dissolution import Dissolved, announcement
from gcsms_desktop.domain.french import format_date
from gcsms_desktop.domain.groupement import ApprovalDates, Groupement
from gcsms_desktop.domain.majority import Rule, rule_for
from gcsms_desktop.domain.matters import Matter
from gcsms_desktop.domain.members import Member
from gcsms_desktop.domain.member_rules import (
    check_member, exclusion_possible, transfer_to_member_possible,
)
from gcsms_desktop.domain.membership_dates import hearing_convocation_deadline
from gcsms_desktop.domain.part_moves import take_parts
from gcsms_desktop.domain.input_bounds import (
    MAX_AMOUNT_CENTS, MAX_PARTS, check_dates_in_range, check_texts,
)
from gcsms_desktop.domain.problems import Problem, Severity
from gcsms_desktop.domain.standing import Standing, Timeline, members_ever


def check_change(g: Groupement, recorded: tuple[Change, ...], change: Change,
                 timeline: Timeline | None = None) -> list[Problem]:
    """Every problem of ``change`` given the changes already ``recorded``; ``timeline``, when given,
    is theirs already indexed (an import checking change after change reuses it)."""
    problems = check_change_inputs(change)
    if problems:  # a date in the year 9999 or a billion parts cannot be placed in the history
        return problems
    timeline = timeline or Timeline(g, recorded)
    standing = timeline.standing(change.act_date)
    problems = _check_timing(g, standing, change, timeline.dissolution)
    if problems:
        return problems
    problems += CHECKS[change.kind](g, recorded, standing, change)
    problems += check_dissolution_of_right(g, recorded, timeline, change)
    if change.kind.needs_deliberation and not change.of_right:
        problems += check_deliberation(change)
    problems += check_avenant_dates(change)
    return problems


def check_change_inputs(change: Change) -> list[Problem]:
    """Texts within their length and free of control characters, plausible dates and figures."""
    p = change.payload
    texts = [("reason", p.reason)] if isinstance(p, (Exclusion, Dissolution)) else []
    texts += [("deliberation.number", change.deliberation.number)]
    if isinstance(p, Dissolution):
        texts += [(f"liquidators[{i}]", name) for i, name in enumerate(p.liquidators)]
    if change.new_member is not None:
        m = change.new_member
        texts += [(f"new_member.{name}", getattr(m, name))
                  for name in ("key", "name", "short_name", "address", "siren", "finess")]
        texts += [(f"new_member.representatives[{j}].name", r.name) for j, r in enumerate(m.representatives)]
    days = [("act_date", change.act_date), ("deliberation.date", change.deliberation.decided_on)]
    if isinstance(p, Exclusion):
        days += [("hearing_on", p.hearing_on), ("hearing_convened_on", p.hearing_convened_on)]
    days += [(f"avenant.{name}", getattr(change.avenant, name))
             for name in ("signature", "sent_to_prefect", "approval_order", "publication")]
    problems = check_texts(texts) + check_dates_in_range(days)
    if any(abs(count) > MAX_PARTS for count in _counts(change)):
        problems.append(Problem("parts", f"Nombre de parts invraisemblable : au plus {MAX_PARTS:,}."
                                .replace(",", "\u202f")))
    debts = p.debts_cents if isinstance(p, (Withdrawal, Exclusion)) else None
    if debts is not None and abs(debts) > MAX_AMOUNT_CENTS:
        problems.append(Problem("debts_cents", "Montant invraisemblable : au plus 100 milliards d'euros."))
    return problems


def _counts(change: Change) -> list[int]:
    """The numbers of parts and part numbers a change gives."""
    p = change.payload
    if isinstance(p, Admission):
        return [p.parts]
    if isinstance(p, (PartTransfer, CapitalReduction)):
        return [p.first, p.last]
    if isinstance(p, CapitalIncrease):
        return [count for _, count in p.allocations]
    return []


def _check_timing(g: Groupement, standing: Standing, change: Change, dissolution: Dissolved | None) -> list[Problem]:
    signed = g.dates.signature
    if signed is not None and change.act_date < signed:
        return [Problem("act_date", f"La date ({format_date(change.act_date)}) précède la signature de la "
                                    f"convention constitutive ({format_date(signed)}).")]
    return check_after_dissolution(standing, change, dissolution)


def check_after_dissolution(standing: Standing, change: Change, dissolution: Dissolved | None) -> list[Problem]:
    """Art. 20: « la dissolution du groupement entraîne sa liquidation. La personnalité morale du
    groupement subsiste pour les besoins de celle-ci » — from the day it is dissolved, no member
    joins, leaves, sells or subscribes parts; only the dissolution's own acts (the AG's deliberation
    naming the liquidators, the notice to the préfet) are recorded."""
    if standing.dissolved_on is None or change.kind is ChangeKind.DISSOLUTION:
        return []
    why = f", {dissolution.text()}" if dissolution is not None and dissolution.on == standing.dissolved_on else ""
    return [Problem("act_date", (
        f"Le groupement est dissous depuis le {format_date(standing.dissolved_on)}{why} : "
        f"une {change.kind.label} datée du {format_date(change.act_date)} ne peut plus être enregistrée ; "
        "seuls les actes de la liquidation suivent (art. 20 de la convention)."))]


def check_dissolution_of_right(g: Groupement, recorded: tuple[Change, ...], timeline: Timeline,
                               change: Change) -> list[Problem]:
    """Art. 8-2 and 20: a change that entails a dissolution of right says so, with its date, before it
    is recorded; a dissolution of right is derived from its cause, never recorded without one."""
    if change.of_right:
        found = timeline.dissolution
        if found is None or not found.of_right:
            return [Problem("of_right", (
                "Aucune cause de dissolution de plein droit n'est enregistrée (terme de la durée, retrait de l'un "
                "des deux membres, un seul membre restant : art. 5, 8-2 et 20) : une dissolution décidée par "
                "l'assemblée générale s'enregistre avec sa délibération."))]
        return []
    before = timeline.dissolution
    if (before is not None and before.needs_finding and before.notified_on is not None
            and before.notified_on <= change.act_date < before.on and change.kind is not ChangeKind.DISSOLUTION):
        return [Problem("act_date", (
            f"Le groupement sera {before.text(member_name(g, recorded, before.member_key))} : ce changement ne "
            "l'empêche pas, la notification du retrait ayant entraîné la dissolution de plein droit (art. 8-2)."),
            Severity.WARNING)]
    if change.kind not in (ChangeKind.WITHDRAWAL, ChangeKind.EXCLUSION):
        return []
    after = timeline.extended(change).dissolution
    if after is None or after == before or not after.of_right:
        return []
    return [Problem("member_key", announcement(after, member_name(g, recorded, after.member_key)),
                    Severity.WARNING)]


def _name(standing: Standing, key: str) -> str:
    member = standing.member(key)
    return member.display_name if member else key


def _require_member(standing: Standing, key: str, what: str) -> list[Problem]:
    if standing.member(key) is None:
        return [Problem("member_key", f"Choisissez {what} parmi les membres au {format_date(standing.on)}.")]
    return []


def _pending_exit(recorded: tuple[Change, ...], key: str) -> Change | None:
    return next((c for c in recorded if isinstance(c.payload, (Withdrawal, Exclusion)) and c.payload.member_key == key),
                None)


def _check_admission(g: Groupement, recorded: tuple[Change, ...], standing: Standing, change: Change) -> list[Problem]:
    p = change.payload
    assert isinstance(p, Admission)
    member = p.member
    if member is None:
        return [Problem("new_member", "Indiquez le nouveau membre.")]
    problems = _check_new_member(g, recorded, member)
    if standing.unit_value_cents is not None and p.parts < 0:
        problems.append(Problem("parts", "Le nombre de parts ne peut être négatif."))
    if standing.unit_value_cents is not None and p.parts == 0:
        problems.append(Problem("parts", (
            f"« {member.name} » ne reçoit aucune part : il n'aura de droits sociaux qu'après une augmentation "
            "de capital (art. 7 et 9-1)."), Severity.WARNING))
    return problems


def _check_new_member(g: Groupement, recorded: tuple[Change, ...], member: Member) -> list[Problem]:
    problems = [Problem("new_member." + p.field.split(".", 1)[-1], p.message, p.severity)
                for p in check_member(member, "m", g.governance.representatives_per_member)]
    if member.key in {m.key for m in members_ever(g, recorded)}:
        problems.append(Problem("new_member.key", f"L'identifiant « {member.key} » est déjà celui d'un membre, "
                                                  "actuel ou passé : choisissez-en un autre."))
    return problems


def _check_withdrawal(g: Groupement, recorded: tuple[Change, ...], standing: Standing, change: Change) -> list[Problem]:
    p = change.payload
    assert isinstance(p, Withdrawal)
    problems = _require_member(standing, p.member_key, "le membre qui se retire")
    if problems:
        return problems
    return problems + _check_no_exit_pending(recorded, standing, p.member_key)


def _check_no_exit_pending(recorded: tuple[Change, ...], standing: Standing, key: str) -> list[Problem]:
    pending = _pending_exit(recorded, key)
    if pending is None:
        return []
    return [Problem("member_key", f"Un {pending.kind.label} de « {_name(standing, key)} » est déjà enregistré "
                                  f"(avenant n° {pending.number}).")]


def _check_exclusion(g: Groupement, recorded: tuple[Change, ...], standing: Standing, change: Change) -> list[Problem]:
    if not exclusion_possible(len(standing.members)):
        return [Problem("member_key", (
            f"Le groupement ne compte que {len(standing.members)} membres : l'assemblée ne peut prononcer "
            "l'exclusion de l'un d'eux (art. R. 312-194-10 du CASF, art. 8-3 de la convention)."))]
    p = change.payload
    assert isinstance(p, Exclusion)
    problems = _require_member(standing, p.member_key, "le membre à exclure")
    if problems:
        return problems
    problems += _check_no_exit_pending(recorded, standing, p.member_key)
    concerned = change.deliberation.concerned_member
    if concerned and concerned != p.member_key:
        problems.append(Problem("deliberation", (
            f"La délibération n° {change.deliberation.number} prononce l'exclusion "
            f"de « {_name(standing, concerned)} », "
            f"pas celle de « {_name(standing, p.member_key)} ».")))
    if not p.reason.strip():
        problems.append(Problem("reason", "Indiquez le motif de l'exclusion : manquements aux obligations ou "
                                          "procédure collective (art. 8-3)."))
    return problems + check_hearing(p, change.act_date, g.governance.exclusion_hearing_days)


def check_hearing(exclusion: Exclusion, decided_on: date, days: int) -> list[Problem]:
    """Art. 8-3: exclusion only after hearing the representative, convened ``days`` days ahead."""
    if exclusion.hearing_on is None:
        return [Problem("hearing_on", "L'exclusion ne peut être prononcée qu'après audition du représentant "
                                      "du membre (art. 8-3) : indiquez la date de l'audition.")]
    problems = []
    if exclusion.hearing_on > decided_on:
        problems.append(Problem("hearing_on", "L'audition doit précéder la délibération d'exclusion (art. 8-3)."))
    latest = hearing_convocation_deadline(exclusion.hearing_on, days)
    if exclusion.hearing_convened_on is None:
        problems.append(Problem("hearing_convened_on", "Indiquez la date de convocation à l'audition."))
    elif exclusion.hearing_convened_on > latest:
        problems.append(Problem("hearing_convened_on", (
            f"Le représentant devait être convoqué au moins {days} jours avant l'audition, soit au plus tard "
            f"le {format_date(latest)} (art. 8-3 de la convention).")))
    return problems


def _check_transfer(g: Groupement, recorded: tuple[Change, ...], standing: Standing, change: Change) -> list[Problem]:
    p = change.payload
    assert isinstance(p, PartTransfer)
    problems = _require_member(standing, p.seller_key, "le membre qui cède ses parts")
    if problems:
        return problems
    problems += check_parts_held(standing.blocks, p.first, p.last, p.seller_key, _name(standing, p.seller_key))
    if p.new_member is not None:
        return problems + _check_new_member(g, recorded, p.new_member)
    if not transfer_to_member_possible(len(standing.members)):
        return problems + [Problem("buyer_key", (
            "Le groupement ne compte que deux membres : les parts ne peuvent être cédées qu'à un tiers remplissant "
            "les conditions d'adhésion (art. 7 de la convention)."))]
    if p.buyer_key == p.seller_key:
        return problems + [Problem("buyer_key", "Le cessionnaire doit être un autre membre que le cédant.")]
    return problems + _require_member(standing, p.buyer_key, "le membre qui acquiert les parts")


def check_parts_held(blocks: tuple[PartBlock, ...], first: int, last: int, key: str, name: str) -> list[Problem]:
    """The numbers ``first``..``last`` exist and, when ``key`` is given, are all that member's."""
    if first < 1 or last < first:
        return [Problem("parts", f"Numéros de parts invalides : {first} à {last}.")]
    _, holders = take_parts(blocks, first, last)
    held = sum(min(b.last, last) - max(b.first, first) + 1 for b in blocks if b.first <= last and b.last >= first)
    if held != last - first + 1:
        return [Problem("parts", f"Les parts n° {first} à {last} ne sont pas toutes en circulation.")]
    if key and set(holders) != {key}:
        return [Problem("parts", f"Les parts n° {first} à {last} n'appartiennent pas toutes à « {name} ».")]
    return []


def _check_increase(g: Groupement, recorded: tuple[Change, ...], standing: Standing, change: Change) -> list[Problem]:
    p = change.payload
    assert isinstance(p, CapitalIncrease)
    if standing.unit_value_cents is None:
        return [Problem("allocations", "Ce groupement est constitué sans capital.")]
    if not p.allocations or any(count <= 0 for _, count in p.allocations):
        return [Problem("allocations", "Indiquez au moins un membre et un nombre de parts nouvelles positif.")]
    problems: list[Problem] = []
    for key, _ in p.allocations:
        problems += _require_member(standing, key, "les souscripteurs")
    return problems


def _check_reduction(g: Groupement, recorded: tuple[Change, ...], standing: Standing, change: Change) -> list[Problem]:
    p = change.payload
    assert isinstance(p, CapitalReduction)
    if standing.unit_value_cents is None:
        return [Problem("parts", "Ce groupement est constitué sans capital.")]
    problems = check_parts_held(standing.blocks, p.first, p.last, "", "")
    if problems:
        return problems
    rest, _ = take_parts(standing.blocks, p.first, p.last)
    if not rest:
        return [Problem("parts", "Une réduction ne peut annuler toutes les parts du capital.")]
    emptied = [m.display_name for m in standing.members
               if any(b.member_key == m.key for b in standing.blocks) and not any(b.member_key == m.key for b in rest)]
    return [Problem("parts", f"« {name} » ne détiendrait plus aucune part, donc aucun droit social (art. 9-1).",
                    Severity.WARNING) for name in emptied]


def _check_dissolution(g: Groupement, recorded: tuple[Change, ...], standing: Standing,
                       change: Change) -> list[Problem]:
    p = change.payload
    assert isinstance(p, Dissolution)
    if p.liquidators or p.of_right:
        return []
    return [Problem("liquidators", "L'assemblée générale nomme un ou plusieurs liquidateurs (art. 20).",
                    Severity.WARNING)]


def _check_amendment(g: Groupement, recorded: tuple[Change, ...], standing: Standing,
                     change: Change) -> list[Problem]:
    """Art. 21: dénomination (with its mandatory mention, R312-194-17), siège, objet, durée or an
    article's wording (domain.amendments)."""
    p = change.payload
    assert isinstance(p, Amendment)
    problems = check_amendment(p)
    if change.deliberation.matter is Matter.EXTENSION_DISSOLUTION and p.changed != ("5",):
        problems.append(Problem("deliberation", (
            "Une délibération sur la prorogation (11° de l'article R. 312-194-21) ne modifie que la durée (art. 5) : "
            "toute autre modification de la convention relève du 5° et requiert l'unanimité des membres présents "
            "ou représentés (art. R. 312-194-22).")))
    return problems


CHECKS = {
    ChangeKind.ADMISSION: _check_admission,
    ChangeKind.WITHDRAWAL: _check_withdrawal,
    ChangeKind.EXCLUSION: _check_exclusion,
    ChangeKind.TRANSFER: _check_transfer,
    ChangeKind.CAPITAL_INCREASE: _check_increase,
    ChangeKind.CAPITAL_REDUCTION: _check_reduction,
    ChangeKind.DISSOLUTION: _check_dissolution,
    ChangeKind.AMENDMENT: _check_amendment,
}


def check_deliberation(change: Change) -> list[Problem]:
    """The AG must have decided the change, before it, under the right matter and majority."""
    deliberation = change.deliberation
    if not deliberation.known:
        return [Problem("deliberation", f"Une {change.kind.label} est décidée par l'assemblée générale : "
                                        "indiquez la délibération.")]
    problems = []
    assert deliberation.decided_on is not None
    if deliberation.decided_on > change.act_date:
        problems.append(Problem("deliberation", (
            f"La délibération ({format_date(deliberation.decided_on)}) doit précéder l'acte "
            f"({format_date(change.act_date)}) : l'accord de l'assemblée est préalable.")))
    if deliberation.matter is not None and deliberation.matter not in change.kind.matters:
        wanted = " ou ".join(m.long_label for m in change.kind.matters)
        problems.append(Problem("deliberation", f"La délibération doit porter sur : {wanted} (art. R. 312-194-21)."))
    return problems + _check_majority(change.kind, deliberation)


def _check_majority(kind: ChangeKind, deliberation: Deliberation) -> list[Problem]:
    if not deliberation.adopted:
        return [Problem("deliberation", "La délibération n'est pas indiquée comme adoptée : une délibération "
                                        "rejetée ne permet pas d'enregistrer le changement (cochez « adoptée » si "
                                        "l'assemblée l'a adoptée).")]
    matter = deliberation.matter or kind.matters[0]
    if rule_for(matter) is Rule.UNANIMITY and not deliberation.unanimous:
        return [Problem("deliberation", (
            f"Une délibération sur « {matter.label} » requiert l'unanimité des membres présents ou représentés "
            "(art. R. 312-194-22).")) ]
    return []


def check_avenant_dates(change: Change) -> list[Problem]:
    """Art. 21, R312-194-18: signed, sent to the préfet, approved, published, in that order."""
    dates = change.avenant
    steps = [("signature", "la signature", dates.signature), ("sent_to_prefect", "l'envoi au préfet",
             dates.sent_to_prefect), ("approval_order", "l'arrêté d'approbation", dates.approval_order),
             ("publication", "la publication", dates.publication)]
    problems = []
    previous: tuple[str, date] | None = None
    if change.deliberation.decided_on is not None:
        previous = ("la délibération", change.deliberation.decided_on)
    for field, label, value in steps:
        if value is None:
            continue
        if previous is not None and value < previous[1]:
            problems.append(Problem(f"avenant.{field}", f"La date de {label} précède celle de {previous[0]}."))
        previous = (label, value)
    return problems


AVENANT_DATE_LABELS = {"signature": "de signature", "sent_to_prefect": "d'envoi au préfet",
                       "approval_order": "de l'arrêté d'approbation", "publication": "de publication"}


def check_avenant_update(change: Change, dates: ApprovalDates) -> list[Problem]:
    """Dates are filled in as they come; one recorded is not rewritten (what was sent stays sent)."""
    problems = [Problem(f"avenant.{name}", f"La date {label} est déjà enregistrée : elle ne se modifie pas.")
                for name, label in AVENANT_DATE_LABELS.items()
                if getattr(change.avenant, name) is not None and getattr(dates, name) != getattr(change.avenant, name)]
    problems += check_dates_in_range([(f"avenant.{name}", getattr(dates, name)) for name in AVENANT_DATE_LABELS])
    return problems + check_avenant_dates(replace(change, avenant=dates))
