"""Helpers for the data-lifecycle tests: a client with something in every table, and reading a vault's files
as plain text by decrypting every SQLCipher page (database and write-ahead log) with the vault's key."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from conftest import PASSPHRASE
from omavalmentaja.domain.client import Assessment, Client
from omavalmentaja.domain.meeting import Meeting, MeetingKind
from omavalmentaja.domain.plan import PlanContent, PlanStep, Responsible, ServiceKind
from omavalmentaja.services import plans
from omavalmentaja.services.clients import save_assessment, save_client
from omavalmentaja.services.instrument_catalog import KYKYVIISARI_RESULTS, get_instrument
from omavalmentaja.services.meetings import MeetingDraft, autosave_draft, save_meeting
from omavalmentaja.services.questionnaires import save_form_response
from omavalmentaja.services.session import Session
from omavalmentaja.vault.header import VaultHeader

PAGE_SIZE = 4096  # SQLCipher 4 defaults: 4096-byte pages, 80 bytes reserved at the end of each (IV + HMAC)
RESERVED = 80
WAL_HEADER, FRAME_HEADER = 32, 24

SURNAME = "Quortbergsdottir"
FIRST_NAME = "Xylofonia"
NOTE = "Zebrakatamaraanikokous"


def add_full_client(session: Session, first: str = FIRST_NAME, last: str = SURNAME, note: str = NOTE) -> Client:
    """A client with a profile, an assessment, a meeting, a meeting draft, a questionnaire and a signed plan."""
    today = dt.date.today()
    client = save_client(session, Client(first_name=first, last_name=last, date_of_birth=dt.date(1990, 3, 4),
                                         municipality="Kajaani", background=f"Tausta: {note}"))
    save_assessment(session, Assessment(client_id=client.id, assessed_on=today, circumstances=f"Selkä {note}"))
    save_meeting(session, Meeting(client_id=client.id, starts_at=dt.datetime.combine(today, dt.time(9, 0)),
                                  kind=MeetingKind.FACE_TO_FACE, notes=f"Muistiinpano {note}"))
    autosave_draft(session, MeetingDraft(client_id=client.id, starts_at="2026-01-02T10:00", notes=f"Luonnos {note}"))
    save_form_response(session, client.id, get_instrument(session, KYKYVIISARI_RESULTS), today, {
        "kv_form": "standard", "kv_language": "fi", "work_ability": 6, "area_c": 5, "area_d": 6, "area_e": 7,
        "area_f": 6, "area_g": 8, "wishes": f"Toive {note}", "comment": ""})
    draft = plans.edit_plan(session, client.id, PlanContent(
        goal=f"Tavoite {note}", review_date=today + dt.timedelta(days=60),
        steps=[PlanStep(ServiceKind.JOB_SEARCH, "Haetaan kahta paikkaa viikossa", Responsible.CLIENT)]))
    rng = random.Random(5)
    plans.sign_plan(session, draft.id, plans.SignatureInput(f"{first} {last}", plans.demo_signature_png(rng)),
                    plans.SignatureInput("Valmentaja Virtanen", plans.demo_signature_png(rng)))
    return client


def _decrypt_page(page: bytes, key: bytes, first: bool) -> bytes:
    iv = page[PAGE_SIZE - RESERVED:PAGE_SIZE - RESERVED + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[16 if first else 0:PAGE_SIZE - RESERVED]) + decryptor.finalize()


def decrypted_database(data: bytes, key: bytes) -> bytes:
    return b"".join(_decrypt_page(data[i:i + PAGE_SIZE], key, i == 0)
                    for i in range(0, len(data) - PAGE_SIZE + 1, PAGE_SIZE))


def decrypted_wal(data: bytes, key: bytes) -> bytes:
    stride = FRAME_HEADER + PAGE_SIZE
    return b"".join(_decrypt_page(data[i + FRAME_HEADER:i + stride], key, False)
                    for i in range(WAL_HEADER, len(data) - stride + 1, stride))


def vault_plaintext(folder: Path, passphrase: str = PASSPHRASE) -> dict[Path, bytes]:
    """Every file under the vault folder as readable bytes: SQLCipher files decrypted page by page, every
    other file as it is."""
    key = VaultHeader.read(folder / "vault.header").unwrap_with_passphrase(passphrase)
    found = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        if path.name.endswith("-wal"):
            found[path] = decrypted_wal(data, key)
        elif path.name.startswith("vault.db") and not path.name.endswith("-shm"):
            found[path] = decrypted_database(data, key)
        else:
            found[path] = data
    return found


def encodings_of(text: str) -> list[bytes]:
    """How a word can sit in a file: as typed and lower-cased (the search index), UTF-8 and UTF-16."""
    return [form.encode(codec) for form in {text, text.lower()} for codec in ("utf-8", "utf-16-le", "utf-16-be")]
