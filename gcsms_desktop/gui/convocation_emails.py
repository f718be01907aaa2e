"""« Préparer les courriels »: one ``.eml`` per member with an e-mail address, written into
Documents/<groupement>/<date> AG — courriels de convocation, a folder then opened for the user to send
them from their own mail program; the members without an address are named, to be sent by post."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from gcsms_desktop.domain.assembly_record import AssemblyRecord
from gcsms_desktop.domain.french import format_date, typography
from gcsms_desktop.gui import operations
from gcsms_desktop.gui.pdf_output import documents_folder
from gcsms_desktop.gui.saved_notice import offer_to_open
from gcsms_desktop.gui.widgets import message_text
from gcsms_desktop.services.context import Services
from gcsms_desktop.services.printing import ConvocationMailing, save_emails


def tr(text: str) -> str:
    return QCoreApplication.translate("convocation_emails", text)


def emails_folder(record: AssemblyRecord) -> Path:
    meeting = record.assembly.meeting_date
    return documents_folder(record.groupement.denomination) / f"{meeting:%Y-%m-%d} AG — courriels de convocation"


def open_in_system(path: Path) -> None:
    """The user's file manager (or mail program) on ``path``."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def summary(mailing: ConvocationMailing) -> str:
    post = [name for name, _ in mailing.by_post]
    text = tr("{0} courriel(s) prêt(s) à envoyer, lettre et pouvoir joints.").format(len(mailing.emails))
    if post:
        text += " " + tr("Par la poste (sans adresse électronique) : {0}.").format(", ".join(post))
    return typography(text)


def prepare_emails(parent: QWidget, services: Services, groupement_id: int, record: AssemblyRecord,
                   sent_on: date | None = None) -> ConvocationMailing | None:
    """Write the e-mails (for an assembly in preparation, dated ``sent_on``, checked as convening would
    check it), open their folder, and say who goes by post. Nothing is recorded here."""
    assembly_id = record.assembly.id
    assert assembly_id is not None  # a record shown comes from the open base
    folder = emails_folder(record)

    def work() -> ConvocationMailing:
        mailing = services.printing.convocation_emails(groupement_id, assembly_id, sent_on)
        if mailing.emails:
            save_emails(folder, mailing)
        return mailing

    done = operations.perform(parent, work)
    if done is None:
        return None
    mailing = done.value
    if not mailing.emails:
        QMessageBox.information(parent, tr("Courriels de convocation"), message_text(typography(tr(
            "Aucun membre n'a d'adresse électronique : les {0} convocations partent par la poste (Imprimer › "
            "Convocations). Une adresse se saisit dans la fiche du membre.").format(len(mailing.by_post)))))
        return mailing
    open_in_system(folder)
    short = tr("{0} courriel(s) prêt(s) dans « {1} »").format(len(mailing.emails), folder.name)
    if mailing.by_post:
        short += tr(" ; {0} membre(s) par la poste").format(len(mailing.by_post))
    offer_to_open(parent, folder, typography(short), summary(mailing))
    return mailing


def confirm_sending(parent: QWidget, mailing: ConvocationMailing) -> bool:
    """Asked once the e-mails are ready: were the convocations sent on the date they carry?"""
    text = tr("{0}\n\nEnvoyez-les depuis votre messagerie (le dossier est ouvert), puis confirmez : "
              "convocations envoyées le {1} ? La date est enregistrée et vérifiée contre le délai de "
              "convocation (art. R. 312-194-20).").format(summary(mailing), format_date(mailing.sent_on))
    answer = QMessageBox.question(parent, tr("Envoi des convocations"), message_text(typography(text)))
    return answer == QMessageBox.StandardButton.Yes
