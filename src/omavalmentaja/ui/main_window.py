"""The main window: the unlock screen, then a side bar (Tänään, Asiakkaat, Synkronointi, Asetukset)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from omavalmentaja.ui.about import add_help_menu
from omavalmentaja.ui.events import events
from omavalmentaja.ui.i18n import apply_vault_language
from omavalmentaja.ui.idle_lock import IdleLock
from omavalmentaja.ui.labels import label
from omavalmentaja.ui.operations import operations, release_frozen
from omavalmentaja.ui.theme import icon
from omavalmentaja.ui.unlock_page import UnlockPage
from omavalmentaja.ui.widgets import name_inner_fields

if TYPE_CHECKING:
    from omavalmentaja.services.session import Session
    from omavalmentaja.ui.handover import HandoverWindow
    from omavalmentaja.ui.sleep_lock import SleepLock

SECTIONS = ("Tänään", "Asiakkaat", "Synkronointi", "Asetukset")
SECTION_ICONS = ("today", "clients", "sync", "settings")

# The workspace's pages and widgets, the services and the hand-over window are imported when a vault is opened,
# not at start-up: the unlock screen needs none of them, and importing them (with the store, the vault and the OS
# keyring's modules they load) took longer than starting Qt itself. So are the guards that only matter while
# a vault is open (the sleep lock's D-Bus connections, the clipboard guard, the PDF viewing folder's clean-up).


def _remove_viewed_pdfs(folder: Path) -> None:
    from omavalmentaja.ui.pdf_open import FOLDER_NAME, remove_viewed_pdfs

    remove_viewed_pdfs(folder / FOLDER_NAME)


class MainWindow(QMainWindow):
    def __init__(self, folder: Path, demo_passphrase: str = "") -> None:
        super().__init__()
        self.folder = folder
        self.session: Session | None = None  # type: ignore[assignment]
        self.handover_window: HandoverWindow | None = None
        # a demo window says so in its title, so that nobody mistakes it for the real vault
        self.setWindowTitle(self.tr("Omavalmentaja – esittelyholvi") if demo_passphrase else self.tr("Omavalmentaja"))
        screen = QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen else None
        self.resize(min(1280, available.width()) if available else 1280,
                    min(800, available.height()) if available else 800)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        if (folder / "vault.header").exists():
            self.gate: QWidget = UnlockPage(folder, demo_passphrase)
            self.gate.unlocked.connect(self.open_session)  # type: ignore[attr-defined]
        else:
            from omavalmentaja.ui.first_run import FirstRunGuide  # only on a first run: its steps load sync

            self.gate = FirstRunGuide(folder)
            self.gate.created.connect(self.open_session)  # type: ignore[attr-defined]
        self.stack.addWidget(self.gate)
        add_help_menu(self, folder)
        self.workspace: QWidget | None = None
        self.idle_lock = IdleLock(self.lock, 10)
        self.sleep_lock: SleepLock | None = None  # from the first unlock on (_guard_open_vault)
        lock_action = QAction(self.tr("Lukitse"), self)
        lock_action.setShortcut(QKeySequence("Ctrl+L"))
        lock_action.triggered.connect(self.lock)
        self.addAction(lock_action)
        for number in range(len(SECTIONS)):
            section_action = QAction(self)
            section_action.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
            section_action.triggered.connect(lambda _=False, n=number: self.session and self.show_section(n))
            self.addAction(section_action)
        find_action = QAction(self.tr("Hae asiakasta"), self)
        find_action.setShortcut(QKeySequence.StandardKey.Find)
        find_action.triggered.connect(self.focus_search)
        self.addAction(find_action)
        app_events = events()  # events up from pages and tabs; this window calls down into its pages
        app_events.client_changed.connect(self.client_changed)
        app_events.client_created.connect(self._client_created)
        app_events.client_erased.connect(self._client_erased)
        app_events.settings_changed.connect(self._setting_changed)
        app_events.handover_started.connect(self._handover_started)

    # --- session -------------------------------------------------------------------------------------
    def open_session(self, session: Session) -> None:
        from omavalmentaja.services.settings import idle_lock_minutes, ui_language

        self.session = session
        self._guard_open_vault()
        _remove_viewed_pdfs(self.folder)  # left by a crash or a killed process
        language_changed = apply_vault_language(ui_language(session))
        if not isinstance(self.gate, UnlockPage) or language_changed:  # after the first-run guide
            self.stack.removeWidget(self.gate)
            self.gate.deleteLater()
            self.gate = UnlockPage(self.folder)
            self.gate.unlocked.connect(self.open_session)  # type: ignore[attr-defined]
            self.stack.addWidget(self.gate)
        self.workspace = self._build_workspace(session)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self.idle_lock.set_minutes(idle_lock_minutes(session))
        self.idle_lock.start()
        self.show_section(0)

    def _guard_open_vault(self) -> None:
        """At the first unlock: lock when the laptop sleeps or its screen locks, and from then on clear a
        henkilötunnus copied with Ctrl+C after a while."""
        from omavalmentaja.ui.clipboard import sensitive_clipboard
        from omavalmentaja.ui.sleep_lock import SleepLock

        sensitive_clipboard()
        if self.sleep_lock is None:
            self.sleep_lock = SleepLock(self.lock_for_system, self)
            if sys.platform == "win32":
                self.sleep_lock.register_windows_session(int(self.winId()))

    def lock(self) -> None:
        """Close the database and drop every widget that shows client data, once no background job runs
        (a running job is asked to cancel, else finished first: the database never closes under a job)."""
        if self.session is None:
            return
        operations().when_idle(self._lock_now)

    def quit_when_idle(self) -> None:
        """Quit (Ctrl+Q, SIGTERM, the session ending) after the running job, locked like an idle lock."""
        operations().when_idle(self._quit_now)

    def shut_down(self) -> None:
        """The application is exiting and no event loop runs: join any job's thread, then lock."""
        operations().wait_blocking()
        self._lock_now()

    def _quit_now(self) -> None:
        self._lock_now()
        QApplication.quit()

    def _lock_now(self) -> None:
        if self.session is None:
            return
        from PySide6.QtWidgets import QDialog

        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()  # editors save their drafts on reject; nothing stays on screen
        if self.handover_window is not None:
            self.handover_window.force_close()
            self.handover_window = None
        self.idle_lock.stop()
        if self.workspace is not None:
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        self.session.lock()
        self.session = None
        release_frozen()
        _remove_viewed_pdfs(self.folder)
        events().vault_locked.emit()
        from omavalmentaja.ui.clipboard import sensitive_clipboard

        sensitive_clipboard().clear_now()
        self.stack.setCurrentWidget(self.gate)
        self.show()

    def lock_for_system(self, _reason: str) -> None:
        """The laptop goes to sleep or its screen locks (ui/sleep_lock.py): lock as Ctrl+L does."""
        if self.session is not None:
            self.lock()

    if sys.platform == "win32":
        def nativeEvent(self, event_type: Any, message: Any) -> Any:  # noqa: N802 (Qt naming)
            if self.sleep_lock is not None:
                self.sleep_lock.windows_message(event_type, message)
            return super().nativeEvent(event_type, message)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt naming)
        if self.handover_window is not None:
            event.ignore()
            return
        if operations().busy:  # close once the job has stopped
            event.ignore()
            operations().when_idle(self.close)
            return
        self._lock_now()
        event.accept()

    # --- workspace -----------------------------------------------------------------------------------
    def _build_workspace(self, session: Session) -> QWidget:
        from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QSplitter

        from omavalmentaja.ui.client_detail import ClientDetail
        from omavalmentaja.ui.client_list import ClientListPanel
        from omavalmentaja.ui.settings_page import SettingsPage
        from omavalmentaja.ui.sync_page import make_sync_page
        from omavalmentaja.ui.today_page import TodayPage

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Osiot"))
        self.sidebar.setIconSize(QSize(22, 22))
        for number, (name, icon_name) in enumerate(zip(SECTIONS, SECTION_ICONS, strict=True), start=1):
            item = QListWidgetItem(icon(icon_name, "#ffffff"), label(name))
            item.setToolTip(f"Ctrl+{number}")
            self.sidebar.addItem(item)
        self.sidebar.setFixedWidth(self.sidebar.sizeHintForColumn(0) + 28)  # as wide as the longest name
        self.pages = QStackedWidget()
        self.today = TodayPage(session)
        self.today.client_requested.connect(self.show_client)
        self.client_list = ClientListPanel(session)
        self.client_detail = ClientDetail(session)
        self.client_list.client_selected.connect(self.client_detail.show_client)
        self.client_list.new_client_requested.connect(self.new_client)
        clients = QSplitter(Qt.Orientation.Horizontal)
        clients.addWidget(self.client_list)
        clients.addWidget(self.client_detail)
        clients.setObjectName("clientSplitter")
        clients.setChildrenCollapsible(False)
        clients.setStretchFactor(0, 1)
        clients.setStretchFactor(1, 1)
        clients.setSizes([480, 620])  # full names in the list; the coach can drag the divider
        self.pages.addWidget(self.today)
        self.pages.addWidget(clients)
        self.pages.addWidget(make_sync_page(session))
        self.pages.addWidget(SettingsPage(session))
        self.sidebar.currentRowChanged.connect(self.show_section)
        workspace = QWidget()
        layout = QHBoxLayout(workspace)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.pages, 1)
        name_inner_fields(workspace)
        return workspace

    def show_section(self, index: int) -> None:
        if self.sidebar.currentRow() != index:
            self.sidebar.setCurrentRow(index)
            return
        self.pages.setCurrentIndex(index)
        if index == 0:
            self.today.reload()
        elif index == 1 and self.client_list.model.total() == 0:
            self.client_list.apply_filters()

    def focus_search(self) -> None:
        if self.session is None:
            return
        self.show_section(1)
        self.client_list.search.setFocus()
        self.client_list.search.selectAll()

    def show_client(self, client_id: str) -> None:
        self.show_section(1)
        self.client_list.active_only.setChecked(False)
        self.client_list.search.clear()
        self.client_list.apply_filters()
        self.client_list.select(client_id, emit=False)
        self.client_detail.show_client(client_id)

    def client_changed(self, client_id: str) -> None:
        if self.workspace is None:
            return
        self.client_list.reload_municipalities()
        self.client_list.reload()

    def new_client(self) -> None:
        if self.session is None:  # Ctrl+N clicks the button a moment later: the vault may be locked by then
            return
        from omavalmentaja.ui.new_client_dialog import NewClientDialog

        NewClientDialog(self.session, self).exec()  # a saved client arrives as events().client_created

    def _client_created(self, client_id: str) -> None:
        """The new client is in the list at once, selected, whatever the filters were."""
        if self.workspace is None:
            return
        self.client_list.reload_municipalities()
        self.client_list.reload()
        self.show_client(client_id)

    def _client_erased(self, client_id: str) -> None:
        if self.workspace is None:
            return
        if self.client_detail.client_id == client_id:
            self.client_detail.show_client("")
        self.client_changed("")

    def _setting_changed(self, key: str) -> None:
        if self.session is not None and key == "idle_lock_minutes":
            from omavalmentaja.services.settings import idle_lock_minutes

            self.idle_lock.set_minutes(idle_lock_minutes(self.session))

    # --- hand-over -----------------------------------------------------------------------------------
    def start_handover(self, content: QWidget, title: str) -> HandoverWindow:
        from omavalmentaja.ui.handover import open_handover

        assert self.session is not None
        return open_handover(self.session, content, title)

    def _handover_started(self, window: HandoverWindow) -> None:
        self.handover_window = window
        window.coach_returned.connect(self._handover_ended)
        self.hide()

    def _handover_ended(self) -> None:
        self.handover_window = None
        self.show()
        if self.client_detail.client_id:
            self.client_detail.refresh()
