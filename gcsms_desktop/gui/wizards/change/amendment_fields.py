"""The change wizard's fields for an avenant amending the convention's text (art. 21): they open with the
text in force, and only what the user changes is amended (domain.amendments)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QSpinBox

from gcsms_desktop.domain.amendments import FREE_TEXT_ARTICLES
from gcsms_desktop.domain.changes import Amendment
from gcsms_desktop.domain.duration import Duration
from gcsms_desktop.domain.french import typography
from gcsms_desktop.domain.groupement import Groupement
from gcsms_desktop.gui.widgets import leaves_on_tab, named

ARTICLE_TITLES = {
    "2": "Statut", "6": "Associés", "8": "Adhésion, retrait et exclusion", "10": "Budget et comptes",
    "11": "Personnels", "12": "Règlement intérieur", "13": "Assemblée générale", "14": "Administrateur",
    "15": "Bureau de l'assemblée", "16": "Assistant de l'administrateur", "17": "Rapport annuel d'activité",
    "18": "Engagements antérieurs", "19": "Litige", "20": "Dissolution et dévolution des biens", "21": "Avenants",
}


class AmendmentFields:
    def __init__(self, current: Groupement, form: QFormLayout, changed: Callable[[], None]) -> None:
        self.current = current
        self.denomination = named(QLineEdit(current.denomination), "amendmentDenomination")
        self.seat = named(QLineEdit(current.seat_address), "amendmentSeat")
        self.object_text = named(leaves_on_tab(QPlainTextEdit(current.object_text)), "amendmentObject")
        self.object_text.setTabChangesFocus(True)
        self.object_text.setFixedHeight(70)
        self.duration = named(QSpinBox(), "amendmentDuration")
        self.duration.setRange(0, 99)
        self.duration.setSpecialValueText("indéterminée")
        self.duration.setSuffix(" ans")
        self.duration.setValue(current.duration.years or 0)
        self.duration.setMaximumWidth(160)
        self.article = named(QComboBox(), "amendmentArticle")
        self.article.addItem("(aucun)", "")
        for number in FREE_TEXT_ARTICLES:
            self.article.addItem(typography(f"Article {number} — {ARTICLE_TITLES[number]}"), number)
        self.article_text = named(leaves_on_tab(QPlainTextEdit()), "amendmentArticleText")
        self.article_text.setTabChangesFocus(True)
        self.article_text.setFixedHeight(90)
        self.article_text.setPlaceholderText("Nouvelle rédaction de l'article choisi")
        for label, widget in (("Dénomination (art. 1er) :", self.denomination), ("Siège (art. 3) :", self.seat),
                              ("Objet (art. 4) :", self.object_text), ("Durée (art. 5) :", self.duration),
                              ("Autre article :", self.article), ("Nouvelle rédaction :", self.article_text)):
            form.addRow(typography(label), widget)
        for line in (self.denomination, self.seat):
            line.textChanged.connect(lambda _t: changed())
        for text in (self.object_text, self.article_text):
            text.textChanged.connect(changed)
        self.duration.valueChanged.connect(lambda _v: changed())
        self.article.currentIndexChanged.connect(lambda _i: changed())

    def amendment(self) -> Amendment:
        """What differs from the text in force; the rest stays as it is."""
        c = self.current
        years = self.duration.value() or None
        number = self.article.currentData() or ""
        text = self.article_text.toPlainText().strip()
        return Amendment(
            _changed(self.denomination.text().strip(), c.denomination),
            _changed(self.seat.text().strip(), c.seat_address),
            _changed(self.object_text.toPlainText().strip(), c.object_text),
            Duration(years) if years != c.duration.years else None,
            ((number, text),) if number else ())


def _changed(value: str, before: str) -> str | None:
    return value if value != before.strip() else None
