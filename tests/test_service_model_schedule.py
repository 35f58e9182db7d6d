"""The service model's schedule engine over weekends, public holidays and year ends.

Sources of the rules (full addresses in docs/service-model.md and resources/service-model/rules.toml):
[K] kotoutuminen.fi/pohjoismainen-tyovoimapalvelumalli — initial interview within 5 working days; the first
    three months an intensive period with a meeting every two weeks; at six months a one-month period again.
[HE167] HE 167/2021 — every half year a one-month period with two job-search conversations.
[TMT] tyomarkkinatori.fi (initial interview and job-search discussions) — a job-search conversation every three
    months after the initial interview or the previous one; from 2026 the initial interview within 10 working
    days [TMT2026, HE 108/2025, TyVM 9/2025: in force 1.1.2026].
[TEM] tem.fi Q&A — 4 job opportunities a month as a rule; first neglect: a reminder.
Holidays: the `holidays` package's Finland calendar. Weekdays checked against the calendar of each year.
"""

from __future__ import annotations

import datetime as dt

import pytest

from omavalmentaja.domain.schedule import (
    DueKind,
    NonWorkingDue,
    ScheduleInput,
    ScheduleSettings,
    compute_schedule,
    next_conversations,
)
from omavalmentaja.domain.service_model import (
    Conversation,
    InvalidRules,
    Obligation,
    ObligationStatus,
    rules_from_data,
)
from omavalmentaja.domain.workdays import add_months, add_working_days, is_working_day
from omavalmentaja.services.service_model import load_rules

D = dt.date
RULES = load_rules()


def kinds(items, kind):  # type: ignore[no-untyped-def]
    return [i for i in items if i.kind == kind]


@pytest.mark.parametrize(("day", "working"), [
    (D(2026, 6, 19), False),  # Midsummer Eve (juhannusaatto), Friday
    (D(2026, 12, 24), False),  # Christmas Eve (jouluaatto), Thursday
    (D(2026, 12, 31), True),  # New Year's Eve is a working day
    (D(2026, 4, 3), False),  # Good Friday 2026
    (D(2026, 4, 6), False),  # Easter Monday 2026
    (D(2026, 5, 14), False),  # Ascension Day 2026
    (D(2026, 5, 1), False),  # May Day, Friday
    (D(2025, 12, 6), False),  # Independence Day (a Saturday anyway)
    (D(2023, 12, 6), False),  # Independence Day, Wednesday
    (D(2026, 1, 6), False),  # Epiphany, Tuesday
    (D(2026, 11, 28), False),  # a Saturday
    (D(2026, 11, 30), True),  # an ordinary Monday
])
def test_working_days_follow_the_finnish_calendar(day: dt.date, working: bool) -> None:
    assert is_working_day(day) is working


@pytest.mark.parametrize(("registered", "due"), [
    # 5 working days [K], rules of 2.5.2022
    (D(2024, 3, 25), D(2024, 4, 3)),  # Mon; Tue-Thu = 1-3, Good Friday 29.3. and Easter Monday 1.4. skipped, 2.4.=4
    (D(2023, 6, 16), D(2023, 6, 26)),  # Fri; 19.-22.6. = 1-4, Midsummer Eve 23.6. skipped, Mon 26.6. = 5
    (D(2024, 12, 18), D(2024, 12, 30)),  # 19, 20, 23 = 1-3; Christmas Eve, Christmas, Boxing Day; 27 = 4, 30 = 5
    (D(2024, 12, 27), D(2025, 1, 7)),  # year end: 30, 31 = 1-2; 1.1. holiday; 2, 3 = 3-4; Epiphany 6.1.; 7.1. = 5
    (D(2023, 12, 4), D(2023, 12, 12)),  # 5.12. = 1, Independence Day 6.12. skipped, 7, 8, 11 = 2-4, 12 = 5
    (D(2025, 5, 26), D(2025, 6, 3)),  # 27, 28 = 1-2, Ascension Day 29.5. skipped, 30.5., 2.6. = 3-4, 3.6. = 5
    (D(2025, 4, 28), D(2025, 5, 6)),  # 29, 30 = 1-2, May Day 1.5. skipped, 2, 5 = 3-4, 6 = 5
    (D(2023, 6, 10), D(2023, 6, 16)),  # registered on a Saturday: Mon 12. = 1 … Fri 16. = 5
    (D(2025, 12, 31), D(2026, 1, 9)),  # last day of the 2022 rules: 5 days; 1.1. and 6.1. skipped
    # 10 working days [TMT2026], rules of 1.1.2026
    (D(2026, 1, 1), D(2026, 1, 16)),  # New Year's Day: 2.1. = 1, 5.1. = 2, Epiphany skipped, 7.-16.1. = 3-10
    (D(2026, 1, 5), D(2026, 1, 20)),  # Epiphany 6.1. skipped: 7, 8, 9, 12, 13, 14, 15, 16, 19, 20
    (D(2026, 12, 21), D(2027, 1, 8)),  # 22, 23 = 1-2; 24.-26.12.; 28-31 = 3-6; 1.1.; 4, 5 = 7-8; 6.1.; 7, 8 = 9-10
    (D(2026, 6, 15), D(2026, 6, 30)),  # 16-18 = 1-3, Midsummer Eve 19.6. skipped, 22.-26. = 4-8, 29, 30 = 9-10
])
def test_initial_interview_deadline_in_working_days(registered: dt.date, due: dt.date) -> None:
    items = compute_schedule(ScheduleInput(registered), RULES, registered + dt.timedelta(days=40))
    assert kinds(items, DueKind.INITIAL_INTERVIEW)[0].due_on == due


def test_no_schedule_before_the_model_began_or_without_a_registration_date() -> None:
    assert compute_schedule(ScheduleInput(D(2022, 4, 1)), RULES, D(2023, 1, 1)) == []
    assert compute_schedule(ScheduleInput(None), RULES, D(2023, 1, 1)) == []


def test_first_intensive_period_every_two_weeks_after_the_initial_interview() -> None:
    held = ((D(2024, 4, 3), Conversation.INITIAL_INTERVIEW), (D(2024, 4, 17), Conversation.SUPPLEMENTARY))
    items = compute_schedule(ScheduleInput(D(2024, 3, 25), held), RULES, D(2024, 7, 1))
    slots = kinds(items, DueKind.SUPPLEMENTARY)
    # [K]: every two weeks during the first three months (25.3.–24.6.2024); 14 days from the last one held
    assert [s.due_on for s in slots] == [
        D(2024, 4, 17),  # 3.4. + 14 (held that day)
        D(2024, 4, 30),  # 17.4. + 14 = 1.5. May Day → previous working day Tue 30.4.
        D(2024, 5, 15),  # 1.5. + 14 (none held: the next counts from the previous due date)
        D(2024, 5, 29),
        D(2024, 6, 12),  # 12.6. + 14 = 26.6. is past the period's end 25.6.
    ]
    assert slots[0].done_on == D(2024, 4, 17) and all(s.done_on is None for s in slots[1:])
    assert slots[0].period_end == D(2024, 6, 25)


def test_a_due_date_on_a_holiday_moves_as_the_setting_says() -> None:
    held = ((D(2024, 4, 3), Conversation.INITIAL_INTERVIEW), (D(2024, 4, 17), Conversation.SUPPLEMENTARY))
    items = compute_schedule(ScheduleInput(D(2024, 3, 25), held), RULES, D(2024, 5, 10),
                             ScheduleSettings(NonWorkingDue.NEXT))
    assert kinds(items, DueKind.SUPPLEMENTARY)[1].due_on == D(2024, 5, 2)  # May Day 1.5. → Thu 2.5.


def test_repeated_one_month_periods_every_six_months_hold_two_conversations() -> None:
    items = compute_schedule(ScheduleInput(D(2024, 3, 25)), RULES, D(2026, 12, 31))
    repeats = [s for s in kinds(items, DueKind.SUPPLEMENTARY) if s.period_start != D(2024, 3, 25)]
    # [HE167]: every half year a one-month period with two conversations; [K]: 14 days apart
    assert [(s.period_start, s.due_on) for s in repeats] == [
        (D(2024, 9, 25), D(2024, 10, 9)), (D(2024, 9, 25), D(2024, 10, 23)),
        (D(2025, 3, 25), D(2025, 4, 8)), (D(2025, 3, 25), D(2025, 4, 22)),
        (D(2025, 9, 25), D(2025, 10, 9)), (D(2025, 9, 25), D(2025, 10, 23)),
        # 25.3.2026: the rules of 1.1.2026 set no schedule of supplementary conversations [HE 108/2025]
    ]


def test_repeated_period_across_christmas_and_the_year_end() -> None:
    items = compute_schedule(ScheduleInput(D(2023, 6, 10)), RULES, D(2024, 2, 1))
    repeats = [s.due_on for s in kinds(items, DueKind.SUPPLEMENTARY) if s.period_start == D(2023, 12, 10)]
    # 10.12. + 14 = Sun 24.12. (Christmas Eve) → Fri 22.12.; + 28 = Sun 7.1. (Sat 6.1. Epiphany) → Fri 5.1.2024
    assert repeats == [D(2023, 12, 22), D(2024, 1, 5)]


def test_job_search_conversation_every_three_months_after_the_previous_one() -> None:
    held = ((D(2023, 9, 6), Conversation.INITIAL_INTERVIEW), (D(2023, 12, 4), Conversation.JOB_SEARCH))
    items = compute_schedule(ScheduleInput(D(2023, 9, 1), held), RULES, D(2024, 6, 30))
    dues = [(i.due_on, i.done_on) for i in kinds(items, DueKind.JOB_SEARCH)]
    # [TMT]: 6.9. + 3 months = Wed 6.12. Independence Day → Tue 5.12.; held 4.12.; 4.12. + 3 months = 4.3.2024
    assert dues == [(D(2023, 12, 5), D(2023, 12, 4)), (D(2024, 3, 4), None)]


def test_no_three_monthly_conversation_before_the_initial_interview_is_held() -> None:
    items = compute_schedule(ScheduleInput(D(2024, 3, 25)), RULES, D(2024, 12, 31))
    assert kinds(items, DueKind.JOB_SEARCH) == []
    assert kinds(items, DueKind.INITIAL_INTERVIEW)[0].overdue_days(D(2024, 4, 10)) == 7  # due 3.4.


def test_obligation_review_period_counts_applications_and_reminds_when_short() -> None:
    data = ScheduleInput(D(2024, 3, 25), obligation=Obligation(ObligationStatus.FULL),
                         obligation_from=D(2024, 4, 3),
                         applications=(D(2024, 4, 5), D(2024, 4, 10), D(2024, 4, 20), D(2024, 5, 3)))
    items = compute_schedule(data, RULES, D(2024, 5, 10))
    reviews = kinds(items, DueKind.OBLIGATION_REVIEW)
    # [TEM]: 4 a month; period 3.4.–2.5.2024 holds 3 of them (3.5. belongs to the next period)
    assert (reviews[0].due_on, reviews[0].count, reviews[0].required, reviews[0].done_on) == \
        (D(2024, 5, 2), 3, 4, None)
    short = kinds(items, DueKind.OBLIGATION_SHORT)
    assert [(s.due_on, s.count, s.required, s.first_neglect) for s in short] == [(D(2024, 5, 3), 3, 4, "reminder")]
    assert short[0].shown_on(D(2024, 6, 2), 0) and not short[0].shown_on(D(2024, 6, 3), 0)
    assert not short[0].shown_on(D(2024, 5, 2), 7)  # not announced before the period has ended


def test_reduced_obligation_over_three_months_and_none() -> None:
    reduced = Obligation(ObligationStatus.REDUCED, 2, "osa-aikatyö", 3)
    dates = tuple(D(2025, m, 10) for m in (1, 2, 3, 3, 3, 3))
    items = compute_schedule(ScheduleInput(None, obligation=reduced, obligation_from=D(2025, 1, 1),
                                           applications=dates), RULES, D(2025, 4, 1))
    review = kinds(items, DueKind.OBLIGATION_REVIEW)[0]
    assert (review.due_on, review.required, review.count, review.done_on) == \
        (D(2025, 3, 31), 6, 6, D(2025, 3, 10))  # 2 a month × 3 months, met by the sixth
    none = compute_schedule(ScheduleInput(D(2025, 1, 1), obligation=Obligation(ObligationStatus.NONE, None, "x")),
                            RULES, D(2025, 3, 1))
    assert kinds(none, DueKind.OBLIGATION_REVIEW) == kinds(none, DueKind.OBLIGATION_SHORT) == []


def test_first_neglect_under_the_2026_rules_is_not_a_reminder() -> None:
    data = ScheduleInput(None, obligation=Obligation(ObligationStatus.FULL), obligation_from=D(2026, 2, 1))
    short = kinds(compute_schedule(data, RULES, D(2026, 3, 5)), DueKind.OBLIGATION_SHORT)
    assert short[0].first_neglect == "waiting_period"  # HE 108/2025: 7 days without benefit


def test_plan_review_date_and_next_conversations() -> None:
    held = ((D(2024, 4, 3), Conversation.INITIAL_INTERVIEW),)
    items = compute_schedule(ScheduleInput(D(2024, 3, 25), held, plan_review_on=D(2024, 6, 1)), RULES,
                             D(2024, 8, 1))
    assert kinds(items, DueKind.PLAN_REVIEW)[0].due_on == D(2024, 6, 1)
    upcoming = next_conversations(items, D(2024, 5, 20), limit=3)
    assert [(i.kind, i.due_on) for i in upcoming] == [
        (DueKind.SUPPLEMENTARY, D(2024, 5, 29)), (DueKind.SUPPLEMENTARY, D(2024, 6, 12)),
        (DueKind.JOB_SEARCH, D(2024, 7, 3))]


def _rules_with_2027(days: int) -> dict:  # type: ignore[type-arg]
    import tomllib

    from omavalmentaja.services.service_model import rules_path

    data = tomllib.loads(rules_path().read_text(encoding="utf-8"))
    extra = dict(data["version"][-1], id="2027-03-01", applies_from=D(2027, 3, 1),
                 initial_interview_working_days=days)
    data["version"].append(extra)
    return data


def test_a_new_rules_version_applies_from_its_start_date() -> None:
    rules = rules_from_data(_rules_with_2027(3))
    before = compute_schedule(ScheduleInput(D(2027, 2, 26)), rules, D(2027, 4, 1))[0]
    after = compute_schedule(ScheduleInput(D(2027, 3, 1)), rules, D(2027, 4, 1))[0]
    assert (before.rules_id, before.due_on) == ("2026-01-01", D(2027, 3, 12))  # 10 working days from Fri 26.2.
    assert (after.rules_id, after.due_on) == ("2027-03-01", D(2027, 3, 4))  # 3 working days from Mon 1.3.


def test_the_rules_file_names_a_source_for_each_version_and_refuses_disorder() -> None:
    for version in RULES.versions:
        assert version.sources["law"] and version.sources["applies_from"]
        assert all(url.startswith("https://") for urls in version.sources.values() for url in urls)
    data = _rules_with_2027(3)
    data["version"][-1]["applies_from"] = D(2021, 1, 1)
    with pytest.raises(InvalidRules):
        rules_from_data(data)


def test_add_months_and_working_days_edges() -> None:
    assert add_months(D(2024, 1, 31), 1) == D(2024, 2, 29)  # leap year
    assert add_months(D(2025, 11, 30), 3) == D(2026, 2, 28)
    assert add_working_days(D(2026, 12, 31), 1) == D(2027, 1, 4)  # 1.1.2027 Friday holiday, then the weekend
