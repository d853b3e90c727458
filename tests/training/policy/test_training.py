"""PPO end to end on a tiny world: it learns (parameters move), it is reproducible, and it exports."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
import torch

from training.policy import exported, ppo
from training.policy.observation import OBSERVATION_FEATURES
from training.policy.simulator import RetentionEnv

QUICK = replace(ppo.QUICK, seed=3, torch_threads=1)


@pytest.fixture(scope="module")
def world(small_world):
    return small_world


@pytest.fixture(scope="module")
def trained(world):
    pool, models, settings = world
    return ppo.train(QUICK, pool, models, settings, progress=False)


def test_training_moves_the_parameters(trained, world):
    agent, history, multipliers = trained
    torch.manual_seed(QUICK.seed)
    initial = ppo.Agent(len(OBSERVATION_FEATURES), 5, QUICK.hidden)
    changed = [not torch.equal(a, b) for a, b in zip(initial.parameters(), agent.parameters(), strict=True)]
    assert all(changed)
    assert len(history) == QUICK.iterations and np.all(multipliers >= 0)


def test_every_loss_term_constraint_and_multiplier_is_logged(trained):
    _, history, _ = trained
    for key in ("policy_loss", "value_loss", "entropy", "approx_kl", "clipfrac", "net_value"):
        assert all(np.isfinite(row[key]) for row in history)
    for name in ("budget", "pacing", "contact_rate"):
        assert f"constraint/{name}" in history[0] and f"multiplier/{name}" in history[0]


def test_the_same_seed_trains_the_same_policy(trained, world):
    pool, models, settings = world
    again, history, _ = ppo.train(QUICK, pool, models, settings, progress=False)
    agent, first_history, _ = trained
    for a, b in zip(agent.parameters(), again.parameters(), strict=True):
        assert torch.equal(a, b)
    assert [r["net_value"] for r in history] == [r["net_value"] for r in first_history]


def test_export_serves_the_same_probabilities_and_respects_the_mask(trained, world, tmp_path):
    agent, history, multipliers = trained
    pool, models, settings = world
    card = ppo.export(agent, tmp_path, QUICK, settings, models, history, multipliers)
    policy = exported.ExportedPolicy.load(tmp_path)
    assert policy.version == card["version"] and card["trained_on"]["risk_model"] == models.risk_version
    obs, _ = RetentionEnv(pool, models, settings).reset(seed=0)
    n = obs["present"]
    x, mask = obs["customers"][:n], obs["action_mask"][:n].astype(bool)
    mask[:, 2:] = False  # pretend only no contact and level 0 are allowed
    p = policy.probabilities(x, mask)
    assert np.allclose(p.sum(axis=1), 1) and np.all(p[:, 2:] == 0)
    with torch.no_grad():
        logits = agent.actor(agent.normalize(torch.from_numpy(x))).masked_fill(~torch.from_numpy(mask), -1e8)
    assert np.allclose(p, torch.softmax(logits, dim=1).numpy(), atol=1e-5)


def test_a_policy_for_other_observations_is_refused(trained, world, tmp_path):
    agent, history, multipliers = trained
    pool, models, settings = world
    ppo.export(agent, tmp_path, QUICK, settings, models, history, multipliers)
    card = (tmp_path / exported.CARD_FILE).read_text().replace('"churn_risk"', '"risk_of_churn"')
    (tmp_path / exported.CARD_FILE).write_text(card)
    with pytest.raises(exported.PolicyMissing, match="observation"):
        exported.ExportedPolicy.load(tmp_path)
    with pytest.raises(exported.PolicyMissing, match="missing"):
        exported.ExportedPolicy.load(tmp_path / "absent")


def test_sampling_follows_the_probabilities():
    p = np.array([[0.2, 0.0, 0.8, 0.0, 0.0]] * 3)
    assert exported.sample(p, np.array([0.1, 0.2, 0.99])).tolist() == [0, 2, 2]


def test_sampling_is_the_inverse_cdf_on_any_rows():
    rng = np.random.default_rng(0)
    p = rng.dirichlet(np.ones(5), size=500) * rng.integers(0, 2, size=(500, 5))
    p[:, 0] += 1e-3  # no contact is always allowed
    p /= p.sum(axis=1, keepdims=True)
    uniform = np.concatenate([rng.random(497), [0.0, 1.0 - 1e-12, 0.5]])
    cumulative = np.cumsum(p, axis=1)
    expected = np.minimum((cumulative <= uniform[:, None]).sum(axis=1), 4)
    assert exported.sample(p, uniform).tolist() == expected.tolist()
