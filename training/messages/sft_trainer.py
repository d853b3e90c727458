"""Supervised fine-tuning of the message writer: LoRA on the base model, loss on the response tokens only.

Writes the adapter (`sft/adapter`) and the base with the adapter merged in (`sft/merged`): the merged
weights are the reference policy of PPO and the starting point of its own adapter.
"""

from __future__ import annotations

import random
from pathlib import Path

from tqdm import tqdm

from training.messages import model as lm
from training.messages import trunk
from training.messages.data import END_OF_TURN, read_jsonl
from training.messages.loop import TrainingLog, cycle, linear_schedule, seed_everything, stop_requested
from training.messages.sft_config import SFTConfig

IGNORE = -100


def encode_example(tokenizer, prompt: str, response: str, max_length: int) -> tuple[list[int], list[int]]:
    """(input ids, labels) of prompt + response + end of turn; labels are IGNORE on the prompt tokens, so
    that only the response is learned."""
    prompt_ids = tokenizer(prompt, add_special_tokens=False).input_ids
    response_ids = tokenizer(response + END_OF_TURN, add_special_tokens=False).input_ids
    ids = (prompt_ids + response_ids)[:max_length]
    labels = ([IGNORE] * len(prompt_ids) + response_ids)[:max_length]
    return ids, labels


def collate(examples: list[tuple[list[int], list[int]]], pad_id: int):
    """Right-padded input ids, attention mask and labels (IGNORE on padding)."""
    import torch

    width = max(len(ids) for ids, _ in examples)
    ids = torch.full((len(examples), width), pad_id, dtype=torch.long)
    labels = torch.full((len(examples), width), IGNORE, dtype=torch.long)
    mask = torch.zeros((len(examples), width), dtype=torch.long)
    for i, (x, y) in enumerate(examples):
        ids[i, : len(x)] = torch.tensor(x)
        labels[i, : len(y)] = torch.tensor(y)
        mask[i, : len(x)] = 1
    return ids, mask, labels


def pad_hidden(rows: list, width: int):
    """Stack per-example hidden states (length, hidden) into (batch, width, hidden), zero-padded right."""
    import torch

    out = torch.zeros(len(rows), width, rows[0].size(-1), dtype=rows[0].dtype)
    for i, row in enumerate(rows):
        out[i, : row.size(0)] = row
    return out


def cache_bottom(model, examples: list[tuple[list[int], list[int]]], pad_id: int, split: int, progress: bool):
    """The frozen trunk's output for every example, trimmed to its length (see trunk.py)."""
    rows = []
    for i in tqdm(range(0, len(examples), 16), desc="sft trunk", disable=not progress):
        ids, mask, _ = collate(examples[i : i + 16], pad_id)
        device = next(model.parameters()).device
        hidden = trunk.bottom(model, ids.to(device), mask.to(device), split).cpu()
        rows += [hidden[j, : int(mask[j].sum())] for j in range(hidden.size(0))]
    return rows


def sft_loss(model, hidden, mask, labels, split: int):
    """Mean cross-entropy of the next token over the positions whose label is not IGNORE, from the trunk's
    output `hidden`.

    The vocabulary projection is applied at those positions only: with a 49k-token vocabulary it is a
    large share of the cost, and the prompt positions would be thrown away.
    """
    import torch.nn.functional as F

    causal = model.get_base_model() if hasattr(model, "get_base_model") else model
    last = trunk.top(model, hidden, mask, split)[:, :-1]
    targets = labels[:, 1:]
    keep = targets != IGNORE
    return F.cross_entropy(causal.lm_head(last[keep]), targets[keep])


def sft_step(model, optimizer, params, examples, hidden_rows, index, pad_id: int, split: int,
             max_grad_norm: float) -> float:  # fmt: skip
    """One optimizer step of the SFT loss on the examples at `index`, from their cached trunk outputs
    `hidden_rows` (see cache_bottom); returns the loss."""
    import torch

    device = next(model.parameters()).device
    ids, mask, labels = collate([examples[i] for i in index], pad_id)
    hidden = pad_hidden([hidden_rows[i] for i in index], ids.size(1))
    loss = sft_loss(model, hidden.to(device), mask.to(device), labels.to(device), split)
    optimizer.zero_grad()
    loss.backward()
    torch.nn.utils.clip_grad_norm_(params, max_grad_norm)
    optimizer.step()
    return loss.item()


def train_sft(config: SFTConfig, records: list[dict] | None = None, progress: bool = True) -> dict:
    import torch
    from peft import get_peft_model

    lm.set_threads()
    rng = seed_everything(config.seed)
    records = records if records is not None else read_jsonl(config.root / "data" / "sft.jsonl")
    records = rng.sample(records, min(config.examples, len(records)))
    base = lm.ensure_base(config.base, config.root)
    tokenizer = lm.load_tokenizer(base)
    device = lm.device()
    model = lm.load_causal_lm(base)
    lora = lm.lora_config(
        model, config.lora_r, config.lora_alpha, config.lora_dropout, config.lora_top_layers
    )
    model = get_peft_model(model, lora).to(device)
    split = trunk.split_of(model, config.lora_top_layers)
    examples = [encode_example(tokenizer, r["prompt"], r["response"], config.max_length) for r in records]
    hidden_rows = cache_bottom(model, examples, tokenizer.pad_token_id, split, progress)
    model.train()
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=config.learning_rate, weight_decay=config.weight_decay)
    schedule = linear_schedule(optimizer, config.steps)
    log = TrainingLog(config.output_dir / "log.jsonl")
    batches = cycle(list(range(len(examples))), config.batch_size, random.Random(rng.random()))
    losses = []
    (config.output_dir / "STOP").unlink(missing_ok=True)
    bar = tqdm(range(config.steps), desc="sft", disable=not progress)
    for step in bar:
        if stop_requested(config.output_dir):
            break
        index = next(batches)
        loss = sft_step(model, optimizer, params, examples, hidden_rows, index, tokenizer.pad_token_id, split,
                        config.max_grad_norm)  # fmt: skip
        schedule.step()
        losses.append(loss)
        bar.set_postfix(loss=f"{loss:.3f}")
        if step % config.log_every == 0 or step == config.steps - 1:
            log.write(step=step, loss=loss, lr=schedule.get_last_lr()[0])
    log.close()
    save_sft(model, tokenizer, config.output_dir)
    # steps done: fewer than config.steps when a STOP file cut the run short
    return {
        "steps": len(losses),
        "planned_steps": config.steps,
        "examples": len(examples),
        "first_loss": losses[0] if losses else None,
        "last_loss": sum(losses[-5:]) / max(1, len(losses[-5:])),
    }


def save_sft(model, tokenizer, output: Path) -> None:
    """The adapter alone, and the base with it merged (the PPO reference and starting point)."""
    model.save_pretrained(output / "adapter")
    tokenizer.save_pretrained(output / "adapter")
    merged = model.merge_and_unload()
    merged.save_pretrained(output / "merged", safe_serialization=True)
    tokenizer.save_pretrained(output / "merged")
