"""PPO for text, in one readable file: rollouts from the policy, per-token KL to the SFT reference, a value
head, GAE, the clipped loss and an adaptive KL controller toward a target KL.

The policy is the merged SFT model with a fresh LoRA adapter on its top blocks; the reference is the same
weights with that adapter disabled. Reward = reward-model score - the shield's penalty, given at the last
token of each message, minus beta * KL at every token. The maths are small functions, tested by hand.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from tqdm import tqdm

from training.messages import model as lm
from training.messages import trunk
from training.messages.data import Brief, read_jsonl, render_prompt
from training.messages.loop import TrainingLog, seed_everything, stop_requested
from training.messages.ppo_config import PPOConfig
from training.messages.warm_start import warm_start

# --- the maths ----------------------------------------------------------------------------------


def masked_mean(values, mask, dim=None):
    mask = mask.to(values.dtype)
    if dim is None:
        return (values * mask).sum() / mask.sum().clamp(min=1)
    return (values * mask).sum(dim) / mask.sum(dim).clamp(min=1)


def masked_whiten(values, mask, eps: float = 1e-8):
    """Zero mean, unit variance over the masked entries; zero elsewhere."""
    mean = masked_mean(values, mask)
    var = masked_mean((values - mean) ** 2, mask)
    return (values - mean) * (var + eps).rsqrt() * mask


def token_rewards(score, logprobs, ref_logprobs, mask, kl_coef: float):
    """Per-token rewards: -kl_coef * (log pi - log pi_ref) at every token, plus the score at the last one.

    Returns (rewards, kl) with kl the per-token estimate log pi - log pi_ref (zero on padding).
    """
    import torch

    kl = (logprobs - ref_logprobs) * mask
    rewards = -kl_coef * kl
    last = trunk.last_token_index(mask)
    rewards[torch.arange(mask.size(0)), last] += score
    return rewards, kl


def gae(rewards, values, mask, gamma: float, lam: float):
    """Generalized advantage estimation over each row's tokens (padding at the end of a row is skipped:
    the value after the last real token is 0).

    delta_t = r_t + gamma * V_{t+1} - V_t; A_t = delta_t + gamma * lam * A_{t+1}; returns = A + V.
    """
    import torch

    values = values * mask
    advantages = torch.zeros_like(rewards)
    next_value = torch.zeros_like(rewards[:, 0])
    next_advantage = torch.zeros_like(rewards[:, 0])
    for t in reversed(range(rewards.size(1))):
        delta = rewards[:, t] + gamma * next_value - values[:, t]
        advantage = delta + gamma * lam * next_advantage
        real = mask[:, t].to(rewards.dtype)
        advantages[:, t] = advantage * real
        # On padding, carry the next real token's values through unchanged.
        next_value = values[:, t] * real + next_value * (1 - real)
        next_advantage = advantage * real + next_advantage * (1 - real)
    return advantages, advantages + values


def clipped_policy_loss(logprobs, old_logprobs, advantages, mask, clip_coef: float):
    """PPO's clipped surrogate, to minimise: max(-A * ratio, -A * clip(ratio, 1 +- eps)), masked mean.

    Returns (loss, clipfrac, approx_kl) with approx_kl the k3 estimate of KL(old || new).
    """
    import torch

    log_ratio = logprobs - old_logprobs
    ratio = log_ratio.exp()
    unclipped = -advantages * ratio
    clipped = -advantages * ratio.clamp(1 - clip_coef, 1 + clip_coef)
    loss = masked_mean(torch.max(unclipped, clipped), mask)
    clipfrac = masked_mean(((ratio - 1).abs() > clip_coef).float(), mask)
    approx_kl = masked_mean((ratio - 1) - log_ratio, mask)
    return loss, clipfrac, approx_kl


def clipped_value_loss(values, old_values, returns, mask, vf_clip: float):
    """0.5 * max((V - R)^2, (V_old + clip(V - V_old) - R)^2), masked mean."""
    import torch

    clipped = old_values + (values - old_values).clamp(-vf_clip, vf_clip)
    return 0.5 * masked_mean(torch.max((values - returns) ** 2, (clipped - returns) ** 2), mask)


class AdaptiveKLController:
    """beta <- beta * (1 + clip(KL / target - 1, -0.2, 0.2) * n / horizon) (Ziegler et al. 2019, eq. 2)."""

    def __init__(self, init_kl_coef: float, target: float, horizon: int):
        self.value, self.target, self.horizon = init_kl_coef, target, horizon

    def update(self, current_kl: float, n_steps: int) -> float:
        error = min(max(current_kl / self.target - 1, -0.2), 0.2)
        self.value *= 1 + error * n_steps / self.horizon
        return self.value


# --- the models ---------------------------------------------------------------------------------


class ValueHead:
    """V(state) from the policy's last hidden state, detached: a small MLP of its own."""

    def __init__(self, hidden_size: int):
        import torch

        self.net = torch.nn.Sequential(
            torch.nn.Linear(hidden_size, 128), torch.nn.Tanh(), torch.nn.Linear(128, 1)
        ).to(lm.device())
        torch.nn.init.zeros_(self.net[2].weight)
        torch.nn.init.zeros_(self.net[2].bias)

    def __call__(self, hidden):
        return self.net(hidden.detach()).squeeze(-1)


def response_logprobs(policy, last_hidden, sequences, prompt_length: int, temperature: float = 1.0):
    """log pi(token) of every response token, and the entropy of each of those next-token distributions.

    With a temperature, pi is softmax(logits / temperature): the distribution the rollouts were sampled
    from, so that the ratio, the KL to the reference (tempered alike) and the entropy are all of it.
    """
    import torch

    causal = policy.get_base_model() if hasattr(policy, "get_base_model") else policy
    logits = causal.lm_head(last_hidden[:, prompt_length - 1 : -1]).float() / temperature
    logp = torch.log_softmax(logits, dim=-1)
    tokens = sequences[:, prompt_length:]
    chosen = logp.gather(-1, tokens.unsqueeze(-1)).squeeze(-1)
    entropy = -(logp.exp() * logp).sum(-1)
    return chosen, entropy


@dataclass
class Batch:
    """One batch of rollouts and everything PPO needs from it (b_ tensors, CleanRL style)."""

    sequences: object
    attention_mask: object
    response_mask: object
    prompt_length: int
    trunk_hidden: object
    old_logprobs: object
    old_values: object
    advantages: object
    returns: object
    texts: list
    stats: dict


def shield_penalty(texts: list[str], briefs: list[Brief]) -> list[int]:
    """The number of the shield's reason codes of each message (services/shield, not a copy of it)."""
    from services.shield.handler import problems

    return [len(problems(t, b.decision(), event=b.event())) for t, b in zip(texts, briefs, strict=True)]


def message_scores(config: PPOConfig, rm_scores, texts: list[str], briefs: list[Brief], finished: list[bool]):
    """The score of each whole message: reward-model score - shield_coef x the shield's reason codes -
    missing_end_penalty if it did not end. Returns (score, codes, unfinished) as float tensors."""
    import torch

    codes = torch.tensor(shield_penalty(texts, briefs), dtype=torch.float32)
    unfinished = 1.0 - torch.tensor(finished, dtype=torch.float32)
    score = rm_scores - config.shield_coef * codes - config.missing_end_penalty * unfinished
    return score, codes, unfinished


def load_policy(config: PPOConfig):
    from peft import get_peft_model

    folder = config.root / "sft" / "merged"
    tokenizer = lm.load_tokenizer(folder)
    model = lm.load_causal_lm(folder)
    if config.init_adapter:
        from peft import PeftModel

        policy = PeftModel.from_pretrained(model, config.init_adapter, is_trainable=True)
        return policy.to(lm.device()), tokenizer
    lora = lm.lora_config(model, config.lora_r, config.lora_alpha, 0.0, config.lora_top_layers)
    return get_peft_model(model, lora).to(lm.device()), tokenizer


def rollout(config, policy, tokenizer, value_head, reward_model, briefs, kl_coef, split) -> Batch:
    import torch

    from training.messages.generation import generate

    policy.eval()
    out = generate(
        policy,
        tokenizer,
        [render_prompt(b) for b in briefs],
        max_new_tokens=config.max_new_tokens,
        do_sample=True,
        temperature=config.temperature,
    )
    seq, mask, width = out.sequences, out.attention_mask, out.prompt_length
    response_mask = mask[:, width:]
    with torch.no_grad():
        hidden = trunk.bottom(policy, seq, mask, split)
        last = trunk.top(policy, hidden, mask, split)
        logprobs, entropy = response_logprobs(policy, last, seq, width, config.temperature)
        values = value_head(last[:, width - 1 : -1])
        with policy.disable_adapter():
            ref_last = trunk.top(policy, hidden, mask, split)
            ref_logprobs, _ = response_logprobs(policy, ref_last, seq, width, config.temperature)
        rm_scores = (reward_model.score_hidden(hidden, mask) - reward_model.mean) / reward_model.std
    score, codes, unfinished = message_scores(config, rm_scores.cpu(), out.texts, briefs, out.finished)
    score = score.to(seq.device)
    rewards, kl = token_rewards(score, logprobs, ref_logprobs, response_mask, kl_coef)
    advantages, returns = gae(rewards, values, response_mask, config.gamma, config.lam)
    advantages = masked_whiten(advantages, response_mask)
    stats = {
        "score": float(score.mean()),
        "rm_score": float(rm_scores.mean()),
        "shield_codes": float(codes.mean()),
        "shield_pass": float((codes == 0).float().mean()),
        "finished": float(1 - unfinished.mean()),
        "kl": float(kl.sum(1).mean()),
        "entropy": float(masked_mean(entropy, response_mask)),
        "response_tokens": float(response_mask.sum(1).float().mean()),
    }
    return Batch(
        seq, mask, response_mask, width, hidden, logprobs, values, advantages, returns, out.texts, stats
    )


def ppo_step(config, policy, value_head, optimizer, params, batch: Batch, index, split) -> dict:
    """One gradient step of PPO on the rollouts `index` of the batch."""
    import torch

    mb_mask = batch.attention_mask[index]
    mb_response = batch.response_mask[index]
    last = trunk.top(policy, batch.trunk_hidden[index], mb_mask, split)
    logprobs, entropy = response_logprobs(
        policy, last, batch.sequences[index], batch.prompt_length, config.temperature
    )
    values = value_head(last[:, batch.prompt_length - 1 : -1])
    policy_loss, clipfrac, approx_kl = clipped_policy_loss(
        logprobs, batch.old_logprobs[index], batch.advantages[index], mb_response, config.clip_coef
    )
    value_loss = clipped_value_loss(
        values, batch.old_values[index], batch.returns[index], mb_response, config.vf_clip
    )
    loss = policy_loss + config.vf_coef * value_loss
    optimizer.zero_grad()
    loss.backward()
    torch.nn.utils.clip_grad_norm_(params, config.max_grad_norm)
    optimizer.step()
    return {
        "policy_loss": policy_loss.item(),
        "value_loss": value_loss.item(),
        "approx_kl": approx_kl.item(),
        "clipfrac": clipfrac.item(),
        "entropy_mb": float(masked_mean(entropy.detach(), mb_response)),
    }


def train_ppo(config: PPOConfig, progress: bool = True) -> dict:
    import torch

    from training.messages.reward_trainer import RewardModel

    lm.set_threads()
    rng = seed_everything(config.seed)
    base = lm.ensure_base(config.base, config.root)
    policy, tokenizer = load_policy(config)
    reward_model = RewardModel.load(base, config.root / "reward").eval()
    split = trunk.split_of(policy, config.lora_top_layers)
    if split != reward_model.split:
        raise ValueError("the policy and the reward model must adapt the same top blocks (lora_top_layers)")
    prompts = [Brief(**r["brief"]) for r in read_jsonl(config.root / "data" / "ppo_prompts.jsonl")]
    warm = {}
    if config.warm_start_prompts and not config.init_adapter:
        warm = warm_start(config, policy, tokenizer, reward_model, prompts, split, rng, progress)
    value_head = ValueHead(policy.config.hidden_size)
    params = [p for p in policy.parameters() if p.requires_grad] + list(value_head.net.parameters())
    optimizer = torch.optim.AdamW(params, lr=config.learning_rate)
    kl_controller = AdaptiveKLController(config.init_kl_coef, config.target_kl, config.kl_horizon)
    log = TrainingLog(config.output_dir / "log.jsonl")
    history = []
    (config.output_dir / "STOP").unlink(missing_ok=True)
    bar = tqdm(range(config.updates), desc="ppo", disable=not progress)
    for update in bar:
        if stop_requested(config.output_dir):
            break
        briefs = rng.sample(prompts, min(config.batch_size, len(prompts)))
        kl_coef = kl_controller.value
        batch = rollout(config, policy, tokenizer, value_head, reward_model, briefs, kl_coef, split)
        policy.train()
        step_stats = []
        for _ in range(config.ppo_epochs):
            order = torch.randperm(len(briefs))
            for start in range(0, len(briefs), config.minibatch_size):
                index = order[start : start + config.minibatch_size]
                step_stats.append(
                    ppo_step(config, policy, value_head, optimizer, params, batch, index, split)
                )
        kl_controller.update(batch.stats["kl"], len(briefs))
        row = {"update": update, "kl_coef": kl_coef, **batch.stats}
        row |= {k: sum(s[k] for s in step_stats) / len(step_stats) for k in step_stats[0]}
        row["sample"] = batch.texts[0]
        log.write(**row)
        history.append(row)
        bar.set_postfix(score=f"{row['score']:.2f}", kl=f"{row['kl']:.2f}", beta=f"{kl_coef:.3f}")
    log.close()
    save_policy(policy, tokenizer, value_head, config)
    summary = (
        {k: history[-1][k] for k in ("score", "rm_score", "kl", "kl_coef", "shield_pass")} if history else {}
    )
    summary["updates"] = len(history)
    if warm:
        summary["warm_start"] = warm
    (config.output_dir / "summary.json").write_text(json.dumps(summary, indent=2))
    return summary


def save_policy(policy, tokenizer, value_head, config: PPOConfig) -> None:
    """The PPO adapter and value head, and the merged weights that the messenger serves (`ppo/merged`)."""
    import torch

    out = config.output_dir
    policy.save_pretrained(out / "adapter")
    torch.save(value_head.net.state_dict(), out / "value_head.pt")
    merged = policy.merge_and_unload()
    merged.save_pretrained(out / "merged", safe_serialization=True)
    tokenizer.save_pretrained(out / "merged")
