"""When the groupement is dissolved, and why: every cause decided once, here (Art. 5, 8-2, 20; R. 312-194-24).

The causes, each dating the first day the groupement is dissolved (``on``):

- the fixed term (art. 5, R. 312-194-24): the term's last day is ``Duration.end_date``; the groupement
  is dissolved of right the day after;
- the withdrawal notified by one of only two members (art. 8-2: « la notification de retrait entraîne de
  plein droit la dissolution du groupement qui devra être constatée par l'assemblée générale »): the
  notification makes the dissolution certain, without a vote; it takes effect with the withdrawal, at
  the expiration of the fiscal year, so the groupement is dissolved on the 1 January after it
  (docs/regles-et-choix.md);
- a withdrawal or an exclusion leaving fewer than two members once in force (art. 20, al. 1): the day
  it is in force;
- the assemblée générale's decision (art. 20, al. 2): the date its act fixes (a ``Dissolution`` change
  recorded with its deliberation, of matter 11° of R. 312-194-21).

The earliest cause wins; after it only the liquidation follows (art. 20: « la personnalité morale du
groupement subsiste pour les besoins de celle-ci »). A dissolution of right is derived from the
recorded changes, never recorded by itself: the ``Dissolution`` changes of right that earlier
releases stored next to a withdrawal are kept and shown, but date nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from gcsms_desktop.domain.duration import Duration
from gcsms_desktop.domain.french import format_date
from gcsms_desktop.domain.member_rules import MIN_MEMBERS
from gcsms_desktop.domain.membership_dates import dissolution_notice_deadline



class Cause(Enum):
    TERM = "term"
    TWO_MEMBER_WITHDRAWAL = "two_member_withdrawal"
    SINGLE_MEMBER = "single_member"
    DELIBERATION = "deliberation"

    @property
    def of_right(self) -> bool:
        return self is not Cause.DELIBERATION

    @property
    def article(self) -> str:
        return CAUSE_ARTICLES[self]


CAUSE_ARTICLES = {
    Cause.TERM: "art. 5 de la convention, art. R. 312-194-24 du CASF",
    Cause.TWO_MEMBER_WITHDRAWAL: "art. 8-2 et 20 de la convention",
    Cause.SINGLE_MEMBER: "art. 20 de la convention",
    Cause.DELIBERATION: "art. 20 de la convention",
}


@dataclass(frozen=True)
class Dissolved:
    """The groupement is dissolved from ``on`` (the first day) for ``cause``; ``member_key`` names the
    member whose withdrawal or exclusion caused it and ``notified_on`` the notification of art. 8-2."""

    on: date
    cause: Cause
    member_key: str = ""
    notified_on: date | None = None

    @property
    def of_right(self) -> bool:
        return self.cause.of_right

    @property
    def needs_finding(self) -> bool:
        """Art. 8-2: the dissolution a two-member withdrawal entails « devra être constatée par
        l'assemblée générale »."""
        return self.cause is Cause.TWO_MEMBER_WITHDRAWAL

    @property
    def notice_deadline(self) -> date:
        """Art. 20: notified to the préfet within fifteen days."""
        return dissolution_notice_deadline(self.on)

    def text(self, name: str = "") -> str:
        """« dissous de plein droit le 1er janvier 2028 : retrait de « X » notifié le … (art. 8-2 et 20) »."""
        who = f"« {name} »" if name else "l'un des deux membres"
        reason = {
            Cause.TERM: f"terme de sa durée, échu le {format_date(self.on - timedelta(days=1))}",
            Cause.TWO_MEMBER_WITHDRAWAL: (
                f"retrait de {who}, notifié le {format_date(self.notified_on)} alors que le groupement ne "
                "comptait que deux membres, effectif à l'expiration de l'exercice"
                if self.notified_on else f"retrait de {who}"),
            Cause.SINGLE_MEMBER: f"départ de {who}, après lequel il ne compte plus qu'un seul membre",
            Cause.DELIBERATION: "décision de l'assemblée générale",
        }[self.cause]
        how = "de plein droit " if self.of_right else ""
        return f"dissous {how}le {format_date(self.on)} ({reason} ; {self.cause.article})"


def term_dissolution(duration: Duration, publication: date | None) -> Dissolved | None:
    """Art. 5, R. 312-194-24: a groupement of fixed duration is dissolved of right the day after the
    last day of its term; none while the approval order is not published (the term has not begun)."""
    if publication is None:
        return None
    end = duration.end_date(publication)
    return Dissolved(end + timedelta(days=1), Cause.TERM) if end is not None else None


def departure_dissolves(members_after: int) -> bool:
    """Art. 20: dissolved of right when, by withdrawal or exclusion, only one member is left."""
    return members_after < MIN_MEMBERS


def earliest(first: Dissolved | None, second: Dissolved | None) -> Dissolved | None:
    """The dissolution that comes first (the first one recorded on the same day)."""
    if first is None:
        return second
    if second is None or first.on <= second.on:
        return first
    return second


def announcement(dissolution: Dissolved, name: str = "") -> str:
    """What the user is told before recording the change that entails a dissolution of right: its
    date, its cause and what follows (art. 8-2, 20), the same words in the wizard and its review."""
    notice = f"elle est notifiée au préfet au plus tard le {format_date(dissolution.notice_deadline)} (art. 20)"
    if dissolution.cause is Cause.TWO_MEMBER_WITHDRAWAL:
        last_day = format_date(dissolution.on - timedelta(days=1))
        who = f"« {name} »" if name else "le membre sortant"
        return (f"Le groupement ne compte que deux membres : la notification de ce retrait entraîne de plein droit "
                f"la dissolution du groupement (art. 8-2 et 20). Le retrait prend effet à l'expiration de l'exercice, "
                f"le {last_day}, dernier jour où {who} est membre ; le groupement est dissous de plein droit le "
                f"{format_date(dissolution.on)}. L'assemblée générale constate la dissolution et nomme les "
                f"liquidateurs ; {notice}.")
    if dissolution.cause is Cause.SINGLE_MEMBER:
        return (f"Ce départ ne laisse qu'un seul membre : le groupement est dissous de plein droit le "
                f"{format_date(dissolution.on)} (art. 20) ; {notice}.")
    return f"Le groupement sera {dissolution.text(name)} ; {notice}."
