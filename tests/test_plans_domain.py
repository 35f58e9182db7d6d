"""Plan rules without a database: validation, canonical serialisation, hashes, seal, verification code."""

import datetime as dt
import re

import pytest

from omavalmentaja.domain.plan import (
    InvalidPlan,
    PlanContent,
    PlanStep,
    PlanVersion,
    Responsible,
    ServiceKind,
    Signature,
    SignatureMethod,
    SignerRole,
    VersionStatus,
    canonical_json,
    content_hash,
    image_hash,
    seal_hash,
    validate_draft,
    validate_for_signing,
    verification_code,
    verify_version,
)

TODAY = dt.date(2026, 11, 23)


def _content() -> PlanContent:
    return PlanContent(goal="Työpaikka varastolta", client_words="Haluan aamuvuoroon.", steps=[
        PlanStep(ServiceKind.WORK_TRIAL, "Työkokeilu kirjastossa", Responsible.COACH, due_date=TODAY),
        PlanStep(ServiceKind.LABOUR_TRAINING, "Trukkikortti", Responsible.OTHER_ORGANISATION, "Koulutuskeskus"),
    ], review_date=TODAY + dt.timedelta(days=90))


def _signed() -> PlanVersion:
    at = dt.datetime(2026, 11, 23, 14, 30)
    version = PlanVersion(client_id="c1", number=1, content=_content(), status=VersionStatus.SIGNED, signed_at=at,
                          client_name="Олена Шевченко", client_date_of_birth=dt.date(1990, 3, 12))
    version.content_hash = content_hash(version)
    version.signatures = [
        Signature(SignerRole.CLIENT, "Олена Шевченко", at, SignatureMethod.DRAWN, b"\x89PNG a",
                  image_hash(b"\x89PNG a")),
        Signature(SignerRole.COACH, "Valmentaja", at, SignatureMethod.PASSPHRASE),
    ]
    version.seal_hash = seal_hash(version.content_hash, at, version.signatures)
    return version


def test_content_round_trips_through_its_dict() -> None:
    content = _content()
    assert PlanContent.from_dict(content.to_dict()) == content


def test_canonical_json_ignores_key_order_and_unicode_form() -> None:
    assert canonical_json({"b": 1, "a": "ä"}) == canonical_json({"a": "ä", "b": 1})
    decomposed = PlanContent(goal="Tyo\u0308")  # 'ö' as o + combining diaeresis
    validate_draft(decomposed)
    assert decomposed.goal == "Työ"


def test_any_change_of_content_changes_the_hash() -> None:
    version = _signed()
    before = content_hash(version)
    version.content.steps[1].due_date = TODAY
    assert content_hash(version) != before
    version = _signed()
    version.client_name = "Olena Shevchenko"
    assert content_hash(version) != before


def test_draft_rules_list_every_problem() -> None:
    content = PlanContent(steps=[PlanStep(ServiceKind.OTHER, "  "),
                                 PlanStep(ServiceKind.OTHER, "x", Responsible.OTHER_ORGANISATION)])
    with pytest.raises(InvalidPlan) as caught:
        validate_draft(content)
    assert len(caught.value.problems) == 2


def test_signing_needs_goal_steps_and_a_future_review_date() -> None:
    with pytest.raises(InvalidPlan) as caught:
        validate_for_signing(PlanContent(), TODAY)
    assert len(caught.value.problems) == 3
    late = _content()
    late.review_date = TODAY - dt.timedelta(days=1)
    with pytest.raises(InvalidPlan, match="menneisyydessä"):
        validate_for_signing(late, TODAY)
    validate_for_signing(_content(), TODAY)


def test_verification_code_is_short_and_readable() -> None:
    code = verification_code(_signed().seal_hash)
    assert re.fullmatch(r"[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}", code)


def test_verify_reports_changed_content_image_and_signer() -> None:
    assert verify_version(_signed()) == []
    changed = _signed()
    changed.content.goal = "Jotain muuta"
    assert any("tiiviste ei täsmää" in str(p) for p in verify_version(changed))
    image = _signed()
    image.signatures[0].image_png = b"\x89PNG b"
    assert any("allekirjoituskuva" in str(p) for p in verify_version(image))
    signer = _signed()
    signer.signatures[1].signer_name = "Joku muu"
    assert any("sinetti" in str(p) for p in verify_version(signer))
