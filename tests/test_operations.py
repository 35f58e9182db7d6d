"""Background work has one owner (ui/operations): the lock waits for a running job, errors reach a dialog,
slow checks leave the GUI thread, and the store's transaction belongs to the thread that opened it."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from gui_helpers import MessageBoxCatcher, answer_coach_check, wait_for_jobs
from omavalmentaja.domain.client import Client
from omavalmentaja.errors import UserError
from omavalmentaja.messages import render
from omavalmentaja.services.clients import list_clients, save_client
from omavalmentaja.services.session import Session
from omavalmentaja.ui.main_window import MainWindow
from omavalmentaja.ui.operations import Cancelled, Task, operations

FAILURE = "plan.coach_name_missing"  # any message of the catalogue


@pytest.fixture
def window(qtbot, session: Session, vault_dir: Path):  # type: ignore[no-untyped-def]
    main = MainWindow(vault_dir)
    qtbot.addWidget(main)
    main.open_session(session)
    main.show()
    wait_for_jobs(qtbot)  # the Today page reads the day's items off the GUI thread once the vault is open
    yield main
    wait_for_jobs(qtbot)
    if main.handover_window is not None:
        main.handover_window.force_close()


def test_lock_waits_for_a_running_job_and_never_closes_the_database_under_it(
        qtbot, window, session, vault_dir, passphrase) -> None:  # type: ignore[no-untyped-def]
    inside, release = threading.Event(), threading.Event()
    outcome: list[str] = []

    def export_like(task: Task) -> str:  # a job that cannot stop half-way (like a backup)
        with session.db.transaction():
            save_client(session, Client(first_name="Työn", last_name="Aikana"))
            inside.set()
            assert release.wait(20)
        return "valmis"

    operations().run(export_like, on_done=outcome.append, name="test.export")
    assert inside.wait(20)
    window.lock()  # Ctrl+L or the idle lock while the job runs
    assert window.session is session and not session.closed and operations().running() == ["test.export"]
    release.set()
    qtbot.waitUntil(lambda: window.session is None, timeout=20_000)
    assert session.closed and not operations().busy and outcome == []  # the lock went first; nothing shown
    with Session.unlock(vault_dir, passphrase) as again:  # the job's write was committed, not cut off
        assert [c.last_name for c in list_clients(again)] == ["Aikana"]


def test_lock_cancels_a_cancellable_job_which_rolls_back(qtbot, window, session, vault_dir,
                                                          passphrase) -> None:  # type: ignore[no-untyped-def]
    inside = threading.Event()

    def import_like(task: Task) -> None:  # checks the cancel request between records, like a bundle import
        with session.db.transaction():
            save_client(session, Client(first_name="Puoliksi", last_name="Tuotu"))
            inside.set()
            for record in range(10**9):
                task.progress(record, 10**9)

    operations().run(import_like, cancellable=True, name="test.import")
    assert inside.wait(20)
    catcher = MessageBoxCatcher()
    window.lock()
    qtbot.waitUntil(lambda: window.session is None, timeout=20_000)
    catcher.stop()
    assert catcher.texts == []  # a cancelled job is not an error
    with Session.unlock(vault_dir, passphrase) as again:
        assert list_clients(again) == []


def test_a_jobs_error_reaches_a_dialog(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    catcher = MessageBoxCatcher()

    def fails(task: Task) -> None:
        raise UserError(FAILURE)

    operations().run(fails, parent=window, name="test.fail")
    wait_for_jobs(qtbot)
    qtbot.waitUntil(lambda: bool(catcher.texts), timeout=5000)
    catcher.stop()
    assert catcher.texts == [render(FAILURE)]


def test_an_error_of_a_job_ended_by_the_lock_still_reaches_a_dialog(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    inside, release = threading.Event(), threading.Event()

    def fails_late(task: Task) -> None:
        inside.set()
        assert release.wait(20)
        raise UserError(FAILURE)

    operations().run(fails_late, name="test.fail")
    assert inside.wait(20)
    window.lock()
    catcher = MessageBoxCatcher()
    release.set()
    qtbot.waitUntil(lambda: bool(catcher.texts), timeout=20_000)
    catcher.stop()
    assert window.session is None and catcher.texts == [render(FAILURE)]


def test_a_gui_save_during_a_failing_job_survives(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    """The store's thread rule: the GUI thread's save waits for the job's transaction instead of joining
    it, so the job's rollback cannot take the GUI's save with it."""
    inside, release = threading.Event(), threading.Event()
    errors: list[Exception] = []

    def failing_job(task: Task) -> None:
        with session.db.transaction():
            save_client(session, Client(first_name="Jobin", last_name="Kesken"))
            inside.set()
            assert release.wait(20)
            raise UserError(FAILURE)

    operations().run(failing_job, on_error=errors.append, name="test.import")
    assert inside.wait(20)
    threading.Timer(0.3, release.set).start()  # the GUI save below starts while the job's transaction is open
    save_client(session, Client(first_name="Käyttöliittymän", last_name="Tallennus"))  # an autosave
    wait_for_jobs(qtbot)
    assert [str(e) for e in errors] == [render(FAILURE)]
    assert [c.last_name for c in list_clients(session)] == ["Tallennus"]


def test_a_transaction_of_the_same_thread_nests(session) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RuntimeError), session.db.transaction():
        with session.db.transaction():
            save_client(session, Client(first_name="Sisä", last_name="Kkäinen"))
        raise RuntimeError("outer fails")
    assert list_clients(session) == []


def test_coach_check_runs_off_the_gui_thread(qtbot, window, session, passphrase,
                                             monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Argon2id and the back-off after wrong tries never run on the GUI thread, also in front of the client."""
    threads: list[threading.Thread] = []
    verify = session.vault.verify_passphrase

    def recorded(text: str) -> bool:
        threads.append(threading.current_thread())
        return verify(text)

    monkeypatch.setattr(session.vault, "verify_passphrase", recorded)
    handover = window.start_handover(QLabel("Kysymys"), "Kysely")
    qtbot.addWidget(handover)
    for wrong in ("väärä tunnuslause 1", "väärä tunnuslause 2"):  # the second one is slowed down
        assert answer_coach_check(qtbot, handover, wrong) == "Väärä tunnuslause tai PIN-koodi."
    answer_coach_check(qtbot, handover, passphrase)
    assert window.handover_window is None and window.isVisible()
    assert len(threads) == 3 and threading.main_thread() not in threads


def test_a_cancelled_task_stops_at_its_next_progress_report() -> None:  # type: ignore[no-untyped-def]
    seen: list[int] = []
    task = Task(lambda done, total: seen.append(done))
    task.progress(1, 2)
    task.cancel()
    with pytest.raises(Cancelled):
        task.progress(2, 2)
    assert seen == [1] and task.cancelled


def test_a_finished_jobs_result_and_callbacks_are_let_go(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A region's client list is 20 MB: each reload kept its result in memory for good (Qt's connection to the
    job held the job, out of the garbage collector's sight) until results were released once delivered."""
    import gc
    import weakref

    class Result:
        pass

    delivered: list[bool] = []
    results: list[weakref.ref[Result]] = []

    def work(_task: Task) -> Result:
        result = Result()
        results.append(weakref.ref(result))
        return result

    operations().run(work, on_done=lambda result: delivered.append(isinstance(result, Result)), name="test.big")
    wait_for_jobs(qtbot)
    gc.collect()
    assert delivered == [True]
    assert results[0]() is None


def test_the_collector_and_the_thread_switching_are_restored_once_jobs_end(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    import gc
    import sys

    idle_interval = sys.getswitchinterval()
    seen: list[tuple[bool, float]] = []
    made: list[object] = []

    def work(_task: Task) -> None:
        seen.append((gc.isenabled(), sys.getswitchinterval()))
        made.extend([[n] for n in range(1000)])  # objects a job leaves behind (rows of a list)
    operations().run(work)
    wait_for_jobs(qtbot)
    assert seen == [(False, 0.001)]  # no collection in the job's thread; the GUI thread gets the lock sooner
    assert gc.isenabled() and sys.getswitchinterval() == idle_interval
    assert gc.get_freeze_count() >= len(made)  # frozen: no collection on the GUI thread walks them
    window.lock()
    qtbot.waitUntil(lambda: window.session is None)
    assert gc.get_freeze_count() == 0  # the lock gives them back to the collector
