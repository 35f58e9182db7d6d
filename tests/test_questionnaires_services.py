"""Questionnaire use cases on a real encrypted vault: answers written as given, resume, complete, results
form, import with every problem listed, old versions readable, change over time, compare, audit, demo."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

import pytest

from omavalmentaja.domain.client import Client
from omavalmentaja.domain.instruments_answers import ResponseStatus, first_open_index
from omavalmentaja.errors import NotFound, UserError
from omavalmentaja.services import questionnaires as q
from omavalmentaja.services.demo import fill_demo_data
from omavalmentaja.services.instrument_catalog import (
    KYKYVIISARI_RESULTS,
    SAMPLE,
    DefinitionRefused,
    get_instrument,
    import_definition,
    import_definition_file,
    latest_instruments,
)
from omavalmentaja.services.questionnaire_history import (
    client_responses,
    compare_responses,
    format_answer,
    responses_as_data,
    score_history,
)
from omavalmentaja.services.session import Session


@pytest.fixture
def client_id(session: Session) -> str:
    return session.clients.save(Client(first_name="Aino", last_name="Korhonen")).id


def shipped(name: str) -> dict:
    from omavalmentaja.assets import resources_dir

    text = (resources_dir() / "instruments").joinpath(f"{name}.json").read_text("utf-8")
    return json.loads(text)


def test_every_answer_is_stored_the_moment_it_is_given(session: Session, client_id: str, vault_dir: Path,
                                                       passphrase: str) -> None:
    sample = get_instrument(session, SAMPLE)
    response = q.start_response(session, client_id, sample, language="sv")
    q.record_answer(session, response.id, "sleep", 4)
    q.record_answer(session, response.id, "routine", "2")
    q.record_answer(session, response.id, "sleep", 5)  # changed mind: the same row is updated
    session.db.close()  # as if the program crashed here: nothing more is written
    session.closed = True
    with Session.unlock(vault_dir, passphrase) as reopened:
        stored = q.responses(reopened).get(response.id)
        assert stored.values() == {"sleep": 5, "routine": 2}
        assert stored.language == "sv" and stored.status == ResponseStatus.IN_PROGRESS
        assert first_open_index(sample, stored) == 2  # continue at the third question
        assert [r.id for r in q.unfinished_responses(reopened, client_id)] == [response.id]
        count = reopened.db.query_one("SELECT count(*) FROM questionnaire_answers")[0]
        assert count == 2


def test_skip_only_where_allowed_and_complete_only_when_required_are_answered(session: Session,
                                                                              client_id: str) -> None:
    sample = get_instrument(session, SAMPLE)
    response = q.start_response(session, client_id, sample)
    with pytest.raises(UserError, match="pitää vastata"):
        q.skip_item(session, response.id, "sleep")
    q.skip_item(session, response.id, "health")
    with pytest.raises(UserError, match="pakollista kysymystä"):
        q.complete_response(session, response.id)
    answers = {"sleep": 4, "routine": 4, "worries": 2, "support": 5, "lonely": 1, "belief": 4, "direction": 3,
               "hours": "10to20"}
    for item_id, value in answers.items():
        q.record_answer(session, response.id, item_id, value)
    with pytest.raises(UserError, match="1–5"):
        q.record_answer(session, response.id, "sleep", 9)
    completed = q.complete_response(session, response.id)
    assert completed.status == ResponseStatus.COMPLETED and completed.completed_at
    with pytest.raises(UserError, match="jo valmis"):
        q.record_answer(session, response.id, "sleep", 1)
    view = client_responses(session, client_id)[0]
    assert view.scores["everyday"].value == round((3 + 3 + 3 + 4 + 4) / 5 * 2.5, 1)  # reversed worries, lonely
    assert view.scores["work_outlook"].value == 11  # 4 + 3 prorated over three items: 10.5 → 11
    assert view.response.answers["health"].skipped
    actions = [e.action for e in session.audit.for_client(client_id)]
    assert "questionnaire.start" in actions and "questionnaire.complete" in actions


def test_kykyviisari_results_form_lists_every_bad_field_and_saves_all_at_once(session: Session,
                                                                             client_id: str) -> None:
    kv = get_instrument(session, KYKYVIISARI_RESULTS)
    with pytest.raises(UserError) as caught:
        q.save_form_response(session, client_id, kv, dt.date.today(),
                             {"kv_form": "standard", "kv_language": "fi", "area_c": 11, "area_d": "abc"})
    message = str(caught.value)
    assert "Yleinen työkyky" in message and "C Osallisuus" in message and "D Psyykkinen" in message
    assert client_responses(session, client_id) == []
    values = {"kv_form": "selko", "kv_language": "fi", "work_ability": 7, "area_c": "6,5", "area_d": 5.2,
              "area_e": 8, "area_f": 7.1, "area_g": 4.0, "wishes": "Haluan jaksaa paremmin.", "comment": ""}
    response = q.save_form_response(session, client_id, kv, dt.date(2026, 9, 1), values)
    view = client_responses(session, client_id)[0]
    assert view.response.status == ResponseStatus.COMPLETED
    assert view.scores["work_ability"].value == 7 and view.scores["work_ability"].band.label["en"] == "moderate"
    assert view.scores["area_c"].value == 6.5
    assert format_answer(kv.item("kv_form"), view.response.answers["kv_form"]) == "Selkokieli"
    values["area_c"] = 7.0
    q.save_form_response(session, client_id, kv, dt.date(2026, 9, 2), values, response_id=response.id)
    again = client_responses(session, client_id)
    assert len(again) == 1 and again[0].scores["area_c"].value == 7.0
    assert again[0].response.responded_on == dt.date(2026, 9, 2)
    with pytest.raises(UserError, match="tulevaisuudessa"):
        q.save_form_response(session, client_id, kv, dt.date.today() + dt.timedelta(days=3), values)


def test_import_refuses_a_bad_definition_listing_every_problem(session: Session, tmp_path: Path) -> None:
    bad = shipped(SAMPLE)
    bad["id"] = "Bad Id"
    bad["sections"][0]["items"][0]["type"] = "slider"
    bad["scores"][0]["items"] = ["nope"]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(DefinitionRefused) as caught:
        import_definition_file(session, path)
    assert len(caught.value.problems) >= 3
    assert "$.id" in str(caught.value) and "slider" not in str(caught.value).split("\n")[0]
    broken = tmp_path / "broken.json"
    broken.write_text('{"id": "x",\n "version": }', encoding="utf-8")
    with pytest.raises(DefinitionRefused, match="rivi 2"):
        import_definition_file(session, broken)


def test_newer_version_is_used_for_new_responses_and_old_ones_stay_readable(session: Session,
                                                                             client_id: str) -> None:
    v1 = shipped(SAMPLE)
    v1.update(id="licensed-survey", version="1.0")
    outcome = import_definition(session, v1)
    assert outcome.added and not import_definition(session, v1).added  # the same file twice changes nothing
    old = get_instrument(session, "licensed-survey")
    response = q.start_response(session, client_id, old)
    q.record_answer(session, response.id, "hours", "full")
    v2 = copy.deepcopy(v1)
    v2["version"] = "1.1"
    v2["sections"][1]["items"][3]["text"]["fi"] = "Uusi sanamuoto"
    del v2["sections"][0]["items"][4]  # 'lonely' dropped in v1.1
    v2["scores"][0]["items"].remove("lonely")
    v2["scores"][0]["reversed"].remove("lonely")
    assert import_definition(session, v2).added
    changed_same_version = copy.deepcopy(v2)
    changed_same_version["title"]["fi"] = "Toinen"
    with pytest.raises(UserError, match="uusi versionumero"):
        import_definition(session, changed_same_version)
    assert get_instrument(session, "licensed-survey").version == "1.1"
    assert [i.version for i in latest_instruments(session) if i.id == "licensed-survey"] == ["1.1"]
    view = client_responses(session, client_id)[0]
    assert view.instrument is not None and view.instrument.version == "1.0"
    assert view.instrument.item("lonely") is not None
    assert format_answer(view.instrument.item("hours"), view.response.answers["hours"]) == "Kokoaikaisesti"
    actions = [e.action for e in session.audit.recent()]
    assert actions.count("instrument.import") == 2


def test_unknown_instrument_version_still_shows_raw_answers(session: Session, client_id: str) -> None:
    sample = get_instrument(session, SAMPLE)
    response = q.start_response(session, client_id, sample)
    q.record_answer(session, response.id, "sleep", 3)
    session.db.execute("UPDATE questionnaire_responses SET instrument_version = '9.9' WHERE id = ?", (response.id,))
    view = client_responses(session, client_id)[0]
    assert view.instrument is None and view.scores == {}
    assert view.title() == f"{SAMPLE} 9.9" and view.response.values() == {"sleep": 3}
    with pytest.raises(NotFound):
        get_instrument(session, SAMPLE, "9.9")


def test_change_over_time_and_compare(session: Session, client_id: str) -> None:
    kv = get_instrument(session, KYKYVIISARI_RESULTS)
    base = {"kv_form": "standard", "kv_language": "fi"}
    first = q.save_form_response(session, client_id, kv, dt.date(2026, 3, 1),
                                 {**base, "work_ability": 4, "area_c": 5, "area_g": 6})
    second = q.save_form_response(session, client_id, kv, dt.date(2026, 6, 1),
                                  {**base, "work_ability": 6, "area_c": 6.5, "wishes": "Työkokeilu"})
    q.start_response(session, client_id, kv)  # unfinished: not in the history
    series = {s.score_id: s for s in score_history(session, client_id, KYKYVIISARI_RESULTS, "en")}
    assert series["work_ability"].points == [(dt.date(2026, 3, 1), 4), (dt.date(2026, 6, 1), 6)]
    assert series["work_ability"].title == "Work ability" and series["work_ability"].maximum == 10
    assert series["area_g"].points == [(dt.date(2026, 3, 1), 6)]
    assert "area_d" not in series  # never answered
    compared = compare_responses(session, first.id, second.id)
    rows = {r.label: r for r in compared if not r.is_score}
    rows.update({r.label: r for r in compared if r.is_score})  # score rows win where a label repeats
    assert rows["Päivämäärä"].first == "1.3.2026" and rows["Päivämäärä"].second == "1.6.2026"
    assert rows["Työkyky"].first == "4 (huono)" and rows["Työkyky"].second == "6 (kohtalainen)"
    assert rows["Työkyky"].change == 2 and rows["Työkyky"].is_score
    assert rows["C Osallisuus"].change == 1.5
    assert [r.label for r in compared if not r.is_score][1:3] == ["Kykyviisarin versio", "Täytön kieli"]
    assert rows["Asiakkaan omat muutostoiveet"].first == "–" and rows["Asiakkaan omat muutostoiveet"].second == \
        "Työkokeilu"
    assert "questionnaire.compare" in [e.action for e in session.audit.for_client(client_id)]
    other = session.clients.save(Client(first_name="Eero", last_name="Virtanen")).id
    third = q.save_form_response(session, other, kv, dt.date(2026, 6, 1), {**base, "work_ability": 5})
    with pytest.raises(UserError, match="eri asiakkailta"):
        compare_responses(session, first.id, third.id)


def test_delete_leaves_tombstones_for_the_response_and_its_answers(session: Session, client_id: str) -> None:
    kv = get_instrument(session, KYKYVIISARI_RESULTS)
    response = q.save_form_response(session, client_id, kv, dt.date(2026, 3, 1),
                                    {"kv_form": "standard", "kv_language": "fi", "work_ability": 4})
    q.delete_response(session, response.id)
    assert client_responses(session, client_id) == []
    tables = [r[0] for r in session.db.query("SELECT record_table FROM tombstones")]
    assert tables.count("questionnaire_responses") == 1 and tables.count("questionnaire_answers") == 3


def test_audit_details_hold_no_answers(session: Session, client_id: str) -> None:
    kv = get_instrument(session, KYKYVIISARI_RESULTS)
    q.save_form_response(session, client_id, kv, dt.date(2026, 3, 1), {
        "kv_form": "standard", "kv_language": "fi", "work_ability": 4, "wishes": "Salainen toive"})
    details = " ".join(e.detail for e in session.audit.recent())
    assert "Salainen" not in details and "work_ability=4" not in details


def test_demo_data_gives_several_responses_per_client_over_time(session: Session) -> None:
    fill_demo_data(session, clients=30, seed=7)
    rows = session.db.query("SELECT client_id, instrument_id, count(*) AS n, count(DISTINCT responded_on) AS days "
                            "FROM questionnaire_responses GROUP BY client_id, instrument_id")
    by_instrument = {KYKYVIISARI_RESULTS: 0, SAMPLE: 0}
    for row in rows:
        by_instrument[row["instrument_id"]] += 1
    assert by_instrument[KYKYVIISARI_RESULTS] >= 15 and by_instrument[SAMPLE] >= 5
    assert any(row["n"] >= 3 and row["days"] >= 3 for row in rows)
    statuses = {r[0] for r in session.db.query("SELECT status FROM questionnaire_responses")}
    assert statuses == {"completed", "in_progress"}
    client = next(r["client_id"] for r in rows if r["instrument_id"] == KYKYVIISARI_RESULTS and r["n"] >= 2)
    series = score_history(session, client, KYKYVIISARI_RESULTS)
    assert any(len(s.points) >= 2 for s in series)
    assert all(0 <= value <= 10 for s in series for _, value in s.points)


def test_responses_as_plain_data_for_the_clients_own_copy(session: Session, client_id: str) -> None:
    kv = get_instrument(session, KYKYVIISARI_RESULTS)
    q.save_form_response(session, client_id, kv, dt.date(2026, 3, 1),
                         {"kv_form": "standard", "kv_language": "sv", "work_ability": 9, "area_d": 6.5})
    sample = get_instrument(session, SAMPLE)
    unfinished = q.start_response(session, client_id, sample)
    q.skip_item(session, unfinished.id, "health")
    data = responses_as_data(session, client_id)
    json.dumps(data)  # plain JSON types only
    results = next(d for d in data if d["instrument_id"] == KYKYVIISARI_RESULTS)
    assert results["instrument_version"] == "1.0" and results["responded_on"] == "2026-03-01"
    assert results["answers"]["area_d"] == {"value": 6.5}
    assert results["scores"]["work_ability"]["value"] == 9
    assert results["scores"]["work_ability"]["band"]["fi"] == "hyvä"
    partial = next(d for d in data if d["instrument_id"] == SAMPLE)
    assert partial["status"] == "in_progress" and partial["answers"] == {"health": {"skipped": True}}
