"""The warm start of PPO: best-of-n (rejection-sampling) fine-tuning of the policy's adapter.

For each of a few hundred training prompts the policy (at first the SFT model: its fresh adapter is zero)
samples n messages; each is scored as PPO scores a rollout (reward model - the shield's penalty - a penalty
if it did not end); the best one, if the shield passes it, is kept; the adapter is then fine-tuned on the
kept messages with the SFT loss. This is the rejection-sampling fine-tuning that Llama 2 ran before PPO
(Touvron et al. 2023, arXiv:2307.09288, section 3.2.3; RAFT, Dong et al. 2023, arXiv:2304.06767): PPO then
starts from a policy that already writes what the reward model prefers, instead of finding it from 8
samples an update. The KL reference stays the SFT model.
"""

from __future__ import annotations

import json
import random

from tqdm import tqdm

from training.messages import trunk
from training.messages.data import Brief, render_prompt
from training.messages.ppo_config import PPOConfig
from training.messages.sft_config import SFTConfig
from training.messages.sft_trainer import cache_bottom, encode_example, sft_step


def best_per_prompt(scores: list[float], passed: list[bool], n: int) -> list[int | None]:
    """For consecutive groups of `n` samples (one group per prompt), the index of the best-scoring sample
    among those that `passed`, or None when none of the group did."""
    if len(scores) != len(passed) or len(scores) % n:
        raise ValueError(f"{len(scores)} scores and {len(passed)} flags do not make groups of {n}")
    best: list[int | None] = []
    for start in range(0, len(scores), n):
        group = [i for i in range(start, start + n) if passed[i]]
        best.append(max(group, key=lambda i: scores[i]) if group else None)
    return best


def sample_best(config: PPOConfig, policy, tokenizer, reward_model, briefs: list[Brief], split: int,
                progress: bool) -> tuple[list[dict], list[float]]:  # fmt: skip
    """The kept message of each prompt ({prompt, response, score}) and the score of every sample."""
    import torch

    from training.messages.generation import generate
    from training.messages.ppo_trainer import message_scores

    n, kept, every = config.warm_start_samples, [], []
    policy.eval()
    for i in tqdm(range(0, len(briefs), config.batch_size), desc="warm start: sample", disable=not progress):
        group = [b for b in briefs[i : i + config.batch_size] for _ in range(n)]
        prompts = [render_prompt(b) for b in group]
        out = generate(policy, tokenizer, prompts, config.max_new_tokens, True, config.temperature)
        with torch.no_grad():
            hidden = trunk.bottom(policy, out.sequences, out.attention_mask, split)
            rm = reward_model.score_hidden(hidden, out.attention_mask)
        rm = (rm - reward_model.mean) / reward_model.std
        score, codes, unfinished = message_scores(config, rm.cpu(), out.texts, group, out.finished)
        passed = ((codes == 0) & (unfinished == 0)).tolist()
        every += score.tolist()
        for j in best_per_prompt(score.tolist(), passed, n):
            if j is not None:
                kept.append({"prompt": prompts[j], "response": out.texts[j], "score": float(score[j])})
    return kept, every


def fine_tune(config: PPOConfig, policy, tokenizer, kept: list[dict], split: int, rng: random.Random,
              progress: bool) -> list[float]:  # fmt: skip
    """`warm_start_epochs` passes of the SFT loss over the kept messages, on the policy's adapter."""
    import torch

    length = SFTConfig.max_length
    examples = [encode_example(tokenizer, k["prompt"], k["response"], length) for k in kept]
    rows = cache_bottom(policy, examples, tokenizer.pad_token_id, split, False)
    params = [p for p in policy.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=config.warm_start_learning_rate)
    policy.train()
    steps = []
    for _ in range(config.warm_start_epochs):
        order = rng.sample(range(len(examples)), len(examples))
        steps += [order[s : s + config.batch_size] for s in range(0, len(order), config.batch_size)]
    pad = tokenizer.pad_token_id
    return [
        sft_step(policy, optimizer, params, examples, rows, index, pad, split, config.max_grad_norm)
        for index in tqdm(steps, desc="warm start: fine-tune", disable=not progress)
    ]


def warm_start(config: PPOConfig, policy, tokenizer, reward_model, prompts: list[Brief], split: int,
               rng: random.Random, progress: bool = True) -> dict:  # fmt: skip
    """Best-of-n fine-tuning of the policy; writes the kept messages (`ppo/warm_start.jsonl`) and returns
    what it did (also in `ppo/warm_start.json`)."""
    briefs = rng.sample(prompts, min(config.warm_start_prompts, len(prompts)))
    kept, every = sample_best(config, policy, tokenizer, reward_model, briefs, split, progress)
    if not kept:
        raise RuntimeError(
            f"warm start: none of {len(every)} sampled messages passed the shield; check the SFT model"
        )
    losses = fine_tune(config, policy, tokenizer, kept, split, rng, progress)
    out = config.output_dir
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "warm_start.jsonl", "w") as handle:
        handle.writelines(json.dumps(k) + "\n" for k in kept)
    summary = {
        "prompts": len(briefs),
        "samples_per_prompt": config.warm_start_samples,
        "kept": len(kept),
        "mean_sample_score": sum(every) / len(every),
        "mean_kept_score": sum(k["score"] for k in kept) / len(kept),
        "steps": len(losses),
        "first_loss": losses[0],
        "last_loss": sum(losses[-5:]) / len(losses[-5:]),
    }
    (out / "warm_start.json").write_text(json.dumps(summary, indent=2))
    return summary
