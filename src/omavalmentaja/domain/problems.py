"""One kind of error for every domain rule that checks a whole record and lists all that is wrong."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


class Problems(ValueError):
    """Raised with every problem found; `problems` keeps them one by one for the caller to show."""

    separator = "; "

    def __init__(self, problems: Sequence[object]) -> None:
        super().__init__(self.separator.join(str(p) for p in problems))
        self.problems: list[Any] = list(problems)  # str, a message id, or a domain.limits.Problem

    def fields(self) -> list[str]:
        """The fields named by problems that name one (domain.limits.Problem), in order."""
        return [field for field in (getattr(p, "field", None) for p in self.problems) if isinstance(field, str)]
