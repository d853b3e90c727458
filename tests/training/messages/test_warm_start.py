import json

import pytest
import torch

from training.messages.warm_start import best_per_prompt


def test_best_per_prompt_takes_the_highest_scoring_sample_that_passed():
    scores = [0.1, 0.9, 0.5, 2.0, 1.0, 3.0, -1.0, -2.0, -3.0]
    passed = [True, False, True, False, False, False, True, True, True]
    # Group 1: 0.9 failed the shield, so 0.5 wins; group 2: nothing passed; group 3: the least bad.
    assert best_per_prompt(scores, passed, 3) == [2, None, 6]


def test_best_per_prompt_refuses_samples_that_do_not_make_whole_groups():
    with pytest.raises(ValueError, match="groups of 4"):
        best_per_prompt([0.0] * 6, [True] * 6, 4)
    with pytest.raises(ValueError):
        best_per_prompt([0.0] * 4, [True] * 3, 2)


def _kept():
    from training.messages.data import Brief, render_prompt

    brief = Brief("Ana", 12, "Month-to-month", "DSL", 50.0, 10.0, 3)
    text = "Hi Ana! Here is 10% off your bill for 3 months. Reply YES to accept. Reply STOP to opt out."
    return [{"prompt": render_prompt(brief), "response": text, "score": 1.0}]


def test_fine_tuning_raises_the_likelihood_of_the_kept_message(quick_root):
    import random

    from training.messages import trunk
    from training.messages.ppo_config import PPOConfig
    from training.messages.ppo_trainer import load_policy
    from training.messages.sft_trainer import collate, encode_example, sft_loss
    from training.messages.warm_start import fine_tune

    config = PPOConfig.quick(quick_root)
    config.warm_start_epochs, config.warm_start_learning_rate = 8, 1e-2
    policy, tokenizer = load_policy(config)
    split = trunk.split_of(policy, config.lora_top_layers)
    kept = _kept()

    def loss() -> float:
        example = encode_example(tokenizer, kept[0]["prompt"], kept[0]["response"], 128)
        ids, mask, labels = collate([example], tokenizer.pad_token_id)
        with torch.no_grad():
            return sft_loss(policy, trunk.bottom(policy, ids, mask, split), mask, labels, split).item()

    before = loss()
    losses = fine_tune(config, policy, tokenizer, kept, split, random.Random(0), progress=False)
    assert len(losses) == 8  # one example, one step per epoch
    assert loss() < before - 0.1


def test_ppo_starts_from_the_warm_start_and_records_it(quick_root, tmp_path, monkeypatch):
    # The tiny random model never writes a message the shield passes, so sampling is replaced by a kept
    # message; everything after it (fine-tuning, PPO, the records) runs as in a real run.
    import shutil

    from training.messages import warm_start
    from training.messages.ppo_config import PPOConfig
    from training.messages.ppo_trainer import train_ppo

    for part in ("base", "data", "sft", "reward"):
        if (quick_root / part).exists():
            shutil.copytree(quick_root / part, tmp_path / part)
    config = PPOConfig.quick(tmp_path)
    config.warm_start_prompts = 2
    kept = _kept()
    monkeypatch.setattr(warm_start, "sample_best", lambda *args: (kept, [1.0, -2.0]))
    summary = train_ppo(config, progress=False)
    assert summary["warm_start"]["kept"] == 1
    assert summary["warm_start"]["mean_sample_score"] == -0.5
    lines = (tmp_path / "ppo" / "warm_start.jsonl").read_text().splitlines()
    assert [json.loads(line)["response"] for line in lines] == [kept[0]["response"]]
    assert json.loads((tmp_path / "ppo" / "summary.json").read_text())["updates"] == config.updates


def test_warm_start_says_so_when_no_sample_passes_the_shield(quick_root):
    # The tiny random model writes gibberish: the warm start must stop with a clear error, not train on it.
    import random

    from training.messages import model as lm
    from training.messages import trunk
    from training.messages.data import Brief, read_jsonl
    from training.messages.ppo_config import PPOConfig
    from training.messages.ppo_trainer import load_policy
    from training.messages.reward_trainer import RewardModel
    from training.messages.warm_start import warm_start

    config = PPOConfig.quick(quick_root)
    config.warm_start_prompts = 4
    policy, tokenizer = load_policy(config)

    reward_model = RewardModel.load(lm.ensure_base(config.base, config.root), config.root / "reward").eval()
    split = trunk.split_of(policy, config.lora_top_layers)
    prompts = [Brief(**r["brief"]) for r in read_jsonl(quick_root / "data" / "ppo_prompts.jsonl")]
    with pytest.raises(RuntimeError, match="passed the shield"):
        warm_start(config, policy, tokenizer, reward_model, prompts, split, random.Random(0), progress=False)
