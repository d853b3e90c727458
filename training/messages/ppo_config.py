"""Configuration of PPO for the message writer (ppo_trainer.py): rollouts, reward, KL control, updates."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass
class PPOConfig:
    # --- data and model ---
    base: str = "smollm2"
    """Base weights: "smollm2", "tiny" or a folder (see SFTConfig.base); the SFT and reward models trained on
    it are read from `root`. Default "smollm2"."""
    root: Path = Path("artifacts/llm")
    """Artifact folder (default artifacts/llm)."""
    lora_r: int = 16
    """Rank of the policy's LoRA, added on the merged SFT weights (default 16)."""
    lora_alpha: int = 32
    """LoRA scale alpha / r (default 32)."""
    lora_top_layers: int = 4
    """Adapted top blocks (default 4): the same as the reward model's, so the frozen trunk is shared."""
    init_adapter: str = ""
    """An earlier PPO adapter folder to start the policy from (e.g. artifacts/llm/ppo/adapter), to go on
    training it against a new reward model (default "": a fresh adapter). The KL reference is the SFT model
    either way; the value head starts fresh."""

    # --- warm start: best-of-n fine-tuning before the PPO updates (warm_start.py) ---
    warm_start_prompts: int = 256
    """Training prompts of the warm start (default 256, about 25 minutes on 2 CPU cores; 0 skips it, as does
    `init_adapter`: an adapter trained before needs no warm start)."""
    warm_start_samples: int = 8
    """Messages sampled per prompt (at `temperature`); the best-scoring one that the shield passes is kept
    (default 8)."""
    warm_start_epochs: int = 2
    """Passes of the SFT loss over the kept messages (default 2)."""
    warm_start_learning_rate: float = 2e-4
    """AdamW learning rate of the warm start (default 2e-4)."""
    # --- rollouts ---
    updates: int = 32
    """PPO updates, each on a fresh batch of rollouts (default 32; an update takes 25-60 s on 2 shared CPU
    cores)."""
    batch_size: int = 8
    """Prompts per rollout batch (default 8)."""
    max_new_tokens: int = 64
    """Most tokens per generated message (default 64; the SFT messages take 35-70)."""
    temperature: float = 1.0
    """Sampling temperature of rollouts (default 1.0). Below 1 the rollouts stay nearer the greedy message
    that is served; the log-probabilities of the policy and of the reference are then taken at the same
    temperature (as TRL's PPO trainer did), so the ratio and the KL are those of the tempered policy."""

    # --- reward: reward-model score minus the shield's penalty, minus the KL penalty per token ---
    shield_coef: float = 2.0
    """Penalty per reason code of the shield, on the reward model's unit scale (default 2.0: at 1.0 the
    policy learnt to drop the offer sentence, OFFER_MISSING costing less than the reward model paid for a
    shorter message)."""
    missing_end_penalty: float = 1.0
    """Penalty for a message cut at `max_new_tokens` without ending its turn (default 1.0)."""
    init_kl_coef: float = 0.1
    """Initial KL coefficient beta (default 0.1)."""
    target_kl: float = 2.0
    """Target KL to the SFT reference, nats per message, of the adaptive controller (default 2.0;
    Ziegler et al. 2019, arXiv:1909.08593, section 2.2)."""
    kl_horizon: int = 32
    """Horizon of the adaptive controller in messages: beta moves by at most 0.2 * batch / horizon per update
    (default 32; Ziegler et al. use 10,000 for runs of millions of samples, far longer than ours; at 64 beta
    moved too slowly to hold a 48-update run near its target)."""

    # --- optimisation (Schulman et al. 2017, arXiv:1707.06347) ---
    ppo_epochs: int = 2
    """Passes over each rollout batch (default 2)."""
    minibatch_size: int = 4
    """Rollouts per gradient step (default 4)."""
    learning_rate: float = 2e-4
    """AdamW learning rate of the policy LoRA and the value head (default 2e-4; at 1e-4 the ratio barely
    left 1 in 16 updates: clipfrac 0, approx_kl 1e-4; at 3e-4 over 48 updates the policy drifted to 7.7
    nats)."""
    clip_coef: float = 0.2
    """Clipping of the probability ratio (default 0.2)."""
    vf_clip: float = 0.2
    """Clipping of the value change (default 0.2)."""
    vf_coef: float = 0.5
    """Weight of the value loss (default 0.5; the value head reads detached features, so it does not pull on
    the policy)."""
    gamma: float = 1.0
    """Discount (default 1.0: a message is one short episode)."""
    lam: float = 0.95
    """GAE lambda (default 0.95; Schulman et al. 2015, arXiv:1506.02438)."""
    max_grad_norm: float = 1.0
    """Gradient clipping norm (default 1.0)."""
    seed: int = 0
    """Seed (default 0)."""

    @classmethod
    def quick(cls, root: Path) -> PPOConfig:
        # No warm start: the tiny random model never writes a message the shield passes (the tests hand the
        # warm start its kept messages instead).
        return cls(base="tiny", root=root, updates=2, batch_size=4, minibatch_size=2, max_new_tokens=12,
                   warm_start_prompts=0, warm_start_samples=2, warm_start_epochs=1,
                   lora_r=4, lora_alpha=8, lora_top_layers=1)  # fmt: skip

    @property
    def output_dir(self) -> Path:
        return self.root / "ppo"
