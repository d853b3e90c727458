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
    """RETENTION_MESSAGE_INT8: serve int8 weights (torch dynamic quantization on CPU, bitsandbytes on a GPU).
    Default off: reports/messages.json checks the int8 model's messages with the same rubric as fp32's, and
    on CPU torch's dynamic quantization broke the fine-tuned model (rubric pass rate 0.0 against fp32's
    1.0: wrong names, lost offers), so fp32 is served. "1" serves int8 (the GPU image sets it)."""

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
            timeout_s=_number(env, "RETENTION_MESSAGE_TIMEOUT_S", cls.timeout_s, float, 0.1, 600.0),
            max_new_tokens=_number(env, "RETENTION_MESSAGE_MAX_NEW_TOKENS", cls.max_new_tokens, int, 8, 512),
            int8=_flag(env, "RETENTION_MESSAGE_INT8", cls.int8),
        )

    def model_exists(self) -> bool:
        return (self.model_dir / "config.json").exists()


def _flag(env: Mapping[str, str], name: str, default: bool) -> bool:
    from retention.settings import ConfigError, parse_flag

    raw = env.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        return parse_flag(raw)
    except ValueError as error:
        raise ConfigError(f"{name}: {error}") from None


def _number(env: Mapping[str, str], name: str, default, kind: type, low: float, high: float):
    raw = env.get(name)
    if raw is None or not raw.strip():
        return default
    from retention.settings import ConfigError

    try:
        value = kind(raw)
    except ValueError:
        raise ConfigError(f"{name}={raw!r} is not a {kind.__name__}") from None
    if not low <= value <= high:
        raise ConfigError(f"{name}={raw!r} is outside {low:g}..{high:g}")
    return value
