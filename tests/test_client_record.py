"""The client record a coach needs offline: every field through the CSV import (Finnish headers), the domain's
validation, the app's profile sub-tab, the client's own-data export (JSON and PDF), the sync bundle (validated by
the domain at the office), and the migration of a vault made by the schema before it."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path

import pytest

from conftest import PASSPHRASE, run_cli
from omavalmentaja.domain.client import Client
from omavalmentaja.domain.client_record import (
    Benefit,
    ClientRecord,
    Consent,
    ConsentKind,
    EducationLevel,
    LabourMarketStatus,
    LanguageSkill,
    WorkAbilityLimit,
)
from omavalmentaja.errors import UserError
from omavalmentaja.services.client_export import export_client
from omavalmentaja.services.clients import list_clients, save_client
from omavalmentaja.services.session import Session
from omavalmentaja.store import db as store_db
from omavalmentaja.store.records import save_record
from omavalmentaja.sync.bundle import BundleError
from sync_forge import forge, office_copy, round_trip
from sync_support import make_coach, make_office

CSV = (
    "etunimi;sukunimi;työmarkkinatilanne;työtön_alkaen;työttömyysetuus;äidinkieli;muut_kielet;kansalaisuus;"
    "koulutusaste;tutkinnot;haetut_ammatit;työkyvyn_rajoitteet;rajoitteen_lisätieto;kotoutumissuunnitelma_asti;"
    "suostumukset\n"
    "Amina;Hassan;työtön;1.2.2024;työmarkkinatuki;so;fi:A2|en:B1;SO;toinen aste;Lähihoitaja (2019);"
    "lähihoitaja|hoiva-avustaja;heavy_lifting|Ei vuorotyötä;ei yövuoroja;31.12.2026;"
    "employer:2025-03-01:CV työkokeilupaikalle\n"
)


def _full_record() -> ClientRecord:
    return ClientRecord(
        labour_market_status=LabourMarketStatus.UNEMPLOYED, unemployed_since=dt.date(2024, 2, 1),
        benefit=Benefit.LABOUR_MARKET_SUBSIDY, mother_tongue="so",
        other_languages=[LanguageSkill("fi", "A2"), LanguageSkill("en", "B1")], citizenship="SO",
        education_level=EducationLevel.UPPER_SECONDARY, qualifications="Lähihoitaja (2019)",
        occupations_sought=["lähihoitaja", "hoiva-avustaja"],
        work_ability_limits=[WorkAbilityLimit.HEAVY_LIFTING, WorkAbilityLimit.SHIFT_WORK],
        work_ability_note="ei yövuoroja", integration_plan=True, integration_plan_until=dt.date(2026, 12, 31),
        consents=[Consent(ConsentKind.EMPLOYER, dt.date(2025, 3, 1), "CV työkokeilupaikalle")])


def test_the_csv_import_reads_every_field_by_its_finnish_header(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "asiakkaat.csv"
    path.write_text(CSV, encoding="utf-8")
    folder = session.vault.folder
    session.lock()
    result = run_cli("client", "import", str(path), data_dir=folder)
    assert result.returncode == 0, result.stderr
    with Session.unlock(folder, PASSPHRASE) as after:
        [row] = list_clients(after)
        assert after.clients.get(row.id).record == _full_record()
    bad = tmp_path / "bad.csv"
    bad.write_text(CSV.replace("fi:A2", "fi:X9").replace("työmarkkinatuki", "sosiaalituki"), encoding="utf-8")
    refused = run_cli("client", "import", str(bad), data_dir=folder)
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert "sosiaalituki" in refused.stderr and "A1, A2" in refused.stderr


@pytest.mark.parametrize(("change", "words"), [
    (lambda r: setattr(r, "citizenship", "Suomi"), "maakoodi"),
    (lambda r: setattr(r, "unemployed_since", dt.date.today() + dt.timedelta(days=2)), "tulevaisuudessa"),
    (lambda r: r.consents.append(Consent(ConsentKind.OTHER, dt.date(2025, 1, 1), " ")), "laajuus puuttuu"),
    (lambda r: setattr(r, "work_ability_note", "x" * 201), "rajoitteen lisätieto"),
])
def test_the_domain_refuses_bad_values(session: Session, change, words: str) -> None:  # type: ignore[no-untyped-def]
    client = Client(first_name="Amina", last_name="Hassan", record=_full_record())
    change(client.record)
    with pytest.raises(UserError, match=words):
        save_client(session, client)
    assert list_clients(session) == []


def test_the_own_data_export_holds_the_record(session: Session, tmp_path: Path) -> None:
    client = save_client(session, Client(first_name="Amina", last_name="Hassan", record=_full_record()))
    result = export_client(session, client.id, tmp_path / "out")
    data = json.loads(next(p for p in result.files if p.suffix == ".json").read_text(encoding="utf-8"))
    assert "työkokeilupaikalle" in json.dumps(data, ensure_ascii=False)
    pdf = next(p for p in result.files if p.suffix == ".pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for words in ("Työmarkkinatilanne", "Työmarkkinatuki", "Toinen aste", "Ei raskaita nostoja",
                  "Tietojen luovutus työnantajalle", "31.12.2026"):
        assert words in text


def test_sync_carries_the_record_and_the_office_checks_it(tmp_path: Path) -> None:
    office_session, key_file = make_office(tmp_path)
    coach = make_coach(tmp_path, key_file, "Aino")
    client = save_client(coach, Client(first_name="Amina", last_name="Hassan", record=_full_record()))
    round_trip(coach, office_session, tmp_path, "1", trust=True)
    assert office_session.clients.get(client.id).record == _full_record()
    for column, value in (("benefit", "sosiaalituki"), ("other_languages", '[{"language": "fi"}]'),
                          ("consents", "[1, 2]")):
        bad = office_copy(office_session, "clients", client.id, coach, **{column: value})
        with pytest.raises(BundleError):
            from omavalmentaja.services import office

            office.import_bundle(office_session, forge(coach, tmp_path / f"{column}.omvb", [bad]))
    assert office_session.clients.get(client.id).record == _full_record()


def test_a_vault_of_the_previous_schema_keeps_every_client(vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = store_db.migrations()
    number = next(n for n, name, _ in shipped if name.endswith("_client_record.sql"))
    with monkeypatch.context() as patch:
        patch.setattr(store_db, "migrations", lambda: [m for m in shipped if m[0] < number])
        with Session.create(vault_dir, PASSPHRASE) as old, old.db.transaction():
            client_id, _ = save_record(old.db, "clients", {"first_name": "Vanha", "last_name": "Asiakas",
                                                           "municipality": "Kajaani", "phone": "040 123 4567"})
    with Session.unlock(vault_dir, PASSPHRASE) as new:
        client = new.clients.get(client_id)
        assert (client.first_name, client.municipality, client.phone) == ("Vanha", "Kajaani", "040 123 4567")
        assert client.record == ClientRecord()
        client.record.benefit = Benefit.BASIC_ALLOWANCE
        save_client(new, client)
        assert new.clients.get(client_id).record.benefit == Benefit.BASIC_ALLOWANCE


def test_the_profile_sub_tab_edits_the_record_and_fits_a_small_screen(qtbot, session: Session) -> None:
    from omavalmentaja.ui.client_record_form import ClientRecordForm
    from omavalmentaja.ui.main_window import MainWindow
    from omavalmentaja.ui.tabs.profile import ProfileTab

    client = save_client(session, Client(first_name="Amina", last_name="Hassan", record=_full_record()))
    window = MainWindow(session.vault.folder)
    qtbot.addWidget(window)
    window.open_session(session)
    window.resize(1280, 720)
    window.show()
    window.show_client(client.id)
    profile = window.client_detail.tabs.widget(0)
    assert isinstance(profile, ProfileTab)
    form = profile.findChild(ClientRecordForm)
    assert form.benefit.currentData() == "labour_market_subsidy" and form.consents.table.rowCount() == 1
    profile.sections.setCurrentIndex(1)
    form.benefit.setCurrentIndex(form.benefit.findData("basic_allowance"))
    form.limits[WorkAbilityLimit.SHIFT_WORK].setChecked(False)
    form.other_languages.setText("fi:B1")
    profile.save()
    saved = session.clients.get(client.id).record
    assert saved.benefit == Benefit.BASIC_ALLOWANCE and saved.work_ability_limits == [WorkAbilityLimit.HEAVY_LIFTING]
    assert saved.other_languages == [LanguageSkill("fi", "B1")] and saved.consents == _full_record().consents
    assert window.width() <= 1280 and window.height() <= 720
    window.grab().save(str(Path("/tmp") / "omavalmentaja-record-tab.png"))
