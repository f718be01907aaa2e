"""Page 5: the officers who sign, a last look at the results, and closing the session."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QMessageBox

from gcsms_desktop.domain.assembly import AssemblyState
from gcsms_desktop.domain.french import typography
from gcsms_desktop.domain.input_bounds import check_texts
from gcsms_desktop.gui.user_errors import bullet_list
from gcsms_desktop.gui.wizards.assembly.page import AssemblyPage, outcome_word
from gcsms_desktop.gui.widgets import plain


class ClosePage(AssemblyPage):
    key = "close"

    def __init__(self) -> None:
        super().__init__(self.tr("Clore la séance"),
                         self.tr("Le procès-verbal est signé par le président, le secrétaire de séance et le "
                                 "scrutateur (art. 13-2). Une fois close, la séance ne se modifie plus."))

    def build(self) -> None:
        form = QFormLayout()
        self.president = QLineEdit()
        self.president.setObjectName("president")
        self.secretary = QLineEdit()
        self.secretary.setObjectName("secretary")
        self.scrutineer = QLineEdit()
        self.scrutineer.setObjectName("scrutineer")
        form.addRow(self.tr("Président de séance :"), self.president)
        form.addRow(self.tr("Secrétaire de séance :"), self.secretary)
        form.addRow(self.tr("Scrutateur :"), self.scrutineer)
        self.layout_.addLayout(form)
        self.summary = plain(QLabel())
        self.summary.setObjectName("resultSummary")
        self.summary.setWordWrap(True)
        self.layout_.addWidget(self.summary)
        self.layout_.addStretch()
        self.confirm = True  # tests of the refusal path switch the question off

    def load(self) -> None:
        record = self.record
        a = record.assembly
        self.president.setText(a.president or record.groupement.assembly_president)
        self.secretary.setText(a.secretary)
        self.scrutineer.setText(a.scrutineer)
        lines = [record.result.quorum.explanation]
        for number, item, outcome in record.result.outcomes:
            lines.append(f"{number}. {item.title} : {outcome_word(outcome)}")
        self.summary.setText(typography("\n".join(lines)))

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        wizard = self.assembly_wizard
        if self.record.assembly.state is not AssemblyState.CONVENED:
            return True
        # Checked before the service stores the names (it stores them as typed, then checks on closing).
        problems = check_texts([("president", self.president.text()), ("secretary", self.secretary.text()),
                                ("scrutineer", self.scrutineer.text())])
        if problems:
            self.show_errors(bullet_list([p.message for p in problems]))
            return False
        if not self.run(lambda: wizard.services.assemblies.set_officers(
                wizard.saved_id(), self.president.text(), self.secretary.text(), self.scrutineer.text(),
                self.version)):
            return False
        if self.confirm and QMessageBox.question(
                self, self.tr("Clore la séance"),
                self.tr("Clore la séance ? Présence et votes ne pourront plus être modifiés ; une erreur se "
                        "corrigera par un erratum joint au procès-verbal.")) != QMessageBox.StandardButton.Yes:
            return False
        return self.run(lambda: wizard.services.assemblies.close(wizard.saved_id(), self.version))
