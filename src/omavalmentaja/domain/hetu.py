"""Finnish personal identity code (henkilötunnus) validation.

Format DDMMYYCZZZQ: birth date, century sign, individual number, check character.
Since 2023 the century signs are: + (1800s), - Y X W V U (1900s), A B C D E F (2000s).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from omavalmentaja.domain.problems import DomainError

CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
CENTURY_BY_SIGN = {
    "+": 1800,
    "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900, "U": 1900,
    "A": 2000, "B": 2000, "C": 2000, "D": 2000, "E": 2000, "F": 2000,
}
_PATTERN = re.compile(r"^(\d{2})(\d{2})(\d{2})([+\-A-FU-Y])(\d{3})([0-9A-Y])$")


class InvalidHetu(DomainError):
    pass


@dataclass(frozen=True)
class Hetu:
    code: str
    birth_date: dt.date
    individual_number: int

    @property
    def is_temporary(self) -> bool:
        """Individual numbers 900–999 are temporary codes given by e.g. hospitals."""
        return self.individual_number >= 900


def check_character(digits: str) -> str:
    return CHECK_CHARS[int(digits) % 31]


def parse_hetu(text: str) -> Hetu:
    """Return the parsed code, or raise InvalidHetu saying why."""
    code = text.strip().upper()
    match = _PATTERN.match(code)
    if not match:
        raise InvalidHetu("domain.hetu_form", text)
    day, month, year2, sign, number, check = match.groups()
    year = CENTURY_BY_SIGN[sign] + int(year2)
    try:
        birth = dt.date(year, int(month), int(day))
    except ValueError:
        raise InvalidHetu("domain.hetu_date", text) from None
    if int(number) < 2:
        raise InvalidHetu("domain.hetu_individual_number", text)
    if check_character(day + month + year2 + number) != check:
        raise InvalidHetu("domain.hetu_check_character", text)
    return Hetu(code=code, birth_date=birth, individual_number=int(number))


def is_valid_hetu(text: str) -> bool:
    try:
        parse_hetu(text)
    except InvalidHetu:
        return False
    return True


def make_hetu(birth: dt.date, individual_number: int, sign: str | None = None) -> str:
    """Build a valid code (used by demo data and tests)."""
    if sign is None:
        sign = {1800: "+", 1900: "-", 2000: "A"}[birth.year // 100 * 100]
    digits = f"{birth:%d%m}{birth.year % 100:02d}{individual_number:03d}"
    return f"{digits[:6]}{sign}{digits[6:]}{check_character(digits)}"
