"""The plan-PDF workload's inputs: a signed plan of 20 steps, and the one-page reportlab floor."""

from __future__ import annotations

import datetime as dt
import io
import random

from omavalmentaja.domain.client import Client
from omavalmentaja.domain.plan import PlanStep
from omavalmentaja.services.clients import save_client
from omavalmentaja.services.plans import (
    SignatureInput,
    demo_content,
    demo_signature_png,
    edit_plan,
    sign_plan,
)
from omavalmentaja.services.session import Session


def signed_plan_with_steps(session: Session, steps: int) -> str:
    """A new client with a plan of `steps` steps signed by the client and the coach; returns the client id."""
    rng = random.Random(20)
    today = dt.date.today()
    client = save_client(session, Client(first_name="Aino", last_name="Mäkinen", municipality="Kajaani",
                                         start_date=today))
    content = demo_content(rng, today)
    template = content.steps[0]
    content.steps = [PlanStep(service=template.service, description=f"{n + 1}. {template.description}",
                              responsible=template.responsible, organisation=template.organisation,
                              due_date=today + dt.timedelta(days=7 * (n + 1)), status=template.status)
                     for n in range(steps)]
    draft = edit_plan(session, client.id, content)
    sign_plan(session, draft.id, SignatureInput("Aino Mäkinen", demo_signature_png(rng)),
              SignatureInput("Veera Valmentaja", demo_signature_png(rng)),
              now=dt.datetime.combine(today, dt.time(10, 15)))
    return client.id


def one_page_pdf() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    out = io.BytesIO()
    styles = getSampleStyleSheet()
    SimpleDocTemplate(out, pagesize=A4).build([Paragraph("Työllistymissuunnitelma", styles["Title"]),
                                               Paragraph("Yksi sivu tekstiä. " * 40, styles["BodyText"])])
    return out.getvalue()
