"""The reward model of the message writer: the base model with LoRA and a scalar head read at the last
non-padding token, trained on preference pairs with the Bradley-Terry loss.

Saved as `reward/adapter` (LoRA), `reward/head.pt` (the scalar head) and `reward/meta.json` (the mean and
spread of its scores on training messages, so that PPO sees rewards on a unit scale).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from tqdm import tqdm

from training.messages import model as lm
from training.messages import trunk
from training.messages.data import END_OF_TURN, Brief, brief_of, ranked_pairs, read_jsonl, render_prompt
from training.messages.loop import TrainingLog, cycle, linear_schedule, seed_everything, stop_requested
from training.messages.reward_config import RewardConfig


def bradley_terry_loss(chosen, rejected):
    """-log sigmoid(r_chosen - r_rejected), averaged: the negative log-likelihood that people prefer the
    chosen message under the Bradley-Terry model."""
    import torch.nn.functional as F

    return -F.logsigmoid(chosen - rejected).mean()


class RewardModel:
    """A scalar score for (prompt, message): a linear head on the hidden state of the last real token."""

    def __init__(
        self,
        backbone,
        head,
        tokenizer,
        top_layers: int,
        max_length: int = 128,
        mean: float = 0.0,
        std: float = 1.0,
    ):
        self.backbone, self.head, self.tokenizer, self.top_layers = backbone, head, tokenizer, top_layers
        self.max_length, self.mean, self.std = max_length, mean, std

    def parameters(self):
        return [p for p in (*self.backbone.parameters(), *self.head.parameters()) if p.requires_grad]

    def encode(self, prompts: list[str], messages: list[str]):
        texts = [p + m + END_OF_TURN for p, m in zip(prompts, messages, strict=True)]
        self.tokenizer.padding_side = "right"
        batch = self.tokenizer(
            texts,
            return_tensors="pt",
            padding=True,
            truncation=True,
            max_length=self.max_length,
            add_special_tokens=False,
        )
        device = self.head.weight.device
        return batch.input_ids.to(device), batch.attention_mask.to(device)

    @property
    def split(self) -> int:
        """First adapted block: the blocks below are the frozen trunk, shared with the policy."""
        return trunk.split_of(self.backbone, self.top_layers)

    def score_hidden(self, hidden, mask):
        """Raw scores from the trunk's output (differentiable through the adapted blocks and the head)."""
        import torch

        last = trunk.top(self.backbone, hidden, mask, self.split)
        index = trunk.last_token_index(mask)
        return self.head(last[torch.arange(mask.size(0), device=mask.device), index]).squeeze(-1)

    def scores(self, prompts: list[str], messages: list[str]):
        """Raw scores of messages (differentiable when the backbone is in training)."""
        ids, mask = self.encode(prompts, messages)
        return self.score_hidden(trunk.bottom(self.backbone, ids, mask, self.split), mask)

    def normalized(self, prompts: list[str], messages: list[str], batch_size: int = 16):
        """Scores on the unit scale of the training messages, without gradients."""
        import torch

        out = []
        with torch.no_grad():
            for i in range(0, len(prompts), batch_size):
                out.append(self.scores(prompts[i : i + batch_size], messages[i : i + batch_size]))
        return (torch.cat(out) - self.mean) / self.std

    def save(self, output: Path) -> None:
        import torch

        output.mkdir(parents=True, exist_ok=True)
        self.backbone.save_pretrained(output / "adapter")
        torch.save(self.head.state_dict(), output / "head.pt")
        meta = {
            "mean": self.mean,
            "std": self.std,
            "max_length": self.max_length,
            "top_layers": self.top_layers,
        }
        (output / "meta.json").write_text(json.dumps(meta, indent=2))

    @classmethod
    def load(cls, base: Path, folder: Path) -> RewardModel:
        import torch
        from peft import PeftModel
        from transformers import AutoModel

        tokenizer = lm.load_tokenizer(base)
        backbone = PeftModel.from_pretrained(
            AutoModel.from_pretrained(base, dtype="float32"), folder / "adapter"
        )
        head = torch.nn.Linear(backbone.config.hidden_size, 1)
        head.load_state_dict(torch.load(folder / "head.pt"))
        meta = json.loads((folder / "meta.json").read_text())
        model = cls(
            backbone.eval(),
            head.eval(),
            tokenizer,
            meta["top_layers"],
            meta["max_length"],
            meta["mean"],
            meta["std"],
        )
        return model.to(lm.device())

    def to(self, device: str) -> RewardModel:
        self.backbone.to(device)
        self.head.to(device)
        return self

    def eval(self) -> RewardModel:
        self.backbone.eval()
        self.head.eval()
        return self


def new_reward_model(config: RewardConfig, base: Path) -> RewardModel:
    import torch
    from peft import get_peft_model
    from transformers import AutoModel

    tokenizer = lm.load_tokenizer(base)
    backbone = AutoModel.from_pretrained(base, dtype="float32")
    lora = lm.lora_config(
        backbone,
        config.lora_r,
        config.lora_alpha,
        config.lora_dropout,
        config.lora_top_layers,
        "FEATURE_EXTRACTION",
    )
    backbone = get_peft_model(backbone, lora)
    head = torch.nn.Linear(backbone.config.hidden_size, 1)
    torch.nn.init.normal_(head.weight, std=1 / (backbone.config.hidden_size + 1) ** 0.5)
    torch.nn.init.zeros_(head.bias)
    return RewardModel(backbone, head, tokenizer, config.lora_top_layers, config.max_length).to(lm.device())


def sample_model_pairs(config: RewardConfig, rng: random.Random) -> list[dict]:
    """Pairs of SFT-model samples for training prompts, ranked by the labelling rubric (data.rubric_rank)."""
    from training.messages.generation import generate

    if config.model_pairs <= 0 or not (config.root / "sft" / "merged").exists():
        return []
    prompts = read_jsonl(config.root / "data" / "ppo_prompts.jsonl")
    briefs = [Brief(**r["brief"]) for r in rng.sample(prompts, min(config.model_pairs, len(prompts)))]
    folder = config.root / "sft" / "merged"
    policy, tokenizer = lm.load_causal_lm(folder).to(lm.device()).eval(), lm.load_tokenizer(folder)
    samples: list[list[str]] = [[] for _ in briefs]
    rendered = [render_prompt(b) for b in briefs]
    for _ in tqdm(range(config.samples_per_prompt), desc="model samples"):
        for i in range(0, len(briefs), 16):
            out = generate(policy, tokenizer, rendered[i : i + 16], max_new_tokens=72, do_sample=True)
            for j, text in enumerate(out.texts):
                samples[i + j].append(text)
    return ranked_pairs(briefs, samples)


def pairwise_accuracy(model: RewardModel, pairs: list[dict]) -> float:
    """Share of pairs whose chosen message scores above the rejected one."""
    if not pairs:
        return float("nan")
    prompts = [p["prompt"] for p in pairs]
    chosen = model.normalized(prompts, [p["chosen"] for p in pairs])
    rejected = model.normalized(prompts, [p["rejected"] for p in pairs])
    return float((chosen > rejected).float().mean())


def length_baseline_accuracy(pairs: list[dict]) -> float:
    """Accuracy of preferring the shorter message (a tie counts half): what length alone explains."""
    if not pairs:
        return float("nan")
    wins = [
        1.0
        if len(p["chosen"]) < len(p["rejected"])
        else 0.5
        if len(p["chosen"]) == len(p["rejected"])
        else 0.0
        for p in pairs
    ]
    return sum(wins) / len(wins)


def cache_pairs(model: RewardModel, pairs: list[dict], progress: bool, batch_pairs: int = 8) -> list[tuple]:
    """(chosen ids, mask, trunk output, rejected ids, mask, trunk output) per pair, trimmed to length."""
    rows = []
    for i in tqdm(range(0, len(pairs), batch_pairs), desc="reward trunk", disable=not progress):
        batch = pairs[i : i + batch_pairs]
        prompts = [p["prompt"] for p in batch] * 2
        ids, mask = model.encode(prompts, [p["chosen"] for p in batch] + [p["rejected"] for p in batch])
        hidden = trunk.bottom(model.backbone, ids, mask, model.split).cpu()
        lengths = mask.sum(dim=1).tolist()
        cut = [(ids[j, : lengths[j]].cpu(), hidden[j, : lengths[j]]) for j in range(ids.size(0))]
        rows += [(*cut[j], *cut[j + len(batch)]) for j in range(len(batch))]
    return rows


def _stack(rows: list, device: str):
    """Right-padded (mask, hidden) of (ids, hidden) rows."""
    import torch

    width = max(r[0].size(0) for r in rows)
    mask = torch.zeros(len(rows), width, dtype=torch.long)
    hidden = torch.zeros(len(rows), width, rows[0][1].size(-1))
    for i, (ids, h) in enumerate(rows):
        mask[i, : ids.size(0)] = 1
        hidden[i, : ids.size(0)] = h
    return mask.to(device), hidden.to(device)


def train_reward(config: RewardConfig, progress: bool = True) -> dict:
    import torch

    lm.set_threads()
    rng = seed_everything(config.seed)
    base = lm.ensure_base(config.base, config.root)
    pairs = read_jsonl(config.root / "data" / "pairs_train.jsonl")
    pairs = rng.sample(pairs, min(config.pairs, len(pairs)))
    model_pairs = sample_model_pairs(config, rng)
    pairs += model_pairs
    if config.extra_pairs:
        pairs += read_jsonl(config.extra_pairs)
    model = new_reward_model(config, base)
    cached = cache_pairs(model, pairs, progress)
    model.backbone.train()
    params = model.parameters()
    optimizer = torch.optim.AdamW(params, lr=config.learning_rate)
    schedule = linear_schedule(optimizer, config.steps)
    log = TrainingLog(config.output_dir / "log.jsonl")
    batches = cycle(cached, config.batch_pairs, random.Random(rng.random()))
    device = lm.device()
    (config.output_dir / "STOP").unlink(missing_ok=True)
    bar = tqdm(range(config.steps), desc="reward", disable=not progress)
    steps_done = 0
    for step in bar:
        if stop_requested(config.output_dir):
            break
        batch = next(batches)
        mask, hidden = _stack([r[:2] for r in batch] + [r[2:] for r in batch], device)
        scores = model.score_hidden(hidden, mask)
        chosen, rejected = scores[: len(batch)], scores[len(batch) :]
        loss = bradley_terry_loss(chosen, rejected) + config.center_coef * (scores**2).mean()
        optimizer.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, config.max_grad_norm)
        optimizer.step()
        schedule.step()
        accuracy = float((chosen > rejected).float().mean())
        steps_done = step + 1
        bar.set_postfix(loss=f"{loss.item():.3f}", acc=f"{accuracy:.2f}")
        if step % config.log_every == 0 or step == config.steps - 1:
            margin = float((chosen - rejected).mean().detach())
            log.write(step=step, loss=loss.item(), accuracy=accuracy, margin=margin)
    log.close()
    model.eval()
    _set_scale(model, cached, device)
    model.save(config.output_dir)
    summary = {
        "steps": steps_done,
        "planned_steps": config.steps,
        "train_pairs": len(pairs),
        "model_pairs": len(model_pairs),
    }
    summary |= evaluate_reward(model, config)
    (config.output_dir / "eval.json").write_text(json.dumps(summary, indent=2))
    return summary


def evaluate_reward(model: RewardModel, config: RewardConfig) -> dict:
    """Pairwise accuracy on held-out customers (training fault kinds) and on the held-out fault kinds, with
    the length-only baseline on the same pairs."""
    rng = random.Random(config.seed + 1)
    data = config.root / "data"
    held = read_jsonl(data / "pairs_heldout.jsonl")
    faults = read_jsonl(data / "pairs_heldout_faults.jsonl")
    held = rng.sample(held, min(config.eval_pairs, len(held)))
    faults = rng.sample(faults, min(config.eval_pairs, len(faults)))
    held_by_kind, by_kind = accuracy_by_kind(model, held), accuracy_by_kind(model, faults)
    return {
        "rm_pairwise_accuracy": _overall(held_by_kind, len(held)),
        "rm_pairwise_accuracy_by_kind": held_by_kind,
        "rm_heldout_fault_accuracy": _overall(by_kind, len(faults)),
        "rm_heldout_fault_accuracy_by_kind": by_kind,
        "length_baseline_accuracy": length_baseline_accuracy(held),
        "length_baseline_heldout_fault_accuracy": length_baseline_accuracy(faults),
        "rm_eval_pairs": len(held),
        "rm_eval_fault_pairs": len(faults),
    }


def accuracy_by_kind(model: RewardModel, pairs: list[dict]) -> dict[str, dict]:
    out = {}
    for kind in sorted({p["kind"] for p in pairs}):
        of_kind = [p for p in pairs if p["kind"] == kind]
        out[kind] = {"n": len(of_kind), "accuracy": pairwise_accuracy(model, of_kind)}
    return out


def _overall(by_kind: dict[str, dict], n: int) -> float:
    return sum(v["accuracy"] * v["n"] for v in by_kind.values()) / max(1, n)


def _set_scale(model: RewardModel, cached: list[tuple], device: str, n: int = 64) -> None:
    """Mean and spread of the scores of chosen and rejected training messages: the reward's unit scale."""
    import torch

    rows = [r[:2] for r in cached[:n]] + [r[2:] for r in cached[:n]]
    with torch.no_grad():
        scores = torch.cat([model.score_hidden(*reversed(_stack(rows[i : i + 16], device))) for i in
                            range(0, len(rows), 16)])  # fmt: skip
    model.mean = float(scores.mean())
    model.std = float(scores.std().clamp(min=1e-3)) if len(scores) > 1 else 1.0


def brief_pairs(pairs: list[dict]) -> list[tuple[Brief | None, dict]]:
    return [(brief_of(p), p) for p in pairs]
