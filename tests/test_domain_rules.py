import datetime as dt

import pytest

from omavalmentaja.domain.client import Client, ClientStatus, InvalidClient, normalise_and_validate
from omavalmentaja.domain.dates import age_on, format_date, format_datetime, parse_date
from omavalmentaja.domain.meeting import InvalidMeeting, Meeting, validate_meeting
from omavalmentaja.domain.passphrase import passphrase_problems, strength


def test_birth_date_comes_from_the_henkilotunnus() -> None:
    client = normalise_and_validate(Client(first_name=" Aino ", last_name="Korhonen", henkilotunnus="131052-308t"))
    assert client.first_name == "Aino"
    assert client.henkilotunnus == "131052-308T"
    assert client.date_of_birth == dt.date(1952, 10, 13)


def test_every_problem_is_listed() -> None:
    with pytest.raises(InvalidClient) as exc:
        normalise_and_validate(Client(first_name="", last_name="", henkilotunnus="131052-308U", email="nope",
                                      status=ClientStatus.CLOSED, multisectoral_need=True))
    text = " ".join(map(str, exc.value.problems))
    assert len(exc.value.problems) == 7  # a closed client needs its closing date and its exit reason
    for expected in ("etunimi", "sukunimi", "tarkiste", "sähköposti", "päättymispäivä", "päättymisen syy",
                     "monialaisen"):
        assert expected in text


def test_birth_date_must_match_henkilotunnus() -> None:
    with pytest.raises(InvalidClient, match="syntymäaika"):
        normalise_and_validate(Client(first_name="A", last_name="B", henkilotunnus="131052-308T",
                                      date_of_birth=dt.date(1952, 10, 14)))


def test_dates_read_and_written_the_finnish_way() -> None:
    assert parse_date("23.11.2026") == dt.date(2026, 11, 23)
    assert parse_date("2026-11-23") == dt.date(2026, 11, 23)
    assert parse_date("1.2.2026") == dt.date(2026, 2, 1)
    assert format_date(dt.date(2026, 11, 23)) == "23.11.2026"
    assert format_datetime(dt.datetime(2026, 11, 23, 14, 30)) == "23.11.2026 14.30"
    for bad in ("31.2.2026", "2026/11/23", "23.11.26", ""):
        with pytest.raises(ValueError):
            parse_date(bad)


def test_age() -> None:
    assert age_on(dt.date(2000, 11, 24), dt.date(2026, 11, 23)) == 25
    assert age_on(dt.date(2000, 11, 23), dt.date(2026, 11, 23)) == 26


def test_meeting_rules() -> None:
    start = dt.datetime(2026, 11, 23, 9, 0)
    validate_meeting(Meeting(client_id="x", starts_at=start))
    with pytest.raises(InvalidMeeting, match="kesto"):
        validate_meeting(Meeting(client_id="x", starts_at=start, duration_minutes=0))
    with pytest.raises(InvalidMeeting, match="seurantapäivä"):
        validate_meeting(Meeting(client_id="x", starts_at=start, follow_up_on=dt.date(2026, 11, 1)))


def test_passphrase_rules_and_strength_hint() -> None:
    assert passphrase_problems("short")
    assert passphrase_problems(" leading space passphrase")
    assert not passphrase_problems("kaksi kissaa ja koira")
    assert strength("") == 0
    assert strength("aaaaaaaaaaaa") < strength("Kaksi kissaa ja 3 koiraa!")
    assert strength("Kaksi kissaa ja 3 koiraa, yksi hevonen") == 4


def test_names_sort_the_finnish_way() -> None:
    from omavalmentaja.domain.collation import finnish_sort_key

    names = ["Örn", "aalto", "Åkerlund", "Zetterberg", "Ärväs", "Éclair", "Virtanen", "ÖSTERBERG", "Шевченко"]
    assert sorted(names, key=finnish_sort_key) == [
        "aalto", "Éclair", "Virtanen", "Zetterberg", "Åkerlund", "Ärväs", "Örn", "ÖSTERBERG", "Шевченко"]
