"""Render the README's pictures: the wizard's pages, the main window, the convention's first page.

Usage: QT_QPA_PLATFORM=offscreen python scripts/make_screenshots.py [OUTPUT_DIR]
Needs pdftoppm (Debian: poppler-utils) for the PDF page. Uses a temporary database.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import cast

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402

from gcsms_desktop.app import make_application  # noqa: E402
from gcsms_desktop.gui.main_window import MainWindow  # noqa: E402
from gcsms_desktop.gui.settings import Settings  # noqa: E402
from gcsms_desktop.gui.wizards.creation.page import CreationPage  # noqa: E402
from gcsms_desktop.services.context import open_services  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "gcsms_desktop" / "resources" / "examples" / "pays-de-vitre-100-parts.json"


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp())
    app = make_application([])
    services = open_services(work / "demo.sqlite")
    text = EXAMPLE.read_text(encoding="utf-8")
    groupement_id = services.groupements.import_json(text)
    draft = json.loads(text)["groupement"]
    draft["denomination"] = draft["denomination"].replace("Pays de Vitré", "Pays de Vitré (brouillon)")
    draft_id = services.drafts.save(None, draft)
    window = MainWindow(services, open_services, Settings(QSettings(str(work / "s.ini"), QSettings.Format.IniFormat)))
    window.resize(1100, 700)
    window.show()
    window.refresh(select_id=groupement_id)
    app.processEvents()
    window.grab().save(str(out / "main-window.png"))
    wizard = window.new_groupement(draft_id=draft_id)
    for index in range(len(wizard.pages)):
        app.processEvents()
        wizard.grab().save(str(out / f"wizard-{index + 1}-{cast(CreationPage, wizard.currentPage()).key}.png"))
        wizard.next()
    pdf = work / "convention.pdf"
    pdf.write_bytes(services.printing.convention(groupement_id, printed_on=date(2026, 11, 22)))
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "4", str(pdf), str(out / "convention")],
                       check=True)
    shutil.copy(pdf, out / "convention-exemple.pdf")
    membership_screens(app, window, services, groupement_id, out, work)
    assembly_screens(app, window, services, out, work)
    services.close()


def membership_screens(app, window, services, gid: int, out: Path, work: Path) -> None:  # noqa: ANN001
    """Pays de Vitré through an admission, a transfer and a withdrawal: the tab, the registre, an avenant."""
    from gcsms_desktop.domain.changes import Admission, Change, Deliberation, PartTransfer, Withdrawal
    from gcsms_desktop.domain.groupement import ApprovalDates
    from gcsms_desktop.domain.matters import Matter
    from gcsms_desktop.domain.members import Member, Representative

    genets = Member("GEN", "Association Les Genêts", address="4 rue des Genêts, 35500 Vitré",
                    representatives=(Representative("Claire Morel", "présidente"),))
    m = services.membership
    number = m.record(gid, Change(date(2026, 12, 15), Admission(genets, 20), Deliberation(
        date(2026, 12, 15), "2026-2", Matter.ADMISSION, True, True)))
    m.set_avenant_dates(gid, number, ApprovalDates(date(2026, 12, 16), date(2026, 12, 18), date(2027, 1, 20),
                                                   date(2027, 2, 1)))
    m.record(gid, Change(date(2027, 6, 1), PartTransfer("B", 50, 54, buyer_key="GEN"), Deliberation(
        date(2027, 5, 20), "2027-4", Matter.CONVENTION_CHANGE, True, True)))
    m.record(gid, Change(date(2027, 9, 1), Withdrawal("C", debts_cents=1_250_000)))
    window.refresh(select_id=gid)
    window.tabs.setCurrentWidget(window.membership)
    window.membership.today = date(2027, 10, 1)
    window.membership.show_groupement(services, gid)
    window.membership.set_date(date(2028, 1, 1))
    app.processEvents()
    window.grab().save(str(out / "membership-panel.png"))
    for name, pdf_bytes in (("shares-register", services.printing.shares_register(gid, date(2029, 1, 1))),
                            ("avenant", services.printing.avenant(gid, 1, date(2026, 12, 16)))):
        pdf = work / f"{name}.pdf"
        pdf.write_bytes(pdf_bytes)
        if shutil.which("pdftoppm"):
            subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), str(out / name)],
                           check=True)


def assembly_screens(app, window, services, out: Path, work: Path) -> None:  # noqa: ANN001
    """The Tilleuls (17 members): attendance and votes pages of the wizard, then the signed PV."""
    from gcsms_desktop.domain.assembly import AgendaItem, Assembly
    from gcsms_desktop.domain.attendance import Presence
    from gcsms_desktop.domain.majority import Choice
    from gcsms_desktop.domain.matters import Matter

    gid = services.groupements.import_json((EXAMPLE.parent / "tilleuls-17-parts.json").read_text(encoding="utf-8"))
    agenda = (AgendaItem(Matter.ACCOUNTS, "Approbation des comptes 2025",
                         "L'assemblée générale approuve les comptes de l'exercice 2025."),
              AgendaItem(Matter.ADMISSION, "Admission de l'association Les Genêts",
                         "L'assemblée générale admet l'association Les Genêts comme membre du groupement."),
              AgendaItem(Matter.OTHER, "Questions diverses"))
    aid = services.assemblies.prepare(gid, Assembly(date(2026, 12, 15), "Salle du conseil, 12 rue de la Paix, Rennes",
                                                    "14:30", agenda=agenda))
    services.assemblies.convene(aid, date(2026, 11, 30))
    window.refresh(select_id=gid)
    window.tabs.setCurrentWidget(window.assemblies)
    window.assemblies.show_groupement(services, gid, select=aid)
    wizard = window.assemblies.continue_selected()
    page = wizard.currentPage()
    keys = [m.key for m in services.assemblies.record(aid).members]
    for key in keys[:9]:
        page.set_presence(key, Presence.PRESENT)
    page.set_presence(keys[9], Presence.REPRESENTED, keys[0])
    app.processEvents()
    wizard.grab().save(str(out / "assembly-3-attendance.png"))
    wizard.next()
    votes = wizard.currentPage()
    votes.set_all(Choice.FOR)
    votes.items.setCurrentRow(1)
    votes.set_all(Choice.FOR)
    votes.set_vote(keys[2], Choice.ABSTENTION)
    app.processEvents()
    wizard.grab().save(str(out / "assembly-4-votes.png"))
    wizard.next()
    close = wizard.currentPage()
    close.secretary.setText("Paul Durand")
    close.scrutineer.setText("Anne Petit")
    close.confirm = False
    close.validatePage()  # the last page: « Clore la séance »
    wizard.reject()
    services.assemblies.sign(aid, date(2026, 12, 16))
    pdf = work / "pv.pdf"
    pdf.write_bytes(services.printing.minutes(gid, aid))
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "2", str(pdf), str(out / "minutes")],
                       check=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "images")
