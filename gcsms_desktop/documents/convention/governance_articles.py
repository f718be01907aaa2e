"""Titre IV — Organisation et administration: articles 13 to 18 (R312-194-19 to -23)."""

from __future__ import annotations

from gcsms_desktop.documents.convention.wording import member_label
from gcsms_desktop.documents.story_writer import StoryWriter
from gcsms_desktop.documents.template import esc
from gcsms_desktop.domain.french import format_date
from gcsms_desktop.domain.governance import proxies_possible
from gcsms_desktop.domain.groupement import Groupement
from gcsms_desktop.domain.statut import AccountingRegime, accounting_regime

POWERS = (
    "le budget annuel",
    "l'approbation des comptes de chaque exercice et l'affectation des résultats",
    "la nomination et la révocation de l'administrateur",
    "le choix du commissaire aux comptes, lorsque la comptabilité est tenue selon les règles du droit privé",
    "toute modification de la convention constitutive",
    "l'admission de nouveaux membres",
    "l'exclusion d'un membre",
    "le cas échéant, les conditions de remboursement des indemnités de mission",
    "l'adhésion à une structure de coopération ou le retrait de l'une d'elles",
    "les demandes d'autorisation",
    "la prorogation ou la dissolution du groupement ainsi que les mesures nécessaires à sa liquidation",
    "lorsque le groupement est une personne morale de droit public, les acquisitions, aliénations, échanges "
    "d'immeubles et leur affectation ainsi que les conditions des baux de plus de dix-huit ans",
    "les modalités selon lesquelles chacun des membres s'engage à communiquer aux autres toutes les "
    "informations nécessaires à la réalisation de l'objet du groupement",
    "les conditions d'intervention des professionnels des secteurs sociaux, médico-sociaux et sanitaires, des "
    "professionnels salariés du groupement ainsi que des professionnels associés par convention",
    "le cas échéant, le calendrier et les modalités des fusions ou regroupements des missions ou activités des "
    "membres",
    "le règlement intérieur du groupement",
    "toute autre matière que la présente convention lui attribue",
)


def write(w: StoryWriter, g: Groupement) -> None:
    w.titre("IV", "Organisation et administration")
    w.article("13", "Assemblée générale")
    _composition(w, g)
    _functioning(w, g)
    _administrator(w, g)
    _other_bodies(w)


def _composition(w: StoryWriter, g: Groupement) -> None:
    w.sub("13-1", "Composition de l'assemblée générale")
    n = g.governance.representatives_per_member
    w.para("L'assemblée générale est composée de l'ensemble des membres du groupement. Sans préjudice du nombre "
           f"de voix dont il dispose, chaque membre y est représenté par {n} représentant{'s' if n > 1 else ''} "
           "au moins, dûment mandaté par son instance délibérante :")
    lines = []
    for member in g.members:
        titulars = [f"{esc(r.name)}{', ' + esc(r.capacity) if r.capacity else ''}"
                    for r in member.titular_representatives]
        substitutes = [esc(r.name) for r in member.representatives if r.substitute]
        who = "; ".join(titulars) or "le membre en personne"
        line = f"pour {member_label(g, member.key)} : {who}"
        if substitutes:
            line += f" (suppléant{'s' if len(substitutes) > 1 else ''} : {', '.join(substitutes)})"
        lines.append(line + " ;")
    w.bullets(lines)
    if g.governance.president_is_administrator:
        w.para("La présidence de l'assemblée générale est assurée par l'administrateur du groupement.")
    else:
        w.para(f"La présidence de l'assemblée générale est assurée par {esc(g.governance.president_other)}.")
    w.para("En cas d'empêchement ou d'absence de ce dernier, la présidence est assurée par l'un des représentants "
           "des membres à l'assemblée générale désigné à l'unanimité.")


def _functioning(w: StoryWriter, g: Groupement) -> None:
    gov = g.governance
    w.sub("13-2", "Fonctionnement")
    times = "une fois" if gov.meetings_per_year == 1 else f"{gov.meetings_per_year} fois"
    w.para("L'assemblée générale se réunit sur convocation de l'administrateur aussi souvent que l'intérêt du "
           f"groupement l'exige et au moins {times} par an. Elle se réunit de droit à la demande d'au moins un tiers "
           "de ses membres sur un ordre du jour déterminé.")
    w.para(f"L'assemblée générale est convoquée par écrit {gov.convocation_days} jours au moins à l'avance et, en "
           f"cas d'urgence, {gov.urgent_convocation_hours} heures au moins à l'avance. La convocation indique "
           "l'ordre du jour et le lieu de réunion ; elle est accompagnée de toutes les pièces utiles.")
    if gov.proxies_allowed:
        w.para("Le groupement comptant plus de deux membres, le vote par procuration est autorisé. Aucun membre ne "
               "peut détenir plus d'un mandat.")
    elif not proxies_possible(len(g.members)):
        w.para("Le groupement n'étant constitué que de deux membres, le vote par procuration n'est pas autorisé.")
    else:
        w.para("Le vote par procuration n'est pas autorisé.")
    w.para("L'assemblée des membres délibère sur :")
    for number, power in enumerate(POWERS, start=1):
        w.para(f"{number}° {power} ;", "bullet")
    w.para("L'assemblée générale ne délibère valablement que si les membres présents ou représentés représentent "
           "au moins la moitié des droits des membres du groupement. À défaut, l'assemblée est à nouveau convoquée "
           "dans un délai de quinze jours et peut valablement délibérer quel que soit le nombre des membres "
           "présents ou représentés. En cas d'urgence, ce délai est ramené à huit jours.")
    w.para("Dans les matières définies aux 5° et 6° ci-dessus, les délibérations sont adoptées à l'unanimité des "
           "membres présents ou représentés. Dans les autres matières, elles sont adoptées si elles recueillent la "
           "majorité des voix des membres présents ou représentés. Toutefois, les délibérations mentionnées au 7° "
           "sont valablement prises sans que puissent participer au vote les représentants du membre dont "
           "l'exclusion est demandée, sous réserve que la mesure d'exclusion soit adoptée par un nombre de membres "
           "représentant au moins la moitié des voix au sein de l'assemblée.")
    w.para("L'assemblée générale désigne un secrétaire de séance et un scrutateur. Ses délibérations, consignées "
           "dans un procès-verbal porté sur un registre coté et paraphé tenu au siège du groupement et signé par le "
           "président, le secrétaire de séance et le scrutateur, obligent tous les membres.")


def _administrator(w: StoryWriter, g: Groupement) -> None:
    years = g.governance.administrator_term_years
    w.article("14", "Administrateur")
    w.para("Lors de sa première séance, l'assemblée générale élit un administrateur parmi les membres personnes "
           "physiques ou les représentants des membres personnes morales (article R. 312-194-23 du CASF). "
           f"L'administrateur est nommé pour une durée de {years} ans renouvelable. Il est révocable à tout moment "
           "par l'assemblée générale.")
    a = g.administrator
    if a is not None and a.elected_on is not None:
        term_end = a.term_end(years)
        assert term_end is not None  # known once elected_on is
        w.para(f"Le {format_date(a.elected_on)}, l'assemblée générale a élu en qualité d'administrateur "
               f"{esc(a.person_name)} ({member_label(g, a.member_key)}), pour un mandat courant jusqu'au "
               f"{format_date(term_end)}.")
    elif a is not None:
        w.para(f"Les membres proposent à cette élection {esc(a.person_name)} ({member_label(g, a.member_key)}).")
    w.para("Le mandat d'administrateur ne donne pas lieu à rétribution. Des indemnités de mission, révisables "
           "annuellement, peuvent lui être attribuées dans les conditions déterminées par l'assemblée générale ; "
           "s'il exerce une activité libérale, l'assemblée peut lui allouer en outre une indemnité forfaitaire.")
    w.para("L'administrateur prépare et exécute les décisions de l'assemblée générale ainsi que le budget. Il "
           "représente le groupement dans tous les actes de la vie civile et en justice ; dans les rapports avec "
           "les tiers, il engage le groupement pour tout acte entrant dans son objet.")
    if g.statut and accounting_regime(g.statut, g.exercises_missions, g.members) is AccountingRegime.PUBLIC_GBCP:
        w.para("Le groupement étant soumis aux règles de la comptabilité publique, l'administrateur a la qualité "
               "d'ordonnateur des recettes et des dépenses.")


def _other_bodies(w: StoryWriter) -> None:
    w.article("15", "Bureau de l'assemblée")
    w.para("L'assemblée peut mettre en place un bureau chargé de l'assister dans ses travaux et de préparer ses "
           "séances avec l'administrateur. Composé de membres désignés par elle, il ne dispose d'aucun pouvoir "
           "décisionnel.")
    w.article("16", "Assistant de l'administrateur")
    w.para("L'assemblée générale détermine les besoins en personnels chargés d'appuyer l'administrateur dans la "
           "gestion quotidienne du groupement. L'assistant ou l'équipe de direction ainsi désigné ne peut bénéficier "
           "d'aucune délégation de signature ni exercer en lieu et place de l'administrateur les responsabilités "
           "qui sont les siennes.")
    w.article("17", "Rapport annuel d'activité")
    w.para("Un rapport d'activité est préparé chaque année par l'administrateur et adopté par l'assemblée générale.")
    w.article("18", "Engagements antérieurs")
    w.para("Les actes accomplis et justifiés par les fondateurs pendant la période de formation du groupement et "
           "antérieurement à la naissance de sa personnalité morale sont considérés comme engagés dans l'intérêt "
           "du groupement. Ils obligent les membres en tant que de besoin.")
