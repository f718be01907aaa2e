"""Avenant to the convention constitutive (art. 8-1, 8-4, 21): what changes, the deliberation it
executes, the new distribution of parts and droits, signatures, « transmis pour approbation »."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable

from gcsms_desktop.documents.membership.distribution import new_distribution_note, write_distribution
from gcsms_desktop.documents.signatures import signature_boxes
from gcsms_desktop.documents.story_writer import StoryWriter
from gcsms_desktop.documents.template import PdfDocument, esc
from gcsms_desktop.domain.changes import (
    Admission, Amendment, CapitalIncrease, CapitalReduction, Change, Exclusion, PartTransfer, Withdrawal,
)
from gcsms_desktop.domain.exit_debts import exit_droits
from gcsms_desktop.domain.french import format_date, format_euros, quote
from gcsms_desktop.domain.history import History


class AvenantDocument(PdfDocument):
    title = "Avenant à la convention constitutive"

    def __init__(self, history: History, change: Change, printed_on: date) -> None:
        super().__init__(history.groupement.denomination)
        self.history, self.change, self.printed_on = history, change, printed_on

    def story(self) -> list[Flowable]:
        w = StoryWriter(self.styles)
        h, c = self.history, self.change
        w.para(f"Avenant n° {c.number}", "cover_title")
        w.para("à la convention constitutive du groupement", "cover_text")
        w.para(quote(esc(h.groupement.denomination)), "cover_name")
        w.space(6)
        w.para(f"Objet : {esc(h.describe(c))} ({c.kind.article} de la convention).")
        w.para(self._deliberation())
        w.article("1", "Modification")
        for paragraph in self._what_changes():
            w.para(paragraph)
        if isinstance(c.payload, Amendment):  # the text changes, not the parts nor the droits
            w.para(f"Ces modifications prennent effet à la publication de l'arrêté approuvant le présent avenant "
                   f"({esc(self._effect_text())}, art. 21 de la convention, art. R. 312-194-18 du CASF).")
            w.article("2", "Autres stipulations")
            w.para("Les autres stipulations de la convention constitutive demeurent inchangées.")
            self._closing(w)
            return w.flowables
        w.article("2", "Nouvelle répartition du capital et des droits sociaux")
        w.para(f"À compter de la prise d'effet du présent avenant ({esc(self._effect_text())}), la répartition "
               f"est la suivante ; {new_distribution_note(h.groupement.governance.january_regularisation)} :")
        write_distribution(w, h.after(c))
        w.article("3", "Autres stipulations")
        w.para("Les autres stipulations de la convention constitutive demeurent inchangées.")
        self._closing(w)
        return w.flowables

    def _deliberation(self) -> str:
        d = self.change.deliberation
        if d.decided_on is None:
            return "Vu la notification du membre (art. 8-2 de la convention) ;"
        number = f" n° {esc(d.number)}" if d.number else ""
        matter = f" ({d.matter.reference} de l'article R. 312-194-21 : {esc(d.matter.label)})" if d.matter else ""
        how = " à l'unanimité" if d.unanimous else ""
        return (f"Vu la délibération{number} de l'assemblée générale du {format_date(d.decided_on)}{matter}, "
                f"adoptée{how} (art. R. 312-194-22) ;")

    def _what_changes(self) -> list[str]:
        h, c = self.history, self.change
        p = c.payload
        name = esc(h.name(c.subject_key))
        if isinstance(p, Admission):
            member = p.member
            assert member is not None
            parts = f", qui souscrit {p.parts} parts nouvelles" if p.parts else ""
            return [f"{name}, {esc(member.address)}, est admis comme membre du groupement{parts}.",
                    "Le nouveau membre est tenu des dettes antérieurement contractées par le groupement en proportion "
                    "de ses droits ; il adhère à la convention, à ses annexes et aux décisions déjà prises. Ses droits "
                    "statutaires lui sont acquis à la date de publication du présent avenant (art. 8-1)."]
        if isinstance(p, (Withdrawal, Exclusion)):
            return self._exit(name, p)
        if isinstance(p, PartTransfer):
            buyer = esc(h.name(p.new_member.key if p.new_member else p.buyer_key))
            return [f"{esc(h.name(p.seller_key))} cède à {buyer} les parts n° {p.first} à {p.last}, avec l'accord "
                    "préalable de l'assemblée générale ; les numéros des parts sont transférés au cessionnaire "
                    f"(art. 7). La cession est constatée par écrit le {format_date(c.act_date)}."]
        if isinstance(p, CapitalIncrease):
            lines = ", ".join(f"{esc(h.name(k))} : {n} parts" for k, n in p.allocations)
            return [f"Le capital est augmenté de {sum(n for _, n in p.allocations)} parts nouvelles, numérotées à la "
                    f"suite des parts existantes et souscrites ainsi : {lines}."]
        if isinstance(p, Amendment):
            return amendment_paragraphs(p)
        if isinstance(p, CapitalReduction):
            return [f"Le capital est réduit par l'annulation des parts n° {p.first} à {p.last} ; ces numéros ne seront "
                    "pas réattribués."]
        return [f"Le groupement est dissous ({esc(p.reason) or 'décision de l’assemblée générale'})."]

    def _exit(self, name: str, p: Withdrawal | Exclusion) -> list[str]:
        c = self.change
        end = self.history.effective_on(c)
        if isinstance(p, Withdrawal) and end is not None:
            text = [f"{name} a notifié son retrait le {format_date(c.act_date)} ; le retrait prend effet le "
                    f"{format_date(end)}, à l'expiration de l'exercice budgétaire (art. 8-2)."]
            found = self.history.dissolution
            if found is not None and found.needs_finding and found.member_key == p.member_key:
                text.append(f"Le groupement ne comptant que deux membres, cette notification entraîne de plein droit "
                            f"sa dissolution, le {format_date(found.on)}, qui devra être constatée par l'assemblée "
                            "générale (art. 8-2 et 20).")
        else:
            hearing = p.hearing_on if isinstance(p, Exclusion) else None
            reason = p.reason if isinstance(p, Exclusion) else ""
            text = [f"{name} est exclu du groupement, après audition de son représentant le "
                    f"{format_date(hearing) if hearing else '…'}, pour le motif suivant : {esc(reason)}. "
                    "L'exclusion devient effective à la publication du présent avenant par le préfet (art. 8-3)."]
        debts = (f"Sa part des dettes échues ou à échoir au jour de sa sortie, constatées en comptabilité, s'élève à "
                 f"{format_euros(p.debts_cents)}{self._proportion()}" if p.debts_cents is not None else
                 "Sa part des dettes échues ou à échoir au jour de sa sortie sera arrêtée avec les comptes")
        days = self.history.groupement.governance.settlement_days
        return text + [f"{debts} ; le membre sortant en reste tenu (art. 8-4). Les sommes dues résultant de l'arrêt "
                       f"des comptes sont versées dans les {days} jours."]

    def _proportion(self) -> str:
        """How the share was reckoned (art. 9-2: in proportion to its droits on its exit day)."""
        found = exit_droits(self.history, self.change)
        if found is None:
            return ""
        on, droits = found
        return (f", soit sa part, proportionnelle à ses droits sociaux ({droits}) au jour de sa sortie, le "
                f"{format_date(on)}, des dettes et charges du groupement à cette date (art. 9-2)")

    def _effect_text(self) -> str:
        on = self.history.effective_on(self.change)
        if on is not None:
            return format_date(on)
        return "date de publication de l'avenant"

    def _closing(self, w: StoryWriter) -> None:
        g, dates = self.history.groupement, self.change.avenant
        place = esc(g.signature_place) or "…"
        signed = format_date(dates.signature) if dates.signature else "……………"
        w.para(f"Fait à {place}, le {signed}, en autant d'exemplaires que de membres.")
        sent = (f"le {format_date(dates.sent_to_prefect)}" if dates.sent_to_prefect else "le ……………")
        w.para(f"<b>Transmis pour approbation au préfet {sent}</b> par l'administrateur (art. 21 de la convention, "
               "art. R. 312-194-18 du CASF).")
        if dates.approval_order:
            published = f", publié le {format_date(dates.publication)}" if dates.publication else ""
            w.para(f"Approuvé par arrêté du {format_date(dates.approval_order)}{published}.")
        in_office = self.history.administrator(dates.signature or self.change.act_date)  # R312-194-23
        administrator = in_office.person_name if in_office else ""
        w.add(signature_boxes(w.styles, [("L'administrateur", administrator), ("Pour les membres", "")]))



def amendment_paragraphs(a: Amendment) -> list[str]:
    """The new wording, article by article, as the avenant states it (art. 21)."""
    found = []
    if a.denomination is not None:
        found.append(f"L'article 1er est ainsi modifié : le groupement prend la dénomination "
                     f"{quote(esc(a.denomination))}.")
    if a.seat_address is not None:
        found.append(f"L'article 3 est ainsi modifié : le siège du groupement est fixé au {esc(a.seat_address)}.")
    if a.object_text is not None:
        found.append(f"L'article 4 est ainsi modifié : le groupement a pour objet : {esc(a.object_text)}")
    if a.duration is not None:
        how = ("pour une durée indéterminée" if a.duration.years is None else
               f"pour une durée de {a.duration.text()} à compter du lendemain de la publication de l'arrêté "
               "d'approbation de la convention constitutive")
        found.append(f"L'article 5 est ainsi modifié : le groupement est constitué {how}.")
    for number, text in a.articles:
        found.append(f"L'article {esc(number)} est remplacé par les stipulations suivantes :")
        found += [f"« {esc(line)} »" if len(text.splitlines()) == 1 else esc(line)
                  for line in text.splitlines() if line.strip()]
    return found
