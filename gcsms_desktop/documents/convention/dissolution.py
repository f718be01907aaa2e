"""Titre V — Litige, dissolution et liquidation: articles 19 to 22, signatures."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from gcsms_desktop.documents.convention.creation import admitted_by
from gcsms_desktop.documents.convention.wording import representatives_text
from gcsms_desktop.documents.fonts import SANS
from gcsms_desktop.documents.story_writer import StoryWriter
from gcsms_desktop.documents.styles import RULE
from gcsms_desktop.documents.template import esc
from gcsms_desktop.domain.french import format_date, typography
from gcsms_desktop.domain.groupement import Groupement
from gcsms_desktop.domain.members import Member
from gcsms_desktop.domain.situation import Situation

BLANK = "\u2026" * 12


def write(w: StoryWriter, g: Groupement, situation: Situation | None = None) -> None:
    w.titre("V", "Litige, dissolution et liquidation")
    _dispute(w, g)
    _dissolution(w, g)
    w.article("21", "Avenants")
    w.para("La convention constitutive peut faire l'objet d'avenants adoptés par l'assemblée générale et transmis "
           "pour approbation par l'administrateur au préfet du département du siège du groupement.")
    _signatures(w, g, situation)


def _boxes(w: StoryWriter, lines: list[tuple[Member, str]]) -> None:
    cell = w.styles["cell"]
    rows = []
    for member, right in lines:
        text = f"<b>{esc(member.name)}</b><br/>{representatives_text(member) or 'en personne'}"
        rows.append([Paragraph(typography(text), cell), Paragraph(typography(right), cell)])
    table = Table(rows, colWidths=[100 * mm, 66 * mm], rowHeights=[24 * mm] * len(rows))
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, RULE), ("FONTNAME", (0, 0), (-1, -1), SANS),
                                ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    w.add(table)


def _dispute(w: StoryWriter, g: Groupement) -> None:
    gov = g.governance
    w.article("19", "Litige")
    who = "deux conciliateurs" if gov.conciliators == 2 else (
        "un conciliateur" if gov.conciliators == 1 else f"{gov.conciliators} conciliateurs")
    w.para("En cas de litige ou de différend entre les membres, ou entre le groupement et l'un de ses membres, à "
           f"raison de la présente convention ou de ses suites, les parties s'engagent à soumettre leur différend à "
           f"{who} qu'elles auront désignés. Une solution amiable est recherchée dans un délai maximum de "
           f"{gov.conciliation_months} mois à compter de la désignation des conciliateurs, faute de quoi les parties "
           "peuvent saisir la juridiction compétente.")


def _dissolution(w: StoryWriter, g: Groupement) -> None:
    w.article("20", "Dissolution et modalités de dévolution des biens du groupement")
    w.para("Le groupement est dissous de plein droit si, du fait du retrait ou de l'exclusion d'un ou plusieurs de "
           "ses membres, il ne compte plus qu'un seul membre.")
    if not g.duration.indefinite:
        w.para("Il est également dissous de plein droit à l'arrivée du terme fixé à l'article 5, sauf prorogation "
               "décidée par l'assemblée générale.")
    w.para("Il peut également être dissous par décision de l'assemblée générale, notamment du fait de la "
           "réalisation ou de l'extinction de son objet. La dissolution est notifiée au préfet du département dans "
           "un délai de quinze jours.")
    w.para("La dissolution entraîne la liquidation ; la personnalité morale du groupement subsiste pour les besoins "
           "de celle-ci. L'assemblée générale nomme un ou plusieurs liquidateurs et fixe les modalités de la "
           "liquidation en privilégiant la continuité du service aux usagers. Les biens mobiliers et immobiliers "
           "mis à disposition du groupement par un membre restent la propriété de ce membre.")


def _signatures(w: StoryWriter, g: Groupement, situation: Situation | None) -> None:
    """The founders sign on the convention's date; in the consolidated text, members admitted since are
    listed apart, with the avenant that admitted them (art. 8-1): they did not sign that day."""
    w.article("22", "Signature")
    place = esc(g.signature_place) if g.signature_place.strip() else BLANK
    when = format_date(g.dates.signature) if g.dates.signature else BLANK
    founders = situation.founders if situation is not None else g.members
    copies = len(situation.groupement.members if situation is not None else g.members) + 1  # as signed
    w.para(f"Fait à {place}, le {when}, en {copies} exemplaires originaux.")
    if founders:
        w.para("Signatures des membres fondateurs :" if situation is not None else "Signatures des membres :")
        _boxes(w, [(member, "Signature :") for member in founders])
    if situation is not None and situation.admitted:
        w.para("Membres admis depuis, qui ont adhéré à la convention par avenant (art. 8-1) :")
        _boxes(w, [(a.member, f"Membre {admitted_by(a)}.") for a in situation.admitted])
    w.space(4)
    approved = g.dates.approval_order
    if situation is not None and approved is not None:
        published = f", publié le {format_date(g.dates.publication)}" if g.dates.publication else ""
        w.para(f"La convention constitutive a été approuvée par arrêté du préfet du {format_date(approved)}{published} "
               "(art. R. 312-194-18 du CASF).")
        return
    w.para("La convention constitutive du groupement de coopération sociale ou médico-sociale est transmise ce jour "
           "pour approbation au préfet du département du siège du groupement.")
