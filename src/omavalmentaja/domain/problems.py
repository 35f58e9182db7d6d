"""Errors of the domain's rules, as message ids with arguments (rendered in whichever language is shown)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from omavalmentaja.messages import Message, has_message


class DomainError(ValueError):
    """A broken rule; `message` says which, str() renders it in the process's language."""

    def __init__(self, message_id: str | Message, *args: object) -> None:
        self.message = message_id if isinstance(message_id, Message) else Message(message_id, args)
        super().__init__(self.message.id, *self.message.args)

    def __str__(self) -> str:
        return self.message.render()


def as_message(problem: object) -> Message:
    """A problem as a Message: a Message, a domain.limits.Problem (its message), or a message id."""
    if isinstance(problem, Message):
        return problem
    message = getattr(problem, "message", None)
    if isinstance(message, Message):
        return message
    text = str(problem)
    return Message.of(text) if has_message(text) else Message.of("common.text", text)


class Problems(DomainError):
    """Raised with every problem found in a whole record; `problems` keeps them one by one for the caller."""

    separator = "; "

    def __init__(self, problems: Sequence[object]) -> None:
        self.problems: list[Any] = list(problems)  # a Message, a message id, or a domain.limits.Problem
        super().__init__(Message.joined([as_message(p) for p in self.problems], self.separator))

    def messages(self) -> list[Message]:
        """Every problem as a Message, in order."""
        return [as_message(p) for p in self.problems]

    def fields(self) -> list[str]:
        """The fields named by problems that name one (domain.limits.Problem), in order."""
        return [field for field in (getattr(p, "field", None) for p in self.problems) if isinstance(field, str)]
