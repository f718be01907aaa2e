"""Page 3: the objet — R312-194-4 1°–4° and L312-7 3° a)–e) as check boxes, plus free text."""

from __future__ import annotations

from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QLabel, QPlainTextEdit

from gcsms_desktop.domain.french import typography
from gcsms_desktop.domain.missions import Mission
from gcsms_desktop.gui.widgets import leaves_on_tab
from gcsms_desktop.gui.wizards.creation.page import CreationPage


class _ToggleLabel(QLabel):
    """A mission's text: a click on it toggles the mission's box."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.box = box

    def mousePressEvent(self, _event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self.box.toggle()


class ObjetPage(CreationPage):
    key = "objet"
    subtitle = "Ce que le groupement permet à ses membres de faire ensemble (article 4)."

    def build(self) -> None:
        self.boxes: dict[Mission, QCheckBox] = {}
        for title, prefix in ((self.tr("Missions types (art. R. 312-194-4)"), "R312"),
                              (self.tr("Missions propres aux GCSMS (art. L. 312-7, 3°)"), "L312")):
            group = QGroupBox(title)
            grid = QGridLayout(group)
            grid.setColumnStretch(1, 1)
            for mission in (m for m in Mission if m.value.startswith(prefix)):
                box = QCheckBox(mission.reference)
                box.setObjectName(f"mission_{mission.name}")
                label = _ToggleLabel(mission.label[0].upper() + mission.label[1:] + ".", box)  # the text toggles too
                label.setWordWrap(True)
                label.setBuddy(box)
                self.boxes[mission] = box
                row = grid.rowCount()
                grid.addWidget(box, row, 0)
                grid.addWidget(label, row, 1)
            self.layout_.addWidget(group)
        self.protocol_hint = QLabel(self.tr("L'exercice direct de missions ou la préparation de fusions imposent "
                                            "d'annexer un protocole (art. R. 312-194-8)."))
        self.protocol_hint.setWordWrap(True)
        self.layout_.addWidget(self.protocol_hint)
        self.layout_.addWidget(QLabel(typography(self.tr("Précisions sur l'objet (texte libre) :"))))
        self.text = leaves_on_tab(QPlainTextEdit())
        self.text.setObjectName("objectText")
        self.text.setMaximumHeight(90)
        self.layout_.addWidget(self.text)

    def load(self) -> None:
        g = self.state.groupement
        for mission, box in self.boxes.items():
            box.setChecked(mission in g.missions)
        self.text.setPlainText(g.object_text)

    def store(self) -> None:
        self.state.update(missions=frozenset(m for m, box in self.boxes.items() if box.isChecked()),
                          object_text=self.text.toPlainText().strip())
