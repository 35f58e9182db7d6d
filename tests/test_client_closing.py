"""Closing a client relationship: a closing date and a coded exit reason, reopening that keeps the history, the
monthly report counting by closing dates (never by the record's last change), and the migration of vaults
whose closed clients had no closing date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from conftest import run_cli
from omavalmentaja.domain.client import Client, ClientStatus
from omavalmentaja.domain.closing import ExitReason
from omavalmentaja.errors import UserError
from omavalmentaja.services.clients import save_client
from omavalmentaja.services.closing import close_client, closings, reopen_client
from omavalmentaja.services.session import Session
from omavalmentaja.store import db as store_db
from omavalmentaja.store.records import save_record
from omavalmentaja.sync.report import monthly_report

START = dt.date(2025, 1, 2)


def _client(session: Session, last: str = "Korhonen", start: dt.date = START) -> Client:
    return save_client(session, Client(first_name="Aino", last_name=last, municipality="Kajaani", start_date=start))


def _figures(session: Session, month: str, section: str) -> int:
    return monthly_report(session.db, month).total(section)


def test_close_and_reopen_on_the_command_line_keep_the_history(session: Session) -> None:
    client = _client(session)
    folder = session.vault.folder
    session.lock()
    closed = run_cli("client", "close", client.id, "--on", "2025-03-31", "--reason", "education", data_dir=folder)
    assert closed.returncode == 0, closed.stderr
    assert "31.3.2025" in closed.stdout and "Koulutukseen" in closed.stdout
    english = run_cli("--lang", "en", "client", "reopen", client.id, "--on", "2025-06-02", data_dir=folder)
    assert english.returncode == 0 and "reopened on 2.6.2025" in english.stdout
    again = run_cli("client", "close", client.id, "--on", "2025-09-30", "--reason", "open_labour_market",
                    data_dir=folder)
    assert again.returncode == 0, again.stderr
    with Session.unlock(folder, "kaksi kissaa ja koira 2026") as after:
        history = closings(after, client.id)
        now = after.clients.get(client.id)
        actions = [e.action for e in after.audit.for_client(client.id)]
    assert [(c.closed_on, c.exit_reason, c.reopened_on) for c in history] == [
        (dt.date(2025, 3, 31), ExitReason.EDUCATION, dt.date(2025, 6, 2)),
        (dt.date(2025, 9, 30), ExitReason.OPEN_LABOUR_MARKET, None)]
    assert now.status == ClientStatus.CLOSED and now.closed_on == dt.date(2025, 9, 30)
    assert actions.count("client.close") == 2 and actions.count("client.reopen") == 1


@pytest.mark.parametrize(("args", "words"), [
    (("--on", "2025-03-31", "--reason", "request"), "virheellinen valinta"),
    (("--on", "31.13.2025", "--reason", "other"), "p.k.vvvv"),
    (("--on", (dt.date.today() + dt.timedelta(days=1)).isoformat(), "--reason", "other"), "tulevaisuudessa"),
    (("--on", "2024-12-31", "--reason", "other"), "ennen asiakkuuden alkua"),
    (("--reason", "other"), "--on"),
])
def test_bad_closings_are_one_line_and_change_nothing(session: Session, args: tuple[str, ...], words: str) -> None:
    client = _client(session)
    folder = session.vault.folder
    session.lock()
    result = run_cli("client", "close", client.id, *args, data_dir=folder)
    assert result.returncode == 2 and words in result.stderr and "Traceback" not in result.stderr
    with Session.unlock(folder, "kaksi kissaa ja koira 2026") as after:
        assert after.clients.get(client.id).status == ClientStatus.ACTIVE
        assert closings(after, client.id) == []


def test_reopening_before_the_closing_is_refused(session: Session) -> None:
    client = _client(session)
    close_client(session, client.id, dt.date(2025, 5, 5), ExitReason.OTHER)
    with pytest.raises(UserError, match="ennen päättymispäivää"):
        reopen_client(session, client.id, dt.date(2025, 5, 4))
    assert session.clients.get(client.id).status == ClientStatus.CLOSED


def test_the_report_counts_by_closing_dates_across_month_boundaries(session: Session) -> None:
    end_of_month = _client(session, "Kuunlopussa")
    first_of_month = _client(session, "Kuunalussa")
    still_open = _client(session, "Jatkaja")
    close_client(session, end_of_month.id, dt.date(2025, 1, 31), ExitReason.EDUCATION)
    close_client(session, first_of_month.id, dt.date(2025, 2, 1), ExitReason.MOVED_AWAY)
    assert still_open.id
    january, february, march = (monthly_report(session.db, m) for m in ("2025-01", "2025-02", "2025-03"))
    assert january.total("clients") == 3 and january.total("closed_clients") == 1
    assert january.total("exits", "education") == 1 and january.total("exits", "moved_away") == 0
    assert february.total("clients") == 2 and february.total("closed_clients") == 1  # in service on 1.2.
    assert february.total("exits", "moved_away") == 1
    assert march.total("clients") == 1 and march.total("closed_clients") == 0


def test_edits_after_closing_do_not_move_the_closing(session: Session) -> None:
    client = _client(session)
    close_client(session, client.id, dt.date(2025, 1, 15), ExitReason.SUBSIDISED_WORK)
    edited = session.clients.get(client.id)
    edited.phone = "040 123 4567"  # edited today, long after the closing
    save_client(session, edited)
    month_now = dt.date.today().strftime("%Y-%m")
    assert _figures(session, "2025-01", "closed_clients") == 1
    assert _figures(session, month_now, "closed_clients") == 0
    assert _figures(session, month_now, "clients") == 0


def test_a_reopened_client_is_in_service_again_and_each_closing_counts_once(session: Session) -> None:
    client = _client(session)
    close_client(session, client.id, dt.date(2025, 1, 10), ExitReason.EDUCATION)
    reopen_client(session, client.id, dt.date(2025, 3, 5))
    close_client(session, client.id, dt.date(2025, 4, 20), ExitReason.OPEN_LABOUR_MARKET)
    counts = {m: (_figures(session, m, "clients"), _figures(session, m, "closed_clients"))
              for m in ("2025-01", "2025-02", "2025-03", "2025-04", "2025-05")}
    assert counts == {"2025-01": (1, 1), "2025-02": (0, 0), "2025-03": (1, 0), "2025-04": (1, 1),
                      "2025-05": (0, 0)}


def _closing_migration() -> int:
    return next(n for n, name, _ in store_db.migrations() if name.endswith("_client_closing.sql"))


def test_a_vault_of_the_previous_schema_is_migrated_with_every_record(vault_dir: Path, passphrase: str,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = store_db.migrations()
    number = _closing_migration()
    old_fields = {"first_name": "Vanha", "municipality": "Kajaani", "start_date": "2024-05-01",
                  "close_reason": "Muutti Ouluun"}
    with monkeypatch.context() as patch:  # a vault made by the schema before the closing migration
        patch.setattr(store_db, "migrations", lambda: [m for m in shipped if m[0] < number])
        with Session.create(vault_dir, passphrase) as old, old.db.transaction():
            closed_id, _ = save_record(old.db, "clients", {**old_fields, "last_name": "Suljettu", "status": "closed"})
            open_id, _ = save_record(old.db, "clients", {**old_fields, "last_name": "Avoin", "close_reason": ""})
            save_record(old.db, "meetings", {"client_id": closed_id, "starts_at": "2024-06-01T10:00",
                                             "kind": "phone"})
            before = {t: old.db.query_one(f'SELECT count(*) FROM "{t}"')[0] for t in ("clients", "meetings")}
            changed = old.db.query_one("SELECT updated_at FROM clients WHERE id = ?", (closed_id,))[0]
    with Session.unlock(vault_dir, passphrase) as new:
        after = {t: new.db.query_one(f'SELECT count(*) FROM "{t}"')[0] for t in ("clients", "meetings")}
        assert after == before
        closed = new.clients.get(closed_id)
        assert closed.closed_on == dt.date.fromisoformat(changed[:10]) and closed.exit_reason == ExitReason.OTHER
        assert closed.close_reason == "Muutti Ouluun"
        [derived] = closings(new, closed_id)
        assert derived.migrated and derived.id == closed_id and derived.note == "Muutti Ouluun"
        assert closings(new, open_id) == [] and new.clients.get(open_id).closed_on is None
        row = new.db.query_one("SELECT change_seq, version FROM client_closings WHERE id = ?", (closed_id,))
        assert tuple(row) == (0, 1)  # derived the same way at the office: never sent, never a conflict
        report = monthly_report(new.db, changed[:7])
        assert report.total("exits", "not_coded") == 1
        close_client(new, closed_id, dt.date(2024, 9, 30), ExitReason.OTHER_SERVICE)  # the coach corrects it
        [corrected] = closings(new, closed_id)
        assert not corrected.migrated and corrected.closed_on == dt.date(2024, 9, 30)
