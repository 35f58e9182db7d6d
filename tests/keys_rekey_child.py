"""Child process of test_keys_rekey: changes the passphrase and kills itself with SIGKILL at one rekey step."""

import os
import signal
import sys
from pathlib import Path

from omavalmentaja.services.passphrase import change_passphrase
from omavalmentaja.services.session import Session


def main() -> None:
    folder, old, new, stop_at = sys.argv[1:5]

    def step(name: str) -> None:
        if name == stop_at:
            os.kill(os.getpid(), signal.SIGKILL)

    session = Session.unlock(Path(folder), old)
    change_passphrase(session, old, new, step=step)
    print("DONE", flush=True)


if __name__ == "__main__":
    main()
