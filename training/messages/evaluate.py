"""Measure the message writer into reports/messages.json (and the PPO plot reports/messages_ppo.png).

Reward model: pairwise accuracy on held-out customers and on held-out fault kinds, beside a length-only
baseline (measured when it is trained: reward/eval.json). Policy: PPO against SFT on held-out customers,
greedy: win rate by the reward model, the independent rubric's pass rate (before the shield), the shield's
pass rate, distinct-2, and the KL to the SFT reference on samples; the same checks on the messages of the
int8 model the messenger serves by default. Latency of one message on the serving path, fp32 against int8;
`latency_p50_s` / `latency_p95_s` are those of the served precision (fp32 unless RETENTION_MESSAGE_INT8=1).
"""

from __future__ import annotations

import json
import platform
import statistics
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from tqdm import tqdm

from training.messages import model as lm
from training.messages import rubric, trunk
from training.messages.data import Brief, read_jsonl, render_prompt

GOALS = {
    "rm_pairwise_accuracy": ">= 0.90",
    "win_rate_vs_sft": ">= 0.65",
    "rubric_pass_rate": ">= 0.95 (before the shield)",
    "latency_p95_s": "<= 2.5 s for about 50 new tokens on CPU",
}


@dataclass
class EvalConfig:
    root: Path = Path("artifacts/llm")
    """Artifact folder (default artifacts/llm)."""
    reports: Path = Path("reports")
    """Where messages.json and the plot go (default reports)."""
    prompts: int = 256
    """Held-out prompts for the policy comparison (default 256: every one `retention messages data` makes;
    at 64 one message moved the win rate by 0.008, and runs a few messages apart could not be told apart;
    the first 64 are the 64 of sessions 3 to 7)."""
    kl_samples: int = 16
    """Held-out prompts sampled at temperature 1 for the KL estimate (default 16)."""
    latency_runs: int = 20
    """Messages timed one at a time for each way of serving (fp32 with lookup, plain fp32, int8; default 20,
    so that the p95 is not simply the slowest)."""
    max_new_tokens: int = 72
    """Most new tokens per message (default 72, as served)."""
    batch_size: int = 16
    """Prompts per generation batch (default 16)."""
    rm_eval_pairs: int = 10_000
    """Held-out pairs of each set scored by the reward model (default 10,000: all of them)."""
    seed: int = 0
    """Seed of the samples (default 0)."""

    @classmethod
    def quick(cls, root: Path) -> EvalConfig:
        return cls(root=root, prompts=4, kl_samples=2, latency_runs=2, max_new_tokens=12, batch_size=4,
                   rm_eval_pairs=8)  # fmt: skip


def distinct_n(texts: list[str], n: int = 2) -> float:
    """Distinct n-grams over all n-grams of the texts' words (Li et al. 2016): 1.0 when none repeats."""
    grams = [
        tuple(words[i : i + n])
        for words in (t.lower().split() for t in texts)
        for i in range(len(words) - n + 1)
    ]
    return len(set(grams)) / len(grams) if grams else 0.0


def win_rate(scores, baseline) -> float:
    """Share of prompts where `scores` beats `baseline` (a tie counts half)."""
    wins = [1.0 if a > b else 0.5 if a == b else 0.0 for a, b in zip(scores, baseline, strict=True)]
    return sum(wins) / len(wins) if wins else float("nan")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def _load_policy(root: Path):
    """The merged SFT weights with the PPO adapter: adapter on = PPO policy, adapter off = SFT reference."""
    from peft import PeftModel

    folder = root / "sft" / "merged"
    tokenizer = lm.load_tokenizer(folder)
    policy = PeftModel.from_pretrained(lm.load_causal_lm(folder), root / "ppo" / "adapter").to(lm.device())
    return policy.eval(), tokenizer


def _generate_all(policy, tokenizer, prompts: list[str], config: EvalConfig, desc: str, sample=False):
    from training.messages.generation import generate

    texts, rollouts = [], []
    for i in tqdm(range(0, len(prompts), config.batch_size), desc=desc):
        out = generate(policy, tokenizer, prompts[i : i + config.batch_size], config.max_new_tokens, sample)
        texts += out.texts
        rollouts.append(out)
    return texts, rollouts


def kl_to_reference(policy, rollouts) -> list[float]:
    """Sum over each sampled message's tokens of log pi - log pi_ref: its expectation is KL(pi || ref)."""
    import torch

    from training.messages.ppo_trainer import response_logprobs

    split = 0  # whole forward: the evaluation does not assume where the adapter sits
    out = []
    with torch.no_grad():
        for r in rollouts:
            hidden = trunk.bottom(policy, r.sequences, r.attention_mask, split)
            last = trunk.top(policy, hidden, r.attention_mask, split)
            logp, _ = response_logprobs(policy, last, r.sequences, r.prompt_length)
            with policy.disable_adapter():
                ref_last = trunk.top(policy, hidden, r.attention_mask, split)
                ref, _ = response_logprobs(policy, ref_last, r.sequences, r.prompt_length)
            mask = r.attention_mask[:, r.prompt_length :]
            out += ((logp - ref) * mask).sum(1).tolist()
    return out


def policy_metrics(config: EvalConfig, reward_model) -> dict:
    from services.shield.handler import problems

    briefs = [Brief(**r["brief"]) for r in read_jsonl(config.root / "data" / "eval_prompts.jsonl")]
    briefs = briefs[: config.prompts]
    prompts = [render_prompt(b) for b in briefs]
    policy, tokenizer = _load_policy(config.root)
    ppo_texts, _ = _generate_all(policy, tokenizer, prompts, config, "ppo messages")
    with policy.disable_adapter():
        sft_texts, _ = _generate_all(policy, tokenizer, prompts, config, "sft messages")
    import torch

    torch.manual_seed(config.seed)
    _, samples = _generate_all(policy, tokenizer, prompts[: config.kl_samples], config, "kl samples", True)
    kls = kl_to_reference(policy, samples)
    del policy
    ppo_scores = reward_model.normalized(prompts, ppo_texts).tolist()
    sft_scores = reward_model.normalized(prompts, sft_texts).tolist()

    def shield_pass(texts):
        return sum(not problems(t, b.decision(), event=b.event()) for t, b in zip(texts, briefs, strict=True))

    def rubric_pass(texts):
        return sum(rubric.passes(t, b) for t, b in zip(texts, briefs, strict=True))

    int8_texts = int8_messages(config, prompts)
    _write_messages(config.root / "eval_messages.jsonl", briefs, sft_texts, ppo_texts, problems)
    failures: dict[str, int] = {}
    for text, brief in zip(ppo_texts, briefs, strict=True):
        for item in rubric.check(text, brief):
            failures[item] = failures.get(item, 0) + 1
    n = len(briefs)
    return {
        "win_rate_vs_sft": win_rate(ppo_scores, sft_scores),
        "kl_mean": statistics.fmean(kls) if kls else float("nan"),
        "rubric_pass_rate": rubric_pass(ppo_texts) / n,
        "distinct_2": distinct_n(ppo_texts),
        "sft_rubric_pass_rate": rubric_pass(sft_texts) / n,
        "sft_distinct_2": distinct_n(sft_texts),
        "shield_pass_rate": shield_pass(ppo_texts) / n,
        "sft_shield_pass_rate": shield_pass(sft_texts) / n,
        "int8_rubric_pass_rate": rubric_pass(int8_texts) / n,
        "int8_shield_pass_rate": shield_pass(int8_texts) / n,
        "int8_same_as_fp32": sum(a == b for a, b in zip(int8_texts, ppo_texts, strict=True)) / n,
        "rm_score_mean": statistics.fmean(ppo_scores),
        "sft_rm_score_mean": statistics.fmean(sft_scores),
        "rubric_failures": failures,
        "policy_eval_prompts": n,
        "kl_samples": len(kls),
        "examples": [
            {"prompt": p.split("\n")[1], "sft": s, "ppo": q}
            for p, s, q in list(zip(prompts, sft_texts, ppo_texts, strict=True))[:4]
        ],
    }


def int8_messages(config: EvalConfig, prompts: list[str]) -> list[str]:
    """The served int8 model's greedy messages (the merged PPO weights, quantized as the messenger does)."""
    from services.messenger.llm_writer import quantize_int8

    folder = config.root / "ppo" / "merged"
    model = quantize_int8(lm.load_causal_lm(folder).eval())
    texts, _ = _generate_all(model, lm.load_tokenizer(folder), prompts, config, "int8 messages")
    return texts


def load_reward_model(config: EvalConfig):
    from training.messages.reward_trainer import RewardModel

    base = lm.ensure_base(_base_of(config.root), config.root)
    return RewardModel.load(base, config.root / "reward").eval()


def reward_metrics(config: EvalConfig, model) -> dict:
    """The reward model on every held-out pair (its training stage checks a sample of 100 of each set,
    kept in reward/eval.json and reported here as `rm_training_check`)."""
    from training.messages.reward_config import RewardConfig
    from training.messages.reward_trainer import evaluate_reward

    at_training = json.loads((config.root / "reward" / "eval.json").read_text())
    every_pair = RewardConfig(root=config.root, eval_pairs=config.rm_eval_pairs, seed=config.seed)
    report = {k: at_training[k] for k in ("steps", "train_pairs", "model_pairs") if k in at_training}
    report |= evaluate_reward(model, every_pair)
    report["rm_training_check"] = {k: v for k, v in at_training.items() if k.startswith(("rm_", "length"))}
    return report


def _write_messages(path: Path, briefs, sft_texts, ppo_texts, problems) -> None:
    """Every evaluated message with its checks, to read the failures behind the rates."""
    with open(path, "w") as out:
        for brief, sft, ppo in zip(briefs, sft_texts, ppo_texts, strict=True):
            row = {"brief": asdict(brief)}
            for name, text in (("sft", sft), ("ppo", ppo)):
                row[name] = {
                    "text": text,
                    "rubric": rubric.check(text, brief),
                    "shield": problems(text, brief.decision(), event=brief.event()),
                }
            out.write(json.dumps(row) + "\n")


def latency(config: EvalConfig, int8: bool, lookup: bool = True) -> dict:
    """Wall time of one message on the serving path (LLMWriter, greedy), one customer at a time; with the
    lookup corpus when the model has one and `lookup` (as served), else plain greedy decoding."""
    from services.messenger.llm_writer import LLMWriter

    writer = LLMWriter(
        config.root / "ppo" / "merged", config.max_new_tokens, max_time_s=120.0, int8=int8, lookup=lookup
    )
    writer.load()
    briefs = [Brief(**r["brief"]) for r in read_jsonl(config.root / "data" / "eval_prompts.jsonl")]
    briefs = (briefs * (1 + config.latency_runs // max(1, len(briefs))))[: config.latency_runs + 1]
    times, tokens, texts, passes = [], [], [], 0
    name = f"{'int8' if int8 else 'fp32'}{' + lookup' if writer.looks_up else ''}"
    for i, brief in enumerate(tqdm(briefs, desc=f"latency {name}")):
        passes_before, start = writer.forward_passes, time.perf_counter()
        try:
            text = writer.write(brief.event(), brief.decision())
        except Exception:  # a cut message still took its time; counted at the budget's length
            text = None
        elapsed = time.perf_counter() - start
        if i == 0:
            continue  # the first call warms up
        times.append(elapsed)
        n = len(writer._tokenizer(text).input_ids) + 1 if text else config.max_new_tokens
        tokens.append(n)
        passes += writer.forward_passes - passes_before
        texts.append(text)
    return {
        "p50": percentile(times, 0.5),
        "p95": percentile(times, 0.95),
        "tokens_per_s": sum(tokens) / sum(times),
        "mean_new_tokens": statistics.fmean(tokens),
        "tokens_per_pass": sum(tokens) / max(1, passes),
        "looks_up": writer.looks_up,
        "texts": texts,
    }


def _base_of(root: Path) -> str:
    return (
        lm.TINY
        if (root / "base-tiny" / "config.json").exists() and not (root / "base").exists()
        else "smollm2"
    )


def plot_ppo(log_path: Path, output: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = [json.loads(line) for line in log_path.read_text().splitlines() if line.strip()]
    updates = [r["update"] for r in rows]
    fig, axes = plt.subplots(1, 3, figsize=(13, 3.6))
    axes[0].plot(updates, [r["score"] for r in rows], label="reward (RM - shield)")
    axes[0].plot(updates, [r["rm_score"] for r in rows], label="reward model", alpha=0.7)
    axes[0].set_title("reward per message")
    axes[0].legend()
    axes[1].plot(updates, [r["kl"] for r in rows], color="tab:red")
    axes[1].set_title("KL to SFT reference (nats / message)")
    axes[2].plot(updates, [r["kl_coef"] for r in rows], color="tab:green")
    axes[2].set_title("KL coefficient beta")
    for ax in axes:
        ax.set_xlabel("PPO update")
        ax.grid(alpha=0.3)
    fig.tight_layout()
    output.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(output, dpi=110)
    plt.close(fig)


def evaluate(config: EvalConfig) -> dict:
    import torch

    lm.set_threads()
    reward_model = load_reward_model(config)  # one load serves both measures
    report: dict = reward_metrics(config, reward_model)
    report |= policy_metrics(config, reward_model)
    del reward_model
    from services.messenger.config import WriterSettings

    fp32, plain = latency(config, int8=False), latency(config, int8=False, lookup=False)
    int8 = latency(config, int8=True)
    served = int8 if WriterSettings.from_env().int8 else fp32
    report |= {
        "latency_p50_s": served["p50"],
        "latency_p95_s": served["p95"],
        "latency_served_precision": "int8" if served is int8 else "fp32",
        "tokens_per_s_fp32": fp32["tokens_per_s"],
        "tokens_per_s_int8": int8["tokens_per_s"],
        "latency_fp32_p50_s": fp32["p50"],
        "latency_fp32_p95_s": fp32["p95"],
        "latency_int8_p50_s": int8["p50"],
        "latency_int8_p95_s": int8["p95"],
        "latency_mean_new_tokens": fp32["mean_new_tokens"],
        "latency_runs": config.latency_runs,
        # Decoding with the lookup corpus (services/messenger/lookup.py) against plain greedy decoding of
        # the same fp32 weights: the same messages, in fewer forward passes.
        "latency_decoding": "greedy + n-gram lookup" if fp32["looks_up"] else "greedy",
        "lookup_tokens_per_pass": fp32["tokens_per_pass"],
        "lookup_same_as_greedy": sum(a == b for a, b in zip(fp32["texts"], plain["texts"], strict=True))
        / max(1, len(plain["texts"])),
        "tokens_per_s_fp32_plain": plain["tokens_per_s"],
        "latency_fp32_plain_p50_s": plain["p50"],
        "latency_fp32_plain_p95_s": plain["p95"],
    }
    report["goals"] = GOALS
    report["setting"] = {
        "device": "cuda" if torch.cuda.is_available() else f"cpu ({torch.get_num_threads()} threads)",
        "machine": platform.processor() or platform.machine(),
        "eval_config": {k: str(v) for k, v in asdict(config).items()},
        "ppo_summary": json.loads((config.root / "ppo" / "summary.json").read_text()),
    }
    config.reports.mkdir(parents=True, exist_ok=True)
    (config.reports / "messages.json").write_text(json.dumps(report, indent=2, default=str) + "\n")
    plot_ppo(config.root / "ppo" / "log.jsonl", config.reports / "messages_ppo.png")
    return {k: report[k] for k in REPORT_KEYS}


REPORT_KEYS = (
    "rm_pairwise_accuracy",
    "rm_heldout_fault_accuracy",
    "length_baseline_accuracy",
    "win_rate_vs_sft",
    "kl_mean",
    "rubric_pass_rate",
    "distinct_2",
    "latency_p50_s",
    "latency_p95_s",
    "tokens_per_s_fp32",
    "tokens_per_s_int8",
)
