"""Page 8: the whole convention summarised, and every problem with a link to its page."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser

from gcsms_desktop.domain.french import format_date, format_euros, typography
from gcsms_desktop.domain.groupement import Groupement
from gcsms_desktop.domain.problems import Problem
from gcsms_desktop.domain.statut import accounting_regime
from gcsms_desktop.gui.widgets import leaves_on_tab, named
from gcsms_desktop.gui.wizards.creation.page import CreationPage
from gcsms_desktop.gui.wizards.creation.state import PAGE_TITLES, page_of


class ReviewPage(CreationPage):
    key = "review"
    subtitle = "Vérifiez le résumé ; les problèmes signalés en rouge empêchent l'enregistrement."
    go_to_page = Signal(str)

    def build(self) -> None:
        self.browser = named(leaves_on_tab(QTextBrowser()), "reviewBrowser")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._link)
        self.layout_.addWidget(self.browser)
        self.found: list[Problem] = []

    def _link(self, url: QUrl) -> None:
        if url.scheme() == "page":
            self.go_to_page.emit(url.path())

    def load(self) -> None:
        g = self.state.groupement
        self.found = self.state.problems()
        self.browser.setHtml(self._problems_html() + summary_html(g))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API: « Terminer » only without errors
        return not any(p.is_error for p in self.found)

    def problems(self) -> list[Problem]:
        """Every problem of the groupement (the wizard saves in ``accept()``)."""
        return self.found

    def _problems_html(self) -> str:
        if not self.found:
            return "<p style='color:#1b5e20'><b>Aucun problème : la convention peut être enregistrée.</b></p>"
        items = []
        for p in self.found:
            page = page_of(p)
            color = "#a4161a" if p.is_error else "#8a5a00"
            kind = "Erreur" if p.is_error else "À vérifier"
            items.append(f"<li><span style='color:{color}'><b>{kind}</b>\u00a0: {escape(typography(p.message))}</span> "
                         f"<a href='page:{page}'>corriger ({PAGE_TITLES[page]})</a></li>")
        return f"<h3>Problèmes</h3><ul>{''.join(items)}</ul>"


def summary_html(g: Groupement) -> str:
    rows = [
        ("Dénomination", g.denomination), ("Siège", g.seat_address),
        ("Statut", g.statut.label if g.statut else "à choisir"), ("Durée", g.duration.text()),
        ("Objet", "; ".join(m.reference for m in sorted(g.missions, key=lambda m: m.value)) or g.object_text),
    ]
    if g.statut:
        rows.append(("Comptabilité", accounting_regime(g.statut, g.exercises_missions, g.members).label))
    if g.capital:
        rows.append(("Capital", f"{format_euros(g.capital.total_cents)} en {g.capital.total_parts} parts de "
                                f"{format_euros(g.capital.unit_value_cents)}"))
    else:
        rows.append(("Capital", "sans capital"))
    if g.dates.signature:
        rows.append(("Signature", f"{g.signature_place}, {format_date(g.dates.signature)}"))
    if g.administrator:
        rows.append(("Administrateur", g.administrator.person_name))
    table = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows)
    rights = {r.member_key: r for r in g.rights()}
    members = "".join(
        f"<tr><td>{escape(m.display_name)}</td><td>{escape(', '.join(r.name for r in m.representatives))}</td>"
        f"<td align='right'>{rights[m.key].percent_text}</td><td align='right'>{rights[m.key].fraction_text}</td></tr>"
        for m in g.members)
    return (f"<h3>Convention</h3><table cellpadding='3'>{table}</table>"
            f"<h3>Membres et droits sociaux</h3><table border='1' cellspacing='0' cellpadding='3'>"
            f"<tr><th>Membre</th><th>Représentants</th><th>Droits</th><th>Fraction</th></tr>{members}</table>")
