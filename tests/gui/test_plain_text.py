"""Names full of markup are shown as typed: no image, link or large red text in a label.

A name imported from a file could hold ``<img src=…>``, a link, or ``<span style=…>ADOPTÉE</span>``
that would fake a displayed result; every widget showing user data uses plain text, and the few
rich-text labels escape the data.
"""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel

from gcsms_desktop.gui.widgets import message_text
from tests.conftest import EXAMPLES

IMAGE = '<img src="/etc/passwd">'
LINK = '<a href="https://exemple.invalid/piege">cliquez ici</a>'
FAKE_RESULT = '<span style="font-size:40pt;color:red">ADOPTÉE</span>'
PERSON = "Didier <i>Lemoine</i>"


def marked_up_groupement() -> str:
    data = json.loads((EXAMPLES / "pays-de-vitre-100-parts.json").read_text(encoding="utf-8"))
    g = data["groupement"]
    g["denomination"] = f"Groupement de coopération sociale {IMAGE} {LINK}"
    g["seat_address"] = f"{FAKE_RESULT} 30 route de Rennes"
    g["members"][0]["name"] = f"Centre {LINK}"
    g["members"][0]["representatives"][0]["name"] = PERSON
    g["administrator"]["person_name"] = PERSON
    data["assemblies"] = [{
        "meeting_date": "2027-03-01", "place": FAKE_RESULT, "state": "held", "convocation_date": "2027-02-01",
        "president": PERSON, "secretary": "Anne Roux", "scrutineer": "Paul Morel",
        "agenda": [{"matter": "other", "title": f"Budget {FAKE_RESULT}", "resolution": f"Texte {IMAGE}",
                    "deliberation_number": "2027-1", "votes": {"A": "for", "B": "for", "C": "for"}}],
        "attendance": [{"member": key, "presence": "present", "representative": "X"} for key in "ABC"],
        "droits": {"total": "100", "votes": {"A": "26", "B": "28", "C": "46"}},
    }]
    return json.dumps(data, ensure_ascii=False)


def shown_text(label: QLabel) -> str:
    """What the user reads: the label's text as Qt renders it (rich or plain)."""
    if label.textFormat() == Qt.TextFormat.PlainText:
        return label.text()
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


def test_an_imported_name_full_of_markup_is_shown_literally(qtbot, window):
    groupement_id = window.services.groupements.import_json(marked_up_groupement())
    window.refresh(select_id=groupement_id)
    title = window.view.findChild(QLabel, "groupementTitle")
    assert title.textFormat() == Qt.TextFormat.PlainText
    assert IMAGE in title.text() and LINK in title.text()
    seat = window.view.findChild(QLabel, "field_seat")
    assert seat.textFormat() == Qt.TextFormat.PlainText and FAKE_RESULT in seat.text()
    administrator = window.view.findChild(QLabel, "field_administrator")
    assert PERSON in shown_text(administrator) and LINK in shown_text(administrator)
    assert window.groupement_list.item(0).text().endswith(LINK)


def test_the_assembly_result_escapes_titles_in_its_rich_text(qtbot, window):
    groupement_id = window.services.groupements.import_json(marked_up_groupement())
    window.refresh(select_id=groupement_id)
    result = window.assemblies.findChild(QLabel, "assemblyResult")
    qtbot.waitUntil(lambda: "Budget" in shown_text(result))
    assert result.textFormat() == Qt.TextFormat.RichText  # bold headings…
    assert f"Budget {FAKE_RESULT}" in shown_text(result)  # …and the title as typed, markup visible
    assert "<span" not in result.text() and "&lt;span" in result.text()


def test_every_label_showing_data_is_plain_or_escaped(qtbot, window):
    """No label of the main window guesses rich text from what it shows."""
    window.services.groupements.import_json(marked_up_groupement())
    window.refresh()
    for label in window.findChildren(QLabel):
        if any(marker in label.text() for marker in (IMAGE, LINK, FAKE_RESULT, PERSON)):
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()


def test_a_message_box_text_quoting_markup_is_shown_literally():
    text = f"Un groupement nommé « {FAKE_RESULT} » existe déjà dans cette base."
    document = QTextDocument()
    document.setHtml(message_text(text))
    assert FAKE_RESULT in document.toPlainText()
    assert message_text("Fichier refusé, rien n'a été enregistré :") == "Fichier refusé, rien n'a été enregistré :"


def test_an_erratum_with_a_bidi_override_is_refused_in_french(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    groupement_id = window.services.groupements.import_json(marked_up_groupement())
    window.refresh(select_id=groupement_id)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    assert not window.assemblies.add_erratum("Lire \u202e2 000 € au lieu de 20 000 €")
    assert shown and "Erratum refusé" in shown[0] and "U+202E" in shown[0]
    assembly_id = window.services.assemblies.list(groupement_id)[0].id
    assert window.services.assemblies.record(assembly_id).assembly.errata == ()
