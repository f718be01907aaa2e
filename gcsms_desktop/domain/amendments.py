"""Amending the convention beyond membership and capital (art. 21; R312-194-21 5°, 11° for a prorogation).

An avenant may move the siège (art. 3), rename the groupement (art. 1, the mandatory mention of
R312-194-17 still required), change its objet (art. 4) or its durée (art. 5), or give new wording to
another article of the model convention. It is decided by the assemblée générale — unanimity of the
members present or represented for a change to the convention (R312-194-22), checked with the
deliberation like every change — and takes effect at the publication of the approval of the avenant
(R312-194-18). The consolidated convention at a date prints the text as amended by the avenants in
force then.

Articles whose text is data the app computes or records cannot be rewritten by a free text: 1, 3, 4
and 5 have their own fields; 7 (capital) and 9 (droits) follow the parts; 22 is the signature.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from gcsms_desktop.domain.changes import Amendment
from gcsms_desktop.domain.denomination import check_denomination
from gcsms_desktop.domain.duration import check_duration
from gcsms_desktop.domain.groupement import Groupement
from gcsms_desktop.domain.input_bounds import check_texts
from gcsms_desktop.domain.problems import Problem

FREE_TEXT_ARTICLES = ("2", "6", "8", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21")
ARTICLE_NUMBER = re.compile(r"^(\d{1,2})(?:-(\d{1,2}))?$")


def amendable(number: str) -> bool:
    """« 10 » or a sub-article « 10-2 » of an article whose wording is the model's."""
    found = ARTICLE_NUMBER.match(number.strip())
    return found is not None and found.group(1) in FREE_TEXT_ARTICLES


def amended(g: Groupement, amendments: Iterable[Amendment]) -> Groupement:
    """The convention's fields after ``amendments``, applied in order (the later wording wins)."""
    texts = dict(g.article_texts)
    for a in amendments:
        fields = {name: getattr(a, name) for name in ("denomination", "seat_address", "object_text", "duration")
                  if getattr(a, name) is not None}
        g = replace(g, **fields)
        texts.update({number.strip(): text for number, text in a.articles})
    return replace(g, article_texts=tuple(texts.items()))


def check_amendment(a: Amendment) -> list[Problem]:
    """Something to amend, each part valid as the creation wizard would require it."""
    if not a.changed:
        return [Problem("amendment", "Indiquez ce que l'avenant modifie : dénomination, siège, objet, durée ou le "
                                     "texte d'un article (art. 21).")]
    problems: list[Problem] = []
    if a.denomination is not None:
        problems += [Problem("amendment.denomination", p.message, p.severity)
                     for p in check_denomination(a.denomination)]
    if a.seat_address is not None and not a.seat_address.strip():
        problems.append(Problem("amendment.seat_address", "Indiquez l'adresse du nouveau siège (art. 3)."))
    if a.object_text is not None and not a.object_text.strip():
        problems.append(Problem("amendment.object_text", "Indiquez le nouvel objet du groupement (art. 4)."))
    if a.duration is not None:
        problems += [Problem("amendment.duration", p.message, p.severity) for p in check_duration(a.duration)]
    problems += _check_articles(a.articles)
    texts = [("amendment.denomination", a.denomination or ""), ("amendment.seat_address", a.seat_address or ""),
             ("amendment.object_text", a.object_text or "")]
    texts += [(f"amendment.articles[{i}]", text) for i, (_, text) in enumerate(a.articles)]
    return problems + check_texts(texts)


def _check_articles(articles: tuple[tuple[str, str], ...]) -> list[Problem]:
    problems, seen = [], set()
    for index, (number, text) in enumerate(articles):
        field = f"amendment.articles[{index}]"
        if not amendable(number):
            problems.append(Problem(field, (
                f"L'article « {number} » ne se modifie pas par un texte libre : les articles 1er, 3, 4 et 5 ont leurs "
                "propres champs (dénomination, siège, objet, durée), les articles 7 et 9 suivent les parts, "
                "l'article 22 est la signature.")))
        elif number.strip() in seen:
            problems.append(Problem(field, f"L'article {number} est modifié deux fois par le même avenant."))
        if not text.strip():
            problems.append(Problem(field, f"Indiquez la nouvelle rédaction de l'article {number}."))
        seen.add(number.strip())
    return problems
