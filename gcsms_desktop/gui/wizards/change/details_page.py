"""First page: what happens, by kind of change; the law's consequences shown as the user types."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox,
)

from gcsms_desktop.domain.act_dates import PAST_ACT_KINDS
from gcsms_desktop.domain.change_preview import consequence
from gcsms_desktop.domain.changes import (
    Admission, CapitalIncrease, CapitalReduction, Change, ChangeKind, Dissolution, Exclusion, PartTransfer, Payload,
    Withdrawal,
)
from gcsms_desktop.domain.exit_debts import outgoing_share
from gcsms_desktop.domain.french import group_thousands, parse_euros, sentence_case, typography
from gcsms_desktop.domain.problems import Problem
from gcsms_desktop.domain.history import History
from gcsms_desktop.domain.members import Member
from gcsms_desktop.gui.dialogs.member_dialog import MemberDialog
from gcsms_desktop.gui.wizards.change.amendment_fields import AmendmentFields
from gcsms_desktop.gui.widgets import date_edit, leaves_on_tab, no_later_than, plain, to_date
from gcsms_desktop.gui.wizards.page import WizardPage

THIRD_PARTY = "__third_party__"


class DetailsPage(WizardPage):
    """Collects the fields of ``kind``; ``change()`` builds the domain object (deliberation apart)."""

    key = "details"
    object_name = "changeDetailsPage"

    def __init__(self, history: History, kind: ChangeKind, today: date) -> None:
        self.history, self.kind, self.today = history, kind, today  # build() reads them
        super().__init__("")
        self.setTitle(typography(self.tr("{0} — ce qui se passe").format(sentence_case(kind.label))))
        self.act_date.dateChanged.connect(self._date_changed)
        self._update()

    def build(self) -> None:
        self.new_member: Member | None = None
        # the fields a kind does not use stay None
        self.member: QComboBox | None = None
        self.buyer: QComboBox | None = None
        self.parts: QSpinBox | None = None
        self.first: QSpinBox | None = None
        self.last: QSpinBox | None = None
        self.hearing: QDateEdit | None = None
        self.hearing_convened: QDateEdit | None = None
        self.debts: QLineEdit | None = None
        self.group_debts: QLineEdit | None = None  # the groupement's debts and charges, to propose the share
        self.debt_share: QLabel | None = None
        self.proposed_debts = ""  # the share last proposed: replaced by the next proposal unless edited
        self.reason: QLineEdit | None = None
        self.liquidators: QPlainTextEdit | None = None
        self.amendment_fields: AmendmentFields | None = None
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)  # fields at the top, the room left below them
        self.layout_.addStretch()
        self.act_date = date_edit("act_date", self.today)
        if self.kind in PAST_ACT_KINDS:  # a notice, a decision, a written cession: done by today
            no_later_than(self.act_date, self.today)
        self.form.addRow(typography(self.tr(ACT_LABELS[self.kind])), self.act_date)
        self.consequence = plain(QLabel())
        self.consequence.setObjectName("changeConsequence")
        self.consequence.setWordWrap(True)
        BUILDERS[self.kind](self)
        self.form.addRow(self.consequence)
        self.register(self.act_date)

    # --- fields by kind -------------------------------------------------------------------------

    def _members_combo(self, name: str, third_party: bool = False) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        self._fill_members(combo, third_party)
        combo.currentIndexChanged.connect(self._update)
        return combo

    def _fill_members(self, combo: QComboBox, third_party: bool) -> None:
        """The members in force on the act date (art. 8): an admitted member once its avenant is
        published, not a member who has left; the choice kept when still offered."""
        kept = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for member in self.history.standing(to_date(self.act_date.date())).members:
            combo.addItem(member.display_name, member.key)
        if third_party:
            combo.addItem(self.tr("Un tiers, nouveau membre…"), THIRD_PARTY)
        combo.setCurrentIndex(max(0, combo.findData(kept)))
        combo.blockSignals(False)

    def _date_changed(self, *_args: object) -> None:
        for combo, third_party in ((self.member, False), (self.buyer, True)):
            if combo is not None:
                self._fill_members(combo, third_party)
        self._update()

    def _spin(self, name: str, value: int = 1) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(0, 999_999)
        spin.setValue(value)
        spin.valueChanged.connect(self._update)
        return spin

    def _new_member_button(self) -> QPushButton:
        button = QPushButton(self.tr("Saisir le nouveau membre…"))
        button.setObjectName("newMemberButton")
        button.clicked.connect(lambda: self.edit_new_member())
        return button

    def _debts(self) -> None:
        """Art. 8-4, 9-2: the groupement's debts and charges on the exit day; the outgoing member's share by
        its droits is proposed in the field below it, which stays editable."""
        self.group_debts = QLineEdit()
        self.group_debts.setObjectName("groupDebts")
        self.group_debts.setPlaceholderText(self.tr("ex. 12 000,00"))
        self.group_debts.textChanged.connect(self._update)
        self.form.addRow(typography(self.tr("Dettes et charges du groupement à sa sortie (€) :")), self.group_debts)
        self.debts = QLineEdit()
        self.debts.setObjectName("debts")
        self.debts.setPlaceholderText(self.tr("ex. 12 500,00 (laisser vide si arrêtée plus tard)"))
        self.form.addRow(typography(self.tr("Part des dettes à sa sortie (€) :")), self.debts)
        self.debt_share = plain(QLabel())
        self.debt_share.setObjectName("debtShare")
        self.debt_share.setWordWrap(True)
        self.form.addRow(self.debt_share)

    def _propose_debts(self) -> None:
        """The outgoing member's share of the debts typed, by its droits on its exit day (art. 8-4, 9-2),
        shown and put in the share field unless the user typed another amount there."""
        if self.group_debts is None or self.debts is None or self.debt_share is None:
            return
        text = self.group_debts.text().strip()
        amount = parse_euros(text) if text else None
        proposed = outgoing_share(self.history, self.change(), amount) if amount is not None and amount >= 0 \
            else None
        if not text:
            self.debt_share.setText("")
        elif amount is None or amount < 0:
            self.debt_share.setText(typography(self.tr("Montant des dettes illisible : « {0} » (exemple : "
                                                       "12 000,00).").format(text)))
        elif proposed is None:
            self.debt_share.setText(typography(self.tr("Ce membre ne détient pas de droits sociaux à sa sortie : "
                                                       "aucune part des dettes ne peut être calculée.")))
        else:
            self.debt_share.setText(typography(self.tr("Part proposée : {0}.").format(proposed.explanation)))
            cents = proposed.share.cents
            value = f"{group_thousands(cents // 100)},{cents % 100:02d}"
            if self.debts.text().strip() in ("", self.proposed_debts):
                self.debts.blockSignals(True)
                self.debts.setText(value)
                self.debts.blockSignals(False)
            self.proposed_debts = value

    def _build_admission(self) -> None:
        self.form.addRow(typography(self.tr("Nouveau membre :")), self._new_member_button())
        if self.history.groupement.capital is not None:  # without capital, droits follow contribution keys
            self.parts = self._spin("parts", 1)
            self.form.addRow(typography(self.tr("Parts souscrites :")), self.parts)

    def _build_withdrawal(self) -> None:
        self.member = self._members_combo("member")
        self.form.addRow(typography(self.tr("Membre qui se retire :")), self.member)
        self._debts()

    def _build_exclusion(self) -> None:
        self.member = self._members_combo("member")
        self.form.addRow(typography(self.tr("Membre exclu :")), self.member)
        self.hearing_convened = date_edit("hearing_convened_on", to_date(self.act_date.date()))
        self.hearing = date_edit("hearing_on", to_date(self.act_date.date()))
        no_later_than(self.hearing_convened, self.today)
        no_later_than(self.hearing, self.today)
        self.form.addRow(typography(self.tr("Convocation à l'audition envoyée le :")), self.hearing_convened)
        self.form.addRow(typography(self.tr("Audition du représentant le :")), self.hearing)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.form.addRow(typography(self.tr("Motif :")), self.reason)
        self._debts()

    def _build_transfer(self) -> None:
        self.member = self._members_combo("member")
        self.first, self.last = self._spin("first"), self._spin("last")
        self.buyer = self._members_combo("buyer", third_party=True)
        self.form.addRow(typography(self.tr("Cédant :")), self.member)
        self.form.addRow(typography(self.tr("Première part cédée (n°) :")), self.first)
        self.form.addRow(typography(self.tr("Dernière part cédée (n°) :")), self.last)
        self.form.addRow(typography(self.tr("Cessionnaire :")), self.buyer)
        self.form.addRow("", self._new_member_button())

    def _build_increase(self) -> None:
        self.member = self._members_combo("member")
        self.parts = self._spin("parts", 1)
        self.form.addRow(typography(self.tr("Souscripteur :")), self.member)
        self.form.addRow(typography(self.tr("Parts nouvelles :")), self.parts)

    def _build_reduction(self) -> None:
        self.first, self.last = self._spin("first"), self._spin("last")
        self.form.addRow(typography(self.tr("Première part annulée (n°) :")), self.first)
        self.form.addRow(typography(self.tr("Dernière part annulée (n°) :")), self.last)

    def _build_dissolution(self) -> None:
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.liquidators = leaves_on_tab(QPlainTextEdit())
        self.liquidators.setObjectName("liquidators")
        self.liquidators.setPlaceholderText(self.tr("Un liquidateur par ligne"))
        self.liquidators.setFixedHeight(70)
        self.form.addRow(typography(self.tr("Motif :")), self.reason)
        self.form.addRow(typography(self.tr("Liquidateurs :")), self.liquidators)

    def _build_amendment(self) -> None:
        self.amendment_fields = AmendmentFields(self.history.amended_on(self.today), self.form, self._update)

    # --- reading --------------------------------------------------------------------------------

    def edit_new_member(self, member: Member | None = None) -> bool:
        """Opens the member dialog (or takes ``member`` directly, for scripts and tests)."""
        if member is None:
            others = {m.key for m in self.history.members_ever}
            per_member = self.history.groupement.governance.representatives_per_member
            dialog = MemberDialog(self.new_member, others, per_member, self)
            if not dialog.exec():
                return False
            member = dialog.member()
        self.new_member = member
        if self.buyer is not None:
            self.buyer.setCurrentIndex(self.buyer.count() - 1)
        self._update()
        return True

    def change(self) -> Change:
        """The change as entered: the payload of this page's kind, from the fields it shows."""
        return Change(to_date(self.act_date.date()), self._payload())

    def _payload(self) -> Payload:
        kind = self.kind
        member_key = (self.member.currentData() if self.member else "") or ""
        parts = self.parts.value() if self.parts else 0
        first, last = (self.first.value() if self.first else 0), (self.last.value() if self.last else 0)
        debts = parse_euros(self.debts.text()) if self.debts and self.debts.text().strip() else None
        reason = self.reason.text().strip() if self.reason else ""
        if kind is ChangeKind.ADMISSION:
            return Admission(self.new_member, parts)
        if kind is ChangeKind.WITHDRAWAL:
            return Withdrawal(member_key, debts)
        if kind is ChangeKind.EXCLUSION:
            return Exclusion(member_key, reason, to_date(self.hearing.date()) if self.hearing else None,
                             to_date(self.hearing_convened.date()) if self.hearing_convened else None, debts)
        if kind is ChangeKind.TRANSFER:
            buyer = (self.buyer.currentData() if self.buyer else "") or ""
            third = buyer == THIRD_PARTY
            return PartTransfer(member_key, first, last, "" if third else buyer, self.new_member if third else None)
        if kind is ChangeKind.CAPITAL_INCREASE:
            return CapitalIncrease(((member_key, parts),))
        if kind is ChangeKind.CAPITAL_REDUCTION:
            return CapitalReduction(first, last)
        if self.amendment_fields is not None:
            return self.amendment_fields.amendment()
        return Dissolution(reason, tuple(x.strip() for x in self.liquidators.toPlainText().splitlines() if x.strip())
                           if self.liquidators else ())

    def input_problems(self) -> list[Problem]:
        """Input the page could not read: said on the review page rather than silently dropped."""
        text = self.debts.text().strip() if self.debts else ""
        if text and parse_euros(text) is None:
            return [Problem("debts", f"Montant de la part des dettes illisible : « {text} » (exemple : 12 500,00).")]
        return []

    def _update(self) -> None:
        """What the law makes of this input, said before anything is saved."""
        self.consequence.setText(typography(consequence(self.history, self.change())))
        self._propose_debts()
        self.completeChanged.emit()


ACT_LABELS = {
    ChangeKind.ADMISSION: "Date de la délibération d'admission :",
    ChangeKind.WITHDRAWAL: "Retrait notifié le :",
    ChangeKind.EXCLUSION: "Date de la délibération d'exclusion :",
    ChangeKind.TRANSFER: "Cession constatée par écrit le :",
    ChangeKind.CAPITAL_INCREASE: "Augmentation effective le :",
    ChangeKind.CAPITAL_REDUCTION: "Réduction effective le :",
    ChangeKind.DISSOLUTION: "Dissolution le :",
    ChangeKind.AMENDMENT: "Date de la délibération :",
}
BUILDERS = {
    ChangeKind.ADMISSION: DetailsPage._build_admission,
    ChangeKind.WITHDRAWAL: DetailsPage._build_withdrawal,
    ChangeKind.EXCLUSION: DetailsPage._build_exclusion,
    ChangeKind.TRANSFER: DetailsPage._build_transfer,
    ChangeKind.CAPITAL_INCREASE: DetailsPage._build_increase,
    ChangeKind.CAPITAL_REDUCTION: DetailsPage._build_reduction,
    ChangeKind.DISSOLUTION: DetailsPage._build_dissolution,
    ChangeKind.AMENDMENT: DetailsPage._build_amendment,
}
