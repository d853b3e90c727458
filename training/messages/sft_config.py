"""Configuration of the supervised fine-tuning stage of the message writer (sft_trainer.py)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass
class SFTConfig:
    # --- data and model ---
    base: str = "smollm2"
    """Base weights: "smollm2" (the converted GGUF cache under `root`/base), "tiny" (a random 2-layer Llama,
    for tests) or a folder. Default "smollm2"."""
    root: Path = Path("artifacts/llm")
    """Folder of every artifact of the message writer: data, base cache, adapters, merged weights."""
    examples: int = 640
    """SFT examples used (default 640): the frozen trunk's output is cached for each, so that several
    passes over them cost only the adapted top blocks."""
    max_length: int = 128
    """Longest prompt + response in tokens; longer examples are cut from the right (default 128)."""

    # --- LoRA (Hu et al. 2021, arXiv:2106.09685) ---
    lora_r: int = 16
    """Rank of the low-rank update (default 16)."""
    lora_alpha: int = 32
    """Scale of the update is alpha / r (default 32)."""
    lora_dropout: float = 0.05
    """Dropout on the LoRA input (default 0.05)."""
    lora_top_layers: int = 4
    """Adapt only the top blocks (default 4 of SmolLM2's 30; 0 = all): the blocks below are a frozen trunk
    whose output is computed once per text (trunk.py). Reward model and PPO use the same number."""

    # --- optimisation ---
    steps: int = 400
    """Optimizer steps (default 400: five passes over the examples at batch 8; 60 steps left the model
    rambling in the base model's voice, 240 over 320 examples still miscopied rare names and numbers)."""
    batch_size: int = 8
    """Examples per step (default 8)."""
    learning_rate: float = 6e-4
    """Peak AdamW learning rate, decayed linearly to 0 after a short warm-up (default 6e-4)."""
    weight_decay: float = 0.0
    """AdamW weight decay on the LoRA weights (default 0)."""
    max_grad_norm: float = 1.0
    """Gradients are clipped to this norm (default 1.0)."""
    seed: int = 0
    """Seeds data order, dropout and LoRA initialisation (default 0)."""
    log_every: int = 5
    """Steps between two lines of the training log (default 5)."""

    @classmethod
    def quick(cls, root: Path) -> SFTConfig:
        """A few steps on the tiny model: for tests, in seconds."""
        return cls(base="tiny", root=root, steps=4, batch_size=4, lora_r=4, lora_alpha=8, lora_top_layers=1,
                   examples=16)  # fmt: skip

    @property
    def output_dir(self) -> Path:
        return self.root / "sft"
