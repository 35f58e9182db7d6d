"""Search as you type in the client list, on a real vault: what the list shows while and after a coach types."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from gui_helpers import MessageBoxCatcher, wait_for_jobs
from omavalmentaja.domain.client import Client
from omavalmentaja.services.clients import list_clients, save_client
from omavalmentaja.services.demo import fill_demo_data
from omavalmentaja.services.session import Session
from omavalmentaja.ui.client_list import ClientListPanel

SURNAMES = ("Korhonen", "Koskinen", "Korpela", "Kallio", "Kortelainen", "Virtanen")


@pytest.fixture
def session(vault_dir: Path, passphrase: str) -> Iterator[Session]:
    with Session.create(vault_dir, passphrase) as opened:
        fill_demo_data(opened, clients=60)
        for number, surname in enumerate(SURNAMES):
            save_client(opened, Client(first_name=f"Testi{number}", last_name=surname, municipality="Kuhmo"))
        yield opened


@pytest.fixture
def panel(qtbot, session: Session) -> ClientListPanel:  # type: ignore[no-untyped-def]
    widget = ClientListPanel(session)
    qtbot.addWidget(widget)
    widget.active_only.setChecked(False)  # every client: the search alone decides what is shown
    widget.show()
    wait_for_jobs(qtbot)
    return widget


def shown_ids(panel: ClientListPanel) -> list[str]:
    return [panel.model.row_at(row).id for row in range(panel.model.total())]


def expected_ids(session: Session, text: str) -> list[str]:
    return [row.id for row in list_clients(session, text)]


def test_typing_fast_shows_only_results_of_the_text_typed(qtbot, panel, session) -> None:  # type: ignore[no-untyped-def]
    shown: list[tuple[str, list[str]]] = []  # (the search text, the rows) every time the list shows rows
    panel.rows_shown.connect(lambda: shown.append((panel.search.text(), shown_ids(panel))))
    catcher = MessageBoxCatcher()
    panel.search.setFocus()
    for key in "korhonen":
        qtbot.keyClicks(panel.search, key)
        panel.apply_filters()  # the debounce firing after every key: each search supersedes the one before
    wait_for_jobs(qtbot)
    catcher.stop()
    assert shown, "the list showed no result"
    assert shown[-1] == ("korhonen", expected_ids(session, "korhonen"))
    assert "Testi0" in {row.first_name for row in list_clients(session, "korhonen")}
    for text, ids in shown:  # no result of an older text replaced a newer one's
        assert ids == expected_ids(session, text)
    assert catcher.texts == []  # the superseded searches were cancelled quietly


def test_a_search_asked_for_at_once_is_not_run_again_by_the_typing_timer(qtbot, panel) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    panel.rows_shown.connect(lambda: shown.append(panel.search.text()))
    qtbot.keyClicks(panel.search, "kor")
    magnifier = next(action for action in panel.search.actions() if action.text() == "Hae")
    magnifier.trigger()  # the search button in the field: searches at once
    wait_for_jobs(qtbot)
    qtbot.wait(400)  # longer than the typing's pause: a timer left running would search and show again
    wait_for_jobs(qtbot)
    assert shown == ["kor"]


def test_clearing_the_search_shows_every_client_again(qtbot, panel, session) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(panel.search, "kallio")
    panel.apply_filters()
    wait_for_jobs(qtbot)
    assert shown_ids(panel) == expected_ids(session, "kallio")
    panel.search.clear()
    panel.apply_filters()
    wait_for_jobs(qtbot)
    assert shown_ids(panel) == expected_ids(session, "")
    assert panel.count_label.text() == f"{len(expected_ids(session, ''))} asiakasta"


def test_the_selection_survives_a_reload_and_a_search_that_keeps_it(qtbot, panel, session) -> None:  # type: ignore[no-untyped-def]
    selected: list[str] = []
    panel.client_selected.connect(selected.append)
    korpela = expected_ids(session, "korpela")[0]
    panel.select(korpela)
    assert panel.current_client_id() == korpela and selected == [korpela]
    panel.reload()
    wait_for_jobs(qtbot)
    assert panel.current_client_id() == korpela
    qtbot.keyClicks(panel.search, "kor")  # Korpela still matches
    panel.apply_filters()
    wait_for_jobs(qtbot)
    assert panel.current_client_id() == korpela
    assert panel.table.selectionModel().isRowSelected(panel.model.row_of(korpela))
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)  # the keyboard moves on from the kept selection
    assert panel.current_client_id() == shown_ids(panel)[panel.model.row_of(korpela) + 1]


def test_a_client_far_down_a_long_list_is_found_and_shown() -> None:
    from omavalmentaja.store.clients import ClientRow
    from omavalmentaja.ui.client_list import ClientListModel

    rows = [ClientRow(f"id-{n}", f"Sukunimi{n:04}", "Etu", "", None, "Kuhmo", "active", None, None)
            for n in range(1000)]
    model = ClientListModel()
    model.set_rows(rows)
    assert model.rowCount() < 900  # the list shows a batch at a time as one scrolls
    assert model.row_of("id-900") == 900 and model.rowCount() > 900  # rows up to it are shown at once
    assert model.row_of("missing") == -1
    replaced, _ids = model.set_rows(rows[:10])
    assert replaced is rows and model.total() == 10


def test_a_new_search_result_starts_at_its_first_row(qtbot, panel, session) -> None:  # type: ignore[no-untyped-def]
    panel.resize(500, 180)  # a few rows fit: the list scrolls
    every = shown_ids(panel)
    last = every[-1]
    assert last not in expected_ids(session, "kor") and len(expected_ids(session, "kor")) >= 4
    panel.select(last)  # the view scrolls down to the last client
    assert panel.table.rowAt(0) > 0
    qtbot.keyClicks(panel.search, "kor")
    panel.apply_filters()
    wait_for_jobs(qtbot)
    assert shown_ids(panel) == expected_ids(session, "kor")
    assert panel.table.rowAt(0) == 0  # the first match is in view, not whatever row the old list was scrolled to
