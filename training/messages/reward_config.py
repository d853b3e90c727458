"""Configuration of the reward model of the message writer (reward_trainer.py)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass
class RewardConfig:
    # --- data and model ---
    base: str = "smollm2"
    """Base weights: "smollm2", "tiny" or a folder (see SFTConfig.base). Default "smollm2"."""
    root: Path = Path("artifacts/llm")
    """Artifact folder (default artifacts/llm)."""
    max_length: int = 128
    """Longest prompt + message in tokens (default 128)."""
    pairs: int = 1600
    """Fault pairs used for training, drawn from the training set (default 1600): the trunk's output is
    cached for each, so that several passes cost only the adapted blocks. With 640 the model fitted them
    all and ranked 0.875 of the held-out pairs right (numeric faults 0.51-0.62); with 1600, 0.9325."""
    eval_pairs: int = 100
    """Held-out pairs measured, of each held-out set (default 100)."""
    model_pairs: int = 24
    """Prompts for which the SFT model samples `samples_per_prompt` messages, the best and the worst by the
    labelling rubric making one more training pair (default 24; 0: fault pairs only)."""
    samples_per_prompt: int = 4
    """Samples per prompt for the model pairs (default 4)."""
    extra_pairs: Path | None = None
    """A JSONL of more pairs, e.g. labelled by people: `{prompt, chosen, rejected}` a line (default none)."""

    # --- LoRA and head ---
    lora_r: int = 16
    """Rank of the LoRA update (default 16)."""
    lora_alpha: int = 32
    """LoRA scale alpha / r (default 32)."""
    lora_dropout: float = 0.0
    """LoRA dropout (default 0: the scores of a pair must be comparable)."""
    lora_top_layers: int = 4
    """Adapt only the top blocks (default 4; 0 = all); the same as the policy's, so they share the trunk."""

    # --- optimisation: Bradley-Terry loss, -log sigmoid(r_chosen - r_rejected) (Ouyang et al. 2022) ---
    steps: int = 1000
    """Optimizer steps (default 1000: about two and a half passes over the pairs at 4 a step; 120 steps
    left the training loss at 0.5)."""
    batch_pairs: int = 4
    """Pairs per step: 2x as many sequences (default 4)."""
    learning_rate: float = 3e-4
    """Peak AdamW learning rate, linear decay (default 3e-4)."""
    center_coef: float = 0.01
    """Weight of the mean squared score, keeping scores near 0 (TRL's center_rewards_coefficient; default
    0.01)."""
    max_grad_norm: float = 1.0
    """Gradient clipping norm (default 1.0)."""
    seed: int = 0
    """Seed (default 0)."""
    log_every: int = 5
    """Steps between two lines of the training log (default 5)."""

    @classmethod
    def quick(cls, root: Path) -> RewardConfig:
        return cls(base="tiny", root=root, steps=4, batch_pairs=2, lora_r=4, lora_alpha=8, lora_top_layers=1,
                   model_pairs=2, samples_per_prompt=2, pairs=16, eval_pairs=8)  # fmt: skip

    @property
    def output_dir(self) -> Path:
        return self.root / "reward"
