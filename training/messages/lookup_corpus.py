"""The lookup corpus of the served model: its own greedy messages on training prompts, saved beside its
weights (`ppo/merged/lookup_corpus.json`), from which the messenger guesses the next tokens
(services/messenger/lookup.py). Training prompts only: the held-out prompts measure the model."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tqdm import tqdm

from services.messenger import lookup
from training.messages import model as lm
from training.messages.data import Brief, read_jsonl, render_prompt
from training.messages.generation import generate


@dataclass
class LookupConfig:
    root: Path = Path("artifacts/llm")
    """Artifact folder (default artifacts/llm); the corpus goes beside ROOT/ppo/merged's weights."""
    prompts: int = 256
    """Training prompts (data/ppo_prompts.jsonl) whose greedy messages make the corpus (default 256: the more
    messages, the more guesses are found and the fewer forward passes a message takes)."""
    max_new_tokens: int = 72
    """Longest message in tokens (default 72, as served)."""
    batch_size: int = 8
    """Prompts generated together (default 8)."""

    @classmethod
    def quick(cls, root: Path) -> LookupConfig:
        return cls(root=root, prompts=2, max_new_tokens=8, batch_size=2)


def build_lookup_corpus(config: LookupConfig, progress: bool = True) -> dict:
    lm.set_threads()
    folder = config.root / "ppo" / "merged"
    if not (folder / "config.json").exists():
        raise FileNotFoundError(f"{folder} holds no model: run `retention messages ppo` first")
    model, tokenizer = lm.load_causal_lm(folder).eval(), lm.load_tokenizer(folder)
    end = lm.end_token_id(tokenizer)
    briefs = [Brief(**r["brief"]) for r in read_jsonl(config.root / "data" / "ppo_prompts.jsonl")]
    prompts = [render_prompt(b) for b in briefs[: config.prompts]]
    sequences = []
    for start in tqdm(range(0, len(prompts), config.batch_size), desc="lookup corpus", disable=not progress):
        batch = generate(model, tokenizer, prompts[start : start + config.batch_size], config.max_new_tokens)
        width = batch.prompt_length
        for row, keep in zip(batch.sequences[:, width:], batch.attention_mask[:, width:], strict=True):
            tokens = [t for t, k in zip(row.tolist(), keep.tolist(), strict=True) if k]
            sequences.append(tokens[: tokens.index(end) + 1] if end in tokens else tokens)
    path = lookup.save_corpus(
        folder, sequences, f"greedy messages of this model on {len(sequences)} training prompts (ppo_prompts)"
    )
    return {"corpus": str(path), "sequences": len(sequences), "tokens": sum(map(len, sequences))}
