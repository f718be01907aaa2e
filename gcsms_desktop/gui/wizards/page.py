"""The page every wizard is built of (Picard's setup wizard, with Qt's ``validatePage``).

One pattern for the creation, assembly and change wizards:

- ``build()`` creates the widgets, once; the error label sits at the bottom of every page;
- ``load()`` fills them each time the page is entered (``initializePage``);
- ``store()`` writes them into the wizard's working state (the creation wizard's domain objects);
- ``problems()`` asks the domain — directly, or through a service when the answer needs the books
  (the members in force on a date…) — what is wrong with the input; ``validatePage`` shows its French
  messages on the page and stays there while one is an error;
- ``save()`` runs the page's use case, if it has one, through ``gui.operations.perform`` so that the
  groupement it changed is announced to every view (the assembly wizard saves step by step; the
  creation and change wizards save once, in ``accept()``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget, QWizardPage

from gcsms_desktop.domain.french import typography
from gcsms_desktop.domain.problems import Problem, errors_only
from gcsms_desktop.gui.operations import Done, perform
from gcsms_desktop.gui.user_errors import bullet_list
from gcsms_desktop.gui.widgets import error_label
from gcsms_desktop.gui.wizards.input_signals import connect_edits
from gcsms_desktop.gui.wizards.style import step_text

T = TypeVar("T")
FIELD_PROPERTIES = {"QDateEdit": "date", "QTimeEdit": "time", "QPlainTextEdit": "plainText"}  # others: Qt's default


class WizardPage(QWizardPage):
    key = ""  # the page's name in its wizard's list of pages; objectName « page_<key> » by default
    object_name = ""  # an objectName other than « page_<key> » (the change wizard's pages keep theirs)

    def __init__(self, title: str, subtitle: str = "") -> None:
        super().__init__()
        self.setObjectName(self.object_name or f"page_{self.key}")
        self.setTitle(typography(title))
        if subtitle:
            self.setSubTitle(typography(subtitle))
        self.layout_ = QVBoxLayout(self)
        self.build()
        self.error_label = error_label()
        self.layout_.addWidget(self.error_label)
        self.watching_edits = False  # once errors were shown, each edit asks the domain again
        self.recheck_pending = False
        self.error_headline = ""

    # --- what a page defines ---------------------------------------------------------------------

    def build(self) -> None:
        """Create the widgets (subclasses)."""

    def load(self) -> None:
        """Fill the widgets from the wizard's state (subclasses)."""

    def store(self) -> None:
        """Write the widgets into the wizard's state (subclasses that keep one)."""

    def problems(self) -> list[Problem] | None:
        """What the domain finds wrong with this page's input; None when it could not be asked (the
        reason was already shown)."""
        return []

    def save(self) -> bool:
        """Run this page's use case, if any, through :meth:`perform`; False keeps the user here."""
        return True

    # --- the pattern -------------------------------------------------------------------------------

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.error_label.hide()
        self.show_step()
        self.load()

    def show_step(self) -> None:
        """« Étape n sur N — » before the page's own subtitle (kept from the first time)."""
        if not hasattr(self, "own_subtitle"):
            self.own_subtitle = self.subTitle()
        step = step_text(self)
        if step:
            self.setSubTitle(f"{step} — {self.own_subtitle}" if self.own_subtitle else step)

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        return self.check_and_save()

    def check_and_save(self) -> bool:
        """Store the input, ask the domain, show its refusal on the page, else save."""
        self.store()
        problems = self.problems()
        if problems is None:
            return False
        errors = errors_only(problems)
        if errors:
            self.show_problems(errors)
            return False
        self.error_label.hide()
        return self.save()

    def register(self, *widgets: QWidget) -> None:
        """Register input widgets as the wizard's fields, under their objectName (``field("place")``):
        another page, or a test, reads them without knowing this page's layout."""
        for widget in widgets:
            self.registerField(widget.objectName(), widget, FIELD_PROPERTIES.get(type(widget).__name__))

    def perform(self, work: Callable[[], T], changes: int | None = None) -> Done[T] | None:
        """Run a use case through the application's one path (``gui.operations``): a wait cursor, a French
        message box on an unexpected refusal (another window wrote first…), the change announced."""
        return perform(self, work, changes=changes)

    def show_problems(self, problems: list[Problem], headline: str = "") -> None:
        self.error_headline = headline
        text = bullet_list([p.message for p in problems])
        self.show_errors(typography(headline) + "\n" + text if headline else text)

    def show_errors(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(True)
        if not self.watching_edits:
            self.watching_edits = True
            connect_edits(self, self._edited)

    # --- errors cleared as soon as fixed (issue 14: they stayed red after being fixed) ----------------

    def _edited(self, *_args: object) -> None:
        if self.error_label.isVisible() and not self.recheck_pending:
            self.recheck_pending = True
            QTimer.singleShot(0, self.recheck)  # once per burst of edits (a paste, « Tous présents »)

    def recheck(self) -> None:
        """Ask the domain again about the input as it now is: the errors left are shown, none hides the label."""
        self.recheck_pending = False
        if not self.error_label.isVisible():
            return
        self.store()
        problems = self.problems()
        if problems is None:
            return
        errors = errors_only(problems)
        if errors:
            self.show_problems(errors, self.error_headline)
        else:
            self.error_label.hide()
