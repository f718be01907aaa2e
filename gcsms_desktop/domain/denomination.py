"""The dénomination and its mandatory mention (R312-194-17)."""

from __future__ import annotations

import unicodedata

from gcsms_desktop.domain.problems import Problem

MENTIONS = ("groupement de coopération sociale", "groupement de coopération médico-sociale")


def _plain(text: str) -> str:
    """Lower case, accents kept, spaces and dashes normalised, so « Médico‑sociale » matches."""
    text = unicodedata.normalize("NFC", text).lower()
    for dash in "\u2010\u2011\u2012\u2013\u2014":
        text = text.replace(dash, "-")
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def has_mandatory_mention(denomination: str) -> bool:
    """R312-194-17: the name carries « groupement de coopération sociale » or « … médico-sociale »."""
    plain = _plain(denomination)
    return any(mention in plain for mention in MENTIONS)


def mention_for_documents(denomination: str) -> str:
    """The header line printed on every page meant for third parties (R312-194-17)."""
    if has_mandatory_mention(denomination):
        return denomination
    return f"{denomination} — groupement de coopération sociale ou médico-sociale"


def check_denomination(denomination: str) -> list[Problem]:
    if not denomination.strip():
        return [Problem("denomination", "La dénomination du groupement est obligatoire (art. R. 312-194-7, 1°).")]
    if not has_mandatory_mention(denomination):
        return [Problem(
            "denomination",
            "La dénomination doit comporter les mots « groupement de coopération sociale » ou "
            "« groupement de coopération médico-sociale » (art. R. 312-194-17 du CASF).",
        )]
    return []
