"""Plan use cases on a real vault: drafts, signing, immutability, history, SQL tampering, demo data."""

import datetime as dt
import random

import pytest

from omavalmentaja.domain.client import Client
from omavalmentaja.domain.plan import PlanContent, PlanStep, Responsible, ServiceKind, SignatureMethod, SignerRole
from omavalmentaja.errors import UserError
from omavalmentaja.services import plans as svc
from omavalmentaja.services.demo import fill_demo_data

TODAY = dt.date.today()


def _client(session, first="Aino", last="Mäkinen"):
    return session.clients.save(Client(first_name=first, last_name=last, date_of_birth=dt.date(1999, 5, 4)))


def _content(goal="Työpaikka logistiikka-alalta") -> PlanContent:
    return PlanContent(goal=goal, steps=[
        PlanStep(ServiceKind.JOB_SEARCH, "Haetaan kahta paikkaa viikossa", Responsible.CLIENT,
                 due_date=TODAY + dt.timedelta(days=30)),
        PlanStep(ServiceKind.WORK_TRIAL, "Työkokeilu varastolla", Responsible.COACH),
    ], review_date=TODAY + dt.timedelta(days=90))


def _sign(session, version_id, rng=None):
    rng = rng or random.Random(1)
    return svc.sign_plan(session, version_id, svc.SignatureInput("Aino Mäkinen", svc.demo_signature_png(rng)),
                         svc.SignatureInput("Valmentaja Virtanen", svc.demo_signature_png(rng)))


def test_drafts_are_edited_in_place_until_signed(session) -> None:
    client = _client(session)
    first = svc.edit_plan(session, client.id, _content())
    second = svc.edit_plan(session, client.id, _content("Koulutuspaikka"))
    assert first.id == second.id and second.number == 1
    assert svc.current_draft(session, client.id).content.goal == "Koulutuspaikka"
    assert svc.latest_signed(session, client.id) is None


def test_signing_freezes_the_version_and_editing_makes_a_new_draft(session) -> None:
    client = _client(session)
    draft = svc.edit_plan(session, client.id, _content())
    signed = _sign(session, draft.id)
    assert signed.is_signed and signed.client_name == "Aino Mäkinen"
    assert signed.client_date_of_birth == dt.date(1999, 5, 4)
    stored = svc.plans(session).get(draft.id)
    assert stored.content_hash == signed.content_hash and stored.verification_code
    assert {s.role for s in stored.signatures} == set(SignerRole)
    assert all(s.image_png and s.image_png.startswith(b"\x89PNG") for s in stored.signatures)

    stored.content.goal = "Muutettu tavoite"
    with pytest.raises(UserError, match="Allekirjoitettua suunnitelmaa ei voi muuttaa"):
        svc.save_draft(session, stored)
    with pytest.raises(UserError, match="jo allekirjoitettu"):
        _sign(session, draft.id)

    new = svc.edit_plan(session, client.id, _content("Uusi tavoite"))
    assert new.number == 2 and new.id != draft.id and not new.is_signed
    history = svc.versions(session, client.id)
    assert [v.number for v in history] == [2, 1]
    assert history[1].content.goal == "Työpaikka logistiikka-alalta"
    assert svc.verify(session, draft.id) == []
    assert svc.version_to_print(session, client.id).number == 1  # the signed one, not the newer draft
    assert svc.version_to_print(session, client.id, number=2).number == 2


def test_a_new_draft_starts_from_the_signed_content(session) -> None:
    client = _client(session)
    _sign(session, svc.edit_plan(session, client.id, _content()).id)
    draft = svc.start_draft(session, client.id)
    assert draft.number == 2 and not draft.id
    assert draft.content.goal == "Työpaikka logistiikka-alalta"


def test_sql_tampering_is_blocked_and_if_forced_is_detected(session) -> None:
    client = _client(session)
    version = _sign(session, svc.edit_plan(session, client.id, _content()).id)
    with pytest.raises(Exception, match="immutable"):
        session.db.execute("UPDATE plan_versions SET content = replace(content, 'logistiikka', 'kaupan') "
                           "WHERE id = ?", (version.id,))
    session.db.execute("DROP TRIGGER plan_versions_signed_frozen")
    session.db.execute("UPDATE plan_versions SET content = replace(content, 'logistiikka', 'kaupan') WHERE id = ?",
                       (version.id,))
    assert svc.plans(session).get(version.id).content.goal == "Työpaikka kaupan-alalta"
    problems = svc.verify(session, version.id)
    assert any(p.id == "domain.plan_content_changed" for p in problems)


def test_tampered_signature_image_is_detected(session) -> None:
    client = _client(session)
    version = _sign(session, svc.edit_plan(session, client.id, _content()).id)
    session.db.execute("DROP TRIGGER plan_signatures_frozen")
    session.db.execute("UPDATE plan_signatures SET image = ? WHERE plan_version_id = ? AND role = 'client'",
                       (svc.demo_signature_png(random.Random(99)), version.id))
    assert any(p.id == "domain.plan_signature_image_changed" for p in svc.verify(session, version.id))


def test_signing_rules(session, passphrase) -> None:
    client = _client(session)
    empty = svc.edit_plan(session, client.id, PlanContent())
    png = svc.demo_signature_png(random.Random(2))
    with pytest.raises(UserError, match="tavoite puuttuu"):
        svc.sign_plan(session, empty.id, svc.SignatureInput("Aino", png), svc.SignatureInput("V", png))
    draft = svc.edit_plan(session, client.id, _content())
    with pytest.raises(UserError, match="Asiakkaan allekirjoitus puuttuu"):
        svc.sign_plan(session, draft.id, svc.SignatureInput("Aino", b"not a png"), svc.SignatureInput("V", png))
    with pytest.raises(UserError, match="väärä tunnuslause"):
        svc.sign_plan(session, draft.id, svc.SignatureInput("Aino", png), svc.SignatureInput("V"), "wrong")
    signed = svc.sign_plan(session, draft.id, svc.SignatureInput("Aino", png), svc.SignatureInput("V"), passphrase)
    coach = signed.signature(SignerRole.COACH)
    assert coach is not None and coach.method == SignatureMethod.PASSPHRASE and coach.image_png is None
    assert svc.verify(session, signed.id) == []
    actions = [e.action for e in session.audit.for_client(client.id)]
    assert "plan.sign" in actions


def test_only_drafts_can_be_deleted(session) -> None:
    client = _client(session)
    draft = svc.edit_plan(session, client.id, _content())
    _sign(session, draft.id)
    with pytest.raises(UserError, match="Vain luonnoksen"):
        svc.delete_draft(session, draft.id)
    second = svc.edit_plan(session, client.id, _content("x"))
    svc.delete_draft(session, second.id)
    assert [v.number for v in svc.versions(session, client.id)] == [1]


def test_no_plan_is_a_user_error(session) -> None:
    client = _client(session)
    with pytest.raises(UserError, match="ei ole suunnitelmaa"):
        svc.version_to_print(session, client.id)


def test_demo_data_has_signed_and_draft_plans(session) -> None:
    fill_demo_data(session, clients=30, seed=7)
    all_versions = [v for cid in svc.plans(session).clients_with_plans() for v in svc.versions(session, cid)]
    assert any(v.is_signed for v in all_versions)
    assert any(not v.is_signed for v in all_versions)
    assert all(svc.verify_version(v) == [] for v in all_versions if v.is_signed)


def test_editor_autosave_survives_and_is_dropped_on_save(session) -> None:
    client = _client(session)
    content = _content("Kesken oleva tavoite")
    svc.autosave_plan_form(session, client.id, content)
    restored = svc.load_autosaved_plan(session, client.id)
    assert restored == content
    version = svc.save_plan_form(session, client.id, restored)
    assert version.content.goal == "Kesken oleva tavoite"
    assert svc.load_autosaved_plan(session, client.id) is None
