"""How the client list and search scale to a regional caseload: 30,000 clients in one vault.

Prints each operation's median time and its ratio to a baseline query measured in the same run.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from omavalmentaja.services.clients import list_clients
from omavalmentaja.services.demo import fill_demo_data
from omavalmentaja.services.session import Session
from omavalmentaja.services.today import today_overview

PASSPHRASE = "benchmark passphrase 2026"


def median_ms(fn, repeat: int = 7) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def gui_cases(session: Session) -> dict:  # type: ignore[type-arg]
    """The client list panel as the coach uses it: rows held in memory, filters applied as one types."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from omavalmentaja.ui.client_list import ClientListPanel

    app = QApplication.instance() or QApplication([])
    panel = ClientListPanel(session)
    panel.reload()

    def type_search(text: str) -> None:
        panel.search.blockSignals(True)
        panel.search.setText(text)
        panel.search.blockSignals(False)
        panel.apply_filters()
        app.processEvents()

    return {
        "reload from store": panel.reload,
        "type 'kor'": lambda: type_search("kor"),
        "type 'työkokeilu'": lambda: type_search("työkokeilu"),
        "clear search": lambda: type_search(""),
        "toggle active only": lambda: (panel.active_only.toggle(), app.processEvents()),
    }


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 30_000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        start = time.perf_counter()
        with Session.create(folder, PASSPHRASE) as session:
            # clients and meetings only: questionnaire answers for 30,000 clients would take minutes to make
            fill_demo_data(session, clients=count, with_extensions=False)
        fill_s = time.perf_counter() - start
        unlock_ms = median_ms(lambda: Session.unlock(folder, PASSPHRASE).close_quietly(), repeat=3)
        with Session.unlock(folder, PASSPHRASE) as session:
            baseline = median_ms(lambda: session.db.query("SELECT id, last_name, first_name FROM clients"))
            cases = {
                "list all": lambda: list_clients(session),
                "list active": lambda: list_clients(session, active_only=True),
                "search 'kor' (FTS prefix)": lambda: list_clients(session, text="kor"),
                "search 'työkokeilu' (notes)": lambda: list_clients(session, text="työkokeilu"),
                "search hetu prefix '01'": lambda: list_clients(session, text="01"),
                "today overview": lambda: today_overview(session),
            }
            print(f"{count} clients filled in {fill_s:.1f} s; unlock (Argon2id + open) {unlock_ms:.0f} ms")
            print(f"baseline (plain read of every client's id and names): {baseline:.2f} ms")
            for name, fn in cases.items():
                ms = median_ms(fn)
                print(f"{name:32s} {ms:8.1f} ms  ratio {ms / baseline:8.1f}")
            for name, fn in gui_cases(session).items():
                ms = median_ms(fn)
                print(f"GUI {name:28s} {ms:8.1f} ms  ratio {ms / baseline:8.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
