"""The maths of ppo.py on hand-computed examples: GAE, the clipped surrogate, the multiplier update."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch

from training.policy.ppo import clipped_policy_loss, gae, lagrangian_rewards, update_multipliers, value_loss


def test_gae_along_customer_chains_by_hand():
    # Decisions 0 -> 2 are one customer's two events; decision 1 is another customer's only one.
    rewards, values = np.array([1.0, 2.0, 3.0]), np.array([0.5, 1.0, 1.5])
    advantages, returns = gae(rewards, values, np.array([2, -1, -1]), gamma=0.9, gae_lambda=0.8)
    # t=2: 3 - 1.5 = 1.5; t=1: 2 - 1 = 1; t=0: delta = 1 + 0.9 * 1.5 - 0.5 = 1.85, A = 1.85 + 0.72 * 1.5
    assert advantages == pytest.approx([2.93, 1.0, 1.5])
    assert returns == pytest.approx([3.43, 2.0, 3.0])


def test_gae_with_lambda_one_is_the_monte_carlo_return():
    rewards, values = np.array([1.0, 5.0, 3.0]), np.array([0.5, 9.0, 1.5])
    advantages, returns = gae(rewards, values, np.array([2, -1, -1]), gamma=1.0, gae_lambda=1.0)
    assert returns == pytest.approx([1.0 + 3.0, 5.0, 3.0])


def test_clipped_surrogate_takes_the_pessimistic_side():
    old = torch.zeros(2)
    new = torch.full((2,), math.log(1.5))  # ratio 1.5, outside [0.8, 1.2]
    advantages = torch.tensor([1.0, -1.0])
    loss, approx_kl, clipfrac = clipped_policy_loss(new, old, advantages, clip_coef=0.2)
    # positive advantage: the gain is clipped at 1.2; negative: the loss is not (1.5)
    assert loss.item() == pytest.approx((-1.2 + 1.5) / 2)
    assert clipfrac.item() == 1.0
    assert approx_kl.item() == pytest.approx(0.5 - math.log(1.5))


def test_clipped_surrogate_at_ratio_one_is_minus_the_mean_advantage():
    advantages = torch.tensor([0.3, -2.0, 1.0])
    loss, approx_kl, clipfrac = clipped_policy_loss(torch.zeros(3), torch.zeros(3), advantages, 0.2)
    assert loss.item() == pytest.approx(-advantages.mean().item())
    assert approx_kl.item() == 0 and clipfrac.item() == 0


def test_clipped_value_loss_keeps_the_larger_error():
    old, returns = torch.tensor([0.0]), torch.tensor([1.0])
    assert value_loss(torch.tensor([0.5]), old, returns, 0.2, clip_vloss=True).item() == pytest.approx(
        0.5 * 0.8**2
    )
    assert value_loss(torch.tensor([0.5]), old, returns, 0.2, clip_vloss=False).item() == pytest.approx(
        0.5 * 0.25
    )


def test_multiplier_rises_when_its_constraint_is_violated_and_never_goes_negative():
    integrals = np.array([0.0, 0.1, 1.0])
    updated, _ = update_multipliers(integrals, np.array([1.3, 0.5, 1.0]), multiplier_lr=0.5)
    assert updated[0] == pytest.approx(0.15)  # violated by 30%: up
    assert updated[1] == 0.0  # met with room: down, but not below zero
    assert updated[2] == 1.0  # exactly at the limit: unchanged


def test_the_proportional_term_reacts_now_and_leaves_the_integral_alone():
    multipliers, integrals = update_multipliers(
        np.array([1.0, 1.0]), np.array([1.2, 0.8]), 0.5, multiplier_kp=2.0
    )
    assert integrals == pytest.approx([1.1, 0.9])
    assert multipliers == pytest.approx([1.1 + 0.4, 0.9 - 0.4])


def test_lagrangian_reward_prices_each_constraint_share():
    rewards = lagrangian_rewards(
        np.array([10.0, 10.0]), np.array([[0.1, 0.0], [0.0, 0.0]]), np.array([2.0, 5.0]), 100.0, 10.0
    )
    assert rewards == pytest.approx([(10 - 100 * 0.2) / 10, 1.0])


def test_one_wild_iteration_moves_a_multiplier_by_at_most_its_step():
    assert update_multipliers(np.array([0.0]), np.array([4.0]), multiplier_lr=0.5)[0] == pytest.approx([0.5])
