"""A director creates a groupement with the wizard, end to end, then finds it in the database."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWizard

from gcsms_desktop.domain.capital import PartBlock
from gcsms_desktop.domain.missions import Mission
from gcsms_desktop.domain.statut import Statut
from gcsms_desktop.gui.dialogs.member_dialog import MemberDialog
from gcsms_desktop.services.context import open_services
from tests.gui.typing import type_text

MEMBERS = [
    ("Centre hospitalier de Vitré", "CHV", "établissement de santé", "droit public", "Didier Lemoine", "directeur"),
    ("Association Ty Coz", "TYC", None, "droit privé", "Yann Morvan", "président"),
    ("CCAS de La Guerche", "CCAS", "CCAS ou CIAS", "droit public", "Odile Martin", "vice-présidente"),
]


def click_next(qtbot, wizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def fill_member_dialog(qtbot, name, sigle, category, sector, rep, capacity) -> None:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, MemberDialog)
    type_text(qtbot, dialog.name, name)
    type_text(qtbot, dialog.short_name, sigle)
    if category:
        dialog.category.setCurrentIndex(dialog.category.findText(category, Qt.MatchFlag.MatchStartsWith))
    dialog.sector.setCurrentIndex(dialog.sector.findText(sector))
    type_text(qtbot, dialog.address, f"1 place de la Mairie, {name}")
    dialog.set_representative(0, rep, capacity)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def add_member(qtbot, page, *fields) -> None:
    QTimer.singleShot(0, lambda: fill_member_dialog(qtbot, *fields))
    qtbot.mouseClick(page.findChild(object, "addMember"), Qt.MouseButton.LeftButton)


def test_wizard_creates_a_groupement_saved_in_one_transaction(qtbot, window, db_path):
    wizard = window.new_groupement()
    assert wizard.button(QWizard.WizardButton.NextButton).text().replace("&", "").startswith("Suivant")
    assert wizard.button(QWizard.WizardButton.CancelButton).text().replace("&", "") == "Annuler"

    identity = wizard.pages["identity"]
    type_text(qtbot, identity.denomination, "GCSMS du Pays de Vitré")
    click_next(qtbot, wizard)
    assert wizard.currentPage() is identity, "the mention of R312-194-17 is missing"
    assert "(art.\u00a0R.\u00a0312-194-17 du CASF)" in identity.error_label.text()
    identity.denomination.clear()
    type_text(qtbot, identity.denomination, "Groupement de coopération sociale du Pays de Vitré")
    click_next(qtbot, wizard)

    members = wizard.pages["members"]
    assert wizard.currentPage() is members
    click_next(qtbot, wizard)
    assert "au moins deux membres" in members.error_label.text()
    for fields in MEMBERS:
        add_member(qtbot, members, *fields)
    assert members.table.rowCount() == 3
    click_next(qtbot, wizard)

    objet = wizard.pages["objet"]
    assert wizard.currentPage() is objet
    objet.boxes[Mission.SHARED_EQUIPMENT].setChecked(True)
    click_next(qtbot, wizard)

    statut = wizard.pages["statut"]
    assert "choisissent" in statut.reason.text()
    click_next(qtbot, wizard)
    assert wizard.currentPage() is statut, "a mixed membership must choose"
    statut.buttons[Statut.PUBLIC].click()
    assert "R. 314-" in statut.regime.text() or "comptabilité publique" in statut.regime.text()
    click_next(qtbot, wizard)

    seat = wizard.pages["seat"]
    type_text(qtbot, seat.seat, "30 route de Rennes, 35500 Vitré")
    type_text(qtbot, seat.place, "Vitré")
    seat.dates["signature"].known.setChecked(True)
    click_next(qtbot, wizard)

    capital = wizard.pages["capital"]
    capital.with_capital.click()
    capital.unit_value.clear()
    type_text(qtbot, capital.unit_value, "2 500")
    for row, count in enumerate((26, 28, 46)):
        capital.parts_spin(row).setValue(count)
    assert capital.totals.text() == (
        "Total\u00a0: 100\u00a0parts de 2\u202f500\u00a0€, soit un capital de 250\u202f000\u00a0€.")
    assert capital.table.item(1, 2).text() == "nos 27 à 54"
    click_next(qtbot, wizard)

    governance = wizard.pages["governance"]
    assert governance.proxies.isEnabled()
    governance.administrator.setCurrentIndex(1)
    click_next(qtbot, wizard)

    review = wizard.pages["review"]
    assert wizard.currentPage() is review
    assert "Aucun problème" in review.browser.toPlainText()
    assert "Didier Lemoine" in review.browser.toPlainText()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.isVisible())

    assert window.groupement_list.count() == 1
    assert "Pays de Vitré" in window.view.title.text()
    assert window.services.drafts.list() == [], "the autosaved draft is gone once the groupement is saved"
    reopened = open_services(db_path)
    try:
        g = reopened.groupements.get("Groupement de coopération sociale du Pays de Vitré")
    finally:
        reopened.close()
    assert [m.name for m in g.members] == [m[0] for m in MEMBERS]
    assert g.statut is Statut.PUBLIC and g.missions == frozenset({Mission.SHARED_EQUIPMENT})
    assert g.capital is not None and g.administrator is not None
    assert g.capital.blocks == (PartBlock("CHV", 1, 26), PartBlock("TYC", 27, 54), PartBlock("CCAS", 55, 100))
    assert g.capital.unit_value_cents == 250000
    assert g.administrator.person_name == "Didier Lemoine"
    assert g.members[0].representatives[0].capacity == "directeur"


def test_closing_a_filled_wizard_offers_a_draft_that_can_be_resumed(qtbot, window, monkeypatch):
    wizard = window.new_groupement()
    type_text(qtbot, wizard.pages["identity"].denomination, "Groupement de coopération sociale à finir")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    wizard.reject()
    assert not wizard.isVisible()
    drafts = window.services.drafts.list()
    assert [d.title for d in drafts] == ["Groupement de coopération sociale à finir"]
    assert window.resume_action.isEnabled()
    resumed = window.new_groupement(draft_id=drafts[0].id)
    assert resumed.pages["identity"].denomination.text() == "Groupement de coopération sociale à finir"


def test_cancel_on_close_keeps_the_wizard_open(qtbot, window, monkeypatch):
    wizard = window.new_groupement()
    type_text(qtbot, wizard.pages["identity"].denomination, "Groupement de coopération sociale X")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    wizard.reject()
    assert wizard.isVisible()
    assert window.services.drafts.list() == []


def test_review_lists_problems_with_links_back_to_their_page(qtbot, window):
    draft = {"denomination": "Groupement de coopération sociale incomplet",
             "members": [{"key": "A", "name": "Seul membre", "address": "1 rue Haute, Vitré",
                          "representatives": [{"name": "Jean Guérin", "capacity": "président"}]}]}
    wizard = window.new_groupement(draft_id=window.services.drafts.save(None, draft))
    review = wizard.pages["review"]
    review.initializePage()
    assert not review.isComplete(), "« Terminer » stays disabled while there is an error"
    html = review.browser.toHtml()
    text = review.browser.toPlainText()
    assert "au moins deux membres (art. R. 312-194-1 du CASF) : 1 saisi." in text
    assert "corriger (Membres et représentants)" in text and 'href="page:members"' in html
    assert "L’objet du groupement doit être précisé" in text.replace("'", "’")
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.pages["members"], "the members page itself refuses one member"
    review._link(QUrl("page:identity"))
    assert wizard.currentPage() is wizard.pages["identity"]


def test_each_page_change_autosaves_a_draft_so_a_crash_loses_little(qtbot, window, monkeypatch):
    wizard = window.new_groupement()
    type_text(qtbot, wizard.pages["identity"].denomination, "Groupement de coopération sociale du Bocage")
    click_next(qtbot, wizard)
    drafts = window.services.drafts.list()
    assert [d.title for d in drafts] == ["Groupement de coopération sociale du Bocage"]
    assert window.services.drafts.load(drafts[0].id)["denomination"] == "Groupement de coopération sociale du Bocage"
    asked = []

    def question(*a, **_k):
        asked.append(a[2])
        return QMessageBox.StandardButton.Discard
    monkeypatch.setattr(QMessageBox, "question", question)
    wizard.reject()
    assert len(asked) == 1, "an autosave is not the user's save: closing still asks"
    assert window.services.drafts.list() == [], "« Ne pas enregistrer » removes the draft this wizard autosaved"


def test_discarding_a_resumed_draft_puts_back_what_the_user_had_saved(qtbot, window, monkeypatch):
    draft_id = window.services.drafts.save(None, {"denomination": "Groupement de coopération sociale ancien nom"})
    wizard = window.new_groupement(draft_id=draft_id)
    identity = wizard.pages["identity"]
    identity.denomination.clear()
    type_text(qtbot, identity.denomination, "Groupement de coopération sociale nouveau nom")
    click_next(qtbot, wizard)
    assert window.services.drafts.load(draft_id)["denomination"] == "Groupement de coopération sociale nouveau nom"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    wizard.reject()
    assert window.services.drafts.load(draft_id)["denomination"] == "Groupement de coopération sociale ancien nom"


def test_the_wizard_holds_domain_objects_and_uses_the_file_format_only_for_drafts(qtbot, window):
    """The capital page's amounts come from the domain; a draft is the file format's object and reads
    back to the same groupement, associés included."""
    from gcsms_desktop.domain.groupement import Groupement
    from gcsms_desktop.domain.members import Associate
    from gcsms_desktop.interchange.groupement_json import groupement_to_dict
    from tests.factories import member

    start = Groupement("Groupement de coopération sociale des Marais", (member("A"), member("B")),
                       seat_address="1 rue Haute, Vitré", missions=frozenset({Mission.SHARED_EQUIPMENT}),
                       associates=(Associate("Léa Roux", "ergothérapeute"),))
    wizard = window.new_groupement(draft_id=window.services.drafts.save(None, groupement_to_dict(start)))
    assert wizard.state.groupement == start
    for _ in range(5):
        wizard.next()
    capital = wizard.pages["capital"]
    assert wizard.currentPage() is capital
    capital.with_capital.click()
    capital.unit_value.clear()
    type_text(qtbot, capital.unit_value, "500")
    capital.parts_spin(0).setValue(10)
    capital.parts_spin(1).setValue(7)
    assert capital.table.item(1, 5).text() == "3\u202f500\u00a0€"
    capital.store()
    g = wizard.state.groupement
    assert [c.value_cents for c in g.capital.contributions] == [500_000, 350_000]
    assert g.capital.blocks == (PartBlock("A", 1, 10), PartBlock("B", 11, 17))
    wizard.save_draft()
    draft = window.services.drafts.load(wizard.draft_id)
    assert draft["capital"]["unit_value_cents"] == 50_000 and draft["associates"][0]["name"] == "Léa Roux"
    resumed = window.new_groupement(draft_id=wizard.draft_id)
    assert resumed.state.groupement == g
    resumed.next()
    assert resumed.pages["members"].associates.item(0, 0).text() == "Léa Roux", "kept when the page is filled"
    assert resumed.state.groupement.associates == g.associates
