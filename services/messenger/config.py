"""The messenger's settings, from the environment: which writer, where its model is, its time budget."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

WRITERS = ("auto", "llm", "template")


@dataclass(frozen=True)
class WriterSettings:
    writer: str = "auto"
    """RETENTION_MESSAGE_WRITER: "llm", "template", or "auto" (the model when its weights exist, else the
    template). Default "auto"."""
    model_dir: Path = Path("artifacts/llm/ppo/merged")
    """RETENTION_MESSAGE_MODEL: folder of the served weights (PPO adapter merged into the SFT model)."""
    timeout_s: float = 5.0
    """RETENTION_MESSAGE_TIMEOUT_S: longest wait for one message before the template is used (default 5)."""
    max_new_tokens: int = 72
    """RETENTION_MESSAGE_MAX_NEW_TOKENS: most tokens generated for one message (default 72)."""
    int8: bool = False
    """RETENTION_MESSAGE_INT8: serve int8 weights (dynamic quantization on CPU; default off)."""

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> WriterSettings:
        env = os.environ if environ is None else environ
        writer = env.get("RETENTION_MESSAGE_WRITER", "auto").strip().lower()
        if writer not in WRITERS:
            from retention.settings import ConfigError

            raise ConfigError(f"RETENTION_MESSAGE_WRITER must be one of {WRITERS}, got {writer!r}")
        return cls(
            writer=writer,
            model_dir=Path(env.get("RETENTION_MESSAGE_MODEL", cls.model_dir)),
            timeout_s=float(env.get("RETENTION_MESSAGE_TIMEOUT_S", cls.timeout_s)),
            max_new_tokens=int(env.get("RETENTION_MESSAGE_MAX_NEW_TOKENS", cls.max_new_tokens)),
            int8=env.get("RETENTION_MESSAGE_INT8", "0").strip().lower() in ("1", "true", "yes"),
        )

    def model_exists(self) -> bool:
        return (self.model_dir / "config.json").exists()
