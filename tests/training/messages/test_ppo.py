import math

import pytest
import torch

from training.messages.ppo_trainer import (
    AdaptiveKLController,
    clipped_policy_loss,
    clipped_value_loss,
    gae,
    masked_whiten,
    token_rewards,
)


def test_gae_on_a_hand_example():
    rewards = torch.tensor([[0.0, 0.0, 1.0]])
    values = torch.tensor([[0.5, 0.5, 0.5]])
    mask = torch.ones(1, 3)
    advantages, returns = gae(rewards, values, mask, gamma=1.0, lam=0.5)
    # deltas: 0, 0, 0.5; A2 = 0.5, A1 = 0 + 0.5 * 0.5 = 0.25, A0 = 0 + 0.5 * 0.25 = 0.125
    assert torch.allclose(advantages, torch.tensor([[0.125, 0.25, 0.5]]))
    assert torch.allclose(returns, advantages + values)


def test_gae_with_lambda_one_is_the_return_minus_the_value_and_skips_padding():
    rewards = torch.tensor([[1.0, 2.0, 0.0], [0.0, 3.0, 9.0]])
    values = torch.tensor([[0.5, 1.0, 7.0], [0.0, 1.0, 2.0]])
    mask = torch.tensor([[1.0, 1.0, 0.0], [1.0, 1.0, 1.0]])
    advantages, returns = gae(rewards, values, mask, gamma=1.0, lam=1.0)
    assert torch.allclose(advantages[0], torch.tensor([3.0 - 0.5, 2.0 - 1.0, 0.0]))
    assert torch.allclose(returns[1], torch.tensor([12.0, 12.0, 9.0]))


def test_clipped_loss_on_hand_examples():
    mask = torch.ones(1, 2)
    old = torch.zeros(1, 2)
    new = torch.log(torch.tensor([[1.5, 0.5]]))  # ratios 1.5 and 0.5
    loss, clipfrac, _ = clipped_policy_loss(new, old, torch.tensor([[1.0, 1.0]]), mask, clip_coef=0.2)
    # positive advantage: min(1.5, 1.2) = 1.2 and min(0.5, 0.8) = 0.5 -> loss -(1.2 + 0.5) / 2
    assert loss.item() == pytest.approx(-0.85) and clipfrac.item() == 1.0
    loss, _, _ = clipped_policy_loss(new, old, torch.tensor([[-1.0, -1.0]]), mask, clip_coef=0.2)
    # negative advantage: max(1.5, 1.2) = 1.5 and max(0.5, 0.8) = 0.8 -> loss (1.5 + 0.8) / 2
    assert loss.item() == pytest.approx(1.15)
    same, clipfrac, approx_kl = clipped_policy_loss(old, old, torch.tensor([[2.0, -1.0]]), mask, 0.2)
    assert same.item() == pytest.approx(-0.5) and clipfrac.item() == 0 and approx_kl.item() == 0


def test_clipped_value_loss_on_a_hand_example():
    loss = clipped_value_loss(
        torch.tensor([[2.0]]), torch.tensor([[0.0]]), torch.tensor([[1.0]]), torch.ones(1, 1), 0.5
    )
    # unclipped (2 - 1)^2 = 1, clipped (0.5 - 1)^2 = 0.25 -> 0.5 * max = 0.5
    assert loss.item() == pytest.approx(0.5)


def test_kl_controller_raises_beta_above_target_and_lowers_it_below():
    controller = AdaptiveKLController(0.1, target=2.0, horizon=10)
    assert controller.update(3.0, n_steps=5) == pytest.approx(0.1 * (1 + 0.2 * 0.5))  # error clipped at 0.2
    high = controller.value
    assert controller.update(1.8, n_steps=5) == pytest.approx(high * (1 - 0.1 * 0.5))
    assert controller.update(0.0, n_steps=5) < controller.update(2.0, n_steps=5) * 1.0001


def test_token_rewards_put_the_score_on_the_last_real_token():
    logprobs = torch.tensor([[-1.0, -1.0, -1.0]])
    ref = torch.tensor([[-1.5, -1.0, -9.0]])
    mask = torch.tensor([[1, 1, 0]])
    rewards, kl = token_rewards(torch.tensor([2.0]), logprobs, ref, mask, kl_coef=0.1)
    assert torch.allclose(kl, torch.tensor([[0.5, 0.0, 0.0]]))
    assert torch.allclose(rewards, torch.tensor([[-0.05, 2.0, 0.0]]))


def test_whitening_ignores_padding():
    out = masked_whiten(torch.tensor([[1.0, 3.0, 100.0]]), torch.tensor([[1.0, 1.0, 0.0]]))
    assert out[0, 2] == 0 and out[0, 0].item() == pytest.approx(-1.0, abs=1e-4)
    assert math.isclose(out[0, 1].item(), 1.0, abs_tol=1e-4)


def test_the_policy_can_start_from_an_earlier_adapter(quick_root):
    # To go on training a served policy against a new reward model: its adapter is loaded, trainable.
    import torch

    from training.messages.ppo_config import PPOConfig
    from training.messages.ppo_trainer import load_policy

    config = PPOConfig.quick(quick_root)
    fresh, _ = load_policy(config)
    config.init_adapter = str(quick_root / "ppo" / "adapter")
    started, _ = load_policy(config)
    trained = {n: p for n, p in started.named_parameters() if p.requires_grad}
    assert trained and any("lora_B" in n for n in trained)
    # A fresh adapter's B matrices are zero; the trained ones are not.
    assert all(torch.count_nonzero(p) == 0 for n, p in fresh.named_parameters() if "lora_B" in n)
    assert any(torch.count_nonzero(p) > 0 for n, p in trained.items() if "lora_B" in n)


def test_logprobs_at_a_temperature_are_those_of_the_tempered_softmax():
    # Rollouts sampled at a temperature are scored by the same tempered distribution (ratio, KL, entropy).
    from types import SimpleNamespace

    from training.messages.ppo_trainer import response_logprobs

    torch.manual_seed(0)
    head = torch.nn.Linear(4, 5, bias=False)
    policy = SimpleNamespace(lm_head=head)
    hidden, tokens = torch.randn(1, 3, 4), torch.tensor([[0, 2, 4]])
    at_one, entropy_one = response_logprobs(policy, hidden, tokens, prompt_length=1)
    cold, entropy_cold = response_logprobs(policy, hidden, tokens, prompt_length=1, temperature=0.5)
    expected = torch.log_softmax(head(hidden[:, :2]) / 0.5, dim=-1).gather(-1, tokens[:, 1:, None])[..., 0]
    assert torch.allclose(cold, expected)
    assert not torch.allclose(cold, at_one)
    assert (entropy_cold < entropy_one).all()  # a colder softmax is more certain
