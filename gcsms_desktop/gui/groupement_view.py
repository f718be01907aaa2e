"""The right-hand panel: identity, members with droits, capital table of one groupement."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from gcsms_desktop.domain.french import format_date, format_euros, group_thousands, typography
from gcsms_desktop.domain.groupement import Groupement
from gcsms_desktop.domain.history import History
from gcsms_desktop.domain.legal_personality import legal_personality_text
from gcsms_desktop.domain.statut import accounting_regime
from gcsms_desktop.gui.member_actions import Context, MemberTableActions
from gcsms_desktop.gui.table_models import (
    MembersTableModel, PartsTableModel, fit_columns, member_rows, part_rows, read_only_view,
)
from gcsms_desktop.gui.widgets import plain
from gcsms_desktop.paths import examples_dir


@dataclass(frozen=True)
class GroupementRows:
    """What the view shows, computed without widgets (off the GUI thread for a large groupement)."""

    groupement: Groupement | None
    members: list[list[str]]
    parts: list[list[str]]
    today: date | None = None  # the services' clock (services.clock): is the groupement a legal person yet?
    keys: list[str] = field(default_factory=list)  # the member of each row (its card, its corrections)
    administrator: str | None = None  # the administrateur in office today, from the history (art. 14)


def groupement_rows(g: Groupement | None, today: date | None = None, history: History | None = None
                    ) -> GroupementRows:
    """With ``history``, the representatives shown are those in office ``today`` (art. 13-1), and the
    administrateur in office then (art. 14)."""
    on = today or date.today()
    in_office = (lambda m: history.member_on(m, on)) if history is not None else None
    keys = [m.key for m in g.members] if g is not None else []
    return GroupementRows(g, member_rows(g, in_office), part_rows(g), today, keys, _in_office(history, today))


def _in_office(history: History | None, today: date | None) -> str | None:
    """« Paul Texier (EHPAD …), jusqu'au 14 janvier 2033 », or the vacancy (R. 312-194-23)."""
    if history is None or today is None or not history.administration.offices:
        return None
    office = history.office(today)
    if office is None:
        last = next((o for o in reversed(history.administration.offices) if o.ends_on and o.ends_on < today), None)
        ended = (f" (le mandat de {last.person_name}, {history.name(last.member_key)}, a pris fin le "
                 f"{format_date(last.ends_on)})" if last is not None and last.ends_on else "")
        return typography(f"aucun administrateur en fonctions{ended} : à élire par l'assemblée générale "
                          "(art. R. 312-194-21 3°)")
    until = f", jusqu'au {format_date(office.ends_on)}" if office.ends_on else ""
    return typography(f"{office.person_name} ({history.name(office.member_key)}){until}")


class GroupementView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupementView")
        self.title = plain(QLabel())
        self.title.setObjectName("groupementTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.fields: dict[str, QLabel] = {}
        identity = QGroupBox(self.tr("Identité"))
        form = QFormLayout(identity)
        for key, label in (("statut", self.tr("Statut")), ("seat", self.tr("Siège")), ("duration", self.tr("Durée")),
                           ("capital", self.tr("Capital")), ("regime", self.tr("Comptabilité")),
                           ("signature", self.tr("Signature")), ("person", self.tr("Personnalité morale")),
                           ("administrator", self.tr("Administrateur"))):
            value = plain(QLabel())
            value.setWordWrap(True)
            value.setObjectName(f"field_{key}")
            self.fields[key] = value
            form.addRow(label + " :", value)
        self.members_model = MembersTableModel(self, [self.tr("Membre"), self.tr("Nature"), self.tr("Représentants"),
                                                      self.tr("Droits sociaux"), self.tr("Fraction")])
        self.parts_model = PartsTableModel(self, [self.tr("Membre"), self.tr("Numéros"), self.tr("Nombre de parts"),
                                                  self.tr("Valeur")])
        self.members_table = read_only_view("membersTable", self.members_model, 0)
        self.context: Context = lambda: None  # the window tells which base and groupement are shown
        self.member_actions = MemberTableActions(self.members_table, lambda: self.context())
        self.parts_table = read_only_view("partsTable", self.parts_model, 0)
        members_box = QGroupBox(self.tr("Membres et droits sociaux"))
        QVBoxLayout(members_box).addWidget(self.members_table)
        self.parts_box = QGroupBox(self.tr("Capital : parts sociales"))
        QVBoxLayout(self.parts_box).addWidget(self.parts_table)
        empty = self.tr("Choisissez un groupement dans la liste, créez-en un avec « Fichier › Nouveau groupement… » "
                        "(Ctrl+N), ou importez un fichier JSON avec « Fichier › Importer un fichier JSON… » "
                        "(Ctrl+I) ; des exemples sont fournis dans le dossier « {folder} ».")
        self.empty = QLabel(empty.format(folder=examples_dir()))
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        for widget in (self.empty, self.title, identity, members_box, self.parts_box):
            layout.addWidget(widget)
        self.content = (self.title, identity, members_box, self.parts_box)
        self.show_groupement(None)

    def show_groupement(self, g: Groupement | None) -> None:
        self.show_rows(groupement_rows(g))

    def show_rows(self, rows: GroupementRows) -> None:
        g = rows.groupement
        self.empty.setVisible(g is None)
        for widget in self.content:
            widget.setVisible(g is not None)
        self.members_model.set_rows(rows.members, rows.keys)
        self.parts_model.set_rows(rows.parts)
        for table in (self.members_table, self.parts_table):
            fit_columns(table)
        if g is None:
            return
        self.parts_box.setVisible(g.capital is not None)
        self.title.setText(g.denomination)
        self.fields["statut"].setText(g.statut.label if g.statut else self.tr("à choisir"))
        self.fields["seat"].setText(g.seat_address)
        self.fields["duration"].setText(g.duration.text())
        capital = (self.tr("sans capital") if g.capital is None else self.tr("{0} ({1} parts de {2})").format(
            format_euros(g.capital.total_cents), group_thousands(g.capital.total_parts),
            format_euros(g.capital.unit_value_cents)))
        self.fields["capital"].setText(capital)
        regime = accounting_regime(g.statut, g.exercises_missions, g.members) if g.statut else None
        self.fields["regime"].setText(regime.label if regime else "")
        self.fields["signature"].setText(
            f"{format_date(g.dates.signature)}, {g.signature_place}" if g.dates.signature else self.tr("non signée"))
        self.fields["person"].setText(legal_personality_text(g.legal_personality_from, rows.today or date.today()))
        if rows.administrator is not None:
            self.fields["administrator"].setText(rows.administrator)
            return
        a = g.administrator
        holder = g.member(a.member_key) if a else None
        self.fields["administrator"].setText(f"{a.person_name} ({holder.name if holder else a.member_key})" if a else
                                             self.tr("à élire par la première assemblée générale"))
