"""The administrateur's mandates in words, the same in the window and on the command line (art. 14)."""

from __future__ import annotations

from datetime import date, timedelta

from gcsms_desktop.domain.french import format_date
from gcsms_desktop.domain.mandates import Administration, Office


def period_text(office: Office) -> str:
    """« du 15 janvier 2027 au 14 janvier 2030 », « depuis le … » when open, the end as it came."""
    start = f"du {format_date(office.starts_on)}" if office.starts_on else "depuis la convention constitutive"
    if office.ends_on is None:
        return start if office.starts_on is None else f"depuis le {format_date(office.starts_on)}"
    return f"{start} au {format_date(office.ends_on)}"


def end_text(office: Office) -> str:
    """Why the office ended (or ends) when it does: its term, the next mandate, its member's exit."""
    if office.ends_on is None:
        return "mandat sans date d'élection connue : terme non calculé"
    if office.member_left_on is not None and office.member_left_on == office.ends_on + timedelta(days=1):
        return "fin à la sortie de son membre du groupement (art. R. 312-194-23)"
    if office.ended_by is not None:
        return f"fin avant le terme : {office.ended_by.label}"
    if office.term_end is not None and office.ends_on < office.term_end:
        return f"fin à l'entrée en fonctions du suivant (terme prévu le {format_date(office.term_end)})"
    return "fin au terme du mandat"


def deliberation_text(office: Office) -> str:
    """« délibération n° 2029-1 du 10 décembre 2029 » (R. 312-194-21 3°), or the convention's."""
    if office.mandate is None:
        return "convention constitutive"
    d = office.mandate.deliberation
    number = f" n° {d.number}" if d.number else ""
    return f"délibération{number} du {format_date(d.decided_on)}" if d.decided_on else "délibération"


def in_office_text(administration: Administration, on: date, name: str) -> str:
    """Who holds the office on ``on``, with what the AG must do next (art. 14, R. 312-194-21 3°)."""
    office = administration.on(on)
    if office is None:
        return (f"Aucun administrateur en fonctions au {format_date(on)} : l'assemblée générale élit "
                "l'administrateur (art. R. 312-194-21 3° et R. 312-194-23).")
    end = (f", jusqu'au {format_date(office.ends_on)} ; élire ou réélire l'administrateur avant le "
           f"{format_date(office.ends_on + timedelta(days=1))}" if office.ends_on else "")
    return f"En fonctions au {format_date(on)} : {office.person_name} ({name}){end}."
