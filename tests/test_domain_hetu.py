import datetime as dt

import pytest

from omavalmentaja.domain.hetu import CENTURY_BY_SIGN, InvalidHetu, is_valid_hetu, make_hetu, parse_hetu


@pytest.mark.parametrize(
    ("code", "birth"),
    [
        ("131052-308T", dt.date(1952, 10, 13)),  # the Digital and Population Data Services Agency's example
        ("010101A123N", dt.date(2001, 1, 1)),
        ("010594Y9032", dt.date(1994, 5, 1)),
        ("010594Y9021", dt.date(1994, 5, 1)),
        ("020594X903P", dt.date(1994, 5, 2)),
        ("020594X902N", dt.date(1994, 5, 2)),
        ("030594W903B", dt.date(1994, 5, 3)),
        ("030694W9024", dt.date(1994, 6, 3)),
        ("040594V9030", dt.date(1994, 5, 4)),
        ("040594V902Y", dt.date(1994, 5, 4)),
        ("050594U903M", dt.date(1994, 5, 5)),
        ("050594U902L", dt.date(1994, 5, 5)),
        ("010516B903X", dt.date(2016, 5, 1)),
        ("010516B902W", dt.date(2016, 5, 1)),
        ("020516C903K", dt.date(2016, 5, 2)),
        ("020516C902J", dt.date(2016, 5, 2)),
        ("030516D9037", dt.date(2016, 5, 3)),
        ("030516D9026", dt.date(2016, 5, 3)),
        ("010501E9032", dt.date(2001, 5, 1)),
        ("020502E902X", dt.date(2002, 5, 2)),
        ("020503F9037", dt.date(2003, 5, 2)),
        ("020504A902E", dt.date(2004, 5, 2)),
        ("020504B904H", dt.date(2004, 5, 2)),
        ("010100+010S", dt.date(1800, 1, 1)),
    ],
)
def test_valid_codes_parse_with_their_birth_date(code: str, birth: dt.date) -> None:
    assert parse_hetu(code).birth_date == birth


@pytest.mark.parametrize(
    "code",
    [
        "131052-308U",  # wrong check character
        "131052G308T",  # G is not a century sign
        "310290-123A",  # 31 February
        "290201A123X",  # 29 February 2001 did not exist
        "131052-308",  # too short
        "131052-3081T",  # too long
        "131052-000T",  # individual numbers start at 002
        "",
        "abcdefghijk",
    ],
)
def test_invalid_codes_are_refused_with_a_reason(code: str) -> None:
    with pytest.raises(InvalidHetu) as exc:
        parse_hetu(code)
    assert "henkilötunnu" in str(exc.value)
    assert not is_valid_hetu(code)


def test_lower_case_and_spaces_are_accepted() -> None:
    assert parse_hetu(" 131052-308t ").code == "131052-308T"


@pytest.mark.parametrize("sign", sorted(CENTURY_BY_SIGN))
def test_every_century_sign_round_trips(sign: str) -> None:
    century = CENTURY_BY_SIGN[sign]
    birth = dt.date(century + 88, 7, 14)
    code = make_hetu(birth, 917, sign)
    parsed = parse_hetu(code)
    assert parsed.birth_date == birth
    assert parsed.is_temporary


def test_leap_day_2000_is_valid() -> None:
    assert parse_hetu(make_hetu(dt.date(2000, 2, 29), 123)).birth_date == dt.date(2000, 2, 29)
