"""The individual pathway plan (suunnitelma): goal, steps, review date, versions and signatures.

A signed version is frozen: its content is serialised canonically, hashed, and the hash together with the
signatures is sealed; the verification code printed on paper is derived from that seal."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from omavalmentaja.domain import limits
from omavalmentaja.domain.images import MAX_SIGNATURE_BYTES, PNG_MAGIC, BadImage, check_png
from omavalmentaja.domain.limits import Problem
from omavalmentaja.domain.problems import Problems
from omavalmentaja.domain.service_model import Obligation, ObligationStatus, PlanType
from omavalmentaja.messages import Message

PLAN_FORMAT = "omavalmentaja-plan/1"


class GoalKind(StrEnum):
    WORK = "work"
    EDUCATION = "education"
    OTHER = "other"  # another path, e.g. rehabilitation


class ServiceKind(StrEnum):
    """The services as the law names them (domain/services_catalog.py tags the employment-promoting ones).
    The four legacy codes are read in plans signed before the list changed; new steps never get them."""

    JOB_SEARCH_COACHING = "job_search_coaching"  # työnhakuvalmennus
    CAREER_COACHING = "career_coaching"  # uravalmennus
    LABOUR_TRAINING = "labour_training"  # työvoimakoulutus
    SELF_MOTIVATED_STUDY = "self_motivated_study"  # omaehtoinen opiskelu työttömyysetuudella
    TRAINING_TRIAL = "training_trial"  # koulutuskokeilu
    WORK_TRIAL = "work_trial"  # työkokeilu
    REHABILITATIVE_WORK = "rehabilitative_work"  # kuntouttava työtoiminta
    PAY_SUBSIDY = "pay_subsidy"  # palkkatuki
    STARTUP_GRANT = "startup_grant"  # starttiraha
    JOB_COACHING = "job_coaching"  # työhönvalmennus
    INTEGRATION_TRAINING = "integration_training"  # kotoutumiskoulutus
    SOCIAL_REHABILITATION = "social_rehabilitation"  # sosiaalinen kuntoutus
    TYOKANAVA = "tyokanava"  # ohjaus Työkanava Oy:öön
    OTHER = "other"
    JOB_SEARCH = "job_search"  # legacy: a process, not a service
    MULTISECTORAL = "multisectoral"  # legacy: the multi-sectoral joint service is a way of working
    OHJAAMO = "ohjaamo"  # legacy: a service point, not a service
    HEALTH_SOCIAL = "health_social"  # legacy


class Responsible(StrEnum):
    CLIENT = "client"
    COACH = "coach"
    OTHER_ORGANISATION = "other_organisation"


class StepStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class VersionStatus(StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"


class SignerRole(StrEnum):
    CLIENT = "client"
    COACH = "coach"


class SignatureMethod(StrEnum):
    DRAWN = "drawn"
    PASSPHRASE = "passphrase"  # the coach confirmed with the passphrase instead of drawing




def service_model_to_dict(content: PlanContent) -> dict[str, Any]:
    data: dict[str, Any] = {}
    if content.plan_type is not None:
        data["plan_type"] = content.plan_type.value
    if content.obligation is not None and content.obligation.status is not None:
        ob = content.obligation
        data["obligation"] = {"status": ob.status.value if ob.status else None, "per_month": ob.per_month,
                              "reason": ob.reason, "review_months": ob.review_months}
    if content.next_conversations:
        data["next_conversations"] = [{"what": what, "due_on": day.isoformat()}
                                      for what, day in content.next_conversations]
    return data


def service_model_from_dict(data: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    if data.get("plan_type"):
        found["plan_type"] = PlanType(data["plan_type"])
    ob = data.get("obligation")
    if isinstance(ob, dict) and ob.get("status"):
        found["obligation"] = Obligation(ObligationStatus(ob["status"]), ob.get("per_month"), ob.get("reason", ""),
                                         int(ob.get("review_months") or 1))
    found["next_conversations"] = [(str(item["what"]), dt.date.fromisoformat(item["due_on"]))
                                   for item in data.get("next_conversations") or []]
    return found


class InvalidPlan(Problems):
    """A plan breaks the rules; every problem is listed."""


@dataclass
class PlanStep:
    service: ServiceKind
    description: str
    responsible: Responsible = Responsible.CLIENT
    organisation: str = ""  # who, when the responsible party is another organisation
    provider: str = ""  # who provides the service (palveluntuottaja); kept out of the hash while empty
    due_date: dt.date | None = None
    status: StepStatus = StepStatus.PLANNED
    # the period the client is in the service (the monthly report counts starts, ends and ongoing services by
    # these); kept out of the dict while unset, like the provider, so plans signed without them hash as they did
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "service": self.service.value, "description": self.description, "responsible": self.responsible.value,
            "organisation": self.organisation, "due_date": _iso(self.due_date), "status": self.status.value,
            **({"provider": self.provider} if self.provider else {}),  # plans signed without it hash as they did
            **({"starts_on": _iso(self.starts_on)} if self.starts_on else {}),
            **({"ends_on": _iso(self.ends_on)} if self.ends_on else {}),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PlanStep:
        return cls(
            service=ServiceKind(data["service"]), description=data.get("description", ""),
            responsible=Responsible(data.get("responsible", Responsible.CLIENT.value)),
            organisation=data.get("organisation", ""), due_date=_date(data.get("due_date")),
            status=StepStatus(data.get("status", StepStatus.PLANNED.value)), provider=data.get("provider", ""),
            starts_on=_date(data.get("starts_on")), ends_on=_date(data.get("ends_on")),
        )


@dataclass
class PlanContent:
    """What the client signs: everything here is covered by the content hash."""

    goal_kind: GoalKind = GoalKind.WORK
    goal: str = ""
    client_words: str = ""  # the client's own words on the goal
    situation: str = ""  # the current situation
    steps: list[PlanStep] = field(default_factory=list)
    review_date: dt.date | None = None
    # the service model (domain.service_model): which plan this is, the job-search obligation agreed in it and
    # the next conversations as scheduled when it was saved. Kept out of to_dict() while unset, so that versions
    # signed before these fields existed keep their content hash.
    plan_type: PlanType | None = None
    obligation: Obligation | None = None
    next_conversations: list[tuple[str, dt.date]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "goal_kind": self.goal_kind.value, "goal": self.goal, "client_words": self.client_words,
            "situation": self.situation, "steps": [s.to_dict() for s in self.steps],
            "review_date": _iso(self.review_date), **service_model_to_dict(self),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PlanContent:
        return cls(
            goal_kind=GoalKind(data.get("goal_kind", GoalKind.WORK.value)), goal=data.get("goal", ""),
            client_words=data.get("client_words", ""), situation=data.get("situation", ""),
            steps=[PlanStep.from_dict(s) for s in data.get("steps", [])],
            review_date=_date(data.get("review_date")), **service_model_from_dict(data),
        )


@dataclass
class Signature:
    role: SignerRole
    signer_name: str
    signed_at: dt.datetime
    method: SignatureMethod = SignatureMethod.DRAWN
    image_png: bytes | None = None
    image_sha256: str = ""
    id: str = ""

    def seal_dict(self) -> dict[str, Any]:
        return {"role": self.role.value, "signer_name": self.signer_name, "method": self.method.value,
                "signed_at": self.signed_at.isoformat(timespec="seconds"), "image_sha256": self.image_sha256}


@dataclass
class PlanVersion:
    client_id: str
    number: int
    content: PlanContent
    status: VersionStatus = VersionStatus.DRAFT
    id: str = ""
    created_at: str = ""
    updated_at: str = ""
    signed_at: dt.datetime | None = None
    client_name: str = ""  # as it was when signed
    client_date_of_birth: dt.date | None = None
    content_hash: str = ""
    seal_hash: str = ""
    signatures: list[Signature] = field(default_factory=list)
    record_version: int = 0
    device_id: str = ""  # the device that signed (the last writer of a signed version)
    seal_sign_key: str = ""  # base64 of that device's Ed25519 public key; '' if signed before devices had keys
    seal_signature: str = ""  # base64 of its Ed25519 signature over device_seal_message()

    @property
    def is_signed(self) -> bool:
        return self.status == VersionStatus.SIGNED

    def signature(self, role: SignerRole) -> Signature | None:
        return next((s for s in self.signatures if s.role == role), None)

    @property
    def verification_code(self) -> str:
        return verification_code(self.seal_hash) if self.seal_hash else ""


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def normalise_content(content: PlanContent) -> PlanContent:
    """Trim text and bring it to Unicode NFC, so the same words always hash the same."""
    def clean(text: str) -> str:
        return unicodedata.normalize("NFC", text.strip())

    content.goal = clean(content.goal)
    content.client_words = clean(content.client_words)
    content.situation = clean(content.situation)
    for step in content.steps:
        step.description = clean(step.description)
        step.organisation = clean(step.organisation)
        step.provider = clean(step.provider)
    return content


def content_problems(content: PlanContent) -> list[Problem]:
    """Codes, dates, lengths and characters of everything in the content (domain.limits); checked before the
    content is normalised, so that text of any type or size is refused rather than trimmed."""
    texts: list[tuple[str, object, int, bool]] = [
        ("goal", content.goal, limits.LONG_TEXT, True), ("client_words", content.client_words, limits.LONG_TEXT, True),
        ("situation", content.situation, limits.LONG_TEXT, True)]
    codes: list[tuple[str, object, type]] = [("goal_kind", content.goal_kind, GoalKind)]
    dates = [limits.check_date("review_date", content.review_date)]
    steps = content.steps if isinstance(content.steps, list) else []
    for step in steps:
        texts += [("description", step.description, limits.LONG_TEXT, True),
                  ("organisation", step.organisation, limits.LINE, False),
                  ("provider", step.provider, limits.LINE, False)]
        codes += [("service", step.service, ServiceKind), ("responsible", step.responsible, Responsible),
                  ("status", step.status, StepStatus)]
        dates += [limits.check_date("due_date", step.due_date), limits.check_date("starts_on", step.starts_on),
                  limits.check_date("ends_on", step.ends_on)]
    problems = limits.check_fields(texts)
    problems += [Problem(name, Message.of("input.unknown_code", limits.label(name)))
                 for name, value, kind in codes if not isinstance(value, kind)]
    problems += [p for p in dates if p is not None]
    if content.plan_type is not None and not isinstance(content.plan_type, PlanType):
        problems.append(Problem("plan_type", Message.of("input.unknown_code", limits.label("plan_type"))))
    if content.obligation is not None:
        reason = limits.check_text("obligation_reason", content.obligation.reason, limits.REASON)
        problems += [reason] if reason is not None else []
    if len(content.next_conversations) > limits.LIST_ITEMS:
        problems.append(Problem("next_conversations", Message.of("input.too_many",
                                                                 limits.label("next_conversations"),
                                                                 limits.LIST_ITEMS)))
    if not isinstance(content.steps, list) or len(content.steps) > limits.LIST_ITEMS:
        problems.append(Problem("steps", Message.of("input.too_many", limits.label("steps"), limits.LIST_ITEMS)))
    return list({p.field: p for p in reversed(problems)}.values())[::-1]  # one problem per field


def validate_draft(content: PlanContent) -> PlanContent:
    """A draft may be incomplete, but what it holds must make sense."""
    found = content_problems(content)
    if found:
        raise InvalidPlan(found)
    normalise_content(content)
    problems = []
    for n, step in enumerate(content.steps, start=1):
        if not step.description:
            problems.append(Message.of("domain.plan_step_description_missing", n))
        if step.responsible == Responsible.OTHER_ORGANISATION and not step.organisation:
            problems.append(Message.of("domain.plan_step_organisation_missing", n))
        if step.starts_on and step.ends_on and step.ends_on < step.starts_on:
            problems.append(Message.of("domain.plan_step_ends_before_start", n))
    if problems:
        raise InvalidPlan(problems)
    return content


def validate_signature(signature: Signature) -> Signature:
    """A signature as stored: its codes, the signer's name, the time, and a drawn signature's image."""
    problems: list[Problem] = []
    name = limits.check_line("signer_name", signature.signer_name, limits.NAME)
    if name is not None:
        problems.append(name)
    for field_name, value, kind in (("role", signature.role, SignerRole), ("method", signature.method,
                                                                            SignatureMethod)):
        if not isinstance(value, kind):
            problems.append(Problem(field_name, Message.of("input.unknown_code", limits.label(field_name))))
    when = limits.check_date("signed_at", signature.signed_at)
    if when is not None or not isinstance(signature.signed_at, dt.datetime):
        problems.append(when or Problem("signed_at", Message.of("input.bad_date", limits.label("signed_at"))))
    if signature.method == SignatureMethod.DRAWN:
        try:
            check_png(signature.image_png, MAX_SIGNATURE_BYTES)
        except BadImage as exc:
            problems.append(Problem("image", exc.message))
    elif signature.image_png is not None:
        problems.append(Problem("image", Message.of("input.image_not_expected")))
    if problems:
        raise InvalidPlan(problems)
    return signature


def validate_for_signing(content: PlanContent, today: dt.date) -> PlanContent:
    """What a plan needs before the client can sign it."""
    problems = []
    try:
        validate_draft(content)
    except InvalidPlan as exc:
        problems.extend(exc.problems)
    if not content.goal:
        problems.append(Message.of("domain.plan_goal_missing"))
    if not content.steps:
        problems.append(Message.of("domain.plan_no_steps"))
    if content.review_date is None:
        problems.append(Message.of("domain.plan_review_missing"))
    elif content.review_date < today:
        problems.append(Message.of("domain.plan_review_past"))
    if problems:
        raise InvalidPlan(problems)
    return content


def canonical_json(data: Any) -> bytes:
    """One byte string for one meaning: sorted keys, no spaces, UTF-8, NFC text."""
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def hashed_payload(version: PlanVersion) -> dict[str, Any]:
    """What the content hash covers: whose plan, which version, the client as named at signing, and the content."""
    return {
        "format": PLAN_FORMAT, "client_id": version.client_id, "number": version.number,
        "client_name": version.client_name, "client_date_of_birth": _iso(version.client_date_of_birth),
        "content": version.content.to_dict(),
    }


def content_hash(version: PlanVersion) -> str:
    return hashlib.sha256(canonical_json(hashed_payload(version))).hexdigest()


def image_hash(image_png: bytes | None) -> str:
    return hashlib.sha256(image_png).hexdigest() if image_png else ""


def seal_hash(content_hash_hex: str, signed_at: dt.datetime, signatures: list[Signature]) -> str:
    """The hash over the content hash, the time of signing and every signature (with its image's hash)."""
    ordered = sorted(signatures, key=lambda s: s.role.value)
    payload = {"content_hash": content_hash_hex, "signed_at": signed_at.isoformat(timespec="seconds"),
               "signatures": [s.seal_dict() for s in ordered]}
    return hashlib.sha256(canonical_json(payload)).hexdigest()


DEVICE_SEAL_LABEL = b"omavalmentaja plan seal v1\x00"


def device_seal_message(version_id: str, client_id: str, seal_hex: str) -> bytes:
    """What the signing device's Ed25519 key signs: whose plan, which version, and its seal."""
    return DEVICE_SEAL_LABEL + canonical_json({"client_id": client_id, "plan_version_id": version_id,
                                               "seal_hash": seal_hex})


def verification_code(seal_hex: str) -> str:
    """12 base32 characters of the seal in groups of four, e.g. 'K7Q2-M9XD-4TPA': short enough to read aloud."""
    text = base64.b32encode(bytes.fromhex(seal_hex)[:10]).decode("ascii")[:12]
    return "-".join(text[i:i + 4] for i in range(0, 12, 4))


def verify_version(version: PlanVersion) -> list[Message]:
    """Every way the stored signed version differs from what was signed; empty when it is intact."""
    if not version.is_signed:
        return []
    problems = []
    if content_hash(version) != version.content_hash:
        problems.append(Message.of("domain.plan_content_changed"))
    for signature in version.signatures:
        if signature.method == SignatureMethod.DRAWN and image_hash(signature.image_png) != signature.image_sha256:
            role = Message.of(f"label.signer_role.{signature.role.value}")
            problems.append(Message.of("domain.plan_signature_image_changed", role))
    roles = {s.role for s in version.signatures}
    if roles != set(SignerRole):
        problems.append(Message.of("domain.plan_signature_missing"))
    if version.signed_at is None or seal_hash(version.content_hash, version.signed_at,
                                              version.signatures) != version.seal_hash:
        problems.append(Message.of("domain.plan_seal_mismatch"))
    return problems


def is_png(data: bytes | None) -> bool:
    return bool(data) and data[:8] == PNG_MAGIC  # type: ignore[index]
