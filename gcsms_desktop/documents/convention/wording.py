"""Phrases shared by several articles: how a member and its representatives are named."""

from __future__ import annotations

from gcsms_desktop.documents.template import esc
from gcsms_desktop.domain.groupement import Groupement
from gcsms_desktop.domain.members import Member, PersonKind


def member_nature(m: Member) -> str:
    if m.person_kind is PersonKind.NATURAL:
        return f"personne physique, {m.category.label}"
    purpose = "à but lucratif" if m.profit_making else "à but non lucratif"
    return f"personne morale de {m.sector.label} {purpose}, {m.category.label}"


def representatives_text(m: Member) -> str:
    titulars = [f"{esc(r.name)}{', ' + esc(r.capacity) if r.capacity else ''}" for r in m.titular_representatives]
    if not titulars:
        return ""
    verb = "représentée par" if m.person_kind is PersonKind.LEGAL else "représenté par"
    return f"{verb} {' et '.join(titulars)}"


def member_identity(m: Member) -> str:
    """« Association A, personne morale de droit privé…, dont le siège est …, SIREN … »."""
    parts = [f"<b>{esc(m.name)}</b>", member_nature(m)]
    if m.address:
        where = "demeurant" if m.person_kind is PersonKind.NATURAL else "dont le siège est situé"
        parts.append(f"{where} {esc(m.address)}")
    if m.siren:
        parts.append(f"SIREN {esc(m.siren)}")
    if m.finess:
        parts.append(f"FINESS {esc(m.finess)}")
    representation = representatives_text(m)
    if representation:
        parts.append(representation)
    return ", ".join(parts) + f", ci-après désigné « {esc(m.short_name or m.key)} »"


def member_label(g: Groupement, key: str) -> str:
    member = g.member(key)
    return esc(member.display_name if member else key)
