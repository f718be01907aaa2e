"""Page 1: dénomination (with its mandatory mention), sigle, préambule and « Vu » lines."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit

from gcsms_desktop.domain.denomination import has_mandatory_mention
from gcsms_desktop.domain.french import typography
from gcsms_desktop.gui.wizards.creation.page import CreationPage
from gcsms_desktop.gui.widgets import leaves_on_tab, plain


class IdentityPage(CreationPage):
    key = "identity"
    subtitle = "Le nom du groupement tel qu'il figurera sur tous ses actes."

    def build(self) -> None:
        form = QFormLayout()
        self.denomination = QLineEdit()
        self.denomination.setObjectName("denomination")
        self.denomination.setPlaceholderText(self.tr("Groupement de coopération médico-sociale …"))
        self.mention_hint = plain(QLabel())
        self.mention_hint.setObjectName("mentionHint")
        self.mention_hint.setWordWrap(True)
        self.denomination.textChanged.connect(self._update_hint)
        self.short_name = QLineEdit()
        self.short_name.setObjectName("shortName")
        self.preamble = leaves_on_tab(QPlainTextEdit())
        self.preamble.setObjectName("preamble")
        self.preamble.setPlaceholderText(typography(self.tr("Facultatif : contexte et finalités du groupement.")))
        self.recitals = leaves_on_tab(QPlainTextEdit())
        self.recitals.setObjectName("recitals")
        self.recitals.setPlaceholderText(self.tr("Une ligne par visa, par exemple :\n"
                                                 "la délibération du conseil d'administration de l'association A "
                                                 "du 12 octobre 2026"))
        form.addRow(typography(self.tr("Dénomination :")), self.denomination)
        form.addRow("", self.mention_hint)
        form.addRow(typography(self.tr("Sigle :")), self.short_name)
        form.addRow(typography(self.tr("Préambule :")), self.preamble)
        form.addRow(typography(self.tr("Visas (« Vu … ») :")), self.recitals)
        self.layout_.addLayout(form)
        self.register(self.denomination, self.short_name, self.preamble, self.recitals)

    def _update_hint(self, text: str) -> None:
        if not text.strip():
            self.mention_hint.setText("")
        elif has_mandatory_mention(text):
            self.mention_hint.setText(self.tr("✓ La mention obligatoire figure dans la dénomination."))
        else:
            self.mention_hint.setText(typography(self.tr(
                "La dénomination doit contenir « groupement de coopération sociale » ou « groupement de "
                "coopération médico-sociale » (art. R. 312-194-17).")))

    def load(self) -> None:
        g = self.state.groupement
        self.denomination.setText(g.denomination)
        self.short_name.setText(g.short_name)
        self.preamble.setPlainText(g.preamble)
        self.recitals.setPlainText("\n".join(g.recitals))

    def store(self) -> None:
        self.state.update(
            denomination=self.denomination.text().strip(), short_name=self.short_name.text().strip(),
            preamble=self.preamble.toPlainText().strip(),
            recitals=tuple(line.strip() for line in self.recitals.toPlainText().splitlines() if line.strip()))
