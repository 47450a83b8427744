from __future__ import annotations

from datetime import UTC, datetime, timedelta

from smtp_desk.core.limits import DAY, Limits, make_plan, plan_after_quota

NOW = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)


def test_what_one_day_cannot_take_is_spread_over_the_days_after() -> None:
    sent = [NOW - timedelta(hours=5, minutes=n) for n in range(10)]
    plan = make_plan(30, sent, Limits(10, None, 100), NOW)
    assert (plan.now, plan.later, plan.next_batch, plan.more_days) == (0, 30, 10, 2)
    assert plan.blocked_until == min(sent) + DAY
    assert str(plan).endswith(
        f": 0 now, 10 from {(min(sent) + DAY).astimezone():%d %b %H:%M}, the other 20 over the "
        "2 days after."
    )


def test_room_today_and_the_rest_tomorrow() -> None:
    sent = [NOW - timedelta(hours=2)] * 3
    plan = make_plan(8, sent, Limits(5, None, 100), NOW)
    assert (plan.now, plan.later, plan.more_days) == (2, 6, 1)
    assert plan.blocked_until is None, "some can go now"
    assert "2 now, 5 from" in str(plan) and "the other 1 over the day after" in str(plan)


def test_a_learned_limit_says_where_it_came_from() -> None:
    plan = make_plan(4, [NOW - timedelta(hours=1)] * 6, Limits(6, None, 1, "2026-11-30"), NOW)
    assert "the provider allows 6 a day (learned from its reply on 30 Nov 2026)" in str(plan)


def test_a_quota_reply_with_nothing_sent_from_here_waits_a_day() -> None:
    plan = plan_after_quota(7, [], NOW)
    assert plan.blocked_until == NOW + DAY
    assert str(plan) == (
        "7 to send; the provider says its daily limit is reached: they can go from "
        f"{(NOW + DAY).astimezone():%d %b %H:%M}."
    )
