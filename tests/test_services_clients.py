"""Client, assessment and meeting use cases on a real encrypted store."""

import datetime as dt

import pytest

from omavalmentaja.domain.client import Assessment, Client, ClientStatus, TargetGroup
from omavalmentaja.domain.closing import ExitReason
from omavalmentaja.domain.meeting import Meeting, MeetingKind
from omavalmentaja.errors import UserError
from omavalmentaja.services import clients as svc
from omavalmentaja.services import closing
from omavalmentaja.services.meetings import (
    MeetingDraft,
    autosave_draft,
    complete_follow_up,
    load_draft,
    save_draft_as_meeting,
    save_meeting,
)
from omavalmentaja.services.session import Session
from omavalmentaja.services.today import set_not_met_days, today_overview


def _client(session: Session, first: str, last: str, **kw) -> Client:
    return svc.save_client(session, Client(first_name=first, last_name=last, **kw))


def test_add_edit_close_reopen(session: Session) -> None:
    client = _client(session, "Aino", "Korhonen", henkilotunnus="131052-308T", municipality="Kajaani",
                     target_group=TargetGroup.NO_EARNINGS_RELATED, languages=["fi", "en"], interpreter_needed=False)
    assert client.date_of_birth == dt.date(1952, 10, 13)
    client.preferred_name = "Ainoliina"
    svc.save_client(session, client)
    assert session.clients.get(client.id).display_name == "Ainoliina Korhonen"
    with pytest.raises(UserError, match="päättymisen syy"):
        closing.close_client(session, client.id, dt.date.today(), "")
    closing.close_client(session, client.id, dt.date.today(), ExitReason.EDUCATION, "Työllistyi")
    closed = session.clients.get(client.id)
    assert closed.status == ClientStatus.CLOSED and closed.close_reason == "Työllistyi"
    assert closed.exit_reason == ExitReason.EDUCATION and closed.closed_on == dt.date.today()
    closing.reopen_client(session, client.id)
    assert session.clients.get(client.id).status == ClientStatus.ACTIVE
    assert session.clients.get(client.id).version == 4


def test_duplicate_henkilotunnus_is_refused(session: Session) -> None:
    _client(session, "Aino", "Korhonen", henkilotunnus="131052-308T")
    with pytest.raises(UserError, match="henkilötunnuksella"):
        _client(session, "Toinen", "Henkilö", henkilotunnus="131052-308T")


def test_search_by_name_hetu_and_note_text(session: Session) -> None:
    aino = _client(session, "Aino", "Korhonen", henkilotunnus="131052-308T", municipality="Kajaani")
    olena = _client(session, "Олена", "Шевченко", municipality="Oulu")
    _client(session, "Mikko", "Määttä", municipality="Oulu", status=ClientStatus.PAUSED)
    save_meeting(session, Meeting(client_id=olena.id, starts_at=dt.datetime(2026, 11, 2, 10), notes="trukkikortti"))

    def names(**kw) -> list[str]:
        return [r.first_name for r in svc.list_clients(session, **kw)]

    assert names(text="kor") == ["Aino"]
    assert names(text="131052") == ["Aino"]
    assert names(text="131052-308T") == ["Aino"]
    assert names(text="шев") == ["Олена"]
    assert names(text="trukki") == ["Олена"]
    assert names(text="maatta") == ["Mikko"]  # diacritics folded
    assert names(municipality="Oulu") == ["Mikko", "Олена"]
    assert names(active_only=True) == ["Aino", "Олена"]
    assert names(text="") == ["Aino", "Mikko", "Олена"]
    assert names(text='"; DROP') == []
    assert aino.id


def test_client_list_in_finnish_name_order_with_damaged_dates_left_blank(session: Session) -> None:
    """The list sorts by last name, then the name the client goes by (Å Ä Ö after Z, case folded), and a
    stored birth date or meeting time it cannot show is given as None, never failing the list."""
    for first, last, preferred in (("Öljy", "Aalto", ""), ("Bertta", "aalto", "Aada"), ("Eero", "Ärväs", ""),
                                   ("Cecilia", "Zetterberg", ""), ("Daniel", "Aalto-Ahde", ""), ("Åke", "Aalto", "")):
        _client(session, first, last, preferred_name=preferred)
    good = _client(session, "Hilma", "Heino", henkilotunnus="131052-308T")
    damaged = _client(session, "Iida", "Heino")
    save_meeting(session, Meeting(client_id=good.id, starts_at=dt.datetime(2026, 1, 5, 9, 30)))
    met = save_meeting(session, Meeting(client_id=damaged.id, starts_at=dt.datetime(2026, 1, 6, 9, 30)))
    session.db.execute("UPDATE clients SET date_of_birth = '1990-02-30' WHERE id = ?", (damaged.id,))
    session.db.execute("UPDATE meetings SET starts_at = '2026-01-06T25:61' WHERE id = ?", (met.id,))

    rows = svc.list_clients(session)
    assert [(r.last_name, r.preferred_name or r.first_name) for r in rows] == [
        ("aalto", "Aada"), ("Aalto", "Åke"), ("Aalto", "Öljy"), ("Aalto-Ahde", "Daniel"), ("Heino", "Hilma"),
        ("Heino", "Iida"), ("Zetterberg", "Cecilia"), ("Ärväs", "Eero")]
    by_id = {r.id: r for r in rows}
    assert (by_id[good.id].date_of_birth, by_id[good.id].last_met) == ("1952-10-13", "2026-01-05T09:30")
    assert (by_id[damaged.id].date_of_birth, by_id[damaged.id].last_met) == (None, None)


def test_assessment_is_dated_and_updatable(session: Session) -> None:
    client = _client(session, "Aino", "Korhonen")
    first = svc.save_assessment(session, Assessment(client_id=client.id, assessed_on=dt.date(2026, 1, 5),
                                                    education="Lukio", licences=["driving_b"],
                                                    circumstances="Selkävaiva"))
    svc.save_assessment(session, Assessment(client_id=client.id, assessed_on=dt.date(2026, 6, 1),
                                            education="Lukio, logistiikan perustutkinto"))
    items = session.assessments.for_client(client.id)
    assert [a.assessed_on for a in items] == [dt.date(2026, 6, 1), dt.date(2026, 1, 5)]
    assert items[1].licences == ["driving_b"] and items[1].circumstances == "Selkävaiva"
    first.wishes = "Haluaa kuljetusalalle"
    svc.save_assessment(session, first)
    assert session.assessments.for_client(client.id)[1].wishes == "Haluaa kuljetusalalle"
    with pytest.raises(UserError):
        svc.save_assessment(session, Assessment(client_id=client.id,
                                                assessed_on=dt.date.today() + dt.timedelta(days=3)))


def test_meeting_draft_autosave_then_save(session: Session) -> None:
    client = _client(session, "Aino", "Korhonen")
    draft = MeetingDraft(client_id=client.id, starts_at="2026-11-23T14:30", notes="Kesken jäänyt muistiinpano")
    autosave_draft(session, draft)
    restored = load_draft(session, client.id)
    assert restored is not None and restored.notes == "Kesken jäänyt muistiinpano"
    meeting = save_draft_as_meeting(session, restored)
    assert load_draft(session, client.id) is None
    assert session.meetings.get(meeting.id).notes == "Kesken jäänyt muistiinpano"


def test_today_overview(session: Session) -> None:
    now = dt.datetime(2026, 11, 23, 8, 0)
    met = _client(session, "Aino", "Korhonen")
    stale = _client(session, "Eero", "Virtanen")
    never = _client(session, "Siiri", "Mäkinen")
    _client(session, "Suljettu", "Asiakas", status=ClientStatus.CLOSED, closed_on=dt.date.today(),
            exit_reason=ExitReason.MOVED_AWAY, close_reason="Muutti")
    save_meeting(session, Meeting(client_id=met.id, starts_at=dt.datetime(2026, 11, 23, 10, 0),
                                  kind=MeetingKind.OUTREACH, place="Kirjasto"))
    old = save_meeting(session, Meeting(client_id=stale.id, starts_at=dt.datetime(2026, 10, 1, 9, 0),
                                        follow_up_on=dt.date(2026, 11, 20), next_steps="Soita työkokeilusta"))
    save_meeting(session, Meeting(client_id=met.id, starts_at=dt.datetime(2026, 11, 10, 9, 0)))
    overview = today_overview(session, now)
    assert [(i.client_name, i.text) for i in overview.meetings] == [("Aino Korhonen", "Kirjasto")]
    assert [(i.client_name, i.text) for i in overview.follow_ups] == [("Eero Virtanen", "Soita työkokeilusta")]
    assert [i.client_id for i in overview.not_met] == [never.id, stale.id]
    complete_follow_up(session, old.id)
    assert today_overview(session, now).follow_ups == []
    set_not_met_days(session, 60)
    assert [i.client_id for i in today_overview(session, now).not_met] == [never.id]


def test_today_not_met_by_the_last_meeting_before_the_day_ends(session: Session) -> None:
    now = dt.datetime(2026, 11, 23, 8, 0)
    set_not_met_days(session, 28)
    since = now - dt.timedelta(days=28)
    on_the_edge = _client(session, "Reunalla", "Tavattu")
    just_before = _client(session, "Juuri", "Ennen")
    met_today = _client(session, "Tänään", "Tavattava", preferred_name="Tiina")
    tomorrow_only = _client(session, "Vasta", "Huomenna")
    save_meeting(session, Meeting(client_id=on_the_edge.id, starts_at=since))
    save_meeting(session, Meeting(client_id=just_before.id, starts_at=since - dt.timedelta(minutes=1)))
    save_meeting(session, Meeting(client_id=met_today.id, starts_at=dt.datetime(2026, 11, 23, 23, 59),
                                  follow_up_on=dt.date(2026, 11, 23), next_steps="Soita"))
    save_meeting(session, Meeting(client_id=met_today.id, starts_at=dt.datetime(2026, 9, 1, 9, 0)))
    save_meeting(session, Meeting(client_id=tomorrow_only.id, starts_at=dt.datetime(2026, 11, 24, 0, 0)))
    overview = today_overview(session, now)
    assert [(i.client_id, i.when) for i in overview.not_met] == [
        (tomorrow_only.id, ""), (just_before.id, "2026-10-26T07:59")]
    assert [(i.client_name, i.when) for i in overview.meetings] == [("Tiina Tavattava", "2026-11-23T23:59")]
    assert [(i.client_name, i.text) for i in overview.follow_ups] == [("Tiina Tavattava", "Soita")]


def test_finnish_sort_key_folds_case_and_accents_and_puts_a_o_after_z() -> None:
    from omavalmentaja.domain.collation import finnish_sort_key

    names = ["Öberg", "zetterberg", "Émile", "Åberg", "Ärväs", "Šimon", "eero", "ABDI"]
    assert sorted(names, key=finnish_sort_key) == ["ABDI", "eero", "Émile", "Šimon", "zetterberg", "Åberg",
                                                   "Ärväs", "Öberg"]
    assert finnish_sort_key("Korhonen") == "korhonen" and finnish_sort_key("MÄÄTTÄ") == "m||tt|"
