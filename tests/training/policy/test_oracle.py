"""The oracle: an exact plan with hindsight, never beaten on the same month by a policy within its limits."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from training.policy import oracle
from training.policy.baselines import Greedy, NoContact, RiskThreshold
from training.policy.evaluate import play
from training.policy.simulator import RetentionEnv, draw_episode


class RandomWithinCeiling:
    """Random allowed actions, contacting only while the contact-rate ceiling allows (as the oracle must)."""

    name = "random"

    def __init__(self, ceiling: float):
        self.ceiling = ceiling

    def act(self, obs, mask, view, rng):
        actions, contacts = np.zeros(len(obs), dtype=np.int64), view.contacts_before
        for i in range(len(obs)):
            if contacts + 1 <= self.ceiling * (view.events_before + i + 1) and rng.random() < 0.5:
                actions[i] = rng.choice(np.flatnonzero(mask[i]))
                contacts += actions[i] > 0
        return actions


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_oracle_is_at_least_every_policy_on_the_same_month(pool, models, small_settings, seed):
    rng = np.random.default_rng(seed)
    episode = draw_episode(pool, models, small_settings, rng)
    solution = oracle.solve(episode, pool, small_settings)
    env = RetentionEnv(pool, models, small_settings)
    ceiling = small_settings.economics.targets.contact_rate_ceiling
    replayed = play(env, episode, oracle.OraclePolicy(solution), rng)
    assert replayed.net_value == pytest.approx(solution.value)  # the same accounting as every policy
    assert replayed.hard_violations == 0 and replayed.budget_used <= small_settings.limits.period_budget
    assert replayed.contacts <= ceiling * replayed.events
    rule = RiskThreshold(small_settings)
    for policy in [NoContact(), Greedy(small_settings), rule, *[RandomWithinCeiling(ceiling)] * 5]:
        totals = play(env, episode, policy, rng)
        if totals.contacts <= ceiling * totals.events:  # the oracle bounds policies within the ceiling
            assert totals.net_value <= solution.value + 1e-6, policy.name


def test_oracle_spends_the_budget_on_the_best_value_per_cost(pool, models, small_settings):
    """With room for every contact, only the budget binds: the oracle fills it."""
    roomy = replace(
        small_settings,
        economics=replace(
            small_settings.economics,
            targets=replace(small_settings.economics.targets, contact_rate_ceiling=1.0),
        ),
    )
    episode = draw_episode(pool, models, roomy, np.random.default_rng(5))
    solution = oracle.solve(episode, pool, roomy)
    assert solution.budget <= roomy.limits.period_budget + 1e-9
    assert solution.budget > 0.8 * roomy.limits.period_budget


def test_plans_respect_the_hard_limits(pool, models, small_settings):
    episode = draw_episode(pool, models, small_settings, np.random.default_rng(2))
    repeat = int(np.flatnonzero(episode.slot == 1)[0])
    events = [int(episode.earlier[repeat, 0]), repeat]
    plans = oracle.customer_plans(episode, pool, small_settings, events)
    assert any(p.actions == (0, 0) for p in plans)
    if episode.blocked[repeat, 1]:  # within the cooldown of the first: never both contacted
        assert not any(all(a > 0 for a in p.actions) for p in plans)


def test_months_planned_together_keep_the_hard_budget_each_month_and_the_targets_on_average(
    pool, models, small_settings
):
    rng = np.random.default_rng(11)
    months = [draw_episode(pool, models, small_settings, rng) for _ in range(3)]
    together = oracle.solve_months(months, pool, small_settings)
    apart = [oracle.solve(month, pool, small_settings) for month in months]
    assert all(s.budget <= small_settings.limits.period_budget + 1e-9 for s in together)
    targets = small_settings.economics.targets
    assert sum(s.contacts for s in together) <= targets.contact_rate_ceiling * sum(len(m) for m in months)
    assert (
        sum(s.budget for s in together)
        <= targets.budget_share * small_settings.limits.period_budget * 3 + 1e-6
    )
    # the targets bind on average only: planning together can only do better
    assert sum(s.value for s in together) >= sum(s.value for s in apart) - 1e-6
