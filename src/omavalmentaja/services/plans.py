"""Plan use cases: drafts, signing (which freezes a version), new drafts after signing, verification."""

from __future__ import annotations

import copy
import datetime as dt
import functools
import io
import json
import math
import random
from dataclasses import dataclass
from pathlib import Path

from omavalmentaja.domain.client import Client, ClientStatus
from omavalmentaja.domain.images import PNG_MAGIC
from omavalmentaja.domain.plan import (
    GoalKind,
    InvalidPlan,
    PlanContent,
    PlanStep,
    PlanVersion,
    Responsible,
    ServiceKind,
    Signature,
    SignatureMethod,
    SignerRole,
    StepStatus,
    VersionStatus,
    content_hash,
    image_hash,
    seal_hash,
    validate_draft,
    validate_for_signing,
    validate_signature,
    verify_version,
)
from omavalmentaja.domain.service_model import PlanType
from omavalmentaja.domain.services_catalog import is_employment_promoting
from omavalmentaja.errors import UserError
from omavalmentaja.export.plan_pdf import PlanPrintout, render_plan_pdf
from omavalmentaja.export.service_model_pdf import printout_language
from omavalmentaja.messages import Message
from omavalmentaja.services import plan_seal
from omavalmentaja.services.files import output_path, write_output
from omavalmentaja.services.plan_settings import coach_display_name, load_print_settings
from omavalmentaja.services.service_model import fill_plan_service_model, rules_on
from omavalmentaja.services.session import Session
from omavalmentaja.store.plans import PlanRepository


def plans(session: Session) -> PlanRepository:
    return PlanRepository(session.db)


def versions(session: Session, client_id: str) -> list[PlanVersion]:
    """The whole history, newest first."""
    return plans(session).for_client(client_id)


def current_draft(session: Session, client_id: str) -> PlanVersion | None:
    history = versions(session, client_id)
    return history[0] if history and not history[0].is_signed else None


def latest_signed(session: Session, client_id: str) -> PlanVersion | None:
    return next((v for v in versions(session, client_id) if v.is_signed), None)


def version_to_print(session: Session, client_id: str, number: int | None = None) -> PlanVersion:
    """The version a printout shows: the given number, else the latest signed version, else the draft."""
    session.clients.get(client_id)  # an unknown client is its own clear error
    history = versions(session, client_id)
    if not history:
        raise UserError("svc.no_plan")
    if number is not None:
        found = next((v for v in history if v.number == number), None)
        if found is None:
            raise UserError("svc.no_plan_version", number)
        return found
    return next((v for v in history if v.is_signed), history[0])


def start_draft(session: Session, client_id: str) -> PlanVersion:
    """The draft to edit: the open draft, else a new version that starts from the latest signed content."""
    session.clients.get(client_id)
    history = versions(session, client_id)
    if history and not history[0].is_signed:
        return history[0]
    content = copy.deepcopy(history[0].content) if history else PlanContent(plan_type=PlanType.EMPLOYMENT)
    number = history[0].number + 1 if history else 1
    return PlanVersion(client_id=client_id, number=number, content=content)


def save_draft(session: Session, version: PlanVersion) -> PlanVersion:
    """Store a draft. Changing a signed version is refused; start_draft gives the new version to edit."""
    if version.is_signed:
        raise UserError("svc.signed_plan_immutable")
    fill_plan_service_model(session, version)
    try:
        validate_draft(version.content)
    except InvalidPlan as exc:
        raise UserError(exc.message) from None
    is_new = not version.id
    with session.db.transaction():
        plans(session).save_draft(version)
        session.audit.record("plan.create" if is_new else "plan.update", version.client_id,
                             detail=f"version={version.number}")
    return version


def edit_plan(session: Session, client_id: str, content: PlanContent) -> PlanVersion:
    """Save `content` as the client's draft: into the open draft, or as a new version after a signed one."""
    draft = start_draft(session, client_id)
    draft.content = content
    return save_draft(session, draft)


def delete_draft(session: Session, version_id: str) -> None:
    version = plans(session).get(version_id)
    with session.db.transaction():
        plans(session).delete_draft(version_id)
        session.audit.record("plan.delete_draft", version.client_id, detail=f"version={version.number}")


def _autosave_key(client_id: str) -> str:
    return f"plan:{client_id}"


def autosave_plan_form(session: Session, client_id: str, content: PlanContent) -> None:
    """What the plan editor holds, kept in the encrypted store until it is saved as the draft version."""
    session.drafts.put(_autosave_key(client_id), json.dumps(content.to_dict(), ensure_ascii=False), client_id)


def load_autosaved_plan(session: Session, client_id: str) -> PlanContent | None:
    payload = session.drafts.get(_autosave_key(client_id))
    return None if payload is None else PlanContent.from_dict(json.loads(payload))


def discard_autosaved_plan(session: Session, client_id: str) -> None:
    session.drafts.discard(_autosave_key(client_id))


def save_plan_form(session: Session, client_id: str, content: PlanContent) -> PlanVersion:
    """Save the editor's content as the draft version and drop its autosave, in one transaction."""
    with session.db.transaction():
        version = edit_plan(session, client_id, content)
        discard_autosaved_plan(session, client_id)
    return version


@dataclass
class SignatureInput:
    """A signer's name and the drawn signature (PNG), or for the coach None with the passphrase."""

    signer_name: str
    image_png: bytes | None = None
    signed_at: dt.datetime | None = None  # when this signer signed; default: when the version is sealed


def check_signable(version: PlanVersion, today: dt.date | None = None) -> None:
    """Raise UserError listing what the draft still needs before the client can sign it."""
    if version.is_signed:
        raise UserError("svc.already_signed")
    try:
        validate_for_signing(copy.deepcopy(version.content), today or dt.date.today())
    except InvalidPlan as exc:
        raise UserError(exc.message) from None


def sign_plan(session: Session, version_id: str, client: SignatureInput, coach: SignatureInput,
              coach_passphrase: str | None = None, now: dt.datetime | None = None) -> PlanVersion:
    """Freeze the draft: snapshot the client's name, hash the content, attach both signatures, seal."""
    version = plans(session).get(version_id)
    if version.is_signed:
        raise UserError("svc.already_signed")
    signed_at = (now or dt.datetime.now()).replace(microsecond=0)
    try:
        validate_for_signing(version.content, signed_at.date())
    except InvalidPlan as exc:
        raise UserError(exc.message) from None
    person = session.clients.get(version.client_id)
    signatures = [_client_signature(client, signed_at), _coach_signature(session, coach, coach_passphrase, signed_at)]
    for signature in signatures:
        try:
            validate_signature(signature)
        except InvalidPlan as exc:
            raise UserError(exc.message) from None
    version.status = VersionStatus.SIGNED
    version.signed_at = signed_at
    version.client_name = f"{person.first_name} {person.last_name}".strip()
    version.client_date_of_birth = person.date_of_birth
    version.content_hash = content_hash(version)
    version.signatures = signatures
    version.seal_hash = seal_hash(version.content_hash, signed_at, signatures)
    with session.db.transaction():
        plan_seal.sign_seal(session.db, version)
        plans(session).save_signed(version)
        session.audit.record("plan.sign", version.client_id, detail=f"version={version.number}")
    return version


def _client_signature(given: SignatureInput, signed_at: dt.datetime) -> Signature:
    if not given.signer_name.strip():
        raise UserError("svc.client_name_missing")
    _require_png(given.image_png, "svc.client_signature_missing")
    return Signature(role=SignerRole.CLIENT, signer_name=given.signer_name.strip(), signed_at=_when(given, signed_at),
                     method=SignatureMethod.DRAWN, image_png=given.image_png, image_sha256=image_hash(given.image_png))


def _coach_signature(session: Session, given: SignatureInput, passphrase: str | None,
                     signed_at: dt.datetime) -> Signature:
    name = given.signer_name.strip() or coach_display_name(session)
    if not name:
        raise UserError("plan.coach_name_missing")
    if given.image_png is not None:
        _require_png(given.image_png, "svc.coach_signature_missing")
        return Signature(role=SignerRole.COACH, signer_name=name, signed_at=_when(given, signed_at),
                         method=SignatureMethod.DRAWN,
                         image_png=given.image_png, image_sha256=image_hash(given.image_png))
    if not passphrase or not session.vault.verify_passphrase(passphrase):
        raise UserError("svc.coach_passphrase_wrong")
    return Signature(role=SignerRole.COACH, signer_name=name, signed_at=signed_at,
                     method=SignatureMethod.PASSPHRASE)


def _when(given: SignatureInput, sealed_at: dt.datetime) -> dt.datetime:
    when = (given.signed_at or sealed_at).replace(microsecond=0)
    return min(when, sealed_at)


def _require_png(image: bytes | None, missing: str) -> None:
    """A drawn signature is there; the image itself is checked (decoded once) by validate_signature."""
    if not image or not image.startswith(PNG_MAGIC):
        raise UserError(missing)


def verify(session: Session, version_id: str) -> list[Message]:
    """Problems found when the stored signed version is checked against its hashes; empty means intact."""
    version = plans(session).get(version_id)
    problems = verify_version(version)
    device = plan_seal.device_seal(session, version)
    if not device.valid:
        problems.append(device.message)
    session.audit.record("plan.verify", version.client_id,
                         detail=f"version={version.number} ok={int(not problems)}")
    return problems


def plan_pdf_bytes(session: Session, client_id: str, number: int | None = None) -> bytes:
    """The printout of the plan (see version_to_print), rendered in memory."""
    version = version_to_print(session, client_id, number)
    settings = load_print_settings(session)
    person = session.clients.get(client_id)
    if version.is_signed:
        name, birth = version.client_name, version.client_date_of_birth
    else:
        name, birth = f"{person.first_name} {person.last_name}".strip(), person.date_of_birth
    data = render_plan_pdf(PlanPrintout(
        version=version, client_name=name, client_date_of_birth=birth, municipality_name=settings.municipality_name,
        logo_png=settings.logo_png, coach_name=settings.coach_name, language=printout_language(person.languages),
        obligation_default=rules_on(version.signed_at.date() if version.signed_at else dt.date.today())
        .obligation_default_per_month))
    session.audit.record("plan.export_pdf", client_id, detail=f"version={version.number}")
    return data


def export_plan_pdf(session: Session, client_id: str, out: Path, number: int | None = None, *,
                    force: bool = False) -> Path:
    """Write the printout to `out` atomically, readable by the owner only; nothing else is written. An existing
    file is replaced only with `force`; the vault's folder is never written into."""
    out = output_path(out, session.vault.folder, force=force)
    data = plan_pdf_bytes(session, client_id, number)
    return write_output(out, data, force=force)


# --- fictional plans for the demo caseload ------------------------------------------------------------

_DEMO_GOALS = (
    (GoalKind.WORK, "Työpaikka logistiikka-alalta", "Haluan töihin varastolle, mieluiten aamuvuoroon."),
    (GoalKind.EDUCATION, "Ammatillinen tutkinto sosiaali- ja terveysalalta", "Lähihoitajan työ kiinnostaa."),
    (GoalKind.WORK, "Osa-aikatyö kaupan alalta", "Voisin aloittaa vaikka heti, kunhan työ on lähellä."),
    (GoalKind.OTHER, "Työkyvyn selvittäminen ja kuntoutus", "Haluan ensin, että selkä kestää."),
)
_DEMO_STEPS = (
    (ServiceKind.JOB_SEARCH_COACHING, "Päivitetään CV ja haetaan kahta paikkaa viikossa", Responsible.CLIENT, ""),
    (ServiceKind.WORK_TRIAL, "Työkokeilu kirjastossa kolme kuukautta", Responsible.COACH, ""),
    (ServiceKind.LABOUR_TRAINING, "Trukkikorttikoulutus", Responsible.OTHER_ORGANISATION, "Koulutuskeskus"),
    (ServiceKind.OTHER, "Yhteinen tapaaminen TYP:n sosiaalityöntekijän kanssa",
     Responsible.OTHER_ORGANISATION, "TYP"),
    (ServiceKind.OTHER, "Työkyvyn arvio työterveyshuollossa", Responsible.OTHER_ORGANISATION,
     "Terveysasema"),
    (ServiceKind.CAREER_COACHING, "Käynti Ohjaamossa, opintojen suunnittelu", Responsible.CLIENT, ""),
    (ServiceKind.PAY_SUBSIDY, "Selvitetään palkkatuen mahdollisuus työnantajan kanssa", Responsible.COACH, ""),
)


def demo_content(rng: random.Random, today: dt.date) -> PlanContent:
    kind, goal, words = rng.choice(_DEMO_GOALS)
    steps = [PlanStep(service=service, description=text, responsible=who, organisation=org,
                      due_date=today + dt.timedelta(days=rng.randint(14, 120)), status=rng.choice(list(StepStatus)[:2]))
             for service, text, who, org in rng.sample(_DEMO_STEPS, k=rng.randint(2, 4))]
    for step in steps:  # the employment-promoting services get a period (no further draws: demo data stays as it was)
        if is_employment_promoting(step.service) and step.due_date:
            step.starts_on = step.due_date - dt.timedelta(days=60)
            step.ends_on = step.due_date if step.status == StepStatus.IN_PROGRESS else None
    return PlanContent(goal_kind=kind, goal=goal, client_words=words,
                       situation="Työtön työnhakija; tapaamiset kahden viikon välein.", steps=steps,
                       review_date=today + dt.timedelta(days=rng.choice((60, 90, 120))))


def demo_signature_png(rng: random.Random, width: int = 600, height: int = 200) -> bytes:
    """A fictional hand-drawn-looking scribble, so demo PDFs show real images."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (width, height), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    phases = [rng.uniform(0, math.tau) for _ in range(3)]
    points = []
    for i in range(220):
        t = i / 219
        x = 30 + t * (width - 60)
        y = height / 2 + 45 * math.sin(t * 14 + phases[0]) * math.sin(t * 3 + phases[1]) \
            + 15 * math.sin(t * 40 + phases[2])
        points.append((x, y))
    draw.line(points, fill=(20, 30, 90, 255), width=4, joint="curve")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")  # zlib's default: `optimize` made it 2.6 KB -> 2.2 KB at twice the time
    return buffer.getvalue()


@functools.cache
def _demo_signatures() -> tuple[bytes, ...]:
    """A few scribbles drawn once per process: drawing and encoding one takes longer than saving a plan."""
    return tuple(demo_signature_png(random.Random(n)) for n in range(DEMO_SIGNATURES))


DEMO_SIGNATURES = 24


def add_demo_records(session: Session, clients: list[Client], rng: random.Random) -> None:
    """About half of the active clients get a plan: most signed, some with a newer draft, some only drafts."""
    today = dt.date.today()
    coach = load_print_settings(session).coach_name or "Veera Valmentaja"
    for client in clients:
        if client.status == ClientStatus.CLOSED or rng.random() < 0.5:
            continue
        draft = edit_plan(session, client.id, demo_content(rng, today))
        if rng.random() < 0.25:
            continue  # a draft not yet signed
        signed_at = dt.datetime.combine(today - dt.timedelta(days=rng.randint(0, 30)), dt.time(10, 15))
        pool = _demo_signatures()
        sign_plan(session, draft.id, SignatureInput(f"{client.first_name} {client.last_name}", rng.choice(pool)),
                  SignatureInput(coach, rng.choice(pool)), now=signed_at)
        if rng.random() < 0.2:
            changed = demo_content(rng, today)
            edit_plan(session, client.id, changed)  # a newer draft after the signed version
