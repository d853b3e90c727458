"""The simulator: hard limits by mask and by the decider's own rules, uplift value, loud failures, seeds."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
import pytest

from training.policy.observation import OBSERVATION_FEATURES, expected_value
from training.policy.simulator import (
    CustomerPool,
    RetentionEnv,
    SimulatorError,
    build_episode,
    constraint_values,
    draw_episode,
)


def play_random(env: RetentionEnv, rng: np.random.Generator, ignore_mask: bool = False) -> list[float]:
    """Random actions (among those the mask allows, unless told otherwise); the spend after every step."""
    obs, _ = env.reset(seed=int(rng.integers(1 << 30)))
    spent, terminated = [], False
    while not terminated:
        n = obs["present"]
        actions = np.zeros(env.max_present, dtype=np.int64)
        for i in range(n):
            allowed = (
                np.ones(obs["action_mask"].shape[1], bool)
                if ignore_mask
                else obs["action_mask"][i].astype(bool)
            )
            actions[i] = rng.choice(np.flatnonzero(allowed))
        obs, _, terminated, _, _ = env.step(actions)
        spent.append(env.spent)
    return spent


@pytest.mark.parametrize("ignore_mask", [False, True])
def test_budget_is_never_overspent_and_no_hard_limit_is_broken(pool, models, small_settings, ignore_mask):
    env = RetentionEnv(pool, models, small_settings)
    rng = np.random.default_rng(3)
    for _ in range(5):
        spent = play_random(env, rng, ignore_mask)
        assert max(spent) <= small_settings.limits.period_budget + 1e-9
        assert env.totals.hard_violations == 0
    assert env.totals.contacts > 0


def test_masks_forbid_what_the_limits_forbid(pool, models, small_settings):
    env = RetentionEnv(pool, models, small_settings)
    obs, _ = env.reset(seed=0)
    terminated = False
    while not terminated:
        n = obs["present"]
        mask = obs["action_mask"][:n].astype(bool)
        events = env.present()
        assert mask[:, 0].all()  # no contact is always allowed
        patterns = env.pattern(events)
        blocked = env.episode.blocked[events, patterns]
        assert not mask[blocked, 1:].any()
        affordable = env.pool.costs[env.episode.customer[events]] <= env.budget_left() + 1e-9
        assert not (mask[:, 1:] & ~affordable).any()
        consent = env.pool.consent[env.episode.customer[events]]
        assert not mask[~consent, 1:].any()
        actions = np.zeros(env.max_present, dtype=np.int64)
        actions[:n] = np.where(mask[:, 4], 4, 0)  # the largest offer wherever allowed
        obs, _, terminated, _, _ = env.step(actions)


def test_the_same_seed_draws_the_same_month(pool, models, small_settings):
    a = draw_episode(pool, models, small_settings, np.random.default_rng(7))
    b = draw_episode(pool, models, small_settings, np.random.default_rng(7))
    assert a.period == b.period and np.array_equal(a.customer, b.customer) and a.at == b.at
    assert np.array_equal(a.accept, b.accept, equal_nan=True)
    c = draw_episode(pool, models, small_settings, np.random.default_rng(8))
    assert not (a.at == c.at and np.array_equal(a.customer, c.customer))


def test_repeat_customers_get_the_ledgers_history(pool, models, small_settings):
    episode = draw_episode(pool, models, small_settings, np.random.default_rng(1))
    repeat = np.flatnonzero(episode.slot == 1)[0]
    # pattern 0: the earlier event was not contacted; pattern 1: it was.
    assert episode.campaign[repeat, 0] == 1 and episode.campaign[repeat, 1] == 2
    assert episode.pdays[repeat, 0] == -1 and episode.pdays[repeat, 1] >= 0
    assert episode.accept[repeat, 1, 0] < episode.accept[repeat, 0, 0]  # acceptance given the history


def test_a_customer_who_would_stay_anyway_brings_only_costs(small_settings):
    economics = small_settings.economics
    costs = np.array([[0.0, 10.0, 20.0, 30.0]])
    value = expected_value(
        economics, np.array([0.0]), np.array([[0.3, 0.4, 0.5, 0.6]]), np.array([100.0]), costs
    )
    assert value[0, 0] == pytest.approx(-economics.contact_cost)
    assert np.all(np.diff(value[0]) < 0)  # a bigger discount costs more
    risky = expected_value(
        economics, np.array([0.8]), np.array([[0.3, 0.3, 0.3, 0.3]]), np.array([100.0]), costs
    )
    assert risky[0, 0] > value[0, 0]


def test_observation_has_every_documented_feature(pool, models, small_settings):
    obs, _ = RetentionEnv(pool, models, small_settings).reset(seed=0)
    assert obs["customers"].shape[1] == len(OBSERVATION_FEATURES)
    assert np.all(np.isfinite(obs["customers"]))


class Broken:
    risk_version = accept_version = "broken"

    def __init__(self, models, accept):
        self.models, self.accept = models, accept

    def churn_risk(self, facts):
        return self.models.churn_risk(facts)

    def accept_probability(self, facts, histories, at):
        return self.accept(self.models.accept_probability(facts, histories, at))


@pytest.mark.parametrize(
    "bad, message",
    [
        (lambda p: p[:, :3], "shape"),
        (lambda p: p[:, ::-1], "decreases"),
        (lambda p: p * 5, "outside"),
    ],
)
def test_models_that_do_not_fit_fail_loudly(pool, models, small_settings, bad, message):
    broken = Broken(models, bad)
    with pytest.raises(SimulatorError, match=message):
        draw_episode(pool, broken, small_settings, np.random.default_rng(0))


def test_risk_of_the_wrong_shape_fails_loudly(models, small_settings, pool):
    class WrongRisk(Broken):
        def churn_risk(self, facts):
            return np.ones(len(facts) + 1)

    with pytest.raises(SimulatorError, match="churn_risk"):
        CustomerPool.score(pool.customer_ids, pool.facts, WrongRisk(models, lambda p: p), small_settings)


def test_events_must_lie_in_one_budget_period(pool, models, small_settings):
    times = [datetime(2026, 10, 31, tzinfo=UTC), datetime(2026, 11, 1, tzinfo=UTC)]
    with pytest.raises(SimulatorError, match="budget period"):
        build_episode(pool, models, small_settings, np.array([0, 1]), times)


def test_constraint_values_are_ratios_to_their_limits(pool, models, small_settings):
    env = RetentionEnv(pool, models, small_settings)
    play_random(env, np.random.default_rng(0))
    values = constraint_values(small_settings, env.totals)
    assert set(values) == {"budget", "pacing", "contact_rate"}
    ceiling = small_settings.economics.targets.contact_rate_ceiling
    assert values["contact_rate"] == pytest.approx(env.totals.contacts / env.totals.events / ceiling)
