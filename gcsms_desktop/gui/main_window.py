"""Main window: groupements of the open database on the left, the selected one on the right."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QFileDialog, QInputDialog, QLabel, QListWidget, QListWidgetItem, QMainWindow, QMenu, QMessageBox, QScrollArea,
    QSplitter, QTabWidget, QVBoxLayout, QWidget,
)

from gcsms_desktop import __version__
from gcsms_desktop.gui.screen_fit import fit_to_screen
from gcsms_desktop.gui.settings import Settings

# Only what the empty window needs is imported with this module: start-up shows the window before
# SQLAlchemy, the services, the domain and the panels are imported (issue 11: cold start ≤ 1.5× a bare
# window). Everything else is imported where it is used, once the base is opened after the first paint.
if TYPE_CHECKING:
    from gcsms_desktop.gui.assemblies_panel import AssembliesData, AssembliesPanel
    from gcsms_desktop.gui.groupement_view import GroupementRows, GroupementView
    from gcsms_desktop.gui.membership_panel import MembershipData, MembershipPanel
    from gcsms_desktop.gui.wizards.creation.wizard import CreationWizard
    from gcsms_desktop.services.context import Services
    from gcsms_desktop.services.groupements import DeletedGroupement, DeletionVerdict

ServicesFactory = Callable[[Path], "Services"]
Selection = tuple["GroupementRows", "MembershipData", "AssembliesData", "DeletionVerdict | None"]


# PySide6's Qt namespace (``from PySide6.QtCore import Qt``) builds all its enums when first imported,
# about 15 ms: it is imported by the methods that run once the base is open, and the two values the
# empty window needs, Qt.ToolButtonStyle.ToolButtonTextOnly and Qt.AlignmentFlag.AlignCenter, are set
# as properties.
TOOL_BUTTON_TEXT_ONLY = 1
ALIGN_CENTER = 0x0084


class MainWindow(QMainWindow):
    """The window is built and shown first; the base's data is loaded just after the first paint
    (``loaded`` tells when), so start-up shows a window at once whatever the size of the base.

    At start-up (:meth:`starting`) the window is shown even before the base is opened: it has its
    menus, its tabs and a « Chargement… » list, and receives the base with :meth:`attach`."""

    painted = Signal()  # the window was painted (all its widgets), once: start-up opens the base then
    data_shown = Signal()  # the selected groupement (or none) is shown in every tab
    view: GroupementView  # the tabs' contents, built by attach() (their modules are heavy to import)
    assemblies: AssembliesPanel
    membership: MembershipPanel

    def __init__(self, services: Services | None, open_services: ServicesFactory | None = None,
                 settings: Settings | None = None, *, database: Path | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self._services: Services | None = None
        self.open_services = open_services
        self.settings = settings or Settings()
        self.database_path = services.path if services is not None else database
        fit_to_screen(self, 1100, 720)
        self.groupement_list = QListWidget()
        self.groupement_list.setObjectName("groupementList")
        self.groupement_list.setWordWrap(True)
        self.groupement_list.setSpacing(2)
        self.groupement_list.currentItemChanged.connect(lambda *_a: self._show_current())
        self.member_counts: dict[int, int] = {}
        self.loaded: bool | None = False  # None once the window was closed
        self._request = 0  # the latest selection asked for: a slower, older load is not shown over it
        self.deletion_verdict: DeletionVerdict | None = None  # may the selected groupement be deleted
        self.was_painted = False
        self.tabs = QTabWidget()
        self.tabs.setObjectName("groupementTabs")
        self._tab_titles = (self.tr("&Groupement"), self.tr("&Assemblées générales"), self.tr("&Vie du groupement"))
        splitter = QSplitter()
        splitter.addWidget(self.groupement_list)
        splitter.addWidget(self.tabs)
        splitter.setSizes([300, 800])
        self.read_only_banner = QLabel()
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet("background: #fff3cd; color: #664d03; padding: 6px;")
        self.read_only_banner.setVisible(False)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.read_only_banner)
        layout.addWidget(splitter)
        self.setCentralWidget(central)
        self._build_actions()
        if services is None:
            self.painted.connect(self._set_shortcuts)
            self._show_loading()
        else:
            self._set_shortcuts()
            self.attach(services)
            QTimer.singleShot(0, self.load)

    @classmethod
    def starting(cls, database: Path, settings: Settings | None = None) -> MainWindow:
        """The window start-up shows before the base is opened: menus, tabs, « Chargement… »."""
        return cls(None, None, settings, database=database)

    @property
    def services(self) -> Services:
        """The open base's services (set by :meth:`attach`; the window shows « Chargement… » before)."""
        if self._services is None:
            raise RuntimeError("no base attached to the main window yet")
        return self._services

    @services.setter
    def services(self, services: Services) -> None:
        self._services = services

    def _show_loading(self) -> None:
        """The state before the base is opened: empty tabs, one « Chargement… » line, no action on data."""
        if self.database_path is not None:
            self.setWindowTitle(self.tr("GCSMS Desktop — {0}").format(self.database_path.name))
        # No Qt.… enum here (see TOOL_BUTTON_TEXT_ONLY).
        for title in self._tab_titles:
            placeholder = QLabel(self.tr("Chargement…"))
            placeholder.setProperty("alignment", ALIGN_CENTER)
            self.tabs.addTab(placeholder, title)
        self.groupement_list.addItem(self.tr("Chargement…"))
        self.groupement_list.setEnabled(False)
        for action in (self.new_action, self.resume_action, self.assembly_action, self.open_action,
                       self.print_action, self.save_pdf_action, self.import_action, self.export_action,
                       self.backup_action,
                       self.restore_action):
            action.setEnabled(False)
        self.recent_menu.setEnabled(False)
        self.statusBar().showMessage(self.tr("Ouverture de la base…"))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        """The first paint is announced (``painted``) once it is over: the window's own paint comes
        first in a paint pass, its children's after it, so the announcement waits for the event loop."""
        super().paintEvent(event)
        if not self.was_painted:
            self.was_painted = True
            QTimer.singleShot(0, self.painted.emit)

    def show_painted(self) -> None:
        """Paint the window now if it is shown and was not painted yet (a window that is not exposed
        yet is painted when it is)."""
        if self.isVisible() and not self.was_painted:
            self.repaint()

    def attach(self, services: Services, open_services: ServicesFactory | None = None) -> None:
        """Give the window its base: the tabs' panels are built (their modules imported) and listen to
        writes; the data itself is read by :meth:`load`."""
        from gcsms_desktop.domain.french import typography
        from gcsms_desktop.gui import operations
        from gcsms_desktop.gui.assemblies_panel import AssembliesPanel
        from gcsms_desktop.gui.groupement_view import GroupementView
        from gcsms_desktop.gui.membership_panel import MembershipPanel

        self._services = services
        self.database_path = services.path
        self._set_shortcuts()  # already set if the window was painted
        if open_services is not None:
            self.open_services = open_services
        current = self.tabs.currentIndex()
        placeholders = [self.tabs.widget(index) for index in range(self.tabs.count())]
        self.tabs.clear()
        for placeholder in placeholders:
            if placeholder is not None:
                placeholder.deleteLater()
        self.view = GroupementView()
        self.view.context = self._member_context
        self.assemblies = AssembliesPanel()
        self.assemblies.status.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.membership = MembershipPanel()
        self.membership.status.connect(lambda text: self.statusBar().showMessage(text, 10000))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.view)
        for widget, title in zip((scroll, self.assemblies, self.membership), self._tab_titles, strict=True):
            self.tabs.addTab(widget, title)
        self.tabs.setCurrentIndex(max(current, 0))
        self.read_only_banner.setText(typography(self.tr(
            "Cette base est en lecture seule (le fichier ou son dossier est protégé en écriture) : vous pouvez la "
            "consulter et imprimer, pas la modifier. Pour la modifier, copiez-la dans un dossier où vous pouvez "
            "écrire, puis ouvrez la copie.")))
        self.open_action.setEnabled(True)
        self.backup_action.setEnabled(True)
        self.groupement_list.setEnabled(True)
        operations.data_events().data_changed.connect(self._data_changed)
        self._database_opened(load=False)

    def load(self) -> None:
        """Fill the window from the base (once; start-up calls it after the first paint)."""
        if self.loaded is False and self._services is not None:
            self.show_painted()  # the empty window is on screen before the base is read
            self.loaded = True
            self._database_loaded()

    # --- actions ----------------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                name: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            self._shortcuts.append((action, shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _set_shortcuts(self) -> None:
        """At start-up, set once the window is painted: the first ``setShortcut`` builds the enums of
        PySide6's Qt namespace (about 15 ms), and no shortcut is of use before the window is on screen."""
        for action, shortcut in self._shortcuts:
            action.setShortcut(QKeySequence(shortcut))
        self._shortcuts.clear()

    def _build_actions(self) -> None:
        tr = self.tr
        self._shortcuts: list[tuple[QAction, QKeySequence | QKeySequence.StandardKey | str]] = []
        self.new_action = self._action(tr("&Nouveau groupement…"), self.new_groupement, QKeySequence.StandardKey.New,
                                       "newAction")
        self.resume_action = self._action(tr("&Reprendre un brouillon…"), self.resume_draft, "Ctrl+R", "resumeAction")
        self.open_action = self._action(tr("&Ouvrir une base…"), self.choose_database, QKeySequence.StandardKey.Open,
                                        "openAction")
        self.print_action = self._action(tr("&Imprimer la convention…"), self.print_convention,
                                         QKeySequence.StandardKey.Print, "printAction")
        self.save_pdf_action = self._action(tr("Enregistrer la convention en P&DF…"), self.save_convention_as, None,
                                            "savePdfAction")
        self.import_action = self._action(tr("I&mporter un fichier JSON…"), self.import_json, "Ctrl+I", "importAction")
        self.export_action = self._action(tr("E&xporter en JSON…"), self.export_json, "Ctrl+E", "exportAction")
        self.delete_action = self._action(tr("Supprimer le &groupement…"), self.delete_groupement, None,
                                          "deleteGroupementAction")
        self.assembly_action = self._action(tr("Nouvelle &assemblée générale…"), self.new_assembly, "Ctrl+G",
                                            "newAssemblyAction")
        self.backup_action = self._action(tr("&Sauvegarder…"), self.backup_database, None, "backupAction")
        self.restore_action = self._action(tr("Res&taurer une sauvegarde…"), self.restore_backup, None,
                                           "restoreAction")
        quit_action = self._action(tr("&Quitter"), self.close, QKeySequence.StandardKey.Quit, "quitAction")
        self.recent_menu = QMenu(tr("Bases ré&centes"), self)
        file_menu = self.menuBar().addMenu(tr("&Fichier"))
        for item in (self.new_action, self.resume_action, self.assembly_action, None, self.open_action,
                     self.recent_menu, None, self.backup_action, self.restore_action, None,
                     self.print_action, self.save_pdf_action, self.import_action, self.export_action, None,
                     self.delete_action, None, quit_action):
            if item is None:
                file_menu.addSeparator()
            elif isinstance(item, QMenu):
                file_menu.addMenu(item)
            else:
                file_menu.addAction(item)
        from gcsms_desktop.gui.edit_menu import EditMenu

        self.edit_menu = EditMenu(self)
        self.menuBar().addMenu(self.edit_menu.menu)
        # « Aid&e »: Alt+A is the « Assemblées générales » tab, Alt+D « Édition » (one letter per window).
        help_menu = self.menuBar().addMenu(tr("Aid&e"))
        help_menu.setObjectName("helpMenu")
        help_menu.addAction(self._action(tr("&Guide"), self.show_guide, "F1", "guideAction"))
        help_menu.addAction(self._action(tr("À &propos de GCSMS Desktop"), self.about, None, "aboutAction"))
        toolbar = self.addToolBar(tr("Actions"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setProperty("toolButtonStyle", TOOL_BUTTON_TEXT_ONLY)
        for action in (self.new_action, self.assembly_action, self.print_action, self.open_action):
            toolbar.addAction(action)

    # --- database ---------------------------------------------------------------------------

    def _database_opened(self, load: bool = True) -> None:
        from gcsms_desktop.gui.undo import undo_stack

        undo_stack().clear()  # what was done in another base is not undone in this one
        self.database_path = self.services.path
        self.settings.remember_database(self.services.path)
        title = self.tr("GCSMS Desktop — {0}").format(self.services.path.name)
        self.setWindowTitle(title + (self.tr(" (lecture seule)") if self.services.read_only else ""))
        self.read_only_banner.setVisible(self.services.read_only)
        self._fill_recent_menu()
        self._set_writable()
        if load:
            self.loaded = True
            self._database_loaded()

    def _database_loaded(self) -> None:
        self.statusBar().clearMessage()
        self.refresh()
        message = self.tr("Base ouverte : {0}").format(self.services.path)
        if self.services.database.backup_path:
            message += self.tr(" (copie de sauvegarde avant mise à jour : {0})").format(
                self.services.database.backup_path.name)
        self.statusBar().showMessage(message, 8000)
        self._start_daily_backup(message)
        if self.services.database.interrupted_upgrade:
            self._report_interrupted_upgrade(self.services.database.interrupted_upgrade)

    def _start_daily_backup(self, message: str) -> None:
        """Once a day, in a worker thread: checking the register's seals of a large groupement and
        copying its base take seconds, the window must not freeze meanwhile."""
        from gcsms_desktop.gui import operations

        if self.loaded is None:  # closed as soon as shown: its base is closed too
            return
        try:
            due = self.services.backups.daily_due()
        except Exception as error:  # noqa: BLE001 - a full disk or a locked file must not stop the opening
            self.statusBar().showMessage(message + self.tr(" — sauvegarde automatique impossible : {0}").format(
                error), 8000)
            return
        if due:
            operations.perform_in_background(
                self, self._daily_backup, label=self.tr("Sauvegarde automatique de la base…"),
                on_done=lambda said: self.statusBar().showMessage(message + said, 8000))

    def _daily_backup(self) -> str:
        """The automatic backup (one a day, the last ten); a failure is said, never blocks the work.

        Not of a base whose register was altered outside the app: its copy would push a good backup, the
        one to restore, out of the ten kept."""
        try:
            altered = self.services.register.altered_groupements()
            if altered:
                return self.tr(" — pas de sauvegarde automatique : le registre des délibérations de « {0} » a été "
                               "altéré hors de l'application").format(altered[0])
            taken = self.services.backups.take_daily()
        except Exception as error:  # noqa: BLE001 - a full disk or a locked file must not stop the opening
            return self.tr(" — sauvegarde automatique impossible : {0}").format(error)
        return self.tr(" — sauvegarde automatique : {0}").format(taken.name) if taken else ""

    def _report_interrupted_upgrade(self, backup: Path) -> None:
        from gcsms_desktop.gui import database_dialogs

        message = self.tr(
            "La mise à jour précédente de la base « {0} » avait été interrompue (programme arrêté, ordinateur "
            "éteint…). La base était restée intacte, dans son état d'avant, et vient d'être mise à jour "
            "normalement.\n\nSi quelque chose vous semble manquer, la copie faite avant la mise à jour est « {1} »."
        ).format(self.services.path, backup)
        if backup.exists() and database_dialogs.offer_restore(self, message, backup):
            self.restore_from(backup)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_databases():
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.open_recent(p))
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()))

    def choose_database(self) -> None:
        from gcsms_desktop.gui import database_dialogs

        path = database_dialogs.search_database(self, self.services.path.parent)
        if path:
            self.open_database(path)

    def open_recent(self, path: Path) -> bool:
        """A recent base that is gone (USB stick unplugged) is searched for or created only if asked."""
        from gcsms_desktop.gui import database_dialogs

        if path.exists():
            return self.open_database(path)
        choice = database_dialogs.ask_missing_database(self, path)
        if choice is database_dialogs.MissingChoice.SEARCH:
            found = database_dialogs.search_database(self, path.parent if path.parent.is_dir() else Path.home())
            return self.open_database(found) if found else False
        if choice is database_dialogs.MissingChoice.CREATE:
            return self.open_database(path)
        return False

    def open_database(self, path: Path) -> bool:
        from gcsms_desktop.gui import database_dialogs
        from gcsms_desktop.gui.user_errors import describe
        from gcsms_desktop.gui.widgets import message_text
        from gcsms_desktop.persistence.database import DamagedDatabase, DatabaseError, UpgradeFailed

        try:
            services = self._open(path)
        except (UpgradeFailed, DamagedDatabase) as error:
            if error.backup_path is None:
                QMessageBox.warning(self, self.tr("Base illisible"), message_text(describe(error)))
                return False
            if database_dialogs.offer_restore(self, describe(error), error.backup_path):
                return self._restore_closed(path, error.backup_path)
            return False
        except DatabaseError as error:
            QMessageBox.warning(self, self.tr("Base illisible"), message_text(describe(error)))
            return False
        self._use(services)
        return True

    def _use(self, services: Services) -> None:
        self.services.close()
        self.services = services
        self._database_opened()

    def _open(self, path: Path) -> Services:
        if self.open_services is None:
            from gcsms_desktop.services.context import open_services

            return open_services(path)
        return self.open_services(path)

    def _open_or_warn(self, path: Path) -> Services | None:
        from gcsms_desktop.gui.user_errors import describe
        from gcsms_desktop.gui.widgets import message_text
        from gcsms_desktop.persistence.database import DatabaseError

        try:
            return self._open(path)
        except DatabaseError as error:
            QMessageBox.warning(self, self.tr("Base illisible"), message_text(describe(error)))
            return None

    # --- backups ----------------------------------------------------------------------------

    def backup_database(self) -> Path | None:
        """Fichier › Sauvegarder… : an online backup where the user chooses, the base staying open."""
        stamp = datetime.now().strftime("%Y-%m-%d-%H%M%S")
        suggested = Path.home() / f"{self.services.path.stem}-sauvegarde-{stamp}.sqlite"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Sauvegarder la base"), str(suggested),
                                              self.tr("Bases GCSMS (*.sqlite)"))
        if not path:
            return None
        return self.save_backup(Path(path))

    def save_backup(self, path: Path) -> Path | None:
        from gcsms_desktop.gui import operations

        backups = self.services.backups
        done = operations.perform(self, lambda: backups.save_to(path))
        if done is None:
            return None
        self.statusBar().showMessage(self.tr("Sauvegarde enregistrée dans {0}").format(done.value), 10000)
        return done.value

    def restore_backup(self) -> bool:
        """Fichier › Restaurer une sauvegarde… : the backups by date, newest first, or any file."""
        from gcsms_desktop.gui import database_dialogs

        chosen = database_dialogs.choose_backup(self, self.services.backups.list(), self.services.backups.directory)
        if chosen is None or not database_dialogs.confirm_restore(self, self.services.path, chosen):
            return False
        return self.restore_from(chosen)

    def restore_from(self, backup: Path) -> bool:
        """Close the base, back it up, put ``backup`` in its place, reopen it."""
        path = self.services.path
        self.services.close()
        restored = self._restore_closed(path, backup)
        if not restored:
            services = self._open_or_warn(path)
            if services is None:
                return False
            self.services = services
            self._database_opened()
        return restored

    def _restore_closed(self, path: Path, backup: Path) -> bool:
        from gcsms_desktop.gui import operations
        from gcsms_desktop.services.backups import restore

        done = operations.perform(self, lambda: restore(path, backup))
        if done is None:
            return False
        services = self._open_or_warn(path)
        if services is None:
            return False
        self._use(services)
        kept = self.tr(" La base remplacée est gardée dans {0}.").format(done.value) if done.value else ""
        QMessageBox.information(self, self.tr("Sauvegarde restaurée"), self.tr(
            "La base « {0} » a été restaurée depuis « {1} ».").format(path, backup) + kept)
        return True

    # --- list and selection -----------------------------------------------------------------

    def refresh(self, select_id: int | None = None) -> None:
        """The list of groupements, then the selected one: each read once."""
        from PySide6.QtCore import Qt

        from gcsms_desktop.gui import operations

        current = select_id if select_id is not None else self.current_groupement_id()
        summaries = operations.perform(self, self.services.groupements.list)
        # Signals off while the list is rebuilt: clearing it makes the old items current one by one,
        # and after a restore or another base was opened their ids may not exist in this base.
        self.groupement_list.blockSignals(True)
        try:
            self.groupement_list.clear()
            self.member_counts = {}
            for summary in summaries.value if summaries else []:
                item = QListWidgetItem(summary.denomination)
                item.setData(Qt.ItemDataRole.UserRole, summary.id)
                item.setToolTip(self.tr("{0} membres").format(summary.member_count))
                self.member_counts[summary.id] = summary.member_count
                self.groupement_list.addItem(item)
                if summary.id == current:
                    self.groupement_list.setCurrentItem(item)
            if self.groupement_list.currentItem() is None and self.groupement_list.count():
                self.groupement_list.setCurrentRow(0)
        finally:
            self.groupement_list.blockSignals(False)
        self._show_current()
        self._set_writable()

    def _set_writable(self) -> None:
        from gcsms_desktop.gui import operations

        writable = not self.services.read_only
        drafts = operations.perform(self, self.services.drafts.list) if writable else None
        self.resume_action.setEnabled(writable and drafts is not None and bool(drafts.value))
        for action in (self.new_action, self.import_action, self.restore_action):
            action.setEnabled(writable)
        self._enable_groupement_actions()

    def _enable_groupement_actions(self) -> None:
        selected = self.current_groupement_id() is not None
        for action in (self.print_action, self.save_pdf_action, self.export_action, self.assembly_action):
            action.setEnabled(selected)
        from gcsms_desktop.domain.french import typography

        verdict = self.deletion_verdict
        # Only when the domain allows it (domain.deletions); its refusal shown as the action's tip.
        self.delete_action.setEnabled(selected and verdict is not None and verdict.allowed)
        self.delete_action.setToolTip(typography(" ; ".join(verdict.refusals)) if verdict is not None else "")
        if self.services.read_only:
            self.assembly_action.setEnabled(False)
            self.delete_action.setEnabled(False)

    def _member_context(self) -> tuple[Services, int, date] | None:
        """The Groupement tab's members table: the base, the groupement shown, today (services.clock)."""
        groupement_id = self.current_groupement_id()
        if self._services is None or groupement_id is None:
            return None
        return self._services, groupement_id, self._services.clock.today()

    def current_groupement_id(self) -> int | None:
        from PySide6.QtCore import Qt

        item = self.groupement_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def is_large(self, groupement_id: int | None) -> bool:
        """A groupement whose views take long to fill: loaded off the GUI thread, with a progress dialog."""
        from gcsms_desktop.gui import operations

        return self.member_counts.get(groupement_id or 0, 0) > operations.LARGE_GROUPEMENT

    def _show_current(self) -> None:
        """The selected groupement in every tab, from one read of its history (in a worker thread when large)."""
        if self._services is None:  # « Chargement… »: the base is not open yet
            return
        from gcsms_desktop.gui import operations
        from gcsms_desktop.gui.groupement_view import groupement_rows

        services, groupement_id = self.services, self.current_groupement_id()
        large = self.is_large(groupement_id)
        self._request += 1
        request = self._request
        membership_work, membership_apply = self.membership.loader(services, groupement_id, large)
        assemblies_work, assemblies_apply = self.assemblies.loader(services, groupement_id, large)

        def work() -> Selection:  # the three tabs' data, read without touching a widget
            history = services.membership.history(groupement_id) if groupement_id is not None else None
            return (groupement_rows(history.groupement if history else None, services.clock.today(), history),
                    membership_work(history),
                    assemblies_work(),
                    services.groupements.deletion(groupement_id) if groupement_id is not None else None)

        def apply(data: Selection) -> None:
            if request != self._request:
                return
            view, membership, assemblies, self.deletion_verdict = data
            self.view.show_rows(view)
            membership_apply(membership)
            assemblies_apply(assemblies)
            self._enable_groupement_actions()
            self.data_shown.emit()

        self.deletion_verdict = None
        self._enable_groupement_actions()
        operations.load(self, work, apply, in_background=large, label=self.tr("Chargement du groupement…"))

    def _data_changed(self, groupement_id: int) -> None:
        """A write announced by operations.perform: the list when it changed, the groupement's identity
        when it is the one shown (each panel reloads its own tab)."""
        from gcsms_desktop.gui import operations

        if groupement_id == operations.ALL_GROUPEMENTS:
            self.refresh()
        elif groupement_id == self.current_groupement_id():
            self._reload_view(groupement_id)

    def _reload_view(self, groupement_id: int) -> None:
        from gcsms_desktop.gui import operations
        from gcsms_desktop.gui.groupement_view import groupement_rows

        services = self.services

        def work() -> tuple[GroupementRows, DeletionVerdict]:
            history = services.membership.history(groupement_id)
            return (groupement_rows(history.groupement, services.clock.today(), history),
                    services.groupements.deletion(groupement_id))

        def apply(data: tuple[GroupementRows, DeletionVerdict]) -> None:
            rows, self.deletion_verdict = data
            self.view.show_rows(rows)
            self._enable_groupement_actions()

        operations.load(self, work, apply, in_background=self.is_large(groupement_id),
                        label=self.tr("Chargement du groupement…"))

    # --- use cases --------------------------------------------------------------------------

    def new_groupement(self, draft_id: int | None = None) -> CreationWizard:
        from gcsms_desktop.gui.wizards.creation.wizard import CreationWizard

        wizard = CreationWizard(self.services, draft_id=draft_id, parent=self)
        wizard.created.connect(self._created)
        wizard.finished.connect(lambda _result: self.refresh())
        wizard.open()
        return wizard

    def _created(self, groupement_id: int, denomination: str) -> None:
        self._select(groupement_id)
        self.statusBar().showMessage(self.tr("Groupement « {0} » enregistré.").format(denomination), 8000)

    def resume_draft(self) -> None:
        drafts = self.services.drafts.list()
        if not drafts:
            self.statusBar().showMessage(self.tr("Aucun brouillon à reprendre."), 5000)
            return
        labels = [f"{d.title} — {d.updated_at:%d/%m/%Y %H:%M}" for d in drafts]
        label, ok = QInputDialog.getItem(self, self.tr("Reprendre un brouillon"), self.tr("Brouillon :"),
                                         labels, 0, False)
        if ok:
            self.new_groupement(draft_id=drafts[labels.index(label)].id)

    def new_assembly(self) -> None:
        if self.current_groupement_id() is not None:
            self.tabs.setCurrentWidget(self.assemblies)
            self.assemblies.new_assembly()

    def print_convention(self) -> bool:
        """« Imprimer la convention… »: Qt's print dialog, then the printer."""
        from gcsms_desktop.gui.pdf_output import print_pdf

        groupement_id = self.current_groupement_id()
        if groupement_id is None:
            return False
        return print_pdf(self, self.tr("Convention constitutive"),
                         lambda: self.services.printing.convention(groupement_id))

    def save_convention_as(self) -> None:
        """« Enregistrer la convention en PDF… », into Documents/<groupement>."""
        from gcsms_desktop.gui.pdf_output import choose_pdf_path, documents_folder

        groupement_id = self.current_groupement_id()
        if groupement_id is None:
            return
        denomination = self.services.groupements.get(groupement_id).denomination
        name = f"{self.services.clock.today():%Y-%m-%d} convention constitutive.pdf"
        path = choose_pdf_path(self, self.tr("Enregistrer la convention en PDF"), documents_folder(denomination) / name)
        if path is not None:
            self.save_convention(groupement_id, path)

    def save_convention(self, groupement_id: int, path: Path) -> bool:
        from gcsms_desktop.gui.pdf_output import write_pdf

        done = write_pdf(self, path, lambda: self.services.printing.convention(groupement_id))
        if done:
            self.statusBar().showMessage(self.tr("Convention enregistrée dans {0}").format(path), 10000)
        return done

    def import_json(self) -> None:
        from gcsms_desktop.gui import operations
        from gcsms_desktop.services.files import read_text

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Importer un groupement"), "",
                                              self.tr("Fichiers JSON (*.json)"))
        if not path:
            return
        groupements = self.services.groupements
        done = operations.perform(self, lambda: groupements.import_json(read_text(Path(path))),
                                  changes=operations.ALL_GROUPEMENTS)
        if done is not None:
            self._select(done.value)
            self.statusBar().showMessage(self.tr("Groupement importé."), 5000)

    def export_json(self) -> None:
        from gcsms_desktop.gui import operations
        from gcsms_desktop.services.files import write_atomically

        groupement_id = self.current_groupement_id()
        if groupement_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Exporter en JSON"), "", self.tr("Fichiers JSON (*.json)"))
        services = self.services
        if path and operations.perform(self, lambda: write_atomically(
                Path(path), services.groupements.export_json(groupement_id).encode("utf-8"),
                protected=(services.path,))):
            self.statusBar().showMessage(self.tr("Exporté dans {0}").format(path), 5000)

    def delete_groupement(self, confirmed: bool = False) -> DeletedGroupement | None:
        """Delete the selected groupement created by mistake (domain.deletions), after saying what is lost;
        refused with the reason when an act was done in its books."""
        from gcsms_desktop.gui import operations
        from gcsms_desktop.gui.dialogs import confirm_loss
        from gcsms_desktop.services.errors import ServiceError

        groupement_id, services = self.current_groupement_id(), self.services
        if groupement_id is None or services.read_only:
            return None
        verdict = operations.perform(self, lambda: services.groupements.deletion(groupement_id))
        if verdict is None:
            return None
        if not verdict.value.allowed:
            operations.show_error(self, ServiceError(self.tr("Le groupement ne peut pas être supprimé : {0}.").format(
                " ; ".join(verdict.value.refusals))))
            return None
        if not confirmed and not confirm_loss.confirm_loss(
                self, self.tr("Supprimer le groupement"),
                self.tr("Supprimer le groupement « {0} » ?").format(verdict.value.denomination),
                list(verdict.value.losses), self.tr("Supprimer"),
                self.tr("Aucune assemblée n'a été tenue, aucun avenant signé, le registre est vide. « Exporter en "
                        "JSON » en garde d'abord une copie.")):
            return None
        done = operations.perform(self, lambda: services.groupements.delete(groupement_id),
                                  changes=operations.ALL_GROUPEMENTS)
        if done is None:
            return None
        self.statusBar().showMessage(self.tr("Groupement « {0} » supprimé (Édition › Annuler pour le "
                                             "rétablir).").format(done.value.denomination), 8000)
        from gcsms_desktop.gui.undo import Undoable, undo_stack

        deleted = done.value
        undo_stack().push(Undoable(self.tr("la suppression du groupement « {0} »").format(deleted.denomination),
                                   operations.ALL_GROUPEMENTS, lambda: services.groupements.restore(deleted)))
        return deleted

    def show_guide(self) -> None:
        """Aide › Guide (F1): the French guide, from the creation to a signed procès-verbal."""
        from gcsms_desktop.gui.dialogs.guide_dialog import GuideDialog

        guide = self.findChild(GuideDialog, "guideDialog") or GuideDialog(self)
        guide.show()
        guide.raise_()

    def about(self) -> None:
        from gcsms_desktop.gui.widgets import escape

        QMessageBox.about(self, self.tr("À propos"), self.tr(
            "<b>GCSMS Desktop {0}</b><br>Tenue juridique des groupements de coopération sociale ou médico-sociale "
            "(articles L. 312-7 et R. 312-194-1 et suivants du CASF).<br><br>Base : {1}").format(
            __version__, escape(str(self.database_path or ""))))

    def _select(self, groupement_id: int) -> None:
        """Make ``groupement_id`` current; the list is reloaded only if it is not in it yet (it may have
        been reloaded already by the data_changed of the write that created it)."""
        from PySide6.QtCore import Qt

        for row in range(self.groupement_list.count()):
            if self.groupement_list.item(row).data(Qt.ItemDataRole.UserRole) == groupement_id:
                self.groupement_list.setCurrentRow(row)
                return
        self.refresh(select_id=groupement_id)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.loaded is not None and self._services is not None:  # closed once: its views stop listening
            from gcsms_desktop.gui import operations  # to writes, the base is closed

            operations.data_events().data_changed.disconnect(self._data_changed)
            self.assemblies.stop_listening()
            self.membership.stop_listening()
        self.loaded = None
        from gcsms_desktop.gui import operations

        operations.wait_all()  # a load or the daily backup may still be using the base
        if self._services is not None:
            self._services.close()
        super().closeEvent(event)


