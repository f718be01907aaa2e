"""Titre I — Création: articles 1 to 7 (R312-194-7 1° to 5°)."""

from __future__ import annotations

from gcsms_desktop.documents.convention.wording import member_identity, member_label
from gcsms_desktop.documents.story_writer import StoryWriter
from gcsms_desktop.documents.template import esc
from gcsms_desktop.domain.capital import Capital, Contribution, ContributionKind
from gcsms_desktop.domain.changes import PartTransfer
from gcsms_desktop.domain.french import format_date, format_euros, group_thousands, plural, quote, with_de
from gcsms_desktop.domain.groupement import Groupement
from gcsms_desktop.domain.member_rules import transfer_to_member_possible
from gcsms_desktop.domain.situation import Acquisition, Admitted, Origin, Situation
from gcsms_desktop.domain.statut import derive_statut


def write(w: StoryWriter, g: Groupement, situation: Situation | None = None) -> None:
    """``situation``: the consolidated convention (founders and members admitted since, art. 7 as it
    stands on that date)."""
    w.titre("I", "Création")
    _article_1(w, g, situation)
    _article_2(w, g)
    _article_3(w, g)
    _article_4(w, g)
    _article_5(w, g)
    _article_6(w, g)
    if situation is not None and g.capital is not None:
        _article_7_at(w, g, situation)
    else:
        _article_7(w, g)


def _article_1(w: StoryWriter, g: Groupement, situation: Situation | None) -> None:
    w.article("1er", "Dénomination")
    w.para("Il est constitué entre les soussignés :")
    founders = situation.founders if situation is not None else g.members
    w.bullets([member_identity(m) + " ;" for m in founders])
    if situation is not None and situation.admitted:
        w.para("Ont adhéré depuis au groupement, par avenant à la présente convention (art. 8-1) :")
        w.bullets([f"{member_identity(a.member)}, {admitted_by(a)} ;" for a in situation.admitted])
    name = quote(esc(g.denomination)) + (f" (sigle {quote(esc(g.short_name))})" if g.short_name else "")
    w.para(f"un groupement de coopération sociale ou médico-sociale dénommé {name}, régi par les articles "
           "L. 312-7 et R. 312-194-1 et suivants du code de l'action sociale et des familles et par la "
           "présente convention.")
    w.para("Le groupement peut admettre de nouveaux membres, par décision de l'assemblée générale et avenant "
           "à la présente convention.")
    w.para("La mention « groupement de coopération sociale ou médico-sociale » est portée sur tous les actes "
           "et documents destinés aux tiers (article R. 312-194-17 du CASF).")


def _article_2(w: StoryWriter, g: Groupement) -> None:
    w.article("2", "Statut")
    derived = derive_statut(g.members)
    statut = g.statut
    if statut is None:
        w.para("Le statut du groupement reste à choisir par les membres.")
        return
    w.para(f"Le groupement est une {statut.label}.")
    if derived.members_choose:
        w.para("Ses membres relevant les uns du droit public, les autres du droit privé, ils ont choisi ce "
               "statut d'un commun accord.")


def _article_3(w: StoryWriter, g: Groupement) -> None:
    w.article("3", "Siège")
    w.para(f"Le groupement a son siège : {esc(g.seat_address)}.")
    w.para("Par décision de l'assemblée générale, le siège peut être transféré en tout autre lieu de la même "
           "région ou dans toute autre région dans le ressort de laquelle est situé un des établissements "
           "membres du groupement.")


def _article_4(w: StoryWriter, g: Groupement) -> None:
    w.article("4", "Objet")
    missions = sorted(g.missions, key=lambda m: m.value)
    if missions:
        w.para("Le groupement a pour objet de permettre à ses membres :")
        w.bullets([f"{with_de(esc(m.label))} ({m.reference}) ;" for m in missions])
    if g.object_text.strip():
        lead = "Le groupement a en outre pour objet :" if missions else "Le groupement a pour objet :"
        w.para(lead)
        for paragraph in filter(None, (p.strip() for p in g.object_text.split("\n"))):
            w.para(esc(paragraph))
    if any(m.needs_protocol for m in missions):
        w.para("Le protocole de réalisation de l'opération, qui prévoit les moyens alloués, le calendrier et les "
               "étapes de mise en œuvre, est annexé à la présente convention (article R. 312-194-8 du CASF).")


def _article_5(w: StoryWriter, g: Groupement) -> None:
    w.article("5", "Durée")
    if g.duration.indefinite:
        w.para("Le groupement est constitué pour une durée indéterminée.")
        return
    w.para(f"Le groupement est constitué pour une durée de {g.duration.text()} à compter du jour suivant la "
           "publication de l'arrêté d'approbation de la présente convention.")
    if g.dates.publication:
        start = g.duration.start_date(g.dates.publication)
        end = g.duration.end_date(g.dates.publication)
        assert end is not None  # a fixed term: the indefinite one returned above
        w.para(f"L'arrêté ayant été publié le {format_date(g.dates.publication)}, le groupement est constitué du "
               f"{format_date(start)} au {format_date(end)} inclus, sauf prorogation décidée par l'assemblée générale.")


def _article_6(w: StoryWriter, g: Groupement) -> None:
    w.article("6", "Associés")
    w.para("Les professionnels associés aux activités du groupement peuvent exercer leurs fonctions dans le "
           "cadre de la convention d'association conclue entre eux-mêmes et le groupement. Ils ne sont pas "
           "membres du groupement, ne disposent d'aucun droit de vote et ne font pas partie de ses effectifs.")
    if g.associates:
        w.para("À la date de la présente convention, sont associés au groupement :")
        w.bullets([", ".join(filter(None, (f"<b>{esc(a.name)}</b>", esc(a.profession), esc(a.address)))) + " ;"
                   for a in g.associates])
    else:
        w.para("À la date de la présente convention, aucun professionnel n'est associé au groupement.")


def _article_7(w: StoryWriter, g: Groupement) -> None:
    w.article("7", "Capital")
    if g.capital is None:
        w.para("Le groupement est constitué sans capital.")
        return
    c = g.capital
    w.para(f"Le groupement est constitué avec un capital de {format_euros(c.total_cents)} réparti en "
           f"{plural(c.total_parts, 'part sociale', 'parts sociales')} d'une valeur unitaire de "
           f"{format_euros(c.unit_value_cents)}, numérotées de 1 à {group_thousands(c.total_parts)} et "
           "attribuées comme suit :")
    _parts_table(w, g, c)
    _contributions(w, g, c)
    w.para("<b>Les droits de vote à l'assemblée générale sont établis en proportion des droits ainsi définis. "
           "Chaque part donne droit à une voix.</b>")
    w.para("<b>Les parts sociales sont indivisibles à l'égard du groupement, qui ne reconnaît qu'un seul "
           "propriétaire pour chaque part.</b>")
    w.para("<b>Le capital du groupement pourra être modifié par décision de l'assemblée générale.</b>")
    _transfers(w, g)


def _article_7_at(w: StoryWriter, g: Groupement, situation: Situation) -> None:
    """Art. 7 as it stands on the situation's date: the parts in circulation, the apports behind them
    and the parts acquired by cession, which add up to the capital printed."""
    c = g.capital
    assert c is not None
    w.article("7", "Capital")
    w.para(f"Au {format_date(situation.on)}, le capital du groupement est de {format_euros(c.total_cents)}, réparti "
           f"en {plural(c.total_parts, 'part sociale', 'parts sociales')} d'une valeur unitaire de "
           f"{format_euros(c.unit_value_cents)}, numérotées et attribuées comme suit :")
    _parts_table(w, g, c, numbered=False)
    lines = [_acquisition_line(g, situation, a) for a in situation.acquisitions]
    w.para("Les parts proviennent des apports et des cessions suivants :" if situation.acquired_cents else
           "Les parts proviennent des apports suivants :")
    w.bullets(lines)
    total = format_euros(situation.apports_cents + situation.acquired_cents)
    if situation.acquired_cents:
        w.para(f"Total des apports : {format_euros(situation.apports_cents)} ; parts acquises par cession : "
               f"{format_euros(situation.acquired_cents)} ; ensemble : {total}, montant du capital.")
    else:
        w.para(f"Total des apports : {total}, montant du capital.")
    w.para("Les parts souscrites par avenant sont libérées en numéraire, à leur valeur nominale, sauf mention "
           "contraire de l'avenant. Aucun apport en industrie ni en valeurs mobilières négociables n'est admis.")
    w.para("<b>Les droits de vote à l'assemblée générale sont établis en proportion des droits ainsi définis. "
           "Chaque part donne droit à une voix.</b>")
    w.para("<b>Les parts sociales sont indivisibles à l'égard du groupement, qui ne reconnaît qu'un seul "
           "propriétaire pour chaque part.</b>")
    w.para("<b>Le capital du groupement pourra être modifié par décision de l'assemblée générale.</b>")
    _transfers(w, g)


def _acquisition_line(g: Groupement, situation: Situation, a: Acquisition) -> str:
    c = g.capital
    assert c is not None
    who = member_label(g, a.member_key)
    numbers = ", ".join(b.numbers_text(c.number_width) for b in a.blocks)
    value = format_euros(a.count * c.unit_value_cents)
    parts = plural(a.count, "part", "parts")
    if a.origin is Origin.FOUNDING:
        how = " et ".join(_apport_text(x) for x in situation.apports_of(a)) or f"apporte {value}"
        return f"À la constitution, {who} {how} ({parts}, {numbers}) ;"
    assert a.change is not None
    act = f"Par l'avenant n° {a.change.number}" + (f" (en vigueur le {format_date(a.on)})" if a.on else "")
    if a.origin is Origin.SUBSCRIPTION:
        return (f"{act}, {who} apporte en numéraire {value} en souscrivant {parts} nouvelles de "
                f"{format_euros(c.unit_value_cents)} ({numbers}) ;")
    return (f"{act}, {who} acquiert par cession{_seller(situation, a)} {parts} d'une valeur nominale de {value} "
            f"({numbers}) ;")


def _apport_text(contribution: Contribution) -> str:
    if contribution.kind is ContributionKind.IN_KIND:
        return (f"apporte en nature {esc(contribution.description)}, évalué à son coût réel à "
                f"{format_euros(contribution.value_cents)}")
    return f"apporte en numéraire {format_euros(contribution.value_cents)}"


def _seller(situation: Situation, a: Acquisition) -> str:
    payload = a.change.payload if a.change is not None else None
    if isinstance(payload, PartTransfer):
        seller = situation.groupement.member(payload.seller_key)
        name = seller.display_name if seller is not None else payload.seller_key
        return f" (cédant : {esc(name)})"
    return ""


def admitted_by(a: Admitted) -> str:
    """« admis par l'avenant n° 2 du 6 novembre 2026 (publié le 20 décembre 2026) » (art. 8-1)."""
    published = a.change.avenant.publication
    when = f" (publié le {format_date(published)})" if published else ""
    return f"admis par l'avenant n° {a.change.number} du {format_date(a.avenant_date)}{when}"


def _parts_table(w: StoryWriter, g: Groupement, c: Capital, numbered: bool = True) -> None:
    rows = []
    for member in g.members:
        count = c.parts_of(member.key)
        if count:
            rows.append([member_label(g, member.key), c.numbers_text_of(member.key), group_thousands(count),
                         format_euros(count * c.unit_value_cents)])
    w.table(["Membre", "Parts", "Nombre", "Valeur"], rows, [70, 44, 20, 32],
            total=["Total", f"nos 1 à {group_thousands(c.total_parts)}" if numbered else "",
                   group_thousands(c.total_parts),
                   format_euros(c.total_cents)], align_right_from=2)


def _contributions(w: StoryWriter, g: Groupement, c: Capital) -> None:
    if not c.contributions:
        return
    lines = []
    for contribution in c.contributions:
        who = member_label(g, contribution.member_key)
        if contribution.kind is ContributionKind.IN_KIND:
            lines.append(f"{who} apporte en nature {esc(contribution.description)}, évalué à son coût réel à "
                         f"{format_euros(contribution.value_cents)} ;")
        else:
            lines.append(f"{who} apporte en numéraire {format_euros(contribution.value_cents)} ;")
    w.para("Les apports des membres sont les suivants :")
    w.bullets(lines)
    if all(x.kind is ContributionKind.CASH for x in c.contributions):
        w.para("Les membres déclarent ne faire aucun apport en nature à la date de constitution du groupement. "
               "Tout apport en nature ultérieur doit être mentionné dans un inventaire annexé à la présente "
               "convention.")
    else:
        w.para("L'évaluation des apports en nature est faite sur la base de leur coût réel ; ces apports sont "
               "décrits dans un inventaire annexé à la présente convention.")
    w.para("Aucun apport en industrie ni en valeurs mobilières négociables n'est admis.")


def _transfers(w: StoryWriter, g: Groupement) -> None:
    months = g.governance.transfer_meeting_months
    if not transfer_to_member_possible(len(g.members)):
        w.para("Tant que le groupement ne compte que deux membres, un membre ne peut céder ses parts qu'à un "
               "tiers remplissant les conditions nécessaires à l'adhésion, sous réserve de l'accord préalable de "
               "l'assemblée générale.")
    else:
        w.para("Tout membre peut céder ses parts soit à un autre membre, soit à un tiers remplissant les "
               "conditions nécessaires à l'adhésion au groupement, sous réserve dans les deux cas de l'accord "
               "préalable de l'assemblée générale.")
    w.para("Le membre qui désire céder ses droits notifie le projet de cession à l'administrateur par lettre "
           f"recommandée avec accusé de réception. L'administrateur réunit alors l'assemblée dans un délai de "
           f"{months} mois. Toute cession est constatée par écrit.")
