"""Titre II — Droits et obligations des membres: articles 8 and 9 (R312-194-7 6°, 9°, 10°)."""

from __future__ import annotations

from gcsms_desktop.documents.convention.wording import member_label
from gcsms_desktop.documents.story_writer import StoryWriter
from gcsms_desktop.documents.membership.distribution import regularisation_note
from gcsms_desktop.domain.french import format_date, format_decimal, group_thousands
from gcsms_desktop.domain.groupement import Groupement
from gcsms_desktop.domain.member_rules import exclusion_possible, withdrawal_dissolves
from gcsms_desktop.domain.situation import Situation
from gcsms_desktop.domain.standing import Standing
from gcsms_desktop.domain.voting_rights import exact_sum


def write(w: StoryWriter, g: Groupement, situation: Situation | None = None) -> None:
    """``situation``: the consolidated convention, whose art. 9-1 prints the droits of the standing on
    its date — the very droits of the rights table (regularised when the clause applies)."""
    w.titre("II", "Droits et obligations des membres")
    w.article("8", "Adhésion, retrait et exclusion des membres")
    _admission(w)
    _withdrawal(w, g)
    _exclusion(w, g)
    _common(w, g)
    w.article("9", "Droits sociaux et obligations des membres")
    if situation is None:
        _rights(w, g)
    else:
        _rights_at(w, g, situation.standing)
    _clause(w, g)
    _obligations(w)


def _admission(w: StoryWriter) -> None:
    w.sub("8-1", "Adhésion")
    w.para("Le groupement peut admettre de nouveaux membres. Les candidatures sont soumises à l'assemblée "
           "générale qui délibère sur l'admission à l'unanimité des membres présents ou représentés.")
    w.para("L'adhésion donne lieu à un avenant précisant les membres nouveaux et l'ensemble des modifications "
           "des articles concernés, notamment ceux relatifs aux apports, au capital, aux droits et obligations "
           "ainsi qu'au plan de dévolution des biens.")
    w.para("Le nouveau membre est tenu des dettes antérieurement contractées par le groupement en proportion de "
           "ses droits. Il est réputé adhérer aux dispositions de la présente convention et de ses annexes, ainsi "
           "qu'à toutes les décisions déjà prises par les instances du groupement. Ses droits statutaires ne lui "
           "sont acquis qu'à compter de la date de publication de l'avenant.")


def _withdrawal(w: StoryWriter, g: Groupement) -> None:
    w.sub("8-2", "Retrait")
    months = g.governance.withdrawal_notice_months
    w.para("Tout membre peut se retirer du groupement à l'expiration d'un exercice budgétaire, sous réserve "
           f"d'avoir notifié son intention à l'administrateur au moins {months} mois avant la fin de cet exercice, "
           "par lettre recommandée avec accusé de réception. Le retrait devient effectif à l'expiration de "
           "l'exercice budgétaire en cours.")
    w.para("En cas de retrait pour un cas de force majeure, l'assemblée générale fixe les modalités de ce retrait.")
    if withdrawal_dissolves(len(g.members)):
        w.para("<b>Le groupement ne comportant que deux membres, la notification de retrait entraîne de plein droit "
               "la dissolution du groupement, qui devra être constatée par l'assemblée générale.</b>")


def _exclusion(w: StoryWriter, g: Groupement) -> None:
    w.sub("8-3", "Exclusion")
    gov = g.governance
    if not exclusion_possible(len(g.members)):
        w.para("<b>Le groupement ne comportant que deux membres, l'assemblée ne peut prononcer l'exclusion de "
               "l'un d'eux</b> (article R. 312-194-10 du CASF). Les stipulations qui suivent s'appliquent dès que "
               "le groupement compte au moins trois membres.")
    w.para("L'exclusion d'un membre peut être prononcée par l'assemblée générale en cas de manquement grave ou "
           "répété aux obligations définies par la présente convention et aux décisions de l'assemblée"
           f"{_after_formal_notices(gov.exclusion_formal_notices)}, ainsi qu'en cas d'ouverture d'une procédure "
           "de sauvegarde, de redressement ou de liquidation judiciaire.")
    w.para("L'exclusion ne peut être prononcée qu'après audition du représentant du membre concerné, convoqué "
           f"au moins {gov.exclusion_hearing_days} jours à l'avance. L'exclusion devient effective à la "
           "publication par le préfet de l'avenant qui la constate.")


def _after_formal_notices(count: int) -> str:
    """« , après une mise en demeure … demeurée infructueuse » — nothing when none is required."""
    if count == 0:
        return ""
    if count == 1:
        return ", après une mise en demeure de l'administrateur demeurée infructueuse"
    return f", après {count} mises en demeure de l'administrateur demeurées infructueuses"


def _common(w: StoryWriter, g: Groupement) -> None:
    w.sub("8-4", "Dispositions communes au retrait et à l'exclusion")
    w.para("L'assemblée générale fixe les mesures nécessaires à la poursuite de l'activité et à l'arrêt des "
           "comptes. Le membre sortant reste tenu des dettes échues ou à échoir au jour de son retrait ou de son "
           "exclusion effectif et constatées en comptabilité. Les sommes dues résultant de l'arrêt des comptes, "
           f"soit au groupement, soit au membre, sont versées dans les {g.governance.settlement_days} jours.")
    w.para("La délibération de l'assemblée générale portant avenant à la convention précise l'identité et la "
           "qualité du membre qui se retire ou qui est exclu, la date de la délibération, la nouvelle répartition "
           "des droits au sein du groupement et, le cas échéant, les autres modifications de la convention.")


def _rights(w: StoryWriter, g: Groupement) -> None:
    w.sub("9-1", "Détermination des droits sociaux")
    rights = g.rights()
    as_of = "au jour de la signature"
    if g.capital is not None:
        w.para("Les droits des membres sont fixés proportionnellement au nombre de parts de capital dont ils "
               "disposent, telles que fixées à l'article 7. L'attribution des droits sociaux "
               f"{as_of} est la suivante :")
        total = g.capital.total_parts
        rows = [[member_label(g, r.member_key), r.votes_text, r.fraction_text, r.percent_text] for r in rights]
        w.table(["Membre", "Voix", "Fraction", "Droits sociaux"], rows, [76, 28, 30, 32],
                total=["Total", f"{group_thousands(total)}\u00a0voix",
                       f"{group_thousands(total)}/{group_thousands(total)}", "100\u00a0%"])
    else:
        w.para("Le groupement étant constitué sans capital, les droits des membres sont fixés proportionnellement "
               "à leur contribution aux charges de fonctionnement du groupement. L'attribution des droits sociaux "
               f"{as_of} est la suivante :")
        rows = [[member_label(g, r.member_key), f"{format_decimal(r.votes)}/100", r.percent_text] for r in rights]
        w.table(["Membre", "Fraction", "Droits sociaux"], rows, [96, 34, 36], total=["Total", "100/100", "100\u00a0%"])


def _rights_at(w: StoryWriter, g: Groupement, standing: Standing) -> None:
    """Art. 9-1 on the situation's date: the standing's droits, as the rights table prints them."""
    w.sub("9-1", "Détermination des droits sociaux")
    basis = ("au nombre de parts de capital dont ils disposent, telles que fixées à l'article 7" if g.capital
             is not None else "à leur contribution aux charges de fonctionnement du groupement")
    w.para(f"Les droits des membres sont fixés proportionnellement {basis}. L'attribution des droits sociaux au "
           f"{format_date(standing.on)} est la suivante :")
    total = exact_sum(r.votes for r in standing.rights)
    fractions = f"{format_decimal(total)}/{format_decimal(total)}" if total else "0"
    percent = "100\u00a0%" if total else "0\u00a0%"
    names = [(member_label(g, r.member_key), r) for r in standing.rights]
    if g.capital is not None:
        rows = [[name, r.votes_text, standing.droits_text(r.member_key), standing.percent_text(r.member_key)]
                for name, r in names]
        w.table(["Membre", "Voix", "Fraction", "Droits sociaux"], rows, [76, 28, 30, 32],
                total=["Total", f"{format_decimal(total)}\u00a0voix", fractions, percent])
    else:
        rows = [[name, standing.droits_text(r.member_key), standing.percent_text(r.member_key)] for name, r in names]
        w.table(["Membre", "Fraction", "Droits sociaux"], rows, [96, 34, 36], total=["Total", fractions, percent])
    w.para(regularisation_note(standing))
    capital = standing.capital
    waiting = [member_label(g, r.member_key) for r in standing.rights
               if capital is not None and r.votes != capital.parts_of(r.member_key)]
    if waiting and standing.january_regularisation:
        w.para(f"La répartition des parts de l'article 7 ({', '.join(waiting)}) ne donnera ses droits qu'à la "
               f"régularisation du 1er janvier {standing.on.year + 1}.")


def _clause(w: StoryWriter, g: Groupement) -> None:
    """Art. 9-1: the model's 1 January regularisation, or droits that follow each change at once."""
    then = ("La régularisation est effectuée au 1er janvier suivant la date des changements effectifs."
            if g.governance.january_regularisation else
            "La nouvelle répartition des droits sociaux s'applique dès la prise d'effet de chaque changement, sans "
            "attendre le 1er janvier suivant.")
    w.para("Le total des droits sociaux et leur répartition peuvent évoluer en cas de modification du capital ou "
           f"d'admission, de retrait ou d'exclusion de membres. {then}")
    w.para("Chaque membre participe aux assemblées générales avec voix délibérative, dans la proportion de ses "
           "droits sociaux rapportés au total des droits attribués à l'ensemble des membres.")


def _obligations(w: StoryWriter) -> None:
    w.sub("9-2", "Obligations des membres")
    w.para("Dans leurs rapports entre eux, les membres sont tenus des obligations du groupement. Ils sont tenus "
           "des dettes du groupement dans la proportion de leurs droits sociaux. <b>Les membres du groupement ne "
           "sont pas solidaires entre eux.</b>")
    w.para("Chaque membre a le droit d'être tenu informé de la conduite des affaires du groupement. Il contribue "
           "aux charges à proportion des services qui lui sont rendus ou des activités auxquelles il participe, "
           "selon les modalités définies par le règlement intérieur et révisées chaque année lors de "
           "l'élaboration du budget.")
    w.para("En cas de retrait ou d'exclusion d'un membre ou de liquidation du groupement, les membres restent "
           "tenus, dans les rapports du groupement avec les tiers, des dettes à proportion de leurs droits.")
