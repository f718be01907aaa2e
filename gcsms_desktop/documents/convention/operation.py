"""Titre III — Fonctionnement: articles 10 to 12 (budget, accounts, staff, règlement intérieur)."""

from __future__ import annotations

from gcsms_desktop.documents.story_writer import StoryWriter
from gcsms_desktop.domain.groupement import Groupement
from gcsms_desktop.domain.statut import AccountingRegime, Statut, accounting_regime


def write(w: StoryWriter, g: Groupement) -> None:
    w.titre("III", "Fonctionnement")
    w.article("10", "Budget et comptes")
    regime = accounting_regime(g.statut, g.exercises_missions, g.members) if g.statut else None
    _budget(w, regime)
    _participation(w)
    _accounts(w, g, regime)
    _staff(w, g)
    _rules(w)


def _budget(w: StoryWriter, regime: AccountingRegime | None) -> None:
    w.sub("10-1", "Budget")
    if regime is not None:
        w.para(f"Les règles budgétaires et comptables applicables au groupement sont les {regime.label} "
               "(article R. 312-194-16 du CASF).")
    w.para("Le groupement ne donne pas lieu à la réalisation et au partage de bénéfices. L'exercice budgétaire "
           "commence le 1er janvier et finit le 31 décembre de chaque année ; par exception, le premier exercice "
           "commence au jour de la prise d'effet de la présente convention. Le budget, approuvé chaque année par "
           "l'assemblée générale, est voté en équilibre et distingue les dépenses et recettes de fonctionnement, "
           "dont les dépenses de personnel, et les dépenses et recettes d'investissement.")
    w.para("En l'attente du budget de l'année en cours, les douzièmes sont versés sur la base du budget de "
           "l'année précédente augmenté d'un pourcentage d'évolution ; un réajustement est réalisé au terme de "
           "l'exercice compte tenu des écarts constatés.")
    w.para("Les ressources du groupement proviennent ou peuvent provenir des participations des membres, en "
           "numéraire ou en nature, des financements de l'assurance maladie, de l'État et des départements, des "
           "bénéficiaires des prestations, ainsi que des dons et legs. Les résultats de l'exercice sont reportés "
           "ou affectés par décision annuelle de l'assemblée générale.")


def _participation(w: StoryWriter) -> None:
    w.sub("10-2", "Participation des membres")
    w.para("Les participations des membres, définies lors de la constitution du groupement ou de l'adhésion d'un "
           "nouveau membre, sont révisables chaque année lors de la préparation du budget. Les charges "
           "d'exploitation des prestations rendues aux membres sont réparties au prorata des services rendus.")
    w.para("Les participations sont versées au groupement en début de mois, par douzième du budget prévisionnel, "
           "et réajustées au terme de l'exercice au vu des dépenses effectivement réalisées. Les mises à "
           "disposition de personnels ou de biens par les membres sont valorisées et remboursées à l'euro près "
           "par le groupement au membre concerné.")


def _accounts(w: StoryWriter, g: Groupement, regime: AccountingRegime | None) -> None:
    w.sub("10-3", "Tenue des comptes")
    if regime is AccountingRegime.PUBLIC_GBCP:
        w.para("La comptabilité du groupement est tenue selon les règles de la comptabilité publique par un agent "
               "comptable, qui assiste aux assemblées générales.")
    elif g.statut is Statut.PRIVATE:
        w.para("La comptabilité du groupement est tenue selon les règles applicables mentionnées à l'article 10-1. "
               "Les comptes sont certifiés annuellement par un commissaire aux comptes, dans le cadre des articles "
               "L. 612-1 ou L. 612-4 du code de commerce, choisi par l'assemblée générale sur proposition de "
               "l'administrateur.")
    else:
        w.para("La comptabilité du groupement est tenue selon les règles mentionnées à l'article 10-1.")


def _staff(w: StoryWriter, g: Groupement) -> None:
    w.article("11", "Modalités de recrutement, de recours aux personnels et conditions de leur intervention")
    contract = "de droit public" if g.statut is Statut.PUBLIC else "de droit privé"
    w.para(f"Le personnel recruté par le groupement l'est sous contrat {contract} (article R. 312-194-15 du CASF). "
           "Le recours aux personnels des membres s'effectue conformément à la décision de l'instance délibérante "
           "des membres ; les personnels mis à disposition restent régis par leur contrat de travail, la convention "
           "ou l'accord collectif, ou le statut qui leur est applicable.")
    w.para("Le tableau prévisionnel des emplois est voté par l'assemblée générale sur proposition de "
           "l'administrateur. Les professionnels associés au groupement par convention ne font pas partie de ses "
           "effectifs.")


def _rules(w: StoryWriter) -> None:
    w.article("12", "Règlement intérieur")
    w.para("Sur proposition de l'administrateur, l'assemblée générale adopte à sa première séance un règlement "
           "intérieur qui prévoit notamment le mode de calcul des participations des membres, le fonctionnement "
           "de l'assemblée générale et du bureau, les conditions relatives aux personnels et les sanctions pour "
           "non-respect des termes contractuels. Ce règlement est révisé une fois par an ; les membres, par leur "
           "adhésion, s'obligent à en respecter les clauses.")
