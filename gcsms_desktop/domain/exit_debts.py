"""The outgoing member's share of the debts, proposed in a withdrawal or exclusion avenant (art. 8-4).

Art. 8-4 of the model convention: « le membre sortant reste tenu des dettes échues ou à échoir au jour
de son retrait ou de son exclusion effectif(ve) et constatées en comptabilité »; art. 9-2 (R. 312-194-12,
9°): « les membres sont tenus des dettes du GC dans la proportion de leurs droits ». So its share of
the groupement's debts and charges on its exit day is the groupement's amount split by the droits in
force that day (domain.debts.split_debt, to the cent, largest remainder), and the share of the
outgoing member is proposed; the user may still change it (an accounts settlement may differ).

The exit day is the change's effective date (art. 8-2: the end of the fiscal year for a withdrawal;
art. 8-3: the publication of the avenant for an exclusion); while an exclusion's avenant is not yet
published, its deliberation date stands in. The droits are the member's on that day, or, when the
history already counts it out that day (a withdrawal effective on 31 December), those it held the day
before: it bears the debts of the day it leaves, by the droits it left with (they move only on the
1 January, art. 9-1).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from gcsms_desktop.domain.changes import Change
from gcsms_desktop.domain.debts import DebtShare, split_debt
from gcsms_desktop.domain.french import format_date, format_euros
from gcsms_desktop.domain.history import History
from gcsms_desktop.domain.standing import Standing


@dataclass(frozen=True)
class OutgoingShare:
    on: date  # the exit day
    debts_cents: int  # the groupement's debts and charges that day
    share: DebtShare  # the outgoing member's part of them
    droits: str  # « 4/15 »

    @property
    def explanation(self) -> str:
        """« 4 000 €, soit sa part, proportionnelle à ses droits sociaux (4/15) au jour de sa sortie, le
        31 décembre 2027, des dettes et charges du groupement de 12 000 € (art. 8-4 et 9-2) »."""
        return (f"{format_euros(self.share.cents)}, soit sa part, proportionnelle à ses droits sociaux "
                f"({self.droits}) au jour de sa sortie, le {format_date(self.on)}, des dettes et charges du "
                f"groupement de {format_euros(self.debts_cents)} (art. 8-4 et 9-2)")


def exit_day(history: History, change: Change) -> date:
    """The day the member leaves (art. 8-2, 8-3); the decision's date while the avenant is unpublished."""
    return history.effective_on(change) or change.act_date


def exit_standing(history: History, change: Change) -> Standing | None:
    """The standing whose droits the outgoing member bears debts by: on its exit day, or the day before
    when it is already out that day; None when it holds no droits either day."""
    on, key = exit_day(history, change), change.subject_key
    for day in (on, on - timedelta(days=1)):
        standing = history.standing(day)
        if standing.rights_of(key) is not None:
            return standing
    return None


def outgoing_share(history: History, change: Change, debts_cents: int) -> OutgoingShare | None:
    """The outgoing member's share of ``debts_cents``, the groupement's debts and charges on its exit
    day, by the droits in force that day (art. 8-4, 9-2); None when it holds no droits then."""
    standing = exit_standing(history, change)
    key = change.subject_key
    if standing is None:
        return None
    share = next(s for s in split_debt(debts_cents, standing.rights) if s.member_key == key)
    return OutgoingShare(exit_day(history, change), debts_cents, share, standing.droits_text(key))


def exit_droits(history: History, change: Change) -> tuple[date, str] | None:
    """The day and the droits (« 4/15 ») by which the outgoing member bears the debts (the avenant's words)."""
    standing = exit_standing(history, change)
    return None if standing is None else (exit_day(history, change), standing.droits_text(change.subject_key))
