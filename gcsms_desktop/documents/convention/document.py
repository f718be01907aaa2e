"""ConventionDocument: title page, préambule, Titres I–V (articles 1–22), signatures."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, PageBreak

from gcsms_desktop.documents.convention import creation, dissolution, governance_articles, operation, rights
from gcsms_desktop.documents.story_writer import StoryWriter
from gcsms_desktop.documents.template import PdfDocument, esc
from gcsms_desktop.domain.changes import Change
from gcsms_desktop.domain.french import format_date, quote, sentence_case
from gcsms_desktop.domain.groupement import Groupement
from gcsms_desktop.domain.legal_personality import legal_personality_text
from gcsms_desktop.domain.situation import Situation


COVER_LIST_LIMIT = 10


class ConventionDocument(PdfDocument):
    title = "Convention constitutive"

    def __init__(self, groupement: Groupement, printed_on: date, situation: Situation | None = None) -> None:
        """With ``situation``, the consolidated convention: the groupement as it stands on that date (the
        same standing as the rights table), avenants in force, members admitted since."""
        consolidated = situation.consolidated if situation is not None else groupement
        super().__init__(consolidated.denomination)  # as amended on that date (art. 1, 21)
        self.situation = situation
        self.groupement = consolidated
        self.printed_on = printed_on
        self.consolidated_on = situation.on if situation is not None else None

    def story(self) -> list[Flowable]:
        w = StoryWriter(self.styles, dict(self.groupement.article_texts))  # articles as amended (art. 21)
        self._cover(w)
        w.add(PageBreak())
        self._preamble(w)
        creation.write(w, self.groupement, self.situation)
        rights.write(w, self.groupement, self.situation)
        operation.write(w, self.groupement)
        governance_articles.write(w, self.groupement)
        dissolution.write(w, self.groupement, self.situation)
        return w.flowables

    def _cover(self, w: StoryWriter) -> None:
        g = self.groupement
        w.space(40)
        w.para("Convention constitutive", "cover_title")
        if self.consolidated_on is not None:
            w.para(f"consolidée au {format_date(self.consolidated_on)}", "cover_text")
        w.para(quote(esc(g.denomination)), "cover_name")
        if g.short_name:
            w.para(f"({esc(g.short_name)})", "cover_text")
        w.space(10)
        w.para(f"Siège : {esc(g.seat_address)}", "cover_text")
        w.space(14)
        w.para(self._members_heading(), "cover_text")
        if len(g.members) <= COVER_LIST_LIMIT:
            for member in g.members:
                w.para(esc(member.display_name), "cover_text")
        else:  # a long list would push the cover onto a second page
            w.para(", ".join(esc(m.short_name or m.name) for m in g.members) + ".", "cover_text")
        w.space(14)
        signed = f"Signée le {format_date(g.dates.signature)}" if g.dates.signature else "Projet non encore signé"
        w.para(f"{signed} — édition du {format_date(self.printed_on)}", "cover_text")
        if self.consolidated_on is not None:
            w.para(self._consolidation_text(), "cover_text")
            w.para(sentence_case(legal_personality_text(g.legal_personality_from, self.consolidated_on)) + ".",
                   "cover_text")
        w.para("Articles L. 312-7 et R. 312-194-1 à R. 312-194-25 du code de l'action sociale et des familles",
               "cover_text")

    def _members_heading(self) -> str:
        count = len(self.groupement.members)
        if self.consolidated_on is None:
            return f"Entre les {count} membres fondateurs :"
        return f"Membres au {format_date(self.consolidated_on)} ({count}) :"

    def _consolidation_text(self) -> str:
        """Art. 21: which avenants the text integrates, and those in force not yet approved by the préfet."""
        situation = self.situation
        assert situation is not None
        if not situation.approved and not situation.pending:
            return "Aucun avenant en vigueur à cette date : texte de la convention d'origine."
        text = "Texte consolidé"
        if situation.approved:
            text += f" intégrant les avenants approuvés ({_numbers(situation.approved)})"
        if situation.pending:
            link = " ainsi que" if situation.approved else ""
            text += (f"{link} les changements en vigueur dont l'avenant n'est pas encore approuvé par le préfet "
                     f"({_numbers(situation.pending)})")
        return text + " ; il ne remplace pas les actes approuvés par le préfet (art. 21)."

    def _preamble(self, w: StoryWriter) -> None:
        g = self.groupement
        w.para("Préambule", "titre")
        for paragraph in filter(None, (p.strip() for p in g.preamble.split("\n"))):
            w.para(esc(paragraph))
        w.para("Vu le code de l'action sociale et des familles, et notamment ses articles L. 312-7 et "
               "R. 312-194-1 à R. 312-194-25 ;")
        for recital in g.recitals:
            text = recital.strip()
            if text:
                w.para(esc(text if text.lower().startswith("vu ") else f"Vu {text}") + " ;")
        w.para("Les soussignés sont convenus des stipulations qui suivent :")


def _numbers(changes: tuple[Change, ...]) -> str:
    return ", ".join(f"n° {c.number}" for c in changes)
