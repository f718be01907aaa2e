"""Page 5: the officers who sign, the session's opening and closing hours, a last look at the results,
and closing the session."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit

from gcsms_desktop.domain.assembly import Assembly, AssemblyState
from gcsms_desktop.domain.assembly_checks import check_can_close, check_session_hours
from gcsms_desktop.domain.french import typography
from gcsms_desktop.domain.problems import Problem
from gcsms_desktop.gui.operations import LARGE_GROUPEMENT
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
        form.addRow(typography(self.tr("Président de séance :")), self.president)
        form.addRow(typography(self.tr("Secrétaire de séance :")), self.secretary)
        form.addRow(typography(self.tr("Scrutateur :")), self.scrutineer)
        self.opened_at = QLineEdit()
        self.opened_at.setObjectName("openedAt")
        self.opened_at.setPlaceholderText(self.tr("HH:MM, par exemple 14:05"))
        self.closed_at = QLineEdit()
        self.closed_at.setObjectName("closedAt")
        self.closed_at.setPlaceholderText(self.tr("HH:MM, par exemple 16:40"))
        for hour in (self.opened_at, self.closed_at):
            hour.setMaximumWidth(hour.fontMetrics().horizontalAdvance("HH:MM, par exemple 16:40") + 24)
        form.addRow(typography(self.tr("Séance ouverte à :")), self.opened_at)
        form.addRow(typography(self.tr("Séance levée à :")), self.closed_at)
        self.layout_.addLayout(form)
        self.register(self.president, self.secretary, self.scrutineer, self.opened_at, self.closed_at)
        self.summary = plain(QLabel())
        self.summary.setObjectName("resultSummary")
        self.summary.setWordWrap(True)
        self.layout_.addWidget(self.summary)
        self.layout_.addStretch()

    def load(self) -> None:
        record = self.record
        a = record.assembly
        self.president.setText(a.president or record.president_default)
        self.secretary.setText(a.secretary)
        self.scrutineer.setText(a.scrutineer)
        self.opened_at.setText(a.opened_at)
        self.closed_at.setText(a.closed_at)
        lines = [record.result.quorum.explanation]
        for number, item, outcome in record.result.outcomes:
            lines.append(f"{number}. {item.title} : {outcome_word(outcome)}")
        self.summary.setText(typography("\n".join(lines)))

    def _officers(self) -> Assembly:
        return replace(self.record.assembly, president=self.president.text().strip(),
                       secretary=self.secretary.text().strip(), scrutineer=self.scrutineer.text().strip(),
                       opened_at=_clock(self.opened_at.text()), closed_at=_clock(self.closed_at.text()))

    def problems(self) -> list[Problem]:
        """Art. 13-2: officers named; attendance lawful and every vote recorded (R312-194-20, -22)."""
        record = self.record
        if record.assembly.state is not AssemblyState.CONVENED:
            return []
        officers = self._officers()
        return (check_can_close(officers, record.result, record.member_names, record.proxies_allowed)
                + check_session_hours(officers.opened_at, officers.closed_at))

    def save(self) -> bool:
        wizard = self.assembly_wizard
        if self.record.assembly.state is not AssemblyState.CONVENED:
            return True
        officers = self._officers()
        if not self.run(lambda: wizard.services.assemblies.set_officers(
                wizard.saved_id(), officers.president, officers.secretary, officers.scrutineer, self.version,
                officers.opened_at, officers.closed_at)):
            return False
        # No « Clore la séance ? » question after the « Clore la séance » button (issue 14: a wasted click);
        # the page's subtitle says that the séance closed no longer changes, an erratum corrects it.
        assembly_id, version = wizard.saved_id(), self.version
        close = lambda: wizard.services.assemblies.close(assembly_id, version)  # noqa: E731 - run now or later
        if len(self.record.members) <= LARGE_GROUPEMENT:
            return self.run(close)
        # A large groupement: the outcomes are computed and stored in a worker thread behind the progress
        # dialog; the wizard closes once they are (this page's check then finds the séance closed).
        self.run_in_background(close, self.tr("Clôture de la séance…"), wizard.accept)
        return False


def _clock(text: str) -> str:
    """« 9:05 » → « 09:05 », « 14h05 » → « 14:05 »; anything else is left for the domain to refuse."""
    hours, sep, minutes = text.strip().lower().replace("h", ":", 1).partition(":")
    minutes = minutes or ("00" if sep else "")
    if sep and hours.strip().isdigit() and minutes.strip().isdigit() and len(hours.strip()) <= 2:
        return f"{int(hours):02d}:{minutes.strip()}"
    return text.strip()
