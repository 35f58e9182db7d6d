"""One kind of error for every domain rule that checks a whole record and lists all that is wrong."""

from __future__ import annotations


class Problems(ValueError):
    """Raised with every problem found; `problems` keeps them one by one for the caller to show."""

    separator = "; "

    def __init__(self, problems: list[str]) -> None:
        super().__init__(self.separator.join(problems))
        self.problems = problems
