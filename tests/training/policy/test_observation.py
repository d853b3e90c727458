"""The policy's input: one customer from plain numbers (the decider's path) is the batch's row, bit for
bit."""

from __future__ import annotations

import numpy as np
import pytest

from training.policy.observation import OBSERVATION_FEATURES, observe, observe_one, offer_costs


def test_one_customers_observation_is_the_batch_row(settings):
    rng = np.random.default_rng(7)
    n = 500
    risk, accept = rng.random(n), np.sort(rng.random((n, 4)), axis=1)
    monthly, tenure = rng.uniform(18.0, 120.0, n), rng.integers(0, 73, n).astype(float)
    budget_left, elapsed = rng.uniform(0.0, 2500.0, n), rng.random(n)
    campaign = rng.integers(1, 4, n).astype(float)
    pdays = np.where(rng.random(n) < 0.4, -1.0, rng.integers(0, 90, n).astype(float))
    costs = offer_costs(settings.offers, monthly)
    budget = settings.limits.period_budget
    batch = observe(settings.economics, settings.offers, budget, risk, accept, monthly, costs, tenure,
                    budget_left, elapsed, campaign, pdays)  # fmt: skip
    for i in range(n):
        row = observe_one(settings.economics, budget, float(risk[i]), list(accept[i]), float(monthly[i]),
                          list(costs[i]), float(tenure[i]), float(budget_left[i]), float(elapsed[i]),
                          float(campaign[i]), float(pdays[i]))  # fmt: skip
        assert row.shape == (1, len(OBSERVATION_FEATURES)) and row.dtype == np.float32
        np.testing.assert_array_equal(row[0], batch[i])


def test_one_customer_needs_four_offer_levels(settings):
    with pytest.raises(ValueError, match="4 offer levels"):
        observe_one(settings.economics, 2500.0, 0.5, [0.1, 0.2, 0.3], 70.0, [0.0, 1.0, 2.0], 12.0, 100.0,
                    0.5, 1.0, -1.0)  # fmt: skip
