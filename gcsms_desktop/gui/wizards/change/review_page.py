"""Last page: the change as it will be recorded, its effect and every problem; errors block saving."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from gcsms_desktop.domain.french import format_date, sentence_case, typography
from gcsms_desktop.domain.problems import Problem
from gcsms_desktop.gui.user_errors import bullet_list
from gcsms_desktop.gui.widgets import escape
from gcsms_desktop.gui.wizards.page import WizardPage

if TYPE_CHECKING:
    from gcsms_desktop.gui.wizards.change.wizard import ChangeWizard


class ReviewPage(WizardPage):
    key = "review"
    object_name = "changeReviewPage"

    def __init__(self) -> None:
        super().__init__(self.tr("Vérification"),
                         self.tr("Relisez : un changement enregistré ne se modifie plus (seules les dates de "
                                 "l'avenant se complètent ensuite)."))

    def build(self) -> None:
        self.summary = QLabel()
        self.summary.setObjectName("changeSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)  # headings in bold; the data is escaped
        self.problems_label = QLabel()
        self.problems_label.setTextFormat(Qt.TextFormat.RichText)
        self.problems_label.setObjectName("changeProblems")
        self.problems_label.setWordWrap(True)
        self.layout_.addWidget(self.summary)
        self.layout_.addWidget(self.problems_label)
        self.layout_.addStretch()
        self.found: list[Problem] = []

    def load(self) -> None:
        wizard = cast("ChangeWizard", self.wizard())
        change = wizard.change()
        history = wizard.history
        self.found = wizard.check(change)
        # Rich text for the headings; names and texts from the base or the input are escaped.
        lines = [f"<b>{escape(sentence_case(history.describe(change)))}</b>", escape(wizard.details.consequence.text())]
        on = history.effective_on(change)
        if on is not None:
            lines.append(escape(self.tr("Prise d'effet : {0}.").format(format_date(on))))
        self.summary.setText(typography("<br>".join(lines)))
        errors = [p.message for p in self.found if p.is_error]
        warnings = [p.message for p in self.found if not p.is_error]
        text = ""
        if errors:
            text += self.tr("<b>À corriger avant d'enregistrer :</b>") + "<br>" + escape(bullet_list(errors)).replace(
                "\n", "<br>")
        if warnings:
            text += ("<br>" if text else "") + self.tr("<b>À savoir :</b>") + "<br>" + escape(
                bullet_list(warnings)).replace("\n", "<br>")
        self.problems_label.setText(text or escape(self.tr("Aucun problème : le changement peut être enregistré.")))
        self.problems_label.setStyleSheet("color: #a4161a;" if errors else "")
        self.completeChanged.emit()

    def problems(self) -> list[Problem]:
        """The domain's verdict on the whole change, asked when the page was entered."""
        return self.found

    def isComplete(self) -> bool:  # noqa: N802 - Qt API: « Enregistrer » only without errors
        return not any(p.is_error for p in self.found)
