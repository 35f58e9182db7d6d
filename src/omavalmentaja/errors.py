"""Errors a user can cause and fix. Their message is shown as is: one line, no traceback.

A UserError carries a message id of omavalmentaja.messages with its arguments; str() renders it in the
process's language (the CLI's --lang or LANG, the app's UI language)."""

from __future__ import annotations

from omavalmentaja.messages import Message


class UserError(Exception):
    """Bad input or a refused action; the CLI exits with status 2, the UI shows a dialog."""

    def __init__(self, message_id: str | Message, *args: object) -> None:
        self.message = message_id if isinstance(message_id, Message) else Message(message_id, args)
        super().__init__(self.message.id, *self.message.args)

    def __str__(self) -> str:
        return self.message.render()


class WrongPassphrase(UserError):
    def __init__(self) -> None:
        super().__init__("vault.wrong_passphrase")


class NotFound(UserError):
    pass


def storage_message(exc: BaseException) -> str | None:
    """The message for a database error the disk caused (store.db.storage_error_message), else None. Also None
    where the store cannot be imported (a broken install without its SQLCipher engine): no error can then be
    the engine's, and reporting the error that brought the user here must not fail in turn."""
    try:
        from omavalmentaja.store.db import storage_error_message  # imported here: not needed before unlocking
    except ImportError:
        return None
    return storage_error_message(exc)
