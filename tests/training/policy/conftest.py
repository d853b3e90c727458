"""A small world for the policy tests: fake models, a few dozen customers, a tight budget."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from factories import FakeModels, make_facts

from retention import settings as settings_module
from training.policy.simulator import CustomerPool


class HistoryAwareModels(FakeModels):
    """FakeModels whose acceptance falls with each contact of the period, as the Bank model's does."""

    def accept_probability(self, facts, histories, at) -> np.ndarray:
        base = super().accept_probability(facts, histories, at)
        campaign = np.array([h.campaign for h in histories], dtype=np.float64)[:, None]
        return base / campaign


@pytest.fixture(scope="session")
def small_world() -> tuple[CustomerPool, HistoryAwareModels, settings_module.Settings]:
    loaded = settings_module.load(environ={})
    arrivals = replace(loaded.economics.arrivals, customers_per_period=40, repeat_probability=0.5)
    settings = replace(
        loaded,
        limits=replace(loaded.limits, period_budget=300.0),
        economics=replace(loaded.economics, arrivals=arrivals),
    )
    rng = np.random.default_rng(0)
    facts = [
        make_facts(
            monthly_charges=float(rng.uniform(20, 118)),
            tenure=int(rng.integers(0, 72)),
            contact_consent=bool(rng.random() < 0.9),
        )
        for _ in range(60)
    ]
    models = HistoryAwareModels()
    return CustomerPool.score([f"c{i}" for i in range(60)], facts, models, settings), models, settings


@pytest.fixture
def small_settings(small_world) -> settings_module.Settings:
    return small_world[2]


@pytest.fixture
def models(small_world) -> HistoryAwareModels:
    return small_world[1]


@pytest.fixture
def pool(small_world) -> CustomerPool:
    return small_world[0]
