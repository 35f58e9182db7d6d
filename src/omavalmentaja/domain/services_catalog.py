"""The service list's tags: which services are "työllistymistä edistävä palvelu" (employment-promoting services,
during which the unemployment benefit is paid only when the service is agreed in the employment plan), and the
legacy codes that new plan steps no longer get.

The tag follows the list of employment-promoting services in the Unemployment Security Act (1290/2002), as the
services are named in the issue that introduced this list; the act's current text was not found in the stored
public material while writing (docs/data-protection.md, "Not found"), so the controller should check it."""

from __future__ import annotations

from omavalmentaja.domain.plan import ServiceKind

EMPLOYMENT_PROMOTING = frozenset({
    ServiceKind.JOB_SEARCH_COACHING, ServiceKind.CAREER_COACHING, ServiceKind.LABOUR_TRAINING,
    ServiceKind.SELF_MOTIVATED_STUDY, ServiceKind.TRAINING_TRIAL, ServiceKind.WORK_TRIAL,
    ServiceKind.REHABILITATIVE_WORK, ServiceKind.INTEGRATION_TRAINING,
})
LEGACY = frozenset({ServiceKind.JOB_SEARCH, ServiceKind.MULTISECTORAL, ServiceKind.OHJAAMO,
                    ServiceKind.HEALTH_SOCIAL})
OFFERED = tuple(kind for kind in ServiceKind if kind not in LEGACY)


def is_employment_promoting(kind: ServiceKind) -> bool:
    return kind in EMPLOYMENT_PROMOTING
