"""Errors a user can cause and fix. Their message is shown as is: one line, no traceback."""


class UserError(Exception):
    """Bad input or a refused action; the CLI exits with status 2, the UI shows a dialog."""


class WrongPassphrase(UserError):
    def __init__(self) -> None:
        super().__init__("Väärä tunnuslause / Wrong passphrase.")


class NotFound(UserError):
    pass
