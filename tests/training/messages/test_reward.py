import math

import torch

from training.messages import model as lm
from training.messages.reward_config import RewardConfig
from training.messages.reward_trainer import bradley_terry_loss, length_baseline_accuracy, new_reward_model


def test_bradley_terry_loss_on_a_hand_example():
    loss = bradley_terry_loss(torch.tensor([2.0, 0.0]), torch.tensor([0.0, 0.0]))
    expected = (math.log(1 + math.exp(-2.0)) + math.log(2.0)) / 2
    assert abs(loss.item() - expected) < 1e-6
    assert bradley_terry_loss(torch.tensor([5.0]), torch.tensor([-5.0])) < 1e-4


def test_length_baseline_prefers_the_shorter_message():
    pairs = [
        {"chosen": "ab", "rejected": "abc"},
        {"chosen": "abcd", "rejected": "a"},
        {"chosen": "x", "rejected": "y"},
    ]
    assert length_baseline_accuracy(pairs) == (1 + 0 + 0.5) / 3


def _reward_model(tmp_path):
    base = lm.ensure_base(lm.TINY, tmp_path)
    return new_reward_model(RewardConfig(base=lm.TINY, root=tmp_path, lora_r=4, lora_top_layers=1), base)


def test_score_is_read_at_the_last_real_token(tmp_path):
    model = _reward_model(tmp_path).eval()
    with torch.no_grad():
        alone = model.scores(["prompt "], ["Hi Maya"])
        padded = model.scores(["prompt ", "prompt "], ["Hi Maya", "Hi Maya, a much longer message here"])
    assert torch.allclose(alone, padded[:1], atol=1e-5)


def test_a_step_changes_lora_and_head_and_not_the_base(tmp_path):
    model = _reward_model(tmp_path)
    before = {n: p.detach().clone() for n, p in model.backbone.named_parameters()}
    head = model.head.weight.detach().clone()
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-2)
    scores = model.scores(["p ", "p "], ["Hi Maya, 20% off.", "Act now!"])
    bradley_terry_loss(scores[:1], scores[1:]).backward()
    optimizer.step()
    changed = {n for n, p in model.backbone.named_parameters() if not torch.equal(p, before[n])}
    assert changed and all("lora_" in n for n in changed)
    assert not torch.equal(head, model.head.weight)
